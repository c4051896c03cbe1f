"""A prepared paragraph's measures: each segment is as wide as the line that sets it, at any
bidi level, and a hyphen shows where a line ends at a soft hyphen (survivors of the third
mutation pass over text/paragraph.py, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from campaign.fonts import FontBook
from campaign.text.paragraph import (
    BlockStyle,
    MissingGlyphError,
    Prepared,
    break_lines,
    build_line,
    prepare,
    set_paragraphs,
)

SIZE = 10.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)


def widths(p: Prepared) -> list[float]:
    """Per segment: its content's width, then its trailing white space's, in pt, from the
    prepared em widths."""
    return [w * SIZE for pair in zip(p.seg_em, p.seg_ws_em, strict=True) for w in pair]


def drawn(p: Prepared) -> list[float]:
    """The same, as lines that set the segment's content, then its white space, draw them."""
    out = []
    for (a, b), e in zip(p.segs, p.content_end, strict=True):
        out += [build_line(p, a, e, SIZE)[1], build_line(p, e, b, SIZE)[1]]
    return out


@pytest.mark.parametrize(
    ("text", "lang", "script", "rtl"),
    [
        ("مكافحة الاتجار بالأشخاص", "ar", "Arab", True),
        ("  Blue\n\nHeart", "en", "Latn", False),  # segments of white space only
        ("The day is called اليوم العالمي in Arabic", "en", "Latn", False),
        # one segment of three runs: Latin, an Arabic letter (level 1), a digit (level 2)
        ("UNICEFب1 x", "en", "Latn", False),
        # 'لا' nested at level 3 (an Arabic isolate in a Latin isolate in Arabic): shaped right
        # to left it is the lam-alef ligature, 0.582 em, not two letters 0.933 em wide
        ("ب \u2066a \u2067لا\u2069\u2069", "ar", "Arab", True),
    ],
)
def test_a_segment_is_as_wide_as_the_line_that_sets_it(
    fonts: FontBook, text: str, lang: str, script: str, rtl: bool
) -> None:
    p = prepare(text, lang, rtl, fonts.stack(script, "regular"))
    assert widths(p) == pytest.approx(drawn(p))


def test_arabic_is_measured_right_to_left(fonts: FontBook) -> None:
    p = prepare("لا ab", "ar", True, fonts.stack("Arab", "regular"))
    assert p.levels == [1, 1, 1, 2, 2]
    assert p.seg_em[0] == pytest.approx(0.582)  # the ligature, one glyph
    nested = prepare("ب \u2066a \u2067لا\u2069\u2069", "ar", True, fonts.stack("Arab", "regular"))
    assert nested.levels[6:8] == [3, 3]
    assert nested.seg_em[-1] == pytest.approx(0.582)


def test_a_character_harfbuzz_cannot_draw_is_an_error(fonts: FontBook) -> None:
    """A font whose character map lists a character it has no glyph for (a copy of NotoSans
    that claims N'Ko's 'ߒ'): HarfBuzz sets .notdef, and that is the font's missing glyph."""
    latin = fonts.face("NotoSans", "regular")
    claims = replace(latin)
    claims.cmap = latin.cmap | {ord("ߒ")}
    with pytest.raises(MissingGlyphError) as exc:
        prepare("Blue ߒ", "en", False, [claims])
    assert (exc.value.char, exc.value.index, exc.value.tried) == ("ߒ", 5, [claims])
    assert str(exc.value) == "'ߒ' (U+07D2 NKO LETTER N)"


@pytest.mark.parametrize(
    ("text", "end", "shows"),
    [
        ("\u00adab", 1, True),  # a soft hyphen first in the text
        ("ab\u00adcd", 3, True),
        ("ab\u00ad cd", 3, False),  # a space ends the word anyway
        ("ab\u00ad", 3, False),  # the end of the text
        ("ab\u00adcd", 2, False),
        ("a\u00ad", 0, False),  # an empty line
    ],
)
def test_a_line_ending_at_a_soft_hyphen_shows_a_hyphen(
    fonts: FontBook, text: str, end: int, shows: bool
) -> None:
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    assert p.hyphen_after(end) is shows
    if end:
        runs, _ = build_line(p, 0, end, SIZE)
        assert "".join(r.text for r in runs).endswith("\u2010") is shows


def test_a_font_without_u2010_draws_a_hyphen_minus(fonts: FontBook) -> None:
    """NotoSansSinhala has no U+2010 HYPHEN: a Sinhala line ending at a soft hyphen draws
    U+002D, in the Sinhala font."""
    for word in ("සිං\u00adහල", "සිං\u00adහ"):
        p = prepare(word, "si", False, fonts.stack("Sinh", "regular"))
        runs, _ = build_line(p, 0, 4, SIZE)
        assert [(r.text, r.face.family) for r in runs] == [("සිං-", "NotoSansSinhala")]
        assert all(g.gid != 0 for g in runs[0].glyphs)


def test_a_font_with_u2010_draws_it(fonts: FontBook) -> None:
    """NotoSansHebrew has U+2010 HYPHEN but not U+2011 NON-BREAKING HYPHEN."""
    p = prepare("קמ\u00adפיין", "he", True, fonts.stack("Hebr", "regular"))
    runs, _ = build_line(p, 0, 3, SIZE)
    assert [(r.text, r.face.family) for r in runs] == [("קמ\u2010", "NotoSansHebrew")]


def test_a_soft_hyphen_draws_its_hyphen_in_its_own_font(fonts: FontBook) -> None:
    """A soft hyphen first in a Latin-stack text is NotoSans's (U+2010), whatever comes after."""
    p = prepare("\u00adසිං", "en", False, fonts.stack("Latn", "regular"))
    runs, _ = build_line(p, 0, 1, SIZE)
    assert [(r.text, r.face.family) for r in runs] == [("\u2010", "NotoSans")]


def test_a_lines_actual_text_is_its_characters_with_a_drawn_hyphen_as_u00ad(
    fonts: FontBook,
) -> None:
    p = prepare("Blue Hea\u00adrt", "en", False, fonts.stack("Latn", "regular"))
    width = build_line(p, 0, 9, SIZE)[1]  # "Blue Hea‐"
    lines, _ = break_lines(p, SIZE, width)
    assert [(a, e) for a, e, _ in lines] == [(0, 9), (9, 11)]
    set_lines, _, _ = set_paragraphs([p], width, STYLE, fonts.face("NotoSans", "regular"))
    assert [ln.actual_text() for ln in set_lines] == ["Blue Hea\u00ad", "rt"]


def test_an_inserted_hyphen_is_drawn_in_the_font_of_the_letter_before_it(
    fonts: FontBook,
) -> None:
    """The word "hy-phen-ation" with a copy of NotoSans that lacks 'y': the 'y' and its
    hyphen come from NotoSansSC (1 em wide), the 'h' after them from NotoSans."""
    stack = fonts.stack("Latn", "regular")
    no_y = replace(stack[0])
    no_y.cmap = stack[0].cmap - {ord("y")}
    p = prepare("hyphenation", "en", False, [no_y, *stack[1:]], hyphenate=True)
    assert p.segs == ((0, 2), (2, 6), (6, 11))
    runs, _ = build_line(p, 0, 2, SIZE)
    assert [(r.text, r.face.family) for r in runs] == [("h", "NotoSans"), ("y‐", "NotoSansSC")]
    assert p.hyphen_em[0] == 1.0


def test_runs_sit_side_by_side_each_as_wide_as_its_glyphs(fonts: FontBook) -> None:
    text = "The day is called اليوم العالمي in Arabic (2024)."
    p = prepare(text, "en", False, fonts.stack("Latn", "regular"))
    runs, width = build_line(p, 0, len(text), SIZE)
    # NotoSans, the Arabic words (NotoSansArabic), the space after them (level 0) and NotoSans
    assert [r.rtl for r in runs] == [False, True, False, False]
    x = 0.0
    for r in runs:
        assert r.x == x
        assert r.width == pytest.approx(sum(g.x_advance for g in r.glyphs) * SIZE / 1000)
        x += r.width
    assert x == width
