"""A period typed in a date cell, not a day: a span of years (a season, a school year:
`2025-2026`, `2025/26`) or a month (`2026-07`). An organiser's trial asked what `2025-2026`
became: it was "'2025-2026' is not a date: write it as YYYY-MM-DD", no wrong date, but
nothing said why; it is now named as the period it is, with the day to write instead. A
day and a month without a year (`7/26`, `1-2`) are "has no year", as before: `7/26` is
never read as July of a two-digit year."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.kit.load import load_kit
from campaign.model import Kit

from ..kits import ROOT
from .records import merged

SEASON = (
    "a flyer gives the day an event is on: an event of several days, or a season's events, "
    "a row each, with its own date"
)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _said(tmp_path: Path, kit: Kit, written: str, language: str, fmt: str) -> list[str]:
    """The one row's error as rendered (its path left out), its first hint the last line."""
    good, said = merged(tmp_path, kit, [["a", language, "T", written, "", "P", ""]], fmt)
    assert good == []
    [error] = [s for s in said if "error[" in s]
    return error.split("\n")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
@pytest.mark.parametrize(
    ("written", "language", "what", "example"),
    [
        ("2025-2026", "en", "a span of years (2025 to 2026: a season)", "2025-07-30"),
        ("2025/2026", "en", "a span of years (2025 to 2026: a season)", "2025-07-30"),
        ("2025–2026", "en", "a span of years (2025 to 2026: a season)", "2025-07-30"),
        ("2025 - 2026", "fr", "a span of years (2025 to 2026: a season)", "2025-07-30"),
        ("2025-26", "en", "a span of years (2025 to 2026: a season)", "2025-07-30"),
        ("2099/00", "en", "a span of years (2099 to 2100: a season)", "2099-07-30"),
        # a Thai school year in the Buddhist era: its example in the common era's
        ("2568-2569", "th", "a span of years (2568 to 2569: a season)", "2025-07-30"),
        ("2026-07", "en", "a month (July 2026)", "2026-07-30"),
        ("2026/7", "en", "a month (July 2026)", "2026-07-30"),
        ("2025-12", "en", "a month (December 2025)", "2025-12-30"),
        ("2028-02", "en", "a month (February 2028)", "2028-02-29"),
        # 13 is no month: the season 2012 to 2013 (and 2000–01, a range's dash, a span alone)
        ("2012-13", "en", "a span of years (2012 to 2013: a season)", "2012-07-30"),
        ("2012/13", "en", "a span of years (2012 to 2013: a season)", "2012-07-30"),
        ("2000–01", "en", "a span of years (2000 to 2001: a season)", "2000-07-30"),
    ],
)
def test_a_period_in_a_date_cell_is_named_with_the_day_to_write(
    tmp_path: Path, kit: Kit, written: str, language: str, what: str, example: str, fmt: str
) -> None:
    lines = _said(tmp_path, kit, written, language, fmt)
    assert lines[0] == (
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is {what}, not a day: "
        f"write the event's day as YYYY-MM-DD, e.g. {example}"
    )
    assert lines[1] == f"  hint: {SEASON}"
    assert lines[2].startswith(f"  hint: also read: {example[8:]}/{example[5:7]}/")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
@pytest.mark.parametrize(
    ("written", "what", "example", "season"),
    [
        ("2000-01", "a month (January 2000)", "2000-01-30", "2000 to 2001"),
        ("2000/01", "a month (January 2000)", "2000-01-30", "2000 to 2001"),
        ("2005-06", "a month (June 2005)", "2005-06-30", "2005 to 2006"),
        ("2011-12", "a month (December 2011)", "2011-12-30", "2011 to 2012"),
        ("2099-00", "a span of years (2099 to 2100: a season)", "2099-07-30", ""),
    ],
)
def test_a_year_and_a_month_is_iso_s_month_the_season_named_too(
    tmp_path: Path, kit: Kit, written: str, what: str, example: str, season: str, fmt: str
) -> None:
    """A year and two digits 01 to 12 (2000-01 to 2011-12) is ISO 8601's year and month,
    which `2000-01` was not: it was "a span of years (2000 to 2001: a season)", the example
    2000-07-30. Where the two digits are the year after's too (2011-12), the season's
    reading is named in a hint; either way the cell gives no day."""
    lines = _said(tmp_path, kit, written, "en", fmt)
    assert lines[0] == (
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is {what}, not a day: "
        f"write the event's day as YYYY-MM-DD, e.g. {example}"
    )
    assert lines[1] == f"  hint: {SEASON}"
    if season:
        assert lines[2] == (
            "  hint: read as a year and its month (ISO 8601's YYYY-MM); were it a season, "
            f"{season}, it would name no day either"
        )
    assert lines[3 if season else 2].startswith(f"  hint: also read: {example[8:]}/{example[5:7]}/")


@pytest.mark.parametrize(
    "written",
    [
        "2025-2031",  # six years: no season
        "2026-2025",  # backwards
        "2025-27",  # 27 is neither the year after nor a month
        "2025-00",  # no month
        "1850-1851",  # no year a date cell gives
        "Season 2025-2026",  # words: not read as a period
    ],
)
def test_what_is_no_period_is_not_a_date_as_before(tmp_path: Path, kit: Kit, written: str) -> None:
    lines = _said(tmp_path, kit, written, "en", "csv")
    assert lines[0].startswith(
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is not a date: write "
        "it as YYYY-MM-DD, e.g. "
    )
    assert not any(SEASON in line for line in lines)


def test_a_number_in_a_date_cell_is_no_month(tmp_path: Path, kit: Kit) -> None:
    """Excel keeps a typed 2026.07 as the number 2026.07: "not a date", no month read in it
    (a number is not what the sheet shows)."""
    good, said = merged(tmp_path, kit, [["a", "en", "T", 2026.07, "", "P", ""]], "xlsx")
    assert good == []
    assert said[0].startswith(
        "2:4: error[merge.value]: row 2, column date (D): '2026.07' is not a date"
    )


@pytest.mark.parametrize(
    ("written", "region", "message"),
    [
        # a day and a month, no year: July 26 (26 is no month), never July 2026
        ("7/26", "", "'7/26' has no year: write it as YYYY-MM-DD, e.g. 2024-07-26"),
        ("7/26", "US", "'7/26' has no year: write it as YYYY-MM-DD, e.g. 2024-07-26"),
        # day first (GB): the 7th of a 26th month, no date at all
        ("7/26", "GB", "'7/26' is not a date: write it as YYYY-MM-DD, e.g. 2024-07-30"),
        (
            "1-2",
            "",
            "'1-2' has no year, and may be day first or month first: write it as YYYY-MM-DD "
            "(2024-01-02 or 2024-02-01)",
        ),
        ("1-2", "US", "'1-2' has no year: write it as YYYY-MM-DD, e.g. 2024-01-02"),
    ],
)
def test_a_day_and_a_month_is_still_named_without_its_year(
    tmp_path: Path, kit: Kit, written: str, region: str, message: str
) -> None:
    good, said = merged(tmp_path, kit, [["a", "en", "T", written, "", "P", region]])
    assert good == []
    assert said[0].startswith(f"2:4: error[merge.value]: row 2, column date (D): {message}")
