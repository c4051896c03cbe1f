"""Properties of the newest merge code that no test held: each test here failed under a bug
planted in the code it names (the thirty-ninth session's mutation testing), and passes
without it. Phone numbers typed as numbers (merge.phone_numbers), a range's words
(merge.range_words), day periods (merge.day_periods), a time typed as a number
(merge.times.number_time, merge.record._number_as_time)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge import day_periods
from campaign.merge.events import read_events
from campaign.merge.languages import regional_code
from campaign.merge.phone_numbers import language_country, lost_digits
from campaign.merge.range_words import ranged
from campaign.merge.tables import read_table
from campaign.merge.times import number_time
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("number", "country"),
    [
        (911400104657, "IN"),  # +91 and an Indian 140 number: written without a 0 or +
        (841800123456, "VN"),  # +84 and a Vietnamese 1800 number
    ],
)
def test_a_calling_code_before_a_number_written_without_a_0_is_no_lost_plus(
    number: int, country: str
) -> None:
    """`unzeroed` holds for the calling code's form too: 91 before 1400104657 (a number no 0
    precedes) is no number that lost its +, as it is 12 digits, no national length."""
    assert lost_digits(number, country) == ()


@pytest.mark.parametrize(
    ("codes", "country"),
    [
        (("pt-br",), "BR"),  # a region in small letters is the region
        (("pt_BR",), "BR"),
        (("sr-Latn",), ""),  # a script subtag is no region; sr is official in several
        (("th", "th-TH"), "TH"),  # one country, once
        (("en", "en-US", "th"), ""),  # two countries: none
        (("tl",), "PH"),  # CLDR's alias of fil, official in the Philippines only
    ],
)
def test_a_languages_country_is_a_region_code_once(codes: tuple[str, ...], country: str) -> None:
    assert language_country(codes) == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" с 15:00 до 17:00 ", "15:00-17:00"),  # spaces around the whole text
        ("18:30 至 20:00", "18:30-20:00"),  # zh's word typed with spaces
        ("下午6:30 至 8:30", "下午6:30-8:30"),
        ("18:30 تا 20:00", "18:30-20:00"),
        ("18:30-20:00", "18:30-20:00"),
    ],
)
def test_a_ranges_words_are_a_dash(text: str, expected: str) -> None:
    assert ranged(text) == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("12:30 ከሰዓት", (time(12, 30), "pm")),  # am's 12:30 after noon is 12:30
        ("12:30 ጥዋት", (time(0, 30), "am")),  # and in the morning, 00:30
        ("3 sore", (time(15), "pm")),  # id's sore begins at 15:00: its first hour
        ("3:00 sore", (time(15), "pm")),
        ("6:30\u200bGD", (time(18, 30), "pm")),  # a ZERO WIDTH SPACE is no letter
        ("6:30 \u200cGD", (time(18, 30), "pm")),  # nor a ZERO WIDTH NON-JOINER
    ],
)
def test_a_day_periods_edges_are_read(text: str, read: tuple[time, str]) -> None:
    assert day_periods.clock(text) == read


@pytest.mark.parametrize("text", ["24:00 น.", "24.00 น.", "25:00 น."])
def test_a_thai_time_past_the_day_is_none(text: str) -> None:
    """The hour of a 24-hour time with Thai's น. is under 24: 24:00 is no time to read (it
    made a time of hour 24, an internal error)."""
    assert day_periods.clock(text) is None


def test_a_name_of_two_halves_of_the_day_is_read_only_where_the_hour_tells_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A day period two languages give two meanings (the module's rule; none of the kit's
    languages has one now) is no reading of a time: 6:30 of either half is not guessed."""
    both: dict[str, frozenset[day_periods.Period]] = {
        "x": frozenset({("am", ()), ("pm", ())}),
        "y": frozenset({("pm", ())}),
    }
    monkeypatch.setattr(day_periods, "day_periods", lambda: both)
    assert day_periods.clock("6:30 x") is None
    assert day_periods.clock("6:30 y") == (time(18, 30), "pm")


def test_a_time_word_before_the_time_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A language's time word before the first field (as Danish writes kl. 18.30) is read as
    one after the last is (Thai's 18:30 น.): the module reads both sides."""
    monkeypatch.setattr(day_periods, "time_words", lambda: frozenset({"kl"}))
    assert day_periods.clock("kl. 18.30") == (time(18, 30), "")
    assert day_periods.clock("18.30 kl.") == (time(18, 30), "")


@pytest.mark.parametrize(
    ("value", "read"),
    [
        (23.59, ("23:59", False)),
        (0.0, ("00:00", True)),
        (24.0, None),  # no hour 24
        (7.6, None),  # no minute 60
        (7.30001, None),  # a number of more than two decimals, however near
        (-7.0, None),  # a negative number
        (-7.3, None),
    ],
)
def test_a_number_as_a_time_is_an_hour_and_its_minutes(
    value: float, read: tuple[str, bool] | None
) -> None:
    assert number_time(value) == read


def test_a_time_typed_as_a_number_is_named_as_the_number_shows(tmp_path: Path, kit: Kit) -> None:
    """A YAML record's 19.0 (a float) is named as 19, as a sheet shows it, not 19.0."""
    path = tmp_path / "events.yaml"
    path.write_text(
        "- event_id: a\n  language: en\n  title: Walk\n  date: 2027-07-30\n  time: 19.0\n"
        "  venue: Park\n",
        encoding="utf-8",
    )
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert [r.id for r in good] == ["a"]
    assert [d.render().replace(f"{path}:", "") for d in errs.items] == [
        "5:9: warning[merge.value]: record 1, field time: the value is the number 19, read "
        "as the time 19:00: YAML reads 19.00 unquoted as a number, its last 0 dropped\n"
        '  hint: write the time in quotes: "19:00"'
    ]  # in the file's terms since c495ec70 (a YAML record's, not a spreadsheet's)


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("en-GB", "en"),  # en's likely region is US: the region is not the script
        ("es-MX", "es"),
        ("pt-PT", "pt"),
        ("ar-EG", "ar"),
        ("zh-SG", "zh"),  # Singapore writes Simplified Han, as the kit's zh
        ("zh-Hans", "zh"),
        ("zh-Hant", "zh-Hant"),  # Traditional: its own tag, which the kit does not know
        ("sr-Latn", "sr-Latn"),
    ],
)
def test_a_tag_of_another_region_in_the_same_script_is_the_kits_language(
    kit: Kit, tag: str, code: str
) -> None:
    """merge.languages.regional_code compares the scripts of the tag and of the kit's
    language (CLDR's likely subtags), never their regions."""
    assert regional_code(tag, kit) == code
