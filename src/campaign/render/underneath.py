"""What lies under a text, drawn: the items of a page before it but texts, as the digital PDF
draws them (sRGB, the colours' `rgb`, images through their ICC profiles), as pixels at
colours.art.PIXELS_PER_MM. The colour.contrast-art check judges a text over a picture on
them, and the image.logo-contrast check a logo drawn alone (`Underneath.alone`) on what
lies under it (pipeline.compose)."""

from __future__ import annotations

import io
import math
from collections import OrderedDict
from dataclasses import dataclass, field, replace
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

        below = tuple(
            i
            for i in self.doc.pages[page].items[:upto]
            if not isinstance(i, TextItem | ArcTextItem)
        )
        key = self._key(below)
        if key is not None and key in _DRAWN:  # another language's, or a variant's, page
            _DRAWN.move_to_end(key)
            self._pages[page] = (len(below), _DRAWN[key].copy())
            return self._pages[page][1]
        done, pixels = self._pages.get(page, (0, None))  # the items drawn: below[:done]
        if pixels is None or len(below) < done:
            pixels = np.full((*self._pixels_shape(), 3), 255, dtype=np.uint8)
            done = 0
        drawn: list[Item] = []
        for item in below[done:]:
            if isinstance(item, ImageItem):
                self._over(pixels, drawn, page)
                drawn = []
                self._image(pixels, item)
            else:
                drawn.append(item)
        self._over(pixels, drawn, page)
        self._pages[page] = (len(below), pixels)
        if key is not None and pixels.nbytes <= DRAWN_BYTES:
            _DRAWN[key] = pixels.copy()
            while sum(a.nbytes for a in _DRAWN.values()) > DRAWN_BYTES:
                _DRAWN.popitem(last=False)
        return pixels

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
        crop = (left / scale, (h - bottom) / scale, (w - right) / scale, top / scale)
        layer = self._layer([item], page, crop)
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

    def _over(self, pixels: np.ndarray, items: list[Item], page: int) -> None:
        """`items` drawn by PDFium on a transparent page, laid over `pixels`."""
        if not items:
            return
        layer = self._layer(items, page)
        h, w = min(layer.shape[0], pixels.shape[0]), min(layer.shape[1], pixels.shape[1])
        _composite(pixels[:h, :w], layer[:h, :w])

    def _layer(
        self,
        items: list[Item],
        page: int,
        crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
    ) -> np.ndarray:
        """`items` drawn by PDFium on a transparent page: its RGBA pixels (uint8), less
        `crop` (pt cut off at the left, bottom, right and top)."""
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
            bitmap = drawn.render(scale=self.pixels_per_mm / MM, fill_color=(0, 0, 0, 0), crop=crop)
            layer = np.asarray(bitmap.to_pil().convert("RGBA"))
            drawn.close()
        finally:
            pdf.close()
        return layer

    def _image(self, pixels: np.ndarray, item: ImageItem) -> None:
        """An image item laid over `pixels` as `_placed` draws it."""
        placed = self._placed(item, pixels.shape[:2])
        if placed is not None:
            top, left, part = placed
            _composite(pixels[top : top + part.shape[0], left : left + part.shape[1]], part)

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
