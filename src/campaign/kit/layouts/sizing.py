"""A layout's `sizes:`: for print kinds that are not pressed, each size's pages and the
slots it overrides named in the layout, a QR code's own frame at least the print minimum and
clear of the bands the size keeps clear, and a size whose proportions leave its pages bare
(`layout.proportions`)."""

from __future__ import annotations

from typing import Any

from ...diagnostics import Mark, Subject, did_you_mean
from ...kinds import PRESSED, SCREEN
from ...load import Node
from ...model import SLOT_KINDS, Frame, QrSlot
from ...model.layout import AT_TRIM_MM
from ..sizes import QR_MIN_MM, SPARE_SHARE, clear_of, place_frames
from ..spec import MapRead


def _sizes(r: MapRead) -> None:
    """`sizes:` is for print kinds that are not pressed (a badge's size is its press); a size's
    frame overrides name slots of the layout."""
    v = r.values
    v["sizes"] = v["sizes"] or {}
    raw = r.child("sizes")
    if v["kind"] in SCREEN and raw is not None and raw.value:
        # the sizes' own errors (`pixels:` in a size, which has `trim:`) are moot: a social
        # image has no sizes, and that alone is said (it was "size 'big' is missing the key
        # 'trim'", where `trim:` was told there are no sizes: a designer's trial)
        under = _lines_under(raw)
        r.errs.items[:] = [
            d
            for d in r.errs.items
            if d.mark is None or d.mark.path != raw.mark.path or d.mark.line not in under
        ]
        r.errs.error(
            "schema.unknown-key",
            f"a {v['kind']} layout has no 'sizes' (posters, flyers and badges come in sizes)",
            r.mark_of("sizes"),
            "remove 'sizes:'; make another size of a screen image a layout file of its own",
        )
        r.ok = False
        return
    if not v["sizes"]:
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
                "name the badge's press with 'press: <id>' and remove 'trim'"
                if pressed
                else "give the size its 'trim: [width, height]' in mm and remove 'press'",
            )
            r.ok = False
    names = {s.name for page in v["pages"] or () for s in page.slots}
    qrs = {s.name for page in v["pages"] or () for s in page.slots if isinstance(s, QrSlot)}
    pages = [page.name for page in v["pages"] or ()]
    for size in v["sizes"].values():
        if not pressed and v["trim"] and size.trim:
            _proportions(r, v["trim"], size)
        node = r.node.value["sizes"].value[size.name]
        _size_pages(r, size, node, pages)
        overrides = node.value.get("slots") if node.is_map else None
        _qr_minimum(r, size, overrides, qrs)
        _size_slots(r, size, overrides, names)


def _size_pages(r: MapRead, size: Any, node: Node, pages: list[str]) -> None:
    """The pages a size lists (`pages:`) are the layout's, and not none."""
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
        r.errs.error(
            "schema.value",
            f"size '{size.name}' has no pages",
            where,
            "list at least one page under its 'pages:', or remove the key to keep the layout's "
            "pages",
        )
        r.ok = False


def _size_slots(r: MapRead, size: Any, overrides: Node | None, names: set[str]) -> None:
    """The slots a size overrides (`slots:`) are the layout's (a slot whose own definition is
    broken is not a second error: _written_slots)."""
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
                *_slot_hint(name, r.values["pages"] or ()),
            )
            r.ok = False


def _slot_hint(name: str, pages: Any) -> tuple[str, ...]:
    """The 'did you mean' of a slot name the layout does not have: the nearest name
    (diagnostics.closest), else the layout's one slot of the kind the name begins with
    (`qrcode`, `qr-code`: the QR code 'qr', a difflib ratio of 0.5 that named nothing, a
    designer's trial); none where the layout has several of that kind."""
    slots = [s for page in pages for s in page.slots]
    near = did_you_mean(name, [s.name for s in slots])
    if near:
        return near
    bare = "".join(c for c in name.casefold() if c.isalnum())
    for kind, cls in sorted(SLOT_KINDS.items(), key=lambda k: -len(k[0])):
        of_kind = [s.name for s in slots if type(s) is cls]
        if bare.startswith(kind.replace("-", "")) and len(of_kind) == 1:
            return (f"did you mean '{of_kind[0]}'? (the layout's one `kind: {kind}` slot)",)
    return ()


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


def _lines_under(node: Node) -> set[int]:
    """The lines of a YAML node and of everything under it (its keys' too)."""
    lines = {node.mark.line} | {m.line for m in node.key_marks.values()}
    children = node.value.values() if node.is_map else node.value if node.is_seq else ()
    for child in children:
        lines |= _lines_under(child)
    return lines


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
        names = [_drawn_when(sl) for sl in slots]
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


def _drawn_when(slot: Any) -> str:
    """A slot as `layout.proportions` names a neighbour: with the condition it is drawn on,
    where it has one ("slot 'day' (drawn with a logo)": the campaign's poster draws
    `day-wide` in its place, and the warning named `day` alone, a slot a designer trying the
    size did not see)."""
    said = []
    if getattr(slot, "when_logo", ()):
        said.append("with a logo")
    if getattr(slot, "when_no_logo", ()):
        said.append("without a logo")
    if filled := getattr(slot, "when_filled", ()):
        said.append(f"with {' or '.join(filled)} filled")
    if empty := getattr(slot, "when_empty", ()):
        said.append(f"without {' or '.join(empty)}")
    return f"slot '{slot.name}'" + (f" (drawn {', '.join(said)})" if said else "")


def _bare(
    names: list[str],
    frames: list[Frame],
    trim: tuple[float, float],
    axis: int,
    room: tuple[float, float],
) -> tuple[float, tuple[float, float, str, str]]:
    """How much of the trim's side `axis` (0: width, 1: height) between the `room` bands
    (mm kept clear at its two ends) no frame covers but those that span it (the ground), in
    mm, and its widest stretch: (mm, where it starts, what is before it, what is after it;
    `names`: each frame's slot as the warning names it, `_drawn_when`)."""
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
                widest = (a - at, at, last, name or edges[1])
        if b > at:
            at, last = b, name
    return bare, widest


def _shape(w: float, h: float) -> str:
    """A trim's proportions as written: "3:1 (landscape)", "1:1.41 (portrait)"."""

    def ratio(v: float) -> str:
        return f"{v:.2f}".rstrip("0").rstrip(".")

    if w >= h:
        return f"{ratio(w / h)}:1" + (" (landscape)" if w > h else "")
    return f"1:{ratio(h / w)} (portrait)"
