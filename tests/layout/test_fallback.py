"""`fallback_for: [X, Y]` on a slot (layout.compose._left_out): the slot is drawn in place of
text slots X and Y of its page where one of them does not set its whole text in its frame (an
overflow at its style's min_size, a `short:` variant), and X and Y give way to it; where both
set whole, it is left out. A helpline with an extension beside a handle failed the 1200 x 630
social image (a trial): the two side by side, each in half the column, are stacked on two
lines by such a slot. A name that is no slot of the page is `ref.slot`; one a slot cannot
stand in for is `layout.fallback`, each at the name."""

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

from ..kits import check, mini_copy

# a 60 mm page: a helpline and a handle side by side, 27 mm each, at 12 pt (10 pt at the
# least); both on a line each of the row's 56 mm where one does not fit its half
LAYOUT = """\
title: Fallback
kind: poster
trim: [60, 60]
bleed: 2
safe: 1.5
marks: false
min_type_pt: 3
styles:
  side: {size: 12, min_size: 10, colour: black, max_lines: 1}
  side_end: {size: 12, min_size: 10, colour: black, max_lines: 1, align: end}
  stacked: {size: 12, min_size: 10, colour: black, max_lines: 1}
slots:
  - {name: phone, kind: text, field: helpline, style: side, valign: bottom,
     frame: {start: 2, top: 46, width: 27, height: 8}}
  - {name: handle, kind: text, field: social, style: side_end, valign: bottom,
     frame: {end: 2, top: 46, width: 27, height: 8}}
  - {name: both, kind: text, field: [helpline, social], style: stacked, valign: bottom,
     fallback_for: [phone, handle], frame: {start: 2, top: 38, width: 56, height: 16}}
"""
SHORT_PHONE, LONG_PHONE = "+000 000 000", "+000 0000 0000 ext. 4512"
HANDLE = "@example"


def kit_with(tmp_path: Path, layout: str, helpline: str, social: str = HANDLE) -> Path:
    """A small kit with `layout` as materials/layouts/fallback.yaml, and the fields helpline
    and social (`helpline` may be a field's `{text: ..., short: ...}`)."""
    fields = f"sample: true\nfields:\n  helpline: {helpline}\n  social: {social!r}\nlinks:"
    root = mini_copy(tmp_path, {"campaign.yaml": ("links:", fields)})
    (root / "materials/layouts/fallback.yaml").write_text(layout, encoding="utf-8")
    return root


def compose(
    tmp_path: Path, helpline: str, lang: str = "en", layout: str = LAYOUT, social: str = HANDLE
) -> Document:
    """The layout composed with these fields, which must set without a problem."""
    kit = load_kit(kit_with(tmp_path, layout, helpline, social))
    errs: Collector = Collector()
    overflows: list[OverflowReport] = []
    doc = compose_content(
        kit.layouts["fallback"],
        resolve_kit(kit, kit.languages[lang]),
        load_fontbook(kit.fonts_dir),
        errs,
        overflows,
    )
    assert not [d for d in errs.items if d.code != "text.short-variant"], errs.items
    assert not overflows
    return doc


def lines_mm(doc: Document) -> dict[str, list[tuple[float, float, float]]]:
    """Each text's lines: (left, right, baseline) in mm from the page's top left."""
    return {
        item.slot: [
            (
                round((item.box.x + ln.x) / MM, 1),
                round((item.box.x + ln.x + ln.width) / MM, 1),
                round((item.box.y + item.top + ln.baseline) / MM, 1),
            )
            for ln in item.text.lines
        ]
        for item in doc.pages[0].items
        if isinstance(item, TextItem)
    }


def texts(doc: Document) -> dict[str, str]:
    return {
        item.slot: " | ".join(ln.actual_text() for ln in item.text.lines)
        for item in doc.pages[0].items
        if isinstance(item, TextItem)
    }


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_two_texts_that_fit_side_by_side_stay_so(tmp_path: Path, lang: str) -> None:
    doc = compose(tmp_path, f'"{SHORT_PHONE}"', lang)
    assert texts(doc) == {"phone": SHORT_PHONE, "handle": HANDLE}  # no `both`
    lines = lines_mm(doc)
    (phone,), (handle,) = lines["phone"], lines["handle"]
    # one row: each set at the foot of its frame (a line is 5.1 mm; the handle's "p"
    # descends further than the digits, its baseline 0.1 mm higher)
    assert abs(phone[2] - handle[2]) < 0.2
    if lang == "en":  # the helpline from the start edge (left), the handle to the end
        assert phone[0] == 2.0
        assert handle[1] == 58.0
    else:  # mirrored: the helpline at the right, the handle at the left
        assert phone[1] == 58.0
        assert handle[0] == 2.0


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_helpline_too_long_for_its_half_stacks_the_two(tmp_path: Path, lang: str) -> None:
    doc = compose(tmp_path, f'"{LONG_PHONE}"', lang)
    assert texts(doc) == {"both": f"{LONG_PHONE} | {HANDLE}"}  # phone and handle gave way
    (phone, handle) = lines_mm(doc)["both"]
    assert phone[2] < handle[2]  # the helpline above the handle
    assert handle[2] > 50.0  # the handle's line at the row's foot, where it stood beside
    edge = 0 if lang == "en" else 1  # both lines from the start edge: left, or right in ar
    assert phone[edge] == handle[edge] == (2.0 if lang == "en" else 58.0)
    assert phone[1] - phone[0] > 27  # wider than its half of the row
    for left, right, _ in (phone, handle):
        assert 2.0 <= left
        assert right <= 58.0


def test_a_handle_too_long_for_its_half_stacks_the_two(tmp_path: Path) -> None:
    long = "@example_blue_heart"  # 33 mm at 10 pt: more than its half of the row
    doc = compose(tmp_path, f'"{SHORT_PHONE}"', social=long)
    assert texts(doc) == {"both": f"{SHORT_PHONE} | {long}"}


def test_a_text_set_in_its_short_form_beside_the_other_is_set_whole_stacked(
    tmp_path: Path,
) -> None:
    """A field's `short:` is printed where its whole text does not fit: stacked, it does."""
    doc = compose(tmp_path, f'{{text: "{LONG_PHONE}", short: "{SHORT_PHONE}"}}')
    assert texts(doc) == {"both": f"{LONG_PHONE} | {HANDLE}"}


def test_a_fallback_may_have_its_own_fallback(tmp_path: Path) -> None:
    """A third arrangement, drawn where the second does not fit either: the stacked lines'
    frame made too short for two lines at 10 pt, a smaller size on a narrower style."""
    third = LAYOUT.replace("top: 38, width: 56, height: 16", "top: 46, width: 56, height: 8") + (
        "  - {name: small, kind: text, field: [helpline, social], style: small, valign: "
        "bottom,\n     fallback_for: both, frame: {start: 2, top: 38, width: 56, height: 16}}\n"
    )
    third = third.replace(
        "slots:\n", "  small: {size: 8, colour: black, max_lines: 1}\nslots:\n", 1
    )
    assert texts(compose(tmp_path / "a", f'"{SHORT_PHONE}"', layout=third)) == {
        "phone": SHORT_PHONE,
        "handle": HANDLE,
    }
    doc = compose(tmp_path / "b", f'"{LONG_PHONE}"', layout=third)
    assert texts(doc) == {"small": f"{LONG_PHONE} | {HANDLE}"}


def refused(root: Path) -> str:
    """The errors loading the kit at `root` stops with, as the command line prints them."""
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(root)
    return exc.value.render().replace(str(root.resolve()) + "/", "")


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (
            "fallback_for: [phon, handle]",
            "error[ref.slot]: unknown slot 'phon' in slot 'both' (fallback_for): page 'front' "
            "of fallback.yaml has no slot of that name\n  hint: did you mean 'phone'?",
        ),
        (
            "fallback_for: [both, handle]",
            "error[layout.fallback]: slot 'both' stands in for slot 'both' (fallback_for), "
            "itself\n  hint: name the text slots this slot is drawn in place of when their "
            "text does not fit their frames (phone, handle)",
        ),
        (
            "fallback_for: [ground, handle]",
            "error[layout.fallback]: slot 'both' stands in for slot 'ground' (fallback_for), "
            "a slot that is not a text: it has no text that may not fit its frame\n"
            "  hint: name the text slots",
        ),
        (
            "fallback_for: [phone, phone]",
            "error[layout.fallback]: slot 'both' stands in for slot 'phone' (fallback_for), "
            "named twice\n  hint: name each slot once",
        ),
    ],
)
def test_a_slot_it_cannot_stand_in_for_is_named_at_it(
    tmp_path: Path, new: str, message: str
) -> None:
    broken = LAYOUT.replace(
        "slots:\n",
        "slots:\n  - {name: ground, kind: shape, fill: blue, frame: "
        "{start: 0, top: 0, width: 60, height: 60}}\n",
    ).replace("fallback_for: [phone, handle]", new)
    text = refused(kit_with(tmp_path, broken, f'"{SHORT_PHONE}"'))
    at = broken.index(new)
    line = broken[:at].count("\n") + 1
    column = len(broken[:at].rsplit("\n", 1)[-1]) + len("fallback_for: [") + 1  # the name
    assert f"materials/layouts/fallback.yaml:{line}:{column}: {message}" in text, text
    assert text.count("(fallback_for)") == 1


def test_two_slots_that_stand_in_for_each_other_are_refused(tmp_path: Path) -> None:
    """Which of the two would be drawn depends on the other: told at each name."""
    circle = LAYOUT.replace(
        "style: side, valign: bottom,\n", "style: side, valign: bottom, fallback_for: both,\n"
    )
    text = refused(kit_with(tmp_path, circle, f'"{SHORT_PHONE}"'))
    line = circle.index("fallback_for: both")
    row = circle[:line].count("\n") + 1
    column = len(circle[:line].rsplit("\n", 1)[-1]) + len("fallback_for: ") + 1
    assert (
        f"materials/layouts/fallback.yaml:{row}:{column}: error[layout.fallback]: slot "
        "'phone' stands in for slot 'both' (fallback_for), a slot that stands in for 'phone' "
        "in its turn: which of the two is drawn would depend on the other"
    ) in text, text
    assert "slot 'both' stands in for slot 'phone' (fallback_for), a slot that stands" in text


def test_check_lays_out_what_a_fallback_covers_once_an_office_fills_its_contacts(
    tmp_path: Path,
) -> None:
    """`check` of a kit whose contacts are empty lays its layouts out with samples of a usual
    length (`layout.when-filled`), which fit side by side: the stacked slot, drawn only where
    they do not, covered a text above it unseen until an office's long helpline."""
    # side by side down to 7 pt: the samples fit there
    covered = LAYOUT.replace("bleed: 2\n", "bleed: 3\nground: paper\n").replace(
        "min_size: 10, colour: black, max_lines: 1", "min_size: 7, colour: black, max_lines: 1"
    )
    covered = covered.replace(
        "slots:\n",
        "slots:\n  - {name: note, kind: text, string: word, style: side, valign: bottom,\n"
        "     role: heading, frame: {start: 2, top: 38, width: 56, height: 8}}\n",
    )
    root = kit_with(tmp_path, covered, '""', "")
    code, out = check(root)
    at = covered.index("{name: both")
    line, column = covered[:at].count("\n") + 1, len(covered[:at].rsplit("\n", 1)[-1]) + 1
    assert (
        f"materials/layouts/fallback.yaml:{line}:{column}: warning[layout.when-filled]: "
        "fallback [en] slot 'both': once an office fills its contacts (helpline '+00 000 000 "
        "0000', social '@BlueHeartExample', samples of a usual length), with slot 'both' in "
        "place of 'phone' and 'handle' (`fallback_for`, as where those do not fit): slot "
        "'both' covers slot 'note'"
    ) in out, out
    assert code == 0, out  # a warning
    fits = covered.replace("top: 38, width: 56, height: 8", "top: 20, width: 56, height: 8")
    (root / "materials/layouts/fallback.yaml").write_text(fits, encoding="utf-8")
    code, out = check(root)
    assert "layout.when-filled" not in out, out
