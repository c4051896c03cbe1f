"""How much of a page its art covers: pure geometry on a composed page, no rendering.

The region to cover (the trim, or a round material's cut circle) is cut into rows about 1 mm
high, sampled at each row's middle; in every row the spans that ground items cover are merged
exactly along x. So the result is exact across and within half a millimetre down the page.

Ground items are the ones that paint every point of their outline opaquely:
- a filled `shape`: a rectangle (with its rounded corners cut off) or a circle;
- an `image`: its shown box (print flattens transparency onto its `background`, white when
  none, so the box prints opaque);
- a `qr` code's background square.
SVG art does not count: its box is where the art is scaled to, not what it paints (a heart on a
transparent ground). Text, hearts and outlines do not count either."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from .document import MM, Box, ImageItem, Item, QrItem, ShapeItem, SvgItem

ROW = MM  # row height and column width, pt: 1 mm
BARE = 0.1  # a row or column covered for at most this share counts as bare for `bands`
Span = tuple[float, float]


@dataclass(frozen=True)
class Coverage:
    """The covered share of a region and where the rest is, pt from the trim's top-left."""

    share: float  # 0-1 of the region's area
    bands: dict[str, float]  # top, bottom, left, right -> depth of a (mostly) bare band there
    bbox: tuple[float, float, float, float] | None  # left, top, right, bottom of the gaps
    partly: frozenset[str] = frozenset()  # bands with some ground in them (a QR code)
    # (top, bottom, partly) in pt of each band across the page that is (mostly) bare, top to
    # bottom, wherever it lies: one under a ground cut short above a QR code (partly: some
    # ground in it, as `partly`)
    across: tuple[tuple[float, float, bool], ...] = ()


def item_spans(item: Item, y: float) -> tuple[Span, ...]:
    """The x spans an item paints opaquely at height y, left to right (none, one, or for a
    `window` two: its frame's sides either side of its transparent middle, `hole_span`)."""
    if isinstance(item, ShapeItem) and item.fill is not None:
        b = item.box
        if item.shape == "circle":
            chord = _chord(b.x + b.w / 2, b.y + b.h / 2, min(b.w, b.h) / 2, y)
            return (chord,) if chord is not None else ()
        if not b.y <= y <= b.y + b.h:
            return ()
        if item.shape == "window":  # the box but its rounded middle
            hole = hole_span(item, y)
            if hole is None:
                return ((b.x, b.x + b.w),)
            sides = ((b.x, hole[0]), (hole[1], b.x + b.w))
            return tuple(s for s in sides if s[1] > s[0])
        return (_rounded(b, item.radius, y),)
    if isinstance(item, ImageItem):
        b = item.box
        return ((b.x, b.x + b.w),) if b.y <= y <= b.y + b.h else ()
    if isinstance(item, SvgItem) and item.ground is not None:  # the art, fitted in its frame
        g = item.ground
        return ((g.x, g.x + g.w),) if g.y <= y <= g.y + g.h else ()
    if isinstance(item, QrItem) and item.background is not None:
        s = item.square
        return ((s.x, s.x + s.w),) if s.y <= y <= s.y + s.h else ()
    return ()


def hole_span(item: Item, y: float) -> Span | None:
    """The x span of a `window` shape's transparent middle at height y (the rounded
    rectangle of its `radius` that render.items.shape leaves unfilled: what is drawn before
    it, or the photo of `frame PHOTO`, shows there), or None: not a window, or y off it."""
    if not isinstance(item, ShapeItem) or item.shape != "window":
        return None
    b = item.box
    if not b.y < y < b.y + b.h:
        return None
    span = _rounded(b, item.radius, y)
    return span if span[1] > span[0] else None


def in_hole(item: Item, x: float, y: float) -> bool:
    """Whether the point (pt) lies in a `window` shape's transparent middle (`hole_span`)."""
    hole = hole_span(item, y)
    return hole is not None and hole[0] < x < hole[1]


def _rounded(b: Box, radius: float, y: float) -> Span:
    """The x span at height y (within the box) of the box with corners rounded by `radius`
    (pt; at most half its shorter side)."""
    r = min(radius, b.w / 2, b.h / 2)
    d = max(b.y + r - y, y - (b.y + b.h - r), 0.0)  # how far into a corner's height
    inset = r - math.sqrt(max(r * r - d * d, 0.0)) if d > 0 else 0.0
    return b.x + inset, b.x + b.w - inset


def fill_under(before: Sequence[Item], box: tuple[float, float, float, float]) -> str | None:
    """The palette colour a box (x, y, w, h in pt from the trim's top-left) lies on wholly:
    the fill of the topmost filled shape of `before` (the items drawn under it) that reaches
    into the box, when that shape covers all four corners of the box (rounded corners and
    circles as drawn, `item_spans`), or the background of a QR code whose square covers them
    (the ground its quiet zone is, as the contrast checks count it: a logo on a code's navy
    background kept its transparency and was measured against nothing). None when the box
    is on anything else (a picture, two shapes, the bare page): what lies under it then
    varies."""
    x, y, w, h = box
    for under in reversed(before):
        reach = _reach(under)
        if reach is None:
            continue
        left, top, right, bottom = reach
        if not (left < x + w and x < right and top < y + h and y < bottom):
            continue
        if not covers(under, (x, y, x + w, y + h)):
            return None
        if isinstance(under, ShapeItem):
            return under.fill
        if isinstance(under, QrItem):
            return under.background
        return None
    return None


def paints(item: Item, x: float, y: float) -> bool:
    """Whether an item paints the point (pt) opaquely, as it is drawn (`item_spans`: a
    rectangle less its rounded corners, a circle of the box's shorter side, a window's
    frame less its rounded middle)."""
    return any(a <= x <= b for a, b in item_spans(item, y))


def covers(item: Item, box: tuple[float, float, float, float]) -> bool:
    """Whether an item paints all four corners of a box (left, top, right, bottom, pt), and
    for a `window` shape, none of the box lies in its transparent middle (a box across it
    has its corners on the window's frame)."""
    left, top, right, bottom = box
    if not all(paints(item, x, y) for x in (left, right) for y in (top, bottom)):
        return False
    return not (isinstance(item, ShapeItem) and item.shape == "window" and _in_hole(item, box))


def _in_hole(item: ShapeItem, box: tuple[float, float, float, float]) -> bool:
    """Whether some of a box (left, top, right, bottom, pt) lies in a window's transparent
    middle: the points within its radius of the rectangle of the corners' centres."""
    b = item.box
    r = min(item.radius, b.w / 2, b.h / 2)
    left, top, right, bottom = box
    dx = max(b.x + r - right, left - (b.x + b.w - r), 0.0)
    dy = max(b.y + r - bottom, top - (b.y + b.h - r), 0.0)
    if r <= 0:  # a square hole: the boxes overlap
        return left < b.x + b.w and b.x < right and top < b.y + b.h and b.y < bottom
    return math.hypot(dx, dy) < r


def _reach(item: Item) -> tuple[float, float, float, float] | None:
    """The box (left, top, right, bottom, pt) an item paints opaquely in, or None for one that
    paints no ground (text, hearts, an outline, SVG art without a ground, a QR code without
    a background)."""
    if isinstance(item, ShapeItem) and item.fill is not None or isinstance(item, ImageItem):
        b = item.box
    elif isinstance(item, SvgItem) and item.ground is not None:
        b = item.ground
    elif isinstance(item, QrItem) and item.background is not None:
        b = item.square  # the background fills the square, not the rest of the box
    else:
        return None
    return b.x, b.y, b.x + b.w, b.y + b.h


def _chord(cx: float, cy: float, r: float, y: float) -> Span | None:
    dy = abs(y - cy)
    if dy > r:
        return None
    half = math.sqrt(r * r - dy * dy)
    return cx - half, cx + half


def coverage(
    items: tuple[Item, ...], trim: tuple[float, float], circle: float | None = None
) -> Coverage:
    """How much of the trim (or of a circle of diameter `circle` pt centred on it) `items`
    cover, and where the rest is: bands along the trim's edges that are bare but for at most
    BARE of their rows or columns (a QR code in an empty margin), every band across the page
    so bare wherever it lies (`across`: not along the trim's edges alone), and the gaps'
    bounding box.

    Rows between two edges of straight items are alike, so one row stands for each run of
    them (a page of rectangles costs a few dozen rows, not hundreds)."""
    scan = _scan(items, trim, circle)
    share = scan.covered / scan.total if scan.total else 1.0
    bands: dict[str, float] = {}
    partly: set[str] = set()
    across: tuple[tuple[float, float, bool], ...] = ()
    if circle is None and scan.gaps:
        bands, partly = _edge_bands(scan)
        across = _across(scan)
    bbox = None
    if scan.gaps:
        gaps = scan.gaps
        bbox = (
            min(g[2] for g in gaps),
            min(g[0] for g in gaps),
            max(g[3] for g in gaps),
            max(g[1] for g in gaps),
        )
    return Coverage(share, bands, bbox, frozenset(partly), across)


@dataclass
class _Scan:
    """What the row scan found: areas (pt²), per-row covered shares, per-column coverage
    counts (a difference array) and the bare parts (top, bottom, x0, x1)."""

    rows: int
    cols: int
    row: float
    col: float
    total: float = 0.0
    covered: float = 0.0
    per_row: list[float] = field(default_factory=list)
    per_col: list[int] = field(default_factory=list)
    gaps: list[tuple[float, float, float, float]] = field(default_factory=list)


def _scan(items: tuple[Item, ...], trim: tuple[float, float], circle: float | None) -> _Scan:
    tw, th = trim
    rows = max(1, math.ceil(th / ROW - 1e-9))
    cols = max(1, math.ceil(tw / ROW - 1e-9))
    scan = _Scan(rows, cols, th / rows, tw / cols, per_col=[0] * (cols + 1))
    ground = [i for i in items if _is_ground(i)]
    for k, n in _runs(ground, rows, scan.row, circle is not None):
        y = (k + 0.5) * scan.row
        region = (0.0, tw) if circle is None else _chord(tw / 2, th / 2, circle / 2, y)
        if region is None or region[1] <= region[0]:
            continue
        _scan_row(scan, ground, k, n, y, region)
    return scan


def _scan_row(scan: _Scan, ground: list[Item], k: int, n: int, y: float, region: Span) -> None:
    """One run of `n` alike rows from row `k`, measured along the row at height `y`."""
    a, b = region
    spans = sorted(
        (max(s[0], a), min(s[1], b))
        for i in ground
        for s in item_spans(i, y)
        if min(s[1], b) > max(s[0], a)
    )
    row, col, cols = scan.row, scan.col, scan.cols
    here, x = 0.0, a
    for s0, s1 in spans:
        if s1 <= x:
            continue
        if s0 > x:
            scan.gaps.append((k * row, (k + n) * row, x, s0))
        here += s1 - max(s0, x)
        first, last = math.ceil(max(s0, x) / col - 0.5), math.floor(s1 / col - 0.5)
        if last >= first:
            scan.per_col[max(first, 0)] += n
            scan.per_col[min(last, cols - 1) + 1] -= n
        x = s1
    if x < b:
        scan.gaps.append((k * row, (k + n) * row, x, b))
    scan.total += (b - a) * row * n
    scan.covered += here * row * n
    scan.per_row += [here / (b - a)] * n


def _edge_bands(scan: _Scan) -> tuple[dict[str, float], set[str]]:
    """Bare bands along the trim's edges (pt deep), and those with some ground in them."""
    in_col, run = [], 0
    for d in scan.per_col[: scan.cols]:
        run += d
        in_col.append(run / scan.rows)
    bands: dict[str, float] = {}
    partly: set[str] = set()
    for edge, shares, step in (
        ("top", scan.per_row, scan.row),
        ("bottom", scan.per_row[::-1], scan.row),
        ("left", in_col, scan.col),
        ("right", in_col[::-1], scan.col),
    ):
        depth = next((k for k, v in enumerate(shares) if v > BARE), len(shares)) * step
        if depth >= MM:
            bands[edge] = depth
            if any(shares[: round(depth / step)]):
                partly.add(edge)
    return bands, partly


def _across(scan: _Scan) -> tuple[tuple[float, float, bool], ...]:
    """Each run of rows covered for at most BARE of their width, at least 1 mm deep: (top,
    bottom, whether some ground is in it), pt from the trim's top, top to bottom."""
    out = []
    k = 0
    while k < scan.rows:
        if scan.per_row[k] > BARE:
            k += 1
            continue
        end = next((j for j in range(k, scan.rows) if scan.per_row[j] > BARE), scan.rows)
        if (end - k) * scan.row >= MM:
            out.append((k * scan.row, end * scan.row, any(scan.per_row[k:end])))
        k = end
    return tuple(out)


def _runs(ground: list[Item], rows: int, row: float, round_region: bool) -> list[tuple[int, int]]:
    """(first row, number of rows) of each run of rows that every item crosses alike: a new
    run starts where an item starts or ends; rows across curves (circles, rounded corners, a
    round region) are runs of one."""
    starts = {0, rows}
    if round_region:
        starts.update(range(rows))
    for item in ground:
        top, bottom = _rows_of(item, row)
        starts.update((max(top, 0), max(bottom + 1, 0)))
        curve = _curve(item)
        if curve > 0:
            starts.update(range(max(top, 0), min(top + math.ceil(curve / row) + 1, rows)))
            starts.update(range(max(bottom - math.ceil(curve / row), 0), min(bottom + 1, rows)))
    edges = sorted(k for k in starts if 0 <= k <= rows)
    return [(a, b - a) for a, b in zip(edges, edges[1:], strict=False) if b > a]


def _rows_of(item: Item, row: float) -> tuple[int, int]:
    """The first and last row whose middle lies within the height the item paints."""
    top, bottom = _painted(item)
    return math.ceil(top / row - 0.5), math.floor(bottom / row - 0.5)


def _painted(item: Item) -> tuple[float, float]:
    """Top and bottom (pt) of what a ground item paints: a circle or a QR code's square is
    centred in a box that may be taller."""
    b = item.box  # type: ignore[union-attr]
    if isinstance(item, SvgItem) and item.ground is not None:  # the art, fitted in its frame
        b = item.ground
    if isinstance(item, QrItem):
        return item.square.y, item.square.y + item.square.h
    if isinstance(item, ShapeItem) and item.shape == "circle":
        side = min(b.w, b.h)
        return b.y + (b.h - side) / 2, b.y + (b.h + side) / 2
    return b.y, b.y + b.h


def _curve(item: Item) -> float:
    """How far (pt) from its top and bottom an item's span changes from row to row."""
    if isinstance(item, ShapeItem):
        if item.shape == "circle":
            return min(item.box.w, item.box.h)
        return min(item.radius, item.box.w / 2, item.box.h / 2)
    return 0.0


def _is_ground(item: Item) -> bool:
    if isinstance(item, ShapeItem):
        return item.fill is not None
    if isinstance(item, QrItem):
        return item.background is not None
    if isinstance(item, SvgItem):  # art with a ground paints its box (svgart.svg_ground)
        return item.ground is not None
    return isinstance(item, ImageItem)
