"""materials/strings/<code>.yaml: one language's texts and how to set them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..diagnostics import Collector, Mark, Subject
from ..langnames import language_names
from ..load import Node
from ..model import Language, StringEntry
from ..model.language import (
    canonical_code,
    country_languages,
    not_a_language,
    not_a_language_hint,
)
from ..text.bidi import ISOLATES, unterminated
from ..text.letters import FOREIGN_HINT, foreign_letters_problem, letter_problems
from ..text.scripts import (
    DIGIT_ZERO,
    digits_of,
    digits_script,
    direction_of,
    localise_digits,
    script_of,
)
from .forms import Text
from .spec import Context, Form, MapRead, check, form, read

LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def read_language(node: Node, path: Path, ctx: Context) -> Language | None:
    """One strings file as a Language, or None when it is unusable (every problem is reported
    to `ctx.errs`). Its `content` is what the file says (load.Node.digest): `package` judges
    the file by it (fingerprint.kit_values), as a build does, not by its bytes."""
    return read(Language, node, path.name, ctx, path=path, content=node.digest())


def _alias_of_file(r: MapRead, code: str, stem: str) -> None:
    """`language:` gives another code of the file's language (ISO 639-2/3 `hat` in ht.yaml,
    CLDR's languageAlias): it was told to rename the file to hat.yaml, which makes a second
    Haitian Creole."""
    names = language_names(stem)
    whose = f"{names[0]}'s" if names else f"{stem}'s"
    r.errs.error(
        "schema.value",
        f"language '{code}' is {whose} {len(code.split('-')[0])}-letter code: BCP 47 (and the "
        f"file name '{r.what}') writes it '{stem}'",
        r.mark_of("language"),
        f"write language: {stem}",
    )


@check(Language)
def _language(r: MapRead) -> None:
    """The code matches the file name and is BCP 47; script, direction, digits and names
    default from the code."""
    v = r.values
    code = v["code"]
    stem = Path(r.what).stem
    if code and code != stem and canonical_code(code) == stem:  # hat in ht.yaml
        _alias_of_file(r, code, stem)
    elif code and code != stem and not not_a_language(code):
        r.errs.error(
            "schema.value",
            f"language '{code}' does not match the file name '{r.what}'",
            r.mark_of("language"),
            f"rename the file to {code}.yaml"
            + ("" if canonical_code(stem) == code else " or fix 'language'"),
        )
    if code and not LANG_CODE.match(code):
        r.errs.error(
            "schema.value",
            f"'{code}' is not a BCP 47 language code",
            r.mark_of("language"),
            "use codes like en, fr, ar, zh-Hans, pt-BR",
        )
    elif code and not_a_language(code):
        _not_a_language(r, code)
    elif code and code == stem:
        _another_code(r, code, v["name"])
    months = v.get("months") or ()
    if months and (len(months) != 12 or not all(m.strip() for m in months)):
        r.errs.error(
            "schema.value",
            f"`months` has {len(months)} name(s)"
            + (", some empty" if len(months) == 12 else "")
            + ": a date needs all twelve, January first",
            r.mark_of("months"),
            "list the twelve month names as a date writes them, or leave `months` out for "
            "the Unicode CLDR's",
        )
        v["months"] = ()
    if v.get("clock") not in (None, 12, 24):
        r.errs.error(
            "schema.value",
            f"`clock` is {v['clock']}: a clock counts 12 or 24 hours",
            r.mark_of("clock"),
            "write `clock: 24` (14:30) or `clock: 12` (2:30 PM), or leave it out for the "
            "Unicode CLDR's",
        )
        v["clock"] = None
    v["script"] = v["script"] or (script_of(code) if code else "Latn")
    v["direction"] = v["direction"] or direction_of(v["script"])
    if v["digits"] and code and not not_a_language(code):  # kh's script is no one's
        _other_digits(r, code, v["digits"], v["script"], v["name"] or code)
    v["digits"] = v["digits"] or (digits_of(code) if code else "latn")
    v["native_name"] = v["native_name"] or v["name"]
    if code:
        _foreign_letters(r, code, v["name"] or code)
    _no_placeholder_field(r, code)


def _no_placeholder_field(r: MapRead, code: str | None = None) -> None:
    """A `campaign.placeholder` error for a contact field of the strings file's `fields:`
    (its text or its short form) whose value stands for one still to come
    (`contacts.placeholder`, as campaign.yaml's and an office's are told; the project's
    sample values too: a strings file has no `sample:`): it replaces campaign.yaml's on the
    pages of the language, of the campaign and of every office that gives none. Its
    stand-ins' abbreviations are judged by the file's language (`code`: n.c. is French's)."""
    from ..contacts import placeholder_values
    from ..model.office import CONTACT_FIELDS

    for entry in (r.values.get("fields") or {}).values():
        if entry.key not in CONTACT_FIELDS:
            continue
        written = (code,) if code else ()
        for found in placeholder_values(entry.key, (entry.text, entry.short), languages=written):
            r.errs.error(
                "campaign.placeholder",
                f"{r.what} {entry.key} '{found.value}' is a placeholder ({found.stand_in}): it "
                "would print on the language's pages of the campaign and of every office "
                "that gives none of its own",
                entry.mark,
                f"write the language's checked {entry.key}, or leave it empty "
                f"(`{entry.key}: \"\"`) for campaign.yaml's and each office's to show",
            )


def _foreign_letters(r: MapRead, code: str, name: str) -> None:
    """A `text.arabic-letters` warning for each text (and short variant) of a Persian or Urdu
    file written with Arabic letters the language writes otherwise, and a `text.mixed-script`
    or `text.cedilla` warning for one with a word of two scripts' letters or a Romanian ş or
    ţ (`text.letters`)."""
    for entry in (r.values.get("strings") or {}).values():
        for part, text in (("", entry.text), (" (short)", entry.short or "")):
            said = foreign_letters_problem(text, code, name)
            if said is not None:
                r.errs.warn(
                    "text.arabic-letters",
                    f"[{code}] '{entry.key}'{part}: {said}",
                    entry.mark,
                    FOREIGN_HINT,
                )
            for diag, problem, fix in letter_problems(text, code):  # Сampaniei, ş for ș
                r.errs.warn(diag, f"[{code}] '{entry.key}'{part}: {problem}", entry.mark, fix)


def _another_code(r: MapRead, code: str, name: str | None) -> None:
    """A strings file named with another code of a language (`model.language.canonical_code`:
    iw is he, in id, mo ro, heb he) is refused, as that code is everywhere else (`--lang iw`,
    a translator's file, `new language iw`: "write 'he'"): iw.yaml was read as a language of
    its own, whose digital PDFs said /Lang iw, a tag BCP 47 deprecates, and for which `--lang
    he` was told "write 'iw'". The answer: rename it, or, where the kit has the language's
    file already, move its texts there."""
    other = canonical_code(code)
    if other == code:
        return
    path = r.node.mark.path
    language = f"'{other}' ({name})" if name else f"'{other}'"
    fix = (
        f"the kit has {other}.yaml already: move the texts of {path.name} into it, then remove "
        f"{path.name}"
        if (path.parent / f"{other}.yaml").exists()
        else f"rename {path.name} to {other}.yaml and write `language: {other}` in it"
    )
    r.errs.error(
        "schema.value",
        f"the strings file {path.name} is named with '{code}', another code of {language}: "
        f"the kit refuses '{code}' wherever a language is named",
        r.mark_of("language"),
        fix,
        f"and write '{other}' for '{code}' where campaign.yaml's or an office's `languages:` "
        "lists it",
    )


def _not_a_language(r: MapRead, code: str) -> None:
    """A strings file whose code is no language's (`model.language.not_a_language`: kh,
    Cambodia's country code, for Khmer) is refused, with the hint `build --lang kh` and an
    office's `languages: [kh]` give (`country_code_hint`: write 'km'): kh.yaml passed `check`
    and `build`, and its digital PDFs told screen readers their language was 'kh'. Where the
    country has one official language, the fix renames the file to its code, or, where the
    kit has that file already, moves the texts there."""
    path = r.node.mark.path
    hints = [not_a_language_hint(code)]
    official = country_languages(code)
    if len(official) == 1:
        other = "-".join([official[0], *code.replace("_", "-").split("-")[1:]])
        if path.stem == other:
            hints.append(f"write `language: {other}` in {path.name}")
        elif (path.parent / f"{other}.yaml").exists():
            hints.append(
                f"the kit has {other}.yaml already: move the texts of {path.name} into it, "
                f"then remove {path.name}"
            )
        else:
            hints.append(f"rename {path.name} to {other}.yaml and write `language: {other}` in it")
    r.errs.error(
        "schema.value",
        f"the strings file {path.name} says `language: {code}`, which is no language's code: "
        f"its digital PDFs would tell screen readers their language is '{code}'",
        r.mark_of("language"),
        *hints,
    )


def _other_digits(r: MapRead, code: str, digits: str, script: str, name: str) -> None:
    """A warning (`strings.digits`) for `digits:` naming the digits of a script that is
    neither the language's nor Latin, and not one of the language's own numbering systems in
    the Unicode CLDR (its default and native, through Babel: th's latn and thai): `digits:
    mymr` in th.yaml printed Thai posters with Burmese digits, without a word. The hint names
    the language's own digits, each with a year written in them."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    written = {"Aran": "Arab"}.get(script, script)  # Nastaliq is Arabic's, as its digits are
    if digits_script(digits) in (written, "Latn"):  # before CLDR's data: 10 ms a language
        return
    own: list[str] = []
    try:
        locale = Locale.parse(code.replace("-", "_"))
        own = [locale.default_numbering_system, locale.other_numbering_systems.get("native", "")]
    except (UnknownLocaleError, ValueError):
        pass
    own = list(dict.fromkeys(d for d in own if d in DIGIT_ZERO))
    if digits in own:
        return
    if not own:  # a language CLDR has no data for: Latin, and its script's digits if any
        own = ["latn", *(d for d in DIGIT_ZERO if d != "latn" and digits_script(d) == written)]
    names = Locale("en").scripts
    shown = ", ".join(f"{d} ({localise_digits('2026', d)})" for d in own)
    r.errs.warn(
        "strings.digits",
        f"`digits: {digits}` writes numbers in the digits of the "
        f"{names.get(digits_script(digits), digits_script(digits))} script, and {name} is "
        f"written in the {names.get(script, script)} script: 2026 would print as "
        f"{localise_digits('2026', digits)}",
        r.mark_of("digits"),
        f"write one of {name}'s own digits (the Unicode CLDR's): {shown}",
        subject=Subject(language=code),  # a build shows it for the languages it makes
    )


def check_bidi(text: str, mark: Mark, errs: Collector, what: str = "") -> bool:
    """An embedding, override or isolate opened in a text and not closed before the end of its
    paragraph is an error (`text.bidi-unterminated`): UAX 9 would close it silently at the end,
    turning the rest of the line around, and it is nearly always a paste accident. `what`
    names the text first (a translator's file: "'cta_title': "). Returns whether it is
    fine."""
    found = unterminated(text)
    if found is None:
        return True
    at, ch = found
    isolate = ch in ISOLATES
    closer = "U+2069 POP DIRECTIONAL ISOLATE" if isolate else "U+202C POP DIRECTIONAL FORMATTING"
    errs.error(
        "text.bidi-unterminated",
        f"{what}the text opens U+{ord(ch):04X} {unicodedata.name(ch)} at character {at + 1} and "
        "does not close it before the end of the paragraph: everything after it would be "
        + ("isolated" if isolate else "turned around"),
        mark,
        f"add {closer} where it should end, or delete the U+{ord(ch):04X}",
    )
    return False


@form("digits")
class Digits(Text):
    """A digit system that the text stage can write numbers in."""

    def __init__(self) -> None:
        super().__init__(tuple(sorted(DIGIT_ZERO)))


@form("strings")
class Strings(Form):
    """String key -> plain text, or a mapping with `text`, `short`, `note` and `source`."""

    expected = "a mapping"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if node.value is None:  # `strings:` with comments only: a new language, all to translate
            return {}
        if not node.is_map:
            return r.bad(key, self.expected)
        out: dict[str, StringEntry] = {}
        for name, sn in node.value.items():
            mark = node.key_marks[name]  # plain or mapping: a string is located at its key
            if isinstance(sn.value, str):
                if not sn.value.strip():  # as `text: ""` is: a poster without its headline
                    r.errs.error(
                        "schema.type",
                        f"'{name}' in {r.what} must be non-empty text (got {sn.value!r})",
                        sn.mark,
                        "translate it, or delete the key: the source language's text is then "
                        "used (with a warning)",
                    )
                    # kept (the kit does not load anyway) so uses of the key are not errors too
                    out[name] = StringEntry(name, "", None, mark)
                    continue
                check_bidi(sn.value, sn.mark, r.errs)
                out[name] = StringEntry(name, sn.value.strip(), None, mark, text_mark=sn.mark)
                continue
            what = f"string '{name}' in {r.what}"
            entry = read(StringEntry, sn, what, r.ctx, key=name, mark=mark)
            if entry:
                for part in ("text", "short"):
                    pn = sn.value.get(part) if sn.is_map else None
                    if pn is not None and isinstance(pn.value, str):
                        check_bidi(pn.value, pn.mark, r.errs)
                short = (entry.short or "").strip() or None
                source = (entry.source or "").strip() or None
                short_source = (entry.short_source or "").strip() or None
                text = sn.value.get("text") if sn.is_map else None
                short_node = sn.value.get("short") if sn.is_map else None
                out[name] = StringEntry(
                    name,
                    entry.text.strip(),
                    short,
                    mark,
                    entry.note,
                    source,
                    short_source,
                    text_mark=text.mark if text is not None else None,
                    short_mark=short_node.mark if short_node is not None else None,
                )
        return out

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        text = {"type": "string"}
        return {
            "type": "object",
            "additionalProperties": {"oneOf": [text, {"$ref": defs(StringEntry)}]},
        }

    def describe(self) -> str:
        return "mapping of keys to texts or StringEntry"

    def nested(self) -> tuple[type, ...]:
        return (StringEntry,)
