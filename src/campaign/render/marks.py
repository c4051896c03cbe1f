"""Printer's marks outside the bleed: crop marks, registration targets, a CMYK colour bar and
the slug (job information as 1-bit image masks): the marks and the slug in registration colour
(the Separation /All, `registration_ink`), the colour bar's patches in process inks."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from reportlab.lib.colors import CMYKColor, CMYKColorSep
from reportlab.pdfgen.canvas import Canvas

from ..fonts import FontBook, FontFace
from ..layout.document import MM, Document
from ..model import Marks
from ..recent import Recent
from ..text.paragraph import Run, build_line, prepare
from .rastered import SLUG_PIECES, draw_rastered
from .target import MARK_LENGTH, MARK_WIDTH, SLUG_EDGE, Target

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
        draw_registration_targets(canvas, m, tw, th, page.bleed, ink, folds)
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


def draw_cut_contour(canvas: Canvas, m: float, tw: float, th: float, radius: float) -> None:
    """The die line: the trim (m, m, tw x th pt) with corners of `radius` pt (at most half the
    shorter side: a size scaled down from the design keeps the design's radius where it fits),
    stroked 0.25 pt in the Separation CutContour, alternate 100 % magenta, overprinting
    (OP, OPM 1) so that it knocks nothing out of the art under it if a RIP prints it. The
    same colour and width as the sheets' kiss cut (sheets.impose), which drops this line
    from the pieces it places (`sheets.impose.without_die_line`)."""
    canvas.saveState()
    canvas._setStrokeOverprint(True)
    canvas._setOverprintMask(1)
    canvas.setStrokeColor(CMYKColorSep(0, 1, 0, 0, spotName=CUT_CONTOUR, density=1))
    canvas.setLineWidth(CUT_WIDTH)
    canvas._code.append(f"{rounded_rect(m, m, tw, th, min(radius, tw / 2, th / 2))} S")
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


TARGET_RADIUS = 1.6 * MM
TARGET_REACH = TARGET_RADIUS * 1.6  # the cross reaches 1.6 radii from the centre
# from a target's centre to the nearest a crop mark, a fold mark or the colour bar may come:
# its reach and half its stroke, and FOLD_CLEAR
TARGET_ROOM = TARGET_REACH + MARK_WIDTH / 2 + FOLD_CLEAR
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
) -> None:
    """A circle with a cross on each side, outside the bleed: at mid-height on the sides, and
    above and below off-centre, clear of the colour bar and the slug, and of the fold marks
    (`folds`, pt: a target that would lie on one moves to the middle of the widest stretch
    between them, `clear_of`; a table tent folded at half its height had its side targets on
    its fold marks), between the crop marks at the ends of its side (`target_at`: left out
    where the side has no room)."""
    canvas.setStrokeColor(ink)
    canvas.setLineWidth(MARK_WIDTH)
    d = bleed + MARK_LENGTH / 2 + 1 * MM
    r = TARGET_RADIUS
    vertical, horizontal = folds
    bottom = target_at(BOTTOM_TARGET_AT, tw, vertical)
    top = target_at(TOP_TARGET_AT, tw, vertical)
    side = target_at(0.5, th, horizontal)
    centres = [
        (m + bottom, m - d) if bottom is not None else None,
        (m + top, m + th + d) if top is not None else None,
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
            n = bar_place(tw, v, keep)[2]
            if n == 0:
                add("the colour bar")
            elif n < BAR_PATCHES:
                add(f"the colour bar's last {BAR_PATCHES - n} patches ({n} of {BAR_PATCHES} kept)")
    return found


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


def _fitted(
    lines: list[list[str]], fit: int, width: float, measure: Callable[[str], float]
) -> list[list[str]]:
    """The slug's `lines` (`_wrap`) in at most `fit` lines: the fields between the first and
    the last are left out from the end (the campaign, the press condition, bleed, trim...
    the language last of all, which the piece shows) until they fit; the first (the
    material) and the last (the build hash, which names the build: its manifest and job
    sheet give every other field) are not. Where even those two take more than `fit` lines
    (a field a line), the lines past `fit` are cut, the build hash's among them: a slug of
    one line keeps the material alone. A 50 x 180 mm
    two-sided bookmark's third line was its build hash, and the margin held two: it was left
    out, and the print shop could not tell which build the sheet came from (a trial). A
    field wider than the stretch (`width`, pt), which would reach over the bottom
    registration target or past the crop marks, is left out first, whichever it is."""
    fields = [f for line in lines for f in line]
    if any(measure(f) > width + 1e-6 for f in fields):  # a field wider than the stretch
        fields = [f for f in fields if measure(f) <= width + 1e-6]
        if not fields:
            return []
        lines = _wrap(SLUG_SEPARATOR.join(fields), width, measure)
    while len(lines) > fit and len(fields) > 2:
        del fields[-2]
        lines = _wrap(SLUG_SEPARATOR.join(fields), width, measure)
    return lines[:fit]


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


def draw_slug(
    canvas: Canvas,
    target: Target,
    m: float,
    page: Document,
    fonts: FontBook,
    folds: tuple[float, ...] = (),
) -> None:
    """Job information below the trim, between the crop marks, as image masks (it is not page
    content), left of the bottom registration target when there is one. Narrow pages get a
    smaller size and several lines; fields that still do not fit the margin are left out from
    the end, but the last, the build hash (`_fitted`). Each field and separator is drawn on
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
    start, end = 1 * MM, page.trim[0] - 1 * MM
    centre = target_at(BOTTOM_TARGET_AT, page.trim[0], folds)
    if target.marks.registration and centre is not None:  # clear of the bottom target
        if centre > page.trim[0] / 2:  # right of the slug, as it was: the slug ends before it
            end = min(end, centre - TARGET_REACH - 2 * MM)
        else:  # moved left of the middle by a fold: the slug begins after it
            start = centre + TARGET_REACH + 2 * MM
    start, end = slug_stretch(start, end, folds)
    width = end - start
    size, text = SLUG_SIZE, target.slug
    settings: dict[tuple[str, float], tuple[tuple[Run, ...], float]] = {}  # this slug's

    def setting(piece: str) -> tuple[tuple[Run, ...], float]:
        if (piece, size) not in settings:
            settings[piece, size] = _setting(piece, size, face)
        return settings[piece, size]

    def pieces(field: str) -> list[str]:
        """A field as drawn: whole, or a varying one as its label and then its characters."""
        if field not in target.slug_varying:
            return [field]
        label, space, rest = field.rpartition(" ")
        return ([label + space] if space else []) + list(rest)

    def measure(field: str) -> float:
        return sum(setting(p)[1] for p in pieces(field))

    lines = _wrap(text, width, measure)
    if len(lines) > 1:
        size = SLUG_SIZE * 0.8
        lines = _wrap(text, width, measure)
    fit = slug_lines_fit(m - page.bleed, size)
    lines = _fitted(lines, fit, width, measure)
    canvas.setFillColor(registration_ink(target.registration_tint))
    y = m - page.bleed - SLUG_GAP - size
    for fields in lines:
        x = m + start
        for n, f in enumerate(fields):
            if n:
                runs, gap = setting(SLUG_SEPARATOR)
                draw_rastered(canvas, runs, x, y, size)
                x += gap
            for piece in pieces(f):
                runs, w = setting(piece)
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
    slug is never left out whole: the media always has MARK_LENGTH + SLUG_ROOM past the
    bleed where it has marks, Target.margin, room for three lines at 4.8 pt)."""
    last = below - SLUG_GAP - SLUG_EDGE - size * (1 + SLUG_DESCENT)  # the last baseline's room
    return max(1, 1 + int(last / (size * 1.2) + 1e-9))


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
