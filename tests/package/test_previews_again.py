"""`package.no-previews` quotes, for each group without previews, the merge that made that
group's files with --no-png, without it: the folder's last merge, of another template and
office, was no way to make them (misc63: an office's flyers merged with --no-png, then the
campaign's posters with previews, were told "build again without --no-png (the same build
command)")."""

from __future__ import annotations

from pathlib import Path

from tests.kits import ROOT, cli

DATA = "event_id,language,title,date,time,venue\nwalk,en,Walk,2024-07-30,08:00,Park\n"


def test_each_group_is_told_the_merge_that_made_it(tmp_path: Path) -> None:
    data, out = tmp_path / "e.csv", tmp_path / "ev"
    data.write_text(DATA, encoding="utf-8")
    code, text = cli(
        "merge", "event-flyer-a5", data, "-o", out, "--kit", ROOT, "--office", "east-africa",
        "--no-png", "--name", "{event_id}-{lang}",
    )  # fmt: skip
    assert code == 0, text
    code, text = cli("merge", "event-poster-a3", data, "-o", out, "--kit", ROOT, "--png-ppi", "10")
    assert code == 0, text
    code, text = cli("package", "--from", out, "--kit", ROOT, "-o", tmp_path / "p")
    assert code == 0, text
    assert (
        "note[package.no-previews]: east-africa: the build made no previews (PNG): no contact "
        "sheet is made, and the index lists the files without pictures\n"
        "  hint: merge again without --no-png (python generate.py merge event-flyer-a5 "
        f"{data} --office east-africa --name '{{event_id}}-{{lang}}' -o {out}), then package\n"
    ) in text, text
