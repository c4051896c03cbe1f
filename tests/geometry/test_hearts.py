"""The filled heart comes first in reading order: at the left in English, at the right in
Arabic, and at the left in both when the slot is pinned (mini kit `hearts`, through the CLI).
Hearts are curves, so instead of ASCII art: which third of each slot is solid red."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ..kits import build, mini_copy, out_path
from .pixels import PPI, PX_PER_MM

RED = (255, 0, 0)
SLOTS = {"free": 2, "pinned": 12}  # top of each 18 x 6 mm slot, mm; both start 1 mm in


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    kit = mini_copy(tmp_path_factory.mktemp("kit"))
    return build(kit, kit.parent / "out", "--only", "hearts", "--png-ppi", PPI, "--no-digital")


def solid_thirds(png: Path, top_mm: int) -> list[float]:
    """Share of solid red pixels in the left, middle and right thirds of a slot."""
    with Image.open(png) as im:
        px = np.asarray(im.convert("RGB"))
    y0, y1 = top_mm * PX_PER_MM, (top_mm + 6) * PX_PER_MM
    x0 = 1 * PX_PER_MM
    third = 6 * PX_PER_MM
    red = (px == RED).all(axis=2)
    return [
        round(float(red[y0:y1, x0 + i * third : x0 + (i + 1) * third].mean()), 2) for i in range(3)
    ]


@pytest.mark.parametrize(
    ("lang", "slot", "filled"),
    [
        ("en", "free", 0),
        ("en", "pinned", 0),
        ("ar", "free", 2),  # mirrored: the first heart is at the right
        ("ar", "pinned", 0),  # pinned: as in English
    ],
)
def test_filled_heart_first_in_reading_order(out: Path, lang: str, slot: str, filled: int) -> None:
    shares = solid_thirds(out / out_path("hearts", lang, "preview"), SLOTS[slot])
    assert shares[filled] > 0.3, shares
    assert [s for i, s in enumerate(shares) if i != filled] == [
        pytest.approx(0, abs=0.1),
        pytest.approx(0, abs=0.1),
    ], shares
