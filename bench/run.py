"""Time the generator in fresh processes, as a user runs it, and print the numbers.

    python bench/run.py              # 1 warm-up + 5 runs of each scenario
    python bench/run.py --runs 3
    python bench/run.py --scenarios noop,merge1k,merge10k

Scenarios:
- kit:    the whole default kit (every material x every language: print PDF, digital PDF
          and PNG of the print materials, a PNG of the social images)
- peer18: the 18 pages of ../shared/bench/peers (poster, flyer, badge x en fr es ru ar zh),
          print PDFs and 150 ppi PNGs, for comparison with Typst and WeasyPrint there
- pdf18:  the same print PDFs without the PNGs (`--no-png`), for the PDF-only comparison
- check:  `generate.py check` (load, validate, lay out every page, no drawing)
- noop:   a second identical build of the whole kit (the warm-up builds it; the runs find
          nothing to do)
- merge1k, merge10k: `merge event-flyer-a5` of a generated CSV of 1,000 or 10,000 events,
          print PDFs only (`--no-png --no-digital`); run once each, no warm-up (they are long);
          pages/s is records / wall time
- merge1k-links: the same 1,000 events, each with its own link (a QR code per record, as an
          organiser's sheet with registration pages has)

Builds and merges other than noop run with --force (else every run after the first would
find nothing to do). Wall time is the median; CPU time comes from the children's rusage; peak
memory is the largest sum of the proportional set sizes (PSS) of the command and its worker
processes, sampled every 0.2 s from /proc (Linux), or the largest single process's resident
size from rusage elsewhere.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = {
    "kit": ["build", "--force"],
    "peer18": [
        "build",
        "--lang",
        "en,fr,es,ru,ar,zh",
        "--only",
        "poster-a3,flyer-a5,badge-58",
        "--no-digital",
        "--force",
    ],
    "pdf18": [
        "build",
        "--lang",
        "en,fr,es,ru,ar,zh",
        "--only",
        "poster-a3,flyer-a5,badge-58",
        "--no-digital",
        "--no-png",
        "--force",
    ],
    "check": ["check", "--lang", "en"],
    "noop": ["build"],
    "merge1k": ["merge", "event-flyer-a5", "{events1000}", "--no-png", "--no-digital", "--force"],
    "merge10k": ["merge", "event-flyer-a5", "{events10000}", "--no-png", "--no-digital", "--force"],
    "merge1k-links": [
        "merge",
        "event-flyer-a5",
        "{links1000}",
        "--no-png",
        "--no-digital",
        "--force",
    ],
}
ONCE = {"merge1k", "merge10k", "merge1k-links"}  # long: one run, no warm-up


def events_csv(path: Path, count: int, links: bool = False) -> Path:
    """`count` events in English, each with its own id, title and venue, and with `links`
    its own link (example.org: a domain reserved for examples, RFC 2606). Its contact is the
    project's sample helpline (+00: no country's code), and each row says it is sample data
    (the `sample` column, true), as a merge asks of such values."""
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(
            ["event_id", "language", "title", "date", "time", "venue", "organiser", "contact"]
            + (["link"] if links else [])
            + ["sample"]
        )
        for i in range(count):
            out.writerow(
                [f"event-{i:05d}", "en", f"Walk for the Blue Heart {i}", "2026-07-30", "08:00"]
                + [f"Park {i % 97}", "Local group", "+00 700 000 000"]
                + ([f"https://example.org/events/walk-{i}"] if links else [])
                + ["true"]
            )
    return path


def tree_rss(pid: int) -> int:
    """The memory of `pid` and all its descendants (Linux /proc; 0 elsewhere): the sum of their
    proportional set sizes (PSS: a page shared by k processes, as forked workers share the
    parent's, counts 1/k in each), or of their resident sizes where PSS is not available."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        child = int(stat.parent.name)
        parents[child] = int(fields[1])
        rss[child] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    family, grew = {pid}, True
    while grew:
        more = {c for c, p in parents.items() if p in family} - family
        family |= more
        grew = bool(more)
    return sum(_pss(p) or rss.get(p, 0) for p in family)


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class Sampler(threading.Thread):
    """The largest tree_rss of a process while it runs."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak = max(self.peak, tree_rss(self.pid))


def run_once(args: list[str], out: Path) -> tuple[float, float, float]:
    cmd = [sys.executable, str(ROOT / "generate.py"), *args]
    if args[0] in ("build", "merge"):
        cmd += ["-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = Sampler(child.pid)
    sampler.start()
    if child.wait() != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    wall = time.perf_counter() - start
    sampler.done.set()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # rusage's maxrss is the largest of every child so far (earlier scenarios too): a fallback
    return wall, cpu, (sampler.peak or after.ru_maxrss * 1024) / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    opts = ap.parse_args()
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        f"{'scenario':13} {'wall median':>12} {'min':>7} {'max':>7} {'cpu':>7} {'peak mem':>9}"
        f" {'pages/s':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        data = {
            f"events{n}": str(events_csv(Path(tmp) / f"events{n}.csv", n)) for n in (1000, 10000)
        }
        data["links1000"] = str(events_csv(Path(tmp) / "links1000.csv", 1000, links=True))
        for name in opts.scenarios.split(","):
            args = [a.format(**data) for a in SCENARIOS[name]]
            runs = 1 if name in ONCE else opts.runs
            if name not in ONCE:
                run_once(args, Path(tmp) / name)  # warm-up: file cache, __pycache__
            results = [run_once(args, Path(tmp) / name) for _ in range(runs)]
            walls = [r[0] for r in results]
            cpu = statistics.median(r[1] for r in results)
            rss = max(r[2] for r in results)
            rate = ""
            if name in ONCE:
                records = int(name.removeprefix("merge").split("-")[0].replace("k", "000"))
                rate = f"{records / walls[0]:8.1f}"
            print(
                f"{name:13} {statistics.median(walls):11.2f}s {min(walls):6.2f}s "
                f"{max(walls):6.2f}s {cpu:6.2f}s {rss:7.0f} MB {rate}"
            )


if __name__ == "__main__":
    main()
