"""Which rows of a job sheet print a print order: every ordered file from one row only, so
that the copies column never doubles an order.

A sheet `sheet` made places some of the package's files, to print instead of them; two
sheets may place the same files (a Letter and a Tabloid sticker sheet of one sticker). Each
row with copies was printed: a US print shop's trial counted 120 English stickers ordered,
20 Letter and 9 Tabloid sheets of them in the copies column (246 made), besides the single
file's own 120. Now each group's sheets are chosen once: the one that makes most of the
ordered files, then takes least press paper, is printed (its row has the copies), the files
it places are not printed on their own (their rows say so, with their ordered copies), and
each other sheet of the same files is an alternative, its copies in its note alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..printorder import PrintOrder
from ..sheets.record import SHEETS_DIR, MadeSheet
from .jobsheet import ordered_parts, sheet_runs


class PrintPlan(NamedTuple):
    """What a group's job sheet prints for the order: `on_sheet`, each print file (by path)
    a chosen sheet prints, that sheet's name; `instead`, each sheet not chosen that places
    some of the same ordered files, the chosen sheets it is an alternative to; `lines`, the
    head of JOB-SHEET.txt that sets them side by side."""

    on_sheet: dict[str, str]
    instead: dict[str, tuple[str, ...]]
    lines: tuple[str, ...] = ()


NO_PLAN = PrintPlan({}, {})


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
    """The area of press paper one printed page of a sheet takes: its press stock's (12 x 18
    in for a Letter sticker sheet), else its page's (with its bleed and slug), else its
    trim's."""
    from ..sheets.paper import SHEETS, press_media, stock_for

    stock = m.stock
    if m.mode == "press" and not stock:
        stock = stock_for(press_media(m.sheet_mm, m.bleed_mm))
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
    places one of its ordered files, and is then an alternative to those."""
    placed: dict[str, set[str]] = {}
    cost: dict[str, float] = {}
    for m in sheets:
        ordered = ordered_parts(m, order)
        placed[m.name] = {f.path for f, o in zip(m.parts, ordered, strict=True) if o is not None}
        cost[m.name] = printings(m, order, plans.get(m.name)) * paper_mm2(m)
    chosen: list[str] = []
    on_sheet: dict[str, str] = {}
    instead: dict[str, tuple[str, ...]] = {}
    ranked = sorted((n for n in placed if placed[n]), key=lambda n: (-len(placed[n]), cost[n], n))
    for name in ranked:
        taken = tuple(dict.fromkeys(on_sheet[p] for p in sorted(placed[name]) if p in on_sheet))
        if taken:
            instead[name] = taken
            continue
        chosen.append(name)
        on_sheet.update(dict.fromkeys(placed[name], name))
    by_name = {m.name: m for m in sheets}
    return PrintPlan(on_sheet, instead, _head(by_name, chosen, instead, order, plans))


def _copies(m: MadeSheet, order: PrintOrder, plan: list[int] | None) -> str:
    runs = sheet_runs(m, order, plan)
    if runs is None:
        return "each page its own count (its NOTE says)"
    return f"{runs:,} cop{'y' if runs == 1 else 'ies'} of the sheet"


def _head(
    sheets: Mapping[str, MadeSheet],
    chosen: Sequence[str],
    instead: Mapping[str, tuple[str, ...]],
    order: PrintOrder,
    plans: Mapping[str, list[int] | None],
) -> tuple[str, ...]:
    """JOB-SHEET.txt's lines that set each chosen sheet beside its alternatives: "  sheets/A:
    10 copies of the sheet (counted)", then "    or sheets/B: 24 copies of the sheet"."""
    lines: list[str] = []
    for name in chosen:
        others = [n for n, over in instead.items() if name in over]
        if not others:
            continue
        m = sheets[name]
        lines.append(f"  {SHEETS_DIR}/{name}: {_copies(m, order, plans.get(name))} (counted)")
        lines += [
            f"    or {SHEETS_DIR}/{n}: {_copies(sheets[n], order, plans.get(n))}" for n in others
        ]
    if not lines:
        return ()
    return (
        "PRINT ONE SHEET OF EACH SET (these sheets place the same files: print one, never "
        "both; the copies column counts the first, which takes least press paper):",
        *lines,
    )
