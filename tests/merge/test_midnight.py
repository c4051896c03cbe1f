"""A spreadsheet's date and time cell at midnight with an end_time and no time: the event
starts at 00:00. It was refused ("the event has an end_time but no time"): a date cell's
time of 00:00 is read as a date alone (`record._hours`)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.tables import read_table
from campaign.merge.events import Record, read_events
from campaign.model import Kit

from .records import write_rows

ROOT = Path(__file__).resolve().parents[2]
HEAD = ["event_id", "language", "title", "date", "time", "end_time", "venue"]
NIGHT = datetime(2026, 7, 31, 0, 0)  # a datetime cell at midnight: an XLSX's


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _merged(
    tmp_path: Path, kit: Kit, rows: list[list[object]], fmt: str
) -> tuple[list[Record], list[str]]:
    path = write_rows(tmp_path / "events", rows, fmt, HEAD)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return good, [d.render().replace(f"{path}:", "") for d in errs.items]


def _shown(record: Record) -> tuple[date | None, str | None]:
    entry = record.layer.by_language["en"].get("event_time")
    return record.day, entry.text if entry is not None else None


def test_a_datetime_at_midnight_with_an_end_time_starts_at_midnight(
    tmp_path: Path, kit: Kit
) -> None:
    """A workbook's date and time 2026-07-31 00:00, end_time 02:00 (an all-night event's
    last part): 00:00 to 02:00 on 31 July, said at the date cell; without an end_time the
    cell is a date alone, as it was, and a time cell's start is the start."""
    rows: list[list[object]] = [
        ["night", "en", "Night walk", NIGHT, "", "02:00", "Park"],
        ["day", "en", "Day", NIGHT, "", "", "Park"],
        ["late", "en", "Late", NIGHT, "23:00", "02:00", "Park"],
    ]
    good, problems = _merged(tmp_path, kit, rows, "xlsx")
    assert problems == [
        "2:4: warning[merge.time]: row 2, column date (D): the date cell holds the time "
        "00:00 and the row an end_time (02:00) but no time: the event is read as starting "
        "at 00:00\n  hint: if it starts at another time, write that in the time column"
    ]
    assert [(r.id, *_shown(r)) for r in good] == [
        ("night", date(2026, 7, 31), "00:00\u201302:00"),
        ("day", date(2026, 7, 31), None),
        ("late", date(2026, 7, 31), "23:00\u201302:00"),
    ]


def test_a_typed_date_with_an_end_time_and_no_time_is_still_refused(
    tmp_path: Path, kit: Kit
) -> None:
    """A date typed as text (a CSV's 2026-07-31) holds no time: its end_time without a time
    is refused, as before."""
    good, problems = _merged(
        tmp_path, kit, [["night", "en", "Night", "2026-07-31", "", "02:00", "Park"]], "csv"
    )
    assert good == []
    assert problems == [
        "2:6: error[merge.value]: row 2, column end_time (F): the event has an end_time but "
        "no time\n  hint: write its start in the time column"
    ]


def test_the_end_time_of_a_midnight_start_is_checked(tmp_path: Path, kit: Kit) -> None:
    """The end of a midnight start is read as any end is: 00:00 ends when it starts."""
    good, problems = _merged(
        tmp_path, kit, [["night", "en", "Night", NIGHT, "", time(0, 0), "Park"]], "xlsx"
    )
    assert good == []
    assert problems[-1] == (
        "2:6: error[merge.value]: row 2, column end_time (F): the event ends when it starts "
        "(00:00)\n  hint: write the end of the event"
    )
