"""What a size of a design needs beyond scaling (kit/sizes.py places the frames): room for
type held at the floor, and a QR code kept at its print minimum with its label.

- a text whose style's min_size is held at the type floor (kit.sizes._style: not scaled
  down with its frame) takes r = floor / (min_size x s) times its scaled height, r^2 when it
  wraps (r times the lines, each r times taller): `growth`, which place_frames takes from
  the room a side spreads its groups in;
- a QR code is never smaller than QR_MIN_MM, and its label (`label_of`: the text about the
  same link right under or over it) is placed with the code's final size (`qr_stack`): as
  far from it as in the design (scaled), at least as wide, r times wider where the row has
  room (else taller), both inside the safe area, and centred on each other (`centred`: the
  code moves under the label where the frames beside it let it, else the label narrows
  about the code); a label a language widens (`make_width`) takes its code along with it
  (kit.sizes.with_width);
- a text that still does not fit at its floor in a language (measured when the language is
  set: layout.compose) is given the height it lacks by `make_room`: it grows down, or up
  where what is under it cannot move, pushing what is under (over) it and across from it,
  which gives first the room its own text leaves empty in that language, then the space
  between frames down to GAP_KEPT of it; a band keeps what it holds at the design's
  distance from its edges (it grows), an edge on the trim stays, nothing crosses the safe
  margin it kept, and a text whose frame another overlaps (a QR code grown over it) stays;
  a frame the size gives of its own is not pushed, but a text of it that lacks room grows
  from it (a 32 mm badge's words); on a badge, whose safe area is its live circle, no frame
  that moves has a corner further out of the circle than the circle or than it had (and a
  circle shape, its ring, is no band), nor, on the side of the centre a rim text is
  printed, further out than the radius its glyphs leave free (`Rim`; the rim text, whose
  frame is the square around its circle, neither moves nor covers the words inside it).
  What cannot be found is told by the check, as before;
- a text whose widest word is wider than its frame at its floor in a language (a Ukrainian
  "зателефонувати" under an A6 poster's 20 mm QR code) is given the width it lacks by
  `make_width`, before any height: about its centre, then to the side with room, as far as
  the safe margin and the print of the frames beside it (their heights overlap), less
  GAP_ACROSS em of its type (on a badge, the live circle's chord at its edge furthest from
  the centre); a text beside it whose print leaves that room empty has its frame end where
  the grown one begins. A word is never set below its floor for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from ..layout.qr_tie import label_of, next_to
from ..model import QrSlot, ShapeSlot, Slot, TextSlot, TextStyle

# The project's choice: the smallest printed QR code, so that a phone reads it at arm's length.
QR_MIN_MM = 20.0
# The project's choice: the share of the space between two frames a derived size keeps when a
# text that does not fit at its floor takes room (make_room): the space is room in every
# language, half of it keeps the design's rhythm (a poster's call-to-action title at 9 pt
# in Burmese lacked 0.3 mm of a DL poster's 70 mm to spare, a designer's trial)
GAP_KEPT = 0.5
# The project's choice: the space a text that takes width (make_width) keeps from the print
# of a text or code beside it, in ems of its own type: a word space is a quarter em, so one em
# keeps two texts side by side from reading as one line
GAP_ACROSS = 1.0
PT = 25.4 / 72  # mm per point
Box = tuple[float, float, float, float]  # x, y, width, height (mm)
_EPS = 0.001  # mm: frames are kept to 0.001 mm
# a lower bound between two frames' edges: (frame, edge, frame, edge, mm), edge 0 its top and
# 1 its bottom: the second edge lies at least mm below the first
Bound = tuple[int, int, int, int, float]
Circle = tuple[float, float, float]  # a badge's live circle: centre x, y and radius (mm)
# a badge's rim text: the radius (mm) its glyphs leave free about the centre, and its side
# (1: the bottom, -1: the top)
Rim = tuple[float, int]


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
        lx = min(max(qx + (w2 - lw2) / 2, lo), hi - lw2)
        beside = _row(j, i, boxes, slots, (qy, h2), (safe, new[0] - safe))
        qx, lx, lw2 = centred((qx, w2), (lx, lw2), beside)
        lh2 *= want / lw2  # narrower than its type asks: more lines
        out[i] = (qx, qy, w2, h2)
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


def centred(
    code: tuple[float, float], label: tuple[float, float], row: tuple[float, float]
) -> tuple[float, float, float]:
    """A QR code's label centred on the code, from their spans across the page (x, width,
    mm) and the stretch the frames beside the code leave it (`row`): (the code's x, the
    label's x, its width). The code moves under the label's centre where its row lets it;
    else the label narrows about the code's centre, to no less than the code's width."""
    (qx, qw), (lx, lw) = code, label
    c = lx + lw / 2
    lo, hi = row
    if lo - _EPS <= c - qw / 2 and c + qw / 2 <= hi + _EPS:
        return c - qw / 2, lx, lw
    qc = qx + qw / 2
    lw = max(2 * min(qc - lx, lx + lw - qc), qw)
    return qx, qc - lw / 2, lw


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


def make_room(
    boxes: list[Box],
    bands: set[int],
    need: dict[int, float],
    spare: dict[int, float],
    page: tuple[float, float],
    kept: frozenset[int] = frozenset(),
    circle: Circle | None = None,
    rims: tuple[Rim, ...] = (),
) -> list[Box]:
    """The `boxes` of a page of a `page` (height, safe margin, mm) size moved down or up so
    that each frame of `need` is that many mm taller (see the module's rules): `bands` are
    the indexes of its shapes, `spare` the mm each text leaves empty, in the language set,
    `kept` those of the frames the size gives of its own, which are not pushed (one of
    `need` grows); on a badge, `circle` is its live circle (centre x, y, radius, mm): a
    frame that moves keeps its corners in it (no further out than they were), and on the
    side of the centre of each of `rims` within the radius its glyphs leave free. The caller
    leaves out what is not drawn; a frame that cannot have all it needs has what can be
    found."""
    height, safe = page
    moving = [i for i in range(len(boxes)) if not _whole(boxes[i], height)]
    pos = {i: [boxes[i][1], boxes[i][1] + boxes[i][3]] for i in moving}
    given: dict[int, float] = {}  # what the frames before took: it is theirs
    crossed = {
        i for i in need for k in moving if k not in bands and _cross(boxes[i], boxes[k], i, k)
    }
    for j in sorted(set(need) - crossed, key=lambda i: boxes[i][1]):
        lack = boxes[j][3] + need[j] - (pos[j][1] - pos[j][0])
        bounds = _bounds(boxes, moving, bands, given, spare)
        given[j] = need[j]
        page_of = (boxes, bands, kept, height, safe, circle, rims)
        fits = partial(_pushed, pos, bounds, page_of, j)
        down = _most(partial(_works, fits, 0.0), lack)
        up = _most(partial(_works, fits, down, up=True), lack - down)
        pos = fits(down, up) or pos
    return [
        (x, pos[i][0], w, pos[i][1] - pos[i][0]) if i in pos else (x, y, w, h)
        for i, (x, y, w, h) in enumerate(boxes)
    ]


def _cross(a: Box, b: Box, i: int, k: int) -> bool:
    """Whether frames `i` and `k` overlap (a QR code grown over a text beside it): a text
    that grows there would cover more of the other."""
    return (
        i != k
        and a[0] < b[0] + b[2] - _EPS
        and b[0] < a[0] + a[2] - _EPS
        and a[1] < b[1] + b[3] - _EPS
        and b[1] < a[1] + a[3] - _EPS
    )


def _whole(box: Box, height: float) -> bool:
    """A frame that spans the page's height (a ground): it stays."""
    return box[1] < _EPS and box[1] + box[3] > height - _EPS


def _bounds(
    boxes: list[Box],
    moving: list[int],
    bands: set[int],
    need: dict[int, float],
    spare: dict[int, float],
) -> list[Bound]:
    """What keeps the moving frames in order: each frame's least height (a text's less what it
    leaves empty, more what it needs; a band's as placed), a band's edges the design's
    distance from what it holds, and the frame under another across from it at least
    GAP_KEPT of the space between them below it (one beside it no nearer)."""
    out: list[Bound] = []
    for i in moving:
        out.append((i, 0, i, 1, boxes[i][3] - spare.get(i, 0.0) + need.get(i, 0.0)))

    def across(i: int, k: int) -> bool:
        (xi, _, wi, _), (xk, _, wk, _) = boxes[i], boxes[k]
        return i != k and xi < xk + wk - _EPS and xk < xi + wi - _EPS

    def above(i: int, k: int) -> bool:
        return across(i, k) and boxes[i][1] + boxes[i][3] <= boxes[k][1] + _EPS

    for i in moving:
        held = [k for k in moving if k not in bands and across(i, k) and _holds(boxes[i], boxes[k])]
        for k in held if i in bands else ():  # the band's edges keep to what is nearest them
            y, h, yk, hk = boxes[i][1], boxes[i][3], boxes[k][1], boxes[k][3]
            if not any(above(m, k) for m in held):
                out.append((i, 0, k, 0, yk - y))
            if not any(above(k, m) for m in held):
                out.append((k, 1, i, 1, y + h - yk - hk))
        for k in moving:  # the one that starts higher: one beside it overlaps it no more
            if (
                across(i, k)
                and (boxes[i][1], i) < (boxes[k][1], k)
                and not (i in bands and k in held)
            ):
                gap = boxes[k][1] - boxes[i][1] - boxes[i][3]
                out.append((i, 1, k, 0, gap * GAP_KEPT if gap > 0 else gap))
    return out


def _holds(band: Box, box: Box) -> bool:
    """Whether `box` lies within `band`'s height."""
    return band[1] - _EPS <= box[1] and box[1] + box[3] <= band[1] + band[3] + _EPS


def _pushed(
    pos: dict[int, list[float]],
    bounds: list[Bound],
    page: tuple[list[Box], set[int], frozenset[int], float, float, Circle | None, tuple[Rim, ...]],
    j: int,
    down: float,
    up: float,
) -> dict[int, list[float]] | None:
    """The frames' tops and bottoms with frame `j`'s bottom `down` mm lower and its top `up`
    mm higher, what it pushes moved (or shrunk by what it leaves empty); None when that
    moves an edge on the trim, a frame the size gives of its own (but `j`, which grows) or a
    frame past the safe margin it kept, or a corner of a frame further out of a badge's live
    circle or a rim's free radius (`_out_of`)."""
    boxes, bands, kept, height, safe, circle, rims = page
    out = {i: list(e) for i, e in pos.items()}
    for edge, by in ((1, down), (0, -up)):  # down first: what is under it moves on
        out[j][edge] += by
        for _ in range(len(bounds) + 1):
            moved = False
            for a, ea, b, eb, gap in bounds:
                if out[b][eb] < out[a][ea] + gap - 1e-6:
                    if edge:
                        out[b][eb] = out[a][ea] + gap
                    else:
                        out[a][ea] = out[b][eb] - gap
                    moved = True
            if not moved:
                break
    for i, (top, bottom) in out.items():
        y, h = boxes[i][1], boxes[i][3]
        if i in kept and i != j and (abs(top - y) > 1e-6 or abs(bottom - y - h) > 1e-6):
            return None
        if i in bands:
            if (y < _EPS and abs(top - y) > 1e-6) or (
                y + h > height - _EPS and abs(bottom - y - h) > 1e-6
            ):
                return None
        elif top < min(y, safe) - 1e-6 or bottom > max(y + h, height - safe) + 1e-6:
            return None
        elif circle is not None and (top, bottom) != (y, y + h):
            x, w = boxes[i][0], boxes[i][2]
            was = max(_out_of((x, y, w, h), circle, rims), 0.0)
            if _out_of((x, top, w, bottom - top), circle, rims) > was + 1e-6:
                return None
    return out


def _out_of(box: Box, circle: Circle, rims: tuple[Rim, ...]) -> float:
    """How far the box's furthest corner lies out of the circle (mm; negative: inside it),
    or out of the radius a rim text leaves free on its side of the centre, where that is
    less: what a badge's frame that moves may not make more of."""
    x, y, w, h = box
    cx, cy, r = circle
    out = -math.inf
    for px in (x, x + w):
        for py in (y, y + h):
            limit = min([r, *(free for free, side in rims if (py - cy) * side > 0)])
            out = max(out, math.hypot(px - cx, py - cy) - limit)
    return out


def reach(box: Box, circle: Circle) -> float:
    """How far from the circle's centre the box's furthest corner lies (mm)."""
    x, y, w, h = box
    cx, cy, _ = circle
    return max(math.hypot(px - cx, py - cy) for px in (x, x + w) for py in (y, y + h))


def _works(
    fits: Callable[[float, float], dict[int, list[float]] | None],
    other: float,
    by: float,
    up: bool = False,
) -> bool:
    """Whether the frame can grow `by` mm down (`up`: up, having grown `other` mm down)."""
    return fits(other, by) is not None if up else fits(by, other) is not None


def _most(works: Callable[[float], bool], most: float) -> float:
    """The largest amount up to `most` (mm, to 0.001) for which `works`."""
    if most <= 0 or works(most):
        return max(most, 0.0)
    lo, hi = 0.0, most
    while hi - lo > _EPS:
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if works(mid) else (lo, mid)
    return lo


def make_width(
    boxes: list[Box],
    inks: list[tuple[float, float] | None],
    need: dict[int, tuple[float, float]],
    page: tuple[float, float],
    kept: frozenset[int] = frozenset(),
    circle: Circle | None = None,
) -> list[Box]:
    """The `boxes` of a page of a `page` (width, safe margin, mm) size with each text of
    `need` (by index: the mm its widest word lacks, the mm it keeps from what is beside it)
    that much wider (see the module's rules): `inks` is what each frame prints across (x0,
    x1), None for what content sits on (a shape). It grows about its centre, then to the
    side with room, up to the safe margin and to the print of each frame in its row, which
    gives it the width its own print leaves empty (its frame ends where the text's begins);
    a frame the size gives of its own (`kept`) stays, and is passed by no text; on a badge,
    its corners stay in the live `circle` (as make_room's). Across the page as drawn (a
    right-to-left page mirrored): the caller mirrors back."""
    width, safe = page
    out = list(boxes)
    ink = list(inks)
    for j in sorted(set(need) - kept, key=lambda i: (boxes[i][1], boxes[i][0])):
        lack, gap = need[j]
        x, y, w, h = out[j]
        lo, hi = min(x, safe), max(x + w, width - safe)
        if circle is not None:  # the chord at its edge furthest from the centre
            cx, cy, r = circle
            far = max(abs(y - cy), abs(y + h - cy))
            half = math.sqrt(max(r * r - far * far, 0.0))
            lo, hi = max(lo, min(x, cx - half)), min(hi, max(x + w, cx + half))
        row = [k for k in _row_of(out, ink, j) if k != j]
        for k in row:
            span = ink[k]
            assert span is not None  # shapes are in no row
            a, b = (out[k][0], out[k][0] + out[k][2]) if k in kept else span
            if b <= x + w / 2:
                lo = max(lo, b + (0.0 if k in kept else gap))
            elif a >= x + w / 2:
                hi = min(hi, a - (0.0 if k in kept else gap))
            else:  # over its middle: it has no side to grow to
                lo, hi = x, x + w
        left = min(lack / 2, max(x - lo, 0.0))
        right = min(lack - left, max(hi - x - w, 0.0))
        left = min(lack - right, max(x - lo, 0.0))
        out[j] = (x - left, y, w + left + right, h)
        ink[j] = (x - left, x + w + right)  # its lines may take all of it now
        for k in row:  # a frame beside it ends where it begins (its print is short of that)
            kx, ky, kw, kh = out[k]
            if k in kept or ink[k] is None:
                continue
            if left and kx < x - left < kx + kw <= x + _EPS:
                out[k] = (kx, ky, x - left - kx, kh)
            elif right and x + w - _EPS <= kx < x + w + right < kx + kw:
                out[k] = (x + w + right, ky, kx + kw - x - w - right, kh)
    return out


def _row_of(boxes: list[Box], inks: list[tuple[float, float] | None], j: int) -> list[int]:
    """The frames beside frame `j` (their heights overlap), but for shapes (`inks` None)."""
    y, h = boxes[j][1], boxes[j][3]
    return [
        k
        for k, (_, ky, _, kh) in enumerate(boxes)
        if inks[k] is not None and ky < y + h - _EPS and y < ky + kh - _EPS
    ]


__all__ = [
    "GAP_ACROSS",
    "GAP_KEPT",
    "QR_MIN_MM",
    "Circle",
    "Rim",
    "centred",
    "growth",
    "label_of",
    "make_room",
    "make_width",
    "next_to",
    "qr_stack",
    "reach",
    "type_ratio",
]
