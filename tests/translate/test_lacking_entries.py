"""An entry a translator deleted from the file `strings export` wrote (a PO entry, an XLIFF
`<unit>`, a table's row) is named by `strings import`, as a warning at the place it was:
its text in the strings file is kept as it was. The import said "0 text(s) changed, 1
unchanged" and nothing of the missing key (a translator's trial: `cta_join` deleted from
hi.po, a `<unit>` from bn.xlf)."""

from __future__ import annotations

import re
from pathlib import Path

import polib
from openpyxl import load_workbook

from ..kits import cli, mini_copy

HINT = (
    "  hint: to change it, put its entry back (from a new export: `python generate.py strings "
    "export --lang ar "
    "--kit {kit}`) and import that; left out, the text stays as it is\n"
)


def exported(tmp_path: Path, name: str, edits: dict[str, tuple[str, str]] | None = None):
    """The mini kit (en, ar; `edits` to its materials) and ar exported as `name`."""
    kit = mini_copy(tmp_path / "kit", edits)
    path = tmp_path / name
    status, out = cli("strings", "export", "--lang", "ar", "--kit", kit, "-o", path)
    assert status == 0, out
    return kit, path


def line_of(path: Path, text: str) -> int:
    """The 1-based line of `path` that first holds `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


def test_a_po_entry_deleted_is_named_where_it_was(tmp_path: Path) -> None:
    kit, path = exported(tmp_path, "ar.po")
    po = polib.pofile(str(path))
    po.remove(next(e for e in po if e.msgctxt == "word"))
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    ar = kit / "materials/strings/ar.yaml"
    at = line_of(path, 'msgctxt "emblem_alt"')
    assert out.startswith(
        f"{ar} left as it was: 0 text(s) changed, 1 unchanged, 0 left empty in ar.po\n"
        f"{path}:{at}:1: warning[translate.lacking]: 'word': ar.po has no entry for it (it "
        "was before the entry of 'emblem_alt'): its text in ar.yaml is kept as it was\n"
        + HINT.format(kit=kit)
        + "1 warning(s)\n"
    ), out
    assert "word: قلب\n" in ar.read_text(encoding="utf-8")


def test_the_last_xliff_unit_deleted_is_named_after_the_one_before(tmp_path: Path) -> None:
    kit, path = exported(tmp_path, "ar.xlf")
    text = path.read_text(encoding="utf-8")
    cut = re.sub(r'\s*<unit id="emblem_alt">.*?</unit>', "", text, count=1, flags=re.S)
    assert cut != text
    path.write_text(cut, encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    at = line_of(path, '<unit id="word"')
    assert (
        f"{path}:{at}:1: warning[translate.lacking]: 'emblem_alt': ar.xlf has no entry for "
        "it (it was after the unit of 'word'): its text in ar.yaml is kept as it was\n"
        # the export in the file's own format: a new PO file is no use to an XLIFF tool
        + HINT.format(kit=kit).replace("--lang ar ", "--lang ar --format xliff ")
    ) in out, out


def test_a_short_variant_deleted_alone_or_with_its_text(tmp_path: Path) -> None:
    """A key whose short entry alone is gone is named as '(short)'; one whose both entries
    are gone, once, for both."""
    kit, path = exported(
        tmp_path,
        "ar.po",
        {
            "strings/en.yaml": ("  word: Heart\n  emblem_alt: Blue heart", SHORTS_EN),
            "strings/ar.yaml": ("  word: قلب\n  emblem_alt: قلب أزرق", SHORTS_AR),
        },
    )
    po = polib.pofile(str(path))
    for context in ("word|short", "emblem_alt", "emblem_alt|short"):
        po.remove(next(e for e in po if e.msgctxt == context))
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    at = line_of(path, 'msgctxt "word"')
    assert (
        f"{path}:{at}:1: warning[translate.lacking]: 'word' (short): ar.po has no entry for "
        "it (it was after the entry of 'word'): its short variant in ar.yaml is kept as it "
        "was\n" + HINT.format(kit=kit) + f"{path}:{at}:1: warning[translate.lacking]: "
        "'emblem_alt': ar.po has no entry for it nor for its short variant (it was after the "
        "entry of 'word'): its text and short variant in ar.yaml are kept as they were\n"
        + HINT.format(kit=kit)
        + "2 warning(s)\n"
    ) in out, out


SHORTS_EN = "  word:\n    text: Heart\n    short: Hrt\n  emblem_alt:\n    text: Blue heart\n    short: Heart"
SHORTS_AR = (
    "  word:\n    text: قلب\n    short: ق\n  emblem_alt:\n    text: قلب أزرق\n    short: قلب"
)


def test_a_workbook_row_deleted_is_named_at_the_row_after(tmp_path: Path) -> None:
    kit, path = exported(tmp_path, "ar.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.cell(2, 1).value == "word", sheet.cell(2, 1).value
    sheet.delete_rows(2)
    book.save(path)
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert (
        f"{path}:2:1: warning[translate.lacking]: 'word': ar.xlsx has no entry for it (it "
        "was before the row of 'emblem_alt'): its text in ar.yaml is kept as it was\n"
    ) in out, out


def test_no_warning_for_a_key_the_strings_file_lacks_or_a_file_made_by_hand(
    tmp_path: Path,
) -> None:
    """A key without a text in the strings file keeps nothing (`strings.missing` says it is
    not translated); a file without an export's digests was not made by an export."""
    kit, path = exported(tmp_path, "ar.po", {"strings/ar.yaml": ("  word: قلب\n", "")})
    po = polib.pofile(str(path))
    po.remove(next(e for e in po if e.msgctxt == "word"))
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 0, out
    assert "translate.lacking" not in out, out

    kit2 = mini_copy(tmp_path / "kit2")
    hand = tmp_path / "hand.po"
    hand.write_text(
        'msgid ""\nmsgstr ""\n"Language: ar\\n"\n\nmsgctxt "word"\nmsgid "Heart"\nmsgstr "قلبي"\n',
        encoding="utf-8",
    )
    status, out = cli("strings", "import", hand, "--kit", kit2)
    assert status == 0, out
    assert "changed: word" in out, out
    assert "translate.lacking" not in out, out
