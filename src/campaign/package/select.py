"""Which of a build's files a package holds: `package --only MATERIALS --lang CODES` (as
`build` takes them) and `--ordered-only` (the print files a print order gives copies, and
their screen files). A `paper: us` office's default build made 24 print PDFs, 14 of them
badges in 7 sizes, and its print ZIP held every one, with 18 of them marked "NOT IN THE PRINT
ORDER (no copies given)" under an order for 4 materials (a print shop's trial). What is left
out is counted (`LeftOut`) and said: the job sheet, the command's note, its JSON report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..diagnostics import Collector, DiagnosticsError, failure
from ..model import Kit
from ..output import OutputFile
from ..printorder import PrintOrder
from ..program import quote
from ..spool import Spool
from .plan import PRINT_VARIANTS, group_of

# how many left-out files the job sheet and the note name before "and N more"
SHOWN_LEFT_OUT = 12


@dataclass(frozen=True)
class Selection:
    """`package`'s --only (material ids), --lang (language codes) and --ordered-only; None:
    not given (every material, every language)."""

    only: tuple[str, ...] | None = None
    langs: tuple[str, ...] | None = None
    ordered: bool = False

    @property
    def narrows(self) -> bool:
        return self.only is not None or self.langs is not None or self.ordered

    def words(self) -> str:
        """The options as the command line gave them ("--only poster-a4 --lang en,fr")."""
        out = []
        if self.only is not None:
            out.append(f"--only {quote(','.join(self.only))}")
        if self.langs is not None:
            out.append(f"--lang {quote(','.join(self.langs))}")
        if self.ordered:
            out.append("--ordered-only")
        return " ".join(out)

    def checked(self, kit: Kit) -> Selection:
        """The selection with each language code as the kit spells it (EN is en). Raises
        DiagnosticsError `ref.material` and `ref.language` for names the kit does not have,
        with build's hints (did you mean, the size to add, `new language`): the same checks
        as `build --only --lang` (pipeline.jobs.select)."""
        from ..model.language import unknown_language
        from ..pipeline.jobs import _unknown

        errs = Collector()
        langs = None
        if self.langs is not None:
            langs = tuple(dict.fromkeys(kit.language_code(c) for c in self.langs))
            for code in langs:
                if code not in kit.languages and code not in kit.unreadable:
                    errs.add(unknown_language(code, kit.languages))
        only = tuple(dict.fromkeys(self.only)) if self.only is not None else None
        if only is not None:
            _unknown(errs, "ref.material", only, kit.layouts, "materials")
        errs.raise_if_errors()
        return Selection(only, langs, self.ordered)

    def takes_material(self, material: str) -> bool:
        """Whether --only packs the files of `material` (a merge's refused rows are named
        for their template's files)."""
        return self.only is None or material in self.only

    def keeps(self, f: OutputFile) -> bool:
        """Whether --only and --lang keep `f` (--ordered-only is judged by `ordered`)."""
        return (self.only is None or f.material in self.only) and (
            self.langs is None or f.language in self.langs
        )


@dataclass
class LeftOut:
    """The files a selection left out of the package, by why: not of --only's materials or
    --lang's languages (`chosen`), or given no copies by the print order (`unordered`,
    --ordered-only); each by its name in the build, print files first."""

    # spooled (a merge's build lists 10,000 files or more)
    chosen: Spool[OutputFile] = field(default_factory=Spool)
    unordered: Spool[OutputFile] = field(default_factory=Spool)
    materials: set[str] = field(default_factory=set)  # the build's, for `missing`
    languages: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.chosen) + len(self.unordered)

    def keep(self, files: Iterable[OutputFile], selection: Selection) -> Iterator[OutputFile]:
        """`files` that --only and --lang keep; the others added to `chosen`. Notes which
        materials and languages the build has, for `missing`."""
        for f in files:
            self.materials.add(f.material)
            self.languages.add(f.language)
            if selection.keeps(f):
                yield f
            else:
                self.chosen.append(f)

    def missing(self, selection: Selection) -> list[str]:
        """The names of --only and --lang that match no file of the build."""
        out = [m for m in selection.only or () if m not in self.materials]
        out += [c for c in selection.langs or () if c not in self.languages]
        return out

    def lines(self, selection: Selection, group: str) -> list[str]:
        """What was left out of `group` (plan.group_of) and how to include it, as the job
        sheet's head says it."""
        out = []
        chosen = Selection(selection.only, selection.langs).words()
        for every, why in (
            (self.chosen, f"not of {chosen}"),
            (self.unordered, "given no copies by the print order (--ordered-only)"),
        ):
            files = [f for f in every if group_of(f) == group]
            if not files:
                continue
            prints = sum(1 for f in files if f.variant in PRINT_VARIANTS)
            named = sorted({f.name for f in files if f.variant in PRINT_VARIANTS})
            shown = ", ".join(named[:SHOWN_LEFT_OUT])
            more = f" and {len(named) - SHOWN_LEFT_OUT} more" if len(named) > SHOWN_LEFT_OUT else ""
            out.append(
                f"  {len(files)} file(s) {why}: {prints} print file(s)"
                + (f" ({shown}{more})" if named else "")
                + f", {len(files) - prints} screen file(s)"
            )
        if out:
            out.append(f"  to include them, package again without {selection.words()}")
        return out


def ordered_only(
    files: Iterable[OutputFile], order: PrintOrder, left: LeftOut
) -> Iterator[OutputFile]:
    """`files` whose print file the order gives copies: a print file with a line of copies
    (PrintOrder.line_for), and the screen files (digital PDF, previews) of the same
    material, language, office and event; the others added to `left.unordered`. A social
    image has no print file: left out. `files` is read twice."""
    wanted = set()
    for f in files:
        if f.variant in PRINT_VARIANTS:
            line = order.line_for(f)
            if line is not None and line.copies:
                wanted.add((f.material, f.language, f.office, f.record))
    for f in files:
        if (f.material, f.language, f.office, f.record) in wanted:
            yield f
        else:
            left.unordered.append(f)


def nothing_selected(
    selection: Selection, missing: list[str], build: str, left: LeftOut
) -> DiagnosticsError:
    """`package.selection`: names of --only or --lang that match no file of the build (a
    material the kit has and the build did not make: nothing of it to pack); the hint names
    the build's materials and languages (`left`: LeftOut.keep saw them)."""
    return failure(
        "package.selection",
        f"{build} has no file of {', '.join(missing)} ({selection.words()}): nothing of "
        f"{'it' if len(missing) == 1 else 'them'} to package",
        None,
        f"its materials: {', '.join(sorted(left.materials))}; its languages: "
        f"{', '.join(sorted(left.languages))}; or build the others first",
    )
