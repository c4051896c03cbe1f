"""A folded piece's job sheet (JOB-SHEET.txt, .csv and .xlsx in the print ZIP) says where the
shop folds it: the `folds` column and a `fold:` line, from the left of its first page as
printed (a right-to-left language's piece mirrored, a size's folds scaled); a piece not
folded says nothing of folds; a press sheet of folded pieces says each is folded once cut
(the sheet places them without their marks)."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile

import openpyxl
import pytest

from tests.kits import ROOT, build, cli, mini_copy

CARD = ROOT / "tests" / "data" / "folded" / "mini-card.yaml"


@pytest.fixture(scope="module")
def print_zip(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    tmp = tmp_path_factory.mktemp("folded-package")
    kit = mini_copy(tmp / "kit")
    shutil.copy(CARD, kit / "materials" / "layouts" / "card.yaml")
    out = build(kit, tmp / "out", "--only", "card,card-large,marks", "--no-png")
    code, said = cli("sheet", "--kit", kit, "--from", out, "--material", "card", "--up", "2")
    assert code == 0, said
    code, said = cli("package", "--kit", kit, "--from", out)
    assert code == 0, said
    return zipfile.ZipFile(out / "package" / "campaign-print.zip")


def member(z: zipfile.ZipFile, ending: str) -> bytes:
    (name,) = [n for n in z.namelist() if n.endswith(ending)]
    return z.read(name)


FRONT = "on its first page (front): "


def test_the_text_job_sheet_has_a_fold_line_under_the_trim(print_zip: zipfile.ZipFile) -> None:
    text = member(print_zip, "JOB-SHEET.txt").decode("utf-8")
    block = text[text.index("card-en.pdf\n") :].split("\n\n")[0].splitlines()
    assert block[2].startswith("  trim 60 x 30 mm, bleed 3 mm")
    assert block[3] == (
        f"  fold: {FRONT}1 vertical at 20 mm from the left; 1 horizontal at 10 mm from the "
        "top; dashed fold marks outside the trim"
    )
    marks = text[text.index("marks-en.pdf\n") :].split("\n\n")[0]
    assert "fold" not in marks


def test_the_csv_and_the_workbook_have_a_folds_column(print_zip: zipfile.ZipFile) -> None:
    rows = csv.DictReader(io.StringIO(member(print_zip, ".csv").decode("utf-8-sig")))
    folds = {r["file"]: r["folds"] for r in rows}
    assert folds == {
        "card-en.pdf": f"{FRONT}1 vertical at 20 mm from the left; 1 horizontal at 10 mm from the top",
        # the Arabic card is folded the mirror way: 20 mm from its right
        "card-ar.pdf": f"{FRONT}1 vertical at 40 mm from the left; 1 horizontal at 10 mm from the top",
        # its size, twice as large: at the same share of its trim
        "card-large-en.pdf": f"{FRONT}1 vertical at 40 mm from the left; 1 horizontal at 20 mm from the top",
        "card-large-ar.pdf": f"{FRONT}1 vertical at 80 mm from the left; 1 horizontal at 20 mm from the top",
        "marks-en.pdf": "",
        "marks-ar.pdf": "",
        # a press sheet of both languages' cards: each folded once cut, its own way
        "sheets/card-2up.pdf": f"each piece, once cut: ar: {FRONT}1 vertical at 40 mm from the "
        f"left; 1 horizontal at 10 mm from the top / en: {FRONT}1 vertical at 20 mm from the "
        "left; 1 horizontal at 10 mm from the top; dashed fold marks at the sheet's edges, in "
        "line with each piece's folds",
    }
    sheet = openpyxl.load_workbook(io.BytesIO(member(print_zip, ".xlsx"))).active
    assert sheet is not None
    head = [c.value for c in sheet[1]]
    column = head.index("folds")
    cells = {r[0].value: r[column].value for r in sheet.iter_rows(min_row=2)}
    assert cells["card-en.pdf"] == folds["card-en.pdf"]
    assert cells["marks-en.pdf"] in (None, "")


def test_a_press_sheet_of_folded_pieces_says_each_piece_is_folded_once_cut(
    print_zip: zipfile.ZipFile,
) -> None:
    text = member(print_zip, "JOB-SHEET.txt").decode("utf-8")
    block = text[text.index("sheets/card-2up.pdf\n") :].split("\n\n")[0].splitlines()
    assert block[3].startswith("  fold: each piece, once cut: ar: ")
    # the sheet marks them at its edges, in line with each piece's folds (sheets.folds)
    assert block[3].endswith(
        "mm from the top; dashed fold marks at the sheet's edges, in line with each piece's folds"
    )
