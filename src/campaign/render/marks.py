"""Printer's marks outside the bleed: crop marks, registration targets, a CMYK colour bar and
the slug (job information as outlines), all in registration colour or process inks."""

from __future__ import annotations

from reportlab.lib.colors import CMYKColor
from reportlab.pdfgen.canvas import Canvas

from ..fonts import LATIN_FAMILY, FontBook, FontFace
from ..layout.document import MM, Document
from ..text.paragraph import Run, build_line, prepare
from .glyphs import draw_outlined
from .target import MARK_LENGTH, MARK_WIDTH, Target

SLUG_SIZE = 6.0  # pt


def draw_marks(canvas: Canvas, target: Target, m: float, page: Document, fonts: FontBook) -> None:
    tw, th = page.trim
    if target.marks.crop:
        draw_crop_marks(canvas, m, tw, th, page.bleed, CMYKColor(*target.registration))
    if target.marks.registration:
        draw_registration_targets(canvas, m, tw, th, page.bleed, CMYKColor(*target.registration))
    if target.marks.colour_bar:
        draw_colour_bar(canvas, m, tw, th, page.bleed, target.registration)
    if target.marks.slug and target.slug:
        draw_slug(canvas, target, m, page, fonts)


TARGET_RADIUS = 1.6 * MM  # the cross reaches 1.6 radii from the centre
BOTTOM_TARGET_AT = 0.85  # the bottom target's centre, as a share of the trim width


def draw_registration_targets(
    canvas: Canvas, m: float, tw: float, th: float, bleed: float, ink: CMYKColor
) -> None:
    """A circle with a cross on each side, outside the bleed: at mid-height on the sides, and
    above and below off-centre, clear of the colour bar and the slug."""
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(MARK_WIDTH)
    d = bleed + MARK_LENGTH / 2 + 1 * MM
    r = TARGET_RADIUS
    for cx, cy in (
        (m + tw * BOTTOM_TARGET_AT, m - d),
        (m + tw * 0.15, m + th + d),
        (m - d, m + th / 2),
        (m + tw + d, m + th / 2),
    ):
        canvas.circle(cx, cy, r, stroke=1, fill=0)
        canvas.line(cx - r * 1.6, cy, cx + r * 1.6, cy)
        canvas.line(cx, cy - r * 1.6, cx, cy + r * 1.6)


# Solid and 50 % patches of each ink and the overprints; draw_colour_bar adds a last patch at
# the press condition's ink limit (4 x 75 % = 300 % coated, 4 x 70 % = 280 % uncoated).
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
]


def draw_colour_bar(
    canvas: Canvas,
    m: float,
    tw: float,
    th: float,
    bleed: float,
    limit: tuple[float, float, float, float],
) -> None:
    """CMYK control patches above the top edge, outside the bleed, centred on the trim; the
    last is the ink limit (`limit`, the registration colour)."""
    patches = [*COLOUR_BAR, limit]
    size = min(4 * MM, (tw - 2 * MM) / len(patches))
    x = m + (tw - size * len(patches)) / 2
    y = m + th + bleed + 1 * MM
    for c, mg, yl, k in patches:
        canvas.setFillColor(CMYKColor(c, mg, yl, k))
        canvas.rect(x, y, size, size, stroke=0, fill=1)
        x += size


def draw_crop_marks(
    canvas: Canvas, m: float, tw: float, th: float, bleed: float, ink: CMYKColor
) -> None:
    canvas.setStrokeColor(ink)
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
    line_width = 0.0
    gap = _width(SLUG_SEPARATOR, size, face)
    for f in fields:
        # a line's width as the sum of its fields' and separators' (each measured once per
        # process: most fields repeat from document to document); kerning across a separator
        # is left out, which only ever errs by a fraction of a point
        w = _width(f, size, face)
        if lines and line_width + gap + w <= width:
            lines[-1] += SLUG_SEPARATOR + f
            line_width += gap + w
        else:
            lines.append(f)
            line_width = w
    return [_set(line, size, face) for line in lines]


# (text, size, face key) -> runs. Small: the slug's last line carries the document's build
# hash, new for every record of a merge, and a line's runs are about 10 KB (at 1,024 lines a
# merge's workers grew by about 10 MB each over their first 2,000 records); the lines that
# repeat (material, language, trim, press condition) are set again at most once per MAX_LINES.
_LINES: dict[tuple[str, float, str], tuple[Run, ...]] = {}
MAX_LINES = 64


def _set(line: str, size: float, face: FontFace) -> list[Run]:
    """One slug line set in `face`, once per process (a merge's records share their slug)."""
    key = (line, size, face.key)
    if key not in _LINES:
        if len(_LINES) >= MAX_LINES:
            _LINES.clear()
        p = prepare(line, "en", False, [face])
        _LINES[key] = tuple(build_line(p, 0, len(line), size)[0])
    return list(_LINES[key])


# (text, size, face key) -> width, pt; started afresh past MAX_WIDTHS (a merge adds about one
# field a record: the event's id), so a long merge's workers stop growing early
_WIDTHS: dict[tuple[str, float, str], float] = {}
MAX_WIDTHS = 512


def _width(text: str, size: float, face: FontFace) -> float:
    key = (text, size, face.key)
    if key not in _WIDTHS:
        if len(_WIDTHS) > MAX_WIDTHS:
            _WIDTHS.clear()
        p = prepare(text, "en", False, [face])
        _WIDTHS[key] = build_line(p, 0, len(text), size)[1]
    return _WIDTHS[key]


def draw_slug(canvas: Canvas, target: Target, m: float, page: Document, fonts: FontBook) -> None:
    """Job information below the trim, between the crop marks, as outlines (it is not page
    content), left of the bottom registration target when there is one. Narrow pages get a
    smaller size and several lines; fields that still do not fit the margin are left out from
    the end."""
    width = page.trim[0] - 2 * MM
    if target.marks.registration:  # keep clear of the bottom registration target
        width = page.trim[0] * BOTTOM_TARGET_AT - TARGET_RADIUS * 1.6 - 3 * MM
    room = m - page.bleed - 2 * MM
    size, text = SLUG_SIZE, target.slug
    lines = slug_lines(text, width, size, fonts)
    if len(lines) > 1:
        size = SLUG_SIZE * 0.8
        lines = slug_lines(text, width, size, fonts)
    fit = max(1, int(room // (size * 1.2)))
    canvas.setFillColor(CMYKColor(*target.registration))
    y = m - page.bleed - 1 * MM - size
    for runs in lines[:fit]:
        draw_outlined(canvas, runs, m + 1 * MM, y, size)
        y -= size * 1.2
