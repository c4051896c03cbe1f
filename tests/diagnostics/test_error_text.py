"""The text of a DiagnosticsError (a traceback, a test's failure, an internal error's message)
counts its diagnostics in the words a command's output ends with: it said "2 errors" from two
errors on, and nothing of one error or of warnings."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from campaign.diagnostics import Diagnostic, DiagnosticsError, Severity

NAVYY = Diagnostic("ref.colour", "unknown colour 'navyy'", hints=("did you mean 'navy'?",))
LIHGT = Diagnostic("ref.colour", "unknown colour 'lihgt'")
UNUSED = Diagnostic("strings.unused", "'badje' is not a key of en", severity=Severity.WARNING)


def shown(diagnostics: list[Diagnostic]) -> str:
    """What `cli.report.show` prints of `diagnostics`, on standard error."""
    import click

    from campaign.cli.report import show

    @click.command()
    def command() -> None:
        show(diagnostics)

    return CliRunner().invoke(command, [], catch_exceptions=False).output


@pytest.mark.parametrize(
    ("diagnostics", "count"),
    [
        ([NAVYY], "1 error(s)"),
        ([NAVYY, LIHGT], "2 error(s)"),
        ([NAVYY, UNUSED], "1 error(s), 1 warning(s)"),
        ([UNUSED], "1 warning(s)"),
    ],
    ids=["one error", "two errors", "an error and a warning", "a warning"],
)
def test_the_error_counts_as_a_command_does(diagnostics: list[Diagnostic], count: str) -> None:
    body = "\n".join(d.render() for d in diagnostics)
    assert str(DiagnosticsError(diagnostics)) == f"{body}\n{count}"
    assert shown(diagnostics) == f"{body}\n{count}\n"


def test_the_error_counts_what_it_holds_now() -> None:
    """`cli.report.reporting` leaves warnings of other languages out of an error it reports:
    its text is of what it holds then, not of what it was raised with."""
    exc = DiagnosticsError([NAVYY, UNUSED])
    exc.diagnostics = [NAVYY]
    assert str(exc) == (
        "error[ref.colour]: unknown colour 'navyy'\n  hint: did you mean 'navy'?\n1 error(s)"
    )
