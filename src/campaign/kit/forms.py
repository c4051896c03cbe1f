"""The forms of plain YAML values: text, choice, number, whole number, flag, lists (a colour's
cmyk: `Cmyk`), and nested mappings read into dataclasses. Messages are the kit's long-standing
wording; a colour written in another form than its key takes is told the fix (`cmyk_hint`,
`named_colour_hint`)."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from ..commands import command
from ..diagnostics import did_you_mean
from ..load import Node
from ..model import Office
from ..papers import inch_hint, point_hint
from .spec import BAD, Form, MapRead, declared, form, read

# A size where `paper:` takes its family (an office that wrote `paper: a4`): the hint says
# what the family is, and how an office prints A4 materials
PAPER_SIZES = frozenset({"a2", "a3", "a4", "a5", "a6", "letter", "tabloid", "legal"})
PAPER_FAMILY_HINT = (
    "paper is the family of sizes: iso (A4, A3...) or us (Letter, Tabloid), or custom (of no "
    "family); a layout's own size is its trim (and its sizes: under sizes:)"
)
PAPER_SIZE_HINT = (
    "paper is the family of sizes: iso (A4, A3...) or us (Letter, Tabloid); an office prints "
    "particular sizes by listing them under materials: (poster-a4, flyer-a4)"
)


class Text(Form):
    """Non-empty text (numbers are taken as text), or one of `choices`."""

    expected = "non-empty text"

    def __init__(self, choices: tuple[str, ...] | None = None) -> None:
        self.choices = choices

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        value = node.value
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            return r.bad(key, self.expected, named_colour_hint(node, r, key))
        if self.choices is not None and value not in self.choices:
            options = list(self.choices)
            sized = key == "paper" and {"iso", "us"} <= set(self.choices)
            office = r.cls is Office
            r.errs.error(
                "schema.choice",
                f"'{key}' in {r.what} must be one of {', '.join(options)} (got {value!r})",
                node.mark,
                *(
                    (PAPER_SIZE_HINT if office else PAPER_FAMILY_HINT,)
                    if sized and value.strip().lower() in PAPER_SIZES
                    else did_you_mean(value, options) or (f"choose one of: {', '.join(options)}",)
                ),
            )
            return BAD
        return value

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        if self.choices is not None:
            return {"enum": list(self.choices)}
        return {"type": "string", "minLength": 1}

    def describe(self) -> str:
        return "choice" if self.choices is not None else "text"


# YAML 1.1's words for true and false, which the loader keeps as text (load.YAML12_BOOLEANS):
# a flag still reads them, as the kit's files were read before
FLAG_WORDS = {"yes": True, "on": True, "y": True, "no": False, "off": False, "n": False}


class Flag(Form):
    expected = "true or false"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if isinstance(node.value, bool):
            return node.value
        if isinstance(node.value, str) and node.value.lower() in FLAG_WORDS:
            return FLAG_WORDS[node.value.lower()]
        return r.bad(key, self.expected)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "boolean"}

    def describe(self) -> str:
        return "true/false"


def _range(low: float | None, high: float | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if low is not None:
        out["minimum"] = low
    if high is not None:
        out["maximum"] = high
    return out


class Number(Form):
    """A number (whole or not) within `low`..`high`."""

    def __init__(self, low: float | None, high: float | None) -> None:
        self.low, self.high = low, high
        lo = "" if low is None else f" >= {low:g}"
        hi = "" if high is None else f" <= {high:g}"
        self.expected = f"a number{lo}{' and' if lo and hi else ''}{hi}"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            # with its range (`min_ppi: high` said "a number", and not which), and with its
            # unit (4cm): MapRead.bad converts it
            return r.bad(key, self.expected)
        if not math.isfinite(value):  # .nan and .inf pass every range check
            return r.bad(key, "a finite number")
        if (self.low is not None and value < self.low) or (
            self.high is not None and value > self.high
        ):
            return r.bad(key, self.expected)
        return float(value)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "number", **_range(self.low, self.high)}

    def describe(self) -> str:
        return "number"


class Integer(Form):
    """A whole number within `low`..`high` (0..10000 unless declared). `choices`, where
    given, are the only numbers a key means (`clock`: 12 or 24): the JSON Schema and the
    reference list them, where the range alone read "0 to 10000" (a trial); another number in
    the range is read and left to the model's check, which says why it is refused."""

    def __init__(
        self, low: float | None, high: float | None, choices: tuple[int, ...] = ()
    ) -> None:
        self.choices = choices
        self.low = int(low if low is not None else 0)
        self.high = int(high if high is not None else 10_000)
        self.expected = f"a whole number from {self.low} to {self.high}"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int):
            return r.bad(key, self.expected)
        if not self.low <= value <= self.high:
            return r.bad(key, self.expected)
        return value

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        if self.choices:
            return {"type": "integer", "enum": list(self.choices)}
        return {"type": "integer", **_range(self.low, self.high)}

    def describe(self) -> str:
        return "whole number"


class Numbers(Form):
    """A list of exactly `count` numbers, each within `low`..`high`."""

    def __init__(self, count: int, low: float, high: float) -> None:
        self.count, self.low, self.high = count, low, high
        self.expected = f"a list of {count} numbers from {low:g} to {high:g}"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        vals = node.value if node.is_seq else None
        # two numbers in mm that are a US paper size in inches ([11, 17], Tabloid; [8.5, 11],
        # Letter, under the range) are refused in range or out, the hint giving the mm
        # so are two that are a paper size in points ([842, 1191], A3, as a PDF tool shows it)
        given = [v.value for v in vals] if vals and r.unit(key) == "mm" else None
        other_unit = (inch_hint(given) or point_hint(given)) if given else ""
        if other_unit:
            return r.bad(key, f"{self.expected}, in mm", other_unit)
        if vals is None or len(vals) != self.count or not _in_range(vals, self.low, self.high):
            return r.bad(key, self.expected)
        return tuple(float(v.value) for v in vals)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        item = {"type": "number", **_range(self.low, self.high)}
        return {"type": "array", "items": item, "minItems": self.count, "maxItems": self.count}

    def describe(self) -> str:
        return f"list of {self.count} numbers"


def _in_range(vals: Sequence[Node], low: float, high: float) -> bool:
    """Every node is a finite number (not a boolean: YAML's true is no number) from `low` to
    `high`."""
    return not any(
        isinstance(v.value, bool)
        or not isinstance(v.value, int | float)
        or not math.isfinite(v.value)
        or not low <= v.value <= high
        for v in vals
    )


class NumberList(Form):
    """A list of any number of numbers (none too), each within `low`..`high` (a layout's
    fold lines, `folds: {vertical: [148.5]}`); a number alone is a list of one."""

    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high
        self.expected = f"a list of numbers from {low:g} to {high:g}"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        vals = node.value if node.is_seq else [node]
        if not _in_range(vals, self.low, self.high):
            return r.bad(key, self.expected)
        return tuple(float(v.value) for v in vals)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        item = {"type": "number", **_range(self.low, self.high)}
        return {"oneOf": [item, {"type": "array", "items": item}]}

    def describe(self) -> str:
        return "list of numbers"


def named_colour_hint(node: Node, r: MapRead, key: str) -> str:
    """The fix for a colour written as its numbers (`colour: [0, 30, 95, 0]`, `fill: {cmyk:
    ...}`) where a colour's name goes (a key with `ref="colour"`): colours are named in
    campaign.yaml's `colours:`, and the one whose cmyk (or rgb, 0-255) the numbers are is
    named; "" for another key, or a value of another kind."""
    if r.cls is None or not dataclasses.is_dataclass(r.cls):
        return ""
    if not any(f.yaml == key and f.key.ref == "colour" for f in declared(r.cls)):
        return ""
    colours: dict[str, Any] = r.ctx.scope.get("colour", {})
    numbers = node.plain()
    if not isinstance(numbers, list | dict):
        return ""
    same = (
        [n for n, c in colours.items() if _same_numbers(c.cmyk, numbers, 100)]
        if isinstance(numbers, list) and len(numbers) == 4
        else [n for n, c in colours.items() if _same_numbers(c.rgb, numbers, 255)]
        if isinstance(numbers, list) and len(numbers) == 3
        else []
    )
    if same:
        which = "cmyk" if len(numbers) == 4 else "rgb"
        return (
            f"colours are named: {numbers} is the {which} of colour '{same[0]}' in "
            f"campaign.yaml, write {key}: {same[0]}"
        )
    return (
        f"colours are named, each defined once under `colours:` in campaign.yaml with its "
        f"cmyk: and rgb: ({', '.join(colours) or 'none yet'}): write one of them, or add a "
        "new one there and name it here"
    )


def _same_numbers(model: tuple[float, ...], written: list[Any], scale: int) -> bool:
    """Whether `written` (as a YAML list: percentages, or 0-255) is `model` (fractions)."""
    return all(
        isinstance(w, int | float) and not isinstance(w, bool) and abs(m * scale - w) < 0.5
        for m, w in zip(model, written, strict=True)
    )


# Six hex digits, with or without their #: an sRGB colour as design programs copy it
HEX_DIGITS = re.compile(r"#?([0-9A-Fa-f]{6})")
# Four numbers in one text ("0, 30, 95, 0", "0 30 95 0", with or without their brackets)
FOUR_NUMBERS = re.compile(r"\[?\s*(\d+(?:\.\d+)?)(?:\s*[,;\s]\s*(\d+(?:\.\d+)?)){3}\s*\]?")


def cmyk_hint(value: str) -> str:
    """The fix for a colour's `cmyk:` written as text: an sRGB hex colour (the designer's
    "#FCBB1B": the `colour` command gives the press's CMYK of it), or four numbers in one
    text (written as a list); else how the four ink percentages are written."""
    hexed = HEX_DIGITS.fullmatch(value)
    if hexed:
        shown = "#" + hexed[1].upper()
        return (
            f'"{shown}" is a screen colour, as rgb: is written; cmyk: is the print colour, '
            f"four ink percentages: `{command(f'colour {chr(34)}{shown}{chr(34)}')}` prints "
            "them for the press, to paste here as cmyk: [C, M, Y, K]"
        )
    if FOUR_NUMBERS.fullmatch(value):
        numbers = re.findall(r"\d+(?:\.\d+)?", value)
        return f"write the four numbers as a list: cmyk: [{', '.join(numbers)}]"
    return "write the four ink percentages as a list: cmyk: [cyan, magenta, yellow, black]"


@form("cmyk")
class Cmyk(Numbers):
    """A colour's `cmyk:`, four ink percentages (a Numbers form), whose error gives the fix
    of a text written for them (`cmyk_hint`: a hex colour, the numbers in one text)."""

    def __init__(self) -> None:
        super().__init__(4, 0, 100)

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if isinstance(node.value, str):
            return r.bad(key, self.expected, cmyk_hint(node.value.strip()))
        return super().read(node, r, key)


class Texts(Form):
    """A text or a list of texts."""

    expected = "a text or a list of texts"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        items = node.value if node.is_seq else [node]
        out = [v.value for v in items]
        if not out:  # `languages: []` was "must be a text or a list of texts (got [])"
            return r.bad(key, "a list of at least one text", "name one or more")
        if not all(isinstance(v, str) and v for v in out):
            return r.bad(key, self.expected)
        return tuple(out)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        text = {"type": "string", "minLength": 1}
        return {"oneOf": [text, {"type": "array", "items": text, "minItems": 1}]}

    def describe(self) -> str:
        return "text or list of texts"


@form("texts_or_none")
class TextsOrNone(Texts):
    """A text or a list of texts, which may be empty (`[]`: none). An office's `hide: []`:
    a country office's own `hide:` replaces its region's (kit.offices.with_parents), and
    one that prints every field its region hides had no way to say so (`hide: []` was
    refused, "must be a list of at least one text": a user's trial); so is its
    `kept_as_written: []`, which keeps none of the fields its region keeps as written (the
    region's Latin name on the country's Arabic pages is noted again)."""

    expected = "a text or a list of texts (`[]`: none)"

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if node.is_seq and not node.value:
            return ()
        return super().read(node, r, key)

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        text = {"type": "string", "minLength": 1}
        return {"oneOf": [text, {"type": "array", "items": text}]}

    def describe(self) -> str:
        return "text or list of texts ([] for none)"


@form("ids")
class Ids(Texts):
    """A text or a list of texts naming things by id, where a number is read as the text it
    is (58, 2.25): an office's `presses: [58]` was "must be a text or a list of texts (got
    [58])", with the hint to set a text (a UNODC office's trial); read as '58', it is the
    press the kit lacks, and its check names the one meant (`did you mean '58mm'?`)."""

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        def text(item: Node) -> Node:
            value = item.value
            number = isinstance(value, int | float) and not isinstance(value, bool)
            return Node(str(value), item.mark) if number else item

        read = Node([text(n) for n in node.value], node.mark) if node.is_seq else text(node)
        return super().read(read, r, key)


class Nested(Form):
    """A mapping read into the dataclass `cls`; `what` names it in messages."""

    expected = "a mapping"

    def __init__(self, cls: type, what: str) -> None:
        self.cls, self.what = cls, what

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_map:
            return r.bad(key, self.expected, _listed_hint(self.cls, node, key))
        marked = any(f.name == "mark" for f in dataclasses.fields(self.cls))
        at = {"mark": r.node.key_marks.get(key, node.mark)} if marked else {}  # a frame's
        value = read(self.cls, node, r.named(self.what), r.ctx, (), **at)
        return BAD if value is None else value

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"$ref": defs(self.cls)}

    def describe(self) -> str:
        return f"mapping ({self.cls.__name__})"

    def nested(self) -> tuple[type, ...]:
        return (self.cls,)


def _listed_hint(cls: type, node: Node, key: str) -> str:
    """The fix for a mapping of lists of numbers written as one list (`folds: [148.5]`): the
    mapping with each of its keys ("write it as folds: {vertical: [148.5]} or folds:
    {horizontal: [148.5]}"); "" for another value or class."""
    keys = [f.yaml for f in declared(cls)]
    if not node.is_seq or not keys or not all(f.hint == tuple[float, ...] for f in declared(cls)):
        return ""
    shown = "[" + ", ".join(str(v.value) for v in node.value) + "]"
    return "write it as " + " or ".join(f"{key}: {{{k}: {shown}}}" for k in keys)


class MapOf(Form):
    """A mapping of names to mappings, each read into `cls` with its `name` (and `mark`).
    A bad entry is reported and left out; its name stays declared (`ctx.declared`) so uses of
    it are not reported a second time."""

    expected = "a mapping"

    def __init__(self, cls: type, what: str) -> None:
        self.cls, self.what = cls, what

    def read(self, node: Node, r: MapRead, key: str) -> Any:
        if not node.is_map:
            return r.bad(key, self.expected)
        names = set(self.cls.__dataclass_fields__)  # type: ignore[attr-defined]
        out: dict[str, Any] = {}
        r.ctx.declared.setdefault(self.what, {}).update(dict.fromkeys(node.value))
        for name, item in node.value.items():
            derived = {"name": name, "mark": item.mark}
            derived = {k: v for k, v in derived.items() if k in names}
            value = read(self.cls, item, f"{self.what} '{name}'", r.ctx, **derived)
            if value is not None:
                out[name] = value
        r.ctx.scope[self.what] = out
        return out

    def schema(self, defs: Callable[[type], str]) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": {"$ref": defs(self.cls)}}

    def describe(self) -> str:
        return f"mapping of names to {self.cls.__name__}"

    def nested(self) -> tuple[type, ...]:
        return (self.cls,)
