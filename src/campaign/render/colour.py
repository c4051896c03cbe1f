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
    that are not brand colours. Each call returns a new converter with its own cache: keep it
    for as long as the profile is used (a job, a worker)."""
    return ProfileConverter(icc)


class ProfileConverter:
    """A callable (r, g, b) in 0..1 -> CMYKColor through the ICC profile `icc` (relative
    colorimetric, LittleCMS through Pillow's ImageCms; the transform is built at the first
    colour). `key` names what it computes, for caches of drawings made with it: the digest
    of the bytes its transform is built from, read once, so that a profile replaced while a
    converter lives is neither half old nor half new."""

    def __init__(self, icc: Path) -> None:
        self.icc = icc
        self._cache: dict[tuple[float, float, float], CMYKColor] = {}
        self._transform: ImageCms.ImageCmsTransform | None = None
        self._profile: bytes | None = None

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


@lru_cache(maxsize=8)
def _key(profile: bytes) -> str:
    import PIL

    code = cache.digest(Path(__file__))
    cms = getattr(getattr(ImageCms, "core", None), "littlecms_version", "")
    return cache.key(
        "profile-converter", hashlib.sha256(profile).hexdigest(), code, PIL.__version__, cms
    )
