"""The Solar Hijri calendar (the Persian or Jalali one, Iran's and Afghanistan's civil
calendar) of a merge's Persian rows: their dates read from it and printed in it.

Read: on a row in Persian (language fa, or Dari's prs), a numeric date whose year is 1300 to
1499 (SOLAR_YEARS: 1921 to 2121 of the Gregorian) is the Solar Hijri calendar's, as Iranian
and Afghan offices date a document: 1405-05-08, ۱۴۰۵/۰۵/۰۸, 08/05/1405 (day first, unless the
column writes its dates month first), and a spreadsheet's date cell holding such a year; so
is a day, a month's name and a year, ۸ مرداد ۱۴۰۵ (CLDR's Persian month names, Iran's and
Afghanistan's, ۸ اسد ۱۴۰۵, and jdatetime's Latin ones, 8 Mordad 1405). A Gregorian year
(1900 to 2099) stays Gregorian. On any other row, such a year is an error naming the
calendar (an event in 1405 of the Gregorian calendar is a Solar Hijri year's: the flyer
printed 8 May 1405, an office's trial). The conversion is jdatetime's (PyPI, PSF licence;
its arithmetic jalali-core's, LGPL 2.1 or later, FarsiWeb's jalali.c: 1 Farvardin 1405 is 21
March 2026, 8 Mordad 1405 30 July 2026, as ICU's Persian calendar gives them too).

Printed: CLDR's preferred calendar of Iran and Afghanistan is the Persian one (supplemental
calendarPreferenceData: AF and IR "persian gregorian islamic..."), and a Persian row's date
is printed in it, as ICU (icu4py, the kit's binding) writes CLDR's long date of fa-IR (or
fa-AF, with Afghanistan's month names, on a row whose date_region is AF): ۸ مرداد ۱۴۰۵,
alone, as a Thai row's is in the Buddhist era alone. A Persian row with another country's
date_region prints the Gregorian date, as before.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

import jdatetime  # type: ignore[import-untyped]

SOLAR_YEARS = range(1300, 1500)
# the languages whose rows date in it: Persian, and Dari by its own code (ISO 639-3 prs)
PERSIAN = frozenset({"fa", "prs"})
# the countries whose calendar it is (CLDR's calendarPreferenceData), and the one of them
# whose month names CLDR gives apart (fa_AF: حمل, ثور ... حوت)
SOLAR_REGIONS = frozenset({"IR", "AF"})
DARI_REGION = "AF"
# jdatetime asks the process's locale unless it is told one; any is the same to its arithmetic
_LOCALE = "fa_IR"
# a numeric date: the year first (1405-05-08, 1405/5/8, 1405.05.08) or last (08/05/1405)
YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
YEAR_LAST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
# the words a Persian date may hold besides its day, month and year: month (ماه, also joined
# to the month's name, مردادماه), year (سال), day (روز), and the era's (هجری شمسی, خورشیدی,
# ه.ش.), folded as _fold writes them
SOLAR_WORDS = frozenset({"ماه", "سال", "روز", "هجری", "شمسی", "خورشیدی", "ه", "ش", "هش"})
SOLAR_HINT = (
    "a Solar Hijri date (a year of 1300 to 1499) is read on a row in Persian (language fa): "
    "1405-05-08, ۱۴۰۵/۰۵/۰۸ or ۸ مرداد ۱۴۰۵"
)


def persian(codes: Iterable[str]) -> bool:
    """Whether a row in languages `codes` dates in the Solar Hijri calendar: one is Persian
    (fa, fa-AF, prs)."""
    return any(code.replace("-", "_").split("_")[0] in PERSIAN for code in codes)


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri one; ValueError for no day of the calendar
    (1405-12-30: 1405 is no leap year; a month 13)."""
    found: date = jdatetime.date(year, month, day, locale=_LOCALE).togregorian()
    return found


def to_solar(day: date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in the Solar Hijri calendar."""
    found = jdatetime.date.fromgregorian(date=day, locale=_LOCALE)
    return found.year, found.month, found.day


def _fold(text: str) -> str:
    """A Persian, Dari or Arabic spelling as month names are matched: Arabic yeh and kaf as
    Persian ones (ي ى ك: an Arabic keyboard's), a hamza above (سنبلهٔ) and harakat dropped,
    ZERO WIDTH NON-JOINER and the bidi marks as nothing, case aside (Mordad)."""
    text = text.translate({0x064A: 0x06CC, 0x0649: 0x06CC, 0x0643: 0x06A9, 0x06C0: 0x0647})
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub("[\u200c\u200e\u200f\u061c]", "", text).casefold()


@functools.cache
def month_names() -> dict[str, int]:
    """The Solar Hijri months' names (folded: _fold) to their numbers: CLDR's Persian
    calendar's, wide, in a date and alone, of fa (Iran's: فروردین ... اسفند) and fa_AF
    (Afghanistan's: حمل ... حوت), as ICU gives them, and jdatetime's Latin ones (Farvardin)."""
    from icu4py.messageformat import MessageFormat

    names: dict[str, int] = {}
    for month in range(1, 13):
        first = to_gregorian(1405, month, 1)
        for locale in ("fa_IR", "fa_AF"):
            for pattern in ("MMMM", "LLLL"):
                shown = MessageFormat(
                    f"{{d,date,::{pattern}}}", f"{locale}@calendar=persian"
                ).format({"d": first})
                names[_fold(shown)] = month
        names[_fold(jdatetime.date.j_months_en[month - 1])] = month
    return names


def _words(plain: str) -> list[str]:
    """A date's words and numbers (`plain`: ASCII digits), folded, in order: runs of letters,
    runs of digits; a month's name with ماه joined to it (مردادماه) as the name and ماه."""
    out: list[str] = []
    for word in re.findall(r"\d+|[^\W\d_]+", _fold(plain)):
        if word.endswith("ماه") and word[:-3] in month_names():
            out += [word[:-3], "ماه"]
        else:
            out.append(word)
    return out


def solar_example(year: int, month: int = 5, day: int = 8) -> str:
    """A Solar Hijri date of `year` as a Persian row may write it: 1405-05-08."""
    return f"{year:04d}-{month:02d}-{day:02d}"


def read(
    value: object, text: str, codes: Iterable[str], order: str | None, year: int
) -> tuple[date | None, tuple[str, ...]] | None:
    """A date cell's (`value`) or text's (`text`, as written, in any script's digits) day
    when it is the Solar Hijri calendar's business (the module's docstring), with nothing to
    say ((day, ())), or not read ((None, (message, *hints))); None when it is not (a
    Gregorian date, any other text: date_cells._date reads it). `order`: the column's
    (date_order.date_order); `year`: the campaign's, for an example."""
    row_persian = persian(codes)
    plain = _ascii_digits(text)
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        if day.year not in SOLAR_YEARS:
            return None
        parts: tuple[int, int, int] | None = (day.year, day.month, day.day)
    else:
        parts = _numeric(plain, order)
    if parts is not None:
        if parts[0] not in SOLAR_YEARS:
            return None
        if not row_persian:
            return None, _not_persian(text or str(value), parts)
        return _converted(text or str(value), parts)
    if not row_persian:
        return None
    return _named(text, plain, year)


def _ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script as 0-9 (۱۴۰۵ is 1405)."""
    return "".join(
        str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c for c in text
    )


def _numeric(plain: str, order: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of a numeric date whose year is a Solar Hijri one (SOLAR_YEARS),
    the year first or last (then the day first, unless the column writes month first:
    `order` "mdy"); None for any other text."""
    text = plain.strip()
    first = YEAR_FIRST.fullmatch(text)
    if first:
        return int(first[1]), int(first[2]), int(first[3])
    last = YEAR_LAST.fullmatch(text)
    if last and int(last[3]) in SOLAR_YEARS:
        a, b = int(last[1]), int(last[2])
        day, month = (b, a) if order == "mdy" else (a, b)
        return int(last[3]), month, day
    return None


def _converted(text: str, parts: tuple[int, int, int]) -> tuple[date | None, tuple[str, ...]]:
    """The Gregorian day of a Solar Hijri (year, month, day), or why it is none."""
    y, m, d = parts
    try:
        return to_gregorian(y, m, d), ()
    except ValueError:
        pass
    if not 1 <= m <= 12:
        why, example = "it has 12 months", solar_example(y, 12, 1)
    else:
        days = (to_gregorian(y + 1, 1, 1) - to_gregorian(y, m, 1)).days if m == 12 else 0
        length = days or (31 if m <= 6 else 30)
        why, example = f"{_month_name(m)} {y} has {length} days", solar_example(y, m, length)
    return None, (
        f"'{text}' is no day of the Solar Hijri calendar (year {y}, month {m}, day {d}: {why})",
        f"write a day of it, e.g. {example}, or the Gregorian date as YYYY-MM-DD",
    )


def _month_name(month: int) -> str:
    """A Solar Hijri month's name in English letters (jdatetime's: Esfand)."""
    name: str = jdatetime.date.j_months_en[month - 1]
    return name


def _not_persian(text: str, parts: tuple[int, int, int]) -> tuple[str, ...]:
    """What to say of a Solar Hijri year on a row not in Persian."""
    y, m, d = parts
    try:
        said = f" ({to_gregorian(y, m, d).isoformat()} of the Gregorian calendar)"
        example = to_gregorian(y, m, d).isoformat()
    except ValueError:
        said, example = "", f"{y + 621}-07-30"
    return (
        f"'{text}' is in {y}, a year of the Solar Hijri (Persian) calendar{said}, on a row "
        f"not in Persian: write it as YYYY-MM-DD, e.g. {example}",
        SOLAR_HINT,
    )


def _named(text: str, plain: str, campaign: int) -> tuple[date | None, tuple[str, ...]] | None:
    """A day, a Solar Hijri month's name and a year (۸ مرداد ۱۴۰۵; ماه, سال and the era's
    words aside: SOLAR_WORDS) on a Persian row (`text` as written, `plain` in ASCII digits);
    None when it names no such month."""
    names = month_names()
    words = _words(plain)
    months = {names[w] for w in words if w in names}
    if not months:
        return None
    numbers = [w for w in words if w.isdigit()]
    others = [w for w in words if not w.isdigit() and w not in names and w not in SOLAR_WORDS]
    days = [int(n) for n in numbers if len(n) <= 2 and 1 <= int(n) <= 31]
    years = [int(n) for n in numbers if len(n) == 4]
    odd = len(numbers) != len(days) + len(years)  # 123: no day's, no year's
    if len(months) > 1 or others or odd or len(days) != 1 or len(years) > 1:
        return None, (
            f"'{text}' is not read as a date of the Solar Hijri calendar: write a day, a "
            f"month's name and a year, e.g. ۸ مرداد ۱۴۰۵, or YYYY-MM-DD",
        )
    month = months.pop()
    solar_year = to_solar(date(campaign, 7, 30))[0]
    if not years:
        return None, (
            f"'{text}' has no year: write it with its Solar Hijri year, e.g. "
            f"{days[0]} {_persian_name(month)} {solar_year} (or YYYY-MM-DD)",
        )
    if years[0] not in SOLAR_YEARS:
        return None, (
            f"'{text}' names a month of the Solar Hijri calendar ({_persian_name(month)}) "
            f"and a year that is not one of it ({years[0]})",
            f"write the Solar Hijri year, e.g. {days[0]} {_persian_name(month)} {solar_year}, "
            "or the Gregorian date as YYYY-MM-DD",
        )
    return _converted(text, (years[0], month, days[0]))


def _persian_name(month: int) -> str:
    """A Solar Hijri month's name in Persian (CLDR fa's, as jdatetime writes it too)."""
    name: str = jdatetime.date.j_months_fa[month - 1]
    return name


def solar_calendar(code: str, region: str) -> bool:
    """Whether a row's date in language `code` is printed in the Solar Hijri calendar: the
    language is Persian and its `region` (date_region) is none or SOLAR_REGIONS'."""
    return persian((code,)) and (not region or region in SOLAR_REGIONS)


@functools.cache
def long_date(day: date, code: str, region: str) -> str:
    """`day` in the Solar Hijri calendar as CLDR's long date of Persian writes it, in Latin
    digits (formats._format writes them in the row's): 8 مرداد 1405, with Afghanistan's
    month names (8 اسد 1405) for a row dated there (date_region AF, or Dari's prs)."""
    from icu4py.messageformat import MessageFormat

    afghan = region == DARI_REGION or code.replace("-", "_").split("_")[0] == "prs"
    locale = f"fa_{'AF' if afghan else 'IR'}@calendar=persian;numbers=latn"
    shown: str = MessageFormat("{d,date,long}", locale).format({"d": day})
    return shown
