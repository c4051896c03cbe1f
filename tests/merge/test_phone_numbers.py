"""A phone number typed as a number in a workbook's contact cell, read by the row's country
(merge.phone_numbers): where each number of its length is written with a 0 (or a +), the
number as the cell holds it would print wrong, and the row is refused (a trial's Thai flyer
printed 812345678, 0812345678 typed in Excel, with a warning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.fields import Record
from campaign.merge.phone_numbers import (
    GUESSED_HINT,
    NATIONAL_FIX,
    language_country,
    lost_digits,
)
from campaign.merge.tables import read_table
from campaign.model import Kit

from .records import HEAD, write_rows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("number", "country", "written"),
    [
        (812345678, "TH", ("0812345678",)),  # a Thai mobile number (9 digits)
        (21234567, "TH", ("021234567",)),  # a Bangkok fixed line (8)
        (66812345678, "TH", ("+66812345678",)),  # its calling code: its + lost
        (1800123456, "TH", ()),  # a Thai toll-free number: no 0 before it
        (123456789, "FR", ("0123456789",)),
        (33123456789, "FR", ("+33123456789",)),
        (1400104657, "IN", ()),  # an Indian 140 number (10 digits) is written so
        (2125550100, "US", ()),  # no country of TRUNK_ZERO: written so
        (711222333, "KE", ("0711222333",)),  # a Kenyan mobile (an organiser's trial)
        (254711222333, "KE", ("+254711222333",)),
        (812345678, "", ()),
    ],
)
def test_a_number_that_lost_its_0_or_plus_is_told_by_its_country(
    number: int, country: str, written: tuple[str, ...]
) -> None:
    assert lost_digits(number, country) == written


@pytest.mark.parametrize(
    ("codes", "country"),
    [
        (("th",), "TH"),
        (("am",), "ET"),
        (("km",), "KH"),
        (("lo",), "LA"),
        (("my",), "MM"),
        (("ka",), "GE"),
        (("pt-BR",), "BR"),  # its own region
        # languages official in several countries, of several numbering plans: none
        (("en",), ""),
        (("fr",), ""),
        (("es",), ""),
        (("ar",), ""),
        (("pt",), ""),
        (("sw",), ""),  # Kenya's and Tanzania's
        (("bn",), ""),  # Bangladesh's, and West Bengal's in India
        (("th", "en"), ""),  # a row of two languages: one country for both, or none
    ],
)
def test_a_languages_country_is_only_a_language_of_one_countrys(
    codes: tuple[str, ...], country: str
) -> None:
    assert language_country(codes) == country


def test_a_thai_rows_contact_typed_as_a_number_is_refused(tmp_path: Path, kit: Kit) -> None:
    """The trial's events-th2.xlsx: 812345678 in a Thai row's contact cell is an error at the
    cell naming the number as written; an English row's 41229171234 (a Swiss number without
    its +) is still a warning, as its row's country (US) does not tell; a date_region of TH
    tells an English row's."""
    head = [*HEAD, "contact"]
    rows: list[list[object]] = [
        ["a", "th", "T", "2026-07-30", "07:00", "P", "", 812345678],
        ["b", "en", "T", "2026-07-30", "07:00", "P", "", 41229171234],
        ["c", "en", "T", "2026-07-30", "07:00", "P", "TH", 21234567],
    ]
    path = write_rows(tmp_path / "events", rows, "xlsx", head)
    records, problems = merged_at(path, kit)
    assert [r.id for r in records] == ["b"]
    assert problems == [
        "2:8: error[merge.value]: row 2, column contact (H): the cell holds the number "
        "812345678, which lost the 0 a phone number is written with in TH, the row's language's "
        "country: it would print as 812345678, not 0812345678\n"
        "  hint: type it as text (in Excel, begin it with an apostrophe: '0812345678)\n"
        f"  hint: {GUESSED_HINT}",
        "3:8: warning[merge.value]: row 3, column contact (H): the cell holds the number "
        "41229171234, which prints as it is written here: a phone number typed as a number "
        "loses its + and its spaces\n"
        "  hint: type it as text (in Excel, begin it with an apostrophe: '+41 22 917 1234)",
        "4:8: error[merge.value]: row 4, column contact (H): the cell holds the number "
        "21234567, which lost the 0 a phone number is written with in TH: it would print as "
        "21234567, not 021234567\n"
        "  hint: type it as text (in Excel, begin it with an apostrophe: '021234567)",
    ]


def merged_at(path: Path, kit: Kit) -> tuple[list[Record], list[str]]:
    """The records of the table at `path` and each diagnostic, its path left out."""
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return list(good), [d.render().replace(f"{path}:", "") for d in errs.items]


def test_a_country_column_is_told_what_date_region_does(tmp_path: Path, kit: Kit) -> None:
    """An organiser's trial in Nairobi: a Country column of KE, meant for the rows' phone
    numbers, was "not used" and nothing more, and 711222333 printed without its 0. The column
    is told of date_region; named so, the number is refused with its 0."""
    head = [*HEAD, "contact", "Country"]
    rows: list[list[object]] = [["a", "sw", "T", "2026-07-30", "07:00", "P", "", 711222333, "KE"]]
    path = write_rows(tmp_path / "events", rows, "xlsx", head)
    _, problems = merged_at(path, kit)
    assert (
        "1:9: warning[merge.column]: events.xlsx: column 'Country' is not used by the event "
        "templates\n  hint: for the row's country, which reads its dates (7/8) and its phone "
        "numbers typed as numbers (0 lost), name the column date_region and write the "
        "country's ISO 3166 code (KE, PH, CO); else it is the sheet's own"
    ) in problems, problems
    rows = [["a", "sw", "T", "2026-07-30", "07:00", "P", "KE", 711222333]]  # its date_region
    path = write_rows(tmp_path / "events2", rows, "xlsx", head[:-1])
    records, problems = merged_at(path, kit)
    assert records == []
    assert "lost the 0 a phone number is written with in KE" in problems[0], problems


@pytest.mark.parametrize("header", ["Pays", "Région", "País", "Região", "PAYS"])
def test_a_country_column_in_french_spanish_or_portuguese_is_told_too(
    tmp_path: Path, kit: Kit, header: str
) -> None:
    """A Moroccan organiser's trial: French headers were read (Titre, Lieu, Langue), but a
    `Pays` column of MA was "not used" and nothing more, while `country` was told of
    date_region. The forms' languages' words for a country or region are told the same."""
    head = [*HEAD, header]
    rows: list[list[object]] = [["a", "fr", "T", "2026-07-30", "07:00", "P", "", "MA"]]
    path = write_rows(tmp_path / "events", rows, "xlsx", head)
    _, problems = merged_at(path, kit)
    assert (
        f"1:8: warning[merge.column]: events.xlsx: column '{header}' is not used by the event "
        "templates\n  hint: for the row's country, which reads its dates (7/8) and its phone "
        "numbers typed as numbers (0 lost), name the column date_region and write the "
        "country's ISO 3166 code (KE, PH, CO); else it is the sheet's own"
    ) in problems, problems


def test_a_rows_typed_national_number_is_read_by_its_languages_country(
    tmp_path: Path, kit: Kit
) -> None:
    """An organiser's trial: on a Thai row a number typed as a number was judged by
    Thailand's plan ("lost the 0 ... in TH"), and a typed `02 555 0111` as of no country. One
    country for both: a Thai row's national number is Thailand's, checked, its warnings
    saying so, and dialled as from abroad, a contact's and a link cell's alike; an English
    row's, a language of many countries, is of none, as before; a date_region wins."""
    head = [*HEAD, "contact", "link"]
    rows: list[list[object]] = [
        ["a", "th", "T", "2026-07-30", "07:00", "P", "", "02 555 0111", ""],
        ["b", "th", "T", "2026-07-30", "07:00", "P", "", "02 555 011", ""],
        ["c", "en", "T", "2026-07-30", "07:00", "P", "", "02 555 0111", ""],
        ["d", "th", "T", "2026-07-30", "07:00", "P", "", "", "02 555 0111"],
        ["e", "th", "T", "2026-07-30", "07:00", "P", "LA", "02 555 0111", ""],
    ]
    path = write_rows(tmp_path / "events", rows, "csv", head)
    records, problems = merged_at(path, kit)
    assert [(r.id, r.layer.dials, r.layer.links) for r in records] == [
        ("a", {"025550111": "tel:+66-2-555-0111"}, {}),
        ("b", {}, {}),
        ("c", {}, {}),
        ("d", {"025550111": "tel:+66-2-555-0111"}, {"event": "tel:+66-2-555-0111"}),
        ("e", {}, {}),
    ]
    assert problems == [
        "3:8: warning[merge.phone]: row 3, column contact (H): '02 555 011' has 7 digits after "
        "its 0, and a number in Thailand has 8, 9, 10 or 13 (read as a number of TH, the row's "
        "language's country)\n"
        "  hint: check its digits: one missing, or one too many?\n"
        f"  hint: {GUESSED_HINT}",
        "4:8: warning[merge.phone]: row 4, column contact (H): '02 555 0111' is a national "
        "number, of no country the row names: it is not checked (a number kept for fiction, a "
        "wrong length), and its link dials it only inside its country (no country code)\n"
        f"  hint: {NATIONAL_FIX}",
        "6:8: warning[merge.phone]: row 6, column contact (H): '02 555 0111' is no number in "
        "Laos: none there begins with 02 5\n"
        "  hint: check its digits: it has as many as a number there, so one may be mistyped (or "
        "it is another country's number: write it with + and its country code)",
    ]


def test_a_number_with_its_country_code_is_not_said_read_by_the_language(
    tmp_path: Path, kit: Kit
) -> None:
    """`+66 2 555 011` on a Thai row is read by its +66, not by the row's language: its
    warning names no guess."""
    head = [*HEAD, "contact"]
    rows: list[list[object]] = [["a", "th", "T", "2026-07-30", "07:00", "P", "", "+66 2 555 011"]]
    _, problems = merged_at(write_rows(tmp_path / "events", rows, "csv", head), kit)
    assert problems == [
        "2:8: warning[merge.phone]: row 2, column contact (H): '+66 2 555 011' has 7 digits "
        "after +66, and a number in Thailand has 8, 9, 10 or 13\n"
        "  hint: check its digits: one missing, or one too many?"
    ]
