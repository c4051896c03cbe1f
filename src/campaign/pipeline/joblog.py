"""The results of a build's jobs, kept in a temporary file rather than in memory: a merge of
10,000 records has 10,000 results (each with its file's manifest entry), which the parent
would otherwise hold from the first job to the end. A JobLog is a sequence: appended in plan
order, read back one result at a time (iteration, indexing); the failed results, few and
asked for often, are also kept in memory."""

from __future__ import annotations

import pickle
import tempfile
import weakref
from array import array
from collections.abc import Iterator, Sequence
from typing import overload

from .jobs import JobResult


class JobLog(Sequence[JobResult]):
    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # deleted when closed
        weakref.finalize(self, self._file.close)  # closed when the log goes
        self._offsets = array("Q")  # where each result starts: 8 bytes a job
        self.failed: list[JobResult] = []

    def append(self, result: JobResult) -> None:
        self._file.seek(0, 2)
        self._offsets.append(self._file.tell())
        pickle.dump(result, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        if result.status == "failed":
            self.failed.append(result)

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> JobResult: ...

    @overload
    def __getitem__(self, index: slice) -> list[JobResult]: ...

    def __getitem__(self, index: int | slice) -> JobResult | list[JobResult]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        self._file.seek(self._offsets[index])
        found: JobResult = pickle.load(self._file)
        return found

    def __iter__(self) -> Iterator[JobResult]:
        for i in range(len(self)):  # by offset: two iterations at once do not interfere
            yield self[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]
