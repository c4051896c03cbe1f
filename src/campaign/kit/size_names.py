"""Sizes named like another layout (`schema.duplicate`): a size of a design (`sizes:`, the
layout `<family>-<size>`) whose name a layout file has too, and two designs that make the
same family's sizes (a copy of a layout keeps its `sizes:` and `family:`).

Each error names both places, and stands at the file that was added, copied or renamed
where that can be told (`changed_last`): a designer's new poster-letter.yaml was told at
poster-a3.yaml's size `letter`, which they had not touched, with "give the size or the
layout's family another name", and a copy read before its original (poster-a0.yaml of
poster-a3.yaml) put five errors at the original's sizes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Collector, Mark
from ..model import Layout
from ..model.layout import SizeSpec

# Two files changed this far apart (ns) were not written together: the later one was added,
# copied, renamed or edited after the other. Files a tool writes at once (`new kit`, a git
# checkout, an unzipped kit) are within it; a file added by hand is minutes later.
APART_NS = 2_000_000_000


def changed_last(a: Path, b: Path) -> Path | None:
    """The one of two files changed last, by its modification or status-change time,
    whichever is later (a rename or a copy that keeps the modification time changes the
    status-change time; on Windows that is the creation time), when the two are more than
    APART_NS apart; None when they are not, or either cannot be read."""
    try:
        times = [max(s.st_mtime_ns, s.st_ctime_ns) for s in (os.stat(a), os.stat(b))]
    except OSError:
        return None
    if abs(times[0] - times[1]) <= APART_NS:
        return None
    return a if times[0] > times[1] else b


def first_mark(layout: Layout) -> Mark:
    """Where a layout file starts: its first key's line (1:1 without one)."""
    marks = [m for m in layout.key_marks.values() if m.line]
    return min(marks, key=lambda m: (m.line, m.col)) if marks else Mark(layout.path, 1, 1)


def named_like(errs: Collector, design: Layout, size: SizeSpec, made: str, other: Layout) -> None:
    """Size `size` of `design` makes the layout `made`, which is the layout file `other`'s
    name: one error, at `other` when it was changed last (added, copied or renamed after
    `design`: the name is the family's size's), else at the size, naming the other place."""
    here = size.mark or first_mark(design)
    there = first_mark(other)
    last = changed_last(other.path, design.path)
    family = design.family or design.id
    if last == other.path:
        errs.error(
            "schema.duplicate",
            f"layout '{made}' (this file) has the name that size '{size.name}' of the family "
            f"'{family}' makes ({here})",
            there,
            f"rename {other.path.name}, the file changed last (added, copied or renamed "
            f"after {design.path.name}): the size keeps its name",
        )
        return
    which = (
        f"rename the size '{size.name}': {design.path.name} was changed last (after "
        f"{other.path.name}); or give the family another name"
        if last == design.path
        else f"rename the layout file {other.path.name} (a family's sizes are named "
        f"<family>-<size>), or this size if that file was there first"
    )
    errs.error(
        "schema.duplicate",
        f"size '{size.name}' of {design.path.name} makes the layout '{made}' of the family "
        f"'{family}', the name of the layout file {other.path.name} too ({there})",
        here,
        which,
    )


@dataclass
class Twice:
    """The sizes two designs both make (`design` read after `first`): their layout ids."""

    first: Layout
    design: Layout
    made: list[str] = field(default_factory=list)


def made_twice(errs: Collector, twice: Twice) -> None:
    """Two designs make the same sizes (`twice.made`): one error for the pair, at the copy's
    `family:` (else `sizes:`) when it can be told which is (the file changed last), else at
    the design read second; naming the other's place."""
    first, design = twice.first, twice.design
    last = changed_last(design.path, first.path)
    copy, original = (first, design) if last == first.path else (design, first)
    here, there = _family_mark(copy), _family_mark(original)
    sizes = ", ".join(f"'{m}'" for m in twice.made)
    said = "size" if len(twice.made) == 1 else "sizes"
    said += f" {sizes} " + ("is" if len(twice.made) == 1 else "are")
    hint = (
        f"{copy.path.name} is the copy (changed last: added, copied or renamed after "
        f"{original.path.name}): delete its `sizes:` and `family:`, or give it a `family:` "
        "of its own"
        if last is not None
        else "a copy of a layout keeps its `sizes:` and `family:`: delete them from "
        "whichever file is the copy, or give it a `family:` of its own"
    )
    errs.error(
        "schema.duplicate",
        f"{said} made by {copy.path.name} and by {original.path.name} ({there}): "
        f"both make the family '{copy.family or copy.id}'",
        here,
        hint,
    )


def _family_mark(layout: Layout) -> Mark:
    """Where a design names its family (`family:`), else its `sizes:`, else its start."""
    marks = layout.key_marks
    return marks.get("family") or marks.get("sizes") or first_mark(layout)
