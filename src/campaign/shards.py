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

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Collector, DiagnosticsError
from .output import (
    MANIFEST,
    OutputFile,
    Staging,
    exists,
    manifest_text,
    read_build_manifest,
    same_text,
    unchanged,
)
from .publishing import Step, recover, transact


@dataclass(frozen=True)
class Shard:
    folder: Path
    build: dict[str, object] | None
    files: list[OutputFile]


@dataclass(frozen=True)
class Joined:
    files: list[OutputFile]  # every entry, sorted by path
    build: dict[str, object] | None  # the whole build's stamp, or None
    copied: int  # files copied into the joined folder


def read_shards(folders: list[Path]) -> list[Shard]:
    """Each folder's manifest; raises DiagnosticsError `manifest.read` for every folder without
    one, and every listed file missing or changed."""
    errs = Collector()
    shards = []
    for folder in folders:
        recover(folder, folder)  # a publish a killed build left there: finished or rolled back
        folder = folder.resolve()
        if not (folder / MANIFEST).is_file():
            errs.error("manifest.read", f"{folder} has no {MANIFEST}", None)
            continue
        build, files = read_build_manifest(folder)
        if not files:
            errs.error("manifest.read", f"{folder / MANIFEST} lists no file or does not parse")
        for f in files:
            if not unchanged(folder, f):
                errs.error(
                    "manifest.read", f"{folder / f.path} is missing or changed since its build"
                )
        shards.append(Shard(folder, build, files))
    errs.raise_if_errors()
    return shards


def join(shards: list[Shard]) -> tuple[list[tuple[Shard, OutputFile]], dict[str, object] | None]:
    """Every entry once with the shard it comes from, sorted by path, and the joined stamp;
    raises DiagnosticsError `manifest.conflict` for a path two shards list differently."""
    errs = Collector()
    by_path: dict[str, tuple[Shard, OutputFile]] = {}
    for shard in shards:
        for f in shard.files:
            seen = by_path.get(f.path)
            if seen is not None and seen[1] != f:
                errs.error(
                    "manifest.conflict",
                    f"{f.path} differs in {seen[0].folder} and {shard.folder}",
                    None,
                    "build every shard from the same kit, code and options",
                )
            by_path.setdefault(f.path, (shard, f))
    errs.raise_if_errors()
    return [by_path[p] for p in sorted(by_path)], whole_build(shards)


def whole_build(shards: list[Shard]) -> dict[str, object] | None:
    """The stamp of the whole build when `shards` are its N shards, each once; else None."""
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
    jobs: list[list[str | None]] = []
    for b in builds:
        assert b is not None
        found = b.get("jobs")
        if not isinstance(found, list):
            return None
        jobs += found
    return {
        "fingerprint": prints.pop(),
        "shard": None,
        "jobs": sorted(jobs, key=lambda job: [part or "" for part in job]),
    }


def merge_shards(folders: list[Path], out: Path) -> Joined:
    """Copy every shard's files into `out` (a shard's own folder may be `out`) and write the
    joined manifest, all in one transaction, as a build publishes (output.Staging: the
    folder's lock, recovery of a killed publish, then publishing.transact).

    Raises DiagnosticsError before writing anything when a shard is unreadable or two shards
    disagree, and `cannot publish` (build.output) with `out` unchanged when copying or
    publishing fails."""
    with Staging(out) as staging:
        entries, build = join(read_shards(folders))
        steps: list[Step] = []
        for shard, f in entries:
            if shard.folder == staging.out or unchanged(staging.out, f):
                continue
            staging.stage_copy(shard.folder / f.path, f.path)
            steps.append(Step(f.path, exists(staging.out / f.path), True))
        copied = len(steps)
        files = [f for _, f in entries]
        text = manifest_text(files, build)
        if steps or not same_text(staging.out / MANIFEST, text):
            staging.stage_text(MANIFEST, text)
            steps.append(Step(MANIFEST, exists(staging.out / MANIFEST), True))
        if steps:
            transact(staging.out, staging.shown, staging.dir, steps)
        staging.published = True
    return Joined(files, build, copied)


__all__ = ["DiagnosticsError", "Joined", "merge_shards"]
