"""The README's "Where to start" table sends each kind of user to sections and commands
that exist: every `#anchor` of the page is one of its headings (as GitHub makes them), every
command it names is one of the command line's, with the options it names, and every file it
names is in the repository. A trial's designer found the live preview only inside a long
paragraph; a command named here that does not exist (`new office`, once) would send an office
nowhere."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from campaign.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation but '-' and '_' dropped, spaces
    to '-'."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def start_table() -> list[str]:
    section = README.split("## Where to start\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| a")]


def test_the_table_has_a_row_for_each_kind_of_user() -> None:
    kinds = [row.split("|")[1].strip() for row in start_table()]
    assert [k.split()[1] for k in kinds] == ["designer", "translator", "regional", "event", "print"]


def test_every_anchor_of_the_readme_is_one_of_its_headings() -> None:
    headings = {slug(h) for h in re.findall(r"^#{1,6} (.+)$", README, re.MULTILINE)}
    anchors = re.findall(r"\]\(#([^)]+)\)", README)
    assert "live-preview" in anchors
    assert sorted(set(anchors) - headings) == []


def command(words: list[str]) -> tuple[click.Command, list[str]]:
    """The command `words` name (`strings export --format po`: strings' export) and the rest."""
    at: click.Command = main
    while words and isinstance(at, click.Group) and words[0] in at.commands:
        at = at.commands[words.pop(0)]
    return at, words


@pytest.mark.parametrize("row", start_table(), ids=lambda r: r.split("|")[1].strip()[:20])
def test_every_command_and_file_the_table_names_exists(row: str) -> None:
    named = re.findall(r"`([^`]+)`", row.split("|")[3])
    assert named
    for text in named:
        if "/" in text:
            assert (ROOT / text).exists(), text
            continue
        found, rest = command(text.split())
        assert found is not main, text
        assert not isinstance(found, click.Group), text
        options = {o for p in found.params for o in p.opts}
        assert [w for w in rest if w.startswith("--") and w not in options] == [], text
