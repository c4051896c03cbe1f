"""A reviewer's sign-off of a language in their file (a PO's `X-Status: reviewed`, an
XLIFF whose every segment is `final`: `Parsed.signed_off`), and whether an import takes it.

A sign-off marks the strings file `status: reviewed` only when it is a reviewer's of texts
the language still has. It is not taken, and `translate.sign-off` says why, when:

1. the export wrote it: a file exported while the language was reviewed already says
   reviewed as exported (`Parsed.exported_reviewed`), and says nothing of the language
   once it was set back to draft;
2. it was taken once already, by an earlier import of the same export (the import record,
   `SIGNED`), and the language has been set back to draft since: the file predates that;
3. the file does not give every text the language has now, as it has it: a key the source
   gained since the export (a maintainer sets a reviewed language back to draft for new
   strings), a text left empty, fuzzy, outdated, or changed in the strings file since.

Without these a maintainer's `status: draft` for new strings was undone by the same old
signed-off file imported again (a review)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..diagnostics import Diagnostic, Mark, Severity
from ..model import Language
from .entries import Incoming, Parsed, export_command, tidy

# the import record's entry (`store._Merge.record`, by export) saying that a file of that
# export signed language CODE off, and the language was reviewed after its import
SIGNED = "signed-off:{code}"
# how many of the texts a sign-off does not cover its warning names
NAMED = 5


def refused_sign_off(
    parsed: Parsed,
    path: Path,
    code: str,
    strings: Path,
    record: Mapping[str, str],
    texts: Mapping[str, Mapping[str, str]],
    source: Language,
    outdated: set[str],
) -> Diagnostic | None:
    """The `translate.sign-off` warning of a sign-off that is not taken (the module's
    rules), or None when it is (or the file signs nothing off). `path`: the file; `code`:
    its language, whose strings file is `strings`; `record`: what earlier imports of its
    export kept; `texts`: the strings file's texts as the import leaves them, by key and
    part; `outdated`: the keys whose outdated text the file left as it was."""
    if not parsed.signed_off:
        return None
    name = strings.name
    if parsed.exported_reviewed:
        why = (
            f"it was exported while {name} said `status: reviewed`, and says so as it was "
            "exported, not as a reviewer marked it since"
        )
    elif record.get(SIGNED.format(code=code)):
        why = (
            "an earlier import of its export took this sign-off, and the language was set "
            "back to draft after it (the file predates that)"
        )
    else:
        lacking = not_signed(parsed, texts, source, outdated)
        if not lacking:
            return None
        names = ", ".join(lacking[:NAMED])
        more = f" and {len(lacking) - NAMED} more" if len(lacking) > NAMED else ""
        why = f"it does not give every text the language has now, as it has it: {names}{more}"
    export = export_command(code, path)  # in the reviewer's format: XLIFF's for an .xlf
    return Diagnostic(
        "translate.sign-off",
        f"{path.name} signs {code} off ({parsed.signed_off}), but {why}: {name} is left "
        "`status: draft`",
        parsed.signed_off_mark or Mark(path, 1, 1),
        (
            f"for a review, export the language again (`{export}`), have every text "
            "translated, and have the reviewer sign that file off, then import it",
        ),
        Severity.WARNING,
    )


def not_signed(
    parsed: Parsed,
    texts: Mapping[str, Mapping[str, str]],
    source: Language,
    outdated: set[str],
) -> list[str]:
    """The texts of the source's keys that the file does not sign off, each "key (why)",
    in the source's order: every key's text, and a short variant the strings file has,
    must be the file's own translation (not fuzzy), made from the source's text now."""
    given = {(i.key, i.part): i for i in parsed.items}
    out = []
    for key, entry in source.strings.items():
        own = texts.get(key, {})
        for part in ("text", "short"):
            now = own.get(part, "")
            if part == "short" and not now:
                continue  # a short variant is the translator's choice
            why = _why(given.get((key, part)), now)
            made_from = own.get("source")  # the source's text it translates, where known
            if (
                why is None
                and part == "text"
                and (key in outdated or made_from not in (None, entry.text))
            ):
                why = "outdated"
            if why is not None:
                out.append(f"{key}{' (short)' * (part == 'short')} ({why})")
    return out


def _why(item: Incoming | None, now: str) -> str | None:
    """Why the file's `item` does not sign off the strings file's text `now`; None when it
    does."""
    if item is None:
        return "not in the file"
    if item.fuzzy:
        return "fuzzy"
    if not item.translation:
        return "left empty"
    if item.translation != tidy(now):
        return "not as the strings file has it"
    return None
