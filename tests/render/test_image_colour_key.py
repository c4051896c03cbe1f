"""A PNG colour key (tRNS on an RGB or grey PNG: its one colour that is transparent) in the
print and screen images: `normalise` makes the image RGBA, so the key colour is a soft mask
in the PDF, or the slot's `background:` where one is given, as for an alpha channel."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image

from campaign.render.images import normalise, prepared

from ..kits import ROOT
from .test_image_transparency import (
    BLEED_MM,
    LOGO,
    PX_PER_MM,
    logo_kit,
    preview,
    render_print,
)

FOGRA = ROOT / "assets/icc/fogra39l_coated.icc"
WHOLE = (0.0, 0.0, 1.0, 1.0)
KEY = (255, 0, 255)  # magenta: transparent
INK = (250, 250, 250)  # near-white: the visible part


def keyed_rgb(size: tuple[int, int] = (300, 100)) -> Image.Image:
    """Left half near-white, right half the key colour (3:1, the partner logo's shape)."""
    im = Image.new("RGB", size, KEY)
    im.paste(INK, (0, 0, size[0] // 2, size[1]))
    return im


def png_bytes(im: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    im.save(out, format="PNG", **options)
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_an_rgb_colour_key_becomes_alpha() -> None:
    src = opened(png_bytes(keyed_rgb((4, 1)), transparency=KEY))
    assert (src.mode, src.info["transparency"]) == ("RGB", KEY)
    got = normalise(src)
    assert got.mode == "RGBA"
    assert [got.getpixel((x, 0)) for x in range(4)] == [(*INK, 255)] * 2 + [(*KEY, 0)] * 2


@pytest.mark.parametrize(
    ("mode", "pixels", "key", "expected"),
    [
        # 8-bit grey: the key value transparent, the grey kept (as LA images: RGBA)
        ("L", [7, 100], 7, [(7, 7, 7, 0), (100, 100, 100, 255)]),
        # 1-bit: black is the key
        ("1", [0, 1], 0, [(0, 0, 0, 0), (255, 255, 255, 255)]),
        # 16-bit grey: compared in 16 bits, before the reduction (0x1234 and 0x12FF both
        # become 18 in 8 bits; only the key is transparent)
        ("I;16", [0x1234, 0x12FF], 0x1234, [(18, 18, 18, 0), (18, 18, 18, 255)]),
    ],
)
def test_a_grey_colour_key_becomes_alpha(
    mode: str, pixels: list[int], key: int, expected: list[tuple[int, ...]]
) -> None:
    im = Image.new(mode, (2, 1))
    for x, v in enumerate(pixels):
        im.putpixel((x, 0), v)
    src = opened(png_bytes(im, transparency=key))
    assert src.info["transparency"] == key
    got = normalise(src)
    assert got.mode == "RGBA"
    assert [got.getpixel((x, 0)) for x in range(2)] == expected


def test_without_a_key_nothing_becomes_transparent() -> None:
    for im in (keyed_rgb((4, 1)), Image.new("L", (2, 1), 7)):
        got = normalise(opened(png_bytes(im)))
        assert got.mode == im.mode


def png16_rgb(pixels: list[tuple[int, int, int]], key: tuple[int, int, int]) -> bytes:
    """A 16-bit RGB PNG of one row with a colour key (Pillow writes no such file)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    row = b"\0" + b"".join(struct.pack(">HHH", *p) for p in pixels)
    header = struct.pack(">IIBBBBB", len(pixels), 1, 16, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tRNS", struct.pack(">HHH", *key))
        + chunk(b"IDAT", zlib.compress(row))
        + chunk(b"IEND", b"")
    )


KEY16 = (65535, 0, 65535)


def test_a_16_bit_rgb_colour_key_becomes_alpha() -> None:
    """Pillow reads 16-bit RGB as 8 bits and matches the key itself (Pillow 13)."""
    got = normalise(opened(png16_rgb([(65535, 0, 65535), (1000, 50000, 3000)], KEY16)))
    assert got.mode == "RGBA"
    assert [got.getpixel((x, 0))[3] for x in range(2)] == [0, 255]


def test_print_keeps_the_key_as_a_soft_mask_and_flattens_it_on_a_background(
    tmp_path: Path,
) -> None:
    """Print without `background:`: the key is the CMYK image's soft mask (0 where the key
    was); with a white background the key's pixels are paper white, no mask."""
    path = tmp_path / "keyed.png"
    path.write_bytes(png_bytes(keyed_rgb((8, 2)), transparency=KEY))
    kept = prepared(path, WHOLE, 72.0, True, FOGRA, "perceptual", None)
    assert kept.transparent
    assert kept.alpha is not None
    mask = np.asarray(opened(kept.alpha))
    assert mask.tolist() == [[255] * 4 + [0] * 4] * 2
    assert opened(kept.data).mode == "CMYK"

    flat = prepared(path, WHOLE, 72.0, True, FOGRA, "perceptual", (0.0, 0.0, 0.0, 0.0))
    assert (flat.transparent, flat.alpha) == (False, None)
    cmyk = np.asarray(opened(flat.data)).astype(int)
    assert cmyk[:, 4:].max() <= 2  # paper: no ink where the key was (JPEG: within 2)
    assert cmyk[:, :4].max() <= 10  # near-white: hardly any ink either


def test_screen_keeps_the_key_as_alpha(tmp_path: Path) -> None:
    path = tmp_path / "keyed.png"
    path.write_bytes(png_bytes(keyed_rgb((8, 2)), transparency=KEY))
    done = prepared(path, WHOLE, 72.0, False, FOGRA, "perceptual", None)
    assert (done.transparent, done.alpha) == (True, None)
    rgba = np.asarray(opened(done.data))
    assert rgba[..., 3].tolist() == [[255] * 4 + [0] * 4] * 2


def keyed_kit(tmp_path: Path, background: str = "") -> Path:
    """The mini kit's boxes page (a blue ground) with a colour-keyed logo on it; built."""
    return logo_kit(tmp_path, background, png_bytes(keyed_rgb(), transparency=KEY))


def halves(pixels: np.ndarray, offset_mm: float) -> tuple[np.ndarray, np.ndarray]:
    """The mean colour of the logo region's left and right halves (away from the middle)."""
    left, top, right, bottom = ((v + offset_mm) * PX_PER_MM for v in LOGO)
    middle = (left + right) / 2
    rows = slice(round(top) + 2, round(bottom) - 2)
    first = pixels[rows, round(left) + 2 : round(middle) - 2]
    second = pixels[rows, round(middle) + 2 : round(right) - 2]
    return first.reshape(-1, 3).mean(axis=0), second.reshape(-1, 3).mean(axis=0)


def test_a_keyed_logo_prints_with_a_soft_mask_on_the_ground(tmp_path: Path) -> None:
    """The key's half shows the blue ground in print and preview, not magenta; the print
    image is CMYK with an 8-bit soft mask that is 0 over the key's half."""
    out = keyed_kit(tmp_path)
    with pikepdf.open(out / "boxes/boxes-en.pdf") as pdf:
        (logo,) = [
            xo
            for xo in pdf.pages[0].Resources.XObject.values()
            if xo.Subtype == "/Image" and not xo.get("/ImageMask")
        ]
        assert str(logo.ColorSpace) == "/DeviceCMYK"
        mask = np.asarray(pikepdf.PdfImage(logo.SMask).as_pil_image())
        assert mask.shape == (int(logo.Height), int(logo.Width))
        w = mask.shape[1]
        assert mask[:, : w // 2 - 1].min() == 255
        assert mask[:, w // 2 + 1 :].max() == 0
    for pixels, offset in ((render_print(out / "boxes/boxes-en.pdf"), BLEED_MM), (preview(out), 0)):
        ink, keyed = halves(pixels, offset)
        assert ink.min() > 200  # the near-white half
        # the blue ground, not magenta
        assert keyed[2] > keyed[0] + 60, keyed
        assert keyed[1] < 200, keyed


def test_a_keyed_logo_on_a_background_is_flattened(tmp_path: Path) -> None:
    out = keyed_kit(tmp_path, background=", background: white")
    with pikepdf.open(out / "boxes/boxes-en.pdf") as pdf:
        (logo,) = [
            xo
            for xo in pdf.pages[0].Resources.XObject.values()
            if xo.Subtype == "/Image" and not xo.get("/ImageMask")
        ]
        assert "/SMask" not in logo
    for pixels, offset in ((render_print(out / "boxes/boxes-en.pdf"), BLEED_MM), (preview(out), 0)):
        _, keyed = halves(pixels, offset)
        assert keyed.min() > 240, keyed  # white, not magenta
