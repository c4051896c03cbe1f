"""Guides of a composed document, in millimetres from the trim's top-left corner (y down), for
the preview to draw over the page image: trim, bleed, safe area, a badge's face, live area
and cut circles, a folded piece's folds, every slot's frame with its name, and every text
line's baseline."""

from __future__ import annotations

from ..layout.document import MM, ArcTextItem, Document, Item, TextItem
from ..model import KeepClear


def _mm(value: float) -> float:
    return round(value / MM, 3)


def _slot(item: Item) -> dict[str, object]:
    """A slot frame: its name, its kind and its box (x, y, w, h, mm); an arc's circle."""
    kind = type(item).__name__.removesuffix("Item").lower()
    if isinstance(item, ArcTextItem):
        r = item.radius
        return {"slot": item.slot, "kind": kind, "circle": [_mm(item.cx), _mm(item.cy), _mm(r)]}
    box = item.box
    return {"slot": item.slot, "kind": kind, "box": [_mm(v) for v in (box.x, box.y, box.w, box.h)]}


def _baselines(item: Item) -> list[list[float]]:
    """Each line of a text frame as [x0, y, x1] (mm): where its glyphs sit."""
    if not isinstance(item, TextItem):
        return []
    box, top = item.box, item.top
    return [
        [_mm(box.x + line.x), _mm(box.y + top + line.baseline), _mm(box.x + line.x + line.width)]
        for line in item.text.lines
    ]


def guides(doc: Document, clear: KeepClear | None = None) -> dict[str, object]:
    """The guides of every page of `doc`:
    `{"trim": [w, h], "bleed": b, "safe": s, "clear": [left, top, right, bottom] (the
    layout's bands kept clear, `clear`, by physical edge), "badge": {"face", "live", "cut"}
    diameters or None, "pages": [{"name", "slots": [...], "baselines": [[x0, y, x1],
    ...], "folds": {"vertical": [x, ...], "horizontal": [y, ...]}}]}`, all in mm; a page's
    folds where it has them (Document.folds: a back's vertical ones turned,
    model.Folds.on_page), none for a piece that is not folded.
    A badge's circles are centred on the trim; its live area is the face less the press's
    text-safe inset on each side (model.BadgeProfile)."""
    badge = None
    if doc.badge is not None:
        b = doc.badge
        badge = {"face": b.face, "live": round(b.face - 2 * b.safe, 3), "cut": b.cut}
    return {
        "trim": [_mm(doc.trim[0]), _mm(doc.trim[1])],
        "bleed": _mm(doc.bleed),
        "safe": _mm(doc.safe),
        "clear": _bands(clear, doc.rtl),
        "badge": badge,
        "pages": [
            {
                "name": page.name,
                "slots": [_slot(i) for i in page.items],
                "baselines": [b for i in page.items for b in _baselines(i)],
                "folds": _folds(doc, n),
            }
            for n, page in enumerate(doc.pages)
        ],
    }


def _bands(clear: KeepClear | None, rtl: bool) -> list[float]:
    """The bands kept clear by physical edge (left, top, right, bottom), mm; start and end
    swap in right-to-left languages."""
    if clear is None:
        return [0.0, 0.0, 0.0, 0.0]
    left, right = (clear.end, clear.start) if rtl else (clear.start, clear.end)
    return [left, clear.top, right, clear.bottom]


def _folds(doc: Document, index: int) -> dict[str, list[float]]:
    """Page `index`'s fold lines, mm from the trim's left and top edges."""
    on = doc.folds_on(index)
    return {"vertical": list(on.vertical), "horizontal": list(on.horizontal)}
