"""`check`: every page laid out without drawing, and every error raised at once; with it, the
layouts of the texts a document shows about a link of another kind (`link_variant_problems`)
and of the kit's layouts once an office fills its contact fields (`when_filled`). The colour
science and the layout stage are imported where they are used."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Severity
from ..fonts import FontBook, script_gaps
from ..model import Kit, Layout, Office, StringEntry
from ..resolve import Layer
from .fingerprint import code_version
from .jobs import (
    Composed,
    Doc,
    DocKey,
    documents,
    pick_offices,
    select,
)
from .kit_warnings import font_warnings, past_campaign, unfilled, unlisted_languages
from .kitcache import cached_fontbook, cached_kit, one_font_book
from .selection import inherited_marks, noting_others, selected, warnings_about

if TYPE_CHECKING:
    from .compose import Laid


class CheckFailedError(DiagnosticsError):
    """`check` found errors in the documents it laid out: every diagnostic, and those
    documents (`laid_out`: every one composed, those with errors too), whose fit report
    `check --report` tells beside the errors (it told none as soon as one document failed:
    a designer's trial)."""

    def __init__(self, diagnostics: Sequence[Diagnostic], laid_out: Sequence[Composed]) -> None:
        super().__init__(diagnostics)
        self.laid_out = list(laid_out)


def check(
    root: Path,
    langs: tuple[str, ...] | None = None,
    only: tuple[str, ...] | None = None,
    pseudo: bool = False,
    offices: tuple[str, ...] | None = None,
    office_files: bool = True,
    filled: bool = True,
) -> tuple[Kit, list[Composed], list[Diagnostic]]:
    """Lay out every page without drawing (for `offices`, when given); raise with every error
    (those of a language whose strings file cannot be read beside the other languages'
    layouts; without `offices`, those of the office files that have errors, but where not
    `office_files`: a translator's import, which says such an office is left out). With
    `pseudo`, also lay out the pseudo-locales and return what they show as warnings. Without
    `offices`, and unless not `filled`, the source language's layouts are laid out again with
    every contact filled (`when_filled`: the designer's `layout.when-filled` warnings; a
    translator's import, which shows none of them, leaves them out: a fifth of its time).
    The errors of the documents laid out raise CheckFailedError, with those documents; an
    error that stops the check before it lays any out (the kit's, fonts.yaml's) raises
    DiagnosticsError."""
    from ..text.fit import many_documents  # the layout stage, imported where it is used
    from .compose import compose_all
    from .grouping import one_per_cause, per_cause

    code = code_version()
    with warnings_about(langs, only, offices):
        kit = cached_kit(root, code=code, isolate=True, layouts_isolated=True)
    unreadable: list[DocKey] = []
    with one_font_book():  # read for the warnings, then to lay out
        try:
            chosen = pick_offices(kit, offices)
            kit, docs = _checked_documents(kit, langs, only, chosen, unreadable)
        except DiagnosticsError as stop:  # the layout files' errors too, not after the mend
            apart = [d for ds in kit.unusable_layouts.values() for d in ds if d.is_error]
            raise DiagnosticsError(stop.diagnostics + apart) from None
        fonts = cached_fontbook(kit.fonts_dir, code)  # fonts.yaml's errors raised as a build's
    gaps = script_gaps(fonts)  # a family's file that is not a font of its scripts
    made = {doc[0].id for doc in docs} if only else None
    kit = replace(
        kit, warnings=kit.warnings + font_warnings(kit, fonts, {d[1].code for d in docs}, made)
    )
    with many_documents():  # a language's texts again in every office's documents
        laid, errs = compose_all(kit, fonts, docs)
        # merged among themselves as the documents' are, and a character no font has with
        # the documents' own of that script: "Scan to call" in a script without a font was
        # an error per character and material beside the one of the documents' texts
        variants = per_cause(link_variant_problems(kit, fonts, docs))
        errs.items[:] = one_per_cause(errs.items + [d for d in variants if d not in errs.items])
        _unusable_files(kit, errs, langs, unreadable, chosen, office_files, only)
        if errs.errors or gaps:  # the kit's warnings too (a style that allows small text)
            told = [*kit.warnings, *gaps, *errs.items]
            raise CheckFailedError(told, [one.composed for one in laid])
        warnings = list(kit.warnings) + list(errs.warnings)
        if pseudo:
            warnings += _pseudo_warnings(kit, fonts, only, [*errs.items, *warnings])
        if not chosen and filled:  # an office's own check has its own contacts
            warnings += when_filled(kit, fonts, only, _source_laid_out(kit, laid))
    return kit, [one.composed for one in laid], warnings


def _checked_documents(
    kit: Kit,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    chosen: list[Office] | None,
    unreadable: list[DocKey],
) -> tuple[Kit, Sequence[Doc]]:
    """The documents `check` lays out (for the offices `chosen`, when given; those of a
    language whose strings file cannot be read go to `unreadable`), and the kit with the
    warnings about them: its own, its brand colours', a past campaign year's and the
    offices' unfilled fields, of the languages and materials laid out only."""
    docs = documents(kit, langs, only, chosen, unreadable)
    # the warnings of the languages laid out (--lang, an office's), as a build's; and of the
    # materials laid out, unless nothing is chosen (the whole kit's check tells every one)
    codes = {doc[1].code for doc in docs}
    whole = langs is None and only is None and chosen is None
    made = None if whole else {doc[0].id for doc in docs}
    # those of other materials counted in a note (made once: a brand colour's ΔE2000)
    warnings = check_warnings(kit, codes, chosen, made, kit.layouts, "this check does not lay out")
    if langs is None:  # the kit's languages: a strings file no `languages:` lists is not
        warnings += tuple(unlisted_languages(kit))  # among them, and is said
    return replace(kit, warnings=warnings), docs


def check_warnings(
    kit: Kit,
    langs: Collection[str],
    chosen: list[Office] | None,
    materials: Collection[str] | None,
    layouts: Mapping[str, Layout] | None = None,
    doing: str | None = None,
) -> tuple[Diagnostic, ...]:
    """The kit's warnings `check` shows about the languages `langs`, the offices `chosen` (the
    campaign's: None) and the materials `materials` (all: None; with the kit's `layouts`, a
    layout file's warnings are those of the materials made from it): its own, its brand
    colours', a past campaign year's and the offices' unfilled fields
    (`selection.selected`); with `layouts` and `doing` too, the note counting those of other
    materials (`selection.noting_others`). The preview lists these too (serve.gallery): it
    listed the kit's own only, without a colour whose screen and print values differ (a
    designer's trial)."""
    from ..colours import mismatches

    more = tuple(mismatches(kit)) + tuple(past_campaign(kit))
    if chosen:
        more += tuple(unfilled(kit, chosen))
    codes = tuple(dict.fromkeys(langs))
    if layouts is not None and doing is not None:
        return noting_others(kit.warnings + more, codes, chosen, materials, layouts, doing)
    ids = [o.id for o in chosen or ()]
    inherited = inherited_marks(chosen or (), kit.layouts)
    return selected(kit.warnings + more, codes, ids, materials, layouts, inherited)


def _unusable_files(
    kit: Kit,
    errs: Collector,
    langs: tuple[str, ...] | None,
    unreadable: list[DocKey],
    chosen: list[Office] | None,
    office_files: bool = True,
    only: Collection[str] | None = None,
) -> None:
    """The errors of the strings files that cannot be read, to `errs` beside the other
    languages' layouts: those of the documents asked for (`unreadable`), or with every
    language (`langs` None) every one; those of the layout files that have errors
    (`Kit.unusable_layouts`), beside the other materials' layouts, whatever was asked (a
    material named may be one of their sizes), with their warnings but those about a
    material other than the ones asked (`only`; all: None); and, for the whole kit's check
    (no office `chosen`), with `office_files`, those of the office files that have errors."""
    reported = dict.fromkeys(key[1] for key in unreadable)
    if langs is None:  # the whole kit: every strings file that cannot be read, laid out or not
        reported.update(dict.fromkeys(kit.unreadable))
    for code in reported:  # beside the other languages' layouts
        errs.extend(kit.unreadable[code])
    for problems in kit.unusable_layouts.values():  # a banner size's warning: not A4's check
        errs.extend(
            d for d in problems if d.is_error or only is None or d.subject.material in (None, *only)
        )
    if not chosen and office_files:  # the whole kit's check: an office file with errors is
        # one of its errors
        for problems in kit.unusable_offices.values():
            errs.extend(problems)


def _pseudo_warnings(
    kit: Kit, fonts: FontBook, only: tuple[str, ...] | None, told: Sequence[Diagnostic]
) -> list[Diagnostic]:
    """What the pseudo-locales' layouts show, as `layout.pseudo` warnings, but what the
    kit's own languages found already (`told`)."""
    from .compose import compose_all

    codes = tuple(c for c, lang in kit.languages.items() if lang.pseudo)
    _, stress = compose_all(kit, fonts, select(kit, codes, only))
    # what the kit's own languages found already is not the pseudo-locales' own (a
    # badge's art past its face was said twice, once as theirs: an organiser's trial)
    found = {(d.code, d.message, d.mark) for d in told}
    return [  # a short variant printed is no problem in a pseudo-locale (40 % longer) either
        replace(d, severity=Severity.WARNING, code="layout.pseudo")
        for d in stress.problems
        if (d.code, d.message, d.mark) not in found
    ]


def _source_laid_out(kit: Kit, laid: Sequence[Laid]) -> dict[str, tuple[Diagnostic, ...]]:
    """The diagnostics of the source language's documents (the campaign's) that `check`
    composed already, by layout id (`when_filled` composes the others)."""
    source = kit.campaign.source_language
    return {
        one.composed.layout.id: one.diagnostics
        for one in laid
        if one.composed.lang.code == source and one.composed.office is None
    }


# A link of each kind whose texts differ (model.LINK_KINDS: "Scan to call"), for `check` to
# lay out the texts shown about it. Example values only (RFC 2606's domain, zeros).
LINK_SAMPLES = {"tel": "tel:+00-000-000-0000", "mailto": "mailto:blue-heart@example.org"}


def link_variant_problems(kit: Kit, fonts: FontBook, docs: Sequence[Doc]) -> list[Diagnostic]:
    """The problems of the texts a document shows about a link of another kind (a text slot
    with `link:` or a QR code's alternative text, for a tel: or mailto: link: `qr_label_tel`
    for `qr_label`, model.key_for_link), each document with those texts laid out again with
    such a link (LINK_SAMPLES) in its slots' links: a caption that fitted under a web address
    and not as "Scan to send an e-mail" failed a Georgian event's merge, and `check` passed.
    Only the problems of those texts (their string keys) are returned. An office's documents
    are left alone: their links are the office's (or the campaign's), and the document laid
    out with them shows the texts it will print (`check --office` of an office whose links
    are web addresses was eight overflows of "Scan to call", which it never prints: an
    office's trial)."""
    from ..model import TextSlot, link_keys
    from .compose import compose_document

    source = kit.languages.get(kit.campaign.source_language)
    if source is None:
        return []
    out: list[Diagnostic] = []
    for doc in docs:
        layout, office = doc[0], doc[2]
        if office is not None:
            continue
        variants: dict[str, set[str]] = {}  # link name: the variant keys its slots show
        for slot in layout.slots:
            link = getattr(slot, "link", None)
            if link is None:
                continue
            keys = (*(slot.strings if isinstance(slot, TextSlot) else ()), slot.alt)
            for key in filter(None, keys):
                variants.setdefault(link, set()).update(link_keys(key, source.strings)[1:])
        if not any(variants.values()):
            continue
        for kind, sample in LINK_SAMPLES.items():
            layer = Layer(f"a {kind} link", links={name: sample for name in variants})
            laid = compose_document(kit, fonts, *doc, extra=(layer,))  # type: ignore[misc]
            shown = {k for keys in variants.values() for k in keys if k.endswith(f"_{kind}")}
            out += [
                d
                for d in laid.diagnostics
                if d.is_error and d.subject and set((d.subject.key or "").split(", ")) & shown
            ]
    return out


# A sample of each contact field (model.CONTACT_FIELDS), as long as a real one: a slot that
# shows a field is left out while the field is empty, and `check` laid it out only when an
# office filled it (a helpline slot moved over the headline passed every check). Example
# values only (RFC 2606's domain, a number of zeros), never printed.
SAMPLE_CONTACTS = {
    "helpline": "+00 000 000 0000",
    "report_url": "https://www.example.org/report-trafficking",
    "website": "https://www.example.org/blue-heart",
    "email": "blue-heart.office@example.org",
    "social": "@BlueHeartExample",
    "office_name": "UNODC Regional Office for the Example Region",
}


# The problems of where slots are (not of how long a value is: an office's own value that
# does not fit is named at its line when it is filled)
WHERE_SLOTS_GO = frozenset(
    {"layout.overlap", "layout.safe-area", "layout.off-page", "colour.contrast"}
)


def when_filled(
    kit: Kit,
    fonts: FontBook,
    only: tuple[str, ...] | None,
    laid_out: Mapping[str, Sequence[Diagnostic]] | None = None,
) -> list[Diagnostic]:
    """The layout problems of where slots go (`layout.when-filled`, warnings) that the kit's
    layouts show in the source language once their empty contact fields are filled
    (SAMPLE_CONTACTS): those of the filled layout that the layout as it is does not have,
    at the slot. `laid_out`: the diagnostics of the source language's documents the caller
    composed already, by layout id (composed here for the others)."""
    from ..model import CONTACT_FIELDS
    from .compose import compose_document

    empty = [f for f in CONTACT_FIELDS if not kit.campaign.fields.get(f, "").strip()]
    source = kit.languages.get(kit.campaign.source_language)
    if not empty or source is None:
        return []
    mark = kit.campaign.mark
    out: list[Diagnostic] = []
    for layout in kit.layouts.values():
        if only and layout.id not in only:
            continue
        base = (laid_out or {}).get(layout.id)
        if base is None:
            base = compose_document(kit, fonts, layout, source).diagnostics
        # every contact filled, and for each slot that stands in for others (`when_empty`),
        # those left empty: the slots each office's contacts draw
        groups = [(), *dict.fromkeys(s.when_empty for s in layout.slots if s.when_empty)]
        # and with the slots that stand in for others where those do not fit drawn in their
        # place (`fallback_for`): the samples fit the others
        ways = [("", False)]
        if any(s.fallback_for for s in layout.slots):
            ways.append((_standing_in(layout), True))
        filled: list[tuple[Diagnostic, str]] = []
        for left_empty in groups:
            given = {
                f: StringEntry(f, SAMPLE_CONTACTS[f], None, mark)
                for f in empty
                if f not in left_empty
            }
            layer = Layer("filled", given)
            for how, stand_in in ways:
                laid = compose_document(
                    kit, fonts, layout, source, extra=(layer,), stand_in=stand_in
                )
                filled += [(d, how) for d in laid.diagnostics]
        known = {(d.code, d.message) for d in base}
        slots = {s.name: s for s in layout.slots}
        for d, how in dict.fromkeys(filled):
            if (d.code, d.message) in known or d.code not in WHERE_SLOTS_GO:
                continue
            known.add((d.code, d.message))
            keys = (d.subject.key or "").split(", ") if d.subject else []
            slot = slots.get(d.subject.slot or "") if d.subject else None
            slot = slot or next(
                (s for s in layout.slots if set(keys) & set(getattr(s, "fields", ()))), None
            )
            own = [f for f in getattr(slot, "fields", ()) if f in empty]
            shown = [k for k in keys if k in empty] or own or empty
            samples = ", ".join(f"{k} {SAMPLE_CONTACTS[k]!r}" for k in shown)
            out.append(
                replace(
                    d,
                    code="layout.when-filled",
                    message=f"once an office fills its contacts ({samples}, samples of a "
                    f"usual length){how}: {d.message}",
                    # a size's own frame of the slot: where the filled layout told it
                    mark=d.mark if slot is None else layout.own_frames.get(slot.name, slot.mark),
                    hints=tuple(h for h in d.hints if not h.startswith("shorten it in "))
                    or ("enlarge the slot or lower the style's min_size",),
                    severity=Severity.WARNING,
                )
            )
    return out


def _standing_in(layout: Layout) -> str:
    """How `layout.when-filled` tells a problem of `layout` laid out with each slot that
    stands in for others drawn in their place (compose_document's `stand_in`)."""
    said = ", ".join(
        f"slot '{s.name}' in place of {' and '.join(repr(n) for n in s.fallback_for)}"
        for s in layout.slots
        if s.fallback_for
    )
    return f", with {said} (`fallback_for`, as where those do not fit)"
