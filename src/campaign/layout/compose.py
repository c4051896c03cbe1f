"""Compose a document: resolve each slot's frame (mirrored for right-to-left languages unless
pinned) and hand the slot to its kind's composer (layout/items/). Problems are collected, not
raised."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..diagnostics import Collector, Diagnostic
from ..fonts import FontBook
from ..model import ArcTextSlot, Layout, Slot, TextSlot
from ..model.layout import AT_TRIM_MM
from ..model.slots import GROUND
from ..resolve import Content
from ..text.langmarks import Marked
from ..text.paragraph import EPS, Line, lone_word_width
from ..text.scripts import (
    TRAILING,
    char_script,
    link_spans,
    other_script_language,
    script_of,
    written_with,
)
from .checks import Ink, backdrop_art, content_ink, text_extents
from .coverage import fill_under
from .document import (
    MM,
    ArcTextItem,
    Box,
    Document,
    ImageItem,
    Item,
    Page,
    RunLanguage,
    ShapeItem,
    SvgItem,
    TextItem,
    spoken_text,
)
from .items import ComposeContext, Role, kind_of_slot
from .items.arc_text import SEPARATOR
from .items.image import logo_language
from .items.text import OverflowReport, report_empty_alt, resolve_text

__all__ = ["OverflowReport", "compose_content", "place"]


def compose_content(
    layout: Layout,
    content: Content,
    fonts: FontBook,
    errs: Collector,
    overflows: list[OverflowReport],
    stand_in: bool = False,
) -> Document:
    """Every page of `layout` with `content`: frames placed, texts set and copy-fitted.
    Missing glyphs, low image resolution and rim texts go to `errs`, texts that do not fit to
    `overflows` (reported kit-wide by the caller). A size of a design (kit.sizes) where a text
    does not fit at its floor is set again with the room its other frames leave in this
    language (`_roomier`), when that fits more. `stand_in`: every slot that stands in for
    others (`fallback_for`) drawn in their place, as where they do not fit (`check`'s
    layout of the contacts an office fills, pipeline.checking.when_filled)."""
    if layout.sized_from is None:
        return _compose(layout, content, fonts, errs, overflows, stand_in)
    told, over = Collector(), list[OverflowReport]()
    doc = _compose(layout, content, fonts, told, over, stand_in)
    crossing: set[str] | None = None  # `doc`'s texts out of the safe area, once asked
    for _ in range(ROOM_TRIES):  # a text given width may lack height then
        roomier = _roomier(layout, doc, over)
        if roomier is None:
            break
        again, still = Collector(), list[OverflowReport]()
        redone = _compose(roomier, content, fonts, again, still, stand_in)
        if not _better(still, over):
            break
        if crossing is None:
            crossing = _crossing(doc, layout, over)
        crossed = _crossing(redone, roomier, still)
        if crossed - crossing:
            break
        layout, doc, told, over, crossing = roomier, redone, again, still, crossed
    errs.extend(told)
    overflows.extend(over)
    return doc


# how many times a size's texts are set again with the room their language leaves: width
# for a word too wide, then the height its lines take in that width, then what that moved
ROOM_TRIES = 3


def _better(still: list[OverflowReport], over: list[OverflowReport]) -> bool:
    """Whether the texts set again lack less than before, and none that fitted lacks room."""
    return {o.slot for o in still} <= {o.slot for o in over} and _lack(still) < _lack(over)


def _crossing(doc: Document, layout: Layout, overflows: list[OverflowReport]) -> set[str]:
    """The slots whose text reaches out of the safe area (layout.checks.safe_area_problems,
    the `layout.safe-area` check): a text set again with room must not make one. Room that
    pushed a frame to the safe margin, its last line's descenders then in it, gave that
    text a `layout.safe-area` error where the text that lacked room had its `text.overflow`
    (a narrowed A6 flyer's calls pushed its hashtags 0.5 mm into the margin)."""
    from .checks import safe_area_problems

    overflowed = {o.slot for o in overflows}  # as pipeline.compose judges them
    return {slot for slot, _ in safe_area_problems(doc, layout, overflowed)}


def _lack(overflows: list[OverflowReport]) -> tuple[int, float]:
    """How many texts do not fit, and by how much in all (pt)."""
    missed = [o.text.overflow for o in overflows]
    return len(missed), sum(o.height_over + o.width_over for o in missed if o is not None)


def _roomier(layout: Layout, doc: Document, overflows: list[OverflowReport]) -> Layout | None:
    """`layout` with each page's texts whose widest word is too wide at their floor given the
    mm they lack across (`_wider`), and those too tall given the mm they lack, from the room
    the page's other texts leave empty in `doc`'s language and the space between frames
    (kit.sizes.with_room; on a badge, within its live circle); None when no text lacks
    room. Where texts are set again, a text with a short word alone on a line is given the
    width that sets it with a line beside it (`_unlonely`)."""
    lacking = [(o.slot, o.text.overflow) for o in overflows if o.text.overflow is not None]
    # a word wider than its line by no more than copy-fit's EPS fits it (a balanced text's
    # lines are found to that width)
    wide = {s: (o.width_over / MM + 0.01, o.size / MM) for s, o in lacking if o.width_over > EPS}
    if lacking:  # the texts are set again: none keeps a short word alone on a line
        wide |= _unlonely(doc, wide)
    need = {
        s: o.height_over / MM + 0.01  # frames are kept to 0.001 mm
        for s, o in lacking
        if o.height_over > 0 and o.width_over <= EPS
    }
    if not (need or wide):
        return None
    # imported here: the kit package imports its readers and the YAML loader, which a build
    # from the user's cache never needs (tests/cli/test_startup.py); only a derived size
    # that overflows gets here
    from ..kit.sizes import with_room, with_width

    for page in doc.pages:
        drawn = {item.slot for item in page.items}
        if not wide.keys().isdisjoint(drawn):
            layout = with_width(layout, page.name, _wider(layout, doc, page, wide))
        if need.keys().isdisjoint(drawn):
            continue
        spare = {
            item.slot: max(item.box.h - item.text.height, 0.0) / MM
            for item in page.items
            if isinstance(item, TextItem) and item.text.overflow is None
        }
        rims = tuple(_rim(item) for item in page.items if isinstance(item, ArcTextItem))
        layout = with_room(layout, page.name, need, spare, drawn, rims)
    return layout


def _rim(item: ArcTextItem) -> tuple[float, int]:
    """The radius (mm) a rim text's glyphs leave free about its centre, and its side (1 the
    bottom, -1 the top): its baseline's less what its line reaches inwards (its ascent on
    the bottom side, where the glyphs stand on the circle, its descent on the top)."""
    if item.side == "bottom":
        return (item.radius - item.line.ascent) / MM, 1
    return (item.radius - item.line.descent) / MM, -1


def _unlonely(
    doc: Document, wide: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """The texts of `doc` with a line that holds one short word alone (Georgian "და",
    "and", between its two long neighbours), each given the mm it lacks to set that word
    with a line beside it (text.paragraph.lone_word_width) and its em, or what `wide` gives
    it where that is more."""
    out = {}
    for item in doc.items:
        if not isinstance(item, TextItem):
            continue
        lack = (lone_word_width(item.text.lines, item.text.size, doc.lang) - item.box.w) / MM
        if lack > 0:
            lack = max(lack + 0.01, wide.get(item.slot, (0.0, 0.0))[0])
            out[item.slot] = (lack, item.text.size / MM)
    return out


def _wider(
    layout: Layout, doc: Document, page: Page, wide: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """The frames of `page` given other widths (by slot: x from the trim's start edge, width,
    mm) so that each text of `wide` (mm its widest word lacks, its em) is that much wider
    (kit.fit.make_width), from what is printed on the page as drawn in `doc`'s language: a
    text's lines, a code's or picture's box; shapes are what they lie on."""
    from ..kit.fit import GAP_ACROSS, make_width
    from ..kit.sizes import live_circle

    tw = layout.trim[0]
    items = page.items
    boxes = [_box_of(item) for item in items]
    index = {item.slot: k for k, item in enumerate(items)}
    slots = {sl.name: sl for sl in layout.slots}
    out = make_width(
        boxes,
        [_printed(item) for item in items],
        {index[n]: (mm, em * GAP_ACROSS) for n, (mm, em) in wide.items() if n in index},
        (tw, layout.safe),
        frozenset(k for k, item in enumerate(items) if item.slot in layout.own_frames),
        live_circle(layout),
    )
    moved = {}
    for k, (item, (x, _, w, _)) in enumerate(zip(items, out, strict=True)):
        if out[k] != boxes[k]:
            mirrored = doc.rtl and not slots[item.slot].pin
            moved[item.slot] = (tw - x - w if mirrored else x, w)
    return moved


def _box_of(item: Item) -> tuple[float, float, float, float]:
    """An item's box (x, y, width, height, mm); a rim text's, the square around its circle."""
    if isinstance(item, ArcTextItem):
        r = item.radius + item.line.ascent + item.line.descent
        return (item.cx - r) / MM, (item.cy - r) / MM, 2 * r / MM, 2 * r / MM
    b = item.box
    return b.x / MM, b.y / MM, b.w / MM, b.h / MM


def _printed(item: Item) -> tuple[float, float] | None:
    """What an item prints across the page (mm): a text's lines (their ink and advances),
    a code's or picture's box, a rim text's circle (a text inside it has no side to grow
    to); None for a shape (what the others lie on)."""
    if isinstance(item, ShapeItem):
        return None
    if isinstance(item, ArcTextItem):
        x, _, w, _ = _box_of(item)
        return x, x + w
    b = item.box
    if not isinstance(item, TextItem):
        return b.x / MM, (b.x + b.w) / MM
    spans = [(e[0], e[2]) for e in text_extents(item)]
    spans += [(b.x + ln.x, b.x + ln.x + ln.width) for ln in item.text.lines]
    if not spans:  # nothing printed: it keeps its frame
        return b.x / MM, (b.x + b.w) / MM
    return min(a for a, _ in spans) / MM, max(z for _, z in spans) / MM


@dataclass
class _Told:
    """A page's tags and the languages of its items by slot (Page's), as they are composed."""

    content: Content
    ctx: ComposeContext
    tags: dict[str, Role] = field(default_factory=dict)
    langs: dict[str, str] = field(default_factory=dict)
    paragraph_langs: dict[str, tuple[str | None, ...]] = field(default_factory=dict)
    run_langs: dict[str, tuple[RunLanguage, ...]] = field(default_factory=dict)
    alt_keys: dict[str, str] = field(default_factory=dict)

    def record(self, slot: Slot, item: Item | None) -> None:
        """The item's languages; its alternative text's absence told."""
        content = self.content
        role, alt = self.tags[slot.name]
        if item is None:
            return
        alt = None if role == "artifact" else alt  # decoration: read by no one
        # a logo's alternative text names its own language (`logo_language`)
        foreign = logo_language(slot, content) or words_language(item, slot, content, alt)
        if foreign:
            self.langs[slot.name] = foreign
        each = paragraph_languages(item, content, foreign)
        if any(each):
            self.paragraph_langs[slot.name] = each
        runs = run_languages(item, content, foreign, each, slot)
        if runs:
            self.run_langs[slot.name] = runs
        if role != "artifact" and self.tags[slot.name][1]:
            report_empty_alt(slot, self.ctx)  # its alternative text is the digital PDF's
            if slot.alt:  # a string's (a logo's is the office's)
                self.alt_keys[slot.name] = self.ctx.for_link(slot.alt, slot)


def _compose(
    layout: Layout,
    content: Content,
    fonts: FontBook,
    errs: Collector,
    overflows: list[OverflowReport],
    stand_in: bool = False,
) -> Document:
    """compose_content's work, for the frames `layout` has."""
    ctx = ComposeContext(layout, content, fonts, errs, overflows, stand_in=stand_in)
    labels = link_labels(content)
    pages = []
    for spec in layout.pages:
        items: list[Item] = []
        told = _Told(content, ctx)
        rims: list[ArcTextSlot] = []
        left_out = _left_out(spec.slots, layout, ctx)
        for slot in spec.slots:
            if slot.name in left_out:
                continue
            kind = kind_of_slot(slot)
            told.tags[slot.name] = kind.role(slot, ctx)
            if isinstance(slot, ArcTextSlot):  # set once the page's other content is placed
                rims.append(slot)
                continue
            item = kind.compose(slot, place(slot, layout, ctx.mirrored(slot)), ctx)
            if item is not None:
                items.append(item)
            told.record(slot, item)
        slots = {s.name: s for s in spec.slots}
        _same_sizes(items, slots, layout, ctx)
        _shared_room(items, slots, layout, ctx)
        _close_up(items, slots, layout, ctx)
        if rims:  # a rim's room ends where it would meet the page's other content
            overflowed = {o.slot for o in ctx.overflows}
            rim_ctx = replace(ctx, beside=_rim_beside(items, layout, overflowed))
            for slot in rims:
                frame = place(slot, layout, ctx.mirrored(slot))
                # one with `overlap: true` may cover the others: the circle's ends alone
                item = kind_of_slot(slot).compose(slot, frame, ctx if slot.overlap else rim_ctx)
                if item is not None:
                    items.append(item)
                told.record(slot, item)
            order = {s.name: i for i, s in enumerate(spec.slots)}
            items.sort(key=lambda it: order[it.slot])  # drawn in the layout's order
        _on_grounds(items)
        pages.append(
            Page(
                spec.name,
                tuple(items),
                told.tags,
                told.langs,
                told.paragraph_langs,
                told.run_langs,
                labels,
                told.alt_keys,
                section_heads(items, told.tags, told.langs),
            )
        )
    tw, th = layout.trim
    lang = content.language
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
        layout.folds.drawn(tw, lang.rtl),  # mirrored as the frames
    )


def _meets(slot: Slot, content: Content) -> bool:
    """Whether the slot's conditions on the fields and logos `content` gives hold."""
    if slot.when_filled and not any(content.value(f).text for f in slot.when_filled):
        return False  # its fields are empty: it gives way, like a field-only text slot
    if slot.when_empty and any(content.value(f).text for f in slot.when_empty):
        return False  # another slot shows what it stands in for
    if slot.when_logo and not any(n in content.logos for n in slot.when_logo):
        return False  # none of its logos is given: a slot beside them gives way
    # a logo is given: the slot that keeps clear of it is drawn instead
    return not (slot.when_no_logo and any(n in content.logos for n in slot.when_no_logo))


def _left_out(slots: Sequence[Slot], layout: Layout, ctx: ComposeContext) -> set[str]:
    """The names of the page's `slots` not drawn: those whose conditions do not hold
    (`_meets`); a fallback (`fallback_for`) whose slots, those drawn by their own
    conditions, each set their whole text in their frames (`_sets_whole`); and each slot a
    drawn fallback names, which gives way to it. A fallback may name a fallback (a third
    arrangement when the second does not fit either); the layout's reader refuses a circle
    (kit.layouts, `layout.fallback`). A helpline with an extension failed the 1200 x 630
    image: its slot beside the handle's holds half the column (a trial)."""
    named = {s.name: s for s in slots}
    wanted: dict[str, bool] = {}
    whole: dict[str, bool] = {}

    def want(name: str) -> bool:
        if name not in wanted:
            slot = named[name]
            wanted[name] = False  # while it is judged: a circle (refused) ends here
            wanted[name] = _meets(slot, ctx.content) and (
                not slot.fallback_for
                or any(n in named and want(n) and not fits(n) for n in slot.fallback_for)
            )
        return wanted[name]

    def fits(name: str) -> bool:
        if name not in whole:
            whole[name] = _sets_whole(named[name], layout, ctx)
        return whole[name]

    out = {name for name in named if not want(name)}
    return out | {n for s in slots if want(s.name) for n in s.fallback_for}


def _sets_whole(slot: Slot, layout: Layout, ctx: ComposeContext) -> bool:
    """Whether a text slot, set in its frame on its own (its problems told to no one), sets
    its whole text: no overflow at its style's min_size, no `short:` variant printed, not
    left out (`overset: omit`). A slot of another kind, or with nothing to set, does; with
    `ctx.stand_in` (compose_content's), no text does."""
    if not isinstance(slot, TextSlot):
        return True
    trial = replace(ctx, errs=Collector(), overflows=[])
    item = kind_of_slot(slot).compose(slot, place(slot, layout, ctx.mirrored(slot)), trial)
    if trial.overflows or any(d.code == "text.omitted" for d in trial.errs.items):
        return False
    if not isinstance(item, TextItem):
        return True  # nothing to set (its fields empty)
    return not ctx.stand_in and item.text.variant != "short"


def _rim_beside(
    items: list[Item], layout: Layout, overflowed: set[str]
) -> tuple[tuple[str, Ink], ...]:
    """The boxes a page's rim texts keep clear of (ComposeContext.beside): a text's block,
    from its first line's ink to its last's and from its widest line's start to its end
    (copy-fitted and closed up; cut to its frame where it is in `overflowed`), the box of a
    QR code, image, art or hearts; not shapes, art with a ground or that is the page's
    background (what content sits on), nor slots with `overlap: true`. A block, not each
    line's ink: a 58 mm badge's rim ran up the sides of a Tamil text's two lines, level
    with them and clear of each, and read as part of them."""
    allowed = {s.name for s in layout.slots if getattr(s, "overlap", False)}
    tw, th = layout.trim
    backdrop = backdrop_art(items, layout, (tw * MM, th * MM))
    out = []
    for item in items:
        if item.slot in allowed or item.slot in backdrop:
            continue
        if isinstance(item, SvgItem) and item.ground is not None:
            continue
        inks = content_ink(item, overflowed)
        if inks:
            out.append(
                (
                    item.slot,
                    (
                        min(i[0] for i in inks),
                        min(i[1] for i in inks),
                        max(i[2] for i in inks),
                        max(i[3] for i in inks),
                    ),
                )
            )
    return tuple(out)


# the string that says what a link of each scheme opens (the source language's keys; a
# language that lacks one says it in the source's words, and `check` names the key missing)
LINK_LABELS = {
    "tel": "link_phone",
    "mailto": "link_email",
    "https": "link_website",
    "http": "link_website",
}


def link_labels(content: Content) -> dict[str, tuple[str, str | None]]:
    """The words that say what a printed address's link opens, by its scheme (`Page.
    link_labels`): the strings `LINK_LABELS` names, in the document's language, else in the
    source's words with the source language's code (`Content.in_source`). A kit without such
    a string has none: the link is described by its printed words alone."""
    out: dict[str, tuple[str, str | None]] = {}
    for scheme, key in LINK_LABELS.items():
        text = content.text(key)
        if text:
            lang = content.source_language if key in content.in_source else None
            out[scheme] = (text, lang)
    return out


def section_heads(
    items: Sequence[Item], tags: dict[str, tuple[str, str | None]], langs: dict[str, str]
) -> dict[str, tuple[str, str | None]]:
    """Of each text after a `role: subheading` on its page, in reading order (the layout's
    slot order): that subheading's words as written, on one line, and their language where
    it is not the document's (`Page.section_heads`): the printed words a link in that text
    is described by where the page's language has no words of its own for what it opens
    (WCAG 2.4.4 takes a link's preceding heading as its context, technique H80): the
    flyer's helpline under "Comment signaler" is "Comment signaler: +00 000 000 000". It
    was the number alone (an accessibility review). A text under the page's first heading
    (a `role: heading`, the title) has none: it names no section."""
    out: dict[str, tuple[str, str | None]] = {}
    head: tuple[str, str | None] | None = None
    for item in items:
        role = tags.get(item.slot, ("",))[0]
        if role == "heading":
            head = None
        elif role == "subheading" and isinstance(item, TextItem):
            words = " ".join(spoken_text(item).replace("\u00ad", "").split())
            head = (words, langs.get(item.slot)) if words else None
        elif head is not None and isinstance(item, TextItem):
            out[item.slot] = head
    return out


def _on_grounds(items: list[Item]) -> None:
    """Each image whose `background:` is `ground` (model.slots.GROUND) given the colour of the
    filled shape or QR code's background under it (coverage.fill_under), in place in `items`;
    None (its transparency kept) where it lies on anything else. A logo's slot that named
    the blue of the poster's ground kept printing a blue box after a designer made the ground
    red (a designer's trial)."""
    for i, item in enumerate(items):
        if isinstance(item, ImageItem | SvgItem) and item.background == GROUND:
            b = item.box
            items[i] = replace(item, background=fill_under(items[:i], (b.x, b.y, b.w, b.h)))


def _close_up(
    items: list[Item], slots: dict[str, Slot], layout: Layout, ctx: ComposeContext
) -> None:
    """Each text whose slot has `close_up: X` moved (in place in `items`) by the room slot
    X's text leaves empty (for a list, `close_up: [X, Y]`, the rooms of each added up):
    down by the room above its first line (`TextItem.top`) where X
    lies below, set at its frame's bottom; up by the room below its last line where X lies
    above, set at its frame's top; by X's whole frame where X is not drawn. Where the page
    has no slot X (a size that drops it) it stays. Its frame keeps its size, so its text is
    set as it was: an office's name, e-mail and handle were laid out for three lines, and
    the event flyer's theme and call stood two lines above an office's one (the last
    session's notes); the flyer's sections under the call to report stood below the room of
    a helpline and reporting form the office leaves empty (a trial: 27 mm under "Cómo
    denunciar" against 17 to 22 mm under the other headings). After `_same_sizes`, which
    may set X again."""
    drawn = {item.slot: item for item in items}
    for i, item in enumerate(items):
        names = getattr(slots.get(item.slot), "close_up", ())
        if not isinstance(item, TextItem) or not names:
            continue
        b = item.box
        y = b.y
        for name in names:  # a list: the rooms each leaves, added up
            if name not in slots:
                continue
            other = drawn.get(name)
            frame = place(slots[name], layout, ctx.mirrored(slots[name]))
            down = closes_down(frame.y, b.y)
            if isinstance(other, TextItem):
                under = other.box.h - other.top - other.text.height  # its room under its lines
                # a `share_room` text's frame grown to hold its lines (_shared_room): the
                # slots below move down by as much
                grown = max(other.box.h - frame.h, 0.0)
                room = other.top if down else max(under, 0.0) - grown
            else:
                room = frame.h
            y += room if down else -room  # toward X: below, or above
        if y != b.y:
            items[i] = replace(item, box=Box(b.x, y, b.w, b.h))


def _shared_room(
    items: list[Item], slots: dict[str, Slot], layout: Layout, ctx: ComposeContext
) -> None:
    """The texts of each `share_room` style on a page (a column's sections: the flyer's
    back) set again, in place in `items`, at the largest size of copy-fit's (text.fit.sizes)
    at which they fit the column their frames make together (their highest top to their
    lowest bottom): each in its frame made as tall as the column, its box grown to hold its
    lines, and `_close_up` (which follows) moving the slots that close up to a grown one
    down by its growth. A size is
    taken where every text sets at it whole (no overflow, no other problem), none then ends
    below that bottom, and no text moved or grown comes onto another slot's content (ink: a
    text's lines, a picture's box; grounds and bands are under them) it was clear of. Tried
    only where the texts are set below the style's size, or one overflows its frame; where
    no size fits so, they stay as `_same_sizes` set them. The diagnostics and overflows of
    their first setting give way to those of the new one. Burmese sections set at the 6.5 pt
    floor, 15 mm of the column empty below them (a trial), where a frame was full."""
    from ..text.fit import sizes

    groups: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        style = getattr(slots[item.slot], "style", None)
        if isinstance(item, TextItem) and style is not None and style.share_room:
            groups.setdefault(style.name, []).append(i)
    for members in groups.values():
        # grown down, a text's lines stay where they are only when set at its frame's top:
        # a group with another is left as `_same_sizes` set it, at one size
        if any(getattr(slots[items[i].slot], "valign", "top") != "top" for i in members):
            continue
        names = {items[i].slot for i in members}
        style = getattr(slots[items[members[0]].slot], "style")  # noqa: B009
        overflowed = any(o.slot in names for o in ctx.overflows)
        now = min(items[i].text.size for i in members)  # type: ignore[union-attr]
        if now >= style.size - EPS and not overflowed:
            continue
        frames = {
            i: place(slots[items[i].slot], layout, ctx.mirrored(slots[items[i].slot]))
            for i in members
        }
        bottom = max(f.y + f.h for f in frames.values())
        for cap in sizes(style.size, style.min_size):
            if cap <= now + EPS and not overflowed:
                break  # no larger than `_same_sizes` set them
            trial = replace(ctx, errs=Collector(), overflows=[], size_cap=cap)
            grown = _in_column(items, members, frames, bottom, cap, slots, layout, trial, ctx)
            if grown is None:
                continue
            for i, item in grown.items():
                items[i] = item
            ctx.errs.items[:] = [d for d in ctx.errs.items if d.subject.slot not in names]
            ctx.errs.extend(trial.errs.items)
            ctx.overflows[:] = [o for o in ctx.overflows if o.slot not in names]
            break


def _in_column(
    items: list[Item],
    members: list[int],
    frames: dict[int, Box],
    bottom: float,
    cap: float,
    slots: dict[str, Slot],
    layout: Layout,
    trial: ComposeContext,
    ctx: ComposeContext,
) -> dict[int, Item] | None:
    """The texts `members` of `items` set at `cap` pt, each in its frame (`frames`) as tall
    as the column (their highest top to `bottom`, pt: a text the texts above it leave room
    for moves up, `_close_up`), their boxes their frames grown to hold their lines; None where
    one does not set whole at `cap`, or, closed up (`_close_up`, on a copy), one ends below
    `bottom` or comes onto content it was clear of (_shared_room), or has a problem its
    first setting (`ctx`) did not (_new_problems)."""
    grown: dict[int, Item] = {}
    column = bottom - min(f.y for f in frames.values())  # the most any one text may take
    for i in members:
        slot, f = slots[items[i].slot], frames[i]
        again = kind_of_slot(slot).compose(slot, Box(f.x, f.y, f.w, column), trial)
        if not isinstance(again, TextItem) or abs(again.text.size - cap) > EPS:
            return None
        h = max(f.h, again.top + again.text.height)
        grown[i] = replace(again, box=Box(f.x, f.y, f.w, h))
    if _new_problems(trial, ctx) or trial.overflows:
        return None
    after = [grown.get(i, item) for i, item in enumerate(items)]
    _close_up(after, slots, layout, trial)
    for i in members:
        it = after[i]
        assert isinstance(it, TextItem)
        if it.box.y + it.top + it.text.height > bottom + EPS:
            return None
    before, inks = [_ink(it) for it in items], [_ink(it) for it in after]
    changed = [i for i, (a, b) in enumerate(zip(items, after, strict=True)) if a != b]
    for i in changed:
        was, now = before[i], inks[i]
        for j in range(len(after)):
            if j == i or (j in changed and j < i):
                continue
            near, then = inks[j], before[j]
            if now and near and _overlap(now, near) and not (was and then and _overlap(was, then)):
                return None
    return grown


def _new_problems(trial: ComposeContext, ctx: ComposeContext) -> list[Diagnostic]:
    """The problems a text set again (`trial`) has that its first setting did not (`ctx`'s):
    a warning of its own that no size changes (an empty field, a letter set in another
    script's font) is no reason to keep the first size; it refused every size, and a column's
    sections stayed at the fullest frame's (a review)."""
    return [d for d in trial.errs.problems if d not in ctx.errs.items]


def _ink(item: Item) -> tuple[float, float, float, float] | None:
    """What an item puts on the page, for `_in_column`: a text's lines (left, top, right,
    bottom, pt), a picture's, a QR code's or the hearts' box; None for a shape (a ground, a
    band: under the texts by design) and what has no box (a rim text)."""
    if isinstance(item, ShapeItem):
        return None
    box = getattr(item, "box", None)
    if box is None:
        return None
    if isinstance(item, TextItem):
        return (box.x, box.y + item.top, box.x + box.w, box.y + item.top + item.text.height)
    return (box.x, box.y, box.x + box.w, box.y + box.h)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] - EPS and b[0] < a[2] - EPS and a[1] < b[3] - EPS and b[1] < a[3] - EPS


def closes_down(top: float, slot_top: float) -> bool:
    """Whether a slot with `close_up: X` moves down, toward X: X's frame's `top` lies lower
    on the page than the slot's (`slot_top`; from the page's top, in one unit, mm or pt);
    X at the same height or higher is above it (the slot moves up). The one rule of
    `_close_up`, on the frames as placed, and of the kit's check of `close_up:`
    (kit.layouts, `layout.close-up`), on the design's frames."""
    return top > slot_top


def _same_sizes(
    items: list[Item], slots: dict[str, Slot], layout: Layout, ctx: ComposeContext
) -> None:
    """The texts of each `same_size` style on a page set again at the smallest size copy-fit
    gave any of them (in place in `items`). A text that does not fit at that size is left
    as it was set (its own problems are reported already); so is one set again with any
    problem of its own (a missing glyph cannot be new, an overflow can be: a shorter line
    breaking worse). The notes of one set again are told with it (a short variant set)."""
    groups: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        style = getattr(slots[item.slot], "style", None)
        if (
            isinstance(item, TextItem)
            and style is not None
            and (style.same_size or style.share_room)
        ):
            groups.setdefault(style.name, []).append(i)
    for members in groups.values():
        size = min(items[i].text.size for i in members)  # type: ignore[union-attr]
        for i in members:
            item = items[i]
            assert isinstance(item, TextItem)
            if item.text.size <= size:
                continue
            slot = slots[item.slot]
            trial = replace(ctx, errs=Collector(), overflows=[], size_cap=size)
            again = kind_of_slot(slot).compose(slot, place(slot, layout, ctx.mirrored(slot)), trial)
            if (
                isinstance(again, TextItem)
                and not _new_problems(trial, ctx)
                and not trial.overflows
            ):
                items[i] = again
                ctx.errs.extend(trial.errs.items)  # its notes (a short variant printed)


def words_language(item: Item, slot: Slot, content: Content, alt: str | None = None) -> str | None:
    """The language of the item's words where it is not the document's: the source language's
    code when every string the item shows (its texts, or a figure's alternative text) is in
    the source's words; for a text mostly in a script the document's language is not
    written in, that script's language (`text.scripts.other_script_language`: a merged
    event's Arabic venue on its English flyer, hashtags on a Chinese one); else None. A
    figure, a QR code's too, is its alternative text `alt` (its role's, `kind.role`) by the
    same rule: Latin words in a Japanese poster's figure were read with Japanese rules (a
    trial's). A text of several paragraphs where this is None may still have paragraphs in
    another language (`paragraph_languages`)."""
    keys = getattr(item, "keys", None) or ((slot.alt,) if slot.alt else ())
    if content.source_language and keys and all(k in content.in_source for k in keys):
        return content.source_language
    if isinstance(item, TextItem):
        text = "".join(run.text for line in item.text.lines for run in line.runs)
    elif isinstance(item, ArcTextItem):
        text = "".join(run.text for run in item.line.runs)
    elif alt:
        text = alt
    else:
        return None
    return other_script_language(text, content.language.code, content.record_languages)


def paragraph_languages(item: Item, content: Content, whole: str | None) -> tuple[str | None, ...]:
    """For a text of several paragraphs (one per string or field it shows), each paragraph's
    language where it is not the document's (where the item has one of its own, `whole`:
    `words_language`, its paragraphs have it and this is ()): the source language's code for
    a string shown in the source's words (a
    key missing from th.yaml, in English among the Thai calls to act), or the language of a
    paragraph mostly in a script the document's language is not written in (an Arabic
    office's web address, e-mail and handle among its contacts:
    `text.scripts.other_script_language`); else None. () for other items: one element,
    one language. `words_language` decides only when every string is in the source."""
    if whole is not None or not isinstance(item, TextItem) or len(item.keys) < 2:
        return ()
    texts: dict[int, list[str]] = {}
    for line in item.text.lines:
        texts.setdefault(line.paragraph, []).extend(run.text for run in line.runs)
    code = content.language.code
    out: list[str | None] = []
    for i, key in enumerate(item.keys):
        if content.source_language and key in content.in_source:
            out.append(content.source_language)
        else:
            text = "".join(texts.get(i, ()))
            out.append(other_script_language(text, code, content.record_languages))
    return tuple(out)


def run_languages(
    item: Item,
    content: Content,
    whole: str | None,
    each: tuple[str | None, ...],
    slot: Slot | None = None,
) -> tuple[RunLanguage, ...]:
    """The words inside each paragraph of a text that are in a language other than the
    paragraph's (its own, `each`, else the item's, `whole`, else the document's), as
    (paragraph, start, end, language) over the paragraph's text, in order: those its string
    marks (`{lang=en}Blue Heart{/lang}` in a French sentence: `marked_languages`, with
    `slot`) and, outside them, those in a script the paragraph's language is not written in
    (`foreign_spans`): an office's web address or e-mail in Latin letters inside an Arabic
    sentence, an English word inside a Thai one. The digital PDF tags each as a Span with its
    /Lang (ISO 32000-1, 14.9.2; PDF/UA-1, 7.2); before, a paragraph had one language for all
    its words. A badge's rim (an arc's one line) is one paragraph: a Latin name in an Arabic
    rim."""
    if isinstance(item, ArcTextItem):
        lines: tuple[Line, ...] = (item.line,)
    elif isinstance(item, TextItem):
        lines = item.text.lines
    else:
        return ()
    texts: dict[int, str] = {}
    for line in lines:  # a paragraph's last line has its text as written (a
        if line.runs:  # line broken at a hyphen it draws has the hyphen in its own)
            texts[line.paragraph] = line.runs[0].source
    marked = marked_languages(item, texts, content, slot) if slot is not None else {}
    out: list[RunLanguage] = []
    for paragraph, text in sorted(texts.items()):
        own = (each[paragraph] if paragraph < len(each) else None) or whole
        code = own or content.language.code
        told = marked.get(paragraph, [])
        found = [
            (a, b, lang)
            for a, b, lang in foreign_spans(text, code, content.record_languages)
            if not any(ma < b and a < mb for ma, mb, _ in told)
        ]
        found += [(a, b, lang) for a, b, lang in told if lang != code]
        out += [(paragraph, a, b, lang) for a, b, lang in sorted(found)]
    return tuple(out)


def marked_languages(
    item: TextItem | ArcTextItem, texts: dict[int, str], content: Content, slot: Slot
) -> dict[int, list[tuple[int, int, str]]]:
    """The words each paragraph's string marks as in another language (`Content.marked`,
    `text.langmarks`), as (start, end, language tag) over the paragraph's text (`texts`):
    the marks' places in the string as it prints, moved as the layout set it (digits,
    capitals: `items.text.resolve_text`; the text or its short variant, whichever the
    paragraph sets). A rim's strings are one paragraph, joined by its separator."""
    style = getattr(slot, "style", None)
    if style is None:
        return {}
    lang = content.language
    fields = set(getattr(slot, "fields", ()))

    def as_set(key: str, text: str) -> str:
        return resolve_text(text, lang, style, key in content.as_written).replace("\t", " ")

    def moved(
        key: str, text: str, spans: tuple[Marked, ...], at: int
    ) -> list[tuple[int, int, str]]:
        return [
            (at + len(as_set(key, text[:a])), at + len(as_set(key, text[:b])), tag)
            for a, b, tag in spans
        ]

    strings = [k if k in content.strings and k not in fields else None for k in item.keys]
    out: dict[int, list[tuple[int, int, str]]] = {}
    if isinstance(item, ArcTextItem):
        at, found = 0, []
        for key in strings:
            if key is None:
                return {}
            text = content.entry(key).text
            found += moved(key, text, content.marked(key)[0], at)
            at += len(as_set(key, text)) + len(SEPARATOR)
        return {0: found} if found and at - len(SEPARATOR) == len(texts.get(0, "")) else {}
    for paragraph, key in enumerate(strings):
        if key is None or paragraph not in texts:
            continue
        entry = content.entry(key)
        langs, short_langs = content.marked(key)
        variants: list[tuple[str | None, tuple[Marked, ...]]] = [
            (entry.text, langs),
            (entry.short, short_langs),
        ]
        for variant, spans in variants:
            if variant is not None and spans and as_set(key, variant) == texts[paragraph]:
                out[paragraph] = moved(key, variant, spans, 0)
                break
    return out


# what stays outside a span of words in another language at its ends: a sentence's
# punctuation and brackets, the text's own (Arabic comma and semicolon, guillemets)
_OUTSIDE = TRAILING + "()[]{}«»\u060c\u061b\u3001\u3002"


def foreign_spans(
    text: str, code: str, candidates: tuple[str, ...] = ()
) -> list[tuple[int, int, str]]:
    """The stretches of `text` written in a script language `code` is not written in, each
    (start, end, language): the letters of one such script and what lies between them
    (spaces, punctuation, digits, but no letter of another script), widened to the whole of
    each address, handle or hashtag they touch (`text.scripts.link_spans`) and to the
    characters of their words that are no letters ("COVID-19"), a sentence's punctuation
    at either end left out. Its language is `other_script_language`'s for its words (a
    merged record's language in that script, else CLDR's likely language: Latin is en).
    Words in another language of the same script (English in French) are not told apart."""
    own = written_with(script_of(code))
    if "Latn" in own and text.isascii():  # most paragraphs of most languages: at C speed
        return []
    # per character: its script if a letter, else None
    marks = [char_script(ch) if ch.isalpha() else None for ch in text]
    spans: list[tuple[int, int, str]] = []  # (start, end, script)
    for i, script in enumerate(marks):
        if script is None or script in own:
            continue
        if spans and spans[-1][2] == script and _between_free(marks, spans[-1][1], i):
            spans[-1] = (spans[-1][0], i + 1, script)
        else:
            spans.append((i, i + 1, script))
    links = link_spans(text)
    out: list[tuple[int, int, str]] = []
    for a, b, _script in spans:
        for la, lb in links:  # the whole address it is part of
            if la < b and lb > a and text[la] in "#@":  # a hashtag or handle: not into
                la, lb = _own_free(marks, own, la, a, b, lb)  # words written against it
            if la < b and lb > a:
                a, b = min(a, la), max(b, lb)
        a, b = _word_ends(text, marks, a, b)
        if out:  # not into the address the span before was widened to
            a = max(a, out[-1][1])
        if a >= b:
            continue
        lang = other_script_language(text[a:b], code, candidates)
        if lang is not None and lang != code:
            out.append((a, b, lang))
    return out


def _between_free(marks: list[str | None], a: int, b: int) -> bool:
    """Whether marks[a:b] holds no letter (what may join two words of one span)."""
    return all(m is None for m in marks[a:b])


def _own_free(
    marks: list[str | None], own: frozenset[str], la: int, a: int, b: int, lb: int
) -> tuple[int, int]:
    """Of a hashtag or handle [la, lb) holding the letters [a, b), the part around them
    with no letter of the text's own scripts (`own`): a hashtag written against Chinese or
    Thai words, which leave no space, runs on into them ("加入#EndHT运动": `link_spans` takes
    运动 into it), and a span of all of it had letters of both, so no language of its own."""
    while a > la and marks[a - 1] not in own:
        a -= 1
    while b < lb and marks[b] not in own:
        b += 1
    return a, b


def _word_ends(text: str, marks: list[str | None], a: int, b: int) -> tuple[int, int]:
    """[a, b) widened over the characters of its first and last words that are no letters,
    then narrowed by the punctuation at either end that is the sentence's (`_sentence_mark`)."""
    while a > 0 and marks[a - 1] is None and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and marks[b] is None and not text[b].isspace():
        b += 1
    while a < b and _sentence_mark(text[a]):
        a += 1
    while b > a and _sentence_mark(text[b - 1]):
        b -= 1
    return a, b


def _sentence_mark(ch: str) -> bool:
    """Whether `ch` at the end of words in another language is the sentence's: `_OUTSIDE`,
    or punctuation of another script's (a Chinese full-width comma or bracket, 《》 and 「」,
    the Devanagari danda), which Chinese, Japanese and Thai write with no space before it:
    "支持UNODC，加入" tagged "UNODC，" as English."""
    return ch in _OUTSIDE or (not ch.isascii() and unicodedata.category(ch).startswith("P"))


def place(slot: Slot, layout: Layout, mirror: bool) -> Box:
    """The slot's box in pt from the trim's top-left: its frame, mirrored when asked, run on
    to the bleed's outer edge on each edge it names that reaches the trim (within AT_TRIM_MM;
    logical start/end follow the mirroring). An edge short of the trim stays where its frame
    puts it: a ground 290 mm wide with `bleed: all` on a 297 mm page was drawn 293 mm wide (a
    designer's trial), where the reference says a slot bleeds at the edges it touches."""
    tw, th = layout.trim
    x, y, w, h = slot.frame.resolve(tw, th)
    if mirror:
        x = tw - x - w
    left, right = ("end", "start") if mirror else ("start", "end")
    b = layout.bleed
    x0, y0, x1, y1 = x, y, x + w, y + h
    if "top" in slot.bleed and y0 <= AT_TRIM_MM:
        y0 = min(y0, -b)
    if "bottom" in slot.bleed and y1 >= th - AT_TRIM_MM:
        y1 = max(y1, th + b)
    if left in slot.bleed and x0 <= AT_TRIM_MM:
        x0 = min(x0, -b)
    if right in slot.bleed and x1 >= tw - AT_TRIM_MM:
        x1 = max(x1, tw + b)
    return Box(x0 * MM, y0 * MM, (x1 - x0) * MM, (y1 - y0) * MM)
