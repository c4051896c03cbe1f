"""A text that fits its frame stays out of the safe margin: every text frame of the kit's
designs lies inside its layout's safe margin (a frame that comes into it is a
`layout.safe-area` warning at the slot, in every language), so the lines the strings
export promises fit. The square and portrait social images' hashtags frames reached 2 and
0.5 mm past the 12 mm safe line, and a Tamil translator's two lines of hashtags ("up to 2
line(s)", said the export) were `layout.safe-area` errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kinds import kind_of
from campaign.kit import load_kit
from campaign.layout.checks import safe_area_problems, text_extents
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, TextItem
from campaign.model import TextSlot
from campaign.resolve import resolve_kit
from campaign.translate.room import budgets

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
# two lines of hashtags in the square and portrait images (test data: the trial's four,
# and a fifth)
TA = """language: ta
name: Tamil
status: draft
strings:
  hashtags:
    text: '#endHT #30July #EndHumanTrafficking #நீலஇதயம் #மனிதக்கடத்தல்'
"""
SOCIAL = ("social-1080x1080", "social-1080x1350", "social-1080x1920")


def test_every_design_keeps_its_text_frames_inside_the_safe_margin() -> None:
    """Each text frame of each design (and each size's own frame) of a rectangular
    material, on the edges it does not bleed on, is at least the layout's `safe:` from the
    trim."""
    kit = load_kit(ROOT)
    inside = []
    for layout in kit.layouts.values():
        if layout.sized_from or kind_of(layout).shape != "rect":
            continue
        tw, th = layout.trim
        for slot in layout.slots:
            if not isinstance(slot, TextSlot):
                continue
            x, y, w, h = slot.frame.resolve(tw, th)
            gaps = {"start": x, "top": y, "end": tw - x - w, "bottom": th - y - h}
            least = min(gap for edge, gap in gaps.items() if edge not in slot.bleed)
            inside.append((layout.id, slot.name, least >= layout.safe - 0.01))
    assert [(lid, name) for lid, name, ok in inside if not ok] == []
    assert len(inside) > 50


@pytest.mark.parametrize("layout", SOCIAL)
def test_two_lines_of_hashtags_stay_out_of_the_safe_margin(
    kit_copy: Callable[..., Path], layout: str
) -> None:
    """The export's promise (up to 2 lines) and the frame agree: two lines of hashtags are
    set, and their ink ends above the safe line; `check` passes."""
    root = kit_copy(**{"materials/strings/ta.yaml": TA})
    kit = load_kit(root)
    lang = kit.languages["ta"]
    (room,) = [b for b in budgets(kit, load_fontbook(kit.fonts_dir), lang)["hashtags"]
               if b.material == layout]  # fmt: skip
    assert room.lines == 2
    fonts = load_fontbook(kit.fonts_dir)
    doc = compose_content(kit.layouts[layout], resolve_kit(kit, lang), fonts, Collector(), [])
    (tags,) = [i for i in doc.items if isinstance(i, TextItem) and i.slot == "hashtags"]
    assert len(tags.text.lines) == 2
    assert tags.text.overflow is None
    th, safe = kit.layouts[layout].trim[1], kit.layouts[layout].safe
    assert max(ink[3] for ink in text_extents(tags)) / MM <= th - safe
    assert safe_area_problems(doc, kit.layouts[layout]) == []
    code, out = cli("check", "--kit", root, "--lang", "ta", "--only", layout)
    assert code == 0, out
    assert "layout.safe-area" not in out


def test_a_text_frame_in_the_safe_margin_is_a_warning(kit_copy: Callable[..., Path]) -> None:
    """The square image's hashtags frame as it was (2 mm past the safe line): a
    `layout.safe-area` warning at the slot, whatever the language sets there, with the
    line its edge must keep to."""
    square = (ROOT / "materials/layouts/social-1080x1080.yaml").read_text(encoding="utf-8")
    frame = "frame: {start: 18, top: 238, width: 234, height: 20}"
    assert frame in square
    was = square.replace(frame, "frame: {start: 18, top: 240, width: 234, height: 20}")
    root = kit_copy(**{"materials/layouts/social-1080x1080.yaml": was})
    code, out = cli("check", "--kit", root, "--lang", "en", "--only", "social-1080x1080")
    assert (
        "social-1080x1080.yaml:45:5: warning[layout.safe-area]: text slot 'hashtags': its frame "
        "comes into the 12 mm safe margin by 2.0 mm at the bottom edge: a text that fits the "
        "frame may be set there\n"
        "  hint: move or shrink the frame to inside the safe margin (its bottom at most 258 mm "
        "from the trim's top)"
    ) in out
    code, out = cli(
        "check", "--kit", root, "--lang", "en", "--only", "social-1080x1080", "--strict"
    )
    assert code == 1
