"""Marked-content operators, exactly as they go into the content stream."""

from __future__ import annotations

from typing import Any

import pytest

from campaign.render.tagging import actual_text, begin_item, begin_span, end, structure_tags


class Code:
    """Stands in for a Canvas: only its list of content-stream lines."""

    def __init__(self) -> None:
        self._code: list[str] = []


def canvas() -> Any:
    return Code()


@pytest.mark.parametrize(
    ("tag", "inner", "line"),
    [
        ("H1", None, "/H1 <</MCID 7>> BDC"),
        ("H3", None, "/H3 <</MCID 7>> BDC"),
        ("P", None, "/P <</MCID 7>> BDC"),
        ("Figure", None, "/Figure <</MCID 7>> BDC"),
        ("H1", "Figure", "/Figure <</MCID 7>> BDC"),  # the Figure inside the H1 holds it
        (None, None, "/Artifact BMC"),
    ],
)
def test_an_item_opens_as_its_tag_or_as_an_artifact(
    tag: str | None, inner: str | None, line: str
) -> None:
    c = canvas()
    begin_item(c, tag, 7, inner)
    end(c)
    assert c._code == [line, "EMC"]


H, S, P, F, A = "heading", "subheading", "paragraph", "figure", "artifact"


@pytest.mark.parametrize(
    ("roles", "tags"),
    [
        # the poster: the theme, "What you can do"
        ([A, F, P, H, P, S, P], [None, "Figure", "P", "H1", "P", "H2", "P"]),
        # the two-sided flyer: the back's title is the second heading, its sections below it
        ([H, S, P, H, S, P, S], ["H1", "H2", "P", "H2", "H3", "P", "H3"]),
        # an event flyer: its title, then the campaign's theme; blank, the theme alone
        ([F, P, H, P, H, P], ["Figure", "P", "H1", "P", "H2", "P"]),
        ([F, P, P, H, P], ["Figure", "P", "P", "H1", "P"]),
        # a subheading before any heading is the first heading, the next one below it
        ([S, S, H, S], ["H1", "H2", "H2", "H3"]),
        # no heading: the first figure that may head is the H1, a later figure a Figure
        ([A, (F, False), F, P, F], [None, "Figure", "H1", "P", "Figure"]),
        # no heading and no figure that may head: none
        ([P, (F, False)], ["P", "Figure"]),
    ],
)
def test_one_h1_first_and_no_level_skipped(
    roles: list[str | tuple[str, bool]], tags: list[str | None]
) -> None:
    given = [r if isinstance(r, tuple) else (r, r == F) for r in roles]
    assert structure_tags(given) == tags


def test_an_unknown_role_is_a_bug() -> None:
    with pytest.raises(KeyError):
        structure_tags([("table", False)])


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
