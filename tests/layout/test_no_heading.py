"""layout.no-heading: a document with a digital PDF that draws no heading, nor a picture with
an alternative text to head it, has no H1 (render.tagging.structure_tags): a screen reader's
list of its headings is empty. A user's own layout without `role: heading` was told by no
check (an accessibility helper's review)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..kits import check


def test_the_kits_materials_all_have_a_heading(kit_copy: Callable[..., Path]) -> None:
    """Every material of the kit, in a left-to-right and a right-to-left language."""
    code, out = check(kit_copy(), "--lang", "en,ar")
    assert code == 0, out
    assert "layout.no-heading" not in out


def test_a_wordless_badge_is_headed_by_its_heart(kit_copy: Callable[..., Path]) -> None:
    """The 25 mm and 1 in badges draw the heart alone: its figure is the H1, nothing to tell."""
    code, out = check(kit_copy(), "--only", "badge-25mm,badge-1-25in", "--lang", "en,ar")
    assert code == 0, out
    assert "layout.no-heading" not in out
    assert "2 material(s)" in out


def test_a_layout_without_a_heading_is_told_once(kit_copy: Callable[..., Path]) -> None:
    """The poster's headline without its `role: heading`, and its figure (the emblem) without
    an alternative text: told at the layout's `slots:`, once for every language."""
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text("utf-8")
    for old, new in (
        ("valign: middle, role: heading,", "valign: middle,"),
        ("role: subheading,", ""),
        ("alt: emblem_alt, ", ""),
    ):
        assert old in text, old
        text = text.replace(old, new)
    layout.write_text(text, "utf-8")
    slots = text.splitlines().index("slots:") + 1
    code, out = check(kit, "--only", "poster-a3", "--lang", "en,ar,zh")
    assert code == 0, out
    told = re.findall(r"^(\S+): warning\[layout\.no-heading\]: (.*)$", out, re.M)
    assert told == [
        (
            f"materials/layouts/poster-a3.yaml:{slots}:1",
            "poster-a3: its digital PDF has no heading: no slot with `role: heading` is drawn, "
            "nor a picture with an alternative text to head it, so a screen reader's list of "
            "headings is empty",
        )
    ], out
    assert "  hint: give the slot of its title `role: heading`" in out


def test_a_page_of_shapes_alone_is_not_told(tmp_path: Path) -> None:
    """A page with no text (the mini kit's coloured boxes) has no title to make a heading of;
    its text page with the heading role taken away is told."""
    from ..kits import mini_copy

    kit = mini_copy(tmp_path / "kit")
    code, out = check(kit, "--only", "boxes,hearts", "--lang", "en")
    assert code == 0, out
    assert "layout.no-heading" not in out
    layout = kit / "materials/layouts/text.yaml"
    layout.write_text(layout.read_text("utf-8").replace("role: heading, ", ""), "utf-8")
    code, out = check(kit, "--only", "text", "--lang", "en")
    assert code == 0, out
    assert "warning[layout.no-heading]: text: its digital PDF has no heading" in out, out


def test_a_merge_is_told_once_not_once_per_row(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The warning is of the layout: a merge of three events on an event flyer drawn without
    a heading is told once (it was told once per row: 10,000 lines for a 10,000-row merge,
    a reviewer's finding)."""
    from ..kits import cli

    kit = kit_copy()
    layout = kit / "materials/layouts/event-flyer-a5.yaml"
    text = layout.read_text("utf-8")
    assert "alt: emblem_alt, " in text
    assert "role: heading," in text
    layout.write_text(text.replace("alt: emblem_alt, ", "").replace("role: heading,", ""), "utf-8")
    rows = "".join(f"ev{i},en,Walk {i},2026-07-30,08:00,Park,Group\n" for i in range(3))
    data = tmp_path / "events.csv"
    data.write_text("event_id,language,title,date,time,venue,organiser\n" + rows, "utf-8")
    code, out = cli(
        "merge", "event-flyer-a5", data, "--kit", kit, "-o", tmp_path / "out", "--no-png"
    )  # fmt: skip
    assert code == 0, out
    told = [line for line in out.splitlines() if "warning[layout.no-heading]" in line]
    assert len(told) == 1, out
    assert "event-flyer-a5: its digital PDF has no heading" in told[0], out
