"""Rows of a data file, each cell with its place, for messages that name row and column.

CSV: UTF-8 with or without a byte order mark, or UTF-16 with or without one; the delimiter
is what `csv.Sniffer` detects among , ; tab and |. XLSX: the first sheet, cell values as Excel last
calculated them (a formula without a saved value is an error; one whose value was saved as an
empty text is a blank cell). ODS (and the flat FODS):
as a workbook, by `merge.ods`. JSON: a list of objects. YAML:
a list of mappings, or one mapping (one record: a form). The first row of a table is its
header. Limits (each an error naming the file, never a hang): MAX_BYTES per file, MAX_ROWS
records, MAX_CELL characters per cell.

A Table does not hold its rows: `iter_rows()` reads them again from the file's text (CSV), the
workbook's bytes (XLSX) or the parsed list (JSON, YAML) at each pass, one row at a time, so
that a merge of 10,000 records never holds 10,000 rows of cells (a CSV's text is about a
tenth of its cells' size); every pass reads what the first one read, even if the file
changes meanwhile. A workbook's hidden rows, which are not merged, are kept: read once for
the warning that names them and for their event ids, which keep their earlier files.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, cast

from ..diagnostics import Collector, DiagnosticsError, Mark, did_you_mean, failure, name_words
from ..textfile import NotTextError, decoded_place, not_text, spreadsheet_text

MAX_BYTES = 20_000_000
MAX_ROWS = 10_000
MAX_CELL = 2_000
DELIMITERS = ",;\t|"


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
    # paragraph: a phone number typed as a number, +41 22 917 1234); else ""
    shown: str = ""

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


def _headless(columns: tuple[str, ...], values: Sequence[object], row: int, line: int = 0) -> Row:
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

    @property
    def tabular(self) -> bool:
        """Whether its columns are named by a header row (CSV, a workbook), not by the keys
        of records (JSON, YAML)."""
        return self.path.suffix.lower() in TABULAR

    def column_mark(self, index: int) -> Mark | None:
        """Where the column `index` (from 1) is named: its header cell, or for records the
        first place its key is written (None where the file gives no places: JSON). A
        misspelt key in a YAML order's second record was pointed at line 1."""
        if self.tabular:
            return Mark(self.path, 1, index)
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


def read_table(
    path: Path,
    errs: Collector,
    wanted: Sequence[str] = (),
    sheet: str | None = None,
    key: Callable[[str], str] | None = None,
) -> Table:
    """The rows of `path` (by its suffix: .csv .tsv .txt .xlsx .ods .fods .json .yaml .yml). Of a
    workbook's sheets, the first whose header row has most of the `wanted` columns is read
    (a sheet of instructions before the events' was read, and its header had none of them);
    `sheet` names the one to read (`choose_sheet`); `key`: a header as the `wanted` columns
    are named (column_key; merge.column_names.event_column reads สถานที่ as venue). A sheet named
    for a file that has none (CSV, JSON, YAML) is a `merge.sheet` error.

    Raises DiagnosticsError `merge.read` when the file cannot be read at all (missing, too
    large, not this format, no header); cells too long are reported to `errs` (all at once)."""
    key = key or column_key
    _check_size(path)
    suffix = path.suffix.lower()
    if sheet is not None and suffix not in (".xlsx", ".ods", ".fods"):
        raise failure(
            "merge.sheet",
            f"{path.name} has no sheets: --sheet is for a workbook (.xlsx, .ods)",
            None,
            "leave --sheet out",
        )
    columns, raw, read, sheets, hidden_rows, key_marks = _read_format(
        path, suffix, wanted, sheet, key
    )
    count, long = _counted(path, raw)
    if wanted and suffix in TABULAR:
        keys = {key(c) for c in columns}
        if not all(w in keys for w in wanted):
            _header_below(path, raw, wanted, read if len(sheets) > 1 else "", key)
    # hidden rows are read once and kept (a merge reads them twice: their numbers here, their
    # event ids in merge.events): few as a rule, and at most MAX_ROWS in all
    kept = tuple(hidden_rows()) if hidden_rows else ()
    hidden = tuple(next(iter(r.values())).row for r in kept)
    table = Table(path, columns, raw, count, read, sheets, hidden, kept, key_marks)
    if hidden:
        _hidden_warning(path, hidden, read, errs)
    for cell in long:
        assert isinstance(cell.value, str)
        errs.error(
            "merge.cell",
            f"{cell.where}: {len(cell.value)} characters; a cell may hold at most {MAX_CELL}",
            table.mark(cell),
        )
    return table


def _check_size(path: Path) -> None:
    """Raises DiagnosticsError `merge.read` when `path` cannot be read or is over MAX_BYTES."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise failure("merge.read", f"cannot read {path}: {exc.strerror}") from None
    if size > MAX_BYTES:
        raise failure(
            "merge.read",
            f"{path} is {size / 1e6:.1f} MB; a data file may be at most {MAX_BYTES / 1e6:g} MB",
            None,
            "split it into several files",
        )


# What a data file's reader gives `read_table`: a workbook's (WorkbookRead), then the places
# of a JSON or YAML record's keys (none for the others)
FormatRead = tuple[
    tuple[str, ...],
    Callable[[], Iterator[Row]],
    str,
    tuple[str, ...],
    Callable[[], Iterator[Row]] | None,
    tuple[Mark | None, ...],
]


def _read_format(
    path: Path, suffix: str, wanted: Sequence[str], sheet: str | None, key: Callable[[str], str]
) -> FormatRead:
    """`path` read by the reader of its `suffix` (`read_table`'s formats); raises
    DiagnosticsError `merge.read` for any other, naming the formats to save it as."""
    no_sheets = "", cast("tuple[str, ...]", ())  # a workbook's sheet read, and all
    if suffix in (".csv", ".tsv", ".txt"):
        return (*_csv(path), *no_sheets, None, ())
    if suffix == ".xlsx":
        return (*_xlsx(path, wanted, sheet, key), ())
    if suffix in (".ods", ".fods"):
        from .ods import read_ods

        return (*read_ods(path, wanted, sheet, key), ())
    if suffix in (".json", ".yaml", ".yml"):
        columns, raw, key_marks = _records(path, _json(path) if suffix == ".json" else _yaml(path))
        return columns, raw, *no_sheets, None, key_marks
    raise failure(
        "merge.read",
        f"{path}: unknown data format '{suffix}'",
        None,
        "use .csv, .xlsx, .ods, .json or .yaml"
        + (
            ": save it as .xlsx or as CSV UTF-8 (File > Save As, in LibreOffice or Excel)"
            if suffix in (".xls", ".numbers")
            else ""
        ),
    )


def _counted(path: Path, raw: Callable[[], Iterator[Row]]) -> tuple[int, list[Cell]]:
    """The rows counted and the cells over MAX_CELL kept, in one pass; raises
    DiagnosticsError `merge.read` for more than MAX_ROWS records."""
    count, long = 0, []
    for row in raw():
        count += 1
        long += [c for c in row.values() if isinstance(c.value, str) and len(c.value) > MAX_CELL]
    if count > MAX_ROWS:
        raise failure(
            "merge.read",
            f"{path} has {count} records; at most {MAX_ROWS} are merged in one run",
            None,
            "split it into several files",
        )
    return count, long


def _hidden_warning(path: Path, hidden: tuple[int, ...], read: str, errs: Collector) -> None:
    """A `merge.hidden` warning naming a sheet's hidden rows (the first ten), which are not
    merged and whose events keep their earlier files."""
    shown = ", ".join(str(n) for n in hidden[:10]) + (" ..." if len(hidden) > 10 else "")
    errs.warn(
        "merge.hidden",
        f"{path.name}: {len(hidden)} row(s) hidden in sheet '{read}' are not merged "
        f"(row {shown}); their events' earlier files are kept",
        Mark(path, hidden[0], 1),
        "unhide the rows (or clear the sheet's filter) to merge them",
    )


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


HEADER_SEARCH = 10  # rows looked at for a header below the first


def _header_below(
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
            raise _header_on(path, at.row, at.line or at.row, wanted, sheet)


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
    `_header_below`), a title merged across the columns joined the header's words ("Event ID
    Language Title ...") and each column was "missing", five times."""
    rows = keys[chosen] if keys else ()
    if not wanted or not rows or all(w in rows[0][1] for w in wanted):
        return
    found = next((n for n, k in rows if all(w in k for w in wanted)), None)
    if found is not None:
        raise _header_on(path, found, found, wanted, names[chosen] if len(names) > 1 else "")


def _header_on(
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


def column_letters(index: int) -> str:
    """1 -> A, 27 -> AA: a spreadsheet's column name."""
    out = ""
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _text(path: Path) -> str:
    """The file's text (`textfile.spreadsheet_text`: UTF-16 with or without a byte order mark,
    else UTF-8 with or without one). Raises DiagnosticsError `merge.read` for one that is
    neither: its first byte that is not UTF-8 in the form of every text file the kit reads
    (`textfile.not_text`; a merge's data mixes languages, so the code page it was saved in
    is detected, not told by a language), the place of the first bytes that are not UTF-16
    (the file's start when the whole file was judged). It said "e.csv is not UTF-8: byte
    0xE9 on line 2", where a translator's CSV gave the column and the character."""
    raw = path.read_bytes()
    try:
        return spreadsheet_text(raw)
    except NotTextError as exc:
        if exc.why == "is not UTF-8" and exc.at is not None and exc.at < len(raw):
            aside = ' (what a spreadsheet\'s "CSV (Comma delimited)" saves)'
            raise DiagnosticsError(
                not_text("merge.read", path, raw, exc.at, SAVE_AS, aside=aside)
            ) from None
        line, column = (1, 1) if exc.at is None else decoded_place(raw, exc.at, "utf-16")
        raise failure(
            "merge.read", f"{path.name} {exc.why}", Mark(path, line, column), SAVE_AS
        ) from None


SAVE_AS = 'save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or as UTF-16 text'


def _csv(path: Path) -> tuple[tuple[str, ...], Callable[[], Iterator[Row]]]:
    text = _text(path)
    sample = text[:20_000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:
        dialect = csv.excel  # one column, or nothing to tell: commas
    # Cells are quoted with " and a " inside a quoted cell is written twice (RFC 4180, and
    # every spreadsheet's CSV), whatever the Sniffer guesses from its sample: with no "" in
    # it, it said quotes are not doubled, and `"Walk" now` was read as the cell `Walk now`;
    # with `'90s night'` and `'s-Hertogenbosch` in it, it took ' for the quote, and the
    # file was refused (or `'90s night'` lost its apostrophes).
    dialect = type(
        "Sniffed", (dialect,), {"quotechar": '"', "doublequote": True, "escapechar": None}
    )
    records = _records_of(path, text, dialect)
    # the header: the first line with text (blank lines before it are nothing)
    header = next((r for r in records if any(v.strip() for v in r[1])), None)
    if header is None:
        raise failure("merge.read", f"{path} is empty: it needs a header row")
    columns = tuple(h.strip() for h in header[1])

    def rows() -> Iterator[Row]:
        records = _records_of(path, text, dialect)
        # a record is a spreadsheet row (a blank line a blank row), counted from 1; a cell that
        # holds a line break (Alt+Enter) makes the record longer than a line, so the row is
        # not the line: cells say both (the row in the message, the line in the place)
        for row, (line, values) in enumerate(records, start=1):
            if line <= header[0]:
                continue  # the header, and blank lines before it
            if not any(v.strip() for v in values):
                continue  # a blank line
            yield {
                name: Cell(
                    values[i].strip() if i < len(values) else None,
                    row,
                    name,
                    i + 1,
                    line=line,
                    col=i + 1,
                )
                for i, name in enumerate(columns)
                if name
            } | _headless(columns, values, row, line)

    return columns, rows


def _records_of(path: Path, text: str, dialect: Any) -> Iterator[tuple[int, list[str]]]:
    """Each record of a CSV text and its line (its first line, for a cell over several lines),
    read as the csv module's strict mode reads them. Raises DiagnosticsError `merge.read`
    naming the line a record starts on where a quoted cell is not closed (the rest of the
    file would be one cell) or a character follows a cell's closing quote."""
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            quote = dialect.quotechar  # always " (_csv)
            if "unexpected end of data" in str(exc):
                message = f"a quoted cell on line {start} is not closed: a {quote} opens it"
                hint = f"close the cell with a {quote}; a {quote} inside it is written twice"
            elif "expected after" in str(exc):
                message = f"on line {start}, a cell's closing {quote} is followed by more text"
                hint = (
                    f"put the whole cell in quotes and write each {quote} inside it twice: "
                    f"{quote}say {quote}{quote}hi{quote}{quote}{quote}"
                )
            else:
                message, hint = f"line {start} cannot be read as CSV ({exc})", ""
            raise failure(
                "merge.read", f"{path}: {message}", Mark(path, start, 1), *([hint] if hint else [])
            ) from None
        yield start, values


# What a workbook's reader gives (XLSX: `_xlsx`; ODS: `merge.ods.read_ods`): the chosen
# sheet's columns, a new pass over its shown rows at each call, its name, every sheet's
# name, and a pass over its hidden rows (None: it has none)
WorkbookRead = tuple[
    tuple[str, ...],
    Callable[[], Iterator[Row]],
    str,
    tuple[str, ...],
    Callable[[], Iterator[Row]] | None,
]


def choose_sheet(
    path: Path,
    names: Sequence[str],
    firsts: Sequence[Sequence[tuple[int, set[str]]]],
    wanted: Sequence[str],
    asked: str | None = None,
) -> int:
    """Which sheet of a workbook to read: the one named `asked` (case aside), else the one
    whose header (row 1) has every `wanted` column, else the first whose first rows name
    most of them (a header under a title: read_table names it). `firsts`: per sheet, its
    first rows' numbers and column keys. Raises DiagnosticsError `merge.sheet` for a sheet
    asked for that the workbook lacks, and when several sheets have every column on row 1
    (an example sheet before the events', or a month a sheet): one was read and the others'
    events dropped, or their earlier files deleted as stale, without a word."""
    if asked is not None:
        found = [i for i, n in enumerate(names) if n.casefold() == asked.strip().casefold()]
        if found:
            return found[0]
        raise failure(
            "merge.sheet",
            f"{path.name} has no sheet '{asked}'",
            Mark.file(path),
            *(did_you_mean(asked, list(names)) or ()),
            f"its sheets: {', '.join(repr(n) for n in names)}",
        )
    want = {w.casefold() for w in wanted}
    if not want or not names:
        return 0
    whole = [i for i, rows in enumerate(firsts) if rows and rows[0][0] == 1 and want <= rows[0][1]]
    if len(whole) > 1:
        shown = ", ".join(repr(names[i]) for i in whole)
        raise failure(
            "merge.sheet",
            f"{path.name} has the columns {', '.join(wanted)} on {len(whole)} sheets ({shown}): "
            "which of them to read is not clear",
            Mark.file(path),
            f"name the sheet to read: --sheet {names[whole[-1]]!r} (a sheet at a time), or keep "
            "every row on one sheet and delete the others' (an example, a copy)",
        )
    if whole:
        return whole[0]

    def best(i: int) -> int:
        return max((len(want & keys) for _, keys in firsts[i]), default=0)

    return max(range(len(names)), key=best)  # the first of equals


def _xlsx(
    path: Path,
    wanted: Sequence[str],
    asked: str | None = None,
    key: Callable[[str], str] = column_key,
) -> WorkbookRead:
    """A workbook's columns and rows, the name of the sheet read and of every sheet, and its
    hidden rows (a spreadsheet user hides rows, or filters them out, to leave them out: they
    are not among the rows; `read_table` says which, and their events keep their files). A
    cell with a hyperlink, or a =HYPERLINK("address", "text") formula, has its address as
    its `target`."""
    raw = _xlsx_bytes(path)  # every pass reads these bytes: the file may change meanwhile
    firsts, names, parts = _sheet_heads(path, raw)
    heads = [rows[0] if rows else None for rows in firsts]
    keys = [
        [(n, {key(str(v)) for v in row if v is not None}) for n, row in enumerate(rows, 1)]
        for rows in firsts
    ]
    chosen = choose_sheet(path, names, keys, wanted, asked)
    header_not_first(path, names, keys, chosen, wanted)
    header = heads[chosen] if heads else None
    if header is None:
        raise failure("merge.read", f"{path} is empty: it needs a header row") from None
    columns = tuple(str(h).strip() if h is not None else "" for h in header)
    xml, rels = _sheet_xml(raw, parts[chosen] if parts else None)
    marks = _sheet_marks(xml, rels, len(columns))

    def rows(shown: bool = True) -> Iterator[Row]:
        """The shown rows, or (`shown` False) the hidden ones."""
        return _xlsx_rows(raw, chosen, columns, marks, shown)

    chosen_name = names[chosen] if names else ""
    return columns, rows, chosen_name, names, (lambda: rows(False)) if marks.hidden else None


def _xlsx_bytes(path: Path) -> bytes:
    """A workbook's bytes; raises DiagnosticsError `merge.read` for Excel's lock file beside
    an open workbook, and for an encrypted .xlsx or an old .xls named .xlsx (an OLE file)."""
    if path.name.startswith("~$"):  # Excel's owner file beside an open workbook, not it
        real = path.with_name(path.name[2:])
        raise failure(
            "merge.read",
            f"{path.name} is the lock file Excel keeps beside a workbook it has open, not a "
            "workbook",
            None,
            f"merge {real.name}" + (" (close it in Excel first)" if real.exists() else ""),
        )
    raw = path.read_bytes()
    if raw.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE file: encrypted .xlsx, or an old .xls
        raise failure(
            "merge.read",
            f"{path} is saved with a password, or is an old Excel workbook (.xls) named .xlsx: "
            "its cells cannot be read",
            None,
            "save it without a password, as an Excel workbook (.xlsx), or as CSV UTF-8",
        )
    return raw


def _sheet_heads(
    path: Path, raw: bytes
) -> tuple[list[list[tuple[Any, ...]]], tuple[str, ...], list[str | None]]:
    """Each sheet's first HEADER_SEARCH rows (its header, or a title above it: a sheet of
    instructions before the events' sheet, whose header is on row 2, had the instructions
    read), the sheets' names, and each one's part in the package. Raises DiagnosticsError
    `merge.read` when the bytes are no readable workbook."""
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        from .ods import package_trouble

        why = package_trouble(exc, "an Excel workbook", empty=not raw)
        raise failure(
            "merge.read",
            f"{path} is not a readable XLSX workbook: {why}",
            None,
            "save it again from the spreadsheet program as an Excel workbook (.xlsx), or as "
            "CSV UTF-8",
        ) from None
    firsts = [
        list(itertools.islice(sheet.iter_rows(values_only=True), HEADER_SEARCH))
        for sheet in book.worksheets
    ]
    names = tuple(book.sheetnames)
    parts = [getattr(sheet, "_worksheet_path", None) for sheet in book.worksheets]
    book.close()
    return firsts, names, parts


class _SheetMarks(NamedTuple):
    """What a sheet's XML tells beyond its values (`_sheet_marks`)."""

    below: dict[tuple[int, int], int]  # a merged cell's (column, row): its top row
    spans: dict[int, tuple[int, ...]]  # a header cell merged across columns (_header_spans)
    tops: set[int]  # the top rows of merged cells
    links: dict[tuple[int, int], str]  # (column, row): a cell's hyperlink
    hidden: set[int]  # the hidden rows' numbers
    empty: frozenset[tuple[int, int]]  # formulas whose saved value is an empty text


def _sheet_marks(xml: bytes, rels: bytes, columns: int) -> _SheetMarks:
    """A sheet's merged cells, hyperlinks (a merged link cell's is on its top cell, and so on
    every row it spans), hidden rows and formulas saved empty."""
    below = _merged_below(xml)
    links = _hyperlinks(xml, rels, columns)
    for (col, row), top in below.items():  # a merged link cell's hyperlink is on its top
        if (col, top) in links:
            links.setdefault((col, row), links[col, top])
    return _SheetMarks(
        below,
        _header_spans(xml),
        set(below.values()),
        links,
        _hidden_rows(xml),
        _empty_results(xml),
    )


def _xlsx_rows(
    raw: bytes, chosen: int, columns: tuple[str, ...], marks: _SheetMarks, shown: bool
) -> Iterator[Row]:
    """The shown rows of the workbook's sheet `chosen`, or (`shown` False) the hidden ones,
    read again from its bytes; blank rows left out."""
    from openpyxl import load_workbook

    anchors: dict[tuple[int, int], Any] = {}
    book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    formulas = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    try:
        written = formulas.worksheets[chosen].iter_rows(values_only=True)
        next(written, None)
        rows_iter = book.worksheets[chosen].iter_rows(values_only=True)
        next(rows_iter, None)
        for n, values in enumerate(rows_iter, start=2):
            typed = next(written, ())
            if n - 1 > MAX_ROWS + 1:
                break
            if marks.below:  # a merged cell shows its top cell's value on every row it spans
                values = _fill_merged(values, n, marks.below, marks.tops, anchors)  # hidden too
            if marks.spans:
                values = _joined_under_header(values, marks.spans)
            if (n in marks.hidden) == shown:
                continue
            unsaved = [
                _unsaved_formula(values, typed, i, n, marks.empty) for i in range(len(typed))
            ]
            if all(blank(v) for v in values) and not any(unsaved):
                continue  # a blank row, spaces in it or not (a CSV's blank line), or
                # formulas that show nothing (=IF(B2="","",B2) filled down a template)
            yield _xlsx_row(columns, values, typed, unsaved, marks.links, n)
    finally:
        book.close()
        formulas.close()


def _xlsx_row(
    columns: tuple[str, ...],
    values: Sequence[Any],
    typed: tuple[Any, ...],
    unsaved: list[bool],
    links: dict[tuple[int, int], str],
    n: int,
) -> Row:
    """Row `n` of a sheet as cells: each value with its column, whether it is a formula
    without a saved value, and its hyperlink's address (a cell's, or =HYPERLINK's)."""
    return {
        name: Cell(
            cell_value(values[i] if i < len(values) else None),
            n,
            name,
            i + 1,
            formula=i < len(unsaved) and unsaved[i],
            target=links.get((i + 1, n)) or _hyperlink_formula(typed, i),
        )
        for i, name in enumerate(columns)
        if name
    } | _headless(columns, values, n)


def _sheet_xml(raw: bytes, part: str | None) -> tuple[bytes, bytes]:
    """The XML of a workbook's sheet (`part`: its path in the package) and of its
    relationships (where its hyperlinks' addresses are: xl/worksheets/_rels/NAME.rels, ECMA-376
    Part 2, 9.3); b"" for one that is not there."""
    import zipfile

    if part is None:
        return b"", b""
    name = part.lstrip("/")
    folder, _, base = name.rpartition("/")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            xml = z.read(name)
            try:
                rels = z.read(f"{folder}/_rels/{base}.rels")
            except KeyError:
                rels = b""
    except (KeyError, OSError, zipfile.BadZipFile):
        return b"", b""
    return xml, rels


def _attributes(tag: bytes) -> dict[str, str]:
    """An XML start tag's attributes by local name (r:id is "id"), entities decoded."""
    from html import unescape

    return {
        name.split(b":")[-1].decode(): unescape(value.decode("utf-8", "replace"))
        for name, value in re.findall(rb'([\w:]+)="([^"]*)"', tag)
    }


def _hyperlinks(xml: bytes, rels: bytes, columns: int) -> dict[tuple[int, int], str]:
    """{(column, row): address} of the sheet's hyperlinks to addresses outside the workbook
    (`<hyperlink ref="I5" r:id="rId1" location="register"/>`: the relationship's Target,
    with the `location` as its #fragment, which Excel keeps apart; a ref may be a range,
    read within the header's `columns` and the rows a merge reads). Links to places in the
    workbook (`location` only) are left out."""
    from openpyxl.utils.cell import range_boundaries

    targets = {}
    for tag in re.findall(rb"<Relationship\b[^>]*>", rels):
        found = _attributes(tag)
        if found.get("Type", "").endswith("/hyperlink") and "Id" in found:
            targets[found["Id"]] = found.get("Target", "")
    out: dict[tuple[int, int], str] = {}
    for tag in re.findall(rb"<hyperlink\b[^>]*>", xml):
        found = _attributes(tag)
        target = targets.get(found.get("id", ""), "")
        if not target or "ref" not in found:
            continue
        if found.get("location") and "#" not in target:
            target += "#" + found["location"]
        try:
            bounds = range_boundaries(found["ref"])
        except ValueError:
            continue
        if None in bounds:  # a whole column or row: not a cell's link
            continue
        left, top, right, bottom = cast("tuple[int, int, int, int]", bounds)
        for row in range(top, min(bottom, MAX_ROWS + 2) + 1):
            for col in range(left, min(right, columns) + 1):
                out.setdefault((col, row), target)
    return out


# =HYPERLINK("address", ...): its first argument when it is a text literal ("" inside is ")
HYPERLINK_FORMULA = re.compile(r'=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"', re.IGNORECASE)


def _hyperlink_formula(typed: tuple[Any, ...], i: int) -> str:
    """The address of a =HYPERLINK("address", "text") formula as written, else ""."""
    text = typed[i] if i < len(typed) else None
    found = HYPERLINK_FORMULA.match(text) if isinstance(text, str) else None
    return found[1].replace('""', '"').strip() if found else ""


def _hidden_rows(xml: bytes) -> set[int]:
    """The rows below the header the sheet hides (`<row r="5" hidden="1">`: hidden by hand,
    or filtered out)."""
    out = set()
    for tag in re.findall(rb"<row\b[^>]*>", xml):
        found = _attributes(tag)
        if found.get("hidden") in ("1", "true") and found.get("r", "").isdigit():
            row = int(found["r"])
            if row > 1:
                out.add(row)
    return out


def _merged_below(xml: bytes) -> dict[tuple[int, int], int]:
    """{(column, row): the row of its merged cell's top} for every cell under the top of a
    merged range of data rows, in the top's column (1-based): a spreadsheet shows the top's
    value there (one venue for two events: C2:C3), and openpyxl's read-only sheets give
    None ("'venue' is empty" for row 3). Cells beside the top (a range over columns) are
    not filled: they belong to other columns. Read from the sheet's XML (`<mergeCell
    ref="C2:C3"/>`)."""
    from openpyxl.utils.cell import range_boundaries

    out: dict[tuple[int, int], int] = {}
    for ref in re.findall(rb'<mergeCell[^>]*\bref="([A-Za-z]+\d+:[A-Za-z]+\d+)"', xml):
        try:
            col, top, _, bottom = range_boundaries(ref.decode())
        except ValueError:
            continue
        if col is None or top is None or bottom is None or top < 2:
            continue  # a header's merge: the header row is read as it is
        out.update({(col, row): top for row in range(top + 1, min(bottom, MAX_ROWS + 2) + 1)})
    return out


def _header_spans(xml: bytes) -> dict[int, tuple[int, ...]]:
    """{first column: the columns after it} of each header cell merged across columns (a
    `venue` header over F1:G1, 1-based): the values under it are one column's."""
    from openpyxl.utils.cell import range_boundaries

    out: dict[int, tuple[int, ...]] = {}
    for ref in re.findall(rb'<mergeCell[^>]*\bref="([A-Za-z]+\d+:[A-Za-z]+\d+)"', xml):
        try:
            first, top, last, _ = range_boundaries(ref.decode())
        except ValueError:
            continue
        if top == 1 and first is not None and last is not None and last > first:
            out[first] = tuple(range(first + 1, last + 1))
    return out


def _joined_under_header(
    values: tuple[Any, ...], spans: dict[int, tuple[int, ...]]
) -> tuple[Any, ...]:
    """`values` with the cells under a header merged across columns joined, with a space,
    into its first column's (`Park` and `(north gate)` under `venue`: one venue; the second
    was a cell no header names)."""
    out = list(values)
    for first, rest in spans.items():
        parts = [out[c - 1] for c in (first, *rest) if c - 1 < len(out)]
        texts = [str(v).strip() for v in parts if v not in (None, "")]
        if len(texts) > 1 or (texts and out[first - 1] in (None, "")):
            out[first - 1] = " ".join(texts)
        for c in rest:
            if c - 1 < len(out):
                out[c - 1] = None
    return tuple(out)


def _fill_merged(
    values: tuple[Any, ...],
    row: int,
    below: dict[tuple[int, int], int],
    tops: set[int],
    anchors: dict[tuple[int, int], Any],
) -> tuple[Any, ...]:
    """`values` of sheet row `row` with each empty cell under a merged range's top (a row of
    `tops`) given the top's value (kept in `anchors` as the rows pass: a top comes before
    its range)."""
    out = list(values)
    is_top = row in tops
    for i, value in enumerate(out):
        col = i + 1
        if is_top:
            anchors[(col, row)] = value
        top = below.get((col, row))
        if top is not None and value is None:
            out[i] = anchors.get((col, top))
    return tuple(out)


def _unsaved_formula(
    values: tuple[Any, ...],
    typed: tuple[Any, ...],
    i: int,
    row: int = 0,
    empty: frozenset[tuple[int, int]] = frozenset(),
) -> bool:
    """A formula cell (`=...` as written) that holds no calculated value: cell `i` (0-based)
    of sheet row `row`, unless it is one of the cells whose formula's value was saved as an
    empty text (`empty`, by `_empty_results`), which openpyxl gives as None too."""
    value = values[i] if i < len(values) else None
    text = typed[i] if i < len(typed) else None
    return (
        value is None
        and isinstance(text, str)
        and text.startswith("=")
        and (i + 1, row) not in empty
    )


# A cell of a sheet's XML (ECMA-376 Part 1, 18.3.1.4 `c`) whose formula's value is saved as
# text (t="str") and is empty: what Excel and LibreOffice save for =IF(B2="","",B2) when B2 is
# empty. A formula whose value is not saved (a file written by a program that does not
# calculate, as openpyxl) has no t="str" (openpyxl writes <v></v> or nothing).
# (A formula's text holds no "<": XML writes it &lt;.)
EMPTY_RESULT = re.compile(
    rb'<(?:\w+:)?c\b([^>]*\bt="str"[^>]*)>\s*<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*'
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)


def _empty_results(xml: bytes) -> frozenset[tuple[int, int]]:
    """{(column, row)} (1-based) of the cells whose formula's saved value is an empty text
    (EMPTY_RESULT): cells that show nothing, as a blank cell does. openpyxl gives None for
    them, as for a formula whose value was never saved; only the sheet's XML tells them
    apart."""
    from openpyxl.utils.cell import coordinate_to_tuple

    out = set()
    for attributes in EMPTY_RESULT.findall(xml):
        ref = _attributes(attributes).get("r", "")
        try:
            row, col = coordinate_to_tuple(ref)
        except (ValueError, TypeError):
            continue  # a cell without its reference: its formula is named as unsaved
        out.add((col, row))
    return frozenset(out)


def cell_value(value: Any) -> str | date | time | datetime | float | int | bool | None:
    """A workbook cell's value as a Cell holds it (XLSX, ODS): a text without the spaces at
    its ends, a date, time or number as it is, anything else as text."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (date, time, datetime, float, int, bool)) or value is None:
        return value
    return str(value)


def _json(path: Path) -> Any:
    """The file's JSON. Raises `merge.read` for text that is not JSON, and for a number of
    more than 4,300 digits (Python's limit on converting one; it stopped the merge with an
    internal error)."""
    try:
        return json.loads(_text(path))
    except json.JSONDecodeError as exc:
        raise failure(
            "merge.read", f"{path} is not JSON: {exc.msg}", Mark(path, exc.lineno, exc.colno)
        ) from None
    except ValueError as exc:  # int(): "Exceeds the limit (4300 digits)..."
        raise failure(
            "merge.read",
            f"{path} holds a number too long to read ({str(exc).split(';')[0]})",
            Mark.file(path),
            "no value of the data needs that many digits: check the file",
        ) from None


def _yaml(path: Path) -> Any:
    """The file's records with the place of each value (load.Node): a cell's errors are at
    its line and column. YAML 1.1's numbers a person does not mean stay text (`time: 18:30`,
    `event_id: 0101`: load.YAML11_NUMBER)."""
    from ..load import load_yaml

    return load_yaml(path)


def _records(
    path: Path, data: Any
) -> tuple[tuple[str, ...], Callable[[], Iterator[Row]], tuple[Mark | None, ...]]:
    """A list of objects (or one object: a form) as rows; the row is the record's number. A
    YAML file's values (load.Node) keep their places, and each column the place of its key
    where it is first written (JSON: none)."""
    from ..load import Node

    nodes: list[Node] = []
    if isinstance(data, Node):
        nodes = [data] if data.is_map else data.value if data.is_seq else []
        data = data.plain()
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise failure(
            "merge.read",
            f"{path} must hold a list of records (objects with a value per field), or one",
        )
    columns: dict[str, None] = {}
    for record in data:
        columns.update(dict.fromkeys(str(k) for k in record))
    places: list[dict[str, Mark]] = [
        {str(k): v.mark for k, v in node.value.items()} for node in nodes if node.is_map
    ]
    first: dict[str, Mark] = {}
    for node in nodes:
        for k, mark in node.key_marks.items() if node.is_map else ():
            first.setdefault(str(k), mark)

    def rows() -> Iterator[Row]:
        for n, record in enumerate(data, start=1):
            marks = places[n - 1] if places else {}
            no_place = Mark(path, 0, 0)
            yield {
                str(k): Cell(
                    _scalar(v),
                    n,
                    str(k),
                    0,
                    line=marks.get(str(k), no_place).line,
                    col=marks.get(str(k), no_place).col,
                )
                for k, v in record.items()
            }

    return tuple(columns), rows, tuple(first.get(c) for c in columns)


def _scalar(value: Any) -> Any:
    """A JSON or YAML field's value as a cell holds it: a text (stripped), a number, a date; a
    list of them is one text, its items joined by ", " (`language: [en, ar]` is the
    language cell "en, ar", two organisers one line). An object, or a list that holds one,
    is kept as it is: a column the events use refuses it at its place (merge.events), and
    another column is only warned about, as any column they do not use."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and not any(isinstance(v, (list, dict)) for v in value):
        return ", ".join(str(v).strip() for v in value if v is not None and str(v).strip())
    return value


__all__ = ["MAX_BYTES", "MAX_CELL", "MAX_ROWS", "Cell", "Row", "Table", "read_table"]
