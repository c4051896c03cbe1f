"""Material kinds as policy objects: what a poster, a flyer or a badge means to the stages.

Layout checks, preflight expectations, validation and the manifest read a `MaterialKind` instead
of branching on `if badge`. A new kind (sticker, social image, sheet) is one entry in `KINDS`.
Lengths are millimetres unless a name says pt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .preflight import Expect

if TYPE_CHECKING:  # the model reads KINDS for the layout's `kind:` choices
    from .model import Layout

MM = 72 / 25.4  # points per millimetre
TOL = 0.05  # pt: rounding slack for geometry checks
PX_PER_MM = 4  # screen kinds: a layout's `pixels` are 4 px per mm of its trim (101.6 px/in)
PRINT_RENDITIONS = ("print_pdf", "digital_pdf", "preview_png")
# Image resolution at the placed size, ppi: print shops' numbers (../shared/PRINT-SPECS.md:
# fail below 150, warn below 300, the offset requirement), a print layout's and a size's
# default; a layout or size sets its own (`min_ppi:`, `good_ppi:`) within PPI_RANGE: from 25
# (the least any large-format guideline gives, for a background seen from afar: "bus wrap
# resolution of 25 PPI", emm-usa.com/work/design3.php) to 1200 (bitmapped line art, the most
# a print shop asks: premierpress.com/blog/resolution-recommendations; kit.offices.LARGE_PPI)
MIN_PPI, GOOD_PPI = 150.0, 300.0
PPI_RANGE = (25.0, 1200.0)


@dataclass(frozen=True)
class SafeRect:
    """Text keeps `inset` (pt) inside every trim edge, and out of the `clear` bands (mm from
    each logical edge: start, top, end, bottom; model.KeepClear) where they are wider."""

    inset: float
    inset_mm: float
    clear: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # mm: start, top, end, bottom
    why: str | None = None  # what covers the bands

    def _band_mm(self, edge: str, rtl: bool) -> float:
        """The band kept clear along a physical edge, mm (0: none)."""
        start, top, end, bottom = self.clear
        return {
            "left": end if rtl else start,
            "right": start if rtl else end,
            "top": top,
            "bottom": bottom,
        }[edge]

    def worst_edge(
        self, ink: tuple[float, float, float, float], trim: tuple[float, float], rtl: bool = False
    ) -> tuple[float, str]:
        """How far (pt) a (left, top, right, bottom) ink box reaches past the safe area (<= 0
        when inside; every edge counts alike), and the physical edge where it reaches furthest:
        left, top, right or bottom."""
        left, top, right, bottom = ink
        tw, th = trim
        s = {e: max(self.inset, self._band_mm(e, rtl) * MM) for e in PHYSICAL_EDGES}
        overs = {
            "left": s["left"] - left,
            "top": s["top"] - top,
            "right": right - (tw - s["right"]),
            "bottom": bottom - (th - s["bottom"]),
        }
        edge = max(overs, key=lambda e: overs[e])
        return overs[edge], edge

    def describe(self, over: float, edge: str = "", rtl: bool = False) -> str:
        """The message: by how much (mm), at which edge in logical terms (start and end follow
        the language's direction, as frames do), and how far past the trim, if it is."""
        logical = {"left": "end" if rtl else "start", "right": "start" if rtl else "end"}
        where = f" at the {logical.get(edge, edge)} edge" if edge else ""
        band = self._band_mm(edge, rtl) if edge else 0.0
        if band > self.inset_mm:  # a band kept clear, wider than the margin
            why = f" ({self.why})" if self.why else ""
            return f"text comes {over / MM:.1f} mm into the {band:g} mm band kept clear{where}{why}"
        text = f"text comes {over / MM:.1f} mm into the {self.inset_mm:g} mm safe margin{where}"
        past = over / MM - self.inset_mm
        return text + (f", {past:.1f} mm past the trim" if past >= 0.05 else "")


PHYSICAL_EDGES = ("left", "top", "right", "bottom")


@dataclass(frozen=True)
class SafeCircle:
    """Text stays within a circle of `radius` (pt) centred on the trim (a badge's live area)."""

    radius: float
    diameter_mm: float

    def worst_edge(
        self, ink: tuple[float, float, float, float], trim: tuple[float, float], rtl: bool = False
    ) -> tuple[float, str]:
        """How far (pt) the ink box's furthest corner lies outside the circle; no edge (`rtl`
        changes nothing: a circle has no start)."""
        left, top, right, bottom = ink
        cx, cy = trim[0] / 2, trim[1] / 2
        far = max(math.hypot(x - cx, y - cy) for x in (left, right) for y in (top, bottom))
        return far - self.radius, ""

    def describe(self, over: float, edge: str = "", rtl: bool = False) -> str:
        return (
            f"text reaches {over / MM:.1f} mm outside the badge's live circle "
            f"({self.diameter_mm:g} mm)"
        )


SafeArea = SafeRect | SafeCircle


@dataclass(frozen=True)
class MaterialKind:
    """How the stages treat one kind of material.

    shape: "rect" (cut at the trim; bleed is a frame around it) or "round" (a face circle
    inside a cut circle, from the layout's press profile `badge:`; the bleed is the ring
    between face and cut).
    renditions: the renditions the build makes of its materials (pipeline/renditions.py).
    screen: made for screens only: its layouts give `pixels: [w, h]` instead of `trim`
    (the trim is derived at PX_PER_MM, so frames in mm are px / 4), no bleed, no marks.
    min_type_pt: the legibility floor: no text is set smaller (a layout's `min_type_pt`
    overrides it). Sources in docs/errors.md (`layout.too-small`).
    ground: "art" when the art must cover the whole page (the trim; a round material's cut
    circle), "paper" when bare paper may show (a layout's `ground:` overrides it)."""

    name: str
    description: str
    shape: Literal["rect", "round"] = "rect"
    renditions: tuple[str, ...] = PRINT_RENDITIONS
    screen: bool = False
    min_type_pt: float = 6.0
    ground: Literal["art", "paper"] = "art"

    @property
    def needs_press(self) -> bool:
        """Round materials need a press profile (face, cut, safe) in their layout."""
        return self.shape == "round"

    def safe_area(self, layout: Layout) -> SafeArea:
        if self.shape == "round" and layout.badge is not None:
            return SafeCircle(layout.badge.live / 2 * MM, layout.badge.live)
        band = layout.keep_clear
        if band is None:
            return SafeRect(layout.safe * MM, layout.safe)
        clear = (band.start, band.top, band.end, band.bottom)
        return SafeRect(layout.safe * MM, layout.safe, clear, band.why)

    def preflight_expect(
        self, layout: Layout, max_ink: float = 300.0, paper: str | None = None
    ) -> Expect:
        """What the build's preflight checks in this layout's print PDF: its bleed, at least
        what `check --pdf` asks of the file (papers.bleed_asked: 1/8 in of a US paper size),
        and 1/8 in of any piece made on US paper (`paper`, the family it is made on,
        Document.paper: papers.paper_family, its layout's `paper: us`, or its office's for a
        `custom` size, the badge and the sticker; else the layout's own `paper:`): an inch
        badge's square past its cut circle, a US office's custom 5 x 7 in flyer;
        for round materials the ring between face and cut filled and text inside the face's
        safe circle, else text inside the safe margin. Image resolution below the recommended
        (300 ppi) is reported once by the layout stage, so preflight only fails files below
        the floor (150 ppi, or the layout's `min_ppi:`; no second warning).
        `max_ink` is the press condition's total ink limit (per cent)."""
        from .papers import bleed_asked  # papers reads the model, which reads KINDS

        press = layout.badge if self.shape == "round" else None
        least = self.ppi_floors(layout)[0]  # a banner's own floor (`min_ppi:`): 100 is no fault
        # at least what print shops ask for, as `check --pdf` and their own preflight do: a
        # build published a poster with 1 mm (a designer's trial), and a Letter flyer with
        # 3 mm (a print shop's), that `check --pdf` then failed
        asked, why = bleed_asked(layout.trim, (paper or layout.paper) == "us")
        return Expect(
            bleed_mm=max(layout.bleed, asked),
            bleed_why=why if layout.bleed < asked - 1e-9 else "",
            badge=(press.face, press.cut) if press else None,
            safe_mm=press.safe if press else layout.safe,
            min_ppi=least,
            good_ppi=least,
            max_tac=max_ink,
            structure=False,
        )

    def ppi_floors(self, layout: Layout) -> tuple[float, float]:
        """The resolution (ppi) below which an image of this print layout is an error, and
        below which it is a warning: the layout's (a size's own) `min_ppi:` and `good_ppi:`,
        else MIN_PPI and GOOD_PPI (the kit's checks keep the first at most the second)."""
        low = MIN_PPI if layout.min_ppi is None else layout.min_ppi
        return low, GOOD_PPI if layout.good_ppi is None else layout.good_ppi

    def type_floor(self, layout: Layout) -> float:
        """The smallest type size (pt) this layout may set: its `min_type_pt`, else the kind's."""
        return self.min_type_pt if layout.min_type_pt is None else layout.min_type_pt

    def must_cover(self, layout: Layout) -> bool:
        """Whether the art must cover the page: the layout's `ground:`, else the kind's."""
        return (layout.ground or self.ground) == "art"

    def covered_region(self, layout: Layout) -> tuple[str, float]:
        """What the art must cover: ("rect", 0) for the whole trim, or ("circle", diameter in
        pt) for a round material's cut circle (face and wrap), centred on the trim."""
        cut = self.cut_circle(layout)
        return ("circle", cut) if cut else ("rect", 0.0)

    def cut_circle(self, layout: Layout) -> float:
        """A round material's cut circle (its press's `cut`, the paper circle it takes), its
        diameter in pt, centred on the trim: where its print PDF draws its die line and the
        art must reach; 0.0 for another kind."""
        if self.shape == "round" and layout.badge is not None:
            return layout.badge.cut * MM
        return 0.0

    def manifest(self, layout: Layout) -> dict[str, float] | None:
        """Extra manifest facts: a badge's face, cut, live and wrap diameters (mm), each to
        MANIFEST_MM_DIGITS places: the live and wrap are computed (face - 2 x safe, (cut -
        face) / 2), and the manifest stored their floating-point noise (`wrap_mm`
        4.775000000000002 for the 2.25 in press, 3.1999999999999993 for the 32 mm one)."""
        press = layout.badge
        if self.shape != "round" or press is None:
            return None
        return {
            "face_mm": manifest_mm(press.face),
            "cut_mm": manifest_mm(press.cut),
            "live_mm": manifest_mm(press.live),
            "wrap_mm": manifest_mm(press.wrap),
        }


# millimetre values written to the manifest: to 0.001 mm, finer than any print or cut holds
# and than the 0.01 mm the kit's numbers are given in (materials/presses/2-25in.yaml: face
# 57.15), so that rounding changes no value the kit gives, only the noise of sums
MANIFEST_MM_DIGITS = 3


def manifest_mm(value: float) -> float:
    """`value` (mm) as the manifest writes it: to MANIFEST_MM_DIGITS places, never -0.0."""
    return round(value, MANIFEST_MM_DIGITS) + 0.0


KINDS: dict[str, MaterialKind] = {
    k.name: k
    for k in (
        # type floors (pt): poster 9 and flyer 6 are the project's choice (issue 9); the
        # badge is read as close as a flyer, so 6 (its rim text is 6.3). Reasoning and the
        # EU 1169/2011 comparison in docs/errors.md, `layout.too-small`.
        MaterialKind(
            "poster", "a poster, cut at the trim, with bleed and printer's marks", min_type_pt=9
        ),
        MaterialKind(
            "flyer", "a flyer or leaflet, one or more pages, cut at the trim", min_type_pt=6
        ),
        MaterialKind(
            "badge",
            "a pin-back button: a face circle wrapped from a cut circle",
            "round",
            min_type_pt=6,
        ),
        MaterialKind(
            "social",
            "a social media image: an sRGB PNG of exact pixel size, for screens only",
            renditions=("social_png",),
            screen=True,
            # the project's choice: 14 pt is 20 px at 4 px/mm, about the smallest body text
            # of phone interfaces once the image is shown full width
            min_type_pt=14,
        ),
    )
}


KIND_NAMES = tuple(KINDS)
PRESSED = tuple(k.name for k in KINDS.values() if k.needs_press)  # kinds that need `badge:`
SCREEN = tuple(k.name for k in KINDS.values() if k.screen)  # kinds sized in `pixels:`


def trim_of_pixels(pixels: tuple[float, float]) -> tuple[float, float]:
    """The trim (mm) of a screen layout of `pixels`: exact in binary floating point for whole
    pixels (a quarter millimetre each), so frames in mm land on whole pixels at multiples of
    0.25 mm."""
    return (pixels[0] / PX_PER_MM, pixels[1] / PX_PER_MM)


def kind_of(layout: Layout) -> MaterialKind:
    """The policy of a layout's `kind:` (validation guarantees the name is known)."""
    return KINDS[layout.kind]
