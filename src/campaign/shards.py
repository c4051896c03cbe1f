"""Joining the shards of a build (`manifest merge`): each shard (`build --shard K/N`) published
its own folder and manifest; the joined folder holds every shard's files and one manifest,
the same as a build of the whole selection in one go would have written.

The files keep their paths (file names are unique across a build, `output.file_name`). The
manifests' entries are joined and sorted by path, as a build sorts them. When the shards are
all N shards of one build (one build fingerprint, shards 1/N..N/N), the joined manifest gets
the whole build's stamp (jobs joined and sorted), so a later build of the same selection into
the joined folder has nothing to do; otherwise it gets none, and a later build checks each
job's fingerprint instead.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Collector, DiagnosticsError
from .manifest_reader import Jobs
from .output import (
    MANIFEST,
    OutputFile,
    Staging,
    exists,
    iter_manifest,
    iter_stamp_jobs,
    manifest_stamp,
    pickled,
    unchanged,
)
from .publishing import Step, recover, transact
from .spool import Spool, sorted_spool


@dataclass(frozen=True)
class Shard:
    folder: Path
    build: dict[str, object] | None  # its stamp, its jobs summarised (manifest_reader.Jobs)


@dataclass(frozen=True)
class Joined:
    files: Sequence[OutputFile]  # every entry, sorted by path (a spool.Spool)
    build: dict[str, object] | None  # the whole build's stamp (its jobs a Spool), or None
    copied: int  # files copied into the joined folder


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

    def sorted(self) -> Iterator[tuple[int, OutputFile]]:
        """(shard, entry) by path."""
        for shard, data in self.db.execute("SELECT shard, data FROM entry ORDER BY path"):
            yield shard, pickle.loads(data)


def read_shards(folders: list[Path], index: _Index) -> list[Shard]:
    """Each folder's stamp, its entries put in `index`, read entry by entry; raises
    DiagnosticsError `manifest.read` for every folder without a manifest, and every listed
    file missing or changed, else `manifest.conflict` for every path two shards list
    differently."""
    errs, conflicts = Collector(), Collector()
    shards: list[Shard] = []
    for folder in folders:
        recover(folder, folder)  # a publish a killed build left there: finished or rolled back
        folder = folder.resolve()
        if not (folder / MANIFEST).is_file():
            errs.error("manifest.read", f"{folder} has no {MANIFEST}", None)
            continue
        stamp, walked = manifest_stamp(folder)
        shards.append(Shard(folder, stamp))
        listed = 0
        for f in iter_manifest(folder, walked):
            listed += 1
            if not unchanged(folder, f):
                errs.error(
                    "manifest.read", f"{folder / f.path} is missing or changed since its build"
                )
            index.add(shards, len(shards) - 1, f, conflicts)
        if not listed:
            errs.error("manifest.read", f"{folder / MANIFEST} lists no file or does not parse")
    errs.raise_if_errors()
    conflicts.raise_if_errors()
    return shards


def whole_build(shards: list[Shard]) -> dict[str, object] | None:
    """The stamp of the whole build when `shards` are its N shards, each once; else None. Its
    jobs (every shard's, read one at a time) are sorted in a spool (spool.sorted_spool)."""
    builds = [s.build for s in shards]
    if not builds or any(b is None for b in builds):
        return None
    prints = {str(b.get("fingerprint")) for b in builds if b is not None}
    parts = [str(b.get("shard")) for b in builds if b is not None]
    if len(prints) != 1 or any("/" not in p for p in parts):
        return None
    counts = {p.split("/")[1] for p in parts}
    numbers = sorted(int(p.split("/")[0]) for p in parts)
    if len(counts) != 1 or numbers != list(range(1, int(counts.pop()) + 1)):
        return None
    if any(not isinstance(b.get("jobs"), Jobs) for b in builds if b is not None):
        return None  # a stamp without a list of jobs
    jobs = (job for s in shards for job in iter_stamp_jobs(s.folder))
    return {
        "fingerprint": prints.pop(),
        "shard": None,
        "jobs": sorted_spool(jobs, lambda job: [part or "" for part in job]),  # type: ignore[attr-defined]
    }


def merge_shards(folders: list[Path], out: Path) -> Joined:
    """Copy every shard's files into `out` (a shard's own folder may be `out`) and write the
    joined manifest, all in one transaction, as a build publishes (output.Staging: the
    folder's lock, recovery of a killed publish, then publishing.transact).

    Nothing here holds every entry (a merge's shards list 10,000 files or more): each
    manifest is read entry by entry into a temporary SQLite database, which finds the
    conflicts and sorts the entries by path; the joined entries, the steps and the stamp's
    jobs are spools, and the manifest is written entry by entry (Staging.stage_manifest).

    Raises DiagnosticsError before writing anything when a shard is unreadable or two shards
    disagree, and `cannot publish` (build.output) with `out` unchanged when copying or
    publishing fails."""
    with Staging(out) as staging, closing(sqlite3.connect("")) as db:  # "": temporary
        index = _Index(db)
        shards = read_shards(folders, index)
        build = whole_build(shards)
        steps: Spool[Step] = Spool()
        files: Spool[OutputFile] = Spool()
        for shard, f in index.sorted():
            files.append(f)
            if shards[shard].folder == staging.out or unchanged(staging.out, f):
                continue
            staging.stage_copy(shards[shard].folder / f.path, f.path)
            steps.append(Step(f.path, exists(staging.out / f.path), True))
        copied = len(steps)
        if staging.stage_manifest(files, build, always=bool(steps)):
            steps.append(Step(MANIFEST, exists(staging.out / MANIFEST), True))
        if steps:
            transact(staging.out, staging.shown, staging.dir, steps)
        staging.published = True
    return Joined(files, build, copied)


__all__ = ["DiagnosticsError", "Joined", "merge_shards"]
