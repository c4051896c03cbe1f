"""Every kit language's time, as CLDR writes it with its day period or its own time word
after the number, reads back as the same time: Amharic's 6:30 ከሰዓት, Somali's 6:30 GD and
Thai's 18:30 น. (the time the kit prints in Thai) were "not a time"."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from babel.dates import format_time

from campaign.kit.load import load_kit
from campaign.merge import day_periods, events
from campaign.merge.data import Cell
from campaign.merge.times import Hours, _time
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = sorted(p.stem for p in (ROOT / "materials/strings").glob("*.yaml"))
TIMES = [time(18, 30), time(6, 30)]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _read(written: str) -> tuple[Hours | None, list[str]]:
    told: list[str] = []
    hours = _time(Cell(written, 2, "time", 5), lambda _c, m, *_h: told.append(m))
    return hours, told


def test_the_day_periods_are_the_kit_languages() -> None:
    """day_periods reads the names of the kit's languages: materials/strings' own."""
    assert sorted(day_periods.KIT_LANGUAGES) == LANGUAGES


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("at", TIMES, ids=str)
def test_a_kit_language_time_reads_back(kit: Kit, code: str, at: time) -> None:
    """CLDR's short and medium times of the language (Babel's format_time: 6:30 ከሰዓት,
    6:30:00 GD, 18.30.00, 6:30:00 م) and the time the kit prints in it (events._format, its
    clock and digits: 18:30 น., ១៨:៣០) are read as the time they write."""
    language = kit.languages[code]
    written = [format_time(at, width, locale=code) for width in ("short", "medium")]
    digits = events._digits(code, language.digits)
    written.append(events._format(at, "time", code, digits, (), "", language.clock))
    for text in written:
        assert _read(text) == ((at, None), []), text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("6:30 ከሰዓት", time(18, 30)),  # am: CLDR's pm, ከሰዓት (after noon)
        ("6:30 ጥዋት", time(6, 30)),
        ("6:30\u202fGD", time(18, 30)),  # so: GD (galabnimo dambe), as Babel writes it
        ("6:30 gd", time(18, 30)),
        ("6:30 GH", time(6, 30)),
        ("18:30 น.", time(18, 30)),  # th: CLDR's short time, HH:mm น.
        ("18.30 น.", time(18, 30)),
        ("5 sore", time(17, 0)),  # id: sore, 15:00 to 18:00 (CLDR's evening1)
        ("9 pagi", time(9, 0)),
        ("6 p.\u202fm.", time(18, 0)),  # es: p. m.
    ],
)
def test_a_time_with_a_day_period_is_read(written: str, read: time) -> None:
    """A day period after the time (or the language's time word) in any kit language's
    spelling, with CLDR's spaces or typed ones, with dots or without."""
    assert _read(written) == ((read, None), [])


@pytest.mark.parametrize("written", ["13:30 ከሰዓት", "18 น.", "2 sore", "6 sore", "6:30 GX"])
def test_a_time_with_a_day_period_that_is_none_is_named(written: str) -> None:
    """An hour past 12 with a day period, an hour alone with Thai's น. (no minutes: 18 is
    a number), one that no half of the day puts in its part of it (2 sore: sore is 15:00
    to 18:00, before 18:00) and a word that is no day period are not times."""
    hours, told = _read(written)
    assert hours is None
    assert told == [
        f"'{written}' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, "
        "e.g. 18:00-20:00"
    ]
