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
