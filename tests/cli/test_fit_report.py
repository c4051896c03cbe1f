"""`check --report`: per text slot, the size copy-fit chose, its lines and the room left."""

from __future__ import annotations

import json
from pathlib import Path

from ..kits import cli, mini_copy


def test_the_report_says_what_copy_fit_chose(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path)
    code, out = cli("check", "--kit", kit, "--report", "--only", "text,badge", "--lang", "en,ar")
    assert code == 0, out
    lines = [line for line in out.splitlines() if " front/" in line]
    # the word in its 14 x 14 mm box at full size; on the badge the Arabic word is shrunk
    assert lines == [
        "text [en] front/word: 12.0 pt, 1 line(s), 8.9 mm left",
        "text [ar] front/word: 12.0 pt, 1 line(s), 6.1 mm left",
        "badge [en] front/word: 8.0 pt, 1 line(s), 0.6 mm left",
        "badge [ar] front/word: 6.0 pt (shrunk from 8), 1 line(s), 0.1 mm left",
    ]


def test_a_longer_text_takes_the_room_and_the_json_report_lists_it(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path, {"strings/en.yaml": ("word: Heart", 'word: "Heart heart heart"')})
    code, out = cli("check", "--kit", kit, "--report", "--only", "text", "--lang", "en", "--json")
    assert code == 0, out
    (row,) = json.loads(out)["report"]
    assert row["slot"] == "word"
    assert row["range_pt"] == [6.0, 12.0]
    assert row["lines"] > 1  # wrapped
    assert row["room_mm"] < 8.9  # less room than the one word left
