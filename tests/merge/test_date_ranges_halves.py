"""A range's first day completed from its last. `30 December - 2 January 2028` was refused,
its first day read in 2028 ("write the first day first: 2028-01-02 – 2028-12-30"), and
`31-1 August 2027` read as 31 August; a weekday before a shared month was copied onto the
last day ("'Thursday, July 30, 2027' names Thursday"), and a weekday's first half quoted
with a year nobody wrote ("'Thu 29 2027' is not a date"). A first day the kit completes
runs forward, a weekday is its own half's, and a problem quotes what the cell says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
READ_AS = "(a date, a dash, a date; e.g. 29-30 July 2027, 2027-07-29/2027-07-30)"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(tmp_path: Path, kit: Kit, row: str) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    path.write_text(f"event_id,language,title,date,venue\n{row}\n", encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    told = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [t for t in told if "merge.year" not in t]


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("30 December - 2 January 2028", date(2027, 12, 30), date(2028, 1, 2)),
        ('"December 30 - January 2, 2028"', date(2027, 12, 30), date(2028, 1, 2)),
        # a weekday of each half, checked in the year the range gives it
        ('"Thu, December 30 - Sun, January 2, 2028"', date(2027, 12, 30), date(2028, 1, 2)),
        ("31-1 August 2027", date(2027, 7, 31), date(2027, 8, 1)),  # July's 31st
        ("30-2 January 2028", date(2027, 12, 30), date(2028, 1, 2)),
        ("2027-12-30/01-02", date(2027, 12, 30), date(2028, 1, 2)),  # ISO 8601's, its end
        ("2027-07-31/02", date(2027, 7, 31), date(2027, 8, 2)),  # short of what it shares
        ('"Thursday, July 29-30, 2027"', date(2027, 7, 29), date(2027, 7, 30)),
        ("Thu 29 - Fri 30 July 2027", date(2027, 7, 29), date(2027, 7, 30)),
        ("Thu 29 July - Fri 30 July 2027", date(2027, 7, 29), date(2027, 7, 30)),
    ],
)
def test_a_completed_first_day_is_before_the_last(
    tmp_path: Path, kit: Kit, written: str, first: date, last: date
) -> None:
    (record,), problems = merged(tmp_path, kit, f"a,en,T,{written},P")
    assert problems == []
    assert (record.day, record.end) == (first, last)


@pytest.mark.parametrize(
    ("written", "told"),
    [
        # the weekday is the first day's alone, and checked against it
        (
            "Fri 29 - Fri 30 July 2027",
            "2:4: error[merge.value]: row 2, column date (D): 'Fri 29' names Friday, but "
            "2027-07-29 is a Thursday\n"
            "  hint: correct the date or its weekday, or write the date alone: 2027-07-29\n"
            "  hint: 'Fri 29 - Fri 30 July 2027' is read as a range of dates, from 'Fri 29' to "
            f"'Fri 30 July 2027' {READ_AS}",
        ),
        # the halves the kit wrote (Friday, July 29, 2027): the cell's text quoted
        (
            '"Friday, July 29-30, 2027"',
            "2:4: error[merge.value]: row 2, column date (D): 'Friday, July 29-30, 2027' names "
            "Friday, but 2027-07-29 is a Thursday\n"
            "  hint: correct the date or its weekday, or write the date alone: 2027-07-29\n"
            "  hint: 'Friday, July 29-30, 2027' is read as a range of dates, from 'Friday, July "
            f"29, 2027' to 'July 30, 2027' {READ_AS}",
        ),
        # the year the kit added is not quoted (it was '29 Julyy 2027')
        (
            "29 Julyy - 2 August 2027",
            "2:4: error[merge.value]: row 2, column date (D): '29 Julyy' is not a date: ",
        ),
        (
            '"Fri, December 30 - Sun, January 2, 2028"',
            "2:4: error[merge.value]: row 2, column date (D): 'Fri, December 30' names Friday, "
            "but 2027-12-30 is a Thursday\n",
        ),
        (
            "31-1 July 2027",
            "2:4: error[merge.value]: row 2, column date (D): '31' is no day of June 2027: a "
            "first day after the last's (2027-07-01) is of the month before\n"
            "  hint: write the first day's month too: a day, its month, a dash and the last "
            "day (e.g. 29 July - 2 August 2027)\n"
            "  hint: '31-1 July 2027' is read as a range of dates, from '31' to '1 July 2027' "
            f"{READ_AS}",
        ),
        (
            "0-2 August 2027",
            "2:4: error[merge.value]: row 2, column date (D): '0' is no day of August 2027\n",
        ),
    ],
)
def test_a_ranges_half_is_told_as_written(
    tmp_path: Path, kit: Kit, written: str, told: str
) -> None:
    good, (problem,) = merged(tmp_path, kit, f"a,en,T,{written},P")
    assert good == []
    assert problem.startswith(told), problem


def test_a_completed_half_is_never_swapped_in_a_hint(tmp_path: Path, kit: Kit) -> None:
    """It offered "write the first day first: 2028-01-02 – 2028-12-30"."""
    for written in ("30 December - 2 January 2028", "31-1 August 2027", "2027-12-30/01-02"):
        _, problems = merged(tmp_path, kit, f"a,en,T,{written},P")
        assert not any("write the first day first" in p for p in problems), written
