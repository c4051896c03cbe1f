"""Every command that prints diagnostics ends them with their count, one error too: a `check`
that failed on one `layout.uncovered` (art that leaves bare paper) or one `ref.colour` (a
colour the kit does not have) ended without the "N error(s)" line that two errors, or one
warning, end with (a user's trial)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from campaign.cli import main

from ..kits import ROOT, check, cli, mini_copy, replace_in

UNCOVERED = (
    "materials/layouts/poster-a3.yaml:31:5: error[layout.uncovered]: poster-a3: the art covers "
    "84.0 % of the page; 16.0 % is bare paper: the band 420-500 mm from the top has no ground\n"
    "  hint: make a filled slot cover the trim, e.g. slot 'ground' with frame {start: 0, end: "
    "0, top: 0, bottom: 0}, which follows any trim\n"
    "  hint: if the paper is meant to show, say so with 'ground: paper' in the layout\n"
)
NAVYY = (
    "materials/layouts/boxes.yaml:11:36: error[ref.colour]: unknown colour 'navyy'\n"
    "  hint: did you mean 'navy'?\n"
)


def test_one_uncovered_page_is_counted(kit_copy: Callable[..., Path]) -> None:
    """The trial: the A3 poster's trim made longer than its ground."""
    kit = kit_copy()
    replace_in(kit / "materials/layouts/poster-a3.yaml", "trim: [297, 420]", "trim: [297, 500]")
    assert check(kit, "--only", "poster-a3", "--lang", "en") == (1, UNCOVERED + "1 error(s)\n")


def test_one_unknown_colour_is_counted(kit_copy: Callable[..., Path]) -> None:
    """The trial's other case: a slot named a colour campaign.yaml does not have."""
    kit = kit_copy()
    layout = kit / "materials/layouts/poster-a3.yaml"
    replace_in(
        layout,
        "{name: fact-band, kind: shape, fill: light,",
        "{name: fact-band, kind: shape, fill: lihgt,",
    )
    lines = layout.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "fill: lihgt" in text)
    col = lines[line - 1].index("lihgt") + 1
    assert check(kit, "--only", "poster-a3", "--lang", "en") == (
        1,
        f"materials/layouts/poster-a3.yaml:{line}:{col}: error[ref.colour]: unknown colour "
        "'lihgt'\n"
        "  hint: did you mean 'light'?\n"
        "1 error(s)\n",
    )


def test_each_count_says_errors_and_warnings(tmp_path: Path) -> None:
    """One error, two, and one beside a warning (`--strict` not given): the last line counts
    what was printed."""
    kit = mini_copy(tmp_path / "kit", {"layouts/boxes.yaml": ("fill: navy", "fill: navyy")})
    assert check(kit) == (1, NAVYY + "1 error(s)\n")
    replace_in(kit / "materials/layouts/boxes.yaml", "fill: red", "fill: navyy")
    code, out = check(kit)
    assert code == 1
    assert out.endswith("  hint: did you mean 'navy'?\n2 error(s)\n"), out
    assert out.count("error[ref.colour]") == 2


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["check", "--json"],
        ["build", "-o", "OUT"],
        ["build", "-o", "OUT", "-q"],
        ["merge", "event-flyer", "DATA", "-o", "OUT"],
        ["sheet", "--from", "OUT", "--material", "boxes"],
        ["package", "--from", "OUT"],
    ],
    ids=lambda c: " ".join(c),
)
def test_every_command_counts_one_error(tmp_path: Path, command: list[str]) -> None:
    """A kit with one error stops every command that reads it with the error and its count
    (`--json`: the count is the report's summary)."""
    kit = mini_copy(tmp_path / "kit", {"layouts/boxes.yaml": ("fill: navy", "fill: navyy")})
    (tmp_path / "events.csv").write_text("event_id,language\nwalk,en\n", encoding="utf-8")
    given = {"OUT": str(tmp_path / "out"), "DATA": str(tmp_path / "events.csv")}
    args = [given.get(a, a) for a in command]
    code, out = cli(*args[:1], "--kit", kit, *args[1:])
    assert code == 1
    if "--json" in command:
        assert '"summary": "1 error(s)",' in out
        return
    assert out == f"{kit}/" + NAVYY + "1 error(s)\n"


UNKNOWN_NAVYY = {
    "severity": "error",
    "code": "ref.colour",
    "message": "unknown colour 'navyy'",
    "file": "kit/materials/layouts/boxes.yaml",
    "line": 11,
    "column": 36,
    "hints": ["did you mean 'navy'?"],
    "subject": {},
}
SPARE = {
    "severity": "warning",
    "code": "strings.unused",
    "message": "string 'spare' is not in en.yaml and is never used",
    "file": "kit/materials/strings/ar.yaml",
    "line": 6,
    "column": 3,
    "hints": [],
    "subject": {},
}


@pytest.mark.parametrize(
    "command",
    [["check"], ["build", "-o", "out"], ["merge", "event-flyer", "events.csv", "-o", "out"]],
    ids=lambda c: c[0],
)
@pytest.mark.parametrize(
    ("spare", "count"),
    [("", "1 error(s)"), ("\n  spare: x", "1 error(s), 1 warning(s)")],
    ids=["an error", "an error and a warning"],
)
def test_a_json_failure_s_summary_is_the_text_s_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], spare: str, count: str
) -> None:
    """Every command with --json that the kit stops reports the count the text ends with as
    its summary: it said "1 error(s), 0 warning(s)" where the text leaves a zero count out."""
    monkeypatch.chdir(tmp_path)
    mini_copy(
        tmp_path / "kit",
        {
            "layouts/boxes.yaml": ("fill: navy", "fill: navyy"),
            "strings/ar.yaml": ("word: قلب", f"word: قلب{spare}"),
        },
    )
    (tmp_path / "events.csv").write_text("event_id,language\nwalk,en\n", encoding="utf-8")
    code, text = cli(*command[:1], "--kit", "kit", *command[1:])
    assert (code, text.splitlines()[-1]) == (1, count), text
    result = CliRunner().invoke(main, [*command[:1], "--kit", "kit", *command[1:], "--json"])
    doc = {
        "command": command[0],
        "ok": False,
        "summary": count,
        "counts": dict(made=0, kept=0, failed=0, errors=1, warnings=int(bool(spare)), notes=0),
        "jobs": [],
        "removed": [],
        "diagnostics": [SPARE, UNKNOWN_NAVYY] if spare else [UNKNOWN_NAVYY],
        "notes": [],
    }
    if command[0] == "check":
        del doc["jobs"], doc["removed"]
    assert (result.exit_code, json.loads(result.stdout)) == (1, doc)


def test_the_preview_counts_the_kit_s_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview serves a kit with errors (the page shows them) and printed them without
    a count: it went round `show`."""
    from campaign.serve.server import Preview

    def stopped(self: Preview, watch: bool = True) -> None:
        self.httpd.server_close()
        raise KeyboardInterrupt

    monkeypatch.setattr(Preview, "serve", stopped)
    kit = mini_copy(tmp_path / "kit", {"layouts/boxes.yaml": ("fill: navy", "fill: navyy")})
    code, out = cli("preview", "--kit", kit)
    assert code == 0
    lines = out.splitlines()
    assert "\n".join(lines[:3]) + "\n" == f"{kit}/" + NAVYY + "1 error(s)\n"
    # boxes.yaml's 2 materials wait for its mend (their cards show its errors); the mini
    # kit's other 8 documents are drawn
    assert lines[3].startswith(
        "preview of 10 documents (2 wait for their layout file's mend) at http://127.0.0.1:"
    ), lines[3]
    assert lines[4:] == ["preview stopped"]


def test_a_build_whose_jobs_failed_ends_with_its_count(tmp_path: Path) -> None:
    """A job that failed (Arabic's word with NKo 'ߒ', which no font has) fails the build, and
    its output ends with the count as every failed command's does: the count came before the
    notes and the summary, which are still printed, above it. The notes are diagnostics
    before the errors, as on every command, counted (--quiet leaves them out, as it did)."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("word: قلب", "word: قلب ߒ")})
    out = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--jobs", "1", "--png-ppi", "30")
    assert code == 1
    lines = text.splitlines()
    # the notes are diagnostics: counted; no strings.draft note: Arabic's documents made
    # (boxes, hearts, marks) print no text of ar.yaml, and the two that do failed
    assert lines[-1] == "3 error(s), 1 note(s)", text
    assert "strings.draft" not in text, text
    assert lines[-2].startswith("built 8 print PDF(s), 8 digital PDF(s) and 8 PNG(s) in "), text
    assert lines[-2].endswith(
        f"; 6 job(s) failed: badge [ar], text [ar]; manifest: {out}/manifest.json"
    ), text
    # the notes first, then the errors (cli.report.show), then the summary and the count
    hint = "  hint: its errors are listed above: mend them, then build again"
    assert lines[-4].startswith("error[build.job-failed]: text [ar]: not published: "), text
    assert lines[-3] == hint, text
    assert lines[-6].startswith("error[build.job-failed]: badge [ar]: not published: "), text
    assert lines[-5] == hint, text
    assert "error[text.no-glyph]" in lines[-8], text  # its hint is lines[-7]
    assert lines[-9].startswith(  # at the badge's own `badge:` (it names no press file)
        f"{kit / 'materials/layouts/badge.yaml'}:7:1: note[layout.press-unverified]: the press "
        "of 'badge' (16 mm face, 20 mm cut circle)"
    ), text
    code, text = cli("build", "--kit", kit, "-o", out, "--jobs", "1", "--force", "-q")
    assert code == 1
    assert text.splitlines()[-3:] == [
        "error[build.job-failed]: text [ar]: not published: print_pdf, digital_pdf, "
        "preview_png; the previous files of these jobs are unchanged",
        hint,
        "3 error(s)",
    ]


def test_a_build_that_succeeds_ends_with_its_summary(tmp_path: Path) -> None:
    """Without a failed job the count follows the warnings, and the summary ends the output."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("word: قلب", "word: قلب\n  spare: x")})
    out = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "text", "--png-ppi", "30")
    assert code == 0, text
    lines = text.splitlines()
    assert lines[-1].startswith("built 2 print PDF(s), 2 digital PDF(s) and 2 PNG(s) in "), text
    assert lines[-2] == "1 warning(s), 1 note(s)", text
    # the note before the warning, which ends the diagnostics beside their count
    assert "warning[strings.unused]" in lines[-3], text
    assert lines[-4].startswith(
        f"{kit / 'materials/strings/ar.yaml'}:3:1: note[strings.draft]: ar is a draft translation"
    ), text


def test_quiet_prints_problems_only_and_no_note(tmp_path: Path) -> None:
    """`--quiet` is "problems only": a trial's `build -q` still printed the layout's notes
    (text.short-variant) and the kit's (strings.draft). The notes, and their count, are left
    out of build's and package's report; the warning (strings.unused) stays, counted alone."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("word: قلب", "word: قلب\n  spare: x")})
    out = tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "text", "--png-ppi", "30")
    code, loud = cli("build", *args)
    assert code == 0, loud
    assert "note[strings.draft]" in loud, loud
    assert "1 warning(s), 1 note(s)\n" in loud, loud
    code, text = cli("build", *args, "--force", "-q")
    assert code == 0, text
    assert text.startswith(f"{kit / 'materials/strings/ar.yaml'}:6:3: warning[strings.unused]")
    assert text.endswith("\n1 warning(s)\n"), text
    assert "note" not in text, text
    # the layout's notes: the stock kit's Arabic flyer prints short variants
    flyer = ("--lang", "ar", "--only", "flyer-a5", "--no-png", "--no-digital", "-o", tmp_path / "f")
    code, loud = cli("build", "--kit", ROOT, *flyer)
    assert code == 0, loud
    assert "note[text.short-variant]" in loud, loud
    code, text = cli("build", "--kit", ROOT, *flyer, "--force", "-q")
    assert code == 0, text
    assert "note" not in text, text
    code, loud = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p")
    assert code == 0, loud
    assert "note[package.no-contact]" in loud, loud
    code, text = cli("package", "--kit", kit, "--from", out, "-o", tmp_path / "p", "-q")
    assert code == 0, text
    assert "note" not in text, text
