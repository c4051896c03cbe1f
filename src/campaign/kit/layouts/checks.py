"""The rules between a layout's keys (`@check(Layout)`): a press or a badge profile whose
cut circle fits the trim, the size in mm or in pixels, one page or several, slot names
unique across pages, styles above the type floor, a die line that fits; then those of
`trim`, `sizing` and `folds`."""

from __future__ import annotations

from ...diagnostics import Mark
from ...kinds import GOOD_PPI, KINDS, MIN_PPI, PRESSED, SCREEN, trim_of_pixels
from ...load import Node
from ...model import Layout, Marks, PageSpec, TextSlot
from ..spec import MapRead, check
from .folds import _folds
from .forms import press_of
from .sizing import _sizes
from .trim import _art_on_the_trim_bleeds, _frames_have_size, _print_bleed, _text_frames_on_trim


@check(Layout)
def _layout(r: MapRead) -> None:
    """A badge needs a press profile (its own `badge:` or a `press:`) whose cut circle fits
    the trim; pages come from either `slots:` or `pages:`; slot names are unique across
    pages."""
    v = r.values
    _press(r)
    _size(r)
    _badge_fits(r)
    _pages(r)
    v["styles"] = v["styles"] or {}
    v["key_marks"] = dict(r.node.key_marks)
    _unique_across_pages(r)
    _styles_above_floor(r)
    _ppi_floors(r)
    _print_bleed(r)
    _cut_contour(r)
    _text_frames_on_trim(r)
    _frames_have_size(r)
    _art_on_the_trim_bleeds(r)
    _sizes(r)
    _folds(r)


def _press(r: MapRead) -> None:
    """The press a layout names (`press:`), as its badge profile; not with a `badge:` of its
    own too."""
    v = r.values
    if r.has("press") and r.has("badge"):
        r.errs.error(
            "schema.value",
            f"{r.what} gives 'badge' and 'press': name a press or describe one, not both",
            r.mark_of("press"),
            "keep 'press: <id>' (a press of materials/presses/) or the 'badge:' profile, and "
            "remove the other",
        )
    elif r.has("press"):
        v["badge"] = press_of(r)


def _badge_fits(r: MapRead) -> None:
    """A badge profile's cut circle fits the trim, and a pressed kind has one."""
    v = r.values
    badge, trim = v["badge"], v["trim"]
    if badge and trim and min(trim) + 0.01 < badge.cut:
        r.errs.error(
            "schema.value",
            f"the cut circle ({badge.cut:g} mm) does not fit the trim "
            f"({trim[0]:g} x {trim[1]:g} mm)",
            r.mark_of("badge"),
            f"make the trim at least {badge.cut:g} x {badge.cut:g} mm",
        )
    if v["kind"] in PRESSED and not (r.has("badge") or r.has("press")):
        r.errs.error(
            "schema.missing-key",
            f"a {v['kind']} layout needs a press: 'press: <id>' (materials/presses/) or its "
            "own 'badge:' profile (face, cut, safe)",
            r.mark,
            "add 'press: <id>' naming a file of materials/presses/ (e.g. press: 58mm), or a "
            "'badge:' profile",
        )


def _pages(r: MapRead) -> None:
    """The pages come from either `slots:` (one page, "front") or `pages:`."""
    v = r.values
    if r.has("slots") == r.has("pages"):
        r.errs.error(
            "schema.value" if r.has("slots") else "schema.missing-key",
            f"{r.what} gives both 'slots' and 'pages': keep one ('slots' for one page, "
            "'pages' for front, back...)"
            if r.has("slots")
            else f"{r.what} needs 'slots' (one page) or 'pages' (front, back...)",
            r.mark,
            "keep 'slots' for a one-page layout, 'pages' for several, and remove the other"
            if r.has("slots")
            else "add 'slots:' (the slots of its one page) or 'pages:' (each page's slots)",
        )
        r.ok = False
    elif r.has("slots"):
        v["pages"] = (PageSpec("front", r.extras["slots"] or ()),)


def _size(r: MapRead) -> None:
    """Print kinds give `trim` (mm); screen kinds give `pixels` (whole pixels), from which the
    trim follows (kinds.trim_of_pixels), with no bleed and no marks."""
    v = r.values
    kind = v["kind"]
    if kind is None:
        return
    screen = kind in SCREEN
    given, other = ("pixels", "trim") if screen else ("trim", "pixels")
    if r.has(other):
        r.errs.error(
            "schema.unknown-key",
            f"a {kind} layout gives its size in '{given}', not '{other}'",
            r.mark_of(other),
            f"remove '{other}'; the size is '{given}'",
        )
        r.ok = False
    for key in ("bleed", "marks") if screen else ():
        if r.has(key):
            r.errs.error(
                "schema.unknown-key",
                f"a {kind} layout is for screens: it has no '{key}'",
                r.mark_of(key),
                f"remove '{key}': a screen image has no print edge",
            )
            r.ok = False
    if not r.has(given):
        r.errs.error(
            "schema.missing-key",
            f"{r.what} is missing the key '{given}'",
            r.mark,
            f"add '{given}:' ("
            + ("[width, height] in pixels" if screen else "[width, height] in mm")
            + ")",
        )
        r.ok = False
        return
    if not screen or v["pixels"] is None:
        return
    if any(p != int(p) for p in v["pixels"]):
        r.errs.error(
            "schema.value",
            "'pixels' must be whole numbers",
            r.mark_of("pixels"),
            "write them as whole pixels, e.g. pixels: [1080, 1350]",
        )
        r.ok = False
        return
    v["pixels"] = (int(v["pixels"][0]), int(v["pixels"][1]))
    v["trim"] = trim_of_pixels(v["pixels"])
    v["bleed"] = 0.0
    v["marks"] = Marks(False, False, False, False)


def _unique_across_pages(r: MapRead) -> None:
    """A slot named like one on an earlier page is an error at the later slot (names repeated
    within one page are reported by read_slots)."""
    seen: set[str] = set()
    for page in r.values["pages"] or ():
        for slot in page.slots:
            if slot.name in seen:
                r.errs.error(
                    "schema.duplicate",
                    f"two slots are named '{slot.name}'",
                    slot.mark,
                    "give each slot its own name",
                )
        seen |= {s.name for s in page.slots}


def _styles_above_floor(r: MapRead) -> None:
    """A style whose `min_size` is below the type floor could let copy-fit set text smaller
    than allowed (a warning at the style; `check` reports text actually set below it as an
    error at the slot). Only styles that text slots use are checked (rim text is set at its
    style's size); a style whose `size` itself is below the floor is not warned about here,
    as every slot that uses it is an error."""
    v = r.values
    kind = KINDS.get(v["kind"] or "")
    if kind is None:
        return
    floor = v["min_type_pt"] if v["min_type_pt"] is not None else kind.min_type_pt
    used = {s.style.name for p in v["pages"] or () for s in p.slots if isinstance(s, TextSlot)}
    for name, style in v["styles"].items():
        if name in used and style.min_size < floor <= style.size:
            r.errs.warn(
                "layout.too-small",
                f"style '{name}' lets copy-fit go down to {style.min_size:g} pt, below the "
                f"{v['kind']}'s type floor of {floor:g} pt",
                style.mark,
                f"raise its min_size to {floor:g}",
                "or, for a material read at arm's length, lower the floor with "
                "'min_type_pt' in the layout",
            )


def _ppi_floors(r: MapRead) -> None:
    """The images' resolution floors (`min_ppi:`, `good_ppi:`) are for print kinds (a screen
    image holds them to its own pixels), and the floor of an error is at most the
    resolution recommended, on the design and on each size (a size's own, else the
    design's): `min_ppi: 200` under a design's `good_ppi: 150` asked for an error where it
    recommended less."""
    v = r.values
    keys = [k for k in PPI_KEYS if r.has(k)]
    if v["kind"] in SCREEN and keys:
        r.errs.error(
            "schema.unknown-key",
            f"a {v['kind']} layout has no '{keys[0]}': an image in a screen image is held to "
            "that image's own pixels, not a print resolution",
            r.mark_of(keys[0]),
            f"remove '{keys[0]}'",
        )
        r.ok = False
        return
    if any(v[k] is None for k in keys):  # written but unusable: its own error
        return
    default = (MIN_PPI, GOOD_PPI)
    design = tuple(
        (default[i], " (the default)") if v[k] is None else (v[k], "")
        for i, k in enumerate(PPI_KEYS)
    )
    if keys:
        _ppi_order(r, "", design, r.node)
    sizes = r.child("sizes")
    for size in (v["sizes"] or {}).values():
        node = sizes.value.get(size.name) if sizes is not None and sizes.is_map else None
        if node is None or not node.is_map or not any(k in node.value for k in PPI_KEYS):
            continue
        own = (size.min_ppi, size.good_ppi)
        pair = tuple(
            (design[i][0], design[i][1] or " (the design's)") if own[i] is None else (own[i], "")
            for i in range(2)
        )
        _ppi_order(r, f"size '{size.name}': ", pair, node)


PPI_KEYS = ("min_ppi", "good_ppi")


def _ppi_order(r: MapRead, what: str, pair: tuple[tuple[float, str], ...], node: Node) -> None:
    """An error at `node`'s `min_ppi:` (else its `good_ppi:`) where the floor is above the
    recommended resolution; `pair`: each (ppi, where it comes from when not written at
    `node`: " (the design's)", " (the default)", else "")."""
    (low, low_from), (good, good_from) = pair
    if low <= good:
        return
    at = node.value["good_ppi" if low_from else "min_ppi"].mark
    r.errs.error(
        "schema.value",
        f"{what}min_ppi {low:g}{low_from} is above good_ppi {good:g}{good_from}: an image "
        "below the first is an error, below the second a warning, so the first is at most "
        "the second",
        at,
        f"lower min_ppi to {good:g} or less, or raise good_ppi to {low:g} or more",
    )
    r.ok = False


def _cut_contour(r: MapRead) -> None:
    """A die line's corner radius fits the trim (at most half its shorter side), and a round
    piece (a badge) has none: the press's die cuts it, not a plotter."""
    v = r.values
    marks, trim = v.get("marks"), v.get("trim")
    if not isinstance(marks, Marks):
        return
    node = r.child("marks")
    inner = node.value if node is not None and node.is_map else {}

    def at(key: str) -> Mark:  # the key inside `marks:`, else `marks:` itself
        return inner[key].mark if key in inner else r.mark_of("marks")

    if not marks.cut_contour:
        if "cut_radius" in inner:
            r.errs.warn(
                "schema.value",
                "cut_radius rounds the die line, and there is none: it changes nothing",
                at("cut_radius"),
                "add cut_contour: true beside it, or remove it",
            )
        return

    if v["kind"] in PRESSED:
        r.errs.error(
            "schema.value",
            f"a {v['kind']} is cut by its press's die: it has no cut_contour",
            at("cut_contour"),
            "remove cut_contour (a badge's print PDF draws its press's cut circle as its die "
            "line, and a gang sheet each badge's: python generate.py sheet)",
        )
    elif trim and marks.cut_radius > min(trim) / 2:
        r.errs.error(
            "schema.value",
            f"cut_radius {marks.cut_radius:g} mm is more than half the trim's shorter side "
            f"({min(trim) / 2:g} mm)",
            at("cut_radius"),
            f"set cut_radius to at most {min(trim) / 2:g}",
        )
