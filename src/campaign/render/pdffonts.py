"""Fonts in reportlab: each font file is parsed by reportlab at most once per process, and
only when a page uses it; what reportlab reads from it (cmap, widths, glyph offsets) is kept
in the user's cache (`cache.pickled`), so that later processes do not read it again
(`parsed_face`). A face's subsets' font programs, widths and ToUnicode maps are made once
per process (`ParsedFace`, `CachedTTFont.addObjects`)."""

from __future__ import annotations

import io
import operator
import struct
from collections.abc import Sequence
from fnmatch import fnmatch
from functools import partial
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import SUBSETN, TTEncoding, TTFError, TTFont, TTFontFace

from .. import cache, otf
from ..diagnostics import Mark, failure
from ..fonts import FontFace
from ..recent import Recent
from ..text.glyphtext import glyph_texts
from .glyphcodes import PRIVATE_USE
from .tounicode import subset_tag, to_unicode_cmap


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
