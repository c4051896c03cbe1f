"""Display order against python-bidi's Rust unicode-bidi for texts that hold no letter of the
paragraph's opposite direction, or only its formatting characters (survivors of the third
mutation pass over text/bidi.py, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import bidi
import pytest

from campaign.fonts import FontBook
from campaign.text.bidi import EXPLICIT, embedding_levels
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
