"""Right-to-left lines with marks read back in order. A mark HarfBuzz moves up or down (Arabic
harakat, Persian's hamza above, Hebrew points) drawn as text needs a text rise, and PDF
readers took it for a word or a line of its own: PDFium read the shipped Persian flyer's
"شدهٔ" with its hamza at the start of the line. Such marks are drawn as outlines
(render.glyphs.raised_marks): the letters read in order, without their marks, and the marks
are drawn where the text drew them."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from campaign.render import glyphs
from campaign.render.glyphs import draw_run, raised_marks
from campaign.text.paragraph import Run, build_line, prepare

from .test_glyphs import ink

ROOT = Path(__file__).resolve().parents[2]
SIZE = 24.0

POINTED = [
    ("عَدَمُ تَرْكِ أَيِّ طِفْلٍ", "ar", "Arab"),  # harakat, shadda with kasra (U+FC62)
    ("شناسایی‌شدهٔ قاچاق", "fa", "Arab"),  # the hamza above of the ezafe
    ("هذا مهم جدًّا", "ar", "Arab"),  # shadda with fathatan: one glyph of no character
    ("שָׁלוֹם עֲלֵיכֶם", "he", "Hebr"),  # niqqud
]


def line(fonts: FontBook, text: str, lang: str, script: str) -> list[Run]:
    stack = fonts.stack(script, "regular", lang)
    return build_line(prepare(text, lang, True, stack), 0, len(text), SIZE)[0]


def draw(runs: list[Run]) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(500, 60), invariant=1)
    for run in runs:
        draw_run(canvas, run, 10 + run.x, 20, SIZE)
    canvas.save()
    return buf.getvalue()


def unmarked(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


@pytest.mark.parametrize(("text", "lang", "script"), POINTED)
def test_a_pointed_line_reads_in_order_without_its_marks(
    fonts: FontBook, text: str, lang: str, script: str
) -> None:
    runs = line(fonts, text, lang, script)
    assert any(raised_marks(r) for r in runs), "no mark is placed apart: the line tests nothing"
    doc = pdfium.PdfDocument(draw(runs))
    read = doc[0].get_textpage().get_text_range()
    assert read.strip() == unmarked(text)  # one line, the letters in reading order


# Thaana's fili, drawn as outlines too, and read with their letters (test_spelled_marks)
SPELLED = [("ދިވެހި ރާއްޖެ މަސްދަރުތައް", "dv", "Thaa")]


@pytest.mark.parametrize(("text", "lang", "script"), POINTED + SPELLED)
def test_marks_are_drawn_where_the_text_drew_them(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch, text: str, lang: str, script: str
) -> None:
    runs = line(fonts, text, lang, script)

    def drawn(c: Canvas) -> None:
        for run in runs:
            draw_run(c, run, 10 + run.x, 20, SIZE)

    def letters(c: Canvas) -> None:
        for run in runs:
            kept = tuple(g for g in run.glyphs if g not in raised_marks(run))
            draw_run(c, replace(run, glyphs=kept), 10 + run.x, 20, SIZE)

    outlined = ink(drawn, 500)
    with monkeypatch.context() as m:  # every glyph as text, each mark with its offsets
        m.setattr(glyphs, "raised_marks", lambda run: frozenset())
        as_text = ink(drawn, 500)
    marks = np.logical_xor(as_text, ink(letters, 500)).sum()
    differ = np.logical_xor(as_text, outlined).sum()
    assert differ <= 0.1 * marks  # anti-aliasing at the edges only


def test_only_marks_of_right_to_left_runs_are_raised_marks(fonts: FontBook) -> None:
    arabic = line(fonts, "عَدَمُ تَرْكِ", "ar", "Arab")
    marks = [g for r in arabic for g in raised_marks(r)]
    # the five harakat, each its own glyph; no letter
    assert sorted(unicodedata.name(arabic[0].source[g.cluster]) for g in marks) == [
        "ARABIC DAMMA",
        "ARABIC FATHA",
        "ARABIC FATHA",
        "ARABIC FATHA",
        "ARABIC KASRA",
        "ARABIC SUKUN",
    ]
    # Nastaliq moves letters off the baseline (and keeps their advance): they stay text
    theme = "انسانی اسمگلنگ کے خلاف جنگ میں کوئی بچہ پیچھے نہ رہے"
    nastaliq = [fonts.face("NotoNastaliqUrdu", "regular")]
    urdu = build_line(prepare(theme, "ur", True, nastaliq), 0, len(theme), SIZE)[0]
    letters = [g for r in urdu for g in r.glyphs if g.y_offset and g.x_advance]
    assert letters
    marks = [g for r in urdu for g in raised_marks(r)]
    assert not set(letters) & set(marks)
    # its one mark: the hamza of ئ, which the font draws apart from its yeh
    assert [unicodedata.name(theme[g.cluster]) for g in marks] == [
        "ARABIC LETTER YEH WITH HAMZA ABOVE"
    ]
    # a left-to-right line's marks stay text (its ActualText span reads them)
    khmer_text = "ចោលក្នុងការប្រយុទ្ធ"  # a coeng's subscript and a vowel below, lowered
    stack = fonts.stack("Khmr", "regular", "km")
    khmer = build_line(prepare(khmer_text, "km", False, stack), 0, len(khmer_text), SIZE)[0]
    assert any(g.y_offset and not g.x_advance for r in khmer for g in r.glyphs)
    assert not any(raised_marks(r) for r in khmer)


def test_the_persian_flyer_reads_its_words_with_a_hamza_above(tmp_path: Path) -> None:
    build(ROOT, Options(tmp_path, ("fa",), ("flyer-a5",), png=False, digital=False))
    doc = pdfium.PdfDocument(str(tmp_path / "flyer-a5" / "flyer-a5-fa.pdf"))
    read = "".join(page.get_textpage().get_text_range() for page in doc)
    assert "شناسایی\u200cشده قاچاق" in read  # "شدهٔ" with its hamza drawn, not read
    assert not [c for c in read if unicodedata.category(c) == "Mn"]
