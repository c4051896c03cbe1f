"""Copy-fit's overflow report in exact numbers, and the paragraph direction it sets text in
(survivors of `mutmut run` on text/fit.py, see docs/mutation.md)."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.text.fit import FitRequest, fit

THEME = "Leave No Child Behind in the Fight Against Human Trafficking"


def request(
    fonts: FontBook, text: str, w: float, h: float, lang: str = "en", rtl: bool = False
) -> FitRequest:
    script = "Arab" if lang == "ar" else "Latn"
    return FitRequest(
        (text,),
        (None,),
        lang,
        rtl,
        tuple(fonts.stack(script, "bold")),
        20,
        20,
        1.1,
        "start",
        False,
        0.4,
        w,
        h,
    )


def test_too_tall_counts_every_line_that_reaches_below_the_box(fonts: FontBook) -> None:
    """Three lines at 20 pt: baselines 18.76, 40.76, 62.76 pt, descent 5.86 pt. In a 43 pt
    box the second line's baseline is inside but its descent is not: two lines over."""
    res = fit(request(fonts, THEME, 300, 43))
    assert [round(ln.baseline, 2) for ln in res.lines] == [18.76, 40.76, 62.76]
    assert res.overflow is not None
    assert res.overflow.lines_over == 2
    assert res.overflow.height_over == pytest.approx(67.56 - 43)
    assert res.overflow.width_over == 0.0  # every word fits the width: none is too wide


@pytest.mark.parametrize(
    ("rtl", "order", "x"),
    [
        (True, [" أطفال", "3", " من كل ", "1"], 351.76),  # right-to-left paragraph, right-aligned
        (False, ["1 ", " أطفال", "3", "من كل "], 0.0),
    ],
)
def test_paragraph_direction_is_the_languages(
    fonts: FontBook, rtl: bool, order: list[str], x: float
) -> None:
    res = fit(request(fonts, "1 من كل 3 أطفال", 500, 100, "ar", rtl))
    assert [run.text for line in res.lines for run in line.runs] == order
    assert [round(line.x, 2) for line in res.lines] == [x]


def test_an_empty_line_has_the_primary_fonts_metrics(fonts: FontBook) -> None:
    """A line with no glyphs is as tall as a line of the first font in the stack (not of a
    fallback font), so the lines after it keep their places."""
    res = fit(request(fonts, "Heart\n\nBlue", 300, 300))
    assert [len(line.runs) for line in res.lines] == [1, 0, 1]
    metrics = {(ln.advance, ln.ascent, ln.descent) for ln in res.lines}
    assert len(metrics) == 1
    assert [round(ln.baseline, 2) for ln in res.lines] == [18.76, 40.76, 62.76]
