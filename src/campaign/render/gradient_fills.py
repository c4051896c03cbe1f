"""Where SVG art's gradient fills are drawn: svglib's renderer, its gradient shapes placed in
the space of the shape they fill.

svglib (2.3) paints a shape filled with a gradient (`fill="url(#g)"`) as a group of two, a
gradient shape (a clip to the shape and a PDF shading) and the shape itself, and adds the
group where the shape was. A shape with its own `transform` is by then a group carrying that
transform, and the gradient shape sat outside it: clip and shading were both drawn where the
shape would be without its transform (a designer's trial: `translate(40,0)` printed at the
old place, the shape's stroke alone at the new). It also drew the gradient in the shape's
space without the rest of what SVG says maps gradient units to it (SVG 1.1, 13.2.2-3):

- `gradientTransform`, never read;
- objectBoundingBox units as a matrix of the box: a diagonal gradient's stripes across a box
  that is not square, and a radial gradient's ellipse in one, were drawn square to the axis
  and as a circle of the box's mean radius;
- userSpaceOnUse percentages (of the viewport) read as fractions, `fx` and `fy` left out;
- a `clip-path` on the shape: its clip was taken for the shape (the gradient filled the clip
  path and took its bounding box);
- attributes of a gradient it refers to (`href`) given defaults instead of inherited
  (`spreadMethod` too, kept as `_spread` for render.gradients to draw).

`GradientRenderer._apply_gradient_fill` puts each gradient shape in the group that holds
the shape it fills, just before it (under the same transform, and after the clip-path's
clip: renderPDF clips a group's later members), with the matrix (`_matrix`) from the
gradient's own units to that shape's space, the gradient's coordinates in its own units and
its focus (`_focus`). render.gradients paints them.
"""

from __future__ import annotations

import math
import re
from typing import Any

from reportlab.graphics.shapes import Group
from reportlab.graphics.transform import mmult
from svglib.svglib import (
    ClippingPath,
    LinearGradientShape,
    NodeTracker,
    RadialGradientShape,
    SvgRenderer,
    _find_clip_shape,
)

from .gradients import IDENTITY, Matrix

_URL = re.compile(r"""url\(\s*(['"]?)#([^'"]+?)\1\s*\)""")
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# the attributes a gradient may take from the gradient it refers to (SVG 1.1, 13.2.2-3)
_LINEAR = {"x1": "0", "y1": "0", "x2": "100%", "y2": "0"}
_RADIAL = {"cx": "50%", "cy": "50%", "r": "50%"}


class GradientRenderer(SvgRenderer):
    """svglib's SvgRenderer, its gradient fills placed as the SVG says (module docstring)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self._nodes: list[Any] = []  # the nodes being rendered, innermost last
        self._ids: dict[str, Any] | None = None

    def renderNode(self, node: NodeTracker, parent: Any = None) -> None:  # noqa: N802
        self._nodes.append(node)
        try:
            super().renderNode(node, parent)
        finally:
            self._nodes.pop()

    def _apply_gradient_fill(self, item: Any, grad_def: Any) -> Any:
        """`item` (a shape, or the group of its transform or clip) with the gradient shape of
        `grad_def` (svglib's: its stops, colours and extension) beside the shape it fills."""
        painted = super()._apply_gradient_fill(item, grad_def)
        if painted is item:  # no shape, no stops, no box: svglib draws no gradient
            return item
        shape, holder = _filled_shape(item)
        element = self._gradient(self._nodes[-1])
        if shape is None or element is None:
            return painted
        inner = painted.contents[0]
        found = self._geometry(element, shape)
        if found is None:  # a box of no width or height: the gradient is not drawn
            return item
        matrix, coords, focus, spread = found
        if isinstance(inner, LinearGradientShape):
            x1, y1, x2, y2 = coords
            gradient: Any = LinearGradientShape(
                shape, x1, y1, x2, y2, inner._rl_colors, inner._positions, inner._extend
            )
        else:
            cx, cy, r = coords
            gradient = RadialGradientShape(
                shape, cx, cy, r, inner._rl_colors, inner._positions, inner._extend
            )
        gradient._matrix = matrix
        gradient._focus = focus
        gradient._spread = spread
        gradient._element = element[0]  # where a warning about it points (items.svg)
        if holder is None:
            return Group(gradient, item)
        holder.contents.insert(holder.contents.index(shape), gradient)
        return item

    def _gradient(self, node: NodeTracker) -> list[Any] | None:
        """The gradient element `node`'s fill refers to, then those it refers to in turn."""
        fill = self.attrConverter.findAttr(node, "fill") or ""
        found = _URL.fullmatch(fill.strip())
        if found is None:
            return None
        if self._ids is None:
            root = node.etree_element.getroottree().getroot()
            self._ids = {e.get("id"): e for e in root.iter("*") if e.get("id")}
        chain: list[Any] = []
        target = self._ids.get(found[2])
        while target is not None and target not in chain:
            chain.append(target)
            ref = target.get(XLINK_HREF) or target.get("href") or ""
            target = self._ids.get(ref[1:]) if ref.startswith("#") else None
        return chain or None

    def _geometry(
        self, chain: list[Any], shape: Any
    ) -> tuple[Matrix, list[float], tuple[float, float] | None, str] | None:
        """The matrix from the gradient's units to the shape's space, its coordinates in its
        units (x1 y1 x2 y2, or cx cy r), a radial gradient's focus (fx fy, or None where it
        is the centre) and its `spreadMethod` (pad, reflect or repeat; taken from a gradient
        it refers to, which svglib left out); None when the shape's box has no width or
        height."""

        def attr(name: str, default: str) -> str:
            return next((e.get(name) for e in chain if e.get(name) is not None), default)

        linear = chain[0].tag.endswith("linearGradient")
        box = attr("gradientUnits", "objectBoundingBox").strip() == "objectBoundingBox"
        matrix = IDENTITY
        if box:
            x0, y0, x1, y1 = shape.getBounds()
            if x1 - x0 <= 0 or y1 - y0 <= 0:
                return None
            matrix = (x1 - x0, 0.0, 0.0, y1 - y0, x0, y0)
        written = attr("gradientTransform", "").strip()
        if written:
            moved = Group()
            self.shape_converter.applyTransformOnGroup(written, moved)
            matrix = mmult(matrix, moved.transform)
        names = _LINEAR if linear else _RADIAL
        coords = [self._length(attr(n, d), n, box) for n, d in names.items()]
        focus = None
        if not linear:
            fx = self._length(attr("fx", attr("cx", "50%")), "cx", box)
            fy = self._length(attr("fy", attr("cy", "50%")), "cy", box)
            if (fx, fy) != (coords[0], coords[1]):
                focus = (fx, fy)
        spread = attr("spreadMethod", "pad").strip()
        return matrix, coords, focus, spread if spread in ("reflect", "repeat") else "pad"

    def _length(self, value: str, name: str, box: bool) -> float:
        """A gradient coordinate: in objectBoundingBox units a number or a percentage of the
        box; in userSpaceOnUse a length, a percentage of the viewport's width (x), height (y)
        or normalised diagonal (r)."""
        text = value.strip()
        if text.endswith("%"):
            try:
                share = float(text[:-1]) / 100
            except ValueError:
                return 0.0
            view = self.attrConverter.main_box
            if box or view is None:
                return share
            width, height = float(view.width), float(view.height)
            if name == "r":
                return share * math.hypot(width, height) / math.sqrt(2)
            return share * (width if name.startswith("x") else height)
        if box:
            try:
                return float(text)
            except ValueError:
                return 0.0
        try:
            length = self.attrConverter.convertLength(text, attr_name=name)
        except ValueError:  # not a length: as svglib reads it, 0
            return 0.0
        return float(length) if isinstance(length, (int, float)) else 0.0


def _filled_shape(item: Any) -> tuple[Any | None, Any | None]:
    """The shape in `item` (not a clip-path's path) and the group that holds it (None when
    `item` is the shape)."""
    if not isinstance(item, Group):
        return (item, None) if _find_clip_shape(item) is item else (None, None)
    for child in item.contents:
        if isinstance(child, ClippingPath):
            continue
        if isinstance(child, Group):
            shape, holder = _filled_shape(child)
            if shape is not None:
                return shape, holder or child
        elif _find_clip_shape(child) is child:
            return child, item
    return None, None
