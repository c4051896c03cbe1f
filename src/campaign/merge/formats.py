"""Dates and times written as each language writes them (`_format`: Babel, from the Unicode
CLDR, in the language's digits: `_digits`), with the Buddhist era of a Thai row, the Solar
Hijri calendar of a Persian one, a region's own date (`_locale`, `_regional`) and the
kit's clock patterns (`_clock_pattern`, `_own_script_clock`); a language whose CLDR data has
no times of its own prints CLDR root's, unsourced for it (UNSOURCED_TIMES: Haitian Creole).
"""

from __future__ import annotations

import re
from datetime import date, time
from functools import lru_cache
from typing import Any

from ..text.scripts import cldr_digits, localise_digits
from .calendars import long_date as solar_long_date
from .calendars import solar_calendar
from .fields import LOCALES
from .written_dates import BUDDHIST_ERA

# The kit's languages whose times have no source of their own, printed as CLDR's root writes
# a time. Haitian Creole: Babel's CLDR ht (2.19) has no time formats, day periods or
# date-time joins of its own (its locale data holds none: a test checks it), so a Haitian
# row's time prints as root's, 24 hours, 18:30–20:00, with root's AM and PM; the Unicode
# CLDR's JSON data for ht (unicode-org/cldr-json, cldr-dates-full/main/ht/ca-gregorian.json,
# as read in December 2026) is French's, inherited (its identity's language "fr": HH:mm,
# "{1} 'à' {0}", matin and soir), not Haitian words. Learners' pages write spoken hours on 12
# hours with a part of the day (uitè dimaten, twazè nan aprèmidi, dizè nan aswè: rise2haitian
# creole.com's "Telling Time in Haitian Creole"; aprannkreyolayisyen.blogspot.com, November
# 2015), which is speech, not how a notice prints a time; no Haitian style guide or
# dictionary was found that writes hours in digits, 12 or 24. So the 24 hours are root's,
# unsourced for Haitian Creole, and the merge reads none of those spoken words (8è di
# maten, soti 8:00 rive 10:00: refused, their words named). A Haitian reviewer's `clock: 12`
# in ht.yaml would print CLDR root's 12-hour time (6:30 PM).
UNSOURCED_TIMES = frozenset({"ht"})


# A merge reads its rows again at each pass (Records: check, plan, draw, stamp), and its events
# share dates and times: each (value, language) is formatted once per process, the 1,024 most
# recent kept (Babel's formatting was 80 of a row's 140 us, at each of five passes).
@lru_cache(maxsize=1024)
def _format(
    value: date | time | tuple[time, time] | tuple[date, date],
    what: str,
    code: str,
    digits: str,
    months: tuple[str, ...] = (),
    region: str = "",
    clock: int | None = None,
) -> str:
    """A date (`what` "date", long: 30 July 2024), an event's first and last days ("dates":
    29 – 30 July 2024, a thin space each side of the dash, CLDR's date interval,
    date_ranges.interval), a time ("time", short: 18:30) or a range of two ("interval":
    18:00–20:00, 6:00–8:00 PM, 18:00 – 20:00 as CLDR's interval formats write the
    language's hours) as `code` writes it, in `digits`
    (`_digits`); a date with the language's own month names (`months`, Language.months:
    CLDR's in their place). With a `region` (the row's, ISO 3166), as the language is
    written there where CLDR has it (en and US: July 30, 2024, 6:00–8:00 PM), else as the
    language's own. A time or a range
    counts the hours `clock` gives (12 or 24: Language.clock), where it gives them, in the
    locale's own form of such a time (`_clock_pattern`)."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_time

    locale = _locale(code, region)
    clock = clock or _own_script_clock(locale)
    try:
        solar = what == "date" and isinstance(value, date) and solar_calendar(code, region)
        if solar and isinstance(value, date):  # ۸ مرداد ۱۴۰۵
            return localise_digits(solar_long_date(value, code, region), digits, False)
        if what == "dates" and isinstance(value, tuple) and isinstance(value[0], date):
            from .date_ranges import interval

            assert isinstance(value[1], date)
            text = interval(value[0], value[1], code, region, months)
        elif what == "date":
            text = _long_date(value, code, region, locale, months)
        elif what == "interval":
            assert isinstance(value, tuple)
            assert isinstance(value[0], time)
            assert isinstance(value[1], time)
            text = _interval(value[0], value[1], locale, clock)
        else:
            short = _clock_pattern(locale, clock) if clock else "short"
            text = format_time(value, format=short, locale=locale)  # type: ignore[arg-type]
    except (UnknownLocaleError, ValueError):
        if isinstance(value, tuple) and what == "dates":
            text = f"{value[0].isoformat()[:10]}\u2013{value[1].isoformat()[:10]}"
        elif isinstance(value, tuple):
            text = f"{value[0]:%H:%M}\u2013{value[1]:%H:%M}"
        else:
            text = value.isoformat()[:10] if what == "date" else value.strftime("%H:%M")
    return localise_digits(text, digits, latin_text=False)  # CLDR's: its PM is no text


def _long_date(
    value: date | time | tuple[time, time] | tuple[date, date],
    code: str,
    region: str,
    locale: str,
    months: tuple[str, ...],
) -> str:
    """A date in `locale`'s long form (30 July 2024), a Thai one's year in the Buddhist era
    where `region` prints it so, with the language's own month names (`months`) in place of
    CLDR's. Where CLDR's data has no name for the date's month (`_no_month_names`: its long
    form would write root's placeholder, Dhivehi's "30 M07 2027"), the language's own
    `months` give a date day, month, year, as the UN writes dates (30 jiyè 2024); without
    them the date is written in numbers (`_numeric_pattern`: its short form with the year
    in four digits, Dhivehi's 30-7-2027 where CLDR's is 30-7-27, else ISO 8601's
    2027-07-30)."""
    from babel.dates import format_date

    bare = isinstance(value, date) and _no_month_names(locale, value.month)
    long = "d MMMM y" if bare and months else _numeric_pattern(locale) if bare else "long"
    if _buddhist_calendar(code, region) and isinstance(value, date) and (months or not bare):
        long = _buddhist_pattern(locale, value.year, code)
    if long == "long" and isinstance(value, date) and value.day == 1:
        long = _first_day_pattern(locale)  # French's 1er août 2027
    text = format_date(value, format=long, locale=locale)  # type: ignore[arg-type]
    if months and isinstance(value, date):
        text = _own_month(text, value.month, locale, months[value.month - 1])
    return text


# The first day of a month as a language writes it in a date, an ordinal where CLDR's date
# formats write the number alone (they have no ordinal: Babel writes "1 août 2027"): French
# 1er (the Imprimerie nationale's Lexique des règles typographiques en usage à
# l'Imprimerie nationale: "le 1er mai"; a Dakar office's trial saw "1 août 2027"), in every
# French locale (fr_CA, fr_SN), by language
FIRST_DAY = {"fr": "1er"}


def _first_day_pattern(locale: str) -> str:
    """`locale`'s long date pattern for the first day of a month: its day field written
    as the language's FIRST_DAY (French: d MMMM y as '1er' MMMM y); the pattern's name,
    "long", for a language without one."""
    from babel import Locale
    from babel.dates import tokenize_pattern, untokenize_pattern

    first = FIRST_DAY.get(locale.split("_")[0])
    if first is None:
        return "long"
    tokens = tokenize_pattern(Locale.parse(locale).date_formats["long"].pattern)
    return untokenize_pattern(
        [
            ("chars", first) if kind == "field" and value[0] == "d" else (kind, value)
            for kind, value in tokens
        ]
    )


def _interval(start: time, end: time, locale: str, clock: int | None) -> str:
    """A range of two times as CLDR's interval formats write `locale`'s hours (`clock`: 12
    or 24, else the locale's own). Past midnight on a 12-hour clock, CLDR's interval shares
    a half-day mark its two times have alike (10 am to 0:30 am: "10:00 - 12:30 AM", a
    morning), though the end is the next day's (an organiser's trial): each time is written
    whole."""
    from babel import Locale
    from babel.dates import format_interval, format_time

    skeleton = {12: "hm", 24: "Hm"}.get(clock or 0) or _hour_skeleton(locale)
    if end < start and skeleton == "hm":
        joined = Locale.parse(locale).interval_formats.get(None) or "{0} - {1}"
        short = _clock_pattern(locale, clock) if clock else "short"
        return joined.format(
            format_time(start, format=short, locale=locale),
            format_time(end, format=short, locale=locale),
        )
    try:
        return format_interval(start, end, skeleton=skeleton, locale=locale)
    except NotImplementedError:  # a field Babel cannot compare: zh-Hant's B (傍晚, 晚上)
        return _interval_by_fields(start, end, skeleton, locale)


def _interval_by_fields(start: time, end: time, skeleton: str, locale: str) -> str:
    """A range of two times by `locale`'s interval format for `skeleton`, as Babel's
    format_interval picks it (the format of the first field, largest first, whose value
    differs between the two times), each field compared as written: Babel 2.19 cannot
    compare a flexible day period (B), which zh-Hant's hm interval has (Taiwan's
    下午6:00至晚上8:00): a zh-Hant row with a range of times was an internal error."""
    from babel import Locale
    from babel.dates import PATTERN_CHAR_ORDER, format_time

    formats = Locale.parse(locale).interval_formats.get(skeleton) or {}
    for field in PATTERN_CHAR_ORDER:
        if field in formats and format_time(start, field, locale=locale) != format_time(
            end, field, locale=locale
        ):
            halves = zip(formats[field], (start, end), strict=False)  # Babel's two parts
            return "".join(format_time(t, p, locale=locale) for p, t in halves)
    return str(format_time(start, "short", locale=locale))


# The calendar a date is printed in: Thailand's is the Buddhist (CLDR supplementalData.xml's
# calendarPreferenceData gives TH "buddhist gregorian"; Thai public materials date so). A
# Thai row's dates are printed in it (พ.ศ. 2570), and any row's whose date_region is TH; a
# Thai row with another country's date_region in the Gregorian. Babel loads the Gregorian
# calendar alone: its long pattern is taken, its era and year written in (CLDR th.xml's
# buddhist eraAbbr พ.ศ.; root.xml's BE for the other languages), as CLDR's buddhist
# dateFormats do (th's long "d MMMM G y", the generic "d MMMM y G" of en-GB).
BUDDHIST_REGIONS = frozenset({"TH"})
BUDDHIST_ERA_NAMES = {"th": "พ.ศ."}
BUDDHIST_ERA_NAME = "BE"  # CLDR root's


def _buddhist_calendar(code: str, region: str) -> bool:
    """Whether a row's date in language `code` is printed in the Buddhist era: its
    `region` (date_region) is BUDDHIST_REGIONS', or it has none and the language is Thai."""
    base = code.replace("-", "_").split("_")[0]
    return region in BUDDHIST_REGIONS if region else base == "th"


def _buddhist_pattern(locale: str, year: int, code: str) -> str:
    """`locale`'s long date pattern with the Buddhist era's year (`year` of the common era
    plus 543) and era's name as quoted literals: its era field (G, ค.ศ. in th) becomes the
    era's name; a pattern without one has the name after the year."""
    from babel import Locale
    from babel.dates import tokenize_pattern, untokenize_pattern

    era = BUDDHIST_ERA_NAMES.get(code.replace("-", "_").split("_")[0], BUDDHIST_ERA_NAME)
    tokens = tokenize_pattern(Locale.parse(locale).date_formats["long"].pattern)
    has_era = any(kind == "field" and value[0] == "G" for kind, value in tokens)
    out: list[tuple[str, Any]] = []
    for kind, value in tokens:
        if kind == "field" and value[0] == "G":
            out.append(("chars", era))
        elif kind == "field" and value[0] in "yY":
            out.append(("chars", str(year - BUDDHIST_ERA)))
            if not has_era:
                out.append(("chars", f"\u00a0{era}"))
        else:
            out.append((kind, value))
    return str(untokenize_pattern(out))


def _locale(code: str, region: str = "") -> str:
    """The CLDR locale a language's dates and times are written in: the language as `region`
    writes it where CLDR has that locale (en_US, fr_CA, es_US), else the kit's choice for
    the language (LOCALES: British English for en) or the language's own."""
    return _regional(code, region) or LOCALES.get(code, code.replace("-", "_"))


@lru_cache(maxsize=256)
def _regional(code: str, region: str) -> str | None:
    """The CLDR locale of language `code` as `region` writes it (en_US, ar_MA), where CLDR
    has it; None without a region, or for a language CLDR does not write there (ar_US). A
    language is written there in its own script (`_script`: zh-Hant's Hant, zh's Hans): the
    locale of that script in the region (zh-Hant in HK: zh_Hant_HK, day first, 下午 for the
    afternoon; zh in HK: zh_Hans_HK), or the region's own where it writes that script (en_US),
    never another script's (zh-Hant in CN: None, not zh_CN's Simplified). zh-Hant in HK had
    Taiwan's formats, its script ignored."""
    from babel import localedata

    if not region:
        return None
    base, script = _script(code)
    names = ([f"{base}_{script}_{region}"] if script else []) + [f"{base}_{region}"]
    return next((n for n in names if localedata.exists(n) and _script(n)[1] == script), None)


@lru_cache(maxsize=256)
def _script(code: str) -> tuple[str, str]:
    """A language tag's language and the script it is written in (ISO 15924): its own
    script subtag (zh-Hant, sr_Latn_RS), else the one CLDR's likely subtags give the tag
    (zh_HK: Hant, en_US: Latn) or its language (zh: Hans, sr: Cyrl); "" where CLDR gives
    none."""
    from babel.core import get_global

    parts = code.replace("-", "_").split("_")
    own = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    if own:
        return parts[0], own
    likely = get_global("likely_subtags")
    found = str(likely.get("_".join(parts)) or likely.get(parts[0]) or "").split("_")
    return parts[0], found[1] if len(found) >= 3 else ""


def _digits(code: str, own: str, region: str = "") -> str:
    """The digits a row's dates and times are written in for language `code`: as its
    `region` writes them where CLDR has the language there (its default numbering system:
    ar in MA, DZ or TN Latin digits, ar in SA Arabic-Indic ones, bn in IN Latin ones), else
    the language's own (`own`: its strings file's `digits:`). The language's home region
    (CLDR's likely subtags: ar_EG, km_KH, ur_PK) keeps the language's own digits: they are
    the translators' choice for the language where it is most written, and a Cambodian
    event would otherwise print its date in Latin digits beside the flyer's Khmer ones (CLDR
    gives km_KH latn). ar and MA printed ٣٠ (the kit's Arabic digits) where Morocco writes
    30."""
    regional = _regional(code, region)
    if regional is None or _home(code) == region:
        return own
    return cldr_digits(regional) or own


def _home(code: str) -> str | None:
    """The region a language is most written in (CLDR's likely subtags: ar -> EG, km -> KH,
    en -> US; of its script where it names one: zh-Hant -> TW), or None where CLDR does not
    say."""
    from babel.core import get_global

    base, script = _script(code)
    subtags = get_global("likely_subtags")
    likely = subtags.get(f"{base}_{script}") or subtags.get(base)  # zh-Hant: TW, zh: CN
    return str(likely).split("_")[-1] if likely else None


def _own_month(text: str, month: int, locale: str, name: str) -> str:
    """A date CLDR wrote with its month name in `locale`'s long form, with `name` in its
    place (the form a date takes, format context; CLDR root's M07 where the locale has no
    names of its own, as Babel's data gives it)."""
    from babel import Locale

    cldr = Locale.parse(locale).months["format"]["wide"][month]
    return text.replace(cldr, name, 1) if cldr in text else text


@lru_cache(maxsize=64)
def _clock_pattern(locale: str, clock: int) -> str:
    """The CLDR pattern of a time of `clock` hours (12 or 24) in `locale`: its own short
    time where that counts them so, else its available format for the skeleton (hm: en_GB's
    h:mm a; Hm: en_US's HH:mm; Babel 2.19's data), else h:mm a or HH:mm. Babel's
    `format_skeleton` is not used: for Amharic's Hm it wrote "14:30 ከሰዓት"."""
    from babel import Locale

    loc = Locale.parse(locale)
    short: str = loc.time_formats["short"].pattern
    if _hour_skeleton(locale) == ("hm" if clock == 12 else "Hm"):
        return short
    skeleton = "hm" if clock == 12 else "Hm"
    found = loc.datetime_skeletons.get(skeleton)
    pattern: str = found.pattern if found is not None else ("h:mm a" if clock == 12 else "HH:mm")
    return pattern


@lru_cache(maxsize=64)
def _own_script_clock(locale: str) -> int | None:
    """24 where `locale`'s short time names its half of the day in Latin letters and the
    language is written in another script (CLDR's likely subtags: km_Khmr, bn_Beng, hi_Deva,
    ur_Arab), else None (CLDR's own clock). CLDR km, bn, hi and ur have only abbreviated
    day periods, AM and PM in Latin (Babel 2.19's data: no wide name in their script), and a
    Khmer time printed "២:០០ PM" (a regional office's trial); their own Hm format, the
    24-hour clock that Cambodian, Bangladeshi and Indian print also uses, has no Latin word.
    A strings file's `clock: 12` keeps CLDR's 12 hours."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.dates import tokenize_pattern

    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return None
    fields = {v[0] for k, v in tokenize_pattern(loc.time_formats["short"].pattern) if k == "field"}
    if not fields & {"a", "b", "B"}:
        return None
    likely = str(get_global("likely_subtags").get(loc.language, ""))
    script = likely.split("_")[1] if likely.count("_") >= 2 else ""
    names = [loc.day_periods["format"]["abbreviated"].get(h, "") for h in ("am", "pm")]
    latin = all(n.isascii() and n.isalpha() for n in names if n)
    return 24 if script and script != "Latn" and latin else None


@lru_cache(maxsize=64)
def _hour_skeleton(locale: str) -> str:
    """The CLDR skeleton of hours and minutes as `locale` writes a short time: "hm" where its
    clock counts 12 hours (en-US, ar: h:mm a), "Hm" where it counts 24 (en-GB, fr: HH:mm)."""
    from babel import Locale

    pattern = Locale.parse(locale).time_formats["short"].pattern
    symbols = re.sub(r"'[^']*'", "", pattern)  # not a quoted literal: fr_CA's "HH 'h' mm"
    return "hm" if "h" in symbols or "K" in symbols else "Hm"


# The locales of Babel's data whose months have no names of their own, as CLDR root writes
# them ("M07" for July): Babel 2.19.0's data (CLDR 49), every one of
# babel.localedata.locale_identifiers() (1,147) read on 7 December 2026: 103 locales, of
# these 42 and their regions (dv_MV, ht_HT, sid_ET...). Each writes its long date with the
# placeholder (ht "2027 M07 30", dv "30 M07 2027", mic "M07 30, 2027"); three write a
# two-digit year in their short date (dv d-M-yy, sat_Deva d/M/yy, sid dd/MM/yy). Kako (kkj)
# lacks November's name alone (M11). A test keeps this list to Babel's data; the merge
# judges each locale by its data (`_no_month_names`), not by the list.
WITHOUT_MONTH_NAMES = (
    "ann arn ary az_Arab bgn blt bm_Nkoo bss cho dv ht io isv iu_Latn jbo kaa_Latn ken kpe "
    "ku_Arab mdf mhn mic mn_Mong mni_Mtei moh nv oka pi rhg sat_Deva sdh sgs sid sma smj sms "
    "suz vai_Latn wa wbp xdq zh_Latn"
).split()
PLACEHOLDER_MONTH = re.compile(r"M\d{2}")  # CLDR root's month name: M01 to M12


@lru_cache(maxsize=256)
def _no_month_names(locale: str, month: int = 7) -> bool:
    """Whether Babel's data for `locale` lacks the name of `month` (1 to 12): its name in a
    date is CLDR root's placeholder, "M07" (WITHOUT_MONTH_NAMES; kkj's November). False for
    a locale Babel does not know (`_format` falls back on its own)."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(locale).months["format"]["wide"].get(month, "")
    except (UnknownLocaleError, ValueError, KeyError):
        return False
    return bool(PLACEHOLDER_MONTH.fullmatch(str(name)))


@lru_cache(maxsize=64)
def _numeric_pattern(locale: str) -> str:
    """The pattern of a date in numbers that can be read one way only, for a locale without
    month names: its short date where that writes the day, the month and the year in that
    order or the other way round, with the year in four digits (Dhivehi's d-M-yy: 30-7-27,
    which reads as 2030 as well, is written d-M-y: 30-7-2027), else ISO 8601's (y-MM-dd:
    2027-07-30), root's short date."""
    from babel import Locale
    from babel.dates import tokenize_pattern, untokenize_pattern

    tokens = tokenize_pattern(Locale.parse(locale).date_formats["short"].pattern)
    order = [v[0] for k, v in tokens if k == "field"]
    if order not in (["d", "M", "y"], ["y", "M", "d"]):
        return "y-MM-dd"
    wide = [("field", ("y", 1)) if k == "field" and v[0] == "y" else (k, v) for k, v in tokens]
    return str(untokenize_pattern(wide))
