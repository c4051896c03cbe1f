"""Colour truth: each brand colour's screen value (sRGB) against what its print value (CMYK)
looks like on the press, and text/background contrast.

- `delta_e2000`: the CIEDE2000 colour difference (Sharma, Wu and Dalal, "The CIEDE2000
  color-difference formula", Color Research and Application 30(1), 2005).
- `print_vs_screen`: each colour's CMYK through the press profile (relative colorimetric, as
  a soft proof) and its sRGB, both to CIELAB (D50, LittleCMS via Pillow), and their ΔE2000;
  above MAX_DELTA_E the preview and the print disagree visibly (about 5 is where a lay
  viewer sees two colours side by side as different).
- `contrast`: the WCAG 2 contrast ratio of two sRGB colours (WCAG 2.1, "contrast ratio" and
  "relative luminance"); AA asks 4.5:1 for body text and 3:1 for large text (18 pt, or 14 pt
  bold).
- `contrast_problems`: text on its ground judged on the colours' `rgb` (the design, the
  digital PDF and the PNGs: an error below AA) and, in a print material, on what its press
  prints (each colour's `cmyk` through the press profile: a warning where only that falls
  below AA, PrintContrast).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from PIL import Image, ImageCms

from . import cache
from .diagnostics import Diagnostic, Severity, listed
from .layout.coverage import covers, paints
from .layout.document import (
    MM,
    ArcTextItem,
    Document,
    ImageItem,
    Item,
    QrItem,
    ShapeItem,
    SvgItem,
    TextItem,
    ground_shape,
)
from .model import Colour, Kit, Layout

MAX_DELTA_E = 5.0
AA_BODY, AA_LARGE = 4.5, 3.0
LARGE_PT, LARGE_BOLD_PT = 18.0, 14.0


class Press(NamedTuple):
    """The press condition a print material's contrast is judged on as printed
    (pipeline.compose._press): its ICC profile's file, its name as the print PDF's
    OutputIntent gives it ("FOGRA29"), its paper ("uncoated"), and whether it is the
    campaign's own (campaign.yaml `output_profile:`), the one its colours' `rgb` are meant
    as their `cmyk` printed on (colour.mismatch)."""

    icc: Path
    name: str
    paper: str
    campaign: bool = False


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


ContrastError = tuple[str, str, bool, tuple[tuple[str, float], ...], tuple[int, ...], str]


def delta_e2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 between two CIELAB colours (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_bar = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_bar = (h1p + h2p + 360) / 2
    else:
        h_bar = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_bar - 30))
        + 0.24 * math.cos(math.radians(2 * h_bar))
        + 0.32 * math.cos(math.radians(3 * h_bar + 6))
        - 0.20 * math.cos(math.radians(4 * h_bar - 63))
    )
    d_theta = 30 * math.exp(-(((h_bar - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    sl = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    sc = 1 + 0.045 * cp_bar
    sh = 1 + 0.015 * cp_bar * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )


@lru_cache(maxsize=16)
def _to_lab(source: str, mode: str) -> ImageCms.ImageCmsTransform:
    """A transform into CIELAB (D50, relative colorimetric) from `source`: a profile's path, or
    "sRGB"; built once per process (building one costs about 20 ms)."""
    profile = (
        ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        if source == "sRGB"
        else ImageCms.getOpenProfile(source)
    )
    lab = ImageCms.createProfile("LAB", colorTemp=5000)
    return ImageCms.buildTransform(
        profile, lab, mode, "LAB", renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC
    )


def _lab(image: Image.Image, source: str) -> tuple[float, float, float]:
    out = ImageCms.applyTransform(image, _to_lab(source, image.mode))
    assert out is not None
    lightness, a, b = out.getpixel((0, 0))  # type: ignore[misc]
    return lightness / 255 * 100, a - 128, b - 128


def lab_of_cmyk(cmyk: tuple[float, float, float, float], icc: Path) -> tuple[float, float, float]:
    """CIELAB of a CMYK colour (fractions 0-1) printed under the press profile `icc`."""
    px = Image.new("CMYK", (1, 1), tuple(round(v * 255) for v in cmyk))
    return _lab(px, str(icc))


def lab_of_rgb(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIELAB of an sRGB colour (fractions 0-1)."""
    px = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
    return _lab(px, "sRGB")


def print_vs_screen(
    cmyk: tuple[float, float, float, float], rgb: tuple[float, float, float], icc: Path
) -> float:
    """ΔE2000 between a colour's print value on the press and its screen value."""
    return delta_e2000(lab_of_cmyk(cmyk, icc), lab_of_rgb(rgb))


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (fractions 0-1)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple[float, float, float], bg: tuple[float, float, float]) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def needed_contrast(size_pt: float, bold: bool) -> float:
    """WCAG AA minimum for text of this size: 3:1 when large, else 4.5:1."""
    large = size_pt >= LARGE_PT or (bold and size_pt >= LARGE_BOLD_PT)
    return AA_LARGE if large else AA_BODY


@lru_cache(maxsize=8)
def _to_srgb(icc: str) -> ImageCms.ImageCmsTransform:
    """The transform of CMYK on the press profile at `icc` to sRGB (relative colorimetric),
    built once per process and profile (about 30 ms)."""
    return ImageCms.buildTransform(
        ImageCms.getOpenProfile(icc),
        ImageCms.createProfile("sRGB"),
        "CMYK",
        "RGB",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
    )


def screen_of_cmyk(cmyk: tuple[float, float, float, float], icc: Path) -> str:
    """The sRGB hex value a CMYK colour shows as on screen (press profile -> sRGB, relative
    colorimetric): what a colour's `rgb` should be."""
    px = Image.new("CMYK", (1, 1), tuple(round(v * 255) for v in cmyk))
    out = ImageCms.applyTransform(px, _to_srgb(str(icc)))
    assert out is not None
    r, g, b = out.getpixel((0, 0))  # type: ignore[misc]
    return f"#{r:02X}{g:02X}{b:02X}"


def printed_colours(colours: dict[str, Colour], icc: Path) -> dict[str, Colour]:
    """Each brand colour with `rgb` replaced by what its CMYK prints as on the press of `icc`
    (screen_of_cmyk, sRGB fractions 0-1): the soft proof's colours (render.proof) and those
    the contrast of a print material is judged in (contrast_problems). Raises OSError or
    ImageCms.PyCMSError for a profile that cannot be read."""
    shown = _printed(tuple(c.cmyk for c in colours.values()), str(icc), cache.digest(icc))
    return {
        name: replace(c, rgb=rgb) for (name, c), rgb in zip(colours.items(), shown, strict=True)
    }


@lru_cache(maxsize=32)
def _printed(
    cmyks: tuple[tuple[float, float, float, float], ...], icc: str, digest: str
) -> tuple[tuple[float, float, float], ...]:
    """The sRGB of each CMYK colour on the press profile at `icc` (of sha256 `digest`), from
    the user's cache when this module, Pillow and the profile are those of an earlier call: a
    `check` composes every document, and building the transform costs about 30 ms."""
    import PIL

    def convert() -> tuple[tuple[float, float, float], ...]:
        hexes = [screen_of_cmyk(c, Path(icc)) for c in cmyks]
        return tuple(
            (int(h[1:3], 16) / 255, int(h[3:5], 16) / 255, int(h[5:7], 16) / 255) for h in hexes
        )

    cms = getattr(getattr(ImageCms, "core", None), "littlecms_version", "")
    code = cache.digest(Path(__file__))
    name = cache.key("printed-colours", digest, code, PIL.__version__, cms, repr(cmyks))
    return cache.pickled(f"printed-{name}", convert)


def mismatches(kit: Kit) -> list[Diagnostic]:
    """A warning for each brand colour whose screen and print values differ by more than
    MAX_DELTA_E (ΔE2000) under the campaign's press profile (`--strict`: an error)."""
    from .presses import PROFILES

    if not kit.campaign.check_colours:
        return []
    key = kit.campaign.output_profile
    icc = kit.assets_dir / PROFILES[key][0]
    out = []
    for name, colour in kit.campaign.colours.items():
        de = print_vs_screen(colour.cmyk, colour.rgb, icc)
        if de > MAX_DELTA_E:
            c, m, y, k = (round(v * 100) for v in colour.cmyk)
            out.append(
                Diagnostic(
                    "colour.mismatch",
                    f"colour '{name}': its screen value {colour.hex} and its print value "
                    f"(C {c} M {m} Y {y} K {k} on {PROFILES[key][1]}) differ by ΔE2000 "
                    f"{de:.1f}: previews and digital files will not look like the print",
                    colour.mark,
                    (
                        f"the print value shows on screen as {screen_of_cmyk(colour.cmyk, icc)}: "
                        "use that as its rgb, or correct the cmyk",
                    ),
                    Severity.WARNING,
                )
            )
    return out


def cached_mismatches(kit: Kit, code: str) -> list[Diagnostic]:
    """mismatches(kit), from the user's cache (campaign.cache) when the campaign's colours
    (with where they are written), its press profile's file and the code (`code`:
    pipeline.fingerprint.code_version) are those of an earlier call: the two colour
    transforms it builds cost 20 to 25 ms of every build's start-up on this machine kind."""
    from .presses import PROFILES

    if not kit.campaign.check_colours:
        return []
    try:
        icc = cache.digest(kit.assets_dir / PROFILES[kit.campaign.output_profile][0])
    except (OSError, KeyError):  # mismatches says nothing else about them
        return mismatches(kit)
    colours = [repr(c) for _, c in sorted(kit.campaign.colours.items())]
    name = cache.key("colour-mismatches", code, kit.campaign.output_profile, icc, *colours)
    return cache.pickled(f"colours-{name}", lambda: mismatches(kit))


def contrast_problems(
    doc: Document,
    layout: Layout,
    colours: dict[str, Colour],
    press: Press | None = None,
) -> tuple[list[ContrastError], list[PrintContrast]]:
    """(slot, message, partly, edges, straddle, part) for each text set on a ground it does not
    stand out from (WCAG AA) in its colours' `rgb`: the design's colours, which the digital
    PDF and the PNGs show (colour.contrast, an error); and, with `press` (a print material's
    press condition), a PrintContrast for each text that passes on the rgb and not as the
    print PDF prints it there: each brand colour's CMYK through the profile
    (printed_colours, as the soft proof shows it; SVG art's ground of a brand colour's rgb
    is printed in its CMYK too, render.items.svg). A colour's one `cmyk` prints duller on
    uncoated paper: judged as printed, the kit's accent call to act on the blue (4.73:1
    from the rgb) failed every build of an office on FOGRA29 (3.06:1), a pair of campaign
    colours no office can change; a colour whose rgb is navy and whose CMYK prints a pale
    cyan (11.20:1 from the rgb, 1.10:1 as printed) is a PrintContrast too (colour.mismatch
    warns of the two disagreeing). Where the text fails on the rgb and prints otherwise,
    the error gives both ratios. `partly`: only some of its lines lie
    on that ground, the others on others, and the message names every line on it; `edges`:
    where those lines run onto it off an edge of their other ground, _edges_onto, each line
    measured and the farthest run at each edge given; `straddle`: the lines that do so, by
    number: a review found only the first line named and measured, and a second that ran
    farther told nothing; `part`: "descenders" or "ascenders" where those lines run onto it
    by their glyphs' tips alone, _tips, else ""),
    the worst of its grounds: a ground is the last filled shape drawn before the text under
    a point of a line's ink (layout.checks.text_extents, within the frame), or SVG art with
    a ground (svgart.svg_ground: its ground's colour, "#rrggbb"; a pale full-page SVG under
    white text passed, a designer's trial), or a QR code's background (its square), or the
    bare paper where there is none of these (white: PAPER; white text run off its band onto
    the paper, with `ground: paper`, passed: a designer's trial); text over an image or
    other art is left alone (its ground varies). Only the middle of the frame was looked
    at: a headline moved down ran its last line onto the light band, white on white, and
    passed (a designer's trial); nor were a line's descenders and ascenders, past its
    middle half (_tips: a headline's "g" ran 3.8 mm onto the light band and passed). An arc
    of text (a badge's rim): the middle of its baseline's arc."""
    from .layout.checks import glyph_extents, text_extents

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
            inks = []
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
            if item.colour not in colours:
                continue
            # each ground once: a palette colour, or SVG art's ground ("#rrggbb")
            first = {g: n for n, g in reversed(grounds) if _rgb(g, colours) is not None}
            if not first:
                continue
            need = needed_contrast(size, weights.get(item.slot) == "bold")
            screen = _worst(item.colour, first, colours, colours)
            ratio, line, ground = screen
            if ratio >= need - 0.005:
                if press is not None:  # passes on the rgb: and as printed?
                    printed, _, worst = _worst(item.colour, first, colours, judged)
                    if printed < need - 0.005:
                        rgb = _contrast(colours[item.colour].rgb, _rgb(worst, colours))
                        below = _rgb(worst, colours, judged) or (1.0, 1.0, 1.0)
                        lighter = luminance(judged[item.colour].rgb) > luminance(below)
                        prints.append(
                            PrintContrast(
                                item.slot,
                                item.colour,
                                _shown(worst, colours),
                                press,
                                printed,
                                rgb,
                                need,
                                size,
                                lighter,
                            )
                        )
                continue
            partly = len(first) > 1 and line > 0  # its other lines on other grounds
            # every line on that ground, each measured: their edges' farthest runs
            on = sorted({n for n, g in grounds if g == ground}) if partly else []
            verb = "runs" if len(on) == 1 else "run"
            # the lines on it by their glyphs' tips alone, all descenders or all ascenders
            part = {tips[n, ground].part if (n, ground) in tips else "" for n in on}
            part_of = part.pop() if len(part) == 1 else ""
            if part_of:
                where = f" (the {part_of} of its {line_list(on)} run onto it)"
            else:
                where = f" (its {line_list(on)} {verb} onto it)" if partly else ""
            mirrored = doc.rtl and item.slot not in pinned
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
            straddle = tuple(n for n, e in measured if e)
            both = ""
            if press is not None:  # as printed too, where that differs
                printed = _contrast(judged[item.colour].rgb, _rgb(ground, colours, judged))
                if f"{printed:.2f}" != f"{ratio:.2f}":
                    both = f" ({printed:.2f}:1 as printed on {press.name}, {press.paper} paper)"
            problems.append(
                (
                    item.slot,
                    f"{item.colour} text on {_shown(ground, colours)}{where} has a contrast of "
                    f"{ratio:.2f}:1{both}; WCAG AA asks {need:g}:1 for {size:.1f} pt text",
                    partly,
                    edges,
                    straddle,
                    part_of,
                )
            )
    return problems, prints


class Tip(NamedTuple):
    """Where a line's glyphs run onto a ground its middle is not on (_tips): `part`, what
    of them does, "descenders" (below the baseline), "ascenders" (above the middle of the
    line: ascenders, capitals, accents) or "" (the foot of letters that have none, above
    the baseline: the line itself); `edges`, ("top" or "bottom", mm: the farthest a
    glyph's ink runs onto the ground there), as _edges_onto gives a line's."""

    part: str
    edges: tuple[tuple[str, float], ...]


# What a Tip's part is called in a text of Han characters, kana or Hangul, which have no
# ascenders or descenders: each character fills most of the square em box it is designed
# in, which reaches below the baseline (the ideographic em box: the shipped NotoSansSC's
# BASE table puts its `ideo` baseline 120 of 1,000 units under the Latin `romn` one)
EM_BOX_PARTS = {
    "descenders": "bottoms of the characters",
    "ascenders": "tops of the characters",
    "": "",
}


def _em_boxed(item: TextItem) -> bool:
    """Whether most letters of `item` are wide East Asian characters (Unicode's
    East_Asian_Width W or F: Han, kana, Hangul), which have no ascenders or descenders."""
    letters = wide = 0
    for line in item.text.lines:
        for run in line.runs:
            for char in run.text:
                if char.isalpha():
                    letters += 1
                    wide += unicodedata.east_asian_width(char) in ("W", "F")
    return 2 * wide > letters


# How far a glyph's ink may run onto a ground its line's middle is not on, as a share of the
# type size, before it is told: the tip of a descender (a 104 pt headline's "g" by 1.8 mm
# or less, a 9 pt line's by 0.16 mm) leaves the letter whole to read; more is a letter cut
# in two, white on the light band (a designer's trial: the "g" of "Trafficking" ran 3.8 mm
# onto it and passed)
TIP = 0.05


def _tips(
    before: Sequence[Item],
    inks: Sequence[tuple[float, float, float, float]],
    glyphs: Sequence[tuple[float, Sequence[tuple[float, float, float, float]]]],
    size: float,
    core: set[tuple[int, str]],
) -> dict[tuple[int, str], Tip]:
    """{(line, ground): Tip} for each ground that lies under the ink of a line's glyphs
    above or below the rows of the line _grounds looks at (its middle half: _DOWN) and not
    under those rows (`core`, (line, ground) pairs): each glyph's ink (`glyphs`, per line
    as layout.checks.glyph_extents gives them, `inks` the lines' as text_extents does) is
    looked at TIP of `size` inside its top and its bottom, at its left, middle and right;
    where a ground is found, how far the glyph runs onto it is found to 0.01 pt by halving
    (_along) from the line's middle rows. A descender that ran onto the light band while
    the line's middle stayed on the blue was not seen (the check looked at 25 to 75 % of a
    line's height)."""
    found: dict[tuple[int, str], dict[str, float]] = {}
    parts: dict[tuple[int, str], str] = {}
    inset = TIP * size
    for n, ((_, top, _, bottom), (base, line)) in enumerate(zip(inks, glyphs, strict=True), 1):
        high = top + (bottom - top) * _DOWN[0]  # the rows _grounds looks at
        low = top + (bottom - top) * _DOWN[-1]
        for left, g_top, right, g_bottom in line:
            for edge, y, steps in (
                ("top", g_top + inset, [g_top, high]),
                ("bottom", g_bottom - inset, [low, g_bottom]),
            ):
                if not (y < high if edge == "top" else y > low):
                    continue
                for x in (left, (left + right) / 2, right):
                    ground = _ground_at(before, x, y)
                    if ground is None or (n, ground) in core:
                        continue
                    ends = _along(before, ground, steps, x, vertical=True)
                    onto = found.setdefault((n, ground), {})
                    if edge == "top" and "first" in ends:
                        onto[edge] = max(onto.get(edge, 0.0), ends["first"] - g_top)
                    elif edge == "bottom" and "last" in ends:
                        onto[edge] = max(onto.get(edge, 0.0), g_bottom - ends["last"])
                    part = "ascenders" if edge == "top" else "descenders" if y > base else ""
                    if parts.get((n, ground), part) != part:
                        part = ""  # the line itself, both ways
                    parts[n, ground] = part
    order = ("top", "bottom")
    return {
        key: Tip(parts[key], tuple((e, onto[e] / MM) for e in order if onto.get(e)))
        for key, onto in found.items()
    }


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


def _farthest(
    found: Sequence[tuple[tuple[str, float], ...]],
) -> tuple[tuple[str, float], ...]:
    """The edges of several lines (_edges_onto) as one: each edge once, with the farthest
    any line runs onto the ground there, in _edges_onto's order (start, end, top, bottom)."""
    far: dict[str, float] = {}
    for edges in found:
        for name, mm in edges:
            far[name] = max(far.get(name, 0.0), mm)
    order = ("start", "end", "top", "bottom")
    return tuple((name, far[name]) for name in order if name in far)


# the ground of text on no shape or picture: the bare paper (or a screen image's white
# canvas), white; written so that no palette colour's name (a YAML key) is it
PAPER = "(paper)"

# where in a line's ink its grounds are looked for, as shares of its width and height: its
# ends too (a poster headline's lines whose last 8 mm, under 5 % of them, lay on the paper
# were not seen); not its top and bottom quarter, where the ink is ascenders and descenders
_ACROSS = (0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0)
_DOWN = (0.25, 0.5, 0.75)


def _grounds(
    before: Sequence[Item], ink: tuple[float, float, float, float], points: bool = True
) -> set[str] | None:
    """The colours of the filled shapes a line's ink (left, top, right, bottom, pt) lies on:
    the one ground when the topmost shape it touches covers it all, else those under points
    across it (_ACROSS x _DOWN); none under a picture or the bare page. Without `points`,
    None where it would look at points (a frame on more than one ground)."""
    left, top, right, bottom = ink
    above = next((u for u in reversed(before) if _ground_kind(u) and _touches(u, ink)), None)
    if above is None:  # the bare page: the paper
        return {PAPER}
    art = _drawn_ground(above)
    if art is not None and covers(art, ink):  # SVG art's ground: as a filled rectangle
        return {art.fill} if art.fill else set()
    if isinstance(above, ShapeItem) and covers(above, ink):
        return {above.fill} if above.fill else set()
    if not points:
        return None
    found = {
        _ground_at(before, left + (right - left) * fx, top + (bottom - top) * fy)
        for fx in _ACROSS
        for fy in _DOWN
    }
    return {g for g in found if g is not None}


def _edges_onto(
    before: Sequence[Item], ink: tuple[float, float, float, float], ground: str, mirrored: bool
) -> tuple[tuple[str, float], ...]:
    """Where a line's ink (left, top, right, bottom, pt) runs onto `ground` off an edge of
    the ground the rest of it lies on: ("start" or "end", how much of the line's width there
    lies on `ground`, mm) for each of its ends on `ground` (a `mirrored` slot, of a
    right-to-left page and not pinned, starts at the right); for a line whose ground changes
    from its top to its bottom only, ("top" or "bottom", how much of its height lies on
    `ground`, mm). Nothing for a line that lies on `ground` in its middle alone. Looked for
    along the rows and columns of points _grounds looks at; the edge found to 0.01 pt by
    halving. A poster's ground narrowed to 250 mm ran the headline's end onto the paper, and
    the hint named the frame's height and top; a flyer's headline run down onto the light
    band below was told to mind its top."""
    left, top, right, bottom = ink
    across = [left + (right - left) * fx for fx in _ACROSS]
    down = [top + (bottom - top) * fy for fy in _DOWN]
    onto = {"left": 0.0, "right": 0.0}
    for y in down:
        found = _along(before, ground, across, y, vertical=False)
        for side, edge in found.items():
            depth = edge - left if side == "first" else right - edge
            key = "left" if side == "first" else "right"
            onto[key] = max(onto[key], depth)
    start, end = ("right", "left") if mirrored else ("left", "right")
    sides = tuple(
        (name, onto[side] / MM) for name, side in (("start", start), ("end", end)) if onto[side]
    )
    if sides:
        return sides
    rise = {"first": 0.0, "last": 0.0}
    for x in across:
        found = _along(before, ground, down, x, vertical=True)
        for side, edge in found.items():
            rise[side] = max(rise[side], edge - top if side == "first" else bottom - edge)
    return tuple(
        (name, rise[side] / MM)
        for name, side in (("top", "first"), ("bottom", "last"))
        if rise[side]
    )


def _along(
    before: Sequence[Item],
    ground: str,
    steps: list[float],
    fixed: float,
    vertical: bool,
) -> dict[str, float]:
    """Where `ground` ends along a row of points (x at each of `steps`, ascending; y `fixed`)
    or a `vertical` column (y at each of `steps`, x `fixed`) that lies on it at its first or
    last step and elsewhere off it: {"first" or "last": the coordinate where it ends}, found
    to 0.01 pt by halving; nothing for a row wholly on it, or on it in its middle alone."""

    def at(v: float) -> str | None:
        return _ground_at(before, fixed, v) if vertical else _ground_at(before, v, fixed)

    found = [at(v) for v in steps]
    if all(g == ground for g in found):
        return {}
    out = {}
    for side, vs, gs in (("first", steps, found), ("last", steps[::-1], found[::-1])):
        if gs[0] != ground:
            continue
        k = next(k for k, g in enumerate(gs) if g != ground)
        on, off = vs[k - 1], vs[k]
        while abs(off - on) > 0.01:
            mid = (on + off) / 2
            on, off = (mid, off) if at(mid) == ground else (on, mid)
        out[side] = (on + off) / 2
    return out


@lru_cache(maxsize=256)
def _contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return contrast(a, b)


def _ground_kind(item: Item) -> bool:
    """Whether `item` is a ground a text may lie on: a filled shape, a picture, or a QR code
    with a background."""
    return (
        (isinstance(item, ShapeItem) and bool(item.fill))
        or isinstance(item, ImageItem | SvgItem)
        or (isinstance(item, QrItem) and bool(item.background))
    )


def _drawn_ground(item: Item) -> ShapeItem | None:
    """SVG art that is its ground alone (svgart.svg_ground, svg_plain) as the rectangle of
    its colour ("#rrggbb"), which text on it is measured against, and a QR code's background
    as the square of its colour that it is drawn on (layout.coverage counts it so: a label
    in the quiet zone of a navy code on a light card was measured against the card); None
    for anything else: art with other shapes over its ground is a picture, its ground
    varies (a pale base under navy panels that white text sits on failed as white on pale:
    a review)."""
    if isinstance(item, QrItem):
        if not item.background:
            return None
        return ShapeItem(item.slot, item.square, "rect", item.background, None, 0.0, 0.0)
    if (
        not isinstance(item, SvgItem)
        or item.ground is None
        or item.ground_rgb is None
        or not item.plain
    ):
        return None
    return ground_shape(item, "#" + "".join(f"{round(v * 255):02x}" for v in item.ground_rgb))


def _rgb(
    ground: str, colours: dict[str, Colour], judged: dict[str, Colour] | None = None
) -> tuple[float, float, float] | None:
    """A ground's sRGB: a palette colour's, SVG art's ground's ("#rrggbb"), or the paper's
    (white); with `judged` (`colours` as printed, printed_colours), a palette colour's and
    art's of a palette colour's rgb (drawn in its CMYK, render.items.svg) from there."""
    judged = colours if judged is None else judged
    if ground == PAPER:
        return (1.0, 1.0, 1.0)
    if ground in colours:
        return judged[ground].rgb
    if len(ground) == 7 and ground.startswith("#"):
        key = tuple(int(ground[i : i + 2], 16) for i in (1, 3, 5))
        for name, colour in colours.items():  # the first match, as render.colour.by_rgb
            if tuple(round(v * 255) for v in colour.rgb) == key:
                return judged[name].rgb
        return tuple(v / 255 for v in key)  # type: ignore[return-value]
    return None


def _touches(item: Item, ink: tuple[float, float, float, float]) -> bool:
    art = _drawn_ground(item)
    b = art.box if art is not None else item.box  # type: ignore[union-attr]
    return b.x < ink[2] and ink[0] < b.x + b.w and b.y < ink[3] and ink[1] < b.y + b.h


def _ground_at(before: Sequence[Item], x: float, y: float) -> str | None:
    """The fill of the last filled shape under the point, PAPER over nothing, None over a
    picture."""
    for under in reversed(before):
        if isinstance(under, ShapeItem) and under.fill and paints(under, x, y):
            return under.fill
        art = _drawn_ground(under)
        if art is not None and paints(art, x, y):
            return art.fill
        if isinstance(under, ImageItem | SvgItem):
            b = under.box
            if b.x <= x <= b.x + b.w and b.y <= y <= b.y + b.h:
                return None  # over a picture: its ground varies
    return PAPER


# Below this contrast with its ground a part of a logo hardly shows. WCAG 2.1's non-text
# contrast (1.4.11) asks 3:1 of what identifies a graphic; 1.5:1 flags only the nearly
# invisible (white on the light ground: 1.1:1), and a logo most of whose pixels are so.
FAINT_CONTRAST = 1.5
FAINT_SHARE = 0.8


def logo_contrast_problems(
    doc: Document,
    layout: Layout,
    colours: dict[str, Colour],
    press: Press | None = None,
) -> list[tuple[str, str, str]]:
    """(slot, message, the ground's colour name) for each logo (an image slot with `logo:`:
    an office's or a merged row's) with transparent parts, FAINT_SHARE of whose visible
    pixels have less than FAINT_CONTRAST with the slot's `background:` colour (`ground`
    resolved: layout.compose). One logo file is shown on every material's ground: a white
    one made for the posters' blue all but vanished on the flyer back's light ground,
    without a word. An opaque image has its own ground: not checked. The ground's colour as
    contrast_problems takes it: its `rgb` (the design, the digital PDF, the PNGs); with
    `press`, where the logo shows on that, its ground as printed too (the logo's pixels are
    converted to print as near their sRGB as the press can), the message saying so: the
    blue prints lighter on uncoated paper (FOGRA29), and a vermilion logo that shows on it
    on screen (1.94:1) hardly does there (1.32:1)."""
    logos = {s.name: str(getattr(s, "logo", "")) for s in layout.slots if getattr(s, "logo", None)}
    judged = printed_colours(colours, press.icc) if press is not None else colours
    problems = []
    for page in doc.pages:
        for item in page.items:
            if not isinstance(item, ImageItem) or item.slot not in logos:
                continue
            if item.background not in colours:
                continue
            share = _faint_share(item.asset, colours[item.background].rgb)
            printed = ""
            if press is not None and (share is None or share < FAINT_SHARE):
                share = _faint_share(item.asset, judged[item.background].rgb)
                printed = f" as printed on {press.name} ({press.paper} paper)"
            if share is not None and share >= FAINT_SHARE:
                problems.append(
                    (
                        item.slot,
                        f"{share * 100:.0f} % of logo '{logos[item.slot]}' ({item.asset.name}) "
                        f"has less than {FAINT_CONTRAST:g}:1 contrast with the slot's "
                        f"{item.background} ground{printed}: it hardly shows",
                        item.background,
                    )
                )
    return problems


def _faint_share(path: Path, ground: tuple[float, float, float]) -> float | None:
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    return _faint_share_of(path, stamp, ground)


@lru_cache(maxsize=64)
def _faint_share_of(path: Path, stamp: int, ground: tuple[float, float, float]) -> float | None:
    """The share of the visible pixels (alpha over half) of the image at `path` (as of
    modification time `stamp`) with less than FAINT_CONTRAST on `ground`; None for an image
    without transparency, or one that cannot be read (image_size reports that)."""
    try:
        with Image.open(path) as im:
            if "A" not in im.getbands() and "transparency" not in im.info:
                return None
            small = im.convert("RGBA")
            small.thumbnail((64, 64))
    except (OSError, ValueError):
        return None
    data = small.tobytes()  # RGBA, 4 bytes a pixel
    visible = [data[i : i + 4] for i in range(0, len(data), 4) if data[i + 3] > 127]
    if not visible or len(visible) == small.width * small.height:
        return None  # nothing shows, or nothing is transparent: its own ground
    faint = sum(
        1
        for r, g, b, _ in visible
        if contrast((r / 255, g / 255, b / 255), ground) < FAINT_CONTRAST
    )
    return faint / len(visible)


def cmyk_of_rgb(rgb: tuple[float, float, float], icc: Path) -> tuple[float, float, float, float]:
    """The press CMYK (fractions 0-1) of an sRGB colour through `icc` (relative
    colorimetric), and so the closest the press comes to it."""
    px = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
    out = ImageCms.profileToProfile(
        px,
        ImageCms.createProfile("sRGB"),
        ImageCms.getOpenProfile(str(icc)),
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
        outputMode="CMYK",
    )
    assert out is not None
    c, m, y, k = out.getpixel((0, 0))  # type: ignore[misc]
    return c / 255, m / 255, y / 255, k / 255


__all__ = [
    "AA_BODY",
    "AA_LARGE",
    "MAX_DELTA_E",
    "contrast",
    "delta_e2000",
    "cached_mismatches",
    "lab_of_cmyk",
    "lab_of_rgb",
    "needed_contrast",
    "print_vs_screen",
    "screen_of_cmyk",
    "mismatches",
    "contrast_problems",
    "ContrastError",
    "Press",
    "PrintContrast",
    "cmyk_of_rgb",
    "printed_colours",
]
