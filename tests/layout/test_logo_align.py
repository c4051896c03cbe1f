"""A contained logo narrower than its frame sits across it by its slot's `align`: the flyer's
back lines its logos up with the text column's start, the posters' top-end logos with the
page's end margin. Logos were centred in their frames, so a square emblem sat about 14 mm in
from the text column's left edge of an office's A5 flyer (33 mm on Letter: a trial). On a
right-to-left page start and end swap, as for art."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, Box, ImageItem
from campaign.layout.items.image import crop_to_frame
from campaign.model import Kit
from campaign.resolve import resolve_kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("align", "x"), [("start", 10.0), ("center", 25.0), ("end", 40.0)]
)  # fmt: skip
def test_a_contained_image_is_placed_across_its_frame_by_align(align: str, x: float) -> None:
    # a square image in a 40 x 10 pt frame at x 10: 10 pt wide, at the start, middle or end
    crop, shown = crop_to_frame((100, 100), Box(10, 0, 40, 10), "contain", align)
    assert crop == (0.0, 0.0, 1.0, 1.0)
    assert shown == Box(x, 0, 10, 10)


def _logos(kit: Kit, tmp_path: Path, material: str, language: str) -> dict[str, Box]:
    """Where the office's square emblem and 2:1 partner logo show on `material`'s pages in
    `language` (pt, from the page's top left)."""
    emblem, partner = tmp_path / "emblem.png", tmp_path / "partner.png"
    Image.new("RGB", (600, 600), "white").save(emblem)
    Image.new("RGB", (1200, 600), "white").save(partner)
    content = replace(
        resolve_kit(kit, kit.languages[language]),
        office="o",
        logos={"emblem": emblem, "partner": partner},
    )
    doc = compose_content(
        kit.layouts[material], content, load_fontbook(kit.fonts_dir), Collector(), []
    )
    return {
        item.slot: item.box
        for page in doc.pages
        for item in page.items
        if isinstance(item, ImageItem)
    }


def test_the_flyers_back_logos_line_up_with_its_text_column(kit: Kit, tmp_path: Path) -> None:
    """The A5 flyer's text column starts 11 mm from the trim's left (right in Arabic); the
    emblem (12 mm square in its 40 x 12 mm frame) starts there too, and the partner logo (24 x
    12 mm) at its own frame's start, 55 mm in."""
    en = _logos(kit, tmp_path, "flyer-a5", "en")
    assert en["emblem-logo"].x / MM == pytest.approx(11, abs=0.01)
    assert en["emblem-logo"].w / MM == pytest.approx(12, abs=0.01)
    assert en["partner-logo"].x / MM == pytest.approx(55, abs=0.01)
    ar = _logos(kit, tmp_path, "flyer-a5", "ar")
    right = {name: (box.x + box.w) / MM for name, box in ar.items()}
    assert right["emblem-logo"] == pytest.approx(148 - 11, abs=0.01)
    assert right["partner-logo"] == pytest.approx(148 - 55, abs=0.01)


def test_the_event_flyers_top_logos_end_at_its_margin(kit: Kit, tmp_path: Path) -> None:
    """The event flyer's logos stand at the top end, in 24 x 7.5 mm frames 11 mm from the
    trim's right (left in Arabic): each ends at that margin."""
    en = _logos(kit, tmp_path, "event-flyer-a5", "en")
    for name in ("emblem-logo", "partner-logo"):
        assert (en[name].x + en[name].w) / MM == pytest.approx(148 - 11, abs=0.01), name
    assert en["emblem-logo"].w / MM == pytest.approx(7.5, abs=0.01)  # square: its height
    ar = _logos(kit, tmp_path, "event-flyer-a5", "ar")
    for name in ("emblem-logo", "partner-logo"):
        assert ar[name].x / MM == pytest.approx(11, abs=0.01), name
