"""`shape` slots: rectangles (optionally rounded) and circles, filled and/or stroked."""

from __future__ import annotations

from ...model import ShapeSlot
from ..document import MM, Box, ShapeItem
from . import ComposeContext, composer


@composer(ShapeSlot)
def compose_shape(slot: ShapeSlot, box: Box, ctx: ComposeContext) -> ShapeItem:
    return ShapeItem(
        slot.name, box, slot.shape, slot.fill, slot.stroke, slot.stroke_width * MM, slot.radius * MM
    )
