"""A dash with a space before it stays on the line of the word before it in the languages
whose typesetting asks it (`breaks.DASH_WITH_PREVIOUS`: ru, uk, be, kk): a break before it is
a last resort, taken only when the word and the dash are wider than a line; so is one after
№ or § before a number (`breaks.number_sign_breaks`). A Kazakh headline broke "Көк жүрек № 1"
/ "— «серуен»" (a user's trial). Checked on the lines of a set
paragraph, each line's characters in the order they are set."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.breaks import dash_breaks, icu_segments, number_sign_breaks

from .test_short_words import lines


@pytest.mark.parametrize(
    ("text", "lang", "upto", "expected"),
    [
        (
            "Көк жүрек № 1 — «серуен» (PLACEHOLDER)",
            "kk",
            "Көк жүрек № 1",
            ["Көк жүрек", "№ 1 —", "«серуен»", "(PLACEHOLDER)"],
        ),
        (
            "Торговля людьми — это преступление",
            "ru-RU",
            "Торговля людьми",
            ["Торговля", "людьми — это", "преступление"],
        ),
        (
            "Торгівля людьми – це злочин",
            "uk",
            "Торгівля людьми",
            ["Торгівля", "людьми – це", "злочин"],
        ),
        # other languages may begin a line with a dash
        (
            "Trafficking kills — speak up",
            "en",
            "Trafficking kills",
            ["Trafficking kills", "— speak up"],
        ),
    ],
)
def test_a_spaced_dash_stays_with_the_word_before(
    fonts: FontBook, text: str, lang: str, upto: str, expected: list[str]
) -> None:
    got = lines(fonts, text, lang, upto)
    assert got == expected
    assert all(not ln.startswith(("—", "–")) for ln in got) or lang == "en"


def test_a_break_before_it_where_the_word_and_dash_are_wider_than_a_line(
    fonts: FontBook,
) -> None:
    """ "преступление —" does not fit the line: it breaks before the dash rather than overflow."""
    got = lines(fonts, "преступление — это", "ru", "преступление")
    assert got == ["преступление", "— это"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("— Где вы?", "ru"),  # a line of dialogue
        ("Ответ:\n— Здесь", "ru"),  # after a line break
        ("1941—1945 годы", "ru"),  # no space before it
        ("人口—贩运", "zh"),  # never in Chinese
        ("Көк — жүрек № 1", "tr"),  # nor a language not listed
        ("№\n1", "kk"),  # a line break after №
    ],
)
def test_no_last_resort_where_the_rule_does_not_apply(text: str, lang: str) -> None:
    assert dash_breaks(text, lang, icu_segments(text, lang)) == frozenset()
    assert number_sign_breaks(text, lang, icu_segments(text, lang)) == frozenset()
