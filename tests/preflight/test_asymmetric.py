"""Preflight on a page where nothing is symmetric: the MediaBox does not start at 0, the trim
is 100 x 60 mm at other offsets in x and y, gaps are partial. A check that mixes up x and y,
or the trim and the MediaBox, gives other numbers here (survivors of `mutmut run` on
preflight.py on square, centred samples; docs/mutation.md)."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pikepdf
import pytest
from reportlab.lib.colors import CMYKColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign.preflight import Expect, preflight
from campaign.render.postprocess import DocMeta, OutputCondition, finish_print

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4
COND = OutputCondition("fogra39", ROOT / "assets/icc/fogra39l_coated.icc", "FOGRA39", "test")
TX, TY, TW, TH = 30, 50, 100, 60  # trim, mm on the canvas
MEDIA = (10, 20, 150, 130)  # mm: x0, y0, x1, y1
FONT = "NotoSans-Regular"
GAP_FAILURE = (
    "page 1: art stops at the trim on {:.0f} % of its {} edge: the bleed is white there "
    "(extend the art into the bleed)"
)
# a badge's ring is one edge
RING_FAILURE = (
    "page 1: art stops at the trim on {:.0f} % of the edge: the bleed is white there "
    "(extend the art into the bleed)"
)


def finish(
    c: Canvas,
    buf: io.BytesIO,
    trim: tuple[float, float, float, float],
    bleed: tuple[float, float, float, float] = (3, 3, 3, 3),
) -> bytes:
    """`bleed`: the BleedBox beyond the trim on the left, bottom, right and top, mm."""
    x, y, w, h = trim
    bl, bb, br, bt = bleed
    c.setTrimBox((x * MM, y * MM, (x + w) * MM, (y + h) * MM))
    c.setBleedBox(((x - bl) * MM, (y - bb) * MM, (x + w + br) * MM, (y + h + bt) * MM))
    c.showPage()
    c.save()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        pdf.pages[0].obj.MediaBox = [v * MM for v in MEDIA]
        out = io.BytesIO()
        pdf.save(out)
    return finish_print(out.getvalue(), COND, DocMeta("t", "en", "t", "sample", 2024))


def canvas() -> tuple[Canvas, io.BytesIO]:
    buf = io.BytesIO()
    return Canvas(buf, pagesize=(200 * MM, 200 * MM), invariant=1), buf


def page(
    white_bottom_mm: float = 0,
    white_side: str = "",
    bleed: tuple[float, float, float, float] = (3, 3, 3, 3),
    cyan: float = 0.6,
) -> bytes:
    """Full-bleed art (`cyan` and 20 % magenta, or `cyan` alone when it is a tint under
    0.5), with the bottom bleed white along its first `white_bottom_mm`, or the whole bleed
    of one side ('left' or 'right') white."""
    c, buf = canvas()
    c.setFillColor(CMYKColor(cyan, 0.2 if cyan >= 0.5 else 0, 0, 0))
    c.rect((TX - 3) * MM, (TY - 3) * MM, (TW + 6) * MM, (TH + 6) * MM, stroke=0, fill=1)
    c.setFillColor(CMYKColor(0, 0, 0, 0))
    if white_bottom_mm:
        c.rect((TX - 3) * MM, (TY - 3) * MM, (3 + white_bottom_mm) * MM, 3 * MM, stroke=0, fill=1)
    if white_side:
        x = TX - 3 if white_side == "left" else TX + TW
        c.rect(x * MM, (TY - 3) * MM, 3 * MM, (TH + 6) * MM, stroke=0, fill=1)
    return finish(c, buf, (TX, TY, TW, TH), bleed)


def test_full_bleed_passes() -> None:
    rep = preflight(page(), Expect())
    assert rep.failures == []
    assert rep.facts["bleed_gap_pct"] == 0.0
    assert rep.facts["trim_mm"] == [100.0, 60.0]
    assert rep.facts["bleed_mm"] == 3.0


@pytest.mark.parametrize(
    ("white_mm", "share"),
    [
        (4.75, 4.5),  # 9 of the 199 probes along the bottom: passes
        # 24 probes: fails. It passed when the four edges were taken together (3 % of 796
        # probes), and the print shop's preflight failed the bottom edge (12.2 %)
        (12, 12.1),
        (60, 60.3),
    ],
)
def test_partial_gap_along_the_bottom(white_mm: float, share: float) -> None:
    rep = preflight(page(white_mm), Expect())
    assert rep.facts["bleed_gap_pct"] == share
    assert rep.failures == ([GAP_FAILURE.format(share, "bottom")] if share > 5 else [])


@pytest.mark.parametrize("side", ["left", "right"])
def test_white_bleed_on_one_side(side: str) -> None:
    rep = preflight(page(white_side=side), Expect())
    assert rep.facts["bleed_gap_pct"] == 100.0  # that edge's, all of it
    assert rep.failures == [GAP_FAILURE.format(100, side)]


@pytest.mark.parametrize(("cyan", "gap"), [(0.2, 100.0), (0.05, 0.0)])
def test_a_pale_tint_is_art_paper_white_is_not(cyan: float, gap: float) -> None:
    """Art of 20 % cyan (grey 240 when rendered, under the 245 that counts as ink) that
    stops at the trim on the left fails as solid art does; 5 % cyan (grey 252) reads as
    paper."""
    rep = preflight(page(white_side="left", cyan=cyan), Expect())
    assert rep.facts["bleed_gap_pct"] == gap


@pytest.mark.parametrize(
    ("bleed", "worst"),
    [((1, 3, 3, 3), 1.0), ((3, 2, 3, 3), 2.0), ((3, 3, 1.5, 3), 1.5), ((3, 3, 3, 0.5), 0.5)],
    ids=["left", "bottom", "right", "top"],
)
def test_short_bleed_box_on_one_side(
    bleed: tuple[float, float, float, float], worst: float
) -> None:
    rep = preflight(page(bleed=bleed), Expect())
    assert rep.facts["bleed_mm"] == worst
    assert f"page 1: bleed is {worst:g} mm; 3 mm is needed" in rep.failures


def test_bleed_box_beyond_the_media_box() -> None:
    """The MediaBox starts 20 mm to the left of the trim (10 mm up): a 21 mm bleed on the
    left leaves it; 19 mm does not."""
    assert (
        "page 1: BleedBox is larger than the MediaBox"
        in preflight(page(bleed=(21, 3, 3, 3)), Expect()).failures
    )
    assert (
        "page 1: BleedBox is larger than the MediaBox"
        not in preflight(page(bleed=(19, 3, 3, 3)), Expect()).failures
    )


def badge(
    ring: tuple[float, float],
    text_at: tuple[float, float] | None = None,
    white_beyond: tuple[float, float] | None = None,
) -> bytes:
    """A 70 x 70 mm badge trim at (30, 50) mm; art is a ring between two diameters (mm);
    the word 'Heart' (8 pt) centred at `text_at` mm from the trim's centre; paper white
    beyond `white_beyond` = (dx, dy) mm from the centre (one side only: right or top)."""
    c, buf = canvas()
    cx, cy = (TX + 35) * MM, (TY + 35) * MM
    c.setFillColor(CMYKColor(0.6, 0.2, 0, 0))
    path = c.beginPath()
    path.circle(cx, cy, ring[1] / 2 * MM)
    path.circle(cx, cy, ring[0] / 2 * MM)
    c.drawPath(path, stroke=0, fill=1, fillMode=0)  # even-odd: a ring
    if white_beyond:
        dx, dy = white_beyond
        c.setFillColor(CMYKColor(0, 0, 0, 0))
        if dx:
            c.rect(cx + dx * MM, cy - 40 * MM, 20 * MM, 80 * MM, stroke=0, fill=1)
        else:
            c.rect(cx - 40 * MM, cy + dy * MM, 80 * MM, 20 * MM, stroke=0, fill=1)
    if text_at:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(ROOT / f"fonts/{FONT}.ttf")))
        c.setFont(FONT, 8)
        c.setFillColor(CMYKColor(0, 0, 0, 1))
        c.drawCentredString(cx + text_at[0] * MM, cy + text_at[1] * MM, "Heart")
    return finish(c, buf, (TX, TY, 70, 70))


BADGE = Expect(badge=(58, 70), safe_mm=3)


@pytest.mark.parametrize(
    ("ring", "gap"),
    [
        ((50, 72), 0.0),  # from inside the face to beyond the cut: no gap
        ((50, 66), 100.0),  # stops between face and cut: white on the badge's side
    ],
)
def test_badge_ring_art(ring: tuple[float, float], gap: float) -> None:
    rep = preflight(badge(ring), BADGE)
    assert rep.facts["bleed_gap_pct"] == gap
    assert (RING_FAILURE.format(100) in rep.failures) == bool(gap)


@pytest.mark.parametrize(
    ("white_beyond", "gap"),
    [((30, 0), 16.9), ((0, 30), 16.9)],  # |angle| < 30.2 degrees on the cut circle's probes
    ids=["right", "top"],
)
def test_badge_art_cut_short_on_one_side(white_beyond: tuple[float, float], gap: float) -> None:
    rep = preflight(badge((0, 72), white_beyond=white_beyond), BADGE)
    assert rep.facts["bleed_gap_pct"] == gap
    assert rep.failures == [RING_FAILURE.format(gap)]


@pytest.mark.parametrize(
    ("at", "outside"),
    [
        ((0, 0), ""),  # the centre of the face
        ((0, 24), "Ht"),  # the word's outer corners pass the 26 mm safe circle
        ((0, -27), "Heart"),  # between the safe circle (26 mm) and the face edge (29 mm)
        ((20, 20), "Heart"),  # 28 mm out on the diagonal
    ],
)
def test_badge_text_inside_the_safe_circle(at: tuple[float, float], outside: str) -> None:
    rep = preflight(badge((0, 72), text_at=at), BADGE)
    expected = [
        f"page 1: {len(outside)} character(s) outside the badge face's safe circle: {outside!r}"
    ]
    assert [f for f in rep.failures if "safe circle" in f] == (expected if outside else [])
    assert math.hypot(*at) < 29


def test_art_inside_the_trim_with_a_white_border_is_no_gap() -> None:
    """Art that stops 1 mm inside the trim on every side (a white border) does not touch the
    trim: it needs no bleed. The probes 0.5 mm inside each edge see paper."""
    c, buf = canvas()
    c.setFillColor(CMYKColor(0.6, 0.2, 0, 0))
    c.rect((TX + 1) * MM, (TY + 1) * MM, (TW - 2) * MM, (TH - 2) * MM, stroke=0, fill=1)
    rep = preflight(finish(c, buf, (TX, TY, TW, TH)), Expect())
    assert rep.facts["bleed_gap_pct"] == 0.0
    assert rep.failures == []


@pytest.mark.parametrize(
    ("disc", "gap"),
    [
        (55.4, 0.0),  # 1.3 mm inside the face's edge: no art at the edge, no gap
        (57.44, 100.0),  # reaches 0.22 mm past the probe 0.5 mm inside the face
        (58.2, 100.0),  # just past the face: white on the badge's side
    ],
)
def test_badge_art_ending_near_the_face(disc: float, gap: float) -> None:
    rep = preflight(badge((0, disc)), BADGE)
    assert rep.facts["bleed_gap_pct"] == gap
    assert rep.failures == ([RING_FAILURE.format(100)] if gap else [])


@pytest.mark.parametrize("axis", ["x", "y"])
def test_badge_probes_pair_up_on_the_same_side(axis: str) -> None:
    """Art to beyond the cut circle, but paper on one side from 20 mm off the centre and on
    the other side past 30 mm. Of the 360 angles, 91 have no art inside the face (not
    judged); 18 on the first side and the 61 within 30 degrees of the axis on the other have
    art inside the face and paper on the wrap: 79 gaps of 269. Mirror either probe and the
    count changes."""
    c, buf = canvas()
    cx, cy = (TX + 35) * MM, (TY + 35) * MM
    c.setFillColor(CMYKColor(0.6, 0.2, 0, 0))
    c.circle(cx, cy, 36 * MM, stroke=0, fill=1)
    c.setFillColor(CMYKColor(0, 0, 0, 0))
    if axis == "x":
        c.rect(cx - 60 * MM, cy - 40 * MM, 40 * MM, 80 * MM, stroke=0, fill=1)
        c.rect(cx + 30 * MM, cy - 40 * MM, 20 * MM, 80 * MM, stroke=0, fill=1)
    else:
        c.rect(cx - 40 * MM, cy - 60 * MM, 80 * MM, 40 * MM, stroke=0, fill=1)
        c.rect(cx - 40 * MM, cy + 30 * MM, 80 * MM, 20 * MM, stroke=0, fill=1)
    rep = preflight(finish(c, buf, (TX, TY, 70, 70)), BADGE)
    assert rep.facts["bleed_gap_pct"] == 29.4
    assert rep.failures == [RING_FAILURE.format(29.4)]


def test_every_page_is_checked_for_bleed_and_safe_text() -> None:
    """Three pages, the first clean: the second has white bleed on the left, the third a word
    1 mm inside the trim. Each failure names its page."""
    c, buf = canvas()
    x, y, w, h = TX, TY, TW, TH
    for n in range(3):
        c.setTrimBox((x * MM, y * MM, (x + w) * MM, (y + h) * MM))
        c.setBleedBox(((x - 3) * MM, (y - 3) * MM, (x + w + 3) * MM, (y + h + 3) * MM))
        c.setFillColor(CMYKColor(0.6, 0.2, 0, 0))
        left = x if n == 1 else x - 3  # page 2: the art stops at the trim on the left
        c.rect(left * MM, (y - 3) * MM, (x + w + 3 - left) * MM, (h + 6) * MM, stroke=0, fill=1)
        if n == 2:
            if FONT not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(FONT, str(ROOT / f"fonts/{FONT}.ttf")))
            c.setFont(FONT, 8)
            c.setFillColor(CMYKColor(0, 0, 0, 1))
            c.drawString((x + 1) * MM, (y + 30) * MM, "Blue")
        c.showPage()
    c.save()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        for page in pdf.pages:
            page.obj.MediaBox = [v * MM for v in MEDIA]
        out = io.BytesIO()
        pdf.save(out)
    data = finish_print(out.getvalue(), COND, DocMeta("t", "en", "t", "sample", 2024))
    rep = preflight(data, Expect())
    assert rep.failures == [
        "page 2: art stops at the trim on 100 % of its left edge: the bleed is white there "
        "(extend the art into the bleed)",
        "page 3: 1 character(s) outside the 3 mm safe area: 'B'",  # only 'B' lies within 3 mm
    ]
    assert rep.facts["bleed_gap_pct"] == 100.0  # page 2's left edge


def test_every_failing_edge_is_named() -> None:
    """12 mm of the bottom edge (12 %) and the whole left edge white in the bleed: one
    failure naming both, with the worst share."""
    rep = preflight(page(12, white_side="left"), Expect())
    assert rep.failures == [
        "page 1: art stops at the trim on up to 100 % of its bottom and left edges: the bleed "
        "is white there (extend the art into the bleed)"
    ]
