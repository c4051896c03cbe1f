"""Draw `svg` items: art parsed safely (assets.parse_svg) and drawn by svglib; brand colours
by their CMYK values, any other colour (gradient stops too) through the press profile."""

from __future__ import annotations

import copy
import math
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib.colors import CMYKColor, Color
from svglib.svglib import SvgRenderer

from ...assets import parse_svg
from ...diagnostics import Mark, failure
from ...layout.document import SvgItem
from ..colour import Palette
from . import Convert, DrawContext, Resources, drawer


def load_svg(path: Path, resources: Resources | None = None) -> Drawing:
    """Parse an SVG safely, then svglib; once per file and Resources."""
    cache = resources.svgs if resources is not None else {}
    if path not in cache:
        drawing = SvgRenderer(str(path)).render(parse_svg(path))
        size = (drawing.width, drawing.height)
        if not all(math.isfinite(v) and v > 0 for v in size):  # parse_svg checked the header
            raise failure(
                "svg.size",
                f"the SVG has no usable size (it draws {size[0]:g} x {size[1]:g})",
                Mark.file(path),
                'give the <svg> element a width and height above 0, or a viewBox="0 0 W H"',
            )
        cache[path] = drawing
    return cache[path]


def _recoloured(col: Color, palette: Palette, convert: Convert) -> Color:
    if isinstance(col, CMYKColor):
        return col
    brand = palette.by_rgb((col.red, col.green, col.blue))
    if brand is not None:
        new = palette(brand.name)
    elif palette.cmyk:
        new = convert((col.red, col.green, col.blue))
    else:
        return col
    new.alpha = col.alpha
    return new


def recolour(node: object, palette: Palette, convert: Convert) -> None:
    """Brand colours by their CMYK values; any other colour through the press profile; the
    stops of svglib's gradient shapes too."""
    for attr in ("fillColor", "strokeColor"):
        col = getattr(node, attr, None)
        if isinstance(col, Color):
            setattr(node, attr, _recoloured(col, palette, convert))
    stops = getattr(node, "_rl_colors", None)
    if stops:
        node._rl_colors = [_recoloured(c, palette, convert) for c in stops]  # type: ignore[attr-defined]
    for child in getattr(node, "contents", []) or []:
        recolour(child, palette, convert)


@drawer(SvgItem)
def draw_svg(item: SvgItem, ctx: DrawContext) -> None:
    src = load_svg(item.asset, ctx.resources)
    x, y, w, h = ctx.box(item.box)
    scale = min(w / src.width, h / src.height)
    dw, dh = src.width * scale, src.height * scale
    dx = {"start": 0.0, "center": (w - dw) / 2, "end": w - dw}[item.align]
    group = Group(*src.contents)
    group.scale(scale, scale)
    drawing = Drawing(dw, dh)
    drawing.add(copy.deepcopy(group))
    recolour(drawing, ctx.palette, ctx.convert)
    renderPDF.draw(drawing, ctx.canvas, x + dx, y + (h - dh) / 2)
