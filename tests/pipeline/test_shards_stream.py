"""`manifest merge` (`shards.merge_shards`) reads each shard's manifest entry by entry and
joins them in SQLite: it holds no list of every entry or job (a merge's shards list 10,000
files or more), and publishes what the join that held them all published
(tests/manifest_whole.py): the same folder, manifest and stamp, and the same errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from campaign import shards as shards_module
from campaign.diagnostics import DiagnosticsError
from campaign.output import MANIFEST, OutputFile, read_build_manifest
from campaign.shards import merge_shards
from tests.folders import FINGERPRINT, alive, event_files, write_folder
from tests.manifest_whole import merge_shards_whole

from ..kits import build, mini_copy, output_tree

EVENTS = 150  # 300 files per shard


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The mini kit in three shards, and a build of one material (not a shard)."""
    root = tmp_path_factory.mktemp("shards")
    kit = mini_copy(root / "kit")
    args = ("--png-ppi", "20", "--jobs", "1", "--only", "badge,boxes,text")
    folders = [build(kit, root / f"shard-{k}", *args, "--shard", f"{k}/3") for k in (1, 2, 3)]
    return [*folders, build(kit, root / "one", "--only", "boxes", "--png-ppi", "20")]


def joined(merge: Any, base: Path, names: list[str], out: str) -> tuple[Any, dict[str, str]]:
    """The Joined of `merge` of the folders `names` in `base` into `out` (files and stamp as
    lists), or its errors (`base` left out); the folder made."""
    try:
        done = merge([base / name for name in names], base / out)
    except DiagnosticsError as exc:
        errors = [d.render().replace(str(base), "BASE") for d in exc.diagnostics]
        return errors, output_tree(base / out) if (base / out).exists() else {}
    build = done.build and {**done.build, "jobs": list(done.build["jobs"])}
    return (list(done.files), build, done.copied), output_tree(base / out)


@pytest.mark.parametrize(
    "case", ["all", "two of three", "with a build", "into a shard", "changed", "conflict"]
)
def test_shards_join_as_the_whole_list_join_did(
    built: list[Path], tmp_path: Path, case: str
) -> None:
    folders = {
        "two of three": built[:2],
        "with a build": [built[0], built[3]],
    }.get(case, built[:3])
    for name in ("streamed", "whole"):
        copies = [tmp_path / name / f.name for f in folders]
        for source, copy in zip(folders, copies, strict=True):
            copy.mkdir(parents=True)
            for path, _ in output_tree(source).items():
                (copy / path).parent.mkdir(parents=True, exist_ok=True)
                (copy / path).write_bytes((source / path).read_bytes())
        if case == "changed":
            next((copies[1] / "boxes").iterdir()).write_bytes(b"changed")
        if case == "conflict":  # a file of shard 1 listed differently in shard 2
            doc = json.loads((copies[0] / MANIFEST).read_text(encoding="utf-8"))
            other = json.loads((copies[1] / MANIFEST).read_text(encoding="utf-8"))
            first = doc["files"][0]
            other["files"].append({**first, "pages": 7})
            (copies[1] / first["path"]).parent.mkdir(parents=True, exist_ok=True)
            (copies[1] / first["path"]).write_bytes((copies[0] / first["path"]).read_bytes())
            (copies[1] / MANIFEST).write_text(json.dumps(other), encoding="utf-8")
    target = "shard-1" if case == "into a shard" else "joined"
    names = [f.name for f in folders]
    streamed = joined(merge_shards, tmp_path / "streamed", names, target)
    if case == "with a build":  # of another selection: refused (shards.check_builds), where
        # the join that held every entry joined it
        assert isinstance(streamed[0], list)
        assert [e.split(":")[0] for e in streamed[0]] == ["error[manifest.mismatch]"]
        assert streamed[1] == {}
        return
    whole = joined(merge_shards_whole, tmp_path / "whole", names, target)
    assert streamed == whole
    if case in ("all", "into a shard"):
        assert streamed[0][1] is not None  # the whole build's stamp
    what = {"changed": "read", "conflict": "conflict"}.get(case)
    if what is not None:
        assert isinstance(streamed[0], list)  # errors
        assert all(f"error[manifest.{what}]" in e for e in streamed[0])


@pytest.mark.usefixtures("young_heap")
def test_manifest_merge_holds_no_list_of_every_entry_or_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = [tmp_path / "shard-1", tmp_path / "shard-2"]
    for k, folder in enumerate(folders):
        folder.mkdir()
        write_folder(folder, event_files(EVENTS, first=k * EVENTS), shard=f"{k + 1}/2")
    seen: list[tuple[str, int, int]] = []

    def jobs() -> int:
        import gc

        gc.collect()
        return sum(type(o) is list and len(o) == 5 and o[:1] == ["boxes"] for o in gc.get_objects())

    def watched(where: str, real: Any) -> Any:
        calls = [0]

        def call(*args: Any, **kw: Any) -> Any:
            calls[0] += 1
            if calls[0] % 100 == 1:
                seen.append((where, alive(OutputFile), jobs()))
            return real(*args, **kw)

        return call

    monkeypatch.setattr(
        shards_module.Staging, "stage_copy", watched("copy", shards_module.Staging.stage_copy)
    )
    monkeypatch.setattr(shards_module, "transact", watched("publish", shards_module.transact))
    before = alive(OutputFile), jobs()
    done = merge_shards(folders, tmp_path / "joined")
    assert len(done.files) == done.copied == 4 * EVENTS
    assert [w for w, *_ in seen] == ["copy"] * 6 + ["publish"]
    # an entry and a job at a time (the code that held them: 600 entries and 300 jobs)
    assert max(files for _, files, _ in seen) - before[0] <= 2
    assert max(held for *_, held in seen) - before[1] <= 2
    build, files = read_build_manifest(tmp_path / "joined")
    assert files == list(done.files)
    assert build is not None
    assert build["fingerprint"] == FINGERPRINT
    assert len(build["jobs"]) == 4 * EVENTS  # type: ignore[arg-type]
