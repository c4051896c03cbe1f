"""A regional language's tools say what it prints: its parent's text (pt.yaml's for pt-BR,
`Kit.printed`), not English. A translator's trial: `new language pt-BR` said nothing of
pt.yaml, `strings import` said "it shows the source's text" and "no short variant", and the
proof sheet labelled pt.yaml's Portuguese "FALLBACK: PRINTS IN ENGLISH"."""

from __future__ import annotations

from pathlib import Path

import polib
import pypdfium2 as pdfium
import pytest

from campaign.fonts import load_fontbook
from campaign.kit import load_kit
from campaign.translate.room import average_em

from ..kits import cli, mini_copy

# the source's `word` with a short variant, and pt.yaml with both texts, the short one too
EN_WORD = ("  word: Heart\n", "  word:\n    text: Heart\n    short: Hrt\n")
PT = (
    "language: pt\nname: Portuguese\nstatus: draft\nstrings:\n"
    "  word:\n    text: Coração de todos nós\n    short: Coração\n"
    "  emblem_alt: Coração azul\n"
)


def _kit(tmp_path: Path, pt: str = PT) -> Path:
    """The mini kit with a short `word` in English, pt.yaml (`pt`) and a new pt-BR."""
    kit = mini_copy(tmp_path / "kit", {"strings/en.yaml": EN_WORD})
    (kit / "materials/strings/pt.yaml").write_text(pt, encoding="utf-8")
    return kit


def _left_empty(kit: Path, tmp_path: Path, code: str, texts: dict[str, str]) -> list[str]:
    """The `left empty:` line of importing `code`'s export with `texts` (msgctxt: msgstr)
    filled in and the rest left empty."""
    path = tmp_path / f"{code}.po"
    status, out = cli("strings", "export", "--lang", code, "--kit", kit, "-o", path)
    assert status == 0, out
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = texts.get(entry.msgctxt or "", "")
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    return [line for line in out.split("\n") if line.startswith("  left empty: ")]


def test_new_language_of_a_regional_code_says_the_parents_texts_print(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    status, out = cli("new", "language", "pt-BR", "--kit", kit)
    assert status == 0, out
    path = kit / "materials/strings/pt-BR.yaml"
    lines = out.split("\n")
    assert lines[0] == f"wrote {path}: every string marked to translate"
    assert lines[1] == (
        "until a string is translated, pt-BR prints pt.yaml's text (Portuguese), and en.yaml's "
        f"where pt.yaml has none; `python generate.py strings export --lang pt-BR --kit {kit}` "
        "still marks every string `to translate`, with an empty translation beside the text "
        "that prints now (`prints now (pt.yaml): ...`): translate those that should read "
        "otherwise in pt-BR, and leave the others empty to keep pt.yaml's"
    )
    assert path.read_text(encoding="utf-8").split("\n")[1] == (
        "# Portuguese (Brazil) campaign strings, from en.yaml (pt.yaml's texts print until it "
        "has its own): a draft until a"
    )
    # a language without a parent in the kit: as before, nothing said of one
    status, out = cli("new", "language", "de", "--kit", kit)
    assert status == 0, out
    assert "prints" not in out
    header = (kit / "materials/strings/de.yaml").read_text(encoding="utf-8").split("\n")[1]
    assert header == "# German campaign strings, from en.yaml: a draft until a"


def test_import_names_the_parents_text_a_text_left_empty_shows(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    assert _left_empty(kit, tmp_path, "pt-BR", {"emblem_alt": "Coração azul do Brasil"}) == [
        "  left empty: 2 text(s): word (it shows pt's text (pt.yaml)); word (short) (it shows "
        "pt's short variant (pt.yaml))",
    ]
    # its own text in, the short one left empty: pt.yaml's short variant does not print
    # with pt-BR's text (a key is taken whole)
    assert _left_empty(kit, tmp_path, "pt-BR", {"word": "Coração"}) == [
        "  left empty: 2 text(s): word (short) (no short variant); emblem_alt (kept its current "
        "translation)",
    ]


def test_import_says_when_the_parents_text_has_no_short_variant(tmp_path: Path) -> None:
    kit = _kit(tmp_path, PT.replace("    short: Coração\n", ""))
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    assert _left_empty(kit, tmp_path, "pt-BR", {"emblem_alt": "Coração azul"}) == [
        "  left empty: 2 text(s): word (it shows pt's text (pt.yaml)); word (short) (no short "
        "variant (pt.yaml has none))",
    ]


def test_import_of_a_language_without_a_parent_names_the_sources_short_variant(
    tmp_path: Path,
) -> None:
    """The source's short variant prints where the language lacks the key: it said "no
    short variant"."""
    kit = _kit(tmp_path)
    assert cli("new", "language", "de", "--kit", kit)[0] == 0
    assert _left_empty(kit, tmp_path, "de", {"emblem_alt": "Blaues Herz"}) == [
        "  left empty: 2 text(s): word (it shows the source's text); word (short) (it shows "
        "the source's short variant)",
    ]


def test_proof_sheet_sets_and_labels_the_parents_text(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    out = tmp_path / "pt-BR.pdf"
    status, said = cli("strings", "proof", "--lang", "pt-BR", "--kit", kit, "-o", out)
    assert status == 0, said
    pdf = pdfium.PdfDocument(out)
    text = pdf[0].get_textpage().get_text_range().replace("\r\n", "\n")
    assert "2 strings: 2 to translate (2 printing pt.yaml's, 0 in the source language)" in text
    word = text[text.index("\nword ") : text.index("\nemblem_alt ")].split("\n")
    assert word[1:6] == [
        "word TO TRANSLATE FALLBACK: PRINTS pt.yaml's",
        "Coração de todos nós",
        "short variant:",
        "Coração",
        "English: Heart",
    ]
    # laid out as it prints: pt.yaml's text, on three lines at 9 pt where the English
    # ("Heart") took one at 12 pt
    assert word[7] == "text front/word: 9.0 pt (range 6-12), 3 line(s), 2.5 mm left"
    # a key pt.yaml lacks too prints the English, as before
    (kit / "materials/strings/pt.yaml").write_text(
        PT.replace("  emblem_alt: Coração azul\n", ""), encoding="utf-8"
    )
    status, said = cli("strings", "proof", "--lang", "pt-BR", "--kit", kit, "-o", out)
    assert status == 0, said
    text = pdfium.PdfDocument(out)[0].get_textpage().get_text_range().replace("\r\n", "\n")
    assert "2 to translate (1 printing pt.yaml's, 1 in the source language)" in text
    alt = text[text.index("\nemblem_alt ") :].split("\n")
    assert alt[1:3] == ["emblem_alt TO TRANSLATE FALLBACK: PRINTS IN ENGLISH", "Blue heart"]


def test_room_is_measured_on_the_parents_texts(tmp_path: Path) -> None:
    """pt-BR without texts of its own measures its room on pt.yaml's (they print), not on
    the English."""
    kit = _kit(tmp_path)
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    loaded = load_kit(kit)
    fonts = load_fontbook(kit / "fonts")
    pt, en = loaded.languages["pt"], loaded.languages["en"]
    assert average_em(loaded, fonts, loaded.languages["pt-BR"]) == average_em(loaded, fonts, pt)
    assert average_em(loaded, fonts, pt) != average_em(loaded, fonts, en)


def _rows(path: Path) -> dict[str, dict[str, str]]:
    """A table's rows (CSV or XLSX) by key, as {column: cell}."""
    if path.suffix == ".csv":
        import csv

        table = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(path).worksheets[0]
        table = [[c.value or "" for c in row] for row in sheet.iter_rows()]
    head = table[0]
    return {row[0]: dict(zip(head, row, strict=True)) for row in table[1:]}


def _prints_now(path: Path, fmt: str) -> dict[str, list[str] | str]:
    """What the export at `path` says prints now, by entry (`word`, `word|short`; a table's
    cell by key), and checks that it is never in the translation."""
    if fmt == "po":
        out: dict[str, list[str] | str] = {}
        for entry in polib.pofile(str(path)):
            assert entry.msgstr == ""
            lines = entry.comment.split("\n")
            shown = [line for line in lines if line.startswith("prints now")]
            if shown:  # just before the room lines, after the digests
                at = lines.index(shown[0])
                assert lines[at - 1].startswith("exported source: ")
                assert lines[at + len(shown)].startswith("room: ")
            out[entry.msgctxt] = shown
        return out
    if fmt == "xliff":
        from lxml import etree

        ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
        root = etree.parse(str(path)).getroot()
        out = {}
        for unit in root.iterfind(".//x:unit", ns):
            assert unit.find(".//x:target", ns) is None
            notes = unit.findall("x:notes/x:note[@category='prints-now']", ns)
            assert all(n.get("appliesTo") == "target" for n in notes)
            out[unit.get("id")] = [n.text for n in notes]
        return out
    rows = _rows(path)
    assert {row["translation"] + row["short translation"] for row in rows.values()} == {""}
    return {key: row["prints now"] for key, row in rows.items()}


@pytest.mark.parametrize(
    ("fmt", "name", "word", "short", "alt"),
    [
        (
            "po",
            "pt-BR.po",
            ["prints now (pt.yaml): Coração de todos nós"],
            ["prints now (pt.yaml): Coração"],
            ["prints now (pt.yaml): Coração azul"],
        ),
        (
            "xliff",
            "pt-BR.xlf",
            ["prints now (pt.yaml): Coração de todos nós"],
            ["prints now (pt.yaml): Coração"],
            ["prints now (pt.yaml): Coração azul"],
        ),
        (
            "csv",
            "pt-BR.csv",
            "pt.yaml: Coração de todos nós\nshort: Coração",
            None,
            "pt.yaml: Coração azul",
        ),
        (
            "xlsx",
            "pt-BR.xlsx",
            "pt.yaml: Coração de todos nós\nshort: Coração",
            None,
            "pt.yaml: Coração azul",
        ),
    ],
)
def test_export_shows_the_parents_text_beside_an_empty_translation(
    tmp_path: Path,
    fmt: str,
    name: str,
    word: list[str] | str,
    short: list[str] | None,
    alt: list[str] | str,
) -> None:
    """A translator of pt-BR saw empty translations and nothing of pt.yaml's texts, which
    print until pt-BR has its own: every format now shows them beside the empty translation,
    in its own place for a comment; an import of the export as it is changes nothing."""
    kit = _kit(tmp_path)
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    path = tmp_path / name
    status, out = cli("strings", "export", "--lang", "pt-BR", "--kit", kit, "-o", path)
    assert status == 0, out
    shown = _prints_now(path, fmt)
    if short is None:  # a table: one row, one cell, the short variant on its second line
        assert shown == {"word": word, "emblem_alt": alt}
    else:
        sep = "|" if fmt == "po" else "."
        assert shown == {"word": word, f"word{sep}short": short, "emblem_alt": alt}
    strings = kit / "materials/strings/pt-BR.yaml"
    before = strings.read_bytes()
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert out.split("\n")[0] == (
        f"{strings} left as it was: 0 text(s) changed, 0 unchanged, 3 left empty in {name}"
    )
    assert strings.read_bytes() == before
    # the text prints of pt-BR's own once it has one: nothing is said of pt.yaml's then
    strings.write_text(before.decode() + "  word:\n    text: Coração do Brasil\n", encoding="utf-8")
    status, out = cli("strings", "export", "--lang", "pt-BR", "--kit", kit, "-o", path)
    assert status == 0, out
    if fmt in ("csv", "xlsx"):
        assert _rows(path)["word"]["prints now"] == ""
        assert _rows(path)["emblem_alt"]["prints now"] == alt
    else:
        text = path.read_text(encoding="utf-8")
        assert "Coração de todos nós" not in text
        assert text.count("prints now (") == 1  # emblem_alt's


def test_export_says_the_parent_has_no_short_variant(tmp_path: Path) -> None:
    """pt.yaml's `word` without a short variant: its text prints wherever the key does, and
    the short entry says so; a parent's short variant of a key whose source has none (no
    short entry in the file) is named on the text's entry."""
    pt = PT.replace("    short: Coração\n", "").replace(
        "  emblem_alt: Coração azul\n", "  emblem_alt:\n    text: Coração azul\n    short: Azul\n"
    )
    kit = _kit(tmp_path, pt)
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    path = tmp_path / "pt-BR.po"
    assert cli("strings", "export", "--lang", "pt-BR", "--kit", kit, "-o", path)[0] == 0
    assert _prints_now(path, "po") == {
        "word": ["prints now (pt.yaml): Coração de todos nós"],
        "word|short": ["prints now: no short variant (pt.yaml has none)"],
        "emblem_alt": [
            "prints now (pt.yaml): Coração azul",
            "prints now (pt.yaml), its short variant: Azul",
        ],
    }
    table = tmp_path / "pt-BR.csv"
    assert cli("strings", "export", "--lang", "pt-BR", "--kit", kit, "-o", table)[0] == 0
    assert _prints_now(table, "csv") == {
        "word": "pt.yaml: Coração de todos nós\nshort: none",
        "emblem_alt": "pt.yaml: Coração azul\nshort: Azul",
    }


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("pt-BR.po", ["prints now: the source text (en.yaml; pt.yaml has none)"]),
        ("pt-BR.xlf", ["prints now: the source text (en.yaml; pt.yaml has none)"]),
        ("pt-BR.csv", "en.yaml: the source text (pt.yaml has none)"),
    ],
)
def test_export_says_the_source_prints_where_the_parent_lacks_the_key(
    tmp_path: Path, name: str, shown: list[str] | str
) -> None:
    """pt.yaml without `emblem_alt`: the English prints for pt-BR, which the entry's source
    text shows; the export names its file and says pt.yaml has none (a translator of pt-BR
    took every empty text for pt.yaml's)."""
    kit = _kit(tmp_path, PT.replace("  emblem_alt: Coração azul\n", ""))
    assert cli("new", "language", "pt-BR", "--kit", kit)[0] == 0
    path = tmp_path / name
    assert cli("strings", "export", "--lang", "pt-BR", "--kit", kit, "-o", path)[0] == 0
    fmt = {".po": "po", ".xlf": "xliff", ".csv": "csv"}[path.suffix]
    assert _prints_now(path, fmt)["emblem_alt"] == shown
    strings = kit / "materials/strings/pt-BR.yaml"
    before = strings.read_bytes()
    assert cli("strings", "import", path, "--kit", kit)[0] == 0
    assert strings.read_bytes() == before


@pytest.mark.parametrize("name", ["de.po", "de.xlf", "de.csv"])
def test_export_of_a_language_without_a_parent_names_no_other_file(
    tmp_path: Path, name: str
) -> None:
    """The source's text prints where de lacks a key: the export's source text is it."""
    kit = _kit(tmp_path)
    assert cli("new", "language", "de", "--kit", kit)[0] == 0
    path = tmp_path / name
    assert cli("strings", "export", "--lang", "de", "--kit", kit, "-o", path)[0] == 0
    text = path.read_text(encoding="utf-8-sig")
    assert "prints" not in text.replace("prints now,", "")  # the table's header alone
    if name.endswith(".csv"):
        assert {row["prints now"] for row in _rows(path).values()} == {""}
