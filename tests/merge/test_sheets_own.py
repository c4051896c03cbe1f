"""A sheet's own columns: its record keeping (`Notes`, `Internal comments`, `หมายเหตุ`,
`ملاحظات`, `Observaciones`: merge.columns.RECORD_KEEPING, RECORD_KEEPING_WORDS) and a workbook's
hidden columns are passed over without a word. An organiser's trial: `Notes` (hidden, column
K) was "not used by the event templates" on every merge, and `--strict` failed it, though
the README calls it the sheet's own. A visible column that is near an event column is still
told, with its "did you mean"."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit import load_kit
from campaign.merge.columns import RECORD_KEEPING, RECORD_KEEPING_WORDS
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT

HEAD = "event_id,language,title,date,time,venue"
ROW = "walk,en,Walk,2026-07-30,10:00,Park"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _problems(path: Path, kit: Kit) -> tuple[list[str], list[str]]:
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    return [r.id for r in records], [d.render().replace(f"{path.parent}/", "") for d in errs.items]


OWN = [
    "Notes",
    "Internal comments",
    "Status",
    "Email sent?",
    "Date added",
    "Website notes",
    "Remarks",
    "الملاحظات",  # with the Arabic article
    *sorted(RECORD_KEEPING),
    *(word for words in RECORD_KEEPING_WORDS.values() for word in words),
]


@pytest.mark.parametrize("header", OWN)
def test_a_column_of_the_sheets_own_record_keeping_is_not_told(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """In English and in every language of the headers read, each word of the table."""
    path = tmp_path / "events.csv"
    path.write_text(f'{HEAD},"{header}"\n{ROW},called them\n', encoding="utf-8")
    assert _problems(path, kit) == (["walk"], [])


def test_every_language_of_the_headers_has_its_record_keeping_words() -> None:
    """RECORD_KEEPING_WORDS covers each language whose headers are read."""
    from campaign.merge.column_names import COLUMN_NAMES

    assert set(RECORD_KEEPING_WORDS) == set(COLUMN_NAMES)


def test_a_misspelt_column_beside_notes_is_still_told(tmp_path: Path, kit: Kit) -> None:
    """`Notes` is passed over; `Linked` (visible, near link) keeps its warning."""
    path = tmp_path / "events.csv"
    path.write_text(f"{HEAD},Notes,Linked\n{ROW},x,y\n", encoding="utf-8")
    assert _problems(path, kit) == (
        ["walk"],
        [
            "events.csv:1:8: warning[merge.column]: events.csv: column 'Linked' is not used by "
            "the event templates\n  hint: did you mean 'link'?"
        ],
    )


def _told(name: str) -> list[str]:
    """What the trial's sheet (`_called_sheet`) is told, saved as `name`."""
    return [
        f"{name}:1:8: warning[merge.column]: {name}: column 'Checked by' is not "
        "used by the event templates\n  hint: columns: event_id, language, title, date, "
        "end_date, time, end_time, venue, organiser, contact, link, photo, date_region",
        f"{name}:1:9: error[merge.column]: {name}: column 'Contact email' is no "
        "column of the event templates, and the sheet has no 'contact': its values would "
        "be lost\n  hint: did you mean 'contact'? name the column contact\n"
        "  hint: or, to keep 'Contact email' as the sheet's own, add a column contact "
        "beside it",
        f"{name}:1:10: warning[merge.column]: {name}: column 'Linked' is not used "
        "by the event templates\n  hint: did you mean 'link'?",
    ]


TRIAL_HEAD = [*HEAD.split(","), "Called", "Checked by", "Contact email", "Linked"]
TRIAL_ROW = [*ROW.split(","), "yes", "Ana", "a@example.org", "example.org"]


def test_a_workbooks_hidden_column_is_not_told(tmp_path: Path, kit: Kit) -> None:
    """The trial's sheet: a hidden working column (G, `Called`) is passed over; a shown one
    (H, `Checked by`) is told; a hidden column meant as an event column the sheet lacks (I,
    `Contact email`) is still an error, its values lost; a visible misspelling (J, `Linked`)
    keeps its "did you mean"."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(TRIAL_HEAD)
    sheet.append(TRIAL_ROW)
    for letter in ("G", "I"):
        sheet.column_dimensions[letter].hidden = True
    path = tmp_path / "events.xlsx"
    book.save(path)
    assert _problems(path, kit) == ([], _told("events.xlsx"))


# the trial's columns as LibreOffice writes them: A to F shown (one element, repeated), G
# hidden by hand, H shown, I in a collapsed column group (as Data > Group and Outline >
# Hide writes it), J shown and the empty rest; a column hidden by a filter ("filter") alike
ODS_COLUMNS = (
    '<table:table-column table:style-name="co1" table:number-columns-repeated="6"/>'
    '<table:table-column table:style-name="co1" table:visibility="collapse"/>'
    '<table:table-column table:style-name="co1"/>'
    '<table:table-column-group table:display="false">'
    '<table:table-column table:style-name="co1" table:visibility="{how}"/>'
    "</table:table-column-group>"
    '<table:table-column table:style-name="co1" table:number-columns-repeated="1015"/>'
)


def _ods_sheet(columns: str) -> str:
    from .test_ods import REST, row, s

    return (
        f'<table:table table:name="Sheet" table:style-name="ta1">{columns}'
        f"{row(*map(s, TRIAL_HEAD))}{row(*map(s, TRIAL_ROW))}{REST}</table:table>"
    )


@pytest.mark.parametrize("how", ["collapse", "filter"])
def test_an_ods_sheets_hidden_column_is_told_as_a_workbooks(
    tmp_path: Path, kit: Kit, how: str
) -> None:
    """The same sheet saved by LibreOffice (table:visibility on its columns, repeats counted)
    is told what the workbook is: `Called` passed over, `Contact email` still an error. An
    organiser's trial: `Called`, hidden, was "not used by the event templates" in the .ods
    alone. A sheet before it, its own column G hidden, hides none of this one's."""
    from .test_ods import content, row, s, write_ods

    before = (
        '<table:table table:name="Read me"><table:table-column table:number-columns-repeated'
        '="6"/><table:table-column table:number-columns-repeated="2" table:visibility='
        f'"collapse"/>{row(s("One row per event"))}</table:table>'
    )
    sheet = _ods_sheet(ODS_COLUMNS.format(how=how))
    path = write_ods(tmp_path / "events.ods", content(before, sheet))
    errs = Collector()
    table = read_table(path, errs, ("event_id", "language"))
    assert (table.sheet, table.hidden_columns) == ("Sheet", frozenset({7, 9}))
    records = read_events(table, kit, errs)
    assert ([r.id for r in records], [d.render() for d in errs.items]) == (
        [],
        [d.replace("events.ods:", f"{path}:", 1) for d in _told("events.ods")],
    )


def test_an_ods_sheet_with_no_column_hidden_tells_each_unused_column(
    tmp_path: Path, kit: Kit
) -> None:
    """The sheet's columns all shown: `Called` is told, as a shown workbook column is."""
    from .test_ods import content, write_ods

    shown = ODS_COLUMNS.replace(' table:visibility="collapse"', "").replace(
        ' table:visibility="{how}"', ""
    )
    path = write_ods(tmp_path / "events.ods", content(_ods_sheet(shown)))
    errs = Collector()
    table = read_table(path, errs, ("event_id", "language"))
    assert table.hidden_columns == frozenset()
    read_events(table, kit, errs)
    assert "column 'Called' is not used" in errs.items[0].message
