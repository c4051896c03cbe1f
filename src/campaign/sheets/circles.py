"""Where round pieces go on a sheet: as many as fit, square or hexagonal packing.

All lengths are millimetres, positions from the sheet's top-left corner. Pieces are circles of
diameter `d` (a badge's cut circle) at least `gap` apart (die lines at least 1/8 in apart:
kingbadge.com, "button layout", as collected in PRINT-SPECS.md) and inside the sheet's
`margin` (a press's gripper and an office printer's unprintable edge). The arrangement is
centred in the area inside the margins.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

MIN_GAP_MM = 25.4 / 8  # 1/8 in between cut lines (kingbadge.com)
MARGIN_MM = 5.0  # an office printer's unprintable edge; a press's gripper needs about as much

Packing = Literal["square", "hex"]


@dataclass(frozen=True)
class Grid:
    """Circle centres on one sheet (mm from the top-left), and how they were packed."""

    sheet: tuple[float, float]
    diameter: float
    gap: float
    margin: float
    packing: Packing
    centres: tuple[tuple[float, float], ...]

    @property
    def count(self) -> int:
        return len(self.centres)


def square(sheet: tuple[float, float], d: float, gap: float, margin: float) -> Grid:
    """Rows and columns at a pitch of d + gap."""
    pitch = d + gap
    w, h = sheet[0] - 2 * margin, sheet[1] - 2 * margin
    cols, rows = fit(w, d, pitch), fit(h, d, pitch)
    points = [(c * pitch, r * pitch) for r in range(rows) for c in range(cols)]
    return _centred(sheet, d, gap, margin, "square", points)


def hexagonal(sheet: tuple[float, float], d: float, gap: float, margin: float) -> Grid:
    """Rows d + gap apart along the row, sqrt(3)/2 (d + gap) apart across; every other row
    shifted by half a pitch. Tried with rows across the sheet and down it, and with the first
    row shifted or not: the arrangement with most circles wins (the first tried on a tie)."""
    best: Grid | None = None
    for across in (True, False):
        w, h = (sheet[0], sheet[1]) if across else (sheet[1], sheet[0])
        for first_shifted in (False, True):
            points = _hex_points(w - 2 * margin, h - 2 * margin, d, gap, first_shifted)
            if not across:
                points = [(y, x) for x, y in points]
            grid = _centred(sheet, d, gap, margin, "hex", points)
            if best is None or grid.count > best.count:
                best = grid
    assert best is not None
    return best


def pack(
    sheet: tuple[float, float],
    d: float,
    gap: float = MIN_GAP_MM,
    margin: float = MARGIN_MM,
    packing: Packing | Literal["best"] = "best",
) -> Grid:
    """The packing asked for, or with "best" the one holding more circles (square on a
    tie: its rows and columns are easier to cut by hand)."""
    if packing == "square":
        return square(sheet, d, gap, margin)
    if packing == "hex":
        return hexagonal(sheet, d, gap, margin)
    sq, hx = square(sheet, d, gap, margin), hexagonal(sheet, d, gap, margin)
    return hx if hx.count > sq.count else sq


def fit(length: float, d: float, pitch: float) -> int:
    """How many circles of diameter d at `pitch` fit in `length`."""
    if length < d:
        return 0
    return int(math.floor((length - d) / pitch + 1e-9)) + 1


def _hex_points(
    w: float, h: float, d: float, gap: float, first_shifted: bool
) -> list[tuple[float, float]]:
    pitch = d + gap
    rise = pitch * math.sqrt(3) / 2
    rows = fit(h, d, rise)
    points = []
    for r in range(rows):
        shift = pitch / 2 if (r % 2 == 1) != first_shifted else 0.0
        for c in range(fit(w - shift, d, pitch)):
            points.append((shift + c * pitch, r * rise))
    return points


def _centred(
    sheet: tuple[float, float],
    d: float,
    gap: float,
    margin: float,
    packing: Packing,
    points: list[tuple[float, float]],
) -> Grid:
    """Points (centres relative to the first circle's) moved so that the arrangement's
    bounding box sits in the middle of the sheet."""
    if not points:
        return Grid(sheet, d, gap, margin, packing, ())
    r = d / 2
    x0, x1 = min(p[0] for p in points) - r, max(p[0] for p in points) + r
    y0, y1 = min(p[1] for p in points) - r, max(p[1] for p in points) + r
    dx = (sheet[0] - (x1 - x0)) / 2 - x0
    dy = (sheet[1] - (y1 - y0)) / 2 - y0
    moved = [(x + dx, y + dy) for x, y in points]
    centres = tuple(sorted(moved, key=lambda p: (round(p[1], 6), round(p[0], 6))))
    return Grid(sheet, d, gap, margin, packing, centres)
