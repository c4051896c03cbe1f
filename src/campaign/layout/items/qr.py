"""`qr` slots: a QR code of one of the kit's links; a figure with its address as alternative
text unless the layout names one. The code holds the link as an ASCII URI (`iri.to_uri`:
punycode host, UTF-8 percent-encoding), which every scanner reads alike; a non-ASCII address
in byte mode without an ECI is read in Shift-JIS by some (zbar)."""

from __future__ import annotations

from functools import lru_cache

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
    """The QR matrix of `url` (ISO/IEC 18004, error correction M, the smallest version that
    holds it, the mask with the lowest penalty score of the standard's four rules): rows of
    modules without the quiet zone, True where dark. Its side is 21 + 4 x (version - 1)
    modules. Made by segno (one segment, its mode the most compact one that holds the whole
    text). reportlab's qrencoder took 7.8 ms an address here, segno 4.3 (50 event links;
    bench/README.md, fifteenth session): a merge whose events each have a link makes one a
    record."""
    import segno  # loaded with the first QR code

    code = segno.make_qr(url, error="m", boost_error=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)
