"""A press sheet without `--up`: as many pieces as the press stock of a 2-up sheet holds with
every mark (sheets.press.filled_up), where it was always 2: a 50 x 180 mm bookmark went 2-up on
SRA4, where 5 fit (a trial). With `--up N`, a note (`sheet.up`) says how many the stock holds
and the --up that fills it. The stock materials' counts: a two-sided A5 flyer stays 2-up (4-up
fits SRA3 only without its side targets), a one-sided A5 flyer goes 3-up on SRA3."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.sheets.paper import press_media, stock_for
from campaign.sheets.press import filled_up, fills_stock
from campaign.sheets.press_fit import press_cells
from campaign.sheets.request import SheetRequest

from ..kits import ROOT, cli, mini_copy

REQ = SheetRequest(Path("sheet.pdf"), "piece")


@pytest.mark.parametrize(
    ("trim", "two_sided", "stock", "up"),
    [
        ((50.0, 180.0), False, "sra4", 5),  # the trial's bookmark: 5 across
        ((50.0, 180.0), True, "sra4", 4),  # two-sided: an even number across
        ((20.0, 100.0), False, "sra4", 22),  # a narrow card
        ((85.0, 55.0), False, "sra4", 9),  # a business card
        ((148.0, 210.0), True, "sra3", 2),  # the A5 flyer: 4-up leaves its side targets out
        ((148.0, 210.0), False, "sra3", 3),  # one-sided A5: 2 upright and 1 turned
        ((105.0, 148.0), False, "sra4", 2),  # A6: 4-up fits SRA4 only without marks
        ((210.0, 297.0), False, "sra3", 2),  # A4: SRA3 holds 2 only without a mark (sheet.marks)
        ((215.9, 279.4), False, "12x18", 2),  # Letter
    ],
)
def test_without_up_a_press_sheet_fills_the_stock_two_go_on(
    trim: tuple[float, float], two_sided: bool, stock: str, up: int
) -> None:
    two = press_cells(trim, 2, 3.0, even=two_sided)
    assert stock_for(press_media(two.sheet, 3.0), trim) == stock
    assert filled_up(REQ, trim, 3.0, two_sided) == up
    # with every mark: none at all of A4 on SRA3 (2-up is the default there, as it was)
    assert fills_stock(REQ, trim, 3.0, two_sided, stock) == (0 if trim == (210.0, 297.0) else up)


def test_a_stock_that_holds_no_two_keeps_the_default() -> None:
    """A3 2-up is held by no press stock of PRESS_STOCK: 2, and press_sheet says why."""
    assert filled_up(REQ, (297.0, 420.0), 3.0, False) == 2
    assert fills_stock(REQ, (297.0, 420.0), 3.0, False, None) == 0


BOOKMARK = ROOT / "tests" / "data" / "marks" / "bookmark.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The trial's bookmark (tests/data/marks/bookmark.yaml, its strings and colours the
    mini kit's: the sheet needs its print PDF only) built in English."""
    tmp = tmp_path_factory.mktemp("bookmark")
    kit = mini_copy(tmp / "kit")
    text = BOOKMARK.read_text(encoding="utf-8")
    # the mini kit's names for what the campaign's kit calls them
    slots = text.split("slots:")[0] + (
        "slots:\n"
        "  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, "
        "width: 50, height: 180}}\n"
    )
    (kit / "materials" / "layouts" / "bookmark.yaml").write_text(slots, encoding="utf-8")
    out = tmp / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--only", "bookmark", "--lang", "en")
    assert code == 0, text
    return kit, out


def test_the_bookmark_goes_5_up_on_sra4_without_up(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    kit, out = built
    sheet = tmp_path / "bookmark.pdf"
    code, text = cli("sheet", "--kit", kit, "--from", out, "--material", "bookmark", "-o", sheet)
    assert code == 0, text
    assert (
        "bookmark: 5-up for a press, 274 x 180 mm + bleed and marks; a 292 x 202 mm sheet "
        "with its marks, for SRA4; 1 page(s)"
    ) in text, text
    assert "sheet.up" not in text, text
    assert "sheet.marks" not in text, text


def test_a_count_below_what_the_stock_holds_is_a_note(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    kit, out = built
    sheet = tmp_path / "bookmark.pdf"
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "bookmark", "--up", "2", "-o", sheet
    )
    assert code == 0, text
    assert (
        "note[sheet.up]: bookmark: the 2-up press sheet of 50 x 180 mm pieces is printed on "
        "SRA4, which holds 5 of them with their bleed and marks\n"
        "  hint: --up 5 prints 5 to a sheet of SRA4 (3 more a sheet, 60% fewer sheets); "
        "--up auto takes as many as fit the stock they waste least of\n"
    ) in text, text
    assert "bookmark: 2-up for a press" in text
    code, text = cli(
        "sheet", "--kit", kit, "--from", out, "--material", "bookmark", "--up", "5", "-o", sheet
    )
    assert code == 0, text
    assert "sheet.up" not in text, text
