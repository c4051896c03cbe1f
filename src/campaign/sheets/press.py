"""Press sheets of rectangular pieces: `--up N` or `--up auto` of one file a page, at full size
with their bleed, upright, turned or mixed (sheets.cells, sheets.mixed), on the press stock
that holds them, with marks and slug where that stock lets the press print them (sheets.edge);
two-sided work-and-turn (`press_sides`), and `--shared-cuts` judged (sheets.shared)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from ..diagnostics import DiagnosticsError, fail_if_strict, failure
from ..model import Kit
from ..output import OutputFile
from ..press_stock import PRESS_STOCK
from ..render.metadata import OutputCondition
from .cell_impose import impose_cells
from .cells import Cells, arrangements
from .edge import (
    PressMarks,
    left_out,
    press_marks,
    roomy_stock,
)
from .files import cells_meta, condition
from .folds import NO_LINES, Lines, file_folds, merged, placed_folds, unmarked
from .impose import Side
from .paper import greatest, holds, least, not_held, paper_name, press_media, size_text, stock_for
from .press_fit import best_stock, most_up, press_cells
from .request import AUTO, AUTO_STOCK, DEFAULT_UP, ROOMIER_UP, Imposed, SheetRequest, found
from .sheet_marks import bar_left_out
from .slugs import Place, Slugs, press_slugs, slug_missing, slug_place
from .warn import (
    bar_warning,
    marks_warning,
    press_slug_warning,
    slug_fields_warning,
    up_note,
)


def press_sheet(
    kit: Kit,
    req: SheetRequest,
    chosen: list[OutputFile],
    data: Mapping[str, bytes],
    bleed: float,
    two_sided: bool,
    auto: Cells | None,
) -> Imposed:
    """A press sheet of one file a page: `auto` (`--up auto`'s sheet, press_up) or `req.up`
    in rows and columns, upright, turned or mixed (press_fit.press_cells), on the press stock
    that holds it (sheet.fit when none does, or not `--stock`), its marks where that stock
    lets the press print them, its slug between the first column's bottom crop marks, with
    sheet.marks and sheet.slug for what is left out; two-sided, work-and-turn (press_sides);
    with `--shared-cuts`, refused where a shared cut would show a neighbour (check_shared)."""
    trim = chosen[0].trim_mm
    cells = auto or press_cells(
        trim, req.up, bleed, req.stock, even=two_sided, shared=req.shared, paper=req.made_on
    )
    media = press_media(cells.sheet, bleed)
    if stock_for(media) is None:
        held_by_none(req, trim, bleed, media, two_sided)
    stock = press_stock(req, media, trim)
    pages = [press_sides(data[f.path], cells, two_sided) for f in chosen]
    cells, folds = folded(kit, chosen, cells, pages)
    marks = press_marks(cells, bleed, stock)
    if req.shared:
        check_shared(req, pages, cells, bleed, chosen, data)
    how = _how(req, cells, two_sided)
    meta = cells_meta(kit, req, chosen, how)
    cond = condition(kit, chosen)
    (slugs, short), at, lost, roomy = _placed_slugs(
        kit, req, chosen, cells, how, cond, bleed, marks, media
    )
    roomier = (
        _roomier(kit, req, chosen, cond, (bleed, two_sided, auto is not None))
        if short and not lost
        else None
    )
    warnings = found(
        None
        if auto
        else up_note(
            req.material, req.up, trim, stock, fills_stock(req, trim, bleed, two_sided, stock)
        ),
        marks_warning(
            req.material, media, req.up, left_out(marks), roomy_stock(cells, bleed), stock
        ),
        bar_warning(req.material, media, req.up, bar_left_out(cells, marks)),
        press_slug_warning(req.material, media, req.up, stock, roomy) if lost else None,
        None if lost else slug_fields_warning(req.material, "press", short, roomier),
    )
    fail_if_strict(warnings, req.strict)
    pdf = impose_cells(
        pages, cells, "press", meta, cond, bleed, slugs, slug_at=at, marks=marks, folds=folds
    )
    # each file as often as a printed sheet makes it (`up` of each page's file, work-and-turn
    # too: turned and printed again, each half is a whole piece)
    placed = [f for f in chosen for _ in range(req.up)]
    marked = any(x or y for page in folds for x, y in page) and not any(
        unmarked(cells, page) for page in folds
    )
    return Imposed(pdf, len(pages), cells, warnings, placed, stock, fold_marks=marked)


def filled_up(req: SheetRequest, trim: tuple[float, float], bleed: float, two_sided: bool) -> int:
    """`sheet`'s count to a press sheet without `--up`: as many as the press stock of a 2-up
    sheet (`--stock`, else the smallest that holds it: stock_for) holds with every mark the
    press prints (fills_stock); 2 where no more do, or no stock holds two (press_sheet then
    says why). A 50 x 180 mm bookmark went 2-up on SRA4, where 5 fit (a trial): now 5. A
    two-sided A5 flyer stays 2-up on SRA3: 4-up fits SRA3 only without its side targets."""
    try:
        two = press_cells(
            trim, DEFAULT_UP, bleed, req.stock, even=two_sided, shared=req.shared, paper=req.made_on
        )
    except ValueError:
        return DEFAULT_UP
    media = press_media(two.sheet, bleed)
    stock = req.stock if req.stock is not None and holds(req.stock, media) else None
    stock = stock or (None if req.stock is not None else stock_for(media, trim, req.made_on))
    return max(DEFAULT_UP, fills_stock(req, trim, bleed, two_sided, stock))


def fills_stock(
    req: SheetRequest, trim: tuple[float, float], bleed: float, two_sided: bool, stock: str | None
) -> int:
    """How many pieces of `trim` (mm, with `bleed`) a press sheet on `stock` (a SHEETS key;
    None: 0) holds with every mark (sheets.edge.press_marks: none left out for want of
    paper the press prints), in rows and columns, upright or turned (press_cells; an even
    number across for a two-sided piece): from the most it holds at all (press_fit.most_up)
    down; at most 144 (`--up`'s own limit). The count `sheet` takes without `--up`
    (filled_up), and the one sheet.up names. A 50 x 180 mm bookmark: 5 on SRA4."""
    if stock is None:
        return 0
    most = most_up(trim, bleed, stock, two_sided, req.shared)
    for n in range(min(len(most.cells), 144) if most is not None else 0, 1, -1):
        try:
            cells = press_cells(trim, n, bleed, stock, even=two_sided, shared=req.shared)
        except ValueError:  # no even number across
            continue
        if holds(stock, press_media(cells.sheet, bleed)) and not left_out(
            press_marks(cells, bleed, stock)
        ):
            return n
    return 0


def folded(
    kit: Kit, chosen: Sequence[OutputFile], cells: Cells, pages: Sequence[Sequence[Side | None]]
) -> tuple[Cells, list[list[Lines]]]:
    """Each page's pieces' folds as placed (sheets.folds.placed_folds: a page a file of
    `chosen`, its cells' sides `pages`), which its fold marks are drawn in line with, and
    `cells` with them all (Cells.folds), which the sheet's other marks and its slug keep
    clear of."""
    trim = chosen[0].trim_mm
    folds = [
        [
            NO_LINES if side is None else placed_folds(piece, side.page, side.turn, cell, trim)
            for side, cell in zip(page, cells.cells, strict=False)
        ]
        for f, page in zip(chosen, pages, strict=True)
        for piece in [file_folds(kit, f)]
    ]
    return replace(cells, folds=merged(folds)), folds


def _how(req: SheetRequest, cells: Cells, two_sided: bool) -> str:
    """How the sheet is imposed, as its metadata and slug say: "6-up, turned 90°, work-and-turn"."""
    return (
        f"{req.up}-up"
        + (", turned 90°" if cells.turned else "")
        + (f", {turned_text(cells)}" if cells.mixed else "")
        + (", shared cuts" if req.shared else "")
        + (", work-and-turn" if two_sided else "")
    )


def _placed_slugs(
    kit: Kit,
    req: SheetRequest,
    chosen: list[OutputFile],
    cells: Cells,
    how: str,
    cond: OutputCondition,
    bleed: float,
    marks: PressMarks,
    media: tuple[float, float],
) -> tuple[Slugs, list[Place], bool, tuple[str, ...]]:
    """Each page's slug (and the fields they leave out) and where it starts with `marks`:
    between the first column's bottom crop marks, as wide as it is less its clearance from
    them (edge.slug_column), on as many lines and as small as fits (slugs.set_slug); whether
    one is left out (no room for it), and then the smallest press stocks that would have room for
    it (which the warning names)."""
    slugs, short = press_slugs(kit, req, chosen, cells, how, cond, bleed, marks)

    def placed(marks: PressMarks) -> list[Place]:
        return [slug_place(cells, bleed, marks, slug) for slug in slugs]

    at = placed(marks)
    lost = slug_missing(slugs, at)
    roomy = (  # the smallest press stocks with room for the slug, which the warning names
        least(
            name
            for name in PRESS_STOCK
            if holds(name, media)
            and not slug_missing(slugs, placed(press_marks(cells, bleed, name)))
        )
        if lost
        else ()
    )
    return (slugs, short), at, lost, roomy


def _roomier(
    kit: Kit,
    req: SheetRequest,
    chosen: list[OutputFile],
    cond: OutputCondition,
    how: tuple[float, bool, bool],
) -> str | None:
    """The press sheet of `chosen` whose slug keeps every field where `req`'s leaves some
    out (its first column too narrow even at SLUG_FLOOR_PT): the
    fewest to a sheet of 2 to ROOMIER_UP (the same stock), else `--up auto` unless that is
    `req`'s (`how`: the pieces' bleed, whether they are two-sided and whether `req` is an
    auto one), as the hint says it ("--up auto (51 to a sheet, 24 upright, 27 turned 90°)");
    None when none has room. A 20 mm card's slug was told "a sheet of wider columns
    (another --up) has room for more", and no count to a sheet but auto's gave it one."""
    bleed, two_sided, was_auto = how
    trim = chosen[0].trim_mm

    def tried() -> Iterator[tuple[str, SheetRequest, Cells]]:
        for n in range(2, ROOMIER_UP + 1):
            if n == req.up and not was_auto:
                continue
            try:
                cells = press_cells(
                    trim, n, bleed, req.stock, even=two_sided, shared=req.shared, paper=req.made_on
                )
            except ValueError:  # no even number across
                continue
            yield f"--up {n}", replace(req, up=n), cells
        if not was_auto:
            try:
                n, auto, filled = press_up(replace(req, up=AUTO), trim, bleed, two_sided)
            except DiagnosticsError:  # not two fit the stock
                return
            if auto is not None:
                yield "--up auto", replace(req, up=n, stock=req.stock or filled), auto

    for option, other, cells in tried():
        try:  # its --stock when it holds the sheet, else none; without, the smallest
            stock = press_stock(other, press_media(cells.sheet, bleed), trim)
        except DiagnosticsError:  # sheet.fit
            continue
        if stock is None:
            continue
        # its pieces' folds, which its slug keeps clear of (no file's bytes: its sides' pages)
        cells, _ = folded(kit, chosen, cells, [press_sides(b"", cells, two_sided)] * len(chosen))
        marks = press_marks(cells, bleed, stock)
        said = _how(other, cells, two_sided)
        slugs, short = press_slugs(kit, other, chosen, cells, said, cond, bleed, marks)
        if short or slug_missing(slugs, [slug_place(cells, bleed, marks, s) for s in slugs]):
            continue
        turned = f", {turned_text(cells)}" if cells.mixed else ", turned 90°" * cells.turned
        return f"{option} ({other.up} to a sheet{turned}, on {paper_name(stock)})"
    return None


def held_by_none(
    req: SheetRequest,
    trim: tuple[float, float],
    bleed: float,
    media: tuple[float, float],
    two_sided: bool,
) -> None:
    """Raises `sheet.fit` for a press sheet (`media`, mm, with its marks) that no press
    stock (paper.PRESS_STOCK) holds, with the fix: the most to a sheet that one holds
    (press_fit.most_up), else the single file. `--material poster-banner` made a 1724 x
    2022 mm "sheet" with a warning, and `package` shipped it to the print shop to "print
    instead of the single files" (a print shop's trial)."""
    most = most_up(trim, bleed, None, two_sided, req.shared)
    largest = " or ".join(paper_name(name) for name in greatest(PRESS_STOCK))
    size = f"{req.up}-up press sheet" if req.up != AUTO else "press sheet of two"
    if most is not None:
        fits = press_media(most.sheet, bleed)
        hint = (
            f"use --up {len(most.cells)} (a {size_text(fits)} mm sheet, for "
            f"{paper_name(stock_for(fits, trim, req.made_on) or '')})"
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
    block (an even number across, each block centred: mixed.mixed_grid), so that the
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


def turned_text(cells: Cells) -> str:
    """A mixed sheet's pieces as its slug and the command say them: "4 upright, 2 turned
    90°"."""
    turned = sum(cells.turns)
    return f"{len(cells.turns) - turned} upright, {turned} turned 90°"


def press_up(
    req: SheetRequest, trim: tuple[float, float], bleed: float, two_sided: bool
) -> tuple[int, Cells | None, str | None]:
    """A press sheet's count to a sheet: `req.up` (without --up, cell_sheet.default_up's:
    press.filled_up), or with AUTO the most that fit the press
    stock (--stock, else the stock of PRESS_STOCK the pieces waste least of:
    press_fit.best_stock), with that sheet and the stock it fills (None unless AUTO).
    Raises `sheet.select` for fewer than 2 (a press sheet of one is the print PDF itself)
    and for an odd count of a two-sided piece (work-and-turn puts each front beside its
    back: an even number across), and `sheet.fit` when not two fit the stock."""
    if req.up == AUTO:
        made_on = req.made_on
        chosen = best_stock(trim, bleed, two_sided, req.shared, made_on) if not req.stock else None
        stock = chosen[0] if chosen else req.stock or AUTO_STOCK
        most = chosen[1] if chosen else most_up(trim, bleed, stock, two_sided, req.shared)
        if most is None:
            two = press_cells(trim, 2, bleed, shared=req.shared, paper=made_on)
            media = press_media(two.sheet, bleed)
            if stock_for(media) is None:
                held_by_none(req, trim, bleed, media, two_sided)
            fits = stock_for(media, trim, made_on) or ""
            raise failure(
                "sheet.fit",
                f"not two of '{req.material}' ({trim[0]:g} x {trim[1]:g} mm pieces) fit "
                f"{paper_name(stock)} with their bleed and marks",
                None,
                f"name a larger --stock (two fit {paper_name(fits)})",
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


def press_stock(
    req: SheetRequest, media: tuple[float, float], trim: tuple[float, float] | None = None
) -> str | None:
    """The press stock a press sheet (`media`, mm, with its marks; one some stock holds:
    held_by_none) is printed on: `--stock` when it holds the media, else `sheet.fit`;
    without it the smallest that holds it, its pieces' region's first (paper.stock_for:
    their `trim`'s, else that of the paper family they are made on, `req.made_on`: 2-up
    Letter, or a US office's custom 5 x 7 in flyer, on 12 x 18 in, a gang sheet's rule)."""
    if req.stock is None:
        return stock_for(media, trim, req.made_on)
    if holds(req.stock, media):
        return req.stock
    # the smallest that hold it, by whether it fits (SRA3 and 12 x 18 in, neither the smaller;
    # 13 x 19 in and A3+): every stock --stock names
    said, fits = not_held(req.stock, media)
    raise failure(
        "sheet.fit",
        f"the {req.up}-up press sheet of '{req.material}' is {size_text(media)} mm with its "
        f"marks: {said}",
        None,
        f"use {fits}, or leave --stock out",
    )


def check_shared(
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


__all__ = [
    "OWN_EDGE",
    "check_shared",
    "held_by_none",
    "own_edge",
    "press_sheet",
    "press_sides",
    "press_stock",
    "press_up",
    "turned_text",
]
