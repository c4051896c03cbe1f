"""Glyphs drawn as filled outlines, not text: a glyph's outline in font units
(`glyph_outline`, through a fontTools-style pen, `OutlinePen`, into PDF path operators,
`PathOps`), placed at a size (`placed_outline`), and runs as one form XObject
(`outline_content`, `draw_outlined`: the slug's fields outside the trim are art)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ..fonts import FontFace
from ..recent import Recent
from ..text.paragraph import Run
from ..text.shape import Glyph
from .forms import FilledForm, draw_form


class OutlinePen:
    """A fontTools-style pen that draws glyph outlines into a reportlab path (for the slug)."""

    def __init__(self, path: object, x: float, y: float, scale: float) -> None:
        self.p, self.x, self.y, self.s = path, x, y, scale
        self.last = (0.0, 0.0)

    def _pt(self, pt: tuple[float, float]) -> tuple[float, float]:
        return self.x + pt[0] * self.s, self.y + pt[1] * self.s

    def moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 (pen protocol)
        self.p.moveTo(*self._pt(pt))  # type: ignore[attr-defined]
        self.last = pt

    def lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.p.lineTo(*self._pt(pt))  # type: ignore[attr-defined]
        self.last = pt

    def curveTo(  # noqa: N802
        self,
        a: tuple[float, float],
        b: tuple[float, float],  # noqa: N802
        c: tuple[float, float],
    ) -> None:
        self.p.curveTo(*self._pt(a), *self._pt(b), *self._pt(c))  # type: ignore[attr-defined]
        self.last = c

    def qCurveTo(self, *pts: tuple[float, float]) -> None:  # noqa: N802
        # TrueType implied on-curve points between consecutive off-curve points
        offs, end = list(pts[:-1]), pts[-1]
        for i, off in enumerate(offs):
            nxt = (
                end
                if i == len(offs) - 1
                else ((off[0] + offs[i + 1][0]) / 2, (off[1] + offs[i + 1][1]) / 2)
            )
            p0 = self.last
            c1 = (p0[0] + 2 / 3 * (off[0] - p0[0]), p0[1] + 2 / 3 * (off[1] - p0[1]))
            c2 = (nxt[0] + 2 / 3 * (off[0] - nxt[0]), nxt[1] + 2 / 3 * (off[1] - nxt[1]))
            self.curveTo(c1, c2, nxt)

    def closePath(self) -> None:  # noqa: N802
        self.p.close()  # type: ignore[attr-defined]

    def endPath(self) -> None:  # noqa: N802
        pass


class PathOps:
    """A stand-in for a reportlab path that records PDF path operators (for OutlinePen), and
    the box around every point it wrote (a curve lies inside its control points' box)."""

    def __init__(self) -> None:
        self.ops: list[str] = []
        self.box = [math.inf, math.inf, -math.inf, -math.inf]

    def _num(self, v: float, axis: int) -> str:
        text = f"{v:.2f}".rstrip("0").rstrip(".")
        n = float(text)
        box = self.box
        box[axis], box[axis + 2] = min(box[axis], n), max(box[axis + 2], n)
        return text

    def _point(self, x: float, y: float) -> str:
        return f"{self._num(x, 0)} {self._num(y, 1)}"

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802 (reportlab's path API)
        self.ops.append(f"{self._point(x, y)} m")

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802
        self.ops.append(f"{self._point(x, y)} l")

    def curveTo(self, *v: float) -> None:  # noqa: N802
        points = (self._point(v[i], v[i + 1]) for i in range(0, len(v), 2))
        self.ops.append(" ".join(points) + " c")

    def close(self) -> None:
        self.ops.append("h")


@dataclass(frozen=True)
class Outline:
    """A glyph's outline in font units: PDF path operators, and the box (left, bottom, right,
    top) around every point they name, widened by `OUTLINE_MARGIN` of the em on each side."""

    ops: str
    box: tuple[int, int, int, int]


# A form's /BBox clips it: the margin keeps the clip clear of the outline's edge pixels, so
# the clip never takes part in the anti-aliasing of the glyph's edges.
OUTLINE_MARGIN = 0.05  # of the em


# (face key, font file, glyph id) -> the glyph's outline; a key may name another file later
# (a kit read again), as in `ttfont`
_OUTLINES: dict[tuple[str, str, int], Outline | None] = {}


def glyph_outline(face: FontFace, gid: int) -> Outline | None:
    """A glyph's outline in font units (None: it has none), drawn once per process."""
    key = (face.key, str(face.path), gid)
    if key not in _OUTLINES:
        path = PathOps()
        face.hb_font.draw_glyph_with_pen(gid, OutlinePen(path, 0.0, 0.0, 1.0))
        outline = None
        if path.ops:
            pad = math.ceil(face.upem * OUTLINE_MARGIN)
            left, bottom, right, top = path.box
            box = (
                math.floor(left) - pad,
                math.floor(bottom) - pad,
                math.ceil(right) + pad,
                math.ceil(top) + pad,
            )
            outline = Outline(" ".join(path.ops), box)
        _OUTLINES[key] = outline
    return _OUTLINES[key]


# (face key, font file, glyphs, size) per run -> the runs' form content, once per process for
# the slug's fields that repeat from document to document (a new one on probation until it
# is drawn again: the build hash is new on every record of a merge)
_OUTLINED: Recent[tuple[tuple[str, str, tuple[Glyph, ...], float, float], ...], FilledForm] = (
    Recent(32, probation=16)
)


def placed_outline(outline: Outline, scale: float, x: float, y: float) -> str:
    """A glyph's outline filled at (x, y) (pt: its origin) at `scale` (pt per font unit):
    `q s 0 0 s x y cm`, the outline, `f`, `Q`."""
    return f"q {scale:.6g} 0 0 {scale:.6g} {x:.3f} {y:.3f} cm\n{outline.ops} f Q"


def outline_content(runs: Sequence[Run], size: float) -> FilledForm | None:
    """The glyph outlines of `runs` at `size` pt as a content stream: per glyph `q s 0 0 s x y
    cm` (font units to pt, the glyph's place from the runs' origin), its outline and `f`, `Q`;
    its box holds every glyph's outline box (margin included). None when no glyph has an
    outline (only spaces)."""
    key = tuple((r.face.key, str(r.face.path), r.glyphs, r.x, size) for r in runs)
    found = _OUTLINED.get(key)
    if found is not None:
        return found
    ops: list[str] = []
    box = [math.inf, math.inf, -math.inf, -math.inf]
    for run in runs:
        face = run.face
        scale = size / face.upem
        pen_x = run.x
        for g in run.glyphs:
            outline = glyph_outline(face, g.gid)
            if outline:
                gx, gy = pen_x + g.x_offset * scale, g.y_offset * scale
                ops.append(placed_outline(outline, scale, gx, gy))
                left, bottom, right, top = outline.box
                box[0], box[1] = min(box[0], gx + left * scale), min(box[1], gy + bottom * scale)
                box[2], box[3] = max(box[2], gx + right * scale), max(box[3], gy + top * scale)
            pen_x += g.x_advance * scale
    if not ops:
        return None
    found = FilledForm("\n".join(ops).encode("ascii"), (box[0], box[1], box[2], box[3]))
    _OUTLINED.put(key, found)
    return found


def draw_outlined(canvas: Canvas, runs: Sequence[Run], x: float, y: float, size: float) -> None:
    """Draw runs as filled outlines, not text (slug fields outside the trim are art, not
    content): one form XObject per distinct text, face and size (`outline_content`, added
    by `forms.filled_form`), placed with its origin at (x, y) pt, filled in the current fill
    colour. A slug is a few fields, each a form: the fields that repeat from file to file
    are the same forms, and a reader loads a few forms a page instead of one per glyph
    (bench/README.md, ninth session: PDFium's load of an A5 event flyer's page, 3.6 ms with
    one form for each of the slug's 41 glyphs, 0.99 without a slug)."""
    form = outline_content(runs, size)
    if form is not None:
        draw_form(canvas, form, x, y)
