"""`strings`: a language's texts out to translators (PO, XLIFF, CSV), back, and proofed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..commands import command
from ..diagnostics import Diagnostic, Mark, Severity, Subject
from ..program import echo
from . import (
    KitSubGroup,
    json_option,
    kit_option,
    kit_root,
    kit_to_write,
    out_option,
    write_whole,
    written_kit,
)
from .report import (
    IMPORT_KEYS,
    as_json,
    counts,
    emit_json,
    laid_out,
    note,
    reporting,
    show,
)

if TYPE_CHECKING:
    from ..model import Kit
    from ..pipeline.jobs import Composed
    from ..translate.store import Imported

FORMAT_HELP = (
    "po (gettext, for PO editors), xliff (XLIFF 2.0, for CAT tools), xlsx (an Excel "
    "workbook, saved back as it is) or csv (for spreadsheets: UTF-8 with a byte order mark, "
    "so Excel and LibreOffice open it right). Default: from the -o file's ending, else po."
)

# how each format's texts not yet confirmed are held back (`Imported.fuzzy`), and how to
# confirm one: a table's status of "not sure yet" (table.py) is read as PO's fuzzy flag
HELD_BACK = {
    ".po": ("fuzzy", "clear the PO editor's fuzzy flag"),
    ".pot": ("fuzzy", "clear the PO editor's fuzzy flag"),
    ".xlf": ("not confirmed (state initial)", "confirm the segment, state translated or final,"),
    ".xliff": (
        "not confirmed (state initial)",
        "confirm the segment, state translated or final,",
    ),
}

# how many of the texts an import left empty its summary names, without --verbose: a
# translator's trial file of 2 changes listed 24 keys left empty around them
FEW_EMPTY = 3


@click.group(cls=KitSubGroup)
def strings() -> None:
    """Translators' round trip: export a language (PO, XLIFF, XLSX or CSV), import it back,
    and print a proof sheet of every text as set."""


@strings.command("export")
@click.option("--lang", "code", required=True, metavar="CODE", help="The language to export.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["po", "xliff", "xlsx", "csv"], case_sensitive=False),
    default=None,
    help=FORMAT_HELP,
)
@out_option(
    "The file to write (default: <code>.po, .xlf, .xlsx or .csv in this folder).", file=True
)
@kit_option
def export(code: str, fmt: str | None, out: Path | None, kit: Path | None) -> None:
    """Write CODE's strings for a translator: per key the source text, the translation
    (empty where the language has none; where its text is still the source's words, those,
    marked to translate: PO fuzzy), the `short:` variants, the status
    (to translate, outdated: translated from an earlier source text, which the file gives,
    translated, reviewed), the source's note and the room budget: every slot
    the text is set in, its size range, the lines and about how many characters fit at the
    smallest size. A language the kit does not have yet gets a file to start from; importing
    it creates its strings file.

    \b
    Examples:
      python generate.py strings export --lang fr
      python generate.py strings export --lang ar --format xliff
      python generate.py strings export --lang sw -o sw.csv
      python generate.py strings export --lang ar -o ar.xlsx
    """
    from ..diagnostics import failure
    from ..kit import load_kit
    from ..model.language import country_code_hint, other_code
    from ..translate import ENDINGS, WORKBOOKS, export
    from ..translate.entries import aside_warnings

    ending = out.suffix.lower() if out else ""
    # .xlsm is read (its cells, never its macros), not written: a workbook without macros
    # under that name does not open in Excel
    given = ENDINGS.get(ending) if ending != ".xlsm" else None
    with reporting():
        if out is not None and fmt is not None and given != fmt:  # -o x.xlf --format po
            wanted = "xlf" if fmt == "xliff" else fmt
            raise failure(
                "translate.read",
                f"{out.name} ends in {ending or 'nothing'}, and --format {fmt} writes "
                f".{wanted}: the file would not open as what its name says",
                None,
                f"name it {out.stem}.{wanted}, or leave --format out",
            )
        if out is not None and given is None and fmt is None:  # -o sw.ods: not a format
            raise failure(
                "translate.read",
                f"{out.name}: strings export writes .po, .xlf, .xlsx or .csv, not "
                f"{ending or 'a file without an ending'}"
                + (" (a spreadsheet program opens the .xlsx)" if ending in WORKBOOKS else ""),
                None,
                f"name it {out.stem}.xlsx or {out.stem}.csv for a spreadsheet, {out.stem}.po or "
                f"{out.stem}.xlf",
            )
    fmt = fmt or given or "po"
    with reporting():
        # a translator's texts from this repository's kit, reached because no kit is here
        # or above: a trial's export beside its own kit gave the repository's French (its
        # review not in it, the English older), and an empty Hausa, without a word
        root = kit_to_write(kit, "export from")
        loaded = load_kit(root, isolate=True)
        from ..translate import language_names

        code = loaded.language_code(code)  # SW is sw (an export for "SW" was empty)
        # another code of a language (iw, fre; fil for the kit's tl): build's answer, before
        # anything else (`sh`, Serbian in Latin, was "not a language code")
        if other_code(code, {**loaded.languages, **loaded.unreadable}) is not None:
            loaded.readable(code)
        target = out or Path(f"{code}.{'xlf' if fmt == 'xliff' else fmt}")

        if code not in loaded.languages and language_names(code) is None:
            raise failure(
                "translate.read",
                f"'{code}' is not a language code",
                None,
                # a country's code (kh): the language's (km), as `build --lang kh` says
                country_code_hint(code, loaded.languages) or "use an ISO 639 code: ko, fr, sw...",
            )
        data = export(loaded, code, fmt)
    write_whole(target, data)
    keys = len(loaded.languages[loaded.campaign.source_language].strings)
    echo(f"wrote {target} ({fmt}, {keys} keys)")
    # a language set aside for a broken text ({ helpline }) is exported as its file reads,
    # the text as it is: the translator fixes it in their file, and its import replaces it
    told = aside_warnings(
        loaded, code, f"{target.name} has it as it is: fix it there, then import it"
    )
    if code == loaded.campaign.source_language:  # its import is refused: say so now
        told = [
            *told,
            note(
                "translate.source-language",
                f"'{code}' is the source language: this file shows its texts (for a "
                "reviewer, or to start a language); import it only as another language, with "
                "--lang CODE, or make a new one with `new language CODE`",
            ),
        ]
    show(told)


@strings.command("import")
@click.argument("file", type=click.Path(path_type=Path))  # a folder: translate.read
@click.option(
    "--lang",
    "code",
    default=None,
    metavar="CODE",
    help="The language (default: the one the file names; for CSV and XLSX, its name: fr.csv).",
)
@click.option(
    "--overwrite",
    is_flag=True,
    help="Take the file's text where it and the strings file both changed it since the "
    "export (default: an error, translate.conflict, and nothing is written), and where the "
    "file has as exported a text that another file of the same export (a copy) changed. "
    "(The same file fixed and imported again takes its own change back without it.) Another "
    "text the file left as exported still keeps the strings file's newer one.",
)
@click.option(
    "--verbose",
    is_flag=True,
    help="List every text the file left empty, each with what it prints (default: how many, "
    f"and the first {FEW_EMPTY} by name; --json lists them all), and each text that prints "
    "its short variant, with its frame and by how much it misses it (default: one note "
    "naming them, the designer's to act on; --json lists each).",
)
@kit_option
@json_option
def import_(
    file: Path,
    code: str | None,
    overwrite: bool,
    verbose: bool,
    kit: Path | None,
    json_report: bool,
) -> None:
    """Merge the translations of FILE (PO, XLIFF, CSV or XLSX, by its ending or content) into
    their strings file. The language, every key and the {field} placeholders are checked
    first, and nothing is written when one is wrong; then the language is laid out, in the
    campaign's materials and in those of every office that prints it (their sizes: an A6
    flyer), and texts that no longer fit are listed with the slot and by how much. A text
    the file has as it was exported does not undo a change made to the strings file since
    (`kept:`); a text changed on both sides is a conflict (--overwrite takes the file's).
    An entry of the export that the file no longer has keeps its text, and is named.
    A PO entry left fuzzy, and an XLIFF target whose segment is left `initial` (not
    confirmed), are not imported, and are named. A translator's comment (a PO `# ` comment,
    an XLIFF <note>) is kept as the entry's note, and the next export gives it back.
    The texts the file left empty are counted on one line, the first few named (--verbose:
    each, with what it prints), and so are the texts printed in their short variants (a
    designer's note; --verbose: each, with its frame); a language no `languages:` lists is
    told where to list it. The diagnostics follow what the import did, their count
    last. --json: one JSON report on standard output instead (the strings file written, what
    became of each text, the diagnostics), for a form or a CI job that imports.

    \b
    Examples:
      python generate.py strings import fr.po
      python generate.py strings import ar.xlf
      python generate.py strings import sw.csv
      python generate.py strings import am.xlsx
      python generate.py strings import sw.csv --json > import.json
    """
    from ..kit import load_kit
    from ..pipeline.grouping import one_per_cause
    from ..pipeline.kit_warnings import unusable_warnings
    from ..text.scripts import script_of
    from ..translate import import_file
    from ..translate.lock import strings_lock
    from .new import where_to_list

    with reporting(json_report, IMPORT_KEYS):
        root = kit_to_write(kit)  # before its lock: nothing of this repository's is touched
    with (
        reporting(json_report, IMPORT_KEYS),
        strings_lock(root, lambda line: echo(line, err=True)),
    ):
        loaded = load_kit(root, isolate=True)  # under the lock
        result = import_file(loaded, file, code, overwrite)
    head = import_head(result, file)
    wrote = result.created or result.changed or result.notes or result.reviewed
    told = written_kit(kit, root) if wrote else None
    # a language no `languages:` lists is in no build without --lang: where to list it, as
    # `new language` says (pa.yaml created, and every build made no pa without a word)
    listing = where_to_list(loaded, result.code) if unlisted(loaded, result.code) else None
    if not json_report:
        told_texts(result, file, head, told, verbose)
        if listing is not None:
            echo(listing)
    # the campaign kit's materials, then those of the offices that print the language, at
    # their sizes (an A6 or half-letter flyer is tighter than the design's A5): a text that
    # fitted the campaign's was imported "ok" and failed every office build after
    printing = tuple(
        o for o, office in sorted(loaded.offices.items()) if result.code in office.languages
    )
    # an office whose file has errors is left out of the kit, and said (office.unusable):
    # its errors are the office's, not the translation's (the kit's check names them)
    laid, warnings, problems = imported_laid_out(root, result, printing)
    warnings = unusable_warnings(loaded) + warnings
    offices_own = [d for d in once(problems) if an_offices_field(d, loaded)]
    problems = [d for d in problems if d not in offices_own]
    # the script its texts are set in (ur.yaml's `script: Aran`, ur-Aran's code), for the
    # overflows whose cause is its line height
    script = lang.script if (lang := loaded.languages.get(result.code)) else script_of(result.code)
    if problems:
        slots = slot_strings(loaded)
        # a kit warning both checks give is shown once; a character no font has, once with
        # the campaign's materials and the offices' that need it (it was an error per check)
        problems = one_per_cause(once(problems))
        how = SHORT_HOW.get(file.suffix.lower(), "its short entry")
        at_file = any(d.mark is not None and d.mark.path == result.path for d in problems)
        lines = entry_lines(result.path) if at_file else {}  # read once, where it is needed
        placed = [at_translators_line(d, result.marks, result.path, slots, lines) for d in problems]
        shown = [
            *result.warnings,
            *one_per_text(placed, result.marks, result.code, f"{file.name} ({how})", script),
        ]
        shown += offices_fields(offices_own, result.code)
        if not (verbose or json_report):  # the designer's notes, on one line
            shown = designers_notes(shown, result.marks, result.code)
        # texts, not documents: a slot of several strings ("cta, cta_donate, cta_join") is
        # the one the import changed (its_text), and a document once however many of its
        # slots overflow (a flyer's front and back QR labels): "2 text(s) do not fit (4
        # documents)" was said of one text in four documents (a translator's trial)
        overflows = [d for d in placed if d.code == "text.overflow"]
        over = len({its_text(d, result.marks) for d in overflows})
        docs = len({(d.subject.office, d.subject.material) for d in overflows})
        other = sum(1 for d in problems if d.is_error and d.code != "text.overflow")
        counted = ", ".join(
            [f"{over} text(s) do not fit" + (f" ({docs} documents)" if docs > over else "")]
            * bool(over)
            + [f"{other} other problem(s)"] * bool(other)
        )
        said = f"imported, but {result.code} does not lay out cleanly ({counted}): " + (
            overflows_said(overflows, result.marks, script, f"{file.name} ({how})")
            if over
            else "fix what is named above, then import again"
        )
    else:
        shown = [*result.warnings, *once(warnings), *offices_fields(offices_own, result.code)]
        if not (verbose or json_report):  # the designer's notes, on one line
            shown = designers_notes(shown, result.marks, result.code)
        pages = sum(len(c.page.pages) for c in laid)
        theirs = f" and its offices' ({', '.join(printing)})" if printing else ""
        but = " but for the offices' own fields named above" if offices_own else ""
        said = (
            f"ok: {len(laid)} document(s) ({pages} page(s)) of the {result.code} kit{theirs} "
            f"{laid_out(shown)}{but}"
        )
    if json_report:
        written = [result.path] if wrote else []
        notes = [n for n in (told, listing) if n is not None]
        emit_json(imported_json(result, f"{head}; {said}", written, shown, notes, not problems))
    else:  # every diagnostic after what the import did, and their one count (a log read
        # "2 warning(s)" of the file's before the layout's notes, and a second count after)
        show(shown)
        echo(said)
    if problems:
        raise click.exceptions.Exit(1)


def import_head(result: Imported, file: Path) -> str:
    """The import's first line, its one outcome: the strings file created, updated or left
    as it was, with its texts (and the translators' notes) counted; where the file signed
    the language off (`Imported.reviewed`), that too, in the same line. A sign-off of
    texts that were all in already said "ne.yaml left as it was: 0 text(s) changed" and,
    on the next line, "status: reviewed" (a translator's trial): the file was changed."""
    notes = f", {len(result.notes)} note(s) changed" if result.notes else ""
    counted = (
        f"{len(result.changed)} text(s) changed{notes}, {result.unchanged} unchanged, "
        f"{result.empty} left empty in {file.name}"
    )
    verb = "created" if result.created else "updated" if result.changed or result.notes else ""
    if not result.reviewed:
        return f"{result.path} {verb or 'left as it was'}: {counted}"
    signed = (
        f"status: reviewed, as {file.name} signs it off ({result.reviewed}): its documents "
        "are no longer marked draft"
    )
    if verb:
        return f"{result.path} {verb} and signed off: {counted}; {signed}"
    return (
        f"{result.path} signed off: status: reviewed, as {file.name} signs it off "
        f"({result.reviewed}), its texts as they were ({counted}): its documents are no "
        "longer marked draft"
    )


def unlisted(kit: Kit, code: str) -> bool:
    """Whether no build of `kit` without --lang makes or needs language `code`: no
    `languages:` lists it, and it is neither the source nor a listed language's parent
    (`pipeline.kit_warnings.kept_unlisted`; `check` and `build` note its file,
    `strings.unlisted`)."""
    from ..pipeline.kit_warnings import kept_unlisted

    return code not in kept_unlisted(kit)


def imported_laid_out(
    root: Path, result: Imported, printing: tuple[str, ...]
) -> tuple[list[Composed], list[Diagnostic], list[Diagnostic]]:
    """The imported language laid out in the campaign's materials, then in those of the
    offices `printing` it (their sizes), without `layout.when-filled` (the designer's):
    (the documents, the warnings about its texts, the problems). Of the campaign's check,
    every error and the warnings about the language's texts are problems; of the offices',
    the language's errors only (their other errors and warnings are the offices': a contact
    not filled, a broken logo). Both checks share one font book and one memo of copy-fits
    (`one_font_book`, `many_documents`): the offices' documents set the campaign's texts
    again."""
    from ..diagnostics import DiagnosticsError
    from ..pipeline.api import check as run_check
    from ..pipeline.kitcache import one_font_book
    from ..text.fit import many_documents

    laid: list[Composed] = []
    warnings: list[Diagnostic] = []
    problems: list[Diagnostic] = []
    with one_font_book(), many_documents():
        for offices in (None, printing) if printing else (None,):
            try:
                _, done, found = run_check(
                    root, (result.code,), None, offices=offices, office_files=False, filled=False
                )
            except DiagnosticsError as exc:
                problems += [
                    d
                    for d in exc.diagnostics
                    if (d.is_error and (offices is None or d.subject.language == result.code))
                    or (offices is None and about_its_texts(d, result.code, result.path))
                ]
                continue
            laid += done
            if offices is None:  # the offices' warnings are theirs (a contact not filled)
                warnings += [w for w in found if about_its_texts(w, result.code, result.path)]
    return laid, warnings, problems


def told_texts(
    result: Imported, file: Path, head: str, told: str | None, verbose: bool = False
) -> None:
    """What an import did with the file's texts, for a human (standard output): the `head`
    line, the kit written into when --kit did not name it (`told`), each key changed, the
    texts left empty on one line (`left_empty_line`; `verbose`: each on its own, with what
    it prints), each key fuzzy, a copy of its source text, and each key whose strings file's
    newer text was kept. The file's own warnings are shown with the layout's, after it."""
    echo(head)
    if told is not None:  # not named with --kit: which kit it went into
        echo(told)
    for key in result.changed:
        echo(f"  changed: {key}")
    for key in result.notes:
        echo(f"  note changed: {key}")
    if verbose:
        for key in result.left_empty:
            echo(f"  left empty: {key}")
    elif result.left_empty:
        echo(left_empty_line(result.left_empty, result.empty_names))
    held, how = HELD_BACK.get(file.suffix.lower(), ("fuzzy", "set its status to translated"))
    for key in result.fuzzy:
        echo(f"  {held}, not imported: {key} ({how} to import it)")
    for key in result.copied:
        echo(f"  a copy of its source text, not imported: {key}")
    for key in result.kept:
        if key in result.kept_own:  # a copy of the export (the same file's are taken back)
            whose = result.kept_own[key]
            by = (
                f"the import of {whose}, a file of the same export"
                if whose
                else "an earlier import of this export (which file's, the kit's record does "
                "not say: an older kit's)"
            )
            echo(
                f"  kept: {key} (changed by {by}; {file.name} has it as exported: to take "
                "that change back, import it with --overwrite)"
            )
            continue
        echo(
            f"  kept: {key} (changed in {result.path.name} since {file.name} was exported; "
            "the file has it as exported, or as its own earlier import wrote it)"
        )


def left_empty_line(left: tuple[str, ...], names: tuple[str, ...]) -> str:
    """The summary's one line of the texts a file left empty (`left`: each "key (what it
    prints)", `Imported.left_empty`; `names`: each "key", "key (short)"): how many, each
    with what it prints when they are FEW_EMPTY or fewer, else the first FEW_EMPTY by name
    and how many more."""
    if len(left) <= FEW_EMPTY:
        return f"  left empty: {len(left)} text(s): {'; '.join(left)}"
    return (
        f"  left empty: {len(left)} text(s): {', '.join(names[:FEW_EMPTY])} and "
        f"{len(left) - FEW_EMPTY} more (--verbose lists each, with what it prints)"
    )


def imported_json(
    result: Imported,
    summary: str,
    written: list[Path],
    found: list[Diagnostic],
    told: list[str],
    ok: bool,
) -> dict[str, object]:
    """`strings import --json`'s report (IMPORT_KEYS), `ok` when the language lays out
    cleanly (the import's exit code 0: `found` may hold no error and still fail, when the
    layout's problems left once the offices' own fields are set aside are warnings about the
    language's texts): the strings file `written` (none
    when no text changed), `texts` (TEXTS_KEYS: the keys as the text report lists them, the
    number unchanged), `found` (the file's own warnings and the layout's) as `diagnostics`,
    in the order the text prints them, and `notes` (`told`): the kit written into when --kit
    did not name it, and where to list a language no `languages:` lists (`where_to_list`),
    each lines of their own in the text report. `counts`' `made` is the files written."""
    texts = {  # TEXTS_KEYS
        "changed": list(result.changed),
        "unchanged": result.unchanged,
        "left_empty": list(result.left_empty),
        "fuzzy": list(result.fuzzy),
        "copied": list(result.copied),
        "kept": list(result.kept),
        "notes": list(result.notes),
    }
    notes = list(told)
    return {
        "ok": ok,
        "summary": summary,
        "counts": counts(found, len(notes), made=len(written)),
        "written": [str(p) for p in written],
        "texts": texts,
        "diagnostics": as_json(found),
        "notes": notes,
    }


def an_offices_field(d: Diagnostic, kit: Kit) -> bool:
    """Whether problem `d` is a text of an office's own file that does not lay out (its
    contact fields, its name in the language: `text.*` at that file), which no translation
    changes: the office's to fix, not the translator's. A translator's import that changed
    nothing failed with exit code 1 and "shorten them in kk.xlsx" for an office's long
    website and helpline (a user's trial)."""
    if d.mark is None or d.code.split(".")[0] != "text" or d.is_note:
        return False
    at = d.mark.path.resolve()
    return any(at == office.path.resolve() for office in kit.offices.values())


def offices_fields(found: list[Diagnostic], code: str) -> list[Diagnostic]:
    """The offices' own fields that do not lay out in language `code` (an_offices_field),
    as warnings at the office's file that say whose they are: not counted against the
    translation, and no cause of the import's exit code."""

    def name(d: Diagnostic) -> str:
        return d.mark.path.name if d.mark is not None else "its file"

    return [
        replace(
            d,
            severity=Severity.WARNING,
            message=f"{d.message} (the office's own field, in {name(d)}: not of the {code} "
            "translation)",
            hints=(*d.hints, f"not the translator's to fix: {name(d)} is the office's file"),
        )
        for d in found
    ]


# The families of the warnings about a language's own texts: its strings file's (a key it
# lacks, an outdated or untranslated text, a placeholder the source gained, a key the source
# has not) and the layout's of its texts (a Han character from another language's font, a
# {field} its text names that is empty)
TEXT_FAMILIES = ("strings", "text")


def about_its_texts(d: Diagnostic, code: str, path: Path) -> bool:
    """Whether warning `d` is about language `code`'s own texts (`TEXT_FAMILIES`, of that
    language, or at its strings file `path`: a key the source has not names no language),
    which an import shows after laying the language out: the translator's business. The
    kit's layouts' warnings (a frame in the safe margin, a colour, an image: the
    designer's) and the offices' (a contact not filled, a hidden field) are not, and neither
    is a warning of another language. An import showed `strings.missing` and
    `strings.outdated` alone: a kanji set from the Chinese font (`text.han-fallback`), a
    translation that prints "()" for an empty {helpline} (`text.empty-field`), texts still
    in English (`strings.untranslated`) went unsaid."""
    if d.is_error or d.subject.office or d.code.split(".")[0] not in TEXT_FAMILIES:
        return False
    if d.subject.language is not None:
        return d.subject.language == code
    return d.mark is not None and d.mark.path.resolve() == path.resolve()


def changed_key(d: Diagnostic, marks: Mapping[str, Mark]) -> str | None:
    """The key of the text an import changed that diagnostic `d` was moved to the line of
    (at_translators_line; `marks`, by key): of a slot of several strings, which names them
    all ("cta, cta_donate, cta_join"), that one; None where `d` is at no changed text."""
    named = (d.subject.key or "").split(", ")
    return next((k for k in named if k in marks and d.mark == marks[k]), None)


def its_text(d: Diagnostic, marks: Mapping[str, Mark]) -> str:
    """The text a diagnostic of an import is about: the one the import changed
    (changed_key), else its key, or its message."""
    return changed_key(d, marks) or d.subject.key or d.message


def one_per_text(
    diagnostics: list[Diagnostic],
    marks: Mapping[str, Mark],
    code: str,
    short_in: str,
    script: str = "",
) -> list[Diagnostic]:
    """The overflows of one imported text, at the translator's line (`marks`, by key), as
    one error naming the documents it does not fit, the first one's detail, and what a
    translator can do (`short_in`: where a short variant goes); the others as they are. One
    French text too long for the figure was 13 errors, each with a designer's advice
    (enlarge the slot, a size's own frame). A text whose every overflow is a frame lower
    than one of its lines (`line_bound`) is told so, in language `code`'s `script` (a style
    of its letters, Nastaliq, by name: `tall_lines`), with the frames to make taller: no
    shorter text mends it, and "shorten it" sent an Urdu translator after what the
    designer's frames lacked (a translator's trial)."""
    groups: dict[str, list[Diagnostic]] = {}
    order: list[Diagnostic | str] = []
    for d in diagnostics:
        key = changed_key(d, marks)
        if d.code == "text.overflow" and key is not None:
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(d)
        else:
            order.append(d)
    out: list[Diagnostic] = []
    for entry in order:
        if isinstance(entry, Diagnostic):
            out.append(entry)
            continue
        found = groups[entry]
        first = found[0]
        # each document once: a flyer whose front and back QR labels both overflow is one
        docs = list(
            dict.fromkeys(
                f"{d.subject.office} / {d.subject.material}"
                if d.subject.office
                else d.subject.material or ""
                for d in found
            )
        )
        names = ", ".join(docs[:4]) + (f" and {len(docs) - 4} more" if len(docs) > 4 else "")
        said = first.message  # "text does not fit slot 'figure' even at 28 pt: ..."
        written = [h for h in first.hints if h.startswith("written to ")]
        fix = (
            (
                "shorten it (the short variants were tried too)"
                if "with its short variant" in said
                else "shorten it"
            )
            + ", or give it a short variant (or a shorter one) in "
            + short_in.replace("<key>", entry)
        )
        if all(line_bound(d) for d in found):
            fix = f"{tall_lines(script, 1)}; {frames_to_raise(found)}"
        out.append(
            replace(
                first,
                message=f"does not fit {len(docs)} document(s) ({names}); in {docs[0]}: {said}",
                subject=Subject(language=code, key=entry),
                hints=(fix, *written),
            )
        )
    return out


def overflows_said(
    overflows: list[Diagnostic], marks: Mapping[str, Mark], script: str, short_in: str
) -> str:
    """What the import's last line tells to do of the texts that do not fit (`overflows`,
    at the translator's lines: `marks`): shorten them or give them a short variant
    (`short_in`: where), and of those whose every overflow is a frame lower than one of
    their lines (`line_bound`), that the frames are the designer's to make taller."""
    texts: dict[str, list[Diagnostic]] = {}
    for d in overflows:
        texts.setdefault(its_text(d, marks), []).append(d)
    tall = [k for k, found in texts.items() if all(line_bound(d) for d in found)]
    rest = [k for k in texts if k not in tall]
    them = f"the others ({', '.join(rest)})" if tall else "them"
    to_shorten = f"shorten {them} or give them a short variant in {short_in}, then import again"
    if not tall:
        return to_shorten
    height = line_height_of(script)
    style = f", for {height}" if height is not None else ""
    one = len(tall) == 1
    frames = (
        f"{', '.join(tall)}: {'its line is' if one else 'their lines are'} taller than "
        f"{'its frame' if one else 'their frames'} whatever {'its' if one else 'their'} "
        f"length{style}: the designer's to make taller (named above), not the translation's "
        "to shorten"
    )
    return f"{frames}; {to_shorten}" if rest else frames


def line_bound(d: Diagnostic) -> bool:
    """Whether overflow `d` (`text.overflow`, of a translator's text: its facts,
    `pipeline.compose._overflow_facts`) is of a frame lower than one line of the text at its
    smallest size: every line it is set in ends below the frame's foot, and no word is too
    wide. A shorter text is as tall (fewer words, the same line), so it is the frame's height
    that is short, not the translation."""
    over, lines = d.fact("over"), d.fact("lines")
    if d.code != "text.overflow" or not isinstance(over, tuple) or not isinstance(lines, int):
        return False
    lines_over, height_over, width_over = over
    return bool(lines) and lines_over >= lines and height_over > 0 and width_over <= 0


def tall_lines(script: str, texts: int) -> str:
    """Why `texts` texts whose overflows are all `line_bound` do not fit, in a language
    written in ISO 15924 `script`: a style of another script's letters (STYLE_OF: Aran,
    Nastaliq) is named as the cause, its line being taller than its script's."""
    one = texts == 1
    line, frames, its = (
        ("its line is", "the frame", "its") if one else ("their lines are", "their frames", "their")
    )
    said = f"{line} taller than {frames} at the smallest size, whatever {its} length"
    style = line_height_of(script)
    if style is None:
        return f"{said}: a shorter text is as tall"
    return (
        f"{said}: the cause is {style}, and a shorter text is as tall (a short variant helps "
        "only without the tallest letters)"
    )


def line_height_of(script: str) -> str | None:
    """The line height of ISO 15924 `script` where it is a style of another script's letters
    (text.scripts.STYLE_OF: Aran), as a hint names it: "Nastaliq's line height (`script:
    Aran`, a style of the Arabic letters)"; None for any other script."""
    from babel import Locale

    from ..text.scripts import STYLE_OF

    if script not in STYLE_OF:
        return None
    names = Locale("en").scripts
    style, letters = names.get(script, script), names.get(STYLE_OF[script], STYLE_OF[script])
    return f"{style}'s line height (`script: {script}`, a style of the {letters} letters)"


def frames_to_raise(found: list[Diagnostic]) -> str:
    """Which frames a text's `line_bound` overflows need taller, and by how much at the
    most (`found`: its overflows, facts `frame` and `over`): the designer's to change, in
    their layouts."""
    from ..layout.items.text import over_mm

    frames: dict[str, float] = {}  # the most any of them misses each frame by, pt
    for d in found:
        frame, over = d.fact("frame"), d.fact("over")
        if isinstance(frame, Mark) and isinstance(over, tuple):
            at = f"{frame.path.name}:{frame.line}" if frame.line else frame.path.name
            frames[at] = max(frames.get(at, 0.0), float(over[1]))
    named = ", ".join(f"{at}: {over_mm(pt)}" for at, pt in frames.items())
    return f"the frame is the designer's to make taller ({named}), not the translation's to shorten"


def designers_notes(
    shown: list[Diagnostic], marks: Mapping[str, Mark], code: str
) -> list[Diagnostic]:
    """`shown` with its `text.short-variant` notes (a text that prints its short variant
    where its full one does not fit: a designed fallback, each with the frame to make taller)
    as one note, where the first was, naming the texts and their documents and saying that
    they are a designer's to act on, not the translator's; `--verbose` and `--json` keep
    each. A translator's import of Urdu printed seven notes of frames 0.2 mm too short, each
    with "shorten this translation" (a translator's trial)."""
    notes = [d for d in shown if d.code == "text.short-variant"]
    if not notes:
        return shown
    texts: dict[str, list[str]] = {}
    for d in notes:
        key = changed_key(d, marks) or d.subject.key or "?"
        where = d.subject.material or ""
        if d.subject.office:
            where = f"{d.subject.office} / {where}"
        found = texts.setdefault(key, [])
        if where and where not in found:
            found.append(where)
    named = "; ".join(f"{k} ({', '.join(w)})" if w else k for k, w in texts.items())
    one = Diagnostic(
        "text.short-variant",
        f"{len(texts)} text(s) print their short variant where the full text does not fit "
        f"its frame, a designed fallback, not a fault: {named}",
        None,
        (
            "the translation need not change: a designer may make those frames taller (or "
            "lower their styles' min_size) to print the full texts, as may shorter full texts; "
            "`strings import --verbose` lists each, with its frame and by how much",
        ),
        Severity.NOTE,
        Subject(language=code),
    )
    at = shown.index(notes[0])
    rest = [d for d in shown if d.code != "text.short-variant"]
    return [*rest[:at], one, *rest[at:]]


def once(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Each problem once, in order: the campaign's and the offices' checks of one language
    give the kit's warnings twice, and a text too long for a material once for the campaign
    and once per office that prints it (the first one says it; another size of the
    material, badge-32mm, is a document of its own and says so). Materials that say the
    same (the social sizes' "does not fit slot 'figure' even at 48 pt") are each named."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for d in diagnostics:
        s = d.subject
        text = d.message.removeprefix(f"{s.office} / ") if s.office else d.message
        key = (d.code, str(d.mark), s.material or "", text)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


@strings.command("proof")
@click.option("--lang", "code", required=True, metavar="CODE", help="The language to proof.")
@out_option("The PDF to write (default: proof-<code>.pdf in this folder).", file=True)
@kit_option
def proof(code: str, out: Path | None, kit: Path | None) -> None:
    """Write a proof sheet of CODE (A4 PDF): every string in the language's fonts and
    direction, with its key, its status, and per slot how the materials set it: the size
    copy-fit chose, its lines and the room left. Texts that overflow, that print in the
    source language (fallbacks) or that have a character no font covers are tinted and
    labelled in words.

    \b
    Examples:
      python generate.py strings proof --lang ar
      python generate.py strings proof --lang zh -o proofs/zh.pdf
    """
    from ..kit import load_kit
    from ..translate import proof_sheet
    from ..translate.entries import aside_warnings

    with reporting():
        loaded = load_kit(kit_root(kit), isolate=True)
        code = loaded.language_code(code)  # ZH is zh
        target = out or Path(f"proof-{code}.pdf")
        data = proof_sheet(loaded, code)
    write_whole(target, data)
    echo(f"wrote {target}")
    # a language set aside for a broken text is proofed as its file reads: each such text's
    # block is labelled BROKEN TEXT, and the build stops at it until an import fixes it
    show(
        aside_warnings(
            loaded,
            code,
            f"{target.name} shows it (BROKEN TEXT): fix it in the file exported for "
            f"translators (`{command(f'strings export --lang {code}')}`), then import it",
        )
    )


# How each format gives a short variant of a text the source has none of
SHORT_HOW = {
    ".po": 'an entry with msgctxt "<key>|short"',
    ".xlf": 'a unit with id "<key>.short" and type "campaign:short"',
    ".xliff": 'a unit with id "<key>.short" and type "campaign:short"',
    ".csv": "its 'short translation' column",
    ".xlsx": "its 'short translation' column",
}


def slot_strings(kit: Kit) -> dict[tuple[str, str], tuple[str, ...]]:
    """The string keys each text slot sets, by (material, slot); of a slot about a link, each
    key's variants for other kinds of link too (model.link_keys: qr_label_tel)."""
    from ..model import TextSlot, link_keys

    source = kit.languages.get(kit.campaign.source_language)
    known = source.strings if source is not None else {}
    return {
        (layout.id, slot.name): (
            tuple(k for key in slot.strings for k in link_keys(key, known))
            if slot.link
            else slot.strings
        )
        for layout in kit.layouts.values()
        for page in layout.pages
        for slot in page.slots
        if isinstance(slot, TextSlot)
    }


def entry_lines(path: Path) -> dict[str, int]:
    """The line of strings file `path` where each of its entries is (its key under
    `strings:`); none where the file cannot be read."""
    from ..diagnostics import DiagnosticsError
    from ..load import load_yaml

    try:
        node = load_yaml(path)
    except DiagnosticsError:
        return {}
    strings = node.value.get("strings") if node.is_map else None
    marks = strings.key_marks if strings is not None and strings.is_map else {}
    return {key: mark.line for key, mark in marks.items()}


def at_translators_line(
    d: Diagnostic,
    marks: Mapping[str, Mark],
    written: Path,
    slots: Mapping[tuple[str, str], tuple[str, ...]] | None,
    lines: Mapping[str, int],
) -> Diagnostic:
    """A problem of a text this import changed (one that does not fit, or that a longer
    line takes into the safe margin or over another slot: its slot's strings, `slots`),
    named at the translator's file and line, where they fix it, with where it was written
    as a hint; others as they are. It was named at the strings file's line, or the layout's,
    which a translator never edits. `lines`: where each entry of `written` is
    (`entry_lines`, read once for every problem)."""
    subject = d.subject
    keys = (subject.key or "").split(", ") if subject is not None else []
    if subject is not None and not subject.key and subject.slot and slots:
        keys = list(slots.get((subject.material or "", subject.slot), ()))
    # a slot of several strings names them all ("cta, cta_donate, cta_join"): the one it is
    # told at (the text at fault, layout.items.text) where the import changed it, else the
    # first that the import changed is the one to shorten
    changed = [k for k in keys if k in marks]
    if not changed or d.mark is None:
        return d
    at = d.mark.line if d.mark.path == written else None
    key = next((k for k in changed if at is not None and lines.get(k) == at), changed[0])
    mark = marks[key]
    # its own line: the slot's error is at its first string's (cta's, where the import
    # changed cta_join: the hint named cta's line, a trial)
    line = lines.get(key) if d.mark.path == written else None
    where = f"written to {written.name}, line {line or d.mark.line}"
    if d.mark.path != written:  # the layout's place: the slot the text is set in
        where = f"set in {d.mark.path.name}, line {d.mark.line} (the designer's layout)"
        return replace(d, mark=mark, hints=("shorten this translation", *d.hints, where))
    return replace(d, mark=mark, hints=(*d.hints, where))
