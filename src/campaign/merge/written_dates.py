"""Dates written with words: the kit's languages' month names and era words from CLDR
(`_month_names`, `_names_of_months`), a date of a day, a month's name and a year read with
them (`_named_date`), and the Buddhist era's years (BUDDHIST_ERA, BUDDHIST_YEARS).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..model import Kit
from .fields import _folded

if TYPE_CHECKING:
    from babel import Locale

# what a date written with a month's name may hold besides its day, month and year: the
# words that join them (30 de julio de 2027, le 30 juillet 2027, the 30th of July 2027)
DATE_WORDS = frozenset({"de", "del", "of", "the", "le", "el", "em"})
# a day's ordinal ending: 30th, 1st, 1er, 1º, 1.º (taken off before the words are read)
# (º and ª are o and a once folded: _folded's NFKD)
ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|re|e|\.?[oºaª])(?![^\W\d_])", re.IGNORECASE)


# What a word of `_month_names` is besides a month (1 to 12): a word that joins a date's
# parts (0), the word before a month's number (-1: Vietnamese tháng 7, CLDR vi's month
# names), the common era's (-2: Thai ค.ศ., CLDR's eras) and the Buddhist era's (-543).
JOINING, MONTH_NUMBER, COMMON_ERA = 0, -1, -2
# The Buddhist era's year is the common era's plus 543 (พ.ศ. 2570 is 2027): CLDR's
# supplemental calendarData, its buddhist era 0 starting -542-01-01; its abbreviation พ.ศ.
# is CLDR th.xml's (calendar type="buddhist", eraAbbr), which Babel, loading the Gregorian
# calendar alone, does not give. A Thai row's year of 2443 to 2642 without ค.ศ. is the
# Buddhist era's (Thailand's official dating): 1900 to 2099 in the common era.
BUDDHIST_ERA = -543
BUDDHIST_YEARS = range(1900 - BUDDHIST_ERA, 2100 - BUDDHIST_ERA)  # 2443 to 2642
# A numeric date with a year of two digits, as CLDR's short dates write it: en_US's M/d/yy,
# 7/30/27 (en_GB's dd/MM/yy is day first), read in the row's order only
# (`date_cells._date`), its century by `date_cells.two_digit_year`; and th's of the
# Buddhist calendar (th.xml, calendar type="buddhist", dateFormatLength type="short":
# d/M/yy), the year's last two digits: 30/7/70 is 2570 (`short_year`). Its medium date
# (d MMM y) is written so too, 30 ก.ค. 70, as Thai offices do
SHORT_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})")
BUDDHIST_CENTURY = 2500
# A Thai date's year of two digits is read as the Buddhist era's (CLDR th's d/M/yy: 30/7/70
# is 2570, 2027) or the common era's (an organiser's 30/07/27, meaning 2027), whichever is
# nearer the campaign's year: the two readings are 43 years apart (yy + 1957 and yy + 2000),
# so the nearer is the one within 21 years of it, and the other a date decades away that no
# one announces (30/07/27 was 2527, 1984: a 1984 flyer made with a warning, a trial). Where
# even the nearer is more than SHORT_YEAR_SPAN years from the campaign's, the date is refused
# naming both (`date_cells._short_year_far`): a typo, whichever was meant.
SHORT_YEAR_SPAN = 10


# How far before the campaign's year a two-digit year may go (the rest of the century is
# after it): ICU's SimpleDateFormat, as Java's, reads an abbreviated year "within 80 years
# before and 20 years after the time the SimpleDateFormat instance is created" (ICU4J and
# Java SE API references, SimpleDateFormat, "Year": the rule CLDR's two-digit `yy` is
# parsed by, Unicode TR35 Part 4 leaving parsing to the implementation); counted here from
# the campaign's year (campaign.yaml `year:`), not the computer's clock, so that a sheet
# reads the same on any day
TWO_DIGIT_YEARS_BEFORE = 80


def two_digit_year(two: int, near: int) -> int:
    """The year a two-digit year `two` (0 to 99) names, by TWO_DIGIT_YEARS_BEFORE: the one of
    the 100 years from `near` - 80 to `near` + 19 that ends in it (of 2024, 27 is 2027, 43 is
    2043, 44 is 1944)."""
    start = near - TWO_DIGIT_YEARS_BEFORE
    found = start - start % 100 + two
    return found if found >= start else found + 100


def short_year_readings(two: int) -> tuple[int, int]:
    """A Thai date's two-digit year's two readings in the common era: the Buddhist era's
    (25yy less 543) and the common era's (20yy)."""
    return BUDDHIST_CENTURY + two + BUDDHIST_ERA, 2000 + two


def short_year(two: int, near: int | None) -> int:
    """A Thai date's two-digit year `two` in the common era: of its two readings
    (`short_year_readings`), the one nearer `near`, the campaign's year (never a tie: they
    are 43 years apart); the Buddhist era's where no year is given."""
    buddhist, common = short_year_readings(two)
    if near is None:
        return buddhist
    return min((buddhist, common), key=lambda y: abs(y - near))


ERA_WORDS = {"th": "พ.ศ."}
# the words of a language's date that CLDR's patterns leave out, that `_month_names` reads as
# joining words for it: Vietnamese ngày (day) and năm (year), as Vietnam's Decree 30/2020/
# NĐ-CP (Appendix I) dates a document, "ngày 30 tháng 7 năm 2027" (CLDR vi.xml's dateFields
# display names Ngày and Năm); Thai วันที่ (the day's date), CLDR th's full pattern's
# "EEEEที่ d" without the day's name
OWN_DATE_WORDS = {"vi": ("ngày", "năm"), "th": ("วันที่",)}
# the weekdays' abbreviations of a language in common use that CLDR's (wide and
# abbreviated) are not (Monday 0): English Tues, Weds, Thur and Thurs besides CLDR's Tue,
# Wed and Thu (EnglishClub, "7 Days of the Week", englishclub.com; Teflpedia, "Days of the
# week": "Mon-Tues-Weds-Thurs-Fri-Sat-Sun"); an organiser's "Thurs 30/07/2026" was not read
OWN_WEEKDAY_WORDS = {"en": {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}}
# a MONTH_NUMBER word as CLDR writes it, its accents kept (the folded tháng is thang)
RAW_WORDS: dict[str, str] = {}
# The month CLDR's root writes where a locale has no month names (M07, July: Babel 2.19's
# data of 32 languages, Haitian Creole among them, whose long date is "2026 M07 30"): its M
# read as a MONTH_NUMBER word, as Vietnamese tháng, in the dates of such a locale's rows (it
# was "not a date": a name with digits was left out, and a month's word of one letter too)
ROOT_MONTH = re.compile(r"M(?:0[1-9]|1[0-2])")
ROOT_MONTH_WORD = "m"
# What a weekday's word is (CLDR's full date writes one: Thursday, 30 July 2026, jeudi 30
# juillet 2026): WEEKDAY less the day's number (Monday 0 to Sunday 6: -1000 to -1006), or
# SOME_WEEKDAY for a word of several days' names (Vietnamese thứ of Thứ Năm, Thursday)
WEEKDAY, SOME_WEEKDAY = -1000, -1010
# a week of one month (Monday 6 July 2026 to Sunday the 12th), whose full dates tell the
# weekdays' words as CLDR's full pattern writes them (Thai วันพฤหัสบดีที่, its ที่ joined)
WEEK = [date(2026, 7, 6 + n) for n in range(7)]


def _named_date(
    plain: str, months: dict[str, int], near: int | None = None
) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a date written with a month's name of `months` (folded
    names: _month_names), or a month's number after its word (30 tháng 7 năm 2027), a day
    of 1 to 31 and a year of 1900 to 2099 (a Thai row's Buddhist era's, 2443 to 2642, or
    one after พ.ศ.: BUDDHIST_ERA; a Thai row's two-digit year, `short_year`, the reading
    nearer `near`, the campaign's year), in any order, with nothing else but DATE_WORDS, an era's
    words and punctuation; None for any other text (a word that is no month's name or is
    one of two months, two numbers of a kind, no day)."""
    if not months:
        return None
    words = _date_words(ORDINAL.sub("", _folded(plain)))
    numbered = [
        int(after)
        for w, after in zip(words, words[1:], strict=False)
        if months.get(w) == MONTH_NUMBER and after.isdigit() and 1 <= int(after) <= 12
    ]
    kinds = {months.get(w) for w in words if not w.isdigit() and w not in DATE_WORDS}
    # a name of several words names its month in each (ar.yaml's تموز/يوليه)
    month = {k for k in kinds if k is None or k > 0} | set(numbered)
    numbers = [w for w in words if w.isdigit()]
    if numbered:  # tháng 7 (or 07): its number is the month's, not a day's
        numbers.pop(next(i for i, n in enumerate(numbers) if int(n) == numbered[0]))
    buddhist = BUDDHIST_ERA in kinds or (
        BUDDHIST_ERA in months.values() and COMMON_ERA not in kinds
    )
    first = 1900 - BUDDHIST_ERA if BUDDHIST_ERA in kinds else 1900
    last = 2099 - BUDDHIST_ERA if buddhist else 2099
    years = [int(n) for n in numbers if len(n) == 4 and first <= int(n) <= last]
    if buddhist and len(numbers) == 2 and all(len(n) <= 2 for n in numbers):
        # 30 ก.ค. 70: the Buddhist era's year in two digits (SHORT_DATE), after
        # the day (CLDR th's dates all write the day first), or the common era's: the one
        # nearer the campaign's year (`short_year`), already in the common era
        years = [short_year(int(numbers[1]), near)]
        numbers = [numbers[0], str(years[0])]
    elif not years and not buddhist and near is not None and _day_month_yy(words, months):
        # 30-Jul-26: Excel's d-mmm-yy (and Oracle's DD-MON-YY): the year's century by
        # `two_digit_year`
        years = [two_digit_year(int(numbers[1]), near)]
        numbers = [numbers[0], str(years[0])]
    days = [int(n) for n in numbers if len(n) <= 2 and 1 <= int(n) <= 31]
    named = month.pop() if len(month) == 1 else None
    if named is None or len(days) != 1:
        return None
    if len(numbers) != len(years) + 1 or len(years) > 1:
        return None
    year = years[0] if years else None
    if year is not None and year > 2099:  # the Buddhist era's
        year += BUDDHIST_ERA
    return year, named, days[0]


def _day_month_yy(words: list[str], months: dict[str, int]) -> bool:
    """Whether a date's words (`_date_words`) are a day, a month's name and a year of two
    digits, in that order, with weekdays' and joining words aside (30-Jul-26; Thu, 30 Jul
    26): a spreadsheet's d-mmm-yy, whose order its format fixes."""
    kept = [w for w in words if w.isdigit() or months.get(w, 0) > 0]
    return (
        len(kept) == 3
        and kept[0].isdigit()
        and len(kept[0]) <= 2
        and not kept[1].isdigit()
        and kept[2].isdigit()
        and len(kept[2]) == 2
        and all(w.isdigit() or w in months or w in DATE_WORDS for w in words)
    )


def date_parts(plain: str) -> list[str]:
    """A date cell's text in the parts that spaces, commas and brackets part it into
    (`Thu, 30/07/2026 (Thursday)`: Thu, 30/07/2026, Thursday): a numeric date is one of them."""
    return [p for p in re.split(r"[\s,()]+", plain) if p]


def weekday_apart(plain: str, months: dict[str, int]) -> str:
    """A numeric date's text without a weekday's name of `months` before or after it
    (Thu 30/07/2026, jeu. 30/07/2026, 30/07/2026 (quinta-feira), Vietnamese Thứ 5
    30/07/2026), else `plain` as it is: the numeric date is read as one written alone, and
    `weekdays` of the whole text tells whether the weekday is the date's. It was "not a
    date" (an organiser's trial)."""
    parts = date_parts(plain)
    rest: list[str] = []
    at = 0
    while at < len(parts):
        pair = "".join(_date_words(_folded(" ".join(parts[at : at + 2]))))
        if at + 1 < len(parts) and _weekday_word(pair, months):
            at += 2  # Thứ 5, Thứ Năm: a weekday's name of two words (CLDR vi's)
            continue
        words = _date_words(_folded(parts[at]))
        if not (words and all(_weekday_word(w, months) for w in words)):
            rest.append(parts[at])
        at += 1
    if len(rest) == 1 and len(rest) < len(parts) and any(c.isdigit() for c in rest[0]):
        return rest[0]
    return plain


def _weekday_word(word: str, months: dict[str, int]) -> bool:
    """Whether `word` (folded) is a weekday's word of `months` (one day's or several's)."""
    return SOME_WEEKDAY <= months.get(word, 0) <= WEEKDAY


def weekdays(plain: str, months: dict[str, int]) -> set[int]:
    """The weekdays (Monday 0 to Sunday 6) a date's text names (`plain`: its text in ASCII
    digits) by the weekdays' words of `months` (WEEKDAY: Thursday, jeudi, 星期四)."""
    words = _date_words(ORDINAL.sub("", _folded(plain)))  # 30th: not Th
    kinds = {months.get(w, 0) for w in words}
    # a name of two words, Vietnamese Thứ 5 or Thứ Năm (Thursday): `_weekday_words` joins it
    kinds |= {months.get(a + b, 0) for a, b in zip(words, words[1:], strict=False)}
    return {WEEKDAY - k for k in kinds if SOME_WEEKDAY < k <= WEEKDAY}


def _weekday_words(locale: Locale) -> dict[str, set[int]]:
    """The words (folded) of `locale`'s weekdays' names to the days they name (Monday 0):
    CLDR's (wide and abbreviated, in a date and alone; short where not Latin and without a
    digit: Thai พฤ.) and the words of its full date that only one day of WEEK writes (Thai's
    วันพฤหัสบดีที่, Chinese 日星期四: the day joined to its neighbour)."""
    from babel.dates import format_date

    found: dict[str, set[int]] = {}
    for context in locale.days.values():
        for width, names in context.items():
            if width not in ("wide", "abbreviated", "short"):  # narrow T: no date's
                continue
            for day, name in names.items():
                if width == "short" and (
                    name.isascii() or len(name.rstrip(".")) < 2 or any(c.isdigit() for c in name)
                ):
                    continue  # Latin short names, Th, je, are words of other things; Thai's
                    # พฤ. (Thursday) is how a Thai date writes its weekday (a review's)
                parts = _date_words(_folded(name))
                for word in parts:
                    if not word.isdigit():
                        found.setdefault(word, set()).add(day)
                if len(parts) > 1:  # vi's Thứ 5 and Thứ Năm (Thursday): thu5, thunam
                    found.setdefault("".join(parts), set()).add(day)
    texts = [set(_date_words(_folded(format_date(d, "full", locale=locale)))) for d in WEEK]
    for day, words in enumerate(texts):
        others = set[str]().union(*(t for n, t in enumerate(texts) if n != day))
        for word in words - others:
            if not word.isdigit():
                found.setdefault(word, set()).add(day)
    return found


def _interval_patterns(locale: Locale) -> list[str]:
    """The patterns of `locale`'s date intervals the kit prints (date_ranges.interval: the
    skeletons yMMMMd and yMMMd), each half: their words are a date's too (uk's рр., роки, the
    plural of its р. after a range of two years: 30 грудня 2027 — 2 січня 2028 рр.)."""
    found = locale.interval_formats
    return [
        str(half)
        for skeleton in ("yMMMMd", "yMMMd")
        for pieces in dict(found.get(skeleton) or {}).values()
        for half in pieces
    ]


def _pattern_words(pattern: str) -> str:
    """The words a CLDR date pattern writes besides its fields: those in its quotes (ru's
    'г'.) and those outside them, letters that are no field's (only ASCII letters are: hy's
    "y թ. MMMM d" writes թ. unquoted, and the Armenian date the kit prints, 2026 թ. հուլիսի
    30, was not a date)."""
    quoted = re.findall(r"'([^']+)'", pattern)
    bare = re.sub(r"'[^']*'|[A-Za-z]+", " ", pattern)
    return " ".join([*quoted, bare])


def _date_words(text: str) -> list[str]:
    """The words and the numbers of a date as written, in order: runs of letters with their
    marks, and runs of digits; anything else parts them. A Khmer or Lao month's vowel signs
    are marks, which a regular expression's \\w leaves out: សីហា (August) fell apart
    into pieces that other months share, and no Khmer or Lao date was read. A dot between
    letters keeps them one word (ก.ค., July: its pieces ก and ค begin other months' too)."""
    words: list[str] = []
    run: list[str] = []
    kind = ""
    for at, char in enumerate(text):
        now = "digit" if char.isdigit() else "word" if unicodedata.category(char)[0] in "LM" else ""
        if char == "." and kind == "word" and text[at + 1 : at + 2].isalpha():
            now = "word"  # a dotted abbreviation is one word: Thai ก.ค., Lao ກ.ລ., ค.ศ.
        if now != kind and run:
            words.append("".join(run))
            run = []
        kind = now
        if now:
            run.append(char)
    if run:
        words.append("".join(run))
    return words


# the calendars a row of a language reads besides the Gregorian (Amharic's Ethiopian,
# Persian's and Dari's Solar Hijri), which a date hint names on its own language's rows only
# (`_date_hints`, `own_calendar`): an Amharic row of a Thai sheet was told of the Buddhist
# era's years, where it reads the Ethiopian calendar's (an office's trial)
OWN_CALENDARS = ("am", "fa", "prs")


def own_calendar(code: str, day: date) -> str | None:
    """How a row in language `code` may write `day` in its own calendar (OWN_CALENDARS), as
    a date hint says it; None for a language of none."""
    from . import calendars, ethiopian

    if code == "am":
        y, m, d = ethiopian.to_ethiopian(day)
        return (
            "a date of the Ethiopian calendar with its month's name "
            f"({ethiopian.amharic_name(m)} {d} {y} ዓ.ም.)"
        )
    if code in OWN_CALENDARS:
        solar = calendars.solar_example(*calendars.to_solar(day))
        return f"a date of the Solar Hijri calendar ({solar})"
    return None


def _date_hints(
    example: str, months: dict[str, int], codes: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The hint of a date not read: the other spellings a date cell is read in (the
    numeric ones, _date, and a month's name when `months` has names), in `example`'s day;
    the Buddhist era's year on a Thai row (or one of no language, `codes` empty) whose
    `months` read it, the calendar of the row's languages' OWN_CALENDARS."""
    from babel import Locale

    y, m, d = (int(part) for part in example.split("-"))
    month = Locale("en").months["format"]["wide"][m]
    forms = [
        f"{d:02d}/{m:02d}/{y} (day first)",
        f"{m:02d}/{d:02d}/{y} (month first; with a day of 12 or less, only when another date "
        "of the column tells which comes first)",
    ]
    if months:
        forms.append(f"{d} {month} {y} (a month's name in English or the row's language)")
    numbered = [
        RAW_WORDS.get(w, w) for w, k in months.items() if k == MONTH_NUMBER and w != ROOT_MONTH_WORD
    ]
    if numbered:  # vi: 30 tháng 7 năm 2027
        word = max(numbered, key=len)
        forms.append(f"{d} {word} {m} {y} (the month's number after its word)")
    bases = {code.replace("_", "-").split("-")[0] for code in codes}
    if BUDDHIST_ERA in months.values() and (not codes or "th" in bases):  # 2570 is 2027
        forms.append(f"a year of the Buddhist era ({y - BUDDHIST_ERA}, พ.ศ. {y - BUDDHIST_ERA})")
    own = (own_calendar(base, date(y, m, d)) for base in sorted(bases & set(OWN_CALENDARS)))
    forms += sorted({form for form in own if form})
    if len(forms) == 2:  # the numeric forms alone
        return ("also read: " + ", ".join(forms),)
    return ("also read: " + ", ".join(forms[:-1]) + " and " + forms[-1],)


def _month_names(languages: Iterable[str], kit: Kit) -> dict[str, int]:
    """The months' names (folded: _folded) of `languages` and English, to the months'
    numbers: CLDR's (wide and abbreviated, as a date and alone) and a strings file's
    `months:`; a name two months share (pt's out. for outubro, ht's out for August) is
    left out, as is a name with digits, CLDR root's M07 aside (ROOT_MONTH: its M is a
    MONTH_NUMBER word)."""
    own = tuple((c, kit.languages[c].months if c in kit.languages else ()) for c in languages)
    return _names_of_months((("en", ()), ("en-GB", ()), *own))  # en-GB: Sept


@functools.cache
def _names_of_months(languages: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, int]:
    from babel import Locale, UnknownLocaleError

    found: dict[str, set[int]] = {}
    joining: set[str] = set()
    numbered: set[str] = set()  # MONTH_NUMBER's words
    days: dict[str, set[int]] = {}  # the weekdays' words
    common: set[str] = set()  # COMMON_ERA's
    buddhist: set[str] = set()  # BUDDHIST_ERA's
    for code, own in languages:
        names: list[tuple[int, str]] = [(n + 1, name) for n, name in enumerate(own)]
        eras: list[str] = []
        try:
            locale = Locale.parse(code.replace("-", "_"))
            contexts = list(locale.months.values())
            patterns = [locale.date_formats[w].pattern for w in ("full", "long", "medium")]
            patterns += _interval_patterns(locale)  # uk's рр. of a range of two years
            eras = [locale.eras[w][1] for w in ("abbreviated", "wide")]  # ค.ศ., SCN
            for word, its_days in _weekday_words(locale).items():
                days.setdefault(word, set()).update(its_days)
        except (UnknownLocaleError, ValueError, KeyError):
            contexts, patterns = [], []
        for context in contexts:
            for width in ("wide", "abbreviated"):
                names += list(context.get(width, {}).items())
        mine: dict[str, set[int]] = {}
        for month, name in names:
            words = _date_words(_folded(name))
            if len(words) > 1 and words[-1].isdigit() and int(words[-1]) == month:
                # tháng 7, thg 7 (CLDR vi's): the words before a month's number
                for word, raw in zip(words[:-1], _date_words(name.casefold()), strict=False):
                    if len(word) > 1 and word.isalpha():
                        numbered.add(word)
                        RAW_WORDS.setdefault(word, raw)  # tháng, for the hint
                if ROOT_MONTH.fullmatch(name):  # M07: CLDR root's, in a locale without names
                    numbered.add(ROOT_MONTH_WORD)
                continue
            for word in words:
                if not any(c.isdigit() for c in word):
                    mine.setdefault(word, set()).add(month)
        for era in eras:
            common.update(_date_words(_folded(era)))
        base = code.split("-")[0]
        buddhist.update(_date_words(_folded(ERA_WORDS.get(base, ""))))
        for word in OWN_DATE_WORDS.get(base, ()):
            joining.update(_date_words(_folded(word)))
        for word, months in mine.items():  # d' of Catalan's d'agost and d'abril: a joiner
            (joining.add(word) if len(months) > 1 else found.setdefault(word, set()).update(months))
        for pattern in patterns:  # CLDR's words of a date: ru's 'г'. (год), hy's թ.
            joining.update(_date_words(_folded(_pattern_words(pattern))))
    for code, _ in languages:
        for word, day in OWN_WEEKDAY_WORDS.get(code.split("-")[0], {}).items():
            days.setdefault(word, set()).add(day)
    named = {word: next(iter(ms)) for word, ms in found.items() if len(ms) == 1}
    others = {
        **{w: WEEKDAY - min(ds) if len(ds) == 1 else SOME_WEEKDAY for w, ds in days.items()},
        **dict.fromkeys(joining, JOINING),
        **dict.fromkeys(numbered, MONTH_NUMBER),
        **dict.fromkeys(common, COMMON_ERA),
        **dict.fromkeys(buddhist, BUDDHIST_ERA),
    }
    return {**{w: k for w, k in others.items() if w not in named}, **named}


def other_languages_month(
    plain: str,
    codes: tuple[str, ...],
    others: tuple[tuple[str, tuple[str, ...]], ...],
    near: int,
) -> str | None:
    """The hint of a date not read (`plain`, ASCII digits) that a kit language not the row's
    reads (`others`: each kit language's code and its strings file's `months:`, CLDR's
    names besides): the date it is there and the fix, to write it, or to give the row that
    language; the row's `codes` and English are the languages whose months a row reads (a
    Swahili row's 30 juillet 2027 was "not a date", the hint saying only "a month's name in
    English or the row's language"). None where no other kit language reads it."""
    from babel import Locale

    readers: dict[tuple[int | None, int, int], list[str]] = {}
    for code, own in others:
        if code in codes:
            continue
        named = _named_date(plain, _names_of_months(((code, own),)), near)
        if named is not None:
            readers.setdefault(named, []).append(code)
    if len(readers) != 1:  # none, or two languages reading two dates: nothing to say
        return None
    ((found, langs),) = readers.items()
    y, m, d = found
    month = Locale("en").months["format"]["wide"][m]
    names = " and ".join(f"{_english_name(c)} ({c})" for c in langs)
    day = f"{y:04d}-{m:02d}-{d:02d}" if y is not None else f"{d} {month}, no year"
    write = f"write {day}" if y is not None else "write it with its year as YYYY-MM-DD"
    fix = (
        f"{write}, or give the row the language {langs[0]} if the event is in "
        f"{_english_name(langs[0])}"
    )
    row = ", ".join(codes) if codes else "none known"
    return (
        f"its month is named in {names}: read so, {day}; a row reads the months' names of "
        f"English and its own languages ({row}): {fix}"
    )


def _english_name(code: str) -> str:
    """Language `code`'s English name (CLDR's), else the code."""
    from ..langnames import language_names

    names = language_names(code)
    return names[0] if names else code
