"""Gang and sticker sheets in a print package (a print shop's trial): a sheet of one badge made
without `sheet --fill`, ordered 150 times, was printed 150 times with 8 of its 9 places empty
and nothing said so (`package.unfilled`); its job-sheet row left `stock` and `copies` empty
(the stock was in its note alone), and gave its trim, the paper, without the page its bleed
and slug make."""

from __future__ import annotations

import csv
import io
import json
import shlex
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.kits import ROOT, cli

ORDER = (
    "material,language,office,copies,stock,finishing\n"
    "badge-58,,,150,170 g/m2 silk,button press 58 mm\n"
    "sticker-50,,,40,,\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The campaign kit's badge-58 and sticker-50 in English, print PDFs alone."""
    out = tmp_path_factory.mktemp("unfilled") / "out"
    args = ("--only", "badge-58,sticker-50", "--lang", "en", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *args)
    assert code == 0, text
    return out


def _copy(built: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    shutil.copytree(built, folder)
    return folder


def _sheet(folder: Path, *args: str) -> list[str]:
    """`sheet` into the folder's sheets/, which must succeed; its command line's words."""
    words = ["sheet", "--kit", str(ROOT), "--from", str(folder), *args]
    code, text = cli(*words)
    assert code == 0, text
    return words


def _package(folder: Path, order: Path, out: Path, *more: str) -> tuple[int, str]:
    return cli("package", "--kit", ROOT, "--from", folder, "-o", out, "--order", order, *more)


def _job_sheet(out: Path) -> tuple[dict[str, dict[str, str]], str]:
    with zipfile.ZipFile(out / "campaign-print.zip") as z:
        rows = csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig")))
        return {r["file"]: r for r in rows}, z.read("JOB-SHEET.txt").decode("utf-8")


def test_a_sheet_of_empty_places_ordered_many_times_is_warned_at_the_order_s_line(
    built: Path, tmp_path: Path
) -> None:
    """One badge on a sheet of 9 places, ordered 150 times: a warning at the order's line
    (its copies cell) says how many places print blank, and how to fill them: the command
    that made the sheet, with --fill (then 17 printings for the 150); --strict counts it."""
    folder = _copy(built, tmp_path)
    words = _sheet(folder, "--lang", "en")
    order = tmp_path / "order.csv"
    order.write_text(ORDER, encoding="utf-8")
    code, text = _package(folder, order, tmp_path / "p")
    assert code == 0, text
    fill = shlex.join([*words, "--fill"])
    assert (
        f"{order}:2:4: warning[package.unfilled]: campaign: sheets/badge-58-a4-en.pdf leaves 8 "
        "of its 9 places empty, and the print order has it printed 150 times: 1,200 places "
        "print blank\n"
        "  hint: make it again with --fill, which repeats its badges until it is full (then "
        f"printed 17 times for the order, not 150): `python generate.py {fill}`, then package "
        "again\n"
    ) in text, text
    assert text.count("package.unfilled") == 1, text
    code, text = _package(folder, order, tmp_path / "strict", "--strict")
    assert code == 1, text
    assert "error[package.unfilled]: campaign: sheets/badge-58-a4-en.pdf leaves 8" in text, text
    assert not list((tmp_path / "strict").glob("*.zip"))  # nothing written
    # an order without rows (JSON): the warning is at the sheet
    listed = tmp_path / "order.json"
    listed.write_text('[{"material": "badge-58", "copies": 150}]\n', encoding="utf-8")
    code, text = _package(folder, listed, tmp_path / "p2")
    assert code == 0, text
    sheet = folder / "sheets" / "badge-58-a4-en.pdf"
    assert f"{sheet}: warning[package.unfilled]: campaign: sheets/badge-58-a4-en.pdf" in text
    # a record that does not keep the command (made by a program): the hint names none
    record = folder / "sheets" / ".badge-58-a4-en.json"
    kept = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps({**kept, "command": []}), encoding="utf-8")
    code, text = _package(folder, order, tmp_path / "p3")
    assert code == 0, text
    assert (
        "(then printed 17 times for the order, not 150): the same `python generate.py sheet` "
        "command with --fill, then package again\n"
    ) in text, text
    # an earlier version's record does not say how many places a page holds: not judged
    del kept["places"]
    record.write_text(json.dumps(kept), encoding="utf-8")
    code, text = _package(folder, order, tmp_path / "p4")
    assert code == 0, text
    assert "package.unfilled" not in text, text


def test_a_one_off_or_full_sheet_is_not_warned(built: Path, tmp_path: Path) -> None:
    """A sheet printed once leaves at most one sheet's places blank (filling them makes
    pieces no one ordered), and a sheet made with --fill has none empty: neither is
    warned, nor is any sheet without a print order."""
    folder = _copy(built, tmp_path)
    _sheet(folder, "--lang", "en")
    once = tmp_path / "once.csv"
    once.write_text("material,copies\nbadge-58,1\nsticker-50,1\n", encoding="utf-8")
    code, text = _package(folder, once, tmp_path / "p1")
    assert code == 0, text
    assert "package.unfilled" not in text, text
    code, text = cli("package", "--kit", ROOT, "--from", folder, "-o", tmp_path / "p0")
    assert code == 0, text
    assert "package.unfilled" not in text, text
    _sheet(folder, "--lang", "en", "--fill")  # the same sheet, full: 9 badges
    order = tmp_path / "order.csv"
    order.write_text(ORDER, encoding="utf-8")
    code, text = _package(folder, order, tmp_path / "p2")
    assert code == 0, text
    assert "package.unfilled" not in text, text
    rows, _ = _job_sheet(tmp_path / "p2")
    assert rows["sheets/badge-58-a4-en.pdf"]["copies"] == "17"


def test_a_gang_and_a_sticker_sheet_s_rows_give_their_copies_stock_and_cut(
    built: Path, tmp_path: Path
) -> None:
    """A sheet's row gives the times it is printed for the order (`copies`), the press stock
    `sheet` recorded and the order's paper (`stock`), and that it is cut along the cut lines
    on it, then the order's finishing (`finishing`); its trim is its TrimBox, bleed around
    it, as every row's, and its note gives its page, with bleed and slug, as a press
    sheet's gives its size with its marks. JOB-SHEET.txt's totals count the files' copies
    alone."""
    folder = _copy(built, tmp_path)
    _sheet(folder, "--lang", "en", "--copies", "3")
    _sheet(folder, "--material", "sticker-50", "--sticker", "--lang", "en", "--copies", "5")
    order = tmp_path / "order.csv"
    order.write_text(ORDER, encoding="utf-8")
    code, text = _package(folder, order, tmp_path / "p")
    assert code == 0, text
    rows, txt = _job_sheet(tmp_path / "p")
    columns = ("trim_mm", "bleed_mm", "copies", "stock", "finishing")
    gang = rows["sheets/badge-58-a4-en.pdf"]
    assert [gang[k] for k in columns] == [
        "210 x 297",
        "3",
        "50",  # 3 a printing, 150 ordered
        "SRA4, 170 g/m2 silk",
        # the order's "button press 58 mm" is the badge's own finishing: said once
        "die-cut along the 70 mm cut circles on it (CutContour); then a 58 mm button press",
    ]
    assert gang["note"].startswith(
        "gang sheet of badges (216 x 313 mm with its bleed and slug, cut circles in "
        "CutContour, printed on SRA4) made by `sheet` from badge-58-en.pdf"
    ), gang["note"]
    assert "not trimmed" not in gang["note"], gang["note"]  # it has 3 mm of bleed
    stickers = rows["sheets/sticker-50-a4-stickers-en.pdf"]
    assert [stickers[k] for k in columns] == [
        "210 x 297",
        "3",
        "8",  # 5 a printing, 40 ordered
        "SRA4",
        (
            "kiss-cut (the stickers, not their backing) along the cut lines on it (CutContour), "
            "corners rounded to a 3 mm radius"
        ),
    ]
    assert stickers["note"].startswith(
        "sticker sheet (216 x 313 mm with its bleed and slug, kiss-cut in CutContour, printed "
        "on SRA4) made by `sheet` from sticker-50-en.pdf"
    ), stickers["note"]
    assert "\nCopies ordered: 190 in all (badge-58 150; sticker-50 40)\n" in txt, txt
    assert (
        "\nsheets/badge-58-a4-en.pdf\n"
        "  badge-58, en (English), reviewed\n"
        "  trim 210 x 297 mm, bleed 3 mm, FOGRA39, 1 page(s), single-sided\n"
    ) in txt
    assert (
        "\n  50 copies of the sheet, SRA4, 170 g/m2 silk, die-cut along the 70 mm cut circles "
        "on it (CutContour); then a 58 mm button press\n"
    ) in txt
    assert (
        "\n  8 copies of the sheet, SRA4, kiss-cut (the stickers, not their backing) along the "
        "cut lines on it (CutContour), corners rounded to a 3 mm radius\n"
    ) in txt


def test_a_sheet_on_a_press_s_own_paper_is_that_paper(built: Path, tmp_path: Path) -> None:
    """A gang sheet on SRA3 itself (`--paper sra3`) has no bleed or slug past its trim: its
    row's trim is SRA3, without bleed, and its stock SRA3; its note gives no other page, and
    says to preflight it without a bleed requirement (a print shop's trial: the outside
    preflight failed it for its 0 mm of bleed, and nothing said why)."""
    folder = _copy(built, tmp_path)
    _sheet(folder, "--lang", "en", "--paper", "sra3", "--fill")
    order = tmp_path / "order.csv"
    order.write_text(ORDER, encoding="utf-8")
    code, text = _package(folder, order, tmp_path / "p")
    assert code == 0, text
    assert "package.unfilled" not in text, text
    rows, _ = _job_sheet(tmp_path / "p")
    row = rows["sheets/badge-58-sra3-en.pdf"]
    assert [row[k] for k in ("trim_mm", "bleed_mm", "copies", "stock")] == [
        "320 x 450",
        "0",
        "7",  # 24 a printing, 150 ordered
        "SRA3, 170 g/m2 silk",
    ]
    assert row["note"].startswith(
        "gang sheet of badges (cut circles in CutContour, printed on SRA3) made by `sheet`"
    ), row["note"]
    # a print shop's preflight asks every page for 3 mm of bleed: the note says to skip that
    assert (
        "; not trimmed: the sheet is the paper itself, with no bleed past it, so preflight it "
        "without a bleed requirement; "
    ) in row["note"], row["note"]
