"""What a merge asks of the template it fills: the event slots a template holds
(`event_fields`), a template that has none (`check_template`) and a paper size the merge
names (`check_paper`).
"""

from __future__ import annotations

from ..diagnostics import Collector, Mark
from ..model import Kit, Layout
from .fields import FIELDS


def check_template(kit: Kit, template: str, errs: Collector) -> None:
    """A `merge.template` error when the material `template` shows none of an event's texts
    (no text slot with an event field of FIELDS): each record's file would be the campaign's
    own page under the event's name, at most with the event's link in its QR code and its
    photo (`merge flyer-a5` for `merge event-flyer-a5` made them, exit 0, and `package` then
    sent them to the print shop as the events' flyers; a warning still made them). A
    template the kit does not have is left to the build, which names it."""
    layout = kit.layouts.get(template)
    if layout is None or event_fields(layout):
        return
    templates = sorted(lid for lid, other in kit.layouts.items() if event_fields(other))
    errs.error(
        "merge.template",
        f"'{template}' shows none of an event's texts ({', '.join(sorted(FIELDS.values()))}): "
        "each record's file is the campaign's own page",
        Mark(layout.path, 1, 1),
        f"merge into an event template: {', '.join(templates)}"
        if templates
        else "give the layout a text slot with field: event_title (and the others)",
    )


PAPER_NAMES = {"iso": "ISO paper", "us": "US paper"}


def check_paper(kit: Kit, template: str, office_id: str | None, errs: Collector) -> None:
    """A `merge.paper` warning at the office file's `paper:` when `merge --office` names a
    template of another paper family than the office's (an office on US paper got A3 event
    posters without a word), with the size of the template's design in the office's paper
    nearest to it (event-poster-tabloid for event-poster-a3), then its others in that paper
    by nearness (event-poster-letter), or how to add one. None when
    the office's `materials:` lists the template (its choice), or the template is of no
    paper family."""
    layout = kit.layouts.get(template)
    office = kit.offices.get(office_id or "")
    if layout is None or office is None or layout.paper in (None, office.paper):
        return
    if template in office.materials:
        return
    design = layout.sized_from or layout.id
    area = layout.trim[0] * layout.trim[1]
    sizes = sorted(
        (abs(other.trim[0] * other.trim[1] - area), other.id)
        for other in kit.layouts.values()
        if (other.sized_from or other.id) == design and other.paper == office.paper
    )
    name = f"'{template}' ({layout.title}, {layout.trim[0]:g} x {layout.trim[1]:g} mm)"
    if sizes:
        size, *others = (kit.layouts[i] for _, i in sizes)
        more = "".join(f"; or {o.id} ({o.title}, {o.trim[0]:g} x {o.trim[1]:g} mm)" for o in others)
        hints: tuple[str, ...] = (
            f"merge {size.id} for it: the same design in {size.title} "
            f"({size.trim[0]:g} x {size.trim[1]:g} mm){more}",
        )
    else:
        hints = (
            f"give {kit.layouts[design].path.name} a size of paper: {office.paper} under "
            "`sizes:` (see poster-a3.yaml), or list the template in the office's `materials:` "
            "to print it as it is",
        )
    mark = office.mark
    try:
        for n, line in enumerate(office.path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("paper:"):
                mark = Mark(office.path, n, 1)
                break
    except (OSError, UnicodeError):
        pass
    errs.warn(
        "merge.paper",
        f"office '{office.id}' prints on {PAPER_NAMES.get(office.paper, office.paper)} "
        f"(paper: {office.paper}), and {name} is of "
        f"{PAPER_NAMES.get(layout.paper, layout.paper)}: its files are made in that size",
        mark,
        *hints,
    )


def event_fields(layout: Layout) -> set[str]:
    """The event fields (FIELDS) the layout's text slots show: none but in an event
    template."""
    wanted = set(FIELDS.values())
    return {
        name
        for page in layout.pages
        for slot in page.slots
        for name in getattr(slot, "fields", ())
        if name in wanted
    }
