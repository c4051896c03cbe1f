"""How the frames of one page of a design are placed on a size (kit/sizes.py scales them):

- every frame scales by s about the trim's top-left corner, and keeps the keys it was
  given with (start/end, top/bottom), in millimetres to 0.001 (`frame_like`);
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
  rest keep out of the band.
"""

from __future__ import annotations

import math

from ..model import Frame
from ..model.layout import AT_TRIM_MM

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
    return [
        frame_like(f, x, y, w, h, new) for f, (x, w), (y, h) in zip(frames, xs, ys, strict=True)
    ]


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


def frame_like(
    frame: Frame, x: float, y: float, w: float, h: float, trim: tuple[float, float]
) -> Frame:
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


__all__ = ["GROUP_GAP_MM", "SPARE_SHARE", "Clear", "frame_like", "groups", "place_frames"]
