"""The language a translator's file is for: the code given (`--lang`), else the one the file
names, else its file name; refused when it is not a language code, is a pseudo-locale, names
another language than its name, or would make a new language by mistake."""

from __future__ import annotations

import re
from pathlib import Path

from ..diagnostics import (
    Mark,
    failure,
)
from ..kit.strings import LANG_CODE
from ..langnames import language_names
from ..model import Kit
from ..model.language import country_code_hint, other_code
from .entries import EXPORTED, Parsed, export_command, set_aside, tidy
from .origin import entry_fields


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
    # where the file says the language found (a PO's `Language:` line, an XLIFF's trgLang),
    # which an error of that language points at; the file's start where no line says it
    said_at = (parsed.language_mark if found == named else None) or Mark(path, 1, 1)
    if found and not given:  # the file's own code (or its name's): refused at its place
        _another_code(kit, found, path, said_at)
    if found and set_aside(kit, found) is None:  # one set aside for a broken text is merged
        kit.readable(found)  # into: its strings file cannot be read, nothing to merge into
    if found in kit.languages and kit.languages[found].pseudo:
        raise failure(
            "translate.read",
            f"{path.name} is for '{found}', a pseudo-locale: a test of the layouts that the kit "
            "makes itself, not a language to translate into",
            said_at,
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
            said_at,
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
            parsed.language_mark or Mark(path, 1, 1),
            f"import it without --lang, as '{named}', or check that it is the right file"
            if meant == named
            else f"import it with --lang {meant}, or check that it is the right file",
        )
    if found == kit.campaign.source_language:
        raise failure(
            "translate.read",
            f"{path.name} is for '{found}', the source language: its text is the kit's own "
            f"({kit.languages[found].path.name}), not a translation",
            said_at,
            f"edit {kit.languages[found].path.name} itself, or give the file the language it "
            "was translated into",
        )
    if not given:  # --lang: the language is meant
        # a statement the translator can correct, where the texts are the name's language's
        # export (ps-lang.po saying `Language: fa`, its texts exported for ps)
        says = _name_says(kit, path.stem, by_name)
        header = parsed.language_field if found == named else None
        header = header if not exported or says in exported else None
        _named_otherwise(kit, path, found, says, said_at, header)
        _not_new(kit, exported, path, found, said_at)
    return found


def _another_code(kit: Kit, code: str, path: Path, mark: Mark) -> None:
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
        mark,
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


def _named_otherwise(
    kit: Kit, path: Path, found: str, by_name: str | None, mark: Mark, header: str | None
) -> None:
    """Refuse a file whose name says another language than the file itself (its header,
    trgLang, workbook properties or exported-text tags): a Korean export renamed
    ta-wrong.csv went into ko.yaml without a word. A regional form of the same language
    (ar.po saying ar_EG) is not another, nor is another code of it (iw.po saying he).
    `--lang` says which is meant (the caller does not ask then). At `mark`, where the file
    says its language (its `Language:` line); `header`, the name of that statement where
    the translator can correct it (`Parsed.language_field`). The name's language is
    offered first: ps-lang.po saying `Language: fa` was a Pashto file with Persian's
    header copied, and the first hint, "import it as 'fa'", put Pashto into fa.yaml. Raises
    DiagnosticsError `translate.read`."""
    if not by_name:
        return
    said = other_code(by_name, {**kit.languages, **kit.unreadable}) or by_name
    if said.split("-")[0].casefold() == found.split("-")[0].casefold():
        return

    def name(code: str) -> str:
        lang = kit.languages.get(code)
        names = language_names(code)
        return lang.name if lang else names[0] if names else code

    def named(code: str) -> str:
        return f"'{code}' ({name(code)})"

    raise failure(
        "translate.read",
        f"{path.name} says it is for {named(found)}, but its name says {named(by_name)}",
        mark,
        f"if the file is {name(by_name)}, "
        + (
            f"correct {header} to {by_name} (or pass --lang {by_name})"
            if header
            else f"import it as '{by_name}': --lang {by_name}"
        ),
        f"or, if it is {name(found)}, import it as '{found}': --lang {found}",
    )


def still_its_own(kit: Kit, parsed: Parsed, path: Path, code: str) -> None:
    """Refuse a file exported for another language of the kit and imported into `code` with
    --lang (the file's own hint allows it, for a translation made from another language's
    export) whose texts are mostly still that language's: French imported as Spanish replaced
    every Spanish text with a warning. A regional form of the same language (ar-EG made from
    ar's export) is not refused. Raises DiagnosticsError `translate.read`."""
    for other in _exported_for(parsed):
        # a regional form made from its language's translation (ar-EG from ar) starts as it
        if other not in kit.languages or other.split("-")[0] == code.split("-")[0]:
            continue
        theirs = {k: entry_fields(e) for k, e in kit.languages[other].strings.items()}
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
                + export_command(code, path),
            )


def _exported_for(parsed: Parsed) -> list[str]:
    """The languages the file's exported-text tags name (`fr:<digest>:<id>`), sorted."""
    found = (EXPORTED.fullmatch(item.base or "") for item in parsed.items)
    return sorted({m[1] for m in found if m is not None})


def _not_new(kit: Kit, exported: list[str], path: Path, found: str, mark: Mark) -> None:
    """Refuse a language other than the one the file was made for, named by chance: a file
    whose exported-text tags name another language (ar.csv saved as fr.csv wrote Arabic into
    fr.yaml with a warning), or a regional tag of one of the kit's languages the kit does not
    have (Poedit's `Language: ar_EG` made ar-EG beside ar). `--lang` says it is meant (the
    caller does not ask then). `exported`: the languages the file's exported-text tags name
    (`_exported_for`); at `mark`, where the file names `found`. Raises DiagnosticsError
    `translate.read`."""
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
        mark,
        f"import it into {meant}.yaml: --lang {meant}",
        f"or, if it is {'meant as a language of its own' if new else 'a translation into '}"
        f"{'' if new else repr(found)}, pass --lang {found}",
    )
