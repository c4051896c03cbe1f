"""`qr` slots: a QR code of one of the kit's links; a figure with its address as alternative
text unless the layout names one. The code holds the link as an ASCII URI (`iri.to_uri`:
punycode host, UTF-8 percent-encoding), which every scanner reads alike; a non-ASCII address
in byte mode without an ECI is read in Shift-JIS by some (zbar)."""

from __future__ import annotations

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


@lru_cache(maxsize=1)
def _segno_encoder() -> ModuleType:
    """segno's encoder (`segno.encoder.encode`, what `segno.make_qr` calls), loaded with the
    first QR code without the package's writers: `import segno` loads them all (SVG, PNG,
    EPS, terminal...), and with them urllib.request, http.client and the email package, 33
    ms in each worker process here, a tenth of a worker's share of the 18 pages of the
    benchmark (bench/README.md, eighteenth session). The package is stood in for while its
    encoder and constants load (they import nothing else of it); a later `import segno` then
    runs the package as usual and finds them loaded. Where that fails (another segno), the
    package is imported."""
    import importlib
    import importlib.util
    import sys
    import types

    if "segno" in sys.modules:
        return importlib.import_module("segno.encoder")
    spec = importlib.util.find_spec("segno")
    if spec is None or not spec.submodule_search_locations:
        return importlib.import_module("segno.encoder")  # raises ModuleNotFoundError
    stand_in = types.ModuleType("segno")
    stand_in.__path__ = list(spec.submodule_search_locations)
    sys.modules["segno"] = stand_in
    try:
        encoder = importlib.import_module("segno.encoder")
    except ImportError:
        encoder = None
    finally:
        del sys.modules["segno"]
    if encoder is None or not hasattr(encoder, "encode"):
        for name in [n for n in sys.modules if n.startswith("segno.")]:
            del sys.modules[name]
        return importlib.import_module("segno.encoder")
    return encoder
