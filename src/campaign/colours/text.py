"""The colour.contrast errors and colour.contrast-print warnings: each text judged on the
grounds under its lines (colours.grounds, colours.tips) in its colours' `rgb` (the design,
the digital PDF and the PNGs: an error below WCAG AA) and, in a print material, as its press
prints them (each colour's `cmyk` through the press profile: a warning where only that falls
below AA, PrintContrast)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..diagnostics import listed
from ..layout.document import ArcTextItem, Document, Item, ShapeItem, TextItem
from ..model import Colour, Layout
from .grounds import PAPER, PHOTO, _edges_onto, _farthest, _ground_at, _grounds, _rgb
from .profiles import Press, printed_colours
from .tips import EM_BOX_PARTS, Tip, _em_boxed, _tips
from .wcag import _contrast, luminance, needed_contrast


@dataclass(frozen=True)
class PrintContrast:
    """A text that stands out from its ground in its colours' `rgb` (the design, the digital
    PDF, the PNGs: colour.contrast passes) and not as its print PDF prints on `press`, the
    colours' `cmyk` through its profile: the kit's accent call to act on the blue, 4.73:1
    from the rgb, prints at 3.06:1 on uncoated paper (FOGRA29). `ground` as the message
    names it; `printed` and `screen` the two ratios; `need` what WCAG AA asks for `size`."""

    slot: str
    colour: str
    ground: str
    press: Press
    printed: float
    screen: float
    need: float
    size: float
    lighter: bool = True  # the text prints lighter than its ground (white on blue)


class ContrastError(NamedTuple):
    """A text that does not stand out from its ground, as contrast_problems finds it."""

    slot: str
    message: str
    partly: bool  # only some of its lines on that ground
    edges: tuple[tuple[str, float], ...]  # where they run onto it, mm (_edges_onto)
    straddle: tuple[int, ...]  # the lines that do so
    part: str  # "descenders" or "ascenders": their glyphs' tips alone, else ""
    window: str = ""  # the ground is the photo in this window shape's slot (PHOTO)


def contrast_problems(
    doc: Document,
    layout: Layout,
    colours: dict[str, Colour],
    press: Press | None = None,
) -> tuple[list[ContrastError], list[PrintContrast]]:
    """A ContrastError (slot, message, partly, edges, straddle, part, window) for each text set
    on a ground it does not stand out from (WCAG AA) in its colours' `rgb`: the design's
    colours, which the digital PDF and the PNGs show (colour.contrast, an error); and, with
    `press` (a print material's press condition), a PrintContrast for each text that passes
    on the rgb and not as the print PDF prints it there: each brand colour's CMYK through
    the profile (printed_colours, as the soft proof shows it; SVG art's ground of a brand
    colour's rgb is printed in its CMYK too, render.items.svg). A colour's one `cmyk` prints
    duller on uncoated paper: judged as printed, the kit's accent call to act on the blue
    (4.73:1 from the rgb) failed every build of an office on FOGRA29 (3.06:1), a pair of
    campaign colours no office can change; a colour whose rgb is navy and whose CMYK prints
    a pale cyan (11.20:1 from the rgb, 1.10:1 as printed) is a PrintContrast too
    (colour.mismatch warns of the two disagreeing). Where the text fails on the rgb and
    prints otherwise, the error gives both ratios. `partly`: only some of its lines lie on
    that ground, the others on others, and the message names every line on it; `edges`:
    where those lines run onto it off an edge of their other ground, _edges_onto, each line
    measured and the farthest run at each edge given; `straddle`: the lines that do so, by
    number: a review found only the first line named and measured, and a second that ran
    farther told nothing; `part`: "descenders" or "ascenders" where those lines run onto it
    by their glyphs' tips alone, _tips, else ""), the worst of its grounds: a ground is the
    last filled shape drawn before the text under a point of a line's ink
    (layout.checks.text_extents, within the frame), or SVG art with a ground
    (svgart.svg_ground: its ground's colour, "#rrggbb"; a pale full-page SVG under white
    text passed, a designer's trial), or a QR code's background (its square), or the bare
    paper where there is none of these (white: PAPER; white text run off its band onto the
    paper, with `ground: paper`, passed: a designer's trial); text over an image or other art is
    left to colours.art (colour.contrast-art: judged on its pixels). Text wholly or partly over
    the photo a `window` shape shows (its transparent middle over the bare page: PHOTO, what
    `frame PHOTO` puts there) is an error of its own (`window`: that shape's slot), whatever its
    colour: any photo can lie under it (the window was taken for a filled shape, and white text
    set in it passed as white on blue: a designer's trial). Only the middle of the frame was
    looked at: a headline moved down ran its last line onto the light band, white on white, and
    passed (a designer's trial); nor were a line's descenders and ascenders, past its middle
    half (_tips: a headline's "g" ran 3.8 mm onto the light band and passed). An arc of text (a
    badge's rim): the middle of its baseline's arc."""
    weights = {
        s.name: getattr(getattr(s, "style", None), "weight", "regular") for s in layout.slots
    }
    pinned = {s.name for s in layout.slots if s.pin}
    judged = printed_colours(colours, press.icc) if press is not None else colours
    problems: list[ContrastError] = []
    prints: list[PrintContrast] = []
    for page in doc.pages:
        for i, item in enumerate(page.items):
            if not isinstance(item, TextItem | ArcTextItem):
                continue
            before = page.items[:i]
            found = _text_grounds(before, item)
            if item.colour not in colours:
                continue
            mirrored = doc.rtl and item.slot not in pinned
            if any(g == PHOTO for _, g in found.grounds):  # no colour to judge it on
                need = needed_contrast(found.size, weights.get(item.slot) == "bold")
                problems.append(_photo_error(item, before, found, need, mirrored))
            # each ground once: a palette colour, or SVG art's ground ("#rrggbb")
            first = {g: n for n, g in reversed(found.grounds) if _rgb(g, colours) is not None}
            if not first:
                continue
            need = needed_contrast(found.size, weights.get(item.slot) == "bold")
            screen = _worst(item.colour, first, colours, colours)
            ratio, line, ground = screen
            if ratio >= need - 0.005:
                if press is not None:  # passes on the rgb: and as printed?
                    printed = _print_contrast(item, first, colours, judged, press, need, found)
                    if printed is not None:
                        prints.append(printed)
                continue
            partly = len(first) > 1 and line > 0  # its other lines on other grounds
            judging = _Judging(colours, judged, press)
            problems.append(
                _contrast_error(item, before, found, screen, need, partly, mirrored, judging)
            )
    return problems, prints


class _OnGrounds(NamedTuple):
    """What a text lies on (_text_grounds): its `size` (pt); its `grounds`, (line, ground)
    (line 0: the whole text); its lines' ink where they were looked at one by one (`inks`,
    layout.checks.text_extents), and the grounds its glyphs' tips alone run onto (`tips`)."""

    size: float
    grounds: list[tuple[int, str]]
    inks: list[tuple[float, float, float, float]]
    tips: dict[tuple[int, str], Tip]


class _Judging(NamedTuple):
    """The colours a text is judged in: `colours` (their rgb), `judged` (as printed on
    `press`, or `colours` themselves without one)."""

    colours: dict[str, Colour]
    judged: dict[str, Colour]
    press: Press | None


def _text_grounds(before: Sequence[Item], item: TextItem | ArcTextItem) -> _OnGrounds:
    """The grounds under `item` (drawn after `before`): one shape under a text's whole frame,
    else each line's (_grounds) and its glyphs' tips' (_tips); an arc of text's, the middle
    of its baseline's arc."""
    from ..layout.checks import glyph_extents, text_extents

    inks: list[tuple[float, float, float, float]] = []
    tips: dict[tuple[int, str], Tip] = {}  # grounds under a line's glyphs' tips alone
    if isinstance(item, TextItem):
        size = item.text.size
        box = item.box
        frame = (box.x, box.y, box.x + box.w, box.y + box.h)
        whole = _grounds(before, frame, points=False)  # one shape under the frame
        if whole is None:
            inks = text_extents(item, clip=True)
            grounds = [
                (n, ground)
                for n, ink in enumerate(inks, 1)
                for ground in _grounds(before, ink) or ()
            ]
            glyphs = glyph_extents(item, clip=True)
            tips = _tips(before, inks, glyphs, size, set(grounds))
            if tips and _em_boxed(item):
                tips = {k: t._replace(part=EM_BOX_PARTS[t.part]) for k, t in tips.items()}
            grounds += list(tips)
        else:
            grounds = [(0, g) for g in whole]
    else:
        size = item.size
        under = _ground_at(before, item.cx, item.cy + item.radius)
        grounds = [(0, under)] if under is not None else []
    return _OnGrounds(size, grounds, inks, tips)


def _print_contrast(
    item: TextItem | ArcTextItem,
    first: dict[str, int],
    colours: dict[str, Colour],
    judged: dict[str, Colour],
    press: Press,
    need: float,
    found: _OnGrounds,
) -> PrintContrast | None:
    """A PrintContrast for a text that passes on its colours' rgb (`first`: its grounds, each
    with its first line) where it does not as printed on `press` (`judged`), else None."""
    printed, _, worst = _worst(item.colour, first, colours, judged)
    if printed < need - 0.005:
        rgb = _contrast(colours[item.colour].rgb, _rgb(worst, colours))
        below = _rgb(worst, colours, judged) or (1.0, 1.0, 1.0)
        lighter = luminance(judged[item.colour].rgb) > luminance(below)
        return PrintContrast(
            item.slot,
            item.colour,
            _shown(worst, colours),
            press,
            printed,
            rgb,
            need,
            found.size,
            lighter,
        )
    return None


def _contrast_error(
    item: TextItem | ArcTextItem,
    before: Sequence[Item],
    found: _OnGrounds,
    screen: tuple[float, int, str],
    need: float,
    partly: bool,
    mirrored: bool,
    judging: _Judging,
) -> ContrastError:
    """The ContrastError of a text below WCAG AA on `screen`'s ground (ratio, its first line,
    the ground), in its colours' rgb: where `partly`, every line on that ground named, each
    measured (_lines_on) and their edges' farthest runs given; with a press, the ratio as
    printed too where that differs."""
    ratio, _, ground = screen
    colours, judged, press = judging
    on = _lines_on(before, found, ground, partly, mirrored)
    both = ""
    if press is not None:  # as printed too, where that differs
        printed = _contrast(judged[item.colour].rgb, _rgb(ground, colours, judged))
        if f"{printed:.2f}" != f"{ratio:.2f}":
            both = f" ({printed:.2f}:1 as printed on {press.name}, {press.paper} paper)"
    return ContrastError(
        item.slot,
        f"{item.colour} text on {_shown(ground, colours)}{on.where} has a contrast of "
        f"{ratio:.2f}:1{both}; WCAG AA asks {need:g}:1 for {found.size:.1f} pt text",
        partly,
        on.edges,
        on.straddle,
        on.part,
    )


def _photo_error(
    item: TextItem | ArcTextItem,
    before: Sequence[Item],
    found: _OnGrounds,
    need: float,
    mirrored: bool,
) -> ContrastError:
    """The ContrastError of a text wholly or partly on the photo a `window` shape shows
    (PHOTO): any photo, so no contrast can be known (white text over the photo frame's
    window passed as white on its blue, and `frame` set it over a light photo: a
    designer's trial); where `partly` (some of it on the window's frame or elsewhere), the
    lines on the photo named and measured as a line on another ground is (_lines_on)."""
    lines = {n for n, g in found.grounds if g == PHOTO}
    partly = lines != {0} and any(g != PHOTO for _, g in found.grounds)
    on = _lines_on(before, found, PHOTO, partly, mirrored)
    window = _window_over(before, item)
    return ContrastError(
        item.slot,
        f"{item.colour} text on the user's photo (the window of slot '{window}'){on.where} "
        f"has a contrast no check can know: any photo can lie under it; WCAG AA asks "
        f"{need:g}:1 for {found.size:.1f} pt text",
        partly,
        on.edges,
        on.straddle,
        on.part,
        window,
    )


class _LinesOn(NamedTuple):
    """The lines of a text on one ground as its ContrastError tells them: `where` its message
    says it (" (its line 5 runs onto it)", or "" for the whole text), the `edges` they run
    onto it at (the farthest of each), the lines that do (`straddle`), and `part`: what of
    them is on it where that is their glyphs' tips alone ("descenders", "ascenders")."""

    where: str
    edges: tuple[tuple[str, float], ...]
    straddle: tuple[int, ...]
    part: str


def _lines_on(
    before: Sequence[Item], found: _OnGrounds, ground: str, partly: bool, mirrored: bool
) -> _LinesOn:
    """Where `partly` (its other lines on other grounds), every line of a text on `ground`
    named and each measured (_edges_onto, or its glyphs' tips'); nothing of a text wholly on
    it."""
    grounds, inks, tips = found.grounds, found.inks, found.tips
    on = sorted({n for n, g in grounds if g == ground}) if partly else []
    verb = "runs" if len(on) == 1 else "run"
    # the lines on it by their glyphs' tips alone, all descenders or all ascenders
    part = {tips[n, ground].part if (n, ground) in tips else "" for n in on}
    part_of = part.pop() if len(part) == 1 else ""
    if part_of:
        where = f" (the {part_of} of its {line_list(on)} run onto it)"
    else:
        where = f" (its {line_list(on)} {verb} onto it)" if partly else ""
    measured = [
        (
            n,
            tips[n, ground].edges
            if (n, ground) in tips
            else _edges_onto(before, inks[n - 1], ground, mirrored),
        )
        for n in on
    ]
    edges = _farthest([e for _, e in measured])
    return _LinesOn(where, edges, tuple(n for n, e in measured if e), part_of)


def _window_over(before: Sequence[Item], item: TextItem | ArcTextItem) -> str:
    """The slot of the topmost `window` shape drawn before `item` whose box meets its frame
    (an arc of text's: the point _text_grounds looks at): the window whose photo it lies
    on."""
    if isinstance(item, TextItem):
        b = item.box
        left, top, right, bottom = b.x, b.y, b.x + b.w, b.y + b.h
    else:
        left = right = item.cx
        top = bottom = item.cy + item.radius
    for under in reversed(before):
        if isinstance(under, ShapeItem) and under.shape == "window":
            u = under.box
            if u.x <= right and left <= u.x + u.w and u.y <= bottom and top <= u.y + u.h:
                return under.slot
    return "?"


def _worst(
    colour: str, grounds: dict[str, int], colours: dict[str, Colour], judged: dict[str, Colour]
) -> tuple[float, int, str]:
    """(ratio, line, ground) of the ground of `grounds` (ground: its first line) that
    `colour` stands out from least, in `judged` (`colours` as printed, or themselves)."""
    rated = [
        (_contrast(judged[colour].rgb, _rgb(g, colours, judged)), n, g) for g, n in grounds.items()
    ]
    return min(rated, key=lambda r: (r[0], r[1]))


def _shown(ground: str, colours: dict[str, Colour]) -> str:
    """A ground as a message names it: a palette colour's name, SVG art's ground, the paper."""
    if ground == PAPER:
        return "the bare paper (white)"
    return ground if ground in colours else f"the SVG art's ground {ground.upper()}"


def line_list(lines: Sequence[int]) -> str:
    """Lines by number as a message names them: "line 4", "lines 3 and 4", "lines 1, 2 and
    4"."""
    if len(lines) == 1:
        return f"line {lines[0]}"
    return "lines " + listed([str(n) for n in lines])
