"""PNG previews with PDFium, from the screen (sRGB) PDF. Imported only when a PNG is made.

zlib level 3 is the default: on an A3 poster at 150 ppi it took 68 ms for 315 KiB, level 6
92 ms for 270 KiB, level 9 295 ms for 264 KiB (measured here, Pillow 13).
"""

from __future__ import annotations

import io
import struct
from functools import cache

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageCms

# ICC header bytes 24-35 hold the profile's creation date (ICC.1:2022, 7.2.1); LittleCMS
# stamps the current time there, which made every PNG's bytes change every second.
ICC_DATE = slice(24, 36)
FIXED_DATE = struct.pack(">6H", 2024, 7, 30, 0, 0, 0)


@cache
def srgb_profile() -> bytes:
    """LittleCMS's sRGB profile with a fixed creation date, so identical pages give identical
    PNG bytes (its profile ID, bytes 84-99, is left unset: all zeros)."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[ICC_DATE] = FIXED_DATE
    return bytes(data)


def pdf_to_pngs(pdf_bytes: bytes, ppi: float, compress_level: int = 3) -> list[bytes]:
    """One sRGB PNG per page at `ppi` (pixels per inch), with an sRGB ICC chunk and pHYs."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [_page_png(doc[i], ppi, compress_level) for i in range(len(doc))]
    finally:
        doc.close()


def _page_png(page: pdfium.PdfPage, ppi: float, compress_level: int) -> bytes:
    try:
        # PDFium writes RGB in that order (rev_byteorder): Pillow then takes the buffer as
        # it is, where BGR cost a copy with the bytes swapped (14 of 25 ms an A3 page, 150 ppi)
        bitmap = page.render(
            scale=ppi / 72,
            fill_color=(255, 255, 255, 255),
            may_draw_forms=True,
            rev_byteorder=True,
        )
        image = bitmap.to_pil().convert("RGB")
        out = io.BytesIO()
        dpi = round(ppi)
        image.save(
            out,
            format="PNG",
            compress_level=compress_level,
            dpi=(dpi, dpi),
            icc_profile=srgb_profile(),
        )
        return out.getvalue()
    finally:
        page.close()


def pdf_to_exact_pngs(
    pdf_bytes: bytes, pixels: tuple[int, int], ppi: float, compress_level: int = 3
) -> list[bytes]:
    """One sRGB PNG per page of exactly `pixels` (width, height): PDFium maps the whole page
    onto that many pixels (no scale rounding, so never one pixel more or less). Nothing is
    filled first: where the page draws nothing the PNG is transparent (RGBA); a page drawn
    everywhere gives an RGB PNG."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [_exact_png(doc[i], pixels, ppi, compress_level) for i in range(len(doc))]
    finally:
        doc.close()


def _exact_png(
    page: pdfium.PdfPage, pixels: tuple[int, int], ppi: float, compress_level: int
) -> bytes:
    w, h = pixels
    try:
        bitmap = pdfium.PdfBitmap.new_native(w, h, pdfium_c.FPDFBitmap_BGRA, rev_byteorder=True)
        bitmap.fill_rect((0, 0, 0, 0), 0, 0, w, h)
        flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, 0, w, h, 0, flags)
        image = bitmap.to_pil().convert("RGBA")
        alpha = image.getchannel("A").getextrema()
        return save_png(image.convert("RGB") if alpha == (255, 255) else image, ppi, compress_level)
    finally:
        page.close()


def save_png(image: Image.Image, ppi: float, compress_level: int = 3) -> bytes:
    """`image` as PNG bytes with the sRGB ICC chunk (fixed date) and pHYs."""
    out = io.BytesIO()
    dpi = round(ppi)
    image.save(
        out, format="PNG", compress_level=compress_level, dpi=(dpi, dpi), icc_profile=srgb_profile()
    )
    return out.getvalue()
