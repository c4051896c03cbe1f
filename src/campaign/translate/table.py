"""CSV for spreadsheets: a header row, then one row per string key.

Columns: key, source, translation, short source, short translation, prints now (for a key
the language lacks, where a parent's text prints: that file and text, "pt.yaml: Coração";
for the translator to read, never read back), status, note, room (one
line per slot, in the cell), exported (the translation's and the short one's digests as
exported, "fr:<digest> fr:<digest>": `store.merge` merges three ways with them; then the
source cells' digests as exported, "source:<digest> short-source:<digest>": a source cell
typed over, a translation typed there, is refused at its cell). Written as
UTF-8 with a byte order mark and CRLF line ends, so Excel and LibreOffice open it in UTF-8
whatever the system's language; read back with or without the mark, comma- or
semicolon-separated (a spreadsheet set to a language that writes decimal commas saves
semicolons). Only `key`, `translation`, `short translation`, `source` (the text translated,
kept with it: `strings.outdated`), `status` and `exported` are read; an outdated text's
status names the source's text it was translated from.
CSV has no place for the language: it is `--lang`, else the file's name (fr.csv). A problem's
place is the spreadsheet's row (the header is row 1) and column. A file saved twice by an
editor that adds a byte order mark each time begins with two: both are read as marks.

XLSX (Office Open XML, read and written with openpyxl) holds the same columns in a sheet named
by the language, which its document properties also give (`language`): Excel's plain "CSV"
saves in the computer's legacy code page, which has no Arabic or Thai on most computers, and
a workbook saved back is the file itself. Every cell is text (a translation that begins with
"=" stays text, not a formula) and has the number format Text ("@"), as have the columns
themselves, so that a spreadsheet keeps what is typed there as text (in a "General" cell,
Excel makes `1/3` a date and `=` or `-` begin a formula); the header row is frozen, long
cells wrap, and the cells of a right-to-left language's text read right to left (aligned
right): the translation columns of such a language, the source columns of such a source,
and a `prints now` cell of a parent's text in one (ar.yaml's for ar-EG); the header row and
the kit's own words ("en.yaml: the source text (ar.yaml has none)") are left as they are. The
sheet itself stays left to right (column A on the left): its keys, digests and the English
source read so, and Excel's "Sheet Right-to-Left" is a translator's switch to turn on. A
translation cell read back as a date, a number, a truth value or a formula error is
refused at its cell (`translate.cell`): it is not the text typed.

A row's `status` is one of the export's (`to translate`, `outdated`, `translated`,
`reviewed`) or empty; one a translator typed to say "not sure yet" (`fuzzy`, `needs
review`, `?`) is read as PO's fuzzy flag: its text is not imported and is named; any other
value is an error at its cell (`translate.status`): it had been taken as `translated`."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from ..diagnostics import (
    Collector,
    Diagnostic,
    DiagnosticsError,
    Mark,
    closest,
    did_you_mean,
    failure,
)
from ..model import Kit
from ..textfile import (
    BOM,
    NotTextError,
    decoded_place,
    named_language,
    not_text,
    sep_line,
    spreadsheet_text,
)
from .entries import (
    EXPORTED,
    PRINTS_NOW,
    STATUSES,
    Entry,
    Incoming,
    Parsed,
    cannot_read,
    exported,
    exported_tag,
)

COLUMNS = (
    "key",
    "source",
    "translation",
    "short source",
    "short translation",
    # what prints today for a key the language lacks, where a parent's text prints
    # (entries.PrintsNow, "pt.yaml: ..."): to read, never read back
    PRINTS_NOW,
    "status",
    "note",
    "room",
    # the translation's and the short one's digests as exported (entries.exported_tag,
    # "fr:... fr:..."): the import tells the translator's changes from changes made since
    "exported",
)
NEEDED = ("key", "translation")
# in the `exported` cell, after the translations' tags: the digests of the row's source
# cells as exported (entries.exported), as a PO file's `exported source:` comment: a source
# cell typed over is told from one exported before the source's text changed
SOURCE_TAG, SHORT_SOURCE_TAG = "source:", "short-source:"
SOURCE_DIGEST = re.compile(r"[0-9a-f]{12}")
# what a translator types in the status cell for "not sure yet" (PO's fuzzy flag): such a
# row's text is not imported, as a PO editor's fuzzy entry is not (compared casefolded, with
# hyphens and underscores as spaces; any value ending with "?" is one too)
UNSURE = frozenset(
    ("fuzzy", "needs review", "needs work", "to review", "review", "unsure", "not sure", "draft")
)


def _values(code: str, r: Entry) -> tuple[str, ...]:
    """One string's cells, in the order of COLUMNS."""
    return (
        r.key,
        r.source,
        r.translation,
        r.short_source or "",
        r.short_translation,
        r.prints_now.cell(r.has_short) if r.prints_now else "",
        (
            f"{r.status}: translated from \u201c{r.previous}\u201d"
            if r.previous is not None
            else r.status
        ),
        r.note or "",
        "\n".join(r.room_lines()),
        exported_tag(code, r.translation, r.export)
        + (f" {exported_tag(code, r.short_translation, r.export)}" if r.has_short else "")
        + f" {SOURCE_TAG}{exported(r.source)}"
        + (f" {SHORT_SOURCE_TAG}{exported(r.short_source or '')}" if r.has_short else ""),
    )


def write_csv(kit: Kit, code: str, rows: list[Entry]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(_values(code, r))
    return out.getvalue().encode("utf-8-sig")


# XLSX: each column's width (characters), and the columns a translator writes in
WIDTHS = (26, 48, 48, 28, 28, 40, 16, 36, 36, 18)
WRITTEN = ("translation", "short translation")
# the columns of the source language's texts
SOURCES = ("source", "short source")
# the number format Text: a spreadsheet keeps what is typed in the cell as it is typed
TEXT_FORMAT = "@"


def write_xlsx(kit: Kit, code: str, rows: list[Entry]) -> bytes:
    """The CSV's columns as a workbook (see the module's docstring), its bytes the same at
    every export of the same rows (workbook.workbook_bytes)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from ..dates import zip_date
    from ..workbook import workbook_bytes

    lang = kit.languages.get(code)
    rtl = lang.rtl if lang is not None else _rtl_code(code)
    source = kit.languages.get(kit.campaign.source_language)
    # the columns whose text is in a language written right to left: the translations of
    # such a language, the source's of such a source; `prints now` by its own row's file
    # (_right_to_left)
    columns = {name for name in WRITTEN if rtl}
    columns |= {name for name in SOURCES if source is not None and source.rtl}
    book = Workbook()
    sheet = book.active
    assert sheet is not None, "a new workbook has its sheet"
    sheet.title = code[:31]
    book.properties.language = code
    book.properties.title = f"{kit.campaign.name} {kit.campaign.year}: strings for {code}"
    book.properties.creator = "Blue Heart campaign kit"
    sheet.append(COLUMNS)
    for r in rows:
        sheet.append(_values(code, r))
    bold, given = Font(bold=True), PatternFill("solid", fgColor="EEEEEE")
    written = {COLUMNS.index(name) + 1 for name in WRITTEN}
    for n, column in enumerate(sheet.iter_cols(), start=1):
        dimension = sheet.column_dimensions[get_column_letter(n)]
        dimension.width = WIDTHS[n - 1]
        dimension.number_format = TEXT_FORMAT  # a cell the file lacks (a row added) too
        for row, cell in enumerate(column, start=1):
            cell.data_type = "s"  # text: a value that begins with "=" is no formula
            # and typed over, text still: in a "General" cell Excel made `1/3` a date
            cell.number_format = TEXT_FORMAT
            right = row > 1 and _right_to_left(COLUMNS[n - 1], rows[row - 2], columns)
            cell.alignment = Alignment(
                wrap_text=True,
                vertical="top",
                horizontal="right" if right else None,
                readingOrder=2 if right else 0,
            )
            if row == 1:
                cell.font = bold
            elif n not in written:
                cell.fill = given  # the columns given to read, not to write
    sheet.freeze_panes = "A2"
    # deterministic bytes (workbook_bytes: dated SOURCE_DATE_EPOCH, else the campaign's day):
    # book.save dated the workbook and its ZIP members by the clock, so two exports of the
    # same strings differed
    return workbook_bytes(book, zip_date(kit.campaign.year))


def _right_to_left(column: str, entry: Entry, columns: set[str]) -> bool:
    """Whether a row's cell in `column` reads right to left (Excel's reading order
    right-to-left, aligned right): a column of `columns` (its language's), or the `prints
    now` cell of a parent's text in such a language (`PrintsNow.rtl`: ar.yaml's for ar-EG).
    Left to Excel's reading order by the cell's first letter ("context"), "ar.yaml: <text>"
    read left to right: aligned left, and a full stop or question mark that ends the Arabic
    shown at its right, past the last word, where an Arabic reader looks for the first."""
    if column == PRINTS_NOW:
        return entry.prints_now is not None and entry.prints_now.rtl
    return column in columns


def _rtl_code(code: str) -> bool:
    """A language the kit has not yet: right to left by its CLDR script (Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code.replace("-", "_")).character_order == "right-to-left"
    except (UnknownLocaleError, ValueError):
        return False


def read_csv(path: Path) -> Parsed:
    """A table of translations: comma-, semicolon- or tab-separated (Excel's "Unicode Text" is
    UTF-16 with tabs), UTF-8 or UTF-16 (`textfile.spreadsheet_text`); a first line `sep=;`
    (`textfile.sep_line`) gives the separator, and the header is the line below it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise cannot_read(path, exc) from None
    try:
        text = spreadsheet_text(raw)
    except NotTextError as exc:
        raise _not_text_file(path, raw, exc) from None
    first, rest = (text.split("\n", 1) + [""])[:2]
    sep = sep_line(text)
    top = 1  # the header's line
    if sep is not None:  # Excel's line naming the separator: the header is the next line
        delimiter, text, top = sep, rest, 2
    else:
        delimiter = max(",;\t", key=first.count)  # the header's most frequent (a tie: comma)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    items, errors, refused = _items(path, rows, top=top)
    digests = _source_digests(path, rows, top)
    return Parsed(None, items, no_source_digests=digests, errors=errors, refused=refused)


# how a spreadsheet saves a CSV in UTF-8
SAVE_UTF8 = (
    "save it as 'CSV UTF-8' (Excel) or with the character set 'Unicode (UTF-8)' (LibreOffice)"
)


def _not_text_file(path: Path, raw: bytes, exc: NotTextError) -> DiagnosticsError:
    """The error of a table that is not text: its first byte that is not UTF-8, as a PO or
    an XLIFF file's (`textfile.not_text`, and what saves a CSV so; the byte read in the
    code page of the language its name says: th.csv's in Windows-874); UTF-16 that is not,
    at its place (the file's start when the whole file was judged)."""
    if exc.why == "is not UTF-8" and exc.at is not None and exc.at < len(raw):
        aside = " (what Excel's plain 'CSV' saves)"
        return DiagnosticsError(
            not_text(
                "translate.read",
                path,
                raw,
                exc.at,
                SAVE_UTF8,
                aside=aside,
                language=named_language(path, raw),
            )
        )
    # the place in characters after the byte order mark: byte_place counted UTF-16's bytes
    line, column = decoded_place(raw, exc.at, exc.encoding) if exc.at is not None else (1, 1)
    return failure("translate.read", f"{path.name} {exc.why}", Mark(path, line, column), SAVE_UTF8)


def read_xlsx(path: Path) -> Parsed:
    """A workbook of translations (`write_xlsx`'s, or any with the columns in its first
    sheet's first row): its language from its document properties. Raises `translate.read`
    for a file that is no workbook openpyxl opens (an .xls saved with the ending .xlsx, a
    damaged or encrypted file)."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except OSError as exc:
        raise cannot_read(path, exc) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise failure(
            "translate.read",
            f"{path.name} does not open as an Excel workbook ({exc})",
            Mark.file(path),
            "save it again as 'Excel Workbook (.xlsx)', or as 'CSV UTF-8' and import that",
        ) from None
    try:
        language = (book.properties.language or "").strip() or None
        sheets = book.worksheets
        # the sheet named by the language (as written), else the first with the columns
        # (a notes sheet put first), else the first
        named = [sh for sh in sheets if language and sh.title == language]
        first: tuple[list[list[str]], Typed] | None = None
        rows: list[list[str]] = []
        typed: Typed = {}
        for sheet in [*named, *(sh for sh in sheets if sh not in named)]:
            sheet.reset_dimensions()  # its stored size may be stale: read every cell
            table, kinds = _cells(sheet)
            first = (table, kinds) if first is None else first
            head = {_name(c) for c in table[0]} if table else set()
            if all(c in head for c in NEEDED):
                rows, typed = table, kinds
                break
        else:
            rows, typed = first or ([], {})  # its error names the columns it lacks
    finally:
        book.close()
    items, errors, refused = _items(path, rows, typed)
    digests = _source_digests(path, rows)
    return Parsed(language, items, no_source_digests=digests, errors=errors, refused=refused)


# the cells of a sheet that hold no text: (row, column), from 1, and the value
Typed = dict[tuple[int, int], object]


def _cells(sheet: Any) -> tuple[list[list[str]], Typed]:
    """A sheet's rows as text (`_text`), and its cells that hold a number, a date or time, a
    truth value or a formula error (Excel's `#NAME?`), not text: in a translation column
    those are not what the translator typed (`translate.cell`)."""
    table: list[list[str]] = []
    typed: Typed = {}
    for n, row in enumerate(sheet.iter_rows(), start=1):
        table.append([_text(cell.value) for cell in row])
        for col, cell in enumerate(row, start=1):
            kind = getattr(cell, "data_type", "s")
            if cell.value is not None and kind in ("n", "d", "b", "e", "f"):
                shown = {"e": FormulaError, "f": Formula}.get(kind)
                typed[n, col] = shown(cell.value) if shown else cell.value
    return table, typed


class FormulaError(str):
    """A cell's formula error (`#NAME?`, `#VALUE!`), as its text."""


class Formula(str):
    """A formula cell's formula (`=1/0`), as its text: the workbook is read with its
    formulas, not the values a spreadsheet stored for them (`#DIV/0!`, or none)."""


def _text(value: object) -> str:
    """A cell's value as the text a translator typed: none is empty, 2024 is "2024", a
    TRUE cell "TRUE" (as the spreadsheet shows it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _name(header: str) -> str:
    """A header cell as a column's name: its case, and spaces and byte order marks around it
    (a CSV saved twice with one, then opened as a workbook), aside."""
    return header.strip().strip(BOM).strip().lower()


def _source_digests(path: Path, rows: list[list[str]], top: int = 1) -> Mark | None:
    """The place of the table's `source` column (its header cell) when no row's `exported`
    cell has the digests of its source cells (`source:<digest>`, which exports carry since the
    kit's fortieth session): a text typed over a source cell of such a table cannot be told
    from the text exported there (`store._Merge._source_typed_over` judges none of them), and
    `store` warns of it; None when a row has them, or the table has no source column or rows
    (its header alone, or a file `_items` refuses). `top`: the header's line."""
    head = [_name(c) for c in rows[0]] if rows else []
    if "source" not in head or not any(any(c.strip() for c in row) for row in rows[1:]):
        return None
    at = head.index("exported") if "exported" in head else None
    if at is not None and any(_has(_cell(row, at).split(), SOURCE_TAG) for row in rows[1:]):
        return None
    return Mark(path, top, head.index("source") + 1)


def _items(
    path: Path, rows: list[list[str]], typed: Typed | None = None, top: int = 1
) -> tuple[list[Incoming], tuple[Diagnostic, ...], frozenset[str]]:
    """The translations of a table's rows (the first: the header), each at its cell, the
    errors of single cells (`Parsed.errors`, named with the import's own) and the keys of the
    entries they leave out: a status that is none (`translate.status`: the row's entries),
    and, of `typed`, a workbook's cells that hold no text (`_cells`), one in a translation
    column (`translate.cell`). `top`: the header's line (2 below a `sep=` line; a row's
    line is counted from it). Raises `translate.read` for a table without the columns it
    needs."""
    head = [_name(c) for c in rows[0]] if rows else []
    missing = [c for c in NEEDED if c not in head]
    if missing:
        raise _no_column(path, rows[0] if rows else [], missing, top)
    at = {name: i for i, name in enumerate(head)}
    items = []
    errs = Collector()
    _unread_columns(path, rows, errs, top)
    refused: set[str] = set()
    for n, row in enumerate(rows[1:], start=top + 1):
        if not any(cell.strip() for cell in row):
            continue
        key = _cell(row, at["key"]).strip()
        status = _status(row, at, Mark(path, n, at.get("status", 0) + 1), key, errs)
        if status == "invalid":
            refused.add(key)
        for column, part in (("translation", "text"), ("short translation", "short")):
            if column in at and status != "invalid":  # an unknown status: its texts wait
                col = at[column]
                mark = Mark(path, n, col + 1)
                value = typed.get((n, col + 1)) if typed else None
                if value is not None and not isinstance(value, Formula):
                    _not_text(
                        errs,
                        f"'{key}'{' (short)' * (part == 'short')}",
                        column,
                        mark,
                        value,
                    )
                    refused.add(key)
                    continue
                given = "source" if part == "text" else "short source"
                source = _cell(row, at[given]) if given in at else None
                pending = status in ("outdated", "to translate")
                text = _cell(row, col)
                tags = _cell(row, at["exported"]).split() if "exported" in at else []
                bases = [t for t in tags if not t.startswith((SOURCE_TAG, SHORT_SOURCE_TAG))]
                base = bases[0 if part == "text" else 1] if len(bases) > (part != "text") else None
                base = base if base and EXPORTED.fullmatch(base) else None
                tag = SOURCE_TAG if part == "text" else SHORT_SOURCE_TAG
                digests = [t[len(tag) :] for t in tags if t.startswith(tag)]
                source_base = next((d for d in digests if SOURCE_DIGEST.fullmatch(d)), None)
                if source_base is None and part == "short" and _has(tags, SOURCE_TAG):
                    source_base = exported("")  # a row exported without a short entry
                items.append(
                    Incoming(
                        key,
                        part,  # type: ignore[arg-type]
                        "" if status == "unsure" else text,
                        mark,
                        source,
                        pending,
                        base,
                        fuzzy=status == "unsure" and bool(text.strip()),
                        key_mark=Mark(path, n, at["key"] + 1),
                        source_base=source_base if given in at else None,
                        source_mark=Mark(path, n, at[given] + 1) if given in at else None,
                        formula=isinstance(value, Formula),
                    )
                )
    return items, tuple(errs.items), frozenset(refused)


def _unknown(head: list[str]) -> list[tuple[int, str]]:
    """The header cells that name no column of the export (COLUMNS): (index, as written)."""
    return [(i, c.strip()) for i, c in enumerate(head) if _name(c) and _name(c) not in COLUMNS]


def _letter(index: int) -> str:
    """A column's letter as a spreadsheet shows it (index 0: A)."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _no_column(path: Path, head: list[str], missing: list[str], top: int = 1) -> DiagnosticsError:
    """The `translate.read` error of a table without a column the import needs (`missing`,
    of NEEDED): at the header cell that misspells it (`translaton`, C1), with "did you
    mean"; else at the first row. It was at 1:1, whatever the header said."""
    unknown = _unknown(head)
    for column in missing:
        for i, written in unknown:
            if closest(written, [column]) is not None:
                return failure(
                    "translate.read",
                    f"{path.name} has no column '{column}' in its first row: column "
                    f"{_letter(i)} is '{written}'",
                    Mark(path, top, i + 1),
                    *did_you_mean(written, [column]),
                    f"keep the exported header row: {', '.join(COLUMNS)}",
                )
    return failure(
        "translate.read",
        f"{path.name} has no column {', '.join(repr(c) for c in missing)} in its first row",
        Mark(path, top, 1),
        f"keep the exported header row: {', '.join(COLUMNS)}",
    )


def _unread_columns(path: Path, rows: list[list[str]], errs: Collector, top: int = 1) -> None:
    """The `translate.column` notes of a table's columns the import does not read, at their
    header cells: a column a reviewer added (`reviewer comment`, in the middle or at the
    end), or one with text under no header. Dropped without a word, which a translator
    took for read. A header that misspells a column the table lacks and the import reads
    (`short translaton`: its texts lost) is a warning, with "did you mean"."""
    head = rows[0]
    names = {_name(c) for c in head}
    lacking = [c for c in COLUMNS if c not in names and c not in (PRINTS_NOW, "note", "room")]
    columns = ", ".join(COLUMNS)
    for i, written in _unknown(head):
        meant = did_you_mean(written, lacking)
        report = errs.warn if meant else errs.note
        report(
            "translate.column",
            f"column {_letter(i)}, '{written}', is none of the export's columns: its cells "
            "are not read",
            Mark(path, top, i + 1),
            *meant,
            f"delete the column, or name it as one of the columns: {columns}",
        )
    width = max(len(row) for row in rows)  # a workbook's rows end at their last cell
    for i in range(width):
        if not _name(_cell(head, i)) and any(_cell(row, i).strip() for row in rows[1:]):
            errs.note(
                "translate.column",
                f"column {_letter(i)} has no name in the first row: its cells are not read",
                Mark(path, top, i + 1),
                f"delete the column, or name it as one of the columns: {columns}",
            )


def _status(row: list[str], at: dict[str, int], mark: Mark, key: str, errs: Collector) -> str:
    """A row's status as the import reads it: one of the export's (`STATUSES`, an outdated
    one's "outdated: translated from ..." as `outdated`), "" when empty or absent, "unsure"
    for a translator's "not sure yet" (`UNSURE`); any other value is a `translate.status`
    error at its cell (a `fuzzy` had been imported as a finished translation)."""
    typed = _cell(row, at["status"]).strip() if "status" in at else ""
    word = " ".join(typed.casefold().replace("-", " ").replace("_", " ").split())
    if not word:
        return ""
    for known in STATUSES:
        if word == known or word.startswith(f"{known}:"):
            return known
    if word in UNSURE or word.endswith("?"):
        return "unsure"
    errs.error(
        "translate.status",
        f"'{key}': row {mark.line}, column status: '{typed}' is not a status: it would be "
        "imported as translated",
        mark,
        *did_you_mean(word, STATUSES),
        f"write one of {', '.join(STATUSES)}, or 'fuzzy' to leave the text out of this import",
    )
    return "invalid"


def _not_text(errs: Collector, what: str, column: str, mark: Mark, value: object) -> None:
    """The `translate.cell` error of a workbook's translation cell that holds `value`, no
    text: a spreadsheet took what was typed for a date (`1/3` in a "General" cell is 3
    January), a number (`0.333333333333333`, a `0800` without its 0), a truth value or a
    formula (`#NAME?`, where what was typed began with "=", "+" or "-"). It was imported as
    the value's text (`2024-01-03 00:00:00`, `#NAME?`), which was then printed."""
    from openpyxl.utils import get_column_letter

    if isinstance(value, FormulaError):
        holds = f"shows the formula error {value}"
        took = "a formula (it began with =, + or -)"
    elif isinstance(value, bool):
        holds, took = f"holds the truth value {_text(value)}", "a truth value"
    elif isinstance(value, (datetime, date, time, timedelta)):
        holds, took = f"holds {_shown(value)}", "a date or time"
    else:
        holds, took = f"holds the number {_text(value)}", "a number"
    errs.error(
        "translate.cell",
        f"{what}: row {mark.line}, column {column} ({get_column_letter(mark.col)}) {holds}, not "
        f"text: the spreadsheet took what was typed in it for {took}",
        mark,
        "format the column as Text (Excel: Format Cells > Text; LibreOffice: Format > Cells > "
        "Text), then type the translation into the cell again",
    )


def _shown(value: datetime | date | time | timedelta) -> str:
    """A date or time as the message names it, in ISO 8601 and without a time of midnight:
    "the date 2024-01-03", "the date 2024-01-03 10:20", "the time 10:20", "the duration
    1:30:00"."""
    if isinstance(value, datetime) and value.time() == time():
        value = value.date()
    if isinstance(value, datetime):
        return f"the date {value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, time):
        return f"the time {value:%H:%M}"
    return f"the duration {value}"


def _has(tags: list[str], tag: str) -> bool:
    """Whether the `exported` cell's `tags` have one that begins with `tag` (`source:`)."""
    return any(t.startswith(tag) for t in tags)


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""
