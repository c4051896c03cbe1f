"""What an imported text was made from: the export's digest of each text (`exported`), the
source text each translation records as its origin (`source:`), and whether a text is
outdated, changed since the export, or carries no digest at all."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import (
    Diagnostic,
    Mark,
    Severity,
)
from ..kit.references import judged_by
from ..model import Language, StringEntry
from ..resolve import placeholders
from .entries import EXPORTED, Incoming, Parsed, digests, exported, has_words, tidy


def unchecked_warning(
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
    lacking = [item for item in with_text if exported_base(item, code) is None and had(item)]
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


def export_of(parsed: Parsed) -> str | None:
    """The id of the export the file was made by (`entries.new_export_id`), or None."""
    for item in parsed.items:
        found = EXPORTED.fullmatch(item.base or "")
        if found and found[3]:
            return found[3]
    return None


def text_difference(was: str, now: str, around: int = 30) -> tuple[str, str]:
    """The two texts on one line each, where they differ: from a little before the first
    character that differs (a long text cut at its start looked the same in both)."""
    a, b = visible_text(was), visible_text(now)
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


def visible_text(text: str) -> str:
    """`text` on one line with its line breaks, no-break spaces and tabs shown (⏎ ⍽ ⇥): two
    texts that differ only there looked the same."""
    return "".join(VISIBLE.get(ch, ch) for ch in text)


def exported_base(item: Incoming, code: str) -> str | None:
    """The digest of `item`'s translation as exported, when the file was exported for
    language `code` (the one imported into); else None: there is nothing to compare."""
    found = EXPORTED.fullmatch(item.base or "")
    return found[2] if found and found[1].casefold() == code.casefold() else None


def since_export(
    item: Incoming,
    now: str,
    base: str | None,
    earlier: str | None,
    overwrite: bool,
    same_file: bool = False,
) -> str | None:
    """What the digests say of `item`, whose strings file's text is `now`: where the strings
    file changed it since the export (`base`: the digest of the text as exported; `earlier`:
    the one this export's own earlier import wrote; `same_file`: that import was of the file
    imported now, by its path), "unchanged" (the file has it as the strings file does),
    "kept" or "kept own" (the file has it as exported, or as its earlier import wrote it:
    the strings file's newer text is kept; "kept own" where that newer text is an earlier
    import's of the same export, from another file: a copy), "taken back" (the file has it
    as exported again, and the strings file has it as this same file's earlier import wrote
    it: its translator took their change back, a markup or a letter a warning named), or
    "conflict" (both changed it, to different texts); None where the file's text is taken."""
    nows = digests(now)  # an NFD text an earlier import wrote: its export's digest too
    if base is None or base in nows:  # not changed since the export
        return None
    mine = exported(item.translation)
    own = earlier in nows
    if own and mine == base and mine not in nows and (same_file or overwrite):
        # the same file, fixed and imported again (the text as exported again), takes its
        # own change back; a copy of its export given to someone else who left the text so
        # (another file) keeps it unless --overwrite says the file is right (a review: the
        # copy undid the first translator's change)
        return "taken back"
    if mine in (base, earlier):
        if mine in nows:
            return "unchanged"
        return "kept own" if own else "kept"
    # --overwrite: a conflict is the file's (a text it left as exported stays kept)
    if not overwrite and not own and item.translation != tidy(now):
        return "conflict"
    return None


def is_outdated(lang: Language | None, source: Language, item: Incoming, want: str) -> bool:
    """Whether the strings file's text of `item` (`lang`'s) is outdated against the source's
    text now (`want`: for a short variant the source lacks, its full text): made from
    another text (its `source:`, `short_source:`), or without the source's placeholders."""
    own = lang.strings.get(item.key) if lang is not None else None
    if own is None:
        return False
    text = own.text if item.part == "text" else own.short or ""
    made = own.made_from_other(source.strings[item.key])[0 if item.part == "text" else 1]
    return made is not None or placeholders(text) != placeholders(want)


def outdated_note(
    items: list[Incoming], source: Language, path: Path, lang: Language
) -> Diagnostic:
    """A warning (`translate.outdated`) naming the outdated texts the file leaves as they are
    (`items`), which the import kept without judging them against the source's texts now:
    each with the placeholders its source's text gained, where it did."""
    names = []
    for item in items:
        want = judged_by(source.strings[item.key], item.part)
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


def set_origin(current: dict[str, str], source: str | None, origin: str = "source") -> None:
    """Keep with a translated text the source's text the translator worked from (the file's
    msgid, <source> or source column), so that a later change of the source's text shows the
    translation as outdated (`strings.outdated`); a file that does not give it leaves the
    text unjudged."""
    if source:
        current[origin] = source
    else:
        current.pop(origin, None)


def new_origin(
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


def entry_fields(e: StringEntry) -> dict[str, str]:
    return {
        "text": e.text,
        **({"short": e.short} if e.short else {}),
        **({"note": e.note} if e.note else {}),
        **({"source": e.source} if e.source else {}),
        **({"short_source": e.short_source} if e.short_source else {}),
    }
