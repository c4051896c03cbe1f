"""Where a page paints each vector colour, told apart as on the piece or outside its bleed:
total ink is judged on the printed piece, as print shops measure it. A page's marks, colour
bar and slug, drawn outside the bleed, print on the press sheet and are cut off: a print
shop's trial failed `check --pdf --max-tac 260` on the kit's colour bar's 300 % patch, in
the slug area, without saying where. The bleed is the piece's: the cut may fall anywhere in
it, and an off cut shows what it holds. Read only for the pages of a file with a colour over
its limit (`preflight.colour`): the content streams again, with their path points, which the
checks' shared parse leaves out (`pdf.PATH_POINTS`)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

import pikepdf

from .pdf import (
    DamagedContentError,
    entry,
    first_operand,
    font_size,
    form_matrix,
    multiply,
    numbers,
    page_resources,
)
from .report import MM

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_FORM_DEPTH = 8  # nested forms followed this deep, as preflight.images does
PROCESS_PLATES = 4  # the registration colour's tint counts on each (preflight.colour)
SHOW_OPS = frozenset({"Tj", "TJ", "'", '"'})
FILL_OPS = frozenset({"f", "F", "f*"})
STROKE_OPS = frozenset({"S", "s"})
BOTH_OPS = frozenset({"B", "B*", "b", "b*"})
# text render modes that fill and that stroke (ISO 32000-1, 9.3.6, table 106)
TEXT_FILLS = frozenset({0, 2, 4, 6})
TEXT_STROKES = frozenset({1, 2, 5, 6})
BUTT, SQUARE = 0, 2  # line caps (J, ISO 32000-1, 8.4.3.3); 1 round

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in the page's default space, pt

# The colour bar as the kit draws it (render.marks.draw_colour_bar, a press sheet's
# sheets.sheet_marks): a row of square patches side by side, each filled in process colour,
# at most render.marks.BAR_PATCH (4 mm) each, at least render.marks.BAR_ESSENTIAL of them
BAR_PATCH_MOST = 4 * MM
BAR_PATCHES_LEAST = 4
NEAR = 0.01  # pt: two patches' edges this close meet


@dataclass(eq=False)
class Colour:
    """One colour a content stream sets (k, K, or a tint of the registration colour) and
    where it is painted: `inside`, boxes reaching into the piece (its bleed: `_Walk.put`;
    text: the point where its line starts); `outside`, boxes wholly outside it; `unplaced`,
    set where this cannot tell (in a form past MAX_FORM_DEPTH, or one the page does not
    draw)."""

    tac: float  # per cent
    registration: bool  # the Separation /All (its tint on the four process plates)
    stroke: bool  # the stroke's colour (else the fill's)
    inside: list[Box] = field(default_factory=list)
    outside: list[Box] = field(default_factory=list)
    unplaced: bool = False

    @property
    def on_piece(self) -> bool:
        """Whether its ink counts on the piece: painted inside the bleed, or not known to be
        painted only outside it (a colour set and never painted counts, as it always did)."""
        return bool(self.inside) or self.unplaced or not self.outside


@dataclass
class _State:
    """The graphics state the walk keeps (ISO 32000-1, 8.4): q saves it, Q restores it."""

    ctm: tuple[float, ...] = IDENTITY
    fill: Colour | None = None
    stroke: Colour | None = None
    fill_all: bool = False  # whether the fill's colour space is the registration colour
    stroke_all: bool = False
    line_width: float = 1.0
    render_mode: int = 0
    line_cap: int = BUTT
    font_size: float = 0.0  # Tf's (text state, ISO 32000-1, 9.3.1: in the graphics state)
    leading: float = 0.0


@dataclass
class Placed:
    """Every colour of a page (`colours`), the page's trim (None: no TrimBox), the edge of
    the piece, `edge`, that a paint wholly outside of is off the piece (its BleedBox, else
    its TrimBox; None: neither, so every paint is on the piece), `edge_name` ("the bleed",
    "the trim") and its MediaBox."""

    colours: list[Colour]
    trim: Box | None
    edge: Box | None
    edge_name: str
    media: Box

    def piece(self) -> Colour | None:
        """The colour of the most ink on the piece, or None when it has none."""
        return max((c for c in self.colours if c.on_piece), key=lambda c: c.tac, default=None)

    def off_piece(self, limit: float) -> list[Colour]:
        """The colours over `limit` painted only outside the piece's edge."""
        return [c for c in self.colours if not c.on_piece and c.tac > limit]

    def colour_bar(self) -> set[Box]:
        """The patches of the colour bars outside the piece's edge, as the kit draws one
        (BAR_PATCH_MOST): rows of BAR_PATCHES_LEAST or more squares of one size, side by
        side, each a fill in process colour. A fill outside that is none of them is not a
        colour bar's."""
        squares = sorted(
            {
                box
                for c in self.colours
                if not c.registration and not c.stroke
                for box in c.outside
                if _square(box)
            },
            key=lambda b: (round(b[1], 2), b[0]),
        )
        bar: set[Box] = set()
        row: list[Box] = []
        for box in [*squares, None]:
            if box is not None and row and _next_patch(row[-1], box):
                row.append(box)
                continue
            if len(row) >= BAR_PATCHES_LEAST:
                bar.update(row)
            row = [box] if box is not None else []
        return bar

    def where(self, box: Box) -> str:
        """Where `box` is, from the trim's edges (`where`)."""
        return where(box, self.trim, self.media)


def placed_ink(page: pikepdf.Page, registration: set[str]) -> Placed:
    """Where the page paints each colour (`Colour`), the registration colour's spaces being
    `registration` (colour.registration_spaces): the page's content, and the forms it draws
    with their /Matrix, each from the graphics state where it is drawn (its colours, line
    width, text render mode), followed MAX_FORM_DEPTH deep; a form of its resources (or its
    forms') that it never draws, or draws deeper, its colours `unplaced`, as
    colour.check_colours counts every form's. On the piece: what reaches into the BleedBox
    (the TrimBox where there is none)."""
    trim, bleed = page_box(page.obj, "/TrimBox"), page_box(page.obj, "/BleedBox")
    edge, edge_name = (bleed, "the bleed") if bleed is not None else (trim, "the trim")
    walk = _Walk(edge, registration)
    walk.stream(page.obj, entry(page.obj, "/Resources"), _State(), 0)
    for res in page_resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") == "/Form" and xo.objgen not in walk.seen:
                walk.seen.add(xo.objgen)
                walk.stream(xo, entry(xo, "/Resources"), _State(), MAX_FORM_DEPTH, placed=False)
    media = page_box(page.obj, "/MediaBox") or (0, 0, 0, 0)
    return Placed(walk.colours, trim, edge, edge_name, media)


def page_box(obj: Any, name: str) -> Box | None:
    """A page's box (`name`), its corners in order, or None where it has none."""
    box = entry(obj, name)
    if box is None or len(box) != 4:
        return None
    x0, y0, x1, y1 = (float(v) for v in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


class _Walk:
    """One page's walk: the colours it met, and the forms it drew (by object); `edge`, the
    piece's (Placed.edge)."""

    def __init__(self, edge: Box | None, registration: set[str]) -> None:
        self.edge, self.registration = edge, registration
        self.colours: list[Colour] = []
        self.seen: set[tuple[int, int]] = set()

    def stream(
        self, obj: Any, resources: Any, state: _State, depth: int, placed: bool = True
    ) -> None:
        """Walk one content stream from the graphics state `state` (a form's: a copy of the
        state where it is drawn, its CTM the form's); `placed` False: its paints are
        unplaced."""
        try:
            instructions = pikepdf.parse_content_stream(obj)
        except pikepdf.PdfError as exc:
            raise DamagedContentError(str(exc)) from None
        xobjects = (entry(resources, "/XObject") if resources is not None else None) or {}
        saved: list[_State] = []
        path = _Path()
        text: tuple[float, ...] = IDENTITY  # the text line matrix (where a line starts)
        for ins in instructions:
            op = str(ins.operator)
            if op == "q":
                saved.append(_State(**vars(state)))
            elif op == "Q" and saved:
                state = saved.pop()
            elif op == "cm":
                state.ctm = tuple(multiply(numbers(op, ins, 6), list(state.ctm)))
            elif op == "w":
                state.line_width = numbers(op, ins, 1)[0]
            elif op == "J":
                state.line_cap = int(numbers(op, ins, 1)[0])
            elif op in ("k", "K", "g", "G", "rg", "RG", "cs", "CS", "sc", "scn", "SC", "SCN"):
                self.colour(op, ins, state)
            elif op in PATH_OPS:
                path.add(op, _points(op, ins, state.ctm))
            elif op in FILL_OPS or op in STROKE_OPS or op in BOTH_OPS or op == "n":
                self.paint(op, path, state, placed)
                path = _Path()
            elif op in TEXT_OPS:
                text = _text(op, ins, state, text)
            if op in SHOW_OPS:
                self.show(text, state, placed)
            elif isinstance(ins, pikepdf.ContentStreamInlineImage) and _is_mask(ins.iimage.obj):
                self.mask(state, placed)
            elif op == "Do":
                name = str(first_operand(op, ins, pikepdf.Name))
                self.draw(xobjects.get(name), state, depth, placed)

    def colour(self, op: str, ins: Any, state: _State) -> None:
        """A colour operator: the fill's or the stroke's colour, and whether its space is the
        registration colour's, as colour.check_colours reads them: a process colour (k, K),
        a tint of the registration colour (its space set by cs or CS), or none of either
        (gray, RGB, another space's tint, a space just set)."""
        stroke = op.isupper()
        is_all = state.stroke_all if stroke else state.fill_all
        new: Colour | None = None
        if op in ("cs", "CS"):
            is_all = bool(ins.operands) and str(ins.operands[0]) in self.registration
        elif op in ("sc", "scn", "SC", "SCN"):
            if is_all:
                new = Colour(PROCESS_PLATES * sum(numbers(op, ins, 1)) * 100, True, stroke)
        else:  # k, K, g, G, rg, RG: a device space of their own
            is_all = False
            if op in ("k", "K"):
                new = Colour(sum(numbers(op, ins, 4)) * 100, False, stroke)
        if stroke:
            state.stroke, state.stroke_all = new, is_all
        else:
            state.fill, state.fill_all = new, is_all
        if new is not None:
            self.colours.append(new)

    def paint(self, op: str, path: _Path, state: _State, placed: bool) -> None:
        """A path painted by `op`: each of its subpaths' boxes given to the fill's colour,
        the stroke's, or both (the stroke's: `_Path.stroked`)."""
        if not path.points or op == "n":
            return
        if op in FILL_OPS or op in BOTH_OPS:
            for box in path.filled():
                self.put(state.fill, box, placed)
        if op in STROKE_OPS or op in BOTH_OPS:
            if op in CLOSING_OPS:
                path.add("h", [])
            a, b, c, d = state.ctm[:4]
            half = state.line_width * max(abs(a * d - b * c), 0.0) ** 0.5 / 2
            for box in path.stroked(half, state.line_cap):
                self.put(state.stroke, box, placed)

    def show(self, text: tuple[float, ...], state: _State, placed: bool) -> None:
        """Text shown: its colour painted at the point where the line starts, off the piece
        where that point is outside its edge by more than the text's size (Tf's size times
        the scale of the text matrix times the CTM: slug text in the registration colour,
        as InDesign prints a page's information), else on it (a line's extent is not
        measured: text starting nearer is taken to reach the piece)."""
        m = multiply(list(text), list(state.ctm))
        x, y = _apply(m, 0.0, 0.0)
        size = abs(state.font_size) * max(math.hypot(m[0], m[1]), math.hypot(m[2], m[3]))
        if state.render_mode in TEXT_FILLS:
            self.put(state.fill, (x, y, x, y), placed, reach=size)
        if state.render_mode in TEXT_STROKES:
            self.put(state.stroke, (x, y, x, y), placed, reach=size)

    def mask(self, state: _State, placed: bool) -> None:
        """An image mask: the fill's colour painted on the unit square under the CTM."""
        corners = [_apply(list(state.ctm), x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
        self.put(state.fill, _bounds(corners), placed)

    def draw(self, xo: Any, state: _State, depth: int, placed: bool) -> None:
        """An XObject drawn (Do): an image mask, or a form walked under its /Matrix."""
        if xo is None:
            return
        if xo.get("/Subtype") == "/Image":
            if xo.get("/ImageMask", False):
                self.mask(state, placed)
            return
        if xo.get("/Subtype") != "/Form" or depth >= MAX_FORM_DEPTH:
            return  # a form this deep (or one that draws itself) is walked as one never drawn
        self.seen.add(xo.objgen)
        matrix = form_matrix(xo)
        ctm = tuple(multiply(matrix, list(state.ctm))) if matrix is not None else state.ctm
        # a form is painted with the graphics state where it is drawn (ISO 32000-1, 8.10.1)
        self.stream(xo, entry(xo, "/Resources"), replace(state, ctm=ctm), depth + 1, placed)

    def put(self, colour: Colour | None, box: Box, placed: bool, reach: float = 0.0) -> None:
        """`colour` painted on `box`: on the piece when `box` grown by `reach` (pt) on every
        side reaches into its edge, else outside it."""
        if colour is None:
            return
        x0, y0, x1, y1 = box
        if not placed:
            colour.unplaced = True
        elif self.edge is None or _touches(
            (x0 - reach, y0 - reach, x1 + reach, y1 + reach), self.edge
        ):
            colour.inside.append(box)
        else:
            colour.outside.append(box)


PATH_OPS = frozenset({"m", "l", "c", "v", "y", "re", "h"})
# the text operators that set the text state or move to a line (ISO 32000-1, 9.3 and 9.4)
TEXT_OPS = frozenset({"BT", "Tr", "Tf", "TL", "Td", "TD", "Tm", "T*", "'", '"'})


def _text(op: str, ins: Any, state: _State, text: tuple[float, ...]) -> tuple[float, ...]:
    """A text operator (TEXT_OPS): its render mode, size and leading kept in `state` (the
    text state is the graphics state's), and the text line matrix it leaves (`text`, where
    the next line starts)."""
    if op == "BT":
        return IDENTITY
    if op == "Tr":
        state.render_mode = int(numbers(op, ins, 1)[0])
    elif op == "Tf":
        state.font_size = font_size(ins)
    elif op == "TL":
        state.leading = numbers(op, ins, 1)[0]
    elif op in ("Td", "TD"):
        tx, ty = numbers(op, ins, 2)
        state.leading = -ty if op == "TD" else state.leading
        return tuple(multiply([1, 0, 0, 1, tx, ty], list(text)))
    elif op == "Tm":
        return tuple(numbers(op, ins, 6))
    elif op in ("T*", "'", '"'):
        return tuple(multiply([1, 0, 0, 1, 0, -state.leading], list(text)))
    return text


CLOSING_OPS = frozenset({"s", "b", "b*"})  # close the subpath, then stroke it


class _Path:
    """A path as it is built (ISO 32000-1, 8.5.2): its `points` in the page's space (a
    curve's control points: the hull they make holds it), where each subpath starts in
    them (`starts`: a press sheet's crop marks are one path of many subpaths, around the
    pieces, none on them), and `ends`, the ends of its open subpaths that end a straight
    segment, by index, each with the point before it on the segment (a butt or square cap
    ends the stroke there, square to the segment: a crop mark drawn from the bleed's edge
    outwards does not reach into the bleed)."""

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []
        self.starts: list[int] = [0]
        self.ends: dict[int, tuple[float, float]] = {}
        self.start = -1  # the open subpath's first point (-1: none open)
        self.straight = False  # whether its last segment is straight

    def add(self, op: str, points: list[tuple[float, float]]) -> None:
        """The points of a path operator `op` (`_points`)."""
        if op in ("m", "re"):
            self.end_subpath()
            if self.points and self.starts[-1] != len(self.points):
                self.starts.append(len(self.points))
        elif op == "h" and self.start >= 0:
            self.ends.pop(self.start, None)  # closed: no end
            self.start = -1
        elif op == "l" and self.start == len(self.points) - 1 >= 0:
            self.ends[self.start] = points[0]  # the first segment, straight
        if op == "m":
            self.start = len(self.points)
        self.straight = op == "l"
        self.points += points

    def end_subpath(self) -> None:
        """The open subpath's last point an end, where its last segment is straight."""
        last = len(self.points) - 1
        if self.start >= 0 and self.straight and last > self.start:
            self.ends[last] = self.points[last - 1]
        self.start = -1

    def spans(self) -> list[range]:
        """Each subpath's points, as a range of their indices."""
        bounds = [*self.starts, len(self.points)]
        return [range(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    def filled(self) -> list[Box]:
        """The box of each subpath, which holds what a fill paints of it (a point that the
        path winds around, by either rule, some subpath winds around)."""
        return [_bounds(self.points[span.start : span.stop]) for span in self.spans()]

    def stroked(self, half: float, cap: int) -> list[Box]:
        """The box each subpath's stroke paints, `half` the line width (pt) wide on each
        side of it: each point widened by `half` every way, but an end of a straight segment
        under a butt cap only square to the segment (past it by `half` under a square
        cap)."""
        self.end_subpath()
        return [
            _bounds([p for i in span for p in self.widened(i, half, cap)]) for span in self.spans()
        ]

    def widened(self, i: int, half: float, cap: int) -> list[tuple[float, float]]:
        """The corners of what the stroke paints about point `i` (`stroked`)."""
        x, y = self.points[i]
        before = self.ends.get(i) if cap in (BUTT, SQUARE) else None
        length = math.hypot(x - before[0], y - before[1]) if before is not None else 0.0
        if before is None or length == 0.0:
            return [(x - half, y - half), (x + half, y + half)]
        ux, uy = (x - before[0]) / length * half, (y - before[1]) / length * half
        if cap == SQUARE:
            x, y = x + ux, y + uy
        return [(x - uy, y + ux), (x + uy, y - ux)]


TOUCH = 0.01  # pt: a box must reach this far into the bleed (else trim) to be on the piece


def _is_mask(image: Any) -> bool:
    """Whether an inline image is a stencil mask (as colour.is_image_mask reads it)."""
    return bool(image.get("/IM", image.get("/ImageMask", False)))


# the numbers each path operator takes: pairs of coordinates, or a rectangle's x, y, w, h
PATH_NUMBERS = {"m": 2, "l": 2, "c": 6, "v": 4, "y": 4, "re": 4, "h": 0}


def _points(op: str, ins: Any, ctm: tuple[float, ...]) -> list[tuple[float, float]]:
    """The points a path operator adds, in the page's space (a curve's control points: the
    hull they make holds it)."""
    m = list(ctm)
    values = numbers(op, ins, PATH_NUMBERS[op]) if PATH_NUMBERS[op] else []
    if op == "re":
        x, y, w, h = values
        return [_apply(m, x, y), _apply(m, x + w, y), _apply(m, x, y + h), _apply(m, x + w, y + h)]
    return [_apply(m, values[i], values[i + 1]) for i in range(0, len(values), 2)]


def _apply(m: list[float], x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _bounds(points: list[tuple[float, float]]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _touches(box: Box, edge: Box) -> bool:
    """Whether `box` reaches into `edge` (a point or line on it counts: text's origin)."""
    x0, y0, x1, y1 = box
    left, bottom, right, top = edge
    return x1 >= left + TOUCH and x0 <= right - TOUCH and y1 >= bottom + TOUCH and y0 <= top - TOUCH


def _square(box: Box) -> bool:
    """Whether `box` may be a colour bar's patch: a square of at most BAR_PATCH_MOST."""
    w, h = box[2] - box[0], box[3] - box[1]
    return NEAR < w <= BAR_PATCH_MOST + NEAR and abs(w - h) <= NEAR


def _next_patch(before: Box, box: Box) -> bool:
    """Whether the square `box` is the patch after `before` in a colour bar: of its size,
    its left edge on `before`'s right one."""
    return (
        abs(box[0] - before[2]) <= NEAR
        and abs(box[1] - before[1]) <= NEAR
        and abs(box[3] - before[3]) <= NEAR
    )


def where(box: Box, trim: Box | None, page: Box) -> str:
    """Where `box` is, in mm from the trim's edges (the page's, for a page without a
    TrimBox), to 0.1 mm: "4 to 8 mm above the trim, 145 to 149 mm from its left edge"; "12
    to 40 mm from the trim's left edge, 30 to 50 mm from its top edge" for one inside."""
    left, bottom, right, top = trim or page
    edge = "the trim" if trim is not None else "the page"
    x0, y0, x1, y1 = box

    def span(a: float, b: float) -> str:
        a, b = round(a / MM, 1) + 0.0, round(b / MM, 1) + 0.0  # no -0
        return f"{a:g} mm" if a == b else f"{a:g} to {b:g} mm"

    down = span(max(top - y1, 0), min(top - y0, top - bottom))
    across = span(max(x0 - left, 0), min(x1 - left, right - left))
    if y0 >= top - TOUCH or y1 <= bottom + TOUCH:
        above = y0 >= top - TOUCH
        off = span(y0 - top, y1 - top) if above else span(bottom - y1, bottom - y0)
        side = (
            f"{span(left - x1, left - x0)} left of it"
            if x1 <= left + TOUCH
            else f"{span(x0 - right, x1 - right)} right of it"
            if x0 >= right - TOUCH
            else f"{across} from its left edge"
        )
        return f"{off} {'above' if above else 'below'} {edge}, {side}"
    if x1 <= left + TOUCH:
        return f"{span(left - x1, left - x0)} left of {edge}, {down} from its top edge"
    if x0 >= right - TOUCH:
        return f"{span(x0 - right, x1 - right)} right of {edge}, {down} from its top edge"
    return f"{across} from {edge}'s left edge, {down} from its top edge"
