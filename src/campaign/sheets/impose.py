"""Impose built print PDFs of round pieces (badges) onto sheets, with their cut contour.

Each piece is the built file's first page as a form XObject, drawn with its trim's centre on a
circle centre of the Grid (`geometry`) and clipped to a circle a little larger than its cut
circle (half the gap between cut lines: the art reaches past the cut, as a die needs, without
touching a neighbour). The cut lines are circles stroked in a Separation colour named
`CutContour` (the name cutting plotters and RIPs look for; its alternate is 100 % magenta so
it is visible in a proof), overprinting, 0.25 pt wide. An optional last page holds the cut
lines alone. Each page's TrimBox is the sheet, with 3 mm of empty bleed around it (its
BleedBox), and the MediaBox SHEET_SLUG_MM larger again above and below: the sheet's slug
(sheets.slugs.sheet_slugs) is set there, below the bleed, as a piece's own slug is
(render.marks.draw_slug). The PDF/X metadata and OutputIntent are the pieces' press
condition (finish_print).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf

from ..presses import MAX_INK
from ..render.forms import FilledForm
from ..render.marks import (
    COLOUR_BAR,
    CUT_CONTOUR,
    CUT_WIDTH,
    KAPPA,
    SLUG_SIZE,
    TARGET_RADIUS,
    rounded_rect,
)
from ..render.metadata import DocMeta, OutputCondition
from ..render.postprocess import finish_print, saved
from ..render.target import MARK_WIDTH, Target
from .edge import SIDE_TARGET_IN_MM, PressMarks, bar_patch, press_marks
from .geometry import Cells, Grid, crop_lines, press_margins

PT_PER_MM = 72 / 25.4
# The sheet is the trim; 3 mm of empty bleed around it, as print shops' preflight asks of
# every page (PRINT-SPECS.md), so the sheet goes through the same checks as any print file.
SHEET_BLEED_MM = 3.0
# A gang or sticker sheet's paper past its bleed above and below, mm, where its slug is set:
# outside the bleed, its top 1 mm below it, as a piece's slug is (render.marks.draw_slug;
# render.target.Target.margin enlarges a piece's MediaBox for it), and 1.4 mm of paper under
# its descenders. It was printed in the bleed, where the MediaBox ended: a sheet printed on
# paper of its own size lost it with the bleed, and preflight took it for bleed art. Above
# too, so that the trim stays in the middle of the media: printed at actual size, a viewer
# centres the media on the paper, and the cut circles stay where the die is. Not at the
# sides: an A4 sheet (216 mm wide with its bleed) still fits SRA4's 225 mm.
SHEET_SLUG_MM = 5.0
# the slug's baseline below a gang or sticker sheet's trim, mm: the bleed, 1 mm, the type size
SHEET_SLUG_BELOW_MM = SHEET_BLEED_MM + 1.0 + SLUG_SIZE / PT_PER_MM


def sheet_pads() -> tuple[float, float]:
    """A gang or sticker sheet's margins from its trim to the media's edges, pt: (left and
    right: the bleed; top and bottom: the bleed and SHEET_SLUG_MM)."""
    return SHEET_BLEED_MM * PT_PER_MM, (SHEET_BLEED_MM + SHEET_SLUG_MM) * PT_PER_MM


@dataclass(frozen=True)
class Piece:
    """One built print PDF to place (its bytes), and a name for the sheet's slug."""

    name: str
    pdf: bytes


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


class Forms:
    """Pages of built PDFs as form XObjects of `out`, each copied once: (form, its TrimBox in
    pt); with `bleed`, a form shows its art out to the BleedBox (else to the TrimBox)."""

    def __init__(self, out: pikepdf.Pdf, bleed: bool) -> None:
        self.out, self.bleed = out, bleed
        self.cache: dict[tuple[bytes, int], tuple[pikepdf.Object, tuple[float, ...]]] = {}
        self.sources: list[pikepdf.Pdf] = []
        self.images: dict[bytes, pikepdf.Object] = {}  # by content: one object each

    def get(self, pdf: bytes, page: int) -> tuple[pikepdf.Object, tuple[float, ...]]:
        if (pdf, page) not in self.cache:
            src = pikepdf.open(io.BytesIO(pdf))
            self.sources.append(src)
            source = src.pages[page]
            without_die_line(src, source)
            form = source.as_form_xobject()
            if self.bleed:
                form.BBox = source.bleedbox
            trim = tuple(float(v) for v in source.trimbox)
            copied = self.out.copy_foreign(form)
            self._share_images(copied)
            self.cache[(pdf, page)] = (copied, trim)
        return self.cache[(pdf, page)]

    def _share_images(self, form: pikepdf.Object) -> None:
        """Point the form's image XObjects at the ones of the same content already copied: the
        slug's glyph masks are the same in every language's badge, and each copy was written
        again (27 KB of a 204 KB sheet of three languages). An unreferenced copy is left out
        when the file is saved."""
        resources = form.get("/Resources")
        named = resources.get("/XObject") if resources is not None else None
        if named is None:
            return
        for name in list(named.keys()):
            xo = named[name]
            if xo.get("/Subtype") != "/Image":
                continue
            entries = sorted((k, repr(v)) for k, v in xo.items() if k != "/Length")
            key = hashlib.sha256(xo.read_raw_bytes() + repr(entries).encode()).digest()
            first = self.images.setdefault(key, xo)
            if first.objgen != xo.objgen:
                named[name] = first

    def close(self) -> None:
        for src in self.sources:
            src.close()


def without_die_line(pdf: pikepdf.Pdf, page: pikepdf.Page) -> bool:
    """Take the piece's own die line (render.marks.draw_cut_contour: a `q ... Q` group that
    strokes in a Separation named CutContour) out of the page's content: the sheet cuts each
    piece with its own contour, and a plotter would cut the piece's line too, on top of or
    beside the sheet's. The colour space goes too, so that no separation preview lists a
    CutContour plate the sheet's art does not use. Returns whether a line was taken out."""
    resources = page.obj.get("/Resources")
    spaces = resources.get("/ColorSpace") if resources is not None else None
    if spaces is None:
        return False
    cut = {
        name
        for name, cs in spaces.items()
        if isinstance(cs, pikepdf.Array)
        and len(cs) > 1
        and cs[0] == pikepdf.Name.Separation
        and cs[1] == pikepdf.Name("/" + CUT_CONTOUR)
    }
    if not cut:
        return False
    ops = pikepdf.parse_content_stream(page)
    kept: list[pikepdf.ContentStreamInstruction | pikepdf.ContentStreamInlineImage] = []
    opened: list[int] = []  # where each open q is in `kept`
    drop_from: int | None = None
    for ins in ops:
        op = str(ins.operator)
        if op == "q":
            opened.append(len(kept))
        elif op in ("CS", "cs") and str(ins.operands[0]) in cut and opened:
            drop_from = opened[-1]
        elif op == "Q" and opened:
            start = opened.pop()
            if drop_from is not None and start == drop_from:
                del kept[start:]
                drop_from = None
                continue
        kept.append(ins)
    if len(kept) == len(ops):
        return False
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
    for name in cut:
        del spaces[name]
    return True


def impose(
    pieces: Sequence[Piece],
    grid: Grid,
    cond: OutputCondition,
    meta: DocMeta,
    cut_page: bool = False,
    slugs: Sequence[FilledForm | None] = (),
) -> bytes:
    """The sheets for `pieces` in order, `grid.count` to a sheet (the last one partly
    filled), and with `cut_page` the cut lines alone: a page of a full sheet's (when a sheet
    is full), then one of the partly filled last sheet's (a plotter given a full sheet's cut
    6 blank discs on a last sheet of 3 badges of 9). `slugs`: one per sheet (job information
    as outlines), below the sheet's bleed, its baseline SHEET_SLUG_BELOW_MM below the trim,
    in registration colour; the cut pages have none."""
    assert grid.count > 0, "the caller reports a piece that does not fit the sheet"
    w, h = (v * PT_PER_MM for v in grid.sheet)
    out = pikepdf.new()
    separation, overprint = _cut_resources(out)
    forms = Forms(out, bleed=True)  # the art past the cut circle, up to the bleed
    centres = [(x * PT_PER_MM, h - y * PT_PER_MM) for x, y in grid.centres]
    clip_r = (grid.diameter / 2 + grid.gap / 2 - 0.01) * PT_PER_MM
    cut_r = grid.diameter / 2 * PT_PER_MM
    for start in range(0, len(pieces), grid.count):
        batch = pieces[start : start + grid.count]
        xobjects = {}
        ops = []
        for i, (piece, (cx, cy)) in enumerate(zip(batch, centres, strict=False)):
            name = f"/P{i}"
            xobjects[name], (x0, y0, x1, y1) = forms.get(piece.pdf, 0)
            tx, ty = (x0 + x1) / 2, (y0 + y1) / 2  # the trim's centre: the cut circle's
            ops.append(
                f"q {circle(cx, cy, clip_r)} W n 1 0 0 1 {cx - tx:.3f} {cy - ty:.3f} cm {name} Do Q"
            )
        ops.append(_cut_lines(centres[: len(batch)], cut_r))
        slug = slugs[start // grid.count] if start // grid.count < len(slugs) else None
        if slug is not None:  # from the trim's bottom left corner
            below = SHEET_SLUG_BELOW_MM * PT_PER_MM
            ops.append(_placed_slug(out, slug, cond, f"0 {-below:.3f}", xobjects))
        _add_page(out, w, h, " ".join(ops), xobjects, separation, overprint)
    sheets = len(out.pages)
    labels = [0, pikepdf.Dictionary(S=pikepdf.Name.D, P=pikepdf.String("sheet "))]
    if cut_page:
        last = len(pieces) % grid.count
        full = len(pieces) // grid.count
        if full:  # the full sheets'
            _add_page(out, w, h, _cut_lines(centres, cut_r), {}, separation, overprint)
            which = "sheet 1" if full == 1 else f"sheets 1-{full}"
            labels += [len(out.pages) - 1, pikepdf.Dictionary(P=f"cut lines of {which}")]
        if last:  # the partly filled last sheet's
            _add_page(out, w, h, _cut_lines(centres[:last], cut_r), {}, separation, overprint)
            labels += [len(out.pages) - 1, pikepdf.Dictionary(P=f"cut lines of sheet {sheets}")]
    # page labels (ISO 32000-1, 12.4.2), which a viewer shows for each page: "sheet 2", "cut
    # lines of sheets 1-3"; the cut pages carry no slug (a plotter that cuts every path
    # would cut its words), so this is where they say which sheets they cut
    out.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array(labels))
    _actual_size(out)
    raw = saved(out)
    forms.close()
    return finish_print(raw, cond, meta)


def _actual_size(out: pikepdf.Pdf) -> None:
    """Ask a viewer to print the sheet at its actual size (ISO 32000-1, 12.2, viewer
    preferences: PrintScaling None): a gang sheet of A4 with its bleed is larger than A4,
    and a print dialog's "fit to page" (Acrobat's default) shrank its 70 mm cut circles to
    68 mm, too small for the press's die (a print shop's trial)."""
    out.Root.ViewerPreferences = pikepdf.Dictionary(PrintScaling=pikepdf.Name("/None"))


def _cut_lines(centres: Sequence[tuple[float, float]], r: float) -> str:
    paths = " ".join(f"{circle(cx, cy, r)} S" for cx, cy in centres)
    return f"q /GSCut gs /CSCut CS 1 SCN {CUT_WIDTH} w {paths} Q"


def _add_page(
    out: pikepdf.Pdf,
    w: float,
    h: float,
    content: str,
    xobjects: dict[str, pikepdf.Object],
    separation: pikepdf.Object,
    overprint: pikepdf.Object,
) -> None:
    b = SHEET_BLEED_MM * PT_PER_MM
    px, py = sheet_pads()
    trim = pikepdf.Array([round(px, 4), round(py, 4), round(w + px, 4), round(h + py, 4)])
    bleed = pikepdf.Array(
        [round(px - b, 4), round(py - b, 4), round(w + px + b, 4), round(h + py + b, 4)]
    )
    media = pikepdf.Array([0, 0, round(w + 2 * px, 4), round(h + 2 * py, 4)])
    resources = pikepdf.Dictionary(
        ColorSpace=pikepdf.Dictionary(CSCut=separation),
        ExtGState=pikepdf.Dictionary(GSCut=overprint),
    )
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
    left; -1 a quarter clockwise, its head to the right: geometry.Cells.turned)."""

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
) -> bytes:
    """Sheets of rectangular pieces: `pages` gives, per sheet page, what each cell shows
    (None: left empty), in the order of `cells.cells`. A piece's own die line is left out
    (`without_die_line`).

    mode "sticker": print PDFs at full size, each clipped to its trim, kiss-cut on the trim
    with corners of `radius` mm (the material's `cut_radius`; None: STICKER_RADIUS_MM) in
    CutContour; the sheet has its own 3 mm of empty bleed, and its slug below it (as a gang
    sheet's: sheet_pads).

    mode "home": for an office printer: sRGB pieces (the built digital PDFs) scaled by
    `cells.scale`, each clipped to its trim, dashed grey cut lines around it; the page is the
    sheet (no bleed, no marks); finish_screen metadata.
    mode "press": print PDFs at full size, each clipped to its trim plus `bleed` mm, crop marks
    (0.25 pt, 5 mm long, `bleed` mm off the trim) at both ends of every cut line outside the
    sheet's bleed, registration targets and a colour bar, where the press stock lets the press
    print them (`marks`: sheets.edge.press_marks; None: on the smallest press stock that
    holds the sheet), and the page's slug (`slugs`, one per page: job
    information as outlines, render.marks.slug_outlines) with its baseline's start at
    `slug_at` (mm from the trim's bottom left corner: sheets.edge.press_slug_at; None: left
    out), in registration colour; TrimBox = the cells' bounding box; finish_print with
    `cond`."""
    from ..render.postprocess import finish_screen

    press = mode in ("press", "sticker")
    sticker = mode == "sticker"
    out = pikepdf.new()
    separation, overprint = _cut_resources(out) if sticker else (None, None)
    forms = Forms(out, bleed=press)
    # press: bleed, a crop mark and paper past it (geometry.press_margins); stickers: the
    # sheet's own empty bleed, and the slug's paper above and below it
    if sticker:
        padx, pady = sheet_pads()
    elif press:
        padx, pady = (v * PT_PER_MM for v in press_margins(bleed))
    else:
        padx = pady = 0.0
    sw, sh = (v * PT_PER_MM for v in cells.sheet)
    marks = (marks or press_marks(cells, bleed)) if press and not sticker else None
    for side_list in pages:
        xobjects: dict[str, pikepdf.Object] = {}
        ops: list[str] = []
        for i, (side, (x, y, w, h)) in enumerate(zip(side_list, cells.cells, strict=False)):
            if side is None:
                continue
            xobjects[f"/C{i}"], trim_pt = forms.get(side.pdf, side.page)
            s = cells.scale
            left, bottom = padx + x * PT_PER_MM, pady + sh - (y + h) * PT_PER_MM
            # its bleed on every side but one its neighbour abuts (shared cuts)
            gl, gb, gr, gt = (
                v * bleed * PT_PER_MM if press else 0.0 for v in outer_sides(cells, i)
            )
            clip = (
                f"{left - gl:.3f} {bottom - gb:.3f} {w * PT_PER_MM + gl + gr:.3f} "
                f"{h * PT_PER_MM + gb + gt:.3f} re W n"
            )
            ops.append(f"q {clip} {placed(side, trim_pt, left, bottom, s)} cm /C{i} Do Q")
            if not press:
                ops.append(
                    f"q 0.6 G 0.5 w [3 2] 0 d {left:.3f} {bottom:.3f} "
                    f"{w * PT_PER_MM:.3f} {h * PT_PER_MM:.3f} re S Q"
                )
        if sticker:
            used = len([x for x in side_list if x is not None])
            r = STICKER_RADIUS_MM if radius is None else radius
            ops.append(_contours(cells, (padx, pady), used, r))
            slug = slugs[len(out.pages)] if len(out.pages) < len(slugs) else None
            if slug is not None:  # below the sheet's bleed, as a gang sheet's
                at = f"{padx:.3f} {pady - SHEET_SLUG_BELOW_MM * PT_PER_MM:.3f}"
                ops.append(_placed_slug(out, slug, cond, at, xobjects))
        elif marks is not None:
            ops.append(_crop_marks(cells, (padx, pady), bleed, marks, registration(cond)))
            ops.append(_control_marks(cells, (padx, pady), marks, registration(cond)))
            n = len(out.pages)
            slug = slugs[n] if n < len(slugs) else None
            place = slug_at[n] if n < len(slug_at) else None
            if slug is not None and place is not None:  # from the trim's bottom left corner
                x, y = (padx + place[0] * PT_PER_MM, pady + place[1] * PT_PER_MM)
                ops.append(_placed_slug(out, slug, cond, f"{x:.3f} {y:.3f}", xobjects))
        box = [0, 0, round(sw + 2 * padx, 4), round(sh + 2 * pady, 4)]
        resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(xobjects))
        if sticker:
            resources.ColorSpace = pikepdf.Dictionary(CSCut=separation)
            resources.ExtGState = pikepdf.Dictionary(GSCut=overprint)
        page_dict = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=box,
            Resources=resources,
            Contents=out.make_stream(" ".join(ops).encode("ascii")),
        )
        if press:
            trim = (padx, pady, padx + sw, pady + sh)
            page_dict.TrimBox = [round(v, 4) for v in trim]
            # a sticker sheet's own empty bleed; a press sheet's, its pieces'
            b = (SHEET_BLEED_MM if sticker else bleed) * PT_PER_MM
            grown = (trim[0] - b, trim[1] - b, trim[2] + b, trim[3] + b)
            page_dict.BleedBox = [round(v, 4) for v in grown]
        out.pages.append(pikepdf.Page(page_dict))
    _actual_size(out)
    raw = saved(out)
    forms.close()
    if press:
        assert cond is not None, "press sheets carry the pieces' press condition"
        return finish_print(raw, cond, meta)
    return finish_screen(raw, meta)


STICKER_RADIUS_MM = 3.0  # the kiss-cut's rounded corners


def outer_sides(cells: Cells, i: int) -> tuple[int, int, int, int]:
    """Which sides of cell `i` (left, bottom, right, top, as the page draws them) have no
    neighbour abutting them at the trim (1) and which have (0: a shared cut, where the
    neighbour's art begins and neither piece's bleed is drawn)."""
    x, y, w, h = cells.cells[i]

    def near(a: float, b: float) -> bool:
        return abs(a - b) < 1e-6

    others = [c for n, c in enumerate(cells.cells) if n != i]
    left = any(near(ox + ow, x) and near(oy, y) for ox, oy, ow, _ in others)
    right = any(near(ox, x + w) and near(oy, y) for ox, oy, _, _ in others)
    above = any(near(oy + oh, y) and near(ox, x) for ox, oy, _, oh in others)
    below = any(near(oy, y + h) and near(ox, x) for ox, oy, _, _ in others)
    return int(not left), int(not below), int(not right), int(not above)


def registration(cond: OutputCondition | None) -> float:
    """The share of each plate for marks in registration colour on `cond`'s press (the
    pieces' marks: render.target.Target.registration)."""
    limit = MAX_INK.get(cond.key, 300.0) if cond is not None else 300.0
    return Target(max_ink=limit).registration[0]


def _placed_slug(
    out: pikepdf.Pdf,
    slug: FilledForm,
    cond: OutputCondition | None,
    at: str,
    xobjects: dict[str, pikepdf.Object],
) -> str:
    """A page's slug as the form XObject /Slug (added to `xobjects`) and the operators that
    draw it in registration colour with its baseline's start at `at` ("x y", pt, as written
    in the content stream)."""
    xobjects["/Slug"] = _slug_form(out, slug)
    share = registration(cond)
    return f"q {share:g} {share:g} {share:g} {share:g} k 1 0 0 1 {at} cm /Slug Do Q"


def _slug_form(out: pikepdf.Pdf, form: FilledForm) -> pikepdf.Object:
    """A filled form (paths in the current fill colour, no resources) as a form XObject."""
    return out.make_stream(
        zlib.compress(form.content),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=form.written_box,
        Filter=pikepdf.Name.FlateDecode,
    )


def _cut_resources(out: pikepdf.Pdf) -> tuple[pikepdf.Object, pikepdf.Object]:
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


def _contours(cells: Cells, pad: tuple[float, float], used: int, radius: float) -> str:
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


def _control_marks(cells: Cells, pad: tuple[float, float], marks: PressMarks, share: float) -> str:
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
    `pad`: the trim's distance from the media's left and bottom edges, pt."""
    sw, sh = (v * PT_PER_MM for v in cells.sheet)
    padx, pady = pad
    x0, y0, w0, h0 = (v * PT_PER_MM for v in cells.cells[0])
    xl, _, wl, _ = (v * PT_PER_MM for v in top_right(cells))
    _, yr, _, hr = (v * PT_PER_MM for v in right_top(cells))
    r = TARGET_RADIUS
    row, row_right = pady + sh - (y0 + h0 / 2), pady + sh - (yr + hr / 2)
    targets = []
    if marks.sides_on_top and marks.side_targets is not None:  # no room at the sides
        inset, up = SIDE_TARGET_IN_MM * PT_PER_MM, pady + sh + marks.side_targets * PT_PER_MM
        targets += [(padx + inset, up), (padx + sw - inset, up)]
    elif marks.side_targets is not None:  # its centre off the trim
        out = marks.side_targets * PT_PER_MM
        targets += [(padx - out, row), (padx + sw + out, row_right)]
    if marks.top_target is not None:
        targets.append((padx + xl + wl / 2, pady + sh + marks.top_target * PT_PER_MM))
    paths = [
        f"{circle(cx, cy, r)} {cx - 1.6 * r:.3f} {cy:.3f} m {cx + 1.6 * r:.3f} {cy:.3f} l "
        f"{cx:.3f} {cy - 1.6 * r:.3f} m {cx:.3f} {cy + 1.6 * r:.3f} l"
        for cx, cy in targets
    ]
    ops = []
    if paths:
        ops.append(
            f"q {share:g} {share:g} {share:g} {share:g} K {MARK_WIDTH} w {' '.join(paths)} S Q"
        )
    if marks.bar is not None:
        patches = [*COLOUR_BAR, (share, share, share, share)]
        size = bar_patch(cells) * PT_PER_MM
        x = padx + x0 + (w0 - size * len(patches)) / 2
        y = pady + sh + marks.bar * PT_PER_MM
        for c, m, yl, k in patches:
            ops.append(f"{c:g} {m:g} {yl:g} {k:g} k {x:.3f} {y:.3f} {size:.3f} {size:.3f} re f")
            x += size
    return "q " + " ".join(ops) + " Q" if ops else ""


def top_right(cells: Cells) -> tuple[float, float, float, float]:
    """The last cell of the first row: of those at the top of the sheet, the rightmost (a
    mixed sheet's last cell may be in a lower block, narrower)."""
    top = min(c[1] for c in cells.cells)
    return max((c for c in cells.cells if abs(c[1] - top) < 1e-6), key=lambda c: c[0])


def right_top(cells: Cells) -> tuple[float, float, float, float]:
    """The first cell of the last column: of those at the right of the sheet, the topmost."""
    right = max(c[0] + c[2] for c in cells.cells)
    return min((c for c in cells.cells if abs(c[0] + c[2] - right) < 1e-6), key=lambda c: c[1])


def _crop_marks(
    cells: Cells, pad: tuple[float, float], bleed: float, marks: PressMarks, share: float
) -> str:
    """Both ends of every cut line (a mixed sheet's: the ends with no piece between them and the
    sheet's edge, geometry.crop_lines), outside the sheet's bleed: a mark starting `bleed` mm off
    the sheet's edge, on the line's extension, 5 mm long or shorter where the press would not print
    its end (geometry.crop_mark_lengths), in registration colour (`share` of each plate, as the
    pieces' own marks: every plate is registered and cut by them; in black alone, the cyan, magenta
    and yellow plates had nothing to register against). `pad`: the trim's distance from the media's
    left and bottom edges, pt."""
    sw, sh = (v * PT_PER_MM for v in cells.sheet)
    padx, pady = pad
    off = bleed * PT_PER_MM
    side, length = (v * PT_PER_MM for v in marks.crop)
    at_top, at_bottom, at_left, at_right = crop_lines(cells)
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
    return f"q {share:g} {share:g} {share:g} {share:g} K 0.25 w {' '.join(paths)} S Q"


__all__ = ["Piece", "Side", "circle", "impose", "impose_cells", "outer_sides", "placed"]
