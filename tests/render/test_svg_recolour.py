"""SVG art without a build: each colour of a drawing's tree (fills, strokes, gradient stops,
nested groups) recoloured for print or screen with its alpha kept; the art parsed once per
Resources; where draw_svg puts it for each alignment; the art drawn once per file, palette
and profile, kept in the user's cache, and drawn from it without svglib, in the same bytes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib.colors import CMYKColor, Color
from reportlab.pdfgen.canvas import Canvas

from campaign.fonts import FontBook
from campaign.layout.document import Box, Document, Page, SvgItem
from campaign.model import Colour
from campaign.render.colour import Palette, rgb_to_cmyk
from campaign.render.items import DrawContext, Resources
from campaign.render.items import svg as svg_module
from campaign.render.items.svg import load_svg, recolour
from campaign.render.pdf import NO_MARKS, draw_pdf
from campaign.render.target import Target

ROOT = Path(__file__).resolve().parents[2]
EMBLEM = ROOT / "assets/blue-heart.svg"
BLUE = Colour("blue", (1.0, 0.7, 0.0, 0.1), (4 / 255, 80 / 255, 150 / 255))


def palette(cmyk: bool) -> Palette:
    return Palette({"blue": BLUE}, cmyk=cmyk)


def converted(rgb: tuple[float, float, float]) -> CMYKColor:
    """A stand-in press conversion whose result says what it was given."""
    return CMYKColor(*rgb, 0.5)


def channels(c: Any) -> tuple[float, ...]:
    if isinstance(c, CMYKColor):
        return (c.cyan, c.magenta, c.yellow, c.black, c.alpha)
    return (c.red, c.green, c.blue, c.alpha)


def tree() -> Drawing:
    brand = Color(4 / 255, 80 / 255, 150 / 255, alpha=0.4)
    other = Color(0.2, 0.4, 0.6, alpha=0.7)
    inner = Rect(0, 0, 1, 1, fillColor=other, strokeColor=brand)
    outer = Rect(0, 0, 1, 1, fillColor=CMYKColor(0.1, 0.2, 0.3, 0.4), strokeColor=None)
    group = Group(inner)
    group._rl_colors = [brand, other]  # svglib's gradient stops
    d = Drawing(10, 10)
    d.add(outer)
    d.add(group)
    return d


def test_print_recolours_brand_colours_and_converts_the_rest_with_their_alpha() -> None:
    d = tree()
    recolour(d, palette(True), converted)
    outer, group = d.contents
    (inner,) = group.contents
    assert channels(outer.fillColor) == (0.1, 0.2, 0.3, 0.4, 1)  # CMYK already: kept
    assert outer.strokeColor is None
    assert channels(inner.strokeColor) == (1.0, 0.7, 0.0, 0.1, 0.4)  # the brand's CMYK
    assert channels(inner.fillColor) == (0.2, 0.4, 0.6, 0.5, 0.7)  # through the profile
    assert [channels(c) for c in group._rl_colors] == [
        (1.0, 0.7, 0.0, 0.1, 0.4),
        (0.2, 0.4, 0.6, 0.5, 0.7),
    ]


def test_screen_gives_brand_colours_their_srgb_and_keeps_the_rest() -> None:
    d = tree()
    other = d.contents[1].contents[0].fillColor
    recolour(d, palette(False), converted)
    (inner,) = d.contents[1].contents
    assert inner.fillColor is other
    assert channels(inner.strokeColor) == (4 / 255, 80 / 255, 150 / 255, 0.4)
    assert type(inner.strokeColor) is Color


def test_art_is_parsed_once_per_resources() -> None:
    res = Resources()
    first = load_svg(EMBLEM, res)
    assert res.svgs == {EMBLEM: first}
    assert load_svg(EMBLEM, res) is first
    assert load_svg(EMBLEM) is not first


def canvas() -> Canvas:
    return Canvas(io.BytesIO(), pagesize=(400, 400), invariant=1)


def placed(c: Canvas, item: SvgItem, res: Resources) -> tuple[list[float], list[str]]:
    """What draw_svg wrote: the numbers of its `cm` (scale and position) and the lines
    between that and the matching Q."""
    start = len(c._code)
    ctx = DrawContext(c, 10.0, 300.0, palette(True), converted, Target(), res)
    svg_module.draw_svg(item, ctx)
    code = "\n".join(c._code[start:]).split("\n")
    assert code[0] == "q"
    assert code[-1] == "Q"
    *numbers, op = code[1].split()
    assert op == "cm"
    return [float(n) for n in numbers], code[2:-1]


@pytest.mark.parametrize(
    ("align", "dx"),
    [("start", 0.0), ("center", 20.0), ("end", 40.0)],
)
def test_art_is_scaled_to_fit_and_aligned(own_cache: Path, align: str, dx: float) -> None:
    res = Resources()
    src = load_svg(EMBLEM, res)
    # a box twice as wide as the art's proportions: height limits, 40 pt of room across
    h = 50.0
    w = h * src.width / src.height + 40.0
    cm, body = placed(canvas(), SvgItem("art", Box(5.0, 20.0, w, h), EMBLEM, align), res)
    scale = h / src.height
    assert cm == pytest.approx([scale, 0, 0, scale, 15.0 + dx, 300 - 20 - h], abs=1e-5)
    assert "\n".join(body) == svg_module.art(EMBLEM, palette(True), converted, res).operators


def colours_of(node: Any) -> list[tuple[float, ...]]:
    found = [
        channels(c)
        for c in (getattr(node, "fillColor", None), getattr(node, "strokeColor", None))
        if isinstance(c, Color)
    ]
    for child in getattr(node, "contents", []) or []:
        found += colours_of(child)
    return found


def test_tall_boxes_centre_the_art_vertically_and_leave_the_parsed_art_alone(
    own_cache: Path,
) -> None:
    res = Resources()
    src = load_svg(EMBLEM, res)
    before = colours_of(src)
    w = 60.0
    h = w * src.height / src.width + 40.0  # width limits: 20 pt above and below
    cm, body = placed(canvas(), SvgItem("art", Box(5.0, 20.0, w, h), EMBLEM, "end"), res)
    scale = w / src.width
    assert cm == pytest.approx([scale, 0, 0, scale, 15.0, 300 - 20 - h + 20], abs=1e-5)
    assert colours_of(src) == before
    assert all(len(c) == 4 for c in before)  # sRGB in the parsed art, CMYK only as drawn
    assert "1 .7 0 .1 k" in body  # the emblem's blue as the brand's CMYK


def operators(cmyk: bool, res: Resources | None = None) -> str:
    found = svg_module.art(EMBLEM, palette(cmyk), converted, res or Resources())
    assert found.operators is not None
    return found.operators


def test_print_art_is_in_cmyk_and_screen_art_in_srgb_and_names_no_font(own_cache: Path) -> None:
    ops = {line.split()[-1] for line in operators(True).splitlines()}
    assert {"k", "K"} <= ops
    assert not ops & {"rg", "RG"}
    ops = {line.split()[-1] for line in operators(False).splitlines()}
    assert {"rg", "RG"} <= ops
    assert not ops & {"k", "K"}
    assert "/" not in operators(True)  # renderPDF's initial `BT /F1 10 Tf 12 TL ET` left out


def profile_converter() -> Any:
    return rgb_to_cmyk(ROOT / "assets/icc/fogra39l_coated.icc")


def test_art_is_kept_in_the_users_cache_by_svg_palette_and_profile(own_cache: Path) -> None:
    convert = profile_converter()
    first = svg_module.art(EMBLEM, palette(True), convert, Resources())
    kept = sorted(own_cache.glob("svg-*.pickle"))
    assert len(kept) == 1
    again = svg_module.art(EMBLEM, palette(True), profile_converter(), Resources())
    assert again == first
    assert sorted(own_cache.glob("svg-*.pickle")) == kept
    svg_module.art(EMBLEM, palette(False), convert, Resources())  # screen: another entry
    other = Palette({"blue": Colour("blue", (1.0, 0.6, 0.0, 0.1), BLUE.rgb)}, cmyk=True)
    recoloured = svg_module.art(EMBLEM, other, convert, Resources())  # another brand CMYK
    assert "1 .6 0 .1 k" in (recoloured.operators or "")
    uncoated = rgb_to_cmyk(ROOT / "assets/icc/fogra29l_uncoated.icc")
    svg_module.art(EMBLEM, palette(True), uncoated, Resources())  # another press profile
    assert len(list(own_cache.glob("svg-*.pickle"))) == 4
    svg_module.art(EMBLEM, palette(True), converted, Resources())  # no key: not kept
    assert len(list(own_cache.glob("svg-*.pickle"))) == 4


WARM = """
import io, sys
from pathlib import Path
from reportlab.pdfgen.canvas import Canvas
from campaign.layout.document import Box, SvgItem
from campaign.model import Colour
from campaign.render.colour import Palette, rgb_to_cmyk
from campaign.render.items import DrawContext, Resources
from campaign.render.items.svg import draw_svg
from campaign.render.target import Target
root = Path(sys.argv[1])
palette = Palette({"blue": Colour("blue", (1.0, 0.7, 0.0, 0.1), (4 / 255, 80 / 255, 150 / 255))}, True)
convert = rgb_to_cmyk(root / "assets/icc/fogra39l_coated.icc")
c = Canvas(io.BytesIO(), pagesize=(400, 400), invariant=1)
ctx = DrawContext(c, 10.0, 300.0, palette, convert, Target(), Resources())
draw_svg(SvgItem("art", Box(5.0, 20.0, 80.0, 60.0), root / "assets/blue-heart.svg", "center"), ctx)
print(sorted(m for m in ("svglib", "reportlab.graphics") if m in sys.modules))
print(repr("\\n".join(c._code)))
"""


def test_a_warm_cache_draws_the_same_bytes_without_svglib(own_cache: Path) -> None:
    """Cold, the art is drawn by svglib and renderPDF; warm, from the cache alone, with
    neither svglib nor reportlab.graphics imported, into the same content stream."""

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", WARM, str(ROOT)], capture_output=True, text=True, check=True
        )
        return done.stdout.splitlines()

    cold, warm = run(), run()
    assert cold[0] == "['reportlab.graphics', 'svglib']"
    assert warm[0] == "[]"
    assert warm[1] == cold[1]
    assert " k" in warm[1]


def test_translucent_art_is_drawn_on_each_page_with_its_extgstate(
    own_cache: Path, tmp_path: Path, fonts: FontBook
) -> None:
    """Art whose operators name a resource (here an ExtGState for its opacity) is not kept
    as operators: renderPDF draws it on the page, in the same transformation, and the page
    has the resource."""
    art = tmp_path / "faded.svg"
    art.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="10" height="10" fill="#045096" fill-opacity="0.5"/></svg>'
    )
    found = svg_module.art(art, palette(True), converted, Resources())
    assert found.operators is None
    assert found.width == pytest.approx(7.5)  # 10 px
    page = Page("front", (SvgItem("art", Box(0.0, 0.0, 20.0, 20.0), art, "start"),))
    doc = Document("m", "M", "poster", "en", False, (100.0, 60.0), 9.0, 5.0, (page,), None)
    target = Target(cmyk=True, bleed=False, marks=NO_MARKS)
    data = draw_pdf(doc, {"blue": BLUE}, fonts, target, converted, "t")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page0 = pdf.pages[0]
        ops = [(str(i.operator), list(i.operands)) for i in pikepdf.parse_content_stream(page0)]
        states = page0.Resources.ExtGState
        (alpha,) = [float(states[k].ca) for k in states.keys() if "/ca" in states[k]]
    names = [str(o[0]) for op, o in ops if op == "gs"]
    assert names
    assert all(n in states for n in names)
    assert alpha == pytest.approx(0.5)
    cm = [[float(v) for v in o] for op, o in ops if op == "cm"]
    scale = 20.0 / 7.5  # 7.5 pt of art in a 20 pt box
    assert [round(scale, 6), 0.0, 0.0, round(scale, 6)] in [m[:4] for m in cm]


@pytest.mark.parametrize(
    "shape",
    [
        '<rect width="10" height="10" fill="#045096" opacity="0.5"/>',
        '<rect width="10" height="10" style="fill:#045096;opacity:50%"/>',
        '<g opacity="0.5"><rect width="10" height="10" fill="#045096"/></g>',
        '<g style="opacity:0.5"><rect width="10" height="10" fill="#045096" fill-opacity="1"/></g>',
        # Illustrator's export: classes in a style sheet (a designer's trial: printed solid)
        "<defs><style>.a{fill:#045096;opacity:0.5}</style></defs>"
        '<rect class="a" width="10" height="10"/>',
        '<style>g.f rect{opacity:.5}</style><g class="f"><rect width="10" height="10" '
        'fill="#045096"/></g>',
        # an element's own style wins over the sheet's rule, as in CSS
        '<style>#r{opacity:1}</style><rect id="r" width="10" height="10" fill="#045096" '
        'style="opacity:0.5"/>',
    ],
)
def test_opacity_is_drawn_as_the_shapes_fill_opacity(
    own_cache: Path, tmp_path: Path, fonts: FontBook, shape: str
) -> None:
    """svglib ignores `opacity` (Inkscape's and Illustrator's way to fade art): the art printed
    fully opaque, without a word. It is the shapes' fill (and stroke) opacity."""
    art = tmp_path / "faded.svg"
    art.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{shape}</svg>')
    page = Page("front", (SvgItem("art", Box(0.0, 0.0, 20.0, 20.0), art, "start"),))
    doc = Document("m", "M", "poster", "en", False, (100.0, 60.0), 9.0, 5.0, (page,), None)
    target = Target(cmyk=True, bleed=False, marks=NO_MARKS)
    data = draw_pdf(doc, {"blue": BLUE}, fonts, target, converted, "t")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        states = pdf.pages[0].Resources.get("/ExtGState", {})
        alphas = [float(states[k].ca) for k in states.keys() if "/ca" in states[k]]
    assert alphas == [pytest.approx(0.5)]


@pytest.mark.parametrize("cmyk", [True, False])
def test_renderer_defaults_are_black_in_the_files_space_for_one_drawing(cmyk: bool) -> None:
    from reportlab.graphics.shapes import STATE_DEFAULTS

    before = (STATE_DEFAULTS["fillColor"], STATE_DEFAULTS["strokeColor"])
    with svg_module.renderer_defaults(cmyk):
        for key in ("fillColor", "strokeColor"):
            colour = STATE_DEFAULTS[key]
            if cmyk:
                assert isinstance(colour, CMYKColor)
                assert (colour.cyan, colour.magenta, colour.yellow, colour.black) == (0, 0, 0, 1)
            else:
                assert type(colour) is Color
                assert (colour.red, colour.green, colour.blue) == (0, 0, 0)
    assert (STATE_DEFAULTS["fillColor"], STATE_DEFAULTS["strokeColor"]) == before


def test_brand_colours_in_another_order_are_another_palette(
    own_cache: Path, tmp_path: Path
) -> None:
    """Art takes the first brand colour with its sRGB value (Palette.by_rgb), in the kit's
    order: two palettes with the same colours in another order are kept apart."""
    art = tmp_path / "black.svg"
    art.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="10" height="10" fill="#000000"/></svg>'
    )
    black = Colour("black", (0.0, 0.0, 0.0, 1.0), (0.0, 0.0, 0.0))
    rich = Colour("rich", (0.6, 0.4, 0.4, 1.0), (0.0, 0.0, 0.0))
    one = Palette({"black": black, "rich": rich}, cmyk=True)
    other = Palette({"rich": rich, "black": black}, cmyk=True)
    assert one.key != other.key
    convert = profile_converter()
    first = svg_module.art(art, one, convert, Resources()).operators or ""
    second = svg_module.art(art, other, convert, Resources()).operators or ""
    assert "0 0 0 1 k" in first
    assert ".6 .4 .4 1 k" in second


def test_a_profile_converter_is_named_by_the_bytes_it_converts_with(tmp_path: Path) -> None:
    icc = tmp_path / "press.icc"
    icc.write_bytes((ROOT / "assets/icc/fogra39l_coated.icc").read_bytes())
    convert = rgb_to_cmyk(icc)
    key = convert.key
    assert rgb_to_cmyk(ROOT / "assets/icc/fogra39l_coated.icc").key == key
    assert rgb_to_cmyk(ROOT / "assets/icc/gracol2006_coated.icc").key != key
    before = channels(convert((0.2, 0.4, 0.6)))
    icc.write_bytes((ROOT / "assets/icc/gracol2006_coated.icc").read_bytes())  # replaced
    assert convert.key == key  # read once: the name and the colours stay together
    assert channels(convert((0.3, 0.5, 0.7))) == channels(
        rgb_to_cmyk(ROOT / "assets/icc/fogra39l_coated.icc")((0.3, 0.5, 0.7))
    )
    assert channels(convert((0.2, 0.4, 0.6))) == before


def test_art_is_not_kept_when_its_code_cannot_be_read(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(svg_module, "_code_versions", lambda: None)
    found = svg_module.art(EMBLEM, palette(True), profile_converter(), Resources())
    assert found.operators
    assert not list(own_cache.glob("svg-*.pickle"))


def test_the_art_s_name_follows_svglib_s_sources(
    own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another svglib (its source files' digests) names other art."""
    import importlib.machinery
    import importlib.util

    svg_module._code_versions.cache_clear()
    before = svg_module._code_versions()
    fake = tmp_path / "svglib"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "svglib.py").write_text("# another svglib\n")
    real = importlib.util.find_spec

    def find(name: str) -> Any:
        if name == "svglib":
            return importlib.machinery.ModuleSpec(name, None, origin=str(fake / "__init__.py"))
        return real(name)

    monkeypatch.setattr(importlib.util, "find_spec", find)
    svg_module._code_versions.cache_clear()
    try:
        assert svg_module._code_versions() not in (None, before)
    finally:
        monkeypatch.undo()
        svg_module._code_versions.cache_clear()
