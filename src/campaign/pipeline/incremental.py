"""Incremental builds: what an earlier build into the same output folder left that this one can
keep.

Two checks, the cheap one first. The build's stamp (`fingerprint.build_fingerprint` of every
kit file and where those reached through links lead, the code and the settings, and the shard,
with the jobs it planned) is written in the manifest by a build in which no job failed: when
it is the same now and every file of those jobs is still the one the manifest lists, the build
has nothing to do: it does not even read the kit, let alone compose or draw (`nothing_to_do`).
Otherwise every document is composed, and a job whose own fingerprint and files are unchanged
is skipped (`Previous.skip`, in the worker that composed the document).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..dates import source_date_epoch
from ..manifest_reader import Jobs
from ..output import (
    JobId,
    OutputFile,
    iter_manifest,
    iter_stamp_jobs,
    job_text,
    manifest_failed_build,
    manifest_stamp,
    pickled,
    unchanged,
)
from ..spool import Spool, sorted_spool
from .events import Listener, Skipped
from .fingerprint import (
    SCOPED_FILES,
    RecordsDigest,
    build_fingerprint,
    kit_state,
    kit_states,
    kit_values,
    library_versions,
    office_chains,
    row_digest,
)
from .joblog import JobLog
from .jobs import JobKey, JobResult
from .options import Options

if TYPE_CHECKING:
    from ..merge.events import Record
    from ..model import Kit


def settings(opts: Options) -> dict[str, object]:
    """What a build was asked for that changes which files it makes or their bytes (not the
    output folder, the workers or the shard)."""
    records = getattr(opts.records, "digest", None)  # merge.events.Records: from its check
    if opts.records is not None and records is None:
        digest = RecordsDigest()
        for record in opts.records:
            digest.add(record)
        records = digest.hexdigest()
    return {  # a selection as a set: `--lang AR,fr,en` makes what `--lang en,fr,ar` makes
        **settings_selection(opts),
        "digital": opts.digital,
        "png": [opts.png_ppi, opts.png_bleed] if opts.png else None,
        "strict": opts.strict,
        "publish_anyway": opts.publish_anyway,
        "name_pattern": opts.name_pattern,
        "records": records,
        # a merge's --combined: what its stamp says the folder holds (`merged_with`), so
        # that a merge with --combined into a folder merged without it (the shards' join)
        # writes its stamp, if nothing else (a build has no key: its stamp is as before)
        **({"combined": opts.combined} if opts.records is not None else {}),
    }


def basis(code: str, opts: Options) -> str:
    """16 hex digits of what every job of a build is made from beside the kit's files and
    a merge's records: the code, the settings (`settings`) but the records, and
    SOURCE_DATE_EPOCH as read; the same in every shard of a build. The build's stamp keeps
    it (`basis`): a merge keeps a record's earlier files without composing it only when it
    is the same (`unread_changes`)."""
    given = {**settings_selection(opts), **build_options(opts), "name": opts.name_pattern}
    doc = {"code": code, "settings": given, "source_date_epoch": source_date_epoch()}
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:16]


def shard_text(shard: tuple[int, int] | None) -> str | None:
    return f"{shard[0]}/{shard[1]}" if shard else None


def stamp(
    files: dict[str, str],
    code: str,
    opts: Options,
    root: Path | None = None,
    links: dict[str, str] | None = None,
) -> dict[str, object]:
    """The build's stamp, without its jobs: its fingerprint (of the kit's files' digests
    `files`, where those reached through links lead, `links`: kitcache.kit_links, the code and
    the settings), the kit's states, the kit's folder (`root`, absolute:
    `package` and `sheet` read the kit that made the build, not the one in the folder they
    run in; `WHERE_ONLY`), its shard ("2/8" or None), the versions of the libraries that
    wrote its files (fingerprint.library_versions, which `code` covers too): kept readable,
    so that a join of shards built with other versions can say which; and each kit file's
    digest, so that `package` can name the files changed since the build. What campaign.yaml
    and the offices' files say (`kit_values`) is added once the kit is read (building.build):
    this stamp is made before, and a build with nothing to do reads no kit."""
    return {
        "fingerprint": build_fingerprint(files, code, settings(opts), links),
        "kit": kit_state(files, code),  # the campaign kit's files'
        # each office's (with the files of the offices it extends)
        "kit_offices": kit_states(files, code, office_chains(root) if root else None),
        **({"kit_dir": root.resolve().as_posix()} if root is not None else {}),
        **refused_rows(opts),
        **merged_with(opts),
        "shard": shard_text(opts.shard),
        "selection": selection(opts),
        "libraries": library_versions(),
        # the code's version (16 hex digits): `package` tells a kit file's change from the
        # code's, and judges each file by the kit files it was made from (its `inputs`)
        "code": code[:16],
        # the code, the settings but the records, SOURCE_DATE_EPOCH: a merge keeps a record's
        # files without composing it only when it is the same (`Unread`)
        "basis": basis(code, opts),
        # each kit file's digest (16 hex digits): `package` names the files changed since
        "kit_files": {name: digest[:16] for name, digest in sorted(files.items())},
    }


def failed_build(
    opts: Options, root: Path | None = None, failed: Iterable[JobKey] = ()
) -> dict[str, object]:
    """What a build in which a job failed was asked for, kept in its manifest in place of a
    stamp (output.FAILED_BUILD): its `selection`, a merge's `merge` and its `shard`, as
    `stamp` keeps them, so that `package` quotes the command that made the folder
    (package.build.built_with). `package.unstamped` told `python generate.py build -o out-t`
    of a folder built with `--lang` and `--only`: run as typed, it built every language (a
    user's trial). And the kit's folder (`root`: `kit_dir`, as `stamp` keeps it), so that
    `package` and `sheet` read the folder with the kit that made it (cli.buildkit): without
    it, `package` of an office's failed build with `--kit /tmp/pk` read the default kit,
    judged every file "made from an earlier state of the kit than today's" (72 of 72, 69
    of them just made) and quoted the build without --kit, which failed with `unknown
    office` (a regional office's trial). A merge's keeps its rows refused (`refused`, as
    its stamp would: refused_rows) and the jobs of its records that `failed`
    (`failed_jobs`: their manifest ids, sorted): their files in the folder are an earlier
    merge's, which its combined file leaves out, and so does `sheet` (sheets.files.not_made)."""
    jobs = sorted((list(k.id) for k in failed if k.record is not None), key=job_order)
    return {
        **({"kit_dir": root.resolve().as_posix()} if root is not None else {}),
        **merged_with(opts),
        "shard": shard_text(opts.shard),
        "selection": selection(opts),
        **refused_rows(opts),
        **({"failed_jobs": jobs} if jobs else {}),
    }


def selection(opts: Options) -> dict[str, object]:
    """What the build was asked to make, as its stamp keeps it (`selection`): its `offices`
    (--office, ids or "all"), materials (`only`: --only; a merge's template) and languages
    (`langs`: --lang, lower case), each sorted as `settings` has them (a selection as a set),
    a key only when given; and its `options` (`build_options`). `package` quotes the build
    that made a folder with them (package.build.built_with): it told "python generate.py
    build, with its --office" whatever the build had been."""
    given = settings_selection(opts)
    chosen: dict[str, object] = {key: value for key, value in given.items() if value is not None}
    return {**chosen, "options": build_options(opts)}


def build_options(opts: Options) -> dict[str, object]:
    """The options of a build beside its selection that change which files it makes or
    their bytes, as its stamp keeps them (`selection`'s `options`; the fingerprint's
    `settings` cover them): --no-digital, --no-png, --png-ppi (None: not given), --png-bleed,
    --publish-anyway and --strict. The command `package.outdated` quoted without them made
    the digital PDFs and previews a `--no-png --no-digital` build had not."""
    return {
        "digital": opts.digital,
        "png": opts.png,
        "png_ppi": opts.png_ppi,
        "png_bleed": opts.png_bleed,
        "publish_anyway": opts.publish_anyway,
        "strict": opts.strict,
    }


def merged_with(opts: Options) -> dict[str, object]:
    """A merge's arguments beside its template, office and options, as its stamp keeps them
    (`merge`; none for a build): the data file and the photos' folder (--images), absolute,
    the workbook's sheet (--sheet), the file names' pattern (--name) and --combined, so that
    `package` quotes the merge that made the folder (package.build.built_with): it told a
    merge's folder to "build again". Where the data file is says nothing of what the merge
    made (its rows' digest does: `settings`): not compared (`WHERE_ONLY`). With `merge
    --event`, the ids it named (`events`, case folded; none: every row), so that `package`
    does not count the other events' files, kept as they were, as of rows the merge did not
    merge (a review found every other event named stale, and `package --strict` failing)."""
    if opts.records is None or opts.data_path is None:
        return {}
    images = opts.images.resolve().as_posix() if opts.images is not None else None
    merge: dict[str, object] = {
        "data": opts.data_path.resolve().as_posix(),
        "images": images,
        "sheet": opts.sheet,
        "name": opts.name_pattern,
        "combined": opts.combined,
    }
    chosen = getattr(opts.records, "chosen", None)
    if chosen is not None:
        merge["events"] = list(chosen)
    return {"merge": merge}


def settings_selection(opts: Options) -> dict[str, list[str] | None]:
    """The selection's part of `settings`: offices, materials, languages (None: all)."""
    return {
        "langs": sorted({c.lower() for c in opts.langs}) if opts.langs is not None else None,
        "only": sorted(set(opts.only)) if opts.only is not None else None,
        "offices": sorted(set(opts.offices)) if opts.offices is not None else None,
    }


def refused_rows(opts: Options) -> dict[str, object]:
    """A merge's rows refused for a problem (merge.fields.RefusedRow), which made no files,
    as its stamp keeps them (`refused`; none: no key): its data file, template and office,
    and per row its number, event id, the place of its first problem in the data file and
    that problem, and its other problems, each with its place (`more`: a row with a bad
    date, an empty venue and a phone typed as a number). `package` names them, and its job
    sheets (a print shop was not told an event was missing). In the stamp, as they are when
    the table is: a row mended, or refused for another problem, is another stamp (the
    manifest is written again, no file drawn again)."""
    rows = getattr(opts.records, "refused_rows", ())
    if not rows:
        return {}
    office = opts.offices[0] if opts.offices else None
    template = opts.only[0] if opts.only else None
    return {
        "refused": [
            {
                "data": opts.data_name,
                "template": template,
                "office": office,
                "row": r.row,
                "event": r.event,
                "at": f"{r.line}:{r.col}",
                "problem": r.problem,
                # its other problems (none: no key, as a stamp kept it before)
                **(
                    {"more": [{"at": f"{ln}:{col}", "problem": said} for ln, col, said in r.more]}
                    if r.more
                    else {}
                ),
            }
            for r in rows
        ]
    }


def earlier_refused(
    out: Path, opts: Options, found: dict[str, object] | None = None
) -> dict[str, object]:
    """The rows that the folder's earlier merges of other templates, or of the same
    template for another office, refused (`refused_earlier`; none: no key), and what those
    merges were run with (`merged_earlier`: earlier_merges), kept in this
    build's or merge's manifest beside its own `refused`: the last merge of each template and
    office into `out` keeps its say, as its files are kept (earlier_files: another
    template's merge's files are its own). Read from the previous manifest's stamp (its
    `refused`, and the `refused_earlier` it kept in turn), or what a build of a failed job
    kept in its place; in the order they were merged, a merge's rows in its order. Not in the
    stamp that the nothing-to-do check compares (`stamp`): the same merge again has nothing
    to do. A Manila organiser merged event-flyer-a5 and then event-flyer-a4 from one sheet
    of a bad row into one folder, and the job sheet named only the A4's refusal. `found`:
    the stamp as the build read it already (output.manifest_stamp: the manifest is walked
    once); None: read here."""
    previous = found if found is not None else manifest_stamp(out)[0]
    builds = [previous] if previous is not None else manifest_failed_build(out) or []
    ours = (opts.only[0] if opts.only else None, opts.offices[0] if opts.offices else None)
    kept: list[object] = []
    for build in builds:
        for key in ("refused_earlier", "refused"):
            rows = build.get(key)
            for row in rows if isinstance(rows, list) else ():
                if not isinstance(row, dict):
                    continue
                if opts.records is not None and (row.get("template"), row.get("office")) == ours:
                    continue  # this merge's say replaces its template's earlier one
                if row not in kept:  # a join's failed builds may repeat them
                    kept.append(row)
    merges = earlier_merges(builds, ours if opts.records is not None else None)
    return {**({"refused_earlier": kept} if kept else {}), **merges}


def merge_key(said: Mapping[str, object]) -> tuple[object, object]:
    """A merge's (template, office) from its stamp (or `merged_earlier` entry): its
    selection's one material and one office (None: the campaign's)."""
    chosen = said.get("selection")
    chosen = chosen if isinstance(chosen, dict) else {}
    only, offices = chosen.get("only"), chosen.get("offices")
    template = only[0] if isinstance(only, list) and len(only) == 1 else None
    office = offices[0] if isinstance(offices, list) and len(offices) == 1 else None
    return template, office


def earlier_merges(
    builds: list[dict[str, object]], ours: tuple[str | None, str | None] | None
) -> dict[str, object]:
    """What the folder's earlier merges of other templates, or of the same template for
    another office, were run with (`merged_earlier`; none: no key): for the last of each
    template and office, its stamp's `selection` (with its options) and `merge` (its data
    file, --images, --sheet, --name, --combined), in the order they were merged, so that
    `package` and `sheet` quote each template's merge as it was run
    (package.build.built_with). Read from the previous stamps (`builds`: the manifest's
    stamp, or what a build of a failed job kept), with the `merged_earlier` each kept in
    turn; `ours`: this merge's template and office, whose own stamp says it (None: a build,
    which keeps every one). A folder merged with event-flyer-a5 `--no-png --sheet
    Nairobi`, then event-poster-a3, was told to run `merge event-flyer-a5 events.xlsx
    --sheet Nairobi` without its --no-png: the stamp kept the last merge's options alone."""
    kept: dict[tuple[object, object], dict[str, object]] = {}
    for build in builds:
        said = build.get("merged_earlier")
        entries = [e for e in said if isinstance(e, dict)] if isinstance(said, list) else []
        if isinstance(build.get("merge"), dict):
            entries.append({"selection": build.get("selection"), "merge": build["merge"]})
        for entry in entries:
            key = merge_key(entry)
            if key[0] is None or key == ours:
                continue  # this merge's own stamp says it
            kept.pop(key, None)  # a later merge of it replaces the earlier, moved last
            kept[key] = entry
    return {"merged_earlier": list(kept.values())} if kept else {}


# what a stamp says of where the build was made, not of what it made: a build of the same
# kit's copy in another folder has nothing to do (and a shard's is any shard's)
WHERE_ONLY = ("kit_dir", "merge")


def with_jobs(now: dict[str, object], keys: Iterable[JobKey]) -> dict[str, object]:
    """The stamp as the manifest keeps it: with the build's jobs, sorted (so that the shards'
    stamps join into the whole build's). A merge has a job per record: they are sorted and
    kept in a temporary file (spool.sorted_spool), not in a list; output.manifest_chunks
    writes them one at a time."""
    return {**now, "jobs": sorted_spool((list(k.id) for k in keys), job_order)}


def job_order(job: list[str | None]) -> list[str]:
    return [part or "" for part in job]


def nothing_to_do(
    out: Path,
    now: dict[str, object],
    found: tuple[dict[str, object] | None, bool] | None = None,
) -> tuple[JobLog, Spool[OutputFile]]:
    """(every job of the previous build as skipped, in its stamp's order; the manifest's
    entries, in its order) when it had the stamp `now` and every file of its jobs is
    unchanged on disk; else two empty sequences (then the jobs' own fingerprints decide).

    Nothing here holds every entry or job (a merge's 10,000 or more): the stamp is compared
    with its jobs summarised (output.manifest_stamp), the entries are spooled and indexed by
    job in a temporary SQLite file (Previous) as the manifest is read entry by entry, and
    the stamp's jobs are read one at a time; both results are spools (a JobLog). `found`:
    the manifest's stamp as output.manifest_stamp read it already (the build reads it once)."""
    out = out.resolve()
    skipped, entries = JobLog(), Spool[OutputFile]()
    build, walked = found if found is not None else manifest_stamp(out)
    if build is None or any(build.get(k) != v for k, v in now.items() if k not in WHERE_ONLY):
        return JobLog(), entries
    if not isinstance(build.get("jobs"), Jobs):  # the stamp has no list of jobs
        return JobLog(), entries
    previous = Previous(out, entries.append_pickled, walked)
    try:
        for job in iter_stamp_jobs(out, walked):
            material, language, office, record, rendition = cast("list[Any]", job)
            old = previous.files((material, language, office, record, rendition))
            if not old or not all(f.has_current_name and unchanged(out, f) for f in old):
                return JobLog(), Spool()
            key = JobKey(material, language, rendition, office=office, record=record)
            skipped.append(JobResult(key, "skipped", tuple(old)))
    finally:
        previous.close()
    return skipped, entries


# The kit's folders whose files a merge may see edited and still keep a record's earlier
# files without composing its document, when none of them names the edited file among its
# `inputs` (`Previous.unread`). Not fonts/: a text is set in the first face of fonts.yaml's
# fallbacks that has its glyphs, and a face a document set nothing in (not among its
# inputs) may have them now; composing it tells (its jobs' fingerprints, `Previous.skip`).
UNREAD_SCOPE = tuple(folder for folder in SCOPED_FILES if folder != "fonts/")


@dataclass(frozen=True)
class Unread:
    """What a merge's records' earlier files are judged by before composing their documents
    (`Previous.unread`): the kit files edited since the previous merge into the folder
    (`changed`, names relative to the kit, all of UNREAD_SCOPE) and the data file the merge
    reads (`data`, `place`, `sheet`: its files' entries' `data`, `data_place` and
    `data_sheet`)."""

    changed: frozenset[str]
    data: str | None
    place: str | None
    sheet: str | None = None


def unread_changes(out: Path, now: dict[str, object], kit: Kit, opts: Options) -> Unread | None:
    """For an incremental merge into `out` (not --prune) whose stamp is `now` (`stamp`, of the
    kit's files), the kit files edited since the previous merge into it, by which a record's
    earlier files may be kept without composing its document (`Previous.unread`); None, and
    every document is composed, unless the manifest's stamp is a merge's (no job failed)
    with the same `basis` (the code, the settings but the records, SOURCE_DATE_EPOCH), keeps
    each kit file's digest (`kit_files`), and every kit file changed since is an edit of a
    file of UNREAD_SCOPE, none added or removed. campaign.yaml, an office's and a strings
    file are changed when what they say is (`kit_values`, as `package` judges them). A
    1,000-record merge (`bench/run.py`'s events, --no-png --no-digital, 2 cores) after an
    edit of one string of ru.yaml composed every record again, to draw none: 4.2 to 4.6 s
    wall and 3.4 to 3.9 s of CPU, against 2.2 to 2.6 s and 1.5 s now and 1.0 to 1.7 s with
    nothing to do (forty-second session, alternating runs on a loaded machine; 2.7 s
    against 0.9 s for nothing to do before, unloaded)."""
    if opts.records is None or not opts.incremental or opts.prune:
        return None
    build, _ = manifest_stamp(out)
    if build is None or not isinstance(build.get("merge"), dict):
        return None
    then, files = build.get("kit_files"), now.get("kit_files")
    if build.get("basis") != now.get("basis") or not isinstance(then, dict):
        return None
    if not isinstance(files, dict) or then.keys() != files.keys():
        return None
    said = build.get("kit_values")
    said = said if isinstance(said, dict) else {}
    same = {name for name, value in kit_values(kit).items() if said.get(name) == value}
    changed = frozenset(n for n, d in files.items() if then[n] != d and n not in same)
    if any(not name.startswith(UNREAD_SCOPE) for name in changed):
        return None
    return Unread(changed, opts.data_name, opts.data_place, opts.data_sheet)


class Previous:
    """The previous build's files in the output folder, for incremental builds, indexed by job
    in a temporary SQLite file instead of held: an incremental merge of 50,000 records held
    every earlier entry in each process (182 MB at the end of drawing, against 98 MB for a
    first merge). The manifest is read entry by entry (output.iter_manifest); each process
    opens its own connection on its first lookup (a worker after the fork). `close` removes
    the file (also done when the object goes, and only by the process that made it: a worker
    inherits the object, not the file)."""

    def __init__(
        self, out: Path, each: Callable[[bytes], None] = lambda data: None, walked: bool = False
    ) -> None:
        """Index the manifest in `out`: `each` sees every entry's pickle (output.pickled), in
        the manifest's order; `walked` as output.iter_manifest's."""
        self.out = out.resolve()
        folder = tempfile.mkdtemp(prefix="campaign-previous-")
        self._path = Path(folder) / "previous.sqlite"
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._remove = weakref.finalize(self, _remove, folder, os.getpid())
        with closing(sqlite3.connect(self._path)) as db:
            db.execute("CREATE TABLE files (job TEXT NOT NULL, entry BLOB NOT NULL)")
            db.executemany(
                "INSERT INTO files VALUES (?, ?)",
                _rows(iter_manifest(self.out, walked), each),
            )
            db.execute("CREATE INDEX by_job ON files (job)")
            db.commit()

    def files(self, job: JobId) -> list[OutputFile]:
        """The earlier entries of `job`, in the manifest's order."""
        if self._db is None or self._pid != os.getpid():  # never a connection across a fork
            self._db = sqlite3.connect(self._path)
            self._pid = os.getpid()
        rows = self._db.execute(
            "SELECT entry FROM files WHERE job = ? ORDER BY rowid", (job_text(job),)
        )
        return [pickle.loads(entry) for (entry,) in rows]

    def close(self) -> None:
        """Close this process's connection and remove the file (again: nothing)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._remove()

    def skip(
        self, keys: list[JobKey], fps: list[str], skipped: list[JobResult], listener: Listener
    ) -> tuple[list[JobKey], list[str]]:
        """The jobs still to run and their fingerprints; the others (same fingerprint, files
        unchanged since and named as this code names them) are added to `skipped` and reported
        to `listener`."""
        run: tuple[list[JobKey], list[str]] = ([], [])
        for key, fp in zip(keys, fps, strict=True):
            old = self.files(key.id)
            if old and all(
                f.fingerprint == fp and f.has_current_name and unchanged(self.out, f) for f in old
            ):
                skipped.append(JobResult(key, "skipped", tuple(old)))
                listener(Skipped(skipped[-1]))
            else:
                run[0].append(key)
                run[1].append(fp)
        return run

    def unread(
        self, keys: tuple[JobKey, ...], record: Record, unread: Unread
    ) -> list[JobResult] | None:
        """The jobs `keys` of a merged `record`'s document as skipped, their earlier files
        kept, when every job has files, each of the data file (and workbook's sheet) the
        merge reads (`unread`), made from the record's row as it is now (`row`:
        fingerprint.row_digest), from none of the kit files edited since the previous merge
        (`inputs`, none of `unread.changed`), unchanged since and named as this code names
        them: its fingerprint would be the same
        (Fingerprints.of: the code, campaign.yaml's values and the settings are those of the
        previous merge, `unread_changes`). Else None: the document is composed, and each job
        judged by its fingerprint (`skip`)."""
        rows: dict[str, str] = {}
        kept: list[JobResult] = []
        for key in keys:
            old = self.files(key.id)
            if not old:
                return None
            if key.language not in rows:
                rows[key.language] = row_digest(record, key.language)
            for f in old:
                inputs = f.extra.get("inputs")
                if (
                    not isinstance(inputs, list)
                    or not unread.changed.isdisjoint(inputs)
                    or f.extra.get("row") != rows[key.language]
                    or f.extra.get("data") != unread.data
                    or (f.extra.get("data_place") or None) != (unread.place or None)
                    or (f.extra.get("data_sheet") or None) != (unread.sheet or None)
                    or not f.has_current_name
                    or not unchanged(self.out, f)
                ):
                    return None
            kept.append(JobResult(key, "skipped", tuple(old)))
        return kept


def _rows(
    entries: Iterable[OutputFile], each: Callable[[bytes], None]
) -> Iterator[tuple[str, bytes]]:
    """(job, pickle) of each entry; `each` sees the pickle."""
    for entry in entries:
        data = pickled(entry)
        each(data)
        yield job_text(entry.job), data


def _remove(folder: str, owner: int) -> None:
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


def group_states(stamp: dict[str, object]) -> dict[str | None, str]:
    """A stamp's kit states by group: None for the campaign kit's files, an office's id for
    its files (fingerprint.kit_state); none from a stamp written before they were kept."""
    out: dict[str | None, str] = {}
    if stamp.get("kit"):
        out[None] = str(stamp["kit"])
    offices = stamp.get("kit_offices")
    if isinstance(offices, dict):
        out.update({str(k): str(v) for k, v in offices.items()})
    return out
