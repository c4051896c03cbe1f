"""An office's field that prints in another script than a page's: an `office.script` note
(Severity.NOTE) of `build` and `check` of an office (cli.report), from the kit alone (no file is
read). A note, not a warning: an office may mean its name in Latin letters on its Arabic pages (a
proper name), and `--strict` must not fail for it; the office says so with `kept_as_written:`, and
the note goes."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from ..contacts import TYPED
from ..diagnostics import Diagnostic, Severity, listed
from ..model import Kit, Language, Layout, Office, StringEntry
from ..text.scripts import char_script, without_links, written_with

# A page of a build or check: (office id or None, material, language code)
Page = tuple[str | None, str, str]
SHOWN = 3  # the languages a note's example of `fields_by_language:` gives, the others "..."


def other_script(kit: Kit, pages: Iterable[Page]) -> list[Diagnostic]:
    """An `office.script` note for each field of an office's `fields:` whose letters are all in
    scripts that the pages of some languages of `pages` it prints on are not written in
    (`text.scripts.written_with` of the language's script), naming those languages: `office_name:
    UNODC Regional Office` printed as written on the Arabic, Chinese and Russian pages, without a
    word (an office's trial: a translation forgotten, or a proper name meant so). Only a field such
    a page shows (a text slot's `field:`, or a `{field}` of a string one of its slots sets in that
    language) and that the language does not give itself (`fields_by_language:`); not a field the
    office hides or lists under `kept_as_written:`, nor a contact a reader types (a phone number, a
    web or e-mail address, a handle: `contacts.TYPED`); a text's e-mail and web addresses, phone
    numbers, hashtags, digits and punctuation are no script's (`text.scripts.without_links`). The
    note is at the value's place in the office's file (one it takes from an office it extends: the
    office's file, naming that one's). A field the office gives no shared value of (none, an empty
    one, or only under `fields_by_language:`) prints campaign.yaml's on the pages of a language
    whose strings file gives none either (resolve.resolve): that value is noted as the office's
    are, naming campaign.yaml, at the office's empty value (else its file's start). It printed on
    the Arabic pages without a word, while the office's own `fields:` were noted (an office that
    gave its office_name under `fields_by_language: {fr: ...}` alone). In the order of `pages`'
    offices, then of the fields (the office's, then campaign.yaml's)."""
    made: dict[str, dict[str, list[str]]] = {}  # office: language: materials
    for oid, material, code in pages:
        if oid is not None and oid in kit.offices:
            made.setdefault(oid, {}).setdefault(code, []).append(material)
    out = []
    for oid, langs in made.items():
        office = kit.offices[oid]
        order = [c for c in office.languages if c in langs] + [
            c for c in langs if c not in office.languages
        ]
        for name, entry, campaigns in _shared(kit, office):
            if name in TYPED or name in office.hide or name in office.kept_as_written:
                continue
            scripts = letter_scripts(f"{entry.text} {entry.short or ''}")
            if not scripts:
                continue
            other = [
                code
                for code in order
                if code in kit.languages
                and not _own_value(office, code, name)
                and not (campaigns and _language_value(kit, kit.languages[code], name))
                and scripts.isdisjoint(written_with(kit.languages[code].script))
                and any(
                    _shows(kit, office, kit.layouts[m], kit.languages[code], name)
                    for m in langs[code]
                    if m in kit.layouts
                )
            ]
            if other:
                out.append(_note(kit, office, name, entry, scripts, other, campaigns))
    return out


def letter_scripts(text: str) -> frozenset[str]:
    """The ISO 15924 scripts of the letters of `text` (`text.scripts.char_script`), but those
    of its web and e-mail addresses, phone numbers, hashtags and handles
    (`text.scripts.without_links`); digits and punctuation are no script's."""
    return frozenset(
        script
        for ch in without_links(text, " ")
        if unicodedata.category(ch).startswith("L") and (script := char_script(ch)) is not None
    )


def _shared(kit: Kit, office: Office) -> list[tuple[str, StringEntry, bool]]:
    """The shared value each field prints with on `office`'s pages, and whether it is
    campaign.yaml's: the office's own under `fields:` (or one it takes from an office it
    extends), else campaign.yaml's, which shows where the office gives none or an empty one
    (resolve.resolve's layers); a field neither gives is left out."""
    out = []
    campaign = kit.campaign
    for name in dict.fromkeys((*office.fields, *campaign.fields)):
        given = office.fields.get(name)
        if given is not None and given.text:
            out.append((name, given, False))
        elif campaign.fields.get(name):
            text, short = campaign.fields[name], campaign.field_shorts.get(name)
            out.append((name, StringEntry(name, text, short, campaign.mark), True))
    return out


def _language_value(kit: Kit, lang: Language, name: str) -> bool:
    """Whether language `lang`'s strings file, or that of a language it falls back on
    (`Kit.fallbacks`: es for es-419), gives field `name` a value of its own: it replaces
    campaign.yaml's on its pages."""
    given = (one.fields.get(name) for one in (lang, *kit.fallbacks(lang)))
    return any(entry is not None and entry.text for entry in given)


def _own_value(office: Office, code: str, name: str) -> bool:
    """Whether the office gives field `name` a value of language `code`'s own."""
    own = office.fields_by_language.get(code, {}).get(name)
    return own is not None and bool(own.text)


def _shows(kit: Kit, office: Office, layout: Layout, lang: Language, name: str) -> bool:
    """Whether `layout`'s pages in `lang` show field `name`: a text slot's `field:`, or a
    `{name}` in a string one of its slots sets (the office's own text in the language, else
    the language's, its parents', the source language's: resolve.resolve's order)."""
    wanted = "{" + name + "}"
    source = kit.languages.get(kit.campaign.source_language)
    chain = (
        office.strings.get(lang.code, {}),
        lang.strings,
        *(p.strings for p in kit.fallbacks(lang)),
        source.strings if source is not None else {},
    )
    for slot in layout.slots:
        if name in getattr(slot, "fields", ()):
            return True
        for key in getattr(slot, "strings", ()):
            found = next((texts[key] for texts in chain if key in texts), None)
            if found is not None and wanted in f"{found.text} {found.short or ''}":
                return True
    return False


def _note(
    kit: Kit,
    office: Office,
    name: str,
    entry: StringEntry,
    scripts: frozenset[str],
    langs: list[str],
    campaigns: bool = False,
) -> Diagnostic:
    """`other_script`'s note of field `name` (`entry`, its letters in `scripts`; `campaigns`:
    campaign.yaml's value, which shows where the office gives none), printed as written on
    the pages of `langs`."""
    from babel import Locale

    names = Locale("en").scripts
    written = listed(sorted(str(names.get(s, s)) for s in scripts))
    own = entry.mark.path == office.path
    where = entry.mark if own else office.mark
    taken = "" if own else f" (from {entry.mark.path.name}, which it extends)"
    if campaigns:  # at the office's empty value, where its own is written
        empty = office.fields.get(name)
        where = empty.mark if empty is not None and empty.mark.path == office.path else office.mark
        taken = " (from campaign.yaml, as the office gives none of its own for these pages)"
    shown = [f"{c} ({kit.languages[c].name})" for c in langs]
    many = len(langs) > 1
    example = ", ".join(f"{c}: {{{name}: ...}}" for c in langs[:SHOWN])
    more = ", ..." if len(langs) > SHOWN else ""
    kept = ", ".join(dict.fromkeys((*office.kept_as_written, name)))
    file = office.path.name
    message = (
        f"office '{office.id}' {name} '{entry.text}'{taken} is in {written} "
        "script only, and prints as written on the pages of "
        + (f"{len(langs)} languages in other scripts" if many else "a language in another script")
        + f": {listed(shown)}. Give its {name} in "
        + ("those languages" if many else "that language")
        + f" in {file} (`fields_by_language: {{{example}{more}}}`); or, if it is meant as "
        f"written on every page (a proper name), list the field in {file} (`kept_as_written: "
        f"[{kept}]`) and this note goes"
    )
    return Diagnostic("office.script", message, where, (), Severity.NOTE)
