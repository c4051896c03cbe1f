"""What a drawing is for (print or screen) and the geometry of the sheet around the trim."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..layout.document import MM, Document
from ..model import Marks

NO_MARKS = Marks(False, False, False, False)
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
    icc: Path | None = None  # the press profile: images are converted through it
    image_intent: str = "perceptual"
    tagged: bool = False  # digital: marked content for a structure tree, links on QR codes

    def margin(self, doc: Document) -> float:
        """Distance from the media edge to the trim, pt."""
        if not self.bleed:
            return 0.0
        return doc.bleed + (MARK_LENGTH + SLUG_ROOM if self.marks.any else 0.0)
