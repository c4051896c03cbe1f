"""`sheet`: badges of a finished build on gang sheets, with their cut contour."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..press_stock import PRESS_STOCK, REGION_STOCK
from ..program import echo, quote
from ..sheets.paper import NAMED_STOCK, PAPER_NAMES, SHEETS, sheet_by_size
from . import (
    build_kit_option,
    from_build_option,
    list_option,
    office_id,
    out_option,
    quiet_option,
    strict_option,
)
from .report import draft_notes, note, press_place, reporting, show, unreadable_warning

if TYPE_CHECKING:
    from ..diagnostics import Diagnostic
    from ..model import Kit
    from ..sheets.request import SheetRequest, SheetResult, Target
    from .buildkit import BuildKit


class SheetChoice(click.Choice[str]):
    """A sheet's name (`--paper`, `--stock`), and for a sheet written by its size
    (`8.5x11in`, `11x17`, `12x18in`: sheets.paper.sheet_by_size) the name it means as a
    did-you-mean; click said only "is not one of 'a4', ..." (a US print shop's trial)."""

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> str:
        try:
            return str(super().convert(value, param, ctx))
        except click.BadParameter as exc:
            meant = sheet_by_size(value) if isinstance(value, str) else None
            if meant is None:
                raise
            if meant in self.choices:
                told = f"{value} is {PAPER_NAMES[meant]}: did you mean '{meant}'?"
            else:
                told = f"{value} is {PAPER_NAMES[meant]}, a paper, not a stock: --paper {meant}"
            self.fail(f"{exc.message.rstrip('.')}; {told}", param, ctx)


def _sizes(names: Iterable[str]) -> str:
    """Sheets as --help lists them: "sra3 (SRA3, 320 x 450 mm), 12x18 (12 x 18 in, 304.8 x
    457.2 mm)"."""
    return ", ".join(
        f"{name} ({PAPER_NAMES[name]}, {SHEETS[name][0]:g} x {SHEETS[name][1]:g} mm)"
        for name in names
    )


def _names(names: Iterable[str]) -> str:
    """Sheets as a help text names them: "12 x 18 in, 13 x 19 in"."""
    return ", ".join(PAPER_NAMES[name] for name in names)


MAX_COPIES = 10_000


def _copies(
    _ctx: click.Context, _param: click.Parameter, value: str
) -> int | tuple[tuple[str, int], ...]:
    """--copies: a count for every language ("10"), or a count for each language named
    ("es=100,pt=50,en=25": language=count pairs, comma-separated, each language once), each
    from 1 to MAX_COPIES. Raises click.BadParameter naming the fix."""
    text = value.strip()
    if text.isdigit():
        if not 1 <= int(text) <= MAX_COPIES:
            raise click.BadParameter(f"{value!r} is not a count from 1 to {MAX_COPIES}")
        return int(text)
    pairs: dict[str, int] = {}
    for part in text.split(","):
        code, eq, count = (item.strip() for item in part.partition("="))
        if not (eq and code and count.isdigit()):
            which = "" if part.strip() == text else f" ({part.strip()!r})"
            raise click.BadParameter(
                f"{value!r} is neither a count nor language=count pairs{which}: "
                "give one count for every language (--copies 10), or one for each language, "
                "separated by commas (--copies es=100,pt=50,en=25)"
            )
        if code.casefold() in (given.casefold() for given in pairs):  # EN is en (RFC 5646)
            raise click.BadParameter(f"{code!r} is given twice in {value!r}: give it once")
        if not 1 <= int(count) <= MAX_COPIES:
            raise click.BadParameter(f"{part.strip()!r}: a count is from 1 to {MAX_COPIES}")
        pairs[code] = int(count)
    return tuple(pairs.items())


def _language_copies(
    copies: int | tuple[tuple[str, int], ...], langs: tuple[str, ...] | None
) -> tuple[int, tuple[tuple[str, int], ...], tuple[str, ...] | None]:
    """--copies as the sheet takes it: (the count of every language, each language's own,
    the languages of the sheet in its order). Per-language copies give every language of
    --lang its count, in --lang's order (the sheet mixes them in the order given); without
    --lang, their languages are the sheet's, in --copies' order. Raises click.BadParameter
    for a language of --copies not in --lang, or one of --lang with no count. Codes match
    whatever their case, as the kit reads them (sheets.request.kit_languages: EN is en)."""
    if isinstance(copies, int):
        return copies, (), langs
    given = {code.casefold(): count for code, count in copies}
    if langs is None:
        return 1, copies, tuple(code for code, _ in copies)
    asked = {code.casefold() for code in langs}
    extra = [code for code, _ in copies if code.casefold() not in asked]
    if extra:
        raise click.BadParameter(
            f"{', '.join(extra)} {'is' if len(extra) == 1 else 'are'} not in --lang "
            f"({','.join(langs)}): add {'it' if len(extra) == 1 else 'them'} to --lang, or "
            "leave --lang out (the languages of --copies are then the sheet's)",
            param_hint="'--copies'",
        )
    missing = [code for code in langs if code.casefold() not in given]
    if missing:
        raise click.BadParameter(
            f"--lang {','.join(missing)} {'has' if len(missing) == 1 else 'have'} no count: "
            f"add {','.join(f'{code}=N' for code in missing)} to --copies",
            param_hint="'--copies'",
        )
    return 1, tuple((code, given[code.casefold()]) for code in langs), langs


@click.command()
@from_build_option
@click.option(
    "--material",
    default="badge-58",
    show_default=True,
    help="The material: a badge (gang or sticker sheets), or a flyer or poster (press "
    "sheets, when a press stock holds them with their marks; or home sheets).",
)
@click.option(
    "--paper",
    type=SheetChoice(list(SHEETS), case_sensitive=False),
    default="a4",
    show_default="the pieces' own: letter for US pieces (by their size, their layout's or "
    "office's `paper:`), else a4; a note says which and why",
    help=f"The sheet: {_sizes(SHEETS)}.",
)
@click.option(
    "--stock",
    type=SheetChoice(list(NAMED_STOCK), case_sensitive=False),
    default=None,
    help="The press stock the sheet is printed on, which its marks and slug are placed for "
    "(flyers for a press; gang and sticker sheets of a --paper smaller than a press stock), "
    f"refused when it does not hold the sheet: {_sizes(NAMED_STOCK)} (default: the smallest "
    "that holds it of its paper's region's stocks, as print shops there keep them: "
    f"{_names(REGION_STOCK['us'])} for Letter, Legal, Tabloid and the other US sizes; "
    f"{_names(REGION_STOCK['iso'])} for the A sizes; of another size, "
    f"{_names(PRESS_STOCK)}; another region's when none of these holds it).",
)
@list_option(
    "--lang",
    "langs",
    metavar="CODES",
    help="Languages, comma-separated or repeated, in the sheet's order (default: all built).",
)
@click.option(
    "--office",
    default=None,
    callback=office_id,
    help="Use this office's files (default: the campaign kit's).",
)
@list_option(
    "--event",
    "events",
    metavar="IDS",
    help="A merge's events, event ids comma-separated or repeated (default: every event of "
    "the build): one event's flyers, --copies times, instead of every event's.",
)
@click.option(
    "--copies",
    default="1",
    show_default=True,
    callback=_copies,
    metavar="N|LANG=N,...",
    help=f"Copies of each language's piece (1 to {MAX_COPIES:,}), or of each language its own: "
    "language=count pairs, one value, separated by commas (es=100,pt=50,en=25: 100 Spanish, "
    "50 Portuguese, 25 English, mixed in --lang's order, every language of --lang given a "
    "count; without --lang, these are the sheet's languages, in this order).",
)
@click.option(
    "--fill",
    is_flag=True,
    help="Fill the last sheet's empty places with the pieces in turn, one of each language in "
    "--lang's order (en=100,tl=100 on sheets of 9: 104 en, 103 tl).",
)
@click.option(
    "--packing",
    type=click.Choice(["best", "square", "hex"], case_sensitive=False),
    default="best",
    show_default=True,
    help="Rows and columns, hexagonal rows, or whichever holds more.",
)
@click.option(
    "--gap",
    type=click.FloatRange(0, 50),
    default=None,
    help="Space between cut lines, mm (default 3.175: 1/8 in).",
)
@click.option(
    "--margin",
    type=click.FloatRange(0, 100),
    default=None,
    help="Empty sheet edge, mm (default 5).",
)
@click.option(
    "--cut-page",
    is_flag=True,
    help="Add the cut lines alone: a page of a full sheet's, and one of a partly filled last "
    "sheet's.",
)
@click.option(
    "--sticker",
    is_flag=True,
    help="Stickers: badges as round stickers kiss-cut at the face; rectangular materials "
    "(sticker-50) as many as fit, kiss-cut at the trim with rounded corners.",
)
@click.option(
    "--up",
    default="2",
    show_default="at home 2, or 1 where 2 prints text or a QR code below its minimum, or for "
    "a piece the paper's size; at a press, as many as the stock of a 2-up sheet holds with "
    "every mark, on that stock",
    callback=lambda _ctx, _param, value: _up(value),
    metavar="N|auto",
    help="Flyers and posters: pieces to a sheet: 1, 2 or 4 with --home; for a press 2 or "
    "more in rows and columns, upright or all turned 90° where that holds more (6 x A6 on "
    "SRA3), or a block upright and a block turned where that holds more still (6 x A6 on "
    "12 x 18 in), or auto: as many as fit the --stock with their bleed and marks; without "
    "--stock, auto takes, of the stocks --stock's default tries (the pieces' region's "
    "first), the one whose paper the trimmed pieces cover most (least waste), on a tie the "
    "one holding more, then the first listed (8 x A6 on A3+, 4 x A5 on SRA3, 4 x "
    "half-Letter on 13 x 19 in).",
)
@click.option(
    "--shared-cuts",
    is_flag=True,
    help="A press sheet's pieces abut at their trim, one cut between neighbours, no gutter "
    "(8 x A6 on SRA3); refused where a cut that strays would show a neighbour's art, not "
    "the piece's own bleed (sheet.shared).",
)
@click.option(
    "--shared-tolerance",
    type=click.IntRange(0, 255),
    default=None,
    metavar="LEVELS",
    help="With --shared-cuts: how far (of 255, in any of R, G, B) a piece's bleed may differ "
    "from its neighbour's art at a point of a shared cut and still match (default 40: the "
    "project's choice, no standard's; anti-aliasing and a gradient's steps pass, a white "
    "sliver on a blue ground does not).",
)
@click.option(
    "--shared-max-differing",
    type=click.FloatRange(0, 100),
    default=None,
    metavar="PERCENT",
    help="With --shared-cuts: the share of a shared cut's points that may differ (beyond "
    "--shared-tolerance) before the cut is refused (default 2: the project's choice).",
)
@click.option(
    "--home",
    is_flag=True,
    help="For an office printer, in sRGB (the digital PDFs). Flyers: 5 mm white margins, "
    "dashed cut lines, a line below them naming the sheet, its events and languages, its "
    "scale and how to print it. Badges: a page of --paper's own size, the art inside its 5 "
    "mm margins, cut circles (black on a white casing) to cut by hand for a button press, a "
    "line naming the sheet, its languages and drafts.",
)
@out_option(
    "The PDF to write (default: <BUILD_DIR>/sheets/<material>-<paper>[-<stock>][-home]"
    "[-<office>].pdf for badges (<stock>: --stock, when given), "
    "<material>-<paper>-<up>up-home.pdf at home, <material>[-<stock>]-<up>up.pdf for a press, "
    "<material>-<paper>[-<stock>]-stickers.pdf for stickers; with --lang, its codes before .pdf: "
    "badge-58-a4-hi-ar.pdf).",
    file=True,
)
@strict_option
@quiet_option
@build_kit_option
def sheet(
    build_dir: Path,
    material: str,
    paper: str,
    stock: str | None,
    langs: tuple[str, ...] | None,
    office: str | None,
    events: tuple[str, ...] | None,
    copies: int | tuple[tuple[str, int], ...],
    fill: bool,
    packing: str,
    gap: float | None,
    margin: float | None,
    cut_page: bool,
    sticker: bool,
    up: int,
    shared_cuts: bool,
    shared_tolerance: int | None,
    shared_max_differing: float | None,
    home: bool,
    out: Path | None,
    strict: bool,
    quiet: bool,
    kit: Path | None,
) -> None:
    """Put a finished build's badges on gang sheets: as many to a sheet as the best of square
    and hexagonal packing allows, cut lines at least 1/8 in apart, the cut line of each badge
    as a CutContour spot colour (100 % magenta in a proof), languages mixed in the order
    given, registration targets at the sheet's corners for the die cutter; the page is the
    paper with its bleed and slug past it (A4: 216 x 313 mm), printed on the press stock
    of its paper's region that holds it (Letter: 12 x 18 in; A4: SRA4; or --stock), or a
    press stock itself (--paper sra3: 320 x 450 mm, its slug in its
    margin), or with --home the paper itself, for an office printer. Flyers
    go 1-, 2- or 4-up with --home, for an office printer (sRGB, white margins,
    dashed cut lines, a line naming the sheet, scaled to fit; a merge's events side by
    side unless --copies fills each page with one), else 2-up or more for a press, in rows
    and columns, or
    as many as fit the stock with --up auto (full size, each piece's bleed kept in the
    gutters, crop marks, two-sided ones work-and-turn: an even number across). Never
    rebuilds: every file is checked against the build's manifest. A press sheet that no
    press stock (SRA4, SRA3, 12 x 18 in, 13 x 19 in) holds is refused: a poster too large
    for one goes to the print shop as its single file (package). Warnings (cut lines closer
    than 1/8 in, a home sheet that prints type or a QR code below its minimum, a home sheet
    that prints inside the 5 mm of the paper's edge an office printer does not print, a press
    sheet's registration targets or colour bar with no room on the stock the press prints
    (or a gang or sticker sheet's corner target with none clear of the pieces' art), a slug
    with no room on the paper it is printed on, a build read
    with another kit than the one that made it) are printed and counted; --strict
    makes them errors: exit code 1, and the sheet is not written.

    \b
    Examples:
      python generate.py build --only badge-58 && python generate.py sheet --fill
      python generate.py sheet --lang en,ar,zh --copies 10 --paper letter --cut-page
      python generate.py sheet --paper letter --copies es=100,pt=50,en=25 --stock 13x19
      python generate.py sheet --material flyer-a5 --home --up 2 --lang sw
      python generate.py sheet --material flyer-a5 --up 2
      python generate.py sheet --material flyer-a6 --up auto --stock 13x19
      python generate.py sheet --from out-events --material event-flyer-a5 --home --up 2 \\
        --event walk-geneva --lang fr --copies 10
    """
    _check_options(out, material, home, up, sticker, lambda: _kiss_cut(build_dir, kit, material))
    count, each, langs = _language_copies(copies, langs)

    def named(req: SheetRequest) -> Target:  # by its languages as the kit spells them (EN: en)
        codes = req.languages or None
        name = _file_name(
            material, "{paper}", stock, codes, office, events, home, sticker, shared_cuts
        )

        def target(count: int, paper: str) -> Path:  # named by the count and paper it found
            return (
                build_dir / "sheets" / name.replace("{up}", str(count), 1).replace("{paper}", paper)
            )

        return target

    req = _request(click.get_current_context(), count, each, langs)
    made_by, loaded, req, result = _make(req, kit, out if out is not None else named, quiet)
    unreadable = unreadable_warning(loaded, req.languages or None)  # a strings file
    # the notes (severity note), then the warnings, with their count: the kit taken, the
    # draft translations (the sheet's slug marks them DRAFT), the press not verified; then
    # the summary, last, as a build's and a check's (a user's trial: each command had its order)
    told = [
        *([made_by.note] if made_by.note else []),
        *([made_by.warning] if made_by.warning else []),
        *([unreadable] if unreadable else []),
        *result.warnings,
        *draft_notes(loaded, result.drafts),  # those its files print (a badge
        # with no words in a draft language prints none)
        *_press_note(loaded, req, result),
    ]
    # --quiet, as build's and merge's: problems only (no note), no summary nor how to print
    show([d for d in told if not d.is_note] if quiet else told)
    if not quiet:
        _summary(req, result)
    if result.samples:  # its files' contacts are the project's samples: never printed
        from ..package.jobsheet import SAMPLE_NOTE  # as its job-sheet row says it

        echo(f"{SAMPLE_NOTE}: {result.samples}")
    if not quiet:
        _print_notes(req, result)


def _check_options(
    out: Path | None,
    material: str,
    home: bool,
    up: int,
    sticker: bool,
    kiss_cut: Callable[[], bool] = lambda: False,
) -> None:
    """Refuse what no sheet is: an --out that is not a PDF, a home sheet of flyers more than
    4-up, and --paper for a press sheet of flyers (its own size, not a paper's); for a
    material kiss-cut along its own die line (`kiss_cut`, asked only then: sticker-50), the
    command to run, its own with --sticker."""
    if out is not None and out.suffix.lower() != ".pdf":  # `-o s8.txt` wrote a PDF named .txt
        raise click.UsageError(f"a sheet is a PDF: name it {out.with_suffix('.pdf').name}")
    badges = material.startswith("badge")
    # home_cells: one, two side by side, or two by two (badges: as many as fit)
    if home and up not in (1, 2, 4) and not badges:
        raise click.BadParameter(
            "a home sheet is 1-, 2- or 4-up (for more, have it printed: without --home)",
            param_hint="--up",
        )
    # a press sheet of flyers is the flyers' own size (2 or 4 trims, bleed, marks), whatever
    # --paper says: it was named flyer-a5-a3-4up.pdf at 302 x 426 mm, larger than A3
    press = not (badges or sticker or home)
    given = click.get_current_context().get_parameter_source("paper")
    if press and given is click.core.ParameterSource.COMMANDLINE:
        if kiss_cut():  # a sticker was told of flyers, and not of --sticker (a user's trial)
            from ..commands import typed

            context = click.get_current_context()
            again = typed(
                context.meta.get("kit.argv", []), context.info_name or "sheet", "--sticker"
            )
            raise click.UsageError(
                f"'{material}' is a sticker, kiss-cut along its own die line: its sheet is a "
                "sticker sheet, as many as fit on the --paper, each with its die line: "
                + (again or f"python generate.py sheet --material {quote(material)} --sticker")
            )
        raise click.UsageError(
            "a press sheet of flyers is their own size (2 or 4 trims side by side, with bleed "
            "and marks), not a paper's: --paper is for --home, badges and --sticker (the "
            "press stock it is printed on: --stock)"
        )


def _kiss_cut(build: Path, kit: Path | None, material: str) -> bool:
    """Whether `material` is kiss-cut along its own die line (its layout's `cut_contour`
    mark: sticker-50), in the kit that reads `build` (--kit, else the one that made it:
    cli.buildkit.build_kit); False when that kit does not load or has no such layout (the
    sheet's own checks then tell why)."""
    from ..diagnostics import DiagnosticsError
    from ..pipeline.kitcache import cached_kit
    from .buildkit import build_kit

    try:
        layout = cached_kit(build_kit(build, kit, "sheet.kit").root, isolate=True).layouts.get(
            material
        )
    except DiagnosticsError:
        return False
    return layout is not None and layout.marks.cut_contour


def _file_name(
    material: str,
    paper: str,
    stock: str | None,
    langs: tuple[str, ...] | None,
    office: str | None,
    events: tuple[str, ...] | None,
    home: bool,
    sticker: bool,
    shared_cuts: bool,
) -> str:
    """The sheet's default file name (--out's help), "{up}" standing for the count to a
    sheet of flyers (`--up auto` finds it)."""
    badges = material.startswith("badge")
    upped = "" if badges or sticker else "-{up}up" + ("-home" if home else "")
    upped += "-home" if badges and home and not sticker else ""
    upped += "-stickers" if sticker else ""
    upped += "-shared" if shared_cuts and not (home or sticker) else ""
    press = not (badges or sticker or home)
    # a press sheet for another stock than the smallest is another file (its marks are placed
    # for that stock): `--stock 13x19` wrote over the default stock's sheet
    # a gang or sticker sheet on another stock (--stock 13x19) too: its slug names it
    on = f"-{stock}" if stock and not home else ""
    sheet_paper = on if press else f"-{paper}{on}"
    # the languages asked for name it too: `sheet --lang ar` wrote over the sheet of all
    chosen = "".join(f"-{code}" for code in (*(events or ()), *(langs or ())))
    return f"{material}{sheet_paper}{upped}{'-' + office if office else ''}{chosen}.pdf"


def _request(
    context: click.Context,
    copies: int,
    each: tuple[tuple[str, int], ...],
    langs: tuple[str, ...] | None,
) -> SheetRequest:
    """The sheet asked for, from the command's options (`context.params`; --copies and --lang
    as _language_copies takes them), with the options given on the command line (`given`:
    those a kind of sheet has no use for are refused)."""
    from ..sheets.build import SheetRequest

    p = context.params
    return SheetRequest(
        p["build_dir"],
        p["material"],
        paper=p["paper"],
        languages=langs or (),
        office=p["office"],
        copies=copies,
        language_copies=each,
        fill=p["fill"],
        packing=p["packing"],
        gap=p["gap"],
        margin=p["margin"],
        cut_page=p["cut_page"],
        sticker=p["sticker"],
        up=p["up"],
        shared=p["shared_cuts"],
        shared_tolerance=p["shared_tolerance"],
        shared_max_differing=p["shared_max_differing"],
        home=p["home"],
        events=p["events"] or (),
        stock=p["stock"],
        given=frozenset(
            name.replace("_", "-")
            for name in p
            if context.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE
        ),
        strict=p["strict"],
        command=_command_words(context),
    )


def _command_words(context: click.Context) -> tuple[str, ...]:
    """The command line as given (cli.KitGroup keeps it: `kit.argv`), from the command's name
    on ("sheet", "--lang", "en"): the options before it are the program's (--debug); () when
    it is not there."""
    argv = [str(word) for word in context.meta.get("kit.argv", [])]
    name = context.info_name or "sheet"
    return tuple(argv[argv.index(name) :]) if name in argv else ()


def _make(
    req: SheetRequest,
    kit: Path | None,
    out: Path | Callable[[SheetRequest], Target],
    quiet: bool = False,
) -> tuple[BuildKit, Kit, SheetRequest, SheetResult]:
    """The kit that reads the build (--kit, else the one that made it: a `sheet.kit` warning
    when another, an error with --strict), the request with its languages as that kit reads
    them (sheets.request.kit_languages: `ref.language` for a code it has not, as `build
    --lang` says it), and the sheet made and written to `out` (a path, or the target for
    that request: its file is named by the kit's codes); errors reported (reporting: exit
    code 1; `quiet`, --quiet: without the notes beside them)."""
    from ..diagnostics import fail_if_strict
    from ..pipeline.kitcache import cached_kit
    from ..sheets.build import make_sheet
    from ..sheets.request import kit_languages
    from .buildkit import build_kit

    with reporting(strict=req.strict, quiet=quiet):
        made_by = build_kit(req.build, kit, "sheet.kit")
        fail_if_strict((made_by.warning,) if made_by.warning else (), req.strict)
        loaded = cached_kit(made_by.root, isolate=True)
        req = kit_languages(loaded, req)
        result = make_sheet(loaded, req, out if isinstance(out, Path) else out(req))
    return made_by, loaded, req, result


def _summary(req: SheetRequest, result: SheetResult) -> None:
    """The sheet's line: how many of what on which sheet, and the file written; for round
    pieces, what its page is (_badge_page)."""
    from ..sheets.paper import article, paper_name
    from ..sheets.press import turned_text

    material, sticker, home = req.material, req.sticker, req.home
    paper = result.paper or req.paper  # the pieces' own without --paper (sheet_paper)
    g, c = result.grid, result.cells
    if g is not None:
        echo(
            f"{material}: {g.count} to {article(paper)} {paper_name(paper)} sheet "
            f"({g.packing} packing, "
            f"{g.diameter:g} mm {'kiss-cut' if sticker else 'cut'} circles, {g.gap:g} mm "
            f"apart); {result.pieces} {'sticker' if sticker else 'badge'}(s)"
            f"{_per_language(result)} on {result.sheets} sheet(s)"
            f"{_cut_pages(req, result.pieces, g.count)}; wrote {result.path}"
        )
        echo(_badge_page(g.sheet, paper, home, result, sticker))
        more = _more_on_stock(req, result)
        if more:
            echo(more)
        last = result.pieces - (result.sheets - 1) * g.count
        if not req.fill and 0 < last < g.count:  # an organiser's trial: 3 badges on page 2
            which = "its last sheet" if result.sheets > 1 else "the sheet"
            echo(
                f"{which} holds {last} of its {g.count} places: --fill repeats the "
                f"{'stickers' if sticker else 'badges'} until it is full"
            )
    elif c is not None:
        w, h = c.sheet
        turned = ", the pieces turned 90°" if c.turned else f", {turned_text(c)}" if c.mixed else ""
        how = (
            f"stickers on {paper_name(paper)}, kiss-cut at the trim{turned}"
            if sticker
            else f"for an office printer, {w:g} x {h:g} mm "
            f"({'landscape' if w > h else 'portrait'}), at {c.scale * 100:.1f} %{turned}"
            if home
            else f"for a press, {w:g} x {h:g} mm + bleed and marks{turned}"
            + (", work-and-turn" if result.two_sided else "")
            + _on_stock(result.media, result.stock)
        )
        placed = sum(n for _, n in result.copies)
        made = f"; {placed} sticker(s){_per_language(result)}" if sticker else ""
        cut = _cut_pages(req, placed, len(c.cells)) if sticker else ""  # a sticker sheet's
        each = f"{len(c.cells)}-up {how}; {result.sheets} page(s){cut}{made}"
        echo(f"{material}: {each}; wrote {result.path}")
        if sticker:
            echo(_badge_page(c.sheet, paper, False, result, True))
        if home and result.two_sided:
            echo(
                "print double-sided, turning the sheet over left to right (landscape: flip on "
                "the short edge; portrait: on the long edge)"
            )


def _more_on_stock(req: SheetRequest, result: SheetResult) -> str:
    """For a gang or sticker sheet printed on a larger press stock (a Letter sheet on 12 x 18
    in), the stock's own count when the stock itself as the sheet (`--paper`: marks and slug
    inside its margin) holds more pieces: "12 x 18 in paper itself holds 24 to a sheet
    (--paper 12x18), where Letter's sheet holds 9". A print shop's trial printed 9 badges a
    sheet on a stock that holds 24, and was never told. "" otherwise (at home; on its own
    stock; the stock holds no more)."""
    from dataclasses import replace

    from ..diagnostics import DiagnosticsError
    from ..sheets.build import badge_grid
    from ..sheets.paper import paper_name

    g, stock = result.grid, result.stock
    paper = result.paper or req.paper
    if g is None or req.home or not stock or stock == paper:
        return ""
    try:
        there = badge_grid(replace(req, paper=stock, home=False), g.diameter)
    except DiagnosticsError:
        return ""
    if there.count <= g.count:
        return ""
    pieces = "stickers" if req.sticker else "badges"
    return (
        f"{paper_name(stock)} paper itself as the sheet holds {there.count} {pieces} "
        f"(--paper {stock}, its marks and slug inside its margin), where {article_of(paper)} "
        f"sheet holds {g.count}"
    )


def article_of(paper: str) -> str:
    """ "a Letter", "an A4": the paper's name with its article."""
    from ..sheets.paper import article, paper_name

    return f"{article(paper)} {paper_name(paper)}"


def _print_notes(req: SheetRequest, result: SheetResult) -> None:
    """How to print it: at actual size (round pieces, stickers)."""
    g, sticker = result.grid, req.sticker
    if g is not None and req.home:  # cut by hand or with a circle cutter, for a button press
        echo(
            "print it at actual size (100 %, not fit to page: the PDF asks a viewer for that): "
            f"only at full size are the cut circles {g.diameter:g} mm, the cut size your "
            "press needs"
        )
    elif g is not None or sticker:  # cut by a die or a plotter: at its own size
        echo(
            "print it at actual size (100 %, not fit to page: the PDF asks a viewer for that): "
            "only at full size does the die cut where its pieces are"
        )


def _press_note(kit: Kit, req: SheetRequest, result: SheetResult) -> list[Diagnostic]:
    """A `layout.press-unverified` note when the badge's press sizes are not verified, as
    `build` and `check` say it (report.press_notes, at the press file's `verified:` or the
    layout's own `badge:`: press_place); none
    for a sticker sheet, which goes to no button press."""
    if not result.unverified or req.sticker:
        return []
    layout = kit.layouts.get(req.material)
    return [
        note(
            "layout.press-unverified",
            f"the {req.material} press sizes are not verified ({result.unverified}): "
            "print one sheet and check it on your press first",
            press_place(kit, layout),
        )
    ]


def _cut_pages(req: SheetRequest, pieces: int, per: int) -> str:
    """The pages of cut lines alone that --cut-page adds after the sheets (sheets.impose's
    and cell_impose's: one of a full sheet's, one of a partly filled last sheet's), as the
    sheet's line says them: " and a page of cut lines", " and 2 pages of cut lines (a full
    sheet's, the last sheet's)"; "" without --cut-page. The line said "on 23 sheet(s)" of a
    PDF of 24 pages (a Manila organiser's trial)."""
    if not req.cut_page or not pieces or not per:
        return ""
    full, last = pieces >= per, pieces % per > 0
    if full and last:
        return " and 2 pages of cut lines (a full sheet's, the last sheet's)"
    return " and a page of cut lines"


def _per_language(result: SheetResult) -> str:
    """The pieces of each language one printing of the sheet PDF makes, as its line says
    them: " (4 en, 4 fr, 4 ar)"; "" for one language (the count says it)."""
    if len(result.copies) < 2:
        return ""
    return " (" + ", ".join(f"{n} {code}" for code, n in result.copies) + ")"


def _badge_page(
    sheet: tuple[float, float],
    paper: str,
    home: bool,
    result: SheetResult | None = None,
    sticker: bool = False,
) -> str:
    """What a gang or sticker sheet's page is and what prints it: for an office printer
    (`home`), the paper itself, its line in the margin; on a press stock (SRA3, 13 x 19 in:
    sheets.gang_marks.own_stock), that stock itself, the sheet a press prints, with its
    targets and slug inside its margin (`result`: which it has room for); else, for a
    press, the paper with its bleed and slug past it (sheets.impose.sheet_pads: 216 x 313 mm
    for A4), printed on the press stock that holds it (`result.stock`), which an office
    printer's driver asks a custom paper for, or shrinks to the paper it has when "fit to
    page" is chosen (97.2 %: 70 mm cut circles became 68 mm, too small for the press).
    `sticker`: its pieces are stickers, kiss-cut (no --home for them)."""
    from ..diagnostics import listed
    from ..press_stock import PRESS_EDGE_MM
    from ..sheets.cuts import PT_PER_MM
    from ..sheets.gang_marks import own_stock
    from ..sheets.impose import sheet_pads
    from ..sheets.paper import paper_name, size_text

    name = article_of(paper)
    slug = result is None or result.slug
    pieces = "stickers" if sticker else "badges"
    if home:
        line = (
            ", and a line between it and them names the sheet, its languages and any draft"
            if slug
            else ""
        )
        return (
            f"the page is {name} page ({size_text(sheet)} mm), for an office printer: the "
            f"art stays inside its margins, which it does not print{line}; cut along the "
            "circles"
        )
    targets = result is None or bool(result.targets)
    if own_stock(paper, False):
        inside = [f"{pieces}' art", *["registration targets"] * targets, *["slug"] * slug]
        return (
            f"the page is {name} sheet ({size_text(sheet)} mm), the sheet a press prints, "
            f"with no bleed or slug past it: its {listed(inside)} stay at least "
            f"{PRESS_EDGE_MM:g} mm inside its edge, which a press does not print; "
            + (
                "then a die cutter or plotter kiss-cuts the stickers"
                if sticker
                else "then a die cutter cuts the badges out of it"
            )
        )
    px, py = sheet_pads(sheet)
    media = (sheet[0] + 2 * px / PT_PER_MM, sheet[1] + 2 * py / PT_PER_MM)
    stock = result.stock if result is not None else None
    past = "its bleed and a slug past it" if slug else "its bleed past it"
    corners = ", registration targets at its corners" if targets else ""
    office = (
        ""
        if sticker
        else f"; on an office printer of {paper_name(paper)} paper, make {name} page with --home"
    )
    return (
        f"the page is {size_text(media)} mm: {name} sheet with {past}{corners}, larger than "
        f"{paper_name(paper)}, printed on {paper_name(stock) if stock else 'larger'} paper "
        f"by a press, then {'kiss-cut' if sticker else 'die-cut'}{office}"
    )


def _on_stock(media: tuple[float, float] | None, stock: str | None) -> str:
    """A press sheet's media and the press stock it is printed on (`stock`: --stock), else
    the smallest common press sheet that holds it, for its line: "; a 320 x 448 mm sheet with
    its marks, for SRA3"."""
    from ..sheets.paper import paper_name, size_text, stock_for

    if media is None:
        return ""
    stock = stock or stock_for(media)
    return f"; a {size_text(media)} mm sheet with its marks" + (
        f", for {paper_name(stock)}" if stock else ""
    )


def _up(value: str) -> int:
    """--up: a count of 1 or more, or "auto" (sheets.request.AUTO: as many as fit)."""
    if value.strip().lower() == "auto":
        return 0
    try:
        count = int(value)
    except ValueError:
        count = 0
    if not 1 <= count <= 144:
        raise click.BadParameter(f"{value!r} is not a count from 1 to 144, or auto")
    return count
