"""`kinsoku` and `keep_all` on hand-made segments (whatever ICU would give): which breaks
they take away, exactly."""

from __future__ import annotations

from campaign.text.breaks import keep_all, kinsoku


def test_kinsoku_joins_before_a_closing_mark_and_after_an_opening_one() -> None:
    text = "A(B) C.D"
    segs = ((0, 1), (1, 2), (2, 3), (3, 4), (4, 6), (6, 7), (7, 8))
    # "(" may not end a line, ")" and "." may not start one
    assert kinsoku(text, segs) == ((0, 1), (1, 4), (4, 7), (7, 8))


def test_kinsoku_looks_past_white_space_to_the_last_character() -> None:
    assert kinsoku("x( y", ((0, 1), (1, 3), (3, 4))) == ((0, 1), (1, 4))
    assert kinsoku("xy(B", ((0, 3), (3, 4))) == ((0, 4),)  # the last one only
    assert kinsoku("x(yB", ((0, 3), (3, 4))) == ((0, 3), (3, 4))
    assert kinsoku("ab", ((0, 1), (1, 2))) == ((0, 1), (1, 2))
    assert kinsoku("", ()) == ()


def test_keep_all_breaks_only_where_a_letter_does_not_meet_a_letter() -> None:
    text = "ab cd,ef"
    segs = ((0, 1), (1, 3), (3, 4), (4, 6), (6, 8))
    assert keep_all(text, segs) == ((0, 3), (3, 6), (6, 8))
    # digits and marks count as letters; punctuation and spaces do not
    assert keep_all("한1\u0301국", ((0, 1), (1, 2), (2, 3), (3, 4))) == ((0, 4),)
    assert keep_all("한-국 a", ((0, 1), (1, 2), (2, 3), (3, 5))) == ((0, 1), (1, 2), (2, 3), (3, 5))
