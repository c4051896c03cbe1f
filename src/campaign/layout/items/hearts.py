"""`hearts` slots: the "1 in 3" fact drawn as data; the filled hearts come first in reading
order (on the right in right-to-left languages unless pinned)."""

from __future__ import annotations

from ...model import HeartsSlot
from ..document import MM, Box, HeartsItem
from . import ComposeContext, composer


@composer(HeartsSlot)
def compose_hearts(slot: HeartsSlot, box: Box, ctx: ComposeContext) -> HeartsItem:
    return HeartsItem(
        slot.name,
        box,
        slot.count,
        slot.filled,
        slot.fill,
        slot.outline,
        slot.outline_width * MM,
        ctx.mirrored(slot),
    )
