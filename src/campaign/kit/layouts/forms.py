"""The parts of a layout file: its `marks:`, `pages:` and `slots:` (forms), the rules of a
frame, a text style, a badge profile, a size and a size's slot override (`@check`), and the
press profile a layout or a size names (`press_of`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...diagnostics import did_you_mean
from ...load import Node
from ...model import BadgeProfile, Frame, Marks, PageSpec, SizeSpec, SlotOverride, TextStyle
from ..slots import read_slots
from ..spec import BAD, Form, MapRead, check, form, read


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
            "give its 'frame:' (where it sits on the page), or 'drop: true' to leave it out of "
            "this size",
        )
        r.ok = False


@check(SizeSpec)
def _size_spec(r: MapRead) -> None:
    """A size gives its `trim`, or (a badge size) the `press` whose cut circle's square it is."""
    v = r.values
    v["slots"] = v["slots"] or {}
    v["content"] = r.node.digest()
    v["paper_given"] = r.has("paper")
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
        r.errs.error(
            "schema.missing-key",
            f"{r.what} is missing the key 'trim'",
            r.mark,
            "add 'trim: [width, height]' in mm",
        )
        r.ok = False


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
            "lower min_size to at most size, or raise size",
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
                f"give two of {', '.join(axis)} (the third follows from them)",
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
            r.errs.error(
                "schema.type",
                f"'{key}' must be {self.expected}",
                node.mark,
                "list the pages, each with its name and slots, e.g. pages: [{name: front, slots: "
                "[...]}]",
            )
            return BAD
        pages: list[PageSpec] = []
        for pn in node.value:
            page = read(PageSpec, pn, "page", r.ctx)
            if page is None:
                continue
            if page.name in {p.name for p in pages}:
                r.errs.error(
                    "schema.duplicate",
                    f"two pages are named '{page.name}'",
                    pn.mark,
                    "give each page a name of its own (front, back...)",
                )
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
            r.errs.error(
                "schema.type",
                f"'{key}' must be {self.expected}",
                node.mark,
                "list the slots, each a mapping that begins with - name: ...",
            )
            return BAD
        return tuple(read_slots(node, r.ctx))

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        from ..slots import slot_schema

        return {"type": "array", "items": slot_schema(defs)}

    def describe(self) -> str:
        return "list of slots"

    def nested(self) -> tuple[type, ...]:
        from ...model import SLOT_KINDS

        return tuple(SLOT_KINDS.values())
