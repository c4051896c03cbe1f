"""The job sheet's copies and finishing: every ordered file printed from one row alone (a
sheet, or the file itself), sheets of the same files given as alternatives, and each kind of
piece finished as its layout says (a US print shop's trial: a Letter and a Tabloid sticker
sheet both had copies, 246 stickers for 120 ordered, and the single sticker's rows never
said kiss-cut)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from campaign.kinds import KINDS
from tests.kits import ROOT, build, cli

PRINT_ONLY = ("--no-png", "--no-digital")
# the order: stickers in English on sheets, in French as single files; badges on a gang sheet
ORDER = (
    "material,language,office,copies,stock,finishing\n"
    "sticker-50,en,,105,,kiss-cut\n"
    "sticker-50,fr,,40,,kiss-cut\n"
    "badge-58,en,,100,,button press 58 mm\n"
    "badge-58,fr,,80,,button press 58 mm\n"
    "poster-a3,,,50,170 g/m2 silk,matt laminate\n"
    'flyer-a5,,,"1,000",135 g/m2 gloss,\n'
)
# what the order asks of each print file
ORDERED = {
    **{"sticker-50-en.pdf": 105, "sticker-50-fr.pdf": 40},
    **{"badge-58-en.pdf": 100, "badge-58-fr.pdf": 80},
    **{
        f"{m}-{lang}.pdf": n
        for m, n in (("poster-a3", 50), ("flyer-a5", 1000))
        for lang in ("en", "fr")
    },
}


# JOB-SHEET.txt's heads of the sheets the job sheet counts one of, and of those it does not print
PRINT_ONE = (
    "PRINT ONE SHEET OF EACH SET (the copies column counts the first, which makes most of the "
    'ordered files, then takes least press paper; each "or" sheet places only files it prints: '
    'print one, never both, and with an "or" sheet the files its line names on their own):'
)
NOT_PRINTED = (
    "NOT PRINTED FOR THE ORDER (each places files a counted sheet prints and others no counted "
    "sheet does, which are printed on their own: printed as well, it would make the shared files "
    "twice; to print from it, ask the sender for sheets that share no file):"
)


@pytest.fixture(scope="module")
def sheets_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of a piece of each default print kind in en and fr, with an A4 and an A3
    sticker sheet of the English sticker (15 and 35 to a sheet) and an A4 gang sheet of both
    badges (5 en and 4 fr)."""
    out = tmp_path_factory.mktemp("copies") / "out"
    only = "sticker-50,badge-58,poster-a3,flyer-a5"
    build(ROOT, out, "--only", only, "--lang", "en,fr", *PRINT_ONLY)
    for paper in ("a4", "a3"):
        args = ("--material", "sticker-50", "--sticker", "--paper", paper, "--lang", "en")
        code, text = cli("sheet", "--kit", ROOT, "--from", out, *args, "--fill")
        assert code == 0, text
    code, text = cli("sheet", "--kit", ROOT, "--from", out, "--lang", "en,fr", "--fill")
    assert code == 0, text
    assert sorted(p.name for p in (out / "sheets").glob("*.pdf")) == [
        "badge-58-a4-en-fr.pdf",
        "sticker-50-a3-stickers-en.pdf",
        "sticker-50-a4-stickers-en.pdf",
    ]
    return out


def _package(out: Path, pkg: Path, *args: str | Path) -> tuple[dict[str, dict[str, str]], str]:
    code, text = cli("package", "--kit", ROOT, "--from", out, "-o", pkg, *args)
    assert code == 0, text
    with zipfile.ZipFile(pkg / "campaign-print.zip") as z:
        rows = csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig")))
        return {r["file"]: r for r in rows}, z.read("JOB-SHEET.txt").decode("utf-8") + text


@pytest.fixture(scope="module")
def ordered(sheets_built: Path) -> tuple[dict[str, dict[str, str]], str]:
    """The job sheet's rows by file, and JOB-SHEET.txt followed by what `package` said."""
    order = sheets_built.parent / "order.csv"
    order.write_text(ORDER, encoding="utf-8")
    return _package(sheets_built, sheets_built.parent / "pkg", "--order", order)


def _pieces(out: Path, row: dict[str, str]) -> dict[str, int]:
    """What one printing of a row's PDF makes, by print file's name: a sheet's pieces (its
    record, as `sheet` wrote it), a print file's one."""
    if not row["file"].startswith("sheets/"):
        return {row["file"]: 1}
    name = Path(row["file"]).stem
    record = json.loads((out / "sheets" / f".{name}.json").read_text(encoding="utf-8"))
    return {Path(p["path"]).name: p["copies"] for p in record["parts"]}


def test_the_copies_column_makes_every_order_once(
    sheets_built: Path, ordered: tuple[dict[str, dict[str, str]], str]
) -> None:
    """The rows with copies are the ones to print: the copies times the pieces a printing
    makes, summed over them, is each material's order (the quantities are whole sheets
    here), and no file is made by two rows, nor short of its own ordered copies."""
    rows, _ = ordered
    made: dict[str, int] = {}
    for row in rows.values():
        if row["copies"]:
            for name, n in _pieces(sheets_built, row).items():
                made[name] = made.get(name, 0) + int(row["copies"]) * n
    by_material: dict[str, int] = {}
    for name, n in made.items():
        by_material[rows[name]["material"]] = by_material.get(rows[name]["material"], 0) + n
    assert by_material == {"sticker-50": 145, "badge-58": 180, "poster-a3": 100, "flyer-a5": 2000}
    assert made == ORDERED
    assert {name: rows[name]["ordered"] for name in ORDERED} == {
        name: str(n) for name, n in ORDERED.items()
    }


def test_sheets_of_the_same_files_are_alternatives(
    ordered: tuple[dict[str, dict[str, str]], str],
) -> None:
    """The A4 and the A3 sticker sheet place the same English sticker: the A3 one, 3
    printings on SRA3 where the A4 one takes 7 on SRA4, is counted; the A4 one is its
    alternative, with no copies, its note saying so first and what it would take; the
    English sticker's own row has its ordered copies and none to print, the French one
    (on no sheet) both."""
    rows, txt = ordered
    a3, a4 = (
        rows["sheets/sticker-50-a3-stickers-en.pdf"],
        rows["sheets/sticker-50-a4-stickers-en.pdf"],
    )
    assert (a3["copies"], a4["copies"]) == ("3", "")
    assert a4["note"].startswith(
        "OR, INSTEAD OF sheets/sticker-50-a3-stickers-en.pdf (the sheet the copies column "
        "counts for the same files; this one's copies are not in it): print one of them, "
        "never both; sticker sheet ("
    ), a4["note"]
    assert a4["note"].endswith(
        "; for the order, print it 7 times (sticker-50-en.pdf 105 ordered, 105 made)"
    )
    en, fr = rows["sticker-50-en.pdf"], rows["sticker-50-fr.pdf"]
    assert (en["ordered"], en["copies"], fr["ordered"], fr["copies"]) == ("105", "", "40", "40")
    assert en["note"].endswith(
        "; its 105 ordered are printed on sheets/sticker-50-a3-stickers-en.pdf (that row's "
        "copies): do not print this file on its own as well (or print it 105 times, and not "
        "that sheet)"
    )
    assert (
        f"\n{PRINT_ONE}\n"
        "  sheets/sticker-50-a3-stickers-en.pdf: 3 copies of the sheet (counted)\n"
        "    or sheets/sticker-50-a4-stickers-en.pdf: 7 copies of the sheet\n"
    ) in txt, txt
    assert (
        "\nCopies ordered: 2,425 in all (badge-58 180: 2 files, 80 to 100 each; flyer-a5 2,000: "
        "1,000 each of 2 files; poster-a3 100: 50 each of 2 files; sticker-50 145: 2 files, 40 "
        "to 105 each)\n"
    ) in txt
    assert "\n  105 ordered, printed on a sheet (see NOTE), not on its own, kiss-cut " in txt
    assert "\n  OR: instead of another sheet (see NOTE), not counted, SRA4, kiss-cut " in txt
    assert "\n  3 copies of the sheet, SRA3, kiss-cut " in txt
    assert (  # the warning says which the job sheet counts, not that both are printed
        "warning[package.sheet]: campaign: the sheets sticker-50-a3-stickers-en.pdf, "
        "sticker-50-a4-stickers-en.pdf place some of the same files: the job sheet counts "
        "sticker-50-a3-stickers-en.pdf for the print order and gives "
        "sticker-50-a4-stickers-en.pdf as the alternatives, their copies not counted\n"
    ) in txt


# each default print material's finishing, as its layout has it: what a kind of piece is
# (the sticker is a flyer kind with its own die line), and the kinds it stands for
FINISHING = {
    "poster-a3-en.pdf": ("poster", "trimmed to 297 x 420 mm at its crop marks"),
    "flyer-a5-en.pdf": ("flyer", "trimmed to 148 x 210 mm at its crop marks"),
    "badge-58-en.pdf": (
        "badge",
        "through-cut along its 70 mm cut circle (the CutContour die line); then a 58 mm "
        "button press",
    ),
    "sticker-50-en.pdf": (
        "sticker",
        "kiss-cut (the sticker, not its backing) along the CutContour die line on its 50 x 50 "
        "mm trim, corners rounded to a 3 mm radius",
    ),
    "sheets/badge-58-a4-en-fr.pdf": (
        "gang sheet",
        "die-cut along the 70 mm cut circles on it (CutContour); then a 58 mm button press",
    ),
    "sheets/sticker-50-a4-stickers-en.pdf": (
        "sticker sheet",
        "kiss-cut (the stickers, not their backing) along the cut lines on it (CutContour), "
        "corners rounded to a 3 mm radius",
    ),
}


def test_each_kind_of_piece_is_finished_as_its_layout_says(
    sheets_built: Path, tmp_path: Path
) -> None:
    """Without an order, each row's finishing is its own, from its layout: the sticker's
    kiss cut and its 3 mm corners, the badge's through cut and press, a trimmed piece's
    trim; every default print kind has its words here."""
    rows, _ = _package(sheets_built, tmp_path / "pkg")
    assert {name: rows[name]["finishing"] for name in FINISHING} == {
        name: words for name, (_, words) in FINISHING.items()
    }
    printed = {k.name for k in KINDS.values() if not k.screen}
    assert printed <= {kind for kind, _ in FINISHING.values()}


def test_the_order_s_finishing_follows_the_piece_s_unless_it_says_it(
    ordered: tuple[dict[str, dict[str, str]], str],
) -> None:
    """The order's words come after the piece's own, unless the piece's already say them
    ("kiss-cut", "button press 58 mm"): a sticker sheet's row read "kiss-cut along the cut
    lines on it (CutContour); then kiss-cut"."""
    rows, _ = ordered
    assert rows["poster-a3-en.pdf"]["finishing"] == (
        "trimmed to 297 x 420 mm at its crop marks; then matt laminate"
    )
    for name in ("sticker-50-en.pdf", "badge-58-en.pdf", "sheets/badge-58-a4-en-fr.pdf"):
        assert rows[name]["finishing"] == FINISHING[name][1]


# a sticker in three languages, each ordered its own count
STICKERS = (
    "material,language,office,copies,stock,finishing\n"
    "sticker-50,en,,120,,\n"
    "sticker-50,fr,,100,,\n"
    "sticker-50,es,,80,,\n"
)
A4_EN_FR = "sheets/sticker-50-a4-stickers-en-fr.pdf"
STICKER_ROWS = ("sticker-50-en.pdf", "sticker-50-fr.pdf", "sticker-50-es.pdf")


@pytest.fixture(scope="module")
def stickers_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the sticker in en, fr and es (print files only), without sheets."""
    out = tmp_path_factory.mktemp("stickers") / "out"
    return build(ROOT, out, "--only", "sticker-50", "--lang", "en,fr,es", *PRINT_ONLY)


def _stickers_packaged(
    built: Path, tmp_path: Path, *sheets: tuple[str, str]
) -> tuple[Path, dict[str, dict[str, str]], str]:
    """A copy of `built` with a sticker sheet (not filled) of each (paper, languages) of
    `sheets`, packaged with the order STICKERS: the build's folder, the job sheet's rows by
    file, and JOB-SHEET.txt followed by what `package` said."""
    out = tmp_path / "out"
    shutil.copytree(built, out)
    for paper, langs in sheets:
        args = ("--material", "sticker-50", "--sticker", "--paper", paper, "--lang", langs)
        code, text = cli("sheet", "--kit", ROOT, "--from", out, *args)
        assert code == 0, text
    order = tmp_path / "order.csv"
    order.write_text(STICKERS, encoding="utf-8")
    rows, txt = _package(out, tmp_path / "pkg", "--order", order)
    return out, rows, txt


def _copies(rows: dict[str, dict[str, str]]) -> dict[str, str]:
    """The copies column of the sheets' rows and the stickers'."""
    return {
        name: row["copies"]
        for name, row in rows.items()
        if name.startswith("sheets/") or name in STICKER_ROWS
    }


def _each_file_once(out: Path, rows: dict[str, dict[str, str]]) -> None:
    """The rows with copies, printed as the copies column says, make each sticker from one
    row alone, at least its ordered copies (the A4 sheet of en and fr, 1 of each on 15
    places, printed 120 times for en makes 120 fr)."""
    makers: dict[str, list[str]] = {}
    made: dict[str, int] = {}
    for row in rows.values():
        if row["copies"]:
            for name, n in _pieces(out, row).items():
                makers.setdefault(name, []).append(row["file"])
                made[name] = made.get(name, 0) + int(row["copies"]) * n
    assert {name: len(by) for name, by in makers.items()} == dict.fromkeys(STICKER_ROWS, 1)
    assert made == {"sticker-50-en.pdf": 120, "sticker-50-fr.pdf": 120, "sticker-50-es.pdf": 80}


def _unfilled(txt: str) -> list[str]:
    """The sheets `package.unfilled` warned of."""
    return [
        line.split("campaign: ", 1)[1].split(" leaves ", 1)[0]
        for line in txt.splitlines()
        if "warning[package.unfilled]" in line
    ]


def test_a_sheet_of_some_of_a_counted_sheet_s_files_is_its_alternative_with_the_rest(
    stickers_built: Path, tmp_path: Path
) -> None:
    """An A3 sheet of the English sticker beside an A4 one of en and fr: the A4 one (more of
    the ordered files) is counted, the A3 one is its alternative, and printed instead it
    leaves the French sticker to print on its own, which its note and the head say; only
    the counted sheet is warned of its empty places (the alternative was: "the print order
    has it printed 120 times")."""
    out, rows, txt = _stickers_packaged(stickers_built, tmp_path, ("a4", "en,fr"), ("a3", "en"))
    _each_file_once(out, rows)
    assert _copies(rows) == {
        A4_EN_FR: "120",
        "sheets/sticker-50-a3-stickers-en.pdf": "",
        "sticker-50-en.pdf": "",
        "sticker-50-fr.pdf": "",
        "sticker-50-es.pdf": "80",
    }
    assert (
        f"\n{PRINT_ONE}\n"
        f"  {A4_EN_FR}: 120 copies of the sheet (counted)\n"
        "    or sheets/sticker-50-a3-stickers-en.pdf: 120 copies of the sheet, and "
        "sticker-50-fr.pdf on its own (100 copies)\n\n"
    ) in txt, txt
    note = rows["sheets/sticker-50-a3-stickers-en.pdf"]["note"]
    assert note.startswith(
        f"OR, INSTEAD OF {A4_EN_FR} (the sheet the copies column counts for its files and for "
        "sticker-50-fr.pdf, which it does not place; this one's copies are not in it): print one "
        "of them, never both, and with this one sticker-50-fr.pdf on its own (100 copies); "
        "sticker sheet ("
    ), note
    assert note.endswith(
        "; for the order, print it 120 times (sticker-50-en.pdf 120 ordered, 120 made)"
    ), note
    assert NOT_PRINTED not in txt
    assert _unfilled(txt) == [A4_EN_FR]


def test_a_sheet_that_shares_only_some_files_is_not_printed(
    stickers_built: Path, tmp_path: Path
) -> None:
    """An A4 sheet of en and fr and an A3 one of fr and es: neither is the other's
    alternative (printed instead of the A4 one, the A3 one left English unmade; printed
    both, French twice). The A4 one is counted, the Spanish sticker printed on its own, and
    the A3 one not printed, its row without copies and without "print it 100 times", the
    head and its note saying which row prints each of its files and what to ask the sender;
    `package.unfilled` warns of the A4 sheet alone, and `package.sheet` says which it
    counts and which it does not print."""
    out, rows, txt = _stickers_packaged(stickers_built, tmp_path, ("a4", "en,fr"), ("a3", "fr,es"))
    _each_file_once(out, rows)
    a3 = "sheets/sticker-50-a3-stickers-fr-es.pdf"
    assert _copies(rows) == {
        A4_EN_FR: "120",
        a3: "",
        "sticker-50-en.pdf": "",
        "sticker-50-fr.pdf": "",
        "sticker-50-es.pdf": "80",
    }
    assert (
        f"\n\n{NOT_PRINTED}\n"
        f"  {a3}: sticker-50-fr.pdf is printed on {A4_EN_FR} (that row's copies) and "
        "sticker-50-es.pdf on its own (80 copies)\n\n"
    ) in txt, txt
    assert "PRINT ONE SHEET" not in txt
    note = rows[a3]["note"]
    assert note.startswith(
        f"NOT PRINTED FOR THE ORDER: sticker-50-fr.pdf is printed on {A4_EN_FR} (that row's "
        "copies) and sticker-50-es.pdf on its own (80 copies); printed as well, this sheet "
        "would make sticker-50-fr.pdf twice; to print from it, ask the sender for sheets that "
        "share no file; sticker sheet ("
    ), note
    assert "for the order, print" not in note
    assert "OR, INSTEAD OF" not in txt
    assert (
        f"\n{a3}\n  sticker-50, es fr (Spanish, French), draft (es, fr)\n"
        "  trim 297 x 420 mm, bleed 3 mm, FOGRA39, 1 page(s), single-sided\n"
        "  not printed for the order (see NOTE), not counted, SRA3, kiss-cut "
    ) in txt, txt
    assert (
        "warning[package.sheet]: campaign: the sheets sticker-50-a3-stickers-fr-es.pdf, "
        "sticker-50-a4-stickers-en-fr.pdf place some of the same files: the job sheet counts "
        "sticker-50-a4-stickers-en-fr.pdf for the print order and does not print "
        "sticker-50-a3-stickers-fr-es.pdf, which also places files no counted sheet does "
        "(printed on their own instead)\n"
        "  hint: keep one sheet for each set of files in sheets/ (delete the others), then "
        "package; sheets that share only some files are never both printed: make them again so "
        "that no file is on two, then package\n"
    ) in txt, txt
    assert _unfilled(txt) == [A4_EN_FR]


def test_a_sheet_whose_files_two_counted_sheets_print_is_their_alternative(
    stickers_built: Path, tmp_path: Path
) -> None:
    """An A4 sheet of en and fr, an A3 one of es and a Letter one of fr and es: the A4 and
    the A3 ones are counted (they share no file), and the Letter one, whose files they
    print, is the alternative to both, with the English sticker on its own."""
    out, rows, txt = _stickers_packaged(
        stickers_built, tmp_path, ("a4", "en,fr"), ("a3", "es"), ("letter", "fr,es")
    )
    _each_file_once(out, rows)
    a3, letter = (
        "sheets/sticker-50-a3-stickers-es.pdf",
        "sheets/sticker-50-letter-stickers-fr-es.pdf",
    )
    assert _copies(rows) == {
        A4_EN_FR: "120",
        a3: "80",
        letter: "",
        "sticker-50-en.pdf": "",
        "sticker-50-fr.pdf": "",
        "sticker-50-es.pdf": "",
    }
    assert (
        f"\n{PRINT_ONE}\n"
        f"  {A4_EN_FR}: 120 copies of the sheet (counted)\n"
        f"    or {letter} (instead of it and {a3}): 100 copies of the sheet, and "
        "sticker-50-en.pdf on its own (120 copies)\n\n"
    ) in txt, txt
    assert rows[letter]["note"].startswith(
        f"OR, INSTEAD OF {A4_EN_FR}, {a3} (the sheets the copies column counts for its files and "
        "for sticker-50-en.pdf, which it does not place; this one's copies are not in it): print "
        "either this one or those, never both, and with this one sticker-50-en.pdf on its own "
        "(120 copies); sticker sheet ("
    ), rows[letter]["note"]
    assert sorted(_unfilled(txt)) == [a3, A4_EN_FR]


def test_sheets_of_other_files_are_both_counted(stickers_built: Path, tmp_path: Path) -> None:
    """An A4 sheet of en and fr and an A3 one of es share no file: both are printed, each
    with its copies, neither an alternative, and both are warned of their empty places."""
    out, rows, txt = _stickers_packaged(stickers_built, tmp_path, ("a4", "en,fr"), ("a3", "es"))
    _each_file_once(out, rows)
    a3 = "sheets/sticker-50-a3-stickers-es.pdf"
    assert _copies(rows) == {
        A4_EN_FR: "120",
        a3: "80",
        "sticker-50-en.pdf": "",
        "sticker-50-fr.pdf": "",
        "sticker-50-es.pdf": "",
    }
    assert "\n  120 copies of the sheet, SRA4, kiss-cut " in txt
    assert "\n  80 copies of the sheet, SRA3, kiss-cut " in txt
    for said in ("PRINT ONE SHEET", "NOT PRINTED", "OR, INSTEAD OF", "package.sheet"):
        assert said not in txt, said
    assert sorted(_unfilled(txt)) == [a3, A4_EN_FR]
