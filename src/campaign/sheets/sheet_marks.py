"""What a press sheet draws of its own outside its pieces: crop marks at the ends of its cut
lines, registration targets and a colour bar, and a sheet's slug (job information as
outlines), all in registration colour on the pieces' press: the Separation /All the pieces'
own marks are drawn in (render.marks.registration_ink), at the share of each plate the
pieces' press gives (`registration`), the page's resource REGISTRATION_SPACE
(`registration_space`) set by `in_registration`. Positions in pt, from the media's bottom
left; `pad` is the trim's distance from the media's left and bottom edges.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import pikepdf

from ..presses import MAX_INK
from ..render.forms import FilledForm
from ..render.marks import (
    COLOUR_BAR,
    FOLD_DASH,
    REGISTRATION,
    REGISTRATION_ALTERNATE,
    bar_shortened,
    bar_span,
    circle,
    clear_of,
)
from ..render.metadata import OutputCondition
from ..render.target import (
    MARK_WIDTH,
    PROCESS_PLATES,
    TARGET_RADIUS,
    TARGET_REACH,
    registration_share,
)
from .cells import Cells, crop_lines
from .cuts import PT_PER_MM, separation
from .edge import SIDE_TARGET_IN_MM, PressMarks, bar_patch
from .folds import Lines, fold_ends, sheet_fold_ends


def registration(cond: OutputCondition | None, cut: bool = False) -> float:
    """The share of each plate for marks in registration colour on `cond`'s press, of a sheet
    with the four process plates and, with `cut` (a gang or sticker sheet's cut lines), the
    CutContour plate: render.target.registration_share, as the pieces' own marks'."""
    limit = MAX_INK.get(cond.key, 300.0) if cond is not None else 300.0
    return registration_share(limit, PROCESS_PLATES + (1 if cut else 0))


# a sheet page's name for the registration colour's space in its resources (/ColorSpace)
REGISTRATION_SPACE = "/CSAll"


def registration_space(out: pikepdf.Pdf) -> pikepdf.Object:
    """The registration colour's space for a sheet's pages (under REGISTRATION_SPACE in their
    /ColorSpace): `[/Separation /All /DeviceCMYK <<type 2 function>>]` (cuts.separation), the
    tint t giving render.marks.REGISTRATION_ALTERNATE times t, as the pieces' own marks' space
    does (there a type 4 function, reportlab's: the same colour)."""
    return separation(out, REGISTRATION, REGISTRATION_ALTERNATE)


def in_registration(share: float, fill: bool = False) -> str:
    """The operators that set the stroke colour (`fill`: the fill colour) to the registration
    colour at `share` of each plate (`registration`): the page's REGISTRATION_SPACE, which
    `registration_space` gives."""
    return (
        f"{REGISTRATION_SPACE} cs {share:g} scn"
        if fill
        else (f"{REGISTRATION_SPACE} CS {share:g} SCN")
    )


def placed_slug(
    out: pikepdf.Pdf,
    slug: FilledForm,
    cond: OutputCondition | None,
    at: str,
    xobjects: dict[str, pikepdf.Object],
    turned: bool = False,
    cut: bool = False,
) -> str:
    """A page's slug as the form XObject /Slug (added to `xobjects`) and the operators that
    draw it in registration colour (`registration`; `cut`: the sheet has a CutContour plate)
    with its baseline's start at `at` ("x y", pt, as written in the content stream);
    `turned`, reading up the page (a quarter turn anticlockwise).
    `cond` None: a home sheet's line, in black (DeviceGray: the sheet is sRGB)."""
    xobjects["/Slug"] = slug_form(out, slug)
    turn = "0 1 -1 0" if turned else "1 0 0 1"
    if cond is None:
        return f"q 0 g {turn} {at} cm /Slug Do Q"
    share = registration(cond, cut)
    return f"q {in_registration(share, fill=True)} {turn} {at} cm /Slug Do Q"


def gang_targets(centres: list[tuple[float, float]], share: float) -> str:
    """A gang or sticker sheet's registration targets at its corners (centres in pt, in the
    page's trim space; gang_marks.target_centres): a circle of render.marks.TARGET_RADIUS
    with a cross 1.6 radii each way, MARK_WIDTH wide, in registration colour (`share` of
    each plate), as a press sheet's and each piece's own targets are drawn; none: ""."""
    if not centres:
        return ""
    r = TARGET_RADIUS
    paths = [
        f"{circle(cx, cy, r)} {cx - 1.6 * r:.3f} {cy:.3f} m {cx + 1.6 * r:.3f} {cy:.3f} l "
        f"{cx:.3f} {cy - 1.6 * r:.3f} m {cx:.3f} {cy + 1.6 * r:.3f} l"
        for cx, cy in centres
    ]
    return f"q {in_registration(share)} {MARK_WIDTH} w {' '.join(paths)} S Q"


def slug_form(out: pikepdf.Pdf, form: FilledForm) -> pikepdf.Object:
    """A filled form (paths in the current fill colour, no resources) as a form XObject."""
    return out.make_stream(
        zlib.compress(form.content),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=form.written_box,
        Filter=pikepdf.Name.FlateDecode,
    )


def control_marks(cells: Cells, pad: tuple[float, float], marks: PressMarks, share: float) -> str:
    """A press sheet's own registration targets and colour bar, as the pieces have theirs
    (render.marks), which the sheet cuts away with their marks: a target at the middle of the
    first row's height on both sides (a mixed sheet's right one: of the first row at its
    right edge, right_top; with no room there, above the trim's ends:
    PressMarks.sides_on_top) and above the last column's middle (of those at the top:
    top_right), and the colour bar above the
    first column (clear of the crop marks at the cut lines), all outside the sheet's bleed, as
    far off the trim as `marks` says (sheets.edge.press_marks: none where
    the press would not print it), in registration colour (`share` of each plate) but for
    the bar's patches (render.marks.COLOUR_BAR, then the ink limit: `share` of each plate).
    Each keeps clear of the fold marks (`cells.folds`: sheets.folds.fold_ends) as a piece's
    own do (render.marks.clear_of, widest_free: FOLD_CLEAR): a target that would lie on one
    moves to the middle of the widest stretch of its cell's side between them, the bar to
    the widest stretch of the first column's top, its patches smaller where it is narrow,
    and fewer past that (render.marks.bar_span). The bar keeps clear of the targets above
    the trim too: a sheet of one column (3 x 300 x 100 mm on SRA3) had its top target,
    above the middle of that column, under its bar. `pad`: the trim's distance from the
    media's left and bottom edges, pt."""
    padx, pady = pad
    r = TARGET_RADIUS
    paths = [
        f"{circle(cx, cy, r)} {cx - 1.6 * r:.3f} {cy:.3f} m {cx + 1.6 * r:.3f} {cy:.3f} l "
        f"{cx:.3f} {cy - 1.6 * r:.3f} m {cx:.3f} {cy + 1.6 * r:.3f} l"
        for cx, cy in _targets(cells, marks, pad)[0]
    ]
    ops = []
    if paths:
        ops.append(f"q {in_registration(share)} {MARK_WIDTH} w {' '.join(paths)} S Q")
    bar = sheet_bar(cells, marks)
    if bar is not None and marks.bar is not None:
        left, size, n = bar
        patches = [*COLOUR_BAR, (share, share, share, share)][:n]
        x = padx + left
        y = pady + cells.sheet[1] * PT_PER_MM + marks.bar * PT_PER_MM
        for c, m, yl, k in patches:
            ops.append(f"{c:g} {m:g} {yl:g} {k:g} k {x:.3f} {y:.3f} {size:.3f} {size:.3f} re f")
            x += size
    return "q " + " ".join(ops) + " Q" if ops else ""


def _targets(
    cells: Cells, marks: PressMarks, pad: tuple[float, float] = (0.0, 0.0)
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """The sheet's registration targets' centres (pt from the media's bottom left, the trim
    `pad` from it, as `control_marks` places them) and the spans of those above the trim
    (pt from the trim's left: a target's cross and half its stroke), which the colour bar
    keeps clear of (`sheet_bar`)."""
    sw, sh = (v * PT_PER_MM for v in cells.sheet)
    padx, pady = pad
    _, y0, _, h0 = (v * PT_PER_MM for v in cells.cells[0])
    xl, _, wl, _ = (v * PT_PER_MM for v in top_right(cells))
    _, yr, _, hr = (v * PT_PER_MM for v in right_top(cells))
    top_folds, _, left_folds, right_folds = (
        [v * PT_PER_MM for v in end] for end in sheet_fold_ends(cells)
    )

    def along(start: float, side: float, folds: list[float]) -> float:
        """The centre of a target on a cell's side (`start`, `side` pt) clear of `folds`."""
        inside = tuple(f - start for f in folds if start < f < start + side)
        return start + clear_of(side / 2, TARGET_REACH, side, inside)

    row = pady + sh - along(y0, h0, left_folds)
    row_right = pady + sh - along(yr, hr, right_folds)
    reach = TARGET_REACH + MARK_WIDTH / 2  # a target's cross and half its stroke
    keep: list[tuple[float, float]] = []  # the targets above the trim, which the bar keeps clear of
    targets = []
    if marks.sides_on_top and marks.side_targets is not None:  # no room at the sides
        inset, up = SIDE_TARGET_IN_MM * PT_PER_MM, pady + sh + marks.side_targets * PT_PER_MM
        targets += [(padx + inset, up), (padx + sw - inset, up)]
        keep += [(inset - reach, inset + reach), (sw - inset - reach, sw - inset + reach)]
    elif marks.side_targets is not None:  # its centre off the trim
        out = marks.side_targets * PT_PER_MM
        targets += [(padx - out, row), (padx + sw + out, row_right)]
    if marks.top_target is not None:
        at = along(xl, wl, top_folds)
        targets.append((padx + at, pady + sh + marks.top_target * PT_PER_MM))
        keep.append((at - reach, at + reach))
    return targets, keep


def sheet_bar(cells: Cells, marks: PressMarks) -> tuple[float, float, int] | None:
    """Where a press sheet's colour bar goes above its first column (render.marks.bar_span,
    as `control_marks` draws it): (its left edge, pt from the trim's left; a patch's size,
    pt; how many of render.marks.BAR_PATCHES it has: fewer where the column's fold marks or
    the top target leave too little room, the first ones in COLOUR_BAR's order kept; 0: no
    bar); None where the sheet has no room above its trim for a bar (`marks.bar`)."""
    if marks.bar is None:
        return None
    x0, _, w0, _ = (v * PT_PER_MM for v in cells.cells[0])
    top_folds = [v * PT_PER_MM for v in sheet_fold_ends(cells)[0]]
    keep = _targets(cells, marks)[1]
    folds = [f for f in top_folds if x0 < f < x0 + w0]
    # where it moves off a fold or the top target (above the first column where there is
    # one column: it was drawn over the bar), the column's crop marks at its ends kept
    # clear of as the folds' marks
    return bar_span(
        x0,
        x0 + w0,
        bar_patch(cells) * PT_PER_MM,
        [(f, f) for f in folds] + [k for k in keep if k[1] > x0 and k[0] < x0 + w0],
        ((x0, x0), (x0 + w0, x0 + w0)),
    )


def bar_left_out(cells: Cells, marks: PressMarks) -> tuple[str, ...]:
    """What `sheet_bar` leaves out of the colour bar, as sheet.marks names it: "its colour
    bar's last 7 patches (5 of 12 kept)", or "its colour bar" where not even the solids
    fit; () where it is whole or the sheet has no room for one at all
    (sheets.edge.left_out names that)."""
    bar = sheet_bar(cells, marks)
    shortened = None if bar is None else bar_shortened(bar[2], "its")
    return (shortened,) if shortened else ()


def top_right(cells: Cells) -> tuple[float, float, float, float]:
    """The last cell of the first row: of those at the top of the sheet, the rightmost (a
    mixed sheet's last cell may be in a lower block, narrower)."""
    top = min(c[1] for c in cells.cells)
    return max((c for c in cells.cells if abs(c[1] - top) < 1e-6), key=lambda c: c[0])


def right_top(cells: Cells) -> tuple[float, float, float, float]:
    """The first cell of the last column: of those at the right of the sheet, the topmost."""
    right = max(c[0] + c[2] for c in cells.cells)
    return min((c for c in cells.cells if abs(c[0] + c[2] - right) < 1e-6), key=lambda c: c[1])


def crop_marks(
    cells: Cells, pad: tuple[float, float], bleed: float, marks: PressMarks, share: float
) -> str:
    """Both ends of every cut line (a mixed sheet's: the ends with no piece between them and the
    sheet's edge, cells.crop_lines), outside the sheet's bleed: a mark starting `bleed` mm off
    the sheet's edge, on the line's extension, 5 mm long or shorter where the press would not print
    its end (paper.crop_mark_lengths), in registration colour (`share` of each plate, as the
    pieces' own marks: every plate is registered and cut by them; in black alone, the cyan, magenta
    and yellow plates had nothing to register against). `pad`: the trim's distance from the media's
    left and bottom edges, pt."""
    paths = _edge_strokes(cells, pad, bleed, marks, crop_lines(cells))
    return f"q {in_registration(share)} {MARK_WIDTH} w {' '.join(paths)} S Q"


def fold_marks(
    cells: Cells,
    pad: tuple[float, float],
    bleed: float,
    marks: PressMarks,
    share: float,
    lines: Sequence[Lines],
) -> str:
    """A page's fold marks: a dashed mark (render.marks.FOLD_DASH, as a piece's own) at each
    end of each placed piece's fold line (`lines`, one per cell: sheets.folds.placed_folds)
    that reaches the sheet's edge past no piece folded elsewhere (sheets.folds.fold_ends),
    where the sheet's crop marks are: starting `bleed` mm off the sheet's edge, as long as
    the crop marks there (`marks.crop`), in registration colour (`share` of each plate); ""
    for pieces not folded. `pad`: the trim's distance from the media's left and bottom
    edges, pt."""
    ends = fold_ends(cells, lines)
    if not any(ends):
        return ""
    paths = _edge_strokes(cells, pad, bleed, marks, ends)
    dash = " ".join(f"{v:.3f}" for v in FOLD_DASH)
    return f"q {in_registration(share)} {MARK_WIDTH} w [{dash}] 0 d {' '.join(paths)} S Q"


def _edge_strokes(
    cells: Cells,
    pad: tuple[float, float],
    bleed: float,
    marks: PressMarks,
    ends: tuple[list[float], ...],
) -> list[str]:
    """The paths (`m ... l`, pt) of the marks at the sheet's edges on the extension of lines
    (`ends`: x at the top, x at the bottom, y at the left, y at the right, mm from the trim's
    top left: cells.crop_lines, sheets.folds.fold_ends), each starting `bleed` mm off the
    sheet's edge, as long as `marks.crop` gives at that edge; by x, then by y, a line's top
    (left) end before its bottom (right) one."""
    sw, sh = (v * PT_PER_MM for v in cells.sheet)
    padx, pady = pad
    off = bleed * PT_PER_MM
    side, length = (v * PT_PER_MM for v in marks.crop)
    at_top, at_bottom, at_left, at_right = ends
    paths = []
    for x in sorted({*at_top, *at_bottom}):
        px = padx + x * PT_PER_MM
        top, bottom = pady + sh + off, pady - off
        if x in at_top:
            paths.append(f"{px:.3f} {top:.3f} m {px:.3f} {top + length:.3f} l")
        if x in at_bottom:
            paths.append(f"{px:.3f} {bottom:.3f} m {px:.3f} {bottom - length:.3f} l")
    for y in sorted({*at_left, *at_right}):
        py = pady + sh - y * PT_PER_MM
        left, right = padx - off, padx + sw + off
        if y in at_left:
            paths.append(f"{left:.3f} {py:.3f} m {left - side:.3f} {py:.3f} l")
        if y in at_right:
            paths.append(f"{right:.3f} {py:.3f} m {right + side:.3f} {py:.3f} l")
    return paths
