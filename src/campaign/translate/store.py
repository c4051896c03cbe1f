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

import os
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Set
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .. import cache
from ..diagnostics import (
    Collector,
    Diagnostic,
    DiagnosticsError,
    Mark,
    Severity,
    did_you_mean,
    failure,
)
from ..kit.references import BRACES, check_braces, known_fields, lone_braces
from ..kit.strings import LANG_CODE, check_bidi
from ..load import CONTROL_HINT, MAX_TEXT_CHARS, control_char, yaml_encoding
from ..model import Kit, Language, StringEntry
from ..model.language import country_code_hint, other_code
from ..resolve import PLACEHOLDER, placeholders, stray_braces
from ..text.letters import FOREIGN_HINT, foreign_letters_problem, letter_problems
from ..textfile import (
    lost_cause,
    lost_character,
    lost_hint,
    lost_place,
    lost_problem,
    misread_page,
)
from .entries import EXPORTED, Incoming, Parsed, exported, has_words, set_aside, tidy

TO_TRANSLATE = "to translate"
PARTS = (
    "text",
    "short",
    "note",
    "source",
    "short_source",
)  # a string's keys in the strings file, in order


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


def language_names(code: str) -> tuple[str, str] | None:
    """A language code's English and own names (Babel, from the Unicode CLDR), or None when
    it is not a language CLDR knows."""
    from babel import Locale, UnknownLocaleError
    from babel.core import parse_locale

    try:
        _, territory, script, variant, *_ = parse_locale(code.replace("-", "_"))
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    # Babel reads a subtag it does not know as a variant ("ar_final") or a script ("ar_semi")
    # and makes the language of the rest: each subtag must be one CLDR names, or
    # `ar_final.csv` made the language ar-final. (Its language may be an alias: tl is fil.)
    known = Locale("en")
    if (
        (script and script not in known.scripts)
        or (territory and territory not in known.territories)
        or (variant and variant not in known.variants)
    ):
        return None
    if script and locale.script != script:
        # Babel gives the language in another script when CLDR has no data for this one
        # (kk-Latn read as Kazakh (Cyrillic), қазақ тілі (кирилл жазуы): a trial): the
        # English names of the language and the script, as CLDR's English gives them, and
        # no name in itself, which CLDR does not know
        parts = [known.scripts[script], *([known.territories[territory]] if territory else [])]
        english = f"{known.languages.get(locale.language, code)} ({', '.join(parts)})"
        return english, english
    english = locale.get_display_name("en") or code
    return english, locale.get_display_name() or english


def target_language(kit: Kit, parsed: Parsed, path: Path, code: str | None) -> str:
    """The language the file is for: `code` (--lang), else the one it names, else (CSV) its
    name, else the one its exported-text tags name (the kit's, or a new one they alone
    name: ta-filled.csv); in the kit's spelling (`KO` is the kit's `ko`, `ko_KR` the tag
    ko-KR). Raises DiagnosticsError `translate.read` when it is not a language tag (a CSV
    named ta_semicolon.csv became `language: ta_semicolon`, a strings file that stopped
    every command of the kit), when --lang and the file name different languages (a Hebrew
    XLIFF imported with --lang ko wrote Hebrew into ko.yaml), when it is the source
    language, whose file is the kit's own text (a PO with `Language: en` rewrote en.yaml in
    Korean), or, without --lang, when the file's name says another language than the file
    (`_named_otherwise`)."""

    def tag(value: str | None) -> str | None:
        """A POSIX locale's `_` read as `-` (Poedit writes `Language: ko_KR`), the language
        subtag in lower case, then the kit's spelling: a code a strings file may carry
        (kit.strings.LANG_CODE), or the value as given."""
        if not value:
            return None
        first, _, rest = value.strip().replace("_", "-").partition("-")
        value = first.lower() + (f"-{rest}" if rest else "")
        return kit.language_code(value) if LANG_CODE.match(value) else value

    given, named = tag(code), tag(parsed.language)
    stem = tag(path.stem)
    exported = _exported_for(parsed)  # the languages its exported-text tags name
    by_name = (
        stem
        if stem and LANG_CODE.match(stem) and (stem in kit.languages or language_names(stem))
        else None
    )
    found = (
        given
        or named
        or by_name
        # a CSV renamed (ar_final.csv, ta-filled.csv): its exported-text tags say the
        # language, the kit's or, when they name one alone, a new one CLDR knows
        or next((c for c in exported if c in kit.languages or c in kit.unreadable), None)
        or (exported[0] if len(exported) == 1 and language_names(exported[0]) else None)
    )
    if found and not given:  # the file's own code (or its name's): refused at its place
        _another_code(kit, found, path, parsed.language_mark if found == named else None)
    if found and set_aside(kit, found) is None:  # one set aside for a broken text is merged
        kit.readable(found)  # into: its strings file cannot be read, nothing to merge into
    if found in kit.languages and kit.languages[found].pseudo:
        raise failure(
            "translate.read",
            f"{path.name} is for '{found}', a pseudo-locale: a test of the layouts that the kit "
            "makes itself, not a language to translate into",
            Mark(path, 1, 1),
            "give the file the language it was translated into (PO 'Language:', XLIFF "
            "trgLang, or --lang)",
        )
    if (
        not found
        or not LANG_CODE.match(found)
        or (found not in kit.languages and language_names(found) is None)
    ):
        by_name = path.stem if path.suffix.lower() in (".csv", ".xlsx") else None  # fr.csv
        shown = found or code or parsed.language or by_name
        # a country's code (kh, mm): the language to write, as every command says it
        country = country_code_hint(shown, kit.languages) if shown else None
        raise failure(
            "translate.read",
            f"{path.name}: '{shown}' is not a language code"
            if shown
            else f"{path.name} names no language"
            + ("" if parsed.items else " and has no translations"),
            Mark(path, 1, 1),
            country
            or "name the language in the file (PO 'Language:' header, XLIFF trgLang) or its "
            "name (fr.csv), or pass --lang: ko, fr, sw...",
        )
    # the code the file's own is another of (`Language: iw` imported with --lang he): the same
    # language, no conflict
    meant = (other_code(named, {**kit.languages, **kit.unreadable}) or named) if named else None
    base_of_named = meant.split("-")[0] if meant else None
    if (
        given
        and named
        and meant
        and given.casefold() not in (named.casefold(), meant.casefold())
        # the base language of a regional tag (Poedit's ar_EG, imported into ar), or the one
        # the file was exported for: what `_not_new`'s hint says to pass
        and given != base_of_named
        and given not in exported
    ):
        raise failure(
            "translate.read",
            f"{path.name} is for '{named}' (its own language), not '{given}' (--lang)",
            Mark(path, 1, 1),
            f"import it without --lang, as '{named}', or check that it is the right file"
            if meant == named
            else f"import it with --lang {meant}, or check that it is the right file",
        )
    if found == kit.campaign.source_language:
        raise failure(
            "translate.read",
            f"{path.name} is for '{found}', the source language: its text is the kit's own "
            f"({kit.languages[found].path.name}), not a translation",
            Mark(path, 1, 1),
            f"edit {kit.languages[found].path.name} itself, or give the file the language it "
            "was translated into",
        )
    if not given:  # --lang: the language is meant
        _named_otherwise(kit, path, found, _name_says(kit, path.stem, by_name))
        _not_new(kit, exported, path, found)
    return found


def _another_code(kit: Kit, code: str, path: Path, mark: Mark | None) -> None:
    """Refuse a file whose own code (or its name's) is another code of a language
    (`model.language.other_code`: iw is he, fre fr, fil the kit's tl) with the answer every
    command gives (`Kit.readable`'s), at the place the file says it (`mark`: its `Language:`
    line, its trgLang; else its start), and the --lang that imports it. Raises
    DiagnosticsError `ref.language`."""
    from ..model.language import code_hints

    better = other_code(code, {**kit.languages, **kit.unreadable})
    if better is None:
        return
    raise failure(
        "ref.language",
        f"unknown language '{code}'",
        mark or Mark(path, 1, 1),
        *code_hints(code, kit.languages),
        f"import it with --lang {better}",
    )


def _name_says(kit: Kit, stem: str, code: str | None) -> str | None:
    """The language a file's name says, which its own statement must not contradict: the
    name's code (`code`: de.po, ar-EG.po), or the kit's translation the name begins with
    (`ta-wrong.csv`, `ko_final.xlsx`); None for another name (`new-strings.csv`). A code of
    the source language the kit has not is a pair's source, not a language (`en-fr.po`,
    `en-ar.po`: English into French, into Arabic; en-AR is English in Argentina)."""
    source = kit.campaign.source_language
    if code and code not in kit.languages and code.split("-")[0].casefold() == source:
        return None
    return code or _name_prefix(kit, stem)


def _name_prefix(kit: Kit, stem: str) -> str | None:
    """The language a file's name begins with, where it is one of the kit's translations
    (`ta-wrong.csv`, `ko_final.xlsx`); None for another beginning (`new-strings.csv`, the
    source language's `en-fr.po`)."""
    found = re.match(r"([A-Za-z]{2,3})(?:[-_. ]|$)", stem)
    if not found:
        return None
    code = kit.language_code(found[1].lower())
    known = code in kit.languages and not kit.languages[code].pseudo
    return code if known and code != kit.campaign.source_language else None


def _named_otherwise(kit: Kit, path: Path, found: str, by_name: str | None) -> None:
    """Refuse a file whose name says another language than the file itself (its header,
    trgLang, workbook properties or exported-text tags): a Korean export renamed
    ta-wrong.csv went into ko.yaml without a word. A regional form of the same language
    (ar.po saying ar_EG) is not another, nor is another code of it (iw.po saying he).
    `--lang` says which is meant (the caller does not ask then). Raises DiagnosticsError
    `translate.read`."""
    if not by_name:
        return
    said = other_code(by_name, {**kit.languages, **kit.unreadable}) or by_name
    if said.split("-")[0].casefold() == found.split("-")[0].casefold():
        return

    def named(code: str) -> str:
        lang = kit.languages.get(code)
        names = language_names(code)
        return f"'{code}' ({lang.name if lang else names[0] if names else code})"

    raise failure(
        "translate.read",
        f"{path.name} says it is for {named(found)}, but its name says {named(by_name)}",
        Mark(path, 1, 1),
        f"import it as '{found}': --lang {found}",
        f"or, if it is a translation into '{by_name}', pass --lang {by_name}",
    )


def _still_its_own(kit: Kit, parsed: Parsed, path: Path, code: str) -> None:
    """Refuse a file exported for another language of the kit and imported into `code` with
    --lang (the file's own hint allows it, for a translation made from another language's
    export) whose texts are mostly still that language's: French imported as Spanish replaced
    every Spanish text with a warning. A regional form of the same language (ar-EG made from
    ar's export) is not refused. Raises DiagnosticsError `translate.read`."""
    for other in _exported_for(parsed):
        # a regional form made from its language's translation (ar-EG from ar) starts as it
        if other not in kit.languages or other.split("-")[0] == code.split("-")[0]:
            continue
        theirs = {k: _fields(e) for k, e in kit.languages[other].strings.items()}
        given = [i for i in parsed.items if i.translation.strip()]
        same = [
            i for i in given if tidy(theirs.get(i.key, {}).get(i.part, "")) == tidy(i.translation)
        ]
        if given and 2 * len(same) > len(given):
            name = kit.languages[other].name
            raise failure(
                "translate.read",
                f"{path.name} was exported for '{other}' ({name}), and {len(same)} of its "
                f"{len(given)} texts are still {kit.languages[other].path.name}'s own: it is "
                f"the {name} translation, not one into '{code}'",
                Mark(path, 1, 1),
                f"import it as '{other}' (without --lang), or translate it into '{code}' "
                f"first; a translation into '{code}' starts best from its own export: "
                f"python generate.py strings export --lang {code}",
            )


def _exported_for(parsed: Parsed) -> list[str]:
    """The languages the file's exported-text tags name (`fr:<digest>:<id>`), sorted."""
    found = (EXPORTED.fullmatch(item.base or "") for item in parsed.items)
    return sorted({m[1] for m in found if m is not None})


def _not_new(kit: Kit, exported: list[str], path: Path, found: str) -> None:
    """Refuse a language other than the one the file was made for, named by chance: a file
    whose exported-text tags name another language (ar.csv saved as fr.csv wrote Arabic into
    fr.yaml with a warning), or a regional tag of one of the kit's languages the kit does not
    have (Poedit's `Language: ar_EG` made ar-EG beside ar). `--lang` says it is meant (the
    caller does not ask then). `exported`: the languages the file's exported-text tags name
    (`_exported_for`). Raises DiagnosticsError `translate.read`."""
    known = {*kit.languages, *kit.unreadable}  # a language whose file cannot be read: the kit's
    if exported and found not in exported:
        meant = next((c for c in exported if c in known), exported[0])
        why = f"was exported for '{meant}'"
    elif not exported and found not in known and found.split("-")[0] in known:
        meant = found.split("-")[0]
        why = f"names '{found}', a language the kit does not have; the kit has '{meant}'"
    else:
        return
    name = kit.languages[meant].name if meant in kit.languages else meant
    new = found not in known
    raise failure(
        "translate.read",
        f"{path.name} {why} ({name})"
        + (f": importing it would make a new language '{found}'" if new else f", not '{found}'"),
        Mark(path, 1, 1),
        f"import it into {meant}.yaml: --lang {meant}",
        f"or, if it is {'meant as a language of its own' if new else 'a translation into '}"
        f"{'' if new else repr(found)}, pass --lang {found}",
    )


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
    _still_its_own(kit, parsed, path, code)
    source = kit.languages[kit.campaign.source_language]
    # a language the kit set aside for a broken text (`{ helpline }`, written by hand or by
    # an earlier import): its file as it reads, so that this file's texts can fix it
    lang = kit.languages.get(code) or set_aside(kit, code)
    texts = {k: _fields(e) for k, e in lang.strings.items()} if lang else {}
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
    export = _export_of(parsed)
    # what earlier imports of this export's file wrote, by "code/key/part": their digests
    record = cache.record(f"import-{export}") if export else {}
    # a spreadsheet's cell as a translator typed it: spaces around the text, and Windows line
    # ends inside it ("x\r\ny" printed a line break and a box), are not the translation
    parsed = replace(
        parsed, items=[replace(i, translation=tidy(i.translation)) for i in parsed.items]
    )
    _no_duplicates(parsed, errs)
    _in_its_script(kit, code, lang, parsed, path, errs)
    if errs.errors:  # the file as a whole is not one translation of this language
        raise DiagnosticsError(errs.items)
    unknown: set[str] = set()  # keys named once, not once per part (text, short)
    warnings: list[Diagnostic] = []  # a source text the file changed (translate.source)
    lost: dict[str, str] = {}  # key (and part): the characters its source column lost
    lost_letters: list[Incoming] = []  # translations with a letter lost ("ه?چ")
    # a text file alone is saved in a code page (a workbook, PO and XLIFF are Unicode)
    lossy_format = path.suffix.lower() in (".csv", ".tsv", ".txt")
    for item in parsed.items:
        want = _source_text(source, item, errs, unknown)
        if want is None:
            continue
        if (
            lossy_format
            and item.source
            and item.source != want
            and lossy_copy(item.source, want)
            and not _kept_elsewhere(parsed, item.source, want)
        ):
            lost[item.key + item.suffix] = "".join(sorted(lost_characters(item.source, want)))
            item = replace(item, source=want)  # the source it was exported with, saved lossily
        if not _printable(item, errs, lost_letters) or _formula(item, want, errs):
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
        base = _base(item, code)
        since = None if broken else _since_export(item, now, base, earlier, overwrite)
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
            if _outdated(lang, source, item, want or full):
                left_outdated.append(item)
        else:
            if not _same_placeholders(item, want or full, known, errs):
                continue
            # a direction control left open: refused here, at the translator's line
            # (written, it stopped every build of the kit at the strings file's line)
            if not check_bidi(item.translation, item.mark, errs, f"'{item.key}'{part}: "):
                continue
        if since == "conflict":
            was, new = _difference(tidy(now), item.translation)
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
            warnings += _markdown_warning(item, want or full)
            said = foreign_letters_problem(item.translation, code, lang.name if lang else code)
            if said is not None:  # ي for ی: Windows' Arabic keyboard layout
                warnings.append(
                    Diagnostic(
                        "text.arabic-letters",
                        f"'{item.key}'{part}: {said}",
                        item.mark,
                        (FOREIGN_HINT,),
                        Severity.WARNING,
                    )
                )
            warnings += [  # Сampaniei (a Cyrillic С), ş for ș in Romanian
                Diagnostic(
                    diag, f"'{item.key}'{part}: {problem}", item.mark, (fix,), Severity.WARNING
                )
                for diag, problem, fix in letter_problems(item.translation, code)
            ]
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
            _set_origin(current, made_from, origin)
            changed.append(item.key)
            changed_parts.add((item.key, item.part))
            shown.append(item.key + part)
            if item.part == "text" or item.key not in marks:
                marks[item.key] = item.mark
            # a new translation beside a source column typed over (the French in it too) was
            # recorded as made from that, without a word, as an unchanged one was not
            if made_from and made_from not in (want, recorded):
                warnings.append(_other_source(item, made_from, want or "", source))
        elif not item.pending and _new_origin(current, made_from, want, origin):
            _set_origin(current, made_from, origin)
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
        _lost_letters(lost_letters, path, code, lang, errs)
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
        warnings.append(_lost_characters(lost, path))
    if left_outdated and lang is not None:
        warnings.append(_outdated_note(left_outdated, source, path, lang))
    path_out = lang.path if lang else _new_file(kit, code, path)
    if changed or not lang:
        write_strings(path_out, source, texts, set(changed))
    if export and changed:
        for item in parsed.items:
            if item.key in changed:
                done = texts.get(item.key, {}).get(item.part, "")
                record[f"{code}/{item.key}/{item.part}"] = exported(done)
        cache.save_record(f"import-{export}", record)
    unchecked = _unchecked(parsed, code, path, lang) if changed and not overwrite else ()
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


def lossy_copy(saved: str, text: str) -> bool:
    """Whether `saved` is `text` saved in a code page that lacks some of its characters: each
    of those a question mark (two for one outside the Basic Multilingual Plane, as UTF-16
    writes it), as Windows programs replace them (Excel's "CSV (Comma delimited)" on a Thai
    system, Windows-874, wrote "Persons ? 30 July" for "Persons · 30 July"), and the rest
    the same. Compared a character at a time (a pattern of alternatives backtracked
    exponentially over a long line of '?')."""
    if "?" not in saved:
        return False
    i = 0
    for c in text:
        if i < len(saved) and saved[i] == c:
            i += 1
        elif c.isascii():
            return False
        else:
            width = 2 if ord(c) > 0xFFFF else 1
            if saved[i : i + width] != "?" * width:
                return False
            i += width
    return i == len(saved)


def _kept_elsewhere(parsed: Parsed, saved: str, text: str) -> bool:
    """Whether a character that `saved` has as '?' stands intact in another of the file's
    source texts: then the file's code page has it, and `saved` is a source changed since
    ("Are you safe?" exported, "Are you safe…" now), not a lossy save."""
    lost = lost_characters(saved, text)
    return any(lost & set(i.source or "") for i in parsed.items if i.source != saved)


def lost_characters(saved: str, text: str) -> set[str]:
    """The characters of `text` that `saved` (its lossy copy: `lossy_copy`) lacks."""
    return {c for c in text if not c.isascii()} - set(saved)


def _lost_characters(lost: dict[str, str], path: Path) -> Diagnostic:
    """The `translate.lost` warning: the file's source texts have question marks where the
    source's have characters (`lossy_copy`): it was saved in a code page without them, and
    its translations may have lost characters so too."""
    keys = list(lost)
    chars = "".join(sorted(set("".join(lost.values()))))
    named = ", ".join(keys[:5]) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")
    return Diagnostic(
        "translate.lost",
        f"{path.name}: the source texts of {named} have '?' where the source has "
        f"{' '.join(chars) or 'other characters'}: the file was saved in a code page without "
        "them, and its translations may have lost characters the same way; the source's texts "
        "are taken as exported",
        Mark(path, 1, 1),
        (
            "check the translations for '?' in place of letters or punctuation, and save the "
            'file as "CSV UTF-8" (Excel: File > Save As) or in the workbook\'s own format '
            "next time",
        ),
        Severity.WARNING,
    )


def _no_duplicates(parsed: Parsed, errs: Collector) -> None:
    """A key (or its short variant) the file gives twice, as a PO entry, an XLIFF unit or a
    CSV row: which translation is meant is not known (CSV and XLIFF took the last, PO refused
    it; a duplicated row also read as a conflict with the file's own other row)."""
    first: dict[tuple[str, str], Mark] = {}
    named: set[str] = set()
    for item in parsed.items:
        if not item.key:  # no key at all: the key check names it
            continue
        where = item.key_mark or item.mark
        seen = first.setdefault((item.key, item.part), where)
        if seen is not where and item.key not in named:
            named.add(item.key)
            errs.error(
                "translate.read",
                f"'{item.key}'{item.suffix} is in the file twice (lines {seen.line} and "
                f"{where.line}): which translation is meant is not known",
                where,
                "keep one of them",
            )


# A spreadsheet formula saved as its text: `="Kein Kind "&"..."`, `=A2`, `=CONCAT(...)`
FORMULA = re.compile(r"=\s*(?:\"|'|\$?[A-Za-z]{1,3}\$?\d|[A-Za-z][A-Za-z0-9.]*\()")
# An HTML or XML tag: <b>, </b>, <br/>, <span class="x">; not guillemets typed as << >>
MARKUP = re.compile(r"(?<!<)</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>(?!>)")
# Markdown (a translator's habit, an editor's or a chat assistant's text pasted in): the kit
# prints text as it is, so `**당신이 할 수 있는 일**` printed its asterisks. Emphasis is a pair of
# `*`, `**`, `_` or `__` around text that starts and ends beside them, not within a word
# (an asterisk alone, `5 * 3`, a footnote's `*`, and `snake_case` are none); a heading is
# `#` to `######` and a space at a line's start (a hashtag, `#endHT`, has no space); a link
# is `[text](address)`. Addresses, e-mail addresses, hashtags, handles and {fields} are set
# aside first (`first_last@example.org`, `@_unodc_`, `{help_line}`).
MD_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*)(?![\s*])(.+?)(?<![\s*])\1(?![\w*])", re.DOTALL)
MD_UNDERLINE = re.compile(r"(?<![\w_])(__|_)(?![\s_])(.+?)(?<![\s_])\1(?![\w_])", re.DOTALL)
MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S[^\n]*", re.MULTILINE)
MD_LINK = re.compile(r"!?\[[^\[\]\n]+\]\((?:[^()\s]|\([^()\s]*\))+\)")
# what each kind prints as written, and how to do without it
MD_KINDS = {
    "asterisks": "remove the asterisks (emphasis is the layout's, in its styles)",
    "underscores": "remove the underscores (emphasis is the layout's, in its styles)",
    "heading": "remove the '#' at the line's start (a heading is the layout's, in its own slot)",
    "link": "write the link's text alone, or the address as it should print (a QR code or "
    "a link is the layout's, from campaign.yaml's links)",
}
MD_PRINTS = {
    "asterisks": "asterisks",
    "underscores": "underscores",
    "heading": "'#'",
    "link": "brackets, address",
}


def _markdown(text: str) -> dict[str, list[str]]:
    """The markdown of `text` by kind (`MD_KINDS`), each as written."""
    from ..text.scripts import without_links

    found: dict[str, list[str]] = {}
    for m in MD_LINK.finditer(text):
        found.setdefault("link", []).append(m[0])
    for m in MD_HEADING.finditer(text):
        found.setdefault("heading", []).append(m[0].strip())

    def hide(m: re.Match[str]) -> str:  # a word's length of letters: no mark, no boundary
        return "x" * len(m[0])

    # a link's address, an e-mail address, a hashtag and a placeholder are no emphasis; a
    # combining mark (a Tamil vowel sign) is part of its word, as a letter is
    bare = PLACEHOLDER.sub(hide, without_links(MD_LINK.sub(hide, text), "x"))
    bare = "".join("x" if unicodedata.category(ch)[0] == "M" else ch for ch in bare)
    for kind, pattern in (("asterisks", MD_EMPHASIS), ("underscores", MD_UNDERLINE)):
        for m in pattern.finditer(bare):
            if _opens_emphasis(m[2][0]):
                found.setdefault(kind, []).append(text[m.start() : m.end()])
    return found


def _opens_emphasis(ch: str) -> bool:
    """Whether emphasis may start with `ch`: a letter, digit or mark, a quotation mark or an
    opening bracket; not other punctuation or a symbol (`☆*:.｡.o(≧▽≦)o.｡.:*☆`, a kaomoji, is
    none). It may end with any (`**Agir.**`)."""
    return unicodedata.category(ch)[0] in "LNM" or unicodedata.category(ch) in ("Pi", "Pf", "Ps")


def _markdown_warning(item: Incoming, source: str) -> list[Diagnostic]:
    """A `translate.markup` warning for the markdown the translation has and its source text
    (`source`) has not, by kind: each as written (the first three), what would print, and
    how to do without it; none when there is no such markdown."""
    theirs = _markdown(source)
    mine = {k: v for k, v in _markdown(item.translation).items() if k not in theirs}
    if not mine:
        return []
    shown = [_cut(m) for found in mine.values() for m in found][:3]
    prints = ", ".join(MD_PRINTS[k] for k in mine)
    return [
        Diagnostic(
            "translate.markup",
            f"'{item.key}'{item.suffix}: the translation has markdown ({', '.join(shown)}) the "
            f"source text has not: the kit prints text as it is, {prints} and all",
            item.mark,
            tuple(MD_KINDS[k] for k in mine),
            Severity.WARNING,
        )
    ]


def _cut(text: str, most: int = 40) -> str:
    """`text` on one line, cut to `most` characters with an ellipsis."""
    line = _visible(text)
    return line if len(line) <= most else line[: most - 1] + "\u2026"


def _formula(item: Incoming, source: str | None, errs: Collector) -> bool:
    """Whether the translation is a spreadsheet formula where its source text is none (a
    program that saves formulas as text: `="Kein Kind"&"..."` went into the strings file and
    would have printed as the poster's headline); a `translate.formula` error then."""
    if not FORMULA.match(item.translation) or (source or "").startswith("="):
        return False
    errs.error(
        "translate.formula",
        f"'{item.key}'{item.suffix}: the translation is a spreadsheet formula "
        f"(\u201c{item.translation[:40]}\u201d), not its text: it would print as written",
        item.mark,
        "save the sheet with the formulas' values (Excel's \"CSV UTF-8\" writes the values), "
        "or type the text into the cell",
    )
    return True


def _printable(item: Incoming, errs: Collector, lost: list[Incoming]) -> bool:
    """A translation the kit's loader would refuse (a control character, such as Word's
    vertical tab for a manual line break; a text longer than any slot holds) is refused here,
    at the translator's line: written, it stopped every build of the language at the strings
    file's line. One with a lost letter ("ه?چ": a file converted from a copy saved in a code
    page) is added to `lost`, told with the others by `_lost_letters`. Returns whether it is
    fine."""
    what = f"'{item.key}'{item.suffix}: "
    found = control_char(item.translation)
    if found is not None:
        errs.error("load.control-char", what + found, item.mark, CONTROL_HINT)
        return False
    if lost_character(item.translation) is not None:
        lost.append(item)
        return False
    if len(item.translation) > MAX_TEXT_CHARS:
        errs.error(
            "load.text-too-long",
            f"{what}the text is {len(item.translation):,} characters long; a text may have at "
            f"most {MAX_TEXT_CHARS:,}",
            item.mark,
            "shorten it: no slot of a poster, flyer or badge holds more",
        )
        return False
    return True


def _lost_letters(
    lost: list[Incoming], path: Path, code: str, lang: Language | None, errs: Collector
) -> None:
    """The `text.lost-letter` errors of the translations with a lost letter, each at its
    line. One is told with its cause and fix; several (a Persian file converted from
    Windows-1256 had 37) each with its place alone, then one error for the file that counts
    them, names the likely cause (`lost_cause`: the code page it was saved in) and gives the
    fix once, as a compiler tells a repeated error; both the format's (`lost_hint`)."""
    from . import format_of  # here: the package imports this module

    fmt = format_of(path)  # the fix is the format's: a PO file's is not Excel's
    if len(lost) == 1:
        item = lost[0]
        said = lost_problem(item.translation)
        errs.error(
            "text.lost-letter", f"'{item.key}'{item.suffix}: {said}", item.mark, lost_hint(fmt)
        )
        return
    for item in lost:
        place = lost_place(item.translation)
        errs.error("text.lost-letter", f"'{item.key}'{item.suffix}: {place}", item.mark)
    texts = [i.translation for i in lost]
    names = None if lang else language_names(code)  # a new language's: CLDR's English name
    called = lang.name if lang else (names[0] if names else None)
    cause = lost_cause(texts, path.name, code, "translations", called, fmt)
    errs.error("text.lost-letter", cause, Mark.file(path), lost_hint(fmt))


# A file is taken for another language's when at least OTHER_SCRIPT_LETTERS of its
# translations' letters (hashtags, addresses and {fields} left out) are in one other script
# and its own script's are fewer than a tenth of those: a first translation that keeps a
# report's English title beside a few texts of its own is the language's.
OTHER_SCRIPT_LETTERS = 20
OWN_SCRIPT_SHARE = 10


def _in_its_script(
    kit: Kit, code: str, lang: Language | None, parsed: Parsed, path: Path, errs: Collector
) -> None:
    """The file's translations are written in the language's script (its strings file's
    `script:`, else the code's likely one): an Arabic file imported as French (its exported
    digests deleted, so nothing else could tell) replaced every French text with Arabic,
    and the French poster printed in Arabic without a word. A text the file leaves as the
    source's (a hashtag, an address, English not yet translated) is not counted. An error
    (`translate.script`) naming the script the letters are in and the kit's languages
    written in it."""
    from ..text.scripts import char_script, script_of, without_links, written_with

    script = lang.script if lang is not None and lang.script else script_of(code)
    own = written_with(script)
    counts: dict[str, int] = {}
    for item in parsed.items:
        if item.translation == item.source:  # the source's text left in (a hashtag, a copy)
            continue
        words = PLACEHOLDER.sub("", without_links(item.translation))  # hashtags, addresses
        for ch in words:
            if ch.isalpha():
                found = char_script(ch)
                if found is not None:
                    counts[found] = counts.get(found, 0) + 1
    mine = sum(n for s, n in counts.items() if s in own)
    other, n = max(
        ((s, n) for s, n in counts.items() if s not in own), key=lambda sn: sn[1], default=("", 0)
    )
    # names and titles left in another script ("UNODC Global Report") are no sign: only a
    # file whose own script is all but absent is another language's
    if n < OTHER_SCRIPT_LETTERS or mine * OWN_SCRIPT_SHARE >= n:
        return
    if _misread(code, script, parsed, path, errs):
        return
    names = language_names(code)
    name = lang.name if lang is not None else names[0] if names else code
    meant = [
        c
        for c, other_lang in kit.languages.items()
        if other in written_with(other_lang.script)
        and not other_lang.pseudo
        and c != kit.campaign.source_language
    ]
    errs.error(
        "translate.script",
        f"{path.name}'s translations are in {_script_name(other)} script ({n} of "
        f"{n + mine} letters), but '{code}' ({name}) is written in {_script_name(script)}: "
        "it is another language's file",
        Mark(path, 1, 1),
        (
            f"import it into the language it was translated into: --lang {meant[0]}"
            + (f" (the kit's languages in that script: {', '.join(meant)})" if meant[1:] else "")
            if meant
            else "import it into the language it was translated into, with --lang"
        ),
        f"if '{code}' is written in that script here, say so in its strings file (script: {other})",
    )


def _misread(code: str, script: str, parsed: Parsed, path: Path, errs: Collector) -> bool:
    """The `translate.script` error of a file converted to UTF-8 from the wrong code page (a
    Kazakh file in Windows-1251 converted from Windows-1250 read "Ŕäŕě", and was told to be
    imported as Spanish): its translations' bytes in that code page are the language's
    letters in its own (`textfile.misread_page`). Returns whether it was one."""
    texts = "\n".join(i.translation for i in parsed.items if i.translation != i.source)
    found = misread_page(texts, code)
    if found is None:
        return False
    wrong, right, written = found
    shown = next((line for line in written.split("\n") if line.strip()), "")[:40]
    errs.error(
        "translate.script",
        f"{path.name} was converted to UTF-8 from {wrong.name}, but it was saved in "
        f"{right.name}: its translations read as {right.name} are in {_script_name(script)} "
        f"script, as '{code}' is written (\u201c{shown}\u201d)",
        Mark(path, 1, 1),
        f"convert the file as it was saved again, from {right.name}: `iconv -f {right.iconv} "
        "-t UTF-8`, or save it again as UTF-8 where it was made",
    )
    return True


def _script_name(script: str) -> str:
    """An ISO 15924 code's English name (CLDR, through Babel: Arab is Arabic), else the
    code."""
    from babel import Locale

    return str(Locale("en").scripts.get(script, script))


def _unchecked(
    parsed: Parsed, code: str, path: Path, lang: Language | None
) -> tuple[Diagnostic, ...]:
    """A warning when the file's translations carry no digest of what was exported for
    `code` (an older export, a file made by hand, its `exported` column or notes removed,
    or one exported for another language): its texts were taken also where the strings file
    changed them since, as nothing tells those apart. A text the strings file (`lang`, as
    it was before the import) does not have could not have been changed since: it needs no
    digest (a short variant a translator added). When only some entries lack one, those
    are named (all of them were said to lack one)."""
    if lang is None:
        return ()

    def had(item: Incoming) -> bool:
        entry = lang.strings.get(item.key)
        return entry is not None and bool(entry.text if item.part == "text" else entry.short)

    with_text = [item for item in parsed.items if item.translation]
    lacking = [item for item in with_text if _base(item, code) is None and had(item)]
    if not lacking:
        return ()
    if len(lacking) < sum(1 for item in with_text if had(item)):  # some entries only
        names = ", ".join(f"'{i.key}'{i.suffix}" for i in lacking[:5])
        more = f" and {len(lacking) - 5} more" if len(lacking) > 5 else ""
        return (
            Diagnostic(
                "translate.unchecked",
                f"{path.name} gives no `exported` digest for {names}{more} (an entry added or "
                f"copied by hand?): taken as the file has them, also where {lang.path.name} "
                "changed them since the export",
                lacking[0].mark,
                ("export the language again and translate there to keep others' changes",),
                Severity.WARNING,
            ),
        )
    return (
        Diagnostic(
            "translate.unchecked",
            f"{path.name} does not say what was exported for '{code}' (no `exported` digests: "
            "an older export, a file made by hand, its `exported` column or notes removed, or "
            f"one exported for another language): its texts were taken, also where "
            f"{lang.path.name} changed them since the export",
            Mark(path, 1, 1),
            ("export the language again and translate there to keep others' changes",),
            Severity.WARNING,
        ),
    )


def _export_of(parsed: Parsed) -> str | None:
    """The id of the export the file was made by (`entries.new_export_id`), or None."""
    for item in parsed.items:
        found = EXPORTED.fullmatch(item.base or "")
        if found and found[3]:
            return found[3]
    return None


def _difference(was: str, now: str, around: int = 30) -> tuple[str, str]:
    """The two texts on one line each, where they differ: from a little before the first
    character that differs (a long text cut at its start looked the same in both)."""
    a, b = _visible(was), _visible(now)
    at = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    start = max(0, at - around)
    start = a.rfind(" ", 0, start) + 1 if start else 0  # from the start of a word

    def cut(text: str) -> str:
        piece = text[start : start + 2 * around + 20]
        return (
            ("\u2026" if start else "")
            + piece
            + ("\u2026" if start + len(piece) < len(text) else "")
        )

    return cut(a), cut(b)


VISIBLE = {"\n": "\u23ce", "\u00a0": "\u237d", "\u202f": "\u237d", "\t": "\u21e5"}


def _visible(text: str) -> str:
    """`text` on one line with its line breaks, no-break spaces and tabs shown (⏎ ⍽ ⇥): two
    texts that differ only there looked the same."""
    return "".join(VISIBLE.get(ch, ch) for ch in text)


def _base(item: Incoming, code: str) -> str | None:
    """The digest of `item`'s translation as exported, when the file was exported for
    language `code` (the one imported into); else None: there is nothing to compare."""
    found = EXPORTED.fullmatch(item.base or "")
    return found[2] if found and found[1].casefold() == code.casefold() else None


def _since_export(
    item: Incoming, now: str, base: str | None, earlier: str | None, overwrite: bool
) -> str | None:
    """What the digests say of `item`, whose strings file's text is `now`: where the strings
    file changed it since the export (`base`: the digest of the text as exported; `earlier`:
    the one this export's own earlier import wrote), "unchanged" (the file has it as the
    strings file does), "kept" or "kept own" (the file has it as exported, or as its earlier
    import wrote it: the strings file's newer text is kept; "kept own" where that newer text
    is the earlier import's own), or "conflict" (both changed it, to different texts); None
    where the file's text is taken."""
    if base is None or exported(now) == base:  # not changed since the export
        return None
    mine = exported(item.translation)
    # this export's own earlier import made the change, and the file has the text as
    # exported again: its translator took the change back, or a copy of the export given to
    # someone else left it so (nothing in the file tells which): kept, and written only with
    # --overwrite, which says the file is right
    own = exported(now) == earlier
    if mine in (base, earlier) and not (overwrite and own and mine == base):
        if mine == exported(now):
            return "unchanged"
        return "kept own" if own else "kept"
    # --overwrite: a conflict is the file's (a text it left as exported stays kept)
    if not overwrite and exported(now) != earlier and item.translation != tidy(now):
        return "conflict"
    return None


def _outdated(lang: Language | None, source: Language, item: Incoming, want: str) -> bool:
    """Whether the strings file's text of `item` (`lang`'s) is outdated against the source's
    text now (`want`: for a short variant the source lacks, its full text): made from
    another text (its `source:`, `short_source:`), or without the source's placeholders."""
    own = lang.strings.get(item.key) if lang is not None else None
    if own is None:
        return False
    text = own.text if item.part == "text" else own.short or ""
    made = own.made_from_other(source.strings[item.key])[0 if item.part == "text" else 1]
    return made is not None or placeholders(text) != placeholders(want)


def _outdated_note(
    items: list[Incoming], source: Language, path: Path, lang: Language
) -> Diagnostic:
    """A warning (`translate.outdated`) naming the outdated texts the file leaves as they are
    (`items`), which the import kept without judging them against the source's texts now:
    each with the placeholders its source's text gained, where it did."""
    names = []
    for item in items:
        entry = source.strings[item.key]
        want = entry.text if item.part == "text" else entry.short or entry.text
        lacks = sorted(placeholders(want) - placeholders(item.translation))
        names.append(
            f"{item.key}{item.suffix}"
            + (f" (the {source.name} text now has {', '.join(lacks)})" if lacks else "")
        )
    return Diagnostic(
        "translate.outdated",
        f"{path.name} leaves {len(items)} outdated text(s) as they were: {', '.join(names)}; "
        f"not imported: {lang.path.name} keeps them as they are, outdated",
        items[0].mark,
        (
            f"translate them from the {source.name} text now (an export of the language shows "
            "it beside the text each was translated from), or confirm one that still holds "
            "(CSV or workbook: its status `translated`; XLIFF: the segment's state "
            "`translated`; PO: the entry not fuzzy)",
        ),
        Severity.WARNING,
    )


def _set_origin(current: dict[str, str], source: str | None, origin: str = "source") -> None:
    """Keep with a translated text the source's text the translator worked from (the file's
    msgid, <source> or source column), so that a later change of the source's text shows the
    translation as outdated (`strings.outdated`); a file that does not give it leaves the
    text unjudged."""
    if source:
        current[origin] = source
    else:
        current.pop(origin, None)


def _new_origin(
    current: dict[str, str], source: str | None, now: str, origin: str = "source"
) -> bool:
    """Whether an unchanged text's origin is news: the file gives another source text than
    the one kept (an outdated text confirmed against the new source: no longer outdated), or
    none is kept and the file's is not the source's text now (a translation made from an
    earlier text: outdated), or none is kept and the text is the source's own words,
    confirmed by the translator (the file no longer marks it fuzzy or to translate): French
    "Contact" is the English word, and without its origin it stayed "to translate" however
    often it was confirmed (`entries.status_of`). A text whose file agrees with the source
    is otherwise left as it is (a round trip rewrites nothing)."""
    if not source:
        return False
    kept = current.get(origin)
    if kept is not None:
        return source != kept
    part = "text" if origin == "source" else "short"
    return source != now or (current.get(part) == now and has_words(now))


def _fields(e: StringEntry) -> dict[str, str]:
    return {
        "text": e.text,
        **({"short": e.short} if e.short else {}),
        **({"note": e.note} if e.note else {}),
        **({"source": e.source} if e.source else {}),
        **({"short_source": e.short_source} if e.short_source else {}),
    }


def _source_text(
    source: Language, item: Incoming, errs: Collector, unknown: set[str]
) -> str | None:
    """The source text `item` translates ("" for a short variant the source lacks), or None
    when its key is not the source's: an error once per key (`unknown` holds those named),
    at the key where the file writes it apart (a CSV's key column), with the key meant."""
    entry = source.strings.get(item.key)
    if entry is None:
        if item.key not in unknown:
            unknown.add(item.key)
            errs.error(
                "translate.key",
                f"'{item.key}' is not a key of {source.code}.yaml",
                item.key_mark or item.mark,
                *did_you_mean(item.key, source.strings),
                "keep the keys of the exported file as they are",
            )
        return None
    return entry.text if item.part == "text" else (entry.short or "")


def _same_placeholders(
    item: Incoming, want: str, known: Mapping[str, object], errs: Collector
) -> bool:
    """The translation has the `{field}` placeholders of the source text `want`; else an
    error (`translate.placeholder`) naming what it has instead, a name in braces that is no
    placeholder too ({téléphone}: "no placeholder" was all it said), and, for one the
    source has not, which to remove. Where the file's own source text has the translation's
    placeholders, the source changed since the export: the message says so (a translator who
    never touched the text was told to keep a placeholder their file did not show). Braces
    that make no placeholder (`{ helpline }`, `{}`, a `{` never closed) are refused as the
    kit's check of a strings file refuses them (`ref.field`, `known`: the fields a text may
    name): written, they stopped every command of the language at the strings file's line,
    the import of the corrected file too."""
    wanted, got = placeholders(want), placeholders(item.translation)
    doubled = sorted(set(stray_braces(item.translation)) - set(stray_braces(want)))
    if doubled:  # {{helpline}} printed the value in braces
        errs.error(
            "translate.placeholder",
            f"'{item.key}'{item.suffix}: the translation has {', '.join(doubled)}: a brace "
            "beside a placeholder prints beside its value",
            item.mark,
            "keep every {name} of the source, unchanged, with one pair of braces",
        )
        return False
    if wanted == got:  # braces that make no placeholder, as the kit's check finds them
        return check_braces(
            item.translation, known, item.mark, errs, f"'{item.key}'{item.suffix}: "
        )
    # what else it has in braces: a name translated ({téléphone}), `{ helpline }`, `{}`
    braced = [m[0] for m in BRACES.finditer(item.translation) if m[0] not in got]
    has = sorted(got) + list(dict.fromkeys(braced))
    message = (
        f"'{item.key}'{item.suffix}: the translation has {', '.join(has) or 'no placeholder'}, "
        f"the source {', '.join(sorted(wanted)) or 'none'}"
    )
    added = sorted(got - wanted)
    hints = [
        f"remove {' and '.join(added)}: the source text has no such placeholder"
        + ("s" if added[1:] else "")
        if added and wanted <= got
        else "keep every {name} of the source, unchanged"
    ]
    lacks = wanted - got
    for written in dict.fromkeys(braced):  # `{ helpline }` for {helpline}
        meant = "{" + written[1:-1].strip() + "}"
        if meant in lacks:
            hints.append(f"write {written} without spaces: {meant}")
    for _, shown in lone_braces(item.translation):  # `{helpline` for {helpline}
        if shown + "}" in lacks:
            hints.append(f"close the brace of {shown}: {shown}}}")
    if item.source is not None and item.source != want:
        if placeholders(item.source) == got:
            message += (
                f" (the source changed since {item.mark.path.name} was exported: its own copy "
                f"of the source has {', '.join(sorted(got)) or 'none'})"
            )
            hints = ["export the language again and translate the source as it is now"]
    errs.error("translate.placeholder", message, item.mark, *hints)
    return False


def _new_file(kit: Kit, code: str, origin: Path) -> Path:
    """The strings file of a language the kit does not have yet: its header, no strings."""
    path = kit.root / "materials" / "strings" / f"{code}.yaml"
    if not path.exists():
        path.write_text(new_header(code, f"imported from {origin.name}"), encoding="utf-8")
    return path


def new_header(
    code: str, origin: str, names: tuple[str, str | None] | None = None, script: str | None = None
) -> str:
    """A new strings file's header: the language's English and own names (`names`, else
    CLDR's; the own name left out where it is not known: it defaults to the English one),
    its script where given, `status: draft`, then `strings:`."""
    english, native = names or language_names(code) or (code, code)
    return (
        "# yaml-language-server: $schema=../../schemas/strings.schema.json\n"
        f"# {english} campaign strings, {origin}: a draft until a\n"
        "# native speaker has reviewed it.\n"
        f"language: {code}\nname: {scalar(english)}\n"
        + (f"native_name: {scalar(native)}\n" if native else "")
        + (f"script: {script}\n" if script else "")
        + "status: draft\nstrings:\n"
    )


def scalar(value: str) -> str:
    dumped = yaml.safe_dump({"v": value}, allow_unicode=True, width=10**9, sort_keys=False)
    return dumped[len("v: ") :].rstrip("\n")


def write_strings(
    path: Path,
    source: Language,
    texts: dict[str, dict[str, str]],
    changed: Collection[str] | None = None,
) -> None:
    """The strings file with its strings in its order (`key_order`); a key without a text is
    a comment marked `to translate`, with the source's text and note. Only what changed is
    written anew: everything before the `strings:` key and after its mapping (a language's
    own `fields:`, its helpline: an import deleted it), the comments and empty lines in the
    mapping (kept before the key they precede), the lines of every string not in `changed`
    (None: all are), the mapping's indentation and the file's line ends stay as they were
    written (an import of one text rewrote every folded line), and so do the strings whose
    key the source lacks (`check` warns strings.unused; an import deleted them) and the
    file's order of its keys (`key_order`). A string written anew has its fields at the
    file's indentation. The mapping's places come
    from the YAML parser (PyYAML's node marks), not from the lines' look. Written to a
    temporary name, then moved."""
    data = path.read_bytes()  # as written: read_text makes CR LF a LF
    raw = data.decode(yaml_encoding(data))  # as load_yaml read it (UTF-16: written back as UTF-8)
    newline = "\r\n" if "\r\n" in raw else "\n"
    text = raw.replace("\r\n", "\n")
    lines = text.split("\n")
    final = lines[-1] == ""  # the file ends with a line end
    if final:
        lines.pop()
    found = _strings_mapping(text)
    if found is None:  # no `strings:` key (a new language's header): it goes at the end
        head, block, tail, indent = lines, None, [], 2
    else:
        key_line, first, end, block, indent = found
        head, tail = lines[:first], lines[end:]
    kept: dict[str, list[str]] = {}
    comments: dict[str, list[str]] = {}
    fields: dict[str, Fields] = {}
    trailing: list[str] = []
    if found is not None and block is None:  # `strings: {}`, flow or empty: block style
        trailing = _between(lines[key_line + 1 : end])  # its comments, not our blocks
    elif block is not None:
        kept, comments, trailing, fields = _spans(lines, block)
    body: list[str] = [] if found is not None and block is not None else ["strings:"]
    pad, inner = " " * indent, " " * (indent + 2)
    inner = _field_indent(kept.values()) or inner
    for key in key_order(list(kept), list(source.strings)):
        body += comments.get(key, [])
        if key not in source.strings:  # `check` warns strings.unused; an import is no place
            body += kept[key]  # to delete them
            continue
        own = texts.get(key, {})
        if "text" not in own:
            body += [pad + line[2:] for line in _to_translate(key, source.strings[key])]
        elif key in kept and changed is not None and key not in changed:
            body += kept[key]
        elif key in kept and fields.get(key):
            body += _edited(kept[key], fields[key], own)
        else:
            body.append(f"{pad}{key}:")
            for name in PARTS:
                if name in own:
                    body += field_lines(inner, name, own[name])
    out = [*head, *body, *trailing, *tail]
    part = path.with_name(f".{path.name}.part")
    try:
        part.write_bytes((newline.join(out) + (newline if final else "")).encode("utf-8"))
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise failure("translate.read", f"cannot write {path}: {exc.strerror}") from None


def key_order(written: list[str], source: list[str]) -> list[str]:
    """The keys of a strings file as written anew: the file's own keys in its order (an
    office that orders them its own way keeps it; every import put them in the source's
    order), each of the source's other keys after the source's key before it that the file
    has (at the start when none is). A file in the source's order stays in it."""
    present = set(written)
    after: dict[str | None, list[str]] = {}
    before: str | None = None
    for key in source:
        if key in present:
            before = key
        else:
            after.setdefault(before, []).append(key)
    out = list(after.get(None, []))
    for key in written:
        out += [key, *after.get(key, [])]
    return out


def _edited(lines: list[str], fields: Fields, own: dict[str, str]) -> list[str]:
    """A string's lines as written (`lines`, from its key's; `fields` in them) with only its
    changed fields written anew (`own`: every field it has now): a field whose value is the
    same keeps its lines (a folded text, its quotes), one that changed is written anew at
    the fields' indentation (`field_lines`, with the comment its line had), one it no longer
    has goes, a new one follows the last field; the comments among the fields stay (an
    import rewrote the whole string, and dropped them)."""
    assert fields
    column = len(lines[fields[0][1]]) - len(lines[fields[0][1]].lstrip())
    inner = " " * column
    out: list[str] = []
    at, after = 0, 0
    for name, start, stop, value in fields:  # a scalar's end mark is its own end: the
        out += lines[at:start]  # comments after it are not in its lines
        if name not in PARTS or (name in own and _same(own[name], value)):
            out += lines[start:stop]
        elif name in own:
            new = field_lines(inner, name, own[name])
            comment = _line_comment(lines[start]) if stop - start == 1 else None
            if comment:  # `text: ...   # a note`: the note stays, after a `|-` too
                new[0] += comment
            out += new
        at, after = stop, len(out)
    present = {name for name, *_ in fields}
    out[after:after] = [
        line
        for p in PARTS
        if p in own and p not in present
        for line in field_lines(inner, p, own[p])
    ]
    return out + lines[at:]


def _line_comment(line: str) -> str | None:
    """The comment at the end of a one-line field with the spaces before it (`text: Agir
    # court` gives "   # court"), or None."""
    stripped = line.strip()
    if "#" not in stripped:
        return None
    try:
        node = yaml.compose(stripped, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return None
    rest = stripped[node.value[0][1].end_mark.index :].rstrip()
    return rest if rest.lstrip().startswith("#") and rest[:1].isspace() else None


def _same(now: str, written: str | None) -> bool:
    """Whether a field's value is the one the file has (`written`, as YAML reads it: a `|`
    or `>` text ends with its line break, which the kit's loader leaves out)."""
    return written is not None and tidy(now) == tidy(written)


# characters a literal block cannot hold as they are: outside YAML's printable set (YAML 1.1,
# 5.1), or line breaks other than LF (which a block would end its lines at), or a BOM
NOT_LITERAL = re.compile(
    "[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]"
)


def field_lines(inner: str, name: str, value: str) -> list[str]:
    """A field as written anew at indentation `inner`: one line, or a text with line breaks
    as a literal block (`|-`) whose lines are two spaces further in. PyYAML's own form of
    such a text, a quoted scalar whose next lines sit at its mapping's indentation, is less
    indented than the field: other YAML parsers (js-yaml, the editors' YAML support) refuse
    it. A block whose first line starts with a space says its indentation (`|2-`); a text
    with a character a block cannot hold (`NOT_LITERAL`) is one double-quoted line with
    escapes."""
    if NOT_LITERAL.search(value):  # a character a block (or a plain line) cannot hold as it
        quoted = yaml.safe_dump(value, default_style='"', width=10**9, allow_unicode=True)
        return [f"{inner}{name}: {quoted.rstrip().removesuffix('...').rstrip()}"]  # is: escaped
    if "\n" not in value:
        return [f"{inner}{name}: {scalar(value)}"]
    lines = value.split("\n")
    head = f"{inner}{name}: |" + ("2" if lines[0][:1] in (" ", "\t") else "") + "-"
    return [head, *(f"{inner}  {line}" if line else "" for line in lines)]


def _field_indent(entries: Iterable[list[str]]) -> str | None:
    """The indentation of the fields (`text:`) under a key in the file as written: the first
    written as a mapping's second line; None when none is."""
    for lines in entries:
        if len(lines) > 1:
            field = lines[1]
            if field.strip() and not field.lstrip().startswith("#"):
                return field[: len(field) - len(field.lstrip())]
    return None


# a string's fields where it is a block mapping of scalars: (name, first line, the line after
# it, the value as the file has it) each; None for any other string (flow style, a scalar)
Fields = list[tuple[str, int, int, str | None]] | None
# the mapping's first line, the line after it, (key, first line, line after, fields) each
Span = tuple[int, int, list[tuple[str, int, int, Fields]]]


def _strings_mapping(
    text: str,
) -> tuple[int, int, int, Span | None, int] | None:
    """Where the `strings:` mapping is (0-based lines): its key's line, the mapping's first
    line, the line after it, its entries (None when it is not a block mapping with
    entries: `strings: {}`, flow style, or nothing) and their indentation; None when the
    file has no `strings` key. From PyYAML's nodes (a mapping's end mark is the start of
    what follows it)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for n, (key, value) in enumerate(root.value):
        if key.value != "strings":
            continue
        end = _end(text, value)
        if not isinstance(value, yaml.MappingNode) or value.flow_style or not value.value:
            # written anew from its key's line (first is that line), up to the next key: the
            # comments under an empty `strings:` (a new language's `to translate` blocks) are
            # its own
            after = root.value[n + 1][0].start_mark.line if n + 1 < len(root.value) else None
            end = after if after is not None else max(end, text.count("\n") + 1)
            return key.start_mark.line, key.start_mark.line, end, None, 2
        entries = [
            (k.value, k.start_mark.line, _end(text, v), _fields_of(text, v)) for k, v in value.value
        ]
        first = key.start_mark.line + 1
        return (
            key.start_mark.line,
            first,
            end,
            (first, end, entries),
            value.value[0][0].start_mark.column,
        )
    return None


def _fields_of(text: str, node: yaml.Node) -> Fields:
    """A string's fields (`Fields`) where it is a block mapping; None otherwise."""
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        return None
    return [
        (
            str(k.value),
            k.start_mark.line,
            _end(text, v),
            str(v.value) if isinstance(v, yaml.ScalarNode) else None,
        )
        for k, v in node.value
    ]


def _end(text: str, node: yaml.Node) -> int:
    """The line after `node` (0-based): its end mark's line when only spaces come before the
    mark on it (the mark is the start of the next thing), else the line after."""
    mark = node.end_mark
    line_start = text.rfind("\n", 0, mark.index) + 1
    return mark.line if not text[line_start : mark.index].strip() else mark.line + 1


TO_TRANSLATE_LINE = re.compile(r"^\s*# ([^\s:]+): " + TO_TRANSLATE + "$")


def _spans(
    lines: list[str], block: Span
) -> tuple[dict[str, list[str]], dict[str, list[str]], list[str], dict[str, Fields]]:
    """The mapping's lines as (each key's own lines; the comment and empty lines before each
    key; those after the last key; each key's fields, their lines counted from the key's).
    The `to translate` comments this module writes for missing keys are not kept: they are
    made again from the source."""
    first, end, entries = block
    kept: dict[str, list[str]] = {}
    comments: dict[str, list[str]] = {}
    fields: dict[str, Fields] = {}
    at = first
    for key, start, stop, own in entries:
        fields[key] = (
            [(name, a - start, b - start, value) for name, a, b, value in own]
            if own is not None
            else None
        )
        comments[key] = _between(lines[at:start])
        column = len(lines[start]) - len(lines[start].lstrip())
        # a mapping value's end mark is the next key's line: the comment and empty lines
        # before that key came with this one (they went where this key went, and were lost
        # when it was written anew); a comment at the key's column or left of it cannot be
        # inside a block text
        while stop - 1 > start and _outside(lines[stop - 1], column):
            stop -= 1
        kept[key] = lines[start:stop]
        at = stop
    return kept, comments, _between(lines[at:end]), fields


def _outside(line: str, column: int) -> bool:
    """Whether `line` is empty or a comment no further right than `column`."""
    stripped = line.lstrip()
    return not stripped or (stripped.startswith("#") and len(line) - len(stripped) <= column)


def _between(gap: list[str]) -> list[str]:
    """The comment and empty lines between two strings, without the `to translate` blocks
    (their first line and the comment lines indented under it)."""
    out: list[str] = []
    ours: int | None = None  # the indentation of a `to translate` block being passed over
    for line in gap:
        indent = len(line) - len(line.lstrip())
        if TO_TRANSLATE_LINE.match(line):
            ours = indent
            continue
        if (
            ours is not None
            and line.strip().startswith("#")
            and line[indent + 1 :].startswith("   ")
        ):
            continue  # its text, short and note lines (`#   text: ...`)
        ours = None
        out.append(line)
    return out


def _to_translate(key: str, entry: StringEntry) -> list[str]:
    out = [f"  # {key}: {TO_TRANSLATE}", f"  #   text: {scalar(entry.text)}"]
    if entry.short:
        out.append(f"  #   short: {scalar(entry.short)}")
    if entry.note:
        out.append(f"  #   note: {scalar(entry.note)}")
    return out
