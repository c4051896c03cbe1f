"""colour.contrast-art: text over a picture (SVG art with more than its ground, a photo) judged
on the pixels under each of its lines, as the digital PDF draws them. White text over a pale
part of a designer's illustration passed every check (a designer's trial): colour.contrast
judges text on filled shapes, art of one colour and the paper, and left pictures alone."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from campaign.colours.art import FAINT_AREA, PIXELS_PER_MM, faint_share, pictures_under
from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, Box, ImageItem, ShapeItem, SvgItem, TextItem
from campaign.layout.items.text import OverflowReport
from campaign.pipeline.fingerprint import profile_icc
from campaign.render.underneath import Underneath
from campaign.resolve import resolve_kit

from ..kits import check

GROUND = (
    "  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, "
    "width: 297, height: 420}}"
)
ART = (
    "  - {name: ground, kind: svg, asset: illustrated.svg, fit: cover, bleed: all, "
    "frame: {start: 0, top: 0, width: 297, height: 420}}"
)
# the poster's blue with a circle on it, under the headline's end (frame: start 22, top 66,
# 253 x 128 mm)
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 297 420" width="297mm" '
    'height="420mm"><rect x="0" y="0" width="297" height="420" fill="#045096"/>'
    '<circle cx="200" cy="110" r="45" fill="{circle}"/></svg>'
)
PALE, NAVY = "#cfe6f7", "#213555"
HEADLINE = "materials/layouts/poster-a3.yaml:44:5"


def _art_kit(kit_copy: Callable[..., Path], circle: str) -> Path:
    kit = kit_copy()
    (kit / "assets/illustrated.svg").write_text(SVG.replace("{circle}", circle), "utf-8")
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text("utf-8")
    assert GROUND in text
    layout.write_text(text.replace(GROUND, ART), "utf-8")
    return kit


def _warnings(text: str) -> list[str]:
    return re.findall(r"^(\S+): warning\[colour\.contrast-art\]: (.*)$", text, re.M)


def test_white_text_over_a_pale_part_of_art_is_told_at_the_text(
    kit_copy: Callable[..., Path],
) -> None:
    kit = _art_kit(kit_copy, PALE)
    code, text = check(kit, "--only", "poster-a3", "--lang", "en")
    assert code == 0, text
    assert _warnings(text) == [
        (
            HEADLINE,
            "poster-a3 [en] slot 'headline': white text on the picture of slot 'ground': up "
            "to 29 % of what lies under its lines 1, 2 and 3 has less than the 3:1 contrast "
            "WCAG AA asks for 75.0 pt text (down to 1.29:1), as the digital PDF and the PNGs "
            "show it",
        )
    ]
    assert "give the text a ground of its own behind it" in text
    assert "error[colour.contrast]" not in text  # the shapes' check has nothing to say


def test_the_same_art_with_a_dark_part_under_the_text_passes(
    kit_copy: Callable[..., Path],
) -> None:
    """Judged by what the pixels are, not by a picture being there."""
    kit = _art_kit(kit_copy, NAVY)
    code, text = check(kit, "--only", "poster-a3", "--lang", "en,ar")
    assert code == 0, text
    assert _warnings(text) == []


def test_a_right_to_left_page_is_judged_on_its_own_lines(kit_copy: Callable[..., Path]) -> None:
    """The Arabic headline's lines lie elsewhere over the circle (the frame mirrored, the
    lines set right to left): its own lines are named."""
    kit = _art_kit(kit_copy, PALE)
    code, text = check(kit, "--only", "poster-a3", "--lang", "ar")
    assert code == 0, text
    [(place, message)] = _warnings(text)
    assert place == HEADLINE
    assert message.startswith(
        "poster-a3 [ar] slot 'headline': white text on the picture of slot 'ground': up to "
    )
    assert "under its lines 1 and 2 has less than the 3:1" in message


def test_a_photo_under_text_is_judged_on_its_pixels(kit_copy: Callable[..., Path]) -> None:
    """A photo the text is set over on purpose (`overlap: true`): its pale half is told."""
    kit = kit_copy()
    half = Image.new("RGB", (3000, 1520), (4, 80, 150))
    half.paste((235, 240, 245), (1500, 0, 3000, 1520))  # the right half pale
    half.save(kit / "assets/half.png")
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text("utf-8")
    head = "  - {name: headline, kind: text, string: theme, style: headline,"
    photo = (
        "  - {name: photo, kind: image, asset: half.png, frame: {start: 22, top: 66, "
        "width: 253, height: 128}}\n"
    )
    assert head in text
    text = text.replace(head, photo + head.replace("headline,", "headline, overlap: true,", 1))
    layout.write_text(text, "utf-8")
    code, out = check(kit, "--only", "poster-a3", "--lang", "en")
    assert code == 0, out
    [(place, message)] = _warnings(out)
    assert place == "materials/layouts/poster-a3.yaml:45:5"
    assert "white text on the picture of slot 'photo'" in message
    assert "under its lines 1, 2, 3 and 4 has less than the 3:1" in message


def test_a_share_of_pixels_below_what_aa_asks() -> None:
    """WCAG 2's ratio per pixel: white on #767676 is 4.54:1 (passes 4.5), on #777777 4.48:1."""
    white = (1.0, 1.0, 1.0)
    passing = np.full((4, 10, 3), 0x76, dtype=np.uint8)
    failing = np.full((4, 10, 3), 0x77, dtype=np.uint8)
    assert faint_share(passing, white, 4.5) == (0.0, pytest.approx(4.54, abs=0.01))
    assert faint_share(failing, white, 4.5) == (1.0, pytest.approx(4.48, abs=0.01))
    mixed = np.concatenate([passing[:, :7], np.full((4, 3, 3), 255, dtype=np.uint8)], axis=1)
    share, lowest = faint_share(mixed, white, 4.5)
    assert share == pytest.approx(0.3)
    assert lowest == pytest.approx(1.0)
    black = (0.0, 0.0, 0.0)  # on #767676 4.60:1, on white 21:1; on #404040 2.03:1
    assert faint_share(mixed, black, 4.5)[0] == 0.0
    mixed[:, :7] = 0x40
    assert faint_share(mixed, black, 4.5) == (pytest.approx(0.7), pytest.approx(2.03, abs=0.01))
    assert FAINT_AREA == 0.02


def test_the_pictures_under_a_line() -> None:
    """A picture drawn before the line and under it; none where a filled shape drawn after
    it covers the whole line; art that is its ground alone is a shape, not a picture."""
    ink = (20.0, 20.0, 80.0, 30.0)
    photo = ImageItem("photo", Box(0, 0, 100, 100), Path("p.png"), (0, 0, 1, 1), 300.0, None)
    art = SvgItem("art", Box(10, 10, 50, 50), Path("a.svg"), "start")
    band = ShapeItem("band", Box(0, 15, 100, 20), "rect", "blue", None, 0.0, 0.0)
    short = ShapeItem("short", Box(0, 15, 50, 20), "rect", "blue", None, 0.0, 0.0)
    away = SvgItem("away", Box(0, 60, 50, 20), Path("b.svg"), "start")
    assert pictures_under([photo, art, away], ink) == ["photo", "art"]
    assert pictures_under([photo, band], ink) == []
    assert pictures_under([photo, short], ink) == ["photo"]
    assert pictures_under([band, photo], ink) == ["photo"]
    plain = SvgItem(
        "plain", Box(0, 0, 100, 100), Path("c.svg"), "start",
        ground=Box(0, 0, 100, 100), ground_rgb=(0.0, 0.0, 0.5), plain=True,
    )  # fmt: skip
    assert pictures_under([photo, plain], ink) == []


def test_the_pixels_under_a_text_are_the_pages_there(kit_copy: Callable[..., Path]) -> None:
    """Underneath draws the items before the text, not the text, and maps a region in pt from
    the trim's top-left onto them: over the circle its colour, beside it the blue."""
    root = _art_kit(kit_copy, PALE)
    kit = load_kit(root)
    fonts = load_fontbook(kit.fonts_dir)
    layout = kit.layouts["poster-a3"]
    errs: Collector = Collector()
    overflows: list[OverflowReport] = []
    doc = compose_content(layout, resolve_kit(kit, kit.languages["en"]), fonts, errs, overflows)
    items = doc.pages[0].items
    upto = next(i for i, it in enumerate(items) if isinstance(it, TextItem))
    under = Underneath(
        doc, kit.campaign.colours, fonts, PIXELS_PER_MM, profile_icc(kit, layout, None)
    )

    def middle(cx: float, cy: float) -> tuple[int, ...]:
        region = ((cx - 2) * MM, (cy - 2) * MM, (cx + 2) * MM, (cy + 2) * MM)
        pixels = under(0, upto, region)
        assert abs(pixels.shape[0] - 16) <= 1
        assert abs(pixels.shape[1] - 16) <= 1
        return tuple(int(v) for v in pixels[pixels.shape[0] // 2, pixels.shape[1] // 2])

    def near(rgb: tuple[int, ...], hex_: str) -> bool:
        want = [int(hex_[i : i + 2], 16) for i in (1, 3, 5)]
        return all(abs(a - b) <= 3 for a, b in zip(rgb, want, strict=True))

    # the art covers the frame and its bleed (303 x 426 mm), scaled by 303/297 from 3 mm
    # outside the trim's left and 4.25 mm above its top: the circle's centre at 201.0 x
    # 108.0 mm, its radius 45.9 mm
    assert near(middle(201, 108), PALE)
    assert near(middle(201, 160), "#045096")  # 6 mm below its edge
    assert near(middle(149, 108), "#045096")  # 6 mm left of it
    assert near(middle(243, 108), PALE)  # 4 mm inside its right edge
    assert near(middle(201, 66), PALE)  # 4 mm inside its top
