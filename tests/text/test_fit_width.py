"""Copy-fit against the box's width: a word wider than its box is never accepted; the text is
set smaller until the word fits, and below the smallest size the overflow says by how much.
The language is Swahili, which the kit does not hyphenate: in one that it does, the word would
be hyphenated before it is set smaller (test_hyphenation.py)."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.fit import FitRequest, fit
from campaign.text.paragraph import build_line, prepare

WORD = "Trafficking"
LANG = "sw"


def width(fonts: FontBook, size: float) -> float:
    p = prepare(WORD, LANG, False, fonts.stack("Latn", "bold"))
    return build_line(p, 0, len(WORD), size)[1]


def request(fonts: FontBook, w: float, max_size: float, min_size: float) -> FitRequest:
    return FitRequest(
        (WORD,),
        (None,),
        LANG,
        False,
        tuple(fonts.stack("Latn", "bold")),
        max_size,
        min_size,
        1.1,
        "start",
        False,
        0.4,
        w,
        1000.0,  # height is never the limit here
    )


def test_word_wider_than_the_box_is_set_smaller(fonts: FontBook) -> None:
    box = width(fonts, 30.06) + 0.01  # the word fits at 30.06 pt (40 * 0.96^7), not at 40
    res = fit(request(fonts, box, 40, 10))
    assert res.overflow is None
    assert res.size == 30.06 == round(40 * 0.96**7, 2)  # the first 4 % step that fits
    assert [ln.width for ln in res.lines] == [pytest.approx(width(fonts, 30.06))]
    assert res.lines[0].width <= box


def test_the_size_before_does_not_fit(fonts: FontBook) -> None:
    box = width(fonts, 30.06) + 0.01
    over = fit(request(fonts, box, 31.31, 31.31))  # 40 * 0.96^6
    assert over.overflow is not None
    assert over.overflow.width_over == pytest.approx(width(fonts, 31.31) - box)
    assert over.overflow.height_over == 0
    assert over.overflow.lines_over == 0


def test_word_too_wide_at_the_smallest_size(fonts: FontBook) -> None:
    box = width(fonts, 20) - 10  # 10 pt short even at the smallest size
    res = fit(request(fonts, box, 40, 20))
    assert res.overflow is not None
    assert res.overflow.size == 20
    assert res.size == 20
    assert res.overflow.width_over == pytest.approx(10)
    assert res.overflow.height_over == 0
