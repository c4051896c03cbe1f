"""The typed campaign model: what validation produces and every later stage reads.

All lengths are millimetres and all font sizes points, unless a name says otherwise.
Positions are logical: `start`/`end` become left/right only when a language's direction is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, Mark

EDGES = ("top", "bottom", "start", "end")


@dataclass(frozen=True)
class Colour:
    """A brand colour, defined once for print (CMYK, 0-1) and once for screens (sRGB, 0-1)."""

    name: str
    cmyk: tuple[float, float, float, float]
    rgb: tuple[float, float, float]

    @property
    def hex(self) -> str:
        return "#" + "".join(f"{round(c * 255):02X}" for c in self.rgb)

    @property
    def ink(self) -> float:
        """Total ink coverage in per cent."""
        return sum(self.cmyk) * 100


@dataclass(frozen=True)
class Campaign:
    name: str
    year: int
    source_language: str
    languages: tuple[str, ...]
    colours: dict[str, Colour]
    links: dict[str, str]
    output_profile: str
    mark: Mark
    image_intent: str = "perceptual"  # how photos map into the press gamut
    # values that are not translated (a helpline, a web address, a venue): name -> text;
    # a strings file's `fields:` overrides them for its language
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StringEntry:
    key: str
    text: str
    short: str | None
    mark: Mark


@dataclass(frozen=True)
class Language:
    """One strings file: the texts of one language and how to set them."""

    code: str
    name: str
    native_name: str
    status: str
    script: str
    direction: str  # "ltr" or "rtl"
    digits: str
    strings: dict[str, StringEntry]
    path: Path
    pseudo: bool = False
    fields: dict[str, StringEntry] = field(default_factory=dict)  # this language's own values

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


@dataclass(frozen=True)
class TextStyle:
    name: str
    weight: str  # "regular" | "bold"
    size: float  # largest size, pt
    min_size: float  # smallest size copy-fit may use, pt
    colour: str
    align: str  # start | end | center | justify
    leading: float  # line advance as a multiple of the size (before script adjustment)
    balance: bool
    uppercase: bool
    paragraph_gap: float  # extra space between paragraphs, as a multiple of the size
    max_lines: int  # 0: any number of lines
    mark: Mark


@dataclass(frozen=True)
class Frame:
    """A box given by any two of start/width/end and any two of top/height/bottom (mm)."""

    start: float | None = None
    end: float | None = None
    top: float | None = None
    bottom: float | None = None
    width: float | None = None
    height: float | None = None

    def resolve(self, page_w: float, page_h: float) -> tuple[float, float, float, float]:
        """(x from the start edge, y from the top edge, width, height) in mm."""
        x, w = _span(self.start, self.width, self.end, page_w)
        y, h = _span(self.top, self.height, self.bottom, page_h)
        return x, y, w, h


def _span(
    a: float | None, size: float | None, b: float | None, total: float
) -> tuple[float, float]:
    if a is not None and size is not None:
        return a, size
    if a is not None and b is not None:
        return a, total - a - b
    if size is not None and b is not None:
        return total - b - size, size
    raise ValueError("frame needs two of three values per axis")  # validation prevents this


@dataclass(frozen=True, kw_only=True)
class Slot:
    name: str
    frame: Frame
    mark: Mark
    pin: bool = False
    bleed: frozenset[str] = frozenset()
    role: str | None = None  # heading | paragraph | figure | artifact (digital variant's tags)
    alt: str | None = None  # string key: the alternative text of a figure


@dataclass(frozen=True, kw_only=True)
class ShapeSlot(Slot):
    shape: str  # rect | circle
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 0.0
    radius: float = 0.0


@dataclass(frozen=True, kw_only=True)
class TextSlot(Slot):
    """Paragraphs from string keys (translated) and then fields (values; an empty field is
    left out, and a slot whose every text is empty is not drawn)."""

    strings: tuple[str, ...]
    style: TextStyle
    fields: tuple[str, ...] = ()
    valign: str = "top"  # top | middle | bottom


@dataclass(frozen=True, kw_only=True)
class ArcTextSlot(Slot):
    """Text set along a circle (badge rim); the frame is the circle's bounding square."""

    strings: tuple[str, ...]
    style: TextStyle
    side: str = "bottom"  # top | bottom


@dataclass(frozen=True, kw_only=True)
class SvgSlot(Slot):
    asset: Path
    align: str = "center"  # start | center | end


@dataclass(frozen=True, kw_only=True)
class ImageSlot(Slot):
    """A raster image (photo, partner logo): colour-managed to CMYK for print."""

    asset: Path
    pixels: tuple[int, int]  # width, height after EXIF orientation
    fit: str = "cover"  # cover: fill the frame, cropping; contain: show it all
    background: str | None = None  # what transparent parts are flattened onto in print


@dataclass(frozen=True, kw_only=True)
class QrSlot(Slot):
    link: str
    colour: str
    background: str | None
    quiet: int = 2  # quiet zone, modules


@dataclass(frozen=True, kw_only=True)
class HeartsSlot(Slot):
    """The fact drawn as data: `count` hearts in a row, the first `filled` of them filled."""

    count: int
    filled: int
    fill: str
    outline: str
    outline_width: float = 1.0


@dataclass(frozen=True)
class BadgeProfile:
    """A button press: visible face, the paper circle that is cut, and the text-safe inset."""

    face: float
    cut: float
    safe: float
    verified: bool
    source: str

    @property
    def wrap(self) -> float:
        return (self.cut - self.face) / 2

    @property
    def live(self) -> float:
        return self.face - 2 * self.safe


@dataclass(frozen=True)
class Marks:
    """Printer's marks outside the bleed."""

    crop: bool = True
    registration: bool = False
    colour_bar: bool = False
    slug: bool = True

    @property
    def any(self) -> bool:
        return self.crop or self.registration or self.colour_bar or self.slug


@dataclass(frozen=True)
class PageSpec:
    """One page of a material (front, back...): its slots in drawing and reading order."""

    name: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Layout:
    id: str
    title: str
    kind: str  # a material kind (model.kinds): poster | flyer | badge
    trim: tuple[float, float]
    bleed: float
    safe: float
    pages: tuple[PageSpec, ...]
    styles: dict[str, TextStyle]
    path: Path
    badge: BadgeProfile | None = None
    marks: Marks = field(default_factory=Marks)
    output_profile: str | None = None  # overrides the campaign's press profile

    @property
    def slots(self) -> tuple[Slot, ...]:
        """Every slot of every page."""
        return tuple(s for page in self.pages for s in page.slots)


@dataclass(frozen=True)
class Kit:
    """Everything a build reads: the campaign, its languages, its layouts, where files are."""

    root: Path
    campaign: Campaign
    languages: dict[str, Language]
    layouts: dict[str, Layout]
    fonts_dir: Path
    assets_dir: Path
    warnings: tuple[Diagnostic, ...] = field(default=())  # of validation, e.g. unused keys
