"""Where a gang or sticker sheet (of badges, or of rectangular stickers), or a home sheet of
badges, puts what it prints of its own outside the pieces' art: registration targets at its
corners, for the die cutter or plotter to line its cut up with the print, and a line of
text (the slug of a sheet printed on a press stock of its own size; a home sheet's line
naming the material, languages and drafts) in a band of the margin between the art and the
paper's edge.

All lengths are mm, positions from the sheet's top-left corner (as circles.Grid's centres and
cells.Cells' cells). A badge's art is a circle of the cut circle's radius and half the gap
(impose.impose clips each piece there), a sticker's its trim and its bleed (cell_impose); Art
holds either; nothing here comes within MARK_ART_CLEAR_MM of it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .cells import Cells
from .circles import Grid
from .edge import TARGET_REACH_MM
from .paper import NAMED_STOCK

# how far a target or a line of text keeps from every piece's art, mm (the project's choice:
# a die that strays 1 mm still leaves the mark whole on the waste)
MARK_ART_CLEAR_MM = 1.0
# how far inside the trim a target's cross ends when the trim is not the paper's edge (a
# sheet with its bleed and slug past it, on a larger press stock), mm
TARGET_IN_TRIM_MM = 1.0
CORNERS = ("top left", "top right", "bottom left", "bottom right")


def own_stock(paper: str, home: bool) -> bool:
    """Whether a gang or sticker sheet on `paper` is printed on paper of its own size, the
    page being that paper (no bleed or slug past it): a press stock (paper.NAMED_STOCK, the
    sheet a press prints on: nothing larger to print it on), or any paper at home (`home`)."""
    return home or paper in NAMED_STOCK


@dataclass(frozen=True)
class Art:
    """Where a sheet's pieces print (mm, from its top-left): circles (centre x, centre y,
    radius) and rectangles (left, top, right, bottom)."""

    sheet: tuple[float, float]
    circles: tuple[tuple[float, float, float], ...] = ()
    rects: tuple[tuple[float, float, float, float], ...] = ()

    def distance(self, x: float, y: float) -> float:
        """How far (x, y) is from the nearest piece's art, mm (0 or less inside it)."""
        near = [math.hypot(x - cx, y - cy) - r for cx, cy, r in self.circles]
        near += [
            math.hypot(max(left - x, x - right, 0.0), max(top - y, y - bottom, 0.0))
            for left, top, right, bottom in self.rects
        ]
        return min(near, default=math.inf)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The box round all the art: left, top, right, bottom."""
        boxes = [(cx - r, cy - r, cx + r, cy + r) for cx, cy, r in self.circles]
        boxes += list(self.rects)
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


def art_of(pieces: Grid | Art) -> Art:
    """A gang sheet's art (a Grid's circles: the cut circle and half the gap, as
    impose.impose clips each badge), or `pieces` itself."""
    if isinstance(pieces, Art):
        return pieces
    r = pieces.diameter / 2 + pieces.gap / 2
    return Art(pieces.sheet, tuple((x, y, r) for x, y in pieces.centres))


def cells_art(cells: Cells, bleed: float) -> Art:
    """A sticker sheet's art: each cell's trim and `bleed` past it (cell_impose draws each
    sticker's bleed on its sides no neighbour abuts: all of them, stickers `gap` apart)."""
    return Art(
        cells.sheet,
        rects=tuple(
            (x - bleed, y - bleed, x + w + bleed, y + h + bleed) for x, y, w, h in cells.cells
        ),
    )


# how far along the sheet's edges a corner's target may move from the corner to clear the
# pieces' art, mm, in steps of TARGET_STEP_MM (the project's choice: still a corner's mark)
TARGET_SLIDE_MM = 40.0
TARGET_STEP_MM = 0.5


def target_centres(pieces: Grid | Art, edge: float) -> tuple[list[tuple[float, float]], list[str]]:
    """The registration targets' centres, one at each of the sheet's four corners (CORNERS'
    order), each its reach (edge.TARGET_REACH_MM) plus `edge` mm in from both sides: `edge`
    PRESS_EDGE_MM on a page that is the paper itself (the press does not print closer),
    else TARGET_IN_TRIM_MM, inside the trim. Where a target would come within
    MARK_ART_CLEAR_MM of a piece's art, it moves along the sheet's edge (either one, the
    nearer first, in TARGET_STEP_MM steps) up to TARGET_SLIDE_MM; a corner with no room even
    there is left out, named in the list returned."""
    art = art_of(pieces)
    w, h = art.sheet
    inset = edge + TARGET_REACH_MM
    room = TARGET_REACH_MM + MARK_ART_CLEAR_MM

    def clear(x: float, y: float) -> bool:
        return art.distance(x, y) >= room - 1e-9

    kept, lost = [], []
    steps = [n * TARGET_STEP_MM for n in range(int(TARGET_SLIDE_MM / TARGET_STEP_MM) + 1)]
    for name in CORNERS:
        sx, sy = (1, -1)["right" in name], (1, -1)["bottom" in name]
        x0, y0 = (w - inset if sx < 0 else inset), (h - inset if sy < 0 else inset)
        tried = [(x0 + sx * d, y0) for d in steps] + [(x0, y0 + sy * d) for d in steps]
        tried.sort(key=lambda p: abs(p[0] - x0) + abs(p[1] - y0))
        found = next((p for p in tried if clear(*p)), None)
        if found is None:
            lost.append(name)
        else:
            kept.append(found)
    return kept, lost


@dataclass(frozen=True)
class Band:
    """A band of the margin for a line of text: its baseline's start (mm from the sheet's
    top-left), its length along the baseline and its depth across it (mm), and whether it
    reads up the sheet's left side (turned a quarter anticlockwise) rather than along its
    bottom."""

    x: float
    y: float
    length: float
    depth: float
    turned: bool


def bands(pieces: Grid | Art, edge: float, ends: float) -> list[Band]:
    """The margin bands a line may go in, in the order tried: below the art (along the
    bottom), then left of it (reading up the left side); each from `edge` mm inside the
    paper's edge to MARK_ART_CLEAR_MM off the art, and `ends` mm short of the sheet's
    corners at each end (clear of the corner targets). A band's baseline is at its outer
    side: the line's descent goes into it too (line_fits)."""
    art = art_of(pieces)
    w, h = art.sheet
    leftmost, _, _, lowest = art.box
    below = h - edge - lowest - MARK_ART_CLEAR_MM
    left = leftmost - edge - MARK_ART_CLEAR_MM
    return [
        Band(ends, h - edge, w - 2 * ends, below, False),
        Band(edge, h - ends, h - 2 * ends, left, True),
    ]


def line_fits(band: Band, box: tuple[float, float, float, float]) -> bool:
    """Whether a line whose outlines' box is `box` (mm about its baseline's start: left,
    bottom, right, top) fits `band`, its baseline raised off the band's outer side by its
    descent (placed_line)."""
    left, bottom, right, top = box
    return right - min(left, 0.0) <= band.length + 1e-9 and top - min(bottom, 0.0) <= band.depth


def placed_line(band: Band, box: tuple[float, float, float, float]) -> tuple[float, float]:
    """Where a line's baseline starts (mm from the sheet's top-left) in `band`: its ink's
    start at the band's start; along the bottom, its descent just inside the band's outer
    side; turned (reading up, its ascenders toward the left edge), its ascent there."""
    left, bottom, _, top = box
    if band.turned:  # the baseline runs up the page from the band's lower end
        return band.x + max(top, 0.0), band.y + left
    return band.x - left, band.y + min(bottom, 0.0)


def first_band(
    pieces: Grid | Art, edge: float, ends: float, boxes: Sequence[tuple[float, float, float, float]]
) -> Band | None:
    """The first band (bands) every line of `boxes` fits; None when none has room."""
    if not boxes:
        return None
    for band in bands(pieces, edge, ends):
        if all(line_fits(band, box) for box in boxes):
            return band
    return None


__all__ = [
    "CORNERS",
    "MARK_ART_CLEAR_MM",
    "TARGET_IN_TRIM_MM",
    "TARGET_SLIDE_MM",
    "Art",
    "Band",
    "art_of",
    "cells_art",
    "bands",
    "first_band",
    "line_fits",
    "own_stock",
    "placed_line",
    "target_centres",
]
