"""Draw `text` items: shaped lines as positioned glyphs; small 100 K text overprints in print;
in tagged PDFs each left-to-right line carries its words as ActualText, in print PDFs each one
whose glyphs would read otherwise (a pre-base vowel, a conjunct)."""

from __future__ import annotations

from ...layout.document import TextItem
from ..glyphs import draw_run, needs_actual_text
from ..tagging import begin_span, end
from . import DrawContext, drawer

OVERPRINT_MAX_PT = 12.0  # black text up to this size overprints (no white gaps on misregister)


@drawer(TextItem)
def draw_text(item: TextItem, ctx: DrawContext) -> None:
    canvas, palette = ctx.canvas, ctx.palette
    canvas.setFillColor(palette(item.colour))
    size = item.text.size
    overprint = palette.cmyk and palette.is_black(item.colour) and size <= OVERPRINT_MAX_PT
    if overprint:
        canvas.saveState()
        canvas.setFillOverprint(True)
        canvas.setOverprintMask(True)
    left = ctx.ox + item.box.x
    y_top = ctx.top - item.box.y - item.top
    for line in item.text.lines:
        base = y_top - line.baseline
        # right-to-left lines extract correctly from their glyphs already (viewers reorder
        # them), and PDFium would reverse an ActualText: spans only for left-to-right lines,
        # in an untagged (print) PDF only where the glyphs would read as other text
        span = bool(line.runs) and not any(r.rtl for r in line.runs)
        if span:
            actual = line.actual_text()
            span = ctx.target.tagged or needs_actual_text(line.runs, actual)
        if span:
            begin_span(canvas, actual)
        for run in line.runs:
            draw_run(canvas, run, left + line.x + run.x, base, size)
        if span:
            end(canvas)
    if overprint:
        canvas.restoreState()
