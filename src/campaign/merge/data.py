"""The table model of a data file: rows of cells, each cell with its place, for messages
that name row and column.

A `Table` is what `merge.tables.read_table` makes of a data file (CSV, XLSX, ODS, JSON,
YAML; each format's reader is a module of its own: `merge.csv_file`, `merge.xlsx`,
`merge.ods`, `merge.json_yaml`). The first row of a table is its header, or the row below
a title (`merge.header_row`); every row keeps its number in the file. Limits (each an
error naming the file, never a hang): MAX_BYTES per file, MAX_ROWS records, MAX_CELL
characters per cell.

A Table does not hold its rows: `iter_rows()` reads them again from the file's text (CSV), the
workbook's bytes (XLSX) or the parsed list (JSON, YAML) at each pass, one row at a time, so
that a merge of 10,000 records never holds 10,000 rows of cells (a CSV's text is about a
tenth of its cells' size); every pass reads what the first one read, even if the file
changes meanwhile. A workbook's hidden rows, which are not merged, are kept: read once for
the warning that names them and for their event ids, which keep their earlier files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..diagnostics import Mark, name_words

MAX_BYTES = 20_000_000
MAX_ROWS = 10_000
MAX_CELL = 2_000


@dataclass(frozen=True)
class StrayByte:
    """A byte that is not UTF-8 in a CSV file that otherwise is (merge.csv_file): the byte,
    and where it is as an editor shows it, its line and its character on the line, and as
    its cell holds it (`in_cell`: its character in the cell's text, the spaces before it
    aside; 0 before the file's rows are read)."""

    byte: int
    line: int
    character: int
    in_cell: int = 0


@dataclass(frozen=True)
class Cell:
    """One value and where it is: a row (1-based, as a spreadsheet shows it) and a column
    (its header, and its 1-based index)."""

    value: str | date | time | datetime | float | int | bool | None
    row: int
    column: str
    index: int
    formula: bool = False  # an XLSX formula whose value the file does not hold
    # where the value is written (line, column), when the format tells (YAML); else 0
    line: int = 0
    col: int = 0
    parts: tuple[str, ...] = ()  # the values joined in a NO_HEADER cell, each as written
    # the address an XLSX cell's text opens (a hyperlink on the cell, or =HYPERLINK("...")):
    # a link column's "Register here" is the text, this the link; else ""
    target: str = ""
    # the text a workbook shows for a number, its number format applied (an ODS cell's own
    # paragraph: a phone number typed as a number, +41 22 917 1234), or for a date (an ODS
    # cell's paragraph; an XLSX cell's of `date_shows`, as Excel in English shows it:
    # merge.date_formats, 26-Jul); else ""
    shown: str = ""
    # the parts of its date a workbook's date cell shows, of "dmy": an ODS cell's date style's
    # (ods_cells.date_styles), an XLSX cell's number format's where it shows some, not all
    # (d-mmm, as Excel formats a date typed without a year: "dm"); "" where the file tells
    # none (a CSV, a JSON file, a date with no format, an XLSX date shown whole)
    date_shows: str = ""
    # a CSV cell's bytes that are not UTF-8 in a file that otherwise is (each read as it is
    # in Windows-1252 in `value`): its row is refused (merge.record._stray_bytes)
    stray: tuple[StrayByte, ...] = ()
    # a value the row does not write: the office's country, a `date_region` given a row
    # without one of its own (`merge --office`: columns.row_cells)
    by_office: bool = False

    @property
    def year_unseen(self) -> bool:
        """Whether it is a workbook's date whose format shows no year (`date_shows` without
        "y": 26-Jul), its year the one it was typed in, not written."""
        return bool(self.date_shows) and "y" not in self.date_shows

    @property
    def day_unseen(self) -> bool:
        """Whether it is a workbook's date whose format shows no day (`date_shows` without
        "d": Excel's mmm-yy, Jul-26, its day the first; `mmmm`, July; `yyyy`, 2026): a day
        nobody read."""
        return bool(self.date_shows) and "d" not in self.date_shows

    @property
    def where(self) -> str:
        """'row 4, column date (C)' (CSV, XLSX) or 'record 2, field date' (JSON, YAML: a
        list of records, which has no rows or columns)."""
        if not self.index:
            return f"record {self.row}, field {self.column}"
        letter = column_letters(self.index)
        return f"row {self.row}, column {self.column} ({letter})"


Row = dict[str, Cell]


# A row's key for its values in columns without a header (past the header's last column, or
# under an empty header cell): `check_events` refuses the row, as they would be lost unseen
# (an unquoted comma in a CSV cell: "City Park, Main Street" is two cells).
NO_HEADER = "\x00no header"


def headless(columns: tuple[str, ...], values: Sequence[object], row: int, line: int = 0) -> Row:
    """{NO_HEADER: the row's values that no header names, as one cell at the first of them},
    or {} when there are none (`line`: the row's first line in a CSV file)."""
    extra = [
        (i, v)
        for i, v in enumerate(values)
        if (i >= len(columns) or not columns[i]) and v not in (None, "") and str(v).strip()
    ]
    if not extra:
        return {}
    text = ", ".join(repr(str(v).strip()) for _, v in extra)
    index = extra[0][0] + 1
    parts = tuple(str(v).strip() for _, v in extra)
    return {
        NO_HEADER: Cell(
            text, row, "without a header", index, line=line, col=index if line else 0, parts=parts
        )
    }


def blank(value: object) -> bool:
    """Whether a cell's value shows nothing: none, or spaces only (a space typed in a cell
    of an empty row made it a row of five "'event_id' is empty" errors in a workbook, while
    the same row of a CSV file is a blank line, skipped)."""
    return value is None or isinstance(value, str) and not value.strip()


# the formats whose columns are named by a header row
TABULAR = (".csv", ".tsv", ".txt", ".xlsx", ".ods", ".fods")


@dataclass(frozen=True)
class Table:
    """A data file's columns and a way to read its rows, in order, as often as needed."""

    path: Path
    columns: tuple[str, ...]
    source: Callable[[], Iterator[Row]]  # a new pass over the rows at each call
    count: int  # how many rows (blank lines left out)
    # a workbook's sheet that was read, with the names of all its sheets (else empty)
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    hidden: tuple[int, ...] = ()  # a workbook's rows hidden in the sheet read (with values)
    # those rows (not merged: their event ids keep their earlier files), read once
    hidden_kept: tuple[Row, ...] = field(default=(), compare=False)  # rows are unhashable
    # JSON and YAML records: where each column's key is first written (YAML; JSON gives no
    # places); empty for a table with a header row
    key_marks: tuple[Mark | None, ...] = ()
    # the rows' default date_region: the country (ISO 3166-1 alpha-2, US) of the office a
    # merge is made for (`merge --office`, its file's `country:`), by which a row without a
    # date_region cell of its own reads and writes its dates, times and phone numbers
    # (`merge.columns.row_cells`); "" for none, each row's own cell then alone
    region: str = ""
    # a workbook's hidden columns (1-based: XLSX's `<col hidden="1">`): an organiser's working
    # columns, which `merge.columns` does not warn of as unused
    hidden_columns: frozenset[int] = frozenset()
    # the line of the file its header is on (a sheet's row; a CSV file's line): 1, or the
    # line below a title (merge.header_row.find_header)
    header_line: int = 1
    # the kit's languages as a header names them in brackets after a column's name (`Pamagat
    # (Filipino)`, `Titre (français)`: the key's `(filipino)`, as column_key writes it, to
    # the kit's code, tl), and the codes read as another of the kit's (fil: tl), as a row's
    # language cell reads them (merge.languages.kit_headers; empty: none read)
    language_names: tuple[tuple[str, str], ...] = ()

    @property
    def tabular(self) -> bool:
        """Whether its columns are named by a header row (CSV, a workbook), not by the keys
        of records (JSON, YAML)."""
        return self.path.suffix.lower() in TABULAR

    def column_mark(self, index: int) -> Mark | None:
        """Where the column `index` (from 1) is named: its header cell (on the header's line,
        below a title), or for records the first place its key is written (None where the
        file gives no places: JSON). A misspelt key in a YAML order's second record was
        pointed at line 1."""
        if self.tabular:
            return Mark(self.path, self.header_line, index)
        return self.key_marks[index - 1] if index <= len(self.key_marks) else None

    def hidden_rows(self) -> Iterator[Row]:
        """The rows hidden in a workbook's sheet that hold values, one at a time."""
        return iter(self.hidden_kept)

    def iter_rows(self) -> Iterator[Row]:
        """The rows, one at a time, read again from the file's text or data."""
        return self.source()

    @property
    def rows(self) -> tuple[Row, ...]:
        """Every row at once (small tables, tests)."""
        return tuple(self.source())

    def mark(self, cell: Cell) -> Mark:
        if cell.line:
            return Mark(self.path, cell.line, cell.col)
        if not cell.index:  # a JSON record's value: json gives no places (the message says
            return Mark.file(self.path)  # which record and field); its number is no line
        return Mark(self.path, cell.row, cell.index)


@lru_cache(maxsize=1024)  # a table has a few headers, asked for on every row of every pass
def column_key(name: str) -> str:
    """A column header as the columns are named here: case, spaces and hyphens aside
    (`Event ID`, `event-id` and `EVENT_ID` are `event_id`; `Event ID` was "no column
    'event_id'", with the hint "did you mean 'event id'?"). The key of the cells no header
    names (data.NO_HEADER) is kept as it is."""
    if name.startswith("\x00"):
        return name
    # a language in brackets after the column's name, as a sheet's headers often give it:
    # `Title (FR)` is title_fr ("did you mean 'title'?", and the French titles were lost)
    name = LANGUAGE_IN_BRACKETS.sub(r"_\1", name.strip())
    return "_".join(name_words(name)) or name.casefold()  # `_` alone: as it is


LANGUAGE_IN_BRACKETS = re.compile(r"\s*\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\)$")


def column_letters(index: int) -> str:
    """1 -> A, 27 -> AA: a spreadsheet's column name."""
    out = ""
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def cell_value(value: Any) -> str | date | time | datetime | float | int | bool | None:
    """A workbook cell's value as a Cell holds it (XLSX, ODS): a text without the spaces at
    its ends, a date, time or number as it is, anything else as text."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (date, time, datetime, float, int, bool)) or value is None:
        return value
    return str(value)


__all__ = [
    "MAX_BYTES",
    "MAX_CELL",
    "MAX_ROWS",
    "NO_HEADER",
    "Cell",
    "Row",
    "StrayByte",
    "Table",
    "blank",
    "cell_value",
    "column_key",
    "column_letters",
    "headless",
]
