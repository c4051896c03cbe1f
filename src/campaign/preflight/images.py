"""Images: effective resolution as placed, from the current transformation matrix."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pikepdf

from ..recent import Recent
from .pdf import (
    Instruction,
    content_streams,
    entry,
    first_operand,
    form_matrix,
    multiply,
    numbers,
    page_resources,
    parsed,
)
from .report import Expect, Report

MAX_FORM_DEPTH = 8  # nested forms followed this deep (a loop of forms is not followed forever)


def check_images(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    """Effective resolution of every image as placed, XObjects and inline images (BI ... EI)
    alike: from the current transformation matrix, through form
    XObjects (SVG art, imported pages) with their /Matrix, however nested. A page none of
    whose resources (its own, its forms') names an image and none of whose content streams
    has an inline image is not walked."""
    if not any(
        xo.get("/Subtype") == "/Image"
        for res in page_resources(page.obj)
        for xo in (res.get("/XObject") or {}).values()
    ) and not any(op == "INLINE IMAGE" for stream in content_streams(page) for op, _ in stream):
        return
    resources = page.obj.get("/Resources")
    worst = _worst_ppi(parsed(page), resources, IDENTITY, 0)
    for fact, what, ppi in (
        ("min_image_ppi", "an image", worst.image),
        ("min_mask_ppi", "a 1-bit image mask", worst.mask),
    ):
        if ppi is None:
            continue
        rep.worst(fact, round(ppi, 1), min)
        if ppi < expect.min_ppi:
            rep.failures.append(
                f"page {n}: {what} prints at {ppi:.0f} ppi; at least {expect.min_ppi:g} is needed"
            )
        elif ppi < expect.good_ppi:
            rep.warnings.append(
                f"page {n}: {what} prints at {ppi:.0f} ppi; {expect.good_ppi:g} is recommended"
            )


IDENTITY = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


class Worst:
    """The lowest resolution (ppi) of the images, and of the 1-bit image masks (ISO 32000-1,
    8.9.6.2: a stencil painted in the fill colour; the kit's slug is drawn as such), a
    content stream draws; None where it draws none. Told apart so that `check --pdf` does
    not sum up a file without pictures as "images from 1200 ppi" (the slug's masks)."""

    def __init__(self) -> None:
        self.image: float | None = None
        self.mask: float | None = None

    def add(self, ppi: float | None, mask: bool) -> None:
        if ppi is None:
            return
        if mask:
            self.mask = ppi if self.mask is None else min(self.mask, ppi)
        else:
            self.image = ppi if self.image is None else min(self.image, ppi)

    def join(self, other: Worst) -> None:
        self.add(other.image, False)
        self.add(other.mask, True)


def _worst_ppi(
    instructions: list[Instruction], resources: Any, ctm: list[float], depth: int
) -> Worst:
    """The lowest resolution (ppi) of the images and of the masks drawn by one content
    stream."""
    xobjects: Any = (resources.get("/XObject") if resources is not None else None) or {}
    worst = Worst()
    for op, ins, at in _drawn(instructions, ctm):
        if op == "Do":
            xo = xobjects.get(str(first_operand(op, ins, pikepdf.Name)))
            if xo is not None:
                worst.join(_placed(xo, at, depth))
        else:  # an inline image: ins is an InlineImage
            worst.add(_ppi(ins.width, ins.height, at), bool(ins.image_mask))
    return worst


def _drawn(
    instructions: list[Instruction], ctm: list[float]
) -> Iterator[tuple[str, Any, list[float]]]:
    """Each XObject (Do) and inline image a content stream draws, with the matrix it is
    drawn under: `ctm` through the stream's q, Q and cm."""
    stack: list[list[float]] = []
    for op, ins in instructions:
        if op == "q":
            stack.append(ctm)
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm":
            ctm = multiply(numbers(op, ins, 6), ctm)  # a new list: stack safe
        elif op in ("Do", "INLINE IMAGE"):
            yield op, ins, ctm


def _ppi(width: int, height: int, ctm: list[float]) -> float:
    """The resolution of an image of width x height samples drawn in the unit square under
    `ctm` (ISO 32000-1, 8.3.4: image space maps to the unit square), ppi: the lower of its
    two directions'."""
    w_in = math.hypot(ctm[0], ctm[1]) / 72
    h_in = math.hypot(ctm[2], ctm[3]) / 72
    return min(width / max(w_in, 1e-9), height / max(h_in, 1e-9))


def _placed(xo: Any, ctm: list[float], depth: int) -> Worst:
    """An image's or mask's ppi under `ctm`, or the worst of a form's under its /Matrix."""
    worst = Worst()
    if xo.get("/Subtype") == "/Image":
        worst.add(_ppi(int(xo.Width), int(xo.Height), ctm), bool(xo.get("/ImageMask", False)))
        return worst
    if xo.get("/Subtype") != "/Form" or depth >= MAX_FORM_DEPTH:
        return worst
    resources = entry(xo, "/Resources")  # a form of inline images may have neither
    instructions = parsed(xo)
    named = resources is not None and resources.get("/XObject")
    inline = () if named else _inline_images(instructions)
    if not named and not inline:
        return worst  # it names no XObject and has no inline image: it draws no image
    matrix = form_matrix(xo)
    inner = multiply(matrix, ctm) if matrix is not None else ctm
    if not named:  # its inline images alone: placed once, kept
        for w, h, at, mask in inline:
            worst.add(_ppi(w, h, multiply(at, inner)), mask)
        return worst
    return _worst_ppi(instructions, resources, inner, depth + 1)


# an inline image's samples across and down, its matrix, and whether it is a 1-bit mask
Placed = tuple[int, int, list[float], bool]

# A form's inline images (of a form that names no XObject) with their matrices in the form's
# space, by its parsed instructions (kept per process for small forms: preflight.pdf._FORMS):
# a file that places the same such form on many pages (the kit's slug fields were such forms
# until the eighteenth session) reads its images once.
_INLINE: Recent[int, tuple[list[Instruction], tuple[Placed, ...]]] = Recent(64)


def _inline_images(instructions: list[Instruction]) -> tuple[Placed, ...]:
    """The inline images of one content stream and the matrix each is drawn under, from the
    stream's own space (its q, Q and cm)."""
    kept = _INLINE.get(id(instructions))
    if kept is not None and kept[0] is instructions:
        return kept[1]
    found = tuple(
        (ins.width, ins.height, at, bool(ins.image_mask))
        for op, ins, at in _drawn(instructions, IDENTITY)
        if op == "INLINE IMAGE"  # ins: an InlineImage
    )
    _INLINE.put(id(instructions), (instructions, found))
    return found
