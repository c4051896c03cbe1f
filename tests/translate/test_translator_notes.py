"""A translator's own comment on an entry (a PO `# ` comment, Poedit's "comment"; an XLIFF
`<note>` of category `translator` or none, as a CAT tool writes it) is kept as the entry's
`note:` in the strings file, and the next export writes it back in the same place. Both were
dropped, and a re-export had none (a translator's trial)."""

from __future__ import annotations

from pathlib import Path

import polib
import yaml
from lxml import etree

from ..kits import cli, mini_copy

NS = "urn:oasis:names:tc:xliff:document:2.0"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _export(kit: Path, path: Path, code: str = "ar") -> None:
    status, out = cli("strings", "export", "--lang", code, "--kit", kit, "-o", path)
    assert status == 0, out


def _notes(kit: Path, code: str = "ar") -> dict[str, str | None]:
    data = yaml.safe_load((kit / f"materials/strings/{code}.yaml").read_bytes())["strings"]
    return {k: v.get("note") if isinstance(v, dict) else None for k, v in data.items()}


def test_a_po_translator_comment_is_kept_and_exported_again(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "ar.po"
    _export(kit, path)
    po = polib.pofile(str(path))
    word = next(e for e in po if e.msgctxt == "word")
    word.tcomment = "قلب: as in the emblem, not the organ\nasked the Cairo office"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    strings = kit / "materials/strings/ar.yaml"
    assert out.startswith(
        f"{strings} updated: 0 text(s) changed, 1 note(s) changed, 2 unchanged, 0 left empty "
        "in ar.po\n  note changed: word\n"
    ), out
    assert _notes(kit) == {
        "word": "قلب: as in the emblem, not the organ\nasked the Cairo office",
        "emblem_alt": None,
    }
    # exported again: the translator comment, before the source's extracted comments
    again = tmp_path / "again.po"
    _export(kit, again)
    text = again.read_text(encoding="utf-8")
    assert (
        "# قلب: as in the emblem, not the organ\n# asked the Cairo office\n#. status: "
    ) in text, text
    assert polib.pofile(str(again)).find("Heart", msgctxt="word").tcomment == word.tcomment
    # and that file imported as it is changes nothing
    status, out = cli("strings", "import", again, "--kit", kit)
    assert status == 0, out
    assert out.startswith(f"{strings} left as it was: 0 text(s) changed, 2 unchanged"), out


def test_an_xliff_note_is_kept_and_exported_again(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "ar.xlf"
    _export(kit, path)
    tree = etree.parse(str(path))
    for key, category in (("word", None), ("emblem_alt", "translator")):
        notes = tree.find(f".//{_q('unit')}[@id='{key}']/{_q('notes')}")
        note = etree.SubElement(notes, _q("note"))  # a CAT tool's comment: no category
        if category:
            note.set("category", category)
        note.text = f"a comment on {key}"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert "  note changed: word\n  note changed: emblem_alt\n" in out, out
    assert _notes(kit) == {"word": "a comment on word", "emblem_alt": "a comment on emblem_alt"}
    # exported again, as XLIFF and as PO: in each format's place for it
    again = tmp_path / "again.xlf"
    _export(kit, again)
    unit = etree.parse(str(again)).find(f".//{_q('unit')}[@id='word']")
    assert [
        (n.get("category"), n.text)
        for n in unit.iterfind(f"{_q('notes')}/{_q('note')}")
        if n.get("category") == "translator"
    ] == [("translator", "a comment on word")]
    po = tmp_path / "again.po"
    _export(kit, po)
    assert polib.pofile(str(po)).find("Blue heart", msgctxt="emblem_alt").tcomment == (
        "a comment on emblem_alt"
    )


def test_a_note_on_an_entry_without_a_translation_is_named(tmp_path: Path) -> None:
    """pa is new: its `word` left empty has no entry in pa.yaml to keep a note in."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "pa.po"
    _export(kit, path, "pa")
    po = polib.pofile(str(path))
    po.find("Heart", msgctxt="word").tcomment = "which heart?"
    po.find("Blue heart", msgctxt="emblem_alt").msgstr = "ਨੀਲਾ ਦਿਲ"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    at = next(
        n
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line == 'msgctxt "word"'
    )
    assert (
        f"{path}:{at + 2}:9: warning[translate.note]: the note of 'word' (\u201cwhich heart?\u201d) "
        "is not kept: pa.yaml keeps a note with its key's translation, and has none for it (the "
        "file's text left empty or not imported)\n"
        "  hint: translate or confirm the text (the note is kept with it), then import the file "
        "again\n"
    ) in out, out
    assert _notes(kit, "pa") == {"emblem_alt": None}
