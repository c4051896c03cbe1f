"""One row of the fit report, as JSON and as text (survivors of the third mutation pass over
layout/report.py, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

from campaign.layout.report import FitRow


def test_a_row_as_json_rounds_size_and_room() -> None:
    row = FitRow("front", "title", 17.6543, 12.0, 24.0, "short", 3, -1.26)
    assert row.as_json() == {
        "page": "front",
        "slot": "title",
        "size_pt": 17.65,
        "range_pt": [12.0, 24.0],
        "variant": "short",
        "lines": 3,
        "room_mm": -1.3,
    }


def test_a_row_as_text_says_what_was_shrunk_and_shortened() -> None:
    shrunk = FitRow("front", "title", 17.6543, 12.0, 24.0, "short", 3, -1.26)
    assert shrunk.render() == (
        "front/title: 17.7 pt (shrunk from 24), short variant, 3 line(s), -1.3 mm left"
    )
    full = FitRow("back", "word", 23.995, 12.0, 24.0, "text", 1, 0.04)
    assert full.render() == "back/word: 24.0 pt, 1 line(s), 0.0 mm left"  # within 0.01 pt
    below = FitRow("back", "word", 23.985, 12.0, 24.0, "text", 1, 0.0)
    assert below.render() == "back/word: 24.0 pt (shrunk from 24), 1 line(s), 0.0 mm left"
