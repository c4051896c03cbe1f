"""A build folder whose last build had a failed job (its manifest has no stamp) is read with
the kit that made it, and the commands the package's hints quote are runnable as written.

A regional office's trial: its own copy of the kit (`--kit /tmp/pk`), an office file of
its own (gcc), `build --kit /tmp/pk --office gcc -o OUT`, a job failed (a long Arabic
office_name), then `package --from OUT`: the manifest kept no kit's folder for a failed
build, so the package read the default kit, where no file's state is today's, and said
"72 of the 72 files ... were made from an earlier state of the kit" (69 were just made),
with hints quoting `build -o OUT, with its --office` and `build --office gcc -o OUT`
without --kit: run as written, `unknown office 'gcc'`."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from campaign.shards import Shard, failed_builds

from ..kits import cli, mini_copy, replace_in

OFFICE = "name: Gulf\nlanguages: [ar, en]\n"
# a character no font has: the English badge fails, the others are made
BAD_WORD = ("word: Heart", "word: He\u07d2rt")
# a colour of campaign.yaml, which every file is made from
BLUE = ("cmyk: [100, 70, 0, 10]", "cmyk: [100, 70, 0, 12]")
UNSTAMPED = (
    "out gulf/manifest.json: warning[package.unstamped]: out gulf's manifest has no build "
    "stamp: its last build had a failed job (or the folder was joined from shards of which "
    "some are missing or of other builds); the package may lack files or hold earlier "
    "versions of them\n"
)


@pytest.fixture
def kit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mini kit with an office of its own (the default kit has no such office), in
    tmp_path/kit; the working folder tmp_path, which holds no materials/: a command without
    --kit reads the repository's kit."""
    kit = mini_copy(tmp_path / "kit")
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/gulf.yaml").write_text(OFFICE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return kit


def build(*args: str) -> tuple[int, str]:
    return cli("build", "--kit", "kit", "--office", "gulf", "-o", "out gulf", *args, "--no-png")


def run_as_typed(command: str) -> tuple[int, str]:
    words = shlex.split(command)
    assert words[:2] == ["python", "generate.py"], command
    return cli(*words[2:])


def mended_and_packaged(kit: Path, command: str) -> str:
    """The failed build's fault mended (BAD_WORD back), `command` (a hint's; its commands one
    after the other where it gives several, separated by "; ") run as typed, and the folder
    packaged again: all succeed, and nothing is outdated. Returns the package's output."""
    replace_in(kit / "materials/strings/en.yaml", BAD_WORD[1], BAD_WORD[0])
    for one in command.split("; "):
        code, said = run_as_typed(one)
        assert code == 0, said
    code, out = cli("package", "--from", "out gulf", "-o", "p")
    assert code == 0, out
    assert "package.outdated" not in out
    return out


def test_a_failed_build_is_packaged_with_its_kit_and_its_own_command(kit: Path) -> None:
    """The build made 8 files (the badge and the hearts, in ar and en, print and digital);
    after a colour and an English string were edited, the build again made 6 of them and
    failed the English badge's 2, which are of the kit's earlier state. Without --kit,
    `package` reads the kit that made the folder (its manifest keeps its folder for a
    failed build too), counts 2 of the 8 files outdated (it said 8 of 8), and quotes the
    build with --kit, -o and its options; run as written once the string is mended, it
    makes the folder current."""
    assert build("--only", "badge,hearts")[0] == 0
    replace_in(kit / "materials/strings/en.yaml", *BAD_WORD)
    replace_in(kit / "materials/campaign.yaml", *BLUE)
    code, out = build("--only", "badge,hearts")
    assert code == 1, out
    assert "built 3 print PDF(s), 3 digital PDF(s)" in out, out
    doc = json.loads(Path("out gulf/manifest.json").read_text(encoding="utf-8"))
    assert "build" not in doc
    assert doc["failed_build"]["kit_dir"] == kit.resolve().as_posix()

    code, out = cli("package", "--from", "out gulf", "-o", "p")
    assert code == 1, out
    command = (
        "python generate.py build --office gulf --only badge,hearts --no-png -o 'out gulf' "
        "--kit kit"
    )
    assert out == (
        "out gulf/manifest.json: error[package.outdated]: 2 of the 8 files in out gulf were "
        "made from an earlier state of the kit than today's (badge-en-gulf-digital.pdf, "
        "badge-en-gulf.pdf); its last build had a failed job and kept no record of which kit "
        "files changed since\n"
        f"  hint: build again with the command that made the folder ({command}) before "
        "sending the package\n"
        "  hint: or pass --allow-outdated to pack them as they are\n"
        + UNSTAMPED
        + f"  hint: build again with the command that made the folder ({command}) until it "
        "succeeds, before sending the package\n"
        "1 error(s), 1 warning(s)\n"
    )
    out = mended_and_packaged(kit, command)
    assert "package.unstamped" not in out


def test_files_the_failed_build_does_not_make_are_built_alone(kit: Path) -> None:
    """The hearts made by an earlier build of badge and hearts, then a build of the badge
    alone that failed: the failed build does not make the hearts, so the hint quotes a
    build of the outdated files (the hearts, and the English badge the failed build kept),
    with its options, the office, the folder and the kit; 6 of the 8 are outdated. Every
    language of the group for each material (rebuild_words, not `exact`): the Arabic badge
    the failed build made is outdated too once its fault is mended."""
    assert build("--only", "badge,hearts")[0] == 0
    replace_in(kit / "materials/strings/en.yaml", *BAD_WORD)
    replace_in(kit / "materials/campaign.yaml", *BLUE)
    assert build("--only", "badge")[0] == 1
    code, out = cli("package", "--from", "out gulf", "-o", "p")
    assert code == 1, out
    command = (
        "python generate.py build --office gulf --only badge,hearts --lang ar,en --no-png "
        "-o 'out gulf' --kit kit"
    )
    assert out.startswith(
        "out gulf/manifest.json: error[package.outdated]: 6 of the 8 files in out gulf were "
        "made from an earlier state of the kit than today's (badge-en-gulf-digital.pdf, "
        "badge-en-gulf.pdf, hearts-ar-gulf-digital.pdf and 3 more); its last build had a "
        "failed job and kept no record of which kit files changed since\n"
        "  hint: build those files again, with the options of the build that failed "
        f"({command}) before sending the package\n"
    ), out
    mended_and_packaged(kit, command)


def test_a_join_keeps_one_failed_build_of_shards_made_in_two_kits_folders() -> None:
    """Shards of one build made on two machines, each with its copy of the kit: one build,
    with the first shard's kit folder (as a joined stamp has it), not two."""
    asked = {"options": {"png": False}}
    shards = [
        Shard(Path("s1"), None, [{"kit_dir": "/m1/kit", "shard": "1/2", "selection": asked}]),
        Shard(Path("s2"), None, [{"kit_dir": "/m2/kit", "shard": "2/2", "selection": asked}]),
    ]
    assert failed_builds(shards) == {"kit_dir": "/m1/kit", "shard": None, "selection": asked}


def test_the_sheet_s_hint_builds_the_material_for_the_office_into_the_folder(kit: Path) -> None:
    """`sheet --office gulf` of a material the folder lacks: "build it first, e.g. python
    generate.py build --only badge", which builds the campaign's badge into out/."""
    assert build("--only", "hearts")[0] == 0
    code, out = cli(
        "sheet", "--from", "out gulf", "--material", "badge", "--office", "gulf", "-o", "s.pdf"
    )
    assert code == 1, out
    command = "python generate.py build --only badge --office gulf -o 'out gulf' --kit kit"
    assert out == (
        "error[sheet.select]: the build in out gulf has no print PDF of 'badge' for office "
        f"'gulf'\n  hint: the folder holds hearts: --material hearts\n"
        f"  hint: build it first, e.g. {command}\n1 error(s)\n"
    )
    assert run_as_typed(command)[0] == 0
    code, out = cli(
        "sheet", "--from", "out gulf", "--material", "badge", "--office", "gulf", "-o", "s.pdf"
    )
    assert code == 0, out
