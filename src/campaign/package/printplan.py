"""Which rows of a job sheet print a print order: every ordered file from one row only, so
that the copies column never doubles an order.

A sheet `sheet` made places some of the package's files, to print instead of them; two
sheets may place the same files (a Letter and a Tabloid sticker sheet of one sticker). Each
row with copies was printed: a US print shop's trial counted 120 English stickers ordered,
20 Letter and 9 Tabloid sheets of them in the copies column (246 made), besides the single
file's own 120. Now each group's sheets are chosen once: the one that makes most of the
ordered files, then takes least press paper, is printed (its row has the copies), the files
it places are not printed on their own (their rows say so, with their ordered copies), and
each other sheet whose ordered files the chosen ones all print is an alternative, its
copies in its note alone (with the chosen ones' files it lacks, to print on their own). A
sheet that shares some files with a chosen one and places others is not printed: it was
an alternative too, and a shop that printed an A3 French-Spanish sheet instead of the A4
English-French one, as its note offered, never printed the English and printed the Spanish
twice, on the sheet and on its own (a reviewer's trial)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import NamedTuple

from ..output import OutputFile
from ..printorder import PrintOrder
from ..sheets.record import SHEETS_DIR, MadeSheet
from .jobsheet import NOT_PRINTED, OR_SHEET, Aside, ordered_parts, sheet_runs


class PrintPlan(NamedTuple):
    """What a group's job sheet prints for the order: `on_sheet`, each print file (by path)
    a chosen sheet prints, that sheet's name; `chosen`, the sheets printed (the copies
    column's), best first; `aside`, each other sheet that places some of the same ordered
    files, what its row says of it (an alternative to chosen sheets, or not printed);
    `lines`, the head of JOB-SHEET.txt that sets them beside the chosen ones."""

    on_sheet: dict[str, str]
    chosen: tuple[str, ...]
    aside: dict[str, Aside]
    lines: tuple[str, ...] = ()


NO_PLAN = PrintPlan({}, (), {})


def printings(m: MadeSheet, order: PrintOrder, plan: Sequence[int] | None) -> int:
    """How many pages of a sheet go through the press for the order: a press sheet of a page
    per file, each page its file's runs; a gang or sticker sheet of a page plan
    (jobsheet.page_plan), its pages' counts; else every printed page as often as the file
    that needs most."""
    ordered = ordered_parts(m, order)
    if m.mode == "press" and len(m.parts) == m.printed_pages > 1:
        return sum(o.runs for o in ordered if o is not None)
    if plan is not None:
        return sum(plan)
    return max((o.runs for o in ordered if o is not None), default=0) * m.printed_pages


def paper_mm2(m: MadeSheet) -> float:
    """The area of press paper one printed page of a sheet takes: its press stock's
    (MadeSheet.stock_on: 12 x 18 in for a Letter sticker sheet, or a US office's custom
    flyers), else its page's (with its bleed and slug), else its trim's."""
    from ..sheets.paper import SHEETS

    stock = m.stock_on
    w, h = SHEETS[stock] if stock in SHEETS else (m.page_mm or m.sheet_mm)
    return w * h


def print_plan(
    sheets: Sequence[MadeSheet], order: PrintOrder, plans: Mapping[str, list[int] | None]
) -> PrintPlan:
    """Which of a group's sheets print the order (`plans`: each one's jobsheet.page_plan).
    A sheet that places no file the order gives copies is none's. The others are taken in
    turn, the one that makes most ordered files first, then the one that takes least press
    paper (its printings times its stock's area: 9 Tabloid sticker sheets before 20 Letter
    ones, both on 12 x 18 in), then by name; each is chosen unless a chosen one already
    places one of its ordered files. A sheet not chosen is an alternative to the chosen ones
    that place its files when they place all of them (the same files, or more: those it
    lacks are then printed on their own with it); one that also places files no chosen
    sheet does is not printed (those are printed on their own): printed too, it would make
    the shared ones twice, and in place of the chosen ones it would leave theirs unmade."""
    placed: dict[str, set[str]] = {}
    cost: dict[str, float] = {}
    files: dict[str, OutputFile] = {}
    for m in sheets:
        ordered = ordered_parts(m, order)
        placed[m.name] = {f.path for f, o in zip(m.parts, ordered, strict=True) if o is not None}
        cost[m.name] = printings(m, order, plans.get(m.name)) * paper_mm2(m)
        files.update((f.path, f) for f in m.parts)
    chosen: list[str] = []
    on_sheet: dict[str, str] = {}
    ranked = sorted((n for n in placed if placed[n]), key=lambda n: (-len(placed[n]), cost[n], n))
    for name in ranked:
        if not placed[name] & on_sheet.keys():
            chosen.append(name)
            on_sheet.update(dict.fromkeys(placed[name], name))
    aside: dict[str, Aside] = {}
    for name in ranked:
        if name not in chosen:
            aside[name] = _aside(name, files, order, placed, chosen, on_sheet)
    by_name = {m.name: m for m in sheets}
    return PrintPlan(on_sheet, tuple(chosen), aside, _head(by_name, chosen, aside, order, plans))


def _aside(
    name: str,
    files: Mapping[str, OutputFile],
    order: PrintOrder,
    placed: Mapping[str, set[str]],
    chosen: Sequence[str],
    on_sheet: Mapping[str, str],
) -> Aside:
    """What the job sheet says of a sheet that is not chosen (`print_plan`): an alternative
    to the chosen sheets that place its ordered files, when they place all of them, with
    the files of theirs it lacks to print on their own; else not printed, its files that
    no chosen sheet places printed on their own."""
    over = tuple(n for n in chosen if placed[n] & placed[name])
    own = sorted(placed[name] - on_sheet.keys())
    if own:
        said = f"{_shared(files, placed[name], on_sheet)} and {_alone(files, order, own)}"
        twice = _and([PurePosixPath(p).name for p in sorted(placed[name] & on_sheet.keys())])
        note = (
            f"{NOT_PRINTED}: {said}; printed as well, this sheet would make {twice} twice; to "
            "print from it, ask the sender for sheets that share no file; "
        )
        return Aside(over, note, False, f": {said}")
    named = ", ".join(f"{SHEETS_DIR}/{n}" for n in over)
    counted = "sheets" if len(over) > 1 else "sheet"
    either = "print either this one or those" if len(over) > 1 else "print one of them"
    lacks = sorted(set[str]().union(*(placed[n] for n in over)) - placed[name])
    if not lacks:
        note = (
            f"{OR_SHEET}{named} (the {counted} the copies column counts for the same files; "
            f"this one's copies are not in it): {either}, never both; "
        )
        return Aside(over, note, True)
    names = _and([PurePosixPath(p).name for p in lacks])
    alone = _alone(files, order, lacks)
    note = (
        f"{OR_SHEET}{named} (the {counted} the copies column counts for its files and for "
        f"{names}, which it does not place; this one's copies are not in it): {either}, never "
        f"both, and with this one {alone}; "
    )
    return Aside(over, note, True, f", and {alone}")


def _alone(files: Mapping[str, OutputFile], order: PrintOrder, paths: Sequence[str]) -> str:
    """Print files printed on their own for the order: "sticker-50-fr.pdf on its own (100
    copies)", "a.pdf (100 copies) and b.pdf (80 copies) on their own"."""
    said = []
    for p in paths:
        line = order.line_for(files[p])
        n = line.copies if line is not None else 0
        said.append((PurePosixPath(p).name, f"{n:,} cop{'y' if n == 1 else 'ies'}"))
    if len(said) == 1:
        return f"{said[0][0]} on its own ({said[0][1]})"
    return f"{_and([f'{name} ({n})' for name, n in said])} on their own"


def _shared(files: Mapping[str, OutputFile], placed: set[str], on_sheet: Mapping[str, str]) -> str:
    """Which chosen sheet prints each of `placed` that one does: "sticker-50-fr.pdf is
    printed on sheets/A.pdf (that row's copies)", each sheet's files together."""
    by_sheet: dict[str, list[str]] = {}
    for p in sorted(placed & on_sheet.keys()):
        by_sheet.setdefault(on_sheet[p], []).append(PurePosixPath(files[p].path).name)
    return ", ".join(
        f"{_and(names)} {'is' if len(names) == 1 else 'are'} printed on {SHEETS_DIR}/{sheet} "
        "(that row's copies)"
        for sheet, names in by_sheet.items()
    )


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _copies(m: MadeSheet, order: PrintOrder, plan: list[int] | None) -> str:
    runs = sheet_runs(m, order, plan)
    if runs is None:
        return "each page its own count (its NOTE says)"
    return f"{runs:,} cop{'y' if runs == 1 else 'ies'} of the sheet"


def _head(
    sheets: Mapping[str, MadeSheet],
    chosen: Sequence[str],
    aside: Mapping[str, Aside],
    order: PrintOrder,
    plans: Mapping[str, list[int] | None],
) -> tuple[str, ...]:
    """JOB-SHEET.txt's lines that set each chosen sheet beside its alternatives: "  sheets/A:
    10 copies of the sheet (counted)", then "    or sheets/B: 24 copies of the sheet" (", and
    sticker-50-fr.pdf on its own (100 copies)" where B lacks some of A's files; "(instead of
    it and sheets/C)" where it replaces more than one); then the sheets not printed, each
    with which sheet prints its files."""
    lines: list[str] = []
    for name in chosen:
        others = [n for n, a in aside.items() if a.alternative and a.sheets[0] == name]
        if not others:
            continue
        m = sheets[name]
        lines.append(f"  {SHEETS_DIR}/{name}: {_copies(m, order, plans.get(name))} (counted)")
        for n in others:
            more = [f"{SHEETS_DIR}/{o}" for o in aside[n].sheets[1:]]
            also = f" (instead of it and {_and(more)})" if more else ""
            lines.append(
                f"    or {SHEETS_DIR}/{n}{also}: "
                f"{_copies(sheets[n], order, plans.get(n))}{aside[n].said}"
            )
    head: tuple[str, ...] = ()
    if lines:
        head = (
            "PRINT ONE SHEET OF EACH SET (the copies column counts the first, which makes most "
            'of the ordered files, then takes least press paper; each "or" sheet places only '
            'files it prints: print one, never both, and with an "or" sheet the files its line '
            "names on their own):",
            *lines,
        )
    apart = [(n, a) for n, a in aside.items() if not a.alternative]
    if not apart:
        return head
    return (
        *head,
        *([""] if head else []),
        "NOT PRINTED FOR THE ORDER (each places files a counted sheet prints and others no "
        "counted sheet does, which are printed on their own: printed as well, it would make "
        "the shared files twice; to print from it, ask the sender for sheets that share no "
        "file):",
        *(f"  {SHEETS_DIR}/{n}{a.said}" for n, a in apart),
    )
