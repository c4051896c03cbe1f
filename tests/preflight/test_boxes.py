"""Boxes: TrimBox and BleedBox both required, the bleed's tolerance of 0.01 mm, the BleedBox
inside the MediaBox on every side (0.01 pt tolerance), the facts rounded to 0.01 mm; and which
checks preflight runs for a given bleed_mm and safe_mm (0 turns a check off, 1 does not)."""

from __future__ import annotations

import pytest

from campaign.preflight import Expect, preflight
from tests.preflight.test_content import page, save
from tests.test_preflight import sample, with_text

MM = 72 / 25.4
NO_BLEED = "page 1: no TrimBox/BleedBox"
LARGER = "page 1: BleedBox is larger than the MediaBox"
GAP = (
    "page 1: art stops at the trim on 100 % of its bottom, top, left and right edges: the "
    "bleed is white there (extend the art into the bleed)"
)


def boxed(trim: list[float] | None, bleed: list[float] | None, media: float = 200) -> bytes:
    """A blank `media` x `media` pt page (MediaBox from 0) with the boxes given, pt."""
    pdf = page(b"")
    pdf.pages[0].obj.MediaBox = [0, 0, media, media]
    if trim is not None:
        pdf.pages[0].obj.TrimBox = trim
    if bleed is not None:
        pdf.pages[0].obj.BleedBox = bleed
    return save(pdf)


def expect(bleed_mm: float) -> Expect:
    return Expect(bleed_mm=bleed_mm, cmyk=False, output_intent=False, safe_mm=0)


@pytest.mark.parametrize(
    ("trim", "bleed"),
    [(None, None), ([20, 20, 180, 180], None), (None, [10, 10, 190, 190])],
    ids=["neither", "trim-only", "bleed-only"],
)
def test_both_boxes_are_needed(trim: list[float] | None, bleed: list[float] | None) -> None:
    rep = preflight(boxed(trim, bleed), expect(1))
    assert rep.failures == [NO_BLEED]
    assert rep.facts == {"colour_spaces": [], "max_vector_tac": 0.0}  # no bleed fill either


def test_without_bleed_the_boxes_are_not_checked() -> None:
    rep = preflight(boxed(None, None), expect(0))
    assert rep.failures == []
    assert "bleed_gap_pct" not in rep.facts


@pytest.mark.parametrize(
    ("bleed_mm", "failures"),
    [
        (0.01, []),  # no bleed at all, within the 0.01 mm tolerance
        (0.02, ["page 1: bleed is 0 mm; 0.02 mm is needed"]),
    ],
)
def test_bleed_tolerance(bleed_mm: float, failures: list[str]) -> None:
    rep = preflight(boxed([20, 20, 180, 180], [20, 20, 180, 180]), expect(bleed_mm))
    assert rep.failures == failures
    assert rep.facts["bleed_mm"] == 0.0


def test_facts_are_rounded_to_hundredths_of_a_millimetre() -> None:
    x0, y0 = 10 * MM, 10 * MM
    trim = [x0, y0, x0 + 100.254 * MM, y0 + 60.126 * MM]
    bleed = [x0 - 2.504 * MM, y0 - 3 * MM, trim[2] + 3 * MM, trim[3] + 3 * MM]
    rep = preflight(boxed(trim, bleed, 600), expect(1))
    assert rep.facts["trim_mm"] == [100.25, 60.13]
    assert rep.facts["bleed_mm"] == 2.5
    assert rep.failures == []


@pytest.mark.parametrize("side", range(4), ids=["left", "bottom", "right", "top"])
@pytest.mark.parametrize(
    ("beyond", "fails"),
    [(0.0, False), (0.01, False), (0.5, True), (1.5, True)],
)
def test_bleed_box_inside_the_media_box_on_every_side(
    side: int, beyond: float, fails: bool
) -> None:
    """How far (pt) the BleedBox reaches past the MediaBox [0 0 200 200] on one side."""
    bleed = [0.0, 0.0, 200.0, 200.0]
    bleed[side] += -beyond if side < 2 else beyond
    rep = preflight(boxed([20, 20, 180, 180], bleed), expect(3))
    assert rep.failures == ([LARGER] if fails else [])


def test_bleed_fill_only_when_asked_and_the_boxes_pass() -> None:
    art_to_the_trim = sample(bleed_art=False)
    assert preflight(art_to_the_trim, Expect(bleed_mm=1)).failures == [GAP]
    off = preflight(art_to_the_trim, Expect(bleed_mm=0))
    assert off.failures == []
    assert "bleed_gap_pct" not in off.facts


def test_safe_area_only_when_asked() -> None:
    """Text from 0.5 mm inside the trim: outside a 1 mm safe area; safe_mm 0 checks nothing,
    not even text that crosses the trim."""
    rep = preflight(with_text(0.5, 50), Expect(safe_mm=1))
    assert rep.failures == ["page 1: 1 character(s) outside the 1 mm safe area: 'B'"]
    assert preflight(with_text(-2, 50), Expect(safe_mm=0)).failures == []


@pytest.mark.parametrize(("bleeds", "short"), [((3, 2), 2), ((2, 3), 1)])
def test_the_bleed_fact_is_the_least_bleed_of_any_page(bleeds: tuple[int, int], short: int) -> None:
    """A file's facts are the file's: its least bleed (2 mm) whichever page has it, not the
    most or the last page's."""
    pdf = page(b"")
    pdf.add_blank_page(page_size=(200, 200))
    for pg, bleed_mm in zip(pdf.pages, bleeds, strict=True):
        b = bleed_mm * MM
        pg.obj.TrimBox = [20, 20, 180, 180]
        pg.obj.BleedBox = [20 - b, 20 - b, 180 + b, 180 + b]
    rep = preflight(save(pdf), expect(3))
    assert rep.facts["bleed_mm"] == 2.0
    assert rep.failures == [f"page {short}: bleed is 2 mm; 3 mm is needed"]


def test_a_bleedbox_inside_the_trimbox_is_said_to_be_swapped_and_measured_in_mm() -> None:
    """Boxes swapped (a common slip of hand-made files): the failure says the BleedBox lies
    inside the TrimBox, not "bleed is -9 mm; 3 mm is needed"; `check --pdf`'s summary gives
    the measured bleed in mm alone (it said "-3.175 mm = -1 7/8 in", a review)."""
    from campaign.papers import measured_bleed

    eighth = 25.4 / 8 * MM  # 1/8 in, pt
    rep = preflight(
        boxed([20, 20, 180, 180], [20 + eighth, 20 + eighth, 180 - eighth, 180 - eighth]), expect(3)
    )
    assert rep.failures[0] == (
        "page 1: the BleedBox lies inside the TrimBox (bleed is -3.17 mm): the two boxes are "
        "swapped or wrong; the BleedBox is the trim and its bleed"
    )
    assert not any("mm is needed" in f for f in rep.failures)
    assert measured_bleed(-25.4 / 8) == "-3.17 mm"
    assert measured_bleed(25.4 / 8) == "3.175 mm = 1/8 in"
    assert measured_bleed(0) == "0 mm"
