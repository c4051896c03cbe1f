"""Which press stock a sheet is for, and which the hints name: one stock is smaller than
another when it fits inside it (both sides, either way round), not by its area. 12 x 18 in
(304.8 x 457.2 mm, 139,355 mm²) has less area than SRA3 (320 x 450 mm, 144,000 mm²) and does
not fit it: it is narrower and longer, and neither holds the other."""

from __future__ import annotations

import pytest

from campaign.sheets.edge import roomy_stock, smaller_paper
from campaign.sheets.paper import PRESS_STOCK, SHEETS, fits, greatest, holds, least, stock_for
from campaign.sheets.press_fit import press_cells
from campaign.sheets.warn import marks_warning


def test_12x18_has_less_area_than_sra3_and_does_not_fit_it() -> None:
    (w, h), (w2, h2) = SHEETS["12x18"], SHEETS["sra3"]
    assert w * h < w2 * h2
    assert not fits(SHEETS["12x18"], SHEETS["sra3"])
    assert not fits(SHEETS["sra3"], SHEETS["12x18"])
    assert fits(SHEETS["sra4"], SHEETS["12x18"])
    assert fits(SHEETS["12x18"], SHEETS["13x19"])
    assert [name for name in SHEETS if name in PRESS_STOCK] == list(PRESS_STOCK)


@pytest.mark.parametrize(
    ("media", "sra3", "twelve", "stock"),
    [
        ((310.0, 440.0), True, False, "sra3"),  # SRA3 alone: 12 x 18 in is 304.8 mm wide
        ((440.0, 310.0), True, False, "sra3"),  # the same, landscape
        ((300.0, 455.0), False, True, "12x18"),  # 12 x 18 in alone: SRA3 is 450 mm long
        ((455.0, 300.0), False, True, "12x18"),
        ((300.0, 440.0), True, True, "sra3"),  # both: neither is the smaller, SRA3 first
        ((200.0, 300.0), True, True, "sra4"),  # SRA4 fits inside both
        ((325.0, 460.0), False, False, "13x19"),
        ((340.0, 460.0), False, False, None),
    ],
)
def test_a_press_sheet_is_for_the_smallest_stock_it_fits(
    media: tuple[float, float], sra3: bool, twelve: bool, stock: str | None
) -> None:
    assert holds("sra3", media) == sra3
    assert holds("12x18", media) == twelve
    assert stock_for(media) == stock


def test_a3_plus_is_its_own_sheet_named_only_by_stock() -> None:
    """A3+ is 329 x 483 mm (tc-lib-pdf-page's Format.php), not 13 x 19 in (330.2 x 482.6):
    neither holds the other. It is a press stock `--stock` names (NAMED_STOCK), not one tried
    without it (PRESS_STOCK): the smallest and largest stocks stay as they were. DL 6-up
    (3 x 2, 327 x 448 mm with its marks) on A3+ has 1 mm of paper past each side, its side
    crop marks 3 mm long; on 13 x 19 in 1.6 mm, 3.6 mm: A3+ is placed for as itself."""
    from campaign.sheets.paper import NAMED_STOCK, crop_mark_lengths

    assert SHEETS["a3plus"] == (329.0, 483.0)
    assert not fits(SHEETS["a3plus"], SHEETS["13x19"])
    assert not fits(SHEETS["13x19"], SHEETS["a3plus"])
    assert NAMED_STOCK == (*PRESS_STOCK, "a3plus")
    assert stock_for((329.0, 483.0)) is None  # no stock tried without --stock holds it
    dl = press_cells((99.0, 210.0), 6, 3.0, "a3plus")
    assert (len(dl.cells), dl.sheet) == (6, (309.0, 426.0))
    assert crop_mark_lengths(dl.sheet, 3.0, "a3plus") == pytest.approx((3.0, 5.0))
    assert crop_mark_lengths(dl.sheet, 3.0, "13x19") == pytest.approx((3.6, 5.0))


def test_the_smallest_and_largest_sheets_are_by_fit() -> None:
    assert least(PRESS_STOCK) == ("sra4",)
    assert least(["13x19", "12x18", "sra3"]) == ("sra3", "12x18")  # in PRESS_STOCK's order
    assert least(["13x19", "12x18"]) == ("12x18",)
    assert greatest(PRESS_STOCK) == ("13x19",)
    assert greatest(["sra3", "12x18", "sra4"]) == ("sra3", "12x18")
    assert greatest(["tabloid", "a3", "letter", "a4"]) == ("a3", "tabloid")
    assert least([]) == ()


def test_the_stocks_with_room_for_the_marks_are_the_smallest_that_have_it() -> None:
    """4-up of 100 x 145 mm (224 x 318 mm with its marks) fits SRA4, which has no room for
    its targets: SRA3 and 12 x 18 in both have, and neither is the smaller, so the hint
    names both (it named SRA3, first by area); 4-up A5 (320 x 448 mm) fits no 12 x 18 in."""
    four = press_cells((100.0, 145.0), 4, 3.0)
    assert stock_for((224.0, 318.0)) == "sra4"
    assert roomy_stock(four, 3.0) == ("sra3", "12x18")
    said = marks_warning(
        "flyer", (224.0, 318.0), 4, ("its registration targets",), roomy_stock(four, 3.0), "sra4"
    )
    assert said is not None
    assert said.hints == (
        "the crop marks still register the plates; to print its registration targets too, "
        "have it printed on SRA3 or 12 x 18 in stock (say so with --stock sra3 or --stock "
        "12x18), or use --up 2",
    )
    assert roomy_stock(press_cells((148.0, 210.0), 4, 3.0), 3.0) == ("13x19",)


def test_the_largest_paper_a_stock_holds_is_by_fit() -> None:
    """13 x 19 in holds A3 and Tabloid with their bleed and slug, and neither holds the
    other: both are named (A3 was, the larger by area); SRA3 holds A3 alone of them, SRA4
    both A4 and Letter."""
    slug = (0.0, -6.0, 100.0, -3.0)
    assert smaller_paper("13x19", slug) == ("a3", "tabloid")
    assert smaller_paper("12x18", slug) == ("tabloid",)
    assert smaller_paper("sra3", slug) == ("a3",)
    assert smaller_paper("sra4", slug) == ("a4", "letter")  # A4 is longer, Letter wider
