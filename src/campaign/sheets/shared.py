"""Whether pieces may share their cuts on a press sheet: abutting at the trim, one cut
between two neighbours, no gutter and no bleed between them (`sheet --shared-cuts`).

A cut that strays d mm past a shared trim shows d mm of the neighbour's art where the piece's
own bleed would have been. That is safe only where the two are the same art: along each
shared edge, every piece's bleed must look like the first millimetres of its neighbour's
art (both a plain background of one colour, say). Each side of each pair of neighbours is
rendered (PDFium, RGB) and compared at points along the edge, at depths up to the bleed's
(half a millimetre short of it, as the preflight reads a bleed: preflight.bleed)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from .cells import Cells
from .impose import Side

PPI = 100.0  # the pieces are rendered at this resolution to compare their edges
EDGE_POINTS = 99  # points read along each shared edge
DEPTHS_MM = (0.5, 1.0, 1.5, 2.0, 2.5)  # how far past (and inside) the trim, at most bleed - 0.5
# Two colours differ when a channel differs by more than this (of 255): anti-aliasing and
# a gradient's steps pass, a white sliver on a blue ground does not. The project's choice,
# not a standard's: ISO 12647-2 gives press tolerances in CIELAB delta E for printed
# solids, not for how alike two pieces' art must be for a cut to stray between them, and no
# print shop's figure for it was found. `sheet --shared-tolerance` sets another.
TOLERANCE = 40
# an edge is unsafe when more than this share of its points differ (the project's choice
# too: a stray pixel or two of an edge's 99 points at each depth; --shared-max-differing)
MAX_DIFFERENT = 0.02


@dataclass(frozen=True)
class Edge:
    """A shared cut between two neighbours: `first` left of (or above) `second`."""

    first: Side
    second: Side
    across: bool  # side by side (a vertical cut); else one above the other


class _Rendered:
    """A side rendered at PPI: its pixels and its trim box (pt, user space)."""

    def __init__(self, side: Side) -> None:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(side.pdf)
        try:
            page = doc[side.page]
            self.x0, _, _, self.y1 = page.get_mediabox()
            self.trim = tuple(page.get_trimbox())
            image = page.render(scale=PPI / 72, fill_color=(255, 255, 255, 255)).to_pil()
        finally:
            doc.close()
        self.image = image.convert("RGB")

    def size(self, turn: int) -> tuple[float, float]:
        """Its trim's width and height as placed, pt: turned a quarter (`turn` 1 or -1, as
        impose.Side.turn), the one for the other."""
        w, h = self.trim[2] - self.trim[0], self.trim[3] - self.trim[1]
        return (h, w) if turn else (w, h)

    def placed_at(self, turn: int, x: float, y: float) -> tuple[int, int, int]:
        """The colour at (x, y), pt from its trim's bottom-left corner as placed on the sheet,
        turned by `turn` (impose.placed: a quarter anticlockwise, a point (u, v) of the trim
        is placed at (h - v, u); clockwise, at (v, w - u))."""
        left, bottom, right, top = self.trim
        if turn == 1:
            return self.at(left + y, top - x)
        if turn == -1:
            return self.at(right - y, bottom + x)
        return self.at(left + x, bottom + y)

    def at(self, x: float, y: float) -> tuple[int, int, int]:
        """The colour at (x, y), pt in user space (the nearest pixel)."""
        s = PPI / 72
        px = min(max(int((x - self.x0) * s), 0), self.image.width - 1)
        py = min(max(int((self.y1 - y) * s), 0), self.image.height - 1)
        r, g, b = self.image.getpixel((px, py))
        return r, g, b


def shared_edges(pages: Sequence[Sequence[Side | None]], cells: Cells) -> list[Edge]:
    """Each distinct pair of neighbours (by their files' bytes and page) that abut on the
    sheet's pages: the cells one cut apart, side by side or one above the other."""
    seen: dict[tuple[str, int, int, str, int, int, bool], Edge] = {}
    for sides in pages:
        for i, (x, y, w, h) in enumerate(cells.cells):
            for j, (ox, oy, _, _) in enumerate(cells.cells):
                across = abs(ox - (x + w)) < 1e-6 and abs(oy - y) < 1e-6
                down = abs(oy - (y + h)) < 1e-6 and abs(ox - x) < 1e-6
                a = sides[i] if i < len(sides) else None
                b = sides[j] if j < len(sides) else None
                if (across or down) and a is not None and b is not None:
                    key = (_digest(a.pdf), a.page, a.turn, _digest(b.pdf), b.page, b.turn, across)
                    seen.setdefault(key, Edge(a, b, across))
    return list(seen.values())


def differing(edge: Edge, bleed: float, tolerance: int = TOLERANCE) -> float:
    """The share of an edge's points where a cut that strays would show other art than the
    piece's own bleed: either piece's bleed against its neighbour's art as far inside, as
    the sheet places them (turned, for pieces turned a quarter), a point differing where a
    channel differs by more than `tolerance` (of 255)."""
    first, second = _render(edge.first), _render(edge.second)
    f, g = edge.first.turn, edge.second.turn
    mm = 72 / 25.4
    depths = [d * mm for d in DEPTHS_MM if d <= bleed - 0.5 + 1e-9]
    w1, h1 = first.size(f)
    w2, h2 = second.size(g)
    steps = [(k + 1) / (EDGE_POINTS + 1) for k in range(EDGE_POINTS)]
    differ = total = 0
    for t in steps:
        for d in depths:
            if edge.across:  # first's right edge against second's left
                y1, y2 = t * h1, t * h2
                pairs = [
                    (first.placed_at(f, w1 + d, y1), second.placed_at(g, d, y2)),
                    (second.placed_at(g, -d, y2), first.placed_at(f, w1 - d, y1)),
                ]
            else:  # first's bottom edge against second's top
                x1, x2 = t * w1, t * w2
                pairs = [
                    (first.placed_at(f, x1, -d), second.placed_at(g, x2, h2 - d)),
                    (second.placed_at(g, x2, h2 + d), first.placed_at(f, x1, d)),
                ]
            for p, q in pairs:
                total += 1
                differ += max(abs(u - v) for u, v in zip(p, q, strict=True)) > tolerance
    return differ / total if total else 0.0


def unsafe(
    pages: Sequence[Sequence[Side | None]],
    cells: Cells,
    bleed: float,
    tolerance: int = TOLERANCE,
    most: float = MAX_DIFFERENT,
) -> list[Edge]:
    """The shared cuts where a stray cut would show the neighbour's art: more than `most`
    of their points differing by more than `tolerance` (differing)."""
    return [e for e in shared_edges(pages, cells) if differing(e, bleed, tolerance) > most]


_RENDERED: dict[tuple[str, int], _Rendered] = {}


def _render(side: Side) -> _Rendered:
    key = (_digest(side.pdf), side.page)
    if key not in _RENDERED:
        if len(_RENDERED) > 16:
            _RENDERED.clear()
        _RENDERED[key] = _Rendered(side)
    return _RENDERED[key]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = ["Edge", "differing", "shared_edges", "unsafe"]
