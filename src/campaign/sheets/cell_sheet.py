"""Sheets of rectangular pieces (any material but badges): the files chosen and checked, then a
sticker sheet (as many as fit, kiss-cut), a home sheet (1, 2 or 4 for an office printer,
scaled to fit) or a press sheet (sheets.press), written and recorded (sheets.files)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from ..diagnostics import Diagnostic, fail_if_strict, failure
from ..model import Kit, Layout, TextStyle
from ..output import OutputFile
from ..package import verify
from ..papers import bleed_made, paper_family
from ..press_stock import PRESS_EDGE_MM, fits
from ..render.forms import FilledForm
from ..render.marks import CUT_CONTOUR
from ..serve.described import samples_placed
from .blocks import grid_cells, home_cells
from .cell_impose import impose_cells
from .cells import Cells
from .circles import MARGIN_MM, MIN_GAP_MM
from .files import (
    OWN_SHEET,
    cells_meta,
    choose,
    condition,
    copies_of,
    files_of,
    same_as_print,
    without_not_made,
    write_sheet,
)
from .gang_marks import (
    TARGET_IN_TRIM_MM,
    Art,
    cells_art,
    own_stock,
    target_centres,
)
from .impose import GangMarks, Side
from .paper import SHEETS, article, paper_name, press_media
from .press import filled_up, press_sheet, press_up
from .request import (
    DEFAULT_UP,
    Imposed,
    SheetRequest,
    SheetResult,
    Target,
    drafts_placed,
    found,
    left_to_sheet,
    refuse_unused,
)
from .slugs import (
    HOME_LINE_MM,
    check_stock,
    flyer_home_lines,
    gang_slugs,
    margin_for_slug,
    printed_slugs,
    sheet_slugs,
)
from .warn import (
    events_note,
    fewer_up_note,
    flyer_line_note,
    gang_marks_warning,
    gap_warning,
    home_line_fields_note,
    home_margin_warning,
    own_paper_slug_warning,
    scale_warning,
    slug_fields_warning,
)


def _refuse_two_sided_sticker(req: SheetRequest, two_sided: bool) -> None:
    """Raises `sheet.select` for stickers of a two-sided material: its backs were left out,
    without a word."""
    if req.sticker and two_sided:
        raise failure(
            "sheet.select",
            f"'{req.material}' is two-sided, and a sticker has one printed side",
            None,
            "impose it for a press (without --sticker: work-and-turn) or an office printer "
            "(--home)",
        )


def cells_sheet(
    kit: Kit, req: SheetRequest, target: Target, who: str, manifest: Iterable[OutputFile]
) -> SheetResult:
    """Flyers (any rectangular material) 1-, 2- or 4-up: at home from the digital PDFs, or
    for a press from the print PDFs (two-sided: work-and-turn), or stickers as many as fit."""
    variant = "digital" if req.home and not req.sticker else "print"
    layout = kit.layouts.get(req.material)
    _refuse_die_line(req, layout)
    chosen, data, left_out = checked_files(manifest, req, who, variant)
    two_sided = chosen[0].pages == 2
    trim = chosen[0].trim_mm
    office = kit.offices.get(req.office) if req.office else None
    paper = office.paper if office else None
    # the pieces' own, as they were made for the office: 1/8 in for US sizes, and for a
    # custom size or the sticker of a US office (papers.bleed_made)
    bleed = bleed_made(layout, paper) if layout else 3.0
    # the paper family they are made on, whose region's press stocks come first
    req = replace(req, made_on=paper_family(layout.paper if layout else None, paper))
    _refuse_two_sided_sticker(req, two_sided)
    refuse_unused(
        req, "sticker sheet" if req.sticker else "home sheet" if req.home else "press sheet"
    )
    if req.sticker:
        check_stock(req, "sticker")  # --stock: one that holds the sheet with its bleed and slug
    auto: Cells | None = None  # `--up auto`'s sheet, on the stock it filled
    fewer: Diagnostic | None = None  # why a home sheet is fewer up than the default
    if not req.sticker and left_to_sheet(req, "up"):
        req = replace(req, up=default_up(req, layout, trim, bleed, two_sided))
        fewer = fewer_up(req, layout, trim, two_sided)
    if not (req.sticker or req.home):
        up, auto, filled = press_up(req, trim, bleed, two_sided)
        req = replace(req, up=up, stock=req.stock or filled)
    out = target if isinstance(target, Path) else target(req.up, req.paper)
    if req.sticker:
        made = sticker_sheet(kit, req, chosen, data, bleed, layout)
    elif req.home:
        made = home_sheet(kit, req, chosen, data, two_sided)
    else:
        made = press_sheet(kit, req, chosen, data, bleed, two_sided, auto)
    mode = "sticker" if req.sticker else "home" if req.home else "press"
    # the stock a sticker or press sheet is printed on (a press sheet's: its --stock, else
    # the one its marks were placed for: press.press_stock); none at home
    stock = None if req.home and not req.sticker else made.stock
    write_sheet(
        out, made.pdf, req, mode, made.placed, stock, len(made.cells.cells), made.fold_marks
    )
    media = None if req.sticker or req.home else press_media(made.cells.sheet, bleed)
    languages = tuple(dict.fromkeys(f.language for f in chosen))
    counts: dict[str, int] = {}
    for f in made.placed:
        counts[f.language] = counts.get(f.language, 0) + 1
    return SheetResult(
        out,
        None,
        len(chosen),
        made.pages,
        None,
        made.cells,
        two_sided,
        media,
        languages,
        (*left_out, *([fewer] if fewer else []), *made.warnings),
        stock,
        copies=tuple(counts.items()) if req.sticker else (),
        slug=any(s is not None for s in made.slugs),
        targets=len(made.marks.targets) if made.marks else 0,
        samples=samples_placed(kit, chosen),
        drafts=drafts_placed(kit, chosen),
    )


def _refuse_die_line(req: SheetRequest, layout: Layout | None) -> None:
    """Raises DiagnosticsError `sheet.select` for a kiss-cut material (its own die line) asked
    for as a home or press sheet, which would leave its die line out: a sticker sheet's."""
    if not req.sticker and layout and layout.marks.cut_contour:
        raise failure(  # its die line was left out, and the sheet went to the print ZIP;
            "sheet.select",  # at home, two 50 mm stickers went on an A4, without their cut
            f"'{req.material}' is kiss-cut along its own die line ({CUT_CONTOUR}), which "
            + ("a home sheet of flyers" if req.home else "a press sheet of trimmed pieces")
            + " leaves out",
            None,
            "make a sticker sheet (--sticker): as many as fit, each with its die line"
            + (
                " (an office printer prints it on sticker paper, at actual size)"
                if req.home
                else ""
            ),
        )


def checked_files(
    manifest: Iterable[OutputFile], req: SheetRequest, who: str, variant: str
) -> tuple[list[OutputFile], dict[str, bytes], tuple[Diagnostic, ...]]:
    """The build's files of `variant` chosen for the sheet (sheets.files.choose) but those
    of records the folder's last merge did not make (without_not_made: its warning, the
    third of the tuple, an error with --strict), a home sheet's digital PDFs checked against
    their print PDFs, and their bytes checked against the manifest (package.verify).

    Raises DiagnosticsError `sheet.select` when the build has none, `sheet.not-made` (only
    files of records the last merge did not make), `sheet.stale` (a digital PDF older than
    its print PDF), `sheet.missing` and `sheet.changed` (verify)."""
    files = files_of(manifest, req, variant)
    if not files:
        merged = any(
            f.record for f in files_of(manifest, req, "print")
        )  # a merge's folder: its command makes them again
        again = "merge the data again" if merged else "build it"
        raise failure(
            "sheet.select",
            f"the build in {req.build} has no {variant} PDF of '{req.material}' for {who}",
            None,
            f"{again} with its digital PDFs (no --no-digital)" if req.home else f"{again} first",
        )
    chosen, left_out = without_not_made(choose(files, req, who), req, who)
    fail_if_strict(found(left_out), req.strict)  # before anything is written
    if variant == "digital":
        same_as_print(chosen, files_of(manifest, req, "print"), req.build)
    data = verify(req.build, chosen, "sheet")
    return chosen, data, found(left_out)


def sticker_sheet(
    kit: Kit,
    req: SheetRequest,
    chosen: list[OutputFile],
    data: Mapping[str, bytes],
    bleed: float,
    layout: Layout | None,
) -> Imposed:
    """Stickers at full size, as many as fit (blocks.grid_cells: upright, turned or mixed),
    kiss-cut at the trim, `--copies` of each (`--fill`: the last sheet full too), a
    registration target at each corner (gang_marks.target_centres) and a slug below each
    sheet's bleed; on a press stock (gang_marks.own_stock) the page is that paper, the
    stickers' bleed PRESS_EDGE_MM inside its edge, the slug in its margin (slugs.gang_slugs)."""
    trim = chosen[0].trim_mm
    margin = MARGIN_MM if req.margin is None else req.margin
    gap = max(MIN_GAP_MM, 2 * bleed) if req.gap is None else req.gap
    own = own_stock(req.paper, False)
    # on a press stock, the page is the paper: the stickers' bleed at least PRESS_EDGE_MM
    # inside its edge, which a press does not print
    cut_at = max(margin, PRESS_EDGE_MM + bleed) if own else margin
    cells = grid_cells(SHEETS[req.paper], trim, gap, cut_at)
    if not cells.cells:
        raise failure(
            "sheet.fit",
            f"a {trim[0]:g} x {trim[1]:g} mm sticker does not fit "
            f"{article(req.paper)} {paper_name(req.paper)} sheet with {margin:g} mm margins",
            None,
            "choose a larger --paper or a smaller --margin",
        )
    per = len(cells.cells)
    pieces = copies_of(chosen, req, per)
    pages: list[list[Side | None]] = []
    for start in range(0, len(pieces), per):
        batch = pieces[start : start + per]
        pages.append([Side(data[f.path], 0, int(cells.turned_at(i))) for i, f in enumerate(batch)])
    own = own_stock(req.paper, False)
    itself = f", {paper_name(req.paper)} itself, {OWN_SHEET}" if own else ""
    what = f"{per} stickers to a sheet, kiss-cut in {CUT_CONTOUR}{itself}"
    meta = cells_meta(kit, req, chosen, what)
    # the material's own die line's corners, where it has one
    radius = layout.marks.cut_radius if layout and layout.marks.cut_contour else None
    cond = condition(kit, chosen)
    cut = f"kiss-cut in {CUT_CONTOUR}"
    art = cells_art(cells, bleed)
    targets, lost = target_centres(art, PRESS_EDGE_MM if own else TARGET_IN_TRIM_MM)
    lost_marks = gang_marks_warning(req.material, "sticker", req.paper, lost)
    band = None
    if own:
        slugs, short, band = gang_slugs(kit, req, pieces, art, per, cut, cond)

        def room_at(wider: float) -> tuple[int, Art, Callable[[], bool]]:
            more = grid_cells(SHEETS[req.paper], trim, gap, max(wider, PRESS_EDGE_MM + bleed))
            n, more_art = len(more.cells), cells_art(more, bleed)

            def fits() -> bool:
                return gang_slugs(kit, req, pieces, more_art, n, cut, cond)[2] is not None

            return n, more_art, fits

        no_slug = (
            None
            if band
            else own_paper_slug_warning(
                req.material, "sticker", req.paper, per, margin_for_slug(margin, room_at)
            )
        )
        stock = req.paper
    else:
        slugs, short = sheet_slugs(kit, req, pieces, per, cells.sheet[0], "", cut, cond)
        slugs, no_slug, stock = printed_slugs(req, "sticker", cells.sheet, slugs)
    short_slug = None if no_slug else slug_fields_warning(req.material, "sticker", short)
    warnings = found(gap_warning(req.material, req.gap), lost_marks, no_slug, short_slug)
    fail_if_strict(warnings, req.strict)
    marks = GangMarks(tuple(targets), own, band)
    pdf = impose_cells(
        pages,
        cells,
        "sticker",
        meta,
        cond,
        bleed,
        slugs=slugs,
        radius=radius,
        gang=marks,
        cut_page=req.cut_page,
    )
    return Imposed(pdf, len(pages), cells, warnings, pieces, stock, marks, slugs)


def home_sheet(
    kit: Kit,
    req: SheetRequest,
    chosen: list[OutputFile],
    data: Mapping[str, bytes],
    two_sided: bool,
) -> Imposed:
    """`req.up` digital PDFs (1, 2 or 4) for an office printer (blocks.home_cells: as large
    as fit, upright, turned or mixed), `--copies` of each (`--fill`: the last sheet full
    too), with sheet.scale when they print below the material's minimums; two-sided, each
    sheet's backs on the next page, each behind its front (mirrored), head to head."""
    margin, gap = home_spacing(req)
    cells = _home_cells(req.paper, chosen[0].trim_mm, req.up, (margin, gap), two_sided)
    if cells.scale <= 0:
        raise failure(
            "sheet.fit",
            f"nothing fits {article(req.paper)} {paper_name(req.paper)} sheet with "
            f"{margin:g} mm margins",
            None,
            "choose a smaller --margin",
        )
    layout = kit.layouts.get(req.material)
    shrunk = shrunk_below(layout, cells.scale)
    trim = chosen[0].trim_mm
    remedies = larger_at_home(req, layout, trim, margin, gap, two_sided) if shrunk else ()
    w, h = SHEETS[req.paper]
    own = req.up == 1 and (trim[0] <= w and trim[1] <= h or trim[1] <= w and trim[0] <= h)
    margins = margin if own else None  # the paper holds it: only the margins shrink it
    # the pages' nearest edge to the paper's (`--margin 0`: on it, where the printer cuts
    # them off; a badge-press operator's trial found it warned of on badge sheets only)
    near = min(
        min(x, y, cells.sheet[0] - x - cw, cells.sheet[1] - y - ch) for x, y, cw, ch in cells.cells
    )
    pieces = copies_of(chosen, req, req.up)  # --fill: the last sheet full too
    sheets = [pieces[start : start + req.up] for start in range(0, len(pieces), req.up)]
    how = f"{req.up}-up at {cells.scale * 100:.1f} %"
    lines, band, left_out = flyer_home_lines(kit, req, sheets, cells, how, two_sided)
    edge = home_margin_warning(req.material, margin, near, band is not None, "its pages")
    warnings = found(
        scale_warning(req.material, cells.scale, shrunk, remedies, margins),
        edge,
        home_line_fields_note(req.material, margin, left_out) if band else None,
        None if band else flyer_line_note(req.material, margin),
        events_note(req, sheets, len(chosen), two_sided),
    )
    fail_if_strict(warnings, req.strict)
    pages: list[list[Side | None]] = []
    slugs: list[FilledForm | None] = []  # the line on each sheet's front, none on its back
    for group, line in zip(sheets, lines, strict=True):
        # a turned front a quarter anticlockwise, its back clockwise: head to head
        pages.append([Side(data[f.path], 0, int(cells.turned_at(i))) for i, f in enumerate(group)])
        slugs.append(line)
        if two_sided:  # the back: mirrored left to right, to print double-sided
            back: list[Side | None] = [None] * len(cells.cells)
            for i, f in enumerate(group):
                j = mirrored(cells, i)
                back[j] = Side(data[f.path], 1, -int(cells.turned_at(j)))
            pages.append(back)
            slugs.append(None)
    meta = cells_meta(
        kit, req, chosen, f"{req.up}-up for an office printer at {cells.scale * 100:.1f} %"
    )
    pdf = impose_cells(pages, cells, "home", meta, slugs=slugs, gang=GangMarks(own=True, band=band))
    return Imposed(pdf, len(pages), cells, warnings, pieces, slugs=slugs)


def _home_cells(
    paper: str,
    trim: tuple[float, float],
    up: int,
    spacing: tuple[float, float],
    two_sided: bool,
) -> Cells:
    """A home sheet of flyers' cells on `paper` (blocks.home_cells, `spacing`: its margin and
    gap, mm), HOME_LINE_MM kept free below them for its line: the sheet made, and each count
    and paper its default and its hints weigh (default_up, larger_at_home), at the scale it
    prints at."""
    return home_cells(SHEETS[paper], trim, up, *spacing, two_sided, HOME_LINE_MM)


def home_spacing(req: SheetRequest) -> tuple[float, float]:
    """A home sheet's margin (the office printer's unprinted edge: --margin, else MARGIN_MM)
    and the gap between its pieces (--gap, else 6 mm: room to cut between two dashed
    lines), mm."""
    margin = MARGIN_MM if req.margin is None else req.margin
    return margin, 6.0 if req.gap is None else req.gap


def default_up(
    req: SheetRequest,
    layout: Layout | None,
    trim: tuple[float, float],
    bleed: float,
    two_sided: bool,
) -> int:
    """The count to a sheet of rectangular pieces of `trim` (mm) without --up
    (request.left_to_sheet), one rule for home and press sheets: the most, from DEFAULT_UP,
    that prints every piece at or above the minimums the build held it to (shrunk_below:
    its type floor, its QR code's size) and loses nothing else.

    At a press, every piece is at full size: the most the press stock of a 2-up sheet holds
    with every mark (press.filled_up; 5 of a 50 x 180 mm bookmark on SRA4). At home, the
    pieces are scaled to fit the paper: DEFAULT_UP, or fewer where that prints them below
    the minimums (1 of a Letter flyer on Letter, at 95.0 %: 2-up, at 61.0 %, set its 8.65 pt
    text at 5.3 pt, under the 6 pt floor, with a warning, the default a US organiser's
    trial met); 1 where every count does (the largest, with sheet.scale), and 1 of a piece
    the paper's size (paper_sized: the A4 event flyer on A4, 95.2 %, went 2-up at 66.9 %).
    Never more than DEFAULT_UP at home: 4-up shrinks what 2-up prints larger (4 of an A6
    flyer on A4 at 92.4 %, 2 at full size), which --up 4 asks for."""
    if not req.home:
        return filled_up(req, trim, bleed, two_sided)
    if paper_sized(req.paper, trim):
        return 1
    margin, gap = home_spacing(req)
    found = _largest_up(req, layout, trim, DEFAULT_UP, (margin, gap), two_sided)
    return found[0] if found else 1


def fewer_up(
    req: SheetRequest, layout: Layout | None, trim: tuple[float, float], two_sided: bool
) -> Diagnostic | None:
    """The `sheet.fewer-up` note of a home sheet that default_up made `req.up` to a page,
    fewer than DEFAULT_UP, because DEFAULT_UP prints its pieces below the minimums
    (shrunk_below; not for a piece the paper's size, paper_sized: one is all it holds):
    the scale and what it shrinks, and the papers that print DEFAULT_UP above them. None
    otherwise."""
    if not req.home or req.up >= DEFAULT_UP or paper_sized(req.paper, trim):
        return None
    spacing = home_spacing(req)
    scale = _home_cells(req.paper, trim, DEFAULT_UP, spacing, two_sided).scale
    shrunk = shrunk_below(layout, scale) if scale > 0 else ()
    if not shrunk:
        return None
    asked = replace(req, up=DEFAULT_UP)
    larger = larger_at_home(asked, layout, trim, *spacing, two_sided)
    papers = [r for r in larger if r.startswith("--paper")]
    return fewer_up_note(req, DEFAULT_UP, scale, shrunk, papers)


def paper_sized(paper: str, trim: tuple[float, float]) -> bool:
    """Whether pieces of `trim` (mm) are the size of `paper` (a SHEETS key) or larger, for a
    home sheet: one does not fit its printable area at full size, the paper less the
    MARGIN_MM of its edge an office printer does not print, either way round (A4 on A4,
    Letter on A4 or Letter, A3 on A4). One alone is scaled down to that area already (A4:
    95.2 %); two to a page shrank it to 66.9 %, the A4 event flyer's default at home, which
    nobody prints (an organiser's trial). An A5 flyer fits A4's and goes 2-up."""
    w, h = SHEETS[paper]
    return not fits(trim, (w - 2 * MARGIN_MM, h - 2 * MARGIN_MM))


def _largest_up(
    req: SheetRequest,
    layout: Layout | None,
    trim: tuple[float, float],
    most: int,
    spacing: tuple[float, float],
    two_sided: bool,
) -> tuple[int, float] | None:
    """The largest count to `req`'s home sheet from `most` down to 1 whose pieces of `trim`
    (mm; `spacing`: the margin and gap, mm) print at a scale `shrunk_below` accepts, with
    that scale; None where none does (or `most` is under 1)."""
    for up in range(most, 0, -1):
        scale = _home_cells(req.paper, trim, up, spacing, two_sided).scale
        if scale > 0 and not shrunk_below(layout, scale):
            return up, scale
    return None


# The papers an office printer takes: A4, Letter and Legal, and A3 and Tabloid (11 x 17 in)
# in the larger ones
OFFICE_PAPERS = ("a4", "letter", "legal", "a3", "tabloid")


def larger_at_home(
    req: SheetRequest,
    layout: Layout | None,
    trim: tuple[float, float],
    margin: float,
    gap: float,
    two_sided: bool,
) -> tuple[str, ...]:
    """What prints a home sheet's pieces above the minimums `shrunk_below` holds them to,
    other than what `req` asked: `--up 2` or else `--up 1` on its paper (fewer than were
    asked: 4-up A5 on A3 shrinks its text, 2-up does not), or each other
    office paper (OFFICE_PAPERS) at the `--up` asked, each with the scale it prints at
    ("--up 1 (100.0 %)", "--paper a3 (100.0 %)"). The hint of sheet.scale said "use --up 1"
    to one who had given --up 1. The papers of the sheet's own family (Legal and Tabloid
    beside Letter; A3 beside A4), the other family's only when none of its own does: a US
    office's hint offered A3, which its printers do not take (a print shop's trial)."""
    out = []
    # the most to a sheet that is enough, fewer than asked: --up 2 before --up 1
    found = _largest_up(req, layout, trim, min(2, req.up - 1), (margin, gap), two_sided)
    if found:
        out.append(f"--up {found[0]} ({found[1] * 100:.1f} %)")
    own: list[str] = []
    other: list[str] = []
    family = _family(req.paper)
    for paper in OFFICE_PAPERS:
        if paper == req.paper:
            continue
        at = _home_cells(paper, trim, req.up, (margin, gap), two_sided).scale
        if not shrunk_below(layout, at):
            mine = family is None or _family(paper) == family
            (own if mine else other).append(f"--paper {paper} ({at * 100:.1f} %)")
    return (*out, *(own or other))


def _family(paper: str) -> str | None:
    """The paper family ("iso", "us") of a SHEETS key, by its size (papers.paper_size);
    None for a press stock."""
    from ..papers import paper_size

    found = paper_size(SHEETS[paper])
    return found.family if found is not None else None


def mirrored(cells: Cells, i: int) -> int:
    """The cell a home sheet's back page prints behind cell `i`, the sheet turned over left
    to right: its mirror across the sheet's width (blocks.plan_cells centres every block, so
    that it is a cell)."""
    x, y, w, _ = cells.cells[i]
    mirror = cells.sheet[0] - x - w
    return next(
        n
        for n, (ox, oy, _, _) in enumerate(cells.cells)
        if abs(ox - mirror) < 1e-6 and abs(oy - y) < 1e-6
    )


def shrunk_below(layout: Layout | None, scale: float) -> tuple[str, ...]:
    """What a home sheet's `scale` prints below the minimums the build held the material to
    (the layout's own, before any record or language): its smallest style's size under the
    type floor (kinds.Kind.type_floor; the size a style sets unless copy-fit shrinks it: a
    style's `min_size` would warn of 2-up A5 on A4, at 93.4 %, for text that copy-fit seldom
    sets), and a QR code under kit.sizes.QR_MIN_MM. A 4-up A5 flyer on Letter, at 62.7 %,
    set 6.5 pt text at 4.1 pt and its 26 mm QR code at 16.3 mm, without a word. Empty at full
    size or larger."""
    from ..kinds import kind_of
    from ..kit.sizes import QR_MIN_MM
    from ..model import QrSlot

    if layout is None or scale >= 1:
        return ()
    out = []
    floor = kind_of(layout).type_floor(layout)
    sizes = [
        style.size
        for slot in layout.slots
        if isinstance(style := getattr(slot, "style", None), TextStyle)
    ]
    if sizes and min(sizes) * scale < floor:
        out.append(
            f"text set at {min(sizes):g} pt prints at {min(sizes) * scale:.1f} pt, below the "
            f"{floor:g} pt floor"
        )
    w, h = layout.trim
    sides = [min(slot.frame.resolve(w, h)[2:]) for slot in layout.slots if isinstance(slot, QrSlot)]
    if sides and min(sides) * scale < QR_MIN_MM - 1e-9:
        out.append(
            f"the {min(sides):g} mm QR code prints at {min(sides) * scale:.1f} mm, below "
            f"{QR_MIN_MM:g} mm"
        )
    return tuple(out)


__all__ = [
    "OFFICE_PAPERS",
    "cells_sheet",
    "checked_files",
    "default_up",
    "home_sheet",
    "home_spacing",
    "larger_at_home",
    "mirrored",
    "paper_sized",
    "shrunk_below",
    "sticker_sheet",
]
