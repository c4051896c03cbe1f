"""A text mostly in another script than its language's is a `strings.script` warning at its
own place: an office's `strings: {am: {cta_join: ...}}` in English printed English on the
Amharic pages without a word, and `strings import` of an Amharic workbook with one English
entry took it silently, where only a whole file in another script was refused
(`translate.script`; an office's trial). Names, hashtags, addresses and numbers in Latin
inside an Amharic text are no sign; a title marked as English is not counted."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.translate.checks import script_problem

from ..kits import cli
from .test_formats import ENDING, edit, export
from .test_import_errors import line_of, msgstr_at, text_at

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = "Join the Blue Heart Campaign today."  # 29 Latin letters
SAID = (
    "is in Latin script (29 of 29 letters), but 'am' (Amharic) is written in Ethiopic: it "
    "prints as written on the Amharic pages"
)
HINT = (
    "  hint: translate it into Amharic; a name or title meant as written in another language "
    "is marked with its language, `{lang=en}Global Report{/lang}`, and not counted"
)
# Amharic texts with Latin in them that is no sign of another language
KEPT = {
    "cta_join": "የሰማያዊ ልብ ዘመቻን ይቀላቀሉ። UNODC #BlueHeart https://www.unodc.org/blueheart 2024",
    "fact_source": "ምንጭ፦ {lang=en}UNODC Global Report on Trafficking in Persons 2024{/lang}",
}


def _place(path: Path, fmt: str, key: str, text: str) -> str:
    """ "line:column" of `key`'s translation `text` in a file of format `fmt`: a PO msgstr's
    text, an XLIFF <target>'s, a table's translation cell (row, column)."""
    if fmt == "po":
        return msgstr_at(path, key)
    if fmt == "xliff":
        return text_at(path, f">{text}<")
    if fmt == "csv":
        cells = path.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(cells, newline="")))
        return f"{[r[0] for r in rows].index(key) + 1}:3"
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == key)
    return f"{row[0].row}:{[c.value for c in sheet[1]].index('translation') + 1}"


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv", "xlsx"])
def test_an_entry_in_another_script_is_a_warning_at_its_place(
    module_kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """One English entry of an Amharic file whose other texts are Amharic: a warning at the
    entry's place, the file imported; Latin names, hashtags and an address inside Amharic
    texts, and a title marked as English, are none."""
    root = module_kit_copy()
    path = tmp_path / f"am.{ENDING[fmt]}"
    export(root, path, "am")
    edit(path, fmt, "cta_join", ENGLISH)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert (
        f"{path}:{_place(path, fmt, 'cta_join', ENGLISH)}: warning[strings.script]: 'cta_join': the "
        f"translation {SAID}\n{HINT}\n"
    ) in out, out
    # and the check of the language the import ends with, at the key in am.yaml
    am = root / "materials/strings/am.yaml"
    assert f"{am}:{line_of(am, '  cta_join:')}:3: warning[strings.script]: [am] 'cta_join'" in out
    assert out.count("strings.script") == 2, out
    assert "translate.script" not in out, out
    again = tmp_path / f"again.{ENDING[fmt]}"
    export(root, again, "am")
    for key, text in KEPT.items():
        edit(again, fmt, key, text)
    status, out = cli("strings", "import", again, "--kit", root)
    assert status == 0, out
    assert "strings.script" not in out, out


def test_a_strings_files_text_in_another_script_is_a_warning_at_its_key(
    kit_copy: Callable[..., Path],
) -> None:
    """`check` of a strings file with an English sentence among its Amharic texts: a warning
    at the text's key, an error with --strict; a copy of the source's text is
    `strings.untranslated`'s alone."""
    am = (ROOT / "materials/strings/am.yaml").read_text(encoding="utf-8")
    text = "    text: የሰማያዊ ልብ ዘመቻን ይቀላቀሉ።\n"
    assert text in am
    root = kit_copy(**{"materials/strings/am.yaml": am.replace(text, f"    text: {ENGLISH}\n")})
    path = root / "materials/strings/am.yaml"
    line = line_of(path, "  cta_join:")
    args = ("check", "--kit", root, "--lang", "am", "--only", "poster-a3")
    status, out = cli(*args)
    assert status == 0, out
    assert out.startswith(
        f"{path}:{line}:3: warning[strings.script]: [am] 'cta_join': the text {SAID}\n"
        f"{HINT}; with --strict this is an error\n1 warning(s)\n"
    ), out
    status, out = cli(*args, "--strict")
    assert status == 1, out
    assert f"{path}:{line}:3: error[strings.script]: [am] 'cta_join'" in out, out
    source = "    source: Join the Blue Heart Campaign.\n"
    copied = am.replace(text + source, "    text: Join the Blue Heart Campaign.\n")
    assert copied != am
    path.write_text(copied, encoding="utf-8")
    status, out = cli(*args)
    assert "warning[strings.untranslated]: [am]: am.yaml has 1 string(s)" in out, out
    assert "strings.script" not in out, out
    # a copy confirmed as kept (`source:` its English) is neither
    path.write_text(am.replace(text, "    text: Join the Blue Heart Campaign.\n"), "utf-8")
    status, out = cli(*args, "--strict")
    assert status == 0, out


def test_an_offices_own_text_in_another_script_is_a_warning_in_its_file(
    kit_copy: Callable[..., Path],
) -> None:
    """An office's `strings:` for Amharic in English: a warning at its key in the office's
    file, in a check of the office's Amharic pages (not of its English ones alone)."""
    office = (
        "name: Test Office\nlanguages: [am, en]\nmaterials: [poster-a3]\n"
        "hide: [helpline, report_url, website, email, social, office_name]\n"
        "strings:\n"
        f"  am: {{cta_join: {ENGLISH!r}}}\n"
    )
    root = kit_copy(**{"materials/offices/test-office.yaml": office})
    path = root / "materials/offices/test-office.yaml"
    status, out = cli("check", "--kit", root, "--office", "test-office")
    assert status == 0, out
    assert out.startswith(
        f"{path}:6:8: warning[strings.script]: test-office [am] 'cta_join': the office's own "
        f"text (strings:) {SAID}\n{HINT}; with --strict this is an error\n1 warning(s)\n"
    ), out
    status, out = cli("check", "--kit", root, "--office", "test-office", "--lang", "en")
    assert status == 0, out
    assert "strings.script" not in out, out


def test_no_stock_text_is_in_another_script() -> None:
    """The kit's own texts pass the rule (`fact_source`'s `UNODC` after Amharic, Thai,
    Khmer and Burmese words among them)."""
    from campaign.kit.load import load_kit

    kit = load_kit(ROOT)
    found = [
        (code, key)
        for code, lang in kit.languages.items()
        for key, entry in lang.strings.items()
        for text in (entry.text, entry.short or "")
        if script_problem(text, lang.script, code, lang.name)
    ]
    assert found == []
    assert script_problem(ENGLISH, "Ethi", "am", "Amharic") == (SAID, HINT[8:])
