"""The previous build's entries for incremental builds (`incremental.Previous`): indexed in a
temporary SQLite file, not held in memory (an incremental merge of 50,000 records held every
earlier entry in each process), the same entries per job as the whole manifest gives, read in
a forked worker, and removed by the process that made the index only."""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path

import pytest

from campaign.output import MANIFEST, OutputFile, manifest_text, read_manifest
from campaign.pipeline.incremental import Previous


def entry(i: int, rendition: str) -> OutputFile:
    record = f"ev-{i:04d}"
    return OutputFile(
        path=f"event-flyer-a5/{record}-{rendition}.{'png' if rendition == 'preview_png' else 'pdf'}",
        material="event-flyer-a5",
        language="en",
        format="png" if rendition == "preview_png" else "pdf",
        variant="screen" if rendition == "preview_png" else "print",
        trim_mm=(148.0, 210.0),
        pages=1,
        sha256=f"{i:064x}",
        bytes=1000 + i,
        rendition=rendition,
        record=record,
        fingerprint=f"fp-{i}",
        page="",
    )


def folder(tmp_path: Path, count: int) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    entries = [entry(i, r) for i in range(count) for r in ("print_pdf", "preview_png")]
    (out / MANIFEST).write_text(manifest_text(entries, None), encoding="utf-8")
    return out


def live_entries() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, OutputFile))


# young_heap: the entries alive are counted among the objects made since the test began, not
# a pytest-xdist worker's whole heap (14.7 s in a CI run, 1.5 s alone)
@pytest.mark.usefixtures("young_heap")
def test_the_index_holds_no_entry_and_gives_each_jobs_entries(tmp_path: Path) -> None:
    out = folder(tmp_path, 300)
    before = live_entries()
    previous = Previous(out)
    try:
        assert live_entries() == before  # 600 entries, none held
        whole: dict[object, list[OutputFile]] = {}
        for f in read_manifest(out):
            whole.setdefault(f.job, []).append(f)
        for job, files in whole.items():
            assert previous.files(job) == files
        assert previous.files(("event-flyer-a5", "en", None, "ev-9999", "print_pdf")) == []
    finally:
        previous.close()


def test_a_forked_worker_reads_the_index_and_leaves_it_to_its_maker(tmp_path: Path) -> None:
    out = folder(tmp_path, 3)
    previous = Previous(out)
    job = ("event-flyer-a5", "en", None, "ev-0001", "print_pdf")
    assert previous.files(job)  # the maker's own connection first, as with --jobs 1
    index = previous._path
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: its own connection, then its end (as a pool worker ends)
        try:
            os.write(write, pickle.dumps(previous.files(job)))
            previous.close()  # a worker that let go of it removes nothing
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as f:
        got = pickle.loads(f.read())
    os.waitpid(pid, 0)
    assert got == previous.files(job) == [entry(1, "print_pdf")]
    assert index.is_file()
    previous.close()
    assert not index.parent.exists()
    previous.close()  # again: nothing
