"""An event sheet written in Arabic, Persian or Urdu: its headers name the columns, its times
are read with their day periods, and a date written year first with slashes is read (a
Middle East office's trial with Tehran and Islamabad partners: a sheet headed in Arabic gave
14 messages for one problem; ٦:٣٠ م, which the kit prints, ۶ عصر and شام 6 بجے were "not a
time"; ۲۰۲۶/۰۷/۳۰ was "not a date" where ۳۰/۰۷/۲۰۲۶ was read)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge import arabic_script
from campaign.merge.events import Record, event_column, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
HEAD = "event_id,language,title,date,time,venue\n"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def records(
    tmp_path: Path, kit: Kit, body: str, head: str = HEAD
) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    path.write_text(head + body, encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [s for s in said if "draft translation" not in s]


def test_the_trials_arabic_headed_sheet_is_read(tmp_path: Path, kit: Kit) -> None:
    """ar-1256-arhdr-utf8.csv: five missing columns and seven unused ones, for one sheet
    headed in Arabic."""
    good, problems = records(
        tmp_path,
        kit,
        "cairo-walk,ar,مسيرة القلب الأزرق,30/7/2026,6:30 م,حديقة المثال,مجموعة شبابية\n"
        "cairo-talk,ar,ندوة,30/07/2026,10:00 ص,قاعة المثال,\n",
        head="معرف الحدث,اللغة,العنوان,التاريخ,الوقت,المكان,المنظم\n",
    )
    assert problems == []
    assert [r.id for r in good] == ["cairo-walk", "cairo-talk"]
    shown = good[0].layer.by_language["ar"]
    assert {k: v.text for k, v in shown.items()} == {
        "event_date": "٣٠ تموز/يوليه ٢٠٢٦",
        "event_time": "٦:٣٠ م",
    }
    assert good[0].layer.values["event_venue"].text == "حديقة المثال"
    assert good[0].layer.values["event_organiser"].text == "مجموعة شبابية"
    assert good[1].layer.by_language["ar"]["event_time"].text == "١٠:٠٠ ص"


@pytest.mark.parametrize(
    ("header", "column"),
    [
        # Arabic
        ("معرف الحدث", "event_id"),
        ("اللغة", "language"),
        ("العنوان", "title"),
        ("التاريخ", "date"),
        ("الوقت", "time"),
        ("وقت الانتهاء", "end_time"),
        ("المكان", "venue"),
        ("الجهة المنظمة", "organiser"),
        ("جهة الاتصال", "contact"),
        ("الرابط", "link"),
        ("الصورة", "photo"),
        # Persian (a Persian keyboard's ی and ک; an Arabic one's ي and ك)
        ("شناسه", "event_id"),
        ("زبان", "language"),
        ("عنوان", "title"),
        ("تاریخ", "date"),
        ("تاريخ", "date"),
        ("ساعت", "time"),
        ("ساعت پایان", "end_time"),
        ("مکان", "venue"),
        ("مكان", "venue"),
        ("محل برگزاری", "venue"),
        ("برگزارکننده", "organiser"),
        ("برگزار\u200cکننده", "organiser"),
        ("تماس", "contact"),
        ("لینک", "link"),
        ("عکس", "photo"),
        # Urdu
        ("وقت", "time"),
        ("مقام", "venue"),
        ("منتظم", "organiser"),
        ("رابطہ", "contact"),
        ("تصویر", "photo"),
        # a language's own column, as `Title (FR)` is title_fr
        ("عنوان (fa)", "title_fa"),
        # a city names no column of the templates (as City does not)
        ("المدينة", "المدينة"),
        ("شهر", "شهر"),
    ],
)
def test_an_arabic_persian_or_urdu_header_names_its_column(header: str, column: str) -> None:
    assert event_column(header) == column


def test_persian_and_urdu_headed_sheets_are_read(tmp_path: Path, kit: Kit) -> None:
    good, problems = records(
        tmp_path,
        kit,
        "teh,fa,پیاده‌روی,1405-05-08,۶ عصر,سالن\n",
        head="شناسه,زبان,عنوان,تاریخ,ساعت,مکان\n",
    )
    assert problems == []
    assert good[0].layer.by_language["fa"]["event_date"].text == "۸ مرداد ۱۴۰۵"
    assert good[0].layer.by_language["fa"]["event_time"].text == "۱۸:۰۰"
    good, problems = records(
        tmp_path,
        kit,
        "isb,ur,واک,2026-07-30,شام 6 بجے,پارک\n",
        head="event_id,زبان,عنوان,تاریخ,وقت,مقام\n",
    )
    assert problems == []
    assert good[0].layer.by_language["ur"]["event_time"].text == "۱۸:۰۰"
    assert good[0].layer.values["event_venue"].text == "پارک"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Arabic: CLDR's am and pm (ص, م: the kit prints them), and its parts of the day
        ("6:30 م", (time(18, 30), "pm")),
        ("10:00 ص", (time(10, 0), "am")),
        ("12:00 م", (time(12, 0), "pm")),
        ("12:30 ص", (time(0, 30), "am")),
        ("6:30م", (time(18, 30), "pm")),
        ("6:30 مساءً", (time(18, 30), "pm")),  # evening, 18:00 to 24:00
        ("6:30 مساء", (time(18, 30), "pm")),
        ("9 صباحًا", (time(9, 0), "am")),  # morning, 06:00 to 12:00
        ("4 بعد الظهر", (time(16, 0), "pm")),  # 13:00 to 18:00
        ("الساعة 6 مساءً", (time(18, 0), "pm")),
        # Persian: ق.ظ. and ب.ظ. (their wide names too), عصر 13:00 to 19:00, شب 19:00 to 24:00
        ("6 عصر", (time(18, 0), "pm")),
        ("2 عصر", (time(14, 0), "pm")),
        ("6 بعدازظهر", (time(18, 0), "pm")),
        ("6 بعد از ظهر", (time(18, 0), "pm")),
        ("6:30 ب.ظ.", (time(18, 30), "pm")),
        ("10 ق.ظ.", (time(10, 0), "am")),
        ("8 شب", (time(20, 0), "pm")),
        ("7 صبح", (time(7, 0), "am")),
        ("12 ظهر", (time(12, 0), "pm")),
        ("ساعت 6 عصر", (time(18, 0), "pm")),
        ("ساعت 18:30", (time(18, 30), "")),
        # Urdu: شام 18:00 to 20:00, رات 20:00 to 04:00, دوپہر 12:00 to 16:00
        ("شام 6 بجے", (time(18, 0), "pm")),
        ("6 بجے شام", (time(18, 0), "pm")),
        ("رات 8 بجے", (time(20, 0), "pm")),
        ("دوپہر 2 بجے", (time(14, 0), "pm")),
        ("صبح 10 بجے", (time(10, 0), "am")),
        # not read: an hour outside its part of the day, past 12, none, no day period
        ("شام 9 بجے", None),  # CLDR's Urdu says رات from 20:00
        ("2 شب", None),  # شب is 19:00 to 24:00
        ("13 م", None),
        ("ساعت 6", None),
        ("6 بجے", None),
        ("6 مرداد", None),
    ],
)
def test_a_time_with_an_arabic_persian_or_urdu_day_period(
    written: str, read: tuple[time, str] | None
) -> None:
    assert arabic_script.clock(written) == read


@pytest.mark.parametrize(
    ("language", "written", "shown"),
    [
        ("fa", "۶ عصر", "۱۸:۰۰"),
        ("fa", "۶ بعدازظهر", "۱۸:۰۰"),
        ("ar", "٦:٣٠ م", "٦:٣٠ م"),
        ("ar", "١٠:٠٠ ص", "١٠:٠٠ ص"),
        ("ar", "6:30 مساءً", "٦:٣٠ م"),
        ("ar", "٦:٠٠–٨:٠٠ م", "٦:٠٠–٨:٠٠ م"),  # the kit's own range
        ("ar", "6-8 مساءً", "٦:٠٠–٨:٠٠ م"),
        ("ur", "شام 6 بجے", "۱۸:۰۰"),
    ],
)
def test_the_trials_times_are_read(
    tmp_path: Path, kit: Kit, language: str, written: str, shown: str
) -> None:
    (record,), problems = records(tmp_path, kit, f"a,{language},T,2026-07-30,{written},P\n")
    assert problems == []
    assert record.layer.by_language[language]["event_time"].text == shown


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "شام 9 بجے",
            "'شام 9 بجے' is not read: CLDR gives its day period the hours 18:00 to 20:00, and "
            "9:00 is within them in neither half of the day\n"
            "  hint: write it in 24 hours, 09:00 or 21:00",
        ),
        (
            "۲ شب",
            "'۲ شب' is not read: CLDR gives its day period the hours 19:00 to 00:00, and 2:00 "
            "is within them in neither half of the day\n"
            "  hint: write it in 24 hours, 02:00 or 14:00",
        ),
        (
            "13 م",
            "'13 م' has an hour of 24 hours (13) with a day period\n"
            "  hint: write it in 24 hours without the day period, e.g. 13:00",
        ),
        (
            "6 بجے",
            "'6 بجے' says no half of the day\n"
            "  hint: write it in 24 hours, 06:00 or 18:00, or with a day period (6 عصر, 6:30 م)",
        ),
        (
            "ساعت ۶:۳۰",  # ساعت ۶:۳۰ is read: a 24-hour time; an hour alone is not
            None,
        ),
        (
            "soon",
            "'soon' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, "
            "e.g. 18:00-20:00\n  hint: the word 'soon' is not read in a time: write the time "
            "in digits, HH:MM (24 h)",
        ),
    ],
)
def test_a_time_with_a_day_period_not_read_names_why(
    tmp_path: Path, kit: Kit, written: str, said: str | None
) -> None:
    good, problems = records(tmp_path, kit, f"a,ur,T,2026-07-30,{written},P\n")
    assert problems == (
        [f"2:5: error[merge.value]: row 2, column time (E): {said}"] if said else []
    )
    assert len(good) == (0 if said else 1)


@pytest.mark.parametrize(
    ("language", "written", "shown"),
    [
        ("fa", "۱۸:۳۰ تا ۲۰:۰۰", "۱۸:۳۰ تا ۲۰:۰۰"),  # as the kit prints a Persian range
        ("fa", "۶ عصر تا ۸ شب", "۱۸:۰۰ تا ۲۰:۰۰"),
        ("fa", "۶ تا ۸ شب", "۱۸:۰۰ تا ۲۰:۰۰"),
    ],
)
def test_a_persian_range_with_its_word_is_read(
    tmp_path: Path, kit: Kit, language: str, written: str, shown: str
) -> None:
    """CLDR fa's interval format joins a range's times with تا: the kit printed a Persian
    range it could not read back."""
    (record,), problems = records(tmp_path, kit, f"a,{language},T,2026-07-30,{written},P\n")
    assert problems == []
    assert record.layer.by_language[language]["event_time"].text == shown


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("fa", "۲۰۲۶/۰۷/۳۰"),  # the trial's: ۳۰/۰۷/۲۰۲۶ was read, this was not
        ("en", "2026/07/30"),
        ("en", "2026/7/30"),
        ("ar", "٢٠٢٦/٠٧/٣٠"),
        ("en", "2026.07.30"),
    ],
)
def test_year_first_with_slashes_or_dots_is_read(
    tmp_path: Path, kit: Kit, language: str, written: str
) -> None:
    """A year of four digits first says the order: year, month, day."""
    (record,), problems = records(tmp_path, kit, f"a,{language},T,{written},,P\n")
    assert problems == []
    assert record.day == date(2026, 7, 30)


def test_year_first_no_day_of_the_calendar_is_named(tmp_path: Path, kit: Kit) -> None:
    good, problems = records(tmp_path, kit, "a,en,T,2026/02/30,,P\n")
    assert good == []
    assert problems == [
        "2:4: error[merge.value]: row 2, column date (D): '2026/02/30' is no day of the "
        "calendar (year 2026, month 2, day 30)\n"
        "  hint: month 2 of 2026 has 28 days, the last 2026-02-28: check the day and the month"
    ]
