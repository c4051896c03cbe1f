"""Strings that still have the source's very words: an office made its Sinhala by copying
en.yaml and translating two strings, and the other 24 printed in English on the "Sinhala"
poster, `check --lang si --strict` saying nothing (an office's trial). They are one
`strings.untranslated` warning per language, at the first such text, naming the keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import cli


def test_a_language_copied_from_english_is_warned_of_its_english_texts(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    strings = kit / "materials" / "strings"
    text = (strings / "en.yaml").read_text(encoding="utf-8")
    assert "\nlanguage: en\n" in text
    # French made from a copy of English, two strings translated
    fr = text.replace("\nlanguage: en\n", "\nlanguage: fr\n")
    day = "text: World Day Against Trafficking in Persons · 30 July\n"
    assert day in fr
    fr = fr.replace(day, "text: Journée mondiale de la lutte contre la traite · 30 juillet\n")
    (strings / "fr.yaml").write_text(fr, encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3")
    assert (
        "fr.yaml:15:3: warning[strings.untranslated]: [fr]: fr.yaml has 25 string(s) with the "
        "very words of en.yaml: theme, fact_figure, fact, "
    ) in out, out
    assert " and 13 more; they print in English until translated\n" in out  # 12 named
    code, out = cli("check", "--kit", kit, "--lang", "fr", "--only", "poster-a3", "--strict")
    assert code == 1
    assert "error[strings.untranslated]" in out


def test_the_shipped_languages_and_a_confirmed_same_word_are_not_warned(
    kit_copy: Callable[..., Path],
) -> None:
    """French "Contact" is the English word, confirmed with `source: Contact`; without it, it
    is counted."""
    kit = kit_copy()
    code, out = cli("check", "--kit", kit)
    assert code == 0, out
    assert "strings.untranslated" not in out
    fr = kit / "materials" / "strings" / "fr.yaml"
    text = fr.read_text(encoding="utf-8")
    confirmed = "  contact_title:\n    text: Contact\n    source: Contact\n"
    assert confirmed in text
    fr.write_text(text.replace(confirmed, "  contact_title:\n    text: Contact\n"), "utf-8")
    code, out = cli("check", "--kit", kit, "--lang", "fr")
    assert (
        "fr.yaml:133:3: warning[strings.untranslated]: [fr]: fr.yaml has 1 string(s) with the "
        "very words of en.yaml: contact_title; they print in English until translated\n"
    ) in out, out


def test_a_variant_of_the_source_language_is_not_warned(kit_copy: Callable[..., Path]) -> None:
    """A review: en-US beside en has the same words by right; it is not "untranslated"."""
    kit = kit_copy()
    strings = kit / "materials" / "strings"
    text = (strings / "en.yaml").read_text(encoding="utf-8")
    (strings / "en-US.yaml").write_text(
        text.replace("\nlanguage: en\n", "\nlanguage: en-US\n"), encoding="utf-8"
    )
    code, out = cli("check", "--kit", kit, "--lang", "en-US", "--only", "poster-a3")
    assert "strings.untranslated" not in out, out
