"""Raster images for print and screen.

Print: EXIF orientation applied, 16-bit and palette images reduced to 8 bits, transparency
flattened onto the slot's background colour, RGB converted to CMYK through the output profile
(perceptual or relative colorimetric), CMYK passed through, greyscale kept grey (it prints on
the black plate). Screen: sRGB, transparency kept. Images are cropped to what shows, reduced
when they carry far more than 300 ppi, and embedded as JPEG.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

MAX_PPI = 450.0  # above this, images are reduced to...
TARGET_PPI = 400.0  # ...this resolution
JPEG_QUALITY = 92

INTENTS = {
    "perceptual": ImageCms.Intent.PERCEPTUAL,
    "relative": ImageCms.Intent.RELATIVE_COLORIMETRIC,
}


def normalise(im: Image.Image) -> Image.Image:
    """8-bit L, RGB, RGBA or CMYK, upright."""
    im = ImageOps.exif_transpose(im) or im
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        im = im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif im.mode == "1":
        im = im.convert("L")
    elif im.mode in ("P", "PA"):
        im = im.convert("RGBA" if "transparency" in im.info or im.mode == "PA" else "RGB")
    elif im.mode == "LA":
        im = im.convert("RGBA")
    elif im.mode not in ("L", "RGB", "RGBA", "CMYK"):
        im = im.convert("RGB")
    return im


@lru_cache(maxsize=8)
def _transform(icc: Path, intent: str, to_cmyk: bool) -> ImageCms.ImageCmsTransform:
    srgb = ImageCms.createProfile("sRGB")
    press = ImageCms.getOpenProfile(str(icc))
    if to_cmyk:
        return ImageCms.buildTransform(srgb, press, "RGB", "CMYK", renderingIntent=INTENTS[intent])
    return ImageCms.buildTransform(press, srgb, "CMYK", "RGB", renderingIntent=INTENTS[intent])


@lru_cache(maxsize=32)
def prepared(
    path: Path,
    crop: tuple[float, float, float, float],
    width_pt: float,
    cmyk: bool,
    icc: Path,
    intent: str,
    background: tuple[float, float, float],
) -> tuple[bytes, bool]:
    """(encoded image, has alpha) ready for reportlab."""
    with Image.open(path) as src:
        src.load()
        im = normalise(src)
    left, top, right, bottom = crop
    w, h = im.size
    im = im.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))
    ppi = im.width / (width_pt / 72)
    if ppi > MAX_PPI:
        scale = TARGET_PPI / ppi
        im = im.resize(
            (max(1, round(im.width * scale)), max(1, round(im.height * scale))),
            Image.Resampling.LANCZOS,
        )
    alpha = im.mode == "RGBA"
    if cmyk:
        if alpha:
            ground = Image.new("RGB", im.size, tuple(round(c * 255) for c in background))
            ground.paste(im, mask=im.getchannel("A"))
            im, alpha = ground, False
        if im.mode == "RGB":
            im = ImageCms.applyTransform(im, _transform(icc, intent, True)) or im
    elif im.mode == "CMYK":
        im = ImageCms.applyTransform(im, _transform(icc, "relative", False)) or im
    out = io.BytesIO()
    if alpha:
        im.save(out, format="PNG", compress_level=3)
    else:
        im.save(out, format="JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=True)
    return out.getvalue(), alpha
