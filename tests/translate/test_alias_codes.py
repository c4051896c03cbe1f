"""Another code of a language (`model.language.other_code`: iw is he, sh sr-Latn, arb ar)
in a translator's file and in `strings export`: the answer every command gives ("'iw' is
another code of 'he' (Hebrew): write 'he'"), at the place the file says it, with the --lang
that imports it; `--lang he` for a file that says `iw` is the same language, no conflict."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from ..kits import cli
from .test_formats import export

HEBREW = (
    "error[ref.language]: unknown language 'iw'\n"
    "  hint: 'iw' is another code of 'he' (Hebrew): write 'he'\n"
    "  hint: import it with --lang he\n"
    "1 error(s)\n"
)


def place(path: Path, pattern: str) -> str:
    """`line:column` of the first match of `pattern`'s group 1 in the file (1-based)."""
    text = path.read_text(encoding="utf-8")
    found = re.search(pattern, text)
    assert found, pattern
    line = text.count("\n", 0, found.start(1)) + 1
    return f"{line}:{found.start(1) - text.rfind(chr(10), 0, found.start(1))}"


def as_iw(path: Path, digests: bool = True) -> None:
    """The exported Hebrew file saying `iw` (Java's tools wrote it so), with or without the
    digests of what was exported for he (a file made by another tool has none)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".po":
        text = text.replace('"Language: he\\n"', '"Language: iw\\n"')
        if not digests:
            text = re.sub(r"#\. exported text: [^\n]*\n", "", text)
        path.write_text(text, encoding="utf-8")
        return
    root = etree.fromstring(path.read_bytes())
    root.set("trgLang", "iw")
    if not digests:
        for note in root.iter("{*}note"):
            if note.get("category") == "exported-text":
                note.getparent().remove(note)
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


@pytest.mark.parametrize(
    ("ending", "where"),
    [("po", r'"Language: (iw)\\n"'), ("xlf", r'<xliff [^>]*trgLang="(iw)"')],
)
def test_a_file_saying_another_code_is_refused_where_it_says_it(
    hebrew_kit: Path, tmp_path: Path, ending: str, where: str
) -> None:
    """It was "unknown language 'iw'" with no place: a translator looked for 'iw' in the
    kit, not in their file's header. Nothing is written; `--lang he` imports it."""
    path = tmp_path / f"he.{ending}"
    export(hebrew_kit, path, "he")
    as_iw(path)
    before = (hebrew_kit / "materials/strings/he.yaml").read_bytes()
    status, out = cli("strings", "import", path, "--kit", hebrew_kit)
    assert (status, out) == (1, f"{path}:{place(path, where)}: {HEBREW}")
    assert (hebrew_kit / "materials/strings/he.yaml").read_bytes() == before
    status, out = cli("strings", "import", path, "--kit", hebrew_kit, "--lang", "he")
    assert status == 0, out


def test_a_csv_named_by_another_code_is_refused_at_its_start(
    hebrew_kit: Path, tmp_path: Path
) -> None:
    path = tmp_path / "iw.csv"
    export(hebrew_kit, path, "he")
    status, out = cli("strings", "import", path, "--kit", hebrew_kit)
    assert (status, out) == (1, f"{path}:1:1: {HEBREW}")


@pytest.mark.parametrize("ending", ["po", "xlf"])
def test_lang_given_as_the_code_the_file_says_another_of_is_no_conflict(
    hebrew_kit: Path, tmp_path: Path, ending: str
) -> None:
    """A file without the export's digests (made by another tool) that says `iw`, imported
    with --lang he as the refusal says: it was "is for 'iw' (its own language), not 'he'
    (--lang)", and told to import it as iw, which is refused. Another language is still
    one, and told the code to write."""
    path = tmp_path / f"iw.{ending}"
    export(hebrew_kit, path, "he")
    as_iw(path, digests=False)
    status, out = cli("strings", "import", path, "--kit", hebrew_kit, "--lang", "he")
    assert status == 0, out
    status, out = cli("strings", "import", path, "--kit", hebrew_kit, "--lang", "ar")
    at = {"po": "8:12", "xlf": "2:90"}[ending]  # its `Language:` line, its trgLang's value
    assert (status, out) == (
        1,
        f"{path}:{at}: error[translate.read]: iw.{ending} is for 'iw' (its own language), not "
        "'ar' (--lang)\n"
        "  hint: import it with --lang he, or check that it is the right file\n"
        "1 error(s)\n",
    )


def test_export_gives_another_code_the_answer_first(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """`sh` (Serbo-Croatian, which CLDR writes sr-Latn) was "'sh' is not a language code";
    the other codes were refused only once the export had begun."""
    kit = kit_copy()
    out_po = tmp_path / "sh.po"
    status, out = cli("strings", "export", "--lang", "sh", "-o", out_po, "--kit", kit)
    assert (status, out) == (
        1,
        "error[ref.language]: unknown language 'sh'\n"
        "  hint: 'sh' is another code of 'sr-Latn' (Serbian (Latin)), which the kit does not "
        "have: write 'sr-Latn'\n"
        f"  hint: to add it: python generate.py new language sr-Latn --kit {kit}\n"
        "1 error(s)\n",
    )
    assert not out_po.exists()


def test_a_file_named_by_another_code_of_its_own_language_is_no_conflict(
    hebrew_kit: Path, tmp_path: Path
) -> None:
    """iw.po that says `Language: he` is the Hebrew it says: its name was taken for another
    language ("iw.po says it is for 'he' (Hebrew), but its name says 'iw' (Hebrew
    (Israel))")."""
    path = tmp_path / "iw.po"
    export(hebrew_kit, path, "he")
    status, out = cli("strings", "import", path, "--kit", hebrew_kit)
    assert status == 0, out
    assert "he.yaml left as it was" in out, out


def test_the_place_on_line_one_counts_no_byte_order_mark(hebrew_kit: Path, tmp_path: Path) -> None:
    """An XLIFF whose root is on its first line (no XML declaration), saved with two byte
    order marks: its trgLang was told one column further per mark (a review), where
    textfile.byte_place counts none."""
    path = tmp_path / "he.xlf"
    export(hebrew_kit, path, "he")
    as_iw(path)
    root = etree.fromstring(path.read_bytes())
    body = etree.tostring(root, encoding="unicode")
    path.write_bytes(b"\xef\xbb\xbf" * 2 + body.encode("utf-8"))
    found = re.search(r'<xliff [^>]*trgLang="(iw)"', body)
    assert found is not None
    assert "\n" not in body[: found.start(1)]
    status, out = cli("strings", "import", path, "--kit", hebrew_kit)
    assert (status, out) == (1, f"{path}:1:{found.start(1) + 1}: {HEBREW}")
