"""The Ethiopian calendar (ዓመተ ምሕረት, ዓ.ም., Ethiopia's civil calendar) of a merge's Amharic
rows: their dates written with its month's name read from it, and a numeric date that is
likely its own named.

Read: on a row in Amharic (language am: ETHIOPIAN), a day, an Ethiopian month's name and a
year (ሐምሌ 23 2018, ሐምሌ 23 ቀን 2018 ዓ.ም., 23 Hamle 2018) is a date of the Ethiopian
calendar: CLDR's Amharic month names of the ethiopic calendar, as ICU gives them (መስከረም ...
ጳጉሜን), and CLDR's English ones (Meskerem ... Pagumen), matched with the letters Amharic
spells alike taken as one (`fold`: ሐ ኀ and ሀ, ሠ and ሰ, ዐ and አ, ፀ and ጸ: ታኅሣሥ is
ታህሳስ, ሐምሌ ሀምሌ) and the common spellings CLDR does not give (SPELLINGS: ጳጉሜ, ሚያዚያ). A
numeric date is the Gregorian calendar's, as the kit asks (YYYY-MM-DD); but one whose year
is the Ethiopian calendar's for the events (23/11/2018: an Ethiopian year is the Gregorian
one less 7 or 8, so its conversion falls in the campaign's, the sheet's or the build's
year: `reference_years`), or whose month is the 13th (ጳጉሜን), is an error naming the
calendar and the Gregorian date it would be (an office's trial: 23/11/2018, meaning
23 Hamle 2018, 30 July 2026, was printed as 23 November 2018 with a warning of a past event).

The conversion is the arithmetic of Dershowitz and Reingold, Calendrical Calculations
(Cambridge University Press, 3rd ed. 2008, ch. 4, "Coptic and Ethiopic Calendars":
`fixed-from-ethiopic` and `ethiopic-from-fixed`, the Coptic rules with the Ethiopic epoch,
R.D. 2796, 29 August 8 C.E. of the Julian calendar): twelve months of 30 days and a
thirteenth, ጳጉሜን, of 5 days, 6 in a year before one divisible by 4 (year mod 4 = 3); the
year begins on 11 September of the Gregorian calendar, 12 September before a Gregorian leap
year (1 Meskerem 2018 is 11 September 2025, 1 Meskerem 2016 was 12 September 2023). ICU's
ethiopic calendar gives every day of 1892 to 2092 alike (tests/merge/test_ethiopian.py).

Printed: CLDR's preferred calendars of Ethiopia are "gregorian ethiopic" (supplemental
calendarPreferenceData, ET): an Amharic row's date is printed in the Gregorian calendar, as
before (30 ጁላይ 2026), unlike a Persian row's (calendars.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date, datetime

from .. import dates
from .calendars import _ascii_digits
from .date_cells import example_year

# the languages whose rows date in it: Amharic
ETHIOPIAN = frozenset({"am"})
# R.D. (Python's date.toordinal) of 1 Meskerem 1: Dershowitz and Reingold's ethiopic-epoch
ETHIOPIC_EPOCH = 2796
# the years read: those of 1900 to 2099 of the Gregorian calendar
ETHIOPIAN_YEARS = range(1892, 2093)
# a numeric date: the year first (2018-11-23) or last (23/11/2018)
YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
YEAR_LAST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
# Amharic's homophone letters, each series folded to the one it is spelled as: ሐ (U+1210)
# and ኀ (U+1280) as ሀ (U+1200), ሠ (U+1220) as ሰ (U+1230), ዐ (U+12D0) as አ (U+12A0), ፀ
# (U+1340) as ጸ (U+1338), seven orders each; and the fourth order of ሀ and አ (ሃ, ኣ), which
# is sounded as their first
_SERIES = {0x1210: 0x1200, 0x1280: 0x1200, 0x1220: 0x1230, 0x12D0: 0x12A0, 0x1340: 0x1338}
_FOLD = {base + n: to + n for base, to in _SERIES.items() for n in range(8)}
_FOLD.update({0x1203: 0x1200, 0x12A3: 0x12A0})
_FOLD = {k: _FOLD.get(v, v) for k, v in _FOLD.items()}  # ሓ, ዓ: ሀ, አ
# the common spellings of the months' names besides CLDR's (their folded forms are read):
# ጳጉሜ without its final ን, ሚያዚያ (Miyazia); Latin Pagume, Miyazya, Tikimt, Hidar, Tir
SPELLINGS = {
    "ጳጉሜ": 13,
    "ሚያዚያ": 8,
    "pagume": 13,
    "pagumen": 13,
    "miyazya": 8,
    "miyazia": 8,
    "tikimt": 2,
    "tikemt": 2,
    "hidar": 3,
    "tir": 5,
    "ginbot": 9,
    "nehase": 12,
}
# the words an Ethiopian date may hold besides its day, month and year: ቀን (day), ዓ.ም.
# (ዓመተ ምሕረት, the era: also ዓ/ም and ዓም), and the era's Latin E.C. (folded as `fold` does)
ERA_WORDS = frozenset({"ቀን", "ዓ.ም", "ዓ", "ም", "ዓም", "ec", "e.c", "e", "c"})
EXAMPLE = "ሐምሌ 23 2018 ዓ.ም."


def ethiopian(codes: Iterable[str]) -> bool:
    """Whether a row in languages `codes` dates in the Ethiopian calendar: one is Amharic."""
    return any(code.replace("-", "_").split("_")[0] in ETHIOPIAN for code in codes)


def _fixed(year: int, month: int, day: int) -> int:
    """Dershowitz and Reingold's fixed-from-ethiopic, unchecked."""
    return ETHIOPIC_EPOCH - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day


def month_days(year: int, month: int) -> int:
    """How many days month `month` (1 to 13) of Ethiopian `year` has: 30, ጳጉሜን 5 or 6."""
    if month != 13:
        return 30
    return 6 if year % 4 == 3 else 5


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of an Ethiopian one; ValueError for no day of the calendar (a
    month 14, ጳጉሜን 6 of a common year, a day 31)."""
    if not 1 <= month <= 13 or not 1 <= day <= month_days(year, month) or year < 1:
        raise ValueError(f"no day of the Ethiopian calendar: {year}-{month}-{day}")
    return date.fromordinal(_fixed(year, month, day))


def to_ethiopian(day: date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in the Ethiopian calendar (ethiopic-from-fixed)."""
    fixed = day.toordinal()
    year = (4 * (fixed - ETHIOPIC_EPOCH) + 1463) // 1461
    month = (fixed - _fixed(year, 1, 1)) // 30 + 1
    return year, month, fixed + 1 - _fixed(year, month, 1)


def fold(text: str) -> str:
    """An Amharic (or Latin) spelling as the months' names are matched: the homophone
    letters as one (_FOLD), case aside."""
    return text.translate(_FOLD).casefold()


@functools.cache
def month_names() -> dict[str, int]:
    """The Ethiopian months' names (folded: `fold`) to their numbers (1 to 13): CLDR's
    Amharic and English ones of the ethiopic calendar, wide and abbreviated, in a date and
    alone, as ICU gives them, and SPELLINGS."""
    from icu4py.messageformat import MessageFormat

    names: dict[str, int] = {}
    for month in range(1, 14):
        first = to_gregorian(2018, month, 1)
        for locale in ("am_ET", "en"):
            for pattern in ("MMMM", "LLLL", "MMM", "LLL"):
                shown = MessageFormat(
                    f"{{d,date,::{pattern}}}", f"{locale}@calendar=ethiopic"
                ).format({"d": first})
                names[fold(shown)] = month
    names.update({fold(word): month for word, month in SPELLINGS.items()})
    return names


def amharic_name(month: int) -> str:
    """An Ethiopian month's name as CLDR's Amharic writes it (ሐምሌ)."""
    return {v: k for k, v in _cldr_amharic().items()}[month]


@functools.cache
def _cldr_amharic() -> dict[str, int]:
    from icu4py.messageformat import MessageFormat

    shown = MessageFormat("{d,date,::MMMM}", "am_ET@calendar=ethiopic")
    return {shown.format({"d": to_gregorian(2018, m, 1)}): m for m in range(1, 14)}


def reference_years(campaign: int) -> frozenset[int]:
    """The years an event of the sheet is likely in: the kit's campaign's (`campaign`), the
    sheet's dates' (date_cells.example_year) and the build's (dates.today)."""
    return frozenset({campaign, example_year(campaign), dates.today().year})


def read(
    value: object, text: str, codes: Iterable[str], order: str | None, campaign: int
) -> tuple[date | None, tuple[str, ...]] | None:
    """A date cell's (`value`) or text's (`text`) day when it is the Ethiopian calendar's
    business on an Amharic row (the module's docstring): (day, ()) for one read, (None,
    (message, *hints)) for one refused; None for anything else (date_cells._date reads it).
    `order`: the column's (date_order.date_order: "mdy" puts a numeric date's month first);
    `campaign`: the kit's year, of the years the events are likely in (`reference_years`)."""
    if not ethiopian(codes):
        return None
    near = sorted(reference_years(campaign))
    plain = _ascii_digits(text).strip()
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        parts: tuple[int, int, int] | None = (day.year, day.month, day.day)
    else:
        parts = _numeric(plain, order)
    if parts is not None:
        said = _numeric_said(text or str(value), parts, near)
        return None if said is None else (None, said)
    return _named(text, plain, campaign)


def _numeric(plain: str, order: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of a numeric date, the year first or last (then the day first, as
    Ethiopia writes it, unless the column writes month first: `order` "mdy")."""
    first = YEAR_FIRST.fullmatch(plain)
    if first:
        return int(first[1]), int(first[2]), int(first[3])
    last = YEAR_LAST.fullmatch(plain)
    if last:
        a, b = int(last[1]), int(last[2])
        # ጳጉሜን, the 13th month, whatever the column's order (its 13 is no Gregorian month)
        day, month = (b, a) if order == "mdy" and b != 13 else (a, b)
        return int(last[3]), month, day
    return None


def _numeric_said(
    text: str, parts: tuple[int, int, int], near: list[int]
) -> tuple[str, ...] | None:
    """The error of a numeric date on an Amharic row that is likely the Ethiopian calendar's:
    read so, it falls in one of the years `near` (its year 7 or 8 before), or its month is
    the 13th (ጳጉሜን); None for any other (a Gregorian date, read as such)."""
    y, m, d = parts
    try:
        day = to_gregorian(y, m, d)
    except ValueError:
        return None
    if day.year not in near and m != 13:
        return None
    lead = "is no day of the Gregorian calendar"
    for month, day_of in ((m, d), (d, m)):  # 05/13/2018 in a column written month first
        try:
            lead = f"reads as {date(y, month, day_of).isoformat()} in the Gregorian calendar"
            break
        except ValueError:
            continue
    name = amharic_name(m)
    return (
        f"'{text}' {lead}, but in the Ethiopian calendar {d:02d}/{m:02d}/{y} EC ({name} {d} "
        f"{y} ዓ.ም.) is {day.isoformat()}: write {day.isoformat()}",
        "a date in numbers is read in the Gregorian calendar; an Amharic row reads the "
        f"Ethiopian calendar's with its month's name: {name} {d} {y} ዓ.ም.",
    )


def _words(plain: str) -> list[str]:
    """A date's words and numbers, folded, in order: runs of letters (a dot between letters
    kept, ዓ.ም), runs of digits."""
    return [
        w.strip(".") for w in re.findall(r"\d+|[^\W\d_](?:[^\W\d_]|\.(?=[^\W\d_]))*", fold(plain))
    ]


def _named(text: str, plain: str, campaign: int) -> tuple[date | None, tuple[str, ...]] | None:
    """A day, an Ethiopian month's name and a year (ሐምሌ 23 ቀን 2018 ዓ.ም.; ERA_WORDS aside);
    None when the text names no Ethiopian month. `campaign`: the kit's year."""
    names = month_names()
    words = _words(plain)
    era = {fold(w) for w in ERA_WORDS}
    months = {names[w] for w in words if w in names}
    if not months:
        return None
    numbers = [w for w in words if w.isdigit()]
    others = [w for w in words if not w.isdigit() and w not in names and w not in era]
    days = [int(n) for n in numbers if len(n) <= 2 and 1 <= int(n) <= 30]
    years = [int(n) for n in numbers if len(n) == 4]
    odd = len(numbers) != len(days) + len(years)
    if len(months) > 1 or others or odd or len(days) != 1 or len(years) > 1:
        return None, (
            f"'{text}' is not read as a date of the Ethiopian calendar: write a day, a "
            f"month's name and a year, e.g. {EXAMPLE}, or the Gregorian date as YYYY-MM-DD",
            "one month's name, a day of 1 to 30 and a year of four digits are read, with ቀን "
            "and ዓ.ም. beside them and nothing else",
        )
    month, day = months.pop(), days[0]
    name = amharic_name(month)
    shown = max(reference_years(campaign))  # the year of the examples
    example = to_ethiopian(date(shown, 7, 30))[0]
    if not years:
        return None, (
            f"'{text}' has no year: write it with its Ethiopian year, e.g. {name} {day} "
            f"{example} ዓ.ም. (or the Gregorian date as YYYY-MM-DD)",
            "an Ethiopian year begins on 11 September of the Gregorian calendar (12 "
            f"September before a Gregorian leap year): {shown}-07-30 is in {example} ዓ.ም.",
        )
    year = years[0]
    # a Gregorian year written with an Ethiopian month: the kit's or the build's (not the
    # sheet's, whose year an Amharic sheet's Ethiopian dates may give)
    gregorian = year in (campaign, dates.today().year)
    if gregorian or year not in ETHIOPIAN_YEARS:
        which = "the Gregorian year" if gregorian else "a year not read in it"
        return None, (
            f"'{text}' names a month of the Ethiopian calendar ({name}) and {which}, "
            f"{year} (the Ethiopian year of {shown}-07-30 is {example})",
            f"write the Ethiopian year, e.g. {name} {day} {example} ዓ.ም., or the Gregorian "
            "date as YYYY-MM-DD",
        )
    try:
        return to_gregorian(year, month, day), ()
    except ValueError:
        last = month_days(year, month)
        return None, (
            f"'{text}' is no day of the Ethiopian calendar ({name} {year} has {last} days)",
            f"write a day of it, e.g. {name} {last} {year} ዓ.ም., or the Gregorian date as "
            "YYYY-MM-DD",
        )
