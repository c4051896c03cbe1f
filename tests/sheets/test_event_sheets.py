"""An event organiser's sheets of merged flyers (a Nairobi NGO's trial: 29 A5 events and 3 A4
ones): the one-sided A5 flyer's default press sheet is the one its count was found for (3 on
SRA3, 2 upright and 1 turned, no `sheet.up` note against it), and `sheet -q` prints problems
only, as `build -q` does."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.cells import Cells
from campaign.sheets.edge import slug_stretch
from campaign.sheets.paper import press_media, stock_for
from campaign.sheets.press import filled_up, fills_stock
from campaign.sheets.press_fit import press_cells
from campaign.sheets.record import record_path
from campaign.sheets.request import SheetRequest

from ..kits import MM, ROOT, cli
from .boxes import slug_fields, slug_mm

A5 = (148.0, 210.0)
EVENTS = [("e1", "en"), ("e2", "sw"), ("e3", "en"), ("e4", "sw"), ("e5", "en")]
CAMPAIGN = "World Day Against Trafficking in Persons 2024"


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """5 A5 events (en and sw in turn) and 2 A4 ones merged into one folder."""
    tmp = tmp_path_factory.mktemp("events")
    out = tmp / "out"
    head = "event_id,language,title,date,time,venue\n"
    rows = "".join(f"{e},{lang},Blue Heart {e},2024-07-30,18:00,Uhuru Park\n" for e, lang in EVENTS)
    (tmp / "a5.csv").write_text(head + rows, encoding="utf-8")
    (tmp / "a4.csv").write_text(head + "".join(rows.splitlines(True)[:2]), encoding="utf-8")
    for template, data in (("event-flyer-a5", "a5.csv"), ("event-flyer-a4", "a4.csv")):
        code, text = cli("merge", "--kit", ROOT, template, tmp / data, "-o", out, "--png-ppi", "10")
        assert code == 0, text
    return out


def sheet(out: Path, *args: str | Path) -> tuple[int, str]:
    return cli("sheet", "--kit", ROOT, "--from", out, *args)


# 1. the press sheet without --up: its count and its cells found on one stock


@pytest.mark.parametrize(
    ("trim", "two_sided", "stock", "up"),
    [
        ((50.0, 180.0), False, "sra4", 5),
        ((148.0, 210.0), False, "sra3", 3),
        ((148.0, 210.0), True, "sra3", 2),
        ((105.0, 148.0), False, "sra4", 2),
        ((215.9, 279.4), False, "12x18", 2),
        ((99.0, 210.0), False, "sra4", 2),
    ],
)
def test_the_default_press_sheet_is_the_one_its_count_was_found_on(
    trim: tuple[float, float], two_sided: bool, stock: str, up: int
) -> None:
    """The count is how many the stock of a 2-up sheet holds with every mark (filled_up);
    the sheet made of that count goes on that stock, which holds no more with every mark:
    the `sheet.up` note, judged on the sheet's own stock, has nothing to say of it. 3 x A5
    went in a row on A3+ (474 x 232 mm), where SRA3 holds them 2 upright and 1 turned, and
    the note said A3+ holds 4."""
    req = SheetRequest(Path("sheet.pdf"), "piece")
    assert filled_up(req, trim, 3.0, two_sided) == up
    cells = press_cells(trim, up, 3.0, even=two_sided)
    assert stock_for(press_media(cells.sheet, 3.0), trim) == stock
    assert fills_stock(req, trim, 3.0, two_sided, stock) in (up, 0)  # 0: no more with marks


def test_three_a5_go_on_sra3_two_upright_one_turned() -> None:
    cells = press_cells(A5, 3, 3.0)
    assert cells.sheet == (302.0, 364.0)
    assert cells.cells == ((0, 0, 148, 210), (154, 0, 148, 210), (46, 216, 210, 148))
    assert cells.turns == (False, False, True)
    assert press_media(cells.sheet, 3.0) == (320.0, 386.0)
    # the slug under the turned piece, between its crop marks (the widest stretch: it was the
    # 46 mm from the trim's left to the turned block's first mark)
    assert slug_stretch(cells) == (46.0, 210.0)
    upright = Cells((302.0, 210.0), ((0, 0, 148, 210), (154, 0, 148, 210)), 1.0)
    assert slug_stretch(upright) == (0.0, 148.0)  # rows and columns: the first column


def test_the_a5_flyer_s_press_sheet_and_its_note_agree(events: Path, tmp_path: Path) -> None:
    out = events / "sheets" / "event-flyer-a5-3up.pdf"  # recorded: in the build's sheets/
    code, text = sheet(events, "--material", "event-flyer-a5")
    assert code == 0, text
    assert (
        "event-flyer-a5: 3-up for a press, 302 x 364 mm + bleed and marks, 2 upright, 1 "
        "turned 90°; a 320 x 386 mm sheet with its marks, for SRA3; 5 page(s)"
    ) in text, text
    for code_ in ("sheet.up", "sheet.slug", "sheet.marks"):
        assert code_ not in text, text
    record = json.loads(record_path(out).read_text(encoding="utf-8"))
    assert record["stock"] == "sra3"
    with pikepdf.open(out) as pdf:  # every field of the slug, below the turned piece
        fields = slug_fields(pdf.pages[0])
        assert fields[-1] == CAMPAIGN, fields
        left = slug_mm(pdf.pages[0])[0] - float(pdf.pages[0].TrimBox[0]) / MM
        assert 46 + 3 < left < 46 + 4, left
    code, text = sheet(
        events, "--material", "event-flyer-a5", "--up", "2", "-o", tmp_path / "2.pdf"
    )
    assert code == 0, text
    assert (
        "note[sheet.up]: event-flyer-a5: the 2-up press sheet of 148 x 210 mm pieces is printed "
        "on SRA3, which holds 3 of them with their bleed and marks\n"
    ) in text, text


# 5. sheet -q


def test_sheet_quiet_prints_problems_only(events: Path, tmp_path: Path) -> None:
    out = tmp_path / "quiet.pdf"
    base = ("--material", "event-flyer-a5", "--home", "-o", out)
    code, text = sheet(events, *base, "-q")
    assert (code, text) == (0, "")
    assert out.exists()
    code, text = sheet(events, *base, "--quiet", "--margin", "0")
    assert code == 0
    assert text.startswith("warning[sheet.margin]: event-flyer-a5: the home sheet prints its "), (
        text
    )
    assert text.endswith("\n1 warning(s)\n"), text
    assert "note[" not in text and "office printer, " not in text  # noqa: PT018
