"""SVG art's gradient fills at their opacity, in the print PDF (CMYK) and the PNG preview: a
designer's trial found a gradient-filled shape at `opacity` or `fill-opacity` 0.5 printed
fully opaque where a solid fill at 0.5 was blended (svglib draws a gradient as a shading and
drops every alpha; render.gradients draws it).

Each art is drawn on a page of its own size by draw_pdf, rasterised at 4 px per SVG unit:
the print PDF by PDFium, the screen PDF through render.png (the PNG preview's own path). A
gradient square is read at its centre and compared with a solid square of the same colour
at the same alpha, drawn beside it in the same file (renderPDF's ExtGState `/ca`, which was
already right): the same pixel within 2 levels per channel, in sRGB and in CMYK as PDFium
shows it."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign.fonts import FontBook
from campaign.layout.document import Box, Document, Page, SvgItem
from campaign.render.colour import rgb_to_cmyk
from campaign.render.pdf import NO_MARKS, draw_pdf
from campaign.render.png import pdf_to_pngs
from campaign.render.target import Target

ROOT = Path(__file__).resolve().parents[2]
PT = 0.75  # pt per SVG px (CSS: 96 px per inch)
PX = 4  # pixels per SVG unit as rasterised
NS = 'xmlns="http://www.w3.org/2000/svg"'
# one colour at both ends: the square's colour is the same everywhere, as a solid's
RED = (
    '<linearGradient id="r"><stop offset="0" stop-color="#FF0000"/>'
    '<stop offset="1" stop-color="#FF0000"/></linearGradient>'
)


def art_pdf(tmp_path: Path, svg: str, size: tuple[int, int], cmyk: bool, fonts: FontBook) -> bytes:
    """The art (`size`: its width and height in SVG px) drawn alone on a page of its size, in
    the print file (CMYK, FOGRA39) or the screen file (sRGB)."""
    art = tmp_path / "art.svg"
    art.write_text(svg, encoding="utf-8")
    w, h = size[0] * PT, size[1] * PT
    page = Page("front", (SvgItem("art", Box(0.0, 0.0, w, h), art, "start"),))
    doc = Document("m", "M", "poster", "en", False, (w, h), 9.0, 5.0, (page,), None)
    convert = rgb_to_cmyk(ROOT / "assets/icc/fogra39l_coated.icc")
    return draw_pdf(doc, {}, fonts, Target(cmyk=cmyk, bleed=False, marks=NO_MARKS), convert, "t")


def rendered(
    tmp_path: Path, svg: str, size: tuple[int, int], cmyk: bool, fonts: FontBook
) -> Image.Image:
    """The art (`size`: its width and height in SVG px) drawn alone on a page of its size, in
    the print file (CMYK, FOGRA39) or the screen file's PNG, at PX pixels per SVG px."""
    data = art_pdf(tmp_path, svg, size, cmyk, fonts)
    if cmyk:
        return pdfium.PdfDocument(data)[0].render(scale=PX / PT).to_pil().convert("RGB")
    (png,) = pdf_to_pngs(data, 72 * PX / PT)
    return Image.open(io.BytesIO(png)).convert("RGB")


def at(image: Image.Image, x: float, y: float) -> tuple[int, int, int]:
    """The pixel at SVG coordinates (x, y)."""
    return image.getpixel((int(x * PX), int(y * PX)))  # type: ignore[return-value]


def near(a: tuple[int, ...], b: tuple[int, ...], tolerance: int) -> bool:
    return max(abs(p - q) for p, q in zip(a, b, strict=True)) <= tolerance


SOLID = '<rect width="20" height="20" fill="#FF0000" fill-opacity="0.5"/>'


@pytest.mark.parametrize(
    "square",
    [
        f'<defs>{RED}</defs><rect x="20" width="20" height="20" fill="url(#r)" opacity="0.5"/>',
        f'<defs>{RED}</defs><rect x="20" width="20" height="20" fill="url(#r)" '
        'fill-opacity="0.5"/>',
        f'<defs>{RED}</defs><g opacity="0.5"><rect x="20" width="20" height="20" '
        'fill="url(#r)"/></g>',
        f'<defs>{RED}</defs><g fill-opacity="0.5"><rect x="20" width="20" height="20" '
        'fill="url(#r)"/></g>',
        f'<defs>{RED}</defs><rect x="20" width="20" height="20" '
        'style="fill:url(#r);fill-opacity:50%"/>',
        # Illustrator's export: a class of the style sheet
        f"<defs><style>.a{{opacity:.5}}</style>{RED}</defs>"
        '<rect class="a" x="20" width="20" height="20" fill="url(#r)"/>',
        # the same alpha at every stop: by stop-opacity, or in the stop's colour
        '<defs><radialGradient id="q"><stop offset="0" stop-color="#FF0000" '
        'stop-opacity="50%"/><stop offset="1" stop-color="#FF0000" stop-opacity="0.5"/>'
        '</radialGradient></defs><rect x="20" width="20" height="20" fill="url(#q)"/>',
        '<defs><linearGradient id="q"><stop offset="0" stop-color="rgba(255,0,0,0.5)"/>'
        '<stop offset="1" stop-color="#FF000080"/></linearGradient></defs>'
        '<rect x="20" width="20" height="20" fill="url(#q)"/>',
        # a percentage on a solid fill: svglib read it as no opacity
        '<rect x="20" width="20" height="20" fill="#FF0000" fill-opacity="50%"/>',
    ],
)
@pytest.mark.parametrize("cmyk", [True, False], ids=["print", "png"])
def test_a_translucent_gradient_square_looks_like_a_solid_one(
    own_cache: Path, tmp_path: Path, fonts: FontBook, square: str, cmyk: bool
) -> None:
    image = rendered(
        tmp_path, f'<svg {NS} width="40" height="20">{SOLID}{square}</svg>', (40, 20), cmyk, fonts
    )
    solid, gradient = at(image, 10, 10), at(image, 30, 10)
    if not cmyk:
        assert near(solid, (255, 128, 128), 1)  # red at 0.5 on white paper, in sRGB
    assert near(gradient, solid, 2), (gradient, solid)


def test_half_opacity_times_half_stop_opacity_is_a_quarter(
    own_cache: Path, tmp_path: Path, fonts: FontBook
) -> None:
    """The print file paints the shading under the fill alpha constant of the shape's
    opacity times its stops' (ExtGState /ca 0.25), as renderPDF does a solid fill's."""
    art = tmp_path / "art.svg"
    art.write_text(
        f'<svg {NS} width="20" height="20"><defs><linearGradient id="q">'
        '<stop offset="0" stop-color="#045096" stop-opacity=".5"/>'
        '<stop offset="1" stop-color="#FFFFFF" stop-opacity=".5"/></linearGradient></defs>'
        '<rect width="20" height="20" fill="url(#q)" opacity="0.5"/></svg>'
    )
    page = Page("front", (SvgItem("art", Box(0.0, 0.0, 15.0, 15.0), art, "start"),))
    doc = Document("m", "M", "poster", "en", False, (15.0, 15.0), 9.0, 5.0, (page,), None)
    convert = rgb_to_cmyk(ROOT / "assets/icc/fogra39l_coated.icc")
    data = draw_pdf(doc, {}, fonts, Target(cmyk=True, bleed=False, marks=NO_MARKS), convert, "t")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page0 = pdf.pages[0]
        states = page0.Resources.ExtGState
        ops = [(str(i.operator), list(i.operands)) for i in pikepdf.parse_content_stream(page0)]
        alphas = {str(k): float(states[k].ca) for k in states.keys() if "/ca" in states[k]}
        shading = next(iter(page0.Resources.Shading.values()))
        space = str(shading.ColorSpace)
    shown = [i for i, (op, _) in enumerate(ops) if op == "sh"]
    assert len(shown) == 1
    before = [str(o[0]) for op, o in ops[: shown[0]] if op == "gs"]
    assert alphas[before[-1]] == pytest.approx(0.25)
    assert space == "/DeviceCMYK"
    assert not [op for op, _ in ops if op in ("rg", "RG", "scn", "sc")]


# A gradient from transparent to opaque red across 100 SVG px, over solid red squares at
# the opacity it has at their centres (x / 100)
FADE = (
    f'<svg {NS} width="100" height="20"><defs><linearGradient id="f">'
    '<stop offset="0" stop-color="#FF0000" stop-opacity="0"/>'
    '<stop offset="1" stop-color="#FF0000"/></linearGradient></defs>'
    '<rect width="100" height="10" fill="url(#f)"/>'
    + "".join(
        f'<rect x="{x - 5}" y="10" width="10" height="10" fill="#FF0000" fill-opacity="{x / 100}"/>'
        for x in (15, 40, 65, 90)
    )
    + "</svg>"
)


@pytest.mark.parametrize("cmyk", [True, False], ids=["print", "png"])
def test_stops_of_different_opacity_fade_along_the_gradient(
    own_cache: Path, tmp_path: Path, fonts: FontBook, cmyk: bool
) -> None:
    """Stop opacities that differ are a soft mask of the same gradient in grey: the alpha at
    each point is the stops' opacity interpolated there, as the solid square below it."""
    image = rendered(tmp_path, FADE, (100, 20), cmyk, fonts)
    for x in (15, 40, 65, 90):
        gradient, solid = at(image, x + 0.125, 5), at(image, x + 0.125, 15)
        assert near(gradient, solid, 3), (x, gradient, solid)
    if not cmyk:
        assert near(at(image, 40.125, 5), (255, 153, 153), 3)  # 0.4 red on white, in sRGB


def test_the_soft_mask_is_grey_and_its_page_blends_in_cmyk(
    own_cache: Path, tmp_path: Path, fonts: FontBook
) -> None:
    """The print file's soft mask: a luminosity mask whose group is DeviceGray (no colour
    that prints) painting the stops' opacities, 0 to 1, along the gradient's own axis."""
    art = tmp_path / "art.svg"
    art.write_text(FADE, encoding="utf-8")
    page = Page("front", (SvgItem("art", Box(0.0, 0.0, 75.0, 15.0), art, "start"),))
    doc = Document("m", "M", "poster", "en", False, (75.0, 15.0), 9.0, 5.0, (page,), None)
    convert = rgb_to_cmyk(ROOT / "assets/icc/fogra39l_coated.icc")
    data = draw_pdf(doc, {}, fonts, Target(cmyk=True, bleed=False, marks=NO_MARKS), convert, "t")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        states = pdf.pages[0].Resources.ExtGState
        (mask,) = [states[k].SMask for k in states.keys() if "/SMask" in states[k]]
        group = mask.G
        grey = group.Resources.Shading.Sh0
        assert str(mask.S) == "/Luminosity"
        assert str(group.Group.CS) == "/DeviceGray"
        assert str(grey.ColorSpace) == "/DeviceGray"
        assert [float(v) for v in grey.Coords] == [0.0, 0.0, 100.0, 0.0]
        assert [float(v) for v in grey.Function.C0] == [0.0]
        assert [float(v) for v in grey.Function.C1] == [1.0]
        assert group.read_bytes() == b"/Sh0 sh"
