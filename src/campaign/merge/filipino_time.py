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
sa (CLDR's narrow "sa hapon"), or alone (CLDR's stand-alone names).
The abbreviations after an hour (`spelled_out`, ABBREVIATIONS) are read as their words: n.u.
(ng umaga), n.h. (ng hapon) and n.t. (ng tanghali), with or without their dots and spaces
(9:00 n.u., 2 NH, 12 nt: tagaloglang.com/nh, "taught in schools but rarely used", 2:00 NH,
nt; UCLA's Tagalog lesson 17, "Telling Time (Pagsasabi ng Oras)", George Aguila and
Christine Raymundo, Winter 2003, as cdn.slideserve.com/pekelo/lesson-17 keeps it: "n.u. -ng
umaga and n.g.- ng gabi", and the translation guide above: 10:30 n.u.); n.g. (ng gabi) with
a dot at least (8 n.g., 8 ng.), as ng alone is the word ng (8 ng is refused, its word named).
Alas before an hour (alas + hour + part of the day: talkpal.ai, "Alas tres ng hapon", 3 PM;
aralinworld.com's "How to Tell Time in Tagalog": alás dos, two o'clock) is read before its
digits (alas-2, alas 2, ala-1): the hour they are; and before the Spanish-derived hour words
(HOUR_WORDS: alas-dos, alas-tres ng hapon, ala-una), as UCLA's lesson 17 lists them ("1:00
ala una, 2:00 alas dos, ... 4:00 alas kuwatro, 5:00 alas singko, 6:00 alas sais, 7:00 alas
siyete, 8:00 alas otso, 9:00 alas nuwebe, 10:00 alas diyes, 11:00 alas onse, 12:00 alas
dose") and the Tokyo University of Foreign Studies' Filipino module (coelang.tufs.ac.jp,
tl/gmod explanation 029: "Alas dose ng tanghali", noon, "ng alas seis/sais", "Alas tres y
medya", 3:30), and in their Spanish spelling, as talkpal.ai's Finnish page on Tagalog time
writes them (alas cuatro, cinco, seis, siete, ocho, nueve, diez, once); y medya after one is
its half hour (alas-tres y medya: 3:30). A word alone, without alas, is no hour (dos, una are
words of other sentences).
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
# The Spanish-derived hours after alas (the module's sources): Filipino's spellings, and
# Spanish's (cuatro, cinco...), one to twelve
HOUR_WORDS = {
    "una": 1, "uno": 1, "dos": 2, "tres": 3, "kuwatro": 4, "kwatro": 4, "cuatro": 4,
    "singko": 5, "sinko": 5, "cinco": 5, "sais": 6, "seis": 6, "siyete": 7, "syete": 7,
    "siete": 7, "otso": 8, "ocho": 8, "nuwebe": 9, "nueve": 9, "diyes": 10, "dyes": 10,
    "diez": 10, "onse": 11, "once": 11, "dose": 12, "doce": 12,
}  # fmt: skip
_ALAS_WORD = re.compile(
    rf"(?<![^\W\d_])alas?(?:\s*-\s*|\s+)({'|'.join(HOUR_WORDS)})(?![^\W\d_])"
    r"(\s+y\s+medya(?![^\W\d_]))?",
    re.IGNORECASE,
)
# The parts of the day's abbreviations after an hour (the module's sources), to their words:
# n.u., n.h., n.t. with or without dots and spaces; n.g. with a dot at least (ng is a word)
ABBREVIATIONS = (
    (r"n\.?\s*u\.?", "ng umaga"),
    (r"n\.?\s*h\.?", "ng hapon"),
    (r"n\.?\s*t\.?", "ng tanghali"),
    (r"n\.\s*g\.?|ng\.", "ng gabi"),
)
_ABBREVIATED = [
    (re.compile(rf"(?<=[\d])\s*(?:{form})(?![^\W\d_])", re.IGNORECASE), f" {words}")
    for form, words in ABBREVIATIONS
]


def names() -> dict[str, tuple[str, tuple[tuple[int, int], ...]]]:
    """Every way PERIODS' parts are written after an hour (ng hapon, nang umaga, sa gabi,
    gabi), to what each says."""
    return {f"{before}{word}": said for word, said in PERIODS.items() for before in BEFORE}


def alas_free(text: str) -> str:
    """`text` (ASCII digits) with alas (ala) before an hour left out (alas-2 ng hapon is 2 ng
    hapon, Alas 9 - alas 11 ng umaga 9 - 11 ng umaga), its hour words as digits
    (`spelled_out`: alas-tres ng hapon is 3 ng hapon), its parts of the day's abbreviations
    as their words (9:00 n.u. is 9:00 ng umaga), and madaling-araw's hyphen as a space, which
    a range's dash is not (1:00-3:00 ng madaling-araw)."""
    return MADALING.sub("madaling araw", ALAS.sub("", spelled_out(text)))


def spelled_out(text: str) -> str:
    """`text` with each hour word after alas (HOUR_WORDS) as its digits, alas kept (alas-dos
    is alas-2, alas-tres y medya alas-3:30), and each part of the day's abbreviation after an
    hour's digit as its words (ABBREVIATIONS: 9:00 n.u. is 9:00 ng umaga, 2 NH 2 ng hapon)."""

    def hour(found: re.Match[str]) -> str:
        number = HOUR_WORDS[found[1].casefold()]
        return found[0][: found.start(1) - found.start()] + str(number) + (":30" * bool(found[2]))

    text = _ALAS_WORD.sub(hour, text)
    for form, words in _ABBREVIATED:
        text = form.sub(words, text)
    return text


def alas_refused(text: str) -> tuple[str, ...] | None:
    """The hint for alas before an hour alone (`text` as written: alas-2, ala-1:30, alas-dos), which
    says no half of the day: both times it may be, in 24 hours, and the part of the day to
    add. None for any other text."""
    found = re.fullmatch(
        r"\s*alas?(?:\s*-\s*|\s+)(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*",
        spelled_out(text),
        re.IGNORECASE,
    )
    if found is None:
        return None
    hour, minute = int(found[1]), int(found[2] or 0)
    return (
        f"'{text.strip()}' says no half of the day: write it in 24 hours, "
        f"{hour % 12:02d}:{minute:02d} or {hour % 12 + 12:02d}:{minute:02d}, or with its part "
        f"of the day, e.g. {text.strip()} ng umaga, {text.strip()} ng hapon",
    )


def alas_range_refused(text: str, both: str) -> tuple[str, ...] | None:
    """The hint for a range of hours after alas that says no half of the day (`text` as
    written: mula alas-nuwebe hanggang alas-dose; `both`: its two readings in 24 hours, as
    range_words.digits gives them): those, or its part of the day to add after its end. None
    for a text without alas before an hour."""
    plain = spelled_out(text)
    if not ALAS.search(plain):
        return None
    said = text.strip()
    # an end at 12: noon is 12 ng tanghali, midnight 12 ng gabi (12 ng umaga says midnight)
    noon = re.search(r"(?<!\d)12(?:[:.]00)?\s*$", plain) is not None
    parts = ("ng tanghali", "ng gabi") if noon else ("ng umaga", "ng hapon")
    return (
        f"'{said}' says no half of the day: write it in 24 hours, {both}, or with the part "
        f"of the day after its end, e.g. {said} {parts[0]}, {said} {parts[1]}",
    )
