"""A `share_room` style's texts share the column their frames make (layout.compose.
_shared_room): set at the largest size at which each fits with its frame grown down, the
sections that close up to it moved down by as much and none ending below the lowest frame;
never onto a slot that does not close up to it. Geometry in mm, read from the composed
document; the kit's Burmese flyer back as the case it was made for."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.layout.document import MM, Document, TextItem

from ..kits import ROOT
from . import Laid, mini_laid_out

# three sections, each a heading and a body, the lower ones closing up to the bodies above
# them (as the flyer's back): the column runs from 2 to 51 mm
LAYOUT = """\
title: Share room
kind: poster
trim: [60, 90]
bleed: 2
safe: 1.5
marks: false
min_type_pt: 3
styles:
  head: {size: 10, min_size: 4, colour: black, max_lines: 1}
  body: {size: 12, min_size: 4, colour: black, share_room: true}
pages:
  - name: front
    slots:
      - {name: t1, kind: text, string: word, style: head, frame: {start: 2, top: 2, width: 50, height: 5}}
      - {name: b1, kind: text, string: long, style: body, frame: {start: 2, top: 7, width: 50, height: 10}}
      - {name: t2, kind: text, string: word, style: head, close_up: b1, frame: {start: 2, top: 19, width: 50, height: 5}}
      - {name: b2, kind: text, string: word, style: body, close_up: b1, frame: {start: 2, top: 24, width: 50, height: 10}}
      - {name: t3, kind: text, string: word, style: head, close_up: [b1, b2], frame: {start: 2, top: 36, width: 50, height: 5}}
      - {name: b3, kind: text, string: word, style: body, close_up: [b1, b2], frame: {start: 2, top: 41, width: 50, height: 10}}
"""
LONG = "Blue Heart campaign against trafficking in persons"
BOTTOM = 51.0  # mm: the lowest body frame's bottom


def compose(tmp_path: Path, layout: str = LAYOUT, long: str = LONG, fields: str = "") -> Laid:
    return mini_laid_out(tmp_path, "share", layout, f"  long: {long}\n", fields)


def texts(doc: Document) -> dict[str, TextItem]:
    return {i.slot: i for i in doc.pages[0].items if isinstance(i, TextItem)}


def lines_mm(item: TextItem) -> tuple[float, float]:
    """The top and bottom of the item's lines, mm from the trim's top."""
    top = item.box.y + item.top
    return top / MM, (top + item.text.height) / MM


def test_a_long_body_grows_into_the_room_the_others_leave(tmp_path: Path) -> None:
    doc, errs, overflows = compose(tmp_path)
    found = texts(doc)
    assert {found[n].text.size for n in ("b1", "b2", "b3")} == {12}  # the style's size
    b1 = lines_mm(found["b1"])
    assert b1[1] > 7 + 10 + 1  # past its 10 mm frame: grown
    # the next section moved down by the growth: its heading's lines 2 mm below b1's, as
    # the design's frames have them (17 to 19 mm), and the bodies under their headings
    assert lines_mm(found["t2"])[0] - b1[1] == pytest.approx(2, abs=0.01)
    assert lines_mm(found["b2"])[0] == pytest.approx(lines_mm(found["t2"])[0] + 5, abs=0.01)
    assert lines_mm(found["b3"])[1] <= BOTTOM + 1e-6
    order = ["t1", "b1", "t2", "b2", "t3", "b3"]
    for upper, lower in zip(order, order[1:], strict=False):
        assert lines_mm(found[upper])[1] <= lines_mm(found[lower])[0] + 1e-6, (upper, lower)
    assert not errs.problems
    assert not overflows


def test_same_size_alone_sets_them_at_the_fullest_frame_s_size(tmp_path: Path) -> None:
    doc, _, _ = compose(tmp_path, LAYOUT.replace("share_room: true", "same_size: true"))
    found = texts(doc)
    size = found["b1"].text.size
    assert size < 12
    assert found["b2"].text.size == found["b3"].text.size == size
    assert lines_mm(found["b1"])[1] <= 17 + 1e-6  # within its frame


def test_a_body_too_long_for_its_frame_fits_the_column(tmp_path: Path) -> None:
    """A text that overflows its frame even at the style's 4 pt floor, but fits the room
    the sections below leave: set whole, its overflow not reported."""
    long = " ".join([LONG] * 12)
    doc, errs, overflows = compose(tmp_path, long=long)
    found = texts(doc)
    assert found["b1"].text.overflow is None
    assert lines_mm(found["b3"])[1] <= BOTTOM + 1e-6
    assert not overflows
    assert not errs.problems
    _, _, alone = compose(
        tmp_path / "same", LAYOUT.replace("share_room: true", "same_size: true"), long
    )
    assert [o.slot for o in alone] == ["b1"]


def test_a_section_that_does_not_close_up_is_not_run_into(tmp_path: Path) -> None:
    """Without `close_up: b1`, the second section stays where it is drawn: b1 may not grow
    onto it, and the bodies are set as `same_size` sets them, within their frames."""
    layout = LAYOUT.replace(", close_up: b1,", ",").replace(", close_up: [b1, b2],", ",")
    doc, errs, overflows = compose(tmp_path, layout)
    found = texts(doc)
    assert found["b1"].text.size < 12
    assert lines_mm(found["b1"])[1] <= 17 + 1e-6
    assert lines_mm(found["t2"])[0] >= 19 - 1e-6
    assert not overflows
    assert not errs.problems


def test_the_burmese_flyer_back_sets_its_sections_above_the_floor() -> None:
    """The trial's case: flyer-a5's back in Burmese set its four sections at the 6.5 pt
    floor, the Signs section's frame full and 15 mm of the column (to 150 mm, above the
    logos' row) empty. They are set at one size above it, in order, the last ending within
    the column."""
    from campaign.pipeline.checking import check

    _, done, _ = check(ROOT, ("my",), ("flyer-a5",), filled=False)
    (doc,) = [c.page for c in done if c.layout.id == "flyer-a5"]
    back = {i.slot: i for i in doc.pages[1].items if isinstance(i, TextItem)}
    bodies = ["signs", "report", "online", "support"]
    assert len({back[n].text.size for n in bodies}) == 1
    assert back["signs"].text.size > 6.5 + 0.5
    order = [x for n in bodies for x in (f"{n}-title", n)]
    for upper, lower in zip(order, order[1:], strict=False):
        assert lines_mm(back[upper])[1] <= lines_mm(back[lower])[0] + 1e-6, (upper, lower)
    assert lines_mm(back["support"])[1] <= 150 + 1e-6


def test_a_warning_no_size_changes_does_not_keep_the_first_size(tmp_path: Path) -> None:
    """b1 names a field left empty (`text.empty-field`, a warning whatever the size): every
    size of the column was refused for it, and the sections stayed at the fullest frame's
    (a review). They share the room as they would without it; the warning is told once."""
    long = "Call {helpline} " + LONG
    doc, errs, overflows = compose(tmp_path, long=long, fields='  helpline: ""\n')
    found = texts(doc)
    assert {found[n].text.size for n in ("b1", "b2", "b3")} == {12}
    assert [d.code for d in errs.problems] == ["text.empty-field"]
    assert not overflows


def test_a_group_with_a_text_not_set_at_its_top_keeps_one_size(tmp_path: Path) -> None:
    """A text of the style set at its frame's bottom cannot grow down: the group is left as
    `same_size` sets it, every text at one size (b3 alone kept the smaller, a review)."""
    layout = LAYOUT.replace(
        "{name: b3, kind: text, string: word, style: body,",
        "{name: b3, kind: text, string: word, style: body, valign: bottom,",
    )
    doc, _, _ = compose(tmp_path, layout)
    found = texts(doc)
    assert len({found[n].text.size for n in ("b1", "b2", "b3")}) == 1
    assert found["b1"].text.size < 12
