"""Names that point from one file into another: colours, styles, strings, links, fields,
languages and assets. Each broken name is one diagnostic at the place it is used; a name
that is declared but itself invalid (a colour with a bad value) is not reported again."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Mapping, Set
from pathlib import Path
from typing import Any

from ..commands import command
from ..diagnostics import Collector, Mark, Subject, closest, did_you_mean
from ..filenames import resolved
from ..model import CONTACT_FIELDS, Campaign, Language, StringEntry
from ..model.language import canonical_code, code_hints, fallback_chain, not_a_language
from ..resolve import PLACEHOLDER, placeholders, stray_braces
from ..text.langmarks import ANY as LANG_MARK
from ..text.langmarks import lang_mark_problems, mark_starts
from .spec import BAD, Context, Ref


def resolve_style(name: str, mark: Mark, ctx: Context) -> Any:
    """The TextStyle named `name` in the layout being read; BAD when unknown (reported) or
    invalid (reported where it is defined)."""
    styles = ctx.scope.get("style", {})
    if name in styles:
        return styles[name]
    if name not in ctx.declared.get("style", {}):
        ctx.errs.error(
            "ref.style",
            f"unknown style '{name}'",
            mark,
            *(did_you_mean(name, styles) or ("define it under 'styles:' in this layout",)),
        )
    return BAD


def resolve_asset(rel: str, mark: Mark, ctx: Context) -> Path | None:
    """The file `rel` under the kit's assets/ folder, or None (reported) when it is outside
    the folder or missing."""
    assets = (ctx.root / "assets").resolve()
    path = resolved(assets / rel)  # "asociación" typed, its decomposed form on disk
    if not path.is_relative_to(assets) and _written_inside(assets, rel):
        ctx.errs.error(
            "ref.asset",
            f"asset '{rel}' is a link to a file outside the kit's assets/ folder; it was not read",
            mark,
            "copy the file into assets/ instead of linking to it",
        )
        return None
    if not path.is_relative_to(assets):
        ctx.errs.error(
            "ref.asset",
            f"asset '{rel}' is outside the kit's assets/ folder",
            mark,
            "use a path relative to assets/, without '..'",
        )
        return None
    if path.is_dir():  # it was "not found ... did you mean 'logos'?", naming itself
        inside = sorted(p.relative_to(assets).as_posix() for p in path.iterdir() if p.is_file())
        ctx.errs.error(
            "ref.asset",
            f"asset '{rel}' is a folder in assets/, not a file",
            mark,
            f"name a file in it, e.g. {inside[0]}" if inside else "name a file, not a folder",
        )
        return None
    if not path.is_file():
        # the closest files, by their path under assets/ (a file in a folder too)
        names = [p.relative_to(assets).as_posix() for p in assets.rglob("*") if p.is_file()]
        ctx.errs.error(
            "ref.asset",
            f"asset '{rel}' not found in assets/",
            mark,
            *did_you_mean(rel, names[:5000]),
        )
        return None
    return path


def _written_inside(folder: Path, rel: str) -> bool:
    """`rel` as written (before links are followed) stays inside `folder`: no `..` out of it,
    not absolute."""
    return Path(os.path.normpath(folder / rel)).is_relative_to(folder)


def known_fields(campaign: Campaign) -> dict[str, str]:
    """Every field a layout or a string may name: the contact fields (offices fill them) and
    campaign.yaml's `fields:`."""
    return {**dict.fromkeys(CONTACT_FIELDS, ""), **campaign.fields}


def check_refs(campaign: Campaign, languages: dict[str, Language], ctx: Context) -> None:
    """Every colour, string, link and field name read from the layouts exists."""
    source = languages.get(campaign.source_language)
    names: dict[str, Any] = {
        "colour": ctx.declared.get("colour", {}),
        "link": campaign.links,
        "field": known_fields(campaign),
        "string": source.strings if source else {},
    }
    for ref in ctx.refs:
        known = names[ref.kind]
        if ref.name in known or (ref.kind in ("string", "colour") and not known):
            continue
        _unknown(ref, known, source, ctx.errs, campaign)


def _unknown(
    ref: Ref, known: Any, source: Language | None, errs: Collector, campaign: Campaign
) -> None:
    hints = did_you_mean(ref.name, [*known, *ref.words])
    in_slot = f" in slot '{ref.slot}'" if ref.slot else ""
    if ref.kind == "colour":
        hint = f"colours are: {', '.join(known)}" + "".join(f"; or `{w}`" for w in ref.words)
        same = [n for n, c in campaign.colours.items() if c.hex == ref.name.strip().upper()]
        if same:  # accent's "#FCBB1B" written for accent: the name to write
            hints = (
                f"'{ref.name}' is the rgb of colour '{same[0]}' in campaign.yaml: colours are "
                f"named, write {ref.key}: {same[0]}",
            )
        elif ref.name.startswith("#") or ref.name.lower().startswith(("rgb", "cmyk")):
            # a colour value where a name goes: the kit's colours are named, each with the
            # CMYK it prints in and the sRGB it shows in
            hints = (
                f"{hint}; a new one is added under `colours:` in campaign.yaml, with its "
                "cmyk: (print) and rgb: (screens), and named here",
            )
        errs.error("ref.colour", f"unknown colour '{ref.name}'", ref.mark, *(hints or (hint,)))
    elif ref.kind == "link":
        hint = "add it under 'links:' in campaign.yaml"
        errs.error("ref.link", f"unknown link '{ref.name}'{in_slot}", ref.mark, *(hints or (hint,)))
    elif ref.kind == "field":
        from .offices import contact_meant  # `hide: [phone]`: the kit's helpline

        hint = "add it under 'fields:' in campaign.yaml (it may stay empty)"
        msg = f"unknown field '{ref.name}'{in_slot}"
        errs.error(
            "ref.field", msg, ref.mark, *(hints or contact_meant(ref.name, known) or (hint,))
        )
    else:
        hint = f"add it to {source.path.name if source else 'strings'}"
        where = f" for the alt text of slot '{ref.slot}'" if ref.key == "alt" else in_slot
        msg = f"unknown string '{ref.name}'{where}"
        errs.error("ref.string", msg, ref.mark, *(hints or (hint,)))


def unwritten_code_hints(
    code: str, languages: dict[str, Language], or_else: str = ""
) -> tuple[str, ...]:
    """The hints for a language code a kit file names (campaign.yaml's `languages:` and
    `source_language:`, an office's `fields_by_language:` and `strings:`) that has no strings
    file. A code a strings file may have (LANG_CODE, the language's own code: not a country's,
    not another code of a language) is told to add that file (`or_else` after it), the code
    meant first where one is near; any other gets the command line's answer to `--lang`
    (`code_hints`): a language's name (`arabic`: write its code, 'ar'), another case (FA),
    a country's code (kh: km), another code of a language (iw: he). `arabic:` under an
    office's `fields_by_language:` was told to add materials/strings/arabic.yaml."""
    from .strings import LANG_CODE

    if LANG_CODE.match(code) and canonical_code(code) == code and not not_a_language(code):
        return (*did_you_mean(code, languages), f"add materials/strings/{code}.yaml{or_else}")
    return code_hints(code, languages, new_language=True)


def check_languages(
    campaign: Campaign,
    languages: dict[str, Language],
    errs: Collector,
    unreadable: frozenset[str] = frozenset(),
) -> None:
    """The source language and every listed language have a strings file; every file has
    every key of the source (missing keys fall back to the source language with a warning;
    extra keys are warnings too), and each translation's typing slips, two spaces or
    typewriter quotes, are warnings (`translate.typography`). Languages whose file is there
    but could not be read (`unreadable`: its own error says why) are not reported again."""
    source = languages.get(campaign.source_language)
    if source is None and campaign.source_language in unreadable:
        return
    if source is None:
        code = campaign.source_language
        errs.error(
            "ref.language",
            f"the source language '{code}' has no strings file",
            campaign.source_mark or campaign.mark,
            *unwritten_code_hints(code, languages),
        )
        return
    marks = campaign.language_marks
    for i, code in enumerate(campaign.languages):
        if code not in languages and code not in unreadable:
            errs.error(
                "ref.language",
                f"language '{code}' is listed in campaign.yaml but has no strings file",
                marks[i] if i < len(marks) else campaign.mark,
                *unwritten_code_hints(code, languages, f", or remove '{code}' from 'languages'"),
            )
    from ..translate.typography import language_warnings  # it reads kit.strings' entries

    known = known_fields(campaign)
    for lang in languages.values():
        fields = {**known, **lang.fields}
        _check_keys(source, lang, errs, fallback_chain(lang, languages, source.code), fields)
        _check_placeholders(lang, fields, errs, source)
        if lang is not source and not lang.pseudo:  # two spaces, typewriter quotes
            errs.extend(language_warnings(source, lang))
        if not lang.pseudo:
            _in_its_script(source, lang, errs)


def _in_its_script(source: Language, lang: Language, errs: Collector) -> None:
    """A `strings.script` warning for each text (and short variant) of `lang` mostly in
    another script than the language's (`translate.checks.script_problem`), at its key: an
    English sentence left in am.yaml printed on the Amharic pages without a word, though
    `strings import` refuses a whole file in another script (an office's trial). Not a copy
    of the source's text (`strings.untranslated` tells those)."""
    from ..translate.checks import script_problems  # it reads kit.strings' entries

    for key, entry in lang.strings.items():
        src = source.strings.get(key)
        theirs = (src.text, judged_by(src, "short")) if src else (None, None)
        for part, said, fix in script_problems(entry, lang, theirs):
            errs.warn(
                "strings.script",
                f"the text{part} {said}",
                entry.mark,
                f"{fix}; with --strict this is an error",
                subject=Subject(language=lang.code, key=key),
            )


def _copied(source: Language, lang: Language, errs: Collector) -> None:
    """Strings that still have the source's very words (a language made by copying en.yaml,
    partly translated) are one `strings.untranslated` warning per language: they printed in
    English on the language's materials, `check --strict` passing (an office's trial), while
    `strings export` already counted them as "to translate" (translate.entries.status_of,
    the same rule: a text of hashtags, addresses and {fields} alone may stay; a word that is
    the same in both, French "Contact", is confirmed by its `source:`)."""
    if lang.pseudo or lang.code.split("-")[0] == source.code.split("-")[0]:
        return  # en-US beside en: the same words are its own
    from ..translate.entries import status_of

    copied = [
        (key, entry)
        for key, entry in lang.strings.items()
        if key in source.strings
        and status_of(source.strings[key], entry, lang, source.code) == "to translate"
    ]
    if not copied:
        return
    keys = some_keys([k for k, _ in copied])
    errs.warn(
        "strings.untranslated",
        f"{lang.path.name} has {len(copied)} string(s) with the very words of "
        f"{source.path.name}: {keys}; they print in {source.name} until translated",
        copied[0][1].mark,
        f"translate them; a text that is the same in {lang.name} (a name) is kept with "
        f"`source:` set to the {source.name} text, as strings import writes it (with --strict "
        "this is an error)",
        subject=Subject(language=lang.code),
    )


def judged_by(src: StringEntry, part: str) -> str:
    """The source text whose `{field}` placeholders a translation's `part` ("text", or
    "short": its short variant) must have, and by which its braces around a field's name are
    judged (`check_braces`' `wanted`): the source's `text`; for a short variant the source's
    `short`, and where the source has none, its `text`. A short variant prints in its text's
    place where the full text does not fit (docs/errors.md, `text.short-variant`): where the
    source has no short text, what prints in that place in the source language is its full
    text, {helpline} and all, and a translator's file shows it as the short entry's source
    (`translate.entries.Entry.short_of`). The one rule of `check` (`ref.field`,
    `strings.placeholder`, an office's texts too), of `strings import`
    (`translate.placeholder`, `ref.field`) and of an export's status: `strings import` judged
    a short variant the source lacks against its full text and named its braces as "the
    source changed since the export" (the file's short source cell, empty), and `check`
    judged its placeholders not at all."""
    return src.text if part == "text" else (src.short or src.text)


def placeholder_change(text: str, want: str, known: Collection[str]) -> tuple[list[str], list[str]]:
    """(lacks, more): the `{field}` placeholders of `want` (the source's text) that `text`
    lacks, and those of `text` that `want` has not, of fields `known` only. A placeholder of
    no known field is `check_braces`' error (it prints as written, braces and all), and so is
    one of `want`'s that it misspells (`{helpine}` for {helpline}: that error's "did you
    mean"): one cause, one diagnostic. A translator's `{helpine}` was an error and a
    `strings.placeholder` warning too, and an office's text with it only the warning (the
    build published a poster reading "{helpine}")."""
    has = placeholders(text)
    unknown = [p[1:-1] for p in has if p[1:-1] not in known]
    meant = {"{" + n + "}" for u in unknown if (n := closest(u, known)) is not None}
    mine = {p for p in has if p[1:-1] in known}
    wanted = {p for p in placeholders(want) if p[1:-1] in known}
    return sorted(wanted - mine - meant), sorted(mine - wanted)


def _same_placeholders(
    source: Language, lang: Language, errs: Collector, known: Collection[str]
) -> None:
    """Each translation (and short variant, against the source's text `judged_by` names) has
    the `{field}` placeholders of the source's text: the English `cta` gained {helpline}, and every
    translation went on printing without the helpline, `check --strict` passing, until an
    import happened to read it (`strings.placeholder`, a warning; an error with --strict). A
    text that is the source's own words (not yet translated) has them. Placeholders of no
    field of `known` are `check_braces`' (`placeholder_change`)."""
    for key, entry in lang.strings.items():
        src = source.strings.get(key)
        if src is None:
            continue
        pairs = [("", entry.text, src.text)]
        if entry.short:
            pairs.append((" (short)", entry.short, judged_by(src, "short")))
        for part, text, want in pairs:
            lacking, added = placeholder_change(text, want, known)
            if not lacking and not added:
                continue
            lacks, more = ", ".join(lacking), ", ".join(added)
            theirs = f"{source.path.name}'s text"
            export = command(f"strings export --lang {lang.code}")
            if lacks and more:
                said = f"lacks {lacks} and has {more}, unlike {theirs}"
            elif lacks:
                said = f"lacks {lacks}, which {theirs} has: {lang.name} prints without it"
            else:
                said = (
                    f"has {more}, which {theirs} has not: {lang.name} prints "
                    f"{'its value' if len(added) == 1 else 'their values'}, {source.name} not"
                )
            errs.warn(
                "strings.placeholder",
                f"the translation{part} {said}",
                entry.mark,
                f"have the text translated again (`{export}` marks it outdated); with --strict "
                "this is an error",
                subject=Subject(language=lang.code, key=key),
            )


# how `check` names a short variant in an error about it (the subject names the key)
SHORT_NAMED = "its short variant: "

# Braces in a string: a `{field}` placeholder, or what a person may have meant as one
# (`{}`, `{ helpline }`, `{help line}`). A string has no other use for braces.
BRACES = re.compile(r"\{([^{}\n]{0,40})\}")


BRACE = re.compile(r"[{}]")


def lone_braces(text: str) -> list[tuple[int, str]]:
    """Each brace of `text` that no pair of BRACES takes and that stands beside none (a
    second brace around a placeholder is stray_braces'), with what it shows: `{helpline.`
    (an opening brace and the name after it) or `}`. Such a text printed as written."""
    taken = [m.span() for m in BRACES.finditer(text)]
    out = []
    for brace in BRACE.finditer(text):
        i, ch = brace.start(), brace[0]
        if any(start <= i < end for start, end in taken):
            continue
        # a second brace the same way round beside a pair ({{helpline}, {helpline}}):
        # stray_braces' to name; `}{helpline}` and `{helpline}{` are lone ones
        if any((ch == "{" and i == start - 1) or (ch == "}" and i == end) for start, end in taken):
            continue
        word = re.match(r"\{[A-Za-z_][A-Za-z0-9_-]*", text[i:]) if ch == "{" else None
        out.append((i, word[0] if word else ch))
    return out


# a placeholder written the wrong way round, `}helpline{` (typed in a right-to-left editor, a
# Persian translator's trial: two errors said to remove a brace)
REVERSED = re.compile(r"\}\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\{")


def reversed_placeholders(text: str) -> list[tuple[int, str, str]]:
    """Each placeholder of `text` written the wrong way round (`}helpline{`, braces that no
    pair of BRACES takes: `lone_braces`), as (where its first brace is, as written, the
    field's name)."""
    lone = {i for i, _ in lone_braces(text)}
    return [
        (m.start(), m[0], m[1])
        for m in REVERSED.finditer(text)
        if m.start() in lone and m.end() - 1 in lone
    ]


def _check_placeholders(
    lang: Language, known: dict[str, Any], errs: Collector, source: Language
) -> None:
    """Every `{name}` in a string's text (and its short variant) names a field of the campaign,
    an office's contact fields or the language's own (`check_braces`). A translation's braces
    around a field's name are judged by the placeholders of `source`'s text of its key (its
    short variant's, where it has one, else its text's: `judged_by`), as `strings import`
    judges them: `{ helpline }` where the source has no `{helpline}` is to remove (the hint
    said to write `{helpline}`, and the next check warned of a placeholder the source has
    not, `strings.placeholder`). A short variant's are named so ("its short variant: ...")."""
    for key, entry in lang.strings.items():
        src = source.strings.get(key) if lang is not source else None
        for text, theirs, what, place in (
            (entry.text, src.text if src else None, "", entry.place_of),
            (
                entry.short or "",
                judged_by(src, "short") if src else None,
                SHORT_NAMED,
                entry.short_place_of,
            ),
        ):
            check_braces(
                text,
                known,
                entry.mark,
                errs,
                what,
                subject=Subject(language=lang.code, key=key),
                place=place,
                wanted=placeholders(theirs) if theirs is not None else None,
            )


def check_braces(
    text: str,
    known: Mapping[str, Any],
    mark: Mark,
    errs: Collector,
    what: str = "",
    subject: Subject | None = None,
    place: Callable[[str, int], Mark] | None = None,
    wanted: Set[str] | None = None,
    where: Callable[[str], Mark] | None = None,
) -> bool:
    """Every `{name}` in `text` names a field of `known`: resolve.fill leaves an unknown one as
    written, so `{helpine}` printed as it is on a print-ready poster, with check --strict
    passing. Braces around anything else (`{}`, `{ helpline }`) are an error too, and so is a
    brace without its other one (`{helpline.`: it printed as typed); language marks
    (`{lang=en}Blue Heart{/lang}`) are no field, and each that is not one is a
    `strings.lang-mark` error (`text.langmarks.lang_mark_problems`), at its own place where
    `place` finds what is written (`StringEntry.place_of`), else at `mark`. `what` names the
    text first (a translator's file: "'qr_label': ", as `strings import` checks a
    translation with the codes and words of the kit's own files). `wanted`: the placeholders
    the text may have (an imported translation: its source text's), where braces around a
    field's name that is none of them are to remove, not to write as a placeholder (the
    translator was told to write `{helpline}`, and then, by the next import, to remove it).
    `where` finds where braces are written (`{ helpline }`, `{helpline`, `}`: an imported PO
    file's msgstr, an XLIFF file's <target>, `Incoming.place_of`): their errors are there,
    else where `place` finds them (a strings file's or an office's text: the line and column
    of `{helpine}`, not its key's), else at `mark`. Returns whether it is fine."""
    fine = True

    def at(shown: str, i: int | None = None) -> Mark:
        """Where `shown`, at offset `i` of the text, is written: found by `where`, else by
        `place`, passing the `shown` before it (the lone `{` of `{helpline}{`, not the
        placeholder's), else `mark`."""
        if where is not None:
            return where(shown)
        if place is not None:
            return place(shown, text[:i].count(shown) if i is not None else 0)
        return mark

    def fix(named: str, how: str) -> str:
        """The hint for braces that mean the field `named`: `how` to write it, or, where
        `wanted` has no such placeholder, to remove them."""
        if wanted is not None and "{" + named + "}" not in wanted:
            return f"remove it: the source text has no placeholder {{{named}}}"
        return how

    turned = reversed_placeholders(text)  # }helpline{: one error, not one per brace
    for _, shown, name in turned:
        if name not in known:  # an unknown name: its lone braces are named below
            continue
        fine = False
        errs.error(
            "ref.field",
            f"{what}'{shown}' is the placeholder {{{name}}} with its braces reversed: it "
            "would print as written",
            at(shown),
            fix(name, f"reversed: write {{{name}}}"),
            subject=subject,
        )
    skip = {
        i for start, shown, name in turned if name in known for i in (start, start + len(shown) - 1)
    }
    # a brace that begins a language mark is the mark's to name (`{/lang` never closed was
    # also a placeholder "it never closes", at the same place: one cause, one error)
    marks = mark_starts(text)
    for i, shown in lone_braces(text):
        if i in skip or i in marks:
            continue
        fine = False
        name = shown[1:]
        errs.error(
            "ref.field",
            what
            + (
                f"'{shown}' opens a placeholder it never closes: it would print as written"
                if shown.startswith("{")
                else "a closing brace '}' without its opening one: it would print as written"
            ),
            at(shown, i),
            fix(name, f"write {{{name}}}")
            if name in known
            else "write a placeholder as {field} (helpline, website, ...), or remove the brace",
            subject=subject,
        )
    for shown in stray_braces(text):  # {{helpline}} printed "{0800 123 456}"
        field = shown.strip("{}")
        if field not in known:  # an unknown field: named below
            continue
        fine = False
        both = shown.startswith("{{") and shown.endswith("}}")
        errs.error(
            "ref.field",
            f"{what}'{shown}' has "
            + (
                f"braces around the placeholder {{{field}}}: the value would print in braces"
                if both
                else f"a brace beside the placeholder {{{field}}}: it would print"
            ),
            at(shown),
            f"write {{{field}}}, with one pair of braces",
            subject=subject,
        )
    for problem in lang_mark_problems(text):  # {lang=en}Blue Heart{/lang}
        fine = False
        errs.error(
            "strings.lang-mark",
            f"{what}the language mark '{problem.shown}' {problem.message}",
            place(problem.shown, 0) if place is not None else at(problem.shown),
            problem.fix,
            subject=subject,
        )
    for match in BRACES.finditer(text):
        name = match[1]
        if name in known or LANG_MARK.fullmatch(match[0]) or match.start() in marks:
            continue
        fine = False
        if PLACEHOLDER.fullmatch(match[0]):
            near = closest(name, known)
            hints = (
                (f"did you mean {{{near}}}?",)
                if near is not None
                else ("add it under 'fields:' in campaign.yaml (it may stay empty)",)
            )
            errs.error(
                "ref.field",
                f"{what}the field '{match[0]}' is in no campaign, office or language file: it "
                "would print as written",
                at(match[0], match.start()),
                *hints,
                subject=subject,
            )
            continue
        named = name.strip()
        hint = (
            fix(named, f"write it without spaces: {{{named}}}")
            if named in known
            else "write {field} with a field's name (helpline, website, ...), or remove the braces"
        )
        errs.error(
            "ref.field",
            f"{what}'{match[0]}' is not a field placeholder: it would print as written",
            at(match[0], match.start()),
            hint,
            subject=subject,
        )
    return fine


SHOWN_KEYS = 12  # the keys a warning about a language's strings names; a count says the rest


def some_keys(keys: list[str]) -> str:
    """`keys` for a message: the first SHOWN_KEYS, and how many more there are."""
    more = len(keys) - SHOWN_KEYS
    return ", ".join(keys[:SHOWN_KEYS]) + (f" and {more} more" if more > 0 else "")


def _check_keys(
    source: Language,
    lang: Language,
    errs: Collector,
    parents: tuple[Language, ...],
    known: Collection[str],
) -> None:
    """A language's keys against the source's: those it lacks (`strings.missing`; with
    `parents`, Kit.fallbacks, only those that none of them gives: es-419.yaml with one text
    takes the others from es.yaml), outdated, with other placeholders, copied, unused. A key
    it lacks that one of its own misspells (`_misspelt`) is told once, at that key."""
    missing = [k for k in source.strings if k not in lang.strings]
    misspelt = _misspelt(source, lang, missing)
    missing = [k for k in missing if k not in misspelt.values()]
    if parents:
        _missing_in_chain(source, lang, missing, parents, errs, len(misspelt))
    elif missing:
        # the keys once, in the message, at most SHOWN_KEYS of them: a new language's file
        # lacks every key, and its warning named all 27 twice (as its subject too), on one
        # line of 900 characters; the export lists them all
        every = "it" if len(missing) == 1 else f"all {len(missing)}"
        errs.warn(
            "strings.missing",
            f"{lang.path.name} lacks {len(missing)} string(s) that "
            f"{source.path.name} has: {some_keys(missing)}; until translated, the "
            f"{source.name} text stands in (printed, or read out where it is a picture's alt:)",
            Mark(lang.path, 1, 1),
            f"translate them: `{command(f'strings export --lang {lang.code}')}` lists {every}, "
            "marked "
            f'"to translate", in a file for a translator, and `strings import` reads it back '
            "(with --strict this is an error)",
            subject=Subject(language=lang.code),
        )
    for key, meant in misspelt.items():  # at the key that misspells it, in the file's order
        _misspelt_warning(source, lang, key, meant, parents, errs)
    outdated = [
        (k, e)
        for k, e in lang.strings.items()
        if k in source.strings and e.made_from_other(source.strings[k]) != (None, None)
    ]
    if outdated and lang.code != source.code:
        keys = ", ".join(k for k, _ in outdated)
        errs.warn(
            "strings.outdated",
            f"{lang.path.name} has {len(outdated)} string(s) translated from an earlier "
            f"{source.name} text than {source.path.name} has now: {keys}; they print as "
            "translated",
            outdated[0][1].mark,
            f"export the language (`{command(f'strings export --lang {lang.code}')}`): these are "
            "marked there, "
            "with the text they were translated from, for the translator to update",
            subject=Subject(language=lang.code, key=keys),
        )
    if lang.code != source.code:
        _same_placeholders(source, lang, errs, known)
        _copied(source, lang, errs)
    for key, entry in lang.strings.items():
        if key not in source.strings and key not in misspelt:
            errs.warn(
                "strings.unused",
                f"string '{key}' is not in {source.path.name} and is never used",
                entry.mark,
                *did_you_mean(key, source.strings),
            )


def _misspelt(source: Language, lang: Language, missing: Collection[str]) -> dict[str, str]:
    """The keys of `lang` that the source has not whose closest key of the source (`closest`,
    as `strings.unused`'s "did you mean" finds it) is one `lang` lacks (`missing`), each to
    that key: a translator's `cta_jion:` was told twice, by a `strings.missing` warning at
    the file's first line (cta_join prints in English) and a `strings.unused` one at the key
    (did you mean 'cta_join'?), and read the first as a text to translate. One key of
    `lang` to each key it lacks, the first in the file."""
    meant: dict[str, str] = {}
    for key in lang.strings:
        if key in source.strings:
            continue
        near = closest(key, source.strings)
        if near is not None and near in missing and near not in meant.values():
            meant[key] = near
    return meant


def _misspelt_warning(
    source: Language,
    lang: Language,
    key: str,
    meant: str,
    parents: tuple[Language, ...],
    errs: Collector,
) -> None:
    """The `strings.missing` warning of a key `lang` lacks (`meant`) that its `key`
    misspells (`_misspelt`), at that key: the text there prints nowhere, and `meant`'s
    prints in the first of `parents` that has it (es for es-419), else in the source
    language."""
    giver = next((p for p in parents if meant in p.strings), source)
    errs.warn(
        "strings.missing",
        f"string '{key}' is not in {source.path.name}, and {lang.path.name} lacks its "
        f"'{meant}': that one prints in {giver.name}, and this text nowhere",
        lang.strings[key].mark,
        f"did you mean '{meant}'? spell the key as {source.path.name} does ({meant}:), and "
        "this text prints in its place (with --strict this is an error)",
        subject=Subject(language=lang.code),
    )


def _missing_in_chain(
    source: Language,
    lang: Language,
    missing: list[str],
    parents: tuple[Language, ...],
    errs: Collector,
    misspelt: int = 0,
) -> None:
    """`strings.missing` for a language with parents in the kit (es for es-419): only the
    keys that neither it nor any parent gives (they print in the source language), saying
    which parent prints the others; nothing when the chain gives every key. The regional
    file's trial: "es-419.yaml lacks 26 string(s) ... they print in English", as they did.
    `misspelt`: how many more it lacks, each told at the key that misspells it."""
    by_parent: dict[str, list[str]] = {p.code: [] for p in parents}
    lost = []
    for key in missing:
        giver = next((p for p in parents if key in p.strings), None)
        if giver is None:
            lost.append(key)
        else:
            by_parent[giver.code].append(key)
    if not lost:
        return
    names = " and ".join(p.path.name for p in parents)
    lack = "lacks" if len(parents) == 1 else "lack"
    parts = [
        f"{len(by_parent[p.code])} in {p.name} ({p.path.name})"
        for p in parents
        if by_parent[p.code]
    ]
    parts.append(
        f"{len(lost)} in {source.name} until translated, as {names} {lack} "
        f"{'it' if len(lost) == 1 else 'them'} too: {some_keys(lost)}"
    )
    parts[0] = parts[0].replace(" in ", " print in ", 1)  # 25 print in Spanish (es.yaml)
    shares = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    own = len(source.strings) - len(missing) - misspelt
    nearest = parents[-1]  # the bare language (es): what every regional file prints
    more = f" ({misspelt} more misspelt, told at their keys)" if misspelt else ""
    errs.warn(
        "strings.missing",
        f"{lang.path.name} gives {own} string(s) of {source.path.name}'s {len(source.strings)}; "
        f"of the other {len(missing)}{more}, {shares}",
        Mark(lang.path, 1, 1),
        f"translate them for {nearest.name}: "
        f"`{command(f'strings export --lang {nearest.code}')}` lists them, "
        f'marked "to translate", and {lang.code} prints {nearest.code}\'s texts; or give '
        f"{lang.path.name} its own (with --strict this is an error)",
        subject=Subject(language=lang.code),
    )
