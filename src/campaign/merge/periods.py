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


def _period(
    plain: str, codes: tuple[str, ...] = (), region: str = ""
) -> tuple[str, tuple[str, ...], str] | None:
    """What a date cell's text (`plain`, ASCII digits) names when it is a period, not a day
    (a month: 2026-07, 2000-01; a span of years: 2025-2026, 2025/26, 2012-13, where the
    two digits are the year after and no month), the examples of a day in it (the 30th of
    the month, or its last day; 30 July of a span's first year), and the hint of a month
    that is a season's two years too (2011-12: December 2011, as ISO 8601 reads it, or 2011
    to 2012), else ""; None when it is neither. With a slash (2011/12), which is not ISO
    8601's, such a text is read as the row's languages `codes` in its `region` write a
    year's month (`_slashed`). A year of the Buddhist era (2568-2569) is read as one, the
    example in the common era's."""
    span, month = YEAR_SPAN.fullmatch(plain.strip()), YEAR_MONTH.fullmatch(plain.strip())
    if month and _a_year(int(month[1])) and 1 <= int(month[2]) <= 12:
        season = _span(span)
        what, example = _a_month(int(month[1]), int(month[2]))
        if season and "/" in plain:
            return _slashed(plain.strip(), (what, example), season, codes, region)
        also = (
            f"read as a year and its month (ISO 8601's YYYY-MM); were it a season, "
            f"{season[0]} to {season[1]}, it would name no day either"
            if season
            else ""
        )
        return what, (example,), also
    season = _span(span)
    if season:
        return (*_a_season(season), "")
    return None


def _a_season(season: tuple[int, int]) -> tuple[str, tuple[str]]:
    """A span of years as a period names it ("a span of years (2025 to 2026: a season)") and
    the example of a day in it (30 July of its first year, in the common era)."""
    first, last = season
    return f"a span of years ({first} to {last}: a season)", (f"{_common(first)}-07-30",)


# a year's month as the Unicode CLDR writes it (availableFormats, skeleton yM; Babel's
# Locale.datetime_skeletons): year first with a slash in ja, zh, ko, fa and my (y/M,
# y/MM), month first in en (M/y), fr (MM/y), ru (MM.y) and most others. Where a row's
# languages write it year first with a slash, 2011/12 is their December 2011; where they
# write it month first, 2011/12 is no month of theirs but a season (2011 to 2012), as
# English writes one. ISO 8601's hyphen (2011-12) is a month in every language
SLASHED_MONTH = re.compile(r"y+/M+")
MONTH_FIRST = re.compile(r"M+[^yM]*y+")


def _slashed(
    text: str,
    month: tuple[str, str],
    season: tuple[int, int],
    codes: tuple[str, ...],
    region: str,
) -> tuple[str, tuple[str, ...], str]:
    """A year and two digits after a slash that are a month and a season's end too (`text`:
    2011/12): the month (`month`: what and example, `_a_month`) where every one of the
    row's languages `codes` writes a year's month year first with a slash in `region`
    (`year_month`: zh's y/M), the season (`season`'s first and last years) where every one
    writes it month first (en's M/y); else both, with how to write each so that it reads one
    way. The hint says which was read and why."""
    ways = {code: year_month(code, region) for code in codes}
    patterns = sorted({p or "" for p in ways.values()})
    first, last = season
    hyphened = re.sub(r"\s*/\s*", "-", text)  # 2011-12: ISO 8601's month
    names = " and ".join(_english(code, region) for code in codes)
    plural = "s" if len(codes) == 1 else ""
    said = " and ".join(patterns)
    if patterns and all(SLASHED_MONTH.fullmatch(p) for p in patterns):
        return (
            month[0],
            (month[1],),
            f"read as a year and its month, as {names} write{plural} one (CLDR's {said}); "
            f"were it a season, {first} to {last}, it would name no day either",
        )
    what, example = _a_season(season)
    if patterns and all(MONTH_FIRST.fullmatch(p) for p in patterns):
        return (
            what,
            example,
            f"read as a season: {names} write{plural} a year's month month first (CLDR's "
            f"{said}); were it {month[0].removeprefix('a month (')[:-1]}, written {hyphened} "
            "(ISO 8601), it would name no day either",
        )
    # the row's own languages of each reading (a review: the hint named Chinese, Japanese
    # and Korean on a row of none of them)
    told = []
    for how, pattern in (("a year's month so", SLASHED_MONTH), ("it month first", MONTH_FIRST)):
        by = [code for code, p in ways.items() if p and pattern.fullmatch(p)]
        if by:
            shown = " and ".join(sorted({ways[code] or "" for code in by}))
            verb = "writes" if len(by) == 1 else "write"
            told.append(
                f"{' and '.join(_english(c, region) for c in by)} {verb} {how} (CLDR's {shown})"
            )
    why = f": {'; '.join(told)}" if told else ""
    return (
        f"{month[0]} or {what}",
        (month[1], *example),
        f"the row's languages do not tell which{why}; written to read one way, {hyphened} is "
        f"the month (ISO 8601) and {first}-{last} the season",
    )


def year_month(code: str, region: str = "") -> str | None:
    """How language `code` writes a year's month in `region` (CLDR's availableFormats yM of
    its locale there, else of the language's own locale; its direction marks left out: ar's
    M\u200f/y is M/y), or None for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    from .formats import _regional

    try:
        locale = Locale.parse(_regional(code, region) or code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    found = locale.datetime_skeletons.get("yM")
    return re.sub("[\u200e\u200f\u061c]", "", found.pattern) if found is not None else None


def _english(code: str, region: str = "") -> str:
    """Language `code`'s English name in `region` where CLDR has it there (Persian
    (Afghanistan)), else its own (CLDR's), else the code."""
    from ..langnames import language_names
    from .formats import _regional

    names = language_names(_regional(code, region) or code)
    return names[0] if names else code


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
