"""Tibetan lines are spaced by what Tibetan words reach, not by Noto Serif Tibetan's ascender
and descender (1.47 + 1.35 em, room for the tallest Sanskrit stacks): with those, lines stood
2.1 times as far apart as Latin ones and a one-line Tibetan title did not fit the poster's
slot (issue 12's OCR test, tests/test_ocr_scripts.py). fonts.yaml gives the family a
`leading` of 1.4; where a taller stack comes, the layout still moves the line down until its
marks clear the line above."""

from campaign.fonts import FontBook
from campaign.text.paragraph import BlockStyle, Line, ink_extent, prepare, set_paragraphs

SIZE = 20.0
LEADING = 1.2
# CLDR's Tibetan: the World and the long date of 30 July 2024; the months of July to September
WORDS = "འཛམ་གླིང་། 2024 ཟླ་བ་བདུན་པའི་ཚེས་30, གཟའ་མིག་དམར་ ཟླ་བ་བདུན་པ་ ཟླ་བ་བརྒྱད་པ་ ཟླ་བ་དགུ་པ་"
# Sanskrit in Tibetan script: stacks of three and four letters under a vowel sign
STACKS = "སྐྲྀ་ ཀྵྨྱཱ་ རྦྷྱཱ་ ཛྙཱ་ སཾ་སྐྲྀ་ཏ། ཀྵྨྱཱ་ རྦྷྱཱ་ ཛྙཱ་ སྐྲྀ་ ཀྵྨྱཱ་"


def set_lines(fonts: FontBook, text: str, lang: str, script: str) -> list[Line]:
    stack = fonts.stack(script, "regular", lang)
    style = BlockStyle(SIZE, LEADING, "start", False, 0.0)
    lines, _, _ = set_paragraphs([prepare(text, lang, False, stack)], 150.0, style, stack[0])
    assert len(lines) >= 2, "the text must wrap"
    return lines


def pitches(lines: list[Line]) -> list[float]:
    return [b.baseline - a.baseline for a, b in zip(lines, lines[1:], strict=False)]


def test_tibetan_lines_are_spaced_like_tibetan_words(fonts: FontBook) -> None:
    lines = set_lines(fonts, WORDS, "bo", "Tibt")
    latin = set_lines(fonts, "Leave No Child Behind in the Fight Against Trafficking", "en", "Latn")
    assert max(pitches(lines)) <= 1.45 * min(pitches(latin)), (pitches(lines), pitches(latin))


def test_tall_stacks_still_clear_the_line_above(fonts: FontBook) -> None:
    lines = set_lines(fonts, STACKS, "bo", "Tibt")
    for above, below in zip(lines, lines[1:], strict=False):
        down = ink_extent(above.runs, SIZE)[1]
        up = ink_extent(below.runs, SIZE)[0]
        assert below.baseline - up >= above.baseline + down, (above.baseline, below.baseline)
