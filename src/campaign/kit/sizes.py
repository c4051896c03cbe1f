"""A layout's `sizes:`: one design made in several sizes. Each size becomes its own Layout,
`<family>-<size>`, scaled from the design:

- every frame scales by s = min(W'/W, H'/H) (a badge: the ratio of the faces; a size's
  `keep_clear:` bands are taken off W' and H' first), and the frames of each page are
  placed together by kit/place.py's rules (a ground spans the new trim, groups keep to the
  edges they touch, spread along a side with room to spare, else centred);
- style sizes and min_sizes scale by s, but a min_size at or above the type floor does not go
  below it; outline widths and corner radii scale by s;
- fold lines (`folds:`) keep their share of the trim along their side, unless the size
  gives its own;
- bleed, safe margin and marks (the slug) do not scale; nor do the images' resolution floors
  (`min_ppi:`, `good_ppi:`: the size's own, else the design's);
- a QR code is never smaller than QR_MIN_MM, its label placed with it, and a text whose
  type is held at the type floor takes more room (kit/fit.py);
- a size's `slots:` gives frames that do not scale at all, or leaves a slot out (`drop`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..kinds import KINDS, SafeCircle
from ..model import (
    ArcTextSlot,
    BadgeProfile,
    Frame,
    HeartsSlot,
    KeepClear,
    Layout,
    PageSpec,
    QrSlot,
    ShapeSlot,
    SizeSpec,
    Slot,
    TextSlot,
    TextStyle,
)
from ..model.layout import AT_TRIM_MM
from .fit import QR_MIN_MM, Circle, Rim, growth, label_of, make_room, qr_stack, reach
from .place import SPARE_SHARE, Clear, frame_like, groups, place_frames


def expand_sizes(layout: Layout) -> list[Layout]:
    """The layouts made from `layout`'s sizes, in the order they are declared."""
    family = layout.family or layout.id
    return [_sized(layout, family, size) for size in layout.sizes.values()]


def resized(design: Layout, name: str, trim: tuple[float, float]) -> Layout:
    """The layout of `design`'s size `name` made at another `trim`, as if its entry said
    that trim (everything else of it kept): what a size's overflow hint tries before it
    names a trim (pipeline.compose.holding_trim)."""
    size = design.sizes[name]
    return _sized(design, design.family or design.id, replace(size, trim=trim))


def scale_of(layout: Layout, size: SizeSpec) -> float:
    """The uniform factor from the design to `size`: s = min(W'/W, H'/H); for a badge, the
    ratio of the two presses' faces (the design is drawn for its face: presses differ in how
    much paper they wrap, and the art that covers the cut circle spans the trim anyway). W'
    and H' are what the size's `keep_clear:` bands leave."""
    return scale_from(layout.trim, layout.badge, size)


def scale_from(trim: tuple[float, float], badge: BadgeProfile | None, size: SizeSpec) -> float:
    """`scale_of` for a design of `trim` (mm) and `badge` (its press, None if not pressed),
    before it is a Layout (the kit's checks of a layout being read)."""
    if size.badge is not None and badge is not None:
        return size.badge.face / badge.face
    (w, h), (w2, h2) = trim, size.trim
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
        min_ppi=size.min_ppi if size.min_ppi is not None else layout.min_ppi,
        good_ppi=size.good_ppi if size.good_ppi is not None else layout.good_ppi,
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
        folds=layout.folds.on_size(layout.trim, size.trim, size.folds),
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
                frames[k] = frame_like(frames[k], *box, size.trim)
    if (kind := KINDS.get(layout.kind)) is not None and kind.shape == "rect":
        own = {
            i: size.slots[sl.name].frame.resolve(*size.trim)  # type: ignore[union-attr]
            for i, sl in enumerate(slots)
            if sl.name in fixed
        }
        margins = _margins(safe, size.keep_clear or layout.keep_clear)
        was = _margins(layout.safe, layout.keep_clear)
        for i, box in _kept_out(slots, layout.trim, size.trim, boxes, own, (margins, was)):
            boxes[i] = box
            frames[i] = frame_like(frames[i], *box, size.trim)
    return tuple(
        _slot(sl, frame, size, s, styles)
        for sl, frame in zip(slots, frames, strict=True)
        if sl.name not in dropped
    )


def _margins(safe: float, bands: KeepClear | None) -> dict[str, float]:
    """The mm kept clear along each edge: the safe margin and any `keep_clear:` band beyond
    it."""
    k = bands or KeepClear()
    return {"start": safe + k.start, "top": safe + k.top, "end": safe + k.end,
            "bottom": safe + k.bottom}  # fmt: skip


def _kept_out(
    slots: tuple[Slot, ...],
    design: tuple[float, float],
    trim: tuple[float, float],
    boxes: list[tuple[float, float, float, float]],
    own: dict[int, tuple[float, float, float, float]],
    margins: tuple[dict[str, float], dict[str, float]],
) -> list[tuple[int, tuple[float, float, float, float]]]:
    """The text frames placed on a size (`boxes`, x, y, w, h in mm on `trim`; `own`: the
    frames the size gives of its own, by index, where the slots' are replaced) that come
    into its safe margin (and `keep_clear:` bands: `margins`, the size's then the
    design's, mm by edge) on an edge where the design's frame of them keeps out of its own
    and the slot does not bleed, each with the box that keeps it out: moved whole where that
    makes it overlap no frame it did not (shapes aside: a band holds its texts), else cut
    back to the margin's line where that keeps at least half of it. kit/place.py places a
    page's frames in groups; a group that holds a frame of the size's own stays where it is
    scaled to, and flyer-a6's hashtags, beside the QR label's own frame, came 0.48 mm into
    its 4 mm margin (they are cut back to 3.4 mm of their 3.9: a line of their 6 pt is 2.5
    mm). One that cannot be kept out is told by `into_margin`."""
    size_margin, design_margin = margins
    solid = [
        own.get(j, box)
        for j, (sl, box) in enumerate(zip(slots, boxes, strict=True))
        if not isinstance(sl, ShapeSlot)
    ]
    out = []
    for i, slot in enumerate(slots):
        if not isinstance(slot, TextSlot) or i in own:
            continue
        box = boxes[i]
        inside, _, into = _in_margin(slot, (box, trim), (design, design_margin), size_margin)
        into = {e: mm for e, mm in into.items() if inside[e] >= -PAST_TRIM_MM}  # past: past_trim's
        if not into:
            continue
        keep = {e: size_margin[e] if e in into else None for e in inside}
        x, w = _kept_in(box[0], box[2], trim[0], (keep["start"], keep["end"]), True)
        y, h = _kept_in(box[1], box[3], trim[1], (keep["top"], keep["bottom"]), True)
        moved = (x, y, w, h)
        clear = all(
            size_margin[e] - mm <= PAST_TRIM_MM
            for e, mm in ((e, -v) for e, v in _past(moved, trim).items())
            if e in into
        )
        before = {k for k, other in enumerate(solid) if other is not box and _meet(box, other)}
        if clear and all(_meet(moved, other) <= (k in before) for k, other in enumerate(solid)
                         if other is not box):  # fmt: skip
            out.append((i, moved))
            continue
        x, w = _kept_in(box[0], box[2], trim[0], (keep["start"], keep["end"]), False)
        y, h = _kept_in(box[1], box[3], trim[1], (keep["top"], keep["bottom"]), False)
        if w >= box[2] / 2 and h >= box[3] / 2 and (x, y, w, h) != moved:
            out.append((i, (x, y, w, h)))
    return out


def _in_margin(
    slot: Slot,
    placed: tuple[tuple[float, float, float, float], tuple[float, float]],
    design: tuple[tuple[float, float], dict[str, float]],
    margin: dict[str, float],
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """For a design's `slot` placed on a size (`placed`: its box, x, y, w, h in mm, and the
    size's trim), kept clear by `margin` (mm by edge: _margins), of the design (its trim and
    margins):
    how far the box keeps inside each edge of the trim (mm, below 0: past it), how far the
    design's frame keeps inside its own, and the edges where the box comes more than
    PAST_TRIM_MM into the margin, the design's frame keeps out of its own and the slot does
    not bleed, with how far (mm)."""
    box, trim = placed
    (design_trim, design_margin) = design
    inside = {e: -mm for e, mm in _past(box, trim).items()}
    kept = {e: -mm for e, mm in _past(slot.frame.resolve(*design_trim), design_trim).items()}
    into = {
        e: margin[e] - mm
        for e, mm in inside.items()
        if margin[e] - mm > PAST_TRIM_MM
        and kept[e] >= design_margin[e] - PAST_TRIM_MM
        and e not in slot.bleed
    }
    return inside, kept, into


def _meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two boxes (x, y, w, h, mm) overlap by more than PAST_TRIM_MM both ways."""
    return (
        min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > PAST_TRIM_MM
        and min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]) > PAST_TRIM_MM
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
    rims: tuple[Rim, ...] = (),
) -> Layout:
    """`layout` (a size of a design) with the frames of its page `page` moved so that each
    text of `need` (by slot name) is that many mm taller, from what the texts of `spare`
    leave empty and the space between the frames `drawn` (kit/fit.py, make_room): the
    frames of one language, where a text held at the type floor does not fit. On a badge,
    what moves keeps its corners in the live circle; a circle (a badge's ring) is no band
    that grows to hold what lies in it (it would draw an ellipse): it stays, and so does a
    rim text (a text on an arc), whose frame is the square around its circle: what moves
    keeps its corners, on the rim's side of the centre, within the radius its glyphs leave
    free (`rims`: that radius, mm, and the side, kit.fit.Rim), where it is less than the
    live circle's."""
    trim = layout.trim
    circle = live_circle(layout)
    specs = []
    for spec in layout.pages:
        if spec.name != page:
            specs.append(spec)
            continue
        moving = [sl for sl in spec.slots if _moves(sl, drawn)]
        index = {sl.name: i for i, sl in enumerate(moving)}
        boxes = make_room(
            [sl.frame.resolve(*trim) for sl in moving],
            {i for i, sl in enumerate(moving) if isinstance(sl, ShapeSlot)},
            {index[n]: mm for n, mm in need.items() if n in index},
            {index[n]: mm for n, mm in spare.items() if n in index},
            (trim[1], layout.safe),
            frozenset(i for i, sl in enumerate(moving) if sl.name in layout.own_frames),
            circle,
            rims,
        )
        placed = {
            sl.name: frame_like(sl.frame, *box, trim) for sl, box in zip(moving, boxes, strict=True)
        }
        slots = tuple(replace(sl, frame=placed.get(sl.name, sl.frame)) for sl in spec.slots)
        specs.append(PageSpec(spec.name, slots))
    return replace(layout, pages=tuple(specs))


def _moves(slot: Slot, drawn: set[str]) -> bool:
    """Whether make_room places `slot`: a shape but a circle, and what is drawn but a rim
    text."""
    if isinstance(slot, ShapeSlot):
        return slot.shape != "circle"
    return slot.name in drawn and not isinstance(slot, ArcTextSlot)


def live_circle(layout: Layout) -> Circle | None:
    """A badge's live circle on its trim (centre x, y, radius, mm), where its text must stay
    (kinds.MaterialKind.safe_area); None for other materials."""
    kind = KINDS.get(layout.kind)
    area = kind.safe_area(layout) if kind else None
    if not isinstance(area, SafeCircle):
        return None
    return layout.trim[0] / 2, layout.trim[1] / 2, area.diameter_mm / 2


def with_width(layout: Layout, page: str, across: dict[str, tuple[float, float]]) -> Layout:
    """`layout` (a size of a design) with the frames of its page `page` named in `across`
    given that x and width (mm, from the trim's start edge), their heights kept: a text given
    the width its widest word lacks in one language and those beside it that end where it
    begins (kit/fit.py, make_width); a QR code whose label is widened moves across under the
    label's centre (`_under_labels`)."""
    trim = layout.trim
    specs = []
    for spec in layout.pages:
        slots = spec.slots
        if spec.name == page:
            slots = tuple(_across(sl, across.get(sl.name), trim) for sl in spec.slots)
            slots = _under_labels(slots, set(across), layout)
        specs.append(PageSpec(spec.name, slots))
    return replace(layout, pages=tuple(specs))


def _under_labels(slots: tuple[Slot, ...], widened: set[str], layout: Layout) -> tuple[Slot, ...]:
    """A page's `slots` with each QR code whose label was `widened` moved across under the
    label's centre, where that keeps it in the safe area (on a badge, its corners no further
    out of the live circle) and off the frames beside it but shapes (kit/fit.py, `centred`);
    else it stays, and so does its label."""
    trim, own = layout.trim, set(layout.own_frames)
    circle = live_circle(layout)
    boxes = [sl.frame.resolve(*trim) for sl in slots]
    out = list(slots)
    for i, qr in enumerate(slots):
        found = label_of(i, slots, trim, own) if isinstance(qr, QrSlot) else None
        if found is None or qr.name in own or slots[found[0]].name not in widened:
            continue
        lx, _, lw, _ = boxes[found[0]]
        x, y, w, h = boxes[i]
        beside = [
            (bx, bx + bw)
            for k, (bx, by, bw, bh) in enumerate(boxes)
            if k not in (i, found[0])
            and not isinstance(slots[k], ShapeSlot)
            and by < y + h
            and y < by + bh
        ]
        x2 = lx + lw / 2 - w / 2
        lo = max([layout.safe, *(b for _, b in beside if b <= x + w / 2)])
        hi = min([trim[0] - layout.safe, *(a for a, _ in beside if a >= x + w / 2)])
        if not lo - 0.001 <= x2 <= x2 + w <= hi + 0.001:
            continue
        if circle is not None and reach((x2, y, w, h), circle) > max(
            reach((x, y, w, h), circle), circle[2]
        ):
            continue
        out[i] = replace(qr, frame=frame_like(qr.frame, x2, y, w, h, trim))
    return tuple(out)


def _across(slot: Slot, given: tuple[float, float] | None, trim: tuple[float, float]) -> Slot:
    if given is None:
        return slot
    _, y, _, h = slot.frame.resolve(*trim)
    return replace(slot, frame=frame_like(slot.frame, given[0], y, given[1], h, trim))


# mm: a placed frame further past a trim edge than this runs past it (the messages' 0.1 mm)
PAST_TRIM_MM = 0.05


@dataclass(frozen=True)
class PastTrim:
    """A slot a size places past its trim: `edges`, (edge, mm past the size's trim, mm the
    design's frame keeps inside its trim there) for each edge it runs past, and `fix`, the
    frame that keeps it inside (past_trim), in the keys the design writes it with."""

    slot: Slot
    edges: tuple[tuple[str, float, float], ...]
    fix: Frame


def past_trim(design: Layout, sized: Layout) -> list[PastTrim]:
    """The slots of `sized` (a size of `design`: expand_sizes) whose frames, placed from the
    design's (kit/place.py, kit/fit.py), run past the size's trim on an edge where the
    design's frame of them stays inside its trim (within AT_TRIM_MM of it counts as on it)
    and the slot does not bleed: a group of frames moved off an edge together (a band's
    texts kept at the design's distance from it, up to the safe margin) pushed the panel
    at its other end 1.2 mm past a 50 mm card's foot, with no word from `check`. A frame
    the size gives of its own is the kit's checks' (kit/layouts/trim.py).

    Each with its fix: the frame ended as far inside that edge as the design's is, up to
    the size's safe margin, its other edge kept (moved whole, its size kept, for a QR code
    or where that would take more than half of it)."""
    written = {sl.name: sl for sl in design.slots}
    out = []
    for slot in sized.slots:
        if slot.name in sized.own_frames or slot.name not in written:
            continue
        box = slot.frame.resolve(*sized.trim)
        was = _past(written[slot.name].frame.resolve(*design.trim), design.trim)
        edges = {
            edge: mm
            for edge, mm in _past(box, sized.trim).items()
            if mm > PAST_TRIM_MM and was[edge] <= AT_TRIM_MM and edge not in slot.bleed
        }
        if not edges:
            continue
        keep = {e: min(sized.safe, max(-was[e], 0.0)) if e in edges else None for e in was}
        whole = isinstance(slot, QrSlot)
        x, w = _kept_in(box[0], box[2], sized.trim[0], (keep["start"], keep["end"]), whole)
        y, h = _kept_in(box[1], box[3], sized.trim[1], (keep["top"], keep["bottom"]), whole)
        fix = frame_like(slot.frame, x, y, w, h, sized.trim)
        told = tuple((e, mm, max(-was[e], 0.0)) for e, mm in edges.items())
        out.append(PastTrim(slot, told, fix))
    return out


def into_margin(design: Layout, sized: Layout) -> list[PastTrim]:
    """The text slots of `sized` (a size of a print `design` with a rectangular trim:
    expand_sizes) whose frames, placed from the design's (kit/place.py), come more than
    PAST_TRIM_MM into the size's safe margin (`safe:`, and a `keep_clear:` band beyond it)
    on an edge where the design's frame keeps out of its own, and the slot does not bleed:
    a text that fits the frame may be set there, and is then a `layout.safe-area` error in
    that language alone. flyer-a6's hashtags, scaled from the A5 design with the QR code's
    own frame beside them, came 0.48 mm into its 4 mm margin with no word from `check`
    (no language's text reached it; `_kept_out` now cuts their frame back). A frame the size
    gives of its own is the kit's checks' (kit/layouts/trim.py); a slot past the trim is
    past_trim's.

    Each as a PastTrim whose `edges` give (edge, mm into the margin, mm the design's frame
    keeps from that edge), with its fix: the frame moved whole to the margin's line, its
    size kept, or cut back to the margin along a side it crosses at both ends. kit/place.py
    and `_kept_out` keep text frames out of the margin where they can; this tells where
    they cannot."""
    kind = KINDS.get(sized.kind)
    if kind is None or kind.shape != "rect":
        return []
    written = {sl.name: sl for sl in design.slots}
    margin = _margins(sized.safe, sized.keep_clear)
    was_margin = _margins(design.safe, design.keep_clear)
    out = []
    for slot in sized.slots:
        if not isinstance(slot, TextSlot) or slot.name in sized.own_frames:
            continue
        if slot.name not in written:
            continue
        box = slot.frame.resolve(*sized.trim)
        inside, was, edges = _in_margin(
            written[slot.name], (box, sized.trim), (design.trim, was_margin), margin
        )
        if any(mm < -PAST_TRIM_MM for mm in inside.values()):
            continue  # past the trim: past_trim's
        if not edges:
            continue
        keep = {e: margin[e] if e in edges else None for e in inside}
        across = {"start", "end"} <= set(edges)  # both: cut back, else moved whole
        x, w = _kept_in(box[0], box[2], sized.trim[0], (keep["start"], keep["end"]), not across)
        down = {"top", "bottom"} <= set(edges)
        y, h = _kept_in(box[1], box[3], sized.trim[1], (keep["top"], keep["bottom"]), not down)
        fix = frame_like(slot.frame, x, y, w, h, sized.trim)
        out.append(PastTrim(slot, tuple((e, mm, was[e]) for e, mm in edges.items()), fix))
    return out


def _past(box: tuple[float, float, float, float], trim: tuple[float, float]) -> dict[str, float]:
    """How far a box (x, y, width, height, mm) runs past each edge of `trim` (mm; below 0:
    short of it), by the layout's edge names."""
    x, y, w, h = box
    return {"start": -x, "top": -y, "end": x + w - trim[0], "bottom": y + h - trim[1]}


def _kept_in(
    a: float, n: float, total: float, keep: tuple[float | None, float | None], whole: bool
) -> tuple[float, float]:
    """(position, length) of a span (a, n) along a `total` mm side ended `keep` mm inside
    the ends it runs past (None: an end it does not): cut back, its other end kept, or
    moved whole (`whole`, or where cutting would take more than half of it); within the
    side at least."""
    lo, hi = keep
    start = a if lo is None else max(a, lo)
    end = a + n if hi is None else min(a + n, total - hi)
    if not whole and end - start >= n / 2:
        return start, end - start
    if hi is not None:
        a = total - hi - n
    if lo is not None:
        a = max(a, lo)
    n = min(n, total - max(a, 0.0))
    return max(a, 0.0), n


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


__all__ = [
    "PAST_TRIM_MM",
    "QR_MIN_MM",
    "PastTrim",
    "SPARE_SHARE",
    "clear_of",
    "expand_sizes",
    "groups",
    "live_circle",
    "into_margin",
    "past_trim",
    "place_frames",
    "resized",
    "scale_frame",
    "scale_from",
    "scale_of",
    "with_room",
    "with_width",
]
