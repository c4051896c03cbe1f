"""Swahili time (saa): a Nairobi organiser's sheet wrote `saa 3 asubuhi` (09:00, the hours
counted from 06:00) and was told "the word 'saa' is not read in a time: write the time
alone, e.g. 03:00", six hours wrong; `8:00 mchana`, `2 asubuhi` and `3:00 asubuhi` were
refused with no hint, while `4:00 jioni` was 16:00. Swahili time is read and converted; a
time without saa is the clock's hour, as every language's day periods are read; each
refusal says what to write, in 24 hours."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge import swahili_time
from campaign.merge.data import Cell
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.merge.times import _time
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
HEAD = "event_id,language,title,date,time,venue\n"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(tmp_path: Path, kit: Kit, written: str) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    path.write_text(HEAD + f"matembezi,sw,Matembezi,2027-07-30,{written},Uhuru Park\n")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return good, [d.render().replace(f"{path}:", "") for d in errs.items]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # the grammars' tables (swahili_time's sources), in digits and in words
        ("saa 3 asubuhi", "09:00"),
        ("saa tatu asubuhi", "09:00"),
        ("saa moja asubuhi", "07:00"),
        ("saa sita mchana", "12:00"),
        ("saa nane mchana", "14:00"),
        ("saa tisa alasiri", "15:00"),
        ("saa kumi jioni", "16:00"),
        ("saa kumi na mbili jioni", "18:00"),
        ("saa moja usiku", "19:00"),
        ("saa sita usiku", "00:00"),
        ("saa kumi alfajiri", "04:00"),
        ("saa 12 asubuhi", "06:00"),  # Kamusi's: CLDR's asubuhi starts at 07:00
        # the minutes: digits, half and quarter hours, the part of the day after "ya"
        ("saa 3:30 asubuhi", "09:30"),
        ("saa tatu na nusu asubuhi", "09:30"),
        ("saa tatu u nusu asubuhi", "09:30"),
        ("saa nane na robo mchana", "14:15"),
        ("saa 3 kasorobo asubuhi", "08:45"),
        ("saa moja ya asubuhi", "07:00"),
        ("Saa Tatu Asubuhi", "09:00"),
        # a range: the saa of its start its end's too, a start's part of the day its end's
        # (printed as CLDR's sw interval writes two times, thin spaces around the dash)
        ("saa 3-5 asubuhi", "09:00\u2009\u2013\u200911:00"),
        ("saa 3 asubuhi - saa 5 asubuhi", "09:00\u2009\u2013\u200911:00"),
        ("saa 3 - saa 5 asubuhi", "09:00\u2009\u2013\u200911:00"),
        ("saa 2 - saa 4 usiku", "20:00\u2009\u2013\u200922:00"),
        # without saa, the clock's own hour (CLDR's sw day periods): Kenyan print's
        ("4:00 jioni", "16:00"),
        ("10:00 asubuhi", "10:00"),
    ],
)
def test_swahili_time_is_read_as_its_24_hour_time(
    tmp_path: Path, kit: Kit, written: str, shown: str
) -> None:
    (record,), problems = merged(tmp_path, kit, written)
    assert problems == []
    assert record.layer.by_language["sw"]["event_time"].text == shown


@pytest.mark.parametrize(("word", "hour"), sorted(swahili_time.HOUR_WORDS.items()))
def test_each_hour_word_counts_from_six(word: str, hour: int) -> None:
    """moja to kumi na mbili: the daylight's hour six hours on (saa moja asubuhi 07:00), the
    night's eighteen (saa moja usiku 19:00, saa kumi na mbili alfajiri 06:00)."""
    day = (hour + 6) % 24
    night = (hour + 18) % 24
    for part, expected in ((_part(day), day), (_part(night), night)):
        assert swahili_time.clock(f"saa {word} {part}") == (
            time(expected),
            "pm" if expected >= 12 else "am",
        ), (word, part)


def _part(hour: int) -> str:
    """A part of the day whose hours (CLDR's, Kamusi's asubuhi at 06:00) hold `hour`."""
    return swahili_time.part_of_day(hour * 60) or "asubuhi"


@pytest.mark.parametrize(
    ("written", "told"),
    [
        # no part of the day: both readings, in 24 hours (the hint said "e.g. 03:00")
        (
            "saa 3",
            "'saa 3' is Swahili time (saa, the hours counted from 06:00) without its part of "
            "the day: saa 3 is 09:00 or 21:00\n"
            "  hint: write 09:00 or 21:00 (24 h), or the part of the day after the hour: saa 3 "
            "asubuhi (09:00), saa 3 usiku (21:00)",
        ),
        # saa nne is 10:00 or 22:00, neither of jioni: 16:00 is saa kumi jioni; and the
        # Swahili readings' forms
        (
            "saa nne jioni",
            "'saa nne jioni' is Swahili time (saa, the hours counted from 06:00), and neither "
            "of its hours, 10:00 or 22:00, is jioni (16:00 to 20:00)\n"
            "  hint: if 16:00 is meant (the clock's 4 with jioni), write 16:00, or in Swahili "
            "time saa 10 jioni (16:00)\n"
            "  hint: for saa 4 as Swahili time, write 10:00 or 22:00 (24 h), or the part of the "
            "day of either: saa 4 asubuhi (10:00), saa 4 usiku (22:00)",
        ),
        (
            "saa 16:00",
            "'saa 16:00' is Swahili time (saa, the hours counted from 06:00), and Swahili time "
            "counts the hours 1 to 12, not 16\n"
            "  hint: for the 24-hour time, write it alone: 16:00",
        ),
        (
            "saa 3 asubui",
            "'saa 3 asubui' is Swahili time (saa, the hours counted from 06:00), and 'asubui' is "
            "no part of the day (did you mean 'asubuhi'?)\n"
            "  hint: write the part of the day after the hour, one of alasiri, alfajiri, "
            "asubuhi, jioni, mchana, usiku: saa 3 asubuhi (09:00), saa 3 usiku (21:00); or the "
            "time in 24 hours, 09:00 or 21:00",
        ),
        # written without saa: the clock's hour, none of its part of the day; its Swahili
        # reading named (it was refused with no hint at all)
        (
            "8:00 mchana",
            "'8:00 mchana' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, "
            "e.g. 18:00-20:00\n"
            "  hint: as Swahili time, saa 8 mchana (its hours counted from 06:00), it is 14:00: "
            "write 14:00, or saa 8 mchana\n"
            "  hint: CLDR gives 'mchana' the hours 12:00 to 16:00, and 8:00 is within them in "
            "neither half of the day (08:00 or 20:00)",
        ),
        (
            "2 asubuhi",
            "'2 asubuhi' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
            "18:00-20:00\n"
            "  hint: as Swahili time, saa 2 asubuhi (its hours counted from 06:00), it is 08:00: "
            "write 08:00, or saa 2 asubuhi\n"
            "  hint: CLDR gives 'asubuhi' the hours 07:00 to 12:00, and 2:00 is within them in "
            "neither half of the day (02:00 or 14:00)",
        ),
        (
            "3:00 asubuhi",
            "'3:00 asubuhi' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, "
            "e.g. 18:00-20:00\n"
            "  hint: as Swahili time, saa 3 asubuhi (its hours counted from 06:00), it is 09:00: "
            "write 09:00, or saa 3 asubuhi\n"
            "  hint: CLDR gives 'asubuhi' the hours 07:00 to 12:00, and 3:00 is within them in "
            "neither half of the day (03:00 or 15:00)",
        ),
        # saa not first: no example of its digits as a 24-hour time (it said e.g. 03:00)
        (
            "3 saa asubuhi",
            "'3 saa asubuhi' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, "
            "e.g. 18:00-20:00\n"
            "  hint: the word 'saa' is not read in a time: write the time in digits, HH:MM "
            "(24 h)",
        ),
        # a range whose end is no hour of its part of the day: the end named
        (
            "saa 3 - saa 5 jioni",
            "'saa 3 - saa 5 jioni' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. "
            "18:00-20:00\n"
            "  hint: 'saa 5 jioni' is Swahili time (saa, the hours counted from 06:00), and "
            "neither of its hours, 11:00 or 23:00, is jioni (16:00 to 20:00)\n"
            "  hint: if 17:00 is meant (the clock's 5 with jioni), write 17:00, or in Swahili "
            "time saa 11 jioni (17:00)\n"
            "  hint: for saa 5 as Swahili time, write 11:00 or 23:00 (24 h), or the part of the "
            "day of either: saa 5 asubuhi (11:00), saa 5 usiku (23:00)",
        ),
    ],
)
def test_a_swahili_time_not_read_says_what_to_write(
    tmp_path: Path, kit: Kit, written: str, told: str
) -> None:
    good, problems = merged(tmp_path, kit, written)
    assert good == []
    assert problems == [f"2:5: error[merge.value]: row 2, column time (E): {told}"]


def test_the_organisers_sheet(tmp_path: Path, kit: Kit) -> None:
    """The trial's XLSX (openpyxl, as a spreadsheet saves it): saa 3 asubuhi prints 09:00,
    4:00 jioni 16:00; saa 3 and 3:00 asubuhi are refused at their cells, with both readings
    and the Swahili one, never a time 6 hours wrong."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["event_id", "language", "title", "date", "time", "venue"])
    for event, written in (("a", "saa 3 asubuhi"), ("b", "saa 3"), ("c", "3:00 asubuhi")):
        sheet.append([event, "sw", "Matembezi", "2027-07-30", written, "Uhuru Park"])
    sheet.append(["d", "sw", "Matembezi", "2027-07-30", "4:00 jioni", "Uhuru Park"])
    path = tmp_path / "events.xlsx"
    book.save(path)
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    assert {r.id: r.layer.by_language["sw"]["event_time"].text for r in good} == {
        "a": "09:00",
        "d": "16:00",
    }
    told = [(d.code, d.mark.line, d.mark.col, d.hints[0]) for d in errs.items if d.mark]
    assert told == [
        (
            "merge.value",
            3,
            5,
            "write 09:00 or 21:00 (24 h), or the part of the day after the hour: saa 3 asubuhi "
            "(09:00), saa 3 usiku (21:00)",
        ),
        (
            "merge.value",
            4,
            5,
            "as Swahili time, saa 3 asubuhi (its hours counted from 06:00), it is 09:00: write "
            "09:00, or saa 3 asubuhi",
        ),
    ]
    assert "03:00" not in "".join(h for d in errs.items for h in d.hints[:1])


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # any language's day period: the hours CLDR gives it and the 24-hour times (these
        # were refused with no hint)
        ("2 sore", "CLDR gives 'sore' the hours 15:00 to 18:00, and 2:00 is within them in "
         "neither half of the day: write it in 24 hours, 02:00 or 14:00"),
        ("13:30 ከሰዓት", "'13:30 ከሰዓት' has an hour of 24 hours (13) with a day period: write it in "
         "24 hours without the day period, e.g. 13:30"),
    ],
)  # fmt: skip
def test_a_day_period_of_no_half_of_the_day_says_its_hours(written: str, hint: str) -> None:
    told: list[tuple[str, ...]] = []
    hours = _time(Cell(written, 2, "time", 5), lambda _c, *said: told.append(said))
    assert hours is None
    assert [said[1:] for said in told] == [(hint,)]


@pytest.mark.parametrize(
    ("written", "told"),
    [
        # a review and two trials: each hint dropped the minutes, so that following it
        # printed another time (saa 3 asubuhi, 09:00), or was refused (saa 1 alfajiri), or
        # read as another (saa 6 usiku, 00:00)
        (
            "saa 3 na nusu",
            "'saa 3 na nusu' is Swahili time (saa, the hours counted from 06:00) without its "
            "part of the day: saa 3 na nusu is 09:30 or 21:30\n"
            "  hint: write 09:30 or 21:30 (24 h), or the part of the day after the hour: saa 3 "
            "na nusu asubuhi (09:30), saa 3 na nusu usiku (21:30)",
        ),
        (
            "saa 1 kasorobo",
            "'saa 1 kasorobo' is Swahili time (saa, the hours counted from 06:00) without its "
            "part of the day: saa 1 kasorobo is 06:45 or 18:45\n"
            "  hint: write 06:45 or 18:45 (24 h), or the part of the day after the hour: saa 1 "
            "kasorobo alfajiri (06:45), saa 1 kasorobo jioni (18:45)",
        ),
        (
            "saa 6 kasorobo",
            "'saa 6 kasorobo' is Swahili time (saa, the hours counted from 06:00) without its "
            "part of the day: saa 6 kasorobo is 11:45 or 23:45\n"
            "  hint: write 11:45 or 23:45 (24 h), or the part of the day after the hour: saa 6 "
            "kasorobo asubuhi (11:45), saa 6 kasorobo usiku (23:45)",
        ),
        (
            "saa 4 na nusu jioni",
            "'saa 4 na nusu jioni' is Swahili time (saa, the hours counted from 06:00), and "
            "neither of its hours, 10:30 or 22:30, is jioni (16:00 to 20:00)\n"
            "  hint: if 16:30 is meant (the clock's 4:30 with jioni), write 16:30, or in "
            "Swahili time saa 10 na nusu jioni (16:30)\n"
            "  hint: for saa 4 na nusu as Swahili time, write 10:30 or 22:30 (24 h), or the part "
            "of the day of either: saa 4 na nusu asubuhi (10:30), saa 4 na nusu usiku (22:30)",
        ),
        (
            "saa 1:30",
            "'saa 1:30' is Swahili time (saa, the hours counted from 06:00) without its part of "
            "the day: saa 1:30 is 07:30 or 19:30\n"
            "  hint: write 07:30 or 19:30 (24 h), or the part of the day after the hour: saa "
            "1:30 asubuhi (07:30), saa 1:30 usiku (19:30)",
        ),
        # a quarter to 5 with jioni: the clock's 4:45 pm, and its Swahili form
        (
            "saa 5 kasorobo jioni",
            "'saa 5 kasorobo jioni' is Swahili time (saa, the hours counted from 06:00), and "
            "neither of its hours, 10:45 or 22:45, is jioni (16:00 to 20:00)\n"
            "  hint: if 16:45 is meant (the clock's 4:45 with jioni), write 16:45, or in "
            "Swahili time saa 11 kasorobo jioni (16:45)\n"
            "  hint: for saa 5 kasorobo as Swahili time, write 10:45 or 22:45 (24 h), or the "
            "part of the day of either: saa 5 kasorobo asubuhi (10:45), saa 5 kasorobo usiku "
            "(22:45)",
        ),
        # an hour past 12 and a quarter to: its 24-hour time (it had no hint)
        (
            "saa 14 kasorobo",
            "'saa 14 kasorobo' is Swahili time (saa, the hours counted from 06:00), and Swahili "
            "time counts the hours 1 to 12, not 14\n"
            "  hint: for the 24-hour time, write it alone: 13:45",
        ),
    ],
)
def test_a_hint_keeps_the_minutes_written(
    tmp_path: Path, kit: Kit, written: str, told: str
) -> None:
    good, problems = merged(tmp_path, kit, written)
    assert good == []
    assert problems == [f"2:5: error[merge.value]: row 2, column time (E): {told}"]


# a Swahili form a hint suggests, with the 24-hour time it says it is after it
SUGGESTED = re.compile(r"(saa [^,;()]+?) \((\d\d:\d\d)\)")
PARTS = r"\b(?:alfajiri|asubuhi|mchana|alasiri|jioni|usiku)\b"


def _minutes_forms() -> list[str]:
    """A Swahili hour's minutes as they are written: none, in digits, in words."""
    return ["", " kamili", ":00", ":15", ":30", ":45", " na robo", " na nusu", " kasorobo"]


def test_every_hints_swahili_form_is_read_back_as_the_time_it_names() -> None:
    """Over every hour and quarter, without a part of the day and with each (and one not
    known): each Swahili form a refusal's hint suggests (saa ... asubuhi (09:30)) is one
    the kit reads, as that time; and a time written without saa whose Swahili reading a
    hint names (8:30 mchana: it is 14:30, or saa 8:30 mchana) is read as it says."""
    checked = 0
    for hour in range(1, 13):
        for minutes in _minutes_forms():
            for part in ("", *sorted(swahili_time.periods()), "asubui"):
                text = f"saa {hour}{minutes} {part}".strip()
                for hint in (swahili_time.refused(text) or ())[1:]:
                    forms = SUGGESTED.findall(hint)
                    # every form with a part of the day is one with its time after it
                    assert len(re.findall(rf"saa [^,;()]+?{PARTS}", hint)) == len(forms), hint
                    for form, at in forms:
                        read = swahili_time.clock(form)
                        assert read is not None, (text, hint)
                        assert f"{read[0]:%H:%M}" == at, (text, hint)
                        checked += 1
            for part in swahili_time.periods():  # without saa: day_periods' hint
                digits = f"{hour}:{minutes[1:]}" if minutes.startswith(":") else f"{hour}:00"
                for hint in swahili_time.swahili_reading(*map(int, digits.split(":")), part):
                    found = re.fullmatch(r".*it is (\d\d:\d\d): write \1, or (saa .+)", hint)
                    assert found is not None, hint
                    read = swahili_time.clock(found[2])
                    assert read is not None, hint
                    assert f"{read[0]:%H:%M}" == found[1], hint
                    checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # an end in 24 hours is the clock's (it was read as saa 14:00 and refused, naming
        # 'saa 14:00', which was never written; 11:00 as saa 11, refused with no hint)
        ("saa 3 asubuhi - 14:00", "09:00\u2009\u2013\u200914:00"),
        ("saa 3 asubuhi - 11:00", "09:00\u2009\u2013\u200911:00"),
        # the start's saa still its end's where the end alone has the part of the day
        ("saa 3-5 asubuhi", "09:00\u2009\u2013\u200911:00"),
        ("saa 3 - 5:30 asubuhi", "09:00\u2009\u2013\u200911:30"),
        # jioni to 20:00, usiku to 06:00, as the grammars give them (swahili_time's
        # GRAMMAR_HOURS): saa moja jioni, 7 pm, was refused with "write HH:MM"; saa kumi
        # usiku, 04:00, was hinted 22:00
        ("saa 1 jioni", "19:00"),
        ("saa moja na nusu jioni", "19:30"),
        # (saa 10 usiku, 04:00: with a note naming the clock's 22:00, below)
        ("saa kumi na moja usiku", "05:00"),
    ],
)
def test_a_range_and_the_grammars_hours_are_read(
    tmp_path: Path, kit: Kit, written: str, shown: str
) -> None:
    (record,), problems = merged(tmp_path, kit, written)
    assert problems == []
    assert record.layer.by_language["sw"]["event_time"].text == shown


@pytest.mark.parametrize(
    ("written", "told"),
    [
        # an end of an hour alone takes the start's saa: named as written
        (
            "saa 3 asubuhi - 5",
            "'saa 3 asubuhi - 5' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. "
            "18:00-20:00\n"
            "  hint: '5' is read as saa 5, Swahili time (saa, the hours counted from 06:00) "
            "without its part of the day: saa 5 is 11:00 or 23:00\n"
            "  hint: write 11:00 or 23:00 (24 h), or the part of the day after the hour: saa 5 "
            "asubuhi (11:00), saa 5 usiku (23:00)",
        ),
        # a start with no part of the day before an end in 24 hours: the start named
        (
            "saa 3 - 14:00",
            "'saa 3 - 14:00' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. "
            "18:00-20:00\n"
            "  hint: 'saa 3' is Swahili time (saa, the hours counted from 06:00) without its "
            "part of the day: saa 3 is 09:00 or 21:00\n"
            "  hint: write 09:00 or 21:00 (24 h), or the part of the day after the hour: saa 3 "
            "asubuhi (09:00), saa 3 usiku (21:00)",
        ),
        # without saa, the clock's 1 is no hour of jioni: its Swahili reading, 19:00
        (
            "1:00 jioni",
            "'1:00 jioni' is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
            "18:00-20:00\n"
            "  hint: as Swahili time, saa 1 jioni (its hours counted from 06:00), it is 19:00: "
            "write 19:00, or saa 1 jioni\n"
            "  hint: CLDR gives 'jioni' the hours 16:00 to 19:00, and 1:00 is within them in "
            "neither half of the day (01:00 or 13:00)",
        ),
    ],
)
def test_a_swahili_range_not_read_names_what_was_written(
    tmp_path: Path, kit: Kit, written: str, told: str
) -> None:
    good, problems = merged(tmp_path, kit, written)
    assert good == []
    assert problems == [f"2:5: error[merge.value]: row 2, column time (E): {told}"]


@pytest.mark.parametrize(
    ("written", "shown", "told"),
    [
        (
            "9:00 usiku",
            "21:00",
            "'9:00 usiku' is read as 21:00, the clock's hours with usiku; as Swahili time, saa "
            "9:00 usiku (the hours counted from 06:00), it is 03:00\n"
            "  hint: if 03:00 is meant, write 03:00 or saa 9:00 usiku; for 21:00, write 21:00, "
            "which has no other reading",
        ),
        (
            "9:00-11:00 usiku",
            "21:00\u2009\u2013\u200923:00",
            "'9:00-11:00 usiku' is read as 21:00 to 23:00, the clock's hours with usiku; as "
            "Swahili time, saa 9:00 - saa 11:00 usiku (the hours counted from 06:00), it is "
            "03:00 to 05:00\n"
            "  hint: if 03:00 to 05:00 is meant, write 03:00-05:00 or saa 9:00 - saa 11:00 "
            "usiku; for 21:00 to 23:00, write 21:00-23:00, which has no other reading",
        ),
        # a range's end without the start's saa (the start's part of the day its own)
        (
            "saa 1 usiku - 3 usiku",
            "19:00\u2009\u2013\u200903:00",
            "'saa 1 usiku - 3 usiku' is read as 19:00 to 03:00, the clock's hours with usiku; "
            "as Swahili time, saa 1 usiku - saa 3 usiku (the hours counted from 06:00), it is "
            "19:00 to 21:00\n"
            "  hint: if 19:00 to 21:00 is meant, write 19:00-21:00 or saa 1 usiku - saa 3 "
            "usiku; for 19:00 to 03:00, write 19:00-03:00, which has no other reading",
        ),
        # with saa, Swahili time is taken; in the small hours the clock's is named too
        (
            "saa 10 usiku",
            "04:00",
            "'saa 10 usiku' is read as 04:00, Swahili time (the hours counted from 06:00); on "
            "the clock's hours, 10 usiku is 22:00\n"
            "  hint: if 22:00 is meant, write 22:00; for 04:00, write 04:00, which has no "
            "other reading",
        ),
    ],
)
def test_a_time_both_clocks_read_says_which_it_took(
    tmp_path: Path, kit: Kit, written: str, shown: str, told: str
) -> None:
    """9:00 usiku was read as 21:00 without a word: Swahili time reads it as 03:00. The
    clock's reading is taken, as day_periods reads every language's, and a note at the cell
    names the other's form; a time with one reading (4:00 jioni: saa 4 jioni is none) has
    none."""
    (record,), problems = merged(tmp_path, kit, written)
    assert record.layer.by_language["sw"]["event_time"].text == shown
    assert problems == [f"2:5: note[merge.time]: row 2, column time (E): {told}"]
    assert merged(tmp_path, kit, "4:00 jioni")[1] == []
    assert merged(tmp_path, kit, "saa 4 usiku")[1] == []  # 22:00: an evening, as it says
