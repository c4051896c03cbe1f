"""A `Date and time` cell read as its date and its start (`_date_and_time`): ISO 8601's
date-time, a date then a time, the two joined as CLDR's date-time patterns join them
(`_cldr_splits`), and an offset written after a date (`_stray_offset_problem`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from .calendars import read as solar_hijri
from .data import Cell
from .date_cells import _date
from .ethiopian import read as ethiopian_date
from .fields import Bad, _ascii_digits, _folded, _text
from .times import _time
from .written_dates import _named_date, weekdays
from .zone_names import stray_offset, time_zone

# a date and a time in one cell's text: the date, then spaces or ISO 8601's T, then the time
# (2026-07-30 18:30, 30/07/2026 6:30 pm, 2026-07-30T18:30, 30/07/2026 18:30:00 as a
# spreadsheet writes a date-and-time cell into a CSV, 2026-07-30T18:30:00.000Z as JSON does)
DATE_THEN_TIME = re.compile(r"(\S+?)(?:\s+|(T)(?=\d))(\S.*)")
# a date-time as ISO 8601 writes it (RFC 3339: a JSON export's, JavaScript's toISOString, a
# form's), in a date column: the date, T, a time (ISO_TIME)
ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d.*")
SPLIT_DATE_AND_TIME = (
    "write it as YYYY-MM-DD HH:MM, or split the column in two: date (YYYY-MM-DD) and time "
    "(HH:MM, the start)"
)


def _date_then_time(text: str) -> tuple[str, str, bool]:
    """A date-and-time cell's text as its date's and its time's (DATE_THEN_TIME; "" for a
    text without a time), and whether ISO 8601's T joins them; the text, "" and False when
    it is no date and time."""
    found = DATE_THEN_TIME.fullmatch(text.strip())
    return (found[1], found[3], bool(found[2])) if found else (text.strip(), "", False)


def _named_split(text: str, months: dict[str, int]) -> tuple[str, str] | None:
    """A date-and-time text whose date is written with a month's name (`_named_date`: 30
    July 2027 18:30, July 30, 2027 6:30 pm) as its date's words and its time's, the date
    the longest run of its first words that reads as one and the time what follows, from an
    hour's one or two digits; None when no split reads so. DATE_THEN_TIME takes the first
    word alone for the date ("'30' is not a date", said a review)."""
    words = text.split()
    for at in range(len(words) - 1, 0, -1):
        day, clock = " ".join(words[:at]), " ".join(words[at:])
        # a time begins with its hour: one or two digits (not a year's four)
        if re.match(r"\d{1,2}(?!\d)", _ascii_digits(clock)) and _named_date(
            _folded(_ascii_digits(day)), months
        ):
            return day, clock
    return None


def _date_and_time(
    cell: Cell,
    bad: Bad,
    order: str | None,
    year: int,
    months: dict[str, int] | None = None,
    codes: tuple[str, ...] = (),
) -> tuple[Cell, Cell | None] | None:
    """A cell of a column of dates and times (`date_and_time_header`) as a date cell and a
    time cell (None: no time), both at its place: a spreadsheet's date or date-and-time cell
    as it is (`_record` takes a date cell's time as the start), a text as its date, in the
    table's `order` (`date_order`), and its time (`_time`: 18:30, 6:30 pm, 18:00-20:00, a
    time zone after it; ISO 8601's, 18:30:00Z, as `time_zone` reads it: the time cell holds
    its HH:MM and the zone as the flyer shows it, 18:30 UTC). A text its first word and the
    rest do not read (DATE_THEN_TIME, `_named_split`) is read as the row's languages
    (`codes`) join a date and a time (`_cldr_splits`: ۸ مرداد ۱۴۰۵، ساعت ۱۸:۳۰, Vietnamese's
    time first), its date as a date column's is (`_reads_as_date`: a Persian row's Solar
    Hijri date too). None, with one error at the cell naming the fix (the column split in
    two), when the text is not both read unambiguously."""
    text = _text(cell)
    if isinstance(cell.value, date) or not text:  # a datetime too
        return cell, None
    day_text, time_text, dated = _date_then_time(text)
    named = _named_split(text, months) if months and not dated else None
    if named is not None:  # 30 July 2027 18:30: the date is its first three words
        day_text, time_text = named
    stray = _stray_offset_problem(text, with_date=True) if time_text else None
    if stray is not None:  # 2027-07-30T10:00+25:00: its offset named, not "not a time"
        bad(cell, *stray)
        return None
    reading = (order, year, months, codes)
    problems = _date_and_time_problems(cell, day_text, time_text, dated, reading)
    if problems:
        found = _read_split(cell, text, codes, reading)
        if found is None:
            problems = _weekday_problems(cell, text, codes, reading) or problems
            bad(
                cell,
                f"'{_text(cell)}' is not read as an event's date and its start time "
                f"({problems[0]})",
                SPLIT_DATE_AND_TIME,
            )
            return None
        (day_text, time_text), dated = found, False
    start = None
    if time_text:
        clock, zone = time_zone(time_text, dated)
        start = replace(cell, value=f"{clock} {zone}" if zone else clock)
    return replace(cell, value=day_text), start


# (order, year, months, codes): how a row reads its date (`_date`, calendars.read)
Reading = tuple[str | None, int, dict[str, int] | None, tuple[str, ...]]


def _read_split(
    cell: Cell, text: str, codes: tuple[str, ...], reading: Reading
) -> tuple[str, str] | None:
    """The first of the ways the row's languages join a date and a time (`_cldr_splits`)
    that parts `text` into a date and a time both read: as a date first, then as the
    calendar's (a Persian row's Solar Hijri date); None when none does."""
    return next(
        (
            split
            for claimed in (False, True)
            for split in _cldr_splits(text, codes)
            if not _date_and_time_problems(cell, *split, False, reading, claimed)
        ),
        None,
    )


def _weekday_problems(cell: Cell, text: str, codes: tuple[str, ...], reading: Reading) -> list[str]:
    """What is wrong with the first split of `text` (`_cldr_splits`) whose date names a
    weekday (`weekdays`: Monday, 30 July 2026 at 18:30), its time read: the weekday that is
    not the date's, said rather than the first word's "not a date"; none without one."""
    months = reading[2] or {}
    for day_text, time_text in _cldr_splits(text, codes):
        if weekdays(_ascii_digits(day_text), months):
            problems = _date_and_time_problems(cell, day_text, time_text, False, reading)
            if problems:
                return problems
    return []


def _date_and_time_problems(
    cell: Cell, day_text: str, time_text: str, dated: bool, reading: Reading, claimed: bool = False
) -> list[str]:
    """What is wrong with a date-and-time cell read as `day_text` and `time_text` (none when
    both are read): its date as `_reads_as_date` reads it (`claimed`: a date the Solar Hijri
    calendar claims counts as read, its own error said at the date by `_record`), and its
    time as `_time` does."""
    problems: list[str] = []

    def quiet(_: Cell, message: str, *hints: str) -> None:
        problems.append(message)

    _reads_as_date(replace(cell, value=day_text), quiet, reading, claimed)
    if time_text and not problems:
        clock = time_zone(time_text, dated)[0]
        _time(replace(cell, value=time_zone(clock)[0]), quiet)
    return problems


def _reads_as_date(cell: Cell, bad: Bad, reading: Reading, claimed: bool) -> None:
    """Report through `bad` a date cell's text not read as the row reads a date: the Solar
    Hijri calendar's on a Persian row (calendars.read: ۸ مرداد ۱۴۰۵; with `claimed`, any date
    it claims, an error of its own aside), else `_date`'s."""
    order, year, months, codes = reading
    solar = solar_hijri(cell.value, _text(cell), codes, order, year) or ethiopian_date(
        cell.value, _text(cell), codes, order, year
    )
    if solar is not None and (claimed or solar[0] is not None):
        return
    if solar is not None:  # a Solar Hijri date, not a day of it: not read so
        bad(cell, *solar[1])
        return
    _date(cell, bad, order, year, months, codes)


# CLDR's "atTime" joins of a date and its time (dateTimeFormats-atTime, standard: a long or
# full date's, "{1} 'at' {0}": 30 July 2026 at 18:30), which Babel does not read (2.19, on
# CLDR 49: Locale.datetime_formats holds dateTimeFormats alone, "{1}, {0}"), for the kit's
# languages (materials/strings) and the region's an office adds (el, ro; hy and kk have none
# other) whose atTime patterns are not among those Babel gives, by CLDR's language (fil:
# tl): each language's distinct patterns of the four widths, as unicode-org/cldr-json holds
# them at its tag 48.0.0 (4d06be52b5; its packages say 48.0.0), cldr-json/cldr-dates-full/
# main/<language>/ca-gregorian.json, "dateTimeFormats-atTime" (am, ka, lo, my, tr and zh
# have none other). CLDR 48 added es's long "{1} 'a' 'las' {0}" (30 de julio de 2026 a las
# 18:30); 47's (b08a82b5, 1 December 2025) were these others, unchanged. Babel's data is
# CLDR 49: no copy of cldr-json 49.0.0 was to be had (thirty-eighth session), so 49's
# atTime patterns are not checked here. ht's are French's, which cldr-json's ht inherits
# (formats.UNSOURCED_TIMES: no Haitian source for them).
AT_TIME = {
    "ar": ("{1} في {0}",),
    "bn": ("{1} এ {0}", "{1}, {0}"),
    "el": ("{1} στις {0}",),
    "en": ("{1} 'at' {0}",),
    "es": ("{1} 'a' 'las' {0}",),
    "fa": ("{1} ساعت {0}", "{1}، {0}", "{1}, {0}"),
    "fr": ("{1} 'à' {0}",),
    "hi": ("{1} को {0} बजे",),
    "ht": ("{1} 'à' {0}", "{1}, {0}"),
    "id": ("{1} 'pukul' {0}", "{1}, {0}"),
    "km": ("{1} នៅ\u200bម៉ោង {0}",),
    "ne": ("{1}: {0}",),
    "pt": ("{1} 'às' {0}", "{1}, {0}"),
    "ro": ("{1} 'la' {0}",),
    "ru": ("{1} 'в' {0}",),
    "so": ("{1} 'ee' {0}", "{1}, {0}"),
    "sw": ("{1}, {0}",),
    "th": ("{1} เวลา {0}",),
    "fil": ("{1} 'nang' {0}",),
    "uk": ("{1} 'о' {0}",),
    "ur": ("{1} کو {0}", "{1}، {0}"),
    "vi": ("'lúc' {0} {1}",),
}


@functools.cache
def _date_time_joins(codes: tuple[str, ...]) -> tuple[frozenset[str], str, bool]:
    """How the languages `codes` (and English) join a date and its time, by CLDR's
    dateTimeFormats (Babel) and its atTime patterns (AT_TIME): the words between them (fa's
    "{1}، ساعت {0}": ساعت, en's 'at', hi's "{1} को {0} बजे": को and बजे, folded; km's
    នៅ​ម៉ោង whole and as its two words), the marks (its ، and the RIGHT-TO-LEFT MARK of its
    medium pattern, English's comma: punctuation, symbols and format characters), and
    whether one of them writes the time first (vi's "{0} {1}": 18:30 30/7/2027)."""
    from babel import Locale, UnknownLocaleError

    words: set[str] = set()
    marks: set[str] = set()
    time_first = False
    for code in ("en", *codes):
        try:
            locale = Locale.parse(code.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue
        texts = [str(p) for p in locale.datetime_formats.values()]
        for text in (*texts, *AT_TIME.get(locale.language, ())):
            if "{0}" not in text or "{1}" not in text:
                continue
            time_first |= text.index("{0}") < text.index("{1}")
            between = re.sub(r"\{[01]\}", " ", text).replace("'", "")
            own = {c for c in between if unicodedata.category(c)[0] in "PSC"}
            marks |= own
            for word in between.split():
                parts = [word, *re.split(f"[{re.escape(''.join(own))}]", word)] if own else [word]
                words.update(_folded(w.strip("".join(own))) for w in parts)
    words.discard("")
    return frozenset(words), "".join(sorted(marks)), time_first


def _cldr_splits(text: str, codes: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """The ways a date-and-time text parts into a date's words and a time's as the row's
    languages join them (`_date_time_joins`): at each space, the longest date first, the
    joining words and marks at the parting left out (۸ مرداد ۱۴۰۵، ساعت ۱۸:۳۰: ۸ مرداد ۱۴۰۵
    and ۱۸:۳۰); the time first too where a language writes it so."""
    joins, marks, time_first = _date_time_joins(codes)
    words = text.split()
    orders = (False, True) if time_first else (False,)
    for first_time in orders:
        for at in range(len(words) - 1, 0, -1):
            head, tail = words[:at], words[at:]
            day, clock = (tail, head) if first_time else (head, tail)
            while day and _folded(day[-1 if not first_time else 0].strip(marks)) in joins:
                day = day[:-1] if not first_time else day[1:]
            while clock and _folded(clock[0 if not first_time else -1].strip(marks)) in joins:
                clock = clock[1:] if not first_time else clock[:-1]
            # and at its other end (hi's "{0} बजे", vi's "'lúc' {0} {1}")
            while clock and _folded(clock[-1 if not first_time else 0].strip(marks)) in joins:
                clock = clock[:-1] if not first_time else clock[1:]
            day_text = " ".join(day).strip(marks + " ")
            clock_text = " ".join(clock).strip(marks + " ")
            if day_text and clock_text:
                yield day_text, clock_text


def _stray_offset_problem(text: str, with_date: bool = False) -> tuple[str, str] | None:
    """The message and hint for a cell's time whose offset from UTC no clock keeps
    (`stray_offset`), None for any other: `text` is a time cell's, or `with_date` a date
    and a time (2027-07-30T10:00+25:00)."""
    text = text.strip()
    clock = _date_then_time(text)[1] if with_date else text
    stray = stray_offset(clock)
    if stray is None:
        return None
    offset, before = stray
    kept = text[: len(text) - len(clock)] + before  # the date and the time, the offset gone
    iso = offset[:1] in "+-\u2212"
    return (
        f"'{text}' has the offset {offset}, which no time zone has: offsets from UTC "
        "run from -12:00 to +14:00",
        f"write the offset of the event's place (e.g. {'+02:00' if iso else 'UTC+2'} or "
        f"{'-05:00' if iso else 'UTC-5'}), or its local time without one: {kept.strip()}",
    )
