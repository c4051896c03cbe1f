"""Checks of a sheet's rows before records are made: a row refused for a problem and the
rows it leaves (`_refused_row`), two rows of one event (`_duplicate`), and formulas a
spreadsheet saved without their values (`_unsaved_formulas`, `_unsaved_rows`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..diagnostics import Collector, Diagnostic, listed
from .data import Cell, Table, blank
from .fields import ID, RefusedRow


def _refused_row(
    cells: dict[str, Cell], event_id: str, said: Sequence[Diagnostic]
) -> list[RefusedRow]:
    """The row of `cells` as refused, with the errors the check said of it (`said`: what it
    added for the row), in the order of their places in the data file (row, then column:
    as the sheet reads): the first one, and the others (`more`); none when it said no error
    (it cannot be: a row is refused for one)."""
    errors = sorted(
        ((d.mark.line, d.mark.col) if d.mark is not None else (0, 0), n, d.message)
        for n, d in enumerate(said)
        if d.is_error
    )
    if not errors:
        return []
    # the row most of its cells are in (a merged cell above it fills it with its own row's)
    rows = Counter(c.row for c in cells.values() if c.row)
    row = rows.most_common(1)[0][0] if rows else 0
    ((line, col), _, problem), *others = errors
    return [
        RefusedRow(
            row,
            event_id if ID.fullmatch(event_id) else None,
            line,
            col,
            problem,
            tuple((at[0], at[1], message) for at, _, message in others),
        )
    ]


# What a row whose event id another row has is told: neither row is made (the later may be
# the earlier one corrected, or the earlier the event and the later a slip: which is the
# event cannot be told, so neither is printed until the sheet says)
TWICE_HINT = "keep one row for the event and delete the other, or give each event its own id"


def _duplicate(
    event_id: str,
    languages: tuple[str, ...],
    cell: Cell,
    ids: dict[str, tuple[int, str, tuple[str, ...]]],
    table: Table,
    errs: Collector,
) -> bool:
    """Whether `event_id` is on an earlier row of `ids` (by its casefold, as file names are
    told apart: Walk-1 and walk-1 are one file on Windows and macOS), said as an error at
    its `cell`; else it is added to `ids`. Every row is counted, refused or not. Neither row
    is made: the earlier row is refused too, and told, once every row is checked
    (`twice_told`)."""
    same = ids.get(event_id.casefold())
    if same is None:
        ids[event_id.casefold()] = (cell.row, event_id, languages)
        return False
    row_of, written, earlier = same
    also = f" as '{written}'" if written != event_id else ""
    why = " (file names that differ only in capitals are one file on Windows and macOS)"
    # a row per language of one event: each language's title is its own event here
    other = bool(languages) and bool(earlier) and not set(languages) & set(earlier)
    hint = (
        "one row makes an event in several languages (language: en, ar), each with "
        f"its own title in a column named for it (title_{languages[0]}); or "
        f"give each row its own id ({event_id}-{languages[0]})"
        if other
        else TWICE_HINT
    )
    errs.error(
        "merge.value",
        f"{cell.where}: event_id '{event_id}' is also on row "
        f"{row_of}{also}; each event needs its own, and neither row is made"
        f"{why if also else ''}",
        table.mark(cell),
        hint,
    )
    return True


def twice_told(event_id: str, cell: Cell, rows: list[int], table: Table) -> Diagnostic:
    """The error at the first row of `event_id` (at its `cell`) whose id the later `rows`
    have too: it is not made either (it was made as the event, and the later rows refused,
    which may have been its correction: a trial)."""
    named = listed([str(r) for r in rows])
    return Diagnostic(
        "merge.value",
        f"{cell.where}: event_id '{event_id}' is also on row{'s' if len(rows) > 1 else ''} "
        f"{named}; each event needs its own, and neither row is made",
        table.mark(cell),
        (TWICE_HINT,),
    )


def _unsaved_formulas(cells: dict[str, Cell]) -> Cell | None:
    """The first cell of a row of nothing but formulas whose values the file does not hold
    (and blank cells): formulas filled down a template, in a file written by a program that
    does not calculate (a script's openpyxl), whose values may be an event or nothing (not
    guessed); None for any other row."""
    formulas = [cell for cell in cells.values() if cell.formula]
    if formulas and all(cell.formula or blank(cell.value) for cell in cells.values()):
        return formulas[0]
    return None


def _unsaved_rows(table: Table, firsts: list[Cell]) -> Diagnostic:
    """One `merge.value` error for the rows of nothing but unsaved formulas (`firsts`: each
    one's first formula, in row order), at the first one's: a template filled down 1,000
    rows was 1,000 errors alike. Their rows as runs, "rows 5 to 1004, 1010 and 1020 to
    1030"; a row alone as it was said."""
    hint = (
        "open the file in a spreadsheet program and save it, so that their values are "
        "stored (a row whose formulas show nothing is then skipped)"
    )
    first = firsts[0]
    if len(firsts) == 1:
        said = (
            "the row holds only formulas whose values the file does not hold: it cannot be "
            "told whether it is an event or an empty row"
        )
    else:
        runs: list[list[int]] = []
        for row in (cell.row for cell in firsts):
            if runs and row == runs[-1][1] + 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        named = [f"{a} to {b}" if a != b else f"{a}" for a, b in runs]
        said = (
            f"rows {listed(named)} hold only formulas whose values the file does not hold: "
            "it cannot be told whether they are events or empty rows"
        )
    return Diagnostic("merge.value", f"{first.where}: {said}", table.mark(first), (hint,))
