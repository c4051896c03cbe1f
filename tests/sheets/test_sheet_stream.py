"""`sheet` reads the build's manifest entry by entry (`package.load_manifest`, a spool): of a
merge's folder it keeps only the files of the material asked for, and imposes the sheets the
reader that held every entry imposed (tests/manifest_whole.py), byte for byte."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from campaign.output import MANIFEST, OutputFile, manifest_text, read_manifest
from campaign.pipeline.kitcache import cached_kit
from campaign.sheets import build as sheets
from campaign.sheets import cell_sheet, press
from campaign.sheets.build import SheetRequest, make_sheet
from tests.folders import alive, event_files
from tests.manifest_whole import load_manifest_whole

from ..kits import build, mini_copy

EVENTS = 150  # 300 files of another material


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini kit's badge and boxes in en and ar, and a merge's files of another material."""
    root = tmp_path_factory.mktemp("crowded")
    kit = mini_copy(root)
    out = build(kit, root / "out", "--only", "badge,boxes", "--png-ppi", "10", "--jobs", "1")
    others = event_files(EVENTS, material="filler")
    for entry, data in others:
        (out / entry.path).parent.mkdir(parents=True, exist_ok=True)
        (out / entry.path).write_bytes(data)
    entries = sorted(read_manifest(out) + [e for e, _ in others], key=lambda e: e.path)
    (out / MANIFEST).write_text(manifest_text(entries, None), encoding="utf-8")
    return out


REQUESTS = [
    {"material": "badge"},
    {"material": "badge", "languages": ("ar",), "copies": 3, "fill": True},
    {"material": "boxes", "home": True, "up": 4},
    {"material": "boxes", "up": 2},
]


@pytest.mark.parametrize("asked", REQUESTS, ids=lambda a: "-".join(map(str, a.values())))
def test_a_sheet_is_the_one_the_whole_list_reader_imposed(
    crowded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked: dict[str, Any]
) -> None:
    kit = cached_kit(crowded.parent)
    req = SheetRequest(crowded, **asked)
    streamed = make_sheet(kit, req, tmp_path / "streamed.pdf")
    monkeypatch.setattr(sheets, "load_manifest", load_manifest_whole)
    whole = make_sheet(kit, req, tmp_path / "whole.pdf")
    assert streamed.pieces == whole.pieces > 0
    assert streamed.sheets == whole.sheets
    assert (tmp_path / "streamed.pdf").read_bytes() == (tmp_path / "whole.pdf").read_bytes()


@pytest.mark.parametrize("asked", [REQUESTS[0], REQUESTS[3]], ids=["badge", "press"])
def test_a_sheet_made_again_a_second_later_has_the_same_bytes(
    crowded: Path, tmp_path: Path, asked: dict[str, Any]
) -> None:
    """Its trailer /ID too: the imposed pages are saved with an /ID qpdf makes from the time,
    and finishing kept an /ID's first half, so a sheet made a second later differed."""
    kit = cached_kit(crowded.parent)
    make_sheet(kit, SheetRequest(crowded, **asked), tmp_path / "first.pdf")
    time.sleep(1.1)
    make_sheet(kit, SheetRequest(crowded, **asked), tmp_path / "again.pdf")
    assert (tmp_path / "first.pdf").read_bytes() == (tmp_path / "again.pdf").read_bytes()


@pytest.mark.parametrize("asked", [REQUESTS[0], REQUESTS[3]], ids=["badge", "boxes"])
@pytest.mark.usefixtures("young_heap")
def test_a_sheet_holds_only_the_entries_it_imposes(
    crowded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked: dict[str, Any]
) -> None:
    kit = cached_kit(crowded.parent)
    seen: list[int] = []

    def watched(real: Any) -> Any:
        def call(*args: Any, **kw: Any) -> Any:
            seen.append(alive(OutputFile))
            return real(*args, **kw)

        return call

    monkeypatch.setattr(sheets, "impose", watched(sheets.impose))
    for module in (cell_sheet, press):  # stickers and home sheets; press sheets
        monkeypatch.setattr(module, "impose_cells", watched(module.impose_cells))
    before = alive(OutputFile)
    result = make_sheet(kit, SheetRequest(crowded, **asked), tmp_path / "sheet.pdf")
    assert result.pieces
    # the material's print PDFs in en and ar (the code that held every entry: 300 more)
    assert len(seen) == 1
    assert seen[0] - before <= 2 + 2
