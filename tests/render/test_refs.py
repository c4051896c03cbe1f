"""Reference renders of real scripts (Latin, Devanagari, Arabic, Chinese): the PNG previews the
CLI writes, at a resolution where a line of body text is many pixels tall, compared with
tests/refs/render/ within 2 levels per channel and no pixel beyond it. PDFium renders the
same page to the same pixels in every run (tests/test_reproducible.py), so any difference
is a change to the look.

When the look changes on purpose: `pytest tests/render/test_refs.py --update-refs`, look at
the new PNGs, commit them with the change."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ..kits import ROOT, build, out_path

REFS = ROOT / "tests" / "refs" / "render"
TOLERANCE = 2  # levels per channel, out of 255
MAX_DIFFERING = 0  # pixels beyond the tolerance

# name: (material, language, ppi, (start, top, width, height) mm of the trim to compare,
# page of a two-sided material or None)
CASES = {
    "badge-58-en": ("badge-58", "en", 150, (0, 0, 70, 70), None),
    "flyer-a5-hi": ("flyer-a5", "hi", 100, (0, 0, 148, 210), "front"),
    "flyer-a5-ar-back": ("flyer-a5", "ar", 100, (0, 0, 148, 210), "back"),
    "poster-a3-zh": ("poster-a3", "zh", 75, (0, 0, 297, 210), None),  # day, headline, emblem
    "poster-a3-ar": ("poster-a3", "ar", 75, (0, 210, 297, 210), None),  # fact, calls, QR
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("refs")
    builds: dict[tuple[str, int], list[str]] = {}
    for material, lang, ppi, _, _ in CASES.values():
        builds.setdefault((material, ppi), []).append(lang)
    for (material, ppi), langs in builds.items():
        build(
            ROOT,
            out / f"{material}-{ppi}",
            "--only",
            material,
            "--lang",
            ",".join(langs),
            "--png-ppi",
            str(ppi),
            "--no-digital",
        )
    return out


def rendered(outputs: Path, name: str) -> Image.Image:
    material, lang, ppi, (x, y, w, h), page = CASES[name]
    path = out_path(material, lang, "preview", page=page)
    with Image.open(outputs / f"{material}-{ppi}" / path) as im:
        px = lambda mm: round(mm / 25.4 * ppi)  # noqa: E731
        return im.convert("RGB").crop((px(x), px(y), px(x + w), px(y + h)))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_reference(outputs: Path, name: str, tmp_path: Path, update_refs: bool) -> None:
    actual = rendered(outputs, name)
    ref = REFS / f"{name}.png"
    if update_refs:
        actual.save(ref, optimize=True)
        pytest.skip(f"reference rewritten: {ref}")
    assert ref.exists(), f"no reference {ref}; run pytest {__file__} --update-refs"
    with Image.open(ref) as im:
        expected = im.convert("RGB")
    assert actual.size == expected.size
    a = np.asarray(actual).astype(int)
    e = np.asarray(expected).astype(int)
    over = np.abs(a - e).max(axis=2) > TOLERANCE
    bad = np.argwhere(over)
    if len(bad) > MAX_DIFFERING:
        actual.save(tmp_path / "actual.png")
        expected.save(tmp_path / "expected.png")
        Image.fromarray((over * 255).astype(np.uint8)).save(tmp_path / "diff.png")
        y, x = bad[0]
        pytest.fail(
            f"{len(bad)} of {actual.width * actual.height} pixels differ by more than "
            f"{TOLERANCE}, first at ({x}, {y}): {tuple(a[y, x])} instead of {tuple(e[y, x])}; "
            f"actual, expected and diff PNGs in {tmp_path}"
        )
