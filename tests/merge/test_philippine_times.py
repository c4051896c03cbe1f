"""Times as a Manila organiser's sheet writes them (a trial: office `manila`, country PH):
the Philippines' NN (noon) after 12 as AM and PM are written (12NN, 9AM-12NN, 12:00 N.N.,
which was "a time still to be confirmed", N.N. taken for German and Dutch's name to be
given), English's noon after 12:00 (12:00 noon, 9:00 AM-12:00 noon: "the word 'noon' is not
read", though the README reads 12 noon), and Filipino's parts of the day as its speakers
use them, with alas before the hour (alas-2 ng hapon was told "e.g. 02:00", the other half
of the day; 9:00 ng umaga and 1:00-4:00 ng hapon were refused by CLDR fil's hours, which
put ng umaga at 00:00 to 06:00 and end ng hapon at 16:00)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from babel.dates import format_time

from campaign.diagnostics import Collector
from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.layout.document import TextItem
from campaign.merge.data import Cell
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.merge.times import Hours, _time
from campaign.model import Kit
from campaign.pipeline.compose import compose_document

ROOT = Path(__file__).resolve().parents[2]
HEAD = "event_id,language,title,date,time,venue,date_region\n"
NOT_A_TIME = "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def _read(written: str) -> tuple[Hours | None, list[tuple[str, ...]]]:
    told: list[tuple[str, ...]] = []
    hours = _time(Cell(written, 2, "time", 5), lambda _c, *said: told.append(said))
    return hours, told


def merged(tmp_path: Path, kit: Kit, rows: list[tuple[str, str]]) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    body = "".join(
        f'e{n},{code},T,2027-07-30,"{written}",P,PH\n' for n, (code, written) in enumerate(rows)
    )
    path.write_text(HEAD + body, encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    said = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [s for s in said if "draft translation" not in s]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        # NN after 12 or 12:00, as AM and PM are written: the trial's rows
        ("12NN", time(12), None),
        ("9AM-12NN", time(9), time(12)),
        ("12:00 NN", time(12), None),
        ("8:00AM-12NN", time(8), time(12)),
        ("9AM - 12NN", time(9), time(12)),
        ("9:00 A.M. - 12:00 N.N.", time(9), time(12)),  # N.N. is no stand-in here
        ("12:00 N.N.", time(12), None),
        ("12 nn", time(12), None),
        ("12NN-3PM", time(12), time(15)),
        ("9-12NN", time(9), time(12)),  # the start in noon's morning
        ("12NN to 3PM", time(12), time(15)),  # range_words' to after NN
        ("from 9AM to 12NN", time(9), time(12)),
        # noon and midnight after 12 or 12:00, as the README's 12 noon implies
        ("12:00 noon", time(12), None),
        ("9:00 AM-12:00 noon", time(9), time(12)),
        ("12 noon - 3 PM", time(12), time(15)),
        ("12:00 noon - 3:00 P.M.", time(12), time(15)),
        ("12 midnight", time(0), None),
        ("12:00 midnight", time(0), None),  # was told "e.g. 12:00", noon
        ("10 pm - 12:00 midnight", time(22), time(0)),
    ],
)
def test_noon_written_after_12_is_read(written: str, start: time, end: time | None) -> None:
    assert _read(written) == ((start, end), [])


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("alas-2 ng hapon", time(14), None),  # was "e.g. 02:00": the other half of the day
        ("Alas 2 ng hapon", time(14), None),
        ("alas-9 ng umaga", time(9), None),
        ("ala-1 ng hapon", time(13), None),
        ("9:00 ng umaga", time(9), None),  # CLDR fil: ng umaga is 00:00 to 06:00
        ("9:00 ng umaga - 12:00 ng tanghali", time(9), time(12)),
        ("1:00-4:00 ng hapon", time(13), time(16)),  # CLDR fil: ng hapon ends at 16:00
        ("2:00 - 6:00 ng hapon", time(14), time(18)),
        ("12:30 ng tanghali", time(12, 30), None),
        ("8:00 ng gabi", time(20), None),
        ("6:00 ng gabi", time(18), None),
        ("9:00-12:00 ng gabi", time(21), time(0)),  # gabi's 12 is midnight: the start 21:00
        ("2:00 ng madaling-araw", time(2), None),  # CLDR fil: madaling-araw is 06:00 to 12:00
        ("1:00-3:00 ng madaling-araw", time(1), time(3)),
        ("alas-9 - alas-11 ng umaga", time(9), time(11)),
        # the parts of the day's abbreviations, with and without dots and spaces
        ("9:00 n.u.", time(9), None),
        ("10:30 N.U.", time(10, 30), None),
        ("9:00 nu", time(9), None),
        ("2 n.h.", time(14), None),
        ("2:00 NH", time(14), None),
        ("12 n.t.", time(12), None),
        ("8 n.g.", time(20), None),
        ("8 ng.", time(20), None),
        ("9 n.u. hanggang 12 NN", time(9), time(12)),
        # the Philippines' N (noon) and MN (midnight) after 12 or 12:00, as NN
        ("12:00 N", time(12), None),
        ("9AM-12N", time(9), time(12)),
        ("12:00 MN", time(0), None),
        ("12MN", time(0), None),
        ("10PM-12MN", time(22), time(0)),
        ("9:00 PM - 12:00 M.N.", time(21), time(0)),
        # the Spanish-derived hours after alas, in Filipino's and Spanish's spellings
        ("alas-tres ng hapon", time(15), None),
        ("alas-diyes ng umaga", time(10), None),
        ("ala-una ng hapon", time(13), None),
        ("Alas Kwatro ng hapon", time(16), None),
        ("alas-siyete ng gabi", time(19), None),
        ("alas cinco ng hapon", time(17), None),
        ("alas-dose ng tanghali", time(12), None),
        ("alas-tres y medya ng hapon", time(15, 30), None),
        # mula (simula) ... hanggang, from ... to
        ("mula 9:00 hanggang 12:00 ng tanghali", time(9), time(12)),
        ("mula alas-nuwebe hanggang alas-dose ng tanghali", time(9), time(12)),
        ("Mula 1:00 hanggang 4:00 ng hapon", time(13), time(16)),
        ("simula alas-10 ng gabi hanggang alas-5 ng umaga", time(22), time(5)),
        ("9:00 hanggang 11:00 n.u.", time(9), time(11)),
        ("3 hapon", time(15), None),  # CLDR's stand-alone word alone
        ("4 nang hapon", time(16), None),  # nang, as CLDR's newer data writes it
    ],
)
def test_filipino_parts_of_the_day_are_read_as_said(
    written: str, start: time, end: time | None
) -> None:
    assert _read(written) == ((start, end), [])


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # NN and noon are read after 12 or 12:00 alone
        ("12:30 NN", "'NN' (noon) is read after 12 or 12:00 alone (12 NN, 12:00 NN): write the "
                     "time in 24 hours, 12:30"),
        ("1:00 NN", "'NN' (noon) is read after 12 or 12:00 alone (12 NN, 12:00 NN): write the "
                    "time in 24 hours, 01:00 or 13:00"),
        ("11 noon", "'noon' (noon) is read after 12 or 12:00 alone (12 noon, 12:00 noon): write "
                    "the time in 24 hours, 11:00 or 23:00"),
        ("NN", "the word 'NN' is not read in a time: write the time in digits, HH:MM (24 h)"),
        ("1:00 MN", "'MN' (midnight) is read after 12 or 12:00 alone (12 MN, 12:00 MN): write "
                    "the time in 24 hours, 01:00 or 13:00"),
        ("8 ng", "the word 'ng' is not read in a time: write the time in 24 hours, 08:00 or "
                 "20:00"),  # n.g. (ng gabi) is read with a dot: ng is a word
        ("alas-dos", "'alas-dos' says no half of the day: write it in 24 hours, 02:00 or 14:00, "
                     "or with its part of the day, e.g. alas-dos ng umaga, alas-dos ng hapon"),
        # an hour after alas says no half of the day: both, never one
        ("alas-2 ng tanghalian", "the words 'ng', 'tanghalian' are not read in a time: write "
                                 "the time in 24 hours, 02:00 or 14:00"),  # lunch: not read
        ("alas-2", "'alas-2' says no half of the day: write it in 24 hours, 02:00 or 14:00, or "
                   "with its part of the day, e.g. alas-2 ng umaga, alas-2 ng hapon"),
        ("5:00 ng gabi", "Filipino gives 'ng gabi' the hours 18:00 to 01:00, and 5:00 is within "
                         "them in neither half of the day: write it in 24 hours, 05:00 or 17:00"),
        ("9:00 madaling-araw", "Filipino gives 'madaling-araw' the hours 00:00 to 06:00, and "
                               "9:00 is within them in neither half of the day: write it in 24 "
                               "hours, 09:00 or 21:00"),
        ("1:00 ng tanghali", "Filipino gives 'ng tanghali' the hours 12:00 to 13:00, and 1:00 is "
                             "within them in neither half of the day: write it in 24 hours, "
                             "01:00 or 13:00"),
    ],
)  # fmt: skip
def test_a_time_still_refused_names_what_to_write(written: str, hint: str) -> None:
    assert _read(written) == (None, [(f"'{written}' {NOT_A_TIME}", hint)])


@pytest.mark.parametrize("written", ["19:30 N.N.", "14:00 (N.N.)"])
def test_n_n_after_another_time_is_still_a_name_to_be_given(written: str) -> None:
    """German and Dutch N.N. (stand_ins) still stands in where the clock does not read it."""
    assert _read(written) == (
        None,
        [
            (
                f"'{written}' is a time still to be confirmed",
                "leave the time empty until it is known (the flyer shows the date alone), then "
                "write it and merge again",
            )
        ],
    )


@pytest.mark.parametrize(
    ("written", "word", "before", "morning", "night"),
    [
        ("9-12 ng umaga", "ng umaga", "9-12", "09:00-12:00", "21:00-00:00"),
        ("9:30-12:00 n.u.", "n.u.", "9:30-12:00", "09:30-12:00", "21:30-00:00"),
        ("mula alas-nuwebe hanggang alas-dose ng umaga", "ng umaga",
         "mula alas-nuwebe hanggang alas-dose", "09:00-12:00", "21:00-00:00"),
    ],
)  # fmt: skip
def test_a_range_ending_12_ng_umaga_is_told_in_its_words(
    written: str, word: str, before: str, morning: str, night: str
) -> None:
    """ng umaga is the half of the day from midnight: its 12 is midnight, and speakers say
    noon 12 ng tanghali (it was told "12 am is midnight", and "10:00-12:00" for any start)."""
    assert _read(written) == (
        None,
        [
            (
                f"'{written}' ends at 12 {word}, midnight: '{word}' is the half of the day from "
                "midnight to noon, and noon is 12 ng tanghali",
                f"for a morning until noon, write {before} ng tanghali or {morning}; for a night "
                f"until midnight, {night}",
            )
        ],
    )
    assert _read(f"{before} ng tanghali")[0] == (time.fromisoformat(morning[:5]), time(12))


def test_cldr_fil_names_its_mornings_the_other_way_round() -> None:
    """What filipino_time reads in CLDR fil's place (Babel's data): 09:00 is "madaling-araw"
    (the small hours) and 16:00 "ng gabi". If a Babel update changes this, read CLDR's new
    names and rules again before keeping filipino_time's."""
    assert format_time(time(9), "h:mm B", locale="fil") == "9:00 madaling-araw"
    assert format_time(time(3), "h:mm B", locale="fil") == "3:00 ng umaga"
    assert format_time(time(16), "h:mm B", locale="fil") == "4:00 ng gabi"


# the trial's rows, on a PH row: each prints in the 12-hour clock CLDR gives tl and en there
PRINTED = [
    ("tl", "12NN", "12:00\u202fPM"),
    ("tl", "9AM-12NN", "9:00\u202fAM\u2009\u2013\u200912:00\u202fPM"),
    ("tl", "9:00 A.M. - 12:00 N.N.", "9:00\u202fAM\u2009\u2013\u200912:00\u202fPM"),
    ("tl", "12:00 noon - 3:00 P.M.", "12:00\u20133:00\u202fPM"),
    ("tl", "alas-2 ng hapon", "2:00\u202fPM"),
    ("tl", "9:00 ng umaga - 12:00 ng tanghali", "9:00\u202fAM\u2009\u2013\u200912:00\u202fPM"),
    ("tl", "1:00-4:00 ng hapon", "1:00\u20134:00\u202fPM"),
    ("en", "12:00 noon", "12:00\u202fPM"),
    ("en", "9:00 AM-12:00 noon", "9:00\u202fAM\u2009\u2013\u200912:00\u202fPM"),
    ("en", "12 noon - 3 PM", "12:00\u2009\u2013\u20093:00\u202fPM"),  # CLDR en's spaced dash
    ("en", "9AM - 12NN", "9:00\u202fAM\u2009\u2013\u200912:00\u202fPM"),
]


def test_the_trials_rows_print_their_times(tmp_path: Path, kit: Kit) -> None:
    good, problems = merged(tmp_path, kit, [(code, written) for code, written, _ in PRINTED])
    assert problems == []
    shown = [(c, r.layer.by_language[c]["event_time"].text) for r in good for c in r.languages]
    assert shown == [(code, printed) for code, _, printed in PRINTED]


def test_the_tl_flyer_draws_the_time(tmp_path: Path, kit: Kit, fonts: FontBook) -> None:
    """The drawn time slot of the A5 flyer of a tl row written 9AM-12NN."""
    (record,), problems = merged(tmp_path, kit, [("tl", "9AM-12NN")])
    assert problems == []
    laid = compose_document(
        kit, fonts, kit.layouts["event-flyer-a5"], kit.languages["tl"], record=record
    )
    printed = [
        "".join(line.actual_text() for line in item.text.lines)
        for item in laid.composed.page.items
        if isinstance(item, TextItem) and item.slot == "time"
    ]
    assert printed == ["9:00\u202fAM\u2009\u2013\u200912:00\u202fPM"]


def test_a_range_after_alas_without_its_part_of_the_day_names_both() -> None:
    """An end at 12 is given noon's and midnight's words, not ng umaga's (midnight)."""
    written = "mula alas-nuwebe hanggang alas-dose"
    assert _read(written) == (
        None,
        [
            (
                f"'{written}' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. "
                "18:00-20:00",
                f"'{written}' says no half of the day: write it in 24 hours, 09:00-12:00 to "
                "midday, 21:00-00:00 to midnight, or with the part of the day after its end, "
                f"e.g. {written} ng tanghali, {written} ng gabi",
            )
        ],
    )
    assert _read("alas-2 - alas-4")[1][0][1].endswith(
        "e.g. alas-2 - alas-4 ng umaga, alas-2 - alas-4 ng hapon"
    )


def test_madaling_araw_is_quoted_as_written() -> None:
    """The hint quoted 'madaling araw', its hyphen lost (the reader's own spelling)."""
    hint = _read("1:00-9:00 ng madaling-araw")[1][0][1]
    assert hint.startswith("Filipino gives 'ng madaling-araw' the hours 00:00 to 06:00")
