"""The cut lines a sheet draws for a cutting plotter or die: circles round a badge's face, a
sticker's trim with rounded corners, stroked in a Separation colour named `CutContour` (the
name cutting plotters and RIPs look for; its alternate is 100 % magenta so it is visible in a
proof), overprinting, 0.25 pt wide. Positions in pt.
"""

from __future__ import annotations

from collections.abc import Sequence

import pikepdf

from ..render.marks import CUT_CONTOUR, CUT_WIDTH, circle, rounded_rect
from .cells import Cells

PT_PER_MM = 72 / 25.4


def cut_lines(centres: Sequence[tuple[float, float]], r: float) -> str:
    paths = " ".join(f"{circle(cx, cy, r)} S" for cx, cy in centres)
    return f"q /GSCut gs /CSCut CS 1 SCN {CUT_WIDTH} w {paths} Q"


# A home sheet's cut line (sheet --home), cased: a black core on a white casing, the casing
# showing (HOME_CUT_CASING_PT - HOME_CUT_CORE_PT) / 2 on each side of the core. On a white
# ground the core is black on white (21:1); on a dark badge the casing is white on the
# badge (on badge-58's navy, sRGB 4, 80, 150 as the home sheet renders it: 8.1:1) and the
# core black on white: every boundary above the 3:1 WCAG 2.1 asks of the parts of a graphic
# needed to understand it (1.4.11, "Non-text Contrast"). The grey line it replaces
# (DeviceGray 0.6, 0.25 pt) was 2.8:1 on that navy and 2.8:1 on white (an organiser's
# trial: hard to see to cut by hand).
HOME_CUT_CASING_PT = 1.5
HOME_CUT_CORE_PT = 0.5


def home_cut_lines(centres: Sequence[tuple[float, float]], r: float) -> str:
    """A home sheet's cut lines (`sheet --home`): the circles cased, each stroked white
    (HOME_CUT_CASING_PT), then each black (HOME_CUT_CORE_PT) on it, in DeviceGray, to cut along
    by hand or with a circle cutter on a white or a dark badge alike; no CutContour, a spot
    colour for a die cutter or plotter whose alternate is DeviceCMYK."""
    paths = " ".join(f"{circle(cx, cy, r)} S" for cx, cy in centres)
    return f"q 1 G {HOME_CUT_CASING_PT:g} w {paths} 0 G {HOME_CUT_CORE_PT:g} w {paths} Q"


def separation(out: pikepdf.Pdf, colorant: str, alternate: Sequence[float]) -> pikepdf.Object:
    """A Separation colour space `[/Separation /<colorant> /DeviceCMYK <<type 2 function>>]`
    (ISO 32000-1, 8.6.6.4), indirect in `out`: its tint t gives the DeviceCMYK `alternate`
    (C, M, Y, K, 0-1) times t, what a proof shows of it."""
    return out.make_indirect(
        pikepdf.Array(
            [
                pikepdf.Name.Separation,
                pikepdf.Name("/" + colorant),
                pikepdf.Name.DeviceCMYK,
                pikepdf.Dictionary(
                    FunctionType=2, Domain=[0, 1], C0=[0, 0, 0, 0], C1=list(alternate), N=1
                ),
            ]
        )
    )


def cut_resources(out: pikepdf.Pdf) -> tuple[pikepdf.Object, pikepdf.Object]:
    """The CutContour Separation (alternate 100 % magenta) and an overprinting ExtGState."""
    overprint = out.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, OP=True, op=True, OPM=1)
    )
    return separation(out, CUT_CONTOUR, (0, 1, 0, 0)), overprint


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
