"""render.frame on small images made here: each reason a photo cannot be used (exact code,
message and hint), the decompression-bomb limit at its boundary, the EXIF orientation, every
mode to sRGB (transparency on white, 16-bit grey scaled, the photo's own ICC profile, a
broken one ignored), the overlay's window, and the photo cropped into it keeping its
centre."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from campaign.diagnostics import Diagnostic, DiagnosticsError, Mark
from campaign.render.frame import framed_png, open_photo, put_in_frame, to_srgb, window_box
from campaign.render.png import srgb_profile

ROOT = Path(__file__).resolve().parents[2]
RED, BLUE, GREEN, GREY = (200, 0, 0), (0, 0, 200), (0, 160, 0), (90, 90, 90)


def refused(photo: Path, marked: bool = False) -> Diagnostic:
    """The one error `open_photo` refuses `photo` with: at no place, or at the photo's path
    (`marked`: a folder, told the files it holds)."""
    with pytest.raises(DiagnosticsError) as caught:
        open_photo(photo)
    (d,) = caught.value.diagnostics
    assert d.mark == (Mark.file(photo) if marked else None)
    return d


def png(image: Image.Image) -> bytes:
    return png_with(image)


def png_with(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", **options)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "why", "hints"),
    [
        (None, "no such file", ("give the photo's path",)),
        (b"not a picture", "it is not an image the kit can read", ("use a JPEG or PNG",)),
        ("truncated", "its image data is damaged (image file is truncated)", ()),
    ],
)
def test_a_photo_that_cannot_be_read_is_named_with_the_reason(
    tmp_path: Path, content: bytes | str | None, why: str, hints: tuple[str, ...]
) -> None:
    photo = tmp_path / "me.png"
    if content == "truncated":
        photo.write_bytes(png(Image.new("RGB", (50, 50), RED))[:60])
    elif isinstance(content, bytes):
        photo.write_bytes(content)
    d = refused(photo)
    assert (d.code, d.message, d.hints) == (
        "photo.read",
        f"cannot use the photo '{photo}': {why}",
        hints,
    )


def test_a_folder_is_refused_at_it_with_the_files_it_holds(tmp_path: Path) -> None:
    (tmp_path / "me.jpg").write_bytes(b"")
    d = refused(tmp_path, marked=True)
    assert (d.code, d.message, d.hints) == (
        "photo.read",
        f"{tmp_path.name} is a folder: give the photo, not a folder",
        ("give one of the files it holds: me.jpg",),
    )


def test_an_error_without_the_systems_words_still_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(self: Path) -> bytes:
        raise OSError

    monkeypatch.setattr(Path, "read_bytes", fail)
    d = refused(tmp_path / "me.png")
    assert d.message == f"cannot use the photo '{tmp_path / 'me.png'}': it cannot be read"


@pytest.mark.parametrize(
    ("size", "fits"), [((100, 100), True), ((101, 100), False), ((200, 200), False)]
)
def test_photos_above_the_pixel_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], fits: bool
) -> None:
    """Pillow warns above the limit and refuses above twice it: both are the same refusal."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    photo = tmp_path / "big.png"
    photo.write_bytes(png(Image.new("RGB", size, RED)))
    if fits:
        assert open_photo(photo).size == size
        return
    d = refused(photo)
    assert (d.code, d.message, d.hints) == (
        "photo.too-big",
        f"cannot use the photo '{photo}': it has more than 10,000 pixels (the limit against "
        "decompression bombs)",
        ("make a smaller copy of it (a few thousand pixels a side is plenty)",),
    )


def test_the_photo_is_turned_upright_and_made_rgb(tmp_path: Path) -> None:
    """Stored 4 x 2, left half red; EXIF orientation 6 shows it turned a quarter clockwise:
    2 x 4, red on top."""
    stored = Image.new("RGB", (4, 2), BLUE)
    stored.paste(RED, (0, 0, 2, 2))
    exif = Image.Exif()
    exif[0x0112] = 6
    photo = tmp_path / "me.png"
    stored.save(photo, exif=exif)
    image = open_photo(photo)
    assert (image.mode, image.size) == ("RGB", (2, 4))
    assert [image.getpixel((0, y)) for y in range(4)] == [RED, RED, BLUE, BLUE]


@pytest.mark.parametrize(
    ("image", "rgb"),
    [
        (Image.new("RGBA", (2, 2), (0, 0, 0, 128)), (127, 127, 127)),  # half on white
        (Image.new("LA", (2, 2), (0, 128)), (127, 127, 127)),
        (Image.new("PA", (2, 2), (0, 0)), (255, 255, 255)),
        (Image.new("I;16", (2, 2), 65535), (255, 255, 255)),  # 16-bit grey scaled, not clipped
        (Image.new("I;16", (2, 2), 100 * 256 + 255), (100, 100, 100)),
        (Image.new("I", (2, 2), 100 * 256), (100, 100, 100)),
        (Image.new("CMYK", (2, 2), (255, 0, 0, 0)), (0, 255, 255)),  # no profile: Pillow's
        (Image.new("1", (2, 2), 1), (255, 255, 255)),
    ],
    ids=["RGBA", "LA", "PA", "I16-white", "I16-grey", "I", "CMYK", "1"],
)
def test_every_mode_becomes_srgb(image: Image.Image, rgb: tuple[int, int, int]) -> None:
    out = to_srgb(image)
    assert (out.mode, out.getpixel((1, 1))) == ("RGB", rgb)


def paletted(transparent: bool) -> Image.Image:
    image = Image.new("P", (2, 2), 1)
    image.putpalette([*RED, *BLUE])
    if transparent:
        image.info["transparency"] = 1
    return image


@pytest.mark.parametrize(("transparent", "rgb"), [(True, (255, 255, 255)), (False, BLUE)])
def test_a_palettes_transparent_colour_is_white(transparent: bool, rgb: tuple[int, ...]) -> None:
    assert to_srgb(paletted(transparent)).getpixel((0, 0)) == rgb


def with_profile(image: Image.Image, icc: bytes) -> Image.Image:
    image.info["icc_profile"] = icc
    return image


def test_a_cmyk_photo_is_converted_through_its_own_profile() -> None:
    """Full cyan on FOGRA39 paper is (0, 159, 227) in sRGB, not the (0, 255, 255) of a
    conversion without the profile; a broken profile is ignored."""
    fogra = (ROOT / "assets/icc/fogra39l_coated.icc").read_bytes()
    cyan = (255, 0, 0, 0)
    assert to_srgb(with_profile(Image.new("CMYK", (2, 2), cyan), fogra)).getpixel((1, 1)) == (
        0,
        159,
        227,
    )
    broken = to_srgb(with_profile(Image.new("CMYK", (2, 2), cyan), b"not a profile"))
    assert (broken.mode, broken.getpixel((1, 1))) == ("RGB", (0, 255, 255))


def test_a_profile_on_a_palette_is_not_used() -> None:
    fogra = (ROOT / "assets/icc/fogra39l_coated.icc").read_bytes()
    assert to_srgb(with_profile(paletted(False), fogra)).getpixel((0, 0)) == BLUE


def overlay(window: tuple[int, int, int, int], alpha: int = 0) -> Image.Image:
    """A 40 x 30 grey overlay, opaque but for `window` (left, top, right, bottom) at `alpha`."""
    image = Image.new("RGBA", (40, 30), (*GREY, 255))
    image.paste((0, 0, 0, alpha), window)
    return image


@pytest.mark.parametrize("alpha", [0, 128, 254])
def test_the_window_is_every_pixel_not_fully_opaque(alpha: int) -> None:
    assert window_box(overlay((10, 5, 30, 25), alpha)) == (10, 5, 30, 25)


def test_an_overlay_without_a_window_frames_the_whole_picture() -> None:
    assert window_box(Image.new("RGBA", (40, 30), (*GREY, 255))) == (0, 0, 40, 30)


def test_the_photo_fills_the_window_keeping_its_centre() -> None:
    """A 60 x 20 photo in a 20 x 20 window: its middle 20 x 20 is kept (red left of the
    centre, blue right of it, the green ends cropped); the overlay stays grey around it."""
    photo = Image.new("RGB", (60, 20), GREEN)
    photo.paste(RED, (20, 0, 30, 20))
    photo.paste(BLUE, (30, 0, 40, 20))
    framed = put_in_frame(photo, overlay((10, 5, 30, 25)))
    assert (framed.mode, framed.size) == ("RGB", (40, 30))
    row = [framed.getpixel((x, 15)) for x in (9, 10, 19, 20, 29, 30)]
    assert row == [GREY, RED, RED, BLUE, BLUE, GREY]
    assert [framed.getpixel((15, y)) for y in (4, 5, 24, 25)] == [GREY, RED, RED, GREY]


def test_a_half_transparent_overlay_lies_on_the_photo() -> None:
    """Half-transparent black over the window: the photo shows through at half strength."""
    framed = put_in_frame(Image.new("RGB", (20, 20), (200, 100, 0)), overlay((10, 5, 30, 25), 128))
    assert framed.getpixel((20, 15)) == (100, 50, 0)


def test_a_palette_overlay_is_read_as_rgba() -> None:
    """An overlay saved with a palette and a transparent index has its window too."""
    frame = Image.new("P", (40, 30), 0)
    frame.putpalette([*GREY, 0, 0, 0])
    frame.paste(1, (10, 5, 30, 25))
    frame.info["transparency"] = 1
    framed = put_in_frame(Image.new("RGB", (20, 20), RED), frame)
    assert [framed.getpixel((x, 15)) for x in (9, 10, 29, 30)] == [GREY, RED, RED, GREY]


def test_the_framed_png_is_srgb_at_the_resolution_asked() -> None:
    photo = Image.new("RGB", (20, 20), RED)
    frame = overlay((10, 5, 30, 25))
    data = framed_png(photo, frame, 150)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        assert image.info["icc_profile"] == srgb_profile()
        # pHYs holds whole pixels a metre
        assert image.info["dpi"] == pytest.approx((150, 150), abs=0.05)
        assert image.tobytes() == put_in_frame(photo, frame).tobytes()


def test_a_photo_whose_exif_is_partly_damaged_is_used(tmp_path: Path) -> None:
    """Only the decompression-bomb warning is an error: Pillow's warning about an EXIF tag cut
    short is left a warning, and the orientation that could be read is applied."""
    exif = Image.Exif()
    exif[0x010E] = "x" * 100  # ImageDescription, cut short below
    exif[0x0112] = 6
    photo = tmp_path / "me.jpg"
    Image.new("RGB", (4, 2), RED).save(photo, exif=exif.tobytes()[:-60])
    with pytest.warns(UserWarning, match="Skipping tag 270"):
        image = open_photo(photo)
    assert (image.mode, image.size) == ("RGB", (2, 4))


@pytest.mark.parametrize(("mode", "key"), [("RGB", (0, 0, 0)), ("L", 0)])
def test_a_png_colour_key_is_transparent_on_white(mode: str, key: object) -> None:
    """An RGB or grey PNG with a tRNS chunk: pixels of the key colour are transparent; the
    others keep their colour."""
    image = Image.new(mode, (2, 1), key)  # type: ignore[arg-type]
    image.putpixel((1, 0), (90, 90, 90) if mode == "RGB" else 90)
    keyed = Image.open(io.BytesIO(png_with(image, transparency=key)))
    out = to_srgb(keyed)
    assert [out.getpixel((x, 0)) for x in (0, 1)] == [(255, 255, 255), GREY]


def swapped_srgb() -> bytes:
    """LittleCMS's sRGB profile with the red and blue primaries (rXYZ, bXYZ) swapped."""
    icc = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    offsets = {}
    for i in range(struct.unpack(">I", icc[128:132])[0]):
        at = 132 + 12 * i
        offsets[bytes(icc[at : at + 4])] = at + 4
    r, b = offsets[b"rXYZ"], offsets[b"bXYZ"]
    icc[r : r + 8], icc[b : b + 8] = icc[b : b + 8], icc[r : r + 8]
    return bytes(icc)


def linear_grey() -> bytes:
    """A minimal ICC v2 grey display profile: D50 white, a linear tone curve (gamma 1.0)."""

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"".join(struct.pack(">i", round(v * 65536)) for v in (x, y, z))

    d50 = xyz(0.9642, 1.0, 0.8249)
    tags = [
        (b"wtpt", b"XYZ \0\0\0\0" + d50),
        (b"kTRC", b"curv\0\0\0\0" + struct.pack(">IH2x", 1, 256)),
    ]
    table, data = struct.pack(">I", len(tags)), b""
    for sig, body in tags:
        table += sig + struct.pack(">II", 128 + 4 + 12 * len(tags) + len(data), len(body))
        data += body + b"\0" * (-len(body) % 4)
    size = 128 + len(table) + len(data)
    header = struct.pack(">I4xI", size, 0x02100000) + b"mntrGRAYXYZ " + bytes(12) + b"acsp"
    header += bytes(24) + struct.pack(">I", 0) + d50
    return header.ljust(128, b"\0") + table + data


@pytest.mark.parametrize(
    ("image", "icc", "rgb"),
    [
        (Image.new("RGB", (2, 2), (200, 0, 0)), "swapped", (0, 0, 200)),
        (Image.new("L", (2, 2), 128), "grey", (188, 188, 188)),  # without it: 128
    ],
    ids=["RGB", "L"],
)
def test_rgb_and_grey_photos_are_converted_through_their_own_profile(
    image: Image.Image, icc: str, rgb: tuple[int, int, int]
) -> None:
    profile = swapped_srgb() if icc == "swapped" else linear_grey()
    assert to_srgb(with_profile(image, profile)).getpixel((1, 1)) == rgb


def test_an_overlay_without_transparency_hides_the_photo() -> None:
    """The overlay PNG of a frame drawn everywhere is RGB (no alpha channel): the whole picture
    is the overlay."""
    framed = put_in_frame(Image.new("RGB", (20, 20), RED), Image.new("RGB", (40, 30), GREY))
    assert framed.tobytes() == Image.new("RGB", (40, 30), GREY).tobytes()


def test_the_photo_is_reduced_with_lanczos() -> None:
    """A 60 x 40 photo with sharp stripes in a 20 x 20 window: its middle 40 x 40, halved with
    Lanczos filtering."""
    photo = Image.new("RGB", (60, 40), RED)
    for x in range(0, 60, 3):
        photo.paste(BLUE, (x, 0, x + 1, 40))
    framed = put_in_frame(photo, overlay((10, 5, 30, 25)))
    expected = photo.resize((20, 20), Image.Resampling.LANCZOS, box=(10, 0, 50, 40))
    assert framed.crop((10, 5, 30, 25)).tobytes() == expected.tobytes()


def test_a_16_bit_grey_colour_key_is_white_and_the_rest_keeps_its_grey() -> None:
    """The key is compared in 16 bits (as print images do, `images.normalise`); before, Pillow's
    RGBA conversion of I;16 clipped every pixel to white."""
    im = Image.new("I;16", (2, 1))
    im.putpixel((0, 0), 1000)
    im.putpixel((1, 0), 100 * 256)
    data = io.BytesIO()
    im.save(data, "PNG", transparency=1000)
    keyed = Image.open(data)
    keyed.load()
    out = to_srgb(keyed)
    assert [out.getpixel((x, 0)) for x in range(2)] == [(255, 255, 255), (100, 100, 100)]


def test_a_cmyk_photo_without_a_usable_profile_goes_through_the_press_profile() -> None:
    """Given the press profile (`frame` gives its layout's), CMYK without a profile, or with
    a broken one, is shown as the build's previews show it: red of 100 % M and Y is
    (228, 30, 37) on FOGRA39 (relative colorimetric), not Pillow's (255, 0, 0)."""
    fogra = ROOT / "assets/icc/fogra39l_coated.icc"
    red = (0, 255, 255, 0)
    assert to_srgb(Image.new("CMYK", (2, 2), red), fogra).getpixel((1, 1)) == (228, 30, 37)
    broken = with_profile(Image.new("CMYK", (2, 2), red), b"not a profile")
    assert to_srgb(broken, fogra).getpixel((1, 1)) == (228, 30, 37)
    assert to_srgb(Image.new("CMYK", (2, 2), red)).getpixel((1, 1)) == (255, 0, 0)
