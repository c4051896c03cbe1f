"""Draw a composed Page with reportlab.

Print: the page is trim + bleed + a slug margin; TrimBox and BleedBox are set; crop marks are
drawn by us in registration colour outside the bleed (reportlab's cropMarks distort the art);
colours are the brand CMYK values. Screen: the page is the trim, colours are sRGB, no marks.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ..fonts import LATIN_FAMILY, FontBook
from ..layout.page import (
    MM,
    ArcTextItem,
    Box,
    HeartsItem,
    Page,
    QrItem,
    ShapeItem,
    SvgItem,
    TextItem,
)
from ..model import Colour
from ..text.paragraph import BlockStyle, build_line, prepare
from .art import draw_hearts, draw_qr, draw_svg, pdf_box
from .colour import REGISTRATION, Palette
from .glyphs import draw_outlined, draw_run, ttfont

rl_config.useA85 = 0
rl_config.invariant = 1

MARK_LENGTH = 5 * MM
MARK_WIDTH = 0.25
SLUG_SIZE = 6.0


@dataclass(frozen=True)
class Target:
    """What to draw for: print (CMYK, bleed, marks) or screen (sRGB, trim only)."""

    cmyk: bool = True
    bleed: bool = True
    marks: bool = True
    slug: str = ""

    def margin(self, page: Page) -> float:
        """Distance from the media edge to the trim, pt."""
        if not self.bleed:
            return 0.0
        return page.bleed + (MARK_LENGTH + 5 * MM if self.marks else 0.0)


def draw_pdf(
    page: Page,
    colours: dict[str, Colour],
    fonts: FontBook,
    target: Target,
    convert: Callable[[tuple[float, float, float]], object],
    title: str,
) -> bytes:
    tw, th = page.trim
    m = target.margin(page)
    width, height = tw + 2 * m, th + 2 * m
    latin = fonts.face(LATIN_FAMILY, "regular")
    ttfont(latin)
    rl_config.defaultGraphicsFontName = latin.key  # renderPDF's initial font: ours, embedded
    buf = io.BytesIO()
    canvas = Canvas(
        buf,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        initialFontName=latin.key,
        initialFontSize=10,
    )
    canvas.setTitle(title)
    canvas.setAuthor("Blue Heart campaign kit")
    canvas.setSubject(f"{page.title} ({page.lang})")
    canvas.setCreator("Blue Heart campaign kit")
    palette = Palette(colours, target.cmyk)
    if target.bleed:
        b = page.bleed
        canvas.setTrimBox((m, m, m + tw, m + th))
        canvas.setBleedBox((m - b, m - b, m + tw + b, m + th + b))
        canvas.setArtBox((m, m, m + tw, m + th))
    for item in page.items:
        draw_item(canvas, item, m, m + th, palette, convert)
    if target.bleed and target.marks:
        draw_crop_marks(canvas, m, tw, th, page.bleed)
        if target.slug:
            draw_slug(canvas, target.slug, m, page, fonts)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def draw_item(
    canvas: Canvas,
    item: object,
    ox: float,
    top: float,
    palette: Palette,
    convert: Callable[[tuple[float, float, float]], object],
) -> None:
    if isinstance(item, ShapeItem):
        draw_shape(canvas, item, pdf_box(item.box, ox, top), palette)
    elif isinstance(item, TextItem):
        draw_text(canvas, item, ox, top, palette)
    elif isinstance(item, ArcTextItem):
        draw_arc_text(canvas, item, ox, top, palette)
    elif isinstance(item, SvgItem):
        draw_svg(canvas, item, pdf_box(item.box, ox, top), palette, convert)
    elif isinstance(item, QrItem):
        draw_qr(canvas, item, pdf_box(item.box, ox, top), palette)
    elif isinstance(item, HeartsItem):
        draw_hearts(canvas, item, pdf_box(item.box, ox, top), palette)
    else:
        raise AssertionError(f"cannot draw {type(item).__name__}")


def draw_shape(
    canvas: Canvas, item: ShapeItem, box: tuple[float, float, float, float], palette: Palette
) -> None:
    x, y, w, h = box
    fill, stroke = item.fill is not None, item.stroke is not None and item.stroke_width > 0
    if fill:
        canvas.setFillColor(palette(item.fill))  # type: ignore[arg-type]
    if stroke:
        canvas.setStrokeColor(palette(item.stroke))  # type: ignore[arg-type]
        canvas.setLineWidth(item.stroke_width)
    if item.shape == "circle":
        canvas.circle(x + w / 2, y + h / 2, min(w, h) / 2, stroke=int(stroke), fill=int(fill))
    elif item.radius > 0:
        canvas.roundRect(x, y, w, h, item.radius, stroke=int(stroke), fill=int(fill))
    else:
        canvas.rect(x, y, w, h, stroke=int(stroke), fill=int(fill))


def draw_text(canvas: Canvas, item: TextItem, ox: float, top: float, palette: Palette) -> None:
    canvas.setFillColor(palette(item.colour))
    size = item.text.size
    left = ox + item.box.x
    y_top = top - item.box.y - item.top
    for line in item.text.lines:
        base = y_top - line.baseline
        for run in line.runs:
            draw_run(canvas, run, left + line.x + run.x, base, size)


def draw_arc_text(
    canvas: Canvas, item: ArcTextItem, ox: float, top: float, palette: Palette
) -> None:
    """Each glyph upright on a circle: along the bottom reading left to right with tops towards
    the centre, along the top with tops outwards."""
    canvas.setFillColor(palette(item.colour))
    cx, cy = ox + item.cx, top - item.cy
    total = item.line.width
    for run in item.line.runs:
        x = run.x
        for g in run.glyphs:
            adv = g.x_advance / run.face.upem * item.size
            mid = x + adv / 2 - total / 2  # arc length from the middle of the text
            theta = mid / item.radius
            if item.side == "bottom":
                ang = -math.pi / 2 + theta
                rot = math.degrees(ang) + 90
            else:
                ang = math.pi / 2 - theta
                rot = math.degrees(ang) - 90
            px, py = cx + item.radius * math.cos(ang), cy + item.radius * math.sin(ang)
            canvas.saveState()
            canvas.translate(px, py)
            canvas.rotate(rot)
            single = replace(run, x=0.0, glyphs=(g,), width=adv)
            draw_run(canvas, single, -adv / 2, 0, item.size)
            canvas.restoreState()
            x += adv


def draw_crop_marks(canvas: Canvas, m: float, tw: float, th: float, bleed: float) -> None:
    canvas.setStrokeColor(REGISTRATION)
    canvas.setLineWidth(MARK_WIDTH)
    for cx, cy, sx, sy in (
        (m, m, -1, -1),
        (m + tw, m, 1, -1),
        (m, m + th, -1, 1),
        (m + tw, m + th, 1, 1),
    ):
        canvas.line(cx + sx * bleed, cy, cx + sx * (bleed + MARK_LENGTH), cy)
        canvas.line(cx, cy + sy * bleed, cx, cy + sy * (bleed + MARK_LENGTH))


def draw_slug(canvas: Canvas, text: str, m: float, page: Page, fonts: FontBook) -> None:
    """Job information under the bottom-left crop mark, as outlines (it is not page content)."""
    face = fonts.face(LATIN_FAMILY, "regular")
    p = prepare(text, "en", False, [face])
    runs, _ = build_line(p, 0, len(text), SLUG_SIZE)
    canvas.setFillColor(REGISTRATION)
    x = m + page.bleed + MARK_LENGTH + 2 * MM
    y = m - page.bleed - SLUG_SIZE - 1 * MM
    draw_outlined(canvas, runs, x, y, SLUG_SIZE)
    _ = BlockStyle  # slug uses a single line; no block layout


def box_to_pdf(box: Box, m: float, th: float) -> tuple[float, float, float, float]:
    return pdf_box(box, m, m + th)
