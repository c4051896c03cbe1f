"""OpenDocument spreadsheets (.ods, LibreOffice's own format; .fods, its flat XML): read as
workbooks are, with what LibreOffice writes undone (repeated rows and cells, merged ranges,
paragraphs and spaces, links, hidden rows). The files here are written as LibreOffice 7
writes them (content.xml of a saved sheet, the styles left out); real files saved by
LibreOffice 5 were read alike when the reader was written."""

from __future__ import annotations

import json
import zipfile
from datetime import date, time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.kit.load import load_kit
from campaign.merge import ods, ods_cells
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
# the empty rest of a sheet as LibreOffice writes it: a row repeated to the last of 1,048,576
REST = (
    '<table:table-row table:number-rows-repeated="1048500">'
    '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def s(text: str, *attrs: str) -> str:
    """A text cell."""
    extra = "".join(f" {a}" for a in attrs)
    return (
        f'<table:table-cell office:value-type="string" calcext:value-type="string"{extra}>'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def row(*cells: str, attrs: str = "") -> str:
    return f'<table:table-row table:style-name="ro1"{attrs}>{"".join(cells)}</table:table-row>'


def sheet(name: str, *rows: str) -> str:
    return (
        f'<table:table table:name="{name}" table:style-name="ta1">'
        '<table:table-column table:style-name="co1" table:number-columns-repeated="8" '
        'table:default-cell-style-name="Default"/>'
        f"{''.join(rows)}{REST}</table:table>"
    )


def content(*sheets: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} '
        'office:version="1.3"><office:body><office:spreadsheet>'
        f"{''.join(sheets)}</office:spreadsheet></office:body></office:document-content>"
    )


def write_ods(path: Path, xml: str, manifest: str = "") -> Path:
    """An .ods package: its mimetype first and stored, as ODF 1.2 part 3, 3.3 requires."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", xml, zipfile.ZIP_DEFLATED)
        z.writestr(
            "META-INF/manifest.xml",
            manifest
            or '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
            zipfile.ZIP_DEFLATED,
        )
    return path


HEADER = row(*(s(h) for h in ("event_id", "language", "title", "date", "time", "venue", "link")))
# made-up events whose example.org links are the project's samples, as a boolean TRUE in a
# `sample` column says (a real event's are refused: merge.value)
SAMPLE = (
    '<table:table-cell office:value-type="boolean" office:boolean-value="true" '
    'calcext:value-type="boolean"><text:p>TRUE</text:p></table:table-cell>'
)


def events_sheet() -> str:
    date_cell = (
        '<table:table-cell office:value-type="date" office:date-value="2026-07-30" '
        'calcext:value-type="date"><text:p>30/07/26</text:p></table:table-cell>'
    )
    time_cell = (
        '<table:table-cell office:value-type="time" office:time-value="PT18H30M00S" '
        'calcext:value-type="time"><text:p>18:30</text:p></table:table-cell>'
    )
    link = (
        '<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>'
        '<text:a xlink:href="https://example.org/walk?a=1&amp;b=2" xlink:type="simple">'
        "Register here</text:a></text:p></table:table-cell>"
    )
    formula_link = (
        '<table:table-cell table:formula="of:=HYPERLINK(&quot;https://example.org/run&quot;;'
        '&quot;Sign up&quot;)" office:value-type="string" office:string-value="Sign up" '
        'calcext:value-type="string"><text:p>Sign up</text:p></table:table-cell>'
    )
    merged_venue = (
        '<table:table-cell table:number-rows-spanned="2" table:number-columns-spanned="1" '
        'office:value-type="string" calcext:value-type="string"><text:p>City<text:s '
        'text:c="2"/>Park</text:p><text:p>North gate</text:p></table:table-cell>'
    )
    commented = (
        '<table:table-cell office:value-type="string" calcext:value-type="string">'
        "<office:annotation><dc:creator>Ana</dc:creator><text:p>check the title</text:p>"
        "</office:annotation><text:p>Talk</text:p></table:table-cell>"
    )
    return sheet(
        "Events",
        HEADER.replace("</table:table-row>", f"{s('sample')}</table:table-row>"),
        row(s("walk"), s("en"), s("Walk"), date_cell, time_cell, merged_venue, link, SAMPLE),
        # the cell under the venue's top: covered; en and the date twice: one cell repeated
        row(
            s("run"),
            s("en"),
            s("Run"),
            date_cell.replace(">", ' table:number-columns-repeated="1">', 1),
            time_cell,
            "<table:covered-table-cell/>",
            formula_link,
            SAMPLE,
        ),
        row(s("talk"), s("en"), commented, date_cell, time_cell, s("Hall")),
        row(
            s("gone"),
            s("en"),
            s("Cancelled"),
            date_cell,
            time_cell,
            s("Hall"),
            attrs=' table:visibility="collapse"',
        ),  # fmt: skip
        row(
            '<table:table-cell table:number-columns-repeated="7"/>',
            attrs=' table:number-rows-repeated="3"',
        ),
        row(s("late"), s("en"), s("Late"), date_cell, time_cell, s("Hall")),
    )


def test_an_ods_sheet_reads_as_a_workbook_does(tmp_path: Path, kit: Kit) -> None:
    notes = sheet("Read me", row(s("Fill in one row per event")), row(s("Dates as dates")))
    path = write_ods(tmp_path / "events.ods", content(notes, events_sheet()))
    errs = Collector()
    table = read_table(path, errs, ("event_id", "language", "title"))
    assert (table.sheet, table.sheets) == ("Events", ("Read me", "Events"))
    assert table.columns == (
        "event_id", "language", "title", "date", "time", "venue", "link", "sample"
    )  # fmt: skip
    rows = table.rows
    assert [r["event_id"].value for r in rows] == ["walk", "run", "talk", "late"]
    assert [r["event_id"].row for r in rows] == [2, 3, 4, 9]  # 5 hidden, 6 to 8 empty
    walk, run, talk, late = rows
    assert walk["date"].value == date(2026, 7, 30)
    assert walk["time"].value == time(18, 30)
    assert walk["venue"].value == "City  Park\nNorth gate"  # spaces and paragraphs kept
    assert run["venue"].value == walk["venue"].value  # under the merged range's top
    assert walk["link"].target == "https://example.org/walk?a=1&b=2"
    assert walk["link"].value == "Register here"
    assert run["link"].target == "https://example.org/run"  # =HYPERLINK("...";"...")
    assert talk["title"].value == "Talk"  # the comment is not the cell's text
    assert late["link"].value is None
    assert late["link"].index == 7
    assert table.hidden == (5,)
    assert [d.code for d in errs.items] == ["merge.hidden"]
    assert errs.items[0].mark is not None
    assert errs.items[0].mark.line == 5
    good = read_events(table, kit, errs)
    assert [(r.id, r.layer.links) for r in good] == [
        ("walk", {"event": "https://example.org/walk?a=1&b=2"}),
        ("run", {"event": "https://example.org/run"}),
        ("talk", {}),
        ("late", {}),
    ]
    assert [d.code for d in errs.items] == ["merge.hidden"]  # every row good


def test_a_merge_of_an_ods_sheet_makes_what_the_same_csv_makes(tmp_path: Path) -> None:
    """The same events as a CSV file and as an .ods sheet (dates and times typed as such,
    a number typed as a number): the same records, so the same fingerprints."""
    csv = tmp_path / "events.csv"
    csv.write_text(
        "event_id,language,title,date,time,venue,contact\n"
        "walk,en,Walk,2026-07-30,18:30,City Park,700000001\n"
        'walk-ar,ar,مسيرة,2026-07-30,09:00,"Hall, 2nd floor",700000001\n',
        encoding="utf-8",
    )

    def typed(day: str, hours: int) -> str:
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{day}">'
            f"<text:p>{day}</text:p></table:table-cell>"
            f'<table:table-cell office:value-type="time" office:time-value="PT{hours:02d}H'
            f'{30 if hours == 18 else 0:02d}M00S"><text:p>x</text:p></table:table-cell>'
        )

    def number(n: int) -> str:
        return (
            f'<table:table-cell office:value-type="float" office:value="{n}">'
            f"<text:p>{n}</text:p></table:table-cell>"
        )

    book = content(
        sheet(
            "Sheet1",
            row(*(s(h) for h in ("event_id", "language", "title", "date", "time", "venue", "contact"))),
            row(s("walk"), s("en"), s("Walk"), typed("2026-07-30", 18), s("City Park"), number(700000001)),
            row(s("walk-ar"), s("ar"), s("مسيرة"), typed("2026-07-30", 9), s("Hall, 2nd floor"), number(700000001)),
        )
    )  # fmt: skip
    sheet_file = write_ods(tmp_path / "events.ods", book)
    prints = {}
    for data in (csv, sheet_file):
        out = tmp_path / data.suffix[1:]
        code, text = cli(
            "merge", "event-flyer-a5", data, "-o", out, "--no-png", "--no-digital", "-j", "1"
        )  # fmt: skip
        assert code == 0, text
        assert "2 record(s) from" in text
        entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
        prints[data.suffix] = sorted((e["record"], e["fingerprint"]) for e in entries)
    assert prints[".ods"] == prints[".csv"]
    assert [r for r, _ in prints[".ods"]] == ["walk", "walk-ar"]


def test_a_flat_fods_file_is_read(tmp_path: Path) -> None:
    xml = content(events_sheet()).replace("office:document-content", "office:document")
    path = tmp_path / "events.fods"
    path.write_text(xml, encoding="utf-8")
    table = read_table(path, Collector())
    assert [r["event_id"].value for r in table.rows] == ["walk", "run", "talk", "late"]


def events_ods(tmp_path: Path, *rows: str) -> Path:
    """events.ods of one sheet: the header and `rows`."""
    return write_ods(tmp_path / "events.ods", content(sheet("Sheet1", HEADER, *rows)))


def test_a_bad_cell_is_named_at_its_row_and_column(tmp_path: Path, kit: Kit) -> None:
    unsaved = '<table:table-cell table:formula="of:=[.A1]&amp;&quot;x&quot;"/>'  # no value saved
    path = events_ods(
        tmp_path,
        row(s("walk"), s("en"), s("Walk"), s("2026-13-45"), s("18:30"), s("Park")),
        row(s("run"), s("en"), unsaved, s("2026-07-30"), s("18:30"), s("Park")),
    )
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    found = [(d.code, d.mark.line, d.mark.col) for d in errs.items if d.mark]
    assert found == [("merge.value", 2, 4), ("merge.value", 3, 3)]
    assert "row 2, column date (D)" in errs.items[0].message


def test_a_row_of_nothing_but_unsaved_formulas_is_one_error(tmp_path: Path, kit: Kit) -> None:
    """A template's formulas filled down, never calculated (a script wrote the file): the row
    may be an event or nothing; one error at its first formula, not one at each cell. A
    formula whose value was saved as an empty text is a blank cell: its row is skipped."""
    unsaved = '<table:table-cell table:formula="of:=IF([.H3]=&quot;&quot;;&quot;&quot;;[.H3])"/>'
    shows_nothing = (  # as LibreOffice saves it: a text, empty
        '<table:table-cell table:formula="of:=IF([.H4]=&quot;&quot;;&quot;&quot;;[.H4])" '
        'office:value-type="string" office:string-value="" calcext:value-type="string">'
        "<text:p/></table:table-cell>"
    )
    path = events_ods(
        tmp_path,
        row(s("walk"), s("en"), s("Walk"), s("2026-07-30"), s("18:30"), s("Park")),
        row(*[unsaved] * 6),
        row(*[shows_nothing] * 6),
    )
    errs = Collector()
    assert [r.id for r in read_events(read_table(path, errs), kit, errs)] == ["walk"]
    assert [(d.code, d.mark.line, d.mark.col) for d in errs.items if d.mark] == [
        ("merge.value", 3, 1)
    ]
    assert errs.items[0].message.startswith(
        "row 3, column event_id (A): the row holds only formulas whose values the file does "
        "not hold"
    )


def test_an_ods_that_cannot_be_read_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_zip = tmp_path / "a.ods"
    not_zip.write_text("event_id,language\n", encoding="utf-8")
    locked = write_ods(
        tmp_path / "b.ods",
        content(sheet("Sheet1", HEADER)),
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>'
        "</manifest:manifest>",
    )
    broken = write_ods(tmp_path / "c.ods", content(sheet("Sheet1", HEADER))[:-40])
    empty = write_ods(tmp_path / "d.ods", content(sheet("Sheet1")))
    big = write_ods(tmp_path / "e.ods", content(sheet("Sheet1", HEADER)))
    said = {}
    for path in (not_zip, locked, broken, empty, big):
        if path == big:
            monkeypatch.setattr(ods, "MAX_XML", 1000)  # a bomb: 20 MB that unpack to 200
        with pytest.raises(DiagnosticsError) as caught:
            read_table(path, Collector())
        (problem,) = caught.value.diagnostics
        assert problem.code == "merge.read"
        said[path.stem] = problem.message.replace(f"{path} ", "")
    assert said["a"] == (
        "is not a readable ODS spreadsheet: it is cut short or not an OpenDocument spreadsheet"
    )
    assert said["b"] == "is saved with a password: its cells cannot be read"
    assert said["c"].startswith("is not a readable ODS spreadsheet (no element found")
    assert said["d"] == "is empty: it needs a header row"
    assert said["e"].startswith("unpacks to 0 MB of cells; at most 0.001 MB are read")
    assert ods.MAX_XML == 1000


def test_a_long_sheet_before_the_events_hides_nothing(tmp_path: Path) -> None:
    """A sheet of 20,000 rows before the events' (a lookup list): the reader stopped inside
    it at the row limit, and every sheet after it was lost ("no column 'event_id'")."""
    big = sheet(
        "Lookup",
        row(s("venue")),
        row(s("Park"), attrs=' table:number-rows-repeated="20000"'),
    )
    events = sheet("Events", HEADER, row(s("walk"), s("en"), s("Walk"), s("2026-07-30")))
    path = write_ods(tmp_path / "events.ods", content(big, events))
    table = read_table(path, Collector(), ("event_id", "language", "title"))
    assert (table.sheet, table.sheets) == ("Events", ("Lookup", "Events"))
    assert [r["event_id"].value for r in table.rows] == ["walk"]


def test_a_formula_error_is_named_at_its_cell(tmp_path: Path, kit: Kit) -> None:
    """A VLOOKUP that found nothing shows #N/A: LibreOffice saves it as an error value with
    an empty string value, and the venue read as empty ("'venue' is empty"), a link as no
    link. The error is named, at its cell, in an ODS sheet and in a CSV file (an export of
    a sheet writes #N/A as text) alike; a formula whose value was saved as text is read."""
    error = (
        '<table:table-cell table:formula="of:=VLOOKUP([.A2];$Lookup.A1:B9;2;0)" '
        'office:value-type="string" office:string-value="" calcext:value-type="error">'
        "<text:p>#N/A</text:p></table:table-cell>"
    )
    saved = (
        '<table:table-cell table:formula="of:=UPPER([.A3])"><text:p>RUN</text:p>'
        "</table:table-cell>"
    )  # a writer that saves a formula's text without its type
    path = events_ods(
        tmp_path,
        row(s("walk"), s("en"), s("Walk"), s("2026-07-30"), s("18:30"), error),
        row(s("run"), s("en"), saved, s("2026-07-30"), s("18:30"), s("Park")),
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in good] == ["run"]
    assert [(d.code, d.mark.line, d.mark.col) for d in errs.items if d.mark] == [
        ("merge.value", 2, 6)
    ]
    assert "row 2, column venue (F): the cell shows the formula error #N/A" in errs.items[0].message
    csv = tmp_path / "events.csv"
    csv.write_text(
        "event_id,language,title,date,venue\nwalk,en,Walk,2026-07-30,Err:502\n", encoding="utf-8"
    )
    errs = Collector()
    assert read_events(read_table(csv, errs), kit, errs) == []
    assert "the cell shows the formula error Err:502" in errs.items[0].message


def test_a_run_of_spaces_is_bounded(tmp_path: Path) -> None:
    """<text:s text:c="300000000"/> in a 1 KB file made a 300 MB cell at every pass: the run
    is cut where a cell is refused as too long anyway."""
    spaces = (
        '<table:table-cell office:value-type="string"><text:p>A<text:s text:c="300000000"/>B'
        "</text:p></table:table-cell>"
    )
    path = events_ods(tmp_path, row(s("walk"), s("en"), spaces, s("2026-07-30")))
    errs = Collector()
    table = read_table(path, errs)
    assert len(table.rows[0]["title"].value) == ods_cells.MAX_SPACES + 2
    assert [d.code for d in errs.items] == ["merge.cell"]  # too long: refused at its cell


def test_several_sheets_with_the_events_columns_are_not_guessed(tmp_path: Path) -> None:
    """An example sheet before the events' (both headers on row 1): the example was read as
    the only event, and a merge into the events' folder deleted 21 flyers as stale, exit 0;
    a sheet a month lost August. Such a workbook is a `merge.sheet` error, and --sheet
    names the sheet to read; the summary says which sheet was read. A notes sheet whose
    example header is under a title is no such sheet: the events' is read."""
    example = sheet("Example", HEADER, row(s("example"), s("en"), s("An example"), s("2026-07-30")))
    walk = row(s("walk"), s("en"), s("Walk"), s("2026-07-30"), s("18:30"), s("Park"))
    events = sheet("Events", HEADER, walk)
    path = write_ods(tmp_path / "events.ods", content(example, events))
    with pytest.raises(DiagnosticsError) as caught:
        read_table(path, Collector(), ("event_id", "language", "title"))
    (problem,) = caught.value.diagnostics
    assert problem.code == "merge.sheet"
    assert problem.message == (
        "events.ods has the columns event_id, language, title on 2 sheets ('Example', "
        "'Events'): which of them to read is not clear"
    )
    assert problem.hints[0].startswith("name the sheet to read: --sheet 'Events'")
    table = read_table(path, Collector(), ("event_id", "language", "title"), sheet="events")
    assert [r["event_id"].value for r in table.rows] == ["walk"]
    with pytest.raises(DiagnosticsError) as caught:
        read_table(path, Collector(), ("event_id",), sheet="Event")
    assert caught.value.diagnostics[0].message == "events.ods has no sheet 'Event'"
    assert "did you mean 'Events'?" in caught.value.diagnostics[0].hints
    notes = sheet("Read me", row(s("How to fill in the sheet")), HEADER)  # header on row 2
    path = write_ods(tmp_path / "notes.ods", content(notes, events))
    assert read_table(path, Collector(), ("event_id", "language", "title")).sheet == "Events"
    code, text = cli(
        "merge", "event-flyer-a5", tmp_path / "events.ods", "--sheet", "Events",
        "-o", tmp_path / "out", "--no-png", "--no-digital", "-j", "1",
    )  # fmt: skip
    assert code == 0, text
    assert "1 record(s) from events.ods (sheet 'Events'); built 1 print PDF(s)" in text
    csv = tmp_path / "events.csv"
    csv.write_text("event_id,language,title,date,venue\n", encoding="utf-8")
    with pytest.raises(DiagnosticsError) as caught:
        read_table(csv, Collector(), sheet="Events")
    assert caught.value.diagnostics[0].message.startswith("events.csv has no sheets")


def test_a_number_prints_as_the_sheet_shows_it(tmp_path: Path, kit: Kit) -> None:
    """A phone number typed as a number, shown +41 22 917 1234 by its format, printed as
    41229171234, and failed as a link ("'221331234567' is not a web, e-mail or phone
    address"). An ODS sheet saves what it shows: that is the text. A workbook that does not
    (XLSX) gets a warning at the cell. `Title (FR)` is the French title column."""
    head = row(*(s(h) for h in ("event_id", "language", "title", "Title (FR)", "date", "venue",
                                "contact", "link")))  # fmt: skip

    def number(value: int, shown: str) -> str:
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{shown}</text:p></table:table-cell>"
        )

    path = write_ods(
        tmp_path / "events.ods",
        content(
            sheet(
                "Sheet1",
                head,
                row(
                    s("walk"),
                    s("en, fr"),
                    s("Walk"),
                    s("Marche"),
                    s("2026-07-30"),
                    s("Park"),
                    number(41229171234, "+41 22 917 1234"),
                    number(221331234567, "+221 33 123 45 67"),
                ),  # fmt: skip
            )
        ),
    )
    errs = Collector()
    (record,) = read_events(read_table(path, errs), kit, errs)
    assert not errs.items
    assert record.layer.values["event_contact"].text == "+41 22 917 1234"
    assert record.layer.links == {"event": "tel:+221-33-123-45-67"}
    assert record.layer.value("event_title", "fr").text == "Marche"
    from openpyxl import Workbook

    book = Workbook()
    sheet_ = book.active
    assert sheet_ is not None
    sheet_.append(["event_id", "language", "title", "date", "venue", "contact"])
    sheet_.append(["walk", "en", "Walk", "2026-07-30", "Park", 41229171234])
    xlsx = tmp_path / "events.xlsx"
    book.save(xlsx)
    errs = Collector()
    assert len(read_events(read_table(xlsx, errs), kit, errs)) == 1
    (warning,) = errs.items
    assert not warning.is_error
    assert warning.message == (
        "row 2, column contact (F): the cell holds the number 41229171234, which prints as it "
        "is written here: a phone number typed as a number loses its + and its spaces"
    )
    # in the link column: one error (it was this warning, then "is not a web, e-mail or
    # phone address", which contradicted it)
    sheet_.append(["event_id", "language", "title", "date", "venue", "link"])
    sheet_.delete_rows(1, 2)
    sheet_.append(["walk", "en", "Walk", "2026-07-30", "Park", 254201234567])
    book.save(xlsx)
    errs = Collector()
    assert read_events(read_table(xlsx, errs), kit, errs) == []
    assert [(d.is_error, d.message) for d in errs.items] == [
        (
            True,
            "row 2, column link (F): the cell holds the number 254201234567, no link: a phone "
            "number typed as a number loses its + and its spaces",
        )
    ]


def test_a_number_is_judged_a_placeholder_as_the_sheet_shows_it(tmp_path: Path, kit: Kit) -> None:
    """A contact typed as a number that the sheet shows +44 20 7946 0123 (its value
    442079460123) prints so, one of Ofcom's drama numbers: it was judged by its raw digits,
    which name no country, and passed; it is judged as it prints, and refused."""
    head = row(*(s(h) for h in ("event_id", "language", "title", "date", "venue", "contact")))
    shown = (
        '<table:table-cell office:value-type="float" office:value="442079460123">'
        "<text:p>+44 20 7946 0123</text:p></table:table-cell>"
    )
    path = write_ods(
        tmp_path / "events.ods",
        content(sheet("Sheet1", head, row(s("walk"), s("en"), s("Walk"), s("2026-07-30"),
                                          s("Park"), shown))),
    )  # fmt: skip
    errs = Collector()
    assert read_events(read_table(path, errs), kit, errs) == []
    assert [(d.code, d.mark.line, d.mark.col) for d in errs.items if d.mark] == [
        ("merge.value", 2, 6)
    ]
    assert errs.items[0].message == (
        "row 2, column contact (F): '+44 20 7946 0123' is a placeholder (a number Ofcom keeps "
        "for TV and radio drama): it would print on the event's documents"
    )


def test_a_header_under_a_title_merged_across_the_columns_is_found(tmp_path: Path) -> None:
    """As in a workbook (test_events): a title merged across the columns, an empty row, the
    header on row 3. Read through the merged cell, the header's words were joined and each
    column was "missing", five times; then the header's row was named, and nothing made.
    It is read from the header's row, with a note."""
    from campaign.merge.events import REQUIRED

    title = row(
        '<table:table-cell office:value-type="string" table:number-columns-spanned="8">'
        "<text:p>Blue Heart events 2026</text:p></table:table-cell>"
        + "<table:covered-table-cell/>"
        * 7
    )
    walk = row(s("walk"), s("en"), s("Walk"), s("2026-07-30"), s("18:30"), s("Park"))
    events = sheet("Events", title, row("<table:table-cell/>"), HEADER, walk)
    path = write_ods(tmp_path / "events.ods", content(events))
    errs = Collector()
    table = read_table(path, errs, REQUIRED)
    assert [(r["event_id"].value, r["venue"].value, r["venue"].row) for r in table.rows] == [
        ("walk", "Park", 4)
    ]
    assert [d.render().splitlines() for d in errs.items] == [
        [
            f"{path}:3:1: note[merge.title-rows]: events.ods: the header is on row 3; row 1 "
            "above it holds a title only, not read (row 1: 'Blue Heart events 2026')",
            "  hint: a record or a column name above row 3 is not read: put it below the header",
        ]
    ]


def test_a_row_of_blank_cells_is_skipped(tmp_path: Path, kit: Kit) -> None:
    """A row whose cells hold spaces only (a space typed in an empty row) is no row, as a
    CSV file's blank line is: it was refused with "'event_id' is empty" and four more."""
    head = row(*(s(h) for h in ("event_id", "language", "title", "date", "venue")))
    walk = row(s("walk"), s("en"), s("Walk"), s("2026-07-30"), s("Park"))
    spaces = row(s("<text:s/>"), s('<text:s text:c="3"/>'), s("<text:tab/>"))
    path = write_ods(tmp_path / "events.ods", content(sheet("Events", head, spaces, walk)))
    errs = Collector()
    table = read_table(path, errs)
    good = read_events(table, kit, errs)
    assert [d.render() for d in errs.items] == []
    assert [(r.id, r.row) for r in good] == [("walk", 3)]
    assert table.count == 1


def test_an_ods_sheet_headed_in_thai_is_the_one_read(tmp_path: Path, kit: Kit) -> None:
    """As an XLSX's (test_headers): a notes sheet naming two required columns in English
    was chosen before the Thai-headed events sheet."""
    from campaign.merge.events import REQUIRED, event_column

    notes = sheet("Notes", row(s("event_id"), s("language"), s("(the next sheet)")))
    thai = ("event_id", "ภาษา", "ชื่องาน", "วันที่", "สถานที่")
    events = sheet(
        "กิจกรรม",
        row(*(s(h) for h in thai)),
        row(s("walk"), s("th"), s("เดิน"), s("30/7/2570"), s("สวน")),
    )
    path = write_ods(tmp_path / "events.ods", content(notes, events))
    errs = Collector()
    table = read_table(path, errs, REQUIRED, key=event_column)
    assert table.sheet == "กิจกรรม"
    (record,) = read_events(table, kit, errs)
    assert (record.id, record.day, errs.items) == ("walk", date(2027, 7, 30), [])


def test_a_workbook_named_for_the_other_format_is_named(tmp_path: Path) -> None:
    """An .xlsx renamed .ods (a trial: "it is a zip file, but not an OpenDocument
    spreadsheet", told to save it again from LibreOffice) and an .ods renamed .xlsx: what
    each is, and the name the kit reads it by; a zip of neither is told as before."""
    from openpyxl import Workbook

    book = Workbook()
    book.save(tmp_path / "events.ods")
    write_ods(tmp_path / "events.xlsx", content(sheet("Sheet1", HEADER)))
    with zipfile.ZipFile(tmp_path / "other.ods", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")  # a Word document's parts
        z.writestr("word/document.xml", "<w:document/>")
    said = []
    for name in ("events.ods", "events.xlsx", "other.ods"):
        with pytest.raises(DiagnosticsError) as caught:
            read_table(tmp_path / name, Collector())
        (problem,) = caught.value.diagnostics
        said.append((problem.code, problem.message.replace(f"{tmp_path}/", ""), problem.hints))
    assert said == [
        (
            "merge.read",
            "events.ods is not an ODS spreadsheet: it is an Excel workbook (.xlsx), named .ods",
            ("rename it events.xlsx: the kit reads it so",),
        ),
        (
            "merge.read",
            "events.xlsx is not an XLSX workbook: it is an OpenDocument spreadsheet (.ods), "
            "named .xlsx",
            ("rename it events.ods: the kit reads it so",),
        ),
        (
            "merge.read",
            "other.ods is not a readable ODS spreadsheet: it is a zip file, but not an "
            "OpenDocument spreadsheet",
            ("save it again from LibreOffice (File > Save As, ODF Spreadsheet), or as CSV UTF-8",),
        ),
    ]


def test_hidden_rows_and_columns_in_single_quotes_are_found(tmp_path: Path) -> None:
    """XML lets an attribute's value be in single quotes, with spaces about its = (a file
    written by a program other than LibreOffice): a hidden row so written was left out of
    the merge without its `merge.hidden` warning, and a hidden column was not known."""
    columns = (
        "<table:table-column table:number-columns-repeated='6'/>"
        "<table:table-column table:visibility = 'collapse'/>"
    )
    head = row(*map(s, ["event_id", "language", "title", "date", "venue", "link", "Called"]))
    walk = row(*map(s, ["walk", "en", "Walk", "2026-07-30", "Park", "", "yes"]))
    run = row(
        *map(s, ["run", "en", "Run", "2026-07-31", "Park"]), attrs=" table:visibility='filter'"
    )
    xml = content(
        f'<table:table table:name="Events">{columns}{head}{walk}{run}{REST}</table:table>'
    )
    errs = Collector()
    table = read_table(write_ods(tmp_path / "events.ods", xml), errs, ("event_id", "language"))
    assert [r["event_id"].value for r in table.rows] == ["walk"]
    assert (table.hidden, table.hidden_columns) == ((3,), frozenset({7}))
    assert [d.code for d in errs.items] == ["merge.hidden"]
