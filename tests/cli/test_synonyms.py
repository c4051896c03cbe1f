"""Another tool's word for one of our commands names ours: `generate.py serve` said "Did you
mean one of: 'merge', 'sheet'?" (click compares spellings), and the live preview is `preview`
(an accessibility team's trial)."""

from __future__ import annotations

import pytest

from campaign.cli import SYNONYMS, main

from ..kits import cli


@pytest.mark.parametrize(
    ("word", "ours"),
    [("serve", "preview"), ("Watch", "preview"), ("lint", "check"), ("impose", "sheet")],
)
def test_another_tools_word_names_our_command(word: str, ours: str) -> None:
    code, text = cli(word)
    assert code == 2
    assert f"Error: No such command '{word}'. The command for that is '{ours}': " in text
    assert f"{ours} --help" in text


def test_every_synonym_names_a_command_and_is_none() -> None:
    commands = set(main.commands)
    assert set(SYNONYMS.values()) <= commands
    assert not set(SYNONYMS) & commands


def test_a_misspelling_still_gets_clicks_suggestion() -> None:
    code, text = cli("buidl")
    assert code == 2
    assert "No such command 'buidl'. Did you mean 'build'?" in text


@pytest.mark.parametrize(
    ("argv", "moved"),
    [
        (["--kit", ".", "new", "language", "it"], "new language it --kit ."),
        (
            ["--kit", "my kit", "strings", "export", "--lang", "fr"],
            "strings export --lang fr --kit 'my kit'",
        ),
        (["--only", "poster-a3", "--lang", "fr", "build"], "build --only poster-a3 --lang fr"),
        # an option's value that names a command is the value (it said "build build --out")
        (["--out", "build", "build"], "build --out build"),
    ],
)
def test_a_commands_option_before_the_command_is_told_where_it_goes(
    argv: list[str], moved: str
) -> None:
    """A translator's trial: `generate.py --kit . new language it` said only "No such option
    '--kit'"; the option is the command's, and the message gives the command line with it
    after the command."""
    code, text = cli(*argv)
    assert code == 2
    option = argv[0]
    assert (
        f"Error: No such option '{option}' before the command: a command's options go after "
        f"it: python generate.py {moved}\n"
    ) in text, text


def test_an_option_no_command_has_is_refused_as_before() -> None:
    code, text = cli("--bogus", "build")
    assert code == 2
    assert "Error: No such option '--bogus'.\n" in text
    # a word before the command that is no option's value: no command is named (it said
    # "go after it: python generate.py build --kit . other", other the unknown command)
    code, text = cli("--kit", ".", "other", "build")
    assert code == 2
    assert "Error: No such option '--kit'.\n" in text
