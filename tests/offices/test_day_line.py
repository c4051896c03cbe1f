"""The day line of the posters and social images beside the office's logo corner: it stopped
short of the corner even where the office has no logos (and in the campaign's kit, which has
none), as the event templates' did until they took `when_logo` / `when_no_logo` pairs. It
keeps clear of the logos an office has (`day`) and runs across to where the logos end
(`day-wide`) when it has none, in left-to-right and right-to-left languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.layout.document import MM, ImageItem, TextItem
from campaign.pipeline.compose import Laid

from .kit import office_kit

# the layouts with a day line beside the logo corner (the A5 flyer's front has no logo
# corner: its logos are on the back, and its day line runs across already); a poster size
MATERIALS = (
    "poster-a3",
    "poster-letter",
    "social-1080x1080",
    "social-1080x1350",
    "social-1080x1920",
    "social-1200x630",
)
BARE = "name: Bare Test Office\nlanguages: [en, ar]\n"


@pytest.fixture(scope="module")
def kit(module_kit_copy: Callable[..., Path]) -> Path:
    """The kit with rosea (a partner logo) and bare (no logos), shared by the module."""
    made = office_kit(module_kit_copy)
    (made / "materials" / "offices" / "bare.yaml").write_text(BARE, encoding="utf-8")
    return made


def logo_frame(kit: Path, material: str) -> tuple[float, float]:
    """The partner logo's frame's (start, end) edges as distances from the page's start and
    end edges, mm (the image shows inside it, `fit: contain`)."""
    from campaign.kit import load_kit

    layout = load_kit(kit).layouts[material]
    slot = next(s for s in layout.slots if s.name == "partner-logo")
    x, _, w, _ = slot.frame.resolve(*layout.trim)
    return round(x, 2), round(layout.trim[0] - x - w, 2)


def laid(kit: Path, material: str, lang: str, office: str | None) -> Laid:
    from campaign.kit import load_kit
    from campaign.pipeline.compose import compose_document
    from campaign.pipeline.kitcache import cached_fontbook

    loaded = load_kit(kit)
    return compose_document(
        loaded,
        cached_fontbook(loaded.fonts_dir, "test"),
        loaded.layouts[material],
        loaded.languages[lang],
        loaded.offices[office] if office else None,
    )


def from_end(box: object, width: float, rtl: bool) -> tuple[float, float]:
    """A box's (start, end) edges as distances from the page's start and end edges, mm: the
    right edge is the end in a left-to-right page, the left edge in a right-to-left one."""
    x, w = box.x / MM, box.w / MM  # type: ignore[attr-defined]
    left, right = round(x, 2), round(width - x - w, 2)
    return (right, left) if rtl else (left, right)


@pytest.mark.parametrize("material", MATERIALS)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_day_line_runs_across_where_the_office_has_no_logos(
    kit: Path, material: str, lang: str
) -> None:
    with_logo = laid(kit, material, lang, "rosea")
    items = {i.slot: i for i in with_logo.composed.page.items}
    assert "day" in items
    assert "day-wide" not in items
    logo = items["partner-logo"]
    assert isinstance(logo, ImageItem)
    width = with_logo.composed.page.trim[0] / MM
    rtl = lang == "ar"
    logo_start, logo_end = logo_frame(kit, material)
    day_start, day_end = from_end(items["day"].box, width, rtl)  # type: ignore[union-attr]
    assert width - day_end <= logo_start  # the day line stops short of the logo's frame
    assert from_end(logo.box, width, rtl)[1] >= logo_end  # which the logo shows in
    for office in ("bare", None):
        plain = laid(kit, material, lang, office)
        assert not [d for d in plain.diagnostics if d.code.startswith("layout.")], office
        drawn = {i.slot: i for i in plain.composed.page.items}
        assert "day" not in drawn
        wide = drawn["day-wide"]
        assert isinstance(wide, TextItem)
        # from where the narrow one starts to where the logos end
        assert from_end(wide.box, width, rtl) == (day_start, logo_end), office
        narrow = items["day"]
        assert isinstance(narrow, TextItem)
        assert len(wide.text.lines) <= len(narrow.text.lines)
        assert wide.text.size >= narrow.text.size
    assert not [d for d in with_logo.diagnostics if d.code.startswith("layout.")]


def test_the_english_a3_posters_day_line_takes_one_line_across(kit: Path) -> None:
    """Beside the logos the English day line takes two lines at 21 pt; across, one."""
    narrow = laid(kit, "poster-a3", "en", "rosea").composed.page.items
    wide = laid(kit, "poster-a3", "en", None).composed.page.items
    day = next(i for i in narrow if i.slot == "day")
    across = next(i for i in wide if i.slot == "day-wide")
    assert isinstance(day, TextItem)
    assert isinstance(across, TextItem)
    assert (len(day.text.lines), len(across.text.lines)) == (2, 1)
    assert across.text.size == 21
