"""Every problem of a translator's file in one run, in every format: a workbook's date cell
(`translate.cell`) hid its formula cell (`translate.formula`) until the next run, and an
XLIFF target's inline code (`translate.inline`) hid a changed <source> (a translator's
trial), where a CSV named its three kinds at once. What the reader finds in one entry (a
cell, a tag, an edited msgid, a status) leaves that entry out, and the import names it with
the problems of the file's other entries, and with the file's warnings."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import polib
from openpyxl import load_workbook

from ..kits import cli
from .test_formats import edit, export
from .test_import_errors import line_of, msgstr_at, text_at
from .test_typed_in_source import SOURCE_HINT, _change_unit

PLACEHOLDER = (
    "error[translate.placeholder]: 'qr_label': the translation has {helpline}, the source "
    "none\n"
    "  hint: remove {helpline}: the source text has no such placeholder\n"
)


def refused(root: Path, path: Path) -> str:
    """`strings import PATH`, which must fail and write nothing: its output."""
    fr = root / "materials/strings/fr.yaml"
    before = fr.read_bytes()
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert fr.read_bytes() == before
    return out


def test_a_workbooks_cells_are_named_in_one_run(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.xlsx"
    export(root, path, "fr")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = {r[0].value: n for n, r in enumerate(sheet.iter_rows(), start=1)}
    sheet.cell(rows["day"], 3).value = datetime.datetime(2024, 1, 3)
    sheet.cell(rows["badge"], 3).value = '=A1&" !"'  # a formula, as Excel keeps it
    sheet.cell(rows["qr_label"], 3).value = "Scannez {helpline}"
    sheet.cell(rows["cta_title"], 7).value = "translatd"
    book.save(path)
    out = refused(root, path)
    day, badge, qr, cta = rows["day"], rows["badge"], rows["qr_label"], rows["cta_title"]
    assert out == (
        f"{path}:{day}:3: error[translate.cell]: 'day': row {day}, column translation (C) "
        "holds the date 2024-01-03, not text: the spreadsheet took what was typed in it for a "
        "date or time\n"
        "  hint: format the column as Text (Excel: Format Cells > Text; LibreOffice: Format > "
        "Cells > Text), then type the translation into the cell again\n"
        f"{path}:{cta}:7: error[translate.status]: 'cta_title': row {cta}, column status: "
        "'translatd' is not a status: it would be imported as translated\n"
        "  hint: did you mean 'translated'?\n"
        "  hint: write one of to translate, outdated, translated, reviewed, or 'fuzzy' to "
        "leave the text out of this import\n"
        f"{path}:{qr}:3: {PLACEHOLDER}"
        f"{path}:{badge}:3: error[translate.formula]: 'badge': the translation is a "
        'spreadsheet formula (\u201c=A1&" !"\u201d), not its text: it would print as written\n'
        "  hint: save the sheet with the formulas' values (Excel's \"CSV UTF-8\" writes the "
        "values), or type the text into the cell\n"
        "4 error(s)\n"
    ), out


def test_an_xliff_files_inline_code_and_changed_source_are_named_in_one_run(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.xlf"
    export(root, path, "fr")
    _change_unit(path, "signs_title", "Recognize the signs!", "Reconnaître les signes")
    _change_unit(path, "qr_label", "Scan to learn more and act", "Scannez {helpline}")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("</target>", '<ph id="1"/></target>', 1), encoding="utf-8")
    out = refused(root, path)
    inline = text_at(path, '<ph id="1"/>')
    line, col = inline.split(":")
    ph = path.read_text(encoding="utf-8").splitlines()[int(line) - 1].index("<ph") + 1
    assert out.startswith(
        f"{path}:{line}:{ph}: error[translate.inline]: 'day': the translation has <ph/>, an "
        "inline code, which stands for markup of the original document: the kit's texts are "
        "plain text, and it would be dropped\n"
    ), out
    line = line_of(path, "Scannez {helpline}")  # at the placeholder's own column
    col = path.read_text(encoding="utf-8").splitlines()[line - 1].index("{helpline}") + 1
    assert f"{path}:{line}:{col}: {PLACEHOLDER}" in out, out
    assert (
        f"{path}:{text_at(path, 'Recognize the signs!', 'source')}: warning[translate.source]: "
        "'signs_title': its <source> was changed to \u201cRecognize the signs!\u201d: the change "
        "is not taken; its <target> would be imported as the translation of the <source> as "
        "exported, once the file's errors are fixed (nothing is imported now)\n" + SOURCE_HINT
    ) in out, out
    assert out.endswith("\n2 error(s), 1 warning(s)\n"), out


def test_a_po_files_edited_msgid_and_other_problems_are_named_in_one_run(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    po = polib.pofile(str(path))
    badge = next(e for e in po if e.msgctxt == "badge")
    badge.msgid, badge.msgstr = "End human trafficking now", "Mettons fin à la traite"
    po.save(str(path))
    edit(path, "po", "qr_label", "Scannez {helpline}")
    edit(path, "po", "cta_title", "Agissez <b>maintenant</b>")
    out = refused(root, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    msgid = lines.index('msgid "End human trafficking now"') + 1
    assert out.startswith(
        f"{path}:{msgid}:8: error[translate.source]: 'badge': the msgid (\u201cEnd human "
        "trafficking now\u201d) is not the source text as exported"
    ), out
    qr = lines.index('msgstr "Scannez {helpline}"') + 1
    assert f"{path}:{qr}:17: {PLACEHOLDER}" in out, out  # at its brace, not the msgstr's "S"
    assert (
        f"{path}:{msgstr_at(path, 'cta_title')}: warning[translate.markup]: 'cta_title': the "
        "translation has markup (<b>, </b>) the source text has not"
    ) in out, out
    assert out.endswith("\n2 error(s), 1 warning(s)\n"), out


def test_an_entry_refused_in_reading_brings_no_error_of_its_own(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A new language's full text refused at its cell, its short variant typed: the short
    one is not also named as "a short variant and no translation of its full text" (the
    translator wrote one, which the reader refused)."""
    root = kit_copy()
    path = tmp_path / "it.xlsx"
    export(root, path, "it")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    row = next(n for n, r in enumerate(sheet.iter_rows(), start=1) if r[0].value == "theme")
    sheet.cell(row, 3).value = 2024
    sheet.cell(row, 5).value = "Nessun bambino lasciato indietro"
    book.save(path)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    assert out == (
        f"{path}:{row}:3: error[translate.cell]: 'theme': row {row}, column translation (C) "
        "holds the number 2024, not text: the spreadsheet took what was typed in it for a "
        "number\n"
        "  hint: format the column as Text (Excel: Format Cells > Text; LibreOffice: Format > "
        "Cells > Text), then type the translation into the cell again\n"
        "1 error(s)\n"
    ), out
    assert not (root / "materials/strings/it.yaml").exists()
