"""Where round pieces go on a sheet: as many as fit, square or hexagonal packing.

All lengths are millimetres, positions from the sheet's top-left corner. Pieces are circles of
diameter `d` (a badge's cut circle) at least `gap` apart (die lines at least 1/8 in apart:
kingbadge.com, "button layout", as collected in PRINT-SPECS.md) and inside the sheet's
`margin` (a press's gripper and an office printer's unprintable edge). The arrangement is
centred in the area inside the margins.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

# Sheet sizes, mm: ISO 216 A4 and A3; ISO 217 SRA4 and SRA3, the press sheets an A4 or A3
# piece is printed on with room for its bleed and a gripper; US Letter (8.5 x 11 in) and
# Legal (8.5 x 14 in); Tabloid (11 x 17 in, ANSI B), 12 x 18 in and 13 x 19 in, the US press
# sheets (13 x 19 in: a Tabloid page with bleed and marks).
SHEETS: dict[str, tuple[float, float]] = {
    "a4": (210.0, 297.0),
    "a3": (297.0, 420.0),
    "sra4": (225.0, 320.0),
    "sra3": (320.0, 450.0),
    "letter": (215.9, 279.4),
    "legal": (215.9, 355.6),
    "tabloid": (279.4, 431.8),
    "12x18": (304.8, 457.2),
    "13x19": (330.2, 482.6),
}
# each sheet's name as it is written (A4, SRA3, Letter, 12 x 18 in)
PAPER_NAMES = {
    "a4": "A4",
    "a3": "A3",
    "sra4": "SRA4",
    "sra3": "SRA3",
    "letter": "Letter",
    "legal": "Legal",
    "tabloid": "Tabloid",
    "12x18": "12 x 18 in",
    "13x19": "13 x 19 in",
}
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
    cols, rows = _fit(w, d, pitch), _fit(h, d, pitch)
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


def _fit(length: float, d: float, pitch: float) -> int:
    """How many circles of diameter d at `pitch` fit in `length`."""
    if length < d:
        return 0
    return int(math.floor((length - d) / pitch + 1e-9)) + 1


def _hex_points(
    w: float, h: float, d: float, gap: float, first_shifted: bool
) -> list[tuple[float, float]]:
    pitch = d + gap
    rise = pitch * math.sqrt(3) / 2
    rows = _fit(h, d, rise)
    points = []
    for r in range(rows):
        shift = pitch / 2 if (r % 2 == 1) != first_shifted else 0.0
        for c in range(_fit(w - shift, d, pitch)):
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

    def turned_at(self, i: int) -> bool:
        """Whether cell `i` holds its piece turned a quarter."""
        return self.turns[i] if self.turns else self.turned

    @property
    def mixed(self) -> bool:
        """Whether some cells are turned and some upright (mixed_grid)."""
        return len(set(self.turns)) == 2


def press_cells(
    piece: tuple[float, float],
    up: int,
    bleed: float,
    stock: str | None = None,
    even: bool = False,
    shared: bool = False,
) -> Cells:
    """`up` pieces at full size for a press sheet: 2 side by side, 4 two by two, 8 four by two (8 x
    A6 on 13 x 19 in), 3 in a row (DL), upright or turned a quarter (press_grid): of the
    arrangements (`arrangements`, each upright then turned), the first whose media (press_media)
    `stock` holds; with no `stock`, the one the smallest press stock holds (PRESS_STOCK's order:
    --up 6 of A6 is 2 x 3 turned, on SRA3, not 3 x 2 upright on 13 x 19 in); when none is held, a
    mixed sheet of `up` that is (most_mixed: --up 6 of A6 on 12 x 18 in, 4 upright over 2 turned),
    else the first. `even`: an even number across, for work-and-turn; `shared`: shared cuts. The
    sheet is the cells' bounding box (2-up A5: 302 x 210 mm, cut to two A5 after printing). Raises
    ValueError when no arrangement has `up` pieces (an odd `up` with `even`)."""
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
        ranked = [(_stock_rank(press_media(g.sheet, bleed)), n) for n, g in enumerate(grids)]
        held = [key for key in ranked if key[0] < len(PRESS_STOCK)]
        found = grids[min(held)[1]] if held else None
    if found is None:  # no rows and columns of them fit: one block upright, one turned
        found = most_mixed(piece, bleed, stock, even, shared, exactly=up)
    return found or grids[0]


def _turns(piece: tuple[float, float]) -> tuple[bool, ...]:
    """Upright, then turned a quarter (a square piece: upright alone)."""
    return (False,) if abs(piece[0] - piece[1]) < 1e-9 else (False, True)


def _stock_rank(media: tuple[float, float]) -> int:
    """The place in PRESS_STOCK of the smallest stock that holds `media` (stock_for), past
    its end when none does."""
    stock = stock_for(media)
    return PRESS_STOCK.index(stock) if stock is not None else len(PRESS_STOCK)


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
    high (sheets.impose.impose_cells draws each front turned anticlockwise; a two-sided
    piece's back, clockwise: work-and-turn, head to head)."""
    gutter = 0.0 if shared else 2 * bleed
    w, h = (piece[1], piece[0]) if turned else piece
    cells = tuple(
        (c * (w + gutter), r * (h + gutter), w, h) for r in range(rows) for c in range(cols)
    )
    sheet = (cols * w + (cols - 1) * gutter, rows * h + (rows - 1) * gutter)
    return Cells(sheet, cells, 1.0, turned)


Block = tuple[int, int]  # a block of pieces' (columns, rows)


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
    `stock` may hold, each block's alone held (_held; None: any press stock): (upright block,
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
        return [(shape, size) for shape, size in sized if _held(press_media(size, bleed), stock)]

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
) -> Cells | None:
    """The mixed sheet (mixed_grid) with the most pieces, more than `more_than` (`exactly`:
    that many), whose media `stock` holds (None: any press stock; with `exactly`, the
    smallest stock first, PRESS_STOCK's order): then the smaller sheet, then side by side
    before one above the other, then fewer upright. None when none."""
    best: tuple[tuple[float, ...], tuple[Block, Block, bool]] | None = None
    for upright, turned, across, size in mixed_layouts(piece, bleed, stock, even, shared):
        count = upright[0] * upright[1] + turned[0] * turned[1]
        if count <= more_than if exactly is None else count != exactly:
            continue
        media = press_media(size, bleed)
        if not _held(media, stock):
            continue
        rank = _stock_rank(media) if exactly is not None and stock is None else 0
        key = (rank, -count, round(media[0] * media[1], 6), not across, upright[0] * upright[1])
        if best is None or key < best[0]:
            best = (key, (upright, turned, across))
    if best is None:
        return None
    upright, turned, across = best[1]
    return mixed_grid(piece, upright, turned, bleed, shared, across)


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


def arrangements(up: int, even: bool = False) -> list[tuple[int, int]]:
    """The (columns, rows) of `up` pieces, the squarest first, more columns first on a tie
    (2: 2 x 1; 4: 2 x 2, 4 x 1, 1 x 4; 6: 3 x 2, 2 x 3, 6 x 1, 1 x 6); `even`: only an even
    number of columns (work-and-turn: each front's back is the piece its turn puts behind
    it, the column mirrored)."""
    shapes = [(c, up // c) for c in range(1, up + 1) if up % c == 0 and not (even and c % 2)]
    return sorted(shapes, key=lambda s: (abs(s[0] - s[1]), -s[0]))


# the most columns or rows `most_up` tries: 12 DL across 13 x 19 in would need 1200 mm
MOST_ACROSS = 12


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
                if not _held(media, stock):
                    continue
                key = (-cols * rows, turned, media[0] * media[1], abs(cols - rows))
                if best is None or key < best[0]:
                    best = (key, grid)
    # a block upright and a block turned, only where that holds more
    mixed = most_mixed(piece, bleed, stock, even, shared, len(best[1].cells) if best else 1)
    return mixed or (best[1] if best else None)


def best_stock(
    piece: tuple[float, float], bleed: float, even: bool = False, shared: bool = False
) -> tuple[str, Cells] | None:
    """The press stock `--up auto` fills when no --stock is named, with its sheet (most_up
    on each of PRESS_STOCK): the one whose paper the pieces' trims cover most (least waste:
    the trimmed pieces' area over the stock's; a print shop pays for paper by the sheet),
    on a tie (to 0.01 %) the one holding more pieces (fewer sheets through the press), then
    the first in PRESS_STOCK. 8 x A6 on 13 x 19 in (78.0 % of it) before 6 on SRA3 (64.8 %);
    4 x DL on SRA3 (57.8 %) before 2 on SRA4 (57.8 %). None when no stock holds two."""
    area = piece[0] * piece[1]
    best: tuple[tuple[float, int, int], str, Cells] | None = None
    for n, name in enumerate(PRESS_STOCK):
        grid = most_up(piece, bleed, name, even, shared)
        if grid is None:
            continue
        w, h = SHEETS[name]
        key = (-round(len(grid.cells) * area / (w * h), 4), -len(grid.cells), n)
        if best is None or key < best[0]:
            best = (key, name, grid)
    return (best[1], best[2]) if best else None


def _held(media: tuple[float, float], stock: str | None) -> bool:
    """Whether `stock` holds `media` (None: any press stock does)."""
    return stock_for(media) is not None if stock is None else holds(stock, media)


# A press sheet's margins around its pieces' trim: their bleed, then the crop marks (5 mm,
# render.marks; shorter where the press would not print them: crop_mark_lengths), then paper:
# 1 mm past the marks at the sides, 3 mm below them at the top and bottom, where the slug is
# set (sheets.edge.SLUG_BASELINE_MM). A 4-up A5 sheet is then
# 320 x 448 mm and fits SRA3 (320 x 450); with 3 mm at the sides too it was 324 mm wide, and
# a print shop's SRA3 press could not take it (a print shop's trial).
CROP_MARK_MM = 5.0
MARK_CLEAR_MM = 1.0
SLUG_ROOM_MM = 3.0
# The sheets a print shop's press takes (ISO 217 SRA4 and SRA3; the US 12 x 18 in and
# 13 x 19 in). One is smaller than another when it fits inside it (fits), not by its area:
# 12 x 18 in is narrower than SRA3 (304.8 mm to 320) and longer (457.2 mm to 450), and neither
# holds the other (4-up A5, 320 x 448 mm, fits SRA3 alone; 2-up Letter, 456.5 x 301.8 mm,
# 12 x 18 in alone). Of two such, the first here comes first (least): a sheet both hold is
# for SRA3, the ISO sheet, as it always was.
PRESS_STOCK = ("sra4", "sra3", "12x18", "13x19")


def press_margins(bleed: float) -> tuple[float, float]:
    """A press sheet's margin (mm) from its pieces' trim to the media's edge: (left and
    right, top and bottom) for pieces with `bleed` mm of bleed."""
    return bleed + CROP_MARK_MM + MARK_CLEAR_MM, bleed + CROP_MARK_MM + SLUG_ROOM_MM


def press_media(sheet: tuple[float, float], bleed: float) -> tuple[float, float]:
    """A press sheet's media (mm): its cells' bounding box `sheet` (Cells.sheet; a sheet
    record's trim) and press_margins around it."""
    x, y = press_margins(bleed)
    return sheet[0] + 2 * x, sheet[1] + 2 * y


# The paper along a press sheet's edges that a press does not print, mm: "the guaranteed
# imageable (printable) area for all media sizes is the page size minus 4 mm (0.157") from all
# edges of the media" (Konica Minolta magicolor 2490MF User's Guide, "Guaranteed Imageable
# (Printable) Area"); a Xerox DocuColor digital press cannot image 4 mm at the lead and trail
# edges, 3 mm at the sides of 12 x 18 in media and 3.5 mm of 13 x 19 in (digitalimaginginc.com,
# "gripper", 2011). The larger figure, at every edge.
PRESS_EDGE_MM = 4.0


def stock_room(media: tuple[float, float], on: str | None = "") -> tuple[float, float]:
    """The paper between a press sheet's media (mm) and the edges of the press stock it is
    printed on, on each side: (left and right, top and bottom), the media centred on the
    stock turned the way the media is, as a RIP places a page on its sheet. `on`: the stock
    (a SHEETS key; "": the smallest that holds the media, stock_for; None: none, the media's
    own size, as when no stock holds it: its edges may be the stock's); a stock smaller than
    the media gives less than none."""
    stock = stock_for(media) if on == "" else on
    if stock is None:
        return 0.0, 0.0
    small, large = sorted(SHEETS[stock])
    w, h = (small, large) if media[0] <= media[1] else (large, small)
    return (w - media[0]) / 2, (h - media[1]) / 2


def crop_mark_lengths(
    sheet: tuple[float, float], bleed: float, on: str | None = ""
) -> tuple[float, float]:
    """How long a press sheet's crop marks are, mm: (at the sides, at the top and bottom).
    Each starts `bleed` mm off the trim and is CROP_MARK_MM long, shortened where it would end
    within PRESS_EDGE_MM of the press stock's edge (stock_room, `on` the stock as it takes
    it): a 4-up A5 sheet is as wide as SRA3 (320 mm), and its side marks ended 1 mm from the
    stock's edge, where a press does not print; on 13 x 19 in they are whole. Shortened,
    never moved: a mark moved in would reach into the bleed, or the trim."""
    room = stock_room(press_media(sheet, bleed), on)
    margins = press_margins(bleed)
    return (
        max(0.0, min(CROP_MARK_MM, margins[0] + room[0] - PRESS_EDGE_MM - bleed)),
        max(0.0, min(CROP_MARK_MM, margins[1] + room[1] - PRESS_EDGE_MM - bleed)),
    )


def size_text(size: tuple[float, float]) -> str:
    """A sheet's size (mm) as messages write it, to 0.1 mm: "320 x 448", "456.5 x 301.8". Read
    to 0.001 mm first: the job sheet's size, read back from the PDF's points (301.74999),
    said 301.7 where `sheet` had said 301.8 of the same sheet (an office's trial)."""
    return f"{round(round(size[0], 3), 1):g} x {round(round(size[1], 3), 1):g}"


def stock_for(media: tuple[float, float]) -> str | None:
    """The smallest sheet of PRESS_STOCK that holds `media` (mm) either way round (least),
    None when none does."""
    return next(iter(least(name for name in PRESS_STOCK if holds(name, media))), None)


def holds(stock: str, media: tuple[float, float]) -> bool:
    """Whether the sheet `stock` (a SHEETS key) holds `media` (mm) either way round."""
    return fits(media, SHEETS[stock])


def fits(inner: tuple[float, float], outer: tuple[float, float]) -> bool:
    """Whether a sheet of size `inner` (mm) fits inside one of `outer`, either way round:
    both its sides, not its area (12 x 18 in, 139,355 mm², does not fit SRA3, 144,000)."""
    small, large = sorted(inner)
    w, h = sorted(outer)
    return small <= w + 1e-6 and large <= h + 1e-6


def least(names: Iterable[str]) -> tuple[str, ...]:
    """The smallest of the sheets `names` (SHEETS keys): those inside which none of the
    others fits (fits), in SHEETS' order (of SRA3 and 12 x 18 in, which neither holds the
    other, SRA3 first; PRESS_STOCK's order is SHEETS')."""
    return _extremes(names, lambda a, b: fits(SHEETS[a], SHEETS[b]))


def greatest(names: Iterable[str]) -> tuple[str, ...]:
    """The largest of the sheets `names` (SHEETS keys): those that fit inside none of the
    others (fits), in SHEETS' order (A3 and Tabloid: A3 is wider, Tabloid longer)."""
    return _extremes(names, lambda a, b: fits(SHEETS[b], SHEETS[a]))


def _extremes(names: Iterable[str], within: Callable[[str, str], bool]) -> tuple[str, ...]:
    """Those of `names` with no other strictly `within` them."""
    given = set(names)
    ordered = [name for name in SHEETS if name in given]
    return tuple(
        name
        for name in ordered
        if not any(within(other, name) and not within(name, other) for other in ordered)
    )


def paper_name(paper: str) -> str:
    """A sheet's name as it is written ("SRA3", "Letter"), the key itself for another."""
    return PAPER_NAMES.get(paper, paper.upper())


def article(name: str) -> str:
    """'an' before a name said with a vowel sound (A4, A3: "ay"; SRA3: "ess"), else 'a'
    (Letter, 12X18)."""
    return "an" if name[:1].upper() in "AEIOU" or name.upper().startswith("SRA") else "a"


__all__ = [
    "MARGIN_MM",
    "MIN_GAP_MM",
    "PAPER_NAMES",
    "SHEETS",
    "CROP_MARK_MM",
    "MARK_CLEAR_MM",
    "PRESS_EDGE_MM",
    "PRESS_STOCK",
    "SLUG_ROOM_MM",
    "Cells",
    "Grid",
    "MOST_ACROSS",
    "Block",
    "arrangements",
    "article",
    "best_stock",
    "crop_lines",
    "crop_mark_lengths",
    "fits",
    "greatest",
    "hexagonal",
    "holds",
    "least",
    "pack",
    "paper_name",
    "mixed_grid",
    "mixed_layouts",
    "most_mixed",
    "most_up",
    "press_cells",
    "press_grid",
    "press_margins",
    "press_media",
    "size_text",
    "square",
    "stock_for",
    "stock_room",
]
