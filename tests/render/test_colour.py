"""Brand colours: the exact CMYK values for print and sRGB values for screens, per channel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor, Color

from campaign.model import Colour, Marks
from campaign.render.colour import Palette, rgb_to_cmyk
from campaign.render.target import Target, registration_share

FOGRA = Path(__file__).resolve().parents[2] / "assets/icc/fogra39l_coated.icc"

# every channel different, so a swapped pair of channels shows
COLOURS = {
    "a": Colour("a", (0.1, 0.2, 0.3, 0.4), (0.5, 0.6, 0.7)),
    "b": Colour("b", (1.0, 0.7, 0.0, 0.1), (0.0157, 0.3137, 0.5882)),
    "k": Colour("k", (0.0, 0.0, 0.0, 1.0), (0.17, 0.17, 0.16)),
}


@pytest.mark.parametrize("name", sorted(COLOURS))
def test_print_colour_is_the_cmyk_value(name: str) -> None:
    colour = Palette(COLOURS, cmyk=True)(name)
    assert isinstance(colour, CMYKColor)
    channels = (colour.cyan, colour.magenta, colour.yellow, colour.black)
    assert channels == COLOURS[name].cmyk


@pytest.mark.parametrize("name", sorted(COLOURS))
def test_screen_colour_is_the_srgb_value(name: str) -> None:
    colour = Palette(COLOURS, cmyk=False)(name)
    assert not isinstance(colour, CMYKColor)
    assert isinstance(colour, Color)
    assert (colour.red, colour.green, colour.blue) == COLOURS[name].rgb


def test_only_100_k_is_black() -> None:
    palette = Palette(COLOURS, cmyk=True)
    assert [n for n in sorted(COLOURS) if palette.is_black(n)] == ["k"]


def test_by_rgb_finds_the_brand_colour_by_its_8_bit_value() -> None:
    palette = Palette(COLOURS, cmyk=True)
    assert palette.by_rgb((4 / 255, 80 / 255, 150 / 255)) == COLOURS["b"]
    assert palette.by_rgb((4 / 255, 80 / 255, 151 / 255)) is None


def test_registration_is_75_percent_on_every_plate_within_the_ink_limit() -> None:
    """Marks print on all four plates: 4 x 75 % = 300 % on coated paper, 4 x 69 % on uncoated
    paper whose limit is 280 % (a per cent per plate below it, for 8-bit rounding)."""
    assert Target().registration == (0.75, 0.75, 0.75, 0.75)
    assert Target(max_ink=280).registration == (0.69, 0.69, 0.69, 0.69)
    assert Target(max_ink=320).registration == (0.75, 0.75, 0.75, 0.75)


def test_the_registration_tint_shares_the_limit_with_a_cutcontour_plate() -> None:
    """The Separation /All paints every plate, a sticker's CutContour plate too, which a proof
    shows as 100 % magenta: 300 % over five plates is 60 % a plate (at 75 % Ghostscript's
    proof of a sticker sheet read 324.7 % under the marks); the colour bar's ink-limit patch
    is still 4 x 75 %, the process plates' limit."""
    assert registration_share(300) == 0.75
    assert registration_share(300, 5) == 0.6
    assert registration_share(280, 5) == 0.55  # a per cent a plate below 56 %
    sticker = Marks(cut_contour=True)
    assert Target().registration_tint == 0.75
    assert Target(marks=sticker).registration_tint == 0.6
    assert Target(marks=sticker, max_ink=280).registration_tint == 0.55
    assert Target(marks=sticker, cmyk=False).registration_tint == 0.75  # no die line drawn
    assert Target(marks=sticker).registration == (0.75, 0.75, 0.75, 0.75)
    # a badge's print PDF: its cut circle in CutContour (render.marks.draw_cut_circle)
    assert Target(cut_circle=70 * 72 / 25.4).registration_tint == 0.6
    assert Target(cut_circle=70 * 72 / 25.4, cmyk=False).registration_tint == 0.75


def press_cmyk(rgb: tuple[int, int, int], intent: ImageCms.Intent) -> tuple[float, ...]:
    """What littleCMS makes of an 8-bit sRGB value on FOGRA39, as shares of 100 %."""
    transform = ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"),
        ImageCms.getOpenProfile(str(FOGRA)),
        "RGB",
        "CMYK",
        renderingIntent=intent,
    )
    px = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), transform)
    assert px is not None
    return tuple(v / 255 for v in px.getpixel((0, 0)))  # type: ignore[union-attr]


# a saturated orange and a mid blue-grey (the shipped profiles carry one table for every
# rendering intent, so perceptual and relative colorimetric give the same values here)
SAMPLES = [((255, 102, 0), (1.0, 0.4, 0.0)), ((64, 96, 128), (64 / 255, 96 / 255, 128 / 255))]


@pytest.mark.parametrize(("rgb8", "rgb"), SAMPLES)
def test_rgb_to_cmyk_is_relative_colorimetric_on_the_press_profile(
    rgb8: tuple[int, int, int], rgb: tuple[float, float, float]
) -> None:
    colour = rgb_to_cmyk(FOGRA)(rgb)
    assert isinstance(colour, CMYKColor)
    got = (colour.cyan, colour.magenta, colour.yellow, colour.black)
    assert got == press_cmyk(rgb8, ImageCms.Intent.RELATIVE_COLORIMETRIC)


def test_rgb_to_cmyk_converts_each_colour_once() -> None:
    convert = rgb_to_cmyk(FOGRA)
    first = convert((1.0, 0.4, 0.0))
    assert convert((1.0, 0.4, 0.0)) is first  # cached
    second = convert((0.0, 0.0, 0.0))
    assert isinstance(first, CMYKColor)
    assert isinstance(second, CMYKColor)
    assert (second.cyan, second.magenta, second.yellow, second.black) != (
        first.cyan,
        first.magenta,
        first.yellow,
        first.black,
    )
    assert rgb_to_cmyk(FOGRA)((1.0, 0.4, 0.0)) is not first  # each converter has its own cache


def press_lightness(cmyk: tuple[int, int, int, int]) -> float:
    """L* (0..100) that FOGRA39 gives an 8-bit CMYK value (relative colorimetric)."""
    transform = ImageCms.buildTransform(
        ImageCms.getOpenProfile(str(FOGRA)),
        ImageCms.createProfile("LAB"),
        "CMYK",
        "LAB",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
    )
    px = ImageCms.applyTransform(Image.new("CMYK", (1, 1), cmyk), transform)
    assert px is not None
    return px.getpixel((0, 0))[0] * 100 / 255  # type: ignore[index]


@pytest.mark.parametrize("value", [0, 20, 60, 128, 200, 240, 255])
def test_a_neutral_grey_prints_in_black_ink_alone_at_its_lightness(value: int) -> None:
    """A designer's trial: #000 in an SVG printed as C 83 M 72 Y 45 K 100 (300 % of ink on
    a hairline). A grey (r = g = b) is a tint of K alone: the one whose L* on the press is
    nearest the grey's own (CIE L* of sRGB), 100 % K where the grey is darker than K prints,
    no ink for white."""
    colour = rgb_to_cmyk(FOGRA)((value / 255,) * 3)
    assert (colour.cyan, colour.magenta, colour.yellow) == (0, 0, 0)
    k = round(colour.black * 255)
    linear = (
        (value / 255 / 12.92) if value / 255 <= 0.04045 else ((value / 255 + 0.055) / 1.055) ** 2.4
    )
    grey = 116 * linear ** (1 / 3) - 16 if linear > (6 / 29) ** 3 else linear * (29 / 3) ** 3
    darkest = press_lightness((0, 0, 0, 255))
    if grey <= darkest:
        assert k == 255
        return
    # no other tint of K is nearer the grey's lightness (to the 8-bit steps of both)
    assert (
        abs(press_lightness((0, 0, 0, k)) - grey)
        <= min(abs(press_lightness((0, 0, 0, j)) - grey) for j in (k - 1, k + 1) if 0 <= j <= 255)
        + 0.5
    )
    assert abs(press_lightness((0, 0, 0, k)) - grey) < 1.5
    if value == 255:
        assert k == 0


def test_a_colour_that_is_not_grey_is_still_the_profile_s() -> None:
    """Only exact greys go to K: a near-grey keeps the profile's conversion."""
    colour = rgb_to_cmyk(FOGRA)((0.5, 0.5, 0.51))
    got = (colour.cyan, colour.magenta, colour.yellow, colour.black)
    assert got == press_cmyk((128, 128, 130), ImageCms.Intent.RELATIVE_COLORIMETRIC)
    assert colour.cyan > 0
