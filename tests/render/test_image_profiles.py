"""Embedded ICC profiles (issue 12, case 18): an image's colours come from the profile it
carries, so the same colours in sRGB, Adobe RGB and ProPhoto print and preview alike; without a
profile an image is sRGB. A damaged or mismatched profile is an error at the slot."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image

from ..kits import ROOT, build, cli, mini_copy

DATA = ROOT / "tests/data/images"
PPI = "101.6"  # 4 px per mm
# The patches images: 2 x 2 patches (red, green / blue, yellow); their centres in 0-1.
PATCHES = {"red": (0.25, 0.25), "green": (0.75, 0.25), "blue": (0.25, 0.75), "yellow": (0.75, 0.75)}
SLOT_MM = 16  # each image's frame, side; slot i starts at 2 + 20 i mm


def strip_profile(src: Path, dest: Path) -> Path:
    """The same pixels, no profile: what the generator did with every image before."""
    with Image.open(src) as im:
        assert "icc_profile" in im.info
        Image.fromarray(np.asarray(im), "RGB").save(dest, quality=95, subsampling=0)
    with Image.open(dest) as check:
        assert "icc_profile" not in check.info
    return dest


def sheet(tmp_path: Path, images: list[Path]) -> Path:
    """The mini kit with one page showing `images` side by side on white, built."""
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    slots = []
    for i, image in enumerate(images):
        (kit / "assets" / image.name).write_bytes(image.read_bytes())
        slots.append(
            f"  - {{name: i{i}, kind: image, asset: {image.name}, fit: contain, "
            f"frame: {{start: {2 + 20 * i}, top: 2, width: {SLOT_MM}, height: {SLOT_MM}}}}}\n"
        )
    (kit / "materials/layouts/sheet.yaml").write_text(
        f"title: Sheet\nkind: poster\ntrim: [{20 * len(images)}, 20]\nbleed: 3\nsafe: 1\n"
        "marks: false\nslots:\n  - {name: ground, kind: shape, fill: white, bleed: all, "
        f"frame: {{start: 0, top: 0, width: {20 * len(images)}, height: 20}}}}\n" + "".join(slots),
        encoding="utf-8",
    )
    return build(kit, tmp_path / "out", "--only", "sheet", "--lang", "en", "--png-ppi", PPI)


def print_images(pdf_path: Path) -> list[np.ndarray]:
    """The print PDF's images, left to right, as their samples (CMYK 0-255)."""
    placed = []
    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[0]
        x = 0.0
        for ins in pikepdf.parse_content_stream(page):
            op = str(ins.operator)
            if op == "cm":
                x = float(ins.operands[4])
            elif op == "Do":
                xo = page.Resources.XObject[str(ins.operands[0])]
                if xo.Subtype == "/Image" and not xo.get("/ImageMask"):  # not the slug
                    pil = pikepdf.PdfImage(xo).as_pil_image()
                    placed.append((x, np.asarray(pil.convert("CMYK")).astype(int)))
    return [px for _, px in sorted(placed, key=lambda p: p[0])]


def patch_inks(samples: np.ndarray) -> dict[str, np.ndarray]:
    """Ink per cent (C, M, Y, K) at each patch's centre."""
    h, w = samples.shape[:2]
    return {
        name: samples[round(fy * h), round(fx * w)] * 100 / 255
        for name, (fx, fy) in PATCHES.items()
    }


def preview_patches(png: Path, count: int) -> list[dict[str, np.ndarray]]:
    """sRGB at each patch's centre, for each of `count` images, from the preview PNG."""
    with Image.open(png) as im:
        px = np.asarray(im.convert("RGB")).astype(int)
    per_mm = px.shape[1] / (20 * count)
    out = []
    for i in range(count):
        left, top = (2 + 20 * i) * per_mm, 2 * per_mm
        out.append(
            {
                name: px[round(top + fy * SLOT_MM * per_mm), round(left + fx * SLOT_MM * per_mm)]
                for name, (fx, fy) in PATCHES.items()
            }
        )
    return out


def worst(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> float:
    return max(float(np.abs(a[k] - b[k]).max()) for k in a)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    tmp = tmp_path_factory.mktemp("profiles")
    images = [
        DATA / "patches_srgb.jpg",
        DATA / "patches_prophoto.jpg",
        DATA / "patches_adobergb.jpg",
        strip_profile(DATA / "patches_prophoto.jpg", tmp / "prophoto_stripped.jpg"),
        strip_profile(DATA / "patches_adobergb.jpg", tmp / "adobergb_stripped.jpg"),
    ]
    return sheet(tmp, images), len(images)


def test_wide_gamut_images_print_as_their_srgb_original(built: tuple[Path, int]) -> None:
    out, _ = built
    srgb, prophoto, adobe, prophoto_bare, adobe_bare = (
        patch_inks(px) for px in print_images(out / "sheet/sheet-en.pdf")
    )
    # the sRGB original's red prints about [0, 96, 90, 16] on FOGRA39 (perceptual)
    assert np.abs(srgb["red"] - [0, 96, 90, 16]).max() <= 3
    # converted from their own profiles: within 3 % ink of the sRGB original on every plate
    # (measured: 1.2 % for both; JPEG and 8-bit rounding)
    assert worst(prophoto, srgb) <= 3
    assert worst(adobe, srgb) <= 3
    # read as sRGB (the profile stripped), the same pixels print far off: ProPhoto red went to
    # [18, 80, 94, 46] before the fix (30 % more black; Adobe RGB red 15 % more)
    assert worst(prophoto_bare, srgb) >= 20
    assert worst(adobe_bare, srgb) >= 10


def test_wide_gamut_images_preview_as_their_srgb_original(built: tuple[Path, int]) -> None:
    out, count = built
    srgb, prophoto, adobe, prophoto_bare, adobe_bare = preview_patches(
        out / "sheet/sheet-en-preview.png", count
    )
    assert np.abs(srgb["red"] - [200, 40, 40]).max() <= 4  # as made
    # measured: ProPhoto 8 levels (in the blue's red channel: 8-bit ProPhoto has coarse steps
    # in dark, saturated colours), Adobe RGB 1
    assert worst(prophoto, srgb) <= 10
    assert worst(adobe, srgb) <= 4
    # the profile stripped: brown, olive and purple instead (67 and 56 levels off)
    assert worst(prophoto_bare, srgb) >= 40
    assert worst(adobe_bare, srgb) >= 30


def test_untagged_cmyk_jpeg_prints_its_own_inks(tmp_path: Path) -> None:
    """A CMYK JPEG with Adobe's APP14 marker (inverted samples) and no profile: its inks go to
    the press unchanged (red [0, 100, 100, 0], cyan, yellow, black)."""
    out = sheet(tmp_path, [DATA / "cmyk_adobe.jpg"])
    (samples,) = print_images(out / "sheet/sheet-en.pdf")
    inks = patch_inks(samples)
    expected = {
        "red": [0, 100, 100, 0],
        "green": [100, 0, 0, 0],  # the top right patch is cyan
        "blue": [0, 0, 100, 0],  # bottom left: yellow
        "yellow": [0, 0, 0, 100],  # bottom right: black
    }
    for name, ink in expected.items():
        assert np.abs(inks[name] - ink).max() <= 2, (name, inks[name])


def test_cmyk_tagged_with_another_press_is_converted(tmp_path: Path) -> None:
    """A CMYK image made for GRACoL 2006 printed on FOGRA39 goes through both profiles; tagged
    with FOGRA39 itself, it passes through."""
    cyan = Image.new("CMYK", (400, 400), (255, 0, 0, 0))
    gracol = (ROOT / "assets/icc/gracol2006_coated.icc").read_bytes()
    fogra = (ROOT / "assets/icc/fogra39l_coated.icc").read_bytes()
    cyan.save(tmp_path / "gracol.jpg", quality=95, icc_profile=gracol)
    cyan.save(tmp_path / "fogra.jpg", quality=95, icc_profile=fogra)
    out = sheet(tmp_path, [tmp_path / "gracol.jpg", tmp_path / "fogra.jpg"])
    converted, kept = (patch_inks(px)["red"] for px in print_images(out / "sheet/sheet-en.pdf"))
    assert np.abs(kept - [100, 0, 0, 0]).max() <= 1
    assert np.abs(converted - [100, 0, 0, 0]).max() >= 3  # another press's cyan


def bad_profile_kit(tmp_path: Path, image: Image.Image, **save: object) -> tuple[Path, int]:
    kit = mini_copy(tmp_path / "kit", own_assets=True)
    image.save(kit / "assets/bad.jpg", quality=90, **save)
    layout = kit / "materials/layouts/boxes.yaml"
    text = layout.read_text(encoding="utf-8")
    line = text[: text.index("  - {name: free,")].count("\n") + 1
    layout.write_text(
        text.replace(
            "  - {name: free,",
            "  - {name: photo, kind: image, asset: bad.jpg, overlap: true, "
            "frame: {start: 2, top: 2, width: 10, height: 10}}\n  - {name: free,",
        ),
        encoding="utf-8",
    )
    return kit, line


@pytest.mark.parametrize(
    ("mode", "profile", "reason"),
    [
        ("RGB", b"not a colour profile" * 10, "the embedded ICC profile is damaged"),
        ("CMYK", None, "the embedded ICC profile is for RGB colours but the pixels are CMYK"),
    ],
    ids=["garbage", "rgb-profile-in-cmyk"],
)
def test_bad_profile_is_an_error_at_the_slot(
    tmp_path: Path, mode: str, profile: bytes | None, reason: str
) -> None:
    if profile is None:
        from PIL import ImageCms

        profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    kit, line = bad_profile_kit(tmp_path, Image.new(mode, (200, 200)), icc_profile=profile)
    code, text = cli("check", "--kit", kit, "--lang", "en", "--only", "boxes")
    assert code == 1, text
    assert "Traceback" not in text
    assert (
        # at the slot's asset (column 39: where `bad.jpg` starts)
        f"boxes.yaml:{line}:39: error[image.read]: failed to read the colour "
        f"profile of image 'bad.jpg' ({reason}" in text
    ), text
    assert (
        "hint: export the image again with its profile embedded (sRGB, Adobe RGB, Display "
        "P3...) or with none: an image without a profile is taken as sRGB" in text
    )
