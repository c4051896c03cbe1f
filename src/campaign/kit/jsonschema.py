"""JSON Schemas (draft 2020-12) for editors and CI, made from the model's declarations.

One schema per file kind: campaign.schema.json, strings.schema.json, layout.schema.json,
fonts.schema.json and office.schema.json. They say what the kit reader says about one file
(keys, types, ranges, choices, required keys); names that point into other files are checked
by the reader only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, is_dataclass
from pathlib import Path
from typing import Any

from ..kinds import PRESSED
from ..model import BadgeProfile, Campaign, Frame, ImageSlot, Language, Layout, Office, TextSlot
from ..model.fonts import FontList
from .slots import kind_name
from .spec import Field, declared, extra_keys

DRAFT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class FileKind:
    """A kind of kit file: its root dataclass and where such files live."""

    name: str
    root: type
    where: str


FILE_KINDS = (
    FileKind("campaign", Campaign, "materials/campaign.yaml"),
    FileKind("strings", Language, "materials/strings/<code>.yaml"),
    FileKind("layout", Layout, "materials/layouts/<material>.yaml"),
    FileKind("fonts", FontList, "fonts/fonts.yaml"),
    FileKind("office", Office, "materials/offices/<id>.yaml"),
    FileKind("press", BadgeProfile, "materials/presses/<id>.yaml"),
)


def _two_of(*keys: str) -> dict[str, Any]:
    """Exactly two of three keys."""
    pairs = ((0, 1, 2), (0, 2, 1), (1, 2, 0))
    return {
        "oneOf": [
            {"required": [keys[a], keys[b]], "not": {"required": [keys[c]]}} for a, b, c in pairs
        ]
    }


# rules between keys that a schema can say (the reader's hooks say them with messages)
_RULES: dict[type, dict[str, Any]] = {
    Frame: {"allOf": [_two_of("start", "width", "end"), _two_of("top", "height", "bottom")]},
    TextSlot: {"anyOf": [{"required": ["string"]}, {"required": ["field"]}]},
    ImageSlot: {"oneOf": [{"required": ["asset"]}, {"required": ["logo"]}]},
    Layout: {
        "oneOf": [{"required": ["slots"]}, {"required": ["pages"]}],
        "if": {"properties": {"kind": {"enum": list(PRESSED)}}, "required": ["kind"]},
        "then": {"oneOf": [{"required": ["badge"]}, {"required": ["press"]}]},
    },
}


def describe(cls: type) -> str:
    """A class's docstring as one paragraph."""
    return " ".join((cls.__doc__ or "").split("\n\n")[0].split())


def key_doc(f: Field) -> str:
    """A key's description with its unit."""
    return f"{f.key.doc} Unit: {f.key.unit}." if f.key.unit else f.key.doc


def json_default(f: Field, cls: type) -> Any:
    """The default as JSON, or None when it has none worth showing."""
    value = f.default(cls)
    if isinstance(value, frozenset | tuple):
        return sorted(value) if isinstance(value, frozenset) else list(value)
    if value is None or is_dataclass(value):
        return None
    return value


def property_schema(f: Field, cls: type, defs: _Defs) -> dict[str, Any]:
    """The schema of one key: its form's shape plus description and default."""
    out = f.form.schema(defs.ref)
    if f.nullable:
        out = {"anyOf": [out, {"type": "null"}]}
    out = {"description": key_doc(f), **out}
    default = json_default(f, cls)
    if default is not None and not f.key.required:
        out["default"] = default
    return out


def object_schema(cls: type, defs: _Defs) -> dict[str, Any]:
    """A mapping read into `cls`: its keys, which are required, nothing else allowed."""
    props: dict[str, Any] = {}
    kind = kind_name(cls)
    if kind is not None:
        props["kind"] = {"description": "The slot kind.", "const": kind}
    for f in declared(cls):
        props[f.yaml] = property_schema(f, cls, defs)
    for name, key in extra_keys(cls).items():
        props[name] = property_schema(Field(name, name, key, Any), cls, defs)
    required = [f.yaml for f in declared(cls) if f.key.required]
    out: dict[str, Any] = {"type": "object", "description": describe(cls), "properties": props}
    if kind is not None:
        required = ["kind", *required]
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    return {**out, **_RULES.get(cls, {})}


class _Defs:
    """Collects `$defs` for nested dataclasses while a schema is made."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, cls: type) -> str:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: recursion stops here
            self.defs[name] = object_schema(cls, self)
        return f"#/$defs/{name}"


def file_schema(kind: FileKind) -> dict[str, Any]:
    """The JSON Schema of one file kind."""
    defs = _Defs()
    body = object_schema(kind.root, defs)
    head = {
        "$schema": DRAFT,
        "$id": f"{kind.name}.schema.json",
        "title": f"Blue Heart campaign kit: {kind.where}",
    }
    return {**head, **body, "$defs": dict(sorted(defs.defs.items()))}


def render(schema: dict[str, Any]) -> str:
    """Stable text of a schema (what is committed in schemas/)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_files() -> Iterator[tuple[str, str]]:
    """(file name, text) of every schema."""
    for kind in FILE_KINDS:
        yield f"{kind.name}.schema.json", render(file_schema(kind))


def write_files(out: Path, files: Iterable[tuple[str, str]]) -> list[Path]:
    """Write (file name, text) pairs into the folder `out` (made if needed); returns the paths
    written. Raises OSError when the folder cannot be written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files:
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into the folder `out`; returns the paths written (OSError if not)."""
    return write_files(out, schema_files())


__all__ = ["FILE_KINDS", "file_schema", "schema_files", "write_files", "write_schemas"]
