"""Event rows written as a data file and merged, for the tests of tests/merge: one writer of
the rows as a CSV, or as an XLSX or ODS whose dates are date cells (test_eras,
test_solar_hijri)."""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from campaign.diagnostics import Collector
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

HEAD = ["event_id", "language", "title", "date", "time", "venue", "date_region"]


def write_rows(
    path: Path, rows: Sequence[Sequence[object]], fmt: str = "csv", head: Sequence[str] = HEAD
) -> Path:
    """`rows` under `head` at `path` (its suffix `fmt`'s): a CSV, each value quoted, or an
    XLSX or ODS whose dates and datetimes are date cells and whose empty values are empty
    cells."""
    path = path.with_suffix(f".{fmt}")
    if fmt == "csv":
        lines = [",".join(head), *(",".join(f'"{v}"' for v in row) for row in rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "ods":
        write_ods(path, [head, *rows])
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in [head, *rows]:
            sheet.append([v or None for v in row])  # head and rows alike
        book.save(path)
    return path


STYLE_NS = (
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
)
ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def ods_cell(value: object) -> str:
    """A table:table-cell as LibreOffice writes it: a text, a date (its shown text ISO's),
    a number, or an empty cell for None and ""."""
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, date):
        kind = f'office:value-type="date" office:date-value="{value.isoformat()}"'
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        kind = f'office:value-type="float" office:value="{value}"'
    else:
        kind = 'office:value-type="string"'
    return f"<table:table-cell {kind}><text:p>{escape(str(value))}</text:p></table:table-cell>"


def write_ods(
    path: Path,
    rows: Sequence[Sequence[object]],
    styles: str = "",
    columns: str = "",
    row_styles: Mapping[int, str] | None = None,
) -> Path:
    """An .ods package of one sheet of `rows`, each value an `ods_cell` or, written as
    "<table:table-cell ...", as it is; `styles`: content.xml's automatic styles; `columns`:
    the sheet's <table:table-column>s; `row_styles`: the default cell style
    (table:default-cell-style-name) of a row, by its index in `rows`."""
    body = "".join(
        _ods_row((row_styles or {}).get(n, ""))
        + "".join(v if str(v).startswith("<table:table-cell") else ods_cell(v) for v in row)
        + "</table:table-row>"
        for n, row in enumerate(rows)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} '
        f'{STYLE_NS} office:version="1.3"><office:automatic-styles>{styles}'
        "</office:automatic-styles><office:body><office:spreadsheet>"
        f'<table:table table:name="Sheet1">{columns}{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", xml, zipfile.ZIP_DEFLATED)
    return path


def _ods_row(style: str) -> str:
    """A <table:table-row>'s start tag, of default cell style `style` where one is given."""
    return (
        f'<table:table-row table:default-cell-style-name="{style}">'
        if style
        else ("<table:table-row>")
    )


def merged(
    tmp_path: Path, kit: Kit, rows: list[list[object]], fmt: str = "csv"
) -> tuple[list[Record], list[str]]:
    """The rows under HEAD as a CSV, an XLSX or an ODS (`write_rows`) merged: the records and each
    diagnostic, its path left out."""
    path = write_rows(tmp_path / "events", rows, fmt)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return good, [d.render().replace(f"{path}:", "") for d in errs.items]


def merged_without_drafts(
    tmp_path: Path, kit: Kit, rows: list[list[object]], fmt: str = "csv"
) -> tuple[list[Record], list[str]]:
    """`merged`, each diagnostic but the draft translation's note (a calendar's rows are in
    draft languages: fa, am)."""
    good, said = merged(tmp_path, kit, rows, fmt)
    return good, [s for s in said if "draft translation" not in s]
