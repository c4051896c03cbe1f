"""HarfBuzz shaping of one run (one font, one direction), with the paragraph as context."""

from __future__ import annotations

from typing import NamedTuple

import uharfbuzz as hb

from ..fonts import FontFace

FEATURES = {"kern": True, "liga": True}  # not dlig: it turns Hebrew 'אל' into U+FB4F


class Glyph(NamedTuple):
    """One positioned glyph, in font units; `cluster` is the index of its first character.

    A named tuple, not a frozen dataclass: a page shapes thousands of glyphs, and a named
    tuple is made in a third of the time (0.7 against 2.0 us here) and hashed in a third
    (runs are cache keys: render.glyphs._SHAPED); the 18 reference pages took 0.97 of their
    time (bench/README.md, eleventh session)."""

    gid: int
    cluster: int
    x_advance: int
    y_advance: int
    x_offset: int
    y_offset: int


def shape_run(
    face: FontFace, text: str, start: int, end: int, rtl: bool, lang: str
) -> tuple[Glyph, ...]:
    """Shape text[start:end]; the rest of `text` is context (Arabic joining across fonts)."""
    cache = face.shaped  # per face (fonts.MAX_SHAPED): never shared between kits or processes
    key = (text, start, end, rtl, lang)
    cached = cache.get(key)
    if cached is not None:
        return cached
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text, start, end - start)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.language = lang
    hb.shape(face.hb_font, buf, FEATURES)
    # Glyphs made with tuple.__new__, without Glyph.__new__'s Python frame, from HarfBuzz's
    # position tuple (x offset, y offset, x advance, y advance) instead of four attributes:
    # the 18 print PDFs took 0.976 of their instructions (bench/README.md, twelfth session)
    new = tuple.__new__
    glyphs = tuple(
        new(Glyph, (info.codepoint, cluster, xa, ya, xo, yo))
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
        for cluster in (info.cluster,)
        for xo, yo, xa, ya in (pos.position,)
        # a soft hyphen inside a line is nothing: HarfBuzz gives it an empty space glyph, which
        # would still be a space in the PDF's text (a line ending at one draws a hyphen instead)
        if not (xa == 0 and text[cluster] == "\u00ad")
    )
    cache.put(key, glyphs)
    return glyphs


def advance_em(glyphs: tuple[Glyph, ...], face: FontFace) -> float:
    return sum(g.x_advance for g in glyphs) / face.upem
