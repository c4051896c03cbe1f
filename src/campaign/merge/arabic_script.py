"""Words of an event sheet written in Arabic, Persian or Urdu that the merge reads: a
time's day period (6:30 م, ۶ عصر, شام 6 بجے: `clock`), and a word as either keyboard types
it (`one_keyboard`; the columns' headers are column_names.COLUMN_NAMES', with every language's).

A time's day period is CLDR's (through Babel): the names of the two halves of the day (am
and pm: Arabic ص and م, which the kit prints, Persian ق.ظ. and ب.ظ., قبل‌ازظهر and
بعدازظهر) and of the parts of the day with the hours CLDR's dayPeriods rules give them
(Persian عصر 13:00 to 19:00 and شب 19:00 to 24:00, Arabic مساءً 18:00 to 24:00, Urdu شام
18:00 to 20:00 and رات 20:00 to 04:00): an hour is read in the half of the day that puts it
in its part's hours (۶ عصر is 18:00, ۲ عصر 14:00), and is refused where neither does (Urdu
شام 9 بجے: CLDR's Urdu says رات from 20:00). They are read on any row, as Korean and
Japanese day periods are: no language writes one of them for another part of the day.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import time

# the languages whose day periods are read (the kit's languages in Arabic script)
LANGUAGES = ("ar", "fa", "ur")
# the words around a time that say nothing of its half of the day: Persian ساعت and Arabic
# الساعة (the hour: ساعت ۱۸:۳۰, الساعة 6 مساءً), Urdu بجے (o'clock: شام 6 بجے)
CLOCK_WORDS = ("الساعه", "ساعت", "ساعه", "بجے", "بجی")
DAY = 24 * 3600

# an Arabic keyboard's yeh and kaf as the Persian and Urdu ones (one word typed on either)
KEYBOARD = {0x064A: 0x06CC, 0x0643: 0x06A9}
ZWNJ = "\u200c"  # ZERO WIDTH NON-JOINER: a Persian compound may hold it (برگزار‌کننده)


def one_keyboard(text: str) -> str:
    """`text` as a Persian keyboard types it, whichever keyboard typed it: Arabic ي and ك as
    ی and ک, and no ZERO WIDTH NON-JOINER (برگزار‌کننده, برگزارکننده and برگزاركننده are one);
    any other script's as it is. How a header's words are matched (column_names.header_spelling)."""
    return text.translate(KEYBOARD).replace(ZWNJ, "")


def _fold(text: str) -> str:
    """A day period's name as matched: harakat (مساءً: مساء), spaces, dots, ZERO WIDTH
    NON-JOINER and bidi marks dropped (بعد از ظهر and بعدازظهر, ب.ظ. and ب.ظ are one), the
    Arabic yeh and kaf as the Persian ones, teh marbuta as heh; case aside."""
    text = text.translate({0x064A: 0x06CC, 0x0649: 0x06CC, 0x0643: 0x06A9, 0x0629: 0x0647})
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[\s.\u0640\u200c\u200e\u200f\u061c]", "", text).casefold()


Period = tuple[str, tuple[tuple[int, int], ...]]  # ("am" or "pm", ()) or ("", its hours)


@functools.cache
def day_periods() -> dict[str, frozenset[Period]]:
    """The LANGUAGES' day periods (CLDR's, every width, in a time and alone; folded: _fold)
    to what they say: a half of the day ("am", "pm"), or the hours of a part of it (seconds
    from, before: CLDR's dayPeriods rules, as Babel gives them). A name in Latin letters (ur's
    AM) is left to times._clock."""
    from babel import Locale

    found: dict[str, set[Period]] = {}
    for code in LANGUAGES:
        locale = Locale.parse(code)
        rules = locale.day_period_rules.get(None, {})
        for context in locale.day_periods.values():
            for names in context.values():
                for period, name in names.items():
                    if name.isascii():
                        continue
                    meaning = period_meaning(period, rules)
                    if meaning is not None:
                        found.setdefault(_fold(name), set()).add(meaning)
    return {name: frozenset(meanings) for name, meanings in found.items()}


def period_meaning(period: str, rules: dict[str, list[dict[str, int]]]) -> Period | None:
    """What CLDR's day period `period` says (`rules`: Babel's `day_period_rules` of its
    locale): a half of the day ("am", "pm"), or the hours of a part of it (seconds from,
    before); None for a moment (noon, midnight: no hours)."""
    if period in ("am", "pm"):
        return (period, ())
    spans = tuple((r["from"], r["before"]) for r in rules.get(period, ()) if "from" in r)
    return ("", spans) if spans else None


def _within(seconds: int, span: tuple[int, int]) -> bool:
    start, before = span
    return start <= seconds < before if start < before else seconds >= start or seconds < before


def period_time(hour: int, minute: int, meanings: frozenset[Period]) -> tuple[time, str] | None:
    """The time `hour`:`minute` (an hour of 1 to 12) names with a day period whose
    `meanings` are those of `period_meaning`, and its half of the day ("am", "pm"): the hour
    in the half the name says, or in the one that puts it within the hours of the part of
    the day it names. None where no half, or more than one, does."""
    halves = {half for half, _ in meanings if half}
    candidates = {time(hour % 12 + (12 if half == "pm" else 0), minute) for half in halves}
    if not halves:  # a part of the day: the half that puts the hour in its hours
        spans = [span for _, spans in meanings for span in spans]
        for moved in (hour % 12, hour % 12 + 12):
            if any(_within(moved * 3600 + minute * 60, span) for span in spans):
                candidates.add(time(moved, minute))
    if len(candidates) != 1:
        return None
    read = candidates.pop()
    return read, "pm" if read.hour >= 12 else "am"


def clock(text: str) -> tuple[time, str | None] | None:
    """A time written with a day period of `day_periods` before or after it (`text`: in
    ASCII digits; 6:30 م, 10:00 ص, 6:30 مساءً, ۶ عصر, ۶ بعدازظهر, شام 6 بجے), and its half
    of the day ("am", "pm"): an hour of 1 to 12 in the half the name says, or in the one
    that puts it within the hours of the part of the day it names; HH:MM with only
    CLOCK_WORDS around it (ساعت ۱۸:۳۰) as a 24-hour time (""). None for anything else: no
    such name, an hour past 12 with one, an hour no half puts in its part of the day."""
    found = re.search(r"(?<!\d)(\d{1,2})(?:[:.]([0-5]\d))?(?!\d)", text)
    if found is None:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    words = _fold(text[: found.start()] + " " + text[found.end() :])
    for word in CLOCK_WORDS:
        words = words.replace(_fold(word), "")
    if not words:  # ساعت ۱۸:۳۰: a 24-hour time; ساعت ۶ says no half of the day
        return (time(hour, minute), "") if found[2] and hour < 24 else None
    meanings = day_periods().get(words)
    if not meanings or not 1 <= hour <= 12:
        return None
    return period_time(hour, minute, meanings)


def refused(text: str, plain: str) -> tuple[str, ...] | None:
    """The message and hint for a time written with a day period of `day_periods` or a
    CLOCK_WORDS word that `clock` does not read (`text` as written, `plain` in ASCII
    digits), naming why and the 24-hour times it may be; None for any other text."""
    found = re.search(r"(?<!\d)(\d{1,2})(?:[:.]([0-5]\d))?(?!\d)", plain)
    if found is None or clock(plain) is not None or re.search(r"\d", plain[found.end() :]):
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    rest = _fold(plain[: found.start()] + " " + plain[found.end() :])
    words = rest
    for word in CLOCK_WORDS:
        words = words.replace(_fold(word), "")
    meanings = day_periods().get(words)
    if meanings is None and (words or rest == words):
        return None  # no day period, no clock word: events' own message
    if hour > 12 or hour == 0:
        return (
            f"'{text}' has an hour of 24 hours ({hour}) with a day period",
            f"write it in 24 hours without the day period, e.g. {hour % 24:02d}:{minute:02d}",
        )
    either = f"{hour % 12:02d}:{minute:02d} or {hour % 12 + 12:02d}:{minute:02d}"
    if meanings is None:  # ساعت ۶, 6 بجے: no half of the day
        return (
            f"'{text}' says no half of the day",
            f"write it in 24 hours, {either}, or with a day period (6 عصر, 6:30 م)",
        )
    spans = [span for half, spans in meanings if not half for span in spans]
    hours = ", ".join(
        f"{a // 3600:02d}:{a % 3600 // 60:02d} to {b // 3600 % 24:02d}:{b % 3600 // 60:02d}"
        for a, b in spans
    )
    return (
        f"'{text}' is not read: CLDR gives its day period the hours {hours}, and "
        f"{hour}:{minute:02d} is within them in neither half of the day",
        f"write it in 24 hours, {either}",
    )
