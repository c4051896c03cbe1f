"""Joining the shards of a build (`manifest merge`): each shard (`build --shard K/N`) published
its own folder and manifest; the joined folder holds every shard's files and one manifest,
the same as a build of the whole selection in one go would have written.

The files keep their paths (file names are unique across a build, `output.file_name`). The
manifests' entries are joined and sorted by path, as a build sorts them. When the shards are
all N shards of one build (one build fingerprint, shards 1/N..N/N; a folder of the whole
build stands for every shard), the joined manifest gets the whole build's stamp (jobs joined
and sorted), so a later build of the same selection into the joined folder has nothing to
do; otherwise it gets none, and a later build checks each job's fingerprint instead.

Folders whose stamps say they are of different builds (other kit files, code or options:
another fingerprint), shards of different splits (2/3 and 2/4) or one shard twice are
refused before anything is written (`manifest.mismatch`). Shards missing from a split, and
folders without a stamp (a build in which a job failed), are joined with a warning naming
them (`manifest.partial`); the joined manifest keeps what their failed builds were asked for
(`failed_builds`), which `package.unstamped` quotes.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .diagnostics import Collector, Diagnostic, DiagnosticsError
from .manifest_reader import Jobs
from .output import (
    MANIFEST,
    Failed,
    OutputFile,
    Staging,
    exists,
    iter_manifest,
    iter_stamp_jobs,
    manifest_failed_build,
    manifest_stamp,
    pickled,
    unchanged,
)
from .publishing import BuildLock, Step, recover, recover_locked, transact
from .shardspec import parse_shard
from .spool import Spool, sorted_spool

V = TypeVar("V")


@dataclass(frozen=True)
class Shard:
    folder: Path
    build: dict[str, object] | None  # its stamp, its jobs summarised (manifest_reader.Jobs)
    # without a stamp: what its failed build(s) were asked for (output.manifest_failed_build)
    failed: list[dict[str, object]] | None = None


@dataclass(frozen=True)
class Joined:
    files: Sequence[OutputFile]  # every entry, sorted by path (a spool.Spool)
    build: dict[str, object] | None  # the whole build's stamp (its jobs a Spool), or None
    copied: int  # files copied into the joined folder
    warnings: tuple[Diagnostic, ...] = ()  # `manifest.partial`: what the join lacks


class _Index:
    """Every shard's entries, each path once with the shard it comes from (the first to list
    it), in a temporary SQLite database (on disk past its page cache), not in memory."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.execute(
            "CREATE TABLE entry (path TEXT PRIMARY KEY, shard INTEGER NOT NULL, data BLOB)"
            " WITHOUT ROWID"
        )

    def add(self, shards: list[Shard], shard: int, f: OutputFile, errs: Collector) -> None:
        """`f` of `shards[shard]`; `manifest.conflict` in `errs` when an earlier shard lists
        its path differently."""
        row = self.db.execute("SELECT shard, data FROM entry WHERE path = ?", (f.path,)).fetchone()
        if row is None:
            self.db.execute("INSERT INTO entry VALUES (?, ?, ?)", (f.path, shard, pickled(f)))
        elif pickle.loads(row[1]) != f:
            errs.error(
                "manifest.conflict",
                f"{f.path} differs in {shards[row[0]].folder} and {shards[shard].folder}",
                None,
                "build every shard from the same kit, code and options",
            )

    def has(self, path: str) -> bool:
        """Whether a shard lists `path`."""
        return self.db.execute("SELECT 1 FROM entry WHERE path = ?", (path,)).fetchone() is not None

    def sorted(self) -> Iterator[tuple[int, OutputFile]]:
        """(shard, entry) by path."""
        for shard, data in self.db.execute("SELECT shard, data FROM entry ORDER BY path"):
            yield shard, pickle.loads(data)


def read_shards(
    folders: list[Path], index: _Index, recovered: frozenset[Path] = frozenset()
) -> tuple[list[Shard], tuple[Diagnostic, ...]]:
    """Each folder's stamp, its entries put in `index`, read entry by entry, and the warnings
    of check_builds; raises DiagnosticsError `manifest.read` for every folder without a
    manifest, and every listed file missing or changed, else `manifest.mismatch`
    (check_builds), else `manifest.conflict` for every path two shards list differently."""
    errs, conflicts = Collector(), Collector()
    shards: list[Shard] = []
    for folder in folders:
        if folder.resolve() not in recovered:  # (the caller saw to those, under their locks)
            recover(folder, folder)  # a publish a killed build left there: finished or undone
        folder = folder.resolve()
        if not (folder / MANIFEST).is_file():
            errs.error(
                "manifest.read",
                f"{folder} has no {MANIFEST}",
                None,
                "give the folders that `build --shard K/N` wrote: each has its manifest.json",
            )
            continue
        stamp, walked = manifest_stamp(folder)
        shards.append(Shard(folder, stamp, None if stamp else manifest_failed_build(folder)))
        listed = 0
        for f in iter_manifest(folder, walked):
            listed += 1
            if not unchanged(folder, f):
                errs.error(
                    "manifest.read",
                    f"{folder / f.path} is missing or changed since its build",
                    None,
                    "build that shard again (the same --shard K/N), then join the shards",
                )
            index.add(shards, len(shards) - 1, f, conflicts)
        if not listed and stamp is None:  # an empty shard has its stamp
            errs.error(
                "manifest.read",
                f"{folder / MANIFEST} lists no file or does not parse",
                None,
                "build that shard again (the same --shard K/N), then join the shards",
            )
    errs.raise_if_errors()
    warnings = check_builds(shards)
    conflicts.raise_if_errors()
    return shards, warnings


def _split(s: Shard) -> tuple[int, int] | None:
    """A stamped folder's shard as (K, N); None for a whole build, or for a shard that is not
    K/N (check_builds refuses those)."""
    assert s.build is not None
    value = s.build.get("shard")
    return None if value is None else parse_shard(str(value))


def _most_common(values: list[V]) -> V:
    """The value most folders have (the first of them on a tie): the others are named as
    the odd ones, not the other way round."""
    counts = Counter(values)
    return max(values, key=lambda v: counts[v])  # max keeps the first of equals


def _other_libraries(build: dict[str, object], reference: dict[str, object] | None) -> str:
    """The libraries whose versions differ between two stamps (incremental.stamp's
    "libraries"), as "reportlab 5.1.0 (4.4.4 there), zlib ...": empty when they agree or a
    stamp has none (a manifest written before stamps kept them)."""
    ours = build.get("libraries")
    theirs = reference.get("libraries") if reference is not None else None
    if not isinstance(ours, dict) or not isinstance(theirs, dict):
        return ""
    return ", ".join(
        f"{name} {ours.get(name, 'none')} ({theirs.get(name, 'none')} there)"
        for name in sorted(ours.keys() | theirs.keys())
        if ours.get(name) != theirs.get(name)
    )


def check_builds(shards: list[Shard]) -> tuple[Diagnostic, ...]:
    """Raises DiagnosticsError `manifest.mismatch` for every folder whose stamp is of another
    build than most folders' (another fingerprint), names a shard that is not K/N, is of
    another split than most shards' (K/N with another N), or is a shard given twice. Returns
    the `manifest.partial` warnings: folders without a stamp (nothing tells what they were
    built from) and the shards of the split that no stamped folder brings (none when a folder
    of the whole build is joined)."""
    errs, notes = Collector(), Collector()
    unstamped = [s for s in shards if s.build is None]
    for s in unstamped:
        notes.warn(
            "manifest.partial",
            f"{s.folder} has no build stamp (a job of its build failed, or it was not made "
            "by a build): its files are joined unchecked, and the joined manifest has none",
            None,
        )
    stamped = [s for s in shards if s.build is not None]
    if not stamped:
        return tuple(notes.items)
    prints = [str(s.build.get("fingerprint")) for s in stamped if s.build is not None]
    fingerprint = _most_common(prints)
    first = stamped[prints.index(fingerprint)]
    ours: list[tuple[Shard, tuple[int, int] | None]] = []
    for s, print_ in zip(stamped, prints, strict=True):
        assert s.build is not None
        value, part = s.build.get("shard"), _split(s)
        if print_ != fingerprint:
            libraries = _other_libraries(s.build, first.build)
            if libraries:
                errs.error(
                    "manifest.mismatch",
                    f"{s.folder} was built with other libraries than {first.folder}: {libraries}",
                    None,
                    "install the same versions on every machine that builds a shard (pin "
                    "them: docs/scale.md), then build that shard again",
                )
                continue
            errs.error(
                "manifest.mismatch",
                f"{s.folder} is of another build than {first.folder}: other kit files, code "
                "or options (its build fingerprint differs)",
                None,
                "build every shard from the same kit, code and options (languages, materials, "
                "offices, PNG resolution, digital PDFs, records)",
            )
        elif value is not None and part is None:
            errs.error(
                "manifest.mismatch",
                f"{s.folder}'s manifest names its shard '{value}', which is not K/N",
                None,
                "build that shard again",
            )
        else:
            ours.append((s, part))
    parts = [(s, part) for s, part in ours if part is not None]
    count = _most_common([part[1] for _, part in parts]) if parts else None
    split: dict[int, Shard] = {}
    for s, (k, n) in parts:
        if n != count:
            other = next(t for t, part in parts if part[1] == count)
            errs.error(
                "manifest.mismatch",
                f"{s.folder} is shard {k}/{n}; the other shards are of a split into {count} "
                f"({other.folder} ...)",
                None,
                "join the shards of one split: the same N in every --shard K/N",
            )
        elif k in split:
            errs.error(
                "manifest.mismatch",
                f"{s.folder} and {split[k].folder} are both shard {k}/{n}",
                None,
                "give each shard's folder once",
            )
        else:
            split[k] = s
    errs.raise_if_errors()
    whole = any(part is None for _, part in ours)
    if count is not None and not whole:
        missing = [f"{k}/{count}" for k in range(1, count + 1) if k not in split]
        if missing and unstamped:
            notes.warn(
                "manifest.partial",
                f"no folder with a stamp is shard {', '.join(missing)}: an unstamped folder "
                "may hold its documents; the joined manifest has no build stamp",
                None,
                "build that shard again: a build in which every job succeeds is stamped",
            )
        elif missing:
            notes.warn(
                "manifest.partial",
                f"shard(s) {', '.join(missing)} not given: their documents are not in the "
                "joined folder, and its manifest has no build stamp",
                None,
                "join every shard's folder (an empty shard has one too) for the whole build",
            )
    return tuple(notes.items)


def whole_build(shards: list[Shard]) -> dict[str, object] | None:
    """The stamp of the whole build when `shards` (of one build: check_builds) are its N
    shards, or a folder of the whole build is among them; else None. Its jobs (the whole
    build's folder's, or every shard's, read one at a time) are sorted in a spool
    (spool.sorted_spool)."""
    builds = [s.build for s in shards]
    if not builds or any(b is None for b in builds):
        return None
    if any(not isinstance(b.get("jobs"), Jobs) for b in builds if b is not None):
        return None  # a stamp without a list of jobs
    prints = {str(b.get("fingerprint")) for b in builds if b is not None}
    if len(prints) != 1:
        return None
    wholes = [s for s in shards if _split(s) is None]
    if wholes:
        sources = wholes[:1]
    else:
        parts = [_split(s) for s in shards]
        counts = {p[1] for p in parts if p is not None}
        numbers = sorted(p[0] for p in parts if p is not None)
        if len(counts) != 1 or numbers != list(range(1, counts.pop() + 1)):
            return None
        sources = shards
    jobs = (job for s in sources for job in iter_stamp_jobs(s.folder))
    first = builds[0]
    assert first is not None
    # in the order incremental.stamp and with_jobs give, so that manifest.json is the whole
    # build's byte for byte; the libraries are the same in every shard (the fingerprint
    # covers them)
    # the code and the basis too (the fingerprint covers them); what campaign.yaml and the
    # offices' files say (kit_values), the layouts (kit_layouts) and the strings files' texts
    # (kit_strings) and the offices' fields (kit_office_fields), is of the same files as every
    # shard's
    keys = (
        "libraries",
        "code",
        "basis",
        "kit_files",
        "kit_values",
        "kit_layouts",
        "kit_strings",
        "kit_office_fields",
        "refused_earlier",  # the rows earlier merges of other templates refused
        "merged_earlier",  # what earlier merges of other templates were run with
    )
    libraries: dict[str, object] = {k: first[k] for k in keys if k in first}
    # the kit's states are the same too (the fingerprint's); its folder the first shard's
    # (another machine's shard may name another copy of it)
    kit: dict[str, object] = {
        k: first[k] for k in ("kit", "kit_offices", "kit_dir", "refused", "merge") if k in first
    }
    return {
        "fingerprint": prints.pop(),
        **kit,
        "shard": None,
        # what was asked of the build: the same in every shard (the fingerprint covers it)
        **({"selection": first["selection"]} if "selection" in first else {}),
        **libraries,
        "jobs": sorted_spool(jobs, lambda job: [part or "" for part in job]),  # type: ignore[attr-defined]
    }


def failed_builds(shards: list[Shard]) -> Failed | None:
    """What the joined manifest keeps, in place of a stamp, of the builds of its folders
    without one (output.FAILED_BUILD): each failed build's `selection` and `merge`, its
    `shard` None, as a stamp of the whole build has it (whole_build): the command `package`
    quotes of the joined folder is then the build without --shard, which makes every
    shard's files into it, the failed shard's again, and keeps the others (their jobs'
    fingerprints). One failed build (the shards of one build, one of which failed): as a
    build's manifest keeps it; several asked for different things (folders of two builds
    joined): a list of them, in the order the folders are given, each once, which `package`
    quotes one after the other. Not their union: `--lang fr --only poster-a3` and `--lang de
    --only flyer-a5` made one is `--lang de,fr --only flyer-a5,poster-a3`, which makes two
    documents neither build was asked for. None when no folder lacks a stamp (the shards
    missing from a join are named by its `manifest.partial` warning), or when one keeps
    nothing of its build (a manifest written before it did): then the folder records no
    command for its documents. The join dropped the key: `package` of a folder joined from
    a shard whose build failed told it records no command. Builds that differ only in their
    kit's folder (`kit_dir`: each machine's copy of the kit) are one, with the first one's
    folder, as a joined stamp has it (whole_build)."""
    builds: list[dict[str, object]] = []
    asked: list[dict[str, object]] = []  # each build's, without its kit's folder
    for s in shards:
        if s.build is not None:
            continue
        if not s.failed:
            return None
        for one in s.failed:
            whole = {**one, "shard": None}
            what = {k: v for k, v in whole.items() if k != "kit_dir"}
            if what not in asked:
                asked.append(what)
                builds.append(whole)
    if not builds:
        return None
    return builds[0] if len(builds) == 1 else builds


def _unlisted(out: Path, index: _Index) -> tuple[Diagnostic, ...]:
    """A `manifest.unlisted` warning when the joined folder's own manifest lists files that no
    shard lists (another build's, a merge's): they stay on disk, and the joined manifest and
    gallery do not list them."""
    if not (out / MANIFEST).is_file():
        return ()
    lost = [f.path for f in iter_manifest(out) if not index.has(f.path)]
    if not lost:
        return ()
    notes = Collector()
    notes.warn(
        "manifest.unlisted",
        f"{out} held {len(lost)} file(s) that no shard lists ({', '.join(lost[:3])}"
        f"{', ...' if len(lost) > 3 else ''}): they stay on disk, but the joined manifest and "
        "gallery do not list them",
        None,
        "join into an empty folder or one of the shards' folders",
    )
    return tuple(notes.items)


def merge_shards(folders: list[Path], out: Path, strict: bool = False) -> Joined:
    """Copy every shard's files into `out` (a shard's own folder may be `out`) and write the
    joined manifest, all in one transaction, as a build publishes (output.Staging: the
    folder's lock, recovery of a killed publish, then publishing.transact).

    Nothing here holds every entry (a merge's shards list 10,000 files or more): each
    manifest is read entry by entry into a temporary SQLite database, which finds the
    conflicts and sorts the entries by path; the joined entries, the steps and the stamp's
    jobs are spools, and the manifest is written entry by entry (Staging.stage_manifest).

    Raises DiagnosticsError before writing anything when a shard is unreadable, two shards
    disagree or are of different builds or splits (check_builds), and `cannot publish`
    (build.output) with `out` unchanged when copying or publishing fails. The join's
    `manifest.partial` warnings are in the result; with `strict`, they are errors raised
    before anything is written (a CI pipeline's join, whose exit code must say a shard is
    missing)."""
    with (
        Staging(out) as staging,
        closing(sqlite3.connect("")) as db,  # "": temporary
        ExitStack() as locks,
    ):
        # each other shard's folder is read under its lock, to the end of the copies: a build
        # publishing into one meanwhile changed the files its manifest listed; a publish a
        # killed build left there is seen to under it (a second lock of the folder, taken by
        # recover(), was refused as busy with this join)
        recovered = {staging.out}  # Staging saw to it
        for folder in dict.fromkeys(f.resolve() for f in folders):
            if folder != staging.out and folder.is_dir():
                lock = locks.enter_context(BuildLock(folder, folder, user="join", optional=True))
                if lock.fd is not None:
                    recover_locked(folder, folder)
                    recovered.add(folder)
        index = _Index(db)
        shards, warnings = read_shards(folders, index, frozenset(recovered))
        if all(s.folder != staging.out for s in shards):
            warnings += _unlisted(staging.out, index)
        if strict and warnings:  # a pipeline's join: a missing shard fails it, nothing written
            raise DiagnosticsError([w.as_error() for w in warnings])
        build = whole_build(shards)
        failed = failed_builds(shards) if build is None else None
        steps: Spool[Step] = Spool()
        files: Spool[OutputFile] = Spool()
        for shard, f in index.sorted():
            files.append(f)
            if shards[shard].folder == staging.out or unchanged(staging.out, f):
                continue
            staging.stage_copy(shards[shard].folder / f.path, f.path)
            steps.append(Step(f.path, exists(staging.out / f.path), True))
        copied = len(steps)
        if staging.stage_manifest(files, build, always=bool(steps), failed=failed):
            steps.append(Step(MANIFEST, exists(staging.out / MANIFEST), True))
        if steps:
            transact(staging.out, staging.shown, staging.dir, steps)
        staging.published = True
    return Joined(files, build, copied, warnings)


__all__ = ["DiagnosticsError", "Joined", "merge_shards"]
