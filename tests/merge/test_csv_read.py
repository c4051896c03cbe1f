"""Reading an organiser's spreadsheets (a Brussels and Lille organiser's trial: a French
Excel CSV in Windows-1252 and a French Google Form merged into event flyers): a file in a
code page offered its conversion, its byte named by row and character; a stray byte of a
code page refusing its row alone; French, Spanish, Portuguese and Dutch headers read; a
missing language column told the kit's codes; a sheet without ids named by its rows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from campaign import textfile
from campaign.diagnostics import Collector, DiagnosticsError
from campaign.kit.load import load_kit
from campaign.merge.column_names import event_column
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT, cli, output_tree

SAVED_AS = ' (what a spreadsheet saves as plain "CSV", not as "CSV UTF-8")'
SAVE_CSV = '  hint: save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or as UTF-16 text'

# The trial's sheet as French Excel saves it, "CSV (séparateur: point-virgule)": semicolons,
# CRLF, Windows-1252; no id column, its titles headed Nom de l'événement (made-up events)
FRENCH_EXCEL = (
    "Nom de l'événement;Langue;Date;Heure;Lieu;Organisateur\r\n"
    'Marche Cœur bleu – Saint-Gilles;fr;30/07/2027;14h30;"Salle ""La Ruche""";Asbl\r\n'
    "Ciné-débat : l’exploitation;fr;30/07/2027;19h;Centre culturel;Collectif Été\r\n"
    "Atelier créatif;fr;30/07/2027;15h30-17h;Maison « Le Façonnier », Lille;Ça Bouge\r\n"
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _problems(path: Path, errs: Collector) -> list[str]:
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return [p for p in said if "draft translation" not in p and "merge.year" not in p]


def test_a_french_excel_csv_is_named_by_row_and_character_and_offered_its_conversion(
    tmp_path: Path,
) -> None:
    """The whole file reads as Windows-1252, a French text's letters: the second hint
    docs/errors.md promised gives its conversion (it was left out: Windows-1252, the
    reading where nothing else is sure, counted as unknown); the byte is at "row 1,
    character 10", where "column 10" was taken for the sheet's tenth column; the format is
    named by what it is, not as English Excel's "CSV (Comma delimited)"."""
    path = tmp_path / "evenements.csv"
    path.write_bytes(FRENCH_EXCEL.encode("cp1252"))
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render() == (
        f"{path}:1:10: error[merge.read]: evenements.csv is not UTF-8 text: byte 0xE9 at row 1, "
        f"character 10, which is 'é' in Windows-1252{SAVED_AS}\n{SAVE_CSV}\n"
        "  hint: evenements.csv reads as Windows-1252 throughout: convert it with `iconv -f "
        "CP1252 -t UTF-8 evenements.csv > evenements-utf8.csv`, or open it as Windows-1252 in "
        "a text editor and save it with the encoding UTF-8 (a character Windows-1252 has not "
        "was saved as '?': where you can, save the original again as UTF-8)"
    )


def test_the_conversion_on_windows_is_powershells(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, where the commands our messages quote are Windows' (program.quote) and
    iconv is not installed, the conversion is PowerShell's, as Windows PowerShell 5.1 and
    PowerShell 7 both run it, in the folder PowerShell is in; a $ in the name escaped."""
    path = Path("événements $1.csv")
    with monkeypatch.context() as windows:
        windows.setattr(os, "name", "nt")
        hint = textfile._convert(path, textfile.WINDOWS_1252)
    assert hint == (
        "événements $1.csv reads as Windows-1252 throughout: convert it in PowerShell with "
        '`[IO.File]::WriteAllText("$PWD\\événements `$1-utf8.csv", [IO.File]::ReadAllText('
        '"$PWD\\événements `$1.csv", [Text.Encoding]::GetEncoding(1252)))`, or open it as '
        "Windows-1252 in a text editor and save it with the encoding UTF-8 (a character "
        "Windows-1252 has not was saved as '?': where you can, save the original again as "
        "UTF-8)"
    )


def test_a_byte_below_a_cell_of_two_lines_is_named_by_its_row_and_line(tmp_path: Path) -> None:
    """A cell holding a line break makes a row of two lines: the row and the line differ,
    and both are said."""
    path = tmp_path / "e.csv"
    text = 'event_id,title\nwalk,"Line one\nline two"\nrun,Caf\u00e9\n'
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render().startswith(
        f"{path}:4:8: error[merge.read]: e.csv is not UTF-8 text: byte 0xE9 at row 3 (line 4), "
        f"character 8, which is 'é' in Windows-1252{SAVED_AS}\n"
    )


def test_a_json_files_byte_is_named_by_line_and_character(tmp_path: Path) -> None:
    """A JSON file has lines, no rows, and no spreadsheet saved it: neither is said."""
    path = tmp_path / "e.json"
    path.write_bytes('[{"title": "Caf\u00e9"}]'.encode("cp1252"))
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render().startswith(
        f"{path}:1:16: error[merge.read]: e.json is not UTF-8 text: byte 0xE9 at line 1, "
        "character 16, which is 'é' in Windows-1252\n"
        "  hint: save it as UTF-8 (a text editor's encoding UTF-8), as JSON is written\n"
    )


# A UTF-8 sheet with one character pasted in Windows-1252 (the trial's probe/mixed.csv)
MIXED = (
    "event_id;Titre de l'événement;Langue;Date;Lieu\r\n"
    "marche;Marche Cœur bleu;fr;2027-07-30;Salle « La Ruche »\r\n"
    "cine;Ciné-débat;fr;2027-07-30;Centre culturel\r\n"
    "walk;Blue Heart walk;en;2027-07-30;Park\r\n"
).encode() + b"atelier;Atelier cr\xe9atif pour ados;fr;2027-07-30;Maison\r\n"


def test_a_stray_byte_refuses_its_row_alone(tmp_path: Path, kit: Kit) -> None:
    """One byte of Windows-1252 in a UTF-8 file refused the whole file, and its three good
    rows with it: its row is refused, at the byte's row and character, as any row with a
    problem is, and the others are made."""
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED)
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in records] == ["marche", "cine", "walk"]
    assert _problems(path, errs) == [
        "5:19: error[merge.read]: row 5, column Titre de l'événement (B): byte 0xE9 at "
        "character 11 of the cell is not UTF-8, as the rest of mixed.csv is: it is 'é' in "
        "Windows-1252 "
        "('Atelier créatif pour ados')\n"
        "  hint: type the character again in the cell ('é', if that is it) and save the file "
        'as UTF-8 ("CSV UTF-8" in Excel, the encoding UTF-8 in a text editor): the row is '
        "made once it reads"
    ]


def test_a_stray_byte_in_a_column_the_merge_does_not_read_refuses_nothing(
    tmp_path: Path, kit: Kit
) -> None:
    """A Windows-1252 é in the sheet's own `Remarques` (passed over, README) refused its row,
    "row 2, column Remarques (G): byte 0xE9 at character 63", counted from its line's start
    though said after the cell's name (a reviewer's trial): a column the merge does not read
    is not judged, and a read cell's byte is counted in the cell (here its 4th character,
    the 41st of its line, where the editor's place is; its space before it aside)."""
    path = tmp_path / "notes.csv"
    head = "event_id,language,title,date,time,venue,Remarques\n"
    path.write_bytes(
        head.encode()
        + "walk,fr,Marche d'été,2027-07-30,18:30,Parc,".encode()
        + b"Salle r\xe9serv\xe9e\n"
        + "talk,fr,Ciné-débat,".encode()
        + b"2027-07-30,18:30, Caf\xe9 Nord,ok\n"
    )
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in records] == ["walk"]
    assert _problems(path, errs) == [
        "3:41: error[merge.read]: row 3, column venue (F): byte 0xE9 at character 4 of the "
        "cell is not UTF-8, as the rest of notes.csv is: it is 'é' in Windows-1252 ('Café "
        "Nord')\n"
        "  hint: type the character again in the cell ('é', if that is it) and save the file "
        'as UTF-8 ("CSV UTF-8" in Excel, the encoding UTF-8 in a text editor): the row is '
        "made once it reads"
    ]


def test_a_stray_byte_in_the_header_is_the_files_error(tmp_path: Path) -> None:
    """Its columns cannot be read: the file is refused, at the byte's row and character,
    with no conversion (the rest of the file is UTF-8: converting it would garble it)."""
    path = tmp_path / "e.csv"
    path.write_bytes(b"event_id,titl\xe9\n" + "walk,Ciné-débat à l’Été\n".encode())
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render() == (
        f"{path}:1:14: error[merge.read]: e.csv is not UTF-8 text: byte 0xE9 at row 1, "
        f"character 14, which is 'é' in Windows-1252{SAVED_AS}\n{SAVE_CSV}"
    )


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Nom de l'événement", "title"),  # the trial's Google Form: read as no column
        ("Nom de l’évènement", "title"),
        ("Date de l'événement", "date"),
        ("Nombre del evento", "title"),
        ("Nome do evento", "title"),
        ("Naam van het evenement", "title"),
        ("Titel", "title"),
        ("Datum", "date"),
        ("Einddatum", "end_date"),
        ("Tijd", "time"),
        ("Begintijd", "time"),
        ("Starttijd", "time"),
        ("Eindtijd", "end_time"),
        ("Locatie", "venue"),
        ("Plaats", "venue"),
        ("Taal", "language"),
        ("Organisator", "organiser"),
        ("Afbeelding", "photo"),
        ("Datum en tijd", "date_and_time"),
    ],
)
def test_french_spanish_portuguese_and_dutch_form_headers_are_read(
    header: str, column: str
) -> None:
    assert event_column(header) == column


def test_a_sheet_without_a_language_column_is_told_the_kits_codes(tmp_path: Path, kit: Kit) -> None:
    """The hint named the required columns alone: it names the kit's codes, first those of
    the scripts its rows are written in (Latin and Arabic here)."""
    path = tmp_path / "form.csv"
    path.write_text(
        "event_id,title,venue,date\n"
        "a,Infoavond mensenhandel,X,2027-07-30\n"
        "b,لقاء القلب الأزرق,Y,2027-07-30\n"
        "c,Blue Heart walk,Z,2027-07-30\n",
        encoding="utf-8",
    )
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert _problems(path, errs) == [
        "1:1: error[merge.column]: form.csv has no column 'language'\n"
        "  hint: add a column language with each row's language code (several, "
        "comma-separated: a flyer in each); its rows' letters are Latin (en, es, fr, ht, id, "
        "pt, so, sw, tl, tr, vi among the kit's) and Arabic (ar, fa, ur among the kit's); the "
        "kit's languages: am, ar, bn, en, es, fa, fr, hi, ht, id, ka, km, lo, my, ne, pt, ru, "
        "so, sw, th, tl, tr, uk, ur, vi, zh\n"
        "  hint: required: language, title, date, venue; and event_id, or each event is named "
        "by its row (row-2)"
    ]


def _months_workbook(path: Path) -> Path:
    """A workbook of two sheets without ids, July and August, an event on row 2 of each."""
    from openpyxl import Workbook

    book = Workbook()
    july = book.active
    assert july is not None
    july.title = "July"
    august = book.create_sheet("August")
    for sheet, title, day in (
        (july, "July walk", "2027-07-30"),
        (august, "August walk", "2027-08-30"),
    ):
        sheet.append(["language", "title", "date", "venue"])
        sheet.append(["en", title, day, "Park"])
    book.save(path)
    return path


def test_a_workbooks_sheets_name_their_rows_events_by_sheet_and_do_not_replace_each_other(
    tmp_path: Path,
) -> None:
    """A merge of a workbook's sheet July, then of its sheet August, into one folder: both
    were row-2, exit 0, and August's flyer replaced July's without a word (a reviewer's
    trial). In a workbook of several sheets an event is named by its sheet and its row
    (july-row-2, merge.columns.row_id), as the note says; the second merge would remove the
    first sheet's events as gone from its data, and is refused as another file's is."""
    data = _months_workbook(tmp_path / "wb.xlsx")
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, "--sheet", "July", *args)
    assert code == 0, text
    assert (
        "note[merge.row-ids]: wb.xlsx has no event_id column: each event is named by its sheet "
        "and its row (the 2 sheets' rows share their numbers), july-row-2 for the event on row "
        "2 of sheet 'July', which names its files\n"
        "  hint: sorting the rows, or adding or deleting one above an event, or renaming its "
        "sheet, gives it another id and its files other names"
    ) in text
    assert sorted(p for p in output_tree(out) if p.endswith(".pdf")) == [
        "event-flyer-a5/event-flyer-a5-en-july-row-2.pdf"
    ]
    before = {p: (out / p).read_bytes() for p in output_tree(out)}
    code, text = cli("merge", "event-flyer-a5", data, "--sheet", "August", *args)
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {out} holds the event-flyer-a5 files of 1 event(s) from "
        "wb.xlsx's sheet 'July' (july-row-2) that are not in wb.xlsx's sheet 'August': this "
        "merge would remove them; nothing was made\n"
        "  hint: merge wb.xlsx's sheet 'August' into a folder of its own: -o out-august\n"
    ) in text
    assert {p: (out / p).read_bytes() for p in output_tree(out)} == before
    code, text = cli(
        "merge",
        "event-flyer-a5",
        data,
        "--sheet",
        "August",
        *args[:2],
        "-o",
        out.with_name("out-august"),
        *args[4:],
    )
    assert code == 0, text
    assert "event-flyer-a5/event-flyer-a5-en-august-row-2.pdf" in output_tree(
        out.with_name("out-august")
    )


@pytest.mark.parametrize(
    ("names", "slugs"),
    [
        (("July", "August"), ("july", "august")),
        (("Août 2027", "Événements"), ("aout-2027", "evenements")),
        (("กรกฎาคม", "July!", "July?"), ("sheet1", "sheet2", "sheet3")),
        (("กรกฎาคม", "Sheet1"), ("sheet1", "sheet2")),
        (("Events of the whole summer season 2027",), ("events-of-the-whole-summ",)),
    ],
)
def test_a_sheets_name_in_its_rows_ids(names: tuple[str, ...], slugs: tuple[str, ...]) -> None:
    from campaign.merge.columns import ROW_IDS, sheet_slugs

    assert sheet_slugs(names) == slugs
    assert all(ROW_IDS.fullmatch(f"{slug}-row-10000") for slug in slugs)


def test_the_converted_sheet_merges_by_row_and_a_second_sheet_does_not_replace_it(
    tmp_path: Path,
) -> None:
    """The trial's sheet converted as the hint says merges: each event named by its row
    (event-flyer-a5-fr-row-2.pdf), where an id column had to be added by hand. Another
    sheet without ids merged into the folder would have replaced those files with its own
    rows of the same numbers, without a word: refused, as a merge that would remove
    another file's events is."""
    data = tmp_path / "evenements-utf8.csv"
    data.write_text(FRENCH_EXCEL, encoding="utf-8")
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", data, *args)
    assert code == 0, text
    assert "note[merge.row-ids]: evenements-utf8.csv has no event_id column" in text
    assert sorted(p for p in output_tree(out) if p.endswith(".pdf")) == [
        f"event-flyer-a5/event-flyer-a5-fr-row-{n}.pdf" for n in (2, 3, 4)
    ]
    before = {p: (out / p).read_bytes() for p in output_tree(out)}
    other = tmp_path / "lille.csv"
    other.write_text(
        "Titre;Langue;Date;Lieu\nMarche;fr;30/07/2027;Grand-Place\n"
        "Veillée;fr;30/07/2027;Parvis\nConcert;fr;30/07/2027;Salle\n",
        encoding="utf-8",
    )
    code, text = cli("merge", "event-flyer-a5", other, *args)
    assert code == 1, text
    assert (
        f"error[merge.other-data]: {out} holds the event-flyer-a5 files of 3 event(s) from "
        "evenements-utf8.csv named by their rows (row-2, row-3, row-4), as lille.csv names its "
        "own: this merge would replace them with its rows of the same numbers; nothing was "
        "made\n"
        "  hint: merge lille.csv into a folder of its own: -o out-lille\n"
        "  hint: or, to replace those events with this file's, add --replace; or give each "
        "sheet an event_id column\n"
    ) in text
    assert {p: (out / p).read_bytes() for p in output_tree(out)} == before
    code, text = cli("merge", "event-flyer-a5", data, *args, "--event", "row-3", "--force")
    assert code == 0, text
    assert "1 record(s) from evenements-utf8.csv" in text
