"""Run the jobs: in this process (--jobs 1) or in a pool of forked worker processes.

Jobs travel in units, one per document, so that a document's renditions share what they draw.
A pool's initializer receives the build's Work (the kit, the options, the staging folder, the
previous build's files) once: under fork it is inherited, not pickled; each unit names its
document (and carries its merged record), so a worker does not read the parent's list of every
record (reading an object of the parent copies its page into the worker), and the parent's
objects are frozen out of the workers' garbage collector (gc.freeze) for the same reason.
Each worker then makes one Worker, which loads the fonts once. A worker composes a unit's
document, fingerprints its jobs, skips those unchanged since the previous build, draws the
others and stages their files, then drops the document: memory does not grow with the number
of documents (a merge of 10,000 records). Results come back as small JobResult records in the
plan's order, whatever the scheduling, so outputs and manifests do not depend on --jobs.
Workers ignore SIGINT and SIGTERM: the main process handles them, and kills the workers when
the build stops (a signal, an error such as a full disk raised by a worker).
"""

from __future__ import annotations

import functools
import gc
import math
import multiprocessing as mp
import os
import signal
import threading
import time
import traceback
import weakref
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Mark, Subject
from ..garbage import collect_less
from ..kinds import kind_of, manifest_mm
from ..model import Kit
from ..output import OutputFile, Staging
from ..pixels import forget
from ..preflight import load_checks
from ..render.colour import rgb_to_cmyk
from ..render.items import Resources
from .compose import Laid, compose_document
from .events import Failed, Listener, Skipped, Started, ignore, outcome
from .fingerprint import (
    Fingerprints,
    carried_keys,
    printed_texts,
    profile_icc,
    used_files,
    used_keys,
)
from .incremental import Previous, Unread
from .joblog import JobLog
from .jobs import Composed, Doc, JobKey, JobResult, Status
from .kitcache import cached_fontbook
from .options import Options
from .renditions import RENDITIONS, Convert, Output, Sheet

if TYPE_CHECKING:
    from ..fonts import FontBook
    from ..merge.events import Record


@dataclass(frozen=True)
class Unit:
    """The jobs of one document, composed and drawn together by one worker. The document is
    named (ids), with its merged record: a worker looks its layout, language and office up in
    its kit, and never touches the parent's list of every record (a forked worker that reads
    an object of its parent copies the page it is on)."""

    layout: str
    lang: str
    office: str | None
    record: Record | None
    keys: tuple[JobKey, ...]

    @staticmethod
    def of(doc: Doc, keys: tuple[JobKey, ...]) -> Unit:
        record = doc[3] if len(doc) > 3 else None
        office = doc[2].id if doc[2] else None
        return Unit(doc[0].id, doc[1].code, office, record, keys)

    def doc(self, kit: Kit) -> Doc:
        office = kit.offices[self.office] if self.office else None
        layout, lang = kit.layouts[self.layout], kit.languages[self.lang]
        if self.record is None:
            return (layout, lang, office)
        return (layout, lang, office, self.record)


@dataclass(frozen=True)
class Work:
    """Everything a worker needs, handed over once per worker."""

    kit: Kit
    opts: Options
    staging: Staging
    code: str  # fingerprint.code_version()
    previous: Previous | None = None  # the output folder's files (incremental builds)
    # fingerprint.kit_state of each group (None: the campaign kit; an office's id): kept in
    # every file's entry
    kit_state: dict[str | None, str] = field(default_factory=dict)
    # a merge's kit changes since the previous merge into the folder, by which a record's
    # earlier files are kept without composing it (incremental.unread_changes); None: every
    # document is composed
    unread: Unread | None = None


@dataclass(frozen=True)
class Outcome:
    """What one unit did: its jobs' results (skipped ones first) and what its layout found."""

    results: tuple[JobResult, ...]
    layout: tuple[Diagnostic, ...]
    laid_out: bool = True  # False: the layout failed, no job ran


def layout_failed(one: Laid, strict: bool) -> bool:
    """Whether a document's layout fails its jobs: an error, or with `strict` a warning (a
    note never: Severity.NOTE)."""
    return any(d.fails(strict) for d in one.diagnostics)


# Layout problems of the bleed alone (art that stops at the trim): only the print PDF has a
# bleed; the digital PDF and the PNGs are the trimmed page, and are made (a designer's trial:
# a ground without `bleed:` withheld the preview they needed to see their edit)
PRINT_ONLY = frozenset({"layout.bleed"})
PRINT_RENDITIONS = frozenset({"print_pdf"})


def failing_keys(one: Laid, strict: bool, keys: tuple[JobKey, ...]) -> tuple[JobKey, ...]:
    """The jobs of `keys` a failed layout fails without drawing: every one, or only the
    print PDF's when each of its errors (every diagnostic with `strict`) is the bleed's
    (PRINT_ONLY)."""
    blocking = [d for d in one.diagnostics if d.fails(strict)]
    if all(d.code in PRINT_ONLY for d in blocking):
        return tuple(k for k in keys if k.rendition in PRINT_RENDITIONS)
    return keys


class Worker:
    """Runs units of one build: one per process, with its fonts and colour converters."""

    def __init__(self, work: Work, fonts: FontBook | None = None) -> None:
        self.work = work
        self.fonts = fonts or cached_fontbook(work.kit.fonts_dir, work.code)
        self.resources = Resources()  # parsed SVG art and QR matrices, once per worker
        self.prints = Fingerprints(work.kit, work.code)  # each input file hashed once
        self._converters: dict[Path, Convert] = {}

    def convert(self, icc: Path) -> Convert:
        if icc not in self._converters:
            self._converters[icc] = rgb_to_cmyk(icc)
        return self._converters[icc]

    def run(self, unit: Unit, listener: Listener = ignore) -> Outcome:
        """Compose the unit's document, then its jobs in order (unchanged ones skipped);
        `listener` hears each start and outcome (in this process). The document is dropped
        when the unit ends, and the pixels of the image it decoded last (pixels.forget: a
        merged row's logo, decoded once for its checks and its renditions)."""
        try:
            return self._run(unit, listener)
        finally:
            forget()

    def _run(self, unit: Unit, listener: Listener) -> Outcome:
        kit, opts = self.work.kit, self.work.opts
        previous, unread = self.work.previous, self.work.unread
        if unit.record is not None and previous is not None and unread is not None:
            kept = previous.unread(unit.keys, unit.record, unread)
            if kept is not None:  # made from nothing edited since: not composed
                for result in kept:
                    listener(Skipped(result))
                return Outcome(tuple(kept), ())
        laid = compose_document(kit, self.fonts, *unit.doc(kit))
        results: list[JobResult] = []
        todo = unit.keys
        if layout_failed(laid, opts.strict):  # its jobs fail without drawing, with its problems
            errors = tuple(d if d.is_error else d.as_error() for d in laid.diagnostics)
            failing = failing_keys(laid, opts.strict, unit.keys)
            for key in failing:
                results.append(JobResult(key, "failed", (), errors))
                listener(Failed(results[-1]))
            todo = tuple(k for k in unit.keys if k not in failing)
            if not todo:
                return Outcome(tuple(results), laid.diagnostics, laid_out=False)
        composed = laid.composed
        files = used_files(kit, self.fonts, composed.layout, composed.page, composed.office)
        keys, fps = list(todo), self.fingerprints(composed, todo, files)
        read = self.prints.inputs(composed.layout, composed.lang, files, composed.office)
        if previous is not None:
            keys, fps = previous.skip(keys, fps, results, listener)
            results = [given_inputs(r, read) for r in results]
        if keys:
            convert = self.convert(profile_icc(kit, composed.layout, composed.office))
            lang, office = composed.lang, composed.office
            texts = printed_texts(kit, lang, used_keys(composed.page), office)
            sheet = Sheet(kit, self.fonts, composed, opts, convert, self.resources, texts)
            # what a file carrying the alternative texts too (the digital PDF) records
            carried = printed_texts(kit, lang, carried_keys(composed.page), office)
            for key, fingerprint in zip(keys, fps, strict=True):
                listener(Started(key))
                alts = RENDITIONS[key.rendition].carries_alts
                results.append(self._job(sheet, key, fingerprint, read, carried if alts else texts))
                listener(outcome(results[-1]))
        return Outcome(tuple(results), laid.diagnostics)

    def fingerprints(
        self, composed: Composed, keys: tuple[JobKey, ...], files: list[Path]
    ) -> list[str]:
        """Each job's fingerprint: the files the document reads (`files`: used_files), the
        texts it sets, the options that change the rendition's bytes."""
        layout, office = composed.layout, composed.office
        keys_used = used_keys(composed.page)
        strings_of: dict[bool, str] = {}  # by Rendition.document_strings: each made once
        out = []
        for key in keys:
            rendition = RENDITIONS[key.rendition]
            whole = rendition.document_strings
            if whole not in strings_of:
                doc = composed.page if whole else None
                dated = composed.record is not None  # its date in the language's months
                strings_of[whole] = self.prints.strings(composed.lang, keys_used, doc, dated)
            strings = strings_of[whole]
            options = rendition.options(self.work.opts)
            out.append(
                self.prints.of(
                    layout, strings, files, options, composed.record, composed.lang.code, office
                )
            )
        return out

    def _job(
        self,
        sheet: Sheet,
        key: JobKey,
        fingerprint: str,
        read: list[str],
        texts: dict[str, object] | None = None,
    ) -> JobResult:
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
        anyway = opts.publish_anyway
        failed = any(d.is_error and not (anyway and d.code == "preflight.fail") for d in items)
        files = (
            ()
            if failed
            else tuple(self._stage(sheet, key, fingerprint, read, o, texts) for o in outputs)
        )
        status: Status = "failed" if failed else "done"
        return JobResult(key, status, files, tuple(items), time.perf_counter() - start)

    def _stage(
        self,
        sheet: Sheet,
        key: JobKey,
        fingerprint: str,
        read: list[str],
        output: Output,
        texts: dict[str, object] | None = None,
    ) -> OutputFile:
        meta = {
            "material": key.material,
            "language": key.language,
            "office": key.office,
            "record": key.record,
            "rendition": key.rendition,
            "trim_mm": (manifest_mm(sheet.layout.trim[0]), manifest_mm(sheet.layout.trim[1])),
            "pages": len(sheet.doc.pages),
            "badge": kind_of(sheet.layout).manifest(sheet.layout),
            "fingerprint": fingerprint,
            **output.meta,
        }
        opts = self.work.opts
        data, place, data_sheet = opts.data_name, opts.data_place, opts.data_sheet
        record = sheet.composed.record
        # the files of fingerprint.SCOPED_FILES it was made from: `package` judges it by them
        # (a merged file too: without them, an edit of ru.yaml made every English flyer of a
        # merge's folder "made from it as it was", package.outdated)
        made: dict[str, object] = {"inputs": read}
        if record is not None and data is not None:  # which data file made it (a merge
            made["data"] = data  # into its folder checks it)
            if place:
                made["data_place"] = place
            if data_sheet:  # the workbook's sheet, of several (its ids are its own)
                made["data_sheet"] = data_sheet
            # and from which values of its row (`package` tells a file of another template
            # merged from an earlier version of the row)
            made["row"] = sheet.row_digest
            from ..merge.events import event_label  # merges only: no import for a build

            made["event"] = event_label(record, sheet.lang.code)  # the job sheet names it
            if record.sample:  # a sample event's: never printed
                made["sample"] = True  # (package.sample; an organiser's trial packed them)
        if record is None and not self.work.kit.lists(key.language, key.office):
            # made by `--lang` of a language its group does not list (a trial): `package`
            # then says its group never listed it when the file was made, not "no longer"
            made["unlisted"] = True
        if texts:  # texts of another language than its own: `package` says which
            made["texts"] = texts
        # no text of the strings files (a badge with no words): no draft, whatever its
        # language (described.drafts_of); a digital PDF's alternative texts are texts too
        # (its heart's description, read as its heading: a draft's where its language is)
        given = sheet.carried_texts if RENDITIONS[key.rendition].carries_alts else None
        if not (sheet.strings_texts if given is None else given):
            made["no_texts"] = True
        state = self.work.kit_state.get(key.office)
        if state:  # the kit it was made from: `package` tells a file the last build did not
            made["kit"] = state  # make from one of an older kit
        if made:
            meta["extra"] = {**meta.get("extra", {}), **made}
        return self.work.staging.write(output.path, output.data, meta)


def given_inputs(result: JobResult, read: list[str]) -> JobResult:
    """A skipped job's result whose earlier files' entries name no `inputs` (made before
    merged entries kept them) with those its document reads now (`read`: its fingerprint
    is the same, so the files are what the kit makes now), which the parent gives the
    entries it keeps (building._with_kit): once merged again, an older merge's folder is
    judged by them (`package`), and its records are not composed at the next merge after
    an unrelated edit (incremental.Previous.unread). Any other result as it is."""
    if result.status != "skipped" or all("inputs" in f.extra for f in result.files):
        return result
    files = tuple(
        f if "inputs" in f.extra else replace(f, extra={**f.extra, "inputs": read})
        for f in result.files
    )
    return replace(result, files=files)


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


def available_cpus(cgroup: Path = Path("/sys/fs/cgroup")) -> int:
    """The CPUs this process may use, at least 1: those it may run on (its affinity: taskset,
    a cpuset), and no more than a CPU limit of its cgroup allows, rounded up (a container's
    `--cpus`, a Kubernetes pod's `limits.cpu`: cgroup v2 `cpu.max`, v1 `cpu.cfs_quota_us`).
    os.cpu_count() is the machine's: a pod limited to 2 CPUs on a 32-core node started 32
    workers. A CPU request sets no limit: pass --jobs."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    for quota_file, period_file in (
        (cgroup / "cpu.max", None),
        (cgroup / "cpu" / "cpu.cfs_quota_us", cgroup / "cpu" / "cpu.cfs_period_us"),
    ):
        try:
            if period_file is None:
                quota, period = quota_file.read_text().split()[:2]
            else:
                quota, period = quota_file.read_text().strip(), period_file.read_text().strip()
            if quota not in ("max", "-1") and int(period) > 0:
                cpus = min(cpus, math.ceil(int(quota) / int(period)))
            break
        except (OSError, ValueError):
            continue
    return max(1, cpus)


def execute(
    work: Work, units: Iterable[Unit], jobs: int, listener: Listener, count: int
) -> tuple[JobLog, list[Diagnostic]]:
    """Run every unit (`count` of them, made one at a time by `units`); report each job's
    Started and outcome to `listener` in plan order. Returns every job's result, in plan
    order (in a temporary file: a JobLog), and what the documents' layouts found."""
    workers = min(jobs or available_cpus(), count)
    results = JobLog()
    layout: list[Diagnostic] = []
    if workers < 2 or "fork" not in mp.get_all_start_methods():
        worker = Worker(work)
        for unit in units:
            done = worker.run(unit, listener)
            for result in in_order(unit, done.results):
                results.append(result)
            layout += done.layout
        return results, layout
    for unit, done in _pooled(work, units, workers, batch_size(count, workers)):
        for result in in_order(unit, done.results):  # a job's start: when its record arrives
            if result.status != "skipped" and done.laid_out:
                listener(Started(result.key))
            listener(outcome(result))
            results.append(result)
        layout += done.layout
    return results, layout


def in_order(unit: Unit, results: tuple[JobResult, ...]) -> list[JobResult]:
    """A unit's results in the order of its jobs (a worker reports the skipped ones first)."""
    position = {key: i for i, key in enumerate(unit.keys)}
    return sorted(results, key=lambda r: position[r.key])


IN_FLIGHT = 4  # batches submitted ahead per worker: enough to keep it busy, few to hold
MAX_BATCH = 8  # units a worker is handed at once


def batch_size(count: int, workers: int) -> int:
    """Units handed to a worker at once: one for a build of a few documents (every worker
    gets its share to the end), up to MAX_BATCH when each worker has at least 16 batches to
    do (a merge's records). Each batch costs the parent a pickled task, a wake-up of the
    pool's threads and a pickled result: a thousand single flyers cost the parent 0.37 ms of
    CPU a record in those threads, beside the workers on the same cores (bench/README.md,
    eighteenth session)."""
    return max(1, min(MAX_BATCH, count // (workers * 16)))


def _pooled(
    work: Work, units: Iterable[Unit], workers: int, batch: int = 1
) -> Iterator[tuple[Unit, Outcome]]:
    """Each unit and its outcome, in submission order. Units go to the workers `batch` at a
    time; at most IN_FLIGHT batches per worker are submitted and not yet handed back, so the
    parent holds a bounded number of units (and their records), whatever the number of
    documents. A worker that dies (a crash in a native library) raises BrokenProcessPool
    here instead of leaving the build waiting for it. When the build stops (Ctrl-C, SIGTERM,
    a full disk in a worker), the units not started are cancelled and the workers stopped:
    the build does not wait for them."""
    context = mp.get_context("fork")
    # read here, not in each worker's start: a font fonts.yaml names that cannot be used
    # raised in every worker's initializer, and the build stopped on BrokenProcessPool
    # (exit 70, with a traceback a worker) instead of the font.read error; each worker
    # gets the parent's book through fork, with no face opened yet
    fonts = cached_fontbook(work.kit.fonts_dir, work.code)
    load_checks()  # shared by the workers, not imported by each
    gc.freeze()  # the parent's objects: never scanned by a worker's collector (nor copied)
    try:
        with ProcessPoolExecutor(
            workers, context, initializer=_start, initargs=(work, fonts)
        ) as pool:
            try:
                pending: deque[tuple[list[Unit], Future[list[Outcome]]]] = deque()
                for group in _batches(units, batch):
                    pending.append((group, pool.submit(_run_batch, group)))
                    if len(pending) >= IN_FLIGHT * workers:
                        first, future = pending.popleft()
                        yield from zip(first, future.result(), strict=True)
                while pending:
                    first, future = pending.popleft()
                    yield from zip(first, future.result(), strict=True)
            except BaseException:
                _stop(pool)
                raise
    finally:
        gc.unfreeze()


def _batches(units: Iterable[Unit], size: int) -> Iterator[list[Unit]]:
    group: list[Unit] = []
    for unit in units:
        group.append(unit)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


# The manager threads of the pools _stop is tearing down (a thread leaves the set when it
# is gone): only their errors are quiet, only then.
_STOPPING: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def _quiet_teardown(args: threading.ExceptHookArgs, previous: object) -> None:
    """threading.excepthook: an OSError of the manager thread of a pool that _stop is tearing
    down is not shown. Python 3.11's manager thread can still be waiting on a pipe the
    shutdown has closed ("OSError: handle is closed"): a traceback after "interrupted;
    nothing was published" (2 runs in 50 Ctrl-C'd here). Anything else goes to `previous`."""
    if args.thread in _STOPPING and issubclass(args.exc_type, OSError):
        return
    previous(args)  # type: ignore[operator]


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the workers (they ignore SIGINT and SIGTERM, _start), then wait for the pool's
    manager thread to see it: one still running at exit writes to a closed pipe (EBADF); an
    OSError of that thread during the teardown is not shown (_quiet_teardown)."""
    manager = getattr(pool, "_executor_manager_thread", None)  # no public way (3.9 to 3.13)
    if manager is not None:
        _STOPPING.add(manager)
    if getattr(threading.excepthook, "func", None) is not _quiet_teardown:
        threading.excepthook = functools.partial(_quiet_teardown, previous=threading.excepthook)
    for process in list((pool._processes or {}).values()):  # no public way before 3.14
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


_worker: Worker | None = None  # a pool process's own Worker, set by _start; never in the parent


def _start(work: Work, fonts: FontBook) -> None:
    """A pool process's start: Ctrl-C and SIGTERM are the parent's to handle (a terminal or
    a service manager signals the whole process group): a worker ignores them, and the parent
    stops the workers (_stop) as it cleans up. No worker prints a traceback."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    collect_less()  # garbage.BATCH_GC: a record allocates tens of thousands of objects
    _worker = Worker(work, fonts)


def _run_batch(units: list[Unit]) -> list[Outcome]:
    assert _worker is not None, "_run_batch is called in pool processes only"
    return [_worker.run(unit) for unit in units]
