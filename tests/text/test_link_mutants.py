"""Properties of the newest phone-number links that no test held: each test here failed under
a bug planted in the code it names (the thirty-ninth session's mutation testing), and passes
without it. What a printed phone number opens (iri.PHONE, iri.printed_target) and which run
of digits is a link at all (text.scripts.LINK, LOCAL_PHONE_DIGITS). The numbers are
placeholders of 0s or the tests' own (tests/render/test_links.py), no one's."""

from __future__ import annotations

import pytest

from campaign.iri import printed_target
from campaign.text.scripts import link_spans


@pytest.mark.parametrize(
    ("printed", "target"),
    [
        ("+00 0000 0000 0000 0", "tel:+00-0000-0000-0000-0"),  # 15 digits: E.164's most
        ("+00 0000 0000 0000 00", None),  # 16: no number to call
        ("012 3456", "tel:012-3456"),  # 7 digits with its 0: the fewest
        ("012 345", None),
        ("(012) 3456", "tel:012-3456"),  # a trunk 0 in brackets
        ("+33\u00a01 23 45 67 89", "tel:+33-1-23-45-67-89"),  # a spreadsheet's no-break space
    ],
)
def test_a_phone_numbers_digits_are_7_to_15(printed: str, target: str | None) -> None:
    assert printed_target(printed) == target


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("012 3456", [(0, 8)]),  # seven digits without a +: a number
        ("Tel. 012 3456.", [(5, 13)]),
        ("012 345", []),  # six: a count, not a number
        ("Tel. 012 345.", []),
        ("1 250 00", []),
    ],
)
def test_a_local_number_has_seven_digits_at_least(text: str, spans: list[tuple[int, int]]) -> None:
    assert link_spans(text) == spans


@pytest.mark.parametrize("text", ["No(1234567)", "x(1234567)"])
def test_digits_in_a_bracket_after_a_word_are_no_number(text: str) -> None:
    """The bracket is the word's (a reference, a function): no phone number begins in it."""
    assert link_spans(text) == []
