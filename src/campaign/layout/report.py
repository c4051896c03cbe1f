"""The fit report: for every text slot of a composed document, what copy-fit chose.

One row per text slot and page: the size set (pt) within its style's range, the variant
(`text`, or `short` when the full text did not fit), the lines, and the room left below the
last line (mm; negative: the text overflows). Rim text has no box to fill: it is listed with
its size and the room left along the rim."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Layout, TextSlot
from .document import MM, ArcTextItem, Document, TextItem


@dataclass(frozen=True)
class FitRow:
    page: str
    slot: str
    size: float  # pt, as set
    low: float  # pt, the style's min_size
    high: float  # pt, the style's size
    variant: str  # text | short
    lines: int
    room_mm: float  # below the last line; negative: overflowing

    def as_json(self) -> dict[str, object]:
        return {
            "page": self.page,
            "slot": self.slot,
            "size_pt": round(self.size, 2),
            "range_pt": [self.low, self.high],
            "variant": self.variant,
            "lines": self.lines,
            "room_mm": round(self.room_mm, 1),
        }

    def render(self) -> str:
        shrunk = "" if self.size >= self.high - 0.01 else f" (shrunk from {self.high:g})"
        short = ", short variant" if self.variant == "short" else ""
        return (
            f"{self.page}/{self.slot}: {self.size:.1f} pt{shrunk}{short}, {self.lines} line(s), "
            f"{self.room_mm:.1f} mm left"
        )


def fit_rows(doc: Document, layout: Layout) -> list[FitRow]:
    """The fit report of `doc` (composed from `layout`), page by page in slot order."""
    styles = {s.name: s.style for s in layout.slots if isinstance(s, TextSlot)}
    rows = []
    for page in doc.pages:
        for item in page.items:
            if isinstance(item, TextItem) and item.slot in styles:
                style = styles[item.slot]
                t = item.text
                room = (item.box.h - t.height) / MM
                rows.append(
                    FitRow(
                        page.name,
                        item.slot,
                        t.size,
                        style.min_size,
                        style.size,
                        t.variant,
                        len(t.lines),
                        room,
                    )
                )
            elif isinstance(item, ArcTextItem):
                rows.append(
                    FitRow(page.name, item.slot, item.size, item.size, item.size, "text", 1, 0.0)
                )
    return rows


__all__ = ["FitRow", "fit_rows"]
