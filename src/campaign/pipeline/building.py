"""`build`: lay out, draw, preflight and publish, in one transaction (output.Staging,
publishing.py): the files, the manifest and the gallery, all or nothing. A build with nothing
to do (pipeline.incremental) is told before the kit is read, and imports neither the layout
stage, the renditions nor the colour science."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import DIGESTS
from ..diagnostics import Collector, Diagnostic, DiagnosticsError, Severity
from ..model import Kit, Office
from ..output import MANIFEST, SHEETS_DIR, OutputFile, Published, Staging, manifest_stamp
from ..publishing import recover
from ..spool import Spool
from .earlier_files import earlier_in_kit, kept_warnings
from .events import Failed, Listener, Planned, Skipped, Started, ignore
from .fingerprint import (
    code_version,
    kit_files,
    kit_values,
    layout_values,
    office_values,
    strings_values,
)
from .incremental import (
    Previous,
    earlier_refused,
    failed_build,
    group_states,
    nothing_to_do,
    stamp,
    unread_changes,
    with_jobs,
)
from .joblog import JobLog
from .jobs import (
    Doc,
    DocKey,
    JobKey,
    JobResult,
    doc_jobs,
    doc_key,
    documents,
    key_jobs,
    of_shard,
    own_key,
    pick_offices,
    record_doc_keys,
    record_documents,
    shard_of,
)
from .kit_warnings import not_built, unlisted_languages, unread_manifest
from .kitcache import cached_kit, kit_digests, kit_links
from .options import Options
from .results import BuildResult, NotPublishedError, counts, not_published, report
from .selection import of_offices, warnings_about, with_warnings

if TYPE_CHECKING:
    from ..package.outdated import KitChanges
    from .execute import Unit, Work


def build(root: Path, opts: Options, listener: Listener = ignore) -> BuildResult:
    """Lay out, draw, preflight and publish. Raises DiagnosticsError on kit-level errors, and
    with `all_or_nothing` when any job fails (the previous output is then unchanged).

    Incremental (unless opts.incremental is False, `--force`): a build whose stamp and files
    are those of the previous build into the same folder does nothing; else each document is
    composed and only the jobs whose fingerprint or files changed are drawn."""
    recover(opts.out, opts.out)  # a publish a killed build left: finished or rolled back
    code = code_version()
    paths = kit_files(root)  # walked once: their digests, and where links among them lead
    digests, links = kit_digests(root, paths), kit_links(root, paths)
    now = stamp(digests, code, opts, root, links)
    # --prune looks at the earlier files, which a build with nothing to do does not
    found = manifest_stamp(opts.out) if opts.incremental and not opts.prune else None
    skipped, files = nothing_to_do(opts.out, now, found) if found is not None else ((), ())
    if skipped:
        DIGESTS.save()  # the outputs' digests too
        return _nothing_to_do(skipped, files, listener)
    from .execute import Work
    from .renditions import wanted

    with warnings_about(opts.langs, opts.only, opts.offices):
        kit = cached_kit(root, digests, code, isolate=True, links=links)
    offices = pick_offices(kit, opts.offices)
    renditions = wanted(opts)
    unread = unread_manifest(opts.out) if opts.incremental else []
    keys, docs, unreadable = _planned(kit, opts, offices, renditions)
    not_read = _not_read(kit, unreadable, opts, renditions)
    keys += [r.key for r in not_read]
    kit = _warned(kit, opts, offices, code, keys, unreadable, not_read)
    units = _units(kit, opts, offices, renditions)
    gone: dict[str, str] = {}  # why each earlier file of no record is not the kit's any more
    planned = frozenset(k.document for k in keys if not k.record)
    in_kit, kept = earlier_in_kit(kit, opts, planned, gone)
    previous = Previous(opts.out) if opts.incremental else None
    # a merge's records made from no kit file edited since its previous merge: not composed
    edited = unread_changes(opts.out, now, kit, opts) if previous is not None else None
    user = "build" if opts.records is None else "merge"
    with Staging(opts.out, user) as staging:  # the folder's lock first: then the plan is told
        listener(Planned(tuple(keys)))
        del keys  # not held while drawing: made again for the stamp, at the end
        states = group_states(now)
        work = Work(kit, opts, staging, code, previous, states, edited)
        results, layout = _drawn(work, units, docs, not_read, listener)
        del work
        if previous is not None:
            previous.close()  # its temporary index of the earlier manifest
        diagnostics = unread + _problems(kit, layout, results, opts)
        failed = bool(results.failed)
        if opts.all_or_nothing and failed:
            raise NotPublishedError(diagnostics + [not_published()], results)
        if failed and len(results.failed) == len(results) and not (opts.out / MANIFEST).exists():
            # every job failed and no build was here: no empty manifest and gallery (the
            # folder, if this build made it, goes when the staging ends)
            return BuildResult([], diagnostics, counts(results), results, [], kit)
        # the jobs, in plan order, made again; and what campaign.yaml and the offices' files
        # say (kit_values), each layout takes from its file (layout_values: a size its
        # own entry), each strings file says text by text (strings_values) and each office's
        # file field by field (office_values), known now the
        # kit is read, by which `package` judges them
        said = {
            **now,
            "kit_values": kit_values(kit),
            "kit_layouts": layout_values(kit),
            "kit_strings": strings_values(kit),
            "kit_office_fields": office_values(kit),
        }
        # the rows the folder's earlier merges of other templates refused: still not made
        earlier = earlier_refused(opts.out, opts, found[0] if found is not None else None)
        said.update(earlier)
        done = None if failed else with_jobs(said, _jobs(kit, opts, offices, renditions))
        since = _since_stamp(opts.out, kit)  # the kit's changes since the previous build
        published = _published(
            staging,
            kit,
            results,
            in_kit,
            done,
            _with_kit(
                results,
                states,
                since,
                kit.lists,
                (opts.data_name, opts.data_place, opts.data_sheet),
            ),
            {**failed_build(opts, root, (j.key for j in results.failed)), **earlier}
            if failed
            else None,
        )
    return BuildResult(
        published.files,
        diagnostics + kept_warnings(kit, kept, opts) + _outdated_sheets(opts, published),
        counts(results),
        results,
        published.removed,
        kit,
        published.manifest,
        {path: gone[path] for path in published.removed if path in gone},
    )


def _outdated_sheets(opts: Options, published: Published) -> list[Diagnostic]:
    """A `build.sheet-outdated` warning for each sheet in the folder's sheets/ that places a file
    this build or merge made again or removed: it prints the earlier one (an organiser's
    trial merged a changed time, and the home-print sheets in sheets/ kept the old one, with
    nothing said until `package`). Read only where sheets/ holds a PDF."""
    folder = opts.out / SHEETS_DIR
    if not published.manifest or not folder.is_dir() or not any(folder.glob("*.pdf")):
        return []
    from ..sheets.record import outdated_sheets, recorded_command

    out = []
    for name, path in outdated_sheets(opts.out, published.files):
        made = recorded_command(opts.out, name)
        how = f"`{made}`" if made else "the `python generate.py sheet` command that made it"
        out.append(
            Diagnostic(
                "build.sheet-outdated",
                f"{SHEETS_DIR}/{name} places {path} as an earlier build made it: this "
                f"{'merge' if opts.data_name else 'build'} changed or removed that file, "
                "and the sheet still prints the earlier one",
                None,
                (f"make the sheet again with {how}, or delete it",),
                Severity.WARNING,
            )
        )
    return out


def _planned(
    kit: Kit, opts: Options, offices: list[Office] | None, renditions: Sequence[str]
) -> tuple[list[JobKey], int, list[DocKey]]:
    """The build's jobs in plan order, how many documents they are of, and the documents of
    languages whose strings file cannot be read (whose jobs are not among them)."""
    keys: list[JobKey] = []
    docs = 0
    unreadable: list[DocKey] = []  # of languages whose strings file cannot be read
    for key in _doc_keys(kit, opts, offices, unreadable):
        docs += 1
        keys += key_jobs(kit, key, renditions)
    return keys, docs, unreadable


def _jobs(
    kit: Kit, opts: Options, offices: list[Office] | None, renditions: Sequence[str]
) -> Iterator[JobKey]:
    """The build's jobs in plan order, one at a time (the stamp's, at the end)."""
    return (k for key in _doc_keys(kit, opts, offices) for k in key_jobs(kit, key, renditions))


def _warned(
    kit: Kit,
    opts: Options,
    offices: list[Office] | None,
    code: str,
    keys: Sequence[JobKey],
    unreadable: list[DocKey],
    not_read: Sequence[JobResult],
) -> Kit:
    """The kit with the warnings of the languages and materials this build makes (`keys`; a
    merge's: its records' and templates'). Raises DiagnosticsError with --strict when there
    are any (a note is none), with the errors of the jobs `not_read`."""
    kit = with_warnings(
        kit,
        offices,
        code,
        tuple({k.language for k in keys}),
        {k.material for k in keys},  # a build makes some materials: their warnings
        merge=opts.records is not None,
    )
    if opts.shard and offices and opts.records is None:
        # and of the offices it makes documents of: a shard of `--office all` said every
        # office's unfilled fields, whether it made any of its documents or not (8 shards: 56
        # warnings in a CI log)
        kit = replace(kit, warnings=of_offices(kit.warnings, {k.office for k in keys}))
    if opts.langs is None and opts.records is None:  # the kit's languages: and the others?
        others = not_built(kit, unreadable) + tuple(unlisted_languages(kit))
        kit = replace(kit, warnings=kit.warnings + others)
    if opts.strict and any(w.fails(True) for w in kit.warnings):  # a note fails nothing
        failing = dict.fromkeys(d for r in not_read for d in r.diagnostics if d.is_error)
        raise DiagnosticsError([w.as_error() for w in kit.warnings] + list(failing))
    return kit


def _units(
    kit: Kit, opts: Options, offices: list[Office] | None, renditions: Sequence[str]
) -> Iterator[Unit]:
    """The units of work, a document each, in plan order, made one at a time."""
    from .execute import Unit

    return (
        Unit.of(doc, tuple(doc_jobs([doc], renditions))) for doc in _documents(kit, opts, offices)
    )


def _drawn(
    work: Work,
    units: Iterator[Unit],
    docs: int,
    not_read: Sequence[JobResult],
    listener: Listener,
) -> tuple[JobLog, list[Diagnostic]]:
    """Every job's result, in plan order (the jobs `not_read` failed, told last), and the
    layout's diagnostics."""
    from .execute import execute

    results, layout = execute(work, units, work.opts.jobs, listener, docs)
    for result in not_read:
        listener(Started(result.key))
        listener(Failed(result))
        results.append(result)
    return results, layout


def _problems(
    kit: Kit, layout: Sequence[Diagnostic], results: JobLog, opts: Options
) -> list[Diagnostic]:
    """Every problem once (`report`), the layout's told once per cause."""
    from .grouping import per_cause

    everything = Collector()
    everything.extend(layout)
    problems = per_cause(everything.items)
    return report(kit, problems, results, opts, everything.items)


def _published(
    staging: Staging,
    kit: Kit,
    results: JobLog,
    in_kit: Callable[[OutputFile], bool],
    done: dict[str, object] | None,
    kept: Callable[[OutputFile], OutputFile],
    failed: dict[str, object] | None = None,
) -> Published:
    """The files the jobs made, published with the manifest (`done`: the build's stamp, None
    when a job failed; `failed`: then what the build was asked for, incremental.failed_build)
    and the gallery, in the same transaction."""
    from ..serve.described import KitNames, sample_of
    from ..serve.static_gallery import INDEX, gallery_chunks

    built = (f for r in results if r.status == "done" for f in r.files)  # read once
    title = f"{kit.campaign.name} {kit.campaign.year}"
    return staging.publish(
        built,
        in_kit,
        done,
        # in the same transaction; languages by the kit's names, sample data marked
        lambda files: {
            INDEX: gallery_chunks(
                files,
                title,
                KitNames(kit.languages),
                kit.campaign.source_language,
                lambda f: sample_of(kit, f),
            )
        },
        kept,
        failed,
    )


def _since_stamp(out: Path, kit: Kit) -> Callable[[OutputFile], list[str]]:
    """What changed in `kit` since the previous build into `out` (its manifest's stamp, read
    before this build publishes) that an earlier entry was made from
    (package.outdated.KitChanges.since_stamp: its `inputs` and every kit file outside
    fingerprint.SCOPED_FILES, or "the generator"; "the kit" when the manifest has no stamp:
    its build had a failed job). Made on first use: most builds keep no entry whose kit
    changed."""

    @functools.cache
    def changes() -> KitChanges:
        from ..package.outdated import KitChanges  # campaign.package: 8 ms of imports, here

        return KitChanges(manifest_stamp(out)[0] or {}, kit)

    return lambda f: changes().since_stamp(f)


def _with_kit(
    results: JobLog,
    states: dict[str | None, str],
    since: Callable[[OutputFile], list[str]] = lambda f: [],
    lists: Callable[[str, str | None], bool] = lambda language, office: True,
    data: tuple[str | None, str | None, str | None] = (None, None, None),
) -> Callable[[OutputFile], OutputFile]:
    """An earlier entry as the manifest lists it after this build: a job this build skipped
    (its files are what the kit makes now) with its group's kit state now (`states`, by
    office: fingerprint.kit_state), as a clean build's entry has it. An entry of a job this
    build did not make (not selected, or failed) keeps, in its `changed`, the kit files
    changed since it was made that it was made from: those it had, and those `since` gives
    (changed since the previous build: _since_stamp), sorted, so that `package` names them
    (package.outdated): a poster kept from a build made before a strings import was packed
    without a word after a build of another material (a trial), judged against the last
    build's stamp, which had the import. An entry made from the kit as it is now (its `kit`)
    has no `changed`; any other is unchanged. A skipped job's entry made by `--lang` of a
    language its group did not list then (`unlisted`: execute) loses the mark once its group
    lists the language (`lists`: Kit.lists), as a file made now would; an entry that names
    no `inputs` (a merge's before they were kept) is given those its job's document reads
    now (execute.given_inputs: the same fingerprint). A merge's skipped job's entry names the
    data file this merge read (`data`: its name, folder's digest and workbook's sheet,
    Options.data_name, data_place and data_sheet), as a file made now would: it named the
    file of the merge that made it, and after a merge of events-fixed.xlsx over events.xlsx's
    unchanged events, the next merge of another file was refused as removing the events
    "from events.xlsx" (a trial). The
    skipped jobs are kept as hashes (a merge's are many), with their inputs, each list held
    once."""
    skipped: dict[int, tuple[str, ...] | None] = {}
    lists_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # each list of inputs held once
    for r in results:
        if r.status == "skipped":
            found = next((f.extra.get("inputs") for f in r.files), None)
            read = tuple(found) if isinstance(found, list) else None
            skipped[hash(r.key.id)] = lists_of.setdefault(read, read) if read else None

    def kept(f: OutputFile) -> OutputFile:
        now = states.get(f.office)
        extra = dict(f.extra)
        if hash(f.job) in skipped and "inputs" not in extra:
            read = skipped[hash(f.job)]
            if read is not None:
                extra = with_inputs(extra, list(read))
        if data[0] is not None and f.record is not None and hash(f.job) in skipped:
            extra = with_data(extra, data[0], data[1], data[2])  # this merge's data file
        if now and hash(f.job) in skipped:
            extra["kit"] = now
            if extra.get("unlisted") and lists(f.language, f.office):
                del extra["unlisted"]
        if now and extra.get("kit") == now:  # made from the kit as it is
            extra.pop("changed", None)
        else:
            had = extra.get("changed")
            found = {*(had if isinstance(had, list) else ()), *since(f)}
            if found:
                extra["changed"] = sorted(found)
        return f if extra == f.extra else replace(f, extra=extra)

    return kept


# the keys execute.Worker._stage writes after an entry's `inputs`, in its order
AFTER_INPUTS = (
    "data",
    "data_place",
    "data_sheet",
    "row",
    "event",
    "unlisted",
    "texts",
    "no_texts",
    "kit",
    "changed",
)


def with_data(
    extra: dict[str, object], name: str, place: str | None, sheet: str | None = None
) -> dict[str, object]:
    """An entry's `extra` naming the data file `name` (and its folder's digest, `place`, and
    the workbook's sheet of several read, `sheet`) where execute.Worker._stage writes them
    (`data`, `data_place`, `data_sheet`: before the rest of AFTER_INPUTS), so that the
    manifest is a clean merge's byte for byte."""
    ours: list[tuple[str, object]] = [("data", name)]
    ours += [("data_place", place)] if place else []
    ours += [("data_sheet", sheet)] if sheet else []
    kept = {k: v for k, v in extra.items() if k not in AFTER_INPUTS[:3]}
    return _before(kept, AFTER_INPUTS[3:], ours)


def with_inputs(extra: dict[str, object], read: list[str]) -> dict[str, object]:
    """An entry's `extra` with its `inputs` (`read`) where execute.Worker._stage writes them,
    before the first of AFTER_INPUTS, so that the manifest is a clean build's byte for
    byte."""
    return _before(extra, AFTER_INPUTS, [("inputs", read)])


def _before(
    extra: dict[str, object], later: tuple[str, ...], ours: list[tuple[str, object]]
) -> dict[str, object]:
    """`extra` with the items `ours` before its first key of `later` (else at its end)."""
    items = list(extra.items())
    at = next((i for i, (key, _) in enumerate(items) if key in later), len(items))
    return dict([*items[:at], *ours, *items[at:]])


def _documents(
    kit: Kit, opts: Options, offices: list[Office] | None, unreadable: list[DocKey] | None = None
) -> Iterator[Doc]:
    """The documents a build (or a merge, with records) makes, of its shard, in plan order,
    one at a time (a merge's records are made again at each call). Those of languages whose
    strings file cannot be read go to `unreadable` (all shards'), or nowhere."""
    unreadable = [] if unreadable is None else unreadable
    if opts.records is not None:
        docs: Iterable[Doc] = record_documents(
            kit, opts.only or (), opts.records, unreadable, _merged_for(opts, offices)
        )
    else:
        docs = documents(kit, opts.langs, opts.only, offices, unreadable)
    return of_shard(docs, opts.shard, doc_key)


def _doc_keys(
    kit: Kit, opts: Options, offices: list[Office] | None, unreadable: list[DocKey] | None = None
) -> Iterator[DocKey]:
    """The keys of `_documents`' documents, in its order: a merge's from its records' ids and
    languages (merge.events.record_keys), without making each record again."""
    if opts.records is None:
        return (doc_key(doc) for doc in _documents(kit, opts, offices, unreadable))
    unreadable = [] if unreadable is None else unreadable
    office = _merged_for(opts, offices)
    keys = record_doc_keys(kit, opts.only or (), opts.records, unreadable, office)
    return of_shard(keys, opts.shard, own_key)


def _merged_for(opts: Options, offices: list[Office] | None) -> Office | None:
    """The office a merge's records are made for (`merge --office ID`: one), or None for
    the campaign's."""
    if opts.records is None or not offices:
        return None
    return offices[0]


def _not_read(
    kit: Kit, unreadable: list[DocKey], opts: Options, renditions: Sequence[str]
) -> list[JobResult]:
    """The jobs of the documents (of this shard) in languages whose strings file cannot be
    read, failed with that file's problems: the build makes the other languages, and keeps
    these jobs' earlier files as it does any failed job's."""
    shard = opts.shard
    return [
        JobResult(key, "failed", (), kit.unreadable[key.language])
        for doc in unreadable
        if shard is None or shard_of(doc, shard[1]) == shard[0]
        for key in key_jobs(kit, doc, renditions)
    ]


def _nothing_to_do(
    skipped: Sequence[JobResult], files: Sequence[OutputFile], listener: Listener
) -> BuildResult:
    """A build whose inputs, settings and files are those of the previous one (which had no
    failed job): every job skipped; the kit is not even read, and no warning repeated: the
    `build.unread` note says so (a no-op build's report counted 0 warnings where the real
    build of the same kit counted its `campaign.past-year`, and a CI check read that as none:
    a CI engineer's trial). The jobs and files are spools (incremental.nothing_to_do), and
    so are the planned keys."""
    listener(Planned(Spool(r.key for r in skipped)))
    for result in skipped:
        listener(Skipped(result))
    unread = Diagnostic(
        "build.unread",
        "nothing to do: the kit's warnings were not checked again (the build that made these "
        "files said them)",
        None,
        ("`python generate.py check` says them now, as does a build with --force",),
        Severity.NOTE,
    )
    return BuildResult(files, [unread], counts(skipped), skipped, [], None)
