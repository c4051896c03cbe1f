"""Draw a composed Document with reportlab, one PDF page per page.

Print: the page is trim + bleed + a slug margin; TrimBox and BleedBox are set; crop marks are
drawn by us in registration colour outside the bleed (reportlab's cropMarks distort the art);
colours are the brand CMYK values. Screen: the page is the trim, colours are sRGB, no marks.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import CMYKColor
from reportlab.pdfgen.canvas import Canvas

from ..fonts import LATIN_FAMILY, FontBook
from ..layout.document import (
    MM,
    ArcTextItem,
    Document,
    HeartsItem,
    ImageItem,
    Page,
    QrItem,
    ShapeItem,
    SvgItem,
    TextItem,
)
from ..model import Colour, Marks
from ..text.paragraph import Run, build_line, prepare
from .art import draw_hearts, draw_qr, draw_svg, pdf_box, set_drawing_defaults
from .colour import REGISTRATION, Palette
from .glyphs import draw_outlined, draw_run, ttfont

rl_config.useA85 = 0
rl_config.invariant = 1

NO_MARKS = Marks(False, False, False, False)
MARK_LENGTH = 5 * MM
MARK_WIDTH = 0.25
SLUG_SIZE = 6.0


@dataclass(frozen=True)
class Target:
    """What to draw for: print (CMYK, bleed, marks) or screen (sRGB, trim only)."""

    cmyk: bool = True
    bleed: bool = True
    marks: Marks = Marks()
    slug: str = ""
    icc: Path | None = None  # the press profile: images are converted through it
    image_intent: str = "perceptual"
    tagged: bool = False  # digital: marked content for a structure tree, links on QR codes

    def margin(self, doc: Document) -> float:
        """Distance from the media edge to the trim, pt."""
        if not self.bleed:
            return 0.0
        return doc.bleed + (MARK_LENGTH + 5 * MM if self.marks.any else 0.0)


TAGS = {"heading": "H1", "paragraph": "P", "figure": "Figure"}


@dataclass(frozen=True)
class Tagged:
    """What the structure tree needs: per marked-content id, its tag and alternative text; and
    the addresses of the links put on the page."""

    elements: tuple[tuple[tuple[str, str | None], ...], ...]  # per page, per MCID: (tag, alt)
    links: tuple[str, ...]


def draw_pdf(
    doc: Document,
    colours: dict[str, Colour],
    fonts: FontBook,
    target: Target,
    convert: Callable[[tuple[float, float, float]], object],
    title: str,
) -> bytes:
    return draw_pdf_tagged(doc, colours, fonts, target, convert, title)[0]


def draw_pdf_tagged(
    doc: Document,
    colours: dict[str, Colour],
    fonts: FontBook,
    target: Target,
    convert: Callable[[tuple[float, float, float]], object],
    title: str,
) -> tuple[bytes, Tagged]:
    """Every page of `doc`, one PDF page each, and what the structure tree needs per page."""
    tw, th = doc.trim
    m = target.margin(doc)
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
    palette = Palette(colours, target.cmyk)
    set_drawing_defaults(target.cmyk)
    pages = []
    for page in doc.pages:
        if target.bleed:
            b = doc.bleed
            canvas.setTrimBox((m, m, m + tw, m + th))
            canvas.setBleedBox((m - b, m - b, m + tw + b, m + th + b))
            canvas.setArtBox((m, m, m + tw, m + th))
        pages.append(_draw_page(canvas, page, m, m + th, palette, convert, target))
        if target.bleed:
            draw_marks(canvas, target, m, doc, fonts)
        canvas.showPage()
    canvas.save()
    return buf.getvalue(), Tagged(
        tuple(p[0] for p in pages), tuple(url for p in pages for url in p[1])
    )


def _draw_page(
    canvas: Canvas,
    page: Page,
    m: float,
    top: float,
    palette: Palette,
    convert: Callable[[tuple[float, float, float]], object],
    target: Target,
) -> tuple[tuple[tuple[str, str | None], ...], tuple[str, ...]]:
    """One page's items; with `target.tagged`, each in marked content (MCIDs from 0 per page)
    and QR codes as links. Returns (tag, alt) per MCID and the link addresses."""
    elements: list[tuple[str, str | None]] = []
    links: list[str] = []
    for item in page.items:
        role, alt = page.tags.get(item.slot, ("artifact", None))
        if target.tagged:
            if role == "artifact":
                canvas._code.append("/Artifact BMC")
            else:
                canvas._code.append(f"/{TAGS[role]} <</MCID {len(elements)}>> BDC")
                elements.append((TAGS[role], alt))
        if isinstance(item, ImageItem):
            draw_image(canvas, item, pdf_box(item.box, m, top), palette, target)
        else:
            draw_item(canvas, item, m, top, palette, convert, spans=target.tagged)
        if target.tagged:
            canvas._code.append("EMC")
            if isinstance(item, QrItem):
                x, y, w, h = pdf_box(item.box, m, top)
                canvas.linkURL(item.url, (x, y, x + w, y + h), relative=0, thickness=0)
                links.append(item.url)
    return tuple(elements), tuple(links)


def draw_item(
    canvas: Canvas,
    item: object,
    ox: float,
    top: float,
    palette: Palette,
    convert: Callable[[tuple[float, float, float]], object],
    spans: bool = False,
) -> None:
    if isinstance(item, ShapeItem):
        draw_shape(canvas, item, pdf_box(item.box, ox, top), palette)
    elif isinstance(item, TextItem):
        draw_text(canvas, item, ox, top, palette, spans)
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


def draw_image(
    canvas: Canvas,
    item: ImageItem,
    box: tuple[float, float, float, float],
    palette: Palette,
    target: Target,
) -> None:
    from reportlab.lib.utils import ImageReader

    from .images import prepared

    assert target.icc is not None, "images need the press profile"
    ground = palette.colours[item.background].rgb if item.background else (1.0, 1.0, 1.0)
    data, alpha = prepared(
        item.asset, item.crop, box[2], palette.cmyk, target.icc, target.image_intent, ground
    )
    x, y, w, h = box
    canvas.drawImage(ImageReader(io.BytesIO(data)), x, y, w, h, mask="auto" if alpha else None)


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


OVERPRINT_MAX_PT = 12.0  # black text up to this size overprints (no white gaps on misregister)


def actual_text(text: str) -> str:
    """A marked-content span whose ActualText is `text` (UTF-16BE), for copy, search and
    screen readers: complex scripts are drawn as glyphs in visual order, some without code
    points of their own (conjuncts, contextual forms), and this gives the words back."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_text(
    canvas: Canvas, item: TextItem, ox: float, top: float, palette: Palette, spans: bool = False
) -> None:
    canvas.setFillColor(palette(item.colour))
    size = item.text.size
    overprint = palette.cmyk and palette.is_black(item.colour) and size <= OVERPRINT_MAX_PT
    if overprint:
        canvas.saveState()
        canvas.setFillOverprint(True)
        canvas.setOverprintMask(True)
    left = ox + item.box.x
    y_top = top - item.box.y - item.top
    for line in item.text.lines:
        base = y_top - line.baseline
        # right-to-left lines extract correctly from their glyphs already (viewers reorder
        # them), and PDFium would reverse an ActualText: spans only for left-to-right lines
        span = spans and bool(line.runs) and not any(r.rtl for r in line.runs)
        if span:
            first = line.runs[0]
            start = min(r.start for r in line.runs)
            end = max(r.end for r in line.runs)
            canvas._code.append(actual_text(first.source[start:end]))
        for run in line.runs:
            draw_run(canvas, run, left + line.x + run.x, base, size)
        if span:
            canvas._code.append("EMC")
    if overprint:
        canvas.restoreState()


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


def draw_marks(canvas: Canvas, target: Target, m: float, page: Document, fonts: FontBook) -> None:
    tw, th = page.trim
    if target.marks.crop:
        draw_crop_marks(canvas, m, tw, th, page.bleed)
    if target.marks.registration:
        draw_registration_targets(canvas, m, tw, th, page.bleed)
    if target.marks.colour_bar:
        draw_colour_bar(canvas, m, tw, th, page.bleed)
    if target.marks.slug and target.slug:
        draw_slug(canvas, target.slug, m, page, fonts)


def draw_registration_targets(canvas: Canvas, m: float, tw: float, th: float, bleed: float) -> None:
    """A circle with a cross on each side, outside the bleed: at mid-height on the sides, and
    above and below off-centre, clear of the colour bar and the slug."""
    canvas.setStrokeColor(REGISTRATION)
    canvas.setLineWidth(MARK_WIDTH)
    d = bleed + MARK_LENGTH / 2 + 1 * MM
    r = 1.6 * MM
    for cx, cy in (
        (m + tw * 0.85, m - d),
        (m + tw * 0.15, m + th + d),
        (m - d, m + th / 2),
        (m + tw + d, m + th / 2),
    ):
        canvas.circle(cx, cy, r, stroke=1, fill=0)
        canvas.line(cx - r * 1.6, cy, cx + r * 1.6, cy)
        canvas.line(cx, cy - r * 1.6, cx, cy + r * 1.6)


# Solid and 50 % patches of each ink, the overprints, and a 300 % patch (the ink limit).
COLOUR_BAR = [
    (1, 0, 0, 0),
    (0, 1, 0, 0),
    (0, 0, 1, 0),
    (0, 0, 0, 1),
    (0.5, 0, 0, 0),
    (0, 0.5, 0, 0),
    (0, 0, 0.5, 0),
    (0, 0, 0, 0.5),
    (1, 1, 0, 0),
    (1, 0, 1, 0),
    (0, 1, 1, 0),
    (0.75, 0.75, 0.75, 0.75),
]


def draw_colour_bar(canvas: Canvas, m: float, tw: float, th: float, bleed: float) -> None:
    """CMYK control patches above the top edge, outside the bleed, centred on the trim."""
    size = min(4 * MM, (tw - 2 * MM) / len(COLOUR_BAR))
    x = m + (tw - size * len(COLOUR_BAR)) / 2
    y = m + th + bleed + 1 * MM
    for c, mg, yl, k in COLOUR_BAR:
        canvas.setFillColor(CMYKColor(c, mg, yl, k))
        canvas.rect(x, y, size, size, stroke=0, fill=1)
        x += size


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


SLUG_SEPARATOR = "  |  "


def slug_lines(text: str, width: float, size: float, fonts: FontBook) -> list[list[Run]]:
    """The slug's fields, wrapped at the separators to the width between the crop marks."""
    face = fonts.face(LATIN_FAMILY, "regular")
    fields = text.split(SLUG_SEPARATOR)
    lines: list[str] = []
    for f in fields:
        candidate = lines[-1] + SLUG_SEPARATOR + f if lines else f
        if lines and _width(candidate, size, face) <= width:
            lines[-1] = candidate
        else:
            lines.append(f)
    out = []
    for line in lines:
        p = prepare(line, "en", False, [face])
        out.append(build_line(p, 0, len(line), size)[0])
    return out


def _width(text: str, size: float, face: object) -> float:
    p = prepare(text, "en", False, [face])  # type: ignore[list-item]
    return build_line(p, 0, len(text), size)[1]


def draw_slug(canvas: Canvas, text: str, m: float, page: Document, fonts: FontBook) -> None:
    """Job information below the trim, between the crop marks, as outlines (it is not page
    content). Narrow pages get a smaller size and several lines; fields that still do not fit
    the margin are left out from the end."""
    width = page.trim[0] - 2 * MM
    room = m - page.bleed - 2 * MM
    size = SLUG_SIZE
    lines = slug_lines(text, width, size, fonts)
    if len(lines) > 1:
        size = SLUG_SIZE * 0.8
        lines = slug_lines(text, width, size, fonts)
    fit = max(1, int(room // (size * 1.2)))
    canvas.setFillColor(REGISTRATION)
    y = m - page.bleed - 1 * MM - size
    for runs in lines[:fit]:
        draw_outlined(canvas, runs, m + 1 * MM, y, size)
        y -= size * 1.2
