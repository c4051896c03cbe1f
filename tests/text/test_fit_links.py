"""Copy-fit keeps a link whole when a size of the range allows it: an address under an event
flyer's QR code set on one line at 6 pt, not broken over two at 6.5 pt (text.fit's module
docstring). A link too long for one line at the smallest size is broken at the largest size
that fits, as before; a text with no link is set at the largest size that fits."""

from __future__ import annotations

from campaign.fonts import FontBook
from campaign.text.fit import FitRequest, fit
from campaign.text.paragraph import build_line, prepare

LINK = "example.org/walk-against-trafficking"
LANG = "en"
MAX, MIN = 6.5, 6.0


def one_line(fonts: FontBook, text: str, size: float) -> float:
    """The width of `text` on one line at `size`, pt."""
    p = prepare(text, LANG, False, fonts.stack("Latn", "bold"))
    return build_line(p, 0, len(text), size)[1]


def request(
    fonts: FontBook,
    texts: tuple[str, ...],
    width: float,
    links: frozenset[int],
    max_lines: int = 2,
) -> FitRequest:
    return FitRequest(
        texts,
        (None,) * len(texts),
        LANG,
        False,
        tuple(fonts.stack("Latn", "bold")),
        MAX,
        MIN,
        1.1,
        "center",
        False,
        0.0,
        width,
        100.0,  # room for several lines: the height is never the limit here
        max_lines,
        links,
        unhyphenated=links,
    )


def test_link_set_smaller_on_one_line_rather_than_broken(fonts: FontBook) -> None:
    box = one_line(fonts, LINK, MIN) + 0.01  # whole at 6 pt, not at 6.24 or 6.5
    assert one_line(fonts, LINK, 6.24) > box
    res = fit(request(fonts, (LINK,), box, frozenset({0})))
    assert res.overflow is None
    assert res.size == MIN
    assert len(res.lines) == 1
    assert res.lines[0].width <= box


def test_the_same_text_not_a_link_is_broken_at_the_largest_size(fonts: FontBook) -> None:
    box = one_line(fonts, LINK, MIN) + 0.01
    res = fit(request(fonts, (LINK,), box, frozenset()))
    assert res.overflow is None
    assert res.size == MAX
    assert len(res.lines) == 2


def test_link_too_long_for_one_line_is_broken_at_the_largest_size(fonts: FontBook) -> None:
    box = one_line(fonts, LINK, MIN) * 0.7  # whole at no size of the range
    res = fit(request(fonts, (LINK,), box, frozenset({0})))
    assert res.overflow is None
    assert res.size == MAX
    assert len(res.lines) == 2
    assert all(ln.width <= box for ln in res.lines)


def test_only_the_link_paragraph_must_be_whole(fonts: FontBook) -> None:
    """A label above the link may take two lines; the link below it keeps to one."""
    label = "Scan the code or type the address to join the walk"
    box = one_line(fonts, LINK, MIN) + 0.01
    res = fit(request(fonts, (label, LINK), box, frozenset({1}), max_lines=0))
    assert res.overflow is None
    assert res.size == MIN
    per_paragraph = [sum(1 for ln in res.lines if ln.paragraph == i) for i in (0, 1)]
    assert per_paragraph == [per_paragraph[0], 1]
    assert per_paragraph[0] >= 2
