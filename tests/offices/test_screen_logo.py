"""A logo in a screen image (social kinds: 4 px a millimetre) is measured against that image's
pixels, not print's 150 ppi: a 208 px logo in a 52 mm frame of a 1080 px image is sharp (it
was an error, "prints at 102 ppi; at least 150 is needed", and the job was not published)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from ..kits import cli
from .kit import inheriting_kit, office_kit


@pytest.mark.parametrize(
    ("width", "warning"),
    [
        (208, None),  # 208 px for the frame's 208: one image pixel an output pixel
        (416, None),
        (
            104,
            "image 'rosea-logo.png' is shown at 51 ppi in a screen image of 101.6: enlarged "
            "past its pixels, it looks soft",
        ),
    ],
)
def test_a_social_logo_is_held_to_the_images_pixels(
    kit_copy: Callable[..., Path], width: int, warning: str | None
) -> None:
    kit = office_kit(kit_copy)
    Image.new("RGB", (width, width // 4), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli(
        "check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", "social-1080x1080"
    )
    assert code == 0, text
    assert "low-ppi" not in text
    if warning is None:
        assert "ppi-warning" not in text
    else:
        assert f"warning[image.ppi-warning]: {warning}" in text.replace(
            "rosea / social-1080x1080 slot 'partner-logo': ", ""
        )
        assert f"hint: a sharp one needs {208} px wide" in text
        # at the logo's line in the office's file, where it is given (it was at the layout's
        # slot, which every office shares: an office's trial)
        office = kit / "materials/offices/rosea.yaml"
        assert f"{office}:12:12: warning[image.ppi-warning]: rosea / social-1080x1080" in text


def test_a_print_logo_is_still_held_to_150_ppi(kit_copy: Callable[..., Path]) -> None:
    kit = office_kit(kit_copy)
    Image.new("RGB", (60, 15), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli(
        "check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", "flyer-a5"
    )
    assert code == 1
    assert "error[image.low-ppi]" in text


def test_a_logo_of_another_kind_is_one_error_at_the_office(
    kit_copy: Callable[..., Path],
) -> None:
    """A logo of a kind the kit does not draw (a GIF; an SVG was one, before SVG logos were
    drawn as art) was an image.read error at each of six layout lines that show it."""
    from PIL import Image

    from .kit import ROSEA

    kit = office_kit(kit_copy, ROSEA.replace("partner: rosea-logo.png", "partner: partner.gif"))
    Image.new("P", (600, 300)).save(kit / "assets" / "partner.gif")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 1
    office = kit / "materials/offices/rosea.yaml"
    assert text == (
        f"{office}:12:12: error[image.read]: logo 'partner' in rosea.yaml is 'partner.gif': a "
        "logo is a PNG, JPEG, TIFF or SVG image\n"
        "  hint: export it as SVG (text as outlines), PNG (transparent where it has no colour), "
        "JPEG or TIFF (a CMYK TIFF prints as it is), at least 300 ppi at the size it prints\n"
        "1 error(s)\n"
    )
    office.write_text(ROSEA, encoding="utf-8")  # a PNG that does not open: at the office too
    (kit / "assets" / "rosea-logo.png").write_bytes(b"not a png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 1
    assert text.startswith(f"{office}:12:12: error[image.read]: failed to read image")
    assert text.count("error[") == 1


WCAG = "less than 3:1 contrast, WCAG's minimum for graphics (1.4.11), with"
# white (1.1:1) or orange (2.17:1) on the light ground
ON_LIGHT = (
    "rosea / flyer-a5 slot 'partner-logo': 100 % of logo 'partner' (rosea-logo.png) has "
    f"{WCAG} the slot's light ground: it hardly shows"
)
# vermilion: 1.94:1 on the blue's rgb (3.79:1 on the light)
VERMILION_ON_BLUE = (
    "rosea / poster-a3 slot 'partner-logo': 100 % of logo 'partner' (rosea-logo.png) has "
    f"{WCAG} the slot's blue ground: it hardly shows"
)
# the office prints on uncoated paper (FOGRA29), where the blue prints lighter (#476A9C):
# orange, 3.40:1 on the blue's rgb, is 2.31:1 on it there, and told so (2.17:1 on the light)
ORANGE_ON_PRINTED_BLUE = (
    "rosea / poster-a3 slot 'partner-logo': 100 % of logo 'partner' (rosea-logo.png) has "
    f"{WCAG} the slot's blue ground as printed on FOGRA29 (uncoated paper): it hardly shows"
)


@pytest.mark.parametrize(
    ("fill", "opaque", "expected"),
    [
        ((255, 255, 255), False, [ON_LIGHT]),  # white on transparent: for the blue only
        ((230, 60, 40), False, [VERMILION_ON_BLUE]),
        ((250, 140, 0), False, [ON_LIGHT, ORANGE_ON_PRINTED_BLUE]),
        ((255, 255, 255), True, []),  # white with its own ground: an opaque image
    ],
)
def test_a_logo_that_hardly_shows_on_its_ground_is_a_warning(
    kit_copy: Callable[..., Path], fill: tuple[int, int, int], opaque: bool, expected: list[str]
) -> None:
    """One logo file shows on every material's ground: a white one made for the posters'
    blue all but vanished on the flyer back's light ground, without a word."""
    from PIL import ImageDraw

    kit = office_kit(kit_copy)
    logo = Image.new("RGBA", (600, 150), (0, 0, 0, 255) if opaque else (0, 0, 0, 0))
    ImageDraw.Draw(logo).rectangle([20, 20, 580, 130], fill=(*fill, 255))
    logo.save(kit / "assets" / "rosea-logo.png")
    only = "flyer-a5,poster-a3"
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", only)
    assert code == 0, text
    found = [line for line in text.splitlines() if "image.logo-contrast" in line]
    assert [line.split("warning[image.logo-contrast]: ")[1] for line in found] == expected
    lines = text.splitlines()
    for line in found:  # each with its fix
        assert lines[lines.index(line) + 1] == (
            "  hint: give the logo its own ground (an opaque PNG), or a version that shows on "
            "both the blue and the light grounds (an outline or a coloured version)"
        ), text


def test_a_logo_path_that_is_a_folder_or_misspelt_in_a_folder_is_named(
    kit_copy: Callable[..., Path],
) -> None:
    """`partner: logos` (a folder) was "not found in assets/", with "did you mean 'logos'?";
    a misspelt file in a folder of assets/ got no suggestion."""
    from .kit import ROSEA

    kit = office_kit(kit_copy, ROSEA.replace("partner: rosea-logo.png", "partner: logos"))
    (kit / "assets/logos").mkdir()
    (kit / "assets/rosea-logo.png").rename(kit / "assets/logos/partner.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 1
    assert "error[ref.asset]: asset 'logos' is a folder in assets/, not a file\n" in text
    assert "  hint: name a file in it, e.g. logos/partner.png\n" in text
    office = kit / "materials/offices/rosea.yaml"
    office.write_text(ROSEA.replace("partner: rosea-logo.png", "partner: logos/partnr.png"))
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 1
    assert (
        "asset 'logos/partnr.png' not found in assets/\n  hint: did you mean 'logos/partner.png'?"
        in text
    )


def test_a_logo_that_hardly_shows_is_one_warning_per_ground(kit_copy: Callable[..., Path]) -> None:
    """A blue logo on the posters' and social images' blue ground was one warning per
    material (sixteen for one office): it is one per logo and ground, naming the others."""
    from PIL import ImageDraw

    kit = office_kit(kit_copy)
    logo = Image.new("RGBA", (600, 150), (0, 0, 0, 0))
    ImageDraw.Draw(logo).rectangle([20, 20, 580, 130], fill=(4, 80, 150, 255))  # the blue
    logo.save(kit / "assets" / "rosea-logo.png")
    only = "poster-a3,poster-a4,social-1080x1080"
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", only)
    assert code == 0, text
    found = [line for line in text.splitlines() if "image.logo-contrast" in line]
    assert len(found) == 1
    assert found[0].endswith(
        "with the slot's blue ground: it hardly shows (so in 2 other material(s): "
        "poster-a4, social-1080x1080)"
    )


def test_a_logo_far_from_its_slots_proportions_is_a_warning_at_the_office(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's trial: a 10:1 wordmark printed 32 x 3 mm in the flyer's 40 x 12 mm slot,
    its words unreadable, without a word. One warning per logo, at its line in the office's
    file, naming the slot where it is smallest against the height the design gives it: an
    8:1 one, above every type floor's capitals (no `image.logo-small`)."""
    kit = office_kit(kit_copy)
    Image.new("RGB", (1600, 200), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    found = [line for line in text.splitlines() if "image.logo-" in line]
    assert found == [
        f"{office}:12:12: warning[image.logo-shape]: logo 'partner' (rosea-logo.png, 1600 x 200 "
        "px, 8.0:1) prints 33.9 x 4.2 mm in the 33.9 x 10.6 mm slot 'partner-logo' of "
        "poster-a4 (and 11 more slots): 40 % of the height the design gives it, so the words in "
        "it print that much smaller"
    ]
    assert "hint: use a version of the logo nearer the slot's proportions (3.2:1), such as a " \
        "stacked one" in text  # fmt: skip
    # 6:1 in the 3.2:1 slots: 53 % of their height, no warning
    Image.new("RGB", (1800, 300), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    assert "logo-shape" not in text


def test_a_logo_of_far_more_pixels_than_it_prints_at_is_a_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's trial: a logo of 48 million pixels took 650 MB of memory in each build
    process, without a word (Pillow warns from 89 million)."""
    kit = office_kit(kit_copy)
    Image.new("RGB", (4100, 4000), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    # largest in the A1 poster's 96 x 30 mm slot: 30.75 mm wide (4100 / 4000 of its height)
    assert (
        f"{office}:12:12: warning[image.large]: logo 'partner' (rosea-logo.png) has 16 million "
        "pixels, 3,387 ppi where it prints largest (31 mm wide in slot 'partner-logo' of "
        "poster-a1): every build decodes them all (about 63 MB of memory a process)\n"
        "  hint: scale it down to about 726 px wide (600 ppi there; 300 is enough)\n"
    ) in text
    assert text.count("image.large") == 1


def test_a_logo_in_a_slot_that_covers_its_frame_is_not_measured_by_its_shape(
    kit_copy: Callable[..., Path],
) -> None:
    """A `fit: cover` slot fills its frame with the logo, cropped: a 3:1 image in the event
    flyer's photo frame (38 x 57 mm) is not "22 % of the height the design gives it" (a
    review), and its ppi is the cropped image's."""
    from .kit import ROSEA

    kit = office_kit(kit_copy, ROSEA.replace("  partner: rosea-logo.png", "  photo: photo.png"))
    Image.new("RGB", (3000, 1000), (200, 30, 90)).save(kit / "assets" / "photo.png")
    code, text = cli(
        "check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", "event-flyer-a5"
    )
    assert code == 0, text
    assert "logo-shape" not in text
    assert "image.large" not in text


def test_a_logo_slot_of_no_width_is_its_own_error_not_a_crash(
    kit_copy: Callable[..., Path],
) -> None:
    """A size's frame whose edges leave it no width: its `schema.value` error, not an
    internal error of the logo checks (ZeroDivisionError, for an office that builds that
    size alone; a review), nor a "0 x 0 mm" logo warning."""
    from .kit import ROSEA

    kit = office_kit(
        kit_copy, ROSEA.replace("languages: [en, ar]", "languages: [en, ar]\nmaterials: [flyer-a4]")
    )
    flyer = kit / "materials/layouts/flyer-a5.yaml"
    text = flyer.read_text(encoding="utf-8")
    a4 = "  a4: {trim: [210, 297], title: Flyer A4}"
    assert a4 in text
    flyer.write_text(
        text.replace(
            a4,
            "  a4: {trim: [210, 297], title: Flyer A4, slots: {partner-logo: {frame: "
            "{start: 55, end: 155, top: 200, height: 12}}}}",
        ),
        encoding="utf-8",
    )
    code, out = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 1
    assert "build.internal" not in out, out
    assert "error[schema.value]" in out
    assert "logo-shape" not in out


def logo_small(text: str) -> list[str]:
    """The `image.logo-small` warnings of `check`'s output, each with its hint."""
    lines = text.splitlines()
    return [
        f"{line}\n{lines[i + 1]}" for i, line in enumerate(lines) if "[image.logo-small]" in line
    ]


def test_a_logo_lower_than_the_capitals_of_the_type_floor_is_a_warning_naming_each_slot(
    kit_copy: Callable[..., Path],
) -> None:
    """A 16:1 wordmark letterboxed in the event flyer's 24 x 7.5 mm slot prints 1.50 mm tall,
    lower than the capitals of the 6 pt text the flyer sets at least (Noto Sans's 0.714 em:
    1.51 mm), so its words print smaller than every text of the flyer: one warning at the
    logo's line in the office's file, each slot where it is so with the logo's size there
    (mm; a social image's in px too), by the type floor of its material."""
    kit = office_kit(kit_copy)
    Image.new("RGB", (1600, 100), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    only = ("--only", "event-flyer-a5")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", *only)
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    assert logo_small(text) == [
        f"{office}:12:12: warning[image.logo-small]: logo 'partner' (rosea-logo.png, 1600 x 100 "
        "px, 16.0:1) prints lower than the capitals of the smallest text its material sets (its "
        "type floor): 24 x 1.50 mm in slot 'partner-logo' of event-flyer-a5 (a 6 pt floor: "
        "capitals 1.51 mm); 33.9 x 2.12 mm in slot 'partner-logo' of poster-a4 (a 9 pt floor: "
        "capitals 2.27 mm); 52 x 3.25 mm (208 x 13 px) in slot 'partner-logo' of "
        "social-1080x1080, 52 x 3.25 mm (208 x 13 px) in slot 'partner-logo' of "
        "social-1080x1350, 56 x 3.50 mm (224 x 14 px) in slot 'partner-logo' of "
        "social-1080x1920 and 34 x 2.12 mm (136 x 8 px) in slot 'partner-logo' of "
        "social-1200x630 (a 14 pt floor: capitals 3.53 mm); any words in it print smaller than "
        "every text beside it; it fills only 20 % of the height the design gives it in the "
        "33.9 x 10.6 mm slot 'partner-logo' of poster-a4 (and 12 more slots)\n"
        "  hint: use a stacked version of the logo (nearer 3.2:1, the slot's proportions) under "
        "'logos:' here; or ask the kit's designer for a wider slot (the layout's frame)"
    ]
    # 12:1: 2.83 mm tall in the 1200 x 630 social image's 34 x 10.5 mm slot, 2.00 mm in the
    # event flyer's (above its 1.51 mm), 2.83 mm on the A4 poster (above its 2.27 mm)
    Image.new("RGB", (1200, 100), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", *only)
    # about the social image alone, which this check does not lay out: left out, and noted
    assert logo_small(text) == []
    assert "are not shown (social-1200x630: image.logo-small)" in text
    only = ("--only", "event-flyer-a5,social-1200x630")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", *only)
    [found] = logo_small(text)
    assert ": 34 x 2.83 mm (136 x 11 px) in slot 'partner-logo' of social-1200x630 (a 14 pt " \
        "floor: capitals 3.53 mm); any words" in found  # fmt: skip
    low = found.split("; any words")[0]  # the slots where it is too low
    assert "event-flyer-a5" not in low
    assert "poster-a4" not in low
    # 8:1: 4.25 mm tall there, 3 mm in the event flyer's slot: above every floor's capitals
    Image.new("RGB", (800, 100), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en", *only)
    assert logo_small(text) == []


def test_check_of_an_office_that_takes_a_logo_too_low_from_the_office_it_extends_tells_it(
    kit_copy: Callable[..., Path],
) -> None:
    """`check --office CHILD`, CHILD extending an office whose logo prints too low: CHILD's
    documents print that logo, so the warning, told once at the file that names the logo,
    is shown (it was left out as another office's file's); an office that gives its own
    logo of that name does not get it, nor does another office's file's other warning."""
    kit = inheriting_kit(kit_copy)
    offices = kit / "materials" / "offices"
    (offices / "rosea-badges.yaml").write_text(  # builds stickers alone: no partner logo
        "extends: rosea\nname: Rosea Badges Test Office\nmaterials: [sticker-50]\nsample: true\n",
        encoding="utf-8",
    )
    only = ("--only", "social-1200x630", "--lang", "en")
    told = f"{offices / 'rosea.yaml'}:12:12: warning[image.logo-small]: logo 'partner'"
    for office, shown in (("rosea", True), ("rosea-east", True), ("rosea-west", False)):
        code, text = cli("check", "--kit", kit, "--office", office, *only)
        assert code == 0, text
        assert [w.startswith(told) for w in logo_small(text)] == ([True] if shown else []), text
    # an office that builds no material showing the logo is told nothing at rosea.yaml's logo
    code, text = cli("check", "--kit", kit, "--office", "rosea-badges", "--lang", "en")
    assert code == 0, text
    assert f"{offices / 'rosea.yaml'}:12:" not in text
    assert "image.logo-small" not in text
    code, text = cli("check", "--kit", kit, "--office", "rosea-badges", "--lang", "en", "--strict")
    assert f"{offices / 'rosea.yaml'}:12:" not in text
    code, text = cli("check", "--kit", kit, "--office", "rosea-east", "--strict", *only)
    assert code == 1  # the warning it shows fails --strict, as the parent's own check does
    assert f"{offices / 'rosea.yaml'}:12:12: error[image.logo-small]: logo 'partner'" in text


def test_an_svg_logo_lower_than_the_type_floors_capitals_is_measured_by_its_proportions(
    kit_copy: Callable[..., Path],
) -> None:
    """An SVG logo is drawn letterboxed by its proportions (its width and height, or its
    viewBox: svgart.svg_aspect) as a raster one is by its pixels: a 12:1 one is as low in the
    social image's slot, and was never measured (image.logo-shape leaves SVG logos out)."""
    from .kit import ROSEA

    kit = office_kit(kit_copy, ROSEA.replace("partner: rosea-logo.png", "partner: rosea.svg"))
    (kit / "assets" / "rosea.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 10">'
        '<rect width="120" height="10" fill="#C81E5A"/></svg>\n',
        encoding="utf-8",
    )
    code, text = cli(
        "check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", "social-1200x630"
    )
    assert code == 0, text
    [found] = logo_small(text)
    assert found.startswith(
        f"{kit / 'materials/offices/rosea.yaml'}:12:12: warning[image.logo-small]: logo "
        "'partner' (rosea.svg, 12.0:1) prints lower than the capitals of the smallest text its "
        "material sets (its type floor): 34 x 2.83 mm (136 x 11 px) in slot 'partner-logo' of "
        "social-1200x630 (a 14 pt floor: capitals 3.53 mm)"
    ), found


def test_a_shown_svg_logo_is_parsed_once(
    kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An office's SVG logo was parsed at the office's load (its errors) and again for its
    proportions (image.logo-small): its aspect is kept from the first reading, by the file's
    state; a file changed since is read again."""
    import campaign.svgart

    from .kit import ROSEA

    kit = office_kit(kit_copy, ROSEA.replace("partner: rosea-logo.png", "partner: rosea.svg"))
    svg = kit / "assets" / "rosea.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 10">'
        '<rect width="120" height="10" fill="#C81E5A"/></svg>\n',
        encoding="utf-8",
    )
    parsed: list[str] = []
    real = campaign.svgart.parse_svg

    def counting(path: Path) -> object:
        # the kit's reading's parses (its load, its measures), not the drawing's: the logo
        # contrast check draws the logo (render.items.svg), which parses it unless the
        # user's art cache has it, so a count of every parse changed with the cache's state
        if "/kit/" in sys._getframe(1).f_code.co_filename.replace("\\", "/"):
            parsed.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(campaign.svgart, "parse_svg", counting)
    code, text = cli(
        "check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", "social-1200x630"
    )
    assert code == 0, text
    assert len(logo_small(text)) == 1  # measured
    assert parsed.count("rosea.svg") == 1


def test_a_logo_too_low_and_far_from_its_slots_proportions_is_one_warning(
    kit_copy: Callable[..., Path],
) -> None:
    """A 10:1 wordmark is lower than the social image's type floor's capitals and fills less
    than half the height of 13 slots: it got `image.logo-shape` and `image.logo-small` at
    one line. It gets the second, which names where its words are too small to read, with
    the first's share of the slot's height."""
    kit = office_kit(kit_copy)
    Image.new("RGB", (2000, 200), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    assert "image.logo-shape" not in text
    assert logo_small(text) == [
        f"{office}:12:12: warning[image.logo-small]: logo 'partner' (rosea-logo.png, 2000 x 200 "
        "px, 10.0:1) prints lower than the capitals of the smallest text its material sets (its "
        "type floor): 34 x 3.40 mm (136 x 14 px) in slot 'partner-logo' of social-1200x630 (a "
        "14 pt floor: capitals 3.53 mm); any words in it print smaller than every text beside "
        "it; it fills only 32 % of the height the design gives it in the 33.9 x 10.6 mm slot "
        "'partner-logo' of poster-a4 (and 12 more slots)\n"
        "  hint: use a stacked version of the logo (nearer 3.2:1, the slot's proportions) under "
        "'logos:' here; or ask the kit's designer for a wider slot (the layout's frame)"
    ]


def test_the_type_floors_capitals_are_the_kit_faces() -> None:
    """CAP_HEIGHT_EM is Noto Sans's capitals (OS/2 sCapHeight over unitsPerEm), Regular and
    Bold: the face the kit sets its text in."""
    from fontTools.ttLib import TTFont

    from campaign.images import CAP_HEIGHT_EM

    from ..kits import ROOT

    for face in ("Regular", "Bold"):
        font = TTFont(ROOT / "fonts" / f"NotoSans-{face}.ttf")
        assert font["OS/2"].sCapHeight / font["head"].unitsPerEm == CAP_HEIGHT_EM


def test_a_logo_that_fills_a_too_low_slot_asks_for_a_taller_slot(
    kit_copy: Callable[..., Path],
) -> None:
    """A 2:1 logo in a slot 1.4 mm tall (the event flyer's, lowered) fills its height and is
    still lower than the 1.51 mm capitals of the flyer's 6 pt floor: no version of the logo
    helps there, the slot must be taller."""
    kit = office_kit(kit_copy)  # its logo: 600 x 300 px
    flyer = kit / "materials/layouts/event-flyer-a5.yaml"
    text = flyer.read_text(encoding="utf-8")
    frame = "align: end, frame: {end: 11, top: 19, width: 24, height: 7.5}}"
    assert text.count(frame) == 1
    flyer.write_text(text.replace(frame, frame.replace("height: 7.5", "height: 1.4")), "utf-8")
    code, text = cli(
        "check", "--kit", kit, "--office", "rosea", "--lang", "en", "--only", "event-flyer-a5"
    )
    [found] = logo_small(text)
    assert "(rosea-logo.png, 600 x 300 px, 2.0:1) prints lower than the capitals of the " \
        "smallest text its material sets (its type floor): 2.8 x 1.40 mm in slot " \
        "'partner-logo' of event-flyer-a5 (a 6 pt floor: capitals 1.51 mm); any" in found  # fmt: skip
    assert found.endswith(
        "\n  hint: the logo fills its slot's height: ask the kit's designer for a taller slot "
        "(the layout's frame)"
    ), found
