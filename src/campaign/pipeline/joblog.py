"""The results of a build's jobs, kept in a temporary file rather than in memory: a merge of
10,000 records has 10,000 results (each with its file's manifest entry), which the parent
would otherwise hold from the first job to the end. A JobLog is a sequence (`spool.Spool`):
appended in plan order, read back one result at a time (iteration, indexing); the failed
results, few and asked for often, are also kept in memory."""

from __future__ import annotations

from ..spool import Spool
from .jobs import JobResult


class JobLog(Spool[JobResult]):
    def __init__(self) -> None:
        super().__init__()
        self.failed: list[JobResult] = []

    def append(self, result: JobResult) -> None:
        super().append(result)
        if result.status == "failed":
            self.failed.append(result)
