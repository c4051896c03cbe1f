"""The order a sheet writes numeric dates in (day, month or year first): each language's
CLDR short date's order (`numeric_orders`, `numeric_order`, `languages_order`), the order a
sheet's dates show (`sheet_dates`, `date_order`: a day over 12 tells it), and a row's date
read in another order than its language's (`_other_order`).
"""

from __future__ import annotations

import functools
import pickle
import re
from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from ..diagnostics import Collector
from ..model import Kit
from .column_names import date_and_time_header, event_column, header_languages
from .columns import row_cells
from .data import Cell, Table
from .fields import _ascii_digits, _name, _text
from .languages import LANGUAGE_LIST, NAME_LIST, language_codes, language_fold
from .written_dates import BUDDHIST_YEARS, SHORT_DATE, date_parts

# A date with its parts in a locale's order, as a spreadsheet writes a date cell into a CSV:
# 30/07/2026 (day first), 07/30/2026 (month first), 30.07.2026, 30-07-2026.
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
# A date as Chinese and Japanese (2027年7月30日) and Korean (2027년 7월 30일) write it: year,
# month and day, each followed by its character (CLDR's long date of zh, ja and ko)
CJK_DATE = re.compile(r"\s*(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*")


class SheetDates(NamedTuple):
    """What a table tells of how its numeric dates are written (`sheet_dates`)."""

    # "dmy" when some date can only be day first (30/07/2026), "mdy" when some can only be
    # month first (07/30/2026), "mixed" when some are each, None when none tells
    order: str | None
    # a Thai sheet: a header in Thai letters (สถานที่), or a row in Thai (language th)
    thai: bool = False
    # a date cell holding a year of the Buddhist era (BUDDHIST_YEARS: 30/7/2569, a Thai
    # Excel's date cell of 2569), as Thai Excel writes every date of a sheet
    buddhist: bool = False
    # the languages of its header (header_languages: Vietnamese Ngày, Indonesian Tanggal),
    # those every such header is in where there are some (tempat and Tanggal: id)
    languages: tuple[str, ...] = ()
    # the year most of its dates give (a date cell's, a year of four digits 1900 to 2099 in a
    # date's text; the later of two as common), None when none gives one: the year of the
    # examples in a date error's message and hint, rather than the kit's (a 2024 kit's
    # example on a sheet of 2026 dates: an organiser's trial)
    year: int | None = None
    # whether a row names its country (a date_region cell, or the office's: Table.region),
    # and the first row's date cell that has a text (`events.month_first_dates`' place)
    regioned: bool = False
    first: Cell | None = None
    # the first date cell that can only be day first (30/07/2026), and the first that can
    # only be month first (07/30/2026): what tells `order` (merge.column_order names it)
    day_first: Cell | None = None
    month_first: Cell | None = None

    @property
    def convention(self) -> str | None:
        """The order the table's numeric dates are read in: the one its dates tell, else,
        where none tells, day first on a Thai sheet or one with a Buddhist era's year (Thai
        writes day, month, year: CLDR th's every date pattern, its short d/M/yy too), else
        the order of its header's languages (`numeric_order`: one they all write), else
        None (05/07/2026 is 5 July or 7 May: refused, unless the row's language tells:
        `_record`)."""
        return self.order or self.said_order

    def told_by(self, order: str) -> Cell | None:
        """The first date cell that can only be read in `order` ("dmy", "mdy"), if any."""
        return self.day_first if order == "dmy" else self.month_first

    @property
    def said_order(self) -> str | None:
        """The order the sheet's language writes its numeric dates in, its dates aside:
        Thai's, or its header's languages' (`convention`)."""
        if self.thai or self.buddhist:
            return "dmy"
        return languages_order(self.languages)

    @property
    def said_by(self) -> str:
        """What tells `said_order`, as a warning names it."""
        if self.thai or self.buddhist:
            return "Thai (a Thai sheet)" if self.thai else "Thai (a Buddhist era's year)"
        return f"its header's language ({', '.join(self.languages)})"


# a numeric date's order, by a CLDR short date pattern's fields (d before M: day first)
ORDER_NAMES = {"dmy": "day first", "mdy": "month first"}


@functools.cache
def numeric_orders(code: str) -> frozenset[str]:
    """The orders ("dmy", "mdy") in which the Unicode CLDR's locales of a language (every
    region's, through Babel) write a numeric date with its year last, by their short date
    pattern (d before M: day first; `en`'s M/d/yy and `en_GB`'s dd/MM/y: both); a pattern
    with the year first (zh's y/M/d, fa's) tells none."""
    from babel import Locale, UnknownLocaleError, localedata

    try:
        language = Locale.parse(code.replace("-", "_")).language
    except (UnknownLocaleError, ValueError):
        return frozenset()
    found: set[str] = set()
    for name in localedata.locale_identifiers():
        if name.split("_")[0] == language:
            order = _pattern_order(_short_date(name))
            found.update((order,) if order else ())
    return frozenset(found)


@functools.cache
def _short_date(name: str) -> str:
    """The short date pattern of the CLDR locale `name` as Babel gives it (`Locale.parse(name)
    .date_formats["short"].pattern`), read from the locale's own data file, else from its
    parent's, as Babel's `localedata.load` inherits it (`_parent`). A locale's own file holds
    only what differs from its parent's, and Babel's Locale merges the whole of its parents'
    data into each one: numeric_orders took 0.17 s over the 318 locales of the kit's 26
    languages (130 of en), 0.02 to 0.05 s read so, the languages' own locales read already
    (thirty-seventh session's CHANGELOG). A language's own locale (en, whose data Babel
    reads anyway to write dates) and a file whose date formats are not plain patterns (an
    alias) are read through Babel's Locale."""
    from babel import Locale
    from babel.dates import DateTimePattern

    if "_" not in name:  # a language's own locale (en, root): Babel has read it, to write dates
        return str(Locale.parse(name).date_formats["short"].pattern)
    formats = _own_data(name).get("date_formats")
    if formats is None:
        formats = {}
    if not isinstance(formats, dict) or not all(
        isinstance(f, DateTimePattern) for f in formats.values() if f is not None
    ):
        return str(Locale.parse(name).date_formats["short"].pattern)
    short = formats.get("short")
    return str(short.pattern) if short is not None else _short_date(_parent(name))


def _own_data(name: str) -> dict[str, Any]:
    """The data Babel holds of the locale `name` alone, unmerged (its pickle file, as
    `localedata.load` reads it; `load(name, merge_inherited=False)` would keep that in
    Babel's own cache, where Locale would then find the locale without its parents' data)."""
    from babel import localedata

    with open(localedata.resolve_locale_filename(name), "rb") as file:
        data = pickle.load(file)
    return data if isinstance(data, dict) else {}


def _parent(name: str) -> str:
    """The locale Babel's `localedata.load` merges `name`'s data into: CLDR's parent locale
    where it names one (en_150's en_001, es_AR's es_419, hi_Latn's en_IN), root for a
    language in a script it is not written in by default (CLDR 45's nonlikelyScript rule,
    in the Babel versions that have it), else `name` without its last part."""
    from babel import localedata
    from babel.core import get_global

    parent = get_global("parent_exceptions").get(name)
    if parent:
        return str(parent)
    non_likely = getattr(localedata, "_is_non_likely_script", None)
    if non_likely is not None and non_likely(name):
        return "root"
    parts = name.split("_")
    return "root" if len(parts) == 1 else "_".join(parts[:-1])


def _pattern_order(pattern: str) -> str | None:
    """A date pattern's order of a numeric date with its year last: "dmy" (d/M/yy), "mdy"
    (M/d/yy); None for a year first (y/M/d) or no such fields."""
    fields = re.sub(r"'[^']*'", "", pattern)
    at = {f: fields.find(f) for f in "dMy"}
    if min(at.values()) < 0 or at["y"] < max(at["d"], at["M"]):
        return None
    return "dmy" if at["d"] < at["M"] else "mdy"


# The regions of a language whose CLDR short date writes the other order than every other
# region of it, where these are few and the language's numeric dates are read in the others'
# order, a row of such a region saying so in its `date_region` (`region_order`): Spanish is
# day first in CLDR's every Spanish locale but Panama's and Puerto Rico's (es_PA's and
# es_PR's short date MM/dd/yy; es, es_419, es_MX, es_AR, es_CO, es_US... d/M/yy or
# dd/MM/yy: tests/merge/test_date_order checks it against Babel's data). A Latin America
# office's trial had every Spanish row of 05/07/2027 refused as "day first or month first",
# while Portuguese rows were read day first. English is not read so: its US locale, its
# own (en), writes month first and many regions day first (en_GB, en_IN, en_AU).
OTHER_ORDER_REGIONS = {"es": frozenset({"PA", "PR"})}


@functools.cache
def numeric_order(code: str) -> str | None:
    """The order a language writes a numeric date in, by CLDR's short date pattern of its
    locale (Babel's get_date_format('short'): vi's d/M/yy is day first, fil's M/d/yy month
    first), where every region of it writes so (`numeric_orders`), OTHER_ORDER_REGIONS'
    aside (es: day first, es_PA's MM/dd/yy aside): None for English (en's M/d/yy, en_GB's
    dd/MM/y), a language whose pattern writes the year first (zh, fa) and a code CLDR does
    not know."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    order = _pattern_order(locale.date_formats["short"].pattern)
    others = OTHER_ORDER_REGIONS.get(locale.language, frozenset())
    orders = numeric_orders(code) if not others else _orders_but(locale.language, others)
    return order if order is not None and orders == {order} else None


def _orders_but(language: str, regions: frozenset[str]) -> frozenset[str]:
    """`numeric_orders` of a language's CLDR locales but those of `regions`."""
    from babel import localedata

    found: set[str] = set()
    for name in localedata.locale_identifiers():
        parts = name.split("_")
        if parts[0] == language and parts[-1] not in regions:
            order = _pattern_order(_short_date(name))
            found.update((order,) if order else ())
    return frozenset(found)


def order_regions(codes: Iterable[str]) -> dict[str, str]:
    """A country for each order ("dmy", "mdy") the row's languages `codes` write a numeric
    date in there (CLDR's short date of the language's locale of the country: `date_region`
    examples): the first language's, its likely country where that writes the order (en: US),
    else GB where it does, else the first in the alphabet (en: AG)."""
    from babel import localedata
    from babel.core import get_global

    found: dict[str, list[str]] = {}
    for code in codes:
        language = code.split("-")[0]
        for name in localedata.locale_identifiers():
            parts = name.split("_")
            if parts[0] == language and len(parts) > 1 and re.fullmatch("[A-Z]{2}", parts[-1]):
                order = _pattern_order(_short_date(name))
                if order:
                    found.setdefault(order, []).append(parts[-1])
        if found:
            likely = str(get_global("likely_subtags").get(language, "")).split("_")[-1]
            return {
                order: likely
                if likely in found[order]
                else "GB"
                if "GB" in found[order]
                else min(found[order])
                for order in ("dmy", "mdy")
                if order in found
            }
    return {}


def region_order(codes: Iterable[str], region: str) -> str | None:
    """The order languages `codes` write a numeric date in a row's `date_region` (`region`),
    by the short date of each one's CLDR locale there (`_regional`): en_GB's dd/MM/y is day
    first, en_US's M/d/yy month first; None without a region, where CLDR has none of them
    there, where one writes the year first (en_CA's y-MM-dd) or two differ."""
    from .formats import _regional

    locales = [_regional(code, region) for code in codes] if region else []
    orders = {_pattern_order(_short_date(locale)) for locale in locales if locale}
    return orders.pop() if len(orders) == 1 else None


def either_way(cell: Cell | None) -> bool:
    """Whether a date cell's text is (or begins with, a date and a time) a numeric date that
    reads as two days, day first and month first: 05/07/2026 (5 July or 7 May); not
    30/07/2026, 05/05/2026 or a spreadsheet's date cell."""
    found = NUMERIC_DATE.match(_ascii_digits(_text(cell)).strip()) if cell is not None else None
    return (
        found is not None
        and int(found[1]) != int(found[2])
        and all(1 <= int(part) <= 12 for part in found.group(1, 2))
    )


def languages_order(codes: Iterable[str]) -> str | None:
    """The order every one of the languages `codes` writes a numeric date in
    (`numeric_order`); None when one does not tell or two differ, or there are none."""
    orders = {numeric_order(code) for code in codes}
    return orders.pop() if len(orders) == 1 else None


_SHEET_DATES: WeakKeyDictionary[Table, SheetDates] = WeakKeyDictionary()
# the Unicode block Thai's letters, vowels and tone marks (not its digits, which any script
# may be read in)
THAI_LETTERS = re.compile(r"[\u0e01-\u0e4e]")
# a year of four digits written in a date's text, in ASCII digits
FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def date_order(table: Table) -> str | None:
    """How the table writes its numeric dates (SheetDates.order); once per table. A date that
    is none either way (31/31/2026, a typo) tells nothing: it made a good column's dates
    ambiguous."""
    return sheet_dates(table).order


def sheet_dates(table: Table) -> SheetDates:
    """How the table writes its numeric dates (SheetDates): the order its dates tell, whether
    it is a Thai sheet and whether a date has a year of the Buddhist era; once per table, in
    one pass over its rows."""
    if table not in _SHEET_DATES:
        first = second = buddhist = regioned = False
        first_date: Cell | None = None
        told: dict[str, Cell] = {}  # the first cell of each order (SheetDates.day_first)
        years: dict[int, int] = {}
        thai = any(THAI_LETTERS.search(c) for c in table.columns)
        for row in table.iter_rows():
            cells = row_cells(table, row)
            cell = cells.get("date")
            thai = thai or _thai_row(cells.get("language"))
            regioned = regioned or bool(_text(cells.get("date_region")))
            text = _text(cell)
            if first_date is None and cell is not None and text:
                first_date = cell
            if cell is not None and date_and_time_header(event_column(cell.column)):
                # 30/07/2026 18:30, 30/07/2026, 18:30: its date; vi's 18:30 30/07/2026 too
                words = [w.strip(",\u060c\u200f") for w in text.split()] or [""]
                numeric = [w for w in words if NUMERIC_DATE.fullmatch(_ascii_digits(w))]
                text = numeric[0] if numeric else words[0]
            plain = _ascii_digits(text) if cell else ""
            found = NUMERIC_DATE.fullmatch(plain)
            dated = [p for p in date_parts(plain) if any(c.isdigit() for c in p)]
            if found is None and len(dated) == 1:  # Thu 30/07/2026: written_dates.weekday_apart
                found = NUMERIC_DATE.fullmatch(dated[0])
            if found:
                a, b = int(found[1]), int(found[2])
                first |= a > 12 >= b
                second |= b > 12 >= a
                if cell is not None and (a > 12 >= b or b > 12 >= a):
                    told.setdefault("dmy" if a > 12 else "mdy", cell)
            value = cell.value if cell is not None else None
            given = [value.year] if isinstance(value, date) else FOUR_DIGITS.findall(plain)
            if cell is not None and cell.year_unseen:  # 26-Jul: a year nobody wrote
                given = []
            buddhist = buddhist or any(int(y) in BUDDHIST_YEARS for y in given)
            for y in map(int, given):
                if 1900 <= y <= 2099:
                    years[y] = years.get(y, 0) + 1
        order = "mixed" if first and second else "dmy" if first else "mdy" if second else None
        year = max(years, key=lambda y: (years[y], y)) if years else None
        _SHEET_DATES[table] = SheetDates(
            order,
            thai,
            buddhist,
            _sheet_languages(table),
            year,
            regioned,
            first_date,
            told.get("dmy"),
            told.get("mdy"),
        )
    return _SHEET_DATES[table]


def _sheet_languages(table: Table) -> tuple[str, ...]:
    """The languages of a table's header (`header_languages`): those every header in another
    language than English is in (Tanggal and Tempat: id; tempat alone: id and ms), else,
    headers in several with none in common, all of theirs (วันที่ and Ngày: th and vi)."""
    found = [header_languages(c) for c in table.columns if c]
    found = [codes for codes in found if codes]
    if not found:
        return ()
    common = frozenset.intersection(*found)
    return tuple(sorted(common or frozenset.union(*found)))


def _thai_row(cell: Cell | None) -> bool:
    """Whether a row's language cell lists Thai (th, th-TH, TH; by name, ไทย, Thai)."""
    names = language_codes(("th",))
    parts = NAME_LIST.split(_text(cell))
    codes = [c for p in parts for c in LANGUAGE_LIST.split(p.casefold())]
    return any(language_fold(p) in names for p in parts) or any(
        c == "th" or c.startswith(("th-", "th_")) for c in codes
    )


def _other_order(
    cell: Cell,
    day: date,
    dates: SheetDates,
    codes: tuple[str, ...],
    kit: Kit,
    table: Table,
    errs: Collector,
) -> None:
    """Warn (`merge.date-order`) of a numeric date read in the order its sheet's language
    writes (SheetDates.said_order: its dates telling none) that may be the other way round
    (a day and a month of 12 or less, 05/07/2026) in the row's language: none of the row's
    languages writes the sheet's order for certain (`numeric_order`), and one of them may
    write the other (`numeric_orders`: English, US month first, on a Thai sheet)."""
    said = dates.said_order
    if dates.order is not None or said is None or isinstance(cell.value, date):
        return
    if any(numeric_order(code) == said for code in codes):
        return
    others = [c for c in codes if numeric_orders(c) - {said}]
    plain = _ascii_digits(_text(cell))
    found = NUMERIC_DATE.fullmatch(plain) or SHORT_DATE.fullmatch(plain)
    if not others or found is None or int(found[1]) > 12 or int(found[2]) > 12:
        return
    try:
        other = day.replace(month=day.day, day=day.month)
    except ValueError:
        return
    if other == day:
        return
    other_way = next(o for o in ("dmy", "mdy") if o != said)
    name = _name(kit, others[0])
    errs.warn(
        "merge.date-order",
        f"{cell.where}: '{_text(cell)}' is read {ORDER_NAMES[said]}, {day.isoformat()}, as "
        f"{dates.said_by} writes dates; a row in {name} may write it "
        f"{ORDER_NAMES[other_way]}, {other.isoformat()}",
        table.mark(cell),
        f"write it as YYYY-MM-DD: {day.isoformat()} or {other.isoformat()}",
    )
