"""Every way a user asks for `--json` gets one JSON report on standard output, its `command`
named: `--json` before the command (`--json build`), after an unknown command (`bild
--json`), on a command that has no report (`schema --json`), or beside a bad value
(`build --jobs x --json`) is a `cli.usage` error with click's suggestion as a hint and
exit code 2, click's text on standard error as before; with `--debug`, an internal error
is the report's `build.internal` error, then the traceback. They printed click's text
alone (a CI job reading the report got an empty document), and the reports had no
`command`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from campaign.cli import main
from campaign.cli.report_schema import NAME

from ..kits import ROOT, mini_copy

SCHEMA = json.loads((ROOT / "schemas" / NAME).read_text(encoding="utf-8"))
COUNTS = {"made": 0, "kept": 0, "failed": 0, "errors": 1, "warnings": 0, "notes": 0}
UNREAD = "the command line could not be read"


def run(*args: str) -> tuple[int, dict[str, object], str]:
    """(exit code, the one JSON object on standard output, standard error); the object
    validates against schemas/report.schema.json."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False, prog_name="generate.py")
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    return result.exit_code, doc, result.stderr


def usage(message: str, *hints: str) -> list[dict[str, object]]:
    return [
        {
            "severity": "error",
            "code": "cli.usage",
            "message": message,
            "file": None,
            "line": None,
            "column": None,
            "hints": list(hints),
            "subject": {},
        }
    ]


def test_json_before_the_command_is_that_commands_report() -> None:
    code, doc, err = run("--json", "build")
    said = (
        "No such option '--json' before the command: a command's options go after it: "
        "python generate.py build --json"
    )
    assert (code, err.splitlines()[-1]) == (2, f"Error: {said}")
    assert doc == {
        "command": "build",
        "ok": False,
        "summary": UNREAD,
        "counts": COUNTS,
        "jobs": [],
        "removed": [],
        "diagnostics": usage(said, "the options: python generate.py build --help"),
        "notes": [],
    }
    # a subcommand's, after its group's name
    code, doc, _ = run("--json", "manifest", "merge", "x")
    assert (code, doc["command"], list(doc)[4]) == (2, "manifest merge", "manifest")


def test_an_unknown_command_with_json_is_a_usage_report_with_clicks_suggestion() -> None:
    code, doc, err = run("bild", "--json")
    assert (code, err.splitlines()[-1]) == (
        2,
        "Error: No such command 'bild'. Did you mean 'build'?",
    )
    assert doc == {
        "command": None,
        "ok": False,
        "summary": UNREAD,
        "counts": COUNTS,
        "diagnostics": usage(
            "No such command 'bild'.",
            "did you mean build?",
            "the commands: python generate.py --help",
        ),
    }
    # the first word that is no option is the command click looks for, not a later one
    # that names a command: as `bild --json` (it was build's report)
    assert run("bild", "build", "--json") == (code, doc, err)
    # a group's unknown command: the group named, its commands listed
    code, doc, _ = run("strings", "imprt", "x.po", "--json")
    assert (code, doc["command"]) == (2, "strings")
    assert doc["diagnostics"] == usage(
        "No such command 'imprt'.",
        "did you mean import?",
        "the commands: python generate.py strings --help",
    )
    # another tool's word for a command: ours named in the message
    code, doc, _ = run("serve", "--json")
    assert (code, doc["command"]) == (2, None)
    assert doc["diagnostics"] == usage(
        "No such command 'serve'. The command for that is 'preview': generate.py preview --help",
        "the commands: python generate.py --help",
    )


def test_a_command_without_a_report_given_json_says_so_in_json() -> None:
    code, doc, err = run("schema", "--json")
    assert (code, err.splitlines()[-1]) == (2, "Error: No such option '--json'.")
    assert doc == {
        "command": "schema",
        "ok": False,
        "summary": UNREAD,
        "counts": COUNTS,
        "diagnostics": usage(
            "No such option '--json'.", "the options: python generate.py schema --help"
        ),
    }
    code, doc, _ = run("strings", "export", "--json", "--lang", "ar")
    assert (code, doc["command"]) == (2, "strings export")


def test_a_bad_value_or_option_beside_json_has_clicks_suggestions_as_hints() -> None:
    code, doc, err = run("build", "--jobs", "x", "--json")
    said = "Invalid value for '-j' / '--jobs': 'x' is not a valid integer range."
    assert (code, err.splitlines()[-1]) == (2, f"Error: {said}")
    assert (doc["command"], doc["summary"]) == ("build", UNREAD)
    assert doc["diagnostics"] == usage(said, "the options: python generate.py build --help")
    code, doc, err = run("build", "--bogus", "--json")
    assert (
        err.splitlines()[-1]
        == "Error: No such option '--bogus'. (Did you mean one of: '--jobs', '--out'?)"
    )
    assert doc["diagnostics"] == usage(
        "No such option '--bogus'.",
        "did you mean --jobs or --out?",
        "the options: python generate.py build --help",
    )


def test_debug_with_json_prints_the_report_then_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report (its `build.internal` error) on standard output, then the error itself
    raised for its traceback, as --debug alone does (it printed no report)."""
    import campaign.pipeline.api

    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(campaign.pipeline.api, "build", broken)
    kit = mini_copy(tmp_path / "kit")
    args = ["--debug", "build", "--kit", str(kit), "--only", "badge", "--json"]
    result = CliRunner().invoke(main, args)
    assert isinstance(result.exception, RuntimeError)
    assert str(result.exception) == "boom"
    assert result.stderr == ""  # the traceback is Python's, as the error leaves `main`
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    said = "build stopped on an internal error (RuntimeError: boom)"
    assert (doc["command"], doc["summary"]) == ("build", "stopped on an internal error")
    assert [(d["code"], d["message"]) for d in doc["diagnostics"]] == [("build.internal", said)]
    # without --json: no report, the error raised as before
    result = CliRunner().invoke(main, args[:-1])
    assert (result.stdout, type(result.exception)) == ("", RuntimeError)


def test_json_as_an_options_value_asks_for_no_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--json` after an option that takes a value is that value, as click reads it (`--only
    --json`: a material named "--json"): a usage error, an internal error or Ctrl-C of such
    a line prints click's text or its line alone, standard output empty. They printed a
    JSON report."""
    for args, said in (
        (
            ["build", "--only", "--json", "--jsn"],
            "No such option '--jsn'. (Did you mean one of: '--jobs', '--json', '--png'?)",
        ),
        (["schema", "-o", "--json", "--nope"], "No such option '--nope'."),
    ):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr.splitlines()[-1] == f"Error: {said}"
    # given as an option, after a value: the report
    code, doc, _ = run("build", "--only", "badge", "--json", "--jsn")
    assert (code, doc["command"]) == (2, "build")
    import campaign.pipeline.api

    kit = mini_copy(tmp_path / "kit")
    monkeypatch.chdir(tmp_path)  # `-o --json`: a folder of that name, were one written
    for exc, status in ((RuntimeError("boom"), 70), (KeyboardInterrupt(), 130)):

        def stopped(*_: object, exc: BaseException = exc) -> None:
            raise exc

        monkeypatch.setattr(campaign.pipeline.api, "build", stopped)
        for value in (["--only", "--json"], ["--only", "badge", "-o", "--json"]):
            result = CliRunner().invoke(main, ["build", "--kit", str(kit), *value])
            assert (result.exit_code, result.stdout) == (status, ""), value
            assert result.stderr.startswith(("error[build.internal]: build", "interrupted"))
