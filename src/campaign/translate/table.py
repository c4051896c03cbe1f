"""CSV for spreadsheets: a header row, then one row per string key.

Columns: key, source, translation, short source, short translation, status, note, room (one
line per slot, in the cell), exported (the translation's and the short one's digests as
exported, "fr:<digest> fr:<digest>": `store.merge` merges three ways with them). Written as
UTF-8 with a byte order mark and CRLF line ends, so Excel and LibreOffice open it in UTF-8
whatever the system's language; read back with or without the mark, comma- or
semicolon-separated (a spreadsheet set to a language that writes decimal commas saves
semicolons). Only `key`, `translation`, `short translation`, `source` (the text translated,
kept with it: `strings.outdated`), `status` and `exported` are read; an outdated text's
status names the source's text it was translated from.
CSV has no place for the language: it is `--lang`, else the file's name (fr.csv). A problem's
place is the spreadsheet's row (the header is row 1) and column.

XLSX (Office Open XML, read and written with openpyxl) holds the same columns in a sheet named
by the language, which its document properties also give (`language`): Excel's plain "CSV"
saves in the computer's legacy code page, which has no Arabic or Thai on most computers, and
a workbook saved back is the file itself. Every cell is text (a translation that begins with
"=" stays text, not a formula); the header row is frozen, long cells wrap, and the
translation columns of a right-to-left language read right to left."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..diagnostics import Mark, failure
from ..model import Kit
from ..textfile import NotTextError, byte_place, spreadsheet_text
from .entries import EXPORTED, Entry, Incoming, Parsed, exported_tag

COLUMNS = (
    "key",
    "source",
    "translation",
    "short source",
    "short translation",
    "status",
    "note",
    "room",
    # the translation's and the short one's digests as exported (entries.exported_tag,
    # "fr:... fr:..."): the import tells the translator's changes from changes made since
    "exported",
)
NEEDED = ("key", "translation")


def _values(code: str, r: Entry) -> tuple[str, ...]:
    """One string's cells, in the order of COLUMNS."""
    return (
        r.key,
        r.source,
        r.translation,
        r.short_source or "",
        r.short_translation,
        (
            f"{r.status}: translated from \u201c{r.previous}\u201d"
            if r.previous is not None
            else r.status
        ),
        r.note or "",
        "\n".join(r.room_lines()),
        exported_tag(code, r.translation, r.export)
        + (f" {exported_tag(code, r.short_translation, r.export)}" if r.has_short else ""),
    )


def write_csv(kit: Kit, code: str, rows: list[Entry]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(_values(code, r))
    return out.getvalue().encode("utf-8-sig")


# XLSX: each column's width (characters), and the columns a translator writes in
WIDTHS = (26, 48, 48, 28, 28, 16, 36, 36, 18)
WRITTEN = ("translation", "short translation")


def write_xlsx(kit: Kit, code: str, rows: list[Entry]) -> bytes:
    """The CSV's columns as a workbook (see the module's docstring)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang = kit.languages.get(code)
    rtl = lang.rtl if lang is not None else _rtl_code(code)
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
        sheet.column_dimensions[get_column_letter(n)].width = WIDTHS[n - 1]
        for row, cell in enumerate(column, start=1):
            cell.data_type = "s"  # text: a value that begins with "=" is no formula
            right = rtl and n in written and row > 1
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
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rtl_code(code: str) -> bool:
    """A language the kit has not yet: right to left by its CLDR script (Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code.replace("-", "_")).character_order == "right-to-left"
    except (UnknownLocaleError, ValueError):
        return False


def read_csv(path: Path) -> Parsed:
    """A table of translations: comma-, semicolon- or tab-separated (Excel's "Unicode Text" is
    UTF-16 with tabs), UTF-8 or UTF-16 (`textfile.spreadsheet_text`)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise failure("translate.read", f"cannot read {path}: {exc.strerror}") from None
    try:
        text = spreadsheet_text(raw)
    except NotTextError as exc:
        bad = exc.at or 0
        line, byte_column = byte_place(raw, bad)  # as an editor counts: in characters
        where = ""
        if exc.at is not None and bad < len(raw):
            shown = raw[bad : bad + 1].decode("cp1252", "replace")
            where = (
                f": byte 0x{raw[bad]:02X} at column {byte_column}, which is '{shown}' in "
                "Windows-1252 (what Excel's plain 'CSV' saves)"
            )
        raise failure(
            "translate.read",
            f"{path.name} {exc.why.replace('is not UTF-8', 'is not UTF-8 text')}{where}",
            Mark(path, line, byte_column if exc.at is not None else 1),
            "save it as 'CSV UTF-8' (Excel) or with the character set 'Unicode (UTF-8)' "
            "(LibreOffice)",
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)  # the header's most frequent (a tie: comma)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return Parsed(None, _items(path, rows))


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
        raise failure("translate.read", f"cannot read {path}: {exc.strerror}") from None
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
        first: list[list[str]] | None = None
        rows: list[list[str]] = []
        for sheet in [*named, *(sh for sh in sheets if sh not in named)]:
            sheet.reset_dimensions()  # its stored size may be stale: read every cell
            table = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            first = table if first is None else first
            head = {c.strip().lower() for c in table[0]} if table else set()
            if all(c in head for c in NEEDED):
                rows = table
                break
        else:
            rows = first or []  # its error names the columns it lacks
    finally:
        book.close()
    return Parsed(language, _items(path, rows))


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


def _items(path: Path, rows: list[list[str]]) -> list[Incoming]:
    """The translations of a table's rows (the first: the header), each at its cell."""
    head = [c.strip().lower() for c in rows[0]] if rows else []
    missing = [c for c in NEEDED if c not in head]
    if missing:
        raise failure(
            "translate.read",
            f"{path.name} has no column {', '.join(repr(c) for c in missing)} in its first row",
            Mark(path, 1, 1),
            f"keep the exported header row: {', '.join(COLUMNS)}",
        )
    at = {name: i for i, name in enumerate(head)}
    items = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        key = _cell(row, at["key"]).strip()
        for column, part in (("translation", "text"), ("short translation", "short")):
            if column in at:
                col = at[column]
                mark = Mark(path, n, col + 1)
                given = "source" if part == "text" else "short source"
                source = _cell(row, at[given]) if given in at else None
                status = _cell(row, at["status"]).strip() if "status" in at else ""
                pending = status.startswith(("outdated", "to translate"))
                bases = _cell(row, at["exported"]).split() if "exported" in at else []
                base = bases[0 if part == "text" else 1] if len(bases) > (part != "text") else None
                base = base if base and EXPORTED.fullmatch(base) else None
                items.append(
                    Incoming(
                        key,
                        part,  # type: ignore[arg-type]
                        _cell(row, col),
                        mark,
                        source,
                        pending,
                        base,
                        key_mark=Mark(path, n, at["key"] + 1),
                    )
                )
    return items


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""
