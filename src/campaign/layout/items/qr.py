"""`qr` slots: a QR code of one of the kit's links; a figure with its address as alternative
text unless the layout names one."""

from __future__ import annotations

from ...model import QrSlot
from ..document import Box, QrItem
from . import ComposeContext, Role, composer


def qr_role(slot: QrSlot, ctx: ComposeContext) -> Role:
    return slot.role or "figure", ctx.alt(slot) or f"QR code: {ctx.content.links[slot.link]}"


@composer(QrSlot, role=qr_role)
def compose_qr(slot: QrSlot, box: Box, ctx: ComposeContext) -> QrItem:
    url = ctx.content.links[slot.link]
    return QrItem(slot.name, box, url, slot.colour, slot.background, slot.quiet)
