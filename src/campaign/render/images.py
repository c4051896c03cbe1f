"""Raster images for print and screen.

Colours come from the image's embedded ICC profile (Adobe RGB, ProPhoto, Display P3, a CMYK
press profile...), or from sRGB when it has none. Print: EXIF orientation applied, 16-bit and
palette images reduced to 8 bits, RGB converted to CMYK through the output profile (perceptual
or relative colorimetric), CMYK passed through when it is untagged or tagged with the output
profile (else converted from its own), greyscale kept grey (it prints on the black plate;
grey with transparency goes as RGBA). Screen: sRGB. Transparency (alpha, a palette's
transparent index, a PNG colour key) is kept in both, as a soft mask (PDF/X-4 allows it:
print and preview show what lies under the image); a slot's `background:` flattens it onto
that colour instead, in both. Images are cropped to what shows, reduced when they carry far
more than 300 ppi, and embedded as JPEG; a CMYK image with transparency losslessly (Flate)
with an 8-bit soft mask, which reportlab cannot attach to a JPEG.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms

from ..diagnostics import Mark, failure
from ..pixels import decoded
from ..pixels import normalise as normalise  # render.frame's, and the tests'

MAX_PPI = 450.0  # above this, images are reduced to...
TARGET_PPI = 400.0  # ...this resolution
JPEG_QUALITY = 92
# how far under the press's total ink limit a JPEG's pixels are brought (per cent): JPEG's
# rounding moves a flat area's total by a level or two of 255 (under 1 %), and single pixels
# of a busy photo's dark edges several per cent, which averaged as a proof shows them
# (preflight.image_ink: 4 x 4 samples) stay under 1 % (tests/render/test_image_ink.py)
JPEG_INK_MARGIN = 2.0
LIMIT_ROWS = 256  # rows of pixels limit_ink works on at a time (memory: a row's floats)

INTENTS = {
    "perceptual": ImageCms.Intent.PERCEPTUAL,
    "relative": ImageCms.Intent.RELATIVE_COLORIMETRIC,
}


@dataclass(frozen=True)
class Prepared:
    """An image ready for reportlab: `data` is a JPEG, a PNG (sRGB with alpha: reportlab
    makes the soft mask) or a TIFF (CMYK, lossless) whose soft mask is `alpha` (a PNG, L)."""

    data: bytes
    alpha: bytes | None = None
    transparent: bool = False  # has a soft mask (inside `data` or in `alpha`)


def _profile(data: bytes | None, fallback: Path | None) -> ImageCms.ImageCmsProfile:
    """An embedded profile by its bytes, else the file `fallback`, else sRGB."""
    if data is not None:
        return ImageCms.ImageCmsProfile(io.BytesIO(data))
    if fallback is not None:
        return ImageCms.getOpenProfile(str(fallback))
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@lru_cache(maxsize=16)
def _transform(
    source: bytes | None, source_mode: str, press: Path, to_cmyk: bool, intent: str
) -> ImageCms.ImageCmsTransform:
    """source (embedded profile bytes; None: sRGB for RGB, the press for CMYK) -> the press
    CMYK (`to_cmyk`) or sRGB."""
    src = _profile(source, press if source_mode == "CMYK" else None)
    if to_cmyk:
        dest, dest_mode = ImageCms.getOpenProfile(str(press)), "CMYK"
    else:
        dest, dest_mode = _profile(None, None), "RGB"
    return ImageCms.buildTransform(
        src, dest, source_mode, dest_mode, renderingIntent=INTENTS[intent]
    )


def _convert(
    im: Image.Image, source: bytes | None, cmyk: bool, press: Path, intent: str
) -> Image.Image:
    """RGB or CMYK pixels into the target's space (press CMYK or sRGB); grey unchanged."""
    if im.mode == "L":
        return im
    if cmyk and im.mode == "CMYK" and (source is None or source == press.read_bytes()):
        return im  # already in the press's numbers
    if not cmyk and im.mode == "RGB" and source is None:
        return im  # already sRGB
    if not cmyk and im.mode == "CMYK":
        intent = "relative"
    return ImageCms.applyTransform(im, _transform(source, im.mode, press, cmyk, intent)) or im


def screen_rgb(im: Image.Image, source: bytes | None, press: Path) -> Image.Image:
    """RGB or CMYK pixels (8-bit, as `normalise` makes them) as sRGB, as the previews show
    them: through `source` (embedded profile bytes), else an RGB image as sRGB and a CMYK one
    as the press's numbers (`press`, relative colorimetric). `frame` converts a photo so."""
    return _convert(im, source, False, press, "relative")


def _read(path: Path) -> tuple[Image.Image, bytes | None]:
    """The image, upright and 8-bit, and its embedded profile's bytes (None: sRGB), decoded
    once while it is the file last drawn (`pixels.decoded`: the print and digital PDFs of a
    merged row's logo, and the page under a text, read it in turn). Raises
    DiagnosticsError `image.read` when its pixels cannot be decoded (a file cut short: its
    header, which the kit's checks read, was whole; it was an internal error)."""
    try:
        return decoded(path)
    except (OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise failure(
            "image.read",
            f"failed to read image '{path.name}' ({exc})",
            Mark.file(path),
            "export or copy it again (a file cut short: an interrupted download or copy)",
        ) from None


def limit_ink(im: Image.Image, limit: float) -> Image.Image:
    """A CMYK image's pixels brought within `limit` per cent of total ink (C+M+Y+K): where a
    pixel has more, first its grey component is moved to black (gray component replacement:
    an equal part of C, M and Y taken, the same added to K, each step 200 % less ink per
    100 % moved, the colour much the same), then what is still over is taken from C, M and Y
    in proportion, K kept. The pixels within it are untouched. Worked LIMIT_ROWS rows at a
    time, in place: an A3 poster's photo at 400 ppi is 31 million pixels (all over the
    limit: about 3 s and the image's size again in memory; a first version took 1 GB). An
    RGB photo separated through FOGRA29L reached 299 % where the uncoated press takes
    280 %, and a CMYK picture went into the file as it was, 400 % and all (a print shop's
    trial)."""
    import numpy as np

    cap = limit / 100 * 255
    a = np.asarray(im, dtype=np.uint8)  # Pillow hands over a copy of its pixels
    if not a.flags.writeable:
        a = a.copy()
    changed = False
    for top in range(0, a.shape[0], LIMIT_ROWS):
        rows = a[top : top + LIMIT_ROWS]
        excess = rows.sum(axis=2, dtype=np.int32) - cap
        if not (excess > 0).any():
            continue
        changed = True
        c = rows.astype(np.float32)
        cmy, k = c[..., :3], c[..., 3]  # views: written in place
        excess = np.maximum(excess, 0).astype(np.float32)
        moved = np.minimum(np.minimum(excess / 2, cmy.min(axis=2)), 255 - k)
        cmy -= moved[..., None]
        k += moved
        excess = np.maximum(excess - 2 * moved, 0)  # each part moved is two parts less
        total = cmy.sum(axis=2)
        cmy *= (np.clip(total - excess, 0, None) / np.maximum(total, 1e-6))[..., None]
        rows[...] = np.floor(c + 1e-3)
    if not changed:
        return im
    return Image.frombuffer("CMYK", im.size, a, "raw", "CMYK", 0, 1)


@lru_cache(maxsize=32)
def prepared(
    path: Path,
    crop: tuple[float, float, float, float],
    width_pt: float,
    cmyk: bool,
    icc: Path,
    intent: str,
    background: tuple[float, ...] | None,
    max_ink: float | None = None,
    proxy_ppi: float | None = None,
    stamp: tuple[int, int] | None = None,
) -> Prepared:
    """The image for reportlab. `background` (0-1, in the target's space: CMYK for print, RGB
    for screen) flattens transparency onto that colour; None keeps it as a soft mask. For
    print, `max_ink` (per cent) is the press's total ink limit its CMYK pixels are brought
    within (limit_ink), JPEG_INK_MARGIN under it where it is saved as a JPEG. Above MAX_PPI
    an image is brought to TARGET_PPI; with `proxy_ppi`, above that to it: a proxy (what lies
    under a text, judged at 4 pixels a millimetre: render.underneath). `stamp` (the file's
    modification time and size) is part of what the result is kept by: a photo saved again
    while the preview runs is read again."""
    im, source = _read(path)
    left, top, right, bottom = crop
    w, h = im.size
    im = im.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))
    ppi = im.width / (width_pt / 72)
    if proxy_ppi is not None and ppi > proxy_ppi:
        scale = proxy_ppi / ppi
        im = im.resize(
            (max(1, round(im.width * scale)), max(1, round(im.height * scale))),
            Image.Resampling.BOX,
        )
    elif ppi > MAX_PPI:
        scale = TARGET_PPI / ppi
        im = im.resize(
            (max(1, round(im.width * scale)), max(1, round(im.height * scale))),
            Image.Resampling.LANCZOS,
        )
    alpha = im.getchannel("A") if im.mode == "RGBA" else None
    if alpha is not None:
        im = im.convert("RGB")
    im = _convert(im, source, cmyk, icc, intent)
    if alpha is not None and background is not None:
        ground = Image.new(im.mode, im.size, tuple(round(c * 255) for c in background))
        ground.paste(im, mask=alpha)
        im, alpha = ground, None
    if max_ink is not None and im.mode == "CMYK":
        im = limit_ink(im, max_ink - (JPEG_INK_MARGIN if alpha is None else 0.0))
    out = io.BytesIO()
    if alpha is None:
        im.save(out, format="JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=True)
        return Prepared(out.getvalue())
    if im.mode == "RGB":
        im.putalpha(alpha)
        im.save(out, format="PNG", compress_level=3)
        return Prepared(out.getvalue(), transparent=True)
    mask = io.BytesIO()
    alpha.save(mask, format="PNG", compress_level=3)
    im.save(out, format="TIFF", compression="tiff_deflate")
    return Prepared(out.getvalue(), mask.getvalue(), transparent=True)
