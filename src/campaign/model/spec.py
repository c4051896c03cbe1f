"""How a model field is declared as a YAML key: its documentation, unit, range, default and
name. The kit reader (`campaign.kit.spec`), the JSON Schemas and the reference pages are all
made from these declarations, so a key is described in one place only.

A field is YAML-facing when its annotation is `Annotated[T, Key(...)]`; other fields are
derived (a name from a mapping key, a file path, a mark) and are filled in by the reader.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar


class _NoDefault:
    def __repr__(self) -> str:
        return "NO_DEFAULT"


NO_DEFAULT: Any = _NoDefault()


@dataclass(frozen=True)
class Key:
    """The declaration of one YAML key.

    `doc` is the description shown in the reference and in editors; `unit` is "mm", "pt",
    "per cent" or a multiple ("x size"); `low`/`high` bound numbers (inclusive); `default` is
    the value used when the key is absent (the dataclass default otherwise); `yaml` is the key
    when it differs from the field name; `choices` lists allowed texts that are not a
    `Literal`; `form` names a custom reader registered in `campaign.kit.spec.FORMS`; `ref`
    says what kind of name the value is (colour, style, string, link, field), and `keywords`
    the words it may be instead of a name (an image's `background: ground`); `what` names a
    nested mapping in messages (`"frame of slot '{name}'"`, formatted with the parent's keys).
    """

    doc: str
    unit: str = ""
    low: float | None = None
    high: float | None = None
    default: Any = NO_DEFAULT
    yaml: str | None = None
    required: bool = False
    choices: tuple[str, ...] | None = None
    form: str | None = None
    ref: str | None = None
    keywords: tuple[str, ...] = ()
    what: str | None = None


S = TypeVar("S")

# slot kind name (the YAML `kind:`) -> Slot dataclass; filled by @slot_kind
SLOT_KINDS: dict[str, type[Any]] = {}


def slot_kind(name: str) -> Callable[[type[S]], type[S]]:
    """Register a Slot dataclass under its YAML `kind:` name; the kit reader, the JSON Schema
    and the reference pages find it here. Raises ValueError for a name registered twice."""

    def register(cls: type[S]) -> type[S]:
        if name in SLOT_KINDS and SLOT_KINDS[name] is not cls:
            raise ValueError(f"slot kind {name!r} is registered twice")
        SLOT_KINDS[name] = cls
        return cls

    return register
