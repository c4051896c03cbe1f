"""Composed documents: pages of placed items, in points, y down from the trim's top-left."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the command line imports this module, not the text stage
    from ..model import BadgeProfile
    from ..text.fit import TextSet
    from ..text.paragraph import Line

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class ShapeItem:
    slot: str
    box: Box
    shape: str  # rect | circle
    fill: str | None
    stroke: str | None
    stroke_width: float  # pt
    radius: float  # pt


@dataclass(frozen=True)
class TextItem:
    slot: str
    box: Box
    text: TextSet
    colour: str
    keys: tuple[str, ...]
    top: float  # offset of the first line box from the box top (vertical alignment), pt


@dataclass(frozen=True)
class ArcTextItem:
    slot: str
    cx: float
    cy: float
    radius: float  # baseline radius, pt
    line: Line
    size: float
    colour: str
    side: str  # top | bottom
    keys: tuple[str, ...]


@dataclass(frozen=True)
class SvgItem:
    slot: str
    box: Box
    asset: Path
    align: str


@dataclass(frozen=True)
class ImageItem:
    slot: str
    box: Box  # where the image shows (the frame)
    asset: Path
    crop: tuple[
        float, float, float, float
    ]  # part of the image shown: left, top, right, bottom (0-1)
    ppi: float  # effective resolution at the placed size
    background: str | None


@dataclass(frozen=True)
class QrItem:
    slot: str
    box: Box
    url: str
    colour: str
    background: str | None
    quiet: int


@dataclass(frozen=True)
class HeartsItem:
    slot: str
    box: Box
    count: int
    filled: int
    fill: str
    outline: str
    outline_width: float  # pt
    rtl: bool


Item = ShapeItem | TextItem | ArcTextItem | SvgItem | ImageItem | QrItem | HeartsItem


@dataclass(frozen=True)
class Page:
    """One side of a document (front, back...): its placed items in drawing order."""

    name: str
    items: tuple[Item, ...]
    tags: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # slot: (role, alt)
    # slot: the language its words are in, where that is not the document's (a string shown
    # in the source language: not yet translated, or the same words, like Latin hashtags)
    langs: dict[str, str] = field(default_factory=dict)

    def text_items(self) -> list[TextItem]:
        return [i for i in self.items if isinstance(i, TextItem)]


@dataclass(frozen=True)
class Document:
    """A composed material in one language: one or more pages of the same trim."""

    material: str
    title: str
    kind: str
    lang: str
    rtl: bool
    trim: tuple[float, float]  # pt
    bleed: float  # pt
    safe: float  # pt
    pages: tuple[Page, ...]
    badge: BadgeProfile | None

    @property
    def items(self) -> tuple[Item, ...]:
        """Every placed item of every page, in page order."""
        return tuple(i for page in self.pages for i in page.items)

    def text_items(self) -> list[TextItem]:
        return [i for page in self.pages for i in page.text_items()]
