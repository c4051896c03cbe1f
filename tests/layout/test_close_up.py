"""`close_up: X` on a text slot (layout.compose._close_up): the slot moves down by the room
slot X's text leaves empty above its first line (X set at its frame's bottom), by X's whole
frame where X is not drawn, and stays where a size leaves X out; its frame keeps its size.
A name that is no slot of the page is `ref.slot`, one that cannot be closed up to is
`layout.close-up`, each at the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, Document, TextItem
from campaign.layout.items.text import OverflowReport
from campaign.resolve import resolve_kit

from ..kits import mini_copy

# `below` holds one line of 12 pt (leading 1.2: 14.4 pt, 5.08 mm) at the bottom of its 20 mm
# frame: 14.92 mm empty above it
LAYOUT = """\
title: Close up
kind: poster
trim: [60, 60]
bleed: 2
safe: 1.5
marks: false
min_type_pt: 3
styles:
  body: {size: 12, colour: black}
slots:
  - {name: above, kind: text, string: word, style: body, close_up: below,
     frame: {start: 2, top: 2, width: 50, height: 8}}
  - {name: still, kind: text, string: word, style: body,
     frame: {start: 2, top: 11, width: 50, height: 8}}
  - {name: below, kind: text, string: word, field: note, style: body, valign: bottom,
     frame: {start: 2, top: 30, width: 50, height: 20}}
"""
LINE_MM = 12 * 1.2 / MM


def compose(tmp_path: Path, layout: str = LAYOUT, lang: str = "en") -> Document:
    root = mini_copy(tmp_path, {"campaign.yaml": ("links:", 'fields:\n  note: ""\nlinks:')})
    (root / "materials/layouts/close.yaml").write_text(layout, encoding="utf-8")
    kit = load_kit(root)
    errs: Collector = Collector()
    overflows: list[OverflowReport] = []
    doc = compose_content(
        kit.layouts["close"],
        resolve_kit(kit, kit.languages[lang]),
        load_fontbook(kit.fonts_dir),
        errs,
        overflows,
    )
    assert not errs.items
    assert not overflows
    return doc


def tops_mm(doc: Document) -> dict[str, float]:
    return {i.slot: round(i.box.y / MM, 2) for i in doc.pages[0].items if isinstance(i, TextItem)}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_slot_comes_down_by_the_room_above_the_first_line(tmp_path: Path, lang: str) -> None:
    doc = compose(tmp_path, lang=lang)
    items = {i.slot: i for i in doc.pages[0].items if isinstance(i, TextItem)}
    room = round(items["below"].top / MM, 2)
    assert room == round(20 - items["below"].text.height / MM, 2)
    if lang == "en":
        assert room == round(20 - LINE_MM, 2) == 14.92
    assert tops_mm(doc) == {"above": round(2 + room, 2), "still": 11.0, "below": 30.0}
    above = items["above"]
    assert round(above.box.h / MM, 2) == 8.0  # the frame keeps its size
    assert round(above.box.x / MM, 2) == (2.0 if lang == "en" else 60 - 2 - 50)


def test_two_lines_leave_a_line_less_room(tmp_path: Path) -> None:
    two = LAYOUT.replace("string: word, field: note", "string: [word, word]")
    doc = compose(tmp_path, two)
    gap = 0.4 * 12 / MM  # the style's paragraph gap between the two
    assert tops_mm(doc)["above"] == round(2 + 20 - 2 * LINE_MM - gap, 2) == 10.15


def test_a_slot_not_drawn_leaves_its_whole_frame(tmp_path: Path) -> None:
    gone = LAYOUT.replace("string: word, field: note", "field: note")  # an empty field alone
    doc = compose(tmp_path, gone)
    assert tops_mm(doc) == {"above": 22.0, "still": 11.0}


def test_a_size_that_leaves_the_slot_out_leaves_the_other_where_it_is(tmp_path: Path) -> None:
    sized = LAYOUT.replace("kind: poster\n", "kind: poster\npaper: iso\n") + (
        "sizes:\n  big: {trim: [120, 120], slots: {below: {drop: true}}}\n"
    )
    root = mini_copy(tmp_path, {"campaign.yaml": ("links:", 'fields:\n  note: ""\nlinks:')})
    (root / "materials/layouts/close.yaml").write_text(sized, encoding="utf-8")
    kit = load_kit(root)
    doc = compose_content(
        kit.layouts["close-big"],
        resolve_kit(kit, kit.languages["en"]),
        load_fontbook(kit.fonts_dir),
        Collector(),
        [],
    )
    assert tops_mm(doc) == {"above": 4.0, "still": 22.0}  # the design's frames, doubled


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (
            "close_up: belo,",
            "error[ref.slot]: unknown slot 'belo' in slot 'above' (close_up): page 'front' of "
            "close.yaml has no slot of that name\n  hint: did you mean 'below'?",
        ),
        (
            "close_up: above,",
            "error[layout.close-up]: slot 'above' closes up to slot 'above', itself\n"
            "  hint: name a text slot below it set at its frame's bottom (`valign: bottom`), "
            "or leave out `close_up:`",
        ),
        (
            "close_up: still,",
            "error[layout.close-up]: slot 'above' closes up to slot 'still', a text set at its "
            "frame's top (`valign: top`): it leaves no room above its first line, so the slot "
            "never moves",
        ),
        (
            "close_up: ground,",
            "error[layout.close-up]: slot 'above' closes up to slot 'ground', a slot that is "
            "not a text: it has no first line to keep the distance to",
        ),
    ],
)
def test_a_name_it_cannot_close_up_to_is_named_at_it(
    tmp_path: Path, new: str, message: str
) -> None:
    broken = LAYOUT.replace(
        "slots:\n",
        "slots:\n  - {name: ground, kind: shape, fill: blue, frame: "
        "{start: 0, top: 0, width: 60, height: 60}}\n",
    ).replace("close_up: below,", new)
    root = mini_copy(tmp_path, {"campaign.yaml": ("links:", 'fields:\n  note: ""\nlinks:')})
    (root / "materials/layouts/close.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    text = exc.value.render().replace(str(root.resolve()) + "/", "")
    line = broken[: broken.index(new)].count("\n") + 1
    column = len(broken[: broken.index(new)].rsplit("\n", 1)[-1]) + len("close_up: ") + 1
    assert f"materials/layouts/close.yaml:{line}:{column}: {message}" in text, text


def test_a_slot_that_closes_up_in_its_turn_is_named(tmp_path: Path) -> None:
    chain = LAYOUT.replace(
        "style: body,\n     frame: {start: 2, top: 11",
        "style: body, valign: bottom, close_up: below,\n     frame: {start: 2, top: 11",
    ).replace(
        "close_up: below,\n     frame: {start: 2, top: 2",
        "close_up: still,\n     frame: {start: 2, top: 2",
    )
    root = mini_copy(tmp_path, {"campaign.yaml": ("links:", 'fields:\n  note: ""\nlinks:')})
    (root / "materials/layouts/close.yaml").write_text(chain, encoding="utf-8")
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    assert (
        "error[layout.close-up]: slot 'above' closes up to slot 'still', a slot that closes "
        "up to 'below' in its turn: it moves, and what it leaves empty with it"
    ) in exc.value.render()
