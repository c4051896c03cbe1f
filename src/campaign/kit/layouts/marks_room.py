"""`layout.marks`: printer's marks a trim has no room for (render.marks.crowded), at the
layout's `marks:`. A 50 x 180 mm bookmark with every mark had its top registration target
printed under its colour bar, and neither the build nor `check` said a word (a trial); now
the bar is shortened or left out, a target left out where it would cross a crop mark, and
this warning says which and how to have them all."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path

from ...diagnostics import DiagnosticsError, listed
from ...model import Folds, Layout, Marks, Office, PageSpec, SizeSpec
from ...papers import paper_family, piece_bleed
from ...render.marks import (
    SLUG_DRAFT,
    SLUG_NAMES,
    SLUG_SAMPLE,
    SLUG_SEPARATOR,
    SLUG_SMALL,
    crowded,
    slug_left_out,
    slug_width_in,
)
from ..spec import Context, MapRead, check

# where a layout's slug check waits in `Context.scope` for the kit's offices (`slug_rooms`)
SLUG_ROOMS = "slug room"
# who prints a piece, as its slug's check takes it: an office's id ("" for none), whether
# its files are sample data, and its `paper:` (None for none), the paper family a piece of
# no family is made on (papers.paper_family), whose press sheet the slug's room is on
Printer = tuple[str, bool, str | None]

# the widest trim `_widest_needed` tries, mm past the one given: far more than any mark needs
# (every mark has its place on a 76 mm wide trim without folds)
SEARCH_MM = 200


@check(Layout)
def _marks_room(r: MapRead) -> None:
    """Each trim the layout has (its own and each of its `sizes:`, with their folds) against
    the marks it asks for: what `crowded` finds is a warning at `marks:`, whose hint gives
    the least trim width with room for them all and the marks to turn off instead."""
    v = r.values
    marks, trim = v.get("marks"), v.get("trim")
    if not isinstance(marks, Marks) or not trim or not marks.any:
        return
    folds = v.get("folds") or Folds()
    trims: list[tuple[str, tuple[float, float], Folds]] = [("", tuple(trim), folds)]
    for size in (v.get("sizes") or {}).values():
        if size.trim and size.badge is None:
            own = folds.on_size(tuple(trim), tuple(size.trim), size.folds)  # as drawn
            trims.append((f"size '{size.name}' ", tuple(size.trim), own))
    # checked once the kit's offices and languages are read (`slug_rooms`): the slug's room
    # depends on them, and its warning comes before the other marks' as ever
    r.ctx.scope.setdefault(SLUG_ROOMS, {})[str(r.derived.get("id", ""))] = partial(
        _rooms, r, marks, trims
    )


def _rooms(
    r: MapRead,
    marks: Marks,
    trims: list[tuple[str, tuple[float, float], Folds]],
    offices_of: Callable[[str], list[Printer]],
    codes: list[str],
    drafts: frozenset[str] = frozenset(),
) -> None:
    """`_marks_room`'s warnings, once the kit's offices and languages are known: the slug's
    (`_slug_room`), then those of the marks `crowded` leaves out."""
    _slug_room(r, marks, trims, offices_of, codes, drafts)
    if not (marks.registration or marks.colour_bar):
        return
    for what, (w, h), f in trims:
        left = crowded((w, h), marks, f.vertical, f.horizontal)
        if not left:
            continue
        wider = _widest_needed((w, h), marks, f)
        turn_off = [
            k
            for k, on in (("colour_bar", marks.colour_bar), ("registration", marks.registration))
            if on
        ]
        r.errs.warn(
            "layout.marks",
            f"the {what}trim ({w:g} x {h:g} mm) has no room outside its bleed for "
            f"{listed(left)}: left out, so that no mark is printed over another (the crop "
            "marks are kept)",
            r.mark_of("marks"),
            (f"a trim at least {wider:g} mm wide has room for them all; or " if wider else "")
            + "write "
            + " or ".join(f"`{k}: false`" for k in turn_off)
            + " under `marks:`",
        )


def _widest_needed(trim: tuple[float, float], marks: Marks, folds: Folds) -> float | None:
    """The least whole mm width, with the same height and the folds at the same share of
    it, at which `crowded` finds nothing; None past SEARCH_MM wider (or where the height
    is what lacks room)."""
    w, h = trim
    for extra in range(1, SEARCH_MM + 1):
        wide = float(int(w) + extra)
        f = folds.scaled(wide / w, 1.0)
        if not crowded((wide, h), marks, f.vertical, f.horizontal):
            return wide
    return None


def kit_slug_width(fonts: Path) -> Callable[[str, float], float] | None:
    """The slug face's measure of the kit whose fonts/ folder is `fonts` (`_slug_width_in`,
    kept while its fonts.yaml is unchanged); None where it has no fonts.yaml, or the list
    does not load."""
    listed = fonts / "fonts.yaml"
    return _slug_width_in(fonts, listed.stat().st_mtime) if listed.is_file() else None


@lru_cache(maxsize=4)
def _slug_width_in(fonts: Path, stamp: float) -> Callable[[str, float], float] | None:
    """The kit's slug face's measure (render.marks.slug_width_in) from its fonts/ folder
    (`stamp`: its fonts.yaml's time, so that a changed list is read again); None where the
    list does not load (`check` says why elsewhere)."""
    from ...fonts import load_fontbook  # the fonts: read only where a layout has a slug

    try:
        return slug_width_in(load_fontbook(fonts).slug_face())
    except (DiagnosticsError, OSError):
        return None


def slug_rooms(
    ctx: Context,
    layouts: Mapping[str, Layout],
    offices: Mapping[str, Office],
    codes: list[str],
    sample: bool = False,
    drafts: frozenset[str] = frozenset(),
) -> None:
    """The marks' checks the layouts read left in `ctx.scope` (`_rooms`), run once the
    kit's offices and languages (`codes`; `drafts`: those not reviewed) are known: each
    piece's slug as printed for the office among those that build it (`Office.builds`), or
    without one as a build without --office prints it, whose fields before the material
    are widest (its id, and SAMPLE DATA where it is a sample office, or the campaign a
    sample one: `sample`, campaign.yaml's), in the kit's language whose fields are widest
    (its code, and DRAFT after it for a draft's piece that prints words). Checked with no
    office and in English, an 18 x 180 mm bookmark of office "unodc-roseap" printed without
    its build hash, and `check` said nothing (a review); checked without SAMPLE DATA, a
    sample office's slug could lose fields `check` said it kept (a country office's trial);
    without DRAFT, a draft language's."""
    for run in ctx.scope.pop(SLUG_ROOMS, {}).values():

        def who(material: str) -> list[Printer]:
            layout = layouts.get(material)
            builds = [o for o in offices.values() if layout is not None and o.builds(layout)]
            return [("", sample, None), *((o.id, o.sample, o.paper) for o in builds)]

        run(who, codes, drafts)


def _slug_room(
    r: MapRead,
    marks: Marks,
    trims: list[tuple[str, tuple[float, float], Folds]],
    offices_of: Callable[[str], list[Printer]],
    codes: list[str],
    drafts: frozenset[str] = frozenset(),
) -> None:
    """Each trim's slug against the room below it (render.marks.slug_left_out, the rule
    draw_slug draws by), printed for whichever of `offices_of(material)` (`Printer`s)
    prints the widest fields before the material, of those that make it on each paper
    family (`_printers`: a size of no family goes on that family's press sheet, whose room
    may differ), in whichever language of `codes` prints the widest fields after it (its code,
    and DRAFT for one of `drafts` where the piece prints a text of the strings files,
    `prints_words`: a draft's slug said DRAFT where the check had not measured it): what a
    print shop tells the pieces apart by that it leaves out (the office, material, page,
    language, the campaign's year, the build hash; the whole slug) is a warning at
    `marks:`, whose hint gives the least trim width with room for it, and the other ways:
    `registration: false` (the slug then runs to the right crop mark), a press sheet, or
    `slug: false`. A 22 mm wide piece's slug lost its build hash, and a 14 mm one's all but
    its language, and neither `check` nor `build` said a word (a trial)."""
    width_of = kit_slug_width(r.ctx.root / "fonts") if marks.slug else None
    if width_of is None:
        return

    def head(who: Printer) -> float:
        """The width of the fields a slug printed for `who` begins with: SAMPLE DATA, the
        office's id."""
        office, sample, _ = who
        fields = [*([SLUG_SAMPLE] if sample else []), *([office] if office else [])]
        return sum(width_of(f + SLUG_SEPARATOR, SLUG_SMALL) for f in fields)

    v = r.values
    material = str(r.derived.get("id", ""))
    family = v.get("family") or material
    pages = tuple(p.name for p in v.get("pages") or ()) or ("front",)
    bleed = float(v.get("bleed") or 0.0)
    sizes = {f"size '{size.name}' ": size for size in (v.get("sizes") or {}).values()}
    for what, trim, f in trims:
        size = sizes.get(what)
        paper = v.get("paper") if size is None else size.paper
        if size is None:  # the design's own trim
            piece = (material, pages, bleed, paper)
        else:  # a size's: its own material, pages and bleed (kit.sizes)
            sides = tuple(p for p in pages if size.pages is None or p in size.pages)
            own = bleed if size.bleed is None else float(size.bleed)
            piece = (f"{family}-{size.name}", sides or pages, own, paper)
        printers = _printers(offices_of(piece[0]), paper, head)
        worded = drafts if prints_words(v.get("pages") or (), size) else frozenset()

        def tail(code: str, worded: frozenset[str] = worded) -> float:
            """The width of the language's fields: its code, and DRAFT for a draft."""
            draft = width_of(SLUG_SEPARATOR + SLUG_DRAFT, SLUG_SMALL) if code in worded else 0
            return width_of(code, SLUG_SMALL) + draft

        lang = max(codes, key=tail, default="en")
        _slug_warning(r, marks, what, trim, f, piece, width_of, printers, lang, lang in worded)


def _printers(
    builders: list[Printer], own: str | None, head: Callable[[Printer], float]
) -> list[Printer]:
    """Of the `builders` of a piece whose own `paper:` is `own`, one for each paper family
    they make it on (papers.paper_family), the one whose slug's fields before the material
    are widest (`head`; the first of those as wide), its paper that family: one office for a
    piece of a paper family, as many as its builders have papers for a custom size."""
    widest: dict[str | None, Printer] = {}
    for who in builders:
        family = paper_family(own, who[2])
        if family not in widest or head(who) > head(widest[family]):
            widest[family] = who
    return [(office, sample, family) for family, (office, sample, _) in widest.items()]


def _slug_warning(
    r: MapRead,
    marks: Marks,
    what: str,
    trim: tuple[float, float],
    folds: Folds,
    piece: tuple[str, tuple[str, ...], float, str | None],
    width_of: Callable[[str, float], float],
    printers: list[Printer],
    lang: str = "en",
    draft: bool = False,
) -> None:
    """`_slug_room`'s warning for one trim (`what`: "" or "size 'a4' "), of the material
    `piece` names (its name, its pages' names, its bleed, mm, and its `paper:`), printed by
    the one of
    `printers` (`_printers`: an office's id or "", sample data or not, on a paper family)
    whose slug leaves out most, in the language `lang`, of a `draft`'s texts or not."""
    w, h = trim
    name, sides, bleed, own = piece
    folded = bool(folds.vertical or folds.horizontal)

    def lost(wide: float, m: Marks, by: Printer) -> tuple[str, ...]:
        """What the slug leaves out on the trim made `wide` mm wide, its folds with it."""
        office, sample, paper = by
        v = folds.scaled(wide / w, 1.0).vertical
        made = piece_bleed(bleed, (wide, h), own, paper)  # 1/8 in for a US office's custom size
        return slug_left_out(
            name, (wide, h), made, m, v, sides, width_of, folded, (office, lang), sample,
            draft, paper=paper,
        )  # fmt: skip

    losses = [(lost(w, marks, by), by) for by in printers]
    left, printer = max(losses, key=lambda lb: ("slug" in lb[0], len(lb[0])))
    if not left:
        return
    wider = next(
        (int(w) + n for n in range(1, SEARCH_MM + 1) if not lost(int(w) + n, marks, printer)),
        None,
    )
    ways = [f"a trim at least {wider:g} mm wide has room for it"] if wider else []
    if marks.registration and not lost(w, replace(marks, registration=False), printer):
        ways.append(
            "write `registration: false` under `marks:` (the slug then runs to the right crop mark)"
        )
    ways += [
        "print the pieces on a press sheet (`sheet`: the sheet's slug names its files)",
        "write `slug: false` under `marks:` where the pieces need none",
    ]
    said = (
        "the slug: not one of its fields fits"
        if "slug" in left
        else f"its slug's {listed([SLUG_NAMES[k].removeprefix('the ') for k in left])}"
    )
    r.errs.warn(
        "layout.marks",
        f"the {what}trim ({w:g} x {h:g} mm) has no room below its bleed for {said} (at "
        f"{SLUG_SMALL:g} pt, between the crop marks and beside the bottom registration "
        "target): "
        + (
            "no slug is printed, and nothing beside the pieces says which job they are"
            if "slug" in left
            else "left out of the slug"
        ),
        r.mark_of("marks"),
        "; or ".join(ways),
    )


def prints_words(pages: Sequence[PageSpec], size: SizeSpec | None) -> bool:
    """Whether a piece (the design's `pages`, or those of its `size`, without the slots the
    size drops) sets a text of the strings files (a text or rim text slot with a `string:`):
    a document of a draft language that sets none says no DRAFT on its slug
    (fingerprint.draft_texts: a badge of the heart alone)."""
    dropped = {name for name, o in (size.slots if size else {}).items() if o.drop}
    kept = size.pages if size is not None and size.pages is not None else None
    return any(
        getattr(slot, "strings", ()) and slot.name not in dropped
        for page in pages
        if kept is None or page.name in kept
        for slot in page.slots
    )
