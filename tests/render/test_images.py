"""Raster images: every kind of file a country office may drop in, colour-managed for print."""

import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image

from campaign.build import Options, build, check
from campaign.diagnostics import DiagnosticsError
from campaign.preflight import Expect, preflight
from campaign.render.images import normalise

ROOT = Path(__file__).resolve().parents[2]


def photo(mode: str, size: tuple[int, int] = (1800, 1200)) -> Image.Image:
    x = np.linspace(0, 255, size[0], dtype=np.uint8)
    rgb = np.stack(
        [
            np.tile(x, (size[1], 1)),
            np.full((size[1], size[0]), 90, np.uint8),
            np.tile(x[::-1], (size[1], 1)),
        ],
        axis=2,
    )
    im = Image.fromarray(rgb, "RGB")
    if mode == "RGBA":
        im.putalpha(Image.fromarray(np.tile(x, (size[1], 1)), "L"))
    elif mode == "I;16":
        im = Image.fromarray(
            (np.tile(np.linspace(0, 65535, size[0]), (size[1], 1))).astype(np.uint16)
        )
    elif mode != "RGB":
        im = im.convert(mode)
    return im


def kit_with_image(
    kit_copy: Callable[..., Path], im: Image.Image, name: str, width_mm: float, **save: object
) -> Path:
    kit = kit_copy()
    im.save(kit / "assets" / name, **save)
    layout = kit / "materials/layouts/flyer-a5.yaml"
    text = layout.read_text().replace(
        "      - {name: hearts,",
        f"      - {{name: photo, kind: image, overlap: true, asset: {name}, fit: cover, background: light, "
        f"alt: fact,\n         frame: {{start: 11, top: 106, width: {width_mm}, height: 28}}}}\n"
        "      - {name: hearts,",
    )
    layout.write_text(text)
    return kit


def with_image_slot(kit: Path, name: str) -> None:
    """An image slot of 10 x 10 mm for assets/`name` at the top of flyer-a5's front."""
    layout = kit / "materials/layouts/flyer-a5.yaml"
    layout.write_text(
        layout.read_text().replace(
            "      - {name: hearts,",
            f"      - {{name: photo, kind: image, overlap: true, asset: {name},\n"
            "         frame: {start: 0, top: 0, width: 10, height: 10}}\n      - {name: hearts,",
        )
    )


@pytest.mark.parametrize(
    ("mode", "name", "save"),
    [
        ("RGB", "p.jpg", {"quality": 90}),
        ("CMYK", "p.jpg", {"quality": 90}),
        ("L", "p.png", {}),
        ("P", "p.png", {}),
        ("RGBA", "p.png", {}),
        ("I;16", "p.png", {}),
        ("RGB", "p.tif", {}),
    ],
)
def test_every_kind_of_image_prints_in_cmyk(
    kit_copy: Callable[..., Path], tmp_path: Path, mode: str, name: str, save: dict
) -> None:  # type: ignore[type-arg]
    kit = kit_with_image(kit_copy, photo(mode), name, 52, **save)
    out = tmp_path / "out"
    build(kit, Options(out, ("en",), ("flyer-a5",), png_ppi=20))
    data = (out / "flyer-a5/flyer-a5-en.pdf").read_bytes()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        images = [
            xo
            for xo in pdf.pages[0].Resources.XObject.values()
            if xo.Subtype == "/Image" and not xo.get("/ImageMask")
        ]
        assert len(images) == 1
        expected = "/DeviceGray" if mode in ("L", "I;16") else "/DeviceCMYK"
        assert str(images[0].ColorSpace) == expected
        assert "/SMask" not in images[0]
    report = preflight(data, Expect())
    assert report.ok, report.failures
    assert report.facts["min_image_ppi"] >= 300


def test_exif_orientation_is_applied() -> None:
    im = photo("RGB", (300, 200))
    exif = im.getexif()
    exif[0x0112] = 6  # rotate 90 degrees when shown
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif)
    upright = normalise(Image.open(buf))
    assert upright.size == (200, 300)


@pytest.mark.parametrize("late", [False, True])
def test_a_pngs_orientation_is_read_without_its_pixels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, late: bool
) -> None:
    """A PNG's EXIF orientation turns its size (300 x 200 px shown 200 x 300), its eXIf chunk
    before its pixels (as Pillow writes it) or after them (PNG allows both; Pillow finds
    that one by decoding every pixel): read without decoding them, as drawing reads it."""
    import struct
    import zlib

    from PIL import ImageFile

    from campaign.assets import image_size
    from campaign.diagnostics import Collector

    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    photo("RGB", (300, 200)).save(buf, "PNG", exif=None if late else exif)
    data = buf.getvalue()
    if late:  # an eXIf chunk just before IEND
        body = exif.tobytes()
        chunk = struct.pack(">I", len(body)) + b"eXIf" + body
        chunk += struct.pack(">I", zlib.crc32(b"eXIf" + body))
        data = data[:-12] + chunk + data[-12:]
    path = tmp_path / "turned.png"
    path.write_bytes(data)
    assert (data.index(b"eXIf") > data.index(b"IDAT")) is late
    with Image.open(path) as im:  # Pillow's reading, for comparison
        assert normalise(im).size == (200, 300)
    decoded = []
    load = ImageFile.ImageFile.load

    def counted(im: ImageFile.ImageFile) -> object:
        decoded.extend([im.filename] if im.tile else [])
        return load(im)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counted)
    errs = Collector()
    assert image_size(path, None, errs) == (200, 300)
    assert (errs.items, decoded) == ([], [])


def test_low_resolution_fails_and_medium_warns(kit_copy: Callable[..., Path]) -> None:
    kit = kit_with_image(kit_copy, photo("RGB", (250, 140)), "small.jpg", 52)
    with pytest.raises(DiagnosticsError) as exc:
        check(kit, ("en",), ("flyer-a5",))
    msg = exc.value.render()
    assert (
        "error[image.low-ppi]: flyer-a5 slot 'photo': image 'small.jpg' prints at 122 ppi; at least 150 is needed"
        in msg
    )
    assert "use a larger image (614 px wide for 300 ppi) or a smaller frame" in msg


def test_medium_resolution_is_a_warning(kit_copy: Callable[..., Path]) -> None:
    kit = kit_with_image(kit_copy, photo("RGB", (450, 240)), "mid.jpg", 52)
    _, _, warnings = check(kit, ("en",), ("flyer-a5",))
    assert any("prints at 218 ppi; 300 is recommended" in w.render() for w in warnings)


def test_broken_image_is_named(kit_copy: Callable[..., Path]) -> None:
    kit = kit_copy()
    (kit / "assets/broken.jpg").write_bytes(b"not an image")
    with_image_slot(kit, "broken.jpg")
    with pytest.raises(DiagnosticsError) as exc:
        check(kit, ("en",), ("flyer-a5",))
    assert "failed to read image 'broken.jpg' (cannot identify image file" in exc.value.render()
    assert (
        "hint: it is no readable JPG image (damaged, or another format renamed): export it again"
    ) in exc.value.render()


def test_a_kit_image_cut_short_is_named_at_its_slot(kit_copy: Callable[..., Path]) -> None:
    """A JPEG whose header is whole and whose data stops short passed `check` and failed
    while drawing: it is named where the layout places it, as a merged photo is at its
    cell (assets.cut_short serves both)."""
    from io import BytesIO

    kit = kit_copy()
    whole = BytesIO()
    photo("RGB", (900, 600)).save(whole, "JPEG")
    (kit / "assets/cut.jpg").write_bytes(whole.getvalue()[:3000])
    with_image_slot(kit, "cut.jpg")
    with pytest.raises(DiagnosticsError) as exc:
        check(kit, ("en",), ("flyer-a5",))
    assert "error[image.read]: image 'cut.jpg' is cut short (it does not end as a JPEG file " in (
        exc.value.render()
    )


def test_svg_art_in_an_image_slot_names_the_slot_kind(kit_copy: Callable[..., Path]) -> None:
    """SVG art in a slot of kind image was told to "use a JPEG, PNG or TIFF file"."""
    kit = kit_copy()
    (kit / "assets/art.png").write_bytes(b'<?xml version="1.0"?>\n<svg xmlns="x"/>')
    with_image_slot(kit, "art.png")
    with pytest.raises(DiagnosticsError) as exc:
        check(kit, ("en",), ("flyer-a5",))
    assert "failed to read image 'art.png' (cannot identify image file" in exc.value.render()
    assert "hint: it is SVG art: place it in a slot of kind: svg" in exc.value.render()


def test_a_pdf_in_an_image_slot_is_told_how_to_export_it(kit_copy: Callable[..., Path]) -> None:
    """A logo sent as PDF in an image slot said "failed to read image 'logo.pdf' (cannot
    identify image file '/the/whole/path/logo.pdf')" and to "use a JPEG, PNG or TIFF file"."""
    import pikepdf

    kit = kit_copy()
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(200, 100))
        pdf.save(kit / "assets/logo.pdf")
    with_image_slot(kit, "logo.pdf")
    with pytest.raises(DiagnosticsError) as exc:
        check(kit, ("en",), ("flyer-a5",))
    text = exc.value.render()
    assert (
        "error[image.read]: image 'logo.pdf' is a PDF file (vector art), not a JPEG, PNG or TIFF "
        "image\n  hint: export the art as SVG with its text as outlines (Inkscape opens a PDF or "
        "EPS file and saves it as Plain SVG; Illustrator: File > Export > Export As > SVG; or "
        "`pdftocairo -svg logo.pdf logo.svg`) for a slot of kind: svg, or as a PNG at 300 ppi of "
        "its printed size for a slot of kind: image"
    ) in text
    assert "cannot identify" not in text


def test_preflight_fails_a_low_resolution_image() -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 300))
    im = photo("CMYK", (60, 40))
    c.drawImage(ImageReader(im), 10, 10, 200, 133)  # 60 px over 2.8 in: 22 ppi
    c.save()
    rep = preflight(buf.getvalue(), Expect(bleed_mm=0, output_intent=False))
    assert "page 1: an image prints at 22 ppi; at least 150 is needed" in rep.failures
