"""The shape drawer on a canvas that records every call: rectangles, rounded rectangles,
circles and windows in pt, filled and stroked only as the item says."""

from __future__ import annotations

from reportlab.pdfgen.canvas import FILL_EVEN_ODD

from campaign.layout.document import Box, ShapeItem
from campaign.render.items import draw

from .test_item_drawers import BLUE, RED, context

BOX = Box(5.0, 20.0, 60.0, 40.0)  # -> x 10 + 5 = 15, y 200 - 20 - 40 = 140 on the canvas


def drawn(item: ShapeItem) -> list[tuple[object, ...]]:
    canvas, ctx = context()
    draw(item, ctx)
    return canvas.log


def test_a_filled_rectangle() -> None:
    assert drawn(ShapeItem("s", BOX, "rect", "blue", None, 0.0, 0.0)) == [
        ("canvas.setFillColor", BLUE),
        ("canvas.rect", 15.0, 140.0, 60.0, 40.0, ("fill", 1), ("stroke", 0)),
    ]


def test_a_stroked_rectangle_is_not_filled() -> None:
    assert drawn(ShapeItem("s", BOX, "rect", None, "red", 2.0, 0.0)) == [
        ("canvas.setStrokeColor", RED),
        ("canvas.setLineWidth", 2.0),
        ("canvas.rect", 15.0, 140.0, 60.0, 40.0, ("fill", 0), ("stroke", 1)),
    ]


def test_a_stroke_of_no_width_is_not_drawn() -> None:
    assert drawn(ShapeItem("s", BOX, "rect", "blue", "red", 0.0, 0.0)) == [
        ("canvas.setFillColor", BLUE),
        ("canvas.rect", 15.0, 140.0, 60.0, 40.0, ("fill", 1), ("stroke", 0)),
    ]


def test_any_radius_rounds_the_corners() -> None:
    assert drawn(ShapeItem("s", BOX, "rect", "blue", None, 0.0, 0.5))[1] == (
        "canvas.roundRect",
        15.0,
        140.0,
        60.0,
        40.0,
        0.5,
        ("fill", 1),
        ("stroke", 0),
    )


def test_a_circle_fits_the_shorter_side_centred() -> None:
    assert drawn(ShapeItem("s", BOX, "circle", "blue", None, 0.0, 0.0))[1] == (
        "canvas.circle",
        45.0,
        160.0,
        20.0,
        ("fill", 1),
        ("stroke", 0),
    )


def test_a_window_is_the_box_less_a_rounded_rectangle_even_odd() -> None:
    """The radius is at most half the shorter side (here the height: 20 pt, not 50)."""
    assert drawn(ShapeItem("s", BOX, "window", "blue", None, 0.0, 50.0)) == [
        ("canvas.setFillColor", BLUE),
        ("beginPath",),
        ("path.rect", 15.0, 140.0, 60.0, 40.0),
        ("path.roundRect", 15.0, 140.0, 60.0, 40.0, 20.0),
        ("canvas.drawPath", "path", ("fill", 1), ("fillMode", FILL_EVEN_ODD), ("stroke", 0)),
    ]
