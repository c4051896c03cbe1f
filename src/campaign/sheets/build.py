"""`generate.py sheet`: a finished build's badge print PDFs imposed onto gang sheets.

Like `package`, it never rebuilds: it reads the build's manifest (entry by entry into a spool,
`package.load_manifest`: only the files of the material asked for are kept), checks every
file it uses against its sha256, and writes the sheet PDF to a temporary name first, moved
into place with os.replace when whole (a failure leaves an earlier sheet file as it was)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from ..diagnostics import Diagnostic, did_you_mean, failure
from ..model import Kit, Layout, TextStyle
from ..output import OutputFile
from ..package import load_manifest, verify
from ..presses import PROFILES
from ..publishing import BuildLock, recover_locked
from ..render.forms import FilledForm
from ..render.marks import CUT_CONTOUR
from ..render.metadata import DocMeta, OutputCondition
from .blocks import grid_cells, home_cells
from .edge import (
    Box,
    PressMarks,
    inside,
    left_out,
    press_marks,
    press_slug_at,
    roomy_stock,
    sheet_stock,
    slug_column,
    smaller_paper,
    stock_box,
    union,
)
from .geometry import (
    PRESS_STOCK,
    SHEETS,
    Cells,
    Grid,
    Packing,
    arrangements,
    article,
    best_stock,
    greatest,
    holds,
    least,
    most_up,
    pack,
    paper_name,
    press_cells,
    press_media,
    size_text,
    stock_for,
)
from .impose import PT_PER_MM, Piece, Side, impose, impose_cells
from .record import in_sheets, record_path, record_sheet
from .warn import (
    fail_if_strict,
    gap_warning,
    marks_warning,
    press_slug_warning,
    scale_warning,
    slug_warning,
)

T = TypeVar("T")


@dataclass(frozen=True)
class SheetRequest:
    """What to impose: one material of a build, its languages (all built when empty), the
    campaign's files or one office's, on which sheet, how often each."""

    build: Path
    material: str
    paper: str = "a4"
    languages: tuple[str, ...] = ()
    office: str | None = None
    copies: int = 1
    fill: bool = False  # repeat the pieces until the last sheet is full
    packing: Packing | str = "best"
    gap: float | None = None
    margin: float | None = None
    cut_page: bool = False
    sticker: bool = False  # round pieces: stickers of the face, kiss-cut at the face circle
    # rectangular pieces to a sheet: 1, 2 or 4 at home; 2 or more at a press, AUTO: as many
    # as fit the press stock (--stock, else the one they waste least of: best_stock)
    up: int = 2
    # a press sheet's pieces abut at their trim, one cut between neighbours (--shared-cuts):
    # only where each piece's bleed is the art its neighbour begins with (sheets.shared)
    shared: bool = False
    # how far a shared cut's two sides may differ (--shared-tolerance, of 255 per channel;
    # --shared-max-differing, the share of its points in per cent); None: the project's
    # choice, sheets.shared.TOLERANCE and MAX_DIFFERENT
    shared_tolerance: int | None = None
    shared_max_differing: float | None = None
    home: bool = False  # rectangular pieces: for an office printer (sRGB, margins, cut lines)
    events: tuple[str, ...] = ()  # a merge's files of these events (records) only; () all
    # a press sheet's press stock (a geometry.PRESS_STOCK key, --stock), which its marks are
    # placed for; None: the smallest that holds it (geometry.stock_for)
    stock: str | None = None
    # the options given (command-line names without dashes: "copies", "cut-page"), so that
    # one the chosen kind of sheet has no use for is refused (`_unused`), not left out
    given: frozenset[str] = frozenset()
    strict: bool = False  # a warning is an error, and the sheet is not written (--strict)


@dataclass(frozen=True)
class SheetResult:
    path: Path
    grid: Grid | None  # round pieces
    pieces: int
    sheets: int
    unverified: str | None  # the press profile's source note when its sizes are unverified
    cells: Cells | None = None  # rectangular pieces
    two_sided: bool = False
    media: tuple[float, float] | None = None  # a press sheet's, mm (geometry.press_media)
    languages: tuple[str, ...] = ()  # of the files placed
    warnings: tuple[Diagnostic, ...] = ()  # sheets.warn: sheet.gap, .scale, .marks, .slug
    stock: str | None = None  # a press sheet's --stock, when given, or the one --up auto chose


AUTO = 0  # SheetRequest.up: as many as fit the press stock (`--up auto`)
# the stock named when `--up auto` finds no stock that holds two (its message's): the ISO
# press sheet
AUTO_STOCK = "sra3"
Target = Path | Callable[[int], Path]  # the PDF to write, or it by the count to a sheet


def make_sheet(kit: Kit, req: SheetRequest, out: Target) -> SheetResult:
    """Impose `req` and write the PDF to `out` (a callable: the path for the count to a
    sheet, which `--up auto` finds: sheets/flyer-a6-8up.pdf).

    Raises DiagnosticsError: `sheet.select` (no such badge files in the build, a language
    not built), `sheet.fit` (a piece larger than the sheet), `sheet.stale` (a home sheet's
    digital PDFs older than their print PDFs), the sheet's warnings (sheets.warn) as errors
    with `req.strict`, before anything is written, plus `package.*` for a missing, changed or
    unreadable build, and `package.busy` when a build is writing to it: the build folder's
    lock is held while it is read (publishing.BuildLock, as `package` holds it), unless the
    folder cannot be written."""
    with BuildLock(req.build, req.build, user="sheet", optional=True) as lock:
        held = lock.fd is not None
        if held:  # a publish a killed build left is seen to here, under the lock
            recover_locked(req.build, req.build)
        return _make_sheet(kit, req, out, held)


def _make_sheet(kit: Kit, req: SheetRequest, target: Target, recovered: bool) -> SheetResult:
    from .geometry import MARGIN_MM, MIN_GAP_MM

    manifest = load_manifest(req.build, "sheet", recovered)
    who = f"office '{req.office}'" if req.office else "the campaign kit"
    prints = _files(manifest, req, "print")
    if not prints:
        # the build has them for an office (or the campaign) other than the one asked for
        others = sorted(
            {
                f.office or ""
                for f in manifest
                if f.variant == "print" and f.material == req.material and f.office != req.office
            }
        )
        printed = {f.material for f in manifest if f.variant == "print"}
        near = did_you_mean(req.material, sorted(printed))
        if others:
            hint = "the build has it for " + ", ".join(
                f"--office {o}" if o else "the campaign kit (no --office)" for o in others
            )
        elif any(f.material == req.material for f in manifest):  # social images: no print
            hint = f"'{req.material}' has no print PDF (it is for screens): sheets are for print"
        elif near and req.material not in kit.layouts:  # a typo, not a material unbuilt
            hint = near[0]
        else:
            hint = "build it first, e.g. python generate.py build --only " + req.material
        raise failure(
            "sheet.select",
            f"the build in {req.build} has no print PDF of '{req.material}' for {who}",
            None,
            hint,
        )
    if prints[0].badge is None:
        return _cells_sheet(kit, req, target, who, manifest)
    out = target if isinstance(target, Path) else target(req.up)
    _unused(req, "sticker sheet of badges" if req.sticker else "gang sheet of badges")
    chosen = _choose(prints, req, who)
    data = verify(req.build, chosen, "sheet")
    # a badge is cut at its cut circle (the press wraps the rest); a sticker at its face
    cut = float(chosen[0].badge["face_mm" if req.sticker else "cut_mm"])  # type: ignore[index]
    sheet = SHEETS[req.paper]
    gap = MIN_GAP_MM if req.gap is None else req.gap
    margin = MARGIN_MM if req.margin is None else req.margin
    grid = pack(sheet, cut, gap, margin, req.packing)  # type: ignore[arg-type]
    if grid.count == 0:
        raise failure(
            "sheet.fit",
            f"a {cut:g} mm cut circle does not fit {article(req.paper)} {paper_name(req.paper)} "
            f"sheet with {margin:g} mm margins",
            None,
            "choose a larger --paper or a smaller --margin",
        )
    pieces = _copies([Piece(f.name, data[f.path]) for f in chosen], req, grid.count)
    cond = _condition(kit, chosen)
    meta = _meta(
        kit,
        chosen,
        f"{req.material} {'sticker' if req.sticker else 'gang'} sheet, {paper_name(req.paper)}",
        f"{grid.count} per sheet, {grid.packing} packing, "
        + ("kiss-cut stickers" if req.sticker else "badges")
        + f", cut lines in {CUT_CONTOUR}",
        f"sheet:{req.paper}:{grid.packing}:{req.copies}:{req.fill}:{req.sticker}",
    )
    placed = _copies(chosen, req, grid.count)  # as `pieces`: the files, each time placed
    circle = f"{'kiss-cut' if req.sticker else 'cut'} circle {cut:g} mm"
    slugs = _sheet_slugs(
        kit, req, placed, grid.count, grid.sheet[0], f" ({grid.packing} packing)", circle, cond
    )
    slugs, no_slug = _printed_slugs(req, "sticker" if req.sticker else "gang", grid.sheet, slugs)
    warnings = _found(gap_warning(req.material, grid.gap), no_slug)
    fail_if_strict(warnings, req.strict)
    pdf = impose(pieces, grid, cond, meta, req.cut_page, slugs)
    _write(out, pdf, req, "sticker" if req.sticker else "gang", placed)
    layout = kit.layouts.get(req.material)
    press = layout.badge if layout else None
    unverified = (press.source or "no source given") if press and not press.verified else None
    sheets = -(-len(pieces) // grid.count)
    languages = tuple(dict.fromkeys(f.language for f in chosen))
    return SheetResult(
        out, grid, len(pieces), sheets, unverified, languages=languages, warnings=warnings
    )


def _cells_sheet(
    kit: Kit, req: SheetRequest, target: Target, who: str, manifest: Iterable[OutputFile]
) -> SheetResult:
    """Flyers (any rectangular material) 1-, 2- or 4-up: at home from the digital PDFs, or
    for a press from the print PDFs (two-sided: work-and-turn)."""
    from .geometry import MARGIN_MM, MIN_GAP_MM

    variant = "digital" if req.home and not req.sticker else "print"
    layout = kit.layouts.get(req.material)
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
    files = _files(manifest, req, variant)
    if not files:
        merged = any(
            f.record for f in _files(manifest, req, "print")
        )  # a merge's folder: its command makes them again
        again = "merge the data again" if merged else "build it"
        raise failure(
            "sheet.select",
            f"the build in {req.build} has no {variant} PDF of '{req.material}' for {who}",
            None,
            f"{again} with its digital PDFs (no --no-digital)" if req.home else f"{again} first",
        )
    chosen = _choose(files, req, who)
    if variant == "digital":
        _same_as_print(chosen, _files(manifest, req, "print"), req.build)
    data = verify(req.build, chosen, "sheet")
    two_sided = chosen[0].pages == 2
    trim = chosen[0].trim_mm
    pages: list[list[Side | None]] = []
    bleed = layout.bleed if layout else 3.0  # the pieces' own: 1/8 in for US sizes
    if req.sticker and two_sided:  # its backs were left out, without a word
        raise failure(
            "sheet.select",
            f"'{req.material}' is two-sided, and a sticker has one printed side",
            None,
            "impose it for a press (without --sticker: work-and-turn) or an office printer "
            "(--home)",
        )
    _unused(req, "sticker sheet" if req.sticker else "home sheet" if req.home else "press sheet")
    auto: Cells | None = None  # `--up auto`'s sheet, on the stock it filled
    if not (req.sticker or req.home):
        up, auto, filled = _press_up(req, trim, bleed, two_sided)
        req = replace(req, up=up, stock=req.stock or filled)
    out = target if isinstance(target, Path) else target(req.up)
    if req.sticker:  # stickers at full size, as many as fit, kiss-cut at the trim
        margin = MARGIN_MM if req.margin is None else req.margin
        gap = max(MIN_GAP_MM, 2 * bleed) if req.gap is None else req.gap
        cells = grid_cells(SHEETS[req.paper], trim, gap, margin)
        if not cells.cells:
            raise failure(
                "sheet.fit",
                f"a {trim[0]:g} x {trim[1]:g} mm sticker does not fit "
                f"{article(req.paper)} {paper_name(req.paper)} sheet with {margin:g} mm margins",
                None,
                "choose a larger --paper or a smaller --margin",
            )
        per = len(cells.cells)
        pieces = _copies(chosen, req, per)
        for start in range(0, len(pieces), per):
            batch = pieces[start : start + per]
            pages.append(
                [Side(data[f.path], 0, int(cells.turned_at(i))) for i, f in enumerate(batch)]
            )
        meta = _cells_meta(
            kit, req, chosen, f"{per} stickers to a sheet, kiss-cut in {CUT_CONTOUR}"
        )
        # the material's own die line's corners, where it has one
        radius = layout.marks.cut_radius if layout and layout.marks.cut_contour else None
        cond = _condition(kit, chosen)
        cut = f"kiss-cut in {CUT_CONTOUR}"
        slugs = _sheet_slugs(kit, req, pieces, per, cells.sheet[0], "", cut, cond)
        slugs, no_slug = _printed_slugs(req, "sticker", cells.sheet, slugs)
        warnings = _found(gap_warning(req.material, req.gap), no_slug)
        fail_if_strict(warnings, req.strict)
        pdf = impose_cells(pages, cells, "sticker", meta, cond, bleed, slugs=slugs, radius=radius)
    elif req.home:
        margin = MARGIN_MM if req.margin is None else req.margin
        gap = 6.0 if req.gap is None else req.gap  # room to cut between two dashed lines
        cells = home_cells(SHEETS[req.paper], trim, req.up, margin, gap, two_sided)
        if cells.scale <= 0:
            raise failure(
                "sheet.fit",
                f"nothing fits {article(req.paper)} {paper_name(req.paper)} sheet with "
                f"{margin:g} mm margins",
                None,
                "choose a smaller --margin",
            )
        shrunk = shrunk_below(kit.layouts.get(req.material), cells.scale)
        warnings = _found(scale_warning(req.material, cells.scale, shrunk))
        fail_if_strict(warnings, req.strict)
        pieces = _copies(chosen, req, req.up)  # --fill: the last sheet full too
        for start in range(0, len(pieces), req.up):
            group = pieces[start : start + req.up]
            # a turned front a quarter anticlockwise, its back clockwise: head to head
            pages.append(
                [Side(data[f.path], 0, int(cells.turned_at(i))) for i, f in enumerate(group)]
            )
            if two_sided:  # the back: mirrored left to right, to print double-sided
                back: list[Side | None] = [None] * len(cells.cells)
                for i, f in enumerate(group):
                    j = mirrored(cells, i)
                    back[j] = Side(data[f.path], 1, -int(cells.turned_at(j)))
                pages.append(back)
        meta = _cells_meta(
            kit, req, chosen, f"{req.up}-up for an office printer at {cells.scale * 100:.1f} %"
        )
        pdf = impose_cells(pages, cells, "home", meta)
    else:
        cells = auto or press_cells(
            trim, req.up, bleed, req.stock, even=two_sided, shared=req.shared
        )
        press_sheet = press_media(cells.sheet, bleed)
        if stock_for(press_sheet) is None:
            _held_by_none(req, trim, bleed, press_sheet, two_sided)
        stock = _press_stock(req, press_sheet)
        marks = press_marks(cells, bleed, stock)
        for f in chosen:
            pages.append(press_sides(data[f.path], cells, two_sided))
        if req.shared:
            _sharing(req, pages, cells, bleed, chosen, data)
        how = (
            f"{req.up}-up"
            + (", turned 90°" if cells.turned else "")
            + (f", {turned_text(cells)}" if cells.mixed else "")
            + (", shared cuts" if req.shared else "")
            + (", work-and-turn" if two_sided else "")
        )
        meta = _cells_meta(kit, req, chosen, how)
        cond = _condition(kit, chosen)
        wide = _press_slugs(kit, req, chosen, cells, how, cond, bleed, cells.sheet[0])
        column: list[list[FilledForm | None]] = []  # set between the first column's marks

        def slugs_with(marks: PressMarks) -> tuple[list[FilledForm | None], list[Place], bool]:
            """The slugs, where they start, and whether one is left out, with `marks`."""
            at = [_press_slug_at(cells, bleed, marks, slug, False) for slug in wide]
            if not _missing(wide, at):
                return wide, at, False
            # no room below the crop marks: between the first column's, as wide as it is
            if not column:
                width = slug_column(cells)
                column.append(_press_slugs(kit, req, chosen, cells, how, cond, bleed, width))
            at = [_press_slug_at(cells, bleed, marks, slug, True) for slug in column[0]]
            return column[0], at, _missing(column[0], at)

        slugs, at, lost = slugs_with(marks)
        roomy = (  # the smallest press stocks with room for the slug, which the warning names
            least(
                name
                for name in PRESS_STOCK
                if holds(name, press_sheet) and not slugs_with(press_marks(cells, bleed, name))[2]
            )
            if lost
            else ()
        )
        warnings = _found(
            marks_warning(
                req.material,
                press_sheet,
                req.up,
                left_out(marks),
                roomy_stock(cells, bleed),
                stock,
            ),
            press_slug_warning(req.material, press_sheet, req.up, stock, roomy) if lost else None,
        )
        fail_if_strict(warnings, req.strict)
        pdf = impose_cells(pages, cells, "press", meta, cond, bleed, slugs, slug_at=at, marks=marks)
    mode = "sticker" if req.sticker else "home" if req.home else "press"
    # each file as often as a printed sheet makes it (a press sheet: `up` of each page's
    # file, work-and-turn too: turned and printed again, each half is a whole piece)
    placed = pieces if req.sticker or req.home else [f for f in chosen for _ in range(req.up)]
    _write(out, pdf, req, mode, placed)
    media = None if req.sticker or req.home else press_media(cells.sheet, bleed)
    languages = tuple(dict.fromkeys(f.language for f in chosen))
    return SheetResult(
        out,
        None,
        len(chosen),
        len(pages),
        None,
        cells,
        two_sided,
        media,
        languages,
        warnings,
        None if req.sticker or req.home else req.stock,
    )


Place = tuple[float, float] | None  # where a press sheet's slug starts (edge.press_slug_at)


def _missing(slugs: Sequence[FilledForm | None], at: Sequence[Place]) -> bool:
    """Whether a slug has no place (left out)."""
    return any(p is None for p, slug in zip(at, slugs, strict=True) if slug is not None)


def _held_by_none(
    req: SheetRequest,
    trim: tuple[float, float],
    bleed: float,
    media: tuple[float, float],
    two_sided: bool,
) -> None:
    """Raises `sheet.fit` for a press sheet (`media`, mm, with its marks) that no press
    stock (geometry.PRESS_STOCK) holds, with the fix: the most to a sheet that one holds
    (geometry.most_up), else the single file. `--material poster-banner` made a 1724 x
    2022 mm "sheet" with a warning, and `package` shipped it to the print shop to "print
    instead of the single files" (a print shop's trial)."""
    most = most_up(trim, bleed, None, two_sided, req.shared)
    largest = " or ".join(paper_name(name) for name in greatest(PRESS_STOCK))
    size = f"{req.up}-up press sheet" if req.up != AUTO else "press sheet of two"
    if most is not None:
        fits = press_media(most.sheet, bleed)
        hint = (
            f"use --up {len(most.cells)} (a {size_text(fits)} mm sheet, for "
            f"{paper_name(stock_for(fits) or '')})"
        )
    else:
        hint = (
            "send the single files: `package` puts them in the print ZIP, which the print "
            "shop prints one to a sheet, or on a wide-format printer"
        )
    raise failure(
        "sheet.fit",
        f"the {size} of '{req.material}' ({trim[0]:g} x {trim[1]:g} mm pieces) is "
        f"{size_text(media)} mm with its marks: no press stock holds it (the largest: "
        f"{largest})",
        None,
        hint,
    )


def press_sides(pdf: bytes, cells: Cells, two_sided: bool) -> list[Side | None]:
    """What each of a press sheet's cells shows of one file (`pdf`), in the cells' order
    (rows from the top left; a mixed sheet's blocks one after the other). One-sided: its
    page each time. Two-sided, work-and-turn: front and back in turn along each row of a
    block (an even number across, each block centred: geometry.mixed_grid), so that the
    sheet, printed, turned over left to right on the same gripper edge and printed again
    from the same plate, backs each front with its back: the cell a column mirrored. Turned
    pieces (Cells.turned_at): each front a quarter anticlockwise, its back a quarter
    clockwise, so that the back's head is at the front's head when the piece is turned over
    left to right (head to head, as the kit's print PDFs and home sheets are made); both
    anticlockwise would back it head to foot."""
    sides: list[Side | None] = []
    for i, (x, y, _, _) in enumerate(cells.cells):
        turned = cells.turned_at(i)
        # its place in its row: the cells of its block (turned alike) at its height, left of it
        k = sum(
            1
            for n, (ox, oy, _, _) in enumerate(cells.cells)
            if abs(oy - y) < 1e-6 and ox < x - 1e-6 and cells.turned_at(n) == turned
        )
        page = k % 2 if two_sided else 0
        sides.append(Side(pdf, page, (1 - 2 * page) if turned else 0))
    return sides


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


def turned_text(cells: Cells) -> str:
    """A mixed sheet's pieces as its slug and the command say them: "4 upright, 2 turned
    90°"."""
    turned = sum(cells.turns)
    return f"{len(cells.turns) - turned} upright, {turned} turned 90°"


def _press_up(
    req: SheetRequest, trim: tuple[float, float], bleed: float, two_sided: bool
) -> tuple[int, Cells | None, str | None]:
    """A press sheet's count to a sheet: `req.up`, or with AUTO the most that fit the press
    stock (--stock, else the stock of PRESS_STOCK the pieces waste least of:
    geometry.best_stock), with that sheet and the stock it fills (None unless AUTO).
    Raises `sheet.select` for fewer than 2 (a press sheet of one is the print PDF itself)
    and for an odd count of a two-sided piece (work-and-turn puts each front beside its
    back: an even number across), and `sheet.fit` when not two fit the stock."""
    if req.up == AUTO:
        chosen = best_stock(trim, bleed, two_sided, req.shared) if req.stock is None else None
        stock = chosen[0] if chosen else req.stock or AUTO_STOCK
        most = chosen[1] if chosen else most_up(trim, bleed, stock, two_sided, req.shared)
        if most is None:
            media = press_media(press_cells(trim, 2, bleed, shared=req.shared).sheet, bleed)
            if stock_for(media) is None:
                _held_by_none(req, trim, bleed, media, two_sided)
            raise failure(
                "sheet.fit",
                f"not two of '{req.material}' ({trim[0]:g} x {trim[1]:g} mm pieces) fit "
                f"{paper_name(stock)} with their bleed and marks",
                None,
                f"name a larger --stock (two fit {paper_name(stock_for(media) or '')})",
            )
        return len(most.cells), most, stock

    if req.up < 2:
        raise failure(
            "sheet.select",
            "a press sheet holds 2 or more (a press prints one piece from its print PDF)",
            None,
            "use --up 2 or more, or --up auto (as many as fit the stock), or --home for an "
            "office printer",
        )
    if two_sided and not arrangements(req.up, even=True):
        raise failure(
            "sheet.select",
            f"'{req.material}' is two-sided: its press sheet is work-and-turn, each front "
            f"beside its back, and {req.up} pieces have no even number across",
            None,
            f"use --up {req.up + 1} or --up {req.up - 1}, or --up auto",
        )
    return req.up, None, None


def _press_stock(req: SheetRequest, media: tuple[float, float]) -> str | None:
    """The press stock a press sheet (`media`, mm, with its marks; one some stock holds:
    _held_by_none) is printed on: `--stock` when it holds the media, else `sheet.fit`;
    without it the smallest that holds it (geometry.stock_for)."""
    if req.stock is None:
        return stock_for(media)
    if holds(req.stock, media):
        return req.stock
    # the smallest that hold it, by whether it fits (SRA3 and 12 x 18 in, neither the smaller)
    fits = least(name for name in PRESS_STOCK if holds(name, media))
    w, h = sorted(SHEETS[req.stock])
    raise failure(
        "sheet.fit",
        f"the {req.up}-up press sheet of '{req.material}' is {size_text(media)} mm with its "
        f"marks: {paper_name(req.stock)} ({w:g} x {h:g} mm) does not hold it",
        None,
        f"use {' or '.join(f'--stock {name}' for name in fits)}, or leave --stock out",
    )


def _slug_box(slug: FilledForm, x: float, y: float) -> Box:
    """A slug's outlines box (mm) with its baseline's start at (x, y), mm."""
    left, bottom, right, top = (v / PT_PER_MM for v in slug.box)
    return x + left, y + bottom, x + right, y + top


def _press_slug_at(
    cells: Cells, bleed: float, marks: PressMarks, slug: FilledForm | None, column: bool
) -> tuple[float, float] | None:
    if slug is None:
        return None
    return press_slug_at(cells, bleed, marks, _slug_box(slug, 0, 0), column)


def _printed_slugs(
    req: SheetRequest, kind: str, trim: tuple[float, float], slugs: list[FilledForm | None]
) -> tuple[list[FilledForm | None], Diagnostic | None]:
    """A gang or sticker sheet's slugs (`kind`; `trim`: the sheet as placed, mm) on the
    paper it is printed on (sheets.edge.sheet_stock), those that would end within
    PRESS_EDGE_MM of its edge, or off it, left out (None) with a `sheet.slug` warning: on
    paper of its own size (SRA3, 13 x 19 in) the slug was below the bleed, off the paper,
    without a word."""
    from .impose import SHEET_BLEED_MM, SHEET_SLUG_BELOW_MM, SHEET_SLUG_MM

    boxes = [_slug_box(s, 0, -SHEET_SLUG_BELOW_MM) for s in slugs if s is not None]
    if not boxes:
        return slugs, None
    reach = union(boxes)
    media = (trim[0] + 2 * SHEET_BLEED_MM, trim[1] + 2 * (SHEET_BLEED_MM + SHEET_SLUG_MM))
    stock = sheet_stock(req.paper, trim, media, reach)
    paper = stock_box(trim, media, stock)
    kept = [
        s if s is not None and inside(_slug_box(s, 0, -SHEET_SLUG_BELOW_MM), paper) else None
        for s in slugs
    ]
    if kept == slugs:
        return slugs, None
    smaller = smaller_paper(stock, reach)
    return kept, slug_warning(req.material, kind, req.paper, stock, smaller)


def _sharing(
    req: SheetRequest,
    pages: Sequence[Sequence[Side | None]],
    cells: Cells,
    bleed: float,
    chosen: Sequence[OutputFile],
    data: Mapping[str, bytes],
) -> None:
    """Raises `sheet.shared` when a shared cut of the sheet (`--shared-cuts`) would show a
    sliver of the neighbouring piece where the cut strays: the pieces' bleed is not the art
    their neighbours begin with there (sheets.shared.unsafe)."""
    from .shared import MAX_DIFFERENT, TOLERANCE, unsafe

    tolerance = TOLERANCE if req.shared_tolerance is None else req.shared_tolerance
    most = MAX_DIFFERENT if req.shared_max_differing is None else req.shared_max_differing / 100
    edges = unsafe(pages, cells, bleed, tolerance, most)
    if not edges:
        return
    names = {data[f.path]: f.path.rsplit("/", 1)[-1] for f in chosen}
    two_sided = any(side is not None and side.page for page in pages for side in page)

    def named(side: Side) -> str:
        name = names.get(side.pdf, "a piece")
        return f"{name} ({'back' if side.page else 'front'})" if two_sided else name

    said = "; ".join(
        f"{own_edge('right' if e.across else 'bottom', e.first.turn)} of {named(e.first)} and "
        f"{own_edge('left' if e.across else 'top', e.second.turn)} of {named(e.second)}"
        for e in edges[:4]
    ) + (f" and {len(edges) - 4} more" if len(edges) > 4 else "")
    raise failure(
        "sheet.shared",
        f"the pieces of '{req.material}' cannot share their cuts: a cut that strays shows the "
        f"neighbour's art where each piece's bleed should be, as the art differs at {said}",
        None,
        "leave --shared-cuts out (each piece keeps its own bleed, in a gutter), or give the "
        "pieces' edges a plain ground their neighbours share",
    )


# the edge of a piece's own page at each side of its cell, as turned (impose.Side.turn): a
# quarter anticlockwise (head to the left), its bottom edge is on the right
OWN_EDGE = {
    1: {"right": "bottom", "left": "top", "top": "right", "bottom": "left"},
    -1: {"right": "top", "left": "bottom", "top": "left", "bottom": "right"},
}


def own_edge(side: str, turn: int) -> str:
    """The edge of a piece at `side` of its cell, named as the piece is read ("the bottom
    edge", of a piece turned anticlockwise, at its cell's right)."""
    return f"the {OWN_EDGE.get(turn, {}).get(side, side)} edge"


def _found(*warnings: Diagnostic | None) -> tuple[Diagnostic, ...]:
    return tuple(w for w in warnings if w is not None)


# the options that say how --shared-cuts judges a shared cut: of no use without it
SHARED_ONLY = ("shared-tolerance", "shared-max-differing")
# The options each kind of sheet has no use for (command-line names), and why
PAPER_IS_STOCK = "its paper is --paper (a press's own sheet: --paper sra3)"
UNUSED: dict[str, dict[str, str]] = {
    "gang sheet of badges": {"up": "a gang sheet holds as many as fit", "stock": PAPER_IS_STOCK},
    "sticker sheet of badges": {
        "up": "a sticker sheet holds as many as fit",
        "stock": PAPER_IS_STOCK,
    },
    "sticker sheet": {
        "stock": PAPER_IS_STOCK,
        "up": "a sticker sheet holds as many as fit",
        "packing": "rectangular stickers go in rows and columns",
        "cut-page": "the kiss-cut is on the sheet's page, in its own spot colour",
        "home": "a sticker sheet is printed for a die cutter, from the print PDFs",
    },
    "home sheet": {
        "stock": "an office printer prints it on --paper",
        "packing": "home sheets hold 1, 2 or 4 (--up) in rows and columns",
        "cut-page": "a home sheet's cut lines are dashed lines on the page",
    },
    "press sheet": {
        "copies": "a press sheet is a plate of one file; how many are printed is the print "
        "order's (package --order)",
        "fill": "a press sheet is always full: --up of one file",
        "packing": "press sheets hold --up in rows and columns",
        "gap": "the pieces of a press sheet share their bleed, trim to trim",
        "margin": "a press sheet is its pieces' size, with bleed and marks",
        "cut-page": "a press sheet is cut by its crop marks",
    },
}
for _kind in ("gang sheet of badges", "sticker sheet of badges", "sticker sheet", "home sheet"):
    for _name in ("shared-cuts", *SHARED_ONLY):
        UNUSED[_kind][_name] = "only a press sheet of rectangular pieces shares its cuts"


def _unused(req: SheetRequest, kind: str) -> None:
    """Raises `sheet.option` for the options given (`req.given`) that `kind` of sheet has no
    use for: `--copies 3` on a press sheet made one plate, without a word."""
    unused = [(name, why) for name, why in UNUSED[kind].items() if name in req.given]
    if kind == "press sheet" and not req.shared:  # they judge shared cuts, which it has not
        unused += [(n, "it judges shared cuts: add --shared-cuts") for n in SHARED_ONLY]
        unused = [(name, why) for name, why in unused if name in req.given]
    if unused:
        names = ", ".join(f"--{name}" for name, _ in unused)
        shown = kind.split(" of ")[0]  # "gang sheet of badges": a gang sheet of 'badge-58'
        raise failure(
            "sheet.option",
            f"{names} {'does' if len(unused) == 1 else 'do'} nothing for {article(shown)} "
            f"{shown} of '{req.material}': " + "; ".join(why for _, why in unused),
            None,
            f"leave {names} out",
        )


def _sheet_slugs(
    kit: Kit,
    req: SheetRequest,
    placed: list[OutputFile],
    per: int,
    width: float,
    packing: str,
    cut: str,
    cond: OutputCondition,
) -> list[FilledForm | None]:
    """Each gang or sticker sheet's slug (one per sheet of `per` pieces; `placed`: their
    files, each time placed), for the press operator and whoever cuts: the material and
    which sheet of how many, a DRAFT mark for the draft translations on it (as each piece's
    own slug has, which the sheet cuts away), the paper and how full it is (`packing`: the
    round pieces' packing, " (hex packing)"), the cut (`cut`: "cut circle 70 mm", "kiss-cut
    in CutContour"), the press condition, the campaign, then the files placed with their
    copies (the longest field, last: render.marks.slug_outlines leaves out fields from the
    end when they do not fit the sheet's `width`, mm). It is printed below the sheet's
    bleed, on paper the sheet's MediaBox has for it (sheets.impose.SHEET_SLUG_MM), as a
    piece's own slug is: it was in the bleed, where the MediaBox ended. A rectangular
    sticker sheet had none, so no DRAFT mark for its draft translations (a review)."""
    from collections import Counter

    kind = "sticker" if req.sticker else "gang"
    total = -(-len(placed) // per)
    rows = []
    for n in range(total):
        files = placed[n * per : (n + 1) * per]
        rows.append(  # the files last: slug_outlines leaves out fields from the end
            (
                f"{req.material} {kind} sheet {n + 1} of {total}",
                *_drafts(kit, files),
                f"{paper_name(req.paper)}, {len(files)} of {per}{packing}",
                cut,
                cond.identifier,
                f"{kit.campaign.name} {kit.campaign.year}",
                placed_files(Counter(f.name for f in files)),
            )
        )
    return slug_forms(kit, width, rows)


def placed_files(copies: Mapping[str, int]) -> str:
    """The files on a sheet with their copies, as short as it reads: one material's files in
    several languages, each as many times, as `badge-58-[en ar zh].pdf x3` (their common
    start up to a `-`, their common end from a `-` or `.`); else each with its own count
    (`badge-58-en.pdf x5, badge-58-ar.pdf x4`). Nine languages listed one by one did not fit
    an A4 sheet's slug, which left them out."""
    names = list(copies)
    counts = set(copies.values())
    if len(names) > 1 and len(counts) == 1:
        head = os.path.commonprefix(names)
        head = head[: head.rfind("-") + 1]
        tail = os.path.commonprefix([n[::-1] for n in names])[::-1]
        cut = min((i for i in (tail.find("-"), tail.find(".")) if i >= 0), default=len(tail))
        tail = tail[cut:]
        middles = [n[len(head) : len(n) - len(tail)] for n in names]
        if head and all(middles):
            return f"{head}[{' '.join(middles)}]{tail} x{counts.pop()}"
    return ", ".join(f"{name} x{count}" for name, count in copies.items())


def _press_slugs(
    kit: Kit,
    req: SheetRequest,
    chosen: list[OutputFile],
    cells: Cells,
    how: str,
    cond: OutputCondition,
    bleed: float,
    width: float,
) -> list[FilledForm | None]:
    """Each press sheet page's slug (one page per chosen file): the material and imposition,
    the file placed, the sheet's trim, bleed and press condition, the campaign; as outlines
    `width` mm wide (the sheet's trim, or its first column: sheets.edge.slug_column;
    render.marks.slug_outlines), as the pieces' own slugs are, which the sheet clips away
    with their marks. The press stock when one was given (--stock): its marks are placed
    for it."""
    sw, sh = cells.sheet
    stock = (f"for {paper_name(req.stock)} stock",) if req.stock else ()
    rows = [
        (
            f"{req.material} press sheet",
            how,
            f.path.rsplit("/", 1)[-1],
            *_drafts(kit, [f]),
            f"trim {sw:g} x {sh:g} mm",
            f"bleed {bleed:g} mm",
            *stock,
            cond.identifier,
            f"{kit.campaign.name} {kit.campaign.year}",
        )
        for f in chosen
    ]
    return slug_forms(kit, width, rows)


def _drafts(kit: Kit, files: Iterable[OutputFile]) -> tuple[str, ...]:
    """A sheet slug's DRAFT field for the files of draft translations on it ("DRAFT" for one
    language, "DRAFT am fr" for several), as each piece's own slug marks it
    (pipeline.renditions.print_pdf); none when every one is reviewed."""
    codes = list(dict.fromkeys(f.language for f in files))
    drafts = [c for c in codes if (lang := kit.languages.get(c)) is None or not lang.reviewed]
    if not drafts:
        return ()
    return ("DRAFT",) if len(codes) == 1 else (f"DRAFT {' '.join(drafts)}",)


def slug_forms(
    kit: Kit, width_mm: float, rows: Iterable[tuple[str, ...]]
) -> list[FilledForm | None]:
    """A slug per row of fields (one per sheet page), joined by SLUG_SEPARATOR and set as
    outlines `width_mm` wide (render.marks.slug_outlines: fields that do not fit are left out
    from the end)."""
    from ..fonts import load_fontbook
    from ..render.marks import SLUG_SEPARATOR, slug_outlines

    fonts = load_fontbook(kit.fonts_dir)
    width = width_mm * 72 / 25.4
    return [slug_outlines(SLUG_SEPARATOR.join(fields), width, fonts) for fields in rows]


def shrunk_below(layout: Layout | None, scale: float) -> tuple[str, ...]:
    """What a home sheet's `scale` prints below the minimums the build held the material to
    (the layout's own, before any record or language): its smallest style's size under the
    type floor (kinds.Kind.type_floor; the size a style sets unless copy-fit shrinks it: a
    style's `min_size` would warn of 2-up A5 on A4, at 94.9 %, for text that copy-fit seldom
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


def _files(manifest: Iterable[OutputFile], req: SheetRequest, variant: str) -> list[OutputFile]:
    """The build's files of `variant` for the material and office asked for (the manifest
    read entry by entry: only these are kept)."""
    return [
        f
        for f in manifest
        if f.variant == variant and f.material == req.material and f.office == req.office
    ]


def _same_as_print(digital: list[OutputFile], prints: list[OutputFile], build: Path) -> None:
    """Raises `sheet.stale` when a digital PDF was made from other inputs than the print PDF
    of its document: a build or merge with --no-digital after a change keeps the earlier
    digital files, and a home sheet printed the old title where the print PDF had the new
    one. A document's print and digital PDFs have one fingerprint when made from the same
    inputs (neither has options of its own: pipeline.renditions); an entry without one
    (an older manifest) is not judged."""
    made = {(f.material, f.language, f.office, f.record): f.fingerprint for f in prints}
    stale = [
        f.path
        for f in digital
        if f.fingerprint
        and made.get((f.material, f.language, f.office, f.record), f.fingerprint)
        not in (f.fingerprint, "")
    ]
    if stale:
        shown = ", ".join(stale[:5]) + (f" and {len(stale) - 5} more" if len(stale) > 5 else "")
        raise failure(
            "sheet.stale",
            f"{len(stale)} digital PDF(s) in {build} show an earlier state of the kit or the "
            f"data than their print PDFs (made before a build or merge with --no-digital): "
            f"{shown}",
            None,
            "build (or merge) again without --no-digital, then make the sheet",
        )


def _choose(files: list[OutputFile], req: SheetRequest, who: str) -> list[OutputFile]:
    """Every file of the events (a merge's records: all when none is named) and languages
    asked for (all built when none is named), records then languages in the order asked; an
    event or a language not built is `sheet.select`."""
    if req.events:  # one event's flyers, as many as asked: a home sheet mixed the events
        made = sorted({f.record for f in files if f.record})
        absent = [e for e in req.events if e not in made]
        if absent:
            raise failure(
                "sheet.select",
                f"the build has no '{req.material}' of event(s) {', '.join(absent)} for {who}",
                None,
                f"its events: {', '.join(made)}"
                if made
                else "it has no merged events: python generate.py merge TEMPLATE DATA first",
            )
        files = [f for f in files if f.record in req.events]
    built = sorted({f.language for f in files})
    missing = [c for c in req.languages if c not in built]
    if missing:
        # of the events asked for: `--event addis-talk --lang so` said "no 'event-flyer-a5'
        # in so", as if no event had Somali (a country office's trial)
        of = f" of event(s) {', '.join(req.events)}" if req.events else ""
        raise failure(
            "sheet.select",
            f"the build has no '{req.material}'{of} in {', '.join(missing)} for {who}",
            None,
            f"built{of}: {', '.join(built)}",
        )
    order = list(req.languages or built)
    events = list(req.events)
    return sorted(
        (f for f in files if f.language in order),
        key=lambda f: (
            events.index(f.record) if f.record in events else 0,
            f.record or "",
            order.index(f.language),
        ),
    )


def _copies(pieces: list[T], req: SheetRequest, per: int) -> list[T]:
    """Each piece `req.copies` times, then with `req.fill` repeated until the last sheet of
    `per` pieces is full."""
    out = [p for p in pieces for _ in range(req.copies)]
    if req.fill and len(out) % per:
        out += [out[i % len(out)] for i in range(per - len(out) % per)]
    return out


def _meta(kit: Kit, chosen: list[OutputFile], title: str, what: str, key: str) -> DocMeta:
    """A sheet's metadata: its title with the languages, what it holds, and an input hash of
    `key` (its options) and the files' sha256."""
    langs = ",".join(f.language for f in chosen)
    digest = hashlib.sha256(b"".join(f.sha256.encode() for f in chosen)).hexdigest()
    every = tuple(dict.fromkeys(f.language for f in chosen))
    return DocMeta(
        f"{title} ({langs})",
        chosen[0].language,
        what,
        f"{key}:{digest}",
        kit.campaign.year,
        languages=every if len(every) > 1 else (),
    )


def _cells_meta(kit: Kit, req: SheetRequest, chosen: list[OutputFile], what: str) -> DocMeta:
    return _meta(
        kit,
        chosen,
        # a press sheet is its pieces' own size: no paper in its title
        f"{req.material} {'sticker sheet' if req.sticker else 'sheet'}, {paper_name(req.paper)}"
        if req.home or req.sticker
        else f"{req.material} press sheet",
        what,
        f"cells:{req.paper}:{req.up}:{req.home}:{req.copies}"
        + (":shared" if req.shared else "")
        + (f":{req.stock}" if req.stock and not (req.home or req.sticker) else ""),
    )


def _condition(kit: Kit, files: list[OutputFile]) -> OutputCondition:
    idents = {str(f.extra.get("output_condition", "")) for f in files}
    if len(idents) != 1:
        raise failure(
            "sheet.select",
            f"the files are for different presses ({', '.join(sorted(idents))}): one sheet "
            "prints on one press",
        )
    (ident,) = idents
    for key, (icc, name, info) in PROFILES.items():
        if name == ident:
            return OutputCondition(key, kit.assets_dir / icc, name, info)
    raise failure("sheet.select", f"unknown output condition '{ident}' in the manifest")


def _write(
    out: Path, pdf: bytes, req: SheetRequest, mode: str, placed: Sequence[OutputFile]
) -> None:
    """Write the sheet; in the build folder's sheets/, its record too (sheets.record), by
    which `package` packs it while the files it places are the build's."""
    part = out.with_name(f".{out.name}.part")
    recorded = in_sheets(req.build, out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if recorded:  # no record of an earlier sheet of this name while this one is written
            record_path(out).unlink(missing_ok=True)
        part.write_bytes(pdf)
        os.replace(part, out)
        if recorded:
            stock = req.stock if mode == "press" else None
            record_sheet(out, pdf, mode, req.material, req.office, placed, stock)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure("sheet.write", f"cannot write {out}: {exc.strerror}") from None


__all__ = ["SheetRequest", "SheetResult", "make_sheet"]
