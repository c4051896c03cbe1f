"""`read_table`: a data file's `Table`, read by the reader of its format (`.csv .tsv .txt`:
`merge.csv_file`; `.xlsx`: `merge.xlsx`; `.ods .fods`: `merge.ods`; `.json .yaml .yml`:
`merge.json_yaml`), its rows counted and its limits checked (data.MAX_BYTES, MAX_ROWS,
MAX_CELL), a title above the header named (header_row.title_note), and a workbook's hidden
rows warned of."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import cast

from ..diagnostics import Collector, Mark, failure, folder_given
from .csv_file import read_csv
from .data import MAX_BYTES, MAX_CELL, MAX_ROWS, Cell, Row, Table, column_key
from .header_row import Header, title_note
from .json_yaml import read_json, read_yaml, record_rows
from .lock_files import open_warning, refuse_lock_file
from .xlsx import read_xlsx


def read_table(
    path: Path,
    errs: Collector,
    wanted: Sequence[str] = (),
    sheet: str | None = None,
    key: Callable[[str], str] | None = None,
) -> Table:
    """The rows of `path` (by its suffix: .csv .tsv .txt .xlsx .ods .fods .json .yaml .yml). Of a
    workbook's sheets, the first whose header row has most of the `wanted` columns is read
    (a sheet of instructions before the events' was read, and its header had none of them);
    `sheet` names the one to read (`workbook.choose_sheet`); `key`: a header as the `wanted` columns
    are named (column_key; merge.column_names.event_column reads สถานที่ as venue). A sheet named
    for a file that has none (CSV, JSON, YAML) is a `merge.sheet` error.

    The header of a CSV file or a sheet is its first row, or the row below a title that
    names every `wanted` column (header_row.find_header): the rows above it are skipped,
    and a `merge.title-rows` note names them; every row keeps its number in the file.

    Raises DiagnosticsError `merge.read` when the file cannot be read at all (missing, too
    large, not this format, no header, a spreadsheet program's lock file), `merge.column`
    when what is above the header is more than a title; cells too long are reported to
    `errs` (all at once), and a file open in Excel or LibreOffice, whose unsaved changes are
    not read (lock_files.open_warning)."""
    key = key or column_key
    refuse_lock_file(path)  # ~$events.xlsx, .~lock.events.xlsx#: not the data
    _check_size(path)
    open_warning(path, errs)  # open in Excel or LibreOffice: what is saved is read
    suffix = path.suffix.lower()
    if sheet is not None and suffix not in (".xlsx", ".ods", ".fods"):
        raise failure(
            "merge.sheet",
            f"{path.name} has no sheets: --sheet is for a workbook (.xlsx, .ods)",
            None,
            "leave --sheet out",
        )
    columns, raw, read, sheets, hidden_rows, hidden_columns, header, key_marks = _read_format(
        path, suffix, wanted, sheet, key
    )
    count, long = _counted(path, raw)
    title_note(path, header, read if len(sheets) > 1 else "", errs)
    # hidden rows are read once and kept (a merge reads them twice: their numbers here, their
    # event ids in merge.events): few as a rule, and at most MAX_ROWS in all
    kept = tuple(hidden_rows()) if hidden_rows else ()
    hidden = tuple(next(iter(r.values())).row for r in kept)
    table = Table(
        path, columns, raw, count, read, sheets, hidden, kept, key_marks,
        hidden_columns=hidden_columns, header_line=header.line,
    )  # fmt: skip
    if hidden:
        _hidden_warning(path, hidden, read, errs)
    for cell in long:
        assert isinstance(cell.value, str)
        errs.error(
            "merge.cell",
            f"{cell.where}: {len(cell.value)} characters; a cell may hold at most {MAX_CELL}",
            table.mark(cell),
            f"shorten the cell to at most {MAX_CELL} characters: no slot prints more",
        )
    return table


def _check_size(path: Path) -> None:
    """Raises DiagnosticsError `merge.read` when `path` cannot be read, is a folder or is
    over MAX_BYTES."""
    if path.is_dir():
        endings = (".csv", ".tsv", ".txt", ".xlsx", ".ods", ".fods", ".json", ".yaml", ".yml")
        raise folder_given("merge.read", path, "the data file", endings)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise failure(
            "merge.read",
            f"cannot read {path}: {exc.strerror}",
            None,
            "check the path, and that your user may read the file",
        ) from None
    if size > MAX_BYTES:
        raise failure(
            "merge.read",
            f"{path} is {size / 1e6:.1f} MB; a data file may be at most {MAX_BYTES / 1e6:g} MB",
            None,
            "split it into several files",
        )


# What a data file's reader gives `read_table`: a workbook's (WorkbookRead), then the places
# of a JSON or YAML record's keys (none for the others)
FormatRead = tuple[
    tuple[str, ...],
    Callable[[], Iterator[Row]],
    str,
    tuple[str, ...],
    Callable[[], Iterator[Row]] | None,
    frozenset[int],
    Header,
    tuple[Mark | None, ...],
]


def _read_format(
    path: Path, suffix: str, wanted: Sequence[str], sheet: str | None, key: Callable[[str], str]
) -> FormatRead:
    """`path` read by the reader of its `suffix` (`read_table`'s formats); raises
    DiagnosticsError `merge.read` for any other, naming the formats to save it as."""
    no_sheets = "", cast("tuple[str, ...]", ())  # a workbook's sheet read, and all
    if suffix in (".csv", ".tsv", ".txt"):
        columns, rows, header = read_csv(path, wanted, key)
        return columns, rows, *no_sheets, None, frozenset(), header, ()
    if suffix == ".xlsx":
        return (*read_xlsx(path, wanted, sheet, key), ())
    if suffix in (".ods", ".fods"):
        from .ods import read_ods

        return (*read_ods(path, wanted, sheet, key), ())
    if suffix in (".json", ".yaml", ".yml"):
        columns, raw, key_marks = record_rows(
            path, read_json(path) if suffix == ".json" else read_yaml(path)
        )
        return columns, raw, *no_sheets, None, frozenset(), Header(), key_marks
    raise failure(
        "merge.read",
        f"{path}: unknown data format '{suffix}'",
        None,
        "use .csv, .xlsx, .ods, .json or .yaml"
        + (
            ": save it as .xlsx or as CSV UTF-8 (File > Save As, in LibreOffice or Excel)"
            if suffix in (".xls", ".numbers")
            else ""
        ),
    )


def _counted(path: Path, raw: Callable[[], Iterator[Row]]) -> tuple[int, list[Cell]]:
    """The rows counted and the cells over MAX_CELL kept, in one pass; raises
    DiagnosticsError `merge.read` for more than MAX_ROWS records."""
    count, long = 0, []
    for row in raw():
        count += 1
        long += [c for c in row.values() if isinstance(c.value, str) and len(c.value) > MAX_CELL]
    if count > MAX_ROWS:
        raise failure(
            "merge.read",
            f"{path} has {count} records; at most {MAX_ROWS} are merged in one run",
            None,
            "split it into several files",
        )
    return count, long


def _hidden_warning(path: Path, hidden: tuple[int, ...], read: str, errs: Collector) -> None:
    """A `merge.hidden` warning naming a sheet's hidden rows (the first ten), which are not
    merged and whose events keep their earlier files."""
    shown = ", ".join(str(n) for n in hidden[:10]) + (" ..." if len(hidden) > 10 else "")
    errs.warn(
        "merge.hidden",
        f"{path.name}: {len(hidden)} row(s) hidden in sheet '{read}' are not merged "
        f"(row {shown}); their events' earlier files are kept",
        Mark(path, hidden[0], 1),
        "unhide the rows (or clear the sheet's filter) to merge them",
    )
