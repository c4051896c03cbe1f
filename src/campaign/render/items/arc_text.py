"""Draw `arc-text` items: each glyph upright on a circle; along the bottom reading left to
right with tops towards the centre, along the top with tops outwards."""

from __future__ import annotations

import math
from dataclasses import replace

from ...layout.document import ArcTextItem
from ..glyphs import draw_run
from ..tagging import begin_span, end
from . import DrawContext, drawer


@drawer(ArcTextItem)
def draw_arc_text(item: ArcTextItem, ctx: DrawContext) -> None:
    canvas = ctx.canvas
    canvas.setFillColor(ctx.palette(item.colour))
    cx, cy = ctx.ox + item.cx, ctx.top - item.cy
    total = item.line.width
    runs = item.line.runs
    # each glyph is drawn on its own, turned and placed on the circle: the words as
    # ActualText, in print too (readers order the glyphs by where they are: poppler read a
    # print badge's rim as "#e", "nd", "HT"... once its "ffi" no longer asked for a span,
    # glyphs.logical); not for right-to-left words, which PDFium would reverse
    # (render.pdf.logical_text)
    span = bool(runs) and not any(r.rtl for r in runs)
    if span:
        begin_span(canvas, item.line.actual_text())
    for run in runs:
        x = run.x
        for g in run.glyphs:
            adv = g.x_advance / run.face.upem * item.size
            theta = (x + adv / 2 - total / 2) / item.radius  # arc from the text's middle
            if item.side == "bottom":
                ang = -math.pi / 2 + theta
                rot = math.degrees(ang) + 90
            else:
                ang = math.pi / 2 - theta
                rot = math.degrees(ang) - 90
            px, py = cx + item.radius * math.cos(ang), cy + item.radius * math.sin(ang)
            canvas.saveState()
            canvas.translate(px, py)
            canvas.rotate(rot)
            single = replace(run, x=0.0, glyphs=(g,), width=adv)
            draw_run(canvas, single, -adv / 2, 0, item.size)
            canvas.restoreState()
            x += adv
    if span:
        end(canvas)
