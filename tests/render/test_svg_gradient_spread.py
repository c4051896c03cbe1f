"""SVG art's reflected and repeated gradients (`spreadMethod`), in the print PDF (CMYK) and
the PNG preview: past the gradient's vector (or circle) the shape was left unpainted; SVG
1.1 (13.2.2-3) repeats the gradient there, reversed every other time for `reflect`.

Each art is drawn as in test_svg_gradient_opacity (`rendered`: alone on a page of its size,
4 px per SVG unit) and read at points of known gradient parameter t (0.25, 0.75, 1.25,
1.75...: the projection on a linear gradient's vector, the circle through the point of a
radial one): each must be the colour of a plain (pad) gradient of the same stops at the
offset SVG gives t, drawn beside it in the same file, so that the print file is compared
after the press profile's conversion as PDFium shows it; in the PNG also against the sRGB
mix of the stops. The same art was compared with Chromium's rendering of the SVG (within 4
levels, but for a pixel's width at a repeat's sharp edges), and the print PDF of a 20-fold
repeat rasterised by Ghostscript and Poppler as by Chromium.

PDFium (which draws the PNG preview) samples a shading's function at 256 steps across its
whole domain, so a gradient drawn n times shows 256 / n steps each: 5 copies here, about 5
levels a step, within the tolerance."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pikepdf
import pytest

from campaign.fonts import FontBook
from campaign.render.gradients import MAX_PERIODS
from campaign.render.items.svg import gradient_copies
from campaign.svgart import parse_svg

from .test_svg_gradient_opacity import NS, art_pdf, at, near, rendered

STOPS = '<stop offset="0" stop-color="#FF0000"/><stop offset="1" stop-color="#0000FF"/>'
TOLERANCE = 10  # levels per channel: PDFium's steps (module docstring), a pixel's offset


def reflected(t: float) -> float:
    """The offset SVG paints at parameter t with spreadMethod="reflect"."""
    t = abs(t) % 2
    return 2 - t if t > 1 else t


def repeated(t: float) -> float:
    """The offset SVG paints at parameter t with spreadMethod="repeat"."""
    return t % 1


def mix(offset: float) -> tuple[int, int, int]:
    """STOPS at `offset`, in sRGB (as the screen file interpolates them)."""
    return round(255 * (1 - offset)), 0, round(255 * offset)


# a row (y 0 to 20) per gradient, x 0 to 100; the vector from x 40 to 60 (t = (x - 40) / 20),
# and at the bottom the reference: a pad gradient across the row (offset x / 100)
LINEAR = f"""<svg {NS} width="100" height="80"><defs>
<linearGradient id="f" x1="0.4" x2="0.6" spreadMethod="reflect">{STOPS}</linearGradient>
<linearGradient id="p" x1="0.4" x2="0.6" spreadMethod="repeat">{STOPS}</linearGradient>
<linearGradient id="base" spreadMethod="reflect" gradientUnits="userSpaceOnUse" x1="0" x2="20"
 gradientTransform="translate(40 0)">{STOPS}</linearGradient>
<linearGradient id="child" href="#base"/>
<linearGradient id="pad">{STOPS}</linearGradient></defs>
<rect width="100" height="20" fill="url(#f)"/>
<rect y="20" width="100" height="20" fill="url(#p)"/>
<rect y="40" width="100" height="20" fill="url(#child)"/>
<rect y="60" width="100" height="20" fill="url(#pad)"/></svg>"""
TS = (-1.25, -0.75, -0.25, 0.25, 0.75, 1.25, 1.75, 2.25)
ROWS = {"reflect": (10, reflected), "repeat": (30, repeated), "inherited reflect": (50, reflected)}


@pytest.mark.parametrize("row", ROWS.values(), ids=ROWS.keys())
@pytest.mark.parametrize("cmyk", [True, False], ids=["print", "png"])
def test_a_linear_gradient_repeats_past_its_vector(
    own_cache: Path,
    tmp_path: Path,
    fonts: FontBook,
    row: tuple[float, object],
    cmyk: bool,
) -> None:
    """objectBoundingBox units (reflect, repeat) and userSpaceOnUse with a
    gradientTransform, whose spreadMethod comes from the gradient it refers to (`href`)."""
    y, offset_of = row
    image = rendered(tmp_path, LINEAR, (100, 80), cmyk, fonts)
    for t in TS:
        offset = offset_of(t)  # type: ignore[operator]
        drawn, pad = at(image, 40 + 20 * t, y), at(image, 100 * offset, 70)
        assert near(drawn, pad, TOLERANCE), (t, drawn, pad)
        if not cmyk:
            assert near(drawn, mix(offset), TOLERANCE), (t, drawn, mix(offset))


# a square per gradient, 100 by 100, the circle of radius 20 about its centre; the focus of
# the third 10 units right of the centre; the reference as in LINEAR, below them
RADIAL = f"""<svg {NS} width="300" height="120"><defs>
<radialGradient id="f" r="0.2" spreadMethod="reflect">{STOPS}</radialGradient>
<radialGradient id="p" r="0.2" spreadMethod="repeat">{STOPS}</radialGradient>
<radialGradient id="q" r="0.2" fx="0.6" spreadMethod="repeat">{STOPS}</radialGradient>
<linearGradient id="pad">{STOPS}</linearGradient></defs>
<rect width="100" height="100" fill="url(#f)"/>
<rect x="100" width="100" height="100" fill="url(#p)"/>
<rect x="200" width="100" height="100" fill="url(#q)"/>
<rect y="100" width="100" height="20" fill="url(#pad)"/></svg>"""


@pytest.mark.parametrize("cmyk", [True, False], ids=["print", "png"])
def test_a_radial_gradient_repeats_past_its_circle(
    own_cache: Path, tmp_path: Path, fonts: FontBook, cmyk: bool
) -> None:
    """Along the horizontal through the centre t is the distance over the radius (20); from
    a focus 10 units right of the centre, the circle of parameter t has its centre 10 - 10 t
    right of the centre and radius 20 t: a point d right of the centre is at t = (d - 10) / 10
    for d >= 10, and d left of it at t = (d + 10) / 30."""
    image = rendered(tmp_path, RADIAL, (300, 120), cmyk, fonts)
    points = []
    for t in (0.25, 0.75, 1.25, 1.75, 2.25):
        points += [(50 + 20 * t, t, reflected), (50 - 20 * t, t, reflected)]
        points += [(150 + 20 * t, t, repeated), (150 - 20 * t, t, repeated)]
        points += [(260 + 10 * t, t, repeated)]
        if t < 2:  # within the square
            points += [(260 - 30 * t, t, repeated)]
    for x, t, offset_of in points:
        offset = offset_of(t)
        drawn, pad = at(image, x, 50), at(image, 100 * offset, 110)
        assert near(drawn, pad, TOLERANCE), (x, t, drawn, pad)
        if not cmyk:
            assert near(drawn, mix(offset), TOLERANCE), (x, t, drawn, mix(offset))


@pytest.mark.parametrize("cmyk", [True, False], ids=["print", "png"])
def test_stop_opacities_repeat_with_the_colours(
    own_cache: Path, tmp_path: Path, fonts: FontBook, cmyk: bool
) -> None:
    """Stops of different opacities are a soft mask (render.gradients): its shading repeats
    as the colours' does. Red from opacity 1 to 0.2 on white paper: at offset 0.25 the green
    and blue are 255 x (1 - 0.8) = 51, at 0.75 they are 153."""
    faded = '<stop offset="0" stop-color="#FF0000"/>' + (
        '<stop offset="1" stop-color="#FF0000" stop-opacity="0.2"/>'
    )
    svg = f"""<svg {NS} width="100" height="40"><defs>
<linearGradient id="p" x1="0.4" x2="0.6" spreadMethod="repeat">{faded}</linearGradient>
<linearGradient id="pad">{faded}</linearGradient></defs>
<rect width="100" height="20" fill="url(#p)"/>
<rect y="20" width="100" height="20" fill="url(#pad)"/></svg>"""
    image = rendered(tmp_path, svg, (100, 40), cmyk, fonts)
    for t in TS:
        offset = repeated(t)
        drawn, pad = at(image, 40 + 20 * t, 10), at(image, 100 * offset, 30)
        assert near(drawn, pad, TOLERANCE), (t, drawn, pad)
        if not cmyk:
            light = round(255 * 0.8 * offset)
            assert near(drawn, (255, light, light), TOLERANCE), (t, drawn)


TINY = f"""<svg {NS} width="200" height="20"><defs>
<linearGradient id="tiny" x2="0.0002" spreadMethod="repeat">{STOPS}</linearGradient></defs>
<rect width="200" height="20" fill="url(#tiny)"/></svg>"""


def test_a_gradient_far_smaller_than_its_shape_is_capped_with_a_warning(
    own_cache: Path, tmp_path: Path, fonts: FontBook
) -> None:
    """5,000 copies across the shape: MAX_PERIODS of them drawn (the shading's function has
    that many pieces), promptly, and a warning at the gradient's line."""
    art = tmp_path / "tiny.svg"
    art.write_text(TINY, encoding="utf-8")
    (warning,) = gradient_copies(art, parse_svg(art))
    assert warning.code == "svg.gradient-copies"
    assert not warning.is_error
    assert (warning.mark.line, warning.mark.col) == (2, 1)  # type: ignore[union-attr]
    assert "'tiny'" in warning.message
    assert "5,000 times" in warning.message
    start = time.monotonic()
    data = art_pdf(tmp_path, TINY, (200, 20), True, fonts)
    assert time.monotonic() - start < 20
    with pikepdf.open(io.BytesIO(data)) as pdf:
        function = the_shading(pdf).Function
        assert len(function.Functions) == MAX_PERIODS


def test_art_whose_gradients_all_pad_has_no_warning(tmp_path: Path) -> None:
    art = tmp_path / "pad.svg"
    art.write_text(TINY.replace('spreadMethod="repeat"', ""), encoding="utf-8")
    assert gradient_copies(art, parse_svg(art)) == []


def the_shading(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    """The one shading of `pdf`."""
    (shading,) = [
        obj for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and "/ShadingType" in obj
    ]
    return shading


def test_a_shading_covers_the_box_once_with_its_copies(
    own_cache: Path, tmp_path: Path, fonts: FontBook
) -> None:
    """The PDF shading itself: its Domain the gradient's t at the box's ends (-2 to 3), its
    function a stitching function (ISO 32000-1, 7.10.4) of a piece per whole step, reversed
    (Encode 1 0) on the odd ones for reflect, each the one function of the stops."""
    svg = (
        f'<svg {NS} width="100" height="20"><defs><linearGradient id="f" x1="0.4" x2="0.6" '
        f'spreadMethod="reflect">{STOPS}</linearGradient></defs>'
        '<rect width="100" height="20" fill="url(#f)"/></svg>'
    )
    with pikepdf.open(io.BytesIO(art_pdf(tmp_path, svg, (100, 20), True, fonts))) as pdf:
        shading = the_shading(pdf)
        assert [float(v) for v in shading.Domain] == [-2.0, 3.0]
        assert shading.ColorSpace == pikepdf.Name.DeviceCMYK
        function = shading.Function
        assert function.FunctionType == 3
        assert [float(v) for v in function.Domain] == [-2.0, 3.0]
        assert [float(v) for v in function.Bounds] == [-1.0, 0.0, 1.0, 2.0]
        assert [float(v) for v in function.Encode] == [0, 1, 1, 0, 0, 1, 1, 0, 0, 1]
        assert len({f.objgen for f in function.Functions}) == 1
