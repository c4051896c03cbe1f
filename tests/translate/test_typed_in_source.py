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
        if unit.get("id") == "report_title":  # confirmed: left `initial`, it is held back
            segment.set("state", "translated")
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


def _strip_source_digests(path: Path) -> None:
    """The table at `path` (CSV or workbook) as exported before its `exported` cells had the
    source cells' digests (`source:<digest>`, the kit's fortieth session)."""

    def old(cell: str) -> str:
        return " ".join(t for t in cell.split() if not t.startswith(("source:", "short-source:")))

    if path.suffix == ".csv":
        rows = _rows(path)
        at = rows[0].index("exported")
        for row in rows[1:]:
            row[at] = old(row[at])
        _write(path, rows)
        return
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    at = [c.value for c in sheet[1]].index("exported") + 1
    for row in sheet.iter_rows(min_row=2, min_col=at, max_col=at):
        row[0].value = old(row[0].value or "")
    book.save(path)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_table_without_source_digests_is_named(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """A table exported before the source digests: the Italian typed into cta_join's source
    cell, its translation cell empty, was counted "left empty" and lost without a word. The
    import cannot tell it from the text exported there: it says so, at the source column's
    header, with the fix; a table exported now has the digests, and no such warning."""
    root = kit_copy()
    path = export(root, tmp_path / f"it.{fmt}")
    fresh = tmp_path / f"fresh.{fmt}"
    fresh.write_bytes(path.read_bytes())
    _strip_source_digests(path)
    _type_in(path, {("cta_join", "source"): ITALIAN, ("report_title", "translation"): "Segnala"})
    status, out = cli("strings", "import", path, "--kit", root, "--lang", "it", "--verbose")
    assert status == 0, out
    assert (
        f"\n{path}:1:2: warning[translate.unchecked]: it.{fmt} has no source digests (`source:` "
        "in the `exported` column): an export older than the kit of 5 December 2026 (version "
        "0.1.0), a table made by hand, or its `exported` column removed; a "
        "translation typed over its "
        "`source` column cannot be detected, and is lost where its translation cell was left "
        "empty\n"
        f"  hint: export the language again (`python generate.py strings export --lang it "
        f"-o it.{fmt} --kit "
        f"{root}`) and type the translations in the new file's translation columns\n"
    ) in out, out
    # counted with the layout's (strings.missing; the short variant's note), last
    assert "\n2 warning(s), 1 note(s)\nok: " in out, out
    assert "  changed: report_title\n" in out, out
    assert "  left empty: cta_join (it shows the source's text)\n" in out, out
    status, out = cli("strings", "import", fresh, "--kit", root, "--lang", "it")
    assert status == 0, out
    assert "source digests" not in out, out


def _change_unit(path: Path, key: str, source: str, target: str | None) -> None:
    """The XLIFF file at `path` with unit `key`'s <source> changed to `source`, and its
    <target> `target` (None: none), its state translated where it has one."""
    tree = etree.parse(str(path))
    unit = next(u for u in tree.iter("{*}unit") if u.get("id") == key)
    segment = unit.find("{*}segment")
    segment.find("{*}source").text = source
    if target is not None:
        element = segment.find("{*}target")
        if element is None:
            element = etree.SubElement(
                segment, segment.find("{*}source").tag.replace("source", "target")
            )
        element.text = target
        segment.set("state", "translated")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


CHANGED = "Join the Blue Heart Campaign today."
# the hint of every changed <source>
SOURCE_HINT = (
    "  hint: a <source> is the text to translate, not to change: write the translation in "
    "<target> alone, and put the <source> back as exported (or export the language again); a "
    "change to the source text is for en.yaml\n"
)


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        (
            ITALIAN,
            None,
            "its <target> is empty: not imported (a translation typed into the <source>?)",
        ),
        (
            ITALIAN,
            ITALIAN,
            "its <target> is the same text: not imported (a translation typed into the <source> "
            "and copied, or the English edited?)",
        ),
    ],
)
def test_an_xliff_source_changed_beside_no_translation_is_not_imported(
    kit_copy: Callable[..., Path], tmp_path: Path, source: str, target: str | None, said: str
) -> None:
    """The Italian typed into cta_join's <source> (and copied to its <target>, a CAT tool's
    "copy source to target"): it was "left empty", or imported with a warning that the
    Italian was its English. Its <source> is not as exported (the unit's `exported-source`
    note): the unit is not imported, and the warning at the <source> says why."""
    from .test_import_errors import text_at

    root = kit_copy()
    path = export(root, tmp_path / "it.xlf")
    _change_unit(path, "cta_join", source, target)
    _change_unit(path, "report_title", REPORT_TITLE, "Come segnalare")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    at = text_at(path, source, "source")
    assert (
        f"{path}:{at}: warning[translate.source]: 'cta_join': its <source> was changed to "
        f"\u201c{source}\u201d, and {said}\n" + SOURCE_HINT
    ) in out, out
    assert "changed: cta_join" not in out, out
    assert "  changed: report_title\n" in out, out
    written = (root / "materials/strings/it.yaml").read_text(encoding="utf-8")
    assert "  # cta_join: to translate\n" in written, written


REPORT_TITLE = "How to report"


def test_an_xliff_source_changed_beside_a_translation_is_not_taken(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A <source> changed beside a translation of the translator's own: the translation is
    imported, made from the source's text as exported (it was recorded as made from the
    changed text, outdated for ever), and the change is named at the <source>. The source's
    text changed since the export too: the text it was translated from is the one the
    strings file records, and the translation is outdated, rightly."""
    from .test_import_errors import text_at

    root = kit_copy()
    path = export(root, tmp_path / "it.xlf")
    _change_unit(path, "cta_join", CHANGED, ITALIAN)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert (
        f"{path}:{text_at(path, CHANGED, 'source')}: warning[translate.source]: 'cta_join': its "
        f"<source> was changed to \u201c{CHANGED}\u201d: the change is not taken; its <target> "
        "is imported as the translation of the <source> as exported\n" + SOURCE_HINT
    ) in out, out
    assert "  changed: cta_join\n" in out, out
    strings = root / "materials/strings/it.yaml"
    assert f"  cta_join:\n    text: {ITALIAN}\n    source: {JOIN}\n" in strings.read_text("utf-8")
    # French, exported, then the English changed, then its <source> changed in the file
    french = export_as(root, tmp_path / "fr.xlf", "fr")
    en = root / "materials/strings/en.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace(JOIN, CHANGED), encoding="utf-8")
    _change_unit(french, "cta_join", "Join us", "Rejoignez-nous.")
    status, out = cli("strings", "import", french, "--kit", root)
    assert status == 0, out
    assert "'cta_join': its <source> was changed to \u201cJoin us\u201d: the change" in out, out
    written = (root / "materials/strings/fr.yaml").read_text(encoding="utf-8")
    assert f"  cta_join:\n    text: Rejoignez-nous.\n    source: {JOIN}\n" in written, written


def export_as(root: Path, path: Path, code: str) -> Path:
    status, out = cli("strings", "export", "--lang", code, "--kit", root, "-o", path)
    assert status == 0, out
    return path
