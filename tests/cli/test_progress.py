"""Progress: plain lines on standard error when it is not a terminal (a log, CI), at most one
per interval and one at the end, with the failures so far; nothing with --quiet or --json."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.cli.report import Progress
from campaign.pipeline.events import Done, Failed, Planned, Skipped, Started
from campaign.pipeline.jobs import JobKey, JobResult

from ..kits import cli, mini_copy


def test_plain_lines_when_not_a_terminal(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    code, text = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "text")
    assert code == 0, text
    assert "progress: 6 job(s) planned\n" in text
    assert "progress: 6/6 jobs (100%), 0 failed, " in text
    assert "\r" not in text  # no bar


@pytest.mark.parametrize("flag", ["--quiet", "--json"])
def test_no_progress_when_quiet_or_json(tmp_path: Path, flag: str) -> None:
    kit = mini_copy(tmp_path / "kit")
    code, text = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "text", flag)
    assert code == 0, text
    assert "progress:" not in text
    if flag == "--quiet":
        assert "built" not in text  # no summary either


def test_lines_are_throttled_and_count_failures_and_skips(
    capsys: pytest.CaptureFixture[str],
) -> None:
    keys = [JobKey("poster", "en", r) for r in ("print_pdf", "digital_pdf", "preview_png")]
    shown = Progress(plain=True, every=3600)
    shown(Planned(tuple(keys)))
    shown(Skipped(JobResult(keys[0], "skipped")))
    shown(Started(keys[1]))
    shown(Failed(JobResult(keys[1], "failed")))
    shown(Started(keys[2]))
    shown(Done(JobResult(keys[2], "done")))
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "progress: 3 job(s) planned"
    assert len(lines) == 2  # within the interval: the last job's line only
    assert lines[1].startswith("progress: 3/3 jobs (100%), 1 skipped, 1 failed")


def test_a_terminal_gets_a_bar_with_counts_and_failures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """On a terminal, a tqdm bar (imported when the bar starts, not with the command line):
    the jobs done of all, and the failures so far after the bar."""
    keys = [JobKey("poster", "en", r) for r in ("print_pdf", "digital_pdf", "preview_png")]
    shown = Progress()
    shown(Planned(tuple(keys)))
    assert shown.bar is not None
    assert shown.bar.total == 3
    shown(Started(keys[0]))
    shown(Failed(JobResult(keys[0], "failed")))
    shown(Started(keys[1]))
    shown(Done(JobResult(keys[1], "done")))
    assert shown.bar.n == 2
    shown.bar.refresh()
    text = capsys.readouterr().err
    assert "2/3" in text
    assert "1 failed" in text
    assert "progress:" not in text  # no plain lines beside the bar
    shown.close()


@pytest.mark.parametrize(
    ("tty", "columns", "mode"), [(True, 120, "bar"), (True, 0, "lines"), (False, 80, "lines")]
)
def test_a_terminal_without_a_width_gets_lines(
    monkeypatch: pytest.MonkeyPatch, tty: bool, columns: int, mode: str
) -> None:
    """A pseudo-terminal of 0 columns (`script -qc ...` under a CI runner): tqdm drew nothing
    there, and the build showed no progress at all."""
    import os
    import sys

    from campaign.cli.report import progress_mode

    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    monkeypatch.setattr(sys.stderr, "fileno", lambda: 2)
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((columns, 24)))
    assert progress_mode(json_report=False, quiet=False) == mode
    assert progress_mode(json_report=True, quiet=False) == "off"
