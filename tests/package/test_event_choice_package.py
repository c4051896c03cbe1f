"""`package` after `merge --event`: the events the merge did not name keep their earlier
files, as the README says, and the package does not call them stale (a review found every
other event named "whose row it did not merge", and `package --strict` failing); the stale
warning's command reaches the data file from where it is typed (it said `ev7.csv` of
data/ev7.csv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..kits import ROOT, cli

ROWS = "event_id,language,title,date,time,venue\n" + "".join(
    f"w{i},en,Blue Heart walk {i},2027-07-30,18:00,Uhuru Park\n" for i in (1, 2, 3)
)
FAST = ("--kit", ROOT, "--png-ppi", "10", "--no-digital")


def test_a_merge_of_one_event_leaves_the_others_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    data = tmp_path / "data" / "ev7.csv"
    data.write_text(ROWS, encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", "data/ev7.csv", "-o", "e7", *FAST)
    assert code == 0, text
    code, text = cli("merge", "event-flyer-a5", "data/ev7.csv", "-o", "e7", "--event", "W2", *FAST)
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", "e7", "-o", "p", "--strict")
    assert code == 0, text
    assert "package.stale" not in text
    # w1's row changed, then merged into the A4 template only: its A5 files are stale, and
    # the command given reaches data/ev7.csv from here
    data.write_text(ROWS.replace("Uhuru Park\nw2", "Kibera\nw2"), encoding="utf-8")
    code, text = cli("merge", "event-flyer-a4", "data/ev7.csv", "-o", "e7", *FAST)
    assert code == 0, text
    code, text = cli("package", "--kit", ROOT, "--from", "e7", "-o", "p")
    assert code == 0, text
    assert "warning[package.stale]" in text, text
    assert (
        "  hint: merge ev7.csv into event-flyer-a5 again (python generate.py merge "
        "event-flyer-a5 data/ev7.csv -o e7) before sending them\n"
    ) in text, text
