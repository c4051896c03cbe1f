"""The merge's parent while publishing: how much memory it takes, per number of files.

    PYTHONPATH=src python bench/publish_memory.py 1000 10000 [--jobs 2] [--again]

A merge of N events of the mini kit's `boxes` template into a fresh folder, print PDFs only,
each drawn as a few bytes (so 10,000 records take about a minute; past 10,000 the command
line's limit of rows is lifted here); with --again, a second
merge into the same folder with every record changed (every file rebuilt, the earlier
manifest read and merged). For each: tracemalloc's peak of the Python heap from the end of
the drawing (execute) to the end of publishing, the resident size at the end of the drawing
and the peak resident size from there to the end (/proc: VmHWM reset through clear_refs).
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "data" / "kits" / "mini"


def status(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024  # MB
    return 0


def kit_copy(dest: Path) -> Path:
    shutil.copytree(MINI / "materials", dest / "materials")
    (dest / "fonts").symlink_to(ROOT / "fonts")
    (dest / "assets").symlink_to(ROOT / "assets")
    return dest


def events(path: Path, count: int, title: str) -> Path:
    rows = ["event_id,language,title,date,venue"]
    rows += [f"event-{i:06d},en,{title} {i},2024-07-30,Park {i % 7}" for i in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def cheap_drawing() -> None:
    from campaign.pipeline import renditions
    from campaign.pipeline.renditions import Output

    def draw(sheet: renditions.Sheet, problems: object) -> list[Output]:
        record = sheet.composed.record
        data = f"%PDF-1.7 {record.id} {sheet.lang.code}\n".encode()
        return [Output(sheet.path("print"), data, {"format": "pdf", "variant": "print"})]

    cheap = dataclasses.replace(renditions.RENDITIONS["print_pdf"], draw=draw)
    renditions.RENDITIONS["print_pdf"] = cheap


def measured() -> dict[str, float]:
    """Wrap execute and Staging.publish: the numbers of the last publish."""
    from campaign import output
    from campaign.pipeline import execute

    got: dict[str, float] = {}
    real_execute, real_publish = execute.execute, output.Staging.publish

    def run(*args: object, **kw: object) -> object:
        found = real_execute(*args, **kw)
        got["rss_built"] = status("VmRSS")
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM from here
        got["t0"], got["cpu0"] = time.perf_counter(), time.process_time()
        tracemalloc.start()
        return found

    def publish(self: object, *args: object, **kw: object) -> object:
        try:
            return real_publish(self, *args, **kw)
        finally:
            got["traced_peak"] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            got["rss_peak"] = status("VmHWM")
            got["seconds"] = time.perf_counter() - got["t0"]
            got["cpu"] = time.process_time() - got["cpu0"]

    execute.execute = run  # type: ignore[assignment]
    output.Staging.publish = publish  # type: ignore[method-assign]
    return got


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", nargs="+", type=int)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--again", action="store_true")
    args = parser.parse_args()
    cheap_drawing()
    got = measured()
    from campaign.merge import data as merge_data

    merge_data.MAX_ROWS = max(merge_data.MAX_ROWS, *args.counts)  # a merge takes 10,000
    from campaign.diagnostics import Collector
    from campaign.merge.data import read_table
    from campaign.merge.events import check_events
    from campaign.pipeline.api import build
    from campaign.pipeline.kitcache import cached_kit
    from campaign.pipeline.options import Options

    for n in args.counts:
        with tempfile.TemporaryDirectory() as tmp:
            kit = kit_copy(Path(tmp) / "kit").resolve()
            out = Path(tmp) / "out"
            for title in ["Walk", "Run"] if args.again else ["Walk"]:
                errs = Collector()
                data = events(Path(tmp) / "events.csv", n, title)
                records = check_events(read_table(data, errs), cached_kit(kit), errs, None)
                opts = Options(
                    out, None, ("boxes",), jobs=args.jobs, digital=False, png=False,
                    records=records,
                )  # fmt: skip
                result = build(kit, opts)
                files = len(result.files)
                print(  # noqa: T201
                    f"{n} records ({title}): {files} files; publishing {got['seconds']:.1f} s "
                    f"({got['cpu']:.1f} s CPU), "
                    f"traced peak {got['traced_peak']:.1f} MB; RSS {got['rss_built']} MB at "
                    f"the end of the drawing, peak {got['rss_peak']} MB while publishing",
                    flush=True,
                )
                del result


if __name__ == "__main__":
    sys.exit(main())
