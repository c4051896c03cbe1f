"""The source text an imported translation translates, and the check that the translation
keeps its `{field}` placeholders and makes no stray braces."""

from __future__ import annotations

from collections.abc import Mapping

from ..diagnostics import (
    Collector,
    did_you_mean,
)
from ..kit.references import BRACES, check_braces, lone_braces, reversed_placeholders
from ..model import Language
from ..resolve import placeholders, stray_braces
from ..text.langmarks import ANY as LANG_MARK
from ..text.langmarks import mark_starts
from .entries import Incoming


def source_text_of(
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


def same_placeholders(
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
    the import of the corrected file too; braces around a field's name the source has not
    (`{ helpline }` where it has no `{helpline}`) are to remove, and the hint says so. An
    error is at the braces it names where the file tells their place (`Incoming.place_of`:
    a PO msgstr's, an XLIFF <target>'s), the first the source has not; else, and for a
    placeholder left out, at the translation's start."""
    wanted, got = placeholders(want), placeholders(item.translation)
    doubled = sorted(set(stray_braces(item.translation)) - set(stray_braces(want)))
    if doubled:  # {{helpline}} printed the value in braces
        errs.error(
            "translate.placeholder",
            f"'{item.key}'{item.suffix}: the translation has {', '.join(doubled)}: a brace "
            "beside a placeholder prints beside its value",
            item.place_of(min(doubled, key=item.translation.index)),
            "keep every {name} of the source, unchanged, with one pair of braces",
        )
        return False
    if wanted == got:  # braces that make no placeholder, as the kit's check finds them
        return check_braces(
            item.translation,
            known,
            item.mark,
            errs,
            f"'{item.key}'{item.suffix}: ",
            wanted=wanted,
            where=item.place_of,
        )
    # what else it has in braces: a name translated ({téléphone}), `{ helpline }`, `{}`
    marks = mark_starts(item.translation)  # {lang=en}, `{/lang Blue}`: no field
    braced = [
        m[0]
        for m in BRACES.finditer(item.translation)
        if m[0] not in got and not LANG_MARK.fullmatch(m[0]) and m.start() not in marks
    ]
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
    turned = [  # `}helpline{` for {helpline}
        (shown, name)
        for _, shown, name in reversed_placeholders(item.translation)
        if "{" + name + "}" in lacks
    ]
    hints += [f"reversed: write {{{name}}}" for _, name in turned]
    # the file's own copy of the source (its short source cell is empty for a short variant
    # the source lacks: `want` is then its full text, and no change of the source is shown)
    if item.source and item.source != want:
        if placeholders(item.source) == got:
            message += (
                f" (the source changed since {item.mark.path.name} was exported: its own copy "
                f"of the source has {', '.join(sorted(got)) or 'none'})"
            )
            # a translator's trial: the whole file refused for one text, and the hint gave
            # no way to import the others, short of typing them again in a new export
            hints = [
                "translate the source as it is now here (its placeholders: "
                f"{', '.join(sorted(wanted)) or 'none'}); or delete this entry from the "
                "file, import the others, then export the "
                "language again for this one (a CAT tool's or `msgmerge`'s update of the file "
                "to a new export keeps the translations)"
            ]
    # at the first braces written that the source has not ({téléphone} for {helpline}),
    # where the file tells their place; a placeholder left out has none: the text's start
    extra = [p for p in has if p not in wanted and p in item.translation]
    first = min(extra, key=item.translation.index) if extra else None
    first = first if first is not None or not turned else turned[0][0]
    at = item.place_of(first) if first is not None else item.mark
    errs.error("translate.placeholder", message, at, *hints)
    return False
