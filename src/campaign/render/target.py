"""What a drawing is for (print or screen) and the geometry of the sheet around the trim."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ..layout.document import MM, Document
from ..model import Marks
from ..press_stock import PRESS_EDGE_MM, piece_stock, stock_margins

NO_MARKS = Marks(False, False, False, False)
# in a slug, where each page's side goes (`front`, `back`: the layout's page names) in a
# document of several pages (render.pdf.draw_pdf_tagged): a private-use character no
# campaign name or office id holds ("{page}" in a campaign's name would have been replaced)
SLUG_PAGE = "\ue000"
MARK_LENGTH = 5 * MM  # crop mark length, pt
MARK_WIDTH = 0.25  # pt
SLUG_ROOM = 5 * MM  # between the crop marks' ends and the media edge, pt
# the least paper between the slug's letters and the media's edge, pt (render.marks.draw_slug:
# the project's choice, as far as the colour bar and the slug start off the bleed)
SLUG_EDGE = 1 * MM
TARGET_RADIUS = 1.6 * MM  # a registration target's circle (render.marks)
TARGET_REACH = TARGET_RADIUS * 1.6  # the cross reaches 1.6 radii from the centre
# The least paper past the bleed (pt) every mark of a print file has room in: a crop or fold
# mark (MARK_LENGTH), the colour bar (1 mm off the bleed, patches of 4 mm at most), a
# registration target's cross whole outside the bleed (moved toward the trim where its
# press sheet leaves less than its usual place: render.marks.draw_registration_targets),
# and a line of the slug (3.8 mm at 6 pt: render.marks.slug_lines_fit).
MARKS_NEED = max(MARK_LENGTH, 5 * MM, 2 * (TARGET_REACH + MARK_WIDTH / 2))


PROCESS_PLATES = 4  # cyan, magenta, yellow and black


def registration_share(max_ink: float, plates: int = PROCESS_PLATES) -> float:
    """The share (0-1) of every plate the registration colour prints: the tint of the
    Separation /All the marks and the slug are drawn in (render.marks.registration_ink),
    which paints every separation at that tint, spot plates too (ISO 32000-1, 8.6.6.4), its
    DeviceCMYK alternate the tint on each of the four process plates. The same share of each
    of the file's `plates`, so that the marks print on every plate and keep within the press
    condition's total ink limit (`max_ink`, per cent) with all of them: 300 % over the plates
    from a 300 % limit up (75 % on four plates, 60 % on five: with a CutContour plate, which a
    proof shows in its alternate, 100 % magenta, and Ghostscript's overprint simulation
    counted at 324.7 % under the marks at 75 %); below that, one per cent per plate under
    the limit over the plates (280 % on four -> 69 %), since 8-bit rasterising rounds 70 %
    up to 70.2 % (280.8 % in all). The limit is of the inks a press prints: the CutContour
    plate is counted because a proof and a preflight show it, not because it takes ink."""
    if max_ink >= 300:
        return math.floor(300 / plates) / 100
    return math.floor(max_ink / plates - 1) / 100


@dataclass(frozen=True)
class Target:
    """What to draw for: print (CMYK, bleed, marks) or screen (sRGB, trim only)."""

    cmyk: bool = True
    bleed: bool = True
    marks: Marks = Marks()
    slug: str = ""
    # slug fields that change from file to file (the build hash): each is drawn as its label
    # (up to its last space) and then one character at a time, so that its image masks
    # repeat from file to file as the other fields' do (render.marks.draw_slug)
    slug_varying: tuple[str, ...] = ()
    icc: Path | None = None  # the press profile: images are converted through it
    image_intent: str = "perceptual"
    tagged: bool = False  # digital: marked content for a structure tree, links on QR codes
    max_ink: float = 300.0  # the press condition's total ink limit, per cent (marks keep to it)
    # a round material's cut circle (its diameter, pt; 0: none), drawn as its die line in
    # CutContour centred on the trim, as a gang sheet cuts it (print only: `cmyk`)
    cut_circle: float = 0.0

    @property
    def registration(self) -> tuple[float, float, float, float]:
        """The ink limit's patch of the colour bar, as the share of each process plate: the
        registration colour's share on a file of the four process plates alone
        (`registration_share`: 75 % from a 300 % limit up, 69 % at 280 %)."""
        share = registration_share(self.max_ink)
        return share, share, share, share

    @property
    def registration_tint(self) -> float:
        """The tint (0-1) of the registration colour the marks and slug are drawn in
        (`registration_share`), of the plates this file has: the four process plates, and the
        CutContour plate where it draws its die line (marks.cut_contour, a badge's
        `cut_circle`; in print)."""
        cut = (self.marks.cut_contour or self.cut_circle > 0) and self.cmyk
        return registration_share(self.max_ink, PROCESS_PLATES + (1 if cut else 0))

    def margin(self, doc: Document) -> float:
        """Distance from the media edge to the trim, pt: none on screen, the bleed without
        marks, `mark_margin` with them."""
        if not self.bleed:
            return 0.0
        return mark_margin(doc.trim, doc.bleed, doc.paper) if self.marks.any else doc.bleed


def stock_room(
    trim: tuple[float, float], bleed: float, paper: str | None
) -> tuple[float, float] | None:
    """The paper (pt) from a print file's trim (`trim`, `bleed`: pt) to the edges of the press
    sheet it is printed on (press_stock.piece_stock, with MARKS_NEED past its bleed; `paper`:
    the paper family it is made on, Document.paper, whose region a size of no paper family
    takes its sheet from), centred on it: (at the sides, above and below); None where no
    press sheet holds it."""
    mm = (trim[0] / MM, trim[1] / MM)
    stock = piece_stock(mm, bleed / MM, MARKS_NEED / MM, paper)
    if stock is None:
        return None
    x, y = stock_margins(mm, stock)
    return x * MM, y * MM


def mark_margin(trim: tuple[float, float], bleed: float, paper: str | None) -> float:
    """Distance from the media edge to the trim (pt) of a print file with marks (`trim`,
    `bleed`: pt; `paper`: its paper family, `stock_room`): its bleed, the crop marks and
    SLUG_ROOM past them, or less where that is larger than the press sheet it is printed on
    (`stock_room`): its media fits that sheet. Tabloid's was 305.75 x 458.15 mm, larger than
    the 12 x 18 in sheet (304.8 x 457.2 mm) it is printed on, and centred on it, its
    registration targets were 3.5 mm from the sheet's edge, where a press does not print (a
    print shop's trial)."""
    full = bleed + MARK_LENGTH + SLUG_ROOM
    room = stock_room(trim, bleed, paper)
    return full if room is None else min(full, *room)


def mark_reach(trim: tuple[float, float], bleed: float, paper: str | None) -> tuple[float, float]:
    """How far past the bleed (pt) the marks of a print file (`trim`, `bleed`: pt; `paper`:
    its paper family, `stock_room`) may print, (at the sides, above and below): to the
    media's edge (`mark_margin`), and PRESS_EDGE_MM inside the press sheet it is printed on
    (`stock_room`); at least MARKS_NEED where it has a sheet (piece_stock chose it with that
    room)."""
    past = mark_margin(trim, bleed, paper) - bleed
    room = stock_room(trim, bleed, paper)
    if room is None:
        return past, past
    edge = PRESS_EDGE_MM * MM
    return min(past, room[0] - edge - bleed), min(past, room[1] - edge - bleed)


def slug_room(trim: tuple[float, float], bleed: float, paper: str | None) -> float:
    """The paper past the bleed (pt) that a print file's slug (`trim`, `bleed`: pt; `paper`:
    its paper family, `stock_room`) is set in below its trim, as render.marks.slug_lines_fit
    takes it (its letters SLUG_EDGE inside it): to the media's edge, and to SLUG_EDGE past
    where the press prints (`mark_reach`), so that its letters stay PRESS_EDGE_MM inside the
    press sheet."""
    past = mark_margin(trim, bleed, paper) - bleed
    return min(past, mark_reach(trim, bleed, paper)[1] + SLUG_EDGE)
