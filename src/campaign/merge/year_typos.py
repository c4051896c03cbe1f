"""A date's year that is a typo of the campaign's (`July 30, 2072` in a 2027 kit: two digits
swapped; 2037: one digit off): the `merge.year` warning's "did you mean July 30, 2027?",
the date written as its cell writes it (a trial's merge.year said only "for a 2072
campaign, set `year: 2072`")."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .data import Cell
from .fields import _ascii_digits, _text

# how far from the campaign's year a year is before it is read as a typo of it whatever the
# rest of the sheet says: a year whose last digit alone differs (2024, 2028) may be an
# earlier or a later campaign's (a sheet of last year), and is asked about only beside a
# sheet mostly of the campaign's year (`near`)
FAR = 10


def meant_year(year: int, campaign: int, near: bool = False) -> tuple[int, str] | None:
    """The year a date's `year` is likely a typo of: the campaign's, else the one after,
    where two of its digits swapped (2072: 2027) or one digit off (2037, 2017, 2026) gives
    it; with what the typo is. A year less than FAR from the `campaign`'s is read so only
    with `near` (its sheet's events are mostly in the campaign's year:
    events.other_years), and only a year before it, as the campaign's: a year after it may
    be a real event of the next January (2025 beside a 2024 sheet), which "did you mean"
    a past date would mislead. None for any other year."""
    close = abs(year - campaign) < FAR
    if year == campaign or (close and (not near or year > campaign)):
        return None
    for meant in (campaign,) if close else (campaign, campaign + 1):
        typed, wanted = str(year), str(meant)
        if len(typed) != len(wanted):
            continue
        apart = [i for i, (a, b) in enumerate(zip(typed, wanted, strict=True)) if a != b]
        if len(apart) == 1:
            return meant, "one digit off"
        if len(apart) == 2 and sorted(typed[i] for i in apart) == sorted(wanted[i] for i in apart):
            return meant, "two digits swapped"
    return None


def year_typo(cell: Cell | None, day: date, campaign: int) -> str | None:
    """The hint for a date cell read as `day` whose year may be a typo of the campaign's
    (`meant_year`, near years too: events.other_years keeps a near year's only beside a
    sheet mostly of the campaign's year): the cell, its text and the date meant, written as
    the cell writes it (its year's digits replaced, in the cell's own digits); None for any
    other."""
    meant = meant_year(day.year, campaign, near=True)
    if cell is None or meant is None:
        return None
    try:
        wanted = day.replace(year=meant[0])
    except ValueError:  # 29 February
        return None
    written = day.isoformat() if isinstance(cell.value, date) else _text(cell)
    return (
        f"{cell.where}: '{written}' is in {day.year} ({meant[0]} with {meant[1]}?): did "
        f"you mean {_rewritten(written, day.year, meant[0], wanted)}?"
    )


def _rewritten(written: str, year: int, meant: int, wanted: date) -> str:
    """`written` with its year `year` as `meant`, in the digits it is written in; the date
    meant in YYYY-MM-DD where the text does not write the year in four digits (30/07/72)."""
    plain = _ascii_digits(written)
    found = list(re.finditer(rf"(?<!\d){year}(?!\d)", plain))
    if len(plain) != len(written) or len(found) != 1:
        return wanted.isoformat()
    start, end = found[0].span()
    digits = [_digit_like(c, int(d)) for c, d in zip(written[start:end], str(meant), strict=True)]
    return written[:start] + "".join(digits) + written[end:]


def _digit_like(char: str, value: int) -> str:
    """The digit `value` in the script of the digit `char` (৭ for 7 beside a Bengali ২)."""
    zero = ord(char) - unicodedata.decimal(char)
    return chr(zero + value)
