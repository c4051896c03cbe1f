"""A numeric date that reads both ways (05/08/2027: 5 August or 8 May) on a row whose
country orders it (`date_region`, a language tag's region, the office's country:
`date_order.region_order`) while the column's own dates tell the other order
(`SheetDates.day_first`, `month_first`: 30/07/2027 can only be day first).

Where the country is the office's (`merge --office`: the row says none of its own) and the
column tells one order alone (SheetDates.order "dmy" or "mdy"), the date is read the
column's way, and one `merge.date-order` warning at the first date that tells it says so
(a Manila office's trial: 05/08/2027 printed "May 8, 2027" beside 30/07/2027 without a
word). Where the row's own cell or tag names the country, or the column tells both orders
("mixed"), the country's order stands and each such date is warned of at its cell, with
both readings.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from ..diagnostics import Collector
from .data import Cell, Table
from .date_order import ORDER_NAMES, SheetDates
from .fields import _ascii_digits, _text
from .languages import region_code

# a numeric date's day and month (or month and day) at the start of a cell (a date and a
# time after it, 05/08/2027 18:30), its year of four digits or two, or none (05/08)
TWO_NUMBERS = re.compile(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*\d{2,4})?(?!\d)")


class Against(NamedTuple):
    """A row's country's order of numeric dates that its column's dates tell against."""

    region: str  # the country's code (PH)
    said: str  # where the row's country comes from: "the office's country"...
    region_order: str  # the order the country writes the row's languages' dates in ("mdy")
    teller: Cell  # the column's first date that can only be the other way (30/07/2027)
    sheet_wins: bool  # the office's country, the column one order alone: read the column's

    @property
    def order(self) -> str:
        """The order the row's numeric dates are read in."""
        return other_order(self.region_order) if self.sheet_wins else self.region_order


def other_order(order: str) -> str:
    return "mdy" if order == "dmy" else "dmy"


def reads_both(cell: Cell | None) -> bool:
    """Whether a date cell's text begins with a numeric date whose first two numbers are
    each a month's and differ (05/08/2027, 05/08/27, 05/08: two days); not 30/07/2027,
    05/05/2027 or a spreadsheet's date cell."""
    if cell is None or isinstance(cell.value, date):
        return False
    found = TWO_NUMBERS.match(_ascii_digits(_text(cell)))
    return (
        found is not None
        and int(found[1]) != int(found[2])
        and all(1 <= int(n) <= 12 for n in found.group(1, 2))
    )


def against(
    dates: SheetDates,
    regional: str | None,
    probe: Cell | None,
    region: str,
    region_cell: Cell | None,
) -> Against | None:
    """How the row's country's order (`regional`, of its country `region`: its date_region
    cell `region_cell`'s, the office's where the row has none, else its language tag's)
    stands against the column's dates, for a date cell (`probe`, a range's last half) that
    reads both ways; None where the column tells nothing against it."""
    if regional not in ORDER_NAMES or not reads_both(probe):
        return None
    teller = dates.told_by(other_order(regional))
    if teller is None:
        return None
    office = region_cell is not None and region_cell.by_office
    said = (
        "the office's country"
        if office
        else "the row's date_region"
        if region_code(region_cell) == region
        else "its language tag's region"
    )
    return Against(region, said, regional, teller, office and dates.order != "mixed")


def tell(found: Against, cell: Cell, day: date, table: Table, errs: Collector) -> None:
    """Warn (`merge.date-order`) of a date cell (`cell`, read as `day`) that reads both ways
    against its column (`found`): once per table at the column's first telling date where
    the column's order won over the office's country (`_sheet_won`); else at the cell,
    naming both readings."""
    if not reads_both(cell):
        return
    try:
        other = day.replace(month=day.day, day=day.month)
    except ValueError:  # no such day the other way (reads_both said there is)
        return
    if found.sheet_wins:
        _sheet_won(found, cell, day, other, table, errs)
    else:
        _region_kept(found, cell, day, other, table, errs)


def _country(code: str) -> str:
    from .phone_numbers import _country_name

    return f"{_country_name(code)} ({code})"


def _row(cell: Cell) -> str:
    """The row a cell is on, as `Cell.where` names it: row 3; a JSON or YAML file's record 3."""
    return f"row {cell.row}" if cell.index else f"record {cell.row}"


def _named(day: date) -> str:
    """A day with its month's name in English, as a hint writes it: 5 August 2027."""
    from babel import Locale

    return f"{day.day} {Locale('en').months['format']['wide'][day.month]} {day.year}"


def _sheet_won(
    found: Against, cell: Cell, day: date, other: date, table: Table, errs: Collector
) -> None:
    """The one warning, at the column's first date that tells its order, of dates read the
    column's way against the office's country; the first such date read names them."""
    teller = found.teller
    at = table.mark(teller)
    if any(d.code == "merge.date-order" and d.mark == at for d in errs.items):
        return
    read = ORDER_NAMES[found.order]
    errs.warn(
        "merge.date-order",
        f"{teller.where}: '{_text(teller)}' can only be {read}, so the column's dates that "
        f"read both ways are read {read}, as the sheet writes them, not "
        f"{ORDER_NAMES[found.region_order]} as {found.said}, {_country(found.region)}, "
        f"writes them: '{_text(cell)}' ({_row(cell)}) is {day.isoformat()}, not "
        f"{other.isoformat()}",
        at,
        f"if the sheet's dates are {ORDER_NAMES[found.region_order]}, correct "
        f"'{_text(teller)}'; else write each date so that it reads one way: "
        f"{day.isoformat()} or {_named(day)}",
        f"a row whose date is {ORDER_NAMES[found.region_order]} says so in its own "
        f"date_region cell ({found.region})",
    )


def _region_kept(
    found: Against, cell: Cell, day: date, other: date, table: Table, errs: Collector
) -> None:
    """The warning at a date cell read in its row's country's order while its column has
    dates written the other way."""
    teller = found.teller
    own, theirs = ORDER_NAMES[found.region_order], ORDER_NAMES[other_order(found.region_order)]
    errs.warn(
        "merge.date-order",
        f"{cell.where}: '{_text(cell)}' is read {own}, {day.isoformat()}, as in "
        f"{_country(found.region)}, {found.said}; but the column has dates written {theirs} "
        f"('{_text(teller)}', {_row(teller)}, can only be {theirs}), and {theirs} it reads "
        f"{other.isoformat()}",
        table.mark(cell),
        f"write it so that it reads one way: {day.isoformat()} or {_named(day)} if it is "
        f"{own}, {other.isoformat()} or {_named(other)} if it is {theirs}",
    )


__all__ = ["Against", "against", "reads_both", "tell"]
