"""`close_up: X` on a text slot (layout.compose._close_up): the slot moves down by the room
slot X's text leaves empty above its first line (X below, set at its frame's bottom), up by
the room it leaves under its last line (X above, set at its frame's top), by X's whole
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

# a 60 mm page of 12 pt text, without marks: its slots follow
HEAD = """\
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
"""
# `below` holds one line of 12 pt (leading 1.2: 14.4 pt, 5.08 mm) at the bottom of its 20 mm
# frame: 14.92 mm empty above it
LAYOUT = (
    HEAD
    + """\
  - {name: above, kind: text, string: word, style: body, close_up: below,
     frame: {start: 2, top: 2, width: 50, height: 8}}
  - {name: still, kind: text, string: word, style: body,
     frame: {start: 2, top: 11, width: 50, height: 8}}
  - {name: below, kind: text, string: word, field: note, style: body, valign: bottom,
     frame: {start: 2, top: 30, width: 50, height: 20}}
"""
)
LINE_MM = 12 * 1.2 / MM


def kit_with(tmp_path: Path, layout: str) -> Path:
    """A small kit with `layout` as materials/layouts/close.yaml, and an empty field `note`."""
    root = mini_copy(tmp_path, {"campaign.yaml": ("links:", 'fields:\n  note: ""\nlinks:')})
    (root / "materials/layouts/close.yaml").write_text(layout, encoding="utf-8")
    return root


def refused(root: Path) -> str:
    """The errors loading the kit at `root` stops with, as the command line prints them."""
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    return exc.value.render()


def compose(tmp_path: Path, layout: str = LAYOUT, lang: str = "en") -> Document:
    kit = load_kit(kit_with(tmp_path, layout))
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
    kit = load_kit(kit_with(tmp_path, sized))
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
            "or one above it set at its frame's top (`valign: top`), or leave out `close_up:`",
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
    root = kit_with(tmp_path, broken)
    text = refused(root).replace(str(root.resolve()) + "/", "")
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
    text = refused(kit_with(tmp_path, chain))
    assert (
        "error[layout.close-up]: slot 'above' closes up to slot 'still', a slot that closes "
        "up to 'below' in its turn: it moves, and what it leaves empty with it (list 'below' "
        "in this slot's `close_up:` too, and the rooms add up)"
    ) in text


def test_a_list_that_names_the_slots_a_listed_slot_closes_up_to_adds_their_rooms(
    tmp_path: Path,
) -> None:
    """`still` closes up to `below` and `above` lists both: `above` moves by both rooms
    (added up), so it keeps its distance to `still`, which moved too."""
    chain = LAYOUT.replace(
        "style: body,\n     frame: {start: 2, top: 11",
        "style: body, valign: bottom, close_up: below,\n     frame: {start: 2, top: 11",
    ).replace(
        "close_up: below,\n     frame: {start: 2, top: 2",
        "close_up: [still, below],\n     frame: {start: 2, top: 2",
    )
    tops = tops_mm(compose(tmp_path, chain))
    below = round(20 - LINE_MM, 2)  # 14.92 mm above the line of `below`
    still = round(8 - LINE_MM, 2)  # 2.92 mm above the line of `still`
    assert tops == {
        "above": round(2 + below + still, 2),
        "still": round(11 + below, 2),
        "below": 30.0,
    }


def test_a_slot_named_twice_is_named_once(tmp_path: Path) -> None:
    twice = LAYOUT.replace("close_up: below,", "close_up: [below, below],")
    text = refused(kit_with(tmp_path, twice))
    told = (
        "error[layout.close-up]: slot 'above' closes up to slot 'below', named twice: its room "
        "would count twice\n  hint: name each slot once"
    )
    assert text.count("slot 'above' closes up to slot 'below'") == 1
    assert told in text, text


# `head` (set at its frame's top) holds one line of 12 pt at the top of its 20 mm frame:
# 14.92 mm empty under it; `next` closes up to it, `still` does not
UP = (
    HEAD
    + """\
  - {name: head, kind: text, string: word, field: note, style: body,
     frame: {start: 2, top: 2, width: 50, height: 20}}
  - {name: next, kind: text, string: word, style: body, close_up: head,
     frame: {start: 2, top: 24, width: 50, height: 8}}
  - {name: still, kind: text, string: word, style: body,
     frame: {start: 2, top: 34, width: 50, height: 8}}
"""
)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_slot_moves_up_by_the_room_under_the_last_line_above(tmp_path: Path, lang: str) -> None:
    """A text under a top-set text that leaves room under its lines (an office without a
    helpline: the flyer's sections under the call to report) moves up by that room, left to
    right and right to left (its place across mirrored, not its height)."""
    doc = compose(tmp_path, UP, lang)
    items = {i.slot: i for i in doc.pages[0].items if isinstance(i, TextItem)}
    head = items["head"]
    room = round((head.box.h - head.top - head.text.height) / MM, 2)
    assert room == round(20 - head.text.height / MM, 2) > 0
    if lang == "en":
        assert room == round(20 - LINE_MM, 2) == 14.92
    assert tops_mm(doc) == {"head": 2.0, "next": round(24 - room, 2), "still": 34.0}
    assert round(items["next"].box.h / MM, 2) == 8.0  # the frame keeps its size
    assert round(items["next"].box.x / MM, 2) == (58.0 - 50 if lang == "ar" else 2.0)


def test_a_slot_above_that_is_not_drawn_gives_its_whole_frame(tmp_path: Path) -> None:
    gone = UP.replace("string: word, field: note", "field: note")  # an empty field alone
    assert tops_mm(compose(tmp_path, gone)) == {"next": 4.0, "still": 34.0}


def test_a_slot_above_set_at_its_bottom_cannot_be_closed_up_to(tmp_path: Path) -> None:
    broken = UP.replace("style: body,\n     frame: {start: 2, top: 2", "style: body, valign: "
                        "bottom,\n     frame: {start: 2, top: 2")  # fmt: skip
    assert broken != UP
    text = refused(kit_with(tmp_path, broken))
    assert (
        "error[layout.close-up]: slot 'next' closes up to slot 'head', a text above it set at "
        "its frame's bottom (`valign: bottom`): the slot would move up by the room under its "
        "last line, which is not where its text ends"
    ) in text


def test_a_slot_level_with_the_one_it_closes_up_to_has_it_above(tmp_path: Path) -> None:
    """Frames whose tops are level: the layout moves the slot up (layout.compose.closes_down),
    and the check judges it so, as a text above it (it took it for one below, and let a
    text set at its frame's bottom pass, which moved the slot by nothing)."""
    level = UP.replace("style: body,\n     frame: {start: 2, top: 2, width: 50", "style: body, "
                       "valign: bottom,\n     frame: {start: 2, top: 2, width: 25").replace(
                       "frame: {start: 2, top: 24, width: 50", "frame: {start: 30, top: 2, "
                       "width: 25")  # fmt: skip
    assert level.count("top: 2,") == 2
    text = refused(kit_with(tmp_path, level))
    assert (
        "error[layout.close-up]: slot 'next' closes up to slot 'head', a text above it set at "
        "its frame's bottom (`valign: bottom`)"
    ) in text


# The A5 flyer's back: each section's text, and the heading under it (frames in mm: top,
# height), as the design has them
SECTIONS = (("signs", "report-title"), ("report", "online-title"), ("online", "support-title"))


@pytest.mark.parametrize("lang", ["en", "es", "ar", "zh"])
@pytest.mark.parametrize("filled", [(), ("report_url",), ("helpline", "report_url")])
def test_the_flyers_sections_keep_the_designs_gap_under_every_text(
    lang: str, filled: tuple[str, ...]
) -> None:
    """The A5 flyer's back: its sections' frames are sized for the longest language, and
    the room a shorter text left stayed under it (a trial: 27 mm under "Cómo denunciar"
    against 17 to 22 mm under the other headings, with an office without a helpline; then
    English's 9.8 mm under "Recognise the signs" against 3 mm under "How to report"). Each
    heading and text closes up under every text above it (`close_up: [signs, report]`, the
    rooms added up): every heading stands the design's gap (its frame's top less the frame
    above's bottom) under the last line of the text above it, whatever the office fills, in
    English, Spanish, Arabic (right to left) and Chinese; a heading's text keeps its place
    under it, and the frames their sizes or, where the texts share the column's room
    (`share_room`), grown to hold their lines."""
    from dataclasses import replace

    from ..kits import ROOT

    kit = load_kit(ROOT)
    base = kit.offices["new-york"]  # its contacts all empty: filled below with samples
    samples = {"helpline": "+00 000 000 000", "report_url": "https://report.example.org/form"}
    fields = {k: replace(v, text=samples[k] if k in filled else "") for k, v in base.fields.items()}
    office = replace(base, fields=fields)
    layout = kit.layouts["flyer-a5"]
    doc = compose_content(
        layout,
        resolve_kit(kit, kit.languages[lang], office=office),
        load_fontbook(kit.fonts_dir),
        Collector(),
        [],
    )
    items = {i.slot: i for i in doc.pages[1].items if isinstance(i, TextItem)}
    frames = {s.name: s.frame.resolve(*layout.trim) for s in layout.pages[1].slots}
    moved = 0.0
    for text, heading in SECTIONS:
        t = items[text]
        end = (t.box.y + t.top + t.text.height) / MM  # the text's last line's bottom
        designed = frames[heading][1] - frames[text][1] - frames[text][3]
        assert 2.4 < designed < 3.1
        assert round(items[heading].box.y / MM - end, 2) == round(designed, 2), (text, heading)
        # a text set at its frame's top: the room under it is what the sections below take;
        # one grown past its frame (`share_room`: the sections of a fuller office's
        # language) moves them down by as much
        moved += frames[text][3] - (t.top + t.text.height) / MM
        assert round(frames[heading][1] - items[heading].box.y / MM, 2) == round(moved, 2)
    if "helpline" not in filled:
        assert abs(moved) > 0.5  # the sections moved: the case tries the closing up
    for heading, text in (("signs-title", "signs"), ("report-title", "report"),
                          ("online-title", "online"), ("support-title", "support")):  # fmt: skip
        gap = frames[text][1] - frames[heading][1]  # the design's, heading to text
        assert round((items[text].box.y - items[heading].box.y) / MM, 2) == round(gap, 2)
        # its frame's size, or grown to hold its lines (share_room)
        grown = max(frames[text][3], (items[text].top + items[text].text.height) / MM)
        assert round(items[text].box.h / MM, 2) == round(grown, 2)
    assert round(items["signs"].box.y / MM, 2) == 41.5  # the first section: where designed
    assert {round(items[s].box.x / MM, 2) for s in ("report", "online-title", "support")} == {
        11.0
    }  # 11 mm from either edge of the 148 mm flyer: mirrored, the same
