"""Bleed filled by the art: where the art touches the trim it must go on into the bleed (a
ring between face and cut for round materials)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .report import MM, Expect, Report

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument


def check_bleed_fill(doc: PdfDocument, expect: Expect, rep: Report, ppi: float = 50) -> None:
    """Render every page of `doc` (open in PDFium) at `ppi`; where the art touches the trim
    edge (0.5 mm inside) it must continue into the bleed (at 80 % of its width). More than
    5 % of such points white on any page fails."""
    worst = 0.0
    for n in range(len(doc)):
        page = doc[n]
        try:
            share = _gap_share(page, expect, ppi)
        finally:
            page.close()
        worst = max(worst, share)
        if share > MAX_GAP_PCT:
            rep.failures.append(
                f"page {n + 1}: art stops at the trim on {share:.0f} % of the edge: the "
                "bleed is white there (extend the art into the bleed)"
            )
    rep.facts["bleed_gap_pct"] = round(worst, 1)


MAX_GAP_PCT = 5.0  # share of the trim edge where art may stop short of the bleed


class _Raster:
    """Parts of a page rendered in grey at `ppi`, each region aligned to the pixel grid of
    the whole page (pypdfium2 crops whole pixels: ceil(crop x scale)), so a point reads the
    same pixel it would in a render of the whole page; only the regions are rasterised."""

    def __init__(self, page: object, ppi: float, regions: list[tuple[float, ...]]) -> None:
        self.mb = page.get_mediabox()  # type: ignore[attr-defined]
        self.s = ppi / 72
        x0, y0, x1, y1 = self.mb
        self.height = y1 - y0
        self.parts = []
        for left, bottom, right, top in regions:
            crop = (
                max(left - x0, 0),
                max(bottom - y0, 0),
                max(x1 - right, 0),
                max(y1 - top, 0),
            )
            bitmap = page.render(  # type: ignore[attr-defined]
                scale=self.s, crop=crop, fill_color=(255, 255, 255, 255), grayscale=True
            )
            img = bitmap.to_pil().convert("L")
            pixels = img.load()  # direct access: getpixel() costs a call per point
            assert pixels is not None
            shift = (math.ceil(crop[0] * self.s), math.ceil(crop[3] * self.s))
            box = (left, bottom, right, top)
            self.parts.append((box, pixels, shift, img.width - 1, img.height - 1))

    def ink(self, x: float, y: float) -> bool:
        """Ink at (x, y) (pt, user space): darker than 245 of 255 in grey."""
        for (left, bottom, right, top), pixels, (dx, dy), w1, h1 in self.parts:
            if left <= x <= right and bottom <= y <= top:
                px = int((x - self.mb[0]) * self.s) - dx
                py = int((self.height - (y - self.mb[1])) * self.s) - dy
                return bool(pixels[min(max(px, 0), w1), min(max(py, 0), h1)] < 245)
        raise ValueError(f"({x:.1f}, {y:.1f}) is in no rendered region")


def _gap_share(page: object, expect: Expect, ppi: float) -> float:
    """Per cent of the edge points with ink inside the trim and none in the bleed. Only the
    strips along the trim edges are rendered (a badge: the whole page, it is small)."""
    mb = page.get_mediabox()  # type: ignore[attr-defined]
    trim = page.get_trimbox()  # type: ignore[attr-defined]
    inner, outer = 0.5 * MM, expect.bleed_mm * 0.8 * MM
    if expect.badge:
        raster = _Raster(page, ppi, [tuple(mb)])
        gaps, total = _ring_gaps(raster.ink, trim, expect.badge)
        return 100 * gaps / max(total, 1)
    pad = 1 * MM  # around the sample points
    left, bottom, right, top = trim
    raster = _Raster(
        page,
        ppi,
        [
            (left - outer - pad, bottom - outer - pad, right + outer + pad, bottom + inner + pad),
            (left - outer - pad, top - inner - pad, right + outer + pad, top + outer + pad),
            (left - outer - pad, bottom - outer - pad, left + inner + pad, top + outer + pad),
            (right - inner - pad, bottom - outer - pad, right + outer + pad, top + outer + pad),
        ],
    )
    ink = raster.ink
    gaps = total = 0
    for t in [i / 200 for i in range(1, 200)]:
        x = left + t * (right - left)
        y = bottom + t * (top - bottom)
        for a, b in (
            ((x, bottom + inner), (x, bottom - outer)),
            ((x, top - inner), (x, top + outer)),
            ((left + inner, y), (left - outer, y)),
            ((right - inner, y), (right + outer, y)),
        ):
            if ink(*a):
                total += 1
                gaps += not ink(*b)
    return 100 * gaps / max(total, 1)


def _ring_gaps(
    ink: object, trim: tuple[float, float, float, float], badge: tuple[float, float]
) -> tuple[int, int]:

    cx, cy = (trim[0] + trim[2]) / 2, (trim[1] + trim[3]) / 2
    face, cut = badge[0] / 2 * MM, badge[1] / 2 * MM
    gaps = total = 0
    for i in range(360):
        a = math.radians(i)
        inside = ink(cx + (face - 0.5 * MM) * math.cos(a), cy + (face - 0.5 * MM) * math.sin(a))  # type: ignore[operator]
        if inside:
            total += 1
            gaps += not ink(
                cx + (cut - 0.3 * MM) * math.cos(a), cy + (cut - 0.3 * MM) * math.sin(a)
            )  # type: ignore[operator]
    return gaps, total
