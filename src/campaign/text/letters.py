"""Letters of the Arabic alphabet that a language writes with letters of its own: Persian and
Urdu write YEH as U+06CC (ی, FARSI YEH: no dots in its final and isolated forms) and KAF as
U+06A9 (ک, KEHEH), where Arabic has U+064A (ي) and U+0643 (ك); ALEF MAKSURA U+0649 (ى) is
Persian's and Urdu's ی too (The Unicode Standard 15.1, 9.2 "Arabic", "Arabic Letter Yeh" and
the notes to U+06A9 and U+06CC in the code charts). A text typed on Windows' Arabic keyboard
layout, or converted from an Arabic code page, has the Arabic ones, which print in their
Arabic forms (ي with two dots below at a word's end; ك with its inner stroke): a Persian
reader sees a misspelling (a Middle East office's trial)."""

from __future__ import annotations

from .scripts import split_tag

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

__all__ = ["FOREIGN_HINT", "OWN_LETTERS", "foreign_letters", "foreign_letters_problem"]
