"""Fonts in reportlab, and shaped runs as reportlab ShapedStr (positioned glyphs in a TJ).

Each font file is parsed by reportlab at most once per process, and only when a page uses it;
what reportlab reads from it (cmap, widths, glyph offsets) is kept in the user's cache
(`cache.pickled`), so that later processes do not read it again (`parsed_face`).
"""

from __future__ import annotations

import io
import math
import operator
import re
import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from functools import lru_cache, partial
from hashlib import sha256
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
import uharfbuzz as hb
from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import (
    SUBSETN,
    ShapeData,
    ShapedStr,
    TTEncoding,
    TTFError,
    TTFont,
    TTFontFace,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from .. import cache, otf
from ..diagnostics import Mark, failure
from ..fonts import FontFace
from ..recent import Recent
from ..text.glyphtext import glyph_texts
from ..text.paragraph import Run
from ..text.shape import Glyph
from .forms import FilledForm, draw_form


def ttfont(face: FontFace) -> TTFont:
    """The face as a reportlab font, registered under its key (reportlab's font registry is
    process-wide: a font of another file under the same key is replaced, not reused)."""
    font = pdfmetrics._fonts.get(face.key)
    if not isinstance(font, TTFont) or getattr(font, "campaign_path", None) != face.path:
        try:
            font = CachedTTFont(face.key, parsed_face(face))
        except (TTFError, OSError, struct.error, ValueError, IndexError) as exc:
            # the table directory was checked when fonts.yaml was read; a table inside it
            # can still be damaged
            raise failure(
                "font.read",
                f"font file '{face.path.name}' of font family '{face.family}' is damaged ({exc})",
                Mark.file(face.path),
                "put a working TrueType (.ttf) or OpenType (.otf) file in fonts/",
            ) from exc
        font.campaign_path = face.path
        # registerFont keeps a TrueType font already registered under the name or face name
        pdfmetrics._fonts.pop(face.key, None)
        pdfmetrics._dynFaceNames.pop(font.face.name, None)
        pdfmetrics.registerFont(font)
        font.hbFont(10)  # sets up reportlab's private code points for unmapped glyphs
    return font


# Attributes of a parsed TTFontFace not kept in the cache: the file's bytes (read again from
# the font file, shared with the HarfBuzz face) and the scale function (a lambda: rebuilt).
NOT_CACHED = ("_ttf_data", "_pdfScale")


def parsed_face(face: FontFace) -> ParsedFace:
    """reportlab's parse of the font file (TTFontFace: cmap, advance widths, glyph offsets,
    names, metrics), from the user's cache when this file (by its sha256), this reportlab
    and this Python were seen before, else parsed and cached. Parsing took 4 to 42 ms a file
    here (NotoSansArabic-Regular to NotoSansTC-Bold, 2 cores of this machine kind); reading
    the cached parse of NotoSansSC-Bold 7 ms. Every process that draws parsed each font it
    used, and a whole-kit build's workers use most of them. Raises what TTFontFace raises
    (TTFError, OSError, struct.error, ...) for a damaged file; a damaged cache entry is
    parsed again (cache.pickled). What is parsed is the face's TrueType font (`face.data`: an
    .otf's conversion, named by `otf.identity`)."""
    name = cache.key("ttface", otf.identity(face.path), reportlab.Version)
    state: dict[str, Any] = cache.pickled(f"font-{name}", lambda: _face_state(face))
    parsed = ParsedFace.__new__(ParsedFace)
    parsed.__dict__.update(state)
    parsed.subsets = Recent(SUBSETS, probation=SUBSETS)
    parsed.written = Recent(SUBSETS, probation=SUBSETS)
    parsed._ttf_data = face.data  # the same bytes as the HarfBuzz face's
    parsed.filename = str(face.path)  # the file parsed may have been a copy elsewhere
    upm = parsed.unitsPerEm  # reportlab's own scale: x * (1000 / unitsPerEm), or x at 1000
    parsed._pdfScale = _same if upm == 1000 else partial(operator.mul, 1000 / upm)
    return parsed


def _same(x: float) -> float:
    return x


def _face_state(face: FontFace) -> dict[str, Any]:
    parsed = TTFontFace(io.BytesIO(face.data))
    return {k: v for k, v in vars(parsed).items() if k not in NOT_CACHED}


# Font programs kept per face (`ParsedFace.makeSubset`), at most this many on probation and
# this many used again: a merge's records of one language mostly make the same subset (the
# campaign's texts and records in ASCII, whose codes are fixed: reportlab's ASCII-readable
# subset 0), and a subset is 10 to 200 KB.
SUBSETS = 4


class ParsedFace(TTFontFace):  # type: ignore[misc]  # reportlab has no types
    """A TTFontFace that keeps the font programs of the subsets it made last (`subsets`:
    `SUBSETS` of them), keyed by the subset's code points in their order (the order gives
    the subset's glyph ids and cmap). reportlab makes each document's subsets again from its
    codes: 0.5 ms of Python for a 100-glyph subset of NotoSans-Regular here, twice a record
    of an English merge. A subset's program depends on the codes' glyphs only, and a code's
    glyph never changes once set (`_private_code`)."""

    subsets: Recent[tuple[int, ...], bytes]
    # (subset number, codes) -> what a print file writes of the subset: its tagged name, its
    # /Widths as written, its ToUnicode map (CachedTTFont.addObjects)
    written: Recent[tuple[int, tuple[int, ...], bool], tuple[str, Preformatted, str]]

    def makeSubset(self, subset: Sequence[int]) -> bytes:  # noqa: N802  (reportlab's name)
        key = tuple(subset)
        found = self.subsets.get(key)
        if found is None:
            found = super().makeSubset(subset)
            self.subsets.put(key, found)
        return found


class CachedTTFont(TTFont):  # type: ignore[misc]  # reportlab has no types
    """A TTFont made from a parsed face (`parsed_face`) instead of a file name. Its
    attributes are TTFont.__init__'s (reportlab 4 and 5) for a shapable font (a test
    compares the two)."""

    def __init__(self, name: str, face: TTFontFace) -> None:  # not TTFont's: no parsing
        self.fontName = name
        self.face = face
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[object, object] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)

    def addObjects(self, doc: PDFDocument) -> None:  # noqa: N802  (reportlab's name)
        """reportlab's TTFont.addObjects (one simple TrueType font per subset of 256 codes:
        widths, ToUnicode map, descriptor, font program), with the ToUnicode map giving each
        glyph without a code point the text it stands for (`to_unicode_cmap`: a ligature its
        letters, a conjunct its consonants, where reportlab gave its private-use code) and
        characters beyond U+FFFF as surrogate pairs; and, in a print file finished as it is
        written (`doc.campaign_subset_tags`, render.pdfx), each subset tagged from its font
        program (`subset_tag`) instead of AAAAAA+, AAAAAB+..., as render.postprocess tags a
        saved file's."""
        try:
            state: Any = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face = self.face
        tagged = bool(getattr(doc, "campaign_subset_tags", False))
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base, widths, cmap_text = _written(face, n, subset, tagged)
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = widths
            cmap = pdfdoc.PDFStream()
            cmap.content = cmap_text
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            font.FontDescriptor = face.addSubsetObjects(doc, base, subset)
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]


class Preformatted(pdfdoc.PDFObject):  # type: ignore[misc]
    """A direct object of a reportlab document written as the bytes it was given."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: PDFDocument) -> bytes:
        return self.data


def _written(face: Any, n: int, subset: list[int], tagged: bool) -> tuple[str, Preformatted, str]:
    """Subset `n`'s name (tagged from its program, or reportlab's numbered one), its /Widths
    as written and its ToUnicode map, made once per process for a face's subset
    (`ParsedFace.written`; a merge's records write the same two or three subsets in every
    file). Another TTFontFace (not ours) makes them every time."""
    key = (n, tuple(subset), tagged)
    kept = getattr(face, "written", None)
    found = kept.get(key) if kept is not None else None
    if found is None:
        numbered = (SUBSETN(n) + b"+" + face.name + face.subfontNameX).decode("pdfdoc")
        widths = pdfdoc.PDFArray([face.getCharWidth(c) for c in subset])
        found = (
            subset_tag(numbered, face.makeSubset(subset)) if tagged else numbered,
            Preformatted(bytes(widths.format(pdfdoc.DummyDoc()))),
            to_unicode_cmap(numbered, subset, _private_texts(face, subset)),
        )
        if kept is not None:
            kept.put(key, found)
    return found


def _private_texts(face: Any, subset: list[int]) -> dict[int, str]:
    """{code point: text} for the subset's private-use code points that stand for a glyph
    without one (`_private_code`), from the font's substitutions (text.glyphtext), and for
    its alias codes (`_alias_code`), the character each was made for."""
    aliases: dict[int, str] = getattr(face, "campaign_aliases", {})
    out = {code: aliases[code] for code in subset if code in aliases}
    private = [c for c in subset if PRIVATE_USE[0] <= c <= PRIVATE_USE[1]]
    if not private:
        return out
    texts = _face_texts(face)
    for code in private:
        gid = face.charToGlyph.get(code)
        if gid is not None and gid in texts:
            out[code] = texts[gid]
    return out


def _utf16_hex(text: str) -> str:
    """`text` as a ToUnicode destination: UTF-16BE in hexadecimal (ISO 32000-1, 9.10.3), a
    character beyond U+FFFF as its surrogate pair."""
    return text.encode("utf-16-be").hex().upper()


# Unicode's presentation forms: Alphabetic (U+FB00-U+FB4F: the Latin ligatures ff, fi, ffi...,
# Armenian ligatures, Hebrew letters with their points), Arabic A (U+FB50-U+FDFF: ligatures
# such as U+FCA6 and U+FDF2) and Arabic B (U+FE70-U+FEFE: positional forms, lam-alef)
PRESENTATION_FORM = re.compile("[\ufb00-\ufdff\ufe70-\ufefe]")
# what a presentation form of marks alone sits on in its compatibility decomposition: a space
# (an isolated form, U+FE76 fatha) or a tatweel (a medial form, U+FCF2 shadda with fatha)
MARK_CARRIERS = " \u0640"


def logical(text: str) -> str:
    """`text` with each presentation form as the characters it stands for in logical text:
    its compatibility decomposition (NFKC: U+FEDF lam's initial form as ل, U+FEFB lam-alef
    as لا, U+FB03 as ffi), a form of marks alone as its marks (without the space or tatweel
    of its decomposition). A font's cmap gives most Arabic contextual forms and ligatures a
    presentation form's code point (NotoSansArabic: 751 of them), and a ToUnicode map that
    gave them that code point read اﻻﺗﺠﺎر for الاتجار in poppler (pdftotext, Evince, Okular:
    nothing found by a search; PDFium normalises). Only presentation forms: NFKC would also
    turn Thai ำ into two characters, ² into 2 and a full-width comma into a comma."""
    if not PRESENTATION_FORM.search(text):
        return text
    return PRESENTATION_FORM.sub(_decomposed, text)


@lru_cache(maxsize=1024)
def _decomposed_form(form: str) -> str:
    text = unicodedata.normalize("NFKC", form)
    marks = text[1:]
    if text[:1] in MARK_CARRIERS and marks and all(unicodedata.category(c) == "Mn" for c in marks):
        return marks
    return text


def _decomposed(match: re.Match[str]) -> str:
    return _decomposed_form(match[0])


def as_drawn(text: str) -> str:
    """A glyph's text in the order a reader expects it in: right-to-left text (a letter of
    bidi class R or AL, none of class L) reversed. Readers take the characters of a page's
    glyphs in drawing order for right-to-left words drawn from right to left and reverse the
    whole word, a glyph's own characters with it: a lam-alef ligature written as لا in its
    ToUnicode map read "االتجار" for الاتجار, in poppler and PDFium alike."""
    if len(text) < 2:
        return text
    classes = {unicodedata.bidirectional(c) for c in text}
    if "L" in classes or not classes & {"R", "AL"}:
        return text
    return text[::-1]


def to_unicode_cmap(fontname: str, subset: Sequence[int], texts: dict[int, str]) -> str:
    """reportlab's ToUnicode CMap of a subset (ttfonts.makeToUnicodeCMap: code i -> the
    subset's i-th code point), with each code point in `texts` mapped to its text instead
    (a glyph's letters for its private-use code point), each presentation form as the
    characters it stands for (`logical`: a glyph the font's cmap gives U+FEDF reads as ل)
    and every destination in UTF-16BE, so a character beyond U+FFFF is its surrogate pair
    (reportlab wrote <282E2>: readers took U+282E)."""
    entries = [
        f"<{i:02X}> <{_utf16_hex(as_drawn(logical(texts.get(v) or chr(v))))}>"
        for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def subset_tag(numbered: str, program: bytes) -> str:
    """A subset's name with its own tag (ISO 32000-1, 9.6.4: six upper-case letters, different
    for different subsets) in place of reportlab's numbered one (`numbered`: AAAAAA+Name):
    derived from the numbered name and the subset's font program (render.postprocess tags a
    saved file's subsets with it too), so the same subset has the same tag in every file."""
    found = sha256(("/" + numbered).encode())
    found.update(program)
    tag = "".join(chr(65 + b % 26) for b in found.digest()[:6])
    return f"{tag}+{numbered[7:]}"


# a ToUnicode bfchar entry whose destination is a code point beyond U+FFFF written as is
ASTRAL_ENTRY = re.compile(r"<([0-9A-Fa-f]{2,4})> <([0-9A-Fa-f]{5,6})>")


def _utf16(match: re.Match[str]) -> str:
    cp = int(match[2], 16) - 0x10000
    return f"<{match[1]}> <{0xD800 + (cp >> 10):04X}{0xDC00 + (cp & 0x3FF):04X}>"


def astral_to_unicode(cmap: str) -> str:
    """reportlab writes the ToUnicode entry of a character beyond U+FFFF (𨋢, an HKSCS
    character of CJK Extension B) as its code point, <282E2>; a ToUnicode CMap maps to UTF-16BE
    (ISO 32000-1, 9.10.3), so the entry becomes the surrogate pair <D860DEE2>. Readers took the
    first four digits: the text read U+282E instead of 𨋢."""
    return ASTRAL_ENTRY.sub(_utf16, cmap)


def _scale(face: FontFace, v: int) -> float:
    return v * 1000 / face.upem


PRIVATE_USE = (0xE000, 0xF8FF)  # the BMP's Private Use Area


def _private_code(font: TTFont, face: FontFace, gid: int) -> int:
    """A code point for a glyph that has none, the same in every process: U+E000 + glyph id
    when that is free (reportlab's own allocator numbers glyphs in the order a process first
    meets them, so the bytes of a page depended on the pages drawn before it in a worker)."""
    code = PRIVATE_USE[0] + gid
    owner = font.face.charToGlyph.get(code)
    if owner == gid:
        return code
    nominal = _scale(face, face.hb_font.get_glyph_h_advance(gid))
    if code > PRIVATE_USE[1] or owner is not None:  # fonts this large keep the old allocator
        return int(font.hbAddPrivate(face.hb_font.glyph_to_string(gid), gid, nominal))
    font.face.charToGlyph[code] = gid
    font.face.glyphToChar.setdefault(gid, []).append(code)
    font.face.charWidths[code] = nominal
    return code


def _blank_space(font: TTFont, face: FontFace, glyph: Glyph, source: str) -> int:
    """The code of the space character `glyph` sets when it is a glyph with no code point and
    no outline whose cluster is that character, and the font maps the character; else -1."""
    if glyph.cluster >= len(source):
        return -1
    char = source[glyph.cluster]
    if not (char.isspace() and ord(char) in font.face.charToGlyph):
        return -1
    return ord(char) if _no_outline(face, glyph.gid) else -1


def _character(code: int) -> bool:
    """A code of a character, not a private code (of ours, reportlab's or the font's) nor an
    alias code (`_alias_code`)."""
    return not (PRIVATE_USE[0] <= code <= PRIVATE_USE[1] or ALIASES[0] <= code <= ALIASES[1])


# Plane 15's private use area (Supplementary Private Use Area-A): codes for a glyph drawn for
# a character the font maps to another glyph (`_alias_code`)
ALIASES = (0xF0000, 0xFFFFD)


def _alias_code(font: TTFont, gid: int, char: str) -> int:
    """A code that draws glyph `gid` and reads as `char` (the ToUnicode map gives it
    `char`: `_private_texts`), for a glyph the font's cmap gives another character: Urdu's
    six U+06F6 is drawn, after the font's `locl` for Urdu, with the glyph of the Arabic-Indic
    six U+0666, and read as U+0666 it was another character to a search or a screen reader.
    U+F0000 + glyph id, the same in every process; a glyph aliased for a second character
    takes the next free code above the glyph ids."""
    face = font.face
    aliases: dict[int, str] = face.__dict__.setdefault("campaign_aliases", {})
    code = ALIASES[0] + gid
    while code in aliases or code in face.charToGlyph:
        if aliases.get(code) == char and face.charToGlyph.get(code) == gid:
            return code
        code = max(code + 1, ALIASES[0] + face.numGlyphs)
    if code > ALIASES[1]:
        return -1
    aliases[code] = char
    face.charToGlyph[code] = gid
    face.glyphToChar.setdefault(gid, []).append(code)
    face.charWidths[code] = face.charWidths.get(face.glyphToChar[gid][0], 0)
    return code


def _aliased(char: str, owner: int) -> bool:
    """Whether a glyph the cmap gives `owner` and that sets `char` alone needs an alias code
    to read as `char`: not when `owner` is a compatibility form of `char` (an Arabic
    contextual form such as U+FE96 for ت: the ToUnicode map gives it its letter, `logical`;
    NFKC), nor when
    either is a mark (HarfBuzz moves marks between clusters: a Bengali vowel sign split in
    two, a candrabindu reordered, whose glyph is part of a cluster however it is numbered)."""
    if not char:
        return False
    other = chr(owner)
    if unicodedata.category(char)[0] == "M" or unicodedata.category(other)[0] == "M":
        return False
    return unicodedata.normalize("NFKC", other) != char


def _drawn_for(run: Run, index: int) -> str:
    """The one character glyph `index` of `run` sets, or "" when its cluster has more than
    one character or more than one glyph (a ligature, a conjunct, a reordered vowel: the
    cluster's glyphs stand for its characters together)."""
    glyphs = run.glyphs
    cluster = glyphs[index].cluster
    if any(g.cluster == cluster for i, g in enumerate(glyphs) if i != index):
        return ""
    following = [g.cluster for g in glyphs if g.cluster > cluster]
    end = min(following) if following else max(run.end, cluster + 1)
    return run.source[cluster] if end - cluster == 1 else ""


def inkless(face: FontFace, glyph: Glyph) -> bool:
    """A glyph that moves nothing and draws nothing: no advance and empty extents (no outline,
    no bitmap), such as the placeholder NotoSansDevanagari's shaping leaves for a mark it has
    merged into a ligature (`dummymarkdeva` in मॉडलिंग). HarfBuzz gives an id past the font's
    glyphs no extents: it is not inkless, it stays to be caught as a missing glyph."""
    if glyph.x_advance or glyph.y_advance:
        return False
    return _no_outline(face, glyph.gid)


def _no_outline(face: FontFace, gid: int) -> bool:
    """Empty extents: no outline, no bitmap (an id past the font's glyphs has no extents at
    all, and is not taken for one)."""
    extents = face.hb_font.get_glyph_extents(gid)
    return extents is not None and extents.width == 0 and extents.height == 0


# Runs made into ShapedStr in this process: the campaign's texts are the same runs on every
# page of a merge. Keyed by the reportlab font (by identity: a font registered again is
# another font, with private codes of its own), the glyphs and the text they set (one glyph
# sets U+0666 in Arabic and U+06F6 in Urdu: `_alias_code`); an entry keeps its font.
_SHAPED: Recent[tuple[int, tuple[Glyph, ...], str], tuple[TTFont, ShapedStr]] = Recent(256)


def shaped(run: Run) -> ShapedStr:
    """The run's glyphs as a ShapedStr (`_shaped`), made once per process and font."""
    font = ttfont(run.face)
    key = (id(font), run.glyphs, run.source)
    found = _SHAPED.get(key)
    if found is not None and found[0] is font:
        return found[1]
    text = _shaped(run, font)
    _SHAPED.put(key, (font, text))
    return text


def _shaped(run: Run, font: TTFont) -> ShapedStr:
    """The run's glyphs as a ShapedStr: reportlab subsets by code and writes our positions.

    A glyph with no character's code point that is inkless is left out (even when a run that
    gave it an advance gave it a private code): written, it would be a private-use character
    drawing nothing (tofu to a preflight, noise in the text layer), and
    leaving it out moves no other glyph. The text layer of tagged lines is their ActualText,
    the characters of the source (`Line.actual_text`), which does not depend on the glyphs."""
    face = run.face
    upem = face.upem
    owners_of, widths = font.face.glyphToChar, font.face.charWidths
    low, high = PRIVATE_USE
    chars, data = [], []
    for index, g in enumerate(run.glyphs):
        owners = owners_of.get(g.gid) or []
        # the first owner a character's code (most glyphs): `_character` holds, nothing to ask
        if (not owners or low <= owners[0] <= high) and (
            not any(_character(u) for u in owners) and inkless(face, g)
        ):
            continue
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
            char = _drawn_for(run, index)
            alias = _alias_code(font, g.gid, char) if _aliased(char, uchar) else -1
            uchar = alias if alias >= 0 else uchar
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
# Each parsed face's glyph texts (text.glyphtext), read from the cache once per process: the
# ToUnicode maps of its subsets and the text its lines are read as both ask for them
_FACE_TEXTS: WeakKeyDictionary[Any, dict[int, str]] = WeakKeyDictionary()


def _face_texts(face: Any) -> dict[int, str]:
    """{glyph id: text} of a reportlab face's font file (`glyph_texts`); {} for a face made
    without a file."""
    found = _FACE_TEXTS.get(face)
    if found is None:
        path = getattr(face, "filename", None)
        found = _FACE_TEXTS[face] = glyph_texts(Path(path)) if path else {}
    return found


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


def draw_run(canvas: Canvas, run: Run, x: float, y: float, size: float) -> None:
    """Draw the run's glyphs as text from (x, y) pt, the left end of its baseline, at `size`
    pt; in a right-to-left run, the raised marks (`raised_marks`) as outlines after it."""
    if not run.glyphs:
        return
    marks = raised_marks(run)
    if not marks:
        _draw_text(canvas, run, x, y, size)
        return
    _draw_text(
        canvas, replace(run, glyphs=tuple(g for g in run.glyphs if g not in marks)), x, y, size
    )
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
    render.pdf.logical_text). Left-to-right runs keep their marks as text: their lines
    carry an ActualText span where marks are moved (`needs_actual_text`). Glyphs of a letter
    (Nastaliq's dots, set for their letter) stay text."""
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


def _draw_text(canvas: Canvas, run: Run, x: float, y: float, size: float) -> None:
    if not run.glyphs:
        return
    text = shaped(run)  # registers the font first
    if not text:  # only inkless glyphs (one glyph of an arc's text)
        return
    canvas.setFont(run.face.key, size)
    if not any(d.y_offset for d in text.__shapeData__):  # no rise: reportlab's own way
        canvas.drawString(x, y, text)
        return
    line = RiseText(canvas, x, y)  # canvas.drawString's steps, with RiseText
    line.textLine(text)
    canvas.drawText(line)


class OutlinePen:
    """A fontTools-style pen that draws glyph outlines into a reportlab path (for the slug)."""

    def __init__(self, path: object, x: float, y: float, scale: float) -> None:
        self.p, self.x, self.y, self.s = path, x, y, scale
        self.last = (0.0, 0.0)

    def _pt(self, pt: tuple[float, float]) -> tuple[float, float]:
        return self.x + pt[0] * self.s, self.y + pt[1] * self.s

    def moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 (pen protocol)
        self.p.moveTo(*self._pt(pt))  # type: ignore[attr-defined]
        self.last = pt

    def lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.p.lineTo(*self._pt(pt))  # type: ignore[attr-defined]
        self.last = pt

    def curveTo(  # noqa: N802
        self,
        a: tuple[float, float],
        b: tuple[float, float],  # noqa: N802
        c: tuple[float, float],
    ) -> None:
        self.p.curveTo(*self._pt(a), *self._pt(b), *self._pt(c))  # type: ignore[attr-defined]
        self.last = c

    def qCurveTo(self, *pts: tuple[float, float]) -> None:  # noqa: N802
        # TrueType implied on-curve points between consecutive off-curve points
        offs, end = list(pts[:-1]), pts[-1]
        for i, off in enumerate(offs):
            nxt = (
                end
                if i == len(offs) - 1
                else ((off[0] + offs[i + 1][0]) / 2, (off[1] + offs[i + 1][1]) / 2)
            )
            p0 = self.last
            c1 = (p0[0] + 2 / 3 * (off[0] - p0[0]), p0[1] + 2 / 3 * (off[1] - p0[1]))
            c2 = (nxt[0] + 2 / 3 * (off[0] - nxt[0]), nxt[1] + 2 / 3 * (off[1] - nxt[1]))
            self.curveTo(c1, c2, nxt)

    def closePath(self) -> None:  # noqa: N802
        self.p.close()  # type: ignore[attr-defined]

    def endPath(self) -> None:  # noqa: N802
        pass


class PathOps:
    """A stand-in for a reportlab path that records PDF path operators (for OutlinePen), and
    the box around every point it wrote (a curve lies inside its control points' box)."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.box = [math.inf, math.inf, -math.inf, -math.inf]

    def _num(self, v: float, axis: int) -> str:
        text = f"{v:.2f}".rstrip("0").rstrip(".")
        n = float(text)
        box = self.box
        box[axis], box[axis + 2] = min(box[axis], n), max(box[axis + 2], n)
        return text

    def _point(self, x: float, y: float) -> str:
        return f"{self._num(x, 0)} {self._num(y, 1)}"

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802 (reportlab's path API)
        self.ops.append(f"{self._point(x, y)} m")

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802
        self.ops.append(f"{self._point(x, y)} l")

    def curveTo(self, *v: float) -> None:  # noqa: N802
        points = (self._point(v[i], v[i + 1]) for i in range(0, len(v), 2))
        self.ops.append(" ".join(points) + " c")

    def close(self) -> None:
        self.ops.append("h")


@dataclass(frozen=True)
class Outline:
    """A glyph's outline in font units: PDF path operators, and the box (left, bottom, right,
    top) around every point they name, widened by `OUTLINE_MARGIN` of the em on each side."""

    ops: str
    box: tuple[int, int, int, int]


# A form's /BBox clips it: the margin keeps the clip clear of the outline's edge pixels, so
# the clip never takes part in the anti-aliasing of the glyph's edges.
OUTLINE_MARGIN = 0.05  # of the em

# (face key, font file, glyph id) -> the glyph's outline; a key may name another file later
# (a kit read again), as in `ttfont`
_OUTLINES: dict[tuple[str, str, int], Outline | None] = {}


def glyph_outline(face: FontFace, gid: int) -> Outline | None:
    """A glyph's outline in font units (None: it has none), drawn once per process."""
    key = (face.key, str(face.path), gid)
    if key not in _OUTLINES:
        path = PathOps()
        face.hb_font.draw_glyph_with_pen(gid, OutlinePen(path, 0.0, 0.0, 1.0))
        outline = None
        if path.ops:
            pad = math.ceil(face.upem * OUTLINE_MARGIN)
            left, bottom, right, top = path.box
            box = (
                math.floor(left) - pad,
                math.floor(bottom) - pad,
                math.ceil(right) + pad,
                math.ceil(top) + pad,
            )
            outline = Outline(" ".join(path.ops), box)
        _OUTLINES[key] = outline
    return _OUTLINES[key]


# (face key, font file, glyphs, size) per run -> the runs' form content, once per process for
# the slug's fields that repeat from document to document (a new one on probation until it
# is drawn again: the build hash is new on every record of a merge)
_OUTLINED: Recent[tuple[tuple[str, str, tuple[Glyph, ...], float, float], ...], FilledForm] = (
    Recent(32, probation=16)
)


def placed_outline(outline: Outline, scale: float, x: float, y: float) -> str:
    """A glyph's outline filled at (x, y) (pt: its origin) at `scale` (pt per font unit):
    `q s 0 0 s x y cm`, the outline, `f`, `Q`."""
    return f"q {scale:.6g} 0 0 {scale:.6g} {x:.3f} {y:.3f} cm\n{outline.ops} f Q"


def outline_content(runs: Sequence[Run], size: float) -> FilledForm | None:
    """The glyph outlines of `runs` at `size` pt as a content stream: per glyph `q s 0 0 s x y
    cm` (font units to pt, the glyph's place from the runs' origin), its outline and `f`, `Q`;
    its box holds every glyph's outline box (margin included). None when no glyph has an
    outline (only spaces)."""
    key = tuple((r.face.key, str(r.face.path), r.glyphs, r.x, size) for r in runs)
    found = _OUTLINED.get(key)
    if found is not None:
        return found
    ops: list[str] = []
    box = [math.inf, math.inf, -math.inf, -math.inf]
    for run in runs:
        face = run.face
        scale = size / face.upem
        pen_x = run.x
        for g in run.glyphs:
            outline = glyph_outline(face, g.gid)
            if outline:
                gx, gy = pen_x + g.x_offset * scale, g.y_offset * scale
                ops.append(placed_outline(outline, scale, gx, gy))
                left, bottom, right, top = outline.box
                box[0], box[1] = min(box[0], gx + left * scale), min(box[1], gy + bottom * scale)
                box[2], box[3] = max(box[2], gx + right * scale), max(box[3], gy + top * scale)
            pen_x += g.x_advance * scale
    if not ops:
        return None
    found = FilledForm("\n".join(ops).encode("ascii"), (box[0], box[1], box[2], box[3]))
    _OUTLINED.put(key, found)
    return found


def draw_outlined(canvas: Canvas, runs: Sequence[Run], x: float, y: float, size: float) -> None:
    """Draw runs as filled outlines, not text (slug fields outside the trim are art, not
    content): one form XObject per distinct text, face and size (`outline_content`, added
    by `forms.filled_form`), placed with its origin at (x, y) pt, filled in the current fill
    colour. A slug is a few fields, each a form: the fields that repeat from file to file
    are the same forms, and a reader loads a few forms a page instead of one per glyph
    (bench/README.md, ninth session: PDFium's load of an A5 event flyer's page, 3.6 ms with
    one form for each of the slug's 41 glyphs, 0.99 without a slug)."""
    form = outline_content(runs, size)
    if form is not None:
        draw_form(canvas, form, x, y)
