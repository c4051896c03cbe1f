"""Draw `arc-text` items: each glyph upright on a circle; along the bottom reading left to
right with tops towards the centre, along the top with tops outwards."""

from __future__ import annotations

import math
from dataclasses import replace

from reportlab.pdfgen.canvas import Canvas

from ...layout.document import ArcTextItem, spoken_words
from ...text.paragraph import Run
from ..glyphs import draw_run, raised_marks, spelled_marks
from ..tagging import begin_span, end
from . import DrawContext, drawer
from .text import line_parts


@drawer(ArcTextItem)
def draw_arc_text(item: ArcTextItem, ctx: DrawContext) -> None:
    """The rim's glyphs on their circle. Each glyph is drawn on its own, turned and placed:
    the words as ActualText, in print too (readers order the glyphs by where they are:
    poppler read a print badge's rim as "#e", "nd", "HT"... once its "ffi" no longer asked
    for a span, glyphs.logical); not for right-to-left words, which PDFium would reverse
    (render.pdf.logical_text). In the digital PDF, words in a language of their own (a Latin
    name in an Arabic rim: `ctx.parts`, render.pdf._parts) are each a marked-content
    sequence of their own, as a text line's are (items.text._draw_parts)."""
    ctx.canvas.setFillColor(ctx.palette(item.colour))
    line = item.line
    ltr = bool(line.runs) and not any(r.rtl for r in line.runs)
    centre = (ctx.ox + item.cx, ctx.top - item.cy)
    parts = ctx.parts
    each = parts.of.get(line.paragraph) if parts is not None else None
    if parts is None or not each:
        if ltr:  # the digital PDF's as written where the style sets capitals (spoken_words)
            tagged = ctx.target.tagged
            said = spoken_words(item, line, line.start, line.end) if tagged else None
            begin_span(ctx.canvas, said or line.actual_text())
        _draw_glyphs(item, ctx.canvas, centre, list(line.runs), ctx.ltr_page)
        if ltr:
            end(ctx.canvas)
        return
    for k, runs in line_parts(line, each, item.size):
        parts.switch(ctx.canvas, line.paragraph, k)
        if any(r.rtl for r in runs):
            parts.rtl.add((line.paragraph, k))
        if ltr:
            a, b = min(r.start for r in runs), max(r.end for r in runs)
            begin_span(ctx.canvas, spoken_words(item, line, a, b))
        _draw_glyphs(item, ctx.canvas, centre, runs, ctx.ltr_page)
        if ltr:
            end(ctx.canvas)


def _draw_glyphs(
    item: ArcTextItem,
    canvas: Canvas,
    centre: tuple[float, float],
    runs: list[Run],
    ltr_page: bool = False,
) -> None:
    """`runs` of the arc's line (or pieces of them, each at its place on the line), each
    glyph turned and placed on the circle around `centre` (on the page, pt). A letter drawn
    alone reads with the marks of its run that sit on it (glyphs.spelled_marks: Thaana's
    fili, drawn alone as outlines; a Dhivehi rim copied as "#ދިވހ ރއޖ" without them)."""
    total = item.line.width
    cx, cy = centre
    for run in runs:
        x = run.x
        marks = raised_marks(run)
        carried = dict(spelled_marks(run, marks, ltr_page)) if marks else {}
        letter = 0  # the glyph's index among the run's glyphs not in `marks`
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
            own = ((0, carried[letter]),) if g not in marks and letter in carried else ()
            draw_run(canvas, single, -adv / 2, 0, item.size, carried=own)
            canvas.restoreState()
            x += adv
            letter += g not in marks
