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
place is the spreadsheet's row (the header is row 1) and column."""

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


def write_csv(kit: Kit, code: str, rows: list[Entry]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            (
                r.key,
                r.source,
                r.translation,
                r.short_source or "",
                r.short_translation,
                f"{r.status}: translated from \u201c{r.previous}\u201d"
                if r.previous is not None
                else r.status,
                r.note or "",
                "\n".join(r.room_lines()),
                exported_tag(code, r.translation, r.export)
                + (f" {exported_tag(code, r.short_translation, r.export)}" if r.has_short else ""),
            )
        )
    return out.getvalue().encode("utf-8-sig")


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
    return Parsed(None, items)


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""
