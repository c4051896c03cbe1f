"""Text inside the safe area, from PDFium's character boxes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .report import MM, Expect, Report

if TYPE_CHECKING:
    from pypdfium2 import PdfPage


def check_safe_text(pages: Sequence[PdfPage], expect: Expect, rep: Report) -> None:
    """Every visible character's box inside the safe area on every page (open in PDFium):
    the trim inset by safe_mm, or for a badge the circle of the face's radius minus
    safe_mm."""
    where = (
        "the badge face's safe circle" if expect.badge else f"the {expect.safe_mm:g} mm safe area"
    )
    for n, page in enumerate(pages):
        outside = _outside(page, expect)
        if outside:
            rep.failures.append(
                f"page {n + 1}: {len(outside)} character(s) outside {where}: "
                f"{''.join(outside[:30])!r}"
            )


def _outside(page: object, expect: Expect) -> list[str]:
    """The characters whose boxes are outside the safe area. First the rectangles PDFium
    gives for text selection (FPDFText_CountRects: each the union of the boxes of a text
    object's characters, those at least 0.01 pt wide and high; PDFium's
    CPDF_TextPage::GetRectArray): when each is inside, so is every character, and the page
    is done with tens of calls instead of one per character (an A5 flyer has 500). Else each
    character is looked at, to name those outside."""
    import pypdfium2 as pdfium

    left, bottom, right, top = (float(v) for v in page.get_trimbox())  # type: ignore[attr-defined]
    safe = expect.safe_mm * MM
    if expect.badge:
        cx, cy = (left + right) / 2, (bottom + top) / 2
        radius = expect.badge[0] / 2 * MM - safe

        def bad(x0: float, y0: float, x1: float, y1: float) -> bool:
            far = max(math.hypot(x - cx, y - cy) for x in (x0, x1) for y in (y0, y1))
            return far > radius + TOL
    else:

        def bad(x0: float, y0: float, x1: float, y1: float) -> bool:
            return (
                x0 < left + safe - TOL
                or y0 < bottom + safe - TOL
                or x1 > right - safe + TOL
                or y1 > top - safe + TOL
            )

    textpage = page.get_textpage()  # type: ignore[attr-defined]
    outside = []
    try:
        rects = textpage.count_rects()
        if not any(bad(*textpage.get_rect(i)) for i in range(rects)):
            return []
        for i in range(textpage.count_chars()):
            ch = chr(pdfium.raw.FPDFText_GetUnicode(textpage, i))
            if ch.isspace() or not ch.isprintable():
                continue
            if bad(*textpage.get_charbox(i)):
                outside.append(ch)
    finally:
        textpage.close()
    return outside


TOL = 0.05  # pt
