"""A translator's text in the wrong place of a table or an XLIFF unit (a translator's trial,
fortieth session): an Italian translation typed into a CSV's or a workbook's `source` (or
`short source`) cell was named "left empty" and lost, exit 0; an XLIFF target that is a copy
of its source, its state left initial (a CAT tool's "copy source to target"), was imported
as the translation, and the flyer printed English."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from ..kits import cli

JOIN = "Join the Blue Heart Campaign."
ITALIAN = "Unisciti alla campagna Cuore Blu."
SHORT_ITALIAN = "Sostieni i sopravvissuti"


def export(root: Path, path: Path) -> Path:
    status, out = cli("strings", "export", "--lang", "it", "--kit", root, "-o", path)
    assert status == 0, out
    return path


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def _write(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")


def _type_in(path: Path, cells: dict[tuple[str, str], str]) -> dict[str, int]:
    """The table at `path` (CSV or workbook) with `cells`, (key, column name): text, typed
    in; each key's row (the header is row 1)."""
    if path.suffix == ".csv":
        rows = _rows(path)
        where = {r[0]: n for n, r in enumerate(rows, start=1)}
        for (key, column), text in cells.items():
            rows[where[key] - 1][rows[0].index(column)] = text
        _write(path, rows)
        return where
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    head = [c.value for c in sheet[1]]
    where = {r[0].value: r[0].row for r in sheet.iter_rows(min_row=2)}
    for (key, column), text in cells.items():
        sheet.cell(where[key], head.index(column) + 1).value = text
    book.save(path)
    return where


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_translation_typed_in_a_source_cell_is_refused_at_the_cell(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """The trial's file: the Italian in cta_join's `source` cell (B) and support_title's
    `short source` (D, exported empty: the source has no short text), the translation cells
    left empty. Each is an error at its cell, with its row and column and where the
    translation goes; nothing is written."""
    root = kit_copy()
    path = export(root, tmp_path / f"it.{fmt}")
    row = _type_in(
        path,
        {("cta_join", "source"): ITALIAN, ("support_title", "short source"): SHORT_ITALIAN},
    )
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 1, out
    join, support = row["cta_join"], row["support_title"]
    assert out == (
        f"{path}:{join}:2: error[translate.source]: 'cta_join': row {join}, column source (B): "
        f"\u201c{ITALIAN}\u201d is not the source text as exported: the source column is the "
        "text to translate, not to change; only the translation columns are the translator's\n"
        "  hint: type the translation in the translation column (C), and put the source cell "
        "back as it was exported (or export the language again)\n"
        f"{path}:{support}:4: error[translate.source]: 'support_title' (short): row {support}, "
        f"column short source (D): \u201c{SHORT_ITALIAN}\u201d is not the source text as "
        "exported: the short source column is the text to translate, not to change; only the "
        "translation columns are the translator's\n"
        "  hint: type the translation in the short translation column (E), and put the short "
        "source cell back as it was exported (or export the language again)\n"
        "2 error(s)\n"
    )
    assert not (root / "materials/strings/it.yaml").exists()


def test_a_source_cell_as_exported_before_the_source_changed_is_no_edit(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The source cell as it was exported ("then"), the source's text changed since: the
    file is no edit, and its translation is taken (made from the text it shows: outdated);
    a source cell with the source's text now is none either."""
    root = kit_copy()
    path = export(root, tmp_path / "it.csv")
    en = root / "materials/strings/en.yaml"
    text = en.read_text(encoding="utf-8").replace(JOIN, "Join the Blue Heart Campaign today.")
    en.write_text(text.replace("text: How to report\n", "text: How to report it\n"), "utf-8")
    _type_in(
        path,
        {
            ("cta_join", "translation"): ITALIAN,
            ("report_title", "source"): "How to report it",  # the source's text now
            ("report_title", "translation"): "Come segnalarlo",
        },
    )
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "translate.source" not in out, out
    assert "  changed: cta_join\n" in out, out
    assert "  changed: report_title\n" in out, out
    written = (root / "materials/strings/it.yaml").read_text(encoding="utf-8")
    assert f"text: {ITALIAN}\n    source: {JOIN}\n" in written, written
    assert "text: Come segnalarlo\n    source: How to report it\n" in written, written


REPORT = (
    "If you suspect trafficking, tell the police or a helpline, or use an official online "
    "reporting form. Report suspicious pages or activity online. In an emergency, call your "
    "local emergency number."
)


@pytest.mark.parametrize("state", ["initial", None, "translated"])
def test_an_xliff_target_copied_from_its_source_is_no_translation(
    kit_copy: Callable[..., Path], tmp_path: Path, state: str | None
) -> None:
    """`report`'s <target> a copy of its <source>, its state initial (or no state, which
    XLIFF reads as initial): not imported, named, the language still "to translate" there;
    its state set to translated, it is the translator's (a name can read the same)."""
    root = kit_copy()
    path = export(root, tmp_path / "it.xlf")
    tree = etree.parse(str(path))
    for unit in tree.iter("{*}unit"):
        segment = unit.find("{*}segment")
        source = segment.find("{*}source")
        if unit.get("id") in ("report", "report_title"):
            target = etree.SubElement(segment, source.tag.replace("source", "target"))
            target.text = source.text if unit.get("id") == "report" else "Come segnalare"
        if unit.get("id") == "report":
            assert segment.get("state") == "initial"
            segment.attrib.pop("state")
            if state is not None:
                segment.set("state", state)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    written = (root / "materials/strings/it.yaml").read_text(encoding="utf-8")
    copied = (
        "  a copy of its source text, not imported: report (it shows the source's text; set "
        "its state to translated if it reads the same)\n"
    )
    if state == "translated":
        assert "  changed: report\n" in out, out
        assert copied not in out, out
        assert f"  report:\n    text: {REPORT}\n" in written, written
    else:
        assert "  changed: report_title\n" in out, out
        assert "changed: report\n" not in out, out
        assert copied in out, out
        assert "  # report: to translate\n" in written, written


def test_a_table_translation_copied_from_its_source_is_no_translation(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The same rule in a table: the source's text in `translation`, the status left `to
    translate`, is not imported and is named, with the status to set."""
    root = kit_copy()
    path = export(root, tmp_path / "it.csv")
    _type_in(
        path,
        {("cta_join", "translation"): JOIN, ("report_title", "translation"): "Come segnalare"},
    )
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert (
        "  a copy of its source text, not imported: cta_join (it shows the source's text; set "
        "its status to translated if it reads the same)\n"
    ) in out, out
    assert "changed: cta_join" not in out, out
    assert "  # cta_join: to translate\n" in (root / "materials/strings/it.yaml").read_text(
        encoding="utf-8"
    )
