"""A figure the kit prints carries its source: a page of a layout (or of one of its sizes) that
shows a string stating a figure from a study shows the string that names the study too.

The campaign's rule (DESIGN.md, "facts and figures from elsewhere carry their source"): the
posters and flyers set "1 in 3 ... is a child" above "Source: UNODC Global Report on
Trafficking in Persons", and the social images showed the figure without it (a Middle East
office's trial)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from ..diagnostics import closest, listed
from ..model import Layout, PageSpec, Slot
from ..model.slots import ArcTextSlot, TextSlot
from .spec import Context

# The strings that state a figure from a study, each with the string that names its source
# (materials/strings/en.yaml: fact_figure "1 in 3", fact "detected victims of human trafficking
# is a child", fact_source "Source: UNODC Global Report on Trafficking in Persons").
SOURCED = {"fact_figure": "fact_source", "fact": "fact_source"}


# The strings that complete another's sentence, each with the one it completes: `fact`,
# "detected victims of human trafficking is a child", reads after `fact_figure`, "1 in 3"
# (materials/strings/en.yaml's notes: "Completes the figure above it")
COMPLETES = {"fact": "fact_figure"}


def check_fragments(layouts: dict[str, Layout], ctx: Context) -> None:
    """A `layout.fragment` warning at a slot of a page that shows a string of COMPLETES
    without the string it completes on that page: a designer's window card showed "detected
    victims of human trafficking is a child" without "1 in 3" (a designer's trial), half a
    sentence, which `check` passed. A size made from a design that has the warning is not
    told again (its design's warning is the cause)."""
    told = set()
    for layout in layouts.values():
        for page in layout.pages:
            for slot, key, whole in _partners_missing(page, COMPLETES):
                design = layout.sized_from or layout.id
                if (design, page.name, key) in told:
                    continue
                told.add((design, page.name, key))
                where = f"page '{page.name}' of {layout.id}" if len(layout.pages) > 1 else layout.id
                ctx.errs.warn(
                    "layout.fragment",
                    f"{where} shows '{key}' (slot '{slot.name}') without '{whole}', "
                    f"whose sentence it completes: alone it reads as half a sentence",
                    slot.mark,
                    f"add a text slot with `string: {whole}` before it on the page (the "
                    f"poster's `figure` slot is one), or show neither",
                )


def _partners_missing(
    page: PageSpec, partners: dict[str, str], strings: Collection[str] | None = None
) -> Iterator[tuple[Slot, str, str]]:
    """(slot, key, partner) for each string of `partners` that a text slot of `page` shows
    without its partner string on the page, once per partner (at the first slot that needs
    it). With `strings` (the source language's keys), a partner the page names misspelt
    (`closest`: `fact_sorce`) counts as shown: its `ref.string` error is the cause."""
    texts = [s for s in page.slots if isinstance(s, TextSlot | ArcTextSlot)]
    shown = {key for slot in texts for key in slot.strings}
    if strings:
        meant = (closest(key, strings) for key in shown if key not in strings)
        shown |= {key for key in meant if key is not None}
    told: set[str] = set()
    for slot in texts:
        for key in slot.strings:
            partner = partners.get(key)
            if partner is None or partner in shown or partner in told:
                continue
            told.add(partner)
            yield slot, key, partner


def check_sources(
    layouts: dict[str, Layout], ctx: Context, strings: Collection[str] | None = None
) -> None:
    """A `layout.unsourced` error at the first slot of a page that shows a string of SOURCED
    without its source's string on that page (one error a page and source; a size of a
    layout is checked as its own material, so a size that drops the source slot is named).
    A size whose design's page lacks the source as well is told with the design, whose error
    names it: a design that lacked it was one error per size, six for the posters. A page
    whose slot names a string the source language (`strings`, its keys; None: not read)
    lacks and that is the source's misspelt (`closest`: `fact_sorce`) is not told: the
    `ref.string` error of that name is the cause, and said alone (after six
    `layout.unsourced` errors, one per poster size, before)."""
    found = {layout.id: _unsourced(layout, strings) for layout in layouts.values()}
    inherited: dict[str, list[str]] = {}  # a design -> its sizes that lack what it lacks
    for layout in layouts.values():
        design = layout.sized_from
        if design in found and found[layout.id] and _same(found[layout.id], found[design]):
            inherited.setdefault(design, []).append(layout.id)
    for layout in layouts.values():
        if layout.id in {size for sizes in inherited.values() for size in sizes}:
            continue
        sizes = inherited.get(layout.id, [])
        also = f" (so do its sizes {listed(sizes)}, made from it)" if sizes else ""
        for page, key, slot, source in found[layout.id]:
            if _dropped(layout, source, ctx):
                continue
            where = f"page '{page}' of {layout.id}" if len(layout.pages) > 1 else layout.id
            ctx.errs.error(
                "layout.unsourced",
                f"{where} shows the figure '{key}' (slot '{slot.name}') without its source, "
                f"the string '{source}'{also}: every figure the kit prints names the study it "
                "comes from",
                layout.size_mark or slot.mark,
                f"add a text slot with `string: {source}` on the page, in small type near the "
                "figure (the poster's `source` slot is one)",
            )


def _dropped(layout: Layout, source: str, ctx: Context) -> bool:
    """Whether a slot of `layout`'s file that shows the string `source` was left out for an
    error of its own (a frame of `width: -253`): the file has an error, and a slot of its
    pages (as parsed: `load.load_yaml`, in the file's own encoding) names `source` under a
    name the layout lacks. That error is the cause; a `layout.unsourced` after it sent a
    designer looking for a source slot the file has (a designer's trial). A file whose
    error is elsewhere, without such a slot, is still told (a review: a comment naming the
    source was taken for the slot)."""
    from ..diagnostics import DiagnosticsError
    from ..load import load_yaml

    path = layout.path
    if not any(d.is_error and d.mark is not None and d.mark.path == path for d in ctx.errs):
        return False
    try:
        root = load_yaml(path)
    except DiagnosticsError:
        return False
    kept = {slot.name for slot in layout.slots}
    return any(name not in kept and source in shown for name, shown in _written_slots(root))


def _written_slots(root: Any) -> Iterator[tuple[str, list[str]]]:
    """Each slot mapping of a layout file as written (its pages', or its own `slots:`): its
    name and the strings it shows (`string:`, one or a list)."""
    if not root.is_map:
        return
    pages = root.value.get("pages")
    lists = (
        [p.value.get("slots") for p in pages.value if p.is_map] if pages and pages.is_seq else []
    )
    lists.append(root.value.get("slots"))
    for slots in lists:
        if slots is None or not slots.is_seq:
            continue
        for slot in slots.value:
            if not slot.is_map or "name" not in slot.value:
                continue
            string = slot.value.get("string")
            shown = string.plain() if string is not None else []
            names = [shown] if isinstance(shown, str) else [str(v) for v in shown or []]
            yield str(slot.value["name"].plain()), names


Unsourced = list[tuple[str, str, Slot, str]]  # (page, figure's key, its slot, source's key)


def _unsourced(layout: Layout, strings: Collection[str] | None) -> Unsourced:
    """The figures of SOURCED that `layout`'s pages show without their sources, one per page
    and source, but those of a page that names the source misspelt (`check_sources`)."""
    return [
        (page.name, key, slot, source)
        for page in layout.pages
        for slot, key, source in _partners_missing(page, SOURCED, strings)
    ]


def _same(size: Unsourced, design: Unsourced) -> bool:
    """Whether a size lacks the sources its design lacks, on the same pages, for the same
    figures: its design's cause."""
    return [(p, k, s.name, src) for p, k, s, src in size] == [
        (p, k, s.name, src) for p, k, s, src in design
    ]
