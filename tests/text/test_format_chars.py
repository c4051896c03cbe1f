"""Format characters and tabs: a visible format character (Unicode's Prepended_Concatenation_Mark
and the other Cf characters that are not Default_Ignorable_Code_Point) needs a font like a
letter; an ignorable one stays with its neighbour's font; a tab is set as a space. Bug 1 of the
third mutation pass (docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.layout.items.text import missing_chars
from campaign.text.paragraph import MissingGlyphError, assign_faces, build_line, prepare
from campaign.text.scripts import VISIBLE_FORMAT, default_ignorable, ignorable_format

MARKS = ["\u0600", "\u0601", "\u0602", "\u0603", "\u0604", "\u0605", "\u06dd"]


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("before", ["No ", "UNICEF ", ""])
def test_a_visible_format_character_is_set_in_a_font_that_has_it(
    fonts: FontBook, mark: str, before: str
) -> None:
    text = f"{before}{mark}١٢"
    p = prepare(text, "ar", True, fonts.stack("Arab", "regular"))
    i = text.index(mark)
    assert p.faces[i].covers(ord(mark)), p.faces[i].family
    assert p.faces[i].family == "NotoSansArabic"
    runs, _ = build_line(p, 0, len(text), 12)
    assert all(g.gid != 0 for r in runs for g in r.glyphs)


def test_a_visible_format_character_no_font_has_is_an_error(fonts: FontBook) -> None:
    latin = [fonts.face("NotoSans", "regular")]
    assert not any(f.covers(0x0600) for f in latin)
    with pytest.raises(MissingGlyphError) as caught:
        assign_faces("No \u0600", latin)
    assert caught.value.index == 3
    assert str(caught.value) == "'\u0600' (U+0600 ARABIC NUMBER SIGN)"
    assert missing_chars("No \u0600 \u200d\u2066x\u2069", latin) == ["\u0600"]


@pytest.mark.parametrize(
    "mark", ["\u200d", "\u200c", "\u2066", "\u2069", "\u00ad", "\u061c", "\u2060"]
)
def test_an_ignorable_format_character_stays_with_the_previous_font(
    fonts: FontBook, mark: str
) -> None:
    latin = [fonts.face("NotoSans", "regular")]
    text = f"ab{mark}cd"
    faces = assign_faces(text, latin)
    assert faces[2] is faces[1]
    assert missing_chars(text, latin) == []


def test_which_format_characters_are_visible() -> None:
    assert not ignorable_format("\u0600")
    assert not ignorable_format("\u06dd")
    assert not ignorable_format("\ufff9")
    assert not ignorable_format("\U000110bd")
    assert ignorable_format("\u00ad")
    assert ignorable_format("\u200d")
    assert ignorable_format("\ufeff")
    assert not ignorable_format("a")
    assert not ignorable_format(" ")
    assert all(not ignorable_format(chr(cp)) for cp in VISIBLE_FORMAT)


def test_a_tab_is_set_as_a_space(fonts: FontBook) -> None:
    stack = fonts.stack("Latn", "regular")
    tab = prepare("Blue\tHeart", "en", False, stack)
    space = prepare("Blue Heart", "en", False, stack)
    assert tab.text == "Blue Heart"
    assert (tab.seg_em, tab.seg_ws_em) == (space.seg_em, space.seg_ws_em)
    runs, _ = build_line(tab, 0, len(tab.text), 12)
    assert all(g.gid != 0 for r in runs for g in r.glyphs)


def test_default_ignorable_adds_the_characters_that_are_not_format_characters() -> None:
    for ch in "\u034f\u115f\u17b4\u180b\u3164\ufe0f\uffa0\U000e0041\u200d\u00ad":
        assert default_ignorable(ch), f"U+{ord(ch):04X}"
    for ch in "a\u0600\u06dd\ufff9 \u3000\ue000":
        assert not default_ignorable(ch), f"U+{ord(ch):04X}"
