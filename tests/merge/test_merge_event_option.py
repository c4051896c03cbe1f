"""`merge --event ID[,ID...]`: an organiser with 25 events in one spreadsheet makes A4 flyers
for two of them, without copying their rows into another file (`sheet` had --event; merge
made every row). The other rows are neither checked nor made, and their earlier files are
kept; an id no row has is an error naming the closest ids."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf

from ..kits import ROOT, cli

ROWS = [
    "event_id,language,title,date,time,venue",
    "walk-kibera,sw,Matembezi,2024-07-30,saa 3 asubuhi,Kibera",
    "talk-cbd,en,Talk,2024-07-30,18:00,City Hall",
    "run-karura,en,Run,2024-07-31,07:00,Karura Forest",
    "fair-bad,en,Fair,not a date,10:00,Park",  # not named: not checked, not told
]


def _merge(data: Path, out: Path, *more: str) -> tuple[int, str]:
    return cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "--no-png", "--no-digital",
        *more,
    )  # fmt: skip


def _made(out: Path) -> list[str]:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return sorted(f["record"] for f in manifest["files"] if f.get("record"))


def test_merge_makes_the_events_it_names(tmp_path: Path) -> None:
    data = tmp_path / "events.csv"
    data.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, text = _merge(data, out, "--event", "walk-kibera,TALK-CBD")  # ids in any capitals
    assert code == 0, text
    assert "not a date" not in text, text  # fair-bad's row: not named, not checked
    assert (
        "2 record(s) from events.csv (--event: 2 event(s) of its 4 row(s)); built 2 print PDF(s)"
    ) in text
    assert _made(out) == ["talk-cbd", "walk-kibera"]
    # another merge of one other event into the folder keeps the first two's files
    code, text = _merge(data, out, "--event", "run-karura")
    assert code == 0, text
    assert _made(out) == ["run-karura", "talk-cbd", "walk-kibera"]
    assert (out / "event-flyer-a5/event-flyer-a5-sw-walk-kibera.pdf").is_file()


def test_an_id_no_row_has_names_the_closest(tmp_path: Path) -> None:
    data = tmp_path / "events.csv"
    data.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, text = _merge(data, out, "--event", "walk-kiberra,talk-cbd,zzz")
    assert code == 1
    assert (
        f"{data}:1:1: error[merge.event]: --event walk-kiberra: no row of events.csv has the "
        "event_id 'walk-kiberra'\n  hint: did you mean 'walk-kibera'?\n"
    ) in text, text
    assert (
        f"{data}:1:1: error[merge.event]: --event zzz: no row of events.csv has the event_id "
        "'zzz'\n  hint: its event ids: fair-bad, run-karura, talk-cbd, walk-kibera\n"
    ) in text, text
    assert not (out / "manifest.json").exists()  # nothing made: the ids were a typo


def test_a_named_events_problem_is_told(tmp_path: Path) -> None:
    data = tmp_path / "events.csv"
    data.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    code, text = _merge(data, tmp_path / "out", "--event", "fair-bad")
    assert code == 1
    assert f"{data}:5:4: error[merge.value]: row 5, column date (D): 'not a date'" in text


def test_a_combined_file_keeps_the_events_not_named(tmp_path: Path) -> None:
    """The earlier merge's combined file is made again, of every event's print PDF in the
    folder: the named one's new, the others' kept."""
    data = tmp_path / "events.csv"
    data.write_text("\n".join(ROWS[:4]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, text = _merge(data, out, "--combined")
    assert code == 0, text
    code, text = _merge(data, out, "--event", "talk-cbd")
    assert code == 0, text
    assert "all in one: " in text, text
    with pikepdf.open(out / "event-flyer-a5-all.pdf") as combined:
        assert len(combined.pages) == 3
