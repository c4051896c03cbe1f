"""Compose one page: resolve each slot's frame (mirrored for right-to-left languages unless
pinned), its strings and fonts, and copy-fit its text. Problems are collected, not raised."""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Collector, Subject
from ..fonts import LATIN_FAMILY, FontBook
from ..model import (
    ArcTextSlot,
    Campaign,
    HeartsSlot,
    ImageSlot,
    Language,
    Layout,
    QrSlot,
    ShapeSlot,
    Slot,
    SvgSlot,
    TextSlot,
    TextStyle,
)
from ..text.fit import FitRequest, TextSet, fit
from ..text.paragraph import (
    BlockStyle,
    Line,
    MissingGlyphError,
    build_line,
    describe_char,
    line_metrics,
    prepare,
)
from ..text.scripts import localise_digits
from .document import (
    MM,
    ArcTextItem,
    Box,
    Document,
    HeartsItem,
    ImageItem,
    Item,
    Page,
    QrItem,
    ShapeItem,
    SvgItem,
    TextItem,
)


@dataclass(frozen=True)
class OverflowReport:
    """One text that does not fit, for the kit-wide overflow list."""

    material: str
    lang: str
    slot: str
    keys: tuple[str, ...]
    text: TextSet
    box_h: float  # pt

    def render(self) -> str:
        o = self.text.overflow
        assert o is not None
        what = []
        if o.height_over > 0:
            what.append(f"{o.height_over / MM:.1f} mm ({o.lines_over} line(s)) too tall")
        elif o.lines_over > 0:
            what.append(f"{o.lines_over} line(s) more than the style allows")
        if o.width_over > 0:
            what.append(f"a word is {o.width_over / MM:.1f} mm too wide")
        return (
            f"text does not fit slot "
            f"'{self.slot}' even at {o.size:g} pt with its {self.text.variant} variant: "
            f"{' and '.join(what)}"
        )


def compose(
    layout: Layout,
    lang: Language,
    campaign: Campaign,
    fonts: FontBook,
    errs: Collector,
    overflows: list[OverflowReport],
) -> Document:
    """Every page of `layout` in `lang`: frames placed, texts set and copy-fitted."""
    tw, th = layout.trim
    pages = []
    for spec in layout.pages:
        items: list[Item] = []
        for slot in spec.slots:
            box = _place(slot, layout, lang.rtl and not slot.pin)
            item = _item(slot, box, layout, lang, campaign, fonts, errs, overflows)
            if item is not None:
                items.append(item)
        tags = {slot.name: _tag(slot, lang, campaign) for slot in spec.slots}
        pages.append(Page(spec.name, tuple(items), tags))
    return Document(
        layout.id,
        layout.title,
        layout.kind,
        lang.code,
        lang.rtl,
        (tw * MM, th * MM),
        layout.bleed * MM,
        layout.safe * MM,
        tuple(pages),
        layout.badge,
    )


def _tag(slot: Slot, lang: Language, campaign: Campaign) -> tuple[str, str | None]:
    """The slot's role in the tagged digital PDF and its alternative text."""
    alt = lang.strings[slot.alt].text if slot.alt and slot.alt in lang.strings else None
    if isinstance(slot, QrSlot):
        alt = alt or f"QR code: {campaign.links[slot.link]}"
        return slot.role or "figure", alt
    if slot.role:
        return slot.role, alt
    if isinstance(slot, TextSlot | ArcTextSlot):
        return "paragraph", None
    if isinstance(slot, SvgSlot | ImageSlot) and alt:
        return "figure", alt
    return "artifact", None  # decoration: grounds, rules, art without alternative text


def _place(slot: Slot, layout: Layout, mirror: bool) -> Box:
    tw, th = layout.trim
    x, y, w, h = slot.frame.resolve(tw, th)
    if mirror:
        x = tw - x - w
    left, right = ("end", "start") if mirror else ("start", "end")
    b = layout.bleed
    if "top" in slot.bleed:
        y, h = y - b, h + b
    if "bottom" in slot.bleed:
        h += b
    if left in slot.bleed:
        x, w = x - b, w + b
    if right in slot.bleed:
        w += b
    return Box(x * MM, y * MM, w * MM, h * MM)


def _item(
    slot: Slot,
    box: Box,
    layout: Layout,
    lang: Language,
    campaign: Campaign,
    fonts: FontBook,
    errs: Collector,
    overflows: list[OverflowReport],
) -> Item | None:
    if isinstance(slot, ShapeSlot):
        return ShapeItem(
            slot.name,
            box,
            slot.shape,
            slot.fill,
            slot.stroke,
            slot.stroke_width * MM,
            slot.radius * MM,
        )
    if isinstance(slot, SvgSlot):
        return SvgItem(slot.name, box, slot.asset, slot.align)
    if isinstance(slot, ImageSlot):
        return _image(slot, box, layout, lang, errs)
    if isinstance(slot, QrSlot):
        return QrItem(
            slot.name, box, campaign.links[slot.link], slot.colour, slot.background, slot.quiet
        )
    if isinstance(slot, HeartsSlot):
        return HeartsItem(
            slot.name,
            box,
            slot.count,
            slot.filled,
            slot.fill,
            slot.outline,
            slot.outline_width * MM,
            lang.rtl and not slot.pin,
        )
    if isinstance(slot, TextSlot):
        return _text(slot, box, layout, lang, fonts, errs, overflows)
    if isinstance(slot, ArcTextSlot):
        return _arc(slot, box, layout, lang, fonts, errs)
    raise AssertionError(f"unknown slot type {type(slot).__name__}")


MIN_PPI, GOOD_PPI = 150.0, 300.0  # fail below, warn below (print shops' numbers)


def _image(slot: ImageSlot, box: Box, layout: Layout, lang: Language, errs: Collector) -> ImageItem:
    """Crop (cover) or letterbox (contain) the image to its frame and measure its resolution."""
    pw, ph = slot.pixels
    frame_ratio, image_ratio = box.w / box.h, pw / ph
    crop = (0.0, 0.0, 1.0, 1.0)
    shown = box
    if slot.fit == "cover":
        if image_ratio > frame_ratio:  # wider: trim the sides
            keep = frame_ratio / image_ratio
            crop = ((1 - keep) / 2, 0.0, (1 + keep) / 2, 1.0)
        else:
            keep = image_ratio / frame_ratio
            crop = (0.0, (1 - keep) / 2, 1.0, (1 + keep) / 2)
    else:
        scale = min(box.w / pw, box.h / ph)
        w, h = pw * scale, ph * scale
        shown = Box(box.x + (box.w - w) / 2, box.y + (box.h - h) / 2, w, h)
    used_px = pw * (crop[2] - crop[0])
    ppi = used_px / (shown.w / 72)
    where = f"image '{slot.asset.name}'"
    # the same for every language: one diagnostic per material and slot, not per language
    subject = Subject(material=layout.id, slot=slot.name)
    need = f"{shown.w / MM * GOOD_PPI / 25.4 / (crop[2] - crop[0]):.0f} px wide for 300 ppi"
    if ppi < MIN_PPI:
        errs.error(
            "image.low-ppi",
            f"{where} prints at {ppi:.0f} ppi; at least {MIN_PPI:.0f} is needed",
            slot.mark,
            f"use a larger image ({need}) or a smaller frame",
            subject=subject,
        )
    elif ppi < GOOD_PPI:
        errs.warn(
            "image.ppi-warning",
            f"{where} prints at {ppi:.0f} ppi; {GOOD_PPI:.0f} is recommended",
            slot.mark,
            f"a sharper print needs {need}",
            subject=subject,
        )
    alt = lang.strings[slot.alt].text if slot.alt and slot.alt in lang.strings else None
    return ImageItem(slot.name, shown, slot.asset, crop, ppi, slot.background, alt)


# Scripts whose readers expect capitals in display type. Georgian has capitals (Mtavruli) but
# does not set running text in them, so it is left as written.
CASED_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek", "Armn"})


def resolve_text(text: str, lang: Language, style: TextStyle) -> str:
    text = localise_digits(text, lang.digits)
    if style.uppercase and lang.script in CASED_SCRIPTS:
        if lang.code.split("-")[0] in ("tr", "az"):
            text = text.replace("i", "İ")
        text = text.upper()
    return text


def _strings(
    slot: TextSlot | ArcTextSlot, lang: Language
) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    entries = [lang.strings[k] for k in slot.strings]
    texts = tuple(resolve_text(e.text, lang, slot.style) for e in entries)
    shorts = tuple(resolve_text(e.short, lang, slot.style) if e.short else None for e in entries)
    return texts, shorts


def _missing(
    exc: MissingGlyphError,
    slot: TextSlot | ArcTextSlot,
    lang: Language,
    layout: Layout,
    errs: Collector,
) -> None:
    key = next((k for k in slot.strings if exc.char in lang.strings[k].text), slot.strings[0])
    entry = lang.strings[key]
    tried = ", ".join(f.key for f in exc.tried)
    errs.error(
        "text.no-glyph",
        f"{describe_char(exc.char)} has no glyph in any font (tried {tried})",
        entry.mark,
        "add a font covering this script to fonts/fonts.yaml, or fix the text",
        subject=Subject(material=layout.id, language=lang.code, key=key),
    )


def _text(
    slot: TextSlot,
    box: Box,
    layout: Layout,
    lang: Language,
    fonts: FontBook,
    errs: Collector,
    overflows: list[OverflowReport],
) -> TextItem | None:
    style = slot.style
    texts, shorts = _strings(slot, lang)
    stack = tuple(fonts.stack(lang.script, style.weight))
    req = FitRequest(
        texts,
        shorts,
        lang.code,
        lang.rtl,
        stack,
        fonts.face(LATIN_FAMILY, style.weight),
        style.size,
        style.min_size,
        style.leading,
        style.align,
        style.balance,
        style.paragraph_gap,
        box.w,
        box.h,
        style.max_lines,
    )
    try:
        result = fit(req)
    except MissingGlyphError as exc:
        _missing(exc, slot, lang, layout, errs)
        return None
    if result.overflow:
        overflows.append(
            OverflowReport(layout.id, lang.code, slot.name, slot.strings, result, box.h)
        )
    top = {"top": 0.0, "middle": (box.h - result.height) / 2, "bottom": box.h - result.height}[
        slot.valign
    ]
    return TextItem(slot.name, box, result, style.colour, slot.strings, max(top, 0.0))


def _arc(
    slot: ArcTextSlot, box: Box, layout: Layout, lang: Language, fonts: FontBook, errs: Collector
) -> ArcTextItem | None:
    style = slot.style
    text = "  ·  ".join(_strings(slot, lang)[0])
    stack = fonts.stack(lang.script, style.weight)
    try:
        p = prepare(text, lang.code, lang.rtl, stack)
    except MissingGlyphError as exc:
        _missing(exc, slot, lang, layout, errs)
        return None
    runs, width = build_line(p, 0, len(text), style.size)
    bs = BlockStyle(
        style.size,
        style.leading,
        "center",
        lang.rtl,
        0,
        fonts.face(LATIN_FAMILY, style.weight).height,
    )
    adv, asc, desc = line_metrics(runs, bs, stack[0])
    line = Line(tuple(runs), width, 0.0, 0.0, adv, asc, desc)
    outer = min(box.w, box.h) / 2
    # keep every glyph inside the circle: descenders point outwards on the bottom side
    radius = outer - desc if slot.side == "bottom" else outer - asc
    if width > radius * 3.14159 * 0.9:
        errs.error(
            "text.rim",
            f"rim text is "
            f"{width / MM:.0f} mm long but the rim has room for "
            f"{radius * 3.14159 * 0.9 / MM:.0f} mm",
            slot.mark,
            "shorten the text or lower the style's size",
            subject=Subject(material=layout.id, language=lang.code, key=", ".join(slot.strings)),
        )
    return ArcTextItem(
        slot.name,
        box.x + box.w / 2,
        box.y + box.h / 2,
        radius,
        line,
        style.size,
        style.colour,
        slot.side,
        slot.strings,
    )
