"""JOB-SHEET.xlsx: the job sheet as a workbook beside JOB-SHEET.csv, which French-, German-
or Spanish-locale Excel opened in one column (their list separator is ';'): the CSV's rows
and columns, numbers as numbers, the header bold and frozen, deterministic bytes."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from campaign.package import jobsheet as pkg_jobsheet
from tests.kits import ROOT, cli

DATE = (2024, 7, 30, 0, 0, 0)
TITLE = "World Day Against Trafficking in Persons 2024 \u2013 job sheet \u2013 campaign"


def _row(**given: str) -> dict[str, str]:
    row = dict.fromkeys(pkg_jobsheet.JOB_COLUMNS, "")
    row.update(given)
    return row


ROWS = [
    _row(
        file="badge-58-en.pdf",
        material="badge-58",
        language="en",
        trim_mm="82 x 82",
        bleed_mm="3.175",
        pages="1",
        sha256="a" * 64,
        bytes="120345",
        badge_face_mm="58",
        badge_cut_mm="70",
        ordered="150",
        copies="150",
        event='=HYPERLINK("x")',  # text typed in a data file: no formula
    ),
    _row(material="event-flyer-a5", status="not made", note="not made: " + "x" * 200),
]


def _sheet(blob: bytes) -> openpyxl.worksheet.worksheet.Worksheet:
    book = openpyxl.load_workbook(io.BytesIO(blob))
    sheet = book.active
    assert sheet is not None
    return sheet


def test_the_workbook_holds_the_csvs_rows_with_numbers_as_numbers() -> None:
    sheet = _sheet(pkg_jobsheet.job_xlsx(ROWS, TITLE, DATE))
    assert sheet.title == "Job sheet"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == pkg_jobsheet.JOB_COLUMNS
    csv_rows = list(csv.reader(io.StringIO(pkg_jobsheet.job_csv(ROWS).decode("utf-8-sig"))))
    assert [["" if v is None else str(v) for v in row] for row in values] == csv_rows
    first = dict(zip(pkg_jobsheet.JOB_COLUMNS, values[1], strict=True))
    assert (first["pages"], first["bytes"], first["copies"]) == (1, 120345, 150)
    assert first["ordered"] == 150
    assert (first["bleed_mm"], first["badge_face_mm"], first["badge_cut_mm"]) == (3.175, 58, 70)
    assert first["trim_mm"] == "82 x 82"  # two numbers: text, as the CSV has it
    assert first["event"] == '=HYPERLINK("x")'
    assert sheet.cell(2, pkg_jobsheet.JOB_COLUMNS.index("event") + 1).data_type == "s"
    assert sheet.cell(2, pkg_jobsheet.JOB_COLUMNS.index("sha256") + 1).data_type == "s"


def test_the_header_is_bold_and_frozen_and_columns_fit_their_values() -> None:
    sheet = _sheet(pkg_jobsheet.job_xlsx(ROWS, TITLE, DATE))
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:AB3"
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert widths["A"] == len("badge-58-en.pdf") + 2  # file
    assert widths["O"] == 66  # sha256, on one line
    assert widths["Z"] == 66  # note: its longest value wraps
    assert sheet["Z3"].alignment.wrap_text
    assert widths["E"] == len('=HYPERLINK("x")') + 2
    assert widths["I"] == 9  # trim_in, empty: its header's width


def test_the_workbook_is_dated_as_given_and_its_bytes_do_not_follow_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """openpyxl writes the time of the save in the document's properties and its ZIP
    members' dates: two packages of one build differed."""
    made = []
    for now in (1_000_000_000.0, 1_800_000_000.0):
        monkeypatch.setattr(time, "time", lambda now=now: now)
        made.append(pkg_jobsheet.job_xlsx(ROWS, TITLE, DATE))
    assert made[0] == made[1]
    book = openpyxl.load_workbook(io.BytesIO(made[0]))
    assert book.properties.created == book.properties.modified
    assert str(book.properties.modified) == "2024-07-30 00:00:00"
    assert book.properties.title == TITLE
    with zipfile.ZipFile(io.BytesIO(made[0])) as z:
        assert {i.date_time for i in z.infolist()} == {DATE}


def test_the_print_zip_holds_the_workbook_dated_by_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    small = ("--only", "badge-58", "--lang", "en,fr", "--no-png", "--no-digital")
    code, text = cli("build", "--kit", ROOT, "-o", out, *small)
    assert code == 0, text
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    blobs = []
    for name in ("a", "b"):
        code, text = cli("package", "--kit", ROOT, "--from", out, "-o", tmp_path / name)
        assert code == 0, text
        with zipfile.ZipFile(tmp_path / name / "campaign-print.zip") as z:
            blobs.append(z.read("JOB-SHEET.xlsx"))
            rows = list(csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig"))))
        if name == "a":
            time.sleep(2.1)  # a ZIP's dates count two seconds
    assert blobs[0] == blobs[1]
    book = openpyxl.load_workbook(io.BytesIO(blobs[0]))
    assert str(book.properties.modified) == "2023-11-14 22:13:20"
    sheet = book.active
    assert sheet is not None
    got = [
        dict(zip(pkg_jobsheet.JOB_COLUMNS, r, strict=True))
        for r in sheet.iter_rows(2, values_only=True)
    ]
    assert (
        [r["file"] for r in got]
        == [r["file"] for r in rows]
        == [
            "badge-58-en.pdf",
            "badge-58-fr.pdf",
        ]
    )
    assert [r["bytes"] for r in got] == [int(r["bytes"]) for r in rows]
    assert got[0]["badge_live_mm"] == 52
