"""A strings file's `clock: 12 | 24` sets how a merged event's time counts its hours, over the
Unicode CLDR's for the language: Amharic times printed 2:30 ከሰዓት and 9:00 ጥዋት – 12:30 ከሰዓት
(CLDR's 12-hour clock), which Ethiopian readers, whose own clock counts from 6 in the
morning, may read as local time (a country office's trial). Read back from merged records
and from a kit loaded with the key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from campaign.diagnostics import Collector, DiagnosticsError
from campaign.kit import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import ROOT

HEAD = "event_id,language,title,date,time,venue,organiser,contact,link,photo\n"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def times(tmp_path: Path, kit: Kit, code: str, time: str) -> str:
    path = tmp_path / "events.csv"
    path.write_text(HEAD + f"walk,{code},Walk,2026-07-30,{time},Park,,,,\n", encoding="utf-8")
    errs = Collector()
    (record,) = read_events(read_table(path, errs), kit, errs, None)
    assert errs.items == []
    return record.layer.by_language[code]["event_time"].text


def clocked(kit: Kit, code: str, clock: int | None) -> Kit:
    return replace(
        kit, languages={**kit.languages, code: replace(kit.languages[code], clock=clock)}
    )


@pytest.mark.parametrize(
    ("code", "clock", "time", "shown"),
    [
        ("am", None, "14:30", "2:30 ከሰዓት"),  # CLDR's, as before
        ("am", 24, "14:30", "14:30"),
        ("am", 24, "09:00-12:30", "09:00\u201312:30"),
        ("en", None, "14:30", "14:30"),  # the kit's British English: 24 hours
        ("en", 12, "14:30", "2:30 pm"),
        ("en", 12, "22:00-00:30", "10:00 pm\u2009\u2013\u200912:30 am"),  # past midnight
        ("ar", 24, "18:30", "١٨:٣٠"),  # the language's digits kept
        ("fr", 12, "18:30", "6:30\u202fPM"),
    ],
)
def test_a_languages_clock_counts_the_hours_of_a_merged_time(
    tmp_path: Path, kit: Kit, code: str, clock: int | None, time: str, shown: str
) -> None:
    assert times(tmp_path, clocked(kit, code, clock), code, time) == shown


@pytest.mark.parametrize("value", [13, 30])  # one message, in range of 12 to 24 or not
def test_clock_is_read_from_the_strings_file_and_other_values_refused(
    kit_copy: Callable[..., Path], value: int
) -> None:
    source = (ROOT / "materials/strings/am.yaml").read_text(encoding="utf-8")
    assert "\nstatus: draft\n" in source
    root = kit_copy(
        **{"materials/strings/am.yaml": source.replace("\nstatus:", "\nclock: 24\nstatus:", 1)}
    )
    assert load_kit(root).languages["am"].clock == 24
    bad = source.replace("\nstatus:", f"\nclock: {value}\nstatus:", 1)
    (root / "materials/strings/am.yaml").write_text(bad, encoding="utf-8")
    line = bad.splitlines().index(f"clock: {value}") + 1
    with pytest.raises(DiagnosticsError) as caught:
        load_kit(root)
    assert [d.render() for d in caught.value.diagnostics if d.code == "schema.value"] == [
        f"{root}/materials/strings/am.yaml:{line}:8: error[schema.value]: `clock` is {value}: a clock "
        "counts 12 or 24 hours\n"
        "  hint: write `clock: 24` (14:30) or `clock: 12` (2:30 PM), or leave it out for the "
        "Unicode CLDR's"
    ]
