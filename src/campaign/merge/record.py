"""One event row made into a Record (`_record`): each of its cells read (dates, times,
zones, links, photos, the languages' own words) and each of its languages' fields written,
every problem said at its cell.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import NamedTuple

from ..alt_words import says_nothing
from ..contacts import any_placeholder, placeholder_said, placeholder_values, sample_hint
from ..diagnostics import Collector, Mark, closest
from ..iri import PHONE, phone_digits
from ..model import Kit, StringEntry
from ..model.language import code_hints, country_meant
from ..resolve import Layer
from ..sheets.paper import article
from ..textfile import LOST_HINT, lost_problem
from .calendars import read as solar_hijri
from .column_names import date_and_time_header, event_column
from .column_order import against, tell
from .columns import _no_key
from .data import NO_HEADER, Cell, Table, column_letters
from .date_and_time import ISO_DATE_TIME, _date_and_time, _stray_offset_problem
from .date_cells import _date, day_and_month, example_year, examples_in, short_date
from .date_order import _other_order, either_way, languages_order, region_order, sheet_dates
from .date_ranges import last_half, own_order, read_days
from .ethiopian import read as ethiopian_date
from .fields import (
    COLUMNS,
    FIELDS,
    FORMATTED,
    FORMULA_ERROR,
    ID,
    LINK_FIELD,
    PHOTO_ALT,
    REQUIRED,
    SAMPLE,
    WORDED,
    Bad,
    Record,
    _ascii_digits,
    _name,
    _text,
    language_column,
    own_language,
    photo_alt_column,
)
from .formats import _digits, _format
from .languages import (
    _region,
    alias_note,
    aliased,
    languages_of,
    photo_alt_language,
    region_code,
    tag_region,
)
from .phone_numbers import (
    NATIONAL,
    PhoneCountry,
    check_phone,
    language_country,
    lost_digits,
    numbers_in,
    with_country_code,
)
from .rows import _unsaved_formulas
from .stand_in_cells import stand_in_said
from .times import EndOfDay, Hours, _end_time, _next_day, _time, number_time, other_reading
from .values import _foreign_letters, _link, _photo, _printed_link, _sample, _shared_title
from .written_dates import _month_names
from .zone_names import time_zone
from .zones import _ambiguous_zone, _in_rows_zone, _row_zone, _starts, _two_starts, _zone

Own = dict[tuple[str, str], Cell]  # (column, language): a filled per-language cell


def _record(
    table: Table,
    cells: dict[str, Cell],
    kit: Kit,
    errs: Collector,
    images: Path | None,
    again: bool = False,
) -> Record | None:
    """The record of a row, or None when it has an error (each reported to `errs`). Made
    `again` (a later pass over rows that passed the check), a row whose photo has gone or
    changed meanwhile is still made, without its photo and with those problems (Record.
    problems), so that its documents fail and say why: they were planned, and then neither
    made nor named."""
    before = len(errs.errors)

    def bad(cell: Cell, message: str, *hints: str) -> None:
        errs.error("merge.value", f"{cell.where}: {message}", table.mark(cell), *hints)

    if _unsaved_formulas(cells) is not None:  # said for the file by check_events
        return None
    _stray_bytes(cells, table, errs)
    samples = _sample(cells.get(SAMPLE), bad)  # examples/'s made-up events
    # the language cell read once: no check below empties it (none judges its column)
    codes, ambiguous = languages_of(_text(cells["language"]), kit)
    _aliased_codes(cells["language"], kit, table, errs)  # fil: the kit's tl, said once
    tagged = tag_region(_text(cells["language"]))  # ar-MA: the row's country without one
    country = _phone_country(cells, codes, tagged)  # every check of the row's phone numbers
    # a stand-in's abbreviations are judged by the row's languages: n.c. in fr, not en
    written = tuple(dict.fromkeys((*codes, *(c for found in ambiguous.values() for c in found))))
    checked = _checked_cells(cells, country, samples, table, errs, bad, written)
    # emptied once told (a placeholder's error says whether every event needs the value)
    told = frozenset(k for k, c in checked.items() if c.value is None and cells[k].value)
    cells = checked
    _ambiguous_names(cells["language"], ambiguous, kit, bad)
    unread = [c for c in codes if c in kit.unreadable]  # made, their jobs failing (load_kit)
    # codes the kit has no language of (a slip, fe for fr): told once, at the language cell,
    # with the language the row's own cells are in (title_fr); the checks that follow from
    # them (a French title of a row not made in fr, fe's title missing) are not told too
    unknown = [
        c for c in codes if (c not in kit.languages or kit.languages[c].pseudo) and c not in unread
    ]
    made_in = tuple(c for c in codes if c not in unknown)
    own, others = _own_cells(cells, codes, kit, table, errs, quiet=bool(unknown))
    _foreign_letters(cells, codes, kit, table, errs)
    for need in REQUIRED:
        if made_in or not unknown:
            _required(need, cells, made_in, own, kit, table, bad, told)
    cells = _nested_values(cells, bad)
    event_id = _event_id(cells, bad)
    _row_languages_known(cells["language"], codes, ambiguous, unknown, others, kit, bad)
    _country_meant(cells, made_in, others, kit, table, errs)
    # a record without a date (a JSON or YAML record's key left out: named as empty above)
    dated = cells.get("date")
    # a date error's example in the sheet's year; a period named as the row's country writes
    # it; a month's name of another of the kit's languages named as such
    region = region_code(cells.get("date_region")) or tagged
    languages = tuple((code, lang.months) for code, lang in sorted(kit.languages.items()))
    with examples_in(sheet_dates(table).year, region, languages):
        cells, (day, last) = _read_date(cells, dated, codes, kit, table, errs, bad)
    cells, zones, texts = _zoned_times(cells, dated, table, errs, bad)
    hours, time_cell = _hours(cells, dated, bad)
    _other_readings(cells, table, errs)
    local = datetime.combine(day, hours[0]) if day is not None and hours is not None else None
    zone = _row_zone(zones, texts, cells, local, table, errs)
    if last is None:  # an end before the start the next day's; a later last day's its own
        _ends_next_day(hours, cells, bad)
    dialled, dials = _phones(cells, country, table, errs)
    link, printed = _row_link(cells, bad, dialled)
    photo = _photo(cells.get("photo"), images, bad)
    # the row's country: its date_region, else its language tags' (ar-MA: Morocco's digits)
    region = _region(cells.get("date_region"), table, errs, codes) or tagged
    problems = tuple(errs.errors[before:])
    if problems and not again or day is None:
        return None
    shown = _Shown(day, hours, zone, region, time_cell, last)
    layer = _layer(
        event_id, cells, codes, unread, own, (link, printed), photo, shown, kit, table, errs
    )
    layer = replace(layer, dials=dials)
    return Record(event_id, codes, layer, cells["event_id"].row, day, problems, samples, last)


def _aliased_codes(cell: Cell, kit: Kit, table: Table, errs: Collector) -> None:
    """A `merge.language-alias` note for each code of the language `cell` read as another of
    the kit's (`languages.kit_alias`: fil, tl), at the column's header: said once for the
    sheet, whatever its rows (the Collector keeps one of each)."""
    where = f"in column {cell.column}" + (
        f" ({column_letters(cell.index)})" if table.tabular and cell.index else ""
    )
    mark = table.column_mark(cell.index) if cell.index else None
    for written, code in aliased(_text(cell), kit).items():
        message, hint = alias_note(written, code, kit, where)
        errs.note("merge.language-alias", message, mark, hint)


def _stray_bytes(cells: dict[str, Cell], table: Table, errs: Collector) -> None:
    """A `merge.read` error for each cell the merge reads (`_read_column`) of a CSV file that
    is UTF-8 but for a byte or two (Cell.stray, merge.csv_file), at its first such byte's
    line and character in the file, its character in the cell said: the byte, as
    Windows-1252 reads it in the cell's text, and the fix. Its row is refused; the file's
    other rows are made (one such byte refused the whole file: a Brussels organiser's
    trial, four events lost). A cell of a column the merge does not read (the sheet's own
    `Remarques`, passed over; one its header's warning says is not used) prints nothing:
    its byte is not told (it refused its row, at its line's character said as the cell's:
    a reviewer's trial)."""
    for key, cell in cells.items():
        if not cell.stray or not _read_column(key):
            continue
        first, more = cell.stray[0], len(cell.stray) - 1
        shown = bytes([first.byte]).decode("cp1252", "replace")
        others = f" (and {more} more)" if more else ""
        said = f" ('{cell.value}')" if isinstance(cell.value, str) and len(cell.value) <= 60 else ""
        errs.error(
            "merge.read",
            f"{cell.where}: byte 0x{first.byte:02X} at character {first.in_cell} of the cell"
            f"{others} is not UTF-8, as the rest of {table.path.name} is: it is '{shown}' in "
            f"Windows-1252{said}",
            Mark(table.path, first.line, first.character),
            f"type the character again in the cell ('{shown}', if that is it) and save the "
            'file as UTF-8 ("CSV UTF-8" in Excel, the encoding UTF-8 in a text editor): the '
            "row is made once it reads",
        )


def _read_column(key: str) -> bool:
    """Whether the merge reads a row's cell of `key` (as `columns.row_cells` names it): an
    event column's (fields.COLUMNS, a language's own, title_fr), the `sample` column's, or
    a value past the header's last column (NO_HEADER, an error of its own)."""
    return key in COLUMNS or key in (SAMPLE, NO_HEADER) or language_column(key) is not None


def _phone_country(cells: dict[str, Cell], codes: tuple[str, ...], tagged: str) -> PhoneCountry:
    """The country a row's phone numbers are read by, one for every check of them (a number
    typed as a number, a placeholder, `check_phone`): its `date_region`'s (region_code; the
    office's `country:` under `merge --office`), else its language tag's region (`tagged`,
    tag_region: ar-MA's Morocco), else its languages' (`codes`) country (`language_country`:
    th's TH, en's none), guessed, which its warnings say."""
    named = region_code(cells.get("date_region")) or tagged
    if named:
        return PhoneCountry(named)
    guessed = language_country(codes)
    return PhoneCountry(guessed, bool(guessed))


def _checked_cells(
    cells: dict[str, Cell],
    country: PhoneCountry,
    samples: bool,
    table: Table,
    errs: Collector,
    bad: Bad,
    written: tuple[str, ...] = (),
) -> dict[str, Cell]:
    """The row's cells, each checked alone (`_phone_number`, `_cell_problems`); those told
    once emptied, so that they are checked no further. `country`: the row's (`_phone_country`),
    which tells a phone number that lost its 0 or +, and by which its national numbers are
    judged (020 7946 0123 of GB is a placeholder); `samples`: whether the row is a sample
    (`_sample`), whose contact and link cells may hold the project's samples; `written`: the
    codes of the row's languages (`_written_in`), by which a stand-in is judged."""
    for key, cell in cells.items():
        base = (language_column(key) or (key,))[0]
        if _phone_number(cell, base, country, table, errs, bad):
            cells = {**cells, key: replace(cell, value=None)}  # checked no further
            continue
        if _cell_problems(cell, key, base, samples, table, errs, bad, country.code, cells, written):
            cells = {**cells, key: replace(cell, value=None, target="")}  # told once
    return cells


def _phone_number(
    cell: Cell, base: str, country: PhoneCountry, table: Table, errs: Collector, bad: Bad
) -> bool:
    """A phone number typed as a number (an XLSX cell: how it is shown is not saved): its +
    and its spaces are gone, 41229171234 would print, or fail as a link. In a contact cell a
    warning, and an error where the row's `country` tells that the number printed would be
    wrong (`lost_digits`: 812345678 on a Thai row lost its 0, a trial's flyer printed it);
    in a link cell an error, said once (not also "not a link"): True, the cell is checked
    no further."""
    number = cell.value
    if not (
        base in ("contact", "link")
        and isinstance(number, int)
        and not isinstance(number, bool)
        and not cell.shown
        and len(str(abs(number))) >= 6
    ):
        return False
    typed = "type it as text (in Excel, begin it with an apostrophe: '+41 22 917 1234)"
    if base == "link":  # no link at all
        bad(
            cell,
            f"the cell holds the number {number}, no link: a phone number typed as a "
            "number loses its + and its spaces",
            typed,
        )
        return True
    written = lost_digits(number, country.code)
    if written:
        lost = " and ".join(sorted({w[0] for w in written}))
        bad(
            cell,
            f"the cell holds the number {number}, which lost the {lost} a phone number "
            f"is written with in {country.code}{country.whose()}: it would print as "
            f"{number}, not {' or '.join(written)}",
            f"type it as text (in Excel, begin it with an apostrophe: '{written[0]})",
            *country.hints(),
        )
        return True
    errs.warn(
        "merge.value",
        f"{cell.where}: the cell holds the number {number}, which prints as it is "
        "written here: a phone number typed as a number loses its + and its spaces",
        table.mark(cell),
        typed,
    )
    return False


# a whole cell of question marks is told as a stand-in, with this for a word lost in a code page
WHOLE_LOST = (
    f"if the cell held words whose letters a code page had not (each saved as '?'), {LOST_HINT}"
)

# the hint for the project's samples (example.org, +00 ...) in a contact or link cell
EVENT_SAMPLE = "an event made only to try the kit"
SAMPLE_MARK = "a column `sample` holding true (in a YAML or JSON record, `sample: true`)"


def _cell_problems(
    cell: Cell,
    key: str,
    base: str,
    samples: bool,
    table: Table,
    errs: Collector,
    bad: Bad,
    country: str = "",
    cells: dict[str, Cell] | None = None,
    written: tuple[str, ...] = (),
) -> bool:
    """A cell's own problems: letters lost to a lossy conversion, a formula without a saved
    value or showing an error, a placeholder for a contact or link (`contacts.any_placeholder`;
    the project's samples too, example.org, +00 ... and the numbers kept for fiction, unless
    the row is a sample:
    `samples`; a national number read as one of `country`, the row's date_region's code, ""
    for none), a stand-in for a value not known yet in a title, venue, organiser or date
    (`stand_in_cells.stand_in_said`, by the row's `cells`); a stand-in's abbreviations in
    either judged by the row's languages (`written`: n.c. is French's). True when the cell
    is a placeholder (told once: the caller empties it)."""
    lost = (
        lost_problem(cell.value)
        if isinstance(cell.value, str) and base not in ("link", "photo")
        else None
    )
    if lost is not None and set(str(cell.value).strip()) == {"?"}:
        said = stand_in_said(cell, key, cells or {}, written)
        if said is not None:  # a whole cell of "???": a stand-in far more often than a word
            bad(cell, said[0], f"{said[1]}; {WHOLE_LOST}")
            return True
    if lost is not None:  # printed, "پ?اده‌روی": a file converted from a lossy "CSV"
        errs.error("text.lost-letter", f"{cell.where}: {lost}", table.mark(cell), LOST_HINT)
    if cell.formula and not (key == "link" and cell.target):  # a link needs no text
        bad(
            cell,
            "a formula without a saved value",
            "open the file in a spreadsheet program and save it, or write the value itself",
        )
    elif isinstance(cell.value, str) and FORMULA_ERROR.fullmatch(cell.value.strip()):
        bad(
            cell,
            f"the cell shows the formula error {cell.value.strip()}: it would print so",
            "mend the formula (or what it looks up) in the spreadsheet and save it, or "
            "write the value itself",
        )
    elif base in ("contact", "link") and isinstance(value := _typed(cell, base), str):
        judged = placeholder_values(any_placeholder, (value,), samples, country, written)
        for found in judged:
            bad(
                cell,
                placeholder_said(found, base),
                "write the event's checked value, or leave the cell empty",
                *sample_hint(found, EVENT_SAMPLE, SAMPLE_MARK),
            )
            return True
    elif lost is None and (said := stand_in_said(cell, key, cells or {}, written)) is not None:
        bad(cell, *said)
        return True
    return False


def _typed(cell: Cell, base: str) -> object:
    """A contact or link cell's value as its placeholders are judged: its link's target, its
    text, or a contact's whole number as it prints (`fields._text`): as its sheet shows it
    (an ODS cell of 442079460123 shown +44 20 7946 0123, Ofcom's drama number), else its
    digits (a phone number typed as a number, an XLSX cell's 2025550123: on a row of US, a
    number kept for fiction that printed unjudged, `_phone_number` saying only that it lost
    its + and its spaces)."""
    value = cell.target or cell.value
    if isinstance(value, int) and not isinstance(value, bool) and base == "contact":
        return _text(cell)
    return value


def _ambiguous_names(cell: Cell, ambiguous: dict[str, tuple[str, ...]], kit: Kit, bad: Bad) -> None:
    """An error at the language cell for each name it holds of several of the kit's
    languages (Português: pt or pt-BR?)."""
    for name, candidates in ambiguous.items():
        said = ", ".join(f"{c} ({kit.languages[c].name})" for c in candidates)
        bad(
            cell,
            f"'{name}' names {len(candidates)} languages of the kit: {said}",
            f"write the code of the one meant: {' or '.join(candidates)}",
        )


def _own_cells(
    cells: dict[str, Cell],
    codes: tuple[str, ...],
    kit: Kit,
    table: Table,
    errs: Collector,
    quiet: bool = False,
) -> tuple[Own, dict[str, list[str]]]:
    """The row's filled per-language cells (title_fr) of its languages, and the columns of
    each other language the row fills (by code); one of a language the row is not made in
    is a `merge.shared` warning (fr forgotten in its language cell?), unless `quiet` (the
    row names a language the kit has not: its slip for that one, told there)."""
    own: Own = {}
    others: dict[str, list[str]] = {}
    for key, cell in cells.items():
        found = own_language(key, kit)
        if found is None or not _text(cell):
            continue
        if found[1] in codes:
            own[found] = cell
            continue
        others.setdefault(found[1], []).append(f"'{cell.column}'")  # Titre (FR)
        if codes and not quiet:  # title_fr on a row in ar only
            name = _name(kit, found[1])
            errs.warn(
                "merge.shared",
                f"{cell.where}: {article(name)} {name} {found[0]}, but the row is "
                f"not made in {found[1]} (language: {', '.join(codes)}): it is not used",
                table.mark(cell),
                f"add {found[1]} to the row's language cell, or empty this cell",
            )
    return own, others


def _required(
    need: str,
    cells: dict[str, Cell],
    codes: tuple[str, ...],
    own: Own,
    kit: Kit,
    table: Table,
    bad: Bad,
    told: frozenset[str] = frozenset(),
) -> None:
    """An error when the required column `need` is missing or empty and not every language
    of the row has its own (title_en and title_ar, no title, is enough). A cell `told`
    already (a placeholder, emptied: its error says every event needs one) is not empty."""
    given_cell = cells.get(need)
    if need in told or not (
        given_cell is None or given_cell.value in (None, "") and not given_cell.formula
    ):
        return
    stand_ins = {own_language(key, kit, need) for key in told}
    lacking = [c for c in codes if (need, c) not in own and (need, c) not in stand_ins]
    if codes and not lacking:
        return  # each language has its own
    where_empty = (
        given_cell if given_cell is not None else _where_missing(need, cells, lacking, kit)
    )
    if need not in WORDED and given_cell is None:  # a record without the key
        _no_key(need, cells, where_empty, table, kit, bad)
        return
    per_language = bool(
        need in WORDED and lacking and (given_cell is None or len(lacking) < len(codes))
    )
    one = len(lacking) == 1
    also = (
        f", and {', '.join(lacking)} {'has' if one else 'have'} no {need} of "
        f"{'its' if one else 'their'} own ({', '.join(f'{need}_{c}' for c in lacking)})"
        if per_language
        else ""
    )
    named = where_empty.column if given_cell is not None else need
    fix: tuple[str, ...] = (
        # no `venue` column beside venue_th: it said what is missing, not where
        (
            f"give {' and '.join(f'{need}_{c}' for c in lacking)}, or add a column "
            f"{need} for each language without its own",
        )
        if per_language and given_cell is None
        else ()
    )
    said = f"no '{need}' is given" if given_cell is None else f"'{named}' is empty"
    bad(where_empty, f"{said}{also}; every event needs one", *fix)


def _where_missing(need: str, cells: dict[str, Cell], lacking: list[str], kit: Kit) -> Cell:
    """Where to say a column `need` is missing (per-language ones elsewhere: check_events
    let it through; a YAML or JSON record has keys of its own): at the column of the first
    language without one, else any of the row's per-language ones, else its event_id."""
    columns = {own_language(k, kit, need): c for k, c in cells.items()}
    return (
        (columns.get((need, lacking[0])) if lacking else None)
        or next((c for k, c in columns.items() if k is not None), None)
        or cells["event_id"]
    )


def _nested_values(cells: dict[str, Cell], bad: Bad) -> dict[str, Cell]:
    """An error for a JSON or YAML object (or a list of lists) where a column takes a value;
    such cells emptied, checked no further."""
    for col, cell in cells.items():
        if (col in COLUMNS or language_column(col)) and isinstance(cell.value, (dict, list)):
            shape = "an object" if isinstance(cell.value, dict) else "a list holding lists"
            bad(
                cell,
                f"the value is {shape}; a field holds a text, a number, a date, or a list of "
                "them (several languages: [en, ar])",
                f"write {col} as one text ({col}: City Park, Delhi)",
                *(
                    (f"a text in each language: a key of its own for each ({col}_fr: ...)",)
                    if col in WORDED and isinstance(cell.value, dict)
                    else ()
                ),
            )
            cells = {**cells, col: replace(cell, value=None)}  # checked no further
    return cells


def _event_id(cells: dict[str, Cell], bad: Bad) -> str:
    """The row's event_id, an error when it cannot name files; before it, an error for a
    value no column header names (a comma outside quotes)."""
    headless = cells.get(NO_HEADER)
    if headless is not None and not headless.value:  # empty, past a CSV header: csv_file
        bad(
            headless,
            "an empty cell past the header's last column: a comma outside quotes split a cell "
            "of this row, and the cells after it moved one column on",
            'a cell that holds a comma goes in quotes ("City Park, Main Street"); if the row '
            "ends with a comma typed by mistake, remove it",
        )
    elif headless is not None:
        bad(
            headless,
            f"{headless.value}: no column header names this; it would be lost",
            'a cell that holds a comma goes in quotes ("City Park, Main Street"), or give '
            "the column a header",
        )
    event_id = _text(cells["event_id"])
    if event_id and not ID.fullmatch(event_id):
        bad(
            cells["event_id"],
            f"event_id '{event_id}' may use Latin letters (a-z, A-Z), digits 0-9, - and _ "
            "(at most 40): it names the files",
        )
    return event_id


def _row_languages_known(
    cell: Cell,
    codes: tuple[str, ...],
    ambiguous: dict[str, tuple[str, ...]],
    unknown: list[str],
    others: dict[str, list[str]],
    kit: Kit,
    bad: Bad,
) -> None:
    """An error at the language cell when it names no language ("," alone), and one for
    each code the kit does not know (`unknown`; those it cannot read are made, their jobs
    failing). Where the row fills the own columns of one language it is not made in
    (`others`: title_fr, venue_fr), and one code is unknown, that language is the one meant:
    named first (a Moroccan organiser's `ar, fe` was given the 26 codes, then a warning for
    each French cell and an error for fe's missing title and venue)."""
    known = [c for c, lang in kit.languages.items() if not lang.pseudo]
    if not codes and not ambiguous and _text(cell):
        bad(cell, f"'{_text(cell)}' names no language", "write a code: en")
    meant = [c for c in others if c in known] if len(unknown) == 1 else []
    for code in unknown:
        near = closest(code, known)  # a code a letter off (enn: en), as code_hints finds
        if len(meant) == 1:
            columns = ", ".join(others[meant[0]])
            name = kit.languages[meant[0]].name
            cells = f"the row fills {name} columns ({columns})"
            hints: tuple[str, ...] = (
                (f"{cells}: did you mean '{meant[0]}'?",)
                if near is None or near == meant[0]
                else (  # a review: `ar, enn` beside title_fr was told fr alone
                    f"did you mean '{near}' ({kit.languages[near].name})? or '{meant[0]}': {cells}",
                )
            )
        else:
            hints = code_hints(
                code,
                {c: kit.languages[c] for c in known},
                suits="if that suits this event",
                listed="languages",
                new_language=True,
            )
        bad(cell, f"unknown language '{code}'", *hints)


def _country_meant(
    cells: dict[str, Cell],
    codes: tuple[str, ...],
    others: dict[str, list[str]],
    kit: Kit,
    table: Table,
    errs: Collector,
) -> None:
    """A `ref.language-country` warning at the language cell for each of the row's
    languages (`codes`, the kit's) whose code is a country's too where the row says the
    country was meant (`country_meant`, as an office's `languages:` is judged): its
    `date_region` (the office's `country:` where it has none: `columns.row_cells`) is that
    country, or one where the language is not spoken and the country's is, or the row
    fills the own columns (`others`: title_hy) of the country's language; not where its
    words (a title, a venue: `_worded_in`) are in the language's own script (a Burmese title
    in Myanmar script on a row of Malaysia). `am` on a row of Armenia printed Amharic."""
    cell = cells["language"]
    region = region_code(cells.get("date_region"))  # the office's, where the row has none
    label = "the office's country" if table.region and region == table.region else "date_region"
    for code in codes:
        texts = [_text(c) for k, c in cells.items() if _worded_in(k, code)]
        found = country_meant(
            code, kit.languages, codes, region, _others_given(others), label, texts, "a title"
        )
        if found is not None:
            errs.warn(
                "ref.language-country", f"{cell.where}: {found[0]}", table.mark(cell), found[1]
            )


def _worded_in(key: str, code: str) -> bool:
    """Whether a row's cell of `key` holds its words (fields.WORDED: title, venue) shared by
    its languages, or its language `code`'s own (title_my)."""
    own = language_column(key)
    return key in WORDED or own is not None and own[1] == code.lower().replace("-", "_")


def _others_given(others: dict[str, list[str]]) -> dict[str, tuple[str]]:
    """The row's own columns of languages it is not made in (`others`: hy -> title_hy,
    venue_hy), as `country_meant` takes them: each column's name -> its language."""
    return {column: (code,) for code, columns in others.items() for column in columns}


def _read_date(
    cells: dict[str, Cell],
    dated: Cell | None,
    codes: tuple[str, ...],
    kit: Kit,
    table: Table,
    errs: Collector,
    bad: Bad,
) -> tuple[dict[str, Cell], tuple[date | None, date | None]]:
    """The row's first day from its date cell `dated` (None without one, or when it does
    not read) and its last for an event of several days (a range in the date cell, 29-30
    July 2027, or an end_date column: date_ranges.read_days; None for one day), and its
    cells with the date cell's date alone and its time (a `Date and time` column's, an ISO
    8601 date-time's) as the time cell where that is empty."""
    dates = sheet_dates(table)
    # a numeric date that reads both ways (05/07/2026) in the order of the row's date_region,
    # else its language tag's region (en in GB day first, in US month first), else the
    # sheet's (its dates', else its language's or a Thai sheet's), else the row's languages'
    # a two-digit year's date (07/30/27) is read only in a known order: its region's first;
    # a day and a month without a year (7/8) is named in it
    # (a range's, 05/07/2026 - 06/07/2026, by its last day's)
    probe = last_half(cells.get("date"))
    tagged = tag_region(_text(cells.get("language")))  # ar-MA: the row's own without one
    region = region_code(cells.get("date_region")) or tagged
    regional = (
        region_order(codes, region)
        if either_way(probe) or short_date(probe) or day_and_month(probe)
        else None
    )
    # the column's own dates telling the other order (30/07/2027 beside 05/08/2027): read
    # its way where the country is only the office's, else warned of at each date
    contrary = against(dates, regional, probe, region, cells.get("date_region"))
    regional = contrary.order if contrary is not None else regional
    # (a range's numeric date that reads both ways, 29/07 - 02/08/2027, by its other half's)
    order = regional or dates.convention or languages_order(codes) or own_order(cells.get("date"))
    # a Thai sheet's row in another language reads its dates as Thai Excel wrote them too:
    # a year of the Buddhist era, in two digits (5/7/70), Thai months' names
    months = _month_names((*codes, "th") if dates.thai and "th" not in codes else codes, kit)
    year = kit.campaign.year  # a two-digit year is read near it (date_cells.two_digit_year)
    combined = dated is not None and date_and_time_header(event_column(dated.column))
    # a date column's ISO 8601 date-time (2026-07-30T18:30:00Z, a JSON export's) is read as a
    # spreadsheet's date cell that holds a time is: its midnight is a date alone
    stamp = not combined and bool(ISO_DATE_TIME.fullmatch(_ascii_digits(_text(dated))))
    split = (
        None
        if dated is None
        else _date_and_time(dated, bad, order, year, months, codes)
        if combined or stamp
        else (dated, None)
    )
    if split is not None and split[1] is not None:  # its time: in UTC, toISOString's?
        split = _in_rows_zone(split, cells, table, errs)
    if split is None:
        return cells, (None, None)
    cells = _with_start(cells, split, stamp, table, errs)

    def read(cell: Cell, bad: Bad) -> date | None:  # a date cell's day, the same rules each
        solar = solar_hijri(
            cell.value, _text(cell), codes, order, example_year(year)
        ) or ethiopian_date(cell.value, _text(cell), codes, order, year)
        if solar is not None and solar[1]:  # calendars: a Persian row's 1405-05-08
            bad(cell, *solar[1])
        told = bad if combined or stamp else _time_too(cell, bad, order, year, months, codes)
        day = solar[0] if solar else _date(cell, told, order, year, months, codes)
        if day is not None and not solar and regional is None:
            _other_order(cell, day, dates, codes, kit, table, errs)
        if day is not None and not solar and contrary is not None:
            tell(contrary, cell, day, table, errs)
        return day

    days = read_days(split[0], cells.get("end_date"), read, bad, months, example_year(year))
    return cells, days


# what a date column's cell that holds its date and a start time is told: the column's name
# that reads both (column_names.DATE_AND_TIME, as `Date et heure` is read; a Dakar office's
# trial renamed its `Date et heure` column `Date`, as the hint said, and every row was "not
# a date")
TIME_TOO = (
    "the cell holds a time after its date: name the column 'Date and time' to read each "
    "cell's date and its start time"
)


def _time_too(
    cell: Cell | None,
    bad: Bad,
    order: str | None,
    year: int,
    months: dict[str, int],
    codes: tuple[str, ...],
) -> Bad:
    """`bad`, its errors at a date cell (`cell`) that reads as a date and a start time (as
    a `Date and time` column's would: `_date_and_time`, 30 juillet 2027 à 18 h 30) told
    TIME_TOO too (read only when the cell is told: a date read costs nothing more)."""
    if cell is None or not _text(cell) or isinstance(cell.value, date):
        return bad

    def told(at: Cell, message: str, *hints: str) -> None:
        said: list[tuple[str, ...]] = []
        split = _date_and_time(cell, lambda *s: said.append(s), order, year, months, codes)
        both = at is cell and not said and split is not None and split[1] is not None
        bad(at, message, *hints, *((TIME_TOO,) if both else ()))

    return told


def _with_start(
    cells: dict[str, Cell],
    split: tuple[Cell, Cell | None],
    stamp: bool,
    table: Table,
    errs: Collector,
) -> dict[str, Cell]:
    """The row's cells with the date cell's date alone (`split`'s first), and the time it
    held (its second) as the time cell's when that is empty, else a warning when the two
    differ (`_two_starts`); an ISO 8601 date-time's midnight in UTC is a date alone."""
    cells = {**cells, "date": split[0]}
    begins = split[1]
    if begins is not None and stamp and _starts(begins) == ((time(0), None), _zone(begins)):
        begins = None
    if begins is not None and not _text(cells.get("time")):  # as a date cell's time
        cells["time"] = begins
    elif begins is not None:
        _two_starts(begins, cells["time"], table, errs)
    return cells


def _number_as_time(cell: Cell, value: float, table: Table, errs: Collector) -> Cell:
    """A time cell that holds a number (a time typed 7.30 or 19.00 in a General cell, which
    the spreadsheet keeps as 7.3 and 19: a trial's Thai sheet, where they were "'7.3' is not
    a time") as the time it reads as (`times.number_time`), with a warning naming both where
    a 0 may have been lost; as it is for any other number, which the time check names. In
    JSON and YAML records (`time: 7.30`, a number to them both) the warning says so, and to
    quote the time: it spoke of a spreadsheet's cell."""
    read = number_time(value)
    if read is None:
        return cell
    if read[1]:
        hours, minutes = read[0].split(":")
        typed = f"{int(hours)}.{minutes}"
        if table.tabular:
            why = (
                f"the cell holds the number {value:g}, read as the time {read[0]}: a time "
                f"typed {typed} in a spreadsheet's General cell is kept as a number, its "
                "last 0 dropped"
            )
            hint = f"write {read[0]}, or format the column as Text before typing its times"
        else:
            kind = "YAML" if table.path.suffix.lower() in (".yaml", ".yml") else "JSON"
            why = (
                f"the value is the number {value:g}, read as the time {read[0]}: {kind} "
                f"reads {typed} unquoted as a number, its last 0 dropped"
            )
            hint = f'write the time in quotes: "{read[0]}"'
        errs.warn("merge.value", f"{cell.where}: {why}", table.mark(cell), hint)
    return replace(cell, value=read[0])


def _zoned_times(
    cells: dict[str, Cell], dated: Cell | None, table: Table, errs: Collector, bad: Bad
) -> tuple[dict[str, Cell], dict[str, str], dict[str, str]]:
    """A time zone after the time or the end (19:30 CEST, 18:00-20:00 UTC+2: an online
    event's; the two cells' must be one): the cells with their zones (and an ISO 8601
    time's seconds) taken off, each cell's zone, and its text as written, zone kept."""
    zones: dict[str, str] = {}
    texts: dict[str, str] = {}
    for col in ("time", "end_time"):
        value = cells[col].value if col in cells else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            cells = {**cells, col: _number_as_time(cells[col], value, table, errs)}
            continue
        stray = _stray_offset_problem(value) if isinstance(value, str) else None
        if stray is not None:  # 19:30 UTC+15: its offset named, not "not a time"
            bad(cells[col], *stray)
            cells = {**cells, col: replace(cells[col], value=None)}  # checked no further
        elif isinstance(value, str):
            clock, written = time_zone(value)
            if written:
                # the start's and the end's told once; the end's printed only without the
                # start's (UTC+5:30 then IST: one zone, printed UTC+5:30, `_row_zone`)
                if not zones:
                    _ambiguous_zone(cells[col], value, written, dated, table, errs)
                zones[col], texts[col] = written, value
            if clock != value:  # its zone, or an ISO 8601 time's seconds, taken off
                cells = {**cells, col: replace(cells[col], value=clock)}
    return cells, zones, texts


def _hours(cells: dict[str, Cell], dated: Cell | None, bad: Bad) -> tuple[Hours | None, Cell]:
    """The event's start and end (None without a time), and the cell its time is shown at."""
    hours = _time(cells["time"], bad) if "time" in cells else None
    # a spreadsheet date cell that holds a time too (30/07/2026 18:30) and no time cell: the
    # time is the event's (it was dropped without a word)
    stamped = dated.value if dated is not None else None
    time_cell = cells["time"] if hours is not None else cells.get("date") or cells["event_id"]
    if hours is None and isinstance(stamped, datetime) and stamped.time() != time(0, 0):
        if not _text(cells.get("time")):
            hours = (stamped.time(), None)
    if "end_time" in cells:
        hours = _end_time(cells["end_time"], hours, cells.get("time"), bad)
    return hours, time_cell


def _other_readings(cells: dict[str, Cell], table: Table, errs: Collector) -> None:
    """A note at a time or end_time cell written without saa with a Swahili part of the
    day that Swahili time reads as another time (9:00 usiku: 21:00, saa 9:00 usiku 03:00;
    times.other_reading): the reading taken, and the other's form."""
    for col in ("time", "end_time"):
        said = other_reading(cells[col]) if col in cells else None
        if said is not None:
            errs.note(
                "merge.time", f"{cells[col].where}: {said[0]}", table.mark(cells[col]), said[1]
            )


def _ends_next_day(hours: Hours | None, cells: dict[str, Cell], bad: Bad) -> None:
    """An end before the start (22:00-02:00) is read as the next day's: `_next_day` refuses
    it when it is more than NIGHT_HOURS later. 24:00 (22:00-24:00) ends at midnight, as it
    says."""
    if (
        hours is not None
        and hours[1] is not None
        and hours[1] < hours[0]
        and not isinstance(hours[1], EndOfDay)
    ):
        _next_day(hours, cells, bad)


def _row_link(cells: dict[str, Cell], bad: Bad, dialled: str | None = None) -> tuple[str, str]:
    """The row's link, checked ("" without one), and the text printed under its QR code
    (`_printed_link`: a phone number as typed): a spreadsheet's link cell often shows a
    text ("Register") and opens the address. A national phone number of the row's country
    is dialled as from abroad (`dialled`, `_phones`: 01 43 29 44 40 of FR is
    tel:+33-1-43-29-44-40), printed as typed: as the cell shows it, or as its hyperlink
    target has it where the cell shows words or another number."""
    link = (cells["link"].target or _text(cells["link"])) if "link" in cells else ""
    if dialled is not None and link[:4].lower() != "tel:":  # 8 (495) ... of RU: a number
        link = "tel:" + link
    if link:
        link = _link(link, cells["link"], bad)
    if link[:4].lower() == "tel:" and dialled is not None:
        link = dialled + "".join(link.partition(";")[1:])  # ;ext=5 kept
    if not link:
        return link, ""
    printed = _printed_link(_text(cells["link"]), link)
    if printed == link and link[:4].lower() == "tel:" and cells["link"].target:
        # "Appelez-nous" opening tel:0143294440: its number as the target has it
        printed = _printed_link(cells["link"].target, link)
    return link, printed


def _phones(
    cells: dict[str, Cell], country: PhoneCountry, table: Table, errs: Collector
) -> tuple[str | None, dict[str, str]]:
    """A `merge.phone` warning for each phone number of a contact or link cell that is wrong
    for its country or cannot be told (`phone_numbers.check_phone`, by the row's `country`,
    `_phone_country`: a length no number of the country has, a national number where the
    row has no country; a country guessed from the row's language said so). Returns the
    tel: address the link cell's national number dials from anywhere (01 43 29 44 40 of FR:
    tel:+33-1-43-29-44-40; None without one), and
    `Layer.dials`: the digits of each national number of the row's contact and link cells
    (iri.phone_digits, its 0 first), as typed, with that address, which the digital PDF's
    link over the printed number opens, as the QR code dials it. One function for the link
    cell's QR code and the printed contact's PDF link. Neither address has parameters
    (;ext=5): check_phone reads a number alone (iri.PHONE), and formats it without one."""
    link, dials = None, {}
    for key, cell in cells.items():
        for number in _dialled_numbers(key, cell, country.code):
            alone = number.strip() == str(cell.value).strip()  # the cell's whole value
            found = check_phone(number, country.code, alone)
            if found is None:
                continue
            if found.international is not None:
                dials[phone_digits(number)] = found.international
                if key == "link":
                    link = found.international
            elif found.national is not None:  # (202) 456-1111 of no country: as typed
                dials[phone_digits(number)] = found.national
            if found.problem is not None:
                problem, fix = found.problem
                # a number written with its country code is no country's guessed
                guess = country if not with_country_code(number) else PhoneCountry()
                errs.warn(
                    "merge.phone",
                    f"{cell.where}: {problem}{guess.read_as()}",
                    table.mark(cell),
                    fix,
                    *guess.hints(),
                )
    return link, dials


def _dialled_numbers(key: str, cell: Cell, country: str = "") -> list[str]:
    """The numbers a contact or link cell dials, as typed (none for another column, or a
    cell that holds no text). A contact cell's are each phone number its text prints
    (`iri.target_spans`, as the digital PDF links them: "Appelez le 01 43 29 44 40"
    holds one), and each national number written with the trunk prefix of the row's
    `country` (`trunk_prefix`: 8 (495) 123-45-67 of RU), which the PDF links by its
    `Layer.dials`; a link cell's is its address: its hyperlink target before its shown text,
    as `_row_link` takes the row's link. A link cell that shows a number and opens another
    address (a web page, or tel: of another number) is read by what it opens: its shown
    number was dialled in the target's place, and warned of as national where the row links
    to a web page."""
    base = (language_column(key) or (key,))[0]
    if base == "link" and cell.target:
        return [_number_of(cell.target)] if cell.target[:4].lower() == "tel:" else []
    if base not in ("contact", "link") or not isinstance(cell.value, str):
        return []
    if base == "link":
        number = _number_of(cell.value)
        # without tel: and of no country, the trunkless (202) 555-0123 is told "not a link"
        # (`_link`), once: not also that its country is not known
        if not country and not PHONE.fullmatch(number) and NATIONAL.fullmatch(number):
            return []
        return [number]
    return numbers_in(cell.value, country)


def _number_of(link: str) -> str:
    """A link cell's number without the parameters of its tel: address (RFC 3966: ;ext=5,
    ;phone-context=...), which `_row_link` keeps after the number it dials: check_phone
    reads a number alone, and tel:0143294440;ext=5 of a row of FR was neither checked nor
    dialled as from abroad."""
    return link.partition(";")[0] if link[:4].lower() == "tel:" else link


class _Shown(NamedTuple):
    """What a record's languages show of its date and time, and where it is written."""

    day: date
    hours: Hours | None
    zone: str  # as written, kept with the time ("" without one)
    region: str  # the row's date_region ("" without one)
    time_cell: Cell
    last: date | None = None  # the last day of an event of several days


def _layer(
    event_id: str,
    cells: dict[str, Cell],
    codes: tuple[str, ...],
    unread: list[str],
    own: Own,
    links: tuple[str, str],
    photo: Path | None,
    shown: _Shown,
    kit: Kit,
    table: Table,
    errs: Collector,
) -> Layer:
    """The record's values: the shared columns', each language's date, time and own words
    (`_by_language`), its link and photo; a title shown unchanged in several languages is a
    warning (`_shared_title`)."""
    values = {
        field: StringEntry(field, _text(cells[col]), None, table.mark(cells[col]))
        for col, field in FIELDS.items()
        if col in cells and col not in ("date", "time", "end_time")
    }
    link, printed = links  # the QR code's address, and what is printed under it
    if link:  # as print shows a link (text.printed_url), a phone number as typed
        values[LINK_FIELD] = StringEntry(LINK_FIELD, printed, None, table.mark(cells["link"]))
    # each language's digits as the row's region writes it (formats._digits): its date and
    # time's, and, where they are not the language's own, every text's (Layer.digits)
    written_in = {
        code: _digits(code, kit.languages[code].digits, shown.region)
        for code in codes
        if code not in unread
    }
    by_language = {
        code: _by_language(code, digits, cells, own, shown, kit, table)
        for code, digits in written_in.items()
    }
    if "title" in cells:
        _shared_title(cells["title"], codes, own, table, kit, errs)
    return Layer(
        event_id,
        values,
        by_language,
        {"event": link} if link else {},
        {"photo": photo} if photo else {},
        {"event": table.mark(cells["link"])} if link else {},
        {"photo": table.mark(cells["photo"])} if photo else {},
        logo_alts={"photo": alts}
        if photo and (alts := _photo_alts(cells, codes, table, errs, kit))
        else {},
        as_written=FORMATTED,
        digits={c: d for c, d in written_in.items() if d != kit.languages[c].digits},
    )


def _photo_alts(
    cells: dict[str, Cell], codes: tuple[str, ...], table: Table, errs: Collector, kit: Kit
) -> dict[str, str]:
    """The photo's alternative text in each of the row's languages (`codes`): its own
    column's (`photo_alt_fr`) where filled, else the shared `photo_alt`'s, as a shared
    title serves (an empty `photo_alt_fr` cell gave French none of its own, and the French
    PDF read the English one's text with /Lang (en), where a sheet without the column read
    the shared text as French); none without either (the photo is then decoration). A text
    that says nothing of it (a file name, "photo" alone: alt_words.says_nothing) is a
    `layout.alt-text` warning at its cell; a shared text read in two or more of the row's
    languages, a `merge.shared` warning (`_shared_photo_alt`). A column's code is read as
    the kit's language it names or stands for (`photo_alt_fil`: tl, as `title_fil`)."""
    shared = cells.get(PHOTO_ALT)
    own = {
        photo_alt_language(code, kit) or code: cell
        for key, cell in cells.items()
        if (code := photo_alt_column(key)) and _text(cell).strip()
    }
    out: dict[str, str] = {}
    sharing: list[str] = []
    for code in codes:
        cell = own.get(code)
        if cell is None:
            cell = shared
            sharing.append(code)
        text = _text(cell).strip() if cell is not None else ""
        if text:
            out[code] = text
    for cell in {id(c): c for c in (shared, *own.values()) if c is not None}.values():
        text = _text(cell).strip()
        why = says_nothing(text) if text else None
        if why:
            errs.warn(
                "layout.alt-text",
                f"{cell.where}: the photo's alternative text '{text}' is {why}, which tells "
                "a screen reader's listener nothing of what it shows",
                table.mark(cell),
                "name what it shows: e.g. who is in it, where, and what they do",
            )
    if shared is not None and _text(shared).strip() and len(sharing) > 1:
        _shared_photo_alt(shared, sharing, table, errs)
    return out


def _shared_photo_alt(cell: Cell, sharing: list[str], table: Table, errs: Collector) -> None:
    """A `merge.shared` warning at a `photo_alt` cell that describes the photo in two or more
    of the row's languages (`sharing`, those without their own `photo_alt_<code>`): each of
    their digital PDFs reads its words as the PDF's language (the /Alt has the Figure's
    /Lang, PDF/UA-1 7.2), the French flyer's English text with a French voice. Which
    language the text is in is not guessed, as for a shared title (`_shared_title`)."""
    columns = ", ".join(f"{PHOTO_ALT}_{c}" for c in sharing)
    errs.warn(
        "merge.shared",
        f"{cell.where}: the photo's alternative text '{_text(cell).strip()}' would be read "
        f"as written in each of the row's languages ({', '.join(sharing)})",
        table.mark(cell),
        f"give each language its own ({columns}; '{PHOTO_ALT}' then serves a language left "
        "without one), so that a screen reader reads each in its language",
    )


def _by_language(
    code: str,
    digits: str,
    cells: dict[str, Cell],
    own: Own,
    shown: _Shown,
    kit: Kit,
    table: Table,
) -> dict[str, StringEntry]:
    """A language's values of the record: its date and time as it writes them (in
    `digits`, the row's date_region's for it, its months and clock), and its own words
    (title_fr)."""
    lang = kit.languages[code]
    region = shown.region
    written = {
        "event_date": _format(shown.day, "date", code, digits, lang.months, region)
        if shown.last is None  # 29 – 30 July 2027: CLDR's date interval (date_ranges.interval)
        else _format((shown.day, shown.last), "dates", code, digits, lang.months, region)
    }
    if shown.hours is not None:
        start, end = shown.hours
        written["event_time"] = (
            _format(start, "time", code, digits, (), region, lang.clock)
            if end is None
            else _format((start, end), "interval", code, digits, (), region, lang.clock)
        ) + (f"\u00a0{shown.zone}" if shown.zone else "")  # the zone as written
    where = {"event_date": cells["date"], "event_time": shown.time_cell}
    entries = {k: StringEntry(k, v, None, table.mark(where[k])) for k, v in written.items()}
    for (col, lang_code), cell in own.items():
        if lang_code == code:
            name = FIELDS[col]
            entries[name] = StringEntry(name, _text(cell), None, table.mark(cell))
    return entries
