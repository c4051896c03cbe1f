"""What every export format carries: per string key of the source language, its text, the
language's translation, the `short:` variants, the source's note, a status and the room.

Status: `to translate` where the language lacks the key (the source's text prints in its
place) or still has the source's very text although that text has words to translate (a
text of hashtags, web addresses and {fields} alone may stay as it is); `outdated` where the
translation was made from another text than the source has now (its `source:`, which
`strings import` writes); else `translated`, or `reviewed` when the strings file says
`status: reviewed`.

Where the language lacks a key and a parent's text prints in its place (`Kit.printed`:
pt.yaml's for pt-BR), the entry says so (`PrintsNow`): every format shows that text and its
file beside the empty translation, in the format's own place for a comment (a PO `#.` line,
an XLIFF `<note>`, a table's read-only `prints now` column), never as the translation; no
reader takes it back. Where no parent has the key either, the source's text prints: the
entry's source text shows it, and the comment names its file and the parents that lack it
("prints now: the source text (en.yaml; pt.yaml has none)"). A language without a parent
gets no such comment: the source's text prints wherever it lacks one."""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Mark, Severity, failure
from ..fonts import load_fontbook
from ..kit.spec import Context
from ..kit.strings import read_language
from ..load import load_yaml
from ..model import Kit, Language, StringEntry
from ..resolve import PLACEHOLDER, placeholders
from ..text.scripts import without_links
from .room import Budget, budgets

Status = Literal["to translate", "outdated", "translated", "reviewed"]
STATUSES: tuple[Status, ...] = ("to translate", "outdated", "translated", "reviewed")


@dataclass(frozen=True)
class PrintsNow:
    """What a regional language prints today for a key it lacks (`Kit.printed`): the strings
    file that gives it, its text and its short variant (None: it has none, and its text
    prints wherever the key does; a key is taken whole, as `resolve.resolve` composes it).
    A parent's (pt.yaml's text for pt-BR), or the source's where every parent lacks the key
    too (`lacking` names them: "pt.yaml has none"), which the entry's source text shows:
    that one is named, not repeated."""

    file: str  # "pt.yaml"
    text: str
    short: str | None
    # the source's text prints: the parents' files that lack the key ("pt.yaml has none")
    lacking: str | None = None
    # the file's language is written right to left (ar.yaml's for ar-EG): a workbook's
    # `prints now` cell of its text reads right to left (table.write_xlsx); never where the
    # source's text prints, whose cell is the kit's English sentence
    rtl: bool = False

    def lines(self, part: Literal["text", "short"], has_short: bool) -> list[str]:
        """The comments of a format's entry for `part` ("prints now (pt.yaml): Coração"), as
        PO and XLIFF write them. The text's entry of a key without a short entry (the source
        has no short text) names the parent's short variant too, which prints where the text
        does not fit."""
        if self.lacking is not None:  # the entry's source text is it
            return [f"{PRINTS_NOW}: the source text ({self.file}; {self.lacking})"]
        if part == "short":
            if self.short is None:
                return [f"{PRINTS_NOW}: no short variant ({self.file} has none)"]
            return [f"{PRINTS_NOW} ({self.file}): {self.short}"]
        out = [f"{PRINTS_NOW} ({self.file}): {self.text}"]
        if not has_short and self.short is not None:
            out.append(f"{PRINTS_NOW} ({self.file}), its short variant: {self.short}")
        return out

    def cell(self, has_short: bool) -> str:
        """A table's `prints now` cell: "pt.yaml: <text>", then a line for its short variant
        ("short: <short>"; "short: none" where the row has a short entry and the file no
        short variant); where the source's text prints, "en.yaml: the source text (pt.yaml has
        none)"."""
        if self.lacking is not None:
            return f"{self.file}: the source text ({self.lacking})"
        cell = f"{self.file}: {self.text}"
        if self.short is not None:
            cell += f"\nshort: {self.short}"
        elif has_short:
            cell += "\nshort: none"
        return cell


# the words that begin what an export says prints today for an empty translation
PRINTS_NOW = "prints now"


@dataclass(frozen=True)
class Entry:
    key: str
    source: str
    translation: str  # "" where the language lacks the key
    short_source: str | None
    short_translation: str  # "" where the language has no short variant
    note: str | None
    status: Status
    room: tuple[Budget, ...]
    previous: str | None = None  # outdated: the source's text it was translated from
    short_previous: str | None = None  # and the source's short text its short one was
    export: str = ""  # the export's own id (`new_export_id`), the same on every row
    # the language lacks the key and a parent's text prints (pt.yaml's for pt-BR): which
    prints_now: PrintsNow | None = None
    # the translation's own note (its strings file's `note:`, a translator's comment an
    # import kept), given back as the format's translator comment: a PO `# ` comment, an
    # XLIFF `<note category="translator">`; `note` is the source's, for every translator
    translator_note: str | None = None

    def room_lines(self) -> list[str]:
        return [b.render() for b in self.room] or ["room: not set in any slot of the kit"]

    @property
    def has_short(self) -> bool:
        """Whether the file has a short entry: the source has a short text, or the language
        has a short variant of its own (added where its text did not fit, as the overflow's
        hint says; it was left out of every later export, for the translator to see)."""
        return bool(self.short_source or self.short_translation)

    @property
    def short_of(self) -> str:
        """The source text a short entry shortens: the source's short text, else its full
        text."""
        return self.short_source or self.source


def has_words(text: str) -> bool:
    """Whether `text` has letters outside hashtags, web addresses and {fields}; an address
    ends where the layout's does (`text.scripts.without_links`): a word after it and a
    right-to-left mark is a word."""
    bare = PLACEHOLDER.sub("", without_links(text))
    return any(unicodedata.category(ch)[0] == "L" for ch in bare)


def status_of(source: StringEntry, own: StringEntry | None, lang: Language, src: str) -> Status:
    """The status of `own` (None: the language lacks the key) against the source's entry: a
    copy of the source's words is still to translate unless a translator confirmed it (an
    import recorded the source's text as its origin: French "Contact")."""
    copied = own is not None and own.text == source.text and has_words(own.text)
    if lang.code != src and (own is None or (copied and own.source != source.text)):
        return "to translate"
    if lang.code != src and (outdated(source, own) or other_placeholders(source, own)):
        return "outdated"
    return "reviewed" if lang.reviewed else "translated"


def other_placeholders(source: StringEntry, own: StringEntry | None) -> bool:
    """Whether `own`'s text (or short variant, against the source's text
    `kit.references.judged_by` names) has other `{field}` placeholders than the source's:
    the source gained {helpline} after it was translated (`strings.placeholder`), and a
    language without `source:` showed it as translated, to be left alone."""
    from ..kit.references import judged_by

    if own is None:
        return False
    pairs = [(own.text, source.text)]
    if own.short:
        pairs.append((own.short, judged_by(source, "short")))
    return any(placeholders(a) != placeholders(b) for a, b in pairs)


def outdated(source: StringEntry, own: StringEntry | None) -> bool:
    """Whether `own` was translated from another text than `source` has now, or its short
    variant from another short text (they say which in `source:` and `short_source:`; one
    that does not say is not judged)."""
    return own is not None and own.made_from_other(source) != (None, None)


def _previous(source: StringEntry, own: StringEntry | None) -> tuple[str | None, str | None]:
    """The source's texts an outdated translation was made from, where they differ from the
    source's now: (its text's, its short variant's), None where it is current."""
    return own.made_from_other(source) if own is not None else (None, None)


def tidy(text: str) -> str:
    """`text` without spaces (and tabs, line breaks) at its ends, with CR LF and CR as LF, in
    Unicode Normalization Form C: a translation as the import takes it. A file saved on a
    Mac in decomposed form (NFD: "é" as "e" and U+0301) was written so into the strings
    file, where the same words typed again in NFC counted as a change (a translator's
    trial); NFC is the form the W3C's Character Model (Charmod-Norm) asks of text."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").strip())


# what an export writes beside a translation: the language it was exported for, the digest
# of the translation (`exported`) and the export's id (`new_export_id`), colon-separated
EXPORTED = re.compile(r"([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*):([0-9a-f]{12})(?::([0-9a-f]{8}))?")


def new_export_id() -> str:
    """An export's own id, 8 hexadecimal digits, another at every export: an import
    remembers what each export's file wrote (`store.merge`), so the same file imported again
    after a fix is not in conflict with itself, while another translator's file of the same
    moment is."""
    return secrets.token_hex(4)


def exported(text: str) -> str:
    """The digest of a translation as exported: 12 hexadecimal digits of the SHA-256 of the
    text as the import takes it (`tidy`). With it, an import tells a text the translator
    left as exported from one the translator changed, and a strings file changed since the
    export from one that was not (`store.merge`)."""
    return hashlib.sha256(tidy(text).encode("utf-8")).hexdigest()[:12]


def digests(text: str) -> frozenset[str]:
    """A strings file's text's digests an export may carry: `exported`'s, and, for a text
    not in NFC (an import before `tidy` normalised, which wrote a macOS file's decomposed
    letters as they came), the digest an export of it made then, of the text as it is. With
    NFC alone, such a text no longer matched its export's digest, and an untouched file
    was a conflict (a review)."""
    stripped = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return frozenset((exported(text), hashlib.sha256(stripped.encode("utf-8")).hexdigest()[:12]))


def exported_tag(code: str, text: str, export: str) -> str:
    """What an export writes beside the translation `text` of language `code`: "fr:", its
    digest (`exported`) and ":" and the export's id. The language says which strings file
    the digest is of: a file exported for ar and imported as ar-EG (a translator's Poedit
    set it) has none of ar-EG's texts to compare with."""
    return f"{code}:{exported(text)}:{export}"


def placeholder_language(kit: Kit, code: str) -> Language:
    """The kit's language `code` (one set aside for a broken text as its file reads:
    `set_aside`), or (for a language the kit does not have yet) an empty draft whose script,
    direction and digits follow from the code."""
    from ..text.scripts import digits_of, direction_of, script_of

    aside = set_aside(kit, code)
    if aside is not None:
        return aside
    kit.readable(code)
    if code in kit.languages:
        return kit.languages[code]
    script = script_of(code)
    path = kit.root / "materials" / "strings" / f"{code}.yaml"
    digits = digits_of(code)
    return Language(code, code, code, "draft", script, direction_of(script), digits, {}, path)


def set_aside(kit: Kit, code: str) -> Language | None:
    """Language `code` as its strings file reads, when the kit set it aside for problems of
    its texts (`Kit.unreadable`: `{ helpline }` in a translation, which an import once
    wrote): every command about the language stopped at the strings file's line, the import
    of the translator's corrected file too, and only an edit of the YAML by hand went on.
    None when the language was not set aside, or when its file does not read as a strings
    file (its YAML, a string that is not text: nothing could be merged into it without
    losing what it has)."""
    path = kit.root / "materials" / "strings" / f"{code}.yaml"
    if code not in kit.unreadable or not path.is_file():
        return None
    ctx = Context(Collector(), kit.root)
    try:
        lang = read_language(load_yaml(path), path, ctx)
    except DiagnosticsError:
        return None
    return lang if lang is not None and not ctx.errs.errors else None


def aside_warnings(kit: Kit, code: str, hint: str) -> list[Diagnostic]:
    """The errors that set language `code` aside (`Kit.unreadable`: a text with `{ helpline
    }`), as warnings with `hint` (where to fix them), for a command that goes on with its
    file as it reads (`set_aside`): an export has the broken text as it is, for the
    translator to fix in their file, and a proof sheet shows it. The file's warnings
    (strings.missing) are left out, as they are of a language that reads."""
    return [
        replace(d, severity=Severity.WARNING, hints=(*d.hints, hint))
        for d in kit.unreadable.get(code, ())
        if d.is_error
    ]


def entries(kit: Kit, code: str) -> list[Entry]:
    """One Entry per key of the source language, in its order."""
    src = kit.campaign.source_language
    source = kit.languages[src]
    lang = placeholder_language(kit, code)
    room = budgets(kit, load_fontbook(kit.fonts_dir), lang)
    export = new_export_id()
    parents = kit.fallbacks(code)  # a regional language's: pt for pt-BR
    out = []
    for key, entry in source.strings.items():
        own = lang.strings.get(key)
        printed = kit.printed(code, key, False) if own is None and parents else None
        out.append(
            Entry(
                key,
                entry.text,
                own.text if own else "",
                entry.short,
                (own.short or "") if own else "",
                entry.note,
                status_of(entry, own, lang, src),
                tuple(room.get(key, ())),
                *_previous(entry, own),
                export,
                _prints_now(printed, src, parents),
                own.note if own is not None and code != src else None,
            )
        )
    return out


def _prints_now(
    printed: tuple[StringEntry, Language] | None, src: str, parents: tuple[Language, ...]
) -> PrintsNow | None:
    """What a regional language prints for a key it lacks (`printed`, `Kit.printed`'s), as
    the export says it; None where nothing is printed or said."""
    if printed is None:
        return None
    entry, lang = printed
    if lang.code != src:
        return PrintsNow(lang.path.name, entry.text, entry.short, rtl=lang.rtl)
    names = " and ".join(p.path.name for p in parents)
    lacking = f"{names} {'has' if len(parents) == 1 else 'have'} none"
    return PrintsNow(lang.path.name, entry.text, entry.short, lacking)


@dataclass(frozen=True)
class Incoming:
    """One translation read back from a translator's file, where it was found."""

    key: str  # as written in the file: may be a key the source does not have
    part: Literal["text", "short"]
    translation: str  # "": left empty
    mark: Mark
    source: str | None = None  # the source's text as the file gives it (None: it does not)
    # the file marks it as not yet looked at (XLIFF state initial, a CSV status left
    # `outdated` or `to translate`): the same text back confirms nothing
    pending: bool = False
    # the digest of the translation as it was exported (`exported`), where the file gives
    # it: the import tells the translator's changes from changes made since the export
    base: str | None = None
    # a PO entry flagged fuzzy with a text: read as no translation (gettext's tools leave
    # fuzzy entries out), and named as such, not counted as left empty
    fuzzy: bool = False
    # where the key itself is written, when not at `mark` (a CSV row's key column)
    key_mark: Mark | None = None
    # a table's: the digest of its source cell as exported (`exported`, the `exported`
    # column's `source:<digest>`), and that cell's place: a source cell typed over (the
    # translation typed there) is refused there (`store.merge`)
    source_base: str | None = None
    source_mark: Mark | None = None
    # the source text is an XLIFF unit's <source>, at `source_mark`: one changed in the file
    # is not taken, and its unit is imported or not by `store._Merge._changed_source`'s rule
    # (a table's source cell typed over is refused)
    source_element: bool = False
    # where a piece of the translation (`{ helpline }`) is written in the file, where the
    # reader can tell it for certain (a PO msgstr's: `po._written_at`; an XLIFF <target>'s:
    # `xliff._written_at`), else None
    written_at: Callable[[str], Mark | None] | None = field(default=None, compare=False)
    # a workbook's formula cell (its translation the formula, `=1/0`): no text whatever it
    # computes, refused as a formula (`checks.check_formula`) where FORMULA misses it
    formula: bool = False
    # the translator's own comment on the entry (a PO `# ` comment, an XLIFF <note> of
    # category `translator` or none), kept as the strings file's `note:` (`store`); None
    # where the entry has none
    note: str | None = None

    def place_of(self, shown: str) -> Mark:
        """Where `shown`, a piece of the translation (braces: `{ helpline }`, `{helpline`),
        is written in the file: its first character's line and column where the reader
        knows it (`written_at`), else the translation's start (`mark`)."""
        found = self.written_at(shown) if self.written_at is not None else None
        return found or self.mark

    @property
    def suffix(self) -> str:
        """What follows the key where a message or summary names the entry: " (short)" for a
        short variant, else nothing ('cta' (short), cta (short))."""
        return " (short)" if self.part == "short" else ""


@dataclass(frozen=True)
class Parsed:
    """A translator's file read: the language it names (None: it names none) and its texts."""

    language: str | None
    items: list[Incoming]
    # where the file names its language (a PO's `Language:` header line, an XLIFF's trgLang
    # attribute), at the code itself; None where no line says it (a workbook's properties)
    language_mark: Mark | None = None
    # that statement as a translator corrects it (a PO's "its Language: header"); None where
    # the file has none to edit (a workbook's properties, a CSV's exported-text tags)
    language_field: str | None = None
    # a table without source digests (`table._source_digests`): its `source` column's header
    # cell, where `store` warns that a text typed over a source cell cannot be detected
    no_source_digests: Mark | None = None
    # the errors of single entries found while reading (a workbook's cell that holds a date,
    # an XLIFF target's inline code, an edited msgid, a status that is none), each entry left
    # out of `items`: `store.merge` names them with its own, so that one run names every
    # problem of the file (a workbook's date cell hid its formula cell until the next run)
    errors: tuple[Diagnostic, ...] = ()
    refused: frozenset[str] = frozenset()  # the keys of the entries left out so
    # how the file signs the language off, reviewed ("" where it does not): a PO's `X-Status:
    # reviewed` header, an XLIFF whose every segment is `final` (a CAT tool's sign-off); the
    # import then marks the strings file `status: reviewed` (a translator's trial: both were
    # ignored, and the only way was to edit the YAML, which the README says is never needed)
    signed_off: str = ""
    # where it says so (a PO's X-Status: header, at its value); None: the file as a whole
    signed_off_mark: Mark | None = None
    # the export wrote the language as reviewed (a PO entry's `status: reviewed` note, an
    # XLIFF's `language status: reviewed` note): its sign-off is the export's, of a
    # language reviewed then, not a reviewer's of this file (`signoff.refused_sign_off`)
    exported_reviewed: bool = False


# the `--format` of an export in the format of a translator's file, by its ending (PO, the
# default, needs none)
FORMAT_OF = {".xlf": "xliff", ".xliff": "xliff", ".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}


def export_command(code: str, path: Path) -> str:
    """`strings export` of language `code` in the format of the translator's file `path`,
    quoted to run (`commands.command`): a reviewer who works in XLIFF was told to export
    again without `--format xliff`, which writes a PO file."""
    from ..commands import command

    fmt = FORMAT_OF.get(path.suffix.lower())
    return command(f"strings export --lang {code}" + (f" --format {fmt}" if fmt else ""))


def cannot_read(path: Path, exc: OSError) -> DiagnosticsError:
    """The `translate.read` error, to raise, of a translator's file that cannot be read
    (`exc`: the operating system's error opening or reading it: not there, not your user's
    to read): its path and the system's reason."""
    return failure(
        "translate.read",
        f"cannot read {path}: {exc.strerror}",
        None,
        "check the path of the file, and that your user may read it",
    )


def header(kit: Kit, code: str) -> dict[str, str]:
    """What every format says about the file: the campaign, the languages (the translation's
    name too: its code for a language the kit has not yet), the status."""
    lang = kit.languages.get(code)
    return {
        "project": f"{kit.campaign.name} {kit.campaign.year}",
        "source": kit.campaign.source_language,
        "language": code,
        "name": lang.name if lang else code,
        "status": lang.status if lang else "draft",
    }
