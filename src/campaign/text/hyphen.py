"""Where words may be hyphenated: Liang's patterns through pyphen, and Turkish by its rule.

pyphen (https://github.com/Kozea/Pyphen, pure Python, GPL 2.0+ / LGPL 2.1+ / MPL 1.1) bundles
the hyphenation dictionaries of LibreOffice (https://git.libreoffice.org/dictionaries), each
under its own free licence (README_hyph_*.txt beside it). It has no Turkish dictionary, so
Turkish (and Azerbaijani, written the same way) uses the Turkish Language Association's rule
(TDK, Yazım Kılavuzu, "Hece yapısı" and "Satır sonunda kelimelerin bölünmesi"): every
syllable has one vowel, a consonant standing before a vowel starts a new syllable, and two
vowels side by side belong to two syllables.

A word is hyphenated only where both parts keep `LEFT` and `RIGHT` letters (TeX's
lefthyphenmin and righthyphenmin), so never as "a-" or "-ed". Words holding a soft hyphen
(U+00AD) are broken only there: the writer chose their breaks.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import pyphen

LEFT, RIGHT = 2, 3

# Language -> pyphen dictionary; a region in the code picks a regional one where pyphen has it
# (pt-BR, de-CH, en-GB). Languages not here are not hyphenated.
DICTIONARIES: dict[str, str] = {
    "de": "de_DE",
    "en": "en_US",
    "es": "es",
    "fr": "fr",
    "id": "id_ID",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
    "ru": "ru_RU",
    "sv": "sv",
    "uk": "uk_UA",
}
TURKIC = frozenset({"tr", "az"})
_TURKISH_VOWELS = frozenset("aeıioöuüâîûAEIİOÖUÜÂÎÛ")


def dictionary(lang: str) -> str | None:
    """The pyphen dictionary for a BCP 47 code, or None."""
    parts = lang.replace("_", "-").split("-")
    base = parts[0].lower()
    if base not in DICTIONARIES:
        return None
    for part in parts[1:]:
        regional = f"{base}_{part.upper()}"
        if len(part) == 2 and regional in pyphen.LANGUAGES:
            return regional
    return DICTIONARIES[base]


def hyphenates(lang: str) -> bool:
    base = lang.replace("_", "-").split("-")[0].lower()
    return base in TURKIC or dictionary(lang) is not None


@lru_cache(maxsize=16)
def _pyphen(name: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=name, left=LEFT, right=RIGHT)


@lru_cache(maxsize=8192)
def word_points(word: str, lang: str) -> tuple[int, ...]:
    """Offsets inside `word` (letters only) where it may be hyphenated, ascending."""
    if len(word) < LEFT + RIGHT:
        return ()
    if lang.replace("_", "-").split("-")[0].lower() in TURKIC:
        points = _turkish(word)
    else:
        name = dictionary(lang)
        points = list(_pyphen(name).positions(word)) if name else []
    return tuple(p for p in points if LEFT <= p <= len(word) - RIGHT)


def _turkish(word: str) -> list[int]:
    vowel = [ch in _TURKISH_VOWELS for ch in word]
    out = []
    for i in range(1, len(word)):
        if not any(vowel[:i]):  # the first syllable's vowel is still to come
            continue
        if vowel[i] and not vowel[i - 1]:  # a vowel before i - 1: any(vowel[:i]) above
            out.append(i - 1)  # a consonant before a vowel starts the syllable
        elif vowel[i] and vowel[i - 1]:
            out.append(i)  # sa-at
    return sorted(set(out))


def _letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def text_points(text: str, start: int, end: int, lang: str) -> list[int]:
    """Hyphenation points (indices into `text`) inside the words of text[start:end]."""
    if "\u00ad" in text[start:end]:
        return []
    out: list[int] = []
    i = start
    while i < end:
        if not _letter(text[i]):
            i += 1
            continue
        j = i
        while j < end and _letter(text[j]):
            j += 1
        out += [i + p for p in word_points(text[i:j], lang)]
        i = j
    return out
