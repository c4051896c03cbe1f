"""Marked-content operators, exactly as they go into the content stream."""

from __future__ import annotations

from typing import Any

import pytest

from campaign.render.tagging import actual_text, begin_item, begin_span, end


class Code:
    """Stands in for a Canvas: only its list of content-stream lines."""

    def __init__(self) -> None:
        self._code: list[str] = []


def canvas() -> Any:
    return Code()


@pytest.mark.parametrize(
    ("role", "tag", "line"),
    [
        ("heading", "H1", "/H1 <</MCID 7>> BDC"),
        ("paragraph", "P", "/P <</MCID 7>> BDC"),
        ("figure", "Figure", "/Figure <</MCID 7>> BDC"),
        ("artifact", None, "/Artifact BMC"),
    ],
)
def test_an_item_opens_as_its_tag_or_as_an_artifact(role: str, tag: str | None, line: str) -> None:
    c = canvas()
    assert begin_item(c, role, 7) == tag
    end(c)
    assert c._code == [line, "EMC"]


def test_an_unknown_role_is_a_bug() -> None:
    with pytest.raises(KeyError):
        begin_item(canvas(), "table", 0)


@pytest.mark.parametrize(
    ("text", "hex_"),
    [
        ("", ""),
        ("a", "0061"),
        ("aé", "006100E9"),
        ("ड़", "0921093C"),  # a decomposed nukta, kept as written
        ("𝄞", "D834DD1E"),  # outside the BMP: a surrogate pair
    ],
)
def test_actual_text_is_utf16be_with_a_byte_order_mark(text: str, hex_: str) -> None:
    assert actual_text(text) == f"/Span <</ActualText <FEFF{hex_}>>> BDC"
    c = canvas()
    begin_span(c, text)
    assert c._code == [actual_text(text)]
