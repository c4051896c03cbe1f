"""Frames, bleed on each named edge, right-to-left mirroring and pinned slots, read back from
the PNG previews and print PDFs of the mini kit's `boxes` layout (built through the CLI).

Each picture is one character per millimetre (tests/geometry/pixels.py). The layout's boxes
sit on whole millimetres: navy bleeds at the top, red at the start, black at the end, white
at the bottom; green moves with the reading direction; yellow is pinned and off-centre, so a
pin that is ignored shows."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest

from ..kits import MM, build, mini_copy, out_path
from .pixels import PPI, assert_pixels


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini_copy(tmp_path_factory.mktemp("kit"))


@pytest.fixture(scope="module")
def trim_out(kit: Path) -> Path:
    return build(kit, kit.parent / "trim", "--only", "boxes", "--png-ppi", PPI)


@pytest.fixture(scope="module")
def bleed_out(kit: Path) -> Path:
    return build(kit, kit.parent / "bleed", "--only", "boxes", "--png-ppi", PPI, "--png-bleed")


TRIM = {
    "en": """
        BBBBBBBNNBBBBBBBBBBB
        BBBBBBBNNBBBBBBBBBBB
        BBBBBBBBBBBBBYYYYYBB
        BBBBBBBBBBBBBYYYYYBB
        BBBBBBBBBBBBBYYYYYBB
        BBBBBBBBBBBBBBBBBBKK
        BBBBBBBBBBBBBBBBBBKK
        BBBBBBBBBBBBBBBBBBBB
        RRRRRRBBBBBBBBBBBBBB
        RRRRRRBBBBBBBBBBBBBB
        RRRRRRBBBBBBBBBBBBBB
        RRRRRRBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBB
        BBGGGGGBBBBBBBBBBBBB
        BBGGGGGBBBBBBBBBBBBB
        BBGGGGGBBBBBBBBBBBBB
        BBGGGGGBB___BBBBBBBB
        BBBBBBBBB___BBBBBBBB
        BBBBBBBBB___BBBBBBBB
    """,
    # mirrored: start <-> end; the pinned yellow box stays where it is
    "ar": """
        BBBBBBBBBBBNNBBBBBBB
        BBBBBBBBBBBNNBBBBBBB
        BBBBBBBBBBBBBYYYYYBB
        BBBBBBBBBBBBBYYYYYBB
        BBBBBBBBBBBBBYYYYYBB
        KKBBBBBBBBBBBBBBBBBB
        KKBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBRRRRRR
        BBBBBBBBBBBBBBRRRRRR
        BBBBBBBBBBBBBBRRRRRR
        BBBBBBBBBBBBBBRRRRRR
        BBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBGGGGGBB
        BBBBBBBBBBBBBGGGGGBB
        BBBBBBBBBBBBBGGGGGBB
        BBBBBBBB___BBGGGGGBB
        BBBBBBBB___BBBBBBBBB
        BBBBBBBB___BBBBBBBBB
    """,
}

# the same pages with their 3 mm bleed (--png-bleed): each box reaches into the bleed on its
# named edges only, and the blue ground on all four
BLEED = {
    "en": """
        BBBBBBBBBBNNBBBBBBBBBBBBBB
        BBBBBBBBBBNNBBBBBBBBBBBBBB
        BBBBBBBBBBNNBBBBBBBBBBBBBB
        BBBBBBBBBBNNBBBBBBBBBBBBBB
        BBBBBBBBBBNNBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBYYYYYBBBBB
        BBBBBBBBBBBBBBBBYYYYYBBBBB
        BBBBBBBBBBBBBBBBYYYYYBBBBB
        BBBBBBBBBBBBBBBBBBBBBKKKKK
        BBBBBBBBBBBBBBBBBBBBBKKKKK
        BBBBBBBBBBBBBBBBBBBBBBBBBB
        RRRRRRRRRBBBBBBBBBBBBBBBBB
        RRRRRRRRRBBBBBBBBBBBBBBBBB
        RRRRRRRRRBBBBBBBBBBBBBBBBB
        RRRRRRRRRBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBBBBBBBB
        BBBBBGGGGGBBBBBBBBBBBBBBBB
        BBBBBGGGGGBBBBBBBBBBBBBBBB
        BBBBBGGGGGBBBBBBBBBBBBBBBB
        BBBBBGGGGGBB___BBBBBBBBBBB
        BBBBBBBBBBBB___BBBBBBBBBBB
        BBBBBBBBBBBB___BBBBBBBBBBB
        BBBBBBBBBBBB___BBBBBBBBBBB
        BBBBBBBBBBBB___BBBBBBBBBBB
        BBBBBBBBBBBB___BBBBBBBBBBB
    """,
    "ar": """
        BBBBBBBBBBBBBBNNBBBBBBBBBB
        BBBBBBBBBBBBBBNNBBBBBBBBBB
        BBBBBBBBBBBBBBNNBBBBBBBBBB
        BBBBBBBBBBBBBBNNBBBBBBBBBB
        BBBBBBBBBBBBBBNNBBBBBBBBBB
        BBBBBBBBBBBBBBBBYYYYYBBBBB
        BBBBBBBBBBBBBBBBYYYYYBBBBB
        BBBBBBBBBBBBBBBBYYYYYBBBBB
        KKKKKBBBBBBBBBBBBBBBBBBBBB
        KKKKKBBBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBRRRRRRRRR
        BBBBBBBBBBBBBBBBBRRRRRRRRR
        BBBBBBBBBBBBBBBBBRRRRRRRRR
        BBBBBBBBBBBBBBBBBRRRRRRRRR
        BBBBBBBBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBBBBBBBBBBB
        BBBBBBBBBBBBBBBBGGGGGBBBBB
        BBBBBBBBBBBBBBBBGGGGGBBBBB
        BBBBBBBBBBBBBBBBGGGGGBBBBB
        BBBBBBBBBBB___BBGGGGGBBBBB
        BBBBBBBBBBB___BBBBBBBBBBBB
        BBBBBBBBBBB___BBBBBBBBBBBB
        BBBBBBBBBBB___BBBBBBBBBBBB
        BBBBBBBBBBB___BBBBBBBBBBBB
        BBBBBBBBBBB___BBBBBBBBBBBB
    """,
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_boxes_at_the_trim(trim_out: Path, lang: str) -> None:
    assert_pixels(trim_out / out_path("boxes", lang, "preview"), TRIM[lang])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_boxes_with_their_bleed(bleed_out: Path, lang: str) -> None:
    assert_pixels(bleed_out / out_path("boxes", lang, "preview"), BLEED[lang])


def mm(v: float) -> float:
    return round(v / MM, 2)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_print_boxes_on_every_side(trim_out: Path, lang: str) -> None:
    """TrimBox 20 x 20 mm, BleedBox 3 mm beyond it on each side; no marks: MediaBox = BleedBox."""
    with pikepdf.open(io.BytesIO((trim_out / out_path("boxes", lang)).read_bytes())) as pdf:
        page = pdf.pages[0].obj
        trim = [float(v) for v in page.TrimBox]
        bleed = [float(v) for v in page.BleedBox]
        media = [float(v) for v in page.MediaBox]
    assert [mm(trim[2] - trim[0]), mm(trim[3] - trim[1])] == [20, 20]
    left, bottom = mm(trim[0] - bleed[0]), mm(trim[1] - bleed[1])
    right, top = mm(bleed[2] - trim[2]), mm(bleed[3] - trim[3])
    assert (left, bottom, right, top) == (3, 3, 3, 3)
    assert [mm(v) for v in media] == [mm(v) for v in bleed] == [0, 0, 26, 26]
