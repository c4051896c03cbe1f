"""The cut lines a sheet draws for a cutting plotter or die: circles round a badge's face, a
sticker's trim with rounded corners, stroked in a Separation colour named `CutContour` (the
name cutting plotters and RIPs look for; its alternate is 100 % magenta so it is visible in a
proof), overprinting, 0.25 pt wide. Positions in pt.
"""

from __future__ import annotations

from collections.abc import Sequence

import pikepdf

from ..render.marks import CUT_CONTOUR, CUT_WIDTH, KAPPA, rounded_rect
from .cells import Cells

PT_PER_MM = 72 / 25.4


def circle(cx: float, cy: float, r: float) -> str:
    """A closed circle path (PDF operators), pt."""
    k = KAPPA * r
    return (
        f"{cx + r:.3f} {cy:.3f} m "
        f"{cx + r:.3f} {cy + k:.3f} {cx + k:.3f} {cy + r:.3f} {cx:.3f} {cy + r:.3f} c "
        f"{cx - k:.3f} {cy + r:.3f} {cx - r:.3f} {cy + k:.3f} {cx - r:.3f} {cy:.3f} c "
        f"{cx - r:.3f} {cy - k:.3f} {cx - k:.3f} {cy - r:.3f} {cx:.3f} {cy - r:.3f} c "
        f"{cx + k:.3f} {cy - r:.3f} {cx + r:.3f} {cy - k:.3f} {cx + r:.3f} {cy:.3f} c h"
    )


def cut_lines(centres: Sequence[tuple[float, float]], r: float) -> str:
    paths = " ".join(f"{circle(cx, cy, r)} S" for cx, cy in centres)
    return f"q /GSCut gs /CSCut CS 1 SCN {CUT_WIDTH} w {paths} Q"


def home_cut_lines(centres: Sequence[tuple[float, float]], r: float) -> str:
    """A home sheet's cut lines (`sheet --home`): the circles in grey (DeviceGray 0.6, as a
    home sheet of flyers draws its cut lines), to cut along by hand or with a circle cutter;
    no CutContour, a spot colour for a die cutter or plotter whose alternate is DeviceCMYK."""
    paths = " ".join(f"{circle(cx, cy, r)} S" for cx, cy in centres)
    return f"q 0.6 G {CUT_WIDTH} w {paths} Q"


def cut_resources(out: pikepdf.Pdf) -> tuple[pikepdf.Object, pikepdf.Object]:
    """The CutContour Separation (alternate 100 % magenta) and an overprinting ExtGState."""
    separation = out.make_indirect(
        pikepdf.Array(
            [
                pikepdf.Name.Separation,
                pikepdf.Name("/" + CUT_CONTOUR),
                pikepdf.Name.DeviceCMYK,
                pikepdf.Dictionary(
                    FunctionType=2, Domain=[0, 1], C0=[0, 0, 0, 0], C1=[0, 1, 0, 0], N=1
                ),
            ]
        )
    )
    overprint = out.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, OP=True, op=True, OPM=1)
    )
    return separation, overprint


STICKER_RADIUS_MM = 3.0  # the kiss-cut's rounded corners


def contours(cells: Cells, pad: tuple[float, float], used: int, radius: float) -> str:
    """The kiss-cut of each used cell: its trim with corners of `radius` mm (at most half the
    cell's shorter side), in CutContour. `pad`: the trim's distance from the media's left and
    bottom edges, pt."""
    sh = cells.sheet[1] * PT_PER_MM
    paths = []
    for x, y, w, h in cells.cells[:used]:
        left, bottom = pad[0] + x * PT_PER_MM, pad[1] + sh - (y + h) * PT_PER_MM
        r = min(radius, w / 2, h / 2) * PT_PER_MM
        paths.append(f"{rounded_rect(left, bottom, w * PT_PER_MM, h * PT_PER_MM, r)} S")
    return f"q /GSCut gs /CSCut CS 1 SCN {CUT_WIDTH} w {' '.join(paths)} Q"
