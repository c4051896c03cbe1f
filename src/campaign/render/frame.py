"""The photo challenge: a person's photo under the frame overlay. Pillow only.

The photo is opened safely: Pillow's decompression-bomb limit (`Image.MAX_IMAGE_PIXELS`) is
kept and its warning treated as the error; the EXIF orientation is applied; any mode (CMYK,
grey, palette, with alpha) becomes sRGB, through the photo's own ICC profile when it has one
(a CMYK photo without one through the press profile, as the build's previews show such an
image: `images.screen_rgb`).
The window is where the overlay is not fully opaque: the photo is cropped to fill that box,
keeping its centre, and the overlay is composited on top.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from ..diagnostics import Diagnostic, DiagnosticsError, folder_given
from .images import normalise, screen_rgb
from .png import save_png


def photo_error(code: str, photo: Path, why: str, *hints: str) -> DiagnosticsError:
    return DiagnosticsError(Diagnostic(code, f"cannot use the photo '{photo}': {why}", None, hints))


def open_photo(photo: Path, press: Path | None = None) -> Image.Image:
    """The photo upright, as sRGB RGB (`to_srgb`, with `press`); a DiagnosticsError
    (photo.read, photo.too-big) if it cannot be used."""
    return to_srgb(read_photo(photo), press)


def read_photo(photo: Path) -> Image.Image:
    """The photo upright, in its own mode; a DiagnosticsError (photo.read, photo.too-big) if
    it cannot be used."""
    try:
        data = photo.read_bytes()
    except FileNotFoundError:
        raise photo_error("photo.read", photo, "no such file", "give the photo's path") from None
    except IsADirectoryError:
        endings = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")
        raise folder_given("photo.read", photo, "the photo", endings) from None
    except OSError as exc:
        raise photo_error("photo.read", photo, exc.strerror or "it cannot be read") from None
    limit = Image.MAX_IMAGE_PIXELS
    too_big = photo_error(
        "photo.too-big",
        photo,
        f"it has more than {limit:,} pixels (the limit against decompression bombs)",
        "make a smaller copy of it (a few thousand pixels a side is plenty)",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            opened.load()
            image = ImageOps.exif_transpose(opened)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_big from None
    except UnidentifiedImageError:
        raise photo_error(
            "photo.read", photo, "it is not an image the kit can read", "use a JPEG or PNG"
        ) from None
    except (OSError, ValueError, SyntaxError) as exc:  # truncated or corrupt image data
        raise photo_error("photo.read", photo, f"its image data is damaged ({exc})") from None
    return image


def to_srgb(image: Image.Image, press: Path | None = None) -> Image.Image:
    """Any mode as RGB in sRGB: through the embedded ICC profile when there is one, CMYK
    without a usable one through the `press` profile as the build's previews show it
    (`images.screen_rgb`: a red of 100 % M and Y is (228, 30, 37) on FOGRA39, not the
    (255, 0, 0) of Pillow's formula, which `frame` showed); transparent parts (alpha, a
    palette's transparent index, a PNG colour key on RGB or grey, 16-bit grey included) on
    white; 16-bit grey scaled to 8 bits (not clipped). The modes are made 8-bit as print and
    screen images are (`images.normalise`)."""
    image = normalise(image)
    if image.mode == "RGBA":
        ground = Image.new("RGBA", image.size, (255, 255, 255, 255))
        return Image.alpha_composite(ground, image).convert("RGB")
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "CMYK", "L"):
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            srgb = ImageCms.createProfile("sRGB")
            out = ImageCms.profileToProfile(image, src, srgb, outputMode="RGB")
            if out is not None:
                return out
        except (ImageCms.PyCMSError, OSError):
            pass  # a broken profile: convert without it
    if image.mode == "CMYK" and press is not None:
        return screen_rgb(image, None, press)
    return image.convert("RGB")


def window_box(overlay: Image.Image) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom) of the overlay's window: every pixel not fully
    opaque."""
    alpha = overlay.getchannel("A")
    box = alpha.point(lambda a: 255 if a < 255 else 0).getbbox()
    return box or (0, 0, overlay.width, overlay.height)


def put_in_frame(
    photo: Image.Image, overlay: Image.Image, box: tuple[int, int, int, int] | None = None
) -> Image.Image:
    """The photo cropped to fill the overlay's window (centre kept), the overlay on top: RGB of
    the overlay's size. `box`: the window when the caller has found it (`window_box`)."""
    overlay = overlay.convert("RGBA")
    left, top, right, bottom = box or window_box(overlay)
    fitted = ImageOps.fit(photo, (right - left, bottom - top), Image.Resampling.LANCZOS)
    canvas = Image.new("RGBA", overlay.size, (255, 255, 255, 255))
    canvas.paste(fitted, (left, top))
    return Image.alpha_composite(canvas, overlay).convert("RGB")


def framed_png(
    photo: Image.Image,
    overlay: Image.Image,
    ppi: float,
    box: tuple[int, int, int, int] | None = None,
) -> bytes:
    """The framed photo (`put_in_frame`, with the window `box` when the caller found it) as
    sRGB PNG bytes at `ppi`."""
    return save_png(put_in_frame(photo, overlay, box), ppi)
