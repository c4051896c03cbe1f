"""The image.logo-contrast check: a logo with transparent parts most of whose visible pixels
hardly show on what is drawn under them (in the colours' `rgb`, and as a press prints them).

The pixels come from whoever can draw (pipeline.compose, through render.underneath): this
module judges them and draws nothing."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PIL import Image

from ..diagnostics import listed
from ..layout.coverage import covers
from ..layout.document import ArcTextItem, Document, ImageItem, Item, ShapeItem, SvgItem, TextItem
from ..model import Colour, Layout
from .profiles import Press

if TYPE_CHECKING:
    import numpy as np

# Below this contrast with what lies under it a part of a logo hardly shows: WCAG 2.1's
# non-text contrast (success criterion 1.4.11) asks 3:1 of the parts of a graphic needed to
# make it out against the colours next to them. (WCAG counts a logo's own colours as
# essential, not to be changed; the ground a layout puts it on is the kit's to choose.)
# 1.5:1 let a navy logo (#00286E) on the posters' blue (#045096: 1.70:1) print all but
# invisibly, without a word (an office's trial).
FAINT_CONTRAST = 3.0

# A logo hardly shows where this share of its visible pixels (alpha over half) is faint:
# a white letter or two on a navy shape that vanishes is lost as a logo.
FAINT_SHARE = 0.8


class Drawing(Protocol):
    """A document's pages as drawn (render.underneath.Underneath): `region(page, upto, rows,
    cols)` every item before item `upto` but texts, within those rows and columns of the
    page's pixels (h x w x 3 uint8 sRGB); `alone(page, index)` one item by itself, with its
    transparency: (top, left, h x w x 4 RGBA) or None; `under_key` and `alone_key`, what
    each is drawn from (equal keys, equal pixels; None where that cannot be said)."""

    def region(
        self, page: int, upto: int, rows: tuple[int, int], cols: tuple[int, int]
    ) -> np.ndarray: ...

    def alone(self, page: int, index: int) -> tuple[int, int, np.ndarray] | None: ...

    def under_key(self, page: int, upto: int) -> Hashable | None: ...

    def alone_key(self, page: int, index: int) -> Hashable | None: ...


# The judgements of the logos judged last in this process (`_judged`): by the logo drawn alone
# (its file's bytes, its box) and what it lies on (its ground colour, or what is drawn under
# it), on screen and as printed. A merge whose rows each give a logo drew and judged it again
# for every record: 2.6 ms of CPU a record for an A5 event flyer's, 71-80 ms for an A1 event
# poster's (its photo slot's 150 x 225 mm box), 0.13 ms once judged (bench, 100 records).
# Small values: a share and a flag each.
JUDGED_COUNT = 1024
_JUDGED: OrderedDict[Hashable, tuple[float | None, bool]] = OrderedDict()


def logo_contrast_problems(
    doc: Document,
    layout: Layout,
    colours: dict[str, Colour],
    drawing: Drawing,
    printed: tuple[Press, dict[str, Colour], Drawing] | None = None,
) -> list[tuple[str, str, str]]:
    """(slot, message, what lies under it) for each logo (an image slot with `logo:`: an
    office's or a merged row's, a raster image or SVG art) with transparent parts,
    FAINT_SHARE of whose visible pixels have less than FAINT_CONTRAST with the pixels drawn
    under them (`drawing`: the colours' `rgb`, as the digital PDF and the PNGs show them):
    the slot's `background:` colour it is flattened onto, or whatever it lies on without
    one (a band, another slot's shape or art, a photo, the paper). One logo file is shown on
    every material's ground: a white one made for the posters' blue all but vanished on the
    flyer back's light ground, and a navy one on the blue (1.70:1), without a word. An opaque
    image, or art that paints its whole box (a ground of its own), is not checked. With
    `printed` (the print PDF's press, the colours as it prints them, `printed_colours`, and
    the page drawn in those), where
    the logo shows on screen, what lies under it as printed too (the logo's own pixels as
    they are: converted to print as near their sRGB as the press can), the message saying
    so: the blue prints lighter on uncoated paper (FOGRA29)."""
    logos = {s.name: str(getattr(s, "logo", "")) for s in layout.slots if getattr(s, "logo", None)}
    problems = []
    for p, page in enumerate(doc.pages):
        for i, item in enumerate(page.items):
            if not isinstance(item, ImageItem | SvgItem) or item.slot not in logos:
                continue
            if item.background is not None and item.background not in colours:
                continue  # an unknown colour: the kit's check says so
            if not _transparent(item):
                continue
            grounds = (
                _rgb(colours, item.background),
                None if printed is None else _rgb(printed[1], item.background),
            )
            share, as_printed = _judged(drawing, p, i, grounds, printed)
            if share is None or share < FAINT_SHARE:
                continue
            said = ""
            if as_printed and printed is not None:
                press = printed[0]
                said = f" as printed on {press.name} ({press.paper} paper)"
            slots, paper = _under(page.items[:i], item)
            under = [item.background] if item.background else [*["paper"] * paper, *slots]
            on = (
                f"the slot's {item.background} ground"
                if item.background
                else f"what lies under it ({_named(slots, paper)})"
            )
            problems.append(
                (
                    item.slot,
                    f"{share * 100:.0f} % of logo '{logos[item.slot]}' ({item.asset.name}) "
                    f"has less than {FAINT_CONTRAST:g}:1 contrast, WCAG's minimum for graphics "
                    f"(1.4.11), with {on}{said}: it hardly shows",
                    ", ".join(under),
                )
            )
    return problems


def _judged(
    drawing: Drawing,
    page: int,
    index: int,
    grounds: tuple[tuple[int, int, int] | None, tuple[int, int, int] | None],
    printed: tuple[Press, dict[str, Colour], Drawing] | None,
) -> tuple[float | None, bool]:
    """The faint share of logo `index` of `page` (`_faint_share`) on screen and, where it
    shows there, as `printed`; and whether that share is the printed one. `grounds`: the
    sRGB of its slot's background colour on screen and as printed (None without one: what
    is drawn under it). Judged once in a process for the same logo drawn alike on the same
    ground (`_JUDGED`)."""
    ground, printed_ground = grounds
    parts = [drawing.alone_key(page, index), ground or drawing.under_key(page, index)]
    if printed is not None:
        parts.append(printed_ground or printed[2].under_key(page, index))
    key = None if any(part is None for part in parts) else tuple(parts)
    if key is not None and key in _JUDGED:
        _JUDGED.move_to_end(key)
        return _JUDGED[key]
    judged: tuple[float | None, bool] = (None, False)
    placed = drawing.alone(page, index)  # its own pixels, on screen and in print alike
    if placed is not None:
        judged = (_faint_share(placed, drawing, page, index, ground), False)
        if printed is not None and (judged[0] is None or judged[0] < FAINT_SHARE):
            judged = (_faint_share(placed, printed[2], page, index, printed_ground), True)
    if key is not None:
        _JUDGED[key] = judged
        while len(_JUDGED) > JUDGED_COUNT:
            _JUDGED.popitem(last=False)
    return judged


def _transparent(item: ImageItem | SvgItem) -> bool:
    """Whether a logo has transparent parts where what lies under it shows: SVG art without
    a ground of its own (svgart.svg_ground), an image with an alpha channel or a transparent
    colour, some of whose pixels are transparent (a file that cannot be read: image_size
    reports that)."""
    if isinstance(item, SvgItem):
        return item.ground is None
    try:
        stamp = item.asset.stat().st_mtime_ns
    except OSError:
        return False
    return _has_transparency(item.asset, stamp)


@lru_cache(maxsize=64)
def _has_transparency(path: Path, stamp: int) -> bool:
    """Whether the image at `path` (as of modification time `stamp`) has pixels more than
    half transparent and pixels less: its alpha as drawn (`pixels.decoded`, whose pixels the
    page under a text and the PDFs of the document then draw without decoding the file
    again; transparency of any kind is an alpha channel there)."""
    from ..pixels import decoded

    try:
        im, _ = decoded(path)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return False
    if im.mode != "RGBA":
        return False
    low, high = im.getchannel("A").point(lambda a: 255 if a > 127 else 0).getextrema()
    return low == 0 and high == 255


def _rgb(colours: dict[str, Colour], name: str | None) -> tuple[int, int, int] | None:
    """The 8-bit sRGB of colour `name` of `colours`; None for none."""
    if name is None:
        return None
    r, g, b = colours[name].rgb
    return round(r * 255), round(g * 255), round(b * 255)


def _faint_share(
    placed: tuple[int, int, np.ndarray],
    drawing: Drawing,
    page: int,
    index: int,
    ground: tuple[int, int, int] | None,
) -> float | None:
    """The share of the visible pixels (alpha over half) of item `index` of `page`, drawn
    alone (`placed`: Drawing.alone's), with less than FAINT_CONTRAST with what shows around
    them: `ground`, the colour the logo is flattened onto (its slot's `background:`, which
    hides what is under its box: a QR code's modules under a logo on its background), else
    the page `drawing` draws under it; None where none of it shows."""
    import numpy as np

    from .art import relative_luminance

    top, left, logo = placed
    if ground is not None:
        under = np.empty((*logo.shape[:2], 3), dtype=np.uint8)
        under[...] = ground
    else:  # alone's box lies within the page
        rows, cols = (top, top + logo.shape[0]), (left, left + logo.shape[1])
        under = drawing.region(page, index, rows, cols)
    visible = logo[..., 3] > 127
    if not visible.any():
        return None
    a, b = relative_luminance(logo[..., :3][visible]), relative_luminance(under[visible])
    ratio = (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)
    return float(np.count_nonzero(ratio < FAINT_CONTRAST)) / int(visible.sum())


def _under(before: Sequence[Item], item: ImageItem | SvgItem) -> tuple[list[str], bool]:
    """The slots of what a logo lies on (`before`: the items drawn before it), in the order
    they are drawn: each that reaches into its box, down to one that covers all of it; and
    whether the paper shows too (none covers it all)."""
    b = item.box
    box = (b.x, b.y, b.x + b.w, b.y + b.h)
    found: list[str] = []
    for under in reversed(before):
        if isinstance(under, TextItem | ArcTextItem):
            continue
        u = under.box
        if not (u.x < box[2] and box[0] < u.x + u.w and u.y < box[3] and box[1] < u.y + u.h):
            continue
        if isinstance(under, ShapeItem) and not under.fill:
            continue  # an outline: its line alone
        if under.slot not in found:
            found.append(under.slot)
        if covers(under, box):
            return found[::-1], False
    return found[::-1], True


def _named(slots: list[str], paper: bool) -> str:
    """What a logo lies on, in words: "the paper and slots 'band' and 'photo'"."""
    names = [f"'{s}'" for s in slots]
    said = ("slot " if len(names) == 1 else "slots ") + listed(names) if names else ""
    return "the paper" + (f" and {said}" if said else "") if paper else said
