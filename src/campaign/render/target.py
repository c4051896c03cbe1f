"""What a drawing is for (print or screen) and the geometry of the sheet around the trim."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ..layout.document import MM, Document
from ..model import Marks

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
        """Distance from the media edge to the trim, pt."""
        if not self.bleed:
            return 0.0
        return doc.bleed + (MARK_LENGTH + SLUG_ROOM if self.marks.any else 0.0)
