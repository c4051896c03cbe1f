"""What ties a QR code's label to its code: the text about the same link right under or over
it (kit/fit.py places the two together on every size; pipeline/qr_labels.py tells a label a
composed page shows away from its code). Apart from kit/ so that a build drawing from a warm
cache, which reads no kit file, need not import the kit's readers to check it."""

from __future__ import annotations

from ..model import QrSlot, Slot, TextSlot

Box = tuple[float, float, float, float]  # x, y, width, height (mm)


def label_of(
    i: int, slots: tuple[Slot, ...], trim: tuple[float, float], fixed: set[str] | None = None
) -> tuple[int, float] | None:
    """The label of QR code `i` among a page's `slots` in a `trim` design, and its gap (mm;
    negative: above the code): the nearest text slot about the same link right under or
    over it (less than half the code's height away) and across from it; none when a size
    gives it a frame of its own (`fixed`)."""
    qr = slots[i]
    assert isinstance(qr, QrSlot)
    code = qr.frame.resolve(*trim)
    best: tuple[int, float] | None = None
    for j, sl in enumerate(slots):
        if not isinstance(sl, TextSlot) or sl.link != qr.link or sl.name in (fixed or ()):
            continue
        gap = next_to(code, sl.frame.resolve(*trim))
        if gap is not None and (best is None or abs(gap) < abs(best[1])):
            best = (j, gap)
    return best


def next_to(code: Box, label: Box) -> float | None:
    """The gap (mm; negative: above the code) between a QR code's box and a text's (x, y,
    width, height, mm) where the text is next to the code as a label is (`label_of`): right
    under or over it, less than half the code's height away, and across from it (their
    spans across the page overlap); else None (beside it, far from it, or over it)."""
    qx, qy, qw, qh = code
    x, y, lw, lh = label
    if x >= qx + qw or x + lw <= qx:
        return None
    if y >= qy + qh:
        gap = y - (qy + qh)
    elif y + lh <= qy:
        gap = -(qy - (y + lh))
    else:
        return None
    return gap + 0.0 if abs(gap) <= qh / 2 else None


__all__ = ["label_of", "next_to"]
