"""`arc-text` slots: one line set along a circle (a badge's rim), kept inside the circle and
clear of the page's other content (the badge's words)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ...fonts import FontFace
from ...model import ArcTextSlot, StringEntry
from ...text.case import written_offsets
from ...text.paragraph import (
    BlockStyle,
    Line,
    MissingGlyphError,
    Prepared,
    build_line,
    line_metrics,
    prepare,
)
from ..document import MM, ArcTextItem, Box
from . import ComposeContext, composer
from .text import (
    entries,
    report_empty_fields,
    report_missing,
    report_other_han,
    report_text_faults,
    style_capitals,
    text_role,
    texts_of,
)

RIM_USE = 0.9  # share of the half circumference the text may take (room at the ends)
PI = 3.14159  # as the check has always rounded it
SEPARATOR = "  ·  "

Ink = tuple[float, float, float, float]  # left, top, right, bottom (pt from the trim's corner)


@dataclass(frozen=True)
class RimRoom:
    """How long (pt, along the baseline) a rim's line may be, centred on the rim's middle;
    `by`: the slot whose content stops it (None: the circle's ends, RIM_USE)."""

    length: float
    by: str | None = None


def rim_room(
    cx: float,
    cy: float,
    radius: float,
    ring: tuple[float, float],
    side: str,
    beside: Sequence[tuple[str, Ink]],
) -> RimRoom:
    """The room of a rim whose baseline is a circle of `radius` about (cx, cy) and whose
    glyphs fill the ring from `ring[0]` to `ring[1]` (pt from the centre): RIM_USE of the
    half circumference, or less where the ring, grown from the rim's middle (below the
    centre on the bottom side, above it on the top) to both ends alike, would meet a box of
    `beside` (slot, the box of its content: a text's block of lines): the badge's words,
    whose lower corners come within the ring on the 58 mm badge in a long language."""
    best = RimRoom(radius * PI * RIM_USE)
    for slot, ink in beside:
        angle = clear_angle(cx, cy, ring, side, ink)
        if 2 * angle * radius < best.length:
            best = RimRoom(2 * angle * radius, slot)
    return best


def clear_angle(cx: float, cy: float, ring: tuple[float, float], side: str, ink: Ink) -> float:
    """The smallest angle (radians, 0 to pi) from the rim's middle at which the ring from
    `ring[0]` to `ring[1]` (pt about (cx, cy)) meets the box `ink`; pi where it does not.
    The angle is least at a corner of the box inside the ring, where an edge of the box
    crosses one of the ring's circles, or 0 where the ring's middle runs through the box
    (along a straight edge and along a circle the angle only grows or only falls)."""
    inner, outer = ring
    down = 1.0 if side == "bottom" else -1.0  # the rim's middle: below the centre, or above
    x0, y0, x1, y1 = ink
    if x0 >= x1 or y0 >= y1:
        return math.pi
    near, far = sorted((cy + down * inner, cy + down * outer))
    if x0 <= cx <= x1 and near <= y1 and y0 <= far:
        return 0.0
    points = [(x, y) for x in (x0, x1) for y in (y0, y1)]
    for r in (inner, outer):
        for x in (x0, x1):  # the box's sides against the circle
            d = r * r - (x - cx) ** 2
            points += [(x, cy + s * math.sqrt(d)) for s in (1, -1)] if d >= 0 else []
        for y in (y0, y1):  # its top and bottom
            d = r * r - (y - cy) ** 2
            points += [(cx + s * math.sqrt(d), y) for s in (1, -1)] if d >= 0 else []
    e = 1e-6
    inside = [
        (x, y)
        for x, y in points
        if x0 - e <= x <= x1 + e
        and y0 - e <= y <= y1 + e
        and inner - e <= math.hypot(x - cx, y - cy) <= outer + e
    ]
    return min((math.atan2(abs(x - cx), down * (y - cy)) for x, y in inside), default=math.pi)


@dataclass(frozen=True)
class _Set:
    """A rim's texts set as one line on its circle, with the room it has there."""

    texts: tuple[str, ...]
    prepared: Prepared
    line: Line
    cx: float
    cy: float
    radius: float  # the baseline's, pt
    room: RimRoom

    @property
    def width(self) -> float:
        return self.line.width

    def report_faults(self, found: list[StringEntry], ctx: ComposeContext) -> None:
        starts = [0]
        for entry_text in self.texts[:-1]:
            starts.append(starts[-1] + len(entry_text) + len(SEPARATOR))

        def entry_at(_: int, at: int) -> tuple[int, int]:  # the joined text's entry at `at`
            which = max(i for i, start in enumerate(starts) if start <= at)
            return which, at - starts[which]

        report_text_faults(found, [(0, self.line.runs)], ctx, entry_at)


def _set(
    texts: tuple[str, ...],
    slot: ArcTextSlot,
    box: Box,
    ctx: ComposeContext,
    stack: list[FontFace],
) -> _Set:
    """`texts` joined by SEPARATOR and set on the slot's circle (raises MissingGlyphError)."""
    style, lang = slot.style, ctx.lang
    text = SEPARATOR.join(texts)
    p = prepare(text, lang.code, lang.rtl, stack)
    runs, width = build_line(p, 0, len(text), style.size)
    bs = BlockStyle(style.size, style.leading, "center", lang.rtl, 0)
    adv, asc, desc = line_metrics(runs, bs, stack[0])
    line = Line(tuple(runs), width, 0.0, 0.0, adv, asc, desc)
    outer = min(box.w, box.h) / 2
    # keep every glyph inside the circle: descenders point outwards on the bottom side
    radius = outer - desc if slot.side == "bottom" else outer - asc
    ring = (radius - asc, outer) if slot.side == "bottom" else (radius - desc, outer)
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    room = rim_room(cx, cy, radius, ring, slot.side, ctx.beside)
    return _Set(texts, p, line, cx, cy, radius, room)


def _report_short(
    slot: ArcTextSlot, found: list[StringEntry], full: _Set, ctx: ComposeContext
) -> None:
    """The `text.short-variant` note of a rim set in its short variant (the words of
    layout.items.text.report_short's, at the slot's frame), with why its full text did
    not fit."""
    keys = ", ".join(f"'{e.key}'" for e in found)
    lack = (full.width - full.room.length) / MM
    ctx.errs.note(
        "text.short-variant",
        f"{keys} prints its short variant: its full text is {full.width / MM:.0f} mm long "
        f"and the rim has room for {full.room.length / MM:.0f} mm{_stopped(full.room)}",
        slot.frame.mark or slot.mark,
        "a designed fallback, not a fault: to print the full text, shorten it or lower the "
        "style's size",
        subject=ctx.subject(slot, key=", ".join(e.key for e in found)),
        facts=(("cause", "rim"), ("lack", lack)),
    )


def _report_long(
    slot: ArcTextSlot,
    found: list[StringEntry],
    full: _Set,
    shorts: tuple[str | None, ...],
    ctx: ComposeContext,
    box: Box,
    stack: list[FontFace],
) -> None:
    """The `text.rim` error of a rim whose text (and short variant, where it has one) is
    longer than its room: at the text (the translator's line), as a text too long for its
    frame is."""
    has_short = any(s is not None for s in shorts)
    also = " (its short variant too)" if has_short else ""
    # at the text at fault of a rim of several (`_rim_fault`); else at the text (an
    # office's own where the rim shows one), else at the slot
    fault = _rim_fault(slot, found, full, box, ctx, stack)
    own = [e.mark for e in found if e.key in ctx.content.office_texts]
    mark = (*own, *(e.mark for e in found), slot.mark)[0] if fault is None else fault.mark
    taken = (
        ""
        if fault is None
        else f"; '{fault.key}' takes the room: without it the rim's other texts fit"
    )
    where = f" ({slot.mark.path.name}:{slot.mark.line})" if slot.mark and slot.mark.path else ""
    fix = "or its short: variant" if has_short else "or give it a short: variant"
    ctx.errs.error(
        "text.rim",
        f"rim text is {full.width / MM:.0f} mm long{also} but the rim has room for "
        f"{full.room.length / MM:.0f} mm{_stopped(full.room)}{taken}",
        mark,
        f"shorten the text {fix}, or lower the style's size{where}",
        subject=ctx.subject(slot, key=", ".join(slot.strings)),
    )


def _rim_fault(
    slot: ArcTextSlot,
    found: list[StringEntry],
    full: _Set,
    box: Box,
    ctx: ComposeContext,
    stack: list[FontFace],
) -> StringEntry | None:
    """Of a rim's several texts too long for its room (`full`, set in full), the one
    without which the others fit it, the longest where several do; None for a rim of one
    text, or where leaving out none lets the others fit. The error named the rim's first
    text whatever the others did."""
    if len(found) < 2:
        return None
    freed = []
    for j in range(len(found)):
        rest = _set(full.texts[:j] + full.texts[j + 1 :], slot, box, ctx, stack)
        if rest.width <= rest.room.length:
            freed.append(j)
    if not freed:
        return None
    return found[max(freed, key=lambda j: (len(full.texts[j]), -j))]


def _stopped(room: RimRoom) -> str:
    """What ends the rim's room, in words, where it is another slot."""
    return "" if room.by is None else f" before it runs into slot '{room.by}'"


@composer(ArcTextSlot, role=text_role)
def compose_arc_text(slot: ArcTextSlot, box: Box, ctx: ComposeContext) -> ArcTextItem | None:
    """The rim's line, in full where it fits its room (`rim_room`: the arc that keeps clear
    of the circle's ends and of the page's other content, `ctx.beside`), else in its
    short variant where that fits (a `text.short-variant` note, as a text slot gives),
    else in full with a `text.rim` error."""
    style, lang = slot.style, ctx.lang
    found = entries(slot, ctx)
    report_empty_fields(slot, ctx)
    texts, shorts = texts_of(found, lang, style, ctx.content.fields)
    stack = ctx.fonts.stack(lang.script, style.weight, lang.code)
    try:
        full = _set(texts, slot, box, ctx, stack)
    except MissingGlyphError as exc:
        report_missing(exc, found, slot, ctx, list(zip(texts, shorts, strict=True)))
        return None
    report_other_han(found, stack, ctx)
    chosen, variant = full, "text"
    short_texts = tuple(s or t for t, s in zip(texts, shorts, strict=True))
    if full.width > full.room.length and short_texts != texts:
        try:
            short: _Set | None = _set(short_texts, slot, box, ctx, stack)
        except MissingGlyphError:  # the full text is set instead, and told
            short = None
        if short is not None and short.width <= short.room.length:
            chosen, variant = short, "short"
            _report_short(slot, found, full, ctx)
    chosen.report_faults(found, ctx)
    if variant == "text" and full.width > full.room.length:
        _report_long(slot, found, full, shorts, ctx, box, stack)
    keys = tuple(e.key for e in found)
    spoken = ""  # as written, where the style set it in capitals (TextItem.spoken)
    at: tuple[int, ...] = ()
    if style_capitals(style, lang):
        plain, plain_shorts = texts_of(found, lang, style, ctx.content.fields, capitals=False)
        if variant == "short":
            plain = tuple(s or t for t, s in zip(plain, plain_shorts, strict=True))
        spoken = SEPARATOR.join(plain)
        at = written_offsets(spoken, chosen.prepared.text, lang.code)
    return ArcTextItem(
        slot.name,
        chosen.cx,
        chosen.cy,
        chosen.radius,
        chosen.line,
        style.size,
        style.colour,
        slot.side,
        keys,
        spoken,
        at,
        chosen.room.length,
        chosen.room.by,
        variant,
    )
