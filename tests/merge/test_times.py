"""Times as Korean, Japanese and Chinese sheets write them (오후 1:00, 13時30分, 午後1時),
and times printed without CLDR's Latin AM and PM in a language of another script (a Khmer
flyer printed "២:០០ PM": a regional office's trial)."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.fonts import FontBook
from campaign.kit.load import load_kit
from campaign.layout.document import TextItem
from campaign.merge.events import Record, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit
from campaign.pipeline.compose import compose_document

ROOT = Path(__file__).resolve().parents[2]
HEAD = "event_id,language,title,date,time,venue\n"


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(tmp_path: Path, kit: Kit, body: str) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    path.write_text(HEAD + body, encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    return good, [d.render().replace(f"{path}:", "") for d in errs.items]


def _hours(record: Record) -> tuple[time, time | None]:
    shown = record.layer.by_language["en"]["event_time"].text
    start, _, end = shown.partition("\u2013")
    return time.fromisoformat(start), time.fromisoformat(end) if end else None


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        # CLDR ko's short time "a h:mm" and its day periods 오전 and 오후
        ("오후 1:00", time(13), None),
        ("오전 9:30", time(9, 30), None),
        ("오후 12:30", time(12, 30), None),  # noon's half hour, as 12:30 pm
        ("오후 1시 30분", time(13, 30), None),  # CLDR ko's full time, a h시 m분
        ("1시 반", time(1, 30), None),  # 반: the half hour
        ("오후 1:00-3:00", time(13), time(15)),  # the day period is the range's
        ("오후 1:00~오후 3:00", time(13), time(15)),
        # CLDR ja's full time H時mm分 and its day periods 午前 and 午後
        ("13時", time(13), None),
        ("13時30分", time(13, 30), None),
        ("13時半", time(13, 30), None),
        ("午後1時", time(13), None),
        ("午前0時", time(0), None),
        ("13時-15時", time(13), time(15)),
        # zh's 下午 (CLDR's) and 点
        ("下午3点", time(15), None),
    ],
)
def test_cjk_times_are_read(
    tmp_path: Path, kit: Kit, written: str, start: time, end: time | None
) -> None:
    """Korean 오후 1:00 and Japanese 13時, 13時30分, 午後1時 were "not a time"."""
    (record,), problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert problems == []
    assert _hours(record) == (start, end)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        # the Armenian full stop for the colon, as Armenian typing writes it (U+0589)
        ("18\u058900", time(18), None),
        ("18\u058900-20\u058930", time(18), time(20, 30)),
        ("6\u058930 pm", time(18, 30), None),
        # a Chinese or Japanese input method's fullwidth colon
        ("18\uff1a30", time(18, 30), None),
        # CLDR's time separator of the Extended Arabic-Indic digits (ur_IN's)
        ("\u06f1\u06f8\u066b\u06f3\u06f0", time(18, 30), None),
    ],
)
def test_a_time_typed_with_another_colon_is_read(
    tmp_path: Path, kit: Kit, written: str, start: time, end: time | None
) -> None:
    """18։00 (Armenian), 18：30 and ۱۸٫۳۰ were "not a time"."""
    (record,), problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert problems == []
    assert _hours(record) == (start, end)


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("18\u0589", ""),
        ("18\u0589\u058900", ""),
        ("18\u058961", "\n  hint: 61 is no minute of an hour (00 to 59)"),
    ],
)
def test_a_time_with_another_colon_that_is_none_is_named(
    tmp_path: Path, kit: Kit, written: str, hint: str
) -> None:
    good, problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert good == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write it "
        "as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00" + hint
    ]


@pytest.mark.parametrize("written", ["25時", "오후 13:00", "午後13時", "13時61分"])
def test_cjk_times_that_are_none_are_named(tmp_path: Path, kit: Kit, written: str) -> None:
    good, problems = merged(tmp_path, kit, f"a,en,T,2027-07-30,{written},P\n")
    assert good == []
    assert problems == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write it "
        "as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00"
    ]


@pytest.mark.parametrize(
    ("code", "clock", "shown"),
    [
        # CLDR's day periods of km, bn, hi and ur are Latin AM and PM alone: 24 hours
        ("km", None, "១៤:០០ \u2013 ១៦:៣០"),
        ("bn", None, "১৪:০০\u2013১৬:৩০"),
        ("hi", None, "14:00\u201316:30"),
        ("ur", None, "۱۴:۰۰\u2013۱۶:۳۰"),
        ("km", 12, "២:០០ \u2013 ៤:៣០ PM"),  # a strings file's clock: 12, CLDR's
        # a day period in the language's script is CLDR's, as before
        ("am", None, "2:00 \u2013 4:30 ከሰዓት"),
        ("ar", None, "٢:٠٠\u2013٤:٣٠ م"),
    ],
)
def test_a_time_has_no_latin_day_period_in_another_script(
    tmp_path: Path, kit: Kit, fonts: FontBook, code: str, clock: int | None, shown: str
) -> None:
    """The drawn time of the flyer: Khmer's was "២:០០ PM" (Khmer digits, CLDR km's Latin
    PM; Babel's km has no day period in Khmer script)."""
    kit = replace(kit, languages={**kit.languages, code: replace(kit.languages[code], clock=clock)})
    (record,), problems = merged(tmp_path, kit, f"a,{code},T,2027-07-30,14:00-16:30,P\n")
    assert [p for p in problems if "draft translation" not in p] == []
    laid = compose_document(
        kit, fonts, kit.layouts["event-flyer-a5"], kit.languages[code], record=record
    )
    printed = [
        "".join(line.actual_text() for line in item.text.lines)
        for item in laid.composed.page.items
        if isinstance(item, TextItem) and item.slot == "time"
    ]
    assert printed == [shown]


def test_unsourced_times_have_no_cldr_data_of_their_own() -> None:
    """Haitian Creole's times are printed as CLDR root's (formats.UNSOURCED_TIMES): Babel's
    ht has no time formats, day periods or date-time joins of its own. If a Babel update
    gives it some, this fails: read them and their source, and drop ht from the set."""
    import pickle

    import babel

    from campaign.merge.formats import UNSOURCED_TIMES

    def own(code: str) -> set[str]:  # the locale's own data file (Babel's load() caches merged)
        path = Path(babel.__file__).parent / "locale-data" / f"{code}.dat"
        with path.open("rb") as data:
            return set(pickle.load(data))  # noqa: S301 - Babel's own data

    assert UNSOURCED_TIMES == {"ht"}
    for code in UNSOURCED_TIMES:
        assert not own(code) & {"time_formats", "day_periods", "datetime_formats"}, code
    # French, which cldr-json's ht inherits, has them: the check can see them
    assert {"time_formats", "day_periods"} <= own("fr")


@pytest.mark.parametrize(
    ("written", "shown"),
    [("18:30-20:00", "18:30\u201320:00"), ("6:30 PM", "18:30"), ("18h30", "18:30")],
)
def test_a_haitian_rows_time_prints_as_cldr_roots_24_hours(
    tmp_path: Path, kit: Kit, written: str, shown: str
) -> None:
    """No source gives Haitian Creole's written hours: its row's time prints on 24 hours,
    as CLDR's root writes a time, whatever clock it was typed in."""
    (record,), problems = merged(tmp_path, kit, f"a,ht,T,2027-07-30,{written},P\n")
    assert [p for p in problems if "draft translation" not in p] == []
    assert record.layer.by_language["ht"]["event_time"].text == shown


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("8è di maten", ["  hint: the words 'è', 'di', 'maten' are not read in a time: write "
                         "the time in 24 hours, 08:00 or 20:00"]),
        # no digit: no time to suggest, the words named still
        ("uitè dimaten", ["  hint: the words 'uitè', 'dimaten' are not read in a time: "
                          "write the time in digits, HH:MM (24 h)"]),
    ],
)  # fmt: skip
def test_haitian_spoken_hours_are_not_read(
    tmp_path: Path, kit: Kit, written: str, hint: list[str]
) -> None:
    """Learners' pages write Haitian hours as words (uitè dimaten: 8 in the morning); no
    source gives them written on a notice, and the merge reads none of them: refused."""
    records, problems = merged(tmp_path, kit, f"a,ht,T,2027-07-30,{written},P\n")
    assert records == []
    assert [p for p in problems if "draft translation" not in p] == [
        "\n".join(
            [
                f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: "
                "write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00",
                *hint,
            ]
        )
    ]


@pytest.mark.parametrize(
    ("language", "written", "words"),
    [
        # the Ethiopian clock's 2 in the morning (an organiser's trial): no reading is
        # given, the hours of that clock being none of the day's 24
        ("am", "ከጠዋቱ 2 ሰዓት", "the words 'ከጠዋቱ', 'ሰዓት' are"),
        ("th", "บ่ายโมง", "the word 'บ่ายโมง' is"),  # one word, its tone mark in it
        # บ่าย is CLDR th's afternoon, read: not named
        ("th", "บ่าย 2 โมง", "the word 'โมง' is"),
        ("th", "ประมาณ 13.00 น.", "the word 'ประมาณ' is"),  # about 13.00 น.: น. read
        ("en", "later", "the word 'later' is"),  # no digit: the word named still
    ],
)
def test_a_times_words_not_read_are_named_in_every_script(
    tmp_path: Path, kit: Kit, language: str, written: str, words: str
) -> None:
    """An organiser's trial: 'foo' in an English time was named, but Amharic's ከጠዋቱ 2 ሰዓት
    and Thai's บ่ายโมง were only "not a time". Each word the kit does not read is named, in
    any script, with what to write and no reading of it."""
    good, problems = merged(tmp_path, kit, f"a,{language},T,2027-07-30,{written},P\n")
    assert good == []
    assert [p for p in problems if "draft translation" not in p] == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' is not a time: write it "
        "as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00\n"
        f"  hint: {words} not read in a time: write the time in digits, HH:MM (24 h)"
    ]


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        ("18h3O", "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
         "18:00-20:00", "'O' is a letter, not the digit 0: did you mean 18h30?"),
        ("2O:00", "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
         "18:00-20:00", "'O' is a letter, not the digit 0: did you mean 20:00?"),
        ("1l:3O", "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
         "18:00-20:00", "'l' and 'O' are letters, not the digits 1 and 0: did you mean 11:30?"),
        ("18h3O-20h", "is not a time range: write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00",
         "'O' is a letter, not the digit 0: did you mean 18h30-20h?"),
        ("18h30 - 2Oh", "is not a time range: write it as HH:MM-HH:MM (24 h), e.g. "
         "18:00-20:00", "'O' is a letter, not the digit 0: did you mean 18h30 - 20h?"),
        # a review: letters beside letters typed for digits (OO), a range's, an am's
        ("2O:OO", "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
         "18:00-20:00", "'O' is a letter, not the digit 0: did you mean 20:00?"),
        ("18:30-2O:OO", "is not a time range: write it as HH:MM-HH:MM (24 h), e.g. "
         "18:00-20:00", "'O' is a letter, not the digit 0: did you mean 18:30-20:00?"),
        ("10:OO am", "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
         "18:00-20:00", "'O' is a letter, not the digit 0: did you mean 10:00 am?"),
        # another word too, German's Uhr, read after a time (range_words.UNITS)
        ("18:3O Uhr", "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
         "18:00-20:00", "'O' is a letter, not the digit 0: did you mean 18:30 Uhr?"),
        ("18:3O ish", "is not a time: write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. "
         "18:00-20:00", "the word 'ish' is not read in a time: write the time alone, e.g. "
         "18:30"),
    ],
)  # fmt: skip
def test_a_letter_typed_for_a_digit_is_named_with_the_time_meant(
    tmp_path: Path, kit: Kit, written: str, message: str, hint: str
) -> None:
    """A Moroccan organiser's trial: 18h3O (a letter O for the zero) was told "the word 'O'
    is not read in a time: write the range with a dash, e.g. 18:00-03:00", a nine-hour night
    the organiser would have printed. The letter is named, and the time it would be."""
    good, problems = merged(tmp_path, kit, f"a,fr,T,2027-07-30,{written},P\n")
    assert good == []
    assert [p for p in problems if "draft translation" not in p] == [
        f"2:5: error[merge.value]: row 2, column time (E): '{written}' {message}\n  hint: {hint}"
    ]


@pytest.mark.parametrize("written", ["1OO", "O8:00 Oh"])
def test_letters_that_make_no_time_as_digits_are_not_read_as_digits(
    tmp_path: Path, kit: Kit, written: str
) -> None:
    """1OO as 100 is no time either: no time is offered for it."""
    good, problems = merged(tmp_path, kit, f"a,fr,T,2027-07-30,{written},P\n")
    assert good == []
    assert "did you mean" not in "".join(problems), problems
