"""A workbook of several sheets, each with its own event_id column (July's events on sheet
July, August's on sheet August), merged sheet by sheet into one folder: the merge of August
removed every file of July's events as "gone from the data", with exit code 0 (a data-loss
fault; the sheets without ids, july-row-2, were refused already). Each merged file's entry
now names the sheet that made it (`data_sheet`, where the workbook has several), and a merge
of another sheet is refused as another data file's is (`merge.other-data`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.pipeline.building import with_data
from campaign.pipeline.incremental import Previous, Unread
from campaign.pipeline.jobs import JobKey
from campaign.pipeline.options import data_place

from ..kits import ROOT, cli, output_tree
from .test_ods import content, row, s, sheet, write_ods

HEAD = ("event_id", "language", "title", "date", "venue")
JULY = (("jul-walk", "July walk"), ("jul-talk", "July talk"))
AUGUST = (("aug-walk", "August walk"),)
Events = Sequence[tuple[str, str]]


def _xlsx(path: Path, sheets: dict[str, Events], ids: bool = True) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    for name, events in sheets.items():
        page = book.create_sheet(name)
        page.append(list(HEAD if ids else HEAD[1:]))
        for event, title in events:
            cells = [event, "en", title, "2024-07-30", "Park"]
            page.append(cells if ids else cells[1:])
    book.save(path)
    return path


def _ods(path: Path, sheets: dict[str, Events], ids: bool = True) -> Path:
    assert ids
    made = [
        sheet(
            name,
            row(*(s(h) for h in HEAD)),
            *(row(*(s(c) for c in (e, "en", t, "2024-07-30", "Park"))) for e, t in events),
        )
        for name, events in sheets.items()
    ]
    return write_ods(path, content(*made))


Writer = Callable[..., Path]


def _merge(data: Path, out: Path, *more: str) -> tuple[int, str]:
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    return cli("merge", "event-flyer-a5", data, *args, *more)


def _extras(out: Path) -> dict[str, dict[str, object]]:
    files = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    return {f["record"]: f["extra"] for f in files}


def _pdfs(out: Path) -> list[str]:
    return sorted(p.rsplit("-en-")[1] for p in output_tree(out) if p.endswith(".pdf"))


@pytest.mark.parametrize("write", [_xlsx, _ods], ids=["xlsx", "ods"])
def test_a_merge_of_a_sheet_does_not_remove_another_sheets_events(
    tmp_path: Path, write: Writer
) -> None:
    """July merged, then August into the same folder: refused, July's files kept as they
    were, with the hints of the sheets without ids; August merges into a folder of its own,
    and --replace still replaces."""
    suffix = ".xlsx" if write is _xlsx else ".ods"
    data = write(tmp_path / f"events{suffix}", {"July": JULY, "August": AUGUST})
    out = tmp_path / "out-events"
    code, text = _merge(data, out, "--sheet", "July")
    assert code == 0, text
    assert {r: e.get("data_sheet") for r, e in _extras(out).items()} == dict.fromkeys(
        ("jul-talk", "jul-walk"), "July"
    )
    before = {p: (out / p).read_bytes() for p in output_tree(out)}
    code, text = _merge(data, out, "--sheet", "August")
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {out} holds the event-flyer-a5 files of 2 event(s) from "
        f"events{suffix}'s sheet 'July' (jul-talk, jul-walk) that are not in events{suffix}'s "
        "sheet 'August': this merge would remove them; nothing was made\n"
        f"  hint: merge events{suffix}'s sheet 'August' into a folder of its own: -o "
        "out-events-august\n"
        "  hint: or, to replace those events with this file's, add --replace\n"
    ) in text
    assert {p: (out / p).read_bytes() for p in output_tree(out)} == before
    own = tmp_path / "out-events-august"
    code, text = _merge(data, own, "--sheet", "August")
    assert code == 0, text
    assert _pdfs(own) == ["aug-walk.pdf"]
    assert _extras(own)["aug-walk"]["data_sheet"] == "August"
    code, text = _merge(data, out, "--sheet", "August", "--replace")
    assert code == 0, text
    assert (
        "removed event-flyer-a5/event-flyer-a5-en-jul-walk.pdf (its row is not in the data)" in text
    )
    assert _pdfs(out) == ["aug-walk.pdf"]


def test_a_sheet_merged_again_removes_its_own_rows_gone(tmp_path: Path) -> None:
    """A re-merge of the same sheet, a row deleted from it: that row's files go, as a data
    file's own rows gone do; the event kept (skipped, unchanged) still names its sheet, its
    entry as a clean merge writes it."""
    data = _xlsx(tmp_path / "events.xlsx", {"July": JULY, "August": AUGUST})
    out = tmp_path / "out"
    assert _merge(data, out, "--sheet", "July")[0] == 0
    _xlsx(data, {"July": JULY[:1], "August": AUGUST})
    code, text = _merge(data, out, "--sheet", "July")
    assert code == 0, text
    assert "skipped 1 unchanged job(s)" in text
    assert (
        "removed event-flyer-a5/event-flyer-a5-en-jul-talk.pdf (its row is not in the data)" in text
    )
    assert _pdfs(out) == ["jul-walk.pdf"]
    clean = tmp_path / "clean"
    assert _merge(data, clean, "--sheet", "July")[0] == 0
    assert _extras(out) == _extras(clean)
    assert list(_extras(out)["jul-walk"]) == list(_extras(clean)["jul-walk"])


def test_an_event_kept_from_another_sheet_names_the_sheet_merged_now(tmp_path: Path) -> None:
    """An event moved from July to August as it was (same id, same cells): August's merge
    with --replace keeps its file (its document is the same), and its entry names August,
    where a file made now writes it (building.with_data), not July."""
    data = _xlsx(tmp_path / "events.xlsx", {"July": JULY, "August": (*AUGUST, JULY[0])})
    out = tmp_path / "out"
    assert _merge(data, out, "--sheet", "July")[0] == 0
    code, text = _merge(data, out, "--sheet", "August", "--replace")
    assert code == 0, text
    assert "skipped 1 unchanged job(s)" in text
    extras = _extras(out)
    assert {r: e["data_sheet"] for r, e in extras.items()} == dict.fromkeys(
        ("aug-walk", "jul-walk"), "August"
    )
    assert list(extras["jul-walk"]) == list(extras["aug-walk"])


def test_entries_made_before_they_named_their_sheet_are_judged_as_before(
    tmp_path: Path,
) -> None:
    """A folder merged before entries named their sheet: its events with ids of their own
    cannot be told from the sheet's rows gone, and go as they did; those named by their
    rows (july-row-2) are still refused by their ids' sheet."""
    data = _xlsx(tmp_path / "events.xlsx", {"July": JULY, "August": AUGUST})
    rows = _xlsx(tmp_path / "rows.xlsx", {"July": JULY, "August": AUGUST}, ids=False)
    out, by_rows = tmp_path / "out", tmp_path / "by-rows"
    assert _merge(data, out, "--sheet", "July")[0] == 0
    assert _merge(rows, by_rows, "--sheet", "July")[0] == 0
    for folder in (out, by_rows):
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for f in manifest["files"]:
            del f["extra"]["data_sheet"]
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    code, text = _merge(rows, by_rows, "--sheet", "August")
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {by_rows} holds the event-flyer-a5 files of 2 event(s) from "
        "rows.xlsx's sheet 'July' (july-row-2, july-row-3) that are not in rows.xlsx's sheet "
        "'August'"
    ) in text
    code, text = _merge(data, out, "--sheet", "August")
    assert code == 0, text
    assert (
        "removed event-flyer-a5/event-flyer-a5-en-jul-walk.pdf (its row is not in the data)" in text
    )
    assert _pdfs(out) == ["aug-walk.pdf"]


def test_a_sheet_the_workbook_no_longer_has_is_gone_from_the_data(tmp_path: Path) -> None:
    """Sheet July deleted from the workbook: its events are gone from the data, and a merge
    of August removes their files, as a data file's rows gone."""
    data = _xlsx(tmp_path / "events.xlsx", {"July": JULY, "August": AUGUST, "Notes": ()})
    out = tmp_path / "out"
    assert _merge(data, out, "--sheet", "July")[0] == 0
    _xlsx(data, {"August": AUGUST, "Notes": ()})
    code, text = _merge(data, out, "--sheet", "August")
    assert code == 0, text
    assert _pdfs(out) == ["aug-walk.pdf"]


def test_a_single_sheet_workbooks_and_a_csvs_entries_name_no_sheet(tmp_path: Path) -> None:
    """A workbook of one sheet and a CSV: their entries are as they were, no `data_sheet`,
    the same keys in the same order."""
    book = _xlsx(tmp_path / "one.xlsx", {"Events": JULY})
    csv = tmp_path / "one.csv"
    csv.write_text(
        ",".join(HEAD) + "\n" + "".join(f"{e},en,{t},2024-07-30,Park\n" for e, t in JULY),
        encoding="utf-8",
    )
    extras = []
    for data in (book, csv):
        code, text = _merge(data, tmp_path / data.suffix[1:])
        assert code == 0, text
        extras.append(_extras(tmp_path / data.suffix[1:]))
    assert all("data_sheet" not in e for got in extras for e in got.values())
    assert [list(e) for e in extras[0].values()] == [list(e) for e in extras[1].values()]
    assert [e["row"] for e in extras[0].values()] == [e["row"] for e in extras[1].values()]


def test_with_data_writes_the_sheet_where_a_merge_does() -> None:
    """A skipped job's entry names this merge's sheet after the data file's folder, before
    its row, and loses another merge's sheet where this merge reads none."""
    extra: dict[str, object] = {
        "inputs": ["a"],
        "data": "old.xlsx",
        "data_place": "0",
        "data_sheet": "July",
        "row": "r",
    }
    assert list(with_data(extra, "e.xlsx", "1", "August").items()) == [
        ("inputs", ["a"]),
        ("data", "e.xlsx"),
        ("data_place", "1"),
        ("data_sheet", "August"),
        ("row", "r"),
    ]
    assert list(with_data(extra, "e.csv", "1")) == ["inputs", "data", "data_place", "row"]


def test_a_records_earlier_files_of_another_sheet_are_not_kept_unread(tmp_path: Path) -> None:
    """The incremental merge keeps a record's earlier files without composing it only when
    they were made from the sheet it reads (Previous.unread)."""
    data = _xlsx(tmp_path / "events.xlsx", {"July": JULY, "August": AUGUST})
    out = tmp_path / "out"
    assert _merge(data, out, "--sheet", "July")[0] == 0
    errs = Collector()
    record = read_events(read_table(data, errs, sheet="July"), load_kit(ROOT), errs)[0]
    keys = (JobKey("event-flyer-a5", "en", "print_pdf", record=record.id),)
    previous = Previous(out)
    try:
        for sheet_now, kept in (("July", True), ("August", False), (None, False)):
            unread = Unread(frozenset(), "events.xlsx", data_place(data), sheet_now)
            assert (previous.unread(keys, record, unread) is not None) is kept, sheet_now
    finally:
        previous.close()
