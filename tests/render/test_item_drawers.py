"""The QR and hearts drawers on a canvas that records every call: where each module run and each
heart goes in pt, in which colour, and the QR code's link in tagged PDFs."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.colors import CMYKColor
from reportlab.pdfbase.pdfdoc import PDFDocument

from campaign.layout.document import Box, HeartsItem, QrItem
from campaign.layout.items.qr import qr_matrix
from campaign.model import Colour
from campaign.render.colour import Palette
from campaign.render.forms import FilledForm
from campaign.render.items import DrawContext, Resources, draw
from campaign.render.items.hearts import GAP_RATIO, HEART, HEART_RATIO
from campaign.render.target import Target

PALETTE = Palette(
    {
        "blue": Colour("blue", (1.0, 0.7, 0.0, 0.1), (0.0, 0.3, 0.6)),
        "white": Colour("white", (0.0, 0.0, 0.0, 0.0), (1.0, 1.0, 1.0)),
        "red": Colour("red", (0.0, 0.9, 0.8, 0.05), (0.9, 0.1, 0.1)),
    },
    cmyk=True,
)
BLUE, WHITE, RED = (1.0, 0.7, 0.0, 0.1), (0.0, 0.0, 0.0, 0.0), (0.0, 0.9, 0.8, 0.05)


class Recorder:
    """A Canvas and its paths: every call as (method, arguments...), colours as CMYK."""

    def __init__(self, name: str = "canvas", log: list[tuple[Any, ...]] | None = None) -> None:
        self.name = name
        self.log: list[tuple[Any, ...]] = [] if log is None else log
        self._code: list[str] = []  # raw operators (tagging.begin_span: an ActualText span)

    def __getattr__(self, method: str) -> Any:
        def record(*args: Any, **kw: Any) -> Any:
            args = tuple(
                (a.cyan, a.magenta, a.yellow, a.black)
                if isinstance(a, CMYKColor)
                else a.name
                if isinstance(a, Recorder)
                else a
                for a in args
            )
            if method == "beginPath":
                path = Recorder("path", self.log)
                self.log.append(("beginPath",))
                return path
            self.log.append((f"{self.name}.{method}", *args, *sorted(kw.items())))
            return None

        return record


def context(tagged: bool = False) -> tuple[Recorder, DrawContext]:
    canvas = Recorder()
    canvas._doc = PDFDocument()  # where forms are added (render.forms)
    ctx = DrawContext(
        canvas,  # type: ignore[arg-type]
        ox=10.0,
        top=200.0,
        palette=PALETTE,
        convert=lambda c: c,
        target=Target(tagged=tagged),
        resources=Resources(),
    )
    return canvas, ctx


def close(a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert len(x) == len(y), x
        for u, v in zip(x, y, strict=True):
            assert u == (pytest.approx(v, abs=1e-9) if isinstance(v, float) else v), (x, y)


URL = "https://www.unodc.org/blueheart/"


def test_qr_modules_are_computed_once_per_address() -> None:
    modules = qr_matrix(URL)
    assert len(modules) == 29  # version 3 at level M
    assert all(len(row) == 29 for row in modules)
    assert modules[0][:8] == (True,) * 7 + (False,)  # a finder pattern
    assert qr_matrix(URL) is modules


def expected_qr(
    modules: tuple[tuple[bool, ...], ...], x: float, y: float, side: float, quiet: int
) -> list[tuple[float, ...]]:
    """Each horizontal run of dark modules as a rectangle: x, y, width, height, pt."""
    module = side / (len(modules) + 2 * quiet)
    rects = []
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            n = 1
            while c + n < len(row) and row[c + n] == row[c]:
                n += 1
            if row[c]:
                top = y + side - (r + quiet + 1) * module
                rects.append((x + (c + quiet) * module, top, n * module, module))
            c += n
    return rects


def drawn_form(canvas: Recorder, name: str) -> FilledForm:
    """The form the canvas's document holds under `name`."""
    obj = canvas._doc.idToObject[canvas._doc.getXObjectName(name)]
    return obj.form  # type: ignore[no-any-return]


def form_rects(form: FilledForm) -> list[tuple[float, ...]]:
    """The rectangles of a form of `x y w h re` lines that ends with a fill."""
    lines = form.content.decode("ascii").split("\n")
    assert lines[-1] == "f"  # filled, with the non-zero rule
    rects = []
    for line in lines[:-1]:
        *numbers, op = line.split()
        assert op == "re"
        rects.append(tuple(float(v) for v in numbers))
    return rects


def close_rects(a: list[tuple[float, ...]], b: list[tuple[float, ...]]) -> None:
    """The same rectangles, to the 0.0001 pt of the numbers reportlab writes (fp_str)."""
    assert len(a) == len(b)
    for u, v in zip(a, b, strict=True):
        assert u == pytest.approx(v, abs=1e-4)


@pytest.mark.parametrize(
    ("box", "x", "y", "side"),
    [
        # layout box (x, y down from the trim top, w, h) -> the square's PDF corner and side
        (Box(5.0, 20.0, 60.0, 40.0), 10 + 5 + 10, 200 - 20 - 40, 40.0),  # wide: centred in x
        (Box(5.0, 20.0, 40.0, 60.0), 10 + 5, 200 - 20 - 60 + 10, 40.0),  # tall: centred in y
    ],
)
def test_a_qr_code_is_a_square_of_runs_centred_in_its_box(
    box: Box, x: float, y: float, side: float
) -> None:
    """The background square, then the code's colour and a form of its dark runs, whose box
    holds the square and 1 pt around it."""
    canvas, ctx = context()
    draw(QrItem("qr", box, URL, "blue", "white", 2), ctx)
    assert canvas.log[:3] == [
        ("canvas.setFillColor", WHITE),
        ("canvas.rect", x, y, side, side, ("fill", 1), ("stroke", 0)),
        ("canvas.setFillColor", BLUE),
    ]
    ((op, name),) = canvas.log[3:]
    assert op == "canvas.doForm"
    form = drawn_form(canvas, name)
    close_rects(form_rects(form), expected_qr(qr_matrix(URL), x, y, side, 2))
    assert form.box == (x - 1, y - 1, x + side + 1, y + side + 1)
    assert ctx.links == []


def test_a_qr_code_without_background_or_quiet_zone_in_a_tagged_pdf_is_a_link() -> None:
    canvas, ctx = context(tagged=True)
    draw(QrItem("qr", Box(0.0, 0.0, 30.0, 30.0), URL, "red", None, 0), ctx)
    assert canvas.log[0] == ("canvas.setFillColor", RED)
    assert canvas.log[1][0] == "canvas.doForm"
    close_rects(
        form_rects(drawn_form(canvas, canvas.log[1][1])),
        expected_qr(qr_matrix(URL), 10, 170, 30, 0),
    )
    assert canvas.log[2:] == [
        ("canvas.linkURL", URL, (10.0, 170.0, 40.0, 200.0), ("relative", 0), ("thickness", 0)),
    ]
    assert ctx.links == [URL]


def test_the_same_code_in_the_same_place_is_the_same_form_in_every_document() -> None:
    """A merge's records place one QR code: one form, by name and bytes, in each file."""
    names = []
    for _ in range(2):
        canvas, ctx = context()
        draw(QrItem("qr", Box(0.0, 0.0, 30.0, 30.0), URL, "red", None, 2), ctx)
        names.append(canvas.log[-1][1])
    assert names[0] == names[1]
    canvas, ctx = context()
    draw(QrItem("qr", Box(1.0, 0.0, 30.0, 30.0), URL, "red", None, 2), ctx)
    assert canvas.log[-1][1] != names[0]  # elsewhere: another form


def heart(x: float, y: float, w: float) -> list[tuple[Any, ...]]:
    h = w * HEART_RATIO
    calls: list[tuple[Any, ...]] = [("path.moveTo", x + 0.5 * w, y)]
    for seg in HEART[1:]:
        calls.append(("path.curveTo", *[v for px, py in seg for v in (x + px * w, y + py * h)]))
    calls.append(("path.close",))
    return calls


def hearts_log(item: HeartsItem) -> list[tuple[Any, ...]]:
    canvas, ctx = context()
    draw(item, ctx)
    return canvas.log


@pytest.mark.parametrize("rtl", [False, True])
def test_hearts_in_a_row_filled_first_in_reading_order(rtl: bool) -> None:
    # a box 100 wide and 30 high at (0, 0): width limits, 3 hearts of 100 / 3.36 pt
    item = HeartsItem("h", Box(0.0, 0.0, 100.0, 30.0), 3, 1, "red", "blue", 2.0, rtl)
    size = 100 / (3 + 2 * GAP_RATIO)
    y0 = 170 + (30 - size * HEART_RATIO) / 2
    expected: list[tuple[Any, ...]] = []
    for i in range(3):
        hx = 10 + i * size * (1 + GAP_RATIO)
        expected += [("canvas.setLineWidth", 2.0), ("canvas.setLineJoin", 1)]
        if i == (2 if rtl else 0):
            expected += [("canvas.setFillColor", RED), ("beginPath",)]
            expected += heart(hx, y0, size)
            expected.append(("canvas.drawPath", "path", ("fill", 1), ("stroke", 0)))
        else:
            expected += [("canvas.setStrokeColor", BLUE), ("beginPath",)]
            expected += heart(hx + 1.0, y0 + 1.2, size - 2.0)
            expected.append(("canvas.drawPath", "path", ("fill", 0), ("stroke", 1)))
    close(hearts_log(item), expected)


def test_hearts_limited_by_height_are_centred_in_the_box() -> None:
    # 2 hearts in 100 x 9: height limits (size 10), the row of 2 x 10 + 1.8 centred in x
    item = HeartsItem("h", Box(0.0, 0.0, 100.0, 9.0), 2, 2, "red", "blue", 0.0, False)
    log = hearts_log(item)
    moves = [c for c in log if c[0] == "path.moveTo"]
    x0 = 10 + (100 - (2 * 10 + 1.8)) / 2
    assert moves == pytest.approx(
        [("path.moveTo", x0 + 5, 191.0), ("path.moveTo", x0 + 16.8, 191.0)]
    )
    assert [c[1] for c in log if c[0] == "canvas.setFillColor"] == [RED, RED]


def test_hearts_whose_outline_fills_them_still_draw() -> None:
    """An outline as wide as the heart leaves an outlined heart of no width: drawn, no error."""
    item = HeartsItem("h", Box(0.0, 0.0, 10.0, 9.0), 1, 0, "red", "blue", 10.0, False)
    log = hearts_log(item)
    assert [c for c in log if c[0] == "path.moveTo"] == [
        ("path.moveTo", 15.0, pytest.approx(197.0))
    ]
