"""A column of dates with their start times (`Date and time`, Persian تاریخ و ساعت) read in
every calendar and language a date column and a time column read: a Persian month's name
with a time, `۸ مرداد ۱۴۰۵ ساعت ۱۸:۳۰` or `8 مرداد 1405، 18:30`, was "not read as an event's
date and its start time" (a Middle East office's trial), where the two columns apart were
read. A cell is parted as CLDR's dateTimeFormats of the row's language join a date and a
time (fa's "{1}، ساعت {0}", vi's time first)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, event_column, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(
    tmp_path: Path, kit: Kit, language: str, written: str, header: str = "Date and time"
) -> tuple[list[Record], list[str]]:
    """One row in `language` whose `header` cell is `written`: the records and each
    diagnostic but the draft translation's note, its path left out."""
    path = tmp_path / "events.csv"
    path.write_text(
        f'event_id,language,title,{header},venue\na,{language},T,"{written}",P\n',
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [s for s in said if "draft translation" not in s]


@pytest.mark.parametrize(
    ("language", "written", "shown"),
    [
        # Persian: a Solar Hijri month's name, CLDR fa's long ("{1}، ساعت {0}") and medium
        # joins, ساعت alone, a day period; a numeric Solar Hijri date as before
        ("fa", "۸ مرداد ۱۴۰۵ ساعت ۱۸:۳۰", "۱۸:۳۰"),
        ("fa", "8 مرداد 1405، 18:30", "۱۸:۳۰"),
        ("fa", "۸ مرداد ۱۴۰۵، ساعت ۱۸:۳۰", "۱۸:۳۰"),
        ("fa", "۸ مرداد ۱۴۰۵،\u200f ۱۸:۳۰", "۱۸:۳۰"),
        ("fa", "۸ مرداد ۱۴۰۵ ۶ عصر", "۱۸:۰۰"),
        ("fa", "8 Mordad 1405 18:30", "۱۸:۳۰"),
        ("fa", "۱۴۰۵/۰۵/۰۸ ۱۸:۳۰", "۱۸:۳۰"),
        # Arabic and Urdu: CLDR ar's comma, a day period, the Gregorian month's name
        ("ar", "30 تموز/يوليه 2026، 6:30 م", "٦:٣٠ م"),
        ("ur", "30 جولائی 2026 شام 6 بجے", "۱۸:۰۰"),
        # Vietnamese writes the time first (CLDR vi's "{0} {1}"), or after the date
        ("vi", "18:30 30/7/2026", "18:30"),
        ("vi", "18:30 ngày 30 tháng 7 năm 2026", "18:30"),
        ("vi", "30 tháng 7 năm 2026 18:30", "18:30"),
        # Thai: a month's name and the Buddhist era's year
        ("th", "30 ก.ค. 2569 18:30", "18:30 น."),
        # English: CLDR en's comma, after a numeric date too (and Persian's)
        ("en", "30 July 2026, 18:30", "18:30"),
        ("en", "30/07/2026, 18:30", "18:30"),
        ("fa", "1405/05/08، 18:30", "۱۸:۳۰"),
        # a time typed with another colon: the Armenian full stop (U+0589), a CJK input
        # method's fullwidth colon, CLDR's time separator of the Extended Arabic-Indic digits
        ("en", "30 July 2026 18\u058930", "18:30"),
        ("en", "2026-07-30 18\u058930", "18:30"),
        ("en", "2026-07-30 18\u058930 CEST", "18:30\u00a0CEST"),
        ("zh", "2026年7月30日 18\uff1a30", "18:30"),
        ("ur", "30 جولائی 2026 ۱۸\u066b۳۰", "۱۸:۳۰"),
        # CLDR's atTime joins (Babel has none): en's 'at', fr's 'à', ru's 'в', hi's को and
        # बजे, km's នៅ​ម៉ោង, ar's في, vi's 'lúc' before its time; es joins with a comma
        ("en", "30 July 2026 at 18:30", "18:30"),
        ("en", "July 30, 2026 at 6:30 PM", "18:30"),
        ("fr", "30 juillet 2026 à 18h30", "18:30"),
        ("es", "30 de julio de 2026, 18:30", "18:30"),
        ("ru", "30 июля 2026 г. в 18:30", "18:30"),
        ("hi", "30 जुलाई 2026 को 18:30 बजे", "18:30"),
        ("km", "30 កក្កដា 2026 នៅ\u200bម៉ោង 18:30", "១៨:៣០"),
        ("km", "30 កក្កដា 2026 នៅ ម៉ោង 18:30", "១៨:៣០"),
        ("ar", "30 يوليو 2026 في 6:30 م", "٦:٣٠ م"),
        ("vi", "lúc 18:30 30/7/2026", "18:30"),
    ],
)
def test_a_date_and_time_cell_is_read_as_its_language_writes_it(
    tmp_path: Path, kit: Kit, language: str, written: str, shown: str
) -> None:
    good, problems = merged(tmp_path, kit, language, written)
    assert problems == []
    (record,) = good
    assert record.day == date(2026, 7, 30)
    assert record.layer.by_language[language]["event_time"].text == shown


@pytest.mark.parametrize(
    "code", sorted(p.stem for p in (ROOT / "materials/strings").glob("*.yaml"))
)
@pytest.mark.parametrize("width", ["long", "full"])
def test_a_date_and_time_joined_as_cldrs_at_time_is_read(
    tmp_path: Path, kit: Kit, code: str, width: str
) -> None:
    """30 July 2026 and 18:30 as CLDR writes the language's long (or full, with its
    weekday) date and short time, joined by each of its atTime patterns (AT_TIME: "{1}
    'at' {0}") and its dateTimeFormats (Babel's), read back in a `Date and time` cell. "30
    July 2026 at 18:30" was "not read as an event's date and its start time"; Amharic's,
    Somali's and Thai's times (6:30 ከሰዓት, 6:30 GD, 18:30 น.) and Haitian Creole's date
    (2026 M07 30) were left out, not read whatever joined them."""
    from babel import Locale
    from babel.dates import format_date, format_time

    from campaign.merge.date_and_time import AT_TIME

    locale = Locale.parse(code.replace("-", "_"))
    joins = [*AT_TIME.get(locale.language, ()), *map(str, locale.datetime_formats.values())]
    day = format_date(date(2026, 7, 30), width, locale=locale)
    clock = format_time(time(18, 30), "short", locale=locale)
    (iso,), _ = merged(tmp_path, kit, code, "2026-07-30 18:30")
    shown = iso.layer.by_language[code]["event_time"].text
    for join in dict.fromkeys(joins):
        written = join.replace("'", "").replace("{1}", day).replace("{0}", clock)
        good, problems = merged(tmp_path, kit, code, written)
        assert problems == [], written
        assert [(r.day, r.layer.by_language[code]["event_time"].text) for r in good] == [
            (date(2026, 7, 30), shown)
        ], written


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("تاریخ و ساعت", "fa"),
        ("تاريخ و ساعت", "fa"),
        ("التاريخ والوقت", "ar"),
        ("تاریخ و وقت", "ur"),
    ],
)
def test_a_date_and_time_column_named_in_persian_arabic_or_urdu(
    tmp_path: Path, kit: Kit, header: str, language: str
) -> None:
    """The column's name in the row's language (as Date and time), no date column beside it."""
    assert event_column(header) == "date_and_time"
    good, problems = merged(tmp_path, kit, language, "۸ مرداد ۱۴۰۵ ساعت ۱۸:۳۰", header)
    if language != "fa":  # a Solar Hijri month on a row not in Persian: not read
        assert len(problems) == 1
        assert "is not read as an event's date" in problems[0]
        good, problems = merged(tmp_path, kit, language, "2026-07-30 18:30", header)
    assert problems == []
    assert [r.day for r in good] == [date(2026, 7, 30)]


def test_a_solar_hijri_day_that_is_none_is_named_at_its_cell(tmp_path: Path, kit: Kit) -> None:
    """The calendar's own message for its date, as in a date column (31 Esfand 1405: Esfand
    has 29 days that year), not "not read as a date and a time"."""
    good, problems = merged(tmp_path, kit, "fa", "۳۱ اسفند ۱۴۰۵ ساعت ۱۸:۳۰")
    assert good == []
    assert problems == [
        "2:4: error[merge.value]: row 2, column Date and time (D): '۳۱ اسفند ۱۴۰۵' is no day "
        "of the Solar Hijri calendar (year 1405, month 12, day 31: Esfand 1405 has 29 days)\n"
        "  hint: write a day of it, e.g. 1405-12-29, or the Gregorian date as YYYY-MM-DD"
    ]


@pytest.mark.parametrize(
    ("language", "written", "why"),
    [
        # English writes the date first: the time first is not read (as before)
        (
            "en",
            "18:30 2024-07-30",
            "'18:30' is not a date: write it as YYYY-MM-DD, e.g. 2024-07-30",
        ),
        # a Solar Hijri month on a row not in Persian
        ("en", "8 مرداد 1405 18:30", "'8' is not a date: write it as YYYY-MM-DD, e.g. 2024-07-30"),
        # Vietnamese's time first, but no time
        (
            "vi",
            "chiều 30/7/2026",
            # the example in the year of the sheet's dates, not the 2024 kit's
            "'chiều' is not a date: write it as YYYY-MM-DD, e.g. 2026-07-30",
        ),
    ],
)
def test_a_date_and_time_cell_not_read_is_one_error(
    tmp_path: Path, kit: Kit, language: str, written: str, why: str
) -> None:
    good, problems = merged(tmp_path, kit, language, written)
    assert good == []
    assert problems == [
        f"2:4: error[merge.value]: row 2, column Date and time (D): '{written}' is not read as "
        f"an event's date and its start time ({why})\n"
        "  hint: write it as YYYY-MM-DD HH:MM, or split the column in two: date (YYYY-MM-DD) "
        "and time (HH:MM, the start)"
    ]


def test_a_time_first_cells_date_tells_the_columns_order(tmp_path: Path, kit: Kit) -> None:
    """07/30/2026 after its time (vi's order) tells the column's dates month first, as it
    does before its time: 05/07/2026 is then 7 May."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,Date and time,venue\n"
        "a,vi,T,18:30 07/30/2026,P\nb,vi,T,18:30 05/07/2026,P\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [d for d in errs.items if "draft translation" not in d.render()] == []
    assert [r.day for r in good] == [date(2026, 7, 30), date(2026, 5, 7)]


@pytest.mark.parametrize(
    ("language", "written", "day"),
    [
        ("en", "Monday, 30 July 2026 at 18:30", "'Monday, 30 July 2026'"),
        ("fr", "lundi 30 juillet 2026 à 18:30", "'lundi 30 juillet 2026'"),
        ("zh", "2026年7月30日星期一 18:30", "'2026年7月30日星期一'"),
    ],
)
def test_a_date_and_time_whose_weekday_is_not_its_dates_is_named(
    tmp_path: Path, kit: Kit, language: str, written: str, day: str
) -> None:
    """A `Date and time` cell whose date names another weekday than its own (30 July 2026
    is a Thursday) says so, where it said its first word was "not a date"."""
    good, problems = merged(tmp_path, kit, language, written)
    assert good == []
    assert problems == [
        f"2:4: error[merge.value]: row 2, column Date and time (D): '{written}' is not read "
        f"as an event's date and its start time ({day} names Monday, but 2026-07-30 is a "
        "Thursday)\n  hint: write it as YYYY-MM-DD HH:MM, or split the column in two: date "
        "(YYYY-MM-DD) and time (HH:MM, the start)"
    ]
