"""Stage 2: YAML nodes into the model, one module per file kind.

The model's dataclasses declare every key (`campaign.model.spec.Key`); `spec` reads nodes
with them, `references` checks names across files, `jsonschema` and `reference` write the
JSON Schemas and the reference pages from the same declarations.

The readers are imported when first used (`load_kit`, `slot_kind` below; `spec.read` and a
key's form register every file kind's forms and rules, `spec.registered`): `sizes`, `fit` and
`place`, which the layout stage uses to make a size again at a trim, import neither PyYAML
nor a reader. Importing one of them imported the YAML loader and every reader (80 ms of
`check`'s start-up on a kit read from the user's cache).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .load import load_kit
    from .slots import slot_kind

__all__ = ["load_kit", "slot_kind"]


def __getattr__(name: str) -> Any:
    """`load_kit` and `slot_kind`, their modules imported (with every reader) on first use."""
    if name == "load_kit":
        from .load import load_kit

        return load_kit
    if name == "slot_kind":
        from .slots import slot_kind

        return slot_kind
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
