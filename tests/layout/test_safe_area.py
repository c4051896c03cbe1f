"""The safe-area message names the edge in the language's terms and says when text is past
the trim."""

from pathlib import Path

from campaign.kinds import MM, SafeRect
from campaign.pipeline.api import check

from ..kits import cli, mini_copy


def test_edge_and_past_the_trim() -> None:
    area = SafeRect(5 * MM, 5.0)
    trim = (100 * MM, 100 * MM)
    ink = (10 * MM, 90 * MM, 50 * MM, 102.9 * MM)  # 2.9 mm below the trim
    over, edge = area.worst_edge(ink, trim)
    assert edge == "bottom"
    assert area.describe(over, edge) == (
        "text comes 7.9 mm into the 5 mm safe margin at the bottom edge, 2.9 mm past the trim"
    )
    left = (3 * MM, 10 * MM, 20 * MM, 20 * MM)
    over, edge = area.worst_edge(left, trim)
    assert area.describe(over, edge, rtl=False).endswith("at the start edge")
    assert area.describe(over, edge, rtl=True).endswith("at the end edge")  # left is the end


def test_a_text_without_lines_has_no_ink_to_check(tmp_path: Path) -> None:
    """A text that sets no line (blank strings are refused when the kit loads, blank fields
    are not drawn, so only code makes one): nothing reaches the margin, and no crash."""
    from dataclasses import replace

    from campaign.layout.checks import safe_area_problems
    from campaign.layout.document import TextItem
    from campaign.text.fit import TextSet

    kit = mini_copy(tmp_path)
    kit_model, laid, _ = check(kit, ("en",), ("text",))
    (doc,) = laid
    (item,) = doc.page.text_items()
    empty = replace(item, text=TextSet((), item.text.size, 0.0, "text"))
    page = doc.page.pages[0]
    blank = replace(doc.page, pages=(replace(page, items=(empty,)),))
    assert isinstance(empty, TextItem)
    assert safe_area_problems(blank, kit_model.layouts["text"]) == []


def test_a_blank_string_is_refused_once(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path, {"strings/en.yaml": ("word: Heart", 'word: " "')})
    code, out = cli("check", "--kit", kit, "--only", "text", "--lang", "en")
    assert code == 1
    assert "error[schema.type]: 'word' in en.yaml must be non-empty text (got ' ')" in out
    assert out.count("error[") == 1, out  # its uses are not errors too
