"""Where a sheet's marks go so that a press prints them: every mark (crop marks, registration
targets, colour bar, slug) ends at least PRESS_EDGE_MM inside the press stock the sheet is
printed on. A mark is moved in where there is room for it outside the bleed, else left out,
and the sheet's warnings say so (sheets.warn: sheet.marks, sheet.slug).

All lengths are mm. A box is (left, bottom, right, top) from the trim's bottom-left corner,
y upward, as the PDF draws it; a sheet's media is centred on its trim, and its stock on its
media (a RIP centres a page on its sheet). A 4-up A5 press sheet (320 x 448 mm) is as wide as
SRA3: its side targets ended 0.4 mm from the stock's edge, its slug 1.6 mm from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..press_stock import PRESS_EDGE_MM, PRESS_STOCK
from ..render.marks import COLOUR_BAR
from ..render.target import MARK_WIDTH, TARGET_RADIUS
from .cells import Cells, crop_lines
from .folds import sheet_fold_ends
from .paper import (
    NAMED_STOCK,
    SHEETS,
    crop_mark_lengths,
    default_stock,
    greatest,
    holds,
    least,
    press_margins,
    press_media,
    stock_for,
    stock_room,
)

MM = 72 / 25.4  # pt per mm
Box = tuple[float, float, float, float]
# a press sheet's registration target: its centre this far outside the bleed, mm, when there
# is room (the cross, 1.6 x render.marks.TARGET_RADIUS = 2.56 mm, then ends 8.56 mm off the
# trim: inside the sheet's 9 mm side margin, paper.press_margins)
TARGET_OFFSET_MM = 3.0
# how far a target reaches from its centre: the cross's arms and half their stroke
TARGET_REACH_MM = (1.6 * TARGET_RADIUS + MARK_WIDTH / 2) / MM
# the colour bar's patches: this far outside the bleed when there is room, at most this size
BAR_OFFSET_MM = 1.0
BAR_PATCH_MM = 4.0
BAR_PATCHES = len(COLOUR_BAR) + 1  # the process inks' and registration's
# side targets with no room at the sides, moved into the top margin: their centres this far
# in from the trim's left and right ends (clear of the crop marks there, and of the colour
# bar in the middle of the first column)
SIDE_TARGET_IN_MM = 8.0
# a press sheet's slug: its baseline this far above the media's bottom edge when the stock
# leaves room (paper.SLUG_ROOM_MM of paper below the bottom crop marks: press_margins)
SLUG_BASELINE_MM = 1.0
# its ink at least this far from the pieces' bleed
SLUG_CLEAR_MM = 1.0
# and at least this far from every mark: set between the first column's bottom crop marks,
# its ink this far from each mark's stroke (the project's choice, no standard's: as far as
# the marks themselves start off the trim, a 3 mm bleed). Below the marks, as wide as the
# sheet, it was 0.38 mm under their ends (2.3 mm of ink in the 3 mm of paper below them,
# measured from the sheets' content streams): no clearance fits there without a larger sheet,
# and 4-up A5 would no longer fit SRA3.
SLUG_MARK_CLEAR_MM = 3.0
# half a crop mark's stroke (0.25 pt, sheet_marks.crop_marks), mm
CROP_HALF_STROKE_MM = 0.125 / MM


def stock_box(trim: tuple[float, float], media: tuple[float, float], stock: str | None) -> Box:
    """The press stock a sheet is printed on: `stock` (a SHEETS key) turned the way `media`
    is and centred on it, around the `trim` (both centred on each other: media_box, with
    paper.stock_room around it); the media itself when None (no stock holds it: its edges
    may be the stock's)."""
    x, y = stock_room(media, stock)
    left, bottom, right, top = media_box(trim, media)
    return left - x, bottom - y, right + x, top + y


def inside(box: Box, stock: Box, edge: float = PRESS_EDGE_MM) -> bool:
    """Whether `box` ends at least `edge` mm inside `stock` on every side."""
    tol = 1e-6
    return (
        box[0] >= stock[0] + edge - tol
        and box[1] >= stock[1] + edge - tol
        and box[2] <= stock[2] - edge + tol
        and box[3] <= stock[3] - edge + tol
    )


@dataclass(frozen=True)
class PressMarks:
    """A press sheet's marks, as far off its trim (mm) as the stock lets the press print
    them: the crop marks' lengths (at the sides, at the top and bottom:
    paper.crop_mark_lengths), the side registration targets' and the top one's centres,
    and the colour bar's bottom edge; None where there is no room: left out."""

    crop: tuple[float, float]
    side_targets: float | None
    top_target: float | None
    bar: float | None
    limit: tuple[float, float]  # the farthest off the trim a mark may reach (sides, top)
    # the side targets moved into the top margin, as far off the trim as the top one, and
    # SIDE_TARGET_IN_MM in from the trim's left and right ends (no room at the sides)
    sides_on_top: bool = False


def press_marks(cells: Cells, bleed: float, on: str | None = "") -> PressMarks:
    """Where a press sheet of `cells` with `bleed` draws its marks on the stock that holds it
    (paper.stock_for): each where it was when it ends PRESS_EDGE_MM inside the stock, else
    moved toward the trim until it does, as long as it stays outside the bleed; else left
    out, but for the side targets, moved into the top margin beside the top one when it has
    room (2-up Letter on 12 x 18 in: 0.35 mm of paper past each side). The colour bar's
    patches are BAR_PATCH_MM or smaller (bar_patch). `on`: another press stock to place them
    on (a SHEETS key; None: the media's own size)."""
    media = press_media(cells.sheet, bleed)
    stock = stock_box(cells.sheet, media, stock_for(media) if on == "" else on)
    limit = (-stock[0] - PRESS_EDGE_MM, stock[3] - cells.sheet[1] - PRESS_EDGE_MM)

    def target(room: float) -> float | None:
        centre = min(bleed + TARGET_OFFSET_MM, room - TARGET_REACH_MM)
        return centre if centre - TARGET_REACH_MM >= bleed - 1e-9 else None

    size = bar_patch(cells)
    bar = min(bleed + BAR_OFFSET_MM, limit[1] - size)
    side, top = target(limit[0]), target(limit[1])
    # the bar starts (w0 - its width) / 2 into the first column: the moved target clear of it
    bar_at = (cells.cells[0][2] - size * BAR_PATCHES) / 2
    on_top = side is None and top is not None and SIDE_TARGET_IN_MM + 2 * TARGET_REACH_MM < bar_at
    return PressMarks(
        crop_mark_lengths(cells.sheet, bleed, on),
        top if on_top else side,
        top,
        bar if bar >= bleed - 1e-9 else None,
        limit,
        on_top,
    )


def roomy_stock(cells: Cells, bleed: float) -> tuple[str, ...]:
    """The smallest press stocks (paper.PRESS_STOCK, least: by whether one fits inside
    another) that hold a press sheet of `cells` with room for every mark (press_marks leaves
    none out); none when none has. SRA3 and 12 x 18 in both, when both have room: neither is
    the smaller (12 x 18 in is narrower, and longer)."""
    media = press_media(cells.sheet, bleed)
    whole = media_box(cells.sheet, media)
    return least(
        name
        for name in PRESS_STOCK
        if inside(whole, stock_box(cells.sheet, media, name), 0)
        and not left_out(press_marks(cells, bleed, name))
    )


def bar_patch(cells: Cells) -> float:
    """A press sheet's colour bar patch, mm: BAR_PATCH_MM, smaller where its patches (the
    process inks' and registration's: render.marks.COLOUR_BAR) would not fit the first
    column less 6 mm at each end (clear of its crop marks)."""
    return min(BAR_PATCH_MM, (cells.cells[0][2] - 12) / BAR_PATCHES)


def press_slug_at(
    cells: Cells, bleed: float, marks: PressMarks, box: Box
) -> tuple[float, float] | None:
    """Where a press sheet's slug (`box`: its outlines' box about its baseline's start, mm)
    starts its baseline, from the trim's bottom-left corner: between the first column's bottom
    crop marks, or a folded piece's fold marks (slug_stretch, slug_column), its ink
    SLUG_MARK_CLEAR_MM from the stroke of the mark at the stretch's start, and of the next (so
    from every mark: the others are farther); its baseline
    SLUG_BASELINE_MM above the media's edge, raised until its ink ends PRESS_EDGE_MM inside
    the stock. None when it has no room there: its ink within SLUG_CLEAR_MM of the bleed, or
    wider than the column."""
    margin = press_margins(bleed)[1]
    base = min(margin - SLUG_BASELINE_MM, marks.limit[1] + box[1])
    if base - box[3] < bleed + SLUG_CLEAR_MM - 1e-9:  # into the bleed
        return None
    start, width = slug_stretch(cells)
    if box[2] - box[0] > _column(width) + 1e-9:  # past the next mark's clearance
        return None
    return start + SLUG_MARK_CLEAR_MM + CROP_HALF_STROKE_MM - box[0], -base


def slug_column(cells: Cells) -> float:
    """A slug's width between the first column's bottom crop marks, mm (its ink
    SLUG_MARK_CLEAR_MM from each mark's stroke): of `slug_stretch`."""
    return _column(slug_stretch(cells)[1])


def _column(stretch: float) -> float:
    """The slug's width in a stretch `stretch` mm wide between two marks' centre lines."""
    return stretch - 2 * (SLUG_MARK_CLEAR_MM + CROP_HALF_STROKE_MM)


def slug_stretch(cells: Cells) -> tuple[float, float]:
    """Where a press sheet's slug goes below the trim, mm from the trim's left: (start, width)
    of the widest stretch between two neighbouring bottom crop marks (cells.crop_lines; from
    the trim's left), or, where folded pieces' fold marks lie in it (sheets.folds.fold_ends),
    between them and those marks, the first of two as wide: in rows and columns, the first
    column (an A4 card folded in two has its slug under its left half, as a piece's own slug:
    render.marks.slug_stretch). A mixed sheet's bottom block may be narrower than the sheet,
    and centred: 3 x A5 (2 upright over 1 turned) has a bottom mark 46 mm from the trim's
    left, and its slug, set in those 46 mm, left out the trim, bleed, press condition and
    campaign (sheet.slug); it goes below the turned piece, 210 mm wide."""
    ends = sorted({0.0, *crop_lines(cells)[1], *sheet_fold_ends(cells)[1]})
    edges = [x for n, x in enumerate(ends) if n == 0 or x - ends[n - 1] > 1e-6]
    start, end = max(zip(edges, edges[1:], strict=False), key=lambda ab: (ab[1] - ab[0], -ab[0]))
    return start, end - start


def left_out(marks: PressMarks) -> tuple[str, ...]:
    """The marks a press sheet leaves out (`press_marks`), as a message names them."""
    side, top = marks.side_targets is None, marks.top_target is None
    targets = (
        ("its registration targets",)
        if side and top
        else ("its side registration targets",)
        if side
        else ("its top registration target",)
        if top
        else ()
    )
    return targets + (("its colour bar",) if marks.bar is None else ())


def sheet_stock(
    paper: str,
    trim: tuple[float, float],
    media: tuple[float, float],
    slug: Box | None,
    given: str | None = None,
) -> str:
    """The paper a gang or sticker sheet (`trim`: the sheet `paper` as placed; `media`, mm)
    is printed on: `paper` itself when it is a press stock (paper.NAMED_STOCK: the sheet
    is the press's own sheet, with no paper outside its bleed); else `given` (--stock, which
    holds it: check_stock); else paper.default_stock, the press sheets' one rule: among the
    stocks of `paper`'s region first (a Letter sheet: 12 x 18 in, 13 x 19 in; an A4 one: SRA4,
    SRA3, A3+), the smallest that holds the media with its `slug` (its outlines' box as
    placed) PRESS_EDGE_MM inside, else the smallest that holds the media; else `paper` (its
    own size: none holds it)."""
    if paper in NAMED_STOCK:
        return paper
    if given is not None:
        return given
    whole = media_box(trim, media)

    def holding(name: str) -> bool:
        return inside(whole, stock_box(trim, media, name), 0)

    def roomy(name: str) -> bool:
        return holding(name) and (slug is None or inside(slug, stock_box(trim, media, name)))

    return default_stock(SHEETS[paper], roomy, holding) or paper


def media_box(trim: tuple[float, float], media: tuple[float, float]) -> Box:
    """A sheet's media centred on its trim."""
    x, y = (trim[0] - media[0]) / 2, (trim[1] - media[1]) / 2
    return x, y, x + media[0], y + media[1]


def union(boxes: Sequence[Box]) -> Box:
    """The box around `boxes`."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def slug_need(paper: str, slug: Box | None) -> tuple[float, float]:
    """The press stock (mm, portrait) a gang or sticker sheet on `paper` needs for its media
    and its slug (`slug`: its outlines' box from the trim's bottom-left corner, below the
    trim; None: one line, its baseline impose.slug_below that sheet's trim) to print
    PRESS_EDGE_MM inside the stock."""
    from .impose import SHEET_SLUG_MM, sheet_bleed, slug_below

    w, h = sorted(SHEETS[paper])
    bleed = sheet_bleed((w, h))
    if slug is None:
        slug = (0.0, -slug_below((w, h)) - 0.6, 0.0, 0.0)
    side = max(bleed, PRESS_EDGE_MM - slug[0])
    below = max(bleed + SHEET_SLUG_MM, PRESS_EDGE_MM - slug[1])
    return w + 2 * side, h + 2 * below


def smaller_paper(stock: str, slug: Box | None) -> tuple[str, ...]:
    """The largest sheets (not themselves press stocks) that `stock` holds with their bleed
    and slug (`slug`, as slug_need takes it) printed: those that fit inside none of the others
    (paper.greatest, not by area: 13 x 19 in holds A3 and Tabloid, and neither holds the
    other); none when none."""
    return greatest(
        name for name in SHEETS if name not in NAMED_STOCK and holds(stock, slug_need(name, slug))
    )
