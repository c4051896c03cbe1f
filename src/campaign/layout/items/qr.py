"""`qr` slots: a QR code of one of the kit's links; a figure with its address as alternative
text unless the layout names one. The code holds the link as an ASCII URI (`iri.to_uri`:
punycode host, UTF-8 percent-encoding), which every scanner reads alike; a non-ASCII address
in byte mode without an ECI is read in Shift-JIS by some (zbar)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget

from ...iri import to_uri
from ...model import QrSlot
from ..document import Box, QrItem
from . import ComposeContext, Role, composer
from .text import printed_url


def qr_role(slot: QrSlot, ctx: ComposeContext) -> Role:
    """A figure described by its alternative text (the layout's, in the page's language) and
    the address it opens, as printed (without https://, readable: not the percent-encoded
    form the code holds)."""
    url = ctx.content.links[slot.link]
    label = ctx.alt(slot)
    if label:
        return slot.role or "figure", f"{label}: {printed_url(url)}"
    return slot.role or "figure", f"QR code: {url}"


@composer(QrSlot, role=qr_role)
def compose_qr(slot: QrSlot, box: Box, ctx: ComposeContext) -> QrItem:
    url = to_uri(ctx.content.links[slot.link])
    return QrItem(slot.name, box, url, slot.colour, slot.background, slot.quiet)


@lru_cache(maxsize=256)
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of `url` (error correction M; reportlab picks the smallest version that
    holds it): rows of modules, True where dark. Its side is 21 + 4 x (version - 1) modules."""
    widget = QrCodeWidget(url, barLevel="M")
    widget.qr.make()
    return tuple(tuple(bool(v) for v in row) for row in widget.qr.modules)
