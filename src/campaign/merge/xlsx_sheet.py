"""What an XLSX sheet's XML tells beyond its cells' values, which openpyxl's read-only sheets
do not give: its merged cells, its hyperlinks (and their addresses, in the sheet's
relationships), its hidden rows and columns, the formulas whose saved value is an empty text,
and the cells of a styled row that have no style of their own (the row's is theirs)."""

from __future__ import annotations

import io
import re
from typing import NamedTuple, cast

from .data import MAX_ROWS


class SheetMarks(NamedTuple):
    """What a sheet's XML tells beyond its values (`sheet_marks`)."""

    below: dict[tuple[int, int], int]  # a merged cell's (column, row): its top row
    spans: dict[int, tuple[int, ...]]  # a header cell merged across columns (_header_spans)
    tops: set[int]  # the top rows of merged cells
    links: dict[tuple[int, int], str]  # (column, row): a cell's hyperlink
    hidden: set[int]  # the hidden rows' numbers
    empty: frozenset[tuple[int, int]]  # formulas whose saved value is an empty text
    hidden_columns: frozenset[int]  # the hidden columns (1-based)
    row_styles: dict[int, dict[int, int]]  # a styled row: {column: its style} (_row_styles)


def sheet_marks(xml: bytes, rels: bytes, columns: int, header: int = 1) -> SheetMarks:
    """A sheet's merged cells, hyperlinks (a merged link cell's is on its top cell, and so on
    every row it spans), hidden rows, formulas saved empty and the cells that take their
    row's style (`_row_styles`); `header`: the header's row
    (below a title: header_row.find_header), whose merged cells span columns, and above
    which nothing is read."""
    below = _merged_below(xml, header)
    links = _hyperlinks(xml, rels, columns, header)
    for (col, row), top in below.items():  # a merged link cell's hyperlink is on its top
        if (col, top) in links:
            links.setdefault((col, row), links[col, top])
    return SheetMarks(
        below,
        _header_spans(xml, header),
        set(below.values()),
        links,
        _hidden_rows(xml, header),
        _empty_results(xml),
        _hidden_columns(xml),
        _row_styles(xml, header),
    )


def sheet_xml(raw: bytes, part: str | None) -> tuple[bytes, bytes]:
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


def _hyperlinks(
    xml: bytes, rels: bytes, columns: int, header: int = 1
) -> dict[tuple[int, int], str]:
    """{(column, row): address} of the sheet's hyperlinks to addresses outside the workbook
    (`<hyperlink ref="I5" r:id="rId1" location="register"/>`: the relationship's Target,
    with the `location` as its #fragment, which Excel keeps apart; a ref may be a range,
    read within the header's `columns` and the rows a merge reads, below the `header` row).
    Links to places in the workbook (`location` only) are left out."""
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
        for row in range(top, min(bottom, MAX_ROWS + header + 1) + 1):
            for col in range(left, min(right, columns) + 1):
                out.setdefault((col, row), target)
    return out


def _hidden_rows(xml: bytes, header: int = 1) -> set[int]:
    """The rows below the `header` row the sheet hides (`<row r="5" hidden="1">`: hidden by
    hand, or filtered out)."""
    out = set()
    for tag in re.findall(rb"<row\b[^>]*>", xml):
        found = _attributes(tag)
        if found.get("hidden") in ("1", "true") and found.get("r", "").isdigit():
            row = int(found["r"])
            if row > header:
                out.add(row)
    return out


# A sheet's row (ECMA-376 Part 1, 18.3.1.73 `row`), its attributes, and whether it is empty
ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(/?)>")
ROW_END = re.compile(rb"</(?:\w+:)?row>")
CELL_TAG = re.compile(rb"<(?:\w+:)?c\b([^>]*?)/?>")  # a cell's start tag (not <col>)


def _row_styles(xml: bytes, header: int = 1) -> dict[int, dict[int, int]]:
    """{row: {column: the row's style}} (1-based) of the cells with no style of their own
    (no `s`) in each row below the `header` row that has a style (`<row r="2" s="3"
    customFormat="1">`: ECMA-376 Part 1, 18.3.1.73, the row's style applied to its cells; a
    cell's own `s` overrides it). LibreOffice shows such a cell in the row's format (a date
    where the row is formatted as dates); openpyxl reads it with the default style (a
    number: 46233), and a sheet written so by a program had its dates refused as day
    numbers. Rows without a style are passed over without reading their cells."""
    from openpyxl.utils.cell import coordinate_to_tuple

    out: dict[int, dict[int, int]] = {}
    row = 0
    for found in ROW_TAG.finditer(xml):
        attributes = _attributes(found[1])
        number = attributes.get("r", "")
        row = int(number) if number.isdigit() else row + 1
        style = attributes.get("s", "")
        if (
            found[2]
            or attributes.get("customFormat") not in ("1", "true")
            or not style.isdigit()
            or int(style) == 0
            or not header < row <= MAX_ROWS + header + 1
        ):
            continue
        end = ROW_END.search(xml, found.end())
        column = 0
        for cell in CELL_TAG.finditer(xml, found.end(), end.start() if end else len(xml)):
            own = _attributes(cell[1])
            try:
                column = coordinate_to_tuple(own["r"])[1] if "r" in own else column + 1
            except (ValueError, TypeError):
                column += 1
            if "s" not in own:
                out.setdefault(row, {})[column] = int(style)
    return out


def _hidden_columns(xml: bytes) -> frozenset[int]:
    """The columns the sheet hides (`<col min="11" max="11" hidden="1"/>`, ECMA-376 Part 1,
    18.3.1.13: a range of columns' width and state), 1-based: an organiser's working columns
    (notes, who was called), hidden so as not to be printed or seen."""
    out: set[int] = set()
    for tag in re.findall(rb"<(?:\w+:)?col\b[^>]*>", xml):
        found = _attributes(tag)
        first, last = found.get("min", ""), found.get("max", "")
        if found.get("hidden") in ("1", "true") and first.isdigit() and last.isdigit():
            out.update(range(int(first), min(int(last), int(first) + 16_384) + 1))
    return frozenset(out)


def _merged_below(xml: bytes, header: int = 1) -> dict[tuple[int, int], int]:
    """{(column, row): the row of its merged cell's top} for every cell under the top of a
    merged range of data rows, in the top's column (1-based): a spreadsheet shows the top's
    value there (one venue for two events: C2:C3), and openpyxl's read-only sheets give
    None ("'venue' is empty" for row 3). Cells beside the top (a range over columns) are
    not filled: they belong to other columns. Read from the sheet's XML (`<mergeCell
    ref="C2:C3"/>`); a range whose top is the `header` row or above (the header's, a
    title's) is not the data's."""
    from openpyxl.utils.cell import range_boundaries

    out: dict[tuple[int, int], int] = {}
    for ref in re.findall(rb'<mergeCell[^>]*\bref="([A-Za-z]+\d+:[A-Za-z]+\d+)"', xml):
        try:
            col, top, _, bottom = range_boundaries(ref.decode())
        except ValueError:
            continue
        if col is None or top is None or bottom is None or top <= header:
            continue  # a header's or a title's merge: the header row is read as it is
        last = min(bottom, MAX_ROWS + header + 1)
        out.update({(col, row): top for row in range(top + 1, last + 1)})
    return out


def _header_spans(xml: bytes, header: int = 1) -> dict[int, tuple[int, ...]]:
    """{first column: the columns after it} of each cell of the `header` row merged across
    columns (a `venue` header over F1:G1, 1-based): the values under it are one column's. A
    title merged across the columns above the header is no header cell."""
    from openpyxl.utils.cell import range_boundaries

    out: dict[int, tuple[int, ...]] = {}
    for ref in re.findall(rb'<mergeCell[^>]*\bref="([A-Za-z]+\d+:[A-Za-z]+\d+)"', xml):
        try:
            first, top, last, _ = range_boundaries(ref.decode())
        except ValueError:
            continue
        if top == header and first is not None and last is not None and last > first:
            out[first] = tuple(range(first + 1, last + 1))
    return out


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
