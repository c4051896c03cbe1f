"""`qr` slots: a QR code of one of the kit's links; a figure with its address as alternative
text unless the layout names one. The code holds the link as an ASCII URI (`iri.to_uri`:
punycode host, UTF-8 percent-encoding), which every scanner reads alike; a non-ASCII address
in byte mode without an ECI is read in Shift-JIS by some (zbar)."""

from __future__ import annotations

import math
from functools import lru_cache

from ...iri import to_uri
from ...model import QrSlot, TextSlot
from ...text.scripts import label_colon
from ..document import Box, QrItem
from . import ComposeContext, Role, composer
from .text import printed_url


def qr_role(slot: QrSlot, ctx: ComposeContext) -> Role:
    """A figure described by the address it opens, as printed (without https://, readable:
    not the percent-encoded form the code holds), once. Where the page prints the code's
    label (a text slot showing its `alt:` string for the same link: "Scan to learn more and
    act"), that printed text is the label's words and the figure's alternative text is the
    address alone: a screen reader read the label twice, in the figure's text and in the
    paragraph after it (a user's trial; WCAG technique H2, on an image and text side by side
    for one link: the image's text alternative should not repeat the text beside it).
    Without a printed label, the label and the address, joined by the label's language's
    colon (`text.scripts.label_colon`: 扫码了解更多并采取行动：www.unodc.org/blueheart; the
    source language's for a label shown in the source's words, `Content.in_source`, as
    render.pdf joins a printed address's link label: "Scan to learn more and act: ..." on a
    Chinese page that lacks the string)."""
    url = ctx.content.links[slot.link]
    label = ctx.alt(slot)
    if label and not _label_printed(slot, ctx):
        colon = label_colon(_label_language(slot, ctx))
        return slot.role or "figure", f"{label}{colon}{printed_url(url)}"
    if label:
        return slot.role or "figure", printed_url(url)
    return slot.role or "figure", f"QR code: {url}"


def _label_language(slot: QrSlot, ctx: ComposeContext) -> str:
    """The language of the words of the QR code's label (`ctx.alt`): the source language's
    code where the string shown is in the source's words, else the page's."""
    content = ctx.content
    shown = ctx.for_link(slot.alt, slot) if slot.alt else ""
    if content.source_language and shown in content.in_source:
        return content.source_language
    return ctx.lang.code


def _label_printed(slot: QrSlot, ctx: ComposeContext) -> bool:
    """Whether a text slot of the QR code's page shows its alternative text's string about
    the same link (poster-a3's qr-label: `string: qr_label, link: blueheart`)."""
    for page in ctx.layout.pages:
        if slot in page.slots:
            return any(
                isinstance(other, TextSlot)
                and slot.alt in other.strings
                and other.link == slot.link
                for other in page.slots
            )
    return False


@composer(QrSlot, role=qr_role)
def compose_qr(slot: QrSlot, box: Box, ctx: ComposeContext) -> QrItem:
    url = to_uri(ctx.content.links[slot.link])
    return QrItem(slot.name, box, url, slot.colour, slot.background, slot.quiet)


# The most a QR code holds at error correction M: 2,331 bytes (version 40, 177 x 177 modules;
# ISO/IEC 18004:2015, table 7). A longer address fits no code (and one near it, no page).
QR_MAX_BYTES_M = 2331


class QrTooLongError(ValueError):
    """An address longer than any QR code at error correction M holds (QR_MAX_BYTES_M)."""


@lru_cache(maxsize=256)
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of `url` (ISO/IEC 18004, error correction M, the smallest version that
    holds it): rows of modules without the quiet zone, True where dark. Its side is 21 + 4 x
    (version - 1) modules. Raises QrTooLongError when no version holds it (an address of
    more than QR_MAX_BYTES_M characters that are not all digits).

    Made by zxing-cpp's writer (libzint inside its wheels): the text split into the modes
    that give the fewest bits (digits in numeric mode beside bytes: an address is never in a
    larger version than one segment would give, sometimes a smaller one), and the data mask
    chosen by the standard's four penalty rules (7.8.3). zxing-cpp is compiled code: 0.2 ms an
    event link here, where segno, in Python, took 4.3 ms (it scores eight masks), a fifth of
    the CPU of each record of a merge whose events each have a link (bench/README.md,
    twentieth session). The address is ASCII (`iri.to_uri`): no ECI."""
    import zxingcpp  # 3 ms, with the first code

    try:
        code = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    except ValueError:  # "Input too long for ECC level M"
        raise QrTooLongError(
            f"{len(url):,} characters: a QR code holds at most {QR_MAX_BYTES_M:,} at error "
            "correction M (version 40, ISO/IEC 18004 table 7)"
        ) from None
    # one byte a module, 0 dark and 255 light, row after row: a square of side x side
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    pixels = image.tobytes()
    side = math.isqrt(len(pixels))
    return tuple(
        tuple(pixel == 0 for pixel in pixels[row : row + side])
        for row in range(0, side * side, side)
    )
