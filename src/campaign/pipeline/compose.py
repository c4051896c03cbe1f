"""Lay out every selected document before drawing any, each with its own diagnostics: missing
glyphs, overflows, safe-area problems, text below the type floor, art that does not cover its
page and low image resolution belong to the document (material x language) they were found
in, so only that document's jobs fail."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PIL import ImageCms

from ..colours import (
    AA_LARGE,
    LARGE_BOLD_PT,
    LARGE_PT,
    Press,
    PrintContrast,
    contrast_problems,
    line_list,
    logo_contrast_problems,
    printed_colours,
)
from ..diagnostics import Collector, Diagnostic, Mark, Subject, listed
from ..fonts import FontBook
from ..kinds import kind_of
from ..layout.checks import (
    QR_TOO_LONG,
    Overlap,
    SmallText,
    bleed_gap_problems,
    coverage_problems,
    off_page_problems,
    overlap_problems,
    qr_problems,
    safe_area_problems,
    type_size_problems,
    wrap_problems,
)
from ..layout.compose import OverflowReport, compose_content
from ..layout.document import Document
from ..model import ArcTextSlot, Kit, Language, Layout, Office, ShapeSlot, Slot, SvgSlot, TextSlot
from ..model.layout import AT_TRIM_MM
from ..presses import PAPER, PROFILES
from ..resolve import Layer, resolve_kit
from ..text.paragraph import describe_char
from ..text.scripts import char_script
from .fingerprint import profile_icc, profile_key
from .jobs import Composed, Doc

if TYPE_CHECKING:
    from ..merge.events import Record


@dataclass(frozen=True)
class Laid:
    """One composed document and what its layout found (errors fail its jobs)."""

    composed: Composed
    diagnostics: tuple[Diagnostic, ...]

    @property
    def failed(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def compose_document(
    kit: Kit,
    fonts: FontBook,
    layout: Layout,
    lang: Language,
    office: Office | None = None,
    record: Record | None = None,
    extra: tuple[Layer, ...] = (),
) -> Laid:
    """compose_content() and the checks of one document (safe area, type floor, coverage), for
    `office` and a merged `record` when given, with `extra` field layers (after the office's,
    before the record's: `check`'s sample contacts): the only calls into the layout stage."""
    errs = Collector()
    if record is not None:  # its row's problems found making it again (a photo gone)
        errs.extend(record.problems)
    overflows: list[OverflowReport] = []
    layers = (*extra, *((record.layer,) if record else ()))
    rid = record.id if record else None
    content = resolve_kit(kit, lang, layers, office=office, record=rid)
    doc = compose_content(layout, content, fonts, errs, overflows)
    office_id = office.id if office else None
    slots = {s.name: s for s in layout.slots}
    overflowed = {o.slot for o in overflows}  # their overlaps and crossings: the overflow's
    # the checks of placed slots: each problem at its slot, with what to do about it
    # told once, as off the page, in the layout's terms: the same in every language (the
    # placed box's corner was mirrored in right-to-left ones, a number no one wrote)
    off_page = [(slot, _off_page(slots[slot], layout)) for slot, _ in off_page_problems(doc)]
    gone = {slot for slot, _ in off_page}
    press = _press(kit, layout, office)  # the press its print PDF is judged on too
    contrasts, prints = contrast_problems(doc, layout, kit.campaign.colours, press)
    per_slot: tuple[tuple[str, list[tuple[str, str, Facts]], str], ...] = (
        (
            "layout.off-page",
            [(slot, m, ()) for slot, m in off_page],
            "move the slot's frame onto the page (frames are in mm from the trim's edges: "
            "`start:` the edge a line starts at, left, or right in right-to-left languages)",
        ),
        (
            "layout.safe-area",
            [
                (slot, m, ())
                for slot, m in safe_area_problems(doc, layout, overflowed)
                if slot not in gone
            ],
            "move the slot's frame inwards or lower its style's size",
        ),
        (
            "layout.overlap",
            [
                (o.slot, o.message, _overlap_facts(o))
                for o in overlap_problems(doc, layout, overflowed)
                if o.slot not in gone
            ],
            OVERLAP_HINT,
        ),
        (
            "layout.bleed",
            [
                (slot, m, (("short", True),) if short else ())
                for slot, m, short in bleed_gap_problems(
                    doc, kit.campaign.colours, {s.name for s in layout.slots if s.pin}
                )
            ],
            "let the slot's art run on into the bleed on those edges: `bleed:` with them "
            "(`bleed: all` for a ground)",
        ),
        (
            "layout.qr-small",
            [(slot, m, ()) for slot, m in qr_problems(doc)],
            "make the slot's frame larger, or link a shorter address (fewer modules)",
        ),
        (
            "colour.contrast",
            [
                (slot, m, (("partly", True), ("edges", edges), ("lines", lines)) if partly else ())
                for slot, m, partly, edges, lines in contrasts
            ],
            "use a lighter or darker colour for the text or its ground (campaign.yaml "
            "`colours:`), or a larger size",
        ),
    )
    for code, problems, hint in per_slot:
        for slot, message, facts in problems:
            mark, why = slots[slot].mark, hint
            if code == "layout.overlap":  # which slots may take the flag: either (the check
                why = hint.format(slot=slot, other=dict(facts)["other"])  # skips both)
            if code == "colour.contrast" and facts:  # a line off the ground the rest is on
                why = _one_ground_hint(dict(facts)["edges"], dict(facts)["lines"])  # type: ignore[arg-type]
            if code == "layout.bleed" and facts:  # SVG art short of its frame and bleed
                why = (
                    "give the slot `fit: cover` (the art scaled to cover its frame and cut off "
                    "at it, at every size), or export the SVG at its frame's proportions"
                )
            if code == "layout.safe-area" and getattr(slots[slot], "style", None) is None:
                why = "move the slot's frame inwards"  # art, a QR code: no style to lower
            link = getattr(slots[slot], "link", None)
            if code == "layout.qr-small" and message.startswith(QR_TOO_LONG):
                why = "link a shorter address of the same page: no frame is large enough"
            if code == "layout.qr-small" and link in content.from_record:
                mark = content.link_marks.get(link, mark)  # a merged row's link: its cell
                why = "shorten the link in the data (the cell named here): a shorter address "
                why += "has fewer modules"
            elif code == "layout.qr-small" and link is not None and link in content.link_marks:
                mark = content.link_marks[link]  # its line in the office's file
                why = f"link a shorter address of the same page here ({mark.path.name} `links:`)"
                why += (
                    ": no frame is large enough"
                    if message.startswith(QR_TOO_LONG)
                    else f", or make the slot's frame larger ({slots[slot].mark.path.name}:"
                    f"{slots[slot].mark.line})"
                )
            errs.error(
                code,
                message,
                mark,
                why,
                *(
                    _ground_size_hint(layout, slot)
                    if code == "colour.contrast"
                    else _size_hint(layout, slot)
                ),
                subject=Subject(
                    office=office_id,
                    material=layout.id,
                    language=None if code == "layout.off-page" else lang.code,
                    record=rid,
                    slot=slot,
                ),
                facts=facts,
            )
    for one in prints:
        errs.warn(
            "colour.contrast-print",
            print_message(one, [one]),
            kit.campaign.colours[one.colour].mark,  # where the fix is: the text's colour
            *print_hints(one, [one]),
            subject=Subject(
                office=office_id, material=layout.id, language=lang.code, record=rid, slot=one.slot
            ),
            facts=(("contrast", one),),  # print_per_pair
        )
    for slot, message in wrap_problems(doc, layout):
        errs.warn(
            "layout.wrap",
            message,
            slots[slot].mark,
            "move the slot's frame inwards, inside the face (or let it bleed, `bleed: all`, if "
            "it is a ground meant to wrap)",
            subject=Subject(office=office_id, material=layout.id, record=rid, slot=slot),
        )
    for slot, message, ground in logo_contrast_problems(doc, layout, kit.campaign.colours, press):
        errs.warn(
            "image.logo-contrast",
            message,
            content.logo_marks.get(getattr(slots[slot], "logo", "") or "", slots[slot].mark),
            "give the logo its own ground (an opaque PNG), or a version that shows on both the "
            "blue and the light grounds (an outline or a coloured version)",
            subject=Subject(office=office_id, material=layout.id, record=rid, slot=slot),
            facts=(("ground", ground),),  # logo_per_ground
        )
    _type_floor(doc, layout, lang, slots, errs)
    for gap in coverage_problems(doc, layout):
        _uncovered(gap.describe(), layout, errs)
    merged: set[str] = set()  # the row's own values (its per-language words too)
    formatted: frozenset[str] = frozenset()  # the dates the kit formats from its cells
    if record is not None:
        from ..merge.events import FORMATTED

        formatted = FORMATTED
        merged = record.layer.keys(lang.code) - FORMATTED
    for o in overflows:
        # the slot's line: the error is at the text (a translator's to shorten), and a
        # designer who made the frame smaller is told where the frame is given
        at = layout.own_frames.get(o.slot) or (slots[o.slot].mark if o.slot in slots else None)
        slot = f"the slot ({at.path.name}:{at.line})" if at and at.path else "the slot"
        if formatted.intersection(o.keys):  # a date as the language writes it: the layout's
            hint = (
                f"a date or time as the language writes it (CLDR): enlarge {slot} or lower "
                "the style's min_size"
            )
        elif merged.intersection(o.keys):  # a merged row's value: the organiser's to shorten
            hint = (
                "shorten it in the data (the cell named here): at its smallest size the slot "
                "holds no more"
            )
        elif o.keys[0] in UNSHORTENED and o.text.variant != "short":  # a name as it is
            floor = kind_of(layout).type_floor(layout)
            style = getattr(slots.get(o.slot), "style", None)
            lower = (
                f" or lower the style's min_size (at most to the {floor:g} pt floor of a "
                f"{layout.kind} material)"
                if style is None or getattr(style, "min_size", floor) > floor
                else ""
            )
            hint = (
                f"{UNSHORTENED[o.keys[0]]} has no shorter form: enlarge {slot}{lower}, or give "
                "the field a short form for where it does not fit "
                f'({o.keys[0]}: {{text: "...", short: "..."}})'
            )
        elif not any(k in lang.strings for k in o.keys):  # an office's or campaign's field
            hint = (
                f"shorten the field's short form in {o.mark.path.name}, or enlarge {slot} or "
                "lower the style's min_size"
                if o.text.variant == "short"
                else f"shorten it in {o.mark.path.name}, or give it a short form printed where "
                f'it does not fit ({o.keys[0]}: {{text: "...", short: "..."}}; for a web '
                "address, a shorter one that leads to the same page), or enlarge "
                f"{slot} or lower the style's min_size"
            )
        elif o.text.variant == "short":  # its short variant was tried, and is too long too
            hint = (
                f"shorten the text's short: variant, or enlarge {slot} or lower the style's "
                "min_size"
            )
        else:
            hint = (
                f"shorten the text or give it a 'short:' variant, or enlarge {slot} "
                "or lower the style's min_size"
            )
        from_row = [k for k in o.keys if k in merged]
        entry = record.layer.value(from_row[0], lang.code) if record and from_row else None
        data = entry.text if entry is not None and len(o.keys) == 1 else None
        errs.error(
            "text.overflow",
            o.render(data),
            o.mark,
            hint,
            *(() if merged.intersection(o.keys) else _size_hint(layout, o.slot)),
            subject=Subject(
                office=office_id,
                material=o.material,
                language=o.lang,
                record=rid,
                key=", ".join(o.keys),
            ),
        )
    return Laid(Composed(layout, lang, doc, office, record), tuple(errs.items))


def _press(kit: Kit, layout: Layout, office: Office | None) -> Press | None:
    """The press condition a print material's contrast is judged on as printed too
    (colours.contrast_problems: colour.contrast-print): the print PDF's; None for a screen
    material (sRGB only) or a profile that cannot be read (the kit's check of it says so;
    the rgb alone is judged)."""
    if kind_of(layout).screen:
        return None
    key = profile_key(kit, layout, office)
    icc = profile_icc(kit, layout, office)
    try:
        printed_colours(kit.campaign.colours, icc)  # read once here: cached for the check
    except (OSError, ImageCms.PyCMSError):
        return None
    return Press(icc, PROFILES[key][1], PAPER[key], key == kit.campaign.output_profile)


def print_message(one: PrintContrast, texts: Sequence[PrintContrast]) -> str:
    """colour.contrast-print's message for the pair of `one`, the sizes of `texts` (every
    slot and document it stands for, print_per_pair) told by what WCAG AA asks for them:
    "below the 4.5:1 WCAG AA asks for 7.5 to 10.5 pt text"."""
    sizes: dict[float, list[float]] = {}
    for text in sorted(texts, key=lambda t: -t.need):
        sizes.setdefault(text.need, []).append(text.size)
    asks: list[str] = []
    for need, pts in sizes.items():
        low, high = f"{min(pts):.1f}", f"{max(pts):.1f}"
        at = f"{low} pt" if low == high else f"{low} to {high} pt"
        asks.append(f"the {need:g}:1 {'it' if asks else 'WCAG AA'} asks for {at} text")
    return (
        f"{one.colour} text on {one.ground} prints at {one.printed:.2f}:1 on {one.press.name} "
        f"({one.press.paper} paper), below {' and '.join(asks)}; {one.screen:.2f}:1 from the "
        "colours' rgb, which the digital PDF and PNGs show (colour.contrast passes)"
    )


def print_hints(one: PrintContrast, texts: Sequence[PrintContrast]) -> tuple[str, ...]:
    """The fix of colour.contrast-print: the campaign's colours, each of one `cmyk` for every
    press condition (model.Colour), which no office can change; or large text, where the
    printed ratio makes WCAG AA's 3:1 (`texts`: those the warning stands for). On the
    campaign's own press condition, whose print values the `rgb` are meant to show, first a
    `cmyk` that is not its `rgb`'s colour (a navy rgb over a pale cyan cmyk)."""
    mismatch = (
        f"the colours' `rgb` are meant as their `cmyk` prints on {one.press.name}, the "
        "campaign's press: where colour.mismatch warns of either colour, correct it first",
    )
    hint = (
        "each campaign colour has one `cmyk` for every press condition, and an office cannot "
        f"change it: the campaign needs a stronger pair for {one.press.name} "
        f"({one.press.paper} paper), a darker ground or a lighter text colour (campaign.yaml "
        "`colours:`, its `cmyk` and its `rgb` alike)"
    )
    if one.printed >= AA_LARGE - 0.005 and any(t.need > AA_LARGE for t in texts):
        hint += (
            f", or the text set at {LARGE_PT:g} pt ({LARGE_BOLD_PT:g} pt bold) or larger, "
            f"where {AA_LARGE:g}:1 is enough"
        )
    return (*(mismatch if one.press.campaign else ()), hint)


def _off_page(slot: Slot, layout: Layout) -> str:
    """A slot wholly outside the page and its bleed, with its frame as the layout gives it."""
    frame = slot.frame
    given = ", ".join(
        f"{name} {value:g}"
        for name in ("start", "end", "top", "bottom", "width", "height")
        if (value := getattr(frame, name)) is not None
    )
    w, h = layout.trim
    return (
        f"its frame ({given} mm) lies outside the {w:g} x {h:g} mm page and its "
        f"{layout.bleed:g} mm bleed: nothing of it prints"
    )


def _size_hint(layout: Layout, slot: str) -> tuple[str, ...]:
    """For a size made from a design (`sizes:`), the fix that changes this size alone: the
    design's frames, scaled, may not suit a much smaller or narrower trim, and the error's
    place (the design's slot, the string) does not say that the size is where to look."""
    if not layout.sized_from or layout.size_mark is None:
        return ()
    if slot in layout.own_frames:  # the size's own frame already: the place named is it
        return ()
    return (
        f"or change {layout.id} alone ({_scaled(layout, layout.size_mark)}): give slot "
        f"'{slot}' a frame of its own under the size's `slots:` or drop it (`drop: true`), or "
        "choose a larger trim",
    )


def _scaled(layout: Layout, written: Mark) -> str:
    """A size as its hints name it: "flyer-a5 scaled; `sizes: legal:` at flyer-a5.yaml:129"
    (`written`: where the size's entry is)."""
    name = layout.id.removeprefix(f"{layout.family}-")
    return f"{layout.sized_from} scaled; `sizes: {name}:` at {written.path.name}:{written.line}"


def _one_ground_hint(edges: tuple[tuple[str, float], ...], lines: tuple[int, ...] = ()) -> str:
    """The fix for a text whose lines run onto another ground: at the frame's side edges
    where they run off the side of their ground (colours._edges_onto: "start" or "end", mm:
    the farthest any of `lines`, those that do, runs), else at its top or bottom edge where
    they run off the top or the bottom of it ("top" or "bottom", mm), else (the other ground
    across their middle) its height and top."""
    fix = "keep every line on one ground: "
    lower = ", or lower its style's size"
    onto = dict(edges)
    if len(lines) > 1:  # each measured: the farthest counts
        who, runs, its, up = f"its {line_list(lines)}", "run", "their", "up to "
    else:
        who, runs, its, up = f"its {line_list(lines)}" if lines else "the line", "runs", "its", ""
    if "start" in onto and "end" in onto:
        return (
            f"{fix}{who} {runs} onto the other ground at both ends, {up}{onto['start']:.1f} mm "
            f"at {its} start and {onto['end']:.1f} mm at {its} end; make the slot's frame fit "
            f"between them (its width, its start, its end){lower}"
        )
    for edge, make, what in (
        ("end", "end before that ground begins", "its width, its end"),
        ("start", "start after that ground ends", "its width, its start"),
        ("bottom", "end above that ground", "its height, its bottom"),
        ("top", "start below that ground", "its top, its height"),
    ):
        if edge in onto:
            return (
                f"{fix}{who} {runs} {up}{onto[edge]:.1f} mm onto the other ground at {its} "
                f"{edge}; make the slot's frame {make} ({what}){lower}"
            )
    return (
        f"{fix}make the slot's frame end before the other ground begins (its height, its "
        f"top){lower}"
    )


def _ground_size_hint(layout: Layout, slot: str) -> tuple[str, ...]:
    """For text on the wrong ground in a size made from a design: the frames of the text and
    of its ground scale apart on a trim of other proportions (a Legal flyer's back title, off
    its band and on the light ground), so the fix may be this size's frames, not a colour."""
    if not layout.sized_from or layout.size_mark is None:
        return ()
    if slot in layout.own_frames:  # the size's own frame of it: the place named is it
        return (f"if {layout.sized_from} itself passes, move this frame back onto its ground",)
    return (
        f"if {layout.sized_from} itself passes, the text has moved off its ground in "
        f"{layout.id} ({_scaled(layout, layout.size_mark)}): give the slot, or its ground's, a "
        "frame of its own under the size's `slots:`",
    )


def _type_floor(
    doc: Document, layout: Layout, lang: Language, slots: dict[str, Slot], errs: Collector
) -> None:
    """Text set below the type floor, at its slot. A style whose own size is below the floor
    is one cause for every language (no language in the subject, so one diagnostic per slot
    and material), named for the slots this document leaves out too (fed by fields it has
    empty: an office's contacts, which `check` of the campaign kit passed and every office's
    build then failed); text that copy-fit shrank below it is the language's (merged per
    slot by one_per_cause)."""
    kind = kind_of(layout)
    floor_pt = kind.type_floor(layout)
    drawn = {item.slot for item in doc.items}
    unset = [  # as the size the style sets (a slot not drawn has no copy-fit to tell)
        SmallText(name, slot.style.size, floor_pt)
        for name, slot in slots.items()
        if name not in drawn
        and isinstance(slot, TextSlot | ArcTextSlot)
        and slot.style.size < floor_pt
    ]
    for small in [*type_size_problems(doc, layout), *unset]:
        slot = slots[small.slot]
        assert isinstance(slot, TextSlot | ArcTextSlot)
        style = slot.style
        floor = f"the {kind.name}'s type floor of {small.floor:g} pt"
        lower = (
            "if the material is read at arm's length, lower the floor with "
            f"'min_type_pt' in {layout.path.name}"
        )
        # where the style is written: the fix is there, not at the slot (a designer's trial)
        at = f" at {style.mark.path.name}:{style.mark.line}" if style.mark.path else ""
        if style.size < small.floor:
            errs.error(
                "layout.too-small",
                f"style '{style.name}' sets this text at {small.size:g} pt, below {floor}",
                slot.mark,
                f"raise the style's size (and min_size){at} to at least {small.floor:g} pt",
                lower,
                *_size_hint(layout, slot.name),
                subject=Subject(material=layout.id, slot=slot.name),
            )
            continue
        head = "copy-fit sets this text"
        tail = f"below {floor} (style '{style.name}' allows {style.min_size:g} pt)"
        errs.error(
            "layout.too-small",
            f"{head} at {small.size:g} pt to fit, {tail}",
            slot.mark,
            f"raise the style's min_size{at} to {small.floor:g} pt (copy-fit then takes the "
            "short: variant, or reports the overflow)",
            "shorten the text or give it a 'short:' variant, or enlarge the slot",
            lower,
            *_size_hint(layout, slot.name),
            subject=Subject(material=layout.id, language=lang.code, slot=slot.name),
            facts=(("pt", small.size), ("head", head), ("tail", tail)),
        )


def _uncovered(message: str, layout: Layout, errs: Collector) -> None:
    """Art that does not cover its page: one error per material (the same in every language),
    at the layout's `trim:` (the size the art is measured against)."""
    tw, th = layout.trim

    def area(s: ShapeSlot) -> float:
        _, _, w, h = s.frame.resolve(tw, th)
        return w * h

    grounds = [s for s in layout.slots if isinstance(s, ShapeSlot) and s.fill is not None]
    hints = []

    def whole(s: SvgSlot) -> bool:  # its frame covers the trim: a page's background
        x, y, w, h = s.frame.resolve(tw, th)
        near = AT_TRIM_MM  # reaching the trim, as `bleed:` takes it
        return x <= near and y <= near and x + w >= tw - near and y + h >= th - near

    backdrops = [s for s in layout.slots if isinstance(s, SvgSlot) and s.bleed and whole(s)]
    art = [s for s in backdrops if s.ground is None]
    fitted = [s for s in backdrops if s.ground is not None and s.fit == "contain"]
    if fitted:  # its art keeps its proportions: bands where a size's frame has others
        hints.append(
            f"give slot '{fitted[0].name}' `fit: cover`: its SVG keeps its proportions, and "
            "leaves bands where its frame has others (a size of the design); cover scales it "
            "to cover the frame, cut off at it"
        )
    elif art:  # a designer's SVG ground, taken as art over nothing (a designer's trial)
        hints.append(
            "SVG art is taken as ground when its first shape is an opaque rectangle (a rect, "
            "or a path or polygon of four corners) of one colour over its whole viewBox: "
            f"draw the SVG of slot '{art[0].name}' so, or keep a shape under it (a slot of "
            "kind: shape that covers the trim, listed before the art)"
        )
    elif grounds:
        g = max(grounds, key=area)
        hints.append(
            f"make a filled slot cover the trim, e.g. slot '{g.name}' with frame "
            "{start: 0, end: 0, top: 0, bottom: 0}, which follows any trim"
        )
    hints.append("if the paper is meant to show, say so with 'ground: paper' in the layout")
    errs.error(
        "layout.uncovered",
        message,
        layout.key_marks.get("trim"),
        *hints,
        subject=Subject(material=layout.id),
    )


def compose_all(
    kit: Kit, fonts: FontBook, docs: Sequence[tuple[Layout, Language] | Doc]
) -> tuple[list[Laid], Collector]:
    """Every document ((layout, language) or (layout, language, office)), and every problem of
    the whole selection as one list (one error per language for a character no font has)."""
    laid = [compose_document(kit, fonts, *doc) for doc in docs]
    everything = Collector()
    for one in laid:
        everything.extend(one.diagnostics)
    return laid, Collector(per_cause(everything.items))


OVERLAP_HINT = (
    "move one of them; if the overlap is meant, add 'overlap: true' to slot '{slot}' (or to "
    "slot '{other}'): the check then leaves that slot out"
)
# An office's fields that are names, written as they are (a social handle, an e-mail
# address, a phone number): to "shorten it" is no advice for them
UNSHORTENED = {
    "social": "a social media handle",
    "email": "an e-mail address",
    "helpline": "a phone number",
}

Facts = tuple[tuple[str, object], ...]  # Diagnostic.facts


def _overlap_facts(o: Overlap) -> Facts:
    """An overlap's message as data: the other slot, its size and the message's words
    without the size, for the hint and for `overlap_per_pair`."""
    return (("other", o.other), ("w_mm", o.w_mm), ("h_mm", o.h_mm), ("head", o.head))


Key = tuple[object, ...]


def grouped(
    items: list[Diagnostic],
    key_of: Callable[[Diagnostic], Key | None],
    merge: Callable[[Key, list[Diagnostic]], Diagnostic],
) -> list[Diagnostic]:
    """`items` with the diagnostics of one key (`key_of`; None: left as it is) as one,
    `merge(key, same)`, at the first one's place; the others keep their order."""
    out: list[Diagnostic] = []
    groups: dict[Key, list[Diagnostic]] = {}
    place: dict[Key, int] = {}
    for d in items:
        key = key_of(d)
        if key is None:
            out.append(d)
            continue
        if key not in groups:
            groups[key], place[key] = [], len(out)
            out.append(d)  # placeholder, replaced below
        groups[key].append(d)
    for key, same in groups.items():
        out[place[key]] = merge(key, same)
    return out


def overlap_per_pair(items: list[Diagnostic]) -> list[Diagnostic]:
    """Two slots that overlap in several languages (the ink of each language's text differs)
    are one error per material and pair of slots, naming the languages and the largest
    overlap: `check` of a layout with one misplaced frame gave 26 errors that said the same
    thing (the first language's place and hints are kept). From each error's facts
    (`_overlap_facts`)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "layout.overlap" or not d.facts or d.subject.language is None:
            return None
        sub = d.subject
        return (sub.office, sub.material, sub.record, sub.slot, d.mark, d.fact("head"))

    def area(d: Diagnostic) -> float:
        return float(d.fact("w_mm")) * float(d.fact("h_mm"))  # type: ignore[arg-type]

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        if len(same) == 1:
            return first
        largest = max(same, key=area)
        langs = ", ".join(str(d.subject.language) for d in same)
        return replace(
            first,
            message=f"{first.fact('head')} in {len(same)} languages ({langs}); the most in "
            f"{largest.subject.language}: {largest.fact('w_mm'):.1f} x "
            f"{largest.fact('h_mm'):.1f} mm",
            subject=replace(first.subject, language=None),
        )

    return grouped(items, key_of, merge)


def small_per_slot(items: list[Diagnostic]) -> list[Diagnostic]:
    """Text that copy-fit shrank below the type floor in several languages is one error per
    material and slot, listing each language's size: the cause is the style's min_size below
    the floor, and the fix is one (the first language's place and hints are kept). From each
    error's facts (`_type_floor`: the size, and the message's words before and after it)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "layout.too-small" or not d.facts or d.subject.language is None:
            return None
        return (d.subject.material, d.subject.slot, d.fact("head"), d.fact("tail"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        if len(same) == 1:
            return same[0]
        material, slot, head, tail = key
        sizes = ", ".join(f"{d.subject.language} {d.fact('pt'):g} pt" for d in same)
        return replace(
            same[0],
            message=f"{head} smaller to fit in {len(same)} languages ({sizes}), {tail}",
            subject=Subject(material=str(material), slot=str(slot)),
        )

    return grouped(items, key_of, merge)


def per_cause(items: list[Diagnostic]) -> list[Diagnostic]:
    """Every merge of diagnostics that say the same thing of several languages or materials
    (below)."""
    merged = overflow_per_text(
        overlap_per_pair(
            small_per_slot(empty_field_per_string(han_per_language(one_per_cause(items))))
        )
    )
    return print_per_pair(place_per_slot(logo_per_ground(merged)))


PER_SLOT = ("layout.safe-area", "colour.contrast", "layout.bleed")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def place_per_slot(items: list[Diagnostic]) -> list[Diagnostic]:
    """A slot's frame in the safe margin, or its text's colour on its ground, is one error
    per material and slot however many languages show it, naming the languages and saying
    the worst of them (the largest first number: "text comes 3.1 mm into the 4 mm safe
    margin"): a frame moved below the trim was 26 errors, one per language (a designer's
    trial)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code not in PER_SLOT or d.subject.language is None:
            return None
        sub = d.subject
        shape = _NUMBER.sub("#", d.message)
        return (d.code, sub.office, sub.material, sub.record, sub.slot, d.mark, shape)

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        if len(same) == 1:
            return same[0]

        def first_number(d: Diagnostic) -> float:
            found = _NUMBER.search(d.message)
            return float(found[0]) if found else 0.0

        varies = len({d.message for d in same}) > 1
        return in_languages(max(same, key=first_number), same, "; the worst of them" * varies)

    return grouped(items, key_of, merge)


def in_languages(shown: Diagnostic, same: list[Diagnostic], note: str = "") -> Diagnostic:
    """`shown` for all of `same` (one diagnostic per language), naming their languages
    after its message ("(in 2 languages: en, ar)", then `note`), of no language itself."""
    langs = ", ".join(str(d.subject.language) for d in same)
    return replace(
        shown,
        message=f"{shown.message} (in {len(same)} languages: {langs}{note})",
        subject=replace(shown.subject, language=None),
    )


def logo_per_ground(items: list[Diagnostic]) -> list[Diagnostic]:
    """A logo that hardly shows on one ground (`image.logo-contrast`) is one warning per
    logo and ground, naming the other materials it is on: an office's blue-on-blue logo was
    sixteen warnings, one per material (nine errors with --strict)."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "image.logo-contrast":
            return None
        return (d.subject.office, d.mark, d.fact("ground"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        others = sorted({str(d.subject.material) for d in same} - {str(first.subject.material)})
        if not others:
            return first
        shown = ", ".join(others[:5]) + (" and more" if len(others) > 5 else "")
        return replace(
            first, message=f"{first.message} (so in {len(others)} other material(s): {shown})"
        )

    return grouped(items, key_of, merge)


def print_per_pair(items: list[Diagnostic]) -> list[Diagnostic]:
    """Text that passes on its colours' rgb and not as printed (`colour.contrast-print`) is
    one warning per pair of colours and press condition, naming the slots with their
    materials, the languages and the offices: the cause is the pair's CMYK on that paper,
    the same on every page that sets it, and a 26-language build of an office on uncoated
    paper told the accent on the blue in four slots of four flyers in each language."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "colour.contrast-print" or not d.facts:
            return None
        one = _print_fact(d)
        return (
            d.mark,
            one.colour,
            one.ground,
            one.press,
            f"{one.printed:.2f}",
            f"{one.screen:.2f}",
        )

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        if len(same) == 1:
            return first
        texts = [_print_fact(d) for d in same]
        where: dict[str, dict[str, None]] = {}  # slot -> its materials, in order
        for d in same:
            where.setdefault(str(d.subject.slot), {})[str(d.subject.material)] = None
        subjects = [d.subject for d in same]

        def one(field: str) -> str | None:  # the subject's field where all share it
            values = {getattr(s, field) for s in subjects}
            return values.pop() if len(values) == 1 else None

        material = one("material")  # one: in the subject, not after each slot
        named = [
            f"'{slot}'" + (f" ({', '.join(m)})" * (material is None)) for slot, m in where.items()
        ]
        slots = "slot " if len(named) == 1 else "slots "
        message = f"{print_message(texts[0], texts)}; in {slots}{listed(named)}"
        langs = list(dict.fromkeys(str(s.language) for s in subjects))
        if len(langs) > 1:
            message += f", in {len(langs)} languages ({', '.join(langs)})"
        offices = sorted({s.office for s in subjects if s.office})
        if len(offices) > 1:
            message += f", for offices {listed(offices)}"
        return replace(
            first,
            message=message,
            hints=print_hints(texts[0], texts),
            subject=Subject(
                office=one("office"),
                material=material,
                language=one("language"),
                record=one("record"),
            ),
        )

    return grouped(items, key_of, merge)


def _print_fact(d: Diagnostic) -> PrintContrast:
    one = d.fact("contrast")
    assert isinstance(one, PrintContrast)
    return one


def overflow_per_text(items: list[Diagnostic]) -> list[Diagnostic]:
    """One text that overflows its slot in several languages (an office's field, the same in
    every language it prints, at one place of its file) is one error per material and slot,
    naming the languages: a long `report_url` was four errors for each material. Texts of
    their own in each language (strings, a field given per language) have their own places
    and stay apart. A text left out (`text.omitted`: a merged event's link too long for the
    line under its QR code) likewise: it was one warning per language of the row."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code not in ("text.overflow", "text.omitted") or d.subject.language is None:
            return None
        sub = d.subject
        return (sub.office, sub.material, sub.record, sub.key, d.mark, d.message)

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        return same[0] if len(same) == 1 else in_languages(same[0], same)

    return grouped(items, key_of, merge)


def one_per_cause(items: list[Diagnostic]) -> list[Diagnostic]:
    """Characters no font has are one error per language and script (a missing Korean font
    is one error, not one per syllable), listing the characters and every string and material
    that needs them, not one per string and material."""

    def key_of(d: Diagnostic) -> Key | None:
        return (d.subject.language, char_script(_char(d))) if d.code == "text.no-glyph" else None

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        language, script = key
        uses: dict[str, list[str]] = {}
        chars: list[str] = []
        for d in same:
            uses.setdefault(d.subject.key or "?", []).append(d.subject.material or "?")
            if _char(d) not in chars:
                chars.append(_char(d))
        where = "; ".join(f"'{k}' ({', '.join(sorted(set(m)))})" for k, m in uses.items())
        missing = _missing(chars, script if isinstance(script, str) else None)
        code = language if isinstance(language, str) else None
        return replace(
            same[0],
            message=f"{missing}; needed by string(s) {where}",
            subject=Subject(language=code, key=", ".join(uses)),
        )

    return grouped(items, key_of, merge)


def han_per_language(items: list[Diagnostic]) -> list[Diagnostic]:
    """Han characters the page language's font lacks, set from another language's font
    (`text.han-fallback`), are one warning per language and pair of fonts, listing the
    characters and every string and material that has them, as `one_per_cause` does for
    characters no font has."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "text.han-fallback" or not d.facts:
            return None
        return (d.subject.language, d.subject.office, d.fact("own"), d.fact("used"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        language, office, own, used = key
        uses: dict[str, list[str]] = {}
        chars: list[str] = []
        for d in same:
            uses.setdefault(d.subject.key or "?", []).append(d.subject.material or "?")
            char = str(d.fact("char"))
            if char not in chars:
                chars.append(char)
        where = "; ".join(f"'{k}' ({', '.join(sorted(set(m)))})" for k, m in uses.items())
        what = (
            f"{describe_char(chars[0])} is"
            if len(chars) == 1
            else f"{len(chars)} Han characters are"
        )
        listed = "" if len(chars) == 1 else ": " + _listed(chars)
        return replace(
            same[0],
            message=f"{what} not in {own}, the font of {language}, and set from {used}, in "
            f"its forms{listed}; in string(s) {where}",
            subject=Subject(
                office=office if isinstance(office, str) else None,
                language=str(language),
                key=", ".join(uses),
            ),
        )

    return grouped(items, key_of, merge)


def empty_field_per_string(items: list[Diagnostic]) -> list[Diagnostic]:
    """A string that names a field empty in the document (`text.empty-field`) is one warning
    per line of its strings file and field, naming the materials that show it and, where
    several languages show that line (their fallback to the source's text), the languages:
    not one per material, size and language."""

    def key_of(d: Diagnostic) -> Key | None:
        if d.code != "text.empty-field" or not d.facts:
            return None
        sub = d.subject
        return (sub.office, sub.record, sub.key, d.mark, d.fact("field"))

    def merge(key: Key, same: list[Diagnostic]) -> Diagnostic:
        first = same[0]
        materials = sorted({str(d.subject.material) for d in same})
        langs = list(dict.fromkeys(str(d.subject.language) for d in same))
        shown = ", ".join(materials[:6]) + (" and more" if len(materials) > 6 else "")
        message = f"{first.message} (in {shown})"
        if len(langs) == 1:
            return replace(first, message=message, subject=replace(first.subject, material=None))
        return replace(
            first,
            message=f"{message} (in {len(langs)} languages: {', '.join(langs)})",
            subject=replace(first.subject, material=None, language=None),
        )

    return grouped(items, key_of, merge)


def _listed(chars: list[str]) -> str:
    """The first characters described, the others as themselves, as `_missing` lists them."""
    rest = "".join(f", '{c}'" for c in chars[1:SHOWN])
    more = f" and {len(chars) - SHOWN} more" if len(chars) > SHOWN else ""
    return f"{describe_char(chars[0])}{rest}{more}"


def _char(d: Diagnostic) -> str:
    """The character of a text.no-glyph message, which starts with describe_char: 'X' (U+..."""
    return d.message[1]


SHOWN = 12  # characters listed by a merged no-glyph error


def _missing(chars: list[str], script: str | None) -> str:
    if len(chars) == 1:
        return f"{describe_char(chars[0])} has no glyph in any font"
    of = f" of script {script}" if script else ""
    return f"{len(chars)} characters{of} have no glyph in any font: {_listed(chars)}"
