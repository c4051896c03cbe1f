"""A logo in a screen image (social kinds: 4 px a millimetre) is measured against that image's
pixels, not print's 150 ppi: a 208 px logo in a 52 mm frame of a 1080 px image is sharp (it
was an error, "prints at 102 ppi; at least 150 is needed", and the job was not published)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from ..kits import cli
from .kit import office_kit


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


WHITE_ON_LIGHT = (
    "rosea / flyer-a5 slot 'partner-logo': 100 % of logo 'partner' (rosea-logo.png) has less "
    "than 1.5:1 contrast with the slot's light ground: it hardly shows"
)
# the office prints on uncoated paper (FOGRA29), where the blue prints lighter (#476A9C):
# vermilion, 1.94:1 on the blue's rgb, is 1.32:1 on it there, and told so
VERMILION_ON_PRINTED_BLUE = (
    "rosea / poster-a3 slot 'partner-logo': 100 % of logo 'partner' (rosea-logo.png) has less "
    "than 1.5:1 contrast with the slot's blue ground as printed on FOGRA29 (uncoated paper): "
    "it hardly shows"
)


@pytest.mark.parametrize(
    ("fill", "opaque", "expected"),
    [
        ((255, 255, 255), False, [WHITE_ON_LIGHT]),  # white on transparent: for the blue only
        # vermilion: shows on both grounds' rgb (1.94 and 3.7:1), not on the blue as printed
        ((230, 60, 40), False, [VERMILION_ON_PRINTED_BLUE]),
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
        "contrast with the slot's blue ground: it hardly shows (so in 2 other material(s): "
        "poster-a4, social-1080x1080)"
    )


def test_a_logo_far_from_its_slots_proportions_is_a_warning_at_the_office(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's trial: a 10:1 wordmark printed 32 x 3 mm in the flyer's 40 x 12 mm slot,
    its words unreadable, without a word. One warning per logo, at its line in the office's
    file, naming the slot where it is smallest against the height the design gives it."""
    kit = office_kit(kit_copy)
    Image.new("RGB", (2000, 200), (200, 30, 90)).save(kit / "assets" / "rosea-logo.png")
    code, text = cli("check", "--kit", kit, "--office", "rosea", "--lang", "en")
    assert code == 0, text
    office = kit / "materials/offices/rosea.yaml"
    found = [line for line in text.splitlines() if "image.logo-shape" in line]
    assert found == [
        f"{office}:12:12: warning[image.logo-shape]: logo 'partner' (rosea-logo.png, 2000 x 200 "
        "px, 10.0:1) prints 33.9 x 3.4 mm in the 33.9 x 10.6 mm slot 'partner-logo' of "
        "poster-a4 (and 12 more slots): 32 % of the height the design gives it, so the words in "
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
