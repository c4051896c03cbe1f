"""`package` of a merge's folder (many records) streams it: the manifest is read entry by
entry, grouped and ordered in SQLite, each file read as it is packed; it holds neither every
entry nor every file's bytes, and writes what the package that held them wrote
(tests/manifest_whole.py), byte for byte."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from campaign.diagnostics import DiagnosticsError
from campaign.output import OutputFile
from campaign.package import build as pkg_build
from campaign.package import contact as pkg_contact
from campaign.package import plan as pkg_plan
from campaign.package import zips as pkg_zips
from campaign.pipeline.kitcache import cached_kit
from tests.folders import SIZE, alive, event_files, write_folder
from tests.manifest_whole import build_package_whole, load_manifest_whole

from ..kits import mini_copy

EVENTS = 150  # 300 files


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    """A merge's folder: each event's print PDF and preview, for the campaign and an office."""
    out = tmp_path / "build"
    out.mkdir()
    files = event_files(EVENTS)
    office = event_files(3, office="north")
    write_folder(out, files + office)
    return out


HELD: set[int] = set()  # the print PDFs' bytes read and not dropped yet


class Read(bytes):
    """A print PDF's bytes as package read them, in HELD while they live."""

    def __del__(self) -> None:
        HELD.discard(id(self))


def test_a_merges_package_is_the_one_the_whole_list_package_wrote(
    tmp_path: Path, merged: Path
) -> None:
    kit = cached_kit(mini_copy(tmp_path / "kit").resolve())
    assert list(pkg_plan.load_manifest(merged)) == load_manifest_whole(merged)
    written = pkg_build.build_package(kit, merged, tmp_path / "streamed")
    order = [p.name for p in build_package_whole(kit, merged, tmp_path / "whole")]
    whole = {name: (tmp_path / "whole" / name).read_bytes() for name in order}
    # a contact sheet per SHEET_ROWS events (each event a row): 150 events, 19 sheets
    sheets = -(-EVENTS // pkg_contact.SHEET_ROWS)
    assert sheets == 19
    expected = [
        *pkg_contact.sheet_names("campaign", sheets),
        "campaign-index.pdf",
        "campaign-print.zip",
        "campaign-screen.zip",
        "north-contact-sheet.png",
        "north-index.pdf",
        "north-print.zip",
        "north-screen.zip",
    ]
    # in the order a user counts them: campaign-contact-sheet.png, -2.png, ... -19.png
    assert [p.name for p in written] == list(whole) == expected
    assert {p.name: p.read_bytes() for p in written} == whole


@pytest.mark.usefixtures("young_heap")
def test_package_holds_no_list_of_every_entry_nor_every_files_bytes(
    tmp_path: Path, merged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = cached_kit(mini_copy(tmp_path / "kit").resolve())
    real_checked = pkg_plan.checked

    def checked(build: Path, f: OutputFile) -> bytes:
        raw = real_checked(build, f)
        if len(raw) != SIZE:
            return raw
        read = Read(raw)
        HELD.add(id(read))
        return read

    seen: list[tuple[int, int]] = []
    real_zip = pkg_zips.write_zip

    def write_zip(target: BinaryIO, members: Iterable[tuple[str, bytes]], date: Any) -> None:
        def each() -> Iterator[tuple[str, bytes]]:
            for i, member in enumerate(members):
                if i % 50 == 0:  # entries and print PDFs alive as members are packed
                    seen.append((alive(OutputFile), len(HELD)))
                yield member

        real_zip(target, each(), date)

    monkeypatch.setattr(pkg_build, "checked", checked)
    monkeypatch.setattr(pkg_build, "write_zip", write_zip)
    before = alive(OutputFile)
    pkg_build.build_package(kit, merged, tmp_path / "pkg")
    assert len(seen) >= 6  # both ZIPs of the campaign's group
    # a few entries and a file's bytes at a time (the code that held them: 306 entries and
    # 153 print PDFs)
    assert max(files for files, _ in seen) - before <= 8
    assert max(files for _, files in seen) <= 4  # the one packed, the next (heapq.merge)


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[]",
        '{"generator": "x"}',
        '{"files": null}',
        '{"files": [1]}',
        '{"files": [{"path": "a.pdf"}]}',
        '{"files": [{"trim_mm": [1, 2], "path": "a.pdf"}]}',
        '{"files": [], "files": [1]}',  # a key twice: json.loads keeps the last
        '\ufeff{"files": []}',
        '{"files": []} []',
    ],
)
def test_a_manifest_package_cannot_read_is_refused_as_before(tmp_path: Path, text: str) -> None:
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")

    def outcome(load: Any) -> object:
        try:
            return list(load(tmp_path))
        except DiagnosticsError as exc:
            return [d.render() for d in exc.diagnostics]

    assert outcome(pkg_plan.load_manifest) == outcome(load_manifest_whole)


def test_each_merged_record_is_a_row_and_the_index_pages_stay_readable(
    tmp_path: Path, merged: Path
) -> None:
    """A merge's folder: every record is a row of the contact sheets, in order, with its own
    preview (one preview stood for every record of a material and language); the index has
    a page per sheet, then the list of files on pages PDF readers draw (at most 14,400 pt:
    one page held every name, 75,000 pt tall at 10,000 records)."""
    import sqlite3
    from contextlib import closing

    import pypdfium2

    kit = cached_kit(mini_copy(tmp_path / "kit").resolve())
    with closing(sqlite3.connect("")) as db:
        plan = pkg_plan.Plan(db, pkg_plan.load_manifest(merged), kit)
        sheets = list(pkg_contact.sheets_of(kit, "campaign", plan.previews("campaign")))
    rows = [row for sheet in sheets for row in sheet.rows]
    assert rows == [f"boxes \u00b7 ev-{i:04d}" for i in range(EVENTS)]
    assert all(len(sheet.rows) <= pkg_contact.SHEET_ROWS for sheet in sheets)
    for sheet in sheets:  # each row's tile is its own record's preview
        for (r, _), e in sheet.tiles.items():
            assert sheet.rows[r].endswith(e.file.record or "?")
    pkg_build.build_package(kit, merged, tmp_path / "out")
    pdf = pypdfium2.PdfDocument(tmp_path / "out" / "campaign-index.pdf")
    try:
        sizes = [pdf[n].get_size() for n in range(len(pdf))]
        listed = "".join(
            pdf[n].get_textpage().get_text_range() for n in range(len(sheets), len(pdf))
        )
    finally:
        pdf.close()
    assert len(sizes) > len(sheets)  # the grids, then the list
    assert max(h for _, h in sizes) <= 14400
    assert all(f"boxes-en-ev-{i:04d}.pdf" in listed for i in range(EVENTS))
