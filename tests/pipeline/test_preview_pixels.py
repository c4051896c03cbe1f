"""The PNG previews' pixels: at the default resolution a page that would have more than
MAX_PREVIEW_PIXELS is drawn at a lower ppi, which its entry and the build's note say; a
resolution asked for (--png-ppi) is drawn as asked."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image

from campaign.cli import main
from campaign.pipeline.options import DEFAULT_PNG_PPI, MAX_PREVIEW_PIXELS

from ..kits import mini_copy

# the mini kit's text page as an 850 x 2000 mm banner (a trial kit's poster-banner)
BANNER = (
    "min_type_pt: 3",
    "min_type_pt: 3\nsizes:\n  banner: {trim: [850, 2000], paper: custom}\n",
)


def built(tmp_path: Path, *more: str) -> tuple[str, dict[str, Any], tuple[int, int], float]:
    """(the build's output, the preview's manifest entry, its pixels and the ppi its pHYs
    says) of the banner in English."""
    kit = tmp_path / "kit"
    if not kit.exists():
        mini_copy(kit, {"layouts/text.yaml": BANNER})
    out = tmp_path / "out"
    args = ["build", "--kit", str(kit), "-o", str(out), "--only", "text-banner", "--lang", "en"]
    args += ["--no-digital", "--jobs", "1", "--force", *more]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    (entry,) = [f for f in manifest["files"] if f["format"] == "png"]
    with Image.open(out / entry["path"]) as image:
        return result.output, entry, image.size, image.info["dpi"][0]


def pixels(ppi: float) -> tuple[int, int]:
    return math.ceil(850 / 25.4 * ppi), math.ceil(2000 / 25.4 * ppi)


def test_a_banner_preview_is_drawn_within_the_most_pixels_and_says_so(tmp_path: Path) -> None:
    """It was 5020 x 11812 px (59 million) at 150 ppi: now 95 ppi, 3180 x 7481 (23.8 million);
    96 would pass 24 million."""
    assert (DEFAULT_PNG_PPI, MAX_PREVIEW_PIXELS) == (150, 24_000_000)
    assert pixels(150) == (5020, 11812)
    output, entry, size, ppi = built(tmp_path)
    assert size == pixels(95) == (3180, 7481)
    assert math.prod(pixels(96)) > MAX_PREVIEW_PIXELS >= math.prod(size)
    assert ppi == pytest.approx(95, abs=0.05)
    assert entry["extra"]["ppi"] == 95
    assert entry["extra"]["ppi_lowered_from"] == 150
    note = (
        "the PNG previews of text-banner are drawn at 95 ppi, not 150: at 150 ppi a page "
        "has more than 24 million pixels; give --png-ppi 150 to draw them at that resolution "
        "anyway"
    )
    assert f"note[build.preview-ppi]: {note}\n" in output  # a note of no place
    # in a --json report's diagnostics (it was in its `notes`): of a build that keeps the
    # previews as they are too (nothing to do)
    args = ["build", "--kit", tmp_path / "kit", "-o", tmp_path / "out", "--only", "text-banner"]
    result = CliRunner().invoke(main, [*map(str, args), "--lang", "en", "--no-digital", "--json"])
    report = json.loads(result.stdout)
    assert [d for d in report["diagnostics"] if d["code"] == "build.preview-ppi"] == [
        {
            "severity": "note",
            "code": "build.preview-ppi",
            "message": note,
            "file": None,
            "line": None,
            "column": None,
            "hints": [],
            "subject": {},
        }
    ], report
    assert (report["notes"], report["counts"]["kept"]) == ([], 1), report
    # an explicit resolution is drawn as asked, past the limit
    output, entry, size, ppi = built(tmp_path, "--png-ppi", "100")
    assert size == pixels(100) == (3347, 7875)
    assert math.prod(size) > MAX_PREVIEW_PIXELS
    assert ppi == pytest.approx(100, abs=0.05)
    assert entry["extra"]["ppi"] == 100
    assert "ppi_lowered_from" not in entry["extra"]
    assert "the PNG previews" not in output
