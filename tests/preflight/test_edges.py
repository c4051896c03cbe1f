"""Preflight judges every edge: the BleedBox on each side, art that reaches into the bleed on
each side, the 5 % limit on bleed gaps, and text in the safe area on each side. Each check
has its passing case next to its failing ones."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.colors import CMYKColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign.preflight import Expect, preflight
from campaign.render.postprocess import DocMeta, OutputCondition, finish_print

from .pages import square_page

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4
COND = OutputCondition("fogra39", ROOT / "assets/icc/fogra39l_coated.icc", "FOGRA39", "test")
TRIM = 100  # mm, square
SIDES = ("left", "bottom", "right", "top")
FONT = "NotoSans-Regular"


def sample(
    bleed_box: dict[str, float] | None = None,
    art: dict[str, float] | None = None,
    gap_mm: float = 0,
    text_at: tuple[float, float] | None = None,
) -> bytes:
    """A 100 x 100 mm trim in a page with 13 mm margins. `bleed_box` and `art` give how far
    (mm) the BleedBox and the full-bleed CMYK field reach beyond the trim on each side
    (default 3); `gap_mm` leaves that much of the left edge's bleed white from the bottom up;
    `text_at` puts the word 'Heart' (12 pt) at (x, y) mm from the trim's bottom-left corner."""
    b = {s: 3.0 for s in SIDES} | (bleed_box or {})
    a = {s: 3.0 for s in SIDES} | (art or {})
    m, t = 13 * MM, TRIM * MM
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(t + 2 * m, t + 2 * m), invariant=1)
    c.setTrimBox((m, m, m + t, m + t))
    c.setBleedBox(
        (m - b["left"] * MM, m - b["bottom"] * MM, m + t + b["right"] * MM, m + t + b["top"] * MM)
    )
    c.setFillColor(CMYKColor(0.6, 0.2, 0, 0))
    x0, y0 = m - a["left"] * MM, m - a["bottom"] * MM
    c.rect(x0, y0, m + t + a["right"] * MM - x0, m + t + a["top"] * MM - y0, stroke=0, fill=1)
    if gap_mm:
        c.setFillColor(CMYKColor(0, 0, 0, 0))
        c.rect(0, 0, m, m + gap_mm * MM, stroke=0, fill=1)
    if text_at:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(ROOT / f"fonts/{FONT}.ttf")))
        c.setFont(FONT, 12)
        c.setFillColor(CMYKColor(0, 0, 0, 1))
        c.drawString(m + text_at[0] * MM, m + text_at[1] * MM, "Heart")
    c.showPage()
    c.save()
    return finish_print(buf.getvalue(), COND, DocMeta("t", "en", "t", "sample", 2024))


def test_full_bleed_page_passes() -> None:
    rep = preflight(sample(), Expect())
    assert rep.failures == []
    assert rep.facts["bleed_mm"] == 3.0
    assert rep.facts["bleed_gap_pct"] == 0.0
    assert rep.facts["trim_mm"] == [100.0, 100.0]


@pytest.mark.parametrize("side", SIDES)
def test_bleed_box_short_on_one_side(side: str) -> None:
    rep = preflight(sample(bleed_box={side: 1}), Expect())
    assert "page 1: bleed is 1 mm; 3 mm is needed" in rep.failures
    assert rep.facts["bleed_mm"] == 1.0


@pytest.mark.parametrize("side", SIDES)
def test_art_stops_at_the_trim_on_one_side(side: str) -> None:
    rep = preflight(sample(art={side: 0}), Expect())
    assert rep.failures == [
        f"page 1: art stops at the trim on 100 % of its {side} edge: the bleed is white there "
        "(extend the art into the bleed)"
    ]
    assert rep.facts["bleed_gap_pct"] == 100.0


@pytest.mark.parametrize(
    ("gap_mm", "share", "fails"),
    [
        # 9 of the left edge's 199 samples: under the 5 % limit; 10: over it. Each edge on its
        # own, as print shops' preflight judges it: 16 mm (31 samples, 3.9 % of the 796 round
        # the trim) passed when the edges were taken together, and the print shop's failed it
        (4.75, 4.5, False),
        (5.25, 5.0, True),
        (16, 15.6, True),
    ],
)
def test_bleed_gap_limit_is_5_percent(gap_mm: float, share: float, fails: bool) -> None:
    rep = preflight(sample(gap_mm=gap_mm), Expect())
    assert rep.facts["bleed_gap_pct"] == share
    gap = [f for f in rep.failures if f.startswith("page 1: art stops at the trim")]
    assert gap == (
        [
            f"page 1: art stops at the trim on {share:.0f} % of its left edge: the bleed is white "
            "there (extend the art into the bleed)"
        ]
        if fails
        else []
    )


@pytest.mark.parametrize(
    ("at", "outside"),
    [
        ((1, 50), "H"),  # 1 mm from the left trim: the H's ink
        ((40, 1), "Heart"),  # on a baseline 1 mm above the bottom trim
        ((TRIM - 2, 50), "Heart"),  # past the right safe edge
        ((40, TRIM - 2), "Heart"),  # cap height above the top safe edge
    ],
    ids=["left", "bottom", "right", "top"],
)
def test_text_in_the_margin_on_each_side_fails(at: tuple[float, float], outside: str) -> None:
    rep = preflight(sample(text_at=at), Expect())
    assert rep.failures == [
        f"page 1: {len(outside)} character(s) outside the 3 mm safe area: {outside!r}"
    ]


def test_text_inside_the_safe_area_passes() -> None:
    rep = preflight(sample(text_at=(40, 50)), Expect())
    assert rep.failures == []


def test_characters_are_looked_at_one_by_one_only_when_a_text_rectangle_is_outside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PDFium's text rectangles first: inside, no character's box is read; outside, each
    is, to name the characters."""
    import pypdfium2 as pdfium

    read: list[int] = []
    charbox = pdfium.PdfTextPage.get_charbox

    def counted(self: pdfium.PdfTextPage, index: int, loose: bool = False) -> object:
        read.append(index)
        return charbox(self, index, loose)

    monkeypatch.setattr(pdfium.PdfTextPage, "get_charbox", counted)
    assert preflight(sample(text_at=(40, 50)), Expect()).failures == []
    assert read == []
    rep = preflight(sample(text_at=(1, 50)), Expect())
    assert rep.failures == ["page 1: 1 character(s) outside the 3 mm safe area: 'H'"]
    assert len(read) == 5  # H, e, a, r, t


def test_bleed_box_beyond_the_media_box_fails() -> None:
    data = sample(bleed_box={"left": 14})  # the media box has 13 mm margins
    rep = preflight(data, Expect())
    assert "page 1: BleedBox is larger than the MediaBox" in rep.failures
    ok = preflight(sample(bleed_box={"left": 13}), Expect())
    assert "page 1: BleedBox is larger than the MediaBox" not in ok.failures


def badge(art_mm: float) -> bytes:
    """A 70 x 70 mm trim with a round CMYK field of diameter `art_mm` centred on it."""

    def art(c: Canvas, m: float, t: float) -> None:
        c.setFillColor(CMYKColor(0.6, 0.2, 0, 0))
        c.circle(m + t / 2, m + t / 2, art_mm / 2 * MM, stroke=0, fill=1)

    return finish_print(square_page(70, art), COND, DocMeta("t", "en", "t", "sample", 2024))


@pytest.mark.parametrize(
    ("art_mm", "gap"),
    [
        (70, 0.0),  # art to the cut circle: the wrap round the badge's side is blue
        (60, 100.0),  # art to the face only: white shows on the side after pressing
    ],
)
def test_badge_art_must_reach_the_cut_circle(art_mm: float, gap: float) -> None:
    rep = preflight(badge(art_mm), Expect(badge=(58, 70), safe_mm=3))
    assert rep.facts["bleed_gap_pct"] == gap
    failure = (
        "page 1: art stops at the trim on 100 % of the edge: the bleed is white there "
        "(extend the art into the bleed)"
    )
    assert (failure in rep.failures) == bool(gap)


def test_image_between_150_and_300_ppi_warns_only() -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 300), invariant=1)
    c.drawImage(ImageReader(Image.new("CMYK", (200, 200), (0, 0, 0, 0))), 0, 0, 72, 72)
    c.save()
    rep = preflight(buf.getvalue(), Expect(bleed_mm=0, output_intent=False, safe_mm=0))
    assert rep.failures == []
    assert rep.warnings == ["page 1: an image prints at 200 ppi; 300 is recommended"]
    assert rep.facts["min_image_ppi"] == 200.0


def test_type3_font_fails() -> None:
    import pikepdf

    data = sample(text_at=(40, 50))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for font in pdf.pages[0].Resources.Font.values():
            font.Subtype = pikepdf.Name.Type3
            name = str(font.BaseFont)
        out = io.BytesIO()
        pdf.save(out)
    rep = preflight(out.getvalue(), Expect())
    assert [f for f in rep.failures if "Type3" in f] == [
        f"page 1: Type3 font {name} (bitmap or ad-hoc glyphs)"
    ]


@pytest.mark.parametrize(
    ("n", "space", "rgb"),
    [(3, "DeviceRGB", True), (4, "ICCBased CMYK", False), (1, "ICCBased gray", False)],
)
def test_icc_based_images_by_their_components(n: int, space: str, rgb: bool) -> None:
    """An image in an ICCBased space is RGB, CMYK or grey by its profile's /N."""
    import pikepdf
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 300), invariant=1)
    c.drawImage(ImageReader(Image.new("RGB", (400, 400), (10, 80, 150))), 0, 0, 72, 72)
    c.save()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        (image,) = pdf.pages[0].Resources.XObject.values()
        profile = pdf.make_stream(b"icc")
        profile.N = n
        image.ColorSpace = pikepdf.Array([pikepdf.Name.ICCBased, profile])
        out = io.BytesIO()
        pdf.save(out)
    rep = preflight(out.getvalue(), Expect(bleed_mm=0, output_intent=False, safe_mm=0))
    assert rep.facts["colour_spaces"] == [space]
    failure = "page 1: RGB colour in a print file (convert it to CMYK)"
    assert (failure in rep.failures) == rgb


def test_spaces_in_the_margin_are_not_counted() -> None:
    from tests.test_preflight import with_text

    rep = preflight(with_text(40, 1, text="Blue Heart"), Expect())
    assert rep.failures == ["page 1: 9 character(s) outside the 3 mm safe area: 'BlueHeart'"]


def test_at_most_thirty_characters_are_quoted() -> None:
    from tests.test_preflight import with_text

    text = "abcdefghijklmnopqrstuvwxyz0123456789"
    rep = preflight(with_text(5, 1, size=6, text=text), Expect())
    assert rep.failures == [f"page 1: 36 character(s) outside the 3 mm safe area: {text[:30]!r}"]


@pytest.mark.parametrize(("height_mm", "fails"), [(3, False), (8, True)])
def test_an_edge_inked_on_no_more_than_5_percent_is_not_judged(
    height_mm: float, fails: bool
) -> None:
    """A block that touches the left edge of the trim on 3 mm of its 100 mm (3.5 % of its
    samples) is not judged: bare paper with a line that reaches the edge; on 8 mm (8.5 %)
    it is, and it stops at the trim."""

    def draw(c: Canvas, m: float, t: float) -> None:
        c.setFillColor(CMYKColor(0, 0, 0, 1))
        c.rect(m, m + 40 * MM, 20 * MM, height_mm * MM, stroke=0, fill=1)

    rep = preflight(square_page(TRIM, draw), Expect(output_intent=False))
    assert rep.failures == (
        [
            "page 1: art stops at the trim on 100 % of its left edge: the bleed is white "
            "there (extend the art into the bleed)"
        ]
        if fails
        else []
    )
    assert rep.facts["bleed_gap_pct"] == (100.0 if fails else 0.0)


@pytest.mark.parametrize(
    ("bleed_mm", "depth_mm"), [(3, 2.5), (2, 1.5), (1.5, 1.0), (1.2, 0.8), (0.9, 0.6)]
)
def test_the_bleed_is_read_short_of_its_outer_edge(bleed_mm: float, depth_mm: float) -> None:
    """0.5 mm short of the bleed's outer edge, or a third of the bleed short of it under
    1.5 mm (print shops' preflight)."""
    from campaign.preflight.bleed import bleed_depth

    assert bleed_depth(bleed_mm) == pytest.approx(depth_mm)


@pytest.mark.parametrize("side", SIDES)
def test_art_that_stops_short_of_the_bleeds_depth_fails(side: str) -> None:
    """Art 1.5 mm into a 3 mm bleed on one side (it is read 2.5 mm out) stops short: the
    strip rendered for each side reaches the bleed's depth."""
    rep = preflight(sample(art={side: 1.5}), Expect())
    assert rep.failures == [
        f"page 1: art stops at the trim on 100 % of its {side} edge: the bleed is white there "
        "(extend the art into the bleed)"
    ]
