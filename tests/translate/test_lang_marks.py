"""Language marks (`{lang=en}Blue Heart{/lang}`, text.langmarks) in the translators' round
trip: exported as written, in the text to keep as it is (as a `{field}` is), read back
unchanged; one that is not a mark is refused at the translator's cell with the code and
words of the kit's own check (`strings.lang-mark`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polib
from lxml import etree

from ..kits import ROOT, cli
from .test_braces import set_cell
from .test_import_errors import export, refused

FR_JOIN = "    text: Rejoignez la campagne Cœur bleu.\n"
MARKED = "Rejoignez la campagne {lang=en}Blue Heart{/lang}."


def test_a_bad_mark_is_refused_at_its_cell(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    kit = kit_copy()
    path = export(kit, tmp_path / "ar.csv")
    row = set_cell(path, "cta_join", 2, "انضموا إلى حملة {lang=en}Blue Heart")
    out = refused(kit, path)
    assert (
        f"ar.csv:{row}:3: error[strings.lang-mark]: 'cta_join': the language mark "
        "'{lang=en}' is never closed\n"
        "  hint: write {/lang} after the words in that language\n"
    ) in out, out


def test_marks_go_out_and_come_back_as_written(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    body = (ROOT / "materials/strings/fr.yaml").read_text(encoding="utf-8")
    assert FR_JOIN in body
    kit = kit_copy(**{"materials/strings/fr.yaml": body.replace(FR_JOIN, f"    text: {MARKED}\n")})
    fr = kit / "materials/strings/fr.yaml"
    before = fr.read_bytes()
    po = export(kit, tmp_path / "fr.po", "fr")
    (entry,) = [e for e in polib.pofile(str(po)) if e.msgctxt == "cta_join"]
    assert entry.msgstr == MARKED
    xlf = export(kit, tmp_path / "fr.xlf", "fr")
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    (target,) = etree.parse(str(xlf)).xpath("//x:unit[@id='cta_join']//x:target", namespaces=ns)
    assert target.text == MARKED
    for path in (po, xlf):
        status, out = cli("strings", "import", path, "--kit", kit)
        assert status == 0, out
        assert "error[" not in out
        assert fr.read_bytes() == before
