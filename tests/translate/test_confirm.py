"""A translation that is the source's very words (French "Contact") is confirmed by the
translator removing the file's mark (PO fuzzy, XLIFF state initial, CSV status): the import
records its origin and the next export has it translated. It stayed "to translate" however
often it was confirmed."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
import yaml
from lxml import etree

from ..kits import cli
from .test_formats import ENDING, NS, export


def confirm(path: Path, fmt: str, key: str) -> None:
    """Mark `key` translated as the format's tools do, its text left as it is."""
    if fmt == "po":
        po = polib.pofile(str(path))
        entry = next(e for e in po if e.msgctxt == key)
        assert "fuzzy" in entry.flags
        entry.flags.remove("fuzzy")
        po.save(str(path))
    elif fmt == "xliff":
        tree = etree.parse(str(path))
        segment = tree.find(f".//{NS}unit[@id='{key}']/{NS}segment")
        assert segment.get("state") == "initial"
        segment.set("state", "translated")
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    else:
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
        row = next(r for r in rows if r[0] == key)
        at = rows[0].index("status")
        assert row[at] == "to translate"
        row[at] = "translated"
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        path.write_bytes(out.getvalue().encode("utf-8-sig"))


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv"])
def test_the_source_words_confirmed_are_translated(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    root = kit_copy()
    strings = root / "materials/strings/fr.yaml"
    # the shipped French confirms it; this copy's has it as typed, not yet confirmed
    shipped = strings.read_text(encoding="utf-8")
    confirmed = "    text: Contact\n    source: Contact\n"
    assert confirmed in shipped
    strings.write_text(shipped.replace(confirmed, "    text: Contact\n"), encoding="utf-8")
    assert yaml.safe_load(strings.read_bytes())["strings"]["contact_title"] == {"text": "Contact"}
    path = tmp_path / f"fr.{ENDING[fmt]}"
    export(root, path, "fr")
    untouched = strings.read_bytes()
    code, out = cli("strings", "import", path, "--kit", root)  # as exported: nothing
    assert code == 0, out
    assert strings.read_bytes() == untouched
    confirm(path, fmt, "contact_title")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "  changed: contact_title (confirmed)\n" in out
    entry = yaml.safe_load(strings.read_bytes())["strings"]["contact_title"]
    assert entry == {"text": "Contact", "source": "Contact"}
    again = tmp_path / "again.po"
    export(root, again, "fr")
    (po_entry,) = [e for e in polib.pofile(str(again)) if e.msgctxt == "contact_title"]
    assert "fuzzy" not in po_entry.flags
    assert "status: translated" in po_entry.comment
