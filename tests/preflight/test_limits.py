"""Preflight's limits at their exact boundaries: text may cross the safe edge (or the badge's
safe circle) by less than the 0.05 pt tolerance, not by more; a page whose bleed is white
behind exactly 5 % of the art's edge passes, one more point fails; a grey of 245 (of 255) is
paper, 244 is ink."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.colors import CMYKColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign.preflight.bleed import check_bleed_fill
from campaign.preflight.report import Expect, Report
from campaign.preflight.text import TOL, check_safe_text

from .pages import square_page

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4
FONT = "NotoSans-Regular"
SAFE = 3.0  # mm
SIDES = ("left", "bottom", "right", "top")


def pages(data: bytes) -> list[pdfium.PdfPage]:
    """The file's pages open in PDFium, as preflight hands them to its rendering checks."""
    doc = pdfium.PdfDocument(data)
    return [doc[n] for n in range(len(doc))]


def letter_page(trim: tuple[float, float, float, float]) -> bytes:
    """A 300 pt square page with that TrimBox and one 'H' (12 pt) at (150, 150)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(ROOT / f"fonts/{FONT}.ttf")))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 300), invariant=1)
    c.setTrimBox(trim)
    c.setFont(FONT, 12)
    c.drawString(150, 150, "H")
    c.showPage()
    c.save()
    return buf.getvalue()


def letter_box() -> tuple[float, float, float, float]:
    """The 'H' as PDFium measures it, pt (it does not depend on the TrimBox)."""
    doc = pdfium.PdfDocument(letter_page((0, 0, 300, 300)))
    try:
        text = doc[0].get_textpage()
        assert text.count_chars() == 1
        return text.get_charbox(0)  # type: ignore[no-any-return]
    finally:
        doc.close()


def safe_text_failures(data: bytes, expect: Expect) -> list[str]:
    rep = Report()
    check_safe_text(pages(data), expect, rep)
    return rep.failures


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize(("by", "passes"), [(TOL / 2, True), (TOL * 1.5, False)])
def test_text_may_cross_the_safe_edge_by_less_than_the_tolerance(
    side: str, by: float, passes: bool
) -> None:
    """The 'H' crosses one side's safe edge by `by` pt; the other sides are 20 pt away."""
    x0, y0, x1, y1 = letter_box()
    safe, far = SAFE * MM, 20.0
    trim = {
        "left": x0 - safe + by if side == "left" else x0 - safe - far,
        "bottom": y0 - safe + by if side == "bottom" else y0 - safe - far,
        "right": x1 + safe - by if side == "right" else x1 + safe + far,
        "top": y1 + safe - by if side == "top" else y1 + safe + far,
    }
    data = letter_page((trim["left"], trim["bottom"], trim["right"], trim["top"]))
    failures = safe_text_failures(data, Expect(safe_mm=SAFE))
    assert failures == (
        [] if passes else ["page 1: 1 character(s) outside the 3 mm safe area: 'H'"]
    )


@pytest.mark.parametrize(("by", "passes"), [(TOL / 2, True), (TOL * 1.5, False)])
def test_text_may_cross_the_badges_safe_circle_by_less_than_the_tolerance(
    by: float, passes: bool
) -> None:
    """The trim centred on the page; the badge face sized so that the corner of the 'H' that
    is farthest from the centre lies `by` pt past its safe circle."""
    x0, y0, x1, y1 = letter_box()
    far = max(math.hypot(x - 150, y - 150) for x in (x0, x1) for y in (y0, y1))
    face_mm = 2 * (far - by + SAFE * MM) / MM
    data = letter_page((50, 50, 250, 250))
    failures = safe_text_failures(data, Expect(safe_mm=SAFE, badge=(face_mm, face_mm + 6)))
    assert failures == (
        [] if passes else ["page 1: 1 character(s) outside the badge face's safe circle: 'H'"]
    )


def bleed_page(gap_mm: float) -> bytes:
    """A 100 mm square trim, art over it and 3 mm of bleed. Each edge is probed 199 times,
    0.5 mm apart; a white square in the trim's top right corner (from 95.6 mm across and
    95.85 mm up) leaves 8 probes of the top and 8 of the right edge without art. The left
    bleed is white from the bottom up to `gap_mm`: 4.75 mm leaves 9 of the left edge's 199
    probes white behind (4.5 %), 5.25 mm 10 (5.03 %)."""

    def art(c: Canvas, m: float, t: float) -> None:
        c.setFillColor(CMYKColor(0.6, 0.2, 0, 0))
        c.rect(m - 3 * MM, m - 3 * MM, t + 6 * MM, t + 6 * MM, stroke=0, fill=1)
        c.setFillColor(CMYKColor(0, 0, 0, 0))
        c.rect(0, 0, m, m + gap_mm * MM, stroke=0, fill=1)
        c.rect(m + 95.6 * MM, m + 95.85 * MM, t, t, stroke=0, fill=1)

    return square_page(100, art)


@pytest.mark.parametrize(
    ("gap_mm", "share", "failures"),
    [
        (4.75, 4.5, []),
        (
            5.25,
            5.0,
            [
                "page 1: art stops at the trim on 5 % of its left edge: the bleed is white "
                "there (extend the art into the bleed)"
            ],
        ),
    ],
)
def test_a_bleed_white_behind_exactly_5_percent_of_the_edge_passes(
    gap_mm: float, share: float, failures: list[str]
) -> None:
    rep = Report()
    check_bleed_fill(pages(bleed_page(gap_mm)), Expect(), rep)
    assert rep.facts["bleed_gap_pct"] == share
    assert rep.failures == failures


def grey_page(grey: int) -> bytes:
    """A grey field that fills the trim and stops there: the bleed is white all round."""

    def field(c: Canvas, m: float, t: float) -> None:
        c.setFillGray(grey / 255)
        c.rect(m, m, t, t, stroke=0, fill=1)

    return square_page(100, field)


@pytest.mark.parametrize(("grey", "share"), [(245, 0.0), (244, 100.0)])
def test_a_grey_of_245_is_paper_and_244_is_ink(grey: int, share: float) -> None:
    rep = Report()
    check_bleed_fill(pages(grey_page(grey)), Expect(), rep)
    assert rep.facts["bleed_gap_pct"] == share
