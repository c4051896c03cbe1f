"""Stage 2: YAML nodes into the model, one module per file kind.

The model's dataclasses declare every key (`campaign.model.spec.Key`); `spec` reads nodes
with them, `references` checks names across files, `jsonschema` and `reference` write the
JSON Schemas and the reference pages from the same declarations.
"""

from __future__ import annotations

from . import campaign, fonts, layouts, offices, slots, strings  # noqa: F401  (register forms)
from .load import load_kit
from .slots import slot_kind

__all__ = ["load_kit", "slot_kind"]
