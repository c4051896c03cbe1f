"""A translation made from an earlier source text is outdated: `strings import` keeps with each
text the source's text it translated (`source:`); when the source's text is changed, `check`
warns (`strings.outdated`) and every export marks the string, with the text it was made
from (PO: fuzzy and the previous msgid, as msgmerge writes; XLIFF: state initial and a
`previous-source` note; CSV: the status), until the translator's update comes back."""

from __future__ import annotations

import csv
import io
import re
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


def import_po(root: Path, tmp_path: Path, edits: dict[str, str]) -> str:
    """Export French as PO, make `edits` (msgctxt: translation), import it: its output."""
    po = tmp_path / "fr.po"
    export(root, po, "fr")
    for key, text in edits.items():
        edit(po, "po", key, text)
    code, out = cli("strings", "import", po, "--kit", root)
    assert code == 0, out
    return out


def unstamp(root: Path) -> None:
    """fr.yaml without the `source:` and `short_source:` lines the shipped translations
    carry: as a strings file typed by hand, or imported before sources were kept, is."""
    path = root / "materials/strings/fr.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not re.match(r"    (short_)?source: ", line)]
    path.write_text("".join(kept), encoding="utf-8")


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
        status = row[rows[0].index("status")]
        assert (row[1], row[2], status) == (NEW, FRENCH, f"outdated: translated from “{OLD}”")
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
    unstamp(root)
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


@pytest.mark.parametrize("fmt", ["xliff", "csv"])
def test_an_outdated_text_imported_back_untouched_stays_outdated(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """The export marks an outdated text (XLIFF state initial, CSV status `outdated: ...`)
    and carries the source's text now: imported back as it was, nobody looked at it, so it
    stays outdated (its origin was set to the new text and the warning went). PO reads a
    fuzzy entry as not translated and so never did this."""
    root = kit_copy()
    first = tmp_path / f"fr.{ENDING[fmt]}"
    export(root, first, "fr", "--format", fmt)
    edit(first, fmt, "cta_join", FRENCH)
    assert cli("strings", "import", first, "--kit", root)[0] == 0
    english(root, NEW)
    again = tmp_path / f"again.{ENDING[fmt]}"
    export(root, again, "fr", "--format", fmt)
    code, out = cli("strings", "import", again, "--kit", root, "--lang", "fr")
    assert code == 0, out
    assert "0 text(s) changed" in out
    assert outdated_warning(root) is not None
    if fmt == "csv":  # the translator marks it looked at: confirmed against the new text
        rows = list(csv.reader(io.StringIO(again.read_bytes().decode("utf-8-sig"), newline="")))
        next(r for r in rows if r[0] == "cta_join")[rows[0].index("status")] = "translated"
        out_csv = io.StringIO()
        csv.writer(out_csv, lineterminator="\r\n").writerows(rows)
        again.write_bytes(out_csv.getvalue().encode("utf-8-sig"))
        assert cli("strings", "import", again, "--kit", root, "--lang", "fr")[0] == 0
        assert outdated_warning(root) is None


def test_a_segmented_xliff_units_source_is_read_whole(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A CAT tool splits a unit into segments with the spaces between them as <ignorable>:
    the source the translator saw is the segments' and the spaces' in order (it was read
    without the spaces, and every such text was outdated at once)."""
    root = kit_copy()
    path = tmp_path / "fr.xlf"
    export(root, path, "fr", "--format", "xliff")
    tree = etree.parse(str(path))
    unit = tree.find(f".//{NS}unit[@id='cta_join']")
    (segment,) = unit.findall(f"{NS}segment")
    source = segment.find(f"{NS}source").text
    assert source == OLD
    unit.remove(segment)
    words = OLD.split(" ", 1)  # "Join" / "the Blue Heart Campaign."
    for n, text in enumerate((words[0], words[1])):
        if n:
            ignorable = etree.SubElement(unit, f"{NS}ignorable")
            etree.SubElement(ignorable, f"{NS}source").text = " "
        seg = etree.SubElement(unit, f"{NS}segment", state="translated")
        etree.SubElement(seg, f"{NS}source").text = text
        etree.SubElement(seg, f"{NS}target").text = "Rejoignez" if not n else "la campagne."
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cli("strings", "import", path, "--kit", root)[0] == 0
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]
    assert strings["cta_join"] == {"text": "Rejoignez la campagne.", "source": OLD}
    assert outdated_warning(root) is None


def test_an_import_changes_the_texts_it_imports_and_nothing_else(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A language's own `fields:` after its strings (its helpline), the comments among its
    strings and every other string's lines as written stay: an import deleted the fields,
    dropped the comments and rewrote every folded text."""
    root = kit_copy()
    unstamp(root)
    path = root / "materials/strings/fr.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "fields:\n  helpline: '+33 1 43 29 44 40'\n",
        encoding="utf-8",
    )
    before = path.read_text(encoding="utf-8").splitlines()
    comment = next(line for line in before if line.startswith("  # "))
    import_po(root, tmp_path, {"cta_join": FRENCH})
    after = path.read_text(encoding="utf-8").splitlines()
    assert after[-2:] == ["fields:", "  helpline: '+33 1 43 29 44 40'"]
    assert comment in after
    assert after.index(comment) < after.index("  back_title:")  # still before its key
    gone = [line for line in before if line not in after]
    assert gone == ["    text: Rejoignez la campagne Cœur bleu."]  # the one text imported
    assert [line for line in after if line not in before] == [
        f"    text: {FRENCH}",
        f"    source: {OLD}",
    ]
    data = yaml.safe_load(path.read_bytes())
    assert data["fields"] == {"helpline": "+33 1 43 29 44 40"}


def test_an_import_keeps_the_strings_whose_key_the_source_lacks(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A string whose key the source does not have (an office's own, or one the source
    removed) is the translator's work: `check` warns strings.unused, and an import keeps it
    and the comment before it (it deleted both), where it was: after the source's key
    before it. Here that is the string imported, whose lines as the parser marks them ran
    to the next key: the comments before that key went with the imported string and were
    lost."""
    root = kit_copy()
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    own = "  # notre ligne locale\n  local_line:\n    text: Appelez le bureau régional.\n"
    old = "  qr_label:\n"
    assert body.index("  cta_join:\n") < body.index(old)
    path.write_text(body.replace(old, own + "\n  # le code QR\n" + old, 1), encoding="utf-8")
    import_po(root, tmp_path, {"cta_join": FRENCH})
    after = path.read_text(encoding="utf-8")
    imported = f"  cta_join:\n    text: {FRENCH}\n    source: {OLD}\n"
    assert imported + own + "\n  # le code QR\n  qr_label:\n" in after, after  # in its place
    strings = yaml.safe_load(after)["strings"]
    assert strings["local_line"] == {"text": "Appelez le bureau régional."}
    assert strings["cta_join"] == {"text": FRENCH, "source": OLD}
    code, out = cli("check", "--kit", root)
    assert "warning[strings.unused]: string 'local_line' is not in en.yaml" in out, out


def test_an_imported_string_keeps_its_other_fields_and_comments_as_written(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A string one of whose fields is imported keeps the others as written (a folded
    `text: >-` when only its `short:` changes, a double-quoted field) and the comments among
    its fields; the field imported is one line at the string's own field indentation. The
    whole string was written anew: folded texts made one long line, comments dropped."""
    root = kit_copy()
    unstamp(root)
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    title = "  cta_title:\n    text: Ce que vous pouvez faire\n"
    assert title in body
    body = body.replace(
        title,
        '  cta_title:\n      # un titre court\n      text: "Ce que vous pouvez faire"  # le titre\n'
        "      # relu par le bureau\n",
    )
    sources = "      bleu.\n    short: >-\n      Sources : ONUDC ; Fonds"
    assert sources in body  # back_sources: a comment after its folded text
    body = body.replace(
        sources, sources.replace("    short:", "    # sources vérifiées\n    short:")
    )
    path.write_text(body, encoding="utf-8")
    folded = body[body.index("  support:\n") : body.index("    short: >-\n      Faites un don")]
    assert folded.count("\n") == 6  # the key, `text: >-` and four folded lines
    import_po(
        root,
        tmp_path,
        {
            "support|short": "Soutenez le Fonds des Nations Unies.",
            "cta_title": "Agir",
            "back_sources": "Sources : ONUDC.",
        },
    )
    after = path.read_text(encoding="utf-8")
    assert folded + "    short: Soutenez le Fonds des Nations Unies.\n" in after
    assert (
        "  cta_title:\n      # un titre court\n      text: Agir  # le titre\n"
        "      source: What you can do\n      # relu par le bureau\n"
    ) in after
    assert "    text: 'Sources : ONUDC.'\n    # sources vérifiées\n    short: >-\n" in after
    strings = yaml.safe_load(after)["strings"]
    assert strings["support"]["short"] == "Soutenez le Fonds des Nations Unies."
    assert strings["support"]["text"].startswith("Faites un don au Fonds de contributions")


def test_a_block_text_with_an_empty_line_is_kept_as_written(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A string written as a block (`text: |`) with an empty line inside is two paragraphs;
    an import of another string keeps it as written, empty line included."""
    root = kit_copy()
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    old = "  back_title:\n    text: Repérer les signes. Oser parler. Soutenir.\n"
    assert old in body
    block = (
        "  back_title:\n    text: |-\n      Repérer les signes.\n\n      Oser parler. Soutenir.\n"
    )
    path.write_text(body.replace(old, block), encoding="utf-8")
    po = tmp_path / "fr.po"
    export(root, po, "fr")
    edit(po, "po", "cta_join", FRENCH)
    assert cli("strings", "import", po, "--kit", root)[0] == 0
    assert block in path.read_text(encoding="utf-8")
    strings = yaml.safe_load(path.read_bytes())["strings"]
    assert strings["back_title"]["text"] == "Repérer les signes.\n\nOser parler. Soutenir."


@pytest.mark.parametrize(
    "layout",
    [
        "comment after strings:",
        "crlf",
        "four spaces",
        "wide fields",
        "quoted two-line text",
        "flow",
    ],
)
def test_an_import_keeps_hand_written_layouts(
    kit_copy: Callable[..., Path], tmp_path: Path, layout: str
) -> None:
    """Strings files as people write them by hand: the import finds the strings by the YAML
    parser's marks, not by the lines' look. A comment after `strings:` made a second
    `strings:` block (a file no command could load); a quoted text whose second line is at
    two spaces was read as a key and cut; line ends and indentation stay the file's."""
    root = kit_copy()
    unstamp(root)
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    if layout == "comment after strings:":
        body = body.replace("\nstrings:\n", "\nstrings:   # textes de la campagne\n")
    elif layout == "four spaces":
        head, rest = body.split("\nstrings:\n", 1)
        body = (
            head
            + "\nstrings:\n"
            + "".join(f"  {line}\n" if line.strip() else "\n" for line in rest.splitlines())
        )
    elif layout == "wide fields":  # keys at 4 spaces, their fields at 8
        head, rest = body.split("\nstrings:\n", 1)
        body = (
            head
            + "\nstrings:\n"
            + "".join(
                ("    " if line.startswith("    ") else "  ") + line + "\n"
                if line.strip()
                else "\n"
                for line in rest.splitlines()
            )
        )
    elif layout == "quoted two-line text":
        old = "  back_title:\n    text: Repérer les signes. Oser parler. Soutenir.\n"
        assert old in body
        body = body.replace(
            old, "  back_title:\n    text: 'Repérer les signes.\n\n  Oser parler. Soutenir.'\n"
        )
    elif layout == "flow":
        old = "  back_title:\n    text: Repérer les signes. Oser parler. Soutenir.\n"
        old += "    short: Repérer les signes\n"
        assert old in body
        body = body.replace(old, "  back_title: {text: 'Repérer les signes. Oser parler.'}\n")
    crlf = layout == "crlf"
    path.write_bytes(body.replace("\n", "\r\n" if crlf else "\n").encode("utf-8"))
    before = yaml.safe_load(path.read_bytes())
    import_po(root, tmp_path, {"cta_join": FRENCH})
    raw = path.read_bytes()
    after = yaml.safe_load(raw)
    assert after["strings"]["cta_join"] == {"text": FRENCH, "source": OLD}
    assert {k: v for k, v in after["strings"].items() if k != "cta_join"} == {
        k: v for k, v in before["strings"].items() if k != "cta_join"
    }
    assert raw.count(b"\nstrings:") == 1
    assert (raw.count(b"\r\n") == raw.count(b"\n")) is crlf
    if layout == "comment after strings:":
        assert b"strings:   # textes de la campagne" in raw
    if layout == "four spaces":
        assert b"\n    cta_join:\n      text: " in raw
    if layout == "wide fields":  # a string written anew: its fields where the file has them
        assert b"\n    cta_join:\n        text: " in raw


def test_a_changed_short_source_text_marks_the_short_translation(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A short variant translated from the source's short text is outdated when only that
    short text changes (it was not judged: `source:` holds the full text's); the PO marks
    the short entry alone, with the old short text as its previous msgid."""
    root = kit_copy()
    first = tmp_path / "fr.po"
    export(root, first, "fr")
    po = polib.pofile(str(first))
    short = next(e for e in po if e.msgctxt == "cta|short")
    old_short = short.msgid
    short.msgstr = "Signalez toute activité suspecte."
    po.save(str(first))
    assert cli("strings", "import", first, "--kit", root)[0] == 0
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]
    assert strings["cta"]["short_source"] == old_short
    assert outdated_warning(root) is None
    en = root / "materials/strings/en.yaml"
    body = en.read_text(encoding="utf-8")
    assert f"short: {old_short}\n" in body
    en.write_text(body.replace(f"short: {old_short}\n", "short: Report anything online.\n"))
    warning = outdated_warning(root)
    assert warning is not None
    assert "'cta'" in warning
    again = tmp_path / "again.po"
    export(root, again, "fr")
    entries = {e.msgctxt: e for e in polib.pofile(str(again))}
    assert "fuzzy" not in entries["cta"].flags  # its full text is current
    assert "fuzzy" in entries["cta|short"].flags
    assert entries["cta|short"].previous_msgid == old_short


def test_a_literal_text_unchanged_and_a_new_text_with_line_breaks(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A `text: |` (its value ends with a line break as YAML reads it) whose string's short
    variant is imported stays as written; an imported text with a line break is written
    as a literal block whose lines sit deeper than its field (PyYAML's quoted form put them
    at the mapping's indentation, which js-yaml and editors refuse)."""
    root = kit_copy()
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    start = body.index("  support:\n    text: >-\n")
    assert start >= 0
    body = body.replace("  support:\n    text: >-\n", "  support:\n    text: |\n", 1)
    badge = "  badge:\n    text: Mettons fin à la traite\n"
    assert badge in body
    body = body.replace(badge, badge.replace("traite\n", "traite   # badge rond\n"))
    path.write_text(body, encoding="utf-8")
    literal = body[start : body.index("    short: >-\n      Faites un don")]
    import_po(
        root, tmp_path, {"support|short": "Faites un don.", "badge": "Mettons fin\nà la traite"}
    )
    after = path.read_text(encoding="utf-8")
    assert literal + "    short: Faites un don.\n" in after
    assert (
        "  badge:\n    text: |-   # badge rond\n      Mettons fin\n      à la traite\n    source: "
    ) in after  # its comment too
    assert yaml.safe_load(after)["strings"]["badge"]["text"] == "Mettons fin\nà la traite"


def test_an_import_keeps_the_files_own_order_of_its_strings(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An office that put `event_by` first (its own order) keeps it first, with its comment,
    after an import of another string; a key the file lacks comes after the source's key
    before it. Every import put the strings back in the source's order."""
    root = kit_copy()
    unstamp(root)
    path = root / "materials/strings/fr.yaml"
    body = path.read_text(encoding="utf-8")
    line = '  event_by: "Organisé par"\n'
    written = "  event_by:\n    text: Organisé par\n"  # as the shipped file has it
    assert written in body
    body = body.replace(written, "").replace("strings:\n", "strings:\n  # d'abord\n" + line, 1)
    hashtags = body[body.index("  hashtags:\n") : body.index("  emblem_alt:\n")]
    body = body.replace(hashtags, "")  # now to translate
    path.write_text(body, encoding="utf-8")
    import_po(root, tmp_path, {"cta_join": FRENCH})
    after = path.read_text(encoding="utf-8")
    assert "strings:\n  # d'abord\n" + line + "  day:\n" in after
    keys = list(yaml.safe_load(after)["strings"])
    assert keys[:2] == ["event_by", "day"]
    badge = after.index("  badge:\n")
    assert after.index("  # hashtags: to translate\n") > badge  # after its source's neighbour
    assert after.index("  # hashtags: to translate\n") < after.index("  emblem_alt:\n")


def test_a_change_of_the_english_marks_every_shipped_translation_outdated(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The shipped strings files recorded no `source:`, so a change of the English was never
    noticed: `check --strict` passed and every export called the old texts translated. They
    record the English they were translated from now: a changed English text is outdated
    in each of them, and the export marks it."""
    root = kit_copy()
    english(root, NEW)
    code, out = cli("check", "--kit", root, "--only", "flyer-a5", "--strict")
    assert code == 1
    outdated = {
        line.split("[strings.outdated]: [", 1)[1].split("]", 1)[0]
        for line in out.splitlines()
        if "error[strings.outdated]" in line
    }
    kit_languages = yaml.safe_load((root / "materials/campaign.yaml").read_bytes())["languages"]
    assert outdated == set(kit_languages) - {"en"}
    po = tmp_path / "ar.po"
    export(root, po, "ar")
    entry = next(e for e in polib.pofile(str(po)) if e.msgctxt == "cta_join")
    assert (entry.msgid, entry.previous_msgid, entry.flags) == (NEW, OLD, ["fuzzy"])
