"""The room budget of a string: every slot it is set in, and an estimate of how much fits.

Per design slot (a layout's `sizes:` are scaled from it): the material and slot, the frame in
mm, the style's size range in pt, the lines that fit at the smallest size (the frame's height
over the line advance in the language's font, `paragraph.line_factor`: an Arabic-script line
takes 1.55 times a Latin one; capped by the style's `max_lines`) and about how many
characters fit a line at that size: the frame's width over the language's average advance.
The average advance (in em) is measured with the text stage's own fonts and shaping, on the
texts the language prints: its own, and its parent's where it lacks one (pt.yaml's for
pt-BR, `Kit.printed`); a language without any yet uses the source language's when both share
a script, else the letters its script's font has. It is an estimate: it ignores line breaks
and the space other texts of a shared slot take.

A badge's rim (an `arc-text` slot) is one line along its circle: its room is the length of
the arc it may take, which ends where it would run into the badge's words as the language
sets them (layout.items.arc_text.rim_room), so the design is laid out in the language
(`rim_rooms`) and the room read off its rim."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..fonts import FontBook, FontFace
from ..model import ArcTextSlot, Kit, Language, TextSlot, link_keys
from ..text.paragraph import MissingGlyphError, line_factor, prepare

PT_MM = 25.4 / 72
SAMPLE = 400  # letters of a script's font measured when the language has no texts


@dataclass(frozen=True)
class Budget:
    """The room one slot gives the texts set in it."""

    key: str
    material: str
    slot: str
    keys: tuple[str, ...]  # every string of the slot (they share its room)
    width_mm: float
    height_mm: float
    max_pt: float
    min_pt: float
    lines: int  # at min_pt
    per_line: int  # characters, at min_pt
    em: float  # the language's average advance, in em
    rim: bool = False  # along a badge's rim: `width_mm` is the arc's length, one line
    by: str | None = None  # the rim's: the slot its room ends at (None: the circle's ends)

    @property
    def total(self) -> int:
        return self.per_line * self.lines

    def render(self) -> str:
        others = [k for k in self.keys if k != self.key]
        tail = f"; shared with {', '.join(others)}" if others else ""
        if self.rim:
            ends = f" before it runs into slot '{self.by}'" if self.by else ""
            return (
                f"room: {self.material} slot '{self.slot}', along the badge's rim, "
                f"{self.max_pt:g} pt: 1 line of {self.width_mm:.0f} mm{ends}, about "
                f"{self.per_line} characters; the short: variant prints where the text is "
                f"longer{tail}"
            )
        return (
            f"room: {self.material} slot '{self.slot}', {self.width_mm:g} x {self.height_mm:g} mm, "
            f"{self.max_pt:g} pt (down to {self.min_pt:g}): up to {self.lines} line(s) of about "
            f"{self.per_line} characters, {self.total} in all at {self.min_pt:g} pt{tail}"
        )

    def as_json(self) -> dict[str, object]:
        return {
            "material": self.material,
            "slot": self.slot,
            "keys": list(self.keys),
            "frame_mm": [self.width_mm, self.height_mm],
            "range_pt": [self.min_pt, self.max_pt],
            "lines": self.lines,
            "chars_per_line": self.per_line,
            "chars": self.total,
            **({"along_rim": True} if self.rim else {}),
        }


def budgets(kit: Kit, fonts: FontBook, lang: Language) -> dict[str, list[Budget]]:
    """Per string key, every design slot it is set in, with its room for `lang`."""
    em = average_em(kit, fonts, lang)
    # the line advance of the language's font (Noto Sans Arabic's lines are 1.55 times
    # Latin's), as the text stage spaces its lines (`paragraph.line_metrics`)
    factor = line_factor(fonts.stack(lang.script, "regular", lang.code)[0])
    out: dict[str, list[Budget]] = {}
    source = kit.languages.get(kit.campaign.source_language)
    known = source.strings if source is not None else {}
    rims = rim_rooms(kit, fonts, lang)
    for layout in kit.layouts.values():
        if layout.sized_from:
            continue
        for slot in layout.slots:
            if isinstance(slot, ArcTextSlot) and (layout.id, slot.name) in rims:
                mm, by = rims[(layout.id, slot.name)]
                size = slot.style.size
                per_line = max(1, int(mm / (size * PT_MM * em)))
                for key in slot.strings:
                    out.setdefault(key, []).append(
                        Budget(
                            key, layout.id, slot.name, slot.strings, mm, 0.0, size, size,
                            1, per_line, em, rim=True, by=by,
                        )
                    )  # fmt: skip
            if not isinstance(slot, TextSlot):
                continue
            _, _, w, h = slot.frame.resolve(*layout.trim)
            st = slot.style
            size_mm = st.min_size * PT_MM
            lines = max(1, int(h / (size_mm * st.leading * factor)))
            if st.max_lines:
                lines = min(lines, st.max_lines)
            per_line = max(1, int(w / (size_mm * em)))
            for base in slot.strings:
                # a slot about a link shows, for another kind of link, each key's variant in
                # its place (qr_label_tel for qr_label: not beside it)
                for key in link_keys(base, known) if slot.link else (base,):
                    keys = tuple(key if k == base else k for k in slot.strings)
                    out.setdefault(key, []).append(
                        Budget(
                            key, layout.id, slot.name, keys, w, h, st.size, st.min_size,
                            lines, per_line, em,
                        )
                    )  # fmt: skip
    return out


def rim_rooms(
    kit: Kit, fonts: FontBook, lang: Language
) -> dict[tuple[str, str], tuple[float, str | None]]:
    """The room (mm along the rim) of each design's rim text, and the slot it ends at, as
    the design is laid out in `lang` (its texts, else those it prints in their place): the
    room the build gives it (ArcTextItem.room)."""
    designs = [
        layout
        for layout in kit.layouts.values()
        if not layout.sized_from and any(isinstance(s, ArcTextSlot) for s in layout.slots)
    ]
    if not designs:
        return {}
    from ..diagnostics import Collector
    from ..layout.compose import compose_content
    from ..layout.document import ArcTextItem
    from ..resolve import resolve_kit

    content = resolve_kit(kit, lang)
    out = {}
    for layout in designs:
        doc = compose_content(layout, content, fonts, Collector(), [])
        for item in doc.items:
            if isinstance(item, ArcTextItem):
                out[(layout.id, item.slot)] = (item.room * PT_MM, item.room_by)
    return out


def average_em(kit: Kit, fonts: FontBook, lang: Language) -> float:
    """The language's average advance per character, in em (see the module's text)."""
    source = kit.languages[kit.campaign.source_language]
    texts = [e.text for e in lang.strings.values()]
    for key in [k for k in source.strings if k not in lang.strings]:  # its parent's print
        printed = kit.printed(lang, key)
        if printed is not None and printed[1] is not source:
            texts.append(printed[0].text)
    if not texts and source.script == lang.script:
        texts = [e.text for e in source.strings.values()]
    stack = fonts.stack(lang.script, "regular", lang.code)
    if texts:
        text = " ".join(texts)
        try:
            p = prepare(text, lang.code, lang.rtl, list(stack))
        except MissingGlyphError:  # reported where the text is set; estimate from the font
            return _letters_em(stack[0], fonts.face(fonts.latin, "regular"))
        return (sum(p.seg_em) + sum(p.seg_ws_em)) / max(1, len(text))
    return _letters_em(stack[0], fonts.face(fonts.latin, "regular"))


def _letters_em(face: FontFace, latin: FontFace) -> float:
    """The mean advance of letters of the script's font that the Latin font does not have
    and that are not compatibility forms (an even sample of at most SAMPLE, with a space after
    every fifth); of a-z for Latin."""
    letters = [
        cp
        for cp in sorted(face.cmap)
        if unicodedata.category(chr(cp))[0] == "L"
        and not unicodedata.decomposition(chr(cp))  # no presentation forms: base letters
        and (face is latin or not latin.covers(cp))
    ]
    if face is latin or not letters:
        letters = [ord(c) for c in "abcdefghijklmnopqrstuvwxyz"]
    sample = letters[:: max(1, len(letters) // SAMPLE)]
    font = face.hb_font
    widths = [font.get_glyph_h_advance(font.get_nominal_glyph(cp) or 0) for cp in sample]
    space = font.get_glyph_h_advance(font.get_nominal_glyph(0x20) or 0)
    total = sum(widths) + space * (len(widths) // 5)
    return float(total / max(1, len(widths) + len(widths) // 5) / face.upem)
