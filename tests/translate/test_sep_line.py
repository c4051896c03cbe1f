"""A CSV whose first line is Excel's `sep=;` (the separator it opens the file with, before
the header): read with that separator, the header on the line below, every place counted
from there. It was refused: "has no column 'key', 'translation' in its first row"."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from ..kits import cli
from .test_formats import export


def semicolons(path: Path, target: Path, sep_line: str = "sep=;") -> list[list[str]]:
    """The exported CSV at `path` written to `target` with semicolons under a `sep=` line,
    as a translator re-saves it for Excel; its rows."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    out = io.StringIO()
    out.write(sep_line + "\r\n")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    target.write_bytes(out.getvalue().encode("utf-8"))
    return rows


def test_a_sep_line_gives_the_separator(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    root = kit_copy()
    path = tmp_path / "exported" / "sw.csv"
    path.parent.mkdir()
    export(root, path, "sw")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    at = rows[0].index("translation")
    row = next(r for r in rows if r[0] == "report_title")
    row[at] = "Jinsi ya kuripoti sasa"
    edited = tmp_path / "edited.csv"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    edited.write_text(out.getvalue(), encoding="utf-8")
    given = tmp_path / "sw.csv"
    semicolons(edited, given)
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
    path = tmp_path / "exported" / "sw.csv"
    path.parent.mkdir()
    export(root, path, "sw")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    status_at = rows[0].index("status")
    rows[3][status_at] = "finished maybe"
    edited = tmp_path / "edited.csv"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    edited.write_text(out.getvalue(), encoding="utf-8")
    given = tmp_path / "sw.csv"
    semicolons(edited, given)
    status, text = cli("strings", "import", given, "--kit", root)
    assert f"{given}:5:{status_at + 1}: " in text, text
