"""Letters of the Arabic alphabet that a language writes with letters of its own: Persian and
Urdu write YEH as U+06CC (ی, FARSI YEH: no dots in its final and isolated forms) and KAF as
U+06A9 (ک, KEHEH), where Arabic has U+064A (ي) and U+0643 (ك); ALEF MAKSURA U+0649 (ى) is
Persian's and Urdu's ی too (The Unicode Standard 15.1, 9.2 "Arabic", "Arabic Letter Yeh" and
the notes to U+06A9 and U+06CC in the code charts). A text typed on Windows' Arabic keyboard
layout, or converted from an Arabic code page, has the Arabic ones, which print in their
Arabic forms (ي with two dots below at a word's end; ك with its inner stroke): a Persian
reader sees a misspelling (a Middle East office's trial)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .scripts import char_script, script_of, split_tag, without_links

# The Arabic letter, and the one Persian, Dari, Urdu and Central Kurdish write for it
PERSO_ARABIC = {"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"}
# By language (the base of its code): its letters for the Arabic ones
OWN_LETTERS = {code: PERSO_ARABIC for code in ("fa", "prs", "ur", "ckb")}


def foreign_letters(text: str, code: str) -> list[tuple[int, str, str]]:
    """(index, the Arabic letter, the language's own) for each letter of `text` that the
    language `code` (BCP 47; by its base) writes otherwise (`OWN_LETTERS`); [] for languages
    that have none to tell."""
    own = OWN_LETTERS.get(split_tag(code)[0])
    if not own:
        return []
    return [(i, ch, own[ch]) for i, ch in enumerate(text) if ch in own]


def foreign_letters_problem(text: str, code: str, language: str) -> str | None:
    """What `foreign_letters` found, said for `language` (its English name), or None: the
    letters, each with the language's own and its first place."""
    found = foreign_letters(text, code)
    if not found:
        return None
    first: dict[str, tuple[int, str]] = {}
    for i, ch, own in found:
        first.setdefault(ch, (i, own))
    said = ", ".join(
        f"{ch} ({_name(ch)}, first at character {i + 1}) for {own} ({_name(own)})"
        for ch, (i, own) in first.items()
    )
    return (
        f"{len(found)} Arabic letter(s) where {language} writes its own: {said}; they print in "
        "their Arabic forms"
    )


def _name(ch: str) -> str:
    return f"U+{ord(ch):04X}"


FOREIGN_HINT = (
    "replace them (ي with ی, ك with ک, ى with ی): a Persian or Urdu keyboard layout types "
    "them; Windows' Arabic layout types the Arabic ones"
)

# Mixed-script words (UTS #39, "Unicode Security Mechanisms", 5.1 "Mixed-Script Detection": a
# string is single-script when one script is common to all its characters, Common and
# Inherited ones counting for every script). Checked word by word, among the scripts whose
# letters look alike: "Сampaniei" (Romanian, a Cyrillic С first) and "Aдам" (Kazakh, a Latin
# A first) print as the words, but a PDF's text holds the other letter, which search, copy
# and screen readers find (a Europe and Central Asia office's trial). A whole word in another
# script (UNODC in a Russian text), digits, addresses, hashtags and handles are no mixture.
LOOKALIKE_SCRIPTS = {"Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek"}
# Letters of one of them that look like a letter of another, from Unicode's confusables.txt
# (UTS #39, the data behind its skeletons): for a letter of the wrong script, the one to write.
_LOOKALIKES = (
    # Latin, Cyrillic, Greek ("" where the script has none)
    ("A", "\u0410", "\u0391"),
    ("B", "\u0412", "\u0392"),
    ("C", "\u0421", "\u03f9"),
    ("E", "\u0415", "\u0395"),
    ("H", "\u041d", "\u0397"),
    ("I", "\u0406", "\u0399"),
    ("J", "\u0408", ""),
    ("K", "\u041a", "\u039a"),
    ("M", "\u041c", "\u039c"),
    ("N", "", "\u039d"),
    ("O", "\u041e", "\u039f"),
    ("P", "\u0420", "\u03a1"),
    ("S", "\u0405", ""),
    ("T", "\u0422", "\u03a4"),
    ("X", "\u0425", "\u03a7"),
    ("Y", "\u04ae", "\u03a5"),
    ("Z", "", "\u0396"),
    ("a", "\u0430", ""),
    ("c", "\u0441", "\u03f2"),
    ("e", "\u0435", ""),
    ("h", "\u04bb", ""),
    ("i", "\u0456", ""),
    ("j", "\u0458", "\u03f3"),
    ("o", "\u043e", "\u03bf"),
    ("p", "\u0440", "\u03c1"),
    ("s", "\u0455", ""),
    ("x", "\u0445", ""),
    ("y", "\u0443", ""),
    ("\u00ef", "\u0457", ""),  # ï, ї
)
LOOKALIKE = {
    (ch, script): row[i]
    for row in _LOOKALIKES
    for ch in row
    if ch
    for i, script in enumerate(LOOKALIKE_SCRIPTS)
    if row[i] and row[i] != ch
}


def mixed_words(text: str, code: str) -> list[tuple[str, str, list[str]]]:
    """(word, the script it is written in, its letters of other scripts) for each word of `text`
    whose letters are of more than one of `LOOKALIKE_SCRIPTS` (addresses, hashtags and
    handles left out): the script most of its letters are in, or on a tie the language's."""
    own = script_of(code) if code else "Latn"
    out = []
    for word in _words(without_links(text, " ")):
        scripts = [s for ch in word if (s := _lookalike_script(ch))]
        kinds = set(scripts)
        if len(kinds) < 2:
            continue
        main = max(sorted(kinds), key=lambda s: (scripts.count(s), s == own))
        wrong = [ch for ch in word if _lookalike_script(ch) not in (None, main)]
        out.append((word, main, list(dict.fromkeys(wrong))))
    return out


def _words(text: str) -> list[str]:
    """The runs of letters, marks and digits of `text`."""
    out, cur = [], ""
    for ch in text:
        if unicodedata.category(ch)[0] in "LMN":
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    return [*out, cur] if cur else out


@lru_cache(maxsize=4096)  # one character at a time: a kit has a few thousand kinds
def _lookalike_script(ch: str) -> str | None:
    if not unicodedata.category(ch).startswith("L"):
        return None
    script = char_script(ch)
    return script if script in LOOKALIKE_SCRIPTS else None


def mixed_script_problem(text: str, code: str) -> tuple[str, str] | None:
    """What `mixed_words` found and its fix, or None: each word with its letters of another
    script (code point and name), then the letter to write for each."""
    found = mixed_words(text, code)
    if not found:
        return None
    said, fixes = [], []
    for word, main, wrong in found:
        others = sorted({LOOKALIKE_SCRIPTS[str(char_script(ch))] for ch in wrong})
        said.append(
            f"\u201c{word}\u201d is {LOOKALIKE_SCRIPTS[main]} with "
            + " and ".join(others)
            + " "
            + ", ".join(_named(ch) for ch in wrong)
        )
        for ch in wrong:
            own = LOOKALIKE.get((ch, main))
            fixes.append(
                f"{_named(own)} for {ch} in \u201c{word}\u201d"
                if own
                else f"a {LOOKALIKE_SCRIPTS[main]} letter for {ch} in \u201c{word}\u201d"
            )
    return (
        f"{len(found)} word(s) mix the letters of two scripts: {'; '.join(said)}; they print "
        "alike, but a PDF's text holds the other letters (search, copy and screen readers find "
        "another word)",
        f"write {'; '.join(fixes)}: the keyboard layout was switched in the middle of a word",
    )


def _named(ch: str) -> str:
    return f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, '')})"


# Romanian writes ș and ț with a comma below (U+0218 to U+021B, added by Unicode 3.0 for it);
# ş and ţ with a cedilla (U+015E, U+015F, U+0162, U+0163) are Turkish and Gagauz letters,
# which Romanian texts got from the code pages (ISO 8859-2, Windows-1250) and keyboard layouts
# that had no others. The comma below is the Romanian Academy's spelling and the Romanian
# standard SR 13011:1999's (the Romanian keyboard and character set).
ROMANIAN_COMMA = {"\u015e": "\u0218", "\u015f": "\u0219", "\u0162": "\u021a", "\u0163": "\u021b"}
COMMA_LANGUAGES = frozenset({"ro"})  # by the base of the code (mo is ro: model.language)


def cedilla_problem(text: str, code: str) -> tuple[str, str] | None:
    """In a Romanian text, the letters with a cedilla for ș and ț with a comma below (each
    with its first place) and the fix, or None."""
    if split_tag(code)[0] not in COMMA_LANGUAGES:
        return None
    found = [(i, ch) for i, ch in enumerate(text) if ch in ROMANIAN_COMMA]
    if not found:
        return None
    first: dict[str, int] = {}
    for i, ch in found:
        first.setdefault(ch, i)
    said = ", ".join(f"{_named(ch)} first at character {i + 1}" for ch, i in first.items())
    return (
        f"{len(found)} letter(s) with a cedilla where Romanian writes a comma below: {said}",
        "write "
        + ", ".join(
            f"{ROMANIAN_COMMA[ch]} (U+{ord(ROMANIAN_COMMA[ch]):04X}) for {ch}" for ch in first
        )
        + ": the comma below is Romanian's (the Romanian Academy, SR 13011); the cedilla "
        "letters are Turkish, from old code pages and keyboard layouts",
    )


def letter_problems(text: str, code: str) -> list[tuple[str, str, str]]:
    """(diagnostic code, what is wrong, the fix) for the letters of `text`, in the language
    `code`, that print right and read wrong: words mixing scripts (`text.mixed-script`) and
    Romanian letters with a cedilla (`text.cedilla`)."""
    out = []
    mixed = mixed_script_problem(text, code)
    if mixed:
        out.append(("text.mixed-script", *mixed))
    cedilla = cedilla_problem(text, code)
    if cedilla:
        out.append(("text.cedilla", *cedilla))
    return out


__all__ = [
    "FOREIGN_HINT",
    "LOOKALIKE",
    "OWN_LETTERS",
    "cedilla_problem",
    "foreign_letters",
    "foreign_letters_problem",
    "letter_problems",
    "mixed_script_problem",
    "mixed_words",
]
