"""SOURCE_DATE_EPOCH, the date every output carries (PDF and XMP dates, ZIP entries): one
reading of it for every place that uses it (reproducible-builds.org/specs/source-date-epoch),
and the build's day (`today`) that a check of the date compares with."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

LAST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC: the last date a PDF or ZIP date can hold
# The campaign's day, (month, day): 30 July, the World Day against Trafficking in Persons
# (UN General Assembly resolution 68/192, 2013)
CAMPAIGN_DAY = (7, 30)


def epoch_seconds(value: str | None) -> int | None:
    """`value` as whole seconds since 1970 when it is written as `date +%s` prints them (ASCII
    digits) and is at most LAST_EPOCH; None when it is unset, empty or anything else (the
    command line refuses anything else before it reads the kit: cli.check_source_date_epoch)."""
    if value and value.isascii() and value.isdigit() and int(value) <= LAST_EPOCH:
        return int(value)
    return None


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH's seconds, or None (unset, empty or malformed): see epoch_seconds."""
    return epoch_seconds(os.environ.get("SOURCE_DATE_EPOCH"))


def zip_date(year: int) -> tuple[int, int, int, int, int, int]:
    """SOURCE_DATE_EPOCH, else the campaign's day (30 July of `year`), as a ZIP date
    (year, month, day, hour, minute, second, UTC): the package's ZIPs and the workbooks
    (package.zips.epoch, workbook.workbook_bytes)."""
    import time

    value = source_date_epoch()
    if value is not None:
        t = time.gmtime(max(value, 315532800))  # ZIP dates start in 1980
        return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    return (year, *CAMPAIGN_DAY, 0, 0, 0)


def next_campaign(on: date) -> int:
    """The year of the next campaign whose day (`CAMPAIGN_DAY`) is `on` or still ahead of it:
    `on`'s year up to 30 July, the next year after it (2026-12-05: 2027)."""
    return on.year if (on.month, on.day) <= CAMPAIGN_DAY else on.year + 1


def today() -> date:
    """The build's day: SOURCE_DATE_EPOCH's (UTC) when it is set, the time its outputs carry
    (a build of an earlier campaign made again for the archive is dated then), else the
    computer's local date. The tests pin it (tests/conftest.py: `campaign_day`)."""
    epoch = source_date_epoch()
    return datetime.fromtimestamp(epoch, UTC).date() if epoch is not None else date.today()
