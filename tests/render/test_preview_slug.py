"""A preview with its bleed and marks (`--png-bleed`) shows the print PDF's slug line: it drew
the crop marks, the registration targets and the colour bar, and left the slug out (a regional
office's trial), where the print shop's proof has it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops

from ..kits import MM, ROOT, build

PPI = 100


def _dark(image: Image.Image) -> Image.Image:
    """1 where a pixel is darker than mid-grey (the slug's black type), else 0."""
    return image.convert("L").point(lambda v: 255 if v < 128 else 0).convert("1")


def _count(mask: Image.Image) -> int:
    """How many pixels of a 1-bit mask are set."""
    return mask.convert("L").histogram()[255]


def test_the_bleed_preview_shows_the_print_pdfs_slug(tmp_path: Path) -> None:
    out = build(
        ROOT,
        tmp_path / "out",
        "--only",
        "poster-a3",
        "--lang",
        "fr",
        "--no-digital",
        "--png-bleed",
        "--png-ppi",
        str(PPI),
    )
    png = Image.open(out / "poster-a3" / "poster-a3-fr-preview.png")
    page = pdfium.PdfDocument(out / "poster-a3" / "poster-a3-fr.pdf")[0]
    printed = page.render(scale=PPI / 72).to_pil()
    assert printed.size == png.size
    # the slug band: below the bleed (3 mm past the trim), inside the crop marks' width
    bottom = float(page.get_bleedbox()[1])
    top_px = printed.height - round((bottom - 0.5 * MM) * PPI / 72)
    left, right = round(20 * MM * PPI / 72), printed.width - round(20 * MM * PPI / 72)
    band = (left, top_px, right, printed.height)
    ours, theirs = _dark(png.crop(band)), _dark(printed.crop(band))
    inked = _count(theirs)
    assert inked > 300, inked  # the print PDF's slug: type in the band
    apart = _count(ImageChops.logical_xor(ours, theirs))
    assert apart < 0.1 * inked, (apart, inked)
