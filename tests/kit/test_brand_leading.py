"""A Latin brand font changes the spacing of Latin lines only. The automatic leading compared
each family's ascender + descender with the Latin family's: URW Bookman (1.0 em) listed first
for Latn (README, *Brand fonts*) spaced Russian lines 1.36 and Arabic ones 2.11 times the
style's leading apart (1 and 1.55 with Noto Sans), and six Arabic titles of the A5 flyer no
longer fitted (a trial). The brand fonts here are Noto Sans with the vertical metrics (hhea) of
a short font (Bookman's 717 + 283 units) and of a tall one (1300 + 400), made in tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from campaign.fonts import FontBook, load_fontbook
from campaign.text.paragraph import BlockStyle, prepare, set_paragraphs

from ..kits import ROOT, check

# the README's setup: the brand font first for Latn, Latn taken out of Noto Sans's list
BRAND_FONTS = """\
families:
  Brand: {regular: Brand-Regular.ttf, bold: Brand-Bold.ttf, scripts: [Latn]}
  NotoSans: {regular: NotoSans-Regular.ttf, bold: NotoSans-Bold.ttf, scripts: [Cyrl, Grek]}
  NotoSansArabic:
    regular: NotoSansArabic-Regular.ttf
    bold: NotoSansArabic-Bold.ttf
    scripts: [Arab]
"""
SHORT = (717, 283)  # URW Bookman Light's hhea ascender and descender: 1.0 em
TALL = (1300, 400)  # 1.7 em
NOTO = 1.362  # Noto Sans's ascender + descender, em
ARABIC = 2.112  # Noto Sans Arabic's


def brand_fonts(folder: Path, ascender: int, descender: int) -> Path:
    """A fonts/ folder: Noto Sans's files with these hhea metrics as the family Brand, Noto
    Sans and Noto Sans Arabic, listed by BRAND_FONTS."""
    folder.mkdir(parents=True)
    for weight in ("Regular", "Bold"):
        font = TTFont(ROOT / "fonts" / f"NotoSans-{weight}.ttf")
        font["hhea"].ascent, font["hhea"].descent = ascender, -descender
        font.save(folder / f"Brand-{weight}.ttf")
        for family in ("NotoSans", "NotoSansArabic"):
            shutil.copy(ROOT / "fonts" / f"{family}-{weight}.ttf", folder)
    (folder / "fonts.yaml").write_text(BRAND_FONTS, encoding="utf-8")
    return folder


def pitch(fonts: FontBook, script: str, lang: str, rtl: bool, texts: tuple[str, str]) -> float:
    """The distance in pt between the baselines of two one-line paragraphs set at 10 pt with
    a leading of 1.2 and no gap between paragraphs."""
    stack = fonts.stack(script, "regular", lang)
    style = BlockStyle(10, 1.2, "start", rtl, 0.0)
    paras = [prepare(t, lang, rtl, stack) for t in texts]
    lines, _, _ = set_paragraphs(paras, 200, style, stack[0])
    assert len(lines) == 2
    return lines[1].baseline - lines[0].baseline


RUSSIAN = ("Cyrl", "ru", False, ("Синее сердце", "для всех"))
ARABIC_TEXT = ("Arab", "ar", True, ("القلب الأزرق", "للجميع"))
LATIN = ("Latn", "en", False, ("Blue Heart", "for all"))


@pytest.mark.parametrize("metrics", [SHORT, TALL], ids=["short", "tall"])
def test_a_latin_brand_font_leaves_other_scripts_lines_as_they_were(
    tmp_path: Path, metrics: tuple[int, int]
) -> None:
    """Russian in Noto Sans 12 pt apart (10 pt x 1.2), Arabic 12 x 2.112 / 1.362 = 18.608 pt,
    with the stock fonts and with either brand font."""
    stock = load_fontbook(ROOT / "fonts")
    brand = load_fontbook(brand_fonts(tmp_path / "fonts", *metrics))
    assert brand.latin == "Brand"
    for fonts in (stock, brand):
        assert pitch(fonts, *RUSSIAN) == pytest.approx(12.0, abs=1e-6)
        assert pitch(fonts, *ARABIC_TEXT) == pytest.approx(12.0 * ARABIC / NOTO, abs=1e-6)


@pytest.mark.parametrize(
    ("metrics", "expected"),
    [(SHORT, 12.0), (TALL, 12.0 * 1.7 / NOTO)],
    ids=["short", "tall"],
)
def test_latin_lines_are_spaced_by_the_brand_fonts_own_height(
    tmp_path: Path, metrics: tuple[int, int], expected: float
) -> None:
    """The short brand font keeps the style's leading (12 pt, as Noto Sans has it); the tall
    one, 1.7 em against Noto Sans's 1.362, spaces Latin lines 14.978 pt apart."""
    brand = load_fontbook(brand_fonts(tmp_path / "fonts", *metrics))
    assert pitch(brand, *LATIN) == pytest.approx(expected, abs=1e-6)
    assert pitch(load_fontbook(ROOT / "fonts"), *LATIN) == pytest.approx(12.0, abs=1e-6)


def test_the_flyers_arabic_and_russian_fit_with_a_short_latin_brand_font(tmp_path: Path) -> None:
    """The trial's check of the A5 flyer in Arabic and Russian with the short brand font set
    up as the README says: no text.overflow (six at materials/strings/ar.yaml before) and no
    font.script-twice."""
    kit = tmp_path / "kit"
    shutil.copytree(ROOT / "materials", kit / "materials")
    (kit / "assets").symlink_to(ROOT / "assets")
    brand_fonts(kit / "fonts", *SHORT)
    code, text = check(kit, "--lang", "ar,ru", "--only", "flyer-a5")
    assert code == 0, text
    assert "error" not in text
    assert "text.overflow" not in text
    assert "font.script-twice" not in text
