"""Draw `text` items: shaped lines as positioned glyphs; small 100 K text overprints in print;
in tagged PDFs each left-to-right line carries its words as ActualText (as the string writes
them where the style sets capitals: layout.document.spoken_words), in print PDFs each one
whose glyphs would read otherwise (a pre-base vowel, a conjunct)."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from ...iri import printed_target, target_spans
from ...layout.document import Dials, TextItem, spoken_words
from ...text.paragraph import Line, Run, line_breaks
from ...text.shape import Glyph
from ..glyphs import draw_run, needs_actual_text
from ..tagging import Part, Parts, begin_paragraph, begin_span, end
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
    parts = ctx.parts if ctx.target.tagged else None
    # each line's ActualText ends with the space its break took, so the spans read as words
    gaps = line_breaks(item.text.lines)
    for line, gap in zip(item.text.lines, gaps, strict=True):
        if apart and line.paragraph not in ctx.paragraphs:  # a paragraph's P begins
            if ctx.paragraphs:
                end(canvas)
            assert ctx.paragraph_mcid is not None
            mcid = ctx.paragraph_mcid + len(ctx.paragraphs)
            begin_paragraph(canvas, mcid)
            if parts is not None:
                parts.opened(mcid)
            ctx.paragraphs.append(line.paragraph)
        base = y_top - line.baseline
        each = parts.of.get(line.paragraph) if parts is not None else None
        if parts is not None and each:  # words in a language of their own: a Span each
            _draw_parts(
                canvas, item, line, each, parts, left + line.x, base, size, gap, ctx.ltr_page
            )
        else:
            said = spoken_words(item, line, line.start, line.end) if ctx.target.tagged else None
            _draw_line(canvas, line, said, left + line.x, base, size, gap, ctx.ltr_page)
        if ctx.target.tagged:
            _draw_links(line, ctx, left, base, size, item.dials)
    if apart and ctx.paragraphs:
        end(canvas)
    if overprint:
        canvas.restoreState()


def _draw_line(
    canvas: Canvas,
    line: Line,
    said: str | None,
    x: float,
    base: float,
    size: float,
    gap: str = "",
    ltr_page: bool = False,
) -> None:
    """A line's runs from `x`, the left edge of the line; in an ActualText span where
    `needs_actual_text`, and in tagged output (`said`: the line's words as read) where it
    runs left to right, the span's text ending with `gap`, what its break took from the
    paragraph's text (`text.paragraph.line_breaks`: the space between its last word and the
    next line's first). Right-to-left lines extract correctly from their glyphs already
    (viewers reorder them), and PDFium would reverse an ActualText."""
    span = bool(line.runs) and not any(r.rtl for r in line.runs)
    if span:
        actual = line.actual_text()
        span = said is not None or needs_actual_text(line.runs, actual)
    if span:
        begin_span(canvas, (actual if said is None else said) + gap)
    for run in line.runs:
        draw_run(canvas, run, x + run.x, base, size, ltr_page=ltr_page)
    if span:
        end(canvas)


def _draw_links(
    line: Line, ctx: DrawContext, left: float, base: float, size: float, dials: Dials = ()
) -> None:
    """The digital PDF: the line's addresses open what they say (a link annotation each); a
    national phone number of `dials` (its item's, `TextItem.dials`) what it dials there."""
    for x0, x1, url in line_links(line, size, dials):
        rect = (left + line.x + x0, base - line.descent, left + line.x + x1, base + line.ascent)
        ctx.canvas.linkURL(url, rect, relative=0, thickness=0)
        each = ctx.parts.of.get(line.paragraph, ()) if ctx.parts is not None else ()
        ctx.link_words[len(ctx.links)] = link_words(line, url, each, dials)
        ctx.links.append(url)


def _draw_parts(
    canvas: Canvas,
    item: TextItem,
    line: Line,
    each: tuple[Part, ...],
    parts: Parts,
    x: float,
    base: float,
    size: float,
    gap: str = "",
    ltr_page: bool = False,
) -> None:
    """A tagged line whose paragraph is in parts (`tagging.Parts`): each stretch of one part
    in its marked-content sequence, a left-to-right line's stretches each with its words
    as ActualText (as the whole line has it otherwise), the last one's followed by `gap`
    (the line's break, as in `_draw_line`)."""
    ltr = not any(r.rtl for r in line.runs)
    stretches = line_parts(line, each, size)
    for n, (k, runs) in enumerate(stretches, 1):
        parts.switch(canvas, line.paragraph, k)
        if any(r.rtl for r in runs):
            parts.rtl.add((line.paragraph, k))
        if ltr:
            a, b = min(r.start for r in runs), max(r.end for r in runs)
            begin_span(
                canvas, spoken_words(item, line, a, b) + (gap if n == len(stretches) else "")
            )
        for run in runs:
            draw_run(canvas, run, x + run.x, base, size, ltr_page=ltr_page)
        if ltr:
            end(canvas)


def line_parts(line: Line, each: tuple[Part, ...], size: float) -> list[tuple[int, list[Run]]]:
    """The line's runs in drawing order, cut where a part ends (`cut_run`), as (part index,
    runs) for each stretch of one part."""
    ends = [p.end for p in each]
    out: list[tuple[int, list[Run]]] = []
    for run in line.runs:
        for piece in cut_run(run, ends, size):
            k = min(bisect_right(ends, piece.start), len(each) - 1)
            if out and out[-1][0] == k:
                out[-1][1].append(piece)
            else:
                out.append((k, [piece]))
    return out


def cut_run(run: Run, at: list[int], size: float) -> list[Run]:
    """`run` cut before each character index of `at` inside it, in drawing order: each piece
    its glyphs (by their clusters), at its place on the line, the glyphs where they were."""
    cuts = sorted(c for c in at if run.start < c < run.end)
    if not cuts:
        return [run]
    scale = size / run.face.upem
    groups: list[tuple[int, float, list[Glyph]]] = []  # (range index, x, glyphs)
    x = run.x
    for g in run.glyphs:
        k = bisect_right(cuts, g.cluster)
        if not groups or groups[-1][0] != k:
            groups.append((k, x, []))
        groups[-1][2].append(g)
        x += g.x_advance * scale
    bounds = [run.start, *cuts, run.end]
    return [
        replace(
            run,
            x=gx,
            glyphs=tuple(glyphs),
            width=sum(g.x_advance for g in glyphs) * scale,
            start=bounds[k],
            end=bounds[k + 1],
        )
        for k, gx, glyphs in groups
    ]


def line_links(line: Line, size: float, dials: Dials = ()) -> list[tuple[float, float, str]]:
    """The web and e-mail addresses and phone numbers a line sets (iri.target_spans of
    its paragraph, iri.printed_target, a national number of `dials` as it dials it there),
    each as (left, right, URI): the extent of its glyphs on the line, pt from the line's
    left edge, at `size` pt. An address broken over two lines is a link on each, to the
    whole address. Hashtags and mentions open nothing."""
    if not line.runs:
        return []
    source = line.runs[0].source
    found = []
    for (a, b), url in _targets(source, dials).items():
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


def link_words(line: Line, url: str, each: tuple[Part, ...] = (), dials: Dials = ()) -> LinkWords:
    """The words of the link to `url` on `line` as the paragraph prints them (the whole
    address, on each line of one broken over two), whether they are all its paragraph
    says, but for white space and a closing full stop, and their language where it is not
    their element's: that of the part of the paragraph (`each`, `tagging.Parts.of`) they
    begin in."""
    source = line.runs[0].source
    spans = [
        (a, b)
        for (a, b), target in _targets(source, dials).items()
        if target == url and a < line.end and b > line.start
    ]
    a, b = spans[0] if spans else (0, 0)
    whole = not source[:a].strip() and not source[b:].strip(" \n.")
    lang = next((p.lang for p in each if p.start <= a < p.end), None) if spans else None
    return LinkWords(source[a:b] or url, line.paragraph, whole, lang)


def source_targets(source: str, dials: Dials = ()) -> dict[tuple[int, int], str]:
    """Each link span of a paragraph and the URI it opens (those that open one); a national
    phone number of `dials` (`TextItem.dials`) the tel: address given for it. Kept by the
    paragraph and the dials only where it sets a number they may give (`_spans`): a merged
    row's dials are its own, and every paragraph of every such record missed the cache."""
    return _source_targets(source, dials if _spans(source)[1] else ())


@lru_cache(maxsize=256)
def _spans(source: str) -> tuple[tuple[tuple[int, int], ...], bool]:
    """The paragraph's link spans (iri.target_spans: text.scripts.link_spans, its numbers
    without the dates, times and ranges they hold), and whether one may be a national
    number (a bracket or a digit first: iri.printed_target's numbers, of which only one
    without its + dials another address)."""
    spans = tuple(target_spans(source))
    return spans, any(source[a] == "(" or source[a].isdigit() for a, _ in spans)


@lru_cache(maxsize=256)
def _source_targets(source: str, dials: Dials) -> dict[tuple[int, int], str]:
    out = {}
    given = dict(dials)
    for a, b in _spans(source)[0]:
        target = printed_target(source[a:b], given)
        if target is not None:
            out[(a, b)] = target
    return out


def _targets(source: str, dials: Dials = ()) -> dict[tuple[int, int], str]:
    return source_targets(source, dials) if _MAY_LINK.search(source) else {}


# a paragraph with none of these holds no address, e-mail or phone number (link_spans's
# branches: a phone number written in pairs, 01 23 45 67 89, has digits only)
_MAY_LINK = re.compile(r"[./@+\d]")
