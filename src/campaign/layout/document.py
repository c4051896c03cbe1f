"""Composed documents: pages of placed items, in points, y down from the trim's top-left."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the command line imports this module, not the text stage
    from ..model import BadgeProfile, Folds
    from ..text.fit import TextSet
    from ..text.paragraph import Line

MM = 72 / 25.4  # points per millimetre
# (digits, tel: address) pairs: a national phone number as its digits (iri.phone_digits) and
# what it dials (TextItem.dials)
Dials = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class ShapeItem:
    slot: str
    box: Box
    shape: str  # rect | circle
    fill: str | None
    stroke: str | None
    stroke_width: float  # pt
    radius: float  # pt


@dataclass(frozen=True)
class TextItem:
    slot: str
    box: Box
    text: TextSet
    colour: str
    keys: tuple[str, ...]
    top: float  # offset of the first line box from the box top (vertical alignment), pt
    # its paragraphs as written, where its style set them in capitals (`uppercase:`; else
    # empty): the words read out (`spoken_text`), where the capitals are the look
    spoken: tuple[str, ...] = ()
    # for each of those paragraphs, where each index of its set text falls in its string
    # (text.case.written_offsets): a line's words as written (`spoken_words`)
    spoken_at: tuple[tuple[int, ...], ...] = ()
    # the national phone numbers a merged row gives (their digits, iri.phone_digits) and the
    # tel: address each dials as from abroad, by the row's country (Content.dials): what the
    # digital PDF's link over such a number opens (render.items.text.line_links)
    dials: Dials = ()


@dataclass(frozen=True)
class ArcTextItem:
    slot: str
    cx: float
    cy: float
    radius: float  # baseline radius, pt
    line: Line
    size: float
    colour: str
    side: str  # top | bottom
    keys: tuple[str, ...]
    spoken: str = ""  # its line as written, where its style set it in capitals (TextItem's)
    spoken_at: tuple[int, ...] = ()  # each index of its line's text in `spoken` (TextItem's)
    # how long its line may be (pt along the baseline): the arc that keeps clear of the
    # circle's ends and of the page's other content (layout.items.arc_text.rim_room)
    room: float = 0.0
    room_by: str | None = None  # the slot its room ends at (None: the circle's ends)
    variant: str = "text"  # text | short: its texts' short variants (the full ones too long)


@dataclass(frozen=True)
class SvgItem:
    slot: str
    box: Box
    asset: Path
    align: str
    # an office's SVG logo in an image slot: the colour under the art's own box (an image
    # slot's `background:`, onto which a raster logo's transparency is flattened)
    background: str | None = None
    # art with a ground (svgart.svg_ground): the art's box as placed, which it paints whole,
    # and the ground's sRGB colour; content sits on it as on a filled shape
    ground: Box | None = None
    ground_rgb: tuple[float, float, float] | None = None
    plain: bool = False  # the art is its ground alone: text on it is on that colour
    fit: str = "contain"  # cover: scaled to cover the box and cut off at it (SvgSlot.fit)
    flipped: bool = False  # drawn mirrored left to right (SvgSlot.mirror_in_rtl, in RTL)


def ground_shape(item: SvgItem, fill: str = "art") -> ShapeItem:
    """Art with a ground (SvgItem.ground, which it must have) as the filled rectangle it
    paints, for the checks that take filled shapes as what content sits on: its fill is
    `fill` ("art": no palette colour; the contrast check's: the ground's "#rrggbb")."""
    assert item.ground is not None, "ground_shape is for art with a ground"
    return ShapeItem(item.slot, item.ground, "rect", fill, None, 0.0, 0.0)


@dataclass(frozen=True)
class ImageItem:
    slot: str
    box: Box  # where the image shows (the frame)
    asset: Path
    crop: tuple[
        float, float, float, float
    ]  # part of the image shown: left, top, right, bottom (0-1)
    ppi: float  # effective resolution at the placed size
    background: str | None


@dataclass(frozen=True)
class QrItem:
    slot: str
    box: Box
    url: str
    colour: str
    background: str | None
    quiet: int

    @property
    def square(self) -> Box:
        """The square the code is drawn in, quiet zone included (pt): of its box's shorter
        side, centred in the box. Its background fills it; the coverage and contrast checks
        count that square as a ground."""
        b = self.box
        side = min(b.w, b.h)
        return Box(b.x + (b.w - side) / 2, b.y + (b.h - side) / 2, side, side)


@dataclass(frozen=True)
class HeartsItem:
    slot: str
    box: Box
    count: int
    filled: int
    fill: str
    outline: str
    outline_width: float  # pt
    rtl: bool


Item = ShapeItem | TextItem | ArcTextItem | SvgItem | ImageItem | QrItem | HeartsItem


# words inside a paragraph in a language of their own: (paragraph, start, end, language), the
# characters [start, end) of the paragraph's text
RunLanguage = tuple[int, int, int, str]


@dataclass(frozen=True)
class Page:
    """One side of a document (front, back...): its placed items in drawing order."""

    name: str
    items: tuple[Item, ...]
    tags: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # slot: (role, alt)
    # slot: the language its words are in, where that is not the document's (a string shown
    # in the source language: not yet translated, or the same words, like Latin hashtags)
    langs: dict[str, str] = field(default_factory=dict)
    # slot of a text of several paragraphs: each paragraph's language where that is not the
    # page's for the slot (`layout.compose.paragraph_languages`: an English fallback among
    # Thai strings, an office's Latin address among its Arabic contacts), else None
    paragraph_langs: dict[str, tuple[str | None, ...]] = field(default_factory=dict)
    # slot of a text: the words inside its paragraphs in a language other than their
    # paragraph's (`layout.compose.run_languages`: a Latin address inside an Arabic sentence)
    run_langs: dict[str, tuple[RunLanguage, ...]] = field(default_factory=dict)
    # the words that say what a printed address's link opens, by the link's scheme (tel,
    # mailto, https, http): the string's text in the page's language, and its language
    # where it is not the document's (a string the language lacks, in the source's words)
    # (`layout.compose.link_labels`; the digital PDF's link descriptions, WCAG 2.4.4)
    link_labels: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # slot of a drawn item read by its alternative text (a figure, a QR code): the string key
    # that text is (a QR code's label for its kind of link): what the digital PDF carries of
    # the strings files besides its printed texts (pipeline.fingerprint.carried_keys)
    alt_keys: dict[str, str] = field(default_factory=dict)
    # slot of a text under a subheading: its words and their language where not the
    # document's (`layout.compose.section_heads`): what describes a printed address's link
    # where the page's language has no `link_labels` of its own
    section_heads: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def text_items(self) -> list[TextItem]:
        return [i for i in self.items if isinstance(i, TextItem)]


@dataclass(frozen=True)
class Document:
    """A composed material in one language: one or more pages of the same trim."""

    material: str
    title: str
    kind: str
    lang: str
    rtl: bool
    trim: tuple[float, float]  # pt
    bleed: float  # pt
    safe: float  # pt
    pages: tuple[Page, ...]
    badge: BadgeProfile | None
    # where the piece is folded (the layout's `folds:`, mm on the first page's trim from its
    # left and top edges: a right-to-left language's mirrored, as its frames): the print
    # PDF's fold marks (render.marks) and the gutter check (layout.checks)
    folds: Folds | None = None
    # the paper family it is made on, "us" or "iso" (papers.paper_family: its layout's
    # `paper:`, or the office's it is built for where that is `custom` or none; None:
    # neither): a size of no paper family goes on a press sheet of that family's region,
    # which its print PDF's media, marks and slug fit (render.target.stock_room)
    paper: str | None = None

    def folds_on(self, index: int) -> Folds:
        """Page `index`'s folds (0: the first), mm from its own left and top edges: a back's
        vertical ones turned (Folds.on_page); none without folds."""
        if not self.folds:
            from ..model import Folds  # the model: loaded by then, not by the command line

            return Folds()
        return self.folds.on_page(index, self.trim[0] / MM)

    @property
    def items(self) -> tuple[Item, ...]:
        """Every placed item of every page, in page order."""
        return tuple(i for page in self.pages for i in page.items)

    def text_items(self) -> list[TextItem]:
        return [i for page in self.pages for i in page.text_items()]


def item_lines(item: TextItem | ArcTextItem) -> tuple[Line, ...]:
    """A text item's lines that hold any text (an arc's one line)."""
    lines = (item.line,) if isinstance(item, ArcTextItem) else item.text.lines
    return tuple(line for line in lines if line.runs)


def reading_text(item: TextItem | ArcTextItem, paragraph: int | None = None) -> str:
    """A text item's words in logical (reading) order, its lines joined as the text had them
    (`_between`); a hyphen the layout drew is a soft hyphen (`Line.actual_text`). With
    `paragraph`, the words of that paragraph alone."""
    lines = [ln for ln in item_lines(item) if paragraph is None or ln.paragraph == paragraph]
    text = ""
    for n, line in enumerate(lines):
        if n:
            text += _between(lines[n - 1], line)
        text += line.actual_text()
    return text


def part_text(item: TextItem | ArcTextItem, paragraph: int, start: int, end: int) -> str:
    """The words of characters [start, end) of one of a text item's paragraphs in reading
    order, as `reading_text` gives the paragraph's: the lines' characters joined as the text
    had them, a hyphen the layout drew a soft hyphen."""
    lines = [
        ln
        for ln in item_lines(item)
        if ln.paragraph == paragraph and ln.start < end and ln.end > start
    ]
    text = ""
    for n, line in enumerate(lines):
        if n:
            text += _between(lines[n - 1], line)
        text += line_words(line, max(start, line.start), min(end, line.end))
    return text


def line_words(line: Line, start: int, end: int) -> str:
    """Characters [start, end) of a line's paragraph text as `Line.actual_text` gives the
    line's: a hyphen the layout drew at its end a soft hyphen, other soft hyphens nothing."""
    words = line.runs[0].source[start:end]
    if line.hyphen and end == line.end:
        return words[:-1].replace("\u00ad", "") + "\u00ad"
    return words.replace("\u00ad", "")


def page_words(page: Page) -> str:
    """The words a page shows, in reading order (its slots' order): each text's words
    (`spoken_text`: as written where a style set them in capitals; soft hyphens left out),
    one text a line. A social image's alternative
    text: the kit knows every word on it (an accessibility team's trial: the gallery read
    "social-1080x1080 en" for each)."""
    texts = (
        spoken_text(item).replace("\u00ad", "")
        for item in page.items
        if isinstance(item, (TextItem, ArcTextItem))
    )
    return "\n".join(t.strip() for t in texts if t.strip())


def spoken_text(item: TextItem | ArcTextItem) -> str:
    """A text item's words as a screen reader should read them: `reading_text`, or where the
    item's style set them in capitals (`uppercase: true`), as they are written (`spoken`):
    capitals made for the look were read as shouted or spelt out ("WORLD DAY", as "W-O-R-L-D"),
    and lower-casing them back would lose a name's or an acronym's capitals (UNODC), Greek
    accents and Turkish dots. Capitals typed in the string are its own and stay."""
    if isinstance(item, ArcTextItem):
        return item.spoken or reading_text(item)
    if not item.spoken:
        return reading_text(item)
    shown = dict.fromkeys(line.paragraph for line in item_lines(item))  # in order
    return "\n".join(item.spoken[p] for p in shown)


def spoken_words(item: TextItem | ArcTextItem, line: Line, start: int, end: int) -> str:
    """`line_words` of one of the item's lines, characters [start, end) of its paragraph's
    text, as the string writes them where the item's style set them in capitals
    (`TextItem.spoken`): the digital PDF's ActualText of the words a line shows, read by
    screen readers ("World Day Against", where it gave "WORLD DAY AGAINST", read as shouted
    or spelt out). A hyphen the layout drew at the line's end stays a soft hyphen."""
    if isinstance(item, ArcTextItem):
        written, at = item.spoken, item.spoken_at
    elif item.spoken_at:
        written, at = item.spoken[line.paragraph], item.spoken_at[line.paragraph]
    else:
        written, at = "", ()
    if not at:
        return line_words(line, start, end)
    if line.hyphen and end == line.end:  # the drawn hyphen is the line's last character
        return written[at[start] : at[end - 1]].replace("\u00ad", "") + "\u00ad"
    return written[at[start] : at[end]].replace("\u00ad", "")


def _between(before: Line, after: Line) -> str:
    """What joins two lines in reading order: a line break between paragraphs; nothing after
    a hyphen the layout drew (the line's ActualText ends with a soft hyphen); else the space
    or line break the break took, from the paragraph's text (a line's `source` is that text
    unless the line ends with a drawn hyphen); nothing where the break took no character
    (after a hyphen-minus)."""
    if before.paragraph != after.paragraph:
        return "\n"
    if before.hyphen:
        return ""
    return before.runs[0].source[before.end : after.start]


def heading(doc: Document) -> tuple[str, str | None] | None:
    """The words of the document's first heading (a text slot with `role: heading`, in page
    order) as one line, as written where its style set them in capitals (`spoken_text`: the
    PDFs' Title, which a screen reader reads first), and their language where it is not the
    document's (a heading shown in the source language); for a document that draws no
    heading at all, the alternative text of the figure that is its H1 as the digital PDF
    tags it (render.tagging.structure_tags: its first figure that is no QR code's link), in
    its language likewise: the heart of a badge with no words, whose title was the campaign's
    name and the material's in English, in every language. None where neither shows text."""
    headed = False
    for page in doc.pages:
        for item in page.items:
            role = page.tags.get(item.slot, ("",))[0]
            headed = headed or role in ("heading", "subheading")
            if role == "heading" and isinstance(item, (TextItem, ArcTextItem)):
                words = " ".join(spoken_text(item).replace("\u00ad", "").split())
                if words:
                    return words, page.langs.get(item.slot)
    if headed:
        return None
    for page in doc.pages:
        for item in page.items:
            role, alt = page.tags.get(item.slot, ("", None))
            if role == "figure" and not isinstance(item, QrItem):
                words = " ".join((alt or "").split())
                return (words, page.langs.get(item.slot)) if words else None
    return None
