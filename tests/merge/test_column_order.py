"""A numeric date that reads both ways on a row whose country orders it, in a column whose
own dates tell the other order (merge.column_order). A Manila office's trial (`country:
PH`, month first): a sheet of 30/07/2027 and 05/08/2027 printed "May 8, 2027" for the
second without a word, though 30/07/2027 can only be day first; without `--office` it
printed 5 August. Where the country is only the office's, the column's order wins, said
once at the date that tells it; where the row names its country (its date_region, its
language tag) or the column tells both orders, the country's order stands, warned of at
each such date."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, read_events
from campaign.merge.languages import office_region
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT

HEAD = "event_id,language,title,date,venue,date_region\n"


def office(country: str) -> str:
    return (
        f"name: Test office {country}\nnames: {{}}\nlanguages: [en, tl]\ncountry: {country}\n"
        "fields: {}\nfields_by_language: {}\nlinks: {}\nlogos: {}\n"
    )


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Kit:
    """The repository's kit with offices of PH, US and GB (`country:` at line 4, col 10)."""
    root = tmp_path_factory.mktemp("kit")
    shutil.copytree(ROOT / "materials", root / "materials")
    (root / "fonts").symlink_to(ROOT / "fonts")
    (root / "assets").symlink_to(ROOT / "assets")
    for name, country in (("manila", "PH"), ("washington", "US"), ("london", "GB")):
        (root / "materials/offices" / f"{name}.yaml").write_text(office(country))
    return load_kit(root)


def merged(
    tmp_path: Path, kit: Kit, body: str, office_id: str | None
) -> tuple[dict[str, str], list[str]]:
    """`body` under HEAD merged for `office_id` (as `merge --office` reads it): each good
    record's date as its English flyer prints it, and each diagnostic but the office's
    `merge.region` note and a draft translation's, the data file's path left out."""
    data = tmp_path / "events.csv"
    data.write_text(HEAD + body, encoding="utf-8")
    errs = Collector()
    records = read_events(office_region(read_table(data, errs), kit, office_id, errs), kit, errs)
    said = [d.render().replace(f"{data}:", "") for d in errs.items if d.code != "merge.region"]
    return {r.id: printed(r) for r in records}, [s for s in said if "draft transl" not in s]


def printed(record: Record) -> str:
    entries = record.layer.by_language[record.languages[0]]
    return entries["event_date"].text


def sheet_won(teller: str, own: str, other: str, country: str, code: str, read: str) -> str:
    """The one warning at row 2's date, which tells the column's order (`own`), read so
    against the office's country (`other`), the first date it read so `read` (row 3's)."""
    day = date.fromisoformat(read)
    return (
        f"2:4: warning[merge.date-order]: row 2, column date (D): '{teller}' can only be "
        f"{own}, so the column's dates that read both ways are read {own}, as the sheet "
        f"writes them, not {other} as the office's country, {country} ({code}), writes them: "
        f"'{{written}}' (row 3) is {read}, not {day.replace(month=day.day, day=day.month)}\n"
        f"  hint: if the sheet's dates are {other}, correct '{teller}'; else write each date "
        f"so that it reads one way: {read} or {{named}}\n"
        f"  hint: a row whose date is {other} says so in its own date_region cell ({code})"
    )


@pytest.mark.parametrize(
    ("office_id", "country", "code", "printed_as"),
    [
        ("manila", "the Philippines", "PH", ("July 30, 2027", "August 5, 2027", "August 6, 2027")),
        (
            "washington",
            "the United States",
            "US",
            ("July 30, 2027", "August 5, 2027", "August 6, 2027"),
        ),
    ],
)
def test_the_columns_day_first_dates_win_over_the_offices_month_first_country(
    tmp_path: Path,
    kit: Kit,
    office_id: str,
    country: str,
    code: str,
    printed_as: tuple[str, str, str],
) -> None:
    """The trial's sheet: 05/08/2027 is 5 August as 30/07/2027 tells, printed as the office's
    country writes dates, one warning for the column (a two-digit year's 06/08/27 too)."""
    body = "d1,en,T,30/07/2027,Hall,\nd2,en,T,05/08/2027,Hall,\nd3,en,T,06/08/27,Hall,\n"
    found, said = merged(tmp_path, kit, body, office_id)
    assert found == dict(zip(("d1", "d2", "d3"), printed_as, strict=True))
    expected = sheet_won("30/07/2027", "day first", "month first", country, code, "2027-08-05")
    assert said == [expected.format(written="05/08/2027", named="5 August 2027")]
    # without the office: as the column tells, without a word
    assert merged(tmp_path, kit, body, None) == (
        {"d1": "30 July 2027", "d2": "5 August 2027", "d3": "6 August 2027"},
        [],
    )


def test_the_columns_month_first_dates_win_over_the_offices_day_first_country(
    tmp_path: Path, kit: Kit
) -> None:
    """A GB office's sheet of 07/30/2027: 08/05/2027 is 5 August, printed the GB way."""
    body = "d1,en,T,07/30/2027,Hall,\nd2,en,T,08/05/2027,Hall,\n"
    found, said = merged(tmp_path, kit, body, "london")
    assert found == {"d1": "30 July 2027", "d2": "5 August 2027"}
    expected = sheet_won(
        "07/30/2027", "month first", "day first", "the United Kingdom", "GB", "2027-08-05"
    )
    assert said == [expected.format(written="08/05/2027", named="5 August 2027")]


def region_kept(row: int, written: str, read: str, said: str, teller: str) -> str:
    """The warning at a date read month first in PH while row 2's `teller` is day first."""
    day = date.fromisoformat(read)
    other = day.replace(month=day.day, day=day.month)
    months = {5: "May", 6: "June", 8: "August"}
    return (
        f"{row}:4: warning[merge.date-order]: row {row}, column date (D): '{written}' is read "
        f"month first, {read}, as in the Philippines (PH), {said}; but the column has dates "
        f"written day first ('{teller}', row 2, can only be day first), and day first it "
        f"reads {other}\n"
        f"  hint: write it so that it reads one way: {read} or {day.day} {months[day.month]} "
        f"2027 if it is month first, {other} or {other.day} {months[other.month]} 2027 if it "
        "is day first"
    )


def test_a_rows_own_country_keeps_its_order_and_each_such_date_is_warned_of(
    tmp_path: Path, kit: Kit
) -> None:
    """A row's own date_region (PH) or language tag (en-PH) orders its date month first,
    with or without the office: each such date is warned of at its cell, with both
    readings; a date that reads one way is not."""
    body = (
        "d1,en,T,30/07/2027,Hall,\n"
        "d2,en,T,05/08/2027,Hall,PH\n"
        "d3,en-PH,T,06/08/2027,Hall,\n"
        "d4,en,T,2027-07-31,Hall,PH\n"
    )
    expected = [
        region_kept(3, "05/08/2027", "2027-05-08", "the row's date_region", "30/07/2027"),
        region_kept(4, "06/08/2027", "2027-06-08", "its language tag's region", "30/07/2027"),
    ]
    for office_id in ("manila", None):
        found, said = merged(tmp_path, kit, body, office_id)
        assert said == expected
        assert [found[i] for i in ("d2", "d3", "d4")] == [
            "May 8, 2027",
            "June 8, 2027",
            "July 31, 2027",
        ]


def test_a_column_of_both_orders_keeps_the_offices_and_warns_each_such_date(
    tmp_path: Path, kit: Kit
) -> None:
    """30/07/2027 and 07/31/2027 tell both orders: 05/08/2027 is read as the office's
    country writes it (month first), warned of at its cell; without the office it is the
    error it was (no row's country orders it)."""
    body = "d1,en,T,30/07/2027,Hall,\nd2,en,T,07/31/2027,Hall,\nd3,en,T,05/08/2027,Hall,\n"
    found, said = merged(tmp_path, kit, body, "manila")
    assert found["d3"] == "May 8, 2027"
    assert said == [
        region_kept(4, "05/08/2027", "2027-05-08", "the office's country", "30/07/2027")
    ]
    found, said = merged(tmp_path, kit, body, None)
    assert "d3" not in found
    assert [s.split("\n")[0] for s in said] == [
        "4:4: error[merge.value]: row 4, column date (D): '05/08/2027' may be day first or "
        "month first, and the column has dates written day first (30/07) and month first "
        "(07/30): write it as YYYY-MM-DD (2027-08-05 or 2027-05-08)"
    ]
