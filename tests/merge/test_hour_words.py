"""A time with its hour's word (Dutch uur and u, German Uhr) and a range in Dutch words: a
Brussels organiser's trial, after `new language nl`, had 18u30 ("the word 'u' is not
read"), 18u, 14.30 uur, 14:30 uur, van 14 tot 16 uur and 14-16 uur refused row by row;
and every refused time's hint gives its own digits' time to write, or the number that is
no hour or minute (14u was told e.g. 14:00, 18u30 nothing)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

from ..kits import cli

ROOT = Path(__file__).resolve().parents[2]
HEAD = "event_id,language,title,date,time,venue\n"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(tmp_path: Path, kit: Kit, rows: list[tuple[str, str]]) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    body = "".join(
        f'e{n},{code},T,2027-07-30,"{written}",P\n' for n, (code, written) in enumerate(rows)
    )
    path.write_text(HEAD + body, encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return good, [d.render().replace(f"{path}:", "") for d in errs.items]


def _times(record: Record, code: str) -> list[time]:
    shown = record.layer.by_language[code]["event_time"].text
    return [time.fromisoformat(t.zfill(5)) for t in re.findall(r"\d{1,2}:\d{2}", shown)]


# Dutch as Onze Taal's "Tijden noteren", the Taalunie and the ANW write it (times.FRENCH_HOUR,
# range_words' FROM_TO, UNITS and WORD_SOURCES), and the trial's
DUTCH = [
    ("18u30", [time(18, 30)]),  # the trial's
    ("18u", [time(18)]),
    ("14.30 uur", [time(14, 30)]),
    ("14:30 uur", [time(14, 30)]),
    ("van 14 tot 16 uur", [time(14), time(16)]),
    ("14-16 uur", [time(14), time(16)]),
    ("van 13.00 tot 13.30 uur", [time(13), time(13, 30)]),  # Onze Taal's
    ("tussen 13.00 en 13.30 uur", [time(13), time(13, 30)]),
    ("9.00-17.30 uur", [time(9), time(17, 30)]),
    ("10 tot 17 u", [time(10), time(17)]),  # the ANW's
    ("vanaf 07.30 uur tot 18.30 uur", [time(7, 30), time(18, 30)]),
    ("vanaf 14 uur", [time(14)]),
    ("9.12 u.", [time(9, 12)]),
    ("8u.30", [time(8, 30)]),  # the Taalunie's advice names 8u.30
    ("18u30-20u", [time(18, 30), time(20)]),
    ("van 18u30 tot 20u", [time(18, 30), time(20)]),
    ("14 uur tot 16 uur", [time(14), time(16)]),
    ("22:00-24u", [time(22), time(0)]),
]


def test_a_dutch_kits_times_are_read(tmp_path: Path, kit_copy: Callable[..., Path]) -> None:
    """The trial's kit: nl added by `new language nl`, each row in Dutch."""
    made = kit_copy()
    assert cli("new", "language", "nl", "--kit", made)[0] == 0
    good, problems = merged(tmp_path, load_kit(made), [("nl", w) for w, _ in DUTCH])
    assert problems == []
    assert [_times(r, "nl") for r in good] == [t for _, t in DUTCH]


@pytest.mark.parametrize(
    ("written", "times"),
    [
        # German's Uhr after a time (the LEO blog's 15.30 Uhr; DIN 5008's 09:25 Uhr)
        ("14 Uhr", [time(14)]),
        ("14.30 Uhr", [time(14, 30)]),
        ("14:30 Uhr", [time(14, 30)]),
        ("14-16 Uhr", [time(14), time(16)]),
        ("14:00 Uhr - 16:00 Uhr", [time(14), time(16)]),
    ],
)
def test_an_hour_with_uhr_is_read(
    tmp_path: Path, kit: Kit, written: str, times: list[time]
) -> None:
    (record,), problems = merged(tmp_path, kit, [("en", written)])
    assert problems == []
    assert _times(record, "en") == times


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # the digits' time, in 24 hours, where the hour's word is between hour and minutes
        ("18 uur 30", "write the time alone, e.g. 18:30"),
        ("18uur30", "write the time alone, e.g. 18:30"),
        ("18,30 uur", "write the time alone, e.g. 18:30"),
        ("18h30 uur", "write the time alone, e.g. 18:30"),
        ("van 14 uur", "write the time alone, e.g. 14:00"),
        # a number that is no hour or minute (they had no hint)
        ("25u", "25 is no hour of the day (00 to 23)"),
        ("18u75", "75 is no minute of an hour (00 to 59)"),
        # a word that moves the minutes: no example of the digits (Dutch half 8 is 07:30; the
        # hint said e.g. 08:00)
        ("half 8", "the word 'half' is not read in a time: write the time in digits, HH:MM (24 h)"),
        ("halb 8", "the word 'halb' is not read in a time: write the time in digits, HH:MM (24 h)"),
    ],
)
def test_a_time_not_read_gives_its_own_digits_time(
    tmp_path: Path, kit: Kit, written: str, hint: str
) -> None:
    good, problems = merged(tmp_path, kit, [("en", written)])
    assert good == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write it "
        f"as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n  hint: {hint}"
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("18u30 tot 20u30 uur", "write the range with a dash, e.g. 18:30-20:30"),
        ("van 14 tot 26 uur", "26 is no hour of the day (00 to 23)"),
    ],
)
def test_a_range_not_read_gives_its_own_digits_range(
    tmp_path: Path, kit: Kit, written: str, hint: str
) -> None:
    good, problems = merged(tmp_path, kit, [("en", written)])
    assert good == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time range: "
        f"write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00\n  hint: {hint}"
    ]
