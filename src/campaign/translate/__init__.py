"""Translators' round trip: a language's strings out as PO, XLIFF 2.0, CSV or XLSX with the
source's text, note, status and room budget, and back in, checked whole first; a new
language's strings file; and the proof sheet (`proof`).

- `entries`: what every format carries, and the status of each string;
- `room`: the room budget (slots, sizes, lines, characters that fit);
- `po`, `xliff`, `table` (CSV and XLSX): one writer and one reader each;
- `store`: import (language, keys, placeholders) and the strings file's writer;
- `scaffold`: `new language XX`;
- `proof`, `proof_pdf`: the proof sheet from the layout's copy-fit results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..diagnostics import failure, folder_given
from ..langnames import language_names
from ..model import Kit
from .entries import Entry, Parsed, cannot_read, entries
from .po import read_po, write_po
from .store import Imported, merge
from .table import read_csv, read_xlsx, write_csv, write_xlsx
from .xliff import read_xliff, write_xliff

FORMATS = ("po", "xliff", "csv", "xlsx")
WORKBOOKS = (".xls", ".ods")  # workbooks of other formats than Office Open XML's
ENDINGS = {
    ".po": "po",
    ".pot": "po",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",  # a workbook with macros: its cells are read, never its macros
}
WRITERS: dict[str, Callable[[Kit, str, list[Entry]], bytes]] = {
    "po": write_po,
    "xliff": write_xliff,
    "csv": write_csv,
    "xlsx": write_xlsx,
}
READERS: dict[str, Callable[[Path], Parsed]] = {
    "po": read_po,
    "xliff": read_xliff,
    "csv": read_csv,
    "xlsx": read_xlsx,
}


def export(kit: Kit, code: str, fmt: str = "po") -> bytes:
    """Language `code` (of the kit, or new: every translation empty) in format `fmt`."""
    return WRITERS[fmt](kit, code, entries(kit, code))


def format_of(path: Path) -> str:
    """The format of a translator's file: by its ending, else by its first characters (a ZIP's
    are an Excel workbook's). Raises `translate.read` for a workbook of another format (.xls,
    .ods), which a spreadsheet program saves as the .xlsx or CSV this reads ("has NUL bytes
    but is not UTF-16 text" said nothing of that)."""
    known = ENDINGS.get(path.suffix.lower())
    if known:
        return known
    if path.suffix.lower() in WORKBOOKS:
        raise failure(
            "translate.read",
            f"{path.name} is a workbook of another format: strings import reads Excel "
            "workbooks (.xlsx) and the .csv a spreadsheet saves (and .po and .xlf files)",
            None,
            "in the spreadsheet program: File > Save As > Excel Workbook (.xlsx) or CSV UTF-8 "
            "(comma delimited), then import that file",
        )
    try:
        head = path.read_bytes()[:512]
    except OSError as exc:
        raise cannot_read(path, exc) from None
    if head.startswith(b"PK\x03\x04"):  # a ZIP: an Office Open XML workbook
        return "xlsx"
    start = head.decode("utf-8-sig", "replace").lstrip()
    if start.startswith("<"):
        return "xliff"
    if start.startswith(("#", "msg")):
        return "po"
    return "csv"


def import_file(kit: Kit, path: Path, code: str | None = None, overwrite: bool = False) -> Imported:
    """Read a PO, XLIFF, CSV or XLSX file, check it whole and merge it into its strings file
    (`store.merge`: with `overwrite`, the file's texts also where both changed)."""
    if path.is_dir():
        raise folder_given("translate.read", path, "one translator's file", ENDINGS)
    if not path.is_file():
        raise failure("translate.read", f"no file {path}", None, "give the exported file's path")
    return merge(kit, READERS[format_of(path)](path), path, code, overwrite)


__all__ = [
    "FORMATS",
    "Imported",
    "export",
    "format_of",
    "import_file",
    "language_names",
]


def proof_sheet(kit: Kit, code: str) -> bytes:
    """The proof sheet PDF of language `code` (see `proof_pdf`)."""
    from ..fonts import load_fontbook
    from .proof import proof_entries
    from .proof_pdf import proof_pdf

    fonts = load_fontbook(kit.fonts_dir)
    lang, rows = proof_entries(kit, fonts, code)
    source = kit.languages[kit.campaign.source_language]
    title = f"Proof sheet: {lang.name} ({lang.code}), {kit.campaign.name} {kit.campaign.year}"
    return proof_pdf(fonts, lang, rows, source.name, title, kit.campaign.year)
