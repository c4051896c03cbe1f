"""materials/offices/<id>.yaml: one office's languages, paper, press, contacts, links and
logos. Files whose name starts with `_` (the commented `_template.yaml`) are not offices."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..alt_words import FIX, says_nothing
from ..contacts import (
    ADDRESSES,
    FULL_WIDTH,
    TYPED,
    half_width,
    link_placeholder,
    placeholder_values,
    sample_hint,
    without_scheme,
)
from ..countries import iso_country
from ..diagnostics import (
    MATERIALS,
    DiagnosticsError,
    Mark,
    Subject,
    closest,
    did_you_mean,
    listed,
)
from ..images import (
    LogoSlot,
    logo_slot,
    logo_small_fix,
    logo_small_message,
    mm,
    placed,
    small_logo,
)
from ..iri import invisible_problem
from ..load import Node
from ..model import (
    CONTACT_FIELDS,
    Campaign,
    ImageSlot,
    Language,
    Layout,
    Office,
    QrSlot,
    StringEntry,
)
from ..model.language import code_hints, country_meant, other_code
from ..papers import FAMILY_WORD, material_hints
from ..presses import PAPER_REGION
from ..resolve import logo_alt, placeholders
from ..text.scripts import language_tag
from .campaign import JOB_LISTS, Fields
from .language_keys import FIELDS, TEXTS, language_entries
from .references import (
    SHORT_NAMED,
    check_braces,
    judged_by,
    known_fields,
    placeholder_change,
    unwritten_code_hints,
)
from .spec import BAD, Context, Form, MapRead, form, kit_language, read


def read_office(
    node: Node, path: Path, ctx: Context, parents: tuple[Path, ...] = ()
) -> Office | None:
    """One office file as an Office, or None when it is unusable (every problem is reported to
    `ctx.errs`). `node` is the file's values over those of the offices it extends
    (`with_parents`), whose files are `parents`."""
    return read(
        Office,
        node,
        path.name,
        ctx,
        id=path.stem,
        path=path,
        mark=node.mark,
        content=node.digest(without=(*JOB_LISTS, "presses", *NOTES_ONLY)),
        content_but_fields=node.digest(
            without=(*JOB_LISTS, "presses", *NOTES_ONLY, "fields", "fields_by_language")
        ),
        material_marks=_item_marks(node, "materials"),
        press_marks=_item_marks(node, "presses"),
        language_marks=_item_marks(node, "languages"),
        hide_marks=_item_marks(node, "hide"),
        name_mark=_key_mark(node, "name"),
        logo_marks=_logo_marks(node),
        logo_name_marks=_name_marks(node, "logos"),
        logo_alts=logo_alts(node),
        logo_alt_marks=_logo_alt_marks(node),
        link_marks=_entry_marks(node, "links"),
        strings_marks=_name_marks(node, "strings"),
        language_field_marks=_name_marks(node, "fields_by_language"),
        country_mark=_key_mark(node, "country"),
        paper_mark=_key_mark(node, "paper"),
        profile_mark=_key_mark(node, "output_profile"),
        parents=parents,
    )


# An office file's keys that change only what `check` and `build` note (`kept_as_written:`
# silences `office.script`): no document's bytes hold them, and editing one makes nothing again
NOTES_ONLY = ("kept_as_written",)


# What an office takes from the office it extends: these mappings entry by entry (and those
# of the mappings under EXTENDED_TWICE, a language's), its own entries winning; every other
# key but `name` and `sample` (the office's own) and `extends` whole, when the office does
# not give it
EXTENDED_ENTRIES = ("fields", "links", "logos", "names")
EXTENDED_TWICE = ("fields_by_language", "strings")
NOT_EXTENDED = ("name", "extends", "sample")


def with_parents(
    nodes: Mapping[str, Node | None], ctx: Context
) -> dict[str, tuple[Node, tuple[Path, ...]]]:
    """Each office's node (`nodes`: by id; None for a file that could not be read) with the
    values of the offices it extends (`extends:`) under its own, and the files of those
    offices, nearest first. An office whose `extends:` names no office of the kit (or the
    template), or one that leads back to itself, is reported at that value (`office.extends`)
    and left out, as is one that extends an office whose file could not be read (its own
    error says why)."""
    out: dict[str, tuple[Node, tuple[Path, ...]]] = {}
    bad: set[str] = set()

    def merged(oid: str, chain: tuple[str, ...]) -> tuple[Node, tuple[Path, ...]] | None:
        if oid in out:
            return out[oid]
        node = nodes.get(oid)
        if node is None or oid in bad:
            return None
        given = node.value.get("extends") if node.is_map else None
        parent = given.value if given is not None else None
        if given is None or not isinstance(parent, str) or not parent.strip():  # schema.type
            out[oid] = (node, ())
            return out[oid]
        parent = parent.strip()
        if not _parent_known(oid, parent, given, nodes, chain, ctx):
            bad.add(oid)
            return None
        if nodes[parent] is None:
            ctx.errs.error(
                "office.extends",
                f"office '{oid}' extends '{parent}', whose file cannot be read (its error "
                "above): this office is left out",
                given.mark,
                f"mend {parent}.yaml as its error says",
            )
            bad.add(oid)
            return None
        base = merged(parent, (*chain, oid))
        if base is None:
            bad.add(oid)
            return None
        out[oid] = (_over(node, base[0]), (base[0].mark.path, *base[1]))
        return out[oid]

    for oid in nodes:
        merged(oid, ())
    return out


def _parent_known(
    oid: str,
    parent: str,
    given: Node,
    nodes: Mapping[str, Node | None],
    chain: tuple[str, ...],
    ctx: Context,
) -> bool:
    """Whether `parent`, which office `oid` extends (`given`: its `extends:` value, reached
    through the offices of `chain`), is an office of the kit, not `oid` itself or an office
    that leads back to it; else an `office.extends` error at the value."""
    if parent.startswith("_"):
        ctx.errs.error(
            "office.extends",
            f"office '{oid}' extends '{parent}', which is not an office: files whose name "
            "starts with '_' are not read (_template.yaml is the commented template for a "
            "new office, its values examples)",
            given.mark,
            f"copy the keys you need from {parent}.yaml into {oid}.yaml and take "
            "`extends:` out, or extend an office of the kit"
            + (f" ({listed(sorted(k for k in nodes if k != oid))})" if len(nodes) > 1 else ""),
        )
        return False
    if parent not in nodes:
        others = sorted(k for k in nodes if k != oid)
        ctx.errs.error(
            "office.extends",
            f"office '{oid}' extends '{parent}', which is no office of the kit (an office "
            "is a file materials/offices/<id>.yaml)",
            given.mark,
            *(
                did_you_mean(parent, others)
                or (
                    f"the offices are {listed(others)}"
                    if others
                    else "the kit has no other office",
                )
            ),
        )
        return False
    looped = (*chain, oid)
    if parent in looped:
        _ring(looped[looped.index(parent) :], nodes, ctx)
        return False
    return True


def _ring(ring: tuple[str, ...], nodes: Mapping[str, Node | None], ctx: Context) -> None:
    """An `office.extends` error at the `extends:` value of each office of `ring`, each of
    which extends the next (the last the first): the ring, from that office on."""
    for i, oid in enumerate(ring):
        node = nodes[oid]
        assert node is not None
        mark = node.value["extends"].mark
        if len(ring) == 1:
            ctx.errs.error(
                "office.extends",
                f"office '{oid}' extends itself: an office cannot take its values from itself",
                mark,
                "write the id of the office whose values it takes, or take `extends:` out",
            )
            continue
        shown = " -> ".join((*ring[i:], *ring[:i], oid))
        ctx.errs.error(
            "office.extends",
            f"office '{oid}' extends '{ring[(i + 1) % len(ring)]}', which leads back to it "
            f"({shown}): an office cannot take its values from itself",
            mark,
            "take `extends:` out of one office of the ring: the office the others take "
            "their values from extends no other",
        )


def _over(own: Node, base: Node) -> Node:
    """`own`'s values over `base`'s (with_parents: EXTENDED_ENTRIES and EXTENDED_TWICE merged
    entry by entry, every other key taken whole where `own` lacks it)."""
    values = {k: v for k, v in base.value.items() if k not in NOT_EXTENDED}
    marks = {k: m for k, m in base.key_marks.items() if k not in NOT_EXTENDED}
    for key, value in own.value.items():
        under = values.get(key)
        if value.value is None and under is not None:  # null: not set, the base's applies
            continue
        if key in EXTENDED_ENTRIES + EXTENDED_TWICE and under is not None:
            values[key] = _entries(value, under, twice=key in EXTENDED_TWICE)
        else:
            values[key] = value
        if key in own.key_marks:
            marks[key] = own.key_marks[key]
    return Node(values, own.mark, marks)


def _entries(own: Node, base: Node, twice: bool = False) -> Node:
    """A mapping's entries over `base`'s (`twice`: the mappings under them merged too); a
    value that is not a mapping (a mistake) is `own` whole. An empty entry (`fa:` or
    `helpline:` with no value) takes the base's, as the office template says ("an empty or
    left-out key takes the region's value"): an empty `fa:` under `fields_by_language:`
    wiped out the region's Persian fields (a helper's reading)."""
    if not own.is_map or not base.is_map:
        return own
    values = dict(base.value)
    for key, value in own.value.items():
        under = values.get(key)
        if value.value is None and under is not None:
            continue
        values[key] = _entries(value, under) if twice and under is not None else value
    return Node(values, own.mark, {**base.key_marks, **own.key_marks})


def _entry_marks(node: Node, key: str) -> dict[str, Mark]:
    """Where each entry's value of the mapping under `key` is written, by its name."""
    mapping = node.value.get(key) if node.is_map else None
    if mapping is None or not mapping.is_map:
        return {}
    return {str(k): v.mark for k, v in mapping.value.items()}


def _name_marks(node: Node, key: str) -> dict[str, Mark]:
    """Where each entry's name of the mapping under `key` is written."""
    mapping = node.value.get(key) if node.is_map else None
    if mapping is None or not mapping.is_map:
        return {}
    return {str(k): mapping.key_marks.get(k, v.mark) for k, v in mapping.value.items()}


def _key_mark(node: Node, key: str) -> Mark | None:
    """Where the value of `key` is written, if the file has it."""
    value = node.value.get(key) if node.is_map else None
    return value.mark if value is not None else None


def _item_marks(node: Node, key: str) -> tuple[Mark, ...]:
    """Where each item of the list under `key` is written (one text: its own place)."""
    listed = node.value.get(key) if node.is_map else None
    if listed is None:
        return ()
    return tuple(n.mark for n in listed.value) if listed.is_seq else (listed.mark,)


@form("fields_by_language")
class FieldsByLanguage(Form):
    """Language code -> `fields:` mapping of that language's own values."""

    expected = "a mapping of language codes to fields"
    by_language = True

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_map:
            return r.bad(key, self.expected)
        out: dict[str, dict[str, StringEntry]] = {}
        for code, fn in language_entries(node, r, key, FIELDS, CONTACT_FIELDS).items():
            if fn.value is None:
                out[code] = {}
                continue
            value = Fields().read(fn, r, f"{key}.{code}")
            if value is not BAD:
                out[code] = value
        return out

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": {"anyOf": [Fields().schema(defs), {"type": "null"}]},
        }

    def describe(self) -> str:
        return "mapping of language codes to fields"


@form("office_strings")
class OfficeStrings(Form):
    """An office's `strings:`: language code -> string key -> a text, or `{text:, short:}`,
    as a strings file's `strings:` gives them (kit.strings.Strings)."""

    expected = "a mapping of language codes to strings (key: text)"
    by_language = True

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        from .strings import Strings

        if not node.is_map:
            return r.bad(key, self.expected)
        out: dict[str, dict[str, StringEntry]] = {}
        for code, sn in language_entries(node, r, key, TEXTS).items():
            value = Strings().read(sn, r, f"{key}.{code}")
            if value is not BAD:
                out[str(code)] = value
        return out

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        from .strings import Strings

        return {"type": "object", "additionalProperties": Strings().schema(defs)}

    def describe(self) -> str:
        return "mapping of language codes to strings (key: text or {text, short})"

    def nested(self) -> tuple[type, ...]:
        return (StringEntry,)


# TIFF: what print designers and partners often deliver a logo as (CMYK, LZW or ZIP
# compressed, an alpha channel): the image pipeline reads it with Pillow as it reads the
# others, and passes untagged CMYK through to the print PDF (render.images)
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".svg")


def _raster(name: str, path: Path, mark: Mark, r: MapRead) -> bool:
    """A logo is a PNG, JPEG or TIFF that opens, or an SVG that reads as the kit reads art
    (svgart.parse_svg: no text, no raster image, nothing outside the file), checked once at
    the office's file: a logo of another kind was an `image.read` error at every layout line
    that shows it (six, for one cause)."""
    from ..assets import image_size

    if path.suffix.lower() not in LOGO_SUFFIXES:
        r.errs.error(
            "image.read",
            f"logo '{name}' in {r.what} is '{path.name}': a logo is a PNG, JPEG, TIFF or SVG image",
            mark,
            "export it as SVG (text as outlines), PNG (transparent where it has no colour), "
            "JPEG or TIFF (a CMYK TIFF prints as it is), at least 300 ppi at the size it prints",
        )
        return False
    if path.suffix.lower() == ".svg":
        try:
            _svg_aspect_of(path, *_state(path))  # parsed once: its aspect kept for its checks
        except DiagnosticsError as exc:
            # the SVG's own errors, at the SVG, are the office's: its file is named as their
            # owner (diagnostics.OWNER), so that a kit loaded with `isolate` sets the office
            # aside with them; they stopped the whole kit, and `check --office` of it judged
            # every language's strings (a `ta` it does not print) beside them (an office's
            # trial)
            r.errs.owned(exc.diagnostics, mark.path)
            r.errs.error(
                "image.read",
                f"logo '{name}' in {r.what}: '{path.name}' cannot be drawn (above)",
                mark,
                "mend the SVG as the error above says, or give the logo as a PNG (transparent "
                "where it has no colour, at least 300 ppi at the size it prints)",
            )
            return False
        return True
    return image_size(path, mark, r.errs) is not None


@form("logos")
class Logos(Form):
    """Logo name -> a PNG, JPEG, TIFF or SVG file under assets/ (checked like every asset)."""

    expected = "a mapping of names to files under assets/"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        from .references import resolve_asset

        if not node.is_map:
            return r.bad(key, self.expected)
        out: dict[str, Path] = {}
        for name, given in node.value.items():
            ln = logo_file(name, given, r)
            if ln is None:
                continue
            if not isinstance(ln.value, str) or not ln.value.strip():
                r.errs.error(
                    "schema.type",
                    f"logo '{name}' in {r.what} must be a file under assets/ (got {ln.plain()!r})",
                    ln.mark,
                    "write the path of an image under assets/, e.g. logos/office.png, or remove "
                    "the logo",
                )
                continue
            path = resolve_asset(ln.value, ln.mark, r.ctx)
            if path is not None and _raster(name, path, ln.mark, r):
                out[name] = path
        return out

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        path = {"type": "string", "minLength": 1}
        given = {
            "type": "object",
            "properties": {
                "file": path,
                "alt": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "required": ["file"],
            "additionalProperties": False,
        }
        return {"type": "object", "additionalProperties": {"anyOf": [path, given]}}

    def describe(self) -> str:
        return "mapping of names to paths under assets/ (or to {file, alt})"


LOGO_KEYS = ("file", "alt")


def logo_file(name: str, given: Node, r: MapRead) -> Node | None:
    """The node of a logo's file: the entry itself (`partner: logos/p.png`), or its `file:`
    (`partner: {file: logos/p.png, alt: {en: ...}}`), after reporting a key other than
    `file` and `alt` and an `alt:` that is not texts by language code (`schema.type`).
    None when the entry has no `file:` (reported)."""
    if not given.is_map:
        return given
    for key in given.value:
        if key not in LOGO_KEYS:
            r.errs.error(
                "schema.type",
                f"logo '{name}' in {r.what} has '{key}': a logo is a file, or "
                "{file: ..., alt: {<language code>: ...}}",
                given.key_marks.get(key, given.mark),
                *(did_you_mean(key, LOGO_KEYS) or _alt_dedented(str(key), given, r)),
            )
    alt = given.value.get("alt")
    if alt is not None and alt.value is not None:
        texts = alt.value.values() if alt.is_map else ()
        if not alt.is_map or any(not isinstance(t.value, str) for t in texts):
            r.errs.error("schema.type", *_alt_by_language(name, alt, r))
    file: Node | None = given.value.get("file")
    if file is None:
        r.errs.error(
            "schema.type",
            f"logo '{name}' in {r.what} has no file: (a path under assets/)",
            given.mark,
            f"{name}: {{file: logos/{name}.png, alt: {{...}}}}",
        )
    return file


def _alt_by_language(name: str, alt: Node, r: MapRead) -> tuple[str, Mark, str]:
    """The message, place and hint of logo `name`'s `alt:` that is not texts by language
    code: one text (`alt: Partner Org`), a list, a number. The hint writes its text under a
    language code, the office's languages' (its `languages:`, where it reads as a list of
    texts; else `en` and `fr` as examples), with the other languages' names to give. Its hint
    suggested "Partner Organisation" and "Organisation partenaire", names the office never
    wrote, in languages it may not print (an accessibility review)."""
    read = r.values.get("languages")  # read before `logos:` in the office's keys
    codes = [c for c in read if isinstance(c, str)] if isinstance(read, tuple) else []
    codes = codes or ["en", "fr"]
    text = alt.value if isinstance(alt.value, str) else None
    first = text if text is not None else "<the name>"
    pairs = ", ".join([f"{codes[0]}: {first}", *(f"{c}: <the name>" for c in codes[1:3])])
    return (
        f"logo '{name}' in {r.what}: alt must give a text by language code (got "
        f"{alt.plain()!r}): each language's digital PDFs read their own",
        alt.mark,
        f"write alt: {{{pairs}}}: the text under the code of the language it is written "
        "in, and the name as the organisation writes it in each other language the office "
        "prints",
    )


def _alt_dedented(key: str, given: Node, r: MapRead) -> tuple[str, ...]:
    """The hint for a logo's key `key` that is a language code of the kit, beside an `alt:`
    that holds texts by language code: its text, dedented out of `alt:`, goes back under it."""
    alt = given.value.get("alt")
    if not kit_language(key, r.ctx) or alt is None or not (alt.is_map or alt.value is None):
        return ()
    held = [str(k) for k in alt.value] if alt.is_map else []
    how = f"as '{held[0]}' is" if held else "deeper than that key"
    line = given.key_marks["alt"].line
    return (
        f"'{key}' is a language code, a key of 'alt:' (line {line}): indent it under 'alt:', {how}",
    )


def logo_alts(node: Node) -> dict[str, dict[str, str]]:
    """Each logo's alternative text by language code (`logos: {name: {file:, alt: {...}}}`);
    texts that are empty or not text are left out (Logos reported them)."""
    mapping = node.value.get("logos") if node.is_map else None
    if mapping is None or not mapping.is_map:
        return {}
    out: dict[str, dict[str, str]] = {}
    for name, given in mapping.value.items():
        alt = given.value.get("alt") if given.is_map else None
        if alt is None or not alt.is_map:
            continue
        texts = {
            str(code): t.value.strip()
            for code, t in alt.value.items()
            if isinstance(t.value, str) and t.value.strip()
        }
        if texts:
            out[str(name)] = texts
    return out


def _logo_marks(node: Node) -> dict[str, Mark]:
    """Where each logo's file is written, by name (its `file:` in the mapping form)."""
    marks = _entry_marks(node, "logos")
    mapping = node.value.get("logos") if node.is_map else None
    if mapping is not None and mapping.is_map:
        for name, given in mapping.value.items():
            file = given.value.get("file") if given.is_map else None
            if file is not None:
                marks[str(name)] = file.mark
    return marks


def _logo_alt_marks(node: Node) -> dict[str, Mark]:
    """Where each logo's `alt:` is written, by name (its value: `{en: ...}`, or its first
    language's line in the block form)."""
    mapping = node.value.get("logos") if node.is_map else None
    if mapping is None or not mapping.is_map:
        return {}
    alts = {str(n): g.value.get("alt") for n, g in mapping.value.items() if g.is_map}
    return {name: alt.mark for name, alt in alts.items() if alt is not None and alt.is_map}


ADD_FIELD = "add it under 'fields:' in campaign.yaml (empty by default)"


def _check_presses(office: Office, made: set[str], ctx: Context) -> None:
    """Each press of the office's `presses:` is a press of the kit (materials/presses/<id>.yaml:
    a `ref.press` error, naming the one meant) for which a badge layout or size is made (one
    of `made`, the layouts' presses; else an `office.press` warning: the office builds no
    badge for it)."""
    known: dict[str, object] = ctx.scope.get("press", {})
    marks = office.press_marks
    for i, press in enumerate(office.presses):
        at = marks[i] if i < len(marks) else office.mark
        if not _own(office, at):  # an office it extends: its own check names it, once
            continue
        if press not in known:
            ctx.errs.error(
                "ref.press",
                f"office '{office.id}' has press '{press}', which the kit does not have",
                at,
                *(did_you_mean(press, known) or (f"presses: {', '.join(sorted(known))}",)),
            )
        elif press not in made:
            ctx.errs.warn(
                "office.press",
                f"office '{office.id}' has press '{press}', for which no badge layout or size "
                f"is made: the office builds no badge for it",
                at,
                f"add a size for it under `sizes:` of a badge layout (`{press}: {{press: "
                f"{press}}}`), or take it out of `presses:`",
            )


def _check_press_condition(office: Office, ctx: Context) -> None:
    """An `office.press-condition` note for an office on US paper whose print PDFs are made
    for a European press condition (FOGRA39 or FOGRA29, the default and the template's): a
    US print shop's trial built Letter files with a FOGRA39 OutputIntent without a word,
    where US presses print to GRACoL 2006 (CGATS TR 006; the kit's `gracol2006`). A note,
    not a warning: a printer abroad may ask for FOGRA39, and --strict does not fail it. Said
    where `output_profile:` is written, else at `paper:`."""
    if office.paper != "us" or PAPER_REGION.get(office.output_profile) != "iso":
        return
    at = office.profile_mark or office.paper_mark or office.mark
    if not _own(office, at):  # an office it extends: its own check says it
        return
    ctx.errs.note(
        "office.press-condition",
        f"office '{office.id}' prints on US paper (`paper: us`) for the press condition "
        f"{office.output_profile} (ISO, European presses): US print shops print to GRACoL "
        "2006 (CGATS TR 006)",
        at,
        "write `output_profile: gracol2006` in the office's file, unless its printer asks "
        f"for {office.output_profile}",
    )


def _check_paper_family(office: Office, layouts: Mapping[str, Layout], ctx: Context) -> None:
    """An `office.paper-mix` note for an office whose `materials:` lists sizes of the other
    paper family than its `paper:` (poster-a4 for `paper: us`): a US print shop's trial built
    A4 files for a US office without a word, where its printers and shops stock Letter,
    Legal and Tabloid. A note, not a warning: an office may print for partners abroad. Once,
    at the first such entry, naming them all and the sizes of its own family of the same
    designs (`family:`) that it does not list. The paper family of a size: its trim's
    (campaign.papers.paper_size), as the build's and the sheet's."""
    from ..papers import paper_size

    found: list[tuple[str, str, Mark]] = []  # name, paper size's name, where listed
    for i, name in enumerate(office.materials):
        layout = layouts.get(name)
        mark = office.material_marks[i] if i < len(office.material_marks) else office.mark
        size = paper_size(layout.trim) if layout is not None else None
        if size is not None and size.family not in (None, office.paper) and _own(office, mark):
            found.append((name, size.name, mark))
    if not found:
        return
    stocked = {"us": "Letter, Legal and Tabloid", "iso": "the A sizes (A4, A3)"}[office.paper]
    designs = {layouts[n].family for n, _, _ in found if layouts[n].family}
    own = [
        n
        for n, layout in sorted(layouts.items())
        if layout.family in designs
        and n not in office.materials
        and (size := paper_size(layout.trim)) is not None
        and size.family == office.paper
    ]
    named = listed([f"{n} ({size})" for n, size, _ in found])
    other = "ISO" if office.paper == "us" else "US"
    sizes = listed(sorted({size for _, size, _ in found}))
    ctx.errs.note(
        "office.paper-mix",
        f"office '{office.id}' prints on {FAMILY_WORD[office.paper]} paper (`paper: "
        f"{office.paper}`) and lists {named}, of {other} paper: {FAMILY_WORD[office.paper]} print "
        f"shops and office printers stock {stocked}",
        found[0][2],
        (
            f"list its {FAMILY_WORD[office.paper]} sizes of these designs ({listed(own)}) instead"
            if own
            else f"list sizes of {FAMILY_WORD[office.paper]} paper instead"
        )
        + f", unless a printer of {sizes} prints them",
    )


# An office's lists whose entries are names (what they do: a repeated name does it once)
REPEATABLE = {  # key: (what an entry is, what the office does, where its entries are)
    "languages": ("language", "prints it once", "language_marks"),
    "materials": ("material", "builds it once", "material_marks"),
    "presses": ("press", "builds its badges once", "press_marks"),
    "hide": ("field", "hides it", "hide_marks"),
}


def _check_repeated(office: Office, ctx: Context) -> None:
    """An `office.repeated` warning at the second of an entry its own file lists twice in one
    of REPEATABLE: `languages: [en, en]` was accepted without a word (a UNODC office's trial:
    it printed English alone, the slip for `[en, sw]` unseen but for the warning about sw's
    fields)."""
    for key, (what, does, where) in REPEATABLE.items():
        items: tuple[str, ...] = getattr(office, key)
        marks: tuple[Mark, ...] = getattr(office, where)
        if len(marks) != len(items):  # one text, or read otherwise: no place of each
            continue
        first: dict[str, Mark] = {}
        for item, mark in zip(items, marks, strict=True):
            if item not in first:
                first[item] = mark
                continue
            if not _own(office, mark):  # an office it extends: its own check names it
                continue
            ctx.errs.warn(
                "office.repeated",
                f"office '{office.id}' {key}: names the {what} '{item}' twice (first at "
                f"{first[item].line}:{first[item].col}): the office {does}",
                mark,
                f"remove this '{item}', or write the {what} you meant",
            )


def check_offices(
    campaign: Campaign,
    languages: dict[str, Language],
    layouts: dict[str, Layout],
    offices: dict[str, Office],
    ctx: Context,
    unreadable: frozenset[str] = frozenset(),
) -> None:
    """Every office's languages have strings files, its materials are layouts or sizes of the
    kit, and its fields are contact fields or the campaign's."""
    declared = list(known_fields(campaign))
    shown = _shown_links(layouts)
    pressed = {la.press for la in layouts.values() if la.press is not None}  # _check_presses
    # a layout file with errors leaves its material, or one of its sizes, out of `layouts`:
    # its own error is the one cause, and a material an office builds is not told missing
    # ("did you mean 'event-flyer-a5'?" sent a trial's user to a wrong fix)
    unread_layouts = any(
        d.mark is not None and d.mark.path.parent.name == "layouts" for d in ctx.errs.errors
    )
    for office in offices.values():
        country = iso_country(office.country)  # a tel: link's national number: of it
        for name, link in office.links.items():
            at = office.link_marks.get(name, office.mark)
            own = _own(office, at)  # the link of an office it extends: that office is told
            mine = (link,) if own else ()  # https://example.org/report: QR codes led there
            judged = placeholder_values(
                link_placeholder, mine, office.sample, country, office.languages
            )
            for found in judged:
                ctx.errs.error(
                    "office.placeholder",
                    f"office '{office.id}' link '{name}' '{link}' is a placeholder "
                    f"({found.stand_in}): its QR codes and PDF links would lead there",
                    at,
                    "write the office's own checked address, or take the link out: the "
                    "campaign's then shows",
                    *sample_hint(found, OFFICE_SAMPLE),
                )
            # report: https://... led no QR code there, without a word
            if name not in shown and own:
                ctx.errs.warn(
                    "office.link",
                    f"office '{office.id}' link '{name}' is shown by no material's QR code "
                    f"(they show {', '.join(sorted(shown)) or 'none'}): it changes nothing",
                    at,
                    *did_you_mean(name, sorted(shown)),
                    "to lead the campaign's QR codes to it, name it blueheart (the link they "
                    "show); or define it under links: in campaign.yaml and give a layout's qr "
                    "slot `link: " + name + "`",
                )
        if not latin_text(office.name):
            ctx.errs.warn(
                "office.name",
                f"office '{office.id}' name '{office.name}' is not in Latin letters: the "
                "hand-off package's contact sheets and index, set in a font of Latin, Greek "
                "and Cyrillic, show the office by its id instead",
                office.name_mark or office.mark,
                "write the office's English name here, and this one under names: (names: "
                "{ar: ...}: its PDFs' title in that language; the materials print the "
                "office_name field, in a language of its own under fields_by_language)",
            )
        # the languages it means to print: `languages: en, my` is one entry, 'en, my' (a
        # ref.language error with the list to write); my's names are not "not printed" too
        meant = {_kit_code(c, languages) for e in office.languages for c in _listed_codes(e)}
        for code, entry in office.names.items():
            if code not in languages and code not in unreadable:  # names: {english: ...}
                ctx.errs.warn(
                    "office.name",
                    f"office '{office.id}' names: '{code}' is no language of the kit: the "
                    "name is not used (names: gives the office's name in each language of "
                    "its PDFs' titles, by language code)",
                    entry.mark,
                    *code_hints(code, languages, suits="if that suits"),
                )
            elif code in languages and code not in meant and _own(office, entry.mark):
                _not_printed(office, code, "names", entry.mark, ctx, languages)
        _check_logo_names(office, layouts, ctx)
        _check_logos(office, layouts, ctx)
        check_logo_alts(office, layouts, languages, ctx, unreadable, campaign.source_language)
        for i, name in enumerate(office.materials):
            if name not in layouts and not unread_layouts:
                where = office.material_marks[i] if i < len(office.material_marks) else office.mark
                ctx.errs.error(
                    "ref.material",
                    f"office '{office.id}' builds material '{name}', which the kit does not have",
                    where,
                    *material_hints(name, layouts),
                )
        _check_presses(office, pressed, ctx)
        _check_press_condition(office, ctx)
        _check_paper_family(office, layouts, ctx)
        _check_repeated(office, ctx)
        _check_country(office, ctx)
        for i, code in enumerate(office.languages):
            if code not in languages and code not in unreadable:
                marks = office.language_marks
                listed = _listed_codes(code)
                hints = (
                    (f"write a list: languages: [{', '.join(listed)}]",)
                    if len(listed) > 1
                    else code_hints(code, languages, new_language=True)
                )
                ctx.errs.error(
                    "ref.language",
                    f"office '{office.id}' prints '{code}', which has no strings file",
                    marks[i] if i < len(marks) else office.mark,
                    *hints,
                )
            elif code in languages:
                _check_country_code(office, code, meant, languages, ctx)
        for code in office.fields_by_language:
            # at the code's key: it was at its first field's value, the line below
            where = office.language_field_marks.get(code, office.mark)
            if not _own(office, where):  # an office it extends: its own check names it
                continue
            if code not in languages and code not in unreadable:
                ctx.errs.error(
                    "ref.language",
                    f"office '{office.id}' gives fields for '{code}', which has no strings file",
                    where,
                    *unwritten_code_hints(code, languages),
                )
            elif code not in meant:
                _not_printed(office, code, "fields_by_language", where, ctx, languages)
        source = languages.get(campaign.source_language)
        if source is not None:
            _check_strings(office, languages, source, meant, ctx, unreadable, declared)
        fields = [office.fields, *office.fields_by_language.values()]
        given_hidden = {  # hidden, and given in its own file: which is meant?
            name: given[0][name].mark
            for name in dict.fromkeys(office.hide)
            if (given := [f for f in fields if name in f and f[name].text])
            and _own(office, given[0][name].mark)
        }
        for name, mark in given_hidden.items():
            message, hint = _hidden_given(office, name, given_hidden)
            ctx.errs.warn("office.hidden", message, mark, hint)
        # each field with the languages it prints in: a language's own (fields_by_language),
        # else every language of the office (a stand-in's abbreviations are judged by them:
        # `Dinas Sosial, NTB` is an Indonesian province, n.t.b. Dutch's)
        written = [(office.languages, office.fields)] + [
            ((code,), f) for code, f in office.fields_by_language.items()
        ]
        for codes, name, entry in ((c, n, e) for c, f in written for n, e in f.items()):
            if not _own(office, entry.mark):  # the office it extends is told
                continue
            if name not in declared:
                ctx.errs.error(
                    "ref.field",
                    f"office '{office.id}' sets field '{name}', which campaign.yaml does not "
                    "declare",
                    entry.mark,
                    *(
                        did_you_mean(name, declared)
                        or contact_meant(name, declared)
                        or ("add it under 'fields:' in campaign.yaml",)
                    ),
                )
            elif entry.text:
                _check_contact(office, name, entry, ctx, codes)


def _check_country_code(
    office: Office,
    code: str,
    meant: Collection[str],
    languages: dict[str, Language],
    ctx: Context,
) -> None:
    """A `ref.language-country` warning for a language the office prints (`code`, of
    the kit) whose code is a country's too, where the office's `country:` or the languages
    it gives values in say the country was meant (`country_meant`: am, Amharic, by a
    Tbilisi office whose names: give Armenian, hy); not where its values in that language
    are written in its own script (an office of Malaysia whose names: give its name in
    Burmese, my, in Myanmar script). Said by the office that lists it, at its entry; not by
    those that extend it."""
    marks = dict(zip(office.languages, office.language_marks, strict=False))
    at = marks.get(code, office.mark)
    if not _own(office, at):
        return
    given: dict[str, Collection[str]] = {
        "names:": office.names,
        "fields_by_language:": office.fields_by_language,
        "strings:": office.strings,
    }
    named = office.names.get(code)
    texts = [named.text] if named is not None else []
    texts += [e.text for e in office.fields_by_language.get(code, {}).values()]
    texts += [e.text for e in office.strings.get(code, {}).values()]
    written = f"its name under names: ({code}: ...)"
    found = country_meant(code, languages, meant, office.country, given, "country", texts, written)
    if found is not None:
        ctx.errs.warn(
            "ref.language-country", f"office '{office.id}' prints {found[0]}", at, found[1]
        )


def _hidden_given(office: Office, name: str, given: Collection[str]) -> tuple[str, str]:
    """`office.hidden`'s message and hint for field `name`, which `office` hides though its
    own file gives it a value (as it gives every field of `given`): the file and line whose
    `hide:` hides it, and the fix that works for this office. That `hide:` is the office's own,
    or the one it takes from an office it extends while it gives none itself (README,
    Offices: a country's own `hide:` replaces its region's); then the fix is a `hide:` of its
    own without the fields it gives (`hide: []`: none), not an edit of that office's file,
    which would print the field for every office that extends it. The hint told a country to
    "take 'helpline' out of `hide:`", which only its region's file had (a user's trial)."""
    at = office.hidden_at(name)
    own = at is None or _own(office, at)
    where = f"materials/offices/{(office.path if at is None else at.path).name}" + (
        f":{at.line}" if at is not None and at.line else ""
    )
    if own:
        return (
            f"office '{office.id}' hides field '{name}', which its file gives a value: the "
            "value does not print",
            f"take '{name}' out of `hide:` ({where}) to print it, or empty the value",
        )
    assert at is not None  # not its own
    rest = ", ".join(n for n in dict.fromkeys(office.hide) if n not in given)
    return (
        f"office '{office.id}' gives field '{name}' a value, which does not print: the `hide:` "
        f"it takes from office '{at.path.stem}' hides it ({where})",
        f"to print it, give {office.path.name} a `hide:` of its own, which replaces "
        f"{at.path.stem}'s: `hide: [{rest}]`; or empty the value",
    )


def _own(office: Office, mark: Mark) -> bool:
    """Whether a value of `office` is written in its own file, not taken from an office it
    extends (whose own checks name a problem of it, once)."""
    return mark.path == office.path


def _check_strings(
    office: Office,
    languages: dict[str, Language],
    source: Language,
    meant: Collection[str],
    ctx: Context,
    unreadable: Collection[str],
    declared: Collection[str],
) -> None:
    """The office's own texts (`strings:`), each checked as a translation is: a language of
    the kit (an `office.strings` error) that the office prints (`office.language`, a
    warning), a key of the source language's strings (`office.strings`), its braces as a
    strings file's are (`references.check_braces`: a `{field}` of no field of `declared` or
    of the language's, `ref.field`, an error: it prints as written), a `{field}` of the
    source's text it lacks (`strings.placeholder`, a warning; an error with --strict), its
    letters mostly in the language's script (`strings.script`, a warning: `_office_script`).
    Whether it fits its frames is the build's to tell, as for any string. Not the texts it
    takes from an office it extends: that office's checks name them."""
    keys = sorted(source.strings)
    for code, texts in office.strings.items():
        own = {k: e for k, e in texts.items() if _own(office, e.mark)}
        if not own:
            continue
        where = office.strings_marks.get(code, next(iter(own.values())).mark)
        if code not in languages:
            if code not in unreadable:
                ctx.errs.error(
                    "office.strings",
                    f"office '{office.id}' strings: gives texts in '{code}', which has no "
                    "strings file",
                    where,
                    *unwritten_code_hints(code, languages),
                )
            continue
        if code not in meant:
            _not_printed(office, code, "strings", where, ctx, languages)
        for key, entry in own.items():
            src = source.strings.get(key)
            if src is None:
                ctx.errs.error(
                    "office.strings",
                    f"office '{office.id}' strings: {code}: '{key}' is no string of the kit "
                    f"({source.path.name} has no such key): the text is not used",
                    entry.mark,
                    *(
                        did_you_mean(key, keys)
                        or (f"write a key of materials/strings/{source.path.name}",)
                    ),
                )
                continue
            known = {**dict.fromkeys(declared), **languages[code].fields}
            subject = Subject(office=office.id, language=code, key=key)
            for text, named, place in (
                (entry.text, "", entry.place_of),
                (entry.short or "", SHORT_NAMED, entry.short_place_of),
            ):
                check_braces(text, known, entry.mark, ctx.errs, named, subject, place)
            _office_placeholders(office, code, entry, src, source.path.name, ctx, known)
            _office_script(office, entry, languages[code], ctx)


def _office_script(office: Office, entry: StringEntry, lang: Language, ctx: Context) -> None:
    """A `strings.script` warning for an office's own text (and its short variant) in `lang`
    mostly in another script than the language's (`translate.checks.script_problem`), at
    its key in the office's file: `strings: {am: {cta_join: "Join the Blue Heart Campaign
    in Ethiopia."}}` printed English on the office's Amharic pages without a word, where its
    `fields:` get an `office.script` note (an office's trial). A warning, as a strings file's
    text is: a text of 20 letters or more mostly in another script is no name kept as
    written (what the fields' note allows); one that is, is marked with its language."""
    from ..translate.checks import script_problems

    for part, said, fix in script_problems(entry, lang):
        ctx.errs.warn(
            "strings.script",
            f"the office's own text{part} (strings:) {said}",
            entry.mark,
            f"{fix}; with --strict this is an error",
            subject=Subject(office=office.id, language=lang.code, key=entry.key),
        )


def _office_placeholders(
    office: Office,
    code: str,
    entry: StringEntry,
    src: StringEntry,
    theirs: str,
    ctx: Context,
    known: Collection[str],
) -> None:
    """A `strings.placeholder` warning for an office's text (and its short variant, against
    the source's text `references.judged_by` names) that lacks a `{field}` placeholder of
    the source language's text: a {helpline} dropped, and the office's materials print
    without the helpline. A placeholder of a field `known` that the source's text has not is
    none: the office's own words may name its helpline, and it prints (it was told to "write
    the text without placeholders"); one of no field is `check_braces`' error
    (`references.placeholder_change`)."""
    pairs = [("", entry.text, src.text)]
    if entry.short:
        pairs.append((" (short)", entry.short, judged_by(src, "short")))
    for part, text, want in pairs:
        lacks, _ = placeholder_change(text, want, known)
        if not lacks:
            continue
        wanted = ", ".join(p for p in sorted(placeholders(want)) if p[1:-1] in known)
        ctx.errs.warn(
            "strings.placeholder",
            f"office '{office.id}' strings: {code}: '{entry.key}'{part} lacks "
            f"{', '.join(lacks)}, which {theirs}'s text has: it prints without "
            + ("it" if len(lacks) == 1 else "them"),
            entry.mark,
            f"write the text with the placeholders of the kit's, {wanted}; with --strict this "
            "is an error",
        )


# Other names offices give the contact fields (model.CONTACT_FIELDS): `phone:` was told to
# add a field to campaign.yaml, which no layout shows (an office's trial)
CONTACT_WORDS = {
    "helpline": ("phone", "telephone", "tel", "hotline", "phone_number", "number", "call"),
    "report_url": ("report", "report_link", "reporting", "form", "report_form"),
    "website": ("web", "url", "site", "homepage", "web_site", "www"),
    "email": ("e-mail", "mail", "e_mail", "email_address", "contact_email"),
    "social": ("twitter", "x", "facebook", "instagram", "handle", "social_media"),
    "office_name": ("name", "office", "office_title"),
}


def contact_meant(name: str, declared: Collection[str]) -> tuple[str, ...]:
    """The hint for a field named as offices often name a contact field (`phone` for
    helpline), when the kit declares that field; else none."""
    key = name.casefold().replace("-", "_")
    for field_name, words in CONTACT_WORDS.items():
        if field_name in declared and key in {w.replace("-", "_") for w in words}:
            return (f"the kit calls it '{field_name}': write {field_name}: instead",)
    return ()


# The project's choices for an office's raster logo, against the slots that show it (fit:
# contain, letterboxed): a logo shown at less than half the height its slot gives it (a
# 10:1 wordmark in a 40 x 12 mm slot: 40 x 4 mm) has its words printed at less than half the
# size the design meant (an office's trial: 32 x 3 mm, unreadable); a logo of more than
# LARGE_PIXELS at more than LARGE_PPI where it prints largest costs every build its decoding
# for nothing (an office's trial: a 48-million-pixel logo, 650 MB of memory a process, where
# a build's process peaks at about 100 MB: bench/README.md)
LOGO_HEIGHT_SHARE = 0.5
LARGE_PPI = 4 * 300.0  # four times the print shops' 300 ppi (kinds.GOOD_PPI)
LARGE_PIXELS = 16_000_000  # 64 MB decoded as RGBA


def _check_logo_names(office: Office, layouts: Mapping[str, Layout], ctx: Context) -> None:
    """An `office.logo` error at the name of each of `office`'s logos that no layout shows
    while a layout shows a logo the office lacks of a name close to it (diagnostics.closest):
    a misspelt name, and the logo would not print. It was a warning at the layout's slot, for
    each material, saying "or fix the name in the layout", and the build went on without the
    logo (`partner-logo:` for the layouts' `partner`: an office's trial). An office without a
    logo a layout asks for, and without such a name, is no error: the slot gives way."""
    asked: dict[str, list[Layout]] = {}  # logo name: the layouts whose slots show it
    for layout in layouts.values():
        for logo in dict.fromkeys(getattr(slot, "logo", None) for slot in layout.slots):
            if logo:
                asked.setdefault(logo, []).append(layout)
    lacking = sorted(name for name in asked if name not in office.logos)
    for name in office.logos:
        if not _own(office, office.logo_marks.get(name, office.mark)):
            continue
        meant = closest(name, lacking) if name not in asked else None
        if meant is None:
            continue
        shown = [lay.id for lay in asked[meant] if office.builds(lay)] or [
            lay.id for lay in asked[meant]
        ]
        ids = [*shown[:3], f"{len(shown) - 3} more"] if len(shown) > 4 else shown
        ctx.errs.error(
            "office.logo",
            f"office '{office.id}' has logo '{name}', which no layout shows, and not "
            f"'{meant}', which {listed(ids)} show{'s' if len(ids) == 1 else ''}: the logo "
            "does not print",
            office.logo_name_marks.get(name, office.logo_marks.get(name, office.mark)),
            f"rename '{name}' to '{meant}'",
        )


def _check_logos(office: Office, layouts: Mapping[str, Layout], ctx: Context) -> None:
    """An `image.logo-small` warning for each logo of `office`, raster or SVG, shown lower
    than the capitals of its material's type floor (images.small_logo), else
    `image.logo-shape` for a raster one that its slots show at less than LOGO_HEIGHT_SHARE
    of their height (one warning a logo: a 12:1 wordmark had both at one line; the first
    says the second's share where it holds too), and `image.large` for one of more than
    LARGE_PIXELS that prints at more than LARGE_PPI even where it prints largest; at the
    logo's line in the office's file. The slots are those of the layouts of the office's
    paper (or of any paper) or of its `materials:`."""
    from ..assets import image_size
    from ..diagnostics import Collector

    for name, path in office.logos.items():
        if not _own(office, office.logo_marks[name]):
            continue
        shown = _placements(office, layouts, name)
        if not shown:  # no slot shows it: nothing to read (an SVG was parsed for nothing)
            continue
        if path.suffix.lower() == ".svg":
            _small_logo(office, name, _svg_aspect(path), shown, ctx)
            continue
        pixels = image_size(path, None, Collector())
        if not pixels:
            continue
        pw, ph = pixels
        mark = office.logo_marks.get(name, office.mark)
        placed_in = [_Placed(*placed(s.width, s.height, pw, ph, s.cover), s) for s in shown]
        short = [
            p
            for p in placed_in
            if not p.slot.cover and p.height < LOGO_HEIGHT_SHARE * p.slot.height
        ]
        low = min(short, key=lambda p: p.height / p.slot.height) if short else None
        share = slot = percent = ""
        if low is not None:
            lw, lh, (w, h, where, *_) = low
            more = f" (and {len(short) - 1} more slots)" if len(short) > 1 else ""
            slot, percent = f"the {mm(w)} x {mm(h)} mm slot {where}{more}", f"{lh / h * 100:.0f} %"
            share = f"{percent} of the height the design gives it in {slot}"
        said = _small_logo(office, name, pw / ph, shown, ctx, f"{pw} x {ph} px, ", share)
        if low is not None and not said:
            ctx.errs.warn(
                "image.logo-shape",
                f"logo '{name}' ({path.name}, {pw} x {ph} px, {pw / ph:.1f}:1) prints "
                f"{mm(lw)} x {mm(lh)} mm in {slot}: {percent} of the height the design gives "
                "it, so the words in it print that much smaller",
                mark,
                f"use a version of the logo nearer the slot's proportions ({w / h:.1f}:1), "
                "such as a stacked one",
            )
        big = max(placed_in, key=lambda p: p.width)
        lw, where = big.width, big.slot.where
        ppi = pw / (lw / 25.4)  # a cover slot's: the logo's whole width, cropped at the frame
        if pw * ph > LARGE_PIXELS and ppi > LARGE_PPI:
            ctx.errs.warn(
                "image.large",
                f"logo '{name}' ({path.name}) has {pw * ph / 1e6:.0f} million pixels, "
                f"{ppi:,.0f} ppi where it prints largest ({lw:.0f} mm wide in slot {where}): "
                f"every build decodes them all (about {pw * ph * 4 / 2**20:.0f} MB of memory "
                "a process)",
                mark,
                f"scale it down to about {lw / 25.4 * 600:,.0f} px wide (600 ppi there; 300 is "
                "enough)",
            )


def _small_logo(
    office: Office,
    name: str,
    aspect: float | None,
    shown: list[LogoSlot],
    ctx: Context,
    pixels: str = "",
    share: str = "",
) -> bool:
    """An `image.logo-small` warning, at the logo's line in the office's file, for a logo of
    `aspect` (its width over its height; None: not known, nothing said) that a slot of
    `shown` letterboxes lower than the capitals of the smallest type its material sets
    (images.small_logo, the rule a merged row's logo is held to too): whatever words it
    holds print smaller than any text of the kit there. Each such slot is named with the
    logo's size in it (mm; a screen image's in px too), and the fix: a stacked version or a
    wider slot, or a taller slot where it already fills the height. `pixels`: "<w> x <h>
    px, " for a raster file; `share`: the `image.logo-shape` fact of a raster logo ("32 % of
    the height the design gives it in the ... slot ..."), said here instead of in a warning
    of its own. The warning names the materials of those slots (fact MATERIALS: the
    preview shows it on their cards). Whether it warned."""
    if aspect is None:
        return False
    found = small_logo(aspect, shown)
    if found is None:
        return False
    ctx.errs.warn(
        "image.logo-small",
        logo_small_message(name, office.logos[name].name, aspect, found, pixels, share),
        office.logo_marks.get(name, office.mark),
        logo_small_fix(found, "under 'logos:' here"),
        facts=((MATERIALS, found.materials),),
    )
    return True


def _svg_aspect(path: Path) -> float | None:
    """An SVG logo's width over its height as it is drawn (svgart.svg_aspect), None where that
    is not plain or the file does not read (its own error, at the office's file). From the
    parse of the office's load (`_raster`), where the file is as it was then: a shown SVG
    logo was parsed twice, at load and here."""
    try:
        return _svg_aspect_of(path, *_state(path))
    except (DiagnosticsError, OSError):
        return None


def _state(path: Path) -> tuple[int, int]:
    """The file's modification time (ns) and size: its state, by which it is read once."""
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=64)
def _svg_aspect_of(path: Path, mtime_ns: int, size: int) -> float | None:
    """The aspect of the SVG at `path` in the state `mtime_ns`, `size` (svgart.parse_svg,
    svgart.svg_aspect), parsed once per state; parse_svg's DiagnosticsError is raised (and
    not kept: the file is read again next time)."""
    from ..svgart import parse_svg, svg_aspect

    return svg_aspect(parse_svg(path))


class _Placed(NamedTuple):
    """A logo as a slot shows it: its size there (mm; a cover slot's: the whole logo, cut
    off at the frame)."""

    width: float
    height: float
    slot: LogoSlot


def _placements(office: Office, layouts: Mapping[str, Layout], logo: str) -> list[LogoSlot]:
    """The frames (width, height, mm) of the slots that show `logo` in the layouts `office`
    builds, each with "'<slot>' of <layout>" and whether it covers its frame (`fit: cover`);
    not a frame of no width or height (a `schema.value` error of its own)."""
    out = []
    for layout in layouts.values():
        if not office.builds(layout):
            continue
        for slot in layout.slots:
            if isinstance(slot, ImageSlot) and slot.logo == logo:
                shown = logo_slot(layout, slot)
                if shown.width > 0 and shown.height > 0:
                    out.append(shown)
    return out


def _listed_codes(entry: str) -> list[str]:
    """The language codes one entry of an office's `languages:` lists: itself, or the codes
    of a list written as one text ('en, my', 'en my')."""
    return re.split(r"[,;\s]+", entry.strip())


def _kit_code(code: str, languages: Mapping[str, Language]) -> str:
    """The kit's code that `code`, of an office's `languages:`, means where its `ref.language`
    error says to write it (`code_hints`): the kit's spelling of a code in another case (SW:
    sw), the kit's code of another code of its language (swa: sw); else `code`. The values
    the office gives that language are then not told "a language it does not print" too:
    `languages: [en, SW]` beside `fields_by_language: {sw: ...}` was also told "give them
    under sw, the language it prints", where they were (a UNODC office's trial)."""
    if code in languages:
        return code
    folded = {c.casefold(): c for c in languages}
    if code.casefold() in folded:
        return folded[code.casefold()]
    other = other_code(code, {c: lang for c, lang in languages.items() if not lang.pseudo})
    return other if other is not None and other in languages else code


def _not_printed(
    office: Office, code: str, key: str, mark: Mark, ctx: Context, known: Collection[str] = ()
) -> None:
    """An `office.language` warning: the office gives `key` values for a language of the kit
    it does not print (`fields_by_language: {es: ...}` beside `languages: [es-MX, en]`: the
    Spanish flyer printed the English office name, without a word). The hint names the
    language it prints of the same base language, if any."""
    base = code.split("-")[0].lower()
    # as the kit writes them (`languages: [es-mx]` is es-MX: its ref.language error says so)
    spelt = {c.lower(): c for c in known}
    printed = [spelt.get(c.lower(), c) for c in office.languages]
    same = [c for c in printed if c.split("-")[0].lower() == base]
    if len(same) == 1 and same[0].lower() not in spelt and code.lower() in spelt:
        # `languages: [pt-br]`, which the kit has not (an error there says "write 'pt'"), and
        # `fields_by_language: {pt: ...}`: "give them under pt-br" said the opposite fix
        fix = f"its languages: writes '{same[0]}', which the kit does not have: write '{code}'"
    elif len(same) == 1:
        fix = f"give them under {same[0]}, the language it prints"
    else:
        fix = f"add {code} to its languages:, or remove them"
    ctx.errs.warn(
        "office.language",
        f"office '{office.id}' {key}: gives '{code}', a language it does not print "
        f"(languages: {', '.join(office.languages)}): used only by a build that picks "
        f"{code} with --lang",
        mark,
        fix,
    )


# The scripts of the package's font (Noto Sans: Latin, Greek and Cyrillic; its cmap has them,
# read with fontTools), in which its contact sheets and index are set
PACKAGE_SCRIPTS = (None, "Latn", "Grek", "Cyrl")


def _shown_links(layouts: dict[str, Layout]) -> set[str]:
    """The link names the kit's QR codes show (every layout's qr slots' `link:`)."""
    return {
        slot.link
        for layout in layouts.values()
        for slot in layout.slots
        if isinstance(slot, QrSlot)
    }


def latin_text(text: str) -> bool:
    """Whether every letter of `text` is a Latin, Greek or Cyrillic one (digits, spaces and
    punctuation are any script's): what the package's font (Noto Sans) sets without empty
    boxes. (A Russian office name is one: it was warned about as not Latin.)"""
    from ..text.scripts import char_script

    return all(
        char_script(c) in PACKAGE_SCRIPTS for c in text if unicodedata.category(c).startswith("L")
    )


# What a contact field's value must look like to be printed as one (warnings: the office
# knows its contacts; these catch the slips a reader would meet, as the trial of an office's
# file did: an e-mail without @, a web address with "htps//", a helpline with letters O for 0).
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
WEB = re.compile(r"(?:https?://)?[^\s/:@]+\.[^\s/:@]+(?:[/?#]\S*)?", re.IGNORECASE)
# a + before a digit anywhere: "(+221) 33 859 96 96", two numbers "+221 ... / +221 ..."
PHONE = re.compile(r"(?:\+(?=\d)|[\d\s().\-/])+(?:\s*(?:ext\.?|x)\s*\d+)?", re.IGNORECASE)


def _full_width(office: str, name: str, value: str, at: Mark, ctx: Context) -> bool:
    """An `office.contact` warning, and True, for a contact that a reader types or dials
    (TYPED) written in full-width forms (＋６６ ２ １２３, info＠example.org: a Chinese,
    Japanese or Korean keyboard's): they print as written, wider than the text around them,
    and copied from a digital PDF a phone or a browser may not read them (a tel: link made of
    the helpline has its digits in ASCII); the hint gives it in ASCII."""
    found = list(dict.fromkeys(FULL_WIDTH.findall(value)))
    if name not in TYPED or not found:
        return False
    shown = ", ".join(f"'{c}'" for c in found[:4]) + (", ..." if len(found) > 4 else "")
    ctx.errs.warn(
        "office.contact",
        f"office '{office}' {name} '{value}' is written in full-width characters ({shown}): "
        "it prints as written, wider than the text around it, and copied from a digital PDF "
        "a phone or a browser may not read it",
        at,
        f"write it as '{half_width(value)}'",
    )
    return True


# the hint for the project's samples (example.org, +00 ...) in an office's file
OFFICE_SAMPLE = "an office made only to try the kit"


def _check_country(office: Office, ctx: Context) -> None:
    """An `office.country` error for a `country:` that is no country's ISO 3166 code (CLDR's
    territories, as a merged row's `date_region` is read: countries.iso_country), with
    the code of a country named instead ("Kenya": KE) in the hint; said by the office that
    writes it, not by those that extend it."""
    at = office.country_mark or office.mark
    if office.country is None or not _own(office, at):
        return
    from ..merge.languages import country_code

    if iso_country(office.country):
        return
    named = country_code(office.country, office.languages)
    ctx.errs.error(
        "office.country",
        f"office '{office.id}' country '{office.country}' is not a country's code: its "
        "helpline's national numbers could not be read by its country",
        at,
        f"write {named[0]}, the code of {named[1]} (ISO 3166)"
        if named
        else "write the country's two-letter code (ISO 3166: KE, GB), or take country: out",
    )


def _check_phone_numbers(sender: Office, country: str, entry: StringEntry, ctx: Context) -> None:
    """An `office.phone` warning for each number of the helpline (its text and its short
    form) that is wrong for the office's `country` (its `country:`, ISO 3166): a length no
    number of the country has, or digits no number there begins with
    (merge.phone_numbers.checked_numbers, libphonenumber's metadata, as a merged row's
    `merge.phone`). Printed as given; a reader would dial a number that does not exist.
    Without a country (""), each national number, as a merged row's of no country: it is not
    checked, and dials only inside its country (`unknown_country`)."""
    from ..merge.phone_numbers import (
        OFFICE_NATIONAL_FIX,
        checked_numbers,
        unknown_country,
        with_country_code,
    )

    told: set[str] = set()
    for text in (entry.text, entry.short):
        for number, found in checked_numbers(text or "", country):
            if found.problem is None or number in told:
                continue
            told.add(number)
            problem, fix = found.problem
            if not country and not with_country_code(number):  # the office names none
                problem, fix = (
                    unknown_country(number.strip(), "the office names"),
                    OFFICE_NATIONAL_FIX,
                )
            ctx.errs.warn(
                "office.phone",
                f"office '{sender.id}' helpline: {problem}",
                entry.mark,
                fix,
            )


def _check_contact(
    sender: Office, name: str, entry: StringEntry, ctx: Context, codes: tuple[str, ...] = ()
) -> None:
    """For a contact field's text and its short form (printed too, where the text does not
    fit): an `office.placeholder` error for each value that stands for one still to come
    (`contacts.placeholder_values`, by the languages it prints in, `codes`: nothing of the
    office prints with it; the project's sample values are too, but in an office marked
    `sample: true`); for any other value, the checks of `_check_written`."""
    office, told = sender.id, set()
    values = (entry.text, entry.short) if name in CONTACT_FIELDS else ()
    country = iso_country(sender.country)  # a helpline's: 020 7946 0123 of GB
    for found in placeholder_values(name, values, sender.sample, country, codes):
        told.add(found.value)
        ctx.errs.error(
            "office.placeholder",
            f"office '{office}' {name} '{found.value}' is a placeholder ({found.stand_in}): it "
            "would print on every material of the office",
            entry.mark,
            f"write the office's checked {name}, or leave it empty: its slot is then left out "
            "and the build lists it as unfilled",
            *sample_hint(found, OFFICE_SAMPLE),
        )
    for text in (entry.text, entry.short):
        if text and text.strip() not in told:
            _check_written(office, name, text.strip(), entry.mark, ctx)
    # a country that is no code is office.country's error alone
    if not told and name == "helpline" and (country or not sender.country):
        _check_phone_numbers(sender, country, entry, ctx)


def _check_written(office: str, name: str, value: str, at: Mark, ctx: Context) -> None:
    """An `office.invisible` error for a contact holding a character no address has, else an
    `office.contact` warning for an e-mail, web address or phone number that is not written
    as one (printed as given, and a reader cannot use it), or written in full-width forms."""
    hidden = invisible_problem(value) if name in (*ADDRESSES, "helpline") else None
    if hidden is not None:  # a QR code or PDF link would hold it, leading nowhere
        ctx.errs.error(
            "office.invisible",
            f"office '{office}' {name} '{value}': {hidden[0]}",
            at,
            hidden[1],
        )
        return
    if _full_width(office, name, value, at, ctx):
        return
    plain = without_scheme(value)
    if name == "email" and not EMAIL.fullmatch(plain):
        problem, hint = "is not an e-mail address", "write it as name@example.org"
    elif name in ("website", "report_url") and not WEB.fullmatch(value):
        problem = "is not a web address"
        hint = "write it as https://example.org/page, or example.org/page as it should print"
    elif name == "helpline" and not PHONE.fullmatch(plain):
        problem = "is not a phone number (digits, spaces, + ( ) . - /, and ext. 123)"
        hint = "check it: the letter O for a zero, a note in the number (write notes elsewhere)"
    else:
        return
    ctx.errs.warn(
        "office.contact",
        f"office '{office}' {name} '{value}' {problem}; it prints as written",
        at,
        hint,
    )


__all__ = ["check_offices", "read_office"]


def check_logo_alts(
    office: Office,
    layouts: Mapping[str, Layout],
    languages: dict[str, Language],
    ctx: Context,
    unreadable: Collection[str] = (),
    source: str | None = None,
) -> None:
    """An `office.logo-alt` warning at the line of each of `office`'s logos that a layout it
    builds shows with no alternative text (`alt:`):
    the digital PDF tags a logo with alternative text as a figure, read out in the page's
    language (else in the `source` language's or the office's, with its language), and one
    without as decoration, of which a screen reader says nothing. The kit never makes up an
    organisation's name: the warning asks for it. An `alt:` in a code that is no language of
    the kit is named too (one whose strings file is there but `unreadable`: its error says
    why), and so are the languages the office prints that an `alt:` lacks
    (`_alt_lacks`)."""
    shown = {
        slot.logo
        for layout in layouts.values()
        if office.builds(layout)
        for slot in layout.slots
        if isinstance(slot, ImageSlot) and slot.logo
    }
    printed = [c for c in office.languages if c in languages]
    for name, path in office.logos.items():
        mark = office.logo_marks.get(name, office.mark)
        if name not in shown or not _own(office, mark):  # an office it extends is told
            continue
        alts = office.logo_alts.get(name, {})
        codes = [f"{c}: ..." for c in printed[1:3]]
        alt = ", ".join([f"{printed[0] if printed else 'en'}: <the name>", *codes])
        form = f"{name}: {{file: {_asset_path(path)}, alt: {{{alt}}}}}"
        for given in alts:
            if given not in languages and given not in unreadable:  # its file's error says
                ctx.errs.warn(
                    "office.logo-alt",
                    f"office '{office.id}' logo '{name}' has alternative text in '{given}', "
                    "which is no language of the kit: "
                    + _read_by(office, name, given, source, printed),
                    mark,
                    *code_hints(given, languages, suits="if that suits"),
                )
        _says_nothing(office, name, alts, ctx)
        if not alts:
            ctx.errs.warn(
                "office.logo-alt",
                f"office '{office.id}' logo '{name}' ({path.name}) has no alternative text: "
                "the digital PDFs tag it as decoration, and screen readers say nothing of it",
                mark,
                "write the organisation's name as the logo shows it, in each language the "
                f"office prints: {form}",
            )
        else:
            _alt_lacks(office, name, printed, source, ctx, languages)


def _says_nothing(office: Office, name: str, alts: Mapping[str, str], ctx: Context) -> None:
    """A `layout.alt-text` warning at logo `name`'s `alt:` whose texts (one or more
    languages') are a file name or only a word for "logo" (`alt_words.says_nothing`): a
    screen reader reads "partner.png" or "logo", and says nothing of whose logo it is."""
    bad = [(code, text, why) for code, text in alts.items() if (why := says_nothing(text))]
    if not bad:
        return
    said = "; ".join(f"{code}: '{text}' is {why}" for code, text, why in bad)
    ctx.errs.warn(
        "layout.alt-text",
        f"office '{office.id}' logo '{name}' has alternative text that says nothing of it "
        f"({said}): a screen reader's listener learns nothing of whose logo it is",
        office.logo_alt_marks.get(name, office.logo_marks.get(name, office.mark)),
        f"{FIX}, in each language: {name}: {{file: {_asset_path(office.logos[name])}, alt: "
        f"{{{', '.join(f'{c}: ...' for c in alts)}}}}}",
    )


def _read_by(
    office: Office, name: str, given: str, source: str | None, printed: Collection[str]
) -> str:
    """What becomes of logo `name`'s alternative text under `given`, a code of no language
    of the kit: "it is not used" where every language the office prints (`printed`) reads
    another (its own, its base language's, the `source` language's: `resolve.logo_alt`), else the
    languages whose digital PDFs read it, having none of those, and the tag it is read with.
    The warning said "it is not used" where an alt with no text in the source language was
    read, first given, by every page lacking its own (an accessibility review)."""
    alts = office.logo_alts[name]
    ordered = {c: alts[c] for c in office.languages if c in alts} | alts  # as resolve orders
    readers = [c for c in printed if (got := logo_alt(ordered, c, source)) and got[1] == given]
    if not readers:
        return "it is not used"
    return (
        f"the digital PDFs in {', '.join(readers)}, which have no text of their own, read it, "
        f"tagged as {language_tag(given)}"
    )


def _alt_code(code: str, languages: Collection[str]) -> str | None:
    """`code` where it is a language of the kit, else the kit's code it is written for in
    other letter cases (`EN`: en), else None."""
    if code in languages:
        return code
    return next((c for c in languages if c.lower() == code.lower()), None)


def _alt_lacks(
    office: Office,
    name: str,
    printed: list[str],
    source: str | None,
    ctx: Context,
    languages: Collection[str] = (),
) -> None:
    """An `office.logo-alt` warning at logo `name`'s `alt:` that lacks languages the office
    prints (`printed`; a language's base language's text is its own: `sw` for `sw-KE`),
    naming them once: the digital PDFs in those languages read another's text
    (`resolve.logo_alt`), as that language, or a screen reader of the page's language reads
    it badly."""
    alts = office.logo_alts[name]
    lacking = [c for c in printed if not alts.get(c) and not alts.get(c.split("-")[0])]
    ordered = {c: alts[c] for c in office.languages if c in alts} | alts  # as resolve orders
    read = logo_alt(ordered, lacking[0], source) if lacking else None
    if read is None:
        return
    text, code = read
    those = "that language" if len(lacking) == 1 else "those languages"
    # a code of no kit language is written as the kit's code it stands for (`EN` as en: its
    # own warning says so), else left out: the hint said `alt: {EN: ..., en: ...}`, keeping
    # a code the kit does not use (an accessibility review)
    kept = {_alt_code(c, languages): t for c, t in alts.items() if _alt_code(c, languages)}
    written = [f"{c}: {t}" for c, t in kept.items()]
    given = ", ".join([*written, *(f"{c}: ..." for c in lacking if c not in kept)])
    as_code = f"text under '{code}'" if code not in languages else f"{code} text"
    ctx.errs.warn(
        "office.logo-alt",
        f"office '{office.id}' logo '{name}' has no alternative text in "
        f"{', '.join(lacking)}: the digital PDFs in {those} read its {as_code} instead "
        f"('{text}', tagged as {language_tag(code)})",
        office.logo_alt_marks.get(name, office.logo_marks.get(name, office.mark)),
        f"write the organisation's name as it writes it in {those}, the same where it is "
        f"written alike (its language tag is then right): "
        f"{name}: {{file: {_asset_path(office.logos[name])}, alt: {{{given}}}}}",
    )


def _asset_path(path: Path) -> str:
    """A logo's path as written: from the folder under the last `assets` (logos/p.png)."""
    parts = path.parts
    under = len(parts) - parts[::-1].index("assets") if "assets" in parts else len(parts) - 1
    return "/".join(parts[under:])
