"""Warnings and notes of one code, file and hint past the first ten are folded into one line
naming their lines (`cli.report.folded`): a CI engineer's trial merged 300 events whose
links did not fit the flyer's slot, and the log held 300 warnings of two lines each. Errors
are each shown; the count counts every one."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.cli.report import show
from campaign.diagnostics import Collector, Mark


def test_the_eleventh_warning_of_a_kind_is_folded_with_its_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "events.csv"
    errs = Collector()
    for row in [*range(2, 16), 20, 21, 30]:
        errs.warn("text.omitted", f"row {row}: left out", Mark(data, row, 7), "shorten it")
    errs.warn("text.omitted", "row 40: left out", Mark(data, 40, 7), "another hint")
    for row in range(2, 15):
        errs.error("merge.value", f"row {row}: bad", Mark(data, row, 4), "mend it")
    show(errs.items)
    lines = capsys.readouterr().err.splitlines()
    shown = [ln for ln in lines if "warning[text.omitted]" in ln and ln.startswith("events")]
    assert [ln.split(":")[1] for ln in shown] == [*map(str, range(2, 12)), "40"]
    assert lines[lines.index(shown[9]) + 2] == (
        "... and 7 more warning[text.omitted] of events.csv with the same hint, at lines "
        "12-15, 20-21, 30 (each: --json)"
    )  # after the tenth's hint, before the one of another hint
    assert sum("error[merge.value]" in ln for ln in lines) == 13  # every error shown
    assert lines[-1] == "13 error(s), 18 warning(s)"


def test_warnings_without_a_hint_are_not_said_to_share_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Warnings of one code and file without hints fold too, their problems differing: the
    line said "with the same hint" of warnings that had none (a review)."""
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "events.csv"
    errs = Collector()
    for row in range(2, 14):
        errs.warn("merge.past", f"row {row}: event {row} is past", Mark(data, row, 4))
    show(errs.items)
    lines = capsys.readouterr().err.splitlines()
    assert lines[-2:] == [
        "... and 2 more warning[merge.past] of events.csv, at lines 12-13 (each: --json)",
        "12 warning(s)",
    ]
