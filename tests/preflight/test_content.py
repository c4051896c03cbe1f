"""Preflight reads every place colour and images can hide: form XObjects (nested), named
colour spaces in the resources, the `cs` operator, images placed rotated or stretched.
Pages are written with pikepdf, so each test says exactly what the content stream holds."""

from __future__ import annotations

import io

import pikepdf
import pytest

from campaign.preflight import Expect, preflight

LOOSE = Expect(bleed_mm=0, output_intent=False, safe_mm=0)
RGB_FAILURE = "page 1: RGB colour in a print file (convert it to CMYK)"


def page(content: bytes, resources: dict[str, object] | None = None) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    pg = pdf.pages[0]
    pg.obj.Contents = pdf.make_stream(content)
    pg.obj.Resources = pikepdf.Dictionary(resources or {})
    return pdf


def save(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def form(pdf: pikepdf.Pdf, content: bytes, resources: dict[str, object] | None = None) -> object:
    return pdf.make_stream(
        content,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 100, 100],
        Resources=pikepdf.Dictionary(resources or {}),
    )


@pytest.mark.parametrize("depth", [1, 2])
def test_rgb_inside_a_form_xobject(depth: int) -> None:
    pdf = page(b"/Fx Do")
    inner = form(pdf, b"0.2 0.4 0.6 rg 0 0 10 10 re f")
    for _ in range(depth - 1):
        inner = form(pdf, b"/Fx Do", {"/XObject": pikepdf.Dictionary(Fx=inner)})
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=inner)
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["colour_spaces"] == ["DeviceRGB"]
    assert rep.failures == [RGB_FAILURE]


def test_total_ink_inside_a_form_xobject() -> None:
    pdf = page(b"/Fx Do")
    fx = form(pdf, b"0.9 0.9 0.9 0.9 k 0 0 10 10 re f")
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["max_vector_tac"] == 360.0
    assert rep.failures == [
        "page 1: a colour has 360 % total ink (0 to 3.5 mm from the page's left edge, 67 to "
        "70.6 mm from its top edge); the limit is 300 %"
    ]


@pytest.mark.parametrize(
    ("content", "resources", "spaces", "fails"),
    [
        (b"/DeviceRGB cs 0.1 0.2 0.3 sc", {}, ["DeviceRGB"], True),
        (b"/CalRGB CS", {}, ["DeviceRGB"], True),
        (b"/DeviceCMYK cs 0 0 0 1 sc", {}, [], False),
        (b"/C0 cs 0.5 sc", {"/ColorSpace": {"/C0": pikepdf.Name.DeviceRGB}}, ["DeviceRGB"], True),
        (b"0.2 0.4 0.6 0.1 k", {}, ["DeviceCMYK"], False),
        (b"0.5 g", {}, ["DeviceGray"], False),
    ],
    ids=["cs-rgb", "CS-calrgb", "cs-cmyk", "named-rgb", "k", "g"],
)
def test_colour_space_operators_and_resources(
    content: bytes, resources: dict[str, object], spaces: list[str], fails: bool
) -> None:
    res = {k: pikepdf.Dictionary(v) for k, v in resources.items()}
    rep = preflight(save(page(content, res)), LOOSE)
    assert rep.facts["colour_spaces"] == spaces
    assert (RGB_FAILURE in rep.failures) == fails


def image(pdf: pikepdf.Pdf, w: int, h: int) -> object:
    return pdf.make_stream(
        bytes(w * h * 4),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=w,
        Height=h,
        ColorSpace=pikepdf.Name.DeviceCMYK,
        BitsPerComponent=8,
    )


@pytest.mark.parametrize(
    ("matrix", "ppi"),
    [
        (b"72 0 0 72 10 10", 120.0),  # 120 x 240 px in 1 x 1 in: the width limits
        (b"0 72 -72 0 100 10", 120.0),  # rotated 90 degrees: still 1 x 1 in
        (b"36 0 0 144 10 10", 120.0),  # 0.5 x 2 in: 240 ppi across, 120 down
        (b"q 2 0 0 2 0 0 cm 36 0 0 36 5 5", 120.0),  # scaled twice: the matrices multiply
        (b"36 0 0 36 10 10", 240.0),  # half an inch each way
    ],
)
def test_image_resolution_as_placed(matrix: bytes, ppi: float) -> None:
    pdf = page(b"q " + matrix + b" cm /Im Do Q" + (b" Q" if matrix.startswith(b"q") else b""))
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Im=image(pdf, 120, 240))
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["min_image_ppi"] == ppi
    low = [f for f in rep.failures if "ppi" in f]
    assert low == (
        [f"page 1: an image prints at {ppi:.0f} ppi; at least 150 is needed"] if ppi < 150 else []
    )


@pytest.mark.parametrize(("embedded", "fails"), [(True, False), (False, True)])
def test_type0_font_is_judged_by_its_descendant(embedded: bool, fails: bool) -> None:
    pdf = page(b"BT /F1 12 Tf 10 10 Td <0001> Tj ET")
    descriptor = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name.Cid)
    if embedded:
        descriptor.FontFile2 = pdf.make_stream(b"font program")
    cid = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name.Cid,
        FontDescriptor=descriptor,
    )
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type0,
        BaseFont=pikepdf.Name.Cid,
        Encoding=pikepdf.Name("/Identity-H"),
        DescendantFonts=[cid],
    )
    pdf.pages[0].obj.Resources.Font = pikepdf.Dictionary(F1=font)
    rep = preflight(save(pdf), LOOSE)
    failure = "page 1: font /Cid is used but not embedded"
    assert (failure in rep.failures) == fails


def test_image_inside_a_form_xobject_is_measured() -> None:
    pdf = page(b"q 72 0 0 72 10 10 cm /Fx Do Q")
    fx = form(pdf, b"q 1 0 0 1 0 0 cm /Im Do Q", {"/XObject": {"/Im": image(pdf, 20, 20)}})
    fx.BBox = [0, 0, 1, 1]
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), LOOSE)
    assert "page 1: an image prints at 20 ppi; at least 150 is needed" in rep.failures


INLINE_RGB = b"BI /W 2 /H 1 /CS /RGB /BPC 8 /F /AHx ID FF0000 00FF00> EI"


@pytest.mark.parametrize(
    ("image", "space"),
    [
        (INLINE_RGB, "DeviceRGB"),
        (b"BI /W 2 /H 1 /CS /DeviceRGB /BPC 8 /F /AHx ID FF000000FF00> EI", "DeviceRGB"),
        (b"BI /W 2 /H 1 /CS [/I /RGB 1 <FF000000FF00>] /BPC 8 /F /AHx ID 0001> EI", "DeviceRGB"),
        (b"BI /W 2 /H 1 /CS /CMYK /BPC 8 /F /AHx ID 00FF00FF00FF00FF> EI", "DeviceCMYK"),
        (b"BI /W 2 /H 1 /CS /G /BPC 8 /F /AHx ID 00FF> EI", "DeviceGray"),
        (b"BI /W 16 /H 1 /IM true /F /AHx ID 00FF> EI", None),  # a mask: the fill colour's
    ],
)
def test_an_inline_images_colour_space_is_read(image: bytes, space: str | None) -> None:
    """An inline image (BI ... ID ... EI) names its colour space in the content stream, often
    abbreviated (/RGB, /G, /CMYK, /I): one in RGB fails a print file as an XObject's does; it
    passed, as preflight read only XObjects' spaces."""
    pdf = page(b"0 0 0 1 k q 0.25 0 0 0.25 10 10 cm " + image + b" Q")  # 288 ppi and more
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["colour_spaces"] == sorted({"DeviceCMYK", *([space] if space else [])})
    assert rep.failures == ([RGB_FAILURE] if space == "DeviceRGB" else [])


def test_an_inline_image_in_a_form_is_read_too() -> None:
    pdf = page(b"/Fx Do")
    fx = form(pdf, b"q 0.25 0 0 0.25 0 0 cm " + INLINE_RGB + b" Q")
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), LOOSE)
    assert rep.failures == [RGB_FAILURE]
