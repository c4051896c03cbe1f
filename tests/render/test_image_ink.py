"""The press's total ink limit holds for pictures too (a print shop's trial): a CMYK photo
of 400 % went into the print PDF as it was, and an RGB one separated through FOGRA29L
reached 299 % where the uncoated press takes 280 %, while the built-in preflight summed the
vector colours alone. Pictures are brought within the limit (render.images.limit_ink) and
the preflight measures them (preflight.image_ink): read back from the PDFs' samples."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image, ImageCms

from campaign.preflight import preflight
from campaign.preflight.image_ink import AVERAGED
from campaign.preflight.report import Expect
from campaign.render import images
from campaign.render.images import JPEG_INK_MARGIN, JPEG_QUALITY, limit_ink

from ..conftest import copy_kit
from ..kits import ROOT, cli


def totals(im: Image.Image) -> np.ndarray:
    """Each pixel's total ink, per cent."""
    return np.asarray(im, dtype=np.float64).sum(axis=2) * 100 / 255


def busy_photo() -> Image.Image:
    """A dark, saturated, noisy RGB picture with hard edges: the worst case for JPEG."""
    rng = np.random.default_rng(1)
    y, x = np.mgrid[0:600, 0:800]
    r = np.sin(x / 37) * 60 + 60 + rng.normal(0, 25, x.shape)
    g = np.cos(y / 23) * 40 + 40 + rng.normal(0, 25, x.shape)
    b = (x // 50 + y // 50) % 2 * 120 + rng.normal(0, 30, x.shape)
    return Image.fromarray(np.dstack([r, g, b]).clip(0, 255).astype(np.uint8), "RGB")


def separated(im: Image.Image, profile: str) -> Image.Image:
    press = ImageCms.getOpenProfile(str(ROOT / "assets/icc" / profile))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    done = ImageCms.applyTransform(
        im, ImageCms.buildTransform(srgb, press, "RGB", "CMYK", ImageCms.Intent.PERCEPTUAL)
    )
    assert done is not None
    return done


def test_a_pixel_over_the_limit_is_brought_within_it_and_the_others_kept() -> None:
    im = Image.new("CMYK", (4, 1))
    pixels = [(255, 255, 255, 255), (191, 173, 171, 230), (0, 245, 230, 40), (10, 20, 30, 40)]
    for i, p in enumerate(pixels):
        im.putpixel((i, 0), p)
    out = limit_ink(im, 280)
    got = [out.getpixel((i, 0)) for i in range(4)]
    assert max(totals(out)[0]) <= 280
    # 400 %: the grey moved to black, then the colour taken down evenly
    assert got[0][3] == 255
    assert got[0][0] == got[0][1] == got[0][2]
    # a rich black of 300 %: more black, each of C, M and Y less by the same
    c, m, y, k = got[1]
    assert k > 230
    assert 191 - c == 173 - m == 171 - y > 0
    assert got[2] == pixels[2]  # 200 %: untouched
    assert got[3] == pixels[3]  # 39 %


@pytest.mark.parametrize(("profile", "limit"), [("fogra29l_uncoated.icc", 280.0),
                                                 ("fogra39l_coated.icc", 300.0)])  # fmt: skip
def test_a_busy_photo_as_a_jpeg_stays_within_the_limit_as_a_proof_averages_it(
    profile: str, limit: float
) -> None:
    """FOGRA29L separates the photo to over 300 %; limited JPEG_INK_MARGIN under 280 % and
    saved as the build saves it, its pixels averaged 4 x 4 (the preflight's measure, a 72 dpi
    proof's) stay within 280 %."""
    cmyk = separated(busy_photo(), profile)
    if profile.startswith("fogra29"):
        assert totals(cmyk).max() > limit + 20
    out = io.BytesIO()
    limit_ink(cmyk, limit - JPEG_INK_MARGIN).save(
        out, format="JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=True
    )
    back = Image.open(io.BytesIO(out.getvalue()))
    assert totals(back.reduce(AVERAGED)).max() <= limit + 0.5


PHOTO_ROW = (
    "event_id,language,title,date,time,venue,organiser,contact,link,photo,sample\n"
    "ink,en,Blue Heart walk,2026-07-30,08:00,Example Park,Youth group,,"
    "https://example.org/walk,photo.jpg,true\n"
)


def merged(tmp_path: Path, photo: Image.Image, profile: str = "fogra39") -> tuple[int, str, Path]:
    """An event flyer of the kit with `photo` as its record's photo, merged on `profile`."""
    root = copy_kit(tmp_path / "kit", {})
    campaign = root / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(
        text.replace("output_profile: fogra39", f"output_profile: {profile}"), encoding="utf-8"
    )
    photos = tmp_path / "photos"
    photos.mkdir()
    photo.save(photos / "photo.jpg", quality=95)
    data = tmp_path / "events.csv"
    data.write_text(PHOTO_ROW, encoding="utf-8")
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", root, "--images", photos, "-o", out,
        "--no-png", "--no-digital",
    )  # fmt: skip
    return code, text, out / "event-flyer-a5/event-flyer-a5-en-ink.pdf"


def image_totals(pdf_path: Path) -> list[float]:
    """The highest total ink of each CMYK image of the PDF's first page, averaged 4 x 4."""
    found = []
    with pikepdf.open(pdf_path) as pdf:
        for xo in pdf.pages[0].Resources.XObject.values():
            if xo.get("/Subtype") == "/Image" and not xo.get("/ImageMask", False):
                im = pikepdf.PdfImage(xo).as_pil_image()
                if im.mode == "CMYK":
                    found.append(float(totals(im.reduce(AVERAGED)).max()))
    return found


def test_a_cmyk_photo_of_400_per_cent_prints_within_the_limit(tmp_path: Path) -> None:
    photo = Image.new("CMYK", (1600, 1200), (0, 0, 0, 0))
    photo.paste((255, 255, 255, 255), (0, 0, 1600, 600))
    code, text, pdf = merged(tmp_path, photo)
    assert code == 0, text
    (total,) = image_totals(pdf)
    assert 300 - JPEG_INK_MARGIN - 1 <= total <= 300 + 0.5
    code, checked = cli("check", "--pdf", pdf)
    assert code == 0, checked
    assert "images' ink up to " in checked


def test_an_rgb_photo_on_the_uncoated_press_prints_within_280(tmp_path: Path) -> None:
    code, text, pdf = merged(tmp_path, busy_photo(), "fogra29")
    assert code == 0, text
    (total,) = image_totals(pdf)
    assert 270 <= total <= 280 + 0.5


def test_the_preflight_fails_a_picture_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pictures left as they come (the limit taken out): the build's own preflight fails
    the file, naming the picture's ink, and publishes nothing."""
    monkeypatch.setattr(images, "limit_ink", lambda im, limit: im)
    images.prepared.cache_clear()
    photo = Image.new("CMYK", (1600, 1200), (0, 0, 0, 0))
    photo.paste((255, 255, 255, 255), (0, 0, 1600, 600))
    try:
        code, text, pdf = merged(tmp_path, photo)
    finally:
        images.prepared.cache_clear()
    assert code == 1, text
    assert "page 1: an image has 400 % total ink (averaged as a 72 dpi proof shows it); the " \
        "limit is 300 %" in text, text  # fmt: skip
    assert not pdf.exists()


def test_an_image_s_ink_is_read_from_its_samples() -> None:
    """preflight's own measure, on a PDF of one picture of 360 % on a 300 % press."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    im = Image.new("CMYK", (64, 64), (230, 230, 230, 230))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(100, 100))
    c.drawImage(ImageReader(im), 10, 10, 64, 64)
    c.showPage()
    c.save()
    report = preflight(out.getvalue(), Expect(bleed_mm=0, output_intent=False, safe_mm=0))
    assert report.facts["max_image_tac"] == pytest.approx(360.8, abs=0.5)
    assert any("an image has 361 % total ink" in f for f in report.failures), report.failures
