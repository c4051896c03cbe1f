"""The press sheets a print shop prints on (SRA4, SRA3, 12 x 18 in, 13 x 19 in, A3+), the paper
along their edges a press does not print, and the sheet a single print file goes on
(`piece_stock`), whose room its marks and slug keep within (render.target: the media and
the marks of a print PDF). Sheets of many pieces choose theirs from the same figures
(sheets.paper: gang, sticker and press sheets).

All lengths are millimetres.
"""

from __future__ import annotations

from .papers import piece_family

# The press sheets, mm, portrait: ISO 217 SRA4 (225 x 320) and SRA3 (320 x 450), the sheets an
# A4 or A3 piece is printed on with room for its bleed and a gripper (tecnickcom/
# tc-lib-pdf-page, src/Format.php, "ISO Press"); the US 12 x 18 in (the same Format.php's
# ARCH_B) and 13 x 19 in (CUPS cups/cups.h: CUPS_MEDIA_SUPERBA3, "na_super-b_13x19in"); and
# A3+, 329 x 483 mm (Format.php, "Variations on the ISO Standard"). sheets.paper.SHEETS names
# them with the other sheets, and says why A3+ is that size.
PRESS_SHEETS: dict[str, tuple[float, float]] = {
    "sra4": (225.0, 320.0),
    "sra3": (320.0, 450.0),
    "12x18": (304.8, 457.2),
    "13x19": (330.2, 482.6),
    "a3plus": (329.0, 483.0),
}
# The sheets a print shop's press takes (ISO 217 SRA4 and SRA3; the US 12 x 18 in and
# 13 x 19 in). One is smaller than another when it fits inside it (fits), not by its area:
# 12 x 18 in is narrower than SRA3 (304.8 mm to 320) and longer (457.2 mm to 450), and neither
# holds the other (4-up A5, 320 x 448 mm, fits SRA3 alone; 2-up Letter, 456.5 x 301.8 mm,
# 12 x 18 in alone). Of two such, the first here comes first (least): a sheet both hold is
# for SRA3, the ISO sheet, as it always was.
PRESS_STOCK = ("sra4", "sra3", "12x18", "13x19")
# The press stocks a print shop of each paper region keeps, tried first for a sheet of that
# region's paper or pieces (stock_choices): a US shop quotes by 12 x 18 in and keeps 13 x 19
# in, "the largest size that can physically be run through the DocuColor" (Digital Imaging
# Inc., "Making digital work for you, part II", digitalimaginginc.com, 13 Apr 2011: "the
# 'standard' size sheet we use and quote prices by is either 9x12 or 12x18"); a shop of the A
# sizes prints on SRA3 ("SRA3 is a common size that most commercial digital print machines
# take", aura-print.com, "SRA3 paper: what is it?") and keeps SRA4 and A3+ among its oversize
# sheets (Graphico, "How does a printer print to the edge?", blog.graphico.com, Aug 2008: RA
# and SRA sizes, "A3+ 329 x 483"). A Letter gang sheet was said to be "printed on SRA4 paper",
# a sheet no print shop of the Americas stocks (an office's trial).
REGION_STOCK: dict[str, tuple[str, ...]] = {
    "us": ("12x18", "13x19"),
    "iso": ("sra4", "sra3", "a3plus"),
}

# The paper along a press sheet's edges that a press does not print, mm: "the guaranteed
# imageable (printable) area for all media sizes is the page size minus 4 mm (0.157") from all
# edges of the media" (Konica Minolta magicolor 2490MF User's Guide, "Guaranteed Imageable
# (Printable) Area"); a Xerox DocuColor digital press cannot image 4 mm at the lead and trail
# edges, 3 mm at the sides of 12 x 18 in media and 3.5 mm of 13 x 19 in (digitalimaginginc.com,
# "gripper", 2011). The larger figure, at every edge.
PRESS_EDGE_MM = 4.0


def piece_stock(
    trim: tuple[float, float], bleed: float, marks: float, paper: str | None
) -> str | None:
    """The press sheet (a PRESS_SHEETS key) a single print file of `trim` (mm, either way
    round) with `bleed` mm of bleed is printed on: the first of its paper region's stocks
    (REGION_STOCK, smallest first, each inside the next; for a size of no region, or where
    none of its region's does, PRESS_STOCK's first) that holds the trim, its bleed and
    `marks` mm of marks past the bleed, PRESS_EDGE_MM inside the sheet's edges, as a print
    shop puts a piece on the smallest sheet that takes it: Tabloid on 12 x 18 in; A5 on SRA4;
    A4 on SRA3 and A3 on A3+, where SRA4 and SRA3 leave 3.5 and 7.5 mm past the trim at their
    long sides within the edge a press prints, short of a 3 mm bleed and a 5 mm crop mark;
    None where no press sheet holds it (an A2 poster, a banner: a wide-format printer's).
    Its region is papers.piece_family's: its trim's paper family (an A size's, a US
    size's), else `paper`, the family it is made on (papers.paper_family: its layout's
    `paper:`, or its office's for a `custom` size; None: no region), as a sheet of such
    pieces takes its stock (sheets.paper.stock_choices): a custom 11 x 16 in poster under
    `paper: us` goes on 12 x 18 in, where it went on SRA3, 305.75 mm wide with its marks, a
    sheet no US print shop stocks and wider than the one it is printed on (304.8 mm)."""
    need = (
        trim[0] + 2 * (bleed + marks + PRESS_EDGE_MM),
        trim[1] + 2 * (bleed + marks + PRESS_EDGE_MM),
    )
    region = REGION_STOCK.get(piece_family(trim, paper) or "", ())
    for name in (*region, *PRESS_STOCK):
        if fits(need, PRESS_SHEETS[name]):
            return name
    return None


def stock_margins(trim: tuple[float, float], stock: str) -> tuple[float, float]:
    """The paper (mm) from a piece's `trim` to the edges of the press sheet `stock` turned the
    way the trim is and centred on it: (at the sides, above and below)."""
    small, large = sorted(PRESS_SHEETS[stock])
    w, h = (small, large) if trim[0] <= trim[1] else (large, small)
    return (w - trim[0]) / 2, (h - trim[1]) / 2


def fits(inner: tuple[float, float], outer: tuple[float, float]) -> bool:
    """Whether a sheet of size `inner` (mm) fits inside one of `outer`, either way round:
    both its sides, not its area (12 x 18 in, 139,355 mm², does not fit SRA3, 144,000)."""
    small, large = sorted(inner)
    w, h = sorted(outer)
    return small <= w + 1e-6 and large <= h + 1e-6
