"""Paper sizes by name, and what they tell about a layout's sizes: a size of a paper family
whose trim is none of that family's sizes (ISO B5 under `paper: iso`, which means the A
sizes), which every office of that family builds; and a material name that is a design's
family and a paper size's name (`poster-b5`), which a size under the design's `sizes:` makes;
and one that reads as a badge size the kit lacks (`badge-57mm`), told the kit's badges nearest
by face and the press file that adds it.

An office builds every layout and size of its paper family unless its `materials:` lists
what it builds (model.Office.builds): a B5 flyer added for one office was laid out and built
by every ISO office, without a word (an office's trial).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TypeGuard

from .diagnostics import did_you_mean, spelt_otherwise
from .kinds import kind_of
from .model import Layout, Office
from .preflight.report import MIN_BLEED_MM

# Paper sizes, portrait, mm: ISO 216 A0-A10 and B0-B10, ISO 269 C4-C6 (envelopes), the DL
# flyer, a third of A4 (Format.php's "DLP", 99 x 210 mm "(A4/3)"; the DL envelope it is
# named after is 110 x 220 mm), and the North American sizes (Letter 8.5 x 11 in, Legal
# 8.5 x 14 in, Tabloid 11 x 17 in and Ledger, its landscape; half-Letter, "Statement", 5.5 x
# 8.5 in; Executive 7.25 x 10.5 in; ANSI C, D and E), as tecnickcom/tc-lib-pdf-page's
# src/Format.php lists them (its "ISO 216 A/B/C Series", "ANSI Series" and "Traditional
# 'Loose' North American Paper Sizes"), the inch sizes at 25.4 mm to the inch. Each with the
# paper family of the kit whose offices print it (`paper:`; None: neither, an ISO size that
# is no A size).
INCH = 25.4


@dataclass(frozen=True)
class PaperSize:
    name: str  # as it is written: "A4", "B5", "Letter"
    trim: tuple[float, float]  # portrait, mm
    family: str | None  # "iso" (the A sizes), "us", or None (ISO B and C, DL)


def _inch(name: str, w: float, h: float) -> PaperSize:
    return PaperSize(name, (round(w * INCH, 1), round(h * INCH, 1)), "us")


_A = [(841, 1189), (594, 841), (420, 594), (297, 420), (210, 297), (148, 210), (105, 148)]
_A += [(74, 105), (52, 74), (37, 52), (26, 37)]
_B = [(1000, 1414), (707, 1000), (500, 707), (353, 500), (250, 353), (176, 250), (125, 176)]
_B += [(88, 125), (62, 88), (44, 62), (31, 44)]
PAPER_SIZES: dict[str, PaperSize] = {
    **{f"a{i}": PaperSize(f"A{i}", (float(w), float(h)), "iso") for i, (w, h) in enumerate(_A)},
    **{f"b{i}": PaperSize(f"B{i}", (float(w), float(h)), None) for i, (w, h) in enumerate(_B)},
    "c4": PaperSize("C4", (229.0, 324.0), None),
    "c5": PaperSize("C5", (162.0, 229.0), None),
    "c6": PaperSize("C6", (114.0, 162.0), None),
    "dl": PaperSize("DL", (99.0, 210.0), None),
    "letter": _inch("Letter", 8.5, 11),
    "legal": _inch("Legal", 8.5, 14),
    "tabloid": _inch("Tabloid", 11, 17),
    "ledger": _inch("Ledger", 11, 17),
    "half-letter": _inch("half-Letter", 5.5, 8.5),
    "statement": _inch("Statement", 5.5, 8.5),
    "executive": _inch("Executive", 7.25, 10.5),
    "ansi-c": _inch("ANSI C", 17, 22),
    "ansi-d": _inch("ANSI D", 22, 34),
    "ansi-e": _inch("ANSI E", 34, 44),
}
# how the families' offices are named in messages
FAMILIES = {"iso": "ISO paper (A sizes)", "us": "US paper (Letter, Tabloid)"}
# a family as a message says it before "paper" or "size" ("US paper", "an ISO size")
FAMILY_WORD = {"us": "US", "iso": "ISO"}
TOLERANCE_MM = 1.0  # a trim this close to a paper size is that size (215.9 or 216 mm)
# The bleed print shops on US paper ask for: 1/8 in (3.175 mm), as the kit's sizes on US
# paper have (README, "What you get"): `bleed_asked`, the one rule of the build's preflight,
# `check`'s `layout.bleed` and `check --pdf`
US_BLEED_MM = INCH / 8
_US_ASK = "print shops on US paper ask for 1/8 in, and their preflight refuses less"


def paper_size(trim: tuple[float, float]) -> PaperSize | None:
    """The paper size `trim` is, in either orientation, within TOLERANCE_MM; None if none."""
    w, h = sorted(trim)
    return next(
        (
            p
            for p in PAPER_SIZES.values()
            if abs(p.trim[0] - w) <= TOLERANCE_MM and abs(p.trim[1] - h) <= TOLERANCE_MM
        ),
        None,
    )


@dataclass(frozen=True)
class FamilySize:
    """A size whose `paper:` is the default family, and whose trim is none of that family's
    sizes, that offices build as one of their family's (`by_family`), beside those whose
    `materials:` list it (`listing`)."""

    layout: Layout
    paper: PaperSize | None  # the paper size its trim is, if any
    by_family: tuple[str, ...]
    listing: tuple[str, ...]


def family_sizes(layouts: Mapping[str, Layout], offices: Mapping[str, Office]) -> list[FamilySize]:
    """The sizes under a design's `sizes:` that give no `paper:`, so are of the ISO family
    (its A sizes) by default, whose trim is no size of that family (ISO B5, DL, US Legal),
    and that offices of that family build because they list no `materials:`: each with
    those offices, and the offices whose `materials:` list it. A badge's press sizes are of
    no paper size, and a size that writes its `paper:` chose it: neither is one."""
    out = []
    for layout in layouts.values():
        design = layouts.get(layout.sized_from or "")
        if design is None or layout.badge is not None or layout.paper not in FAMILIES:
            continue
        size = next((s for s in design.sizes.values() if s.mark == layout.size_mark), None)
        if size is None or size.paper_given:
            continue
        paper = paper_size(layout.trim)
        if paper is not None and paper.family == layout.paper:
            continue
        by_family = tuple(
            sorted(o for o, of in offices.items() if not of.materials and of.builds(layout))
        )
        if by_family:
            listing = tuple(sorted(o for o, of in offices.items() if layout.id in of.materials))
            out.append(FamilySize(layout, paper, by_family, listing))
    return out


def size_hint(name: str, layouts: Mapping[str, Layout]) -> str | None:
    """For a material the kit does not have whose name is a design's family and a paper
    size's name (`poster-b5`, `flyer-legal`): the size to add under that design's `sizes:`,
    with the trim of that paper size, and how to keep it to the offices that list it. None
    for any other name (then the nearest names are the hint)."""
    designs = {(la.family or la.id): la for la in layouts.values() if la.sized_from is None}
    for family in sorted(designs, key=len, reverse=True):
        if not name.casefold().startswith(f"{family}-"):  # Poster-B5 too
            continue
        rest = name[len(family) + 1 :]
        paper = PAPER_SIZES.get(rest.lower())
        if paper is None or designs[family].badge is not None:
            continue
        design = designs[family]
        w, h = paper.trim if design.trim[0] <= design.trim[1] else paper.trim[::-1]
        title = f"{family.replace('-', ' ').capitalize()} {paper.name}"
        if paper.family is None:  # B5, DL: of no office's family; those that list it build it
            entry = f"{rest.lower()}: {{trim: [{w:g}, {h:g}], paper: custom, title: {title}}}"
            who = (
                "`paper: custom` keeps it to the offices whose `materials:` list it, where "
                f"without it every office of {FAMILIES['iso']} that lists no `materials:` "
                "builds it too"
            )
        else:
            us = ", paper: us, bleed: 3.175" if paper.family == "us" else ""
            entry = f"{rest.lower()}: {{trim: [{w:g}, {h:g}]{us}, title: {title}}}"
            who = (
                f"every office of {FAMILIES[paper.family]} that lists no `materials:` builds "
                "it then, and with `paper: custom` only the offices whose `materials:` list it"
            )
        return (
            f"{family} has no size {rest}: add it under `sizes:` in {design.path.name} "
            f'({paper.name} is {w:g} x {h:g} mm), e.g. `{entry}`; {who} (README, "Sizes")'
        )
    return None


# a badge size as a material name writes it, after its design's family: 57mm, 2in, 1.5in,
# 1-5in (as the kit's press ids write 1.5 in), 5.7cm; a bare number of 10 or more, mm (the
# 58 mm design is badge-58)
_BADGE_SIZE = re.compile(r"(\d+(?:[.,-]\d+)?) ?(mm|cm|in|inch|inches)?", re.IGNORECASE)
# a face this near (mm) is the same size: the presses' names round it to 0.1 mm ("2.25 in
# (57.2 mm)" is 57.15)
SAME_FACE_MM = 0.06


@dataclass(frozen=True)
class BadgeSize:
    """A material name the kit lacks that reads as a badge size of one of its badge designs
    (badge_size): the design, the face it names (mm), the size in words ("2 in") and as a
    press id ("2in", "1-5in"), and the design's sizes nearest by face, nearest first
    (`same`: the one of that face, where one is)."""

    design: Layout
    face: float
    words: str
    press: str
    nearest: tuple[Layout, ...]
    same: Layout | None


def badge_size(name: str, layouts: Mapping[str, Layout]) -> BadgeSize | None:
    """`name` read as a size of a badge design of the kit (`badge-2in`, `badge-57mm`,
    `badge-1.5in`: its family, then a diameter in mm, cm or in), with the design's badges
    (itself and its `sizes:`, their faces from their press files in materials/presses/)
    nearest by face: the two nearest, or the one of the same face (within SAME_FACE_MM).
    None for a name that reads as no badge size of 10 to 200 mm (a press's face:
    model.layout.BadgeProfile), or of a family with no badge design."""
    designs = {
        (la.family or la.id): la
        for la in layouts.values()
        if la.sized_from is None and la.badge is not None
    }
    for family in sorted(designs, key=len, reverse=True):
        if not name.casefold().startswith(f"{family}-"):
            continue
        found = _BADGE_SIZE.fullmatch(name[len(family) + 1 :])
        # a hyphen for the point only with a unit, as the press ids write it (1-5in):
        # `badge-58-2` is a name (a copy of badge-58?), not a 58.2 mm press (a review)
        if found is None or ("-" in found[1] and not found[2]):
            continue
        number = float(found[1].replace(",", ".").replace("-", "."))
        unit = (found[2] or "").lower()
        if unit.startswith("in"):
            face, unit = number * INCH, "in"
        elif unit == "cm" or unit == "mm" or (not unit and number >= 10):
            number *= 10 if unit == "cm" else 1
            face, unit = number, "mm"
        else:  # badge-2: inches or a typo
            continue
        if not 10 <= face <= 200:
            continue
        design = designs[family]
        sizes = [la for la in layouts.values() if design.id in (la.id, la.sized_from)]
        ranked = sorted(
            (la for la in sizes if la.badge is not None),
            key=lambda la: (round(abs(la.badge.face - face), 3), la.badge.face),  # type: ignore[union-attr]
        )
        same = next((la for la in ranked[:1] if abs(la.badge.face - face) < SAME_FACE_MM), None)  # type: ignore[union-attr]
        words = f"{number:g} {unit}"
        press = f"{number:g}".replace(".", "-") + unit
        return BadgeSize(design, face, words, press, tuple(ranked[:2]), same)
    return None


def badge_size_hints(size: BadgeSize) -> tuple[str, ...]:
    """The hints for a badge size the kit lacks (badge_size): the kit's badge of that face
    where it has one under another name (`badge-1.5in`: badge-1-5in); else its badges
    nearest by face, with their cut circles, and how to add the press (README, "Badge
    presses": a file in materials/presses/ with its face and the cut circle its template
    gives, and a `sizes:` entry in the design's layout naming it). `badge-2in` was offered
    badge-25mm, a 1-inch badge, by its spelling."""

    def said(la: Layout) -> str:
        press = la.badge
        assert press is not None  # badge_size ranks badges only
        return f"{round(press.face, 2):g} mm face, {round(press.cut, 2):g} mm cut"

    if size.same is not None:
        meant = size.same.id
        return (f"did you mean '{meant}'? the kit's {size.words} badge ({said(size.same)})",)
    near = " or ".join(f"{la.id} ({said(la)})" for la in size.nearest)
    face = f" ({round(size.face, 2):g} mm face)" if size.words.endswith(" in") else ""
    model = size.nearest[0].press if size.nearest and size.nearest[0].press else "58mm"
    us = ", paper: us, bleed: 3.175" if size.words.endswith(" in") else ""
    family = size.design.family or size.design.id
    return (
        f"the kit has no {size.words} badge{face}; the nearest by face: {near}",
        f"for a {size.words} press, add materials/presses/{size.press}.yaml (as {model}.yaml: "
        f"face: {round(size.face, 2):g}, cut: the paper circle your press's template gives, "
        "face + 2 x wrap, safe, source, verified) and "
        f"`{size.press}: {{press: {size.press}{us}, title: Badge {size.words}}}` under "
        f"`sizes:` in {size.design.path.name}; then build --only {family}-{size.press} "
        '(README, "Badge presses")',
    )


def material_hints(name: str, layouts: Mapping[str, Layout]) -> tuple[str, ...]:
    """The hints of `ref.material` for `name`: the material it is written otherwise
    (`poster-A3`: poster-a3; it was told to add a size A3 that poster-a3 is), else the badge
    size it reads as (badge_size_hints: the kit's badges nearest by face, and how to add
    the press), else the size to add where it is a design's family and a paper size
    (`poster-b5`: its nearest name, poster-a4, is another size), else the nearest names,
    else the kit's materials."""
    same = spelt_otherwise(name, layouts)
    if same is not None:
        return (f"did you mean '{same}'?",)
    badge = badge_size(name, layouts)
    if badge is not None:
        return badge_size_hints(badge)
    sized = size_hint(name, layouts)
    if sized is not None:
        return (sized,)
    return did_you_mean(name, layouts) or (f"materials: {', '.join(sorted(layouts))}",)


PT_PER_MM = 72 / INCH  # PostScript points: 72 to the inch


def _two_numbers(got: object) -> TypeGuard[list[float]]:
    """Whether a YAML value is a list of two numbers (not booleans: YAML's true is none)."""
    return (
        isinstance(got, list)
        and len(got) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in got)
    )


def point_hint(got: object) -> str:
    """For two numbers that are a paper size in PostScript points as a PDF tool shows it,
    within 1 pt ([842, 1191] or pdfinfo's [841.89, 1190.55], A3; [612, 792], Letter), in
    either orientation, on a key in mm: the size in mm to write, in the order given; else
    "". `trim: [842, 1191]` was taken as a poster of 842 x 1191 mm, and only errors of its
    coverage and contrast followed (a designer's trial). A size whose points are a paper
    size in mm too is left alone, as a trim in mm: A4 in whole points, 595 x 842, lies within
    1 mm of A1 (594 x 841 mm; pdfinfo's 595.28 x 841.89 does not), A10's 74 x 105 pt is A7,
    A7's 210 x 298 pt is about A4."""
    if not _two_numbers(got):
        return ""
    w, h = sorted(got)
    if paper_size((w, h)) is not None:
        return ""
    for paper in PAPER_SIZES.values():
        pw, ph = (v * PT_PER_MM for v in paper.trim)
        if abs(w - pw) <= 1 and abs(h - ph) <= 1:  # as written: 842, or 841.89 (pdfinfo)
            trim = paper.trim if got[0] <= got[1] else paper.trim[::-1]  # as given: upright?
            mm = ", ".join(f"{v:g}" for v in trim)
            return f"in points? {got[0]:g} x {got[1]:g} pt is {paper.name}: write [{mm}] (mm)"
    return ""


def inch_hint(got: object) -> str:
    """For two numbers that are a US paper size in inches (papers.PAPER_SIZES: [11, 17],
    Tabloid; [8.5, 11], Letter), in either orientation, on a key in mm: the size in mm to
    write, in the order given; else "". `trim: [11, 17]`, as every US print order writes it,
    was read as 11 x 17 mm, and 57 errors of the layout followed, none saying inches (a
    trial's); [8.5, 11] was "from 10 to 5000" with no word on inches. Only the exact inch
    numbers match: no paper size in mm is one, nor any trim of the kit's; a trim truly of
    11 x 17, 17 x 22, 22 x 34 or 34 x 44 mm is refused too (no material of the kit is)."""
    if not _two_numbers(got):
        return ""
    w, h = sorted(got)
    for paper in PAPER_SIZES.values():
        if paper.family == "us" and (w, h) == tuple(round(v / INCH, 2) for v in paper.trim):
            mm = ", ".join(f"{round(v * INCH, 1):g}" for v in got)
            return f"in inches? {got[0]:g} x {got[1]:g} in is {paper.name}: write [{mm}] (mm)"
    return ""


def us_paper(trim: tuple[float, float]) -> PaperSize | None:
    """The US paper size (Letter, Tabloid, half-Letter...) `trim` (mm) is, in either
    orientation (`paper_size`); None for any other."""
    paper = paper_size(trim)
    return paper if paper is not None and paper.family == "us" else None


def paper_family(layout: str | None, office: str | None) -> str | None:
    """The paper family ("us", "iso") a piece is made on, from its layout's (or size's)
    `paper:` (`layout`) and the `paper:` of the office it is built for (`office`; None: the
    campaign's own build): the layout's when it names a family, else (`custom`, or none
    given: badges, stickers, social images) the office's; None for neither. The one rule of
    a piece's paper: the press sheet a print file of a size of no paper family goes on
    (press_stock.piece_stock, through piece_family) and the stock a `sheet` of such pieces
    goes on (sheets.paper.stock_choices); the bleed it is made with and asked for
    (bleed_made, kinds.MaterialKind.preflight_expect, and `check --pdf` by its Subject:
    US_PAPER); its job-sheet row's trim in inches when it is "us"
    (package.jobsheet.us_paper)."""
    return layout if layout in FAMILIES else office


def piece_family(trim: tuple[float, float], made_on: str | None) -> str | None:
    """The paper family whose press stocks a print file of `trim` (mm, either way round), or
    a sheet of such pieces, is printed on: its trim's where it is a paper size of a family
    (paper_size: Letter, half-Letter and Tabloid are US, the A sizes ISO), else `made_on`,
    the family it is made on (paper_family: its layout's `paper:`, or its office's for a
    `custom` size or a layout that gives none); None for neither (a B5 or DL piece of no
    office). A custom 5 x 7 in flyer of a US office went on SRA4, a sheet no US print shop
    stocks (press_stock.REGION_STOCK); a 2-up sheet of them now goes on 12 x 18 in."""
    size = paper_size(trim)
    return size.family if size is not None and size.family else made_on


# The words a print PDF's Subject ends with when it is made on US paper (paper_family:
# its layout's `paper: us`, or its office's for a `custom` size or a layout that gives
# none), by which `check --pdf` asks it the 1/8 in the build asked (an inch badge's trim,
# the square around its cut circle, and a custom size's are no US paper size: `check
# --pdf` asked them 3 mm where the build asked 1/8 in). It can only make the check ask
# more: a file that says it falsely is asked 1/8 in, never let pass with less.
US_PAPER = ", on US paper"


def bleed_asked(
    trim: tuple[float, float] | None, us: bool = False, said: str = ""
) -> tuple[float, str]:
    """The least bleed (mm) a print file of `trim` (mm) is asked for, and why when it is more
    than the print shops' MIN_BLEED_MM: US_BLEED_MM, 1/8 in, on US paper, which a file of a
    US paper size is (Letter, Tabloid, half-Letter...: `us_paper`; all `check --pdf` can
    tell of a file that does not say its paper) and so is one made on US paper (`us`:
    paper_family, its layout's or size's `paper: us`, an inch badge's too, or its office's
    for a `custom` size or a layout that gives none; `said`: how the caller knows it, where
    not from those files); else MIN_BLEED_MM, "". The build's preflight
    (kinds.MaterialKind.preflight_expect), `check`'s `layout.bleed` and `check --pdf` each
    ask this: the build published a Letter flyer with 3 mm, with only a warning, that
    `check --pdf` then failed (a print shop's trial). A gang or sticker sheet on US paper
    has 1/8 in of bare paper past its trim (sheets.impose.sheet_bleed)."""
    paper = us_paper(trim) if trim else None
    if paper is None and not us:
        return MIN_BLEED_MM, ""
    how = said or "`paper: us`, its layout's or its office's"
    what = f"{paper.name} is a US paper size" if paper else f"it is made on US paper ({how})"
    return US_BLEED_MM, f"{what}: {_US_ASK}"


def bleed_made(layout: Layout, office: str | None) -> float:
    """The bleed (mm) a print file of `layout` is made with for an office of `paper:`
    `office` (None: the campaign's own build): piece_bleed of its own; a screen layout's
    none."""
    if kind_of(layout).screen:
        return layout.bleed
    return piece_bleed(layout.bleed, layout.trim, layout.paper, office)


def piece_bleed(
    bleed: float, trim: tuple[float, float], paper: str | None, office: str | None
) -> float:
    """The bleed (mm) a print piece of `trim` whose layout (or size) gives `bleed` and
    `paper:` `paper` is made with for an office of `paper:` `office`: its own; for a layout
    that names no paper family (`paper: custom`, or none given: the badge, the sticker),
    which its office's paper decides (paper_family), at least what bleed_asked asks of it
    there: 1/8 in for a US office, as for the kit's Letter pieces and inch badges. The 58 mm
    badge and the 50 mm sticker of New York kept their 3 mm, short of the 1/8 in a US print
    shop's preflight asks of every file (a US sticker printer's template asks 1/8 in past the
    cut line too); a badge's wrap, the paper between its face and its cut circle that a
    button maker calls its bleed, is its press's and stays as it is. A layout of a family
    keeps its own, which `check` (`layout.bleed`) and the build's preflight hold to that
    family's ask: its author wrote it; and so does one whose bleed is short of what it is
    asked of itself (under 3 mm: `sticker-50` had 2 mm), which `check` warns of at its
    `bleed:` and every office's build refuses, rather than mend it for some offices."""
    if paper in FAMILIES or bleed < bleed_asked(trim)[0] - 1e-9:
        return bleed
    asked, _ = bleed_asked(trim, paper_family(paper, office) == "us")
    return max(bleed, asked)


def made_for(layout: Layout, office: str | None) -> Layout:
    """`layout` as its print file is made for an office of `paper:` `office`: with the bleed
    it is made with there (bleed_made); `layout` itself where that is its own."""
    bleed = bleed_made(layout, office)
    return layout if bleed == layout.bleed else replace(layout, bleed=bleed)


def measured_bleed(value: float) -> str:
    """A bleed measured in a PDF's boxes (mm) in words: within 0.01 mm of a whole number of
    eighths of an inch, that ("3.175 mm = 1/8 in": the boxes of a 1/8 in bleed measure 3.17,
    which a US print shop read as "not 1/8 in", package.jobsheet.bleed_mm); else to 0.01 mm,
    a whole number without decimals ("3 mm", "2.95 mm"), as the preflight's failure says it;
    a bleed of none or less (a BleedBox inside the TrimBox) in mm alone: it said "-3.175 mm =
    -1 7/8 in" (divmod of a negative count) beside the failure's "-3.17 mm" (a review)."""
    inches = eighths_in(value)
    if inches:
        return f"{round(value / US_BLEED_MM) * US_BLEED_MM:g} mm = {inches}"
    return f"{round(value, 2):g} mm"


def eighths_in(value: float) -> str:
    """A length (mm) in inches when it is within 0.01 mm of a whole number of eighths of an
    inch, more than none: "1/8 in", "1/4 in", "1 1/2 in"; else "" (a bleed measured in a
    file's boxes, `measured_bleed`; the job sheet's bleed column, package.jobsheet)."""
    eighths = round(value / US_BLEED_MM)
    if eighths <= 0 or abs(value - eighths * US_BLEED_MM) > 0.01:
        return ""
    whole, part = divmod(eighths, 8)
    frac = f"{part // math.gcd(part, 8)}/{8 // math.gcd(part, 8)}" if part else ""
    return " ".join(p for p in (str(whole) if whole else "", frac) if p) + " in"
