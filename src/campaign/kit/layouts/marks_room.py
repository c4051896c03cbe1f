"""`layout.marks`: printer's marks a trim has no room for (render.marks.crowded), at the
layout's `marks:`. A 50 x 180 mm bookmark with every mark had its top registration target
printed under its colour bar, and neither the build nor `check` said a word (a trial); now
the bar is shortened or left out, a target left out where it would cross a crop mark, and
this warning says which and how to have them all."""

from __future__ import annotations

from ...diagnostics import listed
from ...model import Folds, Layout, Marks
from ...render.marks import crowded
from ..spec import MapRead, check

# the widest trim `_widest_needed` tries, mm past the one given: far more than any mark needs
# (every mark has its place on a 76 mm wide trim without folds)
SEARCH_MM = 200


@check(Layout)
def _marks_room(r: MapRead) -> None:
    """Each trim the layout has (its own and each of its `sizes:`, with their folds) against
    the marks it asks for: what `crowded` finds is a warning at `marks:`, whose hint gives
    the least trim width with room for them all and the marks to turn off instead."""
    v = r.values
    marks, trim = v.get("marks"), v.get("trim")
    if not isinstance(marks, Marks) or not trim or not (marks.registration or marks.colour_bar):
        return
    folds = v.get("folds") or Folds()
    trims: list[tuple[str, tuple[float, float], Folds]] = [("", tuple(trim), folds)]
    for size in (v.get("sizes") or {}).values():
        if size.trim and size.badge is None:
            own = folds.on_size(tuple(trim), tuple(size.trim), size.folds)  # as drawn
            trims.append((f"size '{size.name}' ", tuple(size.trim), own))
    for what, (w, h), f in trims:
        left = crowded((w, h), marks, f.vertical, f.horizontal)
        if not left:
            continue
        wider = _widest_needed((w, h), marks, f)
        turn_off = [
            k
            for k, on in (("colour_bar", marks.colour_bar), ("registration", marks.registration))
            if on
        ]
        r.errs.warn(
            "layout.marks",
            f"the {what}trim ({w:g} x {h:g} mm) has no room outside its bleed for "
            f"{listed(left)}: left out, so that no mark is printed over another (the crop "
            "marks are kept)",
            r.mark_of("marks"),
            (f"a trim at least {wider:g} mm wide has room for them all; or " if wider else "")
            + "write "
            + " or ".join(f"`{k}: false`" for k in turn_off)
            + " under `marks:`",
        )


def _widest_needed(trim: tuple[float, float], marks: Marks, folds: Folds) -> float | None:
    """The least whole mm width, with the same height and the folds at the same share of
    it, at which `crowded` finds nothing; None past SEARCH_MM wider (or where the height
    is what lacks room)."""
    w, h = trim
    for extra in range(1, SEARCH_MM + 1):
        wide = float(int(w) + extra)
        f = folds.scaled(wide / w, 1.0)
        if not crowded((wide, h), marks, f.vertical, f.horizontal):
            return wide
    return None
