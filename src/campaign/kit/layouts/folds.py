"""A layout's `folds:` (and a size's own): each fold line inside the trim, not on its edge,
and only on a material that is folded after it is cut: a rectangle printed on paper (not a
badge, which a press wraps, nor a screen image). `layout.fold`, at the fold's number."""

from __future__ import annotations

from typing import Any

from ...kinds import PRESSED, SCREEN
from ...load import Node
from ...model import Folds
from ...model.layout import AT_TRIM_MM
from ..spec import MapRead

# each direction: the side of the trim it is measured along (0: width, 1: height), the edge
# it is measured from, and the other one
AXES = {"vertical": (0, "start", "end"), "horizontal": (1, "top", "bottom")}


def _folds(r: MapRead) -> None:
    """The layout's folds against its trim, and each size's own folds against the size's."""
    v = r.values
    folds: Folds = v["folds"]
    node = r.child("folds")
    if folds and node is not None and v["kind"] in (*PRESSED, *SCREEN):
        made = "a button press wraps it" if v["kind"] in PRESSED else "it is shown on screens"
        r.errs.error(
            "layout.fold",
            f"a {v['kind']} layout is not folded ({made}): 'folds' is for printed pieces",
            r.mark_of("folds"),
            "remove 'folds:'; a folded card or leaflet is a layout of kind flyer or poster",
        )
        r.ok = False
        return
    if folds and node is not None and v["trim"]:
        _inside(r, folds, node, v["trim"], "the trim")
    for size in (v["sizes"] or {}).values():
        if size.folds is None or not size.trim:
            continue
        entry = r.node.value["sizes"].value[size.name]
        own = entry.value.get("folds") if entry.is_map else None
        if own is not None:
            _inside(r, size.folds, own, size.trim, f"the trim of size '{size.name}'")


def _inside(r: MapRead, folds: Folds, node: Node, trim: tuple[float, float], of: str) -> None:
    """Each fold of `folds` (written at `node`, the `folds:` mapping) strictly inside `trim`
    (mm), more than AT_TRIM_MM (the kit's "at the trim", 0.5 mm) from its edges: a fold on
    the edge folds nothing, and one past it is off the piece."""
    for direction, (axis, edge, other) in AXES.items():
        side = trim[axis]
        values: tuple[float, ...] = getattr(folds, direction)
        for at, mark in zip(values, _marks(node, direction), strict=True):
            if AT_TRIM_MM < at < side - AT_TRIM_MM:
                continue
            if at < 0 or at > side:
                where = f"is outside {of} ({side:g} mm {'wide' if axis == 0 else 'tall'})"
            else:
                near = edge if at <= side / 2 else other
                where = f"is on the {near} edge of {of}, where it folds nothing"
            r.errs.error(
                "layout.fold",
                f"the {direction} fold at {at:g} mm from the {edge} edge {where}",
                mark,
                f"a {direction} fold is in mm from the trim's {edge} edge, between 0 and "
                f"{side:g} (not on either edge): a fold in two is at {side / 2:g}, one in three "
                f"at {side / 3:.1f} and {2 * side / 3:.1f}",
            )
            r.ok = False


def _marks(node: Node, direction: str) -> list[Any]:
    """Where each number of `folds:`'s `direction` list is written (a number alone: its own
    place)."""
    listed = node.value.get(direction) if node.is_map else None
    if listed is None:
        return []
    return [item.mark for item in listed.value] if listed.is_seq else [listed.mark]
