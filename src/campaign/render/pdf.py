"""Draw a composed Document with reportlab, one PDF page per page.

Print: the page is trim + bleed + a slug margin; TrimBox and BleedBox are set; crop marks are
drawn by us in registration colour outside the bleed (reportlab's cropMarks distort the art);
colours are the brand CMYK values. Screen: the page is the trim, colours are sRGB, no marks.
Items are drawn by their kind's drawer (render/items/); reportlab's process-wide settings are
set for each canvas and restored after it (`reportlab_settings`).
"""

from __future__ import annotations

import io
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from ..fonts import FontBook
from ..layout.document import (
    ArcTextItem,
    Document,
    Item,
    Page,
    QrItem,
    TextItem,
    item_lines,
    part_text,
    reading_text,
)
from ..model import Colour
from ..text.scripts import label_colon
from . import tagging
from .colour import Palette
from .items import DrawContext, Resources, draw
from .marks import draw_marks
from .pdffonts import ttfont
from .pdfx import PDF_VERSION, PrintFile, deflate, finish, identified
from .serialise import quick_serialiser
from .target import NO_MARKS, SLUG_PAGE, Target

__all__ = [
    "NO_MARKS",
    "Element",
    "Link",
    "Span",
    "Tagged",
    "Target",
    "draw_pdf",
    "draw_pdf_tagged",
]

Convert = Callable[[tuple[float, float, float]], object]


@dataclass(frozen=True)
class Span:
    """A Span element inside an element, holding marked-content sequences (`mcids`): words
    in a language other than the element's (`lang`: an address in Latin letters inside an
    Arabic sentence), or, beside such words, the element's own words where they run right
    to left (`lang` None), each with its words in reading order where any is drawn right to
    left (`actual`: the element's ActualText would hide its Spans' languages)."""

    mcids: tuple[int, ...]
    lang: str | None
    actual: str | None


@dataclass(frozen=True)
class Element:
    """One tagged element of a page: its first marked-content id is its index in the page's
    list; an element in parts has more (`kids`), numbered after every element's first."""

    tag: str  # H1, H2, H3, P, Figure
    alt: str | None  # alternative text (figures)
    lang: str | None  # the language of its words where it is not the document's
    bbox: tuple[float, float, float, float]  # on the page, pt: left, bottom, right, top
    actual: str | None = None  # its words in logical order, where lines are right to left
    # its content in reading order where its words are in parts (render.tagging.Parts): its
    # own MCIDs and its Spans; (): its one MCID
    kids: tuple[int | Span, ...] = ()
    # the element inside it that holds its content and has its alternative text and box: a
    # figure that is its document's H1 (`tagging.structure_tags`: a badge of the heart
    # alone), the H1 holding the Figure
    inner: str | None = None


@dataclass(frozen=True)
class Link:
    """A link annotation put on a page, in the order of the page's /Annots."""

    url: str
    description: str  # what it opens, in the page's language (its figure's alternative text)
    lang: str | None  # the description's language where it is not the document's
    # the page's element (its MCID) whose content the link lies over: a QR code's Figure,
    # the paragraph of printed words; None: an artifact's (the link stands alone)
    element: int | None = None
    # whether the link is that element's whole content (a QR code, a paragraph that is one
    # address: the Link element holds it) or lies over words in a sentence (the Link holds
    # the annotation alone, inside the paragraph, after its words)
    whole: bool = True
    words: bool = False  # described by its printed words (not a figure's alternative text)
    # a link over words of a sentence: their language where it is not their element's (the
    # Span of the words has it), the Link's /Lang, its Alt being those words; of a link
    # described with a label (`Labels`: "Phone: +1 555 0100"), the label's language where it
    # is not its element's (a string the language lacks, in the source's words)
    words_lang: str | None = None


@dataclass(frozen=True)
class Tagged:
    """What the structure tree needs, per page: the tagged items and the links."""

    elements: tuple[tuple[Element, ...], ...]
    page_links: tuple[tuple[Link, ...], ...]

    @property
    def links(self) -> tuple[str, ...]:
        """Every link's address, page by page."""
        return tuple(link.url for page in self.page_links for link in page)


def stored(data: bytes | str) -> bytes:
    """reportlab's Flate filter (content streams, font subsets, ToUnicode maps) as zlib data
    of stored blocks (level 0): every PDF drawn here is opened and saved again by pikepdf
    (render.postprocess), and qpdf decodes and compresses every stream again on save, so the
    files have the same streams either way; or it is rendered by PDFium at once (a preview).
    reportlab's own level-6 deflate was 3 ms of an A5 event flyer's 45 ms, for nothing."""
    if isinstance(data, str):
        data = data.encode("utf8")
    return zlib.compress(data, 0)


@contextmanager
def reportlab_settings(
    font_name: str, encode: Callable[[bytes | str], bytes] = stored
) -> Iterator[None]:
    """reportlab keeps some settings process-wide: set ours for one canvas, then restore them.
    No A85 streams and invariant output (identical bytes for identical input); streams
    stored, not deflated (`stored`), or as `encode` makes them (a print file finished as it is
    written: render.pdfx.deflate); renderPDF's initial font is ours (embedded); pdfdoc's
    serialiser in fewer steps (`serialise.quick_serialiser`: the same bytes). renderPDF's
    initial colours are set where it draws (items.svg.renderer_defaults)."""
    flate = pdfdoc.PDFZCompress  # the one filter object every reportlab stream names
    own = flate.__dict__.get("encode")
    saved = (rl_config.useA85, rl_config.invariant, rl_config.defaultGraphicsFontName)
    rl_config.useA85, rl_config.invariant = 0, 1
    rl_config.defaultGraphicsFontName = font_name
    flate.encode = encode
    stream_format = pdfdoc.PDFStream.format
    pdfdoc.PDFStream.format = _with_eol
    try:
        with quick_serialiser():
            yield
    finally:
        if own is None:
            del flate.encode  # reportlab's own method again
        else:
            flate.encode = own
        pdfdoc.PDFStream.format = stream_format
        rl_config.useA85, rl_config.invariant, rl_config.defaultGraphicsFontName = saved


_RL_STREAM_FORMAT = pdfdoc.PDFStream.format
ENDSTREAM = b"endstream\n"


def _with_eol(self: pdfdoc.PDFStream, document: pdfdoc.PDFDocument) -> bytes:
    """reportlab's stream, with an end-of-line marker between its data and `endstream`.
    reportlab writes the keyword right after the data; ISO 32000-1, 7.3.8.1, says an EOL
    should come before it (not counted in /Length), PDF/A makes it a rule (ISO 19005-2,
    6.1.7.1), and strict preflights warn without it. A print file is written by reportlab
    alone (no pikepdf save adds it), so its streams had none."""
    data: bytes = _RL_STREAM_FORMAT(self, document)
    assert data.endswith(ENDSTREAM), "reportlab's stream ends otherwise"
    return data[: -len(ENDSTREAM)] + b"\n" + ENDSTREAM


def draw_pdf(
    doc: Document,
    colours: dict[str, Colour],
    fonts: FontBook,
    target: Target,
    convert: Convert,
    title: str,
    resources: Resources | None = None,
) -> bytes:
    return draw_pdf_tagged(doc, colours, fonts, target, convert, title, resources)[0]


def draw_pdf_tagged(
    doc: Document,
    colours: dict[str, Colour],
    fonts: FontBook,
    target: Target,
    convert: Convert,
    title: str,
    resources: Resources | None = None,
    pdfx: PrintFile | None = None,
) -> tuple[bytes, Tagged]:
    """Every page of `doc`, one PDF page each, and what the structure tree needs per page.
    `resources` (parsed art) may be shared across calls; by default each call parses its own.
    With `pdfx`, a finished print file (PDF/X-4: render.pdfx.finish); else a drawing for
    render.postprocess to finish."""
    tw, th = doc.trim
    m = target.margin(doc)
    latin = fonts.face(fonts.latin, "regular")
    ttfont(latin)
    buf = io.BytesIO()
    with reportlab_settings(latin.key, deflate if pdfx else stored):
        canvas = Canvas(
            buf,
            pagesize=(tw + 2 * m, th + 2 * m),
            invariant=1,
            pageCompression=1,
            initialFontName=latin.key,
            initialFontSize=10,
            pdfVersion=PDF_VERSION if pdfx else None,
        )
        canvas.setTitle(title)
        palette = Palette(colours, target.cmyk)
        res = resources or Resources()
        pages = []
        tags = iter(tagging.structure_tags(_roles(doc)))
        for page in doc.pages:
            if target.bleed:
                b = doc.bleed
                canvas.setTrimBox((m, m, m + tw, m + th))
                canvas.setBleedBox((m - b, m - b, m + tw + b, m + th + b))
            ctx = DrawContext(
                canvas, m, m + th, palette, convert, target, res, ltr_page=ltr_page(page)
            )
            pages.append(_draw_page(page, ctx, doc.lang, [next(tags) for _ in page.items]))
            if target.bleed:
                sided = target.slug.replace(
                    SLUG_PAGE, f"{page.name} ({len(pages)}/{len(doc.pages)})"
                )
                draw_marks(canvas, replace(target, slug=sided), m, doc, fonts, len(pages) - 1)
            canvas.showPage()
        if pdfx:
            finish(canvas._doc, pdfx)
        canvas.save()
    data = identified(buf.getvalue()) if pdfx else buf.getvalue()
    return data, Tagged(tuple(p[0] for p in pages), tuple(p[1] for p in pages))


def ltr_page(page: Page) -> bool:
    """Whether poppler (pdftotext, Evince, Okular) reads the page's lines left to right
    first: its text has no more right-to-left letters (bidi class R or AL) than left-to-right
    ones (L), as poppler's TextPage counts them (a Dhivehi flyer whose other texts are still
    in English). A right-to-left stretch of such a page's lines then begins with a
    right-to-left mark (glyphs.spelled_marks); on a page read right to left first none is
    needed. A tenth to spare: a page near even is taken as read left to right first."""
    ltr = rtl = 0
    for item in page.items:
        if isinstance(item, TextItem | ArcTextItem):
            for c in "".join(line.actual_text() for line in item_lines(item)):
                bidi = unicodedata.bidirectional(c)
                ltr += bidi == "L"
                rtl += bidi in ("R", "AL")
    return rtl <= ltr * 1.1


def _bbox(item: Item, ctx: DrawContext) -> tuple[float, float, float, float]:
    """Where an item is on the page, pt (left, bottom, right, top); an arc's whole circle."""
    if isinstance(item, ArcTextItem):
        x, y, r = ctx.ox + item.cx, ctx.top - item.cy, item.radius + item.size
        return (x - r, y - r, x + r, y + r)
    x, y, w, h = ctx.box(item.box)
    return (x, y, x + w, y + h)


def logical_text(item: Item, paragraph: int | None = None) -> str | None:
    """A text item's words in logical (reading) order when any of its lines runs right to
    left, for the ActualText of its structure element; None for other items.

    Right-to-left glyphs are drawn in visual order, as viewers expect: PDFium (Chrome, Edge)
    reorders a line's characters with its own bidi pass when extracting, and a marked-content
    ActualText in logical order is reordered too, so it comes out reversed (pypdfium2 5.15).
    An ActualText on the structure element (ISO 32000-1, 14.9.4) is read by
    assistive technology and tagged-PDF consumers from the structure tree and left alone by
    those extractors, so both read the words in order. With `paragraph`, that paragraph's
    words alone (a list item's body)."""
    if not isinstance(item, (TextItem, ArcTextItem)):
        return None
    lines = [ln for ln in item_lines(item) if paragraph is None or ln.paragraph == paragraph]
    if not any(r.rtl for line in lines for r in line.runs):
        return None
    return reading_text(item, paragraph)


def _paragraphs(item: Item) -> int:
    """How many paragraphs a text item sets (0 for other items)."""
    if not isinstance(item, TextItem):
        return 0
    return len({line.paragraph for line in item.text.lines})


def _roles(doc: Document) -> list[tuple[str, bool]]:
    """Each item's role in reading order, and whether it may be its document's H1 should it
    have no heading (`tagging.structure_tags`): a figure that is no link (a QR code's
    Figure is its Link's)."""
    roles = []
    for page in doc.pages:
        for item in page.items:
            role = page.tags.get(item.slot, ("artifact", None))[0]
            roles.append((role, role == "figure" and not isinstance(item, QrItem)))
    return roles


def _draw_page(
    page: Page, ctx: DrawContext, doc_lang: str, tags: list[str | None]
) -> tuple[tuple[Element, ...], tuple[Link, ...]]:
    """One page's items in order; in tagged output each in marked content (MCIDs from 0 per
    page), and each paragraph of a paragraph text of several in its own (a P each: the
    flyer's three calls to act were one P read as one paragraph), with its own language
    (`Page.paragraph_langs`: a fallback string in English among Thai ones), words in another
    language inside it a Span each (`_parts`). Returns the tagged elements (one per first
    MCID) and the links, each described by its item's alternative text. `tags`: each item's
    structure tag (`tagging.structure_tags`: its heading's level in the document)."""
    elements: list[Element] = []
    links: list[Link] = []
    count = _element_count(page) if ctx.target.tagged else 0
    next_mcid = count  # the MCIDs of the sequences after an element's first
    for item, structure in zip(page.items, tags, strict=True):
        role, alt = page.tags.get(item.slot, ("artifact", None))
        lang = page.langs.get(item.slot)
        apart = ctx.target.tagged and role == "paragraph" and _paragraphs(item) > 1
        first = len(elements)  # the item's element (or its first paragraph's)
        tag = inner = None
        parts = _parts(page, item, apart, doc_lang) if ctx.target.tagged else None
        if apart:  # each paragraph a P, in marked content of its own (draw_text)
            ctx.paragraph_mcid, ctx.paragraphs = len(elements), []
            if parts:
                ctx.parts = tagging.Parts("P", parts, next_mcid)
        elif ctx.target.tagged:
            tag = structure
            inner = "Figure" if role == "figure" and tag != "Figure" else None
            tagging.begin_item(ctx.canvas, tag, len(elements), inner)
            if tag and parts:
                ctx.parts = tagging.Parts(tag, parts, next_mcid)
                ctx.parts.opened(first)
        before = len(ctx.links)
        draw(item, ctx)
        owner = first if apart or tag else None
        each_drawn = ctx.paragraphs if apart else None
        links += _drawn_links(
            ctx,
            before,
            owner,
            alt,
            lang,
            each_drawn,
            _paragraphs(item) <= 1,
            Labels(
                page.link_labels,
                page.paragraph_langs.get(item.slot, ()),
                doc_lang,
                page.section_heads.get(item.slot),
            ),
        )
        drawn, ctx.parts = ctx.parts, None
        if drawn is not None:
            next_mcid = drawn.next_mcid
        if apart:
            each = page.paragraph_langs.get(item.slot, ())
            for paragraph in ctx.paragraphs:
                own = each[paragraph] if paragraph < len(each) else lang
                if drawn is not None and paragraph in drawn.of:
                    kids = _kids(item, drawn, [paragraph])
                    elements.append(Element("P", alt, own, _bbox(item, ctx), None, kids))
                    continue
                actual = logical_text(item, paragraph)
                elements.append(Element("P", alt, own, _bbox(item, ctx), actual))
            ctx.paragraph_mcid = None
        elif ctx.target.tagged:
            tagging.end(ctx.canvas)
            if tag and drawn is not None:
                kids = _kids(item, drawn, sorted(drawn.of))
                elements.append(Element(tag, alt, lang, _bbox(item, ctx), None, kids))
            elif tag:
                actual = logical_text(item)
                elements.append(Element(tag, alt, lang, _bbox(item, ctx), actual, inner=inner))
    assert len(elements) == count, "an element without its first MCID"
    return tuple(elements), tuple(links)


def _element_count(page: Page) -> int:
    """How many elements a page's tagged drawing makes (`_draw_page`): one per item but the
    artifacts, one per paragraph of a paragraph text of several."""
    count = 0
    for item in page.items:
        role = page.tags.get(item.slot, ("artifact", None))[0]
        if role != "artifact":
            several = role == "paragraph" and _paragraphs(item) > 1
            count += _paragraphs(item) if several else 1
    return count


def _parts(
    page: Page, item: Item, apart: bool, doc_lang: str
) -> dict[int, tuple[tagging.Part, ...]] | None:
    """The parts of a text item's paragraphs that are in a language other than their
    element's, each paragraph's covering its text (`tagging.Part`, its `lang` None where it
    is the element's): words inside a paragraph in another language (`Page.run_langs`: a
    Latin address in an Arabic sentence) and, where the item is one element (a heading of
    several strings), a paragraph in another language (`Page.paragraph_langs`: a string that
    falls back to the source language). None where every word is in its element's
    language; else, for an item that is one element, every paragraph's (those without such
    words one part). A badge's rim is one paragraph, as a text's (`Page.run_langs`)."""
    if not isinstance(item, (TextItem, ArcTextItem)):
        return None
    lang = page.langs.get(item.slot) or doc_lang
    each = page.paragraph_langs.get(item.slot, ())
    inside = page.run_langs.get(item.slot, ())
    sizes = {line.paragraph: len(line.runs[0].source) for line in item_lines(item)}
    out: dict[int, tuple[tagging.Part, ...]] = {}
    for paragraph, size in sizes.items():
        own = (each[paragraph] if paragraph < len(each) else None) or lang
        element = own if apart else lang
        found: list[tagging.Part] = []
        at = 0
        for p, a, b, other in inside:
            if p == paragraph:
                found += [tagging.Part(at, a, own), tagging.Part(a, b, other)]
                at = b
        found.append(tagging.Part(at, size, own))
        merged: list[tagging.Part] = []
        for part in found:
            mark = None if part.lang == element else part.lang
            if part.end <= part.start:
                continue
            if merged and merged[-1].lang == mark:
                merged[-1] = tagging.Part(merged[-1].start, part.end, mark)
            else:
                merged.append(tagging.Part(part.start, part.end, mark))
        out[paragraph] = tuple(merged)
    if not any(part.lang for parts in out.values() for part in parts):
        return None
    if apart:
        return {p: parts for p, parts in out.items() if any(part.lang for part in parts)}
    return out


def _kids(item: Item, parts: tagging.Parts, paragraphs: list[int]) -> tuple[int | Span, ...]:
    """An element's content in reading order (`Element.kids`) after drawing its
    `paragraphs` in parts: a part in the element's language that runs left to right as its
    MCIDs; any other a Span (with its language, and its words in reading order where any is
    drawn right to left; a paragraph's last followed by a line break where another comes)."""
    assert isinstance(item, (TextItem, ArcTextItem))
    kids: list[int | Span] = []
    for n, paragraph in enumerate(paragraphs):
        last = len(parts.of[paragraph]) - 1
        for k, part in enumerate(parts.of[paragraph]):
            mcids = parts.mcids(paragraph, k)
            rtl = (paragraph, k) in parts.rtl
            if not mcids:
                continue
            if part.lang is None and not rtl:
                kids += mcids
                continue
            actual = part_text(item, paragraph, part.start, part.end) if rtl else None
            if actual is not None and k == last and n < len(paragraphs) - 1:
                actual += "\n"
            kids.append(Span(mcids, part.lang, actual))
    return tuple(kids)


def _drawn_links(
    ctx: DrawContext,
    before: int,
    owner: int | None,
    alt: str | None,
    lang: str | None,
    paragraphs: list[int] | None,
    single: bool = True,
    labels: Labels | None = None,
) -> list[Link]:
    """The links one item drew (`ctx.links` from `before`), each with the element it belongs
    to: `owner` (the item's, or with `paragraphs`, the first of its paragraphs' elements, in
    the order drawn; `single`: the item's element sets one paragraph). A link over printed
    words is described by them (an office's helpline:
    "+1 555 0100", where the annotation said "tel:+1-555-0100"), after the words that say
    what it opens where the page has them (`Page.link_labels`: "Phone: +1 555 0100", WCAG
    2.4.4), in their language where it is not the element's; a QR code's by its figure's
    alternative text."""
    out = []
    for index in range(before, len(ctx.links)):
        url, words = ctx.links[index], ctx.link_words.get(index)
        if words is None:
            out.append(Link(url, alt or url, lang if alt else None, owner))
            continue
        element = owner
        if owner is not None and paragraphs is not None and words.paragraph in paragraphs:
            element = owner + paragraphs.index(words.paragraph)
        whole = words.whole and (single or paragraphs is not None)
        label = labels.of(url) if labels is not None else None
        if labels is None or label is None:
            out.append(Link(url, words.words, lang, element, whole, True, words.lang))
            continue
        # the label's language where it is not the element's (its paragraph's own, else the
        # item's, else the page's): a Link's /Lang, read for its words (test_link_structure)
        own = labels.paragraph_langs
        theirs = (own[words.paragraph] if words.paragraph < len(own) else None) or lang
        said = label[1] or labels.doc_lang
        other = said if said != (theirs or labels.doc_lang) else None
        said_as = f"{label[0]}{label_colon(said)}{words.words}"  # 电话：+1 555 0100
        out.append(Link(url, said_as, lang, element, whole, True, other))
    return out


@dataclass(frozen=True)
class Labels:
    """What a page says a printed address's link opens (`Page.link_labels`), with what tells
    the language of the element it is in: its item's paragraphs' own languages
    (`Page.paragraph_langs`) and the document's."""

    by_scheme: dict[str, tuple[str, str | None]]
    paragraph_langs: tuple[str | None, ...]
    doc_lang: str
    # the subheading the item is under (`Page.section_heads`), or None
    heading: tuple[str, str | None] | None = None

    def of(self, url: str) -> tuple[str, str | None] | None:
        """The words that say what a link to `url` opens, and their language where it is
        not the document's: the label of its scheme in the page's language; else the
        subheading printed over it (`Page.section_heads`), words of the page, where the
        label is the source language's or there is none; else that source language's
        label; else None (its printed words alone)."""
        label = self.by_scheme.get(url.split(":", 1)[0].lower())
        if label is not None and label[1] is None:
            return label
        return self.heading or label
