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
    import pypdfium2 as pdfium

    left, bottom, right, top = page.get_trimbox()  # type: ignore[attr-defined]
    safe = expect.safe_mm * MM
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    outside = []
    try:
        for i in range(textpage.count_chars()):
            ch = chr(pdfium.raw.FPDFText_GetUnicode(textpage, i))
            if ch.isspace() or not ch.isprintable():
                continue
            x0, y0, x1, y1 = textpage.get_charbox(i)
            if expect.badge:
                cx, cy = (left + right) / 2, (bottom + top) / 2
                radius = expect.badge[0] / 2 * MM - safe
                far = max(math.hypot(x - cx, y - cy) for x in (x0, x1) for y in (y0, y1))
                bad = far > radius + TOL
            else:
                bad = (
                    x0 < left + safe - TOL
                    or y0 < bottom + safe - TOL
                    or x1 > right - safe + TOL
                    or y1 > top - safe + TOL
                )
            if bad:
                outside.append(ch)
    finally:
        textpage.close()
    return outside


TOL = 0.05  # pt
