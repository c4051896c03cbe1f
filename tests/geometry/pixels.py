"""ASCII-art pixel tests (WeasyPrint's tests/draw): one character per millimetre square.

Pages are rendered at 4 px per mm and each millimetre square is read at its centre pixel, so
the picture does not depend on how the renderer rounds the edges of a box, and one character
is one millimetre of the layout. Each character names one of the mini kit's sRGB colours.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

PX_PER_MM = 4
PPI = str(25.4 * PX_PER_MM)

# the mini kit's brand colours in sRGB (tests/data/kits/mini/materials/campaign.yaml)
PIXELS_BY_CHAR = {
    "_": (255, 255, 255),  # white
    "B": (0, 0, 255),  # blue
    "R": (255, 0, 0),  # red
    "G": (0, 255, 0),  # green
    "Y": (255, 255, 0),  # yellow
    "N": (0, 0, 128),  # navy
    "K": (0, 0, 0),  # black
}


def char(rgb: tuple[int, ...], tolerance: int) -> str:
    """The character of the colour within `tolerance` per channel, else '?'."""
    for c, ref in PIXELS_BY_CHAR.items():
        if max(abs(a - b) for a, b in zip(rgb, ref, strict=True)) <= tolerance:
            return c
    return "?"


def cells(png: Path, size_mm: tuple[int, int], tolerance: int = 0) -> list[str]:
    """Each millimetre square's centre pixel as a character ('?' for any other colour)."""
    with Image.open(png) as im:
        pixels = np.asarray(im.convert("RGB"))
    w, h = size_mm
    assert pixels.shape[1] in range(w * PX_PER_MM, w * PX_PER_MM + 2), pixels.shape
    assert pixels.shape[0] in range(h * PX_PER_MM, h * PX_PER_MM + 2), pixels.shape
    centre = PX_PER_MM // 2
    return [
        "".join(
            char(
                tuple(int(v) for v in pixels[y * PX_PER_MM + centre, x * PX_PER_MM + centre]),
                tolerance,
            )
            for x in range(w)
        )
        for y in range(h)
    ]


def assert_pixels(png: Path, expected: str, tolerance: int = 0) -> None:
    """The PNG, one character per mm, equals the picture (rows of equal length); colours
    match exactly, or within `tolerance` per channel (photos go through JPEG)."""
    rows = [r.strip() for r in expected.strip().splitlines()]
    actual = cells(png, (len(rows[0]), len(rows)), tolerance)
    if actual != rows:
        y = next(i for i, (a, e) in enumerate(zip(actual, rows, strict=True)) if a != e)
        x = next(i for i, (a, e) in enumerate(zip(actual[y], rows[y], strict=True)) if a != e)
        picture = "\n".join(f"{a}   {e}" for a, e in zip(actual, rows, strict=True))
        raise AssertionError(
            f"{png}: first difference {x} mm from the left, {y} mm from the top: "
            f"{actual[y][x]!r} instead of {rows[y][x]!r}\nactual   expected\n{picture}"
        )
