"""A sheet's slugs: job information as outlines for the press operator and whoever cuts, one per
sheet page (a gang or sticker sheet's below its bleed, `sheet_slugs`; a press sheet's
between the first column's bottom crop marks, `press_slugs`), set on more lines or smaller
where one line does not hold every field (`set_slug`), and where each is printed on the
paper, or left out with a warning (sheets.edge, sheets.warn)."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..diagnostics import Diagnostic
from ..fonts import FontBook, FontFace
from ..model import Kit
from ..output import OutputFile
from ..press_stock import PRESS_EDGE_MM
from ..render.forms import FilledForm
from ..render.marks import SLUG_SAMPLE, SLUG_SIZE
from ..render.metadata import OutputCondition
from ..text.paragraph import Run
from .cells import Cells
from .circles import Grid
from .cuts import HOME_CUT_CASING_PT, PT_PER_MM
from .edge import (
    TARGET_REACH_MM,
    Box,
    PressMarks,
    inside,
    press_slug_at,
    sheet_stock,
    slug_column,
    smaller_paper,
    stock_box,
    union,
)
from .gang_marks import MARK_ART_CLEAR_MM, Art, Band, bands, line_fits
from .paper import paper_name
from .request import SheetRequest
from .warn import (
    slug_warning,
)

Place = tuple[float, float] | None  # where a press sheet's slug starts (edge.press_slug_at)
# a sheet's slugs, one per page (None: none), and the fields they leave out (set_slug)
Slugs = tuple[list[FilledForm | None], tuple[str, ...]]
# how far a gang or sticker sheet's slug may reach above its baseline, mm: from
# sheets.impose.slug_below the trim up to 1 mm below the bleed (one line at
# render.marks.SLUG_SIZE, as the MediaBox has room for it; a smaller one when it is long)
SHEET_SLUG_ROOM_MM = SLUG_SIZE / PT_PER_MM


def slug_missing(slugs: Sequence[FilledForm | None], at: Sequence[Place]) -> bool:
    """Whether a slug has no place (left out)."""
    return any(p is None for p, slug in zip(at, slugs, strict=True) if slug is not None)


def sheet_slugs(
    kit: Kit,
    req: SheetRequest,
    placed: list[OutputFile],
    per: int,
    width: float,
    packing: str,
    cut: str,
    cond: OutputCondition,
    fits: Callable[[FilledForm], bool] | None = None,
) -> Slugs:
    """Each gang or sticker sheet's slug (one per sheet of `per` pieces; `placed`: their
    files, each time placed), for the press operator and whoever cuts: SAMPLE DATA first
    when a file on it is sample data (sample_field), the material and
    which sheet of how many, a DRAFT mark for the draft translations on it (as each piece's
    own slug has, which the sheet cuts away), the paper and how full it is (`packing`: the
    round pieces' packing, " (hex packing)"), the press stock named (--stock: "on 13 x 19 in
    stock"), that it is printed at actual size (ACTUAL_SIZE:
    the die cuts where its pieces are only at 100 %), the cut (`cut`: "cut circle 70 mm", "kiss-cut
    in CutContour"), the press condition, the campaign, then the files placed with their
    copies (the longest field, last: set_slug sets one line in the sheet's `width`, mm,
    smaller when it is long, and leaves out fields from the end only below SLUG_FLOOR_PT;
    and the fields left out). It is printed below the sheet's bleed, on paper the sheet's
    MediaBox has for it (sheets.impose.SHEET_SLUG_MM), as a piece's own slug is: it was in
    the bleed, where the MediaBox ended; on a sheet that is a press stock of its own size,
    in a band of its margin (`fits`: that band's room; gang_slugs). A rectangular sticker
    sheet had none, so no DRAFT mark for its draft translations (a review)."""
    from collections import Counter

    kind = "sticker" if req.sticker else "gang"
    total = -(-len(placed) // per)
    # the press stock named (--stock), as a press sheet's slug names it
    on_stock = (f"on {paper_name(req.stock)} stock",) if req.stock else ()
    rows = []
    for n in range(total):
        files = placed[n * per : (n + 1) * per]
        rows.append(  # the files last: set_slug leaves out fields from the end
            (
                *sample_field(kit, files),
                f"{req.material} {kind} sheet {n + 1} of {total}",
                *draft_field(kit, files),
                f"{paper_name(req.paper)}, {len(files)} of {per}{packing}",
                *on_stock,
                ACTUAL_SIZE,
                cut,
                cond.identifier,
                f"{kit.campaign.name} {kit.campaign.year}",
                placed_files(Counter(f.name for f in files)),
            )
        )
    return slug_forms(kit, width, fits or below_sheet, rows)


# what a sheet of die-cut pieces asks of whoever prints it, in its slug: only at full size
# does the die cut where its pieces are (a print dialog's "fit to page" shrank them by 3 %)
ACTUAL_SIZE = "print at 100 %, actual size"


def gang_slugs(
    kit: Kit,
    req: SheetRequest,
    placed: list[OutputFile],
    pieces: Grid | Art,
    per: int,
    cut: str,
    cond: OutputCondition,
) -> tuple[list[FilledForm | None], tuple[str, ...], Band | None]:
    """The slugs of a gang or sticker sheet printed on a press stock of its own size
    (gang_marks.own_stock: no paper past it), `per` pieces to a sheet (`pieces`: a gang
    sheet's Grid, whose packing they name, or a sticker sheet's Art): set for the first band
    of its margin (gang_marks.bands: below the art, else up its left side, PRESS_EDGE_MM
    inside the paper's edge, clear of its corner targets: SLUG_ENDS_MM) that holds each of
    them; the fields they leave out, and the band (None: no band holds them, and there are
    no slugs)."""
    packing = f" ({pieces.packing} packing)" if isinstance(pieces, Grid) else ""
    for band in bands(pieces, PRESS_EDGE_MM, SLUG_ENDS_MM):

        def fits(form: FilledForm, band: Band = band) -> bool:
            return line_fits(band, slug_box(form, 0, 0))

        slugs, short = sheet_slugs(kit, req, placed, per, band.length, packing, cut, cond, fits)
        if all(s is not None and fits(s) for s in slugs):
            return slugs, short, band
    return [None] * -(-len(placed) // per), (), None


# a gang or sticker sheet's slug in its margin ends this far short of the sheet's corners,
# mm: clear of the corner targets (gang_marks.target_centres), 4 mm inside the edge
SLUG_ENDS_MM = PRESS_EDGE_MM + 2 * TARGET_REACH_MM + MARK_ART_CLEAR_MM


def margin_for_slug(
    base: float, room_at: Callable[[float], tuple[int, Art, Callable[[], bool]]]
) -> tuple[float, int] | None:
    """The --margin, in 0.5 mm steps past `base` up to 30 mm, at which a sheet on a press stock
    of its own size has room for its slug in its margin, and the count to a sheet then:
    `room_at(margin)` gives the count, the art and whether its slugs fit (asked only where a
    band of the art's margin is deep enough for a line at SLUG_FLOOR_PT); None when none
    has."""
    depth = SLUG_FLOOR_PT * 1.25 / PT_PER_MM  # a line's ascent and descent at the floor
    for halves in range(int(base * 2) + 1, 61):
        count, art, fits = room_at(halves / 2)
        deep = any(b.depth >= depth for b in bands(art, PRESS_EDGE_MM, SLUG_ENDS_MM))
        if count and deep and fits():
            return halves / 2, count
    return None


def home_lines(
    kit: Kit, req: SheetRequest, placed: Sequence[OutputFile], grid: Grid
) -> tuple[list[FilledForm | None], Band | None]:
    """A home sheet of badges' line on each sheet, for whoever prints and cuts it: the
    material and which sheet of how many, the languages on it, and a DRAFT mark naming the
    draft translations among them (as the build's slugs and notes mark them: draft_field),
    after SAMPLE DATA when a file on it is sample data (sample_field, as a gang sheet's),
    set for the first band of its margin inside the office printer's margin
    (gang_marks.bands: below the art, else up its left side; never over a badge) that holds
    every sheet's; none (and no band) when none holds them. `placed`: the files, each time
    placed, `grid.count` to a sheet."""
    per = grid.count
    total = -(-len(placed) // per)
    rows = []
    for n in range(total):
        files = placed[n * per : (n + 1) * per]
        codes = list(dict.fromkeys(f.language for f in files))
        rows.append(
            (
                *sample_field(kit, files),
                f"{req.material} home sheet {n + 1} of {total}",
                " ".join(codes),
                *draft_field(kit, files),
                f"{kit.campaign.name} {kit.campaign.year}",
            )
        )
    lines, band, _ = _home_line_forms(kit, req, rows, grid)  # whole: none left out
    return lines, band


# the depth a home sheet of flyers keeps free below its pieces for its line, mm (the project's
# choice): the white casing of its cut lines past the trim (cuts.HOME_CUT_CASING_PT), the
# line's clearance from the art (gang_marks.MARK_ART_CLEAR_MM), and a line at SLUG_SIZE, its
# ascent and descent 1.25 times its size (as margin_for_slug measures a line)
HOME_LINE_MM = HOME_CUT_CASING_PT / 2 / PT_PER_MM + MARK_ART_CLEAR_MM + SLUG_SIZE * 1.25 / PT_PER_MM


def flyer_home_lines(
    kit: Kit,
    req: SheetRequest,
    sheets: Sequence[Sequence[OutputFile]],
    cells: Cells,
    how: str,
    two_sided: bool,
) -> tuple[list[FilledForm | None], Band | None, tuple[str, ...]]:
    """A home sheet of flyers' line on each sheet (`sheets`: the files on each, in order), as a
    home sheet of badges has one (home_lines): SAMPLE DATA when a file on it is sample data,
    the material and which sheet of how many, the merged events on it (their ids: a sheet of
    several events says which), its languages, DRAFT and the draft translations among them,
    `how` it is imposed ("2-up at 93.4 %"), how to print it (ACTUAL_SIZE: its pieces are
    scaled to the paper already, and "fit to page" would shrink them again; `two_sided`, on
    both sides, flipped on the edge the sheet's turn asks), the campaign. In
    black (the sheet is sRGB, not a press's: no registration colour), in the band below the
    pieces (home_cells keeps HOME_LINE_MM free there), their cut lines' casing
    MARK_ART_CLEAR_MM clear of it, inside the office printer's margin; set smaller, or its
    last fields left out, where it is long (set_slug), and those fields (third; each once);
    none (and no band) when not even its first fields fit."""
    total = len(sheets)
    landscape = cells.sheet[0] > cells.sheet[1]
    flip = "double-sided, flipped on the " + ("short edge" if landscape else "long edge")
    printed = (ACTUAL_SIZE, *([flip] if two_sided else []))
    rows = []
    for n, files in enumerate(sheets):
        events = list(dict.fromkeys(f.record for f in files if f.record))
        rows.append(
            (
                *sample_field(kit, files),
                f"{req.material} home sheet {n + 1} of {total}",
                *([" ".join(events)] if events else []),
                " ".join(dict.fromkeys(f.language for f in files)),
                *draft_field(kit, files),
                how,
                ", ".join(printed),
                f"{kit.campaign.name} {kit.campaign.year}",
            )
        )
    reach = HOME_CUT_CASING_PT / 2 / PT_PER_MM  # the cut lines' casing, past each trim
    art = Art(
        cells.sheet,
        rects=tuple(
            (x - reach, y - reach, x + w + reach, y + h + reach) for x, y, w, h in cells.cells
        ),
    )
    return _home_line_forms(kit, req, rows, art, whole=False)


def _home_line_forms(
    kit: Kit,
    req: SheetRequest,
    rows: Sequence[tuple[str, ...]],
    art: Grid | Art,
    whole: bool = True,
) -> tuple[list[FilledForm | None], Band | None, tuple[str, ...]]:
    """A home sheet's lines (a row of fields each: set_slug), set for the first band of its
    margin (gang_marks.bands, inside the office printer's: --margin, else MARGIN_MM) that
    holds every one, with every field (`whole`), or with its first fields at least; none (and
    no band) when no band does. Third: the fields the lines leave out (each once, in order;
    none when `whole`)."""
    from ..fonts import load_fontbook
    from .circles import MARGIN_MM

    fonts = load_fontbook(kit.fonts_dir)
    edge = MARGIN_MM if req.margin is None else req.margin
    for band in bands(art, edge, edge):

        def fits(form: FilledForm, band: Band = band) -> bool:
            return line_fits(band, slug_box(form, 0, 0))

        done = [set_slug(fields, band.length * PT_PER_MM, fits, fonts) for fields in rows]
        if all(d.form is not None and not (whole and d.left_out) and fits(d.form) for d in done):
            left_out = tuple(dict.fromkeys(f for d in done for f in d.left_out))
            return [d.form for d in done], band, left_out
    return [None] * len(rows), None, ()


def placed_files(copies: Mapping[str, int]) -> str:
    """The files on a sheet with their copies, as short as it reads: the files placed as many
    times each, as one name for one material's files in several languages (`badge-58-[en ar
    zh].pdf x3`: their common start up to a `-`, their common end from a `-` or `.`), in the
    order of each count's first file; a file alone in its count, or files with no such
    common start and end, each with its own (`badge-58-en.pdf x5, badge-58-ar.pdf x4`).
    Nine languages listed one by one did not fit an A4 sheet's slug, which left them out;
    nor did a Letter sheet's 2 copies of each, the last language split across two sheets
    (`badge-58-am.pdf x2, ..., badge-58-es.pdf x1`), whose list is now `badge-58-[am ar bn
    en].pdf x2, badge-58-es.pdf x1`."""
    groups: dict[int, list[str]] = {}
    for name, count in copies.items():
        groups.setdefault(count, []).append(name)
    return ", ".join(_one_name(names, count) for count, names in groups.items())


def _one_name(names: Sequence[str], count: int) -> str:
    """Files placed `count` times each, as one name (placed_files) where they have a common
    start and end around each one's own part; else each with its count."""
    if len(names) > 1:
        head = os.path.commonprefix(list(names))
        head = head[: head.rfind("-") + 1]
        tail = os.path.commonprefix([n[::-1] for n in names])[::-1]
        cut = min((i for i in (tail.find("-"), tail.find(".")) if i >= 0), default=len(tail))
        tail = tail[cut:]
        middles = [n[len(head) : len(n) - len(tail)] for n in names]
        if head and all(middles):
            return f"{head}[{' '.join(middles)}]{tail} x{count}"
    return ", ".join(f"{name} x{count}" for name in names)


def press_slugs(
    kit: Kit,
    req: SheetRequest,
    chosen: list[OutputFile],
    cells: Cells,
    how: str,
    cond: OutputCondition,
    bleed: float,
    marks: PressMarks,
) -> Slugs:
    """Each press sheet page's slug (one page per chosen file): SAMPLE DATA first when the
    file is sample data (sample_field), the material and imposition,
    the file placed, the sheet's trim, bleed and press condition, the campaign; as outlines
    as wide as the first column less its clearance from the marks (edge.slug_column), where
    `marks` leave it room (edge.press_slug_at): on one line, else on two, else smaller
    (set_slug), as the pieces' own slugs are, which the sheet clips away with their marks;
    and the fields left out. The press stock when one was given (--stock): its marks are
    placed for it."""
    sw, sh = cells.sheet
    stock = (f"for {paper_name(req.stock)} stock",) if req.stock else ()
    rows = [
        (
            *sample_field(kit, [f]),
            f"{req.material} press sheet",
            how,
            f.path.rsplit("/", 1)[-1],
            *draft_field(kit, [f]),
            f"trim {sw:g} x {sh:g} mm",
            f"bleed {bleed:g} mm",
            *stock,
            cond.identifier,
            f"{kit.campaign.name} {kit.campaign.year}",
        )
        for f in chosen
    ]

    def fits(form: FilledForm) -> bool:  # between the first column's marks, off the bleed
        return press_slug_at(cells, bleed, marks, slug_box(form, 0, 0)) is not None

    return slug_forms(kit, slug_column(cells), fits, rows)


# a sheet slug's first field when a file it places is sample data (sample_field), as each
# piece's own slug says it
SAMPLE_FIELD = SLUG_SAMPLE


def sample_field(kit: Kit, files: Iterable[OutputFile]) -> tuple[str, ...]:
    """A gang, sticker or press sheet slug's SAMPLE_FIELD when any of the files on it is
    sample data (serve.described.sample_of: its office's or campaign.yaml's `sample: true`,
    a merged row's `sample` cell), else none. It goes first: set_slug leaves fields out from
    the end and always keeps the first, so a narrow sheet's slug keeps it too. `sheet`'s
    summary and the job sheet said so, and the printed sheet did not: a print shop holding
    it could not tell."""
    from ..serve.described import sample_of

    return (SAMPLE_FIELD,) if any(sample_of(kit, f) for f in files) else ()


def draft_field(kit: Kit, files: Iterable[OutputFile]) -> tuple[str, ...]:
    """A sheet slug's DRAFT field for the files on it that print a draft translation
    (serve.described.drafts_of: a badge with no words prints none, whatever its language)
    ("DRAFT" for one language, "DRAFT am fr", their languages, for several), as each
    piece's own slug marks it (pipeline.renditions.print_pdf); none when none does."""
    files = list(files)
    codes = list(dict.fromkeys(f.language for f in files))
    drafts = drafted_languages(kit, files)
    if not drafts:
        return ()
    return ("DRAFT",) if len(codes) == 1 else (f"DRAFT {' '.join(drafts)}",)


def drafted_languages(kit: Kit, files: Sequence[OutputFile]) -> list[str]:
    """The languages of `files` (in their order) of which a file prints a draft translation
    (serve.described.drafts_of), as a sheet's slug and line name them."""
    from ..serve.described import drafts_of

    drafted = {f.language for f in files if drafts_of(kit, f)}
    return [c for c in dict.fromkeys(f.language for f in files) if c in drafted]


# A sheet's slug, when one line at render.marks.SLUG_SIZE does not hold every field in its
# room: wrapped onto more lines (as many as the room's height takes), then set smaller, in
# SLUG_STEP_PT steps, down to SLUG_FLOOR_PT; only below that are fields left out (from the
# end). The floor: the slug face's x-height at 4.8 pt is 0.91 mm in Noto Sans (0.536 em), above
# the 0.9 mm the EU food-labelling regulation (EU) No 1169/2011, Art. 13(3), asks of mandatory
# small print on packs under 80 cm² (docs/errors.md, `layout.too-small`), and the size a
# piece's own wrapped slug is set at (render.marks.draw_slug: 0.8 x 6 pt). A 2-up A5 press
# sheet's slug (a first column of 148 mm) left out the campaign; on two lines it keeps it.
SLUG_FLOOR_PT = 4.8
SLUG_STEP_PT = 0.4
SLUG_LEADING = 1.2  # line spacing, times the size (as render.marks.draw_slug)


@dataclass(frozen=True)
class SetSlug:
    """A slug as set: its outlines (None: no outline), its size (pt) and lines, and the
    fields left out (none but below SLUG_FLOOR_PT)."""

    form: FilledForm | None
    size: float
    lines: tuple[tuple[str, ...], ...]
    left_out: tuple[str, ...] = ()


def set_slug(
    fields: Sequence[str], width: float, fits: Callable[[FilledForm], bool], fonts: FontBook
) -> SetSlug:
    """A slug's `fields` (as the slug's face sets them: render.marks.slug_text) as outlines
    at most `width` pt wide that `fits` its room (its origin: its last line's baseline's
    start; the lines above it, SLUG_LEADING apart): on one line at SLUG_SIZE, else on as
    few lines as hold them (a line broken between fields), at the largest size down to
    SLUG_FLOOR_PT whose lines fit; at the floor, the fields that do not fit are left out from
    the end (the first always stays; after a first SAMPLE_FIELD, the next one too: a sample
    sheet's slug kept SAMPLE DATA alone on a 30 mm line, without the sheet's name)."""
    from ..render.marks import slug_text

    face = fonts.slug_face()
    texts = [slug_text(f, face) for f in fields]
    keep = 2 if tuple(fields[:1]) == (SAMPLE_FIELD,) and len(fields) > 1 else 1
    size = SLUG_SIZE
    while size >= SLUG_FLOOR_PT - 1e-9:
        found = _set(texts, width, size, face, fits)
        if found is not None:
            return found
        size = round(size - SLUG_STEP_PT, 3)
    size = SLUG_FLOOR_PT
    for kept in range(len(texts) - 1, keep - 1, -1):  # at the floor: left out from the end
        found = _set(texts[:kept], width, size, face, fits)
        if found is not None:
            return SetSlug(found.form, size, found.lines, tuple(texts[kept:]))
    lines = _wrap(texts[:keep], width, size, face)  # the first alone, which may still not fit
    return SetSlug(_lines_form(lines, size, face), size, tuple(lines), tuple(texts[keep:]))


def _set(
    texts: Sequence[str],
    width: float,
    size: float,
    face: FontFace,
    fits: Callable[[FilledForm], bool],
) -> SetSlug | None:
    """`texts` on as few lines `width` pt wide as hold them at `size`, when they fit (every
    line as wide as `width` at most, the outlines where `fits` says); else None."""
    from ..render.marks import SLUG_SEPARATOR

    lines = _wrap(texts, width, size, face)
    if any(_width(SLUG_SEPARATOR.join(line), size, face) > width + 1e-6 for line in lines):
        return None
    form = _lines_form(lines, size, face)
    return SetSlug(form, size, tuple(lines)) if form is None or fits(form) else None


def _width(text: str, size: float, face: FontFace) -> float:
    """How wide a text's outlines are set in `face` at `size`, pt: its ink, from its
    leftmost to its rightmost point (as edge.press_slug_at measures the slug), else its
    advance (no outline: spaces)."""
    from ..render.outlines import outline_content

    runs, advance = _setting(text, size, face)
    form = outline_content(runs, size)
    return advance if form is None else form.box[2] - form.box[0]


def _setting(text: str, size: float, face: FontFace) -> tuple[list[Run], float]:
    from ..text.paragraph import build_line, prepare

    return build_line(prepare(text, "en", False, [face]), 0, len(text), size)


def _wrap(
    fields: Sequence[str], width: float, size: float, face: FontFace
) -> list[tuple[str, ...]]:
    """The fields line by line: a field joins the line while the line fits `width` pt; a
    field wider than a line is a line of its own."""
    from ..render.marks import SLUG_SEPARATOR

    lines: list[tuple[str, ...]] = []
    for f in fields:
        if lines and _width(SLUG_SEPARATOR.join((*lines[-1], f)), size, face) <= width:
            lines[-1] = (*lines[-1], f)
        else:
            lines.append((f,))
    return lines


def _lines_form(lines: Sequence[tuple[str, ...]], size: float, face: FontFace) -> FilledForm | None:
    """The lines' outlines (render.outlines.outline_content), each SLUG_LEADING x `size`
    below the one before, the origin at the last one's baseline; the whole slug's `text` as
    its /ActualText (ISO 32000-1, 14.9.4: a replacement for content that is not text), so
    that a reader, a search or a test reads the fields the outlines draw."""
    from ..render.marks import SLUG_SEPARATOR
    from ..render.outlines import outline_content

    parts: list[bytes] = []
    box = [math.inf, math.inf, -math.inf, -math.inf]
    for n, line in enumerate(lines):
        form = outline_content(_setting(SLUG_SEPARATOR.join(line), size, face)[0], size)
        if form is None:
            continue
        dy = (len(lines) - 1 - n) * SLUG_LEADING * size
        parts.append(b"q 1 0 0 1 0 %.3f cm\n%s\nQ" % (dy, form.content) if dy else form.content)
        left, bottom, right, top = form.box
        box = [
            min(box[0], left),
            min(box[1], bottom + dy),
            max(box[2], right),
            max(box[3], top + dy),
        ]
    if not parts:
        return None
    text = SLUG_SEPARATOR.join(f for line in lines for f in line)
    actual = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    content = b"/Span <</ActualText <%s>>> BDC\n%s\nEMC" % (actual.encode(), b"\n".join(parts))
    return FilledForm(content, (box[0], box[1], box[2], box[3]))


def slug_forms(
    kit: Kit, width_mm: float, fits: Callable[[FilledForm], bool], rows: Iterable[tuple[str, ...]]
) -> Slugs:
    """A slug per row of fields (one per sheet page), set `width_mm` wide where `fits` says it
    has room (set_slug), and the fields any of them leaves out (each once, in order)."""
    from ..fonts import load_fontbook

    fonts = load_fontbook(kit.fonts_dir)
    done = [set_slug(fields, width_mm * PT_PER_MM, fits, fonts) for fields in rows]
    left_out = tuple(dict.fromkeys(f for d in done for f in d.left_out))
    return [d.form for d in done], left_out


def below_sheet(form: FilledForm) -> bool:
    """Whether a gang or sticker sheet's slug (`form`, pt) stays in the room its MediaBox has
    for it (SHEET_SLUG_ROOM_MM above its baseline: one line)."""
    return form.box[3] <= SHEET_SLUG_ROOM_MM * PT_PER_MM + 1e-6


def slug_box(slug: FilledForm, x: float, y: float) -> Box:
    """A slug's outlines box (mm) with its baseline's start at (x, y), mm."""
    left, bottom, right, top = (v / PT_PER_MM for v in slug.box)
    return x + left, y + bottom, x + right, y + top


def slug_place(
    cells: Cells, bleed: float, marks: PressMarks, slug: FilledForm | None
) -> tuple[float, float] | None:
    """Where a press sheet's slug starts (edge.press_slug_at), None when it has none."""
    if slug is None:
        return None
    return press_slug_at(cells, bleed, marks, slug_box(slug, 0, 0))


def check_stock(req: SheetRequest, kind: str) -> None:
    """Raises `sheet.fit` when the --stock a gang or sticker sheet (`kind`) is to be printed
    on (`req.stock`) does not hold its page: `req.paper` with its bleed and slug past it
    (sheets.impose.sheet_pads; Letter: 222.25 x 295.75 mm), either way round, naming the
    smallest press stocks that do (paper.least of NAMED_STOCK). A press's own sheet as
    --paper takes no --stock (request.refuse_unused)."""
    from ..diagnostics import failure
    from .impose import SHEET_SLUG_MM, sheet_bleed
    from .paper import NAMED_STOCK, SHEETS, article, holds, not_held, size_text

    if req.stock is None or req.paper in NAMED_STOCK:
        return
    w, h = SHEETS[req.paper]
    bleed = sheet_bleed((w, h))
    media = (w + 2 * bleed, h + 2 * (bleed + SHEET_SLUG_MM))
    if holds(req.stock, media):
        return
    said, fits = not_held(req.stock, media)
    name = paper_name(req.paper)
    raise failure(
        "sheet.fit",
        f"{article(name)} {name} {kind} sheet of '{req.material}' is {size_text(media)} mm with "
        f"its bleed and slug: {said}",
        None,
        (f"use {fits}, or " if fits else "") + "leave --stock out, or choose a smaller --paper",
    )


def printed_slugs(
    req: SheetRequest, kind: str, trim: tuple[float, float], slugs: list[FilledForm | None]
) -> tuple[list[FilledForm | None], Diagnostic | None, str]:
    """A gang or sticker sheet's slugs (`kind`; `trim`: the sheet as placed, mm) on the
    paper it is printed on (sheets.edge.sheet_stock: --stock, else the one default_stock
    chooses; returned too), those that
    would end within PRESS_EDGE_MM of its edge, or off it, left out (None) with a
    `sheet.slug` warning: on paper of its own size (SRA3, 13 x 19 in) the slug was below the
    bleed, off the paper, without a word."""
    from .impose import SHEET_SLUG_MM, sheet_bleed, slug_below

    bleed, below = sheet_bleed(trim), slug_below(trim)
    media = (trim[0] + 2 * bleed, trim[1] + 2 * (bleed + SHEET_SLUG_MM))
    boxes = [slug_box(s, 0, -below) for s in slugs if s is not None]
    if not boxes:
        return slugs, None, sheet_stock(req.paper, trim, media, None, req.stock)
    reach = union(boxes)
    stock = sheet_stock(req.paper, trim, media, reach, req.stock)
    paper = stock_box(trim, media, stock)
    kept = [s if s is not None and inside(slug_box(s, 0, -below), paper) else None for s in slugs]
    if kept == slugs:
        return slugs, None, stock
    smaller = smaller_paper(stock, reach)
    return kept, slug_warning(req.material, kind, req.paper, stock, smaller), stock


__all__ = [
    "ACTUAL_SIZE",
    "check_stock",
    "SHEET_SLUG_ROOM_MM",
    "SLUG_FLOOR_PT",
    "SAMPLE_FIELD",
    "Place",
    "SetSlug",
    "Slugs",
    "draft_field",
    "SLUG_ENDS_MM",
    "gang_slugs",
    "margin_for_slug",
    "HOME_LINE_MM",
    "flyer_home_lines",
    "home_lines",
    "placed_files",
    "sample_field",
    "press_slugs",
    "printed_slugs",
    "sheet_slugs",
    "slug_box",
    "slug_forms",
    "slug_missing",
    "slug_place",
    "set_slug",
]
