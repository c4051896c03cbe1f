"""Slot kinds in the layout stage: one module per kind, found through a registry.

Each kind module registers a composer for its Slot class with `@composer(SlotClass)`: a
function (slot, box, ctx) -> placed item or None. `compose` dispatches through the registry,
so a new slot kind is a new module here (and one in render/items), with no change elsewhere.
A composer may also give the slot's default role in the tagged digital PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ...diagnostics import Collector, Subject
from ...fonts import FontBook
from ...model import Language, Layout, Slot, key_for_link
from ...resolve import Content
from ..document import Box, Item

S = TypeVar("S", bound=Slot)
Role = tuple[str, str | None]  # (heading | paragraph | figure | artifact, alternative text)


@dataclass
class ComposeContext:
    """What a composer may read and where it reports: the layout, the resolved content, the
    fonts, the diagnostics and the kit-wide overflow list."""

    layout: Layout
    content: Content
    fonts: FontBook
    errs: Collector
    overflows: list[Any] = field(default_factory=list)
    # the largest size text may be set at, pt (None: its style's): a `same_size` style's
    # texts set again at the smallest size of the page's (layout.compose._same_sizes)
    size_cap: float | None = None
    # the ink of the page's content (slot, (left, top, right, bottom) pt) a rim text
    # (arc-text) keeps clear of: its room ends where it would meet it (layout.compose)
    beside: tuple[tuple[str, tuple[float, float, float, float]], ...] = ()
    # every slot that stands in for others (`fallback_for`) drawn in their place, as where
    # their texts do not fit (layout.compose._left_out; `check`'s sample contacts)
    stand_in: bool = False

    @property
    def lang(self) -> Language:
        return self.content.language

    def mirrored(self, slot: Slot) -> bool:
        """Right-to-left languages mirror slots unless they are pinned."""
        return self.lang.rtl and not slot.pin

    def subject(self, slot: Slot | None = None, key: str | None = None) -> Subject:
        return Subject(
            office=self.content.office,
            material=self.layout.id,
            language=self.lang.code,
            record=self.content.record,
            slot=slot.name if slot else None,
            key=key,
        )

    def alt(self, slot: Slot) -> str | None:
        """The slot's alternative text in this language, if it names one; of a slot about a
        link (a QR code's, a text's `link`), the text for that kind of link (`for_link`)."""
        return self.content.text(self.for_link(slot.alt, slot)) if slot.alt else None

    def for_link(self, key: str, slot: Slot) -> str:
        """The string key shown for `key` in `slot`: its variant for the kind of link the
        slot is about (model.key_for_link: qr_label_tel for a tel: link), else `key`."""
        link = getattr(slot, "link", None)
        if link is None:
            return key
        return key_for_link(key, self.content.links.get(link), self.content.strings)


Composer = Callable[[Any, Box, ComposeContext], Item | None]
RoleOf = Callable[[Any, ComposeContext], Role]


def figure_if_alt(slot: Slot, ctx: ComposeContext) -> Role:
    """Art: a figure when it has alternative text, else decoration. A `role: figure` with
    none (`layout.figure-alt`, an error of `check`) is decoration too: a Figure without /Alt
    fails PDF/UA-1 (7.3) in a file that claims it."""
    alt = ctx.alt(slot)
    if slot.role and (slot.role != "figure" or alt):
        return slot.role, alt
    return ("figure", alt) if alt else ("artifact", None)


@dataclass(frozen=True)
class SlotKind:
    compose: Composer
    role: RoleOf


COMPOSERS: dict[type[Slot], SlotKind] = {}


def composer(slot_type: type[S], role: RoleOf = figure_if_alt) -> Callable[[Composer], Composer]:
    """Register the composer of `slot_type` (and its default role in tagged PDFs)."""

    def register(fn: Composer) -> Composer:
        COMPOSERS[slot_type] = SlotKind(fn, role)
        return fn

    return register


def kind_of_slot(slot: Slot) -> SlotKind:
    """The registered composer of a slot's class (or of its nearest registered base)."""
    for cls in type(slot).__mro__:
        if cls in COMPOSERS:
            return COMPOSERS[cls]
    raise AssertionError(f"no composer registered for {type(slot).__name__}")


def _load() -> None:
    from . import arc_text, hearts, image, qr, shape, svg, text  # noqa: F401  (they register)


_load()
