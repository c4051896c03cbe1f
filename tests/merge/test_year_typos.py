"""A date's year that is a typo of the campaign's: a Manila office's trial typed `July 30,
2072` in a 2027 kit, and `merge.year` said only "for a 2072 campaign, set `year: 2072`".
Its hint now asks "did you mean July 30, 2027?", the date as its cell writes it. The
repository's kit is the 2024 campaign's: 2042 is 2024 with two digits swapped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import check_events, other_years
from campaign.merge.tables import read_table
from campaign.merge.year_typos import _rewritten, meant_year
from campaign.model import Kit

from ..kits import ROOT

HEAD = "event_id,language,title,date,venue\n"


@pytest.fixture(scope="module")
def kit() -> Kit:
    kit = load_kit(ROOT)
    assert kit.campaign.year == 2024
    return kit


def year_told(tmp_path: Path, kit: Kit, rows: str) -> list[str]:
    """The `merge.year` warning of `rows` under HEAD, rendered, the data file's path left
    out."""
    data = tmp_path / "events.csv"
    data.write_text(HEAD + rows, encoding="utf-8")
    errs = Collector()
    records = check_events(read_table(data, errs), kit, errs)
    assert [d.render() for d in errs.items if d.severity.value == "error"] == []
    errs = Collector()
    other_years(records, kit, errs)
    return [d.render().replace(f"{data}:", "") for d in errs.items]


WARNING = (
    "2:4: warning[merge.year]: {count} event(s) are in {years}, and the kit is the 2024 "
    "campaign's (campaign.yaml `year: 2024`): its texts, the flyers' slugs, the job sheets "
    "and the package say so\n"
)


@pytest.mark.parametrize(
    ("language", "written", "year", "meant", "why"),
    [
        ("en", "July 30, 2042", 2042, "July 30, 2024", "2024 with two digits swapped"),
        ("fr", "30 juillet 2042", 2042, "30 juillet 2024", "2024 with two digits swapped"),
        ("en", "29-30 July 2034", 2034, "29-30 July 2024", "2024 with one digit off"),
        ("es", "30 de julio de 2052", 2052, "30 de julio de 2025", "2025 with two digits swapped"),
    ],
)
def test_a_year_typed_wrong_is_asked_about_as_its_cell_writes_it(
    tmp_path: Path, kit: Kit, language: str, written: str, year: int, meant: str, why: str
) -> None:
    said = year_told(tmp_path, kit, f'a,{language},T,"{written}",Hall\n')
    assert said == [
        WARNING.format(count=1, years=year)
        + f"  hint: row 2, column date (D): '{written}' is in {year} ({why}?): "
        f"did you mean {meant}?"
    ]


def test_a_year_of_another_campaign_keeps_its_hint_beside_a_typo(tmp_path: Path, kit: Kit) -> None:
    """2042 asked about, 2026 (an earlier or later campaign's, no typo) told as before; a
    second date of 2042 is not asked about again."""
    rows = "a,en,T,30/07/2042,Hall\nb,en,T,2026-07-30,Hall\nc,fr,T,30 juillet 2042,Hall\n"
    assert year_told(tmp_path, kit, rows) == [
        WARNING.format(count=3, years="2026, 2042")
        + "  hint: row 2, column date (D): '30/07/2042' is in 2042 (2024 with two digits "
        "swapped?): did you mean 30/07/2024?\n"
        "  hint: for a 2026 campaign, set `year: 2026` and its theme in the kit; or check "
        "the events' dates (a sheet of an earlier year?)"
    ]


@pytest.mark.parametrize(
    ("year", "meant"),
    [
        (2072, (2027, "two digits swapped")),
        (2037, (2027, "one digit off")),
        (2082, (2028, "two digits swapped")),
        (2017, (2027, "one digit off")),
        (2720, (2027, "two digits swapped")),
        (2026, None),  # near: an earlier campaign's
        (2029, None),
        (2018, None),  # 2028 one digit off, but 9 years from 2027: a sheet of 2018
        (2099, None),
    ],
)
def test_a_far_year_one_edit_from_the_campaigns_or_the_next_is_meant_so(
    year: int, meant: tuple[int, str] | None
) -> None:
    assert meant_year(year, 2027) == meant


@pytest.mark.parametrize(
    ("year", "meant"),
    [
        (2026, (2027, "one digit off")),
        (2021, (2027, "one digit off")),
        (2018, None),  # 2028 one digit off, but near: only the campaign's is meant so
        (2072, (2027, "two digits swapped")),
        (2082, (2028, "two digits swapped")),  # far: the next campaign's too
        (2028, None),  # after the campaign's: a real event of the next year, maybe
        (2029, None),
        (2027, None),  # the campaign's own
        (2019, None),  # two digits off: another year
    ],
)
def test_a_near_year_is_meant_so_only_when_asked_near(
    year: int, meant: tuple[int, str] | None
) -> None:
    assert meant_year(year, 2027, near=True) == meant


def test_a_near_year_beside_a_sheet_mostly_of_the_campaigns_year_is_asked_about(
    tmp_path: Path, kit: Kit
) -> None:
    """2023 among three events of 2024 is a slip of the key: asked about; 2023 alone, or
    beside as many events of 2024, is an earlier campaign's sheet: told as before."""
    rows = (
        "a,en,T,30/07/2024,Hall\nb,en,T,31/07/2024,Hall\n"
        "c,en,T,30/07/2023,Hall\nd,fr,T,29 juillet 2024,Hall\n"
    )
    said = year_told(tmp_path, kit, rows)
    assert said == [
        WARNING.replace("2:4", "4:4").format(count=1, years=2023)
        + "  hint: row 4, column date (D): '30/07/2023' is in 2023 (2024 with one digit "
        "off?): did you mean 30/07/2024?"
    ]
    half = "a,en,T,30/07/2023,Hall\nb,en,T,30/07/2024,Hall\n"
    assert year_told(tmp_path, kit, half) == [
        WARNING.format(count=1, years=2023)
        + "  hint: for a 2023 campaign, set `year: 2023` and its theme in the kit; or check "
        "the events' dates (a sheet of an earlier year?)"
    ]


def test_the_year_is_rewritten_in_the_cells_own_digits() -> None:
    assert _rewritten("৩০/০৭/২০৭২", 2072, 2027, date(2027, 7, 30)) == "৩০/০৭/২০২৭"
    # a year not written in four digits: the date meant, YYYY-MM-DD
    assert _rewritten("30/07/72", 2072, 2027, date(2027, 7, 30)) == "2027-07-30"
