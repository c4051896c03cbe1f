"""Which materials a warning of the kit is about, so that the preview shows it on their cards
(a designer missed a warning about the material being edited in the collapsed list of the
kit's warnings): the material its subject names (a size of other proportions than its
design), else the materials made from the layout file it is written in: the size whose entry
under `sizes:` holds its line (a size's low bleed), else the design and every size made from
it (a style of the design below the type floor). A warning in no layout file (a colour of
campaign.yaml, an office's field) is about no one material. `split_warnings` puts each
warning on the documents it is about."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..diagnostics import Diagnostic
from ..model import Kit
from ..pipeline.checking import check_warnings
from ..pipeline.selection import materials_of, office_at
from .entries import Entry


def warned_materials(d: Diagnostic, kit: Kit) -> tuple[str, ...]:
    """The ids of the materials `d` is about (none: the kit's at large): the rule of the
    warnings a build or check shows (pipeline.selection.materials_of)."""
    return materials_of(d, kit.layouts)


def gallery_warnings(kit: Kit, entries: Collection[Entry], offices: bool) -> tuple[Diagnostic, ...]:
    """The warnings `check` shows for the documents of `entries` (pipeline.checking.
    check_warnings): about their languages and materials, and with `offices` (the gallery
    shows offices', not the campaign's: `--office`) their offices' unfilled fields. The
    page listed the kit's own warnings only, without a colour whose screen and print values
    differ, and with `--office` those of every language, not its languages only (a
    designer's trial)."""
    chosen = (
        [kit.offices[o] for o in dict.fromkeys(e.office for e in entries) if o] if offices else None
    )
    langs = [e.lang for e in entries]
    return check_warnings(kit, langs, chosen, {e.material for e in entries})


def split_warnings(
    kit: Kit, entries: Collection[Entry], warnings: Iterable[Diagnostic]
) -> tuple[dict[Entry, list[Diagnostic]], list[Diagnostic], int]:
    """`warnings` by the documents of `entries` they are about (`warned_materials`, and the
    office (`_office_of`) and language their subject names), the others, and how many are
    about a document."""
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
            for m in warned_materials(d, kit)
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
