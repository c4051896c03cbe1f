"""A merged file's manifest entry names the kit files it was made from (`inputs`), as a
built file's does, beside its data file, row digest and event: `package` judged every merged
file by every kit file, so an edit of one string of ru.yaml made every flyer of a merge's
folder "made from it as it was" (package.outdated, an error), though merging again made none
of them again."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.kits import cli

HEAD = "event_id,language,title,title_fr,date,venue\n"
ROW = 'walk,"en, fr",Blue Heart walk,Marche Cœur bleu,2024-07-30,Example Park\n'
# a text of ru.yaml (no file of the folder is Russian), and one of fr.yaml that the French
# flyer prints (event-flyer-a5's `theme` slot)
RU_THEME = "Ни одного ребенка не оставить позади в борьбе с торговлей людьми"
FR_THEME = "Ne laisser aucun enfant de côté dans la lutte contre la traite des êtres humains"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("inputs", [True, False], ids=["inputs", "entries-without-inputs"])
def test_a_merged_file_is_judged_by_the_kit_files_it_was_made_from(
    tmp_path: Path, kit_copy: Callable[..., Path], inputs: bool
) -> None:
    """An edit of another language's string leaves a merge's files current; an edit of a
    string the French flyer prints outdates it alone, named, with the merge that makes it
    again. A manifest written before merged entries named their inputs (removed here) is
    judged as it was: every file made from any kit file."""
    kit, data, out = kit_copy(), tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + ROW, encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", data, "--kit", kit, "-o", out, "--no-png")
    assert code == 0, text
    manifest = out / "manifest.json"
    entries = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    assert len(entries) == 4
    for entry in entries:
        extra = entry["extra"]
        lang = entry["language"]
        assert {"data", "row", "event"} <= extra.keys()
        assert {f"materials/strings/{lang}.yaml", "materials/layouts/event-flyer-a5.yaml"} <= set(
            extra["inputs"]
        )
        assert not any(n.startswith("materials/strings/ru") for n in extra["inputs"])
    if not inputs:
        listed = manifest.read_text(encoding="utf-8")
        unnamed = re.sub(r'\n *"inputs": \[[^\]]*\],', "", listed)
        assert unnamed.count('"inputs"') == 0 < listed.count('"inputs"')
        manifest.write_text(unnamed, encoding="utf-8")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p0", "--strict")
    assert code == 0, text
    edit(kit / "materials/strings/ru.yaml", RU_THEME, RU_THEME + "!")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p1", "--strict")
    hint = (
        "  hint: merge again with the command that made the folder (python generate.py merge "
        f"event-flyer-a5 {data} --no-png -o {out} --kit {kit}) before sending the package\n"
        "  hint: or pass --allow-outdated to pack them as they are\n"
        "1 error(s)\n"
    )
    if not inputs:  # as before: every file made from every kit file
        assert code == 1, text
        assert text == (
            f"{manifest}: error[package.outdated]: the kit changed since {out}'s last build "
            "(materials/strings/ru.yaml): 4 of its 4 files were made from it as it was "
            "(event-flyer-a5-en-walk-digital.pdf, event-flyer-a5-en-walk.pdf, "
            "event-flyer-a5-fr-walk-digital.pdf and 1 more)\n" + hint
        )
        return
    assert code == 0, text
    assert "package.outdated" not in text
    edit(kit / "materials/strings/fr.yaml", FR_THEME, "Aucun enfant de côté")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p2")
    assert code == 1, text
    assert text == (
        f"{manifest}: error[package.outdated]: the kit changed since {out}'s last build "
        "(materials/strings/fr.yaml): 2 of its 4 files were made from it as it was "
        "(event-flyer-a5-fr-walk-digital.pdf, event-flyer-a5-fr-walk.pdf)\n" + hint
    )
    assert not (tmp_path / "p2").exists()


def test_a_merge_again_after_an_edit_draws_the_files_made_from_it(
    tmp_path: Path, kit_copy: Callable[..., Path]
) -> None:
    """Merged again after an edit of another language's string, a merge draws nothing, and
    its folder packs; after an edit of a string the French flyer prints, it draws that flyer
    alone."""
    kit, data, out = kit_copy(), tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + ROW, encoding="utf-8")
    merge = ("merge", "event-flyer-a5", data, "--kit", kit, "-o", out, "--no-png")
    code, text = cli(*merge, "--no-digital")
    assert code == 0, text
    assert "2/2 jobs (100%), 0 failed" in text
    edit(kit / "materials/strings/ru.yaml", RU_THEME, RU_THEME + "!")
    code, text = cli(*merge, "--no-digital")
    assert code == 0, text
    assert "2/2 jobs (100%), 2 skipped, 0 failed" in text
    edit(kit / "materials/strings/fr.yaml", FR_THEME, "Aucun enfant de côté")
    code, text = cli(*merge, "--no-digital")
    assert code == 0, text
    assert "2/2 jobs (100%), 1 skipped, 0 failed" in text
    code, text = cli("package", "--from", out, "-o", tmp_path / "p", "--strict")
    assert code == 0, text
    assert "package.outdated" not in text
