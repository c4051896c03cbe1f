"""Marked content for the tagged digital PDF: the only module that writes it into a canvas.

reportlab has no API for marked content, so operators are appended to the page's content
stream (`canvas._code`), balanced BDC/BMC ... EMC around each item and each line span.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

TAGS = {"heading": "H1", "subheading": "H2", "paragraph": "P", "figure": "Figure"}


def begin_item(canvas: Canvas, role: str, mcid: int) -> str | None:
    """Open an item's marked content: an artifact, or a tagged element with this MCID.
    Returns the structure tag, or None for an artifact."""
    if role == "artifact":
        canvas._code.append("/Artifact BMC")
        return None
    canvas._code.append(f"/{TAGS[role]} <</MCID {mcid}>> BDC")
    return TAGS[role]


def begin_paragraph(canvas: Canvas, mcid: int) -> None:
    """Open one paragraph of a text frame of several: a P of its own."""
    canvas._code.append(f"/P <</MCID {mcid}>> BDC")


def end(canvas: Canvas) -> None:
    canvas._code.append("EMC")


def actual_text(text: str) -> str:
    """A marked-content span whose ActualText is `text` (UTF-16BE), for copy, search and
    screen readers: complex scripts are drawn as glyphs in visual order, some without code
    points of their own (conjuncts, contextual forms), and this gives the words back."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def begin_span(canvas: Canvas, text: str) -> None:
    canvas._code.append(actual_text(text))
