"""An organiser's trial of a spreadsheet of events (CSV and XLSX): a date given per language
is named as the sheet names it, an offset from UTC that no clock keeps is named at its cell,
and a date-time in UTC (JavaScript's toISOString) is read in the row's own zone, or shown as
UTC's with a warning that it may be another day where the event is."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import (
    Record,
    read_events,
    stray_offset,
    utc_stamp,
    zone_minutes,
    zone_offsets,
)
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("csv", "xlsx")


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _write(path: Path, rows: list[list[str]]) -> None:
    """The rows as an organiser's CSV, or an XLSX of text cells (openpyxl)."""
    if path.suffix == ".csv":
        lines = (",".join(f'"{v}"' if "," in v else v for v in row) for row in rows)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([v or None for v in row])
    book.save(path)


def merged(
    tmp_path: Path, kit: Kit, fmt: str, rows: list[list[str]]
) -> tuple[list[Record], list[str], Path]:
    path = tmp_path / f"events.{fmt}"
    _write(path, rows)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return good, [d.render() for d in errs.items], path


def _shown(record: Record, code: str = "en") -> tuple[str, str | None]:
    own = record.layer.by_language[code]
    when = own.get("event_time")
    return own["event_date"].text, when.text if when is not None else None


# 1. a date per language: named as the sheet names its columns, never "date_en"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_date_column_per_language_is_named_as_the_sheet_names_it(
    tmp_path: Path, kit: Kit, fmt: str
) -> None:
    """The trial's sheet gave each language its date (Date (EN), Date (FR)) and no date: the
    message named date_en, a key the sheet does not have, and called the other a column
    whose values would be lost."""
    rows = [
        ["Event ID", "Language", "Title (EN)", "Title (FR)", "Date (EN)", "Date (FR)", "Venue"],
        ["walk", "en, fr", "Walk", "Marche", "2027-07-30", "2027-07-30", "Park"],
    ]
    good, problems, path = merged(tmp_path, kit, fmt, rows)
    assert good == []
    assert problems == [
        f"{path}:1:5: error[merge.column]: events.{fmt} has no column 'date': 'Date (EN)' (E) "
        "and 'Date (FR)' (F) give a date for each language, but an event has one, which each "
        "language's flyer writes its own way (30 July, 30 juillet)\n"
        "  hint: name one column date and remove the others"
    ]


def test_a_record_without_a_date_says_so_as_the_docs_name_it(tmp_path: Path, kit: Kit) -> None:
    """A YAML record without its date, and one with a date_en key only."""
    path = tmp_path / "events.yaml"
    path.write_text(
        "- {event_id: a, language: [en, fr], title_en: A, title_fr: B, venue: P}\n"
        "- {event_id: b, language: [en, fr], title_en: A, title_fr: B, date_en: 2027-07-30,"
        " venue: P}\n"
        "- {event_id: c, language: en, title: C, date: 2027-07-30, venue: P}\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in good] == ["c"]
    assert [d.render() for d in errs.errors] == [
        f"{path}:1:14: error[merge.value]: record 1, field event_id: the record has no "
        "'date'; every event needs one\n  hint: add it: date: 2024-07-30",
        f"{path}:2:72: error[merge.value]: record 2, field date_en: the record has no 'date': "
        "'date_en' gives a date for one language, but an event has one, which each "
        "language's flyer writes its own way (30 July, 30 juillet)\n  hint: name it date",
    ]


def test_a_json_record_without_a_date_is_told_its_json(tmp_path: Path, kit: Kit) -> None:
    path = tmp_path / "events.json"
    path.write_text(
        '[{"event_id": "a", "language": "en", "title": "A", "venue": "P"},'
        ' {"event_id": "b", "language": "en", "title": "B", "date": "2027-07-30",'
        ' "venue": "P"}]',
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in good] == ["b"]
    (problem,) = [d.render() for d in errs.errors]
    assert problem.endswith(
        "error[merge.value]: record 1, field event_id: the record has no 'date'; every event "
        'needs one\n  hint: add it: "date": "2024-07-30"'
    )


# 2. an offset from UTC that no clock keeps: named, with the range, at its cell

OFFSET_RANGE = "which no time zone has: offsets from UTC run from -12:00 to +14:00"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("header", "written", "offset", "kept"),
    [
        ("When", "2027-07-30T10:00+25:00", "+25:00", "2027-07-30T10:00"),
        ("When", "2027-07-30T10:00+14:30", "+14:30", "2027-07-30T10:00"),
        ("When", "2027-07-30T10:00:00-13:00", "-13:00", "2027-07-30T10:00:00"),
        ("When", "2027-07-30 10:00 UTC+15", "UTC+15", "2027-07-30 10:00"),
        ("date", "2027-07-30T10:00:00.000+15:00", "+15:00", "2027-07-30T10:00:00.000"),
        ("time", "10:00+25:00", "+25:00", "10:00"),
        ("time", "10:00:00-12:30", "-12:30", "10:00:00"),
        ("time", "19:30 GMT-13", "GMT-13", "19:30"),
        ("time", "19:30 UTC+14:30", "UTC+14:30", "19:30"),
    ],
)
def test_an_offset_no_clock_keeps_is_named_at_its_cell(
    tmp_path: Path, kit: Kit, fmt: str, header: str, written: str, offset: str, kept: str
) -> None:
    """A review: 2027-07-30T10:00+25:00 was "'10:00+25:00' is not a time"; UTC+14:30 after a
    time was taken for a zone and printed."""
    date_header, date_cell = ("date", "2027-07-30") if header == "time" else (header, written)
    rows = [
        ["event_id", "language", "title", date_header, "venue", "time"],
        ["walk", "en", "Walk", date_cell, "Park", written if header == "time" else ""],
    ]
    good, problems, path = merged(tmp_path, kit, fmt, rows)
    assert good == []
    col, letter = (6, "F") if header == "time" else (4, "D")
    example = "+02:00 or -05:00" if offset[0] in "+-" else "UTC+2 or UTC-5"
    assert problems == [
        f"{path}:2:{col}: error[merge.value]: row 2, column {header} ({letter}): "
        f"'{written}' has the offset {offset}, {OFFSET_RANGE}\n"
        f"  hint: write the offset of the event's place (e.g. {example}), or its local time "
        f"without one: {kept}"
    ]


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        ("10:00+14:00", None),  # Kiritimati's
        ("10:00-12:00", None),  # a range, or -12:00: either is a clock's
        ("10:00:00-12:00", None),
        ("10:00+14:01", ("+14:01", "10:00")),
        ("10:00:00-12:01", ("-12:01", "10:00:00")),
        ("10:00-13:00", None),  # without seconds: a range, as 18:00-20:00 is
        ("19:30 UTC+5:45", None),  # Nepal's
        ("19:30 UTC-12:30", ("UTC-12:30", "19:30")),
        ("19:30 CEST", None),
    ],
)
def test_the_offsets_clocks_keep_run_from_minus_12_to_plus_14(
    text: str, stray: tuple[str, str] | None
) -> None:
    assert stray_offset(text) == stray


# 3. a date-time in UTC (toISOString's): the event's own date, or a warning


def _utc_warning(path: Path, row: int, header: str, written: str, fix: str, start: str = "") -> str:
    shown = (
        "its date is shown as UTC's, 2027-07-29"
        if start
        else ("it is shown as UTC's, 2027-07-29 at 22:00 UTC")
    )
    return (
        f"{path}:{row}:4: warning[merge.time]: row {row}, column {header} (D): '{written}' is "
        f"a UTC time (Z) and the row gives no offset of its own: {shown}, which may be another "
        "day where the event is (it is 2027-07-30 00:00 in UTC+2, as a computer there saves a "
        f"date alone){start}\n"
        "  hint: write the event's own date, as its place has it, without the offset: "
        "2027-07-30\n"
        "  hint: or write the event's offset after its time in the time column "
        f"({fix} UTC+2): the date is then read in it; for an event held in UTC, 22:00 UTC"
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("header", ["When", "Date and time", "date"])
def test_a_utc_date_time_is_read_in_the_rows_zone_or_warned(
    tmp_path: Path, kit: Kit, fmt: str, header: str
) -> None:
    """The trial: 2027-07-29T22:00:00.000Z (toISOString of 30 July at midnight in UTC+2) was
    read as 29 July without a word. With the row's offset after its time (19:30 UTC+2, or
    UTC+2 after the end) it is read there: 30 July, its midnight a date alone; without one it
    is shown as UTC's (never a day guessed), with a warning naming the cell and the fix; a
    row in UTC says so (22:00 UTC) and is shown as such."""
    stamp = "2027-07-29T22:00:00.000Z"
    rows = [
        [
            "event_id",
            "language",
            "title",
            header,
            "venue",
            "time",
            "end_time",
            "title_fr",
            "title_ar",
        ],
        ["a", "en, fr, ar", "Walk", stamp, "Park", "", "", "Marche", "مسيرة"],  # UTC's, warned
        ["b", "en, fr, ar", "Walk", stamp, "Park", "19:30 UTC+2", "", "Marche", "مسيرة"],
        ["c", "en", "Walk", stamp, "Park", "19:30", "21:00 UTC+2"],  # the end's zone
        ["d", "en", "Walk", stamp, "Park", "19:30", ""],  # a time, no zone: warned
        ["e", "en", "Walk", "2027-07-29T22:30:00Z", "Park", "", "23:30 UTC"],  # in UTC
        ["f", "en", "Walk", "2027-07-30T00:00:00.000Z", "Park", "", ""],  # a date alone
        ["g", "en", "Walk", "2027-07-29T22:00:00+00:00", "Park", "", "23:00 UTC-5"],
        ["h", "en", "Walk", stamp, "Park", "22:00-23:00", ""],  # UTC's time, no zone: warned
    ]
    good, problems, path = merged(tmp_path, kit, fmt, rows)
    # one warning a row: the time cell's start shown, the cell's own UTC time named when it
    # is another (a second warning at the same cell said the time cell's was used)
    assert problems == [
        _utc_warning(path, 2, header, stamp, "HH:MM"),
        _utc_warning(
            path,
            5,
            header,
            stamp,
            "19:30",
            ", with the time cell's start, 19:30 (not the cell's own time, 22:00 UTC)",
        ),
        _utc_warning(
            path, 9, header, stamp, "22:00-23:00", ", with the time cell's start, 22:00-23:00"
        ),
    ]
    shown = {r.id: (r.day, _shown(r)) for r in good}
    assert shown == {
        "a": (date(2027, 7, 29), ("29 July 2027", "22:00\u00a0UTC")),
        "b": (date(2027, 7, 30), ("30 July 2027", "19:30\u00a0UTC+2")),
        "c": (date(2027, 7, 30), ("30 July 2027", "19:30\u201321:00\u00a0UTC+2")),
        "d": (date(2027, 7, 29), ("29 July 2027", "19:30")),
        "e": (date(2027, 7, 29), ("29 July 2027", "22:30\u201323:30\u00a0UTC")),
        "f": (date(2027, 7, 30), ("30 July 2027", None)),
        "g": (date(2027, 7, 29), ("29 July 2027", "17:00\u201323:00\u00a0UTC-5")),
        "h": (date(2027, 7, 29), ("29 July 2027", "22:00\u201323:00")),
    }
    (b,) = [r for r in good if r.id == "b"]
    assert b.layer.by_language["ar"]["event_date"].mark.line == 3  # type: ignore[union-attr]
    # the day read in the row's zone is each language's, as it writes it (Babel, CLDR)
    assert {code: _shown(b, code) for code in ("fr", "ar")} == {
        "fr": ("30 juillet 2027", "19:30\u00a0UTC+2"),
        "ar": ("٣٠ تموز/يوليه ٢٠٢٧", "٧:٣٠ م\u00a0UTC+2"),
    }
    (a,) = [r for r in good if r.id == "a"]
    assert {code: _shown(a, code) for code in ("fr", "ar")} == {
        "fr": ("29 juillet 2027", "22:00\u00a0UTC"),
        "ar": ("٢٩ تموز/يوليه ٢٠٢٧", "١٠:٠٠ م\u00a0UTC"),
    }


def _midnight_warning(path: Path, row: int, stamp: str, there: str | None) -> str:
    """The `merge.time` warning of a row with a UTC date-time (`stamp`, 2027-07-30T05:00:00Z)
    and no offset: `there` names the day and offset where it is midnight ("2027-07-30 00:00
    in UTC-5"), None where it is midnight in no offset a clock keeps."""
    day, clock = stamp[:10], stamp[11:16]
    said = f" (it is {there}, as a computer there saves a date alone)" if there else ""
    own, zone = there.split(" 00:00 in ") if there else (day, "UTC+2")
    return (
        f"{path}:{row}:4: warning[merge.time]: row {row}, column date (D): '{stamp}' is a UTC "
        f"time (Z) and the row gives no offset of its own: it is shown as UTC's, {day} at "
        f"{clock} UTC, which may be another day where the event is{said}\n"
        f"  hint: write the event's own date, as its place has it, without the offset: {own}\n"
        "  hint: or write the event's offset after its time in the time column "
        f"(HH:MM {zone}): the date is then read in it; for an event held in UTC, {clock} UTC"
    )


def test_a_utc_time_is_named_where_it_is_midnight_east_first(tmp_path: Path, kit: Kit) -> None:
    """A UTC date-time without the row's offset is shown as UTC's; where it is midnight in an
    offset a clock keeps, the warning names that day (`_midnight_there`): east of UTC the day
    after (18:30Z is 31 July's midnight in UTC+5:30), west of it the same day (05:00Z is 30
    July's in UTC-5, 09:45Z in UTC-9:45). East comes first: 10:00Z is named as UTC+14's 31
    July, never UTC-10's 30 July. A minute either side, or seconds, is no offset's midnight,
    and UTC's own midnight is a date alone (no warning)."""
    head = ["event_id", "language", "title", "date", "venue", "time", "end_time"]
    stamps = {
        "west": "2027-07-30T05:00:00Z",  # UTC-5's midnight
        "west_last": "2027-07-30T09:45:00Z",  # the last a western offset names
        "both": "2027-07-30T10:00:00Z",  # UTC+14's and UTC-10's: east first
        "india": "2027-07-30T18:30:00Z",  # UTC+5:30's, the next day
        "before": "2027-07-30T04:59:00Z",
        "after": "2027-07-30T05:01:00Z",
        "seconds": "2027-07-30T05:00:30Z",
        "utc": "2027-07-30T00:00:00Z",  # a date alone
    }
    rows = [head] + [[key, "en", "Walk", stamp, "Park", "", ""] for key, stamp in stamps.items()]
    good, problems, path = merged(tmp_path, kit, "csv", rows)
    assert problems == [
        _midnight_warning(path, 2, stamps["west"], "2027-07-30 00:00 in UTC-5"),
        _midnight_warning(path, 3, stamps["west_last"], "2027-07-30 00:00 in UTC-9:45"),
        _midnight_warning(path, 4, stamps["both"], "2027-07-31 00:00 in UTC+14"),
        _midnight_warning(path, 5, stamps["india"], "2027-07-31 00:00 in UTC+5:30"),
        _midnight_warning(path, 6, stamps["before"], None),
        _midnight_warning(path, 7, stamps["after"], None),
        _midnight_warning(path, 8, stamps["seconds"], None),
    ]
    # the date kept is UTC's, never the day guessed from an offset
    assert {r.id: (r.day, _shown(r)) for r in good} == {
        "west": (date(2027, 7, 30), ("30 July 2027", "05:00\u00a0UTC")),
        "west_last": (date(2027, 7, 30), ("30 July 2027", "09:45\u00a0UTC")),
        "both": (date(2027, 7, 30), ("30 July 2027", "10:00\u00a0UTC")),
        "india": (date(2027, 7, 30), ("30 July 2027", "18:30\u00a0UTC")),
        "before": (date(2027, 7, 30), ("30 July 2027", "04:59\u00a0UTC")),
        "after": (date(2027, 7, 30), ("30 July 2027", "05:01\u00a0UTC")),
        "seconds": (date(2027, 7, 30), ("30 July 2027", "05:00\u00a0UTC")),
        "utc": (date(2027, 7, 30), ("30 July 2027", None)),
    }


@pytest.mark.parametrize(
    ("stamp", "clock", "day"),
    [
        ("2027-07-30T05:00:00Z", "00:00 UTC-5", date(2027, 7, 30)),
        ("2027-07-30T04:59:00Z", "23:59 UTC-5", date(2027, 7, 29)),
        ("2027-07-30T10:00:00Z", "00:00 UTC-10", date(2027, 7, 30)),
        ("2027-07-30T09:59:00Z", "23:59 UTC-10", date(2027, 7, 29)),
        ("2027-07-29T18:30:00Z", "00:00 UTC+5:30", date(2027, 7, 30)),
        ("2027-07-29T18:29:00Z", "23:59 UTC+5:30", date(2027, 7, 29)),
        ("2027-07-29T10:00:00Z", "00:00 UTC+14", date(2027, 7, 30)),
        ("2027-07-29T09:59:00Z", "23:59 UTC+14", date(2027, 7, 29)),
        ("2027-07-30T00:01:00Z", "00:01 UTC", date(2027, 7, 30)),
        ("2027-07-29T23:59:00Z", "23:59 UTC", date(2027, 7, 29)),
    ],
)
def test_a_utc_time_at_the_rows_midnight_is_read_on_its_own_day(
    tmp_path: Path, kit: Kit, stamp: str, clock: str, day: date
) -> None:
    """A UTC date-time whose row writes its offset (the time cell's start, the same time) is
    read on the row's own day there: its midnight is that day, a minute before it the day
    before, west of UTC (UTC-5, UTC-10), east of it (UTC+5:30, UTC+14) and in UTC."""
    rows = [
        ["event_id", "language", "title", "date", "venue", "time", "end_time"],
        ["a", "en", "Walk", stamp, "Park", clock, ""],
    ]
    good, problems, _ = merged(tmp_path, kit, "csv", rows)
    assert problems == []
    time_text, zone = clock.split(" ")
    assert [(r.day, _shown(r)) for r in good] == [
        (day, (f"{day.day} July 2027", f"{time_text}\u00a0{zone}")),
    ]


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("2027-07-29T22:00:00.000Z", "2027-07-29 22:00:00"),
        ("2027-07-29T22:00:30Z", "2027-07-29 22:00:30"),
        ("2027-07-29T22:00+00:00", "2027-07-29 22:00:00"),
        ("2027-07-29T22:00:00-0000", "2027-07-29 22:00:00"),
        ("2027-07-29T22:00:00+02:00", None),  # the place's own time
        ("2027-07-29T22:00:00+00:30", None),  # half an hour east: no UTC
        ("2027-07-29T22:00:00", None),  # no zone: a local time
        ("2027-07-29 22:00 UTC", None),  # a person's: written as meant
        ("2027-02-30T22:00:00Z", None),  # no day (named by the date's check)
    ],
)
def test_a_utc_stamp_is_a_programs_date_time(text: str, stamp: str | None) -> None:
    found = utc_stamp(text)
    assert (str(found) if found is not None else None) == stamp


@pytest.mark.parametrize(
    ("zone", "minutes"),
    [("UTC", 0), ("GMT", 0), ("UTC+2", 120), ("GMT-05:30", -330), ("UTC+5:45", 345)],
)
def test_a_zones_offset_in_minutes(zone: str, minutes: int) -> None:
    assert zone_minutes(zone) == minutes


def test_a_zones_abbreviation_of_one_offset_is_read() -> None:
    """The tz database's abbreviations (zoneinfo): one of one offset is read (CEST, EST),
    one of several (IST: Ireland's summer, Israel's, India's; CST) or none known (ET, GST)
    is not; an IANA zone's name is read at its instant, in its season."""
    assert [zone_minutes(z) for z in ("CEST", "EST", "BST", "AEST", "IST", "CST", "ET")] == [
        120,
        -300,
        60,
        600,
        None,
        None,
        None,
    ]
    assert zone_minutes("UTC+15") is None
    assert zone_offsets("IST") == {60, 120, 330}
    assert zone_offsets("CST") == {-360, -300, 480}
    assert zone_offsets("GST") == frozenset()  # the tz database writes +04
    summer, winter = datetime(2027, 7, 29, 22), datetime(2027, 1, 29, 22)
    assert zone_minutes("Europe/Paris", summer) == 120
    assert zone_minutes("europe/paris", winter) == 60
    assert zone_minutes("Asia/Kolkata", summer) == 330
    assert zone_minutes("Europe/Paris") is None  # no instant: no season
    assert zone_minutes("Mars/Olympus", summer) is None


def _zone_rows() -> list[list[str]]:
    head = ["event_id", "language", "title", "date", "venue", "time", "end_time"]
    stamp = "2027-07-29T22:00:00.000Z"
    return [
        head,
        ["a", "en", "A", stamp, "P", "19:30 CEST", ""],  # 30 July 00:00 there
        ["b", "en", "B", stamp, "P", "19:30 IST", ""],  # which IST: warned, once
        ["c", "en", "C", "2027-07-30", "P", "19:30 IST", ""],
        ["d", "en", "D", "2027-07-30", "P", "19:30 Europe/Paris", ""],
        ["e", "en", "E", "2027-01-30", "P", "19:30 europe/paris", "21:00"],
        ["f", "en", "F", stamp, "P", "19:30 Europe/Paris", ""],
        ["g", "en", "G", "2027-07-30", "P", "19:30 cst", ""],
        ["h", "en", "H", "2027-07-30", "P", "19:30 EST", ""],
        ["i", "en", "I", "2027-07-30", "P", "19:30 CST", "21:00 CST"],  # told once
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_time_zones_name_is_read_or_named(tmp_path: Path, kit: Kit, fmt: str) -> None:
    """An organiser's trial: 19:30 CEST beside a UTC date was "a zone's name" (a warning, the
    date left UTC's). An abbreviation of one offset in the tz database is read (CEST: 30
    July); one of several (IST) is named with them, once a row, and printed as written; an
    IANA zone's name is read in its season and printed as its offset."""
    good, problems, path = merged(tmp_path, kit, fmt, _zone_rows())
    assert problems == [
        f"{path}:3:4: warning[merge.time]: row 3, column date (D): "
        "'2027-07-29T22:00:00.000Z' is a UTC time (Z) and the row gives no offset of its own "
        "(IST is UTC+1, UTC+2 or UTC+5:30 in the tz database: which is not known): its date "
        "is shown as UTC's, 2027-07-29, which may be another day where the event is (it is "
        "2027-07-30 00:00 in UTC+2, as a computer there saves a date alone), with the time "
        "cell's start, 19:30 IST (not the cell's own time, 22:00 UTC)\n"
        "  hint: write the event's own date, as its place has it, without the offset: "
        "2027-07-30\n"
        "  hint: or write the event's offset after its time in the time column (19:30 UTC+2): "
        "the date is then read in it; for an event held in UTC, 22:00 UTC",
        f"{path}:4:6: warning[merge.zone]: row 4, column time (F): '19:30 IST': IST is UTC+1, "
        "UTC+2 or UTC+5:30 in the tz database: it is printed as written, and a reader "
        "elsewhere may take it for another\n"
        "  hint: write the event's offset from UTC after the time instead (e.g. 19:30 "
        "UTC+5:30), or the tz database's name of its place's zone (Region/City: Europe/Paris)",
        f"{path}:8:6: warning[merge.zone]: row 8, column time (F): '19:30 cst': CST is UTC-6, "
        "UTC-5 or UTC+8 in the tz database: it is printed as written, and a reader "
        "elsewhere may take it for another\n"
        "  hint: write the event's offset from UTC after the time instead (e.g. 19:30 "
        "UTC+8), or the tz database's name of its place's zone (Region/City: Europe/Paris)",
        f"{path}:10:6: warning[merge.zone]: row 10, column time (F): '19:30 CST': CST is "
        "UTC-6, UTC-5 or UTC+8 in the tz database: it is printed as written, and a reader "
        "elsewhere may take it for another\n"
        "  hint: write the event's offset from UTC after the time instead (e.g. 19:30 "
        "UTC+8), or the tz database's name of its place's zone (Region/City: Europe/Paris)",
    ]
    shown = {r.id: (r.day, _shown(r)) for r in good}
    assert shown == {
        "a": (date(2027, 7, 30), ("30 July 2027", "19:30\u00a0CEST")),
        "b": (date(2027, 7, 29), ("29 July 2027", "19:30\u00a0IST")),
        "c": (date(2027, 7, 30), ("30 July 2027", "19:30\u00a0IST")),
        "d": (date(2027, 7, 30), ("30 July 2027", "19:30\u00a0UTC+2")),
        "e": (date(2027, 1, 30), ("30 January 2027", "19:30\u201321:00\u00a0UTC+1")),
        "f": (date(2027, 7, 30), ("30 July 2027", "19:30\u00a0UTC+2")),
        "g": (date(2027, 7, 30), ("30 July 2027", "19:30\u00a0CST")),
        "h": (date(2027, 7, 30), ("30 July 2027", "19:30\u00a0EST")),
        "i": (date(2027, 7, 30), ("30 July 2027", "19:30\u201321:00\u00a0CST")),
    }


def _generic_warning(path: Path, row: int, col: str, text: str, reading: str) -> str:
    """The merge.zone warning of a North American generic zone's name read in its season:
    `reading` as "ET, Eastern Time, is read as America/New_York's on 2027-07-30: EDT
    (UTC-4)"."""
    season, offset = reading.rsplit(": ", 1)[1].rstrip(")").split(" (")
    letter = {"time": "F", "end_time": "G"}[col]
    return (
        f"{path}:{row}:{'6' if col == 'time' else '7'}: warning[merge.zone]: row {row}, column "
        f"{col} ({letter}): '{text}': {reading}, printed so\n"
        f"  hint: to print it so without this warning, write {season} or {offset} after the "
        "time; where the event's clock keeps another time (Arizona keeps MST all year, "
        "Saskatchewan CST), write its zone's name (America/Phoenix, America/Regina) or its "
        "offset"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_generic_north_american_zone_is_read_in_its_season(
    tmp_path: Path, kit: Kit, fmt: str
) -> None:
    """An organiser's trial: "6 pm ET" was printed as written, its offset never read (a UTC
    date beside it was "a zone's name whose offset is not known"). ET, CT, MT and PT are
    read as the tz database's principal zone of the region on the event's day, printed as
    its abbreviation then (EDT in July, EST in January), with a warning naming the reading."""
    head = ["event_id", "language", "title", "date", "venue", "time", "end_time"]
    rows = [
        head,
        ["a", "en", "A", "2027-07-30", "P", "6 pm ET", ""],
        ["b", "en", "B", "2027-01-30", "P", "6 pm ET", ""],
        ["c", "en", "C", "2027-07-30", "P", "18:00 ct", ""],
        ["d", "en", "D", "2027-07-30", "P", "18:00", "20:00 MT"],
        ["e", "en", "E", "2027-12-01", "P", "9:00 am PT", ""],
        # toISOString's 30 July 00:30 in UTC is 29 July 20:30 in New York's summer
        ["f", "en", "F", "2027-07-30T00:30:00.000Z", "P", "", "22:00 ET"],
    ]
    good, problems, path = merged(tmp_path, kit, fmt, rows)
    assert problems == [
        _generic_warning(
            path, 2, "time", "6 pm ET",
            "ET, Eastern Time, is read as America/New_York's on 2027-07-30: EDT (UTC-4)",
        ),
        _generic_warning(
            path, 3, "time", "6 pm ET",
            "ET, Eastern Time, is read as America/New_York's on 2027-01-30: EST (UTC-5)",
        ),
        _generic_warning(
            path, 4, "time", "18:00 ct",
            "CT, Central Time, is read as America/Chicago's on 2027-07-30: CDT (UTC-5)",
        ),
        _generic_warning(
            path, 5, "end_time", "20:00 MT",
            "MT, Mountain Time, is read as America/Denver's on 2027-07-30: MDT (UTC-6)",
        ),
        _generic_warning(
            path, 6, "time", "9:00 am PT",
            "PT, Pacific Time, is read as America/Los_Angeles's on 2027-12-01: PST (UTC-8)",
        ),
        _generic_warning(
            path, 7, "end_time", "22:00 ET",
            "ET, Eastern Time, is read as America/New_York's on 2027-07-29: EDT (UTC-4)",
        ),
    ]  # fmt: skip
    shown = {r.id: (r.day, _shown(r)) for r in good}
    assert shown == {
        "a": (date(2027, 7, 30), ("30 July 2027", "18:00\u00a0EDT")),
        "b": (date(2027, 1, 30), ("30 January 2027", "18:00\u00a0EST")),
        "c": (date(2027, 7, 30), ("30 July 2027", "18:00\u00a0CDT")),
        "d": (date(2027, 7, 30), ("30 July 2027", "18:00\u201320:00\u00a0MDT")),
        "e": (date(2027, 12, 1), ("1 December 2027", "09:00\u00a0PST")),
        "f": (date(2027, 7, 29), ("29 July 2027", "20:30\u201322:00\u00a0EDT")),
    }
    summer, winter = datetime(2027, 7, 30, 0, 30), datetime(2027, 1, 30, 23)
    assert [zone_minutes(z, summer) for z in ("ET", "CT", "MT", "PT")] == [-240, -300, -360, -420]
    assert [zone_minutes(z, winter) for z in ("ET", "CT", "MT", "PT")] == [-300, -360, -420, -480]
    assert zone_minutes("ET") is None  # no instant: no season


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_start_and_an_end_in_two_spellings_of_one_offset_are_one_zone(
    tmp_path: Path, kit: Kit, fmt: str
) -> None:
    """An organiser's trial: 19:30 CEST with an end at 21:00 UTC+2 was "the end's time zone
    (UTC+2) is not the start's (CEST)". Two spellings of one offset on the event's day are
    one zone, printed as the start writes it; two offsets are the error, as before (EST and
    EDT in July: an hour apart)."""
    head = ["event_id", "language", "title", "date", "venue", "time", "end_time"]
    rows = [
        head,
        ["a", "en", "A", "2027-07-30", "P", "19:30 CEST", "21:00 UTC+2"],
        ["b", "en", "B", "2027-07-30", "P", "19:30 CEST", "21:00 GMT+2"],
        ["c", "en", "C", "2027-07-30", "P", "19:30 Europe/Paris", "21:00 CEST"],
        ["d", "en", "D", "2027-07-30", "P", "19:30 UTC+5:30", "21:00 IST"],
        ["e", "en", "E", "2027-01-30", "P", "19:30 UTC+1", "21:00 Europe/Berlin"],
        ["f", "en", "F", "2027-07-30", "P", "19:30 CEST", "21:00 EAT"],
        ["g", "en", "G", "2027-07-30", "P", "19:30 EST", "21:00 EDT"],
        ["h", "en", "H", "2027-01-30", "P", "19:30 UTC+2", "21:00 Europe/Berlin"],
    ]
    good, problems, path = merged(tmp_path, kit, fmt, rows)
    # d's IST is not printed (the start's UTC+5:30 is): not named as "printed as written"
    assert problems == [
        f"{path}:{row}:7: error[merge.value]: row {row}, column end_time (G): the end's time "
        f"zone ({end}) is not the start's ({start})\n"
        "  hint: write both in one zone, or the zone once, after the time"
        for row, start, end in (
            (7, "CEST", "EAT"),
            (8, "EST", "EDT"),
            (9, "UTC+2", "Europe/Berlin"),
        )
    ]
    shown = {r.id: _shown(r)[1] for r in good}
    assert shown == {
        "a": "19:30\u201321:00\u00a0CEST",
        "b": "19:30\u201321:00\u00a0CEST",
        "c": "19:30\u201321:00\u00a0UTC+2",
        "d": "19:30\u201321:00\u00a0UTC+5:30",
        "e": "19:30\u201321:00\u00a0UTC+1",
    }
