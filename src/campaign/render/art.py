"""Vector art: the heart shape, SVG assets (recoloured to the palette) and QR codes."""

from __future__ import annotations

import itertools
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Group
from reportlab.lib.colors import CMYKColor, Color
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import SvgRenderer

from ..assets import parse_svg
from ..layout.document import Box, HeartsItem, QrItem, SvgItem
from .colour import Palette


def set_drawing_defaults(cmyk: bool) -> None:
    """renderPDF starts every drawing by setting these colours: they must be in the file's own
    colour space (CMYK in print files, RGB in screen files)."""
    black = CMYKColor(0, 0, 0, 1) if cmyk else Color(0, 0, 0)
    STATE_DEFAULTS["fillColor"] = black
    STATE_DEFAULTS["strokeColor"] = black


# A heart in a unit square, y up: the bottom tip, then clockwise over both lobes.
HEART = [
    ((0.5, 0.0),),
    ((0.34, 0.16), (0.0, 0.36), (0.0, 0.66)),
    ((0.0, 0.88), (0.14, 1.0), (0.28, 1.0)),
    ((0.40, 1.0), (0.47, 0.94), (0.5, 0.84)),
    ((0.53, 0.94), (0.60, 1.0), (0.72, 1.0)),
    ((0.86, 1.0), (1.0, 0.88), (1.0, 0.66)),
    ((1.0, 0.36), (0.66, 0.16), (0.5, 0.0)),
]
HEART_RATIO = 0.9  # height / width


def heart_path(canvas: Canvas, x: float, y: float, w: float) -> object:
    """A heart path with its bottom-left corner at (x, y) (PDF coordinates), width w."""
    h = w * HEART_RATIO
    p = canvas.beginPath()
    p.moveTo(x + HEART[0][0][0] * w, y + HEART[0][0][1] * h)
    for seg in HEART[1:]:
        pts = [c for pt in seg for c in (x + pt[0] * w, y + pt[1] * h)]
        p.curveTo(*pts)
    p.close()
    return p


def draw_hearts(
    canvas: Canvas, item: HeartsItem, pdf_box: tuple[float, float, float, float], palette: Palette
) -> None:
    x, y, w, h = pdf_box
    gap_ratio = 0.18
    size = min(w / (item.count + (item.count - 1) * gap_ratio), h / HEART_RATIO)
    total = item.count * size + (item.count - 1) * gap_ratio * size
    x0 = x + (w - total) / 2
    y0 = y + (h - size * HEART_RATIO) / 2
    inset = item.outline_width / 2
    for i in range(item.count):
        filled = (item.count - 1 - i if item.rtl else i) < item.filled
        hx = x0 + i * size * (1 + gap_ratio)
        canvas.setLineWidth(item.outline_width)
        canvas.setLineJoin(1)
        if filled:
            canvas.setFillColor(palette(item.fill))
            canvas.drawPath(heart_path(canvas, hx, y0, size), stroke=0, fill=1)
        else:
            canvas.setStrokeColor(palette(item.outline))
            path = heart_path(canvas, hx + inset, y0 + inset * 1.2, size - 2 * inset)
            canvas.drawPath(path, stroke=1, fill=0)


# ---- SVG -----------------------------------------------------------------------------------

_SVG_CACHE: dict[Path, Drawing] = {}


def load_svg(path: Path) -> Drawing:
    """Parse an SVG safely (see assets.parse_svg), then svglib; once per file."""
    if path not in _SVG_CACHE:
        _SVG_CACHE[path] = SvgRenderer(str(path)).render(parse_svg(path))
    return _SVG_CACHE[path]


def _recoloured(col: Color, palette: Palette, cmyk: bool, convert: object) -> Color:
    if isinstance(col, CMYKColor):
        return col
    brand = palette.by_rgb((col.red, col.green, col.blue))
    if brand is not None:
        new = palette(brand.name)
    elif cmyk:
        new = convert((col.red, col.green, col.blue))  # type: ignore[operator]
    else:
        return col
    new.alpha = col.alpha
    return new


def _recolour(node: object, palette: Palette, cmyk: bool, convert: object) -> None:
    """Brand colours by their CMYK values; any other colour through the press profile; the
    stops of svglib's gradient shapes too."""
    for attr in ("fillColor", "strokeColor"):
        col = getattr(node, attr, None)
        if isinstance(col, Color):
            setattr(node, attr, _recoloured(col, palette, cmyk, convert))
    stops = getattr(node, "_rl_colors", None)
    if stops:
        node._rl_colors = [_recoloured(c, palette, cmyk, convert) for c in stops]  # type: ignore[attr-defined]
    for child in getattr(node, "contents", []) or []:
        _recolour(child, palette, cmyk, convert)


def draw_svg(
    canvas: Canvas,
    item: SvgItem,
    pdf_box: tuple[float, float, float, float],
    palette: Palette,
    convert: object,
) -> None:
    src = load_svg(item.asset)
    x, y, w, h = pdf_box
    scale = min(w / src.width, h / src.height)
    dw, dh = src.width * scale, src.height * scale
    dx = {"start": 0.0, "center": (w - dw) / 2, "end": w - dw}[item.align]
    group = Group(*src.contents)
    group.scale(scale, scale)
    drawing = Drawing(dw, dh)
    drawing.add(_copy_group(group))
    _recolour(drawing, palette, palette.cmyk, convert)
    renderPDF.draw(drawing, canvas, x + dx, y + (h - dh) / 2)


def _copy_group(group: Group) -> Group:
    import copy

    return copy.deepcopy(group)


# ---- QR ------------------------------------------------------------------------------------


_QR_CACHE: dict[str, list[list[bool]]] = {}


def qr_modules(url: str) -> list[list[bool]]:
    """The QR matrix (error correction M), computed once per address."""
    if url not in _QR_CACHE:
        widget = QrCodeWidget(url, barLevel="M")
        widget.qr.make()
        _QR_CACHE[url] = [[bool(v) for v in row] for row in widget.qr.modules]
    return _QR_CACHE[url]


def draw_qr(
    canvas: Canvas, item: QrItem, pdf_box: tuple[float, float, float, float], palette: Palette
) -> None:
    """A vector QR code: one filled path of horizontal runs of dark modules."""
    x, y, w, h = pdf_box
    side = min(w, h)
    x, y = x + (w - side) / 2, y + (h - side) / 2
    if item.background:
        canvas.setFillColor(palette(item.background))
        canvas.rect(x, y, side, side, stroke=0, fill=1)
    modules = qr_modules(item.url)
    module = side / (len(modules) + 2 * item.quiet)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        c = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                left = x + (c + item.quiet) * module
                top = y + side - (r + item.quiet + 1) * module
                path.rect(left, top, n * module, module)
            c += n
    canvas.setFillColor(palette(item.colour))
    canvas.drawPath(path, stroke=0, fill=1)


def pdf_box(box: Box, origin_x: float, top_y: float) -> tuple[float, float, float, float]:
    """Layout box (y down from the trim top) to PDF (x, y of the bottom-left corner, w, h)."""
    return origin_x + box.x, top_y - box.y - box.h, box.w, box.h
