"""Locale-aware capitals for display styles (`uppercase: true`).

icu4py (the kit's ICU binding) has no case mapping, and PyICU needs a compiler, so the three
language rules that ICU's `u_strToUpper` has beyond Unicode's default full mapping are written
here after ICU's own code (icu4c `ucase.cpp` and `ustrcase.cpp`, `GreekUpper::toUpper`; the
same rules as CLDR's `el-Upper` transform and Unicode's SpecialCasing.txt):

- Greek (`el`): capitals carry no accents. Tonos, varia, perispomeni, breathings and the
  ypogegrammeni (which becomes a capital iota after the letter) are dropped; the dialytika is
  kept (ΐ -> Ϊ, ΰ -> Ϋ). A vowel that loses its accent before ι or υ gives that letter a
  dialytika, as the accent showed the two are not a diphthong (άι -> ΑΪ). The disjunctive
  ή ("or"), a lone word with only a tonos, keeps it (ή -> Ή).
  Sources: icu4c `ustrcase.cpp` (GreekUpper), ICU ticket 5456, and
  https://github.com/mdn/content/issues/21688.
- Turkish and Azerbaijani (`tr`, `az`): i -> İ (U+0130) and ı -> I (SpecialCasing.txt).
- Lithuanian (`lt`): a combining dot above (U+0307) after i or j is dropped, since the
  capital does not need it (SpecialCasing.txt).
- Eastern Armenian (`hy`, `hye`): the ligature և (U+0587, ech-yiwn) is ԵՎ (ech + vew) in
  capitals, as Armenia's reformed spelling writes it; Unicode's default (SpecialCasing.txt)
  and Western Armenian (`hyw`, and `hy-arevmda`, which the Unicode CLDR's language aliases
  make `hyw`) keep ԵՒ (ech + yiwn), the classical spelling. Source: icu4c `ucase.cpp`,
  `toUpperOrTitle` (ICU ticket ICU-13416) and `ucase_getCaseLocale` ("hy or hye? *not* hyw");
  the alias `hy_arevmda` -> `hyw` in CLDR's supplementalMetadata.xml (ICU's `uloc` tests
  canonicalize hy_AREVMDA to hyw). Node.js's `toLocaleUpperCase("hy")` gives ԵՒ: V8 hands
  ICU only the tr, az, el and lt locales.

Every other language gets Python's `str.upper`, which is Unicode's full default mapping
(ß -> SS), the same as ICU's root locale.
"""

from __future__ import annotations

import unicodedata

_ACCENTS = frozenset("\u0300\u0301\u0302\u0303\u0311\u0342")  # tonos/oxia, varia, perispomeni
_OTHER = frozenset("\u0304\u0306\u0313\u0314\u0343")  # macron, vrachy, breathings, koronis
_DIALYTIKA = "\u0308"
_DIALYTIKA_TONOS = "\u0344"  # combining dialytika and tonos
_YPOGEGRAMMENI = "\u0345"
_GREEK_DIACRITICS = _ACCENTS | _OTHER | {_DIALYTIKA, _DIALYTIKA_TONOS, _YPOGEGRAMMENI}
_VOWELS = frozenset("ΑΕΗΙΟΥΩ")


def upper(text: str, lang: str) -> str:
    """`text` in capitals as a reader of `lang` (a BCP 47 code) expects them."""
    base = lang.replace("_", "-").split("-")[0].lower()
    if base == "el":
        return greek_upper(text)
    if base in ("tr", "az"):
        return text.replace("i", "\u0130").upper()
    if base == "lt":
        return _drop_dot_above(text).upper()
    if base in ("hy", "hye") and not western_armenian(lang):
        return text.replace(ECH_YIWN, "\u0535\u054e").upper()  # և -> ԵՎ (ech, vew)
    return text.upper()


ECH_YIWN = "\u0587"  # և


def western_armenian(lang: str) -> bool:
    """Whether an `hy` tag is Western Armenian's: one with the variant `arevmda` (BCP 47), which
    the Unicode CLDR's aliases make `hyw`."""
    return "arevmda" in lang.replace("_", "-").lower().split("-")[1:]


def _drop_dot_above(text: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if ch == "\u0307" and out and out[-1] in "iįj":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _is_greek_letter(ch: str) -> bool:
    cp = ord(ch)
    return (0x0370 <= cp <= 0x03FF or 0x1F00 <= cp <= 0x1FFF) and ch.isalpha()


def _cased(ch: str) -> bool:
    return ch.lower() != ch.upper() or unicodedata.category(ch) in ("Lu", "Ll", "Lt")


def _case_ignorable(ch: str) -> bool:
    """Unicode's Case_Ignorable, near enough: marks, format characters, modifier letters and
    the word-internal punctuation of Word_Break MidLetter/MidNumLet."""
    return unicodedata.category(ch) in ("Mn", "Me", "Cf", "Lm", "Sk") or ch in "'.:·\u2019\u2018"


def _followed_by_cased(text: str, i: int) -> bool:
    while i < len(text) and _case_ignorable(text[i]):
        i += 1
    return i < len(text) and _cased(text[i])


def greek_upper(text: str) -> str:
    """Greek capitals without accents (ICU's `el` uppercasing, see the module docstring)."""
    src = unicodedata.normalize("NFD", text)
    out: list[str] = []
    after_cased = False
    after_accented_vowel = False
    i = 0
    while i < len(src):
        ch = src[i]
        i += 1
        if not _is_greek_letter(ch):
            out.append(ch.upper())
            if not _case_ignorable(ch):
                after_cased = _cased(ch)
                after_accented_vowel = False
            continue
        cap = ch.upper()
        marks = ""
        while i < len(src) and src[i] in _GREEK_DIACRITICS:
            marks += src[i]
            i += 1
        vowel = cap in _VOWELS
        accent = any(m in _ACCENTS or m == _DIALYTIKA_TONOS for m in marks)
        dialytika = _DIALYTIKA in marks or _DIALYTIKA_TONOS in marks
        iotas = marks.count(_YPOGEGRAMMENI)
        if vowel and after_accented_vowel and cap in "ΙΥ":
            dialytika = True  # άι -> ΑΪ: the accent said "not a diphthong"
        if (
            cap == "Η"
            and accent
            and not iotas
            and not dialytika
            and not after_cased
            and not _followed_by_cased(src, i)
        ):
            out.append("Ή")  # the disjunctive ή ("or") keeps its tonos
        else:
            out.append(cap + (_DIALYTIKA if dialytika else ""))
        out.append("Ι" * iotas)
        after_accented_vowel = vowel and accent and not dialytika
        after_cased = True
    return unicodedata.normalize("NFC", "".join(out))


def written_offsets(written: str, capitals: str, lang: str) -> tuple[int, ...]:
    """Where each index of `capitals` (`written` as `upper` and the style's rules set it,
    links kept as written; its end too) falls in `written`: an offset of the set text (a
    line's start or end, a Span's) as an offset of the string, so that the words a line
    shows can be given as the string writes them. The two are walked side by side: a
    character the same in both, or its capitals (ß as SS, Armenian և as ԵՎ), or a letter
    whose capital lost or gained a mark (Greek ά as Α, ι as Ϊ after one) is one step; a mark
    the capitals dropped (a combining tonos, a Lithuanian dot) belongs to the letter before
    it. An offset inside the capitals of one character (between the two S of ß) falls after
    it. A space is where the two meet again if anything else differs."""
    at = [0] * (len(capitals) + 1)
    i = j = 0
    while j < len(capitals):
        at[j] = i
        c = capitals[j]
        w = written[i] if i < len(written) else ""
        if not w or c == w:
            i, j = i + bool(w), j + 1
            continue
        shown = upper(w, lang)
        if len(shown) > 1 and capitals.startswith(shown, j):
            at[j + 1 : j + len(shown)] = [i + 1] * (len(shown) - 1)
            i, j = i + 1, j + len(shown)
        elif _unmarked(w) and _unmarked(c) == _unmarked(shown):
            i, j = i + 1, j + 1  # ά shown as Α, ι as Ϊ (Greek capitals' marks)
        elif unicodedata.category(w) in _DROPPED or (w.isspace() and not c.isspace()):
            i += 1  # a mark the capitals left out: the letter before it has it
        elif unicodedata.category(c) in _DROPPED or (c.isspace() and not w.isspace()):
            j += 1  # a character the capitals have alone
        else:
            i, j = i + 1, j + 1
    at[len(capitals)] = len(written)
    return tuple(at)


_DROPPED = frozenset({"Mn", "Me", "Cf"})  # marks and format characters


def _unmarked(text: str) -> str:
    """The first character of `text` without its marks ("" for none)."""
    return unicodedata.normalize("NFD", text)[:1]
