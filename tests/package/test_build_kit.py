"""`package` and `sheet` read a build with the kit that made it (its stamp's `kit_dir`): run
without --kit, they judged a build made with `--kit trial/kit` against the shipped kit, and
warned that `middle-east-north-africa.yaml no longer lists fa`, false of the kit that made it
(an office's trial)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.kits import ROOT, before_summary, cli, up_to_count

OFFICE = "name: Rosea\nlanguages: [es, en]\n"
ARGS = ("--only", "badge-58", "--no-png", "--no-digital", "--office", "rosea")
# a text of es.yaml the badge prints, and another (an edit of a text it does not print, the
# theme, outdates no badge: tests/package/test_outdated_strings.py)
THEME = "text: Acabemos con la trata\n"
NEW_THEME = "text: Acabemos con la trata de personas\n"


@pytest.fixture
def two_builds(tmp_path: Path, kit_copy: Callable[..., Path]) -> tuple[Path, Path]:
    """(kit, out): an office of the kit copy (Rosea, es and en; the shipped kit has no such
    office) built whole, then a file of the kit edited (French strings, which no file of the
    folder was made from: no file outdated) and only en built again: the es files are of the
    kit's earlier state, which `package` judges against the kit's languages."""
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": OFFICE}), tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)
    assert code == 0, text
    fr = kit / "materials/strings/fr.yaml"
    fr.write_text(fr.read_text(encoding="utf-8").replace("\nname: French", "\nname: Français"))
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS, "--lang", "en")
    assert code == 0, text
    return kit, out


def kit_place(out: Path) -> str:
    """`manifest.json:LINE:COL` of the stamp's `kit_dir`."""
    lines = (out / "manifest.json").read_text(encoding="utf-8").splitlines()
    (number,) = [n for n, line in enumerate(lines, 1) if '"kit_dir"' in line]
    col = lines[number - 1].index('"kit_dir"') + 1
    return f"{out / 'manifest.json'}:{number}:{col}"


# the count line of a package of these builds: its notes are package.no-contact (Rosea gives
# no e-mail) and package.no-previews (--no-png), printed before the warnings
NOTED = "{} warning(s), 2 note(s)\n"
OLDER = (
    "warning[package.older]: 1 of 2 files in {out} were made before its last build (badge-58 "
    "of rosea (es)), which made only part of them: if the kit changed since, they show its "
    "earlier state\n"
    "  hint: build the offices again (python generate.py build --office rosea --no-digital "
    "--no-png -o {out} --kit {kit}) before sending them\n"
)


def test_the_stamp_names_the_kit_that_made_the_build(two_builds: tuple[Path, Path]) -> None:
    kit, out = two_builds
    stamp = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["build"]
    assert stamp["kit_dir"] == kit.resolve().as_posix()
    assert list(stamp)[:5] == ["fingerprint", "kit", "kit_offices", "kit_dir", "shard"]


def test_without_kit_the_build_is_read_with_its_own_kit(
    two_builds: tuple[Path, Path], tmp_path: Path
) -> None:
    """Run where the shipped kit is the default: the build's kit is read (no false
    `package.unlisted` of es, which the shipped kit does not list for an office it lacks),
    and a note says which."""
    kit, out = two_builds
    code, text = cli("package", "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "package.unlisted" not in text
    assert (  # a note at the stamp's kit_dir, counted, before the warning
        f"{kit_place(out)}: note[package.build-kit]: {out} was built with the kit in {kit}: it "
        "is read with that kit (--kit to read it with another)\n"
    ) in text
    # the notes of the package.build-kit, package.no-contact and package.no-previews
    assert before_summary(text).endswith(
        f"{out / 'manifest.json'}: "
        + OLDER.format(out=out, kit=kit)
        + NOTED.format(1).replace("2 note", "3 note")
    )


def test_the_same_kit_given_says_nothing_of_it(
    two_builds: tuple[Path, Path], tmp_path: Path
) -> None:
    """--kit naming the build's kit, or a copy of it as it is (the same files, another
    folder): no warning and no note of the kit."""
    kit, out = two_builds
    copy = tmp_path / "copy"
    shutil.copytree(kit, copy, symlinks=True)
    for given in (kit, copy):
        code, text = cli("package", "--kit", given, "--from", out, "-o", tmp_path / "p")
        assert code == 0, text
        assert "note[package.build-kit]" not in text
        assert before_summary(text).endswith(
            f"{out / 'manifest.json'}: " + OLDER.format(out=out, kit=given) + NOTED.format(1)
        )


def test_another_kit_given_is_one_warning_naming_the_builds(
    two_builds: tuple[Path, Path], tmp_path: Path
) -> None:
    """--kit of another kit, whose Rosea lists en only (the shipped kit's office, of fewer
    languages than the trial's copy): one `package.kit` warning at the stamp's `kit_dir`,
    naming the build's kit and the fix, in place of a false `package.unlisted` per language."""
    kit, out = two_builds
    other = tmp_path / "other"
    shutil.copytree(kit, other, symlinks=True)
    (other / "materials/offices/rosea.yaml").write_text(OFFICE.replace("es, ", ""), "utf-8")
    code, text = cli("package", "--kit", other, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "package.unlisted" not in text
    assert before_summary(text).endswith(
        f"{kit_place(out)}: warning[package.kit]: {out} was built with the kit in {kit}, not "
        f"with {other}: the package's checks of the kit's languages are left out (they would "
        "be that other kit's)\n"
        f"  hint: give the build's kit (--kit {kit}), or build {out} again with --kit {other}\n"
        f"{out / 'manifest.json'}: " + OLDER.format(out=out, kit=other) + NOTED.format(2)
    )
    code, text = cli("package", "--kit", other, "--from", out, "-o", tmp_path / "p", "--strict")
    assert code == 1
    assert f"{kit_place(out)}: error[package.kit]: " in text


def test_a_kit_that_moved_is_one_warning_and_given_again_none(
    two_builds: tuple[Path, Path], tmp_path: Path
) -> None:
    kit, out = two_builds
    moved = kit.rename(tmp_path / "moved")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "package.unlisted" not in text
    assert (
        f"{kit_place(out)}: warning[package.kit]: {out} was built with the kit in {kit}, which "
        f"is no longer there: it is read with {ROOT}, and the package's checks of the kit's "
        "languages are left out (they would be that other kit's)\n"
        "  hint: give the folder the kit is in now: --kit PATH (the folder with materials/)\n"
    ) in text
    code, text = cli("package", "--kit", moved, "--from", out, "-o", tmp_path / "p")
    assert code == 0, text
    assert "package.kit" not in text


def test_sheet_reads_the_build_with_its_kit(two_builds: tuple[Path, Path], tmp_path: Path) -> None:
    kit, out = two_builds
    sheet = ("sheet", "--from", out, "--office", "rosea", "--lang", "en", "-o")
    code, text = cli(*sheet, tmp_path / "a.pdf")
    assert code == 0, text
    assert text.startswith(  # a note at the stamp's kit_dir, with the sheet's other notes, first
        f"{kit_place(out)}: note[sheet.build-kit]: {out} was built with the kit in {kit}: it "
        "is read with that kit (--kit to read it with another)\n"
    ), text
    assert "sheet.kit" not in text
    # and the press's, not verified, and the paper's (sheet.paper)
    assert up_to_count(text).endswith("\n3 note(s)\n")
    code, text = cli(*sheet, tmp_path / "b.pdf", "--kit", ROOT)
    assert code == 0, text
    assert (
        f"{kit_place(out)}: warning[sheet.kit]: {out} was built with the kit in {kit}, not "
        f"with {ROOT}: the sheet's slugs and notes (campaign, draft languages) are that "
        "other kit's\n"
        f"  hint: give the build's kit (--kit {kit}), or build {out} again with --kit {ROOT}\n"
    ) in text
    # the paper's and the press's notes first
    assert up_to_count(text).endswith("\n1 warning(s), 2 note(s)\n")
    code, text = cli(*sheet, tmp_path / "c.pdf", "--kit", ROOT, "--strict")
    assert code == 1
    assert not (tmp_path / "c.pdf").exists()


def test_package_names_the_kit_files_changed_since_the_build(
    tmp_path: Path, kit_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A translator's strings imported after the build were not in the package, and it said
    nothing (a trial). The stamp keeps each kit file's digest; `package` names those edited,
    added or removed since, of the campaign and of the folder's offices, not another
    office's. Packing them is an error, and writes nothing (a print shop was sent an old
    logo with exit code 0, a trial); --allow-outdated packs them with a warning."""
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": OFFICE}), tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)
    assert code == 0, text
    code, text = cli("package", "--from", out, "-o", tmp_path / "p0", "--strict")
    assert code == 0, text
    assert "package.outdated" not in text
    other = kit / "materials/offices/brussels.yaml"  # an office of no file in the folder
    other.write_text(other.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p1", "--strict")
    assert code == 0, text
    with monkeypatch.context() as m:  # an upgraded generator: other code, the same files
        m.setattr("campaign.pipeline.fingerprint.code_version", lambda: "another")
        code, text = cli("package", "--from", out, "-o", tmp_path / "p1", "--strict")
    assert code == 1, text
    said = (
        f"this program (the generator) was updated since {out}'s last build: 2 of its 2 files "
        "were made by its earlier version (badge-58-en-rosea.pdf, badge-58-es-rosea.pdf)"
    )
    assert said in text
    es = kit / "materials/strings/es.yaml"  # a text (a comment is no change: below)
    es.write_text(es.read_text(encoding="utf-8").replace(THEME, NEW_THEME), encoding="utf-8")
    campaign = kit / "materials/campaign.yaml"  # a colour (a comment is no change: below)
    blue = campaign.read_text(encoding="utf-8").replace('"#045096"', '"#045097"')
    campaign.write_text(blue, encoding="utf-8")
    said = (
        f"the kit changed since {out}'s last build (materials/campaign.yaml, "
        "materials/strings/es.yaml): 2 of its 2 files were made from it as it was "
        "(badge-58-en-rosea.pdf, badge-58-es-rosea.pdf)\n"
        "  hint: build again with the command that made the folder (python generate.py build "
        f"--office rosea --only badge-58 --no-digital --no-png -o {out} --kit {kit}) before "
        "sending the package\n"
    )
    code, text = cli("package", "--from", out, "-o", tmp_path / "p2")
    assert code == 1, text
    assert text == (
        f"{out / 'manifest.json'}: error[package.outdated]: {said}"
        "  hint: or pass --allow-outdated to pack them as they are\n"
        "1 error(s)\n"
    )
    assert not (tmp_path / "p2").exists()
    code, text = cli("package", "--from", out, "-o", tmp_path / "p2", "--allow-outdated")
    assert code == 0, text
    # after the notes (package.build-kit: the build's kit is read; package.no-contact;
    # package.no-previews), counted with them
    assert before_summary(text).endswith(
        f"{out / 'manifest.json'}: warning[package.outdated]: {said}1 warning(s), 3 note(s)\n"
    )
    assert (tmp_path / "p2" / "rosea-print.zip").exists()


def test_package_judges_each_file_by_the_kit_files_it_was_made_from(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """An edit of kk.yaml, or an image added that no material shows, made every file of a
    folder "outdated" (package.outdated), Thai event flyers too, though a build made none
    again (a user's trial): each file is judged by the kit files its job read (its entry's
    `inputs`), and by every file of no such folder (campaign.yaml...)."""
    kit, out = kit_copy(**{"materials/offices/rosea.yaml": OFFICE}), tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)
    assert code == 0, text
    kk = kit / "materials/strings/fr.yaml"  # a language the folder has no file of
    kk.write_text(kk.read_text(encoding="utf-8").replace("\nname: French", "\nname: Français"))
    (kit / "assets/logos").mkdir(exist_ok=True)
    (kit / "assets/logos/partner-small.png").write_bytes(b"not used")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p1", "--strict")
    assert code == 0, text
    assert "package.outdated" not in text
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)  # makes none again
    assert "2/2 jobs (100%), 2 skipped, 0 failed" in text
    # a comment in the Spanish badge's strings file: judged by what it says, as a build
    # does (the stamp's `kit_values`: Language.content); it made the Spanish files
    # "made from it as it was" though no build made them again
    es = kit / "materials/strings/es.yaml"
    spanish = es.read_text(encoding="utf-8")
    es.write_text("# revised by the office, 2026-12\n" + spanish, encoding="utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p2", "--strict")
    assert code == 0, text
    assert "package.outdated" not in text
    es.write_text(spanish.replace(THEME, NEW_THEME), encoding="utf-8")  # that one only
    code, text = cli("package", "--from", out, "-o", tmp_path / "p3")
    assert code == 1, text
    assert (
        f"error[package.outdated]: the kit changed since {out}'s last build "
        "(materials/strings/es.yaml): 1 of its 2 files were made from it as it was "
        "(badge-58-es-rosea.pdf)\n"
    ) in text


@pytest.mark.parametrize("inputs", [True, False], ids=["inputs", "entries-without-inputs"])
def test_campaign_yaml_and_an_office_file_are_judged_by_what_they_say(
    tmp_path: Path, kit_copy: Callable[..., Path], inputs: bool
) -> None:
    """campaign.yaml and an office's file are judged as the build judges them, by what they
    say (the stamp's `kit_values`: Campaign.content, Office.content): a comment added to
    campaign.yaml, or a language appended to its `languages:`, made every file of the folder
    "made from it as it was" (package.outdated, an error), though a build makes none of them
    again (a trial's campaign file with a note). The package is the one made before, byte
    for byte. A colour changed, or the office's name, is named. Entries written before
    they named their inputs (removed here) are judged alike, not as made by another
    generator."""
    listed = (ROOT / "materials/campaign.yaml").read_text(encoding="utf-8")
    assert "uk, ka, ht]" in listed
    campaign_text = listed.replace("uk, ka, ht]", "uk, ka]")  # ht appended below
    kit = kit_copy(
        **{"materials/offices/rosea.yaml": OFFICE, "materials/campaign.yaml": campaign_text}
    )
    out = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS)
    assert code == 0, text
    if not inputs:
        manifest = out / "manifest.json"
        listed = manifest.read_text(encoding="utf-8")
        unnamed = re.sub(r'\n *"inputs": \[[^\]]*\],', "", listed)
        assert unnamed.count('"inputs"') == 0 < listed.count('"inputs"')
        manifest.write_text(unnamed, encoding="utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p0", "--strict")
    assert code == 0, text
    campaign, office = kit / "materials/campaign.yaml", kit / "materials/offices/rosea.yaml"
    campaign.write_text("# checked with the office, 2026-12\n" + campaign_text, "utf-8")
    office.write_text(OFFICE.replace("\n", "  # as it prints\n", 1), "utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p1", "--strict")
    assert code == 0, text
    assert "package.outdated" not in text
    made = sorted(p.name for p in (tmp_path / "p0").iterdir())
    assert made == sorted(p.name for p in (tmp_path / "p1").iterdir())
    for name in made:
        assert (tmp_path / "p1" / name).read_bytes() == (tmp_path / "p0" / name).read_bytes()
    campaign.write_text(campaign_text.replace("uk, ka]", "uk, ka, ht]"), "utf-8")
    office.write_text(OFFICE.replace("[es, en]", "[es, en, fr]"), "utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p2", "--strict")
    assert code == 0, text
    assert "package.outdated" not in text
    campaign.write_text(campaign_text.replace('"#045096"', '"#045097"'), "utf-8")
    office.write_text(OFFICE.replace("Rosea", "Rosea Office"), "utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p3")
    assert code == 1, text
    assert text == (
        f"{out / 'manifest.json'}: error[package.outdated]: the kit changed since {out}'s "
        "last build (materials/campaign.yaml, materials/offices/rosea.yaml): 2 of its 2 "
        "files were made from it as it was (badge-58-en-rosea.pdf, badge-58-es-rosea.pdf)\n"
        "  hint: build again with the command that made the folder (python generate.py build "
        f"--office rosea --only badge-58 --no-digital --no-png -o {out} --kit {kit}) before "
        "sending the package\n"
        "  hint: or pass --allow-outdated to pack them as they are\n"
        "1 error(s)\n"
    )
    assert not (tmp_path / "p3").exists()


def test_a_file_kept_from_an_earlier_build_is_judged_since_it_was_made(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """A poster built, its strings file edited (a translator's import), then only the badge
    built into the same folder: `package` sent the old poster with exit code 0, judging it
    against the last build's stamp, which had the edit (a trial). The build that keeps the
    poster records in its entry the kit files it was made from that changed since
    (`changed`); another language's edit is none of them."""
    kit, out = kit_copy(), tmp_path / "out"
    only = ("--lang", "es", "--no-png", "--no-digital", "-o", out, "--kit", kit)
    code, text = cli("build", *only, "--only", "poster-a3")
    assert code == 0, text
    fr = kit / "materials/strings/fr.yaml"  # a language the folder has no file of
    french = fr.read_text(encoding="utf-8")
    fr.write_text(french.replace("\nname: French", "\nname: Français"), encoding="utf-8")
    code, text = cli("build", *only, "--only", "badge-58")
    assert code == 0, text
    code, text = cli("package", "--from", out, "-o", tmp_path / "p1")
    assert code == 0, text
    assert "package.outdated" not in text
    es = kit / "materials/strings/es.yaml"
    spanish = es.read_text(encoding="utf-8")
    assert "Qué puedes hacer" in spanish
    es.write_text(spanish.replace("Qué puedes hacer", "Qué hacer hoy"), encoding="utf-8")
    code, text = cli("build", *only, "--only", "badge-58")
    assert code == 0, text
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    kept = {e["path"]: e["extra"].get("changed") for e in entries}
    es_name = "materials/strings/es.yaml"
    assert kept == {"poster-a3/poster-a3-es.pdf": [es_name], "badge-58/badge-58-es.pdf": None}
    code, text = cli("package", "--from", out, "-o", tmp_path / "p2")
    assert code == 1, text
    assert (
        f"{out / 'manifest.json'}: error[package.outdated]: the kit changed since {out}'s "
        "files were made (materials/strings/es.yaml): 1 of its 2 files were made from it as "
        "it was (poster-a3-es.pdf)\n"
    ) in text
    assert not (tmp_path / "p2").exists()
    # both edits undone: the poster is made from the kit as it is (its entry's `kit`), and
    # so is the badge made after the edit, which prints no text it changed (cta_title: the
    # poster's; the stamp's `kit_strings`), as the build judges it: it outdated the badge
    es.write_text(spanish, encoding="utf-8")
    fr.write_text(french, encoding="utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p2")
    assert code == 0, text
    assert "package.outdated" not in text
    code, text = cli("build", *only, "--only", "badge-58")
    assert code == 0, text
    assert '"changed"' not in (out / "manifest.json").read_text(encoding="utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p3", "--strict")
    assert code == 0, text
    es.write_text(spanish.replace("Qué puedes hacer", "Qué hacer hoy"), encoding="utf-8")
    code, text = cli("build", *only, "--only", "badge-58")
    assert code == 0, text
    code, text = cli("build", *only, "--only", "poster-a3")  # made again: none outdated
    assert code == 0, text
    assert '"changed"' not in (out / "manifest.json").read_text(encoding="utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p4", "--strict")
    assert code == 0, text


def test_outdated_message_says_what_changed_in_words():
    """`package.outdated`'s first words: kit files by name; the generator said as this
    program, not listed as if a kit file were called so; both together; the kit alone
    (a stamp keeping no file's digest) with no empty parentheses."""
    from campaign.cli.package import _what_changed

    since = "out's last build"
    files = ("materials/strings/es.yaml",)
    assert _what_changed(files, since) == (
        "the kit changed since out's last build (materials/strings/es.yaml)"
    )
    assert _what_changed(("the generator",), since) == (
        "this program (the generator) was updated since out's last build"
    )
    assert _what_changed((*files, "the generator"), since) == (
        "the kit changed since out's last build (materials/strings/es.yaml), and this "
        "program was updated"
    )
    assert _what_changed(("the kit",), since) == "the kit changed since out's last build"
    many = tuple(f"materials/strings/{c}.yaml" for c in "abcdefgh")
    assert _what_changed(many, since).endswith("f.yaml and 2 more)")
