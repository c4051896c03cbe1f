"""Sheet sizes and the press stock: which sheet holds which, a press sheet's margins
around its pieces, its crop marks' lengths, and how messages name a sheet.

All lengths are millimetres. `circles` packs round pieces on these sheets, `cells` and
`mixed` rectangular ones, and `press_fit` chooses a press sheet by the stock that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..press_stock import PRESS_EDGE_MM, PRESS_SHEETS, PRESS_STOCK, REGION_STOCK, fits

# Sheet sizes, mm, each with its source: ISO 216 A4 and A3; ISO 217 SRA4 (225 x 320) and SRA3
# (320 x 450), the press sheets an A4 or A3 piece is printed on with room for its bleed and a
# gripper (tecnickcom/tc-lib-pdf-page, src/Format.php, "ISO Press"); US Letter (8.5 x 11 in)
# and Legal (8.5 x 14 in); Tabloid (11 x 17 in, ANSI B); the US press sheets 12 x 18 in (the
# same Format.php's ARCH_B) and 13 x 19 in (CUPS cups/cups.h: CUPS_MEDIA_SUPERBA3,
# "na_super-b_13x19in"; a Tabloid page with bleed and marks); and A3+, 329 x 483 mm
# (Format.php, "Variations on the ISO Standard": 'A3+', beside SUPER_B, 330 x 483 mm).
# "A3+" names several sheets: a French supplier's table gives it as 12 x 18 in, 305 x 457 mm
# (docline.fr, "Définition formats papier"), and Format.php has a SUPER_A3 of 305 x 487 mm.
# The kit takes Format.php's 329 x 483 mm, the size asked for: 305 x 457 mm is 12 x 18 in,
# here under that name. No B-series sheet: ISO B3 (353 x 500 mm) and JIS B3 (364 x 515, JIS
# P 0138; both in Format.php) are larger than every press sheet here, and no source found
# names either as a digital press's sheet for pieces of A3 or less.
SHEETS: dict[str, tuple[float, float]] = {
    "a4": (210.0, 297.0),
    "a3": (297.0, 420.0),
    "sra4": PRESS_SHEETS["sra4"],
    "sra3": PRESS_SHEETS["sra3"],
    "letter": (215.9, 279.4),
    "legal": (215.9, 355.6),
    "tabloid": (279.4, 431.8),
    "12x18": PRESS_SHEETS["12x18"],
    "13x19": PRESS_SHEETS["13x19"],
    "a3plus": PRESS_SHEETS["a3plus"],
}
# each sheet's name as it is written (A4, SRA3, Letter, 12 x 18 in)
PAPER_NAMES = {
    "a4": "A4",
    "a3": "A3",
    "sra4": "SRA4",
    "sra3": "SRA3",
    "letter": "Letter",
    "legal": "Legal",
    "tabloid": "Tabloid",
    "12x18": "12 x 18 in",
    "13x19": "13 x 19 in",
    "a3plus": "A3+",
}


# A press sheet's margins around its pieces' trim: their bleed, then the crop marks (5 mm,
# render.marks; shorter where the press would not print them: crop_mark_lengths), then paper:
# 1 mm past the marks at the sides, 3 mm past them at the top and bottom, beside which the slug
# is set (sheets.edge.SLUG_BASELINE_MM: between the first column's marks). A 4-up A5 sheet is then
# 320 x 448 mm and fits SRA3 (320 x 450); with 3 mm at the sides too it was 324 mm wide, and
# a print shop's SRA3 press could not take it (a print shop's trial).
CROP_MARK_MM = 5.0
MARK_CLEAR_MM = 1.0
SLUG_ROOM_MM = 3.0
# The press sheets (PRESS_STOCK: SRA4, SRA3, 12 x 18 in, 13 x 19 in), the stocks of each
# paper region (REGION_STOCK) and the paper along a press sheet's edges that a press does not
# print (PRESS_EDGE_MM) are campaign.press_stock's, which a single print file's marks keep
# within too (render.target).
# Every press sheet `--stock` names: PRESS_STOCK and A3+, which is taken only when named. A3+
# is 13 x 19 in within 1.2 mm (329 x 483 mm to 330.2 x 482.6) and neither holds the other:
# among the stocks tried without --stock, every "smallest" and "largest" would name both, and
# `--up auto` would take A3+ over 13 x 19 in for its 0.3 % less paper, naming a sheet a US
# print shop does not stock. A print shop with A3+ says so (`--stock a3plus`): the marks are
# then placed for its 329 mm, 1.2 mm narrower than 13 x 19 in.
NAMED_STOCK = (*PRESS_STOCK, "a3plus")


def press_margins(bleed: float) -> tuple[float, float]:
    """A press sheet's margin (mm) from its pieces' trim to the media's edge: (left and
    right, top and bottom) for pieces with `bleed` mm of bleed."""
    return bleed + CROP_MARK_MM + MARK_CLEAR_MM, bleed + CROP_MARK_MM + SLUG_ROOM_MM


def press_media(sheet: tuple[float, float], bleed: float) -> tuple[float, float]:
    """A press sheet's media (mm): its cells' bounding box `sheet` (Cells.sheet; a sheet
    record's trim) and press_margins around it."""
    x, y = press_margins(bleed)
    return sheet[0] + 2 * x, sheet[1] + 2 * y


def stock_room(media: tuple[float, float], on: str | None = "") -> tuple[float, float]:
    """The paper between a press sheet's media (mm) and the edges of the press stock it is
    printed on, on each side: (left and right, top and bottom), the media centred on the
    stock turned the way the media is, as a RIP places a page on its sheet. `on`: the stock
    (a SHEETS key; "": the smallest that holds the media, stock_for; None: none, the media's
    own size, as when no stock holds it: its edges may be the stock's); a stock smaller than
    the media gives less than none."""
    stock = stock_for(media) if on == "" else on
    if stock is None:
        return 0.0, 0.0
    small, large = sorted(SHEETS[stock])
    w, h = (small, large) if media[0] <= media[1] else (large, small)
    return (w - media[0]) / 2, (h - media[1]) / 2


def crop_mark_lengths(
    sheet: tuple[float, float], bleed: float, on: str | None = ""
) -> tuple[float, float]:
    """How long a press sheet's crop marks are, mm: (at the sides, at the top and bottom).
    Each starts `bleed` mm off the trim and is CROP_MARK_MM long, shortened where it would end
    within PRESS_EDGE_MM of the press stock's edge (stock_room, `on` the stock as it takes
    it): a 4-up A5 sheet is as wide as SRA3 (320 mm), and its side marks ended 1 mm from the
    stock's edge, where a press does not print; on 13 x 19 in they are whole. Shortened,
    never moved: a mark moved in would reach into the bleed, or the trim."""
    room = stock_room(press_media(sheet, bleed), on)
    margins = press_margins(bleed)
    return (
        max(0.0, min(CROP_MARK_MM, margins[0] + room[0] - PRESS_EDGE_MM - bleed)),
        max(0.0, min(CROP_MARK_MM, margins[1] + room[1] - PRESS_EDGE_MM - bleed)),
    )


def size_text(size: tuple[float, float]) -> str:
    """A sheet's size (mm) as messages write it, to 0.1 mm: "320 x 448", "456.5 x 301.8". Read
    to 0.001 mm first: the job sheet's size, read back from the PDF's points (301.74999),
    said 301.7 where `sheet` had said 301.8 of the same sheet (an office's trial)."""
    return f"{round(round(size[0], 3), 1):g} x {round(round(size[1], 3), 1):g}"


def region_of(size: tuple[float, float], paper: str | None = None) -> str | None:
    """The paper region of a sheet or piece of `size` (mm, either way round) made on the
    paper family `paper` (papers.paper_family: its layout's `paper:`, or its office's for a
    `custom` size or a layout that gives none): campaign.papers.piece_family, "us" for the
    North American sizes (Letter, Legal, Tabloid, half-Letter), "iso" for the A sizes, else
    `paper` (a custom 5 x 7 in flyer of a US office: "us"); None for a size of neither of no
    such family (DL, the B sizes, a custom one of the campaign's build)."""
    from ..papers import piece_family

    return piece_family(size, paper)


def stock_choices(
    size: tuple[float, float] | None, paper: str | None = None
) -> tuple[tuple[str, ...], ...]:
    """The press stocks a sheet of paper or pieces of `size` (mm) made on the paper family
    `paper` (region_of) may be printed on without --stock, in groups tried in turn: its
    region's (REGION_STOCK), then the other press stocks (PRESS_STOCK: a sheet none of its
    region's holds still has a stock); for a size of no region (or None), PRESS_STOCK
    alone, as before regions: SRA4, SRA3, 12 x 18 in, 13 x 19 in. The one rule for gang,
    sticker and press sheets (default_stock)."""
    region = region_of(size, paper) if size is not None else paper
    if region not in REGION_STOCK:
        return (PRESS_STOCK,)
    own = REGION_STOCK[str(region)]
    return own, tuple(name for name in PRESS_STOCK if name not in own)


def default_stock(
    size: tuple[float, float] | None, *tests: Callable[[str], bool], paper: str | None = None
) -> str | None:
    """The press stock a sheet of paper or pieces of `size` (mm; made on the paper family
    `paper`: stock_choices) is printed on when no --stock is named: in the first group of
    stock_choices with one that passes a test, the smallest (least) that passes the first
    test passed, trying `tests` in turn (a gang sheet's: holds it with its slug, then holds
    it); None when none passes. A Letter gang sheet (222.25 x 295.75 mm with its 1/8 in
    bleed and slug) goes on 12 x 18 in, not SRA4; an A4 one on SRA4; 2-up A5 on SRA3; 2-up
    Letter on 12 x 18 in; 2-up of a US office's custom 5 x 7 in flyer on 12 x 18 in."""
    for group in stock_choices(size, paper):
        for test in tests:
            found = least(name for name in group if test(name))
            if found:
                return found[0]
    return None


def stock_for(
    media: tuple[float, float],
    size: tuple[float, float] | None = None,
    paper: str | None = None,
) -> str | None:
    """The press stock a sheet of `media` (mm, with its marks) is printed on without --stock:
    the smallest that holds it either way round, among its region's first (default_stock:
    `size`, its pieces' or paper's size, made on the paper family `paper`; neither: the
    smallest of PRESS_STOCK), None when no press stock does."""
    return default_stock(size, lambda name: holds(name, media), paper=paper)


def holds(stock: str, media: tuple[float, float]) -> bool:
    """Whether the sheet `stock` (a SHEETS key) holds `media` (mm) either way round."""
    return fits(media, SHEETS[stock])


def least(names: Iterable[str]) -> tuple[str, ...]:
    """The smallest of the sheets `names` (SHEETS keys): those inside which none of the
    others fits (fits), in SHEETS' order (of SRA3 and 12 x 18 in, which neither holds the
    other, SRA3 first; PRESS_STOCK's order is SHEETS')."""
    return _extremes(names, lambda a, b: fits(SHEETS[a], SHEETS[b]))


def greatest(names: Iterable[str]) -> tuple[str, ...]:
    """The largest of the sheets `names` (SHEETS keys): those that fit inside none of the
    others (fits), in SHEETS' order (A3 and Tabloid: A3 is wider, Tabloid longer)."""
    return _extremes(names, lambda a, b: fits(SHEETS[b], SHEETS[a]))


def _extremes(names: Iterable[str], within: Callable[[str, str], bool]) -> tuple[str, ...]:
    """Those of `names` with no other strictly `within` them."""
    given = set(names)
    ordered = [name for name in SHEETS if name in given]
    return tuple(
        name
        for name in ordered
        if not any(within(other, name) and not within(name, other) for other in ordered)
    )


def paper_name(paper: str) -> str:
    """A sheet's name as it is written ("SRA3", "Letter"), the key itself for another."""
    return PAPER_NAMES.get(paper, paper.upper())


def not_held(stock: str, media: tuple[float, float]) -> tuple[str, str]:
    """How a `sheet.fit` refusal says that the --stock `stock` does not hold `media` (mm):
    "SRA4 (225 x 320 mm) does not hold it"; and the stocks that do, as its hint offers them:
    the smallest of those --stock names (NAMED_STOCK, `least`), "--stock sra3 or --stock
    12x18" ("" when none does)."""
    w, h = sorted(SHEETS[stock])
    fits = least(name for name in NAMED_STOCK if holds(name, media))
    said = f"{paper_name(stock)} ({w:g} x {h:g} mm) does not hold it"
    return said, " or ".join(f"--stock {name}" for name in fits)


def article(name: str) -> str:
    """'an' before a name said with a vowel sound (A4, A3: "ay"; SRA3: "ess"), else 'a'
    (Letter, 12X18)."""
    return "an" if name[:1].upper() in "AEIOU" or name.upper().startswith("SRA") else "a"


def stock_rank(
    media: tuple[float, float], size: tuple[float, float] | None = None, paper: str | None = None
) -> int:
    """The place of the stock a sheet of `media` is printed on (stock_for, with `size` and
    `paper`) among the stocks tried (stock_choices' groups in turn), len(NAMED_STOCK) (past
    every place) when none holds it."""
    stock = stock_for(media, size, paper)
    order = [name for group in stock_choices(size, paper) for name in group]
    return order.index(stock) if stock is not None else len(NAMED_STOCK)


def held(media: tuple[float, float], stock: str | None) -> bool:
    """Whether `stock` holds `media` (None: any press stock does)."""
    return stock_for(media) is not None if stock is None else holds(stock, media)


# A sheet written by its size: two numbers with x (or ×, or " by ") between, in inches (in,
# ", inch; or no unit) or mm: 8.5x11in, 8.5x11, 11 x 17, 215.9x279.4mm
_SIZE = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*(?:x|×|by)\s*(\d+(?:\.\d+)?)\s*(in|inch|inches|\"|mm)?\s*$", re.I
)
INCH_MM = 25.4


def sheet_by_size(text: str) -> str | None:
    """The sheet (SHEETS' name) `text` gives by its size, either way up, within 1 mm: `8.5x11in`
    and `8.5x11` are letter, `11x17` tabloid, `12x18in` 12x18; None when it is none. Numbers
    without a unit are inches, then mm. A US print shop wrote `--paper 8.5x11in` and was told
    only the list of names (click's "is not one of")."""
    found = _SIZE.match(text)
    if found is None:
        return None
    w, h = sorted(float(found.group(i)) for i in (1, 2))
    unit = (found.group(3) or "").casefold()
    scales = [1.0] if unit == "mm" else [INCH_MM] if unit else [INCH_MM, 1.0]
    for scale in scales:
        for name, (sw, sh) in SHEETS.items():
            if abs(w * scale - sw) <= 1 and abs(h * scale - sh) <= 1:
                return name
    return None
