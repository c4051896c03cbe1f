"""`image` slots: photos and logos (a file, or an office's logo by name), cropped to fill the
frame (`cover`) or letterboxed (`contain`), with their effective resolution measured at the
placed size. A logo the office does not have gives way: the slot is not drawn (a warning when
another of the office's logos is shown by no slot: a misspelt name)."""

from __future__ import annotations

from pathlib import Path

from ...assets import image_size
from ...diagnostics import Mark, Subject, did_you_mean
from ...images import logo_slot, logo_small_fix, logo_small_message, small_logo
from ...kinds import PX_PER_MM, kind_of
from ...model import ImageSlot
from ...model.slots import fitted
from ...resolve import Content
from ..document import MM, Box, ImageItem, SvgItem
from . import ComposeContext, Role, composer, figure_if_alt
from .svg import drawn_align


def crop_to_frame(
    pixels: tuple[int, int], box: Box, fit: str, align: str = "center"
) -> tuple[tuple[float, float, float, float], Box]:
    """(part of the image shown as left, top, right, bottom in 0-1; where it shows, pt):
    `cover` crops it to fill the box, evenly on both sides; `contain` scales it to fit whole,
    centred down and placed across by `align` as drawn (start: the box's left)."""
    pw, ph = pixels
    frame_ratio, image_ratio = box.w / box.h, pw / ph
    if fit == "cover":
        if image_ratio > frame_ratio:  # wider: trim the sides
            keep = frame_ratio / image_ratio
            return ((1 - keep) / 2, 0.0, (1 + keep) / 2, 1.0), box
        keep = image_ratio / frame_ratio
        return (0.0, (1 - keep) / 2, 1.0, (1 + keep) / 2), box
    return (0.0, 0.0, 1.0, 1.0), Box(*fitted((box.x, box.y, box.w, box.h), pw / ph, align))


def _source(slot: ImageSlot, ctx: ComposeContext) -> tuple[Path, tuple[int, int]] | None:
    """The file and pixel size an image slot shows: its asset, or the office's logo of that
    name (None when there is no office or no such logo: the slot gives way)."""
    if slot.asset is not None and slot.pixels is not None:
        return slot.asset, slot.pixels
    path = ctx.content.logos.get(slot.logo or "")
    if path is None:
        # An office without this logo is fine (the slot gives way), unless one of its logos,
        # shown by no logo slot of the layout, has a name close to this one: a misspelling.
        # Said once per office, material and slot.
        named = {getattr(s, "logo", None) for s in ctx.layout.slots}
        unused = sorted(set(ctx.content.logos) - named)
        close = did_you_mean(slot.logo, unused) if slot.logo else ()
        if ctx.content.office and close:
            ctx.errs.warn(
                "office.no-logo",
                f"the office has no logo '{slot.logo}', so the slot is empty",
                slot.mark,
                *close,
                "add it under 'logos:' in the office's file, or fix the name in the layout",
                subject=Subject(office=ctx.content.office, material=ctx.layout.id, slot=slot.name),
            )
        return None
    if path.suffix.lower() == SVG:  # vector: no pixels (compose_image draws it as art)
        return path, (0, 0)
    pixels = image_size(path, slot.mark, ctx.errs)
    return (path, pixels) if pixels else None


SVG = ".svg"  # an office's logo as vector art (kit.offices.LOGO_SUFFIXES)


def logo_role(slot: ImageSlot, ctx: ComposeContext) -> Role:
    """An image's role in the tagged PDF: as art's (`figure_if_alt`), or for an office's logo
    with alternative text (its file's `logos: {name: {file:, alt:}}`) a figure read as that
    text (resolve.logo_alt: the page's language's, else another's, tagged with its
    language by `logo_language`). A logo without it stays decoration (`office.logo-alt`),
    `role: figure` or not. A `role:` other than figure is the slot's (artifact: a logo the
    layout marks as decoration); a `role: figure` reads the office's text as a slot without
    one does (it was a Figure without /Alt, the office's text passed over)."""
    own = slot.role not in (None, "figure")
    if slot.alt or own or not slot.logo or slot.logo not in ctx.content.logo_alts:
        return figure_if_alt(slot, ctx)
    return "figure", ctx.content.logo_alts[slot.logo][0]


def logo_language(slot: object, content: Content) -> str | None:
    """The language of a logo's alternative text where it is not the document's (its own
    code: `en` for the English name on a Swahili poster); None for other slots."""
    logo = getattr(slot, "logo", None) if isinstance(slot, ImageSlot) else None
    own = getattr(slot, "role", None) not in (None, "figure")
    if not logo or getattr(slot, "alt", None) or own or logo not in content.logo_alts:
        return None
    code = content.logo_alts[logo][1]
    return None if code == content.language.code else code


@composer(ImageSlot, role=logo_role)
def compose_image(slot: ImageSlot, box: Box, ctx: ComposeContext) -> ImageItem | SvgItem | None:
    """The image, cropped or letterboxed into the frame, its resolution checked (print: an
    error below the layout's floor, a warning below the resolution it recommends,
    kinds.MaterialKind.ppi_floors: 150 and 300 ppi unless the layout or its size sets
    `min_ppi:`, `good_ppi:`; a screen image: `_screen_ppi`); an office's SVG logo as vector
    art instead, letterboxed (`fit: cover` would cut a logo: it is contained too), on the
    slot's `background:`. A contained image or logo is placed across its frame by the slot's
    `align`, start and end swapped on a mirrored page (svg.MIRRORED), as art is."""
    source = _source(slot, ctx)
    if source is None:
        return None
    asset, pixels = source
    align = drawn_align(slot, ctx)
    if asset.suffix.lower() == SVG:
        return SvgItem(slot.name, box, asset, align, slot.background)
    crop, shown = crop_to_frame(pixels, box, slot.fit, align)
    ppi = pixels[0] * (crop[2] - crop[0]) / (shown.w / 72)
    where = f"image '{asset.name}'"
    # the same in every language: one diagnostic per material and slot, not one per language
    # (a merged row's own photo: the record's, named)
    subject = ctx.subject(slot)
    record = subject.record if slot.logo in ctx.content.from_record else None
    subject = type(subject)(
        office=subject.office, material=subject.material, record=record, slot=slot.name
    )
    # where the logo is given: a merged row's photo at its cell, the organiser's to replace,
    # or an office's logo at its line in the office's file (both were named at the slot, which
    # the layout gives every row and office, with "use a larger image or a smaller frame")
    given = ctx.content.logo_marks.get(slot.logo or "") if slot.asset is None else None
    if given is not None and slot.logo in ctx.content.from_record and slot.fit != "cover":
        _row_logo_small(slot, box, pixels, asset.name, given, ctx, subject)
    if ctx.layout.pixels is not None:  # a screen image: its own pixel grid, not print's
        width_mm = shown.w / MM / (crop[2] - crop[0])
        _screen_ppi(ppi, width_mm, asset.name, ctx, subject, given or slot.mark)
        return ImageItem(slot.name, shown, asset, crop, ppi, slot.background)
    least, good = kind_of(ctx.layout).ppi_floors(ctx.layout)  # the size's own, else 150, 300
    px = round(shown.w / MM * good / 25.4 / (crop[2] - crop[0]))
    need = f"{px} px wide for {good:g} ppi"
    from_row = given is not None and slot.logo in ctx.content.from_record
    # what pipeline.grouping.ppi_per_image merges the sizes' diagnostics of one file by
    facts = (("file", asset.name), ("px", px), ("ppi", round(ppi)), ("good", good))
    if ppi < least:
        if from_row:
            fix = f"use a larger photo in the data (the cell named here): {need}"
        elif given:
            fix = f"use a larger logo file ({need}) under 'logos:' in {given.path.name}"
        else:
            fix = f"use a larger image ({need}) or a smaller frame"
        ctx.errs.error(
            "image.low-ppi",
            f"{where} prints at {ppi:.0f} ppi; at least {least:g} is needed",
            given or slot.mark,
            fix,
            subject=subject,
            facts=(*facts, ("bar", least), ("floor", f"below the {least:g} ppi it needs at least")),
        )
    elif ppi < good:
        ctx.errs.warn(
            "image.ppi-warning",
            f"{where} prints at {ppi:.0f} ppi; {good:g} is recommended",
            given or slot.mark,
            f"a sharper print needs {need}",
            subject=subject,
            facts=(*facts, ("bar", good), ("floor", f"below the {good:g} ppi recommended")),
        )
    return ImageItem(slot.name, shown, asset, crop, ppi, slot.background)


def _row_logo_small(
    slot: ImageSlot,
    box: Box,
    pixels: tuple[int, int],
    name: str,
    given: Mark,
    ctx: ComposeContext,
    subject: Subject,
) -> None:
    """An `image.logo-small` warning at the row's cell for a merged row's logo (its `photo`)
    that this letterboxing slot prints lower than the capitals of the material's type floor
    (images.small_logo: the rule of an office's logos, kit.offices), with its size there (mm,
    a screen image's px too) and the fix: a stacked version in the data, or a wider or
    taller slot. Once per record, material and slot (`subject`, no language). It was never
    measured: a 30:1 banner in a contained photo slot printed 1.3 mm tall on a flyer set at
    least in 6 pt (capitals 1.51 mm), without a word."""
    pw, ph = pixels
    shown = logo_slot(ctx.layout, slot, (box.w / MM, box.h / MM))  # the frame, mm
    found = small_logo(pw / ph, [shown])
    if found is None:
        return
    ctx.errs.warn(
        "image.logo-small",
        logo_small_message(slot.logo or "", name, pw / ph, found, f"{pw} x {ph} px, "),
        given,
        logo_small_fix(found, "in the data (the cell named here)"),
        subject=subject,
    )


def _screen_ppi(
    ppi: float,
    width_mm: float,
    name: str,
    ctx: ComposeContext,
    subject: Subject,
    mark: Mark | None,
) -> None:
    """A screen kind (social images: PX_PER_MM pixels a millimetre, 101.6 ppi) is never
    printed: an image with at least a pixel for each of the output's is sharp (a 208 px logo
    in a 52 mm frame of a social image was an error: "prints at 102 ppi; at least 150 is
    needed"). One with fewer is enlarged, and looks soft: a warning. `name`: the image's
    file name; `width_mm`: the image's whole width at its placed size; `mark`: where the
    image is given (an office's logo: at its line in the office's file, as print's
    resolution warnings)."""
    screen = PX_PER_MM * 25.4
    if ppi >= screen - 0.5:  # rounding: 208 px for 52 mm at 4 px/mm is 101.6 ppi
        return
    px = round(width_mm * PX_PER_MM)
    ctx.errs.warn(
        "image.ppi-warning",
        f"image '{name}' is shown at {ppi:.0f} ppi in a screen image of {screen:.1f}: enlarged "
        "past its pixels, it looks soft",
        mark,
        f"a sharp one needs {px} px wide",
        subject=subject,
        # what pipeline.grouping.ppi_per_image merges the screen images' warnings of one file
        # by (apart from print's: another floor, another fix)
        facts=(("file", name), ("px", px), ("ppi", round(ppi)), ("screen", screen)),
    )
