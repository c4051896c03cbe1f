"""A size named like another layout names both places and both ways out, decided by the kit's
files alone (their names and what they say), so that the same kit is told the same words on
every machine and from the kit cache. It was decided by the files' times (the file changed
last was the one to change): after `cp poster-a3.yaml poster-a0.yaml`, an edit of the original
poster-a3.yaml told the user to delete its `sizes:` and `family:`, which took poster-a1, -a2,
-a4, -tabloid and -letter out of the kit (a review). Before that, a designer's new
poster-letter.yaml was told at poster-a3.yaml's size 'letter', which they had not touched, and
a copy of poster-a3.yaml read before it put five errors at the original's sizes."""

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
# which file was changed last: the one added, the design edited after it, or both at once
TIMES = ["added-last", "design-edited-last", "together"]


def changed(design: Path, added: Path, when: str) -> None:
    """The two files' modification times as `when` says (TIMES), an hour ahead (the latest of
    theirs and their status-change time, now) and a minute apart: what the test means,
    however long copying the kit took."""
    ahead = time.time() + 3600
    later = {"added-last": added, "design-edited-last": design}.get(when)
    for path in (design, added):
        at = ahead + 60 * (path == later)
        os.utime(path, (at, at))


@pytest.mark.parametrize("when", TIMES)
def test_a_layout_file_named_like_a_size_is_told_at_its_own_first_line(
    kit_copy: Callable[..., Path], when: str
) -> None:
    kit = kit_copy()
    added = kit / "materials/layouts/poster-letter.yaml"
    added.write_text(LETTER, encoding="utf-8")
    changed(kit / A3, added, when)
    code, out = check(kit, "--only", "poster-letter", "--lang", "en")
    assert code == 1
    assert (
        "materials/layouts/poster-letter.yaml:1:1: error[schema.duplicate]: layout "
        "'poster-letter' (this file) has the name that size 'letter' of the family 'poster' "
        f"makes ({SIZE})\n"
        "  hint: rename poster-letter.yaml (the sizes of poster-a3.yaml are named "
        "<family>-<size>), or else rename the size 'letter' in poster-a3.yaml\n"
    ) in out, out
    assert out.count("error[") == 1, out


def test_a_size_named_like_another_design_is_told_at_the_size(
    kit_copy: Callable[..., Path],
) -> None:
    """The layout file is a design of its own (`sizes:`): either name may be the one to
    change."""
    kit = kit_copy()
    added = kit / "materials/layouts/poster-letter.yaml"
    added.write_text(
        LETTER + "family: big-letter\nsizes:\n  tabloid: {trim: [279.4, 431.8]}\n", "utf-8"
    )
    code, out = check(kit, "--only", "poster-letter", "--lang", "en")
    assert code == 1
    assert (
        f"{SIZE}: error[schema.duplicate]: size 'letter' of poster-a3.yaml makes the layout "
        "'poster-letter' of the family 'poster', the name of the layout file "
        "poster-letter.yaml too (materials/layouts/poster-letter.yaml:1:1)\n"
        "  hint: rename the layout file poster-letter.yaml (a family's sizes are named "
        "<family>-<size>), or this size\n"
    ) in out, out
    assert out.count("error[") == 1, out


SIZES = "'poster-a1', 'poster-a2', 'poster-a4', 'poster-tabloid', 'poster-letter'"


@pytest.mark.parametrize("when", TIMES)
@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("poster-a0.yaml", ", not the A0 its own says"),  # read before its original
        ("poster-b2.yaml", ", not the B2 its own says"),  # after it
        ("poster-new.yaml", ""),  # a name that says no paper
    ],
)
def test_a_copy_of_a_design_is_one_error_at_the_copy(
    kit_copy: Callable[..., Path], name: str, own: str, when: str
) -> None:
    """One error at the copy's `family:`, naming the original's, however the files' times
    stand: the copy's name does not say the paper of its trim, the original's does."""
    kit = kit_copy()
    copy = kit / "materials/layouts" / name
    copy.write_text((kit / A3).read_text(encoding="utf-8"), encoding="utf-8")
    changed(kit / A3, copy, when)
    code, out = check(kit, "--only", name.removesuffix(".yaml"), "--lang", "en")
    assert code == 1
    assert (
        f"materials/layouts/{name}:94:1: error[schema.duplicate]: sizes {SIZES} are made by "
        f"{name} and by poster-a3.yaml ({A3}:94:1): both make the family 'poster'\n"
        f"  hint: {name} reads as the copy: its trim is A3, the paper poster-a3.yaml's name "
        f"says{own}: delete its `sizes:` and `family:`, or give it a `family:` of its own (if "
        "poster-a3.yaml is the copy, do that there)\n"
    ) in out, out
    assert out.count("error[") == 1, out


@pytest.mark.parametrize("when", TIMES)
def test_a_copy_the_names_do_not_tell_is_told_at_the_design_read_second(
    kit_copy: Callable[..., Path], when: str
) -> None:
    """badge-58.yaml's name is its cut, not a paper: neither name tells the copy, and the
    hint names both files."""
    kit = kit_copy()
    layouts = kit / "materials/layouts"
    copy = layouts / "badge-big.yaml"  # read after badge-58.yaml
    copy.write_text((layouts / "badge-58.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    changed(layouts / "badge-58.yaml", copy, when)
    code, out = check(kit, "--only", "badge-big", "--lang", "en")
    assert code == 1
    sizes = ", ".join(
        f"'badge-{s}'"
        for s in "25mm 32mm 38mm 44mm 75mm 1in 1-25in 1-5in 1-75in 2-25in 3in".split()
    )
    assert (
        f"materials/layouts/badge-big.yaml:37:1: error[schema.duplicate]: sizes {sizes} are "
        "made by badge-big.yaml and by badge-58.yaml (materials/layouts/badge-58.yaml:37:1): "
        "both make the family 'badge'\n"
        "  hint: a copy of a layout keeps its `sizes:` and `family:`: delete them from "
        "whichever of badge-big.yaml and badge-58.yaml is the copy, or give it a `family:` of "
        "its own\n"
    ) in out, out
    assert out.count("error[") == 1, out
