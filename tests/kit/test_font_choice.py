"""The kit's Latin font is the family fonts/fonts.yaml lists first for Latn, whatever its
name: a designer's own Latin font ("Brand", `scripts: [Latn]`, listed first) sets the Latin
words inside an Arabic line and the fallback, where a family named NotoSans was asked for by
name (and a fonts.yaml without one was refused). A fonts.yaml with no Latn family is
`font.latin`; a script two families list and a family with no bold whose languages a layout
sets in bold are warnings at their lines (`font.script-twice`, `font.no-bold`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
from fontTools.ttLib import TTFont

from campaign.fonts import load_fontbook

from ..kits import ROOT, build, check, cli, mini_copy, out_path

ARABIC = """\
  NotoSansArabic:
    regular: NotoSansArabic-Regular.ttf
    bold: NotoSansArabic-Bold.ttf
    scripts: [Arab]
"""
# Brand first, for Latin only; Noto Sans stays for Cyrillic and Greek
BRAND_FIRST = (
    """\
families:
  Brand:
    regular: Brand-Regular.ttf
    bold: Brand-Bold.ttf
    scripts: [Latn]
  NotoSans:
    regular: NotoSans-Regular.ttf
    bold: NotoSans-Bold.ttf
    scripts: [Cyrl, Grek]
"""
    + ARABIC
)


def brand_font(dest: Path, weight: str, lacking: str = "") -> None:
    """Noto Sans's `weight` file as the family BrandSans (its PostScript name
    BrandSans-<weight>, which the PDF embeds), without the characters `lacking`."""
    font = TTFont(ROOT / "fonts" / f"NotoSans-{weight}.ttf")
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = "BrandSans"
        elif record.nameID == 4:
            record.string = f"BrandSans {weight}"
        elif record.nameID == 6:
            record.string = f"BrandSans-{weight}"
    for table in font["cmap"].tables:
        for c in lacking:
            table.cmap.pop(ord(c), None)
    font.save(dest)


def font_kit(tmp_path: Path, fonts_yaml: str, lacking: str = "") -> Path:
    """The mini kit (its Arabic word followed by the Latin 'UN') with a fonts/ folder of its
    own: Noto Sans, Noto Sans Arabic and the Brand files, listed by `fonts_yaml`."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("word: قلب\n", "word: قلب UN\n")})
    (kit / "fonts").unlink()
    (kit / "fonts").mkdir()
    (kit / "fonts/fonts.yaml").write_text(fonts_yaml, encoding="utf-8")
    for name in ("NotoSans", "NotoSansArabic"):
        for weight in ("Regular", "Bold"):
            shutil.copy(ROOT / "fonts" / f"{name}-{weight}.ttf", kit / "fonts")
    for weight in ("Regular", "Bold"):
        brand_font(kit / "fonts" / f"Brand-{weight}.ttf", weight, lacking)
    return kit


def embedded_fonts(pdf_path: Path) -> set[str]:
    """The PostScript names of the fonts a PDF embeds, without their subset tags."""
    with pikepdf.open(pdf_path) as pdf:
        return {
            str(o.BaseFont).split("+")[-1]
            for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"
        }


def test_the_latin_words_of_an_arabic_line_are_set_in_the_first_latin_family(
    tmp_path: Path,
) -> None:
    """'قلب UN': the Arabic word in Noto Sans Arabic, 'UN' in Brand, which fonts.yaml lists
    for Latn; Noto Sans (still in the list, for Cyrillic and Greek) is not in the PDF."""
    kit = font_kit(tmp_path, BRAND_FIRST)
    out = build(kit, tmp_path / "out", "--only", "text", "--lang", "ar")
    assert embedded_fonts(out / out_path("text", "ar")) == {"BrandSans-Bold", "NotoSansArabic-Bold"}


def test_the_fallback_after_a_scripts_font_is_the_latin_family(tmp_path: Path) -> None:
    """The Arabic stack tries Brand second (before Noto Sans, which fonts.yaml lists next),
    and a text's Latin face (line metrics, hyphens) is Brand's."""
    fonts = load_fontbook(font_kit(tmp_path, BRAND_FIRST) / "fonts")
    assert fonts.latin == "Brand"
    assert [f.key for f in fonts.stack("Arab", "bold", "ar")] == [
        "NotoSansArabic-Bold",
        "Brand-Bold",
        "NotoSans-Bold",
    ]
    assert fonts.slug_face().key == "Brand-Regular"


def test_the_slug_is_set_in_a_family_with_every_ascii_character(tmp_path: Path) -> None:
    """A Latin family without '|' (the slug's separator) leaves the slug to the first family
    in fonts.yaml that has every printable ASCII character: Noto Sans, not a '?' or a
    missing glyph in the print shop's job information."""
    fonts = load_fontbook(font_kit(tmp_path, BRAND_FIRST, lacking="|") / "fonts")
    assert fonts.latin == "Brand"
    assert fonts.slug_face().key == "NotoSans-Regular"


def test_a_font_list_without_a_latin_family_is_an_error_at_families(tmp_path: Path) -> None:
    """At the `families:` line (the second: a comment comes first)."""
    no_latin = BRAND_FIRST.replace("scripts: [Latn]", "scripts: [Cyrl]")
    kit = font_kit(tmp_path, "# Brand without Latin\n" + no_latin)
    assert check(kit) == (
        1,
        "fonts/fonts.yaml:2:1: error[font.latin]: no family is the Latin font: none lists Latn "
        "in its `scripts:`\n"
        "  hint: add Latn to the `scripts:` of the family for Latin text (scripts: [Latn, "
        "Cyrl, Grek] for NotoSans); the first family that lists it sets the Latin words of "
        "every language, the characters a script's font lacks, and the slug\n"
        "1 error(s)\n",
    )


def test_a_script_two_families_list_is_a_warning_at_the_second(tmp_path: Path) -> None:
    kit = font_kit(tmp_path, BRAND_FIRST.replace("[Cyrl, Grek]", "[Latn, Cyrl, Grek]"))
    code, text = check(kit)
    assert code == 0, text
    assert (
        "fonts/fonts.yaml:9:15: warning[font.script-twice]: NotoSans lists Latn in `scripts:`, "
        "as Brand above it does (line 5): Brand is the Latn font, NotoSans sets Latn text only "
        "where Brand lacks a character\n"
        "  hint: for Brand as the Latn font (a brand font listed first), take Latn out of "
        "NotoSans's `scripts:`: NotoSans still sets the characters Brand lacks; to set Latn in "
        "NotoSans, move NotoSans above Brand or take Latn out of Brand's `scripts:`; for a font "
        "only some languages use, list them in NotoSans's `languages:` (zh-Hant, ja) and take "
        "Latn out of its `scripts:`\n"
    ) in text
    assert "1 warning(s)" in text


NO_ARABIC_BOLD = BRAND_FIRST.replace("    bold: NotoSansArabic-Bold.ttf\n", "")


def no_bold(styles: str) -> str:
    return (
        "fonts/fonts.yaml:10:3: warning[font.no-bold]: NotoSansArabic has no `bold:` file: the "
        f"bold texts of ar (styles {styles}) are set in its regular\n"
        "  hint: add its bold file as `bold:` under NotoSansArabic (fonts/README.md says where "
        "each family comes from); a family made without a bold weight sets them in regular, "
        "as now\n"
    )


def test_a_family_without_bold_for_bold_texts_is_a_warning_at_its_line(tmp_path: Path) -> None:
    """The mini kit's badge and text styles are bold: Arabic's are set in its regular (the
    PDF embeds NotoSansArabic-Regular), which `check` and the build say (a build of one
    material names its styles only)."""
    kit = font_kit(tmp_path, NO_ARABIC_BOLD)
    code, text = check(kit)
    assert code == 0, text
    assert no_bold("badge 'word', text 'word'") in text
    assert "1 warning(s)" in text
    code, text = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "text")
    assert code == 0, text
    assert no_bold("text 'word'") in text.replace(f"{kit.resolve()}/", "")
    assert "NotoSansArabic-Regular" in embedded_fonts(tmp_path / "out" / out_path("text", "ar"))


def test_no_bold_is_said_only_of_the_languages_made(tmp_path: Path) -> None:
    """English has its bold: a check of `--lang en` has nothing to say about Arabic's."""
    kit = font_kit(tmp_path, NO_ARABIC_BOLD)
    code, text = check(kit, "--lang", "en")
    assert code == 0, text
    assert "font.no-bold" not in text


def test_the_shipped_kit_says_nothing_and_a_tifinagh_language_would_be_told() -> None:
    """The shipped fonts.yaml lists each script once, and its one family without a bold
    (NotoSansTifinagh: Noto has no Tifinagh bold) sets none of the kit's languages; a
    Tifinagh language added to the kit would have its bold texts said to be in regular."""
    from dataclasses import replace

    from campaign.fonts import bold_in_regular
    from campaign.kit import load_kit

    kit = load_kit(ROOT)
    fonts = load_fontbook(ROOT / "fonts")
    layouts = list(kit.layouts.values())
    assert fonts.latin == "NotoSans"
    assert fonts.warnings == ()
    assert bold_in_regular(fonts, kit.languages.values(), layouts) == []
    tifinagh = replace(kit.languages["en"], code="zgh", script="Tfng")
    (told,) = bold_in_regular(fonts, [*kit.languages.values(), tifinagh], layouts)
    assert (told.code, str(told.mark).split("fonts/")[-1]) == ("font.no-bold", "fonts.yaml:141:3")
    assert told.message.startswith("NotoSansTifinagh has no `bold:` file: the bold texts of zgh")
