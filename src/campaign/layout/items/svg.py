"""`svg` slots: vector art from the kit's assets, scaled into the frame and aligned."""

from __future__ import annotations

from ...model import SvgSlot
from ..document import Box, SvgItem
from . import ComposeContext, composer


@composer(SvgSlot)
def compose_svg(slot: SvgSlot, box: Box, ctx: ComposeContext) -> SvgItem:
    return SvgItem(slot.name, box, slot.asset, slot.align)
