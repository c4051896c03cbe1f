"""Small reference renders: the screen PDF rasterised at low resolution, compared pixel by pixel
with a per-channel tolerance. `pytest --update-refs` rewrites the references."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageChops

from campaign.build import check, rgb_to_cmyk
from campaign.fonts import load_fontbook
from campaign.render.pdf import Target, draw_pdf
from campaign.render.png import pdf_to_pngs

ROOT = Path(__file__).resolve().parents[2]
REFS = ROOT / "tests" / "refs" / "render"
TOLERANCE = 24  # per channel, out of 255: anti-aliasing may differ between PDFium builds
MAX_DIFFERING = 0.005  # share of pixels allowed beyond the tolerance


def render(material: str, lang: str, ppi: float) -> Image.Image:
    import io

    kit, jobs, _ = check(ROOT, (lang,), (material,))
    fonts = load_fontbook(kit.fonts_dir)
    pdf = draw_pdf(
        jobs[0].page,
        kit.campaign.colours,
        fonts,
        Target(cmyk=False, bleed=False),
        rgb_to_cmyk(kit.assets_dir / "icc/fogra39l_coated.icc"),
        "ref",
    )
    return Image.open(io.BytesIO(pdf_to_pngs(pdf, ppi)[0])).convert("RGB")


@pytest.mark.parametrize(
    ("material", "lang", "ppi"),
    [
        ("badge-58", "en", 40),
        ("poster-a3", "ar", 12),
        ("poster-a3", "zh", 12),
        ("flyer-a5", "hi", 24),
    ],
)
def test_matches_reference(
    material: str, lang: str, ppi: float, tmp_path: Path, update_refs: bool
) -> None:
    actual = render(material, lang, ppi)
    ref_path = REFS / f"{material}-{lang}.png"
    if update_refs:
        actual.save(ref_path, optimize=True)
        pytest.skip("reference rewritten")
    assert ref_path.exists(), f"no reference {ref_path}; run pytest --update-refs"
    expected = Image.open(ref_path).convert("RGB")
    assert actual.size == expected.size
    diff = ImageChops.difference(actual, expected)
    over = np.asarray(diff).max(axis=2) > TOLERANCE
    bad = np.flatnonzero(over)
    if len(bad) > MAX_DIFFERING * actual.width * actual.height:
        actual.save(tmp_path / "actual.png")
        expected.save(tmp_path / "expected.png")
        diff.point(lambda v: 255 if v > TOLERANCE else 0).save(tmp_path / "diff.png")
        first = divmod(bad[0], actual.width)[::-1]
        pytest.fail(
            f"{len(bad)} of {actual.width * actual.height} pixels differ, first at {first}; "
            f"see {tmp_path}"
        )
