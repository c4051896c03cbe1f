"""A press sheet of pieces of no paper size goes on the press stock of the paper they are made
on (papers.piece_family: their trim's region, else their layout's `paper:`, or the office's
for a `custom` size), as a single print file's page does (press_stock.piece_stock): a US
office's custom 5 x 7 in card went 2 to SRA4, a sheet no US print shop stocks (the stocks
were chosen by the trim alone, sheets.paper.region_of, and a custom trim has no region). It
goes 4 to 12 x 18 in, and `--up auto` fills 13 x 19 in; the package's job sheet names the
stock `sheet` chose (MadeSheet.stock_on). An ISO office's and the campaign's keep theirs."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ..kits import build, cli, mini_copy

CARD = """title: Card 5 x 7 in
kind: flyer
trim: [127, 177.8]
bleed: 3
safe: 5
paper: custom
marks: {crop: true, registration: true, colour_bar: true, slug: true}
slots:
  - {name: ground, kind: shape, fill: blue, bleed: all, frame: {start: 0, top: 0, width: 127, height: 177.8}}
"""
OFFICE = "name: {name}\nlanguages: [en]\npaper: {paper}\nmaterials: [card]\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The mini kit with the custom card, listed by a US and an ISO office; built for both
    and for the campaign, in English."""
    root = tmp_path_factory.mktemp("office-region")
    kit = mini_copy(root / "kit")
    (kit / "materials" / "layouts" / "card.yaml").write_text(CARD, encoding="utf-8")
    offices = kit / "materials" / "offices"
    offices.mkdir()
    for office, paper in (("us-shop", "us"), ("iso-shop", "iso")):
        text = OFFICE.format(name=office, paper=paper)
        (offices / f"{office}.yaml").write_text(text, encoding="utf-8")
    out = root / "out"
    for office in ((), ("--office", "us-shop,iso-shop")):
        build(kit, out, *office, "--only", "card", "--lang", "en", "--no-png", "--no-digital")
    return kit, out


def sheet(built: tuple[Path, Path], *args: str) -> tuple[str, dict[str, object]]:
    """`sheet` of the card (its line, and its sheet's record)."""
    kit, out = built
    code, text = cli("sheet", "--kit", kit, "--from", out, "--material", "card", *args)
    assert code == 0, text
    made = Path(text.rsplit("wrote ", 1)[1].split()[0])
    record = json.loads(made.with_name(f".{made.stem}.json").read_text(encoding="utf-8"))
    return text, record


def test_a_us_offices_custom_card_goes_on_us_stock(built: tuple[Path, Path]) -> None:
    """4 to 12 x 18 in (the most its 2-up sheet's stock holds with every mark), each with the
    1/8 in of bleed a US office's custom size is made with (papers.bleed_made): it went 2
    to SRA4, with 3 mm."""
    text, record = sheet(built, "--office", "us-shop")
    assert (
        "card: 4-up for a press, 260.35 x 361.95 mm + bleed and marks; a 278.7 x 384.3 mm "
        "sheet with its marks, for 12 x 18 in; 1 page(s); wrote "
    ) in text, text
    assert (record["stock"], record["bleed_mm"]) == ("12x18", 3.17)  # 3.175, as the PDF reads
    text, record = sheet(built, "--office", "us-shop", "--up", "2")
    assert "a 278.7 x 200.2 mm sheet with its marks, for 12 x 18 in;" in text, text
    assert record["stock"] == "12x18"
    # --up auto: of the US stocks, the one the cards cover most
    text, record = sheet(built, "--office", "us-shop", "--up", "auto")
    assert (
        "card: 5-up for a press, 311.15 x 393.7 mm + bleed and marks, 2 upright, 3 turned 90°; "
        "a 329.5 x 416.1 mm sheet with its marks, for 13 x 19 in;"
    ) in text, text
    assert record["stock"] == "13x19"


@pytest.mark.parametrize("office", [("--office", "iso-shop"), ()])
def test_an_iso_offices_and_the_campaigns_keep_sra4(
    built: tuple[Path, Path], office: tuple[str, ...]
) -> None:
    """The ISO office's card (ISO stocks: SRA4 first) and the campaign's (no paper family:
    PRESS_STOCK's order, SRA4 first), with their 3 mm, as before."""
    text, record = sheet(built, *office)
    assert (
        "card: 2-up for a press, 260 x 177.8 mm + bleed and marks; a 278 x 199.8 mm sheet "
        "with its marks, for SRA4;"
    ) in text, text
    assert (record["stock"], record["bleed_mm"]) == ("sra4", 3.0)


def test_the_job_sheet_names_the_us_stock(built: tuple[Path, Path]) -> None:
    """The package's job sheet gives the US office's press sheet the stock `sheet` chose, in
    its `stock` column and its note (MadeSheet.stock_on)."""
    kit, out = built
    sheet(built, "--office", "us-shop")
    code, text = cli("package", "--kit", kit, "--from", out)
    assert code == 0, text
    with zipfile.ZipFile(out / "package" / "us-shop-print.zip") as z:
        job = z.read("JOB-SHEET.txt").decode("utf-8")
    block = job.split("\nsheets/card-4up-us-shop.pdf\n", 1)[1].split("\n\n", 1)[0]
    assert "\n  12 x 18 in, cut at its crop marks to the pieces' 127 x 177.8 mm trim" in block
    assert "press sheet (278.7 x 384.3 mm with its marks, for 12 x 18 in)" in block, block


def test_the_stocks_tried_follow_the_paper_the_pieces_are_made_on() -> None:
    """One rule (papers.piece_family): the trim's region, else the paper made on."""
    from campaign.press_stock import piece_stock
    from campaign.sheets.paper import region_of, stock_choices, stock_for

    card = (127.0, 177.8)
    assert region_of(card) is None
    assert region_of(card, "us") == "us"
    assert region_of((139.7, 215.9), "iso") == "us"  # half-Letter is US whoever makes it
    assert stock_choices(card, "us") == (("12x18", "13x19"), ("sra4", "sra3"))
    assert stock_choices(card) == (("sra4", "sra3", "12x18", "13x19"),)
    media = (278.7, 200.2)  # 2-up of the card with its 1/8 in bleed and marks
    assert (stock_for(media, card), stock_for(media, card, "us")) == ("sra4", "12x18")
    # the single file's press sheet, by the same rule
    assert piece_stock(card, 25.4 / 8, 10.0, "us") == "12x18"
