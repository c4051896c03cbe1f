"""A time cell read (`_time`): 24 h and 12 h clocks in the kit's languages (`_clock`,
CJK's 下午7時: `_cjk_clock`), a range for a start and an end, an end of day (24:00), an
unconfirmed time (TBC), an end time before its start or past midnight (`_end_time`,
`_next_day`: past midnight by more than NIGHT_HOURS, an error), and Swahili time (saa 3
asubuhi: `swahili_time`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import datetime, time

from ..stand_ins import EVERY_LANGUAGE, stand_in
from . import (
    arabic_script,
    day_periods,
    filipino_time,
    named_times,
    range_words,
    swahili_time,
)
from .data import Cell
from .fields import Bad, _ascii_digits, _text

# what an organiser writes for a time not known yet: no time (the cell is left empty)
UNCONFIRMED = frozenset({"TBC", "TBA", "TBD"})


# What joins a range's start and end (18:00-20:00, 18:00 – 20:00, 18時～20時 as typed): a hyphen,
# an en or em dash, a minus sign, a tilde (CJK ranges: a wave dash or a fullwidth tilde)
RANGE = re.compile(r"\s*[-\u2010-\u2015\u2212~\u301c\uff5e]\s*")
TIME_HINT = "write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00"
Hours = tuple[time, time | None]  # an event's start, and its end when it has one

# What is typed between a time's hours and its minutes besides : and . (`_clock_marks`, read
# as :): the Armenian full stop ։ (U+0589), which looks like a colon and is typed for it (hy's
# CLDR time is HH:mm; 18։00 was "not a time"); the fullwidth colon ： of a Chinese or Japanese
# input method (18：30); and ٫ (U+066B), CLDR's time separator of the Extended Arabic-Indic
# digits (root's `timeSeparator` of arabext, which ur_IN keeps with them, its own digits:
# ۱۸٫۳۰; fa and ps write : with them)
CLOCK_MARKS = re.compile(r"(?<=\d)[\u0589\uff1a\u066b](?=\d)")


def _clock_marks(text: str) -> str:
    """`text` with CLOCK_MARKS between two digits written as ':' (18։00: 18:00)."""
    return CLOCK_MARKS.sub(":", text)


def _plain(text: str) -> str:
    """A time cell's text as it is read: ASCII digits, CLOCK_MARKS as ':', and alas before an
    hour left out (filipino_time.alas_free: alas-2 ng hapon is 2 ng hapon)."""
    return filipino_time.alas_free(_clock_marks(_ascii_digits(text)))


def _said(cell: Cell) -> str | None:
    """Whether a time cell's text says am or pm ("am", "pm"), is written as a 24-hour time
    ("": 6:30, which an end's pm may still move) or is an hour alone (None); "24" for a
    spreadsheet's time cell, a time of the day as it is."""
    if isinstance(cell.value, (time, datetime)):
        return "24"  # a spreadsheet's time: never read in another half of the day
    found = _clock(_plain(_text(cell)).strip(), bare=True)
    return "" if found is None else found[1]


def _time(cell: Cell, bad: Bad, hint: str = TIME_HINT, at_end: bool = False) -> Hours | None:
    """A time cell's start and end: a spreadsheet's time, a time as people write it
    (`_clock`), or a range of two (18:00-20:00, 6-8 pm: a first half without am or pm takes
    the second's, unless that would put it after the end, 11-1 pm). An end before the start
    is the next day's (22:00-02:00), and so is 24:00, the day's end (an `at_end` cell's
    too: the end_time column's).
    Each other spelling is named with what to write."""
    value = cell.value
    if isinstance(value, datetime):
        return value.time(), None
    if isinstance(value, time):
        return value, None
    text = _text(cell)
    if not text:
        return None
    plain = _plain(text).strip()
    one = _clock(plain) or _clock(range_words.unit_free([plain])[0])  # 19:00 hs
    if one is not None:
        return one[0], None
    if END_OF_DAY.fullmatch(plain) and at_end:
        return END_OF_DAY_TIME, None
    refused = _no_start(text, plain)
    if refused is not None:
        bad(cell, *refused)
        return None
    halves = _halves(plain)
    if len(halves) == 1 and (start := _clock(halves[0])) is not None:
        return start[0], None
    if len(halves) != 2:
        bad(
            cell,
            *(
                arabic_script.refused(text, plain)
                or swahili_time.refused(plain)
                or _not_a_time(text, plain, hint)
            ),
        )
        return None
    return _range(cell, text, halves, bad)


def _not_a_time(text: str, plain: str, hint: str) -> tuple[str, ...]:
    """The message for a time cell that is no time, and a hint naming its words the kit
    does not read, in any script (range_words.unread: 18:00 hasta 20:00, บ่ายโมง); the
    words it reads, of any language (a day period, Thai's น., 오후 and 時 of a CJK time:
    `_cjk_words`), are not named (午後13時 is refused for its hour), and a time of a day
    period the kit reads that no half of the day puts in its hours says those hours and
    what to write (day_periods.refused: 2 sore, 8:00 mchana)."""
    return f"'{text}' is not a time: {hint}", *(
        filipino_time.alas_refused(text)
        or named_times.refused(plain)
        or day_periods.refused(text, plain)
        or range_words.unread(plain, _read_words(), _reads)
    )


def _reads(text: str) -> bool:
    """Whether `text` (ASCII digits) is a time or a range of two that `_time` reads, as far
    as its clock goes (a range's halves each a time)."""
    halves = _halves(text.strip())
    if len(halves) == 1:
        return _clock(halves[0]) is not None
    return len(halves) == 2 and None not in (_clock(halves[0], bare=True), _clock(halves[1]))


def _halves(plain: str) -> list[str]:
    """A time's text (`plain`: ASCII digits) as one time or a range's start and end, their
    range words a dash and their hour units HH:MM: ۱۸:۳۰ تا ۲۰:۰۰, с 15:00 до 17:00, de 18 a
    20 h, desde las 18:00 (range_words); a Swahili range's saa before its start alone is its
    end's too (saa 3-5 asubuhi: saa 3, saa 5 asubuhi; swahili_time.shared)."""
    return swahili_time.shared(_split(plain))


def _split(plain: str) -> list[str]:
    """A time's text (`plain`: ASCII digits) as one time or a range's start and end, as
    written (`_halves`, without a Swahili range's saa given to its end)."""
    return range_words.unit_free(RANGE.split(range_words.ranged(plain)))


def _read_words() -> frozenset[str]:
    """The words a time may hold, of any language: its day periods, Thai's น., 오후 and 時 of
    a CJK time (`_cjk_words`)."""
    return day_periods.time_words() | frozenset(day_periods.day_periods()) | _cjk_words()


def other_reading(cell: Cell) -> tuple[str, str] | None:
    """A note's message and hint for a time written without saa with a Swahili part of the
    day that both clocks read, each as another time (9:00 usiku: 21:00, the clock's 9 at
    night, as `day_periods` reads it; as Swahili time, saa 9:00 usiku, 03:00; a range's
    halves alike, saa 1 usiku - 3 usiku: 19:00 to 03:00, or 19:00 to 21:00): the reading
    taken and the other's form to write, read back by `_time` (it was 21:00 without a
    word). None for any other cell."""
    text = _text(cell) if isinstance(cell.value, str) else ""
    halves = _halves(_plain(text).strip()) if text else []
    if not any(swahili_time.part_named(h) for h in halves):
        return None
    if all(swahili_time.written(h) for h in halves):
        return _small_hours(cell, text, halves)
    swahili = " - ".join(
        half.strip() if swahili_time.written(half) else f"{swahili_time.SAA} {half.strip()}"
        for half in halves
    )
    ours = _time(cell, _quiet)
    theirs = _time(replace(cell, value=swahili), _quiet)
    if ours is None or theirs is None or ours == theirs:
        return None
    part = swahili_time.part_named(halves[-1])
    return (
        f"'{text}' is read as {_said_hours(ours)}, the clock's hours with {part}; as "
        f"Swahili time, {swahili} (the hours counted from 06:00), it is {_said_hours(theirs)}",
        f"if {_said_hours(theirs)} is meant, write {_said_hours(theirs, '-')} or {swahili}; "
        f"for {_said_hours(ours)}, write {_said_hours(ours, '-')}, which has no other reading",
    )


def _small_hours(cell: Cell, text: str, halves: list[str]) -> tuple[str, str] | None:
    """other_reading's note for a time written with saa whose Swahili reading falls in the
    small hours (before 06:00), where its hour on the clock's twelve, with its part of the
    day, is another time (saa 10 usiku: 04:00 as Swahili time, 22:00 as the clock's 10 at
    night, which an organiser writing digits may mean: printed 04:00 without a word). None
    for any other (saa 4 usiku, 22:00: an evening, as it says)."""
    ours = _time(cell, _quiet)
    if ours is None or not any(t is not None and t.hour < 6 for t in ours):
        return None
    plain = " - ".join(re.sub(r"(?i)^\s*saa\s+", "", half).strip() for half in halves)
    theirs = _time(replace(cell, value=plain), _quiet)
    if theirs is None or theirs == ours:
        return None
    return (
        f"'{text}' is read as {_said_hours(ours)}, Swahili time (the hours counted from 06:00); "
        f"on the clock's hours, {plain} is {_said_hours(theirs)}",
        f"if {_said_hours(theirs)} is meant, write {_said_hours(theirs, '-')}; for "
        f"{_said_hours(ours)}, write {_said_hours(ours, '-')}, which has no other reading",
    )


def _quiet(_cell: Cell, *_said: str) -> None:
    """A `Bad` that tells nothing: a reading tried for a note, whose cell is told elsewhere."""


def _said_hours(hours: Hours, dash: str = " to ") -> str:
    """A start and its end as a message names them: 21:00, 21:00 to 23:00 (21:00-23:00 to
    write, `dash`)."""
    start, end = hours
    return f"{start:%H:%M}" + (f"{dash}{end:%H:%M}" if end is not None else "")


def number_time(value: float) -> tuple[str, bool] | None:
    """A spreadsheet's number in a time column read as the time typed into a General cell,
    hours before the decimal mark and minutes after it: 7.3 is 07:30 (typed 7.30, which
    Excel and LibreOffice keep as the number 7.3), 19 is 19:00 (typed 19.00), 13.45 is 13:45;
    and whether the number may have lost a trailing 0 (7.3, 19), which the merge tells. None
    for a number of more than two decimals, or one that is no hour and minute (25, 7.75)."""
    hundredths = round(value * 100)
    if abs(value * 100 - hundredths) > 1e-6 or hundredths < 0:
        return None
    hours, minutes = divmod(hundredths, 100)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}", hundredths % 10 == 0


def _no_start(text: str, plain: str) -> tuple[str, ...] | None:
    """The message and hints for a time that is no start: 24:00, the end of a day, and a
    time still to be confirmed (19:30 TBC, 19:30 (TBC), 14h30 (à confirmer), 14h30 n.c., ?:
    a stand-in of `stand_ins.stand_in`, in any of its languages); None for any other."""
    if END_OF_DAY.fullmatch(plain):
        return f"'{text}' is the end of a day, not a start", MIDNIGHT_START
    # a time is no place or name: every abbreviation counts as in its language (14h30 n.c.),
    # but not where the clock reads it (9:00 A.M. - 12:00 N.N.: the Philippines' noon, not
    # German and Dutch N.N., a name to be given)
    if UNCONFIRMED & set(re.findall(r"[A-Z]+", plain.upper())) or (
        stand_in(plain, languages=EVERY_LANGUAGE) and not _reads(plain)
    ):
        return (
            f"'{text}' is a time still to be confirmed",
            "leave the time empty until it is known (the flyer shows the date alone), then "
            "write it and merge again",
        )
    return None


def _range(cell: Cell, text: str, halves: list[str], bad: Bad) -> Hours | None:
    """A time range's start and end (`halves`: the text before and after its dash), or None
    with an error: a start of 24:00, a half that is no time, noon unclear, the whole day, an
    end that is the start."""
    if END_OF_DAY.fullmatch(halves[0]):  # 24:00-02:00: the day's end as a start
        bad(
            cell,
            f"'{text}' starts at 24:00, the end of a day",
            MIDNIGHT_START,
        )
        return None
    first, second = _clock(halves[0], bare=True), _clock(halves[1])
    if second is None and END_OF_DAY.fullmatch(halves[1]):  # 24:00, the day's end (ISO 8601):
        second = (END_OF_DAY_TIME, "")  # the next day's 00:00, as 22:00-02:00 ends then
    if first is None or second is None or first[1] is None and not second[1]:
        plain = _plain(text)
        found = range_words.digits("-".join(halves))
        hints = (
            *range_words.look_alikes(text, _reads),  # 18h3O-20h: did you mean 18h30-20h?
            *_halves_refused(halves, _split(plain.strip()), text),  # saa 3 - saa 5 jioni
            # mula alas-nuwebe hanggang alas-dose: both its readings, or its part of the day
            *(
                (filipino_time.alas_range_refused(text, found.hint.partition(": ")[2]) or ())
                if found is not None and found.halves_of_day
                else ()
            ),
        )
        bad(
            cell,
            f"'{text}' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00",
            *(hints or _range_words(plain)),  # 18u30 tot 20u30 uur: e.g. 18:30-20:30
        )
        return None
    (start, said), (end, end_said) = first, _period_before(halves[0], first[0], second)
    # an end whose word says which twelve it is: 9-midnight, 9:00-12:00 ng gabi
    named = named_times.named(halves[1]) is not None or day_periods.parted(halves[1])
    shifted = _start_by_end(start, said, end, end_said, named)
    if shifted is None:
        bad(cell, *_ambiguous_noon(text, start))
        return None
    start = shifted
    if start == end and isinstance(end, EndOfDay):  # 00:00-24:00
        bad(cell, f"'{text}' is the whole day", "leave the time empty: the date says the day")
        return None
    if start == end:
        bad(cell, f"'{text}' ends when it starts", "write its start and end, e.g. 18:00-20:00")
        return None
    return start, end


def _range_words(plain: str) -> tuple[str, ...]:
    """The hint of a range not read that no other names: its words not read named, where it
    holds one (range_words.unread: ހަވީރު 4:00 - 6:00, Dhivehi's afternoon, was told "write
    the range with a dash, e.g. 04:00-06:00", its word unnamed), else `_range_digits`'."""
    if range_words.strange(plain, _read_words()):
        return range_words.unread(plain, _read_words(), _reads)
    return _range_digits(plain)


def _range_digits(plain: str) -> tuple[str, ...]:
    """The hint of a range not read that no other names: the range its digits are, where
    each of its times says its minutes or its half of the day (18u30 tot 20u30 uur: e.g.
    18:30-20:30; not 6-8, whose half of the day it does not say), or its number that is no
    hour or minute (van 14 tot 26 uur: 26 is no hour of the day); () for any other."""
    found = range_words.digits(plain)
    return (found.hint,) if found is not None and (found.exact or not found.time) else ()


def _halves_refused(halves: list[str], written: list[str], text: str = "") -> tuple[str, ...]:
    """What a range's half that is no time of Swahili time or of a day period says of itself
    (swahili_time.refused, day_periods.refused: saa 5 jioni, 8:00 mchana), as hints; a
    Swahili half without its part of the day too (saa 3 - 14:00: saa 3 is 09:00 or 21:00),
    which a range's start alone may be where the end's part of the day places it. A half
    that takes its saa from the start is named as `written` has it (saa 3 asubuhi - 5: '5'
    is read as saa 5); a day period's words as the cell's `text` writes them
    (madaling-araw)."""
    said: list[str] = []
    for at, (half, as_written) in enumerate(zip(halves, written, strict=False)):
        shown = as_written.strip() if as_written != half else ""
        read = _clock(half, bare=at == 0)
        # a start without its half of the day, that an end read without one leaves so
        alone = at == 0 and read is not None and read[1] is None and _clock(halves[-1]) is not None
        if read is None or alone:
            said += (
                swahili_time.refused(half, shown)
                or named_times.refused(half)
                or day_periods.refused(half, half, text)
                or ()
            )
    return tuple(said)


def _period_before(
    before: str, start: time, second: tuple[time, str | None]
) -> tuple[time, str | None]:
    """A range's end (`second`) moved to the afternoon when the day period is written before
    the range (`before`: its first half), 오후 1:00-3:00, 午後1時-3時: the period is its end's
    too, where that ends it after its start (오후 11:00-1:00 ends the next day, at 01:00)."""
    if _pm_before(before) and second[1] == "" and second[0].hour < 12:
        later = second[0].replace(hour=second[0].hour + 12)
        return (later, "pm") if start < later else second
    return second


def _ambiguous_noon(text: str, start: time) -> tuple[str, str]:
    """The message and hint for a range that ends at 12 am, its `start` saying neither, the
    hint's times its own (9-12 am: 09:00-12:00 for a morning, 21:00-00:00 for a night; it
    said 10:00-12:00 whatever the start). An end of Filipino's morning (`_morning_end`: 9-12
    ng umaga, 9-12 n.u.) is told in its words: ng umaga is the half of the day from midnight
    to noon, and speakers say noon 12 ng tanghali (filipino_time); it was told "12 am"."""
    hours = f"{start.hour % 12:02d}:{start.minute:02d}"
    night = f"{start.hour % 12 + 12:02d}:{start.minute:02d}"
    morning = _morning_end(text)
    if morning is not None:
        before, word = morning
        return (
            f"'{text}' ends at 12 {word}, midnight: '{word}' is the half of the day from "
            "midnight to noon, and noon is 12 ng tanghali",
            f"for a morning until noon, write {before} ng tanghali or {hours}-12:00; for a "
            f"night until midnight, {night}-00:00",
        )
    return (
        f"'{text}' may end at noon or at midnight: 12 am is midnight, and is often written "
        "for noon",
        f"write it in 24 hours: {hours}-12:00 for a morning, {night}-00:00 for a night",
    )


def _morning_end(text: str) -> tuple[str, str] | None:
    """A range's text (as written) that ends with Filipino's morning after its 12
    (filipino_time's umaga after ng, nang or sa, or alone, and its abbreviation n.u.: 9-12 ng
    umaga, 9:00-12:00 n.u.): the text before that word and the word as written; None for any
    other."""
    found = MORNING_END.fullmatch(text)
    return (found[1], found[2]) if found else None


# Filipino's morning, as a range's last words (`_morning_end`)
MORNING_END = re.compile(
    r"(.*?)\s*(?<![^\W\d_])((?:(?:ng|nang|sa)\s+)?umaga|n\.?\s*u\.?)\s*", re.IGNORECASE
)


def _start_by_end(
    start: time, said: str | None, end: time, end_said: str | None, named: bool = False
) -> time | None:
    """A range's start written without am or pm (6, 6:30) read in the end's half of the day
    when the end has one: 6-8 pm is 18:00-20:00, and 11-1 pm 11:00-13:00 (the end's pm would
    put the start after the end). A start that says am, pm or a 24-hour hour past 12 is
    kept. None when the end is 12 am and the start says nothing: 10-12 am is written for a
    morning, and reads as a night (22:00-00:00). An end `named` midnight (named_times, or a
    part of the day's word: 12:00 ng gabi) says which twelve it is: the start is the
    evening's, 9-midnight 21:00-00:00 (12-midnight from noon)."""
    if not end_said or said or not 1 <= start.hour <= 12:
        return start
    if end_said == "am" and end.hour == 0:
        return time(start.hour % 12 + 12, start.minute) if named else None
    pm = end_said == "pm"
    moved = time(start.hour % 12 + (12 if pm else 0), start.minute)
    if moved > end:  # 11-1 pm: 11 am
        moved = time(start.hour % 12 + (0 if pm else 12), start.minute)
    return moved


# An event that ends before it starts ends the next day (22:00-02:00); one that would last
# longer than this is almost always a range written end first or an end typed wrong
# (18:00-16:00: 22 hours), refused (`_next_day`)
NIGHT_HOURS = 12


def _next_day(hours: Hours, cells: dict[str, Cell], bad: Bad) -> None:
    """An error for a range that ends the next day more than NIGHT_HOURS after it starts,
    at the cell that gave the end (end_time's, else time's), with the range swapped to
    write where that is what was meant. A night of NIGHT_HOURS or less (22:00-02:00) is
    read as it says. It was a `merge.time` warning, and the flyer printed 18:00–16:00."""
    start, end = hours
    assert end is not None
    minutes = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)
    if minutes <= NIGHT_HOURS * 60:
        return
    apart = bool(_text(cells.get("end_time")))
    cell = cells["end_time"] if apart else cells["time"]
    swapped = (
        f"time {end:%H:%M} and end_time {start:%H:%M}" if apart else f"{end:%H:%M}-{start:%H:%M}"
    )
    midnight = ("12 am is midnight: for noon write 12 pm or 12:00",) if end == time(0) else ()
    bad(
        cell,
        f"the event ends before it starts ({start:%H:%M} to {end:%H:%M}): ending the next "
        f"day, it would last {minutes // 60} h {minutes % 60:02d}, more than {NIGHT_HOURS} h",
        *midnight,
        f"if the start and the end are swapped, write the start first: {swapped}",
        f"an event that runs past midnight ends within {NIGHT_HOURS} h of its start "
        "(22:00-02:00); one of several days gives its last day in an end_date column",
    )


# what to write for an event that starts at midnight (where 24:00 was written as its start)
MIDNIGHT_START = "for an event that starts at midnight, write 00:00 with the next day's date"


class EndOfDay(time):
    """24:00 as an event's end: the next day's 00:00 (equal to it, formatted as it), told
    apart from an end written 00:00 only where that matters: a range that ends then does
    not end "before it starts" (`_next_day`), and 00:00-24:00 is the whole day."""


END_OF_DAY_TIME = EndOfDay(0, 0)

# The end of a day written as ISO 8601 allows (its 4.2.3): 24:00, as an organiser writes "until
# midnight" (22:00-24:00 was "not a time range")
END_OF_DAY = re.compile(r"24(?:[:.]00(?::00)?|\s?(?:[hH]|[uU]\.?)(?:\s?00)?)")


def _clock(text: str, bare: bool = False) -> tuple[time, str | None] | None:
    """One time as people write it, and its am or pm: HH:MM (and HH:MM:00, as a spreadsheet
    writes a time cell into a CSV), 20h00 and 20h (French), 9.30 ("" for these 24-hour
    times); 8am, 8:30 pm, 8.30 p.m., 8:00:00 AM (Google Sheets' CSV in English) ("am",
    "pm"); with `bare`, an hour alone, 6 (None: the
    start of a range, 6-8 pm); a time with a day period of a kit language (CJK's before
    it, `_cjk_clock`; Arabic's, Persian's and Urdu's, `arabic_script`; any other's,
    `day_periods`: 6:30 ከሰዓት, 6:30 GD) or its time's own word (18:30 น.); English's noon and
    midnight (named_times: 12:00 "pm", 00:00 "am"; 12:00 NN). None for anything else."""
    # CLDR's medium time writes seconds, 6:30:00 م, 18.30.00 (id): read as 6:30, 18.30
    text = SECONDS.sub("", text)
    # French writes "20 h", "20 h 30" too (a space each side of the h: an organiser's trial),
    # and a West Africa office's sheet 18H30, 18 H 30 and 18h30mn (FRENCH_HOUR)
    match = re.fullmatch(rf"([01]?\d|2[0-3])(?:[:.]([0-5]\d)(?::00)?|{FRENCH_HOUR})", text)
    if match is not None:
        return time(int(match[1]), int(match[2] or match[3] or 0)), ""
    twelve = re.fullmatch(
        r"(1[0-2]|0?[1-9])(?:[:.]([0-5]\d)(?::00)?)?\s*([ap])\.?\s*m\.?", text, re.IGNORECASE
    )
    if twelve is not None:
        pm = twelve[3].lower() == "p"
        return time(int(twelve[1]) % 12 + (12 if pm else 0), int(twelve[2] or 0)), (
            "pm" if pm else "am"
        )
    if bare and re.fullmatch(r"1[0-2]|0?[1-9]", text):
        return time(int(text), 0), None
    named = named_times.named(text)
    if named is not None:  # noon, 12 midnight (a US organiser's trial), 12:00 NN (Manila's)
        return named
    # saa 3 asubuhi (Swahili time, its hours counted from 06:00: 09:00), and with `bare` saa
    # 3, a range's start (saa 3 - saa 5 asubuhi)
    swahili = swahili_time.clock(text, bare)
    if swahili is not None:
        return swahili
    # 6:30 م, ۶ عصر, شام 6 بجے; 6:30 ከሰዓት, 6:30 GD, 18:30 น.
    return _cjk_clock(text) or arabic_script.clock(text) or day_periods.clock(text)


# A French hour's h and its minutes: 18 h, 18 h 30 (the OQLF's "Écriture des heures"), and
# as a Dakar office's Google Form had them typed (its trial: each was "not a time"), a
# capital H (18H30, 18 H 30) and the minutes' abbreviation after them, mn or min (18h30mn,
# 18 h 30 min; min is the SI's symbol of the minute, mn the one the trial's sheet wrote, as
# Le Robert and the Trésor de la langue française list it: a translator's question on the
# Liste Typographie, 12 January 2003, listetypo.free.fr/archives/html/msg19932.html;
# range_words.WORD_SOURCES). Dutch writes u, uur's abbreviation, where French writes h, as a
# Brussels organiser's sheet did (18u30, 18u: its trial, after `new language nl`, where each
# was "the word 'u' is not read"): the Nederlandse Taalunie's advice "8h30 / 8u.30 / 8.30
# u. / 8.30 uur" (taaladvies.net, named by its advice 1177, on 8.17 uur) names the forms,
# and Onze Taal's "Tijden noteren" (onzetaal.nl/taaladvies/tijden-noteren: 8.15 uur, "Uur
# afkorten tot u. is mogelijk") the u; a time with uur or u after it, 14.30 uur, is
# range_words.UNITS'.
FRENCH_HOUR = r"\s?(?:[hH]|[uU]\.?)(?:\s?([0-5]\d)(?:\s?(?:mn|min)\.?)?)?"


# a time's seconds of 00 after its minutes (CLDR's medium time: 6:30:00 ከሰዓት, 18.30.00)
SECONDS = re.compile(r"(?<=\d[:.][0-5]\d)[:.]00(?!\d)")


# A time as Japanese, Korean and Chinese write it, with an hour's and a minute's character:
# CLDR ja's full time "H時mm分ss秒" and ko's "a h시 m분 s초" (13時, 13時30分, 1시 30분), the
# half hour as 半 or 반 (13時半, 1시 반); Chinese 点 (3点, as 下午3点 is written). Its half
# of the day, before it, is a CJK_LOCALES day period as CLDR names it (ko 오후, ja 午後, zh
# 下午: `_day_periods`), before a 12-hour time (ko's short time "a h:mm": 오후 1:00).
CJK_CLOCK = re.compile(r"(\d{1,2})\s*[時时시点點](?:\s*(?:([0-5]?\d)\s*[分분]|([半반])))?")
CJK_LOCALES = ("ja", "ko", "zh", "zh_Hant")


@functools.cache
def _day_periods() -> dict[str, str]:
    """The CJK_LOCALES' names of the two halves of a day (CLDR's day periods, format
    context, every width Babel gives), to "am" or "pm": 午前, 오후, 下午."""
    from babel import Locale

    found: dict[str, str] = {}
    for code in CJK_LOCALES:
        for names in Locale.parse(code).day_periods["format"].values():
            for half in ("am", "pm"):
                if names.get(half):
                    found[names[half]] = half
    return found


def _cjk_words() -> frozenset[str]:
    """The words of a CJK time the kit reads (`_cjk_clock`): its halves of the day
    (`_day_periods`: 오후, 午後) and CJK_CLOCK's hour, minute and half characters."""
    return frozenset(_day_periods()) | frozenset("時时시点點分분半반")


def _pm_before(text: str) -> bool:
    """Whether `text` begins with an afternoon's day period of `_day_periods` (오후, 午後)."""
    return any(text.startswith(n) for n, half in _day_periods().items() if half == "pm")


def _cjk_clock(text: str) -> tuple[time, str | None] | None:
    """A time with CJK_CLOCK's characters (13時30分: a 24-hour time, ""), or a time after a
    day period of `_day_periods` (오후 1:00, 午後1時, 下午3点: 0 to 12 hours, "am" or "pm");
    None for anything else."""
    half = next((name for name in _day_periods() if text.startswith(name)), None)
    rest = text[len(half) :].strip() if half else text
    found = CJK_CLOCK.fullmatch(rest)
    if found:
        hour, minute = int(found[1]), 30 if found[3] else int(found[2] or 0)
    elif half and (numeric := re.fullmatch(r"(\d{1,2})[:.]([0-5]\d)", rest)):
        hour, minute = int(numeric[1]), int(numeric[2])
    else:
        return None
    if half is None:
        return (time(hour, minute), "") if hour < 24 else None
    if hour > 12:  # 오후 13:00: a 24-hour time after a day period, not read
        return None
    pm = _day_periods()[half] == "pm"
    return time(hour % 12 + (12 if pm else 0), minute), _day_periods()[half]


def _end_time(cell: Cell, hours: Hours | None, time_cell: Cell | None, bad: Bad) -> Hours | None:
    """The `end_time` column's end joined to the time cell's start, the start read in the
    end's half of the day as in a range (`_start_by_end`: time 6:00, end_time 8 pm is
    18:00-20:00). An end without a start, or a range in the time cell as well, is named at
    the end_time cell."""
    if not _text(cell) and not isinstance(cell.value, (time, datetime)):
        return hours
    ends = _time(cell, bad, "write it as HH:MM (24 h), e.g. 20:00", at_end=True)
    if ends is None:
        return hours
    end, also = ends
    if also is None and hours is not None and hours[1] is None and time_cell is not None:
        start = _start_by_end(hours[0], _said(time_cell), end, _said(cell))
        if start is None:
            bad(cell, *_ambiguous_noon(f"{_text(time_cell)}-{_text(cell)}", hours[0]))
            return hours
        hours = (start, None)
    if also is not None:
        bad(cell, f"'{_text(cell)}' is a range; end_time is the end alone, e.g. 20:00")
    elif hours is None:
        if time_cell is None or not _text(time_cell):
            bad(cell, "the event has an end_time but no time", "write its start in the time column")
    elif hours[1] is not None:
        bad(
            cell,
            f"the time cell's range ({_text(time_cell)}) has an end already",
            "keep the end in one of the two cells",
        )
    elif hours[0] == end and isinstance(end, EndOfDay):  # time 00:00, end_time 24:00
        bad(cell, "the event lasts the whole day", "leave the time and end_time empty")
        return hours
    elif hours[0] == end:
        bad(cell, f"the event ends when it starts ({end:%H:%M})", "write the end of the event")
    else:
        return hours[0], end
    return hours
