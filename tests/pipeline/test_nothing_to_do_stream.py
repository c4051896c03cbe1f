"""A build with nothing to do (`incremental.nothing_to_do`, `api.build`'s first check) reads
the earlier manifest entry by entry and its stamp's jobs one at a time: it holds no list of
every entry or job (a merge's 10,000 or more), and gives what the reader that held them all
gave (tests/manifest_whole.py), job for job and entry for entry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from campaign.output import MANIFEST, OutputFile, read_manifest
from campaign.pipeline import incremental
from campaign.pipeline.api import build
from campaign.pipeline.events import Event, Planned
from campaign.pipeline.incremental import nothing_to_do
from campaign.pipeline.jobs import JobResult
from campaign.pipeline.options import Options
from campaign.spool import Spool
from tests.folders import alive, event_files, write_folder
from tests.manifest_whole import nothing_to_do_whole

from ..kits import mini_copy

EVENTS = 300  # 600 files


def edit(out: Path, case: str, now: dict[str, object]) -> dict[str, object]:
    """The folder as `case` leaves it; the stamp asked for."""
    manifest = out / MANIFEST
    if case == "changed":  # a file changed since: not nothing to do
        (out / "boxes" / "boxes-en-ev-0007.pdf").write_bytes(b"changed")
    elif case == "stamp":
        return {**now, "fingerprint": "0" * 64}
    elif case == "job without files":
        doc = json.loads(manifest.read_text(encoding="utf-8"))
        doc["files"] = [f for f in doc["files"] if f["record"] != "ev-0003"]
        manifest.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    elif case == "no jobs":
        doc = json.loads(manifest.read_text(encoding="utf-8"))
        del doc["build"]["jobs"]
        manifest.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    elif case == "key twice":  # the walk refuses it: read whole, json.loads keeps the last
        text = manifest.read_text(encoding="utf-8")
        manifest.write_text(text.replace("{", '{\n  "generator": "x",', 1), encoding="utf-8")
    elif case == "one line":
        doc = json.loads(manifest.read_text(encoding="utf-8"))
        manifest.write_text(json.dumps(doc), encoding="utf-8")
    elif case == "no manifest":
        manifest.unlink()
    elif case == "not json":
        manifest.write_text('{"files": [', encoding="utf-8")
    return now


@pytest.mark.parametrize(
    "case",
    [
        "same",
        "one line",
        "key twice",
        "changed",
        "stamp",
        "job without files",
        "no jobs",
        "no manifest",
        "not json",
    ],
)
def test_nothing_to_do_gives_what_the_whole_manifest_gave(tmp_path: Path, case: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    now = edit(out, case, write_folder(out, event_files(40)))
    skipped, entries = nothing_to_do(out, now)
    held_skipped, held_entries = nothing_to_do_whole(out, now)
    assert list(skipped) == held_skipped
    assert list(entries) == held_entries
    assert bool(skipped) == (case in ("same", "one line", "key twice"))


@pytest.mark.usefixtures("young_heap")
def test_nothing_to_do_holds_no_list_of_every_entry_or_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    now = write_folder(out, event_files(EVENTS))
    seen: list[tuple[int, int]] = []
    real = incremental.unchanged
    calls = [0]

    def counted(where: Path, entry: OutputFile) -> bool:
        calls[0] += 1
        if calls[0] % 100 == 0:  # entries and job results alive as each job is checked
            seen.append((alive(OutputFile), alive(JobResult)))
        return real(where, entry)

    before = alive(OutputFile), alive(JobResult)
    monkeypatch.setattr(incremental, "unchanged", counted)
    skipped, entries = nothing_to_do(out, now)
    assert len(skipped) == 2 * EVENTS
    assert len(entries) == 2 * EVENTS
    assert isinstance(skipped, Spool)
    assert isinstance(entries, Spool)
    assert len(seen) == 2 * EVENTS // 100
    # a job's entries at a time (the code that held them: 600 entries, then 600 results)
    assert max(files for files, _ in seen) - before[0] <= 4
    assert max(results for _, results in seen) - before[1] <= 2
    assert (alive(OutputFile), alive(JobResult)) == before  # the results are spooled


def test_a_build_with_nothing_to_do_reports_spools(tmp_path: Path) -> None:
    """`api.build` passes the spools on: its result's jobs and files, and the planned jobs."""
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    opts = Options(out, png_ppi=20, jobs=1, only=("boxes", "text"))
    first = build(kit, opts)
    assert not first.failed
    events: list[Event] = []
    again = build(kit, opts, events.append)
    assert again.kit is None  # nothing to do: the kit was not read
    planned: Any = events[0]
    assert isinstance(planned, Planned)
    assert isinstance(planned.keys, Spool)
    assert isinstance(again.jobs, Spool)
    assert isinstance(again.files, Spool)
    assert list(planned.keys) == [j.key for j in again.jobs]  # in the stamp's order
    assert sorted(map(str, planned.keys)) == sorted(str(j.key) for j in first.jobs)
    assert {j.status for j in again.jobs} == {"skipped"}
    assert list(again.files) == read_manifest(out) == list(first.files)
