"""Draw `text` items: shaped lines as positioned glyphs; small 100 K text overprints in print;
in tagged PDFs each left-to-right line carries its words as ActualText, in print PDFs each one
whose glyphs would read otherwise (a pre-base vowel, a conjunct)."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ...iri import printed_target
from ...layout.document import TextItem
from ...text.paragraph import Line
from ...text.scripts import link_spans
from ..glyphs import draw_run, needs_actual_text
from ..tagging import begin_paragraph, begin_span, end
from . import DrawContext, LinkWords, drawer

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
    apart = ctx.target.tagged and ctx.paragraph_mcid is not None
    for line in item.text.lines:
        if apart and line.paragraph not in ctx.paragraphs:  # a paragraph's P begins
            if ctx.paragraphs:
                end(canvas)
            assert ctx.paragraph_mcid is not None
            begin_paragraph(canvas, ctx.paragraph_mcid + len(ctx.paragraphs))
            ctx.paragraphs.append(line.paragraph)
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
        if ctx.target.tagged:  # the digital PDF: the line's addresses open what they say
            for x0, x1, url in line_links(line, size):
                rect = (
                    left + line.x + x0,
                    base - line.descent,
                    left + line.x + x1,
                    base + line.ascent,
                )
                canvas.linkURL(url, rect, relative=0, thickness=0)
                ctx.link_words[len(ctx.links)] = link_words(line, url)
                ctx.links.append(url)
    if apart and ctx.paragraphs:
        end(canvas)
    if overprint:
        canvas.restoreState()


def line_links(line: Line, size: float) -> list[tuple[float, float, str]]:
    """The web and e-mail addresses and phone numbers a line sets (text.scripts.link_spans of
    its paragraph, iri.printed_target), each as (left, right, URI): the extent of its glyphs
    on the line, pt from the line's left edge, at `size` pt. An address broken over two
    lines is a link on each, to the whole address. Hashtags and mentions open nothing."""
    if not line.runs:
        return []
    source = line.runs[0].source
    found = []
    for (a, b), url in _targets(source).items():
        lo, hi = math.inf, -math.inf
        for run in line.runs:
            if run.end <= a or run.start >= b:
                continue
            x = run.x
            scale = size / run.face.upem
            for g in run.glyphs:
                step = g.x_advance * scale
                if a <= g.cluster < b:
                    lo, hi = min(lo, x), max(hi, x + step)
                x += step
        if hi > lo:
            found.append((lo, hi, url))
    return found


def link_words(line: Line, url: str) -> LinkWords:
    """The words of the link to `url` on `line` as the paragraph prints them (the whole
    address, on each line of one broken over two), and whether they are all its paragraph
    says, but for white space and a closing full stop."""
    source = line.runs[0].source
    spans = [
        (a, b)
        for (a, b), target in _targets(source).items()
        if target == url and a < line.end and b > line.start
    ]
    a, b = spans[0] if spans else (0, 0)
    whole = not source[:a].strip() and not source[b:].strip(" \n.")
    return LinkWords(source[a:b] or url, line.paragraph, whole)


@lru_cache(maxsize=256)
def source_targets(source: str) -> dict[tuple[int, int], str]:
    """Each link span of a paragraph and the URI it opens (those that open one)."""
    out = {}
    for a, b in link_spans(source):
        target = printed_target(source[a:b])
        if target is not None:
            out[(a, b)] = target
    return out


def _targets(source: str) -> dict[tuple[int, int], str]:
    return source_targets(source) if _MAY_LINK.search(source) else {}


# a paragraph with none of these holds no address, e-mail or phone number (link_spans's
# branches: a phone number written in pairs, 01 23 45 67 89, has digits only)
_MAY_LINK = re.compile(r"[./@+\d]")
