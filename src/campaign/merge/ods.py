"""OpenDocument spreadsheets (.ods, as LibreOffice and OpenOffice save them, and the flat
.fods): a sheet's rows as `data.Row`s, read as the XLSX reader (`merge.xlsx`) reads a
workbook's: the sheet chosen, its header's merged cells, its shown rows and its hidden ones.
The package is opened here (a password, a zip bomb and a damaged file are errors); its
content.xml is parsed by `merge.ods_cells`, one row at a time.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from xml.etree import ElementTree

from ..diagnostics import failure
from .data import MAX_BYTES, MAX_ROWS, Cell, Row, blank, cell_value, column_key, headless
from .header_row import HEADER_SEARCH, find_header, head_row, no_header
from .ods_cells import EMPTY, OdsCell, date_styles, hidden_columns, sheets
from .workbook import (
    WorkbookRead,
    choose_sheet,
    joined_under_header,
    named_otherwise,
    package_trouble,
)

HIDDEN = re.compile(rb"""visibility\s*=\s*(["'])(?:collapse|filter)\1""")  # a row or a column
MAX_XML = 10 * MAX_BYTES  # content.xml unpacked: a file of 20 MB that unpacks to more is a bomb


def read_ods(
    path: Path,
    wanted: Sequence[str],
    asked: str | None = None,
    key: Callable[[str], str] = column_key,
) -> WorkbookRead:
    """As xlsx.read_xlsx: the chosen sheet's columns and a new pass over its shown rows at each
    call, its name and every sheet's, its hidden rows (None when it has none) and its hidden
    columns (an organiser's working columns, told of as unused only where values are lost). The
    sheet: `asked`, else as workbook.choose_sheet chooses from the first HEADER_SEARCH rows, their
    headers read by `key`.
    Raises DiagnosticsError `merge.read` for a file that is not an OpenDocument spreadsheet,
    one saved with a password, or one whose content unpacks to more than MAX_XML bytes."""
    xml, styles_xml = _content(path)  # every pass parses these bytes: the file may change
    firsts, names = _ods_heads(path, xml)
    styles = _date_styles(path, xml, styles_xml)
    heads = [
        [head_row(n, (c.value for c in cells), key) for n, cells, _ in rows] for rows in firsts
    ]
    chosen = choose_sheet(path, names, heads, wanted, asked)
    if not names or not firsts[chosen]:
        raise no_header(path) from None
    # the header: the first row with values, or the row below a title (empty rows are not
    # among firsts: they are counted, and a row keeps its number in the sheet)
    named = names[chosen] if len(names) > 1 else ""
    found = find_header(path, heads[chosen], wanted, named, names)
    head = next(cells for n, cells, _ in firsts[chosen] if n == found.row)
    columns = tuple(str(c.value).strip() if c.value is not None else "" for c in head)
    while columns and not columns[-1]:
        columns = columns[:-1]
    spans = {
        i + 1: tuple(range(i + 2, i + 1 + c.across)) for i, c in enumerate(head) if c.across > 1
    }

    def rows(shown: bool = True) -> Iterator[Row]:
        """The shown rows, or (`shown` False) the hidden ones."""
        return _ods_rows(xml, chosen, columns, spans, shown, found.row, styles)

    # rows or columns are hidden (a column alone: no row is found hidden) in the document;
    # an attribute's value in either quote, with spaces about its = (XML 1.0, 2.3 and 3.1)
    hidden = HIDDEN.search(xml) is not None
    hidden_rows = (lambda: rows(False)) if hidden else None
    unseen = hidden_columns(xml, chosen) if hidden else frozenset()
    return columns, rows, names[chosen], tuple(names), hidden_rows, unseen, found


def _ods_heads(
    path: Path, xml: bytes
) -> tuple[list[list[tuple[int, list[OdsCell], bool]]], list[str]]:
    """Each sheet's rows with values among its first HEADER_SEARCH (number, cells, hidden:
    numbered as the sheet numbers them, as a workbook's are) and the sheets' names; raises
    DiagnosticsError `merge.read` when the content is not readable XML."""
    firsts: list[list[tuple[int, list[OdsCell], bool]]] = []
    names: list[str] = []
    try:
        for name, sheet_rows in sheets(xml):
            names.append(name)
            firsts.append(list(itertools.takewhile(lambda r: r[0] <= HEADER_SEARCH, sheet_rows)))
    except ElementTree.ParseError as exc:
        raise failure(
            "merge.read",
            f"{path} is not a readable ODS spreadsheet ({exc})",
            None,
            "save it again from LibreOffice Calc as .ods, or as .xlsx or CSV",
        ) from None
    return firsts, names


def _date_styles(path: Path, xml: bytes, styles_xml: bytes) -> dict[str, str]:
    """The parts of a date each cell style shows (`ods_cells.date_styles`) of the content
    and styles.xml; raises DiagnosticsError `merge.read` when styles.xml is not readable
    XML (the content was read)."""
    try:
        return date_styles(xml, styles_xml)
    except ElementTree.ParseError as exc:
        raise failure(
            "merge.read",
            f"{path} is not a readable ODS spreadsheet (its styles: {exc})",
            None,
            "save it again from LibreOffice Calc as .ods, or as .xlsx or CSV",
        ) from None


def _ods_rows(
    xml: bytes,
    chosen: int,
    columns: tuple[str, ...],
    spans: dict[int, tuple[int, ...]],
    shown: bool,
    header: int = 1,
    styles: dict[str, str] | None = None,
) -> Iterator[Row]:
    """The shown rows of sheet `chosen` (0-based) below its `header` row, or (`shown` False)
    the hidden ones, parsed again from the content, each with its number in the sheet; blank
    rows left out, the header's merged cells' values joined (`spans`); a date cell with the
    parts of its date its style shows (`styles`: ods_cells.date_styles)."""
    sheet = next(itertools.islice(sheets(xml, styles), chosen, None))[1]
    above: list[OdsCell] = []  # the header's and a title's cells merged down: not the data's
    for n, cells, hidden in sheet:
        if n <= header:  # the header, and a title above it
            above += [c for c in cells if c.down > 1]
            continue
        if above:  # a cell under one of them is empty, as under row 1's (ods_cells._cells)
            cells = [EMPTY if any(c is a for a in above) else c for c in cells]
        if n - header > MAX_ROWS + 1:
            break
        values = tuple(c.value for c in cells)
        if spans:
            values = joined_under_header(values, spans)
        if all(blank(v) for v in values) and not any(c.formula for c in cells):
            continue  # a blank row, spaces in it or not
        if hidden == shown:
            continue
        yield {
            name: Cell(
                cell_value(values[i] if i < len(values) else None),
                n,
                name,
                i + 1,
                formula=i < len(cells) and cells[i].formula,
                target=cells[i].target if i < len(cells) else "",
                shown=cells[i].shown if i < len(cells) else "",
                date_shows=cells[i].date_shows if i < len(cells) else "",
            )
            for i, name in enumerate(columns)
            if name
        } | headless(columns, values, n)


def _content(path: Path) -> tuple[bytes, bytes]:
    """content.xml and styles.xml (b"" where there is none) of an .ods package, or a flat
    .fods file's own bytes (its styles in it) and b""."""
    raw = path.read_bytes()
    if path.suffix.lower() == ".fods":
        return raw, b""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            names = set(package.namelist())
            manifest = (
                package.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            )
            if b"encryption-data" in manifest:
                raise failure(
                    "merge.read",
                    f"{path} is saved with a password: its cells cannot be read",
                    None,
                    "save a copy without the password (File > Save As, untick 'Save with "
                    "password'), or save it as CSV UTF-8",
                )
            info = package.getinfo("content.xml")
            if info.file_size > MAX_XML:
                raise failure(
                    "merge.read",
                    f"{path} unpacks to {info.file_size / 1e6:.0f} MB of cells; at most "
                    f"{MAX_XML / 1e6:g} MB are read",
                    None,
                    "split it into several files",
                )
            styles = package.getinfo("styles.xml") if "styles.xml" in names else None
            if styles is not None and styles.file_size > MAX_XML:
                styles = None  # a bomb: its styles are not read (its cells' dates are)
            return package.read(info), package.read(styles) if styles is not None else b""
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError) as exc:
        other = named_otherwise(raw, path)
        if other is not None:  # an .xlsx renamed .ods
            raise failure(
                "merge.read",
                f"{path} is not an ODS spreadsheet: it is {other[0]}, named .ods",
                None,
                f"rename it {other[1]}: the kit reads it so",
            ) from None
        raise failure(
            "merge.read",
            f"{path} is not a readable ODS spreadsheet: "
            f"{package_trouble(exc, 'an OpenDocument spreadsheet')}",
            None,
            "save it again from LibreOffice (File > Save As, ODF Spreadsheet), or as CSV UTF-8",
        ) from None
