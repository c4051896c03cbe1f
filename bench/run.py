"""Time the generator in fresh processes, as a user runs it, and print the numbers.

    python bench/run.py              # 1 warm-up + 5 runs of each scenario
    python bench/run.py --runs 3

Scenarios:
- kit:    the whole default kit (every material x every language: print PDF, digital PDF
          and PNG of the print materials, a PNG of the social images)
- peer18: the 18 pages of ../shared/bench/peers (poster, flyer, badge x en fr es ru ar zh),
          print PDFs and 150 ppi PNGs, for comparison with Typst and WeasyPrint there
- pdf18:  the same print PDFs without the PNGs (`--no-png`), for the PDF-only comparison
- check:  `generate.py check` (load, validate, lay out every page, no drawing)

Wall time is the median; CPU time and peak RSS come from the child's rusage.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = {
    "kit": ["build"],
    "peer18": [
        "build",
        "--lang",
        "en,fr,es,ru,ar,zh",
        "--only",
        "poster-a3,flyer-a5,badge-58",
        "--no-digital",
    ],
    "pdf18": [
        "build",
        "--lang",
        "en,fr,es,ru,ar,zh",
        "--only",
        "poster-a3,flyer-a5,badge-58",
        "--no-digital",
        "--no-png",
    ],
    "check": ["check", "--lang", "en"],
}


def run_once(args: list[str], out: Path) -> tuple[float, float, float]:
    cmd = [sys.executable, str(ROOT / "generate.py"), *args]
    if args[0] == "build":
        cmd += ["-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    opts = ap.parse_args()
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"{'scenario':8} {'wall median':>12} {'min':>7} {'max':>7} {'cpu':>7} {'peak RSS':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in opts.scenarios.split(","):
            args = SCENARIOS[name]
            run_once(args, Path(tmp) / name)  # warm-up: file cache, __pycache__
            results = [run_once(args, Path(tmp) / name) for _ in range(opts.runs)]
            walls = [r[0] for r in results]
            cpu = statistics.median(r[1] for r in results)
            rss = max(r[2] for r in results)
            print(
                f"{name:8} {statistics.median(walls):11.2f}s {min(walls):6.2f}s "
                f"{max(walls):6.2f}s {cpu:6.2f}s {rss:7.0f} MB"
            )


if __name__ == "__main__":
    main()
