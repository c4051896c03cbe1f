"""A one-letter word (a preposition or a conjunction) stays on the line of the word after it in
the languages whose typesetting asks it (`breaks.KEPT_WITH_NEXT`: ru, uk, be, bg, pl, cs, sk,
sr), and so does the negative particle не in Russian, Ukrainian and Belarusian: a break after
one is a last resort, taken only when the two words are wider than a line. A Europe and
Central Asia office's trial: "ВСЕМИРНЫЙ ДЕНЬ БОРЬБЫ С" and "ДЕНЬ БОРОТЬБИ З" ended lines.
Checked on the lines of a set paragraph, each line's text as set."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.breaks import short_word_breaks
from campaign.text.paragraph import BlockStyle, build_line, prepare, set_paragraphs

SIZE = 10.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)


def lines(fonts: FontBook, text: str, lang: str, upto: str) -> list[str]:
    """The lines of `text` set as wide as its beginning `upto` is (so that a line would end
    there), each line's characters as set."""
    p = prepare(text, lang, False, fonts.stack("Latn", "regular"))
    width = build_line(p, 0, len(upto), SIZE)[1]
    found, _, _ = set_paragraphs([p], width, STYLE, fonts.face("NotoSans", "regular"))
    return [ln.actual_text() for ln in found]


@pytest.mark.parametrize(
    ("text", "lang", "upto", "expected"),
    [
        (
            "ВСЕМИРНЫЙ ДЕНЬ БОРЬБЫ С ТОРГОВЛЕЙ ЛЮДЬМИ",
            "ru",
            "ВСЕМИРНЫЙ ДЕНЬ БОРЬБЫ С",
            ["ВСЕМИРНЫЙ ДЕНЬ БОРЬБЫ", "С ТОРГОВЛЕЙ ЛЮДЬМИ"],
        ),
        (
            "Помогите нам в борьбе с торговлей людьми",
            "ru-RU",
            "Помогите нам в борьбе с",
            ["Помогите нам в борьбе", "с торговлей людьми"],
        ),
        (
            "ВСЕСВІТНІЙ ДЕНЬ БОРОТЬБИ З ТОРГІВЛЕЮ ЛЮДЬМИ",
            "uk",
            "ВСЕСВІТНІЙ ДЕНЬ БОРОТЬБИ З",
            ["ВСЕСВІТНІЙ ДЕНЬ БОРОТЬБИ", "З ТОРГІВЛЕЮ ЛЮДЬМИ"],
        ),
        (
            "Наша громада ніколи не кине дітей",
            "uk",
            "Наша громада ніколи не",
            ["Наша громада ніколи", "не кине дітей"],
        ),
        (
            "Pomoc dla ofiar i ich rodzin",
            "pl",
            "Pomoc dla ofiar i",
            ["Pomoc dla ofiar", "i ich rodzin"],
        ),
        # other languages end a line where it fills
        ("Stand with a child today", "en", "Stand with a", ["Stand with a", "child today"]),
        # a one-letter word that ends a hyphenated word (ДНК-и) is no preposition
        ("анализ ДНК-и борьба", "ru", "анализ ДНК-и", ["анализ ДНК-и", "борьба"]),
    ],
)
def test_a_one_letter_word_keeps_to_the_next(
    fonts: FontBook, text: str, lang: str, upto: str, expected: list[str]
) -> None:
    assert lines(fonts, text, lang, upto) == expected


def test_a_break_after_it_where_the_two_words_are_wider_than_a_line(fonts: FontBook) -> None:
    """С and ТОРГОВЛЕЙ do not fit one line: the line breaks after С rather than overflow."""
    text = "БОРЬБЫ С ТОРГОВЛЕЙ"
    got = lines(fonts, text, "ru", "БОРЬБЫ С")
    assert got == ["БОРЬБЫ С", "ТОРГОВЛЕЙ"]  # "С ТОРГОВЛЕЙ" is wider than "БОРЬБЫ С"


@pytest.mark.parametrize(
    ("text", "lang", "after"),
    [
        (
            "в «борьбе» с (торговлей) и 2026",
            "ru",
            ["в ", "в «борьбе» с ", "в «борьбе» с (торговлей) и "],
        ),
        ("не надо", "be", ["не "]),
        ("жертвы и", "ru", []),  # the last word: nothing to keep it with
        ("a\nb", "ru", []),  # a line break stays one
        ("с — это", "ru", []),  # before a dash
        ("not a word", "en", []),
        ("НЕ ЗАБУДЬ", "ru", ["НЕ "]),
    ],
)
def test_short_word_breaks(text: str, lang: str, after: list[str]) -> None:
    from campaign.text.breaks import break_segments

    found = short_word_breaks(text, lang, break_segments(text, lang))
    assert [text[:i] for i in sorted(found)] == after
