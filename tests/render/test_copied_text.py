"""The text copied and searched from right-to-left posters, in poppler (pdftotext, Evince,
Okular, pdftotext-based site search) and PDFium: the words of the strings, without the
presentation forms a font's cmap gives Arabic contextual forms and ligatures (U+FEDF for
lam's initial form, U+FEFB for lam-alef), nor private-use codes. PDFium normalised the
presentation forms; poppler gave them as they were, and a search for الاتجار on the Arabic
poster found nothing (thirty-sixth session)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
from fontTools.ttLib import TTFont

from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from campaign.render.tounicode import as_drawn, logical
from campaign.text.glyphtext import glyph_texts

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ar", "fa", "ur")
# the strings poster-a3 sets whole (materials/layouts/poster-a3.yaml; `day` has a field)
POSTER_KEYS = ("theme", "fact", "fact_source", "cta_title", "cta", "cta_donate", "cta_join")
# presentation forms (Alphabetic, Arabic A and B), the BMP's and plane 15's private use areas
UNWANTED = re.compile("[\ufb00-\ufdff\ufe70-\ufefe\ue000-\uf8ff\U000f0000-\U000ffffd]")
# what poppler adds around right-to-left and left-to-right stretches, and marks of direction
DIRECTION = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PUNCTUATION = re.compile(r"[\s.,:;!?()«»\"“”/،؛؟۔–—-]+")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    build(ROOT, Options(out, LANGS, ("poster-a3",), png=False))
    return out


def words(text: str) -> list[str]:
    """The text's words, NFC, without the marks that stay uncomposed (harakat, Persian's
    hamza above: a right-to-left line draws them as outlines, glyphs.raised_marks, and its
    text is the letters)."""
    text = DIRECTION.sub("", unicodedata.normalize("NFC", text))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return [w for w in PUNCTUATION.split(text) if w]


def poppler(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdfium_text(path: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    return "\n".join(page.get_textpage().get_text_range() for page in doc)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
@pytest.mark.parametrize("reader", [poppler, pdfium_text], ids=["poppler", "pdfium"])
@pytest.mark.parametrize("kind", ["", "-digital"], ids=["print", "digital"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_right_to_left_poster_copies_as_its_words(
    out: Path, lang: str, kind: str, reader: object
) -> None:
    assert callable(reader)
    text = reader(out / f"poster-a3/poster-a3-{lang}{kind}.pdf")
    assert not UNWANTED.findall(text)
    strings = yaml.safe_load((ROOT / f"materials/strings/{lang}.yaml").read_text("utf-8"))
    read = set(words(text))
    for key in POSTER_KEYS:
        value = strings["strings"][key]
        string = value["text"] if isinstance(value, dict) else value
        assert [w for w in words(string) if w not in read] == [], key


@pytest.mark.parametrize(
    ("form", "text"),
    [
        ("\ufedf", "\u0644"),  # lam's initial form: lam
        ("\ufefb", "\u0644\u0627"),  # lam-alef: lam, alef
        ("\ufcc9", "\u0644\u062c"),  # lam with jeem, initial: lam, jeem
        ("\ufb03", "ffi"),
        ("\ufe76", "\u064e"),  # fatha's isolated form: the mark, not a space and a mark
        ("\ufcf2", "\u064e\u0651"),  # shadda with fatha, medial: no tatweel
        ("\ufb2a", "\u05e9\u05c1"),  # shin with shin dot
        ("\u0e33", "\u0e33"),  # Thai sara am: NFKC's two characters are not wanted
        ("\uff0c\u00b2\u00a0", "\uff0c\u00b2\u00a0"),  # a full-width comma, ², a no-break space
    ],
)
def test_a_presentation_form_reads_as_the_characters_it_stands_for(form: str, text: str) -> None:
    assert logical(form) == text


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("\u0644\u0627", "\u0627\u0644"),  # lam-alef: a reader reverses the word, glyph and all
        ("\u0644\u064e\u0627", "\u0627\u064e\u0644"),
        ("ffi", "ffi"),
        ("\u0915\u094d\u0937", "\u0915\u094d\u0937"),  # a Devanagari conjunct
        ("\u064e\u0651", "\u064e\u0651"),  # marks alone: no direction of their own
        ("\u0644", "\u0644"),
    ],
)
def test_right_to_left_text_of_a_glyph_is_written_as_drawn(text: str, drawn: str) -> None:
    assert as_drawn(text) == drawn


@pytest.mark.parametrize("font", sorted(p.name for p in (ROOT / "fonts").glob("*.ttf")))
def test_no_glyph_of_any_font_reads_as_a_presentation_form(font: str) -> None:
    """Every code point of the font's cmap and every text learnt for a glyph without one
    (text.glyphtext: Nastaliq's ligatures of letters the cmap gives as presentation forms),
    as its ToUnicode map writes it, has no form of another character (the symbols of the
    blocks with no decomposition, U+FDFD bismillah, U+FBB2 dot above, are characters of their
    own); Latin, Thai, Devanagari, Myanmar and CJK keep their characters."""
    path = ROOT / "fonts" / font
    with TTFont(str(path), lazy=True) as f:
        codes = (f.getBestCmap() or {}).keys()
    texts = [chr(c) for c in codes] + list(glyph_texts(path).values())
    forms = [
        c for t in texts for c in logical(t) if UNWANTED.match(c) and unicodedata.decomposition(c)
    ]
    assert forms == []
    kept = [chr(c) for c in codes if not UNWANTED.match(chr(c)) and chr(c) != logical(chr(c))]
    assert kept == []
