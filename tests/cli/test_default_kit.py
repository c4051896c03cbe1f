"""The kit a command reads without --kit: the nearest folder holding materials/ (the working
folder or one of its parents, as git finds its repository), else this repository's own. Only
the working folder was looked at: from a subfolder of an office's own kit (`tr/`, where the
translators' files were), `check --office americas-test` read this repository's kit and
said `unknown office 'americas-test'`, and `strings import` would have written into this
repository's materials/strings/ (a user's trial). A command that writes into a kit not
named with --kit says which kit it wrote into."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.cli import REPO_ROOT, default_kit

from ..kits import cli, mini_copy

FOUND = "(the nearest folder holding materials/ above the working folder; --kit PATH for another)"


def test_the_default_kit_is_the_nearest_folder_holding_materials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = tmp_path.resolve() / "kit"
    (kit / "materials").mkdir(parents=True)  # a kit being made: campaign.yaml not there yet
    (kit / "tr" / "fr").mkdir(parents=True)
    monkeypatch.chdir(kit / "tr" / "fr")
    assert default_kit() == kit
    monkeypatch.chdir(kit)
    assert default_kit() == kit
    monkeypatch.chdir(tmp_path)  # no materials/ here or above
    assert default_kit() == REPO_ROOT


def test_kit_help_says_what_the_default_kit_is() -> None:
    for command in (("check",), ("strings", "import"), ("package",)):
        code, out = cli(*command, "--help")
        assert code == 0, out
        assert (
            "the nearest folder holding materials/: the working folder or one of its parents, "
            "as git finds its repository; else this repository's own)"
        ) in " ".join(out.split()), out


def _office(kit: Path) -> None:
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/steppe.yaml").write_text(
        "name: Office steppe\nlanguages: [en]\n", encoding="utf-8"
    )


def test_a_subfolder_of_a_kit_reads_that_kit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit")
    _office(kit)
    (kit / "tr").mkdir()
    monkeypatch.chdir(kit / "tr")
    code, out = cli("check", "--office", "steppe", "--only", "text")
    assert code == 0, out
    assert out.splitlines()[-1].startswith("ok: 1 document(s) (1 page(s)) of 1 material(s)"), out


def test_new_language_says_which_kit_it_wrote_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit").resolve()
    (kit / "tr").mkdir()
    monkeypatch.chdir(kit / "tr")
    assert default_kit() == kit  # else what follows writes into this repository's kit
    code, out = cli("new", "language", "kk")
    assert code == 0, out
    assert out.splitlines()[:2] == [
        f"wrote {kit}/materials/strings/kk.yaml: every string marked to translate",
        f"written into the kit in {kit} {FOUND}",
    ]
    monkeypatch.chdir(kit)
    code, out = cli("new", "language", "ky")
    assert code == 0, out
    assert out.splitlines()[1] == (
        f"written into the kit in {kit} (the working folder's; --kit PATH for another)"
    )
    code, out = cli("new", "language", "tk", "--kit", ".")  # named: not told again
    assert code == 0, out
    assert "written into" not in out, out


def test_strings_import_says_which_kit_it_wrote_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit").resolve()
    (kit / "tr").mkdir()
    monkeypatch.chdir(kit / "tr")
    assert default_kit() == kit  # else what follows writes into this repository's kit
    code, out = cli("strings", "export", "--lang", "ar", "-o", "ar.csv")
    assert (code, out) == (0, "wrote ar.csv (csv, 2 keys)\n")
    sheet = Path("ar.csv")
    sheet.write_text(sheet.read_text("utf-8-sig").replace("word,Heart,قلب,", "word,Heart,قلبي,"))
    code, out = cli("strings", "import", "ar.csv")
    assert code == 0, out
    assert out.splitlines()[:3] == [
        f"{kit}/materials/strings/ar.yaml updated: 1 text(s) changed, 1 unchanged, 0 left "
        "empty in ar.csv",
        f"written into the kit in {kit} {FOUND}",
        "  changed: word",
    ]
    assert "    text: قلبي\n" in (kit / "materials/strings/ar.yaml").read_text("utf-8")
    code, out = cli("strings", "import", "ar.csv")  # nothing written: nothing to tell
    assert code == 0, out
    assert "written into" not in out, out


def test_an_unknown_office_is_told_with_the_kit_whose_offices_are_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside any kit, the repository's is read: the list of offices says whose they are,
    so that the office's own kit, not read, is seen to be missing (a user's trial)."""
    monkeypatch.chdir(tmp_path)
    code, out = cli("check", "--office", "americas-test")
    offices = sorted(p.stem for p in (REPO_ROOT / "materials/offices").glob("[!_]*.yaml"))
    assert (code, out) == (
        1,
        "error[ref.office]: unknown office 'americas-test'\n"
        f"  hint: the offices of the kit in {REPO_ROOT}: {', '.join(offices)}\n1 error(s)\n",
    )
    kit = mini_copy(tmp_path / "kit").resolve()  # none: said so, not an empty list
    code, out = cli("check", "--office", "americas-test", "--kit", kit)
    assert (code, out) == (
        1,
        "error[ref.office]: unknown office 'americas-test'\n"
        f"  hint: the kit in {kit} has no offices (materials/offices/<id>.yaml); --kit PATH "
        "reads another kit\n1 error(s)\n",
    )
