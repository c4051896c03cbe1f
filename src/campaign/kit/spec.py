"""The generic reader: YAML nodes into the model's dataclasses, driven by their `Key`s.

`read(cls, node, what, ctx)` checks one mapping against the declared keys of `cls`: unknown
keys (with "did you mean"), missing keys, wrong types, numbers out of range and bad choices
become diagnostics in `ctx.errs`; every problem is reported, not just the first. Each value
is read by a `Form` chosen from the field's type (text, number, choice, list, nested mapping)
or named in the `Key` (`form="asset"`); the same forms describe the key in the JSON Schema
and the reference pages. Rules between keys live in small hooks registered with `@check`.
"""

from __future__ import annotations

import dataclasses
import re
import types
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from .. import model
from ..commands import command
from ..diagnostics import Collector, Mark, did_you_mean
from ..load import Node
from ..model.spec import NO_DEFAULT, Key

T = TypeVar("T")


class _Bad:
    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()  # what a form returns after reporting a value it cannot use


@dataclass(frozen=True)
class Ref:
    """A name that points into another file (a colour, string, link or field), checked once
    every file is read (`kit.references`)."""

    kind: str
    name: str
    mark: Mark
    key: str  # the YAML key it came from
    slot: str | None = None
    words: tuple[str, ...] = ()  # what the key takes besides names (Key.keywords)


@dataclass
class Context:
    """What readers share while reading a kit: the errors, the kit folder, the names found so
    far that point elsewhere, and the names in scope (a layout's styles)."""

    errs: Collector
    root: Path = Path()
    refs: list[Ref] = field(default_factory=list)
    scope: dict[str, dict[str, Any]] = field(default_factory=dict)
    declared: dict[str, dict[str, None]] = field(default_factory=dict)  # names, valid or not


class Form:
    """How one kind of YAML value is read, described and given a JSON Schema."""

    expected = "a value"  # completes "'key' in what must be ..."
    by_language = False  # its keys are language codes (an office's `names:`, `strings:`)

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        """The model value of `node`, or BAD after reporting what is wrong with it."""
        raise NotImplementedError

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        """A JSON Schema fragment; `defs(cls)` gives the `$ref` of a nested dataclass."""
        return {}

    def describe(self) -> str:
        """The type as the reference pages show it."""
        return self.expected

    def nested(self) -> tuple[type, ...]:
        """Dataclasses this form reads, for the reference pages and `$defs`."""
        return ()


FORMS: dict[str, Form] = {}
HOOKS: dict[type, list[Callable[[MapRead], None]]] = defaultdict(list)
_REGISTERED: list[bool] = []  # one True once `registered` has imported the file kinds


def registered() -> None:
    """Every file kind's forms and rules in FORMS and HOOKS: their modules imported, once.
    `read` and a key's form call it, so that a reader, a schema or a reference page has them
    whichever module of the kit was imported first (the package no longer imports them all:
    campaign.kit's docstring)."""
    if not _REGISTERED:
        from . import campaign, fonts, layouts, offices, slots, strings  # noqa: F401

        _REGISTERED.append(True)


def form(name: str) -> Callable[[type[Form]], type[Form]]:
    """Register a custom form under the name a `Key(form=...)` uses."""

    def register(cls: type[Form]) -> type[Form]:
        FORMS[name] = cls()
        return cls

    return register


def check(cls: type) -> Callable[[Callable[[MapRead], None]], Callable[[MapRead], None]]:
    """Register a rule between keys of `cls`, run after its keys are read (and before the
    object is made); it reports with `r.errs` and sets `r.ok = False` to drop the object."""

    def register(fn: Callable[[MapRead], None]) -> Callable[[MapRead], None]:
        HOOKS[cls].append(fn)
        return fn

    return register


@dataclass(frozen=True)
class Field:
    """One declared key of a dataclass."""

    name: str
    yaml: str
    key: Key
    hint: Any

    @cached_property
    def form(self) -> Form:
        registered()
        return FORMS[self.key.form] if self.key.form else form_for(self.hint, self.key)

    @property
    def nullable(self) -> bool:
        return _is_optional(self.hint)

    def default(self, cls: type) -> Any:
        if self.key.default is not NO_DEFAULT:
            return self.key.default
        for f in dataclasses.fields(cls):
            if f.name == self.name:
                if f.default is not dataclasses.MISSING:
                    return f.default
                if f.default_factory is not dataclasses.MISSING:
                    return f.default_factory()
        return None


def declared(cls: type) -> tuple[Field, ...]:
    """The YAML-facing fields of a dataclass, in declaration order."""
    return _declared(cls)


@cache
def _declared(cls: Any) -> tuple[Field, ...]:
    hints = get_type_hints(cls, localns=dict(vars(model)), include_extras=True)
    out = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if get_origin(hint) is not Annotated:
            continue
        base, *meta = get_args(hint)
        key = next(m for m in meta if isinstance(m, Key))
        out.append(Field(f.name, key.yaml or f.name, key, base))
    return tuple(out)


def _holds_a_mapping(cls: type | None, key: str) -> bool:
    """Whether the YAML key `key` of the dataclass `cls` holds a mapping (an office's `logos:`,
    `fields:`, `links:`): an empty one above an unknown key may have lost its entries to a
    dedent."""
    if cls is None or not dataclasses.is_dataclass(cls):
        return False
    found = next((f for f in declared(cls) if f.yaml == key), None)
    return found is not None and get_origin(found.hint) is dict


# Each kit file's top-level mapping, and the file in words: an unknown key that is another
# file's is told where it goes (an office's `colours:` are the campaign's, in campaign.yaml)
KIT_FILES: tuple[tuple[str, str], ...] = (
    ("Campaign", "materials/campaign.yaml"),
    ("Office", "an office's file (materials/offices/)"),
    ("Layout", "a layout (materials/layouts/)"),
    ("Language", "a strings file (materials/strings/)"),
)


def _comma_split(above: str, value: object, key: str) -> tuple[str, ...]:
    """A hint for a key that a comma cut from the value before it, in a `{...}` mapping,
    where a comma ends an entry: a decimal comma (`height: 10,5`: a key '5'), or a value
    with commas (`colour: rgb(255,0,0)`: keys '0' and '0)')."""
    if isinstance(value, int | float) and not isinstance(value, bool) and key.isdigit():
        return (
            f"'{above}: {value},{key}' is read as two entries (a comma ends one): write the "
            f"number with a decimal point, {above}: {value}.{key}",
        )
    if isinstance(value, str) and value.count("(") > value.count(")"):
        return (
            f"a comma ends the value of '{above}' ('{value}' is cut there): put the value in "
            "quotes, or write it as the key asks",
        )
    return ()


# the physical edges a designer writes, and the logical ones a frame takes (CSS's
# inline-start and inline-end: mirrored for a right-to-left language)
PHYSICAL_EDGES = {"left": "start", "right": "end"}


def logical_edge(key: str, allowed: Collection[str]) -> tuple[str, ...]:
    """The hint for `left:` or `right:` where the mapping takes `start:` and `end:` (a
    frame): its edges are logical. `frame: {left: 10}` was told the keys it may have, with
    no word on which one was meant (a designer's trial)."""
    edge = PHYSICAL_EDGES.get(key.casefold())
    if edge is None or edge not in allowed:
        return ()
    return (
        f"write '{edge}' for '{key}': a frame's edges are start and end, the left and right "
        "of a left-to-right page, mirrored on a right-to-left one (unless the slot is pinned)",
    )


def elsewhere(key: str, cls: type | None) -> tuple[str, ...]:
    """A hint naming the kit files whose top level has `key`, when `cls` is a kit file's
    top-level class that does not; () otherwise."""
    names = {name for name, _ in KIT_FILES}
    if cls is None or cls.__name__ not in names:
        return ()
    homes = [
        where
        for name, where in KIT_FILES
        if name != cls.__name__ and _has_key(getattr(model, name), key)
    ]
    if not homes:
        return ()
    this = dict(KIT_FILES)[cls.__name__]
    return (f"'{key}' is a key of {' and of '.join(homes)}, not of {this}",)


def _has_key(cls: type, key: str) -> bool:
    return any(f.yaml == key for f in declared(cls)) or key in extra_keys(cls)


def extra_keys(cls: type) -> dict[str, Key]:
    """YAML keys of a class that are not fields (a layout's `slots:`)."""
    extra: dict[str, Key] = getattr(cls, "extra_keys", {})
    return extra


def _is_optional(hint: Any) -> bool:
    return get_origin(hint) in (Union, types.UnionType) and type(None) in get_args(hint)


# The language codes of campaign.yaml's `languages:` (ctx.declared's key: kit.load sets them
# once campaign.yaml is read), with those of the strings files, are the kit's (`kit_language`)
LANGUAGE_CODES = "language code"
# a language code's shape (BCP 47, or written with _ as in a locale's name: pt_BR, ku_Cyrl)
_CODE_SHAPE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def kit_language(key: str, ctx: Context) -> bool:
    """Whether `key` is a language code of the kit: one of campaign.yaml's `languages:` or of
    its strings files (materials/strings/<code>.yaml), or such a language with a region or
    script (pt_BR, fr-CA, zh-Hans), case aside, as BCP 47 tags are compared."""
    if not _CODE_SHAPE.fullmatch(key):
        return False
    codes = set(ctx.declared.get(LANGUAGE_CODES, {}))
    codes |= {p.stem for p in (ctx.root / "materials" / "strings").glob("*.yaml")}
    folded = {c.casefold() for c in codes}
    base = re.split(r"[-_]", key)[0]
    return key.casefold() in folded or base.casefold() in folded


# The names of the campaign's fields (ctx.declared's key: kit.load sets them once
# campaign.yaml is read), which an office gives under its `fields:`
FIELD_NAMES = "field name"


class MapRead:
    """One mapping being read: its node, name in messages, values so far, and whether it is
    still usable (`ok`)."""

    def __init__(
        self,
        node: Node,
        what: str,
        ctx: Context,
        allowed: Iterable[str],
        required: Iterable[str] = (),
        cls: type | None = None,
    ) -> None:
        self.node, self.what, self.ctx, self.errs, self.cls = node, what, ctx, ctx.errs, cls
        self.values: dict[str, Any] = {}
        self.extras: dict[str, Any] = {}
        self.derived: dict[str, Any] = {}  # the fields not read from keys (a size's slot's name)
        self.ok = node.is_map
        if not node.is_map:
            self.errs.error(
                "schema.type",
                f"{what} must be a mapping of keys to values",
                node.mark,
                "write its keys one a line, each as key: value, indented under it",
            )
            self.node = Node({}, node.mark)
            return
        allowed = list(dict.fromkeys([*allowed, *required]))
        keys = list(node.value)
        for i, key in enumerate(keys):
            if key not in allowed:
                # the key right above is empty: this one was meant under it, indented (a
                # `partner:` dedented out of `logos:` was "did you mean 'paper'?")
                above = keys[i - 1] if i else None
                hints: tuple[str, ...] = ()
                under = self._under(str(key), keys)
                if above and node.value[above].value is None and _holds_a_mapping(cls, above):
                    line = node.key_marks[above].line
                    hints = (
                        f"if '{key}' belongs under '{above}:' (line {line}, now empty), indent "
                        "it under that key",
                    )
                elif under or (under := self._language_under(str(key), keys)):
                    hints = under
                elif above:
                    hints = _comma_split(above, node.value[above].value, str(key))
                # a key the mapping has already is no fix: renamed, it is a duplicate key (a
                # dedented `office_name:` was "did you mean 'name'?")
                near = [a for a in allowed if a not in node.value] if under else allowed
                hints += logical_edge(str(key), allowed) or did_you_mean(key, near)
                hints += elsewhere(key, cls)
                if not hints:  # no near name: the names it may be (a size's `keep_clear` was
                    # not there, and no word said which were: a designer's trial)
                    hints = (f"the keys of {what} are: {', '.join(map(str, allowed))}",)
                self.errs.error(
                    "schema.unknown-key",
                    f"unknown key '{key}' in {what}",
                    node.key_marks[key],
                    *hints,
                )
        for key in required:
            if key not in node.value:
                rgb = node.value.get("rgb")  # a colour: the command that works its CMYK out
                hint = (
                    (command(f'colour "{rgb.value}"') + " gives its cmyk for the press",)
                    if key == "cmyk" and rgb is not None and isinstance(rgb.value, str)
                    else (f"add '{key}:' to {what} (docs/reference names its values)",)
                )
                self.errs.error(
                    "schema.missing-key", f"{what} is missing the key '{key}'", node.mark, *hint
                )
                self.ok = False

    def _under(self, key: str, keys: list[Any]) -> tuple[str, ...]:
        """The hint for an unknown `key` that is a key of one of this mapping's mappings
        (`keys`, in the file's order; the first that takes it): the fields an office gives
        under `fields:`, a nested mapping's own keys, or a key that mapping holds already.
        `office_name:` moved out from under an office's `fields:` was told "did you mean
        'name'?", and renamed, `duplicate key 'name'` (a Manila organiser's trial)."""
        for other in keys:
            if other == key or key not in self._names_under(str(other)):
                continue
            line = self.node.key_marks[other].line
            held = [str(k) for k in self.node.value[other].value]
            like = f"as '{held[0]}' is" if held else "as its keys are"
            return (
                f"'{key}' is a key of '{other}:' (line {line}), not of {self.what}: indent it "
                f"under '{other}:', {like}",
            )
        return ()

    def _language_under(self, key: str, keys: list[Any]) -> tuple[str, ...]:
        """The hint for an unknown `key` that is a language code of the kit (`kit_language`)
        written below a mapping of this one that is keyed by language codes (an office's
        `names:`, `fields_by_language:`, `strings:`; the nearest above it): indent it there.
        `fr:` dedented out of `names:` was told only the office file's keys, since no mapping
        held an `fr` yet (an organiser's trial)."""
        if not kit_language(key, self.ctx):
            return ()
        line = self.node.key_marks[key].line
        above = [
            k for k in keys if self._by_language(str(k)) and self.node.key_marks[k].line < line
        ]
        if not above:
            return ()
        other = max(above, key=lambda k: self.node.key_marks[k].line)
        at = self.node.key_marks[other].line
        value = self.node.value[other]
        held = [str(k) for k in value.value] if value.is_map else []
        if held:
            how = f"as '{held[0]}' is"
        elif value.is_map:  # `names: {}`: a block under it needs the braces out
            how = f"and take out the {{}} after '{other}:'"
        else:
            how = "deeper than that key"
        return (
            f"'{key}' is a language code, a key of '{other}:' (line {at}), not of "
            f"{self.what}: indent it under '{other}:', {how}",
        )

    def _by_language(self, key: str) -> bool:
        """Whether this mapping's `key` holds a mapping keyed by language codes (its Form's
        `by_language`)."""
        cls = self.cls
        if cls is None or not dataclasses.is_dataclass(cls):
            return False
        found = next((f for f in declared(cls) if f.yaml == key), None)
        return found is not None and found.form.by_language

    def _names_under(self, key: str) -> set[str]:
        """The keys the mapping at `key` takes, where it is one: those it holds; an office's
        or campaign.yaml's `fields:`, the campaign's fields (FIELD_NAMES, once campaign.yaml
        is read; the contact fields before); a nested mapping's, its class's declared keys."""
        child = self.node.value.get(key)
        if child is None or not child.is_map:
            return set()
        names = {str(name) for name in child.value}
        cls = self.cls
        if cls is None or not dataclasses.is_dataclass(cls):
            return names
        found = next((f for f in declared(cls) if f.yaml == key), None)
        if found is None:
            return names
        if found.key.form == "fields":
            names |= set(self.ctx.declared.get(FIELD_NAMES) or model.CONTACT_FIELDS)
        elif isinstance(found.form, forms.Nested):
            names |= {f.yaml for f in declared(found.form.cls)} | set(extra_keys(found.form.cls))
        return names

    @property
    def mark(self) -> Mark:
        return self.node.mark

    def has(self, key: str) -> bool:
        return key in self.node.value

    def child(self, key: str) -> Node | None:
        child: Node | None = self.node.value.get(key)
        return child

    def mark_of(self, key: str) -> Mark:
        child = self._at(key)
        return child.mark if child else self.node.mark

    def _at(self, key: str) -> Node | None:
        """The node of `key`: this mapping's key, or the keys of a path under it joined by
        '.', as a form names the entries it reads in turn (`fields_by_language.fa`): such a
        value was reported at the file's first line, as None (an office's trial)."""
        found = self.child(key)
        if found is not None or "." not in key:
            return found
        node: Node | None = self.node
        for part in key.split("."):
            if node is None or not node.is_map:
                return None
            node = node.value.get(part)
        return node

    def unit(self, key: str) -> str:
        """The unit of `key`'s numbers (its Key's `unit`: "mm", "pt"), or ""."""
        if self.cls is None or not dataclasses.is_dataclass(self.cls):
            return ""
        return next((f.key.unit for f in declared(self.cls) if f.yaml == key), "")

    def bad(self, key: str, expected: str, hint: str = "") -> Any:
        """Report a value of the wrong type or range; returns BAD."""
        child = self._at(key)
        got = child.plain() if child else None
        unit = self.unit(key)
        hint = hint or _unit_hint(got, unit) or f"set '{key}' to {expected}"
        self.errs.error(
            "schema.type",
            f"'{key}' in {self.what} must be {expected} (got {got!r})",
            self.mark_of(key),
            hint,
        )
        return BAD

    def named(self, template: str) -> str:
        """`template` formatted with the keys read so far ("frame of slot '{name}'"), and the
        fields given by the caller (a size's slot override is named by its key: it was '?')."""
        return template.format_map(defaultdict(lambda: "?", {**self.derived, **self.values}))

    def get(self, f: Field, cls: type) -> Any:
        child = self.child(f.yaml)
        if child is None or (child.value is None and not f.key.required):
            return f.default(cls)
        value = f.form.read(child, self, f.yaml)
        if value is BAD:
            self.ok = False
            return f.default(cls)
        if f.key.ref and value is not None:
            self._refer(f, child, value)
        return value

    def _refer(self, f: Field, child: Node, value: Any) -> None:
        names = value if isinstance(value, tuple) else (value,)
        items = child.value if child.is_seq else [child] * len(names)
        in_slot = self.cls is not None and issubclass(self.cls, model.Slot)
        slot = self.values.get("name") if in_slot else None
        for name, node in zip(names, items, strict=True):
            if name in f.key.keywords:  # a word of the key's own, not a name
                continue
            ref = Ref(f.key.ref or "", name, node.mark, f.yaml, slot, f.key.keywords)
            self.ctx.refs.append(ref)


def read(
    cls: type[T], node: Node, what: str, ctx: Context, also: Iterable[str] = (), **derived: Any
) -> T | None:
    """Read `node` into a `cls`, or None when it is unusable; every problem is added to
    `ctx.errs`. `also` names keys handled by the caller (a slot's `kind`); `derived` gives
    the fields that do not come from YAML keys (a name, a mark, a path)."""
    registered()
    fields = declared(cls)
    extra = extra_keys(cls)
    required = [f.yaml for f in fields if f.key.required]
    r = MapRead(node, what, ctx, [*(f.yaml for f in fields), *extra, *also], required, cls)
    r.derived = {k: v for k, v in derived.items() if isinstance(v, str)}
    if not node.is_map:
        return None
    # named collections first: other keys of the same file may use their names (styles)
    for f in sorted(fields, key=lambda f: not isinstance(f.form, forms.MapOf)):
        r.values[f.name] = r.get(f, cls)
    r.values = {f.name: r.values[f.name] for f in fields}
    for name, key in extra.items():
        r.extras[name] = r.get(Field(name, name, key, Any), cls)
    for klass in reversed(cls.__mro__):
        for hook in HOOKS.get(klass, ()):
            hook(r)
    if not r.ok:
        return None
    return cls(**r.values, **derived)


def form_for(hint: Any, key: Key) -> Form:
    """The form that reads a value of type `hint` declared by `key`."""
    origin, args = get_origin(hint), get_args(hint)
    if _is_optional(hint):
        return form_for(next(a for a in args if a is not type(None)), key)
    if hint is int and key.choices is not None:
        return forms.Integer(key.low, key.high, tuple(int(c) for c in key.choices))
    if key.choices is not None or origin is Literal:
        return forms.Text(tuple(key.choices or args))
    simple: dict[Any, Callable[[], Form]] = {
        str: forms.Text,
        bool: forms.Flag,
        int: lambda: forms.Integer(key.low, key.high),
        float: lambda: forms.Number(key.low, key.high),
    }
    if hint in simple:
        return simple[hint]()
    if origin is tuple and args[-1] is Ellipsis and args[0] is str:
        return forms.Texts()
    if origin is tuple and args == (float, Ellipsis):
        if key.low is None or key.high is None:
            raise TypeError(f"a list of numbers needs low= and high= in its Key ({hint!r})")
        return forms.NumberList(key.low, key.high)
    if origin is tuple and all(a is float for a in args):
        if key.low is None or key.high is None:
            raise TypeError(f"a list of numbers needs low= and high= in its Key ({hint!r})")
        return forms.Numbers(len(args), key.low, key.high)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return forms.Nested(hint, key.what or hint.__name__)
    if origin is dict and isinstance(args[1], type) and dataclasses.is_dataclass(args[1]):
        return forms.MapOf(args[1], key.what or args[1].__name__)
    raise TypeError(f"no form reads {hint!r}; give the Key a form=")


# the plain forms live in .forms, imported last because they subclass Form and call read; as
# a module, its names looked up when used: imported first (`strings`, `reference` import it
# before this module), it is not whole yet when this line runs
from . import forms  # noqa: E402

# A number written with its unit, as a designer types it (`trim: [500mm, 707]`, `size: 12pt`)
WITH_UNIT = re.compile(r"\s*(-?\d+(?:[.,]\d+)?)\s*(mm|cm|pt|px|ppi|dpi|in|%)\s*", re.IGNORECASE)
# A size written as one text with its unit, as a print order has it (`trim: 8.5x14in`,
# `trim: 297 x 420 mm`): two numbers with x (or ×) between
SIZE_WITH_UNIT = re.compile(
    r"\s*(\d+(?:[.,]\d+)?)\s*(?:mm|cm|in)?\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|in)\s*",
    re.IGNORECASE,
)
# each written unit in mm, and in pt: to say the number in the key's own unit
IN_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72}
IN_PT = {unit: mm * 72 / 25.4 for unit, mm in IN_MM.items()}
# a resolution written in pixels or dots per inch (print shops say dpi for an image's ppi)
PER_INCH = {"ppi": 1.0, "dpi": 1.0}


def _unit_hint(got: object, unit: str = "") -> str:
    """A hint for a number written with its unit (the first such value in `got`, a list's
    too), or "": `trim: [500mm, 707]` was a type error with no word on what to write (an
    office's trial). The number is given in the key's `unit` (mm, pt, ppi) where the written
    unit converts to it (50cm on a key in mm: 500); else the unit is named to drop."""
    size = SIZE_WITH_UNIT.fullmatch(got) if isinstance(got, str) and unit == "mm" else None
    if size is not None:  # `trim: 8.5x14in` was "must be a list of 2 numbers", no hint
        scale = IN_MM[size[3].lower()]
        mm = ", ".join(f"{_exact(float(size[i].replace(',', '.')) * scale)}" for i in (1, 2))
        return f"write the size as a list of numbers in mm: [{mm}], not {size[0].strip()}"
    values = got if isinstance(got, list) else [got]
    for value in values:
        if not isinstance(value, str):
            continue
        found = WITH_UNIT.fullmatch(value)
        if found is None:
            continue
        number, written = float(found[1].replace(",", ".")), found[2].lower()
        table = {"mm": IN_MM, "pt": IN_PT, "ppi": PER_INCH}.get(unit, {})
        if written in table:
            shown = _exact(number * table[written])
            return f"write numbers without their unit, in {unit}: {shown}, not {value.strip()}"
        return f"write numbers without their unit: {value.strip()} has one" + (
            f"; this key's numbers are in {unit}" if unit else ""
        )
    return ""


def _exact(number: float) -> str:
    """A converted number as a hint writes it: to 3 decimals, as the kit writes 1/8 in
    (3.175 mm; the hint said 3.17, a US print shop's trial), without trailing zeros."""
    return f"{round(number, 3):g}"
