"""The month an event's date names, against the kit's own texts: a language whose Unicode CLDR
data has no month names prints its events' dates in numbers (Dhivehi's 30-7-2027:
formats._numeric_pattern), and one whose CLDR month names are not those its texts write
prints a date naming the month otherwise (Sinhala: CLDR's ඇසළ, the traditional name, where
the `day` string writes ජූලි). Each is a `strings.months` warning at the language's strings
file naming `months:` (`month_warning`), which the merge gives for its rows' languages
(`merged_month_warnings`) and `new language` for the new one (`unnamed_months`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..dates import CAMPAIGN_DAY
from ..diagnostics import Collector, Diagnostic, Mark, Severity, Subject
from ..model import Kit, Language, StringEntry

# A text's parts, as the kit's strings part them: "World Day ... · 30 July", "... – 30 ጁላይ"
PARTS = re.compile(r"\s*[·•–—|]\s*")
NUMBER = re.compile(r"\d+")  # in any script's digits: int() reads them


def merged_month_warnings(kit: Kit, codes: Iterable[str], year: int, errs: Collector) -> None:
    """A `strings.months` warning (`month_warning`) for each language of `codes` (a merge's
    rows'), once, with an example date of the campaign's day in `year` (its events')."""
    source = kit.languages.get(kit.campaign.source_language)
    for code in dict.fromkeys(codes):
        lang = kit.languages.get(code)
        found = month_warning(lang, source, year) if lang is not None else None
        if found is not None:
            errs.add(found)


def month_warning(lang: Language, source: Language | None, year: int) -> Diagnostic | None:
    """A `strings.months` warning for language `lang` where its events' dates name no month
    (`_no_names`: CLDR has none, and its strings file no `months:`), or name the campaign's
    month otherwise than its text of the campaign's day (`_other_name`: the `day` string's);
    None otherwise, for a pseudo-locale and for a language whose dates are of another
    calendar (Persian's Solar Hijri: its months are not the day string's July)."""
    from .calendars import solar_calendar

    if lang.pseudo or solar_calendar(lang.code, ""):
        return None
    said = _day_text(lang, source)
    if not lang.months:
        found = _no_names(lang.code, lang.name, lang.path, lang.digits, year, said)
        if found is not None:
            return found
    return _other_name(lang, year, said) if said is not None else None


def unnamed_months(
    code: str, name: str, path: Path, mark: Mark, digits: str, year: int
) -> list[Diagnostic]:
    """`new language`'s `strings.months` warning, at `mark` of the new strings file at
    `path`, where CLDR has no month names for `code` (`_no_names`)."""
    found = _no_names(code, name, path, digits, year, None, mark)
    return [found] if found is not None else []


def _no_names(
    code: str,
    name: str,
    path: Path,
    digits: str,
    year: int,
    said: tuple[StringEntry, str, str] | None,
    mark: Mark | None = None,
) -> Diagnostic | None:
    """A warning that `code`'s event dates print in numbers, where CLDR has no name for a
    month of the language (formats._no_month_names: Dhivehi's are all "M01" to "M12"), with
    the campaign's day in `year` as it prints (30 July 2027 as 30-7-2027) and, where the `day`
    string (`said`: its entry, its date and its month's word) names the month, the date
    with that name; at `mark`, else at the file's `language:`."""
    from ..pipeline.kit_warnings import language_line
    from .formats import _format, _locale, _no_month_names

    locale = _locale(code)
    lacking = [m for m in range(1, 13) if _no_month_names(locale, m)]
    if not lacking:
        return None
    month = CAMPAIGN_DAY[0] if CAMPAIGN_DAY[0] in lacking else lacking[0]
    day = date(year, month, CAMPAIGN_DAY[1] if month != 2 else 28)
    english = f"{day.day} {_english_month(month)} {year}"
    which = "month names" if len(lacking) == 12 else f"name of {_english_months(lacking)}"
    word = said[2] if said is not None and month == CAMPAIGN_DAY[0] else ""
    own = ""
    if word:
        named = tuple(word if m == month else f"M{m:02d}" for m in range(1, 13))
        own = f"; the date then prints {_format(day, 'date', code, digits, named)}"
    example = f", {_english_month(month)}'s as the `day` string writes it: {word}" if word else ""
    return Diagnostic(
        "strings.months",
        f"the Unicode CLDR has no {which} for {name} ({code}): an event's date prints in "
        f"numbers, {english} as {_format(day, 'date', code, digits)}",
        mark or language_line(path),
        (
            f"give the twelve month names, January first, as a date writes them, under "
            f"`months:` in {path.name} (`months: [<January>, <February>, ..., <December>]`"
            f"{example}){own}",
        ),
        Severity.WARNING,
        Subject(language=code),
    )


def _other_name(lang: Language, year: int, said: tuple[StringEntry, str, str]) -> Diagnostic | None:
    """A warning where the campaign's day in `year`, as `lang` prints an event's date, names
    its month otherwise than the `day` string's date (`said`): Sinhala's 2027 ඇසළ 30 (CLDR's
    name, format and stand-alone, wide and abbreviated alike in Babel 2.19's data) beside ජූලි
    30. None where the date writes the month in numbers (zh's 2027年7月30日) or the day string
    has the date's name (in any case)."""
    from .formats import _format

    entry, written, word = said
    day = date(year, *CAMPAIGN_DAY)
    printed = _format(day, "date", lang.code, lang.digits, lang.months)
    name = _printed_name(lang, day, printed)
    texts = (entry.text, entry.short or "")
    if not name or any(name.casefold() in t.casefold() for t in texts):
        return None
    whose = "`months:`'s" if lang.months else "the Unicode CLDR's"
    return Diagnostic(
        "strings.months",
        f"an event's date names the month otherwise than the `day` string: "
        f"{day.day} {_english_month(day.month)} {year} prints as '{printed}' ({whose} {name}), "
        f"and the `day` string writes '{written}'",
        entry.place_of(written),
        (
            "to print the `day` string's month names in event dates, give the twelve, January "
            f"first, under `months:` in {lang.path.name}"
            + (f" ({_english_month(day.month)}'s: {word})" if word else "")
            + f"; or, if {name} is right, write the `day` string with it",
        ),
        Severity.WARNING,
        Subject(language=lang.code),
    )


def _printed_name(lang: Language, day: date, printed: str) -> str | None:
    """The month's name `printed` (the date of `day` as `lang` prints it) writes: its
    `months:` entry, else CLDR's name of the long date's month field (MMMM, LLL...); None
    where that writes the month in numbers (M, MM: zh's 7月)."""
    from babel import Locale
    from babel.dates import format_date, tokenize_pattern

    from .formats import _locale

    if lang.months and lang.months[day.month - 1] in printed:
        return lang.months[day.month - 1]
    locale = _locale(lang.code)
    pattern = Locale.parse(locale).date_formats["long"].pattern
    for kind, value in tokenize_pattern(pattern):
        if kind == "field" and value[0] in "ML":
            field, width = str(value[0]), int(value[1])
            return str(format_date(day, field * width, locale=locale)) if width >= 3 else None
    return None


def _day_text(lang: Language, source: Language | None) -> tuple[StringEntry, str, str] | None:
    """The language's text of the campaign's day (a string whose source text writes it, as
    the source language writes a day and a month: en's "30 July", the kit's `day`), its part
    that writes the date ('ජූලි 30' of "... · ජූලි 30") and that part's word beside the day
    (ජූලි; "" where it has several: "de julio"); None where no string writes the day, the
    language's is the source's very text (not translated), or its part has no letters."""
    if source is None:
        return None
    for key, entry in lang.strings.items():
        theirs = source.strings.get(key)
        if theirs is None or theirs.text == entry.text or not _writes_day(theirs.text, source):
            continue
        for part in PARTS.split(entry.text):
            days = [n for n in NUMBER.findall(part) if int(n) == CAMPAIGN_DAY[1]]
            rest = NUMBER.sub(" ", part).split()
            if days and any(ch.isalpha() for ch in "".join(rest)):
                return entry, part.strip(), rest[0] if len(rest) == 1 else ""
    return None


def _writes_day(text: str, source: Language) -> bool:
    """Whether the source language's `text` writes the campaign's day as the language writes
    a day and a month (CLDR's MMMMd: en_GB's "30 July")."""
    from babel.dates import format_skeleton

    from .formats import _locale

    day = date(2000, *CAMPAIGN_DAY)
    return str(format_skeleton("MMMMd", day, locale=_locale(source.code))) in text


def _english_month(month: int) -> str:
    from babel import Locale

    return str(Locale("en").months["format"]["wide"][month])


def _english_months(months: list[int]) -> str:
    return ", ".join(_english_month(m) for m in months)
