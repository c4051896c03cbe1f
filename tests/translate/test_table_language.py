"""Which language a CSV's or workbook's import goes into: the file's own statement of it (a
workbook's properties, the exported-text tags of a CSV's `exported` column) wins over its
name, as a PO file's `Language:` and an XLIFF file's `trgLang` do; a name that says another
language is an error naming both; a new language is taken when the file says which it is."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from ..kits import cli
from .test_formats import export

# The rule is store.target_language's, which this change does not touch (another session
# edits store.py): the report hands over its patch. Strict: passing, it must be unmarked.
NEEDS_STORE = pytest.mark.xfail(
    strict=True, reason="needs store.target_language to read a table's statement and name"
)


@NEEDS_STORE
def test_a_new_languages_csv_named_otherwise_is_taken_by_its_exported_column(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """ta-filled.csv, the first import of Tamil, was refused ("'ta-filled' is not a language
    code") though its `exported` column names ta in every row (a translator's trial)."""
    root = kit_copy()
    exported = tmp_path / "ta.csv"
    export(root, exported, "ta")
    rows = list(csv.reader(io.StringIO(exported.read_bytes().decode("utf-8-sig"), newline="")))
    next(r for r in rows if r[0] == "badge")[2] = "மனித கடத்தலை நிறுத்துங்கள்"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "ta-filled.csv"
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    status, text = cli("strings", "import", path, "--kit", root)
    assert status == 0, text
    assert (root / "materials/strings/ta.yaml").is_file()
    assert "changed: badge" in text


@NEEDS_STORE
def test_a_csv_whose_name_says_another_language_is_refused(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A Korean export renamed ta-wrong.csv went into ko.yaml without a word (a translator's
    trial): its name says one language, its `exported` column another."""
    root = kit_copy()
    path = tmp_path / "es-wrong.csv"
    export(root, path, "fr")
    before = {p.name: p.read_bytes() for p in (root / "materials/strings").iterdir()}
    status, text = cli("strings", "import", path, "--kit", root)
    assert status == 1, text
    assert text == (
        f"{path}:1:1: error[translate.read]: es-wrong.csv says it is for 'fr' (French), but "
        "its name says 'es' (Spanish)\n"
        "  hint: import it as 'fr': --lang fr\n"
        "  hint: or, if it is a translation into 'es', pass --lang es\n"
    )
    assert {p.name: p.read_bytes() for p in (root / "materials/strings").iterdir()} == before
    status, text = cli("strings", "import", path, "--kit", root, "--lang", "fr")
    assert status == 0, text
