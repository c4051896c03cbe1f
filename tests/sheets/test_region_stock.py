"""A sheet goes on the press stock of its paper's region (paper.default_stock, one rule for
gang, sticker and press sheets): a Letter gang sheet was "printed on SRA4 paper", an ISO press
sheet, for an office in the Americas whose print shops stock 12 x 18 in and 13 x 19 in. `--stock`
names the stock a gang or sticker sheet is printed on, as it does for flyers (it was refused:
"--stock does nothing for a gang sheet"), and `--copies es=100,pt=50` gives each language its
own count (it was one number for every language: three runs for one order). Read back from
the PDFs, in mm from the page's bottom left."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pikepdf
import pytest

from campaign.sheets.edge import TARGET_REACH_MM
from campaign.sheets.paper import SHEETS

from ..kits import ROOT, cli
from .boxes import box_mm, slug_fields
from .test_gang_marks import targets

EDGE = 4.0  # mm a press does not print at a stock's edge (paper.PRESS_EDGE_MM, spelt out)
LETTER_PAGE = (222.25, 295.75)  # Letter with 1/8 in of bleed and 5 mm of slug paper past it


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("region") / "out"
    args = ("--only", "badge-58,sticker-50", "--lang", "en,es", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def sheet(built: Path, *args: str) -> tuple[int, str]:
    return cli("sheet", "--kit", ROOT, "--from", built, *args)


def test_the_stocks_tried_are_the_papers_regions_first() -> None:
    """US sizes: 12 x 18 in and 13 x 19 in, then the others; A sizes: SRA4, SRA3, A3+, then
    the US ones; a size of no region (DL): SRA4, SRA3, 12 x 18 in, 13 x 19 in, as before."""
    from campaign.sheets.edge import sheet_stock
    from campaign.sheets.paper import region_of, stock_choices, stock_for
    from campaign.sheets.press_fit import best_stock

    assert region_of(SHEETS["letter"]) == "us"
    assert region_of((139.7, 215.9)) == "us"  # half-Letter, turned or not
    assert region_of(SHEETS["a4"]) == "iso"
    assert region_of((99.0, 210.0)) is None  # DL
    assert stock_choices(SHEETS["legal"]) == (("12x18", "13x19"), ("sra4", "sra3"))
    assert stock_choices(SHEETS["a3"]) == (("sra4", "sra3", "a3plus"), ("12x18", "13x19"))
    assert stock_choices((99.0, 210.0)) == (("sra4", "sra3", "12x18", "13x19"),)
    # a Letter gang sheet (222.25 x 295.75 mm): SRA4 holds it, and was taken; now 12 x 18 in
    assert stock_for(LETTER_PAGE) == "sra4"
    assert stock_for(LETTER_PAGE, SHEETS["letter"]) == "12x18"
    # a Legal one (222.25 x 371.95 mm): SRA3 holds it; 12 x 18 in is the US stock
    legal = (215.9 + 6.35, 355.6 + 16.35)
    assert stock_for(legal) == "sra3"
    assert sheet_stock("legal", SHEETS["legal"], legal, None) == "12x18"
    assert sheet_stock("a4", SHEETS["a4"], (216.0, 313.0), None) == "sra4"
    # a sheet none of its region's stocks holds goes on another region's: 330 x 470 mm
    # (wider than A3+'s 329 mm) on 13 x 19 in
    assert stock_for((330.0, 470.0), SHEETS["a4"]) == "13x19"
    # --up auto: 8 x A6 on A3+ (78.2 % of it), an A sizes' stock, not 13 x 19 in (78.0 %)
    chosen = best_stock((105.0, 148.0), 3.0)
    assert chosen is not None
    assert (chosen[0], len(chosen[1].cells)) == ("a3plus", 8)


def stock_around(page: pikepdf.Page, stock: str) -> tuple[float, float, float, float]:
    """The press stock (mm) a page is printed on, centred on its MediaBox, turned as it is."""
    media = box_mm(page, "/MediaBox")
    w, h = media[2] - media[0], media[3] - media[1]
    small, large = sorted(SHEETS[stock])
    sw, sh = (small, large) if w <= h else (large, small)
    x, y = (sw - w) / 2, (sh - h) / 2
    return media[0] - x, media[1] - y, media[2] + x, media[3] + y


def assert_targets_inside(page: pikepdf.Page, stock: str) -> None:
    """Four registration targets, each 1 mm inside the trim and at least EDGE mm inside the
    stock (its cross's reach)."""
    trim = box_mm(page, "/TrimBox")
    paper = stock_around(page, stock)
    found = targets(page)
    assert len(found) == 4, found
    for x, y in found:
        in_trim = min(x - trim[0], y - trim[1], trim[2] - x, trim[3] - y) - TARGET_REACH_MM
        assert in_trim >= 1 - 0.001, (x, y, trim)
        in_stock = min(x - paper[0], y - paper[1], paper[2] - x, paper[3] - y) - TARGET_REACH_MM
        assert in_stock >= EDGE, (x, y, paper)


def test_a_letter_gang_sheet_goes_on_12x18_by_default(built: Path) -> None:
    code, text = sheet(built, "--paper", "letter", "--lang", "en")
    assert code == 0, text
    out = built / "sheets" / "badge-58-letter-en.pdf"
    assert (
        "\nthe page is 222.2 x 295.8 mm: a Letter sheet with its bleed and a slug past it, "
        "registration targets at its corners, larger than Letter, printed on 12 x 18 in paper "
        "by a press, then die-cut;"
    ) in text, text
    record = json.loads((out.parent / f".{out.stem}.json").read_text(encoding="utf-8"))
    assert record["stock"] == "12x18"
    with pikepdf.open(out) as pdf:
        media = box_mm(pdf.pages[0], "/MediaBox")
        assert (media[2] - media[0], media[3] - media[1]) == pytest.approx(LETTER_PAGE, abs=0.01)
        assert_targets_inside(pdf.pages[0], "12x18")


def test_stock_places_a_gang_sheet_on_the_stock_named(built: Path, tmp_path: Path) -> None:
    """`--stock 13x19`: the sheet is its own file, the summary, the slug and the record name
    the stock (package's job sheet reads it), and the targets are inside it."""
    code, text = sheet(built, "--paper", "letter", "--lang", "en", "--stock", "13x19")
    assert code == 0, text
    out = built / "sheets" / "badge-58-letter-13x19-en.pdf"
    assert f"on 1 sheet(s); wrote {out}\n" in text, text
    assert "printed on 13 x 19 in paper by a press, then die-cut;" in text
    record = json.loads((out.parent / f".{out.stem}.json").read_text(encoding="utf-8"))
    assert record["stock"] == "13x19"
    with pikepdf.open(out) as pdf:
        page = pdf.pages[0]
        assert slug_fields(page)[:3] == [
            "badge-58 gang sheet 1 of 1",
            "Letter, 1 of 9 (hex packing)",
            "on 13 x 19 in stock",
        ]
        assert_targets_inside(page, "13x19")
    pkg = tmp_path / "pkg"
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", pkg)
    assert code == 0, text
    with zipfile.ZipFile(pkg / "campaign-print.zip") as z:
        job = z.read("JOB-SHEET.txt").decode("utf-8").split("\n\n")
    (row,) = [p for p in job if p.startswith("sheets/badge-58-letter-13x19-en.pdf")]
    assert "CutContour, printed on 13 x 19 in) made by `sheet`" in row, row


def test_stock_that_does_not_hold_the_sheet_is_refused(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    code, text = sheet(built, "--paper", "tabloid", "--stock", "sra4", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.fit]: a Tabloid gang sheet of 'badge-58' is 285.8 x 448.1 mm with its "
        "bleed and slug: SRA4 (225 x 320 mm) does not hold it\n"
        "  hint: use --stock sra3 or --stock 12x18, or leave --stock out, or choose a smaller "
        "--paper\n"
        "1 error(s)\n"
    )
    assert not out.exists()
    # a press's own sheet is the page itself: no stock under it
    code, text = sheet(built, "--paper", "sra3", "--stock", "13x19", "-o", out)
    assert code == 1
    assert text == (
        "error[sheet.option]: --stock does nothing for a gang sheet of 'badge-58': --paper sra3 "
        "is the sheet the press prints (SRA3 itself), with no larger stock to print it on\n"
        "  hint: leave --stock out\n"
        "1 error(s)\n"
    )
    assert not out.exists()


def test_stock_places_a_sticker_sheet_too(built: Path) -> None:
    args = ("--material", "sticker-50", "--sticker", "--lang", "en", "--paper", "letter")
    code, text = sheet(built, *args)
    assert code == 0, text
    assert "printed on 12 x 18 in paper by a press, then kiss-cut" in text, text
    code, text = sheet(built, *args, "--stock", "13x19")
    assert code == 0, text
    out = built / "sheets" / "sticker-50-letter-13x19-stickers-en.pdf"
    assert "printed on 13 x 19 in paper by a press, then kiss-cut" in text, text
    record = json.loads((out.parent / f".{out.stem}.json").read_text(encoding="utf-8"))
    assert record["stock"] == "13x19"
    with pikepdf.open(out) as pdf:
        assert_targets_inside(pdf.pages[0], "13x19")


def test_copies_per_language_in_the_order_of_lang(built: Path) -> None:
    """es=3,en=2 with --lang en,es: 2 en then 3 es, --lang's order (the sheet mixes the
    languages in the order given); without --lang, --copies' order is the sheet's."""
    code, text = sheet(built, "--lang", "en,es", "--copies", "es=3,en=2")
    assert code == 0, text
    out = built / "sheets" / "badge-58-a4-en-es.pdf"
    assert f"5 badge(s) (2 en, 3 es) on 1 sheet(s); wrote {out}\n" in text, text
    record = json.loads((out.parent / f".{out.stem}.json").read_text(encoding="utf-8"))
    assert [(p["path"], p["copies"]) for p in record["parts"]] == [
        ("badge-58/badge-58-en.pdf", 2),
        ("badge-58/badge-58-es.pdf", 3),
    ]
    with pikepdf.open(out) as pdf:
        assert slug_fields(pdf.pages[0])[-1] == "badge-58-en.pdf x2, badge-58-es.pdf x3"
    code, text = sheet(built, "--copies", "es=3,en=2")
    assert code == 0, text
    out = built / "sheets" / "badge-58-a4-es-en.pdf"
    assert f"5 badge(s) (3 es, 2 en) on 1 sheet(s); wrote {out}\n" in text, text
    # a plain number is every language's, as before
    code, text = sheet(built, "--lang", "en,es", "--copies", "2")
    assert code == 0, text
    assert "4 badge(s) (2 en, 2 es) on 1 sheet(s)" in text, text


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ("--lang", "en", "--copies", "es=3,en=2"),
            "Invalid value for '--copies': es is not in --lang (en): add it to --lang, or "
            "leave --lang out (the languages of --copies are then the sheet's)",
        ),
        (
            ("--lang", "en,es", "--copies", "es=3"),
            "Invalid value for '--copies': --lang en has no count: add en=N to --copies",
        ),
        (
            ("--copies", "es:3"),
            "Invalid value for '--copies': 'es:3' is neither a count nor language=count pairs: "
            "give one count for every language (--copies 10), or one for each language, "
            "separated by commas (--copies es=100,pt=50,en=25)",
        ),
        (
            ("--copies", "es=3,en"),
            "Invalid value for '--copies': 'es=3,en' is neither a count nor language=count "
            "pairs ('en'): give one count for every language (--copies 10), or one for each "
            "language, separated by commas (--copies es=100,pt=50,en=25)",
        ),
        (
            ("--copies", "es=3,es=4"),
            "Invalid value for '--copies': 'es' is given twice in 'es=3,es=4': give it once",
        ),
        (
            ("--copies", "es=0"),
            "Invalid value for '--copies': 'es=0': a count is from 1 to 10000",
        ),
        (("--copies", "0"), "Invalid value for '--copies': '0' is not a count from 1 to 10000"),
    ],
)
def test_copies_that_do_not_fit_the_languages_are_a_usage_error(
    built: Path, tmp_path: Path, args: tuple[str, ...], error: str
) -> None:
    out = tmp_path / "s.pdf"
    code, text = sheet(built, *args, "-o", out)
    assert code == 2
    assert text.endswith(f"\nError: {error}\n"), text
    assert not out.exists()
