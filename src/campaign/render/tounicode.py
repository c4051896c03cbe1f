"""What a PDF's text reads as: the ToUnicode map of a font subset (`to_unicode_cmap`: each
presentation form as the characters it stands for, `logical`; a right-to-left glyph's
letters in drawing order, `as_drawn`; UTF-16BE, a character beyond U+FFFF as its surrogate
pair, `astral_to_unicode`) and a subset's own tag (`subset_tag`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from hashlib import sha256


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
