"""Run the jobs: in this process (--jobs 1) or in a pool of forked worker processes.

Jobs travel in units, one per composed document, so that a document's renditions share what
they draw. A pool's initializer receives the build's Work (the kit, the composed documents, the
options, the staging folder) once: under fork it is inherited, not pickled. Each worker then
makes one Worker, which loads the fonts once. Results come back as small JobResult records in
the plan's order, whatever the scheduling, so outputs and manifests do not depend on --jobs.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Mark, Subject
from ..fonts import load_fontbook
from ..kinds import kind_of
from ..model import Kit
from ..output import OutputFile, Staging
from ..render.colour import rgb_to_cmyk
from ..render.items import Resources
from .events import Listener, Started, ignore, outcome
from .fingerprint import profile_icc
from .jobs import Composed, JobKey, JobResult, Status
from .options import Options
from .renditions import RENDITIONS, Convert, Output, Sheet


@dataclass(frozen=True)
class Unit:
    """The jobs drawn from one composed document, run together by one worker."""

    doc: int  # index into Work.docs
    keys: tuple[JobKey, ...]
    fingerprints: tuple[str, ...]


@dataclass(frozen=True)
class Work:
    """Everything a worker needs, handed over once per worker."""

    kit: Kit
    docs: tuple[Composed, ...]
    opts: Options
    staging: Staging


class Worker:
    """Runs units of one build: one per process, with its fonts and colour converters."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.fonts = load_fontbook(work.kit.fonts_dir)
        self.resources = Resources()  # parsed SVG art and QR matrices, once per worker
        self._converters: dict[Path, Convert] = {}

    def convert(self, icc: Path) -> Convert:
        if icc not in self._converters:
            self._converters[icc] = rgb_to_cmyk(icc)
        return self._converters[icc]

    def run(self, unit: Unit, listener: Listener = ignore) -> list[JobResult]:
        """The unit's jobs in order; `listener` hears each start and outcome (in this process)."""
        kit, composed = self.work.kit, self.work.docs[unit.doc]
        convert = self.convert(profile_icc(kit, composed.layout, composed.office))
        sheet = Sheet(kit, self.fonts, composed, self.work.opts, convert, self.resources)
        results = []
        for key, fingerprint in zip(unit.keys, unit.fingerprints, strict=True):
            listener(Started(key))
            results.append(self._job(sheet, key, fingerprint))
            listener(outcome(results[-1]))
        return results

    def _job(self, sheet: Sheet, key: JobKey, fingerprint: str) -> JobResult:
        start = time.perf_counter()
        problems = Collector()
        try:
            outputs = RENDITIONS[key.rendition].draw(sheet, problems)
        except DiagnosticsError as exc:  # a file found broken only while drawing
            problems.extend(exc.diagnostics)
            outputs = []
        except Exception as exc:  # a bug shown by one job must not stop the others
            problems.add(crash(key, exc))
            outputs = []
        opts = self.work.opts
        items = [d.as_error() for d in problems] if opts.strict else problems.items
        failed = any(d.is_error and not (opts.force and d.code == "preflight.fail") for d in items)
        files = () if failed else tuple(self._stage(sheet, key, fingerprint, o) for o in outputs)
        status: Status = "failed" if failed else "done"
        return JobResult(key, status, files, tuple(items), time.perf_counter() - start)

    def _stage(self, sheet: Sheet, key: JobKey, fingerprint: str, output: Output) -> OutputFile:
        meta = {
            "material": key.material,
            "language": key.language,
            "office": key.office,
            "record": key.record,
            "rendition": key.rendition,
            "trim_mm": sheet.layout.trim,
            "pages": len(sheet.doc.pages),
            "badge": kind_of(sheet.layout).manifest(sheet.layout),
            "fingerprint": fingerprint,
            **output.meta,
        }
        return self.work.staging.write(output.path, output.data, meta)


def crash(key: JobKey, exc: Exception) -> Diagnostic:
    """An internal error of one job, as a diagnostic at the innermost frame of our code."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "campaign" in f.filename]
    where = Mark(Path(frames[-1].filename), frames[-1].lineno or 1, 1) if frames else None
    return Diagnostic(
        "build.internal",
        f"{key.rendition} stopped on an internal error ({type(exc).__name__}: {exc})",
        where,
        ("this is a bug in the kit's code: please report it with the kit that shows it",),
        subject=Subject(office=key.office, material=key.material, language=key.language),
    )


def execute(work: Work, units: list[Unit], jobs: int, listener: Listener) -> list[JobResult]:
    """Run every unit; report each job's Started and outcome to `listener` in plan order."""
    workers = min(jobs or os.cpu_count() or 1, len(units))
    results: list[JobResult] = []
    if workers < 2 or "fork" not in mp.get_all_start_methods():
        worker = Worker(work)
        for unit in units:
            results += worker.run(unit, listener)
        return results
    for batch in _pooled(work, units, workers):
        for result in batch:  # a pool reports a job's start when its record arrives
            listener(Started(result.key))
            listener(outcome(result))
            results.append(result)
    return results


def _pooled(work: Work, units: list[Unit], workers: int) -> Iterator[list[JobResult]]:
    """Results in submission order. A worker that dies (a crash in a native library) raises
    BrokenProcessPool here instead of leaving the build waiting for it."""
    context = mp.get_context("fork")
    with ProcessPoolExecutor(workers, context, initializer=_start, initargs=(work,)) as pool:
        yield from pool.map(_run, units)


_worker: Worker | None = None  # a pool process's own Worker, set by _start; never in the parent


def _start(work: Work) -> None:
    global _worker
    _worker = Worker(work)


def _run(unit: Unit) -> list[JobResult]:
    assert _worker is not None, "_run is called in pool processes only"
    return _worker.run(unit)
