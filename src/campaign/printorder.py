"""A print order (`package --order FILE`): how many copies of each print file, on which stock,
finished how, for the job sheet the print shop reads. An office fills it in a spreadsheet (or
CSV, JSON, YAML: the reader of `merge`), one line per material, per material and language,
or per office too:

    material,language,office,copies,stock,finishing
    poster-a3,,,50,170 g/m2 silk,
    poster-a3,ar,,20,170 g/m2 silk,
    flyer-a5,,,500,135 g/m2 gloss,fold none

The most specific line gives a print file's copies: office, material and language before
office and material, before material and language, before material alone; for a merge's
files, a line naming the event (`event_id`) before those. Its stock or finishing, left
empty, is the next covering line's that gives one. Lines that name a
material, language or office the package has no print file of, copies that are not a whole
number from 1 to MAX_COPIES, and two lines for the same files are errors (`package.order`,
at their cells): nothing is written. A print file no line covers is a warning, its copies
left empty in the job sheet. A line's copies are each file's it covers, not theirs in all
(`package.copies.Tally`: its note and the package's summary say so)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .diagnostics import Collector, DiagnosticsError, Mark, did_you_mean
from .output import OutputFile

if TYPE_CHECKING:
    from .merge.data import Cell, Row, Table

COLUMNS = ("material", "language", "office", "event_id", "copies", "stock", "finishing")
REQUIRED = ("material", "copies")
MAX_COPIES = 1_000_000  # a run far past any office's print order: a slip of the keyboard
MAX_TEXT = 200  # characters of a stock or finishing: a line of the job sheet
CAMPAIGN = "campaign"  # the campaign kit's group (package.CAMPAIGN_GROUP)

# a line's files: (office or None for any, material, language or None for any, a merged
# event's id or None for any)
Key = tuple[str | None, str, str | None, str | None]


@dataclass(frozen=True)
class OrderLine:
    """What one line of the order asks for its files."""

    copies: int
    stock: str
    finishing: str
    mark: Mark  # where the line is (its copies cell)
    place: str = ""  # "row 3", "record 2": as the order's messages name the line


@dataclass(frozen=True)
class PrintOrder:
    lines: dict[Key, OrderLine]

    def line_for(self, f: OutputFile) -> OrderLine | None:
        """The most specific line for print file `f`, or None: a merged event's own lines
        first, then the lines for every event. Its stock or finishing left empty is taken
        from the next line that covers the file and gives one (an event's own copies on a
        line without its stock dropped the stock every other event of the material got)."""
        group = f.office or CAMPAIGN
        found = [
            self.lines[key]
            for record in dict.fromkeys((f.record, None))
            for key in (
                (group, f.material, f.language, record),
                (group, f.material, None, record),
                (None, f.material, f.language, record),
                (None, f.material, None, record),
            )
            if key in self.lines
        ]
        if not found:
            return None
        first = found[0]
        stock = next((line.stock for line in found if line.stock), "")
        finishing = next((line.finishing for line in found if line.finishing), "")
        return replace(first, stock=stock, finishing=finishing)


def read_order(
    path: Path,
    prints: Iterable[OutputFile],
    errs: Collector,
    packed: Iterable[OutputFile] | None = None,
) -> PrintOrder:
    """The order in `path`, checked against the build's print files `prints`; its warnings
    (a print file of `packed`, the package's, default `prints`, that no line covers; a
    column not read; hidden rows) go to `errs`: `package --only` checks the order's lines
    against every print file of the build, and warns of the packed ones only;
    `--ordered-only` packs only those with copies, and warns of none. Raises
    DiagnosticsError `package.order` with every problem of the file, warnings first (a
    column not read often explains an error below it)."""
    files = list(prints)
    table, found = _read_table(path)
    _check_columns(table, path, found)
    lines = _Lines(path, table, found, _files_by_material(files))
    for row in table.source():
        lines.read(row)
    _raise(found)
    errs.extend(found.warnings)
    order = PrintOrder(lines.lines)
    shown = files if packed is None else list(packed)  # `packed` may be read once
    _warn_uncovered(order, shown, path, errs)
    _warn_stock_paper(order, shown, path, errs)
    return order


def _read_table(path: Path) -> tuple[Table, Collector]:
    """The order's table, and what reading it found said in this command's words: the data
    reader's own problems (a cell too long, the file open in a spreadsheet program), rows
    hidden in a workbook's sheet (not read)."""
    from .merge.tables import read_table

    scratch = Collector()  # the data reader's own: said again here in this command's words
    try:
        table = read_table(path, scratch, REQUIRED)
    except DiagnosticsError as exc:
        raise DiagnosticsError(
            [replace(d, code="package.order") for d in exc.diagnostics]
        ) from None
    found = Collector()
    found.extend(replace(d, code="package.order") for d in scratch.errors)  # cells too long
    # open in Excel or LibreOffice: its unsaved changes are not read (merge.lock_files)
    found.extend(replace(d, code="package.order") for d in scratch.items if d.code == "merge.open")
    if table.hidden:
        rows = ", ".join(str(n) for n in table.hidden[:10]) + (
            " ..." if len(table.hidden) > 10 else ""
        )
        found.warn(
            "package.order",
            f"{path.name}: {len(table.hidden)} row(s) hidden in sheet '{table.sheet}' are not "
            f"read (row {rows})",
            Mark(path, table.hidden[0], 1),
            "unhide the rows (or clear the sheet's filter) to order their files",
        )
    return table, found


def _check_columns(table: Table, path: Path, found: Collector) -> None:
    """A column named twice, or not read (an error when it is near a column's name: its
    lines would order other files), to `found`; raises at once without a column REQUIRED."""
    from .merge.data import column_key

    keys: dict[str, str] = {}
    for index, name in enumerate(table.columns, 1):
        column = column_key(name)
        if column in keys and column in COLUMNS:
            found.error(
                "package.order",
                f"{path.name}: column '{name}' is column '{keys[column]}' again",
                table.column_mark(index),
                "keep one of the two",
            )
        keys.setdefault(column, name)
        if column not in COLUMNS:
            near = did_you_mean(column, COLUMNS)
            (found.error if near else found.warn)(
                "package.order",
                f"{path.name}: column '{name}' is not read"
                + (": its lines would order other files than meant" if near else ""),
                table.column_mark(index),
                *(near or (f"the columns read: {', '.join(COLUMNS)}",)),
            )
    missing = [c for c in REQUIRED if c not in keys]
    if missing:
        found.error(
            "package.order",
            f"{path.name} has no column {', '.join(repr(c) for c in missing)}",
            Mark(path, 1, 1),
            f"name the columns in its first row: {', '.join(COLUMNS)} (all but "
            "material and copies may be left out)",
        )
        _raise(found)


# a material's print files as (office or CAMPAIGN, language, a merged event's id or None)
Made = list[tuple[str, str, str | None]]


def _files_by_material(files: list[OutputFile]) -> dict[str, Made]:
    """Each material's files: an order's line is checked against its material's alone (a
    merge's 10,000 files, and an order with a line per event)."""
    by_material: dict[str, Made] = {}
    made = dict.fromkeys((f.office or CAMPAIGN, f.material, f.language, f.record) for f in files)
    for group, material, language, record in made:
        by_material.setdefault(material, []).append((group, language, record))
    return by_material


@dataclass
class _Lines:
    """The order's lines as they are read, a row at a time; each row's problems go to
    `found`, at their cells, and a row with one gives no line."""

    path: Path
    table: Table
    found: Collector
    by_material: dict[str, Made]
    lines: dict[Key, OrderLine] = field(default_factory=dict)
    rows_of: dict[Key, str] = field(default_factory=dict)  # "row 3", "record 2"

    def read(self, row: Row) -> None:
        """One row: its line, unless a problem of it is said."""
        from .merge.data import column_key

        cells = {column_key(k): c for k, c in row.items()}
        if not any(_text(cells, c) for c in COLUMNS):
            return  # an empty line
        first = next(iter(row.values()))
        place = f"{'row' if first.index else 'record'} {first.row}"  # JSON, YAML: records
        where = f"{self.path.name}: {place}"
        at = self.table.mark(cells["material"]) if "material" in cells else self.table.mark(first)
        material = _text(cells, "material")
        if material not in self.by_material:
            self._no_material(material, where, at)
            return
        mine = self.by_material[material]
        language = _spelt(_text(cells, "language"), {c for _, c, _ in mine})
        office = _spelt(_text(cells, "office"), {g for g, _, _ in mine})
        ids = sorted({r for _, _, r in mine if r})
        event = _spelt(_text(cells, "event_id"), set(ids))
        if event and not any(r == event and (not office or g == office) for g, _, r in mine):
            self._no_event(material, office, event, ids, where, cells["event_id"])
            return
        if not any(
            (not office or g == office)
            and (not language or c == language)
            and (not event or r == event)
            for g, c, r in mine
        ):
            self._no_files(material, office, language, event, where, cells, at)
            return
        line = self._line(cells, where, at)
        if line is None:
            return
        key: Key = (office or None, material, language or None, event or None)
        if key in self.lines:
            self.found.error(
                "package.order",
                f"{where} orders the same files as {self.rows_of[key]}",
                at,
                "keep one of the two lines",
            )
            return
        self.lines[key] = replace(line, place=place)
        self.rows_of[key] = place

    def _no_material(self, material: str, where: str, at: Mark) -> None:
        materials = set(self.by_material)
        known = ", ".join(sorted(materials))
        self.found.error(
            "package.order",
            f"{where}: "
            + (f"the package has no print file of '{material}'" if material else "no material"),
            at,
            *(did_you_mean(material, materials) or (f"materials: {known}",)),
        )

    def _no_event(
        self, material: str, office: str, event: str, ids: list[str], where: str, cell: Cell
    ) -> None:
        self.found.error(
            "package.order",
            f"{where}: the package has no print file of {material} for event '{event}'"
            + (f" of '{office}'" if office else ""),
            self.table.mark(cell),
            *(
                did_you_mean(event, ids)
                or (
                    f"its events: {', '.join(ids[:10])}{' ...' if len(ids) > 10 else ''}"
                    if ids
                    else f"{material} is no merge's: leave event_id empty",
                )
            ),
        )

    def _no_files(
        self,
        material: str,
        office: str,
        language: str,
        event: str,
        where: str,
        cells: dict[str, Cell],
        at: Mark,
    ) -> None:
        """The row's material has files, but none of its language, office and event."""
        mine = self.by_material[material]
        what = material + (f" in '{language}'" if language else "")
        what += f" for '{office}'" if office else ""
        what += f" for event '{event}'" if event else ""
        column = "office" if office and language else "language" if language else "office"
        having = sorted({c for g, c, _ in mine if g == office})
        if office and language and having:
            hint = f"{office}'s languages of {material}: {', '.join(having)}"
        elif language and not office:
            hint = f"its languages: {', '.join(sorted({c for _, c, _ in mine}))}"
        else:
            groups = ", ".join(sorted({g for g, _, _ in mine}))
            hint = f"its groups: {groups} (leave it empty for every one)"
        self.found.error(
            "package.order",
            f"{where}: the package has no print file of {what}",
            self.table.mark(cells[column]) if column in cells else at,
            hint,
        )

    def _line(self, cells: dict[str, Cell], where: str, at: Mark) -> OrderLine | None:
        """The row's copies, stock and finishing; None when its copies cannot be read. A
        stock or finishing too long is said, and the line is still given."""
        cell = cells.get("copies")
        copies = _copies(cell)
        copies_at = self.table.mark(cell) if cell is not None else at
        if isinstance(copies, str):
            self.found.error(
                "package.order",
                f"{where}: {copies}",
                copies_at,
                "open the file in the spreadsheet program and save it, so that it holds the "
                "formula's value"
                if getattr(cell, "formula", False)
                else f"write a whole number from 1 to {MAX_COPIES:,}",
            )
            return None
        stock, finishing = _text(cells, "stock"), _text(cells, "finishing")
        for name, value in (("stock", stock), ("finishing", finishing)):
            if len(value) > MAX_TEXT:
                self.found.error(
                    "package.order",
                    f"{where}: the {name} is {len(value)} characters; at most {MAX_TEXT}",
                    self.table.mark(cells[name]),
                    "say it in a line: the paper and its weight, the finishing",
                )
        return OrderLine(copies, stock, finishing, copies_at)


def _warn_uncovered(
    order: PrintOrder, files: list[OutputFile], path: Path, errs: Collector
) -> None:
    """A warning naming the print files no line of `order` covers (their copies left empty)."""
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


# words a stock's description names its paper by, whole words: the uncoated (uncoated, bond,
# recycled, natural; French non couché, German ungestrichen, Naturpapier, Spanish sin
# estucar) and the coated (coated, gloss, silk, satin, art paper; couché, gestrichen,
# Bilderdruck, estucado). A negated form is read first: "uncoated" and "non couché" hold a
# coated word. "Offset" is not one: it names the printing process as often as the paper.
UNCOATED = re.compile(
    r"\b(?:uncoated|non[- ]coated|bond|recycled|natural|non[- ]couch[ée]|ungestrichen|"
    r"naturpapier|sin estucar|no estucado)\b",
    re.IGNORECASE,
)
COATED = re.compile(
    r"\b(?:coated|gloss|glossy|silk|satin|art paper|couch[ée]|gestrichen|bilderdruck|"
    r"estucado)\b",
    re.IGNORECASE,
)


# the press condition to build for a stock's paper, as `_warn_stock_paper`'s hint names it
FOR_PAPER = {"coated": "fogra39", "uncoated": "fogra29"}


def stock_paper(stock: str) -> str | None:
    """The paper a stock's description names ("135 g/m2 gloss": coated; "90 g/m2 uncoated":
    uncoated), or None where it names neither (a weight alone, a brand) or both ("recycled
    silk": a coated recycled paper, "Bond Street Gloss": a brand): then nothing is said."""
    uncoated = UNCOATED.search(stock) is not None
    coated = COATED.search(UNCOATED.sub(" ", stock)) is not None
    if uncoated == coated:
        return None
    return "uncoated" if uncoated else "coated"


def _warn_stock_paper(
    order: PrintOrder, files: list[OutputFile], path: Path, errs: Collector
) -> None:
    """A `package.order` warning at each line whose stock names coated or uncoated paper
    (stock_paper) while print files it orders are separated for the other (their press
    condition, presses.PAPER): a package of FOGRA29 files ordered on "135 g/m2 gloss"
    printed both on the job sheet without a word (a print shop's trial). On uncoated paper
    a coated separation prints dark and muddy, with more ink than the paper takes; on coated
    paper an uncoated one prints pale and flat."""
    from .presses import PAPER, PROFILES

    paper_of = {ident: PAPER[key] for key, (_, ident, _) in PROFILES.items()}
    told: dict[tuple[Mark, str, str], list[str]] = {}  # (line, its stock, press): files
    for f in files:
        line = order.line_for(f)
        if line is None or not line.stock:
            continue
        wants = stock_paper(line.stock)
        ident = str(f.extra.get("output_condition", ""))
        made = paper_of.get(ident)
        if wants is not None and made is not None and wants != made:
            told.setdefault((line.mark, line.stock, ident), []).append(f.name)
    for (mark, stock, ident), names in told.items():
        made, wants = paper_of[ident], stock_paper(stock)
        assert wants is not None  # told only of a stock that names its paper
        shown = ", ".join(names[:3]) + (" ..." if len(names) > 3 else "")
        errs.warn(
            "package.order",
            f"{path.name}: the stock '{stock}' is {wants} paper, and {len(names)} "
            f"print file(s) it orders are separated for {made} paper "
            f"({ident}: {shown}): "
            + (
                "on uncoated paper they print dark and muddy, with more ink than it takes"
                if made == "coated"
                else "on coated paper they print pale and flat"
            ),
            mark,
            f"order {made} paper for them, or build them for the stock: `output_profile: "
            f"{FOR_PAPER[wants]}` ({FOR_PAPER[wants]} ({wants})) in the office's file, or "
            "campaign.yaml for the campaign's, then package again",
        )


def _raise(found: Collector) -> None:
    """Raise every problem found, warnings first, when there is an error."""
    if found.errors:
        raise DiagnosticsError(found.warnings + found.errors)


def _spelt(value: str, known: set[str]) -> str:
    """`value` as the package spells it, case aside (AR is ar: BCP 47 tags and office ids
    are case-insensitive here as on the command line); `value` itself when none matches."""
    folded = value.casefold()
    return next((k for k in sorted(known) if k.casefold() == folded), value)


def _text(cells: dict[str, Any], column: str) -> str:
    cell = cells.get(column)
    return "" if cell is None or cell.value is None else str(cell.value).strip()


# A whole number as people write one, digits in groups of three after the first when they
# are separated: by a comma, a full stop, an apostrophe (Swiss), a space, a no-break space or
# a narrow one (French Excel's U+00A0 and U+202F). "2,5" or "1,0" (a decimal comma) is no
# whole number of copies, nor "1,2,3".
GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:([,.' \u00a0\u202f])[0-9]{3}(?:\1[0-9]{3})*)?|[+-]?[0-9]+")


def _copies(cell: object) -> int | str:
    """The copies a cell asks for, or why it cannot be read (a whole number from 1 to
    MAX_COPIES: a spreadsheet's 50 arrives as 50.0, and "1,000" or "1 000" as text)."""
    if getattr(cell, "formula", False):
        return "copies is a formula whose value the file does not hold"
    value = getattr(cell, "value", None)
    if value is None or value == "":
        return "no copies given"
    if isinstance(value, float) and value.is_integer():
        if abs(value) > MAX_COPIES:
            return f"copies {value:g} is not from 1 to {MAX_COPIES:,}"
        value = int(value)
    if isinstance(value, str):
        written = value.strip()
        if len(written) <= 20 and GROUPED.fullmatch(written):
            value = int(re.sub(r"[^0-9+-]", "", written))
        elif len(written) <= 20 and written.isdecimal():  # other scripts' digits (١٠٠)
            value = int(written)
    if isinstance(value, bool) or not isinstance(value, int):
        shown = f"{value:g}" if isinstance(value, float) else str(value)[:40]
        return f"copies '{shown}' is not a whole number"
    if not 1 <= value <= MAX_COPIES:
        return f"copies {value:,} is not from 1 to {MAX_COPIES:,}"
    return value
