"""Phone numbers in a merge's contact and link cells read by their country's numbering plan
(libphonenumber's metadata): a trial's `0478-12-34`, `06 12 34 56` and `0800 123` merged
without a word, and `01 43 29 44 40` became a tel: address with no country code, which
dials only inside its country."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.iri import printed_target
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.phone_numbers import NATIONAL_FIX, check_phone, numbers_in
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import cli, link_uris

ROOT = Path(__file__).resolve().parents[2]
DIGITS = "check its digits: one missing, or one too many?"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("typed", "country", "international", "problem"),
    [
        ("+33 (0)1 43 29 44 40", "", None, None),
        ("tel:+44 20 7123 4567", "FR", None, None),  # international: its own country's
        ("01 43 29 44 40", "FR", "tel:+33-1-43-29-44-40", None),
        ("+33 6 12 34 56", "", None, "'+33 6 12 34 56' has 7 digits after +33, and a number "
         "in France has 9"),
        ("06 12 34 56", "FR", None, "'06 12 34 56' has 7 digits after its 0, and a number in "
         "France has 9"),
        ("0478-12-34", "FR", None, "'0478-12-34' has 7 digits after its 0, and a number in "
         "France has 9"),
        ("0800 123", "FR", None, "'0800 123' has 6 digits after its 0, and a number in "
         "France has 9"),
        ("0800 123", "", None, "'0800 123' is a national number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only "
         "inside its country (no country code)"),
        ("116000", "FR", None, None),  # a short number: not one to check (None)
        ("+00 700 000 000", "", None, None),  # the project's sample: no country's
    ],
)  # fmt: skip
def test_a_phone_number_is_read_by_its_countrys_plan(
    typed: str, country: str, international: str | None, problem: str | None
) -> None:
    found = check_phone(typed, country)
    if typed in ("116000", "+00 700 000 000"):
        assert found is None
        return
    assert found is not None
    assert found.international == international
    assert (found.problem[0] if found.problem else None) == problem
    if found.problem is not None:
        assert found.problem[1] == (NATIONAL_FIX if "national" in problem else DIGITS)


def merged(tmp_path: Path, kit: Kit, body: str):
    path = tmp_path / "events.csv"
    head = "event_id,language,title,date,time,venue,contact,link,date_region\n"
    path.write_text(head + body, encoding="utf-8")
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return records, [s for s in said if "merge.phone" in s]


def test_the_trials_numbers_are_warned_of_at_their_cells(tmp_path: Path, kit: Kit) -> None:
    body = (
        "p2,fr,Stand,2027-07-30,18:00,Marché,06 12 34 56,06 12 34 56 78,\n"
        "p3,fr,Stand,2027-07-30,18:00,Marché,0478-12-34,,FR\n"
        "p4,fr,Stand,2027-07-30,18:00,Marché,+33 (0)1 43 29 44 40,01 43 29 44 40,FR\n"
    )
    records, said = merged(tmp_path, kit, body)
    assert [r.id for r in records] == ["p2", "p3", "p4"]  # made: a warning
    national = f"\n  hint: {NATIONAL_FIX}"
    assert said == [
        "2:7: warning[merge.phone]: row 2, column contact (G): '06 12 34 56' is a national "
        "number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only inside its country (no country code)"
        + national,
        "2:8: warning[merge.phone]: row 2, column link (H): '06 12 34 56 78' is a national "
        "number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only inside its country (no country code)"
        + national,
        "3:7: warning[merge.phone]: row 3, column contact (G): '0478-12-34' has 7 digits after "
        f"its 0, and a number in France has 9\n  hint: {DIGITS}",
    ]
    p2, _, p4 = records
    assert p2.layer.links["event"] == "tel:06-12-34-56-78"  # no country: as typed
    # a national number of the row's country: dialled as from abroad, printed as typed
    assert p4.layer.links["event"] == "tel:+33-1-43-29-44-40"
    assert p4.layer.values["event_link"].text == "01 43 29 44 40"


def test_a_national_contact_is_dialled_by_its_rows_country(tmp_path: Path, kit: Kit) -> None:
    # the contact cell's number: its digits and what they dial, as the link cell's would
    body = "p4,fr,Stand,2027-07-30,18:00,Marché,01 43 29 44 40,,FR\n"
    records, said = merged(tmp_path, kit, body)
    assert said == []
    assert records[0].layer.dials == {"0143294440": "tel:+33-1-43-29-44-40"}
    assert records[0].layer.values["event_contact"].text == "01 43 29 44 40"  # as typed
    records, _ = merged(tmp_path, kit, body.replace(",FR\n", ",\n"))
    assert records[0].layer.dials == {}  # no country: nothing to dial it by


@pytest.mark.parametrize(
    ("printed", "target"),
    [
        ("01 43 29 44 40", "tel:+33-1-43-29-44-40"),
        ("(01) 43-29-44-40", "tel:+33-1-43-29-44-40"),  # the same digits, other separators
        ("٠١ ٤٣ ٢٩ ٤٤ ٤٠", "tel:+33-1-43-29-44-40"),  # in Arabic-Indic digits
        ("01 43 29 44 41", "tel:01-43-29-44-41"),  # another number: as printed
        ("+33 1 43 29 44 40", "tel:+33-1-43-29-44-40"),  # international: its own
    ],
)
def test_a_printed_national_number_opens_what_its_row_dials(printed: str, target: str) -> None:
    assert printed_target(printed, {"0143294440": "tel:+33-1-43-29-44-40"}) == target


def test_the_digital_pdfs_contact_link_dials_as_the_qr_code_would(tmp_path: Path) -> None:
    """The trial's contact on a row of FR: its digital PDF's link dialled tel:01-43-29-44-40,
    only inside France, where a link cell's QR code dials tel:+33-1-43-29-44-40."""
    import pypdfium2 as pdfium

    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,contact,date_region\n"
        "paris,fr,Stand,2027-07-30,18:00,Marché,01 43 29 44 40,FR\n"
        "nowhere,fr,Stand,2027-07-30,18:00,Marché,01 43 29 44 40,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "-j", "1")
    assert code == 0, text
    assert (
        "warning[merge.phone]: row 3, column contact (G): '01 43 29 44 40' is a national "
        "number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only inside its country (no country code)"
    ) in text
    for event, dialled in (("paris", "tel:+33-1-43-29-44-40"), ("nowhere", "tel:01-43-29-44-40")):
        path = out / "event-flyer-a5" / f"event-flyer-a5-fr-{event}-digital.pdf"
        assert [u for u in link_uris(path) if u.startswith("tel:")] == [dialled]
        shown = pdfium.PdfDocument(path)[0].get_textpage().get_text_range()
        assert shown.count("01 43 29 44 40") == 1  # printed as typed


def test_a_rows_country_given_later_makes_its_files_again(tmp_path: Path, kit: Kit) -> None:
    """A French row's date and time print the same with date_region FR or none; its contact's
    PDF link does not, so the record's digest (what its files depend on) tells them apart."""
    from campaign.pipeline.fingerprint import record_digest

    body = "p4,fr,Stand,2027-07-30,18:00,Marché,01 43 29 44 40,,FR\n"
    (fr,), _ = merged(tmp_path, kit, body)
    (none,), _ = merged(tmp_path, kit, body.replace(",FR\n", ",\n"))
    assert fr.layer.by_language == none.layer.by_language  # printed alike
    assert record_digest(fr) != record_digest(none)


def test_a_link_cell_is_read_by_the_address_it_opens(tmp_path: Path, kit: Kit) -> None:
    """A spreadsheet's link cell shows one text and opens another address. Its shown national
    number was read in the link's place: a cell showing 01 43 29 44 40 and opening
    tel:+33143294441 had its QR code dial ...40, and one opening a web page was warned of as
    a national number. What the cell opens is what is checked and dialled."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "venue", "link", "date_region"])
    rows = [
        ("other", "01 43 29 44 40", "tel:+33143294441", "FR"),
        ("page", "01 43 29 44 40", "https://example.org/register", ""),
        ("words", "Appelez-nous", "tel:0143294440", "FR"),
        ("alone", "01 43 29 44 40", None, "FR"),
    ]
    for n, (event, shown, target, region) in enumerate(rows, start=2):
        sheet.append([event, "fr", "Stand", "2027-07-30", "Marché", shown, region])
        if target:
            sheet[f"F{n}"].hyperlink = target
    sheet.cell(1, 8, "sample")
    for n in range(2, 6):
        sheet.cell(n, 8, True)
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    assert [d.code for d in errs.items] == []  # the web page's cell: no phone to warn of
    dialled = {"0143294440": "tel:+33-1-43-29-44-40"}
    assert [
        (r.id, r.layer.links["event"], r.layer.dials, r.layer.values["event_link"].text)
        for r in records
    ] == [
        ("other", "tel:+33143294441", {}, "+33143294441"),  # its own number, as its link has it
        ("page", "https://example.org/register", {}, "https://example.org/register"),
        ("words", "tel:+33-1-43-29-44-40", dialled, "0143294440"),  # not "Appelez-nous"
        ("alone", "tel:+33-1-43-29-44-40", dialled, "01 43 29 44 40"),  # as typed
    ]


def test_a_contacts_numbers_among_words_are_each_checked_and_dialled(
    tmp_path: Path, kit: Kit
) -> None:
    """A contact cell with words around its numbers ("Appelez le 01 43 29 44 40") was not
    read as a number: its digital PDF's link dialled the number only inside France, and a
    wrong length passed. Each number the cell prints is read, as the PDF links it."""
    body = 'p1,fr,Stand,2027-07-30,18:00,Marché,"Appelez le 01 43 29 44 40 ou le 06 12 34 56",,FR\n'
    (record,), said = merged(tmp_path, kit, body)
    assert record.layer.dials == {"0143294440": "tel:+33-1-43-29-44-40"}
    assert said == [
        "2:7: warning[merge.phone]: row 2, column contact (G): '06 12 34 56' has 7 digits "
        f"after its 0, and a number in France has 9\n  hint: {DIGITS}"
    ]
    assert record.layer.values["event_contact"].text.startswith("Appelez le 01 43")


def test_a_tel_link_with_parameters_is_read_by_its_number(tmp_path: Path, kit: Kit) -> None:
    """`tel:0143294440;ext=5` on a row of FR was neither checked nor dialled as from abroad:
    the number was read with its RFC 3966 parameters, which no number has. It dials
    tel:+33-1-43-29-44-40;ext=5, its extension kept; without a country it is warned of as
    national, as the number alone is."""
    body = "p4,fr,Stand,2027-07-30,18:00,Marché,,tel:0143294440;ext=5,FR\n"
    (record,), said = merged(tmp_path, kit, body)
    assert said == []
    assert record.layer.links["event"] == "tel:+33-1-43-29-44-40;ext=5"
    (record,), said = merged(tmp_path, kit, body.replace(",FR\n", ",\n"))
    assert record.layer.links["event"] == "tel:0143294440;ext=5"
    assert said == [
        "2:8: warning[merge.phone]: row 2, column link (H): 'tel:0143294440' is a national "
        f"number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only inside its country (no country code)\n  hint: "
        f"{NATIONAL_FIX}"
    ]


def test_a_number_of_a_length_of_its_country_that_no_number_there_begins_with() -> None:
    """+1 555 123 4567 has the 10 digits of a number of the North American plan, and no
    number there begins with its 555 (libphonenumber's patterns): it is warned of, not
    passed for its length alone (merge.phone_numbers._no_number)."""
    found = check_phone("+1 555 123 4567", "")
    assert found is not None
    assert found.international is None
    assert found.problem == (
        "'+1 555 123 4567' is no number in the United States: none there begins with +1 555",
        "check its digits: it has as many as a number there, so one may be mistyped",
    )


def test_a_wrong_length_names_every_length_of_its_country() -> None:
    """A number of the United Kingdom has 7, 9 or 10 digits after +44 (libphonenumber's
    general description): each is named, the last after "or"."""
    found = check_phone("+44 2012 3456", "")
    assert found is not None
    assert found.problem is not None
    assert found.problem[0] == (
        "'+44 2012 3456' has 8 digits after +44, and a number in the United Kingdom has 7, 9 or 10"
    )
    assert found.problem[1] == DIGITS


def test_a_link_column_before_the_contact_column_keeps_the_links_number(
    tmp_path: Path, kit: Kit
) -> None:
    """The row's QR code dials its link cell's number, wherever the columns are: with the
    link column before the contact column, the contact's number, read after it, must not
    take the link's place (merge.record._phones)."""
    path = tmp_path / "events.csv"
    path.write_text(
        "event_id,language,title,date,time,venue,link,contact,date_region\n"
        "p1,fr,Stand,2027-07-30,18:00,Marché,tel:01 43 29 44 40,Appelez le 01 45 67 89 10,FR\n",
        encoding="utf-8",
    )
    errs = Collector()
    (record,) = read_events(read_table(path, errs), kit, errs)
    assert errs.items == []
    assert record.layer.links["event"] == "tel:+33-1-43-29-44-40"
    assert record.layer.values["event_link"].text == "01 43 29 44 40"
    assert record.layer.dials == {
        "0143294440": "tel:+33-1-43-29-44-40",
        "0145678910": "tel:+33-1-45-67-89-10",
    }


@pytest.mark.parametrize(
    ("contact", "region", "dials"),
    [
        ("Llame al 912 34 56 78", "ES", {"912345678": "tel:+34-912-34-56-78"}),  # no prefix
        ("Call (202) 456-1111", "US", {"2024561111": "tel:+1-202-456-1111"}),  # 1 optional
        ("Chiama 333 123 4567", "IT", {"3331234567": "tel:+39-333-123-4567"}),
        ("Llame al 912 34 56 78", "", {}),  # no country, in groups of spaces: not told
        # no country, a phone's shape: told unchecked, dialled as typed (it had no link)
        ("Call (202) 456-1111", "", {"2024561111": "tel:202-456-1111"}),
        ("am 30.07.2026, Raum 3012 3456", "DE", {}),  # a trunk prefix (0): no number
        ("Llame al 912 34 56", "ES", {}),  # no number of Spain: not linked, not warned
    ],
)
def test_a_number_written_without_a_trunk_prefix_dials_by_its_country(
    tmp_path: Path, kit: Kit, contact: str, region: str, dials: dict[str, str]
) -> None:
    """A national number of a country without a trunk prefix (Spain's 912 34 56 78), or
    without its optional one (the North American (202) 456-1111), printed in a contact cell
    was not linked in the digital PDF at all: only numbers with + or a trunk prefix were
    read. With the row's country it dials as from abroad where it is a valid number there;
    in a country with a trunk prefix (DE's 0) a run of digits without it is no number (a
    date has a German number's shape), and nothing is warned of either way. Without a
    country one written as a phone number is (`phone_shaped`) is warned of as not checked
    (a US organiser's trial: (202) 555-0123, kept for fiction, passed so); one in groups of
    spaces is not, as ids are written so too (Zoom ID 845 1234 5678)."""
    body = f'p1,en,Stand,2027-07-30,18:00,Hall,"{contact}",,{region}\n'
    (record,), said = merged(tmp_path, kit, body)
    assert record.layer.dials == dials
    unchecked = (
        "2:7: warning[merge.phone]: row 2, column contact (G): '(202) 456-1111' is a "
        "national number, of no country the row names: it is not checked (a number kept for "
        f"fiction, a wrong length), and its link dials it only inside its country (no country code)\n"
        f"  hint: {NATIONAL_FIX}"
    )
    assert said == ([unchecked] if not region and "(" in contact else [])


@pytest.mark.parametrize(
    ("typed", "country", "international", "said"),
    [
        # a country with a trunk prefix (KE's 0), and one without (ES): each number in its
        # international form without the + (an organiser's 254711222333: no link, no word)
        ("254711222333", "KE", "tel:+254-711-222333", ("+254 711 222333", "0711 222333", "Kenya")),
        ("34912345678", "ES", "tel:+34-912-34-56-78", ("+34 912 34 56 78", "912 34 56 78", "Spain")),
        ("33143294440", "FR", "tel:+33-1-43-29-44-40", ("+33 1 43 29 44 40", "01 43 29 44 40", "France")),
    ],
)  # fmt: skip
def test_a_number_written_without_its_plus_is_dialled_and_warned_of(
    typed: str, country: str, international: str, said: tuple[str, str, str]
) -> None:
    """The whole value of a cell or a field (`alone`)."""
    found = check_phone(typed, country, alone=True)
    assert found is not None
    assert found.international == international
    written, national, name = said
    assert found.problem == (
        f"'{typed}' is {written} ({name}) without its +: a phone does not dial it as written",
        f"write {written} (or {national}, as it is dialled inside the country)",
    )


@pytest.mark.parametrize(
    ("typed", "country", "alone"),
    [
        ("2547112", "KE", True),  # too short to be a number after 254: a reference
        ("254000000000", "KE", True),  # no valid Kenyan number after 254
        ("254711222333", "", True),  # no country to read it by
        ("254711222333", "FR", True),  # not France's code
        # in running text, a reference begins with a calling code as often: most runs of 8
        # to 12 digits after Germany's 49 are valid numbers ("Case 4930123456", a review's)
        ("4930123456", "DE", False),
        ("49301234", "DE", False),
        ("919876543210", "IN", False),
        ("254711222333", "KE", False),
    ],
)
def test_a_run_of_digits_that_is_no_number_without_its_plus_is_left_alone(
    typed: str, country: str, alone: bool
) -> None:
    found = check_phone(typed, country, alone)
    assert found is None or (found.international, found.problem) == (None, None), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Registered charity 49301234", "DE"),
        ("Case 4930123456", "DE"),
        ("Order 919876543210", "IN"),
    ],
)
def test_a_reference_in_running_text_is_no_number(text: str, country: str) -> None:
    """Neither linked nor warned of: `numbers_in` reads a number without its + only as a
    whole value."""
    assert numbers_in(text, country) == []


def test_a_national_number_of_no_country_keeps_its_link_as_typed_whatever_its_prefix(
    tmp_path: Path,
) -> None:
    """A US organiser's trial (us-phones.csv, no date_region): `(202) 456-1111` was warned
    that it "cannot be dialled from abroad" and had no tel: link at all, `202 456 1111` got
    neither a word nor a link, while `0812345678` linked tel:0812345678 with another
    warning. Each national number of no country is one kind: one warning, and a link that
    dials it as typed; with its country (US) it dials as from abroad, as before."""
    data = tmp_path / "us-phones.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,contact,date_region,sample\n"
        "us-a,en,Vigil,2026-07-30,18:30,Hall,(202) 555-0143,,\n"
        "us-b,en,Vigil,2026-07-30,18:30,Hall,202 555 0143,,\n"
        "us-c,en,Vigil,2026-07-30,18:30,Hall,(202) 555-0143,US,true\n"
        "us-d,en,Vigil,2026-07-30,18:30,Hall,081 555 0143,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli(
        "merge", "event-flyer-letter", data, "--kit", ROOT, "-o", out, "-j", "1", "--no-png"
    )
    assert code == 0, text
    told = [line for line in text.splitlines() if "merge.phone" in line]
    assert told == [
        f"{data}:{row}:7: warning[merge.phone]: row {row}, column contact (G): '{typed}' is a "
        "national number, of no country the row names: it is not checked (a number kept for "
        "fiction, a wrong length), and its link dials it only inside its country (no country "
        "code)"
        for row, typed in ((2, "(202) 555-0143"), (3, "202 555 0143"), (5, "081 555 0143"))
    ]
    assert text.count(f"  hint: {NATIONAL_FIX}\n") == 3
    for event, dialled in (
        ("us-a", "tel:202-555-0143"),
        ("us-b", "tel:202-555-0143"),
        ("us-c", "tel:+1-202-555-0143"),
        ("us-d", "tel:081-555-0143"),
    ):
        path = out / "event-flyer-letter" / f"event-flyer-letter-en-{event}-digital.pdf"
        assert [u for u in link_uris(path) if u.startswith("tel:")] == [dialled], event
