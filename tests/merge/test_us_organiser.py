"""A US organiser's event sheet (a user trial, its Google Form export without a `date_region`
column): merged for an office whose file says `country: US` it printed "30 July 2027" and
"18:30–20:00" on Letter flyers; its (202) 555-0123 (NANPA's 555-0100 to 555-0199, kept for
fiction) passed without a word while +1 202 555 0142 was refused, and `sample: true` did
not admit it as it admits example.org; a form sent twice (row 31 a copy of row 2) refused
both events. The numbers here are the fiction range's only."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, check_events, read_events
from campaign.merge.languages import office_region
from campaign.merge.phone_numbers import NATIONAL_FIX
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT, cli, link_uris

HEAD = "event_id,language,title,date,time,venue,contact,sample,date_region\n"
PLACEHOLDER = (
    "it would print on the event's documents\n"
    "  hint: write the event's checked value, or leave the cell empty\n"
    "  hint: an event made only to try the kit, never printed, says so: a column `sample` "
    "holding true (in a YAML or JSON record, `sample: true`)"
)
NOTE = (
    "note[merge.region]: rows without a date_region of their own are read and written as in "
    "the United States (US), the country of office 'new-york': their dates, times and phone "
    "numbers (national numbers are judged as that country's and dialled as from abroad)\n"
    "  hint: a row's own date_region cell wins (write US or another country's code in it), "
    "and so does its language tag's region (ar-MA: MA) where it has none"
)


def us_kit(root: Path) -> Path:
    """A copy of the kit, whose new-york office names its country (`country: US`)."""
    kit = root / "kit"
    shutil.copytree(ROOT / "materials", kit / "materials")
    (kit / "fonts").symlink_to(ROOT / "fonts")
    (kit / "assets").symlink_to(ROOT / "assets")
    return kit


def country_at(kit: Path) -> str:
    """Where the kit's new-york office writes its country's code: path:line:col."""
    office = kit / "materials" / "offices" / "new-york.yaml"
    lines = office.read_text(encoding="utf-8").splitlines()
    line = lines.index("country: US") + 1
    return f"{office}:{line}:10"


@pytest.fixture(scope="module")
def kit_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return us_kit(tmp_path_factory.mktemp("us-kit"))


@pytest.fixture(scope="module")
def kit(kit_dir: Path) -> Kit:
    return load_kit(kit_dir)


def merged(
    tmp_path: Path, kit: Kit, body: str, office: str | None
) -> tuple[list[Record], list[str]]:
    """`body` under HEAD merged (for `office`, as `merge --office` reads it): the records,
    and each diagnostic, the data file's path left out."""
    path = tmp_path / "events.csv"
    path.write_text(HEAD + body, encoding="utf-8")
    errs = Collector()
    table = office_region(read_table(path, errs), kit, office, errs)
    records = read_events(table, kit, errs)
    return records, [d.render().replace(f"{path}:", "") for d in errs.items]


def shown(record: Record) -> tuple[str, str]:
    entries = record.layer.by_language["en"]
    return entries["event_date"].text, entries["event_time"].text


BODY = (
    "a,en,Walk A,7/30/2027,18:30-20:00,Hall,(202) 555-0123,true,\n"  # the office's country
    "b,en,Walk B,7/30/2027,18:30-20:00,Hall,(202) 555-0123,,\n"  # a real event's: refused
    "c,en,Walk C,30/7/2027,18:30-20:00,Hall,,,GB\n"  # its own region wins
)


def test_an_offices_country_is_the_rows_region_for_dates_times_and_numbers(
    tmp_path: Path, kit: Kit, kit_dir: Path
) -> None:
    records, said = merged(tmp_path, kit, BODY, "new-york")
    assert said == [
        f"{country_at(kit_dir)}: {NOTE}",
        "3:7: error[merge.value]: row 3, column contact (G): '(202) 555-0123' is a placeholder "
        f"(555-0100 to 555-0199, numbers kept for fiction): {PLACEHOLDER}",
    ]
    assert [(r.id, shown(r), r.layer.dials) for r in records] == [
        ("a", ("July 30, 2027", "6:30\u2009\u2013\u20098:00\u202fPM"),
         {"2025550123": "tel:+1-202-555-0123"}),
        ("c", ("30 July 2027", "18:30\u201320:00"), {}),
    ]  # fmt: skip


def test_without_an_office_the_rows_are_read_as_before_and_the_number_is_told_unchecked(
    tmp_path: Path, kit: Kit
) -> None:
    records, said = merged(tmp_path, kit, BODY, None)
    warning = (
        "warning[merge.phone]: row {}, column contact (G): '(202) 555-0123' is a "
        "national number, of no country the row names: it is not checked (a number kept "
        "for fiction, a wrong length), and its link dials it only inside its country (no country code)\n"
        f"  hint: {NATIONAL_FIX}"
    )
    assert said == [f"2:7: {warning.format(2)}", f"3:7: {warning.format(3)}"]
    assert [(r.id, shown(r), r.layer.dials) for r in records] == [
        ("a", ("30 July 2027", "18:30\u201320:00"), {"2025550123": "tel:202-555-0123"}),
        ("b", ("30 July 2027", "18:30\u201320:00"), {"2025550123": "tel:202-555-0123"}),
        ("c", ("30 July 2027", "18:30\u201320:00"), {}),
    ]
    # an office without a country: as without an office, and nothing noted
    assert merged(tmp_path, kit, BODY, "brussels")[1] == said


@pytest.mark.parametrize(
    ("value", "region", "why"),
    [
        ("+1 202 555 0142", "", "555-0100 to 555-0199, numbers kept for fiction"),
        ("(202) 555-0123", "US", "555-0100 to 555-0199, numbers kept for fiction"),
        ("tel:+1-202-555-0199", "", "555-0100 to 555-0199, numbers kept for fiction"),
        ("+44 20 7946 0123", "", "a number Ofcom keeps for TV and radio drama"),
    ],
)
def test_a_sample_row_holds_the_numbers_kept_for_fiction_a_real_one_is_told_how(
    tmp_path: Path, kit: Kit, value: str, region: str, why: str
) -> None:
    body = (
        f"s,en,Walk,2027-07-30,18:00,Hall,{value},true,{region}\n"
        f"r,en,Walk,2027-07-30,18:00,Hall,{value},,{region}\n"
    )
    records, said = merged(tmp_path, kit, body, None)
    assert [r.id for r in records] == ["s"]
    assert said == [
        f"3:7: error[merge.value]: row 3, column contact (G): '{value}' is a placeholder "
        f"({why}): {PLACEHOLDER}"
    ]


@pytest.mark.parametrize(
    ("value", "region"),
    [
        ("+1 555 555 5555", ""),
        ("+1 555 555 0123", ""),  # its line number in the fiction range: still no number
        ("(555) 555-0123", "US"),
    ],
)
def test_area_code_555_is_no_sample_either(
    tmp_path: Path, kit: Kit, value: str, region: str
) -> None:
    body = f"s,en,Walk,2027-07-30,18:00,Hall,{value},true,{region}\n"
    records, said = merged(tmp_path, kit, body, None)
    assert records == []
    assert said == [
        f"2:7: error[merge.value]: row 2, column contact (G): '{value}' is a "
        "placeholder (area code 555, which no place or service has): it would print on the "
        "event's documents\n  hint: write the event's checked value, or leave the cell empty"
    ]


def test_a_row_sent_twice_is_made_once_rows_that_differ_are_both_refused(
    tmp_path: Path, kit: Kit
) -> None:
    row = "boston,en,Walk,2027-07-30,18:00,Hall,,,US\n"
    other = "denver,en,Walk,2027-07-30,18:00,Hall,,,US\n"
    records, said = merged(tmp_path, kit, row + other + row, None)
    assert [r.id for r in records] == ["boston", "denver"]
    checked = check_events(read_table(tmp_path / "events.csv", Collector()), kit, Collector())
    assert (checked.skip, checked.repeats) == (frozenset(), {2})  # not refused: repeated
    assert said == [
        "4:1: warning[merge.repeat]: row 4, column event_id (A): row 4 repeats row 2 exactly: "
        "made once\n  hint: every cell of the two rows is the same (a form sent twice?): "
        "delete row 4 to be rid of this warning"
    ]
    # one cell apart (its time): which is the event cannot be told, neither is made
    changed = row.replace("18:00", "18:30")
    records, said = merged(tmp_path, kit, row + other + changed, None)
    assert [r.id for r in records] == ["denver"]
    hint = (
        "\n  hint: keep one row for the event and delete the other, or give each event its own id"
    )
    assert said == [
        "2:1: error[merge.value]: row 2, column event_id (A): event_id 'boston' is also on "
        "row 4; each event needs its own, and neither row is made" + hint,
        "4:1: error[merge.value]: row 4, column event_id (A): event_id 'boston' is also on "
        "row 2; each event needs its own, and neither row is made" + hint,
    ]
    # a repeat of a refused row: its problem told once, at the first
    bad = "boston,en,Walk,2027-07-30,18:00,,,,US\n"
    records, said = merged(tmp_path, kit, bad + other + bad, None)
    assert [r.id for r in records] == ["denver"]
    assert said == [
        "2:6: error[merge.value]: row 2, column venue (F): 'venue' is empty; every event needs one",
        "4:1: warning[merge.repeat]: row 4, column event_id (A): row 4 repeats row 2 exactly: "
        "told once, at row 2\n  hint: every cell of the two rows is the same (a form sent "
        "twice?): delete row 4 to be rid of this warning",
    ]


def test_a_repeat_of_a_row_a_later_row_refuses_is_not_said_to_be_made(
    tmp_path: Path, kit: Kit
) -> None:
    """Rows 2 and 4 alike, row 3 of their id but another time: row 3 refuses row 2 (which is
    the event cannot be told), so row 4's copy makes nothing either; its warning, worded once
    every row is read, says so (it said "made once" before row 3 was read)."""
    row = "boston,en,Walk,2027-07-30,18:00,Hall,,,US\n"
    changed = row.replace("18:00", "18:30")
    records, said = merged(tmp_path, kit, row + changed + row, None)
    assert records == []
    assert said == [
        "2:1: error[merge.value]: row 2, column event_id (A): event_id 'boston' is also on "
        "row 3; each event needs its own, and neither row is made\n  hint: keep one row for "
        "the event and delete the other, or give each event its own id",
        "3:1: error[merge.value]: row 3, column event_id (A): event_id 'boston' is also on "
        "row 2; each event needs its own, and neither row is made\n  hint: keep one row for "
        "the event and delete the other, or give each event its own id",
        "4:1: warning[merge.repeat]: row 4, column event_id (A): row 4 repeats row 2 exactly: "
        "told once, at row 2\n  hint: every cell of the two rows is the same (a form sent "
        "twice?): delete row 4 to be rid of this warning",
    ]


def test_a_us_offices_flyer_prints_the_us_way_and_links_its_number(
    tmp_path: Path, kit_dir: Path
) -> None:
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text(
        "event_id,language,title,date,time,venue,contact,sample\n"
        "walk,en,Blue walk,7/30/2027,18:30-20:00,Hall,Call (202) 555-0123,true\n",
        encoding="utf-8",
    )
    args = ("--kit", kit_dir, "-o", out, "--no-png", "-j", "1", "--office", "new-york")
    code, text = cli("merge", "event-flyer-letter", data, *args)
    assert code == 0, text
    assert f"{country_at(kit_dir)}: {NOTE}" in text
    folder = out / "new-york" / "event-flyer-letter"
    import subprocess

    printed = subprocess.run(
        ["pdftotext", folder / "event-flyer-letter-en-new-york-walk.pdf", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "July 30, 2027\n6:30 – 8:00 PM\n" in printed.replace("\u2009", " ").replace(
        "\u202f", " "
    )
    assert "Call (202) 555-0123" in printed
    digital = folder / "event-flyer-letter-en-new-york-walk-digital.pdf"
    assert "tel:+1-202-555-0123" in link_uris(digital)


@pytest.mark.parametrize(("sample", "region"), [(True, "US"), (False, "US"), (False, "")])
def test_a_fiction_number_typed_as_a_number_is_judged_by_the_rows_country(
    tmp_path: Path, kit: Kit, sample: bool, region: str
) -> None:
    """An XLSX contact cell holding the number 2025550123 (a trial's num.xlsx): on a row of
    US it is (202) 555-0123, kept for fiction, refused unless the row is a sample; it had
    only the warning that a number typed so loses its + and its spaces."""
    from openpyxl import Workbook

    path = tmp_path / "events.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEAD.strip().split(","))
    sheet.append(
        ["n", "en", "Walk", "2027-07-30", "18:00", "Hall", 2025550123, sample or None, region]
    )
    book.save(path)
    errs = Collector()
    records = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    typed = (
        "2:7: warning[merge.value]: row 2, column contact (G): the cell holds the number "
        "2025550123, which prints as it is written here: a phone number typed as a number "
        "loses its + and its spaces\n  hint: type it as text (in Excel, begin it with an "
        "apostrophe: '+41 22 917 1234)"
    )
    if sample or not region:  # a sample's, or of no country: made, as before
        assert [r.id for r in records] == ["n"]
        assert said == [typed]
        return
    assert records == []
    assert said == [
        typed,
        "2:7: error[merge.value]: row 2, column contact (G): '2025550123' is a placeholder "
        f"(555-0100 to 555-0199, numbers kept for fiction): {PLACEHOLDER}",
    ]


US_NOTE = (
    "{data}:2:4: note[merge.region]: the sheet writes its dates month first ('7/30/2027', as "
    "in the US) and no row names its country: they are read so, and printed as each row's "
    "language writes them (English: 30 July 2026, 18:30); its phone numbers are of no "
    "country\n"
    "  hint: to print them the US way (July 30, 2026, 6:30 PM) and read its phone numbers as "
    "US ones, add a date_region column with US in it, or merge with --office of an office "
    "whose file says country: US\n"
)


@pytest.mark.parametrize(
    ("rows", "office", "noted"),
    [
        ("a,en,A,7/30/2027,18:30,Hall,\nb,en,B,7/31/2027,18:30,Hall,\n", None, True),
        # a row names its country: the sheet knows it is written so
        ("a,en,A,7/30/2027,18:30,Hall,\nb,en,B,7/31/2027,18:30,Hall,US\n", None, False),
        ("a,en,A,7/30/2027,18:30,Hall,\n", "new-york", False),  # the office's country
        ("a,en,A,30/7/2027,18:30,Hall,\n", None, False),  # day first
        ("a,en,A,2027-07-30,18:30,Hall,\n", None, False),  # neither
    ],
)
def test_a_sheet_of_us_dates_without_its_country_is_noted_once(
    tmp_path: Path, kit_dir: Path, rows: str, office: str | None, noted: bool
) -> None:
    """A US partner's Google Form (no date_region column) writes 7/30/2027: read right, and
    printed "30 July 2027, 18:30" as English writes it, without a word (an organiser's
    trial): one note says so and how to print the US way."""
    data, out = tmp_path / "events.csv", tmp_path / "out"
    data.write_text("event_id,language,title,date,time,venue,date_region\n" + rows, "utf-8")
    args = ("--kit", kit_dir, "-o", out, "--no-png", "--no-digital", "-j", "1")
    code, text = cli(
        "merge", "event-flyer-letter", data, *args, *(("--office", office) if office else ())
    )
    assert code == 0, text
    assert (US_NOTE.format(data=data) in text) is noted, text
    assert text.count("month first") == noted, text


def test_a_rows_language_tag_region_wins_over_the_offices_country(
    tmp_path: Path, kit: Kit, kit_dir: Path
) -> None:
    """A row's country is its date_region cell, else its language tag's region, else the
    office's country: an ar-MA row merged for an office of BE printed Eastern Arabic digits
    (٣٠ تموز/يوليه ٢٠٢٧), as for Egypt, and read its phone numbers as Belgian (a reviewer's
    trial); here an office of US."""
    body = (
        "a,ar-MA,A,2027-07-30,18:30,Hall,,true,\n"  # Morocco's Latin digits
        "b,en-GB,Walk B,2027-07-30,18:30-20:00,Hall,020 7946 0123,true,\n"  # GB's number
        "c,en,Walk C,2027-07-30,18:30-20:00,Hall,(202) 555-0123,true,\n"  # the office's
    )
    records, said = merged(tmp_path, kit, body, "new-york")
    assert said == [f"{country_at(kit_dir)}: {NOTE}"]
    arabic = records[0].layer.by_language["ar"]
    assert (arabic["event_date"].text, arabic["event_time"].text) == (
        "30 تموز/يوليه 2027",
        "18:30",
    )
    assert [(r.id, shown(r), r.layer.dials) for r in records[1:]] == [
        ("b", ("30 July 2027", "18:30\u201320:00"), {"02079460123": "tel:+44-20-7946-0123"}),
        ("c", ("July 30, 2027", "6:30\u2009\u2013\u20098:00\u202fPM"),
         {"2025550123": "tel:+1-202-555-0123"}),
    ]  # fmt: skip


@pytest.mark.parametrize("office", ["new-york", None])
def test_a_rows_language_tag_region_orders_its_numeric_date(
    tmp_path: Path, kit: Kit, office: str | None
) -> None:
    """A numeric date that reads both ways (05/07/2027) is read in the order of the row's
    language tag's region where it has no date_region (README: `US` reads it as 7 May), over
    the office's country: without a date_region cell each was refused ("may be day first or
    month first"), and an en-GB row merged for an office of US read it as 7 May."""
    body = "a,en-US,Walk A,05/07/2027,,Hall,,,\nb,en-GB,Walk B,05/07/2027,,Hall,,,\n"
    records, said = merged(tmp_path, kit, body, office)
    assert [s for s in said if "merge.region" not in s] == []
    assert [(r.id, r.day) for r in records] == [
        ("a", date(2027, 5, 7)),
        ("b", date(2027, 7, 5)),
    ]
