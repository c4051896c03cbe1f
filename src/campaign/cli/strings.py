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
    f"and the first {FEW_EMPTY} by name; --json lists them all).",
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
    The texts the file left empty are counted on one line, the first few named (--verbose:
    each, with what it prints); the diagnostics follow what the import did, their count
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
    from ..translate import import_file
    from ..translate.lock import strings_lock

    with reporting(json_report, IMPORT_KEYS):
        root = kit_to_write(kit)  # before its lock: nothing of this repository's is touched
    with (
        reporting(json_report, IMPORT_KEYS),
        strings_lock(root, lambda line: echo(line, err=True)),
    ):
        loaded = load_kit(root, isolate=True)  # under the lock
        result = import_file(loaded, file, code, overwrite)
    verb = "created" if result.created else "updated" if result.changed else "left as it was"
    head = (
        f"{result.path} {verb}: {len(result.changed)} text(s) changed, {result.unchanged} "
        f"unchanged, {result.empty} left empty in {file.name}"
    )
    told = written_kit(kit, root) if result.created or result.changed else None
    if not json_report:
        told_texts(result, file, head, told, verbose)
        if result.reviewed:  # the translator's sign-off, as their tool writes it
            echo(
                f"{result.path}: status: reviewed, as {file.name} signs it off "
                f"({result.reviewed}): its documents are no longer marked draft"
            )
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
            *one_per_text(placed, result.marks, result.code, f"{file.name} ({how})"),
        ]
        shown += offices_fields(offices_own, result.code)
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
        said = (
            f"imported, but {result.code} does not lay out cleanly ({counted}): shorten them "
            f"or give them a short variant in {file.name} ({how}), then import again"
            if over
            else f"imported, but {result.code} does not lay out cleanly ({counted}): fix what "
            "is named above, then import again"
        )
    else:
        shown = [*result.warnings, *once(warnings), *offices_fields(offices_own, result.code)]
        pages = sum(len(c.page.pages) for c in laid)
        theirs = f" and its offices' ({', '.join(printing)})" if printing else ""
        but = " but for the offices' own fields named above" if offices_own else ""
        said = (
            f"ok: {len(laid)} document(s) ({pages} page(s)) of the {result.code} kit{theirs} "
            f"{laid_out(shown)}{but}"
        )
    if json_report:
        written = [result.path] if result.created or result.changed else []
        emit_json(imported_json(result, f"{head}; {said}", written, shown, told, not problems))
    else:  # every diagnostic after what the import did, and their one count (a log read
        # "2 warning(s)" of the file's before the layout's notes, and a second count after)
        show(shown)
        echo(said)
    if problems:
        raise click.exceptions.Exit(1)


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
    if verbose:
        for key in result.left_empty:
            echo(f"  left empty: {key}")
    elif result.left_empty:
        echo(left_empty_line(result.left_empty, result.empty_names))
    how = (
        "clear the PO editor's fuzzy flag"
        if file.suffix.lower() in (".po", ".pot")
        else "set its status to translated"
    )
    for key in result.fuzzy:
        echo(f"  fuzzy, not imported: {key} ({how} to import it)")
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
    told: str | None,
    ok: bool,
) -> dict[str, object]:
    """`strings import --json`'s report (IMPORT_KEYS), `ok` when the language lays out
    cleanly (the import's exit code 0: `found` may hold no error and still fail, when the
    layout's problems left once the offices' own fields are set aside are warnings about the
    language's texts): the strings file `written` (none
    when no text changed), `texts` (TEXTS_KEYS: the keys as the text report lists them, the
    number unchanged), `found` (the file's own warnings and the layout's) as `diagnostics`,
    in the order the text prints them, and `notes`, the kit written into when --kit did not
    name it (`told`, a line of its own in the text report). `counts`' `made` is the files
    written."""
    texts = {  # TEXTS_KEYS
        "changed": list(result.changed),
        "unchanged": result.unchanged,
        "left_empty": list(result.left_empty),
        "fuzzy": list(result.fuzzy),
        "copied": list(result.copied),
        "kept": list(result.kept),
    }
    notes = [told] if told else []
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
    diagnostics: list[Diagnostic], marks: Mapping[str, Mark], code: str, short_in: str
) -> list[Diagnostic]:
    """The overflows of one imported text, at the translator's line (`marks`, by key), as
    one error naming the documents it does not fit, the first one's detail, and what a
    translator can do (`short_in`: where a short variant goes); the others as they are. One
    French text too long for the figure was 13 errors, each with a designer's advice
    (enlarge the slot, a size's own frame)."""
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
        out.append(
            replace(
                first,
                message=f"does not fit {len(docs)} document(s) ({names}); in {docs[0]}: {said}",
                subject=Subject(language=code, key=entry),
                hints=(
                    (
                        "shorten it (the short variants were tried too)"
                        if "with its short variant" in said
                        else "shorten it"
                    )
                    + ", or give it a short variant (or a shorter one) in "
                    + short_in.replace("<key>", entry),
                    *written,
                ),
            )
        )
    return out


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
