"""Every date the kit writes reads back as the same date: a Europe and Central Asia office's
trial found the Armenian date the kit prints, CLDR's long "2026 թ. հուլիսի 30", refused as
"not a date" in a date cell (its թ., the year's word, is unquoted in CLDR's pattern)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge import events
from campaign.merge.data import Cell
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = sorted(p.stem for p in (ROOT / "materials/strings").glob("*.yaml"))
DAY = date(2026, 7, 30)
# languages of the office's region the kit may add (python generate.py new language hy)
ADDED = ["hy", "kk", "el", "ro"]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _read(tmp_path: Path, kit: Kit, code: str, written: str) -> tuple[date | None, str, list[str]]:
    """A row of language `code` with the date `written`: its date, the date it prints, and
    the problems told."""
    path = tmp_path / "events.csv"
    path.write_text(
        f'event_id,language,title,date,venue\nwalk,{code},T,"{written}",P\n', encoding="utf-8"
    )
    errs = Collector()
    found = read_events(read_table(path, errs), kit, errs)
    problems = [d.render() for d in errs.items if d.is_error or "date" in d.code]
    if not found:
        return None, "", problems
    (record,) = found
    own = record.layer.by_language[code]
    shown = (own.get("event_date") or record.layer.values["event_date"]).text
    return record.day, shown, problems


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_date_a_kit_language_prints_reads_back(tmp_path: Path, kit: Kit, code: str) -> None:
    """The kit's language prints 30 July 2026 as it does (CLDR's long date, its digits, a
    strings file's months, the Solar Hijri calendar of Persian), and that text in a date
    cell is 30 July 2026 again, without a word; CLDR's long and medium dates too, as Babel
    writes them (Haitian Creole's with CLDR root's month, "2026 M07 30": CLDR ht has no
    month names, and the kit prints its strings file's)."""
    day, printed, problems = _read(tmp_path, kit, code, DAY.isoformat())
    assert (day, problems) == (DAY, [])
    day, again, problems = _read(tmp_path, kit, code, printed)
    assert (day, again, problems) == (DAY, printed, []), printed
    for width in ("long", "medium"):
        cldr = format_date(DAY, width, locale=code.replace("-", "_"))
        day, _, problems = _read(tmp_path, kit, code, cldr)
        assert (day, problems) == (DAY, []), cldr


@pytest.mark.parametrize("code", ADDED)
@pytest.mark.parametrize("width", ["kit", "long", "medium"])
def test_the_date_an_added_language_prints_reads_back(kit: Kit, code: str, width: str) -> None:
    """Armenian, Kazakh, Greek and Romanian, the kit's date (events._format) and CLDR's long
    and medium, read as a row of the language reads its date cell (its months' names and
    English's)."""
    if width == "kit":
        written = events._format(DAY, "date", code, events._digits(code, ""), (), "")
    else:
        written = format_date(DAY, width, locale=code)
    told: list[str] = []
    months = events._month_names([code], kit)
    cell = Cell(written, 2, "date", 4)
    assert events._date(cell, lambda _c, m, *_h: told.append(m), None, 2026, months) == DAY
    assert told == [], written


def test_the_armenian_date_of_the_trial_is_read(kit: Kit) -> None:
    """The office's cells: CLDR hy's long date and its day-first spelling."""
    months = events._month_names(["hy"], kit)
    told: list[str] = []
    for written in ("2026 թ. հուլիսի 30", "30 հուլիսի 2026"):
        cell = Cell(written, 2, "date", 4)
        assert events._date(cell, lambda _c, m, *_h: told.append(m), None, 2026, months) == DAY
    assert told == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_full_date_of_a_kit_language_reads_back(tmp_path: Path, kit: Kit, code: str) -> None:
    """CLDR's full date, its weekday written (Thursday, July 30, 2026, jeudi 30 juillet 2026,
    วันพฤหัสบดีที่ 30 กรกฎาคม ค.ศ. 2026, 2026年7月30日星期四), in a row of the language is the
    date it writes, without a word."""
    for day in (DAY, date(2027, 1, 3)):  # a Thursday, a Sunday
        written = format_date(day, "full", locale=code.replace("-", "_"))
        found, _, problems = _read(tmp_path, kit, code, written)
        assert (found, problems) == (day, []), written


def _other_weekday(code: str, weekday: int) -> str:
    """DAY (a Thursday) as CLDR's full date of `code` writes it, with `weekday`'s name (its
    wide name in a date, Monday 0) in place of Thursday's."""
    from babel import Locale

    locale = Locale.parse(code.replace("-", "_"))
    name = locale.days["format"]["wide"][weekday].replace("'", "''")
    return format_date(
        DAY, locale.date_formats["full"].pattern.replace("EEEE", f"'{name}'"), locale=locale
    )


def _weekday_refused(tmp_path: Path, written: str, named: str) -> str:
    """The error of `_read`'s row whose date `written` names the weekdays `named`, where
    DAY (2026-07-30) is a Thursday."""
    return (
        f"{tmp_path / 'events.csv'}:2:4: error[merge.value]: row 2, column date (D): "
        f"'{written}' names {named}, but 2026-07-30 is a Thursday\n"
        "  hint: correct the date or its weekday, or write the date alone: 2026-07-30"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_weekday_that_is_not_the_date_s_is_named(tmp_path: Path, kit: Kit, code: str) -> None:
    """A full date whose weekday is not its date's (Monday, July 30, 2026) is refused at its
    cell (file, row, column), naming the weekday written and the date's own."""
    written = _other_weekday(code, 0)
    found, _, problems = _read(tmp_path, kit, code, written)
    assert found is None
    assert problems == [_weekday_refused(tmp_path, written, "Monday")], written


def _abbreviated(code: str, weekday: int) -> str:
    """CLDR's abbreviated name of `weekday` (Monday 0) in a date of language `code`."""
    from babel import Locale

    return Locale.parse(code.replace("-", "_")).days["format"]["abbreviated"][weekday]


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_numeric_date_with_its_weekday_is_read(tmp_path: Path, kit: Kit, code: str) -> None:
    """A numeric date with a weekday's name before or after it (Thu 30/07/2026, jeu.
    30/07/2026, 30/07/2026 (Thursday)) is the date, its weekday checked: an organiser's
    "Thurs 30/07/2026" was "not a date". A day and a month that read only one way (30 is no
    month) whatever the row's order."""
    from babel import Locale

    days = Locale.parse(code.replace("-", "_")).days["format"]
    wide, short = days["wide"][3], days["short"][3]
    written_all = [f"{_abbreviated(code, 3)} 30/07/2026", f"30/07/2026 ({wide})"]
    if not short.isascii() and len(short.rstrip(".")) >= 2 and not any(map(str.isdigit, short)):
        # Thai พฤ. 30/07/2026 too (not Persian ۵ش, with a digit)
        written_all.append(f"{short} 30/07/2026")
    for written in written_all:
        found, _, problems = _read(tmp_path, kit, code, written)
        assert (found, problems) == (DAY, []), written
    written = f"{_abbreviated(code, 4)} 30/07/2026"  # Friday's: the date is a Thursday
    found, _, problems = _read(tmp_path, kit, code, written)
    assert found is None
    assert problems == [_weekday_refused(tmp_path, written, "Friday")], written


@pytest.mark.parametrize(
    ("written", "day"),
    [
        # English's abbreviations besides CLDR's (written_dates.OWN_WEEKDAY_WORDS)
        ("Thurs 30/07/2026", DAY),
        ("Tues, 28/07/2026", date(2026, 7, 28)),
        ("Weds 29/07/2026", date(2026, 7, 29)),
        # a spreadsheet's d-mmm-yy (Excel's, Oracle's DD-MON-YY): its year's century by
        # two_digit_year, from the sheet's year or the kit's
        ("30-Jul-26", DAY),
        ("Thu, 30-Jul-26", DAY),
        ("30 Jul 26", DAY),
        ("5-Aug-27", date(2027, 8, 5)),
    ],
)
def test_english_weekday_abbreviations_and_day_month_yy_are_read(
    tmp_path: Path, kit: Kit, written: str, day: date
) -> None:
    found, _, problems = _read(tmp_path, kit, "en", written)
    assert (found, problems) == (day, []), written


@pytest.mark.parametrize(
    "written",
    [
        "Jul 30 26",  # month first with a two-digit year: 30 July 2026 or 26 July 2030
        "Party 30/07/2026",  # a word that is no weekday's
        "Thu Jul-26",  # no day
    ],
)
def test_a_date_with_a_two_digit_year_or_a_word_that_does_not_tell_is_refused(
    tmp_path: Path, kit: Kit, written: str
) -> None:
    found, _, problems = _read(tmp_path, kit, "en", written)
    assert found is None, problems
    assert len(problems) == 1, problems
    assert f"row 2, column date (D): '{written}' " in problems[0]
    assert "write it as YYYY-MM-DD" in problems[0]


def test_two_weekdays_named_are_one_too_many(tmp_path: Path, kit: Kit) -> None:
    """Thu Fri 30/07/2026 was read as the Thursday it is; the date or a weekday is wrong."""
    found, _, problems = _read(tmp_path, kit, "en", "Thu Fri 30/07/2026")
    assert found is None
    assert problems == [_weekday_refused(tmp_path, "Thu Fri 30/07/2026", "Thursday and Friday")]
