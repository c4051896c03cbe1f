"""campaign.yaml: the campaign, its colours, links and fields."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..commands import command
from ..contacts import link_placeholder, placeholder_values, sample_hint
from ..diagnostics import Mark, did_you_mean
from ..iri import LINK_PATTERN, NOT_A_LINK, dialable, link_error
from ..load import Node
from ..model import CONTACT_FIELDS, Campaign, Colour, StringEntry
from .spec import BAD, Context, Form, MapRead, check, form, kit_language, read
from .strings import check_bidi

HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
INK_LIMIT = 300  # per cent


def read_campaign(node: Node, ctx: Context) -> Campaign | None:
    """campaign.yaml as a Campaign, or None when it is unusable (every problem is reported to
    `ctx.errs`)."""
    campaign = read(Campaign, node, "campaign.yaml", ctx, mark=node.mark)
    if campaign is None:
        return None
    listed = node.value.get("languages") if node.is_map else None
    marks = tuple(n.mark for n in listed.value) if listed is not None and listed.is_seq else ()
    languages, marks = _once(campaign.languages, marks, ctx)
    year = node.value.get("year") if node.is_map else None
    source = node.value.get("source_language") if node.is_map else None
    return replace(
        campaign,
        languages=languages,
        language_marks=marks,
        year_mark=year.mark if year else None,
        source_mark=source.mark if source else None,
        content=node.digest(without=JOB_LISTS),
    )


def _once(
    codes: tuple[str, ...], marks: tuple[Mark, ...], ctx: Context
) -> tuple[tuple[str, ...], tuple[Mark, ...]]:
    """campaign.yaml's `languages:` (`codes`, written at `marks`) with each language once, at
    its first place, after a `campaign.repeated` warning at each later one: `[en, fr, en]`
    was accepted without a word, the build made en once, and the package's contact sheet had
    an empty second English column. A code is a language's in any case (BCP 47: EN is en)."""
    if len(marks) != len(codes):  # one text, or read otherwise: no place of each
        return codes, marks
    first: dict[str, int] = {}  # each language's first place, by its code in lower case
    for i, (code, mark) in enumerate(zip(codes, marks, strict=True)):
        if code.lower() not in first:
            first[code.lower()] = i
            continue
        seen = marks[first[code.lower()]]
        ctx.errs.warn(
            "campaign.repeated",
            f"campaign.yaml languages: names the language '{code}' twice (first at "
            f"{seen.line}:{seen.col}): the kit builds it once",
            mark,
            f"remove this '{code}', or write the language you meant",
        )
    kept = first.values()
    return tuple(codes[i] for i in kept), tuple(marks[i] for i in kept)


# campaign.yaml's and an office file's lists of what to make: they choose the jobs, and no
# job's bytes hold them (a trial: a language added to campaign.yaml made all 48 files of an
# office's build again, with new bytes)
JOB_LISTS = ("languages", "materials")


@check(Campaign)
def _campaign(r: MapRead) -> None:
    fields: dict[str, StringEntry] = r.values["fields"]
    samples = bool(r.values.get("sample"))
    for entry in fields.values():
        _no_placeholder(entry, r, samples)
    _no_placeholder_link(r, samples)
    r.values["fields"] = {k: e.text for k, e in fields.items()}
    r.values["field_shorts"] = {k: e.short for k, e in fields.items() if e.short}
    r.values["field_marks"] = {k: e.mark for k, e in fields.items()}
    _theme_of_year(r)


def _theme_of_year(r: MapRead) -> None:
    """A `campaign.theme-year` warning, at `theme_year:`, when it is not the campaign's
    `year:`: the year was changed and the strings files still print the theme of the year
    `theme_year:` names (the 2024 theme under a 2027 campaign's day, with nothing said)."""
    year, theme = r.values.get("year"), r.values.get("theme_year")
    if not isinstance(year, int) or not isinstance(theme, int) or year == theme:
        return
    source = r.values.get("source_language") or "the source language"
    r.errs.warn(
        "campaign.theme-year",
        f"the campaign is {year}'s (`year: {year}`) and the strings files print {theme}'s "
        f"theme (`theme_year: {theme}`): the headlines print {theme}'s theme",
        r.node.value["theme_year"].mark,
        f"write {year}'s theme in materials/strings/{source}.yaml (`theme`) as the campaign "
        f"publishes it, then set `theme_year: {year}`; or set `year: {theme}` back",
        # an organiser's trial wrote the English theme, and the French and Arabic flyers
        # printed 2024's with a strings.outdated warning alone
        f"each other language prints {theme}'s theme until its `theme` is translated from the "
        f"new text: `{command('strings export --lang CODE')}` gives it to the translators, or "
        "write it in "
        "each strings file as the campaign publishes it",
    )


# the hint for the project's samples (example.org, +00 ...) in campaign.yaml
KIT_SAMPLE = "a kit made only to try it"


def _no_placeholder_link(r: MapRead, samples: bool) -> None:
    """A `campaign.placeholder` error for a link of campaign.yaml's `links:` whose address
    stands for one still to come (`contacts.link_placeholder`: https://example.org/...,
    `samples` as `_no_placeholder`'s): every QR code of the campaign, and of each office that
    gives no link of its own, would lead there."""
    node = r.node.value.get("links")
    if node is None or not node.is_map:
        return
    for name, link in (r.values.get("links") or {}).items():
        for found in placeholder_values(link_placeholder, (link,), samples):
            r.errs.error(
                "campaign.placeholder",
                f"campaign.yaml link '{name}' '{link}' is a placeholder ({found.stand_in}): "
                "the QR codes and PDF links of the campaign's materials, and of every "
                "office's that gives none of its own, would lead there",
                node.value[name].mark if name in node.value else node.mark,
                "write the campaign's checked address",
                *sample_hint(found, KIT_SAMPLE),
            )


def _no_placeholder(entry: StringEntry, r: MapRead, samples: bool) -> None:
    """A `campaign.placeholder` error for a contact field of campaign.yaml (its text or its
    short form: the first that is one) whose value stands for one still to come
    (`contacts.placeholder`, as an office's are told; the project's sample values too,
    unless `samples`: `sample: true`): it would print on the materials of the campaign and
    of every office that does not give its own."""
    if entry.key not in CONTACT_FIELDS:
        return
    for found in placeholder_values(entry.key, (entry.text, entry.short), samples):
        r.errs.error(
            "campaign.placeholder",
            f"campaign.yaml {entry.key} '{found.value}' is a placeholder ({found.stand_in}): "
            "it would print on the campaign's materials and every office's that gives none of "
            "its own",
            entry.mark,
            f"write the checked {entry.key} every office shares, or leave it empty "
            f'(`{entry.key}: ""`, as the kit ships it) for each office to write its own',
            *sample_hint(found, KIT_SAMPLE),
        )
        return


@form("hex")
class Hex(Form):
    """A hex colour "#RRGGBB", read as sRGB fractions (0-1)."""

    expected = 'a hex colour like "#0A4DA2"'

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        value = node.value
        if not isinstance(value, str) or not value.strip():
            return r.bad(key, "non-empty text", _rgb_hint(node.plain()))
        if not HEX.match(value):
            r.errs.error(
                "schema.value",
                f"'{key}' of {r.what} must be a hex colour like \"#0A4DA2\" (got {value!r})",
                node.mark,
                'write it as # and six hex digits, e.g. "#0A4DA2" (quoted: YAML reads # as a '
                "comment)",
            )
            return BAD
        return tuple(int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "string", "pattern": HEX.pattern}

    def describe(self) -> str:
        return "hex colour"


def _rgb_hint(value: object) -> str:
    """The fix for a colour's `rgb:` written as a list: three numbers 0-255 as the hex colour
    they are, four as the `cmyk:` they look like; else ""."""
    if not isinstance(value, list) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in value
    ):
        return ""
    if len(value) == 3 and all(isinstance(v, int) and 0 <= v <= 255 for v in value):
        return f'write it as a hex colour: rgb: "#{"".join(f"{v:02X}" for v in value)}"'
    if len(value) == 4:
        return (
            "four numbers are the print colour, cmyk:; rgb: is the screen colour, a hex colour "
            'like "#0A4DA2"'
        )
    return ""


@check(Colour)
def _ink(r: MapRead) -> None:
    """CMYK is given in per cent and kept as fractions; total ink at most 300 %."""
    cmyk = r.values["cmyk"]
    if cmyk is None:
        return
    if 0 < max(cmyk) <= 1:  # fractions for per cent: a colour of at most 1 % of each ink
        scaled = ", ".join(f"{v * 100:g}" for v in cmyk)  # prints as the paper's white
        r.errs.error(
            "schema.value",
            f"{r.what} has cmyk [{', '.join(f'{v:g}' for v in cmyk)}]: per cent of each ink, "
            "so at most 1 % of any, which prints as the paper's white",
            r.mark_of("cmyk"),
            f"write per cent, 0 to 100: cmyk: [{scaled}]",
        )
        return
    if sum(cmyk) > INK_LIMIT:
        r.errs.error(
            "schema.value",
            f"{r.what} has {sum(cmyk):g} % total ink; the limit is {INK_LIMIT} %",
            r.mark_of("cmyk"),
            "lower C, M or Y; keep K for depth",
        )
    r.values["cmyk"] = tuple(v / 100 for v in cmyk)


def yaml_kind(value: object) -> str:
    """What YAML read a value as, in words: a number, true or false, a list, a mapping."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "a list"
    return "a mapping" if isinstance(value, dict) else type(value).__name__


@form("links")
class Links(Form):
    """Link targets by name: https://, http://, mailto: or tel: URLs."""

    expected = "a mapping"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_map:
            return r.bad(key, self.expected)
        links = {}
        for name, ln in node.value.items():
            if not isinstance(ln.value, str):  # nothing, a number, a list or a mapping
                what = "empty" if ln.value is None else f"not text ({yaml_kind(ln.value)})"
                said = f"link '{name}' is {what}: an address goes there"
                r.errs.error("schema.value", said, ln.mark, NOT_A_LINK[1])
                continue
            link = dialable(ln.value)  # tel:+41 22 917 1234: the groups' spaces
            problem = link_error(link)  # as RFC 3966's hyphens (it was an error)
            if problem is not None:
                said = f"link '{name}' is '{ln.value}': {problem[0]}"
                r.errs.error("schema.value", said, ln.mark, problem[1])
                continue
            links[name] = link
        return links

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": {"type": "string", "pattern": LINK_PATTERN},
        }

    def describe(self) -> str:
        return "mapping of names to URLs"


@form("fields")
class Fields(Form):
    """`fields:` name -> text; an empty value (`helpline: ""` or `helpline:`) means "not
    filled in yet" and is kept, so the name stays known. A number is an error: YAML changes
    unquoted digits (0123456 is the octal number 42798), so values are quoted text. A value
    may also be `{text: ..., short: ...}`: `short` is printed where the text does not fit
    its slot even at the style's smallest size (a long web address: `unodc.org/ea` for the
    page it names), as a string's `short:` variant is; QR codes and links are not fields."""

    expected = "a mapping"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_map:
            return r.bad(key, self.expected)
        out: dict[str, StringEntry] = {}
        for name, fn in node.value.items():
            if fn.is_map and _a_language_here(str(name), fn, node, r, key):
                continue
            if fn.is_map:
                entry = _field_variants(name, fn, r)
            else:
                text = _field_text(name, fn, r)
                entry = None if text is None else StringEntry(name, text, None, fn.mark)
            if entry is not None:
                out[name] = replace(entry, mark=node.key_marks[name])
        return out

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        text = {"type": ["string", "null"]}
        variants = {
            "type": "object",
            "properties": {"text": {"type": "string"}, "short": {"type": "string"}},
            "required": ["text"],
            "additionalProperties": False,
        }
        return {"type": "object", "additionalProperties": {"anyOf": [text, variants]}}

    def describe(self) -> str:
        return "mapping of names to texts (or {text, short})"


@form("names")
class Names(Form):
    """An office's `names:`: language code -> its name in that language, one text (a
    field's `{text:, short:}` was taken, and its short form never used)."""

    expected = "a mapping"
    by_language = True

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_map:
            return r.bad(key, self.expected)
        out: dict[str, StringEntry] = {}
        for code, fn in node.value.items():
            text = _field_text(code, fn, r, kind="name")
            if text is not None:
                out[code] = StringEntry(code, text, None, node.key_marks[code])
        return out

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": {"type": ["string", "null"]}}

    def describe(self) -> str:
        return "mapping of language codes to texts"


FIELD_VARIANTS = ("text", "short")


def _a_language_here(name: str, fn: Node, node: Node, r: MapRead, key: str) -> bool:
    """Whether the entry `name` of the fields `node` (at `key`) is a language's fields, not a
    field: a language code of the kit holding keys other than a field's `text:` and `short:`;
    if so, an error saying where a language's own values go. `sw: {helpline: ...}` indented
    under `fields_by_language: {en: ...}` was "field 'sw' has an unknown key 'helpline'"."""
    if not kit_language(name, r.ctx) or set(map(str, fn.value)) <= set(FIELD_VARIANTS):
        return False
    if "." in key:  # a language's fields (fields_by_language.en): one level too deep
        outer, code = key.rsplit(".", 1)
        hint = f"write '{name}:' at the indent of '{code}:', as a key of {outer}, not of {code}"
    elif r.cls is not None and r.cls.__name__ == "Office":
        hint = f"write it under 'fields_by_language:' (e.g. fields_by_language: {{{name}: ...}})"
    else:
        hint = f"write them under 'fields:' in its strings file (materials/strings/{name}.yaml)"
    r.errs.error(
        "schema.unknown-key",
        f"'{name}' under {key} in {r.what} is a language code, not a field: a language's own "
        "values are not written among the fields",
        node.key_marks[name],
        hint,
    )
    return True


def _field_text(name: str, fn: Node, r: MapRead, part: str = "", kind: str = "field") -> str | None:
    """One field's text as written (stripped; "" for an empty value), or None after an error:
    a number (YAML's reading of unquoted digits) or anything but text. `part` names the
    variant (`short`) in messages."""
    what = f"{kind} '{name}'{f' ({part})' if part else ''} in {r.what}"
    value = "" if fn.value is None else fn.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # YAML reads 0123456 as the octal number 42798 and +1 555 as text: a number here is
        # never what was meant to be printed
        r.errs.error(
            "schema.type",
            f"{what} must be text in quotes: YAML read it as the number {value!r}, which is "
            "what would be printed",
            fn.mark,
            "write it in quotes, exactly as it should print, e.g. "
            + (f'{name}: {{text: "...", short: "0123 456"}}' if part else f'{name}: "0123 456"'),
        )
        return None
    if not isinstance(value, str):
        r.errs.error(
            "schema.type",
            f"{what} must be text (got {fn.plain()!r})",
            fn.mark,
            "write the name in that language as one text (names: {fr: Bureau de ...})"
            if kind == "name"
            else 'quote phone numbers and dates, e.g. helpline: "+1 555 0100"',
        )
        return None
    check_bidi(value, fn.mark, r.errs)
    return value.strip()


def _field_variants(name: str, fn: Node, r: MapRead) -> StringEntry | None:
    """A field written `{text: ..., short: ...}` as a StringEntry, or None after an error (a
    key other than the two, no text, a short without a text, a short no shorter)."""
    ok = True
    for key, sub in fn.value.items():
        if key not in FIELD_VARIANTS:
            r.errs.error(
                "schema.unknown-key",
                f"field '{name}' in {r.what} has an unknown key '{key}'",
                fn.key_marks.get(key, sub.mark),
                *(
                    did_you_mean(str(key), FIELD_VARIANTS)
                    or (
                        "a field is `text:` (as it prints) and an optional `short:` (printed "
                        "where the text does not fit its slot)",
                    )
                ),
            )
            ok = False
    if "text" not in fn.value:
        r.errs.error(
            "schema.missing-key",
            f"field '{name}' in {r.what} has no 'text:'",
            fn.mark,
            f'give the text it prints where it fits, e.g. {name}: {{text: "...", short: "..."}}, '
            "or write the value alone",
        )
        return None
    text = _field_text(name, fn.value["text"], r)
    short = _field_text(name, fn.value["short"], r, "short") if "short" in fn.value else None
    if not ok or text is None or ("short" in fn.value and short is None):
        return None
    if short and not text:
        r.errs.error(
            "schema.value",
            f"field '{name}' in {r.what} has a short form but an empty text",
            fn.value["short"].mark,
            "write the full value under text: (the short form is printed only where it does "
            "not fit), or write the value alone",
        )
        return None
    if short and len(short) >= len(text):
        r.errs.warn(
            "schema.value",
            f"field '{name}' in {r.what}: its short form is not shorter than its text "
            f"({len(short)} characters against {len(text)})",
            fn.value["short"].mark,
            "the short form is printed only where the text does not fit: make it shorter, or "
            "leave it out",
        )
    return StringEntry(name, text, short or None, fn.mark)
