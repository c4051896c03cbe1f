"""`coverage()` in exact numbers on a 20 x 20 pt page: 8 rows and 8 columns of 2.5 pt, sampled
at their middles (1.25, 3.75 ... 18.75 pt), so items can be put with their edges on a sample
and every share is a sum of whole rows (survivors of `mutmut run "campaign.layout.coverage*"`,
see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from campaign.layout.coverage import Coverage, coverage, item_spans
from campaign.layout.document import MM, Box, ImageItem, Item, QrItem, ShapeItem, SvgItem

PAGE = (20.0, 20.0)
MIDDLES = [1.25 + 2.5 * k for k in range(8)]
WHOLE = (0.0, 0.0, 20.0, 20.0)


def rect(x: float, y: float, w: float, h: float, r: float = 0.0) -> ShapeItem:
    return ShapeItem("s", Box(x, y, w, h), "rect", "blue", None, 0, r)


def image(x: float, y: float, w: float, h: float) -> ImageItem:
    return ImageItem("p", Box(x, y, w, h), Path("a.jpg"), (0, 0, 1, 1), 300, None)


def qr(x: float, y: float, w: float, h: float) -> QrItem:
    return QrItem("q", Box(x, y, w, h), "https://x", "black", "white", 2)


@pytest.mark.parametrize("make", [rect, image])
def test_an_edge_on_a_rows_middle_covers_that_row(make: type) -> None:
    """A covers 0-10 pt across from 3.75 to 8.75 pt down (rows 1-3), B 10-20 pt from 8.75 to
    13.75 pt (rows 3-5): row 3 is sampled on A's bottom and B's top and is covered whole."""
    cov = coverage((make(0, 3.75, 10, 5), make(10, 8.75, 10, 5)), PAGE)
    assert cov == Coverage(3 / 8, {"bottom": 5.0}, WHOLE, frozenset(), ((15.0, 20.0, False),))


def test_a_qr_codes_square_is_centred_in_its_box() -> None:
    """A tall box (10 x 17.5 pt at 5, 0): the 10 pt square from 3.75 to 13.75 pt down (rows
    1-5). A wide box (7.5 x 2.5 pt at 12.5, 13.75): the 2.5 pt square from 15 to 17.5 pt
    across (column 6), rows 5-6."""
    cov = coverage((qr(5, 0, 10, 17.5), qr(12.5, 13.75, 7.5, 2.5)), PAGE)
    rows = [0, 0.5, 0.5, 0.5, 0.5, 12.5 / 20, 2.5 / 20, 0]
    assert cov == Coverage(sum(rows) / 8, {"left": 5.0}, WHOLE, frozenset())
    # a 5 pt square in a 5 x 20 pt box: from 7.5 to 12.5 pt down, rows 3 and 4 only
    assert coverage((qr(5, 0, 5, 20),), PAGE).share == 2 * 5 * 2.5 / 400


def test_a_circle_is_painted_in_the_middle_of_a_tall_box() -> None:
    """A 5 pt circle centred in a 5 x 17.5 pt box: from 6.25 to 11.25 pt down, so only row 3
    (8.75 pt, through its centre) is sampled across it; rows 2 and 4 touch it."""
    circle = ShapeItem("c", Box(5, 0, 5, 17.5), "circle", "blue", None, 0, 0)
    assert coverage((circle,), PAGE).share == 5 * 2.5 / 400


def test_gaps_inside_a_row_are_boxed() -> None:
    """The top 5 pt covered, then only the right half: the gaps are the left half below 5 pt
    (rows 2-7)."""
    cov = coverage((rect(0, 0, 20, 5), rect(10, 5, 10, 15)), PAGE)
    assert cov == Coverage(0.625, {}, (0.0, 5.0, 10.0, 20.0), frozenset())


def test_full_cover_has_no_gaps_and_a_band_needs_1_mm() -> None:
    assert coverage((rect(0, 0, 20, 20),), PAGE) == Coverage(1.0, {}, None, frozenset())
    # a page of 10 x 10 mm has rows and columns of exactly 1 mm: one bare row at the top and
    # one bare column at the left are bands
    page = (10 * MM, 10 * MM)
    assert page[0] / 10 == MM
    cov = coverage((rect(MM, MM, 9 * MM, 9 * MM),), page)
    assert cov.bands == {"top": MM, "left": MM}
    assert cov.share == pytest.approx(0.81)


def test_every_bare_band_across_the_page_is_found_wherever_it_lies() -> None:
    """A 10 x 10 mm page (rows of 1 mm): ground over 0-3 mm and 6-8 mm; between them a 1 mm
    square at 4-5 mm (a tenth of its row: bare, with some ground in it); nothing below 8 mm.
    The bands are 3-6 mm (partly) and 8-10 mm, the second along the bottom edge as before."""
    page = (10 * MM, 10 * MM)
    items = (
        rect(0, 0, 10 * MM, 3 * MM),
        image(0, 4 * MM, MM, MM),
        rect(0, 6 * MM, 10 * MM, 2 * MM),
    )
    cov = coverage(items, page)
    assert [(round(t / MM, 6), round(b / MM, 6), p) for t, b, p in cov.across] == [
        (3, 6, True),
        (8, 10, False),
    ]
    assert cov.bands == pytest.approx({"bottom": 2 * MM})
    # a bare row less than 1 mm deep is no band: 20 pt of 2.5 pt rows, the last one bare
    assert coverage((rect(0, 0, 20, 17.5),), PAGE).across == ()


def test_an_item_counts_once_however_often_it_is_drawn() -> None:
    """A page of 15 rows (2.67 pt) and 8 columns: A (drawn twice) and C cover 10 % of column 0
    and of column 4 (one row each): every column is bare. Row 0 is covered for 3.75 pt."""
    page = (20.0, 40.0)
    a, c = rect(0, 0, 1.25, 2.5), rect(10, 0, 2.5, 2.5)
    cov = coverage((a, a, c), page)
    assert cov.share == pytest.approx(3.75 * (40 / 15) / 800)
    assert cov.bands == pytest.approx({"bottom": 14 * 40 / 15, "left": 20.0, "right": 20.0})
    assert cov.partly == {"left", "right"}


def test_a_row_covered_for_10_percent_is_still_bare() -> None:
    """A 2 pt strip down the left edge covers 10 % of every row (BARE: at most 10 % counts as
    bare), so the top and bottom are bare bands with some ground in them; the strip's column is
    covered, so there is no left band."""
    cov = coverage((rect(0, 0, 2, 20),), PAGE)
    assert cov.share == pytest.approx(0.1)
    assert cov.bands == {"top": 20.0, "bottom": 20.0, "right": 17.5}
    assert cov.partly == {"top", "bottom"}


def test_a_page_under_1_mm_is_one_row_or_column_sampled_at_its_middle() -> None:
    assert coverage((rect(0, 0, 10, 1),), (10.0, 2.0)).share == 1.0
    # 1 mm wide: the one column's middle is covered, so neither side is a bare band
    assert coverage((rect(0.4 * MM, 0, 0.2 * MM, 10),), (MM, 10.0)).bands == {}


def test_an_empty_region_counts_as_covered() -> None:
    """A cut circle of no size: 7 rows of 2.5 pt, the middle one through the circle's centre
    (a chord of no width), the others miss it."""
    assert coverage((), (20.0, 17.5), circle=0.0) == Coverage(1.0, {}, None, frozenset())


def test_a_circle_region_counts_only_what_lies_inside_it() -> None:
    """A 10 pt circle in the middle of the page: the rows above and below it are not part of
    the region, whether they are covered or not."""
    assert coverage((), PAGE, circle=10.0).share == 0.0
    assert coverage((rect(0, 0, 20, 20),), PAGE, circle=10.0).share == 1.0
    half = coverage((rect(0, 0, 10, 20),), PAGE, circle=10.0)
    assert half.share == pytest.approx(0.5)
    assert half.bands == {}  # bands are along the trim, not a circle


def rounded_widths(
    x: float, y: float, w: float, h: float, r: float, middles: list[float] = MIDDLES
) -> list[float]:
    """The width of a rectangle with corners of radius r at each row's middle, from the circle
    equation: a row d pt into a corner's height loses r - √(r² - d²) on each side."""
    out = []
    for ym in middles:
        if not y <= ym <= y + h:
            out.append(0.0)
            continue
        d = max(y + r - ym, ym - (y + h - r), 0.0)
        out.append(w - 2 * (r - math.sqrt(r * r - d * d)))
    return out


@pytest.mark.parametrize(
    ("box", "radius", "r"),
    [
        ((0, 0, 20, 20), 2.0, 2.0),  # rows 0 and 7 sampled 0.75 pt into the corners
        ((0, 1.15, 20, 17.7), 2.0, 2.0),  # 1.9 pt into them: near the corners' tips
        ((0, 0, 20, 20), 1.0, 1.0),  # no row reaches into a 1 pt corner: whole rows
        ((0, 0.5, 20, 19), 1.0, 1.0),  # rows 0 and 7 only are 0.25 pt into 1 pt corners
        ((5, 0, 10, 20), 100.0, 5.0),  # a tall pill: the radius is half the width
        ((0, 5, 20, 10), 100.0, 5.0),  # a wide pill: half the height
    ],
)
def test_rounded_corners_lose_what_the_arc_cuts_off(
    box: tuple[float, float, float, float], radius: float, r: float
) -> None:
    widths = rounded_widths(*box, r)
    cov = coverage((rect(*box, r=radius),), PAGE)
    assert cov.share == pytest.approx(sum(widths) / 160, abs=1e-12)


@pytest.mark.parametrize(
    ("page", "rows"),
    [((60.0, 100.0), 36), ((100.0, 60.0), 22)],
)
def test_every_row_across_a_large_pills_ends_is_measured(
    page: tuple[float, float], rows: int
) -> None:
    """A pill filling a tall (or wide) page: its ends are half-circles of 30 pt radius, over
    11 rows or more, each with its own width."""
    tw, th = page
    middles = [(k + 0.5) * th / rows for k in range(rows)]
    assert math.ceil(th / MM) == rows
    widths = rounded_widths(0, 0, tw, th, min(tw, th) / 2, middles)
    cov = coverage((rect(0, 0, tw, th, r=100.0),), page)
    assert cov.share == pytest.approx(sum(widths) / (tw * rows), abs=1e-12)


@pytest.mark.parametrize(
    "item",
    [
        ShapeItem("s", Box(0, 0, 20, 20), "rect", None, "blue", 1, 0),  # an outline only
        QrItem("q", Box(0, 0, 20, 20), "https://x", "black", None, 2),  # no background
        SvgItem("art", Box(0, 0, 20, 20), Path("a.svg"), "center"),
    ],
)
def test_what_paints_nothing_opaque_has_no_span(item: Item) -> None:
    assert item_spans(item, 10.0) == ()


def test_an_item_of_no_width_covers_nothing() -> None:
    """Not even the column whose middle it lies on (1.25 pt)."""
    bare = {"top": 20.0, "bottom": 20.0, "left": 20.0, "right": 20.0}
    across = ((0.0, 20.0, False),)
    assert coverage((rect(1.25, 0, 0, 20),), PAGE) == Coverage(
        0.0, bare, WHOLE, frozenset(), across
    )


def test_a_window_paints_its_corners_and_shows_what_is_under_its_middle() -> None:
    """A `window` shape fills its box but for a rounded rectangle of its radius (the photo
    frame's window, render.items.shape): it paints its corners, and its middle shows what is
    drawn before it, or the photo where nothing is (colours.grounds.PHOTO). It was taken for
    a filled rounded rectangle: its corners bare, and text in its middle on its colour."""
    from campaign.colours.grounds import PAPER, PHOTO, _ground_at, _grounds
    from campaign.layout.coverage import covers, paints

    window = ShapeItem("window", Box(0, 0, 200, 100), "window", "blue", None, 0, 20.0)
    # 5 pt down, 15 pt into the corners' height: 20 - sqrt(20² - 15²) = 6.77 pt at each end
    (a, b), (c, d) = item_spans(window, 5.0)
    assert (a, round(b, 2), round(c, 2), d) == (0.0, 6.77, 193.23, 200.0)
    assert item_spans(window, 50.0) == ()  # its middle all window
    assert paints(window, 2.0, 2.0)
    assert not paints(window, 100.0, 50.0)
    assert not covers(window, (50.0, 40.0, 150.0, 60.0))
    assert covers(window, (1.0, 1.0, 3.0, 3.0))  # in its corner
    assert not covers(window, (1.0, 1.0, 199.0, 3.0))  # its corners on both, the middle not
    assert _ground_at([window], 2.0, 2.0) == "blue"
    assert _ground_at([window], 100.0, 50.0) == PHOTO
    assert _ground_at([window], 250.0, 50.0) == PAPER  # off it
    navy = ShapeItem("scrim", Box(80, 40, 40, 20), "rect", "navy", None, 0, 0)
    assert _ground_at([navy, window], 100.0, 50.0) == "navy"  # drawn under the window
    assert _grounds([window], (50.0, 40.0, 150.0, 60.0)) == {PHOTO}
    assert _grounds([window], (0.5, 0.5, 100.0, 3.0)) == {"blue", PHOTO}
    share = coverage((window,), (200.0, 100.0)).share  # its corners: (4 - pi) 20² of 20000
    assert share == pytest.approx((4 - math.pi) * 400 / 20000, abs=0.01)
