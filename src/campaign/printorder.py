"""A print order (`package --order FILE`): how many copies of each print file, on which stock,
finished how, for the job sheet the print shop reads. An office fills it in a spreadsheet (or
CSV, JSON, YAML: the reader of `merge`), one line per material, per material and language,
or per office too:

    material,language,office,copies,stock,finishing
    poster-a3,,,50,170 g/m2 silk,
    poster-a3,ar,,20,170 g/m2 silk,
    flyer-a5,,,500,135 g/m2 gloss,fold none

The most specific line gives a print file's copies: office, material and language before
office and material, before material and language, before material alone. Lines that name a
material, language or office the package has no print file of, copies that are not a whole
number from 1 to MAX_COPIES, and two lines for the same files are errors (`package.order`,
at their cells): nothing is written. A print file no line covers is a warning, its copies
left empty in the job sheet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .diagnostics import Collector, DiagnosticsError, Mark, did_you_mean
from .output import OutputFile

COLUMNS = ("material", "language", "office", "copies", "stock", "finishing")
REQUIRED = ("material", "copies")
MAX_COPIES = 1_000_000  # a run far past any office's print order: a slip of the keyboard
MAX_TEXT = 200  # characters of a stock or finishing: a line of the job sheet
CAMPAIGN = "campaign"  # the campaign kit's group (package.CAMPAIGN_GROUP)

# a line's files: (office or None for any, material, language or None for any)
Key = tuple[str | None, str, str | None]


@dataclass(frozen=True)
class OrderLine:
    """What one line of the order asks for its files."""

    copies: int
    stock: str
    finishing: str
    mark: Mark  # where the line is (its copies cell)


@dataclass(frozen=True)
class PrintOrder:
    lines: dict[Key, OrderLine]

    def line_for(self, f: OutputFile) -> OrderLine | None:
        """The most specific line for print file `f`, or None."""
        group = f.office or CAMPAIGN
        for key in (
            (group, f.material, f.language),
            (group, f.material, None),
            (None, f.material, f.language),
            (None, f.material, None),
        ):
            if key in self.lines:
                return self.lines[key]
        return None


def read_order(path: Path, prints: Iterable[OutputFile], errs: Collector) -> PrintOrder:
    """The order in `path`, checked against the package's print files `prints`; warnings
    (a print file no line covers, a column not read) go to `errs`. Raises DiagnosticsError
    `package.order` with every error of the file."""
    from .merge.data import column_key, read_table

    files = list(prints)
    try:
        table = read_table(path, errs, REQUIRED)
    except DiagnosticsError as exc:  # the data reader's words, under this command's code
        raise DiagnosticsError(
            [replace(d, code="package.order") for d in exc.diagnostics]
        ) from None
    keys = {column_key(c): c for c in table.columns}
    bad = Collector()
    missing = [c for c in REQUIRED if c not in keys]
    if missing:
        bad.error(
            "package.order",
            f"{path.name} has no column {', '.join(repr(c) for c in missing)}",
            Mark(path, 1, 1),
            f"name the columns in its first row: {', '.join(COLUMNS)} (language, office, "
            "stock and finishing may be left out)",
        )
        bad.raise_if_errors()
    for index, (column, name) in enumerate(keys.items(), 1):
        if column not in COLUMNS:
            errs.warn(
                "package.order",
                f"{path.name}: column '{name}' is not read",
                Mark(path, 1, index),
                f"the columns read: {', '.join(COLUMNS)}",
                *did_you_mean(column, COLUMNS),
            )
    materials = {f.material for f in files}
    languages = {f.material: {g.language for g in files if g.material == f.material} for f in files}
    groups = {f.office or CAMPAIGN for f in files}
    lines: dict[Key, OrderLine] = {}
    rows_of: dict[Key, int] = {}
    for row in table.source():
        cells = {column_key(k): c for k, c in row.items()}
        if not any(_text(cells, c) for c in COLUMNS):
            continue  # an empty line
        material, language, office = (_text(cells, c) for c in ("material", "language", "office"))
        first = next(iter(row.values()))
        at = table.mark(cells["material"]) if "material" in cells else table.mark(first)
        if material not in materials:
            known = ", ".join(sorted(materials))
            bad.error(
                "package.order",
                f"{path.name}: line {first.row}: "
                + (f"the package has no print file of '{material}'" if material else "no material"),
                at,
                *(did_you_mean(material, materials) or (f"materials: {known}",)),
            )
            continue
        if language and language not in languages[material]:
            bad.error(
                "package.order",
                f"{path.name}: line {first.row}: the package has no print file of {material} "
                f"in '{language}'",
                table.mark(cells["language"]),
                f"its languages: {', '.join(sorted(languages[material]))}",
            )
            continue
        if office and office not in groups:
            bad.error(
                "package.order",
                f"{path.name}: line {first.row}: the package has no files of office '{office}'",
                table.mark(cells["office"]),
                f"its groups: {', '.join(sorted(groups))} (leave it empty for every one)",
            )
            continue
        copies = _copies(cells.get("copies"))
        copies_at = table.mark(cells["copies"]) if "copies" in cells else at
        if isinstance(copies, str):
            bad.error(
                "package.order",
                f"{path.name}: line {first.row}: {copies}",
                copies_at,
                f"write a whole number from 1 to {MAX_COPIES:,}",
            )
            continue
        stock, finishing = _text(cells, "stock"), _text(cells, "finishing")
        for name, value in (("stock", stock), ("finishing", finishing)):
            if len(value) > MAX_TEXT:
                bad.error(
                    "package.order",
                    f"{path.name}: line {first.row}: the {name} is {len(value)} characters; "
                    f"at most {MAX_TEXT}",
                    table.mark(cells[name]),
                    "say it in a line: the paper and its weight, the finishing",
                )
        key: Key = (office or None, material, language or None)
        if key in lines:
            bad.error(
                "package.order",
                f"{path.name}: line {first.row} orders the same files as line {rows_of[key]}",
                at,
                "keep one of the two lines",
            )
            continue
        lines[key] = OrderLine(copies, stock, finishing, copies_at)
        rows_of[key] = first.row
    bad.raise_if_errors()
    order = PrintOrder(lines)
    uncovered = [f.name for f in files if order.line_for(f) is None]
    if uncovered:
        shown = ", ".join(uncovered[:5]) + (" ..." if len(uncovered) > 5 else "")
        errs.warn(
            "package.order",
            f"{path.name}: {len(uncovered)} print file(s) have no line in the order ({shown}): "
            "the job sheet leaves their copies empty",
            Mark.file(path),
            "add a line for their material (and language), or one for the material alone",
        )
    return order


def _text(cells: dict[str, Any], column: str) -> str:
    cell = cells.get(column)
    return "" if cell is None or cell.value is None else str(cell.value).strip()


def _copies(cell: object) -> int | str:
    """The copies a cell asks for, or why it cannot be read (a whole number from 1 to
    MAX_COPIES: a spreadsheet's 50 arrives as 50.0, and "1,000" as text)."""
    value = getattr(cell, "value", None)
    if isinstance(value, bool) or value is None or value == "":
        return "no copies given"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        written = value.strip().replace(",", "").replace("\u202f", "").replace(" ", "")
        value = int(written) if written.isdigit() else value
    if not isinstance(value, int):
        return f"copies '{value}' is not a whole number"
    if not 1 <= value <= MAX_COPIES:
        return f"copies {value:,} is not from 1 to {MAX_COPIES:,}"
    return value
