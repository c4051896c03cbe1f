"""A table's header row, found among its first HEADER_SEARCH rows (`find_header`): the first
row when it names every column wanted, else the row below a title that names them all. A
title above the header (rows of one cell at most: one merged across the columns, or none; a
block of instructions, a logo's empty rows) is skipped, and a `merge.title-rows` note names
it (`title_note`); rows above the header that hold more (two cells or more: records, notes
in columns) are a `merge.column` error naming the row the header is on, as is a header
named twice, so that no row is misread. When no row names them all, the header is the first
row, or the first row of two cells or more under a title when it names some of them (the
columns it lacks are told at it); under a title with no such row, a `merge.column` error
says that no header was found in the rows looked at (`no_header_row`). For a CSV file
(`merge.csv_file`, over its records) and a workbook's sheet (`merge.xlsx`, `merge.ods`, over
the first rows `merge.workbook.choose_sheet` reads); every row keeps its number in the
file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from ..diagnostics import Collector, DiagnosticsError, Mark, failure

# a table's rows looked at for its header, rows 1 to HEADER_SEARCH as the file numbers them
# (blank ones counted): a title, a logo's rows and a block of instructions above it (an
# organiser's trial: 12 lines of instructions, the header on row 13, was read as a table
# whose header was its title; the search was 10 rows); beyond it, `no_header_row` says so
HEADER_SEARCH = 100
TITLE_SHOWN = 60  # characters of a title a note quotes
TITLES_SHOWN = 3  # title rows a note quotes (a block of instructions: the first three)
ROWS_SHOWN = 5  # title rows a note numbers one by one (more: the first and the last)


class HeadRow(NamedTuple):
    """One of a table's first rows, as its header is looked for: its number (a sheet's row,
    a CSV file's record, from 1), its cells' keys (as the wanted columns are named), the
    line it starts on (a CSV file's; a sheet's row is its line), and its cells' texts."""

    row: int
    keys: set[str]
    line: int
    texts: tuple[str, ...]


def head_row(
    row: int, values: Iterable[object], key: Callable[[str], str], line: int = 0
) -> HeadRow:
    """Row `row`'s HeadRow, of its cells' `values` (None for an empty cell)."""
    texts = tuple(t for t in (str(v).strip() for v in values if v is not None) if t)
    return HeadRow(row, {key(t) for t in texts}, line or row, texts)


class Header(NamedTuple):
    """Where a table's header is: its row (a sheet's; a CSV file's record), the line it starts
    on, and the rows above it with text, each a title, which are skipped."""

    row: int = 1
    line: int = 1
    titles: tuple[HeadRow, ...] = ()


def header_index(rows: Sequence[HeadRow], wanted: Iterable[str]) -> int | None:
    """The index in `rows` of the header: the first row when it names every `wanted` column,
    else the one row that names them all, with titles only above it (a row of one cell at
    most); None when there is none, or it is not clear."""
    want = set(wanted)
    found = [i for i, r in enumerate(rows) if want <= r.keys]
    if not want or not found:
        return None
    if found[0] == 0:
        return 0
    titles_only = all(len(r.texts) <= 1 for r in rows[: found[0]])
    return found[0] if titles_only and len(found) == 1 else None


def find_header(
    path: Path,
    rows: Sequence[HeadRow],
    wanted: Sequence[str],
    sheet: str = "",
    sheets: Sequence[str] = (),
) -> Header:
    """The header among a table's first rows (`rows`: those with a number up to HEADER_SEARCH):
    the first, or the row below a title that names every `wanted` column (`header_index`).
    When no row names them all, the first row, or the first row of two cells or more below a
    title when it names some of them (`_likely_header`: each missing column is named after).
    Raises DiagnosticsError `merge.column` when the row naming them all has a row of two
    cells or more above it (records or notes, which would be lost), or another row names
    them too, and (`no_header_row`) when the rows hold a title and no header; `sheet`: the
    workbook's sheet, named when it has several (`sheets`)."""
    if not rows:
        return Header()
    first = Header(rows[0].row, rows[0].line)
    found = [i for i, r in enumerate(rows) if all(w in r.keys for w in wanted)]
    if not wanted or found and found[0] == 0:
        return first
    if not found:
        return _likely_header(path, rows, wanted, sheet, sheets)
    at = rows[found[0]]
    above = tuple(r for r in rows[: found[0]] if r.texts)
    crowded = next((r for r in above if len(r.texts) > 1), None)
    if crowded is not None:
        shown = ", ".join(repr(_shortened(t)) for t in crowded.texts[:3])
        more = ", ..." if len(crowded.texts) > 3 else ""
        why = (
            f"; row {crowded.row} above it holds more than a title "
            f"({len(crowded.texts)} cells: {shown}{more})"
        )
        raise header_on(path, at, wanted, sheet, why)
    if len(found) > 1:
        again = rows[found[1]].row
        raise header_on(path, at, wanted, sheet, f" and again on row {again}", again)
    return Header(at.row, at.line, above)


def _likely_header(
    path: Path, rows: Sequence[HeadRow], wanted: Sequence[str], sheet: str, sheets: Sequence[str]
) -> Header:
    """The header of `rows` none of which names every `wanted` column: the first row with
    text when it is no title (two cells or more, or one naming a wanted column; a
    workbook's empty rows above it are not its header), or row 1 when none has text; else
    the first row of two cells or more, below the title, when it names some of them (a
    column misspelt: each missing one is told at that row). Raises DiagnosticsError
    `merge.column` (`no_header_row`) when no row below the title is such."""
    want = set(wanted)
    lead = next((r for r in rows if r.texts), rows[0])  # a workbook's empty rows above it
    if not lead.texts or len(lead.texts) > 1 or lead.keys & want:
        return Header(lead.row, lead.line)
    at = next((i for i, r in enumerate(rows) if len(r.texts) > 1), None)
    if at is None or not rows[at].keys & want:
        table = rows[at] if at is not None else None
        raise no_header_row(path, rows, wanted, sheet, sheets, table)
    return Header(rows[at].row, rows[at].line, tuple(r for r in rows[:at] if r.texts))


def no_header_row(
    path: Path,
    rows: Sequence[HeadRow],
    wanted: Sequence[str],
    sheet: str = "",
    sheets: Sequence[str] = (),
    table: HeadRow | None = None,
) -> DiagnosticsError:
    """`merge.column`: no header among a table's first `rows` (rows 1 to HEADER_SEARCH): the
    first with text holds one cell (a title), and below it either no row holds more, or the
    first that does (`table`) names none of the `wanted` columns. `sheet`: the workbook's
    sheet read, named with the others (`sheets`) when it has several: another may be meant."""
    title = next(r for r in rows if r.texts)
    named = ", ".join(wanted)
    if table is None:
        what = f"each holds one cell at most (row {title.row}: {_shortened(title.texts[0])!r})"
        hint = (
            f"put the header row ({named}: a column's name a cell) within the first "
            f"{HEADER_SEARCH} rows, with a title at most (one cell a row) above it: delete the "
            "rows above it, or move the instructions to a sheet of their own"
        )
    else:
        shown = ", ".join(repr(_shortened(t)) for t in table.texts[:3])
        more = ", ..." if len(table.texts) > 3 else ""
        what = f"row {table.row}, the first of several cells, holds {shown}{more}"
        hint = (
            f"if row {table.row} is the header, name its columns as the events' are "
            f"({named}); if not, put the header row within the first {HEADER_SEARCH} rows, "
            "with a title at most (one cell a row) above it"
        )
    at = title if table is None else table
    of = f" (sheet '{sheet}' of {', '.join(sheets)})" if sheet and len(sheets) > 1 else ""
    others = [n for n in sheets if n != sheet]
    return failure(
        "merge.column",
        f"{path.name}{of}: no header row in its first {HEADER_SEARCH} rows: none names the "
        f"columns {named}; {what}",
        Mark(path, at.line, 1),
        hint,
        *((f"or read another sheet: --sheet NAME ({', '.join(map(repr, others))})",) if of else ()),
    )


def _shortened(text: str) -> str:
    """A cell's text as a message quotes it: its first line, at most TITLE_SHOWN characters."""
    line = text.splitlines()[0] if text else text
    return line if len(line) <= TITLE_SHOWN and line == text else line[:TITLE_SHOWN] + "..."


def no_header(path: Path) -> DiagnosticsError:
    """The `merge.read` failure of a table file (CSV, or a workbook's chosen sheet) with no
    row of text at all: it needs a header row."""
    return failure(
        "merge.read",
        f"{path} is empty: it needs a header row",
        None,
        "put the field names in its first row (event_id, language, ...), a record a row below",
    )


def header_on(
    path: Path, at: HeadRow, wanted: Sequence[str], sheet: str, why: str, again: int = 0
) -> DiagnosticsError:
    """`merge.column`: the header is on row `at`, not the first row, and what is above it
    (`why`) is more than a title, or (`again`) another row names the columns too."""
    row = at.row
    hint = (
        f"delete the rows above row {row} (a title may stay: one cell a row), or move the "
        "records among them below the header"
    )
    if again:
        hint = f"keep one header row: delete row {again}, or the rows above row {row}"
    return failure(
        "merge.column",
        f"{path.name}{f' (sheet {sheet!r})' if sheet else ''}: its first row is not its "
        f"header; the columns {', '.join(wanted)} are named on row {row}{why}",
        Mark(path, at.line, 1),
        hint,
    )


def title_note(path: Path, header: Header, sheet: str, errs: Collector) -> None:
    """A `merge.title-rows` note naming the title rows above the header that were skipped
    (more than ROWS_SHOWN: the first and the last), and what the first TITLES_SHOWN held;
    `sheet`: the workbook's sheet, named when it has several."""
    titles = header.titles
    if not titles:
        return
    held = "; ".join(f"row {r.row}: {_shortened(r.texts[0])!r}" for r in titles[:TITLES_SHOWN])
    if len(titles) > TITLES_SHOWN:
        held += f"; and {len(titles) - TITLES_SHOWN} more"
    rows = ", ".join(str(r.row) for r in titles)
    if len(titles) > ROWS_SHOWN:  # a block of instructions: its first and last
        rows = f"{titles[0].row} to {titles[-1].row}"
    errs.note(
        "merge.title-rows",
        f"{path.name}{f' (sheet {sheet!r})' if sheet else ''}: the header is on row "
        f"{header.row}; {'row' if len(titles) == 1 else 'rows'} {rows} above it "
        f"{'holds' if len(titles) == 1 else 'hold'} a title only, not read ({held})",
        Mark(path, header.line, 1),
        f"a record or a column name above row {header.row} is not read: put it below the header",
    )
