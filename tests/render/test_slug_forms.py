"""The slug's glyphs as form XObjects: each distinct glyph's outline is one form of the file,
shared by every page, placed per occurrence with `q a 0 0 d e f cm /Name Do Q`; the page's own
content stays short."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from campaign.build import Options, build
from campaign.fonts import FontBook
from campaign.render.glyphs import OUTLINE_MARGIN, draw_outlined, glyph_outline
from campaign.text.paragraph import build_line, prepare
from tests.kits import out_path

ROOT = Path(__file__).resolve().parents[2]
GLYPH = "/FormXob.Glyph."


def built(out: Path, material: str) -> pikepdf.Pdf:
    build(ROOT, Options(out, ("en",), (material,), png_ppi=10))
    return pikepdf.open(io.BytesIO((out / out_path(material, "en")).read_bytes()))


def glyph_forms(page: pikepdf.Page) -> dict[str, pikepdf.Object]:
    xobjects = page.Resources.get("/XObject") or {}
    return {name: xo for name, xo in xobjects.items() if name.startswith(GLYPH)}


def test_each_slug_glyph_is_one_form_shared_by_both_sides(tmp_path: Path) -> None:
    with built(tmp_path, "flyer-a5") as pdf:
        assert len(pdf.pages) == 2
        shared = []
        for page in pdf.pages:
            forms = glyph_forms(page)
            ins = [(str(i.operator), list(i.operands)) for i in pikepdf.parse_content_stream(page)]
            placed = [n for n, (op, args) in enumerate(ins) if op == "Do" and str(args[0]) in forms]
            # "slug  |  flyer-a5  |  en ...": glyphs repeat, each form is placed several times
            assert len(forms) > 20
            assert len(placed) > len(forms)
            assert {str(ins[n][1][0]) for n in placed} == set(forms)
            for n in placed:  # q a 0 0 d e f cm /Name Do Q, one scale for x and y
                assert [op for op, _ in ins[n - 2 : n + 2]] == ["q", "cm", "Do", "Q"]
                a, b, c, d, _, _ = (float(v) for v in ins[n - 1][1])
                assert a == d > 0
                assert b == c == 0
            shared.append({name: xo.objgen for name, xo in forms.items()})
        assert shared[0] == shared[1]  # the same objects on both pages
        in_file = [
            obj
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Form"
        ]
        names = set(shared[0].values())
        assert len([o for o in in_file if o.objgen in names]) == len(names)


def test_a_glyph_form_is_its_outline_and_a_fill_inside_its_box(tmp_path: Path) -> None:
    """No colour (it fills in the registration colour set before it), no resources, and a
    /BBox around every point of the outline with a margin (the clip never cuts the glyph)."""
    with built(tmp_path, "event-flyer-a5") as pdf:
        forms = glyph_forms(pdf.pages[0])
        assert forms
        for xo in forms.values():
            assert "/Resources" not in xo
            left, bottom, right, top = (float(v) for v in xo.BBox)
            ops = pikepdf.parse_content_stream(xo)
            assert {str(i.operator) for i in ops} <= {"m", "l", "c", "h", "f"}
            assert str(ops[-1].operator) == "f"
            points = [float(v) for i in ops for v in i.operands]
            xs, ys = points[0::2], points[1::2]
            assert left < min(xs)
            assert max(xs) < right
            assert bottom < min(ys)
            assert max(ys) < top


def test_the_event_flyers_page_has_few_instructions(tmp_path: Path) -> None:
    """The slug drawn inline was 2,900 of the page's 3,200 instructions; as forms, the page
    places each glyph with four, and each form's outline is in the file once."""
    with built(tmp_path, "event-flyer-a5") as pdf:
        (page,) = pdf.pages
        own = len(pikepdf.parse_content_stream(page))
        forms = sum(len(pikepdf.parse_content_stream(xo)) for xo in glyph_forms(page).values())
        assert own < 1200
        assert own + forms < 2400


@pytest.mark.parametrize("size", [6.0, 4.8])
def test_glyph_forms_are_named_by_face_and_glyph_and_added_once(
    fonts: FontBook, size: float
) -> None:
    face = fonts.face("NotoSans", "regular")
    p = prepare("abba", "en", False, [face])
    line = build_line(p, 0, 4, size)[0]
    c = Canvas(io.BytesIO(), pagesize=(100, 50), invariant=1)
    draw_outlined(c, line, 5, 20, size)
    draw_outlined(c, line, 5, 30, size)
    gids = {g.gid for g in line[0].glyphs}
    assert sorted(c._formsinuse) == sorted(f"Glyph.{face.key}.{gid}" for gid in gids)
    code = "\n".join(c._code)
    assert code.count(" Do Q") == 8
    for gid in gids:
        outline = glyph_outline(face, gid)
        assert outline is not None
        assert c._doc.hasForm(f"Glyph.{face.key}.{gid}")
        left, bottom, right, top = outline.box
        assert right - left > 2 * OUTLINE_MARGIN * face.upem


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
def test_glyph_forms_draw_the_pixels_of_the_inline_outlines(fonts: FontBook, scale: float) -> None:
    """Placed as forms, the slug's glyphs give the pixels of the same outlines drawn inline
    (the form's /BBox, a clip, stays clear of every edge), at 72 and 600 ppi."""
    face = fonts.face("NotoSans", "regular")
    text = "slug  |  event-flyer-a5  |  bleed 3 mm  |  build 0f9a"
    line = build_line(prepare(text, "en", False, [face]), 0, len(text), 6.0)[0]
    x, y, size = 5.3, 17.1, 6.0

    def inline(c: Canvas) -> None:
        ops = []
        for run in line:
            scale_ = size / face.upem
            pen = x + run.x
            for g in run.glyphs:
                outline = glyph_outline(face, g.gid)
                if outline:
                    gx, gy = pen + g.x_offset * scale_, y + g.y_offset * scale_
                    ops.append(f"q {scale_:.6g} 0 0 {scale_:.6g} {gx:.3f} {gy:.3f} cm")
                    ops.append(f"{outline.ops} f Q")
                pen += g.x_advance * scale_
        c._code.append("\n".join(ops))

    def as_forms(c: Canvas) -> None:
        draw_outlined(c, line, x, y, size)
        assert " Do Q" in c._code[-1]

    expected = render(inline, scale)
    assert (expected < 250).sum() > 100  # ink
    assert np.array_equal(render(as_forms, scale), expected)
