"""A layout's `folds:` (and a size's own): each fold line inside the trim, not on its edge,
and only on a material that is folded after it is cut: a rectangle printed on paper (not a
badge, which a press wraps, nor a screen image). `layout.fold`, at the fold's number; and
no panel (between two folds, or a fold and the trim's edge) too narrow to hold anything
inside its safe margins, `layout.fold-panel` (a warning), at the fold that makes it."""

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
        _panels(r, folds, node, v["trim"], v["safe"], "the trim")
    for size in (v["sizes"] or {}).values():
        if size.folds is None or not size.trim:
            continue
        entry = r.node.value["sizes"].value[size.name]
        own = entry.value.get("folds") if entry.is_map else None
        if own is not None:
            of = f"the trim of size '{size.name}'"
            _inside(r, size.folds, own, size.trim, of)
            safe = v["safe"] if size.safe is None else size.safe
            _panels(r, size.folds, own, size.trim, safe, of)


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


def _panels(
    r: MapRead, folds: Folds, node: Node, trim: tuple[float, float], safe: float, of: str
) -> None:
    """Each panel of `folds` (written at `node`) across `trim` (mm): between two folds of a
    direction, or a fold and the trim's edge, no narrower than twice the layout's safe
    margin (`safe`, mm): the gutter the kit keeps on each side of a fold (layout.fold-gutter,
    model.layout's fold distance: the layout's `safe:`, as a fold is each panel's edge) and
    inside each trim edge (kinds.SafeRect) meet there, and a narrower panel has no room
    inside them for a text, a logo or a QR code (a fold 3 mm from another, or from the
    trim: a 3 mm panel). `layout.fold-panel`, a warning (a glue flap may be meant to hold
    nothing), at the fold that makes the panel: of two, the one written later; folds that
    are `layout.fold` errors are left to that."""
    least = 2 * safe
    if least <= 0:
        return
    for direction, (axis, edge, other) in AXES.items():
        side = trim[axis]
        values: tuple[float, ...] = getattr(folds, direction)
        marks = _marks(node, direction)
        inside = sorted(
            (at, n) for n, at in enumerate(values) if AT_TRIM_MM < at < side - AT_TRIM_MM
        )
        bounds: list[tuple[float, int | None]] = [(0.0, None), *inside, (side, None)]
        for (a, na), (b, nb) in zip(bounds, bounds[1:], strict=False):
            width = b - a
            if width >= least - 1e-9 or (na is None and nb is None):
                continue
            later = max(n for n in (na, nb) if n is not None)  # of two: written later
            at = values[later]
            if na is not None and nb is not None:
                panel = (
                    f"the {direction} folds at {a:g} and {b:g} mm from the {edge} edge leave a "
                    f"panel {width:g} mm wide between them"
                )
            else:
                near = edge if na is None else other
                panel = (
                    f"the {direction} fold at {at:g} mm from the {edge} edge leaves a panel "
                    f"{width:g} mm wide at the {near} edge of {of}"
                )
            if at == b:  # the panel before it: move it on
                fix = f"move the fold at {at:g} mm to {a + least:g} mm or more from the {edge} edge"
            else:
                fix = f"move the fold at {at:g} mm to {b - least:g} mm or less from the {edge} edge"
            r.errs.warn(
                "layout.fold-panel",
                f"{panel}, narrower than {least:g} mm: twice the {safe:g} mm safe margin "
                "(`safe:`) the kit keeps inside each fold and trim edge, so nothing fits in it",
                marks[later],
                fix,
                f"a fold in two of {side:g} mm is at {side / 2:g}, one in three at "
                f"{side / 3:.1f} and {2 * side / 3:.1f}; a flap meant to hold nothing may stay",
            )


def _marks(node: Node, direction: str) -> list[Any]:
    """Where each number of `folds:`'s `direction` list is written (a number alone: its own
    place)."""
    listed = node.value.get(direction) if node.is_map else None
    if listed is None:
        return []
    return [item.mark for item in listed.value] if listed.is_seq else [listed.mark]
