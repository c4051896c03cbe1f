"""A QR code's label that is not next to its code on a composed page (`layout.qr-label`).

A QR code's label is the text about the same link right under or over it in the design
(kit.fit.label_of: the tie every size keeps, placing the label with the code's final size,
kit.fit.qr_stack). A frame a size gives a slot of its own (`sizes: a4: slots:`) does not
move with the design: a designer who moved the A3 poster's QR code and label from the end
to the start left the A4 and Letter sizes' own frame of the label at the end, and those
posters printed "Scan to learn more" beside the hashtags, far from the code, with no word
from `check` (a designer's trial). Judged on the composed page (each size, each language,
right-to-left ones mirrored back to the layout's start and end), told at the frame where
the fix is: the size's own frame of the label, else of the code, else the label's slot.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Mark
from ..layout.document import MM, Box, Document, Page, QrItem, TextItem
from ..layout.qr_tie import label_of, next_to
from ..model import Frame, Kit, Layout, QrSlot, Slot

BoxMM = tuple[float, float, float, float]  # x from the start edge, y, width, height (mm)


@dataclass(frozen=True)
class QrLabel:
    """A label not next to its QR code: the label's slot, the message, where it is told and
    the hints."""

    slot: str
    message: str
    mark: Mark
    hints: tuple[str, ...]


def qr_label_problems(kit: Kit, layout: Layout, doc: Document) -> list[QrLabel]:
    """Each QR code's label (kit.fit.label_of, in the design a size is made from, else in
    `layout`) that `doc`'s page does not show next to its code (kit.fit.next_to); a code or
    label not drawn (dropped, an empty string) is none."""
    design = kit.layouts.get(layout.sized_from) if layout.sized_from else None
    tie = design or layout
    out = []
    for page in doc.pages:
        spec = next((p for p in tie.pages if p.name == page.name), None)
        if spec is None:
            continue
        for i, qr in enumerate(spec.slots):
            found = label_of(i, spec.slots, tie.trim) if isinstance(qr, QrSlot) else None
            if found is None:
                continue
            label, gap = spec.slots[found[0]], found[1]
            code_box, label_box = _drawn(page, doc, qr.name, label.name)
            if code_box is None or label_box is None or next_to(code_box, label_box) is not None:
                continue
            out.append(_problem(layout, design, (qr, label, gap), code_box, label_box))
    return out


def _drawn(page: Page, doc: Document, qr: str, label: str) -> tuple[BoxMM | None, BoxMM | None]:
    """The boxes of QR code `qr` and text `label` on `page`, in mm from the layout's start
    edge (a right-to-left page mirrored back), or None where one is not drawn."""
    code = next((it.box for it in page.items if isinstance(it, QrItem) and it.slot == qr), None)
    text = next(
        (it.box for it in page.items if isinstance(it, TextItem) and it.slot == label), None
    )
    return _mm(code, doc), _mm(text, doc)


def _mm(box: Box | None, doc: Document) -> BoxMM | None:
    if box is None:
        return None
    x, w = box.x / MM, box.w / MM
    if doc.rtl:
        x = doc.trim[0] / MM - x - w
    return x, box.y / MM, w, box.h / MM


def _problem(
    layout: Layout,
    design: Layout | None,
    pair: tuple[Slot, Slot, float],
    code: BoxMM,
    label: BoxMM,
) -> QrLabel:
    """The warning of `label` (its slot, with the code's and the design's gap: `pair`) not
    next to its code, at the frame the fix is in, with that fix."""
    qr, text, gap = pair
    where = "under" if gap >= 0 else "over"
    of = f" on {design.id}" if design else ""
    on = f" on {layout.id}" if design else ""
    message = (
        f"the label {where} QR code '{qr.name}'{of} is not next to the code{on}: "
        f"{_apart(code, label)}"
    )
    slots = {s.name: s for s in layout.slots}
    own = layout.own_frames
    if design is None or (text.name not in own and qr.name not in own):
        return QrLabel(
            text.name,
            message,
            slots[text.name].mark,
            (
                f"move the frame of '{text.name}' {where} its QR code '{qr.name}', across "
                "from it (what ties a label to its code: a text of the same `link:` right "
                "under or over it, less than half the code's height away)",
            ),
        )
    moved = text.name if text.name in own else qr.name
    fixed = _fix(layout, design, (qr, text, gap), moved)
    name = layout.id.removeprefix(f"{layout.family}-")
    at = own[moved]
    written = next(s.frame for s in design.slots if s.name == moved)
    hints = [
        f"give '{moved}' a frame {'next to its code' if moved == text.name else 'by its label'}"
        f" in `sizes: {name}: slots:`, centred {where if moved == text.name else 'on'} "
        f"'{qr.name if moved == text.name else text.name}': `{moved}: {{frame: "
        f"{fixed.flow()}}}`, or leave '{moved}' out of the size's `slots:` to have it scaled "
        f"with {design.id}'s frames (a QR code and its label are placed together)",
    ]
    sides = _side(slots[moved].frame), _side(written)
    if None not in sides and sides[0] != sides[1]:
        hints.append(
            f"this is {layout.id}'s own frame of '{moved}', written from the {sides[0]} edge "
            f"(`{sides[0]}:`) where {design.id}'s frame of it is from the {sides[1]} "
            f"(`{sides[1]}:`): a size's own frame stays where it is written when the "
            "design's slots move"
        )
    else:
        hints.append(
            f"this is {layout.id}'s own frame of '{moved}', not {design.id}'s scaled: it "
            "stays where it is written when the design's slots move"
        )
    message += f" ({layout.id}'s own frame of '{moved}': {slots[moved].frame.flow()})"
    return QrLabel(text.name, message, at, tuple(hints))


def _apart(code: BoxMM, label: BoxMM) -> str:
    """How far the label lies from its code, in the layout's terms (start, end, above,
    below; mm to 0.1)."""
    qx, qy, qw, qh = code
    x, y, w, h = label
    if x >= qx + qw:
        return f"it lies {x - qx - qw:.1f} mm from it towards the end edge"
    if x + w <= qx:
        return f"it lies {qx - x - w:.1f} mm from it towards the start edge"
    if y >= qy + qh:
        return f"it lies {y - qy - qh:.1f} mm under it (at most half the code's height)"
    if y + h <= qy:
        return f"it lies {qy - y - h:.1f} mm over it (at most half the code's height)"
    return "it lies over the code"


def _fix(layout: Layout, design: Layout, pair: tuple[Slot, Slot, float], moved: str) -> Frame:
    """The frame of `moved` (the label or its code) that puts the label next to its code on
    the size: its size and the other's place kept, centred across on the other, at the
    design's gap (scaled) where it is not next to it up or down; in the keys the design's
    frame of it is written with (the side it is anchored to)."""
    from ..kit.place import frame_like  # the kit's readers: only when a label is told
    from ..kit.sizes import scale_of

    qr, text, gap = pair
    trim = layout.trim
    slots = {s.name: s for s in layout.slots}
    qx, qy, qw, qh = slots[qr.name].frame.resolve(*trim)
    lx, ly, lw, lh = slots[text.name].frame.resolve(*trim)
    name = layout.id.removeprefix(f"{layout.family}-")
    s = scale_of(design, design.sizes[name]) if name in design.sizes else 1.0
    g = gap * s
    written = next(sl.frame for sl in design.slots if sl.name == moved)
    if moved == text.name:
        x = qx + qw / 2 - lw / 2
        if next_to((qx, qy, qw, qh), (x, ly, lw, lh)) is None:
            ly = qy + qh + g if gap >= 0 else qy + g - lh
        x = min(max(x, layout.safe), trim[0] - layout.safe - lw)
        return frame_like(written, x, ly, lw, lh, trim)
    x = lx + lw / 2 - qw / 2
    if next_to((x, qy, qw, qh), (lx, ly, lw, lh)) is None:
        qy = ly - g - qh if gap >= 0 else ly + lh - g
    x = min(max(x, layout.safe), trim[0] - layout.safe - qw)
    return frame_like(written, x, qy, qw, qh, trim)


def _side(frame: Frame) -> str | None:
    """The edge a frame is written from across the page: start or end (None: both)."""
    if (frame.start is None) == (frame.end is None):
        return None
    return "start" if frame.start is not None else "end"
