"""What `generate.py sheet` is asked for (SheetRequest) and what it made (SheetResult), and the
options each kind of sheet has no use for, refused (`refuse_unused`: sheet.option)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..diagnostics import Diagnostic, failure
from ..output import OutputFile
from .cells import Cells
from .circles import Grid, Packing
from .paper import NAMED_STOCK, article, paper_name

if TYPE_CHECKING:
    from ..model import Kit
    from ..render.forms import FilledForm
    from .impose import GangMarks


@dataclass(frozen=True)
class SheetRequest:
    """What to impose: one material of a build, its languages (all built when empty), the
    campaign's files or one office's, on which sheet, how often each."""

    build: Path
    material: str
    # the sheet's paper (a paper.SHEETS key, --paper); without "paper" in `given`, make_sheet
    # takes the pieces' own paper family's (sheets.piece_paper: Letter for US pieces, A4 for
    # ISO ones and the rest), this or another
    paper: str = "a4"
    languages: tuple[str, ...] = ()
    office: str | None = None
    # the order of the languages built when `languages` names none: the office's
    # `languages:`, else the campaign's (kit_languages), which the package and the job
    # sheet keep; () for code order
    language_order: tuple[str, ...] = ()
    copies: int = 1
    # each language's own count (`--copies es=100,pt=50`), in the sheet's order: the copies
    # of a language named here, `copies` of any other (copies_for); () every language `copies`
    language_copies: tuple[tuple[str, int], ...] = ()
    fill: bool = False  # repeat the pieces until the last sheet is full
    packing: Packing | str = "best"
    gap: float | None = None
    margin: float | None = None
    cut_page: bool = False
    sticker: bool = False  # round pieces: stickers of the face, kiss-cut at the face circle
    # rectangular pieces to a sheet: 1, 2 or 4 at home; 2 or more at a press, AUTO: as many
    # as fit the press stock (--stock, else the one they waste least of: best_stock)
    # without --up (left_to_sheet), the sheet's own count (cell_sheet.default_up)
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
    # the press stock a press, gang or sticker sheet is printed on (a paper.NAMED_STOCK key,
    # --stock), which its marks and slug are placed for; None: the one paper.default_stock
    # chooses (the smallest that holds it, of its region's stocks first)
    stock: str | None = None
    # the paper family the pieces are made on (papers.paper_family: their layout's `paper:`,
    # or the office's for a `custom` size or a layout that gives none; cell_sheet sets it),
    # whose press stocks a press sheet of pieces of no paper size goes on (paper.region_of:
    # a US office's custom 5 x 7 in flyer on 12 x 18 in, not SRA4); None: none
    made_on: str | None = None
    # the options given (command-line names without dashes: "copies", "cut-page"), so that
    # one the chosen kind of sheet has no use for is refused (`refuse_unused`), not left out
    given: frozenset[str] = frozenset()
    strict: bool = False  # a warning is an error, and the sheet is not written (--strict)
    # the command line as given, from the command's name on ("sheet", "--lang", "en"), which
    # the sheet's record keeps for `package` to quote (package.unfilled's hint); () when made
    # by a program, not the command line
    command: tuple[str, ...] = ()

    def copies_for(self, language: str) -> int:
        """How many times each piece of `language` is placed (before --fill): its own count
        (`language_copies`), else `copies`."""
        return dict(self.language_copies).get(language, self.copies)

    @property
    def copies_key(self) -> str:
        """The copies asked for, as a sheet's input hash takes them: "3", or "es=100,pt=50"."""
        if not self.language_copies:
            return str(self.copies)
        return ",".join(f"{code}={n}" for code, n in self.language_copies)


@dataclass(frozen=True)
class SheetResult:
    path: Path
    grid: Grid | None  # round pieces
    pieces: int
    sheets: int
    unverified: str | None  # the press profile's source note when its sizes are unverified
    cells: Cells | None = None  # rectangular pieces
    two_sided: bool = False
    media: tuple[float, float] | None = None  # a press sheet's, mm (paper.press_media)
    languages: tuple[str, ...] = ()  # of the files placed
    # sheets.warn: sheet.gap, .scale, .marks, .slug; and the note sheet.home-line
    warnings: tuple[Diagnostic, ...] = ()
    # a press sheet's --stock, when given, or the one --up auto chose; a gang or sticker
    # sheet of badges: the paper it is printed on (its own, or the press stock that holds it)
    stock: str | None = None
    # a sheet of badges or stickers: how many of each language one printing makes, in order
    copies: tuple[tuple[str, int], ...] = ()
    slug: bool = False  # a sheet of badges or stickers: whether its slug (home: line) is printed
    targets: int = 0  # a gang or sticker sheet: its registration targets
    # which of the files it places are of sample data, never for print, in words
    # (serve.described.samples_placed); "" for none
    samples: str = ""
    # the paper it is on (a paper.SHEETS key): --paper, else the pieces' own
    # (sheet_paper.piece_paper); "" from code that did not say
    paper: str = ""
    # the draft translations the files placed print (drafts_placed): `sheet`'s strings.draft
    drafts: tuple[str, ...] = ()


DEFAULT_UP = 2  # SheetRequest.up without --up (the command line's default)
AUTO = 0  # SheetRequest.up: as many as fit the press stock (`--up auto`)


def left_to_sheet(req: SheetRequest, option: str) -> bool:
    """Whether `req` leaves `option` ("up", "paper") to the sheet: not given on the command
    line (`given`) and still the request's default (DEFAULT_UP; "a4"), so that a program's
    SheetRequest(up=4) is taken as asked."""
    default = {"up": DEFAULT_UP, "paper": "a4"}[option]
    return option not in req.given and getattr(req, option) == default


# the stock named when `--up auto` finds no stock that holds two (its message's): the ISO
# press sheet
AUTO_STOCK = "sra3"

# The project's choice: the counts to a sheet (`--up N`) that a press sheet whose slug leaves
# out fields tries for one with room for them all (press._roomier; then `--up auto`): more
# than 16 to a sheet is an `--up auto` sheet in practice (51 cards of 20 x 100 mm, 13 x 19 in)
ROOMIER_UP = 16

# the PDF to write, or it by the count to a sheet (`--up auto` finds it) and the paper
# (make_sheet chooses it without --paper)
Target = Path | Callable[[int, str], Path]


class Imposed(NamedTuple):
    """A sheet of rectangular pieces imposed, not yet written: its PDF, its pages, its cells,
    its warnings and the files it places, each as often as a printed sheet makes it."""

    pdf: bytes
    pages: int
    cells: Cells
    warnings: tuple[Diagnostic, ...]
    placed: list[OutputFile]
    stock: str | None = None  # a sticker or press sheet: the paper it is printed on
    marks: GangMarks | None = None  # a sticker sheet's targets and slug band
    slugs: Sequence[FilledForm | None] = ()  # its slugs, one per page (None: left out)
    # a press sheet of folded pieces: whether it marks every piece's folds at its edges
    # (sheets.folds.fold_ends); the record keeps it for the job sheet
    fold_marks: bool = False


def drafts_placed(kit: Kit, files: Iterable[OutputFile]) -> tuple[str, ...]:
    """The draft translations the files a sheet places print (serve.described.drafts_of),
    sorted: the languages `sheet`'s `strings.draft` note names."""
    from ..serve.described import drafts_of

    return tuple(sorted({code for f in files for code in drafts_of(kit, f)}))


def kit_languages(kit: Kit, req: SheetRequest) -> SheetRequest:
    """`req` with its --lang and --copies languages read as `build --lang` reads them
    (pipeline.jobs.select): each code as the kit spells it (EN is en: Kit.language_code),
    once. Raises DiagnosticsError `ref.language` for a code the kit has no language of (nor
    a strings file it cannot read), with build's hints (model.language.code_hints: `hat`
    is another code of ht, `kr` a country's, whose language is ko). `sheet --lang hat`
    said the build had no badge in hat and to build it with `--lang hat`, which failed (a
    badge-press operator's trial). Its `language_order`: the office's languages, else the
    campaign's (a sheet without --lang took them in code order, am before en, where the
    package and job sheet keep the office's: a print shop's trial)."""
    from dataclasses import replace

    from ..diagnostics import Collector
    from ..model.language import unknown_language

    fold = kit.language_code
    langs = tuple(dict.fromkeys(fold(code) for code in req.languages))
    errs = Collector()
    for code in dict.fromkeys((*langs, *(fold(code) for code, _ in req.language_copies))):
        if code not in kit.languages and code not in kit.unreadable:
            errs.add(unknown_language(code, kit.languages))
    errs.raise_if_errors()
    each = tuple((fold(code), count) for code, count in req.language_copies)
    order = kit.languages_of(req.office)
    return replace(req, languages=langs, language_copies=each, language_order=order)


def found(*warnings: Diagnostic | None) -> tuple[Diagnostic, ...]:
    return tuple(w for w in warnings if w is not None)


# the options that say how --shared-cuts judges a shared cut: of no use without it
SHARED_ONLY = ("shared-tolerance", "shared-max-differing")

# The options each kind of sheet has no use for (command-line names), and why
UNUSED: dict[str, dict[str, str]] = {
    "gang sheet of badges": {"up": "a gang sheet holds as many as fit"},
    "sticker sheet of badges": {
        "up": "a sticker sheet holds as many as fit",
        "home": "a sticker sheet is kiss-cut by a die cutter or a plotter, from the print PDFs",
    },
    "home sheet of badges": {
        "up": "a home sheet of badges holds as many as fit",
        "stock": "an office printer prints it on --paper",
    },
    "sticker sheet": {
        "up": "a sticker sheet holds as many as fit",
        "packing": "rectangular stickers go in rows and columns",
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

for _kind in (
    "gang sheet of badges",
    "sticker sheet of badges",
    "home sheet of badges",
    "sticker sheet",
    "home sheet",
):
    for _name in ("shared-cuts", *SHARED_ONLY):
        UNUSED[_kind][_name] = "only a press sheet of rectangular pieces shares its cuts"


def refuse_unused(req: SheetRequest, kind: str) -> None:
    """Raises `sheet.option` for the options given (`req.given`) that `kind` of sheet has no
    use for: `--copies 3` on a press sheet made one plate, without a word."""
    unused = [(name, why) for name, why in UNUSED[kind].items() if name in req.given]
    if kind == "press sheet" and not req.shared:  # they judge shared cuts, which it has not
        unused += [(n, "it judges shared cuts: add --shared-cuts") for n in SHARED_ONLY]
        unused = [(name, why) for name, why in unused if name in req.given]
    if "stock" in req.given and req.paper in NAMED_STOCK and kind.startswith(("gang", "sticker")):
        # a press's own sheet (--paper sra3) is the page itself: no larger stock under it
        unused.append(
            (
                "stock",
                f"--paper {req.paper} is the sheet the press prints ({paper_name(req.paper)} "
                "itself), with no larger stock to print it on",
            )
        )
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


__all__ = [
    "DEFAULT_UP",
    "AUTO",
    "AUTO_STOCK",
    "Imposed",
    "SheetRequest",
    "SheetResult",
    "Target",
    "UNUSED",
    "found",
    "kit_languages",
    "left_to_sheet",
    "refuse_unused",
]
