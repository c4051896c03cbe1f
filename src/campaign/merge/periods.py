"""A period typed in a date cell where a day belongs (`_period`): a span of years (a season,
a school or financial year: 2025-2026, 2025/26) or a year's month (2026-07), named with a
day of it to write; `date_cells` tells it."""

from __future__ import annotations

import calendar
import re

from .written_dates import BUDDHIST_ERA, BUDDHIST_YEARS

# a span of years (a season, a school or financial year: 2025-2026, 2025/26, 2025–2026) and
# a year's month (2026-07, 2026/7): periods typed in a date cell, no day of them named. A
# year and two digits 01 to 12 after a hyphen or a slash is a month, as ISO 8601's YYYY-MM
# reads it (2000-01 is January 2000, not 2000 to 2001); 13 and up, a season's short end
# (2012-13); a range's dash (2000–01) makes a span alone
YEAR_SPAN = re.compile(r"(\d{4})\s*[-\u2010-\u2015/]\s*(\d{4}|\d{2})")
YEAR_MONTH = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})")
SPAN_YEARS = 5  # years a span may run (2025-2030): a longer one is no season


def _period(plain: str) -> tuple[str, str, str] | None:
    """What a date cell's text (`plain`, ASCII digits) names when it is a period, not a day
    (a month: 2026-07, 2000-01; a span of years: 2025-2026, 2025/26, 2012-13, where the
    two digits are the year after and no month), the example of a day in it (the 30th of the
    month, or its last day; 30 July of a span's first year), and the hint of a month that
    is a season's two years too (2011-12: December 2011, as ISO 8601 reads it, or 2011 to
    2012), else ""; None when it is neither. A year of the Buddhist era (2568-2569) is read
    as one, the example in the common era's."""
    span, month = YEAR_SPAN.fullmatch(plain.strip()), YEAR_MONTH.fullmatch(plain.strip())
    if month and _a_year(int(month[1])) and 1 <= int(month[2]) <= 12:
        season = _span(span)
        also = (
            f"read as a year and its month (ISO 8601's YYYY-MM); were it a season, "
            f"{season[0]} to {season[1]}, it would name no day either"
            if season
            else ""
        )
        return (*_a_month(int(month[1]), int(month[2])), also)
    season = _span(span)
    if season:
        first, last = season
        return f"a span of years ({first} to {last}: a season)", f"{_common(first)}-07-30", ""
    return None


def _a_month(y: int, m: int) -> tuple[str, str]:
    """Month `m` of year `y` as a period names it ("a month (July 2026)") and the example of
    a day in it (its 30th, or its last day; in the common era)."""
    day = min(30, calendar.monthrange(_common(y), m)[1])
    return f"a month ({calendar.month_name[m]} {y})", f"{_common(y)}-{m:02d}-{day:02d}"


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    """The first and last years of a YEAR_SPAN match that is a season (its end the year
    after, or up to SPAN_YEARS years after; two digits: the year after's last two), else
    None."""
    if found is None:
        return None
    first, last = int(found[1]), int(found[2])
    if len(found[2]) == 2:
        last = first + 1 if last == (first + 1) % 100 else 0  # 2025-26: 2026
    return (first, last) if _a_year(first) and first < last <= first + SPAN_YEARS else None


def _a_year(year: int) -> bool:
    """Whether `year` is one a date cell gives: 1900 to 2099, or the Buddhist era's."""
    return 1900 <= year <= 2099 or year in BUDDHIST_YEARS


def _common(year: int) -> int:
    """`year` in the common era (a Buddhist era's year less 543)."""
    return year + BUDDHIST_ERA if year in BUDDHIST_YEARS else year
