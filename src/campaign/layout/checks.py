"""Checks on a composed page that the layout knows exactly: text inside the safe area
(a rectangle inset from the trim, or the badge's live circle)."""

from __future__ import annotations

from ..kinds import TOL, kind_of
from ..model import Layout
from ..text.paragraph import ink_extent
from .document import Document, TextItem


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
    """(slot name, message) for each text that reaches outside the safe area, on every page.
    The area's shape (a rectangle inset from the trim, or a badge's live circle) comes from the
    material kind's policy."""
    area = kind_of(layout).safe_area(layout)
    problems = []
    for item in page.text_items():
        worst = max((area.overshoot(ink, page.trim) for ink in text_extents(item)), default=0.0)
        if worst > TOL:
            problems.append((item.slot, area.describe(worst)))
    return problems
