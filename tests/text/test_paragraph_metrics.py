"""Line heights and ink in points: per-script leading, how far marks reach, and where lines sit
(survivors of the third mutation pass over text/paragraph.py, see
docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.paragraph import (
    BlockStyle,
    Run,
    build_line,
    ink_extent,
    line_metrics,
    prepare,
    set_paragraphs,
)

SIZE = 10.0
STYLE = BlockStyle(SIZE, 1.2, "start", False, 0.4)


def runs_of(fonts: FontBook, text: str, script: str, lang: str, rtl: bool = False) -> list[Run]:
    p = prepare(text, lang, rtl, fonts.stack(script, "regular"))
    return build_line(p, 0, len(text), SIZE)[0]


@pytest.mark.parametrize(
    ("script", "text", "advance"),
    [
        ("Latn", "Blue", 12.0),  # size x leading
        ("Khmr", "កុមារ", 12.0 * 1.4),  # fonts.yaml gives Khmer a leading of 1.4
        ("Thai", "ไม่ทิ้ง", 12.0 * 1.511 / 1.362),  # NotoSansThai is 1.511 em tall
        ("Mymr", "လူ", 12.0 * 2.184 / 1.362),
    ],
)
def test_tall_scripts_get_more_room_between_lines(
    fonts: FontBook, script: str, text: str, advance: float
) -> None:
    runs = runs_of(fonts, text, script, "und")
    face = runs[0].face
    adv, asc, desc = line_metrics(runs, STYLE, fonts.face("NotoSans", "regular"))
    assert adv == pytest.approx(advance, abs=1e-3)
    assert (asc, desc) == pytest.approx((face.ascender * SIZE, -face.descender * SIZE))


def test_an_empty_line_takes_the_fallback_fonts_metrics(fonts: FontBook) -> None:
    thai = fonts.face("NotoSansThai", "regular")
    assert line_metrics([], STYLE, thai) == pytest.approx((12.0 * 1.511 / 1.362, 10.61, 4.5))


@pytest.mark.parametrize(
    ("script", "lang", "rtl", "text", "ink"),
    [
        # HarfBuzz raises the tilde over 'ệ' by 230 units: its outline's top, 735, reaches 965
        ("Latn", "vi", False, "ệ\u0303", (9.65, 1.76)),
        # and lowers the kasra under lam by 232: its outline's bottom, -171, reaches -403
        ("Arab", "ar", True, "لِ", (7.14, 4.03)),
        ("Latn", "en", False, "_", (0.0, 1.54)),  # all below the baseline: nothing above
        ("Latn", "en", False, "", (0.0, 0.0)),
    ],
)
def test_ink_reaches_as_far_as_the_placed_marks(
    fonts: FontBook, script: str, lang: str, rtl: bool, text: str, ink: tuple[float, float]
) -> None:
    assert ink_extent(runs_of(fonts, text, script, lang, rtl), SIZE) == pytest.approx(ink)


def test_paragraphs_are_apart_by_their_gap_and_lines_by_their_leading(fonts: FontBook) -> None:
    """10 pt, leading 1.2, a gap of 0.4: lines 12 pt apart, paragraphs 12 + 4 pt."""
    stack = fonts.stack("Latn", "regular")
    paras = [prepare(t, "en", False, stack) for t in ("Blue Heart", "for all", "of them")]
    widths = [60.0, 20.0, 60.0]  # "for all" on two lines
    lines, height, over = set_paragraphs(paras, 60, STYLE, stack[0], widths)
    assert [ln.paragraph for ln in lines] == [0, 1, 1, 2]
    for ln in lines:
        assert (ln.advance, ln.ascent, ln.descent) == pytest.approx((12.0, 10.69, 2.93))
    first = lines[0].baseline
    assert first == pytest.approx((12 - (10.69 + 2.93)) / 2 + 10.69)
    steps = [b.baseline - a.baseline for a, b in zip(lines, lines[1:], strict=False)]
    assert steps == pytest.approx([16.0, 12.0, 16.0])
    assert height == pytest.approx(12 + 4 + 24 + 4 + 12)
    assert over == 0.0


@pytest.mark.parametrize(
    ("script", "lang", "rtl", "digits", "words"),
    [
        # a helpline in the page's own font: Noto Sans Arabic 1.55 em tall, Thai 1.511,
        # Myanmar 2.184, Khmer's fonts.yaml leading 1.4 (test_tall_scripts_get_more_room...)
        ("Arab", "ar", True, "800 000 000", "800 000 000 مجاني"),
        ("Arab", "fa", True, "۸۰۰ ۰۰۰ ۰۰۰", "۸۰۰ ۰۰۰ ۰۰۰ رایگان"),
        ("Thai", "th", False, "๑๒๓๔ ๕๖", "๑๒๓๔ ฟรี"),
        ("Mymr", "my", False, "၀၉ ၁၂၃", "၀၉ ၁၂၃ အခမဲ့"),
        ("Khmr", "km", False, "១២៣៤ ៥៦", "១២៣៤ ឥតគិតថ្លៃ"),
    ],
)
def test_a_block_without_letters_is_spaced_as_latin_lines(
    fonts: FontBook, script: str, lang: str, rtl: bool, digits: str, words: str
) -> None:
    """A block of digits and punctuation alone (a phone number, a time) has no tall letters
    nor stacked marks: its lines are the style's size x leading apart whatever font sets
    them (an Arabic page's "800 000 000" took 1.55 times that and fitted no social image's
    helpline slot: a regional office's trial); the same number with a word of the script
    keeps the script's room, on each of its lines."""
    stack = fonts.stack(script, "regular")
    plain = prepare(digits, lang, rtl, stack)
    assert plain.faces[0].family != "NotoSans"  # set in the script's own font
    lines, height, _ = set_paragraphs([plain, plain], 200, STYLE, stack[0])
    assert [ln.advance for ln in lines] == pytest.approx([12.0, 12.0])
    worded = prepare(words, lang, rtl, stack)
    tall = line_metrics(build_line(worded, 0, len(words), SIZE)[0], STYLE, stack[0])[0]
    assert tall > 12.0 * 1.1  # Thai the least: 1.511 / 1.362
    lines, _, _ = set_paragraphs([plain, worded], 200, STYLE, stack[0])
    assert [ln.advance for ln in lines] == pytest.approx([tall, tall])
