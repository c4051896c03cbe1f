"""Raster images as placed: cropped to their frame (never squashed), transparency kept as a soft
mask (print: CMYK with an 8-bit mask) or flattened onto the slot's background, pixel values
read back."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from campaign.render.images import prepared

from ..geometry.pixels import PPI, assert_pixels
from ..kits import ROOT, build, mini_copy

FOGRA = ROOT / "assets/icc/fogra39l_coated.icc"
RED, GREEN, BLUE, YELLOW = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0)


def bands(path: Path, widths: list[int], colours: list[tuple[int, ...]], height: int) -> Path:
    """An image of vertical bands: widths[i] pixels of colours[i]."""
    row = np.concatenate(
        [np.tile(np.array(c, np.uint8), (w, 1)) for w, c in zip(widths, colours, strict=True)]
    )
    mode = "RGBA" if len(colours[0]) == 4 else "RGB"
    Image.fromarray(np.tile(row, (height, 1, 1)), mode).save(path)
    return path


def decode(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as im:
        return np.asarray(im).astype(int)


def test_crop_keeps_only_what_shows(tmp_path: Path) -> None:
    src = bands(tmp_path / "rgb.png", [100, 100, 100], [RED, GREEN, BLUE], 100)
    image = prepared(src, (1 / 3, 0.0, 2 / 3, 1.0), 72.0, False, FOGRA, "perceptual", None)
    px = decode(image.data)
    assert not image.transparent
    assert px.shape == (100, 100, 3)  # the middle third, at its own proportions
    assert np.abs(px - GREEN).max() <= 2  # JPEG


def srgb_to_press(rgb: tuple[int, int, int]) -> np.ndarray:
    """The press CMYK of one sRGB colour, by LittleCMS directly (perceptual, as photos are)."""
    transform = ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"),
        ImageCms.getOpenProfile(str(FOGRA)),
        "RGB",
        "CMYK",
        renderingIntent=ImageCms.Intent.PERCEPTUAL,
    )
    out = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), transform)
    assert out is not None
    return np.array(out.getpixel((0, 0)))


def test_print_keeps_transparency_as_a_soft_mask(tmp_path: Path) -> None:
    # left half fully transparent (its hidden colour is black), right half opaque red
    src = bands(tmp_path / "rgba.png", [50, 50], [(0, 0, 0, 0), (*RED, 255)], 40)
    image = prepared(src, (0.0, 0.0, 1.0, 1.0), 72.0, True, FOGRA, "perceptual", None)
    assert image.transparent
    assert image.alpha is not None
    with Image.open(io.BytesIO(image.data)) as im:
        assert im.mode == "CMYK"  # lossless: the edges of a logo stay clean
    px, alpha = decode(image.data), decode(image.alpha)
    assert alpha.shape == (40, 100)
    assert (alpha[:, :50] == 0).all()
    assert (alpha[:, 50:] == 255).all()
    assert np.abs(px[20, 90] - srgb_to_press(RED)).max() <= 1


def test_print_flattens_transparency_onto_the_background(tmp_path: Path) -> None:
    src = bands(tmp_path / "rgba.png", [50, 50], [(0, 0, 0, 0), (*RED, 255)], 40)
    yellow = (0.05, 0.10, 0.90, 0.0)  # the brand colour's own CMYK, not a conversion
    image = prepared(src, (0.0, 0.0, 1.0, 1.0), 72.0, True, FOGRA, "perceptual", yellow)
    assert not image.transparent
    assert image.alpha is None
    with Image.open(io.BytesIO(image.data)) as im:
        assert im.mode == "CMYK"
    px = decode(image.data)
    assert np.abs(px[20, 10] - [round(c * 255) for c in yellow]).max() <= 3  # JPEG
    assert np.abs(px[20, 90] - srgb_to_press(RED)).max() <= 3


def test_screen_keeps_transparency(tmp_path: Path) -> None:
    src = bands(tmp_path / "rgba.png", [50, 50], [(0, 0, 0, 0), (*RED, 255)], 40)
    image = prepared(src, (0.0, 0.0, 1.0, 1.0), 72.0, False, FOGRA, "perceptual", None)
    assert image.transparent
    assert image.alpha is None  # in the PNG
    px = decode(image.data)
    assert px.shape == (40, 100, 4)
    assert (px[20, 10] == (0, 0, 0, 0)).all()
    assert (px[20, 90] == (*RED, 255)).all()


def test_screen_flattens_onto_the_background_as_print_does(tmp_path: Path) -> None:
    src = bands(tmp_path / "rgba.png", [50, 50], [(0, 0, 0, 0), (*RED, 255)], 40)
    image = prepared(src, (0.0, 0.0, 1.0, 1.0), 72.0, False, FOGRA, "perceptual", (1, 1, 0))
    assert not image.transparent
    px = decode(image.data)
    assert np.abs(px[20, 10] - YELLOW).max() <= 3
    assert np.abs(px[20, 90] - RED).max() <= 3


@pytest.mark.parametrize(
    ("fit", "expected"),
    [
        # a 2:1 image (2 red | 4 green | 2 yellow) in an 8 x 8 mm frame at (6, 6) mm: cover
        # shows the middle half at its own proportions, not the whole image squashed
        (
            "cover",
            """
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBGGGGGGGGBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            """,
        ),
        # contain: the whole image, 8 x 4 mm, centred in the frame
        (
            "contain",
            """
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBRRGGGGYYBBBBBB
            BBBBBBRRGGGGYYBBBBBB
            BBBBBBRRGGGGYYBBBBBB
            BBBBBBRRGGGGYYBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            BBBBBBBBBBBBBBBBBBBB
            """,
        ),
    ],
    ids=["cover", "contain"],
)
def test_photo_in_its_frame(tmp_path: Path, fit: str, expected: str) -> None:
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    bands(kit / "assets/photo.png", [100, 200, 100], [RED, GREEN, YELLOW], 200)
    layout = kit / "materials/layouts/boxes.yaml"
    text = layout.read_text(encoding="utf-8").split("  - {name: top,")[0]
    layout.write_text(
        text + f"  - {{name: photo, kind: image, asset: photo.png, fit: {fit}, "
        "frame: {start: 6, top: 6, width: 8, height: 8}}\n",
        encoding="utf-8",
    )
    out = build(kit, tmp_path / "out", "--only", "boxes", "--lang", "en", "--png-ppi", PPI)
    assert_pixels(out / "boxes/boxes-en-preview.png", expected, tolerance=40)  # JPEG
