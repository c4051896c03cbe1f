"""A merge streams its documents: each record's document is composed, drawn, staged and dropped
before the next one is composed, so memory does not grow with the number of records (timing
and memory numbers: bench/run.py, scenario merge1k/merge10k)."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

import pytest

from campaign.pipeline import execute

from ..kits import ROOT, cli

RECORDS = 6


def test_documents_are_not_all_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = ["event_id,language,title,date,time,venue,organiser,contact,link,photo"]
    rows += [f"walk-{i},en,Walk {i},2024-07-30,08:00,Park {i},Group,,," for i in range(RECORDS)]
    data = tmp_path / "events.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    alive: set[int] = set()
    peak: list[int] = []
    real = execute.compose_document

    def counting(*args: Any) -> Any:
        laid = real(*args)
        page = laid.composed.page
        alive.add(id(page))
        weakref.finalize(page, alive.discard, id(page))
        peak.append(len(alive))
        return laid

    monkeypatch.setattr(execute, "compose_document", counting)
    code, text = cli(
        "merge", "event-flyer-a5", data, "--kit", ROOT, "-o", tmp_path / "out",
        "--jobs", "1", "--no-png", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    assert len(peak) == RECORDS  # every record's document was composed
    assert max(peak) == 1  # and each was gone before the next one was composed
