"""Raster images mode by mode and size by size: what `normalise` makes of every Pillow mode, when
`prepared` reduces an image and to how many pixels, and the exact encoding (JPEG quality 92
without chroma subsampling, PNG level 3), compared byte for byte with Pillow's own output."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from campaign.render.images import normalise, prepared

ROOT = Path(__file__).resolve().parents[2]
FOGRA = ROOT / "assets/icc/fogra39l_coated.icc"


def jpeg(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, format="JPEG", quality=92, subsampling=0, optimize=True)
    return out.getvalue()


def png(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, format="PNG", compress_level=3)
    return out.getvalue()


def noise(mode: str, size: tuple[int, int], top: int = 256) -> Image.Image:
    """Detail that every encoder setting changes the bytes of. Large images get values below
    `top` only: full-range noise compresses so badly that Pillow's optimised JPEG output (one
    buffer of a byte a pixel) overflows."""
    bands = len(Image.new(mode, (1, 1)).getbands())
    arr = np.random.default_rng(1).integers(0, top, (size[1], size[0], bands), np.uint8)
    return Image.fromarray(arr.squeeze(axis=2) if bands == 1 else arr, mode)


def saved(tmp_path: Path, im: Image.Image, name: str = "src.png") -> Path:
    path = tmp_path / name
    im.save(path)
    return path


WHOLE = (0.0, 0.0, 1.0, 1.0)


def prep(path: Path, width_pt: float, cmyk: bool, crop: tuple[float, ...] = WHOLE) -> tuple:
    """(image bytes, has a soft mask) of images.prepared, flattened onto white."""
    done = prepared(path, crop, width_pt, cmyk, FOGRA, "perceptual", (1.0, 1.0, 1.0))  # type: ignore[arg-type]
    return done.data, done.transparent


@pytest.mark.parametrize(
    ("mode", "pixel", "expected_mode", "expected"),
    [
        ("I;16", 0x8000, "L", 128),  # 16 bits to 8: divided by 256
        ("I;16", 0xFFFF, "L", 255),
        ("I;16", 0x01FF, "L", 1),
        ("I", 0x4000, "L", 64),
        ("1", 1, "L", 255),
        ("LA", (90, 200), "RGBA", (90, 90, 90, 200)),
        ("L", 77, "L", 77),
        ("RGB", (1, 2, 3), "RGB", (1, 2, 3)),
        ("RGBA", (1, 2, 3, 4), "RGBA", (1, 2, 3, 4)),
        ("CMYK", (1, 2, 3, 4), "CMYK", (1, 2, 3, 4)),
        ("HSV", (0, 255, 255), "RGB", (255, 0, 0)),
    ],
)
def test_normalise_gives_8_bit_modes(
    mode: str, pixel: object, expected_mode: str, expected: object
) -> None:
    im = normalise(Image.new(mode, (3, 2), pixel))  # type: ignore[arg-type]
    assert im.mode == expected_mode
    assert im.size == (3, 2)
    assert im.getpixel((2, 1)) == expected


@pytest.mark.parametrize(("mode", "order"), [("I;16B", "big"), ("I;16L", "little")])
def test_normalise_reads_16_bit_of_either_byte_order(mode: str, order: str) -> None:
    raw = Image.frombytes(mode, (1, 1), (0x8000).to_bytes(2, order))  # type: ignore[arg-type]
    got = normalise(raw)
    assert (got.mode, got.getpixel((0, 0))) == ("L", 128)


def palette(transparent: bool, mode: str = "P") -> Image.Image:
    im = Image.new("P", (2, 1))
    im.putpalette([200, 10, 20, 30, 40, 50] + [0] * 762)
    im.putpixel((0, 0), 0)
    im.putpixel((1, 0), 1)
    if transparent:
        im.info["transparency"] = 1
    if mode == "PA":
        im = im.convert("PA")
    return im


def test_a_palette_image_becomes_rgb() -> None:
    got = normalise(palette(False))
    assert got.mode == "RGB"
    assert [got.getpixel((x, 0)) for x in (0, 1)] == [(200, 10, 20), (30, 40, 50)]


def test_a_palette_image_with_a_transparent_index_becomes_rgba() -> None:
    got = normalise(palette(True))
    assert got.mode == "RGBA"
    assert [got.getpixel((x, 0)) for x in (0, 1)] == [(200, 10, 20, 255), (30, 40, 50, 0)]


def test_a_palette_image_with_alpha_becomes_rgba() -> None:
    got = normalise(palette(False, "PA"))
    assert got.mode == "RGBA"
    assert got.getpixel((0, 0)) == (200, 10, 20, 255)


def test_exif_rotation_turns_the_image_upright() -> None:
    im = Image.new("RGB", (4, 2), (255, 0, 0))
    exif = im.getexif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to view
    buf = io.BytesIO()
    im.save(buf, format="JPEG", exif=exif)
    assert normalise(Image.open(buf)).size == (2, 4)


# ---- resolution: reduced above 450 ppi to 400 ppi, never below 1 pixel --------------------


@pytest.mark.parametrize(
    ("width_px", "height_px", "width_pt", "expected"),
    [
        (450, 10, 72.0, (450, 10)),  # exactly 450 ppi: kept
        (451, 10, 72.0, (400, 9)),  # just above: 400 ppi, height in proportion (8.87)
        (900, 300, 72.0, (400, 133)),
        (1000, 1, 72.0, (400, 1)),  # 0.4 pixel high would be nothing: 1
        (1, 1000, 0.05, (1, 278)),  # 1440 ppi: 0.28 pixel wide would be nothing: 1
        (200, 50, 36.0, (200, 50)),  # 400 ppi
    ],
)
def test_only_images_above_450_ppi_are_reduced_to_400(
    tmp_path: Path,
    width_px: int,
    height_px: int,
    width_pt: float,
    expected: tuple[int, int],
) -> None:
    src = noise("RGB", (width_px, height_px), 16)
    data, alpha = prep(saved(tmp_path, src), width_pt, cmyk=False)
    assert not alpha
    with Image.open(io.BytesIO(data)) as im:
        assert im.size == expected
        assert im.format == "JPEG"


def test_reduction_is_lanczos(tmp_path: Path) -> None:
    src = noise("RGB", (900, 90), 16)
    data, _ = prep(saved(tmp_path, src), 72.0, cmyk=False)
    assert data == jpeg(src.resize((400, 40), Image.Resampling.LANCZOS))


def test_the_crop_is_taken_before_the_resolution_is_measured(tmp_path: Path) -> None:
    """900 px wide, the middle third shown over 1 inch: 300 ppi, kept whole."""
    src = noise("RGB", (900, 30), 16)
    data, _ = prep(saved(tmp_path, src), 72.0, cmyk=False, crop=(1 / 3, 0.0, 2 / 3, 1.0))
    assert data == jpeg(src.crop((300, 0, 600, 30)))


@pytest.mark.parametrize(
    ("crop", "box"),
    [
        ((0.0, 0.0, 1.0, 1.0), (0, 0, 10, 20)),
        ((0.25, 0.0, 1.0, 1.0), (2, 0, 10, 20)),  # 2.5 rounds to 2 (to even)
        ((0.0, 0.26, 1.0, 1.0), (0, 5, 10, 20)),  # 5.2 rounds to 5
        ((0.0, 0.0, 0.46, 1.0), (0, 0, 5, 20)),  # 4.6 rounds to 5
        ((0.0, 0.0, 1.0, 0.49), (0, 0, 10, 10)),  # 9.8 rounds to 10
        ((0.1, 0.1, 0.9, 0.9), (1, 2, 9, 18)),
    ],
)
def test_crop_edges_are_rounded_shares_of_each_side(
    tmp_path: Path, crop: tuple[float, ...], box: tuple[int, int, int, int]
) -> None:
    src = noise("RGB", (10, 20))
    data, _ = prep(saved(tmp_path, src), 72.0, cmyk=False, crop=crop)
    assert data == jpeg(src.crop(box))


# ---- encoding and colour, exact ---------------------------------------------------------


def test_screen_rgb_is_jpeg_quality_92_without_subsampling(tmp_path: Path) -> None:
    src = noise("RGB", (40, 30))
    assert prep(saved(tmp_path, src), 72.0, cmyk=False) == (jpeg(src), False)


def test_screen_rgba_is_png_level_3(tmp_path: Path) -> None:
    """Without a `background:`, transparency is kept: an RGBA PNG for the screen."""
    src = noise("RGBA", (40, 30))
    done = prepared(saved(tmp_path, src), WHOLE, 72.0, False, FOGRA, "perceptual", None)
    assert (done.data, done.alpha, done.transparent) == (png(src), None, True)


def test_grey_stays_grey_for_print_and_screen(tmp_path: Path) -> None:
    src = noise("L", (40, 30))
    path = saved(tmp_path, src)
    assert prep(path, 72.0, cmyk=True) == (jpeg(src), False)
    assert prep(path, 72.0, cmyk=False) == (jpeg(src), False)


def to_press(im: Image.Image) -> Image.Image:
    transform = ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"),
        ImageCms.getOpenProfile(str(FOGRA)),
        "RGB",
        "CMYK",
        renderingIntent=ImageCms.Intent.PERCEPTUAL,
    )
    out = ImageCms.applyTransform(im, transform)
    assert out is not None
    return out


def test_print_rgb_is_converted_to_the_press_cmyk(tmp_path: Path) -> None:
    src = noise("RGB", (40, 30))
    assert prep(saved(tmp_path, src), 72.0, cmyk=True) == (jpeg(to_press(src)), False)


def test_print_cmyk_passes_through(tmp_path: Path) -> None:
    src = noise("CMYK", (40, 30))
    path = saved(tmp_path, src, "src.tif")
    assert prep(path, 72.0, cmyk=True) == (jpeg(src), False)


def test_screen_cmyk_is_converted_from_the_press_profile(tmp_path: Path) -> None:
    src = noise("CMYK", (40, 30))
    transform = ImageCms.buildTransform(
        ImageCms.getOpenProfile(str(FOGRA)),
        ImageCms.createProfile("sRGB"),
        "CMYK",
        "RGB",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
    )
    expected = ImageCms.applyTransform(src, transform)
    assert expected is not None
    data, alpha = prep(saved(tmp_path, src, "src.tif"), 72.0, cmyk=False)
    assert (data, alpha) == (jpeg(expected), False)


def test_transparency_is_flattened_on_the_background_in_8_bit_steps(tmp_path: Path) -> None:
    """Half-transparent black with a print background given in CMYK (0.5, 0.2, 1.0, 0): the
    image is converted to the press CMYK first, then composited over the background rounded
    to (128, 51, 255, 0) in 8-bit steps (the colour's own CMYK, not a converted sRGB)."""
    src = Image.new("RGBA", (4, 4), (0, 0, 0, 128))
    path = saved(tmp_path, src)
    done = prepared(path, WHOLE, 72.0, True, FOGRA, "perceptual", (0.5, 0.2, 1.0, 0.0))
    ground = Image.new("CMYK", (4, 4), (128, 51, 255, 0))
    ground.paste(to_press(src.convert("RGB")), mask=src.getchannel("A"))
    assert (done.data, done.transparent) == (jpeg(ground), False)
