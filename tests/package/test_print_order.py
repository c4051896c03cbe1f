"""`package --order FILE`: the job sheets say how many copies of each print file, on which
stock, finished how; an order that cannot be used is named at its cells and nothing is
written."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.kits import ROOT, cli

OFFICE = "southeast-asia-pacific"
SMALL = ("--only", "badge-58,flyer-a5", "--png-ppi", "20", "--no-digital")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The campaign kit in en, fr and ar, and one office in en and th."""
    out = tmp_path_factory.mktemp("order") / "out"
    code, text = cli("build", "--kit", ROOT, "-o", out, "--lang", "en,fr,ar", *SMALL)
    assert code == 0, text
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--office", OFFICE, "--lang", "en,th", *SMALL
    )
    assert code == 0, text
    return out


def package(built: Path, order: Path, out: Path) -> tuple[int, str]:
    return cli("package", "--kit", ROOT, "--from", built, "-o", out, "--order", order)


def job_sheet(out: Path, group: str) -> tuple[dict[str, dict[str, str]], str]:
    with zipfile.ZipFile(out / f"{group}-print.zip") as z:
        rows = csv.DictReader(io.StringIO(z.read("JOB-SHEET.csv").decode("utf-8-sig")))
        return {r["file"]: r for r in rows}, z.read("JOB-SHEET.txt").decode("utf-8")


def test_each_print_file_gets_its_most_specific_line(built: Path, tmp_path: Path) -> None:
    order = tmp_path / "order.csv"
    order.write_text(
        "material,language,office,copies,stock,finishing\n"
        "flyer-a5,,,500,135 g/m2 gloss,\n"
        "flyer-a5,ar,,200,135 g/m2 gloss,\n"
        f"flyer-a5,,{OFFICE},1000,115 g/m2 matt,\n"
        f'flyer-a5,th,{OFFICE},"1,200",115 g/m2 matt,\n'
        "badge-58,,,150,,button press 58 mm\n",
        encoding="utf-8",
    )
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    assert "package.order" not in text
    rows, txt = job_sheet(out, "campaign")
    shown = {name: (r["copies"], r["stock"], r["finishing"]) for name, r in rows.items()}
    # each file's finishing is its own (finishing.piece_finishing), the order's after it
    # unless it says it already: the badge's press is "button press 58 mm"
    assert shown == {
        "badge-58-ar.pdf": ("150", "", BADGE),
        "badge-58-en.pdf": ("150", "", BADGE),
        "badge-58-fr.pdf": ("150", "", BADGE),
        "flyer-a5-ar.pdf": ("200", "135 g/m2 gloss", FLYER),
        "flyer-a5-en.pdf": ("500", "135 g/m2 gloss", FLYER),
        "flyer-a5-fr.pdf": ("500", "135 g/m2 gloss", FLYER),
    }
    assert (
        "Copies ordered: 1,650 in all (badge-58 450: 150 each of 3 files; flyer-a5 1,200: 3 "
        "files, 200 to 500 each)\n"
    ) in txt
    assert "flyer-a5-ar.pdf\n" in txt
    assert f"  200 copies, 135 g/m2 gloss, {FLYER}\n" in txt
    assert f"  150 copies, {BADGE}\n" in txt
    rows, txt = job_sheet(out, OFFICE)
    copies = {name: r["copies"] for name, r in rows.items()}
    assert copies == {
        f"badge-58-en-{OFFICE}.pdf": "150",
        f"badge-58-th-{OFFICE}.pdf": "150",
        f"flyer-a5-en-{OFFICE}.pdf": "1000",
        f"flyer-a5-th-{OFFICE}.pdf": "1200",
    }
    assert (
        "Copies ordered: 2,500 in all (badge-58 300: 150 each of 2 files; flyer-a5 2,200: 2 "
        "files, 1,000 to 1,200 each)\n"
    ) in txt


# the finishing of the kit's flyer and badge (finishing.piece_finishing), from their layouts
FLYER = "trimmed to 148 x 210 mm at its crop marks"
BADGE = (
    "through-cut along its 70 mm cut circle (the CutContour die line); then a 58 mm button press"
)


EACH_HINT = (
    "  hint: a line's copies are those of each file it covers: for {n} in all, give a line per "
    "{per} instead, each with its own copies\n"
)


def test_a_line_of_no_language_says_it_orders_each_languages_file(
    built: Path, tmp_path: Path
) -> None:
    """A country office's trial ordered "50 posters" as `poster-a3,,tbilisi,50`, and got 50 of
    each of its 6 languages' files; only the job sheet's head said 300 in all. Each line
    that gives its copies to several files is a note at its copies cell, with the files and
    the total, and the summary gives the copies ordered per group and material."""
    order = write(
        tmp_path,
        "material,language,office,copies,stock,finishing\n"
        f"flyer-a5,,{OFFICE},50,135 g/m2 gloss,\n"
        f"badge-58,,{OFFICE},200,,\n",
    )
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    assert (
        f"{order}:2:4: note[package.copies-each]: order.csv: row 2 (flyer-a5) gives 50 copies "
        "of each of 2 languages' files (en, th): 100 in all\n"
        + EACH_HINT.format(n=50, per="language")
        + f"{order}:3:4: note[package.copies-each]: order.csv: row 3 (badge-58) gives 200 "
        "copies of each of 2 languages' files (en, th): 400 in all\n"
        + EACH_HINT.format(n=200, per="language")
    ) in text, text
    # after the count of notes and warnings, before the package's last line
    assert (
        f"\n1 warning(s), 4 note(s)\ncopies ordered for {OFFICE}: 500 in all (badge-58 400: "
        "200 each of 2 files; flyer-a5 100: 50 each of 2 files)\npackaged 25 file(s) of "
    ) in text, text
    _, txt = job_sheet(out, OFFICE)
    assert (
        "\nCopies ordered: 500 in all (badge-58 400: 200 each of 2 files; flyer-a5 100: 50 "
        "each of 2 files)\n"
    ) in txt


def test_a_line_of_no_office_names_the_languages_and_offices(built: Path, tmp_path: Path) -> None:
    """A line naming neither language nor office gives its copies to each language's file
    of each group; a line of one file is no note."""
    order = write(
        tmp_path,
        "material,language,office,copies\nflyer-a5,,,500\nflyer-a5,ar,,200\nbadge-58,,,150\n",
    )
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 0, text
    assert (
        f"{order}:2:4: note[package.copies-each]: order.csv: row 2 (flyer-a5) gives 500 copies "
        "of each of 4 files (3 languages and 2 offices): 2,000 in all\n"
        + EACH_HINT.format(n=500, per="language and office")
        + f"{order}:4:4: note[package.copies-each]: order.csv: row 4 (badge-58) gives 150 "
        "copies of each of 5 files (4 languages and 2 offices): 750 in all\n"
        + EACH_HINT.format(n=150, per="language and office")
    ) in text, text
    assert f"{order}:3:" not in text  # the Arabic flyer's line: one file
    assert (
        "\ncopies ordered for campaign: 1,650 in all (badge-58 450: 150 each of 3 files; "
        "flyer-a5 1,200: 3 files, 200 to 500 each)\n"
        f"copies ordered for {OFFICE}: 1,300 in all (badge-58 300: 150 each of 2 files; "
        "flyer-a5 1,000: 500 each of 2 files)\npackaged "
    ) in text, text


def test_without_an_order_the_columns_are_empty(built: Path, tmp_path: Path) -> None:
    """Without an order, no copies nor stock: each file's finishing is its own alone."""
    code, text = cli("package", "--kit", ROOT, "--from", built, "-o", tmp_path / "pkg")
    assert code == 0, text
    rows, txt = job_sheet(tmp_path / "pkg", "campaign")
    shown = {(r["ordered"], r["copies"], r["stock"], r["finishing"]) for r in rows.values()}
    assert shown == {("", "", "", FLYER), ("", "", "", BADGE)}
    assert "Copies ordered" not in txt
    assert " copies" not in txt


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (
            "flyer-a6,,10\n",
            "order.csv:2:1: error[package.order]: order.csv: row 2: the package has no print "
            "file of 'flyer-a6'\n  hint: materials: badge-58, flyer-a5",  # not flyer-a5: A6
        ),
        (
            ",,10\n",
            "order.csv:2:1: error[package.order]: order.csv: row 2: no material\n"
            "  hint: materials: badge-58, flyer-a5",
        ),
        (
            "flyer-a5,de,10\n",
            "order.csv:2:2: error[package.order]: order.csv: row 2: the package has no print "
            "file of flyer-a5 in 'de'\n  hint: its languages: ar, en, fr, th",
        ),
        (
            "flyer-a5,,fifty\n",
            "order.csv:2:3: error[package.order]: order.csv: row 2: copies 'fifty' is not a "
            "whole number\n  hint: write a whole number from 1 to 1,000,000",
        ),
        ("flyer-a5,,0\n", "order.csv: row 2: copies 0 is not from 1 to 1,000,000"),
        ("flyer-a5,,2.5\n", "order.csv: row 2: copies '2.5' is not a whole number"),
        # a decimal comma is no whole number (it was read as 25), nor digits a font writes
        # small (int() of '5²' stopped the package with an internal error), nor 1,500 nines
        ('flyer-a5,,"2,5"\n', "order.csv: row 2: copies '2,5' is not a whole number"),
        ('flyer-a5,,"1,2,3"\n', "order.csv: row 2: copies '1,2,3' is not a whole number"),
        ("flyer-a5,,5\u00b2\n", "order.csv: row 2: copies '5\u00b2' is not a whole number"),
        ("flyer-a5,,-5\n", "order.csv: row 2: copies -5 is not from 1 to 1,000,000"),
        ("flyer-a5,," + "9" * 1500 + "\n", "order.csv: row 2: copies '9999999999"),
        ("flyer-a5,,\n", "order.csv:2:3: error[package.order]: order.csv: row 2: no copies"),
        (
            "flyer-a5,,10\nflyer-a5,,20\n",
            "order.csv:3:1: error[package.order]: order.csv: row 3 orders the same files as "
            "row 2\n  hint: keep one of the two lines",
        ),
    ],
)
def test_an_order_that_cannot_be_used_is_named_and_nothing_is_written(
    built: Path, tmp_path: Path, lines: str, said: str
) -> None:
    order = tmp_path / "order.csv"
    order.write_text("material,language,copies\n" + lines, encoding="utf-8")
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 1
    assert said in text.replace(f"{order}", "order.csv"), text
    assert not out.exists()


def test_a_missing_column_and_an_unread_one(built: Path, tmp_path: Path) -> None:
    order = tmp_path / "order.csv"
    order.write_text("material,quantity\nflyer-a5,10\n", encoding="utf-8")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1
    assert (
        f"{order}:1:1: error[package.order]: order.csv has no column 'copies'\n"
        "  hint: name the columns in its first row: material, language, office, event_id, "
        "copies, stock, finishing (all but material and copies may be left out)"
    ) in text, text
    order.write_text("material,copies,paper\nflyer-a5,10\nbadge-58,5\n", encoding="utf-8")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 0, text
    assert f"{order}:1:3: warning[package.order]: order.csv: column 'paper' is not read" in text


def test_print_files_no_line_covers_are_named(built: Path, tmp_path: Path) -> None:
    order = tmp_path / "order.yaml"  # any format the merge reads
    order.write_text("- {material: flyer-a5, copies: 100}\n", encoding="utf-8")
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    assert (
        "warning[package.order]: order.yaml: 5 print file(s) have no line in the order "
        f"(badge-58-ar.pdf, badge-58-en.pdf, badge-58-fr.pdf, badge-58-en-{OFFICE}.pdf, "
        f"badge-58-th-{OFFICE}.pdf): the job sheet leaves their copies empty"
    ) in text, text
    rows, _ = job_sheet(out, "campaign")
    assert rows["flyer-a5-en.pdf"]["copies"] == "100"
    assert rows["badge-58-en.pdf"]["copies"] == ""


def test_the_job_sheet_columns_are_documented() -> None:
    from campaign.package.jobsheet import JOB_COLUMNS

    assert JOB_COLUMNS[-6:] == ("copies", "stock", "finishing", "note", "sender", "contact")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`note`" in readme
    assert "`--order FILE` adds the print order to the job" in readme
    assert "- `package.order`:" in (ROOT / "docs/errors.md").read_text(encoding="utf-8")


# ---- found by a trial of the order as an office and a print shop would use it ----------------


def write(tmp_path: Path, text: str, name: str = "order.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_separated_thousands_and_the_kits_spelling_are_read(built: Path, tmp_path: Path) -> None:
    """French Excel writes 1 000 with a no-break space; AR is ar and an office id's case is
    the id's (both were "no print file")."""
    order = write(
        tmp_path,
        "material;language;office;copies\n"
        "flyer-a5;AR;;1\u00a0000\n"
        f"flyer-a5;;{OFFICE.upper()};2'500\n"
        "badge-58;;;1.000\n",
    )
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    rows, _ = job_sheet(out, "campaign")
    assert rows["flyer-a5-ar.pdf"]["copies"] == "1000"
    assert rows["badge-58-en.pdf"]["copies"] == "1000"
    rows, _ = job_sheet(out, OFFICE)
    assert rows[f"flyer-a5-th-{OFFICE}.pdf"]["copies"] == "2500"


def test_a_line_for_files_no_group_has_is_an_error(built: Path, tmp_path: Path) -> None:
    """The office has no French flyer: the line did nothing, without a word."""
    order = write(tmp_path, f"material,language,office,copies\nflyer-a5,fr,{OFFICE},5\n")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1
    assert (
        f"{order}:2:3: error[package.order]: order.csv: row 2: the package has no print file "
        f"of flyer-a5 in 'fr' for '{OFFICE}'\n  hint: {OFFICE}'s languages of flyer-a5: en, th"
    ) in text, text


def test_a_near_miss_column_is_an_error_and_explains_the_rest(built: Path, tmp_path: Path) -> None:
    """'langauge' was a warning, lost behind the error it caused (two lines for every
    language); its line would have given every language the Arabic copies."""
    order = write(tmp_path, "material,langauge,copies\nflyer-a5,ar,200\nflyer-a5,,500\n")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1
    lines = text.splitlines()
    assert (
        f"{order}:1:2: error[package.order]: order.csv: column 'langauge' is not read: its "
        "lines would order other files than meant"
    ) in lines, text
    assert "  hint: did you mean 'language'?" in lines
    assert (
        f"{order}:3:1: error[package.order]: order.csv: row 3 orders the same files as row 2"
        in lines
    )


def test_a_misspelt_key_of_a_yaml_order_is_named_where_it_is_written(
    built: Path, tmp_path: Path
) -> None:
    """A print shop's trial: `langauge:` in a YAML order's second record was pointed at
    line 1 (a header's place, which a YAML file has not); it is named at its key."""
    order = tmp_path / "order.yaml"
    order.write_text(
        "- material: flyer-a5\n  copies: 500\n- material: flyer-a5\n  copies: 200\n"
        "  langauge: ar\n- {material: flyer-a5, copies: 100, langauge: en}\n",
        encoding="utf-8",
    )
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1
    assert (
        f"{order}:5:3: error[package.order]: order.yaml: column 'langauge' is not read: its "
        "lines would order other files than meant\n  hint: did you mean 'language'?\n"
    ) in text, text


def test_a_column_twice_and_a_cell_too_long_are_errors(built: Path, tmp_path: Path) -> None:
    order = write(tmp_path, "material,copies,Copies\nflyer-a5,10,20\n")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1
    assert "order.csv: column 'Copies' is column 'copies' again" in text
    order = write(tmp_path, "material,copies,notes\nflyer-a5,10," + "x" * 2500 + "\n")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1, text  # the data reader's cell limit: it was collected and dropped
    assert "error[package.order]: row 2, column notes (C): 2500 characters" in text
    assert not (tmp_path / "pkg").exists()


def test_a_workbooks_unsaved_formula_and_hidden_row(built: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Order"
    for row in (("material", "copies"), ("flyer-a5", "=250*2"), ("badge-58", 100)):
        sheet.append(row)
    path = tmp_path / "order.xlsx"
    book.save(path)  # openpyxl saves no formula values, as a program that never opened it
    code, text = package(built, path, tmp_path / "pkg")
    assert code == 1
    assert (
        "order.xlsx: row 2: copies is a formula whose value the file does not hold\n"
        "  hint: open the file in the spreadsheet program and save it"
    ) in text, text
    sheet["B2"] = 500
    sheet.append(("badge-58", 7))
    sheet.row_dimensions[4].hidden = True
    book.save(path)
    code, text = package(built, path, tmp_path / "pkg")
    assert code == 0, text
    assert (
        "warning[package.order]: order.xlsx: 1 row(s) hidden in sheet 'Order' are not read (row 4)"
    ) in text, text
    assert "merge" not in text


def test_the_job_sheet_names_files_the_order_leaves_out(built: Path, tmp_path: Path) -> None:
    """A print shop reads the ZIP, not the terminal: "Copies ordered: 200" looked whole."""
    order = write(tmp_path, "material,language,copies\nflyer-a5,ar,200\n")
    out = tmp_path / "pkg"
    assert package(built, order, out)[0] == 0
    _, txt = job_sheet(out, "campaign")
    assert "Copies ordered: 200 (flyer-a5 200)\n" in txt
    assert (
        # the files in the job sheet's order: the campaign's languages as campaign.yaml
        # lists them (en, fr, es, ar)
        "NOT IN THE PRINT ORDER (no copies given): badge-58-en.pdf, badge-58-fr.pdf, "
        "badge-58-ar.pdf, flyer-a5-en.pdf, flyer-a5-fr.pdf\n"
    ) in txt
    _, txt = job_sheet(out, OFFICE)
    assert "NOT IN THE PRINT ORDER (no copies given): " in txt
    with zipfile.ZipFile(out / "campaign-print.zip") as z:
        assert z.read("JOB-SHEET.csv").startswith(b"\xef\xbb\xbffile,")  # Excel reads UTF-8


def test_a_records_number_is_named_as_one(built: Path, tmp_path: Path) -> None:
    order = write(tmp_path, '[{"material": "flyer-a5", "copies": "many"}]', "order.json")
    code, text = package(built, order, tmp_path / "pkg")
    assert code == 1
    assert "order.json: record 1: copies 'many' is not a whole number" in text


def test_each_event_of_a_merge_gets_its_own_copies(tmp_path: Path) -> None:
    """Organisers print each event's flyers in their own number: a line naming the event's
    id (`event_id`) comes before the lines for every event."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\n"
        "walk-nairobi,en,Walk,2026-07-30,Uhuru Park\n"
        'walk-mombasa,"en, sw",Walk,2026-07-30,Mama Ngina Drive\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, *SMALL[2:])
    assert code == 0, text
    order = write(
        tmp_path,
        "material,language,event_id,copies\n"
        "event-flyer-a5,,,50\n"
        "event-flyer-a5,,Walk-Nairobi,300\n"
        "event-flyer-a5,sw,walk-mombasa,120\n",
    )
    code, text = package(out, order, tmp_path / "pkg")
    assert code == 0, text
    rows, txt = job_sheet(tmp_path / "pkg", "campaign")
    copies = {name: r["copies"] for name, r in rows.items()}
    assert copies == {
        "event-flyer-a5-en-walk-mombasa.pdf": "50",
        "event-flyer-a5-en-walk-nairobi.pdf": "300",
        "event-flyer-a5-sw-walk-mombasa.pdf": "120",
    }
    assert "Copies ordered: 470 in all (event-flyer-a5 470: 3 files, 50 to 300 each)\n" in txt
    order = write(tmp_path, "material,event_id,copies\nevent-flyer-a5,walk-mombas,5\n")
    code, text = package(out, order, tmp_path / "pkg2")
    assert code == 1
    assert (
        f"{order}:2:2: error[package.order]: order.csv: row 2: the package has no print file "
        "of event-flyer-a5 for event 'walk-mombas'\n  hint: did you mean 'walk-mombasa'?"
    ) in text, text


def test_a_specific_line_without_a_stock_takes_the_next_lines(built: Path, tmp_path: Path) -> None:
    """An Arabic line that gives only its copies dropped the stock and finishing every other
    flyer of the material got: an empty cell is the next covering line's."""
    order = write(
        tmp_path,
        "material,language,office,copies,stock,finishing\n"
        "flyer-a5,,,500,135 g/m2 gloss,fold none\n"
        "flyer-a5,ar,,200,,\n"
        "flyer-a5,fr,,300,170 g/m2 silk,\n",
    )
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    rows, _ = job_sheet(out, "campaign")
    shown = {n: (r["copies"], r["stock"], r["finishing"]) for n, r in rows.items() if "flyer" in n}
    assert shown == {
        "flyer-a5-ar.pdf": ("200", "135 g/m2 gloss", f"{FLYER}; then fold none"),
        "flyer-a5-en.pdf": ("500", "135 g/m2 gloss", f"{FLYER}; then fold none"),
        "flyer-a5-fr.pdf": ("300", "170 g/m2 silk", f"{FLYER}; then fold none"),
    }


def test_a_combined_files_note_says_what_the_order_means_for_it(tmp_path: Path) -> None:
    """A combined event file beside the events' single files cannot be run at each event's
    own copies: its note says so when the order's copies differ, and how many times to
    print it when they are the same; its copies stay its parts' (the totals count once)."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\n"
        "walk-nairobi,en,Walk,2026-07-30,Uhuru Park\n"
        'walk-mombasa,"en, sw",Walk,2026-07-30,Mama Ngina Drive\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--combined", *SMALL[2:])
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    order = write(tmp_path, "material,event_id,copies\nevent-flyer-a5,,100\n")
    code, text = package(out, order, tmp_path / "same")
    assert code == 0, text
    rows, txt = job_sheet(tmp_path / "same", "campaign")
    combined = rows["event-flyer-a5-all.pdf"]
    assert combined["copies"] == ""
    assert combined["note"].endswith("; the order's copies: 100 of each event, so 100 of this file")
    assert "Copies ordered: 300 in all (event-flyer-a5 300: 100 each of 3 files)\n" in txt
    order = write(
        tmp_path, "material,event_id,copies\nevent-flyer-a5,,100\nevent-flyer-a5,walk-nairobi,300\n"
    )
    code, text = package(out, order, tmp_path / "differ")
    assert code == 0, text
    rows, _ = job_sheet(tmp_path / "differ", "campaign")
    assert rows["event-flyer-a5-all.pdf"]["note"].endswith(
        "; the order gives its events different copies (walk-mombasa (en) 100, walk-mombasa "
        "(sw) 100, walk-nairobi (en) 300): print the single files, not this one"
    )


def test_one_copy_and_runs_are_said_in_words(built: Path, tmp_path: Path) -> None:
    """ "1 copies" (a print shop's trial) and "print it 1 times": one copy, once, twice."""
    from campaign.package.jobsheet import _times

    assert [_times(n) for n in (1, 2, 3, 1200)] == ["once", "twice", "3 times", "1,200 times"]
    order = tmp_path / "order.csv"
    order.write_text("material,language,office,copies\nflyer-a5,,,1\n", encoding="utf-8")
    out = tmp_path / "pkg"
    code, text = package(built, order, out)
    assert code == 0, text
    _, txt = job_sheet(out, "campaign")
    assert f"  1 copy, {FLYER}\n" in txt
    assert "1 copies" not in txt


def test_stickers_are_named_when_the_order_leaves_them_out(tmp_path: Path) -> None:
    """A sticker's row has a note (its die line): JOB-SHEET.txt left the stickers out of "NOT
    IN THE PRINT ORDER", while the order's warning counted them, and out of the draft
    languages (a print shop's trial)."""
    out = tmp_path / "out"
    code, text = cli(
        "build", "--kit", ROOT, "-o", out, "--lang", "en,ar", "--only", "badge-58,sticker-50",
        "--png-ppi", "20", "--no-digital",
    )  # fmt: skip
    assert code == 0, text
    order = write(tmp_path, "material,copies\nbadge-58,150\n")
    code, text = package(out, order, tmp_path / "pkg")
    assert code == 0, text
    assert "4 print file(s) have no line in the order" not in text
    assert "2 print file(s) have no line in the order" in text, text
    rows, txt = job_sheet(tmp_path / "pkg", "campaign")
    assert rows["sticker-50-en.pdf"]["note"], "the stickers' rows have a note"
    assert (
        "NOT IN THE PRINT ORDER (no copies given): sticker-50-en.pdf, sticker-50-ar.pdf\n"
    ) in txt, txt
    code, text = cli(
        "package", "--kit", ROOT, "--from", out, "-o", tmp_path / "pkg2", "--only", "sticker-50"
    )
    assert code == 0, text
    _, txt = job_sheet(tmp_path / "pkg2", "campaign")
    assert "DRAFT translations (not reviewed by a native speaker): ar\n" in txt, txt


def test_a_combined_file_is_not_named_as_left_out_of_the_order(tmp_path: Path) -> None:
    """A merge's combined file (<template>-all.pdf) has no copies of its own (they are its
    events' files'): JOB-SHEET.txt names only the single files the order gives none as
    "NOT IN THE PRINT ORDER", never the combined file."""
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,venue\n"
        "walk-nairobi,en,Walk,2026-07-30,Uhuru Park\n"
        'walk-mombasa,"en, sw",Walk,2026-07-30,Mama Ngina Drive\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--combined", *SMALL[2:])
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    order = write(tmp_path, "material,event_id,copies\nevent-flyer-a5,walk-nairobi,300\n")
    code, text = package(out, order, tmp_path / "pkg")
    assert code == 0, text
    rows, txt = job_sheet(tmp_path / "pkg", "campaign")
    assert "event-flyer-a5-all.pdf" in rows
    assert (
        "\n\nNOT IN THE PRINT ORDER (no copies given): event-flyer-a5-en-walk-mombasa.pdf, "
        "event-flyer-a5-sw-walk-mombasa.pdf\n\n"
    ) in txt, txt


def test_a_stock_of_the_other_paper_than_the_files_separation_is_a_warning(
    kit_copy: Callable[..., Path], tmp_path: Path
) -> None:
    """A print shop's trial: FOGRA29 (uncoated) files ordered on "135 g/m2 gloss" printed
    both on the job sheet without a word. A line whose stock names coated paper for files
    separated for uncoated paper is a warning at its line, naming the files and the fix; a
    stock naming neither (a weight alone) or the files' own paper is none."""
    from campaign.printorder import stock_paper

    assert stock_paper("135 g/m2 Gloss") == stock_paper("170 g/m² silk") == "coated"
    assert stock_paper("90 g/m2 uncoated") == stock_paper("papier non couché 90 g") == "uncoated"
    # whole words, and "offset" (the process) is no paper: a review's false readings
    assert stock_paper("170 g/m2 gloss, offset 4/4") == "coated"
    assert stock_paper("Naturally white gloss") == "coated"
    assert stock_paper("80 g offset") is None
    # both named (a coated recycled paper, a brand) or neither: nothing said
    assert stock_paper("Recycled silk 150 g/m2") is None
    assert stock_paper("Bond Street Gloss") is None
    assert stock_paper("135 g/m2") is None
    kit = kit_copy()
    campaign = kit / "materials/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(text.replace("output_profile: fogra39", "output_profile: fogra29"))
    out = tmp_path / "out"
    code, text = cli("build", "--kit", kit, "-o", out, "--lang", "en,fr", *SMALL)
    assert code == 0, text
    order = tmp_path / "order.csv"
    order.write_text(
        "material,language,office,copies,stock,finishing\n"
        "flyer-a5,,,500,135 g/m2 gloss,\n"
        "badge-58,,,150,90 g/m2 uncoated,\n",
        encoding="utf-8",
    )
    code, text = cli(
        "package", "--kit", kit, "--from", out, "-o", tmp_path / "pkg", "--order", order
    )
    assert code == 0, text
    assert (
        f"{order}:2:4: warning[package.order]: order.csv: the stock '135 g/m2 gloss' is coated "
        "paper, and 2 print file(s) it orders are separated for uncoated paper (FOGRA29: "
        "flyer-a5-en.pdf, flyer-a5-fr.pdf): on coated paper they print pale and flat\n"
        "  hint: order uncoated paper for them, or build them for the stock: `output_profile: "
        "fogra39` (fogra39 (coated)) in the office's file, or campaign.yaml for the "
        "campaign's, then package again\n"
    ) in text, text
    assert text.count("warning[package.order]") == 1, text  # the badges' uncoated stock: theirs
