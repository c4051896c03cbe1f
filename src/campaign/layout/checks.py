"""Checks on a composed page that the layout knows exactly: text inside the safe area
(a rectangle inset from the trim, or the badge's live circle), no text below the type floor,
and art that covers the page."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..kinds import TOL, SafeCircle, SafeRect, kind_of
from ..model import Colour, ImageSlot, Layout, SvgSlot
from ..preflight.bleed import (
    EDGE_POINTS,
    INK_LEVEL,
    INNER_MM,
    MAX_GAP_PCT,
    MIN_INKED_PCT,
    bleed_depth,
)
from ..text.paragraph import Run, ink_extent
from .coverage import Coverage, coverage, paints
from .document import (
    MM,
    ArcTextItem,
    Box,
    Document,
    HeartsItem,
    ImageItem,
    Item,
    QrItem,
    ShapeItem,
    SvgItem,
    TextItem,
    ground_shape,
)

# The smallest QR module (X-dimension) GS1 allows for QR codes scanned at retail, 0.396 mm
# (GS1 General Specifications, 5.12.3.1, as GS1 UK explains it in "How big should a QR code
# powered by GS1 be"): a floor for a code read from arm's length, never a target.
QR_MIN_MODULE_MM = 0.396

COVERED = 0.995  # share of the page the art must cover (slivers below 0.5 % are rounding)


def text_extents(item: TextItem, clip: bool = False) -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) of every line's ink, pt from the trim's top-left; with
    `clip`, each cut to the item's frame (lines wholly outside it left out)."""
    out = []
    box = item.box
    for line in item.text.lines:
        if not line.runs:
            continue
        left = box.x + line.x
        base = box.y + item.top + line.baseline
        up, down = ink_extent(line.runs, item.text.size)
        ink = (left, base - up, left + line.width, base + down)
        if clip:
            ink = _clipped(ink, box)
            if ink[0] >= ink[2] or ink[1] >= ink[3]:
                continue
        out.append(ink)
    return out


def _clipped(ink: tuple[float, float, float, float], box: Box) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) cut to `box` (empty when right <= left or bottom <= top)."""
    return (
        max(ink[0], box.x),
        max(ink[1], box.y),
        min(ink[2], box.x + box.w),
        min(ink[3], box.y + box.h),
    )


def glyph_extents(
    item: TextItem, clip: bool = False
) -> list[tuple[float, list[tuple[float, float, float, float]]]]:
    """(baseline, glyphs) of every line text_extents gives (with `clip`, the same lines):
    its baseline's y and the (left, top, right, bottom) of each of its glyphs' ink (its
    outline's box, fonts.FontFace.ink and ink_across), pt from the trim's top-left, cut to
    the item's frame with `clip` (glyphs wholly outside it left out); glyphs without an
    outline (spaces) are not listed."""
    return [(base, [g.ink for g in glyphs]) for base, glyphs in placed_glyphs(item, clip)]


class PlacedGlyph(NamedTuple):
    """A glyph's ink as placed (left, top, right, bottom, pt from the trim's top-left), the run
    it is in and the index of its first character in the run's paragraph text (`cluster`)."""

    ink: tuple[float, float, float, float]
    run: Run
    cluster: int


def placed_glyphs(item: TextItem, clip: bool = False) -> list[tuple[float, list[PlacedGlyph]]]:
    """glyph_extents with each glyph's run and cluster (PlacedGlyph): the characters a glyph
    sets, to name them."""
    out = []
    box = item.box
    size = item.text.size
    for line in item.text.lines:
        if not line.runs:
            continue
        base = box.y + item.top + line.baseline
        if clip:
            up, down = ink_extent(line.runs, size)
            left = box.x + line.x
            a, b, c, d = _clipped((left, base - up, left + line.width, base + down), box)
            if not (a < c and b < d):
                continue
        glyphs = []
        for run in line.runs:
            scale = size / run.face.upem
            pen = box.x + line.x + run.x
            for g in run.glyphs:
                top, bottom = run.face.ink(g.gid)
                if top != bottom:
                    a, b = run.face.ink_across(g.gid)
                    x = pen + g.x_offset * scale
                    ink = (
                        x + a * scale,
                        base - (top + g.y_offset) * scale,
                        x + b * scale,
                        base - (bottom + g.y_offset) * scale,
                    )
                    if clip:
                        ink = _clipped(ink, box)
                    if ink[0] < ink[2] and ink[1] < ink[3]:
                        glyphs.append(PlacedGlyph(ink, run, g.cluster))
                pen += g.x_advance * scale
        out.append((base, glyphs))
    return out


def safe_area_problems(
    page: Document, layout: Layout, overflowed: Collection[str] = ()
) -> list[tuple[str, str]]:
    """(slot name, message) for each text that reaches outside the safe area, on every page;
    the text of a slot in `overflowed` (reported as an overflow) is judged within its frame:
    the lines it could not hold are that overflow, not a crossing. The area's shape (a
    rectangle inset from the trim, or a badge's live circle) comes from the material kind's
    policy."""
    area = kind_of(layout).safe_area(layout)
    problems = []
    for item in page.text_items():
        inks = text_extents(item, clip=item.slot in overflowed)
        found = [area.worst_edge(ink, page.trim, page.rtl) for ink in inks]
        worst, edge = max(found, default=(0.0, ""), key=lambda f: f[0])
        if worst > TOL:
            problems.append((item.slot, area.describe(worst, edge, page.rtl)))
    if isinstance(area, SafeRect):  # QR codes, logos and photos, art: where each lies too
        slots = {s.name: s for s in layout.slots}
        bleeding = {s.name for s in layout.slots if s.bleed}  # meant to reach the trim
        for placed in page.items:
            if not isinstance(placed, QrItem | ImageItem | SvgItem | HeartsItem):
                continue
            if placed.slot not in bleeding:
                b = placed.box  # SVG art: scaled into its frame (an image's box is its own)
                x, y, w, h = (b.x, b.y, b.w, b.h)
                # (an SVG logo of an image slot: its frame, the art's size unread here)
                if isinstance(placed, SvgItem) and isinstance(slots.get(placed.slot), SvgSlot):
                    x, y, w, h = slots[placed.slot].art_in((x, y, w, h), placed.align)
                worst, edge = area.worst_edge((x, y, x + w, y + h), page.trim, page.rtl)
                if worst > TOL:
                    message = area.describe(worst, edge, page.rtl).replace("text comes", "it comes")
                    problems.append((placed.slot, message))
    if isinstance(area, SafeCircle):  # a badge: its QR codes' corners, which they fill
        problems += _qr_corners(page, layout, area)
    for arc in (i for i in page.items if isinstance(i, ArcTextItem)):
        # rim text: its glyphs reach from the centre to the baseline radius plus the descent
        # (bottom side, letters upright: descenders point outwards) or the ascent (top side)
        reach = arc.radius + (arc.line.descent if arc.side == "bottom" else arc.line.ascent)
        if isinstance(area, SafeCircle):
            cx, cy = page.trim[0] / 2, page.trim[1] / 2
            worst, edge = math.hypot(arc.cx - cx, arc.cy - cy) + reach - area.radius, ""
        else:
            ring = (arc.cx - reach, arc.cy - reach, arc.cx + reach, arc.cy + reach)
            worst, edge = area.worst_edge(ring, page.trim, page.rtl)
        if worst > TOL:
            problems.append((arc.slot, area.describe(worst, edge, page.rtl)))
    return problems


def _qr_corners(page: Document, layout: Layout, area: SafeCircle) -> list[tuple[str, str]]:
    """(slot name, message) for each QR code of a badge with a corner of its modules (its
    square less the quiet zone: layout.items.qr.qr_matrix) outside the badge's live circle
    (its face less the safe margin, `area`). A code fills its square to the corners, where
    three of its finder patterns are: a corner past the face is folded round the back by
    the press, and a code without it does not scan. It was judged against the square trim
    (a badge's safe area for text is its live circle; QR codes were judged only where the
    area is a rectangle) and by the middles of its edges against the face (`wrap_problems`,
    for art that need not fill its box), so a code whose corners lay past the face passed
    `check`."""
    from .items.qr import QrTooLongError, qr_matrix

    bleeding = {s.name for s in layout.slots if s.bleed}
    out = []
    for placed in page.items:
        if not isinstance(placed, QrItem) or placed.slot in bleeding:
            continue
        square = placed.square
        try:
            modules = len(qr_matrix(placed.url))
        except QrTooLongError:  # qr_problems tells it
            continue
        quiet = square.w * placed.quiet / (modules + 2 * placed.quiet)
        x, y, side = square.x + quiet, square.y + quiet, square.w - 2 * quiet
        worst, _ = area.worst_edge((x, y, x + side, y + side), page.trim)
        if worst <= TOL:
            continue
        face = page.badge.face if page.badge is not None else area.diameter_mm
        past = (area.radius + worst) / MM - face / 2  # mm past the face's edge
        where = (
            f"{past:.1f} mm past the {face:g} mm face: the press folds it round the back"
            if past > TOL / MM
            else f"{-past:.1f} mm inside the {face:g} mm face's edge, in the margin a press's "
            "fit may take round it"
        )
        out.append(
            (
                placed.slot,
                f"a corner of its QR code reaches {worst / MM:.1f} mm outside the badge's live "
                f"circle ({area.diameter_mm:g} mm, the face less the safe margin), {where}; a "
                "code that loses a corner does not scan",
            )
        )
    return out


def wrap_problems(page: Document, layout: Layout, off: Collection[str]) -> list[tuple[str, str]]:
    """(slot name, message) for each piece of art of a badge (SVG art without a ground, an
    image, hearts) that reaches past the badge's face onto the wrap, which the
    press folds round the back: an emblem moved to 2 mm from the top ran 4 mm onto it,
    `check` saying nothing (a designer's trial; text there is a safe-area error). Art that
    bleeds (a ground meant to wrap) is left alone. Where art lies in its box is not read, so
    the middles of its box's edges are measured, not its corners (a heart in the corners of
    its square box is inside the face). A QR code, which fills its corners, is judged by
    them against the live circle (`_qr_corners`, a `layout.safe-area` error). A shape (a
    ring, a dot, a band) is drawn where the layout says, so its own outline is measured
    (`_shape_reach`): shapes were not judged at all, and a dot in a corner of the square trim,
    outside the cut circle, or a ring reaching past the face passed `check` (a designer's
    trial); a shape wholly outside the cut circle is said to be none of the badge. A frame
    off the page and its bleed (`off`: the slots `off_page_problems` names, as the caller
    has them) is that error's alone (it was told twice, as that error and as art running
    onto the wrap)."""
    if page.badge is None:
        return []
    slots = {s.name: s for s in layout.slots if s.name not in off}
    face = page.badge.face  # mm
    radius = face / 2 * MM
    cx, cy = page.trim[0] / 2, page.trim[1] / 2
    out = []
    for shape in (i for i in page.items if isinstance(i, ShapeItem)):
        slot = slots.get(shape.slot)
        reach = _shape_reach(shape, cx, cy)
        if slot is None or slot.bleed or reach is None:
            continue
        near, far = reach
        cut = page.badge.cut  # mm
        if near - cut / 2 * MM > TOL:
            out.append(
                (
                    shape.slot,
                    f"its {_shape_noun(shape)} lies wholly outside the badge's {cut:g} mm cut "
                    f"circle, {(near / MM - cut / 2):.1f} mm beyond it at its nearest: none of "
                    "it is on the badge",
                )
            )
        elif far - radius > TOL:
            out.append(
                (
                    shape.slot,
                    f"its {_shape_noun(shape)} reaches {(far - radius) / MM:.1f} mm past the "
                    f"badge's {face:g} mm face onto the wrap, which the press folds round the "
                    "back",
                )
            )
    for placed in page.items:
        if not isinstance(placed, ImageItem | SvgItem | HeartsItem):
            continue
        slot = slots.get(placed.slot)
        if slot is None or slot.bleed or (isinstance(placed, SvgItem) and placed.ground):
            continue
        b = placed.box
        x, y, w, h = (b.x, b.y, b.w, b.h)
        if isinstance(placed, SvgItem) and isinstance(slot, SvgSlot):
            x, y, w, h = slot.art_in((x, y, w, h), placed.align)
        middles = ((x + w / 2, y), (x + w / 2, y + h), (x, y + h / 2), (x + w, y + h / 2))
        over = max(math.hypot(px - cx, py - cy) for px, py in middles) - radius
        if over > TOL:
            out.append(
                (
                    placed.slot,
                    f"its art reaches {over / MM:.1f} mm past the badge's {face:g} mm "
                    "face onto the wrap, which the press folds round the back",
                )
            )
    return out


def _shape_noun(shape: ShapeItem) -> str:
    """What a badge's message calls the shape: "circle", "ring" (an outline alone),
    "rectangle", "outline" (a rectangle's alone) or "window"."""
    if shape.shape == "window":
        return "window"
    if shape.shape == "circle":
        return "circle" if shape.fill is not None else "ring"
    return "rectangle" if shape.fill is not None else "outline"


def _shape_reach(shape: ShapeItem, cx: float, cy: float) -> tuple[float, float] | None:
    """(nearest, furthest) distance (pt) of the shape's ink from the point (cx, cy), as
    render.items.shape draws it: a circle of the box's shorter side about its middle, a
    rectangle with its corners rounded by `radius`, a window's filled box (its corners), an
    outline half its width either side of the path. The nearest of a filled shape over the
    point, or of an outlined rectangle around it, is 0. None: nothing is drawn (no fill and
    no outline; a window paints no outline)."""
    b = shape.box
    stroke = shape.stroke is not None and shape.stroke_width > 0 and shape.shape != "window"
    if shape.fill is None and not stroke:
        return None
    half = shape.stroke_width / 2 if stroke else 0.0
    mx, my = b.x + b.w / 2, b.y + b.h / 2
    if shape.shape == "circle":
        r, d = min(b.w, b.h) / 2, math.hypot(mx - cx, my - cy)
        gap = d - r if shape.fill is not None else abs(d - r)
        return max(0.0, gap - half), d + r + half
    corner = 0.0 if shape.shape == "window" else min(shape.radius, b.w / 2, b.h / 2)
    far = max(
        math.hypot(x - cx, y - cy) + corner + half
        for x in (b.x + corner, b.x + b.w - corner)
        for y in (b.y + corner, b.y + b.h - corner)
    )
    nx, ny = min(max(cx, b.x), b.x + b.w), min(max(cy, b.y), b.y + b.h)
    return max(0.0, math.hypot(nx - cx, ny - cy) - half), far


def off_page_problems(page: Document) -> list[tuple[str, str]]:
    """(slot name, message) for each placed item whose frame lies wholly outside the page and
    its bleed: nothing of it prints (a shape moved off the page had no message; art, a QR
    code or a text got a safe-margin message "59 mm into the 5 mm safe margin" that did not
    say so). Items without a frame (rim text) are judged by the safe area."""
    tw, th, b = page.trim[0], page.trim[1], page.bleed
    out = []
    for item in page.items:
        box = getattr(item, "box", None)
        if not isinstance(box, Box):
            continue
        if box.x >= tw + b or box.x + box.w <= -b or box.y >= th + b or box.y + box.h <= -b:
            out.append(
                (
                    item.slot,
                    f"its frame ({box.x / MM:.1f}, {box.y / MM:.1f} mm from the trim's top-left "
                    f"corner, {box.w / MM:.1f} x {box.h / MM:.1f} mm) lies outside the "
                    f"{tw / MM:g} x {th / MM:g} mm page and its {b / MM:g} mm bleed: nothing "
                    "of it prints",
                )
            )
    return out


# The built-in preflight's rule for a filled bleed (preflight.bleed, as print shops' own;
# its numbers): a point INNER_MM inside the trim with ink, and the point out from it in the
# bleed (bleed_depth) without, is a gap; an edge inked on more than MIN_INKED_PCT of its
# points (EDGE_POINTS on each edge) with more than MAX_GAP_PCT of those gaps fails the
# file. Ink: darker than INK_LEVEL of 255 in grey.
INK_GREY = INK_LEVEL / 255
EDGES = ("start", "top", "end", "bottom")  # in the layout's terms (the page's left: start)

# a ground of a page for the bleed check: the shape it paints (an image as the rectangle of
# its box, without its file: a merge's photos share one geometry) and whether it inks
Ground = tuple[ShapeItem, bool]


def bleed_gap_problems(
    doc: Document, colours: dict[str, Colour], pinned: Collection[str] = ()
) -> list[tuple[str, str, bool]]:
    """(slot, message, short) for each page whose art stops at the trim on more of its edges than
    the build's preflight allows (MAX_GAP_PCT), at the slot that stops there most: the
    preflight's rule on the composed page's grounds (filled shapes and images, the topmost
    painting each point; SVG art, text and hearts are not grounds). A ground without
    `bleed:` passed `check` and failed every build, named at the layout's first line (a
    designer's trial). Rectangular print pages only: a badge's ring and a screen image have
    their own rules. `pinned`: the slots that keep their place in right-to-left languages
    (`pin: true`), whose start edge stays the page's left. `short`: the slot is SVG art with a
    ground that keeps proportions other than its frame's (its bleed is set; its art stops
    short of it: `_short_art`)."""
    if doc.badge is not None or doc.bleed <= 0:
        return []
    out = []
    for n, page in enumerate(doc.pages, 1):
        grounds = tuple(g for item in page.items if (g := _ground(item, colours)) is not None)
        share, slot, edges = _bleed_gaps(doc.trim, doc.bleed, grounds)
        if doc.rtl and slot not in pinned:  # the page's left is the slot's end edge
            flip = {"start": "end", "end": "start"}
            edges = tuple(sorted((flip.get(e, e) for e in edges), key=EDGES.index))
        if share > MAX_GAP_PCT and slot:
            where = f"page {n}: " if len(doc.pages) > 1 else ""
            said = " and ".join(edges)
            short = _short_art(page.items, slot)
            out.append(
                (
                    slot,
                    f"{where}art stops at the trim on {share:.0f} % of the page's {said} "
                    f"edge{'s' * (len(edges) > 1)}, the slot's: the bleed is white there, and "
                    "the build's preflight fails the file" + short,
                    bool(short),
                )
            )
    return out


def _short_art(items: Sequence[object], slot: str) -> str:
    """Why SVG art with a ground stops short of its frame, when it does: it keeps its
    proportions, and a frame grown by the bleed has others (art drawn at the trim's size)."""
    art = next((i for i in items if isinstance(i, SvgItem) and i.slot == slot), None)
    if art is None or art.ground is None:
        return ""
    (w, h), (fw, fh) = (art.ground.w / MM, art.ground.h / MM), (art.box.w / MM, art.box.h / MM)
    if fw - w < 0.1 and fh - h < 0.1:
        return ""
    return (
        f"; the SVG keeps its proportions and fills {w:.1f} x {h:.1f} mm of its {fw:.1f} x "
        f"{fh:.1f} mm frame (bleed included)"
    )


def _ground(item: object, colours: dict[str, Colour]) -> Ground | None:
    if isinstance(item, ShapeItem) and item.fill is not None:
        rgb = colours[item.fill].rgb if item.fill in colours else (0.0, 0.0, 0.0)
        return (item, _inks(rgb))
    if isinstance(item, ImageItem):
        return (ShapeItem(item.slot, item.box, "rect", "image", None, 0.0, 0.0), True)
    if isinstance(item, SvgItem) and item.ground is not None:  # a gradient's: inks, as a photo
        inks = _inks(item.ground_rgb) if item.ground_rgb is not None else True
        return (ground_shape(item), inks)
    return None


def _inks(rgb: tuple[float, float, float]) -> bool:
    """Whether a colour reads as ink, not paper: its grey (Rec. 601 luma) darker than
    INK_GREY, as the preflight renders it."""
    r, g, b = rgb
    return 0.299 * r + 0.587 * g + 0.114 * b < INK_GREY


@lru_cache(maxsize=256)
def _bleed_gaps(
    trim: tuple[float, float], bleed: float, grounds: tuple[Ground, ...]
) -> tuple[float, str, tuple[str, ...]]:
    """(the worst edge's per cent of its inked points whose bleed point is bare, the slot
    most of the failing edges' bare points are on, the failing edges it has them on), each
    edge on its own among those inked on more than MIN_INKED_PCT of their points: the
    same for every page of one layout's geometry (a merge's thousands of flyers), so found
    once."""
    tw, th = trim
    inner, outer = INNER_MM * MM, bleed_depth(bleed / MM) * MM
    steps = [i / (EDGE_POINTS + 1) for i in range(1, EDGE_POINTS + 1)]
    pairs = {
        "top": [((t * tw, inner), (t * tw, -outer)) for t in steps],
        "bottom": [((t * tw, th - inner), (t * tw, th + outer)) for t in steps],
        "start": [((inner, t * th), (-outer, t * th)) for t in steps],
        "end": [((tw - inner, t * th), (tw + outer, t * th)) for t in steps],
    }
    topmost_first = grounds[::-1]

    def painter(x: float, y: float) -> Ground | None:
        for ground in topmost_first:
            if paints(ground[0], x, y):
                return ground
        return None

    worst = 0.0
    at: dict[str, int] = {}
    edges: dict[str, set[str]] = {}
    for edge, points in pairs.items():
        inked = 0
        bare: list[str] = []  # the slot at each gap
        for inside, beyond in points:
            here = painter(*inside)
            if here is None or not here[1]:
                continue
            inked += 1
            there = painter(*beyond)
            if there is None or not there[1]:
                bare.append(here[0].slot)
        if not bare or 100 * inked / EDGE_POINTS <= MIN_INKED_PCT:
            continue
        share = 100 * len(bare) / inked
        worst = max(worst, share)
        if share > MAX_GAP_PCT:
            for name in bare:
                at[name] = at.get(name, 0) + 1
                edges.setdefault(name, set()).add(edge)
    if not at:
        return (worst, "", ())
    slot = max(at, key=lambda k: at[k])
    return (worst, slot, tuple(e for e in EDGES if e in edges[slot]))


@dataclass(frozen=True)
class SmallText:
    """A text set below the layout's type floor: the slot, the size (pt) and the floor."""

    slot: str
    size: float
    floor: float


def type_size_problems(doc: Document, layout: Layout) -> list[SmallText]:
    """Every text (after copy-fit) and rim text set below the type floor: the layout's
    `min_type_pt`, else its material kind's."""
    floor = kind_of(layout).type_floor(layout)
    out = []
    for item in doc.items:
        if isinstance(item, TextItem):
            size = item.text.size
        elif isinstance(item, ArcTextItem):
            size = item.size
        else:
            continue
        if size < floor:
            out.append(SmallText(item.slot, size, floor))
    return out


@dataclass(frozen=True)
class Uncovered:
    """A page whose art leaves more than the allowed share of its region bare."""

    page: str
    coverage: Coverage
    region: str  # "trim" or "circle"
    trim: tuple[float, float]  # pt
    rtl: bool  # left and right are end and start
    pages: int  # how many pages the document has (a one-page one does not name its page)

    def describe(self) -> str:
        """'the art covers 74.2 % of the page 'back'; 25.8 % is bare paper: the bands 120-140
        mm and 166-180 mm from the top have no ground': every (mostly) bare band across the
        page, wherever it lies, in mm from the top (a ground cut short leaves one above the
        QR code that the bottom band alone did not tell), then the bare bands along the
        side edges, in logical sides ('the end 29 % (120 mm)')."""
        cov, (tw, _) = self.coverage, self.trim
        where = "the cut circle (face and wrap)" if self.region == "circle" else "the page"
        if self.pages > 1:
            where += f" '{self.page}'"
        if cov.share == 0:
            return f"nothing covers {where}: all of it is bare paper"
        bare = (1 - cov.share) * 100
        text = f"the art covers {cov.share * 100:.1f} % of {where}; {bare:.1f} % is bare paper"
        sides = {"left": "end" if self.rtl else "start", "right": "start" if self.rtl else "end"}
        bands = []
        if cov.across:
            spans = [
                f"{top / MM:.0f}-{bottom / MM:.0f} mm{' (but for small items)' if partly else ''}"
                for top, bottom, partly in cov.across
            ]
            which = "the band" if len(spans) == 1 else "the bands"
            bands.append(f"{which} {' and '.join(spans)} from the top")
        for edge in ("left", "right"):
            depth = cov.bands.get(edge)
            if depth is not None:
                but = ", but for small items" if edge in cov.partly else ""
                bands.append(
                    f"the {sides[edge]} {depth / tw * 100:.0f} % ({depth / MM:.0f} mm{but})"
                )
        if bands:
            many = len(bands) > 1 or len(cov.across) > 1
            return f"{text}: {' and '.join(bands)} {'have' if many else 'has'} no ground"
        if cov.bbox is not None:
            left, top, right, bottom = cov.bbox
            start = tw - right if self.rtl else left
            return (
                f"{text}: the gaps lie within {(right - left) / MM:.0f} x "
                f"{(bottom - top) / MM:.0f} mm, {top / MM:.0f} mm from the top and "
                f"{start / MM:.0f} mm from the start edge"
            )
        return text


def coverage_problems(doc: Document, layout: Layout) -> list[Uncovered]:
    """Pages whose ground items cover less than COVERED of the trim (or of a round material's
    cut circle), when the material's art must cover its page."""
    kind = kind_of(layout)
    if not kind.must_cover(layout):
        return []
    region, diameter = kind.covered_region(layout)
    out = []
    for page in doc.pages:
        cov = coverage(page.items, doc.trim, diameter if region == "circle" else None)
        if cov.share < COVERED:
            out.append(Uncovered(page.name, cov, region, doc.trim, doc.rtl, len(doc.pages)))
    return out


OVERLAP_TOL_MM = 0.2  # boxes touching or nearly: not an overlap


class Overlap(NamedTuple):
    """Slot `slot`'s content over slot `other`'s, by `w_mm` x `h_mm` (rounded to 0.1 mm as
    shown); `shape`: a filled shape ("rect", "circle") drawn over content, which it hides."""

    slot: str
    other: str
    w_mm: float
    h_mm: float
    shape: str | None = None

    @property
    def head(self) -> str:
        """The message without its size."""
        if self.shape:
            what = "art with a ground" if self.shape == "art" else f"a filled {self.shape}"
            return f"slot '{self.slot}' ({what}) is drawn over slot '{self.other}' and hides it"
        return f"slot '{self.slot}' covers slot '{self.other}'"

    @property
    def message(self) -> str:
        return f"{self.head} ({self.w_mm:.1f} x {self.h_mm:.1f} mm)"


def _overlap(slot: str, other: str, w: float, h: float, shape: str | None = None) -> Overlap:
    """An Overlap of `w` x `h` pt, its size rounded as the message shows it."""
    return Overlap(slot, other, round(w / MM, 1), round(h / MM, 1), shape)


def overlap_problems(
    page: Document, layout: Layout, overflowed: Collection[str] = ()
) -> list[Overlap]:
    """Each case of content that covers other content, on every page: text (its
    lines' ink), QR codes, images, vector art and hearts, two by two, and a rim text's
    glyphs (each turned on its circle, `arc_glyphs`) over any of them (it was left out: a
    Tamil badge's rim ran up its sides onto the words, `check` saying nothing); shapes
    (grounds, bands) and SVG art that runs into the bleed from edge to opposite edge (a
    designer's full-page art, a band across the page) are what content sits on and are
    left out (art with a
    ground, svgart.svg_ground, drawn over content hides it, as a filled rectangle does), and
    so is any slot with `overlap: true`.
    The text of a slot in `overflowed` counts within its frame: the lines past it are the
    overflow (reported as that), not overlaps."""
    allowed = {s.name for s in layout.slots if getattr(s, "overlap", False)}
    problems = []
    tol = OVERLAP_TOL_MM * MM
    backdrop = backdrop_art(page.items, layout, page.trim)
    for p in page.pages:
        boxes: list[tuple[str, Ink]] = []
        arcs: list[ArcTextItem] = []
        for item in p.items:
            if item.slot in allowed:
                continue
            if isinstance(item, ShapeItem):  # drawn over what came before it
                problems += _hidden_by(item, boxes, tol)
            elif isinstance(item, SvgItem) and item.ground is not None:  # art with a ground
                problems += _hidden_by(ground_shape(item), boxes, tol)
            elif item.slot in backdrop:
                continue  # what it paints is not known: it hides nothing it is not told to
            elif isinstance(item, ArcTextItem):
                arcs.append(item)
            else:
                boxes += [(item.slot, ink) for ink in content_ink(item, overflowed)]
        seen: set[tuple[str, str]] = set()
        for i, (a, ra) in enumerate(boxes):
            for b, rb in boxes[i + 1 :]:
                if a == b or (a, b) in seen:
                    continue
                w = min(ra[2], rb[2]) - max(ra[0], rb[0])
                h = min(ra[3], rb[3]) - max(ra[1], rb[1])
                if w > tol and h > tol:
                    seen.add((a, b))
                    problems.append(_overlap(b, a, w, h))
        for arc in arcs:
            problems += _arc_over(arc, boxes, tol)
    return problems


Ink = tuple[float, float, float, float]  # left, top, right, bottom, pt from the trim's corner


def content_ink(item: Item, overflowed: Collection[str] = ()) -> list[Ink]:
    """Where an item's content lies, as `overlap_problems` compares it: a text's lines' ink
    (cut to its frame where it is in `overflowed`), a QR code's, image's, art's or hearts'
    box; nothing for a shape or a rim text (whose glyphs lie on a circle: `arc_glyphs`)."""
    if isinstance(item, TextItem):
        return text_extents(item, clip=item.slot in overflowed)
    if isinstance(item, (QrItem, ImageItem, SvgItem, HeartsItem)):
        box = item.box
        return [(box.x, box.y, box.x + box.w, box.y + box.h)]
    return []


def backdrop_art(items: Sequence[Item], layout: Layout, trim: tuple[float, float]) -> set[str]:
    """The slots of SVG art or images given `bleed:` that run into the bleed across the whole
    trim, from edge to opposite edge (a full-page background, a photo across the top):
    background, which content sits on, as on a shape (text on it judged on its pixels:
    colours.art); a corner of art in the bleed is content still. A full-bleed photo under a
    poster's texts was 13 `layout.overlap` errors, one for each slot on it (a designer's
    trial)."""
    bled = {s.name for s in layout.slots if isinstance(s, SvgSlot | ImageSlot) and s.bleed}
    tol = OVERLAP_TOL_MM * MM
    tw, th = trim
    return {
        i.slot
        for i in items
        if isinstance(i, SvgItem | ImageItem)
        and i.slot in bled
        and (
            (i.box.x <= tol and i.box.x + i.box.w >= tw - tol)
            or (i.box.y <= tol and i.box.y + i.box.h >= th - tol)
        )
    }


def arc_glyphs(item: ArcTextItem) -> list[list[tuple[float, float]]]:
    """The ink of each glyph of a rim text as drawn (render.items.arc_text: upright on its
    circle, turned by its angle from the text's middle), as the four corners of its outline's
    box (fonts.FontFace.ink and ink_across), pt from the trim's top-left; glyphs without an
    outline (spaces) are not listed."""
    out = []
    total, r = item.line.width, item.radius
    for run in item.line.runs:
        scale = item.size / run.face.upem
        x = run.x
        for g in run.glyphs:
            adv = g.x_advance * scale
            top, bottom = run.face.ink(g.gid)
            if top != bottom:
                theta = (x + adv / 2 - total / 2) / r
                a, b = run.face.ink_across(g.gid)
                left, right = (g.x_offset + a) * scale - adv / 2, (g.x_offset + b) * scale - adv / 2
                low, high = (bottom + g.y_offset) * scale, (top + g.y_offset) * scale
                c, s = math.cos(theta), math.sin(theta)
                corners = []
                for u, v in ((left, low), (right, low), (right, high), (left, high)):
                    if item.side == "bottom":  # on the circle below the centre, tops inwards
                        px, py = r * s + u * c - v * s, -r * c + u * s + v * c
                    else:  # above it, tops outwards
                        px, py = r * s + u * c + v * s, r * c - u * s + v * c
                    corners.append((item.cx + px, item.cy - py))  # y up -> y down
                out.append(corners)
            x += adv
    return out


def _arc_over(arc: ArcTextItem, boxes: list[tuple[str, Ink]], tol: float) -> list[Overlap]:
    """An Overlap (the rim over another slot) for each slot whose content a glyph of the rim
    text covers: the part of each glyph's box inside the other's ink (the glyph turned on its
    circle, cut by the other's box), all of them together measured."""
    glyphs = arc_glyphs(arc)
    covered: dict[str, Ink] = {}
    for name, ink in boxes:
        if name == arc.slot:
            continue
        for glyph in glyphs:
            cut = _clip_polygon(glyph, ink)
            if not cut:
                continue
            xs, ys = [x for x, _ in cut], [y for _, y in cut]
            if max(xs) - min(xs) <= tol or max(ys) - min(ys) <= tol:
                continue
            was = covered.get(name, (math.inf, math.inf, -math.inf, -math.inf))
            covered[name] = (
                min(was[0], min(xs)),
                min(was[1], min(ys)),
                max(was[2], max(xs)),
                max(was[3], max(ys)),
            )
    return [_overlap(arc.slot, name, b[2] - b[0], b[3] - b[1]) for name, b in covered.items()]


def _clip_polygon(polygon: list[tuple[float, float]], box: Ink) -> list[tuple[float, float]]:
    """The part of a convex polygon inside the box (Sutherland-Hodgman): its corners, or []."""
    x0, y0, x1, y1 = box
    out = polygon
    for axis, at, sign in ((0, x0, 1), (0, x1, -1), (1, y0, 1), (1, y1, -1)):
        points, out = out, []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            inside, was = sign * (cur[axis] - at) >= 0, sign * (prev[axis] - at) >= 0
            if inside != was:
                t = (at - prev[axis]) / (cur[axis] - prev[axis])
                out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
            if inside:
                out.append(cur)
        if not out:
            return []
    return out


def _hidden_by(
    shape: ShapeItem, below: list[tuple[str, tuple[float, float, float, float]]], tol: float
) -> list[Overlap]:
    """An Overlap (the shape's slot over another) for each slot drawn before a filled
    rectangle or circle that the shape covers: later slots paint over earlier ones, so a
    band or a badge placed after a text in the layout's list hides it (grounds come first:
    content sits on them). A stroked outline or a `window` (a frame whose middle shows what
    is under it) hides nothing. A circle covers what its disc reaches, not its box's
    corners."""
    if shape.fill is None or shape.shape not in ("rect", "circle"):
        return []
    b = shape.box
    left, top, right, bottom = b.x, b.y, b.x + b.w, b.y + b.h
    out: list[Overlap] = []
    seen: set[str] = set()
    for name, (x0, y0, x1, y1) in below:
        w = min(x1, right) - max(x0, left)
        h = min(y1, bottom) - max(y0, top)
        if name in seen or w <= tol or h <= tol:
            continue
        if shape.shape == "circle":
            cx, cy, r = left + b.w / 2, top + b.h / 2, min(b.w, b.h) / 2
            nx, ny = min(max(cx, x0), x1), min(max(cy, y0), y1)  # the ink's point nearest
            if math.hypot(nx - cx, ny - cy) >= r - tol:
                continue
        seen.add(name)
        out.append(_overlap(shape.slot, name, w, h, "art" if shape.fill == "art" else shape.shape))
    return out


QR_TOO_LONG = "no QR code can hold the address"  # how qr_problems begins that message


def qr_problems(page: Document) -> list[tuple[str, str]]:
    """(slot name, message) for each QR code whose modules are smaller than QR_MIN_MODULE_MM:
    the longer its address, the more modules it has (layout.items.qr.qr_matrix), the larger
    the code must be; and for each address no QR code holds (it stopped the build with an
    internal error)."""
    from .items.qr import QrTooLongError, qr_matrix

    problems = []
    for item in page.items:
        if not isinstance(item, QrItem):
            continue
        shown = item.url if len(item.url) <= 60 else item.url[:57] + "..."  # one line of text
        try:
            modules = len(qr_matrix(item.url))
        except QrTooLongError as exc:
            problems.append((item.slot, f"{QR_TOO_LONG} {shown}: {exc}"))
            continue
        side = min(item.box.w, item.box.h) / MM
        module = side / (modules + 2 * item.quiet)
        if module < QR_MIN_MODULE_MM - 1e-9:
            need = QR_MIN_MODULE_MM * (modules + 2 * item.quiet)
            problems.append(
                (
                    item.slot,
                    f"the QR code of {shown} is {side:.1f} mm for {modules} x {modules} "
                    f"modules and a quiet zone of {item.quiet}: each module is {module:.3f} mm, "
                    f"below the {QR_MIN_MODULE_MM} mm scanners need; it needs at least "
                    f"{math.ceil(need * 10) / 10:.1f} mm",
                )
            )
    return problems


@dataclass(frozen=True)
class OnFold:
    """A text, logo, image, QR code or art (`slot`, a `noun`) on a fold of page `page` or
    within `safe` mm of it: `across` mm of its frame past the fold (0: it does not reach the
    fold), else `gap` mm from it; `move` mm is how far its frame must move, towards the
    panel it is mostly on, to keep `safe` mm from the fold."""

    slot: str
    noun: str
    page: str
    direction: str  # vertical | horizontal
    at: float  # mm from the layout's start edge (vertical) or the top (horizontal)
    across: float  # mm
    gap: float  # mm
    move: float  # mm
    safe: float  # mm

    @property
    def message(self) -> str:
        edge = "start edge" if self.direction == "vertical" else "top"
        fold = f"the {self.direction} fold at {self.at:g} mm from the {edge}"
        if self.across > 0:
            return (
                f"{self.noun} '{self.slot}' lies across {fold} on page '{self.page}': its "
                f"frame reaches {self.across:.1f} mm past the fold, which creases it"
            )
        return (
            f"{self.noun} '{self.slot}' comes {self.gap:.1f} mm from {fold} on page "
            f"'{self.page}', inside the {self.safe:g} mm safe margin"
        )


# the nouns of what is checked on a fold: what reads or scans (a shape, a ground, is meant
# to run across a fold, as art given `bleed:` is)
FOLD_NOUNS: dict[type, str] = {
    TextItem: "text",
    ImageItem: "image",
    QrItem: "QR code",
    SvgItem: "art",
    HeartsItem: "hearts",
}


def fold_problems(doc: Document, layout: Layout) -> list[OnFold]:
    """Each text, image (a logo), QR code, piece of art and hearts whose frame lies across a
    fold of its page (Document.folds, mirrored on a back: model.Folds.on_page; each told as
    the layout writes it, from the start edge, `layout.folds`) or within the
    layout's safe margin of it, `layout.safe`: the distance the kit keeps text from the trim
    (kinds.SafeRect), since a fold is an edge of each panel; a fold may drift as a cut may,
    and the crease curves what lies on it. Slots given `bleed:` (grounds and bands meant
    to run off the panel) and shapes are not judged. Frames in the document's placing (a
    right-to-left page's mirrored), mm."""
    if not doc.folds:
        return []
    slots = {s.name: s for s in layout.slots}
    found = []
    for index, page in enumerate(doc.pages):
        folds = doc.folds_on(index)
        for item in page.items:
            slot = slots.get(item.slot)
            noun = FOLD_NOUNS.get(type(item))
            if noun is None or slot is None or slot.bleed:
                continue
            if noun == "image" and getattr(slot, "logo", None):
                noun = "logo"
            b = item.box  # type: ignore[union-attr]
            spans = (
                ("vertical", folds.vertical, layout.folds.vertical, b.x / MM, (b.x + b.w) / MM),
                (
                    "horizontal",
                    folds.horizontal,
                    layout.folds.horizontal,
                    b.y / MM,
                    (b.y + b.h) / MM,
                ),
            )
            for direction, here, written, low, high in spans:
                for at, first in zip(here, written, strict=True):
                    one = _on_fold(low, high, at, layout.safe)
                    if one is not None:
                        across, gap, move = one
                        found.append(
                            OnFold(
                                item.slot, noun, page.name, direction, first, across, gap,
                                move, layout.safe,
                            )
                        )  # fmt: skip
    return found


def _on_fold(low: float, high: float, at: float, safe: float) -> tuple[float, float, float] | None:
    """(mm past the fold, mm from it, mm to move) for a frame from `low` to `high` mm along
    the side a fold at `at` mm crosses, when it lies within `safe` mm of it (TOL aside);
    else None. A frame across the fold moves to the side it is mostly on."""
    if low < at < high:
        across = min(at - low, high - at)
        return round(across, 1), 0.0, round(across + safe, 1)
    gap = low - at if low >= at else at - high
    if gap < safe - TOL / MM:
        return 0.0, round(gap, 1), round(safe - gap, 1)
    return None
