"""draw_pdf on hand-made documents without a kit: the media size, TrimBox, BleedBox and ArtBox
in pt on every side, the title, marks only for print, reportlab's process-wide settings set
for one canvas and restored, and the marked content of a tagged page."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color

from campaign.diagnostics import DiagnosticsError
from campaign.fonts import FontBook
from campaign.layout.document import Box, Document, Page, ShapeItem, SvgItem
from campaign.model import Colour, Marks
from campaign.render import pdf as pdf_module
from campaign.render.items import Resources
from campaign.render.pdf import NO_MARKS, Target, draw_pdf, draw_pdf_tagged, reportlab_settings
from campaign.render.target import MARK_LENGTH, SLUG_ROOM

ROOT = Path(__file__).resolve().parents[2]
COLOURS = {"blue": Colour("blue", (1.0, 0.7, 0.0, 0.1), (0.0, 0.3, 0.6))}


def document(pages: tuple[Page, ...] = (Page("front", ()),)) -> Document:
    return Document("m", "M", "poster", "en", False, (100.0, 60.0), 9.0, 5.0, pages, None)


def boxes(data: bytes) -> list[dict[str, list[float]]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [
            {
                str(k): [float(v) for v in page.obj[k]]
                for k in ("/MediaBox", "/TrimBox", "/BleedBox", "/ArtBox")
                if k in page.obj
                if k in page.obj
            }
            for page in pdf.pages
        ]


def test_print_boxes_on_every_side_without_marks(fonts: FontBook) -> None:
    data = draw_pdf(document(), COLOURS, fonts, Target(marks=NO_MARKS), lambda c: c, "t")
    m = 9.0  # the bleed only
    assert boxes(data) == [
        {
            "/MediaBox": [0, 0, 100 + 2 * m, 60 + 2 * m],
            "/TrimBox": [m, m, m + 100, m + 60],
            "/BleedBox": [0, 0, 100 + 2 * m, 60 + 2 * m],
        }
    ]


def test_print_boxes_with_marks_leave_room_for_them(fonts: FontBook) -> None:
    pages = (Page("front", ()), Page("back", ()))
    target = Target(marks=Marks(True, False, False, False))
    data = draw_pdf(document(pages), COLOURS, fonts, target, lambda c: c, "t")
    m = 9.0 + MARK_LENGTH + SLUG_ROOM
    expected = {
        "/MediaBox": [0, 0, 100 + 2 * m, 60 + 2 * m],
        "/TrimBox": [m, m, m + 100, m + 60],
        "/BleedBox": [m - 9, m - 9, m + 109, m + 69],
    }
    got = boxes(data)
    assert len(got) == 2
    for page in got:
        assert page == {k: pytest.approx(v, abs=1e-4) for k, v in expected.items()}


def test_screen_pages_are_the_trim_with_no_boxes_and_no_marks(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[object] = []
    monkeypatch.setattr(pdf_module, "draw_marks", lambda *a: drawn.append(a))
    target = Target(cmyk=False, bleed=False, marks=Marks(True, True, True, True), slug="s")
    data = draw_pdf(document(), COLOURS, fonts, target, lambda c: c, "t")
    assert boxes(data) == [{"/MediaBox": [0, 0, 100, 60]}]
    assert drawn == []


def test_print_pages_get_their_marks_once_each(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[tuple[object, ...]] = []
    monkeypatch.setattr(pdf_module, "draw_marks", lambda *a: drawn.append(a[1:]))
    target = Target(marks=Marks(True, False, False, False))
    doc = document((Page("front", ()), Page("back", ())))
    draw_pdf(doc, COLOURS, fonts, target, lambda c: c, "t")
    m = 9.0 + MARK_LENGTH + SLUG_ROOM
    # each page's own marks: its index (a back's folds are the turned page's)
    assert drawn == [(target, m, doc, fonts, 0), (target, m, doc, fonts, 1)]


def test_the_title_and_the_initial_font_are_ours(fonts: FontBook) -> None:
    data = draw_pdf(document(), COLOURS, fonts, Target(), lambda c: c, "Blue Heart — poster")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo.Title) == "Blue Heart — poster"
        assert b"ASCII85Decode" not in data
    assert draw_pdf(document(), COLOURS, fonts, Target(), lambda c: c, "x") == draw_pdf(
        document(), COLOURS, fonts, Target(), lambda c: c, "x"
    )


def test_reportlab_settings_are_set_for_one_canvas_and_restored() -> None:
    before = (rl_config.useA85, rl_config.invariant, rl_config.defaultGraphicsFontName)
    with reportlab_settings("OurFont"):
        assert rl_config.useA85 == 0
        assert rl_config.invariant == 1
        assert rl_config.defaultGraphicsFontName == "OurFont"
    after = (rl_config.useA85, rl_config.invariant, rl_config.defaultGraphicsFontName)
    assert after == before


def test_settings_are_restored_after_an_error() -> None:
    before = (rl_config.useA85, rl_config.defaultGraphicsFontName)
    with pytest.raises(RuntimeError), reportlab_settings("OurFont"):
        raise RuntimeError
    assert (rl_config.useA85, rl_config.defaultGraphicsFontName) == before


def shape(slot: str, x: float) -> ShapeItem:
    return ShapeItem(slot, Box(x, 10.0, 5.0, 5.0), "rect", "blue", None, 0.0, 0.0)


def test_tagged_pages_wrap_each_item_in_marked_content(fonts: FontBook) -> None:
    front = Page(
        "front",
        (shape("a", 0), shape("deco", 10), shape("b", 20)),
        {"a": ("figure", "An A"), "b": ("paragraph", None)},
    )
    back = Page("back", (shape("c", 0),), {"c": ("heading", None)})
    target = Target(cmyk=False, bleed=False, marks=NO_MARKS, tagged=True)
    data, tagged = draw_pdf_tagged(
        document((front, back)), COLOURS, fonts, target, lambda c: c, "t"
    )
    assert [[(e.tag, e.alt, e.lang) for e in page] for page in tagged.elements] == [
        [("Figure", "An A", None), ("P", None, None)],
        [("H1", None, None)],
    ]
    assert tagged.links == ()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        marked = [
            [
                (
                    str(i.operator),
                    [
                        int(o.MCID) if isinstance(o, pikepdf.Dictionary) else str(o)
                        for o in i.operands
                    ],
                )
                for i in pikepdf.parse_content_stream(page)
                if str(i.operator) in ("BDC", "BMC", "EMC")
            ]
            for page in pdf.pages
        ]
    assert marked[0] == [
        ("BDC", ["/Figure", 0]),
        ("EMC", []),
        ("BMC", ["/Artifact"]),
        ("EMC", []),
        ("BDC", ["/P", 1]),
        ("EMC", []),
    ]
    assert marked[1] == [("BDC", ["/H1", 0]), ("EMC", [])]


def test_untagged_pages_have_no_marked_content(fonts: FontBook) -> None:
    page = Page("front", (shape("a", 0),), {"a": ("figure", "An A")})
    data, tagged = draw_pdf_tagged(
        document((page,)), COLOURS, fonts, Target(marks=NO_MARKS), lambda c: c, "t"
    )
    assert tagged.elements == ((),)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        ops = {str(i.operator) for i in pikepdf.parse_content_stream(pdf.pages[0])}
    assert not ops & {"BDC", "BMC", "EMC"}
    assert "k" in ops  # the rectangle, in CMYK


def test_draw_pdf_draws_with_the_resources_it_is_given(fonts: FontBook) -> None:
    """Art parsed once per worker: draw_pdf uses the Resources passed (a path that does not
    exist, whose drawing is already there) instead of parsing again."""
    missing = ROOT / "assets/not-there.svg"
    art = Drawing(10, 10)
    art.add(Rect(0, 0, 10, 10, fillColor=Color(0.0, 0.3, 0.6), strokeColor=None))
    res = Resources(svgs={missing: art})
    page = Page("front", (SvgItem("art", Box(0.0, 0.0, 20.0, 20.0), missing, "start"),))
    target = Target(cmyk=False, bleed=False, marks=NO_MARKS)
    data = draw_pdf(document((page,)), COLOURS, fonts, target, lambda c: c, "t", res)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fills = [
            [float(v) for v in i.operands]
            for i in pikepdf.parse_content_stream(pdf.pages[0])
            if str(i.operator) == "rg"
        ]
    assert [0.0, 0.3, 0.6] in fills
    with pytest.raises(DiagnosticsError, match=r"svg\.read.*failed to read SVG"):
        draw_pdf(document((page,)), COLOURS, fonts, target, lambda c: c, "t")
