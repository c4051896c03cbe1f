"""Press sheets of more than four: as many as fit the stock (`--up auto`), or a count that a
stock holds (8 x A6 on 13 x 19 in, 6 x DL), each piece with its own bleed in the gutters and
the sheet's crop marks outside every piece's trim; geometry in mm, then read back from the
PDF."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets import paper
from campaign.sheets.cells import arrangements
from campaign.sheets.paper import press_media
from campaign.sheets.press_fit import best_stock, most_up, press_cells

from ..kits import MM, ROOT, cli
from .drawn import drawn_marks

A6 = (105.0, 148.0)
DL = (99.0, 210.0)


def test_the_arrangements_of_a_count_squarest_first() -> None:
    assert arrangements(2) == [(2, 1), (1, 2)]
    assert arrangements(4) == [(2, 2), (4, 1), (1, 4)]
    assert arrangements(8) == [(4, 2), (2, 4), (8, 1), (1, 8)]
    assert arrangements(6, even=True) == [(2, 3), (6, 1)]  # work-and-turn: even across
    assert arrangements(3, even=True) == []


@pytest.mark.parametrize(
    ("piece", "stock", "cols", "rows", "turned", "sheet", "media"),
    [
        # 4 x 105 + 3 x 6 of gutters; 2 x 148 + 6; 9 mm a side and 11 above and below
        # (2 x 4 turned holds 8 too: upright, as turning holds no more)
        (A6, "13x19", 4, 2, False, (438.0, 302.0), (456.0, 324.0)),
        # SRA3 (320 x 450): upright, 2 x 2 (3 x 2 would be 345 x 324 mm, 25 mm too wide);
        # turned, 2 x 3: 2 x 148 + 6 = 302 across, 3 x 105 + 12 = 327 down, 320 x 349 mm
        (A6, "sra3", 2, 3, True, (302.0, 327.0), (320.0, 349.0)),
        (DL, "13x19", 3, 2, False, (309.0, 426.0), (327.0, 448.0)),  # 6 DL: 327 <= 330.2
        (DL, "sra3", 2, 2, False, (204.0, 426.0), (222.0, 448.0)),  # turned: 4 too
        (DL, "sra4", 2, 1, False, (204.0, 210.0), (222.0, 232.0)),
    ],
)
def test_the_most_that_fit_a_stock(
    piece: tuple[float, float],
    stock: str,
    cols: int,
    rows: int,
    turned: bool,
    sheet: tuple[float, float],
    media: tuple[float, float],
) -> None:
    cells = most_up(piece, 3.0, stock)
    assert cells is not None
    assert cells.sheet == sheet
    assert cells.turned is turned
    assert press_media(cells.sheet, 3.0) == media
    w, h = (piece[1], piece[0]) if turned else piece
    assert cells.cells == tuple(
        (c * (w + 6), r * (h + 6), w, h) for r in range(rows) for c in range(cols)
    )
    assert press_cells(piece, cols * rows, 3.0, stock).cells == cells.cells


def test_no_press_sheet_of_two_fits_a_stock_too_small() -> None:
    assert most_up((297.0, 420.0), 3.0, "sra3") is None  # 2-up A3: 618 x 442 mm
    assert most_up((850.0, 2000.0), 3.0, None) is None  # a banner: no press stock


@pytest.fixture(scope="module")
def a6(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("nup") / "out"
    args = ("--only", "flyer-a6", "--lang", "en", "--no-digital", "--no-png")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def clips(page: pikepdf.Page) -> list[tuple[float, float, float, float]]:
    """Each piece's clip (its trim and bleed) as (left, bottom, right, top), mm from the
    media's bottom left, in the order drawn."""
    content = page.Contents.read_bytes().decode()
    found = re.findall(r"q ([\d.-]+) ([\d.-]+) ([\d.]+) ([\d.]+) re W n", content)
    return [
        (round(x / MM, 3), round(y / MM, 3), round((x + w) / MM, 3), round((y + h) / MM, 3))
        for x, y, w, h in ((float(v) for v in m) for m in found)
    ]


def test_eight_a6_on_13x19_each_with_its_bleed_and_the_marks_outside_every_trim(
    a6: Path,
) -> None:
    """A print shop gangs eight A6 on a sheet; `sheet` made at most four. `--up auto --stock
    13x19` places eight, 4 x 2, each piece at full size with its 3 mm of bleed in the 6 mm
    gutters, and the crop marks at both ends of every cut line, outside every piece's trim
    and bleed, at least 4 mm inside the stock."""
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", a6, "--material", "flyer-a6", "--up", "auto",
        "--stock", "13x19",
    )  # fmt: skip
    assert code == 0, text
    out = a6 / "sheets" / "flyer-a6-13x19-8up.pdf"
    assert (
        "flyer-a6: 8-up for a press, 438 x 302 mm + bleed and marks; a 456 x 324 mm sheet "
        f"with its marks, for 13 x 19 in; 1 page(s); wrote {out}"
    ) in text
    assert "warning" not in text, text
    with pikepdf.open(out) as pdf:
        (page,) = pdf.pages
        media = [round(float(v) / MM, 3) for v in page.MediaBox]
        trim = [round(float(v) / MM, 3) for v in page.TrimBox]
        bleed = [round(float(v) / MM, 3) for v in page.BleedBox]
        assert media == [0, 0, 456, 324]
        assert trim == [9, 11, 447, 313]
        assert bleed == [6, 8, 450, 316]
        # each piece's trim: 9 + c x 111 across, from the top: 313 - 148 - r x 154 up
        trims = [
            (9 + c * 111, 313 - 148 - r * 154, 9 + c * 111 + 105, 313 - r * 154)
            for r in range(2)
            for c in range(4)
        ]
        # each drawn out to its bleed's edge: the gutters' bleeds meet (test_seams.py)
        b = 3
        grown = [(x0 - b, y0 - b, x1 + b, y1 + b) for x0, y0, x1, y1 in trims]
        assert clips(page) == pytest.approx(grown, abs=0.001)
        assert len(page.Resources.XObject) == 9  # the eight pieces and the slug
        marks = drawn_marks(page)
    lines = _crop_marks(out)
    assert len(lines) == 2 * 8 + 2 * 4  # both ends of 8 vertical and 4 horizontal cut lines
    for x0, y0, x1, y1 in lines:
        for left, bottom, right, top in grown:  # outside every piece's trim and bleed
            assert (
                max(x0, x1) <= left + 1e-3
                or min(x0, x1) >= right - 1e-3
                or (max(y0, y1) <= bottom + 1e-3 or min(y0, y1) >= top - 1e-3)
            ), ((x0, y0, x1, y1), (left, bottom, right, top))
    # the stock (13 x 19 in, 482.6 x 330.2 mm) centred on the media: every mark 4 mm inside
    room = ((482.6 - 456) / 2, (330.2 - 324) / 2)
    for what, (left, bottom, right, top) in marks:
        assert left >= 4 - room[0] - 1e-3, what
        assert bottom >= 4 - room[1] - 1e-3, what
        assert right <= 456 + room[0] - 4 + 1e-3, what
        assert top <= 324 + room[1] - 4 + 1e-3, what


def _crop_marks(out: Path) -> list[tuple[float, float, float, float]]:
    """The crop marks' segments (x0, y0, x1, y1), mm from the media's bottom left."""
    with pikepdf.open(out) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
    found = re.search(rb"q /CSAll CS ([\d.]+) SCN 0.25 w (.*?) S Q", content)
    assert found is not None
    segments = re.findall(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", found[2])
    return [tuple(round(float(v) / MM, 3) for v in seg) for seg in segments]  # type: ignore[misc]


def test_an_explicit_count_above_four_where_a_stock_holds_it(a6: Path, tmp_path: Path) -> None:
    """--up 8 of A6 is 4 x 2 (456 x 324 mm with its marks: 13 x 19 in and A3+ alone hold
    it, and A3+ is the A sizes' stock); on SRA3 it is refused with the stocks that hold it."""
    base = ("sheet", "--kit", ROOT, "--from", a6, "--material", "flyer-a6")
    out = tmp_path / "eight.pdf"
    code, text = cli(*base, "--up", "8", "-o", out)
    assert code == 0, text
    assert (
        "8-up for a press, 438 x 302 mm + bleed and marks; a 456 x 324 mm sheet with its "
        "marks, for A3+;"
    ) in text
    code, text = cli(*base, "--up", "8", "--stock", "sra3", "-o", tmp_path / "no.pdf")
    assert code == 1
    assert text == (
        "error[sheet.fit]: the 8-up press sheet of 'flyer-a6' is 456 x 324 mm with its marks: "
        "SRA3 (320 x 450 mm) does not hold it\n"
        "  hint: use --stock 13x19 or --stock a3plus, or leave --stock out\n"
        "1 error(s)\n"
    )
    assert not (tmp_path / "no.pdf").exists()


def test_shared_cuts_abut_the_pieces_at_their_trim() -> None:
    """No gutter: 8 x A6 is 420 x 296 mm (A3's size less 1 mm), 438 x 318 mm with its
    marks, which SRA3 holds; 6 x DL is A3 itself."""
    cells = most_up(A6, 3.0, "sra3", shared=True)
    assert cells is not None
    assert cells.sheet == (420.0, 296.0)
    assert cells.cells == tuple(
        (c * 105.0, r * 148.0, 105.0, 148.0) for r in range(2) for c in range(4)
    )
    assert press_media(cells.sheet, 3.0) == (438.0, 318.0)
    dl = most_up(DL, 3.0, "sra3", shared=True)
    assert dl is not None
    assert (len(dl.cells), dl.sheet) == (6, (297.0, 420.0))


def test_eight_a6_on_sra3_with_shared_cuts(a6: Path, tmp_path: Path) -> None:
    """`--shared-cuts`: the pieces abut at their trim, one cut between neighbours; each
    piece's bleed is drawn only at the sheet's outer edges (a neighbour's art begins at a
    shared cut), and the crop marks (both ends of every cut line) stay outside every piece's
    trim and the sheet's bleed. Allowed here: the A6 flyer's left and right edges, and its
    top and bottom, are the same plain grounds (sheets.shared)."""
    out = tmp_path / "shared.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", a6, "--material", "flyer-a6", "--up", "auto",
        "--shared-cuts", "-o", out,
    )  # fmt: skip
    assert code == 0, text
    assert (
        "flyer-a6: 8-up for a press, 420 x 296 mm + bleed and marks; a 438 x 318 mm sheet "
        "with its marks, for SRA3; 1 page(s)"
    ) in text
    with pikepdf.open(out) as pdf:
        page = pdf.pages[0]
        assert [round(float(v) / MM, 3) for v in page.TrimBox] == [9, 11, 429, 307]
        assert [round(float(v) / MM, 3) for v in page.BleedBox] == [6, 8, 432, 310]
        trims = [
            (9 + c * 105, 307 - 148 - r * 148, 9 + c * 105 + 105, 307 - r * 148)
            for r in range(2)
            for c in range(4)
        ]
        # the bleed on the sheet's outer sides alone: left of the first column, right of
        # the last, above the first row, below the last
        grown = [
            (
                x0 - 3 * (c == 0),
                y0 - 3 * (r == 1),
                x1 + 3 * (c == 3),
                y1 + 3 * (r == 0),
            )
            for (x0, y0, x1, y1), (r, c) in zip(
                trims, [(r, c) for r in range(2) for c in range(4)], strict=True
            )
        ]
        assert clips(page) == pytest.approx(grown, abs=0.001)
    lines = _crop_marks(out)
    assert len(lines) == 2 * 5 + 2 * 3  # 5 vertical cut lines, 3 horizontal
    xs = sorted({round(x0, 3) for x0, _, x1, _ in lines if x0 == x1})
    assert xs == [9 + c * 105 for c in range(5)]
    ys = sorted({round(y0, 3) for _, y0, _, y1 in lines if y0 == y1})
    assert ys == [11, 159, 307]
    for x0, y0, x1, y1 in lines:  # outside the sheet's bleed, so outside every trim
        assert (
            max(x0, x1) <= 6 + 1e-3
            or min(x0, x1) >= 432 - 1e-3
            or max(y0, y1) <= 8 + 1e-3
            or min(y0, y1) >= 310 - 1e-3
        ), (x0, y0, x1, y1)


def test_shared_cuts_are_refused_where_a_stray_cut_shows_the_neighbour(
    a6: Path, tmp_path: Path
) -> None:
    """A two-sided A5 flyer goes work-and-turn, its front beside its back: their edges are
    not the same art, and a cut that strayed would print a sliver of the back on the front.
    Refused, nothing written; and --shared-cuts does nothing for a home sheet."""
    out = tmp_path / "out"
    args = ("--only", "flyer-a5", "--lang", "en", "--no-png")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    sheet = tmp_path / "no.pdf"
    base = ("sheet", "--kit", ROOT, "--from", out, "--material", "flyer-a5")
    code, text = cli(*base, "--shared-cuts", "-o", sheet)
    assert code == 1, text
    assert text == (
        "error[sheet.shared]: the pieces of 'flyer-a5' cannot share their cuts: a cut that "
        "strays shows the neighbour's art where each piece's bleed should be, as the art "
        "differs at the right edge of flyer-a5-en.pdf (front) and the left edge of "
        "flyer-a5-en.pdf (back)\n"
        "  hint: leave --shared-cuts out (each piece keeps its own bleed, in a gutter), or "
        "give the pieces' edges a plain ground their neighbours share\n"
        "1 error(s)\n"
    )
    assert not sheet.exists()
    code, text = cli(*base, "--home", "--shared-cuts", "-o", sheet)
    assert code == 1
    assert text.startswith(
        "error[sheet.option]: --shared-cuts does nothing for a home sheet of 'flyer-a5': only "
        "a press sheet of rectangular pieces shares its cuts\n"
    ), text


@pytest.mark.parametrize(
    ("piece", "stock", "count"),
    [
        # the share of the stock the trimmed pieces cover, of the A sizes' stocks (A6 is one:
        # paper.stock_choices): 8 x A6 on A3+, 78.2 %; on SRA3 6 (turned), 64.8 %; on SRA4 2,
        # 43.2 % (13 x 19 in, 78.0 %, and 12 x 18 in, 66.9 %, are the US sizes' stocks)
        (A6, "a3plus", 8),
        # 4 x A5: SRA3 86.3 %, 13 x 19 in 78.0 % (4 too: a tie on the count, less waste)
        ((148.0, 210.0), "sra3", 4),
        # 5 x 7 in: on 13 x 19 in 5, 2 upright beside 3 turned, 70.9 % (in rows and
        # columns 4, 56.7 %); 4 on 12 x 18 in, 64.9 %, and on SRA3, 62.8 %
        ((127.0, 178.0), "13x19", 5),
        (DL, "13x19", 6),  # DL, of no region: every stock of PRESS_STOCK, as before
        # half-Letter, a US size: of 12 x 18 in (3, 64.9 %) and 13 x 19 in (4, 75.7 %); A3+
        # (4, 75.9 %) is the A sizes' stock
        ((139.7, 215.9), "13x19", 4),
    ],
)
def test_auto_takes_the_stock_the_pieces_waste_least_of(
    piece: tuple[float, float], stock: str, count: int
) -> None:
    chosen = best_stock(piece, 3.0)
    assert chosen is not None
    assert (chosen[0], len(chosen[1].cells)) == (stock, count)


def test_on_a_tie_of_waste_auto_takes_the_stock_holding_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """4 DL on SRA3 and 2 on SRA4 cover 57.75 % of either: SRA3, fewer sheets to print."""
    monkeypatch.setattr(paper, "PRESS_STOCK", ("sra4", "sra3"))
    chosen = best_stock(DL, 3.0)
    assert chosen is not None
    assert (chosen[0], len(chosen[1].cells)) == ("sra3", 4)


def test_auto_without_a_stock_says_its_rule_and_the_stock_it_took(a6: Path) -> None:
    """`--up auto` filled SRA3 whatever the pieces; it takes A3+ for A6, of the A sizes'
    stocks (8, 78.2 % of the paper, against 6 on SRA3), places the marks for it and says so,
    and --help says how."""
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", a6, "--material", "flyer-a6", "--up", "auto"
    )  # fmt: skip
    assert code == 0, text
    out = a6 / "sheets" / "flyer-a6-8up.pdf"
    assert (
        "flyer-a6: 8-up for a press, 438 x 302 mm + bleed and marks; a 456 x 324 mm sheet "
        f"with its marks, for A3+; 1 page(s); wrote {out}"
    ) in text
    # its record: the stock its marks are placed for, which the job sheet names
    record = json.loads((out.parent / ".flyer-a6-8up.json").read_text(encoding="utf-8"))
    assert record["stock"] == "a3plus"
    code, text = cli("sheet", "--help")
    assert code == 0
    flat = " ".join(text.split())
    assert (
        "without --stock, auto takes, of the stocks --stock's default tries (the pieces' "
        "region's first), the one whose paper the trimmed pieces cover most (least waste), on "
        "a tie the one holding more, then the first listed (8 x A6 on A3+, 4 x A5 on SRA3, 4 x "
        "half-Letter on 13 x 19 in)"
    ) in flat
