"""An XLIFF 2.0 target of the translator's own whose segment is left `initial` (XLIFF's "no
translation yet", a CAT tool's draft the translator has not confirmed) is held back as a PO
entry left fuzzy is: not imported, and named with the fix (confirm the segment). It was
imported as the translation (a translator's trial)."""

from __future__ import annotations

from pathlib import Path

import yaml
from lxml import etree

from ..kits import cli, mini_copy

NS = "urn:oasis:names:tc:xliff:document:2.0"
HELD = (
    "  not confirmed (state initial), not imported: {key} (confirm the segment, state "
    "translated or final, to import it)\n"
)


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _texts(kit: Path, code: str) -> dict[str, object]:
    path = kit / f"materials/strings/{code}.yaml"
    return dict(yaml.safe_load(path.read_bytes())["strings"] or {})


def _translated(path: Path, texts: dict[str, str], state: str | None) -> None:
    """`path`, an XLIFF export, with `texts` as targets by unit id, each segment's state
    set to `state` (None: left as exported), as a CAT tool saves it."""
    tree = etree.parse(str(path))
    for key, text in texts.items():
        segment = tree.find(f".//{_q('unit')}[@id='{key}']/{_q('segment')}")
        target = segment.find(_q("target"))
        if target is None:
            target = etree.SubElement(segment, _q("target"))
        target.text = text
        if state is not None:
            segment.set("state", state)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def test_a_new_languages_targets_left_initial_are_held_back(tmp_path: Path) -> None:
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "pa.xlf"
    status, out = cli("strings", "export", "--lang", "pa", "--kit", kit, "-o", path)
    assert status == 0, out
    _translated(path, {"word": "ਦਿਲ", "emblem_alt": "ਨੀਲਾ ਦਿਲ"}, None)  # still `initial`
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    strings = kit / "materials/strings/pa.yaml"
    assert out.startswith(
        f"{strings} created: 0 text(s) changed, 0 unchanged, 0 left empty in pa.xlf\n"
        + HELD.format(key="word")
        + HELD.format(key="emblem_alt")
    ), out
    assert _texts(kit, "pa") == {}
    # confirmed, they are imported
    _translated(path, {"word": "ਦਿਲ", "emblem_alt": "ਨੀਲਾ ਦਿਲ"}, "translated")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert "not confirmed" not in out, out
    assert {k: v["text"] for k, v in _texts(kit, "pa").items()} == {  # type: ignore[index]
        "word": "ਦਿਲ",
        "emblem_alt": "ਨੀਲਾ ਦਿਲ",
    }


def test_a_changed_target_set_back_to_initial_keeps_the_strings_files_text(
    tmp_path: Path,
) -> None:
    """ar's `word` is translated (state translated as exported); a CAT tool that set it back
    to `initial` while the translator drafts a new text: the draft is not imported."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "ar.xlf"
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", path)
    assert status == 0, out
    _translated(path, {"word": "قلب جديد"}, "initial")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert HELD.format(key="word") in out, out
    assert _texts(kit, "ar")["word"] == "قلب"
    # a segment that says no state is `initial` too (XLIFF 2.0's default)
    text = path.read_text(encoding="utf-8").replace('state="initial"', "")
    path.write_text(text, encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert HELD.format(key="word") in out, out
    assert _texts(kit, "ar")["word"] == "قلب"


def test_a_changed_source_beside_an_unconfirmed_target_is_not_called_empty(
    tmp_path: Path,
) -> None:
    """The <source> edited and a draft target left `initial`: the source's change is not
    taken, and the target is held back as not confirmed (not "its <target> is empty")."""
    kit = mini_copy(tmp_path / "kit")
    path = tmp_path / "pa.xlf"
    status, out = cli("strings", "export", "--lang", "pa", "--kit", kit, "-o", path)
    assert status == 0, out
    _translated(path, {"word": "ਦਿਲ"}, None)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "<source>Heart</source>", "<source>Hearts</source>"
        ),
        encoding="utf-8",
    )
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert HELD.format(key="word") in out, out
    assert (
        "warning[translate.source]: 'word': its <source> was changed to \u201cHearts\u201d: the "
        "change is not taken, and its <target> is not confirmed (state initial): not imported\n"
    ) in out, out
    assert "is empty" not in out, out
