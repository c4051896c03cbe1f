"""A table's header row where it is not the first row: a title or notes above it (the first
row was taken for the header, and each column was "missing"). A `merge.column` error names
the row the header is on, for a CSV file (`header_below`, over its rows) and for a
workbook's sheet (`header_not_first`, over the first rows `merge.workbook.choose_sheet`
reads)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..diagnostics import DiagnosticsError, Mark, failure
from .data import Row, column_key

HEADER_SEARCH = 10  # rows looked at for a header below the first


def no_header(path: Path) -> DiagnosticsError:
    """The `merge.read` failure of a table file (CSV, or a workbook's chosen sheet) with no
    row of text at all: it needs a header row."""
    return failure(
        "merge.read",
        f"{path} is empty: it needs a header row",
        None,
        "put the field names in its first row (event_id, language, ...), a record a row below",
    )


def header_below(
    path: Path,
    raw: Callable[[], Iterator[Row]],
    wanted: Sequence[str],
    sheet: str = "",
    key: Callable[[str], str] = column_key,
) -> None:
    """Raise `merge.column` when one of the first HEADER_SEARCH rows names every `wanted`
    column and the first row does not: a title or notes above the header (the first row was
    taken for the header, and each column was "missing"); `sheet`: the workbook's sheet,
    named when it has several."""
    for n, row in enumerate(raw()):
        if n >= HEADER_SEARCH:
            return
        values: list[str] = []
        for cell in row.values():
            if cell.parts:  # the values no header names
                values += cell.parts
            elif cell.value is not None:
                values.append(str(cell.value))
        if all(w in {key(v) for v in values} for w in wanted):
            at = next(iter(row.values()))
            raise header_on(path, at.row, at.line or at.row, wanted, sheet)


def header_not_first(
    path: Path,
    names: Sequence[str],
    keys: Sequence[Sequence[tuple[int, set[str]]]],
    chosen: int,
    wanted: Sequence[str],
) -> None:
    """A workbook's (XLSX, ODS) `merge.column` error when the chosen sheet's first row lacks
    a `wanted` column and a row below it names them all; `keys`: each sheet's first
    HEADER_SEARCH rows, (row number, column keys), as choose_sheet reads them. Found in the
    cells as they are: read through the first row's merged cells (read_table's
    `header_below`), a title merged across the columns joined the header's words ("Event ID
    Language Title ...") and each column was "missing", five times."""
    rows = keys[chosen] if keys else ()
    if not wanted or not rows or all(w in rows[0][1] for w in wanted):
        return
    found = next((n for n, k in rows if all(w in k for w in wanted)), None)
    if found is not None:
        raise header_on(path, found, found, wanted, names[chosen] if len(names) > 1 else "")


def header_on(
    path: Path, row: int, line: int, wanted: Sequence[str], sheet: str
) -> DiagnosticsError:
    """`merge.column`: the header is on `row` (at `line` of the file), not the first row."""
    return failure(
        "merge.column",
        f"{path.name}{f' (sheet {sheet!r})' if sheet else ''}: its first row is not its "
        f"header; the columns {', '.join(wanted)} are named on row {row}",
        Mark(path, line, 1),
        f"delete the rows above row {row} (a title, notes), so that the header is the first row",
    )
