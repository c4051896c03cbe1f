"""The proof sheet PDF (A4, as many pages as it takes): one block per string key.

Every text is set by the text stage (fonts per script, ICU breaks, bidi, HarfBuzz) and drawn
by the renderer's glyph writer, so Arabic joins and runs right to left, Thai breaks by
dictionary, and what the sheet shows is what the materials show. A block has the key and its
labels (status: TO TRANSLATE, OUTDATED, TRANSLATED, REVIEWED; FALLBACK, OVERFLOW, NO GLYPH,
BROKEN TEXT), the text (and its short variant) in the language's font and direction, the
source text (and, outdated, the one it was translated from), and the slots it is set in with
the size copy-fit chose and the room left. A problem tints the block and is named in words
too: red for an overflow, a missing glyph or a broken text (`{ helpline }`, which stops the
language's build), amber for a text still to translate, violet for an outdated one. A
character no font has is named by its code point and name in the Latin font, never
set itself (it has no glyph to set)."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from ..fonts import FontBook
from ..model import Language
from ..render.glyphs import draw_run
from ..render.pdf import reportlab_settings
from ..render.pdffonts import ttfont
from ..render.tagging import begin_span, end
from ..text.fit import FitRequest, TextSet, fit
from ..text.langmarks import unmarked
from ..text.paragraph import MissingGlyphError, describe_char, line_breaks
from ..text.scripts import localise_digits
from .entries import Status
from .proof import ProofEntry

MM = 72 / 25.4
PAGE = (210 * MM, 297 * MM)
MARGIN = 15 * MM
PAD = 5.0  # pt inside a block
GAP = 6.0  # pt between blocks
RGB = tuple[float, float, float]
INK: RGB = (0.1, 0.1, 0.12)
GREY: RGB = (0.42, 0.42, 0.45)
RED: RGB = (0.75, 0.08, 0.08)
AMBER: RGB = (0.66, 0.36, 0.0)
GREEN: RGB = (0.1, 0.45, 0.2)
VIOLET: RGB = (0.45, 0.2, 0.62)
# a block's tint and side bar, by its most urgent label: the colours in this order
TINT: dict[RGB, RGB] = {RED: (1.0, 0.9, 0.9), AMBER: (1.0, 0.95, 0.84), VIOLET: (0.95, 0.91, 1.0)}
STATUS: dict[Status, RGB] = {
    "to translate": AMBER,
    "outdated": VIOLET,  # prints, translated from an earlier source text
    "translated": GREY,
    "reviewed": GREEN,
}
NAMED = 4  # characters without a glyph named in a line that cannot be set


@dataclass
class Block:
    """One key's block, measured before it is placed: pieces at (x, y from the block top)."""

    pieces: list[tuple[TextSet, float, float, RGB]] = field(default_factory=list)
    chips: list[tuple[str, RGB]] = field(default_factory=list)
    tint: RGB | None = None
    bar: RGB | None = None  # the colour of the most urgent label (TINT's order)
    height: float = 0.0


class Setter:
    """Sets texts with the text stage: in the language's fonts and direction, or in Latin."""

    def __init__(self, fonts: FontBook, lang: Language) -> None:
        self.fonts, self.lang = fonts, lang

    def __call__(
        self,
        text: str,
        size: float,
        width: float,
        own: bool = True,
        bold: bool = False,
        fallback: bool = False,
        as_written: bool = False,
    ) -> TextSet:
        """`own`: a text of the language, in its fonts and direction, as the materials set
        it (a Persian text that starts with "Blue Heart" is right to left all the same: the
        sheet set it left to right, from its first letter); with `fallback`, a text the
        language prints from another (the source's English on an Arabic sheet), its
        direction from its first strong character, as the materials set a fallback. Else a
        Latin label. An own text is set as the materials print it, without its marks of
        words in another language (`{lang=en}Blue Heart{/lang}`, `resolve.Content.entry`),
        unless `as_written` (a broken text's block shows the marks the check refuses)."""
        weight = "bold" if bold else "regular"
        script = self.lang.script if own else "Latn"
        if own and not as_written:
            text = unmarked(text, self.lang.rtl)[0]  # as the materials set it
        text = localise_digits(text, self.lang.digits) if own else text
        req = FitRequest(
            (text,), (None,), self.lang.code if own else "en", own and self.lang.rtl,
            tuple(self.fonts.stack(script, weight)),
            size, size, 1.25, "start", False, 0.0, width, 1e6, 0,
            frozenset({0}) if own and fallback else frozenset(),
        )  # fmt: skip
        return fit(req)

    def label(
        self, text: str, size: float, width: float, bold: bool = False
    ) -> tuple[TextSet, list[str]]:
        """A label in the Latin font, and the characters of `text` no font has: each is
        named by its code point and name in their place (a message of `describe_char`'s, or
        the character itself), so the label always sets."""
        unset: list[str] = []
        while True:
            try:
                return self(text, size, width, own=False, bold=bold), unset
            except MissingGlyphError as exc:
                if exc.char in unset:  # not in the text as given: its letters alone
                    text = text.encode("ascii", "replace").decode("ascii")
                    return self(text, size, width, own=False, bold=bold), unset
                unset.append(exc.char)
                text = text.replace(describe_char(exc.char), named(exc.char))
                text = text.replace(exc.char, named(exc.char))

    def unset(self, text: str, bold: bool = False) -> list[str]:
        """The characters of `text` (in the language's digits) that no font has, in the order
        the setter meets them."""
        text = localise_digits(text, self.lang.digits)
        out: list[str] = []
        while True:
            try:
                self(text, 12, 1e6, own=True, bold=bold)
                return out
            except MissingGlyphError as exc:
                if exc.char in out:  # not in the text as given: named once
                    return out
                out.append(exc.char)
                text = text.replace(exc.char, "")


def named(ch: str) -> str:
    """A character by its code point and its Unicode name, in ASCII: what the sheet shows of a
    character that no font has (`U+1F499 BLUE HEART`)."""
    kind = "private-use character" if unicodedata.category(ch) == "Co" else "unnamed character"
    return f"U+{ord(ch):04X} {unicodedata.name(ch, kind)}"


def cannot_set(chars: list[str]) -> str:
    """The line in place of a text that cannot be set, naming its characters without a glyph."""
    names = ", ".join(named(ch) for ch in chars[:NAMED])
    more = f" and {len(chars) - NAMED} more" if len(chars) > NAMED else ""
    verb = "has" if len(chars) == 1 else "have"
    return f"(cannot be set: {names}{more} {verb} no glyph in any font)"


def entry_block(e: ProofEntry, setter: Setter, width: float, source_name: str) -> Block:
    b = Block()
    inner = width - 2 * PAD
    y = PAD
    missing = False  # a text of the block has a character that no font has

    def add(text: str, size: float, colour: RGB = INK, own: bool = False, bold: bool = False,
            indent: float = 0.0) -> None:  # fmt: skip
        nonlocal y, missing
        ts = None
        if own:
            try:
                ts = setter(text, size, inner - indent, own, bold, e.fallback, bool(e.broken))
            except MissingGlyphError:  # a line in the Latin font instead, naming what lacks
                text, colour, missing = cannot_set(setter.unset(text, bold)), RED, True
        if ts is None:
            ts, unset = setter.label(text, size, inner - indent, bold)
            missing = missing or bool(unset)
        b.pieces.append((ts, PAD + indent, y, colour))
        y += ts.height + size * 0.3

    add(e.key, 10, bold=True)
    add(e.text, 12, own=True)
    if e.short:
        add("short variant:", 7, GREY)
        add(e.short, 10, own=True)
    if e.text != e.source:  # a fallback to a parent (pt.yaml's) shows the source's too
        add(f"{source_name}: {e.source}", 7, GREY)
    if e.previous is not None:
        add(f"translated from: {e.previous}", 7, VIOLET)
    if e.short_previous is not None:
        add(f"short variant translated from: {e.short_previous}", 7, VIOLET)
    if e.status == "outdated" and e.previous is None and e.short_previous is None:
        add(f"its {{field}} placeholders are not those of the {source_name} text", 7, VIOLET)
    for s in e.slots:
        add(("OVERFLOW " + s.render() + f": {s.overflow}") if s.overflow else s.render(),
            7.5, RED if s.overflow else INK, indent=6)  # fmt: skip
    if not e.slots and e.room:  # no document set it, or only an office's or event's data do
        if e.problems:
            why = "not laid out: a character has no glyph (below)"
        elif e.stopped_by:  # the slot it shares with them was not set
            why = (
                f"not laid out: a text set in the same slot ({', '.join(e.stopped_by)}) has a "
                "character no font has"
            )
        else:
            why = "not laid out here: set only with an office's contacts or an event's data"
        add(f"{why}; its room in each slot:", 7.5, GREY, indent=6)
        for line in e.room:
            add(line, 7.5, INK, indent=6)
    elif not e.slots:
        add("in no text slot of the designs (alternative text, or unused)", 7.5, GREY, indent=6)
    for problem in e.problems:
        add("NO GLYPH " + problem, 7.5, RED, indent=6)
    for problem in e.broken:
        add("BROKEN TEXT " + problem, 7.5, RED, indent=6)
    for problem in e.layout:
        add("LAYOUT " + problem, 7.5, RED, indent=6)
    b.chips = chips(e, source_name, missing)
    shown = {c for _, c in b.chips}
    b.bar = next((c for c in TINT if c in shown), None)
    b.tint = TINT[b.bar] if b.bar else None
    b.height = y + PAD - 2
    return b


def chips(e: ProofEntry, source_name: str, missing: bool = False) -> list[tuple[str, RGB]]:
    """The labels of a block, in words (the colour only repeats them). `missing`: a text of
    the block has a character no font has, which the sheet met setting it."""
    out = [(e.status.upper(), STATUS[e.status])]
    if e.fallback and e.printed_from:  # its parent's text (pt.yaml's for pt-BR)
        out.append((f"FALLBACK: PRINTS {e.printed_from}'s", AMBER))
    elif e.fallback:
        out.append((f"FALLBACK: PRINTS IN {source_name.upper()}", AMBER))
    if e.overflows:
        out.append(("OVERFLOW", RED))
    if e.problems or missing:
        out.append(("NO GLYPH", RED))
    if e.broken:
        out.append(("BROKEN TEXT", RED))
    if e.layout:
        out.append(("LAYOUT ERROR", RED))
    return out


def fallbacks(entries: list[ProofEntry]) -> str:
    """The heading's count of fallbacks: "3 printing in the source language", or by the
    parent's file first where a parent gives some ("12 printing pt.yaml's, 2 in the source
    language": they were all counted as English, a translator's trial)."""
    by_file: dict[str, int] = {}
    for e in entries:
        if e.fallback and e.printed_from:
            by_file[e.printed_from] = by_file.get(e.printed_from, 0) + 1
    source = sum(e.fallback and not e.printed_from for e in entries)
    if not by_file:
        return f"{source} printing in the source language"
    parents = ", ".join(f"{n} printing {name}'s" for name, n in by_file.items())
    return f"{parents}, {source} in the source language"


def proof_pdf(
    fonts: FontBook,
    lang: Language,
    entries: list[ProofEntry],
    source_name: str,
    title: str,
    year: int,
) -> bytes:
    """The proof sheet of `lang` as PDF bytes (identical input, identical bytes), its Info
    dictionary the kit's (render.pdfx.plain_info), dated the World Day of `year` (the
    campaign's) unless SOURCE_DATE_EPOCH is set."""
    from ..render.metadata import DocMeta
    from ..render.pdfx import plain_info

    setter = Setter(fonts, lang)
    width = PAGE[0] - 2 * MARGIN
    blocks = [entry_block(e, setter, width, source_name) for e in entries]
    glyphless = sum(("NO GLYPH", RED) in b.chips for b in blocks)
    head = heading(setter, lang, entries, glyphless, width, title)
    pages = paginate(blocks, PAGE[1] - 2 * MARGIN - head[1] - 14)
    latin = fonts.face(fonts.latin, "regular")
    ttfont(latin)
    buf = io.BytesIO()
    with reportlab_settings(latin.key):
        canvas = Canvas(buf, pagesize=PAGE, invariant=1, pageCompression=1,
                        initialFontName=latin.key, initialFontSize=10)  # fmt: skip
        canvas.setTitle(title)
        subject = f"Translators' proof sheet of every text in {lang.name}, as set"
        plain_info(canvas._doc, DocMeta(title, lang.code, subject, "", year))
        for n, page in enumerate(pages, start=1):
            top = PAGE[1] - MARGIN
            for ts, x, y, colour in head[0]:
                draw_set(canvas, ts, MARGIN + x, top - y, colour)
            footer, _ = setter.label(f"{lang.code} · page {n} of {len(pages)}", 7, width)
            draw_set(canvas, footer, MARGIN, MARGIN - 4, GREY)
            top -= head[1] + 14
            for block in page:
                draw_block(canvas, block, MARGIN, top, width, setter)
                top -= block.height + GAP
            canvas.showPage()
        canvas.save()
    return buf.getvalue()


def heading(
    setter: Setter,
    lang: Language,
    entries: list[ProofEntry],
    glyphless: int,
    width: float,
    title: str,
) -> tuple[list[tuple[TextSet, float, float, RGB]], float]:
    """The sheet's title, the language's own name and the counts; `glyphless`: the blocks
    labelled NO GLYPH."""
    todo = sum(e.status == "to translate" for e in entries)
    broken = sum(bool(e.broken) for e in entries)
    laid_wrong = sum(bool(e.layout) for e in entries)
    summary = (
        f"{len(entries)} strings: {todo} to translate ({fallbacks(entries)}), "
        f"{sum(e.status == 'outdated' for e in entries)} "
        f"outdated, {sum(e.overflows for e in entries)} overflowing, {glyphless} with missing "
        "glyphs"
        + (f", {broken} with a broken text (the language does not build)" if broken else "")
        + (f", {laid_wrong} with a layout error (the build fails)" if laid_wrong else "")
        + ". Room left: what copy-fit left below the last line at the size it chose "
        "(check --report)."
    )
    out, y = [], 0.0
    for text, size, own, bold in ((title, 13, False, True), (lang.native_name, 12, True, False),
                                  (summary, 7.5, False, False)):  # fmt: skip
        try:
            ts = setter(text, size, width, own, bold) if own else None
        except MissingGlyphError:  # the language's own name, in a script no font has yet
            text, ts = f"{lang.name} (no font for its own name)", None
        if ts is None:
            ts, _ = setter.label(text, size, width, bold)
        out.append((ts, 0.0, y, INK))
        y += ts.height + 3
    return out, y


def paginate(blocks: list[Block], room: float) -> list[list[Block]]:
    pages: list[list[Block]] = [[]]
    left = room
    for block in blocks:
        if pages[-1] and block.height > left:
            pages.append([])
            left = room
        pages[-1].append(block)
        left -= block.height + GAP
    return pages


def draw_block(
    canvas: Canvas, b: Block, x: float, top: float, width: float, setter: Setter
) -> None:
    if b.tint:
        canvas.setFillColorRGB(*b.tint)
        canvas.rect(x, top - b.height, width, b.height, stroke=0, fill=1)
    canvas.setFillColorRGB(*(b.bar or (0.8, 0.8, 0.82)))
    canvas.rect(x, top - b.height, 2.5, b.height, stroke=0, fill=1)
    key, *rest = b.pieces  # the key, its labels, then the texts: the order text extracts in
    draw_set(canvas, key[0], x + key[1], top - key[2], key[3])
    draw_chips(canvas, b, x + width - PAD, top, width, setter)
    for ts, dx, dy, colour in rest:
        draw_set(canvas, ts, x + dx, top - dy, colour)


def draw_chips(
    canvas: Canvas, b: Block, right: float, top: float, width: float, setter: Setter
) -> None:
    """The labels, right-aligned on the key's line: white words on their colour, drawn in
    reading order."""
    sets = [(setter.label(label, 6.5, width, bold=True)[0], c) for label, c in b.chips]
    widths = [max(ln.width for ln in ts.lines) + 6 for ts, _ in sets]
    x = right - sum(widths) - 3 * (len(sets) - 1)
    for (ts, colour), w in zip(sets, widths, strict=True):
        canvas.setFillColorRGB(*colour)
        canvas.roundRect(x, top - PAD - ts.height - 2, w, ts.height + 3, 2, stroke=0, fill=1)
        draw_set(canvas, ts, x + 3, top - PAD - 0.5, (1.0, 1.0, 1.0))
        x += w + 3


def draw_set(canvas: Canvas, ts: TextSet, x: float, top: float, colour: RGB) -> None:
    """A set text with its first line box's top at `top` (PDF coordinates)."""
    canvas.setFillColorRGB(*colour)
    for line, gap in zip(ts.lines, line_breaks(ts.lines), strict=True):
        # left-to-right lines carry their words as ActualText, as in the digital PDFs (a
        # ligature or conjunct has no code point of its own), with the space their break took
        # (the lines' spans read as words); right-to-left ones extract from their glyphs
        # already, and PDFium would reverse an ActualText
        span = bool(line.runs) and not any(r.rtl for r in line.runs)
        if span:
            begin_span(canvas, line.actual_text() + gap)
        for run in line.runs:
            # a proof's pages read left to right first: its keys, labels and English sources
            # (glyphs.spelled_marks: a right-to-left stretch's marks)
            base = top - line.baseline
            draw_run(canvas, run, x + line.x + run.x, base, ts.size, ltr_page=True)
        if span:
            end(canvas)
