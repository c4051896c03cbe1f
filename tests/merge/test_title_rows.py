"""A title above a data file's header row (an organiser's sheet: a title merged across the
columns on row 1, the header on row 2): the table is read from the header's row, with a
`merge.title-rows` note naming what was skipped; every later message keeps the file's own
row numbers and cell addresses. Rows above the header that hold more than a title (two cells
or more), or a header named twice, are still the `merge.column` error: nothing is misread.
The same in a CSV file, an XLSX workbook and an ODS spreadsheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.kit.load import load_kit
from campaign.merge.events import REQUIRED, event_column, read_events
from campaign.merge.header_row import HEADER_SEARCH
from campaign.merge.tables import read_table
from campaign.model import Kit

from .test_ods import content, row, s, sheet, write_ods

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Blue Heart events 2026"
HEAD = ["event_id", "language", "title", "date", "venue", "Partner"]
FORMATS = [".csv", ".xlsx", ".ods"]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def write(path: Path, rows: list[list[str]], title_across: int = 0) -> Path:
    """`rows` as a CSV file, an XLSX workbook or an ODS spreadsheet (by `path`'s suffix); with
    `title_across`, row 1's cell merged across that many columns (a workbook's title)."""
    if path.suffix == ".csv":
        width = max(len(r) for r in rows)  # as a spreadsheet saves it: every row as wide
        lines = [",".join(r + [""] * (width - len(r))) for r in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif path.suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet_ = book.active
        assert sheet_ is not None
        for r in rows:
            sheet_.append(r)
        if title_across:
            sheet_.merge_cells(start_row=1, start_column=1, end_row=1, end_column=title_across)
        book.save(path)
    else:
        made = []
        for n, r in enumerate(rows, 1):
            if n == 1 and title_across:
                spanned = f'table:number-columns-spanned="{title_across}"'
                cells = [s(r[0], spanned)] + ["<table:covered-table-cell/>"] * (title_across - 1)
                made.append(row(*cells))
            else:
                made.append(row(*(s(v) if v else "<table:table-cell/>" for v in r)))
        write_ods(path, content(sheet("Events", *made)))
    return path


def rendered(errs: Collector, path: Path) -> list[str]:
    return [d.render().replace(f"{path}:", "") for d in errs.items]


def refused(path: Path) -> list[str]:
    """The diagnostics reading the table at `path` raises, as printed, the path left out."""
    with pytest.raises(DiagnosticsError) as raised:
        read_table(path, Collector(), REQUIRED)
    return [d.render().replace(f"{path}:", "") for d in raised.value.diagnostics]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_title_above_the_header_is_skipped_and_the_rows_keep_their_numbers(
    tmp_path: Path, kit: Kit, suffix: str
) -> None:
    """The trial's sheet: `merge` stopped at "its first row is not its header". The title is
    skipped with a note; the header's cells and the rows below are where the sheet has them
    (a column's warning at row 3, a date's error at row 5), and the good row is made."""
    rows = [
        [TITLE],
        [],
        HEAD,
        ["walk", "en", "Walk", "2026-07-30", "Park"],
        ["talk", "en", "Talk", "31 Julyy 2026", "Hall"],
    ]
    path = write(tmp_path / f"events{suffix}", rows, title_across=6)
    errs = Collector()
    table = read_table(path, errs, REQUIRED, key=event_column)
    assert (table.columns, table.header_line, table.count) == (tuple(HEAD), 3, 2)
    good = read_events(table, kit, errs)
    assert [(r.id, r.row) for r in good] == [("walk", 4)]
    name = path.name
    assert rendered(errs, path) == [
        f"3:1: note[merge.title-rows]: {name}: the header is on row 3; row 1 above it holds a "
        f"title only, not read (row 1: '{TITLE}')\n"
        "  hint: a record or a column name above row 3 is not read: put it below the header",
        f"3:6: warning[merge.column]: {name}: column 'Partner' is not used by the event "
        "templates\n"
        "  hint: columns: event_id, language, title, date, end_date, time, end_time, venue, organiser, "
        "contact, link, photo, date_region",
        "5:4: error[merge.value]: row 5, column date (D): '31 Julyy 2026' is not a date: write "
        "it as YYYY-MM-DD, e.g. 2026-07-30\n"
        "  hint: also read: 30/07/2026 (day first), 07/30/2026 (month first; with a day of 12 "
        "or less, only when another date of the column tells which comes first) and 30 July "
        "2026 (a month's name in English or the row's language)",
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_two_title_rows_are_named_with_what_they_hold(tmp_path: Path, suffix: str) -> None:
    rows = [
        [TITLE],
        ["", "", "Updated 3 July"],
        HEAD[:5],
        ["walk", "en", "Walk", "2026-07-30", "P"],
    ]
    path = write(tmp_path / f"events{suffix}", rows)
    errs = Collector()
    table = read_table(path, errs, REQUIRED)
    assert [r["event_id"].row for r in table.rows] == [4]
    assert rendered(errs, path) == [
        f"3:1: note[merge.title-rows]: {path.name}: the header is on row 3; rows 1, 2 above it "
        f"hold a title only, not read (row 1: '{TITLE}'; row 2: 'Updated 3 July')\n"
        "  hint: a record or a column name above row 3 is not read: put it below the header"
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_row_of_values_above_the_header_is_still_refused(tmp_path: Path, suffix: str) -> None:
    """A row of two cells above the header is no title (a record typed above it, notes in
    columns): read from the header, it would be lost without a word. The error stays, and
    names that row."""
    rows = [[TITLE], ["walk", "en", "Walk"], HEAD[:5], ["talk", "en", "Talk", "2026-07-30", "P"]]
    path = write(tmp_path / f"events{suffix}", rows)
    assert refused(path) == [
        f"3:1: error[merge.column]: {path.name}: its first row is not its header; the columns "
        "event_id, language, title, date, venue are named on row 3; row 2 above it holds more "
        "than a title (3 cells: 'walk', 'en', 'Walk')\n"
        "  hint: delete the rows above row 3 (a title may stay: one cell a row), or move the "
        "records among them below the header"
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_header_named_twice_below_a_title_is_refused(tmp_path: Path, suffix: str) -> None:
    """Which of two rows naming every column is the header is not clear: neither is taken."""
    head = HEAD[:5]
    rows = [[TITLE], head, ["walk", "en", "Walk", "2026-07-30", "P"], head]
    path = write(tmp_path / f"events{suffix}", rows)
    assert refused(path) == [
        f"2:1: error[merge.column]: {path.name}: its first row is not its header; the columns "
        "event_id, language, title, date, venue are named on row 2 and again on row 4\n"
        "  hint: keep one header row: delete row 4, or the rows above row 2"
    ]


def test_an_xlsx_header_under_a_title_keeps_its_merged_and_hidden_cells(tmp_path: Path) -> None:
    """A workbook's merged cells, header spans and hidden rows are the header row's and the
    rows below it, not row 1's: the title merged across A1:G1 is no header cell (the data
    rows' cells were joined into column A under it), a header cell merged across (venue
    over E2:F2) joins the values under it, a tall header cell merged down (A2:A3) fills no
    row below it with its name, and a hidden row is named by its own number."""
    from openpyxl import Workbook

    book = Workbook()
    sheet_ = book.active
    assert sheet_ is not None
    sheet_.append([TITLE])
    sheet_.append(["event_id", "language", "title", "date", "venue", None, "Notes"])
    sheet_.append([])
    sheet_.append(["walk", "en", "Walk", "2026-07-30", "Park", "(north gate)"])
    sheet_.append(["talk", "en", "Talk", "2026-07-31", "Hall"])
    sheet_.merge_cells("A1:G1")
    sheet_.merge_cells("E2:F2")
    sheet_.merge_cells("A2:A3")
    sheet_.row_dimensions[5].hidden = True
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    table = read_table(path, errs, REQUIRED)
    assert [(r["event_id"].value, r["venue"].value, r["venue"].row) for r in table.rows] == [
        ("walk", "Park (north gate)", 4)
    ]
    assert table.hidden == (5,)
    assert [d.code for d in errs.items] == ["merge.title-rows", "merge.hidden"]
    assert errs.items[1].message.endswith("(row 5); their events' earlier files are kept")
    assert (errs.items[1].mark.line if errs.items[1].mark else 0) == 5


def test_an_ods_header_cell_merged_down_under_a_title_fills_no_row(tmp_path: Path) -> None:
    """As in a workbook: the header's cell merged down over two rows (a tall header cell)
    is the header's, not a value of the row under it."""
    tall = s("event_id", 'table:number-rows-spanned="2"')
    head = row(tall, *(s(h) for h in ("language", "title", "date", "venue")))
    under = row("<table:covered-table-cell/>", s(""))
    walk = row(s("walk"), s("en"), s("Walk"), s("2026-07-30"), s("Park"))
    path = write_ods(
        tmp_path / "events.ods", content(sheet("Events", row(s(TITLE)), head, under, walk))
    )
    errs = Collector()
    table = read_table(path, errs, REQUIRED)
    assert [(r["event_id"].value, r["event_id"].row) for r in table.rows] == [("walk", 4)]
    assert [d.code for d in errs.items] == ["merge.title-rows"]


def test_a_header_under_a_title_and_no_rows_is_named_at_the_header(
    tmp_path: Path, kit: Kit
) -> None:
    path = write(tmp_path / "events.csv", [[TITLE], HEAD[:5]])
    errs = Collector()
    assert read_events(read_table(path, errs, REQUIRED), kit, errs) == []
    assert [(d.code, d.mark.line if d.mark else 0) for d in errs.items] == [
        ("merge.title-rows", 2),
        ("merge.read", 2),
    ]


@pytest.mark.parametrize("first_titled", [True, False])
def test_two_sheets_of_events_under_titles_are_not_guessed(
    tmp_path: Path, first_titled: bool
) -> None:
    """A sheet a month, each with its title (or one without): reading one would drop the
    other's events, as with two headers on row 1 (merge.sheet). A notes sheet whose example
    header under a title has no rows is no such sheet (test_ods)."""
    from openpyxl import Workbook

    book = Workbook()
    july = book.active
    assert july is not None
    july.title = "July"
    august = book.create_sheet("August")
    for made, title in ((july, first_titled), (august, True)):
        if title:
            made.append([f"{made.title} events"])
        made.append(HEAD[:5])
        made.append(["walk", "en", "Walk", "2026-07-30", "Park"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    with pytest.raises(DiagnosticsError) as raised:
        read_table(path, Collector(), REQUIRED)
    assert [d.message for d in raised.value.diagnostics] == [
        "events.xlsx has the columns event_id, language, title, date, venue on 2 sheets "
        "('July', 'August'): which of them to read is not clear"
    ]
    table = read_table(path, Collector(), REQUIRED, sheet="august")
    assert (table.sheet, table.header_line, [r["event_id"].row for r in table.rows]) == (
        "August",
        2,
        [3],
    )


# an organiser's sheet: a title, then a block of instructions, one line a row, above the
# header; the trial's had 12 lines and its header on row 13, past the 10 rows then searched
INSTRUCTIONS = [[TITLE]] + [[f"{n}. Fill in one row per event"] for n in range(1, 12)]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_header_under_a_block_of_instructions_is_found(
    tmp_path: Path, kit: Kit, suffix: str
) -> None:
    """The trial's sheet was read with its title as the header: five "has no column"
    errors, each with "no template reads 'Blue Heart events 2026'". The header on row 13 is
    found; the note numbers the block by its first and last row and quotes three."""
    rows = [*INSTRUCTIONS, [], HEAD[:5], ["walk", "en", "Walk", "2026-07-30", "Park"]]
    path = write(tmp_path / f"events{suffix}", rows)
    errs = Collector()
    good = read_events(read_table(path, errs, REQUIRED), kit, errs)
    assert [(r.id, r.row) for r in good] == [("walk", 15)]
    assert rendered(errs, path) == [
        f"14:1: note[merge.title-rows]: {path.name}: the header is on row 14; rows 1 to 12 "
        f"above it hold a title only, not read (row 1: '{TITLE}'; row 2: '1. Fill in one "
        "row per event'; row 3: '2. Fill in one row per event'; and 9 more)\n"
        "  hint: a record or a column name above row 14 is not read: put it below the header"
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_header_is_looked_for_up_to_its_limit_and_the_error_says_so(
    tmp_path: Path, suffix: str
) -> None:
    """On the last row searched (HEADER_SEARCH), the header is found; a row below it, the
    error names the file, where it looked and what it found there, and how to fix it: it
    was five "has no column" errors at the title."""
    titles = [[f"Line {n}"] for n in range(1, HEADER_SEARCH)]
    record = ["walk", "en", "Walk", "2026-07-30", "Park"]
    path = write(tmp_path / f"events{suffix}", [*titles, HEAD[:5], record])
    table = read_table(path, Collector(), REQUIRED)
    assert (table.header_line, [r["event_id"].row for r in table.rows]) == (100, [101])
    path = write(tmp_path / f"events{suffix}", [*titles, [], HEAD[:5], record])
    assert refused(path) == [
        f"1:1: error[merge.column]: {path.name}: no header row in its first 100 rows: none "
        "names the columns event_id, language, title, date, venue; each holds one cell at "
        "most (row 1: 'Line 1')\n"
        "  hint: put the header row (event_id, language, title, date, venue: a column's name a "
        "cell) within the first 100 rows, with a title at most (one cell a row) above it: "
        "delete the rows above it, or move the instructions to a sheet of their own"
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_misspelt_header_under_a_title_is_told_at_its_row(
    tmp_path: Path, kit: Kit, suffix: str
) -> None:
    """A header naming some of the columns (venue misspelt) under a title, and a logo's
    empty rows above it: it is the header, and the column it lacks is told at its cell
    (it was the title, "has no column" five times, or in a workbook the empty row 1)."""
    head = ["event_id", "language", "title", "date", "Venu"]
    rows = [[], [], [TITLE], head, ["walk", "en", "Walk", "2026-07-30", "Park"]]
    path = write(tmp_path / f"events{suffix}", rows)
    errs = Collector()
    assert read_events(read_table(path, errs, REQUIRED), kit, errs) == []
    assert [d.split("\n")[0] for d in rendered(errs, path)] == [
        f"4:1: note[merge.title-rows]: {path.name}: the header is on row 4; row 3 above it "
        f"holds a title only, not read (row 3: '{TITLE}')",
        f"4:5: error[merge.column]: {path.name} has no column 'venue'",
    ]
    assert errs.errors[0].hints[0] == "did you mean 'Venu' (column E)? name that column venue"


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_table_of_other_columns_under_a_title_has_no_header(tmp_path: Path, suffix: str) -> None:
    """The first row of several cells under the title names none of the events' columns:
    one error at it, not five "has no column" at the title."""
    rows = [[TITLE], ["Name", "Where", "When", "Who"], ["Walk", "Park", "2026-07-30", "Ana"]]
    path = write(tmp_path / f"events{suffix}", rows)
    assert refused(path) == [
        f"2:1: error[merge.column]: {path.name}: no header row in its first 100 rows: none "
        "names the columns event_id, language, title, date, venue; row 2, the first of "
        "several cells, holds 'Name', 'Where', 'When', ...\n"
        "  hint: if row 2 is the header, name its columns as the events' are (event_id, "
        "language, title, date, venue); if not, put the header row within the first 100 "
        "rows, with a title at most (one cell a row) above it"
    ]


def test_a_first_row_of_columns_stays_the_header_when_one_is_missing(tmp_path: Path) -> None:
    """A header on row 1 missing a column (no title above it) is still the header, whatever
    a row below holds: the error is the missing column's, at row 1."""
    path = write(tmp_path / "events.csv", [HEAD[:4], ["walk", "en", "Walk", "2026-07-30"]])
    assert read_table(path, Collector(), REQUIRED).header_line == 1
