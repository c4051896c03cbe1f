"""Brand colours as reportlab colours: CMYK values for print, sRGB values for screens."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import CMYKColor, Color

from ..model import Colour

# Registration colour for marks and the slug, at 75 % per plate: it prints on every plate while
# the sheet stays within the 300 % total-ink limit that preflights apply to the whole media box.
REGISTRATION = CMYKColor(0.75, 0.75, 0.75, 0.75)


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
