"""PNG previews with PDFium, from the screen (sRGB) PDF. Imported only when a PNG is made.

The encoder (`encode_png`) writes the PNG itself (ISO/IEC 15948: IHDR, iCCP, pHYs, IDAT, IEND)
because Pillow's, the only one it has, tries all five row filters on every row, which costs
more than the zlib stream: 64 to 70 ms for an A3 page at 150 ppi whatever the zlib level.
Rendered pages are flat colour and antialiased edges: unfiltered rows (filter type 0)
compressed with ISA-L's deflate (python-isal, level 2) take about 11 ms for the same page
and come out about 4 % smaller than Pillow's level 3 (303 against 315 KiB; measured here,
Pillow 13, isal 1.9). Photographs are the opposite case (rows that differ a little
everywhere): unfiltered rows compress to about twice the size of Pillow's adaptive filters.
An image in which most sampled bytes differ from the one above them (`_photographic`) is
therefore left to Pillow, as before.
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from dataclasses import dataclass
from functools import cache

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from isal import isal_zlib
from PIL import Image, ImageChops, ImageCms

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


def pdf_to_pngs(pdf_bytes: bytes, ppi: float, most: int | None = None) -> list[bytes]:
    """One sRGB PNG per page at `ppi` (pixels per inch), with an sRGB ICC chunk and pHYs; with
    `most`, a page that would have more pixels is drawn at `capped_ppi`."""
    return [png for png, _ in pdf_to_sized_pngs(pdf_bytes, ppi, most)]


def pdf_to_sized_pngs(
    pdf_bytes: bytes, ppi: float, most: int | None = None
) -> list[tuple[bytes, float]]:
    """pdf_to_pngs, with the ppi each page is drawn at (and its pHYs says)."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            at = ppi if most is None else capped_ppi(page.get_width(), page.get_height(), ppi, most)
            out.append((_page_png(page, at), at))
        return out
    finally:
        doc.close()


def capped_ppi(width_pt: float, height_pt: float, ppi: float, most: int) -> float:
    """`ppi`, or for a page (in points) that would have more than `most` pixels at it, the
    highest whole ppi at which it has at most `most` (PDFium's bitmap rounds each side up)."""

    def pixels(at: float) -> int:
        return math.ceil(width_pt * at / 72) * math.ceil(height_pt * at / 72)

    if pixels(ppi) <= most:
        return ppi
    at = max(1, math.floor(72 * math.sqrt(most / (width_pt * height_pt))))
    while at > 1 and pixels(at) > most:
        at -= 1
    return float(at)


def _page_png(page: pdfium.PdfPage, ppi: float) -> bytes:
    try:
        # PDFium writes RGB in that order (rev_byteorder), as PNG stores it
        bitmap = page.render(
            scale=ppi / 72,
            fill_color=(255, 255, 255, 255),
            may_draw_forms=True,
            rev_byteorder=True,
        )
        raster = Raster(
            memoryview(bitmap.buffer).cast("B"), bitmap.width, bitmap.height, bitmap.stride, "RGB"
        )
        return encode_png(raster, ppi)
    finally:
        page.close()


def pdf_to_exact_pngs(pdf_bytes: bytes, pixels: tuple[int, int], ppi: float) -> list[bytes]:
    """One sRGB PNG per page of exactly `pixels` (width, height): PDFium maps the whole page
    onto that many pixels (no scale rounding, so never one pixel more or less). Nothing is
    filled first: where the page draws nothing the PNG is transparent (RGBA); a page drawn
    everywhere gives an RGB PNG."""
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [_exact_png(doc[i], pixels, ppi) for i in range(len(doc))]
    finally:
        doc.close()


def _exact_png(page: pdfium.PdfPage, pixels: tuple[int, int], ppi: float) -> bytes:
    w, h = pixels
    try:
        bitmap = pdfium.PdfBitmap.new_native(w, h, pdfium_c.FPDFBitmap_BGRA, rev_byteorder=True)
        bitmap.fill_rect((0, 0, 0, 0), 0, 0, w, h)
        flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, 0, w, h, 0, flags)
        image = bitmap.to_pil().convert("RGBA")
        alpha = image.getchannel("A").getextrema()
        return save_png(image.convert("RGB") if alpha == (255, 255) else image, ppi)
    finally:
        page.close()


def save_png(image: Image.Image, ppi: float) -> bytes:
    """`image` (any mode: kept as RGBA when it has alpha, else made RGB) as PNG bytes with the
    sRGB ICC chunk (fixed date) and pHYs at `ppi` rounded to whole pixels per inch."""
    mode = "RGBA" if "A" in image.getbands() or "transparency" in image.info else "RGB"
    if image.mode != mode:
        image = image.convert(mode)
    data = image.tobytes()
    return encode_png(
        Raster(memoryview(data), image.width, image.height, image.width * len(mode), mode), ppi
    )


LEVEL = 2  # ISA-L deflate level (0 to 3); 3 took 25 ms where 2 took 5 ms, 1 % smaller
PHOTO_SHARE = 0.25  # a photograph: more sampled bytes than this differ from the byte above
BANDS, BAND_ROWS = 8, 8  # the sample: 8 bands of 8 rows, spread evenly over the height
COLOUR_TYPE = {"RGB": 2, "RGBA": 6}  # ISO/IEC 15948, 11.2.2: truecolour, with alpha


@dataclass(frozen=True)
class Raster:
    """8-bit pixels, rows top to bottom, each `stride` bytes after the last (PDFium pads
    rows to 4 bytes: stride >= width x channels)."""

    data: memoryview
    width: int  # px
    height: int  # px
    stride: int  # bytes
    mode: str  # RGB or RGBA

    def row(self, y: int) -> memoryview:
        start = y * self.stride
        return self.data[start : start + self.width * len(self.mode)]

    def image(self) -> Image.Image:
        return Image.frombuffer(
            self.mode,
            (self.width, self.height),
            self.data,  # type: ignore[arg-type]  # any buffer; Pillow's stubs name bytes only
            "raw",
            self.mode,
            self.stride,
            1,
        )


def encode_png(raster: Raster, ppi: float) -> bytes:
    """The PNG of `raster` with the sRGB ICC chunk and pHYs at `ppi` rounded (as Pillow rounds
    it). Flat art: every row unfiltered (filter type 0), deflated by ISA-L at LEVEL; a
    photograph (`_photographic`): Pillow's encoder with its adaptive filters, zlib level 3.
    The same pixels always give the same bytes."""
    if _photographic(raster):
        out = io.BytesIO()
        dpi = round(ppi)
        raster.image().save(
            out, format="PNG", compress_level=3, dpi=(dpi, dpi), icc_profile=srgb_profile()
        )
        return out.getvalue()
    deflate = isal_zlib.compressobj(LEVEL)
    idat = []
    for y in range(raster.height):
        idat.append(deflate.compress(b"\0"))
        idat.append(deflate.compress(raster.row(y)))
    idat.append(deflate.flush())
    header = struct.pack(
        ">IIBBBBB", raster.width, raster.height, 8, COLOUR_TYPE[raster.mode], 0, 0, 0
    )
    ppm = int(round(ppi) / 0.0254 + 0.5)  # pixels per metre, as Pillow writes dpi
    return b"".join(
        (
            PNG_SIGNATURE,
            _chunk(b"IHDR", header),
            _iccp(),
            _chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)),
            _chunk(b"IDAT", b"".join(idat)),
            _chunk(b"IEND", b""),
        )
    )


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    """Length, type, data, and the CRC-32 of type and data (ISO/IEC 15948, 5.3)."""
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))
    )


@cache
def _iccp() -> bytes:
    """The iCCP chunk of srgb_profile(), named as Pillow names it."""
    return _chunk(b"iCCP", b"ICC Profile\0\0" + zlib.compress(srgb_profile()))


def _photographic(raster: Raster) -> bool:
    """Whether more than PHOTO_SHARE of the sampled bytes differ from the byte above them:
    rows that differ a little everywhere, as a photograph's do. Rendered art differs in 2 to
    6 % of them (the default kit's pages and social images at 150 ppi), a photograph in most
    (87 % in a blurred, grainy test image). The sample is BANDS bands of BAND_ROWS rows, each
    with the row above it, spread evenly over the height."""
    if raster.height < 2:
        return False
    rows = min(BAND_ROWS, raster.height - 1)
    last = raster.height - rows  # the lowest band's first row
    tops = sorted({1 + i * (last - 1) // (BANDS - 1) for i in range(BANDS)})
    size = (raster.width, rows)
    differ = total = 0
    for top in tops:
        above = Image.frombytes(raster.mode, size, _rows(raster, top - 1, rows))
        below = Image.frombytes(raster.mode, size, _rows(raster, top, rows))
        diff = ImageChops.subtract_modulo(below, above).tobytes()
        differ += len(diff) - diff.count(0)
        total += len(diff)
    return differ > PHOTO_SHARE * total


def _rows(raster: Raster, first: int, count: int) -> bytes:
    return b"".join(raster.row(y) for y in range(first, first + count))


def with_description(png: bytes, text: str, lang: str) -> bytes:
    """`png` with an iTXt chunk "Description" (ISO/IEC 15948, 11.3.4.5: a predefined keyword,
    "description of image") holding `text` in UTF-8, uncompressed, with its language tag
    `lang` (a BCP 47 code, 11.3.4.5's ISO 646 characters), before IEND: an image's
    alternative text where the image goes (a social post, a web page), in its language."""
    data = b"Description\0" + b"\0\0" + lang.encode("ascii") + b"\0" + b"\0"
    chunk = _chunk(b"iTXt", data + text.encode("utf-8"))
    end = len(png) - 12  # IEND: length, type and CRC, no data
    assert png[end + 4 : end + 8] == b"IEND", "a PNG ends with IEND"
    return png[:end] + chunk + png[end:]


def description(png: bytes) -> tuple[str, str] | None:
    """The text and language tag of `png`'s iTXt "Description" chunk (`with_description`),
    if it has one."""
    at = len(PNG_SIGNATURE)
    while at + 8 <= len(png):
        (size,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + size]
        if kind == b"iTXt" and data.startswith(b"Description\0"):
            rest = data[len(b"Description\0") + 2 :]
            lang, _, rest = rest.partition(b"\0")
            _, _, text = rest.partition(b"\0")  # the translated keyword
            return text.decode("utf-8"), lang.decode("ascii")
        at += 12 + size
    return None
