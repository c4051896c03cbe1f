"""A Korean numeral written as a word (한, 두, 세, 네, 열두, 스무, 몇...) or a number in digits
stays on the line of the word it counts after its space (한 명, 두 번, 세 살, 3 명;
`breaks.numeral_breaks`): a break after it is a last resort, taken only when the two words are
wider than a line. A Tokyo and Seoul office's trial: the Korean theme broke "단 한" /
"명의 아동도" and the fact "피해자 세" / "명 중". Checked on the lines of a set paragraph."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.breaks import break_segments, last_resort, numeral_breaks
from campaign.text.paragraph import BlockStyle, build_line, prepare, set_paragraphs

SIZE = 20.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)
THEME = "인신매매와의 싸움에서 단 한 명의 아동도 소외되지 않도록"  # the trial's ko theme
FACT = "확인된 인신매매 피해자 세 명 중 한 명은 아동입니다"


def lines(fonts: FontBook, text: str, lang: str, upto: str) -> list[str]:
    """The lines of `text` set as wide as its beginning `upto` is (so that a line would end
    there), each line's characters as set."""
    p = prepare(text, lang, False, fonts.stack("Kore", "bold", lang))
    width = build_line(p, 0, len(upto), SIZE)[1]
    found, _, _ = set_paragraphs([p], width, STYLE, fonts.stack("Kore", "bold", lang)[0])
    return [ln.actual_text() for ln in found]


@pytest.mark.parametrize(
    ("text", "upto", "expected"),
    [
        (
            THEME,
            "인신매매와의 싸움에서 단 한",
            ["인신매매와의 싸움에서 단", "한 명의 아동도 소외되지", "않도록"],
        ),
        (
            FACT,
            "확인된 인신매매 피해자 세",
            ["확인된 인신매매 피해자", "세 명 중 한 명은", "아동입니다"],
        ),
        ("아동 두 번 도왔습니다", "아동 두", ["아동", "두 번", "도왔습니다"]),
        ("생일은 열두 살 때였다", "생일은 열두", ["생일은", "열두 살", "때였다"]),
        ("피해자 3 명 중 1 명", "피해자 3", ["피해자", "3 명 중", "1 명"]),
    ],
)
def test_a_numeral_keeps_to_the_word_it_counts(
    fonts: FontBook, text: str, upto: str, expected: list[str]
) -> None:
    assert lines(fonts, text, "ko", upto) == expected


def test_a_break_after_it_where_the_two_words_are_wider_than_a_line(fonts: FontBook) -> None:
    """세 and 명의피해자들 do not fit one line: the line breaks after 세 rather than overflow."""
    assert lines(fonts, "세 명의피해자들", "ko", "세") == ["세", "명의피해자들"]


def test_other_languages_and_words_end_a_line_where_it_fills(fonts: FontBook) -> None:
    """A word that is no numeral (단, "only"; 한국, "Korea") ends a line as before."""
    assert lines(fonts, "우리 한국 사람", "ko", "우리 한국") == ["우리 한국", "사람"]
    assert lines(fonts, "싸움에서 단 한 명", "ko", "싸움에서 단") == ["싸움에서 단", "한 명"]


@pytest.mark.parametrize(
    ("text", "after"),
    [
        (THEME, ["인신매매와의 싸움에서 단 한 "]),
        (FACT, ["확인된 인신매매 피해자 세 ", "확인된 인신매매 피해자 세 명 중 한 "]),
        ("(두 번) 네 개", ["(두 ", "(두 번) 네 "]),  # a bracket before it
        (
            "스무 살 서른세 명 몇 번 여러 곳",
            ["스무 ", "스무 살 서른세 ", "스무 살 서른세 명 몇 ", "스무 살 서른세 명 몇 번 여러 "],
        ),
        ("1,000 명 2.5 배", ["1,000 ", "1,000 명 2.5 "]),
        ("한\n명", []),  # a line break stays one
        ("한 (명)", []),  # before a bracket: no word
        ("세 world", []),  # before a Latin word
        ("이 캠페인 일 학년", []),  # Sino-Korean numerals in letters: everyday words too
        ("한국 열쇠", []),  # words that begin as a numeral does
    ],
)
def test_numeral_breaks(text: str, after: list[str]) -> None:
    found = numeral_breaks(text, "ko", break_segments(text, "ko"))
    assert [text[:i] for i in sorted(found)] == after
    assert found <= last_resort(text, "ko")


def test_only_korean() -> None:
    for lang in ("ja", "zh", "en"):
        text = "한 명의"
        assert numeral_breaks(text, lang, break_segments(text, lang)) == frozenset()
    assert numeral_breaks("한 명의", "ko-KR", break_segments("한 명의", "ko")) == {2}
