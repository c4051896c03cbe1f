"""Lay out every selected document before drawing any, each with its own diagnostics: missing
glyphs, overflows, safe-area problems and low image resolution belong to the document (material
x language) they were found in, so only that document's jobs fail."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..diagnostics import Collector, Diagnostic, Subject
from ..fonts import FontBook
from ..layout.checks import safe_area_problems
from ..layout.compose import OverflowReport, compose_content
from ..model import Kit, Language, Layout, Office
from ..resolve import resolve_kit
from .jobs import Composed, Doc


@dataclass(frozen=True)
class Laid:
    """One composed document and what its layout found (errors fail its jobs)."""

    composed: Composed
    diagnostics: tuple[Diagnostic, ...]

    @property
    def failed(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def compose_document(
    kit: Kit, fonts: FontBook, layout: Layout, lang: Language, office: Office | None = None
) -> Laid:
    """compose_content() and the safe-area check of one document (for `office` when given):
    the only calls into the layout stage."""
    errs = Collector()
    overflows: list[OverflowReport] = []
    content = resolve_kit(kit, lang, office=office)
    doc = compose_content(layout, content, fonts, errs, overflows)
    office_id = office.id if office else None
    slots = {s.name: s for s in layout.slots}
    for slot, message in safe_area_problems(doc, layout):
        errs.error(
            "layout.safe-area",
            message,
            slots[slot].mark,
            "move the slot's frame inwards or lower its style's size",
            subject=Subject(office=office_id, material=layout.id, language=lang.code, slot=slot),
        )
    for o in overflows:
        errs.error(
            "text.overflow",
            o.render(),
            o.mark,
            "shorten the text or give it a 'short:' variant, or enlarge the slot "
            "or lower the style's min_size",
            subject=Subject(
                office=office_id, material=o.material, language=o.lang, key=", ".join(o.keys)
            ),
        )
    return Laid(Composed(layout, lang, doc, office), tuple(errs.items))


def compose_all(
    kit: Kit, fonts: FontBook, docs: list[tuple[Layout, Language]] | list[Doc]
) -> tuple[list[Laid], Collector]:
    """Every document ((layout, language) or (layout, language, office)), and every problem of
    the whole selection as one list (one error per language for a character no font has)."""
    laid = [compose_document(kit, fonts, *doc) for doc in docs]
    everything = Collector()
    for one in laid:
        everything.extend(one.diagnostics)
    return laid, Collector(one_per_cause(everything.items))


def one_per_cause(items: list[Diagnostic]) -> list[Diagnostic]:
    """A character no font has is one error per language, listing every string and material
    that needs it, not one per string and material."""
    out: list[Diagnostic] = []
    groups: dict[tuple[str | None, str], list[Diagnostic]] = {}
    for d in items:
        if d.code != "text.no-glyph":
            out.append(d)
            continue
        key = (d.subject.language, d.message)
        if key not in groups:
            groups[key] = []
            out.append(d)  # placeholder, replaced below
        groups[key].append(d)
    for (language, message), same in groups.items():
        uses: dict[str, list[str]] = {}
        for d in same:
            uses.setdefault(d.subject.key or "?", []).append(d.subject.material or "?")
        where = "; ".join(f"'{k}' ({', '.join(sorted(set(m)))})" for k, m in uses.items())
        merged = replace(
            same[0],
            message=f"{message}; needed by string(s) {where}",
            subject=Subject(language=language, key=", ".join(uses)),
        )
        out[out.index(same[0])] = merged
    return out
