"""Home and sticker sheets whose pieces are turned a quarter, or mixed (a block upright, a
block turned), where that holds them larger (home) or holds more (stickers): each piece's
trim where its cell is, in mm, inside the printer's margins, the stickers' kiss-cuts at their
trims, each piece's head where its turn puts it, and a two-sided home sheet's backs behind
their fronts, head to head, read from the pixels of its two pages."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.blocks import grid_cells, home_cells
from campaign.sheets.impose import Side
from campaign.sheets.paper import SHEETS
from campaign.sheets.shared import _Rendered
from campaign.sheets.slugs import HOME_LINE_MM

from ..kits import MM, cli, mini_copy
from .drawn import drawn_marks
from .test_turned import _render, flat, ink_centre, placed_trims

# a one-sided 60 x 100 mm label: blue, a red box near its top-left corner
LABEL = """title: Label
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
"""
# a two-sided 210 x 99 mm card (landscape): a blue front with a red box near its top-left
# corner, a yellow back with a green box near its own top-left corner
WIDE = """title: Wide
kind: flyer
trim: [210, 99]
bleed: 3
safe: 2
marks: false
pages:
  - name: front
    slots:
      - {name: ground, kind: shape, fill: blue, bleed: all,
         frame: {start: 0, top: 0, width: 210, height: 99}}
      - {name: head, kind: shape, fill: red, frame: {start: 3, top: 3, width: 20, height: 10}}
  - name: back
    slots:
      - {name: back-ground, kind: shape, fill: yellow, bleed: all,
         frame: {start: 0, top: 0, width: 210, height: 99}}
      - {name: back-head, kind: shape, fill: green,
         frame: {start: 3, top: 3, width: 20, height: 10}}
"""


def test_stickers_mixed_where_that_holds_more() -> None:
    """60 x 100 mm stickers 6 mm apart inside 5 mm margins of A4: 6 upright or turned (in
    rows and columns, either way round); landscape, one upright beside 2 x 3 turned holds 7:
    the blocks 6 mm apart, the upright one centred on the turned one's height."""
    cells = grid_cells(SHEETS["a4"], (60.0, 100.0), 6.0, 5.0)
    assert cells.sheet == (297.0, 210.0)
    assert cells.turns == (False,) + (True,) * 6
    # 60 + 6 + 2 x 100 + 6 = 272 wide, centred: 12.5 mm each side; 3 x 60 + 2 x 6 = 192 high
    turned = [(78.5 + 106 * c, 9.0 + 66 * r, 100.0, 60.0) for r in range(3) for c in range(2)]
    assert list(cells.cells) == [(12.5, 55.0, 60.0, 100.0), *turned]


def test_a_wide_card_turned_on_a_home_sheet() -> None:
    """2-up of a 210 x 99 mm card on A4 at home: side by side upright, 66.9 % (two 210 mm
    cards across 287 mm); turned a quarter, side by side on portrait A4, 98.0 % (two 99 mm
    across 200 mm less the 6 mm gap: 194 / 198)."""
    cells = home_cells(SHEETS["a4"], (210.0, 99.0), 2, 5.0, 6.0, two_sided=True)
    assert (cells.sheet, cells.turned) == ((210.0, 297.0), True)
    s = 194 / 198
    assert cells.scale == pytest.approx(s)
    top = (297 - 210 * s) / 2
    expected = [(5.0, top, 99 * s, 210 * s), (5.0 + 99 * s + 6, top, 99 * s, 210 * s)]
    assert flat(cells.cells) == pytest.approx(flat(expected))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the kit, its build) with the label and the wide card in English."""
    root = tmp_path_factory.mktemp("turned-cells")
    kit = mini_copy(root / "kit")
    layouts = kit / "materials" / "layouts"
    (layouts / "label.yaml").write_text(LABEL, encoding="utf-8")
    (layouts / "wide.yaml").write_text(WIDE, encoding="utf-8")
    out = root / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "label,wide", "--lang", "en")
    assert code == 0, text
    return kit, out


def _ink(pdf: Path, page: int) -> tuple[int, int, int]:
    """The colour of the box near a side's top-left corner, as PDFium renders it (13 mm from
    its trim's left, 8 mm below its top)."""
    side = _Rendered(Side(pdf.read_bytes(), page))
    return side.at(side.trim[0] + 13 * MM, side.trim[3] - 8 * MM)


def test_a_mixed_sticker_sheet(built: tuple[Path, Path], tmp_path: Path) -> None:
    """7 labels as stickers on A4 (6 in rows and columns): each trim where its cell is, in
    mm from the media's corner (the sheet's 3 mm of bleed at the sides, 8 mm with the slug's
    paper above and below), kiss-cut at its trim, and each label's head where its turn puts
    it: upright at the cell's top, turned (anticlockwise) at its left."""
    kit, out = built
    sheet = tmp_path / "labels.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "label", "--sticker", "--fill",
        "-o", sheet,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "label: 7-up stickers on A4, kiss-cut at the trim, 1 upright, 6 turned 90°; 1 page(s)"
    ) in text
    trims = [(15.5, 63.0, 75.5, 163.0)]  # the upright label; then the turned, from the top
    trims += [
        (81.5 + 106 * c, 149.0 - 66 * r, 181.5 + 106 * c, 209.0 - 66 * r)
        for r in range(3)
        for c in range(2)
    ]
    with pikepdf.open(out / "label" / "label-en.pdf") as piece:
        trim = tuple(float(v) for v in piece.pages[0].TrimBox)
    with pikepdf.open(sheet) as pdf:
        (page,) = pdf.pages
        assert [round(float(v) / MM, 3) for v in page.TrimBox] == [3, 8, 300, 218]
        assert flat(placed_trims(page, trim)) == pytest.approx(flat(trims), abs=0.001)
        strokes = [box for what, box in drawn_marks(page) if what == "S"]
    # the registration targets at the sheet's corners, one path: a box round the trim
    *cuts, targets = strokes
    assert targets[0] < 3 + 4
    assert targets[2] > 300 - 4
    # each kiss-cut around its trim (to half its 0.25 pt stroke)
    assert flat(sorted(cuts)) == pytest.approx(flat(sorted(trims)), abs=0.05)
    image = _render(sheet, 0)
    image.save(tmp_path / "labels.png")  # to look at, when it fails
    red = _ink(out / "label" / "label-en.pdf", 0)
    height = 226.0
    left, bottom, right, top = trims[0]
    assert ink_centre(image, height, trims[0], red) == pytest.approx((left + 13, top - 8), abs=0.5)
    for left, bottom, right, top in trims[1:]:
        found = ink_centre(image, height, (left, bottom, right, top), red)
        assert found == pytest.approx((left + 8, bottom + 13), abs=0.5)


def test_a_two_sided_home_sheet_turned_backs_up_head_to_head(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    """The wide card 2-up at home, turned (98.0 %, upright 66.9 %): the fronts on the first
    page turned anticlockwise (head to the left), the backs on the second clockwise, each in
    the cell its front's mirror, so that the sheet turned over left to right puts the back's
    green box (its own top-left corner) behind the front's head, at its other corner from
    the red box: head to head."""
    kit, out = built
    sheet = tmp_path / "wide.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "wide", "--home", "--up", "2",
        "--copies", "2", "-o", sheet,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "wide: 2-up for an office printer, 210 x 297 mm (portrait), at 98.0 %, the pieces "
        "turned 90°; 2 page(s)"
    ) in text
    s = 194 / 198
    # centred above the band kept for the sheet's line (slugs.HOME_LINE_MM), in PDF's y
    bottom, top = (297 + HOME_LINE_MM - 210 * s) / 2, (297 + HOME_LINE_MM + 210 * s) / 2
    cells = [(5.0, bottom, 5 + 99 * s, top), (11 + 99 * s, bottom, 11 + 198 * s, top)]
    digital = out / "wide" / "wide-en-digital.pdf"
    with pikepdf.open(digital) as piece:  # a screen PDF: its page is its trim
        trim = tuple(float(v) for v in piece.pages[0].trimbox)
    with pikepdf.open(sheet) as pdf:
        assert len(pdf.pages) == 2
        assert flat(placed_trims(pdf.pages[0], trim)) == pytest.approx(flat(cells), abs=0.001)
        assert flat(placed_trims(pdf.pages[1], trim)) == pytest.approx(flat(cells), abs=0.001)
    red, green = _ink(digital, 0), _ink(digital, 1)
    front, back = _render(sheet, 0), _render(sheet, 1)
    front.save(tmp_path / "front.png")  # to look at, when it fails
    back.save(tmp_path / "back.png")
    for left, bottom, right, top in cells:
        assert ink_centre(front, 297, (left, bottom, right, top), red) == pytest.approx(
            (left + 8 * s, bottom + 13 * s), abs=0.5
        )
        # the back page's cell behind this one: mirrored across the sheet's 210 mm
        gx, gy = ink_centre(back, 297, (210 - right, bottom, 210 - left, top), green)
        assert (210 - gx, gy) == pytest.approx((left + 8 * s, top - 13 * s), abs=0.5)


def _apart(cells: tuple[tuple[float, float, float, float], ...], gap: float) -> bool:
    """Whether every two cells are at least `gap` apart, across or down."""
    return all(
        ax + aw + gap <= bx + 1e-9
        or bx + bw + gap <= ax + 1e-9
        or ay + ah + gap <= by + 1e-9
        or by + bh + gap <= ay + 1e-9
        for n, (ax, ay, aw, ah) in enumerate(cells)
        for bx, by, bw, bh in cells[n + 1 :]
    )


def test_four_dl_mixed_at_home_one_block_above_the_other_when_two_sided() -> None:
    """4-up DL on A4 at home: 2 upright beside 2 turned, 67.4 % (upright 2 x 2, 66.9 %);
    two-sided, the blocks one above the other (as large: 67.4 %), each centred, so that
    every cell's mirror across the sheet is a cell of its block, where its back is printed.
    Inside the 5 mm margins, 6 mm apart."""
    for two_sided in (False, True):
        cells = home_cells(SHEETS["a4"], (99.0, 210.0), 4, 5.0, 6.0, two_sided)
        assert cells.turns == (False, False, True, True)
        assert cells.scale == pytest.approx(0.674, abs=0.001)
        assert _apart(cells.cells, 6.0)
        for x, y, w, h in cells.cells:
            assert x >= 5 - 1e-9
            assert y >= 5 - 1e-9
            assert x + w <= cells.sheet[0] - 5 + 1e-9
            assert y + h <= cells.sheet[1] - 5 + 1e-9
        mirrors = {
            (round(cells.sheet[0] - x - w, 6), round(y, 6), round(w, 6))
            for x, y, w, _ in cells.cells
        }
        own = {(round(x, 6), round(y, 6), round(w, 6)) for x, y, w, _ in cells.cells}
        assert (mirrors == own) == two_sided


def test_stickers_stay_their_gap_apart() -> None:
    """However they are turned or mixed, stickers keep the gap between their kiss-cuts."""
    for piece in ((60.0, 100.0), (85.0, 55.0), (105.0, 148.0)):
        for paper in ("a4", "a3", "sra3", "letter"):
            cells = grid_cells(SHEETS[paper], piece, 6.0, 5.0)
            assert _apart(cells.cells, 6.0), (piece, paper)
            for x, y, w, h in cells.cells:
                assert x >= 5 - 1e-9
                assert y >= 5 - 1e-9
                assert x + w <= cells.sheet[0] - 5 + 1e-9
                assert y + h <= cells.sheet[1] - 5 + 1e-9
