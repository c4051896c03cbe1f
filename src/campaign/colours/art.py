"""The colour.contrast-art warnings: text set over a picture (a photo, a logo, SVG art that is
not its ground alone), whose ground no one colour is, judged on the pixels under each of its
lines as the digital PDF and the PNGs draw them. colour.contrast judges text on filled
shapes, art of one ground and the paper, and leaves a picture's part of a line alone: white
text over a pale part of a designer's illustration passed every check (a designer's trial).

The pixels come from whoever can draw (pipeline.compose, through render.underneath): this
package judges them and draws nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..layout.coverage import covers
from ..layout.document import MM, Document, ImageItem, Item, ShapeItem, SvgItem, TextItem
from ..model import Colour, Layout
from .grounds import _drawn_ground
from .wcag import luminance, needed_contrast

if TYPE_CHECKING:
    import numpy as np

# The pixels a line is judged on: 4 per mm (about 100 ppi), fine enough that a line of 6 pt
# type (about 2.5 mm of ink) is 10 pixels high, and a 0.25 mm hairline of the art 1 pixel.
PIXELS_PER_MM = 4.0

# The share of the pixels under a line's ink below the contrast AA asks for that is told:
# 2 %, a spot of the art about the size of one letter under a line of 30 (3 x 3 mm under a
# 100 x 4 mm line is 2.25 %); an edge's anti-aliased pixels or a hairline across the line
# (1 pixel wide: 0.25 % of such a line) are not.
FAINT_AREA = 0.02

# A region (left, top, right, bottom, pt from the trim's top-left) drawn as the page shows it
# under a text: every item of page `page` drawn before item `upto` but texts, as sRGB pixels
# (height x width x 3, uint8) at PIXELS_PER_MM.
Underneath = Callable[[int, int, tuple[float, float, float, float]], "np.ndarray"]


@dataclass(frozen=True)
class ArtContrast:
    """A text over `pictures` (their slots) that does not stand out from a share of them:
    `lines` (numbers from 1) whose pixels below `need` are FAINT_AREA or more of their ink's
    box; `share` the largest of those lines' shares (0-1), `lowest` the lowest ratio of any
    pixel under them, `size` the type size (pt)."""

    slot: str
    colour: str
    pictures: tuple[str, ...]
    lines: tuple[int, ...]
    share: float
    lowest: float
    need: float
    size: float

    @property
    def message(self) -> str:
        what = "its line" if len(self.lines) == 1 else "its lines"
        numbers = _listed([str(n) for n in self.lines])
        art = _listed([f"'{p}'" for p in self.pictures])
        return (
            f"{self.colour} text on the picture of slot{'s' if len(self.pictures) > 1 else ''} "
            f"{art}: {'up to ' if len(self.lines) > 1 else ''}{self.share * 100:.0f} % of what "
            f"lies under {what} {numbers} has less than the {self.need:g}:1 contrast WCAG AA "
            f"asks for {self.size:.1f} pt text (down to {self.lowest:.2f}:1), as the digital "
            "PDF and the PNGs show it"
        )


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def pictures_under(before: Sequence[Item], ink: tuple[float, float, float, float]) -> list[str]:
    """The slots of the pictures under a line's ink (left, top, right, bottom, pt), drawn
    before it: images and SVG art other than art that is its ground alone (which is judged
    as a filled shape of that colour); none where a filled shape drawn after them covers the
    whole ink (the line lies on that shape's colour)."""
    found: list[str] = []
    for item in reversed(before):
        if not isinstance(item, ShapeItem | ImageItem | SvgItem):
            continue
        shape = item if isinstance(item, ShapeItem) else _drawn_ground(item)
        if shape is not None:
            if shape.fill and covers(shape, ink):
                break  # the pictures under it do not show there
            continue
        b = item.box
        if b.x < ink[2] and ink[0] < b.x + b.w and b.y < ink[3] and ink[1] < b.y + b.h:
            found.append(item.slot)
    return found[::-1]


def faint_share(
    pixels: np.ndarray, text_rgb: tuple[float, float, float], need: float
) -> tuple[float, float]:
    """(share, lowest) of `pixels` (h x w x 3, uint8 sRGB) against text of `text_rgb`
    (fractions 0-1): the share of them with less than `need` contrast (WCAG 2's ratio, as
    wcag.contrast computes it, pixel by pixel), and the lowest ratio of any."""
    import numpy as np

    if pixels.size == 0:
        return 0.0, 21.0
    table = _linear_table()
    linear = table[pixels]  # h x w x 3, float32
    lum = linear @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)
    text = luminance(text_rgb)
    light = np.maximum(lum, text) + 0.05
    dark = np.minimum(lum, text) + 0.05
    ratio = light / dark
    return float(np.count_nonzero(ratio < need - 0.005)) / ratio.size, float(ratio.min())


_TABLE: list[np.ndarray] = []


def _linear_table() -> np.ndarray:
    """The linear value of each 8-bit sRGB channel value (WCAG 2's relative luminance)."""
    if not _TABLE:
        import numpy as np

        c = np.arange(256, dtype=np.float64) / 255
        table = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        _TABLE.append(table.astype(np.float32))
    return _TABLE[0]


def art_contrast_problems(
    doc: Document,
    layout: Layout,
    colours: dict[str, Colour],
    underneath: Underneath,
    skip: frozenset[str] = frozenset(),
) -> list[ArtContrast]:
    """An ArtContrast for each text (not of `skip`: those colour.contrast already holds to a
    ground) FAINT_AREA of the pixels under one of whose lines' ink (layout.checks
    .text_extents, cut to its frame) over a picture (`pictures_under`) stand out from it by
    less than WCAG AA asks for its size: the pixels as `underneath` draws the page under it,
    in the colours' `rgb`, as the digital PDF and the PNGs show them. An arc of text (a
    badge's rim) is not judged."""
    from ..layout.checks import text_extents

    weights = {
        s.name: getattr(getattr(s, "style", None), "weight", "regular") for s in layout.slots
    }
    problems: list[ArtContrast] = []
    for p, page in enumerate(doc.pages):
        for i, item in enumerate(page.items):
            if not isinstance(item, TextItem) or item.slot in skip:
                continue
            if item.colour not in colours:
                continue
            before = page.items[:i]
            judged = [
                (n, ink, pictures_under(before, ink))
                for n, ink in enumerate(text_extents(item, clip=True), 1)
            ]
            judged = [(n, ink, under) for n, ink, under in judged if under]
            if not judged:
                continue
            need = needed_contrast(item.text.size, weights.get(item.slot) == "bold")
            rgb = colours[item.colour].rgb
            faint: list[tuple[int, float, float]] = []
            pictures: list[str] = []
            for n, ink, under in judged:
                share, lowest = faint_share(underneath(p, i, ink), rgb, need)
                if share >= FAINT_AREA:
                    faint.append((n, share, lowest))
                    pictures += [s for s in under if s not in pictures]
            if faint:
                problems.append(
                    ArtContrast(
                        item.slot,
                        item.colour,
                        tuple(pictures),
                        tuple(n for n, _, _ in faint),
                        max(s for _, s, _ in faint),
                        min(low for _, _, low in faint),
                        need,
                        item.text.size,
                    )
                )
    return problems


def region_pixels(region: tuple[float, float, float, float]) -> tuple[int, int]:
    """(width, height) in pixels at PIXELS_PER_MM of a region (left, top, right, bottom, pt),
    at least 1 x 1."""
    left, top, right, bottom = region
    scale = PIXELS_PER_MM / MM
    return max(1, round((right - left) * scale)), max(1, round((bottom - top) * scale))
