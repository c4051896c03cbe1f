"""Mixed press sheets: a block of pieces upright and a block turned a quarter, cut apart by one
straight cut, where that holds more than rows and columns of either (6 x A6 on 12 x 18 in).

All lengths are millimetres, positions from the sheet's top-left corner.
"""

from __future__ import annotations

from .cells import MOST_ACROSS, Block, Cells, press_grid
from .paper import held, press_media, stock_rank


def mixed_grid(
    piece: tuple[float, float],
    upright: Block,
    turned: Block,
    bleed: float,
    shared: bool = False,
    across: bool = True,
) -> Cells:
    """A mixed sheet: a block of `upright` pieces and a block of `turned` ones (press_grid
    each, with its gutters or shared cuts), 2 x bleed apart, so that one straight cut between
    the blocks, then each block's own cuts, cut every piece out (a guillotine's cuts, each
    through the whole of what it cuts). `across`: side by side, the upright block on the
    left; else one above the other, the upright block on top. The smaller block is centred
    on the other: a sheet one above the other turned over left to right puts each block's
    cells on its own cells (work-and-turn). Pieces of the two blocks never abut (their cells
    are of two sizes): each keeps its bleed there, with shared cuts too. Cells: the upright
    block's, then the turned block's, each in rows from its top left."""
    a = press_grid(piece, *upright, bleed, shared, False)
    b = press_grid(piece, *turned, bleed, shared, True)
    (aw, ah), (bw, bh), gap = a.sheet, b.sheet, 2 * bleed
    if across:
        sheet = (aw + gap + bw, max(ah, bh))
        at_a, at_b = (0.0, (sheet[1] - ah) / 2), (aw + gap, (sheet[1] - bh) / 2)
    else:
        sheet = (max(aw, bw), ah + gap + bh)
        at_a, at_b = ((sheet[0] - aw) / 2, 0.0), ((sheet[0] - bw) / 2, ah + gap)
    cells = tuple(
        (x + dx, y + dy, w, h)
        for grid, (dx, dy) in ((a, at_a), (b, at_b))
        for x, y, w, h in grid.cells
    )
    turns = (False,) * len(a.cells) + (True,) * len(b.cells)
    return Cells(sheet, cells, 1.0, False, turns)


def _block_size(
    cols: int, rows: int, cell: tuple[float, float], gutter: float
) -> tuple[float, float]:
    """A block of `cols` x `rows` cells `gutter` apart, mm."""
    return cols * cell[0] + (cols - 1) * gutter, rows * cell[1] + (rows - 1) * gutter


def mixed_layouts(
    piece: tuple[float, float],
    bleed: float,
    stock: str | None,
    even: bool = False,
    shared: bool = False,
) -> list[tuple[Block, Block, bool, tuple[float, float]]]:
    """The mixed sheets (mixed_grid) of blocks up to MOST_ACROSS columns and rows whose media
    `stock` may hold, each block's alone held (held; None: any press stock): (upright block,
    turned block, across, the sheet's size, mm), unbuilt. `even` (work-and-turn): one above
    the other, an even number across in each block, so that each front has its back in the
    column the turn puts behind it; side by side, the turn would put the upright block's
    fronts on the turned block's cells. None for a square piece (turning it changes
    nothing)."""
    if abs(piece[0] - piece[1]) < 1e-9:
        return []
    gutter, gap = (0.0 if shared else 2 * bleed), 2 * bleed
    widths = [c for c in range(1, MOST_ACROSS + 1) if not (even and c % 2)]

    def blocks(cell: tuple[float, float]) -> list[tuple[Block, tuple[float, float]]]:
        shapes = [(c, r) for c in widths for r in range(1, MOST_ACROSS + 1)]
        sized = [(shape, _block_size(*shape, cell, gutter)) for shape in shapes]
        return [(shape, size) for shape, size in sized if held(press_media(size, bleed), stock)]

    out = []
    turned_blocks = blocks((piece[1], piece[0]))
    for across in (False,) if even else (True, False):
        for upright, (aw, ah) in blocks(piece):
            for turned, (bw, bh) in turned_blocks:
                size = (aw + gap + bw, max(ah, bh)) if across else (max(aw, bw), ah + gap + bh)
                out.append((upright, turned, across, size))
    return out


def most_mixed(
    piece: tuple[float, float],
    bleed: float,
    stock: str | None,
    even: bool = False,
    shared: bool = False,
    more_than: int = 1,
    exactly: int | None = None,
    paper: str | None = None,
) -> Cells | None:
    """The mixed sheet (mixed_grid) with the most pieces, more than `more_than` (`exactly`:
    that many), whose media `stock` holds (None: any press stock; with `exactly`, the
    smallest stock first, its region's first: paper.stock_rank, of the pieces made on the
    paper family `paper`): then the smaller sheet, then side by side
    before one above the other, then fewer upright. None when none."""
    best: tuple[tuple[float, ...], tuple[Block, Block, bool]] | None = None
    for upright, turned, across, size in mixed_layouts(piece, bleed, stock, even, shared):
        count = upright[0] * upright[1] + turned[0] * turned[1]
        if count <= more_than if exactly is None else count != exactly:
            continue
        media = press_media(size, bleed)
        if not held(media, stock):
            continue
        rank = stock_rank(media, piece, paper) if exactly is not None and stock is None else 0
        key = (rank, -count, round(media[0] * media[1], 6), not across, upright[0] * upright[1])
        if best is None or key < best[0]:
            best = (key, (upright, turned, across))
    if best is None:
        return None
    upright, turned, across = best[1]
    return mixed_grid(piece, upright, turned, bleed, shared, across)
