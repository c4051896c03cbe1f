"""`-q/--quiet` is "problems only" when a command fails too: `check -q` printed the layout's
`text.short-variant` notes beside an error, and none without one (a Tbilisi office's trial).
The notes came back through the report of a failure (cli.report.reporting), which knew no
--quiet; `build`, `merge`, `sheet` and `package` report their failures through it too."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from campaign.cli.report import reporting
from campaign.diagnostics import Diagnostic, DiagnosticsError, Severity

from ..kits import ROOT, cli, mini_copy

# en's word is too long for the text layout's box: its short variant prints (a note); ar's
# too, with no short variant (an error)
EDITS = {
    "strings/en.yaml": ("word: Heart", "word: {text: " + "blue heart " * 12 + ", short: Heart}"),
    "strings/ar.yaml": ("word: قلب", "word: " + "قلب " * 40),
}
OVERFLOW = (
    "{kit}/materials/strings/ar.yaml:5:3: error[text.overflow]: text [ar] 'word': text does "
    "not fit slot 'word' even at 6 pt: 41.1 mm (11 line(s)) too tall\n"
    "  hint: shorten the text or give it a 'short:' variant, or enlarge the slot "
    "(text.yaml:12) or lower the style's min_size\n"
)
SHORT = "note[text.short-variant]: text [en] slot 'word' 'word': 'word' prints its short variant"


def test_check_quiet_leaves_out_the_notes_beside_an_error(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", EDITS)
    args = ("check", "--kit", kit, "--only", "text")
    code, loud = cli(*args)
    assert code == 1
    assert f"{kit}/materials/layouts/text.yaml:12:72: {SHORT}" in loud, loud
    assert loud.endswith(OVERFLOW.format(kit=kit) + "1 error(s), 1 note(s)\n"), loud
    for flag in ("-q", "--quiet"):
        assert cli(*args, flag) == (1, OVERFLOW.format(kit=kit) + "1 error(s)\n")


def test_build_quiet_leaves_out_the_notes_of_a_build_that_publishes_nothing(
    tmp_path: Path,
) -> None:
    kit = mini_copy(tmp_path / "kit", EDITS)
    args = ("build", "--kit", kit, "--only", "text", "--no-png", "--all-or-nothing")
    code, loud = cli(*args, "-o", tmp_path / "loud")
    assert code == 1
    assert SHORT in loud, loud
    code, text = cli(*args, "-o", tmp_path / "quiet", "-q")
    assert (code, text) == (
        1,
        OVERFLOW.format(kit=kit)
        + "error[build.job-failed]: text [ar]: not published: print_pdf, digital_pdf; the "
        "previous files of these jobs are unchanged\n"
        "  hint: its errors are listed above: mend them, then build again\n"
        "error[build.not-published]: nothing was published; the previous output is unchanged\n"
        "  hint: fix the problems above, or build without --all-or-nothing to publish the rest\n"
        "3 error(s)\n",
    )


def test_merge_quiet_leaves_out_the_notes_of_a_merge_that_makes_nothing(tmp_path: Path) -> None:
    """Its one row refused (a language no kit has), beside the note that the sheet writes its
    dates month first."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue\na,xx,A,7/30/2027,18:30,Hall\n", "utf-8"
    )
    args = ("merge", "event-flyer-letter", data, "--kit", ROOT, "-o", tmp_path / "out")
    code, loud = cli(*args, "--no-png")
    assert code == 1
    assert f"{data}:2:4: note[merge.region]: the sheet writes its dates month first" in loud
    code, text = cli(*args, "--no-png", "-q")
    assert code == 1
    assert "note" not in text, text
    assert text.startswith(
        f"{data}:2:2: error[merge.value]: row 2, column language (B): unknown language 'xx'\n"
    ), text
    assert text.endswith("\n1 error(s)\n"), text


@pytest.mark.parametrize("quiet", [False, True])
def test_a_failure_reported_quietly_has_no_note(
    quiet: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report of a failure that `sheet` and `package` share with the others: the notes
    left out with `quiet`, and their count; the warnings and errors kept."""
    told = [
        Diagnostic("text.short-variant", "n", None, (), Severity.NOTE),
        Diagnostic("strings.unused", "w", None, (), Severity.WARNING),
        Diagnostic("ref.colour", "e", None, (), Severity.ERROR),
    ]
    with pytest.raises(click.exceptions.Exit) as failed, reporting(quiet=quiet):
        raise DiagnosticsError(told)
    assert failed.value.exit_code == 1
    err = capsys.readouterr().err
    assert err == (
        ("" if quiet else "note[text.short-variant]: n\n")
        + "warning[strings.unused]: w\nerror[ref.colour]: e\n"
        + ("1 error(s), 1 warning(s)\n" if quiet else "1 error(s), 1 warning(s), 1 note(s)\n")
    )
