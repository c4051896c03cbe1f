"""A national phone number read by its row's country (a user trial): `020 7946 0123` on a GB
row passed where `+44 20 7946 0123` was refused as Ofcom's drama number; `07700 900123` was
"no number of United Kingdom's numbering plan (its first digits begin none)", and "one
missing?"; and `8 (495) 123-45-67` on a Russian row, its trunk prefix an 8, was neither
checked nor linked in the digital PDF. Without a known country nothing new is said."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campaign.contacts import any_placeholder, placeholder
from campaign.diagnostics import Collector
from campaign.iri import printed_target
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.phone_numbers import NATIONAL_FIX, check_phone, trunk_prefix
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT, cli, link_uris

OFCOM = "a number Ofcom keeps for TV and radio drama"
NANP = "555-0100 to 555-0199, numbers kept for fiction"
DIGITS = "check its digits: one missing, or one too many?"
MISTYPED = "check its digits: it has as many as a number there, so one may be mistyped"
ANOTHER = " (or it is another country's number: write it with + and its country code)"
CELL_HINT = "\n  hint: write the event's checked value, or leave the cell empty"
# a national number of no country, said of 8 (495) 123-45-67 (a US organiser's trial: its
# (202) 555-0123 passed without a word)
UNCHECKED = (
    "'8 (495) 123-45-67' is a national number, of no country the row names: it is not "
    "checked (a number kept for fiction, a wrong length), and its link dials it only inside "
    f"its country (no country code)\n  hint: {NATIONAL_FIX}"
)
SAMPLE = (
    "\n  hint: an event made only to try the kit, never printed, says so: a column `sample` "
    "holding true (in a YAML or JSON record, `sample: true`)"
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("value", "country", "why"),
    [
        ("020 7946 0123", "GB", OFCOM),  # London, as the trial's row had it
        ("07700 900123", "GB", OFCOM),  # mobile
        ("(0113) 496 0000", "GB", OFCOM),  # Leeds, its area code in brackets
        ("0161-496-0500 (24 h)", "GB", OFCOM),  # a note's digits after it
        ("01632 960123", "GB", OFCOM),  # no area
        ("٠٢٠ ٧٩٤٦ ٠١٢٣", "GB", OFCOM),  # Arabic-Indic digits
        ("+33 1 43 29 44 40 / 020 7946 0123", "GB", OFCOM),  # the second of two
        ("(202) 555-0123", "US", NANP),  # no trunk prefix: the US's national form
        ("1 416 555 0199", "CA", NANP),  # NANP's trunk prefix 1
        ("020 7946 0123", "", None),  # no country: it may be any country's
        ("020 7946 0123", "FR", None),  # not France's drama range: France has none
        ("020 7946 1123", "GB", None),  # London, outside the range
        ("07700 901123", "GB", None),
        ("2026-07-30", "GB", None),  # a date: no number kept for fiction
        ("(202) 555-0123", "GB", None),
    ],
)
def test_a_national_number_is_judged_once_its_countrys_code_is_known(
    value: str, country: str, why: str | None
) -> None:
    assert placeholder("helpline", value, country=country) == why
    assert any_placeholder(f"Ana Silva, {value}", country=country) == why
    assert any_placeholder(f"Ana Silva, {value}") is None  # without a country, as before


@pytest.mark.parametrize(
    ("contact", "told"),
    [
        # the shapes a phone number is written in (a US organiser's trial)
        ("(202) 555-0123", True),
        ("202-555-0123", True),
        ("202.555.0123", True),
        ("8 (495) 123-45-67", True),  # a trunk prefix no country names, an area code
        # digits labelled or shaped as something else
        ("Registered charity 1105851", False),  # a bare run
        ("Zoom ID 845 1234 5678", False),  # groups of spaces
        ("ISBN 978-3-16-148410-0", False),  # a group of 1 digit, one of 6
        ("Booking ref 20270730", False),
        ("Booking ref 2027-0730", False),  # two groups
    ],
)
def test_only_a_number_written_as_a_phone_number_is_told_unchecked_without_a_country(
    tmp_path: Path, kit: Kit, contact: str, told: bool
) -> None:
    """Where no country is known (a merge without --office or a date_region) a national
    number written as a phone number is gets merge.phone's "is a national number"
    (failing --strict); a run of digits of an id, a reference, an ISBN or a charity's
    number got it too (a review), though no phone number is written so."""
    body = f'p1,en,Stand,2027-07-30,18:00,Hall,"Ana Silva, {contact}",,\n'
    (record,), said = merged(tmp_path, kit, body)
    number = contact.rsplit(" ", 1)[-1] if "(" not in contact else contact
    assert said == (
        [
            f"2:7: warning[merge.phone]: row 2, column contact (G): '{number}' is a "
            "national number, of no country the row names: it is not checked (a number kept "
            "for fiction, a wrong length), and its link dials it only inside its country (no country "
            f"code)\n  hint: {NATIONAL_FIX}"
        ]
        if told
        else []
    )
    digits = "".join(c for c in number if c.isdigit())
    typed = "tel:" + "-".join(re.findall(r"\d+", number))  # as typed, its groups hyphened
    assert record.layer.dials == ({digits: typed} if told else {})


def merged(tmp_path: Path, kit: Kit, body: str) -> tuple[list, list[str]]:
    path = tmp_path / "events.csv"
    head = "event_id,language,title,date,time,venue,contact,link,date_region\n"
    path.write_text(head + body, encoding="utf-8")
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    return records, [d.render().replace(f"{path}:", "") for d in errs.items]


def test_the_trials_national_placeholders_are_refused_at_their_cells(
    tmp_path: Path, kit: Kit
) -> None:
    body = (
        "a,en,Walk A,2026-07-30,10:00,Park,020 7946 0123,,GB\n"
        "b,en,Walk B,2026-07-30,10:00,Park,07700 900123,,GB\n"
        "c,en,Walk C,2026-07-30,10:00,Park,Jo,tel:020 7946 0123,UK\n"  # UK: GB
        "d,en,Walk D,2026-07-30,10:00,Park,020 7946 0123,,\n"
    )
    records, said = merged(tmp_path, kit, body)
    assert [r.id for r in records] == ["d"]  # no country: made, warned of as before
    assert said == [
        "2:7: error[merge.value]: row 2, column contact (G): '020 7946 0123' is a "
        f"placeholder ({OFCOM}): it would print on the event's documents" + CELL_HINT + SAMPLE,
        # the placeholder, not merge.phone's "no number": the cell is told once
        "3:7: error[merge.value]: row 3, column contact (G): '07700 900123' is a "
        f"placeholder ({OFCOM}): it would print on the event's documents" + CELL_HINT + SAMPLE,
        "4:8: error[merge.value]: row 4, column link (H): 'tel:020 7946 0123' is a "
        f"placeholder ({OFCOM}): it would print on the event's documents, and their QR code "
        "and PDF link would lead there" + CELL_HINT + SAMPLE,
        "5:7: warning[merge.phone]: row 5, column contact (G): '020 7946 0123' is a national "
        "number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only inside its country (no country code)\n  hint: "
        + NATIONAL_FIX,
    ]


@pytest.mark.parametrize(
    ("typed", "country", "problem", "fix"),
    [
        ("020 5946 0123", "GB", "'020 5946 0123' is no number in the United Kingdom: none "
         "there begins with 020 5", MISTYPED + ANOTHER),
        ("tel:020 5946 0123", "GB", "'tel:020 5946 0123' is no number in the United Kingdom: "
         "none there begins with 020 5", MISTYPED + ANOTHER),
        ("+44 20 5946 0123", "", "'+44 20 5946 0123' is no number in the United Kingdom: "
         "none there begins with +44 20 5", MISTYPED),  # its country is its code's
        ("+44 7700 900123", "", "'+44 7700 900123' is no number in the United Kingdom: none "
         "there begins with +44 7700 9", MISTYPED),
        ("+1 555 555 5555", "", "'+1 555 555 5555' is no number in the United States: none "
         "there begins with +1 555", MISTYPED),
        ("+7 095 123 45 67", "", "'+7 095 123 45 67' is no number in Russia: none there "
         "begins with +7 0", MISTYPED),  # its 0 is counted: 10 digits, not 9
        ("020 7946 012", "GB", "'020 7946 012' is too short for a number in the United "
         "Kingdom: one there that begins so has more digits", DIGITS),
        ("+44 20 794", "", "'+44 20 794' has 5 digits after +44, and a number in the United "
         "Kingdom has 7, 9 or 10", DIGITS),
        ("06 123 4567 8901", "IT", "'06 123 4567 8901' has 13 digits, and a number in Italy "
         "has 6, 7, 8, 9, 10, 11 or 12", DIGITS),  # no trunk prefix: Italy's 0 is the number's
    ],
)  # fmt: skip
def test_a_number_no_country_has_says_which_digits_begin_none(
    typed: str, country: str, problem: str, fix: str
) -> None:
    found = check_phone(typed, country)
    assert found is not None
    assert found.problem == (problem, fix)


@pytest.mark.parametrize(
    ("typed", "country", "prefix", "international", "problem"),
    [
        ("8 (495) 123-45-67", "RU", "8", "tel:+7-495-123-45-67", None),
        ("tel:8 495 123 45 67", "RU", "8", "tel:+7-495-123-45-67", None),
        ("06 1 234 5678", "HU", "06", "tel:+36-1-234-5678", None),
        ("1 202 555 0100", "US", "1", "tel:+1-202-555-0100", None),
        ("8 (495) 123-45-6", "RU", "8", None, "'8 (495) 123-45-6' has 9 digits after its 8, "
         "and a number in Russia has 10 or 14"),
        ("06 1 234 567", "HU", "06", None, "'06 1 234 567' has 7 digits after its 06, and a "
         "number in Hungary has 8 or 9"),
        # no country: a national number, not checked (a US organiser's trial: its
        # (202) 555-0123 passed without a word)
        ("8 (495) 123-45-67", "", "", None, "'8 (495) 123-45-67' is a national "
         "number, of no country the row names: it is not checked (a number kept for "
         "fiction, a wrong length), and its link dials it only inside its country (no country code)"),
        ("8 (495) 123-45-67", "FR", "", None, None),  # not France's prefix
        # without its optional prefix: a valid number of the country, dialled (not warned)
        ("(202) 555-0100", "US", "", "tel:+1-202-555-0100", None),
        ("30.07.2026", "DE", "", None, None),  # DE writes its 0: a date, no number
        ("8 12", "RU", "", None, None),  # too few digits for a number
    ],
)  # fmt: skip
def test_a_national_number_is_read_by_its_countrys_trunk_prefix(
    typed: str, country: str, prefix: str, international: str | None, problem: str | None
) -> None:
    assert trunk_prefix(typed.removeprefix("tel:"), country) == prefix
    found = check_phone(typed, country)
    if international is None and problem is None:
        assert found is None
        return
    assert found is not None
    assert found.international == international
    fix = NATIONAL_FIX if problem and "national" in problem else DIGITS
    assert found.problem == ((problem, fix) if problem else None)


def test_a_russian_rows_number_is_checked_and_dialled_by_its_8(tmp_path: Path, kit: Kit) -> None:
    body = (
        "d,ru,Прогулка,2026-07-30,10:00,Парк,8 (495) 123-45-67,,RU\n"
        'e,ru,Прогулка,2026-07-30,10:00,Парк,"Звоните: 8 (495) 123-45-67, 8 (495) 123-45-6",,RU\n'
        "f,ru,Прогулка,2026-07-30,10:00,Парк,8 (495) 123-45-67,,\n"  # no country: not checked
        'g,fr,Stand,2027-07-30,18:00,Marché,"Appelez le 01 43 29 44 40",,FR\n'  # words: still
    )
    records, said = merged(tmp_path, kit, body)
    dialled = {"84951234567": "tel:+7-495-123-45-67"}
    assert [(r.id, r.layer.dials, r.layer.values["event_contact"].text) for r in records] == [
        ("d", dialled, "8 (495) 123-45-67"),  # printed as typed
        ("e", dialled, "Звоните: 8 (495) 123-45-67, 8 (495) 123-45-6"),
        ("f", {"84951234567": "tel:8-495-123-45-67"}, "8 (495) 123-45-67"),  # as typed
        ("g", {"0143294440": "tel:+33-1-43-29-44-40"}, "Appelez le 01 43 29 44 40"),
    ]
    assert said == [
        "3:7: warning[merge.phone]: row 3, column contact (G): '8 (495) 123-45-6' has 9 "
        f"digits after its 8, and a number in Russia has 10 or 14\n  hint: {DIGITS}",
        f"4:7: warning[merge.phone]: row 4, column contact (G): {UNCHECKED}",
    ]


@pytest.mark.parametrize(
    ("printed", "target"),
    [
        ("8 (495) 123-45-67", "tel:+7-495-123-45-67"),
        ("8-495-123-45-67", "tel:+7-495-123-45-67"),  # the same digits, other separators
        ("8 (495) 123-45-68", None),  # another number: no phone without + or 0
        ("+7 495 123 45 67", "tel:+7-495-123-45-67"),  # international: its own
    ],
)
def test_a_printed_number_of_its_rows_trunk_prefix_opens_what_it_dials(
    printed: str, target: str | None
) -> None:
    assert printed_target(printed, {"84951234567": "tel:+7-495-123-45-67"}) == target
    assert printed_target(printed) == (target if printed[0] == "+" else None)


def test_the_digital_pdfs_link_over_a_russian_number_dials_it_from_abroad(
    tmp_path: Path,
) -> None:
    """The trial's row: the number printed, no tel: link in the digital PDF and no warning;
    without a country, a link that dials it as typed (inside its country), and a warning that
    it is not checked (it had no link, though the warning spoke of one)."""
    import pypdfium2 as pdfium

    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,contact,date_region\n"
        "moscow,ru,Прогулка,2026-07-30,10:00,Парк,8 (495) 123-45-67,RU\n"
        "nowhere,ru,Прогулка,2026-07-30,10:00,Парк,8 (495) 123-45-67,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "-j", "1")
    assert code == 0, text
    assert f":3:7: warning[merge.phone]: row 3, column contact (G): {UNCHECKED}" in text
    assert text.count("merge.phone") == 1
    for event, dialled in (
        ("moscow", ["tel:+7-495-123-45-67"]),
        ("nowhere", ["tel:8-495-123-45-67"]),
    ):
        path = out / "event-flyer-a5" / f"event-flyer-a5-ru-{event}-digital.pdf"
        assert [u for u in link_uris(path) if u.startswith("tel:")] == dialled
        shown = pdfium.PdfDocument(path)[0].get_textpage().get_text_range()
        assert shown.count("8 (495) 123-45-67") == 1  # printed as typed


def test_a_link_cells_number_of_its_rows_trunk_prefix_is_its_qr_codes(
    tmp_path: Path, kit: Kit
) -> None:
    """A link cell's `8 (495) 123-45-67` of RU: its QR code dials it from abroad, and it is
    printed under the code as typed (not tel:+7-495-...); without a country it is no link."""
    body = (
        "a,ru,Прогулка,2026-07-30,10:00,Парк,,tel:8 (495) 123-45-67,RU\n"
        "b,ru,Прогулка,2026-07-30,10:00,Парк,,8 (495) 123-45-67,RU\n"
        "c,en,Walk,2026-07-30,10:00,Park,,1 202 555 0170,US\n"  # NANP's trunk prefix 1
        "d,ru,Прогулка,2026-07-30,10:00,Парк,,8 (495) 123-45-67,\n"
    )
    records, said = merged(tmp_path, kit, body)
    assert [(r.id, r.layer.links["event"], r.layer.values["event_link"].text) for r in records] == [
        ("a", "tel:+7-495-123-45-67", "8 (495) 123-45-67"),
        ("b", "tel:+7-495-123-45-67", "8 (495) 123-45-67"),
    ]
    assert said == [
        "4:8: error[merge.value]: row 4, column link (H): '1 202 555 0170' is a placeholder "
        f"({NANP}): it would print on the event's documents, and their QR code and PDF link "
        "would lead there" + CELL_HINT + SAMPLE,
        # no country: as before (not also merge.phone's "not checked")
        "5:8: error[merge.value]: row 5, column link (H): the link '8 (495) 123-45-67': it is "
        "not a web, e-mail or phone address (https://, http://, mailto: or tel:)\n  hint: for a "
        "number to call, write tel:8-495-123-45-67, or https://... or mailto:name@example.org",
    ]


@pytest.mark.parametrize(
    ("typed", "link", "printed"),
    [
        ("8 (495) 123-45-67", "tel:+7-495-123-45-67", "8 (495) 123-45-67"),
        ("06 1 234 5678", "tel:+36-1-234-5678", "06 1 234 5678"),  # HU's 06
        ("01 43 29 44 40", "tel:+33-1-43-29-44-40", "01 43 29 44 40"),
        ("8 (495) 123-45-68", "tel:+7-495-123-45-67", "tel:+7-495-123-45-67"),  # another
        ("8 123-45-67", "tel:+7-495-123-45-67", "tel:+7-495-123-45-67"),  # only its end
    ],
)
def test_a_link_cells_national_number_is_printed_as_typed(
    typed: str, link: str, printed: str
) -> None:
    from campaign.merge.values import _printed_link

    assert _printed_link(typed, link) == printed


@pytest.mark.parametrize(
    "typed",
    [
        "43 29 44 40",  # a part of the number the QR code dials
        "9 43 29 44 40",  # its digits after the first, behind another first digit
    ],
)
def test_a_number_not_the_one_dialled_is_not_printed_under_its_qr_code(typed: str) -> None:
    """Only a number that is the dialled one, or that one with a trunk prefix before it
    (of its country: `national_forms`), is printed as typed: another prints the link the QR
    code dials."""
    from campaign.merge.values import _printed_link

    assert _printed_link(typed, "tel:+33-1-43-29-44-40") == "tel:+33-1-43-29-44-40"


@pytest.mark.parametrize(
    ("typed", "link", "printed"),
    [
        # France's number without its 0: its 1 is no trunk prefix of France (the North
        # American plan's 1 was stripped, and 1 43 29 44 40 printed under the QR code)
        ("1 43 29 44 40", "tel:+33-1-43-29-44-40", "tel:+33-1-43-29-44-40"),
        ("0 495 123 45 67", "tel:+7-495-123-45-67", "tel:+7-495-123-45-67"),  # not Russia's 0
        ("8 1 43 29 44 40", "tel:+33-1-43-29-44-40", "tel:+33-1-43-29-44-40"),  # nor its 8
        ("06 1 43 29 44 40", "tel:+33-1-43-29-44-40", "tel:+33-1-43-29-44-40"),  # nor HU's 06
        ("1 202 456 1111", "tel:+1-202-456-1111", "1 202 456 1111"),  # the plan's own 1
        ("202 456 1111", "tel:+1-202-456-1111", "202 456 1111"),  # which it may leave out
        ("(202) 456-1111", "tel:+1-202-456-1111", "(202) 456-1111"),  # its area code bracketed
        ("06 1234 5678", "tel:+39-06-1234-5678", "06 1234 5678"),  # Italy's 0: the number's
        ("1234 5678", "tel:+39-06-1234-5678", "tel:+39-06-1234-5678"),  # without it: not
    ],
)
def test_a_trunk_prefix_is_only_the_dialled_countrys(typed: str, link: str, printed: str) -> None:
    from campaign.merge.values import _printed_link

    assert _printed_link(typed, link) == printed


def test_a_link_cells_date_is_no_number_to_call(tmp_path: Path, kit: Kit) -> None:
    """A link cell holding a date was read as a national number (its 0 a trunk prefix) and
    dialled tel:07-30-2026, or +49-7302-026 in a German row."""
    body = (
        "a,fr,Stand,2026-07-30,18:00,Marché,Jo,07.30.2026,FR\n"
        "b,en,Stand,2026-07-30,18:00,Park,Jo,07.30.2026,DE\n"
        "c,fr,Stand,2026-07-30,18:00,Marché,Jo,07.30.2026,\n"
    )
    records, said = merged(tmp_path, kit, body)
    assert records == []
    assert said == [
        f"{row}:8: error[merge.value]: row {row}, column link (H): the link '07.30.2026': it "
        "is not a web, e-mail or phone address (https://, http://, mailto: or tel:)\n  hint: "
        "write https://..., mailto:name@example.org or tel:+CC-NNN-NNNN"
        for row in (2, 3, 4)
    ]


def test_a_contacts_date_and_hours_are_not_linked_its_number_is(tmp_path: Path, kit: Kit) -> None:
    """The trial's contact: a date with its leading 0 (m.d.y), a time range and the number.
    The digital PDF links the number alone, dialled from abroad by the row's country, and
    nothing is warned of; without a country the number is linked as typed, as before."""
    contact = '"Le 07.30.2026 à 18h, 09:00-17:00 : 01 43 29 44 40"'
    hours = '"30.07.2026, 09.00-17.00 Uhr: 030 1234567"'
    body = (
        f"paris,fr,Stand,2026-07-30,18:00,Marché,{contact},,FR\n"
        f"berlin,en,Stand,2026-07-30,18:00,Park,{hours},,DE\n"
        f"nowhere,fr,Stand,2026-07-30,18:00,Marché,{contact},,\n"
    )
    records, said = merged(tmp_path, kit, body)
    assert [(r.id, r.layer.dials) for r in records] == [
        ("paris", {"0143294440": "tel:+33-1-43-29-44-40"}),
        ("berlin", {"0301234567": "tel:+49-30-1234567"}),
        ("nowhere", {}),
    ]
    assert [line for line in said if "merge.phone" in line] == [
        "4:7: warning[merge.phone]: row 4, column contact (G): '01 43 29 44 40' is a national "
        "number, of no country the row names: it is not checked (a number kept for fiction, a wrong length), and its link dials it only inside its country (no country code)\n  hint: "
        + NATIONAL_FIX,
    ]
    out = tmp_path / "out"
    data = tmp_path / "events.csv"
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "-j", "1")
    assert code == 0, text
    for event, lang, dialled in (
        ("paris", "fr", "tel:+33-1-43-29-44-40"),
        ("berlin", "en", "tel:+49-30-1234567"),
        ("nowhere", "fr", "tel:01-43-29-44-40"),
    ):
        path = out / "event-flyer-a5" / f"event-flyer-a5-{lang}-{event}-digital.pdf"
        assert [u for u in link_uris(path) if u.startswith("tel:")] == [dialled]


def test_a_link_cells_us_number_in_its_national_form_prints_as_typed(
    tmp_path: Path, kit: Kit
) -> None:
    """`(202) 456-1111` of a US row, its area code in brackets as the US writes it, was no
    phone number (its bracket first): an error, "cannot be dialled (' ')", whose hint put
    '(' in the contact column. It is dialled from abroad by its QR code and the digital PDF
    (tel:+1-202-456-1111) and printed under the code as typed; without a country it is no
    link, as before, and the hint gives the number's tel: address whole."""
    body = (
        "a,en,Walk,2026-07-30,10:00,Park,,(202) 456-1111,US\n"
        "b,en,Walk,2026-07-30,10:00,Park,,tel:(202) 456-1111,US\n"
        "c,fr,Stand,2026-07-30,18:00,Marché,,01 43 29 44 40,FR\n"  # another country: as before
        "d,en,Walk,2026-07-30,10:00,Park,,(202) 456-1111,\n"
    )
    records, said = merged(tmp_path, kit, body)
    assert [(r.id, r.layer.links["event"], r.layer.values["event_link"].text) for r in records] == [
        ("a", "tel:+1-202-456-1111", "(202) 456-1111"),
        ("b", "tel:+1-202-456-1111", "(202) 456-1111"),
        ("c", "tel:+33-1-43-29-44-40", "01 43 29 44 40"),
    ]
    assert said == [
        "5:8: error[merge.value]: row 5, column link (H): the link '(202) 456-1111': it is not "
        "a web, e-mail or phone address (https://, http://, mailto: or tel:)\n  hint: for a "
        "number to call, write tel:202-456-1111, or https://... or mailto:name@example.org",
    ]
    data = tmp_path / "events.csv"
    data.write_text(
        "event_id,language,title,date,time,venue,link,date_region\n"
        "a,en,Walk,2026-07-30,10:00,Park,(202) 456-1111,US\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, text = cli("merge", "event-flyer-a5", data, "--kit", ROOT, "-o", out, "-j", "1")
    assert code == 0, text
    path = out / "event-flyer-a5" / "event-flyer-a5-en-a-digital.pdf"
    # the QR code's and the printed number's: each dials the number from abroad
    assert [u for u in link_uris(path) if u.startswith("tel:")] == ["tel:+1-202-456-1111"] * 2
    import pypdfium2 as pdfium

    shown = pdfium.PdfDocument(path)[0].get_textpage().get_text_range()
    assert shown.count("(202) 456-1111") == 1  # under the QR code, as typed
    assert "+1-202-456-1111" not in shown
