"""A zero-width non-joiner (ZWNJ, U+200C) typed with a space beside it, doubled, or at a cell's
start or end in a merged event's text cells (`translate.zwnj`, as a translation's): an
organiser typing Persian makes the slips a translator makes (`نشانه‌ ها`: the space prints,
and the flyer shows two words), which merged without a word. Each slip is a warning at its
cell, in a translation's words; the row is made as typed. The other checks of a strings
file's typing (`translate.spaces`, `translate.quotes`) are not made on cells; its letters'
(`text.arabic-letters` and the others) are: tests/text/test_arabic_letters.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit
from campaign.text.zwnj import ZWNJ as Z

from .records import write_rows

ROOT = Path(__file__).resolve().parents[2]
HEAD = ["event_id", "language", "title", "date", "time", "venue", "organiser"]
SPACED = (
    "warning[translate.zwnj]: row 2, column title (C): the cell has a zero-width non-joiner "
    f"(U+200C) followed by a space in \u201cنشانه{Z} ها\u201d (character 6): it prints as two "
    f"words\n  hint: remove the space: \u201cنشانه{Z}ها\u201d is one word, whose parts the "
    "non-joiner alone keeps apart"
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_each_slip_is_a_warning_at_its_cell(tmp_path: Path, kit: Kit, fmt: str) -> None:
    rows = [
        # the trial's slip in a title, one at a venue's end, two in a row in an organiser's
        ["walk", "fa", f"نشانه{Z} ها", "2024-07-30", "18:00", f"پارک ملت{Z}", f"انجمن{Z}{Z}ها"],
        # a ZWNJ between letters is Persian's own: no word
        ["run", "fa", f"می{Z}توانید", "2024-07-31", "18:00", "Park", f"خانه{Z}ها"],
    ]
    path = write_rows(tmp_path / "events", rows, fmt, HEAD)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in good] == ["walk", "run"]  # made as typed
    assert [d.render() for d in errs.items] == [
        f"{path}:2:3: {SPACED}",
        f"{path}:2:6: warning[translate.zwnj]: row 2, column venue (F): the cell has a "
        "zero-width non-joiner (U+200C) at the text's end (character 9): it keeps no letters "
        "apart\n  hint: remove it",
        f"{path}:2:7: warning[translate.zwnj]: row 2, column organiser (G): the cell has 2 "
        f"zero-width non-joiners (U+200C) in a row in \u201cانجمن{Z}{Z}ها\u201d (character 6): "
        "one keeps the letters apart, the second does nothing\n"
        f"  hint: write one: \u201cانجمن{Z}ها\u201d",
    ]
    assert good[0].layer.values["event_title"].text == f"نشانه{Z} ها"
