"""SVG art without a build: each colour of a drawing's tree (fills, strokes, gradient stops,
nested groups) recoloured for print or screen with its alpha kept; the art parsed once per
Resources; and where draw_svg puts it for each alignment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib.colors import CMYKColor, Color

from campaign.layout.document import Box, SvgItem
from campaign.model import Colour
from campaign.render.colour import Palette
from campaign.render.items import DrawContext, Resources
from campaign.render.items import svg as svg_module
from campaign.render.items.svg import load_svg, recolour
from campaign.render.target import Target

ROOT = Path(__file__).resolve().parents[2]
EMBLEM = ROOT / "assets/blue-heart.svg"
BLUE = Colour("blue", (1.0, 0.7, 0.0, 0.1), (4 / 255, 80 / 255, 150 / 255))


def palette(cmyk: bool) -> Palette:
    return Palette({"blue": BLUE}, cmyk=cmyk)


def converted(rgb: tuple[float, float, float]) -> CMYKColor:
    """A stand-in press conversion whose result says what it was given."""
    return CMYKColor(*rgb, 0.5)


def channels(c: Any) -> tuple[float, ...]:
    if isinstance(c, CMYKColor):
        return (c.cyan, c.magenta, c.yellow, c.black, c.alpha)
    return (c.red, c.green, c.blue, c.alpha)


def tree() -> Drawing:
    brand = Color(4 / 255, 80 / 255, 150 / 255, alpha=0.4)
    other = Color(0.2, 0.4, 0.6, alpha=0.7)
    inner = Rect(0, 0, 1, 1, fillColor=other, strokeColor=brand)
    outer = Rect(0, 0, 1, 1, fillColor=CMYKColor(0.1, 0.2, 0.3, 0.4), strokeColor=None)
    group = Group(inner)
    group._rl_colors = [brand, other]  # svglib's gradient stops
    d = Drawing(10, 10)
    d.add(outer)
    d.add(group)
    return d


def test_print_recolours_brand_colours_and_converts_the_rest_with_their_alpha() -> None:
    d = tree()
    recolour(d, palette(True), converted)
    outer, group = d.contents
    (inner,) = group.contents
    assert channels(outer.fillColor) == (0.1, 0.2, 0.3, 0.4, 1)  # CMYK already: kept
    assert outer.strokeColor is None
    assert channels(inner.strokeColor) == (1.0, 0.7, 0.0, 0.1, 0.4)  # the brand's CMYK
    assert channels(inner.fillColor) == (0.2, 0.4, 0.6, 0.5, 0.7)  # through the profile
    assert [channels(c) for c in group._rl_colors] == [
        (1.0, 0.7, 0.0, 0.1, 0.4),
        (0.2, 0.4, 0.6, 0.5, 0.7),
    ]


def test_screen_gives_brand_colours_their_srgb_and_keeps_the_rest() -> None:
    d = tree()
    other = d.contents[1].contents[0].fillColor
    recolour(d, palette(False), converted)
    (inner,) = d.contents[1].contents
    assert inner.fillColor is other
    assert channels(inner.strokeColor) == (4 / 255, 80 / 255, 150 / 255, 0.4)
    assert type(inner.strokeColor) is Color


def test_art_is_parsed_once_per_resources() -> None:
    res = Resources()
    first = load_svg(EMBLEM, res)
    assert res.svgs == {EMBLEM: first}
    assert load_svg(EMBLEM, res) is first
    assert load_svg(EMBLEM) is not first


@pytest.mark.parametrize(
    ("align", "dx"),
    [("start", 0.0), ("center", 20.0), ("end", 40.0)],
)
def test_art_is_scaled_to_fit_and_aligned(
    monkeypatch: pytest.MonkeyPatch, align: str, dx: float
) -> None:
    res = Resources()
    src = load_svg(EMBLEM, res)
    drawn: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        svg_module.renderPDF, "draw", lambda d, canvas, x, y: drawn.append((d, x, y))
    )
    # a box twice as wide as the art's proportions: height limits, 40 pt of room across
    h = 50.0
    w = h * src.width / src.height + 40.0
    ctx = DrawContext(
        None,  # type: ignore[arg-type]
        10.0,
        300.0,
        palette(True),
        converted,
        Target(),
        res,
    )
    svg_module.draw_svg(SvgItem("art", Box(5.0, 20.0, w, h), EMBLEM, align), ctx)
    ((d, x, y),) = drawn
    assert x == pytest.approx(15.0 + dx)
    assert y == pytest.approx(300 - 20 - h)
    assert d.width == pytest.approx(w - 40.0)
    assert d.height == pytest.approx(h)
    assert res.svgs[EMBLEM] is src  # the cached art itself is not recoloured


def colours_of(node: Any) -> list[tuple[float, ...]]:
    found = [
        channels(c)
        for c in (getattr(node, "fillColor", None), getattr(node, "strokeColor", None))
        if isinstance(c, Color)
    ]
    for child in getattr(node, "contents", []) or []:
        found += colours_of(child)
    return found


def test_tall_boxes_centre_the_art_vertically_and_leave_the_cache_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    res = Resources()
    src = load_svg(EMBLEM, res)
    before = colours_of(src)
    drawn: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        svg_module.renderPDF, "draw", lambda d, canvas, x, y: drawn.append((d, x, y))
    )
    w = 60.0
    h = w * src.height / src.width + 40.0  # width limits: 20 pt above and below
    ctx = DrawContext(None, 10.0, 300.0, palette(True), converted, Target(), res)  # type: ignore[arg-type]
    svg_module.draw_svg(SvgItem("art", Box(5.0, 20.0, w, h), EMBLEM, "end"), ctx)
    ((d, x, y),) = drawn
    assert (x, y) == pytest.approx((15.0, 300 - 20 - h + 20))
    assert (d.width, d.height) == pytest.approx((w, h - 40))
    assert colours_of(src) == before
    assert all(len(c) == 4 for c in before)  # sRGB in the cache, CMYK only in the copy drawn
    assert all(len(c) == 5 for c in colours_of(d))
