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


def test_a_workbooks_hidden_column_is_not_told(tmp_path: Path, kit: Kit) -> None:
    """The trial's sheet: a hidden working column (G, `Called`) is passed over; a shown one
    (H, `Checked by`) is told; a hidden column meant as an event column the sheet lacks (I,
    `Contact email`) is still an error, its values lost; a visible misspelling (J, `Linked`)
    keeps its "did you mean"."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*HEAD.split(","), "Called", "Checked by", "Contact email", "Linked"])
    sheet.append([*ROW.split(","), "yes", "Ana", "a@example.org", "example.org"])
    for letter in ("G", "I"):
        sheet.column_dimensions[letter].hidden = True
    path = tmp_path / "events.xlsx"
    book.save(path)
    assert _problems(path, kit) == (
        [],
        [
            "events.xlsx:1:8: warning[merge.column]: events.xlsx: column 'Checked by' is not "
            "used by the event templates\n  hint: columns: event_id, language, title, date, "
            "time, end_time, venue, organiser, contact, link, photo, date_region",
            "events.xlsx:1:9: error[merge.column]: events.xlsx: column 'Contact email' is no "
            "column of the event templates, and the sheet has no 'contact': its values would "
            "be lost\n  hint: did you mean 'contact'? name the column contact\n"
            "  hint: or, to keep 'Contact email' as the sheet's own, add a column contact "
            "beside it",
            "events.xlsx:1:10: warning[merge.column]: events.xlsx: column 'Linked' is not used "
            "by the event templates\n  hint: did you mean 'link'?",
        ],
    )
