"""A gang or sticker sheet whose places are partly empty, printed many times for the print
order (`package.unfilled`): a print shop's trial packaged a gang sheet of one badge, made
without `sheet --fill` (8 of its 9 places empty), with an order of 150 copies, and the job
sheet said to print it 150 times (1,200 places blank) without a word.

The threshold, the project's choice: any empty place on a sheet the order has printed more
than once. Printed once, its empty places are one sheet's leftover, and filling them makes
pieces no one ordered; printed N times, each empty place is blank N times, and `--fill`
puts the sheet's own files there, which fewer printings then make (1 badge of 9 places
ordered 150 times: 150 printings; filled, 17)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from ..diagnostics import Collector, Mark
from ..printorder import OrderLine, PrintOrder
from ..program import join as join_words
from ..sheets.record import SHEETS_DIR, MadeSheet
from .jobsheet import fewest_printings, sheet_runs

# the sheets whose places may be left empty: a press sheet is always full (--up of one file)
FILLED_BY = {"gang": "badges", "sticker": "stickers"}


class Unfilled(NamedTuple):
    """A sheet's empty places as the order prints them: `empty` of its `places` (its
    printed pages'), printed `runs` times; `filled` the runs once `--fill` fills it (as
    sheets.files.copies_of fills it); `line` the order's line that asks most of it."""

    empty: int
    places: int
    runs: int
    filled: int
    line: OrderLine
    # a sheet whose pages are printed each its own count (jobsheet.page_plan): `runs` is its
    # last page's (where the empty places are), `filled` and `printings` its pages' together
    # once filled and as they are; 0: every page printed `runs` times
    printings: int = 0


def unfilled(m: MadeSheet, order: PrintOrder, plan: list[int] | None) -> Unfilled | None:
    """`m`'s empty places when the order has it printed more than once, else None (full, a
    press sheet, printed once or not at all, or a record that does not say how many places
    a page holds: MadeSheet.empty_places). `plan`: its jobsheet.page_plan for the order."""
    empty = m.empty_places
    runs = plan[-1] if plan is not None else sheet_runs(m, order, None)
    if m.mode not in FILLED_BY or not empty or runs is None or runs < 2:
        return None
    lines = {f.path: line for f in m.parts if (line := order.line_for(f)) is not None}
    if not lines:
        return None
    # `sheet --fill` repeats the pieces in the order placed until the last page is full
    placed = [f.path for f in m.parts for _ in range(m.copies.get(f.path, 0))]
    counts = dict(m.copies)
    for i in range(empty):
        counts[placed[i % len(placed)]] += 1

    def needs(path: str, each: dict[str, int]) -> int:
        return -(-lines[path].copies // each[path]) if each.get(path) else 0

    most = max(lines, key=lambda path: needs(path, m.copies))  # the first of the largest
    if plan is not None and len(set(plan)) > 1:
        # filled, the last page holds the pieces placed first again (the pages in the order
        # placed: each page's files in the order they came)
        pages = [dict(page) for page in m.page_copies]
        placed = [path for page in m.page_copies for path, n in page.items() for _ in range(n)]
        for i in range(empty):
            pages[-1][placed[i % len(placed)]] = pages[-1].get(placed[i % len(placed)], 0) + 1
        need = {path: line.copies for path, line in lines.items() if line.copies}
        filled = sum(fewest_printings(pages, need))
        return Unfilled(empty, m.printed_pages * m.places, runs, filled, lines[most], sum(plan))
    filled = max(needs(path, counts) for path in lines)
    return Unfilled(empty, m.printed_pages * m.places, runs, filled, lines[most])


def warn_unfilled(
    build: Path,
    group: str,
    sheets: Iterable[MadeSheet],
    order: PrintOrder,
    plans: Mapping[str, list[int] | None],
    errs: Collector,
) -> None:
    """A `package.unfilled` warning for each of `sheets` whose places are partly empty and
    which the order has printed more than once (`unfilled`), at the order's line that asks
    most of it (its copies cell; the sheet's file when that line has no place in the
    order), with the command that fills it: the one that made it (its record's) with
    `--fill`. `plans`: each sheet's jobsheet.page_plan, by its name."""
    for m in sheets:
        u = unfilled(m, order, plans[m.name])
        if u is None:
            continue
        name = f"{SHEETS_DIR}/{m.name}"
        at = u.line.mark if u.line.mark.line else Mark.file(build / SHEETS_DIR / m.name)
        if u.printings:  # its pages each their own count: the last one's places are empty
            printed = f"has its last page printed {u.runs:,} times"
            fewer = (
                f" (then {u.filled:,} printings of its pages for the order, not {u.printings:,})"
                if u.filled < u.printings
                else ""
            )
        else:
            printed = f"has it printed {u.runs:,} times"
            fewer = (
                f" (then printed {u.filled:,} times for the order, not {u.runs:,})"
                if u.filled < u.runs
                else ""
            )
        made = (
            f"`python generate.py {join_words([*m.command, '--fill'])}`"
            if m.command
            else "the same `python generate.py sheet` command with --fill"
        )
        errs.warn(
            "package.unfilled",
            f"{group}: {name} leaves {u.empty:,} of its {u.places:,} places empty, and the "
            f"print order {printed}: {u.empty * u.runs:,} places print blank",
            at,
            f"make it again with --fill, which repeats its {FILLED_BY[m.mode]} until it is "
            f"full{fewer}: {made}, then package again",
        )


__all__ = ["FILLED_BY", "Unfilled", "unfilled", "warn_unfilled"]
