"""Thaana's vowel marks (fili, and the sukun) in the text a PDF copies and searches as. A
right-to-left line draws the marks HarfBuzz places on their letters as outlines
(render.glyphs.raised_marks), and Arabic, Persian and Hebrew read without them, as they are
mostly written; Dhivehi writes a mark on every letter, and a Colombo office's Dhivehi poster
copied as "ދވހ" for ދިވެހި (PDFium found 217 letters and no mark). Each letter now reads with
its marks (render.glyphs.spelled_marks), which are still drawn where the text put them. The
same trial's flyer: English words marked in a Dhivehi line keep their full stop at their end
(text.langmarks: a bidi isolate; tests/text/test_lang_isolates.py)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.layout.document import Box, Page, TextItem
from campaign.pipeline.api import build
from campaign.pipeline.options import Options
from campaign.preflight import preflight
from campaign.preflight.report import Expect
from campaign.render import glyphs
from campaign.render.glyphs import draw_run, raised_marks, spelled_marks
from campaign.render.items import arc_text
from campaign.render.pdf import ltr_page
from campaign.text.bidi import EXPLICIT
from campaign.text.fit import TextSet
from campaign.text.paragraph import BlockStyle, prepare, set_paragraphs

from .test_rtl_marks import SIZE, draw, line

# "Dhivehi", "Maldives", "sources": every letter with its fili or sukun
THAANA = "ދިވެހި ރާއްޖެ މަސްދަރުތައް"
THEME = "ދިވެހި ރާއްޖެ"  # one line of the poster's theme
MARKS = re.compile("[\u07a6-\u07b0]")
# what poppler adds around right-to-left stretches, and the end of its page
AROUND = re.compile("[\u202a-\u202e\u2066-\u2069\f\n]")
LABEL = "މަސްދަރުތައް"  # "sources"
ENGLISH = "UNODC; UN Voluntary Trust Fund; Blue Heart Campaign."
HASHTAGS = f"#{THAANA}"  # on the badge's rim (arc text), the poster and the flyer
DV = f"""language: dv
name: Divehi
native_name: ދިވެހިބަސް
status: draft
strings:
  theme:
    text: {THEME}
  back_sources:
    text: "{LABEL}: {{lang=en}}{ENGLISH}{{/lang}}"
  hashtags:
    text: "{HASHTAGS}"
"""
RLM = "\u200f"  # ends the words of a right-to-left stretch on a page read left to right first
RLE, PDF = "\u202b", "\u202c"  # poppler's embedding of a right-to-left stretch


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
def kit(module_kit_copy: Callable[..., Path]) -> Path:
    """A kit with a Dhivehi strings file: the theme, the flyer's sources marking their
    English words, and the hashtags; its other texts are still in English, and its pages
    are read left to right first."""
    return module_kit_copy(**{"materials/strings/dv.yaml": DV})


@pytest.fixture(scope="module")
def built(kit: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kit's poster, flyer and badge built."""
    out = tmp_path_factory.mktemp("out")
    build(kit, Options(out, ("dv",), ("poster-a3", "flyer-a5", "badge-58"), png=False))
    return out


@pytest.mark.parametrize("kind", ["", "-digital"], ids=["print", "digital"])
def test_the_dhivehi_poster_copies_its_theme_with_its_marks(built: Path, kind: str) -> None:
    text = pdfium_text(built / f"poster-a3/poster-a3-dv{kind}.pdf")
    assert THEME + RLM in text.splitlines()
    assert HASHTAGS + RLM in text.splitlines()
    assert len(MARKS.findall(text)) == len(MARKS.findall(THEME + HASHTAGS))


# pdftotext's lines on pages read left to right first: a right-to-left stretch in poppler's
# embedding, each word with its marks, the stretch's last word followed by the right-to-left
# mark that begins it in drawing order (the mark of "ރާއްޖެ" was read before the stretch,
# "ެ‫ދިވެހި ރާއްޖ‬", and the sukun of the sources' label left of it, ":ް‫މަސްދަރުތައ‬")
POPPLER_LINES = [
    ("poster-a3/poster-a3-dv", f"{RLE}{THEME}{RLM}{PDF}"),
    ("poster-a3/poster-a3-dv", f"{RLE}{THAANA}{RLM}{PDF}#"),
    ("flyer-a5/flyer-a5-dv", f"{RLE}{THEME}{RLM}{PDF}"),
    ("flyer-a5/flyer-a5-dv", f"{ENGLISH} :{RLE}{LABEL}{RLM}{PDF}"),
]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
@pytest.mark.parametrize("kind", ["", "-digital"], ids=["print", "digital"])
@pytest.mark.parametrize(("name", "expected"), POPPLER_LINES)
def test_pdftotext_reads_each_word_with_its_marks(
    built: Path, tmp_path: Path, kind: str, name: str, expected: str
) -> None:
    data = (built / f"{name}{kind}.pdf").read_bytes()
    assert expected in poppler(data, tmp_path).splitlines()


@pytest.mark.parametrize("kind", ["", "-digital"], ids=["print", "digital"])
def test_the_badges_rim_copies_with_its_marks(built: Path, tmp_path: Path, kind: str) -> None:
    """The hashtags set on the rim, each glyph turned and drawn alone (arc text): PDFium
    reads them in order, each word with its marks (they copied as "#ދިވހ ރއޖ މސދރތއ"), and
    the digital PDF's paragraph has them as ActualText (pdftotext: the test below)."""
    path = built / f"badge-58/badge-58-dv{kind}.pdf"
    assert HASHTAGS + RLM in pdfium_text(path).splitlines()
    if kind:
        with pikepdf.open(path) as pdf:
            said = [str(e.get("/ActualText", "")) for e in pdf.Root.StructTreeRoot.K[0].K]
        assert HASHTAGS in said


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
@pytest.mark.parametrize("kind", ["", "-digital"], ids=["print", "digital"])
def test_poppler_copies_the_badges_rim_with_every_mark(
    built: Path, tmp_path: Path, kind: str
) -> None:
    """pdftotext reads the rim in pieces as its baselines turn (docs/accessibility.md):
    each of its words' marks is in the text, and the words of the theme whole. Apart from
    the test above, so that a machine without poppler skips it, and CI fails on the skip."""
    path = built / f"badge-58/badge-58-dv{kind}.pdf"
    text = poppler(path.read_bytes(), tmp_path)
    assert THEME in text
    assert len(MARKS.findall(text)) == len(MARKS.findall(HASHTAGS))


def lines_page(fonts: FontBook, texts: list[tuple[str, str, str]], ltr_page: bool) -> bytes:
    """One line of each (text, language, script) under the last, as a page drawn with
    `ltr_page` (render.pdf.ltr_page's answer) draws them."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(500, 100), invariant=1)
    for n, (text, lang, script) in enumerate(texts):
        for run in line(fonts, text, lang, script):
            draw_run(canvas, run, 10 + run.x, 80 - 25 * n, SIZE, ltr_page=ltr_page)
    canvas.save()
    return buf.getvalue()


EN = ("Blue Heart Campaign against trafficking", "en", "Latn")
DV_LINE = (THAANA, "dv", "Thaa")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is missing")
@pytest.mark.parametrize(
    ("texts", "ltr", "expected"),
    [
        # read left to right first (more English letters than Thaana): the mark of the
        # stretch's leftmost letter, ތައް's sukun, fell before the stretch without the RLM
        ([DV_LINE, EN], False, [f"\u07b0{RLE}{THAANA[:-1]}{PDF}", EN[0]]),
        ([DV_LINE, EN], True, [f"{RLE}{THAANA}{RLM}{PDF}", EN[0]]),
        # read right to left first: in order without it
        ([DV_LINE], False, [f"{RLE}{THAANA}{PDF}"]),
        # and with one (a page taken as read left to right that poppler reads right to
        # left first: pdf.ltr_page's tenth to spare): the words still whole
        (
            [DV_LINE, ("ރާއްޖެ", "dv", "Thaa")],
            True,
            [f"{RLE}{THAANA}{RLM}{PDF}", f"{RLE}ރާއްޖެ{RLM}{PDF}"],
        ),
    ],
    ids=["ltr-read-before", "ltr-read", "rtl-read", "rtl-read-with-rlm"],
)
def test_pdftotext_reads_a_dhivehi_line_in_order_on_either_page(
    fonts: FontBook,
    tmp_path: Path,
    texts: list[tuple[str, str, str]],
    ltr: bool,
    expected: list[str],
) -> None:
    read = poppler(lines_page(fonts, texts, ltr), tmp_path)
    assert [x for x in read.splitlines() if x.strip("\f")] == expected


def text_item(fonts: FontBook, text: str, lang: str, script: str) -> TextItem:
    stack = fonts.stack(script, "regular", lang) + fonts.stack("Latn", "regular", "en")
    prepared = prepare(text, lang, script != "Latn", stack)
    lines, _, _ = set_paragraphs(
        [prepared], 1000, BlockStyle(20, 1.2, "start", False, 0.4), stack[0]
    )
    return TextItem("s", Box(0, 0, 1000, 100), TextSet(tuple(lines), 20, 1000, "text"), "k", (), 0)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([DV_LINE, EN], True),  # 12 Thaana letters, 35 Latin ones: a flyer's English texts
        ([DV_LINE], False),  # all Thaana: a Dhivehi flyer translated whole
        ([DV_LINE, ("UNODC", "en", "Latn")], False),  # 12 to 5
        ([DV_LINE, ("UNODC Campaign", "en", "Latn")], True),  # 12 to 13
        ([DV_LINE, ("UNODC Campaig", "en", "Latn")], True),  # 12 to 12: poppler's own tie
        ([DV_LINE, ("UNODC Campai", "en", "Latn")], True),  # 12 to 11: within a tenth
        ([DV_LINE, ("UNODC Campa", "en", "Latn")], False),  # 12 to 10
    ],
)
def test_a_page_is_read_left_to_right_first_by_its_letters(
    fonts: FontBook, texts: list[tuple[str, str, str]], expected: bool
) -> None:
    """poppler reads a page's lines left to right first when it has no more right-to-left
    letters than left-to-right ones; marks, spaces and punctuation are not counted."""
    page = Page("front", tuple(text_item(fonts, *t) for t in texts))
    assert ltr_page(page) is expected


def test_a_fully_dhivehi_page_reads_without_a_right_to_left_mark(
    fonts: FontBook, tmp_path: Path
) -> None:
    """A page read right to left first needs none: poppler begins each stretch at the line's
    right end (a Dhivehi flyer translated whole copies as before)."""
    (run,) = line(fonts, THAANA, "dv", "Thaa")
    marks = raised_marks(run)
    assert not any(RLM in m for _, m in spelled_marks(run, marks))
    starts = [i for i, m in spelled_marks(run, marks, ltr_page=True) if m.endswith(RLM)]
    assert starts == [0]  # the leftmost letter: ތ of މަސްދަރުތައް, read last


def test_a_stretch_begins_after_a_full_stop_and_a_colon(fonts: FontBook) -> None:
    """poppler ends a right-to-left stretch at a full stop or a colon (and digits, and
    left-to-right letters): the letter right of one begins a stretch of its own."""
    text = "ދިވެހި: ރާއްޖެ. މަސްދަރުތައް"
    (run,) = line(fonts, text, "dv", "Thaa")
    carried = spelled_marks(run, raised_marks(run), ltr_page=True)
    ends = [m for _, m in carried if m.endswith(RLM)]
    assert ends == ["\u07b0" + RLM, "\u07ac" + RLM, "\u07a8" + RLM]  # ތައް, ޖެ, ހި


def test_the_digital_posters_heading_reads_with_its_marks(built: Path) -> None:
    with pikepdf.open(built / "poster-a3/poster-a3-dv-digital.pdf") as pdf:
        found = [
            str(e.ActualText)
            for e in pdf.Root.StructTreeRoot.K[0].K
            if "/ActualText" in e and MARKS.search(str(e.ActualText))
        ]
    assert THEME in found


@pytest.mark.parametrize("name", ["poster-a3/poster-a3-dv", "badge-58/badge-58-dv"])
def test_the_dhivehi_poster_and_badge_pass_preflight_without_a_warning(
    built: Path, name: str
) -> None:
    rep = preflight((built / f"{name}.pdf").read_bytes(), Expect())
    assert (rep.failures, rep.warnings) == ([], [])


def test_a_badge_whose_rim_copies_without_its_marks_is_warned(
    kit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The badge the kit made before: its rim's letters without their marks in the text,
    one mark (ި, set without an offset and drawn as text) beside them, and none of the
    page's other Thaana; a page with any mark passed."""
    monkeypatch.setattr(arc_text, "spelled_marks", lambda run, marks, ltr_page: ())
    build(kit, Options(tmp_path, ("dv",), ("badge-58",), png=False, digital=False, jobs=1))
    rep = preflight((tmp_path / "badge-58/badge-58-dv.pdf").read_bytes(), Expect())
    (font,) = re.findall(r"font (/\S+) has", " ".join(rep.warnings))
    assert rep.warnings == [
        f"page 1: its Thaana text in font {font} has 1 vowel mark(s) (fili) for 12 letters "
        "in the text layer: it prints them, but copies and searches as bare letters; make the "
        "PDF with a generator that keeps the marks in the text"
    ]


def test_a_thaana_page_drawn_without_its_marks_in_the_text_is_warned(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file the kit made before: the marks drawn, the text its letters alone."""
    loose = Expect(bleed_mm=0, output_intent=False, safe_mm=0)
    assert preflight(draw(line(fonts, THAANA, "dv", "Thaa")), loose).warnings == []
    monkeypatch.setattr(glyphs, "spelled_marks", lambda run, marks, ltr_page: ())
    warnings = preflight(draw(line(fonts, THAANA, "dv", "Thaa")), loose).warnings
    (font,) = re.findall(r"font (/\S+) has", " ".join(warnings))
    assert warnings == [
        f"page 1: its Thaana text in font {font} has 0 vowel mark(s) (fili) for 12 letters in "
        "the text layer: it prints them, but copies and searches as bare letters; make the "
        "PDF with a generator that keeps the marks in the text"
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
