"""Listeners see every job start and end, in the plan's order, whatever --jobs is; a worker
that dies stops the build."""

import os
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

import pytest

from campaign.pipeline import renditions
from campaign.pipeline.api import build
from campaign.pipeline.events import Done, Event, Planned, Recorder, Skipped, Started
from campaign.pipeline.jobs import JobKey
from campaign.pipeline.options import Options

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("jobs", [1, 2])
def test_started_and_done_for_each_job_in_order(tmp_path: Path, jobs: int) -> None:
    events: list[Event] = []
    opts = Options(tmp_path, ("en", "fr"), ("badge-58",), png_ppi=20, jobs=jobs, digital=False)
    result = build(ROOT, opts, Recorder(events))
    keys = [
        JobKey("badge-58", lang, rendition)
        for lang in ("en", "fr")
        for rendition in ("print_pdf", "preview_png")
    ]
    assert events[0] == Planned(tuple(keys))
    expected: list[tuple[type, JobKey]] = []
    for key in keys:
        expected += [(Started, key), (Done, key)]
    assert [what(e) for e in events[1:]] == expected
    assert [j.key for j in result.jobs] == keys
    assert result.counts["done"] == {"print_pdf": 2, "preview_png": 2}


def what(event: Event) -> tuple[type, JobKey]:
    if isinstance(event, Started):
        return Started, event.key
    assert isinstance(event, Done)
    return Done, event.result.key


def test_incremental_skips_unchanged_jobs(tmp_path: Path) -> None:
    opts = Options(tmp_path, ("en",), ("badge-58",), png_ppi=20, jobs=1, incremental=True)
    build(ROOT, opts)
    before = (tmp_path / "manifest.json").read_bytes()
    (tmp_path / "badge-58/badge-58-en-digital.pdf").write_bytes(b"edited")  # not ours any more
    events: list[Event] = []
    result = build(ROOT, opts, Recorder(events))
    assert [type(e) for e in events[1:]] == [Skipped, Skipped, Started, Done]  # skips first
    assert result.counts["skipped"] == {"print_pdf": 1, "preview_png": 1}
    assert result.counts["done"] == {"digital_pdf": 1}
    assert (tmp_path / "badge-58/badge-58-en-digital.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "manifest.json").read_bytes() == before


def test_a_dying_worker_stops_the_build_and_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def die(sheet: object, problems: object) -> list[object]:
        os._exit(3)  # as a crash in a native library would

    png = renditions.RENDITIONS["preview_png"]
    monkeypatch.setitem(renditions.RENDITIONS, "preview_png", replace(png, draw=die))
    out = tmp_path / "out"
    with pytest.raises(BrokenProcessPool):
        build(ROOT, Options(out, ("en", "fr"), ("badge-58",), png_ppi=20, jobs=2))
    assert not out.exists()
    assert not list(tmp_path.glob(".out.staging-*")) + list(out.glob(".staging-*"))
