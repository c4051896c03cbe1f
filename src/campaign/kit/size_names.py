"""Sizes named like another layout (`schema.duplicate`): a size of a design (`sizes:`, the
layout `<family>-<size>`) whose name a layout file has too, and two designs that make the
same family's sizes (a copy of a layout keeps its `sizes:` and `family:`).

Each error names both places and both ways out, and is decided by the kit's files alone
(their names and what they say), so the same kit is told the same words on every machine
and the kit cache (pipeline.kitcache, by the files' contents) replays them rightly. It was
decided by the files' times (the one changed last was the copy): an edit of the original
poster-a3.yaml after `cp poster-a3.yaml poster-a0.yaml` told the user to delete the
original's `sizes:` and `family:`, which took poster-a1, -a2, -a4, -tabloid and -letter
out of the kit (a review).

- A size named like a layout file of no `sizes:` (a single layout: a designer's new
  poster-letter.yaml beside the poster's size `letter`) is told at that file, whose name is
  the one to change (the design's size keeps its name), or else the size.
- Two designs that make the same sizes: the copy is the one whose name does not say the
  paper its trim is, where the other's does (`names_its_trim`: poster-a0.yaml with the A3
  trim of poster-a3.yaml), told at its `family:`; where that does not tell them apart, at
  the design read second (the files are read by name), the hint naming both files."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Collector, Mark
from ..model import Layout
from ..model.layout import SizeSpec
from ..papers import PAPER_SIZES, TOLERANCE_MM


def first_mark(layout: Layout) -> Mark:
    """Where a layout file starts: its first key's line (1:1 without one)."""
    marks = [m for m in layout.key_marks.values() if m.line]
    return min(marks, key=lambda m: (m.line, m.col)) if marks else Mark(layout.path, 1, 1)


def named_like(errs: Collector, design: Layout, size: SizeSpec, made: str, other: Layout) -> None:
    """Size `size` of `design` makes the layout `made`, which is the layout file `other`'s
    name: one error naming both places. At `other` when it is a single layout (no `sizes:`
    of its own): the file to rename, the design's size keeping its name; else (a design
    too) at the size, either to be renamed."""
    here = size.mark or first_mark(design)
    there = first_mark(other)
    family = design.family or design.id
    if not other.sizes:
        errs.error(
            "schema.duplicate",
            f"layout '{made}' (this file) has the name that size '{size.name}' of the family "
            f"'{family}' makes ({here})",
            there,
            f"rename {other.path.name} (the sizes of {design.path.name} are named "
            f"<family>-<size>), or else rename the size '{size.name}' in {design.path.name}",
        )
        return
    errs.error(
        "schema.duplicate",
        f"size '{size.name}' of {design.path.name} makes the layout '{made}' of the family "
        f"'{family}', the name of the layout file {other.path.name} too ({there})",
        here,
        f"rename the layout file {other.path.name} (a family's sizes are named "
        f"<family>-<size>), or this size",
    )


@dataclass
class Twice:
    """The sizes two designs both make (`design` read after `first`): their layout ids."""

    first: Layout
    design: Layout
    made: list[str] = field(default_factory=list)


def made_twice(errs: Collector, twice: Twice) -> None:
    """Two designs make the same sizes (`twice.made`): one error for the pair, at the copy's
    `family:` (else `sizes:`) when the files' names tell it (`copy_of`), else at the design
    read second; naming the other's place, and both ways out."""
    told = copy_of(twice.first, twice.design)
    copy = told or twice.design
    original = twice.first if copy is twice.design else twice.design
    here, there = _family_mark(copy), _family_mark(original)
    sizes = ", ".join(f"'{m}'" for m in twice.made)
    said = "size" if len(twice.made) == 1 else "sizes"
    said += f" {sizes} " + ("is" if len(twice.made) == 1 else "are")
    if told is None:
        hint = (
            "a copy of a layout keeps its `sizes:` and `family:`: delete them from whichever "
            f"of {copy.path.name} and {original.path.name} is the copy, or give it a "
            "`family:` of its own"
        )
    else:
        own = name_paper(copy)
        hint = (
            f"{copy.path.name} reads as the copy: its trim is {name_paper(original)}, the "
            f"paper {original.path.name}'s name says"
            f"{f', not the {own} its own says' if own else ''}: delete its "
            "`sizes:` and `family:`, or give it a `family:` of its own (if "
            f"{original.path.name} is the copy, do that there)"
        )
    errs.error(
        "schema.duplicate",
        f"{said} made by {copy.path.name} and by {original.path.name} ({there}): "
        f"both make the family '{copy.family or copy.id}'",
        here,
        hint,
    )


def copy_of(a: Layout, b: Layout) -> Layout | None:
    """Which of two designs that make the same sizes is the copy, by their files' names:
    the one whose name does not say the paper its trim is, where the other's does
    (`names_its_trim`: poster-a0.yaml or poster-new.yaml with poster-a3.yaml's A3 trim).
    None when both names say it or neither does."""
    said = names_its_trim(a), names_its_trim(b)
    if said == (True, False):
        return b
    if said == (False, True):
        return a
    return None


def name_paper(layout: Layout) -> str | None:
    """The paper size the layout file's name says after its family's (`A3` of poster-a3.yaml,
    family `poster`), as it is written; None when it says none."""
    prefix = f"{layout.family or layout.id}-"
    if not layout.path.stem.startswith(prefix):
        return None
    paper = PAPER_SIZES.get(layout.path.stem.removeprefix(prefix))
    return None if paper is None else paper.name


def names_its_trim(layout: Layout) -> bool:
    """Whether the layout file's name says the paper its trim is, in either orientation
    (`name_paper`: poster-a3.yaml, trim 297 x 420 mm); a copy keeps the trim of the file it
    was copied from under a name of its own."""
    named = name_paper(layout)
    paper = next((p for p in PAPER_SIZES.values() if p.name == named), None)
    if paper is None:
        return False
    trim = sorted(layout.trim)
    return all(abs(p - t) <= TOLERANCE_MM for p, t in zip(paper.trim, trim, strict=True))


def _family_mark(layout: Layout) -> Mark:
    """Where a design names its family (`family:`), else its `sizes:`, else its start."""
    marks = layout.key_marks
    return marks.get("family") or marks.get("sizes") or first_mark(layout)
