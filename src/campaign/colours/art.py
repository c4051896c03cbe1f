"""The colour.contrast-art warnings: text set over a picture (a photo, a logo, SVG art that is
not its ground alone), whose ground no one colour is, judged on the pixels under each of its
characters as the digital PDF and the PNGs draw them. colour.contrast judges text on filled
shapes, art of one ground and the paper, and leaves a picture's part of a line alone: white
text over a pale part of a designer's illustration passed every check (a designer's trial).

The pixels come from whoever can draw (pipeline.compose, through render.underneath): this
package judges them and draws nothing."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..layout.coverage import covers
from ..layout.document import MM, Document, ImageItem, Item, ShapeItem, SvgItem, TextItem
from ..model import Colour, Layout
from .grounds import _drawn_ground, _touches
from .wcag import linear, luminance, needed_contrast

if TYPE_CHECKING:
    import numpy as np

    from ..layout.checks import PlacedGlyph

# The pixels a text is judged on: 4 per mm (about 100 ppi): the ink of a glyph of 6 pt type
# (about 1.5 mm high) is 6 pixels high, a 0.25 mm hairline of the art 1 pixel wide.
PIXELS_PER_MM = 4.0

# A glyph is lost on the picture where this share of the pixels under its ink's box stand out
# from the text's colour by less than WCAG AA asks: a quarter, a part of the letter; an
# edge's anti-aliased pixels or a hairline across it are less. Judged glyph by glyph, not by
# a line's box: one pale patch under the "3" of "30 JULY" was 1 % of its line's box (a
# designer's trial), and patches in a line's word spaces, under no letter, were told.
FAINT_AREA = 0.25

# The most characters a warning quotes; more are counted.
QUOTED = 6

# Every item of page `page` drawn before item `upto` but texts, as sRGB pixels (height x
# width x 3, uint8) at PIXELS_PER_MM, the trim's top-left its first pixel.
Underneath = Callable[[int, int], "np.ndarray"]


@dataclass(frozen=True)
class ArtContrast:
    """A text over `pictures` (their slots) some of whose characters hardly show on them:
    `lost` of the `count` glyphs of its `lines` (numbers from 1) that have any lost have
    FAINT_AREA of their pixels below `need`; `words`, what they set, as the message quotes
    them (QUOTED at most, `more` besides); `ratio`, the median contrast of those pixels;
    `size`, the type size (pt). The message calls glyphs characters, as a reader sees them
    (a ligature's two letters, an Indic conjunct, are one)."""

    slot: str
    colour: str
    pictures: tuple[str, ...]
    lines: tuple[int, ...]
    lost: int
    count: int
    words: tuple[str, ...]
    more: int
    ratio: float
    need: float
    size: float

    @property
    def message(self) -> str:
        art = _listed([f"'{p}'" for p in self.pictures])
        whose = "pictures of slots" if len(self.pictures) > 1 else "picture of slot"
        which = "its line" if len(self.lines) == 1 else "its lines"
        numbers = _listed([str(n) for n in self.lines])
        quoted = _listed([f"'{w}'" for w in self.words] + ([f"{self.more} more"] * bool(self.more)))
        return (
            f"{self.colour} text on the {whose} {art}: "
            f"{self.lost} of the {self.count} characters of {which} {numbers} ({quoted}) "
            f"{'lies' if self.lost == 1 else 'lie'} on "
            f"parts of it with less than the {self.need:g}:1 contrast WCAG AA asks for "
            f"{self.size:.1f} pt text (about {self.ratio:.2f}:1 there), as the digital PDF and "
            "the PNGs show it"
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
        if _touches(item, ink):
            found.append(item.slot)
    return found[::-1]


def over_pictures(items: Sequence[Item], skip: Collection[str] = ()) -> bool:
    """Whether a text of a page's `items` (not of `skip`) has a line over a picture drawn
    before it (`pictures_under`); a text whose frame meets no picture's box is not measured
    line by line (every document's check asks: the kit's own pages have none)."""
    from ..layout.checks import text_extents

    pictures: list[ImageItem | SvgItem] = []
    for i, item in enumerate(items):
        if isinstance(item, ImageItem | SvgItem) and _drawn_ground(item) is None:
            pictures.append(item)
        if not pictures or not isinstance(item, TextItem) or item.slot in skip:
            continue
        b = item.box
        if not any(_touches(p, (b.x, b.y, b.x + b.w, b.y + b.h)) for p in pictures):
            continue
        if any(pictures_under(items[:i], ink) for ink in text_extents(item, clip=True)):
            return True
    return False


def contrast_of(pixels: np.ndarray, text_rgb: tuple[float, float, float]) -> np.ndarray:
    """WCAG 2's contrast ratio of text of `text_rgb` (fractions 0-1) with each of `pixels`
    (h x w x 3, uint8 sRGB), as wcag.contrast computes it, pixel by pixel (h x w, float32)."""
    import numpy as np

    lum = relative_luminance(pixels)
    text = np.float32(luminance(text_rgb))
    ratio: np.ndarray = (np.maximum(lum, text) + 0.05) / (np.minimum(lum, text) + 0.05)
    return ratio


def relative_luminance(pixels: np.ndarray) -> np.ndarray:
    """WCAG 2's relative luminance of each of `pixels` (... x 3, uint8 sRGB), as
    wcag.luminance computes it (..., float32)."""
    import numpy as np

    lum: np.ndarray = _linear_table()[pixels] @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)
    return lum


_TABLE: list[np.ndarray] = []


def _linear_table() -> np.ndarray:
    """The linear value of each 8-bit sRGB channel value (WCAG 2's relative luminance)."""
    if not _TABLE:
        import numpy as np

        _TABLE.append(np.array([linear(v / 255) for v in range(256)], dtype=np.float32))
    return _TABLE[0]


def in_pixels(
    shape: tuple[int, ...], ink: tuple[float, float, float, float]
) -> tuple[slice, slice]:
    """The rows and columns of a page's pixels (`shape`: height, width, ...) at PIXELS_PER_MM
    under a box (left, top, right, bottom, pt from the trim's top-left): every pixel the box
    touches, at least one."""
    scale = PIXELS_PER_MM / MM
    h, w = shape[0], shape[1]
    x0 = min(max(int(ink[0] * scale), 0), w - 1)
    y0 = min(max(int(ink[1] * scale), 0), h - 1)
    x1 = min(max(int(-(-ink[2] * scale // 1)), x0 + 1), w)
    y1 = min(max(int(-(-ink[3] * scale // 1)), y0 + 1), h)
    return slice(y0, y1), slice(x0, x1)


def art_contrast_problems(
    doc: Document,
    layout: Layout,
    colours: dict[str, Colour],
    underneath: Underneath,
    skip: frozenset[str] = frozenset(),
) -> list[ArtContrast]:
    """An ArtContrast for each text (not of `skip`: those colour.contrast or the page's edge
    already tell of) with a glyph over a picture (`pictures_under` its line's ink) FAINT_AREA of the
    pixels under whose ink stand out from the text by less than WCAG AA asks for its size:
    the pixels as `underneath` draws the page under it, in the colours' `rgb`, as the digital
    PDF and the PNGs show them. An arc of text (a badge's rim) is not judged."""
    import numpy as np

    from ..layout.checks import placed_glyphs, text_extents

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
            lines = [
                (n, glyphs, pictures_under(before, ink))
                for n, (ink, (_, glyphs)) in enumerate(
                    zip(text_extents(item, clip=True), placed_glyphs(item, clip=True), strict=True),
                    1,
                )
            ]
            lines = [(n, glyphs, under) for n, glyphs, under in lines if under and glyphs]
            if not lines:
                continue
            need = needed_contrast(item.text.size, weights.get(item.slot) == "bold")
            pixels = underneath(p, i)
            rgb = colours[item.colour].rgb
            lost: list[tuple[int, PlacedGlyph, np.ndarray]] = []
            judged: dict[int, int] = {}  # line: its glyphs judged
            pictures: list[str] = []
            h, w = pixels.shape[0] / PIXELS_PER_MM * MM, pixels.shape[1] / PIXELS_PER_MM * MM
            for n, glyphs, under in lines:
                for glyph in glyphs:
                    left, top, right, bottom = glyph.ink
                    if right <= 0 or bottom <= 0 or left >= w or top >= h:
                        continue  # in the bleed, off the page the pixels are of
                    judged[n] = judged.get(n, 0) + 1
                    under_glyph = contrast_of(pixels[in_pixels(pixels.shape, glyph.ink)], rgb)
                    faint = under_glyph[under_glyph < need - 0.005]
                    if faint.size >= FAINT_AREA * under_glyph.size:
                        lost.append((n, glyph, faint))
                        pictures += [s for s in under if s not in pictures]
            if not lost:
                continue
            named = sorted({n for n, _, _ in lost})
            words = _quoted([(n, g) for n, g, _ in lost])
            problems.append(
                ArtContrast(
                    item.slot,
                    item.colour,
                    tuple(pictures),
                    tuple(named),
                    len(lost),
                    sum(judged[n] for n in named),
                    tuple(words[:QUOTED]),
                    max(0, len(words) - QUOTED),
                    float(np.median(np.concatenate([f for _, _, f in lost]))),
                    need,
                    item.text.size,
                )
            )
    return problems


def _quoted(lost: list[tuple[int, PlacedGlyph]]) -> list[str]:
    """What the lost glyphs set, each once, in the order of their lines and of the text: the
    word (between spaces) a glyph's characters are in; in a script written without spaces
    between words (Chinese, Japanese, Thai, Khmer, Lao, Myanmar: `_unspaced`), the lost
    characters alone with their marks (a Thai vowel above its consonant), those next to each
    other as one."""
    out: list[str] = []
    spans: dict[str, set[int]] = {}  # per paragraph text: the lost characters' positions
    order: list[tuple[int, str, int]] = []  # (line, text, position): what to quote, in order
    for n, glyph in sorted(lost, key=lambda lg: (lg[0], lg[1].cluster)):
        source, at = glyph.run.source, glyph.cluster
        start = source.rfind(" ", 0, at) + 1
        end = source.find(" ", at)
        word = source[start : len(source) if end < 0 else end].strip()
        if not any(_unspaced(ch) for ch in word):
            order.append((n, word, -1))
            continue
        while at > 0 and _joins(source[at]):
            at -= 1  # a mark's glyph: its character's
        nxt = at + 1
        while nxt < len(source) and _joins(source[nxt]):
            nxt += 1
        spans.setdefault(source, set()).update(range(at, nxt))
        order.append((n, source, at))
    done: set[tuple[str, int]] = set()
    for _, text, at in order:
        if at < 0:
            if text and text not in out:
                out.append(text)
            continue
        if (text, at) in done:
            continue
        lost_here = spans[text]
        start = at
        while start - 1 in lost_here:
            start -= 1
        end = at
        while end in lost_here:
            end += 1
        done.update((text, k) for k in range(start, end))
        if text[start:end] not in out:
            out.append(text[start:end])
    return out


def _unspaced(ch: str) -> bool:
    """Whether `ch` is of a script written without spaces between words: wide (CJK: East
    Asian Width W or F), Thai, Lao, Myanmar or Khmer (their Unicode blocks)."""
    import unicodedata

    code = ord(ch)
    return unicodedata.east_asian_width(ch) in ("W", "F") or any(
        lo <= code <= hi for lo, hi in ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
    )


def _joins(ch: str) -> bool:
    """Whether a character belongs with the one before it (a combining mark: a Thai vowel
    sign, an accent)."""
    import unicodedata

    return unicodedata.category(ch) in ("Mn", "Mc", "Me")
