"""Reading records: CSV in its usual encodings and delimiters, XLSX, JSON and YAML, each cell
with its row and column; limits are errors, not hangs."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.merge import tables
from campaign.merge.tables import read_table

HEADER = ["event_id", "language", "title", "date"]
ROW = ["walk", "sw", "Matembezi", "2024-07-30"]


def table_of(path: Path) -> tuple[tuple[str, ...], list[dict[str, object]]]:
    errs = Collector()
    t = read_table(path, errs)
    assert not errs.items
    return t.columns, [{k: c.value for k, c in r.items()} for r in t.rows]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),
        ("utf-16", ","),
        ("utf-16-le", ","),  # no byte order mark: told by its zero bytes
        ("utf-16-be", ","),
        ("utf-8", ";"),
        ("utf-8", "\t"),
    ],
)
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = tmp_path / "events.csv"
    lines = [delimiter.join(HEADER), delimiter.join(ROW), "", delimiter.join(ROW[:3] + [""])]
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    columns, rows = table_of(path)
    assert columns == tuple(HEADER)  # no BOM left in the first name
    assert rows == [
        dict(zip(HEADER, ROW, strict=True)),
        {**dict(zip(HEADER, ROW, strict=True)), "date": ""},
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_csv_with_two_byte_order_marks_is_read(tmp_path: Path, encoding: str) -> None:
    """An editor that adds a byte order mark at each save leaves two: the second was read as
    part of the first column's name ("\ufeffevent_id"), and the merge did not find the
    column (textfile.spreadsheet_text reads both as marks, as a translator's CSV)."""
    path = tmp_path / "events.csv"
    text = "\ufeff\ufeff" + ",".join(HEADER) + "\n" + ",".join(ROW) + "\n"
    path.write_bytes(text.encode(encoding))  # UTF-16: a third mark, Python's own
    columns, rows = table_of(path)
    assert columns == tuple(HEADER)
    assert rows == [dict(zip(HEADER, ROW, strict=True))]


@pytest.mark.parametrize("sep", ["sep=;", "SEP=;", "sep=|", '"sep=;"', "sep=;;;"])
def test_a_csv_that_names_its_separator_on_its_first_line_is_read(tmp_path: Path, sep: str) -> None:
    """Excel's `sep=;` first line, which opens a semicolon file in columns where the list
    separator is a comma: it was taken for the header ("no column 'event_id'"). Its
    separator is the file's, and its rows and lines are the file's (the record on line 3)."""
    delimiter = sep.strip('"')[4]
    path = tmp_path / "events.csv"
    lines = [sep, delimiter.join(HEADER), delimiter.join([*ROW[:2], "Walk, talk", ROW[3]])]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    columns, rows = table_of(path)
    assert columns == tuple(HEADER)
    assert rows == [dict(zip(HEADER, [*ROW[:2], "Walk, talk", ROW[3]], strict=True))]
    cell = read_table(path, Collector()).rows[0]["title"]
    assert (cell.row, cell.line) == (3, 3)


def test_cells_know_their_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("a,b,c\n1,2,3\n\n4,5,6\n", encoding="utf-8")
    t = read_table(path, Collector())
    cell = t.rows[1]["c"]
    assert (cell.row, cell.column, cell.index, cell.where) == (4, "c", 3, "row 4, column c (C)")


def test_xlsx_values_dates_and_a_formula_without_a_saved_value(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*HEADER, "time", "n"])
    sheet.append(["walk", "sw", "Matembezi", date(2024, 7, 30), time(8, 0), "=1+1"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    _, rows = table_of(path)
    (row,) = rows
    assert row["date"] == datetime(2024, 7, 30)  # a date cell: openpyxl gives a datetime
    assert row["time"] == time(8, 0)
    assert row["n"] is None  # openpyxl never calculated it: no value, reported by the checks


def test_json_and_a_yaml_form(tmp_path: Path) -> None:
    j = tmp_path / "e.json"
    j.write_text('[{"event_id": "walk", "language": "sw"}, {"event_id": "run"}]', encoding="utf-8")
    columns, rows = table_of(j)
    assert columns == ("event_id", "language")
    assert rows == [{"event_id": "walk", "language": "sw"}, {"event_id": "run"}]
    y = tmp_path / "walk.yaml"
    y.write_text("event_id: walk\nlanguage: sw\ndate: 2024-07-30\n", encoding="utf-8")
    _, rows = table_of(y)
    assert rows[0]["event_id"] == "walk"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (  # Excel's "CSV (Comma delimited)": Windows-1252, named at its line and character,
            # in the form of every text file the kit reads (textfile.not_text)
            "e.csv",
            b"event_id\nCaf\xe9\n",
            ":2:4: error[merge.read]: e.csv is not UTF-8 text: byte 0xE9 at row 2, character 4, "
            "which is '\u00e9' in Windows-1252 (what a spreadsheet saves as plain \"CSV\", not as "
            '"CSV UTF-8")\n'
            '  hint: save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or as UTF-16 '
            "text",
        ),
        (  # the same after a byte order mark: its 3 bytes were left out of the place
            "e.csv",
            b"\xef\xbb\xbfevent_id\nCaf\xe9\n",
            ":2:4: error[merge.read]: e.csv is not UTF-8 text: byte 0xE9 at row 2, character 4, "
            "which is '\u00e9' in Windows-1252",
        ),
        (  # on the byte order mark's own line: the mark is no character an editor shows
            "e.csv",
            b"\xef\xbb\xbfevent_id,t\xe9\n",
            ":1:11: error[merge.read]: e.csv is not UTF-8 text: byte 0xE9 at row 1, character 11",
        ),
        (  # two marks (an editor that adds one at each save): neither is shown
            "e.csv",
            b"\xef\xbb\xbf\xef\xbb\xbfevent_id,t\xe9\n",
            ":1:11: error[merge.read]: e.csv is not UTF-8 text: byte 0xE9 at row 1, character 11",
        ),
        (  # a byte order mark and then half a character: was a UnicodeDecodeError; named at
            # its line and column in characters (the mark not counted), as a translator's CSV
            "e.csv",
            b"\xff\xfee\x00v\x00\x00\xd8",
            ":1:3: error[merge.read]: e.csv starts as UTF-16 but is not UTF-16 text\n  hint: save "
            'it as "CSV UTF-8"',
        ),
        (
            "e.csv",
            b"e\x00v\x00\x00\xdc",
            'has NUL bytes but is not UTF-16 text\n  hint: save it as "CSV UTF-8"',
        ),
        (
            "e.xlsx",
            b"not a workbook",
            "is not a readable XLSX workbook: it is cut short or not an Excel workbook\n"
            "  hint: save it again from the spreadsheet program as an Excel workbook (.xlsx), or "
            "as CSV UTF-8",
        ),
        ("e.xlsx", b"", "is not a readable XLSX workbook: it is empty"),
        (  # a review: a workbook saved with a password was "cut short"
            "e.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
            "is saved with a password, or is an old Excel workbook (.xls) named .xlsx",
        ),
        ("e.xlsx", b"PK\x05\x06" + b"\0" * 18, "it is a zip file, but not an Excel workbook"),
        (  # Excel's lock file beside an open workbook (an organiser's trial)
            "~$e.xlsx",
            b"\x0bSomeone   ",
            "error[merge.read]: ~$e.xlsx is the lock file Excel keeps beside a workbook it has "
            "open, not a workbook\n  hint: merge e.xlsx",
        ),
        ("e.json", b'{"a": ', "is not JSON"),
        ("e.json", b'"just text"', "must hold a list of records"),
        # Python's limit on converting a long number: it stopped with an internal error
        ("e.json", b'[{"n": ' + b"9" * 5000 + b"}]", "holds a number too long to read"),
        (
            "e.ods",
            b"x",
            "is not a readable ODS spreadsheet: it is cut short or not an OpenDocument",
        ),
        (
            "e.xls",
            b"x",
            "unknown data format '.xls'\n  hint: use .csv, .xlsx, .ods, .json or .yaml: save it "
            "as .xlsx or as CSV UTF-8 (File > Save As, in LibreOffice or Excel)",
        ),
        ("e.csv", b"", "is empty: it needs a header row"),
    ],
)
def test_unreadable_files_are_one_clear_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert message in exc.value.render()
    assert "error[merge.read]" in exc.value.render()


SAVE_CSV = '  hint: save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or as UTF-16 text'


@pytest.mark.parametrize(
    ("text", "codec", "place", "byte", "shown", "page"),
    [
        ("event_id,venue\nrun,สวนลุมพินี วิ่งเพื่อหัวใจ\n", "cp874", "2:5", "0xCA", "ส", "Windows-874"),
        (
            "event_id,title\nwalk,Прогулка для сердца\n",
            "cp1251",
            "2:6",
            "0xCF",
            "П",
            "Windows-1251",
        ),
        ("event_id,venue\nwalk,حديقة الأزهر\n", "cp1256", "2:6", "0xCD", "ح", "Windows-1256"),
        (
            "event_id,venue\nwalk,Wrocław\nrun,Białystok\n",
            "cp1250",
            "2:10",
            "0xB3",
            "ł",
            "Windows-1250",
        ),
        # multi-byte code pages: the character the byte begins
        (
            "event_id,venue\nwalk,日比谷公園で心臓のためのウォーキング\n",
            "cp932",
            "2:6",
            "0x93",
            "日",
            "Shift_JIS",
        ),
        (
            "event_id,venue\nwalk,人民公园的心脏健步走活动\n",
            "gb18030",
            "2:6",
            "0xC8",
            "人",
            "GB18030",
        ),
        ("event_id,venue\nwalk,大安森林公園的心臟健走活動\n", "big5", "2:6", "0xA4", "大", "Big5"),
        (
            "event_id,venue\nwalk,여의도 공원에서 마음을 위한 걷기\n",
            "cp949",
            "2:6",
            "0xBF",
            "여",
            "EUC-KR",
        ),
    ],
)
def test_a_csv_in_a_non_latin_code_page_is_read_in_the_one_detected(
    tmp_path: Path, text: str, codec: str, place: str, byte: str, shown: str, page: str
) -> None:
    """A merge's CSV saved as Excel's plain "CSV" on a Thai, Russian or Arabic Windows: its
    languages are many, so its code page is detected from its letters; the byte is read in
    it (a Thai ส was 'Ê' in Windows-1252), and the whole file converted from it."""
    path = tmp_path / "e.csv"
    path.write_bytes(text.encode(codec))
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render() == (
        f"{path}:{place}: error[merge.read]: e.csv is not UTF-8 text: byte {byte} at row "
        f"{place.split(':')[0]}, character {place.split(':')[1]}, which is '{shown}' in {page}"
        f"{SAVED_AS}\n{SAVE_CSV}\n"
        f"  hint: e.csv reads as {page} throughout: convert it with `iconv -f {codec.upper()} "
        f"-t UTF-8 e.csv > e-utf8.csv`, or open it as {page} in a text editor and save it with "
        f"the encoding UTF-8 (a character {page} has not was saved as '?': where you can, save "
        "the original again as UTF-8)"
    )


# what such a file was saved as (merge.csv_file.SAVED_AS): it said "CSV (Comma delimited)",
# English Excel's name, of a French Excel's semicolon file
SAVED_AS = ' (what a spreadsheet saves as plain "CSV", not as "CSV UTF-8")'


def _converted(name: str, page: str, iconv: str) -> str:
    """The hint converting a CSV file read throughout in a code page (textfile._convert)."""
    utf8 = name.replace(".csv", "-utf8.csv")
    return (
        f"  hint: {name} reads as {page} throughout: convert it with `iconv -f {iconv} -t UTF-8 "
        f"{name} > {utf8}`, or open it as {page} in a text editor and save it with the encoding "
        f"UTF-8 (a character {page} has not was saved as '?': where you can, save the original "
        "again as UTF-8)"
    )


def test_a_latin_csv_in_windows_1252_is_offered_its_conversion(tmp_path: Path) -> None:
    """Windows-1252 is the reading where no other code page is certain: its conversion is
    offered where the file's letters past ASCII read so are one Western language's
    (textfile.western_1252: docs/errors.md promised it, and a French Excel CSV was told only
    to save it again)."""
    path = tmp_path / "e.csv"
    path.write_bytes("event_id,venue\nwalk,Caf\u00e9 de la Paix\n".encode("cp1252"))
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render() == (
        f"{path}:2:9: error[merge.read]: e.csv is not UTF-8 text: byte 0xE9 at row 2, character "
        f"9, which is '\u00e9' in Windows-1252{SAVED_AS}\n{SAVE_CSV}\n"
        + _converted("e.csv", "Windows-1252", "CP1252")
    )


def test_windows_1252_of_no_one_language_is_not_converted(tmp_path: Path) -> None:
    """Letters of no one Western language in their Windows-1252 reading (é and ß: French has
    no ß, German no é) may be another code page's: no conversion is offered, which might
    garble them."""
    path = tmp_path / "e.csv"
    path.write_bytes("event_id,venue\nwalk,Caf\u00e9 Stra\u00dfe\n".encode("cp1252"))
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render().endswith(f"in Windows-1252{SAVED_AS}\n{SAVE_CSV}")


def test_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "e.csv"
    path.write_text("event_id,title\n" + "".join(f"e{i},x\n" for i in range(5)), encoding="utf-8")
    monkeypatch.setattr(tables, "MAX_ROWS", 4)
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert "has 5 records; at most 4 are merged in one run" in exc.value.render()
    monkeypatch.setattr(tables, "MAX_BYTES", 10)
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert "a data file may be at most" in exc.value.render()
    monkeypatch.setattr(tables, "MAX_BYTES", 10_000)
    monkeypatch.setattr(tables, "MAX_CELL", 3)
    path.write_text("event_id,title\ne0,abcdef\ne1,abc\n", encoding="utf-8")
    errs = Collector()
    read_table(path, errs)
    assert [d.render() for d in errs.errors] == [
        f"{path}:2:2: error[merge.cell]: row 2, column title (B): 6 characters; a cell may hold "
        "at most 3\n  hint: shorten the cell to at most 3 characters: no slot prints more"
    ]


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        (  # the rest of the file would be one cell
            'q1,en,"unterminated,2025-07-30\nq2,en,Fine,2025-07-30\n',
            2,
            'a quoted cell on line 2 is not closed: a " opens it\n'
            '  hint: close the cell with a "; a " inside it is written twice',
        ),
        (  # read as the cell `Walk now` before: the Sniffer saw no "" and said none are doubled
            'q1,en,Fine,2025-07-30\nq2,en,"Walk" now,2025-07-30\n',
            3,
            "on line 3, a cell's closing \" is followed by more text\n"
            '  hint: put the whole cell in quotes and write each " inside it twice: "say ""hi"""',
        ),
    ],
)
def test_csv_quotes_that_do_not_close_are_named(
    tmp_path: Path, body: str, line: int, message: str
) -> None:
    path = tmp_path / "e.csv"
    path.write_text(",".join(HEADER) + "\n" + body, encoding="utf-8")
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render() == f"{path}:{line}:1: error[merge.read]: {path}: {message}"


def test_doubled_quotes_and_quoted_delimiters_read_as_spreadsheets_write_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "e.csv"
    path.write_text(
        ",".join(HEADER) + '\nq1,en,"Say ""no"", walk",2025-07-30\nq2,en,5"2 tall,2025-07-30\n',
        encoding="utf-8",
    )
    assert [r["title"] for r in table_of(path)[1]] == ['Say "no", walk', '5"2 tall']


def test_apostrophes_are_not_quotes(tmp_path: Path) -> None:
    """The Sniffer took ' for the quote character from a sample like this: the file was
    refused, or `'90s night'` lost its apostrophes. Cells are quoted with " only."""
    path = tmp_path / "e.csv"
    path.write_text(
        ",".join(HEADER)
        + "\nq1,en,'90s night',2025-07-30\nq2,en,'s-Hertogenbosch walk,2025-07-30\n"
        "q3,en,'Tis the season',2025-07-30\n",
        encoding="utf-8",
    )
    titles = [r["title"] for r in table_of(path)[1]]
    assert titles == ["'90s night'", "'s-Hertogenbosch walk", "'Tis the season'"]


@pytest.mark.parametrize("content", ["\n\n\n", "   \n  \n"])
def test_a_file_of_blank_lines_has_no_header(tmp_path: Path, content: str) -> None:
    path = tmp_path / "e.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DiagnosticsError) as exc:
        read_table(path, Collector())
    assert exc.value.render() == (
        f"error[merge.read]: {path} is empty: it needs a header row\n"
        "  hint: put the field names in its first row (event_id, language, ...), a record a row "
        "below"
    )


def test_blank_lines_before_the_header_are_nothing(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("\n\n" + ",".join(HEADER) + "\n" + ",".join(ROW) + "\n", encoding="utf-8")
    columns, rows = table_of(path)
    assert columns == tuple(HEADER)
    assert rows == [dict(zip(HEADER, ROW, strict=True))]


def test_a_yaml_forms_values_are_at_their_lines_and_as_written(tmp_path: Path) -> None:
    """`time: 18:30`, as the docs write it, was YAML 1.1's number 1110 ("'1110' is not a
    time", at line 1); a record's errors are at the value's line and column, and say
    "record, field" (a list of records has no rows or columns)."""
    from ..kits import ROOT, cli

    form = tmp_path / "walk.yaml"
    head = "event_id: walk\nlanguage: fr\ntitle: Marche\ndate: 2026-07-30\n"
    form.write_text(head + "time: 18:30\nvenue: Parc\n", encoding="utf-8")
    _, rows = table_of(form)
    assert rows[0]["time"] == "18:30"
    out = tmp_path / "out"
    args = ("--kit", ROOT, "-o", out, "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", form, *args)
    assert code == 0, text
    form.write_text("- " + head.replace("\n", "\n  ") + "time: 25:30\n  venue: Parc\n")
    code, text = cli("merge", "event-flyer-a5", form, *args)
    assert code == 1
    assert text.startswith(
        f"{form}:5:9: error[merge.value]: record 1, field time: '25:30' is not a time: write "
        "it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n"
    )
    j = tmp_path / "walk.json"
    j.write_text('[{"event_id": "w", "language": "fr", "title": "M", "date": "2026-07-30", '
                 '"time": "25:00", "venue": "P"}]')  # fmt: skip
    code, text = cli("merge", "event-flyer-a5", j, *args)
    assert code == 1
    assert text.startswith(f"{j}: error[merge.value]: record 1, field time: '25:00' is not")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_title_above_the_header_is_one_note_naming_the_header_s_row(
    tmp_path: Path, suffix: str
) -> None:
    """A sheet with a title and a blank row above its header: the title was taken for the
    header, and each required column was "missing" (five errors, none saying why); then it
    was an error naming the header's row. It is read from there, with a note."""
    from campaign.merge.events import REQUIRED

    rows = [
        ["Events of the Lahore office"],
        [],
        ["Event ID", "Language", "Title", "Date", "Venue"],
        ["a", "en", "A", "2026-07-30", "P"],
    ]
    path = tmp_path / f"events{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    else:
        import openpyxl

        book = openpyxl.Workbook()
        for r in rows:
            book.active.append(r)
        book.save(path)
    errs = Collector()
    table = read_table(path, errs, REQUIRED)
    assert [(r["Event ID"].value, r["Event ID"].row) for r in table.rows] == [("a", 4)]
    assert [d.render() for d in errs.items] == [
        f"{path}:3:1: note[merge.title-rows]: events{suffix}: the header is on row 3; row 1 "
        "above it holds a title only, not read (row 1: 'Events of the Lahore office')\n"
        "  hint: a record or a column name above row 3 is not read: put it below the header"
    ]


def test_a_list_is_one_cell_and_an_object_is_named_at_its_place(tmp_path: Path) -> None:
    """`language: [en, ar]` in a YAML form (or a JSON list) was read as the text "['en'",
    "'ar']" (two unknown languages); an object printed on the flyer as "{'name': 'Park'}". A
    list of values is one cell, its items joined by ", " (the language cell "en, ar"); an
    object where the events take a value is an error at its place, and elsewhere the unused
    column's warning (it stopped the whole merge)."""
    form = tmp_path / "walk.yaml"
    form.write_text(
        "- event_id: walk\n  language: [en, ar]\n  organiser:\n    - Club A\n    - Club B\n",
        encoding="utf-8",
    )
    _, rows = table_of(form)
    assert (rows[0]["language"], rows[0]["organiser"]) == ("en, ar", "Club A, Club B")
    j = tmp_path / "walk.json"
    j.write_text('[{"event_id": "w", "language": ["en", "fr"]}]', encoding="utf-8")
    _, rows = table_of(j)
    assert rows[0]["language"] == "en, fr"
    from ..kits import ROOT, cli

    head = "event_id: walk\n  language: en\n  title: Walk\n  date: 2026-07-30\n"
    form.write_text(f"- {head}  venue: {{name: Park, city: Delhi}}\n", encoding="utf-8")
    args = ("--kit", ROOT, "-o", tmp_path / "out", "--no-png", "--no-digital")
    code, text = cli("merge", "event-flyer-a5", form, *args)
    assert code == 1
    assert text.startswith(
        f"{form}:5:10: error[merge.value]: record 1, field venue: the value is an object; a "
        "field holds a text, a number, a date, or a list of them (several languages: [en, ar])\n"
        "  hint: write venue as one text (venue: City Park, Delhi)\n"
        "  hint: a text in each language: a key of its own for each (venue_fr: ...)\n"
    )
    # in a column the events do not use, an object is that column's warning, not an error
    form.write_text(f"- {head}  venue: Park\n  place: {{lat: 1, lng: 2}}\n", encoding="utf-8")
    code, text = cli("merge", "event-flyer-a5", form, *args)
    assert code == 0, text
    assert "column 'place' is not used by the event templates" in text
