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

    @property
    def registration(self) -> tuple[float, float, float, float]:
        """The registration colour of marks and slug: the same share of every plate, so that it
        prints on all four and the sheet keeps within the ink limit: 75 % (300 %) from a 300 %
        limit up; below that, one per cent per plate under the limit (280 % -> 69 %), since
        8-bit rasterising rounds 70 % up to 70.2 % (280.8 % in all)."""
        share = 0.75 if self.max_ink >= 300 else math.floor(self.max_ink / 4 - 1) / 100
        return share, share, share, share

    def margin(self, doc: Document) -> float:
        """Distance from the media edge to the trim, pt."""
        if not self.bleed:
            return 0.0
        return doc.bleed + (MARK_LENGTH + SLUG_ROOM if self.marks.any else 0.0)
