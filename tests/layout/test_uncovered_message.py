"""The `layout.uncovered` message word for word: bands named by logical side (start and end swap
for right-to-left), each as a share of its own dimension and in mm, the verb that agrees with
their number, and the gaps' box measured from the top and the start edge (survivors of
`mutmut run "campaign.layout.checks*"`, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import pytest

from campaign.layout.checks import Uncovered
from campaign.layout.coverage import Coverage
from campaign.layout.document import MM

TRIM = (100 * MM, 200 * MM)  # 100 mm wide, 200 mm tall: a band's share tells width from height


def message(cov: Coverage, rtl: bool, pages: int = 1) -> str:
    return Uncovered("front", cov, "trim", TRIM, rtl, pages).describe()


BANDS = Coverage(
    0.25,
    {"top": 120 * MM, "bottom": 30 * MM, "left": 20 * MM, "right": 10 * MM},
    (0, 0, 100 * MM, 200 * MM),
    frozenset({"left"}),
    ((0.0, 120 * MM, False), (150 * MM, 165 * MM, True), (170 * MM, 200 * MM, False)),
)


@pytest.mark.parametrize(
    ("rtl", "left", "right"),
    [(False, "start", "end"), (True, "end", "start")],
)
def test_bands_by_logical_side(rtl: bool, left: str, right: str) -> None:
    """Every band across the page in mm from the top (the edge bands `top` and `bottom` are
    among them, not told twice), then the side bands."""
    assert message(BANDS, rtl) == (
        "the art covers 25.0 % of the page; 75.0 % is bare paper: the bands 0-120 mm and "
        "150-165 mm (but for small items) and 170-200 mm from the top and the "
        f"{left} 20 % (20 mm, but for small items) and the {right} 10 % (10 mm) have no ground"
    )


def test_one_band_across_the_page_has_no_ground() -> None:
    """A band in the middle of the page (a ground cut short above a QR code)."""
    cov = Coverage(
        0.9, {}, (0, 120 * MM, 100 * MM, 140 * MM), frozenset(), ((120 * MM, 140 * MM, False),)
    )
    assert message(cov, False, pages=2) == (
        "the art covers 90.0 % of the page 'front'; 10.0 % is bare paper: the band 120-140 mm "
        "from the top has no ground"
    )


def test_one_band_has_no_ground_and_a_page_of_several_is_named() -> None:
    cov = Coverage(0.9, {"right": 10 * MM}, (90 * MM, 0, 100 * MM, 200 * MM))
    assert message(cov, False, pages=2) == (
        "the art covers 90.0 % of the page 'front'; 10.0 % is bare paper: the end 10 % (10 mm) "
        "has no ground"
    )


@pytest.mark.parametrize(("rtl", "start"), [(False, 10), (True, 60)])
def test_gaps_inside_the_page_are_boxed_from_the_top_and_the_start(rtl: bool, start: int) -> None:
    """Gaps from 10 to 40 mm across and 30 to 90 mm down: 30 x 60 mm, 30 mm from the top, and
    10 mm from the left edge (the start) or 60 mm from the right edge (the start in RTL)."""
    cov = Coverage(0.91, {}, (10 * MM, 30 * MM, 40 * MM, 90 * MM))
    assert message(cov, rtl) == (
        "the art covers 91.0 % of the page; 9.0 % is bare paper: the gaps lie within 30 x 60 mm, "
        f"30 mm from the top and {start} mm from the start edge"
    )


def test_nothing_covers_and_no_gap_found() -> None:
    assert message(Coverage(0.0, {}, (0, 0, 1, 1)), False, pages=3) == (
        "nothing covers the page 'front': all of it is bare paper"
    )
    assert message(Coverage(0.99, {}, None), True) == (
        "the art covers 99.0 % of the page; 1.0 % is bare paper"
    )
    circle = Uncovered("front", Coverage(0.5, {}, None), "circle", TRIM, False, 1)
    assert circle.describe() == (
        "the art covers 50.0 % of the cut circle (face and wrap); 50.0 % is bare paper"
    )
