"""Properties of the newest fitting code that no test held: each test here failed under a bug
planted in the code it names (the thirty-ninth session's mutation testing), and passes
without it. A text given the width its widest word lacks (kit.fit.make_width) and the
height its lines lack (kit.fit.make_room), exact mm."""

from __future__ import annotations

import pytest

from campaign.kit.fit import make_room, make_width

PAGE = (100.0, 5.0)  # width (or height) and safe margin, mm


def test_a_frame_on_the_right_ends_where_the_grown_text_begins() -> None:
    """Text J (10 to 30 mm) lacks 20 mm: 5 mm to the safe margin on its left, the rest on its
    right, up to 2 mm (its gap) from where K beside it begins to print (50 mm). K's frame
    (30 to 90) begins where J now ends, at 45, its print untouched."""
    row = [(10.0, 10.0, 20.0, 5.0), (30.0, 10.0, 60.0, 5.0)]
    out = make_width(row, [(11.0, 29.0), (50.0, 90.0)], {0: (20.0, 2.0)}, PAGE)
    assert out == [(5.0, 10.0, 40.0, 5.0), (45.0, 10.0, 45.0, 5.0)]


def test_a_badge_text_off_the_centre_grows_to_the_chord_at_its_far_edge() -> None:
    """On a badge's live circle (centre 50, 50, radius 30 mm), text B 10 to 20 mm under the
    centre grows across to the circle's chord 20 mm under it (its far edge: ±22.36 mm), not
    to the one at its near edge (±28.28 mm), where its lower corners would leave the circle."""
    circle = (50.0, 50.0, 30.0)
    b = [(40.0, 60.0, 20.0, 10.0)]
    ((x, _, w, _),) = make_width(b, [(41.0, 59.0)], {0: (80.0, 2.0)}, PAGE, circle=circle)
    half = (30.0**2 - 20.0**2) ** 0.5
    assert (x, x + w) == pytest.approx((50 - half, 50 + half), abs=1e-9)


def test_the_higher_text_takes_its_room_first() -> None:
    """make_room takes the texts from the top of the page: A (10 to 20 mm) lacks 30 mm and
    has them all (5 up to the safe margin, 25 down, to 45); B (75 to 85), which lacks 15 mm,
    then has 12.5: 10 down to the safe margin at 95, and 2.5 up, its top kept half the 55 mm
    that were between them (GAP_KEPT) under A's new foot. Taken from the foot, B had all 15
    and A 2.5 mm less than it lacked. To 0.002 mm, make_room's precision."""
    boxes = [(10.0, 10.0, 80.0, 10.0), (10.0, 75.0, 80.0, 10.0)]
    (a, b) = make_room(boxes, set(), {0: 30.0, 1: 15.0}, {}, PAGE)
    assert (a[1], a[1] + a[3]) == pytest.approx((5.0, 45.0), abs=0.002)
    assert (b[1], b[1] + b[3]) == pytest.approx((72.5, 95.0), abs=0.002)
