"""Impose built print PDFs of round pieces (badges) onto sheets, with their cut contour; and what
the sheets of rectangular pieces (sheets.cell_impose) share with them: a cell's Side, its
placing matrix (placed), the sheet's pads.

Each piece is the built file's first page as a form XObject (sheets.forms), drawn with its trim's
centre on a circle centre of the Grid (sheets.circles) and clipped to a circle larger than its cut
circle by half the gap between cut lines (at most its bleed): the art reaches past the cut, as a die
needs, and meets its neighbour's halfway, over neither's cut. The cut lines are circles in
CutContour (sheets.cuts). An optional last page holds the cut lines alone. Each page's TrimBox is
the sheet, with empty bleed around it (its BleedBox: 3 mm, 1/8 in on US paper: sheet_bleed), and
the MediaBox SHEET_SLUG_MM larger again above and below: the sheet's slug
(sheets.slugs.sheet_slugs) is set there, below the bleed, as a piece's own slug is
(render.marks.draw_slug). The PDF/X metadata and OutputIntent
are the pieces' press condition (finish_print).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf

from ..papers import bleed_asked
from ..render.forms import FilledForm
from ..render.marks import SLUG_SIZE, circle
from ..render.metadata import DocMeta, OutputCondition
from ..render.postprocess import finish_print, finish_screen, saved
from .circles import Grid
from .cuts import PT_PER_MM, cut_lines, cut_resources, home_cut_lines
from .forms import Forms
from .gang_marks import Band, placed_line
from .sheet_marks import (
    REGISTRATION_SPACE,
    gang_targets,
    placed_slug,
    registration,
    registration_space,
)

# A gang or sticker sheet's paper past its bleed above and below, mm, where its slug is set:
# outside the bleed, its top 1 mm below it, as a piece's slug is (render.marks.draw_slug;
# render.target.Target.margin enlarges a piece's MediaBox for it), and 1.4 mm of paper under
# its descenders. It was printed in the bleed, where the MediaBox ended: a sheet printed on
# paper of its own size lost it with the bleed, and preflight took it for bleed art. Above
# too, so that the trim stays in the middle of the media: printed at actual size, a viewer
# centres the media on the paper, and the cut circles stay where the die is. Not at the
# sides: an A4 sheet (216 mm wide with its bleed) still fits SRA4's 225 mm.
SHEET_SLUG_MM = 5.0


def sheet_bleed(sheet: tuple[float, float]) -> float:
    """A gang or sticker sheet's empty bleed around its trim, the paper `sheet` (mm): what
    print shops' preflight asks of every page of that size, so that the sheet goes through
    the same checks as any print file (papers.bleed_asked, as the build's and `check
    --pdf`'s do): 1/8 in on US paper (Letter, Legal, Tabloid), else 3 mm. A Letter sheet had
    3 mm, which `check --pdf` let pass by its Title alone, and a US print shop's preflight
    refuses (a print shop's trial)."""
    return bleed_asked(sheet)[0]


def sheet_pads(sheet: tuple[float, float]) -> tuple[float, float]:
    """A gang or sticker sheet's margins from its trim (the paper `sheet`, mm) to the media's
    edges, pt: (left and right: its bleed, sheet_bleed; top and bottom: the bleed and
    SHEET_SLUG_MM)."""
    bleed = sheet_bleed(sheet)
    return bleed * PT_PER_MM, (bleed + SHEET_SLUG_MM) * PT_PER_MM


def slug_below(sheet: tuple[float, float]) -> float:
    """The slug's baseline below a gang or sticker sheet's trim (the paper `sheet`), mm: its
    bleed (sheet_bleed), 1 mm, the type size."""
    return sheet_bleed(sheet) + 1.0 + SLUG_SIZE / PT_PER_MM


@dataclass(frozen=True)
class Piece:
    """One built print PDF to place (its bytes), and a name for the sheet's slug."""

    name: str
    pdf: bytes


def impose(
    pieces: Sequence[Piece],
    grid: Grid,
    cond: OutputCondition,
    meta: DocMeta,
    cut_page: bool = False,
    slugs: Sequence[FilledForm | None] = (),
    office: bool = False,
    marks: GangMarks | None = None,
) -> bytes:
    """The sheets for `pieces` in order, `grid.count` to a sheet (the last one partly
    filled), and with `cut_page` the cut lines alone: a page of a full sheet's (when a sheet
    is full), then one of the partly filled last sheet's (a plotter given a full sheet's cut
    6 blank discs on a last sheet of 3 badges of 9). `slugs`: one per sheet (job information
    as outlines), below the sheet's bleed, its baseline slug_below the trim,
    in registration colour; the cut pages have none. With `office` (`sheet --home`), each
    page is the paper itself, for an office printer: no bleed or slug past it (its MediaBox,
    BleedBox and TrimBox are the paper), and no slug; `pieces` are then the digital PDFs
    (sRGB), their art past the trim shown as far as the clip, the cut lines grey
    (cuts.home_cut_lines), and the document is not PDF/X (finish_screen: no press condition),
    as a home sheet of flyers: an office printer's driver takes sRGB, and converted the
    press's CMYK (README, "On an office printer"). `marks` (GangMarks): the registration
    targets drawn on each sheet and at the same places on its cut pages (in registration
    colour, not the cut's spot colour: a cutter's software lines the cut page up with the
    print by them; a plotter that cuts every path cuts them in the margin, clear of every
    piece's art), a page that is its paper (`own`: a press stock of its own size, no bleed
    or slug past it) and the band of its margin its slugs go in (a home sheet's: its line,
    in black)."""
    assert grid.count > 0, "the caller reports a piece that does not fit the sheet"
    w, h = (v * PT_PER_MM for v in grid.sheet)
    out = pikepdf.new()
    separation, overprint = cut_resources(out)
    reg = None if office else registration_space(out)  # an office sheet's slug is black
    centres = [(x * PT_PER_MM, h - y * PT_PER_MM) for x, y in grid.centres]
    # half the gap between cut lines past the cut: two neighbours' art meets halfway, no
    # paper between them (0.01 mm less left 0.02 mm bare), at most the art's bleed
    # (_placed_badges)
    clip_r = (grid.diameter / 2 + grid.gap / 2) * PT_PER_MM
    cut_r = grid.diameter / 2 * PT_PER_MM
    # the art past the cut circle: up to the bleed; a digital PDF's, as far as it is clipped
    forms = Forms(out, bleed=True, reach=clip_r - cut_r + 1 if office else 0.0)
    cuts = home_cut_lines if office else cut_lines
    marks = marks or GangMarks()
    own = office or marks.own
    targets = gang_targets(
        [(x * PT_PER_MM, h - y * PT_PER_MM) for x, y in marks.targets],
        registration(cond, cut=True),
    )
    for start in range(0, len(pieces), grid.count):
        batch = pieces[start : start + grid.count]
        xobjects, ops = _placed_badges(forms, batch, centres, clip_r)
        ops.append(cuts(centres[: len(batch)], cut_r))
        if targets:
            ops.append(targets)
        slug = slugs[start // grid.count] if start // grid.count < len(slugs) else None
        if slug is not None:  # from the trim's bottom left corner
            at, turned = slug_at(slug, marks.band, grid.sheet)
            ink = None if office else cond
            ops.append(placed_slug(out, slug, ink, at, xobjects, turned, cut=True))
        _add_page(out, w, h, " ".join(ops), xobjects, separation, overprint, office, own, reg)
    labels = [0, pikepdf.Dictionary(S=pikepdf.Name.D, P=pikepdf.String("sheet "))]
    if cut_page:
        cut = (separation, overprint)
        labels += _cut_pages(
            out, len(pieces), grid.count, centres, cut_r, (w, h), cut, office, own, targets, reg
        )
    # page labels (ISO 32000-1, 12.4.2), which a viewer shows for each page: "sheet 2", "cut
    # lines of sheets 1-3"; the cut pages carry no slug (a plotter that cuts every path
    # would cut its words), so this is where they say which sheets they cut
    out.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array(labels))
    actual_size(out)
    raw = saved(out)
    forms.close()
    return finish_screen(raw, meta) if office else finish_print(raw, cond, meta)


@dataclass(frozen=True)
class GangMarks:
    """What a sheet of round pieces draws of its own besides its pieces and cut lines: its
    registration targets' centres (mm from the sheet's top-left: gang_marks.target_centres),
    whether its page is its paper (`own`: gang_marks.own_stock), and the band of its margin
    its slug or line is set in (None: below the trim, past its bleed)."""

    targets: tuple[tuple[float, float], ...] = ()
    own: bool = False
    band: Band | None = None


def slug_at(slug: FilledForm, band: Band | None, sheet: tuple[float, float]) -> tuple[str, bool]:
    """Where the slug of a sheet of `sheet` (mm) starts ("x y", pt from the trim's
    bottom-left) and whether it is turned: in `band` (gang_marks.placed_line), else
    slug_below the trim."""
    h = sheet[1] * PT_PER_MM
    if band is None:
        return f"0 {-slug_below(sheet) * PT_PER_MM:.3f}", False
    box = tuple(v / PT_PER_MM for v in slug.box)
    x, y = placed_line(band, (box[0], box[1], box[2], box[3]))
    return f"{x * PT_PER_MM:.3f} {h - y * PT_PER_MM:.3f}", band.turned


def _placed_badges(
    forms: Forms,
    batch: Sequence[Piece],
    centres: Sequence[tuple[float, float]],
    clip_r: float,
) -> tuple[dict[str, pikepdf.Object], list[str]]:
    """One sheet's pieces as forms /P<i> and the operators that draw each with its trim's
    centre on its circle centre (pt), clipped to a circle of `clip_r` pt, or of the largest
    its art holds (the circle inside its form's box, the bleed: `art_radius`)."""
    xobjects = {}
    ops = []
    for i, (piece, (cx, cy)) in enumerate(zip(batch, centres, strict=False)):
        name = f"/P{i}"
        xobjects[name], (x0, y0, x1, y1) = forms.get(piece.pdf, 0)
        tx, ty = (x0 + x1) / 2, (y0 + y1) / 2  # the trim's centre: the cut circle's
        r = min(clip_r, art_radius(xobjects[name], (tx, ty)))
        ops.append(f"q {circle(cx, cy, r)} W n 1 0 0 1 {cx - tx:.3f} {cy - ty:.3f} cm {name} Do Q")
    return xobjects, ops


def art_radius(form: pikepdf.Object, centre: tuple[float, float]) -> float:
    """The radius (pt) of the largest circle about `centre` (pt, the form's space) inside
    the form's BBox: how far its art reaches (a print PDF's BleedBox: sheets.forms)."""
    x0, y0, x1, y1 = (float(v) for v in form.BBox)
    cx, cy = centre
    return min(cx - x0, x1 - cx, cy - y0, y1 - cy)


def _cut_pages(
    out: pikepdf.Pdf,
    pieces: int,
    per_sheet: int,
    centres: Sequence[tuple[float, float]],
    cut_r: float,
    size: tuple[float, float],
    cut: tuple[pikepdf.Object, pikepdf.Object],
    office: bool = False,
    own: bool = False,
    targets: str = "",
    reg: pikepdf.Object | None = None,
) -> list[object]:
    """Add the cut lines alone after the sheets: a page of a full sheet's (when one is full),
    then one of the partly filled last sheet's; their page labels' entries (index, label).
    `targets`: the sheets' registration targets (sheet_marks.gang_targets; "": none), drawn
    at the same places on each cut page, for the cut to be lined up with the print, in the
    registration colour's space `reg` (sheet_marks.registration_space)."""
    sheets = len(out.pages)
    last, full = pieces % per_sheet, pieces // per_sheet
    labels: list[object] = []
    cuts = home_cut_lines if office else cut_lines
    if full:  # the full sheets'
        drawn = f"{cuts(centres, cut_r)} {targets}".strip()
        _add_page(out, *size, drawn, {}, *cut, office, own, reg)
        which = "sheet 1" if full == 1 else f"sheets 1-{full}"
        labels += [len(out.pages) - 1, pikepdf.Dictionary(P=f"cut lines of {which}")]
    if last:  # the partly filled last sheet's
        drawn = f"{cuts(centres[:last], cut_r)} {targets}".strip()
        _add_page(out, *size, drawn, {}, *cut, office, own, reg)
        labels += [len(out.pages) - 1, pikepdf.Dictionary(P=f"cut lines of sheet {sheets}")]
    return labels


def actual_size(out: pikepdf.Pdf) -> None:
    """Ask a viewer to print the sheet at its actual size (ISO 32000-1, 12.2, viewer
    preferences: PrintScaling None): a gang sheet of A4 with its bleed is larger than A4,
    and a print dialog's "fit to page" (Acrobat's default) shrank its 70 mm cut circles to
    68 mm, too small for the press's die (a print shop's trial)."""
    out.Root.ViewerPreferences = pikepdf.Dictionary(PrintScaling=pikepdf.Name("/None"))


def _add_page(
    out: pikepdf.Pdf,
    w: float,
    h: float,
    content: str,
    xobjects: dict[str, pikepdf.Object],
    separation: pikepdf.Object,
    overprint: pikepdf.Object,
    office: bool = False,
    own: bool = False,
    reg: pikepdf.Object | None = None,
) -> None:
    """A sheet's page: `w` x `h` pt trimmed, with its bleed and slug past it (sheet_pads);
    `own` (and `office`): the paper alone, every box the same; `office`: no CutContour, nor
    the registration colour's space (`reg`: sheet_marks.registration_space; its slug's line
    is black)."""
    own = own or office
    sheet = (w / PT_PER_MM, h / PT_PER_MM)
    b = 0.0 if own else sheet_bleed(sheet) * PT_PER_MM
    px, py = (0.0, 0.0) if own else sheet_pads(sheet)
    trim = pikepdf.Array([round(px, 4), round(py, 4), round(w + px, 4), round(h + py, 4)])
    bleed = pikepdf.Array(
        [round(px - b, 4), round(py - b, 4), round(w + px + b, 4), round(h + py + b, 4)]
    )
    media = pikepdf.Array([0, 0, round(w + 2 * px, 4), round(h + 2 * py, 4)])
    resources = (
        pikepdf.Dictionary()  # no CutContour (its alternate is DeviceCMYK): grey cut lines
        if office
        else pikepdf.Dictionary(
            ColorSpace=pikepdf.Dictionary(CSCut=separation),
            ExtGState=pikepdf.Dictionary(GSCut=overprint),
        )
    )
    if reg is not None and not office:
        resources.ColorSpace[REGISTRATION_SPACE] = reg
    if xobjects:
        resources.XObject = pikepdf.Dictionary(xobjects)
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=media,
        TrimBox=trim,
        BleedBox=bleed,
        Resources=resources,
        Contents=out.make_stream(f"1 0 0 1 {px:.4f} {py:.4f} cm {content}".encode("ascii")),
    )
    out.pages.append(pikepdf.Page(page))


@dataclass(frozen=True)
class Side:
    """One page of a built PDF to place in a cell: the file's bytes, the page index and how
    it is turned in its cell (`turn`: 0 upright; 1 a quarter anticlockwise, its head to the
    left; -1 a quarter clockwise, its head to the right: cells.Cells.turned)."""

    pdf: bytes
    page: int = 0
    turn: int = 0


def placed(side: Side, trim: Sequence[float], left: float, bottom: float, s: float) -> str:
    """The matrix (`cm` operands, pt) that draws `side`'s page, whose TrimBox is `trim`,
    scaled by `s` and turned by `side.turn`, with its trim's bottom-left corner as placed
    at (left, bottom): a quarter anticlockwise, the trim's bottom edge becomes its right
    edge; clockwise, its left."""
    tx, ty, tr, tt = trim
    if side.turn == 1:  # (u, v) of the trim -> (left + s (h - v), bottom + s u)
        return f"0 {s:.6f} {-s:.6f} 0 {left + s * tt:.3f} {bottom - s * tx:.3f}"
    if side.turn == -1:  # (u, v) -> (left + s v, bottom + s (w - u))
        return f"0 {-s:.6f} {s:.6f} 0 {left - s * ty:.3f} {bottom + s * tr:.3f}"
    return f"{s:.6f} 0 0 {s:.6f} {left - s * tx:.3f} {bottom - s * ty:.3f}"


__all__ = [
    "GangMarks",
    "Piece",
    "Side",
    "actual_size",
    "circle",
    "impose",
    "placed",
    "sheet_bleed",
    "sheet_pads",
    "slug_at",
    "slug_below",
]
