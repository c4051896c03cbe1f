"""The manifest's readers after a build: how much memory they take, per number of files.

    PYTHONPATH=src python bench/manifest_memory.py 10000 50000 [--whole]

For N entries (N/2 events' print PDFs and previews, a few kilobytes each, written without
drawing by tests/folders.py): the no-op rebuild's check (`incremental.nothing_to_do`, every
job skipped and every entry listed), then `manifest merge` of two shards of N/2 entries
each into a new folder (`shards.merge_shards`). For each: tracemalloc's peak of the Python
heap during the call (SQLite's own page cache is not in it) and the wall time (tracemalloc
slows the Python side). --whole runs the readers that held every entry
(tests/manifest_whole.py) instead, for the numbers before they streamed.

The files' digest cache (`cache.DIGESTS`, which remembers every file it hashed for the
process: about 500 bytes a file, 5 MB at 10,000 files) is kept out of the numbers, as it is
not the manifest's reader: every file counts as just changed (`cache.RACY_NS`), so none is
remembered; --digests keeps it in.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests/ (the folders, and the whole-list readers)


def peak(call: Callable[[], Any]) -> tuple[Any, float, float]:
    """What `call` returns, tracemalloc's peak in MB during it, and the seconds it took."""
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        found = call()
        return found, tracemalloc.get_traced_memory()[1] / 2**20, time.perf_counter() - t0
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", nargs="+", type=int)
    parser.add_argument("--whole", action="store_true")
    parser.add_argument("--digests", action="store_true")
    args = parser.parse_args()
    from campaign import cache

    if not args.digests:
        cache.RACY_NS = 1 << 62  # every file just changed: no digest remembered
    from tests.folders import event_files, write_folder
    from tests.manifest_whole import merge_shards_whole, nothing_to_do_whole

    from campaign.pipeline.incremental import nothing_to_do
    from campaign.shards import merge_shards

    check = nothing_to_do_whole if args.whole else nothing_to_do
    merge = merge_shards_whole if args.whole else merge_shards
    which = "whole-list" if args.whole else "streamed"
    for n in args.counts:
        events = n // 2
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            out.mkdir()
            now = write_folder(out, event_files(events))
            (skipped, files), mb, seconds = peak(partial(check, out, now))
            assert len(skipped) == len(files) == 2 * events
            print(  # noqa: T201
                f"{2 * events} entries, no-op check ({which}): traced peak {mb:.1f} MB, "
                f"{seconds:.1f} s",
                flush=True,
            )
            del skipped, files
            shards = [Path(tmp) / "shard-1", Path(tmp) / "shard-2"]
            for k, folder in enumerate(shards):
                folder.mkdir()
                write_folder(folder, event_files(events // 2, first=k * events), f"{k + 1}/2")
            joined, mb, seconds = peak(partial(merge, shards, Path(tmp) / "joined"))
            print(  # noqa: T201
                f"{len(joined.files)} entries, manifest merge of 2 shards ({which}): traced "
                f"peak {mb:.1f} MB, {seconds:.1f} s",
                flush=True,
            )


if __name__ == "__main__":
    sys.exit(main())
