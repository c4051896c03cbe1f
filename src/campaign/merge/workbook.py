"""What the readers of a workbook (XLSX: `merge.xlsx`; ODS: `merge.ods`) share: what a
reader gives (`WorkbookRead`), which sheet to read (`choose_sheet`), the values under a header
cell merged across columns joined into one, the address of a =HYPERLINK formula, and why a
zip package cannot be read, in an organiser's words (`package_trouble`, `named_otherwise`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..diagnostics import Mark, did_you_mean, failure
from .data import Row
from .header_row import Header, HeadRow, header_index

# What a workbook's reader gives (XLSX: `read_xlsx`; ODS: `merge.ods.read_ods`): the chosen
# sheet's columns, a new pass over its shown rows at each call, its name, every sheet's
# name, a pass over its hidden rows (None: it has none), its hidden columns (1-based: an
# organiser's working columns, `merge.columns` tells none of them as unused), and where its
# header is (row 1, or below a title: header_row.find_header)
WorkbookRead = tuple[
    tuple[str, ...],
    Callable[[], Iterator[Row]],
    str,
    tuple[str, ...],
    Callable[[], Iterator[Row]] | None,
    frozenset[int],
    Header,
]


def choose_sheet(
    path: Path,
    names: Sequence[str],
    firsts: Sequence[Sequence[HeadRow]],
    wanted: Sequence[str],
    asked: str | None = None,
) -> int:
    """Which sheet of a workbook to read: the one named `asked` (case aside), else the one
    whose header (row 1, or a row below a title with values under it: header_row.header_index)
    has every `wanted` column, else the first whose first rows name most of them (a header under
    more than a title: header_row.find_header names it). `firsts`: per sheet, its first
    rows. Raises DiagnosticsError `merge.sheet` for a sheet asked for that the workbook
    lacks, and when several sheets have every column on their header row (an example sheet
    before the events', or a month a sheet, with a title or without): one was read and the
    others' events dropped, or their earlier files deleted as stale, without a word."""
    if asked is not None:
        found = [i for i, n in enumerate(names) if n.casefold() == asked.strip().casefold()]
        if found:
            return found[0]
        raise failure(
            "merge.sheet",
            f"{path.name} has no sheet '{asked}'",
            Mark.file(path),
            *(did_you_mean(asked, list(names)) or ()),
            f"its sheets: {', '.join(repr(n) for n in names)}",
        )
    want = {w.casefold() for w in wanted}
    if not want or not names:
        return 0
    whole = [i for i, rows in enumerate(firsts) if _events_header(rows, want)]
    if len(whole) > 1:
        shown = ", ".join(repr(names[i]) for i in whole)
        raise failure(
            "merge.sheet",
            f"{path.name} has the columns {', '.join(wanted)} on {len(whole)} sheets ({shown}): "
            "which of them to read is not clear",
            Mark.file(path),
            f"name the sheet to read: --sheet {names[whole[-1]]!r} (a sheet at a time), or keep "
            "every row on one sheet and delete the others' (an example, a copy)",
        )
    if whole:
        return whole[0]

    def best(i: int) -> int:
        return max((len(want & row.keys) for row in firsts[i]), default=0)

    return max(range(len(names)), key=best)  # the first of equals


def _events_header(rows: Sequence[HeadRow], want: set[str]) -> bool:
    """Whether a sheet's first `rows` have a header of every `want`ed column (header_index):
    on row 1, or below a title with a row of values under it (a notes sheet's example header
    under its title, with nothing below, is not the events')."""
    at = header_index(rows, want)
    return at == 0 or at is not None and any(r.texts for r in rows[at + 1 :])


def joined_under_header(
    values: tuple[Any, ...], spans: dict[int, tuple[int, ...]]
) -> tuple[Any, ...]:
    """`values` with the cells under a header merged across columns joined, with a space,
    into its first column's (`Park` and `(north gate)` under `venue`: one venue; the second
    was a cell no header names)."""
    out = list(values)
    for first, rest in spans.items():
        parts = [out[c - 1] for c in (first, *rest) if c - 1 < len(out)]
        texts = [str(v).strip() for v in parts if v not in (None, "")]
        if len(texts) > 1 or (texts and out[first - 1] in (None, "")):
            out[first - 1] = " ".join(texts)
        for c in rest:
            if c - 1 < len(out):
                out[c - 1] = None
    return tuple(out)


# =HYPERLINK("address", ...): its first argument when it is a text literal ("" inside is ")
HYPERLINK_FORMULA = re.compile(r'=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"', re.IGNORECASE)


def package_trouble(exc: BaseException, kind: str, empty: bool = False) -> str:
    """Why a spreadsheet that is a zip package (an .ods, an .xlsx: `kind`, "an Excel
    workbook") cannot be read, in an organiser's words: the zip library's ("File is not a
    zip file", "There is no item named '[Content_Types].xml' in the archive") say what is
    wrong only to those who know the format (an organiser's trial)."""
    import zipfile  # here: a merge of a CSV file needs none

    if empty:
        return "it is empty"
    if isinstance(exc, zipfile.BadZipFile | EOFError):
        return f"it is cut short or not {kind}"
    if isinstance(exc, KeyError):
        return f"it is a zip file, but not {kind}"
    return str(exc)


# What a spreadsheet file is by its bytes, where its name says another format: the format's
# words and the suffix the kit reads it by. An Excel workbook is a zip package with
# [Content_Types].xml and its xl/ part (ECMA-376 Part 2, Open Packaging Conventions; Part 1,
# SpreadsheetML); an OpenDocument spreadsheet, one whose first entry, `mimetype`, holds
# application/vnd.oasis.opendocument.spreadsheet (ODF 1.2 Part 3, section 3.3).
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
FORMATS = {".xlsx": "an Excel workbook (.xlsx)", ".ods": "an OpenDocument spreadsheet (.ods)"}


def named_otherwise(raw: bytes, path: Path) -> tuple[str, str] | None:
    """(what it is, the name to give it) for a workbook's bytes `raw` that are another of
    the kit's workbook formats than `path`'s suffix says (an .xlsx renamed .ods: "is not a
    readable ODS spreadsheet: it is a zip file, but not an OpenDocument spreadsheet" told
    the user to save it again from LibreOffice, a trial); None for anything else."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            names = set(package.namelist())
            ods = "mimetype" in names and package.read("mimetype").strip() == ODS_MIMETYPE
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError):
        return None
    xlsx = "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)
    suffix = ".ods" if ods else ".xlsx" if xlsx else ""
    if not suffix or suffix == path.suffix.lower():
        return None
    return FORMATS[suffix], path.with_suffix(suffix).name
