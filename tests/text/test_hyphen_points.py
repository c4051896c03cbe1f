"""Hyphenation: the dictionary for each form of a language tag, Turkish syllables by TDK's rule,
and the points of a whole text (survivors of the third mutation pass over text/hyphen.py, see
docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import pytest

from campaign.text.hyphen import dictionary, hyphenates, text_points, word_points


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("de", "de_DE"),
        ("de-AT", "de_AT"),
        ("de_CH", "de_CH"),
        ("de-at", "de_AT"),
        ("de-Latn-AT", "de_AT"),
        ("de-Latn", "de_DE"),  # not a region
        ("de-XX", "de_DE"),  # a region pyphen has no dictionary for
        ("pt-BR", "pt_BR"),
        ("en-GB", "en_GB"),
        ("ar", None),
    ],
)
def test_the_dictionary_follows_the_region(lang: str, name: str | None) -> None:
    assert dictionary(lang) == name


@pytest.mark.parametrize(
    ("lang", "does"), [("tr_TR", True), ("tr-TR", True), ("TR", True), ("az-Latn", True)]
)
def test_turkish_and_azerbaijani_hyphenate_whatever_the_tags_form(lang: str, does: bool) -> None:
    assert hyphenates(lang) is does


@pytest.mark.parametrize(
    ("word", "points"),
    [
        ("saatler", (2, 4)),  # sa-at-ler: two vowels side by side are two syllables
        ("şiirler", (2, 4)),
        ("istanbul", (2, 5)),  # is-tan-bul: a consonant before a vowel starts a syllable
        ("kitaplık", (2, 5)),
        ("mutluluk", (3, 5)),
        ("strateji", (4,)),  # stra-te-ji: the first syllable's consonants stay together
        ("Türkiye", (3,)),  # Tür-ki-ye, and never "-ye" (three letters after a point)
    ],
)
def test_turkish_words_break_between_syllables(word: str, points: tuple[int, ...]) -> None:
    assert word_points(word, "tr") == points


def test_a_texts_points_are_those_of_each_of_its_words() -> None:
    text = "Kampf gegen Menschenhandel, jetzt!"  # Kampf, ge-gen, Men-schen-han-del, jetzt
    assert text_points(text, 0, len(text), "de") == [8, 15, 20, 23]
    assert text_points(text, 0, 11, "de") == [8]
    assert text_points(text, 12, len(text), "de") == [15, 20, 23]


def test_a_text_with_a_soft_hyphen_breaks_only_there() -> None:
    text = "Menschen\u00adhandel gegen"
    assert text_points(text, 0, len(text), "de") == []
