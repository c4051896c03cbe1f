"""Image resolution as placed, however the image is reached: rotated and stretched matrices,
the graphics state saved and restored, several images, forms with their /Matrix, nested to
the depth preflight follows, loops of forms; and pages whose resources are shared, indirect
or missing. Pages are written with pikepdf (helpers of test_content.py)."""

from __future__ import annotations

import pikepdf
import pytest

from campaign.preflight import Expect, preflight
from campaign.preflight.images import MAX_FORM_DEPTH
from campaign.preflight.pdf import multiply
from tests.preflight.test_content import LOOSE, form, image, page, save


def placed(content: bytes, w: int, h: int, expect: Expect = LOOSE) -> tuple[object, list[str]]:
    pdf = page(content)
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Im=image(pdf, w, h))
    rep = preflight(save(pdf), expect)
    return rep.facts.get("min_image_ppi"), rep.failures + rep.warnings


@pytest.mark.parametrize(
    ("content", "w", "h", "ppi"),
    [
        (b"q 0 72 -144 0 100 10 cm /Im Do Q", 120, 480, 120.0),  # 1 in across, 2 in down
        (b"q 0 72 -72 0 100 10 cm /Im Do Q", 240, 120, 120.0),  # rotated: the height limits
        (b"q 72 0 0 36 10 10 cm /Im Do Q", 240, 60, 120.0),  # half an inch high
        (b"q 10 0 0 10 0 0 cm Q q 72 0 0 72 0 0 cm /Im Do Q", 120, 120, 120.0),  # restored
        (b"Q 72 0 0 72 0 0 cm /Im Do", 120, 120, 120.0),  # a Q with nothing saved: ignored
        (b"q 50.4 0 0 50.4 0 0 cm /Im Do Q", 100, 100, 142.9),  # 0.7 in: 142.857...
    ],
)
def test_resolution_as_placed(content: bytes, w: int, h: int, ppi: float) -> None:
    found, problems = placed(content, w, h)
    assert found == ppi
    assert problems == [f"page 1: an image prints at {ppi:.0f} ppi; at least 150 is needed"]


@pytest.mark.parametrize(
    ("px", "problems"),
    [
        (149, ["page 1: an image prints at 149 ppi; at least 150 is needed"]),
        (150, ["page 1: an image prints at 150 ppi; 300 is recommended"]),
        (299, ["page 1: an image prints at 299 ppi; 300 is recommended"]),
        (300, []),
    ],
)
def test_limits_are_inclusive(px: int, problems: list[str]) -> None:
    """150 ppi is enough to pass, 300 enough not to warn."""
    found, got = placed(b"q 72 0 0 72 0 0 cm /Im Do Q", px, px)
    assert found == float(px)
    assert got == problems


def test_the_worst_of_several_images() -> None:
    pdf = page(b"q 72 0 0 72 0 0 cm /Lo Do Q q 36 0 0 36 0 0 cm /Hi Do Q")
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(
        Lo=image(pdf, 100, 100), Hi=image(pdf, 100, 100)
    )
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["min_image_ppi"] == 100.0  # not the 200 ppi of the one drawn last


def test_an_xobject_missing_from_the_resources_is_skipped() -> None:
    rep = preflight(save(page(b"q 72 0 0 72 0 0 cm /Nope Do Q")), LOOSE)
    assert rep.failures == []
    assert "min_image_ppi" not in rep.facts


def test_a_forms_matrix_scales_its_images() -> None:
    pdf = page(b"/Fx Do")
    fx = form(pdf, b"q 36 0 0 36 0 0 cm /Im Do Q", {"/XObject": {"/Im": image(pdf, 120, 120)}})
    fx.Matrix = [2, 0, 0, 2, 0, 0]  # the image's half inch becomes one inch
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    assert preflight(save(pdf), LOOSE).facts["min_image_ppi"] == 120.0


@pytest.mark.parametrize(("depth", "ppi"), [(MAX_FORM_DEPTH, 120.0), (MAX_FORM_DEPTH + 1, None)])
def test_forms_are_followed_eight_deep(depth: int, ppi: float | None) -> None:
    assert MAX_FORM_DEPTH == 8
    pdf = page(b"q 72 0 0 72 0 0 cm /F Do Q")
    inner = form(pdf, b"/Im Do", {"/XObject": {"/Im": image(pdf, 120, 120)}})
    for _ in range(depth - 1):
        inner = form(pdf, b"/F Do", {"/XObject": pikepdf.Dictionary(F=inner)})
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(F=inner)
    assert preflight(save(pdf), LOOSE).facts.get("min_image_ppi") == ppi


def test_a_loop_of_forms_ends() -> None:
    """A form that draws itself: its resources are read once, its images measured to the
    depth limit."""
    pdf = page(b"q 72 0 0 72 0 0 cm /Fx Do Q")
    fx = pdf.make_indirect(form(pdf, b"0 0 0 1 k /Im Do /Fx Do"))
    fx.Resources.XObject = pikepdf.Dictionary(Fx=fx, Im=image(pdf, 200, 200))
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts == {
        "colour_spaces": ["DeviceCMYK"],
        "max_vector_tac": 100.0,
        "min_image_ppi": 200.0,
        "max_image_tac": 0.0,  # its samples are all 0 (preflight.image_ink)
    }
    assert rep.failures == []


def test_a_page_without_resources_of_its_own() -> None:
    """(qpdf gives such a page an empty /Resources dictionary when it is read.)"""
    pdf = page(b"0 0 0 1 k 0 0 10 10 re f")
    del pdf.pages[0].obj["/Resources"]
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == []
    assert rep.facts == {"colour_spaces": ["DeviceCMYK"], "max_vector_tac": 100.0}


def bare_font(pdf: pikepdf.Pdf) -> object:
    return pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Bare
    )


def test_indirect_page_resources_are_read() -> None:
    pdf = page(b"BT /F1 12 Tf (A) Tj ET")
    res = pdf.make_indirect(pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=bare_font(pdf))))
    pdf.pages[0].obj.Resources = res
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == ["page 1: font /Bare is used but not embedded"]


def test_resources_shared_by_two_forms_are_read_once() -> None:
    pdf = page(b"/Fa Do /Fb Do")
    shared = pdf.make_indirect(pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=bare_font(pdf))))
    fa, fb = form(pdf, b"BT /F1 9 Tf (A) Tj ET"), form(pdf, b"BT /F1 9 Tf (B) Tj ET")
    fa.Resources = fb.Resources = shared
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fa=fa, Fb=fb)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == ["page 1: font /Bare is used but not embedded"]


@pytest.mark.parametrize("names", [("Fa", "Fb"), ("Fb", "Fa")])
def test_a_form_without_resources_does_not_hide_the_next(names: tuple[str, str]) -> None:
    """One form has no resources, the other names an RGB colour space in its own."""
    pdf = page(b"/Fa Do /Fb Do")
    bare = form(pdf, b"0 0 10 10 re f")
    del bare["/Resources"]
    spaces = pikepdf.Dictionary(C0=pikepdf.Name.DeviceRGB)
    rgb = form(pdf, b"/C0 cs 1 0 0 sc 0 0 10 10 re f", {"/ColorSpace": spaces})
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(
        {f"/{names[0]}": bare, f"/{names[1]}": rgb}
    )
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["colour_spaces"] == ["DeviceRGB"]


def test_matrix_product() -> None:
    """m x n for PDF matrices [a b c d e f]: the rows (a b 0), (c d 0), (e f 1)."""
    assert multiply([1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]) == [25, 28, 57, 64, 100, 112]
    assert multiply([2, 0, 0, 2, 0, 0], [0, 1, -1, 0, 5, 7]) == [0, 2, -2, 0, 5, 7]


@pytest.mark.parametrize(
    ("content", "ppi"),
    [
        (b"q 72 0 0 36 10 10 cm BI /W 120 /H 60 /IM true /F /AHx ID 00> EI Q", 120.0),
        # in a form placed at half size: twice the resolution, and still too low
        (b"q 0.5 0 0 0.5 0 0 cm /Fx Do Q", 120.0),
    ],
)
def test_an_inline_images_resolution_as_placed(content: bytes, ppi: float) -> None:
    """An inline image (the slug's masks are) is placed as an XObject image is: its samples
    over the unit square under the current matrix; it was not looked at. A 1-bit mask (`/IM
    true`) is told apart from an image: `check --pdf` summed up a file without pictures as
    "images from 1200 ppi" (its slug's masks)."""
    pdf = page(content)
    inline = b"q 144 0 0 72 0 0 cm BI /W 120 /H 60 /IM true /F /AHx ID 00> EI Q"
    fx = form(pdf, inline)
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts.get("min_mask_ppi") == ppi
    assert "min_image_ppi" not in rep.facts
    assert rep.failures == [
        f"page 1: a 1-bit image mask prints at {ppi:.0f} ppi; at least 150 is needed"
    ]
    # the same samples as a grey image: an image
    grey = page(content.replace(b"/IM true", b"/CS /G /BPC 8"))
    grey.pages[0].obj.Resources.XObject = pikepdf.Dictionary(
        Fx=form(grey, inline.replace(b"/IM true", b"/CS /G /BPC 8"))
    )
    rep = preflight(save(grey), LOOSE)
    assert rep.facts.get("min_image_ppi") == ppi
    assert "min_mask_ppi" not in rep.facts


def test_the_worst_of_several_masks() -> None:
    """Two 1-bit masks an inch wide, of 200 and 400 samples: the file's masks print from
    200 ppi (the lower), which is below the 300 recommended."""
    masks = b" ".join(
        b"q 72 0 0 72 0 0 cm BI /W %d /H %d /IM true /F /AHx ID 00> EI Q" % (n, n)
        for n in (400, 200)
    )
    rep = preflight(save(page(masks)), LOOSE)
    assert rep.facts.get("min_mask_ppi") == 200.0
    assert rep.warnings == ["page 1: a 1-bit image mask prints at 200 ppi; 300 is recommended"]


def test_the_image_fact_is_the_lowest_of_any_page() -> None:
    """A file's facts are the file's: page 2's 200 ppi, not the higher or the last page's."""
    pdf = page(b"q 72 0 0 72 0 0 cm /Im Do Q")
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Im=image(pdf, 200, 200))
    pdf.add_blank_page(page_size=(200, 200))
    second = pdf.pages[1].obj
    second.Contents = pdf.make_stream(b"q 72 0 0 72 0 0 cm /Im Do Q")
    second.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im=image(pdf, 400, 400)))
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["min_image_ppi"] == 200.0
    assert rep.warnings == ["page 1: an image prints at 200 ppi; 300 is recommended"]


def test_an_image_mask_xobject_is_a_mask() -> None:
    """An image XObject with /ImageMask true (a stencil in the fill colour) is told apart
    from an image, as an inline mask is."""
    pdf = page(b"q 72 0 0 72 0 0 cm /Im Do Q")
    mask = pdf.make_stream(
        bytes(13 * 100),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=100,
        Height=100,
        ImageMask=True,
        BitsPerComponent=1,
    )
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Im=mask)
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts.get("min_mask_ppi") == 100.0
    assert "min_image_ppi" not in rep.facts
    assert rep.failures == ["page 1: a 1-bit image mask prints at 100 ppi; at least 150 is needed"]
