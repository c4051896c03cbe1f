"""A period typed in a date cell, not a day: a span of years (a season, a school year:
`2025-2026`, `2025/26`) or a month (`2026-07`). An organiser's trial asked what `2025-2026`
became: it was "'2025-2026' is not a date: write it as YYYY-MM-DD", no wrong date, but
nothing said why; it is now named as the period it is, with the day to write instead. A
day and a month without a year (`7/26`, `1-2`) are "has no year", as before: `7/26` is
never read as July of a two-digit year."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.periods import year_month
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT
from .records import merged, merged_without_drafts, write_rows

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
    reading is named in a hint; either way the cell gives no day. With a slash (2011/12) it
    is read as the row's languages write a month (the test below)."""
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


MONTH_HINT = (
    "read as a year and its month, as {} one (CLDR's {}); were it a season, 2011 to 2012, it "
    "would name no day either"
)
SEASON_HINT = (
    "read as a season: {} a year's month month first (CLDR's {}); were it December 2011, "
    "written 2011-12 (ISO 8601), it would name no day either"
)
BOTH_HINT = (
    "the row's languages do not tell which{}; written to read one way, 2011-12 is the month "
    "(ISO 8601) and 2011-2012 the season"
)
# the row's own languages, each with its way (a review: Chinese, Japanese and Korean were
# named on a row of none of them)
EN_ZH = (
    ": Chinese writes a year's month so (CLDR's y/M); English writes it month first (CLDR's M/y)"
)
A_MONTH = ("a month (December 2011)", "2011-12-30")
A_SEASON = ("a span of years (2011 to 2012: a season)", "2011-07-30")
EITHER = (f"{A_MONTH[0]} or {A_SEASON[0]}", "2011-12-30 or 2011-07-30")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ods"])
@pytest.mark.parametrize(
    ("language", "region", "read", "hint"),
    [
        # English writes a year's month month first (M/y): 2011/12 is its season
        ("en", "", A_SEASON, SEASON_HINT.format("English writes", "M/y")),
        ("en", "GB", A_SEASON, SEASON_HINT.format("English (United Kingdom) writes", "MM/y")),
        ("sw", "KE", A_SEASON, SEASON_HINT.format("Swahili (Kenya) writes", "M/y")),
        ("fr", "", A_SEASON, SEASON_HINT.format("French writes", "MM/y")),
        # Chinese and Burmese write it year first with a slash (y/M, y/MM): their month
        ("zh", "", A_MONTH, MONTH_HINT.format("Chinese writes", "y/M")),
        ("my", "", A_MONTH, MONTH_HINT.format("Burmese writes", "y/MM")),
        # the row's country decides: Persian writes y/M in Iran, M/y in Afghanistan
        ("fa", "IR", A_MONTH, MONTH_HINT.format("Persian (Iran) writes", "y/M")),
        ("fa", "AF", A_SEASON, SEASON_HINT.format("Persian (Afghanistan) writes", "M/y")),
        # languages that differ, or one writing it year first another way (ne's y-MM): both
        ("en zh", "", EITHER, BOTH_HINT.format(EN_ZH)),
        ("ne", "", EITHER, BOTH_HINT.format("")),  # ne's y-MM: neither way
    ],
)
def test_a_year_slash_two_digits_is_a_month_or_a_season_as_the_row_writes_one(
    tmp_path: Path,
    kit: Kit,
    language: str,
    region: str,
    read: tuple[str, str],
    hint: str,
    fmt: str,
) -> None:
    """2011/12 is December 2011 where a month is written year first with a slash (Chinese,
    Japanese, Korean: CLDR's y/M) and the season 2011 to 2012 where it is written month
    first (English: 12/2011); it was "a month (December 2011)" on every row, with a hint
    calling it ISO 8601's, which writes a hyphen. Where the row's languages do not tell,
    both readings are named, and how each is written to read one way."""
    rows: list[list[object]] = [["a", language, "T", "2011/12", "", "P", region]]
    _, said = merged_without_drafts(tmp_path, kit, rows, fmt)
    [error] = [s for s in said if "error[" in s]
    lines = error.split("\n")
    assert lines[0] == (
        f"2:4: error[merge.value]: row 2, column date (D): '2011/12' is {read[0]}, not a day: "
        f"write the event's day as YYYY-MM-DD, e.g. {read[1]}"
    )
    assert lines[1] == f"  hint: {SEASON}"
    assert lines[2] == f"  hint: {hint}"
    assert lines[3].startswith(f"  hint: also read: {read[1][8:10]}/{read[1][5:7]}/2011 ")


def test_the_languages_named_as_writing_a_month_year_first_do_so_in_cldr() -> None:
    """The hints name Chinese, Japanese and Korean as writing 2011/12 for a month and English
    a season: so CLDR's yM of each (Babel's), which the merge reads, writes it."""
    assert {code: year_month(code) for code in ("zh", "ja", "ko", "en")} == {
        "zh": "y/M",
        "ja": "y/M",
        "ko": "y/M",
        "en": "M/y",
    }


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


def test_a_year_slash_two_digits_is_read_in_the_offices_country(tmp_path: Path, kit: Kit) -> None:
    """A row without a date_region of its own is read in the country of the office the merge
    is made for (`Table.region`, as `office_region` sets it): a Persian row's 2011/12 is the
    season in Afghanistan (fa_AF's M/y), December 2011 without a country (fa's y/M)."""
    path = write_rows(tmp_path / "events", [["a", "fa", "T", "2011/12", "", "P", ""]])
    for region, read in (("AF", "a span of years (2011 to 2012: a season)"), ("", "a month")):
        errs = Collector()
        read_events(replace(read_table(path, errs), region=region), kit, errs)
        [said] = [d.render() for d in errs.items if d.code == "merge.value"]
        assert said.startswith(
            f"{path}:2:4: error[merge.value]: row 2, column date (D): '2011/12' is {read}"
        )
