"""Rim text along a badge's arc: the line is set in visual order before it is bent, so a
right-to-left language starts at the right end of the arc, and the arc reads upright."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.layout.document import ArcTextItem
from campaign.pipeline.api import check

RIM = (
    "  - {name: rim, kind: arc-text, string: hashtags, style: rim, side: bottom, pin: true,\n"
    "     frame: {start: 9.5, top: 9.5, width: 51, height: 51}}"
)


@pytest.mark.parametrize(("lang", "side"), [("ar", "top"), ("ar", "bottom"), ("en", "top")])
def test_the_first_letter_is_where_reading_starts(
    kit_copy: Callable[..., Path], lang: str, side: str
) -> None:
    root = Path(__file__).resolve().parents[2]
    badge = (root / "materials/layouts/badge-58.yaml").read_text(encoding="utf-8")
    assert RIM in badge
    # `overlap: true`: along the top, the rim runs over the heart's box (the order of its
    # letters is what is tested here)
    rim = RIM.replace("string: hashtags", "string: cta_title").replace(
        "side: bottom", f"side: {side}, overlap: true"
    )
    copy = kit_copy(**{"materials/layouts/badge-58.yaml": badge.replace(RIM, rim)})
    _, laid, _ = check(copy, (lang,), ("badge-58",))
    (doc,) = laid
    (arc,) = [i for i in doc.page.pages[0].items if isinstance(i, ArcTextItem)]
    # every glyph's position along the line (pt from its left end) and its cluster (the index
    # of the character it shows in the text)
    placed = []
    for run in arc.line.runs:
        x = run.x
        for g in run.glyphs:
            placed.append((x, g.cluster))
            x += g.x_advance / run.face.upem * arc.size
    first = min(placed, key=lambda p: p[1])  # the first character of the text
    xs = [x for x, _ in placed]
    if lang == "ar":  # right to left: it starts at the right end of the line
        assert first[0] == max(xs)
    else:
        assert first[0] == min(xs)
    assert arc.side == side
