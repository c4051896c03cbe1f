"""`qr` slots: a QR code of one of the kit's links; a figure with its address as alternative
text unless the layout names one. The code holds the link as an ASCII URI (`iri.to_uri`:
punycode host, UTF-8 percent-encoding), which every scanner reads alike; a non-ASCII address
in byte mode without an ECI is read in Shift-JIS by some (zbar)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

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
    holds it): rows of modules, True where dark. Its side is 21 + 4 x (version - 1) modules.
    The same matrix as reportlab's QrCodeWidget(url, barLevel="M"), which adds the text
    the same way (one data segment, mode chosen by qrencoder)."""
    encoder = qrencoder()
    code = encoder.QRCode(None, encoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    return tuple(tuple(bool(v) for v in row) for row in code.modules)


@lru_cache(maxsize=1)
def qrencoder() -> ModuleType:
    """reportlab's QR encoder (reportlab/graphics/barcode/qrencoder.py, a port of Kazuhiko
    Arase's QR Code generator; it imports only re and itertools), loaded by itself. Imported
    through its package, it runs reportlab.graphics.barcode's __init__, which imports every
    barcode widget, reportlab.graphics.shapes and reportlab.platypus: 0.1 s of every build's
    start-up on this machine kind (`python -X importtime`). Already imported, it is used as
    it is."""
    name = "reportlab.graphics.barcode.qrencoder"
    if name in sys.modules:
        return sys.modules[name]
    found = importlib.util.find_spec("reportlab")
    assert found is not None
    assert found.origin is not None
    path = Path(found.origin).parent / "graphics" / "barcode" / "qrencoder.py"
    if not path.is_file():  # another layout of reportlab: through its package, as it is
        return importlib.import_module(name)
    spec = importlib.util.spec_from_file_location("campaign_qrencoder", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
