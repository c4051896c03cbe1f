"""A CSV's or workbook's status cell as a translator types it: "not sure yet" (`fuzzy`,
`needs review`, `?`) leaves the text out of the import as PO's fuzzy flag does, and any
other value is an error at its cell (a trial's `fuzzy` had been imported as finished)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import cli
from .test_formats import edit, edit_xlsx, export


def set_status(path: Path, key: str, status: str) -> int:
    """Set `key`'s status cell in a CSV; its row number (the header is row 1)."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    n = next(i for i, r in enumerate(rows) if r[0] == key)
    rows[n][rows[0].index("status")] = status
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    return n + 1


@pytest.mark.parametrize("status", ["fuzzy", "Needs review", "needs-work", "?", "translated?"])
def test_a_status_not_sure_yet_is_not_imported(
    kit_copy: Callable[..., Path], tmp_path: Path, status: str
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_title", "Agissez aujourd'hui")
    set_status(path, "cta_title", status)
    before = (root / "materials/strings/fr.yaml").read_bytes()
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "  fuzzy, not imported: cta_title (set its status to translated to import it)\n" in out
    assert "changed: cta_title" not in out
    assert (root / "materials/strings/fr.yaml").read_bytes() == before


def test_an_unknown_status_is_an_error_at_its_cell(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_title", "Agissez aujourd'hui")
    row = set_status(path, "cta_title", "translatd")
    before = (root / "materials/strings/fr.yaml").read_bytes()
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 1, out
    assert (
        f"{path}:{row}:7: error[translate.status]: 'cta_title': row {row}, column status: "
        "'translatd' is not a status: it would be imported as translated\n"
        "  hint: did you mean 'translated'?\n"
        "  hint: write one of to translate, outdated, translated, reviewed, or 'fuzzy' to "
        "leave the text out of this import\n"
    ) in out
    assert (root / "materials/strings/fr.yaml").read_bytes() == before


def test_a_workbooks_fuzzy_status_is_not_imported(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    edit_xlsx(path, "cta_title", "translation", "Agissez aujourd'hui")
    edit_xlsx(path, "cta_title", "status", "fuzzy")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "  fuzzy, not imported: cta_title (set its status to translated to import it)\n" in out


def test_the_exports_own_statuses_are_read_as_before(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.csv"
    export(root, path, "fr")
    edit(path, "csv", "cta_title", "Agissez aujourd'hui")
    set_status(path, "cta_title", "Reviewed")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "changed: cta_title" in out
    assert "translate.status" not in out
