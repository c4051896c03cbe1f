"""The proof sheet's content: every string of a language with what the build did with it.

The language's documents (every design, as `check --lang` lays them out) are composed by the
pipeline; each text slot's copy-fit result (`layout.report.fit_rows`: size, variant, lines,
room left) is listed under every key the slot sets. A key the language lacks is a fallback:
its parent's text prints (pt.yaml's for pt-BR, `Kit.printed`), else the source's; a slot
whose text does not fit at the smallest size is an overflow; a character no font has is
reported against its key."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..commands import command
from ..diagnostics import Diagnostic, failure, listed
from ..fonts import FontBook
from ..layout.document import ArcTextItem, TextItem
from ..layout.items.text import over_mm
from ..layout.report import FitRow, fit_rows
from ..model import Kit, Language
from ..model.language import code_hints, not_a_language
from ..pipeline.compose import compose_all
from ..pipeline.jobs import select
from ..text.paragraph import describe_char
from .entries import Status, set_aside, status_of
from .room import budgets

# the errors a block tells in lines of their own: an overflow (OVERFLOW), a missing glyph
TOLD_APART = ("text.overflow", "text.no-glyph")


@dataclass(frozen=True)
class SlotFit:
    """One slot a key is set in, as copy-fit set it."""

    material: str
    row: FitRow
    keys: tuple[str, ...]
    overflow: str | None  # what does not fit, in words; None when it fits
    rim: bool = False  # text along a badge's rim: its room is along it, not below it

    def render(self) -> str:
        r = self.row
        short = ", short variant" if r.variant == "short" else ""
        others = f" (shared: {', '.join(self.keys)})" if len(self.keys) > 1 else ""
        room = f"{r.room_mm:.1f} mm left" if r.room_mm >= 0 else f"{-r.room_mm:.1f} mm over"
        if self.rim:
            return (
                f"{self.material} {r.page}/{r.slot}: {r.size:.1f} pt along the rim{short}, "
                f"{room} of the rim's room{others}"
            )
        return (
            f"{self.material} {r.page}/{r.slot}: {r.size:.1f} pt (range {r.low:g}-{r.high:g})"
            f"{short}, {r.lines} line(s), {room}{others}"
        )


@dataclass(frozen=True)
class ProofEntry:
    key: str
    text: str  # what prints: the language's text, else its parent's or the source's (fallback)
    short: str | None
    source: str
    status: Status
    fallback: bool
    slots: tuple[SlotFit, ...]
    problems: tuple[str, ...]  # e.g. a character no font has
    # the room budget (room.Budget.render) of the slots the key is set in only with an
    # office's or an event's data (a flyer's contacts, an event's organiser): no slot of
    # the sheet's designs lays it out, yet it is used
    room: tuple[str, ...] = ()
    # outdated: the source's text (and short text) it was translated from, where it was
    # another than the source's now (None: current, or not said)
    previous: str | None = None
    short_previous: str | None = None
    # of a key no slot of the designs laid out: the keys sharing one of its slots with a
    # character no font has (the slot was not set, so neither was this key)
    stopped_by: tuple[str, ...] = ()
    # the problems of its text that set the language aside (`{ helpline }`, written by
    # hand: the kit's check of a strings file), with the strings file's line: the text is
    # laid out as it is, and the build of the language stops there until it is fixed
    broken: tuple[str, ...] = ()
    # a fallback's text from a parent language's strings file, not the source's: its name
    # (pt.yaml for pt-BR, `Kit.printed`); None: its own text, or the source's
    printed_from: str | None = None
    # the errors of the layout in a slot that sets it, but an overflow's and a missing
    # glyph's (told above): text in a safe margin, over another slot ("social-1080x1080
    # front/hashtags: text comes 1.7 mm into the 12 mm safe margin"): the build fails there
    # (a translator's trial: the sheet said "0 overflowing" and showed nothing of it)
    layout: tuple[str, ...] = ()

    @property
    def overflows(self) -> bool:
        return any(s.overflow for s in self.slots)


def proof_entries(kit: Kit, fonts: FontBook, code: str) -> tuple[Language, list[ProofEntry]]:
    """The language and one ProofEntry per key of the source language, in its order. A
    language set aside for a broken text (`{ helpline }`: `Kit.unreadable`) is proofed as its
    file reads (`entries.set_aside`), each broken text laid out as it is and its problem in
    its block (`ProofEntry.broken`)."""
    aside = set_aside(kit, code)
    broken: dict[str, list[str]] = {}
    if aside is not None:
        for d in kit.unreadable[code]:
            if d.is_error and d.subject.key:
                where = f" ({d.mark.path.name}, line {d.mark.line})" if d.mark else ""
                broken.setdefault(d.subject.key, []).append(
                    f"{d.code}: {d.message}{where}: {code} does not build until it is fixed "
                    "in the exported file and imported"
                )
        kit = replace(
            kit,
            languages={**kit.languages, code: aside},
            unreadable={c: ds for c, ds in kit.unreadable.items() if c != code},
        )
    kit.readable(code)
    lang = kit.languages.get(code)
    if lang is None or lang.pseudo:
        raise failure(
            "translate.read",
            f"the kit has no language '{code}' to proof",
            None,
            # a country's code (mm) was told to start a language under it: the language's (my)
            *code_hints(code, kit.languages, new_language=True)
            if not_a_language(code)
            else (f"start it with `{command(f'new language {code}')}`, or import a translation",),
        )
    src = kit.campaign.source_language
    source = kit.languages[src]
    laid, _ = compose_all(kit, fonts, select(kit, (code,), None))
    fits: dict[str, list[SlotFit]] = {}
    problems: dict[str, dict[str, list[str]]] = {}  # key: character (or message): materials
    unset: set[tuple[str, str]] = set()  # (material, key) of a character no font has
    layout_errors: dict[str, list[str]] = {}  # key: the layout's errors in its slots
    for one in laid:
        layout = one.composed.layout
        items = {
            (page.name, item.slot): item
            for page in one.composed.page.pages
            for item in page.items
            if isinstance(item, TextItem | ArcTextItem)
        }
        for row in fit_rows(one.composed.page, layout):
            item = items[(row.page, row.slot)]
            over = _overflow(item)
            for key in item.keys:
                rim = isinstance(item, ArcTextItem)
                fits.setdefault(key, []).append(SlotFit(layout.id, row, item.keys, over, rim))
        for d in one.diagnostics:
            if d.code == "text.no-glyph" and d.subject.key:
                uses = problems.setdefault(d.subject.key, {})
                uses.setdefault(_char(d) or d.message, []).append(layout.id)
                unset.add((layout.id, d.subject.key))
            elif d.is_error and d.code not in TOLD_APART and d.subject.slot:
                for (page, slot), item in items.items():
                    if slot == d.subject.slot:
                        for key in item.keys:
                            said = f"{layout.id} {page}/{slot}: {d.message}"
                            layout_errors.setdefault(key, []).append(said)
    room = budgets(kit, fonts, lang)
    out = []
    for key, entry in source.strings.items():
        own = lang.strings.get(key)
        # what prints: its own, else its parent's (pt.yaml's for pt-BR), else the source's
        shown, printer = kit.printed(lang, key) or (entry, source)
        status = status_of(entry, own, lang, src)
        previous = (
            own.made_from_other(entry) if own is not None and status == "outdated" else (None, None)
        )
        shares = () if key in fits else room.get(key, ())
        stopped = [k for b in shares for k in b.keys if k != key and (b.material, k) in unset]
        out.append(
            ProofEntry(
                key,
                shown.text,
                shown.short,
                entry.text,
                status,
                own is None and code != src,
                tuple(fits.get(key, ())),
                no_glyph_lines(problems.get(key, {})),
                tuple(b.render() for b in shares),
                *previous,
                tuple(dict.fromkeys(stopped)),
                tuple(broken.get(key, ())),
                printer.path.name if own is None and printer is not source else None,
                tuple(dict.fromkeys(layout_errors.get(key, ()))),
            )
        )
    return lang, out


def no_glyph_lines(uses: dict[str, list[str]]) -> tuple[str, ...]:
    """A key's characters no font has, each named once: a line per set of materials that set
    them (one in all but rare cases: `badge, text: 'X' (U+...) and 'Y' (U+...) have no glyph
    in any font`), in the order the documents met them; `uses` maps each character (or a
    message not about one character, as it is) to the materials. It was a line per material
    and character, the same emoji named once for each design that sets the key."""
    by_materials: dict[str, list[str]] = {}
    for char, materials in uses.items():
        by_materials.setdefault(", ".join(dict.fromkeys(materials)), []).append(char)
    lines = []
    for where, chars in by_materials.items():
        named = [describe_char(c) for c in chars if len(c) == 1]
        if named:
            verb = "has" if len(named) == 1 else "have"
            lines.append(f"{where}: {listed(named)} {verb} no glyph in any font")
        lines += [f"{where}: {message}" for message in chars if len(message) > 1]
    return tuple(lines)


def _char(d: Diagnostic) -> str | None:
    """The character a text.no-glyph message names (it starts with `describe_char`'s words:
    'X' (U+...); None for another message."""
    char = d.message[1:2]
    return char if char and d.message.startswith(describe_char(char)) else None


def _overflow(item: TextItem | ArcTextItem) -> str | None:
    if not isinstance(item, TextItem) or item.text.overflow is None:
        return None
    o = item.text.overflow
    what = []
    if o.height_over > 0:
        what.append(f"{over_mm(o.height_over)} too tall")
    if o.lines_over > 0:
        what.append(f"{o.lines_over} line(s) too many")
    if o.width_over > 0:
        what.append(f"a word {over_mm(o.width_over)} too wide")
    return f"does not fit at {o.size:g} pt: {', '.join(what) or 'too long'}"
