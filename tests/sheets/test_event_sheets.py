"""An event organiser's sheets of merged flyers (a Nairobi NGO's trial: 29 A5 events and 3 A4
ones): the one-sided A5 flyer's default press sheet is the one its count was found for (3 on
SRA3, 2 upright and 1 turned, no `sheet.up` note against it), a home sheet of several events
says that its pages mix them and how to give each its own page (`sheet.events`), the A4 flyer
goes 1-up on A4 at home, a home sheet of flyers names itself on a line below its pieces, as a
home sheet of badges does, and `sheet -q` prints problems only, as `build -q` does."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.cell_sheet import default_up, paper_sized
from campaign.sheets.cells import Cells
from campaign.sheets.edge import slug_stretch
from campaign.sheets.paper import press_media, stock_for
from campaign.sheets.press import filled_up, fills_stock
from campaign.sheets.press_fit import press_cells
from campaign.sheets.record import record_path
from campaign.sheets.request import SheetRequest

from ..kits import MM, ROOT, cli
from .boxes import slug_fields, slug_mm
from .test_cells import placements

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


# 2. a home sheet of several events says its pages mix them


def test_a_home_sheet_of_several_events_says_its_pages_mix_them(
    events: Path, tmp_path: Path
) -> None:
    out = tmp_path / "home.pdf"
    code, text = sheet(events, "--material", "event-flyer-a5", "--home", "-o", out)
    assert code == 0, text
    assert (
        "note[sheet.events]: event-flyer-a5: 2 of the home sheet's 3 page(s) hold the flyers "
        "of two events (page 1: e1 and e2): each printing of such a page makes one of each "
        "event's\n"
        "  hint: --copies 2 puts 2 copies of one flyer on each page, a page per flyer (5 "
        "pages); --event e1 --copies 2 makes the sheet of one event\n"
    ) in text, text
    code, text = sheet(events, "--material", "event-flyer-a5", "--home", "--copies", "2", "-o", out)
    assert code == 0, text
    assert "sheet.events" not in text, text
    assert "2-up for an office printer, 297 x 210 mm (landscape), at 93.4 %; 5 page(s)" in text
    with pikepdf.open(out) as pdf:  # each page one event's flyer twice, named on its line
        for page, (event, lang) in zip(pdf.pages, EVENTS, strict=True):
            assert slug_fields(page)[1:3] == [event, lang], slug_fields(page)
            forms = {page.Resources.XObject["/" + name].objgen for name, _, _ in placements(page)}
            assert len(placements(page)) == 2 and len(forms) == 1  # noqa: PT018
    code, text = sheet(
        events, "--material", "event-flyer-a5", "--home", "--event", "e3", "--copies", "3",
        "-o", out,
    )  # fmt: skip
    assert code == 0, text
    assert "sheet.events" not in text, text


# 3. a piece the paper's size goes 1-up at home


def test_a_piece_the_paper_s_size_goes_1_up_at_home() -> None:
    req = SheetRequest(Path("sheet.pdf"), "piece", home=True)
    assert paper_sized("a4", (210.0, 297.0))
    assert paper_sized("a4", (215.9, 279.4))  # Letter: wider than A4's 200 mm
    assert paper_sized("letter", (210.0, 297.0))
    assert not paper_sized("a4", A5)
    assert not paper_sized("a4", (200.0, 287.0))  # its printable area itself
    assert default_up(req, None, (210.0, 297.0), 3.0, False) == 1
    assert default_up(req, None, A5, 3.0, False) == 2


def test_the_a4_event_flyer_goes_1_up_on_a4_at_home(events: Path, tmp_path: Path) -> None:
    out = tmp_path / "a4.pdf"
    code, text = sheet(events, "--material", "event-flyer-a4", "--home", "-o", out)
    assert code == 0, text
    assert (
        "event-flyer-a4: 1-up for an office printer, 210 x 297 mm (portrait), at 95.2 %; 2 page(s)"
    ) in text, text
    assert "sheet.events" not in text, text
    with pikepdf.open(out) as pdf:
        assert len(placements(pdf.pages[0])) == 1


# 4. a home sheet of flyers names itself on a line below its pieces


def test_a_home_sheet_of_flyers_has_a_line_naming_it(events: Path, tmp_path: Path) -> None:
    """Which sheet of how many, its events and languages, DRAFT and the drafts, its scale, how
    to print it and the campaign, in black below the pieces (their cut lines' casing and
    1 mm clear of them), inside the 5 mm the office printer does not print."""
    out = tmp_path / "home.pdf"
    code, text = sheet(events, "--material", "event-flyer-a5", "--home", "-o", out)
    assert code == 0, text
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 3
        said = [slug_fields(page) for page in pdf.pages]
        assert said[0] == [
            "event-flyer-a5 home sheet 1 of 3",
            "e1 e2",
            "en sw",
            "DRAFT sw",
            "2-up at 93.4 %",
            "print at 100 %, actual size",
            CAMPAIGN,
        ]
        assert said[2][:3] == ["event-flyer-a5 home sheet 3 of 3", "e5", "en"]
        assert "DRAFT" not in said[2][3]
        page = pdf.pages[0]
        assert b"q 0 g 1 0 0 1 " in page.Contents.read_bytes()  # black, upright
        left, bottom, right, top = slug_mm(page)
        lowest = min(y for _, _, y in placements(page)) / MM  # the pieces' bottom edge
        assert top <= lowest - 1 - 0.26, (top, lowest)  # below the casing, 1 mm clear
        assert min(left, bottom) >= 5 - 0.001, (left, bottom)
        assert right <= 297 - 5, right


def test_a_home_sheet_line_that_leaves_fields_out_says_which(tmp_path: Path) -> None:
    """Four events of 40-character ids to an A4 page: the line keeps its first fields at the
    smallest size and names those it leaves out in a note (they were left out without a
    word)."""
    ids = [f"nairobi-county-blue-heart-walk-number-{i:02d}" for i in range(4)]
    data = tmp_path / "long.csv"
    data.write_text(
        "event_id,language,title,date,time,venue\n"
        + "".join(f"{e},en,Blue Heart walk,2024-07-30,18:00,Uhuru Park\n" for e in ids),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli("merge", "--kit", ROOT, "event-flyer-a5", data, "-o", out, "--png-ppi", "10")
    assert code == 0, text
    home = tmp_path / "home.pdf"
    code, text = sheet(out, "--material", "event-flyer-a5", "--home", "--up", "4", "-o", home)
    assert code == 0, text
    with pikepdf.open(home) as pdf:
        assert slug_fields(pdf.pages[0]) == [
            "event-flyer-a5 home sheet 1 of 1",
            " ".join(ids),
            "en",
            "4-up at 65.5 %",
        ]
    assert (
        "note[sheet.home-line]: event-flyer-a5: the home sheet's line has no room, between its "
        "pieces and the 5 mm the office printer does not print, for 'print at 100 %, actual "
        f"size' and '{CAMPAIGN}', even at 4.8 pt (the smallest it is set at): left out of the "
        "line\n  hint: a smaller --margin or a larger --paper leaves room for them\n"
    ) in text


def test_a_two_sided_home_sheet_s_line_is_on_its_front(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--only", "flyer-a5", "--lang", "en", "--png-ppi", "10"
    )
    assert code == 0, text
    home = tmp_path / "home.pdf"
    code, text = cli(
        "sheet", "--kit", ROOT, "--from", out, "--material", "flyer-a5", "--home", "-o", home
    )
    assert code == 0, text
    with pikepdf.open(home) as pdf:
        assert len(pdf.pages) == 2
        assert slug_fields(pdf.pages[0])[3:5] == [
            "print at 100 %, actual size, double-sided, flipped on the short edge",
            CAMPAIGN,
        ]
        assert "/Slug" not in pdf.pages[1].Resources.XObject  # the back: none


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


def test_a_home_sheet_fewer_up_than_2_says_why(events: Path, tmp_path: Path) -> None:
    """The A5 flyer on Letter at home goes 1-up, where 2-up sets its text below the floor:
    a note says so and names the papers that print 2-up above it (a Manila organiser's
    trial: 1-up without a word). On A4, 2-up prints above it: no note."""
    out = tmp_path / "letter.pdf"
    code, text = sheet(
        events, "--material", "event-flyer-a5", "--home", "--paper", "letter", "-o", out
    )
    assert code == 0, text
    assert (
        "note[sheet.fewer-up]: event-flyer-a5: 1-up, not 2-up: 2 to a Letter page print at "
        "89.0 %, where text set at 6.5 pt prints at 5.8 pt, below the 6 pt floor\n"
        "  hint: --up 2 makes it 2-up anyway, with a sheet.scale warning; 2-up prints above "
        "the minimums on --paper legal (96.2 %) or --paper tabloid (100.0 %), if your printer "
        "takes it\n"
    ) in text, text
    assert "event-flyer-a5: 1-up for an office printer, 215.9 x 279.4 mm (portrait)" in text
    code, text = sheet(events, "--material", "event-flyer-a5", "--home", "-o", tmp_path / "a4.pdf")
    assert code == 0, text
    assert "sheet.fewer-up" not in text, text
    assert "event-flyer-a5: 2-up for an office printer" in text, text
