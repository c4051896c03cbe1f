"""The transparency of SVG art's gradient fills, which svglib leaves out.

svglib draws a shape filled with a gradient (`fill="url(#g)"`) as a clip to the shape and a
PDF shading (`sh`) of the stops' colours (its LinearGradientShape, RadialGradientShape), and
drops every alpha on the way: the shape's `fill-opacity` (into which svgart folds `opacity`,
its own and its groups'), and each stop's `stop-opacity`. Art faded in Inkscape or
Illustrator printed its gradients fully opaque, where a solid fill at the same opacity was
blended (a designer's trial).

`fade_gradients` wraps each such shading in a `FadedGradient`, which paints it as svglib does
under the alpha it lost:

- the same alpha at every stop (the common case: `opacity`, `fill-opacity`, one
  `stop-opacity`) is the fill alpha constant, an ExtGState `/ca` (ISO 32000-1, 11.6.4.4: the
  nonstroking alpha applies to a shading painted with `sh` too), as renderPDF writes it for a
  solid fill at the same opacity;
- stops of different opacities add a luminosity soft mask (ISO 32000-1, 11.6.5.2): an
  ExtGState `/SMask` whose group (`/CS /DeviceGray`) paints the same shading's geometry in
  grey levels equal to the stops' opacities, so the alpha follows the gradient.

PDF/X-4 (ISO 15930-7) allows both; the print file stays CMYK (a soft mask's grey levels are
not a colour that prints, and the preflight's colour check counts DeviceGray as allowed), and
render.postprocess gives a page with either a CMYK page group. The PNG preview is drawn by
PDFium from the screen PDF, which holds the same operators.

A gradient that `spreadMethod` reflects or repeats is one shading over its whole shape
(`spread_over`), its function the stops' function once per copy (a stitching function);
its soft mask's shading is the same. Its stops are the press profile's CMYK as a pad
gradient's (render.items.svg.recolour), so the print file stays CMYK. PDFium samples a
shading's function at 256 points across its domain: n copies show 256 / n steps each in
the PNG (docs/limits.md).

Each shading is painted in the space render.gradient_fills gives it: under the matrix from
the gradient's units to its shape's (`placed`), its soft mask's form too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import DirectDraw
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFAxialShading,
    PDFDictionary,
    PDFName,
    PDFRadialShading,
    PDFStitchingFunction,
    PDFStream,
)
from reportlab.pdfgen.canvas import Canvas, _buildColorFunction, _normalizeColors
from svglib.svglib import _shape_to_pdf_path

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# A linear gradient's axis and ends, (x0, y0, x1, y1); a radial one's focus, centre and
# radius, (fx, fy, cx, cy, r)
Geometry = tuple[float, ...]
# The most copies of a repeated or reflected gradient drawn across its shape (Spread)
MAX_PERIODS = 1000


class FadedGradient(DirectDraw):  # type: ignore[misc]
    """svglib's gradient shape `inner` painted at `alpha` (0-1, the fill opacity of the shape
    it fills) times its stops' opacities (their colours' alpha, kept by items.svg.recolour),
    in the space render.gradient_fills gave it (`_matrix`, `_focus`: the shading under that
    matrix, or in the shape's own space where the matrix can be folded into its coordinates).
    The shape clips the shading and is not filled: svglib's own clip (`W* f*`) also filled
    it in the current colour (black), unseen under an opaque shading, which showed through
    a translucent one."""

    def __init__(self, inner: Any, alpha: float) -> None:
        self._inner = inner
        self._alpha = alpha
        self._matrix, self._geometry = placed(inner)

    def drawDirectly(self, renderer: Any) -> None:  # noqa: N802 (reportlab's name)
        canvas: Canvas = renderer._canvas
        stops = [float(getattr(c, "alpha", 1.0)) for c in self._inner._rl_colors]
        uniform = max(stops) - min(stops) < 1e-6
        alpha = self._alpha * (stops[0] if uniform else 1.0)
        shape = self._inner._clip_shape
        clip = _shape_to_pdf_path(canvas, shape)
        box = _inverse_box(self._matrix, self._inner.getBounds())
        if clip is None or box is None:
            return
        spread = spread_over(self._inner, self._geometry, box)
        canvas.saveState()
        if alpha < 1.0:
            canvas.setFillAlpha(alpha)
        canvas.clipPath(clip, stroke=0, fill=0, fillMode=getattr(shape, "fillMode", None))
        if self._matrix != IDENTITY:
            canvas.transform(*self._matrix)
        if not uniform:
            _soft_mask(canvas, self._inner, spread, box, stops)
        colours = self._inner._rl_colors
        space, values = _normalizeColors(colours)
        function = _buildColorFunction(values, self._inner._positions)
        canvas.shade(_shading(spread, function, space))
        canvas.restoreState()

    def getBounds(self) -> tuple[float, float, float, float]:  # noqa: N802 (reportlab's)
        return self._inner.getBounds()  # type: ignore[no-any-return]


def fade_gradients(node: Any) -> None:
    """Each svglib gradient shape in the drawing `node` wrapped in a FadedGradient at the
    fill opacity of the shape it fills."""
    from svglib.svglib import LinearGradientShape, RadialGradientShape

    contents = getattr(node, "contents", None) or []
    for i, child in enumerate(contents):
        if isinstance(child, (LinearGradientShape, RadialGradientShape)):
            opacity = getattr(child._clip_shape, "fillOpacity", None)
            alpha = 1.0 if opacity is None else max(0.0, min(1.0, float(opacity)))
            contents[i] = FadedGradient(child, alpha)
        else:
            fade_gradients(child)


def placed(inner: Any) -> tuple[Matrix, Geometry]:
    """The matrix to paint `inner`'s shading under and its geometry there: its own matrix
    folded into its coordinates when the shading is the same that way (a linear gradient
    whose matrix keeps its stripes square to its axis; a radial one under a matrix that
    keeps circles round), so that most art is the plain shading it was."""
    from svglib.svglib import LinearGradientShape

    m: Matrix = getattr(inner, "_matrix", IDENTITY)
    a, b, c, d, e, f = m
    if isinstance(inner, LinearGradientShape):
        x0, y0, x1, y1 = inner._x0, inner._y0, inner._x1, inner._y1
        vx, vy = x1 - x0, y1 - y0
        axis = (a * vx + c * vy, b * vx + d * vy)
        across = (a * -vy + c * vx, b * -vy + d * vx)
        dot = axis[0] * across[0] + axis[1] * across[1]
        if abs(dot) <= 1e-9 * math.hypot(*axis) * math.hypot(*across):
            (p, q), (r, s) = _apply(m, x0, y0), _apply(m, x1, y1)
            return IDENTITY, (p, q, r, s)
        return m, (x0, y0, x1, y1)
    cx, cy, r = inner._cx, inner._cy, inner._r
    fx, fy = _inside(getattr(inner, "_focus", None) or (cx, cy), cx, cy, r)
    scale = math.hypot(a, b)
    turned = abs(a - d) <= 1e-9 * scale and abs(b + c) <= 1e-9 * scale
    mirrored = abs(a + d) <= 1e-9 * scale and abs(b - c) <= 1e-9 * scale
    if scale > 0 and (turned or mirrored):
        (p, q), (u, v) = _apply(m, fx, fy), _apply(m, cx, cy)
        return IDENTITY, (p, q, u, v, r * scale)
    return m, (fx, fy, cx, cy, r)


def spread_of(inner: Any) -> Spread:
    """svglib's gradient shape `inner` as FadedGradient paints it (`spread_over`)."""
    matrix, geometry = placed(inner)
    return spread_over(inner, geometry, _inverse_box(matrix, inner.getBounds()))


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _inside(focus: tuple[float, float], cx: float, cy: float, r: float) -> tuple[float, float]:
    """The focus of a radial gradient, moved onto its circle when outside it (SVG 1.1,
    13.2.3: a PDF shading whose first circle lies outside the last paints a cone)."""
    fx, fy = focus
    far = math.hypot(fx - cx, fy - cy)
    if far <= r * 0.999:
        return fx, fy
    return cx + (fx - cx) * r * 0.999 / far, cy + (fy - cy) * r * 0.999 / far


def _inverse_box(
    m: Matrix, bounds: tuple[float, float, float, float]
) -> tuple[float, float, float, float] | None:
    """The box, in the space under the matrix `m`, that holds `bounds` (the shape's space);
    None for a matrix that flattens everything to a line (nothing is painted)."""
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    x0, y0, x1, y1 = bounds
    xs, ys = [], []
    for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
        x, y = x - e, y - f
        xs.append((d * x - c * y) / det)
        ys.append((a * y - b * x) / det)
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class Spread:
    """How a shading covers its shape: its geometry, and where the gradient repeats
    (`spreadMethod` reflect or repeat) the gradient's parameter at its two ends (`domain`:
    0 to 1 is the gradient's vector, or its circle) and whether every other copy is
    reversed; `capped` is how many copies the shape would need where that is more than
    MAX_PERIODS (the copies nearest the vector are drawn, and the shading's end colours
    beyond)."""

    geometry: Geometry
    extend: bool
    domain: tuple[float, float] | None = None
    reflect: bool = False
    capped: float | None = None


def spread_over(
    inner: Any, geometry: Geometry, box: tuple[float, float, float, float] | None
) -> Spread:
    """`inner`'s shading of `geometry` over `box` (its shape's box in the same space).

    A pad gradient is the shading as it was, its end colours extended. A repeated or
    reflected one (SVG 1.1, 13.2.2-3: `spreadMethod`) is one shading whose geometry reaches
    the box's far corners and whose function is the stops' function again for each whole
    step of the gradient's parameter t, reversed at every odd step for reflect
    (`_repeated`): a linear gradient's t at a point is its projection on the vector; a
    radial one's the circle through it, of the circles from the focus (t 0, radius 0) to
    the gradient's circle (t 1) and on, whose centres and radii grow with t. The focus lies
    inside the circle (`_inside`), so those circles nest and every point of the box lies
    within the circle of the largest t at its corners. A gradient of no length or radius is
    drawn as a pad one."""
    method = getattr(inner, "_spread", "pad")
    if method == "pad" or box is None:
        return Spread(geometry, bool(inner._extend) or method != "pad")
    corners = [(x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    capped = None
    ends: Geometry
    if len(geometry) == 4:
        x0, y0, x1, y1 = geometry
        vx, vy = x1 - x0, y1 - y0
        length = vx * vx + vy * vy
        if length <= 0:
            return Spread(geometry, True)
        ts = [((x - x0) * vx + (y - y0) * vy) / length for x, y in corners]
        low, high = _snapped(min(ts), max(ts))
        if high - low > MAX_PERIODS:  # the copies about the vector itself
            capped = high - low
            low = min(max(low, math.floor(0.5 - MAX_PERIODS / 2)), high - MAX_PERIODS)
            high = low + MAX_PERIODS
        ends = (x0 + low * vx, y0 + low * vy, x0 + high * vx, y0 + high * vy)
    else:
        fx, fy, cx, cy, r = geometry
        ex, ey = cx - fx, cy - fy
        room = r * r - ex * ex - ey * ey  # above 0: the focus inside the circle
        if r <= 0 or room <= 0:
            return Spread(geometry, True)
        ts = []
        for x, y in corners:  # |p - f - t e| = t r, for t >= 0
            dx, dy = x - fx, y - fy
            along = dx * ex + dy * ey
            ts.append((math.sqrt(along * along + room * (dx * dx + dy * dy)) - along) / room)
        low, high = 0.0, _snapped(0.0, max(ts))[1]
        if high > MAX_PERIODS:
            capped, high = high, float(MAX_PERIODS)
        ends = (fx, fy, fx + high * ex, fy + high * ey, high * r)
    return Spread(ends, True, (low, high), method == "reflect", capped)


def _snapped(low: float, high: float) -> tuple[float, float]:
    """`low` and `high` moved out to hundredths (reportlab writes numbers to a few
    decimals: a domain's end then never falls on or past a whole step inside it)."""
    low, high = math.floor(low * 100) / 100, math.ceil(high * 100) / 100
    return low, max(high, low + 0.01)


def _repeated(function: Any, low: float, high: float, reflect: bool) -> Any:
    """A PDF stitching function (ISO 32000-1, 7.10.4: FunctionType 3) over `low` to `high`
    that is `function` (of 0 to 1) on each whole step from k to k + 1, cut at the ends;
    reversed on the odd steps (k = -1, 1, 3...) when `reflect`. Each step refers to the same
    function object."""
    pieces, bounds, encode = [], [], []
    k = math.floor(low)
    while k < high:
        a, b = max(low, k) - k, min(high, k + 1) - k
        if reflect and k % 2:
            a, b = 1 - a, 1 - b
        pieces.append(function)
        encode += [round(a, 4), round(b, 4)]
        k += 1
        if k < high:
            bounds.append(k)
    return PDFStitchingFunction(pieces, bounds, encode, Domain=PDFArray([low, high]))


def _shading(spread: Spread, function: Any, space: str) -> Any:
    """A PDF shading of `spread` through the colour `function` (of the gradient's offsets,
    0 to 1)."""
    ends = "[true true]" if spread.extend else "[false false]"
    more: dict[str, Any] = {}
    if spread.domain is not None:
        function = _repeated(function, *spread.domain, spread.reflect)
        more["Domain"] = PDFArray(list(spread.domain))
    if len(spread.geometry) == 4:
        return PDFAxialShading(
            *spread.geometry, Function=function, ColorSpace=space, Extend=ends, **more
        )
    fx, fy, cx, cy, r = spread.geometry
    return PDFRadialShading(
        fx, fy, 0.0, cx, cy, r, Function=function, ColorSpace=space, Extend=ends, **more
    )


def _soft_mask(
    canvas: Canvas,
    inner: Any,
    spread: Spread,
    box: tuple[float, float, float, float],
    alphas: list[float],
) -> None:
    """Set a luminosity soft mask whose grey follows `inner`'s shading with `alphas` in place
    of its colours: same geometry, stop positions, extension and copies (`spread`), in the
    current user space (the soft mask's form is drawn in the space current when `gs` sets
    it), over `box`."""
    doc = canvas._doc
    grey = _buildColorFunction([[a] for a in alphas], inner._positions)
    shading = _shading(spread, grey, "DeviceGray")
    group = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("XObject"),
                "Subtype": PDFName("Form"),
                "BBox": PDFArray(list(box)),
                "Group": PDFDictionary(
                    {
                        "S": PDFName("Transparency"),
                        "CS": PDFName("DeviceGray"),
                    }
                ),
                "Resources": PDFDictionary(
                    {"Shading": PDFDictionary({"Sh0": doc.Reference(shading)})}
                ),
            }
        ),
        "/Sh0 sh",
    )
    mask = PDFDictionary(
        {"Type": PDFName("Mask"), "S": PDFName("Luminosity"), "G": doc.Reference(group)}
    )
    states = canvas._extgstate  # reportlab names its states gRLs0, gRLs1...; one more here
    name = f"gRLs{len(states._c)}"
    states._c[("SMask", mask)] = name
    doc.ensureMinPdfVersion("transparency")
    canvas._code.append(f"/{name} gs")
