"""The fit report: for every text slot of a composed document, what copy-fit chose.

One row per text slot and page: the size set (pt) within its style's range, the variant
(`text`, or `short` when the full text did not fit), the lines, and the room left below the
last line (mm; negative: the text overflows); of a text that does not fit even at its
smallest size, by how much it misses (its `text.overflow` error's words). Rim text has no box
to fill: it is listed with its size and the room left along the rim."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Layout, TextSlot
from ..text.fit import Overflow
from .document import MM, ArcTextItem, Document, TextItem
from .items.text import missed_by


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
    overflow: Overflow | None = None  # how it misses at its smallest size; None: it fits

    def as_json(self) -> dict[str, object]:
        over = self.overflow
        return {
            "page": self.page,
            "slot": self.slot,
            "size_pt": round(self.size, 2),
            "range_pt": [self.low, self.high],
            "variant": self.variant,
            "lines": self.lines,
            "room_mm": round(self.room_mm, 1),
            "overflow": None
            if over is None
            else {
                "size_pt": round(over.size, 2),
                "lines_over": over.lines_over,
                "height_over_mm": round(over.height_over / MM, 1),
                "width_over_mm": round(over.width_over / MM, 1),
                "missed": missed_by(over),
            },
        }

    def render(self) -> str:
        """The row in words: `front/title: 17.7 pt (shrunk from 24), short variant, 3
        line(s), 1.2 mm left`; of a text that does not fit, how it misses in the room's place:
        `..., does not fit even at 12 pt: 1.3 mm (1 line(s)) too tall`."""
        shrunk = "" if self.size >= self.high - 0.01 else f" (shrunk from {self.high:g})"
        short = ", short variant" if self.variant == "short" else ""
        over = self.overflow
        room = (
            f"{self.room_mm:.1f} mm left"
            if over is None
            else f"does not fit even at {over.size:g} pt: {missed_by(over)}"
        )
        lines = f"{self.lines} line(s)"
        return f"{self.page}/{self.slot}: {self.size:.1f} pt{shrunk}{short}, {lines}, {room}"


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
                        t.overflow,
                    )
                )
            elif isinstance(item, ArcTextItem):
                room = (item.room - item.line.width) / MM  # along the rim (text.rim past it)
                size = item.size
                rows.append(FitRow(page.name, item.slot, size, size, size, item.variant, 1, room))
    return rows


__all__ = ["FitRow", "fit_rows"]
