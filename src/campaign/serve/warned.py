"""Which materials a warning of the kit is about, so that the preview shows it on their cards
(a designer missed a warning about the material being edited in the collapsed list of the
kit's warnings): the material its subject names (a size of other proportions than its
design), else the materials made from the layout file it is written in: the size whose entry
under `sizes:` holds its line (a size's low bleed), else the design and every size made from
it (a style of the design below the type floor). A warning in no layout file (a colour of
campaign.yaml, an office's field) is about no one material. `split_warnings` puts each
warning on the documents it is about."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from ..diagnostics import Diagnostic
from ..fonts import FontBook
from ..model import Kit
from ..pipeline.checking import check_warnings
from ..pipeline.kit_warnings import font_warnings
from ..pipeline.selection import materials_of, office_at
from .entries import Entry
from .unmade import Unmade, unmade_about


def warned_materials(d: Diagnostic, kit: Kit) -> tuple[str, ...]:
    """The ids of the materials `d` is about (none: the kit's at large): the rule of the
    warnings a build or check shows (pipeline.selection.materials_of)."""
    return materials_of(d, kit.layouts)


def gallery_warnings(
    kit: Kit,
    entries: Collection[Entry],
    offices: bool,
    fonts: FontBook | None = None,
    only: bool = False,
) -> tuple[Diagnostic, ...]:
    """The warnings `check` shows for the documents of `entries` (pipeline.checking.
    check_warnings): about their languages and materials, and with `offices` (the gallery
    shows offices', not the campaign's: `--office`) their offices' unfilled fields; then,
    given the kit's `fonts`, fonts.yaml's and a family with no bold that sets their
    languages' bold texts (pipeline.kit_warnings.font_warnings: in their materials with
    `only`, `--only`, else in any), as `check` prints them after those. The
    page listed the kit's own warnings only, without a colour whose screen and print values
    differ, and with `--office` those of every language, not its languages only (a
    designer's trial); and without fonts.yaml's (a script two families list)."""
    chosen = (
        [kit.offices[o] for o in dict.fromkeys(e.office for e in entries) if o] if offices else None
    )
    langs = [e.lang for e in entries]
    materials = {e.material for e in entries}
    found = check_warnings(kit, langs, chosen, materials)
    if fonts is None:
        return found
    return found + font_warnings(kit, fonts, set(langs), materials if only else None)


def split_warnings(
    kit: Kit,
    entries: Collection[Entry],
    warnings: Iterable[Diagnostic],
    unmade: Mapping[str, Unmade] | None = None,
) -> tuple[dict[Entry, list[Diagnostic]], list[Diagnostic], int]:
    """`warnings` by the documents of `entries` they are about (`warned_materials`, else
    the materials of a layout file that never read well, `unmade`: serve.unmade.unmade_about;
    and the office (`_office_of`) and language their subject names), the others, and how
    many are about a document."""
    by_entry: dict[Entry, list[Diagnostic]] = {}
    rest: list[Diagnostic] = []
    placed = 0
    by_material: dict[str, list[Entry]] = {}
    for entry in entries:
        by_material.setdefault(entry.material, []).append(entry)
    for d in warnings:
        offices = _offices_of(d, kit)
        about = [
            e
            for m in warned_materials(d, kit) or unmade_about(d, unmade or {})
            for e in by_material.get(m, ())
            if (offices is None or e.office in offices) and d.subject.language in (None, e.lang)
        ]
        for e in about:
            by_entry.setdefault(e, []).append(d)
        if about:
            placed += 1
        else:
            rest.append(d)
    return by_entry, rest, placed


def _offices_of(d: Diagnostic, kit: Kit) -> frozenset[str] | None:
    """The offices warning `d` is about (`_office_of`; None: the campaign's), with each office
    of the kit that takes the logo it is at from that office's file (`extends:`): an
    inherited logo prints as its office's does, and `image.logo-small`, told once at the
    file that names it, is on the cards of both (it was on the extended office's alone)."""
    office = _office_of(d)
    if office is None:
        return None
    return frozenset(
        {office}
        | {
            o.id
            for o in kit.offices.values()
            if d.mark is not None and d.mark in o.logo_marks.values()
        }
    )


def _office_of(d: Diagnostic) -> str | None:
    """The office warning `d` is about: its subject's, else the office whose file it is at
    (materials/offices/<id>.yaml: an office's logo too low in some layouts' slots, on that
    office's cards of those materials, not every office's); None: the campaign's."""
    return d.subject.office or office_at(d)
