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

Each shading is painted in the space render.gradient_fills gives it: under the matrix from
the gradient's units to its shape's (`placed`), its soft mask's form too.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.shapes import DirectDraw
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFAxialShading,
    PDFDictionary,
    PDFName,
    PDFRadialShading,
    PDFStream,
)
from reportlab.pdfgen.canvas import Canvas, _buildColorFunction, _normalizeColors
from svglib.svglib import _shape_to_pdf_path

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# A linear gradient's axis and ends, (x0, y0, x1, y1); a radial one's focus, centre and
# radius, (fx, fy, cx, cy, r)
Geometry = tuple[float, ...]


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
        canvas.saveState()
        if alpha < 1.0:
            canvas.setFillAlpha(alpha)
        canvas.clipPath(clip, stroke=0, fill=0, fillMode=getattr(shape, "fillMode", None))
        if self._matrix != IDENTITY:
            canvas.transform(*self._matrix)
        if not uniform:
            _soft_mask(canvas, self._inner, self._geometry, box, stops)
        colours = self._inner._rl_colors
        space, values = _normalizeColors(colours)
        function = _buildColorFunction(values, self._inner._positions)
        canvas.shade(_shading(self._geometry, function, space, self._inner._extend))
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


def _shading(geometry: Geometry, function: Any, space: str, extend: bool) -> Any:
    """A PDF shading of `geometry` (Geometry) through the colour `function`."""
    ends = "[true true]" if extend else "[false false]"
    if len(geometry) == 4:
        return PDFAxialShading(*geometry, Function=function, ColorSpace=space, Extend=ends)
    fx, fy, cx, cy, r = geometry
    return PDFRadialShading(
        fx, fy, 0.0, cx, cy, r, Function=function, ColorSpace=space, Extend=ends
    )


def _soft_mask(
    canvas: Canvas,
    inner: Any,
    geometry: Geometry,
    box: tuple[float, float, float, float],
    alphas: list[float],
) -> None:
    """Set a luminosity soft mask whose grey follows `inner`'s shading with `alphas` in place
    of its colours: same geometry, stop positions and extension, in the current user space
    (the soft mask's form is drawn in the space current when `gs` sets it), over `box`."""
    doc = canvas._doc
    grey = _buildColorFunction([[a] for a in alphas], inner._positions)
    shading = _shading(geometry, grey, "DeviceGray", inner._extend)
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
