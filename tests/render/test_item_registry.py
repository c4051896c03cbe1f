"""render.items.draw: an item is drawn by the drawer registered for its class (or a base
class); a kind with no drawer is an internal error that names the kind."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.layout.document import Box
from campaign.render.colour import Palette
from campaign.render.items import DRAWERS, DrawContext, Resources, draw, drawer
from campaign.render.target import Target


class Unknown:
    pass


def context() -> DrawContext:
    return DrawContext(
        Canvas(io.BytesIO()), 10.0, 200.0, Palette({}, False), lambda c: c, Target(), Resources()
    )


def test_a_kind_without_a_drawer_is_named() -> None:
    with pytest.raises(AssertionError) as caught:
        draw(Unknown(), context())
    assert str(caught.value) == "no drawer registered for Unknown"


def test_a_subclass_is_drawn_by_its_base_class_drawer(monkeypatch: pytest.MonkeyPatch) -> None:
    class Sub(Unknown):
        pass

    drawn: list[object] = []
    monkeypatch.setitem(DRAWERS, Unknown, lambda item, ctx: drawn.append(item))
    item = Sub()
    draw(item, context())
    assert drawn == [item]


def test_the_box_is_turned_into_pdf_coordinates() -> None:
    """Layout boxes run down from the trim's top-left corner; PDF boxes up from the bottom-left
    corner of the media: (ox + x, top - y - h, w, h)."""
    assert context().box(Box(5.0, 20.0, 30.0, 40.0)) == (15.0, 140.0, 30.0, 40.0)


def test_drawer_registers_and_returns_the_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("campaign.render.items.DRAWERS", {})
    from campaign.render import items

    def fn(item: object, ctx: DrawContext) -> None:
        pass

    assert drawer(Unknown)(fn) is fn
    assert items.DRAWERS == {Unknown: fn}
