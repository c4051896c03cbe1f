"""What lies under a text, drawn: the items of a page before it but texts, as the digital PDF
draws them (sRGB, the colours' `rgb`, images through their ICC profiles), rasterised by
PDFium over a region at colours.art.PIXELS_PER_MM. The colour.contrast-art check judges a
text over a picture on these pixels (pipeline.compose)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..layout.document import ArcTextItem, Document, TextItem
from ..model import Colour
from .items import Resources
from .pdf import draw_pdf
from .target import NO_MARKS, Target

if TYPE_CHECKING:
    import numpy as np

    from ..fonts import FontBook


def _no_press(rgb: tuple[float, float, float]) -> object:
    raise AssertionError("an sRGB drawing converts no colour to a press's CMYK")


@dataclass
class Underneath:
    """The pixels under texts of one document (`doc`), drawn with `colours` and `fonts` (and
    `icc`, the press profile the digital PDF is drawn with too: Target.icc): a
    call (page index, the text's index among the page's items, a region: left, top, right,
    bottom, pt from the trim's top-left) gives them as an array (height x width x 3, uint8
    sRGB) at `pixels_per_mm`. The page under each text is drawn once, whichever texts lie
    on it (the items before a text but texts: several texts after the same art share it)."""

    doc: Document
    colours: dict[str, Colour]
    fonts: FontBook
    pixels_per_mm: float
    icc: Path  # the press profile, as the digital PDF's Target has it (images need it)
    resources: Resources = field(default_factory=Resources)
    _drawn: dict[tuple[int, int], bytes] = field(default_factory=dict)

    def __call__(
        self, page: int, upto: int, region: tuple[float, float, float, float]
    ) -> np.ndarray:
        import numpy as np
        import pypdfium2 as pdfium

        from ..layout.document import MM

        items = tuple(
            i
            for i in self.doc.pages[page].items[:upto]
            if not isinstance(i, TextItem | ArcTextItem)
        )
        key = (page, len(items))
        if key not in self._drawn:
            one = replace(self.doc.pages[page], items=items, tags={})
            target = Target(cmyk=False, bleed=False, marks=NO_MARKS, icc=self.icc)
            self._drawn[key] = draw_pdf(
                replace(self.doc, pages=(one,)),
                self.colours,
                self.fonts,
                target,
                _no_press,
                "",
                self.resources,
            )
        width, height = self.doc.trim
        left, top, right, bottom = (
            max(region[0], 0.0),
            max(region[1], 0.0),
            min(region[2], width),
            min(region[3], height),
        )
        if right <= left or bottom <= top:
            return np.zeros((0, 0, 3), dtype=np.uint8)
        pdf = pdfium.PdfDocument(self._drawn[key])
        try:
            drawn = pdf[0]
            bitmap = drawn.render(
                scale=self.pixels_per_mm / MM,
                crop=(left, height - bottom, width - right, top),
                fill_color=(255, 255, 255, 255),
            )
            pixels = np.array(bitmap.to_pil().convert("RGB"), dtype=np.uint8)
            drawn.close()
        finally:
            pdf.close()
        return pixels
