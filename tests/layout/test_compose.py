"""Layout geometry in millimetres: frames, bleed, mirroring for RTL, pinned slots, safe area."""

from pathlib import Path

import pytest

from campaign.build import check
from campaign.layout.checks import safe_area_problems, text_extents
from campaign.layout.document import MM, Page

ROOT = Path(__file__).resolve().parents[2]


def page(material: str, lang: str) -> Page:
    _, jobs, _ = check(ROOT, (lang,), (material,))
    return jobs[0].page


def box_mm(p: Page, slot: str) -> tuple[float, ...]:
    item = next(i for i in p.items if i.slot == slot)
    box = item.box  # type: ignore[union-attr]
    return tuple(round(v / MM, 2) for v in (box.x, box.y, box.w, box.h))


def test_frames_in_mm_and_bleed_on_the_named_edges() -> None:
    p = page("poster-a3", "en")
    assert (round(p.trim[0] / MM, 2), round(p.trim[1] / MM, 2)) == (297, 420)
    assert box_mm(p, "ground") == (-3, -3, 303, 426)  # bleed on all four edges
    assert box_mm(p, "fact-band") == (-3, 204, 303, 116)  # start and end only
    assert box_mm(p, "headline") == (22, 66, 253, 128)
    assert box_mm(p, "qr") == (225, 344, 50, 50)  # given by its end edge


def test_rtl_mirrors_slots_by_logical_start_and_end() -> None:
    ltr, rtl = page("poster-a3", "en"), page("poster-a3", "ar")
    assert box_mm(rtl, "headline") == (22, 66, 253, 128)  # symmetric frame: unchanged
    assert box_mm(rtl, "emblem") == (297 - 22 - 31, 24, 31, 28)
    assert box_mm(rtl, "qr") == (22, 344, 50, 50)
    assert box_mm(ltr, "emblem") == (22, 24, 31, 28)
    hearts = next(i for i in rtl.items if i.slot == "hearts")
    assert hearts.rtl  # type: ignore[union-attr]  # the filled heart sits at the start: right


def test_headline_text_is_right_aligned_in_arabic() -> None:
    p = page("poster-a3", "ar")
    item = next(i for i in p.text_items() if i.slot == "headline")
    for line in item.text.lines:
        assert line.x + line.width == pytest.approx(item.box.w, abs=0.01)


@pytest.mark.parametrize("material", ["poster-a3", "flyer-a5"])
def test_all_text_inside_the_safe_area(material: str) -> None:
    for lang in ("en", "fr", "es"):
        p = page(material, lang)
        for item in p.text_items():
            for left, top, right, bottom in text_extents(item):
                where = (lang, item.slot)
                assert left >= p.safe, where
                assert top >= p.safe, where
                assert right <= p.trim[0] - p.safe, where
                assert bottom <= p.trim[1] - p.safe, where


def test_badge_text_inside_the_live_circle() -> None:
    p = page("badge-58", "fr")
    assert p.badge is not None
    assert p.badge.live == 52
    from campaign.kit import load_kit

    assert safe_area_problems(p, load_kit(ROOT).layouts["badge-58"]) == []
    rim = next(i for i in p.items if i.slot == "rim")
    # the rim text's baseline circle keeps descenders inside the live circle
    assert rim.radius + rim.line.descent <= 26 * MM + 0.01  # type: ignore[union-attr]


def test_uppercase_only_for_cased_scripts() -> None:
    from campaign.kit import load_kit
    from campaign.layout.items.text import resolve_text

    kit = load_kit(ROOT)
    style = kit.layouts["badge-58"].styles["badge"]
    assert style.uppercase
    assert resolve_text("Mettons fin", kit.languages["fr"], style) == "METTONS FIN"
    assert (
        resolve_text("İnsan ticaretine son", kit.languages["tr"], style) == "İNSAN TİCARETİNE SON"
    )
    georgian = kit.languages["ka"].strings["badge"].text
    assert resolve_text(georgian, kit.languages["ka"], style) == georgian
