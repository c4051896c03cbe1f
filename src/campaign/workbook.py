"""Excel workbooks (openpyxl) written with deterministic bytes: the package's JOB-SHEET.xlsx
and `strings export`'s workbook. openpyxl dates a workbook and its ZIP members by the clock
at the save, so two writes of the same rows differed."""

from __future__ import annotations

import datetime
import io
import zipfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook


def workbook_bytes(book: Workbook, date: tuple[int, ...]) -> bytes:
    """`book` as .xlsx bytes that do not follow the clock: its created and modified dates
    are `date` (year, month, day, hour, minute, second: package.zips.epoch,
    SOURCE_DATE_EPOCH, else the campaign's day), as are its ZIP members' (openpyxl writes the
    time of the save in both), in openpyxl's order ([Content_Types].xml first), deflated,
    mode 0644."""
    from openpyxl.writer.excel import ExcelWriter

    year, month, day, hour, minute, second = date[:6]
    when = datetime.datetime(year, month, day, hour, minute, second)
    book.properties.created = book.properties.modified = when
    saved = io.BytesIO()
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()  # not openpyxl.save_workbook: it dates it now
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as made, zipfile.ZipFile(out, "w") as z:
        for info in made.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=date[:6])  # type: ignore[arg-type]
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            member.create_system = 3
            z.writestr(member, made.read(info), compresslevel=9)
    return out.getvalue()
