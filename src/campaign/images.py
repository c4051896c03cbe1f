"""How large a logo prints in the slots that letterbox it, against the smallest text its
material sets: the one rule of `image.logo-small`, for an office's logos (kit.offices, at the
logo's line in the office's file) and a merged row's (layout.items.image, at the row's cell).
Pure: frames in mm, type floors in pt; no file is read here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from .diagnostics import listed
from .kinds import MM, PX_PER_MM, kind_of

if TYPE_CHECKING:
    from .model import ImageSlot, Layout

# The height of Noto Sans's capitals, the kit's text face: its OS/2 sCapHeight, 714 of its
# 1000 units a em (Regular and Bold alike). A logo drawn lower than the capitals of the
# smallest type a material sets (kinds.MaterialKind.type_floor, whose sources docs/errors.md
# gives at `layout.too-small`) has every letter in it smaller than those: `image.logo-small`
CAP_HEIGHT_EM = 0.714


class LogoSlot(NamedTuple):
    """A slot that shows a logo: its frame (mm), "'<slot>' of <layout>", whether it covers
    its frame with the logo (`fit: cover`) or letterboxes it, its layout's type floor (pt,
    kinds.MaterialKind.type_floor), whether that is a screen image (4 px a mm) and the id of
    the material (the layout)."""

    width: float
    height: float
    where: str
    cover: bool
    floor: float
    screen: bool
    material: str


def logo_slot(
    layout: Layout, slot: ImageSlot, frame: tuple[float, float] | None = None
) -> LogoSlot:
    """The LogoSlot of image `slot` of `layout`: its frame (mm; `frame`, the width and height
    it is composed at, else its design's, resolved in the layout's trim), "'<slot>' of
    <layout>", whether it is `fit: cover`, and its layout's type floor, screen and id."""
    kind = kind_of(layout)
    w, h = frame if frame is not None else slot.frame.resolve(*layout.trim)[2:]
    where = f"'{slot.name}' of {layout.id}"
    return LogoSlot(
        w, h, where, slot.fit == "cover", kind.type_floor(layout), kind.screen, layout.id
    )


class SmallLogo(NamedTuple):
    """What `image.logo-small` says of a logo: the slots where it prints lower than the
    capitals of the type floor, each with its size there ("24 x 1.50 mm in slot ... (a 6 pt
    floor: capitals 1.51 mm)", slots of one floor together), the materials they are of (the
    preview's cards: pipeline.selection.materials_of) and, where the logo is wider than one
    of those slots in proportion (a stacked version helps), the narrowest of those slots'
    proportions (width over height); None where it fills their height (a taller slot)."""

    said: str
    materials: tuple[str, ...]
    nearest: float | None


def logo_small_message(
    name: str, file: str, aspect: float, found: SmallLogo, pixels: str = "", share: str = ""
) -> str:
    """`image.logo-small`'s message for logo `name` (its `file`'s name, its `aspect`, width
    over height) as `found` (`small_logo`) says it; `pixels`: "<w> x <h> px, " of a raster
    file; `share`: the share of a slot's height it fills, where that is said too (an office's
    raster logo: "32 % of the height the design gives it in the ... slot ...")."""
    return (
        f"logo '{name}' ({file}, {pixels}{aspect:.1f}:1) prints lower than the capitals of the "
        f"smallest text its material sets (its type floor): {found.said}; any words in it "
        "print smaller than every text beside it" + (f"; it fills only {share}" if share else "")
    )


def logo_small_fix(found: SmallLogo, stacked: str) -> str:
    """`image.logo-small`'s fix: a logo as wide as its slot (wider in proportion) a stacked
    version, put where `stacked` says ("under 'logos:' here", "in the data (the cell named
    here)"), or a wider slot; else it already fills the slot's height, and only a taller
    slot helps."""
    if found.nearest is not None:
        return (
            f"use a stacked version of the logo (nearer {found.nearest:.1f}:1, the slot's "
            f"proportions) {stacked}; or ask the kit's designer for a wider slot (the "
            "layout's frame)"
        )
    return (
        "the logo fills its slot's height: ask the kit's designer for a taller slot (the "
        "layout's frame)"
    )


def placed(w: float, h: float, pw: float, ph: float, cover: bool) -> tuple[float, float]:
    """The size (mm) of a `pw` x `ph` image (px, or any unit of its proportions) in a `w` x
    `h` mm frame: letterboxed in it, or covering it (`cover`: cut off at the frame, the
    image's whole size here)."""
    scale = (max if cover else min)(w / pw, h / ph)
    return pw * scale, ph * scale


def capitals_mm(floor: float) -> float:
    """The height (mm) of Noto Sans's capitals at `floor` pt (CAP_HEIGHT_EM)."""
    return floor / MM * CAP_HEIGHT_EM


def mm(length: float) -> str:
    """A length (mm) to one decimal, without a trailing .0."""
    return f"{round(length, 1):g}"


def small_logo(aspect: float, shown: Sequence[LogoSlot]) -> SmallLogo | None:
    """The slots of `shown` that letterbox a logo of `aspect` (its width over its height)
    lower than the capitals of their material's type floor (capitals_mm: 1.51 mm at a
    flyer's 6 pt, 2.27 mm at a poster's 9 pt, 3.53 mm at a social image's 14 pt), or None:
    whatever words it holds print smaller than any text of the kit there. A cover slot
    fills its frame (the logo cut off): never low. A 12:1 wordmark in the social image's 34
    x 10.5 mm slot showed 2.8 mm tall, under the 3.5 mm capitals of its 14 pt text."""
    low = []
    for s in shown:
        w, h = placed(s.width, s.height, aspect, 1.0, False)
        if not s.cover and h < capitals_mm(s.floor):
            low.append((w, h, s))
    if not low:
        return None
    by_floor: dict[float, list[str]] = {}  # the slots on each type floor, lowest first
    for w, h, s in sorted(low, key=lambda one: one[2].floor):
        px = f" ({w * PX_PER_MM:.0f} x {h * PX_PER_MM:.0f} px)" if s.screen else ""
        by_floor.setdefault(s.floor, []).append(f"{mm(w)} x {h:.2f} mm{px} in slot {s.where}")
    said = "; ".join(
        f"{listed(slots)} (a {floor:g} pt floor: capitals {capitals_mm(floor):.2f} mm)"
        for floor, slots in by_floor.items()
    )
    wide = [s for _, _, s in low if aspect > s.width / s.height]
    return SmallLogo(
        said,
        tuple(dict.fromkeys(s.material for _, _, s in low)),
        min((s.width / s.height for s in wide), default=None),
    )
