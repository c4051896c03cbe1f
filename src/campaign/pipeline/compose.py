"""Lay out every selected document before drawing any, each with its own diagnostics: missing
glyphs, overflows, safe-area problems, text below the type floor, art that does not cover its
page and low image resolution belong to the document (material x language) they were found
in, so only that document's jobs fail."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PIL import ImageCms

from ..colours import (
    ContrastError,
    Press,
    PrintContrast,
    contrast_problems,
    line_list,
    logo_contrast_problems,
    printed_colours,
)
from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Mark, Subject, listed
from ..fonts import FontBook
from ..kinds import kind_of
from ..layout.checks import (
    QR_TOO_LONG,
    Overlap,
    SmallText,
    bleed_gap_problems,
    coverage_problems,
    fold_problems,
    off_page_problems,
    overlap_problems,
    qr_problems,
    safe_area_problems,
    type_size_problems,
    wrap_problems,
)
from ..layout.compose import OverflowReport, compose_content
from ..layout.document import MM, ArcTextItem, Document, QrItem, TextItem
from ..model import (
    ArcTextSlot,
    Frame,
    Kit,
    Language,
    Layout,
    Office,
    ShapeSlot,
    Slot,
    SvgSlot,
    TextSlot,
)
from ..model.layout import AT_TRIM_MM
from ..papers import made_for, paper_family
from ..presses import PAPER, PROFILES
from ..resolve import Content, Layer, resolve_kit
from .fingerprint import profile_icc, profile_key
from .grouping import per_cause, print_hints, print_message
from .jobs import Composed, Doc
from .qr_labels import qr_label_problems

if TYPE_CHECKING:
    from ..merge.events import Record
    from ..model import Colour
    from ..render.underneath import Underneath


@dataclass(frozen=True)
class Laid:
    """One composed document and what its layout found (errors fail its jobs)."""

    composed: Composed
    diagnostics: tuple[Diagnostic, ...]

    @property
    def failed(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


@dataclass(frozen=True)
class _Checked:
    """One composed document and what its diagnostics are told with: the kit, the layout,
    the language, the office and merged record (the subject), the content it was set with
    and its slots by name."""

    kit: Kit
    layout: Layout
    lang: Language
    office: Office | None
    record: Record | None
    content: Content
    doc: Document
    slots: dict[str, Slot]

    @property
    def office_id(self) -> str | None:
        return self.office.id if self.office else None

    @property
    def rid(self) -> str | None:
        return self.record.id if self.record else None


def compose_document(
    kit: Kit,
    fonts: FontBook,
    layout: Layout,
    lang: Language,
    office: Office | None = None,
    record: Record | None = None,
    extra: tuple[Layer, ...] = (),
    stand_in: bool = False,
) -> Laid:
    """compose_content() and the checks of one document (safe area, type floor, coverage), for
    `office` and a merged `record` when given, with `extra` field layers (after the office's,
    before the record's: `check`'s sample contacts), and with `stand_in` each slot that
    stands in for others drawn in their place (`fallback_for`): the only calls into the
    layout stage. `layout` is taken as its print file is made for the office
    (papers.made_for: the bleed of a US office's custom size, badge and sticker), which the
    renditions then read (Composed.layout)."""
    # the layout as its print file is made for the office: a custom size, the badge and the
    # sticker with the 1/8 in of bleed of a US office's (papers.bleed_made)
    layout = made_for(layout, office.paper if office else None)
    errs = Collector()
    if record is not None:  # its row's problems found making it again (a photo gone)
        errs.extend(record.problems)
    overflows: list[OverflowReport] = []
    layers = (*extra, *((record.layer,) if record else ()))
    rid = record.id if record else None
    content = resolve_kit(kit, lang, layers, office=office, record=rid)
    doc = compose_content(layout, content, fonts, errs, overflows, stand_in)
    # the paper it is made on: its press sheet's region where its size is of no paper family
    doc = replace(doc, paper=paper_family(layout.paper, office.paper if office else None))
    slots = {s.name: s for s in layout.slots}
    checked = _Checked(kit, layout, lang, office, record, content, doc, slots)
    _slot_problems(checked, {o.slot for o in overflows}, errs, fonts)
    _type_floor(doc, layout, lang, slots, errs)
    for gap in coverage_problems(doc, layout):
        _uncovered(gap.describe(), gap.page, layout, slots, errs)
    _overflow_errors(checked, fonts, overflows, errs)
    return Laid(Composed(layout, lang, doc, office, record), tuple(errs.items))


def _slot_problems(
    checked: _Checked, overflowed: set[str], errs: Collector, fonts: FontBook
) -> None:
    """The checks of placed slots: each problem at its slot, with what to do about it; the
    texts of `overflowed` slots are left out of the overlaps and crossings (the overflow's).
    Then the warnings of printed contrast, of text over pictures (drawn with `fonts`), wrap
    and logos on their grounds."""
    kit, layout, doc = checked.kit, checked.layout, checked.doc
    # told once, as off the page, in the layout's terms: the same in every language (the
    # placed box's corner was mirrored in right-to-left ones, a number no one wrote)
    design = kit.layouts.get(layout.sized_from) if layout.sized_from else None
    off_page = [
        (slot, _off_page(checked.slots[slot], layout, design)) for slot, _ in off_page_problems(doc)
    ]
    gone = {slot for slot, _ in off_page}
    press = _press(kit, layout, checked.office)  # the press its print PDF is judged on too
    contrasts, prints = contrast_problems(doc, layout, kit.campaign.colours, press)
    per_slot = (
        *_placing_problems(checked, off_page, gone, overflowed),
        *_printing_problems(checked, gone, contrasts),
    )
    for code, problems, hint in per_slot:
        for slot, message, facts in problems:
            _slot_error(checked, code, slot, message, facts, hint, errs)
    _print_contrast_warnings(checked, prints, errs)
    _art_contrast_warnings(checked, fonts, gone | {c.slot for c in contrasts}, errs)
    _wrap_warnings(checked, gone, errs)
    _fold_warnings(checked, gone, errs)
    _logo_warnings(checked, fonts, press, errs)
    _qr_label_warnings(checked, errs)
    _heading_warning(checked, errs)


def _placing_problems(
    checked: _Checked, off_page: list[tuple[str, str]], gone: set[str], overflowed: set[str]
) -> tuple[PerSlot, ...]:
    """Where the slots are placed: off the page, outside the safe area, over each other
    (those `gone` off the page are told so alone)."""
    doc, layout = checked.doc, checked.layout
    return (
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
    )


def _printing_problems(
    checked: _Checked, gone: set[str], contrasts: list[ContrastError]
) -> tuple[PerSlot, ...]:
    """How the slots print: a bleed that stops at the trim, a QR code too small to scan, a
    text on a ground it does not contrast with (`contrasts`; those `gone` off the page lie
    on no ground: a second error, per size)."""
    doc, layout, colours = checked.doc, checked.layout, checked.kit.campaign.colours
    return (
        (
            "layout.bleed",
            [
                (slot, m, (("short", True),) if short else ())
                for slot, m, short in bleed_gap_problems(
                    doc, colours, {s.name for s in layout.slots if s.pin}
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
            [(c.slot, c.message, _contrast_facts(c)) for c in contrasts if c.slot not in gone],
            "use a lighter or darker colour for the text or its ground (campaign.yaml "
            "`colours:`), or a larger size",
        ),
    )


def _contrast_facts(c: ContrastError) -> Facts:
    """The facts of a colour.contrast error its hint is made from (_one_ground_hint): of
    text on the photo a window shows, and of text whose lines lie on several grounds."""
    if not (c.partly or c.window):
        return ()
    lines = (("edges", c.edges), ("lines", c.straddle), ("part", c.part))
    if c.window:
        return (("window", c.window), ("partly", c.partly), *lines)
    return (("partly", True), *lines)


def _slot_error(
    checked: _Checked,
    code: str,
    slot: str,
    message: str,
    facts: Facts,
    hint: str,
    errs: Collector,
) -> None:
    """One problem of a placed slot, at the place its fix is, with `hint` or the fix its
    facts call for."""
    layout, slots = checked.layout, checked.slots
    # a slot whose frame the size gives itself: at that frame, where the fix is (the
    # design's slot was named, whose frame this size does not use: a designer's trial)
    framed, why = (slot if slot in layout.own_frames else None), hint
    if code == "layout.overlap":  # which slots may take the flag: either (the check
        other = str(dict(facts)["other"])  # skips both)
        why = hint.format(slot=slot, other=other)
        if framed is None and other in layout.own_frames:  # the other's own frame
            framed = other
    frame = layout.own_frames[framed] if framed else slots[slot].mark
    if code == "layout.off-page" and not framed:  # at its `frame:`, where the fix is
        frame = slots[slot].frame.mark or frame
    mark = frame
    if code == "colour.contrast" and facts:  # a line off the ground the rest is on
        why = _one_ground_hint(**dict(facts))  # type: ignore[arg-type]
    if code == "layout.bleed" and facts:  # SVG art short of its frame and bleed
        why = (
            "give the slot `fit: cover` (the art scaled to cover its frame and cut off "
            "at it, at every size), or export the SVG at its frame's proportions"
        )
    if code == "layout.safe-area" and getattr(slots[slot], "style", None) is None:
        why = "move the slot's frame inwards"  # art, a QR code: no style to lower
    link = getattr(slots[slot], "link", None)
    if code == "layout.qr-small":
        mark, why = _qr_fix(checked, message, link, frame, why)
    errs.error(
        code,
        message,
        mark,
        why,
        *((_own_frame_hint(layout, framed, slots),) if framed else ()),
        *(
            _ground_size_hint(layout, slot, _framed_grounds(checked.doc, layout, slot))
            if code == "colour.contrast"
            else _size_hint(layout, slot)
        ),
        subject=Subject(
            office=checked.office_id,
            material=layout.id,
            language=None if code == "layout.off-page" else checked.lang.code,
            record=checked.rid,
            slot=slot,
        ),
        facts=facts,
    )


def _qr_fix(
    checked: _Checked, message: str, link: str | None, frame: Mark, why: str
) -> tuple[Mark, str]:
    """Where a QR code too small to scan is told, and what to do: its link's cell in a
    merged row's data, or its line in the office's file (`links:`), with a shorter address
    of the same page; else at `frame` with `why`. No frame is large enough for an address
    of too many modules."""
    content = checked.content
    if message.startswith(QR_TOO_LONG):
        why = "link a shorter address of the same page: no frame is large enough"
    if link in content.from_record:
        mark = content.link_marks.get(link, frame)  # a merged row's link: its cell
        why = "shorten the link in the data (the cell named here): a shorter address "
        why += "has fewer modules"
        return mark, why
    if link is not None and link in content.link_marks:
        mark = content.link_marks[link]  # its line in the office's file
        why = f"link a shorter address of the same page here ({mark.path.name} `links:`)"
        why += (
            ": no frame is large enough"
            if message.startswith(QR_TOO_LONG)
            else f", or make the slot's frame larger ({frame.path.name}:{frame.line})"
        )
        return mark, why
    return frame, why


def _print_contrast_warnings(
    checked: _Checked, prints: list[PrintContrast], errs: Collector
) -> None:
    """A print material's text that passes on the `rgb` and not as its press prints the
    `cmyk`: at the text's colour, where the fix is."""
    for one in prints:
        errs.warn(
            "colour.contrast-print",
            print_message(one, [one]),
            checked.kit.campaign.colours[one.colour].mark,  # where the fix is: the text's colour
            *print_hints(one, [one]),
            subject=Subject(
                office=checked.office_id,
                material=checked.layout.id,
                language=checked.lang.code,
                record=checked.rid,
                slot=one.slot,
            ),
            facts=(("contrast", one),),  # print_per_pair
        )


def _wrap_warnings(checked: _Checked, gone: set[str], errs: Collector) -> None:
    """A badge's slot that runs onto its wrap, off the face (but a slot off the page,
    `gone`: told as that)."""
    for slot, message in wrap_problems(checked.doc, checked.layout, gone):
        _frame_warning(
            checked,
            "layout.wrap",
            slot,
            message,
            "move the slot's frame inwards, inside the face (or let it bleed, `bleed: all`, if "
            "it is a ground meant to wrap)",
            errs,
        )


def _fold_warnings(checked: _Checked, gone: set[str], errs: Collector) -> None:
    """A text, logo, image, QR code or art on a fold of a folded piece, or within the safe
    margin of one (layout.checks.fold_problems): at its frame, with how far to move it. Of
    no language: the same frame is one warning for every language (a right-to-left page,
    mirrored, may lie across another fold of a piece folded off its middle)."""
    for one in fold_problems(checked.doc, checked.layout):
        if one.slot in gone:
            continue
        _frame_warning(
            checked,
            "layout.fold-gutter",
            one.slot,
            one.message,
            f"move its frame {one.move:g} mm towards the panel it is mostly on, or make it "
            f"narrower: keep each text, logo and QR code on one panel, {one.safe:g} mm from "
            "every fold (the layout's `safe:`, the margin the kit keeps from the trim: a fold "
            "is each panel's edge)",
            errs,
        )


def _frame_warning(
    checked: _Checked, code: str, slot: str, message: str, hint: str, errs: Collector
) -> None:
    """A warning of no language at the frame of `slot` that puts it where it is (the size's
    own, else the design's: `_slot_place`), with that place's own hints after `hint`."""
    layout = checked.layout
    place, own = _slot_place(layout, slot, checked.slots)
    errs.warn(
        code,
        message,
        place,
        hint,
        *own,
        subject=Subject(
            office=checked.office_id, material=layout.id, record=checked.rid, slot=slot
        ),
    )


def _qr_label_warnings(checked: _Checked, errs: Collector) -> None:
    """A QR code's label not next to its code (pipeline.qr_labels): at the size's own frame
    that put it there, where the fix is; in the layout's terms (right-to-left pages
    mirrored back), of this document's language: `grouping.qr_label_per_size` makes the
    warnings of one size one, naming its languages."""
    for one in qr_label_problems(checked.kit, checked.layout, checked.doc):
        errs.warn(
            "layout.qr-label",
            one.message,
            one.mark,
            *one.hints,
            subject=Subject(
                office=checked.office_id,
                material=checked.layout.id,
                language=checked.lang.code,
                record=checked.rid,
                slot=one.slot,
            ),
        )


ART_CONTRAST_HINT = (
    "give the text a ground of its own behind it (a band or scrim: a filled shape slot listed "
    "before the text, under its frame), move its frame off that part of the picture, or use a "
    "text colour that stands out from all of it (campaign.yaml `colours:`)"
)


def _art_contrast_warnings(
    checked: _Checked, fonts: FontBook, skip: set[str], errs: Collector
) -> None:
    """A text over a picture (a photo, a logo, SVG art with more than a ground) some of whose
    characters hardly show on it (colours.art), at the text: the page under it drawn
    (render.underneath) only where a line lies on a picture. `skip`: the slots
    colour.contrast or the page's edge already tell of."""
    from ..colours.art import art_contrast_problems, over_pictures

    doc = checked.doc
    if not any(over_pictures(page.items, skip) for page in doc.pages):
        return  # no text over a picture: nothing to draw
    colours = checked.kit.campaign.colours
    underneath = _drawn_under(checked, fonts, colours)
    layout = checked.layout
    try:
        found_all = art_contrast_problems(doc, layout, colours, underneath, frozenset(skip))
    except DiagnosticsError:  # a picture changed or gone since the kit was read: drawing
        return  # it says so (image.read, svg.read), in the build and the preview alike
    for found in found_all:
        place, own = _slot_place(layout, found.slot, checked.slots)
        errs.warn(
            "colour.contrast-art",
            found.message,
            place,
            ART_CONTRAST_HINT,
            *own,
            subject=Subject(
                office=checked.office_id,
                material=layout.id,
                language=checked.lang.code,
                record=checked.rid,
                slot=found.slot,
            ),
        )


def _drawn_under(checked: _Checked, fonts: FontBook, colours: dict[str, Colour]) -> Underneath:
    """The document's pages as its digital PDF draws them under a text or a logo, in
    `colours` (the campaign's, or as a press prints them), at colours.art's PIXELS_PER_MM,
    with the press profile its images are drawn through (render.underneath)."""
    from ..colours.art import PIXELS_PER_MM
    from ..render.underneath import Underneath

    icc = profile_icc(checked.kit, checked.layout, checked.office)
    return Underneath(checked.doc, colours, fonts, PIXELS_PER_MM, icc)


def _heading_warning(checked: _Checked, errs: Collector) -> None:
    """A document with a digital PDF that draws no heading, nor a figure with an alternative
    text to head it (render.tagging.structure_tags): its PDF has no H1, a screen reader's
    list of headings is empty (a layout of a user's own without `role: heading`, told by
    no check before: an accessibility helper's review). At the layout's first line, of the
    material, whatever the language."""
    layout, doc = checked.layout, checked.doc
    if kind_of(layout).screen:
        return  # images alone (social): no PDF
    words = False
    for page in doc.pages:
        for item in page.items:
            role = page.tags.get(item.slot, ("artifact", None))[0]
            if role in ("heading", "subheading"):
                return
            if role == "figure" and not isinstance(item, QrItem):
                return
            words = words or isinstance(item, TextItem)
    if not words:
        return  # shapes alone (a test card, a blank ground): no title to make a heading of
    errs.warn(
        "layout.no-heading",
        "its digital PDF has no heading: no slot with `role: heading` is drawn, "
        "nor a picture with an alternative text to head it, so a screen reader's list of "
        "headings is empty",
        layout.key_marks.get("slots") or layout.key_marks.get("trim"),
        "give the slot of its title `role: heading` (and its section titles `role: "
        "subheading`), or a picture slot `alt:` (the heart of a wordless badge is its heading)",
        # the layout's, not a merged record's: once for a merge, not once per row
        subject=Subject(office=checked.office_id, material=layout.id),
    )


def _logo_warnings(
    checked: _Checked, fonts: FontBook, press: Press | None, errs: Collector
) -> None:
    """A logo with transparent parts that hardly shows on what is drawn under it (colours.
    logos, on the page as render.underneath draws it, and as `press` prints it): at the
    logo."""
    kit, layout, slots, doc = checked.kit, checked.layout, checked.slots, checked.doc
    logos = {s.name for s in layout.slots if getattr(s, "logo", None)}
    if not any(i.slot in logos for page in doc.pages for i in page.items):
        return  # no logo drawn: nothing to draw
    colours = kit.campaign.colours
    drawing = _drawn_under(checked, fonts, colours)
    printed = None
    if press is not None:
        as_printed = printed_colours(colours, press.icc)
        printed = (press, as_printed, _drawn_under(checked, fonts, as_printed))
    try:
        found = logo_contrast_problems(doc, layout, colours, drawing, printed)
    except DiagnosticsError:  # a picture changed or gone since the kit was read: drawing
        return  # it says so (image.read, svg.read), in the build and the preview alike
    for slot, message, ground in found:
        errs.warn(
            "image.logo-contrast",
            message,
            checked.content.logo_marks.get(
                getattr(slots[slot], "logo", "") or "", slots[slot].mark
            ),
            "give the logo its own ground (an opaque PNG), or a version that shows on both the "
            "blue and the light grounds (an outline or a coloured version)",
            subject=Subject(
                office=checked.office_id, material=layout.id, record=checked.rid, slot=slot
            ),
            facts=(("ground", ground),),  # logo_per_ground
        )


def _overflow_errors(
    checked: _Checked, fonts: FontBook, overflows: list[OverflowReport], errs: Collector
) -> None:
    """Each text that does not fit, at the text, with whose it is to shorten (a translator's,
    an organiser's in a merged row's data, an office's field) and, for a size made from a
    design, the frame and trim it needs (`_size_hint`)."""
    layout, lang, record = checked.layout, checked.lang, checked.record
    merged: set[str] = set()  # the row's own values (its per-language words too)
    formatted: frozenset[str] = frozenset()  # the dates the kit formats from its cells
    if record is not None:
        from ..merge.events import FORMATTED

        formatted = FORMATTED
        merged = record.layer.keys(lang.code) - FORMATTED
    rooms = {o.slot: _room(o, checked.doc) for o in overflows}
    holding = _holding(checked.kit, fonts, layout, checked.content) if any(rooms.values()) else None
    for o in overflows:
        from_row = [k for k in o.keys if k in merged]
        entry = record.layer.value(from_row[0], lang.code) if record and from_row else None
        data = entry.text if entry is not None and len(o.keys) == 1 else None
        errs.error(
            "text.overflow",
            o.render(data),
            o.mark,
            _overflow_hint(checked, o, merged, formatted),
            *(
                ()
                if merged.intersection(o.at_fault)
                else _size_hint(layout, o.slot, rooms, lang.code, holding)
            ),
            subject=Subject(
                office=checked.office_id,
                material=o.material,
                language=o.lang,
                record=checked.rid,
                key=", ".join(o.keys),
            ),
            facts=_overflow_facts(checked, o)
            if _translators(checked, o, merged, formatted)
            else (),
        )


def _translators(
    checked: _Checked, o: OverflowReport, merged: set[str], formatted: frozenset[str]
) -> bool:
    """Whether a text that does not fit is a translator's, as _overflow_hint tells it: a
    string of the language's strings file, not a date the kit formats, a merged row's value,
    an office's name as it is nor a field (of a slot of several texts, the one at fault where
    it is known: OverflowReport.at_fault)."""
    keys = set(o.at_fault)
    return not (
        formatted & keys
        or merged & keys
        or (o.at_fault[0] in UNSHORTENED and o.text.variant != "short")
        or not any(k in checked.lang.strings for k in o.at_fault)
    )


def _overflow_facts(checked: _Checked, o: OverflowReport) -> Facts:
    """The facts of a translator's text that does not fit (grouping.overflow_per_frame):
    its slot, the frame where the fix is if several languages' texts miss it (a size's own,
    or the layout's `frame:`), the message's words before and after the language's detail,
    how much it misses by (lines, then pt too tall, then pt too wide: the worst first) and
    how many lines it is set in."""
    over = o.text.overflow
    assert over is not None
    slot = checked.slots.get(o.slot)
    frame = checked.layout.own_frames.get(o.slot) or (
        (slot.frame.mark or slot.mark) if slot is not None else o.mark
    )
    return (
        ("slot", o.slot),
        ("frame", frame),
        ("head", o.head()),
        ("missed", o.missed()),
        ("short", o.text.variant == "short"),
        ("over", (over.lines_over, over.height_over, over.width_over)),
        # the lines it is set in at the floor: every one of them below the frame's foot is
        # a frame lower than one line (cli.strings.line_bound), which no shorter text mends
        ("lines", len(o.text.lines)),
    )


def _overflow_hint(
    checked: _Checked, o: OverflowReport, merged: set[str], formatted: frozenset[str]
) -> str:
    """What to do about a text that does not fit, by whose words it is: a date the kit
    formats (`formatted`), a merged row's value (`merged`), an office's name that has no
    shorter form, an office's or the campaign's field, a string (its short variant tried or
    not); of a slot of several texts, by the one at fault where it is known
    (OverflowReport.at_fault): a long call to act beside an office's field is a string."""
    keys = o.at_fault
    layout, slots = checked.layout, checked.slots
    # the slot's line: the error is at the text (a translator's to shorten), and a
    # designer who made the frame smaller is told where the frame is given
    at = layout.own_frames.get(o.slot) or (slots[o.slot].mark if o.slot in slots else None)
    slot = f"the slot ({at.path.name}:{at.line})" if at and at.path else "the slot"
    if formatted.intersection(keys):  # a date as the language writes it: the layout's
        return (
            f"a date or time as the language writes it (CLDR): enlarge {slot} or lower "
            "the style's min_size"
        )
    if merged.intersection(keys):  # a merged row's value: the organiser's to shorten
        return (
            "shorten it in the data (the cell named here): at its smallest size the slot "
            "holds no more"
        )
    if keys[0] in UNSHORTENED and o.text.variant != "short":  # a name as it is
        return _unshortened_hint(checked, o, slot)
    if not any(k in checked.lang.strings for k in keys):  # an office's or campaign's field
        return (
            f"shorten the field's short form in {o.mark.path.name}, or enlarge {slot} or "
            "lower the style's min_size"
            if o.short_tried
            else f"shorten it in {o.mark.path.name}, or give it a short form printed where "
            f'it does not fit ({keys[0]}: {{text: "...", short: "..."}}; for a web '
            "address, a shorter one that leads to the same page), or enlarge "
            f"{slot} or lower the style's min_size"
        )
    if o.short_tried:  # its short variant was tried, and is too long too
        return f"shorten the text's short: variant, or enlarge {slot} or lower the style's min_size"
    return (
        f"shorten the text or give it a 'short:' variant, or enlarge {slot} "
        "or lower the style's min_size"
    )


def _unshortened_hint(checked: _Checked, o: OverflowReport, slot: str) -> str:
    """For an office's field that is a name as it is written (`UNSHORTENED`): that it cannot
    be shortened (no short form is offered: a handle is the account's name); enlarge `slot`
    (as the hint names it), lower the style's min_size if it is above the material's type
    floor, or leave the field out with the office's `hide:` (which no material then prints)."""
    layout = checked.layout
    floor = kind_of(layout).type_floor(layout)
    style = getattr(checked.slots.get(o.slot), "style", None)
    lower = (
        f" or lower the style's min_size (at most to the {floor:g} pt floor of a "
        f"{layout.kind} material)"
        if style is None or getattr(style, "min_size", floor) > floor
        else ""
    )
    return (
        f"{UNSHORTENED[o.at_fault[0]]} cannot be shortened: enlarge {slot}{lower}; or, to "
        f"print without it, hide the field (hide: [{o.at_fault[0]}] in {o.mark.path.name}: "
        "no material of the office then prints it)"
    )


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


def _off_page(slot: Slot, layout: Layout, design: Layout | None = None) -> str:
    """A slot wholly outside the page and its bleed, with its frame as the layout gives it;
    in a size made from `design`, the design's frame as written too (the size's scaled one
    alone, start 800 on A1, was a number no one typed: 400 on the A3 was)."""
    w, h = layout.trim
    where = f"the {w:g} x {h:g} mm page and its {layout.bleed:g} mm bleed"
    given = _given(slot.frame)
    own = slot.name in layout.own_frames
    written = next((s.frame for s in design.slots if s.name == slot.name), None) if design else None
    if written is None or own or design is None:
        return f"its frame ({given} mm) lies outside {where}: nothing of it prints"
    return (
        f"its frame, {_given(written)} mm on {design.id} (scaled: {given} mm), lies outside "
        f"{where}: nothing of it prints"
    )


def _given(frame: Frame) -> str:
    """A frame's keys as written: "start 400, top 22, width 158, height 32"."""
    return ", ".join(
        f"{name} {value:g}"
        for name in ("start", "end", "top", "bottom", "width", "height")
        if (value := getattr(frame, name)) is not None
    )


def _size_hint(
    layout: Layout,
    slot: str,
    rooms: dict[str, Room | None] | None = None,
    lang: str = "",
    holding: Holding | None = None,
) -> tuple[str, ...]:
    """For a size made from a design (`sizes:`), the fix that changes this size alone: the
    design's frames, scaled, may not suit a much smaller or narrower trim, and the error's
    place (the design's slot, the string) does not say that the size is where to look.
    `rooms`: for each text too tall at its floor in language `lang`, the frame it needs
    (_room), which the size's other frames could not give it (layout.compose): that frame,
    and the least trim of the size's proportions at which the texts of its page fit in that
    language (`holding`: the size made at that trim and its page set again, from the trim
    whose safe area holds the area they lack more, `needed_trim`, up in steps of 1 mm:
    `holding_trim`); that bound alone, which its frames may not give them, where it is not
    searched."""
    if not layout.sized_from or layout.size_mark is None:
        return ()
    if slot in layout.own_frames:  # the size's own frame already: the place named is it
        return ()
    room = (rooms or {}).get(slot)
    frame, trim = "", "a larger trim"
    if room is not None and rooms is not None:
        lack = sum(r.lack for r in rooms.values() if r is not None and r.page == room.page)
        lower, area = needed_trim(layout, lack)
        w, h = (math.ceil(v * 10 - 0.001) / 10 for v in (room.width, room.height))  # up: least
        frame = f" of at least {w:.1f} x {h:.1f} mm (its text at the floor)"
        need = (
            f"the texts of page '{room.page}' need {lack:.0f} mm² more in {lang} at the floor "
            f"than its {area:.0f} mm² safe area gives them; its other frames have no more room"
        )
        found = holding(room.page, lower) if holding is not None else (lower, False)
        (w2, h2), fits = (
            found if found is not None else (_trim_at(layout.trim, lower, HOLD_STEPS), False)
        )
        if fits:
            trim = f"a trim of {w2:g} x {h2:g} mm, at which they fit ({need})"
        elif found is None:
            trim = f"a trim larger than {w2:g} x {h2:g} mm ({need}, and do not at that trim)"
        else:
            trim = f"a trim of at least {w2:g} x {h2:g} mm ({need})"
    return (
        f"or change {layout.id} alone ({_scaled(layout, layout.size_mark)}): give slot "
        f"'{slot}' a frame of its own{frame} under the size's `slots:` or drop it "
        f"(`drop: true`), or choose {trim}",
    )


@dataclass(frozen=True)
class Room:
    """The frame a text too tall at its floor needs on a page (mm)."""

    page: str
    width: float
    height: float  # what its lines take at the floor
    given: float  # its frame's height

    @property
    def lack(self) -> float:
        """The area it lacks, mm²."""
        return self.width * (self.height - self.given)


# how far (mm, on the trim's shorter side) the trim a size's hint names is looked for above the
# bound of the area its texts lack (needed_trim): a step of 1 mm, found by halving
HOLD_STEPS = 64
# (page, the bound) -> (the least trim at which the page's texts fit, True); (the bound,
# False) where it is not searched; None when none up to HOLD_STEPS above it holds them
Holding = Callable[[str, tuple[int, int]], tuple[tuple[int, int], bool] | None]


def _holding(kit: Kit, fonts: FontBook, layout: Layout, content: Content) -> Holding | None:
    """For a size made from a design in `kit`, the search for the trim its hint names
    (`holding_trim`): the size made again at a trim (kit.sizes.resized, as if its entry
    said that trim) and set with `content`, whose texts of the page must all fit; found once
    for each page. None for a badge (its trim is its press's) and a size the design does not
    list."""
    from ..kit.sizes import resized

    design = kit.layouts.get(layout.sized_from or "")
    name = layout.id.removeprefix(f"{layout.family}-")
    if design is None or name not in design.sizes or layout.badge is not None:
        return None
    found: dict[str, tuple[tuple[int, int], bool] | None] = {}

    def holds(page: str, trim: tuple[int, int]) -> bool:
        over: list[OverflowReport] = []
        sized = resized(design, name, (float(trim[0]), float(trim[1])))
        compose_content(sized, content, fonts, Collector(), over)
        on = {s.name for spec in sized.pages if spec.name == page for s in spec.slots}
        return not any(o.slot in on for o in over)

    def holding(page: str, lower: tuple[int, int]) -> tuple[tuple[int, int], bool] | None:
        if page not in found:
            trim = holding_trim(layout.trim, lower, lambda t: holds(page, t))
            found[page] = (trim, True) if trim is not None else None
        return found[page]

    return holding


def holding_trim(
    trim: tuple[float, float], lower: tuple[int, int], holds: Callable[[tuple[int, int]], bool]
) -> tuple[int, int] | None:
    """The least trim of a `trim` size's proportions from `lower` up (its shorter side in steps of
    1 mm, at most HOLD_STEPS: `_trim_at`) for which `holds`: steps of 1, 2, 4... mm until one
    holds, then halved between the last that did not and it (the trim named is one that
    holds, tried); None when none does."""
    failed, n = -1, 0
    while not holds(_trim_at(trim, lower, n)):
        failed = n
        if n >= HOLD_STEPS:
            return None
        n = min(max(2 * n, 1), HOLD_STEPS)
    while n - failed > 1:
        mid = (failed + n) // 2
        if holds(_trim_at(trim, lower, mid)):
            n = mid
        else:
            failed = mid
    return _trim_at(trim, lower, n)


def _trim_at(trim: tuple[float, float], lower: tuple[int, int], n: int) -> tuple[int, int]:
    """`lower` with its shorter side `n` mm longer and its longer side as a `trim` size's
    proportions ask (whole mm, above; never below `lower`'s); `lower` itself at 0."""
    (w, h), (w2, h2) = trim, lower
    if n == 0:
        return lower
    if w <= h:
        return w2 + n, max(h2, math.ceil((w2 + n) * h / w - 1e-9))
    return max(w2, math.ceil((h2 + n) * w / h - 1e-9)), h2 + n


def needed_trim(layout: Layout, lack: float) -> tuple[tuple[int, int], float]:
    """The trim of `layout`'s proportions whose safe area is `lack` mm² larger than its own
    (whole mm, above), and its own safe area's mm²: where the area texts lack at their
    floor would be found, the frames growing with the page."""
    (w, h), safe = layout.trim, layout.safe
    area = max(w - 2 * safe, 0.0) * max(h - 2 * safe, 0.0)
    k = math.sqrt((area + lack) / area) if area > 0 else 1.0
    return (math.floor(w * k) + 1, math.floor(h * k) + 1), area


def _room(o: OverflowReport, doc: Document) -> Room | None:
    """The frame a text too tall at its floor needs: its width and the height its lines take
    at the floor; None for one that is too wide (a word) or not drawn."""
    over = o.text.overflow
    if over is None or over.height_over <= 0 or over.width_over > 0:
        return None
    for page in doc.pages:
        for item in page.items:
            if isinstance(item, TextItem) and item.slot == o.slot:
                return Room(page.name, item.box.w / MM, o.text.height / MM, o.box_h / MM)
    return None


def _slot_place(layout: Layout, slot: str, slots: dict[str, Slot]) -> tuple[Mark, tuple[str, ...]]:
    """Where a diagnostic of `slot` is told, and the hint that says why there: at the frame
    a size gives the slot itself (`sizes: a4: slots:`, layout.own_frames), which is where the
    fix is, with _own_frame_hint; else at the slot."""
    if slot in layout.own_frames:
        return layout.own_frames[slot], (_own_frame_hint(layout, slot, slots),)
    return slots[slot].mark, ()


def _own_frame_hint(layout: Layout, slot: str, slots: dict[str, Slot]) -> str:
    """Where a diagnostic is placed at a size's own frame of `slot` (`sizes: a4: slots:`,
    layout.own_frames): that this is the size's frame, not the design's scaled, and where
    the design's slot is."""
    name = layout.id.removeprefix(f"{layout.family}-")
    design = slots[slot].mark
    at = f" at {design.path.name}:{design.line}" if design.path else ""
    return (
        f"this is {layout.id}'s own frame of slot '{slot}' (`sizes: {name}: slots:`), not "
        f"{layout.sized_from}'s scaled{f' (its slot{at})' if at else ''}"
    )


def _scaled(layout: Layout, written: Mark) -> str:
    """A size as its hints name it: "flyer-a5 scaled; `sizes: legal:` at flyer-a5.yaml:129"
    (`written`: where the size's entry is)."""
    name = layout.id.removeprefix(f"{layout.family}-")
    return f"{layout.sized_from} scaled; `sizes: {name}:` at {written.path.name}:{written.line}"


def _one_ground_hint(
    edges: tuple[tuple[str, float], ...],
    lines: tuple[int, ...] = (),
    part: str = "",
    partly: bool = True,
    window: str = "",
) -> str:
    """The fix for a text whose lines run onto another ground: at the frame's side edges
    where they run off the side of their ground (colours.grounds._edges_onto: "start" or "end", mm:
    the farthest any of `lines`, those that do, runs), else at its top or bottom edge where
    they run off the top or the bottom of it ("top" or "bottom", mm), else (the other ground
    across their middle) its height and top. `part`: what of the lines runs onto it where
    that is their glyphs' tips alone ("descenders", "ascenders"; colours.tips.Tip).
    `window`: the other ground is the photo that window's slot shows (colours.PHOTO), which
    no colour or size makes readable: the text is given a ground of its own (a band or a
    scrim) or moved off the window, wholly there too (not `partly`)."""
    fix = "keep every line on one ground: "
    lower = ", or lower its style's size"
    other, that = "the other ground", "that ground"
    if window:
        own = (
            "give the text a ground of its own behind it: a band or scrim (a filled shape "
            "slot listed before the text, under its frame)"
        )
        if not partly:
            return (
                f"the user's photo shows through the window of slot '{window}' and its "
                f"contrast with the text cannot be known: {own}, or move the slot's frame "
                "off the window"
            )
        fix, lower = "keep every line off the user's photo: ", f", or {own}"
        other, that = "the photo", "the window"
    onto = dict(edges)
    if len(lines) > 1:  # each measured: the farthest counts
        who, runs, its, up = f"its {line_list(lines)}", "run", "their", "up to "
    else:
        who, runs, its, up = f"its {line_list(lines)}" if lines else "the line", "runs", "its", ""
    if part:  # the descenders of its line 4 run 3.8 mm onto the other ground at its bottom
        who, runs = f"the {part} of {who}", "run"
    if "start" in onto and "end" in onto:
        return (
            f"{fix}{who} {runs} onto {other} at both ends, {up}{onto['start']:.1f} mm "
            f"at {its} start and {onto['end']:.1f} mm at {its} end; make the slot's frame fit "
            f"between them (its width, its start, its end){lower}"
        )
    for edge, make, what in (
        ("end", f"end before {that} begins", "its width, its end"),
        ("start", f"start after {that} ends", "its width, its start"),
        ("bottom", f"end above {that}", "its height, its bottom"),
        ("top", f"start below {that}", "its top, its height"),
    ):
        if edge in onto:
            return (
                f"{fix}{who} {runs} {up}{onto[edge]:.1f} mm onto {other} at {its} "
                f"{edge}; make the slot's frame {make} ({what}){lower}"
            )
    if window:  # the photo across the lines' middle: the window itself
        return f"{fix}move the slot's frame off the window of slot '{window}'{lower}"
    return f"{fix}make the slot's frame end before {other} begins (its height, its top){lower}"


def _ground_size_hint(layout: Layout, slot: str, grounds: Sequence[str] = ()) -> tuple[str, ...]:
    """For text on the wrong ground in a size made from a design: the frames of the text and
    of its ground scale apart on a trim of other proportions (a Legal flyer's back title, off
    its band and on the light ground), so the fix may be this size's frames, not a colour.
    `grounds`: the slots drawn under the text whose frames the size gives itself
    (_framed_grounds): such a ground stays where its frame puts it while the text scales,
    and the text is told to have a frame there too (it was told to give "the slot, or its
    ground's" a frame of its own, which the ground had)."""
    if not layout.sized_from or layout.size_mark is None:
        return ()
    if slot in layout.own_frames:  # the size's own frame of it: the place named is it
        return (f"if {layout.sized_from} itself passes, move this frame back onto its ground",)
    moved = (
        f"if {layout.sized_from} itself passes, the text has moved off its ground in "
        f"{layout.id} ({_scaled(layout, layout.size_mark)})"
    )
    if grounds:
        name = layout.id.removeprefix(f"{layout.family}-")
        own = listed(
            [
                f"'{g}' ({layout.own_frames[g].path.name}:{layout.own_frames[g].line})"
                for g in grounds
            ]
        )
        one = len(grounds) == 1
        grounds_have = (
            f"its ground {own} has a frame of its own"
            if one
            else f"the grounds {own} have frames of their own"
        )
        return (
            f"{moved}: {grounds_have} and the slot is scaled: give the slot a frame of its "
            f"own on {'that ground' if one else 'its ground'} as well, under `sizes: {name}: "
            "slots:`",
        )
    return (
        f"{moved}: give the slot, or its ground's, a frame of its own under the size's `slots:`",
    )


def _framed_grounds(doc: Document, layout: Layout, slot: str) -> list[str]:
    """The slots drawn before `slot`'s text on its page (the grounds it may lie on: shapes,
    art, pictures) whose frames the size gives itself (`sizes: x: slots:`), in drawing
    order."""
    for page in doc.pages:
        for i, item in enumerate(page.items):
            if isinstance(item, TextItem | ArcTextItem) and item.slot == slot:
                under = [
                    u.slot
                    for u in page.items[:i]
                    if not isinstance(u, TextItem | ArcTextItem) and u.slot in layout.own_frames
                ]
                return list(dict.fromkeys(under))
    return []


def _type_floor(
    doc: Document, layout: Layout, lang: Language, slots: dict[str, Slot], errs: Collector
) -> None:
    """Text set below the type floor, at its slot. A style whose own size is below the floor
    is one cause for every language (no language in the subject, so one diagnostic per slot
    and material), told with the style's size, which is where the fix is: with the size
    copy-fit set in each language (8 pt in one, 7.37 pt where the text shrank), one slot was
    two errors at one place with the same hints (a designer's trial). It is named for the
    slots this document leaves out too (fed by fields it has empty: an office's contacts,
    which `check` of the campaign kit passed and every office's build then failed); text that
    copy-fit shrank below the floor from a size above it is the language's (merged per slot
    by one_per_cause)."""
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
        # a size's own frame of the slot: told there, as the slot's other problems are
        place, own = _slot_place(layout, slot.name, slots)
        if style.size < small.floor:
            errs.error(
                "layout.too-small",
                f"style '{style.name}' sets this text at {style.size:g} pt, below {floor}",
                place,
                f"raise the style's size (and min_size){at} to at least {small.floor:g} pt",
                *own,
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
            place,
            f"raise the style's min_size{at} to {small.floor:g} pt (copy-fit then takes the "
            "short: variant, or reports the overflow)",
            *own,
            "shorten the text or give it a 'short:' variant, or enlarge the slot",
            lower,
            *_size_hint(layout, slot.name),
            subject=Subject(material=layout.id, language=lang.code, slot=slot.name),
            facts=(("pt", small.size), ("head", head), ("tail", tail)),
        )


def _uncovered(
    message: str, page: str, layout: Layout, slots: dict[str, Slot], errs: Collector
) -> None:
    """Art that does not cover page `page`: one error per material and page (the same in
    every language), at the slot of that page the first hint names to cover it (its largest
    filled shape, its ground: a bookmark's back names 'back-ground', not the front's
    'ground', and the error sat at the layout's `trim:`); at the frame a size gives itself
    of that slot (`sizes: a1: slots: {ground: {frame: ...}}`), which is where the gap was
    made; at the layout's `trim:` when the page has no such slot."""
    tw, th = layout.trim
    named = ""  # the slot the first hint names
    own = [s for p in layout.pages if p.name == page for s in p.slots] or list(layout.slots)

    def area(s: ShapeSlot) -> float:
        _, _, w, h = s.frame.resolve(tw, th)
        return w * h

    grounds = [s for s in own if isinstance(s, ShapeSlot) and s.fill is not None]
    hints = []

    def whole(s: SvgSlot) -> bool:  # its frame covers the trim: a page's background
        x, y, w, h = s.frame.resolve(tw, th)
        near = AT_TRIM_MM  # reaching the trim, as `bleed:` takes it
        return x <= near and y <= near and x + w >= tw - near and y + h >= th - near

    backdrops = [s for s in own if isinstance(s, SvgSlot) and s.bleed and whole(s)]
    art = [s for s in backdrops if not s.covers]
    fitted = [s for s in backdrops if s.covers and s.fit == "contain"]
    if fitted:  # its art keeps its proportions: bands where a size's frame has others
        named = fitted[0].name
        hints.append(
            f"give slot '{fitted[0].name}' `fit: cover`: its SVG keeps its proportions, and "
            "leaves bands where its frame has others (a size of the design); cover scales it "
            "to cover the frame, cut off at it"
        )
    elif art:  # a designer's SVG ground, taken as art over nothing (a designer's trial)
        named = art[0].name
        hints.append(
            "SVG art is taken as ground when its first shape is an opaque rectangle (a rect, "
            "or a path or polygon of four corners) of one colour or an opaque gradient over "
            "its whole viewBox: "
            f"draw the SVG of slot '{art[0].name}' so, or keep a shape under it (a slot of "
            "kind: shape that covers the trim, listed before the art)"
        )
    elif grounds:
        g = max(grounds, key=area)
        named = g.name
        hints.append(
            f"make a filled slot cover the trim, e.g. slot '{g.name}' with frame "
            "{start: 0, end: 0, top: 0, bottom: 0}, which follows any trim"
        )
    else:  # a page of no filled shape (a card's back of text alone)
        hints.append(
            f"give page '{page}' a ground: a slot of kind: shape with a fill, listed first "
            "on the page, with frame {start: 0, end: 0, top: 0, bottom: 0}, which follows "
            "any trim"
        )
    hints.append("if the paper is meant to show, say so with 'ground: paper' in the layout")
    at: Mark | None = layout.key_marks.get("trim")
    if named:
        at, why = _slot_place(layout, named, slots)
        hints[1:1] = why
    errs.error(
        "layout.uncovered",
        message,
        at,
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
# a check's problems of one code: (code, [(slot, message, facts)], the hint that fixes them)
PerSlot = tuple[str, list[tuple[str, str, Facts]], str]


def _overlap_facts(o: Overlap) -> Facts:
    """An overlap's message as data: the other slot, its size and the message's words
    without the size, for the hint and for `overlap_per_pair`."""
    return (("other", o.other), ("w_mm", o.w_mm), ("h_mm", o.h_mm), ("head", o.head))
