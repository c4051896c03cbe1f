"""Shaped runs in the PDF: each glyph's code (its own, or U+E000 + glyph id when it has none),
positions scaled from font units to thousandths of an em, and slug outlines that cover exactly
the pixels the same text drawn as text covers."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook, FontFace
from campaign.render.glyphcodes import _character, inkless
from campaign.render.glyphs import draw_run, shaped
from campaign.render.outlines import OutlinePen, draw_outlined
from campaign.render.pdffonts import ttfont
from campaign.render.tagging import begin_span, end
from campaign.text.paragraph import Run, build_line, prepare
from campaign.text.shape import Glyph

ROOT = Path(__file__).resolve().parents[2]


def runs(text: str, lang: str, rtl: bool, faces: list[FontFace], size: float = 10) -> list[Run]:
    p = prepare(text, lang, rtl, faces)
    return build_line(p, 0, len(text), size)[0]


def test_ttfont_is_registered_once_under_the_faces_key(fonts: FontBook) -> None:
    face = fonts.face("NotoSans", "regular")
    font = ttfont(face)
    assert pdfmetrics.getFont(face.key) is font
    assert font.campaign_path == face.path
    assert ttfont(face) is font


def test_a_glyph_with_a_code_point_keeps_it_and_positions_are_in_thousandths(
    fonts: FontBook,
) -> None:
    face = fonts.face("NotoSans", "regular")
    (run,) = runs("Hé", "en", False, [face])
    s = shaped(run)
    assert str(s) == "Hé"
    font = ttfont(face)
    for glyph, data, char in zip(run.glyphs, s.__shapeData__, "Hé", strict=True):
        assert data.cluster == glyph.cluster
        assert data.x_advance == glyph.x_advance * 1000 / face.upem
        assert data.y_advance == glyph.y_advance * 1000 / face.upem
        assert data.x_offset == glyph.x_offset * 1000 / face.upem
        assert data.y_offset == glyph.y_offset * 1000 / face.upem
        assert data.width == font.face.charWidths[ord(char)]
    assert [d.x_advance for d in s.__shapeData__] == [glyph_adv(face, "H"), glyph_adv(face, "é")]


def glyph_adv(face: FontFace, char: str) -> float:
    gid = face.hb_font.get_nominal_glyph(ord(char))
    return face.hb_font.get_glyph_h_advance(gid) * 1000 / face.upem


def test_contextual_forms_get_the_private_code_of_their_glyph_id(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    face = fonts.face("NotoSansDevanagari", "regular")
    # a fresh reportlab font: the registry is process-wide, and a font registered by an
    # earlier test already knows its private codes
    monkeypatch.delitem(pdfmetrics._fonts, face.key, raising=False)
    (run,) = runs("क्षत्रिय", "hi", False, [face])
    font = ttfont(face)
    s = shaped(run)
    codes = [ord(c) for c in str(s)]
    private = [(g.gid, c) for g, c in zip(run.glyphs, codes, strict=True) if 0xE000 <= c <= 0xF8FF]
    assert private  # conjuncts have no code point of their own
    for g, code in zip(run.glyphs, codes, strict=True):
        assert font.face.charToGlyph[code] == g.gid  # every code leads back to its glyph
    for gid, code in private:
        assert code == 0xE000 + gid
        assert code in font.face.glyphToChar[gid]
        nominal = face.hb_font.get_glyph_h_advance(gid) * 1000 / face.upem
        assert font.face.charWidths[code] == nominal
    assert [ord(c) for c in str(shaped(run))] == codes  # the same codes again


def test_an_empty_run_draws_nothing(fonts: FontBook) -> None:
    face = fonts.face("NotoSans", "regular")
    calls: list[str] = []

    class NoCanvas:
        def __getattr__(self, name: str) -> Any:
            return lambda *a, **k: calls.append(name)

    empty = Run(face, 0.0, (), False, "", 0.0)
    draw_run(NoCanvas(), empty, 0, 0, 10)  # type: ignore[arg-type]
    assert calls == []


class PathRecorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *a: self.calls.append((name, *a))


def test_outline_pen_scales_and_places_every_point() -> None:
    path = PathRecorder()
    pen = OutlinePen(path, 10.0, 20.0, 2.0)
    pen.moveTo((1.0, 2.0))
    pen.lineTo((3.0, 0.0))
    pen.curveTo((1.0, 1.0), (2.0, 2.0), (4.0, 5.0))
    pen.closePath()
    pen.endPath()
    assert path.calls == [
        ("moveTo", 12.0, 24.0),
        ("lineTo", 16.0, 20.0),
        ("curveTo", 12.0, 22.0, 14.0, 24.0, 18.0, 30.0),
        ("close",),
    ]
    assert pen.last == (4.0, 5.0)


def test_quadratic_curves_become_cubics_with_implied_on_curve_points() -> None:
    path = PathRecorder()
    pen = OutlinePen(path, 0.0, 0.0, 1.0)
    pen.moveTo((0.0, 0.0))
    pen.qCurveTo((3.0, 3.0), (6.0, 0.0))  # one off-curve point
    pen.qCurveTo((9.0, 3.0), (12.0, 3.0), (15.0, 0.0))  # two: implied point (10.5, 3)
    got = [tuple(round(v, 9) for v in c[1:]) for c in path.calls[1:]]
    assert got == [
        (2.0, 2.0, 4.0, 2.0, 6.0, 0.0),
        (8.0, 2.0, 9.5, 3.0, 10.5, 3.0),
        (11.5, 3.0, 13.0, 2.0, 15.0, 0.0),
    ]
    assert pen.last == (15.0, 0.0)


def ink(draw: Any, width: float = 200) -> np.ndarray:
    """A `width` x 60 pt page drawn by `draw`, rendered at 4 px per pt, as booleans (ink)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, 60), invariant=1)
    draw(c)
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    pixels = np.asarray(doc[0].render(scale=4).to_pil().convert("L"))
    doc.close()
    return pixels < 128


@pytest.mark.parametrize(
    ("text", "lang", "rtl", "families"),
    [
        ("Hello, World", "en", False, ["NotoSans"]),
        ("سلام عليكم", "ar", True, ["NotoSansArabic", "NotoSans"]),
        ("हिन्दी", "hi", False, ["NotoSansDevanagari"]),  # marks placed with offsets
        ("Blue قلب Heart", "en", False, ["NotoSans", "NotoSansArabic"]),  # runs side by side
        ("بِسْمِ", "ar", True, ["NotoSansArabic"]),  # harakat: marks with x and y offsets
        # a coeng's subscript and a vowel below, lowered by different amounts: the letters
        # after them were drawn 0.3 em low (render.glyphs.RiseText)
        ("ចោលក្នុងការប្រយុទ្ធ", "km", False, ["NotoSansKhmer"]),
        ("ကုန်ကူးမှု", "my", False, ["NotoSansMyanmar"]),
        ("ผู้ใหญ่ที่ปรึกษา", "th", False, ["NotoSansThai"]),
    ],
)
def test_outlines_cover_the_same_pixels_as_the_text(
    fonts: FontBook, text: str, lang: str, rtl: bool, families: list[str]
) -> None:
    faces = [fonts.face(f, "regular") for f in families]
    line = runs(text, lang, rtl, faces, 24)
    x, y, size = 17.0, 21.0, 24.0

    def as_text(c: Canvas) -> None:
        for run in line:
            draw_run(c, run, x + run.x, y, size)

    text_ink = ink(as_text)
    outline_ink = ink(lambda c: draw_outlined(c, line, x, y, size))
    assert text_ink.sum() > 500
    differ = np.logical_xor(text_ink, outline_ink).sum()
    assert differ <= 0.02 * text_ink.sum()  # anti-aliasing at the edges only
    rows, cols = np.nonzero(text_ink)
    orows, ocols = np.nonzero(outline_ink)
    assert abs(rows.min() - orows.min()) <= 1
    assert abs(rows.max() - orows.max()) <= 1
    assert abs(cols.min() - ocols.min()) <= 1
    assert abs(cols.max() - ocols.max()) <= 1


def test_three_off_curve_points_imply_a_point_between_each_pair() -> None:
    path = PathRecorder()
    pen = OutlinePen(path, 0.0, 0.0, 1.0)
    pen.moveTo((0.0, 0.0))
    pen.qCurveTo((3.0, 3.0), (6.0, 3.0), (9.0, 0.0), (12.0, 0.0))  # implied (4.5, 3), (7.5, 1.5)
    got = [tuple(round(v, 9) for v in c[1:]) for c in path.calls[1:]]
    assert got == [
        (2.0, 2.0, 3.5, 3.0, 4.5, 3.0),
        (5.5, 3.0, 6.5, 2.5, 7.5, 1.5),
        (8.5, 0.5, 10.0, 0.0, 12.0, 0.0),
    ]


@pytest.mark.parametrize("where", ["inside", "past"])
def test_glyph_ids_past_the_private_use_area_get_reportlabs_own_private_codes(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """U+E000 + glyph id while that stays inside the Private Use Area (up to U+F8FF); beyond
    it reportlab allocates a private code of its own, still inside the area. The glyphs are
    the font's last ones without a code point of their own below and above id 6399 (which
    ids those are depends on how the subset was made)."""
    face = fonts.face("NotoSansSC", "regular")
    monkeypatch.delitem(pdfmetrics._fonts, face.key, raising=False)
    font = ttfont(face)
    mapped = set(font.face.charToGlyph.values())
    unmapped = [g for g in range(1, font.face.numGlyphs) if g not in mapped]
    gid = max(g for g in unmapped if g <= 6399) if where == "inside" else max(unmapped)
    assert (gid <= 6399) == (where == "inside")
    assert gid not in mapped  # no code point of its own
    adv = face.hb_font.get_glyph_h_advance(gid)
    run = Run(face, 0.0, (Glyph(gid, 0, adv, 0, 0, 0),), False, "x", 1.0, 0, 1)
    s = shaped(run)
    (code,) = (ord(c) for c in str(s))
    assert 0xE000 <= code <= 0xF8FF
    assert s.__shapeData__[0].width == adv * 1000 / face.upem  # its nominal width
    if gid <= 6399:
        assert code == 0xE000 + gid
        assert font.face.charToGlyph[code] == gid
    assert [ord(c) for c in str(shaped(run))] == [code]  # the same code again


def test_a_font_of_another_file_under_the_same_key_is_replaced(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    face = fonts.face("NotoSans", "regular")
    other = TTFont(face.key, str(fonts.face("NotoSans", "bold").path))
    monkeypatch.setitem(pdfmetrics._fonts, face.key, other)
    font = ttfont(face)
    assert font is not other
    assert font.campaign_path == face.path
    assert pdfmetrics.getFont(face.key) is font  # what canvas.setFont draws with


def dummy_mark(face: FontFace) -> int:
    (gid,) = (g for g in range(4096) if face.hb_font.glyph_to_string(g) == "dummymarkdeva")
    return gid


def drawn(draw: Any) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(200, 60), invariant=1)
    draw(c)
    c.save()
    return buf.getvalue()


def test_an_inkless_glyph_without_a_code_point_is_not_drawn(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NotoSansDevanagari's shaping of मॉडलिंग merges the anusvara into the i-sign's ligature
    and leaves `dummymarkdeva` in its cluster: no code point, no advance, no outline. Drawn,
    it was a private-use character (U+E000 + its id) in the text that prints nothing, and the
    outside preflight called it tofu. Left out, the other six glyphs keep their codes and
    places, and a tagged line's ActualText still gives the whole word."""
    face = fonts.face("NotoSansDevanagari", "regular")
    monkeypatch.delitem(pdfmetrics._fonts, face.key, raising=False)
    word = "मॉडलिंग"
    (run,) = runs(word, "hi", False, [face])
    dummy = dummy_mark(face)
    (placeholder,) = (g for g in run.glyphs if g.gid == dummy)
    assert (placeholder.x_advance, placeholder.cluster) == (0, word.index("\u0902"))
    assert len(run.glyphs) == 7

    s = shaped(run)
    assert len(s) == len(s.__shapeData__) == 6
    kept = [g for g in run.glyphs if g.gid != dummy]
    assert [d.cluster for d in s.__shapeData__] == [g.cluster for g in kept]
    font = ttfont(face)
    assert [font.face.charToGlyph[ord(c)] for c in s] == [g.gid for g in kept]
    assert chr(0xE000 + dummy) not in s

    def plain(c: Canvas) -> None:
        draw_run(c, run, 10, 20, 24)

    def tagged(c: Canvas) -> None:
        begin_span(c, word)
        draw_run(c, run, 10, 20, 24)
        end(c)

    with pikepdf.open(io.BytesIO(drawn(plain))) as pdf:
        shown = [
            bytes(item)
            for ins in pikepdf.parse_content_stream(pdf.pages[0])
            if str(ins.operator) in ("Tj", "TJ")
            for item in (ins.operands[0] if str(ins.operator) == "TJ" else ins.operands)
            if isinstance(item, pikepdf.String)
        ]
    assert sum(len(b) for b in shown) == 6  # one code per glyph with ink
    text = page_text(drawn(plain))
    assert chr(0xE000 + dummy) not in text
    # the one private code left is the i-sign-with-anusvara ligature, which has ink; the text
    # layer reads it as its letters (text.glyphtext), not as a private-use character
    (ligature,) = [g.gid for g in kept if not font.face.glyphToChar[g.gid][0] < 0xE000]
    assert face.hb_font.get_glyph_extents(ligature).width > 0
    assert not [c for c in text if 0xE000 <= ord(c) <= 0xF8FF]
    assert "\u093f" in text  # the i-sign form it is made from (a glyph has one text: the
    # first substitution that makes it; the tagged text below has every character)
    assert page_text(drawn(tagged)) == word  # the ActualText: every character of the word
    assert ink(plain).sum() > 500


def page_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    text = doc[0].get_textpage().get_text_range()
    doc.close()
    return str(text)


def test_a_glyph_without_a_code_point_that_has_ink_is_kept_even_without_an_advance(
    fonts: FontBook,
) -> None:
    """Only a glyph with neither advance nor outline is left out: a mark-like ligature with
    no advance of its own still prints, under its private code."""
    face = fonts.face("NotoSansDevanagari", "regular")
    font = ttfont(face)
    mapped = set(font.face.charToGlyph.values())
    (gid,) = (
        g for g in range(4096) if face.hb_font.glyph_to_string(g) == "ivowelsignanusvara05deva"
    )
    assert gid not in mapped or font.face.charToGlyph.get(0xE000 + gid) == gid
    zero = Run(face, 0.0, (Glyph(gid, 0, 0, 0, 0, 0),), False, "x", 0.0, 0, 1)
    assert [ord(c) for c in shaped(zero)] == [0xE000 + gid]
    dummy = dummy_mark(face)
    moving = Run(face, 0.0, (Glyph(dummy, 0, 100, 0, 0, 0),), False, "x", 0.0, 0, 1)
    assert [ord(c) for c in shaped(moving)] == [0xE000 + dummy]  # an advance: kept
    rising = Run(face, 0.0, (Glyph(dummy, 0, 0, 100, 0, 0),), False, "x", 0.0, 0, 1)
    assert [ord(c) for c in shaped(rising)] == [0xE000 + dummy]  # a vertical one too


def test_a_run_of_inkless_glyphs_only_draws_nothing(fonts: FontBook) -> None:
    """An arc's text draws each glyph as a run of its own: the placeholder alone is nothing,
    also once a run that moved it has given it a private code."""
    face = fonts.face("NotoSansDevanagari", "regular")
    moving = Run(face, 0.0, (Glyph(dummy_mark(face), 0, 100, 0, 0, 0),), False, "x", 0.0, 0, 1)
    assert len(shaped(moving)) == 1
    calls: list[str] = []

    class NoCanvas:
        def __getattr__(self, name: str) -> Any:
            return lambda *a, **k: calls.append(name)

    alone = Run(face, 0.0, (Glyph(dummy_mark(face), 0, 0, 0, 0, 0),), False, "x", 0.0, 0, 1)
    draw_run(NoCanvas(), alone, 0, 0, 10)  # type: ignore[arg-type]
    assert calls == []


def without_code_points(tmp_path: Path, gid: int) -> FontFace:
    """NotoSansJP with no cmap entry for glyph `gid`: a font in which that glyph has no code
    point of its own (in the shipped fonts glyph 6399 always has one)."""
    font = FontToolsFont(str(ROOT / "fonts/NotoSansJP-Regular.ttf"))
    name = font.getGlyphOrder()[gid]
    for table in font["cmap"].tables:
        for code in [c for c, g in table.cmap.items() if g == name]:
            del table.cmap[code]
    path = tmp_path / "NoCode-Regular.ttf"
    font.save(str(path))
    return FontFace(f"NoCode{gid}-Regular-test", "NoCode", "regular", path)


def glyph_run(face: FontFace, *gids: int) -> Run:
    glyphs = tuple(
        Glyph(g, i, face.hb_font.get_glyph_h_advance(g), 0, 0, 0) for i, g in enumerate(gids)
    )
    return Run(face, 0.0, glyphs, False, "x" * len(gids), 1.0, 0, len(gids))


def test_the_last_glyph_inside_the_private_use_area_gets_u_f8ff_whatever_came_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Glyph 6399's code U+E000 + 6399 is U+F8FF, the area's last code: it is ours, the same
    in every process, also after a glyph past the area took one of reportlab's codes (which
    are numbered in the order a process meets them); and it draws glyph 6399."""
    face = without_code_points(tmp_path, 6399)
    past = max(g for g in range(6400, 7548) if face.hb_font.get_glyph_extents(g).width > 0)
    codes = []
    for before in [(), (past,)]:
        monkeypatch.delitem(pdfmetrics._fonts, face.key, raising=False)
        font = ttfont(face)
        assert 6399 not in font.face.charToGlyph.values()
        for gid in before:
            shaped(glyph_run(face, gid))
        (code,) = (ord(c) for c in shaped(glyph_run(face, 6399)))
        assert font.face.charToGlyph[code] == 6399
        codes.append(code)
    assert codes == [0xF8FF, 0xF8FF]
    assert_draws_its_glyphs(glyph_run(face, 6399))


def assert_draws_its_glyphs(run: Run) -> None:
    """The run drawn as text covers the pixels of its glyphs' outlines from HarfBuzz."""
    x, y, size = 17.0, 21.0, 24.0
    text_ink = ink(lambda c: draw_run(c, run, x, y, size))
    outline_ink = ink(lambda c: draw_outlined(c, [run], x, y, size))
    assert outline_ink.sum() > 200
    assert np.logical_xor(text_ink, outline_ink).sum() <= 0.03 * outline_ink.sum()


def test_glyphs_past_the_private_use_area_each_get_a_code_that_draws_them(
    fonts: FontBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two glyphs past U+E000 + 6399 without code points: reportlab's allocator gives each a
    code of its own, keyed by the glyph's name, that leads back to that glyph, and the PDF
    draws the two glyphs (not one of them twice, nor glyph 0)."""
    face = fonts.face("NotoSansJP", "regular")
    monkeypatch.delitem(pdfmetrics._fonts, face.key, raising=False)
    font = ttfont(face)
    mapped = set(font.face.charToGlyph.values())
    a, b = [
        g
        for g in range(6400, face.hb_face.glyph_count)
        if g not in mapped and face.hb_font.get_glyph_extents(g).width > 0
    ][:2]
    run = glyph_run(face, a, b)
    codes = [ord(c) for c in shaped(run)]
    assert len(set(codes)) == 2
    assert [font.face.charToGlyph[c] for c in codes] == [a, b]
    assert all(0xE000 <= c <= 0xF8FF for c in codes)
    assert_draws_its_glyphs(run)


@pytest.mark.parametrize(
    ("code", "character"),
    [(0xDFFF, True), (0xE000, False), (0xE28C, False), (0xF8FF, False), (0xF900, True)],
)
def test_only_codes_outside_the_private_use_area_are_characters(code: int, character: bool) -> None:
    """The area's first and last codes (U+E000, U+F8FF) are private: a glyph reached only
    through them has no character of its own."""
    assert _character(code) is character


class _Extents:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height


class _HbFont:
    def __init__(self, extents: _Extents | None) -> None:
        self.extents = extents

    def get_glyph_extents(self, gid: int) -> _Extents | None:
        return self.extents


class _Face:
    def __init__(self, extents: _Extents | None) -> None:
        self.hb_font = _HbFont(extents)


@pytest.mark.parametrize(
    ("extents", "advance", "expected"),
    [
        (_Extents(0, 0), (0, 0), True),
        (_Extents(120, 0), (0, 0), False),  # a flat stroke (a rule) has ink
        (_Extents(0, -80), (0, 0), False),  # a hairline of no width has ink
        (_Extents(0, 0), (500, 0), False),  # an empty glyph that moves: a space
        (_Extents(0, 0), (0, 500), False),
        (None, (0, 0), False),  # HarfBuzz has no extents: a glyph id past the font's glyphs
    ],
)
def test_inkless_needs_no_advance_and_no_extent_in_either_direction(
    extents: _Extents | None, advance: tuple[int, int], expected: bool
) -> None:
    glyph = Glyph(
        gid=5, cluster=0, x_advance=advance[0], y_advance=advance[1], x_offset=0, y_offset=0
    )
    assert inkless(_Face(extents), glyph) is expected  # type: ignore[arg-type]


def test_a_blank_glyph_with_no_code_point_that_sets_a_space_is_written_as_the_space(
    fonts: FontBook,
) -> None:
    """NotoSansKR gives the space in Korean text a glyph of its own (no code point, no
    outline): written as U+E000 it was "an empty glyph for a visible character" to
    preflight, and every Korean print PDF with a space failed."""
    face = fonts.face("NotoSansKR", "bold")
    text = "인신매매를 끝내자"
    (run,) = runs(text, "ko", False, [face])
    space = next(g for g in run.glyphs if g.cluster == text.index(" "))
    assert space.gid != face.hb_font.get_nominal_glyph(0x20)  # its own glyph
    assert str(shaped(run)) == text
    assert not any(0xE000 <= ord(c) <= 0xF8FF for c in str(shaped(run)))


def test_a_korean_print_pdf_with_spaces_passes_preflight(kit_copy: Any, tmp_path: Path) -> None:
    from ..kits import cli

    kit = kit_copy()
    code, text = cli("new", "language", "ko", "--kit", kit)
    assert code == 0, text
    strings = kit / "materials/strings/ko.yaml"
    strings.write_text(
        strings.read_text(encoding="utf-8").replace(
            "  # badge: to translate\n",
            "  badge:\n    text: 인신매매를 끝내자\n  # was: to translate\n",
        ),
        encoding="utf-8",
    )
    args = ("--kit", kit, "--lang", "ko", "--only", "badge-58", "--no-png", "--no-digital")
    code, text = cli("build", *args, "-o", tmp_path / "out")
    assert code == 0, text
    assert "preflight" not in text
