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
three ways with the digest of its text as exported (`merge`). A table's source cell that is
neither as exported (its digest) nor the source's text now is refused at the cell, as a PO
file's edited msgid (`translate.source`); a translation that is a copy of its source text,
in an entry the file marks as not yet translated (XLIFF state initial), is not imported and
is named (`Imported.copied`). An XLIFF `<source>` neither as exported (its
`exported-source` digest) nor the source's text now is never taken, and its unit is imported
or not by one rule (`_Merge._changed_source`); a table without source digests (an older
export) is named once (`translate.unchecked`), as an edit of its source cells cannot be seen.
Each translated text keeps the source's text it was made from (`source:`, as the file gives
it): a later change of the source's text makes it outdated (`strings.outdated`). Nothing is
written when no text changed."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import cache
from ..commands import command
from ..diagnostics import (
    Collector,
    Diagnostic,
    DiagnosticsError,
    Mark,
    Severity,
)
from ..kit.references import check_braces, judged_by, known_fields
from ..kit.strings import check_bidi
from ..model import Kit, Language
from ..program import quote
from ..resolve import placeholders
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
    script_and_name,
    script_problem,
)
from .entries import Incoming, Parsed, export_command, exported, has_words, set_aside, tidy
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
from .signoff import SIGNED, refused_sign_off
from .target import still_its_own, target_language
from .typography import typing_warnings
from .writer import new_strings_file, set_status, write_strings


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
    # of `kept`, those an earlier import of the same export from another file (a copy of
    # it) changed, with that file's path ("" where the record does not say): the file has
    # them as exported again, which --overwrite takes (the same file's are taken back)
    kept_own: dict[str, str] = field(default_factory=dict)
    # texts that are a copy of their source text, in an entry the file marks as not yet
    # translated (an XLIFF state initial): not imported, "key (what it shows; how to keep it)"
    copied: tuple[str, ...] = ()
    # how the file signed the language off where the import marked it `status: reviewed`
    # (Parsed.signed_off); "" where it did not, or the language was reviewed already
    reviewed: str = ""
    # `left_empty`'s keys alone, as the summary names them: "key", "key (short)"
    empty_names: tuple[str, ...] = ()
    # keys whose note (`note:`, the translator's comment in the file) the import changed
    notes: tuple[str, ...] = ()


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
    run = _Merge(kit, path, code, overwrite, source, lang, export_of(parsed))
    # a spreadsheet's cell as a translator typed it: spaces around the text, and Windows line
    # ends inside it ("x\r\ny" printed a line break and a box), are not the translation
    parsed = replace(
        parsed, items=[replace(i, translation=tidy(i.translation)) for i in parsed.items]
    )
    no_duplicates(parsed, run.errs)
    in_its_script(kit, code, lang, parsed, path, run.errs)
    if run.errs.errors:  # the file as a whole is not one translation of this language
        raise DiagnosticsError(run.errs.items)
    run.errs.extend(parsed.errors)  # its entries' errors found reading it, with the others
    # a text file alone is saved in a code page (a workbook, PO and XLIFF are Unicode)
    lossy_format = path.suffix.lower() in (".csv", ".tsv", ".txt")
    for item in parsed.items:
        run.item(item, parsed, lossy_format)
    if run.export is not None:  # made by `strings export`: an entry removed from it
        run.warnings += lacking_entries(parsed, path, source, lang)
    run.take_notes(parsed)
    run.final_checks(parsed)
    return run.write(parsed)


# what `_Merge._changed_source` says of a unit whose changed <source> is not taken; of a
# failed import, nothing of which is written, `_not_imported`
TAKEN = "is imported as the translation of the <source>"


def _not_imported(warning: Diagnostic) -> Diagnostic:
    """`warning` as a failed import says it: a unit's <target> that `_changed_source` took,
    "is imported as" the translation, would be, once the file's errors are fixed (nothing of
    the file is written, and the translator was told it was imported)."""
    taken = dict(warning.facts).get("taken")
    if warning.code != "translate.source" or taken is None:
        return warning
    said = (
        f"{taken}: the change is not taken; its <target> would be imported as "
        "the translation of the <source> as exported, once the file's errors are fixed "
        "(nothing is imported now)"
    )
    return replace(warning, message=said)


@dataclass
class _Merge:
    """One import's merge into its language: the strings file's texts as the file's items
    change them, a text at a time (`item`), and what the summary and the warnings say."""

    kit: Kit
    path: Path
    code: str
    overwrite: bool
    source: Language
    lang: Language | None
    export: str | None  # the id of the export the file was made by
    texts: dict[str, dict[str, str]] = field(init=False)
    # the fields a text may name, as the kit's own check of a strings file has them
    known: dict[str, object] = field(init=False)
    # what earlier imports of this export's file wrote, by "code/key/part": their digests;
    # by "file:code/key/part", the path of the file that wrote it (`file_id`)
    record: dict[str, str] = field(init=False)
    # the file imported, as the record names it: its absolute path, which tells the same
    # file fixed and imported again from a copy of its export (the same export id)
    file_id: str = field(init=False)
    # the script the language is written in and its English name (checks.script_and_name)
    script: str = field(init=False)
    lang_name: str = field(init=False)
    errs: Collector = field(default_factory=Collector)
    changed: list[str] = field(default_factory=list)
    # (key, "text" or "short") this import changed
    changed_parts: set[tuple[str, str]] = field(default_factory=set)
    # keys whose short variant the file gives as its translator wrote or confirmed it (not as
    # exported), even where the strings file has it so already: no `translate.short-kept`
    written_shorts: set[str] = field(default_factory=set)
    # keys whose full text this import took back to its text as exported (`taken back`):
    # the short variant, as it was, is the one made for that text (no `translate.short-kept`)
    restored: set[str] = field(default_factory=set)
    marks: dict[str, Mark] = field(default_factory=dict)
    # left empty in the file, with a source text to translate
    blank_items: list[Incoming] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)  # as the summary names them: "key (short)"
    kept: list[str] = field(default_factory=list)
    # of `kept`, those an earlier import of this export from another file changed: its path
    kept_own: dict[str, str] = field(default_factory=dict)
    fuzzy: list[str] = field(default_factory=list)
    # a copy of the source text in an entry not marked translated (`_copied`): not imported
    copied: list[str] = field(default_factory=list)
    # outdated, left as they are: not imported
    left_outdated: list[Incoming] = field(default_factory=list)
    unknown: set[str] = field(default_factory=set)  # keys named once, not once per part
    warnings: list[Diagnostic] = field(default_factory=list)  # e.g. translate.source
    lost: dict[str, str] = field(default_factory=dict)  # key (and part): what its source lost
    lost_letters: list[Incoming] = field(default_factory=list)  # a letter lost ("ه?چ")
    unchanged: int = 0
    empty: int = 0
    # keys whose note (the translator's comment, `Incoming.note`) this import changed
    noted: set[str] = field(default_factory=set)
    # entries whose note is not kept: their key has no translation to keep it with
    unkept_notes: list[Incoming] = field(default_factory=list)

    def __post_init__(self) -> None:
        lang = self.lang
        self.texts = {k: entry_fields(e) for k, e in lang.strings.items()} if lang else {}
        self.known = {**known_fields(self.kit.campaign), **(lang.fields if lang else {})}
        self.record = cache.record(f"import-{self.export}") if self.export else {}
        self.file_id = str(self.path.resolve())
        self.script, self.lang_name = script_and_name(self.code, lang)

    def item(self, item: Incoming, parsed: Parsed, lossy_format: bool) -> None:
        """One text of the file: checked, then merged into `texts` (or kept, or refused)."""
        want = source_text_of(self.source, item, self.errs, self.unknown)
        if want is None:
            return
        if lossy_format:
            item = self._as_exported(item, want, parsed)
        if item.source_element:  # an XLIFF <source>: a changed one is not taken
            kept = self._changed_source(item, want)
            if kept is None:
                return
            item = kept
        elif self._source_typed_over(item, want):
            return
        if not check_printable(item, self.errs, self.lost_letters) or check_formula(
            item, want, self.errs
        ):
            return
        if not item.translation:
            self._left_blank(item, want)
            return
        if self._copied(item, want):
            return
        # the text its placeholders are judged by (a short variant the source lacks: its text)
        meant = judged_by(self.source.strings[item.key], item.part)
        now = self.texts.get(item.key, {}).get(item.part, "")
        since = self._since_export(item, now)
        if since == "unchanged":  # left as exported, or as their own last import of this
            self.unchanged += 1  # file wrote it
            return
        if since in ("kept", "kept own"):  # someone changed it since: theirs is kept (a copy
            self.kept.append(item.key + item.suffix)  # of one export given to two
            if since == "kept own":  # translators undid the first)
                where = self.record.get(f"file:{self.code}/{item.key}/{item.part}", "")
                self.kept_own[item.key + item.suffix] = where
            return
        if not self._checked(item, meant, now, want):
            return
        if since == "conflict":
            self._conflict(item, now)
            return
        if self.texts.get(item.key, {}).get(item.part) != item.translation:
            self._warn_new_text(item, meant)
        if since == "taken back" and item.part == "text":
            self.restored.add(item.key)
        self._take(item, want, " (taken back: as exported)" if since == "taken back" else "")

    def _as_exported(self, item: Incoming, want: str, parsed: Parsed) -> Incoming:
        """`item` with the source text it was exported with, where a text file saved in a
        code page lost characters of it (`lost`); else `item` itself."""
        if (
            item.source
            and item.source != want
            and lossy_copy(item.source, want)
            and not kept_elsewhere(parsed, item.source, want)
        ):
            self.lost[item.key + item.suffix] = "".join(sorted(lost_characters(item.source, want)))
            return replace(item, source=want)  # the source it was exported with, saved lossily
        return item

    def _source_typed_over(self, item: Incoming, want: str) -> bool:
        """Whether `item`'s source cell (a table's) is neither its text as exported (the
        `exported` cell's `source:` digest) nor the source's text now: the `translate.source`
        error at that cell, as a PO file's edited msgid. A translator's text typed there, its
        translation cell left empty, was named "left empty" and lost (a translator's trial:
        "Unisciti alla campagna Cuore Blu." in `source`); one typed over beside a translation
        was recorded as the text it was made from. A file without the digest (an older
        export) is not judged so (`_other_source` warns of one with a translation)."""
        typed = item.source
        if item.source_base is None or typed is None or typed == want:
            return False
        if exported(typed) == item.source_base:
            return False
        column = "source" if item.part == "text" else "short source"
        written = "translation" if item.part == "text" else "short translation"
        at = item.source_mark or item.mark
        shown = typed if len(typed) <= 60 else typed[:59] + "\u2026"
        self.errs.error(
            "translate.source",
            f"'{item.key}'{item.suffix}: row {at.line}, column {column} ({_letter(at.col)}): "
            f"\u201c{shown}\u201d is not the source text as exported: the {column} column is "
            "the text to translate, not to change; only the translation columns are the "
            "translator's",
            at,
            f"type the translation in the {written} column ({_letter(item.mark.col)}), and "
            f"put the {column} cell back as it was exported (or export the language again)",
        )
        return True

    def _changed_source(self, item: Incoming, want: str) -> Incoming | None:
        """`item` as it is imported where its file is XLIFF and its `<source>` is neither as
        exported (its `exported-source` note's digest) nor the source's text now: changed in
        the file, by the translator or their tool. In XLIFF 2.0 a `<target>` holds the
        translation of its `<source>`, what a tool may change is the target content (Core,
        "Target Content Modification"), and "the entire source content of any one <unit>
        element MUST remain logically unchanged" (Core, "Segmentation Modification"). So the
        change is never taken (it is neither the source's text nor the one the translation
        was made from), and the rule for the unit is:
        - its `<target>` is empty, or the same text as the changed `<source>` (a translation
          typed into the <source>, and a CAT tool's "copy source to target"; or the English
          edited and copied): nothing in it can be told to be the translation, and the unit
          is not imported; a warning says which of the two, at the <source>;
        - else its `<target>` is the translator's own text, and it is imported as the
          translation of the source as exported (its origin: the source's text now, or the
          one the strings file records, whichever the digest is of; neither, no origin),
          with a warning at the <source> that its change was not taken.
        A file without the digest (exported before it was written) is not judged so:
        `_other_source` names a <source> that is neither the source's text now nor the
        recorded one, which an earlier export shows rightly. Returns None for a unit not
        imported."""
        typed, base = item.source, item.source_base
        shown = want or self.source.strings[item.key].text  # a short unit's without a short
        if base is None or typed is None or typed == shown or exported(typed) == base:
            return item
        at = item.source_mark or item.mark
        changed = f"its <source> was changed to \u201c{_shortened(typed)}\u201d"
        what = f"'{item.key}'{item.suffix}: {changed}"
        fix = (
            "a <source> is the text to translate, not to change: write the translation in "
            "<target> alone, and put the <source> back as exported (or export the language "
            f"again); a change to the source text is for {self.source.path.name}"
        )
        if item.fuzzy:  # its own target, not confirmed (XLIFF state initial): held back
            said = f"{what}: the change is not taken, and its <target> is not confirmed (state "
            said += "initial): not imported"
            self.warnings.append(Diagnostic("translate.source", said, at, (fix,), Severity.WARNING))
            return item
        if not item.translation or item.translation == tidy(typed):
            said = (
                f"{what}, and its <target> is empty: not imported (a translation typed into "
                "the <source>?)"
                if not item.translation
                else f"{what}, and its <target> is the same text: not imported (a translation "
                "typed into the <source> and copied, or the English edited?)"
            )
            self.warnings.append(Diagnostic("translate.source", said, at, (fix,), Severity.WARNING))
            return None
        origin = "source" if item.part == "text" else "short_source"
        recorded = self.texts.get(item.key, {}).get(origin)
        made_from = next((t for t in (shown, recorded) if t and exported(t) == base), None)
        said = f"{what}: the change is not taken; its <target> {TAKEN} as exported"
        self.warnings.append(
            Diagnostic(
                "translate.source", said, at, (fix,), Severity.WARNING, facts=(("taken", what),)
            )
        )
        return replace(item, source=made_from)

    def _copied(self, item: Incoming, want: str) -> bool:
        """Whether `item`'s text is a copy of its source text, in an entry the file marks as
        not yet translated (`pending`: an XLIFF segment's state initial or absent, a table's
        status left `to translate` or `outdated`), as a CAT tool copies the source to the
        target: not a translation (a translator's trial: `report`'s target its <source>,
        imported, printed in English, `check` clean). It is not imported and is named
        (`Imported.copied`), as the kit's own rule of copied texts has it (`entries.status_of`:
        a copy of the source's words is still to translate until a translator confirms it):
        a state or status of translated or reviewed confirms it (a name, a brand). A text of
        hashtags, addresses and {fields} alone is no copy; nor one the strings file has."""
        text = item.translation
        if not item.pending or text not in (want, tidy(item.source or "")) or not has_words(text):
            return False
        if text == tidy(self.texts.get(item.key, {}).get(item.part, "")):
            return False  # the strings file has it already: nothing to import
        had = self.texts.get(item.key, {}).get(item.part, "")
        shows = "kept its current translation" if had else "it shows the source's text"
        xliff = self.path.suffix.lower() in (".xlf", ".xliff")
        how = "set its state to translated" if xliff else "set its status to translated"
        self.copied.append(f"{item.key}{item.suffix} ({shows}; {how} if it reads the same)")
        return True

    def _left_blank(self, item: Incoming, want: str) -> None:
        """A text the file leaves empty: fuzzy (a PO's), or counted and named as the
        language shows it: its current text, or none."""
        if item.fuzzy:
            self.fuzzy.append(item.key + item.suffix)
            return
        self.empty += bool(want)
        if want:  # named at the end, as the language shows it then (`shows`)
            self.blank_items.append(item)

    def shows(self, item: Incoming) -> str:
        """What the language prints for a text the file left empty, once the file's other
        texts are in: its current translation, or where it lacks the key its parent's text
        (`Kit.printed`: pt.yaml's for pt-BR) or the source's, or no short variant. A pt-BR
        file said "it shows the source's text" where pt.yaml's printed (a translator's
        trial)."""
        own = self.texts.get(item.key, {})
        if own.get(item.part):
            return "kept its current translation"
        printed = None if own.get("text") else self.kit.printed(self.code, item.key, False)
        if printed is None:  # its own text, without a short variant
            return "no short variant"
        entry, lang = printed
        source = lang.code == self.source.code
        whose = "the source's" if source else f"{lang.code}'s"
        where = "" if source else f" ({lang.path.name})"
        if item.part == "text":
            return f"it shows {whose} text{where}"
        if entry.short:
            return f"it shows {whose} short variant{where}"
        return "no short variant" if source else f"no short variant ({lang.path.name} has none)"

    def _since_export(self, item: Incoming, now: str) -> str | None:
        """What the digests say of `item` against the strings file's text `now`
        (`origin.since_export`); notes a short variant typed in the file (`written_shorts`)."""
        at = f"{self.code}/{item.key}/{item.part}"
        earlier = self.record.get(at)  # what this export's file wrote, and which file that was
        same_file = self.record.get(f"file:{at}") == self.file_id
        # the strings file's text broken (`{ helpline }`, by hand or by an import before
        # braces were checked) is replaced by the file's, whatever the digests say: kept, it
        # stopped the language's every build (a change the file takes back was kept)
        broken = not check_braces(now, self.known, item.mark, Collector())
        base = exported_base(item, self.code)
        since = (
            None if broken else since_export(item, now, base, earlier, self.overwrite, same_file)
        )
        if item.part == "short" and base is not None and exported(item.translation) != base:
            self.written_shorts.add(item.key)  # typed in the file: as the strings file has it, too
        return since

    def _checked(self, item: Incoming, meant: str, now: str, want: str) -> bool:
        """Whether `item`'s text may be merged: its placeholders those of the text it
        translates (`meant`), and no direction control left open; a text left as it is and
        not confirmed (outdated) only its braces, and it is named (`left_outdated`)."""
        what = f"'{item.key}'{item.suffix}: "
        if item.translation == tidy(now) and (
            item.pending or (item.source is not None and item.source != want)
        ):
            # left as it is and not confirmed against the source's text now (XLIFF state
            # initial, a CSV status left `outdated`; or the file shows an earlier source
            # text): not judged against the source now (cta gained {helpline}, and an
            # untouched cta refused the whole file); its origin, where the file gives an
            # earlier one, is recorded below. Braces that make no placeholder are refused
            # still: the text is the strings file's, which they stop; fixed, the text is
            # judged against the source's now, so a field that has none there is to remove
            wanted = placeholders(meant)
            if not check_braces(
                item.translation,
                self.known,
                item.mark,
                self.errs,
                what,
                wanted=wanted,
                where=item.place_of,
            ):
                return False
            if is_outdated(self.lang, self.source, item, meant):
                self.left_outdated.append(item)
            return True
        if not same_placeholders(item, meant, self.known, self.errs):
            return False
        # a direction control left open: refused here, at the translator's line
        # (written, it stopped every build of the kit at the strings file's line)
        return check_bidi(item.translation, item.mark, self.errs, what)

    def _conflict(self, item: Incoming, now: str) -> None:
        """The `translate.conflict` error of a text changed both in the file and, since it
        was exported, in the strings file."""
        path = self.path
        strings_file = (self.lang.path if self.lang else path).name
        was, new = text_difference(tidy(now), item.translation)
        self.errs.error(
            "translate.conflict",
            f"'{item.key}'{item.suffix} was changed in {strings_file} "
            f"since {path.name} was exported, to \u201c{was}\u201d, and {path.name} "
            f"changes it too, to \u201c{new}\u201d",
            item.mark,
            "export the language again and make the change there, or import with "
            "--overwrite to take this file's texts (so too when that change was this "
            "file's own earlier import, on another machine or with the cache off)",
        )

    def _warn_new_text(self, item: Incoming, meant: str) -> None:
        """The warnings of a text the strings file has not (yet): markup or markdown that
        `meant`, the source text, has not, letters that read wrong, a line break."""
        part = item.suffix
        tags = MARKUP.findall(item.translation)
        if tags and not MARKUP.search(meant):
            self.warnings.append(
                Diagnostic(
                    "translate.markup",
                    f"'{item.key}'{part}: the translation has markup ({', '.join(tags[:3])}) "
                    "the source text has not: the kit prints text as it is, tags and all",
                    item.mark,
                    ("remove the tags (emphasis is the layout's, in its styles)",),
                    Severity.WARNING,
                )
            )
        self.warnings += markdown_warning(item, meant)
        self.warnings += _letter_warnings(item, self.code, self.lang)
        self.warnings += _script_warning(item, meant, self.script, self.code, self.lang_name)
        self.warnings += typing_warnings(item, meant, self.code, self.lang)
        if "\n" in item.translation and "\n" not in meant:
            self.warnings.append(
                Diagnostic(
                    "translate.line-break",
                    f"'{item.key}'{part}: the translation has a line break, the source text "
                    "none: it prints as a forced line break there",
                    item.mark,
                    ("join the lines, unless the break is meant (copy-fit breaks lines itself)",),
                    Severity.WARNING,
                )
            )

    def _take(self, item: Incoming, want: str, said: str = "") -> None:
        """`item`'s text into `texts` with the source's text it was made from (the summary
        names it, with `said` after its key where it is changed); or, the text the same,
        that origin confirmed or changed; else it is counted unchanged."""
        part = item.suffix
        current = self.texts.setdefault(item.key, {})
        origin = "source" if item.part == "text" else "short_source"
        # a short variant of a text whose source has none translates no short text: the
        # file's msgid (the full text) recorded as its origin made it outdated for ever
        made_from = item.source if want or item.part == "text" else None
        recorded = current.get(origin)  # the source's text it was recorded as made from
        if current.get(item.part) != item.translation:
            current[item.part] = item.translation
            set_origin(current, made_from, origin)
            self.changed.append(item.key)
            self.changed_parts.add((item.key, item.part))
            self.shown.append(item.key + part + said)
            if item.part == "text" or item.key not in self.marks:
                self.marks[item.key] = item.mark
            # a new translation beside a source column typed over (the French in it too) was
            # recorded as made from that, without a word, as an unchanged one was not; a
            # table's source cell as exported (its digest) is the earlier text, rightly
            if made_from and made_from not in (want, recorded) and not _as_given(item):
                self.warnings.append(_other_source(item, made_from, want or "", self.source))
        elif not item.pending and new_origin(current, made_from, want, origin):
            set_origin(current, made_from, origin)
            self.changed.append(item.key)
            self.shown.append(
                item.key
                + part
                + (" (confirmed)" if made_from == want else " (its English: an earlier one)")
            )
            if item.part == "short" and made_from == want:
                self.written_shorts.add(item.key)
            # neither the source now nor before (nor as exported: a table's digest)
            if made_from not in (want, recorded) and not _as_given(item):
                self.warnings.append(_other_source(item, str(made_from), want or "", self.source))
        else:
            self.unchanged += 1

    def take_notes(self, parsed: Parsed) -> None:
        """The translators' comments of the file's entries (`Incoming.note`: a PO `# `
        comment, an XLIFF <note>) as each key's `note:` in `texts`, the text's and the short
        variant's one a line where they differ (an export writes the note back on the key's
        text entry). A note the file does not give leaves the strings file's as it is (an
        empty translation does too). The summary names each key whose note changed
        (`Imported.notes`). A key without a translation has no entry to keep it in: named
        once (`unkept_notes`). PO translator comments and XLIFF notes were dropped, and a
        re-export had none (a translator's trial)."""
        given: dict[str, list[str]] = {}
        first: dict[str, Incoming] = {}
        for item in parsed.items:
            if not item.note or item.key not in self.source.strings:
                continue
            notes = given.setdefault(item.key, [])
            if item.note not in notes:
                notes.append(item.note)
            first.setdefault(item.key, item)
        for key, notes in given.items():
            own = self.texts.get(key)
            if own is None or "text" not in own:
                self.unkept_notes.append(first[key])
                continue
            note = "\n".join(notes)
            if tidy(own.get("note", "")) == note:
                continue
            own["note"] = note
            self.noted.add(key)

    def final_checks(self, parsed: Parsed) -> None:
        """The errors found after every text was read (letters lost, a short variant
        without its full text); raises every error found, when there is one."""
        if self.lost_letters:
            report_lost_letters(self.lost_letters, self.path, self.code, self.lang, self.errs)
        # the keys whose full text the file gives, but which was not taken: fuzzy (named as
        # such), refused with an error of its own (a placeholder dropped), a copy of the
        # source (named): its short variant waits for it, without a second error
        given = {i.key for i in parsed.items if i.part == "text" and (i.translation or i.fuzzy)}
        fuzzy = {i.key for i in parsed.items if i.part == "text" and i.fuzzy}
        for item in parsed.items:  # written without a text, the short one was dropped: it was
            # reported as changed at every import, and never kept
            texts = self.texts.get(item.key, {})
            if item.key in parsed.refused:  # its full text refused already (`Parsed.errors`)
                continue
            if item.part == "short" and item.translation and not texts.get("text"):
                if item.key in fuzzy:  # a translator's trial: "no translation of its full
                    # text" where the file had one, flagged fuzzy
                    self.fuzzy.append(f"{item.key} (short), with its full text")
                if item.key in given:
                    continue
                self.errs.error(
                    "translate.read",
                    f"'{item.key}' has a short variant and no translation of its full text: "
                    "the short one is used only where the full one does not fit",
                    item.mark,
                    "translate the full text too (the short one alone is not kept)",
                )
        if self.errs.errors:  # with the file's warnings: every problem of it in one run (a
            # changed XLIFF <source> was told only once an inline code was fixed)
            raise DiagnosticsError([*self.errs.items, *map(_not_imported, self.warnings)])

    def write(self, parsed: Parsed) -> Imported:
        """The strings file written (when a text changed, or it is new), this import
        recorded for the export's next one, and what it did."""
        lang, changed = self.lang, self.changed
        # the file's own notes and warnings found reading it (a table's column not read,
        # `table._unread_columns`): its errors stopped the import before
        warnings = [d for d in parsed.errors if not d.is_error] + self.warnings
        if parsed.no_source_digests is not None:
            warnings.insert(0, _no_source_digests(parsed.no_source_digests, self.code))
        matched = self.written_shorts | self.restored
        warnings += _shorts_kept(self.changed_parts, self.texts, self.marks, matched)
        if self.lost:
            warnings.append(lost_characters_warning(self.lost, self.path))
        if self.left_outdated and lang is not None:
            warnings.append(outdated_note(self.left_outdated, self.source, self.path, lang))
        path_out = lang.path if lang else new_strings_file(self.kit, self.code, self.path)
        if self.unkept_notes:
            warnings.append(_unkept_notes(self.unkept_notes, path_out.name))
        if changed or self.noted or not lang:
            write_strings(path_out, self.source, self.texts, {*changed, *self.noted})
        reviewed, signed, refusal = self._signed_off(parsed, path_out)
        warnings += refusal
        if self.export and (changed or signed):
            for item in parsed.items:
                if item.key in changed:
                    done = self.texts.get(item.key, {}).get(item.part, "")
                    self.record[f"{self.code}/{item.key}/{item.part}"] = exported(done)
                    self.record[f"file:{self.code}/{item.key}/{item.part}"] = self.file_id
            if signed:  # a later import of this export, the language set back, takes it not
                self.record[SIGNED.format(code=self.code)] = self.file_id
            cache.save_record(f"import-{self.export}", self.record)
        unchecked = (
            unchecked_warning(parsed, self.code, self.path, lang)
            if changed and not self.overwrite
            else ()
        )
        return Imported(
            path_out,
            self.code,
            tuple(dict.fromkeys(self.shown)),
            self.unchanged,
            self.empty,
            lang is None,
            tuple(dict.fromkeys(self.kept)),
            tuple(self.fuzzy),
            (*warnings, *unchecked),
            self.marks,
            tuple(f"{i.key}{i.suffix} ({self.shows(i)})" for i in self.blank_items),
            self.kept_own,
            tuple(self.copied),
            reviewed,
            tuple(f"{i.key}{i.suffix}" for i in self.blank_items),
            tuple(k for k in self.source.strings if k in self.noted),
        )

    def _signed_off(self, parsed: Parsed, path_out: Path) -> tuple[str, bool, list[Diagnostic]]:
        """The file's sign-off (`Parsed.signed_off`) taken, `path_out` marked `status:
        reviewed`: (how the file signed it off, "" when not marked now; whether the language
        is reviewed by this file's sign-off, marked now or before; the `translate.sign-off`
        warning of a draft language whose sign-off is not taken: `signoff.refused_sign_off`)."""
        if not parsed.signed_off:
            return "", False, []
        outdated = {i.key for i in self.left_outdated}
        refusal = refused_sign_off(
            parsed, self.path, self.code, path_out, self.record, self.texts, self.source, outdated
        )
        before = self.lang is not None and self.lang.status == "reviewed"
        if refusal is not None:
            return "", False, [] if before else [refusal]
        if before:
            return "", True, []
        return (parsed.signed_off if set_status(path_out, "reviewed") else ""), True, []


# the endings of a table's files, whose entries are rows
TABLES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


def lacking_entries(
    parsed: Parsed, path: Path, source: Language, lang: Language | None
) -> list[Diagnostic]:
    """A `translate.lacking` warning for each entry of an export that file `path` (read as
    `parsed`) no longer has, where language `lang`'s strings file has a text for it: that
    text is kept as it was, and the import said only "39 unchanged" (a translator's trial:
    `cta_join` deleted from hi.po, or a `<unit>` from bn.xlf). An export has, per key of the
    `source` language in its order, the text's entry and, where the source or the language
    has a short variant, the short one's (`entries.Entry.has_short`); a key whose text the
    strings file lacks is not named (nothing is kept: `strings.missing` says it is not
    translated), and neither is a key the source gained since the export, which the strings
    file cannot have yet. Partial deliveries are no documented feature of an import (README,
    "Import": the file as exported comes back), so this is a warning; it never stops the
    import. Each is at the entry that follows where it was in the export (its first line,
    or its row), else after the last entry; a file without entries, at the file."""
    if lang is None:
        return []
    present = {(i.key, i.part): i for i in parsed.items}
    refused = parsed.refused  # read with an error: in the file all the same
    order: list[tuple[str, str]] = []
    for key, entry in source.strings.items():
        order.append((key, "text"))
        own = lang.strings.get(key)
        if entry.short or (own is not None and own.short):
            order.append((key, "short"))

    def there(key: str, part: str) -> bool:
        return (key, part) in present or key in refused

    out = []
    for n, (key, part) in enumerate(order):
        own = lang.strings.get(key)
        if own is None or not (own.text if part == "text" else own.short) or there(key, part):
            continue
        if part == "short" and not there(key, "text"):
            continue  # said with its text
        short = part == "text" and bool(own.short) and not there(key, "short")
        named = f"'{key}'" + (" (short)" if part == "short" else "")
        what = "text and short variant" if short else "short variant" if part == "short" else "text"
        kept_as = "are kept as they were" if short else "is kept as it was"
        both = " nor for its short variant" if short else ""
        after = next((present[e] for e in order[n + 1 :] if e in present), None)
        before = next((present[e] for e in reversed(order[:n]) if e in present), None)
        anchor = after or before
        if anchor is None:
            at, place = Mark.file(path), ""
        else:
            at = anchor.key_mark or anchor.mark
            at = Mark(at.path, at.line, 1)
            side = "before" if after is not None else "after"
            suffix = path.suffix.lower()
            row = "row" if suffix in TABLES else "unit" if suffix in (".xlf", ".xliff") else "entry"
            place = f" (it was {side} the {row} of '{anchor.key}'{anchor.suffix})"
        out.append(
            Diagnostic(
                "translate.lacking",
                f"{named}: {path.name} has no entry for it{both}{place}: its {what} in "
                f"{lang.path.name} {kept_as}",
                at,
                (
                    "to change it, put its entry back (from a new export: "
                    f"`{export_command(lang.code, path)}`) and import that; "
                    "left out, the text stays as it is",
                ),
                Severity.WARNING,
            )
        )
    return out


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


def _script_warning(
    item: Incoming, meant: str, script: str, code: str, name: str
) -> list[Diagnostic]:
    """A `strings.script` warning, at the entry's place in the file (a PO entry's line, an
    XLIFF unit's, a table's cell), for a translation mostly in another script than its
    language's (`checks.script_problem`): one English entry of an Amharic workbook whose
    other texts are Amharic was imported without a word, where the whole file's script is
    checked (`translate.script`). None for a copy of `meant`, the source's text. `script`
    and `name`: language `code`'s (`checks.script_and_name`, once an import)."""
    if item.translation == meant:
        return []
    found = script_problem(item.translation, script, code, name)
    if found is None:
        return []
    said, fix = found
    message = f"'{item.key}'{item.suffix}: the translation {said}"
    return [Diagnostic("strings.script", message, item.mark, (fix,), Severity.WARNING)]


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
    or was confirmed against the source's text: its translator wrote it for the new text;
    or its full text was taken back to the one exported, which the short variant, as it was,
    was made for (a long `theme` imported, then the file as exported again with --overwrite:
    "its text is new" of the text it had)."""
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


def _no_source_digests(mark: Mark, code: str) -> Diagnostic:
    """The `translate.unchecked` warning of a table (CSV, XLSX) without the digests of its
    source cells (`source:<digest>` in the `exported` column; `table._source_digests`, at
    its `source` header cell): exported before the kit's fortieth session (5 December 2026,
    version 0.1.0, whose exports carry them), made by hand, or with its `exported` column
    removed. A translation typed over its
    `source` cell cannot be told from the text exported there: it was lost as "left empty"
    without a word, or recorded as the English its translation was made from (`_other_source`
    warns of that one). Exported again, the table has them, and such a cell is refused."""
    name = mark.path.name
    again = command(f"strings export --lang {code} -o {quote(name)}")
    return Diagnostic(
        "translate.unchecked",
        f"{name} has no source digests (`source:` in the `exported` column): an export older "
        "than the kit of 5 December 2026 (version 0.1.0), a table made by hand, "
        "or its `exported` column removed; a translation typed over its `source` column "
        "cannot be detected, and is lost where its translation cell was left empty",
        mark,
        (
            f"export the language again (`{again}`) and type the translations in the new "
            "file's translation columns",
        ),
        Severity.WARNING,
    )


def _unkept_notes(items: list[Incoming], strings: str) -> Diagnostic:
    """The `translate.note` warning of the translators' comments (`Incoming.note`) on
    entries whose key has no translation in strings file `strings` once the import is done
    (the file's text left empty, fuzzy, not confirmed or refused): a note is kept with its
    key's translation (`note:`), and these have none to keep it with."""
    named = ", ".join(f"'{i.key}'" for i in items[:5])
    more = f" and {len(items) - 5} more" if len(items) > 5 else ""
    first = items[0].note or ""
    return Diagnostic(
        "translate.note",
        f"the note{'s' * (len(items) > 1)} of {named}{more} (\u201c{_shortened(first)}\u201d"
        f"{', ...' * (len(items) > 1)}) {'are' if len(items) > 1 else 'is'} not kept: "
        f"{strings} keeps a note with its key's translation, and has none for "
        f"{'them' if len(items) > 1 else 'it'} (the file's text left empty or not imported)",
        items[0].mark,
        ("translate or confirm the text (the note is kept with it), then import the file again",),
        Severity.WARNING,
    )


def _shortened(text: str) -> str:
    """A text as a message quotes it: its first 59 characters and an ellipsis, past 60."""
    return text if len(text) <= 60 else text[:59] + "\u2026"


def _as_given(item: Incoming) -> bool:
    """Whether `item`'s source text is the one its file was exported with (a table's source
    cell, by its digest): a text exported before the source's changed, not an edit."""
    return item.source_base is not None and exported(item.source or "") == item.source_base


def _letter(col: int) -> str:
    """A spreadsheet's column letter of column `col` (from 1): 2 is B."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)
