"""Count the machine instructions one merge record costs, for comparisons that timing on a
shared machine cannot make.

    python bench/instructions.py                      # this tree
    python bench/instructions.py --tree ../other      # this tree and another, side by side
    python bench/instructions.py --records 5,45 --objects 10
    python bench/instructions.py --pdf18              # the 18 print PDFs, whole command

Wall and CPU times of the same command on the machines this project is measured on move by
20 to 40 % from run to run (bench/README.md), so a change worth 3 % cannot be seen in them.
Instructions executed are nearly the same from run to run (0.01 % here). This runs
`merge event-flyer-a5` of two generated CSVs (5 and 45 records by default; print PDFs only,
one process: `--jobs 1`) under Valgrind's callgrind tool and prints the difference divided by
the difference in records: the instructions of one record, with the start-up, the kit's
loading and the first record's warm-up taken out. It also splits them by the shared object
that executed them (libpython, libpdfium, libqpdf, libz...).

Instructions are not time: callgrind runs the program about 40 times slower, on a virtual
CPU without some of the real one's extensions (OpenSSL's SHA-256 and zlib then take their
portable paths, so hashing and compression count for more than they cost), and memory and
cache effects are not counted. Use it to compare two trees on the same work, not to predict
seconds. With `--pdf18` it counts the whole command that makes the 18 print PDFs of
bench/run.py's pdf18 in one process (`--jobs 1`: start-up, the kit, 21 pages), after a
warm-up. Needs `valgrind` (Debian: `apt install valgrind`) and `callgrind_annotate`'s file
format; a tree takes about four minutes (a warm-up run, then 5 and 45 records).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import events_csv  # noqa: E402  (bench/ is not a package)

ROOT = Path(__file__).resolve().parents[1]
NAMED = re.compile(r"\((\d+)\)(?: (.*))?")


def objects(profile: Path) -> Counter[str]:
    """The instructions each shared object executed itself (callgrind's `Ir` of its functions'
    own lines, calls to other objects not included), from a callgrind output file. The file
    names an object once as `ob=(n) path` and refers to it as `ob=(n)` afterwards; the cost
    lines after a `calls=` line are the call's inclusive cost and are skipped."""
    names: dict[str, str] = {}
    totals: Counter[str] = Counter()
    current = "?"
    after_call = False
    with profile.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(("ob=", "cob=")):
                key, _, rest = line.partition("=")
                m = NAMED.match(rest.strip())
                if m:
                    if m.group(2):
                        names[m.group(1)] = m.group(2)
                    name = names.get(m.group(1), "?")
                else:
                    name = rest.strip()
                if key == "ob":
                    current = name
            elif line.startswith("calls="):
                after_call = True
            elif line[:1].isdigit() or line[:1] in "+-*":
                if after_call:
                    after_call = False
                    continue
                parts = line.split()
                if len(parts) >= 2:
                    totals[current] += int(parts[1])
    return totals


MERGE = ["merge", "event-flyer-a5", "{data}", "--no-png", "--no-digital"]
PDF18 = ["build", "--lang", "en,fr,es,ru,ar,zh", "--only", "poster-a3,flyer-a5,badge-58"]
PDF18 += ["--no-digital", "--no-png"]


def count(tree: Path, args: list[str], work: Path) -> Counter[str]:
    """Instructions by shared object of `generate.py ARGS --force --jobs 1` with the code
    of `tree`, into a folder of `work`."""
    out, profile = work / "out", work / "callgrind.out"
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(tree / "src"))
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={profile}", sys.executable]
    cmd += [str(tree / "generate.py"), *args, "--force", "--jobs", "1", "-q", "-o", str(out)]
    subprocess.run(cmd, cwd=tree, env=env, check=True, capture_output=True)
    return objects(profile)


def show(tree: Path, costs: dict[str, float], what: str, objects_shown: int) -> float:
    total = sum(costs.values())
    print(f"{tree}: {total / 1e6:.1f} M instructions {what}")
    for name, n in sorted(costs.items(), key=lambda kv: -kv[1])[:objects_shown]:
        print(f"  {n / 1e6:7.2f} M  {n / total:5.1%}  {Path(name).name}")
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", action="append", type=Path, default=[], help="another checkout")
    ap.add_argument("--records", default="5,45", help="the two record counts (default 5,45)")
    ap.add_argument("--objects", type=int, default=8, help="shared objects listed per tree")
    ap.add_argument("--pdf18", action="store_true", help="the 18 print PDFs, whole command")
    opts = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt install valgrind)")
    low, high = (int(n) for n in opts.records.split(","))
    trees = [ROOT, *(t.resolve() for t in opts.tree)]
    totals: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        small, large = events_csv(work / "small.csv", low), events_csv(work / "large.csv", high)
        for tree in trees:
            if opts.pdf18:
                count(tree, PDF18, work)  # warm-up: the user's cache (parsed fonts, code)
                costs = {k: float(v) for k, v in count(tree, PDF18, work).items()}
                totals.append(show(tree, costs, "for the 18 print PDFs", opts.objects))
                continue
            merge = [[a.format(data=data) for a in MERGE] for data in (small, large)]
            count(tree, merge[0], work)  # warm-up: the user's cache (parsed fonts, code)
            a, b = count(tree, merge[0], work), count(tree, merge[1], work)
            diff = {k: (b[k] - a[k]) / (high - low) for k in set(a) | set(b)}
            totals.append(show(tree, diff, "a record", opts.objects))
    for tree, n in zip(trees[1:], totals[1:], strict=True):
        print(f"{tree.name} / {ROOT.name}: {n / totals[0]:.3f}")


if __name__ == "__main__":
    main()
