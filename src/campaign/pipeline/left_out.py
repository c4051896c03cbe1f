"""What a size of a design leaves out of an office's contacts, logos and links: a note of
`build` and `check` of an office (`layout.left-out`; `merge.left-out` of a merge's template),
from the layouts and the office alone (no file is read). A note (Severity.NOTE), not a
warning: the sizes are the kit's own design, which `--strict` must not fail for every office
that fills in its contacts."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from ..commands import command
from ..diagnostics import Diagnostic, Severity, listed
from ..model import ImageSlot, Layout, Office, QrSlot, TextSlot


def left_out(
    layouts: Mapping[str, Layout],
    offices: Iterable[Office],
    built: Iterable[tuple[str, str]],
    builds: Mapping[str, Collection[str]] | None = None,
) -> list[Diagnostic]:
    """A `layout.left-out` note per (office id, material) of `built` whose material is a size
    of a design that
    leaves out what the office gives (a filled field, a logo, a link) and the design shows:
    flyer-a6 and flyer-half-letter, front only, printed none of an office's logos and
    contacts, which the A5 flyer's back shows, without a word (a country office's trial).
    `builds`: the materials each office builds (pipeline.jobs.office_materials), for the
    hint. Each at the size's entry under its design's `sizes:` (`Layout.size_mark`). Ordered
    as `built`."""
    by_id = {office.id: office for office in offices}
    out = []
    for office_id, material in dict.fromkeys(built):
        office, layout = by_id.get(office_id), layouts.get(material)
        if office is None or layout is None or layout.sized_from is None:
            continue
        design = layouts.get(layout.sized_from)
        if design is None:
            continue
        kept = set(_shows(layout, office))
        gone = {
            thing: page
            for thing, page in _shows(design, office).items()
            if thing not in kept and _gives(office, thing)
        }
        if not gone:
            continue
        pages = [p.name for p in design.pages if p.name in gone.values()]
        has = {p.name for p in layout.pages}
        why = []  # each cause of what is gone: a page the size has not, a slot it drops
        if any(page not in has for page in gone.values()):
            only = [p.name for p in layout.pages]
            why.append(f"the size has only its {listed(only)} (pages: [{', '.join(only)}])")
        if any(page in has for page in gone.values()):
            rest = "the rest" if why else "them"
            why.append(f"the size drops the slots that show {rest} (slots: ... drop: true)")
        things = sorted(gone, key=lambda t: (t.startswith(("logo ", "link ")), t))
        message = (
            f"'{material}' leaves out what office '{office.id}' gives and '{design.id}' shows"
            + (f" on its {listed(pages)}" if len(design.pages) > 1 else "")
            + f": {listed(things)}; {' and '.join(why)}"
            + _where_printed(layouts, office, design, material, gone, builds)
        )
        out.append(Diagnostic("layout.left-out", message, layout.size_mark, (), Severity.NOTE))
    return out


def _where_printed(
    layouts: Mapping[str, Layout],
    office: Office,
    design: Layout,
    material: str,
    gone: Collection[str],
    builds: Mapping[str, Collection[str]] | None,
) -> str:
    """The note's end: the size of the design (the design itself first, then its other
    sizes) that prints all of `gone` and the office builds; else the first such size of the
    office's paper family, to add to its `materials:`; else the design. A US-paper office
    that builds flyer-letter (with its back) was told to add flyer-a5, an ISO A5 flyer, for
    what flyer-half-letter leaves out (a trial's)."""
    sizes = [design] + [
        layout
        for layout in layouts.values()
        if layout.sized_from == design.id and layout.id not in (material, design.id)
    ]
    full = [layout for layout in sizes if set(gone) <= set(_shows(layout, office))]
    built = builds.get(office.id, ()) if builds is not None else ()
    for layout in full:
        if layout.id in built:
            return f". The office builds '{layout.id}' too, which prints them"
    ours = [layout for layout in full if layout.paper == office.paper]
    advice = (ours or full or [design])[0].id
    return f". To print them, add '{advice}' to the office's `materials:`"


def not_shown(
    layouts: Mapping[str, Layout], offices: Iterable[Office], merged: Iterable[tuple[str, str]]
) -> list[Diagnostic]:
    """A `merge.left-out` note per (office id, template) of `merged` (`merge --office`) whose
    template has no slot for something the office gives (a filled field, a logo, a link):
    the office's name, e-mail and social handle, which its materials print and an event
    flyer has no room for, were left out without a word (a regional office's trial). No
    place: the office gives them, the template leaves them out. Ordered as `merged`."""
    from ..model import CONTACT_FIELDS

    by_id = {office.id: office for office in offices}
    out = []
    for office_id, material in dict.fromkeys(merged):
        office, layout = by_id.get(office_id), layouts.get(material)
        if office is None or layout is None:
            continue
        given = [f for f in CONTACT_FIELDS if _gives(office, f)]
        given += [f"logo '{name}'" for name in office.logos]
        given += [f"link '{name}'" for name in office.links]
        shown = _shows(layout, office)
        gone = [thing for thing in given if thing not in shown]
        if not gone:
            continue
        message = (
            f"'{material}' has no place for what office '{office.id}' gives: "
            f"{listed(gone)}; the office's materials show them "
            f"({command(f'build --office {office.id}')})"
        )
        out.append(Diagnostic("merge.left-out", message, None, (), Severity.NOTE))
    return out


def _shows(layout: Layout, office: Office) -> dict[str, str]:
    """What of `office` the layout's slots show, each with the first page that shows it:
    "website" (a field), "logo 'partner'", "link 'blueheart'" (a QR code's). A `first_field`
    slot shows its fields up to the first the office gives (the A6 flyer's reporting form,
    else the website: not the website of an office with a form)."""
    out: dict[str, str] = {}
    for page in layout.pages:
        for slot in page.slots:
            things: tuple[str, ...] = ()
            if isinstance(slot, TextSlot):
                things = slot.fields
                given = [n for n, name in enumerate(things) if _gives(office, name)]
                if slot.first_field and given:
                    things = things[: given[0] + 1]
            elif isinstance(slot, ImageSlot) and slot.logo:
                things = (f"logo '{slot.logo}'",)
            elif isinstance(slot, QrSlot):
                things = (f"link '{slot.link}'",)
            for thing in things:
                out.setdefault(thing, page.name)
    return out


def _gives(office: Office, thing: str) -> bool:
    """Whether `office` gives `thing` of _shows: a field filled (in any language), a logo, a
    link of its own."""
    if thing.startswith("logo '"):
        return thing[6:-1] in office.logos
    if thing.startswith("link '"):
        return thing[6:-1] in office.links
    values = [office.fields.get(thing), *(f.get(thing) for f in office.fields_by_language.values())]
    return any(v is not None and v.text for v in values)
