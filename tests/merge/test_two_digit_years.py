"""A US organiser's sheet (a user trial): `07/30/27` on a row of `date_region: US` was "not a
date: write it as YYYY-MM-DD", though the README reads two-digit years elsewhere (a Thai
sheet's 30/07/70), and `noon` was "not a time". A numeric date with a year of two digits is
read in the order the row's region (else its sheet or its languages) writes dates, its
century by ICU's rule counted from the campaign's year; noon and midnight are 12:00 and
00:00."""

from __future__ import annotations

import datetime
import functools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from campaign.kit.load import load_kit
from campaign.merge.data import Cell
from campaign.merge.date_cells import _date
from campaign.merge.date_order import region_order
from campaign.merge.times import _time
from campaign.merge.written_dates import two_digit_year
from campaign.model import Kit

from ..kits import ROOT
from .records import merged

YEAR = 2024  # the kit's campaign's (campaign.yaml `year:`), which the century is counted from


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("two", "year"),
    [(27, 2027), (0, 2000), (43, 2043), (44, 1944), (99, 1999), (24, 2024)],
)
def test_a_two_digit_year_is_of_the_80_years_before_the_campaigns_and_the_19_after(
    two: int, year: int
) -> None:
    assert two_digit_year(two, YEAR) == year


@functools.cache
def regions() -> tuple[tuple[str, str, str], ...]:
    """(language, region, order) of every country the merge reads a `date_region` of (CLDR's
    territories, two letters) whose short date, in each of a few of the kit's languages
    there, is day first or month first (`region_order`: the rest write the year first, or
    CLDR has no locale of the language there)."""
    from babel import Locale

    codes = [c for c in Locale("en").territories if len(c) == 2 and c.isalpha()]
    found = []
    for language in ("en", "es", "fr", "pt", "ar", "ru"):
        for region in codes:
            order = region_order((language,), region)
            if order in ("dmy", "mdy"):
                found.append((language, region, order))
    return tuple(found)


def test_the_regions_cover_both_orders() -> None:
    found = regions()
    assert ("en", "US", "mdy") in found
    assert ("en", "GB", "dmy") in found
    assert ("es", "PA", "mdy") in found
    assert ("es", "ES", "dmy") in found
    assert len({region for _, region, _ in found}) > 100


@given(
    place=st.sampled_from(regions()),
    day=st.dates(datetime.date(1944, 1, 1), datetime.date(2043, 12, 31)),
    sep=st.sampled_from(("/", ".", "-")),
    pad=st.booleans(),
)
def test_any_date_in_a_regions_short_shape_reads_back_to_itself(
    place: tuple[str, str, str], day: datetime.date, sep: str, pad: bool
) -> None:
    language, region, order = place
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    first, second = (d, m) if order == "dmy" else (m, d)
    text = f"{first}{sep}{second}{sep}{day.year % 100:02d}"
    said: list[tuple[object, ...]] = []
    found = _date(Cell(text, 2, "date", 4), lambda *a: said.append(a), order, YEAR)
    assert (found, said) == (day, []), (language, region, text)


def test_a_rows_region_orders_its_two_digit_year(tmp_path: Path, kit: Kit) -> None:
    rows: list[list[object]] = [
        ["us", "en", "Walk", "07/30/27", "noon", "Hall", "US"],
        ["gb", "en", "Walk", "30/07/27", "midnight", "Hall", "GB"],
        ["us2", "en", "Walk", "07/05/27", "noon-2 pm", "Hall", "US"],  # reads both ways
        ["pa", "es", "Paseo", "07/30/27", "12 noon", "Parque", "PA"],  # Panama: month first
        ["fr", "fr", "Marche", "30.07.27", "18:00", "Parc", ""],  # French: day first
        ["none", "en", "Walk", "07/30/27", "18:00", "Hall", ""],  # English: no order
    ]
    good, said = merged(tmp_path, kit, rows)
    shown = [(r.id, *(e.text for e in r.layer.by_language[r.languages[0]].values())) for r in good]
    assert shown == [
        ("us", "July 30, 2027", "12:00\u202fPM"),
        ("gb", "30 July 2027", "00:00"),
        ("us2", "July 5, 2027", "12:00\u2009\u2013\u20092:00\u202fPM"),
        ("pa", "30 de julio de 2027", "12:00\u202fp.\u202fm."),
        ("fr", "30 juillet 2027", "18:00"),
    ]
    assert said == [
        "7:4: error[merge.value]: row 7, column date (D): "
        + UNORDERED.format("07/30/27")
        + "2027-07-30"
    ]


# a two-digit year's date on a row of no known order (no region; English, whose countries
# disagree): refused, as it was, saying why and how to give one (30.07.27 may be y.m.d too)
UNORDERED = (
    "'{}' is not a date the row can read: its year has two digits, and the row does not tell "
    "in which order its day, month and year are written\n  hint: give the row its country "
    "in a date_region column (US: month first, GB: day first), or merge for an office whose "
    "file names its `country:` (--office ID); or write the date as YYYY-MM-DD, e.g. "
)


@pytest.mark.parametrize(
    ("written", "example"),
    [
        ("30.07.27", "2027-07-30"),  # a trial's: the example said 2024-07-30
        ("07.31.27", "2027-07-31"),  # 31 is no month: month first
        ("31.02.27", "2027-07-30"),  # no day of the calendar: its year
        ("5/7/70", "2070-07-05"),  # not a Thai row's: no Buddhist era
    ],
)
def test_a_two_digit_year_of_no_known_order_is_refused_with_its_example(
    tmp_path: Path, kit: Kit, written: str, example: str
) -> None:
    rows: list[list[object]] = [["a", "en", "T", written, "", "P", ""]]
    good, said = merged(tmp_path, kit, rows)
    assert good == []
    assert said == [
        "2:4: error[merge.value]: row 2, column date (D): " + UNORDERED.format(written) + example
    ]


@pytest.mark.parametrize(
    ("typed", "hours"),
    [
        ("noon", ("12:00", None)),
        ("Noon", ("12:00", None)),
        ("12 noon", ("12:00", None)),
        ("midday", ("12:00", None)),
        ("midnight", ("00:00", None)),
        ("12  Midnight", ("00:00", None)),
        ("noon-2 pm", ("12:00", "14:00")),  # noon is the afternoon's half
        ("11 am - noon", ("11:00", "12:00")),
        ("10 pm-midnight", ("22:00", "00:00")),  # the next day's start
        ("9-midnight", ("21:00", "00:00")),  # the word says which twelve: the evening's
        ("11 - Midnight", ("23:00", "00:00")),
        ("12-midnight", ("12:00", "00:00")),  # from noon
        ("10-12 am", None),  # 12 am alone may be written for noon: still asked
        ("noonish", None),
    ],
)
def test_noon_and_midnight_are_times(typed: str, hours: tuple[str, str | None] | None) -> None:
    said: list[tuple[object, ...]] = []
    found = _time(Cell(typed, 2, "time", 5), lambda *a: said.append(a))
    if hours is None:
        assert found is None
        assert said
        return
    assert found is not None
    assert not said
    start, end = found
    assert (f"{start:%H:%M}", f"{end:%H:%M}" if end is not None else None) == hours
