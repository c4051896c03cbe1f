"""Dates, times and ranges in a contact are no phone numbers (an organiser's trial): "Le
07.30.2026 à 18h" was linked tel:07-30-2026 in the digital PDF, its 0 read as France's trunk
prefix, and dialled tel:+49-7302-026 in a German row; "09.00-17.00" was tel:09-00-17-00; and
a date beside a number, "05.08.2026 01 43 29 44 40", made one run of 18 digits that linked
nothing. `iri.not_numbers` finds them by their shape, and every place that finds numbers in
a contact leaves them out: the PDF's links (`target_spans`, `printed_target`), a merged
row's checks and dials (`numbers_in`, `check_phone`, `national_dials`), the placeholder
check of numbers kept for fiction (`contacts._fiction`) and a link cell's number."""

from __future__ import annotations

import datetime
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from campaign.contacts import placeholder
from campaign.iri import is_not_number, not_numbers, printed_target, target_spans
from campaign.merge.phone_numbers import check_phone, national_dials, numbers_in

COUNTRIES = ("FR", "DE", "GB", "US", "RU", "")


def found(text: str) -> list[str]:
    return [text[a:b] for a, b in not_numbers(text)]


@pytest.mark.parametrize(
    ("text", "shapes"),
    [
        ("Le 07.30.2026 à 18h", ["07.30.2026", "18h"]),  # m.d.y, and a French hour
        ("Date: 05/08/2026", ["05/08/2026"]),
        ("30-07-2026", ["30-07-2026"]),
        ("2026-07-30", ["2026-07-30"]),  # ISO 8601, y-M-d
        ("30.07.26", ["30.07.26"]),  # a two-digit year
        ("30. 7. 2026.", ["30. 7. 2026"]),  # Czech, Slovak: a full stop and a space
        ("30\u200f/7\u200f/2026", ["30\u200f/7\u200f/2026"]),  # Arabic's marks
        ("07 30 2026", ["07 30 2026"]),  # Yoruba's spaces
        ("09:00-17:00", ["09:00-17:00"]),  # a time range, one span
        ("Mo-Fr 09.00 - 17.00 Uhr", ["09.00 - 17.00"]),
        ("9h30", ["9h30"]),
        ("18h00-20h00", ["18h00-20h00"]),
        ("18 h 30 01 43 29 44 40", ["18 h 30"]),  # Canadian French: its minutes no number's
        ("24h/24, 7j/7", ["24h"]),
        ("2025-2026", ["2025-2026"]),
        ("2025 – 2026", ["2025 – 2026"]),  # an en dash
        ("2025/26", ["2025/26"]),
        ("30.07.2026-31.07.2026", ["30.07.2026-31.07.2026"]),  # a range of days
        ("٠٥/٠٨/٢٠٢٦", ["٠٥/٠٨/٢٠٢٦"]),  # Arabic-Indic digits
        ("٠٩:٠٠-١٧:٠٠", ["٠٩:٠٠-١٧:٠٠"]),
        ("٢٠٢٥-٢٠٢٦", ["٢٠٢٥-٢٠٢٦"]),
        ("०७.३०.२०२६ ०१ ४३ २९ ४४ ४०", ["०७.३०.२०२६"]),  # Devanagari
        ("٠١٤٣-١٢-٠٥", []),  # a year beginning with 0, in any digits: none
        # no date: a field out of its range, a year beginning with 0, years going back
        ("13.13.2026", []),
        ("00.12.2026", []),
        ("05.08.0143", []),
        ("2026-2025", []),
        ("1850-1860", []),  # years outside 1900-2099: no range of this campaign's
        ("12.30", []),  # alone, a price as much as a time: and no number either
        ("0900-1700", []),  # Dutch 0900 numbers have eight digits: the number's shape
        # phone numbers: the same separator and digits go on, or a country code before
        ("01.43.29.44.40", []),
        ("01 02 03 04 05", []),
        ("01-12-20-26-40", []),
        ("03-2025-2026", []),  # Japan's 2-4-4
        ("030 12 05 2026", []),  # Berlin's 030: a group before, after the same space
        ("+49 30 12 05 2026", []),
        ("(030) 12 12 2026", []),  # the group before in brackets: Berlin's (030)
        ("(Mo) 12 12 2026", ["12 12 2026"]),  # a word in brackets is no group of digits
        ("+852 2012-2018", []),
        # Brazil's numbers, 4-4 digits: an area group and a space or bracket before
        ("+55 11 2025-2026", []),
        ("+55 (11) 2019-2020", []),
        ("011 2025-2026", []),
        ("Tel: 0 11 2020-2021", []),
        ("Call 0800 2025-2026", []),
        # a range still, after a date, a time or a whole number (E.164: 15 digits at most)
        ("05.08.2026 2025-2026", ["05.08.2026", "2025-2026"]),
        ("09:00 2025-2026", ["09:00", "2025-2026"]),
        ("01 43 29 44 40 2025-2026", ["2025-2026"]),
        ("2024-2025 2025-2026", ["2024-2025", "2025-2026"]),  # two ranges, no number
        ("05.08.2026 11 2025-2026", ["05.08.2026"]),  # the date, then a number
        ("+33 1 43 29 44 40", []),
        ("030 1234567", []),
        ("(202) 456-1111", []),
        ("020 7946 0123", []),
    ],
)
def test_dates_times_and_ranges_are_found_by_their_shape(text: str, shapes: list[str]) -> None:
    assert found(text) == shapes


def test_a_number_after_its_area_code_in_brackets_is_linked_whole() -> None:
    """(030) 12 12 2026 was a date after a stray (030): its digits were masked, and the
    PDF linked nothing."""
    text = "Tel. (030) 12 12 2026"
    assert [text[a:b] for a, b in target_spans(text)] == ["(030) 12 12 2026"]
    assert printed_target("(030) 12 12 2026") == "tel:030-12-12-2026"
    assert numbers_in(text, "DE") == ["(030) 12 12 2026"]


def test_what_a_date_leaves_is_read_as_a_number_alone() -> None:
    """A date, a time or a range beside a number is cut from its run of digits: the number
    is a span of the PDF's links by itself, the date none."""
    text = "Le 05.08.2026 01 43 29 44 40, 09:00 01 43 29 44 41, 2025-2026 +33 1 43 29 44 42"
    assert [text[a:b] for a, b in target_spans(text)] == [
        "01 43 29 44 40",
        "01 43 29 44 41",  # not "00 01 43 29 44 41", the time's minutes first
        "+33 1 43 29 44 42",
    ]
    # an address keeps its date (a web page's path), an e-mail address its digits
    text = "example.org/2026-07-30/walk, ana.2026@example.org, 30.07.2026"
    assert [text[a:b] for a, b in target_spans(text)] == [
        "example.org/2026-07-30/walk",
        "ana.2026@example.org",
    ]


@pytest.mark.parametrize(
    "typed", ["07.30.2026", "07 30 2026", "09.00-17.00", "09.00 - 17.00", "05.08.26", "2025-2026"]
)
def test_a_date_is_never_linked_checked_or_dialled(typed: str) -> None:
    assert printed_target(typed) is None
    assert printed_target(typed, {"07302026": "tel:+49-7302-026"}) is None
    for country in COUNTRIES:
        assert numbers_in(f"Le {typed} à 18h", country) == []
        assert check_phone(typed, country) is None
        assert national_dials([typed], country) == {}


FR_DIALS = {"0143294440": "tel:+33-1-43-29-44-40"}


@pytest.mark.parametrize(
    ("text", "country", "numbers", "dials", "links"),
    [
        ("Le 07.30.2026 à 18h, 09:00-17:00, 01.43.29.44.40", "FR", ["01.43.29.44.40"],
         FR_DIALS, ["tel:+33-1-43-29-44-40"]),
        ("30.07.2026, 09.00-17.00 Uhr: 030 1234567", "DE", ["030 1234567"],
         {"0301234567": "tel:+49-30-1234567"}, ["tel:+49-30-1234567"]),
        ("05/08/2026 (202) 456-1111", "US", ["(202) 456-1111"],
         {"2024561111": "tel:+1-202-456-1111"}, ["tel:+1-202-456-1111"]),
        ("05.08.2026 01 43 29 44 40", "FR", ["01 43 29 44 40"], FR_DIALS,
         ["tel:+33-1-43-29-44-40"]),
        ("2025-2026 +33 1 43 29 44 40", "FR", ["+33 1 43 29 44 40"], {},
         ["tel:+33-1-43-29-44-40"]),  # international: its own
        ("Le 07.30.2026, 09.00-17.00, 01 43 29 44 40", "", ["01 43 29 44 40"], {},
         ["tel:01-43-29-44-40"]),  # no country: linked as typed, as before
    ],
)  # fmt: skip
def test_the_number_beside_a_date_is_read_and_dialled(
    text: str, country: str, numbers: list[str], dials: dict[str, str], links: list[str]
) -> None:
    assert numbers_in(text, country) == numbers
    assert national_dials([text], country) == dials
    targets = [printed_target(text[a:b], dials) for a, b in target_spans(text)]
    assert targets == links


def test_a_number_kept_for_fiction_beside_a_date_is_found() -> None:
    """Ofcom's drama number after a date was one run with it, and passed (`_fiction`)."""
    why = "a number Ofcom keeps for TV and radio drama"
    assert placeholder("helpline", "30.07.2026 020 7946 0123", country="GB") == why
    assert placeholder("helpline", "2025-2026 07700 900123", country="GB") == why
    assert placeholder("helpline", "09:00 020 7946 0123", country="GB") == why
    assert placeholder("helpline", "30.07.2026", country="GB") is None


# A date in each of CLDR's numeric shapes (`iri._DATE`): its order, its separator, a day and
# a month of one digit or two, a year of two digits or four
ORDERS = ("dMy", "Mdy", "yMd")
SEPARATORS = ("/", "-", ".", ". ", "\u200f/", " ")


@st.composite
def dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)))
    order = draw(st.sampled_from(ORDERS))
    sep = draw(st.sampled_from(SEPARATORS))
    pad = draw(st.booleans())
    short = order != "yMd" and draw(st.booleans())
    fields = {
        "d": f"{day.day:02d}" if pad else str(day.day),
        "M": f"{day.month:02d}" if pad else str(day.month),
        "y": f"{day.year % 100:02d}" if short else str(day.year),
    }
    return sep.join(fields[f] for f in order)


@given(date=dates(), country=st.sampled_from(COUNTRIES))
def test_a_generated_date_is_never_a_number(date: str, country: str) -> None:
    assert is_not_number(date)
    assert printed_target(date) is None
    assert check_phone(date, country) is None
    text = f"Le {date} à 18h, 09:00-17:00, 01 43 29 44 40"
    assert numbers_in(text, country) == ["01 43 29 44 40"]


@st.composite
def hours(draw: st.DrawFn) -> str:
    """A time range as CLDR's patterns write one (HH:mm, H.mm, HH'h'mm), or a range of years."""
    start, end = (draw(st.times()) for _ in range(2))
    form = draw(st.sampled_from(("{:%H:%M}", "{:%H.%M}", "{:%H}h{:%M}", "{:%H}h")))
    dash = draw(st.sampled_from(("-", " - ", "\u2013", " \u2013 ")))
    if draw(st.booleans()):
        year = draw(st.integers(1900, 2098))
        later = draw(st.integers(year + 1, 2099))
        short = later // 100 == year // 100 and draw(st.booleans())  # 2025/26, not 1999/00
        return f"{year}{dash}{f'{later % 100:02d}' if short else later}"
    return dash.join(form.format(t, t) for t in (start, end))


@given(span=hours(), country=st.sampled_from(COUNTRIES))
def test_a_generated_time_or_year_range_is_never_a_number(span: str, country: str) -> None:
    assert is_not_number(span)
    assert check_phone(span, country) is None
    assert numbers_in(f"{span} 01 43 29 44 40", country) == ["01 43 29 44 40"]


@given(
    pairs=st.lists(st.integers(0, 99), min_size=4, max_size=4),
    first=st.integers(1, 9),
    sep=st.sampled_from((" ", ".", "-")),
)
def test_a_french_number_in_pairs_is_never_a_date(pairs: list[int], first: int, sep: str) -> None:
    number = sep.join([f"0{first}", *(f"{p:02d}" for p in pairs)])
    assert not_numbers(number) == []
    assert numbers_in(number, "FR") == [number]


# Brazil's numbers as its offices print them: 4-4 digits after the area code (11, São
# Paulo's), with + and the country code or the trunk prefix 0, or a free call's 0800
AREA_GROUPS = ("+55 11 ", "+55 (11) ", "011 ", "0 11 ", "(011) ", "0800 ")


@st.composite
def year_ranges(draw: st.DrawFn) -> str:
    """A range of years of four digits each, written as a Brazilian number's last groups."""
    year = draw(st.integers(1900, 2098))
    later = draw(st.integers(year + 1, 2099))
    return f"{year}-{later}"


@given(area=st.sampled_from(AREA_GROUPS), years=year_ranges())
def test_a_number_whose_last_groups_look_like_years_is_a_number(area: str, years: str) -> None:
    """An area group and a space or bracket before a range of years: the number's groups
    (+55 11 2025-2026), linked and read whole, not a range after a stray 11."""
    number = area + years
    text = f"Ligue {number}."
    assert not_numbers(text) == []
    assert [text[a:b] for a, b in target_spans(text)] == [number]
    assert (printed_target(number) or "").startswith("tel:")
    assert numbers_in(text, "BR") == [number]


def test_a_long_text_of_ranges_is_read_in_linear_time() -> None:
    """Each range looks back over its run of digits no further than 15 digits (E.164) or
    the range before it: a look back to the text's start for each was quadratic (these
    20,000: nearly 2 minutes)."""
    started = time.process_time()  # this process's CPU: other work on the machine is not counted
    assert len(not_numbers("2025-2026 " * 20_000)) == 20_000
    # one run of digits: a number's last groups (11 2025-2026), then a range too far into
    # the run (20 digits with its own, more than any number's), and again
    assert len(not_numbers("11 2025-2026 " * 20_000)) == 10_000
    # linear: well under a second of CPU here; quadratic, about 2 minutes: the bound tells
    # them apart however busy the machine is
    assert time.process_time() - started < 10.0
    assert found("1 " * 20_000 + "011 2025-2026") == ["2025-2026"]  # no number is so long
    assert not_numbers("Ligue: 011 2025-2026, " * 5_000) == []


@given(
    before=st.sampled_from(("05.08.2026", "30/07/2026", "09:00", "9h30", "01 43 29 44 40")),
    years=year_ranges(),
)
def test_a_range_of_years_after_a_date_a_time_or_a_number_is_a_range(
    before: str, years: str
) -> None:
    """What comes before it is no area group: a date, a time (themselves no number) or a
    number of 10 digits, which with 8 more would be longer than any (E.164: 15)."""
    text = f"{before} {years}"
    assert found(text)[-1] == years
    assert is_not_number(years)
    assert numbers_in(text, "FR") == ([before] if before == "01 43 29 44 40" else [])
