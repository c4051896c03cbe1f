"""`new language XX` writes the strings file, which reads no layout, though a layout has an
error: a translator's trial was refused (exit 1) by a designer's unrelated typo, without a
word that XX.yaml was not written. The layout's errors are told after the file is written
(exit 1: the kit's `build` and `check` stop at them); an error that does stop it (in
campaign.yaml) says the file was not written, and why."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy

TYPO = {"layouts/text.yaml": ("colour: black, align", "colour: blak, align")}


def test_a_layouts_error_is_told_after_the_new_strings_file_is_written(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit", TYPO)
    code, out = cli("new", "language", "yo", "--kit", kit)
    assert code == 1, out
    written = kit / "materials/strings/yo.yaml"
    assert written.is_file()
    lines = out.splitlines()
    assert lines[0] == f"wrote {written}: every string marked to translate"
    assert lines[-4:] == [
        f"{kit / 'materials/layouts/text.yaml'}:9:55: error[ref.colour]: unknown colour 'blak'",
        "  hint: did you mean 'black'?",
        "1 error(s)",
        "yo.yaml was written; the error(s) above are in the kit's layouts, not in it: `build` "
        "and `check` stop at them until they are mended",
    ]
    assert out.count("error[") == 1, out
    # the layout mended, the new language checks as any other
    text = kit / "materials/layouts/text.yaml"
    text.write_text(text.read_text(encoding="utf-8").replace("blak", "black"), encoding="utf-8")
    code, out = cli("check", "--kit", kit, "--lang", "yo", "--only", "text")
    assert code == 0, out


def test_an_error_that_stops_it_says_the_file_was_not_written(tmp_path: Path) -> None:
    """campaign.yaml's error stops it (the new file takes its source language from there):
    told, and the line that says the file was not written (the layouts' names are checked
    against a campaign.yaml that reads)."""
    kit = mini_copy(tmp_path / "kit", {**TYPO, "campaign.yaml": ("year: 2024", "year: 20x4")})
    code, out = cli("new", "language", "yo", "--kit", kit)
    assert code == 1, out
    assert not (kit / "materials/strings/yo.yaml").exists()
    lines = out.splitlines()
    assert lines[-1] == (
        "yo.yaml was not written because of the error(s) above: mend them, then run "
        f"`python generate.py new language yo --kit {kit}` again"
    )
    assert lines[-4:-1] == [
        f"{kit / 'materials/campaign.yaml'}:6:7: error[schema.type]: 'year' in campaign.yaml "
        "must be a whole number from 2000 to 2100 (got '20x4')",
        "  hint: set 'year' to a whole number from 2000 to 2100",
        "1 error(s)",
    ], out
