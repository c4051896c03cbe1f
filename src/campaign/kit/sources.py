"""A figure the kit prints carries its source: a page of a layout (or of one of its sizes) that
shows a string stating a figure from a study shows the string that names the study too.

The campaign's rule (DESIGN.md, "facts and figures from elsewhere carry their source"): the
posters and flyers set "1 in 3 ... is a child" above "Source: UNODC Global Report on
Trafficking in Persons", and the social images showed the figure without it (a Middle East
office's trial)."""

from __future__ import annotations

from ..model import Layout
from ..model.slots import ArcTextSlot, TextSlot
from .spec import Context

# The strings that state a figure from a study, each with the string that names its source
# (materials/strings/en.yaml: fact_figure "1 in 3", fact "detected victims of human trafficking
# is a child", fact_source "Source: UNODC Global Report on Trafficking in Persons").
SOURCED = {"fact_figure": "fact_source", "fact": "fact_source"}


def check_sources(layouts: dict[str, Layout], ctx: Context) -> None:
    """A `layout.unsourced` error at the first slot of a page that shows a string of SOURCED
    without its source's string on that page (one error a page and source; a size of a
    layout is checked as its own material, so a size that drops the source slot is named)."""
    for layout in layouts.values():
        for page in layout.pages:
            shown = {
                key
                for slot in page.slots
                if isinstance(slot, TextSlot | ArcTextSlot)
                for key in slot.strings
            }
            told: set[str] = set()
            for slot in page.slots:
                if not isinstance(slot, TextSlot | ArcTextSlot):
                    continue
                for key in slot.strings:
                    source = SOURCED.get(key)
                    if source is None or source in shown or source in told:
                        continue
                    told.add(source)
                    where = (
                        f"page '{page.name}' of {layout.id}" if len(layout.pages) > 1 else layout.id
                    )
                    ctx.errs.error(
                        "layout.unsourced",
                        f"{where} shows the figure '{key}' (slot '{slot.name}') without its "
                        f"source, the string '{source}': every figure the kit prints names "
                        "the study it comes from",
                        layout.size_mark or slot.mark,
                        f"add a text slot with `string: {source}` on the page, in small type "
                        "near the figure (the poster's `source` slot is one)",
                    )
