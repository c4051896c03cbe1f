"""The marks a sheet page draws, read back from its content stream: every path it strokes or
fills itself (crop marks, registration targets, colour bar patches, cut lines) and the
slug's outlines (its /Slug form's paths), each as its box in mm from the media's bottom left;
the pieces (the other form XObjects) are art, not marks, and are skipped."""

from __future__ import annotations

import math

import pikepdf

from ..kits import MM

Box = tuple[float, float, float, float]  # left, bottom, right, top
PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}
# how many coordinate pairs each path operator takes
POINTS = {"m": 1, "l": 1, "c": 3, "v": 2, "y": 2}


def drawn_marks(page: pikepdf.Page) -> list[tuple[str, Box]]:
    """(what, box) of each painted path of the page and of its slug: what is "slug" for the
    slug's outlines, else the painting operator. A stroke's box has its width: a straight
    segment's across it (butt caps, the default: J 0), past its ends too with other caps; a
    curve's and a rectangle's all round (miter joins), about its control points (never
    smaller than the curve)."""
    return _walk(pikepdf.parse_content_stream(page), page.obj.Resources, pikepdf.Matrix(), "")


Point = tuple[float, float]


def _stroked(pieces: list[tuple[str, list[Point]]], hw: float, cap: int) -> list[Point]:
    """The corners of each piece of a path stroked `hw` (half the width, pt) wide."""
    out: list[Point] = []
    for kind, pts in pieces:
        if kind == "l" and cap == 0:  # the outline's corners: across the segment only
            (x0, y0), (x1, y1) = pts
            length = math.hypot(x1 - x0, y1 - y0) or 1.0
            nx, ny = -(y1 - y0) / length * hw, (x1 - x0) / length * hw
            out += [(x0 + nx, y0 + ny), (x0 - nx, y0 - ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny)]
        else:
            out += [(x + dx, y + dy) for x, y in pts for dx in (-hw, hw) for dy in (-hw, hw)]
    return out


def _walk(
    ops: list[pikepdf.ContentStreamInstruction],
    resources: pikepdf.Object,
    ctm: pikepdf.Matrix,
    what: str,
    split: bool = False,
) -> list[tuple[str, Box]]:
    found: list[tuple[str, Box]] = []
    saved: list[tuple[pikepdf.Matrix, float, int]] = []
    width, cap = 1.0, 0
    pieces: list[tuple[str, list[Point]]] = []  # each segment's points, in page space
    at: Point = (0.0, 0.0)
    for ins in ops:
        op = str(ins.operator)
        nums = [float(v) for v in ins.operands] if op in (*POINTS, "re", "cm") else []
        if op == "q":
            saved.append((ctm, width, cap))
        elif op == "Q":
            ctm, width, cap = saved.pop()
        elif op == "cm":
            ctm = pikepdf.Matrix(*nums) @ ctm
        elif op == "w":
            width = float(ins.operands[0])
        elif op == "J":
            cap = int(ins.operands[0])
        elif op == "m":
            at = ctm.transform((nums[0], nums[1]))
            pieces.append(("m", []))  # a subpath starts
        elif op in POINTS:
            pts = [ctm.transform((nums[i], nums[i + 1])) for i in range(0, len(nums), 2)]
            pieces.append((op, [at, *pts]))
            at = pts[-1]
        elif op == "re":
            x, y, w, h = nums
            corners = [ctm.transform(p) for p in ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]
            pieces += [("m", []), ("re", corners)]
        elif op == "n":
            pieces = []
        elif op in PAINT:
            stroke = op in ("S", "s", "B", "B*", "b", "b*")
            for part in _subpaths(pieces) if split and not what else [pieces]:
                pts = [p for _, ps in part for p in ps]
                if stroke:
                    pts += _stroked(part, width / 2 * abs(ctm.a), cap)
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                if xs:
                    box = (min(xs) / MM, min(ys) / MM, max(xs) / MM, max(ys) / MM)
                    found.append((what or op, box))
            pieces = []
        elif op == "Do" and str(ins.operands[0]) == "/Slug":
            form = resources.XObject.Slug
            inner = pikepdf.parse_content_stream(form)
            found += _walk(inner, form.get("/Resources", pikepdf.Dictionary()), ctm, "slug")
    return found


def _subpaths(pieces: list[tuple[str, list[Point]]]) -> list[list[tuple[str, list[Point]]]]:
    """A path's pieces split at each subpath's start (the `m` marker _walk puts there)."""
    parts: list[list[tuple[str, list[Point]]]] = []
    for kind, pts in pieces:
        if kind == "m" or not parts:
            parts.append([])
        if kind != "m":
            parts[-1].append((kind, pts))
    return [part for part in parts if part]


def drawn_strokes(page: pikepdf.Page) -> list[tuple[str, Box]]:
    """(what, box) as drawn_marks gives them, but a box for each subpath (from its `m`, or a
    rectangle) of the page's own paths: each crop mark, each target's circle and each arm of
    its cross, each colour bar patch; the slug's glyphs as drawn_marks gives them."""
    return _walk(pikepdf.parse_content_stream(page), page.obj.Resources, pikepdf.Matrix(), "", True)
