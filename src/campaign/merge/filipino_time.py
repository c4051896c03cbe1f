"""A time as Filipino (the kit's tl) writes it: its parts of the day after the hour as its
speakers use them (PERIODS: 9:00 ng umaga, 2 ng hapon, 8:00 ng gabi), not CLDR fil's, and
the Spanish-derived hour word alas (ala) before the hour (`alas_free`: alas-2 ng hapon is
2 ng hapon, 14:00), whose hour alone says no half of the day (`alas_refused`).

CLDR's fil data (as Babel 2.19 gives it, and the cldr-json of unicode-org) names its
dayPeriods rules' morning1, 00:00 to 06:00, "ng umaga" (morning; stand-alone "umaga"), and
morning2, 06:00 to 12:00, "madaling-araw" (the small hours), afternoon1, 12:00 to 16:00, "ng
hapon", and evening1, 16:00 to 18:00, "ng gabi" (CLDR-17035, unicode-org/cldr pull request
3301, chose gabi for both evening1 and night1): Babel's format_time(time(9), 'h:mm B',
locale='fil') writes "9:00 madaling-araw" and 16:00 "4:00 ng gabi". The kit read that data as
it is (format and stand-alone alike), so 9:00 ng umaga and 1:00-4:00 ng hapon were refused:
the names of the two mornings are the other way round from what the words mean, and
afternoon ends at 16:00. PERIODS reads the words instead as these sources give them:
- umaga, the morning, the half of the day before noon: a Tagalog style guide for
  translators (translationdirectory.com/article932.htm: 10:30 n.u., "n.u." means "ng umaga"
  for am, and midnight 12 n.u.); polyglotclub.com's "Telling Time" (pang-umaga, A.M., "from
  midnight up to noontime"; 6:00 a.m., alas-sais ng umaga);
- tanghali, noon: tagaloglang.com/nh ("To say PM when it's noon, use nt for ng tanghali");
  polyglotclub.com ("ng tanghali - noon"); read at 12:00 to 13:00 alone (12:30 ng tanghali);
- hapon, the afternoon: tagaloglang.com/nh ("oras mula ikaisa ng hapon at bago ang ikaanim
  ng gabi", 1 pm to before 6 pm; 2:00 NH, alas-dos ng hapon); read 12:00 to 19:00, the hour
  of 6 too (1:00-6:00 ng hapon ends at 18:00: no half of the day makes it a morning);
- gabi, the evening and the night: polyglotclub.com (6:00 p.m., alas-sais ng gabi);
  talkpal.ai's "Telling Time in Tagalog" (gabi, 6 PM to 11:59 PM; alas dose ng gabi, 12 AM,
  midnight): 18:00 to 01:00;
- madaling-araw, the small hours: Wiktionary's madaling-araw (after the KWF Diksiyonaryo ng
  Wikang Filipino, 2021: "period between midnight and sunrise; early morning; wee hours"):
  00:00 to 06:00.
Each after ng (and nang, its misspelling, which CLDR's newer data writes: "nang umaga") or
sa (CLDR's narrow "sa hapon"), or alone (CLDR's stand-alone names). The abbreviations n.u.,
n.h. and n.g. (tagaloglang.com: "taught in schools but rarely used") are not read.
Alas before an hour (alas + hour + part of the day: talkpal.ai, "Alas tres ng hapon", 3 PM;
aralinworld.com's "How to Tell Time in Tagalog": alás dos, two o'clock) is read before its
digits (alas-2, alas 2, ala-1): the hour they are; the Spanish numbers written in words
(alas-dos) are not read.
"""

from __future__ import annotations

import re

HOUR = 3600
# Each part of the day: its words, and what it says (arabic_script.Period): a half of the day
# ("am"), or its hours (seconds from, before)
PERIODS: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {
    "umaga": ("am", ()),
    "tanghali": ("", ((12 * HOUR, 13 * HOUR),)),
    "hapon": ("", ((12 * HOUR, 19 * HOUR),)),
    "gabi": ("", ((18 * HOUR, 1 * HOUR),)),
    "madaling-araw": ("", ((0, 6 * HOUR),)),
    "madaling araw": ("", ((0, 6 * HOUR),)),
}
# what may come before a part's word: ng (nang) or sa, or nothing
BEFORE = ("", "ng ", "nang ", "sa ")

# madaling-araw with its hyphen (any dash typed for it, spaced or not)
MADALING = re.compile(r"madaling\s*[-\u2010-\u2015]\s*araw", re.IGNORECASE)
# alas (ala before one) and a dash or a space, before an hour's digits
ALAS = re.compile(r"(?<![^\W\d_])alas?(?:\s*-\s*|\s+)(?=\d)", re.IGNORECASE)


def names() -> dict[str, tuple[str, tuple[tuple[int, int], ...]]]:
    """Every way PERIODS' parts are written after an hour (ng hapon, nang umaga, sa gabi,
    gabi), to what each says."""
    return {f"{before}{word}": said for word, said in PERIODS.items() for before in BEFORE}


def alas_free(text: str) -> str:
    """`text` (ASCII digits) with alas (ala) before an hour left out (alas-2 ng hapon is 2 ng
    hapon, Alas 9 - alas 11 ng umaga 9 - 11 ng umaga), and madaling-araw's hyphen as a
    space, which a range's dash is not (1:00-3:00 ng madaling-araw)."""
    return MADALING.sub("madaling araw", ALAS.sub("", text))


def alas_refused(text: str) -> tuple[str, ...] | None:
    """The hint for alas before an hour alone (`text` as written: alas-2, ala-1:30), which
    says no half of the day: both times it may be, in 24 hours, and the part of the day to
    add. None for any other text."""
    found = re.fullmatch(
        r"\s*alas?(?:\s*-\s*|\s+)(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*", text, re.IGNORECASE
    )
    if found is None:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    return (
        f"'{text.strip()}' says no half of the day: write it in 24 hours, "
        f"{hour % 12:02d}:{minute:02d} or {hour % 12 + 12:02d}:{minute:02d}, or with its part "
        f"of the day, e.g. {text.strip()} ng umaga, {text.strip()} ng hapon",
    )
