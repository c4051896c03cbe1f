"""The grounds text lies on: the colour under each point of a line's ink (the last filled
shape drawn before the text, SVG art that is its ground alone, a QR code's background, or
the bare paper: PAPER; a window's transparent middle over the bare paper: PHOTO; None over
a picture), and where a line runs onto a ground off an edge
of another (`_edges_onto`, found by halving: `_along`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..layout.coverage import covers, in_hole, paints
from ..layout.document import MM, ImageItem, Item, QrItem, ShapeItem, SvgItem, ground_shape
from ..model import Colour

# the ground of text on no shape or picture: the bare paper (or a screen image's white
# canvas), white; written so that no palette colour's name (a YAML key) is it
PAPER = "(paper)"
# the ground of text in a `window` shape's transparent middle with nothing drawn under it:
# the photo `frame PHOTO` puts there, any photo, whose colours no check can know (white text
# over the window of the photo frame passed as white on its blue: a designer's trial)
PHOTO = "(photo)"


# where in a line's ink its grounds are looked for, as shares of its width and height: its
# ends too (a poster headline's lines whose last 8 mm, under 5 % of them, lay on the paper
# were not seen); not its top and bottom quarter, where the ink is ascenders and descenders
_ACROSS = (0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0)

_DOWN = (0.25, 0.5, 0.75)


def _grounds(
    before: Sequence[Item], ink: tuple[float, float, float, float], points: bool = True
) -> set[str] | None:
    """The colours of the filled shapes a line's ink (left, top, right, bottom, pt) lies on:
    the one ground when the topmost shape it touches covers it all, else those under points
    across it (_ACROSS x _DOWN); none under a picture or the bare page. Without `points`,
    None where it would look at points (a frame on more than one ground)."""
    left, top, right, bottom = ink
    above = next((u for u in reversed(before) if _ground_kind(u) and _touches(u, ink)), None)
    if above is None:  # the bare page: the paper
        return {PAPER}
    art = _drawn_ground(above)
    if art is not None and covers(art, ink):  # SVG art's ground: as a filled rectangle
        return {art.fill} if art.fill else set()
    if isinstance(above, ShapeItem) and covers(above, ink):
        return {above.fill} if above.fill else set()
    if not points:
        return None
    found = {
        _ground_at(before, left + (right - left) * fx, top + (bottom - top) * fy)
        for fx in _ACROSS
        for fy in _DOWN
    }
    return {g for g in found if g is not None}


def _edges_onto(
    before: Sequence[Item], ink: tuple[float, float, float, float], ground: str, mirrored: bool
) -> tuple[tuple[str, float], ...]:
    """Where a line's ink (left, top, right, bottom, pt) runs onto `ground` off an edge of
    the ground the rest of it lies on: ("start" or "end", how much of the line's width there
    lies on `ground`, mm) for each of its ends on `ground` (a `mirrored` slot, of a
    right-to-left page and not pinned, starts at the right); for a line whose ground changes
    from its top to its bottom only, ("top" or "bottom", how much of its height lies on
    `ground`, mm). Nothing for a line that lies on `ground` in its middle alone. Looked for
    along the rows and columns of points _grounds looks at; the edge found to 0.01 pt by
    halving. A poster's ground narrowed to 250 mm ran the headline's end onto the paper, and
    the hint named the frame's height and top; a flyer's headline run down onto the light
    band below was told to mind its top."""
    left, top, right, bottom = ink
    across = [left + (right - left) * fx for fx in _ACROSS]
    down = [top + (bottom - top) * fy for fy in _DOWN]
    onto = {"left": 0.0, "right": 0.0}
    for y in down:
        found = _along(before, ground, across, y, vertical=False)
        for side, edge in found.items():
            depth = edge - left if side == "first" else right - edge
            key = "left" if side == "first" else "right"
            onto[key] = max(onto[key], depth)
    start, end = ("right", "left") if mirrored else ("left", "right")
    sides = tuple(
        (name, onto[side] / MM) for name, side in (("start", start), ("end", end)) if onto[side]
    )
    if sides:
        return sides
    rise = {"first": 0.0, "last": 0.0}
    for x in across:
        found = _along(before, ground, down, x, vertical=True)
        for side, edge in found.items():
            rise[side] = max(rise[side], edge - top if side == "first" else bottom - edge)
    return tuple(
        (name, rise[side] / MM)
        for name, side in (("top", "first"), ("bottom", "last"))
        if rise[side]
    )


def _along(
    before: Sequence[Item],
    ground: str,
    steps: list[float],
    fixed: float,
    vertical: bool,
) -> dict[str, float]:
    """Where `ground` ends along a row of points (x at each of `steps`, ascending; y `fixed`)
    or a `vertical` column (y at each of `steps`, x `fixed`) that lies on it at its first or
    last step and elsewhere off it: {"first" or "last": the coordinate where it ends}, found
    to 0.01 pt by halving; nothing for a row wholly on it, or on it in its middle alone."""

    def at(v: float) -> str | None:
        return _ground_at(before, fixed, v) if vertical else _ground_at(before, v, fixed)

    found = [at(v) for v in steps]
    if all(g == ground for g in found):
        return {}
    out = {}
    for side, vs, gs in (("first", steps, found), ("last", steps[::-1], found[::-1])):
        if gs[0] != ground:
            continue
        k = next(k for k, g in enumerate(gs) if g != ground)
        on, off = vs[k - 1], vs[k]
        while abs(off - on) > 0.01:
            mid = (on + off) / 2
            on, off = (mid, off) if at(mid) == ground else (on, mid)
        out[side] = (on + off) / 2
    return out


def _farthest(
    found: Sequence[tuple[tuple[str, float], ...]],
) -> tuple[tuple[str, float], ...]:
    """The edges of several lines (_edges_onto) as one: each edge once, with the farthest
    any line runs onto the ground there, in _edges_onto's order (start, end, top, bottom)."""
    far: dict[str, float] = {}
    for edges in found:
        for name, mm in edges:
            far[name] = max(far.get(name, 0.0), mm)
    order = ("start", "end", "top", "bottom")
    return tuple((name, far[name]) for name in order if name in far)


def _ground_kind(item: Item) -> bool:
    """Whether `item` is a ground a text may lie on: a filled shape, a picture, or a QR code
    with a background."""
    return (
        (isinstance(item, ShapeItem) and bool(item.fill))
        or isinstance(item, ImageItem | SvgItem)
        or (isinstance(item, QrItem) and bool(item.background))
    )


def _drawn_ground(item: Item) -> ShapeItem | None:
    """SVG art that is its ground alone (svgart.svg_ground, svg_plain) as the rectangle of
    its colour ("#rrggbb"), which text on it is measured against, and a QR code's background
    as the square of its colour that it is drawn on (layout.coverage counts it so: a label
    in the quiet zone of a navy code on a light card was measured against the card); None
    for anything else: art with other shapes over its ground is a picture, its ground
    varies (a pale base under navy panels that white text sits on failed as white on pale:
    a review)."""
    if isinstance(item, QrItem):
        if not item.background:
            return None
        return ShapeItem(item.slot, item.square, "rect", item.background, None, 0.0, 0.0)
    if (
        not isinstance(item, SvgItem)
        or item.ground is None
        or item.ground_rgb is None
        or not item.plain
    ):
        return None
    return ground_shape(item, "#" + "".join(f"{round(v * 255):02x}" for v in item.ground_rgb))


def _rgb(
    ground: str, colours: dict[str, Colour], judged: dict[str, Colour] | None = None
) -> tuple[float, float, float] | None:
    """A ground's sRGB: a palette colour's, SVG art's ground's ("#rrggbb"), or the paper's
    (white); with `judged` (`colours` as printed, printed_colours), a palette colour's and
    art's of a palette colour's rgb (drawn in its CMYK, render.items.svg) from there."""
    judged = colours if judged is None else judged
    if ground == PAPER:
        return (1.0, 1.0, 1.0)
    if ground in colours:
        return judged[ground].rgb
    if len(ground) == 7 and ground.startswith("#"):
        key = tuple(int(ground[i : i + 2], 16) for i in (1, 3, 5))
        for name, colour in colours.items():  # the first match, as render.colour.by_rgb
            if tuple(round(v * 255) for v in colour.rgb) == key:
                return judged[name].rgb
        return tuple(v / 255 for v in key)  # type: ignore[return-value]
    return None


def _touches(item: Item, ink: tuple[float, float, float, float]) -> bool:
    art = _drawn_ground(item)
    b = art.box if art is not None else item.box  # type: ignore[union-attr]
    return b.x < ink[2] and ink[0] < b.x + b.w and b.y < ink[3] and ink[1] < b.y + b.h


def _ground_at(before: Sequence[Item], x: float, y: float) -> str | None:
    """The fill of the last filled shape under the point, PAPER over nothing (PHOTO where a
    filled `window` shape's transparent middle shows it: coverage.in_hole), None over a
    picture."""
    bare = PAPER
    for under in reversed(before):
        if isinstance(under, ShapeItem) and under.fill and paints(under, x, y):
            return under.fill
        if isinstance(under, ShapeItem) and under.fill and in_hole(under, x, y):
            bare = PHOTO  # what the window shows, if nothing drawn before it is there
        art = _drawn_ground(under)
        if art is not None and paints(art, x, y):
            return art.fill
        if isinstance(under, ImageItem | SvgItem):
            b = under.box
            if b.x <= x <= b.x + b.w and b.y <= y <= b.y + b.h:
                return None  # over a picture: its ground varies
    return bare
