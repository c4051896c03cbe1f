"""A translation made from an earlier source text is outdated: `strings import` keeps with each
text the source's text it translated (`source:`); when the source's text is changed, `check`
warns (`strings.outdated`) and every export marks the string, with the text it was made
from (PO: fuzzy and the previous msgid, as msgmerge writes; XLIFF: state initial and a
`previous-source` note; CSV: the status), until the translator's update comes back."""

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
from .test_formats import ENDING, NS, edit, export

OLD = "Join the Blue Heart Campaign."
NEW = "Join the Blue Heart Campaign today."
FRENCH = "Rejoignez la campagne du Cœur bleu."


def english(root: Path, text: str) -> None:
    path = root / "materials/strings/en.yaml"
    body = path.read_text(encoding="utf-8")
    assert f"text: {OLD}\n" in body
    path.write_text(body.replace(f"text: {OLD}\n", f"text: {text}\n"), encoding="utf-8")


def outdated_warning(root: Path) -> str | None:
    code, out = cli("check", "--kit", root, "--lang", "fr", "--only", "flyer-a5")
    assert code == 0, out
    found = [line for line in out.splitlines() if "warning[strings.outdated]" in line]
    return found[0] if found else None


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv"])
def test_a_changed_source_text_marks_its_translation_until_it_is_updated(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    root = kit_copy()
    first = tmp_path / f"fr.{ENDING[fmt]}"
    export(root, first, "fr", "--format", fmt)
    edit(first, fmt, "cta_join", FRENCH)
    code, out = cli("strings", "import", first, "--kit", root)
    assert code == 0, out
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]
    assert strings["cta_join"] == {"text": FRENCH, "source": OLD}
    assert outdated_warning(root) is None

    english(root, NEW)  # the campaign's text is changed after the translation
    warning = outdated_warning(root)
    assert warning is not None
    fr = (root / "materials/strings/fr.yaml").read_text(encoding="utf-8").splitlines()
    line = fr.index("  cta_join:") + 1
    assert warning.endswith(
        f"fr.yaml:{line}:3: warning[strings.outdated]: [fr] 'cta_join': fr.yaml has 1 "
        "string(s) translated "
        "from an earlier English text than en.yaml has now: cta_join; they print as translated"
    )

    again = tmp_path / f"again.{ENDING[fmt]}"
    data = export(root, again, "fr", "--format", fmt)
    if fmt == "po":
        entry = next(e for e in polib.pofile(str(again)) if e.msgctxt == "cta_join")
        assert (entry.msgid, entry.msgstr, entry.previous_msgid) == (NEW, FRENCH, OLD)
        assert "fuzzy" in entry.flags
        assert "status: outdated" in entry.comment
        po = polib.pofile(str(again))  # the translator looks, and updates it
        entry = next(e for e in po if e.msgctxt == "cta_join")
        entry.flags.remove("fuzzy")
        entry.msgstr = "Rejoignez dès aujourd'hui la campagne Cœur bleu."
        entry.previous_msgid = None
        po.save(str(again))
    elif fmt == "xliff":
        unit = etree.fromstring(data).find(f".//{NS}unit[@id='cta_join']")
        assert unit.find(f"{NS}segment").get("state") == "initial"
        notes = {n.get("category"): n.text for n in unit.iter(f"{NS}note")}
        assert (notes["status"], notes["previous-source"]) == ("outdated", OLD)
        assert unit.find(f"{NS}segment/{NS}source").text == NEW
        edit(again, fmt, "cta_join", "Rejoignez dès aujourd'hui la campagne Cœur bleu.")
    else:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        row = next(r for r in rows if r[0] == "cta_join")
        assert (row[1], row[2], row[5]) == (NEW, FRENCH, f"outdated: translated from “{OLD}”")
        edit(again, fmt, "cta_join", "Rejoignez dès aujourd'hui la campagne Cœur bleu.")
    code, out = cli("strings", "import", again, "--kit", root, "--lang", "fr")
    assert code == 0, out
    assert "changed: cta_join" in out
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]
    assert strings["cta_join"]["source"] == NEW
    assert outdated_warning(root) is None


def test_an_old_export_imported_after_the_change_is_outdated(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A translator's file exported before the source's text changed, imported after: its
    texts translate the old text (its msgid says so), so they are outdated, changed or not;
    the import's own report names them."""
    root = kit_copy()
    old = tmp_path / "fr.po"
    export(root, old, "fr")
    english(root, NEW)
    code, out = cli("strings", "import", old, "--kit", root)
    assert code == 0, out
    assert "changed: cta_join" in out  # its origin, kept: the old text
    assert "warning[strings.outdated]" in out
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]
    assert strings["cta_join"]["source"] == OLD
    # keys whose source did not change were left as they were: no origin written
    assert "source" not in strings["theme"]
