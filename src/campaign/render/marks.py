"""Printer's marks outside the bleed: crop marks, registration targets, a CMYK colour bar and
the slug (job information as 1-bit image masks): the marks and the slug in registration colour
(the Separation /All, `registration_ink`), the colour bar's patches in process inks."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.lib.colors import CMYKColor, CMYKColorSep
from reportlab.pdfgen.canvas import Canvas

from ..fonts import FontBook, FontFace
from ..layout.document import MM, Document
from ..model import Marks
from ..recent import Recent
from ..text.paragraph import Run, build_line, prepare
from .rastered import SLUG_PIECES, draw_rastered
from .target import (
    MARK_LENGTH,
    MARK_WIDTH,
    SLUG_EDGE,
    SLUG_PAGE,
    TARGET_RADIUS,
    TARGET_REACH,
    Target,
    mark_reach,
    slug_room,
)

SLUG_SIZE = 6.0  # pt


def draw_marks(
    canvas: Canvas, target: Target, m: float, page: Document, fonts: FontBook, index: int = 0
) -> None:
    """The marks of page `index` (0: the first) of `page`'s document: crop marks and, with
    them, its fold marks (`fold_lines`), registration targets, colour bar and slug, none on
    another: the targets kept between the crop marks and off the fold marks, the colour bar
    beside the top target (`bar_place`), the slug beside the bottom one, each mark left out
    or shortened where the trim has no room for it (`crowded`, which the kit's check
    reports at the layout's `marks:`)."""
    tw, th = page.trim
    folds = fold_lines(page, index) if target.marks.crop else ((), ())
    ink = registration_ink(target.registration_tint)
    if target.marks.crop:
        draw_crop_marks(canvas, m, tw, th, page.bleed, ink)
        draw_fold_marks(canvas, m, tw, th, page.bleed, folds, ink)
    if target.marks.registration:
        reach = mark_reach(page.trim, page.bleed, page.paper)
        draw_registration_targets(canvas, m, tw, th, page.bleed, ink, folds, reach)
    if target.marks.colour_bar:
        keep: tuple[tuple[float, float], ...] = ()
        top = target_at(TOP_TARGET_AT, tw, folds[0]) if target.marks.registration else None
        if top is not None:  # the top target, where the folds and the trim put it
            keep = ((top - TARGET_ROOM + FOLD_CLEAR, top + TARGET_ROOM - FOLD_CLEAR),)
        draw_colour_bar(canvas, m, tw, th, page.bleed, target.registration, folds[0], keep)
    if target.marks.slug and target.slug:
        draw_slug(canvas, target, m, page, fonts, folds[0])
    if target.marks.cut_contour and target.cmyk:
        draw_cut_contour(canvas, m, tw, th, target.marks.cut_radius * MM)
    if target.cut_circle and target.cmyk:
        draw_cut_circle(canvas, m + tw / 2, m + th / 2, target.cut_circle / 2)


# The registration colour: the Separation colour space's special colorant name "All", which
# paints every separation, the spot plates with the process ones (ISO 32000-1, 8.6.6.4), as
# prepress software draws printer's marks (InDesign's Registration swatch, Acrobat's printer's
# marks); its alternate, where the page is composited, is DeviceCMYK at the tint on every
# process plate (REGISTRATION_ALTERNATE at tint 1).
REGISTRATION = "All"
REGISTRATION_ALTERNATE = (1.0, 1.0, 1.0, 1.0)


def registration_ink(tint: float) -> CMYKColorSep:
    """The registration colour at `tint` (0-1, Target.registration_tint: every plate gets it)
    as reportlab's separation colour: drawn as `/All CS <tint> SCN` (`cs`/`scn` to fill),
    the colour space `[/Separation /All /DeviceCMYK <function>]` in the page's resources under
    the name /All, its tint transform (a type 4 function) giving REGISTRATION_ALTERNATE times
    the tint. The sheets draw theirs in the same space (sheets.sheet_marks.in_registration)."""
    return CMYKColorSep(*REGISTRATION_ALTERNATE, spotName=REGISTRATION, density=tint)


CUT_CONTOUR = "CutContour"  # the spot colour's name cutting plotters and RIPs look for
CUT_WIDTH = 0.25  # pt
KAPPA = 4 * (math.sqrt(2) - 1) / 3  # a quarter circle as one cubic Bézier curve


def rounded_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    """A closed rectangle with corners of radius `r` (PDF operators, pt; x, y its lower left)."""
    k = KAPPA * r
    return (
        f"{x + r:.3f} {y:.3f} m {x + w - r:.3f} {y:.3f} l "
        f"{x + w - r + k:.3f} {y:.3f} {x + w:.3f} {y + r - k:.3f} {x + w:.3f} {y + r:.3f} c "
        f"{x + w:.3f} {y + h - r:.3f} l "
        f"{x + w:.3f} {y + h - r + k:.3f} {x + w - r + k:.3f} {y + h:.3f} "
        f"{x + w - r:.3f} {y + h:.3f} c "
        f"{x + r:.3f} {y + h:.3f} l "
        f"{x + r - k:.3f} {y + h:.3f} {x:.3f} {y + h - r + k:.3f} {x:.3f} {y + h - r:.3f} c "
        f"{x:.3f} {y + r:.3f} l "
        f"{x:.3f} {y + r - k:.3f} {x + r - k:.3f} {y:.3f} {x + r:.3f} {y:.3f} c h"
    )


def circle(cx: float, cy: float, r: float) -> str:
    """A closed circle path (PDF operators, pt): four quarters, each one cubic Bézier curve."""
    k = KAPPA * r
    return (
        f"{cx + r:.3f} {cy:.3f} m "
        f"{cx + r:.3f} {cy + k:.3f} {cx + k:.3f} {cy + r:.3f} {cx:.3f} {cy + r:.3f} c "
        f"{cx - k:.3f} {cy + r:.3f} {cx - r:.3f} {cy + k:.3f} {cx - r:.3f} {cy:.3f} c "
        f"{cx - r:.3f} {cy - k:.3f} {cx - k:.3f} {cy - r:.3f} {cx:.3f} {cy - r:.3f} c "
        f"{cx + k:.3f} {cy - r:.3f} {cx + r:.3f} {cy - k:.3f} {cx + r:.3f} {cy:.3f} c h"
    )


def draw_cut_contour(canvas: Canvas, m: float, tw: float, th: float, radius: float) -> None:
    """The die line: the trim (m, m, tw x th pt) with corners of `radius` pt (at most half the
    shorter side: a size scaled down from the design keeps the design's radius where it fits),
    stroked as `draw_die_line` strokes it."""
    draw_die_line(canvas, rounded_rect(m, m, tw, th, min(radius, tw / 2, th / 2)))


def draw_cut_circle(canvas: Canvas, cx: float, cy: float, r: float) -> None:
    """A round material's die line: its cut circle (centre `cx`, `cy`, radius `r`, pt), the
    paper circle a button press takes, stroked as `draw_die_line` strokes it: the circle a
    gang sheet cuts each badge along (sheets.cuts.cut_lines), in a single badge's file."""
    draw_die_line(canvas, circle(cx, cy, r))


def draw_die_line(canvas: Canvas, path: str) -> None:
    """`path` (PDF path operators) stroked 0.25 pt in the Separation CutContour, alternate
    100 % magenta, overprinting (OP, OPM 1) so that it knocks nothing out of the art under it
    if a RIP prints it, in a `q ... Q` group of its own. The same colour and width as the
    sheets' cut lines (sheets.cuts), which drop this group from the pieces they place
    (`sheets.forms.without_die_line`) and cut with their own."""
    canvas.saveState()
    canvas._setStrokeOverprint(True)
    canvas._setOverprintMask(1)
    canvas.setStrokeColor(CMYKColorSep(0, 1, 0, 0, spotName=CUT_CONTOUR, density=1))
    canvas.setLineWidth(CUT_WIDTH)
    canvas._code.append(f"{path} S")
    canvas.restoreState()


# Fold marks: dashed lines of the crop marks' length, width and registration colour, in
# line with each fold outside the bleed at both ends. Dashed is the usual way of telling a
# fold from a cut, whose crop marks are solid (what a designer's trial asked for); we found
# no standard that fixes the dashes: 2 mm dashes, 1 mm gaps, two dashes on a 5 mm mark.
FOLD_DASH = (2 * MM, 1 * MM)
FOLD_CLEAR = 1.5 * MM  # how far the other marks and the slug keep from a fold mark


def fold_lines(page: Document, index: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Page `index`'s folds (a back's vertical folds mirrored: model.Folds.on_page), pt:
    (x of each vertical fold from the trim's left, y of each horizontal one from its top)."""
    on = page.folds_on(index)
    return tuple(x * MM for x in on.vertical), tuple(y * MM for y in on.horizontal)


def draw_fold_marks(
    canvas: Canvas,
    m: float,
    tw: float,
    th: float,
    bleed: float,
    folds: tuple[tuple[float, ...], tuple[float, ...]],
    ink: CMYKColor,
) -> None:
    """A dashed mark at both ends of each fold (`fold_lines`, pt from the trim's left and
    top), from the bleed's edge outwards, MARK_LENGTH long, as the crop marks are: never on
    the trim nor in the bleed, where it would print on the piece."""
    vertical, horizontal = folds
    if not vertical and not horizontal:
        return
    canvas.saveState()
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(MARK_WIDTH)
    canvas.setDash(list(FOLD_DASH), 0)
    for x in vertical:
        canvas.line(m + x, m + th + bleed, m + x, m + th + bleed + MARK_LENGTH)
        canvas.line(m + x, m - bleed, m + x, m - bleed - MARK_LENGTH)
    for y in horizontal:
        canvas.line(m - bleed, m + th - y, m - bleed - MARK_LENGTH, m + th - y)
        canvas.line(m + tw + bleed, m + th - y, m + tw + bleed + MARK_LENGTH, m + th - y)
    canvas.restoreState()


def clear_of(centre: float, half: float, side: float, lines: tuple[float, ...]) -> float:
    """`centre` (pt along a side `side` pt long) of a mark `half` pt each way, moved to the
    middle of the widest stretch of the side between fold `lines` (each kept FOLD_CLEAR) when
    it would lie on one; as it is when it lies on none."""
    if all(abs(centre - at) >= half + FOLD_CLEAR for at in lines):
        return centre
    cuts = sorted(lines)
    edges = [0.0, *cuts, side]
    gaps = [(b - a, (a + b) / 2) for a, b in zip(edges, edges[1:], strict=False)]
    return max(gaps)[1]


def widest_free(
    low: float, high: float, blocked: list[tuple[float, float]], later: bool = True
) -> tuple[float, float]:
    """The widest stretch of [low, high] (pt) that keeps FOLD_CLEAR from every `blocked`
    span (a fold's line: (x, x)); of two as wide, the later (`later`), else the earlier."""
    spans, at = [], low
    for a, b in sorted(blocked):
        spans.append((at, a - FOLD_CLEAR))
        at = max(at, b + FOLD_CLEAR)  # past every span so far (one may hold the next)
    spans.append((at, high))
    return max(spans, key=lambda ab: (ab[1] - ab[0], ab[0] if later else -ab[0]))


# from a target's centre to the nearest a crop mark, a fold mark or the colour bar may come:
# its reach and half its stroke, and FOLD_CLEAR
TARGET_ROOM = TARGET_REACH + MARK_WIDTH / 2 + FOLD_CLEAR
# a target's centre past the bleed where there is room: half a crop mark and 1 mm
TARGET_OFF = MARK_LENGTH / 2 + 1 * MM
BOTTOM_TARGET_AT = 0.85  # the bottom target's centre, as a share of the trim width
TOP_TARGET_AT = 0.15  # the top one's


def target_at(share: float, side: float, folds: tuple[float, ...]) -> float | None:
    """The centre (pt along a side `side` pt long) of the registration target placed at
    `share` of it, moved off the fold marks (`folds`, pt along it: `clear_of`) and in
    between the crop marks at the side's ends (TARGET_ROOM from each: on a 15 mm trim the
    top target at 15 % of it, 2.25 mm in, was drawn across the crop mark); None where the
    side has no such place: the target is left out (`crowded` says so)."""
    low, high = TARGET_ROOM, side - TARGET_ROOM
    if low > high:
        return None
    centre = min(max(clear_of(side * share, TARGET_REACH, side, folds), low), high)
    if any(abs(centre - at) < TARGET_ROOM - 1e-9 for at in folds):
        return None
    return centre


def draw_registration_targets(
    canvas: Canvas,
    m: float,
    tw: float,
    th: float,
    bleed: float,
    ink: CMYKColor,
    folds: tuple[tuple[float, ...], tuple[float, ...]] = ((), ()),
    reach: tuple[float, float] = (math.inf, math.inf),
) -> None:
    """A circle with a cross on each side, outside the bleed: at mid-height on the sides, and
    above and below off-centre, clear of the colour bar and the slug, and of the fold marks
    (`folds`, pt: a target that would lie on one moves to the middle of the widest stretch
    between them, `clear_of`; a table tent folded at half its height had its side targets on
    its fold marks), between the crop marks at the ends of its side (`target_at`: left out
    where the side has no room). Its centre TARGET_OFF past the bleed, or nearer where its
    cross would reach farther than `reach` (pt past the bleed at the sides, above and below:
    target.mark_reach, where the press prints on the sheet the file is printed on), its cross
    still outside the bleed."""
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(MARK_WIDTH)
    hw = TARGET_REACH + MARK_WIDTH / 2
    d, e = (bleed + max(hw, min(TARGET_OFF, past - hw)) for past in reach)
    r = TARGET_RADIUS
    vertical, horizontal = folds
    bottom = target_at(BOTTOM_TARGET_AT, tw, vertical)
    top = target_at(TOP_TARGET_AT, tw, vertical)
    side = target_at(0.5, th, horizontal)
    centres = [
        (m + bottom, m - e) if bottom is not None else None,
        (m + top, m + th + e) if top is not None else None,
        (m - d, m + th - side) if side is not None else None,  # folds from the top
        (m + tw + d, m + th - side) if side is not None else None,
    ]
    for cx, cy in [c for c in centres if c is not None]:
        canvas.circle(cx, cy, r, stroke=1, fill=0)
        canvas.line(cx - TARGET_REACH, cy, cx + TARGET_REACH, cy)
        canvas.line(cx, cy - TARGET_REACH, cx, cy + TARGET_REACH)


# Solid and 50 % patches of each ink and the overprints; draw_colour_bar adds a last patch at
# the press condition's ink limit (4 x 75 % = 300 % coated, 4 x 70 % = 280 % uncoated).
# In the order they are kept where the bar is shortened (`bar_place`): the solids first,
# which a press sets its ink keys by (ISO 12647-2 gives aims for each process ink's solid),
# then the 50 % tints (tone value increase, dot gain, which ISO 12647-2 gives at the 50 %
# tone), then the two-ink overprints (how one ink takes on another) and the ink limit.
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
BAR_PATCHES = len(COLOUR_BAR) + 1  # with the ink limit's
BAR_ESSENTIAL = 4  # the solids: a bar with fewer patches is left out
BAR_PATCH = 4 * MM  # a patch's size where the trim has room
# the smallest a patch is made to keep every patch where the bar is kept off a fold or the
# top target (the project's choice, no standard's: three quarters of BAR_PATCH); a narrower
# stretch gets fewer patches of this size, or the trim's own size where that is smaller
BAR_MIN_PATCH = 3 * MM
BAR_END = 1 * MM  # how far the bar keeps inside the crop marks at the trim's left and right


def bar_place(
    tw: float, folds: tuple[float, ...] = (), keep: tuple[tuple[float, ...], ...] = ()
) -> tuple[float, float, int]:
    """Where the colour bar goes above a trim `tw` pt wide: (its left edge, pt from the
    trim's left; a patch's size, pt; how many of its BAR_PATCHES it has, the first ones in
    COLOUR_BAR's order and the ink limit's last). Centred on the trim, BAR_END inside the
    crop marks, patches of BAR_PATCH or as many as the trim holds; where a vertical fold's
    mark (`folds`, pt from the trim's left) or a span of `keep` (the top registration
    target's, pt) would be within FOLD_CLEAR of it, centred on the widest stretch free of
    them all (`widest_free`), its patches smaller to fit, down to BAR_MIN_PATCH, and past
    that fewer: the last left out first (COLOUR_BAR's order). Fewer than BAR_ESSENTIAL:
    (0, 0, 0), no bar. A 50 x 180 mm bookmark's bar was drawn over its top target (a
    trial): only a fold moved it."""
    size = min(BAR_PATCH, (tw - 2 * BAR_END) / BAR_PATCHES)
    spans = [(f, f) for f in folds] + [(k[0], k[-1]) for k in keep]
    return bar_span(BAR_END, tw - BAR_END, size, spans)


def bar_span(
    low: float,
    high: float,
    size: float,
    spans: list[tuple[float, float]],
    ends: tuple[tuple[float, float], ...] = (),
) -> tuple[float, float, int]:
    """The colour bar between `low` and `high` (pt along the edge it runs on), patches of
    `size` pt: (its left edge, a patch's size, how many of BAR_PATCHES it has); centred
    when it keeps FOLD_CLEAR from every one of `spans` (a fold's mark (x, x), a target's
    reach), else on the widest stretch free of them and of `ends` (marks it keeps clear of
    only when it moves: a press sheet's column's crop marks), smaller to fit down to
    BAR_MIN_PATCH (or `size`, where smaller), then fewer, the last left out first; fewer
    than BAR_ESSENTIAL: (0, 0, 0). `bar_place` for a piece, sheets.sheet_marks for a press
    sheet, whose top target may be above its first column (a single column of pieces)."""
    n = BAR_PATCHES
    centre, half = (low + high) / 2, size * n / 2
    if all(centre + half + FOLD_CLEAR <= a or centre - half - FOLD_CLEAR >= b for a, b in spans):
        return centre - half, size, n
    a, b = widest_free(low, high, [*spans, *ends])
    least = min(size, BAR_MIN_PATCH)
    if b - a >= n * least - 1e-9:
        size = min(size, (b - a) / n)
    else:
        n = int((b - a) / least + 1e-9)
        if n < BAR_ESSENTIAL:
            return 0.0, 0.0, 0
        size = least
    return (a + b) / 2 - size * n / 2, size, n


def draw_colour_bar(
    canvas: Canvas,
    m: float,
    tw: float,
    th: float,
    bleed: float,
    limit: tuple[float, float, float, float],
    folds: tuple[float, ...] = (),
    keep: tuple[tuple[float, ...], ...] = (),
) -> None:
    """CMYK control patches above the top edge, outside the bleed, where `bar_place` puts
    them (clear of the fold marks, `folds`, and of `keep`, the top registration target's
    span, pt from the trim's left); the last patch is the ink limit (`limit`, the
    registration colour's share of each process plate). A shortened bar ends sooner: the
    ink limit goes first, then the overprints, then the 50 % tints."""
    left, size, n = bar_place(tw, folds, keep)
    patches = [*COLOUR_BAR, limit][:n]
    x = m + left
    y = m + th + bleed + 1 * MM
    for c, mg, yl, k in patches:
        canvas.setFillColor(CMYKColor(c, mg, yl, k))
        canvas.rect(x, y, size, size, stroke=0, fill=1)
        x += size


def crowded(
    trim: tuple[float, float],
    marks: Marks,
    vertical: tuple[float, ...] = (),
    horizontal: tuple[float, ...] = (),
) -> list[str]:
    """What `draw_marks` leaves out or shortens, for want of room, of the marks `marks` asks
    for on a trim (`trim`, mm) with folds (`vertical`, mm from the trim's left, also
    mirrored as a back has them; `horizontal`, mm from its top; fold marks are drawn with
    the crop marks only): "the top registration target", "the side registration targets",
    "the colour bar's last 4 patches (8 of 12 kept)", "the colour bar"... in that order,
    each once; [] where every mark has its place. The kit's check reports them at the
    layout's `marks:` (layout.marks)."""
    tw, th = trim[0] * MM, trim[1] * MM
    if not marks.crop:
        vertical, horizontal = (), ()
    faces = dict.fromkeys(
        [tuple(x * MM for x in vertical), tuple(tw - x * MM for x in vertical)]
    )  # the front's folds and a back's
    found: list[str] = []

    def add(what: str) -> None:
        if what not in found:
            found.append(what)

    for v in faces:
        top = target_at(TOP_TARGET_AT, tw, v)
        if marks.registration:
            if top is None:
                add("the top registration target")
            if target_at(BOTTOM_TARGET_AT, tw, v) is None:
                add("the bottom registration target")
            if target_at(0.5, th, tuple(y * MM for y in horizontal)) is None:
                add("the side registration targets")
        if marks.colour_bar:
            keep: tuple[tuple[float, float], ...] = ()
            if marks.registration and top is not None:
                keep = ((top - TARGET_ROOM + FOLD_CLEAR, top + TARGET_ROOM - FOLD_CLEAR),)
            shortened = bar_shortened(bar_place(tw, v, keep)[2], "the")
            if shortened:
                add(shortened)
    return found


def bar_shortened(kept: int, whose: str) -> str | None:
    """What a colour bar that keeps its first `kept` of BAR_PATCHES patches leaves out, as
    `crowded` (layout.marks) and a press sheet's check (sheet.marks) name it, `whose` ("the",
    "its") before it: "the colour bar" where it keeps none, "its colour bar's last 7 patches
    (5 of 12 kept)"; None where it is whole."""
    if kept == 0:
        return f"{whose} colour bar"
    if kept < BAR_PATCHES:
        return (
            f"{whose} colour bar's last {BAR_PATCHES - kept} patches ({kept} of {BAR_PATCHES} kept)"
        )
    return None


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


def _wrap(text: str, width: float, measure: Callable[[str], float]) -> list[list[str]]:
    """The slug's fields, line by line: a field joins the line while the line fits `width`
    pt, a field wider than the line is a line of its own (`measure`: a text's width, pt)."""
    lines: list[list[str]] = []
    line_width = 0.0
    gap = measure(SLUG_SEPARATOR)
    for f in text.split(SLUG_SEPARATOR):
        # a line's width as the sum of its fields' and separators' (each measured once per
        # process: most fields repeat from document to document); kerning across a separator
        # is left out, which only ever errs by a fraction of a point
        w = measure(f)
        if lines and line_width + gap + w <= width:
            lines[-1].append(f)
            line_width += gap + w
        else:
            lines.append([f])
            line_width = w
    return lines


SLUG_SMALL = SLUG_SIZE * 0.8  # pt: a slug that does not fit one line at SLUG_SIZE

# What each of the slug's fields tells a print shop (`slug_fields`), and the order a slug
# short of room keeps them in (`plan_slug`): which job and page it is, then its language,
# then its date (the campaign's year), then the build (its hash, whose manifest and job sheet
# give every field); the rest (trim, folded, bleed, press condition: the job sheet's too)
# come last. A rank a kind; kinds of one rank are kept in the slug's order.
# the slug's field of a file of sample data, made only to try the kit, never for print (an
# office's or campaign.yaml's `sample: true`, a merged row's `sample` cell), as the
# galleries, the job sheet and the sheets' slugs (sheets.slugs.sample_field) say it: first,
# and kept on the smallest piece's slug (SLUG_RANKS)
SLUG_SAMPLE = "SAMPLE DATA"
# the field of a document that prints a draft translation's texts (fingerprint.draft_texts),
# after its language's code
SLUG_DRAFT = "DRAFT"
SLUG_RANKS = {
    "sample": 0,
    "office": 0,
    "job": 0,
    "event": 0,
    "page": 0,
    "language": 1,
    "draft": 1,
    "texts": 1,
    "date": 2,
    "hash": 3,
    "other": 4,
}
SLUG_NAMES = {  # as the kit's check names a field left out (layout.marks)
    "office": "the office",
    "job": "the material",
    "event": "the event's id",
    "page": "the page",
    "language": "the language",
    "draft": SLUG_DRAFT,
    "sample": SLUG_SAMPLE,
    "texts": "the texts printed in another language",
    "date": "the campaign's year",
    "hash": "the build hash",
}
_SIDE = re.compile(r"^(.+) \(\d+/\d+\)$")  # "front (1/2)": render.pdf names each side so
_YEAR = re.compile(r"^.* (\d{4})$")  # the campaign's name and year: its year alone


@dataclass(frozen=True)
class SlugField:
    """One field of a slug: its `text`, a shorter wording of it for a slug short of room
    (`short`: "front" for "front (1/2)", "2024" for the campaign's name and year), and its
    `kind` (SLUG_RANKS)."""

    text: str
    short: str
    kind: str


def slug_fields(text: str, varying: tuple[str, ...] = ()) -> list[SlugField]:
    """A slug's fields (`text`, fields between SLUG_SEPARATOR, as
    pipeline.renditions.print_pdf writes it: [SLUG_SAMPLE], [office], material, language,
    [DRAFT], [the texts in another language], [event], [side], trim, [folded], bleed, press
    condition, campaign and year, build hash), each with its kind: the last field is the
    build hash when it is one of `varying` or begins "build "; the fields from the first
    "trim " on are "other" but the one before the hash, the campaign's ("date"); before
    them, SLUG_SAMPLE, "DRAFT", "N/M texts in ...", "event ..." and a side ("front (1/2)")
    are known by their words, the last other one is the language and those before it the
    office and the material. A slug
    without a "trim " field (a test's) has its first field as the material and the rest as
    "other"."""
    parts = text.split(SLUG_SEPARATOR)
    last = parts[-1]
    hashed = len(parts) > 1 and (last in varying or last.startswith("build "))
    body = parts[:-1] if hashed else parts
    trim = next((i for i, f in enumerate(body) if f.startswith("trim ")), None)
    kinds: list[str] = []
    if trim is None:
        kinds = ["job"] + ["other"] * (len(body) - 1)
    else:
        head = []
        for f in body[:trim]:
            if f == SLUG_DRAFT:
                kinds.append("draft")
            elif f == SLUG_SAMPLE:
                kinds.append("sample")
            elif re.match(r"^\d+/\d+ texts in ", f):
                kinds.append("texts")
            elif f.startswith("event ") or f in varying:
                kinds.append("event")
            elif _SIDE.match(f) or f == SLUG_PAGE:
                kinds.append("page")
            else:
                kinds.append("?")
                head.append(len(kinds) - 1)
        if len(head) > 1:  # the language last; before it the material, and an office first
            kinds[head[-1]] = "language"
            kinds[head[-2]] = "job"
            for i in head[:-2]:
                kinds[i] = "office"
        elif head:
            kinds[head[0]] = "job"
        tail = ["other"] * (len(body) - trim)
        if hashed and len(tail) > 1:
            tail[-1] = "date"
        kinds += tail
    fields = []
    for f, kind in zip(body, kinds, strict=True):
        short = f
        if kind == "page" and (side := _SIDE.match(f)):
            short = side[1]
        elif kind == "date" and (year := _YEAR.match(f)):
            short = year[1]
        fields.append(SlugField(f, short, kind))
    if hashed:
        fields.append(SlugField(last, last, "hash"))
    return fields


@dataclass(frozen=True)
class SlugPlan:
    """What a slug prints (`plan_slug`): its `size` (pt), its `lines` (the fields of each, as
    drawn), whether in short wording (`short`), and what it leaves out (`left_out`: the
    kinds of SLUG_NAMES whose field is left out, in the slug's order; the job sheet's fields,
    "other", are not named)."""

    size: float
    lines: tuple[tuple[str, ...], ...]
    short: bool = False
    left_out: tuple[str, ...] = ()


def plan_slug(
    text: str,
    width: float,
    below: float,
    measure: Callable[[str, float], float],
    varying: tuple[str, ...] = (),
) -> SlugPlan:
    """The one rule of what a slug (`text`: `slug_fields`) prints in a stretch `width` pt
    wide with `below` pt of paper past the bleed (`slug_lines_fit`; `measure(field, size)`:
    a field's width at `size` pt), which draw_slug draws and the kit's check reports
    (layout.marks, kit.layouts.marks_room): the whole slug on one line at SLUG_SIZE where it
    fits (a poster); else the whole slug at SLUG_SMALL on the lines the margin holds (an A5
    flyer: two); else, on a small piece, in short wording (`SlugField.short`) at
    SLUG_SMALL on as few lines as hold its fields up to the build hash (one on a 50 x 180 mm
    bookmark; all it has where they need more), its fields kept in the order of SLUG_RANKS
    (the material and page, then the language, then the year, then the build hash, then
    the rest) while they fit, the first that does not and every one after it left out. A
    print shop's slug is job information on one line in the slug area, outside the bleed,
    in a small size (InDesign's and Acrobat's printer's marks "page information": one line
    beside the bottom left crop mark); a 50 x 180 mm bookmark's slug took two lines and left
    out its campaign, and a 22 mm wide one's three lines without its build hash, with no
    word (a trial)."""
    fields = slug_fields(text, varying)
    everything = [f.text for f in fields]

    def fits(chosen: list[str], size: float, lines: int) -> list[list[str]] | None:
        if any(measure(f, size) > width + 1e-6 for f in chosen):
            return None
        wrapped = _wrap(SLUG_SEPARATOR.join(chosen), width, lambda f: measure(f, size))
        return wrapped if len(wrapped) <= lines and chosen else None

    whole = fits(everything, SLUG_SIZE, 1)
    if whole is not None:
        return SlugPlan(SLUG_SIZE, tuple(tuple(line) for line in whole))
    room = slug_lines_fit(below, SLUG_SMALL)
    wrapped = fits(everything, SLUG_SMALL, room)
    if wrapped is not None:
        return SlugPlan(SLUG_SMALL, tuple(tuple(line) for line in wrapped))
    order = sorted(range(len(fields)), key=lambda i: SLUG_RANKS[fields[i].kind])

    def chosen(keep: set[int]) -> list[str]:
        return [fields[i].short for i in sorted(keep)]

    needed = {i for i, f in enumerate(fields) if SLUG_RANKS[f.kind] < SLUG_RANKS["other"]}
    lines = next((n for n in range(1, room) if fits(chosen(needed), SLUG_SMALL, n)), room)
    keep: set[int] = set()
    drawn: list[list[str]] = []  # the kept fields' lines
    for i in order:
        wrapped = fits(chosen(keep | {i}), SLUG_SMALL, lines)
        if wrapped is None:
            break
        keep.add(i)
        drawn = wrapped
    left = dict.fromkeys(
        f.kind for i, f in enumerate(fields) if i not in keep and f.kind in SLUG_NAMES
    )
    return SlugPlan(SLUG_SMALL, tuple(tuple(line) for line in drawn), True, tuple(left))


# the short build hash's hex digits (pipeline.fingerprint.build_hash), for `sample_slug`
SAMPLE_HASH_DIGITS = 10


def event_field(event: str) -> str:
    """A merged event's slug field: its id after "event " (one of the slug's varying fields,
    drawn a character at a time, as the build hash is)."""
    return f"event {event}"


def sample_slug(
    material: str,
    trim: tuple[float, float],
    bleed: float,
    folded: bool,
    side: str,
    width_of: Callable[[str, float], float],
    who: tuple[str, str] = ("", "en"),
    sample: bool = False,
    draft: bool = False,
    event: str = "",
) -> tuple[str, tuple[str, ...]]:
    """A slug as a build writes one for `material` (pipeline.renditions.print_pdf; `trim`,
    `bleed`, mm; `side`: a two-sided piece's page, "front (1/2)", else ""), and its varying
    fields: of the office and in the language `who` names (an office's id, "" for none; a
    language's code), beginning with SLUG_SAMPLE where it is of `sample` data (an office's
    or campaign.yaml's `sample: true`, a merged row's `sample` cell: serve.described.
    sample_data), with SLUG_DRAFT after the language where it prints a `draft`
    translation's texts and a merged `event`'s field (its id: `event_field`) where it has
    one, without a press condition, the campaign as its year alone, the build hash of
    SAMPLE_HASH_DIGITS of the widest hex digit (`width_of`, at SLUG_SMALL). Every field
    `plan_slug` keeps before the rest is as wide as a real slug's of that office, language,
    draft and event or wider, and every other field narrower or left out: what plan_slug
    leaves out of it of SLUG_NAMES is what it leaves out of such a piece's slug (the
    field of the texts printed in another language may take more)."""
    widest = max("0123456789abcdef", key=lambda c: width_of(c, SLUG_SMALL))
    digit = max("0123456789", key=lambda c: width_of(c, SLUG_SMALL))
    build = "build " + widest * SAMPLE_HASH_DIGITS
    office, lang = who
    merged = (event_field(event),) if event else ()
    fields = [
        *([SLUG_SAMPLE] if sample else []),
        *([office] if office else []),
        material,
        lang,
        *([SLUG_DRAFT] if draft else []),
        *merged,
        *([side] if side else []),
        f"trim {trim[0]:g} x {trim[1]:g} mm",
        *(["folded"] if folded else []),
        f"bleed {bleed:g} mm",
        digit * 4,
        build,
    ]
    return SLUG_SEPARATOR.join(fields), (build, *merged)


def slug_left_out(
    material: str,
    trim: tuple[float, float],
    bleed: float,
    marks: Marks,
    vertical: tuple[float, ...],
    sides: tuple[str, ...],
    width_of: Callable[[str, float], float],
    folded: bool = False,
    who: tuple[str, str] = ("", "en"),
    sample: bool = False,
    draft: bool = False,
    event: str = "",
    paper: str | None = None,
) -> tuple[str, ...]:
    """What the slug of a piece (`sample_slug`; `trim`, `bleed`, mm; its folds `vertical`,
    mm from the trim's left, also mirrored as a back or a right-to-left page has them; the
    names of its pages `sides`, one for a one-sided piece; `folded`: it says so; `who`: the
    office's id, "" for none, and the language's code it is printed for; `sample`: it is
    of sample data, its slug beginning SLUG_SAMPLE; `draft`: it prints a draft's texts,
    SLUG_DRAFT after its language; `event`: a merged event's id; `paper`: the paper family
    it is made on, Document.paper, whose press sheet its room below is on) leaves out
    for want of room (`plan_slug` in `slug_span`, as draw_slug draws it): the kinds of
    SLUG_NAMES, of any of its pages, in SLUG_RANKS' order; ("slug",) where a page's slug
    keeps nothing. () where it keeps them all, or has none (`marks.slug`)."""
    if not marks.slug:
        return ()
    tw = trim[0] * MM
    below = slug_room((trim[0] * MM, trim[1] * MM), bleed * MM, paper)  # as draw_slug has it
    front = tuple(x * MM for x in vertical)
    faces = dict.fromkeys([front, tuple(tw - x for x in front)]) if marks.crop else {(): None}
    found: dict[str, None] = {}
    for n, name in enumerate(sides):
        side = f"{name} ({n + 1}/{len(sides)})" if len(sides) > 1 else ""
        text, varying = sample_slug(
            material, trim, bleed, folded, side, width_of, who, sample, draft, event
        )
        measure = slug_measure(width_of, varying)
        for folds in faces:
            start, end = slug_span(tw, marks, folds)
            plan = plan_slug(text, end - start, below, measure, varying)
            if not plan.lines:
                found["slug"] = None
            found.update(dict.fromkeys(plan.left_out))
    if "slug" in found:  # nothing of it on a page: the whole slug
        return ("slug",)
    return tuple(sorted(found, key=list(SLUG_RANKS).index))


# (text, size, face key) -> the text set in the face (runs) and its width, pt, for the most
# recently used fields and pieces: a merge's slug fields repeat from record to record, and its
# build hash is set as its label and single digits, which repeat too. A new text is on
# probation (recent.Recent) until it is set again (draw_slug sets each piece once a slug), so
# that a text new in one file never pushes out the ones that repeat. The probation part holds
# more pieces than one slug sets (SLUG_PIECES): with 16 places, an A5 flyer's slug (about 30
# pieces at each of two sizes, as it wraps) pushed every piece out before the next record
# set it again, and nothing was ever kept (0 of 9,384 found in a merge of 300 flyers;
# bench/README.md, eighteenth session).
_SET: Recent[tuple[str, float, str], tuple[tuple[Run, ...], float]] = Recent(
    2 * SLUG_PIECES, probation=SLUG_PIECES
)


def _setting(text: str, size: float, face: FontFace) -> tuple[tuple[Run, ...], float]:
    key = (text, size, face.key)
    found = _SET.get(key)
    if found is None:
        runs, width = build_line(prepare(text, "en", False, [face]), 0, len(text), size)
        found = (tuple(runs), width)
        _SET.put(key, found)
    return found


def slug_pieces(field: str, varying: tuple[str, ...] = ()) -> list[str]:
    """A slug's field as draw_slug draws it: whole, or one of `varying` (the build hash) as
    its label (up to its last space) and then a character at a time."""
    if field not in varying:
        return [field]
    label, space, rest = field.rpartition(" ")
    return ([label + space] if space else []) + list(rest)


def slug_measure(
    width_of: Callable[[str, float], float], varying: tuple[str, ...] = ()
) -> Callable[[str, float], float]:
    """A slug field's width as drawn (pt), at a size (pt): the sum of its pieces'
    (`slug_pieces`), each `width_of(piece, size)` (the slug's face: `_setting`). The one
    measure of draw_slug and of the kit's check (layout.marks: kit.layouts.marks_room)."""

    def measure(field: str, size: float) -> float:
        return sum(width_of(piece, size) for piece in slug_pieces(field, varying))

    return measure


def slug_width_in(face: FontFace) -> Callable[[str, float], float]:
    """A piece of a slug's width (pt) set in `face` at a size (pt), as draw_slug sets it."""
    return lambda piece, size: _setting(piece, size, face)[1]


def draw_slug(
    canvas: Canvas,
    target: Target,
    m: float,
    page: Document,
    fonts: FontBook,
    folds: tuple[float, ...] = (),
) -> None:
    """Job information below the trim, between the crop marks, as image masks (it is not page
    content), where `slug_span` puts it (left of the bottom registration target when there is
    one), as `plan_slug` sets it: narrow pages get a smaller size and several lines, small
    pieces one line in short wording, their fields by priority (the material and page, the
    language, the year, the build hash), what is left out said by the kit's check
    (layout.marks, `slug_left_out`). Each field and separator is drawn on
    its own (`draw_rastered`: an image mask each), at the sum of the widths before it: the
    fields that repeat from document to document (all but the build hash in a merge) are the
    same images in every file. A field
    of `target.slug_varying` (the build hash, new in every document) is drawn as its label
    and then a character at a time: its images repeat too (16 hex digits), where one of the
    whole field was new in each file, drawn, deflated and parsed in preflight again (a merge
    of 200 records takes about 0.9 of the time it took with one form for the whole field;
    bench/README.md, eleventh session)."""
    face = fonts.slug_face()
    target = replace(target, slug=slug_text(target.slug, face))
    start, end = slug_span(page.trim[0], target.marks, folds)
    settings: dict[tuple[str, float], tuple[tuple[Run, ...], float]] = {}  # this slug's

    def setting(piece: str, size: float) -> tuple[tuple[Run, ...], float]:
        if (piece, size) not in settings:
            settings[piece, size] = _setting(piece, size, face)
        return settings[piece, size]

    varying = target.slug_varying
    measure = slug_measure(lambda piece, size: setting(piece, size)[1], varying)
    below = min(m - page.bleed, slug_room(page.trim, page.bleed, page.paper))  # the media's too
    plan = plan_slug(target.slug, end - start, below, measure, varying)
    size = plan.size
    canvas.setFillColor(registration_ink(target.registration_tint))
    y = m - page.bleed - SLUG_GAP - size
    for fields in plan.lines:
        x = m + start
        for n, f in enumerate(fields):
            if n:
                runs, gap = setting(SLUG_SEPARATOR, size)
                draw_rastered(canvas, runs, x, y, size)
                x += gap
            for piece in slug_pieces(f, varying):
                runs, w = setting(piece, size)
                draw_rastered(canvas, runs, x, y, size)
                x += w
        y -= size * 1.2


SLUG_GAP = 1 * MM  # from the bleed's edge to the top of the slug's first line (its size)
# the share of the slug's size its letters reach below the baseline: Noto Sans's descender
# (293 of 1,000 units, its hhea table) and more, for the slug's face (fonts.slug_face)
SLUG_DESCENT = 0.3


def slug_lines_fit(below: float, size: float) -> int:
    """How many slug lines at `size` pt (each 1.2 sizes below the last, the first SLUG_GAP
    below the bleed) fit in `below` pt, the paper past the bleed, with the last one's
    descenders (SLUG_DESCENT) at least SLUG_EDGE inside the media's edge; at least 1 (a
    slug is never left out whole: a print file with marks has MARKS_NEED past its bleed
    where the press prints, room for a line at 6 pt, and MARK_LENGTH + SLUG_ROOM past it
    where its press sheet has room, render.target.slug_room: three lines at 4.8 pt)."""
    last = below - SLUG_GAP - SLUG_EDGE - size * (1 + SLUG_DESCENT)  # the last baseline's room
    return max(1, 1 + int(last / (size * 1.2) + 1e-9))


def slug_span(tw: float, marks: Marks, folds: tuple[float, ...] = ()) -> tuple[float, float]:
    """Where the slug goes below a trim `tw` pt wide with `marks` (pt from the trim's left:
    its start and end): 1 mm inside the crop marks, left of the bottom registration target
    (`target_at`) with 2 mm between them, or right of it where a fold moved it left of the
    middle, and on the widest stretch no fold's mark (`folds`, pt) crosses (`slug_stretch`).
    draw_slug draws there; the kit's check measures the same (layout.marks)."""
    start, end = 1 * MM, tw - 1 * MM
    centre = target_at(BOTTOM_TARGET_AT, tw, folds)
    if marks.registration and centre is not None:  # clear of the bottom target
        if centre > tw / 2:  # right of the slug, as it was: the slug ends before it
            end = min(end, centre - TARGET_REACH - 2 * MM)
        else:  # moved left of the middle by a fold: the slug begins after it
            start = centre + TARGET_REACH + 2 * MM
    return slug_stretch(start, end, folds)


def slug_stretch(start: float, end: float, folds: tuple[float, ...]) -> tuple[float, float]:
    """The widest stretch of [start, end] (pt from the trim's left) that no vertical fold's
    mark (`folds`, pt) crosses, each kept FOLD_CLEAR: the slug goes there and wraps to its
    width (an A4 card folded in two has its slug under one half, not across the fold mark)."""
    inside = [(f, f) for f in folds if start < f < end]
    return widest_free(start, end, inside, later=False)  # of two as wide, the first


def slug_text(text: str, face: FontFace) -> str:
    """The slug's text as the slug's face sets it: composed (NFC), each character the face
    lacks as '?'. The slug is job information in one face; a campaign named in Arabic in
    campaign.yaml stopped every print job with a missing glyph."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c if c.isspace() or face.covers(ord(c)) else "?" for c in text)
