"""What a build says when it is done: `BuildResult`, every problem once (`report`: the kit's
warnings, the layout's, each job's and a line per document not published), the counts of
files and jobs per rendition, and `NotPublishedError` (all_or_nothing: nothing was
published)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, DiagnosticsError, Subject
from ..model import Kit
from ..output import OutputFile
from .joblog import JobLog
from .jobs import (
    JobResult,
)
from .options import Options


class NotPublishedError(DiagnosticsError):
    """Nothing was published (all_or_nothing): every problem, and what each job did."""

    def __init__(self, diagnostics: list[Diagnostic], jobs: Sequence[JobResult]) -> None:
        super().__init__(diagnostics)
        self.jobs = jobs


@dataclass(frozen=True)
class BuildResult:
    files: Sequence[OutputFile]  # every file of the output folder's manifest (a build's: a Spool)
    diagnostics: list[Diagnostic]  # every problem: warnings, and the errors of failed jobs
    counts: dict[str, dict[str, int]]  # status -> rendition -> files (done) or jobs
    jobs: Sequence[JobResult]  # every job of this run, in plan order (a build's: a JobLog)
    removed: Sequence[str]  # our files deleted: their jobs left the kit or no longer make them
    kit: Kit | None = None  # the kit built (for what the CLI says about it)
    manifest: bool = False  # the manifest was written (output.Published.manifest)
    # why a file of `removed` went, in the user's terms, where one reason is known
    # (earlier_files.why_gone: "office 'nairobi' no longer lists 'flyer-a4'")
    removed_why: Mapping[str, str] = field(default_factory=dict)

    @property
    def failed(self) -> list[JobResult]:
        if isinstance(self.jobs, JobLog):  # kept in memory: no pass over the file
            return list(self.jobs.failed)
        return [j for j in self.jobs if j.status == "failed"]


def report(
    kit: Kit,
    layout: list[Diagnostic],
    results: Sequence[JobResult],
    opts: Options,
    laid: Sequence[Diagnostic] = (),
) -> list[Diagnostic]:
    """Every problem once: the kit's warnings, the layout's (one per cause), each job's, and a
    line per document whose jobs failed. `laid`: the documents' own layout problems, which
    `layout` may hold merged (an overlap in every language is one error): a failed job
    carries its document's, and they are not listed again (a build listed each language's
    overlap below the merged one)."""
    out = list(kit.warnings) + [d.as_error() if opts.strict else d for d in layout]
    merged = {*laid, *(d.as_error() for d in laid)}
    failed: list[JobResult] = []  # one pass over the results (a JobLog reads them from disk)
    drawn: list[Diagnostic] = []
    for r in results:
        if r.status == "failed":
            failed.append(r)
        drawn += [d for d in r.diagnostics if d.code != "text.no-glyph"]
    # once each (the jobs of a language whose strings file cannot be read share its errors);
    # the layout's are listed above
    out += [d for d in dict.fromkeys(drawn) if d not in merged and d not in out]
    failed_docs = list(dict.fromkeys(r.key.document for r in failed))
    for material, language, office, record in failed_docs:
        jobs = [
            r.key.rendition
            for r in failed
            if r.key.document == (material, language, office, record)
        ]
        out.append(
            Diagnostic(
                "build.job-failed",
                f"not published: {', '.join(jobs)}; the previous files of these jobs are unchanged",
                None,
                ("its errors are listed above: mend them, then build again",),
                subject=Subject(office=office, material=material, language=language, record=record),
            )
        )
    return out


def not_published() -> Diagnostic:
    return Diagnostic(
        "build.not-published",
        "nothing was published; the previous output is unchanged",
        None,
        ("fix the problems above, or build without --all-or-nothing to publish the rest",),
    )


def counts(results: Iterable[JobResult]) -> dict[str, dict[str, int]]:
    """done: files built per rendition; failed, skipped: jobs per rendition."""
    out: dict[str, dict[str, int]] = {"done": {}, "failed": {}, "skipped": {}}
    for r in results:
        n = len(r.files) if r.status == "done" else 1
        bucket = out.setdefault(r.status, {})
        bucket[r.key.rendition] = bucket.get(r.key.rendition, 0) + n
    return out
