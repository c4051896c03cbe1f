"""Copy-fit's sizes, its tolerance at the box's edges, and the direction of a paragraph shown in
another language (survivors of `mutmut run "campaign.text.fit*"`, see
docs/mutation/text-and-layout.md)."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.fit import FitRequest, first_strong_rtl, fit, sizes
from campaign.text.paragraph import EPS


def request(
    fonts: FontBook,
    texts: tuple[str, ...],
    w: float,
    h: float,
    shorts: tuple[str | None, ...] = (None,),
    auto_direction: frozenset[int] = frozenset(),
) -> FitRequest:
    """English, bold, 20 pt only, leading 1.1, start-aligned, left to right."""
    return FitRequest(
        texts,
        shorts,
        "en",
        False,
        tuple(fonts.stack("Latn", "bold")),
        20,
        20,
        1.1,
        "start",
        False,
        0.4,
        w,
        h,
        0,
        auto_direction,
    )


def test_the_size_ladder_steps_down_4_percent_to_the_minimum() -> None:
    assert list(sizes(20, 14)) == [20, 19.2, 18.43, 17.69, 16.99, 16.31, 15.66, 15.03, 14.43, 14]
    # a maximum within the tolerance above the minimum is the minimum alone
    assert list(sizes(10 + EPS, 10)) == [10]
    assert list(sizes(10 + 2 * EPS, 10)) == [10.02, 10]
    assert list(sizes(10, 10)) == [10]


def test_a_text_as_tall_as_its_box_fits(fonts: FontBook) -> None:
    """One line at 20 pt with leading 1.1 is 22 pt tall: it fits a 22 pt box, and a box that is
    short by the tolerance (0.01 pt) still; 0.02 pt short, it overflows by that much."""
    assert fit(request(fonts, ("Heart",), 300, 22.0)).height == 22.0
    assert fit(request(fonts, ("Heart",), 300, 22.0)).overflow is None
    assert fit(request(fonts, ("Heart",), 300, 22.0 - EPS)).overflow is None
    over = fit(request(fonts, ("Heart",), 300, 22.0 - 2 * EPS)).overflow
    assert over is not None
    assert over.height_over == pytest.approx(2 * EPS)
    assert over.lines_over == 1  # its descent reaches 24.62 pt


@pytest.mark.parametrize(
    ("box", "lines_over"),
    [
        (46.62, 1),  # the second line's bottom (baseline + descent) on the box's bottom: inside
        (46.62 - EPS, 1),  # within the tolerance: still inside
        (46.62 - 2 * EPS, 2),
        (24.62, 2),  # the first line's bottom on the box's bottom
        (24.6, 3),
    ],
)
def test_a_line_that_ends_on_the_boxs_bottom_is_inside(
    fonts: FontBook, box: float, lines_over: int
) -> None:
    """Three lines at 20 pt: bottoms (baseline + descent) at 24.62, 46.62 and 68.62 pt."""
    res = fit(request(fonts, ("Heart\nBlue\nSea",), 300, box))
    assert [round(ln.baseline + ln.descent, 2) for ln in res.lines] == [24.62, 46.62, 68.62]
    assert res.overflow is not None
    assert res.overflow.lines_over == lines_over


def test_short_variants_must_pair_with_the_texts(fonts: FontBook) -> None:
    """A `short:` for one paragraph of two is a caller's mistake, not a text that loses its
    second paragraph."""
    with pytest.raises(ValueError, match="zip"):
        fit(request(fonts, ("Heart", "Blue"), 300, 300, shorts=("H",)))


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("Yes.", False),
        ("قلب", True),  # Arabic letter (AL)
        ("שלום", True),  # Hebrew letter (R)
        ("3 قلب", True),  # digits and spaces are weak: the first letter decides
        ("... שלום abc", True),
        ("3 Heart قلب", False),
        ("12 !", False),  # no strong character
        ("", False),
    ],
)
def test_first_strong_character_decides_the_direction(text: str, rtl: bool) -> None:
    assert first_strong_rtl(text) is rtl


def test_an_arabic_fallback_in_a_left_to_right_page_reads_right_to_left(fonts: FontBook) -> None:
    """With auto direction, the Arabic paragraph is set right to left (its glyphs drawn from the
    full stop, leftmost, to the first letter, rightmost); the English one stays left to right."""
    arabic, english = "قلب أزرق.", "Blue heart."
    res = fit(request(fonts, (arabic, english), 300, 300, (None, None), frozenset({0, 1})))
    (ar_run,), (en_run,) = (ln.runs for ln in res.lines)
    assert (ar_run.text, ar_run.rtl, en_run.text, en_run.rtl) == (arabic, True, english, False)
    clusters = [g.cluster for g in ar_run.glyphs]
    assert clusters[0] == arabic.index(".")
    assert clusters[-1] == 0
    assert clusters == sorted(clusters, reverse=True)
