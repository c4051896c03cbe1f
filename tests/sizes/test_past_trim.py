"""A frame that a size of a design places past its trim, where the design's frame of it
keeps inside its own (kit/place.py moves a band's group off its edge together: the panel
at the group's other end ran past a small size's foot), is a warning at the size's entry,
with the frame of its own that keeps it inside; `check` said nothing of a shape, and told
a text only on a composed page, at the design's slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.kit import load_kit
from campaign.kit.sizes import past_trim

from . import check_card

ROOT = Path(__file__).resolve().parents[2]
# A 100 mm card: a white band at the top with the title on it, and under it a white panel
# that holds the body, 2.5 mm from the foot (one group: each overlaps the next)
CARD = """title: Card
kind: flyer
trim: [100, 100]
bleed: 3
safe: 5
marks: false
styles:
  head: {weight: bold, size: 20, min_size: 8, colour: navy}
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: blue, bleed: all,
         frame: {start: 0, top: 0, width: 100, height: 100}}
      - {name: band, kind: shape, fill: white, bleed: [start, top, end],
         frame: {start: 0, top: 0, width: 100, height: 24}}
      - {name: title, kind: text, string: word, style: head,
         frame: {start: 10, top: 5, width: 80, height: 19}}
      - {name: panel, kind: shape, fill: white,
         frame: {start: 5, top: 24.5, width: 90, height: 73}}
      - {name: body, kind: text, string: word, style: head,
         frame: {start: 10, top: 30, width: 80, height: 60}}
sizes:
  small: {trim: [50, 50], title: Card small}
"""
SIZE = "  small: {trim: [50, 50], title: Card small}\n"
FIX = "{start: 2.5, top: 14.75, width: 45, height: 32.75}"


def test_a_panel_a_size_places_past_its_foot_is_told_at_the_size(tmp_path: Path) -> None:
    """On the 50 mm size the band's group keeps the title 5 mm from the top (the safe
    margin; scaled, 2.5 mm) and moves 2.5 mm down with it: the panel ends at 51.25 mm, 1.25
    mm past the foot. Told at the size's entry (line 23, its value at column 10), with a
    frame of its own that ends 2.5 mm inside the foot, as the design's does, its top kept."""
    code, out, path = check_card(tmp_path, CARD)
    assert code == 0, out
    assert (
        f"{path}:23:10: warning[layout.bleed]: card-small slot 'panel': size 'small' (50 x 50 "
        "mm) places slot 'panel' 1.2 mm past the trim's bottom edge, where card's frame of it "
        "keeps inside its trim (2.5 mm from its bottom edge): the cut takes what lies past it\n"
        "  hint: give 'panel' a frame of its own, as far inside the trim as card's (up to the "
        f"safe margin): `sizes: small: slots: {{panel: {{frame: {FIX}}}}}` (the design's "
        "frames are placed on a size together, kit/place.py: those it moves with took it "
        "there), or leave it out of the size (`panel: {drop: true}`)\n"
    ) in out, out
    assert out.count("slot 'panel'") == 2, out  # once: the message names it twice


def test_the_frame_the_warning_gives_keeps_the_panel_inside(tmp_path: Path) -> None:
    """The hint's frame, written under the size, ends the panel 2.5 mm above the foot of the
    50 mm card: no warning, and the panel's frame is that one."""
    own = (
        "  small:\n    trim: [50, 50]\n    title: Card small\n"
        f"    slots:\n      panel: {{frame: {FIX}}}\n"
    )
    code, out, path = check_card(tmp_path, CARD.replace(SIZE, own))
    assert code == 0, out
    assert "past the trim" not in out, out
    layout = load_kit(path.parents[2]).layouts["card-small"]
    panel = next(sl for sl in layout.slots if sl.name == "panel")
    assert panel.frame.resolve(50, 50) == pytest.approx((2.5, 14.75, 45, 32.75))


def test_a_frame_that_bleeds_there_or_a_size_that_keeps_it_in_is_not_told(
    tmp_path: Path,
) -> None:
    """A panel that bleeds at the foot is meant to run past it; on an 80 mm size (scale
    0.8) the group moves 1 mm down and the panel ends 1 mm inside the foot."""
    bleeds = CARD.replace(
        "{name: panel, kind: shape, fill: white,",
        "{name: panel, kind: shape, fill: white, bleed: [bottom],",
    )
    larger = CARD.replace(SIZE, "  small: {trim: [80, 80], title: Card small}\n")
    for card in (bleeds, larger):
        code, out, _ = check_card(tmp_path / str(hash(card)), card)
        assert code == 0, out
        assert "past the trim" not in out, out


def test_no_size_of_the_kit_places_a_frame_past_its_trim() -> None:
    kit = load_kit(ROOT)
    sizes = [lay for lay in kit.layouts.values() if lay.sized_from]
    assert len(sizes) > 20
    assert [
        (lay.id, p.slot.name) for lay in sizes for p in past_trim(kit.layouts[lay.sized_from], lay)
    ] == []
