"""Office ids on the command line are read whatever their case, as language codes are (`--lang
EN` is en): an office's id is its file's name, which is lower case, so `--office US-Chicago`
can mean us-chicago alone. A print shop's trial was told "unknown office 'US-Chicago'", the
kit's offices listed, us-chicago among them."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from campaign.cli import main
from tests.kits import ROOT, cli, out_path


@pytest.mark.parametrize(
    ("command", "given", "read"),
    [
        ("build", ("US-Chicago,Brussels", "NEW-york"), ("us-chicago", "brussels", "new-york")),
        ("check", ("ALL",), ("all",)),
        ("preview", ("Brussels", "brussels"), ("brussels",)),  # each once, as --only
        ("merge", "Brussels", "brussels"),
        ("sheet", "East-Africa", "east-africa"),
    ],
)
def test_every_office_option_reads_ids_in_lower_case(
    command: str, given: tuple[str, ...] | str, read: tuple[str, ...] | str
) -> None:
    cmd = main.commands[command]
    (option,) = [p for p in cmd.params if "--office" in getattr(p, "opts", ())]
    with click.Context(cmd) as ctx:
        assert option.process_value(ctx, given) == read


def test_check_and_build_take_an_office_in_capitals(tmp_path: Path) -> None:
    code, lower = cli("check", "--office", "new-york", "--only", "flyer-letter", "--lang", "en")
    assert code == 0, lower
    code, text = cli("check", "--office", "New-York", "--only", "flyer-letter", "--lang", "en")
    assert code == 0, text
    assert text == lower
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "--office", "NEW-YORK", "--only", "flyer-letter", "--lang",
        "en", "--no-png", "--no-digital", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    assert f" in {out}/new-york/ (" in text, text  # the office's folder, as its id names it
    assert (out / out_path("flyer-letter", "en", office="new-york")).is_file()
    assert not (out / "NEW-YORK").exists()


def test_an_office_id_misspelt_in_capitals_is_told_the_one_meant() -> None:
    code, text = cli("check", "--office", "New-Yrok", "--only", "flyer-letter")
    assert code == 1, text
    assert text == (
        "error[ref.office]: unknown office 'new-yrok'\n  hint: did you mean 'new-york'?\n"
        "1 error(s)\n"
    )
