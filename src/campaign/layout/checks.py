"""Checks on a composed page that the layout knows exactly: text inside the safe area
(a rectangle inset from the trim, or the badge's live circle)."""

from __future__ import annotations

import math

from ..model import Layout
from ..text.paragraph import ink_extent
from .document import MM, Document, TextItem

TOL = 0.05  # pt


def text_extents(item: TextItem) -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) of every line's ink, pt from the trim's top-left."""
    out = []
    for line in item.text.lines:
        if not line.runs:
            continue
        left = item.box.x + line.x
        base = item.box.y + item.top + line.baseline
        up, down = ink_extent(line.runs, item.text.size)
        out.append((left, base - up, left + line.width, base + down))
    return out


def safe_area_problems(page: Document, layout: Layout) -> list[tuple[str, str]]:
    """(slot name, message) for each text that reaches outside the safe area, on every page."""
    problems = []
    tw, th = page.trim
    for item in (i for p in page.pages for i in p.text_items()):
        for left, top, right, bottom in text_extents(item):
            if page.badge is not None:
                r = page.badge.live / 2 * MM
                cx, cy = tw / 2, th / 2
                far = max(math.hypot(x - cx, y - cy) for x in (left, right) for y in (top, bottom))
                if far > r + TOL:
                    problems.append(
                        (
                            item.slot,
                            f"text reaches {(far - r) / MM:.1f} mm outside the "
                            f"badge's live circle ({page.badge.live:g} mm)",
                        )
                    )
                    break
            else:
                s = page.safe
                over = max(s - left, s - top, right - (tw - s), bottom - (th - s))
                if over > TOL:
                    problems.append(
                        (
                            item.slot,
                            f"text comes {over / MM:.1f} mm into the "
                            f"{layout.safe:g} mm safe margin",
                        )
                    )
                    break
    return problems
