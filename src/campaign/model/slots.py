"""Slots: the boxes of a layout page and what each draws. Each kind is a dataclass registered
under its YAML `kind:` name with `@slot_kind`; lengths are millimetres."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, NamedTuple

from ..diagnostics import Mark
from .layout import EDGES, Frame, TextStyle
from .spec import Key, slot_kind

__all__ = ["EDGES"]

COLOUR = "a colour name from campaign.yaml"
GROUND = "ground"  # an image's `background:` that is the colour of what it lies on


Rect = tuple[float, float, float, float]  # x, y from the top left, width, height (mm or pt)


def fitted(box: Rect, ratio: float, align: str = "center") -> Rect:
    """Art `ratio` times as wide as high, scaled to fit `box` whole: placed across by `align`
    (start: the box's left, as drawn) and centred down."""
    x, y, w, h = box
    scale = min(w / ratio, h)  # the art's height: 1 high and `ratio` wide, scaled
    dw, dh = ratio * scale, scale
    dx = {"start": 0.0, "center": (w - dw) / 2, "end": w - dw}[align]
    return (x + dx, y + (h - dh) / 2, dw, dh)


class ArtColour(NamedTuple):
    """A colour SVG art writes (svgart.art_colours): its sRGB hex, where it is first written
    ("<rect> fill") and that element's place, and how many elements write it."""

    hex: str
    written: str
    mark: Mark
    uses: int


@dataclass(frozen=True, kw_only=True)
class Slot:
    """What every slot has: a name, a frame, and how it sits on the page."""

    name: Annotated[str, Key("The slot's name, unique in the layout.", required=True)]
    frame: Annotated[
        Frame,
        Key(
            "Where the slot sits: two of start/width/end and two of top/height/bottom.",
            required=True,
            what="frame of slot '{name}'",
        ),
    ]
    mark: Mark
    pin: Annotated[
        bool, Key("Keep the slot where it is in right-to-left languages (no mirroring).")
    ] = False
    bleed: Annotated[
        frozenset[str],
        Key(
            "Edges the slot extends into the bleed at when it touches them: top, bottom, "
            "start, end, or all.",
            form="edges",
            default=frozenset(),
        ),
    ] = frozenset()
    role: Annotated[
        Literal["heading", "subheading", "paragraph", "figure", "artifact"] | None,
        Key(
            "The slot's tag in the accessible digital PDF: heading (a page's title: the "
            "document's first is its one H1, a later one an H2), subheading (a section's "
            "title, a level below the heading before it), paragraph, figure or artifact "
            "(decoration)."
        ),
    ] = None  # heading | subheading | paragraph | figure | artifact (digital variant's tags)
    alt: Annotated[
        str | None, Key("String key of the alternative text of a figure.", ref="string")
    ] = None  # string key: the alternative text of a figure
    overlap: Annotated[
        bool, Key("The slot may cover, or be covered by, other slots (a deliberate design).")
    ] = False
    when_filled: Annotated[
        tuple[str, ...],
        Key(
            "Field name or list of names: the slot is drawn only when at least one of them is "
            "filled in (a heading over an office's contacts, a band behind them).",
            ref="field",
        ),
    ] = ()
    when_empty: Annotated[
        tuple[str, ...],
        Key(
            "Field name or list of names: the slot is drawn only when all of them are empty "
            "(a contact that takes the place of one an office left empty: its web address "
            "where the helpline would be).",
            ref="field",
        ),
    ] = ()
    when_logo: Annotated[
        tuple[str, ...],
        Key(
            "Logo name or list of names (of this layout's image slots' `logo:`): the slot is "
            "drawn only when at least one of them is given (the office's `logos:`, a merged "
            "record's photo). With `when_no_logo` on a second slot, a text keeps clear of "
            "logos an office has and takes their room back when it has none.",
            ref="logo",
        ),
    ] = ()
    when_no_logo: Annotated[
        tuple[str, ...],
        Key(
            "Logo name or list of names: the slot is drawn only when none of them is given "
            "(the day line across the top where an office without logos has nothing).",
            ref="logo",
        ),
    ] = ()
    fallback_for: Annotated[
        tuple[str, ...],
        Key(
            "Text slot name or list of names of the same page that this slot stands in for: "
            "it is drawn only when one of them, drawn by its own conditions, does not set its "
            "whole text in its frame (not even at its style's min_size, or only in a `short:` "
            "variant), and then each slot it names gives way to it: a helpline and a handle "
            "side by side, stacked on two rows (two slots naming both) when they do not both "
            "fit.",
            ref="slot",
        ),
    ] = ()

    def art_in(self, box: Rect, align: str | None = None) -> Rect:
        """Where the slot's art lies in `box` (its frame as placed, mm or pt): the whole box,
        for art that fills its frame (a shape, hearts, a QR code, an image that covers
        it)."""
        return box


@slot_kind("shape")
@dataclass(frozen=True, kw_only=True)
class ShapeSlot(Slot):
    """A filled or stroked rectangle or circle; or a window: the box filled but for a rounded
    rectangle (`radius`; a circle at half the side) left transparent."""

    shape: Annotated[
        Literal["rect", "circle", "window"],
        Key(
            "The shape; `window` fills the box's corners around a transparent rounded "
            "rectangle of `radius`.",
            default="rect",
        ),
    ]
    fill: Annotated[
        str | None, Key(f"Fill: {COLOUR}; none when absent.", ref="colour", default=None)
    ]
    stroke: Annotated[str | None, Key(f"Outline: {COLOUR}.", ref="colour")] = None
    stroke_width: Annotated[
        float, Key("Outline width.", unit="mm", low=0, high=50, default=0.5)
    ] = 0.0
    radius: Annotated[float, Key("Corner radius of a rect.", unit="mm", low=0, high=1000)] = 0.0


@slot_kind("text")
@dataclass(frozen=True, kw_only=True)
class TextSlot(Slot):
    """Paragraphs from string keys (translated) and then fields (values; an empty field is
    left out, and a slot whose every text is empty is not drawn)."""

    strings: Annotated[
        tuple[str, ...],
        Key(
            "String key or list of keys, one paragraph each.",
            yaml="string",
            ref="string",
            default=(),
        ),
    ]
    style: Annotated[
        TextStyle, Key("A style name from this layout's `styles:`.", required=True, form="style")
    ]
    fields: Annotated[
        tuple[str, ...],
        Key("Field name or list of names from campaign.yaml `fields:`.", yaml="field", ref="field"),
    ] = ()
    valign: Annotated[
        Literal["top", "middle", "bottom"], Key("Vertical alignment in the frame.")
    ] = "top"
    first_field: Annotated[
        bool,
        Key(
            "Show only the first filled field of `field:` (e.g. the reporting form, else the "
            "website), instead of every filled one as a paragraph of its own."
        ),
    ] = False
    link: Annotated[
        str | None,
        Key(
            "A link name from campaign.yaml that the text is about (a QR code's label): where "
            "it is a phone number (tel:) or an e-mail address (mailto:), each string key K "
            'is read as K_tel or K_mailto when the source language has one ("Scan to call" '
            'for a code that calls, not "Scan to learn more").',
            ref="link",
            default=None,
        ),
    ]
    overset: Annotated[
        Literal["error", "omit"],
        Key(
            "Text that does not fit the frame even at the style's `min_size` (overset text): "
            "`error` fails the document; `omit` leaves the slot out with a warning "
            "(`text.omitted`), for a text the page does without (a link printed under the "
            "QR code that holds it)."
        ),
    ] = "error"
    close_up: Annotated[
        tuple[str, ...],
        Key(
            "The name (or a list of names) of a text slot of the same page, below this one "
            "and set at its frame's bottom (`valign: bottom`): this slot moves down by the "
            "room that slot's text leaves empty above its first line (its whole frame when it "
            "is not drawn), so it keeps its distance from the text, not from the frame: the "
            "theme and the call over an office's name, e-mail and handle come down by each "
            "line the office does not fill. Or one above it set at its frame's top: this slot "
            "moves up by the room under that text's last line (the flyer's sections under the "
            "call to report, which an office without a helpline leaves shorter). With a list, "
            "by the room each one leaves, added up: sections stacked on a page close up under "
            "every section above them (`close_up: [signs, report]`), and a slot listed that "
            "closes up in its turn must list the slots it closes up to here too. The frame "
            "keeps its size; only its place changes.",
            ref="slot",
        ),
    ] = ()


@slot_kind("arc-text")
@dataclass(frozen=True, kw_only=True)
class ArcTextSlot(Slot):
    """Text set along a circle (badge rim); the frame is the circle's bounding square."""

    strings: Annotated[
        tuple[str, ...],
        Key("String key or list of keys.", yaml="string", ref="string", required=True),
    ]
    style: Annotated[
        TextStyle, Key("A style name from this layout's `styles:`.", required=True, form="style")
    ]
    side: Annotated[
        Literal["top", "bottom"], Key("Which half of the circle the text runs along.")
    ] = "bottom"


@slot_kind("svg")
@dataclass(frozen=True, kw_only=True)
class SvgSlot(Slot):
    """Vector art from assets/, scaled to fit the frame."""

    asset: Annotated[Path, Key("SVG file, relative to assets/.", required=True, form="asset")]
    align: Annotated[
        Literal["start", "center", "end"],
        Key("Alignment across the frame (start and end swap in right-to-left languages)."),
    ] = "center"
    fit: Annotated[
        Literal["contain", "cover"],
        Key(
            "contain: the whole art in the frame, its proportions kept; cover: the art scaled "
            "to cover the frame and cut off at it (a full-page background, at any size)."
        ),
    ] = "contain"
    mirror_in_rtl: Annotated[
        bool,
        Key(
            "Draw the art flipped left to right in right-to-left languages: for art that points "
            "the way the text reads (an arrow toward the QR code, a figure walking forward). "
            "Not for logos, emblems or art with letters or digits, which read wrong mirrored. "
            "Independent of `pin`, which keeps the slot's place."
        ),
    ] = False
    aspect: float | None = None  # the art's width over its height (svgart.svg_aspect)
    # the sRGB colour of the art's ground, when it has one (svgart.svg_ground): content sits
    # on such art as on a filled shape
    ground: tuple[float, float, float] | None = None
    # the art paints its whole box opaque (svgart.svg_covers): a ground of one colour
    # (`ground`) or of a gradient (no one colour: text on it is judged on its pixels)
    covers: bool = False
    plain: bool = False  # the art draws its ground alone (svgart.svg_plain)
    # the sRGB colours the art writes, where first and how often (svgart.art_colours)
    colours: tuple[ArtColour, ...] = ()

    def art_in(self, box: Rect, align: str | None = None) -> Rect:
        """Where the art shows in `box` (its frame as placed): scaled to fit, placed across by
        `align` (default: the slot's, as on a left-to-right page), centred down
        (render.items.svg.draw_svg draws it there); the box itself when the art covers it
        (`fit: cover`, cut off at the box) or its size is not known."""
        if self.fit == "cover" or not self.aspect or box[2] <= 0 or box[3] <= 0:
            return box
        return fitted(box, self.aspect, align or self.align)


@slot_kind("image")
@dataclass(frozen=True, kw_only=True)
class ImageSlot(Slot):
    """A raster image (photo, partner logo): colour-managed to CMYK for print."""

    asset: Annotated[
        Path | None,
        Key("JPEG, PNG or TIFF file, relative to assets/ (or `logo:`).", form="asset"),
    ] = None
    logo: Annotated[
        str | None,
        Key(
            "Instead of `asset:`, an office logo by name (the office file's `logos:`); with no "
            "office, or an office without that logo, the slot is not drawn."
        ),
    ] = None
    pixels: tuple[int, int] | None = None  # of `asset`, after EXIF orientation (None: a logo)
    fit: Annotated[
        Literal["cover", "contain"],
        Key("cover: fill the frame, cropping; contain: show it all."),
    ] = "cover"
    align: Annotated[
        Literal["start", "center", "end"],
        Key(
            "With `fit: contain`, where a logo narrower than its frame sits across it: start "
            "lines it up with the text that begins at the frame's start (start and end swap "
            "in right-to-left languages)."
        ),
    ] = "center"
    background: Annotated[
        str | None,
        Key(
            "What transparent parts are flattened onto, in print and on screen alike: "
            f"{COLOUR}, or `{GROUND}`: the colour of the filled shape the image lies on, "
            "or of the background of a QR code it lies on, whatever the design makes it "
            "(where it lies on anything else, a photo or two shapes, transparency is kept). "
            "Without it transparency is kept and what lies under the image shows.",
            ref="colour",
            keywords=(GROUND,),
        ),
    ] = None

    def art_in(self, box: Rect, align: str | None = None) -> Rect:
        """Where the image shows in `box`: the box (cover crops it to fill), or with `fit:
        contain` and a known size, scaled to fit, placed across by `align` (default: the
        slot's, as on a left-to-right page) and centred down (layout.items.image.crop_to_frame
        places it so)."""
        if self.fit != "contain" or not self.pixels or box[2] <= 0 or box[3] <= 0:
            return box
        return fitted(box, self.pixels[0] / self.pixels[1], align or self.align)


@slot_kind("qr")
@dataclass(frozen=True, kw_only=True)
class QrSlot(Slot):
    """A QR code of one of the campaign's links."""

    link: Annotated[str, Key("A link name from campaign.yaml.", required=True, ref="link")]
    colour: Annotated[str, Key(f"Module colour: {COLOUR}.", required=True, ref="colour")]
    background: Annotated[
        str | None, Key(f"Background: {COLOUR}; none when absent.", ref="colour", default=None)
    ]
    quiet: Annotated[
        int,
        Key(
            "Quiet zone around the code, in modules, in its background colour: ISO/IEC 18004 "
            "asks for 4 (9.1); fewer only where the ground around the code is as light.",
            low=0,
            high=10,
        ),
    ] = 4


@slot_kind("hearts")
@dataclass(frozen=True, kw_only=True)
class HeartsSlot(Slot):
    """The fact drawn as data: `count` hearts in a row, the first `filled` of them filled."""

    count: Annotated[int, Key("Number of hearts.", low=1, high=20, default=3)]
    filled: Annotated[int, Key("How many are filled (at most `count`).", low=0, high=20, default=1)]
    fill: Annotated[str, Key(f"Fill of the filled hearts: {COLOUR}.", required=True, ref="colour")]
    outline: Annotated[str, Key(f"Outline of every heart: {COLOUR}.", required=True, ref="colour")]
    outline_width: Annotated[float, Key("Outline width.", unit="mm", low=0.1, high=20)] = 1.0


# What a link's scheme makes of a text about it (`TextSlot.link`, a QR code's alternative
# text): the string key's suffix for a link that calls (RFC 3966) or writes an e-mail (RFC 6068)
LINK_KINDS = {"tel:": "tel", "mailto:": "mailto"}


def key_for_link(key: str, url: str | None, known: Collection[str]) -> str:
    """The string key a text about the link `url` shows for `key`: `key`_tel for a tel: link,
    `key`_mailto for a mailto: link, when `known` (the source language's keys) has it;
    else `key`."""
    if url:
        for scheme, suffix in LINK_KINDS.items():
            if url[: len(scheme)].lower() == scheme and f"{key}_{suffix}" in known:
                return f"{key}_{suffix}"
    return key


def link_keys(key: str, known: Collection[str]) -> tuple[str, ...]:
    """`key` and the variants of it for other kinds of link that `known` has (`key_for_link`):
    every text a slot about a link may show for `key`."""
    return (key, *(f"{key}_{s}" for s in LINK_KINDS.values() if f"{key}_{s}" in known))
