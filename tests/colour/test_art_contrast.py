"""colour.contrast-art: text over a picture (SVG art with more than its ground, a photo) judged
on the pixels under each of its lines, as the digital PDF draws them. White text over a pale
part of a designer's illustration passed every check (a designer's trial): colour.contrast
judges text on filled shapes, art of one colour and the paper, and left pictures alone."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from campaign.colours.art import (
    FAINT_AREA,
    PIXELS_PER_MM,
    art_contrast_problems,
    contrast_of,
    in_pixels,
    pictures_under,
)
from campaign.colours.wcag import contrast
from campaign.diagnostics import Collector
from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.layout.checks import PlacedGlyph, placed_glyphs
from campaign.layout.compose import compose_content
from campaign.layout.document import MM, Box, Document, ImageItem, ShapeItem, SvgItem, TextItem
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
HEADLINE = "materials/layouts/poster-a3.yaml:48:5"


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
            "poster-a3 [en] slot 'headline': white text on the picture of slot 'ground': 10 of "
            "the 35 characters of its lines 1, 2 and 3 ('Child', 'the' and 'Against') lie on "
            "parts of it with less than the 3:1 contrast WCAG AA asks for 75.0 pt text (about "
            "1.29:1 there), as the digital PDF and the PNGs show it",
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
    assert re.match(
        r"poster-a3 \[ar\] slot 'headline': white text on the picture of slot 'ground': \d+ "
        r"of the 27 characters of its lines 1 and 2 \('[^']+'( and '[^']+'|, '[^']+')*\) lie "
        r"on parts of it with less than the 3:1 contrast",
        message,
    ), message


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
    assert place == "materials/layouts/poster-a3.yaml:49:5"
    assert "white text on the picture of slot 'photo'" in message
    assert "characters of its lines 1, 2, 3 and 4 (" in message  # their right halves
    assert "less than the 3:1 contrast" in message


def test_a_full_bleed_photo_is_a_background(kit_copy: Callable[..., Path]) -> None:
    """A photo across the whole page into its bleed is what content sits on, as full-page
    SVG art is: it was a `layout.overlap` error for each of the 13 slots on it (a
    designer's trial). The texts on its pale half are told, on its dark half not."""
    kit = kit_copy()
    sky = Image.new("RGB", (3600, 5100), (4, 80, 150))
    sky.paste((235, 240, 245), (0, 2550, 3600, 5100))  # the lower half pale
    sky.save(kit / "assets/sky.jpg", quality=90)
    layout = kit / "materials/layouts/poster-a3.yaml"
    text = layout.read_text("utf-8")
    photo = (
        "  - {name: ground, kind: image, asset: sky.jpg, fit: cover, bleed: all, "
        "frame: {start: 0, top: 0, width: 297, height: 420}}"
    )
    layout.write_text(text.replace(GROUND, photo), "utf-8")
    code, out = check(kit, "--only", "poster-a3", "--lang", "en")
    assert code == 0, out
    assert "layout.overlap" not in out
    told = {m.split("'")[1] for _, m in _warnings(out)}
    assert {"calls", "hashtags", "qr-label"} <= told  # white, at the foot
    assert "headline" not in told  # white, on the dark upper half


def test_a_photo_saved_again_is_drawn_again(kit_copy: Callable[..., Path]) -> None:
    """The photo under a text as its file is now: render.images.prepared keeps its result
    by the file's stamp too (a review: the drawing was kept by it, the photo by its path)."""
    import os

    root = kit_copy()
    photo = root / "assets/sky.jpg"
    Image.new("RGB", (1200, 1700), (4, 80, 150)).save(photo)
    layout = root / "materials/layouts/poster-a3.yaml"
    text = layout.read_text("utf-8")
    layout.write_text(
        text.replace(
            GROUND,
            "  - {name: ground, kind: image, asset: sky.jpg, fit: cover, bleed: all, "
            "frame: {start: 0, top: 0, width: 297, height: 420}}",
        ),
        "utf-8",
    )
    kit = load_kit(root)
    fonts = load_fontbook(kit.fonts_dir)
    errs: Collector = Collector()
    content = resolve_kit(kit, kit.languages["en"])
    doc = compose_content(kit.layouts["poster-a3"], content, fonts, errs, [])
    upto = next(i for i, it in enumerate(doc.pages[0].items) if isinstance(it, TextItem))
    icc = profile_icc(kit, kit.layouts["poster-a3"], None)

    def centre() -> tuple[int, ...]:
        under = Underneath(doc, kit.campaign.colours, fonts, PIXELS_PER_MM, icc)
        return tuple(int(v) for v in under(0, upto)[200 * 4, 150 * 4])

    assert all(abs(a - b) <= 3 for a, b in zip(centre(), (4, 80, 150), strict=True))
    Image.new("RGB", (1200, 1700), (235, 240, 245)).save(photo)
    os.utime(photo, ns=(photo.stat().st_atime_ns, photo.stat().st_mtime_ns + 1_000_000_000))
    assert all(abs(a - b) <= 3 for a, b in zip(centre(), (235, 240, 245), strict=True))


def test_the_contrast_of_each_pixel() -> None:
    """WCAG 2's ratio per pixel: white on #767676 is 4.54:1, on #777777 4.48:1; black on
    #404040 2.03:1, on white 21:1 (as wcag.contrast has them)."""
    pixels = np.array([[[0x76] * 3, [0x77] * 3, [0x40] * 3, [255] * 3]], dtype=np.uint8)
    white = contrast_of(pixels, (1.0, 1.0, 1.0))
    black = contrast_of(pixels, (0.0, 0.0, 0.0))
    assert white.shape == (1, 4)
    assert white[0].tolist() == pytest.approx([4.54, 4.48, 10.37, 1.0], abs=0.01)
    assert black[0].tolist() == pytest.approx([4.63, 4.69, 2.03, 21.0], abs=0.01)
    for v in (0x76, 0x40, 0xCF):
        grey = (v / 255,) * 3
        assert contrast_of(np.array([[[v] * 3]], dtype=np.uint8), (1.0, 1.0, 1.0))[
            0, 0
        ] == pytest.approx(contrast((1.0, 1.0, 1.0), grey), rel=1e-4)


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


def _composed(kit_copy: Callable[..., Path], lang: str = "en") -> tuple[Document, Any, Any]:
    """The A3 poster over the pale-circle art, composed in `lang`: the document, the kit and
    its font book."""
    root = _art_kit(kit_copy, PALE)
    kit = load_kit(root)
    fonts = load_fontbook(kit.fonts_dir)
    errs: Collector = Collector()
    overflows: list[OverflowReport] = []
    content = resolve_kit(kit, kit.languages[lang])
    doc = compose_content(kit.layouts["poster-a3"], content, fonts, errs, overflows)
    return doc, kit, fonts


def test_the_pixels_under_a_text_are_the_pages_there(kit_copy: Callable[..., Path]) -> None:
    """Underneath draws the items before the text, not the text, the trim's top-left its
    first pixel at 4 a millimetre: over the circle its colour, beside it the blue."""
    doc, kit, fonts = _composed(kit_copy)
    items = doc.pages[0].items
    upto = next(i for i, it in enumerate(items) if isinstance(it, TextItem))
    icc = profile_icc(kit, kit.layouts["poster-a3"], None)
    under = Underneath(doc, kit.campaign.colours, fonts, PIXELS_PER_MM, icc)
    pixels = under(0, upto).copy()
    assert pixels.shape[2] == 3
    assert abs(pixels.shape[0] - 1680) <= 1  # 420 mm
    assert abs(pixels.shape[1] - 1188) <= 1  # 297 mm

    def at(x_mm: float, y_mm: float) -> bool:
        return tuple(int(v) for v in pixels[round(y_mm * 4), round(x_mm * 4)])

    def near(rgb: tuple[int, ...], hex_: str) -> bool:
        want = [int(hex_[i : i + 2], 16) for i in (1, 3, 5)]
        return all(abs(a - b) <= 3 for a, b in zip(rgb, want, strict=True))

    # the art covers the frame and its bleed (303 x 426 mm), scaled by 303/297 from 3 mm
    # outside the trim's left and 4.25 mm above its top: the circle's centre at 201.0 x
    # 108.0 mm, its radius 45.9 mm
    assert near(at(201, 108), PALE)
    assert near(at(201, 160), "#045096")  # 6 mm below its edge
    assert near(at(149, 108), "#045096")  # 6 mm left of it
    assert near(at(243, 108), PALE)  # 4 mm inside its right edge
    assert near(at(201, 66), PALE)  # 4 mm inside its top
    assert near(at(10, 400), "#045096")  # where the texts at the foot lie: not drawn
    # the QR code (its white quiet zone from 225 x 344 mm), drawn after the first text: not
    # under it, under the texts after it; the same page asked again for the first text is as
    # before
    qr = next(i for i, it in enumerate(items) if getattr(it, "slot", "") == "qr")
    assert qr > upto
    assert near(at(227, 346), "#045096")
    later = under(0, len(items))
    assert near(tuple(int(v) for v in later[346 * 4, 227 * 4]), "#FFFFFF")
    again = under(0, upto)
    assert near(tuple(int(v) for v in again[346 * 4, 227 * 4]), "#045096")


def test_the_pixels_under_a_text_follow_its_art_saved_again(
    kit_copy: Callable[..., Path],
) -> None:
    """The pages drawn are kept for the other languages and variants (render.underneath
    _DRAWN), by their files as they are: the art saved again (the preview running) is
    drawn again."""
    import os

    doc, kit, fonts = _composed(kit_copy)
    items = doc.pages[0].items
    upto = next(i for i, it in enumerate(items) if isinstance(it, TextItem))
    icc = profile_icc(kit, kit.layouts["poster-a3"], None)

    def centre() -> tuple[int, ...]:
        under = Underneath(doc, kit.campaign.colours, fonts, PIXELS_PER_MM, icc)
        return tuple(int(v) for v in under(0, upto)[108 * 4, 201 * 4])

    assert centre() == (0xCF, 0xE6, 0xF7)
    art = next(i.asset for i in items if getattr(i, "slot", "") == "ground")
    art.write_text(SVG.replace("{circle}", "#213555"), "utf-8")
    os.utime(art, ns=(art.stat().st_atime_ns, art.stat().st_mtime_ns + 1_000_000_000))
    assert centre() == (0x21, 0x35, 0x55)


BLUE, LIGHT = (0x04, 0x50, 0x96), (0xCF, 0xE6, 0xF7)


def _painted(doc: Document, boxes: list[tuple[float, float, float, float]]) -> np.ndarray:
    """A page's pixels at 4 a millimetre, the campaign's blue with LIGHT in `boxes` (pt)."""
    tw, th = doc.trim
    pixels = np.empty((round(th / MM * 4), round(tw / MM * 4), 3), dtype=np.uint8)
    pixels[...] = BLUE
    for box in boxes:
        pixels[in_pixels(pixels.shape, box)] = LIGHT
    return pixels


def _slot_glyphs(doc: Document, slot: str) -> list[PlacedGlyph]:
    item = next(i for i in doc.pages[0].items if isinstance(i, TextItem) and i.slot == slot)
    return [g for _, glyphs in placed_glyphs(item, clip=True) for g in glyphs]


def test_one_character_lost_on_the_art_is_told(kit_copy: Callable[..., Path]) -> None:
    """A pale patch under the "3" of the date alone, 1 % of its line's box: the preview read
    "▯0 JULY" and nothing was said (a designer's trial). Each glyph is judged: told, with
    the word it is in."""
    doc, kit, _ = _composed(kit_copy)
    day = next(i for i in doc.pages[0].items if isinstance(i, TextItem) and i.slot == "day-wide")
    glyphs = _slot_glyphs(doc, "day-wide")
    source = glyphs[0].run.source
    three = next(g for g in glyphs if source[g.cluster] == "3" and source[g.cluster + 1] == "0")
    pixels = _painted(doc, [three.ink])
    [found] = art_contrast_problems(
        doc, kit.layouts["poster-a3"], kit.campaign.colours, lambda page, upto: pixels
    )
    assert found.slot == day.slot
    assert (found.lost, found.count) == (1, len(glyphs))
    assert found.words == ("30",)
    assert found.message.startswith(
        f"white text on the picture of slot 'ground': 1 of the {len(glyphs)} characters of its "
        "line 1 ('30') lies on parts of it with less than the "
    )
    assert "(about 1.29:1 there)" in found.message


def test_art_in_the_spaces_between_words_is_not_told(kit_copy: Callable[..., Path]) -> None:
    """Pale patches in the headline's word spaces, under no letter, were told as 6 % of its
    line (a designer's trial): each glyph's own ink is judged."""
    doc, kit, _ = _composed(kit_copy)
    glyphs = _slot_glyphs(doc, "headline")
    gaps = [
        (a.ink[2] + 0.5, a.ink[1], b.ink[0] - 0.5, a.ink[3])
        for a, b in zip(glyphs, glyphs[1:], strict=False)
        if b.ink[0] - a.ink[2] > 8  # a word space at 75 pt, not a letter's side bearings
    ]
    assert len(gaps) >= 3
    pixels = _painted(doc, gaps)
    assert (
        art_contrast_problems(
            doc, kit.layouts["poster-a3"], kit.campaign.colours, lambda page, upto: pixels
        )
        == []
    )
    # the same patches a little wider, over the letters' edges by a quarter of their ink
    wider = [(a - 10, t, b + 10, bt) for a, t, b, bt in gaps]
    assert art_contrast_problems(
        doc, kit.layouts["poster-a3"], kit.campaign.colours, lambda page, upto: _painted(doc, wider)
    )


def test_a_glyph_is_lost_at_a_quarter_of_its_ink(kit_copy: Callable[..., Path]) -> None:
    """FAINT_AREA: a patch under a glyph's ink's left quarter tells it; under a fifth, not
    (an edge's anti-aliased pixels, a hairline)."""
    doc, kit, _ = _composed(kit_copy)
    glyph = max(_slot_glyphs(doc, "headline"), key=lambda g: g.ink[2] - g.ink[0])
    left, top, right, bottom = glyph.ink
    assert FAINT_AREA == 0.25

    def told(share: float) -> bool:
        edge = left + (right - left) * share
        pixels = _painted(doc, [(left, top - 20, edge, bottom + 20)])
        found = art_contrast_problems(
            doc, kit.layouts["poster-a3"], kit.campaign.colours, lambda page, upto: pixels
        )
        return any(f.slot == "headline" for f in found)

    assert told(0.35)
    assert not told(0.15)


def test_words_of_unspaced_scripts_are_quoted_by_their_characters() -> None:
    """A lost glyph is quoted by its word between spaces; in Chinese or Thai, which have
    none, by its characters (with their marks), those next to each other as one."""
    from campaign.colours.art import _quoted

    class FakeRun:
        def __init__(self, source: str) -> None:
            self.source = source

    def lost(source: str, *at: int) -> list[tuple[int, Any]]:
        run = FakeRun(source)
        return [(1, PlacedGlyph((0, 0, 1, 1), run, k)) for k in at]  # type: ignore[arg-type]

    assert _quoted(lost("Leave No Child", 0, 1, 9)) == ["Leave", "Child"]
    assert _quoted(lost("#30July #EndHumanTrafficking", 9, 12)) == ["#EndHumanTrafficking"]
    assert _quoted(lost("您能做什么", 0, 1, 3)) == ["您能", "什"]
    # ทิ้ง: the vowel and the tone mark above the first consonant are its glyphs too
    assert _quoted(lost("ทิ้งไว้", 0, 1, 2)) == ["ทิ้"]
    assert _quoted(lost("ทิ้งไว้", 2)) == ["ทิ้"]  # the tone mark's glyph alone: its letter's
