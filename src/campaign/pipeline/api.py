"""The build as a library: check() lays out without drawing, build() runs every job and
publishes (and writes the folder's index.html gallery). Kit-level errors (YAML, unknown names)
stop everything before any job; a job that fails (layout, preflight) fails alone: the others
are published, unless all_or_nothing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..colours import mismatches
from ..diagnostics import Diagnostic, DiagnosticsError, Severity, Subject
from ..fonts import FontBook, load_fontbook
from ..kit import load_kit
from ..model import Kit, Office
from ..output import JobId, OutputFile, Staging, read_manifest, unchanged
from ..serve.static_gallery import write_gallery
from .compose import Laid, compose_all
from .events import Failed, Listener, Planned, Skipped, ignore
from .fingerprint import Fingerprints, code_version, used_files
from .jobs import (
    Composed,
    JobKey,
    JobResult,
    documents,
    full_plan,
    pick_offices,
    plan,
    record_documents,
    record_plan,
    select,
)
from .options import Options

if TYPE_CHECKING:
    from .execute import Unit


def check(
    root: Path,
    langs: tuple[str, ...] | None = None,
    only: tuple[str, ...] | None = None,
    pseudo: bool = False,
    offices: tuple[str, ...] | None = None,
) -> tuple[Kit, list[Composed], list[Diagnostic]]:
    """Lay out every page without drawing (for `offices`, when given); raise with every error.
    With `pseudo`, also lay out the pseudo-locales and return what they show as warnings."""
    kit = load_kit(root)
    chosen = pick_offices(kit, offices)
    kit = replace(kit, warnings=kit.warnings + tuple(mismatches(kit)))
    if chosen:
        kit = replace(kit, warnings=kit.warnings + tuple(unfilled(kit, chosen)))
    fonts = load_fontbook(kit.fonts_dir)
    laid, errs = compose_all(kit, fonts, documents(kit, langs, only, chosen))
    if errs.errors:  # the kit's warnings too (a style that allows text below the floor)
        raise DiagnosticsError([*kit.warnings, *errs.items])
    warnings = list(kit.warnings) + list(errs.warnings)
    if pseudo:
        codes = tuple(c for c, lang in kit.languages.items() if lang.pseudo)
        _, stress = compose_all(kit, fonts, select(kit, codes, only))
        warnings += [
            replace(d, severity=Severity.WARNING, code="layout.pseudo") for d in stress.items
        ]
    return kit, [one.composed for one in laid], warnings


class NotPublishedError(DiagnosticsError):
    """Nothing was published (all_or_nothing): every problem, and what each job did."""

    def __init__(self, diagnostics: list[Diagnostic], jobs: list[JobResult]) -> None:
        super().__init__(diagnostics)
        self.jobs = jobs


@dataclass(frozen=True)
class BuildResult:
    files: list[OutputFile]  # every file of the output folder's manifest
    diagnostics: list[Diagnostic]  # every problem: warnings, and the errors of failed jobs
    counts: dict[str, dict[str, int]]  # status -> rendition -> files (done) or jobs
    jobs: list[JobResult]  # every job of this run, in plan order
    removed: list[str]  # our files deleted: their jobs left the kit or no longer make them
    kit: Kit | None = None  # the kit built (for what the CLI says about it)

    @property
    def failed(self) -> list[JobResult]:
        return [j for j in self.jobs if j.status == "failed"]


def build(root: Path, opts: Options, listener: Listener = ignore) -> BuildResult:
    """Lay out, draw, preflight and publish. Raises DiagnosticsError on kit-level errors, and
    with `all_or_nothing` when any job fails (the previous output is then unchanged)."""
    from .execute import Work, execute
    from .renditions import RENDITIONS

    kit = load_kit(root)
    offices = pick_offices(kit, opts.offices)
    kit = replace(kit, warnings=kit.warnings + tuple(mismatches(kit)))
    if offices:
        kit = replace(kit, warnings=kit.warnings + tuple(unfilled(kit, offices)))
    if opts.strict and kit.warnings:
        raise DiagnosticsError([w.as_error() for w in kit.warnings])
    fonts = load_fontbook(kit.fonts_dir)
    if opts.records is not None:
        docs: list[Any] = record_documents(kit, opts.only or (), opts.records)
    else:
        docs = documents(kit, opts.langs, opts.only, offices)
    laid, problems = compose_all(kit, fonts, docs)
    units, results = _units(kit, fonts, laid, opts, listener, offices)
    if opts.all_or_nothing and any(_layout_failed(one, opts.strict) for one in laid):
        # nothing will be published: stop before drawing, as a failed check does
        raise NotPublishedError(
            report(kit, problems.items, results, opts) + [not_published()], results
        )
    in_kit = full_plan(kit, list(RENDITIONS))
    if opts.records is not None:  # a merge's folder: its own records' files are not stale
        in_kit |= {k.id for k in record_plan(kit, opts.only or (), opts.records, list(RENDITIONS))}
    with Staging(opts.out) as staging:
        work = Work(kit, tuple(one.composed for one in laid), opts, staging)
        results += execute(work, units, opts.jobs, listener)
        results.sort(key=lambda r: order(r.key, laid, list(RENDITIONS)))
        diagnostics = report(kit, problems.items, results, opts)
        if opts.all_or_nothing and any(r.status == "failed" for r in results):
            raise NotPublishedError(diagnostics + [not_published()], results)
        built = [f for r in results if r.status == "done" for f in r.files]
        published = staging.publish(built, lambda f: f.job in in_kit)
        title = f"{kit.campaign.name} {kit.campaign.year}"
        write_gallery(opts.out.resolve(), published.files, title, staging.dir)
    return BuildResult(
        published.files, diagnostics, counts(results), results, published.removed, kit
    )


def unfilled(kit: Kit, offices: list[Office]) -> list[Diagnostic]:
    """One warning per office listing the contact fields it has not filled yet."""
    out = []
    for office in offices:
        names = office.unfilled(kit.campaign.fields)
        if names:
            out.append(
                Diagnostic(
                    "office.unfilled",
                    f"office '{office.id}' has not filled {', '.join(names)}",
                    office.mark,
                    ("fill them under 'fields:' in its file; empty slots are not drawn",),
                    Severity.WARNING,
                    Subject(office=office.id),
                )
            )
    return out


def _units(
    kit: Kit,
    fonts: FontBook,
    laid: list[Laid],
    opts: Options,
    listener: Listener,
    offices: list[Office] | None = None,
) -> tuple[list[Unit], list[JobResult]]:
    """The units to draw, with each job's fingerprint; and the jobs that end here, reported to
    `listener` after Planned: failed (their document's layout failed) or skipped (unchanged)."""
    from .execute import Unit
    from .renditions import RENDITIONS, wanted

    prints = Fingerprints(kit, code_version())
    if opts.records is not None:
        keys = record_plan(kit, opts.only or (), opts.records, wanted(opts))
    else:
        keys = plan(kit, opts.langs, opts.only, wanted(opts), offices)
    listener(Planned(tuple(keys)))
    previous = Previous(opts.out) if opts.incremental else None
    units, done = [], []
    for i, one in enumerate(laid):
        ks = [k for k in keys if k.document == one.composed.key]
        if _layout_failed(one, opts.strict):
            done += _fail(ks, one, listener)
            continue
        layout, lang, office = one.composed.layout, one.composed.lang, one.composed.office
        files = used_files(kit, fonts, layout, one.composed.page, office)
        options = [RENDITIONS[k.rendition].options(opts) for k in ks]
        record = one.composed.record
        fps = [prints.of(layout, lang, files, o, record) for o in options]
        if previous is not None:
            ks, fps = previous.skip(ks, fps, done, listener)
        if ks:
            units.append(Unit(i, tuple(ks), tuple(fps)))
    return units, done


class Previous:
    """The previous build's files in the output folder, for --incremental."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.files: dict[JobId, list[OutputFile]] = {}
        for entry in read_manifest(self.out):
            self.files.setdefault(entry.job, []).append(entry)

    def skip(
        self, keys: list[JobKey], fps: list[str], skipped: list[JobResult], listener: Listener
    ) -> tuple[list[JobKey], list[str]]:
        """The jobs still to run and their fingerprints; the others (same fingerprint, files
        unchanged since and named as this code names them) are added to `skipped` and reported
        to `listener`."""
        run: tuple[list[JobKey], list[str]] = ([], [])
        for key, fp in zip(keys, fps, strict=True):
            old = self.files.get(key.id, [])
            if old and all(
                f.fingerprint == fp and f.has_current_name and unchanged(self.out, f) for f in old
            ):
                skipped.append(JobResult(key, "skipped", tuple(old)))
                listener(Skipped(skipped[-1]))
            else:
                run[0].append(key)
                run[1].append(fp)
        return run


def _layout_failed(one: Laid, strict: bool) -> bool:
    return any(d.is_error or strict for d in one.diagnostics)


def _fail(keys: list[JobKey], one: Laid, listener: Listener) -> list[JobResult]:
    """The jobs of a document whose layout failed: failed without drawing, with its problems."""
    errors = tuple(d if d.is_error else d.as_error() for d in one.diagnostics)
    results = [JobResult(key, "failed", (), errors) for key in keys]
    for result in results:
        listener(Failed(result))
    return results


def order(key: JobKey, laid: list[Laid], renditions: list[str]) -> tuple[int, int]:
    docs = [one.composed.key for one in laid]
    return docs.index(key.document), renditions.index(key.rendition)


def report(
    kit: Kit, layout: list[Diagnostic], results: list[JobResult], opts: Options
) -> list[Diagnostic]:
    """Every problem once: the kit's warnings, the layout's (one per cause), each job's, and a
    line per document whose jobs failed."""
    out = list(kit.warnings) + [d.as_error() if opts.strict else d for d in layout]
    failed_docs: list[tuple[str, str, str | None, str | None]] = []
    for r in results:
        if r.status == "failed" and r.key.document not in failed_docs:
            failed_docs.append(r.key.document)
    drawn = [d for r in results for d in r.diagnostics if d.code != "text.no-glyph"]
    out += [d for d in drawn if d not in out]  # layout problems are listed once, above
    for material, language, office, record in failed_docs:
        jobs = [
            r.key.rendition
            for r in results
            if r.key.document == (material, language, office, record) and r.status == "failed"
        ]
        out.append(
            Diagnostic(
                "build.job-failed",
                f"not published: {', '.join(jobs)}; the previous files of these jobs are unchanged",
                None,
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


def counts(results: list[JobResult]) -> dict[str, dict[str, int]]:
    """done: files built per rendition; failed, skipped: jobs per rendition."""
    out: dict[str, dict[str, int]] = {"done": {}, "failed": {}, "skipped": {}}
    for r in results:
        n = len(r.files) if r.status == "done" else 1
        bucket = out.setdefault(r.status, {})
        bucket[r.key.rendition] = bucket.get(r.key.rendition, 0) + n
    return out
