"""Item kinds in the render stage: one module per kind, found through a registry.

Each module registers a drawer for its item class with `@drawer(ItemClass)`: a function
(item, ctx) drawing onto ctx.canvas. `render.pdf` dispatches through the registry, so a new
slot kind is a module here and one in layout/items, with no change elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from reportlab.pdfgen.canvas import Canvas

from ...layout.document import Box
from ..colour import Palette
from ..target import Target

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from ..tagging import Parts
    from .svg import Art

T = TypeVar("T")
Convert = Callable[[tuple[float, float, float]], object]


@dataclass
class Resources:
    """Parsed art reused across the documents one process draws: a pure cache, owned by
    whoever draws, never module state. `svgs`: svglib's drawing by file; `arts`: the art drawn
    once (items.svg.Art) by file, palette key and press profile key (or the converter's id).
    QR matrices are kept by the layout stage (layout.items.qr.qr_matrix), which computes them
    for its size check."""

    svgs: dict[Path, Drawing] = field(default_factory=dict)
    arts: dict[tuple[Path, str, object], Art] = field(default_factory=dict)


@dataclass(frozen=True)
class LinkWords:
    """The printed words a link annotation lies over: its address as the page prints it, the
    paragraph of its text frame it is in, and whether it is that paragraph's whole text (an
    office's helpline, a line of its contacts) or a part of a sentence; `lang`, the words'
    language where it is not their element's (a Latin address in an Arabic sentence: the
    language of the Span of those words, `tagging.Part.lang`)."""

    words: str
    paragraph: int
    whole: bool
    lang: str | None = None


@dataclass
class DrawContext:
    """Where and how one page is drawn: the canvas, the trim's position on the media (pt),
    the palette, the sRGB -> press CMYK conversion, the target and the links made."""

    canvas: Canvas
    ox: float  # x of the trim's left edge on the media
    top: float  # y of the trim's top edge on the media
    palette: Palette
    convert: Convert
    target: Target
    resources: Resources
    links: list[str] = field(default_factory=list)
    # of a link drawn over printed words (render.items.text), by its index in `links`: the
    # words, the paragraph they are in and whether they are its whole text (a QR code's has
    # none: its figure is what the link holds)
    link_words: dict[int, LinkWords] = field(default_factory=dict)
    # a paragraph text of several paragraphs, in tagged output: the MCID its first paragraph
    # takes (each paragraph a P of its own, render.pdf._draw_page), and the paragraphs drawn
    paragraph_mcid: int | None = None
    paragraphs: list[int] = field(default_factory=list)
    # the item's words in a language of their own, in tagged output (render.pdf._parts)
    parts: Parts | None = None
    # whether poppler reads the page's lines left to right first (render.pdf.ltr_page): a
    # right-to-left stretch's marks then need a right-to-left mark (glyphs.spelled_marks)
    ltr_page: bool = False

    def box(self, box: Box) -> tuple[float, float, float, float]:
        """Layout box (y down from the trim top) to PDF (x, y of the bottom-left corner, w, h)."""
        return self.ox + box.x, self.top - box.y - box.h, box.w, box.h


Drawer = Callable[[Any, DrawContext], None]
DRAWERS: dict[type, Drawer] = {}


def drawer(item_type: type[T]) -> Callable[[Drawer], Drawer]:
    """Register the drawer of `item_type`."""

    def register(fn: Drawer) -> Drawer:
        DRAWERS[item_type] = fn
        return fn

    return register


def draw(item: object, ctx: DrawContext) -> None:
    """Draw one placed item with its kind's drawer."""
    for cls in type(item).__mro__:
        if cls in DRAWERS:
            DRAWERS[cls](item, ctx)
            return
    raise AssertionError(f"no drawer registered for {type(item).__name__}")


def _load() -> None:
    from . import arc_text, hearts, image, qr, shape, svg, text  # noqa: F401  (they register)


_load()
