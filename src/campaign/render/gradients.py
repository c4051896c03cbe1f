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
"""

from __future__ import annotations

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
from reportlab.pdfgen.canvas import Canvas, _buildColorFunction
from svglib.svglib import _shape_to_pdf_path


class FadedGradient(DirectDraw):  # type: ignore[misc]
    """svglib's gradient shape `inner` painted at `alpha` (0-1, the fill opacity of the shape
    it fills) times its stops' opacities (their colours' alpha, kept by items.svg.recolour).
    The shape clips the shading and is not filled: svglib's own clip (`W* f*`) also filled
    it in the current colour (black), unseen under an opaque shading, which showed through
    a translucent one."""

    def __init__(self, inner: Any, alpha: float) -> None:
        self._inner = inner
        self._alpha = alpha

    def drawDirectly(self, renderer: Any) -> None:  # noqa: N802 (reportlab's name)
        canvas: Canvas = renderer._canvas
        stops = [float(getattr(c, "alpha", 1.0)) for c in self._inner._rl_colors]
        uniform = max(stops) - min(stops) < 1e-6
        alpha = self._alpha * (stops[0] if uniform else 1.0)
        clip = _shape_to_pdf_path(canvas, self._inner._clip_shape)
        if clip is None:
            return
        canvas.saveState()
        if alpha < 1.0:
            canvas.setFillAlpha(alpha)
        if not uniform:
            _soft_mask(canvas, self._inner, stops)
        canvas.clipPath(clip, stroke=0, fill=0)
        _shade(canvas, self._inner)
        canvas.restoreState()

    def getBounds(self) -> tuple[float, float, float, float]:  # noqa: N802 (reportlab's)
        return self._inner.getBounds()  # type: ignore[no-any-return]


def fade_gradients(node: Any) -> None:
    """Each svglib gradient shape in the drawing `node` wrapped in a FadedGradient at the
    fill opacity of the shape it fills (svglib groups the two: [gradient, shape])."""
    from svglib.svglib import LinearGradientShape, RadialGradientShape

    contents = getattr(node, "contents", None) or []
    for i, child in enumerate(contents):
        if isinstance(child, (LinearGradientShape, RadialGradientShape)):
            opacity = getattr(child._clip_shape, "fillOpacity", None)
            alpha = 1.0 if opacity is None else max(0.0, min(1.0, float(opacity)))
            contents[i] = FadedGradient(child, alpha)
        else:
            fade_gradients(child)


def _shade(canvas: Canvas, inner: Any) -> None:
    """`inner`'s shading, as svglib paints it."""
    from svglib.svglib import LinearGradientShape

    colours, positions, extend = inner._rl_colors, inner._positions, inner._extend
    if isinstance(inner, LinearGradientShape):
        x0, y0, x1, y1 = inner._x0, inner._y0, inner._x1, inner._y1
        canvas.linearGradient(x0, y0, x1, y1, colours, positions, extend)
    else:
        canvas.radialGradient(inner._cx, inner._cy, inner._r, colours, positions, extend)


def _soft_mask(canvas: Canvas, inner: Any, alphas: list[float]) -> None:
    """Set a luminosity soft mask whose grey follows `inner`'s shading with `alphas` in place
    of its colours: same geometry, stop positions and extension, in the current user space
    (the soft mask's form is drawn in the space current when `gs` sets it)."""
    from svglib.svglib import LinearGradientShape

    doc = canvas._doc
    grey = _buildColorFunction([[a] for a in alphas], inner._positions)
    extend = "[true true]" if inner._extend else "[false false]"
    if isinstance(inner, LinearGradientShape):
        shading: Any = PDFAxialShading(
            inner._x0, inner._y0, inner._x1, inner._y1,
            Function=grey, ColorSpace="DeviceGray", Extend=extend,
        )  # fmt: skip
    else:
        x, y, r = inner._cx, inner._cy, inner._r
        shading = PDFRadialShading(
            x, y, 0.0, x, y, r, Function=grey, ColorSpace="DeviceGray", Extend=extend
        )
    x0, y0, x1, y1 = inner.getBounds()
    group = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("XObject"),
                "Subtype": PDFName("Form"),
                "BBox": PDFArray([x0, y0, x1, y1]),
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
