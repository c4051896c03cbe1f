"""Draw `svg` items: art parsed safely (svgart.parse_svg), converted by svglib and drawn by
reportlab's renderPDF; brand colours by their CMYK values, any other colour (gradient stops
too) through the press profile.

Art is drawn once per file, palette and press profile, at its own size (`art`): the PDF
operators renderPDF writes for it are kept, in the process (`Resources.arts`) and in the
user's cache (`cache.pickled`, named by the SVG's sha256, the palette, the press-profile
converter's key and the code that draws it: `_code_versions`), and each page places them
with a transformation: `q`, `s 0 0 s x y cm`, the operators, `Q`. A cold and a warm cache give the
same bytes, as both place the same operators. Art whose operators name a resource (an
ExtGState for opacity, a shading for a gradient: names local to one file) cannot be carried
from file to file that way: renderPDF draws it on each page, inside the same transformation.

A process that finds its art in the cache imports neither svglib nor reportlab.graphics
(which imports reportlab.platypus): about 0.13 s of every build's start-up on 2 cores of
this machine kind, measured with `python -X importtime` and wall clocks (bench/README.md).
"""

from __future__ import annotations

import copy
import importlib.util
import io
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import reportlab
from reportlab.lib.colors import CMYKColor, Color
from reportlab.pdfgen.canvas import Canvas

from ... import cache
from ...diagnostics import Diagnostic, Mark, Severity, failure
from ...layout.document import SvgItem
from ..colour import Palette
from . import Convert, DrawContext, Resources, drawer

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

# renderPDF sets its initial font (`BT /F1 10 Tf 12 TL ET`) although SVG art here has no text
# (svgart.parse_svg refuses <text>): that line draws nothing and its font name is local to
# one file, so it is left out of the operators kept.
_FONT_ONLY = re.compile(r"BT /\S+ \S+ Tf \S+ TL ET")


@dataclass(frozen=True)
class Art:
    """SVG art drawn once: its size as svglib reads it (pt) and renderPDF's operators for it
    at that size, origin at its bottom-left corner; `operators` is None when they name a
    resource (opacity, gradients), and the art is drawn on each page instead."""

    width: float
    height: float
    operators: str | None


def load_svg(path: Path, resources: Resources | None = None) -> Drawing:
    """Parse an SVG safely, then svglib; once per file and Resources. Raises
    DiagnosticsError (`svg.read`, `svg.size`, ...) naming the file for art it cannot use."""
    cache_ = resources.svgs if resources is not None else {}
    if path not in cache_:
        from ...svgart import parse_svg  # lxml: only for art not in the cache
        from ..gradient_fills import GradientRenderer  # svglib's, gradients placed right

        drawing = GradientRenderer(str(path)).render(parse_svg(path))
        size = (drawing.width, drawing.height)
        if not all(math.isfinite(v) and v > 0 for v in size):  # parse_svg checked the header
            raise failure(
                "svg.size",
                f"the SVG has no usable size (it draws {size[0]:g} x {size[1]:g})",
                Mark.file(path),
                'give the <svg> element a width and height above 0, or a viewBox="0 0 W H"',
            )
        cache_[path] = drawing
    return cache_[path]


def gradient_copies(path: Path, root: object) -> list[Diagnostic]:
    """An `svg.gradient-copies` warning for each reflected or repeated gradient of the art
    at `path` (`root`: its parse_svg tree) that would be drawn more than MAX_PERIODS times
    across a shape it fills (render.gradients.Spread), at the gradient's line; none, and
    svglib not run, for art whose gradients are all pad ones."""
    from ...svgart import mark_of, repeats_gradients

    if not repeats_gradients(root):
        return []
    from svglib.svglib import LinearGradientShape, RadialGradientShape

    from ..gradients import MAX_PERIODS, spread_of

    most: dict[object, tuple[float, str]] = {}  # a gradient element: its most copies, method
    nodes: list[object] = [load_svg(path)]
    while nodes:
        node = nodes.pop()
        nodes.extend(getattr(node, "contents", None) or [])
        if isinstance(node, (LinearGradientShape, RadialGradientShape)):
            copies = spread_of(node).capped
            element = getattr(node, "_element", None)
            if copies is not None and copies > most.get(element, (0.0, ""))[0]:
                most[element] = (copies, node._spread)
    found = []
    for element, (copies, method) in most.items():
        name = getattr(element, "get", lambda _: None)("id") or "?"
        found.append(
            Diagnostic(
                "svg.gradient-copies",
                f"the gradient '{name}' (spreadMethod=\"{method}\") would be drawn "
                f"{copies:,.0f} times across a shape it fills; the {MAX_PERIODS:,} copies "
                "nearest its vector are drawn, and its end colours beyond them",
                mark_of(path, element) if element is not None else Mark.file(path),
                (
                    "make the gradient's vector longer (x1 y1 x2 y2; a radial gradient's r), "
                    "move a radial gradient's focus (fx fy) in from its circle's edge, or "
                    "draw the stripes as shapes",
                ),
                Severity.WARNING,
            )
        )
    return found


def _recoloured(col: Color, palette: Palette, convert: Convert) -> Color:
    """`col` for the palette, with its alpha; a new colour, never the converter's own: the
    press-profile converter keeps one per sRGB value, and giving it each use's alpha gave
    every gradient stop of that colour the alpha of the last (render.gradients)."""
    if isinstance(col, CMYKColor):
        return col
    brand = palette.by_rgb((col.red, col.green, col.blue))
    if brand is not None:
        new = palette(brand.name)
    elif palette.cmyk:
        new = copy.copy(convert((col.red, col.green, col.blue)))
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


def recoloured(path: Path, palette: Palette, convert: Convert, resources: Resources) -> Drawing:
    """A copy of the art at its own size, recoloured, its gradient fills at their opacity
    (render.gradients: svglib draws them opaque); the parsed art is left as it is."""
    from reportlab.graphics.shapes import Drawing, Group

    from ..gradients import fade_gradients

    src = load_svg(path, resources)
    drawing = Drawing(src.width, src.height)
    drawing.add(copy.deepcopy(Group(*src.contents)))
    recolour(drawing, palette, convert)
    fade_gradients(drawing)
    return drawing


@contextmanager
def renderer_defaults(cmyk: bool) -> Iterator[None]:
    """renderPDF's initial fill and stroke colour (black) in the file's colour space, for one
    drawing; reportlab keeps them process-wide (reportlab.graphics.shapes.STATE_DEFAULTS)."""
    from reportlab.graphics.shapes import STATE_DEFAULTS

    black = CMYKColor(0, 0, 0, 1) if cmyk else Color(0, 0, 0)
    saved = STATE_DEFAULTS["fillColor"], STATE_DEFAULTS["strokeColor"]
    STATE_DEFAULTS["fillColor"] = STATE_DEFAULTS["strokeColor"] = black
    try:
        yield
    finally:
        STATE_DEFAULTS["fillColor"], STATE_DEFAULTS["strokeColor"] = saved


def _render(drawing: Drawing, canvas: Canvas, cmyk: bool) -> None:
    from reportlab.graphics import renderPDF

    with renderer_defaults(cmyk):
        renderPDF.draw(drawing, canvas, 0, 0)


def capture(path: Path, palette: Palette, convert: Convert, resources: Resources) -> Art:
    """The art drawn by renderPDF on a canvas of its own, as operators (`Art`)."""
    drawing = recoloured(path, palette, convert, resources)
    canvas = Canvas(io.BytesIO(), pagesize=(drawing.width, drawing.height), invariant=1)
    start = len(canvas._code)
    _render(drawing, canvas, palette.cmyk)
    lines = [line for line in canvas._code[start:] if not _FONT_ONLY.fullmatch(line)]
    operators = "\n".join(lines)
    return Art(drawing.width, drawing.height, None if "/" in operators else operators)


def art(path: Path, palette: Palette, convert: Convert, resources: Resources) -> Art:
    """The art of `path` for this palette and press profile: from `resources`, else from the
    user's cache, else captured (`capture`) and kept in both. A converter without a `key`
    (render.colour.ProfileConverter has one), or one whose profile cannot be read, is not
    named in the user's cache: art it recolours is kept in `resources` only."""
    profile: str | None = ""
    if palette.cmyk:
        try:
            profile = getattr(convert, "key", None)
        except OSError:  # the profile cannot be read: converting says so, if it must convert
            profile = None
    memo = (path, palette.key, profile if profile is not None else id(convert))
    found = resources.arts.get(memo)
    if found is None:
        name = _cache_name(path, palette, profile)
        if name is None:
            found = capture(path, palette, convert, resources)
        else:
            found = cache.pickled(name, lambda: capture(path, palette, convert, resources))
        resources.arts[memo] = found
    return found


def _cache_name(path: Path, palette: Palette, profile: str | None) -> str | None:
    """The art's name in the user's cache; None when it has none (a converter without a key,
    code that cannot be read, a file that cannot be read: `capture` then says what is wrong
    with it)."""
    code = _code_versions()
    if profile is None or code is None:
        return None
    try:
        svg = cache.digest(path)
    except OSError:
        return None
    return "svg-" + cache.key("svg-art", svg, palette.key, profile, code)


# The code that turns an SVG file into operators, besides reportlab (its version): this
# module, the safe parse, the palette's recolouring rule, the gradients' opacity and place (ours),
# and svglib with what it reads styles with (their source files, found without importing
# them).
_OURS = (
    "render/items/svg.py",
    "svgart.py",
    "render/colour.py",
    "render/gradients.py",
    "render/gradient_fills.py",
)
_THEIRS = ("svglib", "cssselect2", "tinycss2", "lxml")


@lru_cache(maxsize=1)
def _code_versions() -> str | None:
    """A digest of the code that makes the operators (`_OURS`, every Python file of the
    packages in `_THEIRS`, reportlab's version); None when a file of it cannot be read (a
    package run from a zip file): the art is then not kept in the user's cache."""
    package = Path(__file__).resolve().parents[2]
    try:
        parts = [cache.digest(package / name) for name in _OURS]
        for name in _THEIRS:
            spec = importlib.util.find_spec(name)
            if spec is None or not spec.origin:
                parts.append(f"{name}: none")
                continue
            for source in sorted(Path(spec.origin).parent.glob("*.py")):
                parts.append(f"{name}/{source.name}={cache.digest(source)}")
    except OSError:
        return None
    return cache.key(reportlab.Version, *parts)


@drawer(SvgItem)
def draw_svg(item: SvgItem, ctx: DrawContext) -> None:
    found = art(item.asset, ctx.palette, ctx.convert, ctx.resources)
    x, y, w, h = ctx.box(item.box)
    cover = item.fit == "cover"  # scaled to cover the box, cut off at it
    scale = (max if cover else min)(w / found.width, h / found.height)
    dw, dh = found.width * scale, found.height * scale
    dx = {"start": 0.0, "center": (w - dw) / 2, "end": w - dw}[item.align]
    canvas = ctx.canvas
    canvas.saveState()
    if cover:
        clip = canvas.beginPath()
        clip.rect(x, y, w, h)
        canvas.clipPath(clip, stroke=0, fill=0)
    if item.background:  # an SVG logo's slot background, under the art's box as a raster's
        canvas.setFillColor(ctx.palette(item.background))
        canvas.rect(x + dx, y + (h - dh) / 2, dw, dh, stroke=0, fill=1)
    if item.flipped:  # mirrored left to right inside its own box (SvgSlot.mirror_in_rtl)
        canvas.transform(-scale, 0, 0, scale, x + dx + dw, y + (h - dh) / 2)
    else:
        canvas.transform(scale, 0, 0, scale, x + dx, y + (h - dh) / 2)
    if found.operators is not None:
        canvas.addLiteral(found.operators)
    else:
        drawing = recoloured(item.asset, ctx.palette, ctx.convert, ctx.resources)
        _render(drawing, canvas, ctx.palette.cmyk)
    canvas.restoreState()
