"""PNG previews from tiny hand-made PDFs: size in pixels, pHYs, the sRGB ICC chunk with its fixed
date, white or transparent where nothing is drawn; the encoder's chunks, row filters and
pixels, read back by hand and by Pillow."""

from __future__ import annotations

import io
import math
import random
import struct
import zlib

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageCms, ImageFilter
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from campaign.render.png import (
    FIXED_DATE,
    PNG_SIGNATURE,
    Raster,
    capped_ppi,
    encode_png,
    pdf_to_exact_pngs,
    pdf_to_pngs,
    pdf_to_sized_pngs,
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


def test_save_png_writes_the_rounded_resolution_and_the_profile() -> None:
    im = Image.new("RGB", (3, 2), (1, 2, 3))
    got = opened(save_png(im, 299.6))
    assert got.info["dpi"] == pytest.approx((300, 300), abs=0.05)
    assert got.info["icc_profile"] == srgb_profile()
    assert got.getpixel((2, 1)) == (1, 2, 3)


def chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, data) of each chunk, after checking the signature and every CRC."""
    assert data[:8] == PNG_SIGNATURE
    out, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        out.append((kind, body))
        at += 12 + length
    return out


def rows(data: bytes) -> list[bytes]:
    """The filtered rows of a PNG (each with its filter-type byte first)."""
    found = dict(chunks(data))
    width, height, depth, colour = struct.unpack(">IIBB", found[b"IHDR"][:10])
    raw = zlib.decompress(b"".join(b for k, b in chunks(data) if k == b"IDAT"))
    size = 1 + width * {2: 3, 6: 4}[colour]
    assert depth == 8
    assert len(raw) == size * height
    return [raw[i : i + size] for i in range(0, len(raw), size)]


def test_a_page_is_written_unfiltered_with_every_chunk_in_order() -> None:
    page = pdf([(0, 0, 36, 36, RED), (40, 10, 20, 5, (0.1, 0.2, 0.9))])
    (data,) = pdf_to_pngs(page, 150)
    assert [k for k, _ in chunks(data)] == [b"IHDR", b"iCCP", b"pHYs", b"IDAT", b"IEND"]
    found = dict(chunks(data))
    assert found[b"IHDR"] == struct.pack(">IIBBBBB", 150, 75, 8, 2, 0, 0, 0)
    name, profile = found[b"iCCP"].split(b"\0", 1)
    assert name == b"ICC Profile"
    assert zlib.decompress(profile[1:]) == srgb_profile()
    assert found[b"pHYs"] == struct.pack(">IIB", 5906, 5906, 1)  # 150 / 0.0254, rounded
    lines = rows(data)
    assert {line[0] for line in lines} == {0}  # flat art: no row filter
    doc = pdfium.PdfDocument(page)
    expected = doc[0].render(scale=150 / 72, fill_color=(255, 255, 255, 255)).to_pil()
    assert b"".join(line[1:] for line in lines) == expected.convert("RGB").tobytes()


def photograph(size: tuple[int, int]) -> Image.Image:
    """Smooth colour with grain everywhere: what a photograph's rows look like."""
    rnd = random.Random(7)
    w, h = size
    im = Image.new("RGB", size)
    im.putdata(
        [
            (
                (x * 255 // w + rnd.randrange(-6, 7)) % 256,
                (y * 255 // h + rnd.randrange(-6, 7)) % 256,
                (128 + rnd.randrange(-6, 7)) % 256,
            )
            for y in range(h)
            for x in range(w)
        ]
    )
    return im.filter(ImageFilter.GaussianBlur(0.8))


def test_a_photograph_keeps_pillows_adaptive_row_filters() -> None:
    im = photograph((160, 120))
    out = io.BytesIO()
    im.save(out, format="PNG", compress_level=3, dpi=(72, 72), icc_profile=srgb_profile())
    data = save_png(im, 72)
    assert data == out.getvalue()
    assert {line[0] for line in rows(data)} != {0}
    assert opened(data).tobytes() == im.tobytes()


def test_flat_art_beside_a_photograph_is_not_taken_for_one() -> None:
    im = photograph((160, 120))
    flat = Image.new("RGB", (160, 120), (255, 255, 255))
    flat.paste(Image.new("RGB", (60, 30), (20, 40, 200)), (10, 10))
    for art, photo in ((flat, False), (im, True)):
        data = save_png(art, 72)
        assert ({line[0] for line in rows(data)} != {0}) is photo
        assert opened(data).tobytes() == art.tobytes()


@pytest.mark.parametrize("size", [(1, 1), (5, 1), (1, 5), (3, 2), (7, 9), (33, 17)])
def test_any_size_and_alpha_reads_back_the_same(size: tuple[int, int]) -> None:
    rnd = random.Random(size[0] * 100 + size[1])
    im = Image.new("RGBA", size)
    im.putdata([tuple(rnd.randrange(256) for _ in range(4)) for _ in range(size[0] * size[1])])
    got = opened(save_png(im, 96))
    assert got.mode == "RGBA"
    assert got.size == size
    assert got.tobytes() == im.tobytes()
    rgb = im.convert("RGB")
    assert opened(save_png(rgb, 96)).tobytes() == rgb.tobytes()


def test_rows_padded_to_the_stride_are_written_without_their_padding() -> None:
    row = bytes(range(2 * 3)) + b"\xff\xff"  # 2 RGB pixels, 2 bytes of padding
    raster = Raster(memoryview(row * 20), 2, 20, 8, "RGB")
    data = encode_png(raster, 72)
    assert {line[0] for line in rows(data)} == {0}
    assert opened(data).tobytes() == bytes(range(6)) * 20
    assert encode_png(raster, 72) == data


MM = 72 / 25.4  # points per millimetre


def test_a_page_past_the_most_pixels_is_drawn_at_the_highest_whole_ppi_within() -> None:
    """An 850 x 2000 mm banner is 5020 x 11812 px at 150 ppi (59 million): with 24 million
    at most it is drawn at 95 ppi (3180 x 7481 px); at 96 it would have 24.3 million. A page
    within the limit keeps its ppi, fraction and all."""
    w, h = 850 * MM, 2000 * MM
    assert math.ceil(w * 150 / 72) * math.ceil(h * 150 / 72) == 5020 * 11812
    assert capped_ppi(w, h, 150, 24_000_000) == 95.0
    assert math.ceil(w * 95 / 72) * math.ceil(h * 95 / 72) == 3180 * 7481 <= 24_000_000
    assert math.ceil(w * 96 / 72) * math.ceil(h * 96 / 72) > 24_000_000
    a1 = (594 * MM, 841 * MM)  # the kit's largest page: 3508 x 4967 px, 17.4 million
    assert capped_ppi(*a1, 150, 24_000_000) == 150
    assert capped_ppi(*a1, 150.5, 24_000_000) == 150.5


def test_sized_pngs_lower_only_the_page_past_the_most_pixels() -> None:
    """The 72 x 36 pt page has 144 x 72 px at 144 ppi (10,368): with 4,999 at most it is drawn
    at 99 ppi (99 x 50 px, 4,950; 100 ppi would be 100 x 50, 5,000); its pHYs says 99."""
    ((data, at),) = pdf_to_sized_pngs(pdf(LEFT_RED), 144, 4999)
    im = opened(data)
    assert at == 99
    assert im.size == (99, 50)
    assert im.info["dpi"] == pytest.approx((99, 99), abs=0.05)
    assert im.getpixel((10, 25)) == (255, 0, 0)
    assert pdf_to_pngs(pdf(LEFT_RED), 144, 4999) == [data]
    ((data, at),) = pdf_to_sized_pngs(pdf(LEFT_RED), 144, 144 * 72)
    assert (at, opened(data).size) == (144, (144, 72))  # exactly the limit: as asked
    ((data, at),) = pdf_to_sized_pngs(pdf(LEFT_RED), 144)
    assert (at, opened(data).size) == (144, (144, 72))  # no limit
