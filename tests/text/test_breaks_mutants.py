"""Properties of the newest line-break code that no test held: each test here failed under a
bug planted in the code it names (the thirty-ninth session's mutation testing), and passes
without it. A spaced dash and a number sign in Russian-tradition typesetting
(`breaks.dash_breaks`, `breaks.number_sign_breaks`), Thai's nominalising prefix ความ
(`breaks.NOMINAL_PREFIXES`)."""

from __future__ import annotations

import pytest

from campaign.text.breaks import (
    dash_breaks,
    icu_segments,
    nominal_prefix_breaks,
    number_sign_breaks,
)

from .test_dictionary_breaks import words_of


@pytest.mark.parametrize("lang", ["ru", "RU", "ru_RU", "Ru-ru"])
def test_a_dash_keeps_to_its_word_whatever_the_codes_case(lang: str) -> None:
    """A BCP 47 tag is case-insensitive: RU and ru_RU are Russian, and the break before the
    dash (at 16) is a last resort."""
    text = "Торговля людьми — это"
    assert dash_breaks(text, lang, icu_segments(text, "ru")) == frozenset({16})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Көк жүрек № 1", {12}),  # before the 1
        ("§ 3 закона", {2}),
        ("Приказ № б/н", set()),  # no number after it (б/н: "without a number")
        ("№ п/п", set()),
    ],
)
def test_a_number_sign_keeps_only_to_a_number(text: str, expected: set[int]) -> None:
    assert number_sign_breaks(text, "kk", icu_segments(text, "kk")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ความโปร่งใส",  # "transparency": ICU's ความ|โปร่งใส, in no dictionary as one word
        "ความเปราะบาง",  # "vulnerability": a vowel written before the consonant follows
    ],
)
def test_thais_prefix_for_an_adjective_keeps_to_it(text: str) -> None:
    """ความ + adjective is one word (as the Lao ຄວາມ): no line ends on a bare ความ."""
    assert words_of(text, "th") == [text]


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("การฮั้วประมูล", 3),  # "bid rigging": ฮ (U+0E2E), the last Thai consonant
        ("ความฮึกเหิม", 4),
        ("การกักขัง", 3),  # "detention": ก (U+0E01), the first
        ("การไฟฟ้า", 3),  # ไ (U+0E44), the last vowel written before a consonant
    ],
)
def test_every_thai_consonant_and_leading_vowel_follows_a_prefix(text: str, after: int) -> None:
    """THAI_WORD_START is every Thai consonant, ก to ฮ, and every vowel written before one,
    เ to ไ: the break after the prefix is a last resort before each."""
    segs = icu_segments(text, "th")
    assert nominal_prefix_breaks(text, segs) == {after}


def test_a_prefix_before_the_last_consonant_keeps_to_it() -> None:
    assert words_of("การฮั้วประมูล", "th") == ["การฮั้ว", "ประมูล"]
