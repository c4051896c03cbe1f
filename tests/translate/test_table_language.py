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
        "  hint: if the file is Spanish, import it as 'es': --lang es\n"
        "  hint: or, if it is French, import it as 'fr': --lang fr\n"
        "1 error(s)\n"
    )
    assert {p.name: p.read_bytes() for p in (root / "materials/strings").iterdir()} == before
    status, text = cli("strings", "import", path, "--kit", root, "--lang", "fr")
    assert status == 0, text


@pytest.mark.parametrize("fmt", ["po", "xliff", "xlsx"])
def test_a_file_whose_name_says_another_language_than_its_statement_is_refused(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """The PO's `Language:`, the XLIFF's trgLang and the workbook's properties are the file's
    statement as a CSV's exported column is: a French export named es_v2 went into fr.yaml
    without a word. A name that is a code the kit lacks (de.po) says a language too."""
    root = kit_copy()
    ending = {"po": "po", "xliff": "xlf", "xlsx": "xlsx"}[fmt]
    for name, code, says in (
        (f"es_v2.{ending}", "es", "Spanish"),
        (f"de.{ending}", "de", "German"),
    ):
        path = tmp_path / name
        export(root, path, "fr")
        status, text = cli("strings", "import", path, "--kit", root)
        # at the statement: the PO's `Language:` value, the XLIFF's trgLang's; a workbook's
        # properties have no place. Its texts are the French export's: the name's language
        # is a translation made from it, which --lang imports (a header made `es` would not)
        at = {"po": "8:12", "xliff": "2:90", "xlsx": "1:1"}[fmt]
        assert (status, text) == (
            1,
            f"{path}:{at}: error[translate.read]: {name} says it is for 'fr' (French), but its "
            f"name says '{code}' ({says})\n"
            f"  hint: if the file is {says}, import it as '{code}': --lang {code}\n"
            "  hint: or, if it is French, import it as 'fr': --lang fr\n"
            "1 error(s)\n",
        )


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_a_header_that_says_another_language_than_the_name_and_the_export(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """ps-lang.po, the Pashto export with `Language: fa` (a header copied from a Persian
    file), was refused at 1:1, and its first hint, "import it as 'fa': --lang fa", put
    Pashto into fa.yaml. The error is at the header's value, and the first hint corrects
    the header to the language the name and the exported texts say, which then imports."""
    root = kit_copy()
    ending = {"po": "po", "xliff": "xlf"}[fmt]
    path = tmp_path / f"ar-lang.{ending}"
    export(root, path, "ar")
    said = {
        "po": ('"Language: ar\\n"', '"Language: fa\\n"'),
        "xliff": ('trgLang="ar"', 'trgLang="fa"'),
    }
    text = path.read_text(encoding="utf-8")
    assert text.count(said[fmt][0]) == 1
    path.write_text(text.replace(*said[fmt]), encoding="utf-8")
    fa = (root / "materials/strings/fa.yaml").read_bytes()
    status, out = cli("strings", "import", path, "--kit", root)
    at, header = {"po": ("8:12", "Language: header"), "xliff": ("2:90", "trgLang attribute")}[fmt]
    assert (status, out) == (
        1,
        f"{path}:{at}: error[translate.read]: ar-lang.{ending} says it is for 'fa' (Persian), "
        "but its name says 'ar' (Arabic)\n"
        f"  hint: if the file is Arabic, correct its {header} to ar (or pass --lang ar)\n"
        "  hint: or, if it is Persian, import it as 'fa': --lang fa\n"
        "1 error(s)\n",
    )
    path.write_text(text, encoding="utf-8")  # the header corrected, as the first hint says
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert (root / "materials/strings/fa.yaml").read_bytes() == fa


def test_a_name_that_says_no_other_language_is_no_conflict(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A source-target pair (en-fr.po; en-ar.po, though en-AR is English in Argentina), the
    language's own code with more after it (fr_final.xlf), or a name that starts with no
    language of the kit (new-strings.csv: `new` is Newari's code, which the kit lacks) says
    no other language."""
    root = kit_copy()
    for name, code in (
        ("en-fr.po", "fr"),
        ("en-ar.po", "ar"),
        ("fr_final.xlf", "fr"),
        ("new-strings.csv", "fr"),
    ):
        path = tmp_path / name
        export(root, path, code)
        status, text = cli("strings", "import", path, "--kit", root)
        assert status == 0, text
        assert "left as it was" in text, text
