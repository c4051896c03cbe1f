"""The text a glyph without a code point stands for, from the font's own substitutions: what a
PDF's ToUnicode map should give for it, so that copying, searching and reading a page's text
finds the words (Trafficking, मानव तस्करी) instead of private-use characters.

A shaped line draws glyphs that no character maps to: ligatures (ffi), Indic half forms and
conjuncts (क्ष), contextual and positional forms (a Thai tone mark moved left, Arabic digits'
Urdu forms). Each is made by a GSUB substitution from glyphs that do map to characters, so
its text is theirs: a single or alternate substitution's output stands for its input, a
ligature for its components in order, a multiple substitution's first output for its input
(the others for nothing known). Substitutions are followed until nothing new is learnt, so a
conjunct of half forms gets the half forms' characters. Context and chaining lookups only
call these (their nested lookups are in the same list). The first text found for a glyph is
kept. The map depends on the font file alone and is cached by its digest.

OpenType GSUB lookup types: OpenType specification 1.9, "GSUB: Glyph Substitution Table".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import cache
from .scripts import default_ignorable

# passes over the lookups; each learns the glyphs one step further from the cmap (a conjunct of
# half forms of nukta forms is three steps)
PASSES = 6


def glyph_texts(path: Path) -> dict[int, str]:
    """{glyph id: text} for the glyphs of the font at `path` that no character maps to and
    that a substitution makes from glyphs with text; cached by the file's digest."""
    name = cache.key("glyphtext", cache.digest(path), "2")
    return cache.pickled(f"glyphtext-{name}", lambda: _texts(path))


def _texts(path: Path) -> dict[int, str]:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    font = TTFont(str(path), lazy=True)
    try:
        order = font.getGlyphOrder()
        mapped: dict[str, str] = {}
        for code, glyph in sorted((font.getBestCmap() or {}).items()):
            mapped.setdefault(glyph, chr(code))  # the lowest code point of a shared glyph
        learnt: dict[str, str] = {}
        rules = list(_rules(font)) if "GSUB" in font else []
    finally:
        font.close()

    def text(glyph: str) -> str | None:
        return mapped.get(glyph, learnt.get(glyph))

    for _ in range(PASSES):
        before = len(learnt)
        for inputs, output in rules:
            if output in mapped or output in learnt:
                continue
            parts = [text(g) for g in inputs]
            if all(p is not None for p in parts):
                learnt[output] = "".join(p for p in parts if p is not None)
        if len(learnt) == before:
            break
    index = {glyph: gid for gid, glyph in enumerate(order)}
    # joiners and other default-ignorable characters steer shaping and are no text of their
    # own (a Bengali u-sign form made with ZWJ read "\u200dু")
    plain = {g: "".join(c for c in t if not default_ignorable(c)) for g, t in learnt.items()}
    return {index[g]: t for g, t in plain.items() if g in index and t}


def _rules(font: Any) -> list[tuple[tuple[str, ...], str]]:
    """(input glyphs, output glyph) of every single, multiple (first output), alternate,
    ligature and reverse-chaining single substitution, in lookup order."""
    out: list[tuple[tuple[str, ...], str]] = []
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:  # an extension: the subtable it points to
                kind, sub = sub.ExtensionLookupType, sub.ExtSubTable
            if kind == 1:
                out += [((a,), b) for a, b in sub.mapping.items()]
            elif kind == 2:
                out += [((a,), seq[0]) for a, seq in sub.mapping.items() if seq]
            elif kind == 3:
                out += [((a,), b) for a, alts in sub.alternates.items() for b in alts]
            elif kind == 4:
                for first, ligatures in sub.ligatures.items():
                    out += [((first, *lig.Component), lig.LigGlyph) for lig in ligatures]
            elif kind == 8:
                out += list(zip(((g,) for g in sub.Coverage.glyphs), sub.Substitute, strict=False))
    return out
