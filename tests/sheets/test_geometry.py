"""Gang-sheet geometry in mm: how many badges fit, where, and never closer than the gap."""

from __future__ import annotations

import itertools
import math

import pytest

from campaign.sheets.circles import MARGIN_MM, MIN_GAP_MM, Grid, hexagonal, pack, square
from campaign.sheets.paper import SHEETS


def check_grid(g: Grid) -> None:
    """Every circle inside the margins, every two at least diameter + gap apart (centre to
    centre), the arrangement centred on the sheet."""
    r = g.diameter / 2
    w, h = g.sheet
    for x, y in g.centres:
        assert g.margin - 1e-6 <= x - r
        assert x + r <= w - g.margin + 1e-6
        assert g.margin - 1e-6 <= y - r
        assert y + r <= h - g.margin + 1e-6
    for (x1, y1), (x2, y2) in itertools.combinations(g.centres, 2):
        assert math.hypot(x1 - x2, y1 - y2) >= g.diameter + g.gap - 1e-9
    left = min(x for x, _ in g.centres) - r
    right = w - max(x for x, _ in g.centres) - r
    top = min(y for _, y in g.centres) - r
    bottom = h - max(y for _, y in g.centres) - r
    assert left == pytest.approx(right, abs=0.01)
    assert top == pytest.approx(bottom, abs=0.01)


def test_58_mm_badges_on_a4() -> None:
    """70 mm cut circles 1/8 in apart inside 5 mm margins (200 x 287 mm): a square grid
    holds 2 x 3; hexagonal rows along the long side hold 3 + 3 + 3 (rows 63.4 mm apart,
    columns 73.2 mm apart), so the sheet holds 9."""
    a4 = SHEETS["a4"]
    assert square(a4, 70, MIN_GAP_MM, MARGIN_MM).count == 6
    best = pack(a4, 70)
    assert (best.packing, best.count) == ("hex", 9)
    check_grid(best)
    # three columns sqrt(3)/2 x 73.175 = 63.371 mm apart, circles 73.175 mm apart down each,
    # the middle column shifted half a pitch; the whole 252.94 mm tall, centred: 22.03 mm
    # above and below
    xs = sorted({x for x, _ in best.centres})
    assert [round(v, 3) for v in xs] == [41.629, 105.0, 168.371]
    assert [round(y, 3) for x, y in best.centres if x == xs[0]] == [57.031, 130.206, 203.381]
    assert [round(y, 3) for x, y in best.centres if x == xs[1]] == [93.619, 166.794, 239.969]


@pytest.mark.parametrize(
    ("paper", "cut", "packing", "count"),
    [
        ("a4", 70.0, "hex", 9),
        ("a3", 70.0, "hex", 20),
        ("letter", 70.0, "hex", 9),
        ("a4", 44.5, "square", 24),  # 1.5 in face (kingbadge): 4 x 6
        ("a4", 85.7, "square", 6),  # 3 in face: 2 x 3
        ("letter", 66.7, "hex", 9),  # 2.25 in face
    ],
)
def test_counts_per_sheet(paper: str, cut: float, packing: str, count: int) -> None:
    grid = pack(SHEETS[paper], cut)
    assert (grid.packing, grid.count) == (packing, count)
    check_grid(grid)


@pytest.mark.parametrize("paper", sorted(SHEETS))
@pytest.mark.parametrize("cut", [20.0, 31.0, 44.5, 70.0])
def test_every_packing_keeps_its_gaps_and_margins(paper: str, cut: float) -> None:
    for grid in (
        square(SHEETS[paper], cut, MIN_GAP_MM, MARGIN_MM),
        hexagonal(SHEETS[paper], cut, MIN_GAP_MM, MARGIN_MM),
    ):
        assert grid.count > 0
        check_grid(grid)
    best = pack(SHEETS[paper], cut)
    assert best.count == max(
        square(SHEETS[paper], cut, MIN_GAP_MM, MARGIN_MM).count,
        hexagonal(SHEETS[paper], cut, MIN_GAP_MM, MARGIN_MM).count,
    )


def test_a_wider_gap_or_margin_is_kept() -> None:
    grid = pack(SHEETS["a4"], 70, gap=10, margin=20)
    # 170 x 257 mm inside, 80 mm pitch: 2 across, 3 down (a hexagonal lattice fits no more)
    assert (grid.packing, grid.count) == ("square", 6)
    check_grid(grid)


def test_nothing_fits_a_sheet_smaller_than_the_piece() -> None:
    assert pack(SHEETS["a4"], 70, margin=80).count == 0
