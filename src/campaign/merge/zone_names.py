"""A time zone written after a time (19:30 CEST, UTC+2, 18:30Z: `time_zone`): its names
and abbreviations (ZONE_NAMES, `zone_abbreviations`, `iana_zone`), ISO 8601 offsets
(`iso_time`, `utc_offset`) and an offset where none belongs (`stray_offset`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

# A time zone written after a time, as an online event's organiser writes it: UTC or GMT with
# an offset of -12:00 to +14:00 (UTC+2, GMT-05:00; FIRST_OFFSET), or one of ZONE_NAMES
# ("19:30 CEST" was "not a time": an organiser's trial). Other words stay part of the time,
# and are named.
ZONE = re.compile(
    r"\s+((?:UTC|GMT)(?:\s?([+\-\u2212])(\d{1,2})(?::?([0-5]\d))?)?|[A-Z]{2,5}"
    r"|[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+)$",  # an IANA zone's name: Europe/Paris
    re.IGNORECASE,
)
# Zone abbreviations as the IANA time zone database gives them (tzdata, its `northamerica`,
# `europe`, `africa`, `asia` and `australasia` files), and North America's generic ones (ET,
# CT, MT, PT) that events announce; a word such as TBC or NOON is none
ZONE_NAMES = frozenset(
    "UTC GMT WET WEST BST IST CET CEST EET EEST MSK TRT GST PKT NPT ICT WIB WITA WIT SGT "
    "HKT PHT CST JST KST AEST AEDT ACST ACDT AWST NZST NZDT EAT CAT WAT SAST EST EDT CDT "
    "MST MDT PST PDT AKST AKDT HST ET CT MT PT AST ADT NST NDT".split()
)
# North America's generic zone names, as organisers write them ("6 pm ET"), which the tz
# database does not abbreviate: the region's time in either season, read as the tz database's
# principal zone of the region (its zone1970.tab: America/New_York "Eastern (most areas)",
# Chicago "Central (most areas)", Denver "Mountain (most areas)", Los_Angeles "Pacific") on
# the event's day: ET is EDT (UTC-4) on 30 July, EST (UTC-5) on 30 January
GENERIC_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
GENERIC_NAMES = {
    "ET": "Eastern Time",
    "CT": "Central Time",
    "MT": "Mountain Time",
    "PT": "Pacific Time",
}
# The days on which the tz database's abbreviations are read (`zone_abbreviations`): winter
# and summer of the years around the kit's campaigns
ZONE_SAMPLES = tuple(datetime(y, m, 15, 12) for y in (2025, 2026, 2027) for m in (1, 7))


@functools.cache
def zone_abbreviations() -> dict[str, frozenset[int]]:
    """The time zone abbreviations of the IANA tz database (as Python's zoneinfo reads it:
    the system's, or the tzdata package's), written in letters (CEST, IST; not +0545), to
    the offsets from UTC, in minutes, that its zones give them in ZONE_SAMPLES: CEST is
    {120}; IST {60, 120, 330} (Ireland's summer, Israel's, India's); CST {-360, -300, 480}
    (North America's centre, Cuba, China). Empty where no tz database is found."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    found: dict[str, set[int]] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/")):
            continue
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        for when in ZONE_SAMPLES:
            local = when.replace(tzinfo=zone)
            abbreviation, offset = local.tzname(), local.utcoffset()
            if abbreviation and abbreviation.isalpha() and abbreviation.isupper() and offset:
                found.setdefault(abbreviation, set()).add(int(offset.total_seconds()) // 60)
            elif abbreviation in ("GMT", "UTC"):
                found.setdefault(abbreviation, set()).add(0)
    return {name: frozenset(offsets) for name, offsets in found.items()}


@functools.cache
def iana_zone(name: str) -> Any:
    """The IANA tz database's zone of `name` (Europe/Paris; its case aside: europe/paris), as
    a zoneinfo.ZoneInfo; None for no zone's name, or without a tz database."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    if "/" not in name:
        return None
    names = {n.casefold(): n for n in available_timezones()}
    try:
        return ZoneInfo(names[name.casefold()]) if name.casefold() in names else None
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone_offsets(zone: str) -> frozenset[int]:
    """The offsets from UTC, in minutes, that a zone's abbreviation has in the tz database
    (`zone_abbreviations`); empty for a name it has not (ET, GST) or a zone's own name."""
    return zone_abbreviations().get(zone.upper(), frozenset())


def said_offsets(offsets: Iterable[int]) -> str:
    """Offsets from UTC as a message names them: UTC+1, UTC+2 or UTC+5:30."""
    names = [utc_offset(m) for m in sorted(offsets)]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)


# A time as ISO 8601 writes it (its 5.3.1 to 5.3.4; RFC 3339's, as JSON exports, Google Forms
# and JavaScript's toISOString write it): HH:MM, its seconds and their fraction (dropped: a
# flyer shows minutes), then Z (UTC) or the offset from UTC (+02:00, -0500, +05)
ISO_TIME = re.compile(
    r"([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d(?:[.,]\d+)?)?"
    r"(?:(Z)|([+\-\u2212])(\d{2})(?::?([0-5]\d))?)?",
    re.IGNORECASE,
)
# The offsets from UTC that clocks keep: every zone of the IANA time zone database has been
# from -12:00 (Etc/GMT+12; Pacific/Kwajalein until 1993) to +14:00 (Etc/GMT-14; Pacific/
# Kiritimati since 1995, tzdata's `australasia` file) since 1980, as Python's zoneinfo reads
# tzdata 2025b over all its 599 zones, every third day. ISO 8601 writes others (+15:00,
# -13:00, +14:30), which no event's clock shows: a typo, or a time written as an offset.
FIRST_OFFSET, LAST_OFFSET = -12 * 60, 14 * 60


def iso_time(text: str, dated: bool = False) -> tuple[str, str] | None:
    """An ISO 8601 time (ISO_TIME) as HH:MM and its zone as the flyer shows it, as an
    organiser writes one (Z, +00:00: "UTC"; +02:00: "UTC+2"; -05:30: "UTC-5:30"; "" for
    none); None for a text that is not one, or that is HH:MM alone. An offset after a minus
    is one only after seconds, or in a `dated` text (the date, T, the time): 18:00-05:00
    alone is a range. An offset beyond -12:00 or +14:00 is no clock's: None (`stray_offset`
    names it)."""
    found = ISO_TIME.fullmatch(text.strip())
    if found is None or not (found[3] or found[4] or found[5]):
        return None
    clock = f"{int(found[1]):02d}:{found[2]}"
    if not found[5]:
        return clock, "UTC" if found[4] else ""
    minus = found[5] != "+"
    if minus and not (found[3] or dated):
        return None
    offset = _offset_minutes(found[5], found[6], found[7])
    if not FIRST_OFFSET <= offset <= LAST_OFFSET:
        return None
    return clock, utc_offset(offset)


def _offset_minutes(sign: str, hours: str, minutes: str | None) -> int:
    """An offset from UTC as written (its sign, "+" or a minus; its hours; its minutes or
    None), in minutes: "-", "05", "30" is -330."""
    return (int(hours) * 60 + int(minutes or 0)) * (1 if sign == "+" else -1)


def utc_offset(minutes: int) -> str:
    """An offset from UTC, in minutes, as an organiser writes a zone: UTC (-00:00 too: RFC
    3339's UTC), UTC+2, UTC-5:30."""
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")


def time_zone(text: str, dated: bool = False) -> tuple[str, str]:
    """A time cell's text without the time zone written after it, and the zone as written
    ("19:30 CEST": "19:30", "CEST"), or as an ISO 8601 time's shows it (`iso_time`, its
    seconds dropped: "18:30:00Z": "18:30", "UTC"); the text and "" when it has none."""
    iso = iso_time(text, dated)
    if iso is not None:
        return iso
    found = ZONE.search(text.strip())
    if found is None:
        return text, ""
    zone = found[1].upper()  # 19:30 cest, as typed in a hurry
    if _zone_offset(found) is False:
        return text, ""  # UTC+99: no offset of a clock (`stray_offset` names it)
    if "/" in zone:  # Europe/Paris: as the tz database names it
        named = iana_zone(found[1])
        if named is None:
            return text, ""
        zone = str(named.key)
    elif not zone.startswith(("UTC", "GMT")) and zone not in ZONE_NAMES and not zone_offsets(zone):
        return text, ""
    rest = text.strip()[: found.start()]
    # the zone after the start too (18:00 CEST-20:00 CEST): written once is enough
    before_dash = re.compile(rf"\s+{re.escape(found[1])}(?=\s*[-\u2010-\u2015\u2212~])", re.I)
    return before_dash.sub("", rest), zone


def _zone_offset(found: re.Match[str]) -> int | bool | None:
    """A ZONE match's offset from UTC in minutes (UTC+5:30: 330), None when it writes none
    (CEST, UTC), False when it is no clock's (UTC+15, GMT-13, UTC+14:30: beyond FIRST_OFFSET
    to LAST_OFFSET)."""
    if found[3] is None:
        return None
    offset = _offset_minutes(found[2], found[3], found[4])
    return offset if FIRST_OFFSET <= offset <= LAST_OFFSET else False


def stray_offset(text: str) -> tuple[str, str] | None:
    """The offset from UTC written after a time when it is no clock's (beyond FIRST_OFFSET to
    LAST_OFFSET), as written, and the text without it: ISO 8601's "10:00+25:00" ("+25:00",
    "10:00"), a minus one only after seconds ("10:00:00-13:00"; "10:00-13:00" is a range,
    with a date before it too, as `iso_time` reads one beyond -12:00); "19:30 UTC+15"
    ("UTC+15", "19:30"). None for a text with no offset, or one a clock keeps."""
    text = text.strip()
    found = ISO_TIME.fullmatch(text)
    if found is not None and found[5]:
        offset = _offset_minutes(found[5], found[6], found[7])
        if FIRST_OFFSET <= offset <= LAST_OFFSET or offset < 0 and not found[3]:
            return None  # without seconds, -13:00 is an end, as -20:00 is (`iso_time`)
        return text[found.start(5) :], text[: found.start(5)]
    zone = ZONE.search(text)
    if zone is not None and _zone_offset(zone) is False:
        return zone[1], text[: zone.start()]
    return None
