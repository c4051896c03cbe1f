"""A build removes the files of the jobs the kit no longer makes, and says why in the terms
of the change the user made: after an office stopped listing materials in its `materials:`,
every file went "(no job of the kit makes it any more)" (a user's trial)."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy

ARGS = ("--lang", "en", "--no-png", "--no-digital", "--jobs", "1")
OFFICE = "name: Office steppe\nlanguages: [en]\nmaterials: [text, boxes]\n"


def _removed(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("removed ")]


def _built(kit: Path, out: Path, *args: str) -> str:
    code, text = cli("build", "--kit", kit, "-o", out, *ARGS, *args)
    assert code == 0, text
    return text


def test_an_office_that_no_longer_lists_a_material(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    (kit / "materials/offices").mkdir()
    office = kit / "materials/offices/steppe.yaml"
    office.write_text(OFFICE, encoding="utf-8")
    _built(kit, out, "--office", "steppe")
    office.write_text(OFFICE.replace("[text, boxes]", "[text]"), encoding="utf-8")
    assert _removed(_built(kit, out, "--office", "steppe")) == [
        "removed steppe/boxes/boxes-en-steppe.pdf (office 'steppe' no longer lists 'boxes')"
    ]
    assert not (out / "steppe/boxes").exists()


def test_an_office_gone_and_a_material_gone(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    (kit / "materials/offices").mkdir()
    (kit / "materials/offices/steppe.yaml").write_text(OFFICE, encoding="utf-8")
    _built(kit, out, "--office", "steppe", "--only", "text")
    _built(kit, out, "--only", "text,hearts")
    (kit / "materials/offices/steppe.yaml").unlink()
    (kit / "materials/layouts/hearts.yaml").unlink()
    assert _removed(_built(kit, out, "--only", "text")) == [
        "removed hearts/hearts-en.pdf (the kit has no material 'hearts' any more)",
        "removed steppe/text/text-en-steppe.pdf (office 'steppe' is no longer in the kit)",
    ]


def test_a_language_no_longer_listed_removed_by_prune(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "text", "--no-png", "--no-digital")
    assert code == 0, text
    campaign = kit / "materials/campaign.yaml"
    campaign.write_text(
        campaign.read_text(encoding="utf-8").replace("languages: [en, ar]", "languages: [en]"),
        encoding="utf-8",
    )
    assert _removed(_built(kit, out, "--only", "text", "--prune")) == [
        "removed text/text-ar.pdf (--prune: campaign.yaml does not list 'ar')"
    ]
