"""A real build of the mini kit, stopped from outside: Ctrl-C and SIGTERM while it draws
(one line, exit 130 or 143, the previous output unchanged, no worker left), SIGKILL at random
moments while it publishes (the next command finds the old output or the new one, byte for
byte, with a manifest that matches), and a second build into the same folder meanwhile."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from campaign.output import MANIFEST, Staging
from campaign.publishing import JOURNAL, recover

from ..kits import NOT_PUBLISHED, ROOT, build, cli, mini_copy, output_tree

SLOW = Path(__file__).with_name("slow_build.py")


def matches_manifest(out: Path) -> None:
    doc = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    listed = {e["path"]: e["sha256"] for e in doc["files"]}
    files = output_tree(out)
    assert set(files) == {*listed, MANIFEST, "index.html"}
    assert all(files[p] == sha for p, sha in listed.items())


def start(kit: Path, out: Path, *args: str, **slow: float) -> subprocess.Popen[str]:
    """The slowed build in its own process group (as a terminal runs a command)."""
    env = {**os.environ, **{k.upper(): str(v) for k, v in slow.items()}}
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    command = [sys.executable, str(SLOW), "build", "--kit", str(kit), "-o", str(out), "-q"]
    return subprocess.Popen(
        [*command, *args],
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < end, f"{path} never appeared"
        time.sleep(0.005)


def gone(group: int) -> bool:
    """No process of the group is left (the build's workers were stopped)."""
    for _ in range(200):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def workers(pid: int) -> list[int]:
    """The build's worker processes (Linux: /proc)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if not children.exists():
        pytest.skip("needs /proc to find the worker processes")
    return [int(p) for p in children.read_text().split()]


def ignored(pids: list[int]) -> list[set[int]]:
    """The signals among SIGINT and SIGTERM each process ignores (/proc/PID/status SigIgn)."""
    out = []
    for pid in pids:
        status = Path(f"/proc/{pid}/status").read_text()
        mask = int(next(ln.split()[1] for ln in status.splitlines() if ln.startswith("SigIgn")), 16)
        out.append({s for s in (signal.SIGINT, signal.SIGTERM) if mask & (1 << (s - 1))})
    return out


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """The mini kit built into out/, then edited (a string, one layout fewer): the kit, the
    output folder and its files."""
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": ("word: Heart", "word: Hearts")})
    out = build(kit, tmp_path / "out", "--jobs", "1")
    (kit / "materials/layouts/marks.yaml").unlink()
    return kit, out, output_tree(out)


@pytest.mark.parametrize(
    ("sig", "jobs", "group", "code", "said"),
    [
        (signal.SIGINT, "2", True, 130, "interrupted"),  # Ctrl-C: to the whole group
        (signal.SIGINT, "1", True, 130, "interrupted"),
        (signal.SIGTERM, "2", True, 143, "terminated"),  # systemd stop: the group
        (signal.SIGTERM, "2", False, 143, "terminated"),  # docker stop, timeout: the parent
    ],
)
def test_a_signal_while_drawing_publishes_nothing(
    built: tuple[Path, Path, dict[str, str]],
    sig: signal.Signals,
    jobs: str,
    group: bool,
    code: int,
    said: str,
) -> None:
    kit, out, before = built
    build_ = start(kit, out, "--force", "--jobs", jobs, slow_write=0.5)  # 15 s of writes
    wait_for(out / f".staging-{build_.pid}", build_)
    time.sleep(0.3)  # the workers started
    if jobs != "1":
        assert ignored(workers(build_.pid)) == [{signal.SIGINT, signal.SIGTERM}] * int(jobs)
    (os.killpg if group else os.kill)(build_.pid, sig)
    begin = time.monotonic()
    stdout, stderr = build_.communicate(timeout=60)
    assert time.monotonic() - begin < 3  # the workers were stopped, not waited for
    assert build_.returncode == code, stderr
    assert stderr == f"{said}; {NOT_PUBLISHED}\n"  # one line: no worker's traceback
    assert stdout == ""
    assert gone(build_.pid)
    assert output_tree(out) == before


def restore(out: Path, copy: Path) -> None:
    shutil.rmtree(out)
    shutil.copytree(copy, out)


def publishing_time(kit: Path, out: Path, old: Path) -> float:
    """How long the slowed build publishes on this machine (from the journal to its end)."""
    restore(out, old)
    timed = start(kit, out, "--force", "--jobs", "1", slow_replace=0.02)
    wait_for(out / JOURNAL, timed)
    begin = time.monotonic()
    timed.communicate(timeout=60)
    assert timed.returncode == 0
    return time.monotonic() - begin


def test_a_kill_at_random_moments_of_publishing_leaves_the_old_or_the_new_output(
    built: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    kit, out, old = built
    shutil.copytree(out, tmp_path / "old")
    build(kit, out, "--force", "--jobs", "1")
    new = output_tree(out)
    assert new != old
    assert "marks/marks-en.pdf" in old
    assert "marks/marks-en.pdf" not in new  # removed: its layout left the kit
    rng, trials = random.Random(14), 6
    window = publishing_time(kit, out, tmp_path / "old")  # about 60 moves of 0.02 s
    outcomes = []
    for i in range(trials):
        restore(out, tmp_path / "old")
        killed = start(kit, out, "--force", "--jobs", "1", slow_replace=0.02)
        wait_for(out / JOURNAL, killed)  # publishing has begun
        time.sleep((i + rng.random()) * window / (trials - 1))  # the last one: mostly after
        os.killpg(killed.pid, signal.SIGKILL)
        killed.communicate(timeout=60)
        recover(out)  # what the next build, package or manifest merge does first
        with Staging(out):  # what the next build does next: sweep, lock file deleted
            pass
        result = output_tree(out)
        assert result in (old, new), f"trial {i}"
        matches_manifest(out)
        outcomes.append("old" if result == old else "new")
    assert outcomes[0] == "old", outcomes  # the first kill came early: rolled back
    build(kit, out, "--jobs", "1")  # and the folder builds on
    assert output_tree(out) == new


def test_a_second_build_into_the_same_folder_is_refused(
    built: tuple[Path, Path, dict[str, str]],
) -> None:
    kit, out, before = built
    first = start(kit, out, "--force", "--jobs", "1", slow_write=0.3)
    try:
        wait_for(out / f".staging-{first.pid}", first)
        code, text = cli("build", "--kit", kit, "-o", out, "--force")  # progress on: no plan
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.communicate(timeout=60)
    assert code == 1
    assert text == (
        f"error[build.output]: another build is writing to {out}/ (pid {first.pid}); wait for "
        "it or use another -o\n"
        "  hint: wait until it ends (the pid above), then run the command again\n"
        "1 error(s)\n"
    )
    assert list(out.glob(".staging-*")) == [out / f".staging-{first.pid}"]  # only the first's


def test_a_signal_to_a_json_build_is_its_json_report(
    built: tuple[Path, Path, dict[str, str]],
) -> None:
    """SIGTERM (a CI job's timeout) to `build --json` while it draws: standard output is its
    report, of a build's keys, `ok` false and one `cli.interrupted` error (it was empty: a CI
    job reading the report had no document), with exit code 143 and the line on standard
    error as before; nothing published."""
    kit, out, before = built
    build_ = start(kit, out, "--force", "--jobs", "1", "--json", slow_write=0.5)
    wait_for(out / f".staging-{build_.pid}", build_)
    os.kill(build_.pid, signal.SIGTERM)
    stdout, stderr = build_.communicate(timeout=60)
    said = f"terminated; {NOT_PUBLISHED}"
    assert (build_.returncode, stderr) == (143, f"{said}\n")
    doc = json.loads(stdout)
    schema = json.loads((ROOT / "schemas/report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator({**schema, "$ref": "#/$defs/build"}).validate(doc)
    assert doc == {
        "command": "build",
        "ok": False,
        "summary": said,
        "counts": {"made": 0, "kept": 0, "failed": 0, "errors": 1, "warnings": 0, "notes": 0},
        "jobs": [],
        "removed": [],
        "diagnostics": [
            {
                "severity": "error",
                "code": "cli.interrupted",
                "message": said,
                "file": None,
                "line": None,
                "column": None,
                "hints": [
                    "it was stopped from outside (Ctrl-C, or SIGTERM: a timeout, a CI cancel): "
                    "run it again"
                ],
                "subject": {},
            }
        ],
        "notes": [],
    }
    assert output_tree(out) == before
