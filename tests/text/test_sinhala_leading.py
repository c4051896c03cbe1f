"""Sinhala lines keep a gap between one line's vowel signs below (ු ූ) and the next line's
above (ි ී): Noto Sans Sinhala's glyphs reach 0.97 em up and 0.27 em down, 1.24 em, more
than a style's 1.2 em, so its lines were moved apart only until their marks touched (a
translator's trial: the flyer's body looked crammed, marks of two lines nearly touching).
fonts.yaml gives the family a `leading` of 1.15, as Devanagari's and Bengali's."""

from campaign.fonts import FontBook
from campaign.text.paragraph import BlockStyle, Line, ink_extent, prepare, set_paragraphs

SIZE = 20.0
LEADING = 1.2
# marks above (ි ී) and below (ු ූ) on every word: "recognise the signs, speak up, help"
# as the translator wrote the flyer's heads, repeated to wrap
TEXT = " ".join(["සලකුණු හඳුනාගන්න", "පුද්ගලයෙකුට", "නිරීක්ෂණය", "ජීවිතය", "දරුවන්"] * 3)


def set_lines(fonts: FontBook) -> list[Line]:
    stack = fonts.stack("Sinh", "regular", "si")
    style = BlockStyle(SIZE, LEADING, "start", False, 0.0)
    lines, _, _ = set_paragraphs([prepare(TEXT, "si", False, stack)], 150.0, style, stack[0])
    assert len(lines) >= 3, "the text must wrap"
    return lines


def test_sinhala_lines_keep_a_gap_between_their_marks(fonts: FontBook) -> None:
    lines = set_lines(fonts)
    gaps = [
        (below.baseline - ink_extent(below.runs, SIZE)[0])
        - (above.baseline + ink_extent(above.runs, SIZE)[1])
        for above, below in zip(lines, lines[1:], strict=False)
    ]
    assert min(gaps) >= 0.1 * SIZE, gaps
