"""Thaana's vowel marks (fili, and the sukun) in the text a PDF copies and searches as. A
right-to-left line draws the marks HarfBuzz places on their letters as outlines
(render.glyphs.raised_marks), and Arabic, Persian and Hebrew read without them, as they are
mostly written; Dhivehi writes a mark on every letter, and a Colombo office's Dhivehi poster
copied as "ދވހ" for ދިވެހި (PDFium found 217 letters and no mark). Each letter now reads with
its marks (render.glyphs.spelled_marks), which are still drawn where the text put them. The
same trial's flyer: English words marked in a Dhivehi line keep their full stop at their end
(text.langmarks: a bidi isolate; tests/text/test_lang_isolates.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from campaign.fonts import FontBook
from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from campaign.preflight import preflight
from campaign.preflight.report import Expect
from campaign.render import glyphs
from campaign.render.glyphs import raised_marks, spelled_marks
from campaign.text.bidi import EXPLICIT

from .test_rtl_marks import draw, line

# "Dhivehi", "Maldives", "sources": every letter with its fili or sukun
THAANA = "ދިވެހި ރާއްޖެ މަސްދަރުތައް"
THEME = "ދިވެހި ރާއްޖެ"  # one line of the poster's theme
MARKS = re.compile("[\u07a6-\u07b0]")
# what poppler adds around right-to-left stretches, and the end of its page
AROUND = re.compile("[\u202a-\u202e\u2066-\u2069\f\n]")
LABEL = "މަސްދަރުތައް"  # "sources"
ENGLISH = "UNODC; UN Voluntary Trust Fund; Blue Heart Campaign."
DV = f"""language: dv
name: Divehi
native_name: ދިވެހިބަސް
status: draft
strings:
  theme:
    text: {THEME}
  back_sources:
    text: "{LABEL}: {{lang=en}}{ENGLISH}{{/lang}}"
"""


def poppler(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "line.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdfium_text(data: bytes | Path) -> str:
    doc = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in doc)


def test_every_mark_of_a_thaana_line_is_given_to_its_letter(fonts: FontBook) -> None:
    (run,) = line(fonts, THAANA, "dv", "Thaa")
    marks = raised_marks(run)
    assert len(marks) == len(MARKS.findall(THAANA))  # all drawn as outlines
    carried = spelled_marks(run, marks)
    assert "".join(m for _, m in reversed(carried)) == "".join(MARKS.findall(THAANA))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
def test_a_thaana_line_reads_with_its_marks_in_order(fonts: FontBook, tmp_path: Path) -> None:
    data = draw(line(fonts, THAANA, "dv", "Thaa"))
    assert pdfium_text(data).strip() == THAANA
    assert AROUND.sub("", poppler(data, tmp_path)) == THAANA


@pytest.mark.parametrize(
    ("text", "lang", "script"),
    [("عَدَمُ تَرْكِ", "ar", "Arab"), ("שָׁלוֹם", "he", "Hebr")],
)
def test_arabic_and_hebrew_marks_stay_out_of_the_text(
    fonts: FontBook, text: str, lang: str, script: str
) -> None:
    """Pointing most Arabic and Hebrew text leaves out: their words read and are found as
    they are mostly written (test_rtl_marks)."""
    runs = line(fonts, text, lang, script)
    assert any(raised_marks(r) for r in runs)
    assert not any(spelled_marks(r, raised_marks(r)) for r in runs)


@pytest.fixture(scope="module")
def built(module_kit_copy: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A kit with a Dhivehi strings file (the theme, and the flyer's sources marking their
    English words), its poster and flyer built."""
    kit = module_kit_copy(**{"materials/strings/dv.yaml": DV})
    out = tmp_path_factory.mktemp("out")
    build(kit, Options(out, ("dv",), ("poster-a3", "flyer-a5"), png=False))
    return out


@pytest.mark.parametrize("kind", ["", "-digital"], ids=["print", "digital"])
def test_the_dhivehi_poster_copies_its_theme_with_its_marks(built: Path, kind: str) -> None:
    text = pdfium_text(built / f"poster-a3/poster-a3-dv{kind}.pdf")
    assert THEME in text.splitlines()
    assert len(MARKS.findall(text)) == len(MARKS.findall(THEME))


def test_the_digital_posters_heading_reads_with_its_marks(built: Path) -> None:
    with pikepdf.open(built / "poster-a3/poster-a3-dv-digital.pdf") as pdf:
        found = [
            str(e.ActualText)
            for e in pdf.Root.StructTreeRoot.K[0].K
            if "/ActualText" in e and MARKS.search(str(e.ActualText))
        ]
    assert THEME in found


def test_the_dhivehi_poster_passes_preflight_without_a_warning(built: Path) -> None:
    rep = preflight((built / "poster-a3/poster-a3-dv.pdf").read_bytes(), Expect())
    assert (rep.failures, rep.warnings) == ([], [])


def test_a_thaana_page_drawn_without_its_marks_in_the_text_is_warned(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file the kit made before: the marks drawn, the text its letters alone."""
    loose = Expect(bleed_mm=0, output_intent=False, safe_mm=0)
    assert preflight(draw(line(fonts, THAANA, "dv", "Thaa")), loose).warnings == []
    monkeypatch.setattr(glyphs, "spelled_marks", lambda run, marks: ())
    assert preflight(draw(line(fonts, THAANA, "dv", "Thaa")), loose).warnings == [
        "page 1: its Thaana text has none of its vowel marks (fili) in the text layer: it "
        "prints them, but copies and searches as bare letters; make the PDF with a generator "
        "that keeps the marks in the text"
    ]


def test_the_flyers_english_sources_keep_their_full_stop_at_their_end(built: Path) -> None:
    """The back's sources line, as PDFium places its characters: the full stop right of
    "Campaign" and left of the colon after the Dhivehi label (it was left of "UNODC"); the
    isolate's marks are not in the text (pdftotext read "⁩UNODC; … Campaign.⁦")."""
    doc = pdfium.PdfDocument(built / "flyer-a5/flyer-a5-dv.pdf")
    page = doc[1].get_textpage()
    boxes = [(page.get_text_range(i, 1), page.get_charbox(i)) for i in range(page.count_chars())]
    chars = "".join(c for c, _ in boxes)
    assert not set(chars) & EXPLICIT  # the isolate's marks, which draw nothing, are no text
    start = chars.index("UNODC;")
    english = boxes[start : start + len(ENGLISH)]
    assert "".join(c for c, _ in english) == ENGLISH  # in drawing order, left to right
    stop = english[-1][1]
    colon = next(b for c, b in boxes[start + len(ENGLISH) :] if c == ":")
    lefts = [b[0] for _, b in english]
    assert lefts == sorted(lefts)  # the full stop last, right of every other
    assert stop[2] <= colon[0]  # and left of the label's colon
