"""The commands a hint quotes carry `--kit PATH` when the kit read is not the default one
(campaign.commands): a country office working with its own copy of the kit (`--kit kit`)
was told `python generate.py merge event-flyer-a5 ev4.csv -o out-ev4 --office dakar`, which
read the default kit and failed with `unknown office 'dakar'` (an office's trial). With the
default kit (the nearest folder holding materials/, the working folder or one of its parents,
else the repository's) the hints are as they were."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign import commands

from ..kits import cli, mini_copy

MISSING = (
    "kit/materials/strings/ar.yaml:1:1: warning[strings.missing]: [ar]: ar.yaml lacks 1 "
    "string(s) that en.yaml has: emblem_alt; until translated, the English text stands in "
    "(printed, or read out where it is a picture's alt:)\n"
    "  hint: translate them: `python generate.py strings export --lang ar{kit}` lists it, "
    'marked "to '
    'translate", in a file for a translator, and `strings import` reads it back (with '
    "--strict this is an error)\n"
)


def test_a_command_carries_the_kit_only_while_one_other_than_the_default_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert commands.command("build --office dakar") == "python generate.py build --office dakar"
    restore = commands.quoting(tmp_path / "kit")
    try:  # inside the working folder: as the user typed it; outside: absolute, quoted
        assert commands.command("build --office dakar") == (
            "python generate.py build --office dakar --kit kit"
        )
        assert commands.arguments("strings export --lang fr") == (
            "strings export --lang fr --kit kit"
        )
        commands.quoting(Path("/srv/office kits/dakar"))
        assert (
            commands.command("check") == "python generate.py check --kit '/srv/office kits/dakar'"
        )
    finally:
        restore()
    assert commands.quoted_kit() is None
    assert commands.command("check") == "python generate.py check"


def test_a_hint_names_the_kit_given_and_not_the_kit_of_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same warning (a kit kept in the cache: warnings only) from beside the kit with
    `--kit kit`, and from inside it without: the command as each would type it."""
    kit = mini_copy(tmp_path / "kit", {"strings/ar.yaml": ("  emblem_alt: قلب أزرق\n", "")})
    monkeypatch.chdir(tmp_path)
    code, out = cli("check", "--kit", "kit")
    assert code == 0, out
    assert "\n" + MISSING.format(kit=" --kit kit") in "\n" + out, out  # after the press note
    assert commands.quoted_kit() is None  # the command over, nothing is left set
    monkeypatch.chdir(kit)  # the kit of the working folder: the default one
    code, out = cli("check")
    assert "\n" + MISSING.format(kit="").replace("kit/materials", "materials") in "\n" + out, out
    code, out = cli("check", "--kit", ".")  # the default kit named: no --kit
    assert "\n" + MISSING.format(kit="").replace("kit/materials", "materials") in "\n" + out, out
    # below the kit (its materials/): the default kit is the nearest folder holding
    # materials/, as from the kit's own folder: no --kit
    monkeypatch.chdir(tmp_path / "kit" / "materials")
    code, out = cli("check", "--kit", "..")
    assert "`python generate.py strings export --lang ar` lists it" in out, out
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # a kit elsewhere: by its path
    code, out = cli("check", "--kit", "../kit")
    assert f"`python generate.py strings export --lang ar --kit {kit}` lists it" in out, out
    monkeypatch.chdir(tmp_path)  # the kit kept with the other hint is not shown again
    code, out = cli("check", "--kit", "kit")
    assert "\n" + MISSING.format(kit=" --kit kit") in "\n" + out, out  # after the press note


HEAD = "event_id,language,title,date,time,venue\n"
ROWS = "a,en,A,2024-07-30,18:00,P\nb,en,B,2024-07-30,half past six,Q\n"


def test_the_package_of_a_build_made_with_an_offices_kit_quotes_its_commands_with_it(
    kit_copy: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trial's: a merge into out-ev4 with `--kit kit` refused a row; `package` (which
    reads the build with the kit that made it) told the merge to run again without --kit.
    Then a kit file changed: `package.outdated` told `python generate.py build`; now the
    merge that made the folder, with its options (`--no-png`)."""
    kit = kit_copy()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ev4.csv").write_text(HEAD + ROWS, encoding="utf-8")
    code, out = cli(
        "merge", "event-flyer-a5", "ev4.csv", "--kit", "kit", "-o", "out-ev4", "--no-png"
    )
    assert code == 1, out
    code, out = cli("package", "--from", "out-ev4", "-o", "p")
    assert code == 0, out
    assert (
        "  hint: mend the rows in ev4.csv, then merge it again (python generate.py merge "
        "event-flyer-a5 ev4.csv --no-png -o out-ev4 --kit kit) and package; or tell the print shop "
        "these events are not in it (its job sheet lists them as not made)\n"
    ) in out, out
    en = kit / "materials/strings/en.yaml"
    body = en.read_text(encoding="utf-8")
    assert "text: Join the Blue Heart Campaign.\n" in body
    en.write_text(body.replace("Join the Blue Heart Campaign.", "Join the campaign."), "utf-8")
    code, out = cli("package", "--from", "out-ev4", "-o", "p")
    assert code == 1, out
    assert (
        "  hint: merge again with the command that made the folder (python generate.py merge "
        "event-flyer-a5 ev4.csv --no-png -o out-ev4 --kit kit) before sending the package\n"
    ) in out, out
