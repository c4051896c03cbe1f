"""A build or merge that makes a file again which a sheet in sheets/ places says so
(`build.sheet-outdated`): the sheet still prints the earlier file. An organiser's trial merged a
changed start time, and the home-print sheets kept the old one, with nothing said until
`package` left them out."""

from __future__ import annotations

from pathlib import Path

from ..kits import cli, mini_copy, replace_in


def test_a_build_that_changes_a_sheets_file_says_the_sheet_is_outdated(tmp_path: Path) -> None:
    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    args = ("--kit", kit, "-o", out, "--only", "badge", "--lang", "en", "--no-png")
    code, text = cli("build", *args)
    assert code == 0, text
    code, text = cli("sheet", "--kit", kit, "--from", out, "--material", "badge", "--lang", "en")
    assert code == 0, text
    (sheet,) = [p.name for p in (out / "sheets").glob("*.pdf")]
    code, text = cli("build", *args, "--force")  # the same files: nothing to say
    assert code == 0, text
    assert "build.sheet-outdated" not in text
    replace_in(kit / "materials/strings/en.yaml", "word: Heart", "word: Hearts")
    code, text = cli("build", *args)
    assert code == 0, text
    assert (
        f"warning[build.sheet-outdated]: sheets/{sheet} places badge/badge-en.pdf as an earlier "
        "build made it: this build changed or removed that file, and the sheet still prints "
        "the earlier one\n"
        f"  hint: make the sheet again with `python generate.py sheet --kit {kit} --from "
        f"{out} --material badge --lang en`, or delete it"
    ) in text, text
    code, text = cli("sheet", "--kit", kit, "--from", out, "--material", "badge", "--lang", "en")
    assert code == 0, text
    code, text = cli("build", *args, "--force")
    assert "build.sheet-outdated" not in text
    # a build that writes the manifest again (Arabic too) and leaves the sheet's file as it
    # was: nothing to say
    more = ("--kit", kit, "-o", out, "--only", "badge", "--lang", "en,ar", "--no-png")
    code, text = cli("build", *more)
    assert code == 0, text
    assert "badge/badge-ar.pdf" in (out / "manifest.json").read_text(encoding="utf-8")
    assert "build.sheet-outdated" not in text
