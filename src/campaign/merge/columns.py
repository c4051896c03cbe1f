"""A sheet's header row: which column is which (`table_keys`, `row_cells`, a form's
timestamp column: `form_columns`), a header meant for an event column or a language
(`meant_columns`, `_near_column`), and the checks of the columns before any row is read
(`_check_columns`: missing, repeated or unused columns, a column of one language; `_no_key`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from itertools import islice
from weakref import WeakKeyDictionary

from ..diagnostics import Collector, closest, listed, misspelling, name_words
from ..model import Kit
from ..model.language import Language, code_hints
from .column_names import (
    CONTACT_WORDS,
    WHOLE_ONLY,
    address_word,
    column_names,
    date_and_time_header,
    event_column,
    header_spelling,
    without_article,
)
from .data import Cell, Table, blank, column_key, column_letters
from .fields import (
    COLUMNS,
    LANGUAGE_TAG,
    PHOTO_ALT,
    REQUIRED,
    SAMPLE,
    WORDED,
    Bad,
    _cldr_language,
    _text,
    language_column,
    own_language,
    photo_alt_column,
)
from .languages import (
    alias_note,
    bracketed,
    language_codes,
    language_codes_hint,
    language_fold,
    own_names,
    photo_alt_language,
    tag_region,
)
from .near_names import near_name, near_spelling, shown_name


def _near_column(key: str, kit: Kit, misspelt: bool = False) -> str | None:
    """The event column a header not read (`key`, as column_key writes it) likely means, as
    `diagnostics.closest` finds it among the columns: a close spelling of one (`end_tme`:
    end_time), or of a per-language one (`titel_ar`: title_ar, the kit's language kept), or
    of a column's name in a language of the headers read (`_near_name`: `Oraas`, Filipino
    oras, is time; `Pamagaat (TL)` title_tl); None when none is near. With `misspelt`, only
    a misspelling (`near_names.near_spelling`: a ratio of MISSPELLING at least, 0.8, a swap
    of two neighbouring letters one edit: end_tme, venu, titel_ar, tiem), which is that
    column misspelt, and its values would be lost: an error. Less close (timezone: 0.7) may
    be a column of the sheet's own: a warning, unless its words name the column
    (COLUMN_WORDS: contact_email is the contact's)."""
    base, _, code = key.rpartition("_")
    if base and kit.language_code(code) in kit.languages:
        worded = near_spelling(base, WORDED) or (None if misspelt else closest(base, WORDED))
        named = _near_name(base)
        if worded is None and named is not None and named[0] in WORDED:
            worded = named[0]
        if worded:
            return f"{worded}_{code}"
    found = near_spelling(key, COLUMNS)
    named = _near_name(key) if found is None else None
    if named is not None:
        return named[0]
    return found if found is not None or misspelt else closest(key, COLUMNS)


def _near_name(key: str) -> tuple[str, str] | None:
    """The event column and its name in a language of the headers read (COLUMN_NAMES) that a
    header's `key` misspells (`near_names.near_name`: oraas, Filipino oras, time), or None:
    none for a word read of its own (`_known_words`: Filipino tala, notes, is no misspelt
    Dutch taal, language; Thai LINE no misspelt French lien), nor for a header of several
    words one of which is a column's name or word (`_column_word`: `Contact person` is read
    by contact, as `Contact email` is, and is no misspelt Dutch contactpersoon)."""
    if header_spelling(key) in _known_words() or _column_word(key):
        return None
    return near_name(key)


def _column_word(key: str) -> bool:
    """Whether a header's `key` (as event_column writes it) is of several words, one of them
    an event column's name or one of COLUMN_WORDS' words (contact_person: contact)."""
    words = key.split("_")
    named = set(COLUMNS) | {w for ws in COLUMN_WORDS.values() for w in ws}
    return len(words) > 1 and any(w in named for w in words)


@functools.cache
def _known_words() -> frozenset[str]:
    """The words a header is read by as they are (as `header_spelling` writes a key): the
    sheet's own record keeping (`_record_keeping`), COLUMN_WORDS', the contact's words
    (CONTACT_WORDS), the columns' names (column_names), and NOT_NEAR."""
    words = {w for ws in COLUMN_WORDS.values() for w in ws} | set(NOT_NEAR)
    words |= {header_spelling(w) for w in _contact_words()} | set(column_names())
    return frozenset(words | _record_keeping())


# Headers of a sheet of events that are a slip of the keys from a column's name in another
# language of the headers read, and are no misspelling of it (`_near_name`): LINE, the
# messaging app of Thailand's and the Philippines' organisers, as a sheet heads its LINE ids
# (French lien, link, swapped)
NOT_NEAR = frozenset({"line"})


def _not_near(key: str) -> bool:
    """Whether a header's `key` is one of NOT_NEAR, told no column it would be near: LINE is
    not "did you mean 'link'?" either (an organiser who renamed the LINE ids' column link
    would print an id as the event's link)."""
    return header_spelling(key) in NOT_NEAR


# Words that name an event column in a header besides the column's own name, from what the
# column holds (the module docstring): a header holding one of them, or the column's own name
# (its spellings and plural), as a word ("Start time", "Event date", "Link (QR)", "Website",
# "Contact email", "Organizer name") is recognisably meant as that column, and its values
# would be lost where the sheet has no such column: an error. Only words that no other column
# could mean; a header of none of them ("Notes", "Internal comments") is the sheet's own.
COLUMN_WORDS = {
    "event_id": ("id",),
    "language": ("languages", "lang"),
    # name, and as French, Spanish, Portuguese and Dutch forms name an event (Nom de
    # l'activité, Nombre del taller, Naam activiteit: column_names.COLUMN_NAMES' words)
    "title": ("titles", "name", "nom", "nombre", "nome", "naam"),
    "date": ("dates", "day"),
    "time": ("times", "start"),
    # an "end" in the kit's languages of Latin America and West Africa, as their end times
    # are headed (column_names.COLUMN_NAMES' sources): fr and es fin, es and pt término, pt
    # fim; with a time's word it is the end time (`meant_columns`: Heure fin, Fin time),
    # not the start, and with a date's the end date (Date fin)
    "end_time": ("end", "fin", "término", "fim"),
    "venue": ("place", "location"),
    "organiser": ("organisers", "organizers", "organisation", "organization", "host"),
    "contact": ("email", "e_mail", "phone", "telephone"),
    # web: a website as the kit's languages of Latin America and Haiti write it, es sitio
    # web, página web, fr site web, and English's Web page (not pt's site alone, which is
    # English's place): the event's page, where no column is the link
    "link": ("website", "url", "qr", "web"),
    "photo": ("image", "picture"),
}
# Headers that may be the row's country (date_region), or the sheet's own (a venue's country
# written out): told with what date_region does (an organiser's trial named a Country column
# KE for its phone numbers, and was told only "not used"), in English and in the languages of
# the forms offices send (column_names.FORMS_LANGUAGES: French pays, région, Spanish país,
# región, Portuguese país, região; a Moroccan organiser's Pays column was "not used" alone)
COUNTRY_WORDS = frozenset(
    {"country", "country_code", "region", "countries"}
    | {"pays", "région", "país", "pais", "región", "região", "regiao"}
)
# the column's own names among them (a plural, the US spelling): they outrank the other words
# ("Organizer name" is the organiser's, not a title; "Contact email" the contact's)
OWN_WORDS = frozenset({"languages", "titles", "dates", "times", "organisers", "organizers"})
# not the event's values but about them, or the sheet's own record keeping: no column is
# meant by them (a photo's credit is not the photo, a time zone not a time)
NOT_MEANT = frozenset(
    {
        "time_zone",
        "timezone",
        "photo_credit",
        "photo_caption",
        "date_added",
        "date_created",
        "date_modified",
    }
)
# The sheet's own record keeping: a header with one of these words (Notes, Internal
# comments, Status, Email sent?, Date added, Website notes) is the organiser's, about the
# event or its row and never printed, so it is passed over without a word, as a form's own
# columns are (`sheets_own`; an organiser's trial: `Notes` was warned of on every merge, and
# `--strict` failed it). In English, and in each language of the headers read
# (column_names.COLUMN_NAMES): the language's words for notes, remarks and comments as a
# sheet heads its column of them (Arabic ملاحظات, as a Middle East office's trial did). These
# are the languages' common words, not taken from a cited source: a word of the sheet's own
# missing here is only warned of as unused, as before.
RECORD_KEEPING = frozenset(
    {
        "note", "notes", "comment", "comments", "remark", "remarks", "sent", "added",
        "created", "modified", "updated", "status",
    }
)  # fmt: skip
RECORD_KEEPING_WORDS: dict[str, tuple[str, ...]] = {
    "th": ("หมายเหตุ",),
    "lo": ("ໝາຍເຫດ",),
    "km": ("កំណត់សម្គាល់", "កំណត់ចំណាំ"),
    "vi": ("ghi chú",),
    "id": ("catatan", "keterangan"),
    "ms": ("catatan", "nota"),
    "tl": ("tala", "puna"),
    "ar": ("ملاحظات", "ملاحظة"),
    "fa": ("یادداشت", "توضیحات"),
    "ur": ("نوٹس", "تبصرہ", "کیفیت"),
    "uk": ("примітки", "примітка", "нотатки", "коментарі"),
    "ru": ("примечания", "примечание", "заметки", "комментарии"),
    "es": ("notas", "observaciones", "comentarios"),
    "fr": ("remarques", "commentaires"),  # notes: the English word
    "pt": ("notas", "observações", "comentários"),
    "nl": ("opmerkingen", "opmerking", "notities"),
    "sw": ("maoni",),
    "am": ("ማስታወሻ", "አስተያየት"),
    "hi": ("टिप्पणी", "टिप्पणियाँ"),
    "ne": ("टिप्पणी", "कैफियत"),
    "bn": ("মন্তব্য",),
    "ka": ("შენიშვნა", "შენიშვნები"),
    "tr": ("notlar", "yorumlar"),
    "zh": ("备注", "注释"),
    "so": ("faallo",),
    "ht": ("nòt", "kòmantè"),
    "my": ("မှတ်ချက်",),
}
# words that make a header about a column's value (a review: Photo credits, Image credit,
# Photo by, Time zone (UTC) were errors that stopped the merge, "the sheet has no 'photo'"),
# or the sheet's own record keeping (RECORD_KEEPING)
QUALIFIERS = frozenset({"credit", "credits", "caption", "captions", "by", "zone", *RECORD_KEEPING})


def meant_columns(key: str) -> tuple[str, ...]:
    """The event columns a header not read (`key`, as event_column writes it) is recognisably
    meant as, by its words (COLUMN_WORDS): `start_time` is time, `link_(qr)` link, `website`
    link; several when it names several (`date_and_time`); none for a header of the sheet's
    own (`notes`, `contacted?`)."""
    words = name_words(key, marks=True)
    if _about_a_value(key):
        return ()
    signals = {name: (name, True) for name in COLUMNS}
    for column, others in COLUMN_WORDS.items():
        signals.update({w: (column, w in OWN_WORDS) for w in others})
    # organizer, التاريخ; not a word read only as the whole header (WHOLE_ONLY: Portuguese
    # local, which begins an English sheet's Local time and Local partner)
    signals.update({w: (c, True) for w, c in column_names().items() if w not in WHOLE_ONLY})
    signals.update(_contact_words())  # Téléphone, الهاتف: the contact, as English phone
    own: list[str] = []
    other: list[str] = []
    i = 0
    while i < len(words):
        for size in (2, 1):  # end_time and e_mail before end, time and mail
            joined = header_spelling("_".join(words[i : i + size]))
            found = signals.get(joined) if i + size <= len(words) else None
            bare = without_article(joined) if found is None and i + size <= len(words) else None
            found = signals.get(bare) if bare is not None else found  # الهاتف: هاتف
            if found is not None:
                (own if found[1] else other).append(found[0])
                i += size
                break
        else:
            i += 1
    if "end_time" in own or "end_time" in other:  # Heure fin: a time's end, not its start
        own = ["end_time" if c == "time" else c for c in own]
        if "date" in own:  # Date fin, Fin date: the last day's, no time's
            own = ["end_date" if c in ("date", "end_time") else c for c in own]
            other = [c for c in other if c != "end_time"]
    return tuple(dict.fromkeys(own or other))


@functools.cache
def _contact_words() -> dict[str, tuple[str, bool]]:
    """column_names.CONTACT_WORDS as `meant_columns` reads a header's words: each word (or
    pair) as `header_spelling` writes it, to the contact column, as English's phone is."""
    return {
        header_spelling(column_key(word)): ("contact", False)
        for words in CONTACT_WORDS.values()
        for word in words
    }


@functools.cache
def _record_keeping() -> frozenset[str]:
    """RECORD_KEEPING's words and RECORD_KEEPING_WORDS' as `header_spelling` writes a header's
    words (joined by _: ghi_chú)."""
    words = {header_spelling(column_key(w)) for ws in RECORD_KEEPING_WORDS.values() for w in ws}
    return frozenset(words | RECORD_KEEPING)


def sheets_own(key: str, kit: Kit) -> bool:
    """Whether a header (`key`, as event_column writes it) is the sheet's own record keeping
    (RECORD_KEEPING, RECORD_KEEPING_WORDS: Notes, Internal comments, หมายเหตุ, الملاحظات,
    Observaciones) and no misspelling of an event column: no column reads it, and it is told
    of none."""
    words = [header_spelling(w) for w in name_words(key, marks=True)]
    spans = {"_".join(words[i : i + size]) for size in (1, 2) for i in range(len(words))}
    spans |= {bare for span in spans if (bare := without_article(span)) is not None}
    return bool(spans & _record_keeping()) and _near_column(key, kit, misspelt=True) is None


def _about_a_value(key: str) -> bool:
    """Whether a header (`key`, as event_column writes it) is about an event column's value,
    or the sheet's own record keeping (NOT_MEANT, QUALIFIERS: Photo credit, Time zone, Date
    added): no event column is meant by it, nor named to it as the one it means."""
    words = name_words(key, marks=True)
    return "_".join(words) in NOT_MEANT or bool(QUALIFIERS.intersection(words))


_KEYS: WeakKeyDictionary[Table, dict[str, str]] = WeakKeyDictionary()


def table_keys(table: Table) -> dict[str, str]:
    """{header as written: its event column} of the table's headers (event_column), a header
    of dates and times (`date_and_time_header`) as `date` when no header is the date's: its
    date is the event's, its time the start (`_date_then_time`). Beside a date column it is
    judged as any other header. A header read by an English export's name of a column
    (column_names.ENGLISH_NAMES: `Location`) is that column where no header names it
    otherwise (`Venue`, สถานที่): beside one it is the sheet's own, as is a form's own column
    (form_columns: Microsoft Forms' Start time). A language the header names in brackets
    after the column's name is the kit's code (`_kit_language`: `Pamagat (Filipino)` is
    title_tl), and so is a code read as one of the kit's (`Title (FIL)`: title_tl). A
    header read by a word that is an address's field too (column_names.ADDRESS_WORDS: Dutch
    `Plaats`, the town) is its column only where no other header is, by any name
    (`Locatie`, `Location`): beside one it is the sheet's own. Once per table."""
    if table not in _KEYS:
        names = dict(table.language_names)
        keys = {c: _kit_language(event_column(c), names) for c in table.columns}
        plain = {c: _kit_language(event_column(c, english=False), names) for c in table.columns}
        for c in [c for c in table.columns if address_word(c)]:
            if any(keys[o] == keys[c] for o in table.columns if o != c):
                keys[c] = plain[c] = column_key(c)  # Plaats beside Locatie: the town
        named = set(plain.values())  # the columns headed by their own names
        forms = form_columns(named)  # Microsoft Forms' Start time: its answer's, not the event's
        keys.update(
            {
                c: plain[c]
                for c, k in keys.items()
                if k != plain[c] and (k in named or plain[c] in forms)
            }
        )
        if "date" not in keys.values():
            keys.update({c: "date" for c, k in keys.items() if date_and_time_header(k)})
        _KEYS[table] = keys
    return _KEYS[table]


# a language's name in brackets at the end of a header's key (as column_key writes it:
# pamagat_(filipino))
NAMED_LANGUAGE = re.compile(r"_(\([^()]+\))$")


def _kit_language(key: str, names: dict[str, str]) -> str:
    """A header's key (as event_column writes it) with the language it names after the
    column's name as its code (`names`: Table.language_names): `title_(filipino)` is
    title_tl, `title_(german)` title_de, `title_fil` title_tl (a code read as the kit's);
    the key as it is where it names none."""
    found = NAMED_LANGUAGE.search(key)
    if found is not None:
        code = names.get(bracketed(found[1][1:-1]))
        return key if code is None else f"{key[: found.start()]}_{code}"
    own = language_column(key)
    if own is not None and own[1] in names:
        return f"{own[0]}_{names[own[1]]}"
    return key


# The id of an event on a sheet without an event_id column (`made_ids`): its row's number, as
# the spreadsheet shows it (row-2 for the first row under the header). A Google Form or an
# Excel sheet has no ids, and every organiser's trial added a column by hand before the
# first flyer (a Brussels organiser's, and a Dakar office's before it); the id names the
# event's files, `merge --event` picks it, and the job sheet and the package name it. A row
# sorted, or a row added or deleted above it, renumbers it and its files: the note
# (`made_ids_note`) says so and how to give ids of one's own, and a merge of another data
# file into the folder does not replace such an event's files unasked
# (cli.merge.check_other_data). JSON and YAML records keep the id a required key: a
# program or a person writes each record's keys. A workbook of several sheets names them by
# their sheet too (`row_id`: july-row-2): a merge of its sheet July, then of its sheet
# August, into one folder replaced July's row-2 with August's without a word (a reviewer's
# trial), two sheets' rows sharing their numbers.
ROW_ID = "row-{row}"
ROW_IDS = re.compile(r"(?:[a-z0-9]+-)*row-[0-9]+")  # the ids ROW_ID and row_id make
SHEET_SLUG = 24  # a sheet's name in its rows' ids at most (an id has 40: fields.ID)


def row_id(table: Table, row: int) -> str:
    """The id of the event on `row` of a sheet without ids (`made_ids`): ROW_ID, after its
    sheet's name as `sheet_slugs` writes it in a workbook of several sheets (july-row-2)."""
    own = ROW_ID.format(row=row)
    if len(table.sheets) < 2 or table.sheet not in table.sheets:
        return own
    return f"{sheet_slugs(table.sheets)[table.sheets.index(table.sheet)]}-{own}"


@functools.cache
def sheet_slugs(names: tuple[str, ...]) -> tuple[str, ...]:
    """Each of a workbook's sheet names as its rows' ids begin (`row_id`): its Latin letters
    (accents aside) and digits, lower case, other characters between them a -, at most
    SHEET_SLUG characters (July: july; Août 2027: aout-2027); `sheetN`, its place among the
    sheets, for a name without such a letter (a Thai month's) or one another sheet's slug
    shares (July!, July?); every sheet's, where a sheet's own is another's `sheetN`."""
    slugs = []
    for name in names:
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        slugs.append(re.sub(r"[^a-z0-9]+", "-", plain.lower())[:SHEET_SLUG].strip("-"))
    found = tuple(
        slug if slug and slugs.count(slug) == 1 else f"sheet{n}" for n, slug in enumerate(slugs, 1)
    )
    if len(set(found)) < len(found):  # Sheet1 beside a first sheet of no Latin letter
        return tuple(f"sheet{n}" for n in range(1, len(names) + 1))
    return found


_MADE: WeakKeyDictionary[Table, bool] = WeakKeyDictionary()


def made_ids(table: Table) -> bool:
    """Whether the events of `table` are named by their rows (ROW_ID): a sheet (CSV, XLSX,
    ODS) with no column read as event_id, nor one per language (event_id_fr), nor one meant
    as it (`ID`, `Evnet ID`: `meant_columns`, a misspelling; not a form's own, Microsoft
    Forms' ID), which is an error naming it: its ids would be lost. Once per table."""
    if table not in _MADE:
        keys = set(table_keys(table).values())
        forms = form_columns(keys)
        meant = any(
            "event_id" in meant_columns(k) or misspelling(k, COLUMNS) == "event_id"
            for k in keys - forms
            if not _about_a_value(k)
        )
        _MADE[table] = (
            table.tabular
            and "event_id" not in keys
            and not any(k.startswith("event_id_") for k in keys)
            and not meant
        )
    return _MADE[table]


def made_ids_note(table: Table, errs: Collector) -> None:
    """The `merge.row-ids` note of a sheet whose events are named by their rows (`made_ids`),
    at its header: which id the first row gets, what renumbers them, and how to name them."""
    first = next(table.iter_rows(), None)
    row = _row_of(first) if first else 2
    sheets = row_id(table, row) != ROW_ID.format(row=row)  # a workbook of several sheets
    by, where, renamed = "row", "", ","
    if sheets:
        by = f"sheet and its row (the {len(table.sheets)} sheets' rows share their numbers)"
        where, renamed = f" of sheet '{table.sheet}'", ", or renaming its sheet,"
    errs.note(
        "merge.row-ids",
        f"{table.path.name} has no event_id column: each event is named by its {by}, "
        f"{row_id(table, row)} for the event on row {row}{where}, which names its files",
        table.column_mark(1),
        f"sorting the rows, or adding or deleting one above an event{renamed} gives it "
        "another id and its files other names: to keep each event's, add a column event_id "
        "with a short id on each row, e.g. walk-1, walk-2 (Latin letters, digits, - and _)",
    )


def _row_of(cells: dict[str, Cell]) -> int:
    """The row most of `cells` are on (a merged cell above it gives it its own row's: as
    `rows._refused_row` names a row)."""
    rows = Counter(c.row for c in cells.values() if c.row)
    return rows.most_common(1)[0][0] if rows else 0


def row_cells(table: Table, row: dict[str, Cell]) -> dict[str, Cell]:
    """A row's cells by their event columns (`table_keys`), with its event id made from its
    row (`row_id`) on a sheet that has no event_id column (`made_ids`). A row whose `date_region` is
    empty or missing, and whose language cell's tags name no region (`tag_region`: ar-MA's
    MA is the row's country), takes the table's default (`Table.region`: the office's
    country) as its cell's value, at the row's own cell where it has one (an empty cell of
    the column), else at no column (a Cell of index 0): the row's own value wins, then its
    tag's (an ar-MA row merged for an office of BE printed Eastern Arabic digits, as for
    Egypt, and read its phone numbers as Belgian). A row of nothing but unsaved formulas
    (`rows._unsaved_formulas`) stays one."""
    keys = table_keys(table)
    cells = {keys.get(c) or event_column(c): cell for c, cell in row.items()}
    filled = any(not c.formula and not blank(c.value) for c in cells.values())
    if filled and made_ids(table):  # a sheet without ids: the row's own (ROW_ID)
        row_of = _row_of(cells)
        cells["event_id"] = Cell(row_id(table, row_of), row_of, "event_id", 0)
    own_region = _text(cells.get("date_region")) or tag_region(_text(cells.get("language")))
    if table.region and not own_region and filled:
        own = cells.get("date_region")
        first = next(iter(cells.values()))
        cells["date_region"] = (
            replace(own, value=table.region, by_office=True)
            if own is not None
            else Cell(table.region, first.row, "date_region", 0, by_office=True)
        )
    return cells


def _meant(key: str, kit: Kit, present: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The event columns a header not read (`key`, as event_column writes it) likely means: a
    close misspelling of one (`_near_column`; not the column's name and more: Contacted?,
    Photos), else the columns its words name (meant_columns), a language of the kit after them kept
    (`Event title (FR)`: title_fr). A misspelling of a column the sheet has (`present`)
    yields to the columns its words name: `Event end` beside `event_id` is the end time, not
    a second id (it was a warning, "did you mean 'event_id'?", and the end times were lost)."""
    misspelt = _near_column(key, kit, misspelt=True)
    if (
        misspelt is not None
        and not key.startswith(misspelt)
        and not (misspelt in present and meant_columns(key))
    ):
        return (misspelt,)
    meant = meant_columns(key)
    base, _, code = key.rpartition("_")
    if (
        len(meant) == 1
        and meant[0] in WORDED
        and base
        and meant_columns(base) == meant
        and kit.language_code(code) in kit.languages
    ):
        return (f"{meant[0]}_{code}",)
    return meant


# A form's own columns, of its answers and not of the event: Google Forms' first, the time an
# answer was sent, as its interface's language names it (a Europe and Central Asia office's
# trial: Timestamp was "did you mean 'time'?", and renamed it would print the time the form
# was sent as the event's), and Microsoft Forms' first five (an answer's id, when it was
# begun and finished, who answered), where a header has all three of its first
FORM_TIMESTAMPS = frozenset(
    header_spelling(column_key(name))
    for name in (
        "Timestamp", "Marca temporal", "Horodateur", "Carimbo de data/hora", "Позначка часу",
        "Отметка времени", "Zeitstempel",
    )
)  # fmt: skip
MICROSOFT_FORMS = ("id", "start_time", "completion_time", "email", "name")
# Google Forms' second column where a form collects the respondents' e-mail addresses: who
# answered, not the event's contact (a trial: 'Email Address' was "no column of the event
# templates, and the sheet has no 'contact'", and the whole sheet was refused), read as its
# own where the header has a FORM_TIMESTAMPS column too, in the languages whose export's
# header pair is cited: public repositories' Google Forms test data and documentation
# (exact search, 2026-12: "Timestamp,Email Address" in 10 files, "Marca temporal,Dirección
# de correo electrónico" 9, "Horodateur,Adresse e-mail" 7, "Carimbo de data/hora,Endereço
# de e-mail" 7, "Zeitstempel,E-Mail-Adresse" 10); none was found for Russian, Ukrainian or
# Thai, whose column is told as any other
FORM_EMAILS = frozenset(
    header_spelling(column_key(name))
    for name in (
        "Email Address", "Dirección de correo electrónico", "Adresse e-mail",
        "Endereço de e-mail", "E-Mail-Adresse",
    )
)  # fmt: skip


def form_columns(keys: Iterable[str]) -> frozenset[str]:
    """The keys (as event_column writes them) of a form's own columns among a header's
    (FORM_TIMESTAMPS, and FORM_EMAILS beside one; MICROSOFT_FORMS, where the header has id,
    start_time and completion_time): no event column's, read by none, nor told
    (`_check_columns`)."""
    keys = frozenset(keys)
    own = {k for k in keys if header_spelling(k) in FORM_TIMESTAMPS}
    if own:  # a Google Form's: the respondent's address too
        own.update(k for k in keys if header_spelling(k) in FORM_EMAILS)
    if keys.issuperset(MICROSOFT_FORMS[:3]):
        own.update(keys.intersection(MICROSOFT_FORMS))
    return frozenset(own - set(COLUMNS))


def _check_columns(table: Table, kit: Kit, errs: Collector) -> None:
    """The table's header: a required column missing, a column twice, a column not used (a
    warning; an error when it is meant as an event column the sheet lacks: its values would
    be lost). The sheet's own record keeping (`sheets_own`: Notes) and a column the workbook
    hides (Table.hidden_columns) are not warned of; a hidden column meant as an event column
    the sheet lacks still is, its values lost."""
    keys = table_keys(table)
    names = {keys[c]: c for c in table.columns}
    _aliased_headers(table, kit, errs)
    # the headers not read, each with the event columns it likely means (a form's own, its
    # answers' timestamp, told of none)
    forms = form_columns(names)
    meant = {
        index: _meant(keys[col], kit, frozenset(names))
        for index, col in enumerate(table.columns, 1)
        if col
        and keys[col] not in (*COLUMNS, SAMPLE)
        and keys[col] not in forms
        and not own_language(keys[col], kit)
        and not sheets_own(keys[col], kit)
        and not _read_photo_alt(keys[col], kit)
    }
    named = _missing_columns(table, kit, errs, names, meant)
    if made_ids(table):
        made_ids_note(table, errs)
    _columns_twice(table, keys, errs)
    for index, likely in meant.items():
        lost = [c for c in likely if c not in names]
        # a hidden column (an organiser's working column) is told only where values are lost
        if index not in named and (lost or index not in table.hidden_columns):
            _unused_column(table, kit, errs, index, lost)


def _read_photo_alt(key: str, kit: Kit) -> bool:
    """Whether `key` is a photo's alternative text column the merge reads: the shared
    `photo_alt`, or `photo_alt_<code>` of a language of the kit or one it stands for
    (`photo_alt_fil`: tl). `photo_alt_de` in a kit without German, or `photo_alt_fre`, is
    not read, and is told so as any column not used (it was left out silently, its photo
    then decoration)."""
    code = photo_alt_column(key)
    return code == "" or (code is not None and photo_alt_language(code, kit) is not None)


def _aliased_headers(table: Table, kit: Kit, errs: Collector) -> None:
    """A `merge.language-alias` note at each header whose language is a code read as one of
    the kit's (`languages.kit_alias`: `Title (FIL)`, title_tl)."""
    aliases = {k: v for k, v in table.language_names if not k.startswith("(")}
    for index, col in enumerate(table.columns, 1):
        own = language_column(event_column(col)) if col else None
        if own is not None and own[1] in aliases:
            words = re.split(r"[\s()_\-]+", col)[::-1]  # Title (FIL), title_fil, Title-FIL
            written = next((w for w in words if w.casefold() == own[1]), own[1])
            message, hint = alias_note(written, aliases[own[1]], kit, f"in the header '{col}'")
            errs.note("merge.language-alias", message, table.column_mark(index), hint)


def _missing_columns(
    table: Table,
    kit: Kit,
    errs: Collector,
    names: dict[str, str],
    meant: dict[int, tuple[str, ...]],
) -> set[int]:
    """An error for each required column the header lacks (`names`: its columns by key),
    and the headers those errors name ("did you mean 'venu'?"): each is told once. A table's
    header is its first row, or the row below a title (merge.header_row); JSON and
    YAML records have none: a column is where its key is first written (YAML)."""
    sheet = (
        f" (sheet '{table.sheet}' of {', '.join(table.sheets)})" if len(table.sheets) > 1 else ""
    )
    named: set[int] = set()
    for need in REQUIRED:
        if need in WORDED and any(own_language(k, kit, need) for k in names):
            continue  # title_en, title_fr and no title: each row's languages are checked
        split = _split_by_language(need, names, kit)
        if need == "event_id" and made_ids(table):
            continue  # made from each row's number (ROW_ID)
        if need not in names and split:  # date_en, date_fr: the date is one
            indexes = [table.columns.index(names[k]) + 1 for k in split]
            named.update(indexes)
            errs.error(
                "merge.column",
                f"{table.path.name}{sheet} has no column '{need}': "
                f"{_quoted_columns(table, indexes)} {_one_value(need, len(indexes))}",
                table.column_mark(indexes[0]),
                f"name one column {need}" + (" and remove the others" if len(indexes) > 1 else ""),
            )
        elif need not in names:
            named.add(_missing_column(need, table, kit, errs, names, meant, sheet))
    return named


def _missing_column(
    need: str,
    table: Table,
    kit: Kit,
    errs: Collector,
    names: dict[str, str],
    meant: dict[int, tuple[str, ...]],
    sheet: str,
) -> int:
    """The error of a required column `need` the header lacks, at the header likely meant
    for it (a word of it, a close spelling: 'Evnet ID'; not a header read as another
    column: time was "did you mean 'time'? name that column title"), else at the first;
    that header's index (0: none). Headers no column reads are offered for what they would
    hold (`_unread_hint`); a missing language column names the kit's codes
    (`_language_codes_hint`)."""
    at = next((i for i, cols in meant.items() if need in cols), None)
    if at is None:  # a header read as another column is not this one (time, `Start time`)
        close = closest(need, [k for k in names if k not in COLUMNS])
        at = table.columns.index(names[close]) + 1 if close else None
    typed = table.columns[at - 1] if at is not None else None  # as written: 'Evnet ID'
    # with its column's letter, as the value errors name a column ("column Date (D)"): an
    # organiser's trial read "1:6" of a workbook and looked for the cell by its letter
    quoted = f"'{typed}'"  # a form's records (JSON, YAML) have keys, no columns
    if at is not None and table.tabular:
        quoted += f" (column {column_letters(at)})"
    unread = [i for i, cols in meant.items() if not cols]  # of no event column: รหัสงาน
    more: tuple[str, ...] = ()
    if typed is not None and need == "date" and at is not None and "time" in meant.get(at, ()):
        # Date/heure: named date, its times would be "not a date"
        hint = (
            f"did you mean {quoted}? if it holds dates and their start times, name it "
            "'Date and time'; if dates alone, name it date"
        )
    elif typed is not None:
        hint = f"did you mean {quoted}? name that column {need}"
    elif unread:
        hint = _unread_hint(need, table, unread)
    else:
        hint = f"its columns: {', '.join(table.columns)}"
    if need == "event_id" and typed is None:
        more = _no_ids(table, names)
    if need == "language" and typed is None:
        more = (_language_codes_hint(table, kit),)
    errs.error(
        "merge.column",
        f"{table.path.name}{sheet} has no column '{need}'",
        table.column_mark(at or (unread[0] if unread else 1))
        if table.tabular or typed is not None
        else None,
        *((hint,) if unread or not more else ()),
        *more,
        _required(table),
    )
    return at or 0


# what each required column holds, as a hint offering a header no column reads names it
# ("if it holds the events' titles, name it title"): a header offered for two missing
# columns was "if it holds it, name it event_id" and "if it holds it, name it title" (a
# Brussels organiser's trial, of `Nom de l'événement`)
HOLDS = {
    "event_id": "ids",
    "language": "language codes",
    "title": "titles",
    "date": "dates",
    "venue": "places",
}


def _unread_hint(need: str, table: Table, unread: list[int]) -> str:
    """The hint offering the headers no column reads (`unread`, their indexes) for a missing
    column `need`, by what it would hold: "no template reads 'Activité' (B): if it holds
    the events' titles, name it title"."""
    said = ", ".join(f"'{table.columns[i - 1]}' ({column_letters(i)})" for i in unread)
    return (
        f"no template reads {said}: if {_it_or_one(unread)} holds the events' {HOLDS[need]}, "
        f"name it {need}"
    )


def _required(table: Table) -> str:
    """The hint naming the required columns: a sheet's event_id is made where it has none
    (`made_ids`)."""
    if not table.tabular:
        return f"required: {', '.join(REQUIRED)}"
    need = ", ".join(c for c in REQUIRED if c != "event_id")
    return f"required: {need}; and event_id, or each event is named by its row (row-2)"


# the rows whose titles, venues and organisers a missing language column's hint reads for
# their letters (`languages.language_codes_hint`)
LANGUAGE_GUESS_ROWS = 200


def _language_codes_hint(table: Table, kit: Kit) -> str:
    """How to add a sheet's missing language column (`languages.language_codes_hint`), of the
    words of its first LANGUAGE_GUESS_ROWS rows' cells of words (WORDED: title, venue,
    organiser, contact)."""
    keys = table_keys(table)
    texts = (
        cell.value
        for row in islice(table.iter_rows(), LANGUAGE_GUESS_ROWS)
        for column, cell in row.items()
        if keys.get(column) in WORDED and isinstance(cell.value, str)
    )
    return language_codes_hint(texts, kit)


# what an organiser whose sheet has no ids writes (a Dakar office's trial: its Google Form
# had none, and the hint listed the columns): an id is typed, never made from the row (it
# names the event's files, and the next export's would differ), as record.ID spells it
ADD_IDS = (
    "add a column event_id with a short id on each row, e.g. walk-1, walk-2 (Latin "
    "letters, digits, - and _): it names the event's files, so keep each row's id once given"
)
ADD_KEYS = (
    "give each record an event_id, a short id, e.g. walk-1 (Latin letters, digits, - and _): "
    "it names the event's files, so keep each record's id once given"
)


def _no_ids(table: Table, names: dict[str, str]) -> tuple[str, ...]:
    """The hints of a sheet without an event_id column: ADD_IDS, and that its form's
    timestamp column (FORM_TIMESTAMPS: Horodateur) is none."""
    stamps = [
        f"'{col}' ({column_letters(table.columns.index(col) + 1)})"
        for key, col in names.items()
        if header_spelling(key) in FORM_TIMESTAMPS
    ]
    add = ADD_IDS if table.tabular else ADD_KEYS
    if not stamps:
        return (add,)
    are = "is" if len(stamps) == 1 else "are"
    return add, f"{listed(stamps)} {are} when the form was answered, not an id"


def _it_or_one(columns: list[int]) -> str:
    return "it" if len(columns) == 1 else "one of them"


def _columns_twice(table: Table, keys: dict[str, str], errs: Collector) -> None:
    """An error for each column the header has more than once (as its headers are read:
    `Venue` and `venue`): the rows would take one of them and drop the others unseen."""
    where: dict[str, list[int]] = {}
    for index, col in enumerate(table.columns, 1):
        if col:
            where.setdefault(keys[col], []).append(index)
    for indexes in where.values():
        if len(indexes) > 1:
            listed = ", ".join(f"'{table.columns[i - 1]}' ({column_letters(i)})" for i in indexes)
            errs.error(
                "merge.column",
                f"{table.path.name} has one column {len(indexes)} times: {listed}",
                table.column_mark(indexes[1]),
                "keep one of them: a record has one value of each column",
            )


# the required columns that are not a language's words (WORDED): one value for the event,
# which each language shows its own way, or none
_ONE_VALUE = {"event_id": "an id", "language": "the languages", "date": "a date"}
_ONE_VALUE_WHY = {
    "event_id": "which names its files in every language",
    "language": "which lists every language it is made in",
    "date": "which each language's flyer writes its own way (30 July, 30 juillet)",
}


def _one_value(need: str, count: int) -> str:
    """What `count` columns or keys of a required value given per language do wrong: "give
    a date for each language, but an event has one, which ..." (merge.column, a record's
    missing key)."""
    many = count > 1
    return (
        f"{'give' if many else 'gives'} {_ONE_VALUE[need]} for "
        f"{'each language' if many else 'one language'}, but an event has one, "
        f"{_ONE_VALUE_WHY[need]}"
    )


def _split_by_language(need: str, keys: Iterable[str], kit: Kit) -> list[str]:
    """The keys (as event_column writes them) of a required column not worded per language
    (`date_en`, `date_fr`; `event_id_fr`), each in a language of the kit or of the CLDR: an
    organiser's sheet gave each language its date."""
    if need in WORDED:
        return []
    found = []
    for key in keys:
        code = key[len(need) + 1 :] if key.startswith(need + "_") else ""
        if LANGUAGE_TAG.fullmatch(code):
            known = kit.language_code(code.replace("_", "-")) in kit.languages
            if known or _cldr_language(code):
                found.append(key)
    return found


def _quoted_columns(table: Table, indexes: list[int]) -> str:
    """Columns as an organiser finds them: as written, with their letters ('Date (EN)' (E)
    and 'Date (FR)' (F))."""
    return listed([f"'{table.columns[i - 1]}' ({column_letters(i)})" for i in indexes])


def _unused_column(table: Table, kit: Kit, errs: Collector, index: int, lost: list[str]) -> None:
    """The column `index`, which no event column reads: a warning, or an error when it is
    meant as the columns `lost` (missing from the sheet: its values would be lost). The
    warning's "did you mean" names no column for a header about a column's value
    (`_about_a_value`: a Photo credit is no photo)."""
    col = table.columns[index - 1]
    key = table_keys(table)[col]  # `Location` beside `Venue`: location, the sheet's own
    key = _own_named(key)  # Titel (Deutsch): title_de
    where_col = table.column_mark(index)
    worded = language_column(key)
    if worded is None and (code := photo_alt_column(key)):  # photo_alt_de, as title_de
        worded = (PHOTO_ALT, code)
    real = {c: lang for c, lang in kit.languages.items() if not lang.pseudo}
    if worded is not None and _cldr_language(worded[1]):  # title_de: the kit lacks de
        errs.warn(
            "merge.column",
            f"{table.path.name}: column '{col}' is for language '{worded[1]}', which the "
            "kit does not have: its values are not used",
            where_col,
            *code_hints(
                worded[1], real, suits="in the header", listed="languages", new_language=True
            ),
        )
    elif (language := _near_language(key, real)) is not None:  # Title (Fillipino)
        errs.warn(
            "merge.column",
            f"{table.path.name}: column '{col}' names no language in its brackets: its values "
            "are not used",
            where_col,
            f"did you mean '{language[0]}' ({language[1]})? write it so, or the code: "
            f"{col[: col.rfind('(')]}({language[1].upper()})",
        )
    elif lost:
        quoted = " or ".join(f"'{c}'" for c in lost)
        misspelt = _near_column(key, kit, misspelt=True) in lost
        errs.error(
            "merge.column",
            f"{table.path.name}: column '{col}' is no column of the event templates, "
            f"and the sheet has no {quoted}: its values would be lost",
            where_col,
            _did_you_mean(col, key, lost[0])
            if len(lost) == 1
            else f"did you mean {quoted}? give each its own column: {', '.join(lost)}",
            *(
                ()
                if misspelt or lost[0] in REQUIRED  # an empty title: every row refused
                else (f"or, to keep '{col}' as the sheet's own, add a column {lost[0]} beside it",)
            ),
        )
    else:
        if key in COUNTRY_WORDS:  # a country of the sheet's own, or the row's: said both
            hint = (
                "for the row's country, which reads its dates (7/8) and its phone numbers "
                "typed as numbers (0 lost), name the column date_region and write the "
                "country's ISO 3166 code (KE, PH, CO); else it is the sheet's own"
            )
        elif near := None if _about_a_value(key) or _not_near(key) else _near_column(key, kit):
            hint = _did_you_mean(col, key, near).partition("? ")[0] + "?"
        else:
            hint = f"columns: {', '.join(COLUMNS)}"
        errs.warn(
            "merge.column",
            f"{table.path.name}: column '{col}' is not used by the event templates",
            where_col,
            hint,
        )


def _did_you_mean(header: str, key: str, column: str) -> str:
    """The hint of a `header` (its `key`, as event_column writes it) meant as `column`: "did
    you mean 'time'? name the column time", or, where it misspells the column's name in a
    language of the headers read (`_near_name`), that name with the column: "did you mean
    'Oras' (time)? name the column Oras" (`Oraas`: the organiser writes the sheet's
    language), "did you mean 'Pamagat (TL)' (title_tl)?" (`Pamagaat (TL)`)."""
    worded = language_column(column)
    code = f"_{worded[1]}" if worded is not None and key.endswith(f"_{worded[1]}") else ""
    base = key[: len(key) - len(code)]
    named = None if near_spelling(base, COLUMNS) else _near_name(base)
    if named is None or named[0] + code != column:
        return f"did you mean '{column}'? name the column {column}"
    name = shown_name(named[1], header)
    if code:  # the language as the header writes it: (TL), _tl
        name += f" {header[header.rfind('(') :]}" if header.rstrip().endswith(")") else code
    return f"did you mean '{name}' ({column})? name the column {name}"


def _own_named(key: str) -> str:
    """A header's key (as table_keys writes it) whose brackets hold a language's own name
    that the kit's languages have not (`languages.own_names`: `title_(deutsch)`) with the
    language's code (title_de); else the key as it is."""
    named = NAMED_LANGUAGE.search(key)
    if named is None or key[: named.start()] not in COLUMNS:
        return key
    code = own_names().get(bracketed(named[1][1:-1]))
    return key if code is None else f"{key[: named.start()]}_{code}"


def _near_language(key: str, real: dict[str, Language]) -> tuple[str, str] | None:
    """The name of one of the kit's languages (`real`) that a header's brackets after a
    column's name misspell (its `key`, as table_keys writes it: title_(fillipino) is
    Filipino, tl), as a language cell reads them (`languages.language_codes`), with its
    code; None for a header of no such brackets, or of none near (Photo (credit))."""
    named = NAMED_LANGUAGE.search(key)
    if named is None or key[: named.start()] not in COLUMNS:
        return None
    name = named[1][1:-1]
    names = {n: codes[0] for n, codes in language_codes(tuple(real)).items() if len(codes) == 1}
    names.update({lang.name.casefold(): c for c, lang in real.items()})
    found = near_spelling(language_fold(name.replace("_", " ")), list(names))
    return (found.title() if found.islower() else found, names[found]) if found else None


def _no_key(
    need: str, cells: dict[str, Cell], where: Cell, table: Table, kit: Kit, bad: Bad
) -> None:
    """A JSON or YAML record without a required key that is one for every language (`date`):
    named as the docs name it, at its per-language keys' place (`date_en`: one date, which
    each language writes its own way) or at `where`; never as a language's own (`date_en`)."""
    split = _split_by_language(need, cells, kit)
    if split:
        said = listed([f"'{cells[k].column}'" for k in split])
        bad(
            cells[split[0]],
            f"the record has no '{need}': {said} {_one_value(need, len(split))}",
            f"name one of them {need} and remove the others"
            if len(split) > 1
            else f"name it {need}",
        )
        return
    value = {"date": f"{kit.campaign.year}-07-30", "language": "en"}.get(need, "...")
    example = f'"{need}": "{value}"' if table.path.suffix.lower() == ".json" else f"{need}: {value}"
    bad(where, f"the record has no '{need}'; every event needs one", f"add it: {example}")
