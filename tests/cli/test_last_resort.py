"""The last-resort handler: an unexpected error in any command is one line and exit code 70,
the traceback only with --debug; Ctrl-C is exit code 130; a diagnostic a command did not
report itself is printed with exit code 1 (docs/errors.md, "Exit codes")."""

from __future__ import annotations

import signal

import pytest
from click.testing import CliRunner

from campaign.cli import main
from campaign.diagnostics import failure
from campaign.pipeline import checking
from campaign.publishing import Interrupted


def run(monkeypatch: pytest.MonkeyPatch, error: BaseException, *args: str) -> tuple[int, str]:
    def boom(*_: object, **__: object) -> None:
        raise error

    monkeypatch.setattr(checking, "cached_kit", boom)  # what `check` calls first
    result = CliRunner().invoke(main, [*args, "check", "--lang", "en"])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_an_internal_error_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(monkeypatch, RuntimeError("odd state"))
    assert code == 70
    assert out.splitlines() == [
        "error[build.internal]: check stopped on an internal error (RuntimeError: odd state)",
        "  hint: this is a bug in the kit's code, not in your files: run the command again "
        "with --debug after generate.py for the traceback, and report it",
    ]
    assert "Traceback" not in out


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(RuntimeError, match="odd state"):
        run(monkeypatch, RuntimeError("odd state"), "--debug")


def test_ctrl_c_is_130(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(monkeypatch, KeyboardInterrupt())
    assert code == 130, out
    assert out.strip() == "interrupted; nothing was published; the previous output is unchanged"


def test_sigterm_is_143(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(monkeypatch, Interrupted(signal.SIGTERM))
    assert code == 143, out
    assert out.strip() == "terminated; nothing was published; the previous output is unchanged"


def test_a_signal_held_while_publishing_says_the_output_is_new(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out = run(monkeypatch, Interrupted(signal.SIGINT, published=True))
    assert code == 130, out
    assert out.strip() == "interrupted after publishing: the new output is complete"


def test_an_unreported_diagnostic_is_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(monkeypatch, failure("load.no-kit", "not a kit"))
    assert code == 1, out
    assert "error[load.no-kit]: not a kit" in out
