"""CSV (and TSV, .txt) files: the text in its encoding (UTF-8 with or without a byte order
mark, or UTF-16 with or without one: `data_text`, which JSON files are read through too), the
delimiter a first line `sep=;` names (Excel's), else the one `csv.Sniffer` detects among , ;
tab and |, and the records, each row's cells with
their row, line and column."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..diagnostics import DiagnosticsError, Mark, failure
from ..textfile import NotTextError, decoded_place, not_text, sep_line, spreadsheet_text
from .data import NO_HEADER, Cell, Row, column_key, headless
from .header_row import HEADER_SEARCH, Header, HeadRow, find_header, head_row, no_header

DELIMITERS = ",;\t|"


def data_text(path: Path) -> str:
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
        line, column = (1, 1) if exc.at is None else decoded_place(raw, exc.at, exc.encoding)
        raise failure(
            "merge.read", f"{path.name} {exc.why}", Mark(path, line, column), SAVE_AS
        ) from None


SAVE_AS = 'save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or as UTF-16 text'


def read_csv(
    path: Path, wanted: Sequence[str] = (), key: Callable[[str], str] = column_key
) -> tuple[tuple[str, ...], Callable[[], Iterator[Row]], Header]:
    """A CSV file's columns, a new pass over its records at each call, and where its header
    is: the first line with text, or the record below a title naming every `wanted` column
    (read by `key`: header_row.find_header)."""
    text = data_text(path)
    sample = text[:20_000]
    sep = sep_line(text)
    if sep is not None:  # Excel's `sep=;` line: its separator, and a blank first line (the
        # rows and lines counted as the file has them); it was taken for the header
        dialect: Any = type("Named", (csv.excel,), {"delimiter": sep})
        text = "\n" + text.split("\n", 1)[1] if "\n" in text else ""
    else:
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
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
    heads = _heads(path, text, dialect, key)
    if not heads:
        raise no_header(path)
    header = find_header(path, [h for h, _ in heads], wanted)
    columns = tuple(v.strip() for v in next(v for h, v in heads if h.row == header.row))

    def rows() -> Iterator[Row]:
        records = _records_of(path, text, dialect)
        # a record is a spreadsheet row (a blank line a blank row), counted from 1; a cell that
        # holds a line break (Alt+Enter) makes the record longer than a line, so the row is
        # not the line: cells say both (the row in the message, the line in the place)
        for row, (line, values) in enumerate(records, start=1):
            if row <= header.row:
                continue  # the header, and blank lines or a title before it
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
            } | (headless(columns, values, row, line) or _longer(columns, values, row, line))

    return columns, rows, header


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
        if any(v.strip() for v in values):
            out.append((head_row(row, values, key, line), values))
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
