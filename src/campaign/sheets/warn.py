"""A sheet's warnings, as diagnostics (`sheet.gap`, `sheet.margin`, `sheet.scale`,
`sheet.marks`, `sheet.slug`): found
before the sheet is imposed, so that `sheet --strict` fails on them (exit code 1) without
writing it, as `build --strict` publishes nothing its warnings fail. They were lines of text
the command printed after writing the sheet, and it exited 0 whatever they said."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..diagnostics import Diagnostic, Severity, Subject, listed
from ..press_stock import PRESS_EDGE_MM
from .circles import MIN_GAP_MM
from .edge import SLUG_MARK_CLEAR_MM
from .paper import article, paper_name, size_text

if TYPE_CHECKING:
    from ..output import OutputFile
    from .request import SheetRequest


def gap_warning(material: str, gap: float | None) -> Diagnostic | None:
    """`sheet.gap`: cut lines closer than MIN_GAP_MM (1/8 in): `--gap` given below it."""
    if gap is None or gap >= MIN_GAP_MM:
        return None
    return _warning(
        "sheet.gap",
        material,
        f"cut lines {gap:g} mm apart: each piece's art reaches only {gap / 2:g} mm past its "
        "cut line (a cut that strays shows the paper), and dies are usually made for at least "
        f"1/8 in ({MIN_GAP_MM:g} mm) between cuts",
        "leave --gap out, unless your print shop asked for this",
    )


def home_gap_warning(material: str, gap: float | None) -> Diagnostic | None:
    """`sheet.gap` of a home sheet of badges (`--home`), cut by hand: cut circles closer
    than MIN_GAP_MM (1/8 in), `--gap` given below it. Each badge's art reaches half the gap
    past its cut circle (impose.impose clips it there), and a cut by scissors or a circle
    cutter that strays outside the circle shows the white paper; the home sheet's default
    leaves 1.6 mm of art for it. `--gap 0` was taken without a word (a badge-press
    operator's trial), where the press sheet warned."""
    if gap is None or gap >= MIN_GAP_MM:
        return None
    return _warning(
        "sheet.gap",
        material,
        f"cut circles {gap:g} mm apart: each badge's art reaches only {gap / 2:g} mm past its "
        "cut circle (a cut by hand, with scissors or a circle cutter, that strays outside it "
        f"shows the white paper), where 1/8 in ({MIN_GAP_MM:g} mm) between circles leaves "
        f"{MIN_GAP_MM / 2:.1f} mm",
        f"leave --gap out (1/8 in: {MIN_GAP_MM / 2:.1f} mm of art past each cut circle for a "
        "cut by hand to stray into)",
    )


def home_margin_warning(
    material: str, margin: float, art: float, line: bool, pieces: str = "its badges' art"
) -> Diagnostic | None:
    """`sheet.margin`: a home sheet (`--home`) whose `--margin` (`margin`, mm) puts what it
    prints inside the MARGIN_MM (5 mm) of the paper's edge an office printer does not
    print: its `pieces` (a badge sheet's art, a flyer sheet's pages; `art`: how near the
    nearest comes, mm) or its line naming the sheet (`line`: printed; it lies `margin` from
    the edge, slugs.home_lines; a badge sheet's only).
    A printer cuts off what falls there: `--margin 0` set the line 0.08 mm from the edge
    without a word (a badge-press operator's trial). The 5 mm: HP LaserJets leave "about a
    .200 inch margin" unprinted (Seagull Scientific's BarTender help, "Show Unprintable
    Region"), a Konica Minolta magicolor 2490MF guarantees print up to 4 mm from the edges
    (its user's guide, "Guaranteed Imageable Area"). None when nothing prints there: a
    smaller --margin whose packing leaves the art and line 5 mm inside, or none given."""
    from .circles import MARGIN_MM

    near = []
    if line and margin < MARGIN_MM:
        near.append(f"its line naming the sheet {margin:g} mm")
    if art < MARGIN_MM - 0.0005:
        near.append(f"{pieces} {round(max(art, 0.0), 1):g} mm")
    if not near:
        return None
    return _warning(
        "sheet.margin",
        material,
        f"the home sheet prints {' and '.join(near)} from the paper's edge (--margin "
        f"{margin:g}), inside the {MARGIN_MM:g} mm of its edge an office printer does not "
        "print: what falls there is cut off",
        f"leave --margin out ({MARGIN_MM:g} mm), unless your printer prints closer to the "
        "paper's edge (its manual gives the printable area): then give that --margin",
    )


def scale_warning(
    material: str,
    scale: float,
    shrunk: Sequence[str],
    remedies: Sequence[str] = (),
    margins: float | None = None,
) -> Diagnostic | None:
    """`sheet.scale`: a home sheet whose `scale` prints what `shrunk` says below its minimum
    (sheets.cell_sheet.shrunk_below). The hint names `remedies`, what prints it above them
    that was not asked (sheets.cell_sheet.larger_at_home: "--up 1 (100.0 %)", "--paper a3
    (100.0 %)"), and says when only the office printer's `margins` (mm) shrink it (1-up on a
    paper that holds it: a Legal poster on Legal)."""
    if not shrunk:
        return None
    papers = [r for r in remedies if r.startswith("--paper")]
    uses = [r for r in remedies if not r.startswith("--paper")]
    if papers:
        either = papers[0] if len(papers) == 1 else f"{', '.join(papers[:-1])} or {papers[-1]}"
        uses.append(either + " if your printer takes that paper")
    hint = "use " + ", or ".join(uses) + "; or " if uses else ""
    if margins is not None:
        hint = (
            f"only the {margins:g} mm margins an office printer leaves unprinted shrink it "
            "(a smaller --margin if yours prints closer to the edge); " + hint
        )
    hint += "have it printed at full size (without --home)"
    return _warning("sheet.scale", material, f"at {scale * 100:.1f} %, " + "; ".join(shrunk), hint)


def marks_warning(
    material: str,
    media: tuple[float, float],
    up: int,
    left: Sequence[str],
    larger: Sequence[str],
    stock: str | None,
) -> Diagnostic | None:
    """`sheet.marks`: a press sheet (`media`, mm, with its marks) whose registration targets
    or colour bar (`left`: sheets.edge.left_out) have no room outside its bleed and
    PRESS_EDGE_MM inside the press stock it is printed on (`stock`: `--stock`, or the
    smallest that holds it; None: paper of its own size), and are left out: 4-up A5 on SRA3.
    `larger`: the press stocks with room for them (sheets.edge.roomy_stock), which the hint
    names with the option that places the marks for each (--stock 13x19)."""
    if not left:
        return None
    return _warning(
        "sheet.marks",
        material,
        f"the {up}-up press sheet ({size_text(media)} mm with its marks) {_on(stock)} has no "
        f"room for {listed(left)} outside its bleed and at least {PRESS_EDGE_MM:g} mm inside "
        "the stock's edge, which a press does not print: left out (the crop marks are kept)",
        f"the crop marks still register the plates; to print {listed(left)} too, have it "
        + _printed_on(larger)
        + (", or use --up 2" if up > 2 else ""),
    )


def bar_warning(
    material: str, media: tuple[float, float], up: int, short: Sequence[str]
) -> Diagnostic | None:
    """`sheet.marks`: a press sheet (`media`, mm, with its marks) whose colour bar has fewer
    patches than a piece's (`short`: sheet_marks.bar_left_out): above its first column, kept
    clear of that column's crop and fold marks and of the top registration target
    (render.marks.bar_span), there is no room for them all; its last patches are left out
    first (the ink limit, the overprints, the 50 % tints), the four solids a press sets its
    ink keys by kept. A 2-up sheet of cards folded at a third of their width had 5 of 12
    and said nothing. None when the bar is whole (or left out with the other marks, which
    `marks_warning` names)."""
    if not short:
        return None
    return _warning(
        "sheet.marks",
        material,
        f"the {up}-up press sheet ({size_text(media)} mm with its marks) has no room above "
        f"its first column for {listed(short)}: left out, the first patches (the solids) "
        "kept",
        "the bar runs above the first column, clear of its crop marks, of its fold marks and "
        "of the top registration target; a sheet with a wider first column, or of pieces "
        "not folded across it, has room for every patch",
    )


def slug_warning(
    material: str, kind: str, paper: str, stock: str, smaller: Sequence[str]
) -> Diagnostic:
    """`sheet.slug`: a gang or sticker sheet (`kind`) on `paper`, printed on `stock` (its
    own size, or a press stock with too little paper past the bleed: sheets.edge.sheet_stock)
    whose slug would end within PRESS_EDGE_MM of the stock's edge, or off it: left out.
    `smaller`: the largest sheets that `stock` holds with their slug
    (sheets.edge.smaller_paper), which the hint names with their --paper."""
    name, on = paper_name(paper), paper_name(stock)
    where = f"{on} paper, its own size," if stock == paper else f"{on} paper,"
    sheets = " or ".join(f"{article(paper_name(s))} {paper_name(s)}" for s in smaller)
    return _warning(
        "sheet.slug",
        material,
        f"{article(name)} {name} {kind} sheet is printed on {where} with no room outside its "
        f"bleed for its slug (which sheet it is, the files on it, the press condition) at "
        f"least {PRESS_EDGE_MM:g} mm inside the paper's edge: the slug is left out",
        f"use {_options('--paper', smaller)} ({on} paper holds {sheets} sheet with its "
        "bleed and slug)"
        if smaller
        else f"ask the print shop for paper larger than {on}",
    )


def own_paper_slug_warning(
    material: str, kind: str, paper: str, count: int, fix: tuple[float, int] | None
) -> Diagnostic:
    """`sheet.slug`: a gang or sticker sheet (`kind`) on `paper`, a press stock: its page is
    that paper, with nothing past it (sheets.gang_marks.own_stock), and its margin has no band
    for its slug clear of the pieces' art and PRESS_EDGE_MM inside the edge: left out.
    `fix`: the --margin (mm) that makes room for it, and the count to a sheet then
    (`count` now); the hint also names the largest sheets `paper` holds with their bleed and
    slug past them (sheets.edge.smaller_paper)."""
    from .edge import smaller_paper

    name = paper_name(paper)
    smaller = smaller_paper(paper, None)
    sheets = " or ".join(f"{article(paper_name(s))} {paper_name(s)}" for s in smaller)
    room = (
        f"--margin {fix[0]:g} leaves room for it ({fix[1]} to a sheet, not {count})"
        if fix
        else "a larger --margin leaves room for it"
    )
    return _warning(
        "sheet.slug",
        material,
        f"{article(name)} {name} {kind} sheet is {name} paper itself, the sheet a press "
        f"prints, with no bleed or paper past it: its margin has no room for its slug (which "
        f"sheet it is, the files on it, how to print it, the press condition) clear of the "
        f"pieces' art and at least {PRESS_EDGE_MM:g} mm inside the paper's edge, which a press "
        "does not print: the slug is left out",
        room
        + (
            f"; or use {_options('--paper', smaller)} ({sheets} sheet with its bleed and slug "
            f"past it, printed on {name})"
            if smaller
            else ""
        ),
    )


def gang_marks_warning(
    material: str, kind: str, paper: str, lost: Sequence[str]
) -> Diagnostic | None:
    """`sheet.marks`: a gang or sticker sheet (`kind`) whose registration targets at the
    corners `lost` (sheets.gang_marks.target_centres) would come within
    MARK_ART_CLEAR_MM of a piece's art: left out. None when none is."""
    from .gang_marks import MARK_ART_CLEAR_MM

    if not lost:
        return None
    name = paper_name(paper)
    corners = listed(lost) + (" corner" if len(lost) == 1 else " corners")
    return _warning(
        "sheet.marks",
        material,
        f"{article(name)} {name} {kind} sheet has no room for its registration target at its "
        f"{corners}, {MARK_ART_CLEAR_MM:g} mm clear of the pieces' art: left out",
        "a larger --margin leaves its corners free for the targets the cutter lines its die "
        "up with",
    )


def press_slug_warning(
    material: str,
    media: tuple[float, float],
    up: int,
    stock: str | None,
    larger: Sequence[str],
) -> Diagnostic:
    """`sheet.slug`: a press sheet whose slug has no room (sheets.edge.press_slug_at) on the
    press stock it is printed on (`stock`, as marks_warning takes it). `larger`: the
    smallest press stocks with room for it, which the hint names with their --stock."""
    return _warning(
        "sheet.slug",
        material,
        f"the {up}-up press sheet ({size_text(media)} mm with its marks) {_on(stock)} has no "
        f"room for its slug between its bottom crop marks ({SLUG_MARK_CLEAR_MM:g} mm "
        f"from each), outside its bleed and at least {PRESS_EDGE_MM:g} mm inside the stock's "
        "edge: the slug is left out",
        (f"have it {_printed_on(larger)}" if larger else "ask the print shop for larger stock")
        + (", or use --up 2" if up > 2 else ""),
    )


def slug_fields_warning(
    material: str, kind: str, fields: Sequence[str], roomier: str | None = None
) -> Diagnostic | None:
    """`sheet.slug`: a sheet's slug (`kind`: "press", "gang", "sticker") that leaves out
    `fields` (sheets.slugs.set_slug: no room for them even on more lines, at the smallest
    size it is set at); None when it leaves out none. It left them out without a word. A
    press sheet's hint names `roomier`, the sheet whose slug keeps them all (press._roomier:
    "--up auto (51 to a sheet, ...)"), else says no other count to a sheet has room."""
    from .request import ROOMIER_UP
    from .slugs import SLUG_FLOOR_PT

    if not fields:
        return None
    said = listed([f"'{f}'" for f in fields])
    where = "between its bottom crop marks" if kind == "press" else "below its bleed"
    return _warning(
        "sheet.slug",
        material,
        f"the {kind} sheet's slug has no room {where} for {said}, even at "
        f"{SLUG_FLOOR_PT:g} pt (the smallest it is set at): left out of the slug",
        "tell the print shop what the slug leaves out (the sheet's file name and its PDF "
        "metadata name the material and files); "
        + (
            "a larger --paper has room for more"
            if kind != "press"
            else f"or make the sheet with {roomier}: its slug has room for them all"
            if roomier
            else f"no press sheet of these pieces (--up 2 to {ROOMIER_UP}, --up auto) has "
            "room for them between its bottom crop marks"
        ),
    )


def _on(stock: str | None) -> str:
    """Where a press sheet is printed, as its warnings say it: "on SRA3"."""
    return f"on {paper_name(stock)}" if stock else "on paper of its own size"


def _printed_on(stocks: Sequence[str]) -> str:
    """The press stocks to have a sheet printed on, and the option that places its marks
    for each: "printed on 13 x 19 in stock (say so with --stock 13x19)"; "printed on SRA3 or
    12 x 18 in stock (say so with --stock sra3 or --stock 12x18)", two that neither holds
    the other (paper.least)."""
    if not stocks:
        return "printed on larger stock"
    names = " or ".join(paper_name(stock) for stock in stocks)
    return f"printed on {names} stock (say so with {_options('--stock', stocks)})"


def _options(option: str, values: Sequence[str]) -> str:
    """An option with each of `values`, as a hint names them: "--stock sra3 or --stock
    12x18"."""
    return " or ".join(f"{option} {value}" for value in values)


def home_line_note(
    material: str,
    margin: float,
    count: int,
    languages: Sequence[str],
    drafts: Sequence[str],
    fix: tuple[float, int] | None,
) -> Diagnostic:
    """`sheet.home-line`, a note: a home sheet of badges whose margin (`margin` mm, the
    office printer's, which it does not print) has no band between it and the badges' art
    for its line (sheets.slugs.home_lines: which sheet it is, the `languages` on it, DRAFT
    and the `drafts` among them, the campaign), which is left out: it was, without a word.
    `fix`: the --margin (mm) that makes room for it and the count to a sheet then (`count`
    now: build.home_line_room); None when no --margin up to 30 mm does. A note, not a
    warning: the sheet prints and cuts as it should, and `--strict` passes."""
    said = ["which sheet it is", f"its languages {' '.join(languages)}"]
    if drafts:
        said.append(f"DRAFT {' '.join(drafts)}")
    said.append("the campaign")
    room = (
        f"--margin {fix[0]:g} leaves room for it ({fix[1]} to a sheet"
        + (f", not {count}" if fix[1] != count else "")
        + ")"
        if fix
        else "no --margin up to 30 mm leaves room for it; a smaller --copies or another --paper may"
    )
    return Diagnostic(
        "sheet.home-line",
        f"the home sheet's margin has no room, between the badges' art and the {margin:g} mm "
        f"the office printer does not print, for its line ({', '.join(said)}): the line is "
        "left out",
        None,
        (room,),
        Severity.NOTE,
        Subject(material=material),
    )


def up_note(
    material: str, up: int, trim: tuple[float, float], stock: str | None, fits: int
) -> Diagnostic | None:
    """`sheet.up`, a note: a press sheet of `up` pieces (`--up`, 2 unless given) of `trim`
    (mm) whose press stock (`stock`: --stock, else the smallest that holds it) holds `fits`
    of them with their bleed and marks (sheets.press.fills_stock), more than `up`; the hint
    gives the --up that fills it, and --up auto. A 50 x 180 mm bookmark went 2-up on SRA4,
    where 5 fit, and the command's line did not say so (a trial). A note, not a warning:
    the sheet prints as asked, and `--strict` passes."""
    if stock is None or fits <= up:
        return None
    name = paper_name(stock)
    return Diagnostic(
        "sheet.up",
        f"the {up}-up press sheet of {size_text(trim)} mm pieces is printed on {name}, which "
        f"holds {fits} of them with their bleed and marks",
        None,
        (
            f"--up {fits} prints {fits} to a sheet of {name} ({fits - up} more a sheet, "
            f"{1 - up / fits:.0%} fewer sheets); --up auto takes as many as fit the stock they "
            "waste least of",
        ),
        Severity.NOTE,
        Subject(material=material),
    )


def flyer_line_note(material: str, margin: float) -> Diagnostic:
    """`sheet.home-line`, a note: a home sheet of flyers with no room, below its pieces and
    inside the `margin` (mm) the office printer does not print, for its line naming the sheet
    (sheets.slugs.flyer_home_lines: not even its first fields, at the smallest size), which is
    left out: a margin so wide that the paper is too narrow for it. A note: the sheet prints
    and cuts as it should, and `--strict` passes."""
    return Diagnostic(
        "sheet.home-line",
        f"the home sheet has no room, between its pieces and the {margin:g} mm the office "
        "printer does not print, for its line (which sheet it is, its events and languages, "
        "its scale, how to print it): the line is left out",
        None,
        ("a smaller --margin leaves room for it",),
        Severity.NOTE,
        Subject(material=material),
    )


def home_line_fields_note(material: str, margin: float, fields: Sequence[str]) -> Diagnostic | None:
    """`sheet.home-line`, a note: a home sheet of flyers whose line (sheets.slugs.
    flyer_home_lines) has room, below its pieces and inside the `margin` (mm) the office
    printer does not print, for its first fields only, even at the smallest size: `fields`
    are left out of it (None when none is). They were left out without a word (the
    fifty-ninth session's note). A note: the sheet prints and cuts as it should."""
    from .slugs import SLUG_FLOOR_PT

    if not fields:
        return None
    said = listed([f"'{f}'" for f in fields])
    return Diagnostic(
        "sheet.home-line",
        f"the home sheet's line has no room, between its pieces and the {margin:g} mm the "
        f"office printer does not print, for {said}, even at {SLUG_FLOOR_PT:g} pt (the "
        "smallest it is set at): left out of the line",
        None,
        ("a smaller --margin or a larger --paper leaves room for them",),
        Severity.NOTE,
        Subject(material=material),
    )


def events_note(
    req: SheetRequest, sheets: Sequence[Sequence[OutputFile]], files: int, two_sided: bool
) -> Diagnostic | None:
    """`sheet.events`, a note: a home sheet of merged events' flyers (`sheets`: the files on
    each sheet, `files` of them chosen; `two_sided`: a front and a back page each) with pages
    that hold the flyers of two or more events, where an organiser prints a page as many
    times as one event needs: 29 events went 2 to a page, on 15 pages, without a word (a
    Nairobi organiser's trial). The hint gives the --copies that fills each page with one
    flyer (the count to a sheet, or a multiple of it at or above the --copies given:
    sheets.files.copies_of places a file's copies one after another), the pages that makes,
    and --event for one event's sheet. None when no page holds two events'."""
    held = [list(dict.fromkeys(f.record for f in group if f.record)) for group in sheets]
    mixed = [n for n, events in enumerate(held) if len(events) > 1]
    if not mixed:
        return None
    sides = 2 if two_sided else 1
    first = held[mixed[0]]
    most = max(len(events) for events in held)
    copies = max(req.copies_for(f.language) for f in sheets[mixed[0]])
    each = req.up * -(-copies // req.up)
    named = " and ".join(first) if len(first) == 2 else ", ".join(first)
    return Diagnostic(
        "sheet.events",
        f"{len(mixed) * sides} of the home sheet's {len(sheets) * sides} page(s) hold the "
        f"flyers of {'two' if most == 2 else f'up to {most}'} events (page "
        f"{mixed[0] * sides + 1}: {named}): each printing of such a page makes one of each "
        "event's",
        None,
        (
            f"--copies {each} puts {each} copies of one flyer on each page, a page per flyer "
            f"({files * each // req.up * sides} pages); --event {first[0]} --copies {each} "
            "makes the sheet of one event",
        ),
        Severity.NOTE,
        Subject(material=req.material),
    )


def fewer_up_note(
    req: SheetRequest, asked: int, scale: float, shrunk: Sequence[str], papers: Sequence[str]
) -> Diagnostic:
    """`sheet.fewer-up`, a note: a home sheet made `req.up` to a page without --up, fewer
    than the default `asked`, because `asked` to a page of its paper prints at `scale`,
    which sets what `shrunk` says below its minimum (sheets.cell_sheet.shrunk_below). The
    hint says --up gives that count anyway, and names the office `papers` that print it
    above the minimums (cell_sheet.larger_at_home: "--paper legal (96.2 %)"). A Manila
    organiser's A5 flyers went 1 to a Letter page, where 2 print at 89.0 %, without a word."""
    named = paper_name(req.paper)
    hint = f"--up {asked} makes it {asked}-up anyway, with a sheet.scale warning"
    if papers:
        either = papers[0] if len(papers) == 1 else f"{', '.join(papers[:-1])} or {papers[-1]}"
        hint += f"; {asked}-up prints above the minimums on {either}, if your printer takes it"
    return Diagnostic(
        "sheet.fewer-up",
        f"{req.up}-up, not {asked}-up: {asked} to {article(req.paper)} {named} page print at "
        f"{scale * 100:.1f} %, where " + "; ".join(shrunk),
        None,
        (hint,),
        Severity.NOTE,
        Subject(material=req.material),
    )


def _warning(code: str, material: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(code, message, None, (hint,), Severity.WARNING, Subject(material=material))


__all__ = [
    "bar_warning",
    "events_note",
    "fewer_up_note",
    "flyer_line_note",
    "home_line_note",
    "gang_marks_warning",
    "gap_warning",
    "home_gap_warning",
    "home_margin_warning",
    "marks_warning",
    "own_paper_slug_warning",
    "press_slug_warning",
    "scale_warning",
    "slug_warning",
    "up_note",
]
