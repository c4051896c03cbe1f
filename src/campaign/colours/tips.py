"""The tips of a line's glyphs (descenders, ascenders, or the tops and bottoms of East Asian
characters) that run onto a ground the middle of the line is not on (`_tips`), and how far."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from ..layout.document import MM, Item, TextItem
from .grounds import _DOWN, _along, _ground_at


class Tip(NamedTuple):
    """Where a line's glyphs run onto a ground its middle is not on (_tips): `part`, what
    of them does, "descenders" (below the baseline), "ascenders" (above the middle of the
    line: ascenders, capitals, accents) or "" (the foot of letters that have none, above
    the baseline: the line itself); `edges`, ("top" or "bottom", mm: the farthest a
    glyph's ink runs onto the ground there), as _edges_onto gives a line's."""

    part: str
    edges: tuple[tuple[str, float], ...]


# What a Tip's part is called in a text of Han characters, kana or Hangul, which have no
# ascenders or descenders: each character fills most of the square em box it is designed
# in, which reaches below the baseline (the ideographic em box: the shipped NotoSansSC's
# BASE table puts its `ideo` baseline 120 of 1,000 units under the Latin `romn` one)
EM_BOX_PARTS = {
    "descenders": "bottoms of the characters",
    "ascenders": "tops of the characters",
    "": "",
}


def _em_boxed(item: TextItem) -> bool:
    """Whether most letters of `item` are wide East Asian characters (Unicode's
    East_Asian_Width W or F: Han, kana, Hangul), which have no ascenders or descenders."""
    letters = wide = 0
    for line in item.text.lines:
        for run in line.runs:
            for char in run.text:
                if char.isalpha():
                    letters += 1
                    wide += unicodedata.east_asian_width(char) in ("W", "F")
    return 2 * wide > letters


# How far a glyph's ink may run onto a ground its line's middle is not on, as a share of the
# type size, before it is told: the tip of a descender (a 104 pt headline's "g" by 1.8 mm
# or less, a 9 pt line's by 0.16 mm) leaves the letter whole to read; more is a letter cut
# in two, white on the light band (a designer's trial: the "g" of "Trafficking" ran 3.8 mm
# onto it and passed)
TIP = 0.05


def _tips(
    before: Sequence[Item],
    inks: Sequence[tuple[float, float, float, float]],
    glyphs: Sequence[tuple[float, Sequence[tuple[float, float, float, float]]]],
    size: float,
    core: set[tuple[int, str]],
) -> dict[tuple[int, str], Tip]:
    """{(line, ground): Tip} for each ground that lies under the ink of a line's glyphs
    above or below the rows of the line _grounds looks at (its middle half: _DOWN) and not
    under those rows (`core`, (line, ground) pairs): each glyph's ink (`glyphs`, per line
    as layout.checks.glyph_extents gives them, `inks` the lines' as text_extents does) is
    looked at TIP of `size` inside its top and its bottom, at its left, middle and right;
    where a ground is found, how far the glyph runs onto it is found to 0.01 pt by halving
    (_along) from the line's middle rows. A descender that ran onto the light band while
    the line's middle stayed on the blue was not seen (the check looked at 25 to 75 % of a
    line's height)."""
    found: dict[tuple[int, str], dict[str, float]] = {}
    parts: dict[tuple[int, str], str] = {}
    inset = TIP * size
    for n, ((_, top, _, bottom), (base, line)) in enumerate(zip(inks, glyphs, strict=True), 1):
        high = top + (bottom - top) * _DOWN[0]  # the rows _grounds looks at
        low = top + (bottom - top) * _DOWN[-1]
        for left, g_top, right, g_bottom in line:
            for edge, y, steps in (
                ("top", g_top + inset, [g_top, high]),
                ("bottom", g_bottom - inset, [low, g_bottom]),
            ):
                if not (y < high if edge == "top" else y > low):
                    continue
                for x in (left, (left + right) / 2, right):
                    ground = _ground_at(before, x, y)
                    if ground is None or (n, ground) in core:
                        continue
                    ends = _along(before, ground, steps, x, vertical=True)
                    onto = found.setdefault((n, ground), {})
                    if edge == "top" and "first" in ends:
                        onto[edge] = max(onto.get(edge, 0.0), ends["first"] - g_top)
                    elif edge == "bottom" and "last" in ends:
                        onto[edge] = max(onto.get(edge, 0.0), g_bottom - ends["last"])
                    part = "ascenders" if edge == "top" else "descenders" if y > base else ""
                    if parts.get((n, ground), part) != part:
                        part = ""  # the line itself, both ways
                    parts[n, ground] = part
    order = ("top", "bottom")
    return {
        key: Tip(parts[key], tuple((e, onto[e] / MM) for e in order if onto.get(e)))
        for key, onto in found.items()
    }
