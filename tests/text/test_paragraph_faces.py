"""Which font sets each character (`assign_faces`) and how a character without one is named
(survivors of the third mutation pass over text/paragraph.py, see
docs/mutation/text-and-layout.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from campaign.fonts import FontBook
from campaign.text.paragraph import MissingGlyphError, assign_faces, describe_char

# NotoSans, NotoSansArabic and NotoSansSC by their first letters in the expectations below
SHORT = {"NotoSans": "L", "NotoSansArabic": "A", "NotoSansSC": "C"}


def families(fonts: FontBook, text: str) -> str:
    return "".join(SHORT[f.family] for f in assign_faces(text, fonts.stack("Latn", "regular")))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a format character stays with the previous font, even one that lacks it (only
        # NotoSans maps U+2066 LEFT-TO-RIGHT ISOLATE)
        ("ب\u2066x", "AAL"),
        # white space that is a control character stays where the previous font maps it
        # (U+000D: NotoSansArabic has it) or, unmapped, falls to it (U+0009: no font has it)
        ("ب\rب", "AAA"),
        ("ب\tب", "AAA"),
        # unmapped control and format characters first in the text take the stack's first font
        ("\tب", "LA"),
        ("\U000e0001ب", "LA"),  # LANGUAGE TAG (Cf)
        # a variation selector no font maps (U+FE0F, a mark) joins the previous font, or the
        # first font at the start
        ("ب\ufe0f", "AA"),
        ("\ufe0fب", "LA"),
        # a letter after a font that maps it still takes the stack's first font that maps it:
        # NotoSansSC has Latin letters, the Latin stack puts NotoSans first
        ("中a", "CL"),
        ("ب\u00adب", "AAA"),  # a soft hyphen (Cf) inside an Arabic word
    ],
)
def test_each_character_takes_the_font_that_sets_it(
    fonts: FontBook, text: str, expect: str
) -> None:
    assert families(fonts, text) == expect


def test_a_line_break_never_switches_fonts(fonts: FontBook) -> None:
    """U+000A stays with the previous character's font even when a font before it in the stack
    maps U+000A (none of the kit's does: a copy of NotoSans is given it here)."""
    latin = fonts.face("NotoSans", "regular")
    arabic = fonts.face("NotoSansArabic", "regular")
    with_lf = replace(latin)
    with_lf.cmap = latin.cmap | {0x0A}
    assert assign_faces("ب\nب", [with_lf, arabic]) == [arabic, arabic, arabic]
    assert assign_faces("a\nب", [with_lf, arabic]) == [with_lf, with_lf, arabic]


def test_a_character_no_font_has_names_the_whole_stack(fonts: FontBook) -> None:
    stack = fonts.stack("Latn", "regular")
    with pytest.raises(MissingGlyphError) as exc:
        assign_faces("Blue ߒ", stack)
    assert (exc.value.char, exc.value.index, exc.value.tried) == ("ߒ", 5, stack)
    assert str(exc.value) == "'ߒ' (U+07D2 NKO LETTER N)"


def test_a_character_without_a_unicode_name_is_described_as_unnamed() -> None:
    assert describe_char("\ue000") == "'\ue000' (U+E000 unnamed character)"
    assert describe_char("\U000e0001") == "'\U000e0001' (U+E0001 LANGUAGE TAG)"


def test_the_first_fonts_shortcut_gives_what_each_character_would(fonts: FontBook) -> None:
    """`assign_faces` answers at once when the stack's first font has every character; the
    answer is `each_face`'s for every string of every language of the kit (with that
    language's own stack: Arabic, CJK, Devanagari, Ethiopic, Khmer...), and for texts the
    first font lacks a character of."""
    from pathlib import Path

    from campaign.kit.load import load_kit
    from campaign.text.paragraph import each_face
    from campaign.text.scripts import script_of

    kit = load_kit(Path(__file__).resolve().parents[2])
    shortcut = 0
    for code, lang in kit.languages.items():
        for entry in lang.strings.values():
            for text in filter(None, (entry.text, entry.short)):
                stack = fonts.stack(script_of(text), "regular", code)
                try:
                    slow = each_face(text, stack)
                except MissingGlyphError:
                    continue
                fast = assign_faces(text, stack)
                assert [f.key for f in fast] == [f.key for f in slow], (code, entry.key)
                shortcut += stack[0].cmap.issuperset(map(ord, text))
    assert shortcut > 500  # most strings take the shortcut
    latin = fonts.stack("Latn", "regular")
    for text in ("Blue Heart ب", "終結 trafficking", "x\u200d\u0301", "A\u2066B"):
        assert assign_faces(text, latin) == each_face(text, latin)
