"""Colour: no RGB in print (operators, images, shadings, patterns, colour spaces, the blending
space of transparency groups) and the total ink of every vector colour within the limit: a
DeviceCMYK colour's four inks, and the registration colour's (the Separation /All, at its tint
on each of the four process plates: `registration_spaces`), on the piece (one over the limit
painted only outside the bleed is told, not counted: `_judge_on_piece`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pikepdf

from .pdf import content_streams, entry, numbers, page_resources, separation_names
from .report import Expect, Report

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .ink_place import Box, Colour, Placed

# the operators that set a device space and a colour in it at once (ISO 32000-1, 8.6.8,
# table 74): the fill's or the stroke's, and which space
DEVICE_OPS = {
    "g": ("fill", "DeviceGray"),
    "G": ("stroke", "DeviceGray"),
    "rg": ("fill", "DeviceRGB"),
    "RG": ("stroke", "DeviceRGB"),
    "k": ("fill", "DeviceCMYK"),
    "K": ("stroke", "DeviceCMYK"),
}
SPACE_OPS = {"cs": "fill", "CS": "stroke"}
TINT_OPS = {"sc": "fill", "scn": "fill", "SC": "stroke", "SCN": "stroke"}
PROCESS_PLATES = 4  # the plates the registration colour's tint is counted on (C, M, Y, K)


def registration_spaces(page: pikepdf.Page) -> set[str]:
    """The names (as "/Name") under which the page's resources and its forms' hold a
    Separation whose colorant is "All", the registration colour: it paints every separation at
    its tint (ISO 32000-1, 8.6.6.4), so a tint t is t on each process plate, PROCESS_PLATES x
    t of ink in all, whatever its alternate. The build keeps marks outside the trim within
    the press condition's limit (render.target's registration_share); over a lower one
    (`check --pdf --max-tac`) they are told, not counted: outside the bleed, they are cut off
    the piece (`_judge_on_piece`). A form that gave one of these names to another
    space would have its tints counted too: the names are read for the page as a whole."""
    names: set[str] = set()
    for res in page_resources(page.obj):
        names |= separation_names(entry(res, "/ColorSpace"), "All")
    return names


def check_colours(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> float:
    """The page's colour checks; returns its most ink of a vector colour (per cent), which
    `piece_ink` reads."""
    spaces: set[str] = set()
    worst = 0.0
    registration = registration_spaces(page)
    for stream in content_streams(page):
        # whether the current space is /All; the colour spaces are in the graphics state,
        # which q saves and Q restores (ISO 32000-1, 8.4.2)
        in_all = {"fill": False, "stroke": False}
        saved: list[dict[str, bool]] = []
        for op, ins in stream:
            if op == "q":
                saved.append(dict(in_all))
            elif op == "Q" and saved:
                in_all = saved.pop()
            elif op in TINT_OPS:
                if in_all[TINT_OPS[op]]:
                    worst = max(worst, PROCESS_PLATES * sum(numbers(op, ins, 1)) * 100)
            elif op in DEVICE_OPS:
                side, space = DEVICE_OPS[op]
                in_all[side] = False
                spaces.add(space)
                if space == "DeviceCMYK":
                    worst = max(worst, sum(numbers(op, ins, 4)) * 100)
            elif op in SPACE_OPS and ins.operands:
                name = str(ins.operands[0])
                in_all[SPACE_OPS[op]] = name in registration
                if name in ("/DeviceRGB", "/CalRGB"):
                    spaces.add("DeviceRGB")
            elif op == "INLINE IMAGE" and ins.space is not None:  # ins: an InlineImage
                spaces.add(ins.space)
    for res in page_resources(page.obj):
        for xo in (res.get("/XObject") or {}).values():
            # an image mask has no colour space: it paints the fill colour, which the
            # operators give (ISO 32000-1, 8.9.6.2)
            if xo.get("/Subtype") == "/Image" and not xo.get("/ImageMask", False):
                spaces.add(space_name(xo.get("/ColorSpace")))
        for sh in (entry(res, "/Shading") or {}).values():
            spaces.add(space_name(sh.get("/ColorSpace")))
        for pat in (entry(res, "/Pattern") or {}).values():
            if "/Shading" in pat:
                spaces.add(space_name(pat.Shading.get("/ColorSpace")))
        for cs in (entry(res, "/ColorSpace") or {}).values():
            spaces.add(space_name(cs))
    _check_blending(page, n, expect, rep)
    rep.every("colour_spaces", spaces)
    rep.worst("max_vector_tac", round(worst, 1))
    if expect.cmyk and "DeviceRGB" in spaces:
        rep.failures.append(f"page {n}: RGB colour in a print file (convert it to CMYK)")
    if worst > expect.max_tac + 0.5:
        _judge_on_piece(page, n, expect.max_tac, registration, rep)
    return worst


def piece_ink(page: pikepdf.Page, tac: float, expect: Expect, rep: Report) -> None:
    """After every page's `check_colours`: the most ink on the piece of a page whose
    colours are all within the limit (`tac`, its most, as check_colours returned it), kept
    in the fact `max_piece_tac` once a page of the file was over it (the fact is the
    file's: it was the pages' over the limit alone, and a page of 290 % within 300 % was
    left out of it). Placed only where it may raise the fact: a page's ink on the piece is
    at most its most ink."""
    known = rep.facts.get("max_piece_tac")
    if not isinstance(known, int | float) or tac <= known or tac > expect.max_tac + 0.5:
        return  # no page over the limit, nothing more than known, or judged already
    from .ink_place import placed_ink

    piece = placed_ink(page, registration_spaces(page)).piece()
    rep.worst("max_piece_tac", round(piece.tac if piece is not None else 0.0, 1))


def _judge_on_piece(
    page: pikepdf.Page, n: int, limit: float, registration: set[str], rep: Report
) -> None:
    """Total ink over `limit` judged where it is painted (ink_place), as a print shop
    measures it, on the printed piece, its bleed included (an off cut shows it): there, a
    failure saying where (mm from the trim's edges) where that is known; wholly outside the
    bleed (marks, the colour bar, the slug: printed on the press sheet, then cut off), a
    warning saying what and where, not counted. A print shop's trial failed `check --pdf
    --max-tac 260` on the colour bar's 300 % patch without saying where. The fact
    `max_piece_tac`: the most ink on the piece (the file's other pages: `piece_ink`)."""
    from .ink_place import placed_ink

    placed = placed_ink(page, registration)
    piece = placed.piece()
    tac = piece.tac if piece is not None else 0.0
    rep.worst("max_piece_tac", round(tac, 1))
    if piece is not None and tac > limit + 0.5:
        shown = max(piece.inside, key=_area, default=None)  # a path or mask before text
        at = f" ({_what(shown)}{placed.where(shown)})" if shown is not None else ""
        rep.failures.append(
            f"page {n}: a colour has {tac:.0f} % total ink{at}; the limit is {limit:g} %"
        )
    off = placed.off_piece(limit + 0.5)
    if off:
        rep.warnings.append(
            f"page {n}: outside {placed.edge_name}, over the {limit:g} % limit: "
            f"{_marks(off, placed)}; not counted: they print on the press sheet, not on the "
            "piece cut from it"
        )


def _marks(off: list[Colour], placed: Placed) -> str:
    """The colours over the limit painted outside the piece, told: the colour bar's patch
    of most ink (`Placed.colour_bar`: only a patch of a colour bar is called one) and the
    other fill in process colour of most ink, each with where it is; strokes in process
    colour, and marks in the registration colour (crop and registration marks, the kit's
    slug), each with their most ink."""
    said = []
    bar = placed.colour_bar()
    fills = [c for c in off if not c.registration and not c.stroke]
    patches = [(c.tac, box) for c in fills for box in c.outside if box in bar]
    if patches:
        tac, shown = _worst(patches)
        said.append(f"a colour bar's patch of {tac:.0f} % ({placed.where(shown)})")
    others = [(c.tac, box) for c in fills for box in c.outside if box not in bar]
    if others:
        tac, shown = _worst(others)
        said.append(
            f"a fill in process colour of {tac:.0f} % ({_what(shown)}{placed.where(shown)})"
        )
    strokes = [c.tac for c in off if not c.registration and c.stroke]
    if strokes:
        said.append(f"marks in process colour of {max(strokes):.0f} %")
    marks = [c.tac for c in off if c.registration]
    if marks:
        said.append(f"marks in the registration colour of {max(marks):.0f} %")
    return ", ".join(said)


def _worst(painted: Sequence[tuple[float, Box]]) -> tuple[float, Box]:
    """Of boxes painted with their colours' ink, the one of most ink, of those the largest."""
    return max(painted, key=lambda p: (p[0], _area(p[1])))


def _what(box: Box) -> str:
    """What was painted at `box`: "text starting " at a point (ink_place takes text by
    where its line starts), else nothing."""
    return "text starting " if box[0] == box[2] and box[1] == box[3] else ""


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _check_blending(page: pikepdf.Page, n: int, expect: Expect, rep: Report) -> None:
    """Transparency groups (the page's, and forms') blend in the press's CMYK: one with an RGB
    colour space composites a CMYK file's transparency in RGB, the colours then converted back."""
    groups = [entry(page.obj, "/Group")]
    for res in page_resources(page.obj):
        groups += [entry(xo, "/Group") for xo in (entry(res, "/XObject") or {}).values()]
    blends = sorted(
        {
            space_name(g.CS)
            for g in groups
            if g is not None and g.get("/S") == "/Transparency" and "/CS" in g
        }
    )
    if not blends:
        return
    rep.every("blending_spaces", blends)
    if expect.cmyk and "DeviceRGB" in blends:
        rep.failures.append(
            f"page {n}: transparency blends in RGB (a transparency group's colour space); "
            "blend in the press's CMYK (/CS /DeviceCMYK)"
        )


# The abbreviations an inline image may use for a colour space (ISO 32000-1, 8.9.7, table 94)
INLINE_SPACES = {
    "/G": "/DeviceGray",
    "/RGB": "/DeviceRGB",
    "/CMYK": "/DeviceCMYK",
    "/I": "/Indexed",
}


def is_image_mask(image: Any) -> bool:
    """Whether an inline image's dictionary is a 1-bit stencil mask: `/IM true`, or
    `/ImageMask true` written out (ISO 32000-1, 8.9.7)."""
    return bool(image.get("/IM", image.get("/ImageMask", False)))


def inline_space(image: Any) -> str | None:
    """The colour space of an inline image's dictionary (`BI ... ID`), by its full name; None
    for an image mask (it paints the fill colour, which the operators give) or one without
    a space. A name that is not an abbreviation or a device space names a resource, which is
    read as unknown."""
    if is_image_mask(image):
        return None
    cs = image.get("/CS", image.get("/ColorSpace"))
    if cs is None:
        return None
    if isinstance(cs, pikepdf.Array) and len(cs) > 1 and str(cs[0]) in ("/I", "/Indexed"):
        return space_name(pikepdf.Name(INLINE_SPACES.get(str(cs[1]), str(cs[1]))))
    name = INLINE_SPACES.get(str(cs), str(cs))
    return space_name(pikepdf.Name(name)) if name.startswith("/Device") else "unknown"


def space_name(cs: Any) -> str:
    """DeviceRGB, DeviceCMYK, ...; an ICC-based space by its number of components, CalRGB as
    DeviceRGB, an Indexed space by the space of its palette."""
    if cs is None:
        return "unknown"
    if isinstance(cs, pikepdf.Array) and len(cs) and str(cs[0]) == "/ICCBased":
        n = int(cs[1].get("/N", 0))
        return {1: "ICCBased gray", 3: "DeviceRGB", 4: "ICCBased CMYK"}.get(n, "ICCBased")
    if isinstance(cs, pikepdf.Array) and len(cs) > 1 and str(cs[0]) == "/Indexed":
        return space_name(cs[1])
    name = str(cs[0] if isinstance(cs, pikepdf.Array) and len(cs) else cs).lstrip("/")
    return "DeviceRGB" if name == "CalRGB" else name
