"""A CSV whose first line is Excel's `sep=;` (the separator it opens the file with, before
the header): read with that separator, the header on the line below, every place counted
from there. It was refused: "has no column 'key', 'translation' in its first row"."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import cli
from .test_formats import export


def exported_rows(root: Path, tmp_path: Path) -> list[list[str]]:
    """Swahili's export as a CSV table's rows (its header first)."""
    path = tmp_path / "exported" / "sw.csv"
    path.parent.mkdir()
    export(root, path, "sw")
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def saved_for_excel(rows: list[list[str]], target: Path, sep_line: str = "sep=;") -> Path:
    """`rows` written to `target` with semicolons under a `sep=` line, as a translator
    re-saves the table for Excel."""
    out = io.StringIO()
    out.write(sep_line + "\r\n")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    target.write_bytes(out.getvalue().encode("utf-8"))
    return target


@pytest.mark.parametrize("sep_line", ["sep=;", '"sep=;"', "sep=;;;;;"])  # Excel, LibreOffice
def test_a_sep_line_gives_the_separator(
    kit_copy: Callable[..., Path], tmp_path: Path, sep_line: str
) -> None:
    root = kit_copy()
    rows = exported_rows(root, tmp_path)
    at = rows[0].index("translation")
    row = next(r for r in rows if r[0] == "report_title")
    row[at] = "Jinsi ya kuripoti sasa"
    given = saved_for_excel(rows, tmp_path / "sw.csv", sep_line)
    status, text = cli("strings", "import", given, "--kit", root)
    assert status == 0, text
    assert "1 text(s) changed" in text, text
    assert "  changed: report_title\n" in text
    assert "Jinsi ya kuripoti sasa" in (root / "materials/strings/sw.yaml").read_text("utf-8")


def test_a_place_below_a_sep_line_is_its_line(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A status no export writes, on the table's third row under its header: line 5 of the
    file, under the `sep=` line and the header (it was counted from the header as line 1)."""
    root = kit_copy()
    rows = exported_rows(root, tmp_path)
    status_at = rows[0].index("status")
    rows[3][status_at] = "finished maybe"
    given = saved_for_excel(rows, tmp_path / "sw.csv")
    status, text = cli("strings", "import", given, "--kit", root)
    assert f"{given}:5:{status_at + 1}: " in text, text
