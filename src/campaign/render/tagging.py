"""Marked content for the tagged digital PDF: the only module that writes it into a canvas.

reportlab has no API for marked content, so operators are appended to the page's content
stream (`canvas._code`), balanced BDC/BMC ... EMC around each item and each line span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from ..text.bidi import without_controls

TAGS = {"heading": "H1", "subheading": "H2", "paragraph": "P", "figure": "Figure"}
HEADINGS = ("heading", "subheading")


def structure_tags(roles: Sequence[tuple[str, bool]]) -> list[str | None]:
    """The structure tag of each item of a document, from each one's role and whether it
    may be its H1 should it have no heading (a figure that is no link), in reading order:
    page order, then each page's slot order. None: an artifact.

    A document's headings begin with H1 and skip no level going down (PDF/UA-1, 7.4.2:
    veraPDF's rule 7.4.2-1), and it has one H1, its first heading (PDF/UA-1 allows more:
    one is the document's title, as a web page's): a later `heading` (the flyer's back, an
    event's campaign theme under the event's title) is an H2, a `subheading` one level
    below the `heading` before it (H3 under an H2; the H1 where none is before it). A
    document that draws no heading at all (a badge with the heart alone) has its first
    such figure as its H1, the Figure inside it (`Element.inner`), as a web page's logo in
    its <h1>. The flyer's back title was a second H1, and an event template's blank title
    left none."""
    headed = any(role in HEADINGS for role, _ in roles)
    section = 0  # the level of the last heading: 0 before the first
    tags: list[str | None] = []
    for role, may_head in roles:
        first = not section and (role in HEADINGS or (not headed and may_head))
        if first or role == "heading":
            section = 2 if section else 1
            tags.append(f"H{section}")
        elif role == "subheading":
            tags.append(f"H{section + 1}")
        else:
            tags.append(None if role == "artifact" else TAGS[role])
    return tags


def begin_item(canvas: Canvas, tag: str | None, mcid: int, inner: str | None = None) -> None:
    """Open an item's marked content: an artifact (`tag` None), or a tagged element with
    this MCID, marked with its tag or that of the element inside it holding the content
    (`inner`: a Figure heading's Figure)."""
    if tag is None:
        canvas._code.append("/Artifact BMC")
        return
    canvas._code.append(f"/{inner or tag} <</MCID {mcid}>> BDC")


def begin_paragraph(canvas: Canvas, mcid: int) -> None:
    """Open one paragraph of a text frame of several: a P of its own."""
    canvas._code.append(f"/P <</MCID {mcid}>> BDC")


def end(canvas: Canvas) -> None:
    canvas._code.append("EMC")


def actual_text(text: str) -> str:
    """A marked-content span whose ActualText is `text` (UTF-16BE), for copy, search and
    screen readers: complex scripts are drawn as glyphs in visual order, some without code
    points of their own (conjuncts, contextual forms), and this gives the words back."""
    said = without_controls(text)
    return f"/Span <</ActualText <FEFF{said.encode('utf-16-be').hex().upper()}>>> BDC"


def begin_span(canvas: Canvas, text: str) -> None:
    canvas._code.append(actual_text(text))


@dataclass(frozen=True)
class Part:
    """Characters [start, end) of a paragraph's text, with the language they are marked with
    where it is not their element's (None: the element's own)."""

    start: int
    end: int
    lang: str | None


@dataclass
class Parts:
    """The marked content of one element whose paragraphs hold words in a language of their
    own (`of`: each such paragraph's parts, in reading order, covering its text), as it is
    drawn: each stretch of one part on a line is a marked-content sequence of its own, so
    that a Span element can hold it (ISO 32000-1, 14.9.2: /Lang on the Span). The sequence
    its element's drawing opened (`mcid`) holds the first stretch drawn; each next one takes
    the page's next MCID (`next_mcid`, after those of the page's elements). `drawn`: each
    sequence as (paragraph, part, MCID), in drawing order; `rtl`: the parts with glyphs
    drawn right to left (their words in reading order need an ActualText)."""

    tag: str
    of: dict[int, tuple[Part, ...]]
    next_mcid: int
    mcid: int = 0
    holds: tuple[int, int] | None = None
    drawn: list[tuple[int, int, int]] = field(default_factory=list)
    rtl: set[tuple[int, int]] = field(default_factory=set)

    def opened(self, mcid: int) -> None:
        """The element's drawing opened the sequence `mcid` (holding nothing yet)."""
        self.mcid, self.holds = mcid, None

    def switch(self, canvas: Canvas, paragraph: int, part: int) -> None:
        """Draw what follows as part `part` of `paragraph`: in the open sequence if it holds
        that part or nothing yet, else in a new one."""
        if self.holds == (paragraph, part):
            return
        if self.holds is not None:
            end(canvas)
            self.mcid, self.next_mcid = self.next_mcid, self.next_mcid + 1
            tag = "Span" if self.of[paragraph][part].lang else self.tag
            canvas._code.append(f"/{tag} <</MCID {self.mcid}>> BDC")
        self.holds = (paragraph, part)
        self.drawn.append((paragraph, part, self.mcid))

    def mcids(self, paragraph: int, part: int) -> tuple[int, ...]:
        return tuple(m for p, k, m in self.drawn if (p, k) == (paragraph, part))
