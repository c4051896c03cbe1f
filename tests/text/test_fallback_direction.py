"""A string a language has not translated yet prints in the source language, with the source
text's own direction: an English fallback inside an Arabic page reads left to right, its full
stop at its end (not moved to the start, as a right-to-left paragraph direction would)."""

from __future__ import annotations

from pathlib import Path

from campaign.layout.document import TextItem
from campaign.pipeline.api import check

from ..kits import mini_copy


def runs_of(kit: Path, lang: str) -> list[tuple[str, float, bool]]:
    """(characters, x in pt, right to left) of each run of the mini kit's word slot."""
    _, laid, _ = check(kit, (lang,), ("text",))
    (doc,) = laid
    (item,) = [i for i in doc.page.pages[0].items if isinstance(i, TextItem)]
    return [
        (run.source[run.start : run.end], run.x + line.x, run.rtl)
        for line in item.text.lines
        for run in line.runs
    ]


def test_a_fallback_keeps_the_direction_of_its_own_text(tmp_path: Path) -> None:
    kit = mini_copy(
        tmp_path,
        {
            "strings/en.yaml": ("word: Heart", "word: Yes."),
            "strings/ar.yaml": ("  word: قلب\n", ""),
        },
    )
    runs = runs_of(kit, "ar")
    assert all(not rtl for _, _, rtl in runs), runs
    # one line; the full stop is its rightmost thing, after "Yes"
    stop = next(x for text, x, _ in runs if "." in text)
    assert stop == max(x for _, x, _ in runs)
    assert "".join(text for text, _, _ in sorted(runs, key=lambda r: r[1])) == "Yes."


def test_a_translated_arabic_string_stays_right_to_left(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path, {"strings/ar.yaml": ("word: قلب", "word: قلب أزرق.")})
    runs = runs_of(kit, "ar")
    assert runs
    assert all(rtl for text, _, rtl in runs if text.strip(" ."))
    # right to left: the full stop ends the sentence on the left
    stop = next(x for text, x, _ in runs if "." in text)
    assert stop == min(x for _, x, _ in runs)
