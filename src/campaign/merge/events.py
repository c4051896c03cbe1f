"""Event rows -> Records: one event per row (or per form), its languages, and the values the
event templates show, checked all at once before any work.

Columns (header names, any case; or their names in the languages of COLUMN_NAMES, สถานที่
for venue): `event_id` (required: letters, digits, - and _, at most 40;
it names the files), `language` (required: one code or several, comma-separated: one output
per language), `title` (required), `date` (required: YYYY-MM-DD, or a date cell; or a column
`Date and time`, its time the start: `table_keys`, the two parted as the row's language joins
them, `_date_and_time`; an ISO 8601 date-time, 2026-07-30T18:30Z),
`time` (HH:MM, 24 h, or a time cell; a range, 18:00-20:00, for a start and an end; a zone
after it, 19:30 CEST, 18:30:00Z: `time_zone`; a date-time in UTC, toISOString's, is read
in the offset the row writes after its time, else shown as UTC's with a warning:
`_in_rows_zone`), `end_time` (the
end, where a sheet has a column for it), `venue` (required), `organiser`, `contact`, `link` (https://,
mailto: or tel:, the QR code's; without it the QR code leads to the campaign) and `photo` (a
JPEG or PNG in the images folder). Dates and times are written as each language writes them
(Babel, from the Unicode CLDR), in that language's digits: 30 July 2024, 30 juillet 2024,
٣٠ يوليو ٢٠٢٤.

A row that makes several languages gives each its own words in columns named for it
(`title_fr`, `venue_ar`: WORDED), which that language shows instead of the shared column's;
a title the row would show unchanged in two or more of its languages is a warning
(`merge.shared`): an Arabic flyer with the French title was made without a word.

This module is the merge's public face: the sheet's check (`check_events`), its Records and
the past-event warnings, and the names other packages import, from the modules that hold
each part (`fields`, `column_names`, `columns`, `rows`, `languages`, `record`, `values`,
`date_order`, `date_cells`, `written_dates`, `date_and_time`, `times`, `zone_names`, `zones`,
`formats`, `templates`; docs/architecture.md). `_record` and `check_events` are called
through this module's names, so a test that replaces one here replaces it for the merge; the
day `past_events` compares with is the build's (`dates.today`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import dates
from ..diagnostics import Collector, Diagnostic, Mark, Severity
from ..model import Kit
from ..spool import Spool
from .column_names import COLUMN_NAMES as COLUMN_NAMES
from .column_names import event_column as event_column
from .column_names import header_languages as header_languages
from .column_names import header_spelling as header_spelling
from .columns import _check_columns, row_cells, table_keys
from .data import Cell, Row, Table
from .date_cells import _date as _date
from .date_cells import _date_example as _date_example
from .date_order import date_order as date_order
from .date_order import numeric_order as numeric_order
from .date_order import sheet_dates as sheet_dates
from .fields import COLUMNS as COLUMNS
from .fields import FIELDS as FIELDS
from .fields import FORMATTED as FORMATTED
from .fields import ID, _text
from .fields import REQUIRED as REQUIRED
from .fields import WORDED as WORDED
from .fields import Record as Record
from .fields import RecordKey as RecordKey
from .fields import RefusedRow as RefusedRow
from .fields import SlugFacts as SlugFacts
from .fields import event_label as event_label
from .formats import _digits as _digits
from .formats import _format as _format
from .languages import _row_languages, kit_headers
from .record import _record as _record
from .rows import _duplicate, _refused_row, _unsaved_formulas, _unsaved_rows, twice_told
from .templates import check_paper as check_paper
from .templates import check_template as check_template
from .templates import event_fields as event_fields
from .values import _link as _link
from .written_dates import _month_names as _month_names
from .year_typos import FAR, year_typo
from .zone_names import stray_offset as stray_offset
from .zone_names import zone_offsets as zone_offsets
from .zones import utc_stamp as utc_stamp
from .zones import zone_minutes as zone_minutes

Days = tuple[date, date]  # an event's first and last days (the same for one day)


def record_keys(records: Iterable[Record]) -> Iterable[Record | RecordKey]:
    """The records' ids and languages, one at a time: kept by `Records`, else the records."""
    return records.keys() if isinstance(records, Records) else records


def read_events(
    table: Table, kit: Kit, errs: Collector, images: Path | None = None
) -> list[Record]:
    """Every good row as a Record; every problem of every row to `errs` (row and column)."""
    return list(check_events(table, kit, errs, images))


class Records:
    """The good records of a table, read back one at a time at each pass (`iter`): a merge
    holds one record per unit in flight, never all of them. `check_events` makes it after
    checking every row, and keeps each good record it made (`made`, pickled in a temporary
    file), so a row is read once; a row with a photo is made again from the table at each
    pass (its file may have gone or changed since the check). The rows it refused are
    skipped. It keeps, from that
    check, each good record's id and languages (`keys`, in a temporary file: memory does not
    grow with the records) and the digest of their values (`digest`: the build's stamp)."""

    def __init__(
        self,
        table: Table,
        kit: Kit,
        images: Path | None,
        skip: frozenset[int],
        count: int,
        refused: frozenset[str] = frozenset(),
        keys: Spool[RecordKey] | None = None,
        digest: str | None = None,
        days: dict[Days, tuple[int, Mark | None]] | None = None,
        refused_rows: tuple[RefusedRow, ...] = (),
        repeats: frozenset[int] = frozenset(),
        made: Spool[tuple[int, Record | None]] | None = None,
        slugs: Spool[SlugFacts] | None = None,
        unchosen: frozenset[str] = frozenset(),
        chosen: tuple[str, ...] | None = None,
        typos: dict[int, str] | None = None,
    ) -> None:
        self.table, self.kit, self.images = table, kit, images
        self.skip = skip  # the indices (0-based, in reading order) of the rows refused
        self.count = count
        # the event ids of the rows refused: their earlier files are kept, not deleted as
        # stale (bad input loses nothing; the next good merge of the row replaces them)
        self.refused = refused
        self._keys = keys
        # fingerprint.records_digest of the good records, in order (None: made when asked)
        self.digest = digest
        # the good records' dates: how many events on each first and last day (the same
        # for an event of one day), and where the first one's date is written
        # (`other_years` compares their years with the campaign's, `past_events` their last
        # days with today); a few hundred at most, whatever the rows
        self.days = days or {}
        # the rows refused for a problem, in row order (not those of unsaved formulas alone,
        # which may be empty rows, nor hidden ones): the stamp's `refused`
        self.refused_rows = refused_rows
        # the rows that repeat an earlier one cell for cell (`_repeats`): skipped, as the
        # refused are, but not refused (their event is the earlier row's)
        self.repeats = repeats
        # (row index, its record as the check made it; None: made again, it has a photo),
        # in row order, of the rows the check made (None: every good row made again)
        self._made = made
        # what each good record's slug prints of its own (`slug_facts`), in row order
        self._slugs = slugs
        # the event ids of the rows `merge --event` did not name (`check_events`' chosen):
        # neither checked nor made, their earlier files kept as they are
        self.unchosen = unchosen
        # the event ids `merge --event` named, case folded and sorted (None: every row):
        # the stamp keeps them, so that `package` does not count the others' files, kept as
        # they were, as of rows the merge did not merge (NotLastBuild)
        self.chosen = chosen
        # by a year that is a typo of the campaign's (2072 for 2027), the hint of its first
        # good record's date (merge.year_typos.year_typo): `other_years` gives it
        self.typos = typos or {}

    def slug_facts(self) -> Sequence[SlugFacts]:
        """Each good record's id, languages, `sample` cell and where its id is written, in
        row order: what its print PDFs' slugs print of their own (merge.slug_room)."""
        if self._slugs is not None:
            return self._slugs
        return [SlugFacts(r.id, r.languages, r.sample, None) for r in self]

    def keys(self) -> Iterable[Record | RecordKey]:
        """Each good record's id and languages, in order, as the check found them (without
        them, the records themselves)."""
        return self if self._keys is None else self._keys

    def __iter__(self) -> Iterator[Record]:
        if not self.count:  # a missing column, or no good row
            return
        if self._made is None:  # every good row made again
            for n, row in enumerate(self.table.iter_rows()):
                if n not in self.skip and n not in self.repeats:
                    yield from self._again(row)
            return
        rows: Iterator[tuple[int, Row]] | None = None  # read only for the rows made again
        for n, kept in self._made:
            if n in self.skip or n in self.repeats:  # a row dropped after its check
                continue
            if kept is not None:
                yield kept
                continue
            rows = rows or enumerate(self.table.iter_rows())
            found = next((row for at, row in rows if at == n), None)  # rows: in row order
            if found is not None:  # None: the file has lost rows since the check
                yield from self._again(found)

    def _again(self, row: Row) -> Iterator[Record]:
        """A good row's record made again from the table, with its own problems (a photo gone
        since the check: its documents fail, and say why); the check reported the others.
        It yields none only for a row without its date, which the check refused."""
        cells = row_cells(self.table, row)
        record = _record(self.table, cells, self.kit, Collector(), self.images, again=True)
        if record is not None:
            yield record

    def __len__(self) -> int:
        return self.count


def check_events(
    table: Table,
    kit: Kit,
    errs: Collector,
    images: Path | None = None,
    chosen: Sequence[str] | None = None,
) -> Records:
    """Check every row (every problem of every row to `errs`, with row and column) and return
    the good ones as Records, which are read again from the table when iterated. With
    `chosen` (`merge --event`: event ids, in any capitals), only the rows of those ids are
    checked and made; the others are passed over, their earlier files kept (Records.
    unchosen), and an id no row has is a `merge.event` error naming the closest
    (`_unknown_events`)."""
    table = kit_headers(table, kit)  # Pamagat (Filipino): title_tl
    _check_columns(table, kit, errs)
    if not errs.errors and not table.count:
        errs.error(
            "merge.read",
            f"{table.path.name} has its header but no rows: no event to make",
            Mark(table.path, table.header_line, 1),
            "add a row per event under the header",
        )
    if errs.errors:
        return Records(table, kit, images, frozenset(), 0)
    from ..pipeline.fingerprint import RecordsDigest, record_digest

    found = _Found()
    # each good record's key, digest and days (with where its date is written), in order:
    # kept until every row is checked, as a later row of its id refuses it (`_twice`)
    good: Spool[tuple[RecordKey, bytes, Days | None, Mark | None, SlugFacts]] = Spool()
    made: Spool[tuple[int, Record | None]] = Spool()  # Records._made
    unsaved: list[Cell] = []  # the first formula of each row of nothing else: said once
    at = 0  # where in `errs` the rows' error goes: before the later rows' problems
    named = {e.casefold() for e in chosen} if chosen is not None else None
    ids: dict[str, str] = {}  # every row's event id, by its casefold: the ids --event may name
    unchosen: set[str] = set()
    for n, row in enumerate(table.iter_rows()):
        cells = row_cells(table, row)
        if named is not None:  # merge --event: a row of another event is passed over
            written = _text(cells.get("event_id"))
            ids.setdefault(written.casefold(), written)
            if written.casefold() not in named:
                unchosen.add(written)
                continue
        formula = _unsaved_formulas(cells)
        if formula is not None:
            at = at if unsaved else len(errs.items)
            unsaved.append(formula)
            found.skip.add(n)
            continue
        if _repeats(row, cells, table, found, errs):  # a form sent twice: made once
            found.repeats.add(n)
            continue
        record = _checked_row(n, cells, table, kit, errs, images, found)
        if record is not None:
            key = RecordKey(record.id, record.languages)
            cell = cells.get("event_id")
            where = table.mark(cell) if cell is not None else None
            slug = SlugFacts(record.id, record.languages, record.sample, where)
            days = (record.day, record.end or record.day) if record.day else None
            found.typo(record.day, cells.get("date"), kit.campaign.year)
            good.append((key, record_digest(record), days, _date_mark(record), slug))
            made.append((n, None if _text(cells.get("photo")) else record))
    told = [(at, _unsaved_rows(table, unsaved))] if unsaved else []
    dropped = _twice(table, found, told)
    told += [(at, _repeat_told(cell, first, found, table)) for at, cell, first in found.copies]
    for position, diagnostic in reversed(sorted(told, key=lambda t: t[0])):
        errs.items.insert(position, diagnostic)  # the last first: the places stay right
    keys: Spool[RecordKey] = Spool()
    slugs: Spool[SlugFacts] = Spool()
    digest = RecordsDigest()
    for key, data, day, mark, slug in good:
        if key.id.casefold() not in dropped:
            keys.append(key)
            slugs.append(slug)
            digest.add_digest(data)
            found.count_day(day, mark)
    found.refused |= _hidden_ids(table)
    if chosen is not None:
        _unknown_events(chosen, ids, table, errs)
    # refused rows keep their earlier files unless an event of that id (in any capitals, as
    # ids are told apart) is merged
    kept = frozenset(r for r in found.refused if r.casefold() not in found.seen)
    return Records(
        table,
        kit,
        images,
        frozenset(found.skip),
        len(found.seen),
        kept,
        keys,
        digest.hexdigest(),
        found.days,
        tuple(found.rows_refused),
        frozenset(found.repeats),
        made,
        slugs,
        frozenset(e for e in unchosen if ID.fullmatch(e)),
        tuple(sorted({e.casefold() for e in chosen})) if chosen is not None else None,
        found.typos,
    )


def _unknown_events(
    chosen: Sequence[str], ids: dict[str, str], table: Table, errs: Collector
) -> None:
    """A `merge.event` error for each id of `merge --event` (`chosen`) that no row of the
    table has (`ids`: every row's, by casefold), at the event_id column's header, naming
    the closest ids (`diagnostics.closest`'s first, then difflib's nearest), else the
    sheet's ids (the first ten)."""
    known = sorted({i for i in ids.values() if ID.fullmatch(i)})
    keys = table_keys(table)
    header = next((c for c in table.columns if keys.get(c) == "event_id"), None)
    mark = table.column_mark(table.columns.index(header) + 1) if header is not None else None
    for event in chosen:
        if event.casefold() not in ids:
            errs.error(
                "merge.event",
                f"--event {event}: no row of {table.path.name} has the event_id '{event}'",
                mark,
                _closest_ids(event, known),
            )


def _closest_ids(event: str, known: list[str]) -> str:
    """The hint of an id no row has (`event`): the closest of the sheet's ids (`known`),
    three at most, else the sheet's first ten."""
    import difflib

    from ..diagnostics import closest

    if not known:
        return "the sheet has no event ids"
    first = closest(event, known)
    near = [first] if first is not None else []
    near += [c for c in difflib.get_close_matches(event, known, 3) if c not in near]
    if near:
        quoted = " or ".join(f"'{c}'" for c in near[:3])
        return f"did you mean {quoted}?"
    more = f" and {len(known) - 10} more" if len(known) > 10 else ""
    return f"its event ids: {', '.join(known[:10])}{more}"


@dataclass
class _Found:
    """What `check_events` finds of the rows as it checks them, one at a time."""

    skip: set[int] = field(default_factory=set)  # the rows refused (0-based, reading order)
    days: dict[Days, tuple[int, Mark | None]] = field(default_factory=dict)  # Records.days
    # by the id's casefold: (row, id as written, languages)
    seen: dict[str, tuple[int, str, tuple[str, ...]]] = field(default_factory=dict)
    # every row's, refused or not
    ids: dict[str, tuple[int, str, tuple[str, ...]]] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)  # the refused rows' event ids
    rows_refused: list[RefusedRow] = field(default_factory=list)
    # by the id's casefold, its first row: (index, event_id cell, where in the diagnostics
    # its row's end), and the later rows that have it too
    firsts: dict[str, tuple[int, Cell, int]] = field(default_factory=dict)
    later: dict[str, list[int]] = field(default_factory=dict)
    # by the id's casefold, its first row's number and the digest of its cells (`_repeats`)
    prints: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    # the rows that repeat an earlier row cell for cell (0-based): not made, not refused
    repeats: set[int] = field(default_factory=set)
    typos: dict[int, str] = field(default_factory=dict)  # Records.typos
    # each of those rows' event_id cell, where its warning goes in the diagnostics and the
    # row it repeats: told once every row is read (`_repeat_told`)
    copies: list[tuple[int, Cell, int]] = field(default_factory=list)

    def count_day(self, day: Days | None, mark: Mark | None) -> None:
        """A good record's first and last days counted, with where their first record writes
        its date (`mark`, `_date_mark`)."""
        if day is None:
            return
        count, first = self.days.get(day, (0, None))
        self.days[day] = (count + 1, first or mark)

    def typo(self, day: date | None, cell: Cell | None, campaign: int) -> None:
        """The first good record's date whose year is a typo of the `campaign`'s, of each
        such year (`year_typo`: 2072 of 2027)."""
        if day is not None and day.year not in self.typos:
            hint = year_typo(cell, day, campaign)
            if hint is not None:
                self.typos[day.year] = hint

    def repeated(self, n: int, event_id: str, cell: Cell, twice: bool, at: int) -> None:
        """Row `n`'s `event_id` (at `cell`) noted: as its first row, or with `twice` as a later
        one (`at`: where its row's diagnostics end)."""
        if twice:
            self.later.setdefault(event_id.casefold(), []).append(cell.row)
        else:
            self.firsts[event_id.casefold()] = (n, cell, at)


def _repeats(
    row: dict[str, Cell], cells: dict[str, Cell], table: Table, found: _Found, errs: Collector
) -> bool:
    """Whether the row repeats, cell for cell, the first row of its event id (a Google Form
    sent twice: a trial's row 31 copied its row 2, and both events were refused as "also on
    row 31"); then the row is skipped, and a `merge.repeat` warning at its id's cell is told
    once every row is read (`_Found.copies`, `_repeat_told`): the event is made once, by
    the first row (or told once, where the first has a problem or a later row of its id
    differs). Rows of one id that differ in any cell are both refused (`_duplicate`):
    which is the event cannot be told. Only a digest of each id's first row is kept
    (`_Found.prints`)."""
    cell = cells.get("event_id")
    event_id = _text(cell)
    if cell is None or not ID.fullmatch(event_id):
        return False
    digest = _row_digest(row)
    first = found.prints.get(event_id.casefold())
    if first is None:
        found.prints[event_id.casefold()] = (cell.row, digest)
        return False
    if first[1] != digest:
        return False
    found.copies.append((len(errs.items), cell, first[0]))
    return True


def _repeat_told(cell: Cell, first: int, found: _Found, table: Table) -> Diagnostic:
    """The `merge.repeat` warning of a row that repeats row `first` (at its event_id `cell`),
    once every row is read: "made once" where the first row is made, else "told once, at
    row N" (the first row refused for a problem of its own, or by a later row of the id that
    differs, `_twice`: rows 2 and 4 alike, row 3 not, make nothing)."""
    made = "made once" if _text(cell).casefold() in found.seen else f"told once, at row {first}"
    return Diagnostic(
        "merge.repeat",
        f"{cell.where}: row {cell.row} repeats row {first} exactly: {made}",
        table.mark(cell),
        (
            f"every cell of the two rows is the same (a form sent twice?): delete row "
            f"{cell.row} to be rid of this warning",
        ),
        Severity.WARNING,
    )


def _row_digest(row: dict[str, Cell]) -> bytes:
    """A digest of a row's cells as the file holds them: each column's value (its type too:
    the date 2027-07-30 is not the text), link target, shown text and formula flag."""
    import hashlib

    values = sorted(
        (key, type(c.value).__name__, str(c.value), c.target, c.shown, c.formula, c.parts)
        for key, c in row.items()
    )
    return hashlib.blake2b(repr(values).encode("utf-8"), digest_size=16).digest()


def _date_mark(record: Record) -> Mark | None:
    """Where the record writes its date (its first language's)."""
    entry = next(iter(record.layer.by_language.values()), {}).get("event_date")
    return entry.mark if entry is not None else None


def _twice(table: Table, found: _Found, told: list[tuple[int, Diagnostic]]) -> set[str]:
    """The first row of each event id that later rows have too, refused as they are (the
    later may be its correction: which row is the event cannot be told), told at its id's
    cell, added to `told` (where in the diagnostics, the error); the casefold ids of those
    first rows that were good, now refused."""
    dropped: set[str] = set()
    for folded, rows in found.later.items():
        n, cell, at = found.firsts[folded]
        row_of, written, _ = found.ids[folded]
        diagnostic = twice_told(written, cell, rows, table)
        told.append((at, diagnostic))
        if folded not in found.seen:  # only the first row of an id may have been made
            continue  # refused for a problem of its own: its first problem names the row
        del found.seen[folded]
        found.skip.add(n)
        found.refused.add(written)  # its earlier files are kept, as any refused row's
        mark = diagnostic.mark
        found.rows_refused.append(
            RefusedRow(
                row_of,
                written,
                mark.line if mark is not None else 0,
                mark.col if mark is not None else 0,
                diagnostic.message,
            )
        )
        dropped.add(folded)
    found.rows_refused.sort(key=lambda r: r.row)
    return dropped


def _checked_row(
    n: int,
    cells: dict[str, Cell],
    table: Table,
    kit: Kit,
    errs: Collector,
    images: Path | None,
    found: _Found,
) -> Record | None:
    """Row `n`'s record (`_record`), or None when it is refused: for a problem, or as a
    duplicate of an earlier row's event id (among every row, refused or not: a duplicate of
    a refused row was made as the event, and told only once that row was mended)."""
    before = len(errs.items)
    record = _record(table, cells, kit, errs, images)
    if record is None:
        found.skip.add(n)
        event_id = _text(cells["event_id"])
        if ID.fullmatch(event_id):
            found.refused.add(event_id)
            languages = _row_languages(cells, kit)
            twice = _duplicate(event_id, languages, cells["event_id"], found.ids, table, errs)
            found.repeated(n, event_id, cells["event_id"], twice, len(errs.items))
        found.rows_refused += _refused_row(cells, event_id, errs.items[before:])
        return None
    if _duplicate(record.id, record.languages, cells["event_id"], found.ids, table, errs):
        found.repeated(n, record.id, cells["event_id"], True, len(errs.items))
        found.skip.add(n)
        found.rows_refused += _refused_row(cells, record.id, errs.items[before:])
        return None
    found.repeated(n, record.id, cells["event_id"], False, len(errs.items))
    found.seen[record.id.casefold()] = (record.row, record.id, record.languages)
    return record


def _hidden_ids(table: Table) -> set[str]:
    """The event ids of the rows hidden in the sheet: not merged, their files kept."""
    ids = set()
    for row in table.hidden_rows():
        event_id = _text(row_cells(table, row).get("event_id"))
        if ID.fullmatch(event_id):
            ids.add(event_id)
    return ids


def _grouped(
    days: dict[Days, tuple[int, Mark | None]], group: Callable[[Days], object]
) -> dict[Any, tuple[int, Mark | None]]:
    """`days`' counts summed by `group` of the day, each with the mark of its earliest row."""
    out: dict[Any, tuple[int, Mark | None]] = {}
    for day, (count, mark) in days.items():
        total, first = out.get(group(day), (0, None))
        out[group(day)] = (total + count, _earlier(first, mark))
    return out


def _earlier(a: Mark | None, b: Mark | None) -> Mark | None:
    """The mark on the earlier line (a table's row), either when the other is None."""
    if a is None or b is None:
        return a or b
    return a if a.line <= b.line else b


def other_years(records: Records, kit: Kit, errs: Collector) -> None:
    """One `merge.year` warning, at the first such event's date, when events are in another
    year than the kit's campaign (campaign.yaml's `year:`): the campaign's texts (its theme
    is a year's), the flyers' slugs, the job sheets and the package's dates are that year's
    (2026's events were made as the 2024 campaign's, without a word). An event of several
    days is in the campaign's year when any of its days is (31 December to 2 January), and
    counted in its first day's year when none is."""
    year = kit.campaign.year
    spans = {d: found for d, found in records.days.items() if not d[0].year <= year <= d[1].year}
    other = _grouped(spans, lambda days: days[0].year)
    if not other:
        return
    count = sum(n for n, _ in other.values())
    first = functools.reduce(_earlier, (mark for _, mark in other.values()))
    said = ", ".join(str(y) for y in sorted(other))
    # a year typed wrong (2072 for 2027): its first date, as meant; the others' campaign. A
    # year before the campaign's and near it (2026, 2021 in a 2027 kit) is asked about only
    # where most of the sheet's events are in the campaign's year: beside them it is a slip;
    # a sheet of 2026 alone is last year's sheet
    mostly = sum(n for d, (n, _) in records.days.items() if d not in spans) > count
    typed = {y for y in other if y in records.typos and (mostly or abs(y - year) >= FAR)}
    typos = [records.typos[y] for y in sorted(typed)]
    rest = [y for y in other if y not in typed]
    errs.warn(
        "merge.year",
        f"{count} event(s) are in {said}, and the kit is the {kit.campaign.year} campaign's "
        f"(campaign.yaml `year: {kit.campaign.year}`): its texts, the flyers' slugs, the job "
        "sheets and the package say so",
        first,
        *typos,
        *(
            (
                f"for a {max(rest)} campaign, set `year: {max(rest)}` and its theme in the "
                "kit; or check the events' dates (a sheet of an earlier year?)",
            )
            if rest
            else ()
        ),
    )


def event_months(records: Records, kit: Kit, errs: Collector) -> None:
    """A `strings.months` warning (merge.month_names) for each language of the good records
    whose events' dates name no month (Dhivehi's 30-7-2027: CLDR has no month names for it)
    or name it otherwise than its `day` string (Sinhala's ඇසළ beside ජූලි), the example
    date in the first event's year."""
    from .month_names import merged_month_warnings

    codes = dict.fromkeys(code for key in records.keys() for code in key.languages)
    year = min((days[0].year for days in records.days), default=kit.campaign.year)
    merged_month_warnings(kit, codes, year, errs)


def month_first_dates(table: Table, errs: Collector) -> None:
    """One `merge.region` note, at the first row's date, when the sheet writes its numeric
    dates month first (`sheet_dates`: 7/30/2026, which reads no other way) and no row names
    its country (a `date_region` cell, or the office's `country:`: `Table.region`): the
    dates are read right but printed as each row's language writes them (English: 30 July
    2026, 18:30), and its phone numbers are of no country. A US partner's Google Form, which
    has no date_region column, was printed so without a word (an organiser's trial)."""
    said = sheet_dates(table)  # read in its one pass over the rows
    first = said.first
    if table.region or said.convention != "mdy" or said.regioned or first is None:
        return
    errs.note(
        "merge.region",
        f"the sheet writes its dates month first ('{_text(first)}', as in the US) and no row "
        "names its country: they are read so, and printed as each row's language writes them "
        "(English: 30 July 2026, 18:30); its phone numbers are of no country",
        table.mark(first),
        "to print them the US way (July 30, 2026, 6:30 PM) and read its phone numbers as US "
        "ones, add a date_region column with US in it, or merge with --office of an office "
        "whose file says country: US",
    )


def past_events(records: Records, errs: Collector, on: date | None = None) -> None:
    """One `merge.past` warning, at the first such event's date (in row order), when events
    are dated before the day `on`: their flyers would announce what has already taken place
    (a copy of last year's sheet, a year typed wrong). They are made all the same: a record
    of an event, a flyer kept for the archive.

    By default `on` is the build's day (`dates.today`): SOURCE_DATE_EPOCH's when it is set,
    as `campaign.past-year` compares the campaign's year with. A reproducible build is the
    same whenever it is made: its report and its exit status (`--strict` fails on this
    warning) may not change with the computer's clock, and an archive of past events made
    again with SOURCE_DATE_EPOCH set to a time before them, dated then, is told nothing.
    Else the computer's local date (the organiser's: a flyer is printed where it is
    made). An event of several days is past once its last day is (one that began
    yesterday and ends tomorrow is still on)."""
    clock = "SOURCE_DATE_EPOCH's date" if dates.source_date_epoch() is not None else "today"
    on = on or dates.today()
    past = {days: found for days, found in records.days.items() if days[1] < on}
    if not past:
        return
    count = sum(n for n, _ in past.values())
    first = functools.reduce(_earlier, (mark for _, mark in past.values()))
    latest = max(days[1] for days in past)
    errs.warn(
        "merge.past",
        f"{count} event(s) are dated before {clock} ({on.isoformat()}), the latest on "
        f"{latest.isoformat()}: their flyers announce events that have taken place",
        first,
        "check the dates (a copy of an earlier year's sheet? a year typed wrong?), or leave "
        "out the rows of past events; to make their flyers again (an archive), merge with "
        "SOURCE_DATE_EPOCH set to a time before them",
    )


__all__ = ["COLUMNS", "FIELDS", "REQUIRED", "Record", "Records", "check_events", "read_events"]
