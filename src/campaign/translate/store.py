"""Import: a translator's file checked whole, then merged into its language's strings file.

The checks (every problem of the file at once, at its line; nothing is written then): the
file names a language (or `--lang` does) that is a language code and not a pseudo-locale;
every key is a key of the source language; every translation has the `{field}` placeholders
of the source text it translates, and no braces that make none (`{ helpline }`, a `{` never
closed: the kit's own check of a strings file, `ref.field`). An outdated text the file
leaves as it is, unconfirmed, is kept as it is and named (`translate.outdated`), not judged
against the source's text now. A language the kit set aside for a broken text is merged
into as its file reads (`entries.set_aside`), so an import can fix it. The strings file
keeps its header (everything up to `strings:` and whatever follows its block, such as the
language's own `fields:`), its strings stay in its order (a new one after the source's key
before it), the lines of the strings not imported, the fields not changed and the comments
among them stay as written, and a key still without a text is listed as a comment marked
`to translate` (it prints in the source language until then). A translation is merged
three ways with the digest of its text as exported (`merge`).
Each translated text keeps the source's text it was made from (`source:`, as the file gives
it): a later change of the source's text makes it outdated (`strings.outdated`). Nothing is
written when no text changed."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import cache
from ..diagnostics import (
    Collector,
    Diagnostic,
    DiagnosticsError,
    Mark,
    Severity,
)
from ..kit.references import check_braces, known_fields
from ..kit.strings import check_bidi
from ..model import Kit, Language
from ..text.letters import FOREIGN_HINT, foreign_letters_problem, letter_problems
from .checks import (
    MARKUP,
    check_formula,
    check_printable,
    in_its_script,
    kept_elsewhere,
    lossy_copy,
    lost_characters,
    lost_characters_warning,
    markdown_warning,
    no_duplicates,
    report_lost_letters,
)
from .entries import Incoming, Parsed, exported, set_aside, tidy
from .origin import (
    entry_fields,
    export_of,
    exported_base,
    is_outdated,
    new_origin,
    outdated_note,
    set_origin,
    since_export,
    text_difference,
    unchecked_warning,
)
from .placeholders import same_placeholders, source_text_of
from .target import still_its_own, target_language
from .writer import new_strings_file, write_strings


@dataclass(frozen=True)
class Imported:
    path: Path
    code: str
    changed: tuple[str, ...]  # keys whose text changed, "key (short)" for a short variant
    unchanged: int
    empty: int
    created: bool
    # keys whose text the file has as it was exported while the strings file has changed it
    # since: the strings file's is kept (the file's would undo that change)
    kept: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = ()  # PO entries flagged fuzzy with a text: not imported
    warnings: tuple[Diagnostic, ...] = ()  # translate.unchecked
    # where the file gives each changed key's text (its full text's, else its short one's):
    # a text that does not fit is named there, at the translator's line
    marks: dict[str, Mark] = field(default_factory=dict)
    left_empty: tuple[str, ...] = ()  # the keys (and "key (short)") counted in `empty`
    # of `kept`, those the same export's earlier import changed: the file has them as
    # exported again (a change taken back, or a copy of the export): --overwrite takes them
    kept_own: tuple[str, ...] = ()


def merge(
    kit: Kit, parsed: Parsed, path: Path, code: str | None = None, overwrite: bool = False
) -> Imported:
    """Check `parsed` (read from `path`) whole, then write its language's strings file.

    A translation the file gives with the digest of its text as exported (`base`) is merged
    three ways: left as exported while the strings file changed it since (another import, an
    edit), the strings file's text is kept (`Imported.kept`); changed in both, to different
    texts, it is a `translate.conflict` error and nothing is written, unless `overwrite`
    (the file's text is taken; one it left as exported is still kept). A text without the
    digest (an older export, a file made by hand) is the file's, as before."""
    code = target_language(kit, parsed, path, code)
    still_its_own(kit, parsed, path, code)
    source = kit.languages[kit.campaign.source_language]
    # a language the kit set aside for a broken text (`{ helpline }`, written by hand or by
    # an earlier import): its file as it reads, so that this file's texts can fix it
    lang = kit.languages.get(code) or set_aside(kit, code)
    texts = {k: entry_fields(e) for k, e in lang.strings.items()} if lang else {}
    # the fields a text may name, as the kit's own check of a strings file has them
    known = {**known_fields(kit.campaign), **(lang.fields if lang else {})}
    errs = Collector()
    changed: list[str] = []
    changed_parts: set[tuple[str, str]] = set()  # (key, "text" or "short") this import changed
    # keys whose short variant the file gives as its translator wrote or confirmed it (not as
    # exported), even where the strings file has it so already: no `translate.short-kept`
    written_shorts: set[str] = set()
    marks: dict[str, Mark] = {}
    blank: list[str] = []  # left empty in the file, with a source text to translate
    shown: list[str] = []  # as the summary names them: "key", "key (short)"
    kept: list[str] = []
    kept_own: list[str] = []  # of `kept`, those this export's own earlier import changed
    fuzzy: list[str] = []
    left_outdated: list[Incoming] = []  # outdated, left as they are: not imported
    unchanged = empty = 0
    export = export_of(parsed)
    # what earlier imports of this export's file wrote, by "code/key/part": their digests
    record = cache.record(f"import-{export}") if export else {}
    # a spreadsheet's cell as a translator typed it: spaces around the text, and Windows line
    # ends inside it ("x\r\ny" printed a line break and a box), are not the translation
    parsed = replace(
        parsed, items=[replace(i, translation=tidy(i.translation)) for i in parsed.items]
    )
    no_duplicates(parsed, errs)
    in_its_script(kit, code, lang, parsed, path, errs)
    if errs.errors:  # the file as a whole is not one translation of this language
        raise DiagnosticsError(errs.items)
    unknown: set[str] = set()  # keys named once, not once per part (text, short)
    warnings: list[Diagnostic] = []  # a source text the file changed (translate.source)
    lost: dict[str, str] = {}  # key (and part): the characters its source column lost
    lost_letters: list[Incoming] = []  # translations with a letter lost ("ه?چ")
    # a text file alone is saved in a code page (a workbook, PO and XLIFF are Unicode)
    lossy_format = path.suffix.lower() in (".csv", ".tsv", ".txt")
    for item in parsed.items:
        want = source_text_of(source, item, errs, unknown)
        if want is None:
            continue
        if (
            lossy_format
            and item.source
            and item.source != want
            and lossy_copy(item.source, want)
            and not kept_elsewhere(parsed, item.source, want)
        ):
            lost[item.key + item.suffix] = "".join(sorted(lost_characters(item.source, want)))
            item = replace(item, source=want)  # the source it was exported with, saved lossily
        if not check_printable(item, errs, lost_letters) or check_formula(item, want, errs):
            continue
        if not item.translation:
            if item.fuzzy:
                fuzzy.append(item.key + item.suffix)
            else:
                empty += bool(want)
                if want:  # what the language shows for it: its current text, or none
                    had = texts.get(item.key, {}).get(item.part, "")
                    shows = (
                        "kept its current translation"
                        if had
                        else "no short variant"
                        if item.part == "short"
                        else "it shows the source's text"
                    )
                    blank.append(f"{item.key}{item.suffix} ({shows})")
            continue
        full = source.strings[item.key].text  # a short variant the source lacks: its text's
        part = item.suffix
        now = texts.get(item.key, {}).get(item.part, "")
        earlier = record.get(f"{code}/{item.key}/{item.part}")  # this export's file wrote
        # the strings file's text broken (`{ helpline }`, by hand or by an import before
        # braces were checked) is replaced by the file's, whatever the digests say: kept, it
        # stopped the language's every build (a change the file takes back was kept)
        broken = not check_braces(now, known, item.mark, Collector())
        base = exported_base(item, code)
        since = None if broken else since_export(item, now, base, earlier, overwrite)
        if item.part == "short" and base is not None and exported(item.translation) != base:
            written_shorts.add(item.key)  # typed in the file: as the strings file has it, too
        if since == "unchanged":  # left as exported, or as their own last import of this
            unchanged += 1  # file wrote it
            continue
        if since in ("kept", "kept own"):  # someone changed it since: theirs is kept (a copy
            kept.append(item.key + part)  # of one export given to two translators undid the
            if since == "kept own":  # first)
                kept_own.append(item.key + part)
            continue
        if item.translation == tidy(now) and (
            item.pending or (item.source is not None and item.source != want)
        ):
            # left as it is and not confirmed against the source's text now (XLIFF state
            # initial, a CSV status left `outdated`; or the file shows an earlier source
            # text): not judged against the source now (cta gained {helpline}, and an
            # untouched cta refused the whole file); its origin, where the file gives an
            # earlier one, is recorded below. Braces that make no placeholder are refused
            # still: the text is the strings file's, which they stop
            if not check_braces(item.translation, known, item.mark, errs, f"'{item.key}'{part}: "):
                continue
            if is_outdated(lang, source, item, want or full):
                left_outdated.append(item)
        else:
            if not same_placeholders(item, want or full, known, errs):
                continue
            # a direction control left open: refused here, at the translator's line
            # (written, it stopped every build of the kit at the strings file's line)
            if not check_bidi(item.translation, item.mark, errs, f"'{item.key}'{part}: "):
                continue
        if since == "conflict":
            was, new = text_difference(tidy(now), item.translation)
            errs.error(
                "translate.conflict",
                f"'{item.key}'{part} was changed in {(lang.path if lang else path).name} "
                f"since {path.name} was exported, to \u201c{was}\u201d, and {path.name} "
                f"changes it too, to \u201c{new}\u201d",
                item.mark,
                "export the language again and make the change there, or import with "
                "--overwrite to take this file's texts (so too when that change was this "
                "file's own earlier import, on another machine or with the cache off)",
            )
            continue
        now_text = texts.get(item.key, {}).get(item.part)
        tags = MARKUP.findall(item.translation)
        if tags and not MARKUP.search(want or full) and now_text != item.translation:
            warnings.append(
                Diagnostic(
                    "translate.markup",
                    f"'{item.key}'{part}: the translation has markup ({', '.join(tags[:3])}) "
                    "the source text has not: the kit prints text as it is, tags and all",
                    item.mark,
                    ("remove the tags (emphasis is the layout's, in its styles)",),
                    Severity.WARNING,
                )
            )
        if now_text != item.translation:
            warnings += markdown_warning(item, want or full)
            warnings += _letter_warnings(item, code, lang)
        if "\n" in item.translation and "\n" not in (want or full) and now_text != item.translation:
            warnings.append(
                Diagnostic(
                    "translate.line-break",
                    f"'{item.key}'{part}: the translation has a line break, the source text "
                    "none: it prints as a forced line break there",
                    item.mark,
                    ("join the lines, unless the break is meant (copy-fit breaks lines itself)",),
                    Severity.WARNING,
                )
            )
        current = texts.setdefault(item.key, {})
        origin = "source" if item.part == "text" else "short_source"
        # a short variant of a text whose source has none translates no short text: the
        # file's msgid (the full text) recorded as its origin made it outdated for ever
        made_from = item.source if want or item.part == "text" else None
        recorded = current.get(origin)  # the source's text it was recorded as made from
        if current.get(item.part) != item.translation:
            current[item.part] = item.translation
            set_origin(current, made_from, origin)
            changed.append(item.key)
            changed_parts.add((item.key, item.part))
            shown.append(item.key + part)
            if item.part == "text" or item.key not in marks:
                marks[item.key] = item.mark
            # a new translation beside a source column typed over (the French in it too) was
            # recorded as made from that, without a word, as an unchanged one was not
            if made_from and made_from not in (want, recorded):
                warnings.append(_other_source(item, made_from, want or "", source))
        elif not item.pending and new_origin(current, made_from, want, origin):
            set_origin(current, made_from, origin)
            changed.append(item.key)
            shown.append(
                item.key
                + part
                + (" (confirmed)" if made_from == want else " (its English: an earlier one)")
            )
            if item.part == "short" and made_from == want:
                written_shorts.add(item.key)
            if made_from not in (want, recorded):  # neither the source now nor before
                warnings.append(_other_source(item, str(made_from), want or "", source))
        else:
            unchanged += 1
    if lost_letters:
        report_lost_letters(lost_letters, path, code, lang, errs)
    for item in parsed.items:  # written without a text, the short one was dropped: it was
        # reported as changed at every import, and never kept
        if item.part == "short" and item.translation and not texts.get(item.key, {}).get("text"):
            errs.error(
                "translate.read",
                f"'{item.key}' has a short variant and no translation of its full text: the "
                "short one is used only where the full one does not fit",
                item.mark,
                "translate the full text too (the short one alone is not kept)",
            )
    if errs.errors:
        raise DiagnosticsError(errs.items)
    warnings += _shorts_kept(changed_parts, texts, marks, written_shorts)
    if lost:
        warnings.append(lost_characters_warning(lost, path))
    if left_outdated and lang is not None:
        warnings.append(outdated_note(left_outdated, source, path, lang))
    path_out = lang.path if lang else new_strings_file(kit, code, path)
    if changed or not lang:
        write_strings(path_out, source, texts, set(changed))
    if export and changed:
        for item in parsed.items:
            if item.key in changed:
                done = texts.get(item.key, {}).get(item.part, "")
                record[f"{code}/{item.key}/{item.part}"] = exported(done)
        cache.save_record(f"import-{export}", record)
    unchecked = unchecked_warning(parsed, code, path, lang) if changed and not overwrite else ()
    return Imported(
        path_out,
        code,
        tuple(dict.fromkeys(shown)),
        unchanged,
        empty,
        lang is None,
        tuple(dict.fromkeys(kept)),
        tuple(fuzzy),
        (*warnings, *unchecked),
        marks,
        tuple(blank),
        tuple(dict.fromkeys(kept_own)),
    )


def _letter_warnings(item: Incoming, code: str, lang: Language | None) -> list[Diagnostic]:
    """The warnings of letters in `item`'s text that print right and read wrong in language
    `code`: ي for ی (Windows' Arabic keyboard layout), Сampaniei (a Cyrillic С), ş for ș in
    Romanian."""
    out = []
    said = foreign_letters_problem(item.translation, code, lang.name if lang else code)
    if said is not None:
        out.append(
            Diagnostic(
                "text.arabic-letters",
                f"'{item.key}'{item.suffix}: {said}",
                item.mark,
                (FOREIGN_HINT,),
                Severity.WARNING,
            )
        )
    out += [
        Diagnostic(
            diag, f"'{item.key}'{item.suffix}: {problem}", item.mark, (fix,), Severity.WARNING
        )
        for diag, problem, fix in letter_problems(item.translation, code)
    ]
    return out


def _shorts_kept(
    changed: set[tuple[str, str]],
    texts: dict[str, dict[str, str]],
    marks: dict[str, Mark],
    written: Set[str] = frozenset(),
) -> list[Diagnostic]:
    """A `translate.short-kept` warning for each key whose full text this import changed
    and whose short variant it left as it was: the short one, made for the earlier text,
    prints wherever the new one does not fit, and a new text that fits nowhere printed the
    old short one everywhere without a word (a regional office's trial: a 190-character
    Portuguese `theme` imported, every poster and flyer printed the earlier short text).
    None for a key in `written`: the file's short entry is not as exported (its translator
    typed it, the strings file's short text already, changed since by hand or another file)
    or was confirmed against the source's text: its translator wrote it for the new text."""
    out = []
    for key, part in sorted(changed):
        short = texts.get(key, {}).get("short")
        if part != "text" or not short or (key, "short") in changed or key in written:
            continue
        out.append(
            Diagnostic(
                "translate.short-kept",
                f"'{key}': its text is new and its short variant is as it was "
                f"(\u201c{short}\u201d): the short one prints wherever the new text does not "
                "fit",
                marks[key],
                (
                    "translate its short variant again too (the file's short entry, or "
                    "`short:` in the strings file), or remove it if it no longer says the same",
                ),
                Severity.WARNING,
            )
        )
    return out


def _other_source(item: Incoming, made_from: str, want: str, source: Language) -> Diagnostic:
    """The `translate.source` warning of a translation the file gives with a source text
    (`made_from`: a CSV's source column, an XLIFF's <source>, a PO's msgid exported before
    their digests) that is neither the source's text now (`want`) nor the one it was
    recorded as made from: recorded as its origin, it makes the translation outdated. An
    edited source column and a file exported before the source changed look alike."""
    return Diagnostic(
        "translate.source",
        f"'{item.key}'{item.suffix}: the file's source text, \u201c{made_from}\u201d, is not "
        f"{source.path.name}'s (\u201c{want}\u201d): it is recorded as the text this "
        "translation was made from, which makes it outdated",
        item.mark,
        (
            "if the source column (or msgid, or <source>) was edited, export the language "
            "again: only the translation is the translator's",
        ),
        Severity.WARNING,
    )
