"""A date cell read (`_date`): ISO 8601, a numeric date in the sheet's order, a CJK date,
a written date (a month's name: `written_dates`), a Buddhist-era or Solar Hijri year, and
the example a problem shows (`_date_example`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta

from .calendars import YEAR_FIRST
from .data import Cell
from .date_order import CJK_DATE, NUMERIC_DATE, order_regions
from .fields import Bad, _ascii_digits, _folded, _text
from .periods import _a_month, _period
from .written_dates import (
    BUDDHIST_ERA,
    BUDDHIST_YEARS,
    SHORT_DATE,
    SHORT_YEAR_SPAN,
    WEEKDAY,
    _date_hints,
    _date_words,
    _named_date,
    other_languages_month,
    short_year,
    short_year_readings,
    two_digit_year,
    weekday_apart,
    weekdays,
)


def _readings(a: int, b: int, y: int) -> list[date]:
    """The days a numeric date a/b/y can be: day first, month first, each once."""
    out = []
    for d, m in ((a, b), (b, a)):
        try:
            found = date(y, m, d)
        except ValueError:
            continue
        if found not in out:
            out.append(found)
    return out


def short_date(cell: Cell | None) -> bool:
    """Whether a date cell's text is a numeric date with a year of two digits (SHORT_DATE,
    any script's digits: 07/30/27), which `_date` reads only in a known order."""
    text = _ascii_digits(_text(cell)).strip() if cell is not None else ""
    return SHORT_DATE.fullmatch(text) is not None


def day_and_month(cell: Cell | None) -> bool:
    """Whether a date cell's text is a day and a month in numbers without a year (7/30, 30.7:
    DAY_AND_MONTH, any script's digits), whose error names the date in the row's order."""
    text = _ascii_digits(_text(cell)).strip() if cell is not None else ""
    return DAY_AND_MONTH.fullmatch(text) is not None


# a date written in numbers some other way (30.07.27, 30 07 2027, 2027/7/30): its parts
DATE_PARTS = re.compile(r"(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})")
# a year written in a date's text: 1900 to 2099
WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _date_example(plain: str, year: int, order: str | None = None) -> str:
    """YYYY-MM-DD for a date not read (`plain`: its text in ASCII digits), in its own likely
    year: the day it seems to give (30.07.27 is 2027-07-30: day first, unless the second
    number is no month, or the table writes month first: `order` "mdy"; a two-digit year in
    this century; 30 July of its year when that is no day, 31.02.27), else 30 July of the
    year it names (July 30th, 2027) or of the campaign's `year`. It was always 2024-07-30.
    Three numbers of which neither of the first two is a month (29/30 - 31, days) name no
    year either: the campaign's (it was 2031-07-30)."""
    found = DATE_PARTS.fullmatch(plain.strip())
    if found and len(found[1]) != 4 and min(int(found[1]), int(found[2])) > 12:
        found = None
    if found:
        first, second, third = found[1], found[2], found[3]
        if len(first) == 4:
            y, m, d = int(first), int(second), int(third)
        else:
            y = int(third) + (2000 if len(third) == 2 else 0)
            month_first = order == "mdy" and int(first) <= 12
            d, m = (
                (int(first), int(second))
                if int(second) <= 12 and not month_first
                else (int(second), int(first))
            )
        if 1900 <= y <= 2099:  # 30.07.7 or 30.07.202 names no year
            try:
                return date(y, m, d).isoformat()
            except ValueError:  # no day of the calendar (31.02.27): its year
                return f"{y}-07-30"
    written = WRITTEN_YEAR.search(plain)
    return f"{int(written[0]) if written else year:04d}-07-30"


# The year of the examples a date error gives, where the sheet's dates tell one
# (`SheetDates.year`: an organiser's 2026 sheet was told "e.g. 2024-07-30", the kit's year);
# set around a row's date by `examples_in`. Never the year a date is read in: a two-digit
# year is read near the campaign's year, whatever the other rows (`two_digit_year`).
EXAMPLE_YEAR: ContextVar[int | None] = ContextVar("example_year", default=None)


def example_year(year: int) -> int:
    """The year of a date error's example: the sheet's dates' (EXAMPLE_YEAR), else `year`."""
    return EXAMPLE_YEAR.get() or year


# The row's country (its `date_region` cell's code, or the office's: `Table.region`), by
# whose languages' way of writing a year's month a date cell's 2011/12 is named a month or a
# season (`periods._slashed`); set around a row's date by `examples_in`, "" for none.
ROW_REGION: ContextVar[str] = ContextVar("row_region", default="")
# The kit's languages, each with its strings file's `months:`, whose months' names a date
# not read is looked up in when the row is in none of them (`other_languages_month`: its
# hint names the language and the fix); set around a row's date by `examples_in`.
OTHER_LANGUAGES: ContextVar[tuple[tuple[str, tuple[str, ...]], ...]] = ContextVar(
    "other_languages", default=()
)


@contextmanager
def examples_in(
    year: int | None, region: str = "", languages: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> Iterator[None]:
    """Date errors inside give their examples in `year` (None: the year each is given), name
    a period as the row's languages write one in `region` (ROW_REGION) and a month's name of
    another of the kit's `languages` (OTHER_LANGUAGES)."""
    tokens = EXAMPLE_YEAR.set(year), ROW_REGION.set(region), OTHER_LANGUAGES.set(languages)
    try:
        yield
    finally:
        EXAMPLE_YEAR.reset(tokens[0])
        ROW_REGION.reset(tokens[1])
        OTHER_LANGUAGES.reset(tokens[2])


def _date(
    cell: Cell,
    bad: Bad,
    order: str | None = None,
    year: int = 2024,
    months: dict[str, int] | None = None,
    codes: tuple[str, ...] = (),
) -> date | None:
    """A date cell's date: a spreadsheet's date, YYYY-MM-DD (or 2027年7月30日, CJK_DATE), a
    numeric date in the table's order (`SheetDates.convention`: a Thai sheet's day first
    where its dates do not tell; with a year of two digits, 07/30/27, only in a known
    `order`, its century by `two_digit_year`), or a day, a month's name of `months`
    (_month_names: the row's languages' and English) and a year (30 de julio de 2027, July
    30th, 2027, 30 июля 2027 г.); any script's digits. Each other spelling is named with
    what to write instead, its example in the date's likely year (`year`: the year of the
    sheet's dates, `SheetDates.year`, else the campaign's, when the text gives none; a date
    that reads both ways names the `date_region` that orders it for the row's languages
    `codes`)."""
    thai = BUDDHIST_ERA in (months or {}).values()  # a Thai row's or sheet's: _record
    value = cell.value
    if isinstance(value, date):  # a datetime too; Thai Excel's 30/7/2569 is 2569's
        held = value if not isinstance(value, datetime) else value.date()
        if cell.day_unseen:  # Jul-26 (mmm-yy, the 1st of a month), July, 2026: no day read
            _shown_without_day(cell, held, bad, months or {}, codes)
            return None
        if cell.year_unseen:  # 26-Jul: Excel's d-mmm, a year nobody wrote
            _shown_without_year(cell, held, year, bad)
            return None
        return _in_common_era(held, cell, bad, thai)
    text = _text(cell)
    if not text:
        return None
    said = _ascii_digits(BIDI_MARKS.sub("", text))  # CLDR ar's medium: 30‏/07‏/2026
    plain = weekday_apart(said, months or {})  # Thu 30/07/2026: its weekday checked at the end
    iso = YEAR_FIRST.fullmatch(plain) or _cjk_date(plain, months or {})  # 2026/07/30 too
    numeric = NUMERIC_DATE.fullmatch(plain)
    # a year of two digits: read in the row's order (`order`: its date_region's, else the
    # sheet's or its languages'), or a Thai row's
    short = SHORT_DATE.fullmatch(plain) if not numeric else None
    if short and thai:  # CLDR th's short date, d/M/yy: 30/7/70 is 2570's
        # (or 30/07/27, the common era's: the reading nearer the campaign's year, short_year)
        plain = f"{short[1]}/{short[2]}/{short_year(int(short[3]), year)}"
        numeric = NUMERIC_DATE.fullmatch(plain)
    elif short and not iso:
        if order not in ("dmy", "mdy"):  # 07/30/27 of no known order: neither is guessed
            example = _date_example(plain, example_year(year), order)
            bad(
                cell,
                f"'{text}' is not a date the row can read: its year has two digits, and "
                "the row does not tell in which order its day, month and year are written",
                "give the row its country in a date_region column (US: month first, GB: day "
                "first), or merge for an office whose file names its `country:` (--office "
                f"ID); or write the date as YYYY-MM-DD, e.g. {example}",
            )
            return None
        plain = f"{short[1]}/{short[2]}/{two_digit_year(int(short[3]), year):04d}"
        numeric = NUMERIC_DATE.fullmatch(plain)  # a US row's 07/30/27: 07/30/2027
    if iso:
        y, m, d = _common_year(int(iso[1]), thai), int(iso[2]), int(iso[3])
    elif numeric and order in ("dmy", "mdy"):
        a, b, y = int(numeric[1]), int(numeric[2]), _common_year(int(numeric[3]), thai)
        d, m = (a, b) if order == "dmy" else (b, a)
    elif numeric:  # the column does not tell (or tells both ways): the date itself may
        a, b, y = int(numeric[1]), int(numeric[2]), _common_year(int(numeric[3]), thai)
        day = _either_way(cell, text, _readings(a, b, y), order, bad, thai, codes)
        return _on_its_weekday(cell, text, day, weekdays(said, months or {}), bad)
    elif _day_number(cell, text, plain, bad):
        return None
    else:
        named = _named_or_said(cell, text, plain, year, order, months or {}, bad, codes)
        if named is None:
            return None
        y, m, d = named
    try:
        day = _in_common_era(date(y, m, d), cell, bad, thai, text)
    except ValueError:
        bad(
            cell,
            f"'{text}' is no day of the calendar (year {y}, month {m}, day {d})",
            no_day_hint(y, m, d),
        )
        return None
    if thai and day is not None and _short_year_far(cell, text, day, year, bad):
        return None
    return _on_its_weekday(cell, text, day, weekdays(said, months or {}), bad)


def _shown_without_year(cell: Cell, day: date, year: int, bad: Bad) -> None:
    """A workbook's date cell whose format shows no year (`date_shows`: Excel's d-mmm, as
    Excel formats a date typed without one, `26-Jul`, keeping the year it was typed in):
    named as a CSV cell's `26 July` is, "has no year", its example in the year of the
    sheet's dates, else the campaign's `year`, and the year the file holds in its hint: the
    year a flyer would print is one nobody wrote."""
    shown = cell.shown or day.isoformat()[5:]  # 07-26, as ISO 8601 wrote a day of no year
    try:
        example = day.replace(year=example_year(year)).isoformat()
    except ValueError:  # 29 February, in a year of 28 days
        example = day.isoformat()
    bad(
        cell,
        f"'{shown}' has no year: write it as YYYY-MM-DD, e.g. {example}",
        f"the cell is a date whose format shows no year: the file holds {day.isoformat()} "
        "(a spreadsheet gives a date typed without its year the year it is typed in); type "
        f"the date with its year, or, if {day.year} is its year, format the cell as a date "
        "that shows the year (YYYY-MM-DD)",
    )


def _shown_without_day(
    cell: Cell, day: date, bad: Bad, months: dict[str, int], codes: tuple[str, ...]
) -> None:
    """A workbook's date cell whose format shows no day (`date_shows` without "d": Excel's
    mmm-yy, as Excel formats a month typed without a day, `Jul 2026`, keeping its first day;
    `mmmm`, the month alone; `yyyy`, the year alone): named as a CSV cell's `2026-07` is, a
    month (or a year), not a day (`_period`), and the day the file holds in a hint."""
    if "m" in cell.date_shows:
        what, example = _a_month(day.year, day.month)
        shown = cell.shown or day.isoformat()[:7]  # 2026-07
    else:  # 2026: a year, its example the World Day's (30 July) of it
        what, example = f"a year ({day.year})", f"{day.year}-07-30"
        shown = cell.shown or str(day.year)
    first = (
        " (a spreadsheet gives a month typed without its day its first day)"
        if cell.date_shows == "my"
        else ""
    )
    bad(
        cell,
        f"'{shown}' is {what}, not a day: write the event's day as YYYY-MM-DD, e.g. {example}",
        "a flyer gives the day an event is on: an event of several days, or a season's "
        "events, a row each, with its own date",
        f"the cell is a date whose format shows no day: the file holds {day.isoformat()}"
        f"{first}; type the event's day, or, if {day.isoformat()} is its day, format the cell "
        "as a date that shows the day (YYYY-MM-DD)",
        *_date_hints(example, months, codes),
    )


def no_day_hint(y: int, m: int, d: int) -> str:
    """The hint for year `y`, month `m`, day `d`, which is no day of the (Gregorian) calendar:
    a month past 12 that may be the day, swapped (2026-13-01: 2026-01-13?), or how many days
    the month has, its last written out (31/02/2026: February 2026 has 28 days)."""
    if not 1 <= m <= 12:
        swapped = f"{y:04}-{d:02}-{m:02}"
        if 1 <= d <= 12 and m <= 31:
            return f"a month is 1 to 12: if the day and the month are swapped, write {swapped}"
        return "a month is 1 to 12: check the date, and write it as YYYY-MM-DD"
    if not 1 <= y <= 9999:
        return "check the year, and write the date as YYYY-MM-DD"
    last = calendar.monthrange(y, m)[1]
    return (
        f"month {m} of {y} has {last} days, the last {y:04}-{m:02}-{last:02}: check the day "
        "and the month"
    )


def _short_year_far(cell: Cell, text: str, day: date, year: int, bad: Bad) -> bool:
    """Whether a Thai date `day` read from a two-digit year (`text`'s numbers all of one or
    two digits, its year the last: CLDR th's d/M/yy and d MMM yy) is more than
    SHORT_YEAR_SPAN years from the campaign's `year` in both its readings (short_year: the
    nearer was read): an error naming both, as a typo (30/07/49 is 2006 or 2049), whichever
    was meant, is no event to announce."""
    numbers = re.findall(r"\d+", _ascii_digits(text))
    if len(numbers) < 2 or any(len(n) > 2 for n in numbers):
        return False
    two = int(numbers[-1])
    if abs(day.year - year) <= SHORT_YEAR_SPAN:
        return False
    shown = " or ".join(f"{y}-{day:%m-%d}" for y in short_year_readings(two))
    bad(
        cell,
        f"'{text}' has a year of two digits, {numbers[-1]}: {shown} (the Buddhist era's "
        f"{2500 + two} or the common era's {2000 + two}), both more than "
        f"{SHORT_YEAR_SPAN} years from the campaign's {year}: write it as YYYY-MM-DD",
        f"write the year in four digits, {2500 + two} or {2000 + two}: a Thai row reads "
        "either era's",
    )
    return True


def _cjk_date(plain: str, months: dict[str, int]) -> re.Match[str] | None:
    """A CJK date (CJK_DATE: 2026年7月30日), and one with its weekday after it as CLDR's
    full date writes it (2026年7月30日星期四, 2026년 7월 30일 목요일: a weekday's word of
    `months`, which `_on_its_weekday` checks)."""
    found = CJK_DATE.match(plain)
    if found is None or found.end() == len(plain):
        return found
    rest = _date_words(_folded(plain[found.end() :]))
    return found if rest and all(months.get(w, 0) <= WEEKDAY for w in rest) else None


def _on_its_weekday(
    cell: Cell, text: str, day: date | None, named: set[int], bad: Bad
) -> date | None:
    """`day`, read from a date cell's `text` that names the weekdays `named` (Monday 0:
    `weekdays`), when it is the one named (or none is named); else an error naming the cell,
    the weekdays written and the date's own, and None: one of the two is wrong, and which is
    not guessed. Two weekdays named (Thu Fri 30/07/2026) are one too many, the date's one of
    them or not (a review's)."""
    if day is None or not named or named == {day.weekday()}:
        return day
    from babel import Locale

    names = Locale("en").days["format"]["wide"]
    said = " and ".join(names[n] for n in sorted(named))
    bad(
        cell,
        f"'{text}' names {said}, but {day.isoformat()} is a {names[day.weekday()]}",
        f"correct the date or its weekday, or write the date alone: {day.isoformat()}",
    )
    return None


def _either_way(
    cell: Cell,
    text: str,
    readings: list[date],
    order: str | None,
    bad: Bad,
    thai: bool,
    codes: tuple[str, ...] = (),
) -> date | None:
    """A numeric date the column does not order (or orders both ways, `order` "mixed"): its
    one reading (30/07/2026 is only 30 July), else an error naming none or both, and the
    `date_region` column that orders it, with a country of each order for the row's
    languages `codes` (`order_regions`: GB and US for English)."""
    if len(readings) == 1:
        return _in_common_era(readings[0], cell, bad, thai, text)
    if not readings:
        bad(cell, f"'{text}' is not a date either way (day first or month first)")
        return None
    why = (
        "the column has dates written day first (30/07) and month first (07/30)"
        if order == "mixed"
        else "no date in the column tells which"
    )
    shown = " or ".join(r.isoformat() for r in readings)
    regions = order_regions(codes)
    bad(
        cell,
        f"'{text}' may be day first or month first, and {why}: write it as YYYY-MM-DD ({shown})",
        *(
            (
                "or give the row a date_region, its country's code (a column), that orders it: "
                f"{regions['dmy']} reads it {readings[0].isoformat()}, {regions['mdy']} "
                f"{readings[1].isoformat()}",
            )
            if len(readings) == 2 and regions.keys() == {"dmy", "mdy"}
            else ()
        ),
    )
    return None


def _day_number(cell: Cell, text: str, plain: str, bad: Bad) -> bool:
    """Whether the text is a spreadsheet's day number, the cell not formatted as a date
    (Excel and LibreOffice count from 1899-12-30: 46233 is 2026-07-30; a CSV keeps the
    number): an error naming the day it is."""
    if not (re.fullmatch(r"\d{5}(?:\.\d+)?", plain) and 20000 <= float(plain) < 80000):
        return False
    day = date(1899, 12, 30) + timedelta(days=int(float(plain)))
    bad(
        cell,
        f"'{text}' is not a date but a spreadsheet's day number ({day.isoformat()}?)",
        f"format the column as a date in the spreadsheet before saving, or write {day.isoformat()}",
    )
    return True


def _named_or_said(
    cell: Cell,
    text: str,
    plain: str,
    year: int,
    order: str | None,
    months: dict[str, int],
    bad: Bad,
    codes: tuple[str, ...] = (),
) -> tuple[int, int, int] | None:
    """(year, month, day) of a date written with a month's name (`_named_date`); else an
    error with an example in the likely year: one without a year (30 de julio), or not a
    date at all (with the spellings that are read by a row in languages `codes`)."""
    named = _named_date(plain, months, year)
    if named is not None and named[0] is not None:
        return named[0], named[1], named[2]
    shown = example_year(year)
    example = _date_example(plain, shown, order)
    if named is not None:  # 30 de julio: a day and a month, no year
        try:  # 31 February: no such day, in any year
            example = date(shown, named[1], named[2]).isoformat()
        except ValueError:
            pass
        bad(cell, f"'{text}' has no year: write it as YYYY-MM-DD, e.g. {example}")
        return None
    # 7/30, 30.7: a day and a month in numbers, no year (typed text: a number cell's 7.3 is
    # no date, nor is a time typed with a dot, 12.30, which no day.month reading fits)
    readings = _yearless(plain, shown, order) if isinstance(cell.value, str) else []
    if readings:
        hints = _date_hints(readings[0], months, codes)
        if len(readings) == 1:
            bad(cell, f"'{text}' has no year: write it as YYYY-MM-DD, e.g. {readings[0]}", *hints)
        else:
            bad(
                cell,
                f"'{text}' has no year, and may be day first or month first: write it as "
                f"YYYY-MM-DD ({' or '.join(readings)})",
                *hints,
            )
        return None
    # typed, no number; 2011/12 read as the row's languages write a month in its region
    period = _period(plain, codes, ROW_REGION.get()) if isinstance(cell.value, str) else None
    if period is not None:  # 2025-2026, 2025/26: a season; 2026-07: a month
        what, examples, season = period
        bad(
            cell,
            f"'{text}' is {what}, not a day: write the event's day as YYYY-MM-DD, e.g. "
            + " or ".join(examples),
            "a flyer gives the day an event is on: an event of several days, or a season's "
            "events, a row each, with its own date",
            *((season,) if season else ()),
            *_date_hints(examples[0], months, codes),
        )
        return None
    other = other_languages_month(plain, codes, OTHER_LANGUAGES.get(), shown)
    bad(
        cell,
        f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. {example}",
        *((other,) if other else ()),
        *_date_hints(example, months, codes),
    )
    return None


# two numbers of one or two digits, parted as a date's are (7/30, 30-07; 30.7 and 30.7.,
# which only the day-first write with dots): a day and a month without a year
DAY_AND_MONTH = re.compile(r"(\d{1,2})\s*(?:([/\-])\s*(\d{1,2})|(\.)\s*(\d{1,2})\.?)")


def _yearless(plain: str, year: int, order: str | None) -> list[str]:
    """The dates (YYYY-MM-DD, in the campaign's `year`) that a day and a month written in
    numbers without a year (`plain`, ASCII digits: 7/30, 30.7) may be: the one where only one
    of its numbers can be the month, or where the table writes month first or day first
    (`order`: "mdy", "dmy"); else both, month first first. With dots, day first alone (30.7.,
    as German and Russian write it; 12.30 is a time, no date). None where it is no such
    pair."""
    found = DAY_AND_MONTH.fullmatch(plain.strip())
    if found is None:
        return []
    if found[4]:  # dots: day first
        a, b = int(found[1]), int(found[5])
        order = "dmy"
    else:
        a, b = int(found[1]), int(found[3])
    ways = {"mdy": [(a, b)], "dmy": [(b, a)]}.get(order or "", [(a, b), (b, a)])
    out = []
    for month, day in ways:
        try:
            out.append(date(year, month, day).isoformat())
        except ValueError:  # 30 is no month; 31 June no day
            continue
    return list(dict.fromkeys(out))


def _common_year(year: int, thai: bool) -> int:
    """A written date's `year` in the common era: a Thai row's (`thai`) of the Buddhist era
    (BUDDHIST_YEARS: Thailand's official dating, which Thai Excel writes in a numeric date,
    30/7/2569) less 543, before its day is made (29/2/2567 is 2024's leap day); any other as
    written (`_in_common_era` names a Buddhist era's year on another row)."""
    return year + BUDDHIST_ERA if thai and year in BUDDHIST_YEARS else year


def _in_common_era(
    day: date, cell: Cell, bad: Bad, thai: bool, text: str | None = None
) -> date | None:
    """`day` as read, in the common era: a year of the Buddhist era (2443 to 2642, BUDDHIST_
    YEARS) is read as it in a Thai row (`thai`: Thai Excel keeps a date cell typed as
    30/7/2569 as the year 2569; any row of a Thai sheet, SheetDates.thai), and is an error in
    any other row (an event in 2569 of the
    common era is a Buddhist year's, 2026: the flyer printed it as "ค.ศ. 2569", an
    organiser's trial). Other years are as written. `text`: the cell's as written (a date
    cell's is its ISO date)."""
    if day.year not in BUDDHIST_YEARS:
        return day
    try:
        common = day.replace(year=day.year + BUDDHIST_ERA)
    except ValueError:  # 29 February of a leap year of the one era, not of the other
        bad(
            cell,
            f"'{text or day.isoformat()}' is no day of the calendar (the Buddhist "
            f"era's {day.year} is {day.year + BUDDHIST_ERA}, not a leap year)",
            f"check the year: February {day.year + BUDDHIST_ERA} has 28 days",
        )
        return None
    if thai:
        return common
    bad(
        cell,
        f"'{text or day.isoformat()}' is in {day.year}, a year of the Buddhist era "
        f"({day.year + BUDDHIST_ERA} of the common era), on a row not in Thai: write it as "
        f"YYYY-MM-DD, e.g. {common.isoformat()}",
        "a Buddhist era's year is read on a row in Thai (language th), and on every row "
        "of a sheet with one or with a header in Thai",
    )
    return None


# the invisible marks of a text's direction, LEFT-TO-RIGHT, RIGHT-TO-LEFT and ARABIC LETTER
# MARK, which CLDR's patterns write between a date's numbers (ar's medium date dd‏/MM‏/y)
BIDI_MARKS = re.compile("[\u200e\u200f\u061c]")
