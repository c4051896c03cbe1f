"""Our own preflight of a finished PDF (independent of the layout that made it): boxes and bleed,
bleed really filled by art, fonts embedded, colour spaces, total ink of vector colours,
OutputIntent. Every build runs it; `check --pdf FILE` runs it on any file."""

from __future__ import annotations

import io

import pikepdf

from .bleed import check_bleed_fill
from .boxes import check_boxes
from .colour import check_colours
from .fonts import check_fonts, check_missing_glyphs
from .images import check_images
from .pdf import parsing
from .pdfx import check_pdfx
from .report import Expect, Report
from .text import check_safe_text

__all__ = ["Expect", "Report", "preflight"]


def preflight(data: bytes, expect: Expect) -> Report:
    rep = Report()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as exc:
        rep.failures.append(f"not a readable PDF ({exc})")
        return rep
    with pdf, parsing():
        for n, page in enumerate(pdf.pages, 1):
            check_boxes(page, n, expect, rep)
            check_fonts(page, n, rep)
            check_colours(page, n, expect, rep)
            check_images(page, n, expect, rep)
            check_missing_glyphs(page, n, rep)
        if expect.output_intent and "/OutputIntents" not in pdf.Root:
            rep.failures.append("no OutputIntent (the press condition is unknown to the printer)")
        if expect.output_intent:  # a print file: PDF/X-4's structure
            check_pdfx(pdf, rep)
    if expect.bleed_mm > 0 and rep.ok:
        check_bleed_fill(data, expect, rep)
    if expect.safe_mm > 0:
        check_safe_text(data, expect, rep)
    return rep
