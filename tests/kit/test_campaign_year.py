"""The campaign's year against the build's: the kit shipped as the 2024 campaign's and every
build in 2026 said nothing. A year before the build's (today's, or SOURCE_DATE_EPOCH's when it
is set, as the outputs' dates are) is a `campaign.past-year` warning at `year:`'s line, from
`build` and `check`; `--strict` makes it an error. The tests' day is 1 July 2024
(tests/conftest.py), so the tests' 2024 kits say nothing of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from campaign import dates

from ..kits import EVENT_BOXES, cli, mini_copy

REAL_TODAY = dates.today  # before conftest's `campaign_day` pins it

# the mini kit's campaign.yaml: `year: 2024` on line 6, its value from column 7
WARNING = (
    "materials/campaign.yaml:6:7: warning[campaign.past-year]: the kit is the 2024 campaign's "
    "(`year: 2024`) and {clock} is {day}: the documents' titles and dates, the job sheets and "
    "the package say 2024\n"
    "  hint: for the {year} campaign, set `year: {year}` and that year's theme in the strings "
    "files, as the campaign publishes it (and `theme_year: {year}`, which says whose theme they "
    "print); to make the 2024 materials again (an archive), build with SOURCE_DATE_EPOCH set "
    "to a time in 2024"
)


def on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr(dates, "today", lambda: day)


def test_check_warns_of_a_campaign_year_before_todays_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit")
    on(monkeypatch, date(2026, 12, 4))
    status, out = cli("check", "--kit", kit)
    assert status == 0, out
    # 30 July 2026 is past: the hint names the 2027 campaign (a trial's said 2026)
    said = WARNING.format(clock="today", day="2026-12-04", year=2027)
    assert f"{kit}/{said}\n" in out, out
    assert out.count("campaign.past-year") == 1, out


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2026, 7, 29), 2026),
        (date(2026, 7, 30), 2026),  # the campaign's day itself
        (date(2026, 7, 31), 2027),
        (date(2026, 12, 5), 2027),
        (date(2027, 1, 1), 2027),
    ],
)
def test_the_hint_names_the_next_campaign_whose_day_is_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, day: date, year: int
) -> None:
    assert dates.next_campaign(day) == year
    kit = mini_copy(tmp_path / "kit")
    on(monkeypatch, day)
    status, out = cli("check", "--kit", kit)
    assert status == 0, out
    said = WARNING.format(clock="today", day=day.isoformat(), year=year)
    assert f"{kit}/{said}\n" in out, out


def test_build_warns_of_it_and_strict_fails_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit = mini_copy(tmp_path / "kit")
    on(monkeypatch, date(2025, 1, 1))
    args = ("build", "--kit", kit, "--only", "text", "--no-png", "--no-digital")
    status, out = cli(*args, "-o", tmp_path / "out")
    assert status == 0, out
    said = WARNING.format(clock="today", day="2025-01-01", year=2025)
    assert f"{kit}/{said}\n" in out, out
    status, out = cli(*args, "-o", tmp_path / "strict", "--strict")
    assert status == 1, out
    error = said.replace("warning[campaign.past-year]", "error[campaign.past-year]")
    assert f"{kit}/{error}\n" in out, out
    assert not (tmp_path / "strict/text").exists()


@pytest.mark.parametrize("day", [date(2024, 1, 1), date(2024, 12, 31), date(2023, 6, 1)])
def test_the_campaigns_own_year_or_an_earlier_day_says_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, day: date
) -> None:
    kit = mini_copy(tmp_path / "kit")
    on(monkeypatch, day)
    status, out = cli("check", "--kit", kit, "--strict")
    assert status == 0, out
    assert "campaign.past-year" not in out, out


def test_source_date_epoch_is_the_builds_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The computer's clock is past 2024 (this test was written in 2026); SOURCE_DATE_EPOCH
    in 2024, the date the outputs carry, says nothing; in 2025 it is the day named."""
    kit = mini_copy(tmp_path / "kit")
    monkeypatch.setattr(dates, "today", REAL_TODAY)
    assert date.today().year > 2024
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1722297600")  # 2024-07-30 00:00 UTC
    assert dates.today() == date(2024, 7, 30)
    status, out = cli("check", "--kit", kit, "--strict")
    assert status == 0, out
    assert "campaign.past-year" not in out, out
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1753833600")  # 2025-07-30 00:00 UTC
    status, out = cli("check", "--kit", kit)
    assert status == 0, out
    said = WARNING.format(clock="SOURCE_DATE_EPOCH's date", day="2025-07-30", year=2025)
    assert f"{kit}/{said}\n" in out, out


def test_without_source_date_epoch_the_builds_day_is_the_computers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dates, "today", REAL_TODAY)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert dates.today() == date.today()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")  # empty: unset, as every reader of it says
    assert dates.today() == date.today()


def test_a_merge_leaves_it_to_its_own_year_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge's events are compared with the campaign's year (merge.year) and today
    (merge.past): the kit's year is not told a second time."""
    kit = mini_copy(tmp_path / "kit", EVENT_BOXES)
    on(monkeypatch, date(2026, 12, 4))
    status, out = cli("check", "--kit", kit)
    assert "campaign.past-year" in out, out
    events = tmp_path / "events.csv"
    events.write_text("event_id,language,title,date,venue\nwalk,en,Walk,2026-12-20,Park\n")
    args = ("merge", "boxes", events, "--kit", kit, "-o", tmp_path / "out", "--no-png")
    status, out = cli(*args, "--no-digital")
    assert status == 0, out
    assert "merge.year" in out, out
    assert "campaign.past-year" not in out, out


def test_a_year_changed_without_its_theme_is_told_at_theme_year(tmp_path: Path) -> None:
    """`year: 2027` with `theme_year: 2024` (the kit's theme left as it was): a warning at
    `theme_year:`'s value, from `check` and `build`; the same years say nothing, and so does a
    kit without `theme_year:` (the mini kit)."""
    kit = mini_copy(
        tmp_path / "kit", {"campaign.yaml": ("year: 2024\n", "year: 2027\ntheme_year: 2024\n")}
    )
    said = (
        "materials/campaign.yaml:7:13: warning[campaign.theme-year]: the campaign is 2027's "
        "(`year: 2027`) and the strings files print 2024's theme (`theme_year: 2024`): the "
        "headlines print 2024's theme\n"
        "  hint: write 2027's theme in materials/strings/en.yaml (`theme`) as the campaign "
        "publishes it, then set `theme_year: 2027`; or set `year: 2024` back\n"
        "  hint: each other language prints 2024's theme until its `theme` is translated from "
        f"the new text: `python generate.py strings export --lang CODE --kit {kit}` gives it to "
        "the translators, or write it in each strings file as the campaign publishes it\n"
    )
    status, out = cli("check", "--kit", kit)
    assert status == 0, out
    assert f"{kit}/{said}" in out, out
    status, out = cli("check", "--kit", kit, "--strict")
    assert status == 1, out
    status, out = cli("build", "--kit", kit, "-o", tmp_path / "out", "--only", "text", "--no-png")
    assert status == 0, out
    assert out.count("warning[campaign.theme-year]") == 1, out
    same = mini_copy(
        tmp_path / "same", {"campaign.yaml": ("year: 2024\n", "year: 2024\ntheme_year: 2024\n")}
    )
    status, out = cli("check", "--kit", same)
    assert (status, "theme-year" in out) == (0, False), out
    status, out = cli("check", "--kit", mini_copy(tmp_path / "none"))
    assert (status, "theme-year" in out) == (0, False), out


def test_the_kits_theme_year_is_its_year() -> None:
    """The kit's own campaign.yaml says whose theme its strings print: the year's."""
    from campaign.kit import load_kit

    from ..kits import ROOT

    campaign = load_kit(ROOT).campaign
    assert campaign.theme_year == campaign.year


def test_a_build_with_nothing_to_do_says_the_kits_warnings_were_not_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build with nothing to do reads no kit: its report counted 0 warnings where the real
    build of the same kit counted its `campaign.past-year`, and a CI check took that for none
    (a CI engineer's trial). It says so in a `build.unread` note; its summary names the jobs
    it skipped and the documents it kept (`counts.kept`), which a CI check compared."""
    import json

    kit, out = mini_copy(tmp_path / "kit"), tmp_path / "out"
    on(monkeypatch, date(2026, 12, 4))
    args = ("build", "--kit", kit, "-o", out, "--only", "text", "--png-ppi", "20", "--json")
    status, text = cli(*args)
    assert status == 0, text
    first = json.loads(text)
    assert first["counts"]["warnings"] == 1
    assert [d["code"] for d in first["diagnostics"] if d["severity"] != "note"] == [
        "campaign.past-year"
    ]
    status, text = cli(*args)
    assert status == 0, text
    again = json.loads(text)
    assert again["counts"] == {
        "made": 0, "kept": 2, "failed": 0, "errors": 0, "warnings": 0, "notes": 1
    }  # fmt: skip
    assert [(d["code"], d["severity"], d["message"], d["hints"]) for d in again["diagnostics"]] == [
        (
            "build.unread",
            "note",
            "nothing to do: the kit's warnings were not checked again (the build that made "
            "these files said them)",
            ["`python generate.py check` says them now, as does a build with --force"],
        )
    ]
    assert again["summary"].startswith(
        f"nothing to do in {out}/: skipped 6 unchanged job(s) (2 document(s) kept) ("
    )
