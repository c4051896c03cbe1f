"""`mirror_in_rtl: true` on an svg slot draws its art flipped left to right in a right-to-left
language (an arrow pointing the way the text reads), in the print PDF, the digital PDF and
the PNG alike; art without it, a logo, is never flipped; `pin` does not change either.
Read back as pixels of the PNG (one PNG px = 1 mm here) and from the PDFs rendered by PDFium."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from ..kits import build, mini_copy

# an arrow pointing right, its head (a solid triangle) in the right half of its 40 x 20 box
ARROW = """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">
  <rect x="0" y="8" width="24" height="4" fill="#000000"/>
  <polygon points="24,0 40,10 24,20" fill="#000000"/>
</svg>
"""

LAYOUT = """title: Arrows
kind: poster
trim: [60, 60]
bleed: 3
safe: 2
marks: false
slots:
  - {name: ground, kind: shape, fill: white, bleed: all, frame: {start: 0, top: 0, width: 60, height: 60}}
  - {name: way, kind: svg, asset: arrow.svg, mirror_in_rtl: true, frame: {start: 10, top: 5, width: 40, height: 20}}
  - {name: still, kind: svg, asset: arrow.svg, pin: true, frame: {start: 10, top: 35, width: 40, height: 20}}
"""


def _dark(img: Image.Image, x: int, y: int) -> bool:
    px = img.convert("L").getpixel((x, y))
    assert isinstance(px, int)
    return px < 100


def _head_side(img: Image.Image, top: int) -> str:
    """Where the arrow drawn from `top` mm (its box 40 x 20 mm at 10 mm from the left) has its
    head: 3 to 4 mm below the box's top, off the shaft's band (8 to 12 mm), the head covers
    the art's x from 24 to about 29 mm. Pixel x covers x to x + 1 mm."""
    right = _dark(img, 10 + 26, top + 3)  # the art's 26 to 27 mm
    left = _dark(img, 10 + 40 - 27, top + 3)  # the same, mirrored in its box
    assert left != right, (left, right)
    return "left" if left else "right"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("mirror")
    kit = mini_copy(tmp / "kit", own_assets=True)
    (kit / "assets/arrow.svg").write_text(ARROW, encoding="utf-8")
    (kit / "materials/layouts/arrows.yaml").write_text(LAYOUT, encoding="utf-8")
    ppi = str(25.4)  # one pixel a millimetre
    return build(kit, tmp / "out", "--only", "arrows", "--lang", "en,ar", "--png-ppi", ppi)


@pytest.mark.parametrize(("lang", "way"), [("en", "right"), ("ar", "left")])
def test_art_marked_mirror_in_rtl_points_the_way_the_text_reads(
    built: Path, lang: str, way: str
) -> None:
    png = Image.open(built / f"arrows/arrows-{lang}-preview.png")
    assert png.size == (60, 60)
    assert _head_side(png, 5) == way


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_art_not_marked_is_never_flipped(built: Path, lang: str) -> None:
    png = Image.open(built / f"arrows/arrows-{lang}-preview.png")
    assert _head_side(png, 35) == "right"


@pytest.mark.parametrize("kind", ["", "-digital"])
def test_both_pdfs_draw_the_flipped_art(built: Path, kind: str) -> None:
    pdf = pdfium.PdfDocument(built / f"arrows/arrows-ar{kind}.pdf")
    page = pdf[0]
    left, bottom, right, top = page.get_trimbox() if not kind else page.get_mediabox()
    scale = 72 / 25.4  # one pixel a millimetre
    image = page.render(
        scale=1 / scale, crop=(left, bottom, page.get_width() - right, page.get_height() - top)
    ).to_pil()
    assert image.size == (60, 60)
    assert _head_side(image, 5) == "left"
    assert _head_side(image, 35) == "right"
