"""`new language XX`: a strings file to start a translation from.

The file has the header of every strings file (language, its English and own names from
CLDR, `status: draft`) and under `strings:` every key of the source language as a comment
marked `to translate`, with the source's text, short variant and note. The kit reads it as a
language without texts: each one prints in the source language (a `strings.missing`
warning, as for any key a translation lacks) until its comment is made an entry."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Mark, failure
from ..kit.strings import LANG_CODE
from ..model import Kit
from .store import language_names, new_header, write_strings


def new_language(kit: Kit, code: str) -> Path:
    """Write materials/strings/<code>.yaml; refuses a language the kit has or a bad code."""
    folder = kit.root / "materials" / "strings"
    path = folder / f"{code}.yaml"
    if code in kit.languages or path.exists():
        where = kit.languages[code].path if code in kit.languages else path
        raise failure(
            "translate.read",
            f"the kit already has language '{code}'",
            Mark(where, 1, 1),
            f"export it to translate it: python generate.py strings export --lang {code}",
        )
    if not LANG_CODE.match(code) or language_names(code) is None:
        raise failure(
            "translate.read",
            f"'{code}' is not a language code",
            None,
            "use a BCP 47 code CLDR knows: ko, fr, sw, zh-Hant, pt-BR...",
        )
    source = kit.languages[kit.campaign.source_language]
    path.write_text(new_header(code, f"from {source.path.name}"), encoding="utf-8")
    write_strings(path, source, {})
    return path
