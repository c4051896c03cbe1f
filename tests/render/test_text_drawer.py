"""The text drawer on a canvas that records every call: small 100 K text overprints in
print, up to 12 pt (no white hairline where the press misregisters); other text does not."""

from __future__ import annotations

import pytest

from campaign.fonts import FontBook
from campaign.layout.document import ArcTextItem, Box, TextItem
from campaign.model import Colour
from campaign.render import glyphs
from campaign.render.colour import Palette
from campaign.render.items import DrawContext, Resources, draw
from campaign.render.target import Target
from campaign.text.fit import TextSet
from campaign.text.paragraph import BlockStyle, prepare, set_paragraphs

from .test_item_drawers import Recorder


class _Line:
    """Stands in for render.glyphs.TextLine (a reportlab text object, which reads a real
    canvas's state) on a Recorder: its line drawn as the canvas's drawString."""

    def __init__(self, canvas: Recorder, x: float, y: float) -> None:
        self.canvas, self.x, self.y = canvas, x, y

    def textLine(self, text: str) -> None:  # noqa: N802  (reportlab's name)
        self.canvas.drawString(self.x, self.y, text)


@pytest.fixture(autouse=True)
def _recorded_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glyphs, "TextLine", _Line)


PALETTE = Palette(
    {
        "black": Colour("black", (0.0, 0.0, 0.0, 1.0), (0.0, 0.0, 0.0)),
        "navy": Colour("navy", (1.0, 0.8, 0.25, 0.5), (0.0, 0.0, 0.5)),
        "rich": Colour("rich", (0.4, 0.3, 0.3, 1.0), (0.0, 0.0, 0.0)),  # not 100 K alone
    },
    cmyk=True,
)


def text_item(fonts: FontBook, size: float, colour: str) -> TextItem:
    stack = fonts.stack("Latn", "regular", "en")
    style = BlockStyle(size, 1.2, "start", False, 0.4)
    lines, height, _ = set_paragraphs([prepare("Heart", "en", False, stack)], 400, style, stack[0])
    return TextItem(
        "s", Box(5, 20, 100, 40), TextSet(tuple(lines), size, height, "text"), colour, (), 3.0
    )


def calls(item: TextItem, cmyk: bool = True) -> list[str]:
    canvas = Recorder()
    palette = PALETTE if cmyk else Palette(PALETTE.colours, cmyk=False)
    ctx = DrawContext(canvas, 10.0, 200.0, palette, lambda c: c, Target(), Resources())  # type: ignore[arg-type]
    draw(item, ctx)
    return [entry[0] for entry in canvas.log]


OVERPRINT = ["canvas.setFillOverprint", "canvas.setOverprintMask"]


def test_small_black_text_overprints_in_print(fonts: FontBook) -> None:
    log = calls(text_item(fonts, 12.0, "black"))
    assert log[:4] == ["canvas.setFillColor", "canvas.saveState", *OVERPRINT]
    assert log[-1] == "canvas.restoreState"


@pytest.mark.parametrize(
    ("size", "colour", "cmyk"),
    [
        (12.5, "black", True),  # black text above 12 pt: knocked out
        (10.0, "navy", True),  # a colour: never overprinted
        (10.0, "rich", True),  # rich black (C, M, Y under K): knocked out
        (10.0, "black", False),  # the screen: no overprint
    ],
)
def test_other_text_does_not_overprint(
    fonts: FontBook, size: float, colour: str, cmyk: bool
) -> None:
    log = calls(text_item(fonts, size, colour), cmyk)
    assert not set(OVERPRINT) & set(log)
    assert "canvas.saveState" not in log


@pytest.mark.parametrize("side", ["top", "bottom"])
def test_an_arc_reads_left_to_right_on_either_side(fonts: FontBook, side: str) -> None:
    """Each glyph is moved to its place on the circle (centre 110, 150 on the canvas, radius
    50 pt): along the top, over the centre; along the bottom, under it; in both, the first
    letter on the left."""
    stack = fonts.stack("Latn", "regular", "en")
    style = BlockStyle(10, 1.2, "start", False, 0.4)
    (line,) = set_paragraphs([prepare("HEART", "en", False, stack)], 400, style, stack[0])[0]
    canvas = Recorder()
    ctx = DrawContext(canvas, 10.0, 200.0, PALETTE, lambda c: c, Target(), Resources())  # type: ignore[arg-type]
    draw(ArcTextItem("rim", 100.0, 50.0, 50.0, line, 10.0, "navy", side, ()), ctx)
    places = [entry[1:3] for entry in canvas.log if entry[0] == "canvas.translate"]
    assert len(places) == 5
    xs = [x for x, _ in places]
    assert xs == sorted(xs)  # left to right
    for x, y in places:
        assert (x - 110) ** 2 + (y - 150) ** 2 == pytest.approx(50**2)
        assert (y > 150) == (side == "top")
