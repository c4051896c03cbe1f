"""A Han character the page language's own font lacks is set from another language's font
(fonts/README.md): in that font's forms, so `check` and `build` say so (`text.han-fallback`,
a warning; an error with --strict), naming the characters, the font used and the fix. A
Japanese poster set two kanji from the Traditional Chinese face, `build` saying nothing (a
trial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import check, mini_copy, mini_with_language

HINT = (
    "  hint: add the characters to {own}: its recipe's --chars in fonts/tools/make_ttf.py, "
    "then run it (fonts/README.md), or put a full font in its place; or write a form {own} "
    "has\n"
)


def kit_in(tmp_path: Path, code: str, word: str) -> Path:
    """The mini kit with a strings file for `code` whose `word` (line 5) is `word`."""
    return mini_with_language(tmp_path, code, f"  word: {word}\n  emblem_alt: 心\n")


@pytest.mark.parametrize(
    ("code", "word", "own", "said"),
    [
        # 囍 (double happiness) is JIS X 0213's plane 2 (level 4), which the JP subset leaves
        # out (fonts/README.md): TC has it
        (
            "ja",
            "囍",
            "NotoSansJP",
            "'囍' (U+56CD CJK UNIFIED IDEOGRAPH-56CD) is not in NotoSansJP, the font of ja, and "
            "set from NotoSansTC (the font of zh-Hant), in its forms",
        ),
        # 丟 is Big5's, not a KS X 1001 hanja
        (
            "ko",
            "丟",
            "NotoSansKR",
            "'丟' (U+4E1F CJK UNIFIED IDEOGRAPH-4E1F) is not in NotoSansKR, the font of ko, and "
            "set from NotoSansTC (the font of zh-Hant), in its forms",
        ),
        # 们 is Simplified: a Traditional text has it from SC
        (
            "zh-Hant",
            "我们",
            "NotoSansTC",
            "'们' (U+4EEC CJK UNIFIED IDEOGRAPH-4EEC) is not in NotoSansTC, the font of zh-Hant, "
            "and set from NotoSansSC (the font of zh), in its forms",
        ),
    ],
)
def test_a_han_character_from_another_language_font_is_a_warning(
    tmp_path: Path, code: str, word: str, own: str, said: str
) -> None:
    kit = kit_in(tmp_path, code, word)
    status, out = check(kit, "--lang", code)
    assert status == 0, out
    assert out.count("[text.han-fallback]") == 1, out
    col = 9 + word.index(said[1])  # the character's place in `  word: ...` (line 5)
    assert (
        f"materials/strings/{code}.yaml:5:{col}: warning[text.han-fallback]: [{code}] 'word': "
        f"{said}; in string(s) 'word' (badge, text)\n" + HINT.format(own=own)
    ) in out, out
    status, out = check(kit, "--lang", code, "--strict")
    assert status == 1
    assert f"materials/strings/{code}.yaml:5:{col}: error[text.han-fallback]: [{code}]" in out


def test_several_characters_and_fonts_are_one_warning_per_font(tmp_path: Path) -> None:
    """囍 and 丟 from TC, 们 (Simplified) from SC: one warning for each font they come from."""
    status, out = check(kit_in(tmp_path, "ja", "囍 丟 们"), "--lang", "ja")
    assert status == 0, out
    assert out.count("[text.han-fallback]") == 2, out
    assert (
        "warning[text.han-fallback]: [ja] 'word': 2 Han characters are not in NotoSansJP, the "
        "font of ja, and set from NotoSansTC (the font of zh-Hant), in its forms: '囍' (U+56CD "
        "CJK UNIFIED IDEOGRAPH-56CD), '丟'; in string(s) 'word' (badge, text)\n"
    ) in out, out
    assert (
        "warning[text.han-fallback]: [ja] 'word': '们' (U+4EEC CJK UNIFIED IDEOGRAPH-4EEC) is "
        "not in NotoSansJP, the font of ja, and set from NotoSansSC (the font of zh), in its "
        "forms; in string(s) 'word' (badge, text)\n"
    ) in out, out


def test_the_trials_japanese_line_is_set_from_the_japanese_face_without_a_word(
    tmp_path: Path,
) -> None:
    """噓 and 𠮟 (a jōyō kanji JIS X 0208 lacks) are in the kit's Japanese face now."""
    status, out = check(
        kit_in(tmp_path, "ja", "噓や𠮟責に負けないで。"), "--lang", "ja", "--strict"
    )
    assert status == 0, out
    assert "han-fallback" not in out


# Japanese names from contacts (a trial): 髙 (U+9AD9, the "ladder" form of 高 in 髙橋) is a
# Windows-31J IBM extension kanji that JIS X 0213 lacks; 﨑 (U+FA11, in 山﨑) and 鷗 (U+9DD7,
# in 森鷗外) are JIS X 0213 plane 1. Before, 髙 and 﨑 were in no kit font and 鷗 came from TC.
def test_japanese_names_are_set_from_the_japanese_face_without_a_word(tmp_path: Path) -> None:
    status, out = check(kit_in(tmp_path, "ja", "髙橋 山﨑 森鷗外"), "--lang", "ja", "--strict")
    assert status == 0, out
    assert "han-fallback" not in out
    assert "no-glyph" not in out


# Hanzi of the Table of General Standard Chinese Characters (2013) that GB 2312 lacks: 啰 瞭
# (level 1), 旻 彧 (level 2), 昇 (level 3). Before, 啰 was in no kit font, 瞭 旻 昇 came from
# TC and 彧 from KR.
def test_general_standard_hanzi_are_set_from_the_simplified_face_without_a_word(
    tmp_path: Path,
) -> None:
    status, out = check(kit_in(tmp_path, "zh", "啰 瞭 旻 彧 昇"), "--lang", "zh", "--strict")
    assert status == 0, out
    assert "han-fallback" not in out
    assert "no-glyph" not in out


def test_a_page_whose_language_names_no_han_font_is_not_warned(tmp_path: Path) -> None:
    """A Han character on an English page comes from the first Han face (SC), as ever: no
    language's forms are expected there."""
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", "word: Heart 丟 德")})
    status, out = check(kit, "--lang", "en", "--strict")
    assert status == 0, out
