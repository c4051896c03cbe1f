"""`arc-text` slots: one line set along a circle (a badge's rim), kept inside the circle."""

from __future__ import annotations

from ...model import ArcTextSlot
from ...text.case import written_offsets
from ...text.paragraph import BlockStyle, Line, MissingGlyphError, build_line, line_metrics, prepare
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


@composer(ArcTextSlot, role=text_role)
def compose_arc_text(slot: ArcTextSlot, box: Box, ctx: ComposeContext) -> ArcTextItem | None:
    style, lang, fonts = slot.style, ctx.lang, ctx.fonts
    found = entries(slot, ctx)
    report_empty_fields(slot, ctx)
    texts = texts_of(found, lang, style, ctx.content.fields)[0]
    text = SEPARATOR.join(texts)
    stack = fonts.stack(lang.script, style.weight, lang.code)
    try:
        p = prepare(text, lang.code, lang.rtl, stack)
    except MissingGlyphError as exc:
        report_missing(exc, found, slot, ctx)
        return None
    report_other_han(found, stack, ctx)
    runs, width = build_line(p, 0, len(text), style.size)
    starts = [0]
    for entry_text in texts[:-1]:
        starts.append(starts[-1] + len(entry_text) + len(SEPARATOR))

    def entry_at(_: int, at: int) -> tuple[int, int]:  # the joined text's entry at `at`
        which = max(i for i, start in enumerate(starts) if start <= at)
        return which, at - starts[which]

    report_text_faults(found, [(0, tuple(runs))], ctx, entry_at)
    bs = BlockStyle(style.size, style.leading, "center", lang.rtl, 0)
    adv, asc, desc = line_metrics(runs, bs, stack[0])
    line = Line(tuple(runs), width, 0.0, 0.0, adv, asc, desc)
    outer = min(box.w, box.h) / 2
    # keep every glyph inside the circle: descenders point outwards on the bottom side
    radius = outer - desc if slot.side == "bottom" else outer - asc
    room = radius * PI * RIM_USE
    if width > room:
        ctx.errs.error(
            "text.rim",
            f"rim text is {width / MM:.0f} mm long but the rim has room for {room / MM:.0f} mm",
            slot.mark,
            "shorten the text or lower the style's size",
            subject=ctx.subject(key=", ".join(slot.strings)),
        )
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    keys = tuple(e.key for e in found)
    spoken = ""  # as written, where the style set it in capitals (TextItem.spoken)
    at: tuple[int, ...] = ()
    if style_capitals(style, lang):
        spoken = SEPARATOR.join(texts_of(found, lang, style, ctx.content.fields, capitals=False)[0])
        at = written_offsets(spoken, p.text, lang.code)
    return ArcTextItem(
        slot.name, cx, cy, radius, line, style.size, style.colour, slot.side, keys, spoken, at
    )
