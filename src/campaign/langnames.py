"""A language code's names, in English and in the language itself, and the separator of its
lists, from the Unicode CLDR (through Babel)."""

from __future__ import annotations

from functools import lru_cache


def language_names(code: str) -> tuple[str, str] | None:
    """A language code's English and own names (Babel, from the Unicode CLDR), or None when
    it is not a language CLDR knows."""
    from babel import Locale, UnknownLocaleError
    from babel.core import parse_locale

    try:
        _, territory, script, variant, *_ = parse_locale(code.replace("-", "_"))
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    # Babel reads a subtag it does not know as a variant ("ar_final") or a script ("ar_semi")
    # and makes the language of the rest: each subtag must be one CLDR names, or
    # `ar_final.csv` made the language ar-final. (Its language may be an alias: tl is fil.)
    known = Locale("en")
    if (
        (script and script not in known.scripts)
        or (territory and territory not in known.territories)
        or (variant and variant not in known.variants)
    ):
        return None
    if script and locale.script != script:
        # Babel gives the language in another script when CLDR has no data for this one
        # (kk-Latn read as Kazakh (Cyrillic), қазақ тілі (кирилл жазуы): a trial): the
        # English names of the language and the script, as CLDR's English gives them, and
        # no name in itself, which CLDR does not know
        parts = [known.scripts[script], *([known.territories[territory]] if territory else [])]
        english = f"{known.languages.get(locale.language, code)} ({', '.join(parts)})"
        return english, english
    english = locale.get_display_name("en") or code
    return english, locale.get_display_name() or english


# Where a language's list joins its items with a word and no mark (CLDR's Arabic list is
# "{0} و{1}", "and"), the comma of its script: the Arabic comma (U+060C) in the Arabic script
COMMAS = {"Arab": "\u060c "}


@lru_cache(maxsize=64)
def list_separator(code: str, script: str = "") -> str:
    """What a language writes between two items of a list: the separator of the Unicode CLDR's
    standard list pattern for its middle items (Babel's `Locale.list_patterns`: en ", ", ja
    and zh "、", am "፣ ", my "၊ ", fa "،\u200f ", th " "), else, where that separator is a word
    (ar "و", "and"), the mark before the word (jgo ", ŋ́gɛ") or the comma of `script`
    (`COMMAS`), and ", " for a code CLDR does not know (a pseudo-locale)."""
    from .cldr import list_middle

    pattern = list_middle(code.replace("-", "_"))  # kept between processes (cldr)
    if pattern is None:
        return COMMAS.get(script, ", ")
    separator = pattern.replace("{0}", "", 1).replace("{1}", "", 1)
    word = next((i for i, ch in enumerate(separator) if ch.isalpha()), None)
    if word is None:
        return separator
    mark = separator[:word]
    if mark.strip():
        return mark.rstrip() + " "
    return COMMAS.get(script, ", ")
