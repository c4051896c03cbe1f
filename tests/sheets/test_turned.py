"""Press sheets whose pieces are turned a quarter because that holds more: each piece's trim
where the sheet's cells say, in mm from the media's corner, and a two-sided piece's back
backing its front (work-and-turn, head to head), read from the pixels of the sheet as each
side of the paper shows it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from campaign.sheets.circles import pack
from campaign.sheets.impose import Side
from campaign.sheets.paper import SHEETS, press_media, stock_for
from campaign.sheets.press import own_edge
from campaign.sheets.press_fit import press_cells
from campaign.sheets.shared import _Rendered

from ..kits import MM, cli, mini_copy

PX_PER_MM = 4  # the sheets are rendered at this resolution
# A two-sided 60 x 100 mm card: a blue front with a red box near its top-left corner, a
# yellow back with a green box near its top-left corner (its own, read as the back is read).
CARD = """title: Card
kind: flyer
trim: [60, 100]
bleed: 3
safe: 2
marks: false
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: blue, bleed: all,
         frame: {start: 0, top: 0, width: 60, height: 100}}
      - {name: head, kind: shape, fill: red, frame: {start: 3, top: 3, width: 20, height: 10}}
  - name: back
    slots:
      - {name: back-ground, kind: shape, fill: yellow, bleed: all,
         frame: {start: 0, top: 0, width: 60, height: 100}}
      - {name: back-head, kind: shape, fill: green,
         frame: {start: 3, top: 3, width: 20, height: 10}}
"""


def box_colours(out: Path) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The red box's colour on the card's front and the green box's on its back, as PDFium
    renders the print PDF (CMYK: not pure red and green), read at the boxes' centres (13 mm
    from the trim's left, 92 mm above its bottom)."""
    pdf = (out / "card" / "card-en.pdf").read_bytes()
    sides = [_Rendered(Side(pdf, n)) for n in (0, 1)]
    red, green = (r.at(r.trim[0] + 13 * MM, r.trim[1] + 92 * MM) for r in sides)
    return red, green


def near(pixel: tuple[int, ...], colour: tuple[int, ...]) -> bool:
    return all(abs(p - c) <= 40 for p, c in zip(pixel, colour, strict=True))


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_card(tmp_path_factory.mktemp("turned"))


def build_card(root: Path) -> tuple[Path, Path]:
    """(the kit, its build) with the card in English, made in `root`."""
    kit = mini_copy(root / "kit")
    (kit / "materials" / "layouts" / "card.yaml").write_text(CARD, encoding="utf-8")
    out = root / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "card", "--lang", "en")
    assert code == 0, text
    return kit, out


def placed_trims(page: pikepdf.Page, trim: tuple[float, ...]) -> list[tuple[float, ...]]:
    """Each piece's trim (`trim`: its TrimBox in its own PDF, pt) where the page's content
    draws it (the `cm` before each `/Cn Do`), as (left, bottom, right, top), mm from the
    media's bottom left, in the order drawn."""
    content = page.Contents.read_bytes().decode()
    found = re.findall(r"re W n ([-\d. ]+) cm /C\d+ Do", content)
    out = []
    for numbers in found:
        m = pikepdf.Matrix(*(float(v) for v in numbers.split()))
        corners = [m.transform((x, y)) for x in (trim[0], trim[2]) for y in (trim[1], trim[3])]
        xs, ys = [c[0] / MM for c in corners], [c[1] / MM for c in corners]
        out.append(tuple(round(v, 3) for v in (min(xs), min(ys), max(xs), max(ys))))
    return out


def flat(boxes: Sequence[Sequence[float]]) -> list[float]:
    """Boxes' numbers in one list (pytest.approx compares flat sequences)."""
    return [v for box in boxes for v in box]


def test_circles_gain_nothing_by_turning() -> None:
    """A badge's cut circle turned is the same circle, and the hexagonal rows are tried
    across the sheet and down it: a landscape sheet holds as many as the portrait one."""
    for paper in ("a4", "sra3", "13x19"):
        w, h = SHEETS[paper]
        for d in (20.0, 37.0, 64.0, 85.7):
            assert pack((w, h), d).count == pack((h, w), d).count, (paper, d)


def test_six_a6_turned_on_sra3(tmp_path: Path) -> None:
    """`--up auto --stock sra3` of A6 (105 x 148 mm): 2 x 2 upright, 6 turned (2 across,
    3 down: 302 x 327 mm, 320 x 349 with the marks). Each piece's trim is drawn in its cell,
    148 mm wide and 105 high, 6 mm of gutter between them; the crop marks at both ends of
    every cut line."""
    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "out"
    args = ("--only", "flyer-a6", "--lang", "en", "--no-digital", "--no-png")
    code, text = cli("build", "--kit", root, "-o", out, *args)
    assert code == 0, text
    sheet = tmp_path / "six.pdf"
    code, text = cli(
        "sheet", "--kit", root, "--from", out, "--material", "flyer-a6", "--up", "auto",
        "--stock", "sra3", "-o", sheet,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "flyer-a6: 6-up for a press, 302 x 327 mm + bleed and marks, the pieces turned 90°; "
        "a 320 x 349 mm sheet with its marks, for SRA3; 1 page(s)"
    ) in text
    with pikepdf.open(out / "flyer-a6" / "flyer-a6-en.pdf") as piece:
        trim = tuple(float(v) for v in piece.pages[0].TrimBox)
    with pikepdf.open(sheet) as pdf:
        (page,) = pdf.pages
        assert [round(float(v) / MM, 3) for v in page.MediaBox] == [0, 0, 320, 349]
        assert [round(float(v) / MM, 3) for v in page.TrimBox] == [9, 11, 311, 338]
        # from the top: row r's trim 338 - r x 111 - 105 up; column c's 9 + c x 154 across
        expected = [
            (9 + c * 154, 338 - r * 111 - 105, 9 + c * 154 + 148, 338 - r * 111)
            for r in range(3)
            for c in range(2)
        ]
        assert flat(placed_trims(page, trim)) == pytest.approx(flat(expected), abs=0.001)
    _render(sheet).save(tmp_path / "six.png")  # to look at, when it fails


def _render(path: Path, page: int = 0) -> Image.Image:
    """Page `page` of the PDF at `path`, as PDFium renders it at PX_PER_MM."""
    doc = pdfium.PdfDocument(path)
    try:
        image = doc[page].render(scale=PX_PER_MM / MM).to_pil().convert("RGB")
    finally:
        doc.close()
    return image


def _centre(image: Image.Image, box: tuple[int, int, int, int], colour: tuple[int, ...]) -> Point:
    """The centre (px, from the image's top left) of the pixels within `box` that are
    `colour` (each channel within 40); fails when there are none."""
    xs, ys = [], []
    left, top, right, bottom = box
    for y in range(top, bottom):
        for x in range(left, right):
            pixel = image.getpixel((x, y))
            if near(pixel, colour):
                xs.append(x)
                ys.append(y)
    assert xs, (box, colour)
    return (min(xs) + max(xs) + 1) / 2, (min(ys) + max(ys) + 1) / 2


Point = tuple[float, float]


def ink_centre(
    image: Image.Image, height: float, box: tuple[float, ...], ink: tuple[int, ...]
) -> Point:
    """The centre of the `ink` pixels within `box` (left, bottom, right, top, mm from the
    page's bottom left) of a page `height` mm high, in mm from the page's bottom left."""
    left, bottom, right, top = box
    px = [round(v * PX_PER_MM) for v in (left, height - top, right, height - bottom)]
    x, y = _centre(image, (px[0], px[1], px[2], px[3]), ink)
    return x / PX_PER_MM, height - y / PX_PER_MM


def test_a_two_sided_card_turned_backs_up_head_to_head(
    card: tuple[Path, Path], tmp_path: Path
) -> None:
    """8 cards on SRA4, turned (upright, 4): fronts in the first column, backs in the second.
    Printed, turned over left to right and printed again from the same plate, each front's
    paper carries a back: where the front's red box is (its top-left corner: head to the
    left, the card turned anticlockwise), and where the back's green box is, seen through
    the paper (the back's own top-left corner), behind the front's top-right corner. Head
    to head: both boxes at the card's head, at its two corners. Turned the same way as the
    front, the back would stand head to foot, its box at the card's foot."""
    kit, out = card
    sheet = tmp_path / "cards.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "card", "--up", "auto",
        "--stock", "sra4", "-o", sheet,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "card: 8-up for a press, 206 x 258 mm + bleed and marks, the pieces turned 90°, "
        "work-and-turn; a 224 x 280 mm sheet with its marks, for SRA4; 1 page(s)"
    ) in text
    with pikepdf.open(out / "card" / "card-en.pdf") as piece:
        trims = {n: tuple(float(v) for v in piece.pages[n].TrimBox) for n in (0, 1)}
    with pikepdf.open(sheet) as pdf:
        (page,) = pdf.pages
        media = [round(float(v) / MM, 3) for v in page.MediaBox]
        assert media == [0, 0, 224, 280]
        # each cell 100 x 60 mm, 6 mm apart: 2 across from 9 mm, 4 down from 269 mm
        cells = [
            (9 + c * 106, 269 - r * 66 - 60, 9 + c * 106 + 100, 269 - r * 66)
            for r in range(4)
            for c in range(2)
        ]
        assert flat(placed_trims(page, trims[0])) == pytest.approx(flat(cells), abs=0.001)
    red_ink, green_ink = box_colours(out)
    front = _render(sheet)  # the plate, as the paper's first side shows it
    png = tmp_path / "cards.png"
    front.save(png)
    width, height = 224, 280
    for left, bottom, right, top in cells[0::2]:  # the fronts: the first column
        red = ink_centre(front, height, (left, bottom, right, top), red_ink)
        # the paper under this front, seen from its other side: the plate's cell a column
        # mirrored (work-and-turn), read back to this side's x
        gx, gy = ink_centre(front, height, (width - right, bottom, width - left, top), green_ink)
        green = (width - gx, gy)
        # the card turned anticlockwise: its top-left corner at the cell's bottom left; the
        # red box's centre 8 mm from its top edge and 13 mm from its left: 8 mm from the
        # cell's left side, 13 mm above its bottom
        assert red == pytest.approx((left + 8, bottom + 13), abs=0.5)
        # behind the front's top-right corner (the cell's top left): the green box 8 mm from
        # the cell's left side, 13 mm below its top
        assert green == pytest.approx((left + 8, top - 13), abs=0.5)


def test_a_turned_piece_s_edges_are_read_as_placed(card: tuple[Path, Path]) -> None:
    """--shared-cuts compares the edges that abut on the sheet: a turned piece's colours are
    read where the sheet places them. The card's red box (3 to 23 mm from its left, 3 to 13
    from its top) turned anticlockwise lies 3 to 13 mm from the cell's left and 3 to 23 mm
    above its bottom; clockwise, 87 to 97 mm from the left, 37 to 57 above the bottom."""
    _, out = card
    pdf = (out / "card" / "card-en.pdf").read_bytes()
    rendered = _Rendered(Side(pdf, 0))

    def colour(turn: int, x: float, y: float) -> tuple[int, int, int]:
        return rendered.placed_at(turn, x * MM, y * MM)

    red, _ = box_colours(out)
    assert rendered.size(1) == pytest.approx((100 * MM, 60 * MM), abs=0.01)
    assert near(colour(0, 13, 92), red)
    assert near(colour(1, 8, 13), red)
    assert not near(colour(1, 8, 50), red)
    assert near(colour(-1, 92, 47), red)
    assert not near(colour(-1, 8, 13), red)


def test_shared_cuts_judged_with_the_tolerance_asked_for(
    card: tuple[Path, Path], tmp_path: Path
) -> None:
    """The card's front (blue) abuts its back (yellow) at a shared cut: refused with the
    project's tolerance (40 of 255 on at most 2 % of the points); allowed when asked to
    pass every difference (--shared-tolerance 255) or every point (--shared-max-differing
    100); the two options without --shared-cuts do nothing, and say so."""
    kit, out = card
    base = ("sheet", "--kit", kit, "--from", out, "--material", "card", "--up", "auto")
    base += ("--stock", "sra4")
    sheet = tmp_path / "shared.pdf"
    code, text = cli(*base, "--shared-cuts", "-o", sheet)
    assert code == 1, text
    # without gutters 8 fit upright (2 x 4 across 120 mm, 400 down): none turned
    assert text.startswith(
        "error[sheet.shared]: the pieces of 'card' cannot share their cuts: a cut that strays "
        "shows the neighbour's art where each piece's bleed should be, as the art differs at "
        "the right edge of card-en.pdf (front) and the left edge of card-en.pdf (back)"
    ), text
    assert not sheet.exists()
    for option, value in (("--shared-tolerance", "255"), ("--shared-max-differing", "100")):
        code, text = cli(*base, "--shared-cuts", option, value, "-o", sheet)
        assert code == 0, (option, text)
        assert "8-up for a press" in text
        sheet.unlink()
    code, text = cli(*base, "--shared-tolerance", "60", "-o", sheet)
    assert code == 1
    assert text == (
        "error[sheet.option]: --shared-tolerance does nothing for a press sheet of 'card': it "
        "judges shared cuts: add --shared-cuts\n"
        "  hint: leave --shared-tolerance out\n"
        "1 error(s)\n"
    )


def test_a_turned_piece_s_edges_are_named_as_it_is_read() -> None:
    """A refused shared cut names each piece's own edge: turned anticlockwise (head to the
    left), the edge at its cell's right is its bottom; clockwise, its top."""
    assert own_edge("right", 0) == "the right edge"
    assert own_edge("right", 1) == "the bottom edge"
    assert own_edge("top", 1) == "the right edge"
    assert own_edge("right", -1) == "the top edge"
    assert own_edge("bottom", -1) == "the right edge"


def test_a_count_goes_on_the_smallest_stock_that_holds_it_upright_or_turned() -> None:
    """--up 6 of A6 without --stock: 3 x 2 upright is 345 x 324 mm with its marks (13 x 19 in
    alone holds it); 2 x 3 turned is 320 x 349 mm, which SRA3 holds. --up 4 stays upright
    (2 x 2 on SRA3), as turning holds no more."""
    six = press_cells((105.0, 148.0), 6, 3.0)
    assert (six.turned, six.sheet) == (True, (302.0, 327.0))
    assert stock_for(press_media(six.sheet, 3.0)) == "sra3"
    four = press_cells((105.0, 148.0), 4, 3.0)
    assert (four.turned, four.sheet) == (False, (216.0, 302.0))
