"""A table's header row, found among its first rows (`find_header`): the first row when it
names every column wanted, else the row below a title that names them all. A title above
the header (a row of one cell at most: one merged across the columns, or none) is skipped,
and a `merge.title-rows` note names it (`title_note`); rows above the header that hold more
(two cells or more: records, notes in columns) are a `merge.column` error naming the row the
header is on, as is a header named twice, so that no row is misread. For a CSV file
(`merge.csv_file`, over its records) and a workbook's sheet (`merge.xlsx`, `merge.ods`, over
the first rows `merge.workbook.choose_sheet` reads); every row keeps its number in the
file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from ..diagnostics import Collector, DiagnosticsError, Mark, failure

HEADER_SEARCH = 10  # rows looked at for a header below the first
TITLE_SHOWN = 60  # characters of a title a note quotes


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
    path: Path, rows: Sequence[HeadRow], wanted: Sequence[str], sheet: str = ""
) -> Header:
    """The header among a table's first rows (`rows`, HEADER_SEARCH of them): the first, or
    the row below a title that names every `wanted` column (`header_index`). The first row
    is the header when no row names them all (each missing column is named after). Raises
    DiagnosticsError `merge.column` when the row naming them all has a row of two cells or
    more above it (records or notes, which would be lost), or another row names them too;
    `sheet`: the workbook's sheet, named when it has several."""
    if not rows:
        return Header()
    first = Header(rows[0].row, rows[0].line)
    found = [i for i, r in enumerate(rows) if all(w in r.keys for w in wanted)]
    if not wanted or not found or found[0] == 0:
        return first
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
    """A `merge.title-rows` note naming the title rows above the header that were skipped,
    and what each held; `sheet`: the workbook's sheet, named when it has several."""
    titles = header.titles
    if not titles:
        return
    held = "; ".join(f"row {r.row}: {_shortened(r.texts[0])!r}" for r in titles)
    rows = ", ".join(str(r.row) for r in titles)
    errs.note(
        "merge.title-rows",
        f"{path.name}{f' (sheet {sheet!r})' if sheet else ''}: the header is on row "
        f"{header.row}; {'row' if len(titles) == 1 else 'rows'} {rows} above it "
        f"{'holds' if len(titles) == 1 else 'hold'} a title only, not read ({held})",
        Mark(path, header.line, 1),
        f"a record or a column name above row {header.row} is not read: put it below the header",
    )
