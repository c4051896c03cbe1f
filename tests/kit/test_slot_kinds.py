"""Slot kinds are a registry: a kind defined here, and nowhere else, is read from YAML."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import pytest

from campaign.kit import load_kit, slot_kind
from campaign.kit.jsonschema import FILE_KINDS, file_schema
from campaign.model import SLOT_KINDS, Key, Slot

from ..kits import append_slots


@pytest.fixture
def stamp_kind() -> Iterator[type[Slot]]:
    """A trivial `stamp` slot kind, registered for one test only."""

    @slot_kind("stamp")
    @dataclass(frozen=True, kw_only=True)
    class StampSlot(Slot):
        """A rubber stamp."""

        word: Annotated[str, Key("The stamped word.", required=True)]
        ink: Annotated[Literal["red", "blue"], Key("Stamp pad colour.")] = "red"

    yield StampSlot
    del SLOT_KINDS["stamp"]


def test_a_new_slot_kind_is_read_from_yaml(
    stamp_kind: type[Slot], kit_copy: Callable[..., Path]
) -> None:
    kit = kit_copy()
    layout = kit / "materials/layouts/badge-58.yaml"
    append_slots(
        layout,
        "  - {name: stamp, kind: stamp, word: PAID, ink: blue,\n"
        "     frame: {start: 1, top: 1, width: 5, height: 5}}\n",
    )
    slot = load_kit(kit).layouts["badge-58"].slots[-1]
    assert isinstance(slot, stamp_kind)
    assert (slot.name, slot.word, slot.ink) == ("stamp", "PAID", "blue")  # type: ignore[attr-defined]
    layout_schema = file_schema(next(k for k in FILE_KINDS if k.name == "layout"))
    assert layout_schema["$defs"]["StampSlot"]["properties"]["kind"] == {
        "description": "The slot kind.",
        "const": "stamp",
    }


def test_a_new_slot_kind_is_checked_like_the_others(
    stamp_kind: type[Slot], kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from campaign.diagnostics import DiagnosticsError

    kit = kit_copy()
    layout = kit / "materials/layouts/badge-58.yaml"
    line = append_slots(
        layout,
        "  - {name: stamp, kind: stamp, ink: green, frame: {start: 1, top: 1, width: 5, height: 5}}\n",
    )
    monkeypatch.chdir(kit)
    with pytest.raises(DiagnosticsError) as exc:
        load_kit(kit)
    rendered = exc.value.render()
    rel = "materials/layouts/badge-58.yaml"
    assert (
        f"{rel}:{line}:5: error[schema.missing-key]: stamp slot is missing the key 'word'"
        in rendered
    )
    assert (
        f"{rel}:{line}:37: error[schema.choice]: 'ink' in stamp slot must be one of red, blue (got 'green')"
        in rendered
    )
