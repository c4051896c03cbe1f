"""Deterministic ZIPs: sorted members, fixed dates (SOURCE_DATE_EPOCH, else the campaign's
day) and permissions, written one member at a time."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import BinaryIO

from ..dates import zip_date


def epoch(year: int) -> tuple[int, int, int, int, int, int]:
    """SOURCE_DATE_EPOCH, else the campaign's day (30 July of its year), as a ZIP date
    (dates.zip_date)."""
    return zip_date(year)


def zip_bytes(members: Iterable[tuple[str, bytes]], date: tuple[int, ...]) -> bytes:
    """A deterministic ZIP: sorted entries, fixed dates and permissions."""
    buf = io.BytesIO()
    write_zip(buf, sorted(members), date)
    return buf.getvalue()


def write_zip(
    target: BinaryIO, members: Iterable[tuple[str, bytes]], date: tuple[int, ...]
) -> None:
    """zip_bytes's ZIP written into `target` (seekable) one member at a time: `members`
    must come sorted (by name, then bytes), and only one is held at a time."""
    with zipfile.ZipFile(target, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=date)  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data, compresslevel=9)
