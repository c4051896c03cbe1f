"""A per-process memo of the most recently used results (`Recent`), for pure work a build
repeats from page to page: a merge sets the campaign's texts in the same boxes on every
record's page (text.fit, render.glyphs)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The values of the `size` most recently used keys; the least recently used is dropped
    first. A key may name objects by identity (fonts are not hashable): its value should then
    hold those objects, so that no other object takes an identity while the entry is kept."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The value kept for `key` (now the most recently used), or None."""
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: K, value: V) -> None:
        """Keep `value` for `key`, dropping the least recently used past `size`."""
        self._items[key] = value
        if len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
