"""A letter lost in a code page: Excel's plain "CSV" (Windows-1256) has no Persian ی, so a
Persian export saved so holds "ه?چ" for "هیچ"; converted to UTF-8 as the code-page error
told, it was imported ("37 text(s) changed") and fa.yaml printed "ه?چ کودک?" (a Middle East
office's trial). A translation with '?' between two letters, or U+FFFD, is refused at its
cell (`text.lost-letter`) and nothing is written; a '?' in an address or at a sentence's end
is the text's own. A merged event's cell is checked the same way."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

import polib
import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.textfile import lost_cause, lost_character

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
HINT = (
    'save the file again from the original as UTF-8 (Excel: "CSV UTF-8", or use the .xlsx), '
    'not converted from a copy saved as "CSV": the lost letters cannot be recovered from it'
)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("\u0647?\u0686 \u06a9\u0648\u062f\u06a9?", 1),  # ه?چ کودک?: between letters
        ("Qu?bec", 2),  # a Latin letter lost the same way
        ("a\ufffdb", 1),  # a decoder's REPLACEMENT CHARACTER, anywhere
        ("\ufffd", 0),
        ("What? Yes.", None),  # a question's end
        ("\u00bfQu\u00e9?", None),
        ("Really?!", None),
        ("Really??", None),  # two end a word: no letter lost
        ("??? ????? ??????.", 0),  # a Persian text saved in Windows-1252: every letter lost
        ("Join ???? today", 5),  # a word of '?' in a text of other letters
        ("See https://example.org/page?id=3 now", None),  # an address's query
        ("\u0686\u0637\u0648\u0631\u061f", None),  # Persian's own question mark
    ],
)
def test_the_first_lost_letter_of_a_text(text: str, at: int | None) -> None:
    assert lost_character(text) == at


def export_fa(kit: Path, tmp_path: Path) -> tuple[Path, list[dict[str, str]]]:
    path = tmp_path / "fa.csv"
    status, out = cli("strings", "export", "--lang", "fa", "--kit", kit, "-o", path)
    assert status == 0, out
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    return path, rows


def write(path: Path, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def test_a_persian_file_saved_in_windows_1256_is_refused_and_nothing_is_written(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy()
    path, rows = export_fa(kit, tmp_path)
    (badge,) = [r for r in rows if r["key"] == "badge"]
    badge["translation"] = "\u0647\u06cc\u0686 \u06a9\u0648\u062f\u06a9\u06cc"  # هیچ کودکی
    # as Excel's plain CSV saves it (no ی in Windows-1256), then converted back to UTF-8
    badge["translation"] = badge["translation"].encode("cp1256", errors="replace").decode("cp1256")
    assert badge["translation"] == "\u0647?\u0686 \u06a9\u0648\u062f\u06a9?"
    write(path, rows)
    strings = kit / "materials/strings/fa.yaml"
    before = strings.read_bytes()
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    line = next(i for i, r in enumerate(rows) if r["key"] == "badge") + 2  # after the header
    column = list(rows[0]).index("translation") + 1
    assert (
        f"{path}:{line}:{column}: error[text.lost-letter]: 'badge': the text has a '?' between "
        "letters at character 2 ('\u0647?\u0686 \u06a9\u0648\u062f\u06a9?'): a letter lost "
        f"when the file was saved in a code page that has not got it\n  hint: {HINT}\n"
    ) in out, out
    assert strings.read_bytes() == before


def test_a_merged_cell_with_a_lost_letter_is_an_error_at_the_cell(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,venue,link,sample\n"  # made up: example.org a sample
        "walk,fa,\u067e?\u0627\u062f\u0647\u200c\u0631\u0648?,2026-07-30,Park,"
        "https://example.org/walk?id=3,true\n"
        "run,en,Run?,2026-07-30,Park,,\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), load_kit(ROOT), errs, None)
    assert [r.id for r in good] == ["run"]
    assert [d.render().replace(f"{path}:", "") for d in errs.items if d.is_error] == [
        "2:3: error[text.lost-letter]: row 2, column title (C): the text has a '?' between "
        "letters at character 2 ('\u067e?\u0627\u062f\u0647\u200c\u0631\u0648?'): a letter "
        f"lost when the file was saved in a code page that has not got it\n  hint: {HINT}"
    ]


# a letter between the '?' (a word's letter or mark on each side: `lost_character`'s rule)
BETWEEN = re.compile(r"(?<=[^\W\d_])\?(?=[^\W\d_])")


def test_a_whole_file_converted_from_windows_1256_tells_each_place_and_the_fix_once(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """The office's trial: the whole Persian export saved as Excel's plain "CSV"
    (Windows-1256, no ی), then converted to UTF-8. Each translation that lost a letter is an
    error at its cell, whose hint points at the file's; one error for the file counts them,
    names the code page and gives the fix once (37 errors, each with the same cause and fix,
    before)."""
    kit = kit_copy()
    path, _ = export_fa(kit, tmp_path)
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.encode("cp1256", errors="replace").decode("cp1256"), encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    columns = {"": list(rows[0]).index("translation") + 1}
    columns[" (short)"] = list(rows[0]).index("short translation") + 1
    places = [
        f"{path}:{n + 2}:{columns[part]}: error[text.lost-letter]: '{row['key']}'{part}: the "
        "text has a '?' between letters at character "
        for n, row in enumerate(rows)
        for part, cell in (("", row["translation"]), (" (short)", row["short translation"]))
        if BETWEEN.search(cell)
    ]
    assert len(places) > 20
    strings = kit / "materials/strings/fa.yaml"
    before = strings.read_bytes()
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    lines = out.splitlines()
    told = [line for line in lines if "error[text.lost-letter]: '" in line]
    assert len(told) == len(places), out
    assert all(line.startswith(place) for line, place in zip(told, places, strict=True)), out
    theme = next(line for line in told if "'theme': " in line)
    assert theme.endswith(
        "'theme': the text has a '?' between letters at character 2 ('\u0647?\u0686 "
        "\u06a9\u0648\u062f\u06a9? \u062f\u0631 \u0645')"
    ), theme
    assert lines[-3:] == [
        f"{path}: error[text.lost-letter]: {len(places)} translations have lost a letter ('?' "
        f"in place of letters), each named above: {path.name} was most likely saved in "
        'Windows-1256, the code page of Excel\'s plain "CSV" and Notepad\'s "ANSI" for '
        "Persian, which has not got all its letters, then converted to UTF-8",
        f"  hint: {HINT}",
        f"{len(places) + 1} error(s)",
    ], out
    assert out.count(f"hint: {HINT}") == 1, out
    below = "  hint: the fix, the same for each of them, is the hint of the file's error below"
    assert [lines[lines.index(line) + 1] for line in told] == [below] * len(told), out
    assert strings.read_bytes() == before


def test_the_code_page_is_named_only_when_the_texts_kept_fit_it() -> None:
    """A text that kept a letter Windows-1256 has not got (a Persian ی) was not saved in it:
    the cause names no code page it cannot have been."""
    texts = ["\u0647?\u0686", "\u06cc?\u0627"]
    said = lost_cause(texts, "fa.csv", "fa", "translations", "Persian")
    assert said == (
        "2 translations have lost a letter ('?' in place of letters), each named above: fa.csv "
        "was most likely saved in a code page without some of the texts' letters (Excel's "
        'plain "CSV", Notepad\'s "ANSI"), then converted to UTF-8'
    )
    assert "Windows-1256" in lost_cause(texts[:1] * 2, "fa.csv", "fa", "translations")


PO_HINT = (
    "save the file again from the original as UTF-8 (Poedit does; in a text editor, choose the "
    "encoding UTF-8 and keep the header's charset UTF-8: Content-Type: text/plain; "
    "charset=UTF-8), not converted from a copy saved in a code page: the lost letters cannot "
    "be recovered from it"
)
XLIFF_HINT = (
    "save the file again from the original as UTF-8 (export it again from the CAT tool or "
    "XLIFF editor it was translated in; in a text editor, choose the encoding UTF-8), not "
    "converted from a copy saved in a code page: the lost letters cannot be recovered from it"
)


@pytest.mark.parametrize(("fmt", "hint"), [("po", PO_HINT), ("xlf", XLIFF_HINT)])
def test_a_po_or_xliff_files_lost_letter_is_told_its_formats_fix(
    kit_copy: Callable[..., Path], tmp_path: Path, fmt: str, hint: str
) -> None:
    """A Persian PO (or XLIFF) file saved in Windows-1256 by a text editor and converted: the
    fix is its editor's, not Excel's "CSV UTF-8" or the .xlsx (an office's trial), and so is
    the cause the file's error names."""
    kit = kit_copy()
    path = tmp_path / f"fa.{fmt}"
    status, out = cli("strings", "export", "--lang", "fa", "--kit", kit, "-o", path)
    assert status == 0, out
    text = path.read_text(encoding="utf-8")
    path.write_text(text.encode("cp1256", errors="replace").decode("cp1256"), encoding="utf-8")
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    lines = out.splitlines()
    count = sum("error[text.lost-letter]: '" in line for line in lines)
    assert count > 20, out
    assert lines[-3:] == [
        f"{path}: error[text.lost-letter]: {count} translations have lost a letter ('?' "
        f"in place of letters), each named above: {path.name} was most likely saved in "
        "Windows-1256, the code page of a text editor's \"ANSI\" (Notepad's) for Persian, "
        "which has not got all its letters, then converted to UTF-8",
        f"  hint: {hint}",
        f"{count + 1} error(s)",
    ], out
    assert "Excel" not in out, out


def test_one_lost_letter_of_a_po_file_is_told_its_formats_fix(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    kit = kit_copy()
    path = tmp_path / "fa.po"
    status, out = cli("strings", "export", "--lang", "fa", "--kit", kit, "-o", path)
    assert status == 0, out
    po = polib.pofile(str(path))
    (badge,) = [e for e in po if e.msgctxt == "badge"]
    badge.msgstr = "\u0647?\u0686 \u06a9\u0648\u062f\u06a9?"
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    assert (
        "error[text.lost-letter]: 'badge': the text has a '?' between letters at character 2 "
        "('\u0647?\u0686 \u06a9\u0648\u062f\u06a9?'): a letter lost when the file was saved "
        f"in a code page that has not got it\n  hint: {PO_HINT}\n1 error(s)\n"
    ) in out, out


def test_a_new_languages_lost_letters_name_its_scripts_code_page_and_its_name(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A Kazakh PO (a language the kit has not yet) saved in Windows-1251, which has not got
    Kazakh's қ, ү, ң, then converted: the cause names Windows-1251 (Cyrillic's, the script's
    code page) and Kazakh (CLDR's name), where it named no code page and said "kk"."""
    kit = kit_copy()
    path = tmp_path / "kk.po"
    status, out = cli("strings", "export", "--lang", "kk", "--kit", kit, "-o", path)
    assert status == 0, out
    po = polib.pofile(str(path))
    texts = {"badge": "Адам саудасын то?тату", "theme": "к?ресті? к?ні"}
    for entry in po:
        if entry.msgctxt in texts:
            entry.msgstr = texts[entry.msgctxt]
            entry.flags = []
    po.save(str(path))
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    assert (
        f"{path}: error[text.lost-letter]: 2 translations have lost a letter ('?' in place "
        "of letters), each named above: kk.po was most likely saved in Windows-1251, the code "
        "page of a text editor's \"ANSI\" (Notepad's) for Kazakh, which has not got all its "
        f"letters, then converted to UTF-8\n  hint: {PO_HINT}\n"
    ) in out, out


@pytest.mark.parametrize("page", ["ascii", "cp1252"])
def test_a_file_saved_in_a_code_page_without_any_of_its_letters_is_refused(
    kit_copy: Callable[..., Path], tmp_path: Path, page: str
) -> None:
    """A translator's trial: the Persian export saved as plain ASCII ("?" for every letter),
    or in Windows-1252 and converted to UTF-8 as the code-page error's hint says: no letter is
    left between two others, so the import wrote 40 texts of "??? ????? ??????" over the
    translations (with only `translate.lost`, a warning, or none at all). Each such text is
    an error at its cell now, and nothing is written."""
    kit = kit_copy()
    path, _ = export_fa(kit, tmp_path)
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.encode(page, errors="replace").decode(page), encoding="utf-8")
    strings = kit / "materials/strings/fa.yaml"
    before = strings.read_bytes()
    status, out = cli("strings", "import", path, "--kit", kit)
    assert status == 1, out
    told = [line for line in out.splitlines() if "error[text.lost-letter]: '" in line]
    assert len(told) > 30, out
    theme = next(line for line in told if "'theme': " in line)
    assert "'theme': the text has a word of '?' (letters a code page had not) at character 1" in (
        theme
    ), theme
    assert "translations have lost a letter ('?' in place of letters), each named above" in out
    assert strings.read_bytes() == before
