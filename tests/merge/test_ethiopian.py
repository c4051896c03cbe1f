"""An Amharic row's dates in the Ethiopian calendar: read with its month's name, converted by
Dershowitz and Reingold's arithmetic, a numeric date of its year named, and printed in the
Gregorian calendar (an office's trial: 23/11/2018, 23 Hamle 2018, 30 July 2026, was merged
as 23 November 2018 with a `merge.past` warning; ሐምሌ 23 2018 was "not a date", its hint a
Buddhist era's year)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from campaign import dates
from campaign.diagnostics import Collector
from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.layout.document import TextItem
from campaign.merge import ethiopian
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit
from campaign.pipeline.compose import compose_document

from . import records

ROOT = Path(__file__).resolve().parents[2]
# a row dated in 2026, so that the sheet's year (date_cells.example_year) is 2026
DATED_2026 = ["b", "en", "T", "2026-07-30", "", "P", ""]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


merged = records.merged_without_drafts


@pytest.mark.parametrize(
    ("ethiopic", "gregorian"),
    [
        ((2018, 1, 1), date(2025, 9, 11)),  # Enkutatash 2018: 11 September
        ((2016, 1, 1), date(2023, 9, 12)),  # before the leap year 2024: 12 September
        ((2015, 13, 6), date(2023, 9, 11)),  # ጳጉሜን 6 of a leap year (2015 mod 4 = 3)
        ((2018, 13, 5), date(2026, 9, 10)),  # ጳጉሜን 5, the last day of a common year
        ((2018, 11, 23), date(2026, 7, 30)),  # the World Day of 2026
        ((2018, 4, 29), date(2026, 1, 7)),  # Genna (Christmas), 7 January
        ((2018, 5, 11), date(2026, 1, 19)),  # Timket, 19 January
        ((2018, 6, 23), date(2026, 3, 2)),  # Adwa Victory Day, 2 March
    ],
)
def test_an_ethiopian_date_converts_both_ways(
    ethiopic: tuple[int, int, int], gregorian: date
) -> None:
    assert ethiopian.to_gregorian(*ethiopic) == gregorian
    assert ethiopian.to_ethiopian(gregorian) == ethiopic


def test_the_arithmetic_and_icu_agree_on_every_ethiopian_year_read() -> None:
    """A second source: ICU's ethiopic calendar gives every first and last day of each
    month of the years read as Dershowitz and Reingold's arithmetic converts it."""
    from icu4py.messageformat import MessageFormat

    icu = MessageFormat("{d,date,y-M-d}", "am_ET@calendar=ethiopic;numbers=latn")
    for year in ethiopian.ETHIOPIAN_YEARS:
        for month in range(1, 14):
            last = ethiopian.month_days(year, month)
            first = ethiopian.to_gregorian(year, month, 1)
            assert icu.format({"d": first}) == f"{year}-{month}-1"
            end = ethiopian.to_gregorian(year, month, last)
            assert end - first == timedelta(days=last - 1)
            assert icu.format({"d": end + timedelta(days=1)}).endswith("-1")


@pytest.mark.parametrize("month", [0, 14])
def test_no_month_of_the_calendar_is_refused(month: int) -> None:
    with pytest.raises(ValueError, match="no day of the Ethiopian calendar"):
        ethiopian.to_gregorian(2018, month, 1)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("ሐምሌ 23 2018", date(2026, 7, 30)),  # the trial's events2.xlsx
        ("ሐምሌ 23 ቀን 2018 ዓ.ም.", date(2026, 7, 30)),  # the trial's dates-times.csv
        ("23 ሐምሌ 2018", date(2026, 7, 30)),  # ICU's long date of am@calendar=ethiopic
        ("ሀምሌ 23 2018 ዓ/ም", date(2026, 7, 30)),  # ሀ for ሐ
        ("ሃምሌ 23 2018 ዓም", date(2026, 7, 30)),
        ("23 Hamle 2018 E.C.", date(2026, 7, 30)),  # CLDR's English name
        ("መስከረም 1 2018", date(2025, 9, 11)),
        ("ታህሳስ 29 2018", date(2026, 1, 7)),  # ታኅሣሥ as commonly spelled
        ("ኅዳር 1 2018", date(2025, 11, 10)),
        ("ህዳር 1 2018", date(2025, 11, 10)),
        ("ሚያዚያ 1 2018", date(2026, 4, 9)),  # ሚያዝያ's other spelling
        ("ጳጉሜ 5 2018", date(2026, 9, 10)),  # ጳጉሜን without its ን
        ("ጳጉሜን 6 2015", date(2023, 9, 11)),
        ("10 ነሐሴ 2018", date(2026, 8, 16)),
        ("30 ጁላይ 2026", date(2026, 7, 30)),  # a Gregorian month's name stays Gregorian
        ("2026-07-30", date(2026, 7, 30)),
        ("30/07/2026", date(2026, 7, 30)),
    ],
)
def test_an_amharic_rows_ethiopian_date_is_read(
    tmp_path: Path, kit: Kit, written: str, day: date
) -> None:
    (record,), problems = merged(tmp_path, kit, [["a", "am", "T", written, "", "P", ""]])
    assert problems == []
    assert record.day == day


NUMERIC_HINT = (
    "  hint: a date in numbers is read in the Gregorian calendar; an Amharic row reads the "
    "Ethiopian calendar's with its month's name: "
)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "23/11/2018",
            "'23/11/2018' reads as 2018-11-23 in the Gregorian calendar, but in the Ethiopian "
            "calendar 23/11/2018 EC (ሐምሌ 23 2018 ዓ.ም.) is 2026-07-30: write 2026-07-30\n"
            f"{NUMERIC_HINT}ሐምሌ 23 2018 ዓ.ም.",
        ),
        (
            "2018-11-23",
            "'2018-11-23' reads as 2018-11-23 in the Gregorian calendar, but in the Ethiopian "
            "calendar 23/11/2018 EC (ሐምሌ 23 2018 ዓ.ም.) is 2026-07-30: write 2026-07-30\n"
            f"{NUMERIC_HINT}ሐምሌ 23 2018 ዓ.ም.",
        ),
        (
            "05/13/2018",  # ጳጉሜን, the 13th month, though the column reads month first
            "'05/13/2018' reads as 2018-05-13 in the Gregorian calendar, but in the Ethiopian "
            "calendar 05/13/2018 EC (ጳጉሜን 5 2018 ዓ.ም.) is 2026-09-10: write 2026-09-10\n"
            f"{NUMERIC_HINT}ጳጉሜን 5 2018 ዓ.ም.",
        ),
        (
            "ጳጉሜን 6 2018",
            "'ጳጉሜን 6 2018' is no day of the Ethiopian calendar (ጳጉሜን 2018 has 5 days)\n"
            "  hint: write a day of it, e.g. ጳጉሜን 5 2018 ዓ.ም., or the Gregorian date as "
            "YYYY-MM-DD",
        ),
        (
            "ሐምሌ 23",
            "'ሐምሌ 23' has no year: write it with its Ethiopian year, e.g. ሐምሌ 23 2018 ዓ.ም. "
            "(or the Gregorian date as YYYY-MM-DD)\n"
            "  hint: an Ethiopian year begins on 11 September of the Gregorian calendar (12 "
            "September before a Gregorian leap year): 2026-07-30 is in 2018 ዓ.ም.",
        ),
        (
            "ሐምሌ 23 2026",
            "'ሐምሌ 23 2026' names a month of the Ethiopian calendar (ሐምሌ) and the Gregorian "
            "year, 2026 (the Ethiopian year of 2026-07-30 is 2018)\n"
            "  hint: write the Ethiopian year, e.g. ሐምሌ 23 2018 ዓ.ም., or the Gregorian date "
            "as YYYY-MM-DD",
        ),
        (
            "ሐምሌ ነሐሴ 23 2018",
            "'ሐምሌ ነሐሴ 23 2018' is not read as a date of the Ethiopian calendar: write a day, "
            "a month's name and a year, e.g. ሐምሌ 23 2018 ዓ.ም., or the Gregorian date as "
            "YYYY-MM-DD\n"
            "  hint: one month's name, a day of 1 to 30 and a year of four digits are read, "
            "with ቀን and ዓ.ም. beside them and nothing else",
        ),
    ],
)
def test_an_ethiopian_date_not_read_names_the_calendar_and_the_fix(
    tmp_path: Path, kit: Kit, written: str, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dates, "today", lambda: date(2026, 6, 15))  # the trial's day
    good, problems = merged(tmp_path, kit, [["a", "am", "T", written, "", "P", ""], DATED_2026])
    assert [r.id for r in good] == ["b"]
    assert problems == [f"2:4: error[merge.value]: row 2, column date (D): {said}"]


def test_a_numeric_date_of_the_gregorian_years_stays_gregorian(tmp_path: Path, kit: Kit) -> None:
    """A numeric date on an Amharic row whose Ethiopian reading falls in no year of the
    events (2018 in a sheet of 2026 is 2025-26's: 23/11/2010 is 2018's) is the Gregorian
    calendar's, read as before; on an English row 23/11/2018 is too."""
    rows = [
        ["a", "am", "T", "23/11/2010", "", "P", ""],
        ["c", "en", "T", "23/11/2018", "", "P", ""],
        DATED_2026,
    ]
    good, problems = merged(tmp_path, kit, rows)
    assert [(r.id, r.day) for r in good] == [
        ("a", date(2010, 11, 23)),
        ("c", date(2018, 11, 23)),
        ("b", date(2026, 7, 30)),
    ]
    assert problems == []


def test_an_amharic_rows_date_cell_of_an_ethiopian_year_is_named(tmp_path: Path, kit: Kit) -> None:
    """A workbook's date cell typed 23/11/2018 in a day-first spreadsheet holds 2018-11-23."""
    rows: list[list[object]] = [
        ["a", "am", "T", datetime(2018, 11, 23), "", "P", ""],
        ["b", "am", "T", datetime(2026, 7, 30), "", "P", ""],
    ]
    good, problems = merged(tmp_path, kit, rows, "xlsx")
    assert [(r.id, r.day) for r in good] == [("b", date(2026, 7, 30))]
    assert problems == [
        "2:4: error[merge.value]: row 2, column date (D): '2018-11-23 00:00:00' reads as "
        "2018-11-23 in the Gregorian calendar, but in the Ethiopian calendar 23/11/2018 EC "
        "(ሐምሌ 23 2018 ዓ.ም.) is 2026-07-30: write 2026-07-30\n"
        f"{NUMERIC_HINT}ሐምሌ 23 2018 ዓ.ም."
    ]


def test_the_hint_of_an_amharic_row_names_its_own_calendar_not_the_buddhist_era(
    tmp_path: Path, kit: Kit
) -> None:
    """A Thai sheet's rows read a Buddhist era's year; its Amharic row's hint named it
    ("a year of the Buddhist era (2569, พ.ศ. 2569)") and not the Ethiopian calendar."""
    rows = [
        ["a", "am", "T", "later", "", "P", ""],
        ["t", "th", "T", "later", "", "P", ""],
        ["c", "th", "T", "2026-07-30", "", "P", ""],
    ]
    _, problems = merged(tmp_path, kit, rows)
    forms = (
        "  hint: also read: 30/07/2026 (day first), 07/30/2026 (month first; with a day of 12 "
        "or less, only when another date of the column tells which comes first), 30 July "
        "2026 (a month's name in English or the row's language) and "
    )
    assert problems == [
        "2:4: error[merge.value]: row 2, column date (D): 'later' is not a date: write it as "
        f"YYYY-MM-DD, e.g. 2026-07-30\n{forms}a date of the Ethiopian calendar with its "
        "month's name (ሐምሌ 23 2018 ዓ.ም.)",
        "3:4: error[merge.value]: row 3, column date (D): 'later' is not a date: write it as "
        f"YYYY-MM-DD, e.g. 2026-07-30\n{forms}a year of the Buddhist era (2569, พ.ศ. 2569)",
    ]


def test_an_amharic_flyer_prints_the_gregorian_date(
    tmp_path: Path, kit: Kit, fonts: FontBook
) -> None:
    """CLDR's calendarPreferenceData gives Ethiopia "gregorian ethiopic": a date read from
    the Ethiopian calendar is printed in the Gregorian, as any Amharic row's was."""
    (record,), problems = merged(tmp_path, kit, [["a", "am", "T", "ሐምሌ 23 2018", "", "P", ""]])
    assert problems == []
    laid = compose_document(
        kit, fonts, kit.layouts["event-flyer-a5"], kit.languages["am"], record=record
    )
    printed = [
        "".join(line.actual_text() for line in item.text.lines)
        for item in laid.composed.page.items
        if isinstance(item, TextItem) and item.slot == "date"
    ]
    assert printed == ["30 ጁላይ 2026"]


def test_a_date_and_time_cell_of_the_ethiopian_calendar(tmp_path: Path, kit: Kit) -> None:
    """A `Date and time` column's date is read as a date column's: the Ethiopian month's
    name on an Amharic row, and its numeric date of an Ethiopian year named at the cell."""
    path = records.write_rows(
        tmp_path / "events",
        [
            ["a", "am", "T", "ሐምሌ 23 2018 18:30", "P"],
            ["b", "am", "T", "23/11/2018 18:30", "P"],
            ["c", "en", "T", "2026-07-30 18:30", "P"],
        ],
        head=["event_id", "language", "title", "Date and time", "venue"],
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [(r.id, r.day) for r in good] == [("a", date(2026, 7, 30)), ("c", date(2026, 7, 30))]
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        "3:4: error[merge.value]: row 3, column Date and time (D): '23/11/2018' reads as "
        "2018-11-23 in the Gregorian calendar, but in the Ethiopian calendar 23/11/2018 EC "
        "(ሐምሌ 23 2018 ዓ.ም.) is 2026-07-30: write 2026-07-30\n"
        f"{NUMERIC_HINT}ሐምሌ 23 2018 ዓ.ም."
    ]
