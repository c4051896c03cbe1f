"""Shaped runs as reportlab ShapedStr (positioned glyphs in a TJ), drawn as text (`draw_run`;
a right-to-left run's raised marks as outlines, `raised_marks`), and whether a line's glyphs
read as other text than its characters (`needs_actual_text`).

The fonts are render.pdffonts' (`ttfont`), a glyph's code render.glyphcodes', the ToUnicode
maps render.tounicode's and the outlines render.outlines'."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

import uharfbuzz as hb
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ..recent import Recent
from ..text.bidi import EXPLICIT
from ..text.paragraph import Run
from ..text.scripts import SPELLED_MARKS, char_script
from ..text.shape import Glyph
from .glyphcodes import (
    PRIVATE_USE,
    _alias_code,
    _aliased,
    _blank_space,
    _character,
    _private_code,
    drawn_chars,
    inkless,
)
from .outlines import glyph_outline, placed_outline
from .pdffonts import _face_texts, ttfont
from .tounicode import logical

# The marks a glyph of a run reads with besides its own text: (the glyph's index in the run,
# the marks' characters in logical order, and a right-to-left mark after them where a
# stretch begins: `spelled_marks`), for the letters whose marks are drawn as outlines and
# read as text
Carried = tuple[tuple[int, str], ...]

# Runs made into ShapedStr in this process: the campaign's texts are the same runs on every
# page of a merge. Keyed by the reportlab font (by identity: a font registered again is
# another font, with private codes of its own), the glyphs, the text they set (one glyph
# sets U+0666 in Arabic and U+06F6 in Urdu: `_alias_code`) and the marks its letters read
# with (`spelled_marks`); an entry keeps its font.
_SHAPED: Recent[tuple[int, tuple[Glyph, ...], str, Carried], tuple[TTFont, ShapedStr]] = Recent(256)


def shaped(run: Run, carried: Carried = ()) -> ShapedStr:
    """The run's glyphs as a ShapedStr (`_shaped`), made once per process and font."""
    font = ttfont(run.face)
    key = (id(font), run.glyphs, run.source, carried)
    found = _SHAPED.get(key)
    if found is not None and found[0] is font:
        return found[1]
    text = _shaped(run, font, dict(carried))
    _SHAPED.put(key, (font, text))
    return text


def _shaped(run: Run, font: TTFont, carried: dict[int, str]) -> ShapedStr:
    """The run's glyphs as a ShapedStr: reportlab subsets by code and writes our positions.

    A glyph with no character's code point that is inkless is left out (even when a run that
    gave it an advance gave it a private code): written, it would be a private-use character
    drawing nothing (tofu to a preflight, noise in the text layer), and
    leaving it out moves no other glyph. So is the blank glyph HarfBuzz sets for a bidi
    isolate's or embedding's mark (FSI, LRI, PDI...: text.bidi.EXPLICIT): the glyphs are in
    the order they are drawn, which those marks say nothing of, and written as their
    characters they read as stray controls in copied text ("⁩UNODC; … Campaign.⁦" in a
    Dhivehi line, pdftotext). The text layer of tagged lines is their ActualText,
    the characters of the source (`Line.actual_text`), which does not depend on the glyphs.
    A glyph of `carried` (its index: the marks drawn as outlines on it, `spelled_marks`) is
    written with an alias code that reads as its own text and the marks (`_carrying`)."""
    face = run.face
    upem = face.upem
    owners_of, widths = font.face.glyphToChar, font.face.charWidths
    low, high = PRIVATE_USE
    chars, data = [], []
    drawn: list[str] | None = None  # drawn_chars(run), when a glyph first needs it
    for index, g in enumerate(run.glyphs):
        owners = owners_of.get(g.gid) or []
        # the first owner a character's code (most glyphs): `_character` holds, nothing to ask
        if (not owners or low <= owners[0] <= high) and (
            not any(_character(u) for u in owners) and inkless(face, g)
        ):
            continue
        if run.source[g.cluster : g.cluster + 1] in EXPLICIT and inkless(face, g):
            continue  # an isolate's or embedding's mark: HarfBuzz's blank space for it
        # a contextual form or ligature with no code point of its own gets a private one; a
        # blank one that sets a space is that space (NotoSansKR gives the space in Korean text
        # a glyph of its own, no code point, no outline: as U+E000 it was "an empty glyph for
        # a visible character" to preflight, and every Korean print PDF with a space failed).
        # Drawn with the space's own glyph, blank too, at this glyph's advance.
        uchar = owners[0] if owners else _blank_space(font, face, g, run.source)
        if uchar < 0:
            uchar = _private_code(font, face, g.gid)
        elif ord(run.source[g.cluster]) not in owners and _character(uchar):
            # the font maps another character to this glyph: an alias that reads as the
            # character drawn, when the glyph sets that one character alone (`_aliased`)
            drawn = drawn if drawn is not None else drawn_chars(run)
            char = drawn[index]
            alias = _alias_code(font, g.gid, char) if _aliased(char, uchar) else -1
            uchar = alias if alias >= 0 else uchar
        if index in carried:
            uchar = _carrying(font, g.gid, uchar, carried[index])
        chars.append(chr(uchar))
        data.append(
            ShapeData(
                g.cluster,
                g.x_advance * 1000 / upem,  # _scale, inline: a page sets thousands of glyphs
                g.y_advance * 1000 / upem,
                g.x_offset * 1000 / upem,
                g.y_offset * 1000 / upem,
                widths.get(uchar, 0),
            )
        )
    return ShapedStr("".join(chars), shapeData=data)


def needs_actual_text(runs: tuple[Run, ...], actual: str) -> bool:
    """Whether left-to-right `runs` may read from their glyphs as other text than `actual`,
    their characters in logical order. Such a line needs an ActualText span even where
    nothing else is tagged (a print PDF), or copy and search get the letters in drawing
    order. Two causes:
    - the glyphs' codes, through the font's ToUnicode, in drawing order are not `actual`: a
      pre-base vowel drawn before its consonant (Hindi कि, Bengali কে), a hyphen the layout
      drew (a presentation form, U+FB03's glyph for "ffi", reads as its letters: `logical`);
    - a glyph is placed by an offset or has no advance (a mark, a Khmer subscript): readers
      order characters by where they are drawn (PDFium read a badge's Khmer line in a
      wrong order though its codes in drawing order were right).
    Answered once per process for the same line (`_NEEDS`)."""
    found = _NEEDS.get(id(runs))
    if found is not None and found[0] is runs and found[1] == actual:
        return found[2]
    needs = _needs_actual_text(runs, actual)
    _NEEDS.put(id(runs), (runs, actual, needs))
    return needs


# Lines answered in this process, by their runs' identity: a merge sets the campaign's texts
# in the same lines on every page (text.fit keeps them); an entry keeps its runs alive
_NEEDS: Recent[int, tuple[tuple[Run, ...], str, bool]] = Recent(256)


def _needs_actual_text(runs: tuple[Run, ...], actual: str) -> bool:
    for run in runs:
        for g in run.glyphs:
            if g.x_offset or g.y_offset or not g.x_advance:
                return True
    return "".join(map(_as_read, runs)) != actual


_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd]")  # PRIVATE_USE, ALIASES


# the codes a ToUnicode map gives other text than their own character: private and alias
# codes, presentation forms (`to_unicode_cmap`)
_READ_OTHERWISE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\ufb00-\ufdff\ufe70-\ufefe]")


def _carrying(font: TTFont, gid: int, code: int, marks: str) -> int:
    """A code that draws glyph `gid` and reads as what `code` reads as followed by `marks`
    (an alias code, `_alias_code`: ދ and its fili ި drawn apart, as ދި), or `code` when
    none is left or `code` reads as nothing known."""
    aliases: dict[int, str] = getattr(font.face, "campaign_aliases", {})
    if _character(code):
        own = chr(code)
    else:
        own = aliases.get(code) or _face_texts(font.face).get(gid, "")
    if not own:
        return code
    alias = _alias_code(font, gid, own + marks)
    return alias if alias >= 0 else code


def _as_read(run: Run) -> str:
    """The run as a reader gets it from its glyphs: each glyph's code, a private code as the
    letters its glyph stands for and an alias code as its character (the ToUnicode map
    `to_unicode_cmap` writes: a ligature, a conjunct, Urdu's six), and a presentation form
    as its characters (`logical`: U+FB03's glyph as ffi)."""
    text = str(shaped(run))
    if not _READ_OTHERWISE.search(text):
        return text
    font = ttfont(run.face)
    texts = _face_texts(font.face)
    gid_of = font.face.charToGlyph
    aliases: dict[int, str] = getattr(font.face, "campaign_aliases", {})

    def read(c: str) -> str:
        code = ord(c)
        if code in aliases:
            return aliases[code]
        return logical(texts.get(gid_of.get(code, -1)) or c if _PRIVATE.match(c) else c)

    return "".join(map(read, text))


class RiseText(PDFTextObject):  # type: ignore[misc]  # reportlab has no types
    """reportlab's text object with its text rise kept right. A glyph HarfBuzz moves up or
    down (a mark's y offset) is drawn with a text rise (`Ts`, ISO 32000-1, 9.3.7), set back
    after it. reportlab 5.1's `setRise` writes two rises in a row as the second alone ("r0 Ts
    r1 Ts" as "r1 Ts") but keeps the first as the rise in effect; `_formatText` then draws the
    glyphs that follow with rise r1 where it believes them at r0. In Khmer, where a coeng's
    subscript and a vowel below it are lowered by different amounts, the base letters after
    them were drawn 0.3 em below the line, over their own vowel signs (ក្នុងការ: 28 PDFs of
    the default kit and its offices; a validator sweep, twenty-sixth session)."""

    _rise: float

    def setRise(self, rise: float) -> None:  # noqa: N802 (reportlab's name)
        v = f"{fp_str(rise)} Ts"
        if self._code and self._code[-1].endswith(" Ts"):  # the rise just set: replaced
            self._y += self._rise
            self._code[-1] = v
        else:
            self._code.append(v)
        self._rise = rise
        self._y -= rise


# A line's text operators (TextLine._formatText) by the font (its identity), the ShapedStr
# (its identity: made once per process, `shaped`), the size and leading, the subset in
# effect and what the text splits into in the document (the subsets' codes, as
# font.splitString assigns them) with the font's name there: a merge's records draw the
# campaign's lines with the same codes in every file. An entry keeps its font and text.
_FORMATTED: Recent[tuple[object, ...], tuple[TTFont, ShapedStr, str, int]] = Recent(
    512, probation=256
)


class TextLine(RiseText):
    """A line of a ShapedStr, its operators (`Tf`, `TJ`, `Ts`) made once per process for
    what they are made of (`_FORMATTED`): reportlab's `_formatText` walks every glyph's
    ShapeData and formats its numbers, the same for the campaign's lines in every record of
    a merge (4 in 5 of a 300-record merge's lines found made; drawing 30 merged event
    flyers took 0.90 of the instructions, callgrind). The font's subsets are asked as
    reportlab asks them (`splitString`, which gives the document's codes to new characters;
    the first chunk's subset name, which puts the font in the document). The result
    depends on nothing else: the rise at the start (0 in a new text object, else
    reportlab's own way), the text's glyphs (the same ShapedStr), the size, leading and the
    subset in effect (tests/render/test_text_line.py)."""

    _fontname: str
    _fontsize: float
    _leading: float
    _curSubset: int  # noqa: N815  (reportlab's name)

    def _formatText(self, text: str) -> str:  # noqa: N802  (reportlab's name)
        font = pdfmetrics.getFont(self._fontname)
        if self._rise or not getattr(font, "_dynamicFont", False):
            return str(super()._formatText(text))
        if not (font.shapable and isinstance(text, ShapedStr)):
            return str(super()._formatText(text))
        doc = self._canvas._doc
        chunks = tuple(font.splitString(text, doc))
        if not chunks:
            return str(super()._formatText(text))
        name = font.getSubsetInternalName(chunks[0][0], doc)
        key = (id(font), id(text), self._fontsize, self._leading, self._curSubset, name, chunks)
        found = _FORMATTED.get(key)
        if found is not None and found[0] is font and found[1] is text:
            self._curSubset = found[3]
            return found[2]
        out = str(super()._formatText(text))
        _FORMATTED.put(key, (font, text, out, self._curSubset))
        return out


def draw_run(
    canvas: Canvas,
    run: Run,
    x: float,
    y: float,
    size: float,
    *,
    ltr_page: bool = False,
    carried: Carried | None = None,
) -> None:
    """Draw the run's glyphs as text from (x, y) pt, the left end of its baseline, at `size`
    pt; in a right-to-left run, the raised marks (`raised_marks`) as outlines after it, the
    marks of a script that spells with them read with their letter (`spelled_marks`, on a
    page read left to right first: `ltr_page`). `carried`: those marks given instead, for a
    run that is a piece of another (an arc's glyph drawn alone: items.arc_text)."""
    if not run.glyphs:
        return
    marks = raised_marks(run)
    if carried is None:
        carried = spelled_marks(run, marks, ltr_page) if marks else ()
    if not marks:
        _draw_text(canvas, run, x, y, size, carried)
        return
    letters = replace(run, glyphs=tuple(g for g in run.glyphs if g not in marks))
    _draw_text(canvas, letters, x, y, size, carried)
    scale = size / run.face.upem
    pen = x
    for g in run.glyphs:
        if g in marks:
            outline = glyph_outline(run.face, g.gid)
            if outline is not None:
                gx, gy = pen + g.x_offset * scale, y + g.y_offset * scale
                canvas._code.append(placed_outline(outline, scale, gx, gy))
        pen += g.x_advance * scale


def raised_marks(run: Run) -> frozenset[Glyph]:
    """The glyphs of a right-to-left run that are combining marks HarfBuzz placed on their
    base: a glyph with no advance and an x or y offset whose characters (the font's cmap:
    Arabic harakat, Persian's hamza above, Hebrew points; a presentation form as its
    compatibility decomposition, U+FC62 shadda with kasra) are all nonspacing marks
    (category Mn); or a glyph of no character of its own (a ligature of two marks: NotoSansArabic's
    shadda with fathatan in جدًّا) that the font's GDEF table classes as a mark, set for a
    mark. They are drawn as outlines instead of text (`draw_run`).

    Drawn as text, such a mark sits apart from its letter, raised by a text rise (`Ts`) or
    moved sideways, and readers took it for a word or a line of its own: PDFium read Persian
    "شدهٔ" with its hamza at the start of the line, poppler as "شد ٔه", Hebrew "שָׁלוֹם" as
    "שׁ ָ לוֹם", and a fully pointed Arabic line as one mark or letter a line
    (bench/README.md, thirty-second session); an ActualText span does not mend it, as PDFium
    and poppler read a right-to-left one in opposite orders. As outlines, the letters are
    one line of text, which both read in order, without their marks (as most Arabic,
    Persian and Hebrew is written and searched); the marks look the same, and the tagged
    PDF's structure element still gives the text with its marks (its ActualText,
    render.pdf.logical_text). The marks of a script that spells every word with them
    (Thaana's fili: text.scripts.SPELLED_MARKS) are drawn as outlines too, and read as
    text with the letter they sit on (`spelled_marks`). Left-to-right runs keep their marks
    as text: their lines carry an ActualText span where marks are moved
    (`needs_actual_text`). Glyphs of a letter (Nastaliq's dots, set for their letter) stay
    text."""
    if not run.rtl or not any(_moved_mark(g) for g in run.glyphs):
        return frozenset()
    owners_of = ttfont(run.face).face.glyphToChar
    hb_face, source = run.face.hb_font.face, run.source
    return frozenset(
        g
        for g in run.glyphs
        if _moved_mark(g)
        and (
            _reads_as_marks(tuple(owners_of[g.gid]))
            if g.gid in owners_of
            else hb_face.get_layout_glyph_class(g.gid) == hb.OTLayoutGlyphClass.MARK
            and unicodedata.category(source[g.cluster]) == "Mn"
        )
    )


def spelled_marks(run: Run, marks: frozenset[Glyph], ltr_page: bool = False) -> Carried:
    """The marks of `marks` (a right-to-left run's, drawn as outlines: `raised_marks`) whose
    script spells its words with them (text.scripts.SPELLED_MARKS: Thaana's fili), each
    given to the letter it sits on: (the letter's index among the run's glyphs that are not
    in `marks`, the marks' characters in logical order). The letter's glyph reads as the
    letter and its marks (`_carrying`), so copy and search give "ދިވެހި" where the letters
    alone read "ދވހ", unreadable and found by no search for the word; a PDF reader, which
    puts the characters of a glyph next to those of its neighbours, reads the word in order
    as the Arabic lam-alef's two letters (render.tounicode.as_drawn). A right-to-left run
    is in drawing order, right to left reversed: a mark comes before its letter. Marks with
    no letter after them in the run (a mark drawn alone) are not read.

    On a page read left to right first (`ltr_page`: poppler's, when its text has no more
    right-to-left letters than left-to-right ones), poppler reverses each right-to-left
    stretch of a line, which it begins at a right-to-left character: the mark that a
    stretch's leftmost letter reads with first (the last of the stretch's words, "ރާއްޖެ")
    fell before the stretch, out of its word ("ެ‫ދިވެހި ރާއްޖ‬"). Such a letter's marks are
    followed by a right-to-left mark (U+200F, `RLM`), which begins the stretch and ends the
    word in the text read: "ރާއްޖެ" + RLM (`_stretch_starts`)."""
    owners_of = ttfont(run.face).face.glyphToChar
    starts = _stretch_starts(run, marks) if ltr_page else frozenset()
    carried: list[tuple[int, str]] = []
    pending: list[str] = []
    index = 0
    for g in run.glyphs:
        if g not in marks:
            if pending:
                spelled = "".join(reversed(pending))
                carried.append((index, spelled + RLM if index in starts else spelled))
                pending = []
            index += 1
            continue
        char = _mark_char(run, g, tuple(owners_of.get(g.gid) or ()))
        if char and char_script(char) in SPELLED_MARKS:
            pending.append(char)
    return tuple(carried)


RLM = "\u200f"  # RIGHT-TO-LEFT MARK: poppler's only right-to-left character that draws nothing

# bidi classes that end a right-to-left stretch as poppler reads a line left to right first
# (its UnicodeTypeTable: letters of class L, and digits and the signs read with them, of
# type '#'); R and AL begin one; the others (spaces, marks, most punctuation) are in
# whichever stretch they fall
_ENDS_STRETCH = frozenset({"L", "EN", "AN", "ES", "ET", "CS"})


def _stretch_starts(run: Run, marks: frozenset[Glyph]) -> frozenset[int]:
    """The letters of a right-to-left run (their index among its glyphs not in `marks`)
    that begin a right-to-left stretch as poppler reads a line left to right: the run's
    leftmost letter (what is left of the run on its line is not known here), and each one
    with nothing right-to-left between it and a glyph of a character that ends a stretch
    (`_ENDS_STRETCH`: a full stop, a colon, a digit; not a space)."""
    starts: set[int] = set()
    after_rtl = False
    index = 0
    for g in run.glyphs:
        if g in marks:
            continue
        if not after_rtl:
            starts.add(index)
        bidi = unicodedata.bidirectional(run.source[g.cluster : g.cluster + 1] or " ")
        if bidi in ("R", "AL"):
            after_rtl = True
        elif bidi in _ENDS_STRETCH:
            after_rtl = False
        index += 1
    return frozenset(starts)


def _mark_char(run: Run, g: Glyph, owners: tuple[int, ...]) -> str:
    """The character a mark's glyph draws: the one of its cluster, when the font maps it to
    the glyph (HarfBuzz keeps a mark's cluster its own), else the glyph's first owner."""
    here = run.source[g.cluster] if g.cluster < len(run.source) else ""
    if here and ord(here) in owners or not owners:
        return here
    return chr(owners[0])


def _moved_mark(g: Glyph) -> bool:
    """Whether a glyph has no advance and an offset, as HarfBuzz places a mark on its base."""
    return not g.x_advance and bool(g.x_offset or g.y_offset)


@lru_cache(maxsize=1024)
def _reads_as_marks(owners: tuple[int, ...]) -> bool:
    if not owners:
        return False
    for code in owners:
        text = unicodedata.normalize("NFKD", chr(code)).replace(" ", "")
        if not text or any(unicodedata.category(c) != "Mn" for c in text):
            return False
    return True


def _draw_text(
    canvas: Canvas, run: Run, x: float, y: float, size: float, carried: Carried = ()
) -> None:
    if not run.glyphs:
        return
    text = shaped(run, carried)  # registers the font first
    if not text:  # only inkless glyphs (one glyph of an arc's text)
        return
    canvas.setFont(run.face.key, size)
    # canvas.drawString's steps (beginText, textLine, drawText; its bidi pass and the width
    # it measures change nothing of a ShapedStr: drawn as given), with RiseText's rises and
    # the operators made once per process (TextLine)
    line = TextLine(canvas, x, y)
    line.textLine(text)
    canvas.drawText(line)
