"""Impose built PDFs of rectangular pieces (flyers, posters, rectangular stickers) into the
cells of a sheet (`cells.Cells`): a sticker sheet kiss-cut at each trim, a home sheet for an
office printer, or a press sheet with its crop marks, registration targets, colour bar and slug
(`sheet_marks`). Each page is drawn in steps: the pieces in their cells (`_pieces`), then what
the mode adds (`_sticker_extras`, `_press_extras`), then the page's boxes (`_cells_page`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf

from ..render.forms import FilledForm
from ..render.metadata import DocMeta, OutputCondition
from ..render.postprocess import finish_print, finish_screen, saved
from .cells import Cells, bleed_reach
from .cuts import (
    HOME_CUT_CASING_PT,
    HOME_CUT_CORE_PT,
    PT_PER_MM,
    STICKER_RADIUS_MM,
    contours,
    cut_resources,
)
from .edge import PressMarks, press_marks
from .folds import Lines
from .forms import Forms
from .impose import (
    GangMarks,
    Side,
    actual_size,
    placed,
    sheet_bleed,
    sheet_pads,
    slug_at,
)
from .paper import press_margins
from .sheet_marks import (
    REGISTRATION_SPACE,
    control_marks,
    crop_marks,
    fold_marks,
    gang_targets,
    placed_slug,
    registration,
    registration_space,
)


@dataclass(frozen=True)
class _Sheet:
    """What every page of one call of impose_cells shares: the cells, the mode's flags, the
    trim's distance from the media's left and bottom edges (`pad`, pt), the pieces' bleed (mm)
    and the output's PDF with its forms, and a press or sticker sheet's registration colour
    space (sheet_marks.registration_space)."""

    cells: Cells
    press: bool
    sticker: bool
    pad: tuple[float, float]
    bleed: float
    out: pikepdf.Pdf
    forms: Forms
    gang: GangMarks | None = None  # a sticker sheet's targets, and its page its paper or not
    reg: pikepdf.Object | None = None


def impose_cells(
    pages: Sequence[Sequence[Side | None]],
    cells: Cells,
    mode: str,
    meta: DocMeta,
    cond: OutputCondition | None = None,
    bleed: float = 0.0,
    slugs: Sequence[FilledForm | None] = (),
    radius: float | None = None,
    slug_at: Sequence[tuple[float, float] | None] = (),
    marks: PressMarks | None = None,
    gang: GangMarks | None = None,
    folds: Sequence[Sequence[Lines]] = (),
    cut_page: bool = False,
) -> bytes:
    """Sheets of rectangular pieces: `pages` gives, per sheet page, what each cell shows
    (None: left empty), in the order of `cells.cells`. A piece's own marks and die line are
    left out (sheets.forms: `without_marks`, `without_die_line`).

    mode "sticker": print PDFs at full size, each clipped to its bleed (to the middle of a narrower
    gap: cells.bleed_reach), kiss-cut on the trim with corners of `radius` mm (the material's
    `cut_radius`; None: STICKER_RADIUS_MM) in CutContour; the sheet has its own 3 mm of empty bleed,
    and its slug below it (as a gang sheet's: sheet_pads); `gang` (impose.GangMarks): its
    registration targets, and whether the page is its paper (a press stock: no bleed or slug past
    it, the slug in the band of its margin `gang.band` names), as a gang sheet's.

    mode "home": for an office printer: sRGB pieces (the built digital PDFs) scaled by
    `cells.scale`, each clipped to its trim, dashed black cut lines cased in white around it;
    the page is the sheet (no bleed, no marks), and a page's line naming the sheet (`slugs`:
    one per page, None on a back page; sheets.slugs.flyer_home_lines) in black in the band
    of its margin `gang.band` names (impose.slug_at), as a home sheet of badges has;
    finish_screen metadata.
    mode "press": print PDFs at full size, each clipped to its trim plus `bleed` mm (none at a
    shared cut: cells.bleed_reach), crop marks (0.25 pt, 5 mm long, `bleed` mm off the trim) at both
    ends of every cut line outside the sheet's bleed, registration targets and a colour bar, where
    the press stock lets the press print them (`marks`: sheets.edge.press_marks; None: on the
    smallest press stock that holds the sheet), and the page's slug (`slugs`, one per page: job
    information as outlines, sheets.slugs.set_slug) with its baseline's start at `slug_at` (mm from
    the trim's bottom left corner: sheets.edge.press_slug_at; None: left out), in registration
    colour, and each page's fold marks (`folds`: each cell's fold lines on that page,
    sheets.folds.placed_folds; none: pieces not folded) at the sheet's edges in line with its
    pieces' folds (sheet_marks.fold_marks); TrimBox = the cells' bounding
    box; finish_print with `cond`.

    `cut_page` (mode "sticker"): the kiss-cut lines alone after the sheets, with the
    registration targets at the same places, as a gang sheet's (`impose._cut_pages`): a page
    of a full sheet's, then one of a partly filled last sheet's, named by page labels ("cut
    lines of sheets 1-3"), for a plotter that cuts from a page of its own. A round sticker's
    sheet had them and a rectangular one's refused the option (a print shop's trial)."""
    sheet, cut = _new_sheet(cells, mode, bleed, gang)
    marks = (marks or press_marks(cells, bleed)) if sheet.press and not sheet.sticker else None
    for side_list in pages:
        n = len(sheet.out.pages)
        slug = slugs[n] if n < len(slugs) else None
        place = slug_at[n] if n < len(slug_at) else None
        lines = folds[n] if n < len(folds) else ()
        sheet.out.pages.append(
            _page(sheet, side_list, marks, cond, (slug, place), radius, cut, lines)
        )
    if cut_page and sheet.sticker:
        _sticker_cut_pages(sheet, pages, radius, cond, cut)
    actual_size(sheet.out)
    raw = saved(sheet.out)
    sheet.forms.close()
    if sheet.press:
        assert cond is not None, "press sheets carry the pieces' press condition"
        return finish_print(raw, cond, meta)
    return finish_screen(raw, meta)


def _sticker_cut_pages(
    sheet: _Sheet,
    pages: Sequence[Sequence[Side | None]],
    radius: float | None,
    cond: OutputCondition | None,
    cut: tuple[pikepdf.Object, pikepdf.Object] | None,
) -> None:
    """A sticker sheet's cut pages (impose_cells' `cut_page`) and the file's page labels:
    "sheet N" for the sheets, "cut lines of ..." for these. No slug on them: a plotter that
    cuts every path would cut its words (the labels say which sheets they cut)."""
    per = len(sheet.cells.cells)
    used = [len([x for x in side_list if x is not None]) for side_list in pages]
    full = sum(1 for n in used if n == per)
    last = used[-1] if used and used[-1] < per else 0
    r = STICKER_RADIUS_MM if radius is None else radius
    targets = _sticker_targets(sheet, cond)
    labels: list[object] = [0, pikepdf.Dictionary(S=pikepdf.Name.D, P=pikepdf.String("sheet "))]
    for count, which in (
        (per if full else 0, "sheet 1" if full == 1 else f"sheets 1-{full}"),
        (last, f"sheet {len(pages)}"),
    ):
        if not count:
            continue
        ops = [contours(sheet.cells, sheet.pad, count, r), *([targets] if targets else [])]
        sheet.out.pages.append(_cells_page(sheet, ops, {}, cut))
        labels += [len(sheet.out.pages) - 1, pikepdf.Dictionary(P=f"cut lines of {which}")]
    sheet.out.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array(labels))


def _sticker_targets(sheet: _Sheet, cond: OutputCondition | None) -> str:
    """A sticker sheet's registration targets at its corners (`sheet.gang`), as its sheets
    and its cut pages draw them, at the same places; "" for none."""
    padx, pady = sheet.pad
    sh = sheet.cells.sheet[1] * PT_PER_MM
    gang = sheet.gang or GangMarks()
    centres = [(padx + x * PT_PER_MM, pady + sh - y * PT_PER_MM) for x, y in gang.targets]
    return gang_targets(centres, registration(cond, cut=True))


def _new_sheet(
    cells: Cells, mode: str, bleed: float, gang: GangMarks | None = None
) -> tuple[_Sheet, tuple[pikepdf.Object, pikepdf.Object] | None]:
    """What the pages of a sheet in `mode` share, with a new PDF and its forms (_Sheet), and
    a sticker sheet's CutContour resources (cuts.cut_resources; None for the others)."""
    press = mode in ("press", "sticker")
    sticker = mode == "sticker"
    out = pikepdf.new()
    cut = cut_resources(out) if sticker else None
    forms = Forms(out, bleed=press)
    gang = gang if sticker or not press else None  # a home sheet's: its line's band
    own = gang is not None and gang.own
    pads = (0.0, 0.0) if own else _pads(press, sticker, bleed, cells.sheet)
    reg = registration_space(out) if press else None
    return _Sheet(cells, press, sticker, pads, bleed, out, forms, gang, reg), cut


def _page(
    sheet: _Sheet,
    side_list: Sequence[Side | None],
    marks: PressMarks | None,
    cond: OutputCondition | None,
    slugged: tuple[FilledForm | None, tuple[float, float] | None],
    radius: float | None,
    cut: tuple[pikepdf.Object, pikepdf.Object] | None,
    lines: Sequence[Lines] = (),
) -> pikepdf.Page:
    """One sheet page: its pieces, then what the mode adds (a sticker sheet's kiss-cut and
    slug; a press sheet's `marks`, fold marks in line with `lines` and slug: `slugged`, the
    slug and where it starts; a home sheet's line), then its boxes."""
    xobjects: dict[str, pikepdf.Object] = {}
    ops = _pieces(sheet, side_list, xobjects)
    slug = slugged[0]
    if sheet.sticker:
        r = STICKER_RADIUS_MM if radius is None else radius
        ops += _sticker_extras(sheet, side_list, r, slug, cond, xobjects)
    elif marks is not None:
        ops += _press_extras(sheet, marks, cond, slugged, xobjects, lines)
    elif slug is not None and sheet.gang is not None and sheet.gang.band is not None:
        # a home sheet's line, in black in its band (the pads are none: the page is the paper)
        at, turned = slug_at(slug, sheet.gang.band, sheet.cells.sheet)
        ops.append(placed_slug(sheet.out, slug, None, at, xobjects, turned))
    return _cells_page(sheet, ops, xobjects, cut)


def _pads(
    press: bool, sticker: bool, bleed: float, sheet: tuple[float, float]
) -> tuple[float, float]:
    """The trim's distance from the media's left and bottom edges, pt. Press: bleed, a crop
    mark and paper past it (paper.press_margins); stickers: the sheet's own empty bleed, and
    the slug's paper above and below it (impose.sheet_pads of the paper, `sheet`); home:
    none."""
    if sticker:
        return sheet_pads(sheet)
    if press:
        padx, pady = (v * PT_PER_MM for v in press_margins(bleed))
        return padx, pady
    return 0.0, 0.0


def _pieces(
    sheet: _Sheet, side_list: Sequence[Side | None], xobjects: dict[str, pikepdf.Object]
) -> list[str]:
    """The operators that draw each cell's piece (forms added to `xobjects` as /C<i>), clipped
    to its trim (a press or sticker sheet: and its bleed, to the middle of a narrower gutter,
    none at a shared cut: cells.bleed_reach), and on a home sheet a cut line around it:
    dashed black on a white casing (cuts.home_cut_lines: it was grey, 2.8:1 on white)."""
    cells, (padx, pady) = sheet.cells, sheet.pad
    sh = cells.sheet[1] * PT_PER_MM
    ops: list[str] = []
    for i, (side, (x, y, w, h)) in enumerate(zip(side_list, cells.cells, strict=False)):
        if side is None:
            continue
        xobjects[f"/C{i}"], trim_pt = sheet.forms.get(side.pdf, side.page)
        s = cells.scale
        left, bottom = padx + x * PT_PER_MM, pady + sh - (y + h) * PT_PER_MM
        # its bleed, or half the gutter where a neighbour is nearer (bleed_reach)
        reach = bleed_reach(cells, i, sheet.bleed) if sheet.press else (0.0,) * 4
        gl, gb, gr, gt = (v * PT_PER_MM for v in reach)
        # each edge rounded as written, so that two neighbours' clips share theirs exactly
        x0, y0 = round(left - gl, 3), round(bottom - gb, 3)
        x1 = round(left + w * PT_PER_MM + gr, 3)
        y1 = round(bottom + h * PT_PER_MM + gt, 3)
        clip = f"{x0:.3f} {y0:.3f} {x1 - x0:.3f} {y1 - y0:.3f} re W n"
        ops.append(f"q {clip} {placed(side, trim_pt, left, bottom, s)} cm /C{i} Do Q")
        if not sheet.press:  # cased, as a home sheet of badges' (cuts.home_cut_lines)
            rect = f"{left:.3f} {bottom:.3f} {w * PT_PER_MM:.3f} {h * PT_PER_MM:.3f} re"
            ops.append(
                f"q 1 G {HOME_CUT_CASING_PT:g} w {rect} S "
                f"0 G {HOME_CUT_CORE_PT:g} w [3 2] 0 d {rect} S Q"
            )
    return ops


def _sticker_extras(
    sheet: _Sheet,
    side_list: Sequence[Side | None],
    radius: float,
    slug: FilledForm | None,
    cond: OutputCondition | None,
    xobjects: dict[str, pikepdf.Object],
) -> list[str]:
    """A sticker sheet's kiss-cut around each used cell (corners of `radius` mm), and its slug
    below the sheet's bleed, as a gang sheet's."""
    used = len([x for x in side_list if x is not None])
    ops = [contours(sheet.cells, sheet.pad, used, radius)]
    padx, pady = sheet.pad
    gang = sheet.gang or GangMarks()
    targets = _sticker_targets(sheet, cond)
    if targets:
        ops.append(targets)
    if slug is not None:  # below the sheet's bleed, as a gang sheet's; or in its margin
        at, turned = slug_at(slug, gang.band, sheet.cells.sheet)
        x, y = (float(v) for v in at.split())
        where = f"{padx + x:.3f} {pady + y:.3f}"
        ops.append(placed_slug(sheet.out, slug, cond, where, xobjects, turned, cut=True))
    return ops


def _press_extras(
    sheet: _Sheet,
    marks: PressMarks,
    cond: OutputCondition | None,
    slugged: tuple[FilledForm | None, tuple[float, float] | None],
    xobjects: dict[str, pikepdf.Object],
    lines: Sequence[Lines] = (),
) -> list[str]:
    """A press sheet's crop marks, fold marks (in line with `lines`, each cell's folds:
    sheet_marks.fold_marks), registration targets and colour bar, and its slug with its
    baseline's start at the place `slugged` gives with it (mm from the trim's bottom left
    corner; None: left out)."""
    padx, pady = sheet.pad
    slug, place = slugged
    share = registration(cond)
    folds = fold_marks(sheet.cells, sheet.pad, sheet.bleed, marks, share, lines)
    ops = [
        crop_marks(sheet.cells, sheet.pad, sheet.bleed, marks, share),
        *([folds] if folds else []),  # pieces not folded: the page as it was
        control_marks(sheet.cells, sheet.pad, marks, share),
    ]
    if slug is not None and place is not None:  # from the trim's bottom left corner
        x, y = (padx + place[0] * PT_PER_MM, pady + place[1] * PT_PER_MM)
        ops.append(placed_slug(sheet.out, slug, cond, f"{x:.3f} {y:.3f}", xobjects))
    return ops


def _cells_page(
    sheet: _Sheet,
    ops: list[str],
    xobjects: dict[str, pikepdf.Object],
    cut: tuple[pikepdf.Object, pikepdf.Object] | None,
) -> pikepdf.Page:
    """The page: its MediaBox the sheet and its pads; the CutContour resources (`cut`) of a
    sticker sheet; a press or sticker sheet's registration colour space (`sheet.reg`), TrimBox
    (the cells' bounding box) and BleedBox (a sticker sheet's own empty bleed; a press
    sheet's, its pieces')."""
    sw, sh = (v * PT_PER_MM for v in sheet.cells.sheet)
    padx, pady = sheet.pad
    box = [0, 0, round(sw + 2 * padx, 4), round(sh + 2 * pady, 4)]
    # a cut page has no XObject (sheets.record counts such pages as cut pages)
    resources = (
        pikepdf.Dictionary(XObject=pikepdf.Dictionary(xobjects))
        if xobjects
        else (pikepdf.Dictionary())
    )
    if cut is not None:
        resources.ColorSpace = pikepdf.Dictionary(CSCut=cut[0])
        resources.ExtGState = pikepdf.Dictionary(GSCut=cut[1])
    if sheet.reg is not None:  # its marks' and slug's registration colour
        if "/ColorSpace" not in resources:
            resources.ColorSpace = pikepdf.Dictionary()
        resources.ColorSpace[REGISTRATION_SPACE] = sheet.reg
    page_dict = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=box,
        Resources=resources,
        Contents=sheet.out.make_stream(" ".join(ops).encode("ascii")),
    )
    if sheet.press:
        trim = (padx, pady, padx + sw, pady + sh)
        page_dict.TrimBox = [round(v, 4) for v in trim]
        # a sticker sheet's own empty bleed (none on a press stock: the page is the paper); a
        # press sheet's, its pieces'
        own = sheet.gang is not None and sheet.gang.own
        bleed = sheet_bleed(sheet.cells.sheet) if sheet.sticker else sheet.bleed
        b = (0.0 if own else bleed) * PT_PER_MM
        grown = (trim[0] - b, trim[1] - b, trim[2] + b, trim[3] + b)
        page_dict.BleedBox = [round(v, 4) for v in grown]
    return pikepdf.Page(page_dict)


__all__ = ["impose_cells"]
