"""Which press sheet of rectangular pieces to make: `up` pieces on the smallest press stock that
holds them (press_cells), the most a stock holds (most_up, `--up auto --stock`), and the stock
the pieces waste least of (best_stock, `--up auto`).

PRESS_STOCK is read from `sheets.paper` when called (not imported by name), so that one
setting of `paper.PRESS_STOCK` is the list every step here takes.
"""

from __future__ import annotations

from . import paper as sheet_paper
from .cells import MOST_ACROSS, Cells, arrangements, press_grid
from .mixed import most_mixed
from .paper import SHEETS, held, holds, press_media, stock_rank


def press_cells(
    piece: tuple[float, float],
    up: int,
    bleed: float,
    stock: str | None = None,
    even: bool = False,
    shared: bool = False,
    paper: str | None = None,
) -> Cells:
    """`up` pieces at full size for a press sheet: 2 side by side, 4 two by two, 8 four by two (8 x
    A6 on 13 x 19 in), 3 in a row (DL), upright or turned a quarter (press_grid): of the
    arrangements (`arrangements`, each upright then turned), the first whose media (press_media)
    `stock` holds; with no `stock`, the one the smallest press stock holds (paper.stock_rank: the
    pieces' region's stocks first, then PRESS_STOCK's order: --up 6 of A6 is 2 x 3 turned, on
    SRA3, not 3 x 2 upright on 13 x 19 in), a mixed sheet of `up` (most_mixed) where that goes
    on a smaller stock than rows and columns do (3 x A5: 2 upright and 1 turned on SRA3, not 3
    in a row on A3+, the stock the count was not found for: press.filled_up); when none is
    held, a mixed sheet of `up` that is (--up 6 of A6 on 12 x 18 in, 4 upright over 2
    turned), else the first. `even`:
    an even number across, for work-and-turn; `shared`: shared cuts. The sheet is the cells'
    bounding box (2-up A5: 302 x 210 mm, cut to two A5 after printing). Raises ValueError when
    no arrangement has `up` pieces (an odd `up` with `even`). `paper`: the paper family the
    pieces are made on (papers.paper_family), whose region's stocks come first for a piece
    of no paper size (paper.region_of)."""
    shapes = arrangements(up, even)
    if not shapes:
        raise ValueError(f"no arrangement of {up} pieces with an even number across")
    grids = [
        press_grid(piece, cols, rows, bleed, shared, turned)
        for cols, rows in shapes
        for turned in _turns(piece)
    ]
    if stock is not None:
        found = next((g for g in grids if holds(stock, press_media(g.sheet, bleed))), None)
    else:
        ranked = [
            (stock_rank(press_media(g.sheet, bleed), piece, paper), n) for n, g in enumerate(grids)
        ]
        in_stock = [key for key in ranked if key[0] < len(sheet_paper.NAMED_STOCK)]
        found = grids[min(in_stock)[1]] if in_stock else None
        mixed = most_mixed(piece, bleed, None, even, shared, exactly=up) if found else None
        if mixed and stock_rank(press_media(mixed.sheet, bleed), piece) < min(in_stock)[0]:
            found = mixed  # a smaller stock mixed than in rows and columns
    if found is None:  # no rows and columns of them fit: one block upright, one turned
        found = most_mixed(piece, bleed, stock, even, shared, exactly=up, paper=paper)
    return found or grids[0]


def _turns(piece: tuple[float, float]) -> tuple[bool, ...]:
    """Upright, then turned a quarter (a square piece: upright alone)."""
    return (False,) if abs(piece[0] - piece[1]) < 1e-9 else (False, True)


def most_up(
    piece: tuple[float, float],
    bleed: float,
    stock: str | None,
    even: bool = False,
    shared: bool = False,
) -> Cells | None:
    """The press sheet with the most pieces (`even`: an even number across) whose media
    `stock` holds (None: any press stock), in rows and columns, upright or every piece
    turned a quarter (press_grid), at full size with their gutters: 8 x A6 on 13 x 19 in,
    6 on SRA3 (2 x 3 turned; upright, 2 x 2). Turned only when that holds more; then the
    smaller sheet, then the squarer arrangement. A block upright beside (or above) a block
    turned (most_mixed) only when that holds more than either. None when no press sheet of
    two fits."""
    best: tuple[tuple[int, bool, float, int], Cells] | None = None
    for turned in _turns(piece):
        for cols in range(1, MOST_ACROSS + 1):
            for rows in range(1, MOST_ACROSS + 1):
                if cols * rows < 2 or (even and cols % 2):
                    continue
                grid = press_grid(piece, cols, rows, bleed, shared, turned)
                media = press_media(grid.sheet, bleed)
                if not held(media, stock):
                    continue
                key = (-cols * rows, turned, media[0] * media[1], abs(cols - rows))
                if best is None or key < best[0]:
                    best = (key, grid)
    # a block upright and a block turned, only where that holds more
    mixed = most_mixed(piece, bleed, stock, even, shared, len(best[1].cells) if best else 1)
    return mixed or (best[1] if best else None)


def best_stock(
    piece: tuple[float, float],
    bleed: float,
    even: bool = False,
    shared: bool = False,
    paper: str | None = None,
) -> tuple[str, Cells] | None:
    """The press stock `--up auto` fills when no --stock is named, with its sheet (most_up
    on each stock of the first group of paper.stock_choices with one that holds two: the
    pieces' region's, as a gang sheet's default_stock takes them, its trim's or else that of
    `paper`, the family they are made on: paper.region_of; PRESS_STOCK for a piece of no
    region): the one whose paper the pieces' trims cover most (least waste: the trimmed
    pieces' area over the stock's; a print shop pays for paper by the sheet), on a tie (to
    0.01 %) the one holding more pieces (fewer sheets through the press), then the first
    listed. 8 x A6 on A3+ (78.2 % of it) before 6 on SRA3 (64.8 %); 4 x half-Letter on 13 x
    19 in (75.7 %); 4 x A5 on SRA3 (86.3 %); 4 x DL on SRA3 (57.8 %) before 2 on SRA4 (57.8 %).
    None when no stock holds two."""
    area = piece[0] * piece[1]
    for group in sheet_paper.stock_choices(piece, paper):
        best: tuple[tuple[float, int, int], str, Cells] | None = None
        for n, name in enumerate(group):
            grid = most_up(piece, bleed, name, even, shared)
            if grid is None:
                continue
            w, h = SHEETS[name]
            key = (-round(len(grid.cells) * area / (w * h), 4), -len(grid.cells), n)
            if best is None or key < best[0]:
                best = (key, name, grid)
        if best is not None:
            return best[1], best[2]
    return None
