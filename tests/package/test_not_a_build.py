"""A folder the kit wrote given to `--from` in place of a build: an office's folder inside
a build, a package's folder, an unzipped print package. The hint told a US print shop to
build into them (`build -o out/us-chicago`, `build -o unz/print2`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kits import ROOT, cli

BUILD = "out"


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A build folder `out` (its manifest is only looked for) with an office's folder and a
    package's folder in it, and an unzipped print package beside it; the working folder."""
    monkeypatch.chdir(tmp_path)
    out = tmp_path / BUILD
    (out / "us-chicago" / "poster-letter").mkdir(parents=True)
    (out / "manifest.json").write_text('{"files": []}', encoding="utf-8")
    (out / "package").mkdir()
    (out / "package" / ".package-products.json").write_text("[]", encoding="utf-8")
    (tmp_path / "unz").mkdir()
    (tmp_path / "unz" / "JOB-SHEET.txt").write_text("job sheet", encoding="utf-8")
    return out


SHEETS = "sheets are made from the build folder and the kit that made it, not from a package: "


@pytest.mark.parametrize(
    ("command", "folder", "error", "hint"),
    [
        (
            "package",
            "out/us-chicago",
            "out/us-chicago is a folder inside the build in out (an office's or a material's); "
            "package reads the whole build (the folder with manifest.json)",
            "give the build folder instead: --from out",
        ),
        (
            "sheet",
            "out/us-chicago/poster-letter",
            "out/us-chicago/poster-letter is a folder inside the build in out (an office's or a "
            "material's); sheet reads the whole build (the folder with manifest.json)",
            "give the build folder instead: --from out (--office chooses an office)",
        ),
        (
            "sheet",
            "out/package",
            "out/package is a package's folder made from the build in out; sheet reads a "
            "finished build (the folder with manifest.json), not a package",
            SHEETS + "give the build instead: --from out",
        ),
        (
            "sheet",
            "unz",
            "unz is an unzipped package (it holds JOB-SHEET.txt); sheet reads a finished build "
            "(the folder with manifest.json), not a package",
            SHEETS + "run sheet in the folder of the kit that made the package, with --from "
            "its build folder (out/ unless the build was given -o)",
        ),
        (
            "package",
            "unz",
            "unz is an unzipped package (it holds JOB-SHEET.txt); package reads a finished "
            "build (the folder with manifest.json), not a package",
            "run package in the folder of the kit that made the package, with --from its build "
            "folder (out/ unless the build was given -o)",
        ),
    ],
)
def test_a_folder_the_kit_wrote_is_named_with_the_build_to_give(
    out: Path, command: str, folder: str, error: str, hint: str
) -> None:
    extra = ("-o", "pkg") if command == "package" else ()
    code, text = cli(command, "--kit", ROOT, "--from", folder, *extra)
    assert code == 1
    lines = text.splitlines()
    assert lines[:2] == [f"error[package.manifest]: {error}", f"  hint: {hint}"], text
    assert "build -o" not in text


def test_any_other_folder_is_told_to_build_into_it(out: Path) -> None:
    (out.parent / "elsewhere").mkdir()
    code, text = cli("sheet", "--kit", ROOT, "--from", "elsewhere")
    assert code == 1
    assert "error[package.manifest]: no manifest at elsewhere/manifest.json; " in text
    assert (
        "  hint: run `python generate.py build -o elsewhere` first, or pass --from BUILD_DIR"
        in text
    )
