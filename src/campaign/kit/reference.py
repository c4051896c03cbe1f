"""Reference pages (Markdown), one per file kind, made from the model's declarations: every
key with its type, unit, default, range or choices, whether it is required, and what it means.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import is_dataclass
from pathlib import Path
from typing import Any

from .forms import Integer, Number, Numbers, Text
from .jsonschema import FILE_KINDS, FileKind, describe, write_files
from .slots import Edges, kind_name
from .spec import Field, Form, declared, extra_keys

HEADER = "| Key | Type | Unit | Default | Range or choices | Required | Description |"
RULE = "|---|---|---|---|---|---|---|"


def limits(form: Form) -> str:
    """A form's range ("3 to 1000") or choices ("`a`, `b`")."""
    if isinstance(form, Text) and form.choices is not None:
        return ", ".join(f"`{c}`" for c in form.choices)
    if isinstance(form, Edges):
        return "`all`, `top`, `bottom`, `start`, `end`"
    if isinstance(form, Integer) and form.choices:
        return ", ".join(f"`{c}`" for c in form.choices)
    if isinstance(form, Number | Integer | Numbers):
        low, high = form.low, form.high
        if low is None and high is None:
            return ""
        if high is None:
            return f"at least {low:g}"
        return f"at most {high:g}" if low is None else f"{low:g} to {high:g}"
    return ""


def show_default(f: Field, cls: type) -> str:
    """The default as the YAML would write it; empty for required keys."""
    if f.key.required:
        return ""
    value: Any = f.default(cls)
    if value is None or value == {}:
        return "—"
    if is_dataclass(value):
        return "see below"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, frozenset | tuple):
        return "`[" + ", ".join(sorted(str(v) for v in value)) + "]`"
    if isinstance(value, float):
        return f"`{value:g}`"
    return f"`{value}`" if value != "" else '`""`'


def row(f: Field, cls: type) -> str:
    """One table row."""
    form = f.form
    kind = form.describe()
    if f.key.ref:
        kind = f"{f.key.ref} name" + (" or list of names" if "list" in kind else "")
        kind += "".join(f" or `{word}`" for word in f.key.keywords)
    cells = [
        f"`{f.yaml}`",
        kind + (" or null" if f.nullable else ""),
        f.key.unit,
        show_default(f, cls),
        limits(form),
        "yes" if f.key.required else "",
        f.key.doc.replace("|", "\\|"),
    ]
    return "| " + " | ".join(cells) + " |"


def section(cls: type) -> list[str]:
    """A class's heading, description and key table."""
    kind = kind_name(cls)
    title = f"{cls.__name__} (`kind: {kind}`)" if kind else cls.__name__
    lines = [f"## {title}", "", describe(cls), "", HEADER, RULE]
    if kind:
        lines.append(f"| `kind` | choice |  |  | `{kind}` | yes | The slot kind. |")
    fields = [*declared(cls)]
    fields += [Field(name, name, key, Any) for name, key in extra_keys(cls).items()]
    lines += [row(f, cls) for f in fields]
    return [*lines, ""]


def classes(root: type) -> Iterator[type]:
    """`root` and every dataclass its keys read, each once, in reading order."""
    seen: list[type] = []
    todo = [root]
    while todo:
        cls = todo.pop(0)
        if cls in seen:
            continue
        seen.append(cls)
        yield cls
        fields = [*declared(cls)]
        fields += [Field(n, n, k, Any) for n, k in extra_keys(cls).items()]
        for f in fields:
            todo += [c for c in f.form.nested() if c not in seen]


def page(kind: FileKind) -> str:
    """The reference page of one file kind."""
    lines = [
        f"# `{kind.where}` reference",
        "",
        f"Generated from the model's declarations (`src/campaign/model/`) by "
        f"`python generate.py schema --docs docs/reference`; do not edit by hand. "
        f"Editors can check these files with `schemas/{kind.name}.schema.json`.",
        "",
        "A key whose value is `null` is not set (its default applies). Lengths are "
        "millimetres, font sizes points.",
        "",
    ]
    for cls in classes(kind.root):
        lines += section(cls)
    return "\n".join(lines).rstrip() + "\n"


def reference_files() -> Iterator[tuple[str, str]]:
    """(file name, text) of every reference page."""
    for kind in FILE_KINDS:
        yield f"{kind.name}.md", page(kind)


def write_reference(out: Path) -> list[Path]:
    """Write every reference page into the folder `out`; returns the paths (OSError if not)."""
    return write_files(out, reference_files())
