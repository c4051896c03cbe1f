"""What a size of a design needs beyond scaling (kit/sizes.py places the frames): room for
type held at the floor, and a QR code kept at its print minimum with its label.

- a text whose style's min_size is held at the type floor (kit.sizes._style: not scaled
  down with its frame) takes r = floor / (min_size x s) times its scaled height, r^2 when it
  wraps (r times the lines, each r times taller): `growth`, which place_frames takes from
  the room a side spreads its groups in;
- a QR code is never smaller than QR_MIN_MM, and its label (`label_of`: the text about the
  same link right under or over it) is placed with the code's final size (`qr_stack`): as
  far from it as in the design (scaled), centred on it, at least as wide, r times wider
  where the row has room (else taller), both inside the safe area.
"""

from __future__ import annotations

from ..model import QrSlot, ShapeSlot, Slot, TextSlot, TextStyle

# The project's choice: the smallest printed QR code, so that a phone reads it at arm's length.
QR_MIN_MM = 20.0
PT = 25.4 / 72  # mm per point
Box = tuple[float, float, float, float]  # x, y, width, height (mm)


def type_ratio(slot: TextSlot, styles: dict[str, TextStyle], s: float) -> float:
    """How much larger than scaled by `s` the slot's smallest type is on the size (1: it
    scales; more where the style's min_size is held at the type floor)."""
    r = styles[slot.style.name].min_size / (slot.style.min_size * s)
    return r if r > 1.001 else 1.0  # sizes are kept to 0.01 pt (kit.sizes._style)


def growth(
    slots: tuple[Slot, ...],
    trim: tuple[float, float],
    s: float,
    styles: dict[str, TextStyle],
    fixed: set[str],
) -> list[float]:
    """mm each slot's frame takes beyond its scaled height (see the module's rules): a text
    held at the type floor, a QR code grown to QR_MIN_MM and its label; 0 for a frame of
    the size's own (`fixed`)."""
    labels = {}
    for i, sl in enumerate(slots):
        found = label_of(i, slots, trim, fixed) if isinstance(sl, QrSlot) else None
        if found is not None and sl.name not in fixed:
            labels[found[0]] = i
    out = []
    for j, sl in enumerate(slots):
        h = sl.frame.resolve(*trim)[3]
        extra = 0.0
        if sl.name in fixed:
            pass
        elif isinstance(sl, QrSlot):
            extra = max(QR_MIN_MM - h * s, 0.0)
        elif isinstance(sl, TextSlot):
            r = type_ratio(sl, styles, s)
            line = sl.style.min_size * sl.style.leading * PT
            if j not in labels and sl.style.max_lines != 1 and h >= 2 * line:
                r *= r  # it wraps: r times the lines, each r times taller
            extra = (r - 1.0) * h * s
        out.append(extra)
    return out


def label_of(
    i: int, slots: tuple[Slot, ...], trim: tuple[float, float], fixed: set[str] | None = None
) -> tuple[int, float] | None:
    """The label of QR code `i` among a page's `slots` in a `trim` design, and its gap (mm;
    negative: above the code): the nearest text slot about the same link right under or
    over it (less than half the code's height away) and across from it; none when a size
    gives it a frame of its own (`fixed`)."""
    qr = slots[i]
    assert isinstance(qr, QrSlot)
    qx, qy, qw, qh = qr.frame.resolve(*trim)
    best: tuple[int, float] | None = None
    for j, sl in enumerate(slots):
        if not isinstance(sl, TextSlot) or sl.link != qr.link or sl.name in (fixed or ()):
            continue
        x, y, lw, lh = sl.frame.resolve(*trim)
        if x >= qx + qw or x + lw <= qx:
            continue
        if y >= qy + qh:
            gap = y - (qy + qh)
        elif y + lh <= qy:
            gap = -(qy - (y + lh))
        else:
            continue
        if abs(gap) <= qh / 2 and (best is None or abs(gap) < abs(best[1])):
            best = (j, gap + 0.0)
    return best


def qr_stack(
    i: int,
    slots: tuple[Slot, ...],
    boxes: list[Box],
    trims: tuple[tuple[float, float], tuple[float, float]],
    s: float,
    styles: dict[str, TextStyle],
    fixed: set[str],
    safe: float,
) -> dict[int, Box]:
    """QR code `i` and its label on the size (see the module's rules), from the page's
    placed `boxes`: the boxes that change, by slot index (none when the code is as large
    as that and its label's type scales). A code place_frames did not grow (a side with no
    room to spare) grows about its centre, and the label under it takes what room the safe
    area leaves (_beside)."""
    design, new = trims
    qx, qy, qw, qh = boxes[i]
    found = label_of(i, slots, design, fixed)
    label = slots[found[0]] if found is not None else None
    r = type_ratio(label, styles, s) if isinstance(label, TextSlot) else 1.0
    if qw >= QR_MIN_MM and qh >= QR_MIN_MM and r == 1.0:
        return {}
    w2, h2 = max(qw, QR_MIN_MM), max(qh, QR_MIN_MM)
    qx, qy = qx - (w2 - qw) / 2, qy - (h2 - qh) / 2
    out = {i: (qx, qy, w2, h2)}
    if found is not None and isinstance(label, TextSlot):
        j, gap = found
        _, ly, _, lh = boxes[j]
        _, _, lw0, lh0 = label.frame.resolve(*design)
        flowed = lh > lh0 * s + 0.001  # place_frames gave it room (a side to spare)
        lh2 = max(lh, lh0 * s * r)
        want = max(lw0 * s * r, w2)
        lo, hi = _row(j, i, boxes, slots, (ly, lh2), (safe, new[0] - safe))
        lw2 = max(min(want, hi - lo), w2)
        lh2 *= want / lw2  # narrower than its type asks: more lines
        lx = min(max(qx + (w2 - lw2) / 2, lo), hi - lw2)
        if not flowed:  # a side with no room to spare: grown here
            if h2 == qh:  # the code as placed: so is the label's edge next to it
                near = ly if gap >= 0 else ly + lh
            else:
                near = qy + h2 + gap * s if gap >= 0 else qy + gap * s
            top, lh2, dy = _beside(near, gap >= 0, (lh, lh2), (safe, new[1] - safe))
            out[i] = (qx, qy + dy, w2, h2)
            ly = top + dy
        out[j] = (lx, ly, lw2, lh2)
    dx = _into([(b[0], b[0] + b[2]) for b in out.values()], new[0], safe)
    dy = _into([(b[1], b[1] + b[3]) for b in out.values()], new[1], safe)
    return {k: (x + dx, y + dy, w, h) for k, (x, y, w, h) in out.items()}


def _beside(
    near: float, below: bool, heights: tuple[float, float], room: tuple[float, float]
) -> tuple[float, float, float]:
    """A QR code's label on a side with no room to spare, its edge next to the code at
    `near` (under the code when `below`): (its top, its height, how far it and the code
    move). It takes the height its type asks (`heights`: as placed, as asked) as far as the
    safe area (`room`) lets it, at least the placed one; the two move only by what that one
    lacks: what is around them stays where it was placed, and a label that still lacks room
    is told by the check."""
    placed, asked = heights
    lo, hi = room
    if below:
        h = min(asked, max(hi - near, placed))
        return near, h, min(hi - (near + h), 0.0)
    h = min(asked, max(near - lo, placed))
    return near - h, h, max(lo - (near - h), 0.0)


def _row(
    j: int,
    qr: int,
    boxes: list[Box],
    slots: tuple[Slot, ...],
    rows: tuple[float, float],
    room: tuple[float, float],
) -> tuple[float, float]:
    """The stretch across the page label `j` of QR code `qr` may take: `room` (the safe
    area), up to the frames beside it in its `rows` (y, height) but for shapes (a band it
    is on), on each side of the code's centre."""
    lo, hi = room
    y, h = rows
    cx = boxes[qr][0] + boxes[qr][2] / 2
    for k, (x, y2, w, h2) in enumerate(boxes):
        if k in (j, qr) or isinstance(slots[k], ShapeSlot) or y2 >= y + h or y2 + h2 <= y:
            continue
        if x + w <= cx:
            lo = max(lo, x + w)
        elif x >= cx:
            hi = min(hi, x)
    return lo, hi


def _into(spans: list[tuple[float, float]], total: float, safe: float) -> float:
    """How far to move what spans these stretches of a `total` mm side to keep it `safe` mm
    from both ends (0 when it does, or when it is wider than the room)."""
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    if lo < safe and hi <= total - safe:
        return min(safe - lo, total - safe - hi)
    if hi > total - safe and lo >= safe:
        return max(total - safe - hi, safe - lo)
    return 0.0


__all__ = ["QR_MIN_MM", "growth", "label_of", "qr_stack", "type_ratio"]
