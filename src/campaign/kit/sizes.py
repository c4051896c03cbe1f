"""A layout's `sizes:`: one design made in several sizes. Each size becomes its own Layout,
`<family>-<size>`, scaled from the design:

- every frame scales by s = min(W'/W, H'/H) (a badge: the ratio of the faces) about the
  trim's top-left corner, and the
  composition is then centred in the new trim along the axis with slack; a frame that touches
  both edges of an axis (a full-bleed ground, a band) spans the new trim along it, and one that
  touches one edge stays on it;
- style sizes and min_sizes scale by s, but a min_size at or above the type floor does not go
  below it; outline widths and corner radii scale by s;
- bleed, safe margin and marks (the slug) do not scale;
- a QR code is never smaller than QR_MIN_MM (grown about its centre);
- a size's `slots:` gives frames that do not scale at all, or leaves a slot out (`drop`).
"""

from __future__ import annotations

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

# The project's choice: the smallest printed QR code, so that a phone reads it at arm's length.
QR_MIN_MM = 20.0
# mm: a frame this close to a trim edge touches it, and keeps to that edge in every size:
# the distance `bleed:` and the bleed checks take for reaching the trim (a frame 0.3 mm short
# of an edge reached it in the design and was placed mm away from it in a size: a review)
_EPS = AT_TRIM_MM


def expand_sizes(layout: Layout) -> list[Layout]:
    """The layouts made from `layout`'s sizes, in the order they are declared."""
    family = layout.family or layout.id
    return [_sized(layout, family, size) for size in layout.sizes.values()]


def scale_of(layout: Layout, size: SizeSpec) -> float:
    """The uniform factor from the design to `size`: s = min(W'/W, H'/H); for a badge, the
    ratio of the two presses' faces (the design is drawn for its face: presses differ in how
    much paper they wrap, and the art that covers the cut circle spans the trim anyway)."""
    if size.badge is not None and layout.badge is not None:
        return size.badge.face / layout.badge.face
    (w, h), (w2, h2) = layout.trim, size.trim
    return min(w2 / w, h2 / h)


def _sized(layout: Layout, family: str, size: SizeSpec) -> Layout:
    s = scale_of(layout, size)
    kind = KINDS.get(layout.kind)
    floor = size.min_type_pt or layout.min_type_pt or (kind.min_type_pt if kind else 0.0)
    styles = {n: _style(st, s, floor) for n, st in layout.styles.items()}
    dropped = {n for n, o in size.slots.items() if o.drop}
    pages = tuple(
        PageSpec(
            p.name,
            tuple(_slot(sl, layout, size, s, styles) for sl in p.slots if sl.name not in dropped),
        )
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
    )


def _style(style: TextStyle, s: float, floor: float) -> TextStyle:
    """Sizes scaled by s; a min_size that met the floor still does."""
    low = style.min_size * s
    if style.min_size >= floor > low:
        low = floor
    return replace(style, size=round(max(style.size * s, low), 2), min_size=round(low, 2))


def _slot(
    slot: Slot, layout: Layout, size: SizeSpec, s: float, styles: dict[str, TextStyle]
) -> Slot:
    override = size.slots.get(slot.name)
    fixed = override.frame if override else None
    frame = fixed or scale_frame(slot.frame, layout.trim, size.trim, s)
    if isinstance(slot, QrSlot) and not fixed:
        frame = _at_least(frame, size.trim, QR_MIN_MM)
    changes: dict[str, object] = {"frame": frame}
    style = getattr(slot, "style", None)
    if isinstance(style, TextStyle):
        changes["style"] = styles[style.name]
    if isinstance(slot, ShapeSlot):
        changes |= {"stroke_width": slot.stroke_width * s, "radius": slot.radius * s}
    if isinstance(slot, HeartsSlot):
        changes["outline_width"] = slot.outline_width * s
    return replace(slot, **changes)  # type: ignore[arg-type]


def scale_frame(
    frame: Frame, trim: tuple[float, float], new: tuple[float, float], s: float
) -> Frame:
    """`frame` of a `trim` design on the `new` trim, scaled by `s` (see the module's rules);
    it keeps the keys it was given with (start/end, top/bottom), in millimetres to 0.001."""
    x, y, w, h = frame.resolve(*trim)
    x2, w2 = _axis(x, w, trim[0], new[0], s)
    y2, h2 = _axis(y, h, trim[1], new[1], s)
    return _like(frame, x2, y2, w2, h2, new)


def _axis(a: float, size: float, total: float, new: float, s: float) -> tuple[float, float]:
    starts, ends = abs(a) < _EPS, abs(total - a - size) < _EPS
    if starts and ends:
        return 0.0, new
    if starts:
        return 0.0, size * s
    if ends:
        return new - size * s, size * s
    return a * s + (new - total * s) / 2, size * s


def _at_least(frame: Frame, trim: tuple[float, float], low: float) -> Frame:
    x, y, w, h = frame.resolve(*trim)
    if w >= low and h >= low:
        return frame
    w2, h2 = max(w, low), max(h, low)
    return _like(frame, x - (w2 - w) / 2, y - (h2 - h) / 2, w2, h2, trim)


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
    )


__all__ = ["QR_MIN_MM", "expand_sizes", "scale_frame", "scale_of"]
