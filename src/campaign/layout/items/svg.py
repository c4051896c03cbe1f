"""`svg` slots: vector art from the kit's assets, scaled into the frame and aligned."""

from __future__ import annotations

from ...model import ImageSlot, SvgSlot
from ..document import Box, SvgItem
from . import ComposeContext, composer

# `align` on a mirrored page: the start of a line is its right
MIRRORED = {"start": "end", "center": "center", "end": "start"}


def drawn_align(slot: SvgSlot | ImageSlot, ctx: ComposeContext) -> str:
    """A slot's `align` as drawn: start and end swapped on a mirrored page (MIRRORED), so
    that start is the frame's left on any page."""
    return MIRRORED[slot.align] if ctx.mirrored(slot) else slot.align


@composer(SvgSlot)
def compose_svg(slot: SvgSlot, box: Box, ctx: ComposeContext) -> SvgItem:
    """The art's item; its `align` as drawn (start: the frame's left), swapped on a mirrored
    page: the emblem at the start of an Arabic page sits at the frame's right, by the page's
    edge, as its text begins there. Art with a ground (SvgSlot.covers: of one colour,
    SvgSlot.ground, or a gradient's) carries where it paints its ground: the checks take it
    as a filled shape (of that colour, or of a picture's pixels: colours.art). Art marked
    `mirror_in_rtl` is flipped in a right-to-left language, whether or not its slot is
    pinned: the art's direction follows the reading, its place follows `pin`."""
    align = drawn_align(slot, ctx)
    flipped = slot.mirror_in_rtl and ctx.lang.rtl
    if not slot.covers:
        return SvgItem(slot.name, box, slot.asset, align, fit=slot.fit, flipped=flipped)
    art = Box(*slot.art_in((box.x, box.y, box.w, box.h), align))
    return SvgItem(
        slot.name,
        box,
        slot.asset,
        align,
        ground=art,
        ground_rgb=slot.ground,
        fit=slot.fit,
        plain=slot.plain,
        flipped=flipped,
    )
