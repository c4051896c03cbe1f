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
from .test_import_errors import export, line_of, refused

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


UNCLOSED = "انضموا إلى حملة {lang=en}Blue Heart{/lang القلب الأزرق"


def test_a_mark_without_its_brace_is_one_error_in_every_format(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`{/lang` never closed was two errors at the same place: `ref.field` ("'{' opens a
    placeholder it never closes ... write a placeholder as {field}") and the mark's. It is
    the mark's alone, at the `{/lang` where the format tells its place (a PO msgstr's)."""
    kit = kit_copy()
    csv_path = export(kit, tmp_path / "ar.csv")
    row = set_cell(csv_path, "cta_join", 2, UNCLOSED)
    po_path = export(kit, tmp_path / "ar.po")
    po = polib.pofile(str(po_path))
    (entry,) = [e for e in po if e.msgctxt == "cta_join"]
    entry.msgstr = UNCLOSED
    po.save(str(po_path))
    line = line_of(po_path, 'msgstr "' + UNCLOSED)
    col = len('msgstr "') + UNCLOSED.index("{/lang") + 1
    xlf_path = export(kit, tmp_path / "ar.xlf")
    text = xlf_path.read_text(encoding="utf-8")
    unit = text.index('<unit id="cta_join">')
    start = text.index("<target>", unit) + len("<target>")
    end = text.index("</target>", start)
    xlf_path.write_text(text[:start] + UNCLOSED + text[end:], encoding="utf-8")
    xlf_line = text[:start].count("\n") + 1
    xlf_col = start - text.rindex("\n", 0, start) + UNCLOSED.index("{/lang")
    for path, at in (
        (csv_path, f"{row}:3"),
        (po_path, f"{line}:{col}"),
        (xlf_path, f"{xlf_line}:{xlf_col}"),
    ):
        out = refused(kit, path)
        assert (
            f"{path.name}:{at}: error[strings.lang-mark]: 'cta_join': the language mark "
            "'{/lang' has no closing brace '}'\n"
            "  hint: write {/lang}\n"
        ) in out, out
        assert out.count("error[") == 1, out


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
