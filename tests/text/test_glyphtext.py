"""The text of glyphs without code points (text.glyphtext), and PDFs whose text layer reads as
the words set: a ligature, a conjunct and a moved tone mark were private-use characters to
anyone copying or searching the print and digital PDFs (51 pages of the default kit)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import load_fontbook
from campaign.render import pdfx
from campaign.render.glyphcodes import _aliased
from campaign.render.glyphs import draw_run
from campaign.render.metadata import DocMeta, OutputCondition
from campaign.render.pdf import reportlab_settings, stored
from campaign.render.postprocess import finish_print
from campaign.text.glyphtext import _texts, glyph_texts
from campaign.text.paragraph import build_line, prepare
from campaign.text.scripts import default_ignorable

ROOT = Path(__file__).resolve().parents[2]
FONTS = load_fontbook(ROOT / "fonts")
COND = OutputCondition(
    "fogra39", ROOT / "assets/icc/fogra39l_coated.icc", "FOGRA39", "Coated FOGRA39"
)
META = DocMeta("t", "en", "t", "abc", 2025)


def _gid(font: Path, name: str) -> int:
    with TTFont(str(font), lazy=True) as f:
        return int(f.getGlyphID(name))


def test_a_conjunct_is_its_consonants_and_a_form_its_letter() -> None:
    deva = ROOT / "fonts/NotoSansDevanagari-Regular.ttf"
    texts = glyph_texts(deva)
    assert texts[_gid(deva, "kassadeva")] == "क्ष"  # ka, virama, ssa: a ligature of a half form
    thai = ROOT / "fonts/NotoSansThai-Regular.ttf"
    assert glyph_texts(thai)[_gid(thai, "uni0E31.narrow")] == "\u0e31"  # a single substitution


def test_a_glyph_with_a_code_point_is_not_given_another_text() -> None:
    deva = ROOT / "fonts/NotoSansDevanagari-Regular.ttf"
    texts = _texts(deva)
    with TTFont(str(deva), lazy=True) as f:
        cmap = f.getBestCmap()
    assert _gid(deva, cmap[ord("क")]) not in texts


@pytest.mark.parametrize("font", ["NotoSansBengali-Regular.ttf", "NotoSansKhmer-Regular.ttf"])
def test_joiners_are_no_text_of_their_own(font: str) -> None:
    texts = _texts(ROOT / "fonts" / font)
    assert texts
    assert not [t for t in texts.values() if any(default_ignorable(c) for c in t)]


def _drawn(text: str, lang: str, script: str, finished: bool) -> bytes:
    p = prepare(text, lang, False, FONTS.stack(script, "regular", lang))
    runs, _ = build_line(p, 0, len(text), 12)
    buf = io.BytesIO()
    latin = FONTS.face("NotoSans", "regular")
    with reportlab_settings(latin.key, pdfx.deflate if finished else stored):
        canvas = Canvas(buf, invariant=1, pagesize=(600, 40), pdfVersion=pdfx.PDF_VERSION)
        for r in runs:
            draw_run(canvas, r, 10 + r.x, 10, 12)
        canvas.showPage()
        if finished:
            pdfx.finish(canvas._doc, pdfx.PrintFile(COND, META))
        canvas.save()
    if finished:
        return pdfx.identified(buf.getvalue())
    return finish_print(buf.getvalue(), COND, META)


@pytest.mark.parametrize("finished", [True, False], ids=["as-written", "pikepdf"])
@pytest.mark.parametrize(
    ("text", "lang", "script", "read"),
    [
        ("ไม่ทิ้งเด็กคนใดไว้ข้างหลัง", "th", "Thai", "ไม่ทิ้งเด็กคนใดไว้ข้างหลัง"),
        ("मानव तस्करी", "hi", "Deva", "मानव तस्करी"),
        ("#EndHumanTrafficking", "zh", "Hans", "#EndHumanTrafficking"),
    ],
)
def test_the_text_layer_reads_the_words(
    text: str, lang: str, script: str, read: str, finished: bool
) -> None:
    data = _drawn(text, lang, script, finished)
    got = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert not [c for c in got if 0xE000 <= ord(c) <= 0xF8FF]
    assert read in got


@pytest.mark.parametrize("finished", [True, False], ids=["as-written", "pikepdf"])
def test_a_glyph_the_font_maps_to_another_character_reads_as_the_one_drawn(
    finished: bool,
) -> None:
    """Urdu's six U+06F6 is drawn (the font's `locl` for Urdu) with the glyph of the
    Arabic-Indic six U+0666, which the text layer read: an alias code reads as U+06F6. The
    same glyph drawn for U+0666 in Arabic, in the same process and with the same glyph run,
    still reads U+0666 (the drawn runs are kept by their text too)."""
    urdu = "۱۲۳۴۵۶۷۸۹۰"
    for text, lang in ((urdu, "ur"), ("۶", "ur"), ("٦", "ar"), ("۶", "ur")):
        got = pdfium.PdfDocument(_drawn(text, lang, "Arab", finished))[0]
        assert got.get_textpage().get_text_range() == text


def test_a_zero_width_non_joiner_reads_as_itself_not_a_space() -> None:
    """HarfBuzz draws a ZWNJ with the font's space glyph at no advance, which read as a space
    inside Persian words (شناسایی‌شده read "شناسایی شده"): an alias code reads U+200C."""
    got = pdfium.PdfDocument(_drawn("شناسایی\u200cشده", "fa", "Arab", True))[0]
    text = got.get_textpage().get_text_range()
    assert "\u200c" in text
    assert " " not in text


def test_a_vowel_sign_split_in_two_is_not_read_twice() -> None:
    """Bengali ো is drawn as two glyphs, the e-sign's before the consonant and the aa-sign's
    after it; HarfBuzz numbers the second as the vowel's cluster alone. Read from the glyphs
    (no ActualText here), the characters are the word's, canonically (NFD), in drawing
    order: the aa-sign's glyph is not taken for the whole vowel (that read ো and a second e)."""
    word = "কোনো"
    got = pdfium.PdfDocument(_drawn(word, "bn", "Beng", True))[0]
    text = got.get_textpage().get_text_range()
    assert sorted(unicodedata.normalize("NFD", text)) == sorted(unicodedata.normalize("NFD", word))


def test_a_compatibility_form_is_left_to_the_reader() -> None:
    """A glyph the cmap gives an Arabic presentation form (U+FE96, ت's final form) reads as
    that form, which readers take for its letter (NFKC): no alias code for it. Urdu's six is
    another character than the Arabic-Indic six's, and a Bengali sign a mark: the first gets
    one, the second none."""
    assert not _aliased("ت", 0xFE96)
    assert _aliased("۶", 0x0666)
    assert not _aliased("া", 0x0981)
    assert not _aliased("", 0x0666)
