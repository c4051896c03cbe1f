"""Brand colours: the exact CMYK values for print and sRGB values for screens, per channel."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import CMYKColor, Color

from campaign.model import Colour
from campaign.render.colour import Palette
from campaign.render.target import Target

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
