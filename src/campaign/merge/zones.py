"""A row's time zone and a time in UTC: a date-time stamp in UTC (`utc_stamp`) shown in the
offset the row writes (`_in_rows_zone`, `_utc_date`), a row's `time_zone` column
(`_row_zone`, a generic zone: `_generic_zone`), an abbreviation of several offsets
(`_ambiguous_zone`), and two starts in one row (`_two_starts`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from ..diagnostics import Collector
from .column_names import event_column
from .data import Cell, Table
from .date_and_time import _date_then_time
from .fields import _ascii_digits, _text
from .times import Hours, _time
from .zone_names import (
    FIRST_OFFSET,
    GENERIC_NAMES,
    GENERIC_ZONES,
    ISO_TIME,
    LAST_OFFSET,
    ZONE,
    _zone_offset,
    iana_zone,
    said_offsets,
    time_zone,
    utc_offset,
    zone_offsets,
)

# how a UTC date-time ends: Z, +00:00, -00:00 (+0000, +00)
UTC_SUFFIX = re.compile(r"(?:Z|[+\-\u2212]00(?::?00)?)$", re.IGNORECASE)


def utc_stamp(text: str) -> datetime | None:
    """An ISO 8601 date-time in UTC (2027-07-29T22:00:00.000Z as JavaScript's toISOString
    writes it, +00:00, -00:00: a JSON export's or a program's, not a person's) as a datetime,
    its seconds kept; None for any other text (a local time, one with another offset)."""
    day_text, time_text, _ = _date_then_time(_ascii_digits(text))
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", day_text)
    found = ISO_TIME.fullmatch(time_text)
    if day is None or found is None or not (found[4] or found[5] and found[6] == "00"):
        return None
    if found[5] and (found[7] or "00") != "00":
        return None
    seconds = float(found[3][1:].replace(",", ".")) if found[3] else 0.0
    try:
        start = datetime(int(day[1]), int(day[2]), int(day[3]), int(found[1]), int(found[2]))
    except ValueError:  # no day of the calendar: `_date` names it
        return None
    return start + timedelta(seconds=seconds)


def zone_minutes(zone: str, at: datetime | None = None) -> int | None:
    """A zone as `time_zone` gives it, as minutes from UTC: UTC and GMT 0, UTC+2 120,
    GMT-05:30 -330; an abbreviation of one offset in the tz database (CEST 120, EST -300:
    `zone_offsets`); an IANA zone's name (Europe/Paris) or a North American generic one
    (ET: GENERIC_ZONES, America/New_York's) at the instant `at` (in UTC); None for a name of
    several offsets (IST: India's, Ireland's or Israel's) or none known (GST), and a zone's
    name or a generic one without `at` (ET's offset is the season's)."""
    found = ZONE.search(" " + zone)
    named = iana_zone(GENERIC_ZONES.get(zone.upper(), zone))  # ET: America/New_York's
    if named is not None and at is not None:
        shift = at.replace(tzinfo=UTC).astimezone(named).utcoffset()
        return None if shift is None else int(shift.total_seconds()) // 60
    offsets = zone_offsets(zone) if found is not None and "/" not in zone else frozenset()
    if len(offsets) == 1:
        return next(iter(offsets))
    if found is None or not found[1].upper().startswith(("UTC", "GMT")):
        return None
    offset = _zone_offset(found)
    return None if offset is False else int(offset or 0)


def _in_rows_zone(
    split: tuple[Cell, Cell | None], cells: dict[str, Cell], table: Table, errs: Collector
) -> tuple[Cell, Cell | None]:
    """A date or date-and-time cell's date and time (`split`) in the event's own zone, when
    the cell is in UTC (`utc_stamp`: 2027-07-29T22:00:00.000Z) and its time is not UTC's
    midnight (a date alone, as JSON writes one; a When cell's too): the zone the row writes
    after its time or its end (19:30 UTC+2) makes it 2027-07-30 00:00 there (its midnight a
    date alone); a row that writes none (or a zone's name, CEST) keeps UTC's date and time,
    with a `merge.time` warning at the cell (`_utc_date`): where the event is, that may be
    another day. Never a zone guessed."""
    day_cell, start = split
    stamp = utc_stamp(_text(cells["date"]))
    if stamp is None:
        return split
    if stamp.time() == time(0):  # UTC's midnight: a date alone, in a When column too
        return day_cell, None
    zones = [_zone(c) for c in map(cells.get, ("time", "end_time")) if c is not None]
    zone = next((z for z in zones if z), "")
    offset = zone_minutes(zone, stamp) if zone else None
    if offset is None:
        said = cells.get("time")
        clock = time_zone(said.value)[0] if said and isinstance(said.value, str) else ""
        theirs = _starts(said) if said is not None and _text(said) else None
        _utc_date(cells["date"], stamp, zone, clock.strip(), table, errs, theirs)
        # the time cell's time is the start: said once, in that warning (`_two_starts` told
        # it again, at the same cell)
        return (day_cell, None) if theirs is not None else split
    local = stamp + timedelta(minutes=offset)
    day_cell = replace(day_cell, value=local.date().isoformat())
    if start is not None and local.time() == time(0):  # the local midnight: a date alone
        return day_cell, None
    clock = f"{local:%H:%M} {zone}"
    return day_cell, (replace(start, value=clock) if start is not None else None)


def _utc_date(
    cell: Cell,
    stamp: datetime,
    zone: str,
    clock: str,
    table: Table,
    errs: Collector,
    theirs: tuple[Hours, str] | None = None,
) -> None:
    """The `merge.time` warning of a date cell in UTC (`_in_rows_zone`) whose row writes no
    offset from UTC (`zone`: none, or a zone's name; `clock`: the time cell's time, "" for
    none): its date and time are shown as UTC's, and where that is midnight (a date alone
    that a computer there saved: toISOString's), the day it is there is said. A row whose
    time cell gives a time (`theirs`: its hours and zone) shows that time, with UTC's date:
    the warning says so, and names the cell's own UTC time when it is another."""
    there = _midnight_there(stamp)
    midnight = (
        f" (it is {there[0]:%Y-%m-%d} 00:00 in {there[1]}, as a computer there saves a date alone)"
        if there is not None
        else ""
    )
    text = _text(cell).strip()
    utc = UTC_SUFFIX.search(text)
    named = _zone_not_known(zone)
    shown, start = f"it is shown as UTC's, {stamp:%Y-%m-%d} at {stamp:%H:%M} UTC", ""
    if theirs is not None:  # the time cell's start is shown: the date alone is UTC's
        shown = f"its date is shown as UTC's, {stamp:%Y-%m-%d}"
        own = theirs[0][0] == time(stamp.hour, stamp.minute)
        start = f", with the time cell's start, {_said_time(*theirs)}" + (
            "" if own else f" (not the cell's own time, {stamp:%H:%M} UTC)"
        )
    errs.warn(
        "merge.time",
        f"{cell.where}: '{text}' is a UTC time ({utc[0] if utc else 'Z'}) and the row gives "
        f"no offset of its own{named}: {shown}, which may be another day where the event "
        f"is{midnight}{start}",
        table.mark(cell),
        "write the event's own date, as its place has it, without the offset: "
        f"{(there[0] if there is not None else stamp):%Y-%m-%d}",
        "or write the event's offset after its time in the time column "
        f"({clock or 'HH:MM'} {there[1] if there is not None else 'UTC+2'}): the date is "
        f"then read in it; for an event held in UTC, {stamp:%H:%M} UTC",
    )


def _midnight_there(stamp: datetime) -> tuple[datetime, str] | None:
    """The day and the offset from UTC (east first, else west) where a UTC time `stamp` is
    midnight, an offset a clock keeps (FIRST_OFFSET to LAST_OFFSET, in quarter hours); None
    where there is none (seconds, or an offset no clock keeps)."""
    minutes = stamp.hour * 60 + stamp.minute
    exact = not stamp.second and not stamp.microsecond
    east, west = 24 * 60 - minutes, -minutes
    if exact and east <= LAST_OFFSET and not east % 15:
        return stamp + timedelta(days=1), utc_offset(east)
    if exact and west >= FIRST_OFFSET and not west % 15:
        return stamp, utc_offset(west)
    return None


def _zone_not_known(zone: str) -> str:
    """Why a row's zone (a name, or "": none) gives no offset: one of several, or none known."""
    offsets = zone_offsets(zone) if zone else frozenset()
    if len(offsets) > 1:
        return f" ({zone} is {said_offsets(offsets)} in the tz database: which is not known)"
    return f" ({zone} is a zone's name whose offset is not known)" if zone else ""


def _row_zone(
    zones: dict[str, str],
    said: dict[str, str],
    cells: dict[str, Cell],
    local: datetime | None,
    table: Table,
    errs: Collector,
) -> str:
    """The zone a row's time is printed with: the start's (`zones`: the time and end_time
    cells' zones as `time_zone` gives them; `said`: those cells' texts), else the end's; an
    IANA zone's name as its offset at the event's `local` start (Europe/Paris: UTC+2 in
    July), a North American generic name as its season's abbreviation (`_generic_zone`: ET
    is EDT in July). A start and an end in two spellings of one offset on that day (CEST and
    UTC+2, ET and EDT) are one zone; in two offsets, an error at the end (`merge.value`)."""
    start, end = zones.get("time", ""), zones.get("end_time", "")
    if start and end and start != end and not _offsets_on(start, local) & _offsets_on(end, local):
        errs.error(
            "merge.value",
            f"{cells['end_time'].where}: the end's time zone ({end}) is not the start's ({start})",
            table.mark(cells["end_time"]),
            "write both in one zone, or the zone once, after the time",
        )
    zone, col = (start, "time") if start else (end, "end_time")
    if local is None or not zone:
        return zone
    if "/" in zone:  # Europe/Paris: its offset
        return utc_offset(_local_offset(zone, local))
    if zone in GENERIC_ZONES:  # at the cell that wrote it: not a UTC date's time (its end's)
        own = (c for c, z in zones.items() if z == zone and event_column(cells[c].column) == c)
        col = next(own, col)
        return _generic_zone(zone, local, cells[col], said[col], table, errs)
    return zone


def _offsets_on(zone: str, local: datetime | None) -> frozenset[int]:
    """The offsets from UTC, in minutes, a zone as `time_zone` gives it may be at the local
    date and time `local`: UTC+2 and CEST {120}; Europe/Paris and ET the one of their season
    there (none without `local`); IST {60, 120, 330}; empty for a name of no known offset."""
    named = iana_zone(GENERIC_ZONES.get(zone, zone))
    if named is not None:
        return frozenset({_local_offset(str(named.key), local)}) if local else frozenset()
    minutes = zone_minutes(zone)
    return frozenset({minutes}) if minutes is not None else zone_offsets(zone)


def _generic_zone(
    zone: str, local: datetime, cell: Cell, text: str, table: Table, errs: Collector
) -> str:
    """A North American generic zone's name (ET, CT, MT, PT: GENERIC_ZONES) as the tz
    database abbreviates its principal zone at the event's `local` start (ET: America/New_
    York's EDT in July, EST in January), with a `merge.zone` warning at the `cell` that
    wrote it (`text`) naming the reading: the season is read from the date, and a place of
    the region whose clock keeps another (Arizona, Saskatchewan) writes its own."""
    named = iana_zone(GENERIC_ZONES[zone])
    if named is None:  # no tz database: as written
        return zone
    aware = local.replace(tzinfo=named)
    season, offset = aware.tzname() or zone, _local_offset(str(named.key), local)
    errs.warn(
        "merge.zone",
        f"{cell.where}: '{text.strip()}': {zone}, {GENERIC_NAMES[zone]}, is read as "
        f"{named.key}'s on {local:%Y-%m-%d}: {season} ({utc_offset(offset)}), printed so",
        table.mark(cell),
        f"to print it so without this warning, write {season} or {utc_offset(offset)} after "
        "the time; where the event's clock keeps another time (Arizona keeps MST all year, "
        "Saskatchewan CST), write its zone's name (America/Phoenix, America/Regina) or its "
        "offset",
    )
    return season


def _local_offset(zone: str, local: datetime) -> int:
    """An IANA zone's offset from UTC, in minutes, at its `local` date and time (Europe/Paris:
    120 in July, 60 in January): a flyer prints a time with it (19:30 UTC+2)."""
    shift = local.replace(tzinfo=iana_zone(zone)).utcoffset()
    return int(shift.total_seconds()) // 60 if shift is not None else 0


def _ambiguous_zone(
    cell: Cell, text: str, zone: str, dated: Cell | None, table: Table, errs: Collector
) -> None:
    """A `merge.zone` warning at a time cell whose zone is an abbreviation of several offsets
    in the tz database (19:30 IST: India's UTC+5:30, Ireland's summer UTC+1, Israel's UTC+2):
    it is printed as written, and a reader elsewhere (an online event's) may take it for
    another. None where the row's date is in UTC (`_utc_date` names it there, once)."""
    offsets = zone_offsets(zone)
    stamp = utc_stamp(_text(dated)) if dated is not None else None
    if len(offsets) < 2 or stamp is not None and stamp.time() != time(0):
        return
    clock = time_zone(text)[0].strip()
    errs.warn(
        "merge.zone",
        f"{cell.where}: '{text.strip()}': {zone} is {said_offsets(offsets)} in the tz "
        "database: it is printed as written, and a reader elsewhere may take it for another",
        table.mark(cell),
        f"write the event's offset from UTC after the time instead (e.g. {clock} "
        f"{utc_offset(max(offsets))}), or the tz database's name of its place's zone "
        "(Region/City: Europe/Paris)",
    )


def _zone(cell: Cell) -> str:
    """The time zone written after a time cell's time (`time_zone`), "" for none."""
    return time_zone(cell.value)[1] if isinstance(cell.value, str) else ""


def _starts(cell: Cell) -> tuple[Hours, str] | None:
    """A time cell's start and end (`_time`) and its zone (`_zone`); None when it gives no
    time (its problems are named where the cell is read)."""
    value = time_zone(cell.value)[0] if isinstance(cell.value, str) else cell.value
    hours = _time(replace(cell, value=value), lambda *_: None)
    return None if hours is None else (hours, _zone(cell))


def _said_time(hours: Hours, zone: str) -> str:
    """Hours and a zone as a message names them: 18:30, 18:00-20:00 UTC."""
    start, end = hours
    return f"{start:%H:%M}" + (f"-{end:%H:%M}" if end else "") + (f" {zone}" if zone else "")


def _two_starts(start: Cell, time_cell: Cell, table: Table, errs: Collector) -> None:
    """A `merge.time` warning at a date-and-time cell (`start`: its time) whose row's time
    cell, which is the start, says another time: another start, or not its end or zone
    (which are lost). Which the organiser meant is not known; none when the time cell says
    the same, or more (an end, a zone)."""
    ours, theirs = _starts(start), _starts(time_cell)
    if ours is None or theirs is None:
        return
    (begins, ends), zone = ours
    (other_begins, other_ends), other_zone = theirs
    if begins == other_begins and ends in (None, other_ends) and zone in ("", other_zone):
        return
    errs.warn(
        "merge.time",
        f"{start.where}: its time ({_said_time(*ours)}) is not the time cell's "
        f"({_said_time(*theirs)}): the time cell's is used",
        table.mark(start),
        "write the start in one of the two cells (empty the time cell to use this one), or "
        "the same time in both",
    )
