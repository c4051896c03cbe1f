"""Where a page paints each vector colour, told apart as on the piece or outside its trim:
total ink is judged on the printed piece, as print shops measure it. A page's marks, colour
bar and slug, drawn outside the trim, print on the press sheet and are cut off: a print
shop's trial failed `check --pdf --max-tac 260` on the kit's colour bar's 300 % patch, in
the slug area, without saying where. Read only for a page with a colour over its limit
(`preflight.colour`): the content streams again, with their path points, which the checks'
shared parse leaves out (`pdf.PATH_POINTS`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pikepdf

from .pdf import DamagedContentError, entry, first_operand, multiply, numbers, page_resources
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

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in the page's default space, pt


@dataclass(eq=False)
class Colour:
    """One colour a content stream sets (k, K, or a tint of the registration colour) and
    where it is painted: `inside`, boxes reaching into the trim (text: where its line
    starts, whatever that place); `outside`, boxes wholly outside it; `unplaced`, set where
    this cannot tell (in a form past MAX_FORM_DEPTH, or one the page does not draw)."""

    tac: float  # per cent
    registration: bool  # the Separation /All (its tint on the four process plates)
    stroke: bool  # the stroke's colour (else the fill's)
    inside: list[Box] = field(default_factory=list)
    outside: list[Box] = field(default_factory=list)
    unplaced: bool = False

    @property
    def on_piece(self) -> bool:
        """Whether its ink counts on the piece: painted inside the trim, or not known to be
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


@dataclass
class Placed:
    """Every colour of a page (`colours`), the page's trim (None: no TrimBox, so every
    paint is on the piece) and its MediaBox."""

    colours: list[Colour]
    trim: Box | None
    media: Box

    def piece(self) -> Colour | None:
        """The colour of the most ink on the piece, or None when it has none."""
        return max((c for c in self.colours if c.on_piece), key=lambda c: c.tac, default=None)

    def off_piece(self, limit: float) -> list[Colour]:
        """The colours over `limit` painted only outside the trim."""
        return [c for c in self.colours if not c.on_piece and c.tac > limit]

    def where(self, box: Box) -> str:
        """Where `box` is, from the trim's edges (`where`)."""
        return where(box, self.trim, self.media)


def placed_ink(page: pikepdf.Page, registration: set[str]) -> Placed:
    """Where the page paints each colour (`Colour`), the registration colour's spaces being
    `registration` (colour.registration_spaces): the page's content, and the forms it draws
    with their /Matrix, followed MAX_FORM_DEPTH deep; a form of its resources (or its forms')
    that it never draws, or draws deeper, its colours `unplaced`, as colour.check_colours
    counts every form's."""
    trim = page_box(page.obj, "/TrimBox")
    walk = _Walk(trim, registration)
    walk.stream(page.obj, entry(page.obj, "/Resources"), IDENTITY, 0)
    for res in page_resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            if xo.get("/Subtype") == "/Form" and xo.objgen not in walk.seen:
                walk.seen.add(xo.objgen)
                walk.stream(xo, entry(xo, "/Resources"), IDENTITY, MAX_FORM_DEPTH, placed=False)
    return Placed(walk.colours, trim, page_box(page.obj, "/MediaBox") or (0, 0, 0, 0))


def page_box(obj: Any, name: str) -> Box | None:
    """A page's box (`name`), its corners in order, or None where it has none."""
    box = entry(obj, name)
    if box is None or len(box) != 4:
        return None
    x0, y0, x1, y1 = (float(v) for v in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


class _Walk:
    """One page's walk: the colours it met, and the forms it drew (by object)."""

    def __init__(self, trim: Box | None, registration: set[str]) -> None:
        self.trim, self.registration = trim, registration
        self.colours: list[Colour] = []
        self.seen: set[tuple[int, int]] = set()

    def stream(
        self, obj: Any, resources: Any, ctm: tuple[float, ...], depth: int, placed: bool = True
    ) -> None:
        """Walk one content stream under `ctm`; `placed` False: its paints are unplaced."""
        try:
            instructions = pikepdf.parse_content_stream(obj)
        except pikepdf.PdfError as exc:
            raise DamagedContentError(str(exc)) from None
        xobjects = (entry(resources, "/XObject") if resources is not None else None) or {}
        state, saved = _State(ctm), []
        path: list[tuple[float, float]] = []
        text: tuple[float, ...] = IDENTITY  # the text line matrix (where a line starts)
        leading = 0.0
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
            elif op in ("k", "K", "g", "G", "rg", "RG", "cs", "CS", "sc", "scn", "SC", "SCN"):
                self.colour(op, ins, state)
            elif op in PATH_OPS:
                path += _points(op, ins, state.ctm)
            elif op in FILL_OPS or op in STROKE_OPS or op in BOTH_OPS or op == "n":
                self.paint(op, path, state, placed)
                path = []
            elif op == "BT":
                text = IDENTITY
            elif op == "Tr":
                state.render_mode = int(numbers(op, ins, 1)[0])
            elif op == "TL":
                leading = numbers(op, ins, 1)[0]
            elif op in ("Td", "TD"):
                tx, ty = numbers(op, ins, 2)
                leading = -ty if op == "TD" else leading
                text = tuple(multiply([1, 0, 0, 1, tx, ty], list(text)))
            elif op == "Tm":
                text = tuple(numbers(op, ins, 6))
            elif op in ("T*", "'", '"'):
                text = tuple(multiply([1, 0, 0, 1, 0, -leading], list(text)))
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

    def paint(self, op: str, path: list[tuple[float, float]], state: _State, placed: bool) -> None:
        """A path painted by `op`: its box given to the fill's colour, the stroke's, or both
        (the stroke's widened by half its line width)."""
        if not path or op == "n":
            return
        box = _bounds(path)
        if op in FILL_OPS or op in BOTH_OPS:
            self.put(state.fill, box, placed)
        if op in STROKE_OPS or op in BOTH_OPS:
            a, b, c, d = state.ctm[:4]
            half = state.line_width * max(abs(a * d - b * c), 0.0) ** 0.5 / 2
            x0, y0, x1, y1 = box
            self.put(state.stroke, (x0 - half, y0 - half, x1 + half, y1 + half), placed)

    def show(self, text: tuple[float, ...], state: _State, placed: bool) -> None:
        """Text shown: its colour painted where the line starts, on the piece whatever that
        place (a line's extent is not measured here: it is never taken to be outside)."""
        x, y = _apply(list(multiply(list(text), list(state.ctm))), 0.0, 0.0)
        if state.render_mode in TEXT_FILLS:
            self.put(state.fill, (x, y, x, y), placed, always_inside=True)
        if state.render_mode in TEXT_STROKES:
            self.put(state.stroke, (x, y, x, y), placed, always_inside=True)

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
        matrix = [float(v) for v in xo.get("/Matrix", IDENTITY)]
        inner = tuple(multiply(matrix, list(state.ctm)))
        self.stream(xo, entry(xo, "/Resources"), inner, depth + 1, placed)

    def put(
        self, colour: Colour | None, box: Box, placed: bool, always_inside: bool = False
    ) -> None:
        """`colour` painted on `box`: inside the trim, or outside it."""
        if colour is None:
            return
        if not placed:
            colour.unplaced = True
        elif always_inside or self.trim is None or _touches(box, self.trim):
            colour.inside.append(box)
        else:
            colour.outside.append(box)


PATH_OPS = frozenset({"m", "l", "c", "v", "y", "re", "h"})
TOUCH = 0.01  # pt: a box must reach this far into the trim to be on the piece


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


def _touches(box: Box, trim: Box) -> bool:
    """Whether `box` reaches into `trim` (a point or line on it counts: text's origin)."""
    x0, y0, x1, y1 = box
    left, bottom, right, top = trim
    return x1 >= left + TOUCH and x0 <= right - TOUCH and y1 >= bottom + TOUCH and y0 <= top - TOUCH


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
