"""`generate.py sheet`: a finished build's badge print PDFs imposed onto gang sheets.

Like `package`, it never rebuilds: it reads the build's manifest (entry by entry into a spool,
`package.load_manifest`: only the files of the material asked for are kept), checks every
file it uses against its sha256, and writes the sheet PDF to a temporary name first, moved
into place with os.replace when whole (a failure leaves an earlier sheet file as it was).

This module reads the manifest and makes gang and sticker sheets of badges; rectangular
pieces go to sheets.cell_sheet (stickers and home sheets) and sheets.press (press sheets),
with sheets.files (which files, their metadata, the sheet written), sheets.slugs and
sheets.request (what is asked, what was made)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from ..commands import MERGE_OUT, command
from ..commands import out as out_given
from ..diagnostics import (
    Diagnostic,
    DiagnosticsError,
    did_you_mean,
    fail_if_strict,
    failure,
    spelt_otherwise,
)
from ..model import Kit
from ..output import OutputFile
from ..package import load_manifest
from ..papers import BadgeSize, badge_size, badge_size_hints
from ..press_stock import PRESS_EDGE_MM
from ..program import quote
from ..publishing import BuildLock, recover_locked
from ..render.forms import FilledForm
from ..render.marks import CUT_CONTOUR
from ..render.metadata import OutputCondition
from ..serve.described import samples_placed
from .cell_sheet import cells_sheet, checked_files
from .circles import MARGIN_MM, Grid, pack
from .files import OWN_SHEET, choose, condition, copies_of, files_of, sheet_meta, write_sheet
from .gang_marks import TARGET_IN_TRIM_MM, Art, Band, art_of, own_stock, target_centres
from .impose import GangMarks, Piece, impose
from .paper import SHEETS, article, paper_name
from .request import (
    SheetRequest,
    SheetResult,
    Target,
    drafts_placed,
    found,
    kit_languages,
    refuse_unused,
)
from .sheet_paper import piece_paper
from .slugs import (
    check_stock,
    drafted_languages,
    gang_slugs,
    home_lines,
    margin_for_slug,
    printed_slugs,
    sheet_slugs,
)
from .warn import (
    gang_marks_warning,
    gap_warning,
    home_gap_warning,
    home_line_note,
    home_margin_warning,
    own_paper_slug_warning,
    slug_fields_warning,
)


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
    """Read the build's manifest (`recovered`: under the build folder's lock), then make a gang
    or sticker sheet of badges (_badge_sheet), or hand rectangular pieces to cells_sheet."""
    req = kit_languages(kit, req)  # as build reads --lang: EN is en, hat is refused
    manifest = load_manifest(req.build, "sheet", recovered)
    who = f"office '{req.office}'" if req.office else "the campaign kit"
    prints = files_of(manifest, req, "print")
    if not prints:
        raise _not_built(kit, req, manifest, who)
    badges = prints[0].badge is not None
    # without --paper, the pieces' own paper family's (Letter for a US piece), and a note
    req, paper = piece_paper(kit, req, prints[0].trim_mm, badges)
    if badges:
        made = _badge_sheet(kit, req, target, who, manifest)
    else:
        made = cells_sheet(kit, req, target, who, manifest)
    return replace(made, paper=req.paper, warnings=(*found(paper), *made.warnings))


def _not_built(
    kit: Kit, req: SheetRequest, manifest: Iterable[OutputFile], who: str
) -> DiagnosticsError:
    """`sheet.select` for a material the build has no print PDF of for `who`, with the fix:
    the office (or the campaign) the build has it for, that it is for screens, the material
    meant (a typo), the materials the folder holds, or to make it (`_make_first`: merge an
    event template, build the others)."""
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
    hints: tuple[str, ...]
    if others:
        hints = (
            "the build has it for "
            + ", ".join(f"--office {o}" if o else "the campaign kit (no --office)" for o in others),
        )
    elif any(f.material == req.material for f in manifest):  # social images: no print
        hints = (f"'{req.material}' has no print PDF (it is for screens): sheets are for print",)
    elif (same := _spelt_otherwise(kit, req.material)) is not None:
        # `Flyer-A5`, built or not: the kit's flyer-a5, not the nearest built (flyer-a4)
        hints = (f"did you mean '{same}'?",)
        if same not in printed:
            hints += (*_held(printed), _make_first(kit, req, same, manifest))
    elif (size := _badge_size(kit, req.material)) is not None:
        # `badge-2in`: the kit's badges nearest by face (not badge-25mm, nearest by spelling)
        # and how to add the press; the folder's materials, and the build of the one meant
        hints = (*badge_size_hints(size), *_held(printed))
        if size.same is not None and size.same.id not in printed:
            hints += (_make_first(kit, req, size.same.id, manifest),)
    elif near and req.material not in kit.layouts:  # a typo, not a material unbuilt
        hints = (near[0],)
    else:  # a material the folder lacks: the ones it holds (a merge's folder: its template)
        hints = (*(near or ()), *_held(printed), _make_first(kit, req, req.material, manifest))
    return failure(
        "sheet.select",
        f"the build in {req.build} has no print PDF of '{req.material}' for {who}",
        None,
        *hints,
    )


def _held(printed: set[str]) -> tuple[str, ...]:
    """The hint naming the materials the folder has print PDFs of, each as --material gives
    it ("the folder holds event-flyer-a4: --material event-flyer-a4"), or none. An
    organiser's trial asked a merge's folder of event-flyer-a4 for event-flyer-a5 and was
    told to build it (blank templates, into the merge's folder)."""
    if not printed:
        return ()
    held = sorted(printed)
    options = " or ".join(f"--material {quote(m)}" for m in held)
    return (f"the folder holds {', '.join(held)}: {options}",)


def _make_first(kit: Kit, req: SheetRequest, material: str, manifest: Iterable[OutputFile]) -> str:
    """The hint that makes `material` into the folder: for an event template (a layout with
    event fields, merge.templates.event_fields) its merge, with the data file the folder's
    merged files were made from where its manifest names one (else DATA); for any other,
    its build (`_build_first`)."""
    from ..merge.templates import event_fields

    layout = kit.layouts.get(material)
    if layout is None or not event_fields(layout):
        return _build_first(req, material).lstrip()
    office = f" --office {quote(req.office)}" if req.office else ""
    into = out_given(Path(req.build), MERGE_OUT)
    data = _merged_data(req, manifest) or "DATA"
    return f"'{material}' is an event template: merge the events into the folder, e.g. " + command(
        f"merge {quote(material)} {data}{office}{into}"
    )


def _merged_data(req: SheetRequest, manifest: Iterable[OutputFile]) -> str | None:
    """The data file the folder's merged files (of the office asked for) were made from, as
    a command gives it (package.build's `_data_file`: found by its name and folder's digest
    in the folder of the folder's last merge or the working folder), quoted, with the
    workbook's sheet it was read from where it has several (`--sheet July`: a merge of a
    workbook of several sheets of events without it is refused); None when no entry names
    one."""
    from .. import manifest_reader
    from ..output import MANIFEST
    from ..package.build import _data_file

    entry = next(
        (
            f
            for f in manifest
            if f.record is not None and f.office == req.office and f.extra.get("data")
        ),
        None,
    )
    if entry is None:
        return None
    head = manifest_reader.head(Path(req.build) / MANIFEST) or {}
    said = head.get("build", {}).get("merge") if isinstance(head.get("build"), dict) else None
    last = said.get("data") if isinstance(said, dict) else None
    folders = ([Path(last).parent] if isinstance(last, str) else []) + [Path.cwd()]
    found = _data_file(entry.extra.get("data"), entry.extra.get("data_place"), folders)
    if found is None:
        return None
    sheet = entry.extra.get("data_sheet")
    return quote(found) + (f" --sheet {quote(sheet)}" if isinstance(sheet, str) and sheet else "")


def _build_first(req: SheetRequest, material: str) -> str:
    """The hint's words " build it first, e.g. python generate.py build --only MATERIAL":
    into the build folder, for the office and languages asked for (the hint said neither,
    and built into out/)."""
    office = f" --office {quote(req.office)}" if req.office else ""
    langs = f" --lang {quote(','.join(req.languages))}" if req.languages else ""
    into = out_given(Path(req.build))
    return " build it first, e.g. " + command(
        f"build --only {quote(material)}{office}{langs}{into}"
    )


def _badge_size(kit: Kit, material: str) -> BadgeSize | None:
    """The badge size `material`, which the kit does not have, reads as (papers.badge_size:
    `badge-57mm`, `badge-2in`), or None."""
    return None if material in kit.layouts else badge_size(material, kit.layouts)


def _spelt_otherwise(kit: Kit, material: str) -> str | None:
    """The kit's material that `material`, which the kit does not have, is written otherwise
    (`Flyer-A5`: flyer-a5), or None."""
    return None if material in kit.layouts else spelt_otherwise(material, kit.layouts)


def _badge_sheet(
    kit: Kit, req: SheetRequest, target: Target, who: str, manifest: Iterable[OutputFile]
) -> SheetResult:
    """A gang or sticker sheet of the material's badges (the build's print PDFs; at home, its
    digital PDFs: HOME_BADGES): the files chosen and checked, packed (badge_grid), imposed
    with their slugs, written."""
    out = target if isinstance(target, Path) else target(req.up, req.paper)
    kind = "sticker" if req.sticker else "home" if req.home else "gang"
    refuse_unused(req, f"{kind} sheet of badges")
    check_stock(req, kind)  # --stock: one that holds the sheet with its bleed and slug
    home = req.home and not req.sticker
    chosen, data, left_out = checked_files(manifest, req, who, "digital" if home else "print")
    # the press condition of the print PDFs (a home sheet's pieces are sRGB: none of their own)
    cond = condition(kit, choose(files_of(manifest, req, "print"), req, who) if home else chosen)
    # a badge is cut at its cut circle (the press wraps the rest); a sticker at its face
    cut = float(chosen[0].badge["face_mm" if req.sticker else "cut_mm"])  # type: ignore[index]
    grid = badge_grid(req, cut)
    placed = copies_of(chosen, req, grid.count)  # the files, each time placed
    pieces = [Piece(f.name, data[f.path]) for f in placed]
    meta = sheet_meta(
        kit,
        chosen,
        f"{req.material} {kind} sheet, {paper_name(req.paper)}",
        f"{grid.count} per sheet, {grid.packing} packing, "
        + ("kiss-cut stickers" if req.sticker else "badges")
        + (
            ", black cut lines cased in white, sRGB, for an office printer"
            if home
            else f", cut lines in {CUT_CONTOUR}"
            + (
                f", {paper_name(req.paper)} itself, {OWN_SHEET}"
                if own_stock(req.paper, False)
                else ""
            )
        ),
        f"sheet:{req.paper}:{grid.packing}:{req.copies_key}:{req.fill}:{req.sticker}"
        + (":home" if req.home else "")
        + (f":{req.stock}" if req.stock else ""),
    )
    circle = f"{'kiss-cut' if req.sticker else 'cut'} circle {cut:g} mm"
    marks, slugs, warnings, stock = _badge_marks(kit, req, grid, placed, circle, cond)
    warnings = (*left_out, *warnings)
    fail_if_strict(warnings, req.strict)
    pdf = impose(pieces, grid, cond, meta, req.cut_page, slugs, office=req.home, marks=marks)
    write_sheet(out, pdf, req, kind, placed, stock, grid.count)  # "home": no stock
    unverified = _unverified(kit, req)
    sheets = -(-len(pieces) // grid.count)
    languages = tuple(dict.fromkeys(f.language for f in chosen))
    return SheetResult(
        out,
        grid,
        len(pieces),
        sheets,
        unverified,
        languages=languages,
        drafts=drafts_placed(kit, chosen),
        warnings=warnings,
        stock=stock,
        copies=_copies(placed),
        slug=any(s is not None for s in slugs),
        targets=len(marks.targets),
        samples=samples_placed(kit, chosen),
    )


def _copies(placed: Iterable[OutputFile]) -> tuple[tuple[str, int], ...]:
    """How many pieces of each language one printing of the sheet PDF makes, in order."""
    counts: dict[str, int] = {}
    for f in placed:
        counts[f.language] = counts.get(f.language, 0) + 1
    return tuple(counts.items())


def _badge_marks(
    kit: Kit,
    req: SheetRequest,
    grid: Grid,
    placed: list[OutputFile],
    circle: str,
    cond: OutputCondition,
) -> tuple[GangMarks, list[FilledForm | None], tuple[Diagnostic, ...], str | None]:
    """A sheet of round pieces' marks (impose.GangMarks), its slugs (one per sheet) and
    warnings, and the paper it is printed on (None: at home). At home: the paper itself, no
    targets, a line naming the material, languages and drafts in its margin (home_lines; a
    `sheet.home-line` note when it has no room; its gap and margin checked for a cut by
    hand and an office printer: _home_checks).
    A gang or sticker sheet: registration targets at its corners (gang_marks.target_centres;
    corners with no room left out with `sheet.marks`); on a press stock of its own size
    (gang_marks.own_stock), the page that stock, its slug in its margin (gang_slugs; none
    with room: `sheet.slug`); else the paper with its bleed and slug past it, on the press
    stock that holds it (printed_slugs)."""
    kind_of = "sticker" if req.sticker else "gang"
    if req.home:
        lines, band = home_lines(kit, req, placed, grid)
        left_out = None if band else _home_line_left_out(kit, req, placed, grid)
        return GangMarks(own=True, band=band), lines, _home_checks(req, grid, band, left_out), None
    own = own_stock(req.paper, False)
    targets, lost = target_centres(grid, PRESS_EDGE_MM if own else TARGET_IN_TRIM_MM)
    gap = gap_warning(req.material, grid.gap)
    lost_marks = gang_marks_warning(req.material, kind_of, req.paper, lost)
    if own:
        slugs, short, band = gang_slugs(kit, req, placed, grid, grid.count, circle, cond)

        def room_at(margin: float) -> tuple[int, Art, Callable[[], bool]]:
            wider = badge_grid(replace(req, margin=margin), grid.diameter)
            return wider.count, art_of(wider), lambda: _has_band(wider)

        def _has_band(wider: Grid) -> bool:  # the same pieces' slugs, for a wider margin
            return gang_slugs(kit, req, placed, wider, wider.count, circle, cond)[2] is not None

        base = MARGIN_MM if req.margin is None else req.margin
        no_slug = (
            None
            if band
            else own_paper_slug_warning(
                req.material, kind_of, req.paper, grid.count, margin_for_slug(base, room_at)
            )
        )
        short_slug = None if no_slug else slug_fields_warning(req.material, kind_of, short)
        marks = GangMarks(tuple(targets), True, band)
        return marks, slugs, found(gap, lost_marks, no_slug, short_slug), req.paper
    slugs, short = sheet_slugs(
        kit, req, placed, grid.count, grid.sheet[0], f" ({grid.packing} packing)", circle, cond
    )
    slugs, no_slug, stock = printed_slugs(req, kind_of, grid.sheet, slugs)
    short_slug = None if no_slug else slug_fields_warning(req.material, kind_of, short)
    warnings = found(gap, lost_marks, no_slug, short_slug)
    return GangMarks(tuple(targets)), slugs, warnings, stock


def _home_checks(
    req: SheetRequest, grid: Grid, band: Band | None, left_out: Diagnostic | None
) -> tuple[Diagnostic, ...]:
    """A home sheet's warnings, fit for an office printer and a cut by hand: its circles
    closer than 1/8 in (`sheet.gap`: home_gap_warning), its art or line (`band`: printed)
    inside the edge the printer does not print (`sheet.margin`: home_margin_warning); then
    the note of its line `left_out`. It had none of them: `--gap 0 --margin 0 --strict`
    exited 0 (a badge-press operator's trial)."""
    left, top, right, bottom = art_of(grid).box
    w, h = grid.sheet
    art = min(left, top, w - right, h - bottom)  # mm from the nearest edge
    margin = MARGIN_MM if req.margin is None else req.margin
    gap = home_gap_warning(req.material, req.gap)
    edge = home_margin_warning(req.material, margin, art, band is not None)
    return found(gap, edge, left_out)


def _home_line_left_out(
    kit: Kit, req: SheetRequest, placed: list[OutputFile], grid: Grid
) -> Diagnostic:
    """The `sheet.home-line` note of a home sheet whose margin has no band for its line
    (home_lines), with the --margin that makes room (home_line_room)."""
    codes = list(dict.fromkeys(f.language for f in placed))
    drafts = drafted_languages(kit, placed)
    base = MARGIN_MM if req.margin is None else req.margin
    fix = home_line_room(kit, req, placed, grid.diameter)
    return home_line_note(req.material, base, grid.count, codes, drafts, fix)


def home_line_room(
    kit: Kit, req: SheetRequest, placed: list[OutputFile], cut: float
) -> tuple[float, int] | None:
    """The --margin, in 0.5 mm steps past the one asked for (MARGIN_MM by default) up to
    30 mm, at which a home sheet of `cut` mm circles has a band for its line (home_lines,
    the same files each as many times: copies_of), and the count to a sheet then; None
    when none has (or the circles no longer fit). A wider margin moves the art in with the
    printer's unprinted edge, so only the packing's slack makes the room: the count a
    sheet holds may fall (6 to 4 of badge-75mm's 84.6 mm circles on A4 at 15 to 17 mm)."""
    files = list({f.path: f for f in placed}.values())  # each file once, in order
    base = MARGIN_MM if req.margin is None else req.margin
    for halves in range(int(base * 2) + 1, 61):
        wider = replace(req, margin=halves / 2)
        try:
            grid = badge_grid(wider, cut)
        except DiagnosticsError:  # sheet.fit: not one circle inside that margin
            return None
        if home_lines(kit, wider, copies_of(files, req, grid.count), grid)[1] is not None:
            return halves / 2, grid.count
    return None


def badge_grid(req: SheetRequest, cut: float) -> Grid:
    """Cut circles of `cut` mm packed on `req.paper` as asked (gap, margin, packing). For an
    office printer (`req.home`), the art each circle's badge reaches past it (half the gap:
    impose.impose) stays inside the margin too, which the printer does not print; on a
    press stock of its own size (gang_marks.own_stock), at least PRESS_EDGE_MM inside its
    edge.

    Raises DiagnosticsError `sheet.fit` when not one fits."""
    from .circles import MIN_GAP_MM

    sheet = SHEETS[req.paper]
    gap = MIN_GAP_MM if req.gap is None else req.gap
    asked = MARGIN_MM if req.margin is None else req.margin
    margin, why = asked, ""
    # at home the page is the paper: the art each circle's badge reaches past it stays
    # inside the margin too, which an office printer does not print; on a press stock of
    # its own size, at least PRESS_EDGE_MM inside its edge, which a press does not print
    if req.home:
        margin += gap / 2
        why = f" and the art's {gap / 2:g} mm past each cut circle inside them"
    elif own_stock(req.paper, False) and asked < PRESS_EDGE_MM + gap / 2:
        margin = PRESS_EDGE_MM + gap / 2
        why = f" ({margin:g} mm on a stock of its size: a press does not print its edge)"
    grid = pack(sheet, cut, gap, margin, req.packing)  # type: ignore[arg-type]
    if grid.count == 0:
        raise failure(
            "sheet.fit",
            f"a {cut:g} mm cut circle does not fit {article(req.paper)} {paper_name(req.paper)} "
            f"sheet with {asked:g} mm margins{why}",
            None,
            "choose a larger --paper or a smaller --margin",
        )
    return grid


def _unverified(kit: Kit, req: SheetRequest) -> str | None:
    """The source of the material's badge press sizes when they are not verified, else None."""
    layout = kit.layouts.get(req.material)
    press = layout.badge if layout else None
    return (press.source or "no source given") if press and not press.verified else None


__all__ = ["SheetRequest", "SheetResult", "badge_grid", "make_sheet"]
