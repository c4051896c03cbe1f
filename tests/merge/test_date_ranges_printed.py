"""A range of days printed as the day alone is. A Somali row printed `Agosto 2, 2027` for one
day and `29 Luulyo – 02 Agosto 2027` for two, Amharic `2 ኦገስት 2027` and `ጁላይ 29 – ኦገስት 2፣
2027`, Georgian a day of two digits (02 აგვისტო), a Thai row in the US `ค.ศ.` alone: the
interval is CLDR's where it writes the long date's fields, in its order and width, and the
two long dates joined by CLDR's fallback otherwise."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from campaign.kit.load import load_kit
from campaign.merge.events import _format
from campaign.merge.written_dates import _date_words
from campaign.model import Kit

ROOT = Path(__file__).resolve().parents[2]
THIN = "\u2009\u2013\u2009"  # CLDR's en_GB interval: a thin space each side of the dash
NB = "\u00a0"  # a day and the word after it kept on one line (date_ranges._bound)


@pytest.fixture(scope="module")
def kit() -> Kit:
    return load_kit(ROOT)


# the languages' one-day and multi-day dates side by side: the interval CLDR writes where it
# agrees with the long date, else the two long dates joined by CLDR's fallback ("{0} – {1}")
@pytest.mark.parametrize(
    ("code", "region", "one", "two"),
    [
        # so's long date "MMMM d, y", its interval "dd MMM – dd MMM y": 29 Luulyo – 02 Agosto
        ("so", "", "Agosto 2, 2027", f"Luulyo 29, 2027{THIN}Agosto 2, 2027"),
        # ka's interval padded the day (02 აგვისტო); its order is the long date's
        ("ka", "", "2 აგვისტო, 2027", f"29{NB}ივლისი – 2{NB}აგვისტო 2027"),
        # am's interval put the month first (ጁላይ 29 – ኦገስት 2፣ 2027)
        ("am", "", "2 ኦገስት 2027", f"29{NB}ጁላይ 2027 – 2{NB}ኦገስት 2027"),
        # ti's interval put the day first (29 ሓምለ – 1 ነሓሰ 2027)
        ("ti", "ER", "ነሓሰ 2, 2027", "ሓምለ 29, 2027 – ነሓሰ 2, 2027"),
        # th in the US writes the era, ค.ศ.; its interval wrote none
        (
            "th",
            "US",
            "2 สิงหาคม ค.ศ. 2027",
            f"29{NB}กรกฎาคม ค.ศ. 2027 – 2{NB}สิงหาคม ค.ศ. 2027",
        ),
        # CLDR's interval where it agrees
        ("en", "", "2 August 2027", f"29{NB}July{THIN}2{NB}August 2027"),
        ("en", "US", "August 2, 2027", f"July 29{THIN}August 2, 2027"),
        ("tl", "", "Agosto 2, 2027", f"Hulyo 29{THIN}Agosto 2, 2027"),
        ("ne", "", "2027 अगस्ट 2", f"2027{NB}जुलाई 29{THIN}अगस्ट 2"),
    ],
)
def test_a_range_is_written_as_the_day_alone_is(code: str, region: str, one: str, two: str) -> None:
    assert _format(date(2027, 8, 2), "date", code, "latn", (), region) == one
    assert _format((date(2027, 7, 29), date(2027, 8, 2)), "dates", code, "latn", (), region) == two


YEARS = {"рр": "р"}
DASH = re.compile(r"\s*[\u2013\u2014\uff5e~]\s*|\s+\u062a\u0627\s+")  # fa's "{0} تا {1}"


@pytest.mark.parametrize("region", ["", "US", "ER", "KE", "CA", "IN"], ids=lambda r: r or "own")
@pytest.mark.parametrize(
    "last", [date(2027, 7, 30), date(2027, 8, 2), date(2028, 1, 2)], ids=["d", "M", "y"]
)
def test_each_half_writes_its_day_as_the_long_date_does(kit: Kit, region: str, last: date) -> None:
    """Each language's (and in a region, its) range of days, one month's, two months' and
    two years': each half's numbers and words are its day's long date's, in its order, a
    day as wide (2, not 02), what the range shares left out."""
    first = date(2027, 7, 29)
    wrong = []
    for code in ("ti", *kit.languages):
        both = _format((first, last), "dates", code, "latn", (), region)
        halves = DASH.split(both)
        for half, day in zip(halves, (first, last), strict=True):
            long = iter(_date_words(_format(day, "date", code, "latn", (), region)))
            # uk's range of two years writes рр. (роки), the plural of its date's р.
            words = [YEARS.get(w, w) for w in _date_words(half)]
            if not all(word in long for word in words):
                wrong.append(f"{code} {region}: {both!r}")
    assert wrong == []
