"""render.underneath draws a page's parts where the page has them: a logo drawn alone
(`Underneath.alone`) and a region of the page under it (`Underneath.region`, what the logo
check judges a logo on) are the pixels of the page drawn whole, at those rows and columns.
pypdfium2 cuts ceil(pt x scale) pixels off a page it renders cut: an edge given as n /
scale pt came back as n + 1 pixels for 7 % of the edges, and an SVG logo drawn alone lay a
pixel off the page under it (the edges of its shapes judged on the pixels beside them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from campaign.colours.art import PIXELS_PER_MM
from campaign.diagnostics import Collector
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, Document, ImageItem, SvgItem
from campaign.pipeline.fingerprint import profile_icc
from campaign.pipeline.kitcache import cached_fontbook
from campaign.render.underneath import Underneath
from campaign.resolve import resolve_kit

from ..offices.kit import office_kit

SVG_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">'
    '<circle cx="50" cy="50" r="40" fill="#00286E"/>'
    '<rect x="100" y="20" width="90" height="60" fill="#00286E"/></svg>\n'
)

CARD = """\
title: Card
kind: flyer
trim: [100, 100]
slots:
  - {{name: ground, kind: shape, fill: light, bleed: all, frame: {{start: 0, top: 0, end: 0, bottom: 0}}}}
  - {{name: band, kind: shape, fill: blue, overlap: true, frame: {{start: 0, top: 10, width: 40, height: 50}}}}
  - {{name: logo, kind: svg, asset: logo.svg, overlap: true,
     frame: {{start: {x}, top: {y}, width: 40, height: 20}}}}
"""


def _drawn(kit_dir: Path, material: str, office: str | None = None) -> tuple[Document, Underneath]:
    """The English document of `material` (for `office`) and its Underneath."""
    kit = load_kit(kit_dir)
    fonts = cached_fontbook(kit.fonts_dir, "test")
    layout = kit.layouts[material]
    content = resolve_kit(kit, kit.languages["en"], office=kit.offices[office] if office else None)
    doc = compose_content(layout, content, fonts, Collector(), [])
    icc = profile_icc(kit, layout, kit.offices[office] if office else None)
    return doc, Underneath(doc, kit.campaign.colours, fonts, PIXELS_PER_MM, icc)


@pytest.mark.parametrize(
    ("x", "y"),
    # the art's top-left corner at these pixels (4 a mm): 23 x 31, 46 x 62 and 49 x 95 are
    # edges n / scale pt cut n + 1; 120 x 160 is not
    [(5.75, 7.75), (11.5, 15.5), (12.25, 23.75), (30, 40)],
)
def test_an_svg_logo_drawn_alone_lies_where_the_page_draws_it(
    kit_copy: Callable[..., Path], x: float, y: float
) -> None:
    kit = kit_copy(**{"materials/layouts/card.yaml": CARD.format(x=x, y=y)})
    (kit / "assets" / "logo.svg").write_text(SVG_LOGO, encoding="utf-8")
    doc, under = _drawn(kit, "card")
    index = next(i for i, item in enumerate(doc.pages[0].items) if item.slot == "logo")
    box = doc.pages[0].items[index].box
    assert (round(box.x / MM * 4), round(box.y / MM * 4)) == (round(x * 4), round(y * 4))
    beneath = under(0, index).copy()
    whole = under(0, index + 1)  # the page drawn with the logo
    placed = under.alone(0, index)
    assert placed is not None
    top, left, logo = placed
    rows, cols = slice(top, top + logo.shape[0]), slice(left, left + logo.shape[1])
    alpha = logo[..., 3:].astype(np.int32)
    laid = (logo[..., :3] * alpha + beneath[rows, cols] * (255 - alpha) + 127) // 255
    assert np.abs(laid - whole[rows, cols]).max() == 0


@pytest.mark.parametrize(
    ("rows", "cols"),
    [
        ((31, 95), (23, 49)),  # edges n / scale pt cut n + 1
        ((0, 40), (0, 1188)),  # the page's top and its whole width
        ((1600, 1680), (1100, 1188)),  # its bottom end corner
        ((180, 260), (1000, 1150)),  # across the office's logo (an image: 156-216, 980-1100)
        ((100, 200), (150, 300)),  # across the emblem (SVG art: 96-208, 88-212)
    ],
)
def test_a_region_of_the_page_is_the_page_drawn_whole_there(
    kit_copy: Callable[..., Path], rows: tuple[int, int], cols: tuple[int, int]
) -> None:
    """poster-a3 for an office with a partner logo: shapes, SVG art and a raster image under
    its last item, drawn over the region alone: the pixels of the page drawn whole there."""
    doc, under = _drawn(office_kit(kit_copy), "poster-a3", "rosea")
    items = doc.pages[0].items
    assert any(isinstance(i, ImageItem) for i in items)
    assert any(isinstance(i, SvgItem) for i in items)
    whole = under(0, len(items)).copy()
    assert whole.shape[:2] == (1680, 1188)
    region = under.region(0, len(items), rows, cols).astype(np.int16)
    # PDFium's antialiasing of an edge a cut runs near may differ by a level (1/255) in a
    # pixel or two; a page a pixel off differs by up to 255 at every edge
    assert np.abs(region - whole[rows[0] : rows[1], cols[0] : cols[1]]).max() <= 1
