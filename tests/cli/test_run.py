"""`generate.py` ends its process with `cli.run`: exit handlers run, output is flushed, the
exit code is the command's, and the interpreter is not torn down. Each case runs in a fresh
process, as a user's command does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.cli import exit_code

ROOT = Path(__file__).resolve().parents[2]


def generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "generate.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_is_printed_whole_and_exits_0() -> None:
    done = generate("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: python generate.py [OPTIONS]")  # as run, in ROOT
    assert done.stdout.rstrip().splitlines()[-1].split()[0] == "strings"  # the last command


def test_a_command_line_it_cannot_read_exits_2_with_clicks_message() -> None:
    done = generate("build", "--jobs", "many")
    assert done.returncode == 2
    assert "Invalid value for '-j' / '--jobs'" in done.stderr


def test_exit_handlers_run_and_output_is_flushed_before_the_process_ends() -> None:
    probe = (
        "import atexit, sys\n"
        "sys.argv = ['generate.py', '--version']\n"
        "atexit.register(lambda: sys.stdout.write('handler ran\\n'))\n"
        "from campaign.cli import run\n"
        "run()\n"
        "print('not reached')\n"
    )
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=buffered,  # stdout a pipe with a buffer, as when the output is redirected
    )
    assert done.returncode == 0
    assert done.stdout.splitlines() == [done.stdout.splitlines()[0], "handler ran"]
    assert "version" in done.stdout.splitlines()[0]


def test_the_program_runs_the_collector_at_the_batch_thresholds() -> None:
    """`run` sets garbage.BATCH_GC before the command (a fresh process starts at Python's
    700, 10, 10): `check` spent a tenth of its time in the collector at those."""
    probe = (
        "import atexit, gc, sys\n"
        "sys.argv = ['generate.py', '--version']\n"
        "print(gc.get_threshold())\n"
        "atexit.register(lambda: print(gc.get_threshold()))\n"
        "from campaign.cli import run\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "(700, 10, 10)"
    assert lines[-1] == "(10000, 20, 20)"


@pytest.mark.parametrize(
    ("code", "expected", "said"),
    [
        (None, 0, ""),
        (0, 0, ""),
        (1, 1, ""),
        (130, 130, ""),
        (256 + 3, 3, ""),
        ("no kit", 1, "no kit\n"),
    ],
)
def test_exit_codes_are_pythons(
    code: object, expected: int, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert exit_code(code) == expected
    assert capsys.readouterr().err == said


def test_a_reader_that_goes_away_ends_the_command_as_sigpipe_would(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`strings import FILE | head -1`: the import is written, then its layout report meets
    a closed pipe. The command stops with 141 (128 + SIGPIPE) and no "internal error" (it
    said there was a bug to report)."""
    root = kit_copy()
    po = tmp_path / "fr.po"
    assert generate("strings", "export", "--lang", "fr", "-o", str(po), "--kit", str(root))
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "generate.py"), "strings", "import", str(po)]
        + ["--kit", str(root)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith(str(root).encode())  # "... left as it was: ..."
    proc.stdout.close()  # `head -1` is done
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 141, err
    assert b"internal error" not in err
