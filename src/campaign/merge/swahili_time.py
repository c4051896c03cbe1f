"""Swahili time (saa): a time cell written as Swahili speakers tell the hour, `saa` and the
hour counted from 06:00 with the part of the day after it (saa 3 asubuhi, saa nane mchana),
read as the 24-hour time it is (`clock`: 09:00, 14:00); one that does not tell which of its
two hours it is, or that none is, refused with both readings (`refused`). A time written
without `saa` (4:00 jioni, 8:00 mchana) is the clock's own hour, as `day_periods` reads
every language's day periods (16:00; 8:00 mchana, no hour of mchana, is refused and named
with its Swahili reading, `swahili_reading`).

The Swahili clock counts the hours of daylight from sunrise, 06:00 on the equator, and
those of the night from sunset, 18:00: saa moja (hour one) is 07:00 or 19:00, saa sita
12:00 or 00:00, saa kumi na mbili 18:00 or 06:00, and the part of the day says which
(saa moja asubuhi is 07:00, saa moja usiku 19:00). Sources: the Kamusi Project's
Kiswahili grammar notes, "Time: Saa Ngapi?" (kamusi.org/content/telling-time: "a
difference of 6 hours between the Swahili and European methods", the parts of the day
asubuhi, mchana, alasiri, jioni and usiku added "to indicate which hour you mean", "saa 12
asubuhi, 6 o'clock in the morning", and the half and quarter hours: na nusu, u nusu, na
robo, kasa robo, kamili for the hour sharp); O. Almasi et al., "Swahili Grammar for
Introductory and Intermediate Levels" (UPA, 2014), ch. 20, "Telling the Time in Swahili"
(saa moja, 7 a.m., to saa kumi na mbili, 6 p.m., then again for the night); Baylor
University's open textbook "Elementary Swahili 1", "Ni saa ngapi?" (saa nane mchana is
2:00 PM; kasorobo, a quarter to); makalima.online.fr's course, chapter 23 (the part of the
day after "ya": saa moja ya asubuhi, 7 am). Kenyan and Tanzanian print writes times in
digits on the 24-hour (or Western 12-hour) clock, as CLDR's Swahili does (HH:mm): the kit
prints a Swahili row's time so (09:00), however it was written.

The Ethiopian clock, which counts from 06:00 too, is not read (range_words.unread names
its words, with no example: its hour is no hour of the day's 24); Swahili time is, being
what an organiser in Nairobi writes (a trial's "saa 3 asubuhi" was hinted "e.g. 03:00",
six hours wrong).
"""

from __future__ import annotations

import functools
import re
from datetime import time
from typing import NamedTuple

from . import arabic_script

SAA = "saa"  # the hour: the word before a Swahili time's hour
# the hours 1 to 12 in words (Kamusi's and Almasi's tables)
HOUR_WORDS = {
    "moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8,
    "tisa": 9, "kumi": 10, "kumi na moja": 11, "kumi na mbili": 12,
}  # fmt: skip
# the minutes said after the hour (Kamusi: kamili, the hour sharp; na nusu and u nusu, half
# past; na robo, a quarter past; kasa robo, a quarter to; Baylor's kasorobo, one word)
MINUTE_WORDS = {
    "kamili": 0, "na nusu": 30, "u nusu": 30, "na robo": 15, "kasa robo": -15, "kasorobo": -15,
}  # fmt: skip
# the word written between the hour and the part of the day (makalima's saa moja ya
# asubuhi; CLDR's sw midnight, "saa sita za usiku")
JOINS = ("ya", "za")
DAY = 24 * 60
# The hours the grammars give a part of the day beyond CLDR's (sw's dayPeriods rules:
# alfajiri 04:00 to 07:00, asubuhi 07:00 to 12:00, mchana and alasiri 12:00 to 16:00, jioni
# 16:00 to 19:00, usiku 19:00 to 04:00), in minutes from, before:
# - asubuhi from 06:00: Kamusi's "saa 12 asubuhi, 6 o'clock in the morning" (CLDR's
#   alfajiri). Saa 12 asubuhi is read as 06:00.
# - jioni to 20:00: "Swahili Made Easy" (Mkuki na Nyota, ISBN 978-9987-08-210-0), lesson 27,
#   "from 5 p.m. to about 8 p.m. it is jioni"; swahiliboat.blogspot.com's "Time in Swahili"
#   (January 2024): "7:30 P.M. ... saa moja na nusu jioni"; swa.gafkosoft.com's "Nyakati na
#   saa": usiku "kutoka saa moja jioni" (7 pm). Saa moja jioni, everyday Swahili for 7 pm, is
#   read as 19:00 (it was refused: CLDR's jioni ends at 19:00).
# - usiku to 06:00: "Swahili Made Easy", the same lesson, "The night is also 12 hours
#   beginning at 7 p.m. and ending at 6 a.m. ... The night is usiku"; swahiliboat's "usiku -
#   night - 7:00 p.m. to 5:59 a.m."; gafkosoft's usiku "7pm - 6am"; swahilimagnet.com's
#   "Telling time in Swahili": "Saa kumi kamili usiku (04:00 am)". Saa kumi usiku is read as
#   04:00 (it was refused, and hinted 22:00, 18 hours off).
# Each part's hours stay under 12, so that one of an hour's two readings is in them at most.
GRAMMAR_HOURS = {
    "asubuhi": ((6 * 60, 7 * 60),),
    "jioni": ((19 * 60, 20 * 60),),
    "usiku": ((4 * 60, 6 * 60),),
}


def _words(names: dict[str, int]) -> str:
    """`names` as a regular expression's alternatives, the longest first, any spaces."""
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)


_SAA = re.compile(
    rf"{SAA}\s+(?P<hour>\d{{1,2}}|{_words(HOUR_WORDS)})(?:(?P<mark>[:.])(?P<minute>\d{{2}}))?"
    rf"(?:\s+(?P<said>{_words(MINUTE_WORDS)}))?"
    rf"(?:\s+(?:{'|'.join(JOINS)}))?(?:\s+(?P<period>[^\W\d_]+))?"
)


class Saa(NamedTuple):
    """A Swahili time as written: its hour (as counted, 1 to 12 when it is one), its
    minutes after that hour (negative: before it, kasorobo), its part of the day as
    written ("" for none), and its minutes as written after the hour (":30", " na nusu",
    " kasorobo"; "" for none), which a hint's form of it keeps."""

    hour: int
    minutes: int
    period: str
    said: str = ""


def _fold(text: str) -> str:
    """`text` as matched: case aside, one space for any run, a closing dot dropped."""
    return re.sub(r"\s+", " ", text.casefold()).strip().rstrip(".").strip()


def written(text: str) -> bool:
    """Whether `text` (ASCII digits) is written as Swahili time: its first word is saa."""
    return _fold(text).split(" ")[0] == SAA


def parse(text: str) -> Saa | None:
    """The hour, minutes and part of the day of a Swahili time (`text`: ASCII digits; saa
    3 asubuhi, saa tatu na nusu asubuhi, saa 3:30 ya asubuhi, saa 3), as written: None for
    any other text, and for minutes past 59."""
    found = _SAA.fullmatch(_fold(text))
    if found is None:
        return None
    hour = found["hour"]
    count = int(hour) if hour.isdigit() else HOUR_WORDS[re.sub(r"\s+", " ", hour)]
    minute = int(found["minute"] or 0)
    if minute > 59 or (found["minute"] and found["said"]):
        return None
    words = re.sub(r"\s+", " ", found["said"] or "")
    said = MINUTE_WORDS[words] if words else 0
    written = f"{found['mark']}{found['minute']}" if found["minute"] else f" {words}" * bool(words)
    return Saa(count, minute + said, found["period"] or "", written)


@functools.cache
def periods() -> dict[str, tuple[tuple[int, int], ...]]:
    """Swahili's parts of the day (CLDR's sw day periods, every width, in a time and alone;
    not its halves of the day, nor noon and midnight, which are moments) to their hours, in
    minutes from, before: CLDR's dayPeriods rules with GRAMMAR_HOURS'."""
    from babel import Locale

    locale = Locale.parse("sw")
    rules = locale.day_period_rules.get(None, {})
    found: dict[str, list[tuple[int, int]]] = {}
    for context in locale.day_periods.values():
        for names in context.values():
            for period, name in names.items():
                meaning = arabic_script.period_meaning(period, rules)
                if meaning is None or meaning[0]:
                    continue
                spans = [(a // 60, b // 60) for a, b in meaning[1]]
                found.setdefault(_fold(name), [])
                found[_fold(name)] += [s for s in spans if s not in found[_fold(name)]]
    for name, extra in GRAMMAR_HOURS.items():
        found.setdefault(name, []).extend(extra)
    return {name: _joined(spans) for name, spans in found.items()}


def _joined(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """`spans` with each two that meet as one (jioni's 16:00 to 19:00 and 19:00 to 20:00:
    16:00 to 20:00), as a message names them."""
    joined = list(spans)
    while meeting := next(
        ((a, b) for a in joined for b in joined if a is not b and a[1] == b[0]), None
    ):
        first, then = meeting
        joined = [s for s in joined if s not in meeting] + [(first[0], then[1])]
    return tuple(sorted(joined))


def part_named(text: str) -> str:
    """The Swahili part of the day (`periods`, folded) a time's text ends with: usiku of
    9:00 usiku; "" for none."""
    last = _fold(text).rsplit(" ", 1)[-1]
    return last if last in periods() else ""


def _within(minutes: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether `minutes` from midnight are within one of `spans` (from, before; past
    midnight where from is later than before: usiku)."""
    return any(a <= minutes < b if a < b else minutes >= a or minutes < b for a, b in spans)


def readings(hour: int, minutes: int) -> tuple[int, int]:
    """The two times (minutes from midnight) a Swahili hour (1 to 12) and `minutes` after it
    can be: the daylight's, counted from 06:00, and the night's, from 18:00."""
    day = ((hour + 6) * 60 + minutes) % DAY
    return day, (day + 12 * 60) % DAY


def swahili_time(hour: int, minutes: int, period: str) -> time | None:
    """The time a Swahili hour (1 to 12), its minutes and its part of the day (`period`, as
    written) say: the one of its two readings within the part's hours (`periods`). None for
    an hour not 1 to 12, no part of the day, or one that holds neither reading."""
    spans = periods().get(_fold(period))
    if spans is None or not 1 <= hour <= 12:
        return None
    found = [m for m in readings(hour, minutes) if _within(m, spans)]
    return time(found[0] // 60, found[0] % 60) if len(found) == 1 else None


def clock(text: str, bare: bool = False) -> tuple[time, str | None] | None:
    """A Swahili time (`text`: ASCII digits) and its half of the day ("am", "pm"): saa 3
    asubuhi is 09:00, saa nane mchana 14:00, saa moja usiku 19:00, saa 12 asubuhi 06:00.
    With `bare`, an hour without its part of the day (saa 3, a range's start: saa 3 - saa 5
    asubuhi) as the 12-hour clock's hour it is, either half (9:00, None), which the end's
    half places. None for anything else (`refused` says why)."""
    found = parse(text)
    if found is None or not 1 <= found.hour <= 12:
        return None
    if not found.period:
        if not bare:
            return None
        twelve = readings(found.hour, found.minutes)[0] % (12 * 60)
        return time(twelve // 60 or 12, twelve % 60), None
    read = swahili_time(found.hour, found.minutes, found.period)
    if read is None:
        return None
    return read, "pm" if read.hour >= 12 else "am"


def shared(halves: list[str]) -> list[str]:
    """A range's two halves (`halves`) with the saa before its start written before its end
    too, where the start has no part of the day and the end has one (saa 3-5 asubuhi: saa
    3, saa 5 asubuhi), or the end is an hour alone (saa 3 asubuhi - 5: saa 5, named then
    without its part of the day); any others as they are: an end in 24 hours, saa 3
    asubuhi - 14:00, is the clock's (it was read as saa 14:00, and named so: text the
    organiser never wrote; saa 3 asubuhi - 11:00 was read as saa 11, and refused)."""
    if len(halves) != 2 or not written(halves[0]) or written(halves[1]):
        return halves
    start, end = parse(halves[0]), parse(f"{SAA} {halves[1].strip()}")
    alone = re.fullmatch(rf"\d{{1,2}}|{_words(HOUR_WORDS)}", _fold(halves[1]))
    if alone or (start is not None and not start.period and end is not None and end.period):
        return [halves[0], f"{SAA} {halves[1].strip()}"]
    return halves


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _hours_of(spans: tuple[tuple[int, int], ...]) -> str:
    """A part of the day's hours as a message says them: 16:00 to 19:00."""
    return " and ".join(f"{_hhmm(a)} to {_hhmm(b)}" for a, b in spans)


def part_of_day(minutes: int) -> str:
    """The Swahili part of the day (CLDR's, as `periods` names them) that holds a time
    (minutes from midnight): asubuhi for 09:00, usiku for 21:00."""
    from babel import Locale

    rules = Locale.parse("sw").day_period_rules.get(None, {})
    for period, spans in rules.items():
        hours = tuple((r["from"] // 60, r["before"] // 60) for r in spans if "from" in r)
        if hours and _within(minutes, hours):
            name = Locale.parse("sw").day_periods["format"]["wide"].get(period)
            if name:
                return _fold(name)
    return ""


def _said(found: Saa) -> str:
    """A Swahili time's hour and minutes as a message names them: saa 3, saa 3 na nusu,
    saa 3:30 (the minutes as written: a hint that dropped them, saa 3 asubuhi for saa 3 na
    nusu, printed 09:00 where 09:30 was meant)."""
    return f"{SAA} {found.hour}{found.said}"


def _form(found: Saa, at: int) -> str | None:
    """The Swahili time of `at` (minutes from midnight) with `found`'s minutes as written
    and the part of the day CLDR gives `at` (part_of_day): saa 3 na nusu asubuhi for 09:30
    of saa 3 na nusu, saa 1 kasorobo alfajiri for 06:45 of saa 1 kasorobo. None where the
    kit's own reader (`clock`) would not read it back as `at`: a hint suggests no form that
    prints another time or is refused (saa 1 alfajiri, suggested for 06:45, was refused;
    saa 6 usiku, for 23:45, printed 00:00)."""
    form = f"{SAA} {swahili_hour((at - found.minutes) % DAY)}{found.said} {part_of_day(at)}"
    read = clock(form)
    return form if read is not None and read[0] == time(at // 60 % 24, at % 60) else None


def _forms(found: Saa, times: tuple[int, ...]) -> str:
    """Each of `times` (minutes from midnight) as a Swahili time of `found`'s words
    (`_form`) with the 24-hour time it is: saa 3 na nusu asubuhi (09:30), saa 3 na nusu
    usiku (21:30); "" where none is read back."""
    forms = [(form, at) for at in times if (form := _form(found, at)) is not None]
    return ", ".join(f"{form} ({_hhmm(at)})" for form, at in forms)


def _twelve(minutes: int) -> str:
    """A time (minutes from midnight) on the clock's twelve hours, as its 12-hour clock
    writes it: 4 for 16:00, 4:30 for 16:30."""
    hour, minute = minutes // 60 % 12 or 12, minutes % 60
    return f"{hour}:{minute:02d}" if minute else f"{hour}"


def refused(text: str, written_as: str = "") -> tuple[str, ...] | None:
    """The message and hints for a time written as Swahili time (its first word saa:
    `written`) that `clock` does not read (`text`, ASCII digits): without its part of the
    day (saa 3: 09:00 or 21:00, both named in 24 hours), with one that holds neither of its
    hours (saa 4 jioni: 10:00 or 22:00; 4 pm on the 24-hour clock's twelve named), an hour
    not 1 to 12 (saa 16:00), a part of the day not known, or words not read. Each hint's
    Swahili form keeps the minutes as written and is one the kit reads back as the time it
    names (`_form`). A range's end that takes its saa from the start (`shared`) is named as
    written (`written_as`: '5 jioni' is read as saa 5 jioni). None for any other text (a
    time not written with saa, or one `clock` reads)."""
    if not written(text) or clock(text) is not None:
        return None
    said = f"'{text}' is Swahili time (saa, the hours counted from 06:00)"
    if written_as:
        said = f"'{written_as}' is read as {text}, Swahili time (saa, the hours counted from 06:00)"
    found = parse(text)
    if found is None:
        return f"{said}, but its words are not read", WRITE_SAA
    if not 1 <= found.hour <= 12:
        at = found.hour * 60 + found.minutes
        alone = f"for the 24-hour time, write it alone: {_hhmm(at)}" if 0 <= at < DAY else WRITE_SAA
        return f"{said}, and Swahili time counts the hours 1 to 12, not {found.hour}", alone
    day, night = readings(found.hour, found.minutes)
    both = f"{_hhmm(day)} or {_hhmm(night)}"
    forms = _forms(found, (day, night))
    if not found.period:
        return (
            f"{said} without its part of the day: {_said(found)} is {both}",
            f"write {both} (24 h)"
            + (f", or the part of the day after the hour: {forms}" if forms else ""),
        )
    spans = periods().get(_fold(found.period))
    if spans is None:
        from ..diagnostics import closest

        near = closest(_fold(found.period), periods())
        meant = f" (did you mean '{near}'?)" if near else ""
        return (
            f"{said}, and '{found.period}' is no part of the day{meant}",
            f"write the part of the day after the hour, one of {', '.join(sorted(periods()))}"
            + (f": {forms}" if forms else "")
            + f"; or the time in 24 hours, {both}",
        )
    hints = [
        f"for {_said(found)} as Swahili time, write {both} (24 h)"
        + (f", or the part of the day of either: {forms}" if forms else "")
    ]
    clock_hour = _western(found.hour, found.minutes, found.period)
    if clock_hour is not None:  # saa 4 jioni: 4 pm, the 24-hour clock's 16:00, with jioni
        form = _forms(found, (clock_hour,))
        hints.insert(
            0,
            f"if {_hhmm(clock_hour)} is meant (the clock's {_twelve(clock_hour)} with "
            f"{_fold(found.period)}), write {_hhmm(clock_hour)}"
            + (f", or in Swahili time {form}" if form else ""),
        )
    return (
        f"{said}, and neither of its hours, {both}, is {_fold(found.period)} ({_hours_of(spans)})",
        *hints,
    )


# what to write for a Swahili time whose words or hour are not read
WRITE_SAA = (
    "write saa, the hour (in digits or in words) and the part of the day, e.g. saa 3 "
    "asubuhi (09:00) or saa nane mchana (14:00), a range with a dash, saa 3 asubuhi - "
    "saa 5 asubuhi; or the time in 24 hours, HH:MM"
)


def _western(hour: int, minutes: int, period: str) -> int | None:
    """The 24-hour clock's time (minutes from midnight) that `hour` (1 to 12) and `minutes`
    with the part of the day `period` name on the clock's twelve hours, as day_periods
    reads 4:00 jioni (16:00; saa 5 kasorobo jioni, a quarter to 5, 16:45); None where
    neither half puts it in the part's hours."""
    spans = periods().get(_fold(period), ())
    twelve = ((hour % 12) * 60 + minutes) % DAY
    found = [m for m in (twelve, (twelve + 12 * 60) % DAY) if _within(m, spans)]
    return found[0] if len(found) == 1 else None


def swahili_hour(minutes: int) -> int:
    """The Swahili hour (1 to 12) of a time (minutes from midnight): 16:00 is saa 10."""
    return (minutes // 60 - 6) % 12 or 12


def swahili_reading(hour: int, minute: int, period: str) -> tuple[str, ...]:
    """The hint for a time without saa and with a Swahili part of the day that no half of
    the 24-hour clock puts in its hours (8:00 mchana, 2 asubuhi), where its hour read as
    Swahili time is one of them (saa 8 mchana, 14:00): the time to write; () for any other
    (a part of the day not Swahili's, an hour not 1 to 12, no Swahili reading)."""
    read = swahili_time(hour, minute, period) if _fold(period) in periods() else None
    if read is None:
        return ()
    saa = f"saa {hour}{f':{minute:02d}' if minute else ''} {_fold(period)}"
    return (
        f"as Swahili time, {saa} (its hours counted from 06:00), it is {read:%H:%M}: write "
        f"{read:%H:%M}, or {saa}",
    )
