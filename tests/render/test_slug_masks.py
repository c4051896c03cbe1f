"""The slug's fields as image masks (render.rastered): each field and separator is one image
XObject, shared by every page and placed with `q w 0 0 h x y cm /Name Do Q`; the build hash,
new in every file, is its label's mask and one mask per digit. A merge's records share every
mask they both use, byte for byte. Glyph outlines in forms (render.glyphs: an imposed
sheet's slug) are tested here too."""

from __future__ import annotations

import io
import unicodedata
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.build import Options, build
from campaign.fonts import FontBook
from campaign.render.glyphs import draw_run
from campaign.render.outlines import OUTLINE_MARGIN, draw_outlined, glyph_outline, outline_content
from campaign.render.rastered import SLUG_PPI, draw_rastered, raster_mask
from campaign.text.paragraph import build_line, prepare
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]
MASK = "/FormXob.Mask."  # reportlab names every XObject FormXob.<name>


def built(out: Path, material: str) -> pikepdf.Pdf:
    build(ROOT, Options(out, ("en",), (material,), png_ppi=10))
    return pikepdf.open(io.BytesIO((out / out_path(material, "en")).read_bytes()))


def masks(page: pikepdf.Page) -> dict[str, pikepdf.Object]:
    xobjects = page.Resources.get("/XObject") or {}
    return {name: xo for name, xo in xobjects.items() if name.startswith(MASK)}


def placements(page: pikepdf.Page) -> list[tuple[str, list[float]]]:
    """Each mask the page's content places: its name and the `cm` just before it."""
    ins = [(str(i.operator), list(i.operands)) for i in pikepdf.parse_content_stream(page)]
    out = []
    for n, (op, args) in enumerate(ins):
        if op == "Do" and str(args[0]).startswith(MASK):
            assert ins[n - 1][0] == "cm"
            out.append((str(args[0]), [float(v) for v in ins[n - 1][1]]))
    return out


def test_each_slug_field_is_one_mask_shared_by_both_sides_but_the_side(tmp_path: Path) -> None:
    with built(tmp_path, "flyer-a5") as pdf:
        assert len(pdf.pages) == 2
        shared = []
        for page in pdf.pages:
            found = masks(page)
            slug = placements(page)
            # "flyer-a5  |  en  |  trim ...": a mask per field and one separator, placed
            # between every two fields; "build " and a mask per digit of the hash (16 digits,
            # at most 16 distinct)
            assert 8 <= len(found) <= 30
            names = [name for name, _ in slug]
            assert len(names) > len(set(names))
            assert set(names) == set(found)
            for name, cm in slug:  # q w 0 0 h x y cm: the image's unit square on its box
                xo = found[name]
                assert cm[1] == cm[2] == 0
                assert cm[0] == pytest.approx(int(xo.Width) * 72 / SLUG_PPI, abs=1e-3)
                assert cm[3] == pytest.approx(int(xo.Height) * 72 / SLUG_PPI, abs=1e-3)
            xs = [cm[4] for _, cm in slug]
            assert xs == sorted(xs)  # left to right along the line
            # no form: a reader's page load parses a form's content, and an image only when
            # it draws it (the QR code is the page's one form)
            forms = [xo for xo in page.Resources.XObject.values() if xo.get("/Subtype") == "/Form"]
            assert len(forms) == 1
            shared.append({name: xo.objgen for name, xo in found.items()})
        # the same objects on both pages, but the side's field ("front (1/2)", "back (2/2)")
        front, back = (set(found.items()) for found in shared)
        assert len(front - back) == len(back - front) == 1


def test_a_slug_mask_is_a_1_bit_image_mask_at_1200_ppi(tmp_path: Path) -> None:
    """No colour space (it paints the registration colour set before it), 1 bit a sample,
    placed at 1,200 ppi across and down; preflight counts no colour space for it."""
    with built(tmp_path, "event-flyer-a5") as pdf:
        page = pdf.pages[0]
        slug = placements(page)
        assert slug
        for name, cm in slug:
            xo = page.Resources.XObject[name]
            assert xo.Subtype == pikepdf.Name.Image
            assert xo.ImageMask is True
            assert xo.BitsPerComponent == 1
            assert "/ColorSpace" not in xo
            assert int(xo.Width) / (cm[0] / 72) == pytest.approx(SLUG_PPI, rel=1e-3)
            assert int(xo.Height) / (cm[3] / 72) == pytest.approx(SLUG_PPI, rel=1e-3)
            rows = (int(xo.Width) + 7) // 8
            assert len(xo.read_bytes()) == rows * int(xo.Height)


def test_the_event_flyers_page_has_few_instructions(tmp_path: Path) -> None:
    """The slug drawn inline was 2,900 of the page's 3,200 instructions, and as one form per
    glyph 400 of them (a q, cm, Do and Q per glyph) with 41 forms; as one mask per field, four
    a field, and the build hash's digits a mask each (at most 16 more)."""
    with built(tmp_path, "event-flyer-a5") as pdf:
        (page,) = pdf.pages
        assert len(pikepdf.parse_content_stream(page)) < 700
        assert len(masks(page)) <= 30


def test_a_merges_records_share_every_slug_mask_they_both_use(tmp_path: Path) -> None:
    """Byte for byte, as deflated once by us (render.rastered), so these images are not
    deflated again in each file. The build hashes differ: a mask only one record has is one
    digit of its hash (one glyph)."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue\n"
        "walk-1,en,Walk one,2026-07-30,08:00,Park\n"
        "walk-2,en,Walk two,2026-07-30,08:00,Park\n",
        encoding="utf-8",
    )
    from campaign.cli import main

    out = tmp_path / "out"
    args = ["merge", "event-flyer-a5", str(data), "-o", str(out), "--no-png", "--no-digital", "-q"]
    main(args, standalone_mode=False)
    found: list[dict[str, tuple[bytes, int]]] = []
    for n in (1, 2):
        path = out / "event-flyer-a5" / f"event-flyer-a5-en-walk-{n}.pdf"
        with pikepdf.open(path) as pdf:
            page = pdf.pages[0]
            each = {}
            for name, xo in masks(page).items():
                raw = xo.read_raw_bytes()
                assert xo.Filter == pikepdf.Name.FlateDecode
                assert raw == zlib.compress(xo.read_bytes())  # our deflate, kept as it was
                each[name] = (raw, int(xo.Width))
            found.append(each)
    digit = 0.6 * 6.0 * SLUG_PPI / 72  # a digit's width at 6 pt, in samples, and more
    for name in set(found[0]) ^ set(found[1]):
        _, width = found[0].get(name) or found[1][name]
        assert width < digit  # one glyph: a digit
    assert len(set(found[0]) | set(found[1])) <= len(found[0]) + 6  # 16 digits in all
    for name in set(found[0]) & set(found[1]):
        assert found[0][name] == found[1][name]


@pytest.mark.parametrize("size", [6.0, 4.8])
def test_a_text_is_one_form_named_by_its_content_and_added_once(
    fonts: FontBook, size: float
) -> None:
    face = fonts.face("NotoSans", "regular")
    p = prepare("abba", "en", False, [face])
    line = build_line(p, 0, 4, size)[0]
    c = Canvas(io.BytesIO(), pagesize=(100, 50), invariant=1)
    draw_outlined(c, line, 5, 20, size)
    draw_outlined(c, line, 5, 30, size)
    (name,) = set(c._formsinuse)
    assert name.startswith("Filled.")
    assert c._doc.hasForm(name)
    code = "\n".join(c._code)
    assert code.count(" Do") == 2
    other = build_line(prepare("baba", "en", False, [face]), 0, 4, size)[0]
    draw_outlined(c, other, 5, 40, size)
    assert len(set(c._formsinuse)) == 2
    form = outline_content(line, size)
    assert form is not None
    assert form.content.count(b" f Q") == 4  # one outline per glyph
    for g in line[0].glyphs:
        outline = glyph_outline(face, g.gid)
        assert outline is not None
        left, bottom, right, top = outline.box
        assert right - left > 2 * OUTLINE_MARGIN * face.upem


@pytest.mark.parametrize(
    ("draw", "content"),
    [(draw_outlined, outline_content), (draw_rastered, raster_mask)],
)
def test_spaces_alone_draw_no_xobject(fonts: FontBook, draw: Any, content: Any) -> None:
    """As outlines or as a mask: no XObject, nothing drawn."""
    face = fonts.face("NotoSans", "regular")
    line = build_line(prepare("   ", "en", False, [face]), 0, 3, 6.0)[0]
    c = Canvas(io.BytesIO(), pagesize=(100, 50), invariant=1)
    draw(c, line, 5, 20, 6.0)
    assert c._formsinuse == []
    assert content(line, 6.0) is None


def render(draw: object, scale: float) -> np.ndarray:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(200, 40), invariant=1)
    c.setFillColorCMYK(0.75, 0.75, 0.75, 0.75)
    draw(c)  # type: ignore[operator]
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    pixels = np.asarray(doc[0].render(scale=scale).to_pil().convert("L"))
    doc.close()
    return pixels


@pytest.mark.parametrize("scale", [1.0, 600 / 72])
def test_a_slug_form_draws_the_pixels_of_its_outlines_drawn_inline(
    fonts: FontBook, scale: float
) -> None:
    """Placed as a form, a field's glyphs give the pixels of the same outlines drawn inline
    (the form's /BBox, a clip, stays clear of every edge), at 72 and 600 ppi: at most one
    level apart (PDFium's matrices through a form round otherwise: 13 pixels of 557,000 at
    600 ppi, inside the glyphs), where a clip into a glyph takes whole levels of ink."""
    face = fonts.face("NotoSans", "regular")
    text = "slug  |  event-flyer-a5  |  bleed 3 mm  |  build 0f9a"
    line = build_line(prepare(text, "en", False, [face]), 0, len(text), 6.0)[0]
    x, y, size = 5.3, 17.1, 6.0
    form = outline_content(line, size)
    assert form is not None

    def inline(c: Canvas) -> None:
        c.saveState()
        c.translate(x, y)
        c._code.append(form.content.decode("ascii"))
        c.restoreState()

    def as_form(c: Canvas) -> None:
        draw_outlined(c, line, x, y, size)
        assert c._formsinuse

    expected = render(inline, scale).astype(int)
    assert (expected < 250).sum() > 100  # ink
    assert np.abs(render(as_form, scale).astype(int) - expected).max() <= 1


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (6.0, "event-flyer-a5  |  trim 148 x 210 mm  |  build 0f9a"),
        (4.8, "event-flyer-a5  |  trim 148 x 210 mm  |  build 0f9a"),
        # a campaign named in Vietnamese with combining accents (NFD): each mark was drawn
        # on its own, beside its letter or on a dotted circle
        (6.0, unicodedata.normalize("NFD", "Người Chiến ỵ̂ Việt")),
    ],
)
def test_a_rastered_field_covers_the_pixels_of_its_text(
    fonts: FontBook, size: float, text: str
) -> None:
    """The mask's letters are the font's, where HarfBuzz placed them: rendered at 600 ppi, every
    pixel of the field's ink is within one pixel of the same runs' ink drawn as text, and the
    other way round (the edges differ by a pixel: a mask of 1,200 ppi against anti-aliased
    outlines), and their ink spans the same pixels to one either way."""
    face = fonts.face("NotoSans", "regular")
    line = build_line(prepare(text, "en", False, [face]), 0, len(text), size)[0]
    x, y = 5.3, 17.1

    def as_text(c: Canvas) -> None:
        for run in line:
            draw_run(c, run, x + run.x, y, size)

    text_ink = render(as_text, 600 / 72) < 128
    mask_ink = render(lambda c: draw_rastered(c, line, x, y, size), 600 / 72) < 128
    assert text_ink.sum() > 1000

    def grown(ink: np.ndarray) -> np.ndarray:  # each pixel and its eight neighbours
        out = ink.copy()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                out |= np.roll(np.roll(ink, dy, 0), dx, 1)
        return out

    assert (mask_ink & ~grown(text_ink)).sum() <= 0.002 * text_ink.sum()
    assert (text_ink & ~grown(mask_ink)).sum() <= 0.002 * text_ink.sum()
    assert abs(int(mask_ink.sum()) - int(text_ink.sum())) <= 0.05 * text_ink.sum()
    rows, cols = np.nonzero(text_ink)
    mrows, mcols = np.nonzero(mask_ink)
    for a, b in ((rows.min(), mrows.min()), (rows.max(), mrows.max())):
        assert abs(int(a) - int(b)) <= 1
    for a, b in ((cols.min(), mcols.min()), (cols.max(), mcols.max())):
        assert abs(int(a) - int(b)) <= 1
