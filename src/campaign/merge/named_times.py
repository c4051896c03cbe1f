"""The two twelves written with a word (`named`): English's noon, midday and midnight, alone
or after 12 or 12:00 (noon, 12 noon, 12:00 noon, 12 midnight), and the Philippines' NN,
N.N. and N (noon) and MN (midnight) after 12 or 12:00 as AM and PM are written (12NN,
12:00 N.N., 12:00 N, 12:00 MN); and the hint for
such a word after another hour (`refused`: 12:30 NN, 1:00 noon)."""

from __future__ import annotations

import re
from datetime import time

# The English words for the two twelves, which a 12-hour clock's 12:00 leaves to be told
# apart (12 noon, 12 midnight: the Merriam-Webster and Oxford dictionaries' "noon", "midday"
# and "midnight"), as English rows write them, alone or after 12 or 12:00 (the README's
# "12 noon" written with its minutes, 12:00 noon, was "the word 'noon' is not read": a
# Manila organiser's trial): noon is 12:00 and the afternoon's half of the day (noon-2 pm),
# midnight 00:00, the day's start (an end at midnight after a start the evening before is the
# next day's, as 22:00-00:00 is: times._end_time)
NOON_WORDS = ("noon", "midday")
MIDNIGHT_WORDS = ("midnight",)
# The Philippines' NN (noon), written after 12 or 12:00 where AM and PM are written after the
# other hours (12NN, 9AM-12NN, 12:00 NN, 8:00AM-12NN, and with dots, 12:00 N.N.: each was
# refused in the trial, 12:00 N.N. read as German and Dutch N.N., a name to be given:
# stand_ins). No Philippine government or style guide's page stating it was found; it is read
# only after 12 or 12:00, where it can say nothing but noon (NN alone, or after 12:30, is
# refused: `refused`). So are the lone N (noon) and MN (midnight) a Manila organiser's sheet
# wrote beside it (12:00 N, 12:00 MN, 10PM-12MN: each "not a time" in a trial): no source
# stating them was found either, and they too are read after 12 or 12:00 alone.
NN = r"n\.?\s*n\.?|n\.?"
MN = r"m\.?\s*n\.?"
# 12 and 12:00 as a 12-hour clock writes them (12:00:00 as a CSV writes a sheet's time)
TWELVE = r"12(?:[:.]00(?::00)?)?"
_WORD = rf"(?P<word>{'|'.join(NOON_WORDS + MIDNIGHT_WORDS)}|{MN}|{NN})"
_NAMED = re.compile(rf"(?:(?P<twelve>{TWELVE})\s*)?{_WORD}", re.IGNORECASE)
# another hour before one of the words (12:30 NN, 1:00 noon, 11 midnight)
_OTHER_HOUR = re.compile(
    rf"(?P<hour>1[0-2]|0?\d)(?:[:.](?P<minute>[0-5]\d))?\s*{_WORD}", re.IGNORECASE
)


def named(text: str) -> tuple[time, str] | None:
    """The time a twelve named by its word is (`text`, ASCII digits; any capitals and spaces:
    12  Midnight, 12nn) and its half of the day: noon, NN and N 12:00 ("pm"), midnight and
    MN 00:00 ("am"); NN, N and MN only after 12 or 12:00. None for anything else."""
    found = _NAMED.fullmatch(text.strip())
    if found is None or found["twelve"] is None and _abbreviated(found["word"]):
        return None
    if _midnight(found["word"]):
        return time(0, 0), "am"
    return time(12, 0), "pm"


def _abbreviated(word: str) -> bool:
    """Whether `word` is the Philippines' NN, N or MN, not an English word."""
    return re.fullmatch(f"{NN}|{MN}", word, re.IGNORECASE) is not None


def _midnight(word: str) -> bool:
    """Whether `word` (one of _WORD's) names midnight: midnight, MN."""
    return word.casefold() in MIDNIGHT_WORDS or re.fullmatch(MN, word, re.IGNORECASE) is not None


def refused(plain: str) -> tuple[str, ...] | None:
    """The hint for a time (`plain`, ASCII digits) of noon's or midnight's word after an hour
    that is no 12 or 12:00 (12:30 NN, 1:00 noon): the word is read after those alone, and the
    time to write in 24 hours (12:30 after noon; another hour's two readings, 01:00 or
    13:00: the word says neither). None for any other text."""
    found = _OTHER_HOUR.fullmatch(plain.strip())
    if found is None or named(plain) is not None:
        return None
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    word = found["word"].strip()
    noon = not _midnight(word)
    said = f"12 {word}, 12:00 {word}"
    if hour == 12:  # 12:30 NN: the half hour after noon (or after midnight)
        write = f"{12 if noon else 0:02d}:{minute:02d}"
    else:
        write = f"{hour % 12:02d}:{minute:02d} or {hour % 12 + 12:02d}:{minute:02d}"
    return (
        f"'{word}' ({'noon' if noon else 'midnight'}) is read after 12 or 12:00 alone "
        f"({said}): write the time in 24 hours, {write}",
    )
