"""A string that completes another's sentence is not shown without it: a designer's window
card showed `fact` ("detected victims of human trafficking is a child") without
`fact_figure` ("1 in 3"), and `check` passed it (`layout.fragment`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..kits import check

LAYOUT = "materials/layouts/social-1080x1080.yaml"
FIGURE = (
    "  - {name: figure, kind: text, string: fact_figure, style: figure, valign: middle,\n"
    "     frame: {start: 108, top: 151, width: 144, height: 38}}\n"
)
FACT = "  - {name: fact, kind: text, string: fact, style: fact, valign: middle,\n"


def test_the_kits_layouts_show_no_fragment(kit_copy: Callable[..., Path]) -> None:
    code, out = check(kit_copy(), "--lang", "en")
    assert "layout.fragment" not in out, out
    assert code == 0, out


def test_a_fact_without_its_figure_is_a_warning_at_its_slot(
    kit_copy: Callable[..., Path],
) -> None:
    kit = kit_copy()
    path = kit / LAYOUT
    text = path.read_text(encoding="utf-8")
    assert FIGURE in text
    text = text.replace(FIGURE, "")
    path.write_text(text, encoding="utf-8")
    line = text[: text.index(FACT)].count("\n") + 1
    code, out = check(kit, "--lang", "en", "--only", "social-1080x1080")
    assert (
        f"{LAYOUT}:{line}:5: warning[layout.fragment]: social-1080x1080 shows 'fact' (slot "
        "'fact') without 'fact_figure', whose sentence it completes: alone it reads as half a "
        "sentence\n  hint: add a text slot with `string: fact_figure` before it on the page "
        "(the poster's `figure` slot is one), or show neither"
    ) in out
    assert out.count("layout.fragment") == 1, out
    assert code == 0, out
