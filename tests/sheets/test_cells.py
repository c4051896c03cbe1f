"""Flyers n-up: print-at-home sheets (sRGB, white margins, dashed cut lines, backs mirrored for
double-sided printing) and press sheets (full size, bleed in the gutters, crop marks on every
cut line, two-sided flyers work-and-turn); geometry in mm, then read back from the PDFs."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from campaign.diagnostics import display_path
from campaign.sheets.blocks import home_cells
from campaign.sheets.paper import SHEETS, press_media, stock_for
from campaign.sheets.press_fit import press_cells

from ..kits import MM, ROOT, cli, up_to_count
from .boxes import assert_slug_below_the_bleed, slug_fields

FLYER = (148.0, 210.0)


@pytest.mark.parametrize(
    ("paper", "piece", "up", "sheet", "scale"),
    [
        # two portrait A5 side by side on landscape A4: (297 - 2 x 5 - 6) / 2 / 148
        ("a4", (148.0, 210.0), 2, (297.0, 210.0), 140.5 / 148),
        ("a4", (148.0, 210.0), 1, (210.0, 297.0), 1.0),  # fits at full size inside 5 mm
        # four A6 on portrait A4, bound by the width: (210 - 2 x 5 - 6) / 2 / 105
        ("a4", (105.0, 148.0), 4, (210.0, 297.0), 97 / 105),
        # two half-Letter on landscape Letter: (279.4 - 2 x 5 - 6) / 2 / 139.7
        ("letter", (139.7, 215.9), 2, (279.4, 215.9), 131.7 / 139.7),
    ],
)
def test_home_cells(
    paper: str, piece: tuple[float, float], up: int, sheet: tuple[float, float], scale: float
) -> None:
    cells = home_cells(SHEETS[paper], piece, up, 5.0, 6.0)
    assert cells.sheet == sheet
    assert cells.scale == pytest.approx(scale, abs=1e-6)
    assert len(cells.cells) == up
    for x, y, w, h in cells.cells:
        assert (w, h) == pytest.approx((piece[0] * scale, piece[1] * scale))
        assert x >= 5 - 1e-9
        assert y >= 5 - 1e-9
        assert x + w <= sheet[0] - 5 + 1e-9
        assert y + h <= sheet[1] - 5 + 1e-9
    xs = sorted({round(x, 6) for x, _, _, _ in cells.cells})
    if len(xs) == 2:  # 6 mm between neighbours
        assert xs[1] - (xs[0] + cells.cells[0][2]) == pytest.approx(6.0)


def test_press_cells_keep_the_bleed_in_the_gutters() -> None:
    two = press_cells(FLYER, 2, 3.0)
    assert two.sheet == (302.0, 210.0)
    assert two.cells == ((0, 0, 148.0, 210.0), (154.0, 0, 148.0, 210.0))
    four = press_cells((105.0, 148.0), 4, 3.0)
    assert four.sheet == (216.0, 302.0)
    assert [c[:2] for c in four.cells] == [(0, 0), (111.0, 0), (0, 154.0), (111.0, 154.0)]


@pytest.mark.parametrize(
    ("piece", "up", "bleed", "media", "stock"),
    [
        # a print shop's trial: 4-up A5 was 324 x 448 mm, 4 mm wider than SRA3 (320 x 450):
        # 2 x 148 + 6 of trims and gutter, 9 mm a side (3 bleed, 5 mark, 1 paper), 11 mm at
        # the top and bottom (3 more below the marks for the slug)
        (FLYER, 4, 3.0, (320.0, 448.0), "sra3"),
        (FLYER, 2, 3.0, (320.0, 232.0), "sra3"),  # 232 mm: more than SRA4's 225
        ((210.0, 297.0), 2, 3.0, (444.0, 319.0), "sra3"),  # 2-up A4, SRA3 turned
        ((105.0, 148.0), 4, 3.0, (234.0, 324.0), "sra3"),  # 4-up A6: 234 > SRA4's 225
        # 2-up Letter, 1/8 in of bleed: 2 x 215.9 + 6.35 + 2 x 9.175; 279.4 + 2 x 11.175
        ((215.9, 279.4), 2, 3.175, (456.5, 301.75), "12x18"),
        ((139.7, 215.9), 4, 3.175, (304.1, 460.5), "13x19"),  # half-Letter 4-up: > 457.2
        ((215.9, 279.4), 4, 3.175, (456.5, 587.5), None),  # Letter 4-up: none holds it
    ],
)
def test_a_press_sheet_names_the_press_stock_that_holds_it(
    piece: tuple[float, float],
    up: int,
    bleed: float,
    media: tuple[float, float],
    stock: str | None,
) -> None:
    cells = press_cells(piece, up, bleed)
    assert press_media(cells.sheet, bleed) == pytest.approx(media, abs=0.01)
    assert stock_for(press_media(cells.sheet, bleed)) == stock


@pytest.mark.parametrize(
    ("piece", "up", "bleed", "room", "lengths"),
    [
        # 4-up A5, 320 x 448 mm on SRA3 (320 x 450): no paper past its sides, 1 mm above and
        # below. The side marks ended 1 mm from the stock's edge (9 mm: 3 bleed, 5 mark, 1);
        # they end 4 mm from it now (PRESS_EDGE_MM), 2 mm long; the top and bottom ones end
        # 3 + 1 mm from it: 5 mm long, as before
        (FLYER, 4, 3.0, (0.0, 1.0), (2.0, 5.0)),
        # 2-up A5, 320 x 232 mm on SRA3 turned (450 x 320): room enough all round
        (FLYER, 2, 3.0, (65.0, 44.0), (5.0, 5.0)),
        # 4-up Letter: no press stock holds it, its own edges may be the stock's
        ((215.9, 279.4), 4, 3.175, (0.0, 0.0), (2.0, 4.0)),
    ],
)
def test_crop_marks_stop_short_of_the_press_stock_s_edge(
    piece: tuple[float, float],
    up: int,
    bleed: float,
    room: tuple[float, float],
    lengths: tuple[float, float],
) -> None:
    from campaign.sheets.paper import PRESS_EDGE_MM, crop_mark_lengths, press_margins, stock_room

    assert PRESS_EDGE_MM == 4.0
    cells = press_cells(piece, up, bleed)
    assert stock_room(press_media(cells.sheet, bleed)) == pytest.approx(room, abs=1e-6)
    assert crop_mark_lengths(cells.sheet, bleed) == pytest.approx(lengths, abs=1e-6)
    for margin, extra, length in zip(press_margins(bleed), room, lengths, strict=True):
        # from the mark's outer end to the stock's edge: at least PRESS_EDGE_MM
        assert margin + extra - bleed - length >= PRESS_EDGE_MM - 1e-9


def test_a_4_up_a5_sheet_s_crop_marks_end_4_mm_from_sra3_s_edge(
    flyers: Path, tmp_path: Path
) -> None:
    """Read back from the PDF: a 4-up A5 press sheet is as wide as SRA3, and its side crop
    marks ended 1 mm from the stock's edge, where no press prints. Every mark still starts
    3 mm (the bleed) off the trim, on its cut line's extension, and ends at least 4 mm from
    the stock's edges (the 320 x 448 mm media centred on 320 x 450 mm)."""
    out = tmp_path / "press4.pdf"
    args = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--up", "4")
    code, text = cli(*args, "--lang", "en", "-o", out)
    assert code == 0, text
    assert "a 320 x 448 mm sheet with its marks, for SRA3" in text
    with pikepdf.open(out) as pdf:
        page = pdf.pages[0]
        media = [float(v) / MM for v in page.MediaBox]
        assert media == pytest.approx([0, 0, 320, 448], abs=0.001)
        left, bottom, right, top = (float(v) / MM for v in page.TrimBox)
        marks = re.search(rb"q /CSAll CS 0.75 SCN 0.25 w (.*?) S Q", page.Contents.read_bytes())
        assert marks is not None
        lines = re.findall(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", marks[1])
        ends = [[float(v) / MM for v in line] for line in lines]
    stock = (0.0, -1.0, 320.0, 449.0)  # SRA3 around the media, 1 mm past it above and below
    sides = [e for e in ends if e[1] == e[3]]  # horizontal: at the left and right
    tops = [e for e in ends if e[0] == e[2]]
    assert len(sides) == len(tops) == 8  # both ends of 4 cut lines each way
    for x0, _, x1, _ in sides:  # from 3 mm off the trim outward, 2 mm long
        assert min(abs(x0 - left), abs(x0 - right)) == pytest.approx(3, abs=0.001)
        assert abs(x1 - x0) == pytest.approx(2, abs=0.001)
        assert min(x1 - stock[0], stock[2] - x1) == pytest.approx(4, abs=0.001)
    for _, y0, _, y1 in tops:  # 5 mm long, ending 4 mm from the stock's edge
        assert min(abs(y0 - bottom), abs(y0 - top)) == pytest.approx(3, abs=0.001)
        assert abs(y1 - y0) == pytest.approx(5, abs=0.001)
        assert min(y1 - stock[1], stock[3] - y1) == pytest.approx(4, abs=0.001)


@pytest.fixture(scope="module")
def flyers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cells") / "out"
    code, text = cli(
        "build",
        "--kit",
        ROOT,
        "-o",
        out,
        "--only",
        "flyer-a5",
        "--lang",
        "en,ar,sw",
        "--png-ppi",
        "10",
    )
    assert code == 0, text
    return out


def placements(page: pikepdf.Page) -> list[tuple[str, float, float]]:
    """(XObject name, x, y in pt) of each `s 0 0 s x y cm /Name Do`."""
    content = page.Contents.read_bytes().decode()
    return [
        (m[3], float(m[1]), float(m[2]))
        for m in re.finditer(r"[\d.]+ 0 0 [\d.]+ ([-\d.]+) ([-\d.]+) cm /(C\d) Do", content)
    ]


def test_two_up_at_home(flyers: Path, tmp_path: Path) -> None:
    out = tmp_path / "home.pdf"
    code, text = cli(
        "sheet",
        "--kit",
        ROOT,
        "--from",
        flyers,
        "--material",
        "flyer-a5",
        "--home",
        "--lang",
        "en,ar,sw",
        "-o",
        out,
    )
    assert code == 0, text
    # 94.9 % without the band below the pieces kept for the sheet's line (slugs.HOME_LINE_MM)
    assert "2-up for an office printer, 297 x 210 mm (landscape), at 93.4 %; 4 page(s)" in text
    assert (
        "print double-sided, turning the sheet over left to right (landscape: flip on the "
        "short edge; portrait: on the long edge)\n"
    ) in text
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 4  # en+ar fronts, their backs; sw front, its back
        assert "/OutputIntents" not in pdf.Root  # sRGB for a printer, not a press file
        for page in pdf.pages:
            assert [round(float(v) / MM, 2) for v in page.MediaBox] == [0, 0, 297, 210]
        fronts, backs = pdf.pages[0], pdf.pages[1]
        # dashed cut lines around both pieces, black on a white casing (grey 0.6 was 2.8:1
        # on white, below WCAG's 3:1 for a graphic: cuts.home_cut_lines)
        drawn = fronts.Contents.read_bytes()
        assert drawn.count(b"[3 2] 0 d") == 2
        assert drawn.count(b"q 1 G 1.5 w ") == 2
        assert drawn.count(b" re S 0 G 0.5 w [3 2] 0 d ") == 2
        assert b"0.6 G" not in drawn
        # the backs swap sides: the back of the left flyer is on the right
        (f0, f1), (b0, b1) = placements(fronts), placements(backs)
        assert f0[1] < f1[1]
        form = lambda page, name: page.Resources.XObject["/" + name]  # noqa: E731
        assert b0[1] == pytest.approx(f0[1]) and b1[1] == pytest.approx(f1[1])  # noqa: PT018
        assert form(backs, b0[0]).objgen != form(fronts, f0[0]).objgen
        # sw alone on the last sheet: its back mirrored into the right-hand cell
        (last_front,) = placements(pdf.pages[2])
        (last_back,) = placements(pdf.pages[3])
        assert last_back[1] > last_front[1]


def test_a_home_sheet_of_flyers_inside_the_printer_s_edge_is_a_warning(
    flyers: Path, tmp_path: Path
) -> None:
    """`--home --margin 0` set two A5 flyers on the A4's edges, where an office printer does
    not print (about 5 mm), without a word: the badge sheets warned, the flyers' did not (a
    review). A `sheet.margin` warning naming how near the pages and the line naming the
    sheet come (read back from the PDF: 0 mm), and --strict fails it writing nothing; the
    default 5 mm says nothing."""
    base = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--home")
    base += ("--lang", "en", "--paper", "a4")
    warned = (
        "warning[sheet.margin]: flyer-a5: the home sheet prints its line naming the sheet {0} "
        "mm and its pages {0} mm from the paper's edge (--margin {0}), inside the 5 mm of its edge an office printer does not "
        "print: what falls there is cut off\n"
        "  hint: leave --margin out (5 mm), unless your printer prints closer to the paper's "
        "edge (its manual gives the printable area): then give that --margin\n"
    )
    out = tmp_path / "edge.pdf"
    code, text = cli(*base, "--margin", "0", "-o", out)
    assert code == 0, text
    assert text.startswith(warned.format(0) + "1 warning(s)\n"), text
    with pikepdf.open(out) as pdf:  # each page's lower-left corner, mm from the edges
        near = min(min(x, y) / MM for _, x, y in placements(pdf.pages[0]))
    assert near < 0.5, near
    code, text = cli(*base, "--margin", "3", "-o", tmp_path / "three.pdf")
    assert code == 0, text
    assert text.startswith(warned.format(3)), text
    strict = tmp_path / "strict.pdf"
    code, text = cli(*base, "--margin", "0", "--strict", "-o", strict)
    assert code == 1, text
    assert text == warned.format(0).replace("warning[", "error[", 1) + "1 error(s)\n"
    assert not strict.exists()
    code, text = cli(*base, "--strict", "-o", tmp_path / "default.pdf")
    assert code == 0, text
    assert "sheet.margin" not in text


def test_two_up_for_a_press_is_work_and_turn(flyers: Path, tmp_path: Path) -> None:
    out = tmp_path / "press.pdf"
    code, text = cli(
        "sheet",
        "--kit",
        ROOT,
        "--from",
        flyers,
        "--material",
        "flyer-a5",
        "--lang",
        "en,ar",
        "-o",
        out,
    )
    assert code == 0, text
    assert (
        "2-up for a press, 302 x 210 mm + bleed and marks, work-and-turn; a 320 x 232 mm sheet "
        "with its marks, for SRA3; 2 page(s)"
    ) in text
    assert (  # a note at ar.yaml's `status: draft`
        f"{display_path(ROOT / 'materials/strings/ar.yaml')}:7:1: note[strings.draft]: ar is a "
        "draft translation, not reviewed by a native speaker"
    ) in text
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 2  # one work-and-turn plate per language
        # 9 mm a side, 11 at the top and bottom (paper.press_margins)
        media = [round(float(v) / MM, 3) for v in pdf.pages[0].MediaBox]
        assert media == pytest.approx([0, 0, 320, 232])
        (intent,) = pdf.Root.OutputIntents
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        page = pdf.pages[0]
        trim = [round(float(v) / MM, 3) for v in page.TrimBox]
        bleed = [round(float(v) / MM, 3) for v in page.BleedBox]
        assert trim == pytest.approx([9, 11, 311, 221])
        assert [b - t for b, t in zip(bleed, trim, strict=True)] == pytest.approx([-3, -3, 3, 3])
        # front and back of the same flyer side by side
        (left, right) = placements(page)
        forms = page.Resources.XObject
        assert forms["/" + left[0]].objgen != forms["/" + right[0]].objgen
        assert (right[1] - left[1]) / MM == pytest.approx(154, abs=0.01)
        # a crop mark at both ends of each cut line: x = 0, 148, 154, 302; y = 0, 210
        content = page.Contents.read_bytes()
        # in registration colour, as the pieces' own: 75 % of each plate on FOGRA39 (300 %)
        marks = re.search(rb"q /CSAll CS 0.75 SCN 0.25 w (.*?) S Q", content)
        assert marks is not None
        assert marks[1].count(b" m ") == 12
        # /CSAll: the Separation /All (every plate, spot plates too), tint t -> t of each of
        # C, M, Y and K where it is composited: 0.75 SCN is 75 % of every plate
        reg = page.Resources.ColorSpace.CSAll
        assert [str(v) for v in reg[:3]] == ["/Separation", "/All", "/DeviceCMYK"]
        tint = reg[3]
        assert int(tint.FunctionType) == 2
        assert float(tint.N) == 1
        assert [float(v) for v in [*tint.C0, *tint.C1]] == [0] * 4 + [1] * 4
        # each 5 mm long from 3 mm off the trim: at the sides they end 1 mm inside the media
        lines = re.findall(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", marks[1])
        ends = [[float(v) / MM for v in line] for line in lines]
        assert {round(abs(x1 - x0) + abs(y1 - y0), 3) for x0, y0, x1, y1 in ends} == {5}
        xs = [x for x0, _, x1, _ in ends for x in (x0, x1)]
        ys = [y for _, y0, _, y1 in ends for y in (y0, y1)]
        assert (min(xs), max(xs)) == pytest.approx((1, 319), abs=0.001)
        assert (min(ys), max(ys)) == pytest.approx((3, 229), abs=0.001)  # the slug below
        # the sheet's own targets and colour bar (the pieces' are cut away with their marks):
        # all outside the bleed (trim 9..311 x 11..221 mm, bleed 3 mm), inside the media
        targets = re.search(rb"q q /CSAll CS 0.75 SCN 0.25 w (.*?) S Q", content)
        assert targets is not None
        crosses = re.findall(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", targets[1])
        centres = sorted(
            (round((float(x0) + float(x1)) / 2 / MM, 2), round(float(y0) / MM, 2))
            for x0, y0, x1, y1 in crosses
            if y0 == y1  # the horizontal stroke of each cross
        )
        # 6 mm off the trim: at the middle of the row's height on the sides, and above the
        # right column's middle (the colour bar is above the left one's)
        assert centres == [(3, 116), (237, 227), (317, 116)]
        patches = re.findall(
            rb"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f",
            content,
        )
        assert len(patches) == 12  # COLOUR_BAR's eleven and the ink limit, 4 x 75 %
        assert [float(v) for v in patches[-1][:4]] == [0.75] * 4
        bar = [[float(v) / MM for v in p[4:]] for p in patches]
        assert {round(y, 3) for _, y, _, _ in bar} == {225}  # 1 mm above the bleed
        assert {round(side, 3) for _, _, side, _ in bar} == {4}
        assert bar[0][0] > 9  # over the left column alone, clear of its cut lines' marks
        assert bar[-1][0] + 4 < 9 + 148


def test_a_sheet_refuses_what_it_would_leave_out(flyers: Path, tmp_path: Path) -> None:
    """A print shop's trial: `--copies 3 --fill` on a press sheet made one plate, and a
    two-sided flyer as stickers lost its backs, both without a word. Each is refused with
    what to do, and nothing is written."""
    base = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5")
    out = tmp_path / "s.pdf"
    code, text = cli(*base, "--up", "4", "--copies", "3", "--fill", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.option]: --copies, --fill do nothing for a press sheet of 'flyer-a5': a "
        "press sheet is a plate of one file; how many are printed is the print order's "
        "(package --order); a press sheet is always full: --up of one file\n"
        "  hint: leave --copies, --fill out\n"
        "1 error(s)\n"
    )
    code, text = cli(*base, "--home", "--cut-page", "-o", out)
    assert code == 1
    assert text.startswith(
        "error[sheet.option]: --cut-page does nothing for a home sheet of 'flyer-a5': a home "
        "sheet's cut lines are dashed lines on the page\n"
    ), text
    code, text = cli(*base, "--sticker", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.select]: 'flyer-a5' is two-sided, and a sticker has one printed side\n"
        "  hint: impose it for a press (without --sticker: work-and-turn) or an office "
        "printer (--home)\n"
        "1 error(s)\n"
    )
    assert not out.exists()
    code, text = cli(*base, "--home", "--copies", "2", "--fill", "-o", out)  # used at home
    assert code == 0, text


def test_a_press_sheet_keeps_its_pieces_bleed(tmp_path: Path) -> None:
    """A US size's pieces have 1/8 in of bleed (3.175 mm); their press sheet had 3 mm, and a
    US print shop's preflight at 1/8 in failed it (a print shop's trial). The sheet's bleed
    and the gutter between its pieces are the pieces' own."""
    out = tmp_path / "out"
    args = ("--only", "flyer-letter", "--lang", "en", "--no-digital", "--no-png")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    sheet = tmp_path / "letter.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--material", "flyer-letter", "-o", sheet
    )
    assert code == 0, text
    assert "2-up for a press, 438.15 x 279.4 mm + bleed and marks, work-and-turn" in text
    with pikepdf.open(sheet) as pdf:
        page = pdf.pages[0]
        trim = [float(v) / MM for v in page.TrimBox]
        bleed = [float(v) / MM for v in page.BleedBox]
        assert [b - t for b, t in zip(bleed, trim, strict=True)] == pytest.approx(
            [-3.175, -3.175, 3.175, 3.175], abs=1e-3
        )
        (left, right) = placements(page)
        assert (right[1] - left[1]) / MM == pytest.approx(215.9 + 2 * 3.175, abs=0.01)
    assert "a 456.5 x 301.8 mm sheet with its marks, for 12 x 18 in;" in text
    # four Letter flyers fit no press stock: refused, with the count that fits (it was a
    # sheet.stock warning, and the sheet was written)
    refused = tmp_path / "refused.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--material", "flyer-letter", "--up", "4",
        "-o", refused,
    )  # fmt: skip
    assert code == 1, text
    assert text == (
        "error[sheet.fit]: the 4-up press sheet of 'flyer-letter' (215.9 x 279.4 mm pieces) "
        "is 456.5 x 587.5 mm with its marks: no press stock holds it (the largest: 13 x 19 "
        "in)\n"
        "  hint: use --up 2 (a 456.5 x 301.8 mm sheet, for 12 x 18 in)\n"
        "1 error(s)\n"
    )
    assert not refused.exists()
    # a sheet some press stock holds has no warning: --strict makes it as before
    strict = tmp_path / "strict.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--material", "flyer-letter", "--strict",
        "-o", strict,
    )  # fmt: skip
    assert code == 0, text
    assert "warning" not in text
    assert strict.exists()


def test_a_poster_goes_on_a_press_sheet_only_where_a_stock_holds_it(tmp_path: Path) -> None:
    """A print shop's trial: `sheet --material poster-banner` (850 x 2000 mm) wrote a 1724 x
    2022 mm "sheet" with a warning, and `package` shipped it to be printed instead of the
    single files. A poster that a press stock holds 2-up (A4 on SRA3) is imposed as a flyer
    is; one that none holds (A3: 618 x 442 mm with its marks) is refused, with the fix, and
    nothing is written."""
    out = tmp_path / "out"
    args = ("--only", "poster-a3,poster-a4", "--lang", "en", "--no-digital", "--no-png")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    sheet = tmp_path / "a4.pdf"
    code, text = cli("sheet", "--kit", ROOT, "--from", out, "--material", "poster-a4", "-o", sheet)
    assert code == 0, text
    assert (
        "poster-a4: 2-up for a press, 426 x 297 mm + bleed and marks; a 444 x 319 mm sheet "
        "with its marks, for SRA3; 1 page(s)"
    ) in text
    with pikepdf.open(sheet) as pdf:
        trim = [round(float(v) / MM, 3) for v in pdf.pages[0].TrimBox]
    assert trim == pytest.approx([9, 11, 435, 308])
    a3 = tmp_path / "a3.pdf"
    code, text = cli("sheet", "--kit", ROOT, "--from", out, "--material", "poster-a3", "-o", a3)
    assert code == 1, text
    assert text == (
        "error[sheet.fit]: the 2-up press sheet of 'poster-a3' (297 x 420 mm pieces) is 618 x "
        "442 mm with its marks: no press stock holds it (the largest: 13 x 19 in)\n"
        "  hint: send the single files: `package` puts them in the print ZIP, which the print "
        "shop prints one to a sheet, or on a wide-format printer\n"
        "1 error(s)\n"
    )
    assert not a3.exists()


def test_a_home_sheet_asks_to_be_printed_at_actual_size(flyers: Path, tmp_path: Path) -> None:
    """A home sheet is its paper's size, its pieces already scaled: a viewer's "fit to
    page" would scale them again. Its viewer preferences ask for the actual size, beside
    the title a screen PDF shows."""
    out = tmp_path / "home.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--home", "-o", out
    )
    assert code == 0, text
    with pikepdf.open(out) as pdf:
        prefs = pdf.Root.ViewerPreferences
        assert (prefs.PrintScaling, bool(prefs.DisplayDocTitle)) == (pikepdf.Name("/None"), True)


def test_a_press_sheet_holds_two_or_more_and_a_two_sided_one_an_even_number_across(
    flyers: Path, tmp_path: Path
) -> None:
    """Work-and-turn puts each front beside its back (the column mirrored when the sheet is
    turned), so a two-sided flyer goes an even number across; --up 1 is the print PDF."""
    base = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--lang", "en")
    out = tmp_path / "x.pdf"
    code, text = cli(*base, "--up", "1", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.select]: a press sheet holds 2 or more (a press prints one piece from "
        "its print PDF)\n"
        "  hint: use --up 2 or more, or --up auto (as many as fit the stock), or --home for "
        "an office printer\n"
        "1 error(s)\n"
    )
    code, text = cli(*base, "--up", "3", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.select]: 'flyer-a5' is two-sided: its press sheet is work-and-turn, each "
        "front beside its back, and 3 pieces have no even number across\n"
        "  hint: use --up 4 or --up 2, or --up auto\n"
        "1 error(s)\n"
    )
    # six: 2 x 3 A5 is 320 x 664 mm with its marks, which no press stock holds
    code, text = cli(*base, "--up", "6", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.fit]: the 6-up press sheet of 'flyer-a5' (148 x 210 mm pieces) is 320 x "
        "664 mm with its marks: no press stock holds it (the largest: 13 x 19 in)\n"
        "  hint: use --up 4 (a 320 x 448 mm sheet, for SRA3)\n"
        "1 error(s)\n"
    )
    assert not out.exists()
    code, text = cli(*base, "--up", "auto", "--stock", "sra4", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.fit]: not two of 'flyer-a5' (148 x 210 mm pieces) fit SRA4 with their "
        "bleed and marks\n"
        "  hint: name a larger --stock (two fit SRA3)\n"
        "1 error(s)\n"
    )
    code, text = cli(*base, "--up", "auto", "--home", "-o", out)
    assert code == 2
    assert "a home sheet is 1-, 2- or 4-up" in text
    for up in ("3", "6"):  # home_cells: one, two side by side, or two by two
        code, text = cli(*base, "--up", up, "--home", "-o", out)
        assert code == 2
        assert "a home sheet is 1-, 2- or 4-up" in text
    code, text = cli(*base, "--up", "two", "-o", out)
    assert code == 2
    assert "'two' is not a count from 1 to 144, or auto" in text
    # auto: as many as fit SRA3, named by the count: 2 x 2, work-and-turn
    code, text = cli(*base, "--up", "auto")
    assert code == 0, text
    assert (
        "flyer-a5: 4-up for a press, 302 x 426 mm + bleed and marks, work-and-turn; a 320 x "
        f"448 mm sheet with its marks, for SRA3; 1 page(s); wrote {flyers}/sheets/"
        "flyer-a5-4up-en.pdf"
    ) in text


def test_sticker_grid() -> None:
    """50 mm squares, 4 mm apart (twice their 2 mm bleed), inside 5 mm margins of A4:
    (200 + 4) / 54 = 3 across, (287 + 4) / 54 = 5 down."""
    from campaign.sheets.blocks import grid_cells

    cells = grid_cells(SHEETS["a4"], (50.0, 50.0), 4.0, 5.0)
    assert (cells.sheet, len(cells.cells), cells.scale) == ((210.0, 297.0), 15, 1.0)
    # centred: (210 - 3 x 50 - 2 x 4) / 2 = 26 mm left and right, (297 - 5 x 50 - 4 x 4) / 2
    # = 15.5 mm above and below
    assert sorted({round(x, 3) for x, _, _, _ in cells.cells}) == [26.0, 80.0, 134.0]
    assert sorted({round(y, 3) for _, y, _, _ in cells.cells}) == [15.5, 69.5, 123.5, 177.5, 231.5]


def test_square_stickers_are_kiss_cut_at_the_trim(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, text = cli(
        "build",
        "--kit",
        ROOT,
        "-o",
        out,
        "--only",
        "sticker-50",
        "--lang",
        "en,ar",
        "--png-ppi",
        "10",
    )
    assert code == 0, text
    # the single sticker's print PDF carries its own die line (a print shop's plotter cuts
    # along it); the digital PDF has none
    die = die_line(out / "sticker-50" / "sticker-50-en.pdf")
    assert die == {"trim": [13.0, 13.0, 63.0, 63.0], "box": [13.0, 13.0, 63.0, 63.0], "radius": 3.0}
    with pikepdf.open(out / "sticker-50" / "sticker-50-en-digital.pdf") as pdf:
        assert b"CutContour" not in pdf.pages[0].Contents.read_bytes()
        assert "/ColorSpace" not in pdf.pages[0].Resources
    sheet = tmp_path / "stickers.pdf"
    stickers = ("sheet", "--kit", ROOT, "--from", out, "--material", "sticker-50", "--sticker")
    code, text = cli(*stickers, "--fill", "-o", sheet)
    assert code == 0, text
    assert "sticker-50: 15-up stickers on A4, kiss-cut at the trim; 1 page(s)" in text
    assert "cut lines" not in text  # the default gap: no warning
    with pikepdf.open(sheet) as pdf:
        (page,) = pdf.pages
        assert [round(float(v) / MM, 2) for v in page.TrimBox] == [3, 8, 213, 305]
        content = page.Contents.read_bytes()
        assert len(re.findall(rb"/C\d+ Do", content)) == 15
        cuts = re.search(rb"/GSCut gs /CSCut CS 1 SCN 0.25 w (.*) Q", content)
        assert cuts is not None
        assert cuts[1].count(b" h S") == 15  # one closed contour per sticker
        assert str(page.Resources.ColorSpace.CSCut[1]) == "/CutContour"
        # a slug below the sheet's bleed, as a gang sheet's (it was in the bleed), with the
        # draft translation marked (a review: a rectangular sticker sheet had none, so no
        # DRAFT mark)
        assert_slug_below_the_bleed(page)
        assert slug_fields(page) == [
            "sticker-50 sticker sheet 1 of 1",
            "DRAFT ar",
            "A4, 15 of 15",
            "print at 100 %, actual size",
            "kiss-cut in CutContour",
            "FOGRA39",
            "World Day Against Trafficking in Persons 2024",
            "sticker-50-en.pdf x8, sticker-50-ar.pdf x7",  # the campaign's order: en, then ar
        ]
        # each contour starts its bottom edge the material's cut_radius (3 mm) in from its
        # left edge
        first = [float(v) for v in cuts[1].split(b" h S")[0].split() if v[0:1].isdigit()]
        assert (first[0] - min(first[::2])) / MM == pytest.approx(3.0, abs=0.01)
        # the pieces' own die lines are left out: the sheet's are the only ones; and their
        # own marks, in registration colour (sheets.forms.without_marks)
        for name, form in page.Resources.XObject.items():
            if str(name).startswith("/C"):
                assert not dict(form.Resources.get("/ColorSpace") or {}), name
                assert b" CS" not in form.read_bytes(), name

    # kiss-cut lines closer than 1/8 in: a warning, as for round pieces; --strict fails on it
    code, text = cli(*stickers, "--gap", "1", "-o", tmp_path / "close.pdf")
    assert code == 0, text
    assert "warning[sheet.gap]: sticker-50: cut lines 1 mm apart: each piece's art reaches " in text
    code, text = cli(*stickers, "--gap", "1", "--strict", "-o", tmp_path / "strict.pdf")
    assert code == 1, text
    assert "error[sheet.gap]: sticker-50: cut lines 1 mm apart" in text
    assert not (tmp_path / "strict.pdf").exists()

    # as a press sheet of trimmed pieces its die lines were left out, and the sheet went to
    # the print ZIP as "kiss cut" (a print shop's trial): refused, whatever else is asked
    press = tmp_path / "press.pdf"
    for extra in ((), ("--fill",), ("--up", "4")):
        code, text = cli(*stickers[:-1], *extra, "-o", press)
        assert code == 1
        assert text.startswith(
            "error[sheet.select]: 'sticker-50' is kiss-cut along its own die line "
            "(CutContour), which a press sheet of trimmed pieces leaves out\n"
            "  hint: make a sticker sheet (--sticker): as many as fit, each with its die line\n"
        ), text
    assert not press.exists()
    # at home, two 50 mm stickers went on an A4 without their kiss cut (an organiser's trial)
    code, text = cli(*stickers[:-1], "--home", "-o", press)
    assert code == 1
    assert text.startswith(
        "error[sheet.select]: 'sticker-50' is kiss-cut along its own die line (CutContour), "
        "which a home sheet of flyers leaves out\n"
        "  hint: make a sticker sheet (--sticker): as many as fit, each with its die line (an "
        "office printer prints it on sticker paper, at actual size)\n"
    ), text
    assert not press.exists()
    # rectangular stickers go in rows and columns: --packing made nothing, without a word
    code, text = cli(*stickers, "--packing", "hex", "-o", press)
    assert code == 1
    assert text.startswith(
        "error[sheet.option]: --packing does nothing for a sticker sheet of 'sticker-50': "
        "rectangular stickers go in rows and columns\n  hint: leave --packing out\n"
    ), text
    # --cut-page, taken for a sheet of round stickers, was refused for rectangular ones (a
    # print shop's trial): the kiss-cut lines alone after the sheets, a page of a full
    # sheet's and one of the partly filled last sheet's, with the sheets' registration
    # targets at the same places, no art and no slug, named by page labels
    cut = tmp_path / "cut.pdf"
    code, text = cli(*stickers, "--lang", "en", "--copies", "20", "--cut-page", "-o", cut)
    assert code == 0, text
    with pikepdf.open(cut) as pdf:
        pages = list(pdf.pages)
        sheets = [p for p in pages if "/XObject" in p.Resources]
        cuts = [p for p in pages if "/XObject" not in p.Resources]
        assert (len(sheets), len(cuts)) == (2, 2)  # 15 + 5 stickers
        labels = list(pdf.Root.PageLabels.Nums)
        assert [int(labels[i]) for i in range(0, len(labels), 2)] == [0, 2, 3]
        assert [str(labels[i + 1].P) for i in range(2, len(labels), 2)] == [
            "cut lines of sheet 1",
            "cut lines of sheet 2",
        ]
        for page, count in zip(cuts, (15, 5), strict=True):
            content = page.Contents.read_bytes()
            assert b"BT" not in content  # no slug
            assert content.count(b" re") + content.count(b" h") >= count, content[:300]
            assert page.TrimBox == sheets[0].TrimBox
            assert page.BleedBox == sheets[0].BleedBox
        # the cut page's kiss-cut paths are the sheet's own, at the same places
        own = cuts[0].Contents.read_bytes().split(b"/CSCut")[1][:300]
        assert own in sheets[0].Contents.read_bytes()


def test_a_home_sheet_that_shrinks_type_or_the_qr_code_below_their_minimums_says_so(
    flyers: Path, tmp_path: Path
) -> None:
    """4-up A5 on Letter, at 61.8 %, set the flyer's 6.5 pt text at 4.0 pt and its 26 mm QR
    code at 16.1 mm without a word; 2-up on A4 (93.4 %) keeps both above their minimums."""
    args = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--home")
    code, text = cli(
        *args, "--lang", "en", "--paper", "letter", "--up", "4", "-o", tmp_path / "4.pdf"
    )
    assert code == 0, text
    said = (
        "[sheet.scale]: flyer-a5: at 61.8 %, text set at 6.5 pt prints at 4.0 pt, below the 6 "
        "pt floor; the 26 mm QR code prints at 16.1 mm, below 20 mm\n"
        "  hint: use --up 1 (100.0 %), or --paper a3 (94.9 %) if your printer takes that "
        "paper; or have it printed at full size (without --home)\n"
    )
    assert up_to_count(text).endswith(f"warning{said}1 warning(s)\n"), text
    four = ("--lang", "en", "--paper", "letter", "--up", "4", "--strict")
    code, text = cli(*args, *four, "-o", tmp_path / "strict.pdf")
    assert code == 1, text
    assert text == f"error{said}1 error(s)\n"
    assert not (tmp_path / "strict.pdf").exists()
    code, text = cli(*args, "--lang", "en", "--strict", "-o", tmp_path / "2.pdf")
    assert code == 0, text
    assert "warning" not in text


def test_a_home_sheets_scale_hint_names_the_most_to_a_sheet_that_is_enough(
    flyers: Path, tmp_path: Path
) -> None:
    """4-up A5 on A4 shrinks the flyer's text below its floor; 2-up does not (93.4 %). The hint
    named --up 1 alone, a sheet for each flyer, where two to a sheet were enough (a trial)."""
    args = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--home")
    code, text = cli(*args, "--lang", "en", "--up", "4", "-o", tmp_path / "4.pdf")
    assert code == 0, text
    assert (
        "  hint: use --up 2 (93.4 %), or --paper a3 (94.9 %) if your printer takes that paper; "
        "or have it printed at full size (without --home)\n"
    ) in text, text


def test_a_home_sheets_scale_hint_names_only_what_was_not_asked(
    flyers: Path, tmp_path: Path
) -> None:
    """The hint said "use --up 1" to one who had given --up 1 (a trial's Legal poster). 1-up A5
    on A4 with 40 mm margins prints at 87.8 %: the hint names the papers at which it prints
    above its minimums (Letter and Legal, at 91.8 %, still set its text below the floor) and
    that only the margins shrink it, as A4 holds an A5. A3 alone, the A4 sheet's family's:
    Tabloid, which also holds it, is a US paper, offered only when no ISO one does."""
    args = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--home")
    one = ("--lang", "en", "--up", "1", "--margin", "40", "--paper", "a4", "-o", tmp_path / "1.pdf")
    code, text = cli(*args, *one)
    assert code == 0, text
    assert up_to_count(text).endswith(
        "warning[sheet.scale]: flyer-a5: at 87.8 %, text set at 6.5 pt prints at 5.7 pt, below "
        "the 6 pt floor\n"
        "  hint: only the 40 mm margins an office printer leaves unprinted shrink it (a smaller "
        "--margin if yours prints closer to the edge); use --paper a3 (100.0 %) if your "
        "printer takes that paper; or have it printed at full size (without --home)\n"
        "1 warning(s)\n"
    ), text


def test_a_press_sheet_of_flyers_is_named_by_its_own_size(flyers: Path, tmp_path: Path) -> None:
    """It took --paper into its name and ignored it: flyer-a5-a3-4up.pdf was 302 x 426 mm,
    larger than A3."""
    args = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--lang", "en")
    code, text = cli(*args, "--up", "4")
    assert code == 0, text
    assert (flyers / "sheets" / "flyer-a5-4up-en.pdf").is_file()
    code, text = cli(*args, "--up", "4", "--paper", "a3")
    assert code == 2
    assert text.endswith(
        "Error: a press sheet of flyers is their own size (2 or 4 trims side by side, with "
        "bleed and marks), not a paper's: --paper is for --home, badges and --sticker (the "
        "press stock it is printed on: --stock)\n"
    )


def test_a_sticker_material_with_paper_is_told_to_add_sticker(flyers: Path, tmp_path: Path) -> None:
    """`--material sticker-50 --paper sra3` without --sticker was told that a press sheet of
    flyers is their own size: wrong words for a sticker, and no word of --sticker. It is now
    told what the material is and the command to run, its own with --sticker."""
    args = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "sticker-50")
    code, text = cli(*args, "--paper", "sra3")
    assert code == 2, text
    again = f"sheet --kit {ROOT} --from {flyers} --material sticker-50 --paper sra3 --sticker"
    assert text.endswith(
        "Error: 'sticker-50' is a sticker, kiss-cut along its own die line: its sheet is a "
        "sticker sheet, as many as fit on the --paper, each with its die line: python "
        f"generate.py {again}\n"
    ), text


def test_a_press_sheet_carries_its_job_in_a_slug(flyers: Path, tmp_path: Path) -> None:
    """The pieces' slugs are clipped away with their marks: each plate has its own, between
    the first column's bottom crop marks, 3 mm clear of each, as outlines in registration
    colour (75 % of each plate on FOGRA39), naming the material, imposition, file placed,
    sheet trim, bleed, press and campaign (on two lines in the column's 141.9 mm)."""
    from campaign.sheets.edge import CROP_HALF_STROKE_MM, SLUG_MARK_CLEAR_MM

    clear = SLUG_MARK_CLEAR_MM + CROP_HALF_STROKE_MM  # from the marks' centre lines

    out = tmp_path / "press.pdf"
    args = ("sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5")
    code, text = cli(*args, "--lang", "en,ar", "-o", out)
    assert code == 0, text
    with pikepdf.open(out) as pdf:
        for page, lang in zip(pdf.pages, ("en", "ar"), strict=True):
            # a draft translation is marked so on the sheet, as on the piece's own slug,
            # which the sheet cuts away (a print shop's trial: the sheet had no DRAFT); every
            # field on two lines, the campaign too (one line left it out of 141.9 mm)
            draft = ["DRAFT"] if lang == "ar" else []
            assert slug_fields(page) == [
                "flyer-a5 press sheet",
                "2-up, work-and-turn",
                f"flyer-a5-{lang}.pdf",
                *draft,
                "trim 302 x 210 mm",
                "bleed 3 mm",
                "FOGRA39",
                "World Day Against Trafficking in Persons 2024",
            ]
            slug = page.Resources.XObject.Slug
            assert slug.read_bytes().count(b" cm\n") >= 1  # a second line, moved up
            content = page.Contents.read_bytes()
            placed = re.search(
                rb"q /CSAll cs 0.75 scn 1 0 0 1 ([\d.]+) ([\d.]+) cm /Slug Do Q", content
            )
            assert placed is not None
            x, y = float(placed[1]), float(placed[2])
            trim = [float(v) for v in page.TrimBox]
            left, bottom, right, top = (float(v) for v in slug.BBox)  # its ink, pt
            # its ink 3 mm clear of the crop mark at the trim's left edge, and of the next,
            # at the first column's right (148 mm)
            assert x + left == pytest.approx(trim[0] + clear * MM, abs=0.002)
            assert x + right <= trim[0] + (148 - clear) * MM + 0.001
            assert y + bottom >= 0  # inside the media
            assert y + top <= trim[1] - 4 * MM  # 1 mm below the bleed


def test_a_home_sheet_refuses_digital_pdfs_older_than_their_print_pdfs(tmp_path: Path) -> None:
    """A merge, then the title changed and merged again with --no-digital: the print PDF has
    the new title, the kept digital PDF the old one, and the home sheet (made from the
    digital PDFs) printed the old title without a word. It is `sheet.stale` now; merged again
    with the digital PDFs, the sheet is made, and --fill fills its last sheet."""
    data, out, sheet = tmp_path / "events.csv", tmp_path / "out", tmp_path / "home.pdf"
    head = "event_id,language,title,date,venue\n"
    data.write_text(head + "walk-1,en,Blue Heart Walk,2026-07-30,City Park\n", encoding="utf-8")
    fast = ("--png-ppi", "10")
    code, text = cli("merge", "--kit", ROOT, "event-flyer-a5", data, "-o", out, *fast)
    assert code == 0, text
    data.write_text(head + "walk-1,en,Blue Heart Run,2026-07-30,City Park\n", encoding="utf-8")
    again = ("merge", "--kit", ROOT, "event-flyer-a5", data, "-o", out, *fast)
    code, text = cli(*again, "--no-digital")
    assert code == 0, text
    home = ("sheet", "--kit", ROOT, "--from", out, "--material", "event-flyer-a5", "--home")
    code, text = cli(*home, "-o", sheet)
    assert code == 1
    assert (
        f"error[sheet.stale]: 1 digital PDF(s) in {out} show an earlier state of the kit or the "
        "data than their print PDFs (made before a build or merge with --no-digital): "
        "event-flyer-a5/event-flyer-a5-en-walk-1-digital.pdf\n"
        "  hint: merge again without --no-digital (python generate.py merge event-flyer-a5 "
        f"{data} --png-ppi 10 -o {out}), then make the sheet"
    ) in text, text  # the folder's last merge, quoted without --no-digital
    assert not sheet.exists()
    code, text = cli(*again)
    assert code == 0, text
    code, text = cli(*home, "-o", sheet, "--up", "2", "--fill")
    assert code == 0, text
    with pikepdf.open(sheet) as pdf:
        assert len(pdf.pages) == 1
        assert len(placements(pdf.pages[0])) == 2  # the one flyer twice: --fill


def test_the_die_line_and_the_sheet_follow_the_material_s_corner_radius(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`marks: cut_radius` rounds the single sticker's die line and the sticker sheet's
    kiss cut alike (the sheet's own default was 3 mm whatever the material said)."""
    kit = kit_copy()
    layout = kit / "materials/layouts/sticker-50.yaml"
    text = layout.read_text(encoding="utf-8")
    assert "cut_radius: 3}" in text
    layout.write_text(text.replace("cut_radius: 3}", "cut_radius: 7.5}"), encoding="utf-8")
    out = tmp_path / "out"
    args = ("--only", "sticker-50", "--lang", "en", "--png-ppi", "10", "--no-digital")
    code, text = cli("build", "--kit", kit, "-o", out, *args)
    assert code == 0, text
    assert die_line(out / "sticker-50" / "sticker-50-en.pdf")["radius"] == 7.5
    sheet = tmp_path / "stickers.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "sticker-50", "--sticker", "-o", sheet
    )
    assert code == 0, text
    with pikepdf.open(sheet) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
    cuts = re.search(rb"/CSCut CS 1 SCN 0.25 w (.*) Q", content)
    assert cuts is not None
    first = [float(v) for v in cuts[1].split(b" h S")[0].split() if v[0:1].isdigit()]
    assert (first[0] - min(first[::2])) / MM == pytest.approx(7.5, abs=0.01)


def die_line(path: Path) -> dict[str, object]:
    """A print PDF's die line read back: the TrimBox and the bounding box of the path stroked
    in the CutContour Separation, in mm, and its corner radius (how far its first point is
    from the box's left edge), with its stroke checked: 0.25 pt, overprinting, 100 % magenta
    as the alternate."""
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        spaces = page.Resources.ColorSpace
        (name,) = [n for n, cs in spaces.items() if str(cs[1]) == "/CutContour"]
        cs = spaces[name]
        assert (str(cs[0]), str(cs[2])) == ("/Separation", "/DeviceCMYK")
        assert cs[3].read_bytes().split() == [
            b"{0.0",
            b"exch",
            b"dup",
            b"1.0",
            b"mul",
            b"exch",
            b"0.0",
            b"exch",
            b"pop",
            b"0.0}",
        ]
        ops = pikepdf.parse_content_stream(page)
        at = next(
            i for i, o in enumerate(ops) if str(o.operator) == "CS" and str(o.operands[0]) == name
        )
        start = max(i for i in range(at) if str(ops[i].operator) == "q")
        states = [
            page.Resources.ExtGState[str(o.operands[0])]
            for o in ops[start:at]
            if str(o.operator) == "gs"
        ]
        assert any(bool(g.get("/OP")) for g in states)
        assert any(int(g.get("/OPM", 0)) == 1 for g in states)
        points: list[tuple[float, float]] = []
        width = None
        for o in ops[at:]:
            op = str(o.operator)
            if op == "w":
                width = float(o.operands[0])
            elif op in ("m", "l", "c"):
                nums = [float(v) for v in o.operands]
                points += list(zip(nums[::2], nums[1::2], strict=True))
            elif op == "S":
                break
        assert width == 0.25
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = [round(v / MM, 2) for v in (min(xs), min(ys), max(xs), max(ys))]
        return {
            "trim": [round(float(v) / MM, 2) for v in page.TrimBox],
            "box": box,
            "radius": round((points[0][0] - min(xs)) / MM, 2),
        }


def test_a_sheet_of_a_social_image_says_it_has_no_print_pdf(tmp_path: Path) -> None:
    """A social image is built, but has no print PDF: "build it first" sent the user to
    build it again (a print shop's trial)."""
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--only", "social-1080x1080", "--lang", "en"
    )
    assert code == 0, text
    code, text = cli("sheet", "--kit", ROOT, "--from", out, "--material", "social-1080x1080")
    assert code == 1
    assert text.endswith(
        "  hint: 'social-1080x1080' has no print PDF (it is for screens): sheets are for print\n"
        "1 error(s)\n"
    ), text


def test_a_sheet_slug_marks_its_draft_translations() -> None:
    """A gang or sticker sheet of several languages names its draft ones in one DRAFT field;
    a sheet of reviewed texts has none (a print shop's trial: sheets had no DRAFT mark)."""
    from types import SimpleNamespace

    from campaign.kit.load import load_kit
    from campaign.sheets.slugs import draft_field

    kit = load_kit(ROOT)
    assert kit.languages["en"].status == "reviewed"
    assert kit.languages["ar"].status != "reviewed"
    files = [SimpleNamespace(language=c, extra={}) for c in ("en", "ar", "en", "am")]
    assert draft_field(kit, files) == ("DRAFT ar am",)  # type: ignore[arg-type]
    assert draft_field(kit, files[1:2]) == ("DRAFT",)  # type: ignore[arg-type]
    assert draft_field(kit, files[:1]) == ()  # type: ignore[arg-type]


def test_a_sheets_size_reads_the_same_from_its_mm_and_from_its_pdf() -> None:
    """An office's trial: `sheet` said 456.5 x 301.8 mm of a 2-up Letter press sheet and the
    job sheet, which reads the size back from the PDF's points, 456.5 x 301.7."""
    from campaign.sheets.paper import size_text

    exact = (456.5, 301.75)
    from_points = tuple(round(v * 72 / 25.4, 3) * 25.4 / 72 for v in exact)
    assert from_points != exact
    assert size_text(exact) == size_text(from_points) == "456.5 x 301.8"  # type: ignore[arg-type]


def test_check_pdf_takes_a_home_sheet_and_a_digital_pdf_for_what_they_are(
    flyers: Path, tmp_path: Path
) -> None:
    """An organiser's trial: `check --pdf` failed the kit's own sheet for an office printer
    as a print file ("RGB colour in a print file (convert it to CMYK)", "no TrimBox"). The
    kit's files for screens and office printers are checked as such; a print file stripped
    of its OutputIntent is still a failing print file."""
    home = tmp_path / "home.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", flyers, "--material", "flyer-a5", "--home",
        "--lang", "en", "-o", home,
    )  # fmt: skip
    assert code == 0, text
    digital = flyers / "flyer-a5" / "flyer-a5-en-digital.pdf"
    code, text = cli("check", "--pdf", home, "--pdf", digital)
    assert code == 0, text
    assert (
        f"{home}: ok (a sheet for an office printer made by this kit, sRGB without trim or "
        "bleed: the press's checks do not apply; "
    ) in text
    assert f"{digital}: ok (a digital PDF made by this kit, sRGB" in text
    assert "ink up to" not in text
    stripped = tmp_path / "stripped.pdf"
    with pikepdf.open(flyers / "flyer-a5" / "flyer-a5-en.pdf") as pdf:
        del pdf.Root.OutputIntents
        pdf.save(stripped)
    code, text = cli("check", "--pdf", stripped)
    assert code == 1
    assert "fail: no OutputIntent" in text
