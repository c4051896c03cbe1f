"""PNG previews from tiny hand-made PDFs: size in pixels, pHYs, the sRGB ICC chunk with its fixed
date, white or transparent where nothing is drawn, and the encoding (zlib level 3) byte for
byte."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image, ImageCms
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from campaign.render.png import (
    FIXED_DATE,
    pdf_to_exact_pngs,
    pdf_to_pngs,
    save_png,
    srgb_profile,
)


def pdf(*pages: list[tuple[float, float, float, float, tuple[float, float, float]]]) -> bytes:
    """Pages of 72 x 36 pt, each with its filled rectangles (x, y, w, h, rgb) in pt."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(72, 36), invariant=1)
    for rects in pages:
        for x, y, w, h, rgb in rects:
            c.setFillColor(Color(*rgb))
            c.rect(x, y, w, h, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


RED = (1.0, 0.0, 0.0)
LEFT_RED = [(0, 0, 36, 36, RED)]  # the left half


def opened(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_the_srgb_profile_has_a_fixed_date_and_is_otherwise_littlecms_own() -> None:
    fresh = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    ours = srgb_profile()
    assert ours[24:36] == struct.pack(">6H", 2024, 7, 30, 0, 0, 0) == FIXED_DATE
    assert ours[:24] == fresh[:24]
    assert ours[36:] == fresh[36:]
    assert srgb_profile() is ours  # made once


def test_one_png_per_page_at_the_asked_resolution() -> None:
    pngs = pdf_to_pngs(pdf(LEFT_RED, []), 144)
    assert len(pngs) == 2
    first, second = (opened(p) for p in pngs)
    assert first.size == second.size == (144, 72)
    assert first.mode == "RGB"
    assert first.info["dpi"] == pytest.approx((144, 144), abs=0.05)
    assert first.info["icc_profile"] == srgb_profile()
    assert first.getpixel((10, 36)) == (255, 0, 0)
    assert first.getpixel((133, 36)) == (255, 255, 255)  # nothing drawn: white
    assert second.getextrema() == ((255, 255), (255, 255), (255, 255))


def test_a_fractional_resolution_scales_exactly_and_rounds_the_phys() -> None:
    (data,) = pdf_to_pngs(pdf(LEFT_RED), 100.6)
    im = opened(data)
    assert im.size == (101, 51)  # 100.6 x 50.3 px, PDFium rounds up
    assert im.info["dpi"] == pytest.approx((101, 101), abs=0.05)  # not 100: rounded
    (data,) = pdf_to_pngs(pdf(LEFT_RED), 100.4)
    assert opened(data).info["dpi"] == pytest.approx((100, 100), abs=0.05)


@pytest.mark.parametrize("level", [3, 9])
def test_pngs_are_zlib_level_3_unless_asked(level: int) -> None:
    (data,) = pdf_to_pngs(pdf(LEFT_RED), 72, *([level] if level != 3 else []))
    im = opened(data).convert("RGB")
    assert data == save_png(im, 72, level)
    if level == 3:
        out = io.BytesIO()
        im.save(out, format="PNG", compress_level=3, dpi=(72, 72), icc_profile=srgb_profile())
        assert data == out.getvalue()


def test_exact_pngs_have_exactly_the_asked_pixels() -> None:
    pngs = pdf_to_exact_pngs(pdf(LEFT_RED, [(0, 0, 72, 36, RED)]), (101, 37), 96)
    partly, whole = (opened(p) for p in pngs)
    assert partly.size == whole.size == (101, 37)
    assert partly.mode == "RGBA"  # nothing drawn on the right: transparent
    assert partly.getpixel((5, 18)) == (255, 0, 0, 255)
    assert partly.getpixel((95, 18)) == (0, 0, 0, 0)
    assert whole.mode == "RGB"  # drawn everywhere: no alpha
    assert whole.getpixel((100, 36)) == (255, 0, 0)
    assert whole.info["dpi"] == pytest.approx((96, 96), abs=0.05)
    assert whole.info["icc_profile"] == srgb_profile()


def test_exact_pngs_are_zlib_level_3_unless_asked() -> None:
    (data,) = pdf_to_exact_pngs(pdf(LEFT_RED), (72, 36), 72)
    assert data == save_png(opened(data), 72, 3)
    (data9,) = pdf_to_exact_pngs(pdf(LEFT_RED), (72, 36), 72, 9)
    assert data9 == save_png(opened(data9), 72, 9)
    assert data9 != data


def test_save_png_writes_the_rounded_resolution_and_the_profile() -> None:
    im = Image.new("RGB", (3, 2), (1, 2, 3))
    got = opened(save_png(im, 299.6))
    assert got.info["dpi"] == pytest.approx((300, 300), abs=0.05)
    assert got.info["icc_profile"] == srgb_profile()
    assert got.getpixel((2, 1)) == (1, 2, 3)


def test_save_png_is_zlib_level_3_by_default() -> None:
    im = Image.new("RGB", (64, 64))
    im.putdata([(x * 4, (x * y) % 256, y * 4) for y in range(64) for x in range(64)])
    out = io.BytesIO()
    im.save(out, format="PNG", compress_level=3, dpi=(72, 72), icc_profile=srgb_profile())
    assert save_png(im, 72) == out.getvalue()
    assert save_png(im, 72, 4) != out.getvalue()
