"""A translation saved in decomposed form (NFD, as macOS writes "é" as "e" + U+0301) is
taken in Normalization Form C (translate.entries.tidy): the strings file holds NFC, and the
same words typed again in NFC are no change."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import polib
import yaml

from ..kits import cli
from .test_formats import export

TEXT = "Rejoignez dès aujourd’hui la campagne Cœur bleu et réagissez."


def test_a_decomposed_translation_is_written_composed(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    root = kit_copy()
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    po = polib.pofile(str(path))
    decomposed = unicodedata.normalize("NFD", TEXT)
    assert decomposed != TEXT
    next(e for e in po if e.msgctxt == "cta_join").msgstr = decomposed
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", root)
    assert "1 text(s) changed" in out, out
    written = root / "materials/strings/fr.yaml"
    raw = written.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    strings = yaml.safe_load(raw)["strings"]
    value = strings["cta_join"]
    assert (value["text"] if isinstance(value, dict) else value) == TEXT
    again = tmp_path / "again.po"
    export(root, again, "fr")
    po = polib.pofile(str(again))
    next(e for e in po if e.msgctxt == "cta_join").msgstr = TEXT
    po.save(str(again))
    status, out = cli("strings", "import", again, "--kit", root)
    assert "left as it was: 0 text(s) changed" in out, out


def test_an_export_of_a_decomposed_text_made_before_nfc_is_no_conflict(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A strings file an earlier import wrote in NFD (before imports normalised), exported
    then: the export carries the digest of the NFD text as it was. The translator's new
    text for it, the strings file untouched since, is taken; with NFC digests alone it was
    a conflict (a review)."""
    root = kit_copy()
    written = root / "materials/strings/fr.yaml"
    raw = written.read_text(encoding="utf-8")
    old = yaml.safe_load(raw)["strings"]["event_by"]  # "Organisé par"
    old = old["text"] if isinstance(old, dict) else old
    decomposed = unicodedata.normalize("NFD", old)
    assert decomposed != old
    written.write_text(raw.replace(old, decomposed), encoding="utf-8")
    path = tmp_path / "fr.po"
    export(root, path, "fr")
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt == "event_by")
    then = hashlib.sha256(decomposed.encode("utf-8")).hexdigest()[:12]  # the old export's
    entry.comment = re.sub(r"(exported text: fr:)[0-9a-f]{12}", rf"\g<1>{then}", entry.comment)
    assert then in entry.comment
    entry.msgstr = "Organisé par le groupe"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "translate.conflict" not in out, out
    assert "  changed: event_by\n" in out, out
