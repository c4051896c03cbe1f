"""PO, XLIFF 2.0 and CSV round trips in a non-Latin (zh) and a right-to-left (ar) language:
an untouched file changes nothing (byte for byte), an edited text comes back, and each
format carries the source, status, notes and room as documented."""

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

NS = "{urn:oasis:names:tc:xliff:document:2.0}"
ENDING = {"po": "po", "xliff": "xlf", "csv": "csv", "xlsx": "xlsx"}
EDITED = {"ar": "انضموا إلى حملة القلب الأزرق اليوم.", "zh": "今天就加入蓝心运动。"}


def export(root: Path, out: Path, code: str, *args: str) -> bytes:
    status, text = cli("strings", "export", "--lang", code, "--kit", root, "-o", out, *args)
    assert status == 0, text
    return out.read_bytes()


def without_export_id(data: bytes) -> bytes:
    """An export without its id (each export has its own: entries.new_export_id) and its
    time (a PO file's PO-Revision-Date, to the minute: two exports a second apart straddled
    one now and then); a workbook's cells (its ZIP holds the time it was written)."""
    data = cells_of(data) if data.startswith(b"PK") else data
    data = re.sub(rb"(:[0-9a-f]{12}):[0-9a-f]{8}", rb"\1", data)
    return re.sub(rb'"PO-Revision-Date: [^"]*"\n', b"", data)


def cells_of(data: bytes) -> bytes:
    """A workbook's first sheet as text: its rows' cells, tab-separated, a row a line."""
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    return "\n".join("\t".join(str(v or "") for v in row) for row in rows).encode()


def edit_xlsx(path: Path, key: str, column: str, text: str) -> None:
    """Change one cell as Excel would: the workbook opened, edited and saved whole."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    at = [c.value for c in sheet[1]].index(column)
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == key)
    row[at].value = text
    book.save(path)


def edit(path: Path, fmt: str, key: str, text: str) -> None:
    """Change one translation as the format's own tools would."""
    if fmt == "po":
        po = polib.pofile(str(path))
        next(e for e in po if e.msgctxt == key).msgstr = text
        po.save(str(path))
    elif fmt == "xliff":
        tree = etree.parse(str(path))
        unit = tree.find(f".//{NS}unit[@id='{key}']")
        unit.find(f"{NS}segment/{NS}target").text = text
        # confirmed, as a CAT tool marks a segment the translator finished: one left
        # `initial` (an outdated text's state as exported) is held back, not imported
        if unit.find(f"{NS}segment").get("state") == "initial":
            unit.find(f"{NS}segment").set("state", "translated")
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    elif fmt == "xlsx":
        edit_xlsx(path, key, "translation", text)
    else:
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
        next(r for r in rows if r[0] == key)[2] = text
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        path.write_bytes(out.getvalue().encode("utf-8-sig"))


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv", "xlsx"])
@pytest.mark.parametrize("code", ["zh", "ar"])
def test_round_trip(kit_copy: Callable[..., Path], tmp_path: Path, fmt: str, code: str) -> None:
    root = kit_copy()
    strings = root / f"materials/strings/{code}.yaml"
    before = strings.read_bytes()
    path = tmp_path / f"{code}.{ENDING[fmt]}"
    first = export(root, path, code)
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "0 text(s) changed" in out
    assert strings.read_bytes() == before  # untouched: not rewritten at all
    again = export(root, tmp_path / f"again.{ENDING[fmt]}", code, "--format", fmt)
    assert without_export_id(again) == without_export_id(first)  # each export has its own
    assert again != first

    edit(path, fmt, "cta_join", EDITED[code])
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "1 text(s) changed" in out
    assert "changed: cta_join" in out
    old = yaml.safe_load(before)["strings"]
    new = yaml.safe_load(strings.read_bytes())["strings"]
    source = yaml.safe_load((root / "materials/strings/en.yaml").read_bytes())["strings"]
    english = (
        source["cta_join"]["text"] if isinstance(source["cta_join"], dict) else source["cta_join"]
    )
    assert new["cta_join"] == {"text": EDITED[code], "source": english}  # what it translates
    # the other strings as they were written, byte for byte (a plain text stays plain)
    assert {k: v for k, v in new.items() if k != "cta_join"} == {
        k: v for k, v in old.items() if k != "cta_join"
    }
    kept = [line for line in before.decode().splitlines() if "cta_join" not in line]
    after = strings.read_bytes().decode().splitlines()
    assert len(set(kept) - set(after)) <= 2  # the old cta_join's text (and short) lines
    third = export(root, tmp_path / f"third.{ENDING[fmt]}", code)
    assert EDITED[code].encode() in (cells_of(third) if fmt == "xlsx" else third)


def test_xliff_is_xliff_2(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    root = kit_copy()
    doc = etree.fromstring(export(root, tmp_path / "ar.xlf", "ar"))
    assert doc.tag == f"{NS}xliff"
    assert (doc.get("version"), doc.get("srcLang"), doc.get("trgLang")) == ("2.0", "en", "ar")
    units = {u.get("id"): u for u in doc.iter(f"{NS}unit")}
    day, short = units["day"], units["day.short"]
    assert short.get("type") == "campaign:short"
    assert day.find(f"{NS}segment/{NS}source").text == (
        "World Day Against Trafficking in Persons · 30 July"
    )
    assert day.find(f"{NS}segment").get("state") == "translated"
    notes = {n.get("category"): n.text for n in day.iter(f"{NS}note")}
    assert notes["description"].startswith("Name of the UN day")
    assert notes["status"] == "translated"
    rooms = [n.text for n in day.iter(f"{NS}note") if n.get("category") == "room"]
    assert any(r.startswith("room: poster-a3 slot 'day', ") for r in rooms)
    assert "cta_join.short" not in units  # no short variant in the source: no unit


def test_csv_opens_in_spreadsheets(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    root = kit_copy()
    data = export(root, tmp_path / "zh.csv", "zh")
    assert data.startswith(b"\xef\xbb\xbfkey,source,translation,short source,short translation,")
    assert data.split(b"\r\n")[0].endswith(b"status,note,room,exported")
    # a spreadsheet set to French or German saves semicolons: read back all the same
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    next(r for r in rows if r[0] == "badge")[2] = "终结人口贩运！"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    semi = tmp_path / "zh-semicolons.csv"
    semi.write_text(out.getvalue(), encoding="utf-8")  # and without the byte order mark
    status, text = cli("strings", "import", semi, "--lang", "zh", "--kit", root)
    assert status == 0, text
    assert "changed: badge" in text
    assert "1 text(s) changed" in text


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")],
)
def test_excel_unicode_text_is_read(
    kit_copy: Callable[..., Path], tmp_path: Path, encoding: str, mark: bytes
) -> None:
    """Excel's "Unicode Text" (and LibreOffice's "Unicode" character set) saves a sheet as
    UTF-16 with tabs between cells: it was refused as "not UTF-8 text (byte 1)"."""
    root = kit_copy()
    data = export(root, tmp_path / "zh.csv", "zh")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    next(r for r in rows if r[0] == "badge")[2] = "终结人口贩运！"
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path = tmp_path / "zh-unicode.txt.csv"
    path.write_bytes(mark + out.getvalue().encode(encoding))
    status, text = cli("strings", "import", path, "--lang", "zh", "--kit", root)
    assert status == 0, text
    assert "changed: badge" in text
    assert "1 text(s) changed" in text
    assert "终结人口贩运！" in (root / "materials/strings/zh.yaml").read_text(encoding="utf-8")


def test_a_cell_s_spaces_and_windows_line_ends_are_not_the_translation(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Spaces around a cell's text and a CR LF inside it were imported as typed (the CR
    printed as a box and overflowed); they are trimmed, and a line end is LF."""
    root = kit_copy()
    data = export(root, tmp_path / "zh.csv", "zh")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    next(r for r in rows if r[0] == "badge")[2] = "  终结人口贩运  "
    next(r for r in rows if r[0] == "contact_title")[2] = "联系\r\n我们"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "zh-cells.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    status, text = cli("strings", "import", path, "--lang", "zh", "--kit", root)
    from campaign.kit import load_kit

    strings = load_kit(root).languages["zh"].strings
    assert strings["badge"].text == "终结人口贩运"
    assert strings["contact_title"].text == "联系\n我们"


def test_status_is_marked(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """Missing and copied-from-the-source texts are to translate; hashtags kept as they are
    are not (they have no words to translate)."""
    root = kit_copy()
    fr = root / "materials/strings/fr.yaml"
    text = fr.read_text(encoding="utf-8")
    # the English copied in by hand (no `source:`: no translator confirmed it)
    text = text.replace(
        "text: Ce que vous pouvez faire\n    source: What you can do\n", "text: What you can do\n"
    )
    join = "  cta_join:\n    text: Rejoignez la campagne Cœur bleu.\n    source: Join the Blue Heart Campaign.\n"
    assert join in text
    fr.write_text(text.replace(join, ""))
    po = polib.pofile(export(root, tmp_path / "fr.po", "fr").decode())
    by = {e.msgctxt: e for e in po}
    assert "status: to translate" in by["cta_join"].comment
    assert by["cta_join"].msgstr == ""
    assert "status: to translate" in by["cta_title"].comment
    assert by["cta_title"].flags == ["fuzzy"]  # a copy of the source: PO editors flag it
    assert "status: translated" in by["hashtags"].comment
    assert by["hashtags"].flags == []
    doc = etree.fromstring(export(root, tmp_path / "fr.xlf", "fr"))
    states = {u.get("id"): u.find(f"{NS}segment").get("state") for u in doc.iter(f"{NS}unit")}
    assert (states["cta_join"], states["cta_title"], states["theme"]) == (
        "initial",
        "initial",
        "translated",
    )
    rows = list(
        csv.DictReader(io.StringIO(export(root, tmp_path / "fr.csv", "fr").decode("utf-8-sig")))
    )
    status = {r["key"]: r["status"] for r in rows}
    assert (status["cta_join"], status["theme"]) == ("to translate", "translated")
    en = polib.pofile(export(root, tmp_path / "en.po", "en").decode())
    assert all("status: reviewed" in e.comment for e in en if "|" not in e.msgctxt)


def test_an_empty_cell_keeps_the_translation(kit_copy: Callable[..., Path], tmp_path: Path) -> None:
    """An exported table has empty cells for what was untranslated when it was exported: its
    import must not undo a translation made since (README, "Import")."""
    root = kit_copy()
    before = (root / "materials/strings/fr.yaml").read_bytes()
    data = export(root, tmp_path / "fr.csv", "fr")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    badge = next(r for r in rows if r[0] == "badge")
    assert badge[2]  # French has it
    badge[2] = ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "fr-cleared.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    status, text = cli("strings", "import", path, "--lang", "fr", "--kit", root)
    assert status == 0, text
    assert "1 left empty in fr-cleared.csv" in text
    assert (root / "materials/strings/fr.yaml").read_bytes() == before


def test_an_xliff_target_wrapped_by_a_formatter_is_one_line(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An XML formatter wraps a long <target> and indents the rest; without
    xml:space="preserve" XLIFF lets white space be normalised, and a text whose source is
    one line is one line (it printed "Rejoignez la" and an indented "campagne..." below). A
    target marked preserve is taken as it is."""
    root = kit_copy()
    path = tmp_path / "fr.xlf"
    export(root, path, "fr")
    text = path.read_text(encoding="utf-8")
    old = "<target>Rejoignez la campagne Cœur bleu.</target>"
    assert old in text
    wrapped = "<target>Rejoignez la\n          campagne   Cœur bleu (final).\n        </target>"
    path.write_text(text.replace(old, wrapped), encoding="utf-8")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]
    assert strings["cta_join"]["text"] == "Rejoignez la campagne   Cœur bleu (final)."
    export(root, path, "fr")  # from the strings file as it is now
    text = path.read_text(encoding="utf-8")
    old = "<target>Rejoignez la campagne   Cœur bleu (final).</target>"
    assert old in text
    kept = wrapped.replace("<target>", '<target xml:space="preserve">')
    path.write_text(text.replace(old, kept.replace("(final)", "(gardé)")), encoding="utf-8")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_bytes())["strings"]
    assert strings["cta_join"]["text"] == "Rejoignez la\n          campagne   Cœur bleu (gardé)."


def test_a_wrapped_chinese_xliff_target_is_joined_without_a_space(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A line break between two Chinese characters is nothing (CSS Text 3, segment breaks):
    a wrapped Chinese theme was stored with a space in it, a visible gap in the headline."""
    root = kit_copy()
    path = tmp_path / "zh.xlf"
    export(root, path, "zh")
    unit = etree.parse(str(path)).find(f".//{NS}unit[@id='theme']")
    now = unit.find(f"{NS}segment/{NS}target").text
    assert now is not None
    assert len(now) > 6
    text = path.read_text(encoding="utf-8")
    old = f"<target>{now}</target>"
    assert old in text
    changed = now[:6] + "，" + now[6:]  # a change, so the import writes it
    wrapped = f"<target>{changed[:7]}\n          {changed[7:]}</target>"
    path.write_text(text.replace(old, wrapped), encoding="utf-8")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    strings = yaml.safe_load((root / "materials/strings/zh.yaml").read_bytes())["strings"]
    assert strings["theme"]["text"] == changed


def test_a_wrapped_korean_target_keeps_its_space() -> None:
    """Korean separates its words with spaces: a line break between two Hangul syllables is
    a space (CSS Text 3 leaves Hangul out of the joining the Chinese test relies on)."""
    from campaign.translate.xliff import _unwrapped

    assert _unwrapped("푸른 하트 캠페인에\n      함께하세요") == "푸른 하트 캠페인에 함께하세요"
    assert _unwrapped("在打击\n  贩运") == "在打击贩运"


def test_an_unindented_line_break_is_the_translator_s() -> None:
    """Without `xml:space="preserve"`, a line break whose next line starts at the margin is
    kept (empty lines too; the spaces before it, which do not show, dropped); one followed by
    indentation, or at the text's ends, is a formatter's: a space, or nothing."""
    from campaign.translate.xliff import _unwrapped

    assert _unwrapped("Oser parler. \n\nSoutenir.") == "Oser parler.\n\nSoutenir."
    assert _unwrapped("在打击\n贩运") == "在打击\n贩运"
    assert _unwrapped("\nOser parler.\n  Soutenir.\n") == "Oser parler. Soutenir."
    assert _unwrapped("Oser parler.\n\n  Soutenir.") == "Oser parler. Soutenir."


def test_an_xliff_text_with_line_breaks_is_marked_preserve(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A text of two paragraphs is exported with xml:space="preserve" (a tool must keep its
    line break), and read back as it is."""
    root = kit_copy()
    strings = root / "materials/strings/fr.yaml"
    body = strings.read_text(encoding="utf-8")
    old = "  back_title:\n    text: Repérer les signes. Oser parler. Soutenir.\n"
    assert old in body
    new = "  back_title:\n    text: |-\n      Repérer les signes.\n\n      Oser parler. Soutenir.\n"
    strings.write_text(body.replace(old, new), encoding="utf-8")
    before = strings.read_bytes()
    path = tmp_path / "fr.xlf"
    export(root, path, "fr")
    unit = etree.parse(str(path)).find(f".//{NS}unit[@id='back_title']")
    target = unit.find(f"{NS}segment/{NS}target")
    assert target.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert target.text == "Repérer les signes.\n\nOser parler. Soutenir."
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert strings.read_bytes() == before


# a text of two paragraphs, and what a translator makes of it: three lines, one empty
TWO_PARAGRAPHS = (
    "  back_title:\n    text: |-\n      Repérer les signes.\n\n      Oser parler. Soutenir.\n"
)
ONE_LINE = "  back_title:\n    text: Repérer les signes. Oser parler. Soutenir.\n"
THREE_LINES = "Repérer les signes.\nOser parler.\n\nSoutenir !"


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv", "xlsx"])
def test_a_multi_line_text_round_trips_in_every_format(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """A text with line breaks comes back with them in every format, as PO, CSV and XLSX
    always brought it: exported and imported untouched, the strings file is unchanged, and
    a translation of three lines (one empty) is stored as it is typed, the spaces at its
    ends aside (`entries.tidy`, in every format alike)."""
    root = kit_copy()
    strings = root / "materials/strings/fr.yaml"
    body = strings.read_text(encoding="utf-8")
    assert ONE_LINE in body
    strings.write_text(body.replace(ONE_LINE, TWO_PARAGRAPHS), encoding="utf-8")
    before = strings.read_bytes()
    path = tmp_path / f"fr.{ENDING[fmt]}"
    export(root, path, "fr")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert strings.read_bytes() == before
    edit(path, fmt, "back_title", f"  {THREE_LINES}  ")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "changed: back_title" in out
    text = yaml.safe_load(strings.read_bytes())["strings"]["back_title"]["text"]
    assert text == THREE_LINES


def test_an_xliff_line_break_a_cat_tool_writes_is_kept(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A CAT tool writes a translator's line break as the character itself, in a <target>
    of its own making (no `xml:space`): in a unit to translate whose source has a line break
    (the unit is exported `preserve`, and its target inherits it), and in a one-line unit
    (a break whose next line starts at the margin is no formatter's wrapping). Both were a
    space, where PO kept the break; a formatter's indented wrapping is still one line."""
    en = kit_copy() / "materials/strings/en.yaml"
    root = en.parents[2]
    old = "    text: Know the signs. Speak up. Support.\n"
    english = en.read_text(encoding="utf-8")
    assert old in english
    en.write_text(english.replace(old, "    text: |-\n      Know the signs.\n      Speak up.\n"))
    strings = root / "materials/strings/fr.yaml"
    body = strings.read_text(encoding="utf-8")
    block = ONE_LINE + "    short: Repérer les signes\n"
    block += "    source: Know the signs. Speak up. Support.\n    short_source: Know the signs\n"
    assert block in body
    strings.write_text(body.replace(block, ""), encoding="utf-8")  # to translate
    path = tmp_path / "fr.xlf"
    export(root, path, "fr")
    tree = etree.parse(str(path))
    unit = tree.find(f".//{NS}unit[@id='back_title']")
    assert unit.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    segment = unit.find(f"{NS}segment")
    assert segment.find(f"{NS}target") is None
    etree.SubElement(segment, f"{NS}target").text = "Repérer les signes.\nOser parler."
    segment.set("state", "translated")
    join = tree.find(f".//{NS}unit[@id='cta_join']")
    assert join.get("{http://www.w3.org/XML/1998/namespace}space") is None
    join.find(f"{NS}segment/{NS}target").text = "Rejoignez la campagne\nCœur bleu."
    badge = tree.find(f".//{NS}unit[@id='badge']/{NS}segment/{NS}target")
    badge.text = "Halte à la\n    traite"  # a formatter's wrapping: one line
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    new = yaml.safe_load(strings.read_bytes())["strings"]
    assert new["back_title"]["text"] == "Repérer les signes.\nOser parler."
    assert new["cta_join"]["text"] == "Rejoignez la campagne\nCœur bleu."
    assert new["badge"]["text"] == "Halte à la traite"


def test_an_xliff_file_a_formatter_reindented_changes_nothing(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A formatter that puts every <source> and <target> text on lines of its own, indented
    (and wraps them), changes no text: the import read the breaks and spaces as the
    translator's, changed every string, gave each a `source:` of spaces and line breaks, and
    a text changed in the strings file since was a conflict instead of kept."""
    root = kit_copy()
    strings = root / "materials/strings/fr.yaml"
    path = tmp_path / "fr.xlf"
    export(root, path, "fr")
    tree = etree.parse(str(path))
    for element in tree.iter(f"{NS}source", f"{NS}target"):
        words = (element.text or "").split(" ")
        half = len(words) // 2
        element.text = (
            "\n          "
            + " ".join(words[:half])
            + "\n          "
            + " ".join(words[half:])
            + "\n        "
        )
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    before = strings.read_bytes()
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "0 text(s) changed" in out
    assert strings.read_bytes() == before
    body = strings.read_text(encoding="utf-8")
    changed = body.replace("text: Rejoignez la campagne Cœur bleu.", "text: Rejoignez-nous.")
    strings.write_text(changed, encoding="utf-8")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "  kept: cta_join " in out


def _add_short(path: Path, fmt: str, key: str, text: str) -> None:
    """Give `key` a short variant the source lacks, as a translator following the overflow's
    hint does in each format."""
    if fmt == "po":
        po = polib.pofile(str(path))
        po.append(polib.POEntry(msgctxt=f"{key}|short", msgid="End human trafficking", msgstr=text))
        po.save(str(path))
    elif fmt == "xliff":
        tree = etree.parse(str(path))
        unit = tree.find(f".//{NS}unit[@id='{key}']")
        short = etree.fromstring(etree.tostring(unit))
        short.set("id", f"{key}.short")
        short.set("type", "campaign:short")
        short.remove(short.find(f"{NS}notes"))
        short.find(f"{NS}segment/{NS}target").text = text
        short.find(f"{NS}segment").set("state", "translated")
        unit.addnext(short)
        tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    elif fmt == "xlsx":
        edit_xlsx(path, key, "short translation", text)
    else:
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
        at = rows[0].index("short translation")
        next(r for r in rows if r[0] == key)[at] = text
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        path.write_bytes(out.getvalue().encode("utf-8-sig"))


@pytest.mark.parametrize("fmt", ["po", "xliff", "csv", "xlsx"])
def test_a_short_variant_the_source_lacks_round_trips(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str
) -> None:
    """A short variant added where the source has none (as the overflow's hint says) gave a
    false "does not say what was exported" warning, was recorded as made from the full
    English text (outdated for ever), and was left out of every later export, so the
    translator could not see it again."""
    root = kit_copy()
    path = tmp_path / f"fr.{ENDING[fmt]}"
    export(root, path, "fr")
    _add_short(path, fmt, "badge", "Halte à la traite")
    code, out = cli("strings", "import", path, "--kit", root)
    assert code == 0, out
    assert "changed: badge (short)" in out
    assert "translate.unchecked" not in out
    strings = yaml.safe_load((root / "materials/strings/fr.yaml").read_text(encoding="utf-8"))
    assert strings["strings"]["badge"]["short"] == "Halte à la traite"
    assert "short_source" not in strings["strings"]["badge"]
    code, out = cli("check", "--kit", root, "--lang", "fr", "--only", "badge-58")
    assert "strings.outdated" not in out
    again = tmp_path / f"again.{ENDING[fmt]}"
    export(root, again, "fr")
    shown = cells_of(again.read_bytes()) if fmt == "xlsx" else again.read_bytes()
    assert "Halte à la traite" in shown.decode("utf-8-sig")
    code, out = cli("strings", "import", again, "--kit", root, "--lang", "fr")
    assert code == 0, out
    assert "0 text(s) changed" in out  # the round trip changes nothing


def test_an_import_into_a_utf16_strings_file_writes_it_as_utf8(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """Every command reads a strings file saved as UTF-16 with its byte order mark (YAML 1.2,
    5.2); `strings import`, which rewrites the file, stopped on an internal error
    (UnicodeDecodeError). It reads it so too, and writes it back as UTF-8."""
    root = kit_copy()
    strings = root / "materials/strings/ar.yaml"
    text = strings.read_text(encoding="utf-8")
    strings.write_bytes(text.encode("utf-16"))
    path = tmp_path / "ar.po"
    export(root, path, "ar")
    edit(path, "po", "cta_join", EDITED["ar"])
    status, out = cli("strings", "import", path, "--kit", root)
    assert status == 0, out
    assert "1 text(s) changed" in out
    written = strings.read_bytes().decode("utf-8")  # UTF-8 now
    assert yaml.safe_load(written)["strings"]["cta_join"]["text"] == EDITED["ar"]


def test_a_csv_with_two_byte_order_marks_is_read(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """An editor that adds a byte order mark at each save left two (a translator's trial,
    he-2bom.csv): the second was read as part of the first column's name, and the file
    "has no column 'key' in its first row" though it was there; a quoted name (every cell
    quoted, as LibreOffice may save) was `\ufeff"key"`. So too in a workbook made of such a
    CSV (the mark in cell A1)."""
    from openpyxl import Workbook

    root = kit_copy()
    path = tmp_path / "zh.csv"
    data = export(root, path, "zh")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    next(r for r in rows if r[0] == "badge")[2] = "终结人口贩运！"
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    status, text = cli("strings", "import", path, "--kit", root)
    assert status == 0, text
    assert "changed: badge" in text
    book = Workbook()
    sheet = book.active
    sheet.append(["\ufeffkey", "translation"])
    sheet.append(["cta_title", "立即行动"])
    workbook = tmp_path / "zh.xlsx"
    book.save(workbook)
    status, text = cli("strings", "import", workbook, "--kit", root)
    assert status == 0, text
    assert "changed: cta_title" in text


def test_a_po_file_with_two_byte_order_marks_is_read(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """polib skips one byte order mark and stopped at a second ("is not a PO file: Syntax
    error in po file (line 1)"): a PO file saved twice by an editor that adds one at each
    save is read as a CSV or an XLIFF file is (textfile.one_mark)."""
    root = kit_copy()
    path = tmp_path / "zh.po"
    export(root, path, "zh")
    edit(path, "po", "badge", "终结人口贩运！")
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + path.read_bytes())
    status, text = cli("strings", "import", path, "--kit", root)
    assert status == 0, text
    assert "changed: badge" in text
    strings = yaml.safe_load((root / "materials/strings/zh.yaml").read_bytes())["strings"]
    assert strings["badge"]["text"] == "终结人口贩运！"
