"""The photo challenge: the frame overlay's transparent window and the `frame` command."""

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from campaign.cli import main
from campaign.pipeline.frame import overlay_png
from tests.kits import cli

ROOT = Path(__file__).resolve().parents[2]


def overlay(lang: str = "en") -> Image.Image:
    return Image.open(io.BytesIO(overlay_png(ROOT, lang))).convert("RGBA")


def test_frame_overlay_has_a_transparent_window() -> None:
    im = overlay()
    assert im.size == (1080, 1080)
    alpha = im.getchannel("A")
    assert alpha.getpixel((540, 476)) == 0  # the window's centre
    for band in [(5, 5), (1075, 5), (540, 1060), (20, 540), (1060, 540)]:
        assert alpha.getpixel(band) == 255


def near(a: tuple[int, ...], b: tuple[int, ...], tol: int = 16) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def test_frame_puts_an_exif_rotated_photo_in_the_window(tmp_path: Path) -> None:
    # stored landscape: top half yellow, bottom half cyan, a magenta square in the middle;
    # EXIF orientation 6 shows it turned 90 degrees clockwise: cyan on the left, yellow right
    stored = Image.new("RGB", (600, 400), (240, 220, 0))
    stored.paste((0, 200, 220), (0, 200, 600, 400))
    stored.paste((220, 0, 160), (250, 150, 350, 250))
    exif = Image.Exif()
    exif[0x0112] = 6
    photo = tmp_path / "me.jpg"
    stored.save(photo, quality=95, exif=exif)
    target = tmp_path / "framed.png"
    result = CliRunner().invoke(main, ["frame", str(photo), "-o", str(target)])
    assert result.exit_code == 0, result.output
    with Image.open(target) as im:
        assert im.size == (1080, 1080)
        assert im.mode == "RGB"
        assert im.info.get("icc_profile")
        framed = im.copy()
    frame = overlay()
    left, top, right, bottom = frame.getchannel("A").point(lambda a: a < 255 and 255).getbbox()
    cx, cy = (left + right) // 2, (top + bottom) // 2
    assert near(framed.getpixel((cx, cy)), (220, 0, 160))  # the photo's centre
    assert near(framed.getpixel((left + 40, cy)), (0, 200, 220))  # upright: cyan on the left
    assert near(framed.getpixel((right - 40, cy)), (240, 220, 0))
    for band in [(5, 5), (540, 1060), (20, 540)]:
        assert framed.getpixel(band) == frame.getpixel(band)[:3]


def test_frame_in_arabic(tmp_path: Path) -> None:
    photo = tmp_path / "p.png"
    Image.new("L", (50, 80), 128).save(photo)
    target = tmp_path / "ar.png"
    result = CliRunner().invoke(main, ["frame", str(photo), "--lang", "ar", "-o", str(target)])
    assert result.exit_code == 0, result.output
    with Image.open(target) as im:
        assert im.size == (1080, 1080)
        assert im.getpixel((540, 476)) == (128, 128, 128)


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (None, "error[photo.read]: cannot use the photo '{p}': no such file"),
        (b"not a picture", "error[photo.read]: cannot use the photo '{p}': it is not an image"),
    ],
)
def test_frame_reports_a_bad_photo(tmp_path: Path, content: bytes | None, line: str) -> None:
    photo = tmp_path / "photo.jpg"
    if content is not None:
        photo.write_bytes(content)
    target = tmp_path / "out.png"
    result = CliRunner().invoke(main, ["frame", str(photo), "-o", str(target)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(line.format(p=photo))
    assert "Traceback" not in result.output
    assert not target.exists()


def test_frame_refuses_a_decompression_bomb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "big.png"
    Image.new("RGB", (200, 200)).save(photo)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    result = CliRunner().invoke(main, ["frame", str(photo), "-o", str(tmp_path / "o.png")])
    assert result.exit_code == 1
    assert result.output.startswith(f"error[photo.too-big]: cannot use the photo '{photo}'")


@pytest.mark.parametrize(
    ("mode", "value", "rgb"),
    [
        ("L", 100, (100, 100, 100)),
        ("I;16", 100 * 256, (100, 100, 100)),  # 16-bit grey is scaled, not clipped to white
        ("RGBA", (10, 20, 30, 0), (255, 255, 255)),  # transparent on white
        ("P", 0, (0, 0, 0)),
    ],
)
def test_any_photo_mode_becomes_srgb(mode: str, value: object, rgb: tuple[int, int, int]) -> None:
    from campaign.render.frame import to_srgb

    out = to_srgb(Image.new(mode, (4, 4), value))  # type: ignore[arg-type]
    assert out.mode == "RGB"
    assert out.getpixel((1, 1)) == rgb


def test_frame_default_names_carry_the_language_and_keep_an_earlier_file_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "me.png"
    Image.new("RGB", (60, 60), (10, 20, 30)).save(photo)
    monkeypatch.chdir(tmp_path)
    for args in ([], ["--lang", "fr"]):
        result = CliRunner().invoke(main, ["frame", str(photo), *args])
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("me-blueheart*.png")) == [
        "me-blueheart-fr.png",
        "me-blueheart.png",
    ]
    # a photo that cannot be used: the earlier file stays whole, nothing half-written is left
    before = (tmp_path / "me-blueheart.png").read_bytes()
    photo.write_bytes(b"not a picture")
    result = CliRunner().invoke(main, ["frame", str(photo)])
    assert result.exit_code != 0
    assert (tmp_path / "me-blueheart.png").read_bytes() == before
    assert not list(tmp_path.glob(".*.part"))


def test_a_tiny_photo_is_a_warning_and_a_jpg_name_gets_a_jpeg(tmp_path: Path) -> None:
    """A 40 x 30 px photo was blown up to 1080 px without a word, and `-o me.jpg` wrote PNG
    bytes under the .jpg name. The photo is a `photo.small` warning; .jpg writes a JPEG, and
    another ending is refused."""
    photo = tmp_path / "tiny.jpg"
    Image.new("RGB", (40, 30), (200, 50, 50)).save(photo)
    out = tmp_path / "framed.jpg"
    code, text = cli("frame", photo, "--kit", ROOT, "-o", out)
    assert code == 0, text
    assert f"{photo}: warning[photo.small]: the photo is 40 x 30 px: the frame's " in text
    assert "enlarges it 26.0 times, and it shows blurred" in text
    with Image.open(out) as im:
        assert (im.format, im.size) == ("JPEG", (1080, 1080))
    code, text = cli("frame", photo, "--kit", ROOT, "-o", tmp_path / "framed.gif")
    assert code == 2
    assert "the frame is written as .png, .jpg or .jpeg" in text


def test_frame_shows_a_cmyk_photo_without_a_profile_as_the_build_previews_it(
    tmp_path: Path,
) -> None:
    """A CMYK JPEG without an embedded profile (an office's trial: partner-logo-cmyk.jpg,
    made with Pillow) goes through the press profile (FOGRA39, relative colorimetric), as
    the build's previews show such an image (render.images.screen_rgb): red of 100 % M and Y
    is (228, 30, 37), green of 39 % C and Y (172, 213, 178). `frame` showed Pillow's formula,
    (255, 0, 0) and (155, 255, 155)."""
    from campaign.render.images import screen_rgb

    red, green = (0, 255, 255, 0), (100, 0, 100, 0)
    stored = Image.new("CMYK", (800, 400), red)
    stored.paste(green, (400, 0, 800, 400))
    photo = tmp_path / "logo-cmyk.jpg"
    stored.save(photo, quality=100)
    with Image.open(photo) as check:
        assert (check.mode, check.info.get("icc_profile")) == ("CMYK", None)
    target = tmp_path / "framed.png"
    result = CliRunner().invoke(main, ["frame", str(photo), "--lang", "am", "-o", str(target)])
    assert result.exit_code == 0, result.output
    left, top, right, bottom = (
        overlay("am").getchannel("A").point(lambda a: a < 255 and 255).getbbox()
    )
    cy = (top + bottom) // 2
    with Image.open(target) as framed:
        shown = framed.getpixel((left + 60, cy)), framed.getpixel((right - 60, cy))
    assert shown == ((228, 30, 37), (172, 213, 178))
    fogra = ROOT / "assets/icc/fogra39l_coated.icc"
    previews = [
        screen_rgb(Image.new("CMYK", (1, 1), c), None, fogra).getpixel((0, 0)) for c in (red, green)
    ]
    assert list(shown) == previews


FRAME_YAML = ROOT / "materials/layouts/social-frame-1080.yaml"
THEME = "frame: {start: 56, top: 214, width: 200, height: 31}}"
OWN_GROUND = (
    "give the text a ground of its own behind it: a band or scrim (a filled shape slot listed "
    "before the text, under its frame)"
)


@pytest.mark.parametrize(
    ("frame", "message", "hint"),
    [
        (  # wholly over the photo: white on a light photo, barely readable
            "start: 100, top: 150, width: 120, height: 31",
            "white text on the user's photo (the window of slot 'window') has a contrast no "
            "check can know: any photo can lie under it; WCAG AA asks 3:1 for 40.0 pt text",
            "the user's photo shows through the window of slot 'window' and its contrast with "
            f"the text cannot be known: {OWN_GROUND}, or move the slot's frame off the window",
        ),
        (  # its second line's top crosses the window's bottom edge
            "start: 100, top: 190, width: 120, height: 31",
            "white text on the user's photo (the window of slot 'window') (its lines 1 and 2 "
            "run onto it) has a contrast no check can know: any photo can lie under it; WCAG "
            "AA asks 3:1 for 40.0 pt text",
            "keep every line off the user's photo: its line 2 runs 2.1 mm onto the photo at "
            "its top; make the slot's frame start below the window (its top, its height), or "
            f"{OWN_GROUND}",
        ),
        (  # from the blue band at the start across the window's start edge
            "start: 20, top: 100, width: 120, height: 31",
            "white text on the user's photo (the window of slot 'window') (its lines 1 and 2 "
            "run onto it) has a contrast no check can know: any photo can lie under it; WCAG "
            "AA asks 3:1 for 40.0 pt text",
            "keep every line off the user's photo: its lines 1 and 2 run up to 77.1 mm onto "
            "the photo at their end; make the slot's frame end before the window begins (its "
            f"width, its end), or {OWN_GROUND}",
        ),
    ],
)
def test_text_over_the_photo_window_is_an_error(
    kit_copy: Callable[..., Path], frame: str, message: str, hint: str
) -> None:
    """A designer's trial: the theme's frame moved wholly inside the photo window passed
    `check`, and `frame PHOTO` set the white text over a light photo, barely readable (the
    window was taken for a shape filled blue); only a line across a corner of the window was
    flagged, as white on the bare paper where the window's blue corner is. Any photo lies
    under the window: text on it, wholly or partly, is an error at the slot that says so."""
    layout = FRAME_YAML.read_text(encoding="utf-8")
    assert THEME in layout
    root = kit_copy(
        **{
            "materials/layouts/social-frame-1080.yaml": layout.replace(
                THEME, f"frame: {{{frame}}}}}"
            )
        }
    )
    code, out = cli("check", "--kit", root, "--only", "social-frame-1080", "--lang", "en")
    assert code == 1, out
    assert (
        f"{root}/materials/layouts/social-frame-1080.yaml:30:5: error[colour.contrast]: "
        f"social-frame-1080 [en] slot 'theme': {message}\n  hint: {hint}\n"
    ) in out, out
    assert out.count("error[") == 1, out


def test_the_window_corners_are_its_blue_and_a_scrim_is_a_ground(
    kit_copy: Callable[..., Path],
) -> None:
    """A line across the window's top start corner lay on the corner's blue and on the photo:
    it was told as white on the bare paper, where the window paints its corner blue. A band
    under the text (the fix the error gives) is its ground, and the shipped frame passes in
    every language (its texts lie on its blue band)."""
    layout = FRAME_YAML.read_text(encoding="utf-8")
    corner = layout.replace(THEME, "frame: {start: 33, top: 15, width: 120, height: 14}}")
    root = kit_copy(**{"materials/layouts/social-frame-1080.yaml": corner})
    code, out = cli("check", "--kit", root, "--only", "social-frame-1080", "--lang", "en")
    assert code == 1, out
    assert (
        "social-frame-1080 [en] slot 'theme': white text on the user's photo (the window of "
        "slot 'window') (its line 1 runs onto it) has a contrast no check can know"
    ) in out, out
    assert "bare paper" not in out, out
    moved = "frame: {start: 100, top: 150, width: 120, height: 31}}"
    scrim = "  - {name: scrim, kind: shape, fill: navy, frame: {start: 96, top: 146, width: 128, height: 39}}\n"
    scrimmed = layout.replace(THEME, moved).replace(
        "  - {name: theme,", scrim + "  - {name: theme,"
    )
    (root / "materials/layouts/social-frame-1080.yaml").write_text(scrimmed, encoding="utf-8")
    code, out = cli("check", "--kit", root, "--only", "social-frame-1080", "--lang", "en")
    assert code == 0, out
    assert "colour.contrast" not in out, out
    (root / "materials/layouts/social-frame-1080.yaml").write_text(layout, encoding="utf-8")
    code, out = cli("check", "--kit", root, "--only", "social-frame-1080")
    assert code == 0, out
    assert "error[" not in out, out
    assert "colour.contrast" not in out, out


def test_a_frame_in_a_draft_translation_says_so(tmp_path: Path) -> None:
    """The build says of a draft translation's files that they are one (`strings.draft`); the
    frame of a draft language said nothing (a translator's trial). A reviewed language's
    frame has no note."""
    photo = tmp_path / "me.jpg"
    Image.new("RGB", (1200, 1200), (120, 160, 200)).save(photo)
    code, text = cli("frame", photo, "--kit", ROOT, "--lang", "tl", "-o", tmp_path / "tl.png")
    assert code == 0, text
    assert (
        "materials/strings/tl.yaml:7:1: note[strings.draft]: tl is a draft "
        "translation, not reviewed by a native speaker (`status: draft` in the strings file): "
        "have the texts checked before printing, then set `status: reviewed`"
    ) in text
    code, text = cli("frame", photo, "--kit", ROOT, "--lang", "en", "-o", tmp_path / "en.png")
    assert code == 0, text
    assert "strings.draft" not in text
