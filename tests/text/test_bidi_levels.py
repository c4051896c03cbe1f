"""Bidi levels and display order against python-bidi's Rust unicode-bidi: texts without letters
of the paragraph's opposite direction or with only its formatting characters, links and
hashtags, and boundary neutrals (survivors of the third mutation pass over text/bidi.py, see
docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import bidi
import pytest

from campaign.fonts import FontBook
from campaign.text.bidi import EXPLICIT, embedding_levels, visual_order
from campaign.text.paragraph import build_line, prepare


def shown(fonts: FontBook, text: str, rtl: bool) -> str:
    """The visible characters in display order, left to right."""
    stack = fonts.stack("Arab" if rtl else "Latn", "regular")
    p = prepare(text, "ar" if rtl else "en", rtl, stack)
    runs, _ = build_line(p, 0, len(text), 12)
    out = "".join(r.text[::-1] if r.rtl else r.text for r in runs)
    return "".join(ch for ch in out if ch not in EXPLICIT)


@pytest.mark.parametrize(
    ("text", "rtl", "expected"),
    [
        # Latin alone in a right-to-left paragraph: the final '!' goes to the left
        ("Blue Heart!", True, "!Blue Heart"),
        # Arabic or Hebrew alone in a left-to-right paragraph reads right to left
        ("اليوم العالمي", False, "يملاعلا مويلا"),
        ("שלום עולם", False, "םלוע םולש"),
        ("שלום", False, "םולש"),  # one word: no neutral character at all
        # Latin inside a right-to-left embedding or isolate: a '!' before it goes after it
        ("abc \u202b!def\u202c ghi", False, "abc def! ghi"),
        ("abc \u2067!def\u2069 ghi", False, "abc def! ghi"),
        # with an isolate (resolved by unicode-bidi): the paragraph's direction is the
        # language's, not the first letter's
        ("Blue \u2067قلب ج\u2069 Heart!", True, "!Blue ج بلق Heart"),
    ],
)
def test_an_opposite_direction_shows_without_letters_of_that_direction(
    fonts: FontBook, text: str, rtl: bool, expected: str
) -> None:
    reference = bidi.get_display(text, base_dir="R" if rtl else "L")
    assert "".join(ch for ch in reference if ch not in EXPLICIT) == expected
    assert shown(fonts, text, rtl) == expected


def test_latin_in_a_right_to_left_paragraph_is_at_level_2() -> None:
    assert embedding_levels("ab 1", True) == [2, 2, 2, 2]
    assert embedding_levels("ab!", True) == [2, 2, 1]
    assert embedding_levels("ab!", False) == [0, 0, 0]


@pytest.mark.parametrize(
    ("text", "rtl"), [("הצטרפו #לב_כחול היום", True), ("Join #לב_כחול today", False)]
)
def test_a_hebrew_hashtag_reads_right_to_left_with_its_hash_at_the_start(
    fonts: FontBook, text: str, rtl: bool
) -> None:
    """Hebrew letters are bidi class R (Arabic's are AL): the same rule as Arabic hashtags."""
    assert "#לב_כחול"[::-1] in shown(fonts, text, rtl)


@pytest.mark.parametrize(
    ("text", "island"),
    [
        ("اتصلوا info@un.org الآن", (7, 18)),  # an address inside the text, not at its start
        ("ادعموا #30 اليوم", (7, 10)),  # a hashtag without letters
    ],
)
def test_a_link_in_right_to_left_text_is_a_left_to_right_island(
    text: str, island: tuple[int, int]
) -> None:
    a, b = island
    assert embedding_levels(text, True) == [1] * a + [2] * (b - a) + [1] * (len(text) - b)


def test_a_hashtag_that_starts_with_a_latin_letter_reads_from_its_hash(fonts: FontBook) -> None:
    assert "#UN_" in shown(fonts, "ادعموا #UN_قلب اليوم", True)


def test_resolving_levels_writes_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    """python-bidi's steps print their state to stderr when asked to debug: never here."""
    assert embedding_levels("ندعم Blue Heart (2024)", True)[:4] == [1, 1, 1, 1]
    assert embedding_levels("Blue Heart: القلب الأزرق", False)[:4] == [0, 0, 0, 0]
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("text", "rtl", "levels"),
    [
        # Persian's zero-width non-joiner and a soft hyphen are boundary neutrals, which UAX 9
        # removes (X9): each takes the level of the character before it, or the paragraph's
        ("\u200cمی\u200cخواهم", True, [1] * 9),
        ("می\u200cخواهم Blue\u00adHeart", True, [1] * 9 + [2] * 10),
        ("a\u00adب", False, [0, 0, 1]),
        ("\u200dقلب", False, [0, 1, 1, 1]),
        ("\u00ad", True, [1]),  # nothing left after X9
    ],
)
def test_boundary_neutrals_take_the_level_before_them(
    text: str, rtl: bool, levels: list[int]
) -> None:
    assert embedding_levels(text, rtl) == levels


@pytest.mark.parametrize(
    ("levels", "order"),
    [
        ([0, 2, 2], [0, 1, 2]),  # even levels only: two reversals cancel
        ([0, 4, 4, 2], [0, 1, 2, 3]),
        ([0, 1, 1, 2, 2, 1], [0, 5, 3, 4, 2, 1]),
        ([1, 2, 2, 0], [1, 2, 0, 3]),
        ([], []),
    ],
)
def test_rule_l2_reverses_from_the_highest_level_to_the_lowest_odd_one(
    levels: list[int], order: list[int]
) -> None:
    assert visual_order(levels) == order
