"""SVG art's gradient fills drawn where and as the SVG says, in the print PDF (CMYK) and the
PNG preview: a designer's trial found a gradient-filled shape with its own `transform` drawn
where it would be without it (svglib put the gradient's clip and shading outside the group
of the shape's transform; render.gradient_fills places them).

Each art is drawn as in test_svg_gradient_opacity (`rendered`: alone on a page of its size,
4 px per SVG unit) beside the same art with the transform applied by hand to its coordinates:
the two images agree pixel for pixel within a few levels, and a few pixels are read where the
shape is and where it was. The pairs were also compared with Chromium's rendering of the
transformed art (under 0.2 % of pixels differing by more than 16 levels, at the edges)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops

from campaign.fonts import FontBook

from .test_svg_gradient_opacity import NS, at, near, rendered

SIZE = (100, 60)
STOPS = '<stop offset="0" stop-color="#FF0000"/><stop offset="1" stop-color="#0000FF"/>'
ACROSS = f'<linearGradient id="g">{STOPS}</linearGradient>'  # red at the left, blue right
DOWN = f'<linearGradient id="v" x2="0" y2="1">{STOPS}</linearGradient>'  # red at the top


def svg(body: str) -> str:
    return (
        f'<svg {NS} width="{SIZE[0]}" height="{SIZE[1]}"><defs>{ACROSS}{DOWN}'
        f'<radialGradient id="r">{STOPS}</radialGradient></defs>{body}</svg>'
    )


def differing(a: Image.Image, b: Image.Image, levels: int) -> float:
    """The share of pixels whose channels differ by more than `levels` somewhere."""
    grey = ImageChops.difference(a, b).convert("L")  # the mean of the channels' differences
    histogram = grey.histogram()
    return sum(histogram[levels // 3 + 1 :]) / (a.width * a.height)


# (the art, the same art with the transform applied by hand, a point (x, y) at the red end of
# its gradient, a point where the shape was without the transform, or None where it is the
# same place)
Pair = tuple[str, str, tuple[float, float], tuple[float, float] | None]
PAIRS: dict[str, Pair] = {
    "own translate": (
        '<rect x="20" y="20" width="20" height="20" fill="url(#g)" transform="translate(40,0)"/>',
        '<rect x="60" y="20" width="20" height="20" fill="url(#g)"/>',
        (61, 30),
        (21, 30),
    ),
    "own scale": (
        '<rect x="10" y="5" width="20" height="10" fill="url(#g)" transform="scale(2)"/>',
        '<rect x="20" y="10" width="40" height="20" fill="url(#g)"/>',
        (22, 20),
        (12, 7),
    ),
    # a turn about the square's centre: the same square, its gradient from top to bottom
    "own rotate": (
        '<rect x="30" y="10" width="40" height="40" fill="url(#g)" transform="rotate(90 50 30)"/>',
        '<rect x="30" y="10" width="40" height="40" fill="url(#v)"/>',
        (50, 12),
        None,
    ),
    # (x, y) -> (80 - y, x): the shape turned and moved, its gradient from top to bottom
    "own matrix": (
        '<rect x="10" y="20" width="40" height="20" fill="url(#g)" '
        'transform="matrix(0 1 -1 0 80 0)"/>',
        '<rect x="40" y="10" width="20" height="40" fill="url(#v)"/>',
        (50, 12),
        (12, 30),
    ),
    "parent group and own transform": (
        '<g transform="translate(10 0)"><g transform="rotate(90 40 30)">'
        '<rect x="0" y="10" width="40" height="40" fill="url(#g)" transform="translate(20 0)"/>'
        "</g></g>",
        '<rect x="30" y="10" width="40" height="40" fill="url(#v)"/>',
        (50, 12),
        (12, 30),
    ),
    # the gradient's own turn (in its box's units): from top to bottom in a box not square
    "gradientTransform": (
        '<linearGradient id="t" gradientTransform="rotate(90)">'
        f'{STOPS}</linearGradient><rect x="20" y="10" width="60" height="40" fill="url(#t)"/>',
        '<rect x="20" y="10" width="60" height="40" fill="url(#v)"/>',
        (50, 12),
        (0, 0),
    ),
    # userSpaceOnUse: the gradient's coordinates are the shape's, moved with it
    "userSpaceOnUse and own translate": (
        '<linearGradient id="u" gradientUnits="userSpaceOnUse" x1="20" x2="40">'
        f"{STOPS}</linearGradient>"
        '<rect x="20" y="20" width="20" height="20" fill="url(#u)" transform="translate(40,0)"/>',
        '<rect x="60" y="20" width="20" height="20" fill="url(#g)"/>',
        (61, 30),
        (21, 30),
    ),
    # a clip-path on the shape clips it; the gradient spans the shape's own box
    "clip-path": (
        '<clipPath id="c"><rect x="20" y="10" width="30" height="40"/></clipPath>'
        '<rect x="20" y="10" width="60" height="40" fill="url(#g)" clip-path="url(#c)" '
        'transform="translate(10 0)"/>',
        '<linearGradient id="h" gradientUnits="userSpaceOnUse" x1="30" x2="90">'
        f'{STOPS}</linearGradient><rect x="30" y="10" width="30" height="40" fill="url(#h)"/>',
        (32, 30),
        (75, 30),
    ),
}


@pytest.mark.parametrize("pair", PAIRS.values(), ids=PAIRS.keys())
@pytest.mark.parametrize("cmyk", [True, False], ids=["print", "png"])
def test_a_transformed_gradient_shape_is_drawn_where_its_transform_puts_it(
    own_cache: Path, tmp_path: Path, fonts: FontBook, pair: Pair, cmyk: bool
) -> None:
    art, by_hand, inside, before = pair
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    drawn = rendered(tmp_path / "a", svg(art), SIZE, cmyk, fonts)
    expected = rendered(tmp_path / "b", svg(by_hand), SIZE, cmyk, fonts)
    red = at(expected, *inside)
    assert red[0] > 150, red  # the red end of the gradient, as by hand
    assert red[2] < 100, red
    assert near(at(drawn, *inside), red, 6), (at(drawn, *inside), red)
    if before is not None:
        assert near(at(drawn, *before), (255, 255, 255), 2)  # paper where the shape was
    assert differing(drawn, expected, 12) < 0.003


@pytest.mark.parametrize("cmyk", [True, False], ids=["print", "png"])
def test_a_radial_gradient_in_a_wide_box_is_an_ellipse(
    own_cache: Path, tmp_path: Path, fonts: FontBook, cmyk: bool
) -> None:
    """objectBoundingBox units stretch a radial gradient with its box (SVG 1.1, 13.2.3): in a
    box 80 by 40, halfway to the edge is 20 units across and 10 down, and the same colour
    (svglib drew a circle of radius 30, with two colours there)."""
    image = rendered(
        tmp_path,
        svg('<rect x="10" y="10" width="80" height="40" fill="url(#r)"/>'),
        SIZE,
        cmyk,
        fonts,
    )
    across, down, edge = at(image, 70, 30), at(image, 50, 40), at(image, 89.5, 30)
    assert near(across, down, 6), (across, down)
    assert not near(across, edge, 40), (across, edge)  # halfway, not yet the blue end
