"""A layout's `sizes:`: one design made in several sizes. Each size becomes its own Layout,
`<family>-<size>`, scaled from the design:

- every frame scales by s = min(W'/W, H'/H) (a badge: the ratio of the faces; a size's
  `keep_clear:` bands are taken off W' and H' first) about the trim's top-left corner;
- a frame that touches both edges of a side (a full-bleed ground) spans the new trim along it;
- the other frames of a page are placed in groups along each side (groups(): frames that
  overlap or nearly touch, such as a band and the texts on it, a heading and its text): a
  group that touches an edge (a band at the top, at the foot) stays on it, with everything on
  it (which keeps the design's distance from the edge up to the safe margin, the band
  growing with it); on a side with more than SPARE_SHARE of it to spare (a DL flyer of an
  A5 design, a roll-up banner of an A3 poster) the first group keeps to the top (start), the
  last to the bottom (end) and those between spread evenly, after what grows (kit/fit.py)
  takes its room; on one with less (A4 to Letter), the groups that touch no edge are
  centred as one composition, each kept out of the safe margin where the design's was
  (unless it holds a frame of the size's own, placed against it where it is);
- a frame on an edge a size keeps clear (`keep_clear:`) still reaches the trim there; the
  rest keep out of the band;
- style sizes and min_sizes scale by s, but a min_size at or above the type floor does not go
  below it; outline widths and corner radii scale by s;
- bleed, safe margin and marks (the slug) do not scale;
- a QR code is never smaller than QR_MIN_MM, its label placed with it, and a text whose
  type is held at the type floor takes more room (kit/fit.py);
- a size's `slots:` gives frames that do not scale at all, or leaves a slot out (`drop`).
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..kinds import KINDS
from ..model import (
    Frame,
    HeartsSlot,
    Layout,
    PageSpec,
    QrSlot,
    ShapeSlot,
    SizeSpec,
    Slot,
    TextStyle,
)
from ..model.layout import AT_TRIM_MM
from .fit import QR_MIN_MM, growth, make_room, qr_stack

# mm: a frame this close to a trim edge touches it, and keeps to that edge in every size:
# the distance `bleed:` and the bleed checks take for reaching the trim (a frame 0.3 mm short
# of an edge reached it in the design and was placed mm away from it in a size: a review)
_EPS = AT_TRIM_MM
# The project's choice: a side of a size with more than this share of it to spare, once the
# design is scaled to fit the other side, spreads the design's groups along it rather than
# centring them. The kit's own sizes leave at most 9 % (poster-letter, flyer-letter) and stay
# centred; a DL flyer of the A5 one leaves 33 %, and its back's texts left the bands they were
# printed on, the bands keeping to the edges (a designer's trial).
SPARE_SHARE = 0.2
# mm of the design: frames closer than this along a side move together (a heading 0.5 mm
# above its text; the flyer's sections are 2.5 to 3 mm apart)
GROUP_GAP_MM = 1.0
# mm kept clear at the start, top, end and bottom edges
Clear = tuple[float, float, float, float]


def expand_sizes(layout: Layout) -> list[Layout]:
    """The layouts made from `layout`'s sizes, in the order they are declared."""
    family = layout.family or layout.id
    return [_sized(layout, family, size) for size in layout.sizes.values()]


def scale_of(layout: Layout, size: SizeSpec) -> float:
    """The uniform factor from the design to `size`: s = min(W'/W, H'/H); for a badge, the
    ratio of the two presses' faces (the design is drawn for its face: presses differ in how
    much paper they wrap, and the art that covers the cut circle spans the trim anyway). W'
    and H' are what the size's `keep_clear:` bands leave."""
    if size.badge is not None and layout.badge is not None:
        return size.badge.face / layout.badge.face
    (w, h), (w2, h2) = layout.trim, size.trim
    start, top, end, bottom = clear_of(size)
    return min((w2 - start - end) / w, (h2 - top - bottom) / h)


def _sized(layout: Layout, family: str, size: SizeSpec) -> Layout:
    s = scale_of(layout, size)
    kind = KINDS.get(layout.kind)
    floor = size.min_type_pt or layout.min_type_pt or (kind.min_type_pt if kind else 0.0)
    styles = {n: _style(st, s, floor) for n, st in layout.styles.items()}
    dropped = {n for n, o in size.slots.items() if o.drop}
    pages = tuple(
        PageSpec(p.name, _page(p.slots, layout, size, s, styles, dropped))
        for p in layout.pages
        if size.pages is None or p.name in size.pages
    )
    return replace(
        layout,
        id=f"{family}-{size.name}",
        title=size.title or f"{layout.title}, {size.name}",
        trim=size.trim,
        safe=layout.safe if size.safe is None else size.safe,
        bleed=layout.bleed if size.bleed is None else size.bleed,
        min_type_pt=size.min_type_pt if size.min_type_pt is not None else layout.min_type_pt,
        styles=styles,
        pages=pages,
        family=family,
        sizes={},
        paper=size.paper,
        sized_from=layout.id,
        size_mark=size.mark,
        size_content=size.content,
        own_frames={
            name: o.mark for name, o in size.slots.items() if o.frame is not None and o.mark
        },
        badge=size.badge or layout.badge,
        press=size.press or layout.press,
        keep_clear=size.keep_clear or layout.keep_clear,
    )


def _style(style: TextStyle, s: float, floor: float) -> TextStyle:
    """Sizes scaled by s; a min_size that met the floor still does."""
    low = style.min_size * s
    if style.min_size >= floor > low:
        low = floor
    return replace(style, size=round(max(style.size * s, low), 2), min_size=round(low, 2))


def _page(
    slots: tuple[Slot, ...],
    layout: Layout,
    size: SizeSpec,
    s: float,
    styles: dict[str, TextStyle],
    dropped: set[str],
) -> tuple[Slot, ...]:
    """A page's slots on the size: its frames placed together (place_frames), each slot's
    own frame (`slots:`) kept as given."""
    fixed = {n for n, o in size.slots.items() if o.frame is not None}
    safe = layout.safe if size.safe is None else size.safe
    frames = place_frames(
        [sl.frame for sl in slots],
        layout.trim,
        size.trim,
        s,
        clear_of(size),
        spread=layout.badge is None,
        safe=safe,
        grow=growth(slots, layout.trim, s, styles, fixed),
        pinned=frozenset(i for i, sl in enumerate(slots) if sl.name in fixed),
    )
    boxes = [f.resolve(*size.trim) for f in frames]
    for i, qr in enumerate(slots):
        if isinstance(qr, QrSlot) and qr.name not in fixed:
            moved = qr_stack(i, slots, boxes, (layout.trim, size.trim), s, styles, fixed, safe)
            for k, box in moved.items():
                boxes[k] = box
                frames[k] = _like(frames[k], *box, size.trim)
    return tuple(
        _slot(sl, frame, size, s, styles)
        for sl, frame in zip(slots, frames, strict=True)
        if sl.name not in dropped
    )


def _slot(
    slot: Slot, placed: Frame, size: SizeSpec, s: float, styles: dict[str, TextStyle]
) -> Slot:
    override = size.slots.get(slot.name)
    fixed = override.frame if override else None
    frame = fixed or placed
    changes: dict[str, object] = {"frame": frame}
    style = getattr(slot, "style", None)
    if isinstance(style, TextStyle):
        changes["style"] = styles[style.name]
    if isinstance(slot, ShapeSlot):
        changes |= {"stroke_width": slot.stroke_width * s, "radius": slot.radius * s}
    if isinstance(slot, HeartsSlot):
        changes["outline_width"] = slot.outline_width * s
    return replace(slot, **changes)  # type: ignore[arg-type]


def with_room(
    layout: Layout,
    page: str,
    need: dict[str, float],
    spare: dict[str, float],
    drawn: set[str],
) -> Layout:
    """`layout` (a size of a design) with the frames of its page `page` moved so that each
    text of `need` (by slot name) is that many mm taller, from what the texts of `spare`
    leave empty and the space between the frames `drawn` (kit/fit.py, make_room): the
    frames of one language, where a text held at the type floor does not fit."""
    trim = layout.trim
    specs = []
    for spec in layout.pages:
        if spec.name != page:
            specs.append(spec)
            continue
        moving = [sl for sl in spec.slots if isinstance(sl, ShapeSlot) or sl.name in drawn]
        index = {sl.name: i for i, sl in enumerate(moving)}
        boxes = make_room(
            [sl.frame.resolve(*trim) for sl in moving],
            {i for i, sl in enumerate(moving) if isinstance(sl, ShapeSlot)},
            {index[n]: mm for n, mm in need.items() if n in index},
            {index[n]: mm for n, mm in spare.items() if n in index},
            (trim[1], layout.safe),
            frozenset(i for i, sl in enumerate(moving) if sl.name in layout.own_frames),
        )
        placed = {
            sl.name: _like(sl.frame, *box, trim) for sl, box in zip(moving, boxes, strict=True)
        }
        slots = tuple(replace(sl, frame=placed.get(sl.name, sl.frame)) for sl in spec.slots)
        specs.append(PageSpec(spec.name, slots))
    return replace(layout, pages=tuple(specs))


def clear_of(size: SizeSpec) -> Clear:
    """The bands a size keeps clear (`keep_clear:`), mm: start, top, end, bottom."""
    k = size.keep_clear
    return (k.start, k.top, k.end, k.bottom) if k is not None else (0.0, 0.0, 0.0, 0.0)


def scale_frame(
    frame: Frame, trim: tuple[float, float], new: tuple[float, float], s: float
) -> Frame:
    """`frame` of a `trim` design on the `new` trim, scaled by `s`, as the one frame of its
    page (see the module's rules); it keeps the keys it was given with (start/end,
    top/bottom), in millimetres to 0.001."""
    return place_frames([frame], trim, new, s)[0]


def place_frames(
    frames: list[Frame],
    trim: tuple[float, float],
    new: tuple[float, float],
    s: float,
    clear: Clear = (0.0, 0.0, 0.0, 0.0),
    spread: bool = True,
    safe: float = 0.0,
    grow: list[float] | None = None,
    pinned: frozenset[int] = frozenset(),
) -> list[Frame]:
    """The frames of one page of a `trim` design on the `new` trim, scaled by `s` and placed
    by the module's rules, in the room `clear` leaves (mm kept clear at start, top, end and
    bottom): each keeps the keys it was given with, in millimetres to 0.001. `spread`: a
    side with more than SPARE_SHARE to spare spreads its groups (False: a badge's, centred);
    the groups spread to its two ends keep the design's distance from them up to `safe` mm
    (scaled down, a flyer's foot came into the safe margin). `grow`: mm each frame's height
    would take beyond its scaled one (a text whose type is held at the type floor), taken
    from the room to spare where the height spreads its groups. `pinned`: the indexes of
    the frames a size gives of its own (a group with one stays centred as scaled)."""
    boxes = [f.resolve(*trim) for f in frames]
    start, top, end, bottom = clear
    room = (spread, safe)
    across = [(b[0], b[2]) for b in boxes]
    xs = _axis(across, trim[0], new[0], s, (start, end), room, pinned=pinned)
    ys = _axis(
        [(b[1], b[3]) for b in boxes],
        trim[1],
        new[1],
        s,
        (top, bottom),
        room,
        grow,
        across,
        pinned,
    )
    return [_like(f, x, y, w, h, new) for f, (x, w), (y, h) in zip(frames, xs, ys, strict=True)]


def groups(spans: list[tuple[float, float]], total: float) -> list[list[int]]:
    """The indexes of `spans` ((a, length) along one side of a `total` mm trim) that do not
    span the whole side, in groups that overlap or lie within GROUP_GAP_MM of each other,
    in order along the side: a band and what is on it, a heading and its text."""
    order = sorted(
        (i for i, (a, n) in enumerate(spans) if not _spans(a, n, total)),
        key=lambda i: spans[i][0],
    )
    found: list[list[int]] = []
    reach = -math.inf
    for i in order:
        a, n = spans[i]
        if a > reach + GROUP_GAP_MM or not found:
            found.append([])
        found[-1].append(i)
        reach = max(reach, a + n) if len(found[-1]) > 1 else a + n
    return found


def _spans(a: float, n: float, total: float) -> bool:
    return abs(a) < _EPS and abs(total - a - n) < _EPS


def _axis(
    spans: list[tuple[float, float]],
    total: float,
    new: float,
    s: float,
    clear: tuple[float, float],
    room: tuple[bool, float],
    grow: list[float] | None = None,
    across: list[tuple[float, float]] | None = None,
    pinned: frozenset[int] = frozenset(),
) -> list[tuple[float, float]]:
    """(position, length) of each span on the new side: see the module's rules. `grow`: mm
    each span would take beyond its scaled length (a text whose type is held at the floor),
    given where the side spreads its groups: what follows it in its group, across from it
    (`across`: the spans along the other side), moves on, what holds it grows, and the
    groups' spacing takes it up. `pinned`: the spans a size gives frames of its own."""
    lo, hi = clear
    slack = new - lo - hi - total * s
    found = groups(spans, total)
    spread, safe = room
    spreads = spread and len(found) > 1 and slack > SPARE_SHARE * (new - lo - hi)
    first, last = 0.0, slack
    if spreads:  # the ends' groups keep their distance from the edges, up to the safe margin
        near = min(spans[i][0] for i in found[0])
        far = total - max(sum(spans[i]) for i in found[-1])
        first = min(max(min(near, safe) - near * s, 0.0), slack / 2)
        last = slack - min(max(min(far, safe) - far * s, 0.0), slack / 2)
    flows = [_flow(spans, m, grow if spreads and grow else None, across) for m in found]
    taken = [max((d for _, d in f.values()), default=0.0) for f in flows]
    if sum(taken) > last - first > 0 and grow:  # all of them grow less, in the room there is
        k = (last - first) / sum(taken)
        flows = [_flow(spans, m, [g * k for g in grow], across) for m in found]
        taken = [max((d for _, d in f.values()), default=0.0) for f in flows]
    out = [(0.0, new)] * len(spans)  # what spans the side spans the new one
    for g, members in enumerate(found):
        starts = any(abs(spans[i][0]) < _EPS for i in members)
        ends = any(abs(total - sum(spans[i])) < _EPS for i in members)
        inward = 0.0  # a band's texts keep the design's distance from its edge, up to `safe`
        if starts:
            offset = 0.0
            inward = _inward([spans[i][0] for i in members if not _at_start(spans[i])], s, safe)
        elif ends:
            offset = slack - taken[g]
            away = [total - sum(spans[i]) for i in members if not _at_end(spans[i], total)]
            inward = -_inward(away, s, safe)
        elif spreads:
            between = (last - first - sum(taken)) * g / (len(found) - 1)
            offset = first + sum(taken[:g]) + between
        elif pinned.isdisjoint(members):  # centred, but what kept the safe margin keeps it
            offset = slack / 2 + _keep_safe(spans, members, (total, new - lo - hi), s, safe)
        else:  # a frame of the size's own was placed against the group where it is
            offset = slack / 2
        for i in members:
            a, n = spans[i]
            shift, moved = flows[g].get(i, (0.0, 0.0))
            x, w = lo + a * s + offset + shift, n * s + moved - shift
            if not (_at_start(spans[i]) or _at_end(spans[i], total)):
                x += inward
            elif inward > 0:  # the band on the edge grows with what moved in on it
                w += inward
            elif inward < 0:
                x, w = x + inward, w - inward
            if abs(a) < _EPS and lo:  # on the edge: it reaches the trim past the clear band
                x, w = 0.0, w + lo
            if abs(total - a - n) < _EPS and hi:
                w = new - x
            out[i] = (x, w)
    return out


def _flow(
    spans: list[tuple[float, float]],
    members: list[int],
    grow: list[float] | None,
    across: list[tuple[float, float]] | None,
) -> dict[int, tuple[float, float]]:
    """For each member of a group that moves, (how far its start moves, how far its end
    moves), mm, when its members take `grow` mm more than scaled: a member moves on by what
    the members before it and across from it (ending where it starts, or before) moved
    their ends, and one that holds others (along both sides) ends as far on as they do.
    Empty when nothing grows."""
    if grow is None or not any(grow[i] for i in members):
        return {}
    other = across or [(0.0, 1.0)] * len(spans)

    def facing(i: int, j: int) -> bool:
        (a, n), (b, m) = other[i], other[j]
        return a < b + m - _EPS and b < a + n - _EPS

    def holds(j: int, i: int) -> bool:
        (a, n), (b, m) = other[i], other[j]
        inside = spans[j][0] - _EPS <= spans[i][0] and sum(spans[i]) <= sum(spans[j]) + _EPS
        return inside and b - _EPS <= a and a + n <= b + m + _EPS

    moved: dict[int, tuple[float, float]] = {}
    for i in sorted(members, key=lambda k: (sum(spans[k]), -spans[k][0])):
        a = spans[i][0]
        before = [moved[j][1] for j in moved if sum(spans[j]) <= a + _EPS and facing(i, j)]
        shift = max(before, default=0.0)
        held = [moved[j][1] for j in moved if holds(i, j)]
        moved[i] = (shift, max([shift + grow[i], *held]))
    return moved


def _keep_safe(
    spans: list[tuple[float, float]],
    members: list[int],
    sides: tuple[float, float],
    s: float,
    safe: float,
) -> float:
    """How far a centred group moves away from the edge it comes nearer than the safe
    margin to (scaled down: a poster's hashtags 9 mm from the foot, 3.2 mm on an A6), when
    it kept the margin in the design; 0 when it needs not, or cannot keep both."""
    total, room = sides
    a = min(spans[i][0] for i in members)
    b = max(sum(spans[i]) for i in members)
    start, end = a * s + (room - total * s) / 2, b * s + (room - total * s) / 2
    if a >= safe and start < safe and end - start <= room - 2 * safe:
        return safe - start
    if total - b >= safe and end > room - safe and end - start <= room - 2 * safe:
        return room - safe - end
    return 0.0


def _at_start(span: tuple[float, float]) -> bool:
    return abs(span[0]) < _EPS


def _at_end(span: tuple[float, float], total: float) -> bool:
    return abs(total - sum(span)) < _EPS


def _inward(distances: list[float], s: float, safe: float) -> float:
    """How far the frames `distances` mm from an edge in the design move away from it, scaled
    by `s`, to keep the design's distance up to the safe margin (0 when they keep it)."""
    if not distances:
        return 0.0
    near = min(distances)
    return max(min(near, safe) - near * s, 0.0)


def _like(frame: Frame, x: float, y: float, w: float, h: float, trim: tuple[float, float]) -> Frame:
    """A frame for (x, y, w, h) given by the same keys as `frame`."""

    def r(v: float) -> float:
        return round(v, 3) + 0.0  # no -0.0

    def pick(given: bool, value: float) -> float | None:
        return r(value) if given else None

    return Frame(
        start=pick(frame.start is not None, x),
        end=pick(frame.end is not None, trim[0] - x - w),
        top=pick(frame.top is not None, y),
        bottom=pick(frame.bottom is not None, trim[1] - y - h),
        width=pick(frame.width is not None, w),
        height=pick(frame.height is not None, h),
        mark=frame.mark,
    )


__all__ = [
    "QR_MIN_MM",
    "SPARE_SHARE",
    "clear_of",
    "expand_sizes",
    "groups",
    "place_frames",
    "scale_frame",
    "scale_of",
    "with_room",
]
