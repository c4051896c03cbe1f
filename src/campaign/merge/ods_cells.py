"""The cells of an OpenDocument spreadsheet's content.xml (`merge.ods` reads the file), parsed
with ElementTree's incremental parser, one row at a time, each row dropped once read: a pass
over 10,000 rows holds one row. ISO/IEC 26300 (OpenDocument 1.2, part 1: 9.1 tables, 19.385
to 19.389 the office:*-value attributes, 19.675 table:number-columns-repeated, 19.679
rows-repeated, 19.676 and 19.680 the spans of merged cells, 19.751 table:visibility). What
LibreOffice writes and a reader must undo:

- identical neighbouring rows and cells are written once with a repeat count (two events on
  the same day at the same park in a row are one cell, repeated); the empty rest of a sheet
  is one row repeated about a million times, and the empty rest of a row one cell repeated
  about a thousand: empty runs are counted, never expanded;
- a merged range is its top left cell with its spans and `covered-table-cell`s in the
  other places: a cell under the top of a range merged down shows the top's value (one
  venue for two events), and a header cell merged across columns has its columns' values
  joined (workbook.joined_under_header), as in a workbook;
- a cell's text is its paragraphs (<text:p>) joined by line breaks, with <text:s text:c="3"/>
  for runs of spaces and <text:a xlink:href="..."> for a link (the cell's `target`); a
  comment (<office:annotation>) is not the cell's text;
- rows hidden by hand or filtered out (table:visibility "collapse" or "filter") are kept
  apart, as a workbook's hidden rows are; columns hidden so (a <table:table-column> of the
  sheet, its repeats counted) are named as a workbook's hidden columns are (`hidden_columns`);
- a date cell's format is its cell style's data style (style:data-style-name, in
  office:automatic-styles or styles.xml, its own or a parent style's), the cell's own style,
  else its row's default, else its column's (table:default-cell-style-name, 19.615: the
  row's wins): `date_styles` reads which parts
  of a date each shows (a date typed without a year, `26-Jul`, is shown without one).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any
from xml.etree import ElementTree

from .data import MAX_CELL, MAX_ROWS
from .header_row import HEADER_SEARCH
from .workbook import HYPERLINK_FORMULA

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
NUMBER = "{urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0}"
# a date style's children that show a part of its date (number:date-style): the day of the month,
# the month, the year (number:day-of-week, number:era and the rest show none of them)
DATE_PARTS = {f"{NUMBER}day": "d", f"{NUMBER}month": "m", f"{NUMBER}year": "y"}

SHEET, ROW = f"{TABLE}table", f"{TABLE}table-row"
COLUMN = f"{TABLE}table-column"
CELL, COVERED = f"{TABLE}table-cell", f"{TABLE}covered-table-cell"
# The parts of a sheet that hold no rows of its own: a row's cells are read from the row, and
# a table inside a cell (a rare subtable) is not a sheet
NOT_ROWS = (COLUMN, f"{TABLE}table-columns", f"{TABLE}table-column-group")
HIDDEN = ("collapse", "filter")  # table:visibility's values but "visible" (19.751)

MAX_COLUMNS = 16384  # cells read a row (LibreOffice 7.4's sheets, as Excel's, have 16,384)
MAX_SPACES = MAX_CELL + 1  # spaces a <text:s text:c="..."/> gives: a longer cell is refused
DURATION = re.compile(r"-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?")


@dataclass(frozen=True)
class OdsCell:
    """One cell as written: its value as the sheet holds it, the link it opens, and whether
    it is a formula with no calculated value saved (a file written by a program that does
    not calculate)."""

    value: str | date | time | datetime | float | int | bool | None
    target: str = ""
    formula: bool = False
    down: int = 1  # rows its merged range spans (1: not merged down)
    across: int = 1  # columns its merged range spans
    shown: str = ""  # a number's or a date's text as the sheet shows it (its format applied)
    date_shows: str = ""  # the parts of a date its date style shows, of "dmy" (date_styles)


EMPTY = OdsCell(None)
# the last row read of a sheet: MAX_ROWS records and one more (read_table's error names too
# many), below a header that may be under a title (header_row.find_header)
LAST_ROW = MAX_ROWS + 2 + HEADER_SEARCH


def date_styles(*parts: bytes) -> dict[str, str]:
    """{a cell style's name: the parts of a date its data style shows, of "dmy"} for every
    cell style (style:style of family table-cell) of the document's `parts` (content.xml,
    then styles.xml: the first one's name counts) whose data style (style:data-style-name,
    its own or a parent's: style:parent-style-name) is a number:date-style: a
    date typed without a year, `26-Jul`, shown as day and month ("dm"). Each part is read up
    to its body: the styles are above it."""
    dated: dict[str, str] = {}  # a date style's name: its parts
    cells: dict[str, tuple[str, str]] = {}  # a cell style's: (data style, parent)
    for xml in parts:
        if not xml:
            continue
        for event, elem in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
            if elem.tag == f"{OFFICE}body":
                break
            if event != "end":
                continue
            name = elem.get(f"{STYLE}name", "")
            if elem.tag == f"{NUMBER}date-style" and name not in dated:
                shown = {DATE_PARTS[c.tag] for c in elem.iter() if c.tag in DATE_PARTS}
                dated[name] = "".join(p for p in "dmy" if p in shown)
            elif elem.tag == f"{STYLE}style" and elem.get(f"{STYLE}family") == "table-cell":
                data = elem.get(f"{STYLE}data-style-name", "")
                cells.setdefault(name, (data, elem.get(f"{STYLE}parent-style-name", "")))
    out = {}
    for name in cells:
        seen, at = set(), name
        while at in cells and at not in seen and not cells[at][0]:  # a parent's data style
            seen.add(at)
            at = cells[at][1]
        data = cells[at][0] if at in cells else ""
        if data in dated:
            out[name] = dated[data]
    return out


def sheets(
    xml: bytes, styles: dict[str, str] | None = None
) -> Iterator[tuple[str, Iterator[tuple[int, list[OdsCell], bool]]]]:
    """Each sheet's name and its rows, in order, as the document is parsed: (row number,
    cells, hidden) for every row that has a value, repeats expanded (at most LAST_ROW rows a
    sheet) and empty rows counted only. A sheet's rows must be read before the next
    sheet is asked for (the parser moves on); the rows left unread are skipped. `styles`:
    the date styles' parts by cell style (`date_styles`), of a date cell's own style, else its
    row's or its column's default (table:default-cell-style-name)."""
    events = ElementTree.iterparse(io.BytesIO(xml), events=("start", "end"))
    depth = 0  # tables open: a table in a cell is inside a sheet, not one
    for event, elem in events:
        if elem.tag != SHEET:
            continue
        if event == "start":
            depth += 1
            if depth == 1:
                rows = _rows(events, styles or {})
                yield elem.get(f"{TABLE}name", ""), rows
                for _ in rows:  # the rest of the sheet, unread: skipped
                    pass
                depth = 0
                elem.clear()
        else:
            depth -= 1


def hidden_columns(xml: bytes, chosen: int) -> frozenset[int]:
    """The columns (1-based) sheet `chosen` (0-based) hides: its <table:table-column>s with
    table:visibility "collapse" or "filter", each number-columns-repeated times, in the
    order written (in <table:table-columns>, <table:table-header-columns> or a column group
    alike); read up to the sheet's first row, before which ODF puts them all (9.1.2). An
    organiser's working column (notes, who was called), as XLSX's `<col hidden="1">`."""
    events = ElementTree.iterparse(io.BytesIO(xml), events=("start", "end"))
    at = -1  # the index of the sheet the parser is in
    column = 0  # the columns counted in sheet `chosen`
    out: set[int] = set()
    depth = 0  # tables open: a table in a cell is inside a sheet, not one
    for event, elem in events:
        if elem.tag == SHEET:
            depth += 1 if event == "start" else -1
            if event == "start" and depth == 1:
                at += 1
        elif event == "end":
            elem.clear()  # a sheet before the one read: passed over
        elif at == chosen and depth == 1 and elem.tag == ROW:
            break  # its first row: every column is written above it
        elif at == chosen and depth == 1 and elem.tag == COLUMN:
            repeat = _count(elem.get(f"{TABLE}number-columns-repeated"))
            if elem.get(f"{TABLE}visibility", "visible") in HIDDEN:
                out.update(range(column + 1, min(column + repeat, MAX_COLUMNS) + 1))
            column += repeat
        if at > chosen or column >= MAX_COLUMNS:
            break
    return frozenset(out)


def _rows(
    events: Iterator[tuple[str, Any]], styles: dict[str, str]
) -> Iterator[tuple[int, list[OdsCell], bool]]:
    """The rows of the sheet whose start `events` is past, until its end (`styles`: as
    `sheets`)."""
    n = 0  # the last row's number (1-based)
    defaults: list[str] = []  # each column's default cell style, as the sheet's columns give
    covering: dict[int, tuple[int, OdsCell]] = {}  # column -> (last row, the top cell) merged down
    depth = 0  # tables open inside this sheet (a subtable in a cell)
    full = False  # LAST_ROW rows read: the rest of the sheet is passed over to its end
    for event, elem in events:
        tag = elem.tag
        if tag == SHEET:
            if event == "start":
                depth += 1
                continue
            if depth == 0:
                return
            depth -= 1
            continue
        if event != "end" or depth or tag != ROW or full:
            if event == "end" and tag == COLUMN and not depth and styles:
                repeat = min(_count(elem.get(f"{TABLE}number-columns-repeated")), MAX_COLUMNS)
                style = elem.get(f"{TABLE}default-cell-style-name", "")
                defaults += [style] * min(repeat, MAX_COLUMNS - len(defaults))
            if event == "end" and (tag in NOT_ROWS or full and tag == ROW):
                elem.clear()
            continue
        repeat = _count(elem.get(f"{TABLE}number-rows-repeated"))
        hidden = elem.get(f"{TABLE}visibility", "visible") in HIDDEN
        row_style = elem.get(f"{TABLE}default-cell-style-name", "")  # the row's default
        cells = _cells(elem, n + 1, covering, styles, defaults, row_style)
        elem.clear()
        if not any(c.value not in (None, "") or c.formula for c in cells):
            n += repeat  # empty rows (the rest of the sheet): counted, not made
            continue
        for _ in range(min(repeat, LAST_ROW)):
            n += 1
            yield n, cells, hidden
            if n > LAST_ROW:  # the sheet is read to its end all the same: the next
                full = True  # sheet starts after it
                break


def _cells(
    row: Any,
    n: int,
    covering: dict[int, tuple[int, OdsCell]],
    styles: dict[str, str] | None = None,
    defaults: list[str] | None = None,
    row_style: str = "",
) -> list[OdsCell]:
    """A row's cells (row `n`), repeats expanded up to MAX_COLUMNS, the empty run at its end
    left out; a covered cell under the top of a range merged down is the top's cell; a date
    cell's parts shown by its style of `styles`: its own (table:style-name), else its row's
    default cell style (`row_style`), else its column's (of `defaults`). ODF 1.2 part 1 (and
    1.3 part 3), 19.615 table:default-cell-style-name: a cell without a table:style-name
    takes the default cell style of its table:table-row, else of its table:table-column,
    the row's winning over the column's."""
    out: list[OdsCell] = []
    empty = 0  # empty cells not yet placed: placed when a cell with a value follows
    for elem in row:
        if elem.tag not in (CELL, COVERED):
            continue
        repeat = _count(elem.get(f"{TABLE}number-columns-repeated"))
        cell = _cell(elem) if elem.tag == CELL else EMPTY
        if styles and isinstance(cell.value, date):
            at = len(out) + empty  # its column, 0-based
            style = (
                elem.get(f"{TABLE}style-name")
                or row_style
                or (defaults[at] if defaults and at < len(defaults) else "")
            )
            if style in styles:
                cell = replace(cell, date_shows=styles[style])
        if elem.tag == CELL and cell.value in (None, "") and not cell.formula:
            empty += repeat  # an empty run (the rest of a row: about a thousand): counted
            continue
        for _ in range(repeat):
            col = len(out) + empty + 1
            if col > MAX_COLUMNS:
                break
            here = cell
            kept = covering.get(col)
            if kept is not None and kept[0] >= n and elem.tag == COVERED:
                here = kept[1]  # the value of the top of its merged range
            if here.down > 1 and elem.tag == CELL and n > 1:  # a header's merge: as it is
                covering[col] = (n + here.down - 1, here)
            if here.value in (None, "") and not here.formula:
                empty += 1
                continue
            out += [EMPTY] * empty
            empty = 0
            out.append(here)
    return out


def _cell(elem: Any) -> OdsCell:
    """A table:table-cell's value, link, formula flag and spans."""
    kind = elem.get(f"{OFFICE}value-type")
    formula = elem.get(f"{TABLE}formula")
    text, target = _text(elem)
    if elem.get(f"{CALCEXT}value-type") == "error":  # a formula that failed: what it shows
        return OdsCell(text or "#N/A", target)  # (#N/A, Err:502), which the checks refuse
    if formula and not target:
        found = HYPERLINK_FORMULA.search(formula.replace("of:", "", 1))
        target = found[1].replace('""', '"').strip() if found else ""
    value: Any = None
    shown = ""
    if kind in ("float", "percentage", "currency"):
        value, shown = _number(elem.get(f"{OFFICE}value"), text), text
    elif kind == "date":
        value, shown = _date(elem.get(f"{OFFICE}date-value", ""), text), text
    elif kind == "time":
        value = _time(elem.get(f"{OFFICE}time-value", ""), text)
    elif kind == "boolean":
        value = elem.get(f"{OFFICE}boolean-value", "").lower() == "true"
    elif kind == "string":
        value = elem.get(f"{OFFICE}string-value", text)
    elif text:  # no type: a cell of a file written by another program
        value = text
    return OdsCell(
        value,
        target,
        formula=bool(formula) and kind is None and not text,  # no value saved
        down=_count(elem.get(f"{TABLE}number-rows-spanned")),
        across=_count(elem.get(f"{TABLE}number-columns-spanned")),
        shown=shown,
    )


def _text(cell: Any) -> tuple[str, str]:
    """(the cell's paragraphs joined by line breaks, the first link's address)."""
    paragraphs: list[str] = []
    links: list[str] = []
    for child in cell:
        if child.tag in (f"{TEXT}p", f"{TEXT}h"):
            parts: list[str] = []
            _inline(child, parts, links)
            paragraphs.append("".join(parts))
    return "\n".join(paragraphs), links[0] if links else ""


def _inline(elem: Any, parts: list[str], links: list[str]) -> None:
    """The text of a paragraph's content, in order (ISO/IEC 26300, 6.1: <text:s> is text:c
    spaces, <text:tab> a tab, <text:line-break> a line break); a comment is left out."""
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        tag = child.tag
        if tag == f"{TEXT}s":
            parts.append(" " * min(_count(child.get(f"{TEXT}c")), MAX_SPACES))
        elif tag == f"{TEXT}tab":
            parts.append("\t")
        elif tag == f"{TEXT}line-break":
            parts.append("\n")
        elif tag != f"{OFFICE}annotation":
            if tag == f"{TEXT}a" and child.get(f"{XLINK}href"):
                links.append(child.get(f"{XLINK}href").strip())
            _inline(child, parts, links)
        if child.tail:
            parts.append(child.tail)


def _count(text: str | None) -> int:
    """A repeat or span attribute: at least 1."""
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


def _number(value: str | None, text: str) -> float | int | str:
    """office:value as a number (an int when whole: a phone number typed as a number has no
    '.0'); the shown text when it is not one."""
    try:
        number = float(value) if value is not None else None
    except ValueError:
        number = None
    if number is None or number != number or number in (float("inf"), float("-inf")):
        return text
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _date(value: str, text: str) -> date | datetime | str:
    """office:date-value ("2026-07-30" or "2026-07-30T08:00:00") as a date, or a datetime when
    it has a time of day; the shown text when it is neither."""
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return text
    if "T" not in value or found.time() == time(0):
        return found.date()
    return found


def _time(value: str, text: str) -> time | str:
    """office:time-value (an ISO 8601 duration, "PT08H30M00S") as a time of day; the shown
    text for a duration of a day or more, or one that cannot be read."""
    found = DURATION.fullmatch(value.strip())
    if not found or value.startswith("-"):
        return text
    days, hours, minutes, seconds = (float(g) if g else 0.0 for g in found.groups())
    total = ((days * 24 + hours) * 60 + minutes) * 60 + seconds
    if total >= 24 * 3600:
        return text
    whole = round(total)  # 08:29:59.9999999 is 08:30:00
    if whole >= 24 * 3600:
        return text
    return time(whole // 3600, whole % 3600 // 60, whole % 60)
