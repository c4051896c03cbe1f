"""PNG previews with PDFium, from the screen (sRGB) PDF. Imported only when a PNG is made."""

from __future__ import annotations

import io

import pypdfium2 as pdfium


def pdf_to_png(pdf_bytes: bytes, ppi: float, compress_level: int = 6) -> bytes:
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        page = doc[0]
        bitmap = page.render(scale=ppi / 72, fill_color=(255, 255, 255, 255), may_draw_forms=True)
        image = bitmap.to_pil().convert("RGB")
        out = io.BytesIO()
        dpi = round(ppi)
        image.save(out, format="PNG", compress_level=compress_level, dpi=(dpi, dpi))
        page.close()
        return out.getvalue()
    finally:
        doc.close()
