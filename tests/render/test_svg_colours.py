"""SVG art in print: a colour that is a brand colour prints as that colour's CMYK values
exactly; any other colour goes through the press profile (sRGB -> FOGRA39, relative
colorimetric). Values read back from the print PDF of a mini kit page with the emblem."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from PIL import Image, ImageCms

from ..kits import ROOT, build, mini_copy

ART = """title: Art
kind: poster
trim: [20, 20]
bleed: 3
safe: 2
marks: false
slots:
  - {name: ground, kind: shape, fill: yellow, bleed: all, frame: {start: 0, top: 0, width: 20, height: 20}}
  - {name: emblem, kind: svg, asset: blue-heart.svg, frame: {start: 2, top: 2, width: 16, height: 14.4}}
"""
# blue-heart.svg: the heart filled #045096, a highlight stroked #67B4E4
BRAND_BLUE = '  brandblue: {cmyk: [100, 70, 0, 10], rgb: "#045096"}\n'


def press_cmyk(rgb: tuple[int, int, int]) -> tuple[float, ...]:
    """LittleCMS directly: sRGB -> the FOGRA39 profile, relative colorimetric, 8 bits."""
    transform = ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"),
        ImageCms.getOpenProfile(str(ROOT / "assets/icc/fogra39l_coated.icc")),
        "RGB",
        "CMYK",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
    )
    out = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), transform)
    assert out is not None
    return tuple(round(v / 255, 6) for v in out.getpixel((0, 0)))  # type: ignore[union-attr]


def colours(tmp_path: Path, brand_blue: bool) -> tuple[list[tuple[float, ...]], ...]:
    edits = {"campaign.yaml": ("  white:", BRAND_BLUE + "  white:")} if brand_blue else {}
    kit = mini_copy(tmp_path / "kit", edits)
    (kit / "materials/layouts/art.yaml").write_text(ART, encoding="utf-8")
    out = build(kit, tmp_path / "out", "--only", "art", "--lang", "en", "--png-ppi", "10")
    fills, strokes = [], []
    with pikepdf.open(io.BytesIO((out / "art/art-en.pdf").read_bytes())) as pdf:
        for ins in pikepdf.parse_content_stream(pdf.pages[0]):
            op = str(ins.operator)
            if op in ("k", "K"):
                values = tuple(round(float(v), 6) for v in ins.operands)
                (fills if op == "k" else strokes).append(values)
    return fills, strokes


def test_brand_colour_in_svg_prints_as_the_brand_cmyk(tmp_path: Path) -> None:
    fills, strokes = colours(tmp_path, brand_blue=True)
    assert (1.0, 0.7, 0.0, 0.1) in fills  # the heart: brandblue's CMYK, not a conversion
    assert press_cmyk((0x67, 0xB4, 0xE4)) in strokes  # the highlight: not a brand colour here


def test_other_svg_colours_go_through_the_press_profile(tmp_path: Path) -> None:
    fills, _ = colours(tmp_path, brand_blue=False)
    assert press_cmyk((0x04, 0x50, 0x96)) in fills
    assert (1.0, 0.7, 0.0, 0.1) not in fills
