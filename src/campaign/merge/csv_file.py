"""CSV (and TSV, .txt) files: the text in its encoding (UTF-8 with or without a byte order
mark, or UTF-16 with or without one: `csv_text`; a JSON file's through `data_text`; a UTF-8
file's stray bytes of a code page kept in their cells, whose rows are refused), the
delimiter a first line `sep=;` names (Excel's), else the one `csv.Sniffer` detects among , ;
tab and |, and the records, each row's cells with
their row, line and column."""

from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..diagnostics import DiagnosticsError, Mark, failure
from ..textfile import (
    BOM,
    UTF8_BOM,
    NotTextError,
    decoded_place,
    mostly_utf8,
    not_text,
    sep_line,
    spreadsheet_text,
    stray,
)
from .data import NO_HEADER, Cell, Row, StrayByte, column_key, headless
from .header_row import HEADER_SEARCH, Header, HeadRow, find_header, head_row, no_header

DELIMITERS = ",;\t|"


def data_text(path: Path) -> str:
    """The file's text (`textfile.spreadsheet_text`: UTF-16 with or without a byte order mark,
    else UTF-8 with or without one). Raises DiagnosticsError `merge.read` for one that is
    neither: its first byte that is not UTF-8 in the form of every text file the kit reads
    (`textfile.not_text`; a merge's data mixes languages, so the code page it was saved in
    is detected, not told by a language) at its line and character, the place of the first
    bytes that are not UTF-16 (the file's start when the whole file was judged). It said
    "e.csv is not UTF-8: byte 0xE9 on line 2", where a translator's CSV gave the column and
    the character. A JSON file's text; a CSV file's is `csv_text`'s."""
    raw = path.read_bytes()
    try:
        return spreadsheet_text(raw)
    except NotTextError as exc:
        raise _not_text(path, raw, exc, _line_place, SAVE_JSON, "") from None


def csv_text(path: Path) -> tuple[str, tuple[StrayByte, ...]]:
    """A CSV file's text, as `data_text` reads it, and the bytes in it that are not UTF-8 in
    a file that otherwise is (`textfile.mostly_utf8`: a character pasted from a program that
    wrote it in a code page), each as Python's "surrogateescape" reads it in the text
    (`textfile.stray`) and with its place: their rows are refused, the others made (one
    such byte refused the whole file, and four events were lost: a Brussels organiser's
    trial). A byte in the header, or a file that is not UTF-8 throughout, is the file's
    error, named at its row and character (`_row_place`): a cell is a column here, and
    "column 10" was taken for the sheet's tenth column."""
    raw = path.read_bytes()
    try:
        return spreadsheet_text(raw), ()
    except NotTextError as exc:
        if exc.why == "is not UTF-8" and exc.at is not None and mostly_utf8(raw):
            return _lenient(raw)
        text = raw.decode("utf-8-sig", "surrogateescape").lstrip(BOM)
        raise _not_text(path, raw, exc, _row_place(text)) from None


def _line_place(line: int, col: int) -> str:
    """Where a byte of a JSON file is, in words."""
    return f"at line {line}, character {col}"


def _not_text(
    path: Path,
    raw: bytes,
    exc: NotTextError,
    place: Callable[[int, int], str],
    fix: str = "",
    aside: str | None = None,
) -> DiagnosticsError:
    """The `merge.read` error of a data file that is not text in an encoding read (`exc`),
    its place said by `place` (line and column to words), with the format's `fix` (a CSV
    file's, SAVE_AS, by default) and `aside` (what saved it: SAVED_AS by default)."""
    fix = fix or SAVE_AS
    if exc.why == "is not UTF-8" and exc.at is not None and exc.at < len(raw):
        saved = SAVED_AS if aside is None else aside
        return DiagnosticsError(
            not_text("merge.read", path, raw, exc.at, fix, aside=saved, place=place)
        )
    line, column = (1, 1) if exc.at is None else decoded_place(raw, exc.at, exc.encoding)
    return failure("merge.read", f"{path.name} {exc.why}", Mark(path, line, column), fix)


# What a file in a code page was saved as: a spreadsheet's plain CSV, whose code page is the
# system's (Windows-1252 in Western Europe), named neither by the list separator nor by the
# language of its menus: Excel's "CSV (Comma delimited)", in French Excel "CSV (séparateur:
# point-virgule)", which saves semicolons (public repositories' French guides and code name
# it so, beside "CSV UTF-8 (délimité par des virgules)": exact search, 2026-12; Microsoft's
# French support page of Excel for Mac's formats names the latter). It said "CSV (Comma
# delimited)" of a semicolon file (a Brussels organiser's trial).
SAVED_AS = ' (what a spreadsheet saves as plain "CSV", not as "CSV UTF-8")'
SAVE_AS = 'save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or as UTF-16 text'
SAVE_JSON = "save it as UTF-8 (a text editor's encoding UTF-8), as JSON is written"


def _row_place(text: str) -> Callable[[int, int], str]:
    """Where a byte on line `line`, character `col`, of a CSV `text` (read leniently) is, in
    words: "at row 3, character 9", the row its record is (a cell over several lines makes
    a row longer than a line: "at row 3 (line 4), character 9"), as `read_csv` counts rows;
    "at line 4, character 9" where the text cannot be read as CSV."""

    def place(line: int, col: int) -> str:
        try:
            row = _row_of_line(text, line)
        except csv.Error:
            row = None
        if row is None:
            return f"at line {line}, character {col}"
        return f"at row {row}{f' (line {line})' if row != line else ''}, character {col}"

    return place


def _row_of_line(text: str, line: int) -> int | None:
    """The row (a record, counted from 1 as `read_csv` counts them, blank lines too) that line
    `line` of `text` is in, or None past its end."""
    text, dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    for row, _ in enumerate(reader, start=1):
        if reader.line_num >= line:
            return row
    return None


def _lenient(raw: bytes) -> tuple[str, tuple[StrayByte, ...]]:
    """`raw` (mostly UTF-8) decoded, its byte order marks left out and each byte that is not
    UTF-8 read by "surrogateescape", and those bytes with their places (line and character,
    as `textfile.byte_place` counts them: the marks are no character)."""
    text = raw.decode("utf-8-sig", "surrogateescape").lstrip(BOM)
    found = []
    for at, char in enumerate(text):
        if stray(char):
            start = text.rfind("\n", 0, at) + 1
            found.append(StrayByte(ord(char) - 0xDC00, text.count("\n", 0, at) + 1, at - start + 1))
    return text, tuple(found)


def _dialect(text: str) -> tuple[str, Any]:
    """The CSV dialect of `text`, and the text as it is read: the separator a first line
    `sep=;` names (Excel's; the line made blank, the rows and lines counted as the file has
    them: it was taken for the header), else the one `csv.Sniffer` detects among DELIMITERS
    (commas where it cannot tell); quoted with " whose inner quotes are doubled."""
    sep = sep_line(text)
    dialect: Any
    if sep is not None:
        dialect = type("Named", (csv.excel,), {"delimiter": sep})
        text = "\n" + text.split("\n", 1)[1] if "\n" in text else ""
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:20_000], delimiters=DELIMITERS)
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
    return text, dialect


def read_csv(
    path: Path, wanted: Sequence[str] = (), key: Callable[[str], str] = column_key
) -> tuple[tuple[str, ...], Callable[[], Iterator[Row]], Header]:
    """A CSV file's columns, a new pass over its records at each call, and where its header
    is: the first line with text, or the record below a title naming every `wanted` column
    (read by `key`: header_row.find_header). A cell holding a byte that is not UTF-8 in a
    file that otherwise is (`csv_text`) holds it as Windows-1252 reads it, and says so
    (Cell.stray): its row is refused."""
    text, strays = csv_text(path)
    text, dialect = _dialect(text)
    heads = _heads(path, text, dialect, key)
    if not heads:
        raise no_header(path)
    header = find_header(path, [h for h, _ in heads], wanted)
    head, values = next((h, v) for h, v in heads if h.row == header.row)
    if any(stray(c) for v in values for c in v):  # its columns cannot be read: the file's
        raw = path.read_bytes()
        first = next(b for b in strays if b.line >= head.line)
        at = NotTextError("is not UTF-8", _offset(raw, first))
        raise _not_text(path, raw, at, _row_place(text))
    columns = tuple(v.strip() for v in values)

    def rows() -> Iterator[Row]:
        records = _records_of(path, text, dialect)
        pending = deque(strays)
        # a record is a spreadsheet row (a blank line a blank row), counted from 1; a cell that
        # holds a line break (Alt+Enter) makes the record longer than a line, so the row is
        # not the line: cells say both (the row in the message, the line in the place)
        for row, (line, values) in enumerate(records, start=1):
            while pending and pending[0].line < line:  # a title's, above the header
                pending.popleft()
            if row <= header.row:
                continue  # the header, and blank lines or a title before it
            if not any(v.strip() for v in values):
                continue  # a blank line
            found: list[tuple[StrayByte, ...]] = [()] * len(values)
            if pending:  # each value's stray bytes, in order, and its text read so
                found = [_taken(v, pending) for v in values]
                values = [mended(v) for v in values]
            cells = {
                name: Cell(
                    values[i].strip() if i < len(values) else None,
                    row,
                    name,
                    i + 1,
                    line=line,
                    col=i + 1,
                    stray=found[i] if i < len(values) else (),
                )
                for i, name in enumerate(columns)
                if name
            }
            extra = headless(columns, values, row, line) or _longer(columns, values, row, line)
            yield cells | extra

    return columns, rows, header


def _taken(value: str, pending: deque[StrayByte]) -> tuple[StrayByte, ...]:
    """The stray bytes of `value` (`textfile.stray`), taken in order from `pending` (the
    file's such bytes still to come, with their places), each with its character in the
    cell's text (StrayByte.in_cell: the value's spaces before it aside, as the cell holds
    it)."""
    lead = len(value) - len(value.lstrip())
    return tuple(
        replace(pending.popleft(), in_cell=at - lead + 1)
        for at, char in enumerate(value)
        if stray(char) and pending
    )


def mended(value: str) -> str:
    """`value` with each byte that is not UTF-8 in it (`textfile.stray`) read as it is in
    Windows-1252 (U+FFFD where it is none): a text to show, and to read the cell by."""
    if not any(stray(c) for c in value):
        return value
    return "".join(
        bytes([ord(c) - 0xDC00]).decode("cp1252", "replace") if stray(c) else c for c in value
    )


def _offset(raw: bytes, byte: StrayByte) -> int:
    """The offset in `raw` of the byte at `byte`'s line and character (`textfile.byte_place`
    counts them so)."""
    start = 0
    for _ in range(byte.line - 1):
        start = raw.index(b"\n", start) + 1
    marks = start == 0  # the byte order marks at the file's start are no character
    while marks and raw.startswith(UTF8_BOM, start):
        start += len(UTF8_BOM)
    line = raw[start:].decode("utf-8", "surrogateescape")
    return start + len(line[: byte.character - 1].encode("utf-8", "surrogateescape"))


def _heads(
    path: Path, text: str, dialect: Any, key: Callable[[str], str]
) -> list[tuple[HeadRow, list[str]]]:
    """The records with text among the first HEADER_SEARCH (a blank line is a row, as a
    spreadsheet numbers it, but nothing to look at), each as the header is looked for among
    them, with its values."""
    out = []
    for row, (line, values) in enumerate(_records_of(path, text, dialect), start=1):
        if row > HEADER_SEARCH:
            break
        if any(v.strip() for v in values):  # a title's stray byte shown as Windows-1252's
            out.append((head_row(row, [mended(v) for v in values], key, line), values))
    return out


def _longer(columns: tuple[str, ...], values: list[str], row: int, line: int) -> Row:
    """{NO_HEADER: an empty cell} for a row of more cells than its header whose extra cells
    are empty, else {}: a comma outside quotes split one of its cells and moved the cells
    after it one column on, the last one, empty, past the header. Its row is refused as one
    whose extra cell holds something is (a trial: `Бишкек, парк Ататюрка` with an empty
    organiser printed "Organised by парк Ататюрка", without a word)."""
    if len(values) <= len(columns):
        return {}
    index = len(columns) + 1
    return {NO_HEADER: Cell("", row, "without a header", index, line=line, col=index)}


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
            quote = dialect.quotechar  # always " (read_csv)
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
