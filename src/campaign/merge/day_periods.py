"""A time written with a day period after its number, or before it, in any of the kit's
languages (`clock`): Amharic 6:30 ከሰዓት, Somali 6:30 GD, Indonesian 6.30 sore, and one with
its language's fixed time word (Thai 18:30 น., CLDR th's short time "HH:mm น.", the time
the kit prints in Thai).

The names are CLDR's (through Babel, `Locale.day_periods`: in a time and alone, every
width): the halves of the day (am and pm) and the parts of it with the hours CLDR's
dayPeriods rules give them (Indonesian sore 15:00 to 18:00: 6 sore is 18:00), read as
`arabic_script` reads Arabic's, Persian's and Urdu's (which it keeps: their own folding,
and the reasons it names for a time it refuses). They are read on any row: a time cell is
read before the row's language is known to it, and no kit language writes one of them for
another half of the day (a name two languages give two meanings is read only where the
hour tells one).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import time

from . import arabic_script, filipino_time

# the kit's languages (materials/strings: a test keeps the two lists one), as Babel names
# their locales (the kit's tl is CLDR's fil); ht's day periods are CLDR root's AM and PM,
# none Haitian (formats.UNSOURCED_TIMES)
KIT_LANGUAGES = (
    "am", "ar", "bn", "en", "es", "fa", "fr", "hi", "ht", "id", "ka", "km", "lo",
    "my", "ne", "pt", "ru", "so", "sw", "th", "tl", "tr", "uk", "ur", "vi", "zh",
)  # fmt: skip
# a time's number: an hour, its minutes and seconds of 00 (CLDR's medium time, 6:30:00 ከሰዓት)
NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?:[:.]([0-5]\d)(?:[:.]00)?)?(?!\d)")

Period = arabic_script.Period  # ("am" or "pm", ()) or ("", its hours)


def _fold(text: str) -> str:
    """A day period's name as matched: case, dots, spaces (NO-BREAK, NARROW NO-BREAK),
    ZERO WIDTH SPACE and NON-JOINER aside (a.m., a. m. and am are one)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s.\u200b\u200c]", "", text)


def _own_languages() -> tuple[str, ...]:
    """KIT_LANGUAGES whose day periods this module reads: not those `arabic_script` reads."""
    return tuple(c for c in KIT_LANGUAGES if c not in arabic_script.LANGUAGES)


@functools.cache
def day_periods() -> dict[str, frozenset[Period]]:
    """The names (folded: _fold) of the day periods of `_own_languages` to what they say: a
    half of the day ("am", "pm"), or the hours of a part of it (seconds from, before; CLDR's
    dayPeriods rules). Noon and midnight (a moment, no hours) are left out. Filipino's are
    filipino_time's (its words as its speakers use them), not CLDR fil's."""
    from babel import Locale

    found: dict[str, set[Period]] = {}
    for name, said in filipino_time.names().items():
        found.setdefault(_fold(name), set()).add(said)
    for code in _own_languages():
        if code == "tl":  # CLDR fil's names are not its words' hours: filipino_time's are
            continue
        locale = Locale.parse(code)
        rules = locale.day_period_rules.get(None, {})
        for context in locale.day_periods.values():
            for names in context.values():
                for period, name in names.items():
                    meaning = arabic_script.period_meaning(period, rules)
                    if meaning is not None:
                        found.setdefault(_fold(name), set()).add(meaning)
    found.pop("", None)
    return {name: frozenset(meanings) for name, meanings in found.items()}


@functools.cache
def time_words() -> frozenset[str]:
    """The words (folded) `_own_languages`' CLDR time patterns write before their first
    field or after their last, besides a day period: Thai's น. (its short time "HH:mm น.",
    นาฬิกา, o'clock). Their short and medium times, and their hours-and-minutes of 12 and 24
    hours (the kit prints a time in one of these: formats._clock_pattern)."""
    from babel import Locale
    from babel.dates import tokenize_pattern

    words: set[str] = set()
    for code in _own_languages():
        locale = Locale.parse(code)
        patterns = [locale.time_formats[w].pattern for w in ("short", "medium")]
        patterns += [
            p.pattern for s in ("hm", "Hm") if (p := locale.datetime_skeletons.get(s)) is not None
        ]
        for pattern in patterns:
            tokens = tokenize_pattern(pattern)
            fields = [at for at, (kind, _) in enumerate(tokens) if kind == "field"]
            if not fields:
                continue
            ends = tokens[: fields[0]] + tokens[fields[-1] + 1 :]
            words.update(_fold(str(value)) for kind, value in ends if kind == "chars")
    words.discard("")
    return frozenset(words)


def clock(text: str) -> tuple[time, str | None] | None:
    """A time written with a day period of `day_periods` before or after it (`text`: in
    ASCII digits; 6:30 ከሰዓት, 6:30 GD, 6:30:00 GH, 6.30 sore), and its half of the day
    ("am", "pm"): an hour of 1 to 12 in the half the name says, or in the one that puts it
    within the hours of the part of the day it names; a time with only a `time_words` word
    around it (18:30 น.) as a 24-hour time (""). None for anything else: no such name, an
    hour past 12 with one, an hour no half puts in its part of the day."""
    found = NUMBER.search(text)
    if found is None:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    before, after = _fold(text[: found.start()]), _fold(text[found.end() :])
    own = next((w for w in time_words() if after.endswith(w) or before.startswith(w)), "")
    words = (before.removeprefix(own) + after.removesuffix(own)) if own else before + after
    if not words:  # 18:30 น.: a 24-hour time; a number alone is times._clock's
        return (time(hour, minute), "") if own and found[2] and hour < 24 else None
    meanings = day_periods().get(words)
    if not meanings or not 1 <= hour <= 12:
        return None
    return arabic_script.period_time(hour, minute, meanings)


def refused(text: str, plain: str, written: str = "") -> tuple[str, ...] | None:
    """The hints for a time with a day period of `day_periods` after or before its number
    that `clock` does not read (`text` as written, `plain` in ASCII digits): an hour of 24
    hours with it (13:30 ከሰዓት), or one that no half of the day puts in its part's hours
    (2 sore: sore is 15:00 to 18:00), naming those hours and the 24-hour times it may be;
    with a Swahili part of the day, the time its hour is as Swahili time too, where that is
    one (8:00 mchana: saa 8 mchana, 14:00; swahili_time.swahili_reading). The day period is
    quoted as `text`, or `written` (the whole cell, where `text` is a range's half as read),
    writes it (`_as_written`: madaling-araw, its hyphen kept; it was quoted 'madaling
    araw', as read). None for any other text: no such name, or one `clock` reads."""
    from . import swahili_time

    found = NUMBER.search(plain)
    if found is None or clock(plain) is not None or re.search(r"\d", plain[found.end() :]):
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    before, after = plain[: found.start()].strip(), plain[found.end() :].strip()
    words = _fold(before) + _fold(after)
    meanings = day_periods().get(words)
    if not meanings or (before and after):
        return None
    if hour > 12 or hour == 0:
        return (
            f"'{text}' has an hour of 24 hours ({hour}) with a day period: write it in 24 "
            f"hours without the day period, e.g. {hour % 24:02d}:{minute:02d}",
        )
    spans = [span for half, spans in meanings if not half for span in spans]
    hours = " and ".join(
        f"{a // 3600:02d}:{a % 3600 // 60:02d} to {b // 3600 % 24:02d}:{b % 3600 // 60:02d}"
        for a, b in spans
    )
    either = f"{hour % 12:02d}:{minute:02d} or {hour % 12 + 12:02d}:{minute:02d}"
    named = _as_written((before or after).strip(), written or text)
    swahili = swahili_time.swahili_reading(hour, minute, named)  # 8:00 mchana: 14:00
    giver = "Filipino gives" if _fold(named) in _filipino() else "CLDR gives"
    outside = (
        f"{giver} '{named}' the hours {hours}, and {hour}:{minute:02d} is within them in "
        "neither half of the day"
    )
    if swahili:
        return *swahili, f"{outside} ({either})"
    return (f"{outside}: write it in 24 hours, {either}",)


def _as_written(named: str, text: str) -> str:
    """A day period's words as read (`named`: madaling araw, ng umaga) as `text` writes them,
    where it holds them with dashes or spaces between their words (madaling-araw), any case;
    `named` where it does not (n.u. read as ng umaga)."""
    between = r"[\s\-\u2010-\u2015]+"
    found = re.search(between.join(map(re.escape, named.split())), text, re.IGNORECASE)
    return found[0] if found else named


@functools.cache
def _filipino() -> frozenset[str]:
    """filipino_time's names of the parts of the day, folded (_fold)."""
    return frozenset(_fold(name) for name in filipino_time.names())


def parted(text: str) -> bool:
    """Whether `text` (ASCII digits) is a time `clock` reads by a part of the day's hours, not
    a half of the day (12:00 ng gabi, 00:00: the word says which twelve it is)."""
    found = NUMBER.search(text)
    if found is None or clock(text) is None:
        return False
    words = _fold(text[: found.start()]) + _fold(text[found.end() :])
    return any(not half for half, _ in day_periods().get(words, ()))
