"""What draw_pdf_tagged hands the structure tree, checked against what it draws: each tagged
element's box in pt where its item is drawn (an arc's whole circle), its language and its
words in reading order; each link's description and language; and a print page's colours
that are not brand colours going through the press conversion it is given."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import CMYKColor, Color

from campaign.fonts import FontBook
from campaign.layout.document import (
    ArcTextItem,
    Box,
    Document,
    Page,
    QrItem,
    ShapeItem,
    SvgItem,
    TextItem,
)
from campaign.model import Colour
from campaign.render.items import Resources
from campaign.render.pdf import NO_MARKS, Link, Target, draw_pdf, draw_pdf_tagged, logical_text
from campaign.text.fit import TextSet
from campaign.text.paragraph import BlockStyle, Line, prepare, set_paragraphs

COLOURS = {"blue": Colour("blue", (1.0, 0.7, 0.0, 0.1), (0.0, 0.3, 0.6))}
TRIM, BLEED = (100.0, 60.0), 9.0  # pt; a print page without marks has the bleed as margin
TAGGED = Target(marks=NO_MARKS, tagged=True)
WORDS = "ما يمكنكم فعله"
URL = "https://example.org/give"


def document(*pages: Page) -> Document:
    return Document("m", "M", "poster", "en", False, TRIM, BLEED, 5.0, pages, None)


def arabic_lines(fonts: FontBook, text: str, width: float) -> list[Line]:
    stack = fonts.stack("Arab", "regular", "ar") + fonts.stack("Latn", "regular", "en")
    style = BlockStyle(20, 1.2, "start", False, 0.4)
    lines, _, _ = set_paragraphs([prepare(text, "ar", True, stack)], width, style, stack[0])
    return lines


def operands(data: bytes, operator: str) -> list[list[float]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [
            [float(v) for v in i.operands]
            for i in pikepdf.parse_content_stream(pdf.pages[0])
            if str(i.operator) == operator
        ]


def test_each_element_has_the_box_its_item_is_drawn_in(fonts: FontBook) -> None:
    (line,) = arabic_lines(fonts, WORDS, 400)
    rect = ShapeItem("panel", Box(10.0, 20.0, 30.0, 15.0), "rect", "blue", None, 0.0, 0.0)
    arc = ArcTextItem("rim", 50.0, 40.0, 25.0, line, 8.0, "blue", "top", ())
    page = Page(
        "front",
        (rect, arc),
        {"panel": ("figure", "A blue panel"), "rim": ("paragraph", None)},
        {"rim": "ar"},
    )
    data, tagged = draw_pdf_tagged(document(page), COLOURS, fonts, TAGGED, lambda c: c, "t")
    (panel, rim) = tagged.elements[0]
    # the rectangle drawn: x, y of its bottom-left corner on the media, width, height
    (drawn,) = operands(data, "re")
    assert panel.bbox == (drawn[0], drawn[1], drawn[0] + drawn[2], drawn[1] + drawn[3])
    assert panel.bbox == (BLEED + 10, BLEED + 60 - 20 - 15, BLEED + 40, BLEED + 60 - 20)
    # the page has no heading: its figure is the document's H1, the Figure inside it
    assert (panel.tag, panel.inner, panel.alt, panel.lang, panel.actual) == (
        "H1",
        "Figure",
        "A blue panel",
        None,
        None,
    )
    # the arc: the whole circle its glyphs may reach (baseline radius plus the size)
    cx, cy, r = BLEED + 50, BLEED + 60 - 40, 25 + 8
    assert rim.bbox == (cx - r, cy - r, cx + r, cy + r)
    assert (rim.tag, rim.alt, rim.lang, rim.actual) == ("P", None, "ar", WORDS)


def test_a_link_is_described_by_its_figure_in_the_figures_language(fonts: FontBook) -> None:
    """A QR code with alternative text: the link says that text, in the slot's language; one
    without: the link says its address, which is in no language."""
    described = QrItem("qr", Box(0.0, 0.0, 30.0, 30.0), URL, "blue", None, 0)
    bare = QrItem("qr-bare", Box(40.0, 0.0, 30.0, 30.0), URL + "/2", "blue", None, 0)
    page = Page(
        "front",
        (described, bare),
        {"qr": ("figure", "Donner en ligne")},
        {"qr": "fr", "qr-bare": "fr"},
    )
    _, tagged = draw_pdf_tagged(document(page), COLOURS, fonts, TAGGED, lambda c: c, "t")
    # the first belongs to its figure (element 0: the structure tree nests them); the bare
    # code is an artifact, its link stands alone
    assert tagged.page_links == (
        (Link(URL, "Donner en ligne", "fr", 0), Link(URL + "/2", URL + "/2", None)),
    )
    assert [e.lang for e in tagged.elements[0]] == ["fr"]


def test_other_colours_of_art_are_converted_with_the_conversion_given(fonts: FontBook) -> None:
    """On a print page, an SVG colour that is no brand colour goes through `convert` (the press
    profile): its CMYK values are the ones drawn."""
    art = Drawing(10, 10)
    art.add(Rect(0, 0, 10, 10, fillColor=Color(0.2, 0.4, 0.6), strokeColor=None))
    path = Path("art.svg")  # never read: its drawing is in the resources
    res = Resources(svgs={path: art})
    page = Page("front", (SvgItem("art", Box(0.0, 0.0, 20.0, 20.0), path, "start"),))
    asked: list[tuple[float, float, float]] = []

    def convert(rgb: tuple[float, float, float]) -> CMYKColor:
        asked.append(rgb)
        return CMYKColor(0.1, 0.2, 0.3, 0.4)

    target = Target(marks=NO_MARKS)
    data = draw_pdf(document(page), COLOURS, fonts, target, convert, "t", res)
    assert asked == [(0.2, 0.4, 0.6)]
    assert [0.1, 0.2, 0.3, 0.4] in operands(data, "k")


def test_a_line_broken_after_a_hyphen_minus_reads_without_a_space(fonts: FontBook) -> None:
    """A break after '-' takes no character: the words join as written, with no space added
    (a line break at a space keeps that space)."""
    text = f"{WORDS} anti-trafficking-campaign {WORDS}"
    lines = arabic_lines(fonts, text, 100)
    assert any(line.runs[0].source[line.end - 1] == "-" for line in lines), (
        "a line must end at a hyphen-minus"
    )
    item = TextItem("s", Box(0, 0, 100, 100), TextSet(tuple(lines), 20, 100, "text"), "k", (), 0)
    assert logical_text(item) == text
