"""Transparency in print (issue 12, case 19): a white logo on transparency, on the blue ground,
prints as the preview shows it: a CMYK image with a soft mask (PDF/X-4 allows transparency),
on a page whose blending colour space is the press's CMYK. With `background:` the logo is
flattened onto that colour instead, in print and preview alike."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image

from campaign.preflight import Expect, preflight

from ..kits import ROOT, build, mini_copy

PX_PER_MM = 4
BLEED_MM = 3
# the logo (3:1) in a 16 x 6 mm frame, contained: 16 x 5.33 mm at (2, 7.33) mm
LOGO = (2, 7.5, 18, 12.5)  # a region inside it: left, top, right, bottom (mm)


def logo_kit(tmp_path: Path, background: str = "", logo: bytes | None = None) -> Path:
    """The mini kit's boxes page (a blue ground) with a partner logo on it (`logo`, a PNG's
    bytes; the white partner logo by default) in a 16 x 6 mm frame; built."""
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    (kit / "assets/logo.png").write_bytes(
        logo or (ROOT / "tests/data/images/partner-logo-white.png").read_bytes()
    )
    layout = kit / "materials/layouts/boxes.yaml"
    text = layout.read_text(encoding="utf-8").split("  - {name: top,")[0]
    layout.write_text(
        text + f"  - {{name: partner, kind: image, asset: logo.png, fit: contain{background}, "
        "frame: {start: 2, top: 7, width: 16, height: 6}}\n",
        encoding="utf-8",
    )
    return build(
        kit, tmp_path / "out", "--only", "boxes", "--lang", "en", "--png-ppi", str(25.4 * 4)
    )


def white_share(pixels: np.ndarray, offset_mm: float) -> tuple[np.ndarray, float]:
    """(white or not, per pixel; share of white) in the logo's region of a page render."""
    left, top, right, bottom = ((v + offset_mm) * PX_PER_MM for v in LOGO)
    region = pixels[round(top) : round(bottom), round(left) : round(right)]
    white = region.min(axis=2) > 200
    return white, float(white.mean())


def render_print(pdf: Path) -> np.ndarray:
    """The print PDF (media box: trim plus bleed) drawn by PDFium at 4 px per mm."""
    doc = pdfium.PdfDocument(pdf.read_bytes())
    try:
        image = doc[0].render(scale=PX_PER_MM * 25.4 / 72).to_pil()
    finally:
        doc.close()
    return np.asarray(image.convert("RGB")).astype(int)


def preview(out: Path) -> np.ndarray:
    with Image.open(out / "boxes/boxes-en-preview.png") as im:
        return np.asarray(im.convert("RGB")).astype(int)


def test_white_logo_prints_on_the_blue_ground(tmp_path: Path) -> None:
    out = logo_kit(tmp_path)
    data = (out / "boxes/boxes-en.pdf").read_bytes()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        images = [
            xo
            for xo in page.Resources.XObject.values()
            if xo.Subtype == "/Image" and not xo.get("/ImageMask")
        ]
        assert len(images) == 1
        logo = images[0]
        assert str(logo.ColorSpace) == "/DeviceCMYK"
        assert "/SMask" in logo
        assert str(logo.SMask.ColorSpace) == "/DeviceGray"
        assert int(logo.SMask.BitsPerComponent) == 8
        assert (logo.SMask.Width, logo.SMask.Height) == (logo.Width, logo.Height)
        # the page composites in the press's CMYK (a transparency group), not in RGB
        assert str(page.Group.S) == "/Transparency"
        assert str(page.Group.CS) == "/DeviceCMYK"
    report = preflight(data, Expect(safe_mm=0))
    assert report.ok, report.failures
    assert report.facts["blending_spaces"] == ["DeviceCMYK"]

    printed, printed_share = white_share(render_print(out / "boxes/boxes-en.pdf"), BLEED_MM)
    shown, shown_share = white_share(preview(out), 0)
    # the ring and the letters are white, the rest of the region the blue ground
    assert 0.1 < shown_share < 0.6, shown_share
    assert abs(printed_share - shown_share) < 0.03, (printed_share, shown_share)
    # the same shapes in the same places: white per millimetre square (4 x 4 px; single
    # pixels differ at the edges of 0.3 mm strokes, anti-aliased from different images)
    assert np.abs(per_mm(printed) - per_mm(shown)).mean() < 0.05


def per_mm(white: np.ndarray) -> np.ndarray:
    """The share of white pixels in each millimetre square."""
    h, w = white.shape
    return white.reshape(h // PX_PER_MM, PX_PER_MM, w // PX_PER_MM, PX_PER_MM).mean(axis=(1, 3))


def test_background_flattens_the_logo_in_print_and_preview(tmp_path: Path) -> None:
    out = logo_kit(tmp_path, background=", background: white")
    with pikepdf.open(out / "boxes/boxes-en.pdf") as pdf:
        page = pdf.pages[0]
        (logo,) = [
            xo
            for xo in page.Resources.XObject.values()
            if xo.Subtype == "/Image" and not xo.get("/ImageMask")
        ]
        assert "/SMask" not in logo
        assert "/Group" not in page  # nothing transparent left on the page
    _, printed_share = white_share(render_print(out / "boxes/boxes-en.pdf"), BLEED_MM)
    _, shown_share = white_share(preview(out), 0)
    assert printed_share > 0.99
    assert shown_share > 0.99
