"""A press sheet's fold marks: each placed piece's folds (its layout's `folds:`, as the page
it shows has them: model.Folds.on_page, mirrored in a right-to-left language as its frames
are) where its cell places them, turned with the piece, and the ends of those lines at the
sheet's edges, where the sheet's own crop marks for its cut lines are (sheet_marks.fold_marks
draws them there, dashed, as render.marks.draw_fold_marks draws a piece's own).

A fold's mark goes at an edge only when its line runs to that edge through no other piece
but ones folded on the same line (the pieces of its column or row, in rows and columns):
never across a neighbour's art or bleed, which a mark in a gutter between two pieces' bleeds
would be (the gutter of a press sheet is the two bleeds, and shared cuts have none). On the
sheets `sheet` makes (rows and columns, or a mixed sheet's two blocks) every fold reaches at
least one edge so; `unmarked` names a piece that would not.

All lengths are millimetres, positions from the sheet's top-left corner, as cells.Cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import Folds, Kit
from ..output import OutputFile
from .cells import Cells

# a piece's fold lines as placed: (x of each vertical line, y of each horizontal one)
Lines = tuple[tuple[float, ...], tuple[float, ...]]
NO_LINES: Lines = ((), ())
TOL = 1e-6


def file_folds(kit: Kit, f: OutputFile) -> Folds | None:
    """The folds of a built file's piece, mm from its first page's left and top edges
    (model.Folds.drawn: mirrored in a right-to-left language), as its print PDF's marks
    have them; None for a piece not folded, or a material the kit no longer has (the job
    sheet's words for them: package.jobsheet.folds_of)."""
    layout = kit.layouts.get(f.material)
    if layout is None or not layout.folds:
        return None
    language = kit.languages.get(f.language)
    return layout.folds.drawn(layout.trim[0], language is not None and language.rtl)


def placed_folds(
    folds: Folds | None,
    page: int,
    turn: int,
    cell: tuple[float, float, float, float],
    trim: tuple[float, float],
) -> Lines:
    """Page `page`'s folds (a back's vertical ones mirrored: Folds.on_page) of a piece whose
    trim is `trim` (w, h mm), placed in `cell` (x, y, w, h) turned as impose.placed turns it
    (`turn`: 0 upright; 1 a quarter anticlockwise, its head to the left, so a vertical fold
    u mm from its left runs across at w - u from the cell's top and a horizontal one v mm
    from its top runs down at v from the cell's left; -1 clockwise, its head to the right:
    across at u, down at h - v)."""
    if folds is None:
        return NO_LINES
    w, h = trim
    on = folds.on_page(page, w)
    x, y, _, _ = cell
    if turn == 1:
        return tuple(x + v for v in on.horizontal), tuple(y + w - u for u in on.vertical)
    if turn == -1:
        return tuple(x + h - v for v in on.horizontal), tuple(y + u for u in on.vertical)
    return tuple(x + u for u in on.vertical), tuple(y + v for v in on.horizontal)


def _reaches(
    cells: Cells, lines: Sequence[Lines], i: int, at: float, down: bool, before: bool
) -> bool:
    """Whether cell `i`'s fold line at `at` (vertical: `down`) runs to the sheet's edge
    before it (above or to its left: `before`; else below or to its right) through no other
    cell but one folded on the same line."""
    x, y, w, h = cells.cells[i]
    for n, (ox, oy, ow, oh) in enumerate(cells.cells):
        mine = lines[n] if n < len(lines) else NO_LINES
        if n == i or any(abs(v - at) < TOL for v in mine[0 if down else 1]):
            continue
        if down and ox + TOL < at < ox + ow - TOL:  # a vertical line through it
            if (oy + oh <= y + TOL) if before else (oy >= y + h - TOL):
                return False
        if not down and oy + TOL < at < oy + oh - TOL:  # a horizontal one
            if (ox + ow <= x + TOL) if before else (ox >= x + w - TOL):
                return False
    return True


EDGES = ((True, True), (True, False), (False, True), (False, False))  # top, bottom, left, right


def fold_ends(cells: Cells, lines: Sequence[Lines]) -> tuple[list[float], ...]:
    """The fold lines marked at each edge of the sheet, as cells.crop_lines gives the cut
    lines: (x at the top, x at the bottom, y at the left, y at the right), each a fold of a
    cell (`lines`, one per cell in the order of `cells.cells`; missing: none) whose line runs
    to that edge through no other cell but one with a fold on the same line."""
    out = []
    for down, before in EDGES:
        found = {
            round(at, 4)
            for i, mine in enumerate(lines[: len(cells.cells)])
            for at in mine[0 if down else 1]
            if _reaches(cells, lines, i, at, down, before)
        }
        out.append(sorted(found))
    return tuple(out)


@lru_cache(maxsize=16)
def sheet_fold_ends(cells: Cells) -> tuple[tuple[float, ...], ...]:
    """`fold_ends` of the sheet's own folds (`cells.folds`: every page's, `merged`), which its
    slug and control marks keep clear of: worked out once per sheet, where the slug's place
    is tried for each slug form (sheets.slugs) and the control marks drawn on each page."""
    return tuple(tuple(end) for end in fold_ends(cells, cells.folds))


def unmarked(cells: Cells, lines: Sequence[Lines]) -> list[int]:
    """The cells (indices) with a fold whose line reaches no edge of the sheet past other
    pieces (`fold_ends`): the sheet would have no mark for it."""
    return [
        i
        for i, mine in enumerate(lines[: len(cells.cells)])
        if any(
            not any(_reaches(cells, lines, i, at, down, before) for before in (True, False))
            for down in (True, False)
            for at in mine[0 if down else 1]
        )
    ]


def merged(pages: Sequence[Sequence[Lines]]) -> tuple[Lines, ...]:
    """Each cell's fold lines on any page of the sheet (a right-to-left language's page may
    fold its pieces the mirror way): where the sheet's other marks and slug keep clear of."""
    if not pages:
        return ()
    out = []
    for i in range(max(len(p) for p in pages)):
        xs = {x for p in pages if i < len(p) for x in p[i][0]}
        ys = {y for p in pages if i < len(p) for y in p[i][1]}
        out.append((tuple(sorted(xs)), tuple(sorted(ys))))
    return tuple(out)


__all__ = ["NO_LINES", "Lines", "fold_ends", "file_folds", "merged", "placed_folds", "unmarked"]
