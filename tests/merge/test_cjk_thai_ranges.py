"""A merged event's range of times in Japanese, Korean, Chinese and Thai, as CLDR's interval
formats write each language's hours (Babel's `format_interval`, the skeleton of the
language's own clock: Hm for ja, zh and th, hm for ko): a Tokyo and Seoul office's trial
asked whether ja's 18時00分～20時00分 and th's 18:00 น. – 20:00 น. are CLDR's. They are (CLDR
ja.xml's Hm interval is "H時mm分～H時mm分", th.xml's "HH:mm น. – HH:mm น."): pinned here,
through the merge's reading of a row, whichever way the row writes the range."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from pathlib import Path

import pytest
from babel.dates import format_interval

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

HEAD = "event_id,language,title,date,time,venue,date_region\n"


def strings(code: str, name: str) -> str:
    return f"language: {code}\nname: {name}\nstatus: draft\nstrings: {{}}\n"


@pytest.fixture(scope="module")
def kit(module_kit_copy: Callable[..., Path]) -> Kit:
    """The kit with Japanese and Korean strings files (the trial's), which it does not ship."""
    folder = module_kit_copy(
        **{
            "materials/strings/ja.yaml": strings("ja", "Japanese"),
            "materials/strings/ko.yaml": strings("ko", "Korean"),
        }
    )
    return load_kit(folder)


def event_time(tmp_path: Path, kit: Kit, language: str, written: str, region: str = "") -> str:
    path = tmp_path / "events.csv"
    path.write_text(f'{HEAD}e,{language},T,2027-07-30,"{written}",V,{region}\n', encoding="utf-8")
    errs = Collector()
    (record,) = read_events(read_table(path, errs), kit, errs, None)
    assert [d for d in errs.items if d.code != "strings.draft"] == []
    return record.layer.by_language[language]["event_time"].text


@pytest.mark.parametrize(
    ("language", "home", "skeleton", "expected"),
    [
        ("ja", "JP", "Hm", "18時00分～20時00分"),
        ("th", "TH", "Hm", "18:00 น. – 20:00 น."),
        ("ko", "KR", "hm", "오후 6:00~8:00"),
        ("zh", "CN", "Hm", "18:00–20:00"),
    ],
)
@pytest.mark.parametrize("where", ["", "home", "US"])
def test_a_range_is_cldrs_interval(
    tmp_path: Path, kit: Kit, language: str, home: str, skeleton: str, expected: str, where: str
) -> None:
    """18:00-20:00 prints as CLDR's interval of the language's clock, with no date_region,
    the language's own country's, or the US (CLDR has no ja_US: the language's own)."""
    assert format_interval(time(18), time(20), skeleton=skeleton, locale=language) == expected
    region = home if where == "home" else where
    assert event_time(tmp_path, kit, language, "18:00-20:00", region) == expected


@pytest.mark.parametrize(
    ("language", "written", "expected"),
    [
        ("ja", "18時～20時", "18時00分～20時00分"),
        ("ja", "午後6時～8時", "18時00分～20時00分"),
        ("ja", "18:00〜20:00", "18時00分～20時00分"),  # the wave dash as typed
        ("ja", "18時00分～20時00分", "18時00分～20時00分"),  # as the flyer prints it
        ("ja", "22:00-1:30", "22時00分～1時30分"),  # past midnight
        ("th", "18.00-20.00 น.", "18:00 น. – 20:00 น."),
        ("th", "18:00 น. – 20:00 น.", "18:00 น. – 20:00 น."),  # as the flyer prints it
        ("th", "๑๘:๐๐-๒๐:๐๐", "18:00 น. – 20:00 น."),  # in th.yaml's Latin digits
        ("th", "09:30-11:00", "09:30 น. – 11:00 น."),  # CLDR's HH: two digits
    ],
)
def test_a_range_written_otherwise(
    tmp_path: Path, kit: Kit, language: str, written: str, expected: str
) -> None:
    assert event_time(tmp_path, kit, language, written) == expected
