"""Text as a 1-bit image mask: the slug's fields below the trim (job information, cut away).

A slug field drawn as glyph outlines is a few hundred path points a glyph, which every
reader parses whenever it loads the page: PDFium's load of an event flyer's page spent most
of its time on the slug's 100 or so glyphs, in the built-in preflight of every file of a
merge. As an image mask (ISO 32000-1, 8.9.6.2: a 1-bit image that paints the current fill
colour where its samples are 0) at 1,200 ppi, the resolution of line art in print, a field
is one inline image a reader skips until it draws it, and the preflight does not draw the
slug (it lies beyond the bleed). `bench/instructions.py`: 88.3 million instructions a merge
record with outlines, 80.4 with masks (fifteenth session, bench/README.md).

The glyphs are drawn by FreeType (Pillow) from the same font file, each cluster's characters
once per process, and pasted at the place HarfBuzz gave its glyph (to the nearest of the
mask's samples, 1/1,200 in), unhinted and without anti-aliasing, so a field is as wide as the
outlines were and its letters the font's own.
"""

from __future__ import annotations

import math
import unicodedata
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..recent import Recent
from ..text.paragraph import Run
from .forms import FilledForm, draw_form

if TYPE_CHECKING:
    from PIL import Image, ImageFont
    from reportlab.pdfgen.canvas import Canvas

SLUG_PPI = 1200  # samples an inch: line art's resolution in print

# (face key, font file, glyphs, x, text, size) per run -> the runs' form, once per process for
# the slug's fields that repeat from document to document (a new one on probation until it
# is drawn again, so that a field new in one file never pushes out those that repeat)
_RASTERED: Recent[tuple[object, ...], tuple[FilledForm | None]] = Recent(32, probation=16)


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


def raster_content(runs: Sequence[Run], size: float) -> FilledForm | None:
    """The glyphs of `runs` at `size` pt as a form's content: one inline image mask at
    SLUG_PPI (`q w 0 0 h x y cm BI ... EI Q`, in the form's space, pt, the runs' baseline
    at y = 0), cropped to its ink; its box is the image's. None when nothing has ink (only
    spaces). Filled in the fill colour set before the form is drawn."""
    key = tuple((r.face.key, str(r.face.path), r.glyphs, r.x, r.text) for r in runs), size
    kept = _RASTERED.get(key)
    if kept is None:
        kept = (_raster(runs, size),)
        _RASTERED.put(key, kept)
    return kept[0]


def _raster(runs: Sequence[Run], size: float) -> FilledForm | None:
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
    samples = zlib.compress(image.tobytes()).hex().upper().encode("ascii")
    w_pt, h_pt = (right - left) / s, (bottom - top) / s
    x0, y0 = (left - ascent) / s, (ascent - bottom) / s  # the image's lower left corner, pt
    content = (
        f"q {w_pt:.4f} 0 0 {h_pt:.4f} {x0:.4f} {y0:.4f} cm\n"
        f"BI /IM true /W {right - left} /H {bottom - top} /BPC 1 /F [/AHx /Fl] ID\n".encode()
        + samples
        + b">\nEI Q"
    )
    return FilledForm(content, (x0, y0, x0 + w_pt, y0 + h_pt))


def draw_rastered(canvas: Canvas, runs: Sequence[Run], x: float, y: float, size: float) -> None:
    """Draw runs as an image mask (`raster_content`) in a form of its own, named by its
    content (`forms.filled_form`: the fields that repeat from file to file are the same
    forms), with its origin at (x, y) pt, in the current fill colour."""
    form = raster_content(runs, size)
    if form is not None:
        draw_form(canvas, form, x, y)
