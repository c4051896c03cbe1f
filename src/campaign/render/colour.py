"""Brand colours as reportlab colours (CMYK values for print, sRGB values for screens), the
press conditions (ICC profiles) and sRGB -> press CMYK conversion."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor, Color

from .. import cache
from ..model import Colour
from ..presses import PROFILES as PROFILES  # re-exported: campaign.build


@dataclass(frozen=True)
class Palette:
    colours: dict[str, Colour]
    cmyk: bool

    def __call__(self, name: str) -> Color:
        c = self.colours[name]
        if self.cmyk:
            return CMYKColor(*c.cmyk)
        return Color(*c.rgb)

    def is_black(self, name: str) -> bool:
        """100 K and nothing else: the ink small text should be printed in."""
        return self.colours[name].cmyk == (0.0, 0.0, 0.0, 1.0)

    @cached_property
    def key(self) -> str:
        """What this palette draws, as a digest (its colours' names and values in their
        order, and whether it prints CMYK), for caches of art recoloured with it."""
        parts = [f"{self.cmyk}"]
        for name, c in self.colours.items():  # in their order: by_rgb takes the first match
            parts.append(f"{name}={c.cmyk!r}/{c.rgb!r}")
        return cache.key(*parts)

    def by_rgb(self, rgb: tuple[float, float, float]) -> Colour | None:
        """The brand colour with this sRGB value (to recolour SVG art), if any."""
        key = tuple(round(v * 255) for v in rgb)
        for c in self.colours.values():
            if tuple(round(v * 255) for v in c.rgb) == key:
                return c
        return None


def rgb_to_cmyk(icc: Path) -> ProfileConverter:
    """sRGB -> press CMYK through the output profile (relative colorimetric), for SVG colours
    that are not brand colours; neutral greys in black ink alone. Each call returns a new
    converter with its own cache: keep it for as long as the profile is used (a job, a
    worker)."""
    return ProfileConverter(icc)


class ProfileConverter:
    """A callable (r, g, b) in 0..1 -> CMYKColor through the ICC profile `icc` (relative
    colorimetric, LittleCMS through Pillow's ImageCms; the transform is built at the first
    colour). A neutral grey (r = g = b: black, the greys of a partner's logo or of line
    art) is printed in black ink alone ("grey to K", as prepress tools convert line art and
    text), the tint of K whose lightness on the press (L*, the profile's own CMYK -> Lab)
    is nearest the grey's, and 100 % K for a grey darker than 100 % K prints: the profile
    made #000 a rich black of C 83 M 72 Y 45 K 100 (300 %), which four plates never print
    in register on a hairline (a designer's trial). `key` names what it computes, for caches
    of drawings made with it: the digest of the bytes its transform is built from, read
    once, so that a profile replaced while a converter lives is neither half old nor half
    new."""

    def __init__(self, icc: Path) -> None:
        self.icc = icc
        self._cache: dict[tuple[float, float, float], CMYKColor] = {}
        self._transform: ImageCms.ImageCmsTransform | None = None
        self._profile: bytes | None = None
        self._k_lightness: list[float] | None = None  # L* of each 8-bit tint of K, 0..255

    def _bytes(self) -> bytes:
        if self._profile is None:
            self._profile = self.icc.read_bytes()
        return self._profile

    @property
    def key(self) -> str:
        """The sha256 (hex) of the profile this converter uses, with the code and libraries
        that convert (this module, Pillow's and LittleCMS's versions): two converters with
        the same key give the same colours. Raises OSError when the file cannot be read."""
        return _key(self._bytes())

    def __call__(self, rgb: tuple[float, float, float]) -> CMYKColor:
        found = self._cache.get(rgb)
        if found is None and rgb[0] == rgb[1] == rgb[2]:
            found = self._cache[rgb] = CMYKColor(0, 0, 0, self._grey_k(rgb[0]))
        if found is None:
            if self._transform is None:
                self._transform = ImageCms.buildTransform(
                    ImageCms.createProfile("sRGB"),
                    ImageCms.ImageCmsProfile(io.BytesIO(self._bytes())),
                    "RGB",
                    "CMYK",
                    renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                )
            px = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
            converted = ImageCms.applyTransform(px, self._transform)
            assert converted is not None
            c, m, y, k = converted.getpixel((0, 0))  # type: ignore[misc]
            found = self._cache[rgb] = CMYKColor(c / 255, m / 255, y / 255, k / 255)
        return found

    def _grey_k(self, value: float) -> float:
        """The 8-bit tint of K (as a share, 0..1) whose L* on the press is nearest that of
        the sRGB grey `value` (0..1; CIE L* from sRGB's transfer function, IEC 61966-2-1),
        the lightest on a tie; 1.0 for a grey darker than 100 % K."""
        if self._k_lightness is None:
            to_lab = ImageCms.buildTransform(
                ImageCms.ImageCmsProfile(io.BytesIO(self._bytes())),
                ImageCms.createProfile("LAB"),
                "CMYK",
                "LAB",
                renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
            )
            tints = Image.new("CMYK", (256, 1))
            tints.putdata([(0, 0, 0, k) for k in range(256)])
            lab = ImageCms.applyTransform(tints, to_lab)
            assert lab is not None
            self._k_lightness = [lab.getpixel((k, 0))[0] * 100 / 255 for k in range(256)]  # type: ignore[index]
        target = _lightness(value)
        if target <= self._k_lightness[255]:
            return 1.0
        k = min(range(256), key=lambda i: (abs(self._k_lightness[i] - target), i))  # type: ignore[index]
        return k / 255


def _lightness(value: float) -> float:
    """CIE L* (0..100) of an sRGB grey `value` (0..1): sRGB's transfer function to linear
    light (IEC 61966-2-1), then CIE 1976 L* of that luminance."""
    linear = value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return 116 * linear ** (1 / 3) - 16 if linear > (6 / 29) ** 3 else linear * (29 / 3) ** 3


@lru_cache(maxsize=8)
def _key(profile: bytes) -> str:
    import PIL

    code = cache.digest(Path(__file__))
    cms = getattr(getattr(ImageCms, "core", None), "littlecms_version", "")
    return cache.key(
        "profile-converter", hashlib.sha256(profile).hexdigest(), code, PIL.__version__, cms
    )
