"""Bleed filled by the art: where the art touches the trim it must go on into the bleed (a
ring between face and cut for round materials)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ..diagnostics import listed
from .report import MM, Expect, Report

if TYPE_CHECKING:
    from pypdfium2 import PdfPage


def check_bleed_fill(
    pages: Sequence[PdfPage], expect: Expect, rep: Report, ppi: float = 50
) -> None:
    """Render every page (open in PDFium) at `ppi`; where the art touches the trim edge
    (0.5 mm inside) it must continue into the bleed (to 0.5 mm from the bleed's outer edge,
    or a third of the bleed where it is under 1.5 mm). An edge of the trim (a badge: its
    ring) with ink on more than 5 % of it, and more than 5 % of that ink white in the bleed,
    fails: each edge on its own, as print shops' preflight judges it (../shared/tools/
    preflight.py `bleed_fill`; the four edges taken together passed a poster whose right
    edge was 27 % white in the bleed, which the print shop's preflight failed)."""
    worst = 0.0
    for n, page in enumerate(pages):
        shares = _gap_shares(page, expect, ppi)
        share = max(shares.values(), default=0.0)
        worst = max(worst, share)
        failing = [edge for edge, edge_share in shares.items() if edge_share > MAX_GAP_PCT]
        if failing:
            up_to = "up to " if len({round(shares[e]) for e in failing}) > 1 else ""
            edges = listed(failing)
            rep.failures.append(
                f"page {n + 1}: art stops at the trim on {up_to}{share:.0f} % of "
                + (f"its {edges} edge{'s' * (len(failing) > 1)}" if failing[0] else "the edge")
                + ": the bleed is white there (extend the art into the bleed)"
            )
    rep.facts["bleed_gap_pct"] = round(worst, 1)


MAX_GAP_PCT = 5.0  # share of an edge's ink that may stop short of the bleed
MIN_INKED_PCT = 5.0  # an edge inked on no more than this share is not judged (bare paper)
INNER_MM = 0.5  # how far inside the trim an edge's ink is read
EDGE_POINTS = 199  # points read along each edge of a rectangular page
INK_LEVEL = 245  # ink: a pixel darker than this, of 255, in grey


Point = tuple[float, float]


class _Region:
    """One region of a page (pt, user space: left, bottom, right, top) rendered in grey at
    `ppi`, aligned to the pixel grid of the whole page (pypdfium2 crops whole pixels:
    ceil(crop x scale)), so a point reads the pixel it would in a render of the whole page;
    only the region is rasterised."""

    def __init__(self, page: object, ppi: float, region: tuple[float, ...]) -> None:
        x0, y0, x1, y1 = page.get_mediabox()  # type: ignore[attr-defined]
        left, bottom, right, top = region
        crop = (max(left - x0, 0), max(bottom - y0, 0), max(x1 - right, 0), max(y1 - top, 0))
        self.s = ppi / 72
        bitmap = page.render(  # type: ignore[attr-defined]
            scale=self.s, crop=crop, fill_color=(255, 255, 255, 255), grayscale=True
        )
        # one byte a pixel, rows top down, each `width` bytes after the one above: PDFium's
        # own grey rows, read as they are (through PIL they were copied three times). With
        # `inks`' bits: check_bleed_fill 325 -> 244 us an A5 flyer (150 of a merge's, best
        # of 5, one process, 2-core machine of bench/README.md)
        if bitmap.mode == "L":
            self.data, self.width = bytes(bitmap.buffer), bitmap.stride
        else:
            img = bitmap.to_pil().convert("L")
            self.data, self.width = img.tobytes(), img.width
        self.x0 = x0  # the whole page's pixel (px, py) is this region's (px - dx, py - dy)
        self.y1 = y1
        self.dx, self.dy = math.ceil(crop[0] * self.s), math.ceil(crop[3] * self.s)
        self.w1, self.h1 = bitmap.width - 1, bitmap.height - 1

    def inks(self, points: tuple[Point, ...]) -> int:
        """Ink at each point (pt, user space), darker than INK_LEVEL of 255 in grey, as the
        bits of an int: bit 8 x i set where point i has ink (one byte a point, read by C
        code; `_gaps` counts with int operations where it looped over Python bools). A point
        beyond the region reads its nearest pixel."""
        data = self.data
        at = _pixels(
            self.s, self.x0, self.y1, self.dx, self.dy, self.w1, self.h1, self.width, points
        )
        return int.from_bytes(bytes(map(data.__getitem__, at)).translate(_INKED), "little")


# grey level -> 1 where it is ink (darker than INK_LEVEL), else 0: a point's byte in `inks`
_INKED = bytes(int(level < INK_LEVEL) for level in range(256))


@lru_cache(maxsize=64)
def _pixels(
    s: float,
    x0: float,
    y1: float,
    dx: int,
    dy: int,
    w1: int,
    h1: int,
    width: int,
    points: tuple[Point, ...],
) -> tuple[int, ...]:
    """The offset in a region's bytes of the pixel under each point: the same for every page
    of a size (a merge's thousands of flyers), so found once."""
    return tuple(
        min(max(int((y1 - y) * s) - dy, 0), h1) * width + min(max(int((x - x0) * s) - dx, 0), w1)
        for x, y in points
    )


Pairs = tuple[tuple[Point, ...], tuple[Point, ...]]  # points inside the trim; in the bleed


def _gaps(region: _Region, pairs: Pairs) -> tuple[int, int]:
    """(gaps, total): `total` pairs whose first point (inside the trim) has ink, `gaps` of
    them whose second point (in the bleed) has none."""
    inside = region.inks(pairs[0])
    beyond = region.inks(pairs[1])
    return (inside & ~beyond).bit_count(), inside.bit_count()


def _gap_shares(page: object, expect: Expect, ppi: float) -> dict[str, float]:
    """Per edge (bottom, top, left, right; "" for a badge's ring) inked on more than
    MIN_INKED_PCT of its points, the per cent of its inked points whose bleed point has no
    ink. Only the strips along the trim edges are rendered (a badge: the whole page, it is
    small)."""
    mb = tuple(page.get_mediabox())  # type: ignore[attr-defined]
    trim = tuple(page.get_trimbox())  # type: ignore[attr-defined]
    out = {}
    for edge, region, pairs in _strips(mb, trim, expect.bleed_mm, expect.badge):
        gaps, inked = _gaps(_Region(page, ppi, region), pairs)
        if inked and 100 * inked / len(pairs[0]) > MIN_INKED_PCT:
            out[edge] = 100 * gaps / inked
    return out


Box = tuple[float, float, float, float]  # pt: left, bottom, right, top


@lru_cache(maxsize=64)
def _strips(
    mb: Box, trim: Box, bleed_mm: float, badge: tuple[float, float] | None
) -> tuple[tuple[str, Box, Pairs], ...]:
    """Each edge's name, the region to render and, in it, the point pairs to read (inside
    the trim, in the bleed): the strip along each edge, EDGE_POINTS pairs on it; a badge: the whole
    page, a ring of pairs. The same for every page of one size and bleed, so made once."""
    inner, outer = INNER_MM * MM, bleed_depth(bleed_mm) * MM
    if badge:
        return (("", mb, _split(_ring_pairs(trim, badge))),)
    pad = 1 * MM  # around the sample points
    left, bottom, right, top = trim
    steps = [i / (EDGE_POINTS + 1) for i in range(1, EDGE_POINTS + 1)]
    xs = [left + t * (right - left) for t in steps]
    ys = [bottom + t * (top - bottom) for t in steps]
    return (
        (
            "bottom",
            (left - outer - pad, bottom - outer - pad, right + outer + pad, bottom + inner + pad),
            _split([((x, bottom + inner), (x, bottom - outer)) for x in xs]),
        ),
        (
            "top",
            (left - outer - pad, top - inner - pad, right + outer + pad, top + outer + pad),
            _split([((x, top - inner), (x, top + outer)) for x in xs]),
        ),
        (
            "left",
            (left - outer - pad, bottom - outer - pad, left + inner + pad, top + outer + pad),
            _split([((left + inner, y), (left - outer, y)) for y in ys]),
        ),
        (
            "right",
            (right - inner - pad, bottom - outer - pad, right + outer + pad, top + outer + pad),
            _split([((right - inner, y), (right + outer, y)) for y in ys]),
        ),
    )


def bleed_depth(bleed_mm: float) -> float:
    """How far out of the trim the bleed is read (mm): 0.5 mm short of its outer edge, or a
    third of the bleed short of it where the bleed is under 1.5 mm (print shops' preflight,
    ../shared/tools/preflight.py `bleed_fill`)."""
    return bleed_mm - min(0.5, bleed_mm / 3)


def _split(pairs: list[tuple[Point, Point]]) -> Pairs:
    return tuple(a for a, _ in pairs), tuple(b for _, b in pairs)


def _ring_pairs(
    trim: tuple[float, float, float, float], badge: tuple[float, float]
) -> list[tuple[Point, Point]]:
    """One pair a degree round a badge: 0.5 mm inside the face's edge, and 0.3 mm inside the
    cut (in the bleed ring)."""
    cx, cy = (trim[0] + trim[2]) / 2, (trim[1] + trim[3]) / 2
    face, cut = badge[0] / 2 * MM - 0.5 * MM, badge[1] / 2 * MM - 0.3 * MM
    pairs = []
    for i in range(360):
        a = math.radians(i)
        cos, sin = math.cos(a), math.sin(a)
        pairs.append(((cx + face * cos, cy + face * sin), (cx + cut * cos, cy + cut * sin)))
    return pairs
