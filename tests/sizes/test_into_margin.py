"""A text frame that a size of a design places in the size's safe margin, where the design's
frame of it keeps out of its own, is a `layout.safe-area` warning at the size's entry, with
the frame of its own that keeps it out: flyer-a6's hashtags, scaled from the A5 design
beside the QR code's label (a frame of the size's own), came 0.48 mm into its 4 mm margin,
and `check` said nothing, since no language's text reached the margin (yet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.kit import load_kit
from campaign.kit.sizes import into_margin

from . import check_card

ROOT = Path(__file__).resolve().parents[2]
# A 100 mm card: a note, and under it the tags, 5 mm above the foot (the 5 mm safe margin's
# line), and a label beside them, which the small size gives a frame of its own: the group
# keeps where it is scaled to (kit/place.py), the tags end 2.5 mm above the foot of the 50
# mm size, and they can neither move up (onto the note) nor be cut back (nothing is left)
CARD = """title: Card
kind: flyer
trim: [100, 100]
bleed: 3
safe: 5
marks: false
styles:
  head: {weight: bold, size: 20, min_size: 8, colour: navy}
  tags: {size: 12, min_size: 6, colour: navy}
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: white, bleed: all,
         frame: {start: 0, top: 0, width: 100, height: 100}}
      - {name: title, kind: text, string: word, style: head,
         frame: {start: 10, top: 10, width: 80, height: 30}}
      - {name: note, kind: text, string: word, style: tags,
         frame: {start: 10, top: 80, width: 50, height: 10}}
      - {name: tags, kind: text, string: word, style: tags,
         frame: {start: 10, top: 90, width: 50, height: 5}}
      - {name: label, kind: text, string: word, style: head,
         frame: {end: 10, top: 80, width: 25, height: 15}}
sizes:
  small:
    trim: [50, 50]
    title: Card small
    slots:
      label: {frame: {end: 5, top: 37.5, width: 12, height: 7.5}}
"""
FIX = "{start: 5, top: 42.5, width: 25, height: 2.5}"


def test_a_text_a_size_places_in_its_safe_margin_is_told_at_the_size(tmp_path: Path) -> None:
    """Scaled by 0.5, the tags end at 47.5 mm of the 50 mm card: 2.5 mm into its 5 mm
    margin, where the design's keep 5 mm from the foot. Told at the size's entry (line 25,
    its value at column 5), with a frame of its own moved up to the margin's line, its size
    kept; the text set there crosses the margin (the composed page's error, at the slot)."""
    code, out, path = check_card(tmp_path, CARD)
    assert code == 1, out
    assert (
        f"{path}:25:5: warning[layout.safe-area]: card-small slot 'tags': size 'small' (50 x 50 "
        "mm) places text slot 'tags' 2.5 mm at the bottom edge into its 5 mm safe margin, "
        "where card's frame of it keeps out of its own (5.0 mm from its bottom edge): a text "
        "that fits the frame may be set there\n"
        "  hint: give 'tags' a frame of its own, out of the margin: `sizes: small: slots: "
        f"{{tags: {{frame: {FIX}}}}}` (the design's frames are placed on a size together, "
        "kit/place.py), or leave it out of the size (`tags: {drop: true}`)\n"
    ) in out, out
    assert out.count("warning[layout.safe-area]") == 1, out  # the label's own frame: not told
    assert f"{path}:19:9: error[layout.safe-area]: card-small [en] slot 'tags'" in out, out


def test_the_frame_the_warning_gives_keeps_the_tags_out_of_the_margin(tmp_path: Path) -> None:
    label = "      label: {frame: {end: 5, top: 37.5, width: 12, height: 7.5}}\n"
    assert label in CARD
    own = CARD.replace(label, label + f"      tags: {{frame: {FIX}}}\n")
    code, out, path = check_card(tmp_path, own)
    assert "safe margin" not in out, out
    layout = load_kit(path.parents[2]).layouts["card-small"]
    tags = next(sl for sl in layout.slots if sl.name == "tags")
    assert tags.frame.resolve(50, 50) == pytest.approx((5, 42.5, 25, 2.5))


def test_a_design_frame_already_in_its_margin_or_a_frame_kept_out_is_not_told_here(
    tmp_path: Path,
) -> None:
    """Tags 4 mm above the design's foot are in its own margin: told at the design's slot
    (kit/layouts/trim.py), not again at the size. On a 90 mm size (scale 0.9) the tags end
    4.5 mm above the foot; moved up they would lie on the note, so the size cuts their frame
    back to the margin's line (4 of its 4.5 mm kept): nothing to tell."""
    in_design = CARD.replace("top: 90, width: 50, height: 5", "top: 91, width: 50, height: 5")
    assert in_design != CARD
    _, out, _ = check_card(tmp_path / "design", in_design)
    assert "text slot 'tags': its frame comes into the 5 mm safe margin" in out, out
    assert "places text slot" not in out, out
    larger = CARD.replace("trim: [50, 50]", "trim: [90, 90]")
    code, out, path = check_card(tmp_path / "larger", larger)
    assert "safe margin" not in out, out
    tags = next(sl for sl in load_kit(path.parents[2]).layouts["card-small"].slots
                if sl.name == "tags")  # fmt: skip
    assert tags.frame.resolve(90, 90) == pytest.approx((9, 81, 45, 4))


def test_no_size_of_the_kit_places_a_text_in_its_safe_margin() -> None:
    kit = load_kit(ROOT)
    sizes = [lay for lay in kit.layouts.values() if lay.sized_from]
    assert len(sizes) > 20
    found = [
        (lay.id, p.slot.name)
        for lay in sizes
        for p in into_margin(kit.layouts[lay.sized_from], lay)
    ]
    assert found == []
