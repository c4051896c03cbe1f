"""Draw `shape` items: rectangles (optionally rounded), circles and windows."""

from __future__ import annotations

from reportlab.pdfgen.canvas import FILL_EVEN_ODD

from ...layout.document import ShapeItem
from . import DrawContext, drawer


@drawer(ShapeItem)
def draw_shape(item: ShapeItem, ctx: DrawContext) -> None:
    canvas, palette = ctx.canvas, ctx.palette
    x, y, w, h = ctx.box(item.box)
    fill, stroke = item.fill is not None, item.stroke is not None and item.stroke_width > 0
    if fill:
        canvas.setFillColor(palette(item.fill))  # type: ignore[arg-type]
    if stroke:
        canvas.setStrokeColor(palette(item.stroke))  # type: ignore[arg-type]
        canvas.setLineWidth(item.stroke_width)
    if item.shape == "window":  # the box but a rounded rectangle: even-odd fill
        path = canvas.beginPath()
        path.rect(x, y, w, h)
        path.roundRect(x, y, w, h, min(item.radius, w / 2, h / 2))
        canvas.drawPath(path, stroke=0, fill=int(fill), fillMode=FILL_EVEN_ODD)
    elif item.shape == "circle":
        canvas.circle(x + w / 2, y + h / 2, min(w, h) / 2, stroke=int(stroke), fill=int(fill))
    elif item.radius > 0:
        canvas.roundRect(x, y, w, h, item.radius, stroke=int(stroke), fill=int(fill))
    else:
        canvas.rect(x, y, w, h, stroke=int(stroke), fill=int(fill))
