"""Total ink of the CMYK images a print PDF places: the vector colours' limit
(`preflight.colour`) applies to pictures too, which the build brings within it
(render.images.limit_ink) and a file from elsewhere may not."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pikepdf

from ..recent import Recent
from .colour import space_name
from .pdf import page_resources
from .report import Expect, Report

# Samples averaged across and down before the highest total is taken: at the 300 ppi of a
# print image, 4 x 4 is 75 ppi, about the 72 dpi at which the outside preflight renders a
# page to judge its ink. A pixel's own total is not a coverage: JPEG's rounding lifts single
# pixels of a dark, busy photo's edges several per cent over what was encoded, which no
# press prints as area (../shared/tools/preflight.py renders at --tac-dpi 72).
AVERAGED = 4

# Each image's highest averaged total, by the digest of its stream's bytes and of what
# reads them (size, depth, filters, /Decode, its colour space as _space reads it): a merge
# places the same logos on every page, and a sheet the same pieces. A stream placed twice
# with another /Decode is two entries (a review: the second took the first's total).
# NOT_CMYK: an image of another colour space; UNMEASURED: a CMYK one this does not decode.
_TOTALS: Recent[bytes, float] = Recent(64)
NOT_CMYK, UNMEASURED = -1.0, -2.0
CMYK_SPACES = ("DeviceCMYK", "ICCBased CMYK")  # colour.space_name's process CMYK


def check_image_ink(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    """The highest total ink (C+M+Y+K, per cent, averaged over AVERAGED x AVERAGED samples)
    of each CMYK image the page's resources and its forms' hold (DeviceCMYK, ICCBased of
    four components, Indexed over either; 8 or 16 bits a sample; any filter pikepdf
    decodes, and JPEG): the fact `max_image_tac`, and a failure over `expect.max_tac` (0.5 %
    allowed, as for a vector colour). A CMYK image it cannot read (JPEG 2000, a JPEG behind
    another filter, 1 to 4 bits a sample) is a warning that its ink is not measured. A soft
    mask is not applied: a see-through pixel's ink counts (the build's own pictures are all
    within the limit, see-through or not)."""
    worst: float | None = None
    unmeasured = 0
    for res in page_resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") != "/Image" or xo.get("/ImageMask", False):
                continue
            total = _image_total(xo)
            if total == UNMEASURED:
                unmeasured += 1
            elif total >= 0:
                worst = total if worst is None else max(worst, total)
    if unmeasured:
        rep.warnings.append(
            f"page {n}: {unmeasured} CMYK image(s) not measured for total ink (JPEG 2000, "
            "or a kind of samples this preflight does not read): check their ink in the "
            "print shop's preflight"
        )
    if worst is None:
        return
    rep.worst("max_image_tac", round(worst, 1))
    if worst > expect.max_tac + 0.5:
        rep.failures.append(
            f"page {n}: an image has {worst:.0f} % total ink (averaged as a 72 dpi proof "
            f"shows it); the limit is {expect.max_tac:g} %: separate it within the limit, or "
            "place it in RGB and let the build convert it"
        )


def _image_total(xo: Any) -> float:
    """An image XObject's highest averaged total ink, per cent; NOT_CMYK, or UNMEASURED for
    a CMYK one that does not decode here."""
    space = _space(xo.get("/ColorSpace"))
    if space is None:
        return NOT_CMYK
    try:
        raw = xo.read_raw_bytes()
    except pikepdf.PdfError:
        return UNMEASURED
    h = hashlib.sha256(raw)
    for name in ("/Width", "/Height", "/BitsPerComponent", "/Filter", "/Decode", "/DecodeParms"):
        h.update(f"{name}={_plain(xo.get(name))};".encode())
    h.update(space)
    key = h.digest()
    kept = _TOTALS.get(key)
    if kept is None:
        total = _decoded_total(xo, raw, space)
        kept = UNMEASURED if total is None else total
        _TOTALS.put(key, kept)
    return kept


def _plain(value: Any) -> str:
    """A direct value as text, for a digest: numbers, names, arrays of them."""
    if isinstance(value, pikepdf.Array):
        return "[" + " ".join(_plain(v) for v in value) + "]"
    if isinstance(value, pikepdf.Dictionary):
        return "<<" + " ".join(f"{k} {_plain(v)}" for k, v in sorted(value.items())) + ">>"
    return str(value)


def _space(space: Any) -> bytes | None:
    """What of a colour space decides an image's ink: b"cmyk" for process CMYK (DeviceCMYK
    or ICCBased of four components, as `colour.space_name` names them), b"indexed" and its
    palette's (hival + 1) x 4 bytes for Indexed over one of them; None for another space
    or a palette shorter than its hival says."""
    if space_name(space) not in CMYK_SPACES:
        return None
    if not (isinstance(space, pikepdf.Array) and str(space[0]) == "/Indexed"):
        return b"cmyk"
    if len(space) != 4:
        return None
    lookup = space[3]
    data = lookup.read_bytes() if isinstance(lookup, pikepdf.Stream) else bytes(lookup)
    count = (int(space[2]) + 1) * 4
    return b"indexed" + data[:count] if len(data) >= count else None


def _decoded_total(xo: Any, raw: bytes, space: bytes) -> float | None:
    """The highest averaged total ink of a CMYK image XObject (its raw stream `raw`; its
    colour space as `_space` reads it, an Indexed one's palette in it), decoded from its
    samples alone: a soft mask is not applied (pikepdf's own image reader turns a CMYK
    image with one into RGBA, with a warning). A JPEG (DCTDecode) by Pillow, which reads a
    JPEG with Adobe's marker as inverted: the PDF's samples are the JPEG's as stored,
    /Decode [1 0 ...] inverting them (ISO 32000-1, 8.9.5.2), as Ghostscript reads them;
    another filter by pikepdf's decoding; None where it cannot read the samples (JPEG 2000,
    1 to 4 bits a sample)."""
    import numpy as np

    filters = xo.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
    bits = int(xo.get("/BitsPerComponent", 8))
    inverts = _inverts(xo.get("/Decode"))
    palette = (
        np.frombuffer(space, dtype=np.uint8, offset=len(b"indexed")).reshape(-1, 4)
        if space.startswith(b"indexed")
        else None
    )
    try:
        if names and names[-1] == "/DCTDecode":
            from PIL import Image

            if len(names) != 1 or palette is not None:
                return None  # a JPEG behind another filter: not written here
            jpeg: Image.Image = Image.open(io.BytesIO(raw))
            if jpeg.mode != "CMYK":
                return None
            flip = ("adobe" in jpeg.info) != inverts  # Pillow undid Adobe's inversion
            if jpeg.width >= 2 * AVERAGED and jpeg.height >= 2 * AVERAGED:
                jpeg = jpeg.reduce(AVERAGED)  # averaged in Pillow: the image's size / 16
            a: Any = np.asarray(jpeg, dtype=np.float64)
            return _highest(255 - a if flip else a)
        if "/JPXDecode" in names or bits not in (8, 16):
            return None
        w, h = int(xo.Width), int(xo.Height)
        data = xo.read_bytes()
        per = 1 if palette is not None else 4
        count = w * h * per
        if len(data) < count * bits // 8:
            return None
        samples: Any = np.frombuffer(data, dtype=">u2" if bits == 16 else np.uint8, count=count)
        if bits == 16:
            samples = (samples >> 8).astype(np.uint8)
        if palette is not None:  # an index a sample: its colour, as /Decode maps it
            top = len(palette) - 1
            index = np.minimum(samples.reshape(h, w), top)
            decode = xo.get("/Decode")
            if decode is not None and [float(v) for v in decode] == [top, 0.0]:
                index = top - index
            a = palette[index]
            inverts = False
        else:
            a = samples.reshape(h, w, 4)
        if w >= 2 * AVERAGED and h >= 2 * AVERAGED:
            a = _averaged(a)  # floats the image's size / 16, not of all its samples
        a = a.astype(np.float64)
        return _highest(255 - a if inverts else a)
    except (pikepdf.PikepdfError, pikepdf.PdfError, NotImplementedError, ValueError, OSError):
        return None  # not decodable: left to the other checks


def _highest(a: Any) -> float:
    """The highest total of samples (h, w, 4) of 0 to 255, per cent."""
    return float(a.sum(axis=2).max()) * 100 / 255


def _inverts(decode: Any) -> bool:
    """Whether an image's /Decode array maps its samples 1 to 0 ([1 0 1 0 1 0 1 0])."""
    return decode is not None and [float(v) for v in decode] == [1.0, 0.0] * 4


def _averaged(a: Any) -> Any:
    """8-bit samples (h, w, 4) averaged over AVERAGED x AVERAGED blocks (the rest dropped)."""
    import numpy as np

    h, w = a.shape[0] // AVERAGED * AVERAGED, a.shape[1] // AVERAGED * AVERAGED
    blocks = a[:h, :w].reshape(h // AVERAGED, AVERAGED, w // AVERAGED, AVERAGED, 4)
    return blocks.mean(axis=(1, 3), dtype=np.float64)
