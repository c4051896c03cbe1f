"""Draw `hearts` items: the fact as data, filled hearts first in reading order."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ...layout.document import HeartsItem
from . import DrawContext, drawer

# A heart in a unit square, y up: the bottom tip, then clockwise over both lobes.
HEART = [
    ((0.5, 0.0),),
    ((0.34, 0.16), (0.0, 0.36), (0.0, 0.66)),
    ((0.0, 0.88), (0.14, 1.0), (0.28, 1.0)),
    ((0.40, 1.0), (0.47, 0.94), (0.5, 0.84)),
    ((0.53, 0.94), (0.60, 1.0), (0.72, 1.0)),
    ((0.86, 1.0), (1.0, 0.88), (1.0, 0.66)),
    ((1.0, 0.36), (0.66, 0.16), (0.5, 0.0)),
]
HEART_RATIO = 0.9  # height / width
GAP_RATIO = 0.18  # gap between hearts / heart width


def heart_path(canvas: Canvas, x: float, y: float, w: float) -> object:
    """A heart path with its bottom-left corner at (x, y) (PDF coordinates), width w."""
    h = w * HEART_RATIO
    p = canvas.beginPath()
    p.moveTo(x + HEART[0][0][0] * w, y + HEART[0][0][1] * h)
    for seg in HEART[1:]:
        pts = [c for pt in seg for c in (x + pt[0] * w, y + pt[1] * h)]
        p.curveTo(*pts)
    p.close()
    return p


@drawer(HeartsItem)
def draw_hearts(item: HeartsItem, ctx: DrawContext) -> None:
    canvas, palette = ctx.canvas, ctx.palette
    x, y, w, h = ctx.box(item.box)
    size = min(w / (item.count + (item.count - 1) * GAP_RATIO), h / HEART_RATIO)
    total = item.count * size + (item.count - 1) * GAP_RATIO * size
    x0 = x + (w - total) / 2
    y0 = y + (h - size * HEART_RATIO) / 2
    inset = item.outline_width / 2
    for i in range(item.count):
        filled = (item.count - 1 - i if item.rtl else i) < item.filled
        hx = x0 + i * size * (1 + GAP_RATIO)
        canvas.setLineWidth(item.outline_width)
        canvas.setLineJoin(1)
        if filled:
            canvas.setFillColor(palette(item.fill))
            canvas.drawPath(heart_path(canvas, hx, y0, size), stroke=0, fill=1)
        else:
            canvas.setStrokeColor(palette(item.outline))
            path = heart_path(canvas, hx + inset, y0 + inset * 1.2, size - 2 * inset)
            canvas.drawPath(path, stroke=1, fill=0)
