"""A size named like another layout names both places, and stands at the file that was added,
copied or renamed where that can be told (the file changed last, more than 2 s after the
other: kit.size_names.changed_last), with a hint saying which to rename: a designer's new
materials/layouts/poster-letter.yaml was told at poster-a3.yaml:107:5, the size 'letter' they
had not touched ("give the size or the layout's family another name"); a copy of poster-a3.yaml
read before it (poster-a0.yaml) put five errors at the original's sizes."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import check

# a Letter layout of its own (as the trial's), saved under the name of the poster's Letter size
LETTER = """title: Poster Letter (own)
kind: poster
trim: [215.9, 279.4]
bleed: 3.175
paper: us
styles:
  headline: {weight: bold, size: 60, min_size: 30, colour: white, leading: 1.04}
slots:
  - {name: ground, kind: shape, fill: blue, bleed: all,
     frame: {start: 0, top: 0, width: 215.9, height: 279.4}}
  - {name: headline, kind: text, string: theme, style: headline, valign: middle, role: heading,
     frame: {start: 15, top: 50, width: 185, height: 120}}
"""
A3 = "materials/layouts/poster-a3.yaml"
SIZE = "materials/layouts/poster-a3.yaml:107:5"  # `letter:`'s entry


def changed(*paths: Path, later: Path | None = None) -> None:
    """`paths` as changed at one time, an hour ahead (their modification time: the latest
    of theirs and their status-change time, now), and `later` a minute after them: what the
    test means, however long copying the kit took."""
    ahead = time.time() + 3600
    for path in paths:
        os.utime(path, (ahead, ahead))
    if later is not None:
        os.utime(later, (ahead + 60, ahead + 60))


def test_a_layout_file_added_is_told_at_its_own_first_line(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    added = kit / "materials/layouts/poster-letter.yaml"
    added.write_text(LETTER, encoding="utf-8")
    changed(kit / A3, later=added)
    code, out = check(kit, "--only", "poster-letter", "--lang", "en")
    assert code == 1
    assert (
        "materials/layouts/poster-letter.yaml:1:1: error[schema.duplicate]: layout "
        "'poster-letter' (this file) has the name that size 'letter' of the family 'poster' "
        f"makes ({SIZE})\n"
        "  hint: rename poster-letter.yaml, the file changed last (added, copied or renamed "
        "after poster-a3.yaml): the size keeps its name\n"
    ) in out, out
    assert out.count("error[") == 1, out


@pytest.mark.parametrize(
    ("size_last", "hint"),
    [
        (
            True,  # the size's file changed last: the size is the one to rename
            "rename the size 'letter': poster-a3.yaml was changed last (after "
            "poster-letter.yaml); or give the family another name",
        ),
        (
            False,  # changed together: not told; the layout file's name is the one to change
            "rename the layout file poster-letter.yaml (a family's sizes are named "
            "<family>-<size>), or this size if that file was there first",
        ),
    ],
    ids=["size-changed-last", "not-told"],
)
def test_otherwise_it_is_told_at_the_size_naming_the_file(
    kit_copy: Callable[..., Path], size_last: bool, hint: str
) -> None:
    kit = kit_copy()
    added = kit / "materials/layouts/poster-letter.yaml"
    added.write_text(LETTER, encoding="utf-8")
    if size_last:
        changed(added, later=kit / A3)
    else:
        changed(added, kit / A3)
    code, out = check(kit, "--only", "poster-letter", "--lang", "en")
    assert code == 1
    assert (
        f"{SIZE}: error[schema.duplicate]: size 'letter' of poster-a3.yaml makes the layout "
        "'poster-letter' of the family 'poster', the name of the layout file "
        "poster-letter.yaml too (materials/layouts/poster-letter.yaml:1:1)\n"
        f"  hint: {hint}\n"
    ) in out, out
    assert out.count("error[") == 1, out


SIZES = "'poster-a1', 'poster-a2', 'poster-a4', 'poster-tabloid', 'poster-letter'"


@pytest.mark.parametrize("name", ["poster-a0.yaml", "poster-b2.yaml"])
def test_a_copy_of_a_design_is_one_error_at_the_copy(
    kit_copy: Callable[..., Path], name: str
) -> None:
    """Read before its original (poster-a0) or after it (poster-b2): one error at the copy's
    `family:`, naming the original's."""
    kit = kit_copy()
    copy = kit / "materials/layouts" / name
    copy.write_text((kit / A3).read_text(encoding="utf-8"), encoding="utf-8")
    changed(kit / A3, later=copy)
    code, out = check(kit, "--only", name.removesuffix(".yaml"), "--lang", "en")
    assert code == 1
    assert (
        f"materials/layouts/{name}:94:1: error[schema.duplicate]: sizes {SIZES} are made by "
        f"{name} and by poster-a3.yaml ({A3}:94:1): both make the family 'poster'\n"
        f"  hint: {name} is the copy (changed last: added, copied or renamed after "
        "poster-a3.yaml): delete its `sizes:` and `family:`, or give it a `family:` of its "
        "own\n"
    ) in out, out
    assert out.count("error[") == 1, out
