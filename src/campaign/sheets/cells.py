"""Rectangular pieces (flyers, posters) in rows and columns on one sheet: the cells a press
sheet (or a home or sticker sheet) places them in, upright or every piece turned a quarter, and
the cut lines a press sheet marks at its edges.

All lengths are millimetres, positions from the sheet's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cells:
    """Rectangular pieces (flyers) on one sheet: each cell's trim as (x, y, w, h) in mm from
    the sheet's top-left, the sheet's size as placed (its orientation chosen to hold the
    pieces largest) and the scale of the pieces (1 at a press; at most 1 at home)."""

    sheet: tuple[float, float]
    cells: tuple[tuple[float, float, float, float], ...]
    scale: float
    # the pieces placed turned a quarter (each cell is the piece's height wide and its width
    # high): a press sheet holds more so (6 x A6 on SRA3, not 4; press_grid)
    turned: bool = False
    # a mixed sheet's cells, each turned or not, in the order of `cells` (one block upright
    # and one turned: mixed_grid); empty when every cell is as `turned` says
    turns: tuple[bool, ...] = ()
    # each cell's piece's fold lines as placed, on any of the sheet's pages (sheets.folds:
    # (x of each vertical line, y of each horizontal one), mm from the sheet's top-left),
    # which its fold marks are drawn in line with and its other marks and slug keep clear
    # of; empty: its pieces are not folded
    folds: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...] = ()

    def turned_at(self, i: int) -> bool:
        """Whether cell `i` holds its piece turned a quarter."""
        return self.turns[i] if self.turns else self.turned

    @property
    def mixed(self) -> bool:
        """Whether some cells are turned and some upright (mixed_grid)."""
        return len(set(self.turns)) == 2


def press_grid(
    piece: tuple[float, float],
    cols: int,
    rows: int,
    bleed: float,
    shared: bool = False,
    turned: bool = False,
) -> Cells:
    """`cols` x `rows` pieces at full size, a gutter of 2 x bleed between them so that every
    piece keeps its own bleed, in rows from the top left; the sheet is their bounding box.
    `shared`: shared cuts, no gutter: neighbours abut at their trim, one cut between them,
    and only the sheet's outer edges have bleed (8 x A6: 420 x 296 mm, A3's size less 1).
    `turned`: every piece turned a quarter, its cell the piece's height wide and its width
    high (sheets.cell_impose.impose_cells draws each front turned anticlockwise; a two-sided
    piece's back, clockwise: work-and-turn, head to head)."""
    gutter = 0.0 if shared else 2 * bleed
    w, h = (piece[1], piece[0]) if turned else piece
    cells = tuple(
        (c * (w + gutter), r * (h + gutter), w, h) for r in range(rows) for c in range(cols)
    )
    sheet = (cols * w + (cols - 1) * gutter, rows * h + (rows - 1) * gutter)
    return Cells(sheet, cells, 1.0, turned)


def bleed_reach(cells: Cells, i: int, bleed: float) -> tuple[float, float, float, float]:
    """How far past its trim (mm) the art of cell `i`'s piece is drawn on each side (left,
    bottom, right, top, as the page draws them: bottom is the cell's y + h edge): its whole
    `bleed`, or half the way to the nearest cell facing that side where that is less, so that
    two pieces' art meets in the middle of the gutter between them, no paper showing and
    neither drawn over the other's trim; none at a shared cut (a neighbour abutting at the
    trim, where its art begins). A cell faces a side when it lies past that edge and across
    the cell's span widened by the bleed (its bleed's corners). A press sheet's gutter is
    twice the bleed, so each piece's bleed is drawn whole; a sticker sheet's --gap under
    twice the bleed meets halfway. Each side was clipped 0.05 mm inside the bleed (off the
    pieces' own crop marks, now taken out: sheets.forms.without_marks), which left 0.1 mm
    of paper between two pieces and 3.125 mm of a 1/8 in bleed (a print shop's trial)."""
    x, y, w, h = cells.cells[i]
    tol = 1e-6
    gaps = [2 * bleed] * 4  # left, bottom (y + h), right, top (y)
    for n, (ox, oy, ow, oh) in enumerate(cells.cells):
        if n == i:
            continue
        across_y = oy < y + h + bleed - tol and oy + oh > y - bleed + tol
        across_x = ox < x + w + bleed - tol and ox + ow > x - bleed + tol
        if across_y and ox + ow <= x + tol:
            gaps[0] = min(gaps[0], x - (ox + ow))
        if across_y and ox >= x + w - tol:
            gaps[2] = min(gaps[2], ox - (x + w))
        if across_x and oy >= y + h - tol:
            gaps[1] = min(gaps[1], oy - (y + h))
        if across_x and oy + oh <= y + tol:
            gaps[3] = min(gaps[3], y - (oy + oh))
    left, bottom, right, top = (max(0.0, min(bleed, g / 2)) for g in gaps)
    return left, bottom, right, top


Block = tuple[int, int]  # a block of pieces' (columns, rows)


def arrangements(up: int, even: bool = False) -> list[tuple[int, int]]:
    """The (columns, rows) of `up` pieces, the squarest first, more columns first on a tie
    (2: 2 x 1; 4: 2 x 2, 4 x 1, 1 x 4; 6: 3 x 2, 2 x 3, 6 x 1, 1 x 6); `even`: only an even
    number of columns (work-and-turn: each front's back is the piece its turn puts behind
    it, the column mirrored)."""
    shapes = [(c, up // c) for c in range(1, up + 1) if up % c == 0 and not (even and c % 2)]
    return sorted(shapes, key=lambda s: (abs(s[0] - s[1]), -s[0]))


# the most columns or rows `most_up` tries: 12 DL across 13 x 19 in would need 1200 mm
MOST_ACROSS = 12


def crop_lines(cells: Cells) -> tuple[list[float], ...]:
    """The cut lines a press sheet marks at each edge, mm from the trim's top left: (x at the
    top, x at the bottom, y at the left, y at the right), each a cell's edge whose line runs
    to that edge of the sheet through no cell. Every one in rows and columns; on a mixed
    sheet (mixed_grid) the upright block's rows are not marked beside the turned block,
    where the knife would cut through its pieces."""
    tol = 1e-6

    def through(a: float, lo: float, hi: float) -> bool:
        return lo + tol < a < hi - tol

    def clear(line: float, across: bool, cell: tuple[float, ...], before: bool) -> bool:
        x, y, w, h = cell
        for ox, oy, ow, oh in cells.cells:
            if across and through(line, ox, ox + ow):  # a vertical line, up or down
                if (oy < y - tol) if before else (oy + oh > y + h + tol):
                    return False
            if not across and through(line, oy, oy + oh):  # a horizontal one, left or right
                if (ox < x - tol) if before else (ox + ow > x + w + tol):
                    return False
        return True

    out = []
    for across, before in ((True, True), (True, False), (False, True), (False, False)):
        found = set()
        for cell in cells.cells:
            x, y, w, h = cell
            for line in (x, x + w) if across else (y, y + h):
                if clear(line, across, cell, before):
                    found.add(round(line, 4))
        out.append(sorted(found))
    return tuple(out)
