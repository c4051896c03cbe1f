"""An option that takes one value, given twice, is a usage error naming it and its values:
click kept the last value without a word (`sheet --material flyer-a5 --material badge-58`
made badge sheets alone; a trial, after the list options were made repeatable)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from campaign.cli import given_twice, main

from ..kits import cli


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ("sheet", "--material", "flyer-a5", "--material", "badge-58"),
            "--material was given 2 times (flyer-a5, badge-58)",
        ),
        (("build", "-o", "a", "--out=b", "--png-ppi", "20"), "--out was given 2 times (a, b)"),
        (("build", "-oa", "--out", "b"), "--out was given 2 times (a, b)"),
        (
            ("manifest", "merge", "x", "-o", "a", "-o", "b"),
            "--out was given 2 times (a, b)",
        ),
        (
            ("strings", "export", "--lang", "fr", "--lang", "de"),
            "--lang was given 2 times (fr, de)",
        ),
    ],
)
def test_an_option_of_one_value_given_twice_is_refused(
    args: tuple[str, ...], error: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a command that wrongly runs writes there (strings export)
    code, text = cli(*args)
    command = " ".join(args[: 2 if args[0] in ("manifest", "strings") else 1])
    assert code == 2
    assert text.splitlines() == [
        f"Usage: main {command} [OPTIONS]" + (" SHARDS..." if "merge" in command else ""),
        f"Try 'main {command} --help' for help.",  # the runner's program name
        "",
        f"Error: {error}; it takes one value: give it once",
    ]


def test_what_is_no_second_value_is_left_alone() -> None:
    build = main.commands["build"]
    assert isinstance(build, click.Command)
    # a flag twice, a list option twice, a value that looks like an option, and after --
    assert given_twice(build, ["--force", "--force", "--only", "a", "--only", "b"]) is None
    assert given_twice(build, ["-o", "--png-ppi", "--png-ppi", "20"]) is None
    assert given_twice(build, ["--png-ppi", "20", "--", "--png-ppi", "30"]) is None
    assert given_twice(build, ["--png-ppi", "20", "--png-ppi", "30"]) == ("--png-ppi", ["20", "30"])
