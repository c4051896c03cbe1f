"""materials/layouts/<material>.yaml: page size, press profile, styles and pages of slots.

`read_layout` reads one file, and checks the names that point into it (the logos of
`when_logo`, the slots of `close_up` and `fallback_for`). The rest is registered with
kit.spec when this package is imported, one module each, each importing only those before
it:

- `forms`: the parts of a layout file (`marks:`, `pages:`, `slots:`, a frame, a style, a
  badge profile, a size and its slot overrides) and `press_of`;
- `trim`: the frames against the trim and the bleed (`layout.bleed`, `layout.safe-area`);
- `sizing`: a layout's `sizes:` (their pages, slots, QR codes and proportions);
- `checks`: the rules between a layout's keys (`@check(Layout)`), which run those of
  `trim` and `sizing`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...diagnostics import did_you_mean
from ...load import Node
from ...model import ImageSlot, Layout, TextSlot
from ...model.slots import Slot
from ..spec import Context, Ref, read
from . import checks, forms, marks_room  # noqa: F401  (register the checks and forms)
from .forms import press_of

__all__ = ["DESIGN_ONLY", "press_of", "read_layout"]

# a layout file's top-level keys that are not its design's (pipeline.fingerprint.
# design_bytes): adding a size, or saying which offices build it, leaves the design's files
# as they were
DESIGN_ONLY = ("family", "sizes", "paper")


def read_layout(node: Node, path: Path, ctx: Context) -> Layout | None:
    """One layout file as a Layout, or None when it is unusable (every problem is reported to
    `ctx.errs`). Style names are in scope for its slots only."""
    ctx.scope["style"], ctx.declared["style"] = {}, {}
    start = len(ctx.refs)
    content = node.digest(without=DESIGN_ONLY)
    layout = read(Layout, node, path.name, ctx, id=path.stem, path=path, content=content)
    # the names that point into this layout, not another file, are checked here and taken
    # out of `ctx.refs`: the logos of `when_logo`, the slots of `close_up` and `fallback_for`
    own = [ref for ref in ctx.refs[start:] if ref.kind in ("logo", "slot")]
    ctx.refs[start:] = [ref for ref in ctx.refs[start:] if ref.kind not in ("logo", "slot")]
    if layout is not None:
        _logo_refs(ctx, [ref for ref in own if ref.kind == "logo"], layout)
        slots = [ref for ref in own if ref.kind == "slot"]
        _close_up_refs(ctx, [ref for ref in slots if ref.key == "close_up"], layout)
        _fallback_refs(ctx, [ref for ref in slots if ref.key == "fallback_for"], layout)
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


def _above(target: Slot, slot: Slot, layout: Layout) -> bool:
    """Whether `slot`, closing up to `target`, moves up (layout.compose.closes_down, the rule
    the layout moves it by): `target`'s frame begins above `slot`'s or at its height."""
    from ...layout.compose import closes_down

    top, slot_top = target.frame.resolve(*layout.trim)[1], slot.frame.resolve(*layout.trim)[1]
    return not closes_down(top, slot_top)


def _unlisted(target: TextSlot, slot: Slot | None) -> list[str]:
    """The slots `target`, which `slot` closes up to, closes up to in its turn that `slot`'s
    `close_up:` does not list: `slot` would move by `target`'s room alone while `target`
    moves by theirs too."""
    listed = getattr(slot, "close_up", ())
    return [n for n in target.close_up if n not in listed]


def _named_slots(
    ctx: Context, refs: list[Ref], layout: Layout, key: str
) -> Iterator[tuple[Ref, dict[str, Slot], Slot, list[str]]]:
    """Each slot name of `refs` (a `close_up:` or `fallback_for:`, `key`) with the slots of
    its page by name, the slot it names, and the page's other text slots; a name no slot of
    the page has is a `ref.slot` error at it (with did you mean), and a ref of a slot that
    is itself unusable (its own error told) is passed over."""
    for ref in refs:
        page = next((p for p in layout.pages if any(s.name == ref.slot for s in p.slots)), None)
        if page is None:
            continue  # the slot itself is unusable: its own error is reported
        slots = {s.name: s for s in page.slots}
        texts = [n for n, s in slots.items() if isinstance(s, TextSlot) and n != ref.slot]
        target = slots.get(ref.name)
        if target is None:
            ctx.errs.error(
                "ref.slot",
                f"unknown slot '{ref.name}' in slot '{ref.slot}' ({key}): page "
                f"'{page.name}' of {layout.path.name} has no slot of that name",
                ref.mark,
                *(did_you_mean(ref.name, texts) or ("name a text slot of the same page",)),
            )
            continue
        yield ref, slots, target, texts


def _close_up_refs(ctx: Context, refs: list[Ref], layout: Layout) -> None:
    """The slot each text slot's `close_up:` names (one, or each of a list): a text slot of
    the same page (else `ref.slot` at the name), not the slot itself, nor one named twice,
    nor one that closes up in its turn to a slot the list leaves out; below
    it and set lower than the top of its frame (`valign: bottom` or `middle`), or above it
    and set at its frame's top (the slot moves up by the room under its last line), else
    `layout.close-up`: the key would move nothing, or depend on a slot that moves."""
    told: set[tuple[str | None, str]] = set()  # (slot, name) said: a name listed twice, once
    for ref, slots, target, _ in _named_slots(ctx, refs, layout, "close_up"):
        why = ""
        if ref.name == ref.slot:
            why = "itself"
        elif not isinstance(target, TextSlot):
            why = "a slot that is not a text: it has no first line to keep the distance to"
        elif _unlisted(target, slots.get(ref.slot or "")):
            turn = ", ".join(f"'{n}'" for n in _unlisted(target, slots.get(ref.slot or "")))
            why = (
                f"a slot that closes up to {turn} in its turn: it moves, and what it leaves "
                f"empty with it (list {turn} in this slot's `close_up:` too, and the rooms "
                "add up)"
            )
        elif getattr(slots.get(ref.slot or ""), "close_up", ()).count(ref.name) > 1:
            why = "named twice: its room would count twice"
        elif ref.slot in slots and _above(target, slots[ref.slot], layout):
            if target.valign != "top":
                why = (
                    f"a text above it set at its frame's {target.valign} (`valign: "
                    f"{target.valign}`): the slot would move up by the room under its last "
                    "line, which is not where its text ends"
                )
        elif target.valign == "top":
            why = (
                "a text set at its frame's top (`valign: top`): it leaves no room above its "
                "first line, so the slot never moves"
            )
        if why and (ref.slot, ref.name) not in told:  # a name listed twice: said once
            told.add((ref.slot, ref.name))
            ctx.errs.error(
                "layout.close-up",
                f"slot '{ref.slot}' closes up to slot '{ref.name}', {why}",
                ref.mark,
                "name each slot once"
                if why.startswith("named twice")
                else "name a text slot below it set at its frame's bottom (`valign: bottom`), "
                "or one above it set at its frame's top (`valign: top`), or leave out "
                "`close_up:`",
            )


def _fallback_refs(ctx: Context, refs: list[Ref], layout: Layout) -> None:
    """The slots each slot's `fallback_for:` names (one, or each of a list): a text slot of
    the same page (else `ref.slot` at the name), not the slot itself, nor one named twice,
    nor one that stands in for this slot in its turn, directly or through others (which of
    the two is drawn would depend on the other), else `layout.fallback`."""
    told: set[tuple[str | None, str]] = set()  # (slot, name) said: a name listed twice, once
    for ref, slots, target, texts in _named_slots(ctx, refs, layout, "fallback_for"):
        why = ""
        if ref.name == ref.slot:
            why = "itself"
        elif not isinstance(target, TextSlot):
            why = "a slot that is not a text: it has no text that may not fit its frame"
        elif getattr(slots.get(ref.slot or ""), "fallback_for", ()).count(ref.name) > 1:
            why = "named twice"
        elif ref.slot in _stood_in(ref.name, slots):
            why = (
                f"a slot that stands in for '{ref.slot}' in its turn: which of the two is "
                "drawn would depend on the other"
            )
        if why and (ref.slot, ref.name) not in told:
            told.add((ref.slot, ref.name))
            ctx.errs.error(
                "layout.fallback",
                f"slot '{ref.slot}' stands in for slot '{ref.name}' (fallback_for), {why}",
                ref.mark,
                "name each slot once"
                if why == "named twice"
                else f"name the text slots this slot is drawn in place of when their text "
                f"does not fit their frames ({', '.join(texts) or 'the page has none'})",
            )


def _stood_in(name: str, slots: dict[str, Slot]) -> set[str]:
    """The slots `name` stands in for (`fallback_for`), and those they stand in for in their
    turn, and so on."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        for n in getattr(slots.get(todo.pop()), "fallback_for", ()):
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen
