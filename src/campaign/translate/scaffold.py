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

# ISO 639 codes withdrawn for others (the IANA language subtag registry's "Preferred-Value"):
# `iw` made a second Hebrew beside the kit's `he`
DEPRECATED = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}


def new_language(kit: Kit, code: str) -> Path:
    """Write materials/strings/<code>.yaml; refuses a language the kit has (in any case: `KO`
    for `ko`), a pseudo-locale's code, a withdrawn code (`iw`: write `he`) or a bad code."""
    folder = kit.root / "materials" / "strings"
    base, _, rest = code.partition("-")
    if base.lower() in DEPRECATED:
        better = DEPRECATED[base.lower()] + (f"-{rest}" if rest else "")
        raise failure(
            "translate.read",
            f"'{code}' is a withdrawn code: the language's code is '{better}'",
            None,
            f"python generate.py new language {better}"
            if better not in kit.languages
            else f"the kit has '{better}' already: python generate.py strings export --lang "
            f"{better}",
        )
    code = kit.language_code(code)
    path = folder / f"{code}.yaml"
    kit.readable(code)  # its file is there, and broken: its errors, not "export it"
    if code in kit.languages and kit.languages[code].pseudo:  # en-XA: "already has", at en.yaml
        raise failure(
            "translate.read",
            f"'{code}' is a pseudo-locale: a test of the layouts the kit makes itself, not a "
            "language to translate into",
        )
    if code in kit.languages or path.exists():
        where = kit.languages[code].path if code in kit.languages else path
        raise failure(
            "translate.read",
            f"the kit already has language '{code}'",
            Mark(where, 1, 1),
            f"export it to translate it: python generate.py strings export --lang {code}",
        )
    if not LANG_CODE.match(code) or language_names(code) is None:
        tag = _bcp47_case(code.replace("_", "-"))  # POSIX's pt_BR (Poedit's): pt-BR
        posix = tag != code and LANG_CODE.match(tag) and language_names(tag) is not None
        raise failure(
            "translate.read",
            f"'{code}' is not a language code"
            + (f" (it is written with a hyphen: '{tag}')" if posix else ""),
            None,
            f"python generate.py new language {tag}"
            if posix
            else "use a BCP 47 code CLDR knows: ko, fr, sw, zh-Hant, pt-BR...",
        )
    source = kit.languages[kit.campaign.source_language]
    path.write_text(new_header(code, f"from {source.path.name}"), encoding="utf-8")
    write_strings(path, source, {})
    return path


def _bcp47_case(tag: str) -> str:
    """A tag in BCP 47's usual case (RFC 5646, 2.1.1): the language lower case, a script in
    title case, a region upper case (pt-br is pt-BR, zh-hant-tw is zh-Hant-TW)."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit():
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)
