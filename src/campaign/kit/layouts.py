"""materials/layouts/<material>.yaml: page size, press profile, styles and pages of slots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..diagnostics import Mark, Subject, did_you_mean
from ..kinds import KINDS, PRESSED, SCREEN, trim_of_pixels
from ..load import Node
from ..model import (
    BadgeProfile,
    Frame,
    ImageSlot,
    Layout,
    Marks,
    PageSpec,
    QrSlot,
    SizeSpec,
    Slot,
    SlotOverride,
    TextSlot,
    TextStyle,
)
from ..model.layout import AT_TRIM_MM
from ..preflight.report import MIN_BLEED_MM
from .sizes import QR_MIN_MM, SPARE_SHARE, clear_of, place_frames
from .slots import read_slots
from .spec import BAD, Context, Form, MapRead, Ref, check, form, read


def read_layout(node: Node, path: Path, ctx: Context) -> Layout | None:
    """One layout file as a Layout, or None when it is unusable (every problem is reported to
    `ctx.errs`). Style names are in scope for its slots only."""
    ctx.scope["style"], ctx.declared["style"] = {}, {}
    start = len(ctx.refs)
    layout = read(Layout, node, path.name, ctx, id=path.stem, path=path)
    # the names that point into this layout, not another file, are checked here and taken
    # out of `ctx.refs`: the logos of `when_logo`, the slot of `close_up`
    own = [ref for ref in ctx.refs[start:] if ref.kind in ("logo", "slot")]
    ctx.refs[start:] = [ref for ref in ctx.refs[start:] if ref.kind not in ("logo", "slot")]
    if layout is not None:
        _logo_refs(ctx, [ref for ref in own if ref.kind == "logo"], layout)
        _close_up_refs(ctx, [ref for ref in own if ref.kind == "slot"], layout)
    return layout


def _logo_refs(ctx: Context, refs: list[Ref], layout: Layout) -> None:
    """The logo names the layout's slots give (`when_logo`, `when_no_logo`): each must be
    one its image slots show (`logo:`), else `ref.logo` at the name (a misspelt name would
    leave its slot always drawn, or never)."""
    shown = [s.logo for s in layout.slots if isinstance(s, ImageSlot) and s.logo]
    for ref in refs:
        if ref.name in shown:
            continue
        ctx.errs.error(
            "ref.logo",
            f"unknown logo '{ref.name}' in slot '{ref.slot}': no image slot of "
            f"{layout.path.name} shows it",
            ref.mark,
            *(
                did_you_mean(ref.name, shown)
                or (
                    f"the layout's logos are: {', '.join(dict.fromkeys(shown))}"
                    if shown
                    else "add an image slot with `logo: <name>` (a name of the office's "
                    "`logos:`), or leave out the key",
                )
            ),
        )


def _close_up_refs(ctx: Context, refs: list[Ref], layout: Layout) -> None:
    """The slot each text slot's `close_up:` names: a text slot of the same page (else
    `ref.slot` at the name), not the slot itself nor one that closes up in its turn, and set
    lower than the top of its frame (`valign: bottom` or `middle`), else `layout.close-up`:
    the key would move nothing, or depend on a slot that moves."""
    for ref in refs:
        page = next((p for p in layout.pages if any(s.name == ref.slot for s in p.slots)), None)
        if page is None:
            continue  # the slot itself is unusable: its own error is reported
        slots = {s.name: s for s in page.slots}
        target = slots.get(ref.name)
        if target is None:
            texts = [n for n, s in slots.items() if isinstance(s, TextSlot) and n != ref.slot]
            ctx.errs.error(
                "ref.slot",
                f"unknown slot '{ref.name}' in slot '{ref.slot}' (close_up): page "
                f"'{page.name}' of {layout.path.name} has no slot of that name",
                ref.mark,
                *(did_you_mean(ref.name, texts) or ("name a text slot of the same page",)),
            )
            continue
        why = ""
        if ref.name == ref.slot:
            why = "itself"
        elif not isinstance(target, TextSlot):
            why = "a slot that is not a text: it has no first line to keep the distance to"
        elif target.close_up is not None:
            why = (
                f"a slot that closes up to '{target.close_up}' in its turn: it moves, and "
                "what it leaves empty with it"
            )
        elif target.valign == "top":
            why = (
                "a text set at its frame's top (`valign: top`): it leaves no room above its "
                "first line, so the slot never moves"
            )
        if why:
            ctx.errs.error(
                "layout.close-up",
                f"slot '{ref.slot}' closes up to slot '{ref.name}', {why}",
                ref.mark,
                "name a text slot below it set at its frame's bottom (`valign: bottom`), "
                "or leave out `close_up:`",
            )


def press_of(r: MapRead, key: str = "press") -> BadgeProfile | None:
    """The press profile `key` names (materials/presses/<id>.yaml), or None (reported when
    unknown)."""
    name = r.values.get(key)
    if name is None:
        return None
    presses: dict[str, BadgeProfile] = r.ctx.scope.get("press", {})
    if name not in presses:
        r.errs.error(
            "ref.press",
            f"unknown press '{name}'",
            r.mark_of(key),
            *(did_you_mean(name, presses) or (f"presses: {', '.join(sorted(presses))}",)),
        )
        r.ok = False
        return None
    return presses[name]


@check(SlotOverride)
def _slot_override(r: MapRead) -> None:
    """A size's slot override moves the slot (`frame`) or leaves it out (`drop: true`)."""
    v = r.values
    written = r.child("frame")
    if written is not None and written.value is not None and v["frame"] is None:
        return  # a frame written, and reported where it is wrong (it was a second error)
    if (v["frame"] is None) == (not v["drop"]):
        r.errs.error(
            "schema.value",
            f"{r.what} needs either 'frame' or 'drop: true'",
            r.mark,
        )
        r.ok = False


@check(SizeSpec)
def _size_spec(r: MapRead) -> None:
    """A size gives its `trim`, or (a badge size) the `press` whose cut circle's square it is."""
    v = r.values
    v["slots"] = v["slots"] or {}
    v["content"] = r.node.digest()
    if r.has("press") and r.has("trim"):
        r.errs.error(
            "schema.value",
            f"{r.what} gives 'trim' and 'press': a badge size's trim is its press's cut circle",
            r.mark_of("trim"),
            "keep one of them",
        )
        r.ok = False
        return
    badge = press_of(r)
    if badge is not None:
        v["badge"] = badge
        v["trim"] = (badge.cut, badge.cut)
    elif not r.has("trim") and r.ok:
        r.errs.error("schema.missing-key", f"{r.what} is missing the key 'trim'", r.mark)
        r.ok = False


@check(Layout)
def _layout(r: MapRead) -> None:
    """A badge needs a press profile (its own `badge:` or a `press:`) whose cut circle fits
    the trim; pages come from either `slots:` or `pages:`; slot names are unique across
    pages."""
    v = r.values
    if r.has("press") and r.has("badge"):
        r.errs.error(
            "schema.value",
            f"{r.what} gives 'badge' and 'press': name a press or describe one, not both",
            r.mark_of("press"),
        )
    elif r.has("press"):
        v["badge"] = press_of(r)
    _size(r)
    badge, trim = v["badge"], v["trim"]
    if badge and trim and min(trim) + 0.01 < badge.cut:
        r.errs.error(
            "schema.value",
            f"the cut circle ({badge.cut:g} mm) does not fit the trim "
            f"({trim[0]:g} x {trim[1]:g} mm)",
            r.mark_of("badge"),
            f"make the trim at least {badge.cut:g} x {badge.cut:g} mm",
        )
    if v["kind"] in PRESSED and not (r.has("badge") or r.has("press")):
        r.errs.error(
            "schema.missing-key",
            f"a {v['kind']} layout needs a press: 'press: <id>' (materials/presses/) or its "
            "own 'badge:' profile (face, cut, safe)",
            r.mark,
        )
    if r.has("slots") == r.has("pages"):
        r.errs.error(
            "schema.value" if r.has("slots") else "schema.missing-key",
            f"{r.what} gives both 'slots' and 'pages': keep one ('slots' for one page, "
            "'pages' for front, back...)"
            if r.has("slots")
            else f"{r.what} needs 'slots' (one page) or 'pages' (front, back...)",
            r.mark,
        )
        r.ok = False
    elif r.has("slots"):
        v["pages"] = (PageSpec("front", r.extras["slots"] or ()),)
    v["styles"] = v["styles"] or {}
    v["key_marks"] = dict(r.node.key_marks)
    _unique_across_pages(r)
    _styles_above_floor(r)
    _print_bleed(r)
    _cut_contour(r)
    _text_frames_on_trim(r)
    _frames_have_size(r)
    _art_on_the_trim_bleeds(r)
    _sizes(r)


def _art_on_the_trim_bleeds(r: MapRead) -> None:
    """Art (a shape, an image, SVG art, hearts) that reaches the trim on an edge it does not
    bleed on is a `layout.bleed` warning at the slot: the cut is never exact, and a white
    rim shows where the art stops at the trim. A ground without `bleed: all` passed `check`
    and the preview, and failed every build's preflight, named at the layout's first line.
    Where art is shown whole inside its frame (SVG art, an image with `fit: contain`), its
    own edges count, not the frame's (`Slot.art_in`). Print kinds only (a screen image has no
    cut)."""
    v = r.values
    if v["kind"] in SCREEN or not v["trim"]:
        return
    tw, th = v["trim"]
    for page in v["pages"] or ():
        for slot in page.slots:
            if isinstance(slot, TextSlot) or getattr(slot, "frame", None) is None:
                continue
            frame = slot.frame.resolve(tw, th)
            # the frame bleeds where it reaches the trim (layout.compose.place), whatever art
            # it shows inside it
            fx, fy, fw, fh = frame
            if fx >= tw or fx + fw <= 0 or fy >= th or fy + fh <= 0:
                continue  # off the page: `layout.off-page` says so (it was said to stop at
                # the trim's edge too: a designer's trial)
            short = _short_of_trim(slot, frame, (tw, th), v["safe"])
            gaps = _edge_gaps(slot.art_in(frame), (tw, th))
            if short:
                _bleeds_short(r, slot, short)
            _sizes_bleed_short(r, slot)
            edges = [e for e, gap in gaps.items() if gap < AT_TRIM_MM and e not in slot.bleed]
            if not edges:
                continue
            said = ", ".join(edges)
            r.errs.warn(
                "layout.bleed",
                f"slot '{slot.name}' reaches the trim's {said} edge{'s' * (len(edges) > 1)} "
                "and stops there: where the cut strays, what lies under it shows (the paper, "
                "where nothing else bleeds there: a layout.bleed error then)",
                slot.mark,
                f"let it bleed: bleed: [{said}]"
                + (", or bleed: all" if len(edges) == 4 else "")
                + " (its art runs on into the bleed)",
            )


def _sizes_bleed_short(r: MapRead, slot: Slot) -> None:
    """`_bleeds_short` for the frames a size gives the slot of its own (`sizes: {a4: {slots:
    {ground: {frame: ...}}}}`), against that size's trim (a review: only the design's frames
    were read)."""
    if not slot.bleed:
        return
    for size in (r.values.get("sizes") or {}).values():
        override = size.slots.get(slot.name)
        if override is None or override.frame is None or not size.trim:
            continue
        safe = r.values["safe"] if size.safe is None else size.safe
        short = _short_of_trim(slot, override.frame.resolve(*size.trim), size.trim, safe)
        if short:
            at = override.mark or size.mark  # the size's own frame: where it is given
            _bleeds_short(r, slot, short, f" of size '{size.name}'", at)


def _edge_gaps(
    box: tuple[float, float, float, float], trim: tuple[float, float]
) -> dict[str, float]:
    """How far a box (x, y, width, height, mm) stops short of each edge of the trim (mm;
    below 0: past it), by the layout's edge names."""
    x, y, w, h = box
    tw, th = trim
    return {"start": x, "top": y, "end": tw - x - w, "bottom": th - y - h}


def _short_of_trim(
    slot: Slot, frame: tuple[float, float, float, float], trim: tuple[float, float], safe: float
) -> list[tuple[str, float]]:
    """The edges the slot bleeds at that its frame stops short of the trim on, past
    AT_TRIM_MM and inside the safe margin, with how far (mm)."""
    gaps = _edge_gaps(frame, trim)
    return [(e, gap) for e, gap in gaps.items() if e in slot.bleed and AT_TRIM_MM < gap < safe]


def _bleeds_short(
    r: MapRead,
    slot: Slot,
    short: list[tuple[str, float]],
    of_size: str = "",
    mark: Mark | None = None,
) -> None:
    """A slot that bleeds at an edge its art stops short of the trim on, within the safe
    margin, is a `layout.bleed` warning: an edge bleeds only where it reaches the trim
    (layout.compose.place), and a strip of paper that the cut makes uneven shows between. A
    ground 294 mm wide with `bleed: all` on a 297 mm page was grown by the bleed on every
    edge, to 297, and failed the bleed check with "use `bleed: all`" (a designer's trial)."""
    said = ", ".join(f"{e} ({gap:.1f} mm)" for e, gap in short)
    frame = ", ".join(f"{e}: 0" for e, _ in short)
    r.errs.warn(
        "layout.bleed",
        f"slot '{slot.name}' has `bleed:` at edges its frame{of_size} stops short of the trim "
        f"on: {said}; it is not run into the bleed there, and a strip of paper shows between",
        mark or slot.mark,
        f"make its frame reach the trim there ({frame}), or end it at the safe margin",
    )


def _frames_have_size(r: MapRead) -> None:
    """A frame given by its two edges (start and end, top and bottom) whose edges cross on
    the layout's page (or a size's, for the size's own frames) has no width or height: an
    error at the slot (a frame with a negative size drew its art mirrored, `check`
    passing)."""
    trim = r.values["trim"]
    slots = {s.name: s for page in r.values["pages"] or () for s in page.slots}
    checked: list[tuple[str, Frame, tuple[float, float], str, Mark]] = []
    if trim:
        checked += [(s.name, s.frame, trim, "", s.mark) for s in slots.values()]
    for size in (r.values.get("sizes") or {}).values():
        for name, override in size.slots.items():
            if name in slots and override.frame is not None and size.trim:
                at = override.mark or size.mark  # the size's own frame: where it is given
                checked.append((name, override.frame, size.trim, f" of size '{size.name}'", at))
    for name, frame, (tw, th), of_size, mark in checked:
        _, _, w, h = frame.resolve(tw, th)
        for what, value, page, edges in (
            ("width", w, tw, "start and end"),
            ("height", h, th, "top and bottom"),
        ):
            if value <= 0:
                r.errs.error(
                    "schema.value",
                    f"slot '{name}'{of_size}: its frame's {what} is {value:g} mm: its {edges} "
                    f"leave nothing of the {page:g} mm page between them",
                    mark,
                    f"make {edges} add up to less than {page:g} mm, or give the {what}",
                )


def _proportions(r: MapRead, design: tuple[float, float], size: Any) -> None:
    """A `layout.proportions` warning for each page of a size of other proportions than its
    design's (`design`: its trim, mm) that shows only what spans the page (the ground) on
    more than SPARE_SHARE more of the side with room to spare than the design's page does,
    with the size's own frames (`slots:`) where it gives them: a frame of its own for one
    slot (a QR code) silenced the warning for the whole size, every page still bare."""
    (w, h), (w2, h2) = design, size.trim
    start, top, end, bottom = clear_of(size)
    s = min((w2 - start - end) / w, (h2 - top - bottom) / h)
    spare_w, spare_h = 1 - s * w / (w2 - start - end), 1 - s * h / (h2 - top - bottom)
    across = spare_w >= spare_h
    if max(spare_w, spare_h) <= SPARE_SHARE:
        return
    node = r.node.value["sizes"].value[size.name]
    mark = node.key_marks.get("trim", size.mark) if node.is_map else size.mark
    side, fitted = ("width", "height") if across else ("height", "width")
    axis, room = (0, (start, end)) if across else (1, (top, bottom))
    for page in r.values["pages"] or ():
        if size.pages is not None and page.name not in size.pages:
            continue
        slots = [
            sl for sl in page.slots if not (sl.name in size.slots and size.slots[sl.name].drop)
        ]
        placed = place_frames(
            [sl.frame for sl in slots], design, size.trim, s, clear_of(size), safe=0.0
        )
        own = [size.slots[sl.name].frame if sl.name in size.slots else None for sl in slots]
        frames = [o or f for o, f in zip(own, placed, strict=True)]
        names = [sl.name for sl in slots]
        bare, gap = _bare(names, frames, size.trim, axis, room)
        was, _ = _bare(names, [sl.frame for sl in slots], design, axis, (0.0, 0.0))
        length = size.trim[axis] - sum(room)
        if bare / length - was / design[axis] <= SPARE_SHARE:
            continue
        run, at, before, after = gap
        r.errs.warn(
            "layout.proportions",
            f"size '{size.name}' ({w2:g} x {h2:g} mm), page '{page.name}': {bare:.0f} mm of "
            f"its {length:g} mm {side} show only what spans the page (the ground), "
            f"{bare / length:.0%} where the design's shows it on {was / design[axis]:.0%}: the "
            f"design ({w:g} x {h:g} mm) is {_shape(w, h)} and the size {_shape(w2, h2)}, "
            f"scaled by {s:.2f} to fit its {fitted}; the widest bare stretch is {run:.0f} mm, "
            f"from {at:.0f} to {at + run:.0f} mm, between {before} and {after}",
            mark,
            f"give the slots beside it frames of their own (`sizes: {size.name}: slots: "
            "{name: {frame: {...}}}`), or make the size a design of its own",
            # the family defaults to the file's name (the layout's id, not one of its values): a
            # design without `family:` stopped the build on a KeyError here
            subject=Subject(material=f"{r.values.get('family') or r.mark.path.stem}-{size.name}"),
        )


def _bare(
    names: list[str],
    frames: list[Frame],
    trim: tuple[float, float],
    axis: int,
    room: tuple[float, float],
) -> tuple[float, tuple[float, float, str, str]]:
    """How much of the trim's side `axis` (0: width, 1: height) between the `room` bands
    (mm kept clear at its two ends) no frame covers but those that span it (the ground), in
    mm, and its widest stretch: (mm, where it starts, what is before it, what is after it)."""
    lo, hi = room[0], trim[axis] - room[1]
    spans = []
    for name, frame in zip(names, frames, strict=True):
        box = frame.resolve(*trim)
        a, n = box[axis], box[axis + 2]
        if not (a <= AT_TRIM_MM and a + n >= trim[axis] - AT_TRIM_MM):
            spans.append((max(a, lo), min(a + n, hi), name))
    edges = ("the start edge", "the end edge") if axis == 0 else ("the top", "the foot")
    bare, widest = 0.0, (0.0, lo, "", "")
    at, last = lo, edges[0]
    for a, b, name in sorted(spans) + [(hi, hi, "")]:
        if a > at:
            bare += a - at
            if a - at > widest[0]:
                widest = (a - at, at, last, f"slot '{name}'" if name else edges[1])
        if b > at:
            at, last = b, f"slot '{name}'"
    return bare, widest


def _shape(w: float, h: float) -> str:
    """A trim's proportions as written: "3:1 (landscape)", "1:1.41 (portrait)"."""

    def ratio(v: float) -> str:
        return f"{v:.2f}".rstrip("0").rstrip(".")

    if w >= h:
        return f"{ratio(w / h)}:1" + (" (landscape)" if w > h else "")
    return f"1:{ratio(h / w)} (portrait)"


def _sizes(r: MapRead) -> None:
    """`sizes:` is for print kinds that are not pressed (a badge's size is its press); a size's
    frame overrides name slots of the layout."""
    v = r.values
    v["sizes"] = v["sizes"] or {}
    if not v["sizes"]:
        return
    if v["kind"] in SCREEN:
        r.errs.error(
            "schema.unknown-key",
            f"a {v['kind']} layout has no 'sizes' (posters, flyers and badges come in sizes)",
            r.mark_of("sizes"),
        )
        r.ok = False
        return
    pressed = v["kind"] in PRESSED
    for size in v["sizes"].values():
        if pressed != (size.badge is not None):
            r.errs.error(
                "schema.value",
                f"size '{size.name}': "
                + (
                    "a badge's size names its press ('press: <id>'), not a trim"
                    if pressed
                    else "only a badge's size names a press; give its 'trim'"
                ),
                size.mark,
            )
            r.ok = False
    names = {s.name for page in v["pages"] or () for s in page.slots}
    qrs = {s.name for page in v["pages"] or () for s in page.slots if isinstance(s, QrSlot)}
    pages = [page.name for page in v["pages"] or ()]
    for size in v["sizes"].values():
        if not pressed and v["trim"] and size.trim:
            _proportions(r, v["trim"], size)
        node = r.node.value["sizes"].value[size.name]
        where = node.key_marks.get("pages", size.mark) if node.is_map else size.mark
        for page in size.pages or ():
            if page not in pages:
                r.errs.error(
                    "ref.slot",
                    f"size '{size.name}' lists page '{page}', which the layout does not have",
                    where,
                    *(did_you_mean(page, pages) or (f"pages: {', '.join(pages)}",)),
                )
                r.ok = False
        if size.pages == ():
            r.errs.error("schema.value", f"size '{size.name}' has no pages", where)
            r.ok = False
        overrides = node.value.get("slots") if node.is_map else None
        _qr_minimum(r, size, overrides, qrs)
        for name in size.slots:
            if name not in names and name not in _written_slots(r.node):  # else: reported
                r.errs.error(
                    "ref.slot",
                    f"size '{size.name}' overrides the frame of slot '{name}', which the "
                    "layout does not have",
                    # at the name as the size writes it (it was the size's own name's line)
                    overrides.key_marks.get(name, size.mark)
                    if overrides is not None and overrides.is_map
                    else size.mark,
                    *did_you_mean(name, names),
                )
                r.ok = False


def _qr_minimum(r: MapRead, size: Any, overrides: Node | None, qrs: set[str]) -> None:
    """A QR code's own frame in a size (`slots: {qr: {frame: ...}}`) under QR_MIN_MM on a
    side is an error at its `frame:`: the scaled ones are grown to it (kit.sizes), and one
    of 15 mm given by hand was printed so, which the README promises never happens."""
    for name, override in size.slots.items():
        if name not in qrs or override.frame is None or not size.trim:
            continue
        x, y, w, h = override.frame.resolve(*size.trim)
        entry = overrides.value.get(name) if overrides is not None and overrides.is_map else None
        at = entry.key_marks.get("frame", entry.mark) if entry and entry.is_map else size.mark
        _qr_kept_clear(r, size, name, (x, y, w, h), at)
        if min(w, h) >= QR_MIN_MM - 1e-9:
            continue
        r.errs.error(
            "schema.value",
            f"size '{size.name}' gives QR code '{name}' a frame of {w:g} x {h:g} mm: a QR code "
            f"is never smaller than {QR_MIN_MM:g} mm (the kit's print minimum, for a phone at "
            "arm's length)",
            at,
            f"make its frame at least {QR_MIN_MM:g} x {QR_MIN_MM:g} mm (width: "
            f"{max(w, QR_MIN_MM):g}, height: {max(h, QR_MIN_MM):g}), or leave the slot out "
            "of the size's `slots:` to have it scaled (never below the minimum)",
        )
        r.ok = False


def _qr_kept_clear(
    r: MapRead, size: Any, name: str, box: tuple[float, float, float, float], at: Mark
) -> None:
    """A QR code's own frame in a size that reaches into a band the size keeps clear
    (`keep_clear:`) is an error at its frame: what covers the band (a banner's stand) hides
    it, and no phone reads a code cut in part (texts there are `layout.safe-area`)."""
    x, y, w, h = box
    tw, th = size.trim
    start, top, end, bottom = clear_of(size)
    into = {
        "start": start - x,
        "top": top - y,
        "end": x + w - (tw - end),
        "bottom": y + h - (th - bottom),
    }
    edge, mm = max(into.items(), key=lambda e: e[1])
    if mm <= 1e-9:
        return
    band = {"start": start, "top": top, "end": end, "bottom": bottom}[edge]
    r.errs.error(
        "layout.safe-area",
        f"size '{size.name}' places QR code '{name}' {mm:g} mm into the {band:g} mm it keeps "
        f"clear at the {edge} (`keep_clear:`), where it is hidden",
        at,
        f"move its frame out of the band ({edge} edge at least {band:g} mm from the trim's)",
    )


def _written_slots(node: Node) -> set[str]:
    """The names of the slots the layout file writes, valid or not: a size that overrides a
    slot whose own definition is broken (its SVG unreadable) is not a second error."""
    pages = node.value.get("pages") if node.is_map else None
    lists = [node.value.get("slots")] if node.is_map else []
    lists += [
        p.value.get("slots") for p in (pages.value if pages and pages.is_seq else ()) if p.is_map
    ]
    names = set()
    for slots in lists:
        for slot in slots.value if slots is not None and slots.is_seq else ():
            name = slot.value.get("name") if slot.is_map else None
            if name is not None and isinstance(name.value, str):
                names.add(name.value)
    return names


def _size(r: MapRead) -> None:
    """Print kinds give `trim` (mm); screen kinds give `pixels` (whole pixels), from which the
    trim follows (kinds.trim_of_pixels), with no bleed and no marks."""
    v = r.values
    kind = v["kind"]
    if kind is None:
        return
    screen = kind in SCREEN
    given, other = ("pixels", "trim") if screen else ("trim", "pixels")
    if r.has(other):
        r.errs.error(
            "schema.unknown-key",
            f"a {kind} layout gives its size in '{given}', not '{other}'",
            r.mark_of(other),
        )
        r.ok = False
    for key in ("bleed", "marks") if screen else ():
        if r.has(key):
            r.errs.error(
                "schema.unknown-key",
                f"a {kind} layout is for screens: it has no '{key}'",
                r.mark_of(key),
            )
            r.ok = False
    if not r.has(given):
        r.errs.error("schema.missing-key", f"{r.what} is missing the key '{given}'", r.mark)
        r.ok = False
        return
    if not screen or v["pixels"] is None:
        return
    if any(p != int(p) for p in v["pixels"]):
        r.errs.error("schema.value", "'pixels' must be whole numbers", r.mark_of("pixels"))
        r.ok = False
        return
    v["pixels"] = (int(v["pixels"][0]), int(v["pixels"][1]))
    v["trim"] = trim_of_pixels(v["pixels"])
    v["bleed"] = 0.0
    v["marks"] = Marks(False, False, False, False)


def _unique_across_pages(r: MapRead) -> None:
    """A slot named like one on an earlier page is an error at the later slot (names repeated
    within one page are reported by read_slots)."""
    seen: set[str] = set()
    for page in r.values["pages"] or ():
        for slot in page.slots:
            if slot.name in seen:
                r.errs.error(
                    "schema.duplicate",
                    f"two slots are named '{slot.name}'",
                    slot.mark,
                    "give each slot its own name",
                )
        seen |= {s.name for s in page.slots}


def _text_frames_on_trim(r: MapRead) -> None:
    """A text slot whose frame runs past the trim (on an edge it does not bleed on) is a
    `layout.safe-area` warning at the slot, once for every language: a headline's frame 15 mm
    past the trim passed `check` in the languages whose lines stopped short of it, and failed
    the one whose longer line reached it."""
    trim = r.values["trim"]
    texts = {
        slot.name: slot
        for page in r.values["pages"] or ()
        for slot in page.slots
        if isinstance(slot, TextSlot)
    }
    checked: list[tuple[TextSlot, Frame, tuple[float, float], str, Mark]] = []
    if trim:
        checked += [(slot, slot.frame, trim, "", slot.mark) for slot in texts.values()]
    for size in (r.values.get("sizes") or {}).values():  # a size's own frames do not scale
        for name, override in size.slots.items():
            if name in texts and override.frame is not None and size.trim:
                of_size = f" of size '{size.name}'"
                at = override.mark or size.mark  # the size's own frame: where it is given
                checked.append((texts[name], override.frame, size.trim, of_size, at))
    for slot, frame, (tw, th), of_size, mark in checked:
        x, y, w, h = frame.resolve(tw, th)
        over = {"start": -x, "end": x + w - tw, "top": -y, "bottom": y + h - th}
        past = [(edge, mm) for edge, mm in over.items() if mm > 0.05 and edge not in slot.bleed]
        if past:
            where = " and ".join(f"{mm:.1f} mm past the trim's {edge} edge" for edge, mm in past)
            r.errs.warn(
                "layout.safe-area",
                f"text slot '{slot.name}'{of_size}: its frame runs {where}, where a longer "
                "text (another language's) is cut",
                mark,
                "move the frame inside the trim, and inside its safe margin",
            )


def _styles_above_floor(r: MapRead) -> None:
    """A style whose `min_size` is below the type floor could let copy-fit set text smaller
    than allowed (a warning at the style; `check` reports text actually set below it as an
    error at the slot). Only styles that text slots use are checked (rim text is set at its
    style's size); a style whose `size` itself is below the floor is not warned about here,
    as every slot that uses it is an error."""
    v = r.values
    kind = KINDS.get(v["kind"] or "")
    if kind is None:
        return
    floor = v["min_type_pt"] if v["min_type_pt"] is not None else kind.min_type_pt
    used = {s.style.name for p in v["pages"] or () for s in p.slots if isinstance(s, TextSlot)}
    for name, style in v["styles"].items():
        if name in used and style.min_size < floor <= style.size:
            r.errs.warn(
                "layout.too-small",
                f"style '{name}' lets copy-fit go down to {style.min_size:g} pt, below the "
                f"{v['kind']}'s type floor of {floor:g} pt",
                style.mark,
                f"raise its min_size to {floor:g}",
                "or, for a material read at arm's length, lower the floor with "
                "'min_type_pt' in the layout",
            )


def _print_bleed(r: MapRead) -> None:
    """A print layout whose bleed is below MIN_BLEED_MM is a warning at its `bleed:`, which
    says why its print PDFs fail the build's preflight (kinds.Kind.preflight_expect): a print
    shop's preflight refuses every one (sticker-50 had 2 mm; the build published a poster
    with 1 mm that `check --pdf` then failed, a designer's trial)."""
    v = r.values
    if v["kind"] in SCREEN:
        return
    for size in (v.get("sizes") or {}).values():  # `bleed: 0` on a size: published, no word
        if size.bleed is not None and size.bleed < MIN_BLEED_MM:
            r.errs.warn(
                "layout.bleed",
                f"size '{size.name}': bleed of {size.bleed:g} mm: print shops ask for at least "
                f"{MIN_BLEED_MM:g} mm, and their preflight refuses less: so does the build's",
                size.mark or r.mark,
                f"set its bleed: {MIN_BLEED_MM:g}, or leave it out (the design's is used)",
            )
    if not r.has("bleed") or v["bleed"] is None:
        return
    if v["bleed"] < MIN_BLEED_MM:
        r.errs.warn(
            "layout.bleed",
            f"bleed of {v['bleed']:g} mm: print shops ask for at least {MIN_BLEED_MM:g} mm, "
            "and their preflight refuses less: so does the build's",
            r.mark_of("bleed"),
            f"set bleed: {MIN_BLEED_MM:g} (art that reaches the edge extends to it)",
        )


def _cut_contour(r: MapRead) -> None:
    """A die line's corner radius fits the trim (at most half its shorter side), and a round
    piece (a badge) has none: the press's die cuts it, not a plotter."""
    v = r.values
    marks, trim = v.get("marks"), v.get("trim")
    if not isinstance(marks, Marks):
        return
    node = r.child("marks")
    inner = node.value if node is not None and node.is_map else {}

    def at(key: str) -> Mark:  # the key inside `marks:`, else `marks:` itself
        return inner[key].mark if key in inner else r.mark_of("marks")

    if not marks.cut_contour:
        if "cut_radius" in inner:
            r.errs.warn(
                "schema.value",
                "cut_radius rounds the die line, and there is none: it changes nothing",
                at("cut_radius"),
                "add cut_contour: true beside it, or remove it",
            )
        return

    if v["kind"] in PRESSED:
        r.errs.error(
            "schema.value",
            f"a {v['kind']} is cut by its press's die: it has no cut_contour",
            at("cut_contour"),
            "remove cut_contour (badge sheets draw their cut circles: python generate.py sheet)",
        )
    elif trim and marks.cut_radius > min(trim) / 2:
        r.errs.error(
            "schema.value",
            f"cut_radius {marks.cut_radius:g} mm is more than half the trim's shorter side "
            f"({min(trim) / 2:g} mm)",
            at("cut_radius"),
            f"set cut_radius to at most {min(trim) / 2:g}",
        )


@check(TextStyle)
def _style(r: MapRead) -> None:
    """`min_size` defaults to `size` and may not exceed it."""
    v = r.values
    size, min_size = v["size"], v["min_size"]
    if size and min_size and min_size > size:
        r.errs.error(
            "schema.value",
            f"min_size ({min_size:g}) of {r.what} is larger than its size ({size:g})",
            r.mark_of("min_size"),
        )
    v["min_size"] = min_size or size


@check(Frame)
def _frame(r: MapRead) -> None:
    """Exactly two of start/width/end and two of top/height/bottom (not said again when a
    value was already refused: one cause, one error)."""
    if not r.ok:
        return
    for size in ("width", "height"):
        value = r.values[size]
        if value is not None and value <= 0:  # -40 drew the art upside down, `check` passing
            r.errs.error(
                "schema.value",
                f"{r.what}: '{size}' is {value:g} mm; a frame's {size} is more than 0",
                r.mark_of(size),
                f"give the {size} in mm, more than 0 (a frame is placed by its start and top, "
                "or end and bottom, not by a negative size)",
            )
            r.ok = False
    if not r.ok:
        return
    for axis in (("start", "width", "end"), ("top", "height", "bottom")):
        given = [k for k in axis if r.values[k] is not None]
        if len(given) != 2:
            r.errs.error(
                "schema.value",
                f"{r.what} needs exactly two of {', '.join(axis)} "
                f"(got {', '.join(given) or 'none'})",
                r.mark,
            )
            r.ok = False
            return


@check(BadgeProfile)
def _badge(r: MapRead) -> None:
    face, cut = r.values["face"], r.values["cut"]
    if face and cut and cut < face:
        r.errs.error(
            "schema.value",
            f"the cut diameter ({cut:g} mm) must be larger than the face ({face:g} mm)",
            r.mark_of("cut"),
            "cut = face + 2 x wrap",
        )
        r.ok = False


@form("marks")
class MarksForm(Form):
    """`marks: true` (crop and slug), `marks: false` (none), or a mapping of the four."""

    expected = "true, false or a mapping"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if isinstance(node.value, bool):
            return Marks() if node.value else Marks(False, False, False, False)
        if not node.is_map:
            return r.bad(key, self.expected)
        marks = read(Marks, node, "marks", r.ctx)
        return BAD if marks is None else marks

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"oneOf": [{"type": "boolean"}, {"$ref": defs(Marks)}]}

    def describe(self) -> str:
        return "true/false or mapping (Marks)"

    def nested(self) -> tuple[type, ...]:
        return (Marks,)


@form("pages")
class Pages(Form):
    """A list of pages, each with a name and slots; page names are unique."""

    expected = "a list of pages, each with a name and slots"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_seq or not node.value:
            r.errs.error("schema.type", f"'{key}' must be {self.expected}", node.mark)
            return BAD
        pages: list[PageSpec] = []
        for pn in node.value:
            page = read(PageSpec, pn, "page", r.ctx)
            if page is None:
                continue
            if page.name in {p.name for p in pages}:
                r.errs.error("schema.duplicate", f"two pages are named '{page.name}'", pn.mark)
            pages.append(page)
        return tuple(pages)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": defs(PageSpec)}, "minItems": 1}

    def describe(self) -> str:
        return "list of PageSpec"

    def nested(self) -> tuple[type, ...]:
        return (PageSpec,)


@form("slots")
class Slots(Form):
    """A list of slots, each a mapping with a `kind:`; names are unique on the page."""

    expected = "a list of slots"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_seq:
            r.errs.error("schema.type", f"'{key}' must be {self.expected}", node.mark)
            return BAD
        return tuple(read_slots(node, r.ctx))

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        from .slots import slot_schema

        return {"type": "array", "items": slot_schema(defs)}

    def describe(self) -> str:
        return "list of slots"

    def nested(self) -> tuple[type, ...]:
        from ..model import SLOT_KINDS

        return tuple(SLOT_KINDS.values())
