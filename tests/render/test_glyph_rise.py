"""Glyphs are drawn where shaping placed them. Those HarfBuzz moves up or down are drawn at that
height, and the glyphs after them on the baseline: each glyph's text rise in the content
stream (`Ts`, ISO 32000-1, 9.3.7) is its y offset. reportlab 5.1 kept a rise in effect after
two rises in a row, and Khmer base letters after a coeng and a vowel below were drawn 0.3 em
low (render.glyphs.RiseText). And for every language of the kit, its theme drawn as text
covers the pixels of its glyph outlines placed by our own code: any glyph drawn elsewhere
than shaping said (a rise, an x offset's sign) shows."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.model import Kit
from campaign.render.glyphs import draw_run, shaped
from campaign.render.outlines import draw_outlined
from campaign.text.paragraph import build_line, prepare

from .test_glyphs import ink

SIZE = 20.0


def drawn_rises(data: bytes) -> list[float]:
    """The text rise each shown glyph is drawn at, in content-stream order (one byte a glyph:
    reportlab's subsets are single-byte)."""
    pdf = pikepdf.open(io.BytesIO(data))
    rise, out = 0.0, []
    for operands, op in pikepdf.parse_content_stream(pdf.pages[0]):
        name = str(op)
        if name == "Ts":
            rise = float(operands[0])
        elif name == "Tj":
            out += [rise] * len(bytes(operands[0]))
        elif name == "TJ":
            for part in operands[0]:
                if isinstance(part, pikepdf.String):
                    out += [rise] * len(bytes(part))
    return out


@pytest.mark.parametrize(
    ("text", "lang", "script"),
    [
        ("ចោលក្នុងការប្រយុទ្ធ", "km", "Khmr"),  # the sweep's word: coeng + vowel below
        ("១ ក្នុងចំណោម ៣", "km", "Khmr"),
    ],
)
def test_each_glyph_is_drawn_at_its_own_height(
    fonts: FontBook, text: str, lang: str, script: str
) -> None:
    stack = fonts.stack(script, "regular", lang)
    runs = build_line(prepare(text, lang, False, stack), 0, len(text), SIZE)[0]
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(600, 100))
    x = 10.0
    expected: list[float] = []
    for run in runs:
        draw_run(canvas, run, x, 50, SIZE)
        data = shaped(run).__shapeData__
        expected += [round(SIZE * d.y_offset / 1000, 2) for d in data]
        x += sum(d.x_advance for d in data) * SIZE / 1000
    canvas.save()
    assert any(expected), "the text has no glyph moved up or down: it tests nothing"
    assert [round(r, 2) for r in drawn_rises(buf.getvalue())] == expected


@cache
def _kit() -> Kit:
    return load_kit(Path(__file__).resolve().parents[2])


def _languages() -> list[str]:
    root = Path(__file__).resolve().parents[2] / "materials" / "strings"
    return sorted(p.stem for p in root.glob("*.yaml"))


@pytest.mark.parametrize("code", _languages())
def test_every_languages_theme_draws_where_its_outlines_do(fonts: FontBook, code: str) -> None:
    """Each language of the kit: its theme's first words drawn as text cover the pixels its
    glyph outlines, placed at HarfBuzz's offsets by our own code (render.glyphs.draw_outlined),
    cover. A glyph drawn at another height or place than shaping gave it (the Khmer letters
    after a coeng and a vowel below) shows as ink in one and not the other."""
    lang = _kit().languages[code]
    text = " ".join(lang.strings["theme"].text.split()[:4])[:40]
    stack = fonts.stack(lang.script, "regular", code)
    line = build_line(prepare(text, code, lang.rtl, stack), 0, len(text), SIZE)[0]
    width = sum(r.width for r in line) + 40

    def as_text(canvas: Canvas) -> None:
        for run in line:
            draw_run(canvas, run, 20 + run.x, 20, SIZE)

    text_ink = ink(as_text, width)
    outline_ink = ink(lambda c: draw_outlined(c, line, 20, 20, SIZE), width)
    assert text_ink.sum() > 500, text
    assert np.logical_xor(text_ink, outline_ink).sum() <= 0.03 * text_ink.sum(), text
