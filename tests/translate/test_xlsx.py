"""Translators' workbooks (XLSX): Excel's plain "CSV" saves in the computer's legacy code page,
which has no Arabic or Thai on most computers; a workbook is saved back as it is. Every cell
is text, the language is in its properties (and its name), a right-to-left language's
cells read right to left (its translations, an Arabic source's, the `prints now` of ar.yaml's
text for ar-EG), a formula is refused at its cell, and a file that is no workbook is one
error naming it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook, load_workbook

from ..kits import cli, mini_copy
from .test_formats import edit, edit_xlsx, export


def test_a_workbook_is_text_with_its_language_and_direction(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "out.xlsx"
    export(root, path, "ar")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert (sheet.title, book.properties.language) == ("ar", "ar")
    assert [c.value for c in sheet[1]] == [
        "key", "source", "translation", "short source", "short translation", "prints now",
        "status", "note", "room", "exported",
    ]  # fmt: skip
    assert sheet.freeze_panes == "A2"
    theme = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "theme")
    # every cell with a value is text (ar.yaml has `theme`: its `prints now` cell is empty)
    assert {c.data_type for c in theme if c.value is not None} == {"s"}
    assert theme[5].value is None
    for cell in (theme[2], theme[4]):  # the translations: right to left
        assert (cell.alignment.readingOrder, cell.alignment.horizontal) == (2, "right")
    assert theme[1].alignment.readingOrder == 0  # the English source: as it comes
    french = tmp_path / "fr.xlsx"
    export(root, french, "fr")
    row = next(r for r in load_workbook(french).worksheets[0].iter_rows(min_row=2))
    assert row[2].alignment.readingOrder == 0


# the mini kit's source with a key ar.yaml lacks: ar-EG prints en.yaml's text there
WITH_CTA = {"strings/en.yaml": ("  word: Heart\n", "  word: Heart\n  cta: Join us.\n")}


def _directions(path: Path) -> dict[str, list[tuple[str, float, str | None]]]:
    """A workbook's rows by key: each cell's value (empty: ""), reading order (0 context, 2
    right to left) and horizontal alignment, from column B to F (source to prints now)."""
    sheet = load_workbook(path).worksheets[0]
    return {
        str(row[0].value): [
            (c.value or "", c.alignment.readingOrder, c.alignment.horizontal) for c in row[1:6]
        ]
        for row in sheet.iter_rows(min_row=2)
    }


def test_a_regional_right_to_left_languages_prints_now_reads_right_to_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ar-EG's `prints now` cell of ar.yaml's Arabic read left to right (Excel's reading order
    by the cell's first letter, the "a" of ar.yaml): aligned left, a full stop at the
    Arabic's end shown past its last word. The kit's own English where the source's text
    prints stays as it comes; the bytes are the same at every export (its id aside)."""
    kit = mini_copy(tmp_path / "kit", WITH_CTA)
    status, out = cli("new", "language", "ar-EG", "--kit", kit)
    assert status == 0, out
    # each export has its own id (entries.new_export_id): the same one, for the same bytes
    entries = importlib.import_module("campaign.translate.entries")  # not its function
    monkeypatch.setattr(entries, "new_export_id", lambda: "0123abcd")
    first = export(kit, tmp_path / "ar-EG.xlsx", "ar-EG")
    rtl, context = (2, "right"), (0, None)
    assert _directions(tmp_path / "ar-EG.xlsx") == {
        "word": [
            ("Heart", *context), ("", *rtl), ("", *context), ("", *rtl),
            ("ar.yaml: قلب", *rtl),
        ],
        "cta": [
            ("Join us.", *context), ("", *rtl), ("", *context), ("", *rtl),
            ("en.yaml: the source text (ar.yaml has none)", *context),
        ],
        "emblem_alt": [
            ("Blue heart", *context), ("", *rtl), ("", *context), ("", *rtl),
            ("ar.yaml: قلب أزرق", *rtl),
        ],
    }  # fmt: skip
    assert export(kit, tmp_path / "again.xlsx", "ar-EG") == first


def test_an_arabic_sources_cells_read_right_to_left(tmp_path: Path) -> None:
    """An Arabic source's cells read right to left in an English export (for en-GB, which the
    kit lacks), and the `prints now` cell of en.yaml's text as it comes."""
    kit = mini_copy(
        tmp_path / "kit", {"campaign.yaml": ("source_language: en", "source_language: ar")}
    )
    export(kit, tmp_path / "en-GB.xlsx", "en-GB")
    rtl, context = (2, "right"), (0, None)
    assert _directions(tmp_path / "en-GB.xlsx") == {
        "word": [
            ("قلب", *rtl), ("", *context), ("", *rtl), ("", *context), ("en.yaml: Heart", *context),
        ],
        "emblem_alt": [
            ("قلب أزرق", *rtl), ("", *context), ("", *rtl), ("", *context),
            ("en.yaml: Blue heart", *context),
        ],
    }  # fmt: skip


def test_a_text_that_begins_with_an_equals_sign_stays_text(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """openpyxl writes a value that begins with "=" as a formula unless told otherwise: the
    translation "= égalité des chances" (no formula: test_cell_values) would have opened in
    Excel as a broken formula."""
    root = kit_copy()
    csv_file = tmp_path / "fr.csv"
    export(root, csv_file, "fr")
    edit(csv_file, "csv", "cta_title", "= égalité des chances")
    status, out = cli("strings", "import", csv_file, "--kit", root)
    assert status == 0, out
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    sheet = load_workbook(path).worksheets[0]
    cell = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "cta_title")[2]
    assert (cell.value, cell.data_type) == ("= égalité des chances", "s")
    assert {c.data_type for row in sheet.iter_rows() for c in row if c.value} == {"s"}


@pytest.mark.parametrize("formula", ["=A2", '="Ne laisser "&"aucun enfant"'])
def test_a_formula_in_a_workbook_is_refused_at_its_cell(
    kit_copy: Callable[..., Path], tmp_path: Path, formula: str
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    edit_xlsx(path, "cta_title", "translation", formula)
    before = (root / "materials/strings/fr.yaml").read_bytes()
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert (root / "materials/strings/fr.yaml").read_bytes() == before
    row = next(
        n for n, r in enumerate(load_workbook(path).worksheets[0].iter_rows(), 1)
        if r[0].value == "cta_title"
    )  # fmt: skip
    assert f"{path}:{row}:3: error[translate.formula]: 'cta_title': the translation is a " in out


def test_a_workbook_without_its_properties_is_named_by_its_file(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A workbook made by hand (or saved by a program that drops the language) with the key
    and translation columns: its language is its name, as a CSV's."""
    root = kit_copy()
    book = Workbook()
    sheet = book.active
    sheet.append(["key", "translation"])
    sheet.append(["cta_title", "Agissez maintenant"])
    path = tmp_path / "fr.xlsx"
    book.save(path)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "changed: cta_title" in out
    text = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())
    assert text["strings"]["cta_title"]["text"] == "Agissez maintenant"


def test_a_file_that_is_no_workbook_is_one_error(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.xlsx"
    path.write_bytes(b"key,translation\ncta_title,Agissez\n")  # a CSV named .xlsx
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1
    assert out == (
        f"{path}: error[translate.read]: fr.xlsx does not open as an Excel workbook (File is "
        "not a zip file)\n"
        "  hint: save it again as 'Excel Workbook (.xlsx)', or as 'CSV UTF-8' and import that\n"
        "1 error(s)\n"
    )


def test_the_sheet_with_the_columns_is_read_whatever_its_place(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A review: a "Notes" sheet put first gave "no column 'key', 'translation'"; a stale
    stored size (<dimension>) cut the rows short; a TRUE cell was "True"."""
    root = kit_copy()
    book = Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Remember to check the helpline"])
    table = book.create_sheet("fr")
    table.append(["key", "translation"])
    table.append(["cta_title", "Agissez maintenant"])
    path = tmp_path / "fr.xlsx"
    book.save(path)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "changed: cta_title" in out


def test_an_export_named_xlsm_is_refused(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """A workbook without macros saved as .xlsm does not open in Excel: .xlsm is read, not
    written."""
    root = kit_copy()
    out = tmp_path / "fr.xlsm"
    status, text = cli("strings", "export", "--lang", "fr", "--kit", root, "-o", out)
    assert status == 1
    assert "strings export writes .po, .xlf, .xlsx or .csv, not .xlsm" in text
    assert not out.exists()


def test_every_cell_and_column_is_formatted_as_text(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The cells were number format "General" (numFmtId 0), though the README says every
    cell is text: Excel made `1/3` typed into a translation cell a date (a translator's
    trial). Every cell, and every column (for a cell the file lacks), is formatted Text."""
    root = kit_copy()
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    sheet = load_workbook(path).worksheets[0]
    assert {c.number_format for row in sheet.iter_rows() for c in row} == {"@"}
    assert {sheet.column_dimensions[c].number_format for c in "ABCDEFGHI"} == {"@"}


def test_a_translation_cell_that_holds_no_text_is_refused_at_its_cell(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A date, a number, a truth value or a formula error in a translation cell is not what
    was typed: `1/3` became `text: '2024-01-03 00:00:00'`, a third `'0.333333333333333'`,
    and `#NAME?` was imported with exit 0 (a translator's trial). Each is named at its cell,
    and nothing is written."""
    import datetime

    root = kit_copy()
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = {r[0].value: n for n, r in enumerate(sheet.iter_rows(), start=1)}
    sheet.cell(rows["fact_figure"], 3).value = datetime.datetime(2024, 1, 3)
    sheet.cell(rows["fact_figure"], 3).number_format = "m/d"
    sheet.cell(rows["badge"], 3).value = 0.333333333333333
    sheet.cell(rows["badge"], 3).number_format = "General"
    sheet.cell(rows["cta_title"], 3).value = True
    sheet.cell(rows["contact_title"], 3).value = "#NAME?"  # openpyxl: an error cell
    sheet.cell(rows["theme"], 5).value = 3
    book.save(path)
    fr = root / "materials/strings/fr.yaml"
    before = fr.read_bytes()
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert fr.read_bytes() == before
    hint = (
        "  hint: format the column as Text (Excel: Format Cells > Text; LibreOffice: Format > "
        "Cells > Text), then type the translation into the cell again\n"
    )
    for key, col, holds, took in (
        ("theme", "E", "holds the number 3", "a number"),
        ("fact_figure", "C", "holds the date 2024-01-03", "a date or time"),
        ("badge", "C", "holds the number 0.333333333333333", "a number"),
        ("cta_title", "C", "holds the truth value TRUE", "a truth value"),
        ("contact_title", "C", "shows the formula error #NAME?", "a formula (it began with =, + or -)"),
    ):  # fmt: skip
        column, short = ("short translation", " (short)") if col == "E" else ("translation", "")
        row = rows[key]
        assert (
            f"{path}:{row}:{ord(col) - 64}: error[translate.cell]: '{key}'{short}: row {row}, "
            f"column {column} ({col}) {holds}, not text: the spreadsheet took what was typed in "
            f"it for {took}\n" + hint
        ) in out, out
    assert out.count("error[translate.cell]") == 5


def test_two_exports_at_different_clock_times_are_byte_identical(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`book.save` dated the workbook (its properties) and its ZIP members by the clock: two
    exports of the same strings differed. Now both are dated as the package's job sheet is
    (SOURCE_DATE_EPOCH, else the campaign's day: 30 July of campaign.yaml's year). Each
    export's own id (entries.new_export_id: random, not the clock) is held the same here."""
    import datetime
    import secrets
    import time
    import types
    import zipfile

    import openpyxl.packaging.core
    import openpyxl.writer.excel

    monkeypatch.setattr(secrets, "token_hex", lambda n: "5a" * n)
    made = []
    for n, clock in enumerate((1_000_000_000.0, 1_800_000_000.0)):

        class Clock(datetime.datetime):
            at = clock

            @classmethod
            def now(cls, tz: datetime.tzinfo | None = None) -> Clock:  # type: ignore[override]
                return cls.fromtimestamp(cls.at, tz)

        fake = types.SimpleNamespace(datetime=Clock, timezone=datetime.timezone)
        monkeypatch.setattr(time, "time", lambda clock=clock: clock)
        monkeypatch.setattr(openpyxl.packaging.core, "datetime", fake)
        monkeypatch.setattr(openpyxl.writer.excel, "datetime", fake)
        path = tmp_path / f"fr-{n}.xlsx"
        export(root, path, "fr")
        made.append(path.read_bytes())
    assert made[0] == made[1]
    book = load_workbook(tmp_path / "fr-0.xlsx")
    year = yaml.safe_load((root / "materials/campaign.yaml").read_text("utf-8"))["year"]
    assert str(book.properties.created) == str(book.properties.modified) == f"{year}-07-30 00:00:00"
    with zipfile.ZipFile(tmp_path / "fr-0.xlsx") as z:
        assert {i.date_time for i in z.infolist()} == {(year, 7, 30, 0, 0, 0)}
