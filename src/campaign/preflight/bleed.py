"""Bleed filled by the art: where the art touches the trim it must go on into the bleed (a
ring between face and cut for round materials)."""

from __future__ import annotations

import math

from .report import MM, Expect, Report


def check_bleed_fill(data: bytes, expect: Expect, rep: Report, ppi: float = 50) -> None:
    """Render every page at `ppi`; where the art touches the trim edge (0.5 mm inside) it must
    continue into the bleed (at 80 % of its width). More than 5 % of such points white on
    any page fails."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
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
    finally:
        doc.close()


MAX_GAP_PCT = 5.0  # share of the trim edge where art may stop short of the bleed


def _gap_share(page: object, expect: Expect, ppi: float) -> float:
    """Per cent of the edge points with ink inside the trim and none in the bleed."""
    mb = page.get_mediabox()  # type: ignore[attr-defined]
    trim = page.get_trimbox()  # type: ignore[attr-defined]
    bitmap = page.render(scale=ppi / 72, fill_color=(255, 255, 255, 255))  # type: ignore[attr-defined]
    img = bitmap.to_pil().convert("L")
    pixels = img.load()  # direct access: getpixel() costs a call per point
    assert pixels is not None
    s = ppi / 72
    height = mb[3] - mb[1]
    w1, h1 = img.width - 1, img.height - 1

    def ink(x: float, y: float) -> bool:
        px, py = int((x - mb[0]) * s), int((height - (y - mb[1])) * s)
        value = pixels[min(max(px, 0), w1), min(max(py, 0), h1)]
        return bool(value < 245)

    inner, outer = 0.5 * MM, expect.bleed_mm * 0.8 * MM
    if expect.badge:
        gaps, total = _ring_gaps(ink, trim, expect.badge)
    else:
        gaps = total = 0
        for t in [i / 200 for i in range(1, 200)]:
            x = trim[0] + t * (trim[2] - trim[0])
            y = trim[1] + t * (trim[3] - trim[1])
            for a, b in (
                ((x, trim[1] + inner), (x, trim[1] - outer)),
                ((x, trim[3] - inner), (x, trim[3] + outer)),
                ((trim[0] + inner, y), (trim[0] - outer, y)),
                ((trim[2] - inner, y), (trim[2] + outer, y)),
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
