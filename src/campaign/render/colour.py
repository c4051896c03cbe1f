"""Brand colours as reportlab colours (CMYK values for print, sRGB values for screens), the
press conditions (ICC profiles) and sRGB -> press CMYK conversion."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor, Color

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

    def by_rgb(self, rgb: tuple[float, float, float]) -> Colour | None:
        """The brand colour with this sRGB value (to recolour SVG art), if any."""
        key = tuple(round(v * 255) for v in rgb)
        for c in self.colours.values():
            if tuple(round(v * 255) for v in c.rgb) == key:
                return c
        return None


def rgb_to_cmyk(icc: Path) -> Callable[[tuple[float, float, float]], object]:
    """sRGB -> press CMYK through the output profile (relative colorimetric), for SVG colours
    that are not brand colours. Each call returns a new converter with its own cache: keep it
    for as long as the profile is used (a job, a worker)."""
    cache: dict[tuple[float, float, float], object] = {}
    transform: list[ImageCms.ImageCmsTransform] = []

    def convert(rgb: tuple[float, float, float]) -> object:
        if rgb not in cache:
            if not transform:
                transform.append(
                    ImageCms.buildTransform(
                        ImageCms.createProfile("sRGB"),
                        ImageCms.getOpenProfile(str(icc)),
                        "RGB",
                        "CMYK",
                        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                    )
                )
            px = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
            converted = ImageCms.applyTransform(px, transform[0])
            assert converted is not None
            c, m, y, k = converted.getpixel((0, 0))  # type: ignore[misc]
            cache[rgb] = CMYKColor(c / 255, m / 255, y / 255, k / 255)
        return cache[rgb]

    return convert
