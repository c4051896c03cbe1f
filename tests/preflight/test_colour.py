"""Colour: every colour-space family as preflight names it in its facts (and which of them are
RGB), patterns, operators that only look like colour, and total ink to the tenth of a per cent
with its half-per-cent tolerance. Pages are written with pikepdf (helpers of test_content.py)."""

from __future__ import annotations

from dataclasses import replace

import pikepdf
import pytest

from campaign.preflight import preflight
from tests.preflight.test_content import LOOSE, RGB_FAILURE, image, page, save


@pytest.mark.parametrize(
    ("content", "spaces", "tac"),
    [
        (b"0.5 G 0 0 m 10 10 l S", ["DeviceGray"], 0.0),
        (b"BT /DeviceRGB 12 Tf ET", [], 0.0),  # a font of that name is no colour
        (b"0.1234 0.2 0.3 0.4 k", ["DeviceCMYK"], 102.3),
        (b"0.1 0.1 0.1 0.1 K 0.2 0.2 0.2 0.2 k 0 0 0 0.5 k", ["DeviceCMYK"], 80.0),
        (b"0.7 0.7 0.7 0.7 K 0.1 0.1 0.1 0.1 k", ["DeviceCMYK"], 280.0),  # a stroke's ink
    ],
)
def test_operators(content: bytes, spaces: list[str], tac: float) -> None:
    rep = preflight(save(page(content)), LOOSE)
    assert rep.facts == {"colour_spaces": spaces, "max_vector_tac": tac}
    assert rep.failures == []


@pytest.mark.parametrize(
    ("operands", "limit", "failures"),
    [
        (b"0.75 0.75 0.75 0.75", 300, []),
        (b"0.75 0.75 0.75 0.75", 299.5, []),  # over by exactly the half per cent allowed
        (b"0.75 0.75 0.75 0.76", 300, ["page 1: a colour has 301 % total ink; the limit is 300 %"]),
        (b"0.5 0.5 0.5 0.5", 180, ["page 1: a colour has 200 % total ink; the limit is 180 %"]),
    ],
)
def test_total_ink_limit(operands: bytes, limit: float, failures: list[str]) -> None:
    rep = preflight(save(page(operands + b" k")), replace(LOOSE, max_tac=limit))
    assert rep.failures == failures


def space(pdf: pikepdf.Pdf, kind: str) -> object:
    icc = pdf.make_stream(b"icc")
    palette = pikepdf.String(bytes(8))
    fn = pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[0, 0, 0, 0], C1=[0, 0, 1, 0], N=1)
    white = pikepdf.Dictionary(WhitePoint=[0.95, 1, 1.09])
    return {
        "icc-without-n": pikepdf.Array([pikepdf.Name.ICCBased, icc]),
        "icc-n2": pikepdf.Array([pikepdf.Name.ICCBased, pdf.make_stream(b"icc", N=2)]),
        "indexed-rgb": pikepdf.Array([pikepdf.Name.Indexed, pikepdf.Name.DeviceRGB, 1, palette]),
        "indexed-cmyk": pikepdf.Array([pikepdf.Name.Indexed, pikepdf.Name.DeviceCMYK, 1, palette]),
        "calrgb": pikepdf.Array([pikepdf.Name.CalRGB, white]),
        "separation": pikepdf.Array(
            [pikepdf.Name.Separation, pikepdf.Name.Gold, pikepdf.Name.DeviceCMYK, fn]
        ),
        "lab": pikepdf.Array([pikepdf.Name.Lab, white]),
        "gray": pikepdf.Name.DeviceGray,
        "indexed-alone": pikepdf.Array([pikepdf.Name.Indexed]),  # broken: no palette
    }[kind]


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("icc-without-n", "ICCBased"),
        ("icc-n2", "ICCBased"),
        ("indexed-rgb", "DeviceRGB"),  # an RGB palette is RGB
        ("indexed-cmyk", "DeviceCMYK"),
        ("calrgb", "DeviceRGB"),
        ("separation", "Separation"),
        ("lab", "Lab"),
        ("gray", "DeviceGray"),
        ("indexed-alone", "Indexed"),
    ],
)
def test_image_colour_spaces(kind: str, name: str) -> None:
    pdf = page(b"")
    im = image(pdf, 2, 2)
    im.ColorSpace = space(pdf, kind)
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Im=im)
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["colour_spaces"] == [name]
    assert rep.failures == ([RGB_FAILURE] if name == "DeviceRGB" else [])


@pytest.mark.parametrize(("mask", "spaces"), [(True, []), (False, ["unknown"])])
def test_an_image_without_a_colour_space(mask: bool, spaces: list[str]) -> None:
    """An image mask has no colour space: it paints the fill colour, which the operators
    give (as an inline mask: colour.inline_space), so it adds none (the slug's masks are
    image XObjects). Another image without one: 'unknown'."""
    pdf = page(b"")
    im = image(pdf, 8, 1)
    del im["/ColorSpace"]
    if mask:
        im.ImageMask = True
    im.BitsPerComponent = 1
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Im=im)
    assert preflight(save(pdf), LOOSE).facts["colour_spaces"] == spaces


def shading(space: str) -> pikepdf.Dictionary:
    n = {"/DeviceRGB": 3, "/DeviceCMYK": 4}[space]
    fn = pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[0] * n, C1=[1] * n, N=1)
    return pikepdf.Dictionary(
        ShadingType=2, ColorSpace=pikepdf.Name(space), Coords=[0, 0, 100, 0], Function=fn
    )


@pytest.mark.parametrize(
    ("space", "spaces", "failures"),
    [("/DeviceRGB", ["DeviceRGB"], [RGB_FAILURE]), ("/DeviceCMYK", ["DeviceCMYK"], [])],
)
def test_shading_patterns(space: str, spaces: list[str], failures: list[str]) -> None:
    """A shading pattern is judged by its shading's space; a tiling pattern beside it (no
    shading) adds nothing."""
    pdf = page(b"/Pattern cs /P0 scn 0 0 100 100 re f")
    tiling = pdf.make_stream(
        b"0 0 5 5 re f",
        PatternType=1,
        PaintType=2,
        TilingType=1,
        BBox=[0, 0, 10, 10],
        XStep=10,
        YStep=10,
        Resources=pikepdf.Dictionary(),
    )
    pdf.pages[0].obj.Resources.Pattern = pikepdf.Dictionary(
        P0=pikepdf.Dictionary(PatternType=2, Shading=shading(space)), P1=tiling
    )
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["colour_spaces"] == spaces
    assert rep.failures == failures


@pytest.mark.parametrize(
    ("cs", "failures"),
    [
        ("/DeviceCMYK", []),
        (
            "/DeviceRGB",
            [
                "page 1: transparency blends in RGB (a transparency group's colour space); "
                "blend in the press's CMYK (/CS /DeviceCMYK)"
            ],
        ),
    ],
)
def test_transparency_blends_in_cmyk(cs: str, failures: list[str]) -> None:
    """A page with a soft-masked image and a page group: its blending space must not be RGB
    (what the generator writes: DeviceCMYK)."""
    pdf = page(b"q 100 0 0 100 0 0 cm /Im0 Do Q")
    logo = image(pdf, 2, 2)
    logo.SMask = pdf.make_stream(
        bytes(4),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=2,
        Height=2,
        ColorSpace=pikepdf.Name.DeviceGray,
        BitsPerComponent=8,
    )
    pdf.pages[0].Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=logo))
    pdf.pages[0].obj.Group = pikepdf.Dictionary(
        Type=pikepdf.Name.Group, S=pikepdf.Name.Transparency, CS=pikepdf.Name(cs)
    )
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["blending_spaces"] == [cs.lstrip("/")]
    assert [f for f in rep.failures if "ppi" not in f] == failures


def test_a_forms_transparency_group_blends_in_cmyk_too() -> None:
    """A form XObject's own transparency group (an SVG's opacity, an imported page) is a
    blending space as the page's is: one in RGB fails."""
    from tests.preflight.test_content import form

    pdf = page(b"/Fx Do")
    fx = form(pdf, b"0 0 0 1 k 0 0 10 10 re f")
    fx.Group = pikepdf.Dictionary(
        Type=pikepdf.Name.Group, S=pikepdf.Name.Transparency, CS=pikepdf.Name.DeviceRGB
    )
    pdf.pages[0].obj.Resources.XObject = pikepdf.Dictionary(Fx=fx)
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["blending_spaces"] == ["DeviceRGB"]
    assert rep.failures == [
        "page 1: transparency blends in RGB (a transparency group's colour space); "
        "blend in the press's CMYK (/CS /DeviceCMYK)"
    ]


@pytest.mark.parametrize(
    ("cs", "space"),
    [
        (pikepdf.Name("/RGB"), "DeviceRGB"),
        (pikepdf.Name("/G"), "DeviceGray"),
        (pikepdf.Name("/CMYK"), "DeviceCMYK"),
        (pikepdf.Array([pikepdf.Name("/I"), pikepdf.Name("/RGB"), 1, b"\0\0\0"]), "DeviceRGB"),
        (pikepdf.Name("/Im0"), "unknown"),  # a resource's name
    ],
)
def test_an_inline_images_abbreviated_colour_space(cs: object, space: str) -> None:
    """ISO 32000-1, table 94's abbreviations, read as their spaces when a dictionary keeps
    them as written (pikepdf's parser writes them out; another reader may not)."""
    from campaign.preflight.colour import inline_space

    assert inline_space(pikepdf.Dictionary({"/CS": cs, "/W": 1, "/H": 1})) == space


def test_the_colour_spaces_fact_is_every_pages() -> None:
    """A file's facts are the file's: RGB on page 1 and CMYK on page 2 are both named (and
    page 1 fails), not the last page's alone."""
    pdf = page(b"1 0 0 rg 0 0 10 10 re f")
    pdf.add_blank_page(page_size=(200, 200))
    pdf.pages[1].obj.Contents = pdf.make_stream(b"0 0 0 1 k 0 0 10 10 re f")
    rep = preflight(save(pdf), LOOSE)
    assert rep.facts["colour_spaces"] == ["DeviceCMYK", "DeviceRGB"]
    assert rep.failures == [RGB_FAILURE]


def separation(colorant: str, alternate: list[float]) -> pikepdf.Array:
    return pikepdf.Array(
        [
            pikepdf.Name.Separation,
            pikepdf.Name("/" + colorant),
            pikepdf.Name.DeviceCMYK,
            pikepdf.Dictionary(FunctionType=2, Domain=[0, 1], C0=[0, 0, 0, 0], C1=alternate, N=1),
        ]
    )


@pytest.mark.parametrize(
    ("content", "tac", "failures"),
    [
        # the registration colour (Separation /All) paints its tint on every plate: 4 x 75 %
        (b"/Reg CS 0.75 SCN 0 0 m 9 0 l S", 300.0, []),
        (
            b"/Reg cs 0.8 scn 0 0 9 9 re f",
            320.0,
            [
                "page 1: a colour has 320 % total ink (0 to 3.2 mm from the page's left edge, "
                "67.4 to 70.6 mm from its top edge); the limit is 300 %"
            ],
        ),
        # the CutContour plate is a cut, not ink; a DeviceCMYK stroke after it is counted
        (b"/Cut CS 1 SCN 0 0 m 9 0 l S 0.1 0.1 0.1 0.1 K", 40.0, []),
        # the fill's space is /All, the stroke's is not: the stroke's tint is not /All's
        (b"/Reg cs /Cut CS 1 SCN 0.5 scn", 200.0, []),
        # K, g and k set their device space, so a later tint is not /All's: the CMYK stroke's
        # SC takes four numbers (was: reported as a damaged stream), the gray fill's sc one
        (b"/Reg CS 0.6 SCN 0 0 m 1 1 l S 0 0 0 1 K 0 0 0 0.5 SC 0 0 m 2 2 l S", 240.0, []),
        (b"/Reg cs 0.2 scn 0.5 g 0.9 sc", 80.0, []),
        (b"/Reg cs 0.2 scn 0.1 0 0 0 k 0 0 0 0.9 sc", 80.0, []),
        # Q restores the space q saved: /All's after a K inside, the initial gray's after cs
        (b"/Reg CS q 0 0 0 1 K Q 0.5 SCN", 200.0, []),
        (b"q /Reg cs 0.2 scn Q 0.9 sc", 80.0, []),
    ],
)
def test_the_registration_colour_counts_its_tint_on_four_plates(
    content: bytes, tac: float, failures: list[str]
) -> None:
    spaces = {
        "/Reg": separation("All", [1, 1, 1, 1]),
        "/Cut": separation("CutContour", [0, 1, 0, 0]),
    }
    rep = preflight(save(page(content, {"/ColorSpace": pikepdf.Dictionary(spaces)})), LOOSE)
    assert rep.facts["max_vector_tac"] == tac
    assert rep.failures == failures
