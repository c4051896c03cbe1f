"""Mixed press sheets: a block of pieces upright and a block turned a quarter, where that holds
more than all upright or all turned (6 x A6 on 12 x 18 in, 4 before). Every piece's trim and
bleed where the cells say, in mm from the media's corner, the crop marks only where the knife
cuts through no piece, and a two-sided piece's back behind its front when the sheet is turned
over left to right (work-and-turn, head to head), read from the sheet's pixels."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.cells import crop_lines
from campaign.sheets.edge import slug_column, slug_stretch
from campaign.sheets.paper import press_media
from campaign.sheets.press import press_sides
from campaign.sheets.press_fit import most_up, press_cells

from ..kits import MM, ROOT, cli
from .test_n_up import _crop_marks, clips
from .test_turned import _render, box_colours, build_card, flat, ink_centre, placed_trims

A6 = (105.0, 148.0)


@pytest.fixture(scope="module")
def a6(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mixed") / "out"
    args = ("--only", "flyer-a6", "--lang", "en", "--no-digital", "--no-png")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def test_six_a6_on_12x18_four_upright_two_turned() -> None:
    """12 x 18 in holds 4 A6 upright (2 x 2) or 4 turned; a row of 4 upright over a row of 2
    turned holds 6: the turned block centred under the upright one, 6 mm (twice the bleed)
    below it. The upright block's inner cut lines are not marked below the turned block,
    where they would cut through its pieces; nor at the sides, the turned block's."""
    cells = most_up(A6, 3.0, "12x18")
    assert cells is not None
    assert cells.mixed
    assert cells.sheet == (438.0, 259.0)
    assert press_media(cells.sheet, 3.0) == (456.0, 281.0)  # 457.2 x 304.8 mm holds it
    upright = [(c * 111.0, 0.0, 105.0, 148.0) for c in range(4)]
    turned = [(68.0, 154.0, 148.0, 105.0), (222.0, 154.0, 148.0, 105.0)]
    assert list(cells.cells) == upright + turned
    assert cells.turns == (False,) * 4 + (True,) * 2
    top, bottom, left, right = crop_lines(cells)
    assert top == [0, 105, 111, 216, 222, 327, 333, 438]
    assert bottom == [0, 68, 216, 222, 370, 438]
    assert left == right == [0, 148, 154, 259]
    # the slug in the widest stretch between bottom marks, 3 mm clear of each mark's stroke:
    # below the first turned piece, 68 to 216 mm (it was the 68 mm from the trim's left to
    # the turned block's first mark, where the upright block's first column, 105 mm, crosses)
    assert slug_stretch(cells) == (68.0, 148.0)
    assert slug_column(cells) == pytest.approx(148 - 2 * (3 + 0.125 / MM))
    # --up 6 --stock 12x18: no rows and columns of 6 fit (upright or turned, 4 at most)
    assert press_cells(A6, 6, 3.0, "12x18").cells == cells.cells


def test_mixed_only_where_it_holds_more() -> None:
    """Where rows and columns of one kind hold as many, they stay: 8 x A6 on 13 x 19 in
    upright, 6 on SRA3 all turned; a square piece is never mixed."""
    for stock, count, turned in (("13x19", 8, False), ("sra3", 6, True)):
        cells = most_up(A6, 3.0, stock)
        assert cells is not None
        assert (len(cells.cells), cells.mixed, cells.turned) == (count, False, turned)
    square = most_up((50.0, 50.0), 3.0, "12x18")
    assert square is not None
    assert not square.mixed


def test_a_mixed_sheet_two_sided_backs_up_work_and_turn() -> None:
    """Two-sided, the blocks lie one above the other, each centred with an even number
    across: the sheet turned over left to right puts every cell on a cell of its block, and
    each front's mirror cell holds its back (upright: both upright; turned: the front
    anticlockwise, the back clockwise, head to head)."""
    cells = most_up((60.0, 100.0), 3.0, "sra3", even=True)
    assert cells is not None
    assert cells.mixed
    assert (len(cells.cells), cells.sheet) == (18, (418.0, 298.0))
    sides = press_sides(b"pdf", cells, True)
    width = cells.sheet[0]
    for i, (x, y, w, _) in enumerate(cells.cells):
        mirror = (round(width - x - w, 6), y)
        (j,) = [n for n, c in enumerate(cells.cells) if (round(c[0], 6), c[1]) == mirror]
        a, b = sides[i], sides[j]
        assert a is not None
        assert b is not None
        assert {a.page, b.page} == {0, 1}
        assert cells.turned_at(i) == cells.turned_at(j)
        front, back = (a, b) if a.page == 0 else (b, a)
        assert (front.turn, back.turn) == ((1, -1) if cells.turned_at(i) else (0, 0))


def test_six_a6_on_12x18_drawn_with_bleed_and_marks(a6: Path, tmp_path: Path) -> None:
    """`--up auto --stock 12x18` of A6: the command says the mix; each piece's trim where its
    cell is, its clip its trim and 3 mm of bleed on every side (the blocks 6 mm apart), and
    every crop mark outside every piece's trim and bleed."""
    sheet = tmp_path / "mixed.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", a6, "--material", "flyer-a6", "--up", "auto",
        "--stock", "12x18", "-o", sheet,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "flyer-a6: 6-up for a press, 438 x 259 mm + bleed and marks, 4 upright, 2 turned 90°; "
        "a 456 x 281 mm sheet with its marks, for 12 x 18 in; 1 page(s)"
    ) in text
    assert "warning" not in text, text
    with pikepdf.open(a6 / "flyer-a6" / "flyer-a6-en.pdf") as piece:
        trim = tuple(float(v) for v in piece.pages[0].TrimBox)
    with pikepdf.open(sheet) as pdf:
        (page,) = pdf.pages
        assert [round(float(v) / MM, 3) for v in page.MediaBox] == [0, 0, 456, 281]
        assert [round(float(v) / MM, 3) for v in page.TrimBox] == [9, 11, 447, 270]
        # upright: 9 + c x 111 across, 122 to 270 up; turned: 77 and 231 across, 11 to 116 up
        trims = [(9 + c * 111, 122, 9 + c * 111 + 105, 270) for c in range(4)]
        trims += [(77, 11, 225, 116), (231, 11, 379, 116)]
        assert flat(placed_trims(page, trim)) == pytest.approx(flat(trims), abs=0.001)
        # each drawn out to its bleed's edge: the blocks' bleeds meet (test_seams.py)
        b = 3
        grown = [(x0 - b, y0 - b, x1 + b, y1 + b) for x0, y0, x1, y1 in trims]
        assert flat(clips(page)) == pytest.approx(flat(grown), abs=0.001)
    lines = _crop_marks(sheet)
    assert len(lines) == 8 + 6 + 4 + 4  # at the top, bottom, left and right (crop_lines)
    for x0, y0, x1, y1 in lines:
        for left, bottom, right, top in grown:
            assert (
                max(x0, x1) <= left + 1e-3
                or min(x0, x1) >= right - 1e-3
                or max(y0, y1) <= bottom + 1e-3
                or min(y0, y1) >= top - 1e-3
            ), ((x0, y0, x1, y1), (left, bottom, right, top))
    # no bottom mark on the upright block's inner lines (x 105 and 111 of the trim)
    bottom_xs = sorted({round(x0 - 9, 3) for x0, y0, _, y1 in lines if max(y0, y1) < 11})
    assert bottom_xs == [0, 68, 216, 222, 370, 438]


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_card(tmp_path_factory.mktemp("mixed-card"))


def test_a_two_sided_mixed_sheet_backs_each_front_head_to_head(
    card: tuple[Path, Path], tmp_path: Path
) -> None:
    """18 two-sided cards (60 x 100 mm) on SRA3: a row of 6 upright over 3 rows of 4 turned
    (all upright or all turned: 16 at most). Printed, turned over left to right and printed
    again from the same plate, each front's paper carries its back: the front's red box at
    its head's left corner, the back's green box (its own top-left corner) behind the
    front's head's right corner, read through the paper."""
    kit, out = card
    sheet = tmp_path / "cards.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "card", "--up", "auto",
        "--stock", "sra3", "-o", sheet,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "card: 18-up for a press, 418 x 298 mm + bleed and marks, 6 upright, 12 turned 90°, "
        "work-and-turn; a 436 x 320 mm sheet with its marks, for SRA3; 1 page(s)"
    ) in text
    width, height = 436, 320
    # upright: 14 + 66 c from the trim's left (9 mm in), the top row; turned: 106 c, 3 rows
    upright = [(23 + 66 * c, 309 - 100, 23 + 66 * c + 60, 309) for c in range(6)]
    turned = [
        (9 + 106 * c, 309 - 106 - 66 * r - 60, 9 + 106 * c + 100, 309 - 106 - 66 * r)
        for r in range(3)
        for c in range(4)
    ]
    with pikepdf.open(out / "card" / "card-en.pdf") as piece:
        trims = {n: tuple(float(v) for v in piece.pages[n].TrimBox) for n in (0, 1)}
    with pikepdf.open(sheet) as pdf:
        (page,) = pdf.pages
        assert [round(float(v) / MM, 3) for v in page.MediaBox] == [0, 0, width, height]
        placed = placed_trims(page, trims[0])
        assert flat(placed) == pytest.approx(flat(upright + turned), abs=0.001)
    red_ink, green_ink = box_colours(out)
    image = _render(sheet)
    image.save(tmp_path / "cards.png")  # to look at, when it fails
    fronts = upright[0::2] + turned[0::2]  # front, back in turn along each row
    for n, (left, bottom, right, top) in enumerate(fronts):
        red_mm = ink_centre(image, height, (left, bottom, right, top), red_ink)
        gx, gy = ink_centre(image, height, (width - right, bottom, width - left, top), green_ink)
        green = (width - gx, gy)
        if n < 3:  # upright: red 13 mm in from the left, 8 below the top; green at the right
            assert red_mm == pytest.approx((left + 13, top - 8), abs=0.5)
            assert green == pytest.approx((right - 13, top - 8), abs=0.5)
        else:  # turned anticlockwise: the head at the cell's left
            assert red_mm == pytest.approx((left + 8, bottom + 13), abs=0.5)
            assert green == pytest.approx((left + 8, top - 13), abs=0.5)


def test_a_mixed_sheet_s_targets_beside_each_block_s_first_row() -> None:
    """5 x 7 in pieces on 13 x 19 in: 2 upright (centred on the turned block's height) beside
    3 turned. The left registration target is at the middle of the upright block's first
    row, the right one at the middle of the turned block's (between its crop marks, where
    the upright block's row would put it across one), the top one above the last column."""
    from campaign.sheets.edge import PressMarks
    from campaign.sheets.sheet_marks import control_marks

    cells = most_up((127.0, 178.0), 3.0, "13x19")
    assert cells is not None
    assert cells.sheet == (311.0, 393.0)
    assert [c[:2] for c in cells.cells] == [(0, 15.5), (0, 199.5), (133, 0), (133, 133), (133, 266)]
    # on 13 x 19 in the side targets have no room (329 mm of media on 330.2): say they have
    marks = PressMarks((5.0, 5.0), 6.0, 6.0, None, (20.0, 20.0))
    drawn = control_marks(cells, (0.0, 0.0), marks, 1.0)
    # each target's horizontal arm: "x0 y m x1 y l", pt from the trim's bottom left
    arms = re.findall(r"([-\d.]+) ([-\d.]+) m ([-\d.]+) \2 l", drawn)
    centres = sorted(
        (round((float(x0) + float(x1)) / 2 / MM, 1), round(393 - float(y) / MM, 1))
        for x0, y, x1 in arms
    )
    assert centres == [(-6.0, 104.5), (133 + 89, -6.0), (311 + 6.0, 63.5)]


def test_a_mixed_sheet_with_shared_cuts_shares_them_within_each_block() -> None:
    """--shared-cuts on 12 x 18 in, A6: 2 upright beside 4 turned (each block's pieces abut
    at their trim, one cut between them), the blocks 6 mm apart: their cells are of two
    sizes and do not line up, so each piece keeps its bleed on the side facing the other
    block (cells.bleed_reach: its 3 mm there), and a shared cut is only within a block."""
    from campaign.sheets.cells import bleed_reach

    cells = most_up(A6, 3.0, "12x18", shared=True)
    assert cells is not None
    assert cells.mixed
    upright = [(0.0, 62.0, 105.0, 148.0), (0.0, 210.0, 105.0, 148.0)]
    turned = [(111.0, 105.0 * r, 148.0, 105.0) for r in range(4)]
    assert list(cells.cells) == upright + turned
    # (left, bottom, right, top) as the page draws them: the bleed the piece keeps, mm
    sides = [bleed_reach(cells, i, 3.0) for i in range(len(cells.cells))]
    assert sides == [
        (3, 0, 3, 3),
        (3, 3, 3, 0),
        (3, 0, 3, 3),
        (3, 0, 3, 0),
        (3, 0, 3, 0),
        (3, 3, 3, 0),
    ]
