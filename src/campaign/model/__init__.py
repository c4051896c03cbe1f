"""The typed campaign model: what the kit reader produces and every later stage reads.

The dataclasses are the YAML schema too: each YAML-facing field is `Annotated` with a `Key`
(documentation, unit, range, default). All lengths are millimetres and all font sizes points,
unless a name says otherwise.
"""

from __future__ import annotations

from ..presses import PROFILE_KEYS
from .kit import Campaign, Colour, Kit
from .language import Language, StringEntry
from .layout import (
    EDGES,
    BadgeProfile,
    Folds,
    Frame,
    KeepClear,
    Layout,
    Marks,
    PageSpec,
    SizeSpec,
    SlotOverride,
    TextStyle,
)
from .office import CONTACT_FIELDS, Office
from .slots import (
    ArcTextSlot,
    ArtColour,
    HeartsSlot,
    ImageSlot,
    QrSlot,
    ShapeSlot,
    Slot,
    SvgSlot,
    TextSlot,
    key_for_link,
    link_keys,
)
from .spec import NO_DEFAULT, SLOT_KINDS, Key, slot_kind

__all__ = [
    "key_for_link",
    "link_keys",
    "CONTACT_FIELDS",
    "EDGES",
    "NO_DEFAULT",
    "PROFILE_KEYS",
    "SLOT_KINDS",
    "ArcTextSlot",
    "ArtColour",
    "BadgeProfile",
    "Campaign",
    "Colour",
    "Frame",
    "Folds",
    "KeepClear",
    "HeartsSlot",
    "ImageSlot",
    "Key",
    "Kit",
    "Language",
    "Layout",
    "Marks",
    "SizeSpec",
    "SlotOverride",
    "Office",
    "PageSpec",
    "QrSlot",
    "ShapeSlot",
    "Slot",
    "StringEntry",
    "SvgSlot",
    "TextSlot",
    "TextStyle",
    "slot_kind",
]
