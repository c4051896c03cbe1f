"""Soft proof: a page image that simulates how the press condition prints it, for the preview.

Two steps, as a prepress soft proof does (ISO 12646 describes the viewing side; the transform
is LittleCMS's proofing transform):
1. Brand colours are drawn with the screen value of their *CMYK* through the press profile
   (colours.printed_colours), not with their `rgb`: the print PDF prints the CMYK.
2. The whole raster goes through sRGB -> press -> sRGB with the campaign's image intent into
   the press, and absolute colorimetric out of it, so out-of-gamut art is pulled in as print
   pulls it in and white shows as the paper's white.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageCms

from ..colours import printed_colours

__all__ = ["INTENTS", "printed_colours", "simulate_press"]  # printed_colours: colours.py's

INTENTS = {
    "perceptual": ImageCms.Intent.PERCEPTUAL,
    "relative": ImageCms.Intent.RELATIVE_COLORIMETRIC,
}


def simulate_press(png: bytes, icc: Path, intent: str = "perceptual") -> bytes:
    """`png` (sRGB) as the press condition of `icc` prints it, as a PNG of the same size:
    sRGB -> press (`intent`) -> sRGB (absolute colorimetric: the paper's white)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    srgb = ImageCms.createProfile("sRGB")
    transform = ImageCms.buildProofTransform(
        srgb,
        srgb,
        ImageCms.getOpenProfile(str(icc)),
        "RGB",
        "RGB",
        renderingIntent=INTENTS.get(intent, ImageCms.Intent.PERCEPTUAL),
        proofRenderingIntent=ImageCms.Intent.ABSOLUTE_COLORIMETRIC,
        flags=ImageCms.Flags.SOFTPROOFING,
    )
    proofed = ImageCms.applyTransform(image, transform)
    assert proofed is not None
    out = io.BytesIO()
    proofed.save(out, format="PNG", compress_level=3)
    return out.getvalue()
