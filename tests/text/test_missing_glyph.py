"""Characters no font has: one error per language and script, whatever the number of
characters, strings and materials, with a hint naming fonts/fonts.yaml."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy


def check(tmp_path: Path, word: str) -> tuple[int, str]:
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", f"word: {word}")})
    return cli("check", "--kit", kit, "--lang", "en")


def test_a_script_without_a_font_is_one_error_listing_its_characters(tmp_path: Path) -> None:
    # N'Ko ("ߒߞߏ", the script's own name) and Glagolitic: the kit has a font for neither
    code, out = check(tmp_path, "ߒߞߏ ⰀⰁⰂ ߒ")
    assert code == 1
    assert out.count("[text.no-glyph]") == 2, out
    assert (
        "error[text.no-glyph]: [en] 'word': 3 characters of script Nkoo have no glyph in any "
        "font: 'ߒ' (U+07D2 NKO LETTER N), 'ߞ', 'ߏ'; needed by string(s) 'word' (badge, text)\n"
        "  hint: add a font covering script Nkoo to fonts/fonts.yaml (fonts/README.md, "
        "'Adding a font for a new script'), or fix the text\n"
    ) in out, out
    assert "3 characters of script Glag have no glyph in any font: 'Ⰰ'" in out


def test_a_character_the_script_font_lacks_names_that_font(tmp_path: Path) -> None:
    # U+20000, a CJK Extension B ideograph: the kit's Han fonts are subsets without it
    code, out = check(tmp_path, "中\U00020000")
    assert code == 1
    assert out.count("[text.no-glyph]") == 1, out
    assert "'\U00020000' (U+20000 CJK UNIFIED IDEOGRAPH-20000) has no glyph in any font" in out
    assert (
        "hint: NotoSansSC (fonts/fonts.yaml, script Hani) lacks it: rebuild that font with "
        "these characters (fonts/tools/make_ttf.py --chars), or fix the text"
    ) in out


def test_a_weight_file_of_another_family_is_named_as_the_suspect(fonts: object) -> None:
    """A Thai font given as NotoSansKhmer's bold: 40 Khmer characters had no glyph, and the
    hint said to rebuild NotoSansKhmer with them."""
    from dataclasses import replace as changed

    from campaign.fonts import FontBook
    from campaign.layout.items.text import no_glyph_hint

    assert isinstance(fonts, FontBook)
    families = {k: dict(v) for k, v in fonts.families.items()}
    families["NotoSansKhmer"]["bold"] = fonts.folder / "NotoSansThai-Bold.ttf"
    wrong = changed(fonts, families=families, _faces={}, _stacks={})
    assert no_glyph_hint("Khmr", wrong, "ក", "bold") == (
        "NotoSansKhmer's regular file has it, its bold file (NotoSansThai-Bold.ttf) does not: "
        "check fonts/fonts.yaml's `bold:` for NotoSansKhmer (another family's file?)"
    )
    # the right files: the weight has it too, so the file is not the suspect
    assert "rebuild that font" in no_glyph_hint("Khmr", fonts, "ក", "bold")


def test_check_names_a_family_file_that_is_not_a_font_of_its_scripts(fonts: object) -> None:
    """`check` passed with a Thai font as NotoSansKhmer's bold; a build in Khmer then failed
    on its strings file."""
    from dataclasses import replace as changed

    from campaign.fonts import FontBook, script_gaps

    assert isinstance(fonts, FontBook)
    assert script_gaps(fonts) == []  # the kit's own fonts
    families = {k: dict(v) for k, v in fonts.families.items()}
    families["NotoSansKhmer"]["bold"] = fonts.folder / "NotoSansThai-Bold.ttf"
    (gap,) = script_gaps(changed(fonts, families=families, _faces={}, _stacks={}))
    lines = (fonts.folder / "fonts.yaml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, t in enumerate(lines, 1) if t.strip() == "bold: NotoSansKhmer-Bold.ttf")
    assert (gap.mark.path, gap.mark.line, gap.mark.col) == (fonts.folder / "fonts.yaml", line, 5)
    assert gap.render().split(":", 3)[3] == (
        " error[font.script]: NotoSansKhmer's bold file "
        "NotoSansThai-Bold.ttf has no letter of Khmr (no 'ក'), a script NotoSansKhmer is the "
        "font for: text in it would have no glyphs\n"
        "  hint: name a font of Khmr for `bold:` (another family's file?)"
    )


def test_check_stops_on_a_script_gap(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    from campaign.diagnostics import Diagnostic, DiagnosticsError, Mark
    from campaign.pipeline import api, checking

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    gap = Diagnostic("font.script", "a gap", Mark(tmp_path / "fonts.yaml", 3, 5))
    monkeypatch.setattr(checking, "script_gaps", lambda fonts: [gap])
    with pytest.raises(DiagnosticsError) as exc:
        api.check(mini_copy(tmp_path / "kit"), ("en",), ("text",))
    assert gap in exc.value.diagnostics
