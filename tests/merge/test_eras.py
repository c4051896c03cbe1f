"""A Thai row's dates in the Buddhist era: read in a numeric date, a two-digit year and a
spreadsheet's date cell as Thai Excel writes them, refused on a row of another language, and
printed in the Buddhist era on a Thai flyer (a Bangkok office's trial: 30/7/2569 was the
common era's 2569, printed "30 กรกฎาคม ค.ศ. 2569")."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.layout.document import TextItem
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit
from campaign.pipeline.compose import compose_document

from .records import merged, write_rows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        # the trial's: Thai Excel writes the Buddhist era's year in a numeric date
        ("30/7/2569", date(2026, 7, 30)),
        ("30/07/2570", date(2027, 7, 30)),
        ("2570-07-30", date(2027, 7, 30)),
        ("29/2/2567", date(2024, 2, 29)),  # 2024's leap day (2567 is none of the common era)
        # CLDR th's short date of the Buddhist calendar, d/M/yy, and the medium written so
        ("30/7/70", date(2027, 7, 30)),
        ("30 ก.ค. 70", date(2027, 7, 30)),  # the trial's dates-vi.csv, row 4
        ("30 กรกฎาคม 70", date(2027, 7, 30)),
        # a two-digit year of the common era (a trial's yy.csv: they were 2527, 1984):
        # the reading nearer the campaign's year, 2024 (short_year)
        ("30/07/27", date(2027, 7, 30)),
        ("30 ก.ค. 27", date(2027, 7, 30)),
        ("1/1/19", date(2019, 1, 1)),  # 2519 is 1976
        # the common era's stay so
        ("29/07/2026", date(2026, 7, 29)),
        ("30 ก.ค. 2027", date(2027, 7, 30)),
    ],
)
def test_a_thai_rows_numeric_date_in_the_buddhist_era_is_read(
    tmp_path: Path, kit: Kit, written: str, day: date
) -> None:
    (record,), problems = merged(tmp_path, kit, [["a", "th", "T", written, "", "P", ""]])
    assert problems == []
    assert record.day == day


def test_the_trials_thai_sheet_is_read_in_the_buddhist_era(tmp_path: Path, kit: Kit) -> None:
    """The Bangkok office's events-th-win874-utf8.csv (its dates, languages and times): no
    event in 2569, and merge.year no longer says "for a 2569 campaign, set `year: 2569`"."""
    rows: list[list[object]] = [
        ["bkk-walk", "th", "T", "30/7/2569", "7:30", "P", ""],
        ["bkk-talk", "th", "T", "31 กรกฎาคม 2569", "13:00-15:00", "P", ""],
        ["bkk-fair", "th,en", "T", "29/07/2026", "10:00", "P", ""],
    ]
    good, problems = merged(tmp_path, kit, rows)
    assert [r.day for r in good] == [date(2026, 7, 30), date(2026, 7, 31), date(2026, 7, 29)]
    assert [p for p in problems if "merge.shared" not in p] == []
    assert good[0].layer.by_language["th"]["event_date"].text == "30 กรกฎาคม พ.ศ. 2569"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_buddhist_eras_year_on_a_row_not_in_thai_is_refused(
    tmp_path: Path, kit: Kit, fmt: str
) -> None:
    """On a row in English, 2569 is no year of the common era an event is in: it is named
    with the common era's date to write, never a campaign of 2569; an XLSX date cell typed
    30/7/2569 holds the year 2569 (its ISO date is named)."""
    cell: object = "30/7/2569" if fmt == "csv" else datetime(2569, 7, 30)
    good, problems = merged(tmp_path, kit, [["a", "en", "T", cell, "", "P", ""]], fmt)
    written = "30/7/2569" if fmt == "csv" else "2569-07-30"
    assert good == []
    assert problems == [
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is in 2569, a year of "
        "the Buddhist era (2026 of the common era), on a row not in Thai: write it as "
        "YYYY-MM-DD, e.g. 2026-07-30\n"
        "  hint: a Buddhist era's year is read on a row in Thai (language th), and on every "
        "row of a sheet with one or with a header in Thai"
    ]


def test_a_thai_rows_date_cell_in_the_buddhist_era_is_read(tmp_path: Path, kit: Kit) -> None:
    """Thai Excel keeps a date cell typed 30/7/2569 as the year 2569 of its calendar."""
    rows: list[list[object]] = [
        ["a", "th", "T", datetime(2569, 7, 30), "", "P", ""],
        ["b", "th", "T", datetime(2026, 7, 30), "", "P", ""],
    ]
    good, problems = merged(tmp_path, kit, rows, "xlsx")
    assert problems == []
    assert [r.day for r in good] == [date(2026, 7, 30), date(2026, 7, 30)]


@pytest.mark.parametrize(
    ("language", "region", "shown"),
    [
        # CLDR th.xml's buddhist calendar: long "d MMMM G y", era พ.ศ., the year plus 543
        ("th", "", "30 กรกฎาคม พ.ศ. 2570"),
        ("th", "TH", "30 กรกฎาคม พ.ศ. 2570"),
        ("th", "US", "30 กรกฎาคม ค.ศ. 2027"),  # another country's: the Gregorian
        ("en", "TH", "30 July 2570\u00a0BE"),  # CLDR root's era, after en-GB's year
        ("en", "", "30 July 2027"),
        ("lo", "", "30 ກໍລະກົດ 2027"),
    ],
)
def test_a_flyer_prints_a_thai_date_in_the_buddhist_era(
    tmp_path: Path, kit: Kit, fonts: FontBook, language: str, region: str, shown: str
) -> None:
    """The drawn date of the flyer: Thai public materials date in the Buddhist era (CLDR's
    calendarPreferenceData: TH buddhist gregorian); Babel, with the Gregorian calendar
    alone, printed ค.ศ. 2027."""
    (record,), problems = merged(
        tmp_path, kit, [["a", language, "T", "2027-07-30", "", "P", region]]
    )
    assert [p for p in problems if "draft translation" not in p] == []
    laid = compose_document(
        kit, fonts, kit.layouts["event-flyer-a5"], kit.languages[language], record=record
    )
    printed = [
        "".join(line.actual_text() for line in item.text.lines)
        for item in laid.composed.page.items
        if isinstance(item, TextItem) and item.slot == "date"
    ]
    assert printed == [shown]


def _days(tmp_path: Path, kit: Kit, head: list[str], rows: list[list[str]]) -> tuple[dict, list]:
    """The rows under `head` as a CSV: each good record's day by its id, and each
    diagnostic, its path left out."""
    path = write_rows(tmp_path / "events", rows, head=head)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return {r.id: r.day for r in good}, [d.render().replace(f"{path}:", "") for d in errs.items]


PLAIN = ["event_id", "language", "title", "date", "venue"]
THAI_HEAD = ["event_id", "language", "title", "วันที่", "venue"]


@pytest.mark.parametrize(
    ("head", "rows", "days"),
    [
        # a Thai row: Thai writes day, month, year (CLDR th's d/M/yy), in the Buddhist era
        (PLAIN, [["a", "th", "T", "5/7/70", "P"]], {"a": date(2027, 7, 5)}),
        (PLAIN, [["a", "th", "T", "5/7/2569", "P"]], {"a": date(2026, 7, 5)}),
        (PLAIN, [["a", "th", "T", "05/07/2026", "P"]], {"a": date(2026, 7, 5)}),
        # a row in English on a sheet with a Thai row: the sheet's convention
        (
            PLAIN,
            [["a", "en", "T", "5/7/70", "P"], ["b", "th", "T", "1/2/2027", "P"]],
            {"a": date(2027, 7, 5), "b": date(2027, 2, 1)},
        ),
        # a sheet headed in Thai (วันที่, the date), its rows in English
        (THAI_HEAD, [["a", "en", "T", "5/7/70", "P"]], {"a": date(2027, 7, 5)}),
        (THAI_HEAD, [["a", "en", "T", "5/7/2569", "P"]], {"a": date(2026, 7, 5)}),
        # a Thai sheet whose dates tell month first (07/30): read so
        (
            PLAIN,
            [["a", "th", "T", "07/30/2026", "P"], ["b", "th", "T", "05/07/2026", "P"]],
            {"a": date(2026, 7, 30), "b": date(2026, 5, 7)},
        ),
    ],
)
def test_a_thai_sheets_numeric_date_is_day_first(
    tmp_path: Path, kit: Kit, head: list[str], rows: list[list[str]], days: dict
) -> None:
    """A Bangkok office's trial: 5/7/70 on a Thai row was refused, "may be day first or
    month first". A Thai sheet (a row in Thai, or a header in Thai) reads a date its column
    does not order day first, and its year of two digits as the Buddhist era's (2570: 2027);
    an English row's is warned of (test_date_order)."""
    found, problems = _days(tmp_path, kit, head, rows)
    assert [p for p in problems if "merge.shared" not in p and "merge.date-order" not in p] == []
    assert found == days


def test_a_buddhist_eras_year_tells_day_first_but_is_read_on_a_thai_row_alone(
    tmp_path: Path, kit: Kit
) -> None:
    """A year of the Buddhist era on a sheet of English rows and headers (Thai Excel wrote
    it) tells the sheet's dates day first; the year itself is refused there, as before."""
    rows = [["a", "en", "T", "05/07/2026", "P"], ["b", "en", "T", "6/7/2569", "P"]]
    found, problems = _days(tmp_path, kit, PLAIN, rows)
    assert found == {"a": date(2026, 7, 5)}
    assert problems == [
        "2:4: warning[merge.date-order]: row 2, column date (D): '05/07/2026' is read day "
        "first, 2026-07-05, as Thai (a Buddhist era's year) writes dates; a row in English may "
        "write it month first, 2026-05-07\n"
        "  hint: write it as YYYY-MM-DD: 2026-07-05 or 2026-05-07",
        "3:4: error[merge.value]: row 3, column date (D): '6/7/2569' is in 2569, a year of "
        "the Buddhist era (2026 of the common era), on a row not in Thai: write it as "
        "YYYY-MM-DD, e.g. 2026-07-06\n"
        "  hint: a Buddhist era's year is read on a row in Thai (language th), and on every "
        "row of a sheet with one or with a header in Thai",
    ]


def test_a_sheet_with_no_locale_still_refuses_an_ambiguous_date(tmp_path: Path, kit: Kit) -> None:
    """No Thai row, header or year: 05/07/2026 is 5 July or 7 May, as before; 5/7/70 is no
    date (a two-digit year is read as the Buddhist era's on a Thai sheet alone, and as the
    common era's in an order the row tells: test_two_digit_years)."""
    rows = [["a", "en", "T", "05/07/2026", "P"], ["b", "en", "T", "5/7/70", "P"]]
    found, problems = _days(tmp_path, kit, PLAIN, rows)
    assert found == {}
    assert problems[0] == (
        "2:4: error[merge.value]: row 2, column date (D): '05/07/2026' may be day first or "
        "month first, and no date in the column tells which: write it as YYYY-MM-DD "
        "(2026-07-05 or 2026-05-07)\n  hint: or give the row a date_region, its country's "
        "code (a column), that orders it: GB reads it 2026-07-05, US 2026-05-07"
    )
    assert problems[1].startswith(
        "3:4: error[merge.value]: row 3, column date (D): '5/7/70' is not a date the row can "
        "read: its year has two digits"
    )
    assert len(problems) == 2


@pytest.mark.parametrize("written", ["30/07/49", "30 ก.ค. 49"])
def test_a_thai_two_digit_year_far_from_the_campaigns_in_both_eras_is_refused(
    tmp_path: Path, kit: Kit, written: str
) -> None:
    """30/07/49 is 2006 (2549) or 2049, both decades from the 2024 campaign: a typo, refused
    naming both readings, where a 1984 flyer was made with a warning (a trial)."""
    records, problems = merged(tmp_path, kit, [["a", "th", "T", written, "", "P", ""]])
    assert records == []
    assert problems == [
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' has a year of two "
        "digits, 49: 2006-07-30 or 2049-07-30 (the Buddhist era's 2549 or the common era's "
        "2049), both more than 10 years from the campaign's 2024: write it as YYYY-MM-DD\n"
        "  hint: write the year in four digits, 2549 or 2049: a Thai row reads either era's"
    ]
