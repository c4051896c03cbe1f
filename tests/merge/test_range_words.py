"""A time range written with words (merge.range_words): CLDR's between its times, fa's تا and
zh's 至, and "from ... to", Russian с 15:00 до 17:00 (a trial: "not a time") and Ukrainian
з 09.00 до 17.00."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import pytest

from campaign.kit.load import load_kit
from campaign.merge.range_words import BETWEEN_WORDS
from campaign.model import Kit

from .test_times import _hours, merged

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("с 15:00 до 17:00", time(15), time(17)),  # the trial's ca.csv, row 5
        ("С 15:00 до 17:00", time(15), time(17)),
        ("с 9.30 до 11.00", time(9, 30), time(11)),
        ("з 09.00 до 17.00", time(9), time(17)),
        ("18:30 تا 20:00", time(18, 30), time(20)),  # CLDR fa's, as the kit prints it
        ("下午6:30至8:30", time(18, 30), time(20, 30)),  # CLDR zh's hm interval
        ("18:30至20:00", time(18, 30), time(20)),
        # English to, and from ... to (an organiser's trial: "6pm to 8pm" was refused, and
        # its hint's example dropped the pm)
        ("6pm to 8pm", time(18), time(20)),
        ("9am to 5pm", time(9), time(17)),
        ("10am to 1pm", time(10), time(13)),
        ("6 p.m. to 8 p.m.", time(18), time(20)),
        ("from 6pm to 8pm", time(18), time(20)),
        ("From 9:30 to 11:00", time(9, 30), time(11)),
        ("18:00 to 20:00", time(18), time(20)),
        ("2 to 4 pm", time(14), time(16)),
        ("noon to 2pm", time(12), time(14)),
    ],
)
def test_a_range_written_with_words_is_read(
    tmp_path: Path, kit: Kit, written: str, start: time, end: time
) -> None:
    (record,), problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert problems == []
    assert _hours(record) == (start, end)


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("с 15:00", "write the time alone, e.g. 15:00"),
        # an end alone: the example keeps it an end (it had no hint)
        ("до 17:00", "write its start too, with a dash, e.g. HH:MM-17:00"),
        ("tot 16 uur", "write its start too, with a dash, e.g. HH:MM-16:00"),
    ],
)
def test_half_a_from_to_is_not_a_range(tmp_path: Path, kit: Kit, written: str, hint: str) -> None:
    """A start or an end alone, or another word, is named, as it was, with its digits'
    time to write."""
    records, problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert records == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write "
        f"it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n  hint: {hint}"
    ]


def test_cldrs_words_between_a_ranges_times_are_read(kit: Kit) -> None:
    """Each word (no dash) CLDR's hm and Hm interval formats write between two times in the
    kit's languages (Babel's Locale.interval_formats) is in BETWEEN_WORDS, and each of
    BETWEEN_WORDS is one."""
    from babel import Locale, UnknownLocaleError

    found = set()
    for code in kit.languages:
        try:
            formats = Locale.parse(code.replace("-", "_")).interval_formats
        except UnknownLocaleError:  # en-XA, the pseudo-locale
            continue
        # the range of two times of a half of the day (a) and of two hours (H): its
        # first half is the start's pattern and the words after it
        for skeleton, field in (("hm", "a"), ("Hm", "H")):
            first, second = (formats.get(skeleton) or {})[field]
            assert first.startswith(second)
            joint = re.sub(r"[-\u2010-\u2015\s]", "", first[len(second) :])
            if joint:
                found.add(joint)
    assert found == set(BETWEEN_WORDS)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        # Spanish de ... a, de las ... a las, desde ... hasta and a alone (the Latin America
        # office's trial: each was "not a time"); the RAE's "de 9:00 a 11:00 h"
        ("de 18:00 a 20:00", time(18), time(20)),
        ("De las 18:00 a las 20:00", time(18), time(20)),
        ("desde las 18:00 hasta las 20:00", time(18), time(20)),
        ("18:00 a 20:00", time(18), time(20)),
        ("de 9:00 a 11:00 h", time(9), time(11)),
        ("de 18 a 20 h", time(18), time(20)),  # the h is the start's too: not 6 pm
        ("18:00 a 20:00 hrs", time(18), time(20)),
        ("7 a 9 p. m.", time(19), time(21)),
        ("desde las 18:00", time(18), None),  # a start alone
        # Portuguese das ... às, de ... a, às alone, Cegalla's "das 7 às 11 horas"
        ("das 14h às 16h", time(14), time(16)),
        ("18h às 20h", time(18), time(20)),
        ("18:00 às 20:00", time(18), time(20)),
        ("das 7 às 11 horas", time(7), time(11)),
        ("de 7 a 11 horas", time(7), time(11)),
        ("a partir das 18h", time(18), None),
        ("às 18h", time(18), None),  # at 18h: a start alone
        ("a las 18:00", time(18), None),
        ("A la 1 p. m.", time(13), None),
        ("à 18 h", time(18), None),
        # French de ... à
        ("de 18 h à 20 h", time(18), time(20)),
        ("de 18 h 30 à 20 h", time(18, 30), time(20)),
        ("18 h à 20 h", time(18), time(20)),
        # a Dakar office's Google Form (its trial: each was "not a time"): a capital H, the
        # minutes' mn or min, and French's "from" before a start alone
        ("18H30", time(18, 30), None),
        ("18 H 30", time(18, 30), None),
        ("18h30mn", time(18, 30), None),
        ("18 h 30 min", time(18, 30), None),
        ("à partir de 18 h 30", time(18, 30), None),
        ("À partir de 18H30", time(18, 30), None),
        ("dès 18 h", time(18), None),
        ("18h30mn à 20h30mn", time(18, 30), time(20, 30)),
        ("de 18H30 à 20H", time(18, 30), time(20)),
        # the hour's symbol after a time, and what Argentina and Chile write for it
        ("19:00 hs", time(19), None),
        ("19:00 hrs.", time(19), None),
        ("18:00 h", time(18), None),
        ("19.00 h", time(19), None),
        ("19 HS", time(19), None),
    ],
)
def test_spanish_portuguese_and_french_ranges_and_hours_are_read(
    tmp_path: Path, kit: Kit, written: str, start: time, end: time | None
) -> None:
    """Read on any row, as the Russian words are (the time is read before the language)."""
    (record,), problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert problems == []
    assert _hours(record) == (start, end)


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "18:00 till 20:00",
            "the word 'till' is not read in a time: write the range with a dash, e.g. 18:00-20:00",
        ),
        (
            "с 15:00 по 17:00",
            "the word 'по' is not read in a time: write the range with a dash, e.g. 15:00-17:00",
        ),
        (
            "soti 8:00 rive 10:00",
            "the words 'soti', 'rive' are not read in a time: write the range with a dash, "
            "e.g. 08:00-10:00",
        ),
        ("vers 18h", "the word 'vers' is not read in a time: write the time alone, e.g. 18:00"),
        # the example keeps a time's am or pm (an organiser's trial: "6pm till 8pm" said
        # e.g. 06:00-08:00, and typed so, the flyer printed 06:00)
        (
            "6pm till 8pm",
            "the word 'till' is not read in a time: write the range with a dash, e.g. 18:00-20:00",
        ),
        (
            "11 till 1 pm",
            "the word 'till' is not read in a time: write the range with a dash, e.g. 11:00-13:00",
        ),
        (
            "12am till 2am",
            "the word 'till' is not read in a time: write the range with a dash, e.g. 00:00-02:00",
        ),
    ],
)
def test_a_word_not_read_in_a_time_is_named(
    tmp_path: Path, kit: Kit, written: str, hint: str
) -> None:
    """The trial's refusals said "not a time" and nothing of the one word that was not
    read."""
    records, problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert records == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write "
        f"it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n  hint: {hint}"
    ]


def test_a_dashed_range_beside_a_word_not_read_is_told_to_be_written_in_digits(
    tmp_path: Path, kit: Kit
) -> None:
    """A dash already joins the two times: the hint said "write the range with a dash" of
    it too."""
    records, problems = merged(tmp_path, kit, "a,en,T,2027-07-30,6pm - 8pm tonight,P\n")
    assert records == []
    assert problems == [
        "2:5: error[merge.value]: row 2, column time (E): '6pm - 8pm tonight' is not a time "
        "range: write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00\n  hint: the word 'tonight' "
        "is not read in a time: write the range in digits, 24 h, e.g. 18:00-20:00"
    ]


@pytest.mark.parametrize(
    "written", ["a 20:00", "18:00 a", "18:00 a la tarde", "18:00 a 25:00", "6pm to", "to 8pm"]
)
def test_a_alone_is_no_range(tmp_path: Path, kit: Kit, written: str) -> None:
    """The Spanish a (and Portuguese às) is a range's only between two times."""
    records, problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert records == []
    assert len(problems) == 1
    assert f"'{written}' is not a time" in problems[0]


def test_every_word_a_time_is_read_with_has_its_source() -> None:
    """The words of FROM_TO, STARTS, BETWEEN_TIMES (WORDS) and UNITS are WORD_SOURCES' keys,
    each with its language and source: a word added without one, or a source left after
    its word was removed, fails here."""
    from campaign.merge.range_words import UNITS, WORD_SOURCES, WORDS

    assert set(WORD_SOURCES) == set(WORDS) | set(UNITS)
    assert all(": " in source for source in WORD_SOURCES.values())  # its language, its source


# Each language's words as the sources write them before or between hours (WORD_SOURCES),
# read on a row of that language
SOURCED = {
    "ru": [("с 5:00 до 11:00", time(5), time(11))],  # Omelchenko's "с 5 часов ... до 11"
    "uk": [("з 9:00 до 12:00", time(9), time(12))],  # nung.edu.ua: "з 9 до 12 години"
    "es": [
        ("de 9:00 a 11:00 h", time(9), time(11)),  # the RAE's
        ("de 10 a 14 horas", time(10), time(14)),  # El País, gramaticaespanola.com's
        ("desde las 7:00 hasta las 10:00", time(7), time(10)),  # de Miguel's
        ("a las 5 h", time(5), None),  # Fundéu RD's
        ("16:00 hs.", time(16), None),  # the RAE's, as incorrect
        ("16:00 hrs.", time(16), None),
    ],
    "pt": [
        ("das 7 às 11 horas", time(7), time(11)),  # Cegalla's
        ("de 7 a 11 horas", time(7), time(11)),
        ("das 14h às 16h", time(14), time(16)),  # Correio Braziliense's
        ("das 9h30 às 11h30", time(9, 30), time(11, 30)),  # Paulo Hernandes'
        ("a partir das 2 horas", time(2), None),  # Cegalla's
        ("às 18h", time(18), None),
        ("à 1h", time(1), None),  # Mundo Educação's
        ("16h até 19h", time(16), time(19)),  # Érico Guimarães' "até às 19h"
    ],
    "fr": [
        ("dès 16 h", time(16), None),  # the OQLF's "La tempête a débuté dès 16 h"
        ("à 8 h", time(8), None),  # Bescherelle's
        ("de 15 h 30 à 20 h 15", time(15, 30), time(20, 15)),  # Le participe's
        ("8 h 25 min", time(8, 25), None),  # Bescherelle's
        ("à partir de 18 h", time(18), None),
    ],
}


@pytest.mark.parametrize(
    ("language", "written", "start", "end"),
    [(code, *case) for code, cases in SOURCED.items() for case in cases],
)
def test_a_languages_sourced_time_words_are_read(
    tmp_path: Path, kit: Kit, language: str, written: str, start: time, end: time | None
) -> None:
    (record,), problems = merged(tmp_path, kit, f"a,{language},T,2027-07-30,{written},P\n")
    assert [p for p in problems if "draft translation" not in p] == []
    shown = record.layer.by_language[language]["event_time"].text  # 15:30 – 20:15, 05:00—11:00
    assert [time.fromisoformat(t.zfill(5)) for t in re.findall(r"\d{1,2}:\d{2}", shown)] == [
        t for t in (start, end) if t is not None
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("19:00 hr", "write the time alone, e.g. 19:00"),
        ("19 hr", "write the time alone, e.g. 19:00"),
    ],
)
def test_hr_has_no_source_and_is_not_read(
    tmp_path: Path, kit: Kit, written: str, hint: str
) -> None:
    """hr was read as hs and hrs are (19:00 hr): no source writes it after an hour, and the
    reader reads no word without one; it is named, with what to write."""
    records, problems = merged(tmp_path, kit, f"a,es,T,2027-07-30,{written},P\n")
    assert records == []
    assert [p for p in problems if "draft translation" not in p] == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write "
        "it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n"
        f"  hint: the word 'hr' is not read in a time: {hint}"
    ]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("\u0780\u07a6\u0788\u07a9\u0783\u07aa 4:00 - 6:00", "the word 'ހަވީރު' is"),  # Dhivehi
        ("மாலை 4.00 - 6.00 மணி", "the words 'மாலை', 'மணி' are"),  # Tamil
    ],
)
def test_a_time_ranges_word_not_read_is_named_and_its_afternoon_kept(
    tmp_path: Path, kit: Kit, written: str, said: str
) -> None:
    """A range already joined by a dash was told "write the range with a dash, e.g.
    04:00-06:00", its word not named: typed so, an afternoon's event printed at 4 AM."""
    good, problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert good == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time range: "
        "write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00\n"
        f"  hint: {said} not read in a time: write the range in digits, HH:MM-HH:MM (24 h): "
        "16:00-18:00 in the afternoon or the evening, 04:00-06:00 in the morning"
    ]


@pytest.mark.parametrize(
    ("written", "readings"),
    [
        ("11:00 - 1:00", "11:00-13:00 over midday, 23:00-01:00 over midnight"),
        ("10.00 - 12.00", "10:00-12:00 to midday, 22:00-00:00 to midnight"),  # was "over"
        ("12:00 - 2:00", "12:00-14:00 from midday, 00:00-02:00 from midnight"),
        ("12:30 - 1:30", "12:30-13:30 from midday, 00:30-01:30 from midnight"),
        ("4:30 - 4:45", "16:30-16:45 in the afternoon or the evening, 04:30-04:45 in the morning"),
    ],
)
def test_a_dashed_ranges_readings_each_run_forward(
    tmp_path: Path, kit: Kit, written: str, readings: str
) -> None:
    """Each half of the day had 12 added: `ހަވީރު 11:00 - 1:00` was told 23:00-13:00, a range
    that ends before it starts, and 12:00 - 2:00 "12:00-02:00 in the morning" (a review)."""
    cell = f"\u0780\u07a6\u0788\u07a9\u0783\u07aa {written}"
    good, problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{cell},P\n")
    assert good == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{cell}' is not a time range: "
        "write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00\n"
        "  hint: the word 'ހަވީރު' is not read in a time: write the range in digits, "
        f"HH:MM-HH:MM (24 h): {readings}"
    ]
