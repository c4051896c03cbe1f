"""The code a glyph is written with in a reportlab font: its character's, or, for a glyph
without one, a private-use code the same in every process (`_private_code`); the space a
blank glyph sets (`_blank_space`); an alias code for a glyph drawn for a character the font
maps to another glyph (`_alias_code`, `_aliased`); and glyphs that draw nothing (`inkless`)."""

from __future__ import annotations

import unicodedata
from collections import Counter

from reportlab.pdfbase.ttfonts import TTFont

from ..fonts import FontFace
from ..text.paragraph import Run
from ..text.shape import Glyph


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


def drawn_chars(run: Run) -> list[str]:
    """The one character each glyph of `run` sets, in the glyphs' order, or "" for a glyph
    whose cluster has more than one character or more than one glyph (a ligature, a
    conjunct, a reordered vowel: the cluster's glyphs stand for its characters together).
    One pass over the run's clusters: a glyph asked alone scanned the run for each, quadratic
    in a long line's glyphs."""
    glyphs = run.glyphs
    count = Counter(g.cluster for g in glyphs)
    starts = sorted(count)
    ends = {c: e for c, e in zip(starts, starts[1:], strict=False)}
    last = max(run.end, starts[-1] + 1) if starts else 0
    out = []
    for g in glyphs:
        c = g.cluster
        one = count[c] == 1 and ends.get(c, last) - c == 1
        out.append(run.source[c] if one else "")
    return out


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
