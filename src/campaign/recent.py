"""A per-process memo of the most recently used results (`Recent`), for pure work a build
repeats from page to page: a merge sets the campaign's texts in the same boxes on every
record's page (text.fit, render.glyphs)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The values of the `size` most recently used keys; the least recently used is dropped
    first. A key may name objects by identity (fonts are not hashable): its value should then
    hold those objects, so that no other object takes an identity while the entry is kept.

    With `probation` (a segmented LRU, as in Karedla, Love and Wherry, "Caching strategies to
    improve disk system performance", IEEE Computer 27(3), 1994), a new key's value is first
    kept among the `probation` most recent new keys and joins the `size` others only when it
    is used again there: keys used once (a merge's titles and build hashes, new on every
    record) pass through the small probation part and never push out the keys that repeat."""

    def __init__(self, size: int, probation: int = 0) -> None:
        self.size, self.probation = size, probation
        self._items: OrderedDict[K, V] = OrderedDict()
        self._new: OrderedDict[K, V] = OrderedDict()  # on probation
        self._usual: tuple[int, int] | None = None  # (size, probation) while widened

    def get(self, key: K) -> V | None:
        """The value kept for `key` (now the most recently used), or None."""
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        found = self._new.pop(key, None)
        if found is not None:  # used again: kept with the others
            self._keep(key, found)
        return found

    def put(self, key: K, value: V) -> None:
        """Keep `value` for `key`, dropping the least recently used past `size` (with
        `probation`, a new key on probation first; see the class)."""
        if self.probation and key not in self._items and key not in self._new:
            self._new[key] = value
            if len(self._new) > self.probation:
                self._new.popitem(last=False)
            return
        self._new.pop(key, None)
        self._keep(key, value)

    def _keep(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.size:
            self._items.popitem(last=False)

    @contextmanager
    def widened(self, size: int) -> Iterator[None]:
        """For the block, keep the `size` most recently used keys, every new one at once (no
        probation): for work whose keys come back from far apart (a check sets a language's
        texts for the campaign, then again for each office). After it, the least recently
        used are dropped down to the usual size. A block inside another keeps the outer
        block's size; the outermost one restores the usual."""
        if self._usual is not None:  # nested: the outer block's size holds
            yield
            return
        self._usual = (self.size, self.probation)
        self.size, self.probation = max(size, self.size), 0
        for key, value in list(self._new.items()):  # those on probation join the others
            self._keep(key, value)
        self._new.clear()
        try:
            yield
        finally:
            self.size, self.probation = self._usual
            self._usual = None
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        """The number of keys kept, on probation included."""
        return len(self._items) + len(self._new)
