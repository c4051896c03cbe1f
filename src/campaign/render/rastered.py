"""Text as a 1-bit image mask: the slug's fields below the trim (job information, cut away).

A slug field drawn as glyph outlines is a few hundred path points a glyph, which every
reader parses whenever it loads the page: PDFium's load of an event flyer's page spent most
of its time on the slug's 100 or so glyphs, in the built-in preflight of every file of a
merge. As an image mask (ISO 32000-1, 8.9.6.2: a 1-bit image that paints the current fill
colour where its samples are 0) at 1,200 ppi, the resolution of line art in print, a field
is an image a reader decodes only when it draws it, and the preflight does not draw the
slug (it lies beyond the bleed). `bench/instructions.py`: 88.3 million instructions a merge
record with outlines, 80.4 with masks (fifteenth session, bench/README.md).

Each mask is an image XObject of its own, placed with `q w 0 0 h x y cm /Name Do Q`: as an
inline image in a form XObject (the fifteenth session's way), PDFium parsed every field's
form and read through its image at each page load, 0.31 of an event flyer's 0.49 ms there;
an image XObject is a name until it is drawn (0.18 ms the page; eighteenth session).

The glyphs are drawn by FreeType (Pillow) from the same font file, each cluster's characters
once per process, and pasted at the place HarfBuzz gave its glyph (to the nearest of the
mask's samples, 1/1,200 in), unhinted and without anti-aliasing, so a field is as wide as the
outlines were and its letters the font's own.
"""

from __future__ import annotations

import math
import unicodedata
import zlib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream, xObjectName

from ..recent import Recent
from ..text.paragraph import Run
from .forms import CachedStream, content_name

if TYPE_CHECKING:
    from PIL import Image, ImageFont
    from reportlab.pdfgen.canvas import Canvas

SLUG_PPI = 1200  # samples an inch: line art's resolution in print
# more pieces than one slug sets (an A5 flyer's: about 30 at each of two sizes), for the
# probation parts of the caches of its pieces (here and render.marks)
SLUG_PIECES = 128


@dataclass(frozen=True)
class Mask:
    """Text as a 1-bit image mask: `samples` deflated (rows of `width` samples top down, 1
    bit each, a row padded to whole bytes; 0 paints), `width` x `height` samples, drawn on
    `box` (left, bottom, right, top, pt, from the text's origin on its baseline: 1/SLUG_PPI
    in a sample)."""

    samples: bytes
    width: int
    height: int
    box: tuple[float, float, float, float]

    @cached_property
    def name(self) -> str:
        """Its name in a document: a digest of its samples and size (the same mask has the
        same name in every file)."""
        return content_name("Mask", self.samples, b"%d %d" % (self.width, self.height))

    @property
    def matrix(self) -> tuple[float, float, float, float]:
        """(width, height, left, bottom), pt, as written: the image's unit square scaled and
        moved onto `box` (ISO 32000-1, 8.3.4)."""
        left, bottom, right, top = self.box
        return (right - left, top - bottom, left, bottom)


class _MaskObject(CachedStream):
    """A Mask as an image XObject of a reportlab document, its bytes made once per process
    (a merge's slug fields are the same masks in every record)."""

    # a mask -> its object's bytes, for the most recently used; a new one on probation until
    # it is used again
    cache: Recent[Hashable, bytes] = Recent(128, probation=64)

    def __init__(self, mask: Mask) -> None:
        super().__init__(mask)
        self.mask = mask

    def _stream(self) -> PDFStream:
        entries = {
            "Type": PDFName("XObject"),
            "Subtype": PDFName("Image"),
            "ImageMask": "true",
            "Width": self.mask.width,
            "Height": self.mask.height,
            "BitsPerComponent": 1,
            "Filter": PDFName("FlateDecode"),  # a name: deflated here, not by reportlab
        }
        return PDFStream(PDFDictionary(entries), self.mask.samples)


# (face key, font file, glyphs, x, text, size) per run -> the runs' mask, once per process for
# the slug's fields that repeat from document to document (a new one on probation until it
# is drawn again, so that a field new in one file never pushes out those that repeat). The
# probation part holds more than one slug's pieces.
_RASTERED: Recent[tuple[object, ...], tuple[Mask | None]] = Recent(
    2 * SLUG_PIECES, probation=SLUG_PIECES
)


@lru_cache(maxsize=8)
def _font(path: Path, pixels: int, marks: bool = False) -> ImageFont.FreeTypeFont:
    """The font at `pixels` to the em: Pillow's basic layout (one glyph a character, the
    font's advances), or for a cluster with combining marks (`marks`) Raqm's, which places
    them with HarfBuzz, where Pillow has it (it needs FriBiDi on the system)."""
    from PIL import ImageFont, features

    raqm = marks and features.check("raqm")
    layout = ImageFont.Layout.RAQM if raqm else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), size=pixels, layout_engine=layout)


@lru_cache(maxsize=1024)
def _glyph(path: Path, pixels: int, chars: str) -> tuple[Image.Image, int, int] | None:
    """A cluster's characters drawn by FreeType at `pixels` to the em, unhinted, without
    anti-aliasing, as a mask (255 where ink), with its top left corner from the baseline's
    start; None when it has no ink. Composed first (NFC: Vietnamese written with combining
    accents is one character a letter), and a cluster that still has marks is laid out by
    Raqm (`_font`): drawn a character at a time, a mark fell beside its letter. Kept per
    process: a field new in a file (a language's code, a material's id) is pasted from
    glyphs drawn before."""
    from PIL import Image, ImageDraw

    chars = unicodedata.normalize("NFC", chars)  # a letter and its accents, one character
    font = _font(path, pixels, any(unicodedata.combining(c) for c in chars))
    left, top, right, bottom = (int(v) for v in font.getbbox(chars, anchor="ls"))
    if right <= left or bottom <= top:
        return None
    mask = Image.new("L", (right - left, bottom - top), 0)
    draw = ImageDraw.Draw(mask)
    draw.fontmode = "1"  # no anti-aliasing: a 1-bit mask
    draw.text((-left, -top), chars, font=font, anchor="ls", fill=255)
    return mask, left, top


def raster_mask(runs: Sequence[Run], size: float) -> Mask | None:
    """The glyphs of `runs` at `size` pt as an image mask at SLUG_PPI, cropped to its ink,
    placed from the runs' origin on their baseline; None when nothing has ink (only
    spaces). Kept per process (`_RASTERED`)."""
    key = tuple((r.face.key, str(r.face.path), r.glyphs, r.x, r.text) for r in runs), size
    kept = _RASTERED.get(key)
    if kept is None:
        kept = (_raster(runs, size),)
        _RASTERED.put(key, kept)
    return kept[0]


def _raster(runs: Sequence[Run], size: float) -> Mask | None:
    from PIL import Image, ImageChops

    if not runs:
        return None
    s = SLUG_PPI / 72  # pixels a point
    pixels = round(size * s)
    ascent, descent = _font(runs[0].face.path, pixels).getmetrics()
    width = max(r.x + r.width for r in runs)
    image = Image.new("1", (math.ceil(width * s) + 2 * ascent, ascent + descent), 1)
    for run in runs:
        scale = size / run.face.upem
        pen = run.x
        glyphs = run.glyphs
        placed: list[tuple[float, float, str]] = []  # (x, y offset, characters), pt
        for i, g in enumerate(glyphs):
            end = glyphs[i + 1].cluster if i + 1 < len(glyphs) else run.end
            chars = run.source[g.cluster : max(end, g.cluster + 1)]
            if placed and not run.rtl and all(unicodedata.combining(c) for c in chars):
                x, y, base = placed[-1]  # a mark in a cluster of its own: with its letter
                placed[-1] = (x, y, base + chars)
            else:
                placed.append((pen + g.x_offset * scale, g.y_offset * scale, chars))
            pen += g.x_advance * scale
        for x, y, chars in placed:
            drawn = _glyph(run.face.path, pixels, chars) if chars.strip() else None
            if drawn is not None:
                mask, left, top = drawn
                at = (round(x * s) + ascent + left, round(ascent - y * s) + top)
                image.paste(0, at, mask)
    ink = ImageChops.invert(image.convert("L")).getbbox()
    if ink is None:
        return None
    left, top, right, bottom = ink
    image = image.crop(ink)
    # the box to 0.0001 pt: the same mask is placed alike in every file
    x0, y0 = round((left - ascent) / s, 4), round((ascent - bottom) / s, 4)
    x1, y1 = round(x0 + (right - left) / s, 4), round(y0 + (bottom - top) / s, 4)
    return Mask(zlib.compress(image.tobytes()), right - left, bottom - top, (x0, y0, x1, y1))


def draw_rastered(canvas: Canvas, runs: Sequence[Run], x: float, y: float, size: float) -> None:
    """Draw runs as an image mask (`raster_mask`, an image XObject named by its samples: the
    fields that repeat from file to file are the same objects) with the runs' origin at
    (x, y) pt, in the current fill colour: `q w 0 0 h x y cm /Name Do Q`."""
    mask = raster_mask(runs, size)
    if mask is None:
        return
    doc = canvas._doc
    if not doc.hasForm(mask.name):  # reportlab keeps every XObject as a "form"
        doc.addForm(mask.name, _MaskObject(mask))
    w, h, left, bottom = mask.matrix
    # canvas.saveState(), transform(w, 0, 0, h, x + left, y + bottom), doForm(mask.name) and
    # restoreState() as the operators they write (reportlab joins a page's code with line
    # feeds): the same bytes without copying the canvas's state to the stack and back, 37
    # times an event flyer (its slug's pieces)
    matrix = fp_str(w, 0, 0, h, x + left, y + bottom)
    canvas._code.append(f"q\n{matrix} cm\n/{xObjectName(mask.name)} Do\nQ")
    canvas._formsinuse.append(mask.name)
