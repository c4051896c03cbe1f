"""`new language XX`: a strings file to start a translation from.

The file has the header of every strings file (language, its English and own names from
CLDR, `status: draft`) and under `strings:` every key of the source language as a comment
marked `to translate`, with the source's text, short variant and note. The kit reads it as a
language without texts: each one prints in the source language (a `strings.missing`
warning, as for any key a translation lacks) until its comment is made an entry; a regional
language prints its parent's texts instead (pt.yaml's for pt-BR, `Kit.fallbacks`), as its
header and the command say (`parents_note`)."""

from __future__ import annotations

import re
from pathlib import Path

from ..commands import command
from ..diagnostics import Diagnostic, DiagnosticsError, Mark, Severity, Subject, failure
from ..fonts import NEW_SCRIPT_STEPS, FontBook
from ..kit.strings import LANG_CODE
from ..langnames import language_names
from ..model import Kit, Language
from ..model.language import (
    bcp47_case,
    country_languages,
    not_a_language,
    not_a_language_hint,
    other_code,
    written_as,
)
from ..text.scripts import script_of
from .writer import new_header, write_strings

# a language subtag alone, of two or three letters (ISO 639-1, -2 or -3): a code CLDR may
# have no data for, taken with the names the user gives
UNNAMED_CODE = re.compile(r"^[a-z]{2,3}$")
SCRIPT_CODE = re.compile(r"^[A-Z][a-z]{3}$")  # ISO 15924: Latn, Mymr


def _kept_as(code: str, kept: str, kit: Kit) -> DiagnosticsError:
    """The refusal of `new language fil` where the kit writes the language `kept` (tl): CLDR,
    and so Babel, reads tl as fil, Filipino (its languageAlias: Locale.parse('tl') is
    fil_PH), so a fil.yaml would be a second Filipino, with the same dates, numbers and
    names, beside tl.yaml; a merged sheet's fil is read as the kit's tl."""
    its = kit.languages[kept].name if kept in kit.languages else kept
    name = (language_names(code) or [code])[0]
    return failure(
        "translate.read",
        f"'{code}' is the Unicode CLDR's code of {name}, and the kit writes that language "
        f"'{kept}' ({its}): CLDR reads {kept} as {code.lower()}, with the same dates, numbers "
        f"and names, so a {code.lower()}.yaml would be a second {name} beside {kept}.yaml",
        None,
        f"translate it in {kept}.yaml: {command(f'strings export --lang {kept}')}",
        f"a merged sheet's {code.lower()} (a language cell, a header) is read as {kept}",
    )


def new_language(
    kit: Kit,
    code: str,
    name: str | None = None,
    native_name: str | None = None,
    script: str | None = None,
) -> tuple[Path, list[Diagnostic]]:
    """Write materials/strings/<code>.yaml, and say what of it no font of the kit can print
    (`no_font`: its warnings, returned with its path); refuses a language the kit has (in any
    case: `KO` for `ko`), a pseudo-locale's code, another code of a language
    (`model.language.other_code`: a withdrawn `iw`, write `he`; ISO 639-2's `heb`, `fre`; `fil`,
    where the kit writes Tagalog `tl`), a code of two letters that is no language's (a
    country's, kh: write km; `model.language.not_a_language`, whose strings file is refused) or
    a bad code. A code CLDR has no data for (S'gaw Karen, `ksw`: CLDR names about 670 of ISO
    639's 7,900 languages) is taken with its English `name` (and its `native_name` and ISO 15924
    `script`, where given), which nothing here can look up; without a name it is refused, naming
    the options."""
    folder = kit.root / "materials" / "strings"
    # iw made a second Hebrew beside the kit's he; heb, fre and fil (the kit's tl) were
    # "unknown language" (Kit.readable's answer to a command that reads a language)
    better = other_code(code, {**kit.languages, **kit.unreadable})
    if better is not None and written_as(code, {**kit.languages, **kit.unreadable}) == better:
        raise _kept_as(code, better, kit)
    if better is not None:
        known = language_names(better)
        its = kit.languages[better].name if better in kit.languages else (known or [better])[0]
        raise failure(
            "translate.read",
            f"'{code}' is another code of '{better}' ({its}): the language's code is '{better}'",
            None,
            f"the kit has '{better}' already: {command(f'strings export --lang {better}')}"
            if better in kit.languages or better in kit.unreadable
            else command(f"new language {better}"),
        )
    code = kit.language_code(code)
    path = folder / f"{code}.yaml"
    kit.readable(code)  # its file is there, and broken: its errors, not "export it"
    if code in kit.languages and kit.languages[code].pseudo:  # en-XA: "already has", at en.yaml
        raise failure(
            "translate.read",
            f"'{code}' is a pseudo-locale: a test of the layouts the kit makes itself, not a "
            "language to translate into",
            None,
            "give the code of a language to translate into: a pseudo-locale has no strings file; "
            "`check` lays it out by itself",
        )
    if code in kit.languages or path.exists():
        where = kit.languages[code].path if code in kit.languages else path
        raise failure(
            "translate.read",
            f"the kit already has language '{code}'",
            Mark(where, 1, 1),
            f"export it to translate it: {command(f'strings export --lang {code}')}",
        )
    if not_a_language(code):  # kh (KH), Cambodia's: its strings file
        official = country_languages(code)  # would be refused (kit.strings), as --lang kh is
        step: tuple[str, ...] = ()
        if len(official) == 1:
            step = (
                f"the kit has '{official[0]}' already: "
                + command(f"strings export --lang {official[0]}")
                if official[0] in kit.languages or official[0] in kit.unreadable
                else command(f"new language {official[0]}"),
            )
        raise failure(
            "translate.read",
            f"'{code}' is not a language code",
            None,
            not_a_language_hint(code, kit.languages),
            *step,
        )
    cldr = language_names(code) if LANG_CODE.match(code) else None
    unnamed = UNNAMED_CODE.match(code) is not None  # a code CLDR may have no data for
    if cldr is None and not (name and unnamed):
        tag = bcp47_case(code.replace("_", "-"))  # POSIX's pt_BR (Poedit's): pt-BR
        posix = tag != code and LANG_CODE.match(tag) and language_names(tag) is not None
        if posix:
            hint = command(f"new language {tag}")
        elif unnamed:  # well formed: a language CLDR has no data for
            hint = (
                f"if '{code}' is the ISO 639 code of your language, give its names: "
                + command(f'new language {code} --name "English name" --native-name "its own name"')
                + " (and --script, its ISO 15924 script: Mymr, Ethi...)"
            )
        else:
            hint = "use a BCP 47 code: ko, fr, sw, zh-Hant, pt-BR..."
        raise failure(
            "translate.read",
            f"'{code}' is not a language code"
            + (f" (it is written with a hyphen: '{tag}')" if posix else "")
            + (" CLDR has data for" if unnamed and not posix else ""),
            None,
            hint,
        )
    if script is not None and not SCRIPT_CODE.match(script):
        raise failure(
            "translate.read",
            f"'{script}' is not an ISO 15924 script code",
            None,
            "four letters, the first a capital: Latn, Arab, Mymr, Ethi, Deva...",
        )
    # CLDR's own name where it has one; its English one is not written as the own name (kk-Latn)
    own = cldr[1] if cldr and cldr[1] != cldr[0] else None
    names = (name or cldr[0], native_name or own) if cldr else (name or code, native_name)
    source = kit.languages[kit.campaign.source_language]
    parents = kit.fallbacks(code)
    origin = f"from {source.path.name}" + (
        f" ({_files(parents)} texts print until it has its own)" if parents else ""
    )
    path.write_text(new_header(code, origin, names, script), encoding="utf-8")
    write_strings(path, source, {})
    unprintable = no_font(kit, path, script or script_of(code), names[1])
    return path, unprintable + _months(kit, path, names[0])


def _months(kit: Kit, path: Path, name: str) -> list[Diagnostic]:
    """A `strings.months` warning at the new file's `language:` where the Unicode CLDR has no
    month names for its language (merge.month_names: Dhivehi's event dates print in
    numbers until the file gives `months:`)."""
    from ..merge.month_names import unnamed_months
    from ..text.scripts import cldr_digits

    code = path.stem
    mark = _mark(path, path.read_text(encoding="utf-8").splitlines(), "language")
    return unnamed_months(code, name, path, mark, cldr_digits(code) or "latn", kit.campaign.year)


def no_font(kit: Kit, path: Path, script: str, native: str | None) -> list[Diagnostic]:
    """`font.new-language` warnings for the new strings file at `path`, of a language written
    in `script` (ISO 15924: its `script:`, else the code's, `text.scripts.script_of`) whose own
    name is `native`: one when no font of the kit has the script, at the native name (else the
    script's or the language's line); one for each other script of the native name's
    characters that no font has (a subset without them, a name in another script). Decided as
    text.no-glyph decides (`layout.items.text.missing_chars`, `no_glyph_hint`): a character no
    family of fonts.yaml maps; a script no family lists (`FontBook.script_family`, the
    language's own family) and no family has a letter of (the native name's, else
    `fonts.SCRIPT_SAMPLES`'). `new language sat` wrote Santali's file without a word, and
    only `check`, once a text was translated, said Ol Chiki had no font (a trial): the file
    is written all the same. No warning when fonts.yaml cannot be read (`check` says why)."""
    from ..fonts import SCRIPT_SAMPLES, load_fontbook
    from ..layout.items.text import missing_chars
    from ..text.scripts import char_script, written_with

    try:
        fonts = load_fontbook(kit.fonts_dir)
    except DiagnosticsError:
        return []
    code = path.stem
    faces = fonts.all_faces("regular")
    name = native or ""
    missing = missing_chars(name, faces)
    own = written_with(script)
    letters = [ch for ch in name if char_script(ch) in own]
    sample = SCRIPT_SAMPLES.get(script)
    drawn = [ch for ch in letters or ([sample] if sample else []) if ch not in missing]
    has_font = bool(fonts.script_family(script) or fonts.language_family(code, script) or drawn)
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Diagnostic] = []
    if not has_font:
        named = [ch for ch in letters if ch in missing]
        key = "native_name" if named else "script" if _line(lines, "script") else "language"
        said = f"its native name '{name}' and its" if named else "its"
        out.append(
            Diagnostic(
                "font.new-language",
                f"no font of the kit has script {script}, which {code} is written in: {said} "
                "translated texts would have no glyph in any font",
                _mark(path, lines, key),
                (
                    f"add a font covering script {script} to fonts/fonts.yaml "
                    f"({NEW_SCRIPT_STEPS}); until then `check` and `build` stop at each of "
                    f"{code}'s texts written in it (text.no-glyph)",
                ),
                Severity.WARNING,
                Subject(language=code),
            )
        )
        missing = [ch for ch in missing if ch not in named]
    return out + _name_gaps(fonts, name, missing, _mark(path, lines, "native_name"), code)


def _name_gaps(
    fonts: FontBook, name: str, missing: list[str], mark: Mark, code: str
) -> list[Diagnostic]:
    """A `font.new-language` warning for each script of the characters of language `code`'s
    own name (`name`) that no font has (`missing`), with text.no-glyph's hint."""
    from ..layout.items.text import no_glyph_hint
    from ..text.paragraph import describe_char
    from ..text.scripts import char_script

    by_script: dict[str | None, list[str]] = {}
    for ch in missing:
        by_script.setdefault(char_script(ch), []).append(ch)
    return [
        Diagnostic(
            "font.new-language",
            f"its native name '{name}' has {len(chars)} character(s)"
            + (f" of script {script}" if script else "")
            + f" that no font of the kit has: {', '.join(describe_char(ch) for ch in chars)}",
            mark,
            (no_glyph_hint(script, fonts, chars[0]),),
            Severity.WARNING,
            Subject(language=code),
        )
        for script, chars in by_script.items()
    ]


def _line(lines: list[str], key: str) -> int | None:
    """The 1-based line of the header's `key:` (None when the header has none)."""
    return next((i + 1 for i, t in enumerate(lines) if t.startswith(f"{key}: ")), None)


def _mark(path: Path, lines: list[str], key: str) -> Mark:
    """The value of the header's `key:` in the new strings file (its first line if none)."""
    line = _line(lines, key)
    return Mark(path, line, len(key) + 3) if line else Mark(path, 1, 1)


def _files(parents: tuple[Language, ...]) -> str:
    """The parents' strings files, nearest first: "pt.yaml's", "zh-Hant-HK.yaml's, then
    zh-Hant.yaml's"."""
    return ", then ".join(f"{p.path.name}'s" for p in parents)


def parents_note(kit: Kit, code: str) -> str | None:
    """What `new language` says of a regional language whose parent the kit has (pt for
    pt-BR, es for es-419: `Kit.fallbacks`): that the parent's texts print until it has its
    own, the source's where the parent lacks one, and that an export still marks every key
    `to translate`, left empty beside the parent's text (`entries.PrintsNow`); None for a
    language without one (its keys print in the source language, as the strings file says).
    It said "every string marked to translate" and nothing more, and a translator took pt-BR
    for English throughout (a trial)."""
    parents = kit.fallbacks(code)
    if not parents:
        return None
    source = kit.languages[kit.campaign.source_language].path.name
    nearest = parents[0]
    have = "they have" if len(parents) > 1 else f"{nearest.path.name} has"
    export = command(f"strings export --lang {code}")
    return (
        f"until a string is translated, {code} prints {_files(parents)} text "
        f"({nearest.name}), and {source}'s where {have} none; `{export}` still marks every "
        f"string `to translate`, with an empty translation beside the text that prints now "
        f"(`prints now ({nearest.path.name}): ...`): translate those that should read otherwise "
        f"in {code}, and leave the others empty to keep {nearest.path.name}'s"
    )
