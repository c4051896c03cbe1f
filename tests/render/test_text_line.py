"""A line's text operators made once per process (render.glyphs.TextLine) are reportlab's own:
a print PDF drawn with them has the bytes of one drawn with canvas.drawString (RiseText for a
line with rises, as _draw_text drew them before), whichever lines its document drew first
(the subsets' codes differ), and a document drawing the lines again takes them made."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.render import glyphs
from campaign.render.glyphs import RiseText, _draw_text, shaped
from campaign.render.pdf import reportlab_settings
from campaign.text.paragraph import Run, build_line, prepare

# (text, language, script): Latin, Latin with letters beyond ASCII in two lines of one face
# (their codes assigned in the order drawn), Khmer (glyphs drawn with a rise), Arabic (right
# to left)
LINES = [
    ("Walk for the Blue Heart", "en", "Latn"),
    ("Marche « Cœur bleu » à Genève", "fr", "Latn"),
    ("Größe über Straße", "de", "Latn"),
    ("ចោលក្នុងការប្រយុទ្ធ", "km", "Khmr"),
    ("القلب الأزرق", "ar", "Arab"),
]


def _runs(fonts: FontBook, text: str, lang: str, script: str, size: float) -> list[Run]:
    stack = fonts.stack(script, "regular", lang)
    return list(build_line(prepare(text, lang, False, stack), 0, len(text), size)[0])


def _reportlab(canvas: Canvas, run: Run, x: float, y: float, size: float) -> None:
    """_draw_text as it was: canvas.drawString, or RiseText for a line with rises."""
    text = shaped(run)
    canvas.setFont(run.face.key, size)
    if not any(d.y_offset for d in text.__shapeData__):
        canvas.drawString(x, y, text)
        return
    line = RiseText(canvas, x, y)
    line.textLine(text)
    canvas.drawText(line)


def _pdf(fonts: FontBook, order: list[int], draw: object, size: float = 14.0) -> bytes:
    buf = io.BytesIO()
    latin = fonts.face(fonts.latin, "regular").key
    glyphs.ttfont(fonts.face(fonts.latin, "regular"))
    with reportlab_settings(latin):
        canvas = Canvas(buf, pagesize=(600, 400), invariant=1, initialFontName=latin)
        y = 350.0
        for i in order:
            for run in _runs(fonts, *LINES[i], size):
                draw(canvas, run, 10.0 + run.x, y, size)  # type: ignore[operator]
            y -= 40
        canvas.save()
    return buf.getvalue()


@pytest.mark.parametrize("order", [[0, 1, 2, 3, 4], [4, 2, 0, 1, 3], [2, 1, 0, 4, 3]])
@pytest.mark.parametrize("size", [9.0, 14.0])
def test_a_line_is_drawn_as_reportlab_draws_it(
    fonts: FontBook, order: list[int], size: float
) -> None:
    """In every order (each another document's codes), first and again (lines found made)."""
    for _ in range(2):
        ours = _pdf(fonts, order, _draw_text, size)
        assert ours == _pdf(fonts, order, _reportlab, size)


def test_a_document_drawing_the_same_lines_again_takes_their_operators_made(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    own = RiseText._formatText

    def counted(self: RiseText, text: str) -> str:
        made.append(str(text))
        return str(own(self, text))

    monkeypatch.setattr(RiseText, "_formatText", counted)
    first = _pdf(fonts, [0, 1, 2, 3, 4], _draw_text, 11.0)
    assert made, "the first document made its lines' operators"
    made.clear()
    assert _pdf(fonts, [0, 1, 2, 3, 4], _draw_text, 11.0) == first
    assert made == []
