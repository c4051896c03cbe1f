"""What lies under a text, drawn: the items of a page before it but texts, as the digital PDF
draws them (sRGB, the colours' `rgb`, images through their ICC profiles), as pixels at
colours.art.PIXELS_PER_MM. The colour.contrast-art check judges a text over a picture on
them, and the image.logo-contrast check a logo drawn alone (`Underneath.alone`) on what
lies under it (pipeline.compose)."""

from __future__ import annotations

import hashlib
import io
import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..layout.document import MM, ArcTextItem, Document, ImageItem, Item, SvgItem, TextItem
from ..model import Colour
from .items import Resources
from .pdf import draw_pdf
from .target import NO_MARKS, Target

if TYPE_CHECKING:
    import numpy as np

    from ..fonts import FontBook


# The pages under texts drawn last in this process, by what they are drawn from
# (Underneath._key): the same page's items under a poster's texts in 26 languages, and in
# each variant `check` lays out, are drawn once. Kept up to DRAWN_BYTES: an A3 page is
# 6 MB at 4 pixels a mm, an A1 page 24 MB.
DRAWN_BYTES = 64 * 2**20
_DRAWN: OrderedDict[tuple[object, ...], np.ndarray] = OrderedDict()


def _no_press(rgb: tuple[float, float, float]) -> object:
    raise AssertionError("an sRGB drawing converts no colour to a press's CMYK")


@dataclass
class Underneath:
    """The pixels under the texts of one document (`doc`), drawn with `colours` and `fonts`
    (and `icc`, the press profile the digital PDF is drawn with too: Target.icc): a call
    (page index, the text's index among the page's items) gives the whole page as drawn
    under it, an array (height x width x 3, uint8 sRGB) at `pixels_per_mm`, the trim's
    top-left corner its first pixel; a later call of the page may change it in place.

    A page is drawn once, in its items' order, each text's call taking it on from the last
    one's: the shapes and SVG art between two texts drawn by PDFium onto a transparent page
    and laid over it (alpha compositing, as PDF's Normal blend), an image pasted at its frame
    at the pixels' resolution (render.images.prepared's proxy: Target.proxy_ppi). A photo
    under a poster's texts in 28 languages took 9 GB and 43 s of a `check` drawn whole for
    each text (a designer's trial)."""

    doc: Document
    colours: dict[str, Colour]
    fonts: FontBook
    pixels_per_mm: float
    icc: Path  # the press profile, as the digital PDF's Target has it (images need it)
    resources: Resources = field(default_factory=Resources)
    # by page: how many of its items but texts are drawn, and the pixels they make
    _pages: dict[int, tuple[int, np.ndarray]] = field(default_factory=dict)

    def __call__(self, page: int, upto: int) -> np.ndarray:
        import numpy as np

        below = self._below(page, upto)
        key = self._key(below)
        if key is not None and key in _DRAWN:  # another language's, or a variant's, page
            _DRAWN.move_to_end(key)
            self._pages[page] = (len(below), _DRAWN[key].copy())
            return self._pages[page][1]
        done, pixels = self._pages.get(page, (0, None))  # the items drawn: below[:done]
        if pixels is None or len(below) < done:
            pixels = np.full((*self._pixels_shape(), 3), 255, dtype=np.uint8)
            done = 0
        self._draw(pixels, below[done:], page)
        self._pages[page] = (len(below), pixels)
        if key is not None:
            _keep(key, pixels)
        return pixels

    def region(
        self, page: int, upto: int, rows: tuple[int, int], cols: tuple[int, int]
    ) -> np.ndarray:
        """What `self(page, upto)` gives within `rows` (first, after the last) and `cols` of
        the page's pixels, drawn there alone: the items but texts before item `upto`, each run
        of shapes and art rendered by PDFium over the region only, an image cut to it (the
        box of a logo on an A1 page: a whole page is 2376 x 3364 pixels and 24 MB). Not
        drawn on from one call to the next: a copy of its own, kept with the pages drawn."""
        import numpy as np

        top, bottom = rows
        left, right = cols
        below = self._below(page, upto)
        key = self._key(below)
        key = None if key is None else (*key, rows, cols)
        if key is not None and key in _DRAWN:
            _DRAWN.move_to_end(key)
            return _DRAWN[key].copy()
        pixels = np.full((bottom - top, right - left, 3), 255, dtype=np.uint8)
        self._draw(pixels, below, page, (top, left))
        if key is not None:
            _keep(key, pixels)
        return pixels

    def under_key(self, page: int, upto: int) -> tuple[object, ...] | None:
        """What the pixels under item `upto` of `page` are drawn from (`_key`: equal keys,
        equal pixels, in any document of this process); None where that cannot be said."""
        return self._key(self._below(page, upto))

    def alone_key(self, page: int, index: int) -> tuple[object, ...] | None:
        """What `alone(page, index)` is drawn from: the item as placed (its file by its
        bytes, not its name: the same logo given by every row of a merge under a name of its
        own), the trim it is cut to, the colours, the profile and the resolution; None where
        the file cannot be read (drawing it says so)."""
        item = self.doc.pages[page].items[index]
        if not isinstance(item, ImageItem | SvgItem):
            return None
        try:
            st = item.asset.stat()
        except OSError:
            return None
        digest = _digest(item.asset, st.st_mtime_ns, st.st_size)
        if digest is None:
            return None
        placed = replace(item, slot="", asset=Path(), background=None)
        colours = tuple((name, c.rgb) for name, c in self.colours.items())
        return (placed, digest, self.doc.trim, colours, self.icc, self.pixels_per_mm)

    def _below(self, page: int, upto: int) -> tuple[Item, ...]:
        """The items of `page` before item `upto` but texts: what is drawn under it."""
        return tuple(
            i
            for i in self.doc.pages[page].items[:upto]
            if not isinstance(i, TextItem | ArcTextItem)
        )

    def _key(self, below: tuple[Item, ...]) -> tuple[object, ...] | None:
        """What the pixels under a text are drawn from: the items, their files as they are
        now (a designer's art saved again while the preview runs), the trim, the colours, the
        profile and the resolution (None where an item cannot be a key, or a file is gone)."""
        colours = tuple((name, c.rgb) for name, c in self.colours.items())
        files = []
        for item in below:
            asset = getattr(item, "asset", None)
            if isinstance(asset, Path):
                try:
                    st = asset.stat()
                except OSError:
                    return None
                files.append((st.st_mtime_ns, st.st_size))
        key = (self.doc.trim, below, tuple(files), colours, self.icc, self.pixels_per_mm)
        try:
            hash(key)
        except TypeError:
            return None
        return key

    def alone(self, page: int, index: int) -> tuple[int, int, np.ndarray] | None:
        """Item `index` of page `page` drawn by itself, with its transparency (an image not
        flattened onto its `background:`, an SVG logo without the box of that colour under
        its art), as the page's pixels would have it: (top row, left column, RGBA pixels h x
        w x 4 uint8, not premultiplied) of the box of its pixels that are not wholly
        transparent, within the page; None where none is. What a logo shows of itself on
        the page under it (colours.logos)."""
        item = self.doc.pages[page].items[index]
        if not isinstance(item, ImageItem | SvgItem):
            return None  # an image or SVG art alone: what a logo is
        item = replace(item, background=None)
        if isinstance(item, ImageItem):
            return self._placed(item, self._pixels_shape())
        # drawn in its box's pixels alone (a whole A1 page drawn for a 48 mm logo took
        # most of a document's checks)
        h, w = self._pixels_shape()
        scale = self.pixels_per_mm / MM
        b = item.box
        top, left = max(math.floor(b.y * scale), 0), max(math.floor(b.x * scale), 0)
        bottom, right = (
            min(math.ceil((b.y + b.h) * scale), h),
            min(math.ceil((b.x + b.w) * scale), w),
        )
        if bottom <= top or right <= left:
            return None
        layer = self._layer([item], page, (top, left, bottom, right))
        inked = _inked(layer[..., 3])
        if inked is None:
            return None
        y0, y1, x0, x1 = inked
        return top + y0, left + x0, layer[y0:y1, x0:x1]

    def _pixels_shape(self) -> tuple[int, int]:
        """The height and width of a page's pixels: its trim at `pixels_per_mm`."""
        tw, th = self.doc.trim
        scale = self.pixels_per_mm / MM
        return round(th * scale), round(tw * scale)

    def _draw(
        self, pixels: np.ndarray, items: Sequence[Item], page: int, at: tuple[int, int] = (0, 0)
    ) -> None:
        """`items` laid over `pixels` (the page's from row and column `at` on) in their order:
        each run of shapes and art drawn by PDFium at once, each image pasted."""
        drawn: list[Item] = []
        for item in items:
            if isinstance(item, ImageItem):
                self._over(pixels, drawn, page, at)
                drawn = []
                self._image(pixels, item, at)
            else:
                drawn.append(item)
        self._over(pixels, drawn, page, at)

    def _over(
        self, pixels: np.ndarray, items: list[Item], page: int, at: tuple[int, int] = (0, 0)
    ) -> None:
        """`items` drawn by PDFium on a transparent page, laid over `pixels`: the page's
        pixels from row and column `at` on (the whole page, or a region of it)."""
        if not items:
            return
        top, left = at
        region = (top, left, top + pixels.shape[0], left + pixels.shape[1])
        layer = self._layer(items, page, region)
        h, w = min(layer.shape[0], pixels.shape[0]), min(layer.shape[1], pixels.shape[1])
        _composite(pixels[:h, :w], layer[:h, :w])

    def _layer(self, items: list[Item], page: int, region: tuple[int, int, int, int]) -> np.ndarray:
        """`items` drawn by PDFium on a transparent page: the RGBA pixels (uint8) of `region`
        of the page's (top, left, bottom, right), the page drawn where it is and cut there."""
        import numpy as np
        import pypdfium2 as pdfium

        one = replace(self.doc.pages[page], items=tuple(items), tags={})
        target = Target(cmyk=False, bleed=False, marks=NO_MARKS, icc=self.icc)
        data = draw_pdf(
            replace(self.doc, pages=(one,)),
            self.colours,
            self.fonts,
            target,
            _no_press,
            "",
            self.resources,
        )
        pdf = pdfium.PdfDocument(data)
        try:
            drawn = pdf[0]
            scale = self.pixels_per_mm / MM
            crop = _crop(region, drawn, scale)
            bitmap = drawn.render(scale=scale, fill_color=(0, 0, 0, 0), crop=crop)
            layer = np.asarray(bitmap.to_pil().convert("RGBA"))
            drawn.close()
        finally:
            pdf.close()
        return layer

    def _image(self, pixels: np.ndarray, item: ImageItem, at: tuple[int, int] = (0, 0)) -> None:
        """An image item laid over `pixels` (the page's from row and column `at` on) as
        `_placed` draws it on the page: its part within them."""
        placed = self._placed(item, self._pixels_shape())
        if placed is None:
            return
        y, x, part = placed
        top, left = at
        y0, x0 = max(y, top), max(x, left)
        y1, x1 = (
            min(y + part.shape[0], top + pixels.shape[0]),
            min(x + part.shape[1], left + pixels.shape[1]),
        )
        if y1 > y0 and x1 > x0:
            _composite(
                pixels[y0 - top : y1 - top, x0 - left : x1 - left],
                part[y0 - y : y1 - y, x0 - x : x1 - x],
            )

    def _placed(
        self, item: ImageItem, shape: tuple[int, ...]
    ) -> tuple[int, int, np.ndarray] | None:
        """An image item as draw_image draws it on screen (its shown part, through its ICC
        profile, flattened onto its `background` or with its transparency), scaled to its
        frame at the pixels' resolution: (top row, left column, RGBA pixels) of its part
        within pixels of `shape` (height, width); None where none is, or the file is gone
        since the kit was read (drawing it says so)."""
        import numpy as np
        from PIL import Image

        from .images import prepared

        scale = self.pixels_per_mm / MM
        box = item.box
        ground = self.colours[item.background].rgb if item.background else None
        try:
            st = item.asset.stat()
        except OSError:
            return None
        image = prepared(
            item.asset,
            item.crop,
            box.w,
            False,
            self.icc,
            "perceptual",
            ground,
            None,
            self.pixels_per_mm * 25.4,
            (st.st_mtime_ns, st.st_size),
        )
        size = (max(1, round(box.w * scale)), max(1, round(box.h * scale)))
        with Image.open(io.BytesIO(image.data)) as im:
            layer = im.convert("RGBA").resize(size, Image.Resampling.BILINEAR)
        x0, y0 = round(box.x * scale), round(box.y * scale)
        h, w = shape[0], shape[1]
        left, top = max(x0, 0), max(y0, 0)
        right, bottom = min(x0 + size[0], w), min(y0 + size[1], h)
        if right <= left or bottom <= top:
            return None
        return top, left, np.asarray(layer)[top - y0 : bottom - y0, left - x0 : right - x0]


def _composite(under: np.ndarray, over: np.ndarray) -> None:
    """`over` (h x w x 4, uint8 RGBA, not premultiplied) laid over `under` (h x w x 3, uint8),
    in place: PDF's Normal blend of an opaque backdrop, within the box of `over`'s pixels
    that are not wholly transparent (a band drawn on a page: its own rows alone)."""
    import numpy as np

    alpha = over[..., 3]
    inked = _inked(alpha)
    if inked is None:
        return
    y0, y1, x0, x1 = inked
    a = alpha[y0:y1, x0:x1, None].astype(np.uint16)
    mixed = over[y0:y1, x0:x1, :3] * a + under[y0:y1, x0:x1] * (255 - a) + 127
    under[y0:y1, x0:x1] = (mixed // 255).astype(np.uint8)


def _inked(alpha: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box of the pixels of `alpha` (h x w) that are not wholly transparent: (first row,
    row after the last, first column, column after the last); None when none is."""
    import numpy as np

    rows, cols = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    if rows.size == 0:
        return None
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def _crop(region: tuple[int, int, int, int], page: object, scale: float) -> tuple[float, ...]:
    """pypdfium2's `crop` (pt cut off at the left, bottom, right and top of `page`) that
    renders `region` of its pixels at `scale` (top, left, bottom, right): pypdfium2 cuts
    ceil(pt x scale) pixels, so each edge is given half a pixel short of its pixel (n / scale
    came back as n + 1 pixels for 7 % of the edges, the page drawn a pixel off)."""
    import pypdfium2 as pdfium

    assert isinstance(page, pdfium.PdfPage)
    top, left, bottom, right = region
    width = math.ceil(page.get_width() * scale)
    height = math.ceil(page.get_height() * scale)

    def pt(pixels: int) -> float:
        return (pixels - 0.5) / scale if pixels > 0 else 0.0

    return (pt(left), pt(height - bottom), pt(width - right), pt(top))


def _keep(key: tuple[object, ...], pixels: np.ndarray) -> None:
    """A copy of `pixels` kept in _DRAWN by `key`, the oldest let go past DRAWN_BYTES."""
    if pixels.nbytes > DRAWN_BYTES:
        return
    _DRAWN[key] = pixels.copy()
    while sum(a.nbytes for a in _DRAWN.values()) > DRAWN_BYTES:
        _DRAWN.popitem(last=False)


@lru_cache(maxsize=256)
def _digest(path: Path, stamp: int, size: int) -> str | None:
    """The SHA-256 of the file at `path` (as of modification time `stamp` and `size`);
    None where it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
