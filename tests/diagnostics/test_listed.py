"""`listed`: the one way messages list names ("a", "a and b", "a, b and c"), which the sheet
warnings, `package`'s steps and the colour checks' line numbers use."""

from __future__ import annotations

import pytest

from campaign.colours import line_list
from campaign.diagnostics import listed


@pytest.mark.parametrize(
    ("names", "said"),
    [
        (["its colour bar"], "its colour bar"),
        (["a", "b"], "a and b"),
        (["a", "b", "c"], "a, b and c"),
        (("x", "y", "z", "w"), "x, y, z and w"),
    ],
)
def test_names_are_listed_with_commas_and_a_last_and(names: list[str], said: str) -> None:
    assert listed(names) == said


@pytest.mark.parametrize(
    ("lines", "said"),
    [([4], "line 4"), ([3, 4], "lines 3 and 4"), ([1, 2, 4], "lines 1, 2 and 4")],
)
def test_line_numbers_are_listed_the_same_way(lines: list[int], said: str) -> None:
    assert line_list(lines) == said
