"""Rectangular pieces on a sheet of given paper: an office printer's (home sheets: 1, 2 or 4
pieces, as large as fit, at most full size) and a sticker sheet (as many as fit, at full
size). The pieces go in one block of rows and columns, upright or turned a quarter, or in a
block of each (a mixed sheet, as mixed.mixed_grid makes a press's) where that holds them
larger (home) or holds more (stickers); the paper either way round.

All lengths are mm from the sheet's top-left corner; the arrangement is centred on the sheet,
inside its `margin` (an office printer's unprintable edge), the pieces `gap` apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .cells import Block, Cells
from .circles import fit


@dataclass(frozen=True)
class Plan:
    """Pieces in up to two blocks: `upright` and `turned` (columns, rows; (0, 0): none),
    side by side (`across`, the upright block on the left) or one above the other (the
    upright block on top)."""

    upright: Block
    turned: Block
    across: bool = True

    @property
    def count(self) -> int:
        return self.upright[0] * self.upright[1] + self.turned[0] * self.turned[1]

    @property
    def mixed(self) -> bool:
        return 0 not in (*self.upright, *self.turned)


def _blocks(plan: Plan, piece: tuple[float, float]) -> list[tuple[Block, tuple[float, float]]]:
    """The plan's blocks that hold pieces, with their cell (the piece as placed, mm)."""
    cells = ((plan.upright, piece), (plan.turned, (piece[1], piece[0])))
    return [(shape, cell) for shape, cell in cells if shape[0] and shape[1]]


def scale_for(
    plan: Plan,
    sheet: tuple[float, float],
    piece: tuple[float, float],
    margin: float,
    gap: float,
    below: float = 0.0,
) -> float:
    """The largest scale (at most 1) at which `plan`'s pieces fit inside the sheet's margins,
    `gap` apart (gaps and margins are not scaled), `below` mm of them kept free above the
    bottom margin; 0 or less when nothing fits."""
    room = (sheet[0] - 2 * margin, sheet[1] - 2 * margin - below)
    blocks = _blocks(plan, piece)
    along = 0 if plan.across else 1  # the blocks follow one another along x (across) or y
    limits = [1.0]
    # along: the pieces' lengths scaled, every gap between them (and the blocks) not
    pieces = sum(shape[along] * cell[along] for shape, cell in blocks)
    gaps = sum(shape[along] - 1 for shape, _ in blocks) + len(blocks) - 1
    limits.append((room[along] - gaps * gap) / pieces)
    for shape, cell in blocks:  # the other way: each block on its own
        other = 1 - along
        limits.append((room[other] - (shape[other] - 1) * gap) / (shape[other] * cell[other]))
    return min(limits)


def plan_cells(
    plan: Plan,
    sheet: tuple[float, float],
    piece: tuple[float, float],
    gap: float,
    scale: float = 1.0,
    below: float = 0.0,
) -> Cells:
    """The plan's cells at `scale`, `gap` apart, centred on `sheet` less `below` mm at its
    bottom (a home sheet's line: home_cells): its blocks the upright one's first, each in
    rows from its top left, the smaller block centred on the other (so that a sheet turned
    over left to right puts every cell of blocks one above the other on a cell of the same
    block, as a two-sided home sheet's back page needs)."""
    placed = []
    for shape, (cw, ch) in _blocks(plan, piece):
        w, h = cw * scale, ch * scale
        size = (shape[0] * w + (shape[0] - 1) * gap, shape[1] * h + (shape[1] - 1) * gap)
        cells = [
            (c * (w + gap), r * (h + gap), w, h) for r in range(shape[1]) for c in range(shape[0])
        ]
        placed.append((size, cells, (cw, ch) != piece))
    between = gap * (len(placed) - 1)
    widths, heights = [p[0][0] for p in placed], [p[0][1] for p in placed]
    if plan.across:
        total = (sum(widths) + between, max(heights))
    else:
        total = (max(widths), sum(heights) + between)
    x0, y0 = (sheet[0] - total[0]) / 2, (sheet[1] - below - total[1]) / 2
    out: list[tuple[float, float, float, float]] = []
    turns: list[bool] = []
    at = 0.0
    for size, cells, turned in placed:
        dx, dy = (at, (total[1] - size[1]) / 2) if plan.across else ((total[0] - size[0]) / 2, at)
        out += [(x0 + dx + x, y0 + dy + y, w, h) for x, y, w, h in cells]
        turns += [turned] * len(cells)
        at += (size[0] if plan.across else size[1]) + gap
    mixed = len(set(turns)) == 2
    return Cells(sheet, tuple(out), scale, not mixed and all(turns), tuple(turns) if mixed else ())


def _square(piece: tuple[float, float]) -> bool:
    return abs(piece[0] - piece[1]) < 1e-9


def home_plans(up: int, piece: tuple[float, float], two_sided: bool) -> Iterator[Plan]:
    """A home sheet's plans of `up` pieces (1, 2 or 4): side by side (2), two by two (4),
    upright first, then turned, then mixed: one and one (2), two and two side by side or
    one above the other (4). Two-sided, blocks one above the other only (the back page is the
    front page mirrored left to right: each cell's mirror must be a cell of the same size)."""
    shape = {1: (1, 1), 2: (2, 1), 4: (2, 2)}[up]
    yield Plan(shape, (0, 0))
    if _square(piece):
        return
    yield Plan((0, 0), shape)
    if up == 1:
        return
    half = {2: [(1, 1)], 4: [(2, 1), (1, 2)]}[up]
    for across in (False,) if two_sided else (True, False):
        for a in half:
            for b in half:
                yield Plan(a, b, across)


def home_cells(
    paper: tuple[float, float],
    piece: tuple[float, float],
    up: int,
    margin: float,
    gap: float,
    two_sided: bool = False,
    line: float = 0.0,
) -> Cells:
    """`up` pieces (1, 2 or 4) on a sheet an office printer prints: inside `margin` (its
    unprintable edge), `gap` apart, scaled down only if they would not fit at full size,
    the sheet turned to landscape when that holds them larger (2-up A5 on A4: landscape,
    two portrait A5 at 94.9 %), the pieces turned a quarter, or one block upright and one
    turned (home_plans), when that holds them larger still (2-up of a 210 x 99 mm card on A4:
    turned, one above the other, 98.0 %, not 67.0 %); on a tie the first (upright, portrait
    first). `line`: a band that deep (mm) kept free below the pieces, inside the bottom
    margin, for the sheet's line (slugs.flyer_home_lines): the plan and the sheet's turn
    chosen without it, then the pieces scaled down only as far as they leave no such band
    (2-up A5 on A4: 93.4 %; 1-up A4 on A4, 95.2 %, leaves one)."""
    best: tuple[Plan, tuple[float, float], float] | None = None
    for plan in home_plans(up, piece, two_sided):
        for sheet in (paper, (paper[1], paper[0])):
            scale = scale_for(plan, sheet, piece, margin, gap)
            if best is None or scale > best[2] + 1e-9:
                best = (plan, sheet, scale)
    assert best is not None
    plan, sheet, scale = best
    if line:
        scale = min(scale, scale_for(plan, sheet, piece, margin, gap, line))
    return plan_cells(plan, sheet, piece, gap, scale, line)


def sticker_plans(
    sheet: tuple[float, float], piece: tuple[float, float], gap: float, margin: float
) -> Iterator[Plan]:
    """A sticker sheet's plans at full size, each block as many as fit: upright, turned, then
    for every count of upright columns (across) or rows (one above the other) the turned
    block in the room left (none where none fits: then fewer upright, not mixed)."""
    w, h = sheet[0] - 2 * margin, sheet[1] - 2 * margin
    pw, ph = piece
    yield Plan((fit(w, pw, pw + gap), fit(h, ph, ph + gap)), (0, 0))
    if _square(piece):
        return
    yield Plan((0, 0), (fit(w, ph, ph + gap), fit(h, pw, pw + gap)))
    for ca in range(1, fit(w, pw, pw + gap)):
        rest = w - ca * (pw + gap)
        turned = (fit(rest, ph, ph + gap), fit(h, pw, pw + gap))
        yield Plan((ca, fit(h, ph, ph + gap)), turned, True)
    for ra in range(1, fit(h, ph, ph + gap)):
        rest = h - ra * (ph + gap)
        turned = (fit(w, ph, ph + gap), fit(rest, pw, pw + gap))
        yield Plan((fit(w, pw, pw + gap), ra), turned, False)


def grid_cells(
    paper: tuple[float, float], piece: tuple[float, float], gap: float, margin: float
) -> Cells:
    """As many rectangular pieces (stickers) at full size as fit inside `margin` in rows and
    columns `gap` apart, centred; the sheet turned to landscape, the pieces turned a quarter,
    or a block of each (sticker_plans) when that holds more (60 x 100 mm stickers on A4:
    8 upright or turned, 9 mixed); on a tie the first (upright, portrait first)."""
    found = [
        (plan, sheet)
        for sheet in (paper, (paper[1], paper[0]))
        for plan in sticker_plans(sheet, piece, gap, margin)
    ]
    # upright on either sheet first, then turned, then mixed (sorted() keeps the order)
    found.sort(key=lambda p: 2 if p[0].mixed else 1 if p[0].upright == (0, 0) else 0)
    best: tuple[int, Plan, tuple[float, float]] | None = None
    for plan, sheet in found:
        if best is None or plan.count > best[0]:
            best = (plan.count, plan, sheet)
    assert best is not None
    count, plan, sheet = best
    if count == 0:
        return Cells(sheet, (), 1.0)
    return plan_cells(plan, sheet, piece, gap)


__all__ = ["Plan", "grid_cells", "home_cells", "home_plans", "plan_cells", "scale_for"]
