"""`qr` slots: a QR code of one of the kit's links; a figure with its address as alternative
text unless the layout names one. The code holds the link as an ASCII URI (`iri.to_uri`:
punycode host, UTF-8 percent-encoding), which every scanner reads alike; a non-ASCII address
in byte mode without an ECI is read in Shift-JIS by some (zbar)."""

from __future__ import annotations

import threading
from functools import lru_cache
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
    """The QR matrix of `url` (ISO/IEC 18004, error correction M, the smallest version that
    holds it, the mask with the lowest penalty score of the standard's four rules): rows of
    modules without the quiet zone, True where dark. Its side is 21 + 4 x (version - 1)
    modules. Made by segno (one segment, its mode the most compact one that holds the whole
    text). reportlab's qrencoder took 7.8 ms an address here, segno 4.3 (50 event links;
    bench/README.md, fifteenth session): a merge whose events each have a link makes one a
    record."""
    code = _segno_encoder().encode(url, error="m", micro=False, boost_error=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


_ENCODER: list[ModuleType] = []  # segno's encoder, once loaded
_ENCODER_LOCK = threading.Lock()
PRIVATE_SEGNO = "_campaign_segno"  # the name segno's folder is loaded under here


def _segno_encoder() -> ModuleType:
    """segno's encoder (`segno.encoder.encode`, what `segno.make_qr` calls), loaded with the
    first QR code without the package's writers: `import segno` loads them all (SVG, PNG,
    EPS, terminal...), and with them urllib.request, http.client and the email package, 33
    ms in each worker process here, a tenth of a worker's share of the 18 pages of the
    benchmark (bench/README.md, eighteenth session). Its folder is loaded as a package of
    another name (PRIVATE_SEGNO) whose `__init__` is not run; the encoder imports only its
    constants from it. segno's own names in sys.modules are never touched: an `import segno`
    elsewhere, at the same time or later, loads the package as usual. Where that fails
    (another segno), the package's encoder is imported. Safe to call from several threads."""
    import importlib
    import importlib.util
    import sys
    import types

    with _ENCODER_LOCK:
        if _ENCODER:
            return _ENCODER[0]
        spec = importlib.util.find_spec("segno")
        encoder = None
        if spec is not None and spec.submodule_search_locations:
            package = types.ModuleType(PRIVATE_SEGNO)
            package.__path__ = list(spec.submodule_search_locations)
            sys.modules.setdefault(PRIVATE_SEGNO, package)
            try:
                encoder = importlib.import_module(f"{PRIVATE_SEGNO}.encoder")
            except ImportError:
                encoder = None
        if encoder is None or not hasattr(encoder, "encode"):
            encoder = importlib.import_module("segno.encoder")  # ModuleNotFoundError: no segno
        _ENCODER.append(encoder)
        return encoder
