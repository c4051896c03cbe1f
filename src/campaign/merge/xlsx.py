"""XLSX workbooks, read with openpyxl: the chosen sheet's cell values as Excel last calculated
them (a formula without a saved value is an error; one whose value was saved as an empty
text is a blank cell), a cell's hyperlink as its `target`, a merged cell's value on every
row it spans, the sheet's hidden rows kept apart, and a date whose number format shows some
of its parts, not all (`d-mmm`: no year; `merge.date_formats`) with them; a cell with no
style of its own in a styled row is read in the row's (`_row_styled`). What only the sheet's
XML tells (merged cells, hyperlinks, hidden rows, formulas saved empty, the cells that take
their row's style) is `merge.xlsx_sheet`'s. openpyxl is imported where it is used."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..diagnostics import failure
from .data import MAX_ROWS, Cell, Row, blank, cell_value, column_key, headless
from .date_formats import excel_parts, excel_shown
from .header_row import HEADER_SEARCH, find_header, head_row, no_header
from .workbook import (
    HYPERLINK_FORMULA,
    WorkbookRead,
    choose_sheet,
    joined_under_header,
    named_otherwise,
    package_trouble,
)
from .xlsx_sheet import SheetMarks, sheet_marks, sheet_xml


def read_xlsx(
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
    heads = [[head_row(n, row, key) for n, row in enumerate(rows, 1)] for rows in firsts]
    chosen = choose_sheet(path, names, heads, wanted, asked)
    # the header: row 1, or the row below a title (its rows kept: a sheet's rows are read
    # from row 1, empty ones too, so row n is firsts[n - 1])
    found = find_header(path, heads[chosen] if heads else (), wanted, _named(names, chosen), names)
    header = firsts[chosen][found.row - 1] if firsts and firsts[chosen] else None
    if header is None:
        raise no_header(path) from None
    columns = tuple(str(h).strip() if h is not None else "" for h in header)
    xml, rels = sheet_xml(raw, parts[chosen] if parts else None)
    marks = sheet_marks(xml, rels, len(columns), found.row)

    def rows(shown: bool = True) -> Iterator[Row]:
        """The shown rows, or (`shown` False) the hidden ones."""
        return _xlsx_rows(raw, chosen, columns, marks, shown, found.row)

    chosen_name = names[chosen] if names else ""
    hidden_rows = (lambda: rows(False)) if marks.hidden else None
    return columns, rows, chosen_name, names, hidden_rows, marks.hidden_columns, found


def _named(names: Sequence[str], chosen: int) -> str:
    """The sheet read, as a message names it: only in a workbook of several sheets."""
    return names[chosen] if len(names) > 1 else ""


def _xlsx_bytes(path: Path) -> bytes:
    """A workbook's bytes (Excel's lock file beside an open workbook is refused before:
    tables.read_table, lock_files.refuse_lock_file); raises DiagnosticsError `merge.read`
    for an encrypted .xlsx or an old .xls named .xlsx (an OLE file)."""
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
        other = named_otherwise(raw, path)
        if other is not None:  # an .ods renamed .xlsx
            raise failure(
                "merge.read",
                f"{path} is not an XLSX workbook: it is {other[0]}, named .xlsx",
                None,
                f"rename it {other[1]}: the kit reads it so",
            ) from None
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


def _xlsx_rows(
    raw: bytes,
    chosen: int,
    columns: tuple[str, ...],
    marks: SheetMarks,
    shown: bool,
    header: int = 1,
) -> Iterator[Row]:
    """The shown rows of the workbook's sheet `chosen` below its `header` row (the rows
    above it: the header and a title), or (`shown` False) the hidden ones, read again from
    its bytes, each with its number in the sheet; blank rows left out."""
    from openpyxl import load_workbook

    anchors: dict[tuple[int, int], Any] = {}
    formats_above: dict[tuple[int, int], Any] = {}  # a merged date's top's number format
    book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    formulas = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    try:
        typed_rows = formulas.worksheets[chosen].iter_rows(values_only=True)
        written = itertools.islice(typed_rows, header, None)
        partial = _partial_date_styles(book)  # none: the values alone are read, faster
        rows_iter = itertools.islice(
            book.worksheets[chosen].iter_rows(values_only=not partial), header, None
        )
        for n, row in enumerate(rows_iter, start=header + 1):
            typed = next(written, ())
            if n - header > MAX_ROWS + 1:
                break
            cells: tuple[Any, ...] = tuple(row)  # values, or cells where formats matter
            values = tuple(c.value for c in cells) if partial else cells
            formats = tuple(_date_format(c, partial) for c in cells) if partial else ()
            if n in marks.row_styles:  # cells that take their row's style
                values, formats = _row_styled(values, formats, marks.row_styles[n], book, partial)
            if marks.below:  # a merged cell shows its top cell's value on every row it spans
                values = _fill_merged(values, n, marks.below, marks.tops, anchors)  # hidden too
                formats = _fill_merged(formats, n, marks.below, marks.tops, formats_above)
            if marks.spans:
                values = joined_under_header(values, marks.spans)
            if (n in marks.hidden) == shown:
                continue
            unsaved = [
                _unsaved_formula(values, typed, i, n, marks.empty) for i in range(len(typed))
            ]
            if all(blank(v) for v in values) and not any(unsaved):
                continue  # a blank row, spaces in it or not (a CSV's blank line), or
                # formulas that show nothing (=IF(B2="","",B2) filled down a template)
            yield _xlsx_row(columns, values, typed, unsaved, marks.links, n, formats)
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
    formats: Sequence[str | None] = (),
) -> Row:
    """Row `n` of a sheet as cells: each value with its column, whether it is a formula
    without a saved value, its hyperlink's address (a cell's, or =HYPERLINK's), and a
    date's number format's parts and text (`formats`: each date cell's number format)."""
    return {
        name: _dated(
            Cell(
                cell_value(values[i] if i < len(values) else None),
                n,
                name,
                i + 1,
                formula=i < len(unsaved) and unsaved[i],
                target=links.get((i + 1, n)) or _hyperlink_formula(typed, i),
            ),
            formats[i] if i < len(formats) else None,
        )
        for i, name in enumerate(columns)
        if name
    } | headless(columns, values, n)


def _partial_date_styles(book: Any) -> frozenset[int]:
    """The cell styles (their ids) of a read-only workbook whose number format is a date's
    that shows some of its parts, not all (`date_formats.excel_parts`: d-mmm, mmm-yy);
    openpyxl's own reading of a style's number format (ReadOnlyCell.number_format)."""
    if not book.worksheets:
        return frozenset()
    ids = range(len(getattr(book, "_cell_styles", ())))
    formats = {i: _number_format(book, i) for i in ids}
    return frozenset(i for i, f in formats.items() if excel_parts(f) not in ("", "dmy"))


def _number_format(book: Any, style: int) -> str:
    """The number format of a read-only workbook's cell style `style` (its id), as openpyxl
    reads a cell's (ReadOnlyCell.number_format)."""
    from openpyxl.cell.read_only import ReadOnlyCell

    return str(ReadOnlyCell(book.worksheets[0], 0, 0, None, style_id=style).number_format)


def _row_styled(
    values: tuple[Any, ...],
    formats: tuple[str | None, ...],
    styles: dict[int, int],
    book: Any,
    partial: frozenset[int],
) -> tuple[tuple[Any, ...], tuple[str | None, ...]]:
    """A row's `values` and date `formats` (`_date_format`'s) with each cell of `styles`
    ({column: the row's style}: xlsx_sheet._row_styles, cells with no style of their own)
    read in its row's style: a number of a date format is that date (or time), as openpyxl
    reads a cell of the style itself (the workbook's date and duration formats, its epoch),
    and a date of a `partial` style (d-mmm) has that number format. A number no date can be
    stays a number."""
    from openpyxl.utils.datetime import from_excel

    out = list(values)
    shown = (list(formats) or [None] * len(values)) if partial else []
    dates, durations = getattr(book, "_date_formats", ()), getattr(book, "_timedelta_formats", ())
    for column, style in styles.items():
        i = column - 1
        if i >= len(out):
            continue
        value = out[i]
        if style in dates and isinstance(value, int | float) and not isinstance(value, bool):
            try:
                out[i] = from_excel(value, book.epoch, timedelta=style in durations)
            except (OverflowError, ValueError):
                continue  # out of a date's range: the number, as openpyxl leaves it
        if style in partial and isinstance(out[i], date):
            shown[i] = _number_format(book, style)
    return tuple(out), tuple(shown)


def _date_format(cell: Any, partial: frozenset[int]) -> str | None:
    """A read-only sheet's cell's number format when it holds a date (openpyxl reads a
    number of a date format as one) of a style of `partial`, else None."""
    value = getattr(cell, "value", None)
    style = getattr(cell, "_style_id", 0)
    return cell.number_format if isinstance(value, date) and style in partial else None


def _dated(cell: Cell, fmt: str | None) -> Cell:
    """`cell` with the parts of its date its number format `fmt` shows and its text as
    shown (`merge.date_formats`: d-mmm, 26-Jul), when it holds a date and `fmt` shows one."""
    if fmt is None or not isinstance(cell.value, date):
        return cell
    parts = excel_parts(fmt)
    if not parts:
        return cell
    return replace(cell, date_shows=parts, shown=excel_shown(cell.value, fmt))


def _hyperlink_formula(typed: tuple[Any, ...], i: int) -> str:
    """The address of a =HYPERLINK("address", "text") formula as written, else ""."""
    text = typed[i] if i < len(typed) else None
    found = HYPERLINK_FORMULA.match(text) if isinstance(text, str) else None
    return found[1].replace('""', '"').strip() if found else ""


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
    empty text (`empty`, by `xlsx_sheet._empty_results`), which openpyxl gives as None too."""
    value = values[i] if i < len(values) else None
    text = typed[i] if i < len(typed) else None
    return (
        value is None
        and isinstance(text, str)
        and text.startswith("=")
        and (i + 1, row) not in empty
    )
