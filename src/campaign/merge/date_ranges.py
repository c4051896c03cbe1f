"""An event of several days: a date cell that gives its first and last days read as two
dates (`halves`: 29-30 July 2027, 29 July - 2 August 2027, 2027-07-29/2027-07-30, each
half in a form the date reader takes, the first completed from the last and before it:
`completed`, 30 December - 2 January 2028 from 30 December 2027, 29/07 - 30/07/2027; or the
last from the first, as zh and ne print it: `last_completed`, 2027年7月29日 – 30日; a date, a
dash and a time is none: `time_after`), and the two written as
CLDR's date interval format writes them in a language (`interval`, in English
"29\u2009–\u200930\u00a0July 2027": a THIN SPACE each side of the dash, a NO-BREAK SPACE
after the day; French "29–30\u00a0juillet 2027"; "July 29\u2009–\u200930, 2027" in the US),
or as two long dates where CLDR's pattern writes the date otherwise (Somali's
"Luulyo 29, 2027\u2009–\u2009Agosto 2, 2027", its long date month first).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from .data import Cell
from .fields import Bad, _ascii_digits, _folded, _text

# ISO 8601's interval of two dates, start/end (its 4.4.4.1; its 4.4.4.5 lets the end leave
# out what it shares with the start: 2027-07-29/30, 2027-07-29/08-02)
ISO_INTERVAL = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\s*/\s*((?:(?:\d{4}-)?\d{1,2}-)?\d{1,2})")
# a dash between two dates: an en or em dash (any spaces around it), or a hyphen or a minus
# sign with a space on each side (a hyphen without them is a numeric date's, 2027-07-29);
# and the word of CLDR's interval fallback that is no dash, fa's "{0} تا {1}" (the kit
# prints ۷ مرداد ۱۴۰۶ تا ۸ مرداد ۱۴۰۶); the words of a range are not read (29 to 30 July:
# `range_word` names them)
DASH = re.compile(r"\s*[\u2013\u2014\u2015]\s*|\s+[-\u2010\u2011\u2212~]\s+|\s+\u062a\u0627\s+")
# two days of one month joined by a hyphen, then the month's name and the year: 29-30 July
# 2027, 29-30 de julio de 2027, a weekday's name before the first (Thu 29-30 July 2027:
# `_weekday_apart` tells it is one), the first with its ordinal's ending (1er-3 août 2027:
# formats.FIRST_DAY's, as the kit prints it); a numeric date's hyphen, 29-07-2027, has a
# digit after the second day's
DAYS = re.compile(
    r"((?:[^\W\d][^\d]*?\s*)?\d{1,2}(?:er|st|nd|rd|th|\.?[ºª])?)\s*[-\u2010\u2011]\s*"
    r"(\d{1,2}\s*[^\W\d].*)"
)
# two days joined by a hyphen or a dash, then the month and the year in numbers: 29-30/07/2027,
# as French, Spanish and Portuguese write a range of days of one month
NUMERIC_DAYS = re.compile(
    r"(\d{1,2})\s*[-\u2010\u2011\u2013]\s*(\d{1,2}([/.])\d{1,2}\3(?:\d{4}|\d{2}))"
)
# a day and a month in numbers (29/07, 7/29, 29.07.), a range's first half that leaves out
# the year it shares with the last (29/07 - 30/07/2027), and the last as written with its
# year: its mark between the numbers, and its year
DAY_MONTH = re.compile(r"\d{1,2}([/.\-])\d{1,2}\.?")
NUMERIC_WITH_YEAR = re.compile(r"\d{1,2}([/.\-])\d{1,2}\1(\d{4}|\d{2})")
# the month's name first and two days joined by a dash or a hyphen, then the year: July
# 29-30, 2027 (CLDR en_US's interval, "MMM d – d, y")
MONTH_DAYS = re.compile(
    r"([^\W\d][^\d]*?)\s*(\d{1,2})\s*[-\u2010\u2011\u2013\u2014]\s*(\d{1,2})(\s*,?\s*\d{4})"
)


# The words a language writes between a range's two days, read as its dash (`worded`), each
# with a source that writes them so between two days: en to, and from ... to (Grammar
# Underground's "May 21-28 or May 21 to 28?", grammarunderground.com: "May 21 TO May 28";
# the Grammar Party blog's en dash, grammarpartyblog.com/tag/dates: "From 1987 to 1989",
# from paired with to, not a dash), fr du ... au ("Les maux de la langue: De... à",
# lacsq.org/?p=8346, 8 November 2016, after the Office québécois de la langue française:
# "Prochain colloque : du 18 au 21 aout 2017"), es del ... al (20minutos.es/noticia/728837:
# "Miajadas celebra del 28 de junio al 4 de julio un festival"; imagenzac.com.mx's Festival
# Cultural y Artístico de Julio, "del 19 al 27 del mes de julio"), pt de ... a (g1.globo.com,
# 27 July 2019, Tatuí's Semana Paulo Setúbal: "De 2 a 10 de agosto"; oprogressodetatui.com.br's
# agenda of July: "de 9 a 13 de julho"), each from-word optional (29 al 30 de julio, 29 a 30
# de julho: a Spanish and a Portuguese office's trial, each refused as "not a date"). A word
# between two days that none of these is is named (`range_word`).
DATE_RANGE_WORDS = ((r"from", "to"), (r"du", "au"), (r"del", "al"), (r"de", "a"))
_WORDED = [
    re.compile(rf"(?:{first}\s+)?(.*?\d.*?)\s+{then}\s+(\d.*)", re.IGNORECASE)
    for first, then in DATE_RANGE_WORDS
]
# a word between two days (29 hasta 30 de julio de 2027), and the word before the first
_BETWEEN_DAYS = re.compile(r"(?:([^\W\d]+)\s+)?(\d{1,2}(?:er)?)\s+([^\W\d]+)\s+(\d{1,2}(?!\d).*)")


def worded(text: str) -> str:
    """A date cell's text (ASCII digits) with a range's words (DATE_RANGE_WORDS) as a dash:
    29 to 30 July 2027, du 29 au 30 juillet 2027, del 29 al 30 de julio de 2027 and de 29 de
    julho a 2 de agosto as 29 - 30 July 2027, 29 - 30 juillet 2027, 29 - 30 de julio de 2027
    and 29 de julho - 2 de agosto; any other text as it is."""
    for form in _WORDED:
        found = form.fullmatch(text.strip())
        if found:
            return f"{found[1]} - {found[2]}"
    return text


def range_word(text: str, words: dict[str, int]) -> str | None:
    """A hint naming the word written between two days that no range is read with
    (`_BETWEEN_DAYS`, not a month's name of `words`: es 29 hasta 30 de julio de 2027, pt 29
    até 30 de julho de 2027, and a word before the first), and the range with a dash to
    write; None for any other text."""
    found = _BETWEEN_DAYS.fullmatch(text.strip())
    if found is None or _folded(found[3]) in words:  # 30 tháng 7: a date's own word
        return None
    # a weekday's or a month's name before the first day kept (Thu, July); another word
    # (pt's de, es's del) before it is the range's
    first = _folded(found[1] or "")
    own = words.get(first, 0) > 0 or _weekday_apart(found[1] or "", words)[0] != ""
    kept = f"{found[1]} " if found[1] and own else ""
    named = [w for w in (found[1], found[3]) if w and not (kept and w == found[1])]
    said = " and ".join(f"'{w}'" for w in named)
    what = "is" if len(named) == 1 else "are"
    return (
        f"{said} {what} not read in a date: write a range of days with a dash, e.g. "
        f"{kept}{found[2]}-{found[4]}"
    )


def halves(text: str, words: dict[str, int] | None = None) -> tuple[str, str] | None:
    """The first and the last day of a date cell's text (`text`, ASCII digits) that gives a
    range of dates, each as written (the first may lack what it shares with the last: 29 of
    29-30 July 2027, 29 July of 29 July - 2 August 2027, 29/07 of 29/07 - 30/07/2027;
    `completed` gives it; or the last what it shares with the first: 30 of 2027 जुलाई 29–30,
    `last_completed`), a range's words read as its dash (`worded`: 29 to 30 July 2027); None
    for a text of one date, of more than two, or of a date and a time (`time_after`: 30 July
    2027 - 6pm). A weekday's name before a month's shared by both
    days (Thursday, July 29-30, 2027) is the first day's alone, where `words` (the row's
    months' and weekdays' words: written_dates._month_names) tells it is one."""
    plain = worded(text).strip()
    iso = ISO_INTERVAL.fullmatch(plain)
    if iso:
        return f"{iso[1]}-{iso[2]}-{iso[3]}", _iso_end(iso[1], iso[2], iso[3], iso[4])
    shared = MONTH_DAYS.fullmatch(plain)
    if shared:  # July 29-30, 2027
        month, first, last, year = shared[1].strip(), shared[2], shared[3], shared[4]
        own = _weekday_apart(month, words or {})[1]
        return f"{month} {first}{year}", f"{own} {last}{year}"
    days = DAYS.fullmatch(plain) or NUMERIC_DAYS.fullmatch(plain)
    # Thu 29-30 July 2027: the words before the first day a weekday's (not July 29-30 August)
    if days and not _weekday_apart(days[1], words or {})[1][:1].isalpha():
        return days[1], days[2]
    parts = DASH.split(plain)
    if len(parts) != 2 or time_after(plain) is not None:
        return None
    if _date_like(parts[1]) and (_date_like(parts[0]) or parts[0].isdigit()):
        return parts[0], parts[1]
    if re.fullmatch(r"\d{1,2}", parts[1]) and YEAR_THEN_DAY.fullmatch(parts[0]):
        return parts[0], parts[1]  # 2027 जुलाई 29–30: the last's day alone (`last_completed`)
    return None


# a first half with a year and its day last (2027 जुलाई 29, 2027-07-29), which a last day
# written alone completes (2027 जुलाई 29–30, as ne's and my's CLDR interval writes it)
YEAR_THEN_DAY = re.compile(r".*(?<!\d)\d{4}(?!\d).*\D\d{1,2}")


def time_after(text: str) -> tuple[str, str] | None:
    """A date cell's text (ASCII digits) that is a date, a dash and a time, as the date's
    text and the time's (30/07/2027 – 18h30, 30 July 2027 - 6pm; 30 July 2027, 6 - 8 pm: the
    time a range, its start the date's last number), where the time `times` reads (a
    time's number with h, u, am, pm, uur or Uhr...); None for any other: it was read as a
    range of dates ("'18h30' is not a date")."""
    from .times import _reads

    parts = DASH.split(text.strip())
    if len(parts) != 2 or not re.search(r"\d", parts[0]) or not _reads(parts[1]):
        return None
    start = re.fullmatch(r"(.*\d.*?)[\s,]+(\d{1,2}(?:[:.h]\d{2})?(?:\s*[ap]\.?m\.?)?)", parts[0])
    if start and _reads(f"{start[2]}-{parts[1]}"):
        return start[1].strip(" ,"), f"{start[2]} - {parts[1]}"
    return parts[0].strip(" ,"), parts[1]


def _iso_end(year: str, month: str, day: str, end: str) -> str:
    """An ISO 8601 interval's end (`end`: 2027-07-30, 07-30 or 30) with what it leaves out
    taken from its start (ISO 8601 4.4.4.5), in the next year where its month is before the
    start's (2027-12-30/01-02: 2 January 2028), in the next month where a day alone is
    before the start's (2027-07-31/02: 2 August): a range runs forward."""
    parts = end.split("-")
    if len(parts) == 3:
        return end
    y, m = int(year), int(month)
    if len(parts) == 2 and int(parts[0]) < m:
        y += 1
    elif len(parts) == 1 and int(parts[0]) < int(day):
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return "-".join([f"{y:04d}", f"{m:02d}"][: 3 - len(parts)] + parts)


def _weekday_apart(text: str, words: dict[str, int]) -> tuple[str, str]:
    """A half's text (`text`) as the weekday's name it opens with (Thu of Thu 29, Thursday,
    of Thursday, July, Vietnamese Thứ 5: words of `words` that name weekdays), and the rest;
    ("", text) without one."""
    from .written_dates import _date_words, _weekday_word

    tokens = list(re.finditer(r"[^\s,()]+", text))
    at = 0
    while at < len(tokens):
        pair = "".join(_date_words(_folded(" ".join(t[0] for t in tokens[at : at + 2]))))
        one = _date_words(_folded(tokens[at][0]))
        if at + 1 < len(tokens) and _weekday_word(pair, words):
            at += 2  # Thứ 5, Thứ Năm: a weekday's name of two words (CLDR vi's)
        elif one and all(_weekday_word(w, words) for w in one):
            at += 1
        else:
            break
    end = tokens[at - 1].end() if at else 0
    return text[:end].strip(), text[end:].strip(" ,")


def _date_like(text: str) -> bool:
    """Whether a range's half may be a date: a digit, and a letter (a month's name) or a
    numeric date's mark between two digits (30/07/2027), and no time's colon (a date cell's
    2027-07-30 18:00 - 20:00 is a date and a time range, told as such)."""
    return (
        bool(re.search(r"\d", text))
        and ":" not in text
        and bool(re.search(r"[^\W\d_]|\d\s*[/.\-]\s*\d", text))
    )


def completed(
    first: str, last: date, words: dict[str, int] | None = None, written: str = ""
) -> str | date | None:
    """A range's first day as written (`first`, a weekday's name before it aside), completed
    from its `last` day: a day alone (29 of 29-30 July 2027, 1er of 1er-3 août 2027, 1º of
    del 1º al 3 de agosto) as that
    day of the last's month, or of the month before where it is after the last's (31-1
    August 2027: 31 July; None where that month has no such day); a day and a month in
    numbers (29/07 of 29/07 - 30/07/2027) with the mark and the year of the last as written
    (`written`: 29/07/2027); a text without a year (29 July, July 29) with the last's year
    after it, or the year before's where its month (of `words`: the row's months' names) is
    after the last's (30 December - 2 January 2028: 30 December 2027); any other as it is.
    A range runs forward: a first day the kit completed is never after the last (one
    written whole may be: the two swapped; a numeric one, `_range_days`)."""
    from .written_dates import _named_date

    rest = _weekday_apart(first, words or {})[1]
    alone = re.fullmatch(r"(\d{1,2})(?:er|st|nd|rd|th|\.?[ºª])?", rest)
    if alone:
        try:
            return date(*_day_month(int(alone[1]), last), int(alone[1]))
        except ValueError:  # 31-1 July: June has no 31st
            return None
    numeric = NUMERIC_WITH_YEAR.fullmatch(written.strip())
    if numeric and DAY_MONTH.fullmatch(rest):
        return f"{first.strip().rstrip('.')}{numeric[1]}{numeric[2]}"
    if not re.search(r"(?<!\d)\d{4}(?!\d)", first):
        named = _named_date(first, words or {})
        year = last.year - 1 if named is not None and named[1] > last.month else last.year
        return f"{first.strip()} {year}"
    return first


# The longest range, in days, whose first day given alone is read in the month before the
# last's (31-1 August: 31 July to 1 August): past it, the two days are read in one month, as
# swapped (30-29 July is a slip, not 30 June to 29 July, which no reader would take from it;
# a review). The project's choice: an event's run of days over a month's end.
STEP_BACK_DAYS = 14


def _day_month(day: int, last: date) -> tuple[int, int]:
    """The year and the month of a range's first day given alone (`day`): its `last` day's,
    or the month before where the day is after the last's and the range so read is at most
    STEP_BACK_DAYS long (31 of 31-1 August: July; 30 of 30-29 July: July, swapped)."""
    if day <= last.day:
        return last.year, last.month
    year, month = (last.year - 1, 12) if last.month == 1 else (last.year, last.month - 1)
    try:
        if (last - date(year, month, day)).days > STEP_BACK_DAYS:
            return last.year, last.month
    except ValueError:  # 31-1 July: June has no 31st (completed names it)
        pass
    return year, month


def interval(first: date, last: date, code: str, region: str, months: tuple[str, ...] = ()) -> str:
    """Two days as language `code` (in `region`, where CLDR writes it there) writes a range of
    dates: CLDR's date interval format of the language's long date (the skeleton yMMMMd, else
    the closest CLDR has, yMMMd, its months widened to the long date's full names, as UTS #35's
    interval formats allow and ICU's DateIntervalFormat does: 29 – 30 July 2027, 29 July – 2
    August 2027, 29 July 2027 – 2 January 2028, English's dash with a THIN SPACE each side),
    the field that differs the greatest choosing the pattern (Babel's format_interval, whose
    data this is). The first day of a month as the long date writes it (French 1er), the
    language's own month names (`months`: a strings file's). Where CLDR's pattern does not
    write a differing field in the first half (sw's yMMMd for two months, "d – d MMM y": 29
    July – 2 August would print "29 – 2 Agosti"), where the date is not the Gregorian
    calendar's long date (Thai's Buddhist era, Persian's Solar Hijri calendar), where CLDR has
    no name for either day's month (ht, dv: formats._no_month_names) and where its pattern
    writes the fields in another order than the long date, or without its era (`_pieces`: so,
    am, ti; th in the US), the two long dates the kit prints, joined by CLDR's interval
    fallback ("{0} – {1}"). A number keeps the word after it on its line (`_bound`: 2
    января)."""
    from .formats import _buddhist_calendar, _locale, _no_month_names, _own_month

    locale = _locale(code, region)
    pieces = None
    bare = _no_month_names(locale, first.month) or _no_month_names(locale, last.month)
    if not (_buddhist_calendar(code, region) or bare or _solar(code, region)):
        pieces = _pieces(locale, first, last)
    if pieces is None:
        alone = [_alone(day, code, region, months) for day in (first, last)]
        return _bound(_fallback(locale).format(*alone))
    from babel.dates import format_date

    text = "".join(
        format_date(day, format=_first_day(piece, day, locale), locale=locale)
        for piece, day in zip(pieces, (first, last), strict=True)
    )
    if months:
        for month in dict.fromkeys((first.month, last.month)):
            text = _own_month(text, month, locale, months[month - 1])
    return _bound(text)


# a space after a number and before a word (2 января, 29 July, 2027 г.): a range of dates
# is longer than a date, and wrapped there it printed "29 декабря 2027 г. — 2 / января 2028
# г." on the A5 flyer; a NO-BREAK SPACE keeps a day with its month (the dash's spaces break)
_NUMBER_WORD = re.compile(r"(?<=\d) (?=[^\W\d_])")


def _bound(text: str) -> str:
    """`text` with each space between a number and the word after it a NO-BREAK SPACE."""
    return _NUMBER_WORD.sub("\u00a0", text)


def _solar(code: str, region: str) -> bool:
    from .calendars import solar_calendar

    return bool(solar_calendar(code, region))


def _alone(day: date, code: str, region: str, months: tuple[str, ...]) -> str:
    """One day as the kit prints it alone (formats._format, its `months` too; in Latin
    digits, the whole written in the language's after)."""
    from .formats import _format

    return _format(day, "date", code, "latn", months, region)


def _fallback(locale: str) -> str:
    """CLDR's interval fallback pattern of `locale` ("{0} – {1}"; fa's "{0} تا {1}")."""
    from babel import Locale

    found = Locale.parse(locale).interval_formats.get(None)
    return str(found) if found else "{0} \u2013 {1}"


def _pieces(locale: str, first: date, last: date) -> list[str] | None:
    """The two halves of CLDR's interval pattern for `first` to `last` in `locale` (the
    skeleton yMMMMd or the closest, Babel's match_skeleton), by the greatest field that
    differs (year, month, day), written as the language's long date writes a day alone
    (`_as_long`: its months in full, zh's 7月 its MMM, and its day unpadded); None where
    CLDR has none, where it writes the month as a number and the long date by its name
    (lo), where the first half does not write the field that differs (a data slip: sw's),
    or where the two halves do not write the long date's fields in its order (`_agrees`:
    so's "dd MMM – dd MMM y" beside its long date "MMMM d, y"; th in the US, whose long
    date writes the era, ค.ศ.)."""
    from babel import Locale
    from babel.dates import match_skeleton

    formats = Locale.parse(locale).interval_formats
    skeleton = "yMMMMd" if "yMMMMd" in formats else match_skeleton("yMMMMd", formats)
    if not skeleton:
        return None
    field = "y" if first.year != last.year else "M" if first.month != last.month else "d"
    found = formats[skeleton].get(field)
    if not found or len(found) != 2:
        return None
    long = Locale.parse(locale).date_formats["long"].pattern
    wide = _month_width(long) >= 4
    if wide and any(0 < _month_width(p) < 3 for p in found):
        return None  # lo's d/MM/y, where its long date names the month: the long dates
    pieces = [_as_long(p, long, wide) for p in found]
    if field != "d" and not _writes(pieces[0], field):
        return None
    return pieces if _agrees(pieces, long) else None


def _as_long(pattern: str, long: str, wide: bool) -> str:
    """An interval's half (`pattern`) with its months in full where the long date (`long`)
    names them so (`wide`: `_widen`) and its day as wide as the long date's: so's and ka's
    "dd MMM" wrote 02 where their long dates write 2 (and a long date's dd pads)."""
    from babel.dates import untokenize_pattern

    width = next((v[1] for k, v in _tokens(long) if k == "field" and v[0] == "d"), 1)
    tokens = _tokens(_widen(pattern) if wide else pattern)
    return str(
        untokenize_pattern(
            [
                ("field", ("d", width)) if kind == "field" and value[0] == "d" else (kind, value)
                for kind, value in tokens
            ]
        )
    )


def _fields(pattern: str) -> list[str]:
    """The kinds of field `pattern` writes, in its order, each once (y a year, M a month, d
    a day, G an era, E a weekday; L as M, Y as y)."""
    kinds = [
        {"L": "M", "Y": "y", "c": "E", "e": "E"}.get(v[0], v[0])
        for k, v in _tokens(pattern)
        if k == "field"
    ]
    return list(dict.fromkeys(kinds))


def _agrees(pieces: list[str], long: str) -> bool:
    """Whether an interval's two halves (`pieces`) write the fields of the long date
    (`long`), and no other, each half in the long date's order: so's long date writes
    "MMMM d, y", its interval "dd MMM – dd MMM y" (Agosto 2, 2027 beside 29 Luulyo – 02
    Agosto 2027 on one merge's flyers); am's "d MMMM y", its interval "MMM d – MMM d፣ y";
    th's in the US "d MMMM G y", its interval no era."""
    order = _fields(long)
    written = [_fields(p) for p in pieces]
    if {k for kinds in written for k in kinds} != set(order):
        return False
    return all([k for k in order if k in kinds] == kinds for kinds in written)


def _month_width(pattern: str) -> int:
    """The width of `pattern`'s first month field (M, L: 1 or 2 a number, 3 abbreviated, 4
    the full name); 0 without one."""
    return next((v[1] for k, v in _tokens(pattern) if k == "field" and v[0] in "ML"), 0)


def _tokens(pattern: str) -> list[tuple[str, Any]]:
    from babel.dates import tokenize_pattern

    return list(tokenize_pattern(pattern))


def _widen(pattern: str) -> str:
    """A pattern with its abbreviated months (MMM, LLL) written in full (MMMM, LLLL), a dot
    that closed the abbreviation dropped (ka's "d MMM. y")."""
    from babel.dates import untokenize_pattern

    out: list[tuple[str, Any]] = []
    widened = False
    for kind, value in _tokens(pattern):
        if widened and kind == "chars" and value.startswith("."):
            value = value[1:]
            if not value:
                continue
        widened = kind == "field" and value[0] in "ML" and value[1] == 3
        out.append(("field", (value[0], 4)) if widened else (kind, value))
    return str(untokenize_pattern(out))


def _writes(pattern: str, field: str) -> bool:
    """Whether `pattern` writes `field` (y: a year; M: a month, M or L)."""
    letters = "yY" if field == "y" else "ML"
    return any(kind == "field" and value[0] in letters for kind, value in _tokens(pattern))


def _first_day(pattern: str, day: date, locale: str) -> str:
    """`pattern` with its day field written as the language writes the first of a month in
    a date (formats.FIRST_DAY: French 1er), where `day` is one; else as it is."""
    from babel.dates import untokenize_pattern

    from .formats import FIRST_DAY

    first = FIRST_DAY.get(locale.split("_")[0])
    if first is None or day.day != 1:
        return pattern
    return str(
        untokenize_pattern(
            [
                ("chars", first) if kind == "field" and value[0] == "d" else (kind, value)
                for kind, value in _tokens(pattern)
            ]
        )
    )


DayReader = Callable[[Cell, Bad], "date | None"]  # a date cell's day, its problems told


def last_half(cell: Cell | None) -> Cell | None:
    """A date cell that gives a range of dates as its last day's cell (`halves`: 30 July 2027
    of 29-30 July 2027), which tells the order its numeric dates are read in as a date
    alone would; the cell itself for any other."""
    found = halves(_ascii_digits(_text(cell))) if cell is not None else None
    return replace(cell, value=found[1]) if cell is not None and found else cell


# A range of days given in numbers without a year: a day and a month, a dash and the last
# day alone (29/07 - 30, 29/07-30, 7/29 - 30), or two days and their month (29-30/07). Its
# last number was read as a two-digit year: 29/07 - 30 was "not a date ... e.g. 2030-07-29",
# and 29-30/07 "e.g. 2007-07-30" (an office's trial). A date's own marks are one (29/07/30,
# 29-07-30): a slash or a dot, then a dash, is a range's.
YEARLESS_DAYS = re.compile(
    r"(\d{1,2})([/.])(\d{1,2})\.?\s*[-\u2010\u2011\u2013\u2014]\s*(\d{1,2})\.?"
)
YEARLESS_NUMERIC_DAYS = re.compile(
    r"(\d{1,2})\.?\s*[-\u2010\u2011\u2013\u2014]\s*(\d{1,2})([/.])(\d{1,2})\.?"
)


def yearless_days(text: str, year: int) -> tuple[str, str] | None:
    """The message and hint for a date cell's range of days in numbers without a year
    (`text`, ASCII digits: YEARLESS_DAYS, YEARLESS_NUMERIC_DAYS): it has no year, and the
    range to write with it, in `year` (the examples' year: date_cells.example_year), in the
    order its first half tells (29/07: day first; 7/29: month first), the last day in the
    month after where it is before the first (30/07 - 2: 2 August; 30/12 - 2: 2 January of
    the year after); a first half of two numbers of 12 or less is given both readings as
    ISO 8601's intervals, each rolled over so (5/6 - 2: 2 July, or 2 June). None for any
    other text (29/30 - 31: no month)."""
    shared = YEARLESS_NUMERIC_DAYS.fullmatch(text.strip())
    if shared:
        first, last, mark, month = shared[1], shared[2], shared[3], shared[4]
        return _no_year(text, f"{first}-{last}{mark}{month}{mark}{year}")
    found = YEARLESS_DAYS.fullmatch(text.strip())
    if found is None:
        return None
    a, mark, b, last = found[1], found[2], found[3], found[4]
    if int(a) > 12 and int(b) > 12:
        return None
    if int(a) > 12 or int(b) > 12:
        day_first = int(a) > 12
        end_year, month = _last_month(  # 30/12 - 2: 2 January, the next year
            year, int(b if day_first else a), int(a if day_first else b), int(last)
        )
        shown = f"{month:0{len(b if day_first else a)}d}"
        end = f"{last}{mark}{shown}" if day_first else f"{shown}{mark}{last}"
        return _no_year(text, f"{a}{mark}{b}{mark}{year} - {end}{mark}{end_year}")
    both = []
    for d, m, said in ((int(a), int(b), "day first"), (int(b), int(a), "month first")):
        end_year, end_month = _last_month(year, m, d, int(last))
        both.append(f"{year}-{m:02d}-{d:02d}/{end_year}-{end_month:02d}-{int(last):02d} ({said})")
    return _no_year(text, " or ".join(both))


def _last_month(year: int, month: int, first: int, last: int) -> tuple[int, int]:
    """The year and the month of a range's last day `last`, after the first, day `first` of
    `month` in `year`: that month, else where it is before the first, the month after (and
    the year after, from December)."""
    if last < first:
        return year + (month == 12), month % 12 + 1
    return year, month


def _no_year(text: str, example: str) -> tuple[str, str]:
    """yearless_days' message and hint, the range to write `example`."""
    return (
        f"'{text}' is a range of days without a year",
        f"write it with its year, e.g. {example}",
    )


def read_days(
    cell: Cell | None,
    last_cell: Cell | None,
    read: DayReader,
    bad: Bad,
    words: dict[str, int] | None = None,
    year: int | None = None,
) -> tuple[date | None, date | None]:
    """An event's first day and, for an event of several days, its last (None for one day):
    from its date cell (`cell`), a date alone or a range (`halves`: 29-30 July 2027, each
    half read by `read` as a date cell alone, the first `completed` from the last), and from
    its `end_date` column's cell (`last_cell`), read as the date is. An error at the cell of
    the last day where it is before the first, and at end_date where the date cell gives a
    range too; a last day that is the first is one day's. A range of days in numbers without
    a year (`yearless_days`: 29/07 - 30) is told so, its example in `year`."""
    if cell is None:
        return None, None
    plain = _ascii_digits(_text(cell))
    yearless = yearless_days(plain, year) if year and isinstance(cell.value, str) else None
    if yearless is not None:
        bad(cell, *yearless)
        return None, None
    timed = time_after(plain) if not isinstance(cell.value, date) else None
    if timed is not None:  # 30/07/2027 – 18h30: a date and its time, not two dates
        _time_in_date(cell, timed, read, bad)
        return None, None
    found = halves(plain, words) if not isinstance(cell.value, date) else None
    if found is None:
        word = range_word(plain, words or {}) if not isinstance(cell.value, date) else None
        first = read(cell, _hinted(bad, cell, word))
        last = _end_date(last_cell, read, bad)
    else:
        first, last = _range_days(cell, found, read, bad, words or {})
        if last_cell is not None and (_text(last_cell) or isinstance(last_cell.value, date)):
            bad(
                last_cell,
                f"the date cell's range ({_text(cell)}) has a last day already",
                "keep the last day in one of the two cells",
            )
    if first is None or last is None:
        return first, None
    if last < first:
        at = last_cell if found is None and last_cell is not None else cell
        swapped = (
            f"{last.isoformat()} \u2013 {first.isoformat()}"
            if found is not None
            else f"date {last.isoformat()}, end_date {first.isoformat()}"
        )
        orders = _two_orders(found, first, last) if found is not None else None
        bad(
            at,
            f"the event's last day ({last.isoformat()}) is before its first ({first.isoformat()})",
            orders
            or f"write the first day first: {swapped}; an event of one day leaves its end_date "
            "empty",
        )
        return first, None
    return first, last if last != first else None


# a numeric date's day and month, in either order (29/07, 02/13/2027), its year aside
_DAY_MONTH = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})(?:[/.\-]\d{2,4})?\s*")


def _two_orders(found: tuple[str, str], first: date, last: date) -> str | None:
    """The hint for a numeric range whose halves were read in two orders (`found`, read as
    `first` and `last`, the last before the first): 29/07 - 02/13/2027, day first then month
    first, was 29 July 2026 to 13 February 2027 (a review); None where they were read in
    one order."""
    halves = [m for m in (_DAY_MONTH.fullmatch(half) for half in found) if m is not None]
    if len(halves) < 2:
        return None
    said = []
    for match, day in zip(halves, (first, last), strict=True):
        a, b = int(match[1]), int(match[2])
        said.append("day first" if (a, b) == (day.day, day.month) else "month first")
    if said[0] == said[1]:
        return None
    return (
        f"'{found[0]}' is read {said[0]} and '{found[1]}' {said[1]}: write both halves in one "
        "order, or each as YYYY-MM-DD (e.g. 2027-07-29/2027-08-02)"
    )


def _hinted(bad: Bad, cell: Cell, hint: str | None) -> Bad:
    """`bad`, its errors at `cell` told `hint` too (none: `bad` itself)."""
    if hint is None:
        return bad

    def told(at: Cell, message: str, *hints: str) -> None:
        bad(at, message, *hints, *((hint,) if at is cell else ()))

    return told


def _time_in_date(cell: Cell, timed: tuple[str, str], read: DayReader, bad: Bad) -> None:
    """A date cell of a date, a dash and a time (`timed`: time_after's) told as a time in
    the date column, with where to write it: a time column, or after the date in a column
    named 'Date and time', which reads it (a date not read is told as such, and where its
    time goes after it)."""
    day, clock = timed
    said = f"'{_text(cell)}' is a date and a time: '{clock}' is a time in the date column"
    hints = (
        f"keep the date alone in the date column ({day}) and write the time, {clock}, in a "
        "time column",
        "or name the column 'Date and time' and write the time after the date with a space: "
        f"{day} {clock}",
    )

    def told(at: Cell, message: str, *more: str) -> None:
        bad(
            at,
            message,
            *more,
            f"'{clock}' after the date is a time: write it in a time column, or name the "
            "column 'Date and time' and write it after the date with a space",
        )

    if read(replace(cell, value=day), told) is not None:
        bad(cell, said, *hints)


def _end_date(cell: Cell | None, read: DayReader, bad: Bad) -> date | None:
    """The end_date column's day, read as a date cell is (None where it is empty)."""
    if cell is None or not (_text(cell) or isinstance(cell.value, date)):
        return None
    return read(cell, bad)


def _range_days(
    cell: Cell, found: tuple[str, str], read: DayReader, bad: Bad, words: dict[str, int]
) -> tuple[date | None, date | None]:
    """A date cell's range (`found`: its two halves as written) as its first and last days,
    each read as a date alone, the first `completed` from the last; a problem of either told
    at the cell with how it was read, quoting what the cell says (a half as written, or the
    cell's text where the kit wrote the half: July 30, 2027 of July 29-30, 2027), not what
    the kit added (the year after 29 July)."""
    written = _text(cell)
    plain = _ascii_digits(written)

    def told(said: str, half: str) -> Bad:
        shown = half if half in plain else written

        def tell(at: Cell, message: str, *hints: str) -> None:
            bad(
                at,
                *(t.replace(f"'{said}'", f"'{shown}'") for t in (message, *hints)),
                f"'{written}' is read as a range of dates, from '{found[0]}' to '{found[1]}' "
                "(a date, a dash, a date; e.g. 29-30 July 2027, 2027-07-29/2027-07-30)",
            )

        return tell

    shortened = last_completed(*found)
    if shortened is not None:  # 2027年7月29日 – 30日: the first whole, the last's day alone
        first_day = read(replace(cell, value=found[0]), told(found[0], found[0]))
        if first_day is None:
            return None, None
        whole, day_alone = shortened
        last = read(replace(cell, value=whole), told(whole, found[1]))
        return first_day, _forward(first_day, last, day_alone)
    last = read(replace(cell, value=found[1]), told(found[1], found[1]))
    if last is None:
        return None, None
    first = completed(found[0], last, words, found[1])
    if isinstance(first, str):
        read_first = read(replace(cell, value=first), told(first, found[0]))
        numeric = first != found[0] and NUMERIC_WITH_YEAR.search(first) is not None
        if read_first is not None and read_first > last and numeric:
            # 30/12 - 02/01/2028: 30 December 2027; a range of a few days alone: 29/07 -
            # 02/13/2027, its halves in two orders, was 29 July 2026 to 13 February 2027
            before = _year_before(read_first)
            if (last - before).days <= STEP_BACK_DAYS:
                read_first = before
        return read_first, last
    if first is None:
        day = int(re.findall(r"\d+", _weekday_apart(found[0], words)[1])[0])
        after = (
            f": a first day after the last's ({last.isoformat()}) is of the month before"
            if day > last.day
            else ""
        )
        told(found[0], found[0])(
            cell,
            f"'{found[0]}' is no day of {_month_name(*_day_month(day, last))}{after}",
            "write the first day's month too: a day, its month, a dash and the last day "
            "(e.g. 29 July - 2 August 2027)",
        )
        return None, last
    from .date_cells import _on_its_weekday
    from .written_dates import weekdays

    named = weekdays(found[0], words)
    return _on_its_weekday(cell, found[0], first, named, told(found[0], found[0])), last


def _year_before(day: date) -> date:
    """`day` a year before (a completed first day after its last); as it is where that year
    has no such day (29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day


def last_completed(first: str, last: str) -> tuple[str, bool] | None:
    """A range's last half that leaves out what it shares with the first, as CLDR's interval
    writes it in a language whose date ends with its day (`first` whole: zh 2027年7月29日 –
    30日 and 2027年7月29日 – 8月2日, ne 2027 जुलाई 29–30 and 2027 जुलाई 29 – अगस्ट 2), written
    whole: the first's text with its last fields, as many and of the same kinds (a number,
    a word) as the last's, replaced by the last's (2027年7月30日, 2027 अगस्ट 2), and whether
    it gives its day alone (30, 30日). None where the last has a year of its own, or its
    fields are not the first's last ones, or would replace the first's year (29 July 2027 -
    2 August: no year, told)."""
    mine, its = _runs(first), _runs(last)
    size = len(its)
    if _has_year(last) or not 0 < size < len(mine):
        return None
    if [k for _, k, _ in mine[-size:]] != [k for _, k, _ in its]:
        return None
    if not any(kind == "n" and len(text) == 4 for _, kind, text in mine[:-size]):
        return None
    alone = mine[-size][1] == "n" and sum(kind == "n" for _, kind, _ in its) == 1
    return first[: mine[-size][0]] + last.strip(), alone


def _has_year(text: str) -> bool:
    return re.search(r"(?<!\d)\d{4}(?!\d)", text) is not None


def _runs(text: str) -> list[tuple[int, str, str]]:
    """The fields of a date's text: each run of digits ("n") and of letters with their marks
    ("w": Devanagari's vowel signs are marks), with where it begins."""
    import unicodedata

    found: list[tuple[int, str, str]] = []
    for at, char in enumerate(text):
        kind = "n" if char.isdigit() else "w" if unicodedata.category(char)[0] in "LM" else ""
        if kind and found and found[-1][1] == kind and found[-1][0] + len(found[-1][2]) == at:
            found[-1] = (found[-1][0], kind, found[-1][2] + char)
        elif kind:
            found.append((at, kind, char))
    return found


def _forward(first: date, last: date | None, day_alone: bool) -> date | None:
    """A last day the kit completed from the `first` (`last_completed`) that runs forward: a
    day alone before the first's in the month after (2027 जुलाई 31 – 2: 2 August, up to
    STEP_BACK_DAYS), a month before the first's in the year after (2027年12月30日 – 1月2日:
    2028); else as it is (the two swapped, told)."""
    if last is None or last >= first:
        return last
    if day_alone:
        year, month = (last.year + 1, 1) if last.month == 12 else (last.year, last.month + 1)
        try:
            later = last.replace(year=year, month=month)
        except ValueError:
            return last
        return later if (later - first).days <= STEP_BACK_DAYS else last
    if last.month < first.month:
        try:
            return last.replace(year=last.year + 1)
        except ValueError:
            return last
    return last


def own_order(cell: Cell | None) -> str | None:
    """The order a date cell's range of numeric dates tells by one of its halves ("dmy":
    29/07 of 29/07 - 02/08/2027, a first number past 12; "mdy": 7/29), which reads the other
    (02/08/2027: 2 August) where nothing else orders the row's dates; None where neither
    half tells, or they tell both."""
    found = halves(_ascii_digits(_text(cell))) if cell is not None else None
    if found is None:
        return None
    told = set()
    for half in found:
        numbers = re.fullmatch(r"\s*(\d{1,2})[/.\-](\d{1,2})(?:[/.\-]\d{2,4})?\.?\s*", half)
        if numbers and int(numbers[1]) > 12 >= int(numbers[2]):
            told.add("dmy")
        elif numbers and int(numbers[2]) > 12 >= int(numbers[1]):
            told.add("mdy")
    return told.pop() if len(told) == 1 else None


def _month_name(year: int, month: int) -> str:
    """A month of a year in English, as a diagnostic names it (June 2027)."""
    from babel import Locale

    return f"{Locale('en').months['format']['wide'][month]} {year}"
