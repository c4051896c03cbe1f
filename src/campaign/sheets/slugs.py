"""A sheet's slugs: job information as outlines for the press operator and whoever cuts, one per
sheet page (a gang or sticker sheet's below its bleed, `sheet_slugs`; a press sheet's
between the first column's bottom crop marks, `press_slugs`), and where each is
printed on the paper, or left out with a warning (sheets.edge, sheets.warn)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence

from ..diagnostics import Diagnostic
from ..model import Kit
from ..output import OutputFile
from ..render.forms import FilledForm
from ..render.metadata import OutputCondition
from .cells import Cells
from .cuts import PT_PER_MM
from .edge import (
    Box,
    PressMarks,
    inside,
    press_slug_at,
    sheet_stock,
    smaller_paper,
    stock_box,
    union,
)
from .paper import paper_name
from .request import SheetRequest
from .warn import (
    slug_warning,
)

Place = tuple[float, float] | None  # where a press sheet's slug starts (edge.press_slug_at)


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
                *draft_field(kit, files),
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


def press_slugs(
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
    `width` mm wide (its first column less its clearance from the marks: edge.slug_column;
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
            *draft_field(kit, [f]),
            f"trim {sw:g} x {sh:g} mm",
            f"bleed {bleed:g} mm",
            *stock,
            cond.identifier,
            f"{kit.campaign.name} {kit.campaign.year}",
        )
        for f in chosen
    ]
    return slug_forms(kit, width, rows)


def draft_field(kit: Kit, files: Iterable[OutputFile]) -> tuple[str, ...]:
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


def printed_slugs(
    req: SheetRequest, kind: str, trim: tuple[float, float], slugs: list[FilledForm | None]
) -> tuple[list[FilledForm | None], Diagnostic | None]:
    """A gang or sticker sheet's slugs (`kind`; `trim`: the sheet as placed, mm) on the
    paper it is printed on (sheets.edge.sheet_stock), those that would end within
    PRESS_EDGE_MM of its edge, or off it, left out (None) with a `sheet.slug` warning: on
    paper of its own size (SRA3, 13 x 19 in) the slug was below the bleed, off the paper,
    without a word."""
    from .impose import SHEET_BLEED_MM, SHEET_SLUG_BELOW_MM, SHEET_SLUG_MM

    boxes = [slug_box(s, 0, -SHEET_SLUG_BELOW_MM) for s in slugs if s is not None]
    if not boxes:
        return slugs, None
    reach = union(boxes)
    media = (trim[0] + 2 * SHEET_BLEED_MM, trim[1] + 2 * (SHEET_BLEED_MM + SHEET_SLUG_MM))
    stock = sheet_stock(req.paper, trim, media, reach)
    paper = stock_box(trim, media, stock)
    kept = [
        s if s is not None and inside(slug_box(s, 0, -SHEET_SLUG_BELOW_MM), paper) else None
        for s in slugs
    ]
    if kept == slugs:
        return slugs, None
    smaller = smaller_paper(stock, reach)
    return kept, slug_warning(req.material, kind, req.paper, stock, smaller)


__all__ = [
    "Place",
    "draft_field",
    "placed_files",
    "press_slugs",
    "printed_slugs",
    "sheet_slugs",
    "slug_box",
    "slug_forms",
    "slug_missing",
    "slug_place",
]
