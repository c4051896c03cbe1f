"""Total ink of the CMYK images a print PDF places: the vector colours' limit
(`preflight.colour`) applies to pictures too, which the build brings within it
(render.images.limit_ink) and a file from elsewhere may not."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pikepdf

from ..recent import Recent
from .pdf import page_resources
from .report import Expect, Report

# Samples averaged across and down before the highest total is taken: at the 300 ppi of a
# print image, 4 x 4 is 75 ppi, about the 72 dpi at which the outside preflight renders a
# page to judge its ink. A pixel's own total is not a coverage: JPEG's rounding lifts single
# pixels of a dark, busy photo's edges several per cent over what was encoded, which no
# press prints as area (../shared/tools/preflight.py renders at --tac-dpi 72).
AVERAGED = 4

# Each image's highest averaged total, by the digest of its stream's bytes: a merge places
# the same logos on every page, and a sheet the same pieces.
# -1: not a CMYK image, or one that does not decode.
_TOTALS: Recent[bytes, float] = Recent(64)


def check_image_ink(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    """The highest total ink (C+M+Y+K, per cent, averaged over AVERAGED x AVERAGED samples)
    of each CMYK image the page's resources and its forms' hold: the fact `max_image_tac`,
    and a failure over `expect.max_tac` (0.5 % allowed, as for a vector colour). An image
    that does not decode is left to the other checks."""
    worst: float | None = None
    for res in page_resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") != "/Image" or xo.get("/ImageMask", False):
                continue
            total = _image_total(xo)
            if total is not None:
                worst = total if worst is None else max(worst, total)
    if worst is None:
        return
    rep.worst("max_image_tac", round(worst, 1))
    if worst > expect.max_tac + 0.5:
        rep.failures.append(
            f"page {n}: an image has {worst:.0f} % total ink (averaged as a 72 dpi proof "
            f"shows it); the limit is {expect.max_tac:g} %: separate it within the limit, or "
            "place it in RGB and let the build convert it"
        )


def _image_total(xo: Any) -> float | None:
    """An image XObject's highest averaged total ink, per cent; None for one not in CMYK or
    that does not decode."""
    try:
        raw = xo.read_raw_bytes()
    except pikepdf.PdfError:
        return None
    key = hashlib.sha256(raw).digest()
    kept = _TOTALS.get(key)
    if kept is None:
        total = _decoded_total(xo)
        kept = -1.0 if total is None else total
        _TOTALS.put(key, kept)
    return None if kept < 0 else kept


def _decoded_total(xo: Any) -> float | None:
    """The highest averaged total ink of an 8-bit CMYK image XObject (DeviceCMYK, or
    ICCBased of four components), decoded from its samples alone: a soft mask is not
    applied (pikepdf's own image reader turns a CMYK image with one into RGBA, with a
    warning). A JPEG (DCTDecode) by Pillow, which reads Adobe's inverted CMYK as it is meant;
    another filter by pikepdf's decoding; a /Decode array that inverts is applied (to a
    JPEG without Adobe's marker)."""
    import numpy as np

    if not _cmyk(xo.get("/ColorSpace")) or int(xo.get("/BitsPerComponent", 8)) != 8:
        return None
    filters = xo.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
    try:
        if names and names[-1] == "/DCTDecode":
            from PIL import Image

            if len(names) != 1:
                return None  # a JPEG behind another filter: not written here
            jpeg: Image.Image = Image.open(io.BytesIO(xo.read_raw_bytes()))
            if jpeg.mode != "CMYK":
                return None
            raw = "adobe" not in jpeg.info and _inverts(xo.get("/Decode"))
            if jpeg.width >= 2 * AVERAGED and jpeg.height >= 2 * AVERAGED:
                jpeg = jpeg.reduce(AVERAGED)  # averaged in Pillow: the image's size / 16
            a: Any = np.asarray(jpeg, dtype=np.float64)
            # Pillow reads an Adobe JPEG's inverted CMYK as the inks (the PDF's /Decode
            # [1 0 ...] says the same of the raw samples); one without the marker is raw
            if raw:
                a = 255 - a
        else:
            w, h = int(xo.Width), int(xo.Height)
            data = xo.read_bytes()
            if len(data) < w * h * 4:
                return None
            a = np.frombuffer(data, dtype=np.uint8, count=w * h * 4).reshape(h, w, 4)
            if w >= 2 * AVERAGED and h >= 2 * AVERAGED:
                a = _averaged(a)  # floats the image's size / 16, not of all its samples
            if _inverts(xo.get("/Decode")):
                a = 255 - a.astype(np.float64)
    except (pikepdf.PikepdfError, pikepdf.PdfError, NotImplementedError, ValueError, OSError):
        return None  # not decodable: left to the other checks
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


def _cmyk(space: Any) -> bool:
    """Whether a colour space is process CMYK: DeviceCMYK, or ICCBased of four components."""
    if space is None:
        return False
    if isinstance(space, pikepdf.Name):
        return str(space) == "/DeviceCMYK"
    if isinstance(space, pikepdf.Array) and len(space) == 2 and str(space[0]) == "/ICCBased":
        return int(space[1].get("/N", 0)) == 4
    return False
