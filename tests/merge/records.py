"""Event rows written as a data file and merged, for the tests of tests/merge: one writer of
the rows as a CSV, or as an XLSX whose dates are date cells (test_eras, test_solar_hijri)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from campaign.diagnostics import Collector
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

HEAD = ["event_id", "language", "title", "date", "time", "venue", "date_region"]


def write_rows(
    path: Path, rows: Sequence[Sequence[object]], fmt: str = "csv", head: Sequence[str] = HEAD
) -> Path:
    """`rows` under `head` at `path` (its suffix `fmt`'s): a CSV, each value quoted, or an
    XLSX whose dates and datetimes are date cells and whose empty values are empty cells."""
    path = path.with_suffix(f".{fmt}")
    if fmt == "csv":
        lines = [",".join(head), *(",".join(f'"{v}"' for v in row) for row in rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in [head, *rows]:
            sheet.append([v or None for v in row])  # head and rows alike
        book.save(path)
    return path


def merged(
    tmp_path: Path, kit: Kit, rows: list[list[object]], fmt: str = "csv"
) -> tuple[list[Record], list[str]]:
    """The rows under HEAD as a CSV or an XLSX (`write_rows`) merged: the records and each
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
