"""Ranges the merge refused (a review and a trial): a date then a time after a dash was read
as two dates ("'18h30' is not a date"); a numeric range's shortened first half was "not a
date" (29/07 - 30/07/2027, completed as '29/07 2027'), and one that tells its order did not
tell the other half's (29/07 - 02/08/2027); 29-30/07/2027 was no range; the ranges the kit
prints itself with a shortened last half (zh 2027年7月29日 – 30日, ne 2027 जुलाई 29–30), a
first day of 1er or after a weekday, fa's تا and uk's рр. were not read back; 29 to 30 July
2027 was a plain "not a date"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from campaign.diagnostics import Collector
from campaign.kit.load import load_kit
from campaign.merge.events import Record, _format, read_events
from campaign.merge.tables import read_table
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


def merged(
    tmp_path: Path, kit: Kit, row: str, head: str = "event_id,language,title,date,venue"
) -> tuple[list[Record], list[str]]:
    path = tmp_path / "events.csv"
    path.write_text(f"{head}\n{row}\n", encoding="utf-8")
    errs = Collector()
    good = read_events(read_table(path, errs), kit, errs)
    told = [d.render().replace(f"{path}:", "") for d in errs.items]
    return good, [t for t in told if "merge.year" not in t]


@pytest.mark.parametrize(
    ("written", "day", "clock"),
    [
        ("30/07/2027 \u2013 18h30", "30/07/2027", "18h30"),
        ("30 July 2027 - 6pm", "30 July 2027", "6pm"),
        ('"30 July 2027, 6 - 8 pm"', "30 July 2027", "6 - 8 pm"),
    ],
)
def test_a_time_after_a_dash_is_a_time_in_the_date_column(
    tmp_path: Path, kit: Kit, written: str, day: str, clock: str
) -> None:
    good, problems = merged(tmp_path, kit, f"a,en,T,{written},P")
    assert good == []
    shown = written.strip('"')
    assert problems == [
        f"2:4: error[merge.value]: row 2, column date (D): '{shown}' is a date and a time: "
        f"'{clock}' is a time in the date column\n"
        f"  hint: keep the date alone in the date column ({day}) and write the time, {clock}, "
        "in a time column\n"
        "  hint: or name the column 'Date and time' and write the time after the date with a "
        f"space: {day} {clock}"
    ]


def test_the_date_and_time_the_hint_gives_is_read(tmp_path: Path, kit: Kit) -> None:
    """The hint's 'Date and time' cell reads as the date and its start."""
    head = "event_id,language,title,Date and time,venue"
    for cell, start in (("30/07/2027 18h30", "18:30"), ("30 July 2027 6 - 8 pm", "18:00")):
        (record,), problems = merged(tmp_path, kit, f"a,en,T,{cell},P", head)
        assert problems == []
        assert record.day == date(2027, 7, 30)
        assert record.layer.by_language["en"]["event_time"].text.startswith(start)


@pytest.mark.parametrize(
    ("written", "language", "first", "last"),
    [
        ("29/07 - 30/07/2027", "en", date(2027, 7, 29), date(2027, 7, 30)),
        ("7/29 - 7/30/2027", "en", date(2027, 7, 29), date(2027, 7, 30)),
        # 29/07 tells day first: 02/08/2027 is 2 August
        ("29/07 - 02/08/2027", "en", date(2027, 7, 29), date(2027, 8, 2)),
        ("29-30/07/2027", "en", date(2027, 7, 29), date(2027, 7, 30)),
        ("29-30/07/2027", "fr", date(2027, 7, 29), date(2027, 7, 30)),
        ("29-30/07/2027", "es", date(2027, 7, 29), date(2027, 7, 30)),
        ("29-30/07/2027", "pt", date(2027, 7, 29), date(2027, 7, 30)),
        ("30/12 - 02/01/2028", "en", date(2027, 12, 30), date(2028, 1, 2)),  # forward
        # the range words read: en to (from ... to), fr du ... au
        ("29 to 30 July 2027", "en", date(2027, 7, 29), date(2027, 7, 30)),
        ("from 29 July to 2 August 2027", "en", date(2027, 7, 29), date(2027, 8, 2)),
        ('"July 29 to 30, 2027"', "en", date(2027, 7, 29), date(2027, 7, 30)),
        ("du 29 au 30 juillet 2027", "fr", date(2027, 7, 29), date(2027, 7, 30)),
        ("Du 1er au 3 août 2027", "fr", date(2027, 8, 1), date(2027, 8, 3)),
        ("du 29 juillet au 2 août 2027", "fr", date(2027, 7, 29), date(2027, 8, 2)),
        # es del ... al, pt de ... a (a Spanish and a Portuguese office's trial: "not a date")
        ("del 29 al 30 de julio de 2027", "es", date(2027, 7, 29), date(2027, 7, 30)),
        ("Del 29 de julio al 2 de agosto de 2027", "es", date(2027, 7, 29), date(2027, 8, 2)),
        ("29 al 30 de julio de 2027", "es", date(2027, 7, 29), date(2027, 7, 30)),
        ("de 29 a 30 de julho de 2027", "pt", date(2027, 7, 29), date(2027, 7, 30)),
        ("de 29 de julho a 2 de agosto de 2027", "pt", date(2027, 7, 29), date(2027, 8, 2)),
        # the first of the month with its ordinal's ending, as Spanish and Portuguese write
        # it (1º, 1.º, 1ª): "'1º' is not a date" (a review)
        ("del 1º al 3 de agosto de 2027", "es", date(2027, 8, 1), date(2027, 8, 3)),
        ("de 1º a 3 de agosto de 2027", "pt", date(2027, 8, 1), date(2027, 8, 3)),
        ("1.º-3 de agosto de 2027", "es", date(2027, 8, 1), date(2027, 8, 3)),
        (
            "de 30 de dezembro de 2027 a 2 de janeiro de 2028",
            "pt",
            date(2027, 12, 30),
            date(2028, 1, 2),
        ),
        # as the kit prints them, and typed so
        ("2027年7月29日–30日", "zh", date(2027, 7, 29), date(2027, 7, 30)),
        ("2027年12月30日 – 1月2日", "zh", date(2027, 12, 30), date(2028, 1, 2)),
        ("2027 जुलाई 29–30", "ne", date(2027, 7, 29), date(2027, 7, 30)),
        ("2027-07-29 \u2013 30", "en", date(2027, 7, 29), date(2027, 7, 30)),
        ("1er-3 août 2027", "fr", date(2027, 8, 1), date(2027, 8, 3)),
        ("Thu 29-30 July 2027", "en", date(2027, 7, 29), date(2027, 7, 30)),
    ],
)
def test_a_range_is_read(
    tmp_path: Path, kit: Kit, written: str, language: str, first: date, last: date
) -> None:
    (record,), problems = merged(tmp_path, kit, f"a,{language},T,{written},P")
    assert problems == []
    assert (record.day, record.end) == (first, last)


DAYS = [
    (date(2027, 7, 29), date(2027, 7, 30)),  # one month's
    (date(2027, 7, 29), date(2027, 8, 2)),  # two months'
    (date(2027, 12, 30), date(2028, 1, 2)),  # two years'
    (date(2027, 8, 1), date(2027, 8, 3)),  # a month's first day (fr 1er)
]


@pytest.mark.parametrize("days", DAYS, ids=["d", "M", "y", "1st"])
def test_every_range_the_kit_prints_is_read_back(tmp_path: Path, kit: Kit, days: tuple) -> None:
    """Each of the kit's languages' two-day event as its flyer prints it (its digits, its
    strings file's months), in a date cell of a row in that language: the same two days."""
    codes = [code for code in kit.languages if "-" not in code]  # not en-XA, the pseudo-locale
    assert len(codes) == 26
    wrong = []
    for code in codes:
        language = kit.languages[code]
        shown = _format(days, "dates", code, language.digits, language.months)
        good, problems = merged(tmp_path, kit, f'a,{code},T,"{shown}",P')
        if problems or [(r.day, r.end) for r in good] != [days]:
            wrong.append(f"{code} {shown!r}: {problems[:1]}")
    assert wrong == []


def test_a_range_the_us_prints_is_read_back(tmp_path: Path, kit: Kit) -> None:
    head = "event_id,language,title,date,date_region,venue"
    for days in DAYS:
        shown = _format(days, "dates", "en", "latn", (), "US")
        (record,), problems = merged(tmp_path, kit, f'a,en,T,"{shown}",US,P', head)
        assert problems == []
        assert (record.day, record.end) == days


@pytest.mark.parametrize(
    ("written", "language", "hint"),
    [
        ("29 hasta 30 de julio de 2027", "es", "'hasta' is not read in a date: write a range "
         "of days with a dash, e.g. 29-30 de julio de 2027"),
        ("29 até 30 de julho de 2027", "pt", "'até' is not read in a date: write a range of "
         "days with a dash, e.g. 29-30 de julho de 2027"),
    ],
)  # fmt: skip
def test_a_range_word_not_read_is_named(
    tmp_path: Path, kit: Kit, written: str, language: str, hint: str
) -> None:
    good, (problem,) = merged(tmp_path, kit, f"a,{language},T,{written},P")
    assert good == []
    assert problem.startswith(
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is not a date: "
    )
    assert problem.endswith(f"\n  hint: {hint}")


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "29/07 - 02/13/2027",
            "'29/07' is read day first and '02/13/2027' month first: write both halves in one "
            "order, or each as YYYY-MM-DD (e.g. 2027-07-29/2027-08-02)",
        ),
        (
            "29/07 - 08/02/2027",
            "write the first day first: 2027-02-08 \u2013 2027-07-29; an event of one day leaves "
            "its end_date empty",
        ),
    ],
)
def test_a_numeric_range_is_stepped_back_a_year_only_over_a_few_days(
    tmp_path: Path, kit: Kit, written: str, hint: str
) -> None:
    """A first half read after the last was put a year before without a limit: 29/07 -
    02/13/2027, its halves in two orders, printed 29 July 2026 to 13 February 2027 (a
    review). Only a range of a few days (STEP_BACK_DAYS) steps back, 30/12 - 02/01/2028."""
    good, problems = merged(tmp_path, kit, f"a,en,T,{written},P")
    assert good == []
    last = "2027-02-13" if "13" in written else "2027-02-08"
    assert problems == [
        f"2:4: error[merge.value]: row 2, column date (D): the event's last day ({last}) is "
        f"before its first (2027-07-29)\n  hint: {hint}"
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        # the last number was read as a two-digit year: "e.g. 2030-07-29", "e.g. 2007-07-30"
        ("29/07 - 30", "write it with its year, e.g. 29/07/2024 - 30/07/2024"),
        ("29/07-30", "write it with its year, e.g. 29/07/2024 - 30/07/2024"),
        ("7/29 - 30", "write it with its year, e.g. 7/29/2024 - 7/30/2024"),
        ("29-30/07", "write it with its year, e.g. 29-30/07/2024"),
        ("30/12 - 2", "write it with its year, e.g. 30/12/2024 - 2/01/2025"),
        ("05/08 - 09", "write it with its year, e.g. 2024-08-05/2024-08-09 (day first) or "
                       "2024-05-08/2024-05-09 (month first)"),
        # each reading's last day in the month after its first (it ended before it began)
        ("5/6 - 2", "write it with its year, e.g. 2024-06-05/2024-07-02 (day first) or "
                    "2024-05-06/2024-06-02 (month first)"),
        ("12/11 - 3", "write it with its year, e.g. 2024-11-12/2024-12-03 (day first) or "
                      "2024-12-11/2025-01-03 (month first)"),
    ],
)  # fmt: skip
def test_a_range_of_days_without_a_year_is_told_so(
    tmp_path: Path, kit: Kit, written: str, hint: str
) -> None:
    """Its example in the kit's year (materials/campaign.yaml: 2024), never its last day's."""
    good, problems = merged(tmp_path, kit, f"a,en,T,{written},P")
    assert good == []
    assert problems == [
        f"2:4: error[merge.value]: row 2, column date (D): '{written}' is a range of days "
        f"without a year\n  hint: {hint}"
    ]


def test_three_numbers_of_no_month_are_no_date_of_their_last_years(
    tmp_path: Path, kit: Kit
) -> None:
    """29/30 - 31 (three days, no month) is not a date, its example in the kit's year: it
    was "e.g. 2031-07-30", the last number read as a two-digit year (a review)."""
    good, problems = merged(tmp_path, kit, "a,en,T,29/30 - 31,P")
    assert good == []
    assert problems[0].startswith(
        "2:4: error[merge.value]: row 2, column date (D): '29/30 - 31' is not a date: write it "
        "as YYYY-MM-DD, e.g. 2024-07-30\n  hint: also read: 30/07/2024 (day first)"
    ), problems
