"""render.pdf.logical_text: the words of a right-to-left text item in reading order, for the
ActualText of its structure element. Lines are drawn in visual order; the structure must read
them as written: the space or line break each line break took, nothing inside a word broken at
a soft hyphen, a line break between paragraphs."""

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.layout.document import ArcTextItem, Box, TextItem
from campaign.model import Colour
from campaign.render.colour import Palette
from campaign.render.items import DrawContext, Resources, draw
from campaign.render.pdf import logical_text
from campaign.render.target import Target
from campaign.text.fit import TextSet
from campaign.text.paragraph import BlockStyle, Line, prepare, set_paragraphs

FIRST = "عدم ترك أي طفل خلف الركب في مكافحة الاتجار بالأشخاص"
SECOND = "ما يمكنكم فعله"


def set_lines(fonts: FontBook, paras: list[str], width: float, rtl: bool = True) -> list[Line]:
    arabic = fonts.stack("Arab", "regular", "ar")
    stack = arabic + fonts.stack("Latn", "regular", "en")
    style = BlockStyle(20, 1.2, "start", False, 0.4)
    prepared = [prepare(p, "ar", rtl, stack) for p in paras]
    lines, _, _ = set_paragraphs(prepared, width, style, stack[0])
    return lines


def item(lines: list[Line]) -> TextItem:
    return TextItem("s", Box(0, 0, 100, 100), TextSet(tuple(lines), 20, 100, "text"), "k", (), 0)


def test_wrapped_paragraphs_read_in_order(fonts: FontBook) -> None:
    lines = set_lines(fonts, [FIRST, SECOND], 150)
    assert len(lines) >= 4, "the first paragraph must wrap"
    assert logical_text(item(lines)) == f"{FIRST}\n{SECOND}"


def test_a_word_broken_at_a_soft_hyphen_is_joined(fonts: FontBook) -> None:
    text = "كلمة Menschen\u00adhandels\u00adbekämpfung كلمة"
    lines = set_lines(fonts, [text], 110)
    assert any(line.hyphen for line in lines), "the line must break at a soft hyphen"
    joined = logical_text(item(lines))
    assert joined is not None
    # each drawn hyphen is the soft hyphen again: the word reads whole
    assert joined.replace("\u00ad", "") == text.replace("\u00ad", "")
    assert "\n" not in joined


def test_left_to_right_items_have_none(fonts: FontBook) -> None:
    lines = set_lines(fonts, ["Leave no child behind"], 400, rtl=False)
    assert logical_text(item(lines)) is None


def test_an_arc_reads_its_line(fonts: FontBook) -> None:
    (line,) = set_lines(fonts, [SECOND], 400)
    arc = ArcTextItem("rim", 0, 0, 50, line, 10, "k", "top", ())
    assert logical_text(arc) == SECOND


@pytest.mark.parametrize(("text", "spans"), [(SECOND, 0), ("#endHT #30July", 1)])
def test_only_left_to_right_arcs_get_a_marked_content_span(
    fonts: FontBook, text: str, spans: int
) -> None:
    """A marked-content ActualText on right-to-left words is reversed by PDFium: those words
    are read from their structure element instead."""
    (line,) = set_lines(fonts, [text], 400)
    arc = ArcTextItem("rim", 100, 100, 50, line, 10, "blue", "top", ())
    canvas = Canvas(io.BytesIO())
    palette = Palette({"blue": Colour("blue", (1, 0.7, 0, 0.1), (0, 0.3, 0.6))}, cmyk=False)
    ctx = DrawContext(canvas, 0, 200, palette, lambda c: c, Target(tagged=True), Resources())
    draw(arc, ctx)
    code = "\n".join(canvas._code)
    assert code.count("/ActualText") == spans
    assert code.count(" BDC") == code.count("EMC") == spans
