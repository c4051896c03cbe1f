"""Brand colours: the exact CMYK values for print and sRGB values for screens, per channel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor, Color

from campaign.model import Colour
from campaign.render.colour import Palette, rgb_to_cmyk
from campaign.render.target import Target

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
