"""A table's header as the import reads it: a misspelt column it needs is named at its
header cell with the column meant, and a column it does not read (a reviewer's, in the
middle or at the end) is a note at its header cell, not dropped without a word."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ..kits import cli, mini_copy
from .test_formats import export

COLUMNS = (
    "key, source, translation, short source, short translation, prints now, status, note, "
    "room, exported"
)


def _with_header(path: Path, edit: dict[int, str | None], insert: int | None = None) -> None:
    """The table at `path` with a column inserted before the column `insert` (0-based: its
    cells empty but the header, `edit`'s), and header cells renamed (`edit`: index to name;
    None empties the header cell and writes `x` in the column's cells)."""
    if path.suffix == ".xlsx":
        book = load_workbook(path)
        sheet = book.worksheets[0]
        if insert is not None:
            sheet.insert_cols(insert + 1)
        for i, name in edit.items():
            sheet.cell(1, i + 1).value = name
            if name is None:
                for row in range(2, sheet.max_row + 1):
                    sheet.cell(row, i + 1).value = "x"
        book.save(path)
        return
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    if insert is not None:
        for row in rows:
            row.insert(insert, "")
    for i, name in edit.items():
        for row in rows[1:]:
            row.extend([""] * (i + 1 - len(row)))
            row[i] = "x" if name is None else row[i]
        rows[0].extend([""] * (i + 1 - len(rows[0])))
        rows[0][i] = name or ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_a_misspelt_column_it_needs_is_named_at_its_header_cell(
    tmp_path: Path, ending: str
) -> None:
    """`translaton` in C1 was "has no column 'translation' in its first row" at 1:1, with
    no word of the header that misspells it."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / f"ar.{ending}"
    export(kit, path, "ar")
    _with_header(path, {2: "translaton"})
    status, out = cli("strings", "import", path, "--kit", kit)
    assert (status, out) == (
        1,
        f"{path}:1:3: error[translate.read]: ar.{ending} has no column 'translation' in its "
        "first row: column C is 'translaton'\n"
        "  hint: did you mean 'translation'?\n"
        f"  hint: keep the exported header row: {COLUMNS}\n"
        "1 error(s)\n",
    )


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_a_column_it_does_not_read_is_a_note_at_its_header_cell(
    tmp_path: Path, ending: str
) -> None:
    """A reviewer's column inserted after `translation` (D), another added at the end (L),
    and one with text but no header (M) were dropped without a word: each is a note at its
    header cell; a header that misspells a column the import reads and the table lacks
    (`short translaton`: its short texts lost) is a warning with the column meant. The
    import goes on."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / f"ar.{ending}"
    export(kit, path, "ar")
    # after the insert: D the reviewer's, F short translation, K exported
    _with_header(
        path,
        {3: "Reviewer comment", 5: "short translaton", 11: "notes", 12: None},
        insert=3,
    )
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    hint = f"  hint: delete the column, or name it as one of the columns: {COLUMNS}\n"
    notes = (
        f"{path}:1:4: note[translate.column]: column D, 'Reviewer comment', is none of the "
        "export's columns: its cells are not read\n"
        + hint
        + f"{path}:1:12: note[translate.column]: column L, 'notes', is none of the export's "
        "columns: its cells are not read\n"
        + hint
        + f"{path}:1:13: note[translate.column]: column M has no name in the first row: its "
        "cells are not read\n" + hint
    )
    assert notes in out, out
    warning = (
        f"{path}:1:6: warning[translate.column]: column F, 'short translaton', is none of the "
        "export's columns: its cells are not read\n"
        "  hint: did you mean 'short translation'?\n" + hint
    )
    assert warning in out, out


def test_the_exported_header_has_no_note(tmp_path: Path) -> None:
    """A table as exported, its `prints now`, `note` and `room` columns included, has none."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "ar.xlsx"
    export(kit, path, "ar")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert "translate.column" not in out, out
