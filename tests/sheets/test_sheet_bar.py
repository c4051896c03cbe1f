"""A press sheet's colour bar keeps clear of its registration targets above the trim
(sheets.sheet_marks.control_marks, render.marks.bar_span): a sheet of one column had its top
target, above that column's middle, under its bar. Read from the marks' content stream: each
target's cross (its arms' ends) and each patch's rectangle, pt."""

from __future__ import annotations

import re

import pytest

from campaign.render.marks import FOLD_CLEAR
from campaign.sheets.edge import press_marks
from campaign.sheets.press_fit import press_cells
from campaign.sheets.sheet_marks import control_marks

Box = tuple[float, float, float, float]


def boxes(ops: str) -> tuple[list[Box], list[Box]]:
    """The targets' crosses (from their arms: `x y m x y l` horizontal, then vertical) and the
    bar's patches (`x y w h re f`), as (left, bottom, right, top), pt."""
    lines = [
        tuple(map(float, m)) for m in re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", ops)
    ]
    crosses = [(h[0], v[1], h[2], v[3]) for h, v in zip(lines[::2], lines[1::2], strict=True)]
    patches = [
        (x, y, x + w, y + h)
        for x, y, w, h in (
            map(float, m) for m in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f", ops)
        )
    ]
    return crosses, patches


@pytest.mark.parametrize(
    ("trim", "up", "stock"),
    [
        ((300.0, 100.0), 3, "sra3"),  # one column: the top target above its middle
        ((148.0, 210.0), 2, "sra3"),  # two columns: the target above the second
        ((50.0, 180.0), 5, "sra4"),  # the bookmark, 5 across
    ],
)
def test_the_bar_keeps_clear_of_every_target_above_the_trim(
    trim: tuple[float, float], up: int, stock: str
) -> None:
    cells = press_cells(trim, up, 3.0, stock)
    marks = press_marks(cells, 3.0, stock)
    assert marks.bar is not None
    assert marks.top_target is not None
    crosses, patches = boxes(control_marks(cells, (30.0, 30.0), marks, 0.75))
    assert len(patches) == 12
    bar = (min(p[0] for p in patches), patches[0][1], max(p[2] for p in patches), patches[0][3])
    above = [c for c in crosses if c[3] > bar[1]]  # the targets above the trim
    assert above
    for c in above:
        apart = max(bar[0] - c[2], c[0] - bar[2])
        assert apart >= FOLD_CLEAR - 0.01, (c, bar)
