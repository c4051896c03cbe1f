"""The kit's own Thai words (thai_words_added.txt, `breaks.PROTECTED`) and the Thai
nominalising prefixes การ and ความ (`breaks.NOMINAL_PREFIXES`): a Thai line never ends on
การค้า ("trade") inside การค้ามนุษย์ ("human trafficking"), on ภาคประชา inside ภาคประชาสังคม
("civil society", an organiser's trial), nor on a bare การ ("matter") before the verb it makes
a noun of (การ|บริจาค, "donation"), unless the word is wider than the line. Checked on the
lines of set paragraphs, each line's characters in the order they are set, and over every
Thai string of materials/strings/th.yaml."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text import breaks
from campaign.text.paragraph import break_lines, prepare

from .test_dictionary_breaks import SIZE, lines_of, texts, thai_strings, width_of, words_of


def added_words() -> list[str]:
    path = breaks.PROTECTED["Thai"][1]
    lines = path.read_text("utf-8").splitlines()
    return [w for w in lines if w and not w.startswith("#")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ต่อต้านการค้ามนุษย์", ["ต่อต้าน", "การค้ามนุษย์"]),
        ("ผู้ค้ามนุษย์ชักชวนเด็ก", ["ผู้ค้ามนุษย์", "ชักชวน", "เด็ก"]),
        ("เครือข่ายภาคประชาสังคม", ["เครือข่าย", "ภาคประชาสังคม"]),
        ("แจ้งหน้าเว็บหรือกิจกรรม", ["แจ้ง", "หน้าเว็บ", "หรือ", "กิจกรรม"]),
        ("ตัวชี้วัดการค้ามนุษย์", ["ตัวชี้วัด", "การค้ามนุษย์"]),
        ("เพื่อการบริจาคโดยสมัครใจ", ["เพื่อ", "การบริจาค", "โดยสมัครใจ"]),
        ("การเดินทางที่ฟังดูดี", ["การเดินทาง", "ที่", "ฟัง", "ดูดี"]),
        # a writer's space after การ is a break, as in Khmer and Lao
        ("การ บริจาค", ["การ ", "บริจาค"]),
    ],
)
def test_the_kits_thai_words_are_kept_whole(text: str, expected: list[str]) -> None:
    assert words_of(text, "th") == expected


def test_a_line_ends_before_the_word_not_on_trade(fonts: FontBook) -> None:
    """Set as wide as "วันต่อต้านการค้า" ("World Day against trade"), the line ended there and
    the next began with มนุษย์ ("human")."""
    text = "วันต่อต้านการค้ามนุษย์โลก"
    width = width_of(fonts, "วันต่อต้านการค้า", "th", "Thai")
    got = texts(lines_of(fonts, text, "th", "Thai", width))
    assert got == ["วันต่อต้าน", "การค้ามนุษย์โลก"]


def test_a_word_wider_than_the_line_is_still_broken_inside(fonts: FontBook) -> None:
    width = width_of(fonts, "การค้ามนุษย์", "th", "Thai") - 1
    lines = lines_of(fonts, "การค้ามนุษย์", "th", "Thai", width)
    assert texts(lines) == ["การค้า", "มนุษย์"]
    assert all(ln.width <= width for ln in lines)


def test_no_line_of_the_shipped_thai_strings_ends_inside_a_kit_word_or_on_a_prefix(
    fonts: FontBook,
) -> None:
    """Every Thai text of th.yaml set at widths from its widest word's up, 6 pt apart: no line
    ends inside a word of thai_words_added.txt, nor on การ or ความ before a Thai letter."""
    stack = fonts.stack("Thai", "regular", "th")
    words = added_words()
    tried = guarded_texts = 0
    for text in thai_strings():
        inside = {i for w in words for at in _all(text, w) for i in range(at + 1, at + len(w))}
        after_prefix = {
            i + len(p)
            for p in ("การ", "ความ")
            for i in _all(text, p)
            if i + len(p) < len(text) and "\u0e01" <= text[i + len(p)] <= "\u0e44"
        }
        if not inside and not after_prefix:
            continue
        guarded_texts += 1
        p = prepare(text, "th", False, stack)
        widest = max(width_of(fonts, w.strip(), "th", "Thai") for w in words_of(text, "th"))
        full = width_of(fonts, text, "th", "Thai")
        width = widest
        while width < full:
            lines, over = break_lines(p, SIZE, width)
            assert over == 0
            for start, _, _ in lines[1:]:
                where = (width, text[:start] + "|" + text[start:])
                assert start not in inside, where
                assert start not in after_prefix, where
            tried += 1
            width += 6.0
    assert guarded_texts >= 15
    assert tried > 300


def _all(text: str, word: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(word, i)]


def test_the_list_is_sorted_thai_and_not_in_pythainlps() -> None:
    words = added_words()
    assert words == sorted(set(words))
    assert all(all("\u0e01" <= ch <= "\u0e4e" for ch in w) for w in words)
    dictionary, _ = breaks.words_of(breaks.THAI)
    assert not set(words) & dictionary
