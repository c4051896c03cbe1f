"""A translation saved in decomposed form (NFD, as macOS writes "é" as "e" + U+0301) is
taken in Normalization Form C (translate.entries.tidy): the strings file holds NFC, and the
same words typed again in NFC are no change."""

from __future__ import annotations

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
