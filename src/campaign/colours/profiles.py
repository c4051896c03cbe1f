"""Colours through ICC profiles (LittleCMS via Pillow, relative colorimetric): a press
condition (`Press`), CMYK on a press profile and sRGB to CIELAB (D50) and their ΔE2000
(`print_vs_screen`), CMYK to the sRGB it shows as (`screen_of_cmyk`, and `printed_colours`:
the soft proof's colours, cached) and sRGB to the press's CMYK (`cmyk_of_rgb`), and the three
at once for a screen colour (`on_press`)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageCms

from .. import cache
from ..model import Colour
from .difference import delta_e2000


class Press(NamedTuple):
    """The press condition a print material's contrast is judged on as printed
    (pipeline.compose._press): its ICC profile's file, its name as the print PDF's
    OutputIntent gives it ("FOGRA29"), its paper ("uncoated"), and whether it is the
    campaign's own (campaign.yaml `output_profile:`), the one its colours' `rgb` are meant
    as their `cmyk` printed on (colour.mismatch)."""

    icc: Path
    name: str
    paper: str
    campaign: bool = False


@lru_cache(maxsize=16)
def _to_lab(source: str, mode: str) -> ImageCms.ImageCmsTransform:
    """A transform into CIELAB (D50, relative colorimetric) from `source`: a profile's path, or
    "sRGB"; built once per process (building one costs about 20 ms)."""
    profile = (
        ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        if source == "sRGB"
        else ImageCms.getOpenProfile(source)
    )
    lab = ImageCms.createProfile("LAB", colorTemp=5000)
    return ImageCms.buildTransform(
        profile, lab, mode, "LAB", renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC
    )


def _lab(image: Image.Image, source: str) -> tuple[float, float, float]:
    out = ImageCms.applyTransform(image, _to_lab(source, image.mode))
    assert out is not None
    lightness, a, b = out.getpixel((0, 0))  # type: ignore[misc]
    return lightness / 255 * 100, a - 128, b - 128


def lab_of_cmyk(cmyk: tuple[float, float, float, float], icc: Path) -> tuple[float, float, float]:
    """CIELAB of a CMYK colour (fractions 0-1) printed under the press profile `icc`."""
    px = Image.new("CMYK", (1, 1), tuple(round(v * 255) for v in cmyk))
    return _lab(px, str(icc))


def lab_of_rgb(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIELAB of an sRGB colour (fractions 0-1)."""
    px = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
    return _lab(px, "sRGB")


def print_vs_screen(
    cmyk: tuple[float, float, float, float], rgb: tuple[float, float, float], icc: Path
) -> float:
    """ΔE2000 between a colour's print value on the press and its screen value."""
    return delta_e2000(lab_of_cmyk(cmyk, icc), lab_of_rgb(rgb))


@lru_cache(maxsize=8)
def _to_srgb(icc: str) -> ImageCms.ImageCmsTransform:
    """The transform of CMYK on the press profile at `icc` to sRGB (relative colorimetric),
    built once per process and profile (about 30 ms)."""
    return ImageCms.buildTransform(
        ImageCms.getOpenProfile(icc),
        ImageCms.createProfile("sRGB"),
        "CMYK",
        "RGB",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
    )


def screen_of_cmyk(cmyk: tuple[float, float, float, float], icc: Path) -> str:
    """The sRGB hex value a CMYK colour shows as on screen (press profile -> sRGB, relative
    colorimetric): what a colour's `rgb` should be."""
    px = Image.new("CMYK", (1, 1), tuple(round(v * 255) for v in cmyk))
    out = ImageCms.applyTransform(px, _to_srgb(str(icc)))
    assert out is not None
    r, g, b = out.getpixel((0, 0))  # type: ignore[misc]
    return f"#{r:02X}{g:02X}{b:02X}"


def printed_colours(colours: dict[str, Colour], icc: Path) -> dict[str, Colour]:
    """Each brand colour with `rgb` replaced by what its CMYK prints as on the press of `icc`
    (screen_of_cmyk, sRGB fractions 0-1): the soft proof's colours (render.proof) and those
    the contrast of a print material is judged in (contrast_problems). Raises OSError or
    ImageCms.PyCMSError for a profile that cannot be read."""
    shown = _printed(tuple(c.cmyk for c in colours.values()), str(icc), cache.digest(icc))
    return {
        name: replace(c, rgb=rgb) for (name, c), rgb in zip(colours.items(), shown, strict=True)
    }


@lru_cache(maxsize=32)
def _printed(
    cmyks: tuple[tuple[float, float, float, float], ...], icc: str, digest: str
) -> tuple[tuple[float, float, float], ...]:
    """The sRGB of each CMYK colour on the press profile at `icc` (of sha256 `digest`), from
    the user's cache when this module, Pillow and the profile are those of an earlier call: a
    `check` composes every document, and building the transform costs about 30 ms."""
    import PIL

    def convert() -> tuple[tuple[float, float, float], ...]:
        hexes = [screen_of_cmyk(c, Path(icc)) for c in cmyks]
        return tuple(
            (int(h[1:3], 16) / 255, int(h[3:5], 16) / 255, int(h[5:7], 16) / 255) for h in hexes
        )

    cms = getattr(getattr(ImageCms, "core", None), "littlecms_version", "")
    code = cache.digest(Path(__file__))
    name = cache.key("printed-colours", digest, code, PIL.__version__, cms, repr(cmyks))
    return cache.pickled(f"printed-{name}", convert)


@lru_cache(maxsize=8)
def _to_cmyk(icc: str) -> ImageCms.ImageCmsTransform:
    """The transform of sRGB to CMYK on the press profile at `icc` (relative colorimetric),
    built once per process and profile: colour.mismatch judges each colour SVG art writes
    through it (building one costs about 20 ms)."""
    return ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"),
        ImageCms.getOpenProfile(icc),
        "RGB",
        "CMYK",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
    )


def cmyk_of_rgb(rgb: tuple[float, float, float], icc: Path) -> tuple[float, float, float, float]:
    """The press CMYK (fractions 0-1) of an sRGB colour through `icc` (relative
    colorimetric), and so the closest the press comes to it."""
    px = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
    out = ImageCms.applyTransform(px, _to_cmyk(str(icc)))
    assert out is not None
    c, m, y, k = out.getpixel((0, 0))  # type: ignore[misc]
    return c / 255, m / 255, y / 255, k / 255


class OnPress(NamedTuple):
    """How the press prints a screen colour (`on_press`): its CMYK in whole per cent (as
    campaign.yaml writes it), the sRGB hex that CMYK shows as, and their ΔE2000."""

    cmyk: tuple[int, int, int, int]
    shown: str
    delta_e: float


def on_press(rgb: tuple[float, float, float], icc: Path) -> OnPress:
    """The sRGB colour `rgb` through the press profile `icc`: the `colour` command's figures
    and those of colour.mismatch's warning for a colour of SVG art."""
    c, m, y, k = (round(v * 100) for v in cmyk_of_rgb(rgb, icc))
    printed = (c / 100, m / 100, y / 100, k / 100)
    return OnPress((c, m, y, k), screen_of_cmyk(printed, icc), print_vs_screen(printed, rgb, icc))
