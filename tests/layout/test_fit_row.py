"""One row of the fit report, as JSON and as text (survivors of the third mutation pass over
layout/report.py, see docs/mutation/text-and-layout.md)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from campaign.kit import load_kit
from campaign.layout.document import MM, ArcTextItem
from campaign.layout.report import FitRow, fit_rows
from campaign.pipeline.api import check
from campaign.text.fit import Overflow


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
        "overflow": None,
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


def test_a_row_that_does_not_fit_says_by_how_much_in_place_of_its_room() -> None:
    """A text that misses its box at its smallest size: the sizes tried (shrunk from 24 to
    12 pt) and by how much, in the `text.overflow` error's words, as text and as JSON."""
    over = Overflow(12.0, 3.7 * MM, 2.0 * MM, 1)
    row = FitRow("front", "title", 12.0, 12.0, 24.0, "short", 4, -3.7, over)
    assert row.render() == (
        "front/title: 12.0 pt (shrunk from 24), short variant, 4 line(s), does not fit even at "
        "12 pt: 3.7 mm (1 line(s)) too tall and a word is 2.0 mm too wide"
    )
    assert row.as_json()["overflow"] == {
        "size_pt": 12.0,
        "lines_over": 1,
        "height_over_mm": 3.7,
        "width_over_mm": 2.0,
        "missed": "3.7 mm (1 line(s)) too tall and a word is 2.0 mm too wide",
    }


def test_the_badges_report_has_its_words_and_its_rim(root: Path) -> None:
    """The kit's 58 mm badge in English: the words at full size on two lines, and the rim,
    which has no box: its range is its size and its room is what its line leaves of the
    length it may take (the 0.9 of its half circle the English words leave it whole)."""
    _, laid, _ = check(root, ("en",), ("badge-58",))
    (composed,) = laid
    words, rim = fit_rows(composed.page, load_kit(root).layouts["badge-58"])
    assert replace(words, room_mm=round(words.room_mm, 3)) == FitRow(
        "front", "words", 14.0, 8.0, 14.0, "text", 2, 2.628
    )
    (arc,) = (i for i in composed.page.items if isinstance(i, ArcTextItem))
    left = (arc.radius * 3.14159 * 0.9 - arc.line.width) / MM
    assert 26 < left < 27
    assert replace(rim, room_mm=round(rim.room_mm, 3)) == FitRow(
        "front", "rim", 6.3, 6.3, 6.3, "text", 1, round(left, 3)
    )
