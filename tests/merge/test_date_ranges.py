"""An event of several days: `29-30 July 2027` was "not a date" (its hint listing a date's
forms), an `End date` column "not used ... did you mean 'date'?", and the flyer printed the
first day. A date cell's range, in the forms a date is read in, and an end_date column give
the last day, printed as CLDR's date interval in each language, checked as a date is, and
used wherever the event's date is (its job sheet's label, the past and year warnings)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import cast

import pytest

from campaign.diagnostics import Collector, Mark
from campaign.kit.load import load_kit
from campaign.merge import date_ranges
from campaign.merge.data import Table
from campaign.merge.events import (
    Record,
    Records,
    _format,
    event_label,
    other_years,
    past_events,
    read_events,
)
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
THIN = "\u2009\u2013\u2009"  # CLDR's en_GB interval: a thin space each side of the dash
NB = "\u00a0"  # a day and the word after it kept on one line (date_ranges._bound)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(
    tmp_path: Path, kit: Kit, rows: list[str], head: str = "event_id,language,title,date,venue"
) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return good, [d.render().replace(f"{path}:", "") for d in errs.items]


@pytest.mark.parametrize(
    ("written", "language", "last"),
    [
        ("29-30 July 2027", "en", date(2027, 7, 30)),
        ("29\u201330 July 2027", "en", date(2027, 7, 30)),  # en dash, as CLDR writes it
        ("29 July - 2 August 2027", "en", date(2027, 8, 2)),
        ("29 July 2027 \u2013 2 August 2027", "en", date(2027, 8, 2)),
        ("July 29-30, 2027", "en", date(2027, 7, 30)),  # CLDR en_US's
        ("July 29 - August 2, 2027", "en", date(2027, 8, 2)),
        ("2027-07-29/2027-07-30", "en", date(2027, 7, 30)),  # ISO 8601's interval
        ("2027-07-29/30", "en", date(2027, 7, 30)),  # its end's shared fields left out
        ("2027-07-29 - 2027-08-02", "en", date(2027, 8, 2)),
        ("29/07/2027 - 30/07/2027", "en", date(2027, 7, 30)),
        ("29-30 Julai 2027", "sw", date(2027, 7, 30)),  # a month's name in the row's language
        ("29-30 juillet 2027", "fr", date(2027, 7, 30)),
        ("29-30 de julio de 2027", "es", date(2027, 7, 30)),
    ],
)
def test_a_date_cells_range_gives_the_events_days(
    tmp_path: Path, kit: Kit, written: str, language: str, last: date
) -> None:
    (record,), problems = merged(tmp_path, kit, [f'a,{language},T,"{written}",P'])
    assert problems == []
    assert (record.day, record.end) == (date(2027, 7, 29), last)


@pytest.mark.parametrize(
    ("code", "region", "last", "shown"),
    [
        ("en", "", date(2027, 7, 30), f"29{THIN}30{NB}July 2027"),
        ("en", "", date(2027, 8, 2), f"29{NB}July{THIN}2{NB}August 2027"),
        ("en", "", date(2028, 1, 2), f"29{NB}July 2027{THIN}2{NB}January 2028"),
        ("en", "US", date(2027, 7, 30), f"July 29{THIN}30, 2027"),
        ("fr", "", date(2027, 7, 30), f"29\u201330{NB}juillet 2027"),
        ("es", "", date(2027, 8, 2), f"29{NB}de julio{THIN}2{NB}de agosto de 2027"),
        # the months in the genitive, as the long date writes them; a day kept with its
        # month on its line (it wrapped "2 / января" on the A5 flyer)
        ("ru", "", date(2028, 1, 2), f"29{NB}июля 2027\u202fг. \u2014 2{NB}января 2028\u202fг."),
        ("zh", "", date(2027, 7, 30), f"2027年7月29日{THIN}30日"),  # as its long date: 7月
        ("sw", "", date(2027, 7, 30), f"29{THIN}30{NB}Julai 2027"),
        # sw's CLDR pattern of two months writes no first month ("d – d MMM y": 29 – 2
        # Agosti): the two long dates
        ("sw", "", date(2027, 8, 2), f"29{NB}Julai 2027{THIN}2{NB}Agosti 2027"),
        # lo's pattern writes the month in digits, its long date by name: the long dates
        ("lo", "", date(2027, 7, 30), f"29{NB}ກໍລະກົດ 2027 \u2013 30{NB}ກໍລະກົດ 2027"),
        # the Buddhist era and the Solar Hijri calendar: the long dates the kit prints
        ("th", "", date(2027, 7, 30), f"29{NB}กรกฎาคม พ.ศ. 2570 \u2013 30{NB}กรกฎาคม พ.ศ. 2570"),
        ("fa", "", date(2027, 7, 30), f"۷{NB}مرداد ۱۴۰۶{NB}تا ۸{NB}مرداد ۱۴۰۶"),
    ],
)
def test_an_events_days_are_written_as_cldrs_date_interval(
    kit: Kit, code: str, region: str, last: date, shown: str
) -> None:
    language = kit.languages[code]
    digits = language.digits
    written = _format((date(2027, 7, 29), last), "dates", code, digits, (), region)
    assert written == shown


def test_a_months_first_day_and_own_names_are_the_long_dates(kit: Kit) -> None:
    """French's 1er (formats.FIRST_DAY) and a strings file's months (ar.yaml's UN names, in
    the language's digits) as the date alone writes them."""
    assert _format((date(2027, 8, 1), date(2027, 8, 3)), "dates", "fr", "latn") == (
        f"1er\u20133{NB}août 2027"
    )
    ar = kit.languages["ar"]
    both = _format((date(2027, 7, 29), date(2027, 8, 2)), "dates", "ar", ar.digits, ar.months)
    assert both == f"٢٩{NB}تموز/يوليه – ٢{NB}آب/أغسطس ٢٠٢٧"
    alone = _format(date(2027, 7, 29), "date", "ar", ar.digits, ar.months)
    assert alone == "٢٩ تموز/يوليه ٢٠٢٧"


def test_the_organisers_two_day_event(tmp_path: Path, kit: Kit) -> None:
    """The trial's XLSX: a range in the date cell, and an `End date` column of date cells
    (Google Calendar's header; it was "not used"); each flyer, and the label its job sheet
    names it by (event_label), prints both days."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "End date", "time", "venue"])
    sheet.append(["camp", "en", "Camp", "29-30 July 2027", None, "09:00", "Uhuru Park"])
    sheet.append(["kambi", "sw", "Kambi", date(2027, 7, 29), date(2027, 7, 30), None, "Park"])
    sheet.append(["day", "en", "Day", date(2027, 7, 29), date(2027, 7, 29), None, "Park"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert errs.items == []
    shown = {r.id: r.layer.by_language[r.languages[0]]["event_date"].text for r in good}
    assert shown == {
        "camp": f"29{THIN}30{NB}July 2027",
        "kambi": f"29{THIN}30{NB}Julai 2027",
        "day": "29 July 2027",  # a last day that is the first: one day
    }
    assert event_label(good[0], "en")["date"] == f"29{THIN}30{NB}July 2027"


@pytest.mark.parametrize(
    ("head", "row", "told"),
    [
        (
            "event_id,language,title,date,end_date,venue",
            "a,en,T,2027-07-30,2027-07-29,P",
            "2:5: error[merge.value]: row 2, column end_date (E): the event's last day "
            "(2027-07-29) is before its first (2027-07-30)\n"
            "  hint: write the first day first: date 2027-07-29, end_date 2027-07-30; an event "
            "of one day leaves its end_date empty",
        ),
        (
            "event_id,language,title,date,venue",
            "a,en,T,30 July - 29 July 2027,P",  # one month's two days, swapped
            "2:4: error[merge.value]: row 2, column date (D): the event's last day "
            "(2027-07-29) is before its first (2027-07-30)\n"
            "  hint: write the first day first: 2027-07-29 \u2013 2027-07-30; an event of one "
            "day leaves its end_date empty",
        ),
        (
            "event_id,language,title,date,venue",
            "a,en,T,30-29 July 2027,P",  # a slip, not 30 June to 29 July (STEP_BACK_DAYS)
            "2:4: error[merge.value]: row 2, column date (D): the event's last day "
            "(2027-07-29) is before its first (2027-07-30)\n"
            "  hint: write the first day first: 2027-07-29 \u2013 2027-07-30; an event of one "
            "day leaves its end_date empty",
        ),
        (
            "event_id,language,title,date,end_date,venue",
            "a,en,T,29-30 July 2027,2027-07-31,P",
            "2:5: error[merge.value]: row 2, column end_date (E): the date cell's range (29-30 "
            "July 2027) has a last day already\n"
            "  hint: keep the last day in one of the two cells",
        ),
        (
            "event_id,language,title,date,end_date,venue",
            "a,en,T,2027-07-29,31/02/2027,P",
            "2:5: error[merge.value]: row 2, column end_date (E): '31/02/2027' is not a date "
            "either way (day first or month first)",
        ),
        (
            "event_id,language,title,date,venue",
            "a,en,T,29-30 Julyy 2027,P",
            "2:4: error[merge.value]: row 2, column date (D): '30 Julyy 2027' is not a date: ",
        ),
    ],
)
def test_an_events_last_day_is_checked_as_a_date(
    tmp_path: Path, kit: Kit, head: str, row: str, told: str
) -> None:
    good, problems = merged(tmp_path, kit, [row], head)
    assert good == []
    assert len(problems) == 1
    assert problems[0].startswith(told), problems


def test_a_ranges_half_not_read_says_how_the_cell_was_read(tmp_path: Path, kit: Kit) -> None:
    _, (problem,) = merged(tmp_path, kit, ["a,en,T,29-30 Julyy 2027,P"])
    assert problem.endswith(
        "\n  hint: '29-30 Julyy 2027' is read as a range of dates, from '29' to '30 Julyy "
        "2027' (a date, a dash, a date; e.g. 29-30 July 2027, 2027-07-29/2027-07-30)"
    )


def test_an_end_before_the_start_over_several_days_is_the_last_days(
    tmp_path: Path, kit: Kit
) -> None:
    """time 18:00, end_time 16:00 of one day is refused (22 hours); from 29 to 30 July it
    ends on the last day, as it says."""
    head = "event_id,language,title,date,end_date,time,end_time,venue"
    good, problems = merged(
        tmp_path,
        kit,
        ["one,en,T,2027-07-29,,18:00,16:00,P", "two,en,T,2027-07-29,2027-07-30,18:00,16:00,P"],
        head,
    )
    assert [r.id for r in good] == ["two"]
    assert problems == [
        "2:7: error[merge.value]: row 2, column end_time (G): the event ends before it starts "
        "(18:00 to 16:00): ending the next day, it would last 22 h 00, more than 12 h\n"
        "  hint: if the start and the end are swapped, write the start first: time 16:00 and "
        "end_time 18:00\n"
        "  hint: an event that runs past midnight ends within 12 h of its start (22:00-02:00); "
        "one of several days gives its last day in an end_date column"
    ]
    assert good[0].layer.by_language["en"]["event_time"].text == "18:00\u201316:00"


def test_an_overnight_event_is_read_as_it_says(tmp_path: Path, kit: Kit) -> None:
    head = "event_id,language,title,date,time,end_time,venue"
    (record,), problems = merged(tmp_path, kit, ["n,en,T,2027-07-29,22:00,02:00,P"], head)
    assert problems == []
    assert record.layer.by_language["en"]["event_time"].text == "22:00\u201302:00"
    assert (record.day, record.end) == (date(2027, 7, 29), None)


def _records(days: dict[tuple[date, date], tuple[int, Mark]]) -> Records:
    table = Table(Path("e.csv"), (), lambda: iter(()), 0)
    return Records(table, cast(Kit, None), None, frozenset(), 1, days=days)


def test_an_event_still_on_is_not_past() -> None:
    """An event from 29 July to 2 August is not past on 31 July; one that ended the day
    before is, and its last day is the one named."""
    data = Path("e.csv")
    on = date(2027, 7, 31)
    errs = Collector()
    past_events(_records({(date(2027, 7, 29), date(2027, 8, 2)): (1, Mark(data, 2, 4))}), errs, on)
    assert errs.items == []
    past_events(_records({(date(2027, 7, 28), date(2027, 7, 30)): (1, Mark(data, 2, 4))}), errs, on)
    (said,) = errs.items
    assert said.message == (
        "1 event(s) are dated before today (2027-07-31), the latest on 2027-07-30: their "
        "flyers announce events that have taken place"
    )


def test_an_event_into_the_campaigns_year_is_of_it(kit: Kit) -> None:
    """31 December 2023 to 2 January 2024 is partly the 2024 campaign's: no `merge.year`;
    an event wholly in 2023 is told, in its first day's year."""
    data = Path("e.csv")
    assert kit.campaign.year == 2024
    errs = Collector()
    other_years(
        _records({(date(2023, 12, 31), date(2024, 1, 2)): (1, Mark(data, 2, 4))}), kit, errs
    )
    assert errs.items == []
    other_years(
        _records({(date(2023, 12, 30), date(2023, 12, 31)): (1, Mark(data, 2, 4))}), kit, errs
    )
    (said,) = errs.items
    assert said.message.startswith("1 event(s) are in 2023, and the kit is the 2024 campaign's")


@pytest.mark.parametrize(
    ("written", "halves"),
    [
        ("29-30 July 2027", ("29", "30 July 2027")),
        ("2027-07-29/08-02", ("2027-07-29", "2027-08-02")),
        ("July 29-30, 2027", ("July 29, 2027", "July 30, 2027")),
        # one date: no range
        ("2027-07-30", None),
        ("30-07-2027", None),
        ("30-Jul-27", None),
        ("30 July 2027", None),
        ("2027-07-30 18:00 - 20:00", None),  # a date and a time range
    ],
)
def test_a_range_is_two_dates_and_a_dash(written: str, halves: tuple[str, str] | None) -> None:
    assert date_ranges.halves(written) == halves


def test_a_time_is_unchanged_by_a_range(kit: Kit) -> None:
    """The interval of times keeps its own format (CLDR's hm/Hm), apart from the dates'."""
    assert _format((time(18), time(20)), "interval", "en", "latn") == "18:00\u201320:00"


def test_a_date_and_time_column_takes_an_end_date(tmp_path: Path, kit: Kit) -> None:
    """A `Date and time` column's day is the first, its time the start; the end_date column
    gives the last (it was passed over beside such a column)."""
    head = "event_id,language,title,Date and time,end_date,venue"
    (record,), problems = merged(tmp_path, kit, ["a,en,T,2027-07-29 18:00,2027-07-30,P"], head)
    assert problems == []
    shown = record.layer.by_language["en"]
    assert (shown["event_date"].text, shown["event_time"].text) == (
        f"29{THIN}30{NB}July 2027",
        "18:00",
    )
