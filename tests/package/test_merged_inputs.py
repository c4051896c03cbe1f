"""A merged file's manifest entry names the kit files it was made from (`inputs`), as a
built file's does, beside its data file, row digest and event: `package` judged every merged
file by every kit file, so an edit of one string of ru.yaml made every flyer of a merge's
folder "made from it as it was" (package.outdated, an error), though merging again made none
of them again."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.kits import cli

HEAD = "event_id,language,title,title_fr,date,venue\n"
ROW = 'walk,"en, fr",Blue Heart walk,Marche Cœur bleu,2024-07-30,Example Park\n'
# a text of ru.yaml (no file of the folder is Russian), and one of fr.yaml that the French
# flyer prints (event-flyer-a5's `theme` slot)
RU_THEME = "Ни одного ребенка не оставить позади в борьбе с торговлей людьми"
FR_THEME = "Ne laisser aucun enfant de côté dans la lutte contre la traite des êtres humains"


def tree(out: Path) -> dict[str, str]:
    """Every file of a folder by its path, with its sha256."""
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


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


FILM = "film,es,Cine foro Corazón Azul,,2024-07-31,Sala de ejemplo\n"


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents a merge (with --jobs 1: in this process) composes, as "lang record",
    in order."""
    import campaign.pipeline.execute as execute

    made: list[str] = []
    compose = execute.compose_document

    def counted(kit: Any, fonts: Any, layout: Any, lang: Any, *rest: Any) -> Any:
        made.append(f"{lang.code} {rest[1].id}" if len(rest) > 1 else lang.code)
        return compose(kit, fonts, layout, lang, *rest)

    monkeypatch.setattr(execute, "compose_document", counted)
    return made


def test_a_merge_again_composes_the_records_made_from_an_edit(
    tmp_path: Path,
    kit_copy: Callable[..., Path],
    composed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A merge again after an edit of the kit composes only the records whose files were
    made from what changed (their entries' `inputs`) or whose row changed, and draws those
    whose texts, files or values changed: a 1,000-record merge after an edit of a string of
    ru.yaml composed every record again, to draw none. An edit outside the folders a job's
    inputs are named in (campaign.yaml's colour), or of a setting (SOURCE_DATE_EPOCH, the
    files' dates), composes and draws every record. A folder merged before the entries named
    their inputs has every record composed, and its entries named, once. The folder is
    byte for byte a clean merge's."""
    kit, data, out = kit_copy(), tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + ROW + FILM, encoding="utf-8")
    merge = ("merge", "event-flyer-a5", data, "--kit", kit, "-o", out, "--no-png")
    merge += ("--no-digital", "--jobs", "1")

    def clean(folder: Path) -> dict[str, str]:
        code, text = cli(*merge[:6], folder, *merge[7:])
        assert code == 0, text
        return tree(folder)

    def again(drawn: int) -> list[str]:
        composed.clear()
        code, text = cli(*merge)
        assert code == 0, text
        skipped = f"{3 - drawn} skipped, " if drawn < 3 else ""
        assert f"3/3 jobs (100%), {skipped}0 failed" in text, text
        return sorted(composed)

    code, text = cli(*merge)
    assert code == 0, text
    assert sorted(composed) == ["en walk", "es film", "fr walk"]
    edit(kit / "materials/strings/ru.yaml", RU_THEME, RU_THEME + "!")
    assert again(drawn=0) == []
    poster = kit / "materials/layouts/poster-a3.yaml"  # another material's layout
    poster.write_text(poster.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    campaign = kit / "materials/campaign.yaml"  # says what it said
    campaign.write_text("# checked\n" + campaign.read_text(encoding="utf-8"), encoding="utf-8")
    assert again(drawn=0) == []
    edit(kit / "materials/strings/fr.yaml", FR_THEME, "Aucun enfant de côté")
    assert again(drawn=1) == ["fr walk"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1785369600")
    assert again(drawn=3) == ["en walk", "es film", "fr walk"]
    data.write_text(HEAD + ROW + FILM.replace("Sala de ejemplo", "Sala 2"), encoding="utf-8")
    assert again(drawn=1) == ["es film"]
    assert tree(out) == clean(tmp_path / "clean")  # manifest.json and index.html too
    edit(campaign, '"#045096"', '"#045097"')  # a colour of every page
    assert again(drawn=3) == ["en walk", "es film", "fr walk"]
    manifest = out / "manifest.json"
    unnamed = re.sub(r'\n *"inputs": \[[^\]]*\],', "", manifest.read_text(encoding="utf-8"))
    manifest.write_text(unnamed, encoding="utf-8")  # as a merge before they were named
    edit(kit / "materials/strings/ru.yaml", RU_THEME + "!", RU_THEME)
    assert again(drawn=0) == ["en walk", "es film", "fr walk"]
    edit(kit / "materials/strings/ru.yaml", RU_THEME, RU_THEME + "!")
    assert again(drawn=0) == []  # they are named again
    assert tree(out) == clean(tmp_path / "clean2")
    code, text = cli("package", "--from", out, "-o", tmp_path / "p", "--strict")
    assert code == 0, text
    assert "package.outdated" not in text


@pytest.fixture
def composed_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[str]]:
    """The documents a merge composes in any process, as "lang record pid", sorted, since the
    last call: each appends a line to a file (a forked worker inherits the patch, not the
    parent's list)."""
    import campaign.pipeline.execute as execute

    log = tmp_path / "composed.txt"
    compose = execute.compose_document

    def counted(kit: Any, fonts: Any, layout: Any, lang: Any, *rest: Any) -> Any:
        with log.open("a", encoding="utf-8") as f:
            f.write(f"{lang.code} {rest[1].id} {os.getpid()}\n")
        return compose(kit, fonts, layout, lang, *rest)

    monkeypatch.setattr(execute, "compose_document", counted)

    def since() -> list[str]:
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        log.unlink(missing_ok=True)
        return sorted(lines)

    return since


@pytest.mark.parametrize("shard", [(), ("--shard", "1/2")], ids=["whole", "shard-1-of-2"])
def test_a_merge_again_with_two_workers_composes_only_the_records_made_from_an_edit(
    tmp_path: Path,
    kit_copy: Callable[..., Path],
    composed_anywhere: Callable[[], list[str]],
    shard: tuple[str, ...],
) -> None:
    """The repeat merge's fast path (incremental.Previous.unread) as the pool's workers run
    it (`--jobs 2`; the test above runs it in this process): after an edit of a language no
    file is in, no record is composed and every file kept; after an edit of a French text,
    the French flyer alone. The folder is byte for byte a clean merge's (made with `--jobs
    1`). Shard 1 of 2 holds the walk's two flyers (jobs.shard_of), two documents: the pool
    too."""
    kit, data, out = kit_copy(), tmp_path / "e.csv", tmp_path / "out"
    data.write_text(HEAD + ROW + FILM, encoding="utf-8")
    merge = ("merge", "event-flyer-a5", data, "--kit", kit, "--no-png", "--no-digital", *shard)
    every = ["en walk", "fr walk"] if shard else ["en walk", "es film", "fr walk"]

    def again(folder: Path, kept: int, jobs: str = "2") -> list[str]:
        code, text = cli(*merge, "-o", folder, "--jobs", jobs)
        assert code == 0, text
        skipped = f"{kept} skipped, " if kept else ""
        assert f"{len(every)}/{len(every)} jobs (100%), {skipped}0 failed" in text, text
        return composed_anywhere()

    first = again(out, kept=0)
    assert [line.rsplit(" ", 1)[0] for line in first] == every
    pids = {int(line.rsplit(" ", 1)[1]) for line in first}
    assert os.getpid() not in pids  # composed by the pool's workers
    edit(kit / "materials/strings/ru.yaml", RU_THEME, RU_THEME + "!")
    assert again(out, kept=len(every)) == []
    edit(kit / "materials/strings/fr.yaml", FR_THEME, "Aucun enfant de côté")
    assert [line.rsplit(" ", 1)[0] for line in again(out, kept=len(every) - 1)] == ["fr walk"]
    again(tmp_path / "clean", kept=0, jobs="1")
    assert tree(out) == tree(tmp_path / "clean")  # manifest.json and index.html too
