"""A layout (materials/layouts/<material>.yaml): page size, styles and pages of slots.

All lengths are millimetres and all font sizes points, unless a name says otherwise.
Positions are logical: `start`/`end` become left/right only when a language's direction is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from ..diagnostics import Mark
from ..kinds import GOOD_PPI, KIND_NAMES, MIN_PPI, PPI_RANGE, PX_PER_MM
from ..presses import PROFILE_KEYS
from .spec import Key

if TYPE_CHECKING:
    from .slots import Slot

EDGES = ("top", "bottom", "start", "end")
# How close to the trim a frame's edge counts as reaching it (mm): the bleed check's own inner
# point (preflight.bleed: 0.5 mm inside the trim). `bleed:` runs an edge that reaches the trim
# on into the bleed (layout.compose.place); the kit's checks warn of art that reaches it
# without bleeding, and of a bleeding edge that stops short of it (kit.layouts).
AT_TRIM_MM = 0.5


@dataclass(frozen=True)
class TextStyle:
    """A named text style of a layout, used by text slots."""

    name: str
    weight: Annotated[Literal["regular", "bold"], Key("Font weight.", default="regular")]
    size: Annotated[
        float,
        Key("Largest size; copy-fit starts here.", unit="pt", low=3, high=1000, required=True),
    ]
    min_size: Annotated[
        float,
        Key(
            "Smallest size copy-fit may use (default: `size`, no shrinking).",
            unit="pt",
            low=3,
            high=1000,
            default=None,
        ),
    ]
    colour: Annotated[
        str, Key("Text colour: a name from campaign.yaml.", required=True, ref="colour")
    ]
    align: Annotated[
        Literal["start", "end", "center", "justify"],
        Key("Alignment; start and end follow the language's direction.", default="start"),
    ]
    leading: Annotated[
        float,
        Key("Line advance as a multiple of the size.", unit="x size", low=0.8, high=3, default=1.2),
    ]
    balance: Annotated[
        bool, Key("Make the lines of a paragraph about equally long.", default=False)
    ]
    uppercase: Annotated[bool, Key("Set the text in capitals.", default=False)]
    paragraph_gap: Annotated[
        float,
        Key("Extra space between paragraphs.", unit="x size", low=0, high=5, default=0.4),
    ]
    max_lines: Annotated[
        int,
        Key(
            "Most lines a paragraph may take, each counted on its own (every string key and "
            "field of a slot is a paragraph: `max_lines: 1` sets a list of contacts a line "
            "each); 0 for any number.",
            low=0,
            high=100,
            default=0,
        ),
    ]
    same_size: Annotated[
        bool,
        Key(
            "Set every text of this style on a page at one size, the smallest copy-fit gives "
            "any of them: a translation that fits one slot at 8.6 pt and the next at 6.5 pt "
            "reads as one body size, not four.",
            default=False,
        ),
    ]
    share_room: Annotated[
        bool,
        Key(
            "Set the style's texts on a page at one size, as same_size does, sharing the "
            "room of their frames as sections of one column do: a text aligned to its frame's "
            "top may run past the frame's bottom where the "
            "slots below it close up to it (`close_up:`) and move down by as much, and none "
            "ends below the lowest of the texts' frames, nor on another slot's content. The "
            "page sets them at the largest size at which they fit so, not at the size the "
            "fullest frame alone allows: a long translation's sections at 6.5 pt with 15 mm "
            "of the column empty below them.",
            default=False,
        ),
    ]
    mark: Mark


@dataclass(frozen=True)
class Frame:
    """A box given by any two of start/width/end and any two of top/height/bottom (mm)."""

    start: Annotated[
        float | None, Key("Distance from the trim's start edge.", unit="mm", low=-100, high=10_000)
    ] = None
    end: Annotated[
        float | None, Key("Distance from the trim's end edge.", unit="mm", low=-100, high=10_000)
    ] = None
    top: Annotated[
        float | None, Key("Distance from the trim's top edge.", unit="mm", low=-100, high=10_000)
    ] = None
    bottom: Annotated[
        float | None,
        Key("Distance from the trim's bottom edge.", unit="mm", low=-100, high=10_000),
    ] = None
    width: Annotated[float | None, Key("Width, more than 0.", unit="mm", low=0, high=10_000)] = None
    height: Annotated[float | None, Key("Height, more than 0.", unit="mm", low=0, high=10_000)] = (
        None
    )
    # where the frame is written (its `frame:` key; a size's scaled frame keeps its design's):
    # a problem of the frame alone is told there, not at its slot's first line
    mark: Mark | None = field(default=None, compare=False, repr=False)

    def resolve(self, page_w: float, page_h: float) -> tuple[float, float, float, float]:
        """(x from the start edge, y from the top edge, width, height) in mm."""
        x, w = _span(self.start, self.width, self.end, page_w)
        y, h = _span(self.top, self.height, self.bottom, page_h)
        return x, y, w, h

    def flow(self) -> str:
        """The frame as YAML writes it on one line, in the keys it is given with: "{start:
        15.556, top: 279.4, width: 35.354, height: 12.5}" (what a hint quotes)."""
        keys = ("start", "end", "top", "bottom", "width", "height")
        given = ", ".join(f"{k}: {v:g}" for k in keys if (v := getattr(self, k)) is not None)
        return "{" + given + "}"


def _span(
    a: float | None, size: float | None, b: float | None, total: float
) -> tuple[float, float]:
    if a is not None and size is not None:
        return a, size
    if a is not None and b is not None:
        return a, total - a - b
    if size is not None and b is not None:
        return total - b - size, size
    raise ValueError("frame needs two of three values per axis")  # validation prevents this


@dataclass(frozen=True)
class BadgeProfile:
    """A button press: visible face, the paper circle that is cut, and the text-safe inset
    (materials/presses/<id>.yaml, or a layout's own `badge:`)."""

    face: Annotated[
        float, Key("Diameter of the visible front.", unit="mm", low=10, high=200, required=True)
    ]
    cut: Annotated[
        float,
        Key(
            "Diameter of the paper circle cut for the press (face + 2 x wrap).",
            unit="mm",
            low=10,
            high=250,
            required=True,
        ),
    ]
    safe: Annotated[
        float,
        Key("How far text stays inside the face edge.", unit="mm", low=0, high=20, required=True),
    ]
    verified: Annotated[
        bool,
        Key(
            "Whether the sizes are a maker's published template or were checked on the press "
            "(false: estimated; builds and sheets say so).",
            default=False,
        ),
    ]
    source: Annotated[str, Key("Where the sizes come from.", default="")]
    name: Annotated[str, Key("The press's name, e.g. '58 mm (2.28 in)'.", default="")] = ""

    @property
    def wrap(self) -> float:
        return (self.cut - self.face) / 2

    @property
    def live(self) -> float:
        return self.face - 2 * self.safe


@dataclass(frozen=True)
class Marks:
    """Printer's marks outside the bleed."""

    crop: Annotated[bool, Key("Crop marks at the trim corners.")] = True
    registration: Annotated[bool, Key("Registration targets.")] = False
    colour_bar: Annotated[bool, Key("A colour control bar.")] = False
    slug: Annotated[bool, Key("A slug line naming the file, language and date.")] = True
    cut_contour: Annotated[
        bool,
        Key(
            "A die line on the trim for a cutting plotter or die (a kiss cut of stickers): a "
            "0.25 pt overprinting stroke in the spot colour CutContour, whose alternate is "
            "100 % magenta so that a proof shows it. Print PDFs only (not the digital PDF or "
            "the PNG); sheets drop it and cut their pieces with their own."
        ),
    ] = False
    cut_radius: Annotated[
        float,
        Key("The die line's corner radius (0: square corners).", unit="mm", low=0, high=100),
    ] = 0.0

    @property
    def any(self) -> bool:
        """Whether any mark needs room outside the bleed (the die line is on the trim)."""
        return self.crop or self.registration or self.colour_bar or self.slug


# The mm a fold line keeps from a text, logo or QR code: the layout's own safe margin (its
# `safe:`, the distance the kit keeps text from the trim), since a fold is an edge of each
# panel: a fold may drift as a cut may, and the paper's crease curves what lies on
# it (layout.checks.fold_problems).
@dataclass(frozen=True)
class Folds:
    """Where a folded piece (a greeting card, a leaflet folded in two or three, a table
    tent) is folded: its fold lines, in mm on the trim of its first page (its front), as the
    print shop folds the printed sheet after cutting it. A vertical fold is measured from the
    start edge, as frames are: from the left, and from the right in a right-to-left language,
    whose pages mirror and are folded the mirror way (an Arabic card opens to the left). On
    the page, a vertical fold at x mm from the first page's left edge is at W - x on each
    back (the even pages, turned on their vertical axis: the job sheet's "head to head"); a
    horizontal one at y mm from the top edge is at y on every page. A size of the design
    (`sizes:`) has the design's folds at the same share of its trim (a fold at half the
    width stays at half), unless it gives its own."""

    vertical: Annotated[
        tuple[float, ...],
        Key(
            "Vertical fold lines: mm from the start edge of the trim of the first page (the "
            "left; the right in right-to-left languages, as frames), each inside the trim "
            "(not on its edge).",
            unit="mm",
            low=-10_000,
            high=10_000,
        ),
    ] = ()
    horizontal: Annotated[
        tuple[float, ...],
        Key(
            "Horizontal fold lines: mm from the top edge of the trim, each inside the trim "
            "(not on its edge).",
            unit="mm",
            low=-10_000,
            high=10_000,
        ),
    ] = ()

    def __bool__(self) -> bool:
        return bool(self.vertical or self.horizontal)

    def scaled(self, sx: float, sy: float) -> Folds:
        """The folds on a trim `sx` times as wide and `sy` times as tall (a size of the
        design): each at the same share of its side, rounded to 0.001 mm."""
        return Folds(
            tuple(round(x * sx, 3) for x in self.vertical),
            tuple(round(y * sy, 3) for y in self.horizontal),
        )

    def on_size(
        self, trim: tuple[float, float], size: tuple[float, float], own: Folds | None
    ) -> Folds:
        """The folds of a size of the design (`sizes:`) whose trim is `size` (mm), the
        design's `trim`: its `own` (`folds:` in its entry, in its mm; an empty one too: a
        size folded nowhere), else these at the same share of its trim along each side (a
        fold in two of an A4 card stays at half of a Letter one's width: a fold is where the
        paper is folded, not a frame placed on it)."""
        if own is not None:
            return own
        return self.scaled(size[0] / trim[0], size[1] / trim[1])

    def mirrored(self, width: float) -> Folds:
        """The folds of a trim `width` mm wide in a right-to-left language, whose frames
        mirror: each vertical fold at W - x from the left (the layout's x from the start
        edge is from the right)."""
        return Folds(tuple(round(width - x, 3) for x in self.vertical), self.horizontal)

    def drawn(self, width: float, rtl: bool) -> Folds:
        """The folds as a language's pages have them, mm from the first page's left: as
        given, or mirrored in a right-to-left language (`rtl`), as its frames are."""
        return self.mirrored(width) if rtl else self

    def on_page(self, index: int, width: float) -> Folds:
        """The folds as page `index` (0: the first) of a trim `width` mm wide has them, in
        mm from its own left and top edges: a back (an odd index) has its vertical folds
        mirrored, W - x."""
        return self if index % 2 == 0 else self.mirrored(width)

    def words(self) -> str:
        """The folds as the job sheet says them: "1 vertical at 148.5 mm from the left",
        "2 vertical at 99 and 198 mm from the left; 1 horizontal at 105 mm from the top"
        (on the first page, as drawn: a right-to-left language's folds mirrored first); ""
        without folds."""
        parts = []
        for where, at, side in (
            ("vertical", self.vertical, "left"),
            ("horizontal", self.horizontal, "top"),
        ):
            if at:
                shown = " and ".join(f"{v:g}" for v in sorted(at))
                parts.append(f"{len(at)} {where} at {shown} mm from the {side}")
        return "; ".join(parts)


@dataclass(frozen=True)
class PageSpec:
    """One page of a material (front, back...): its slots in drawing and reading order."""

    name: Annotated[str, Key("The page's name (front, back...).", required=True)]
    slots: Annotated[
        tuple[Slot, ...],
        Key("The page's slots, in drawing and reading order.", required=True, form="slots"),
    ]


@dataclass(frozen=True)
class SlotOverride:
    """A frame one size of a layout sets itself, instead of scaling the design's (a QR code
    that must stay a given size, a mark at a fixed place)."""

    name: str
    frame: Annotated[
        Frame | None,
        Key(
            "The slot's frame on this size, in this size's millimetres (not scaled).",
            what="frame of size override '{name}'",
        ),
    ] = None
    drop: Annotated[
        bool,
        Key("Leave the slot out of this size (rim text too small to read on a small badge)."),
    ] = False
    mark: Mark | None = field(default=None, compare=False)  # where the override is written


@dataclass(frozen=True)
class KeepClear:
    """Bands along the trim's edges where no text goes, beyond the safe margin (mm from the
    edge; start and end follow the language's direction, as frames do): a story's top and
    bottom 250 px, which the apps cover with their own controls."""

    top: Annotated[float, Key("Band along the top edge.", unit="mm", low=0, high=2000)] = 0.0
    bottom: Annotated[float, Key("Band along the bottom edge.", unit="mm", low=0, high=2000)] = 0.0
    start: Annotated[float, Key("Band along the start edge.", unit="mm", low=0, high=2000)] = 0.0
    end: Annotated[float, Key("Band along the end edge.", unit="mm", low=0, high=2000)] = 0.0
    why: Annotated[
        str | None,
        Key("What covers the bands, for the message (e.g. the apps' own controls)."),
    ] = None


# The images' resolution floors (ppi at their placed size), keys of a design and of each of its
# sizes alike: a size's own, else its design's, else MIN_PPI and GOOD_PPI (kit.sizes._sized,
# kinds.MaterialKind.ppi_floors); the kit's checks keep the first at most the second
MinPpi = Annotated[
    float | None,
    Key(
        "Resolution floor of the images at their placed size: an image below it is an error "
        f"(default: for a size, its design's; for a design, {MIN_PPI:g}, print shops' floor). "
        "Print kinds only. Lower it for a size seen from afar (a roll-up banner: 100), with "
        "`good_ppi:`.",
        unit="ppi",
        low=PPI_RANGE[0],
        high=PPI_RANGE[1],
    ),
]
GoodPpi = Annotated[
    float | None,
    Key(
        "Resolution recommended for the images at their placed size: an image below it is a "
        "warning of the build, and of `package` (default: for a size, its design's; for a "
        f"design, {GOOD_PPI:g}, the usual offset requirement). At least `min_ppi`.",
        unit="ppi",
        low=PPI_RANGE[0],
        high=PPI_RANGE[1],
    ),
]


@dataclass(frozen=True)
class SizeSpec:
    """One more size of a layout's design: the kit makes it as the layout `<family>-<name>`,
    every frame and type size scaled from the design (see README, "Change a layout")."""

    name: str
    trim: Annotated[
        tuple[float, float],
        Key(
            "Trim size of this size: width and height (a badge size gives `press:` instead).",
            unit="mm",
            low=10,
            high=5000,
        ),
    ]
    paper: Annotated[
        Literal["iso", "us", "custom"],
        Key(
            "Paper family: iso (A sizes) or us (Letter, Tabloid); an office builds only the "
            "sizes of its own paper family. custom: a size of no family (a roll-up banner), or "
            "one for some offices only (a B5 flyer), which an office builds only when its "
            "`materials:` lists it.",
            default="iso",
        ),
    ] = "iso"
    title: Annotated[
        str | None, Key("The size's title (default: the design's title and the size's name).")
    ] = None
    safe: Annotated[
        float | None,
        Key(
            "Safe margin of this size (default: the design's; not scaled).",
            unit="mm",
            low=0,
            high=100,
        ),
    ] = None
    bleed: Annotated[
        float | None,
        Key(
            "Bleed of this size (default: the design's; not scaled): 3.175 for the inch "
            "sizes' 1/8 in.",
            unit="mm",
            low=0,
            high=25,
        ),
    ] = None
    min_type_pt: Annotated[
        float | None,
        Key("Type floor of this size (default: the design's).", unit="pt", low=3, high=100),
    ] = None
    min_ppi: MinPpi = None
    good_ppi: GoodPpi = None
    slots: Annotated[
        dict[str, SlotOverride],
        Key("Frames that do not scale, by slot name.", default=None, what="slot override"),
    ] = field(default_factory=dict)
    pages: Annotated[
        tuple[str, ...] | None,
        Key(
            "The design's pages this size has, by name (default: all), e.g. [front] for a "
            "one-sided small size of a two-sided flyer.",
        ),
    ] = None
    press: Annotated[
        str | None,
        Key(
            "A badge size's press by id (materials/presses/<id>.yaml): its trim is the square "
            "around the press's cut circle (no `trim:` then).",
        ),
    ] = None
    keep_clear: Annotated[
        KeepClear | None,
        Key(
            "Bands along this size's trim where nothing but what reaches the edge goes (mm "
            "from the edge), beyond `safe`: a roll-up banner's foot, hidden by its stand. The "
            "design is scaled into the rest, and texts are checked against them as against "
            "the safe margin.",
            what="keep-clear bands",
        ),
    ] = None
    folds: Annotated[
        Folds | None,
        Key(
            "This size's own fold lines, in its own mm (not scaled); default: the design's, "
            "each at the same share of this size's trim.",
            what="folds of size '{name}'",
        ),
    ] = None
    mark: Mark | None = None
    badge: BadgeProfile | None = None  # the press's profile, when `press:` names one
    # whether the entry writes its `paper:` (papers.family_sizes: a size of no A size
    # that is ISO by default is noted, one that writes `paper: iso` chose it)
    paper_given: bool = field(default=False, compare=False)
    # what the size's entry says (load.Node.digest): with the design's bytes
    # (pipeline.fingerprint.design_bytes), what its files' fingerprints and build hash cover,
    # so that an edit of another size's entry leaves this size's files as they were
    content: str = field(default="", compare=False)


@dataclass(frozen=True)
class Layout:
    """A material: its page size, press profile, text styles and pages of slots."""

    # YAML keys that are not fields: `slots:` is the one page "front" of `pages`
    extra_keys: ClassVar[dict[str, Key]] = {
        "slots": Key(
            "The slots of a one-page material (its page is named front); or `pages:`.",
            form="slots",
        )
    }

    id: str
    title: Annotated[str, Key("The material's title.", required=True)]
    kind: Annotated[
        str,
        Key(
            "The material kind (campaign.kinds): how checks, preflight and the manifest treat it.",
            required=True,
            choices=KIND_NAMES,
        ),
    ]
    trim: Annotated[
        tuple[float, float],
        Key(
            "Trim size: width and height; required for print kinds (screen kinds give `pixels`).",
            unit="mm",
            low=10,
            high=5000,
        ),
    ]
    bleed: Annotated[
        float,
        Key(
            "Bleed beyond the trim on every side. A layout of no paper family (`paper: custom`, "
            "or none: the badge, the sticker) built for an office of `paper: us` is made with "
            "at least 1/8 in (3.175 mm), as US print shops ask.",
            unit="mm",
            low=0,
            high=25,
            default=3.0,
        ),
    ]
    safe: Annotated[
        float, Key("Safe margin inside the trim for text.", unit="mm", low=0, high=100, default=3.0)
    ]
    pages: Annotated[
        tuple[PageSpec, ...],
        Key(
            "Pages (front, back...), each with a name and slots; or `slots:` for one page.",
            form="pages",
        ),
    ]
    styles: Annotated[dict[str, TextStyle], Key("Text styles by name.", default=None, what="style")]
    path: Path
    badge: Annotated[
        BadgeProfile | None,
        Key("The button press profile; required for badges.", what="badge profile"),
    ] = None
    marks: Annotated[
        Marks,
        Key("Printer's marks: true (crop and slug), false (none) or a mapping.", form="marks"),
    ] = field(default_factory=Marks)
    pixels: Annotated[
        tuple[float, float] | None,
        Key(
            "Screen kinds (social): the image's exact size in whole pixels, width and height. "
            f"The trim is derived at {PX_PER_MM} px per mm (frames in mm are pixels / "
            f"{PX_PER_MM}); no bleed, no marks.",
            unit="px",
            low=16,
            high=8192,
        ),
    ] = None
    output_profile: Annotated[
        str | None,
        Key(
            "Overrides the office's and the campaign's press profile for this material.",
            choices=PROFILE_KEYS,
        ),
    ] = None  # overrides the campaign's press profile
    min_type_pt: Annotated[
        float | None,
        Key(
            "Smallest size any text may be set at, after copy-fit (default: the material "
            "kind's floor: poster 9, flyer 6, badge 6 pt). Lower it only for a material read "
            "at arm's length.",
            unit="pt",
            low=3,
            high=100,
        ),
    ] = None
    min_ppi: MinPpi = None
    good_ppi: GoodPpi = None
    ground: Annotated[
        Literal["art", "paper"] | None,
        Key(
            "art: the art must cover the whole page (the cut circle of a badge), checked by "
            "`check`; paper: bare paper may show (a white-paper design). Default: the material "
            "kind's (art for posters, flyers and badges)."
        ),
    ] = None
    family: Annotated[
        str | None,
        Key(
            "The design's family name: its `sizes:` become the layouts `<family>-<size>` "
            "(default: the file's name).",
        ),
    ] = None
    sizes: Annotated[
        dict[str, SizeSpec],
        Key(
            "More sizes of this design, by size name: each becomes the layout "
            "`<family>-<size>`, its frames and type scaled from this one.",
            default=None,
            what="size",
        ),
    ] = field(default_factory=dict)
    # where each top-level key is written (for diagnostics about the whole layout, e.g. `trim`)
    key_marks: dict[str, Mark] = field(default_factory=dict, compare=False)
    press: Annotated[
        str | None,
        Key(
            "A badge's press by id (materials/presses/<id>.yaml), instead of its own `badge:` "
            "profile.",
        ),
    ] = None
    paper: Annotated[
        Literal["iso", "us", "custom"] | None,
        Key(
            "Paper family of this size: iso (A sizes) or us (Letter, Tabloid); an office builds "
            "only layouts of its own paper family. custom: of no family, built by an office "
            "only when its `materials:` lists it. Absent: any paper (badges, social images)."
        ),
    ] = None
    keep_clear: Annotated[
        KeepClear | None,
        Key(
            "Bands along the trim's edges where no text goes, beyond `safe` (mm from the edge): "
            "a story's top and bottom under the apps' controls; checked as the safe margin is.",
            what="keep-clear bands",
        ),
    ] = None
    folds: Annotated[
        Folds,
        Key(
            "Where the printed piece is folded (a card, a folded leaflet, a table tent): "
            "`vertical:` and `horizontal:` lists of mm on the trim of the first page. Print "
            "PDFs mark each fold outside the trim, the job sheet states them, and `check` "
            "warns of a text, logo or QR code on a fold or within `safe` of it.",
            what="folds",
        ),
    ] = field(default_factory=Folds)
    # a size made from a design's `sizes:` (kit.sizes): the design's id (None: not a size),
    # and where the size is written (its entry under `sizes:`)
    sized_from: str | None = None
    size_mark: Mark | None = field(default=None, compare=False)
    # what its entry under `sizes:` says (SizeSpec.content); "" for a design
    size_content: str = field(default="", compare=False)
    # what its file says but its `family:`, `sizes:` and `paper:` (load.Node.digest,
    # kit.layouts.DESIGN_ONLY): the design a job's fingerprint and build hash cover
    # (pipeline.fingerprint.layout_bytes), not its comments or formatting; "" for a layout
    # made without a file's reading (then the design's bytes count)
    content: str = field(default="", compare=False)
    # a size's slots that it gives a frame of its own (`sizes: NAME: slots:`): where each is
    # written (a problem of the slot's frame on this size is there, not at the design's)
    own_frames: dict[str, Mark] = field(default_factory=dict, compare=False)

    @property
    def slots(self) -> tuple[Slot, ...]:
        """Every slot of every page."""
        return tuple(s for page in self.pages for s in page.slots)
