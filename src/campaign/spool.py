"""A sequence kept in a temporary file rather than in memory: appended one item at a time,
read back one at a time (iteration, indexing, reversed), 8 bytes of memory per item (where
it starts in the file). A build's job results (`pipeline.joblog`), and publishing's steps,
entries and removed files, which grow with the number of files of a merge.

Items are pickled; appends are buffered (up to BUFFER bytes) and reads use `os.pread`, so the
file has no position to share: iterations at once do not interfere, and an iteration reads a
block of items at a time."""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from typing import TypeVar, overload

T = TypeVar("T")
BUFFER = 1 << 18


class Spool(Sequence[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._file = tempfile.TemporaryFile(buffering=0)  # deleted when closed
        weakref.finalize(self, self._file.close)  # closed when the spool goes
        self._offsets = array("Q")  # where each item starts
        self._end = 0  # where the next one starts
        self._pending: list[bytes] = []  # appended, not written yet
        self._pending_bytes = 0
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        self.append_pickled(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))

    def append_pickled(self, data: bytes) -> None:
        """Append the item `data` is the pickle of."""
        self._offsets.append(self._end)
        self._end += len(data)
        self._pending.append(data)
        self._pending_bytes += len(data)
        if self._pending_bytes >= BUFFER:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._file.write(b"".join(self._pending))  # appends: nothing else moves the position
            self._pending.clear()
            self._pending_bytes = 0

    def _span(self, start: int, stop: int) -> memoryview:
        """The bytes of items start..stop-1."""
        self._flush()
        first = self._offsets[start]
        last = self._offsets[stop] if stop < len(self._offsets) else self._end
        return memoryview(os.pread(self._file.fileno(), last - first, first))

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("spool index out of range")
        found: T = pickle.loads(self._span(index, index + 1))
        return found

    def __iter__(self) -> Iterator[T]:
        i, count = 0, len(self)
        while i < count:
            first = self._offsets[i]
            j = i + 1  # a block of items of about BUFFER bytes (at least one)
            while j < count and self._offsets[j] - first < BUFFER:
                j += 1
            block = self._span(i, j)
            for k in range(i, j):
                start = self._offsets[k] - first
                stop = self._offsets[k + 1] - first if k + 1 < j else len(block)
                yield pickle.loads(block[start:stop])
            i = j

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} items)"


def sorted_spool(items: Iterable[T], key: Callable[[T], Sequence[str]]) -> Spool[T]:
    """`items` sorted by `key` (strings; keys of one length, compared as Python compares
    lists of strings), equal keys in the order they came: `sorted(items, key=key)` without
    every item and key in memory. A temporary SQLite database sorts them (BINARY order on
    UTF-8 is Python's order of code points), on disk past its page cache."""
    out: Spool[T] = Spool()
    with closing(sqlite3.connect("")) as db:  # "": a private temporary database
        width = 0
        for item in items:
            parts = list(key(item))
            if not width:
                width = len(parts)
                columns = ", ".join(f"k{i} TEXT" for i in range(width))
                db.execute(f"CREATE TABLE item ({columns}, data BLOB)")
                insert = f"INSERT INTO item VALUES ({', '.join('?' * (width + 1))})"
            if len(parts) != width:
                raise ValueError("sort keys of different lengths")
            db.execute(insert, (*parts, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)))
        if width:
            order = ", ".join(f"k{i}" for i in range(width))
            for (data,) in db.execute(f"SELECT data FROM item ORDER BY {order}, rowid"):
                out.append_pickled(data)
    return out
