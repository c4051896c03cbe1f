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
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from ..contacts import placeholder_problem
from ..diagnostics import (
    Collector,
    Diagnostic,
    Mark,
    closest,
    did_you_mean,
    listed,
    misspelling,
    name_words,
)
from ..filenames import resolved
from ..iri import WEB_ADDRESS, dialable, link_error
from ..model import Kit, Layout, StringEntry
from ..model.language import code_hints
from ..resolve import Layer
from ..sheets.geometry import article
from ..spool import Spool
from ..text.letters import FOREIGN_HINT, foreign_letters_problem, letter_problems
from ..text.scripts import cldr_digits, localise_digits
from ..textfile import LOST_HINT, lost_problem
from . import arabic_script
from .calendars import YEAR_FIRST, solar_calendar
from .calendars import long_date as solar_long_date
from .calendars import read as solar_hijri
from .data import NO_HEADER, Cell, Table, blank, column_key, column_letters

COLUMNS = (
    "event_id",
    "language",
    "title",
    "date",
    "time",
    "end_time",
    "venue",
    "organiser",
    "contact",
    "link",
    "photo",
    "date_region",
)
REQUIRED = ("event_id", "language", "title", "date", "venue")
# The columns of an event's words, which a row may give in each of its languages in a column
# of its own: `title_fr` (as headers are read: "Title FR", "title-fr"; zh-Hant's is
# title_zh_hant). A language's own value is shown instead of the shared column's.
WORDED = ("title", "venue", "organiser", "contact")
# what follows the column's name in a per-language column: a BCP 47 tag as column_key writes
# it (RFC 5646, 2.1: a language of 2 or 3 letters, then subtags; zh_hant, pt_br); other words
# (contact_email, title_long) make no language column
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:_[a-z0-9]{2,8})*")
# The field each column fills (campaign.yaml `fields:` declares them).
FIELDS = {
    "title": "event_title",
    "date": "event_date",
    "time": "event_time",
    "venue": "event_venue",
    "organiser": "event_organiser",
    "contact": "event_contact",
}
# the fields made from a row's date and time cells, as each language writes them (a slot too
# small for them is the layout's to enlarge, not a value the organiser can shorten), in the
# digits they print in (`_digits`: the layout keeps them, Layer.as_written)
FORMATTED = frozenset({"event_date", "event_time"})
LINK_FIELD = "event_link"  # the `link` column's, as the templates print it under the QR code
# The UN writes dates day, month, year in English (UN Editorial Manual): British English
# formats for `en`; every other language its own CLDR locale.
LOCALES = {"en": "en_GB"}
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")
Bad = Callable[..., None]  # report a cell: bad(cell, message, *hints)


@dataclass(frozen=True)
class Record:
    """One event: its id, the languages it is made in, and its values as a field layer (per
    language: its date and time as that language writes them), its link and its photo."""

    id: str
    languages: tuple[str, ...]
    layer: Layer
    row: int
    day: date | None = None  # the event's date
    # what went wrong making it again after its row passed the check (its photo deleted or
    # changed meanwhile): its documents fail with these, named at the row's cell
    problems: tuple[Diagnostic, ...] = ()


# What a spreadsheet shows in a cell whose formula failed, saved as the cell's value: Excel's
# error values (#N/A, #REF!...; Microsoft's "How to correct a #N/A error" and its siblings)
# and LibreOffice's (the same names, and Err:502-style codes; LibreOffice Help, "Error codes
# in LibreOffice Calc"). An event's value is never one of them.
FORMULA_ERROR = re.compile(
    r"#(?:N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|"
    r"BUSY!|UNKNOWN!|GETTING_DATA)|Err:\d{3}"
)


def event_label(record: Record, lang: str) -> dict[str, str]:
    """What a print shop tells a merged record's file by: its event id, title and date as
    the file shows them in language `lang` (its own title and date where it has them, else
    the row's), kept in the file's manifest entry (`event`) for the job sheet."""
    layer = record.layer
    own = layer.by_language.get(lang, {})

    def shown(key: str) -> str:
        entry = own.get(key) or layer.values.get(key)
        return entry.text if entry is not None and entry.text else ""

    return {"id": record.id, "title": shown("event_title"), "date": shown("event_date")}


class RefusedRow(NamedTuple):
    """A row `check_events` refused for a problem: it made no files. The merge's stamp keeps
    these (pipeline.incremental.stamp), and `package` names them to the print shop, which was
    not told that an event was missing (an office's trial: `isb-talk`, its time 'شام 6 بجے')."""

    row: int  # as the sheet shows it (a YAML or JSON record's number)
    event: str | None  # its event id, when it has one that reads
    line: int  # where its first problem is, in the data file (0: the file's)
    col: int
    problem: str  # its first problem, as the merge said it


class RecordKey(NamedTuple):
    """What names a record's documents: its id and its languages. The passes over a merge's
    records that only list its jobs (the plan, the manifest's stamp, the stale files) read
    these, kept as the rows are checked, instead of making every record again from its row
    (36 us a record here, 0.36 s a pass over 10,000)."""

    id: str
    languages: tuple[str, ...]


def record_keys(records: Iterable[Record]) -> Iterable[Record | RecordKey]:
    """The records' ids and languages, one at a time: kept by `Records`, else the records."""
    return records.keys() if isinstance(records, Records) else records


def language_column(key: str) -> tuple[str, str] | None:
    """A per-language column's key as (column, code as written): `title_fr` is (title, fr);
    None for any other key (`contact_email`). Whether the code is a language of the kit is
    not checked here."""
    col, sep, code = key.partition("_")
    return (col, code) if sep and col in WORDED and LANGUAGE_TAG.fullmatch(code) else None


def own_language(key: str, kit: Kit, column: str | None = None) -> tuple[str, str] | None:
    """A per-language column's key as (column, the kit's language code), or None when it is
    no such column (of `column`, when given) or names no language of the kit."""
    found = language_column(key)
    if found is None or column is not None and found[0] != column:
        return None
    code = kit.language_code(found[1].replace("_", "-"))
    if code in kit.unreadable:  # its strings file cannot be read: the row's jobs in it fail
        return (found[0], code)
    language = kit.languages.get(code)
    return (found[0], code) if language is not None and not language.pseudo else None


def _cldr_language(code: str) -> bool:
    """Whether `code` (as column_key writes it: pt_br) names a language the Unicode CLDR
    knows: `title_de` is a German title the kit cannot show, `venue_map` is no language's
    (`contact_tel` is taken for Telugu, ISO 639-2 tel, and named as a language the kit lacks:
    its values are not used either way)."""
    from ..translate.store import language_names

    return language_names(code) is not None


def read_events(
    table: Table, kit: Kit, errs: Collector, images: Path | None = None
) -> list[Record]:
    """Every good row as a Record; every problem of every row to `errs` (row and column)."""
    return list(check_events(table, kit, errs, images))


class Records:
    """The good records of a table, made again from its rows at each pass (`iter`), one at a
    time: a merge holds one record per unit in flight, never all of them. `check_events`
    makes it after checking every row; the rows it refused are skipped. It keeps, from that
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
        days: dict[date, tuple[int, Mark | None]] | None = None,
        refused_rows: tuple[RefusedRow, ...] = (),
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
        # the good records' dates: how many events on each day, and where the first one's
        # date is written (`other_years` compares their years with the campaign's,
        # `past_events` the days with today); a few hundred days at most, whatever the rows
        self.days = days or {}
        # the rows refused for a problem, in row order (not those of unsaved formulas alone,
        # which may be empty rows, nor hidden ones): the stamp's `refused`
        self.refused_rows = refused_rows

    @property
    def years(self) -> dict[int, tuple[int, Mark | None]]:
        """The years of the good records' dates: how many events in each, and where the first
        one's date is written (the earliest row's)."""
        return _grouped(self.days, lambda day: day.year)

    def keys(self) -> Iterable[Record | RecordKey]:
        """Each good record's id and languages, in order, as the check found them (without
        them, the records themselves)."""
        return self if self._keys is None else self._keys

    def __iter__(self) -> Iterator[Record]:
        if not self.count:  # a missing column, or no good row
            return
        scratch = Collector()  # the rows' problems were reported by check_events
        for n, row in enumerate(self.table.iter_rows()):
            if n in self.skip:
                continue
            cells = row_cells(self.table, row)
            record = _record(self.table, cells, self.kit, scratch, self.images, again=True)
            if record is not None:  # made again (a photo gone: with its problems); None
                yield record  # only for a row without its date, which the check refused

    def __len__(self) -> int:
        return self.count


def check_template(kit: Kit, template: str, errs: Collector) -> None:
    """A `merge.template` error when the material `template` shows none of an event's texts
    (no text slot with an event field of FIELDS): each record's file would be the campaign's
    own page under the event's name, at most with the event's link in its QR code and its
    photo (`merge flyer-a5` for `merge event-flyer-a5` made them, exit 0, and `package` then
    sent them to the print shop as the events' flyers; a warning still made them). A
    template the kit does not have is left to the build, which names it."""
    layout = kit.layouts.get(template)
    if layout is None or event_fields(layout):
        return
    templates = sorted(lid for lid, other in kit.layouts.items() if event_fields(other))
    errs.error(
        "merge.template",
        f"'{template}' shows none of an event's texts ({', '.join(sorted(FIELDS.values()))}): "
        "each record's file is the campaign's own page",
        Mark(layout.path, 1, 1),
        f"merge into an event template: {', '.join(templates)}"
        if templates
        else "give the layout a text slot with field: event_title (and the others)",
    )


PAPER_NAMES = {"iso": "ISO paper", "us": "US paper"}


def check_paper(kit: Kit, template: str, office_id: str | None, errs: Collector) -> None:
    """A `merge.paper` warning at the office file's `paper:` when `merge --office` names a
    template of another paper family than the office's (an office on US paper got A3 event
    posters without a word), with the size of the template's design in the office's paper
    nearest to it (event-poster-tabloid for event-poster-a3), then its others in that paper
    by nearness (event-poster-letter), or how to add one. None when
    the office's `materials:` lists the template (its choice), or the template is of no
    paper family."""
    layout = kit.layouts.get(template)
    office = kit.offices.get(office_id or "")
    if layout is None or office is None or layout.paper in (None, office.paper):
        return
    if template in office.materials:
        return
    design = layout.sized_from or layout.id
    area = layout.trim[0] * layout.trim[1]
    sizes = sorted(
        (abs(other.trim[0] * other.trim[1] - area), other.id)
        for other in kit.layouts.values()
        if (other.sized_from or other.id) == design and other.paper == office.paper
    )
    name = f"'{template}' ({layout.title}, {layout.trim[0]:g} x {layout.trim[1]:g} mm)"
    if sizes:
        size, *others = (kit.layouts[i] for _, i in sizes)
        more = "".join(f"; or {o.id} ({o.title}, {o.trim[0]:g} x {o.trim[1]:g} mm)" for o in others)
        hints: tuple[str, ...] = (
            f"merge {size.id} for it: the same design in {size.title} "
            f"({size.trim[0]:g} x {size.trim[1]:g} mm){more}",
        )
    else:
        hints = (
            f"give {kit.layouts[design].path.name} a size of paper: {office.paper} under "
            "`sizes:` (see poster-a3.yaml), or list the template in the office's `materials:` "
            "to print it as it is",
        )
    mark = office.mark
    try:
        for n, line in enumerate(office.path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("paper:"):
                mark = Mark(office.path, n, 1)
                break
    except (OSError, UnicodeError):
        pass
    errs.warn(
        "merge.paper",
        f"office '{office.id}' prints on {PAPER_NAMES.get(office.paper, office.paper)} "
        f"(paper: {office.paper}), and {name} is of "
        f"{PAPER_NAMES.get(layout.paper, layout.paper)}: its files are made in that size",
        mark,
        *hints,
    )


def event_fields(layout: Layout) -> set[str]:
    """The event fields (FIELDS) the layout's text slots show: none but in an event
    template."""
    wanted = set(FIELDS.values())
    return {
        name
        for page in layout.pages
        for slot in page.slots
        for name in getattr(slot, "fields", ())
        if name in wanted
    }


def _near_column(key: str, kit: Kit, misspelt: bool = False) -> str | None:
    """The event column a header not read (`key`, as column_key writes it) likely means, as
    `diagnostics.closest` finds it among the columns: a close spelling of one (`end_tme`:
    end_time), or of a per-language one (`titel_ar`: title_ar, the kit's language kept);
    None when none is near. With `misspelt`, only a misspelling (`diagnostics.misspelling`:
    a ratio of MISSPELLING at least, 0.8: end_tme, venu, titel_ar), which is that column
    misspelt, and its values would be lost: an error. Less close (timezone: 0.7) may be a
    column of the sheet's own: a warning, unless its words name the column (COLUMN_WORDS:
    contact_email is the contact's)."""
    near = misspelling if misspelt else closest
    base, _, code = key.rpartition("_")
    if base and kit.language_code(code) in kit.languages:
        worded = near(base, WORDED)
        if worded:
            return f"{worded}_{code}"
    return near(key, COLUMNS)


# Other spellings of a column's name, read as the column: the UN writes British English
# (organiser), a sheet made in the US says organizer (a column's name in another language:
# COLUMN_NAMES)
COLUMN_SPELLINGS = {"organizer": "organiser"}


# Words that name an event column in a header besides the column's own name, from what the
# column holds (the module docstring): a header holding one of them, or the column's own name
# (its spellings and plural), as a word ("Start time", "Event date", "Link (QR)", "Website",
# "Contact email", "Organizer name") is recognisably meant as that column, and its values
# would be lost where the sheet has no such column: an error. Only words that no other column
# could mean; a header of none of them ("Notes", "Internal comments") is the sheet's own.
COLUMN_WORDS = {
    "event_id": ("id",),
    "language": ("languages", "lang"),
    "title": ("titles", "name"),
    "date": ("dates", "day"),
    "time": ("times", "start"),
    "end_time": ("end",),
    "venue": ("place", "location"),
    "organiser": ("organisers", "organizers", "organisation", "organization", "host"),
    "contact": ("email", "e_mail", "phone", "telephone"),
    "link": ("website", "url", "qr"),
    "photo": ("image", "picture"),
}
# the column's own names among them (a plural, the US spelling): they outrank the other words
# ("Organizer name" is the organiser's, not a title; "Contact email" the contact's)
OWN_WORDS = frozenset({"languages", "titles", "dates", "times", "organisers", "organizers"})
# not the event's values but about them, or the sheet's own record keeping: no column is
# meant by them (a photo's credit is not the photo, a time zone not a time)
NOT_MEANT = frozenset(
    {"time_zone", "photo_credit", "photo_caption", "date_added", "date_created", "date_modified"}
)
# words that make a header about a column's value, or the sheet's own record keeping, in any
# wording (a review: Photo credits, Image credit, Photo by, Time zone (UTC), Email sent?,
# Website notes were errors that stopped the merge, "the sheet has no 'photo'")
QUALIFIERS = frozenset(
    {
        "credit", "credits", "caption", "captions", "by", "zone", "sent", "note", "notes",
        "comment", "comments", "added", "created", "modified", "updated", "status",
    }
)  # fmt: skip


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
    signals.update({w: (c, True) for w, c in column_names().items()})  # organizer, التاريخ
    own: list[str] = []
    other: list[str] = []
    i = 0
    while i < len(words):
        for size in (2, 1):  # end_time and e_mail before end, time and mail
            joined = header_spelling("_".join(words[i : i + size]))
            found = signals.get(joined) if i + size <= len(words) else None
            if found is not None:
                (own if found[1] else other).append(found[0])
                i += size
                break
        else:
            i += 1
    return tuple(dict.fromkeys(own or other))


def _about_a_value(key: str) -> bool:
    """Whether a header (`key`, as event_column writes it) is about an event column's value,
    or the sheet's own record keeping (NOT_MEANT, QUALIFIERS: Photo credit, Time zone, Date
    added): no event column is meant by it, nor named to it as the one it means."""
    words = name_words(key, marks=True)
    return "_".join(words) in NOT_MEANT or bool(QUALIFIERS.intersection(words))


# An event column's name as the sheets of the offices' languages head it, read as the column
# (`สถานที่` is venue, `التاريخ` date), by language: the one table of a header's words in
# other languages (`column_names`, `event_column`; `header_languages` tells the languages a
# sheet's header is in). A word after a column's name is kept after the column's (`สถานที่
# (EN)` is venue_en, `Organizer (FR)` organiser_fr). Only the plain words for the column,
# which nothing else in an event's sheet is called: not "time" words that also mean a date
# and a time (Vietnamese thời gian, Khmer ពេលវេលា), and no city or address (no column holds
# them: they go in the venue; المدينة, شهر, شہر name none). The languages of South-East
# Asia's offices keep the names of the columns of codes and addresses (event_id, language's
# codes, link, photo); Arabic, Persian and Urdu sheets name them too (a Middle East office's
# trial), and a column of dates and their start times (DATE_AND_TIME_KEY: `تاریخ و ساعت`, as
# `Date and time`). An Arabic-script word is read as a Persian or an Arabic keyboard types it
# (`header_spelling`: ی and ي, ک and ك, a ZERO WIDTH NON-JOINER or none).
DATE_AND_TIME_KEY = "date_and_time"  # a header of dates and times, as `date_and_time_header` reads
COLUMN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "th": {
        "title": ("ชื่องาน", "ชื่อกิจกรรม", "หัวข้อ"),
        "date": ("วันที่",),
        "time": ("เวลา",),
        "venue": ("สถานที่", "สถานที่จัดงาน"),
        "organiser": ("ผู้จัด", "ผู้จัดงาน"),
        "contact": ("ติดต่อ",),
        "language": ("ภาษา",),
    },
    "lo": {
        "title": ("ຫົວຂໍ້",),
        "date": ("ວັນທີ",),
        "time": ("ເວລາ",),
        "venue": ("ສະຖານທີ່",),
        "contact": ("ຕິດຕໍ່",),
        "language": ("ພາສາ",),
    },
    "km": {
        "title": ("ចំណងជើង",),
        "date": ("កាលបរិច្ឆេទ",),
        "time": ("ម៉ោង",),
        "venue": ("ទីកន្លែង",),
        "contact": ("ទំនាក់ទំនង",),
        "language": ("ភាសា",),
    },
    "vi": {
        "title": ("tiêu đề", "tên sự kiện"),
        "date": ("ngày",),
        "time": ("giờ",),
        "venue": ("địa điểm",),
        "organiser": ("ban tổ chức", "đơn vị tổ chức"),
        "contact": ("liên hệ",),
        "language": ("ngôn ngữ",),
    },
    "id": {
        "title": ("judul", "nama acara"),
        "date": ("tanggal",),
        "time": ("waktu", "jam"),
        "venue": ("tempat", "lokasi"),
        "organiser": ("penyelenggara",),
        "contact": ("kontak",),
        "language": ("bahasa",),
    },
    "ms": {
        "title": ("tajuk",),
        "date": ("tarikh",),
        "time": ("masa",),
        "venue": ("tempat", "lokasi"),
        "organiser": ("penganjur",),
        "contact": ("hubungi",),
        "language": ("bahasa",),
    },
    "tl": {
        "title": ("pamagat",),
        "date": ("petsa",),
        "time": ("oras",),
        "venue": ("lugar",),
        "language": ("wika",),
    },
    "ar": {
        "event_id": ("معرف الحدث", "معرف"),  # the event's identifier
        "language": ("اللغة", "اللغات"),
        "title": ("العنوان", "عنوان"),
        "date": ("التاريخ",),
        "time": ("الوقت", "وقت البدء", "وقت"),  # the start time
        "end_time": ("وقت الانتهاء",),
        "venue": ("المكان",),
        "organiser": ("المنظم", "الجهة المنظمة"),  # the organising body
        "contact": ("جهة الاتصال",),
        "link": ("الرابط",),
        "photo": ("الصورة",),
        DATE_AND_TIME_KEY: ("التاريخ والوقت", "التاريخ و الوقت"),
    },
    "fa": {
        "event_id": ("شناسه", "شناسه رویداد"),
        "language": ("زبان",),
        "title": ("عنوان",),
        "date": ("تاریخ",),
        "time": ("ساعت", "ساعت شروع"),  # the start time
        "end_time": ("ساعت پایان",),
        "venue": ("مکان", "محل برگزاری"),  # the place it is held
        "organiser": ("برگزارکننده", "برگزار کننده"),
        "contact": ("تماس",),
        "link": ("پیوند", "لینک"),
        "photo": ("عکس", "تصویر"),
        DATE_AND_TIME_KEY: ("تاریخ و ساعت", "تاریخ و زمان"),
    },
    "ur": {
        "language": ("زبان",),
        "title": ("عنوان",),
        "date": ("تاریخ",),
        "time": ("وقت",),
        "venue": ("مقام",),
        "organiser": ("منتظم",),
        "contact": ("رابطہ",),
        "photo": ("تصویر",),
        DATE_AND_TIME_KEY: ("تاریخ و وقت", "تاریخ اور وقت"),
    },
    # the languages of the kit's strings files (materials/strings) that had none (a Europe
    # and Central Asia office's trial: a Google Form headed Дата, Час, Мова, Назва, Місце was
    # 5 columns missing); Ukrainian and Russian forms also name the id and the link
    "uk": {
        "event_id": ("id події", "ідентифікатор"),
        "language": ("мова",),
        "title": ("назва",),
        "date": ("дата",),
        "time": ("час",),
        "venue": ("місце",),
        "organiser": ("організатор",),
        "contact": ("контакт", "контакти"),
        "link": ("посилання",),
        DATE_AND_TIME_KEY: ("дата і час", "дата та час"),
    },
    "ru": {
        "event_id": ("id мероприятия", "идентификатор"),
        "language": ("язык",),
        "title": ("название",),
        "date": ("дата",),
        "time": ("время",),
        "venue": ("место",),
        "organiser": ("организатор",),
        "contact": ("контакт", "контакты"),
        "link": ("ссылка",),
        DATE_AND_TIME_KEY: ("дата и время",),
    },
    "es": {
        "language": ("idioma",),
        "title": ("título",),
        "date": ("fecha",),
        "time": ("hora",),
        "venue": ("lugar",),
        "organiser": ("organizador",),
        "contact": ("contacto",),
    },
    "fr": {  # date, contact: the English column's own name
        "language": ("langue",),
        "title": ("titre",),
        "time": ("heure",),
        "venue": ("lieu",),
        "organiser": ("organisateur",),
    },
    "pt": {  # not local (the venue): an English sheet's Local time
        "language": ("idioma",),
        "title": ("título",),
        "date": ("data",),
        "time": ("hora",),
        "organiser": ("organizador",),
        "contact": ("contato", "contacto"),
    },
    "sw": {
        "language": ("lugha",),
        "title": ("kichwa",),
        "date": ("tarehe",),
        "time": ("saa",),
        "venue": ("mahali",),
        "organiser": ("mratibu",),
        "contact": ("mawasiliano",),
    },
    "am": {
        "language": ("ቋንቋ",),
        "title": ("ርዕስ",),
        "date": ("ቀን",),
        "time": ("ሰዓት",),
        "venue": ("ቦታ",),
        "organiser": ("አዘጋጅ",),
    },
    "hi": {
        "language": ("भाषा",),
        "title": ("शीर्षक",),
        "date": ("तारीख", "दिनांक"),
        "time": ("समय",),
        "venue": ("स्थान",),
        "organiser": ("आयोजक",),
        "contact": ("संपर्क",),
    },
    "ne": {
        "language": ("भाषा",),
        "title": ("शीर्षक",),
        "date": ("मिति",),
        "time": ("समय",),
        "venue": ("स्थान",),
        "organiser": ("आयोजक",),
        "contact": ("सम्पर्क",),
    },
    "bn": {
        "language": ("ভাষা",),
        "title": ("শিরোনাম",),
        "date": ("তারিখ",),
        "time": ("সময়",),
        "venue": ("স্থান",),
        "organiser": ("আয়োজক",),
        "contact": ("যোগাযোগ",),
    },
    "ka": {
        "language": ("ენა",),
        "title": ("სათაური",),
        "date": ("თარიღი",),
        "time": ("დრო",),
        "venue": ("ადგილი",),
        "organiser": ("ორგანიზატორი",),
        "contact": ("კონტაქტი",),
    },
    "tr": {
        "language": ("dil",),
        "title": ("başlık",),
        "date": ("tarih",),
        "time": ("saat",),
        "venue": ("yer", "mekan"),
        "organiser": ("düzenleyen",),
        "contact": ("iletişim",),
    },
    "zh": {  # not 时间, which is a date and a time as much as a time
        "language": ("语言",),
        "title": ("标题",),
        "date": ("日期",),
        "time": ("开始时间",),
        "end_time": ("结束时间",),
        "venue": ("地点",),
        "organiser": ("主办方",),
        "contact": ("联系方式",),
    },
    "so": {
        "language": ("luqadda", "luqad"),
        "title": ("cinwaanka", "cinwaan"),
        "date": ("taariikhda", "taariikh"),
        "time": ("waqtiga", "waqti"),
        "venue": ("goobta", "goob"),
    },
    "ht": {  # not lang: an English sheet's short language
        "title": ("tit",),
        "date": ("dat",),
        "time": ("lè",),
        "venue": ("kote",),
        "organiser": ("òganizatè",),
        "contact": ("kontak",),
    },
    "my": {
        "language": ("ဘာသာစကား",),
        "title": ("ခေါင်းစဉ်",),
        "date": ("ရက်စွဲ",),
        "time": ("အချိန်",),
        "venue": ("နေရာ",),
        "organiser": ("စီစဉ်သူ",),
        "contact": ("ဆက်သွယ်ရန်",),
    },
}


def header_spelling(key: str) -> str:
    """A header's key (as column_key writes it) as COLUMN_NAMES' words are matched: its NFC
    (a Vietnamese header typed with combining accents is the same word), and an Arabic-script
    word as a Persian keyboard types it (arabic_script.one_keyboard: التاريخ typed with ی,
    برگزار‌کننده without its ZERO WIDTH NON-JOINER), and a Turkish İ as its i (casefold
    writes it i and a COMBINING DOT ABOVE: İletişim)."""
    return arabic_script.one_keyboard(unicodedata.normalize("NFC", key).replace("i\u0307", "i"))


@functools.cache
def _names_by_language() -> dict[str, tuple[str, frozenset[str]]]:
    """COLUMN_NAMES' words (and COLUMN_SPELLINGS') as `header_spelling` writes a header, the
    longest first (ساعت_پایان, end_time, before ساعت, time), to their column and the
    languages that head it so (a word two languages share, tempat, is of both; English's
    other spellings are of none)."""
    found: dict[str, tuple[str, set[str]]] = {
        other: (name, set()) for other, name in COLUMN_SPELLINGS.items()
    }
    for code, names in COLUMN_NAMES.items():
        for column, words in names.items():
            for word in words:
                found.setdefault(header_spelling(column_key(word)), (column, set()))[1].add(code)
    ordered = sorted(found.items(), key=lambda item: -len(item[0]))
    return {word: (column, frozenset(codes)) for word, (column, codes) in ordered}


@functools.cache
def column_names() -> dict[str, str]:
    """COLUMN_NAMES' words and COLUMN_SPELLINGS' as `header_spelling` writes a header, the
    longest first, to their columns."""
    return {word: column for word, (column, _) in _names_by_language().items()}


def _named(key: str) -> tuple[str, str, frozenset[str]] | None:
    """The column a header's key names by a word of COLUMN_NAMES or COLUMN_SPELLINGS, what
    follows that word (`_en` of สถานที่_en; "" for the word alone) and the word's languages;
    None when it begins with none."""
    own = header_spelling(key)
    names = _names_by_language()
    if own in names:
        return names[own][0], "", names[own][1]
    for word, (column, codes) in names.items():  # the longest first
        if own.startswith(word + "_"):
            return column, own[len(word) :], codes
    return None


def event_column(header: str) -> str:
    """A header as the event columns are named (data.column_key: case, spaces and hyphens
    aside), another spelling of a column's name (COLUMN_SPELLINGS) or its name in a language
    of COLUMN_NAMES (`สถานที่`, `Địa điểm`, `التاريخ`) as the column's, with what follows it:
    `Organizer (FR)` is organiser_fr, `สถานที่ (EN)` venue_en."""
    key = column_key(header)
    found = _named(key)
    return key if found is None else found[0] + found[1]


def header_languages(header: str) -> frozenset[str]:
    """The languages of COLUMN_NAMES a header is written in (`วันที่`: th; `tempat`: id and
    ms; `عنوان`: ar, fa, ur); none for a header in English or of no such word."""
    found = _named(column_key(header))
    return found[2] if found is not None else frozenset()


# Headers of one column that holds an event's date and its start time (`Date and time`,
# `Date & time`, `Date/time`, `Datetime`, `When`; `Event date and time`), by their words
# (name_words, with marks: & and / are none): the date column of a sheet that has none
DATE_AND_TIME = frozenset({("date", "and", "time"), ("date", "time"), ("datetime",), ("when",)})


def date_and_time_header(key: str) -> bool:
    """Whether a header (`key`, as event_column writes it) names a column of dates with their
    start times (DATE_AND_TIME), an "event" before it aside."""
    words = name_words(key, marks=True)
    return (words[1:] if words[:1] == ("event",) else words) in DATE_AND_TIME


_KEYS: WeakKeyDictionary[Table, dict[str, str]] = WeakKeyDictionary()


def table_keys(table: Table) -> dict[str, str]:
    """{header as written: its event column} of the table's headers (event_column), a header
    of dates and times (`date_and_time_header`) as `date` when no header is the date's: its
    date is the event's, its time the start (`_date_then_time`). Beside a date column it is
    judged as any other header. Once per table."""
    if table not in _KEYS:
        keys = {c: event_column(c) for c in table.columns}
        if "date" not in keys.values():
            keys.update({c: "date" for c, k in keys.items() if date_and_time_header(k)})
        _KEYS[table] = keys
    return _KEYS[table]


def row_cells(table: Table, row: dict[str, Cell]) -> dict[str, Cell]:
    """A row's cells by their event columns (`table_keys`)."""
    keys = table_keys(table)
    return {keys.get(c) or event_column(c): cell for c, cell in row.items()}


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


def form_columns(keys: Iterable[str]) -> frozenset[str]:
    """The keys (as event_column writes them) of a form's own columns among a header's
    (FORM_TIMESTAMPS; MICROSOFT_FORMS, where the header has id, start_time and
    completion_time): no event column's, read by none, nor told (`_check_columns`)."""
    keys = frozenset(keys)
    own = {k for k in keys if header_spelling(k) in FORM_TIMESTAMPS}
    if keys.issuperset(MICROSOFT_FORMS[:3]):
        own.update(keys.intersection(MICROSOFT_FORMS))
    return frozenset(own - set(COLUMNS))


def _check_columns(table: Table, kit: Kit, errs: Collector) -> None:
    """The table's header: a required column missing, a column twice, a column not used (a
    warning; an error when it is meant as an event column the sheet lacks: its values would
    be lost)."""
    keys = table_keys(table)
    names = {keys[c]: c for c in table.columns}
    sheet = (
        f" (sheet '{table.sheet}' of {', '.join(table.sheets)})" if len(table.sheets) > 1 else ""
    )
    # the headers not read, each with the event columns it likely means (a form's own, its
    # answers' timestamp, told of none)
    forms = form_columns(names)
    meant = {
        index: _meant(keys[col], kit, frozenset(names))
        for index, col in enumerate(table.columns, 1)
        if col
        and keys[col] not in COLUMNS
        and keys[col] not in forms
        and not own_language(keys[col], kit)
    }
    # a table's header is its first row (a title above it is merge.read's, data.read_table);
    # JSON and YAML records have none: a column is where its key is first written (YAML)
    named: set[int] = set()  # headers a missing column's error names ("did you mean 'venu'?")
    for need in REQUIRED:
        if need in WORDED and any(own_language(k, kit, need) for k in names):
            continue  # title_en, title_fr and no title: each row's languages are checked
        split = _split_by_language(need, names, kit)
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
            at = next((i for i, cols in meant.items() if need in cols), None)
            if at is None:
                close = closest(need, names)
                at = table.columns.index(names[close]) + 1 if close else None
            typed = table.columns[at - 1] if at is not None else None  # as written: 'Evnet ID'
            named.add(at or 0)
            errs.error(
                "merge.column",
                f"{table.path.name}{sheet} has no column '{need}'",
                table.column_mark(at or 1) if table.tabular or typed is not None else None,
                *(
                    (f"did you mean '{typed}'? name that column {need}",)
                    if typed is not None
                    else (f"its columns: {', '.join(table.columns)}",)
                ),
                f"required: {', '.join(REQUIRED)}",
            )
    where: dict[str, list[int]] = {}
    for index, col in enumerate(table.columns, 1):
        if col:
            where.setdefault(keys[col], []).append(index)
    for indexes in where.values():
        if len(indexes) > 1:  # the rows would take one of them and drop the others unseen
            listed = ", ".join(f"'{table.columns[i - 1]}' ({column_letters(i)})" for i in indexes)
            errs.error(
                "merge.column",
                f"{table.path.name} has one column {len(indexes)} times: {listed}",
                table.column_mark(indexes[1]),
                "keep one of them: a record has one value of each column",
            )
    for index, likely in meant.items():
        if index not in named:
            _unused_column(table, kit, errs, index, [c for c in likely if c not in names])


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
    key = event_column(col)
    where_col = table.column_mark(index)
    worded = language_column(key)
    if worded is not None and _cldr_language(worded[1]):  # title_de: the kit lacks de
        real = {c: lang for c, lang in kit.languages.items() if not lang.pseudo}
        errs.warn(
            "merge.column",
            f"{table.path.name}: column '{col}' is for language '{worded[1]}', which the "
            "kit does not have: its values are not used",
            where_col,
            *code_hints(worded[1], real, suits="in the header", listed="languages"),
        )
    elif lost:
        quoted = " or ".join(f"'{c}'" for c in lost)
        misspelt = _near_column(key, kit, misspelt=True) in lost
        errs.error(
            "merge.column",
            f"{table.path.name}: column '{col}' is no column of the event templates, "
            f"and the sheet has no {quoted}: its values would be lost",
            where_col,
            f"did you mean '{lost[0]}'? name the column {lost[0]}"
            if len(lost) == 1
            else f"did you mean {quoted}? give each its own column: {', '.join(lost)}",
            *(
                ()
                if misspelt or lost[0] in REQUIRED  # an empty title: every row refused
                else (f"or, to keep '{col}' as the sheet's own, add a column {lost[0]} beside it",)
            ),
        )
    else:
        near = None if _about_a_value(key) else _near_column(key, kit)
        errs.warn(
            "merge.column",
            f"{table.path.name}: column '{col}' is not used by the event templates",
            where_col,
            *((f"did you mean '{near}'?",) if near else (f"columns: {', '.join(COLUMNS)}",)),
        )


def check_events(table: Table, kit: Kit, errs: Collector, images: Path | None = None) -> Records:
    """Check every row (every problem of every row to `errs`, with row and column) and return
    the good ones as Records, which are read again from the table when iterated."""
    _check_columns(table, kit, errs)
    if not errs.errors and not table.count:
        errs.error(
            "merge.read",
            f"{table.path.name} has its header but no rows: no event to make",
            Mark(table.path, 1, 1),
            "add a row per event under the header",
        )
    if errs.errors:
        return Records(table, kit, images, frozenset(), 0)
    from ..pipeline.fingerprint import RecordsDigest

    skip: set[int] = set()
    days: dict[date, tuple[int, Mark | None]] = {}
    keys: Spool[RecordKey] = Spool()
    digest = RecordsDigest()
    # by the id's casefold: (row, id as written, languages)
    seen: dict[str, tuple[int, str, tuple[str, ...]]] = {}
    ids: dict[str, tuple[int, str, tuple[str, ...]]] = {}  # every row's, refused or not
    refused: set[str] = set()
    rows_refused: list[RefusedRow] = []
    unsaved: list[Cell] = []  # the first formula of each row of nothing else: said once
    at = 0  # where in `errs` the rows' error goes: before the later rows' problems
    for n, row in enumerate(table.iter_rows()):
        cells = row_cells(table, row)
        formula = _unsaved_formulas(cells)
        if formula is not None:
            at = at if unsaved else len(errs.items)
            unsaved.append(formula)
            skip.add(n)
            continue
        before = len(errs.items)
        record = _record(table, cells, kit, errs, images)
        if record is None:
            skip.add(n)
            event_id = _text(cells["event_id"])
            if ID.fullmatch(event_id):
                refused.add(event_id)
                languages = _row_languages(cells, kit)
                _duplicate(event_id, languages, cells["event_id"], ids, table, errs)
            rows_refused += _refused_row(cells, event_id, errs.items[before:])
            continue
        # among every row, refused or not: a duplicate of a refused row was made as the
        # event, and told only once that row was mended
        if _duplicate(record.id, record.languages, cells["event_id"], ids, table, errs):
            skip.add(n)
            rows_refused += _refused_row(cells, record.id, errs.items[before:])
            continue
        seen[record.id.casefold()] = (record.row, record.id, record.languages)
        keys.append(RecordKey(record.id, record.languages))
        digest.add(record)
        if record.day is not None:
            count, first = days.get(record.day, (0, None))
            if first is None:
                entry = next(iter(record.layer.by_language.values()), {}).get("event_date")
                first = entry.mark if entry is not None else None
            days[record.day] = (count + 1, first)
    if unsaved:
        errs.items.insert(at, _unsaved_rows(table, unsaved))
    for row in table.hidden_rows():  # hidden in the sheet: not merged, their files kept
        event_id = _text(row_cells(table, row).get("event_id"))
        if ID.fullmatch(event_id):
            refused.add(event_id)
    # refused rows keep their earlier files unless an event of that id (in any capitals, as
    # ids are told apart) is merged
    kept = frozenset(r for r in refused if r.casefold() not in seen)
    return Records(
        table,
        kit,
        images,
        frozenset(skip),
        len(seen),
        kept,
        keys,
        digest.hexdigest(),
        days,
        tuple(rows_refused),
    )


def _refused_row(
    cells: dict[str, Cell], event_id: str, said: Sequence[Diagnostic]
) -> list[RefusedRow]:
    """The row of `cells` as refused, with the first error the check said of it (`said`: what
    it added for the row); none when it said no error (it cannot be: a row is refused for
    one)."""
    problem = next((d for d in said if d.is_error), None)
    if problem is None:
        return []
    # the row most of its cells are in (a merged cell above it fills it with its own row's)
    rows = Counter(c.row for c in cells.values() if c.row)
    row = rows.most_common(1)[0][0] if rows else 0
    mark = problem.mark
    return [
        RefusedRow(
            row,
            event_id if ID.fullmatch(event_id) else None,
            mark.line if mark is not None else 0,
            mark.col if mark is not None else 0,
            problem.message,
        )
    ]


def _row_languages(cells: dict[str, Cell], kit: Kit) -> tuple[str, ...]:
    """The language codes a row's language cell names (as _record reads them)."""
    return languages_of(_text(cells.get("language")), kit)[0]


# what parts a language cell's names (Tiếng Việt, Kreyòl Ayisyen: a name may hold a space)
NAME_LIST = re.compile(r"[,\u060c\u3001\uff0c;\uff1b]+")


def languages_of(text: str, kit: Kit) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The language codes a row's language cell names (`text`: codes, `en, fr`, `en fr`,
    case aside, or the kit's languages by name: `language_codes`), once each, and the names
    of several of the kit's languages it holds, to them (`Português` of pt and pt-BR)."""
    names = language_codes(tuple(kit.languages))
    codes: list[str] = []
    ambiguous: dict[str, tuple[str, ...]] = {}
    for part in NAME_LIST.split(text):
        words = [part] if language_fold(part) in names else LANGUAGE_LIST.split(part)
        for word in filter(None, (w.strip() for w in words)):
            found = names.get(language_fold(word), (kit.language_code(word),))
            if len(found) > 1:
                ambiguous[word] = found
            else:
                codes.append(found[0])
    return tuple(dict.fromkeys(codes)), ambiguous  # "en, EN": one


def language_fold(name: str) -> str:
    """A language's name as names are matched: case aside, NFC (Tiếng Việt typed with
    combining accents), either Arabic-script keyboard's letters (فارسي, فارسی), spaces at
    its ends aside."""
    text = arabic_script.one_keyboard(unicodedata.normalize("NFC", name.strip()))
    return unicodedata.normalize("NFC", text.casefold())


@functools.cache
def language_codes(codes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The names of the languages `codes` (a kit's) as a language cell may give them, folded
    (`language_fold`), to their codes: each one's own name and its English one, CLDR's
    through Babel (get_language_name, get_display_name: فارسی and Persian, Español and
    Spanish, Kiswahili, ไทย, Tiếng Việt, اردو; English's name of the code as written, Tagalog
    of tl, which CLDR reads as Filipino), the kit's pseudo-locales' none. A name of several
    of them (pt and pt-BR are both português) names them all."""
    from babel import Locale, UnknownLocaleError

    english = Locale("en")
    found: dict[str, list[str]] = {}
    for code in codes:
        try:
            locale = Locale.parse(code.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue  # ar-XB, en-XA: a pseudo-locale of the kit's own
        names = {
            locale.get_language_name(),
            locale.get_display_name(),
            locale.get_language_name("en"),
            locale.get_display_name("en"),
            english.languages.get(code.split("-")[0]),
        }
        for name in names:
            if name and language_fold(name) != code.casefold():
                found.setdefault(language_fold(name), []).append(code)
    return {name: tuple(dict.fromkeys(codes)) for name, codes in found.items()}


def _duplicate(
    event_id: str,
    languages: tuple[str, ...],
    cell: Cell,
    ids: dict[str, tuple[int, str, tuple[str, ...]]],
    table: Table,
    errs: Collector,
) -> bool:
    """Whether `event_id` is on an earlier row of `ids` (by its casefold, as file names are
    told apart: Walk-1 and walk-1 are one file on Windows and macOS), said as an error at
    its `cell`; else it is added to `ids`. Every row is counted, refused or not."""
    same = ids.get(event_id.casefold())
    if same is None:
        ids[event_id.casefold()] = (cell.row, event_id, languages)
        return False
    row_of, written, earlier = same
    also = f" as '{written}'" if written != event_id else ""
    why = " (file names that differ only in capitals are one file on Windows and macOS)"
    # a row per language of one event: each language's title is its own event here
    other = bool(languages) and bool(earlier) and not set(languages) & set(earlier)
    per_language = (
        (
            "one row makes an event in several languages (language: en, ar), each with "
            f"its own title in a column named for it (title_{languages[0]}); or "
            f"give each row its own id ({event_id}-{languages[0]})",
        )
        if other
        else ()
    )
    errs.error(
        "merge.value",
        f"{cell.where}: event_id '{event_id}' is also on row "
        f"{row_of}{also}; each event needs its own{why if also else ''}",
        table.mark(cell),
        *per_language,
    )
    return True


def _unsaved_formulas(cells: dict[str, Cell]) -> Cell | None:
    """The first cell of a row of nothing but formulas whose values the file does not hold
    (and blank cells): formulas filled down a template, in a file written by a program that
    does not calculate (a script's openpyxl), whose values may be an event or nothing (not
    guessed); None for any other row."""
    formulas = [cell for cell in cells.values() if cell.formula]
    if formulas and all(cell.formula or blank(cell.value) for cell in cells.values()):
        return formulas[0]
    return None


def _unsaved_rows(table: Table, firsts: list[Cell]) -> Diagnostic:
    """One `merge.value` error for the rows of nothing but unsaved formulas (`firsts`: each
    one's first formula, in row order), at the first one's: a template filled down 1,000
    rows was 1,000 errors alike. Their rows as runs, "rows 5 to 1004, 1010 and 1020 to
    1030"; a row alone as it was said."""
    hint = (
        "open the file in a spreadsheet program and save it, so that their values are "
        "stored (a row whose formulas show nothing is then skipped)"
    )
    first = firsts[0]
    if len(firsts) == 1:
        said = (
            "the row holds only formulas whose values the file does not hold: it cannot be "
            "told whether it is an event or an empty row"
        )
    else:
        runs: list[list[int]] = []
        for row in (cell.row for cell in firsts):
            if runs and row == runs[-1][1] + 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        named = [f"{a} to {b}" if a != b else f"{a}" for a, b in runs]
        said = (
            f"rows {listed(named)} hold only formulas whose values the file does not hold: "
            "it cannot be told whether they are events or empty rows"
        )
    return Diagnostic("merge.value", f"{first.where}: {said}", table.mark(first), (hint,))


def _grouped(
    days: dict[date, tuple[int, Mark | None]], group: Callable[[date], object]
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
    (2026's events were made as the 2024 campaign's, without a word)."""
    other = {y: found for y, found in records.years.items() if y != kit.campaign.year}
    if not other:
        return
    count = sum(n for n, _ in other.values())
    first = functools.reduce(_earlier, (mark for _, mark in other.values()))
    said = ", ".join(str(y) for y in sorted(other))
    errs.warn(
        "merge.year",
        f"{count} event(s) are in {said}, and the kit is the {kit.campaign.year} campaign's "
        f"(campaign.yaml `year: {kit.campaign.year}`): its texts, the flyers' slugs, the job "
        "sheets and the package say so",
        first,
        f"for a {max(other)} campaign, set `year: {max(other)}` and its theme in the kit; or "
        "check the events' dates (a sheet of an earlier year?)",
    )


def today() -> date:
    """The computer's local date, which `past_events` compares the events' with (the tests
    pin it)."""
    return date.today()


def past_events(records: Records, errs: Collector, on: date | None = None) -> None:
    """One `merge.past` warning, at the first such event's date (in row order), when events
    are dated before the day `on` (by default `today()`): their flyers would announce what
    has already taken place (a copy of last year's sheet, a year typed wrong). They are made
    all the same: a record of an event, a flyer kept for the archive."""
    on = on or today()
    past = {day: found for day, found in records.days.items() if day < on}
    if not past:
        return
    count = sum(n for n, _ in past.values())
    first = functools.reduce(_earlier, (mark for _, mark in past.values()))
    latest = max(past)
    errs.warn(
        "merge.past",
        f"{count} event(s) are dated before today ({on.isoformat()}), the latest on "
        f"{latest.isoformat()}: their flyers announce events that have taken place",
        first,
        "check the dates (a copy of an earlier year's sheet? a year typed wrong?), or leave "
        "out the rows of past events",
    )


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
    for key, cell in cells.items():
        # a phone number typed as a number (an XLSX cell: how it is shown is not saved):
        # its + and its spaces are gone, 41229171234 would print, or fail as a link
        base = (language_column(key) or (key,))[0]
        number = cell.value
        if (
            base in ("contact", "link")
            and isinstance(number, int)
            and not isinstance(number, bool)
            and not cell.shown
            and len(str(abs(number))) >= 6
        ):
            typed = "type it as text (in Excel, begin it with an apostrophe: '+41 22 917 1234)"
            if base == "link":  # no link at all: an error, said once (not also "not a link")
                bad(
                    cell,
                    f"the cell holds the number {number}, no link: a phone number typed as a "
                    "number loses its + and its spaces",
                    typed,
                )
                cells = {**cells, key: replace(cell, value=None)}  # checked no further
                continue
            errs.warn(
                "merge.value",
                f"{cell.where}: the cell holds the number {number}, which prints as it is "
                "written here: a phone number typed as a number loses its + and its spaces",
                table.mark(cell),
                typed,
            )
        lost = (
            lost_problem(cell.value)
            if isinstance(cell.value, str) and base not in ("link", "photo")
            else None
        )
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
        elif base in ("contact", "link") and (
            said := placeholder_problem(cell.target or cell.value)
        ):
            bad(cell, said, "write the event's checked value, or leave the cell empty")
            cells = {**cells, key: replace(cell, value=None, target="")}  # told once
    codes, ambiguous = languages_of(_text(cells["language"]), kit)
    for name, candidates in ambiguous.items():  # Português: pt or pt-BR?
        said = ", ".join(f"{c} ({kit.languages[c].name})" for c in candidates)
        bad(
            cells["language"],
            f"'{name}' names {len(candidates)} languages of the kit: {said}",
            f"write the code of the one meant: {' or '.join(candidates)}",
        )
    own: dict[tuple[str, str], Cell] = {}  # (column, language): a filled per-language cell
    for key, cell in cells.items():
        found = own_language(key, kit)
        if found is None or not _text(cell):
            continue
        if found[1] in codes:
            own[found] = cell
        elif codes:  # title_fr on a row in ar only: fr forgotten in its language cell?
            name = _name(kit, found[1])
            errs.warn(
                "merge.shared",
                f"{cell.where}: {article(name)} {name} {found[0]}, but the row is "
                f"not made in {found[1]} (language: {', '.join(codes)}): it is not used",
                table.mark(cell),
                f"add {found[1]} to the row's language cell, or empty this cell",
            )
    _foreign_letters(cells, codes, kit, table, errs)
    for need in REQUIRED:
        given_cell = cells.get(need)
        if given_cell is None or given_cell.value in (None, "") and not given_cell.formula:
            lacking = [code for code in codes if (need, code) not in own]
            if codes and not lacking:
                continue  # each language has its own (title_en and title_ar, no title)
            # no such column (per-language ones elsewhere: check_events let it through; a
            # YAML or JSON record has keys of its own): at the column of the first language
            # without one, else any of the row's per-language ones, else its event_id
            where_empty = given_cell
            if where_empty is None:
                columns = {own_language(k, kit, need): c for k, c in cells.items()}
                where_empty = (
                    (columns.get((need, lacking[0])) if lacking else None)
                    or next((c for k, c in columns.items() if k is not None), None)
                    or cells["event_id"]
                )
            if need not in WORDED and given_cell is None:  # a record without the key
                _no_key(need, cells, where_empty, table, kit, bad)
                continue
            per_language = (
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
    for col, cell in cells.items():  # a JSON or YAML object where a column takes a value
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
    headless = cells.get(NO_HEADER)
    if headless is not None:
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
    known = [c for c, lang in kit.languages.items() if not lang.pseudo]
    unread = [c for c in codes if c in kit.unreadable]  # made, their jobs failing (load_kit)
    if not codes and not ambiguous and _text(cells["language"]):  # "," alone: no code
        bad(
            cells["language"], f"'{_text(cells['language'])}' names no language", "write a code: en"
        )
    for code in codes:
        if code not in known and code not in unread:
            hints = code_hints(
                code,
                {c: kit.languages[c] for c in known},
                suits="if that suits this event",
                listed="languages",
                new_language=True,
            )
            bad(cells["language"], f"unknown language '{code}'", *hints)
    dates = sheet_dates(table)
    # the sheet's order (its dates', else its language's), else the row's languages'
    order = dates.convention or languages_order(codes)
    # a Thai sheet's row in another language reads its dates as Thai Excel wrote them too:
    # a year of the Buddhist era, in two digits (5/7/70), Thai months' names
    months = _month_names((*codes, "th") if dates.thai and "th" not in codes else codes, kit)
    day: date | None = None
    # a record without a date (a JSON or YAML record's key left out: named as empty above)
    dated = cells.get("date")
    combined = dated is not None and date_and_time_header(event_column(dated.column))
    # a date column's ISO 8601 date-time (2026-07-30T18:30:00Z, a JSON export's) is read as a
    # spreadsheet's date cell that holds a time is: its midnight is a date alone
    stamp = not combined and bool(ISO_DATE_TIME.fullmatch(_ascii_digits(_text(dated))))
    split = (
        None
        if dated is None
        else _date_and_time(dated, bad, order, kit.campaign.year, months, codes)
        if combined or stamp
        else (dated, None)
    )
    if split is not None and split[1] is not None:  # its time: in UTC, toISOString's?
        split = _in_rows_zone(split, cells, table, errs)
    if split is not None:
        cells = {**cells, "date": split[0]}
        begins = split[1]
        if begins is not None and stamp and _starts(begins) == ((time(0), None), _zone(begins)):
            begins = None
        if begins is not None and not _text(cells.get("time")):  # as a date cell's time
            cells["time"] = begins
        elif begins is not None:
            _two_starts(begins, cells["time"], table, errs)
        year = kit.campaign.year
        solar = solar_hijri(split[0].value, _text(split[0]), codes, order, year)
        if solar is not None and solar[1]:  # calendars: a Persian row's 1405-05-08
            bad(split[0], *solar[1])
        day = solar[0] if solar else _date(split[0], bad, order, year, months)
        if day is not None and not solar:
            _other_order(split[0], day, dates, codes, kit, table, errs)
    # a time zone after the time or the end (19:30 CEST, 18:00-20:00 UTC+2): an online
    # event's; the two cells' must be one
    zones: dict[str, str] = {}
    texts: dict[str, str] = {}  # the time and end cells' texts as written, their zones kept
    for col in ("time", "end_time"):
        value = cells[col].value if col in cells else None
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
    local = datetime.combine(day, hours[0]) if day is not None and hours is not None else None
    zone = _row_zone(zones, texts, cells, local, table, errs)
    if (
        hours is not None
        and hours[1] is not None
        and hours[1] < hours[0]
        and not isinstance(hours[1], EndOfDay)  # 22:00-24:00 ends at midnight, as it says
    ):
        _next_day(hours, cells, table, errs)
    # a spreadsheet's link cell often shows a text ("Register") and opens the address
    link = (cells["link"].target or _text(cells["link"])) if "link" in cells else ""
    if link:
        link = _link(link, cells["link"], bad)
    photo = _photo(cells.get("photo"), images, bad)
    region = _region(cells.get("date_region"), table, errs, codes)
    problems = tuple(errs.errors[before:])
    if problems and not again or day is None:
        return None
    values = {
        field: StringEntry(field, _text(cells[col]), None, table.mark(cells[col]))
        for col, field in FIELDS.items()
        if col in cells and col not in ("date", "time", "end_time")
    }
    if link:  # printed under the QR code, as print shows a link (text.printed_url)
        values[LINK_FIELD] = StringEntry(LINK_FIELD, link, None, table.mark(cells["link"]))
    by_language = {}
    for code in codes:
        if code in unread:
            continue
        lang = kit.languages[code]
        digits = _digits(code, lang.digits, region)
        shown = {"event_date": _format(day, "date", code, digits, lang.months, region)}
        if hours is not None:
            start, end = hours
            shown["event_time"] = (
                _format(start, "time", code, digits, (), region, lang.clock)
                if end is None
                else _format((start, end), "interval", code, digits, (), region, lang.clock)
            ) + (f"\u00a0{zone}" if zone else "")  # the zone as written, kept with the time
        where = {"event_date": cells["date"], "event_time": time_cell}
        by_language[code] = {
            k: StringEntry(k, v, None, table.mark(where[k])) for k, v in shown.items()
        }
        for (col, lang_code), cell in own.items():
            if lang_code == code:
                name = FIELDS[col]
                by_language[code][name] = StringEntry(name, _text(cell), None, table.mark(cell))
    if "title" in cells:
        _shared_title(cells["title"], codes, own, table, kit, errs)
    layer = Layer(
        event_id,
        values,
        by_language,
        {"event": link} if link else {},
        {"photo": photo} if photo else {},
        {"event": table.mark(cells["link"])} if link else {},
        {"photo": table.mark(cells["photo"])} if photo else {},
        as_written=FORMATTED,
    )
    return Record(event_id, codes, layer, cells["event_id"].row, day, problems)


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


def _name(kit: Kit, code: str) -> str:
    """The language's name (`fr`: French), or its code when its strings file cannot be read."""
    return kit.languages[code].name if code in kit.languages else code


def _shared_title(
    cell: Cell,
    codes: tuple[str, ...],
    own: dict[tuple[str, str], Cell],
    table: Table,
    kit: Kit,
    errs: Collector,
) -> None:
    """A `merge.shared` warning when the row's title would be shown unchanged in two or more
    of its languages, naming the columns that give each its own (which language the title
    is written in is not guessed). A title that is the same in two languages (a name) is
    written in each language's column, and the warning goes."""
    title = _text(cell)
    sharing = [code for code in codes if ("title", code) not in own]
    if not title or len(sharing) < 2:
        return
    columns = ", ".join(f"title_{c}" for c in sharing)
    errs.warn(
        "merge.shared",
        f"{cell.where}: the title '{title}' would be shown as written in each of the row's "
        f"languages ({', '.join(sharing)})",
        table.mark(cell),
        f"give each language its title ({columns}; 'title' then serves a language left "
        "without one); a title that is the same in two languages (a name): write it in each",
    )


def _text(cell: Cell | None) -> str:
    """A cell's value as text: a number as the workbook shows it, where it tells (an ODS
    sheet: +41 22 917 1234, not 41229171234)."""
    if cell is None or cell.value is None:
        return ""
    if cell.shown and isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
        return cell.shown.strip()
    return str(cell.value).strip()


# An e-mail address written without its scheme (a spreadsheet cell "info@example.org"): a
# mail program's mailto: (RFC 6068). Only a plain address: anything else is left to be named.
EMAIL_ADDRESS = re.compile(r"[^\s@:/]+@(?:[\w-]+\.)+[^\W\d_]{2,}")


# A phone number as people type it in a link cell: with or without tel:, a + or a digit
# first, digits in groups with spaces or the visual separators - . ( ) of RFC 3966, 5.1.1.
# A phone dials a tel: address with hyphens between the groups, not spaces.
PHONE_AS_TYPED = re.compile(r"(?:tel:)?\s*(\+?[0-9][0-9.()\-]*(?:\s+[0-9.()\-]+)*)", re.I)


# the columns whose cells are no text of a language
NOT_WORDS = frozenset({"event_id", "language", "link", "photo", "date", "time", "date_region"})


def _foreign_letters(
    cells: dict[str, Cell], codes: tuple[str, ...], kit: Kit, table: Table, errs: Collector
) -> None:
    """A `text.arabic-letters` warning for a cell in Persian or Urdu (its own column, title_fa,
    or a row made only in such languages) written with Arabic letters the language writes
    otherwise (`text.letters`: ي for ی); `text.mixed-script` for a word of the cell mixing
    Latin, Cyrillic and Greek look-alikes, and `text.cedilla` for a Romanian cell's ş or ţ,
    as a strings file's texts are told (`text.letters.letter_problems`, in the cell's own
    language, else the row's first). The row is made as it is."""
    for key, cell in cells.items():
        if not isinstance(cell.value, str) or (language_column(key) or (key,))[0] in NOT_WORDS:
            continue
        found = own_language(key, kit)
        langs = (found[1],) if found else codes
        said = [foreign_letters_problem(cell.value, code, _name(kit, code)) for code in langs]
        if langs and all(said):
            errs.warn(
                "text.arabic-letters",
                f"{cell.where}: {said[0]}",
                table.mark(cell),
                FOREIGN_HINT,
            )
        for code, problem, fix in letter_problems(cell.value, langs[0] if langs else "und"):
            errs.warn(code, f"{cell.where}: {problem}", table.mark(cell), fix)


def _link(link: str, cell: Cell, bad: Bad) -> str:
    """The event's link as its QR code and digital PDF hold it: www.example.org/walk is
    https://www.example.org/walk and info@example.org is mailto:info@example.org, as a browser
    and a spreadsheet read them; a phone number typed in groups (+41 22 917 1234) is
    tel:+41-22-917-1234. Then it is checked as the kit's own links are
    (`iri.link_error`: a web page, an e-mail to write or a number to call, which a phone can
    dial, with a host that has an ASCII form); a link that fails is an error at its cell (and
    "" is returned)."""
    unspaced = re.sub(r"\s+", "", link)
    if WEB_ADDRESS.fullmatch(link):  # www.example.org/walk: a browser's https://
        link = "https://" + link
    elif unspaced != link and WEB_ADDRESS.fullmatch(unspaced):  # example.org/x y: an
        link = "https://" + link  # address with a space, told so (it was "not a web address")
    elif EMAIL_ADDRESS.fullmatch(link):
        link = "mailto:" + link
    problem = link_error(link)
    phone = PHONE_AS_TYPED.fullmatch(link) if problem is not None else None  # as written: kept
    said = phone is not None and (
        link[:4].lower() == "tel:"  # said to be a number, or one as a number is written:
        or phone[1].startswith("+")  # international, or national with its trunk 0 (not
        or (phone[1].startswith("0") and sum(c.isdigit() for c in phone[1]) >= 7)  # a date)
    )
    if phone is not None and said:  # +41 22 917 1234: spaces as RFC 3966's hyphens
        link = dialable("tel:" + phone[1].strip())
        problem = link_error(link)
    if problem is not None:
        fix = problem[1]
        if " " in link.strip() and not re.search(r"[.:/@]", link):  # "Register here"
            fix = (
                "the cell has a link's shown words, not its address (a sheet saved as CSV "
                "keeps the words): type the address itself (https://...), or merge the "
                "workbook (.xlsx, .ods), which keeps it"
            )
        bad(cell, f"the link '{link}': {problem[0]}", fix)
        return ""
    return link


def _ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script (২০২৬, ٣٠, ២០២៦) as 0-9: a date or time
    typed in the language's digits is read as its value."""
    return "".join(
        str(unicodedata.decimal(c))
        if not c.isascii() and unicodedata.decimal(c, None) is not None
        else c
        for c in text
    )


# A date with its parts in a locale's order, as a spreadsheet writes a date cell into a CSV:
# 30/07/2026 (day first), 07/30/2026 (month first), 30.07.2026, 30-07-2026.
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
# A date as Chinese and Japanese (2027年7月30日) and Korean (2027년 7월 30일) write it: year,
# month and day, each followed by its character (CLDR's long date of zh, ja and ko)
CJK_DATE = re.compile(r"\s*(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*")


class SheetDates(NamedTuple):
    """What a table tells of how its numeric dates are written (`sheet_dates`)."""

    # "dmy" when some date can only be day first (30/07/2026), "mdy" when some can only be
    # month first (07/30/2026), "mixed" when some are each, None when none tells
    order: str | None
    # a Thai sheet: a header in Thai letters (สถานที่), or a row in Thai (language th)
    thai: bool = False
    # a date cell holding a year of the Buddhist era (BUDDHIST_YEARS: 30/7/2569, a Thai
    # Excel's date cell of 2569), as Thai Excel writes every date of a sheet
    buddhist: bool = False
    # the languages of its header (header_languages: Vietnamese Ngày, Indonesian Tanggal),
    # those every such header is in where there are some (tempat and Tanggal: id)
    languages: tuple[str, ...] = ()

    @property
    def convention(self) -> str | None:
        """The order the table's numeric dates are read in: the one its dates tell, else,
        where none tells, day first on a Thai sheet or one with a Buddhist era's year (Thai
        writes day, month, year: CLDR th's every date pattern, its short d/M/yy too), else
        the order of its header's languages (`numeric_order`: one they all write), else
        None (05/07/2026 is 5 July or 7 May: refused, unless the row's language tells:
        `_record`)."""
        return self.order or self.said_order

    @property
    def said_order(self) -> str | None:
        """The order the sheet's language writes its numeric dates in, its dates aside:
        Thai's, or its header's languages' (`convention`)."""
        if self.thai or self.buddhist:
            return "dmy"
        return languages_order(self.languages)

    @property
    def said_by(self) -> str:
        """What tells `said_order`, as a warning names it."""
        if self.thai or self.buddhist:
            return "Thai (a Thai sheet)" if self.thai else "Thai (a Buddhist era's year)"
        return f"its header's language ({', '.join(self.languages)})"


# a numeric date's order, by a CLDR short date pattern's fields (d before M: day first)
ORDER_NAMES = {"dmy": "day first", "mdy": "month first"}


@functools.cache
def numeric_orders(code: str) -> frozenset[str]:
    """The orders ("dmy", "mdy") in which the Unicode CLDR's locales of a language (every
    region's, through Babel) write a numeric date with its year last, by their short date
    pattern (d before M: day first; `en`'s M/d/yy and `en_GB`'s dd/MM/y: both); a pattern
    with the year first (zh's y/M/d, fa's) tells none."""
    from babel import Locale, UnknownLocaleError, localedata

    try:
        language = Locale.parse(code.replace("-", "_")).language
    except (UnknownLocaleError, ValueError):
        return frozenset()
    found: set[str] = set()
    for name in localedata.locale_identifiers():
        if name.split("_")[0] == language:
            order = _pattern_order(Locale.parse(name).date_formats["short"].pattern)
            found.update((order,) if order else ())
    return frozenset(found)


def _pattern_order(pattern: str) -> str | None:
    """A date pattern's order of a numeric date with its year last: "dmy" (d/M/yy), "mdy"
    (M/d/yy); None for a year first (y/M/d) or no such fields."""
    fields = re.sub(r"'[^']*'", "", pattern)
    at = {f: fields.find(f) for f in "dMy"}
    if min(at.values()) < 0 or at["y"] < max(at["d"], at["M"]):
        return None
    return "dmy" if at["d"] < at["M"] else "mdy"


@functools.cache
def numeric_order(code: str) -> str | None:
    """The order a language writes a numeric date in, by CLDR's short date pattern of its
    locale (Babel's get_date_format('short'): vi's d/M/yy is day first, fil's M/d/yy month
    first), where every region of it writes so (`numeric_orders`): None for English (en's
    M/d/yy, en_GB's dd/MM/y), Spanish (es_PA's MM/dd/yy), a language whose pattern writes
    the year first (zh, fa) and a code CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(code.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError):
        return None
    order = _pattern_order(pattern)
    return order if order is not None and numeric_orders(code) == {order} else None


def languages_order(codes: Iterable[str]) -> str | None:
    """The order every one of the languages `codes` writes a numeric date in
    (`numeric_order`); None when one does not tell or two differ, or there are none."""
    orders = {numeric_order(code) for code in codes}
    return orders.pop() if len(orders) == 1 else None


_SHEET_DATES: WeakKeyDictionary[Table, SheetDates] = WeakKeyDictionary()
# the Unicode block Thai's letters, vowels and tone marks (not its digits, which any script
# may be read in)
THAI_LETTERS = re.compile(r"[\u0e01-\u0e4e]")
# a year of four digits written in a date's text, in ASCII digits
FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def date_order(table: Table) -> str | None:
    """How the table writes its numeric dates (SheetDates.order); once per table. A date that
    is none either way (31/31/2026, a typo) tells nothing: it made a good column's dates
    ambiguous."""
    return sheet_dates(table).order


def sheet_dates(table: Table) -> SheetDates:
    """How the table writes its numeric dates (SheetDates): the order its dates tell, whether
    it is a Thai sheet and whether a date has a year of the Buddhist era; once per table, in
    one pass over its rows."""
    if table not in _SHEET_DATES:
        first = second = buddhist = False
        thai = any(THAI_LETTERS.search(c) for c in table.columns)
        for row in table.iter_rows():
            cells = row_cells(table, row)
            cell = cells.get("date")
            thai = thai or _thai_row(cells.get("language"))
            text = _text(cell)
            if cell is not None and date_and_time_header(event_column(cell.column)):
                # 30/07/2026 18:30, 30/07/2026, 18:30: its date; vi's 18:30 30/07/2026 too
                words = [w.strip(",\u060c\u200f") for w in text.split()] or [""]
                numeric = [w for w in words if NUMERIC_DATE.fullmatch(_ascii_digits(w))]
                text = numeric[0] if numeric else words[0]
            plain = _ascii_digits(text) if cell else ""
            found = NUMERIC_DATE.fullmatch(plain)
            if found:
                a, b = int(found[1]), int(found[2])
                first |= a > 12 >= b
                second |= b > 12 >= a
            value = cell.value if cell is not None else None
            buddhist = buddhist or (
                value.year in BUDDHIST_YEARS
                if isinstance(value, date)
                else any(int(y) in BUDDHIST_YEARS for y in FOUR_DIGITS.findall(plain))
            )
        order = "mixed" if first and second else "dmy" if first else "mdy" if second else None
        _SHEET_DATES[table] = SheetDates(order, thai, buddhist, _sheet_languages(table))
    return _SHEET_DATES[table]


def _sheet_languages(table: Table) -> tuple[str, ...]:
    """The languages of a table's header (`header_languages`): those every header in another
    language than English is in (Tanggal and Tempat: id; tempat alone: id and ms), else,
    headers in several with none in common, all of theirs (วันที่ and Ngày: th and vi)."""
    found = [header_languages(c) for c in table.columns if c]
    found = [codes for codes in found if codes]
    if not found:
        return ()
    common = frozenset.intersection(*found)
    return tuple(sorted(common or frozenset.union(*found)))


def _thai_row(cell: Cell | None) -> bool:
    """Whether a row's language cell lists Thai (th, th-TH, TH; by name, ไทย, Thai)."""
    names = language_codes(("th",))
    parts = NAME_LIST.split(_text(cell))
    codes = [c for p in parts for c in LANGUAGE_LIST.split(p.casefold())]
    return any(language_fold(p) in names for p in parts) or any(
        c == "th" or c.startswith(("th-", "th_")) for c in codes
    )


def _readings(a: int, b: int, y: int) -> list[date]:
    """The days a numeric date a/b/y can be: day first, month first, each once."""
    out = []
    for d, m in ((a, b), (b, a)):
        try:
            found = date(y, m, d)
        except ValueError:
            continue
        if found not in out:
            out.append(found)
    return out


# a date written in numbers some other way (30.07.27, 30 07 2027, 2027/7/30): its parts
DATE_PARTS = re.compile(r"(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})")
# a year written in a date's text: 1900 to 2099
WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _date_example(plain: str, year: int, order: str | None = None) -> str:
    """YYYY-MM-DD for a date not read (`plain`: its text in ASCII digits), in its own likely
    year: the day it seems to give (30.07.27 is 2027-07-30: day first, unless the second
    number is no month, or the table writes month first: `order` "mdy"; a two-digit year in
    this century; 30 July of its year when that is no day, 31.02.27), else 30 July of the
    year it names (July 30th, 2027) or of the campaign's `year`. It was always 2024-07-30."""
    found = DATE_PARTS.fullmatch(plain.strip())
    if found:
        first, second, third = found[1], found[2], found[3]
        if len(first) == 4:
            y, m, d = int(first), int(second), int(third)
        else:
            y = int(third) + (2000 if len(third) == 2 else 0)
            month_first = order == "mdy" and int(first) <= 12
            d, m = (
                (int(first), int(second))
                if int(second) <= 12 and not month_first
                else (int(second), int(first))
            )
        if 1900 <= y <= 2099:  # 30.07.7 or 30.07.202 names no year
            try:
                return date(y, m, d).isoformat()
            except ValueError:  # no day of the calendar (31.02.27): its year
                return f"{y}-07-30"
    written = WRITTEN_YEAR.search(plain)
    return f"{int(written[0]) if written else year:04d}-07-30"


# a date and a time in one cell's text: the date, then spaces or ISO 8601's T, then the time
# (2026-07-30 18:30, 30/07/2026 6:30 pm, 2026-07-30T18:30, 30/07/2026 18:30:00 as a
# spreadsheet writes a date-and-time cell into a CSV, 2026-07-30T18:30:00.000Z as JSON does)
DATE_THEN_TIME = re.compile(r"(\S+?)(?:\s+|(T)(?=\d))(\S.*)")
# a date-time as ISO 8601 writes it (RFC 3339: a JSON export's, JavaScript's toISOString, a
# form's), in a date column: the date, T, a time (ISO_TIME)
ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d.*")
SPLIT_DATE_AND_TIME = (
    "write it as YYYY-MM-DD HH:MM, or split the column in two: date (YYYY-MM-DD) and time "
    "(HH:MM, the start)"
)


def _date_then_time(text: str) -> tuple[str, str, bool]:
    """A date-and-time cell's text as its date's and its time's (DATE_THEN_TIME; "" for a
    text without a time), and whether ISO 8601's T joins them; the text, "" and False when
    it is no date and time."""
    found = DATE_THEN_TIME.fullmatch(text.strip())
    return (found[1], found[3], bool(found[2])) if found else (text.strip(), "", False)


def _named_split(text: str, months: dict[str, int]) -> tuple[str, str] | None:
    """A date-and-time text whose date is written with a month's name (`_named_date`: 30
    July 2027 18:30, July 30, 2027 6:30 pm) as its date's words and its time's, the date
    the longest run of its first words that reads as one and the time what follows, from an
    hour's one or two digits; None when no split reads so. DATE_THEN_TIME takes the first
    word alone for the date ("'30' is not a date", said a review)."""
    words = text.split()
    for at in range(len(words) - 1, 0, -1):
        day, clock = " ".join(words[:at]), " ".join(words[at:])
        # a time begins with its hour: one or two digits (not a year's four)
        if re.match(r"\d{1,2}(?!\d)", _ascii_digits(clock)) and _named_date(
            _folded(_ascii_digits(day)), months
        ):
            return day, clock
    return None


def _date_and_time(
    cell: Cell,
    bad: Bad,
    order: str | None,
    year: int,
    months: dict[str, int] | None = None,
    codes: tuple[str, ...] = (),
) -> tuple[Cell, Cell | None] | None:
    """A cell of a column of dates and times (`date_and_time_header`) as a date cell and a
    time cell (None: no time), both at its place: a spreadsheet's date or date-and-time cell
    as it is (`_record` takes a date cell's time as the start), a text as its date, in the
    table's `order` (`date_order`), and its time (`_time`: 18:30, 6:30 pm, 18:00-20:00, a
    time zone after it; ISO 8601's, 18:30:00Z, as `time_zone` reads it: the time cell holds
    its HH:MM and the zone as the flyer shows it, 18:30 UTC). A text its first word and the
    rest do not read (DATE_THEN_TIME, `_named_split`) is read as the row's languages
    (`codes`) join a date and a time (`_cldr_splits`: ۸ مرداد ۱۴۰۵، ساعت ۱۸:۳۰, Vietnamese's
    time first), its date as a date column's is (`_reads_as_date`: a Persian row's Solar
    Hijri date too). None, with one error at the cell naming the fix (the column split in
    two), when the text is not both read unambiguously."""
    text = _text(cell)
    if isinstance(cell.value, date) or not text:  # a datetime too
        return cell, None
    day_text, time_text, dated = _date_then_time(text)
    named = _named_split(text, months) if months and not dated else None
    if named is not None:  # 30 July 2027 18:30: the date is its first three words
        day_text, time_text = named
    stray = _stray_offset_problem(text, with_date=True) if time_text else None
    if stray is not None:  # 2027-07-30T10:00+25:00: its offset named, not "not a time"
        bad(cell, *stray)
        return None
    reading = (order, year, months, codes)
    problems = _date_and_time_problems(cell, day_text, time_text, dated, reading)
    if problems:
        found = next(
            (
                split
                for claimed in (False, True)  # read as a date first, then the calendar's
                for split in _cldr_splits(text, codes)
                if not _date_and_time_problems(cell, *split, False, reading, claimed)
            ),
            None,
        )
        if found is None:
            bad(
                cell,
                f"'{_text(cell)}' is not read as an event's date and its start time "
                f"({problems[0]})",
                SPLIT_DATE_AND_TIME,
            )
            return None
        (day_text, time_text), dated = found, False
    start = None
    if time_text:
        clock, zone = time_zone(time_text, dated)
        start = replace(cell, value=f"{clock} {zone}" if zone else clock)
    return replace(cell, value=day_text), start


# (order, year, months, codes): how a row reads its date (`_date`, calendars.read)
Reading = tuple[str | None, int, dict[str, int] | None, tuple[str, ...]]


def _date_and_time_problems(
    cell: Cell, day_text: str, time_text: str, dated: bool, reading: Reading, claimed: bool = False
) -> list[str]:
    """What is wrong with a date-and-time cell read as `day_text` and `time_text` (none when
    both are read): its date as `_reads_as_date` reads it (`claimed`: a date the Solar Hijri
    calendar claims counts as read, its own error said at the date by `_record`), and its
    time as `_time` does."""
    problems: list[str] = []

    def quiet(_: Cell, message: str, *hints: str) -> None:
        problems.append(message)

    _reads_as_date(replace(cell, value=day_text), quiet, reading, claimed)
    if time_text and not problems:
        clock = time_zone(time_text, dated)[0]
        _time(replace(cell, value=time_zone(clock)[0]), quiet)
    return problems


def _reads_as_date(cell: Cell, bad: Bad, reading: Reading, claimed: bool) -> None:
    """Report through `bad` a date cell's text not read as the row reads a date: the Solar
    Hijri calendar's on a Persian row (calendars.read: ۸ مرداد ۱۴۰۵; with `claimed`, any date
    it claims, an error of its own aside), else `_date`'s."""
    order, year, months, codes = reading
    solar = solar_hijri(cell.value, _text(cell), codes, order, year)
    if solar is not None and (claimed or solar[0] is not None):
        return
    if solar is not None:  # a Solar Hijri date, not a day of it: not read so
        bad(cell, *solar[1])
        return
    _date(cell, bad, order, year, months)


@functools.cache
def _date_time_joins(codes: tuple[str, ...]) -> tuple[frozenset[str], str, bool]:
    """How the languages `codes` (and English) join a date and its time, by CLDR's
    dateTimeFormats (Babel): the words between them (fa's "{1}، ساعت {0}": ساعت, folded),
    the marks (its ، and the RIGHT-TO-LEFT MARK of its medium pattern, English's comma), and
    whether one of them writes the time first (vi's "{0} {1}": 18:30 30/7/2027)."""
    from babel import Locale, UnknownLocaleError

    words: set[str] = set()
    marks: set[str] = set()
    time_first = False
    for code in ("en", *codes):
        try:
            patterns = Locale.parse(code.replace("-", "_")).datetime_formats
        except (UnknownLocaleError, ValueError):
            continue
        for pattern in patterns.values():
            text = str(pattern)
            if "{0}" not in text or "{1}" not in text:
                continue
            time_first |= text.index("{0}") < text.index("{1}")
            between = re.sub(r"\{[01]\}", " ", text).replace("'", "")
            words.update(_folded(w) for w in re.findall(r"[^\W\d_]+", between))
            marks.update(c for c in between if not c.isalnum() and not c.isspace())
    return frozenset(words), "".join(sorted(marks)), time_first


def _cldr_splits(text: str, codes: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """The ways a date-and-time text parts into a date's words and a time's as the row's
    languages join them (`_date_time_joins`): at each space, the longest date first, the
    joining words and marks at the parting left out (۸ مرداد ۱۴۰۵، ساعت ۱۸:۳۰: ۸ مرداد ۱۴۰۵
    and ۱۸:۳۰); the time first too where a language writes it so."""
    joins, marks, time_first = _date_time_joins(codes)
    words = text.split()
    orders = (False, True) if time_first else (False,)
    for first_time in orders:
        for at in range(len(words) - 1, 0, -1):
            head, tail = words[:at], words[at:]
            day, clock = (tail, head) if first_time else (head, tail)
            while day and _folded(day[-1 if not first_time else 0].strip(marks)) in joins:
                day = day[:-1] if not first_time else day[1:]
            while clock and _folded(clock[0 if not first_time else -1].strip(marks)) in joins:
                clock = clock[1:] if not first_time else clock[:-1]
            day_text = " ".join(day).strip(marks + " ")
            clock_text = " ".join(clock).strip(marks + " ")
            if day_text and clock_text:
                yield day_text, clock_text


# how a UTC date-time ends: Z, +00:00, -00:00 (+0000, +00)
UTC_SUFFIX = re.compile(r"(?:Z|[+\-\u2212]00(?::?00)?)$", re.IGNORECASE)


def utc_stamp(text: str) -> datetime | None:
    """An ISO 8601 date-time in UTC (2027-07-29T22:00:00.000Z as JavaScript's toISOString
    writes it, +00:00, -00:00: a JSON export's or a program's, not a person's) as a datetime,
    its seconds kept; None for any other text (a local time, one with another offset)."""
    day_text, time_text, _ = _date_then_time(_ascii_digits(text))
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", day_text)
    found = ISO_TIME.fullmatch(time_text)
    if day is None or found is None or not (found[4] or found[5] and found[6] == "00"):
        return None
    if found[5] and (found[7] or "00") != "00":
        return None
    seconds = float(found[3][1:].replace(",", ".")) if found[3] else 0.0
    try:
        start = datetime(int(day[1]), int(day[2]), int(day[3]), int(found[1]), int(found[2]))
    except ValueError:  # no day of the calendar: `_date` names it
        return None
    return start + timedelta(seconds=seconds)


def zone_minutes(zone: str, at: datetime | None = None) -> int | None:
    """A zone as `time_zone` gives it, as minutes from UTC: UTC and GMT 0, UTC+2 120,
    GMT-05:30 -330; an abbreviation of one offset in the tz database (CEST 120, EST -300:
    `zone_offsets`); an IANA zone's name (Europe/Paris) or a North American generic one
    (ET: GENERIC_ZONES, America/New_York's) at the instant `at` (in UTC); None for a name of
    several offsets (IST: India's, Ireland's or Israel's) or none known (GST), and a zone's
    name or a generic one without `at` (ET's offset is the season's)."""
    found = ZONE.search(" " + zone)
    named = iana_zone(GENERIC_ZONES.get(zone.upper(), zone))  # ET: America/New_York's
    if named is not None and at is not None:
        shift = at.replace(tzinfo=UTC).astimezone(named).utcoffset()
        return None if shift is None else int(shift.total_seconds()) // 60
    offsets = zone_offsets(zone) if found is not None and "/" not in zone else frozenset()
    if len(offsets) == 1:
        return next(iter(offsets))
    if found is None or not found[1].upper().startswith(("UTC", "GMT")):
        return None
    offset = _zone_offset(found)
    return None if offset is False else int(offset or 0)


def _in_rows_zone(
    split: tuple[Cell, Cell | None], cells: dict[str, Cell], table: Table, errs: Collector
) -> tuple[Cell, Cell | None]:
    """A date or date-and-time cell's date and time (`split`) in the event's own zone, when
    the cell is in UTC (`utc_stamp`: 2027-07-29T22:00:00.000Z) and its time is not UTC's
    midnight (a date alone, as JSON writes one; a When cell's too): the zone the row writes
    after its time or its end (19:30 UTC+2) makes it 2027-07-30 00:00 there (its midnight a
    date alone); a row that writes none (or a zone's name, CEST) keeps UTC's date and time,
    with a `merge.time` warning at the cell (`_utc_date`): where the event is, that may be
    another day. Never a zone guessed."""
    day_cell, start = split
    stamp = utc_stamp(_text(cells["date"]))
    if stamp is None:
        return split
    if stamp.time() == time(0):  # UTC's midnight: a date alone, in a When column too
        return day_cell, None
    zones = [_zone(c) for c in map(cells.get, ("time", "end_time")) if c is not None]
    zone = next((z for z in zones if z), "")
    offset = zone_minutes(zone, stamp) if zone else None
    if offset is None:
        said = cells.get("time")
        clock = time_zone(said.value)[0] if said and isinstance(said.value, str) else ""
        theirs = _starts(said) if said is not None and _text(said) else None
        _utc_date(cells["date"], stamp, zone, clock.strip(), table, errs, theirs)
        # the time cell's time is the start: said once, in that warning (`_two_starts` told
        # it again, at the same cell)
        return (day_cell, None) if theirs is not None else split
    local = stamp + timedelta(minutes=offset)
    day_cell = replace(day_cell, value=local.date().isoformat())
    if start is not None and local.time() == time(0):  # the local midnight: a date alone
        return day_cell, None
    clock = f"{local:%H:%M} {zone}"
    return day_cell, (replace(start, value=clock) if start is not None else None)


def _utc_date(
    cell: Cell,
    stamp: datetime,
    zone: str,
    clock: str,
    table: Table,
    errs: Collector,
    theirs: tuple[Hours, str] | None = None,
) -> None:
    """The `merge.time` warning of a date cell in UTC (`_in_rows_zone`) whose row writes no
    offset from UTC (`zone`: none, or a zone's name; `clock`: the time cell's time, "" for
    none): its date and time are shown as UTC's, and where that is midnight (a date alone
    that a computer there saved: toISOString's), the day it is there is said. A row whose
    time cell gives a time (`theirs`: its hours and zone) shows that time, with UTC's date:
    the warning says so, and names the cell's own UTC time when it is another."""
    minutes = stamp.hour * 60 + stamp.minute
    exact = not stamp.second and not stamp.microsecond
    east, west = 24 * 60 - minutes, -minutes
    there = (
        (stamp + timedelta(days=1), utc_offset(east))
        if exact and east <= LAST_OFFSET and not east % 15
        else (stamp, utc_offset(west))
        if exact and west >= FIRST_OFFSET and not west % 15
        else None
    )
    midnight = (
        f" (it is {there[0]:%Y-%m-%d} 00:00 in {there[1]}, as a computer there saves a date alone)"
        if there is not None
        else ""
    )
    text = _text(cell).strip()
    utc = UTC_SUFFIX.search(text)
    offsets = zone_offsets(zone) if zone else frozenset()
    named = (
        f" ({zone} is {said_offsets(offsets)} in the tz database: which is not known)"
        if len(offsets) > 1
        else f" ({zone} is a zone's name whose offset is not known)"
        if zone
        else ""
    )
    shown, start = f"it is shown as UTC's, {stamp:%Y-%m-%d} at {stamp:%H:%M} UTC", ""
    if theirs is not None:  # the time cell's start is shown: the date alone is UTC's
        shown = f"its date is shown as UTC's, {stamp:%Y-%m-%d}"
        own = theirs[0][0] == time(stamp.hour, stamp.minute)
        start = f", with the time cell's start, {_said_time(*theirs)}" + (
            "" if own else f" (not the cell's own time, {stamp:%H:%M} UTC)"
        )
    errs.warn(
        "merge.time",
        f"{cell.where}: '{text}' is a UTC time ({utc[0] if utc else 'Z'}) and the row gives "
        f"no offset of its own{named}: {shown}, which may be another day where the event "
        f"is{midnight}{start}",
        table.mark(cell),
        "write the event's own date, as its place has it, without the offset: "
        f"{(there[0] if there is not None else stamp):%Y-%m-%d}",
        "or write the event's offset after its time in the time column "
        f"({clock or 'HH:MM'} {there[1] if there is not None else 'UTC+2'}): the date is "
        f"then read in it; for an event held in UTC, {stamp:%H:%M} UTC",
    )


def _row_zone(
    zones: dict[str, str],
    said: dict[str, str],
    cells: dict[str, Cell],
    local: datetime | None,
    table: Table,
    errs: Collector,
) -> str:
    """The zone a row's time is printed with: the start's (`zones`: the time and end_time
    cells' zones as `time_zone` gives them; `said`: those cells' texts), else the end's; an
    IANA zone's name as its offset at the event's `local` start (Europe/Paris: UTC+2 in
    July), a North American generic name as its season's abbreviation (`_generic_zone`: ET
    is EDT in July). A start and an end in two spellings of one offset on that day (CEST and
    UTC+2, ET and EDT) are one zone; in two offsets, an error at the end (`merge.value`)."""
    start, end = zones.get("time", ""), zones.get("end_time", "")
    if start and end and start != end and not _offsets_on(start, local) & _offsets_on(end, local):
        errs.error(
            "merge.value",
            f"{cells['end_time'].where}: the end's time zone ({end}) is not the start's ({start})",
            table.mark(cells["end_time"]),
            "write both in one zone, or the zone once, after the time",
        )
    zone, col = (start, "time") if start else (end, "end_time")
    if local is None or not zone:
        return zone
    if "/" in zone:  # Europe/Paris: its offset
        return utc_offset(_local_offset(zone, local))
    if zone in GENERIC_ZONES:  # at the cell that wrote it: not a UTC date's time (its end's)
        own = (c for c, z in zones.items() if z == zone and event_column(cells[c].column) == c)
        col = next(own, col)
        return _generic_zone(zone, local, cells[col], said[col], table, errs)
    return zone


def _offsets_on(zone: str, local: datetime | None) -> frozenset[int]:
    """The offsets from UTC, in minutes, a zone as `time_zone` gives it may be at the local
    date and time `local`: UTC+2 and CEST {120}; Europe/Paris and ET the one of their season
    there (none without `local`); IST {60, 120, 330}; empty for a name of no known offset."""
    named = iana_zone(GENERIC_ZONES.get(zone, zone))
    if named is not None:
        return frozenset({_local_offset(str(named.key), local)}) if local else frozenset()
    minutes = zone_minutes(zone)
    return frozenset({minutes}) if minutes is not None else zone_offsets(zone)


def _generic_zone(
    zone: str, local: datetime, cell: Cell, text: str, table: Table, errs: Collector
) -> str:
    """A North American generic zone's name (ET, CT, MT, PT: GENERIC_ZONES) as the tz
    database abbreviates its principal zone at the event's `local` start (ET: America/New_
    York's EDT in July, EST in January), with a `merge.zone` warning at the `cell` that
    wrote it (`text`) naming the reading: the season is read from the date, and a place of
    the region whose clock keeps another (Arizona, Saskatchewan) writes its own."""
    named = iana_zone(GENERIC_ZONES[zone])
    if named is None:  # no tz database: as written
        return zone
    aware = local.replace(tzinfo=named)
    season, offset = aware.tzname() or zone, _local_offset(str(named.key), local)
    errs.warn(
        "merge.zone",
        f"{cell.where}: '{text.strip()}': {zone}, {GENERIC_NAMES[zone]}, is read as "
        f"{named.key}'s on {local:%Y-%m-%d}: {season} ({utc_offset(offset)}), printed so",
        table.mark(cell),
        f"to print it so without this warning, write {season} or {utc_offset(offset)} after "
        "the time; where the event's clock keeps another time (Arizona keeps MST all year, "
        "Saskatchewan CST), write its zone's name (America/Phoenix, America/Regina) or its "
        "offset",
    )
    return season


def _local_offset(zone: str, local: datetime) -> int:
    """An IANA zone's offset from UTC, in minutes, at its `local` date and time (Europe/Paris:
    120 in July, 60 in January): a flyer prints a time with it (19:30 UTC+2)."""
    shift = local.replace(tzinfo=iana_zone(zone)).utcoffset()
    return int(shift.total_seconds()) // 60 if shift is not None else 0


def _ambiguous_zone(
    cell: Cell, text: str, zone: str, dated: Cell | None, table: Table, errs: Collector
) -> None:
    """A `merge.zone` warning at a time cell whose zone is an abbreviation of several offsets
    in the tz database (19:30 IST: India's UTC+5:30, Ireland's summer UTC+1, Israel's UTC+2):
    it is printed as written, and a reader elsewhere (an online event's) may take it for
    another. None where the row's date is in UTC (`_utc_date` names it there, once)."""
    offsets = zone_offsets(zone)
    stamp = utc_stamp(_text(dated)) if dated is not None else None
    if len(offsets) < 2 or stamp is not None and stamp.time() != time(0):
        return
    clock = time_zone(text)[0].strip()
    errs.warn(
        "merge.zone",
        f"{cell.where}: '{text.strip()}': {zone} is {said_offsets(offsets)} in the tz "
        "database: it is printed as written, and a reader elsewhere may take it for another",
        table.mark(cell),
        f"write the event's offset from UTC after the time instead (e.g. {clock} "
        f"{utc_offset(max(offsets))}), or the tz database's name of its place's zone "
        "(Region/City: Europe/Paris)",
    )


def _zone(cell: Cell) -> str:
    """The time zone written after a time cell's time (`time_zone`), "" for none."""
    return time_zone(cell.value)[1] if isinstance(cell.value, str) else ""


def _starts(cell: Cell) -> tuple[Hours, str] | None:
    """A time cell's start and end (`_time`) and its zone (`_zone`); None when it gives no
    time (its problems are named where the cell is read)."""
    value = time_zone(cell.value)[0] if isinstance(cell.value, str) else cell.value
    hours = _time(replace(cell, value=value), lambda *_: None)
    return None if hours is None else (hours, _zone(cell))


def _said_time(hours: Hours, zone: str) -> str:
    """Hours and a zone as a message names them: 18:30, 18:00-20:00 UTC."""
    start, end = hours
    return f"{start:%H:%M}" + (f"-{end:%H:%M}" if end else "") + (f" {zone}" if zone else "")


def _two_starts(start: Cell, time_cell: Cell, table: Table, errs: Collector) -> None:
    """A `merge.time` warning at a date-and-time cell (`start`: its time) whose row's time
    cell, which is the start, says another time: another start, or not its end or zone
    (which are lost). Which the organiser meant is not known; none when the time cell says
    the same, or more (an end, a zone)."""
    ours, theirs = _starts(start), _starts(time_cell)
    if ours is None or theirs is None:
        return
    (begins, ends), zone = ours
    (other_begins, other_ends), other_zone = theirs
    if begins == other_begins and ends in (None, other_ends) and zone in ("", other_zone):
        return
    errs.warn(
        "merge.time",
        f"{start.where}: its time ({_said_time(*ours)}) is not the time cell's "
        f"({_said_time(*theirs)}): the time cell's is used",
        table.mark(start),
        "write the start in one of the two cells (empty the time cell to use this one), or "
        "the same time in both",
    )


def _date(
    cell: Cell,
    bad: Bad,
    order: str | None = None,
    year: int = 2024,
    months: dict[str, int] | None = None,
) -> date | None:
    """A date cell's date: a spreadsheet's date, YYYY-MM-DD (or 2027年7月30日, CJK_DATE), a
    numeric date in the table's order (`SheetDates.convention`: a Thai sheet's day first
    where its dates do not tell), or a day, a month's name of `months`
    (_month_names: the row's languages' and English) and a year (30 de julio de 2027, July
    30th, 2027, 30 июля 2027 г.); any script's digits. Each other spelling is named with
    what to write instead, its example in the date's likely year (`year`: the campaign's,
    when the text gives none)."""
    thai = BUDDHIST_ERA in (months or {}).values()  # a Thai row's or sheet's: _record
    value = cell.value
    if isinstance(value, date):  # a datetime too; Thai Excel's 30/7/2569 is 2569's
        return _in_common_era(
            value if not isinstance(value, datetime) else value.date(), cell, bad, thai
        )
    text = _text(cell)
    if not text:
        return None
    plain = _ascii_digits(BIDI_MARKS.sub("", text))  # CLDR ar's medium: 30‏/07‏/2026
    iso = YEAR_FIRST.fullmatch(plain) or CJK_DATE.fullmatch(plain)  # 2026/07/30 too
    numeric = NUMERIC_DATE.fullmatch(plain) or (thai and SHORT_BUDDHIST_DATE.fullmatch(plain))
    if numeric and len(numeric[3]) == 2:  # CLDR th's short date, d/M/yy: 30/7/70 is 2570's
        plain = f"{numeric[1]}/{numeric[2]}/{BUDDHIST_CENTURY + int(numeric[3])}"
        numeric = NUMERIC_DATE.fullmatch(plain)
    if iso:
        y, m, d = _common_year(int(iso[1]), thai), int(iso[2]), int(iso[3])
    elif numeric and order in ("dmy", "mdy"):
        a, b, y = int(numeric[1]), int(numeric[2]), _common_year(int(numeric[3]), thai)
        d, m = (a, b) if order == "dmy" else (b, a)
    elif numeric:  # the column does not tell (or tells both ways): the date itself may
        a, b, y = int(numeric[1]), int(numeric[2]), _common_year(int(numeric[3]), thai)
        readings = _readings(a, b, y)
        if len(readings) == 1:  # 30/07/2026 is only 30 July
            return _in_common_era(readings[0], cell, bad, thai, text)
        if not readings:
            bad(cell, f"'{text}' is not a date either way (day first or month first)")
            return None
        why = (
            "the column has dates written day first (30/07) and month first (07/30)"
            if order == "mixed"
            else "no date in the column tells which"
        )
        shown = " or ".join(r.isoformat() for r in readings)
        bad(
            cell,
            f"'{text}' may be day first or month first, and {why}: write it as YYYY-MM-DD "
            f"({shown})",
        )
        return None
    elif re.fullmatch(r"\d{5}(?:\.\d+)?", plain) and 20000 <= float(plain) < 80000:
        # a spreadsheet's day number, the cell not formatted as a date (Excel and LibreOffice
        # count from 1899-12-30: 46233 is 2026-07-30); a CSV keeps the number
        day = date(1899, 12, 30) + timedelta(days=int(float(plain)))
        bad(
            cell,
            f"'{text}' is not a date but a spreadsheet's day number ({day.isoformat()}?)",
            "format the column as a date in the spreadsheet before saving, or write "
            f"{day.isoformat()}",
        )
        return None
    else:
        named = _named_date(plain, months or {})
        if named is None or named[0] is None:
            example = _date_example(plain, year, order)
            if named is not None:  # 30 de julio: a day and a month, no year
                try:  # 31 February: no such day, in any year
                    example = date(year, named[1], named[2]).isoformat()
                except ValueError:
                    pass
                bad(cell, f"'{text}' has no year: write it as YYYY-MM-DD, e.g. {example}")
                return None
            bad(
                cell,
                f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. {example}",
                *_date_hints(example, months or {}),
            )
            return None
        y, m, d = named[0], named[1], named[2]
    try:
        return _in_common_era(date(y, m, d), cell, bad, thai, text)
    except ValueError:
        bad(cell, f"'{text}' is no day of the calendar (year {y}, month {m}, day {d})")
        return None


def _other_order(
    cell: Cell,
    day: date,
    dates: SheetDates,
    codes: tuple[str, ...],
    kit: Kit,
    table: Table,
    errs: Collector,
) -> None:
    """Warn (`merge.date-order`) of a numeric date read in the order its sheet's language
    writes (SheetDates.said_order: its dates telling none) that may be the other way round
    (a day and a month of 12 or less, 05/07/2026) in the row's language: none of the row's
    languages writes the sheet's order for certain (`numeric_order`), and one of them may
    write the other (`numeric_orders`: English, US month first, on a Thai sheet)."""
    said = dates.said_order
    if dates.order is not None or said is None or isinstance(cell.value, date):
        return
    if any(numeric_order(code) == said for code in codes):
        return
    others = [c for c in codes if numeric_orders(c) - {said}]
    found = NUMERIC_DATE.fullmatch(_ascii_digits(_text(cell))) or SHORT_BUDDHIST_DATE.fullmatch(
        _ascii_digits(_text(cell))
    )
    if not others or found is None or int(found[1]) > 12 or int(found[2]) > 12:
        return
    try:
        other = day.replace(month=day.day, day=day.month)
    except ValueError:
        return
    if other == day:
        return
    other_way = next(o for o in ("dmy", "mdy") if o != said)
    name = _name(kit, others[0])
    errs.warn(
        "merge.date-order",
        f"{cell.where}: '{_text(cell)}' is read {ORDER_NAMES[said]}, {day.isoformat()}, as "
        f"{dates.said_by} writes dates; a row in {name} may write it "
        f"{ORDER_NAMES[other_way]}, {other.isoformat()}",
        table.mark(cell),
        f"write it as YYYY-MM-DD: {day.isoformat()} or {other.isoformat()}",
    )


def _common_year(year: int, thai: bool) -> int:
    """A written date's `year` in the common era: a Thai row's (`thai`) of the Buddhist era
    (BUDDHIST_YEARS: Thailand's official dating, which Thai Excel writes in a numeric date,
    30/7/2569) less 543, before its day is made (29/2/2567 is 2024's leap day); any other as
    written (`_in_common_era` names a Buddhist era's year on another row)."""
    return year + BUDDHIST_ERA if thai and year in BUDDHIST_YEARS else year


def _in_common_era(
    day: date, cell: Cell, bad: Bad, thai: bool, text: str | None = None
) -> date | None:
    """`day` as read, in the common era: a year of the Buddhist era (2443 to 2642, BUDDHIST_
    YEARS) is read as it in a Thai row (`thai`: Thai Excel keeps a date cell typed as
    30/7/2569 as the year 2569; any row of a Thai sheet, SheetDates.thai), and is an error in
    any other row (an event in 2569 of the
    common era is a Buddhist year's, 2026: the flyer printed it as "ค.ศ. 2569", an
    organiser's trial). Other years are as written. `text`: the cell's as written (a date
    cell's is its ISO date)."""
    if day.year not in BUDDHIST_YEARS:
        return day
    try:
        common = day.replace(year=day.year + BUDDHIST_ERA)
    except ValueError:  # 29 February of a leap year of the one era, not of the other
        bad(
            cell,
            f"'{text or day.isoformat()}' is no day of the calendar (the Buddhist "
            f"era's {day.year} is {day.year + BUDDHIST_ERA}, not a leap year)",
        )
        return None
    if thai:
        return common
    bad(
        cell,
        f"'{text or day.isoformat()}' is in {day.year}, a year of the Buddhist era "
        f"({day.year + BUDDHIST_ERA} of the common era), on a row not in Thai: write it as "
        f"YYYY-MM-DD, e.g. {common.isoformat()}",
        "a Buddhist era's year is read on a row in Thai (language th), and on every row "
        "of a sheet with one or with a header in Thai",
    )
    return None


# the invisible marks of a text's direction, LEFT-TO-RIGHT, RIGHT-TO-LEFT and ARABIC LETTER
# MARK, which CLDR's patterns write between a date's numbers (ar's medium date dd‏/MM‏/y)
BIDI_MARKS = re.compile("[\u200e\u200f\u061c]")

# what a date written with a month's name may hold besides its day, month and year: the
# words that join them (30 de julio de 2027, le 30 juillet 2027, the 30th of July 2027)
DATE_WORDS = frozenset({"de", "del", "of", "the", "le", "el", "em"})
# a day's ordinal ending: 30th, 1st, 1er, 1º, 1.º (taken off before the words are read)
# (º and ª are o and a once folded: _folded's NFKD)
ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|re|e|\.?[oºaª])(?![^\W\d_])", re.IGNORECASE)


# What a word of `_month_names` is besides a month (1 to 12): a word that joins a date's
# parts (0), the word before a month's number (-1: Vietnamese tháng 7, CLDR vi's month
# names), the common era's (-2: Thai ค.ศ., CLDR's eras) and the Buddhist era's (-543).
JOINING, MONTH_NUMBER, COMMON_ERA = 0, -1, -2
# The Buddhist era's year is the common era's plus 543 (พ.ศ. 2570 is 2027): CLDR's
# supplemental calendarData, its buddhist era 0 starting -542-01-01; its abbreviation พ.ศ.
# is CLDR th.xml's (calendar type="buddhist", eraAbbr), which Babel, loading the Gregorian
# calendar alone, does not give. A Thai row's year of 2443 to 2642 without ค.ศ. is the
# Buddhist era's (Thailand's official dating): 1900 to 2099 in the common era.
BUDDHIST_ERA = -543
BUDDHIST_YEARS = range(1900 - BUDDHIST_ERA, 2100 - BUDDHIST_ERA)  # 2443 to 2642
# CLDR th's short date of the Buddhist calendar (th.xml, calendar type="buddhist",
# dateFormatLength type="short": d/M/yy) writes the year's last two digits: 30/7/70 is 2570;
# and its medium date (d MMM y) is written so too, 30 ก.ค. 70, as Thai offices do
SHORT_BUDDHIST_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})")
BUDDHIST_CENTURY = 2500
ERA_WORDS = {"th": "พ.ศ."}
# the words of a language's date that CLDR's patterns leave out, that `_month_names` reads as
# joining words for it: Vietnamese ngày (day) and năm (year), as Vietnam's Decree 30/2020/
# NĐ-CP (Appendix I) dates a document, "ngày 30 tháng 7 năm 2027" (CLDR vi.xml's dateFields
# display names Ngày and Năm); Thai วันที่ (the day's date), CLDR th's full pattern's
# "EEEEที่ d" without the day's name
OWN_DATE_WORDS = {"vi": ("ngày", "năm"), "th": ("วันที่",)}
# a MONTH_NUMBER word as CLDR writes it, its accents kept (the folded tháng is thang)
RAW_WORDS: dict[str, str] = {}


def _named_date(plain: str, months: dict[str, int]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a date written with a month's name of `months` (folded
    names: _month_names), or a month's number after its word (30 tháng 7 năm 2027), a day
    of 1 to 31 and a year of 1900 to 2099 (a Thai row's Buddhist era's, 2443 to 2642, or
    one after พ.ศ.: BUDDHIST_ERA), in any order, with nothing else but DATE_WORDS, an era's
    words and punctuation; None for any other text (a word that is no month's name or is
    one of two months, two numbers of a kind, no day)."""
    if not months:
        return None
    words = _date_words(ORDINAL.sub("", _folded(plain)))
    numbered = [
        int(after)
        for w, after in zip(words, words[1:], strict=False)
        if months.get(w) == MONTH_NUMBER and after.isdigit() and 1 <= int(after) <= 12
    ]
    kinds = {months.get(w) for w in words if not w.isdigit() and w not in DATE_WORDS}
    # a name of several words names its month in each (ar.yaml's تموز/يوليه)
    month = {k for k in kinds if k is None or k > 0} | set(numbered)
    numbers = [w for w in words if w.isdigit()]
    if numbered:  # tháng 7 (or 07): its number is the month's, not a day's
        numbers.pop(next(i for i, n in enumerate(numbers) if int(n) == numbered[0]))
    buddhist = BUDDHIST_ERA in kinds or (
        BUDDHIST_ERA in months.values() and COMMON_ERA not in kinds
    )
    first = 1900 - BUDDHIST_ERA if BUDDHIST_ERA in kinds else 1900
    last = 2099 - BUDDHIST_ERA if buddhist else 2099
    years = [int(n) for n in numbers if len(n) == 4 and first <= int(n) <= last]
    if buddhist and len(numbers) == 2 and all(len(n) <= 2 for n in numbers):
        # 30 ก.ค. 70: the Buddhist era's year in two digits (SHORT_BUDDHIST_DATE), after
        # the day (CLDR th's dates all write the day first)
        years = [BUDDHIST_CENTURY + int(numbers[1])]
        numbers = [numbers[0], str(years[0])]
    days = [int(n) for n in numbers if len(n) <= 2 and 1 <= int(n) <= 31]
    named = month.pop() if len(month) == 1 else None
    if named is None or len(days) != 1:
        return None
    if len(numbers) != len(years) + 1 or len(years) > 1:
        return None
    year = years[0] if years else None
    if year is not None and year > 2099:  # the Buddhist era's
        year += BUDDHIST_ERA
    return year, named, days[0]


def _pattern_words(pattern: str) -> str:
    """The words a CLDR date pattern writes besides its fields: those in its quotes (ru's
    'г'.) and those outside them, letters that are no field's (only ASCII letters are: hy's
    "y թ. MMMM d" writes թ. unquoted, and the Armenian date the kit prints, 2026 թ. հուլիսի
    30, was not a date)."""
    quoted = re.findall(r"'([^']+)'", pattern)
    bare = re.sub(r"'[^']*'|[A-Za-z]+", " ", pattern)
    return " ".join([*quoted, bare])


def _date_words(text: str) -> list[str]:
    """The words and the numbers of a date as written, in order: runs of letters with their
    marks, and runs of digits; anything else parts them. A Khmer or Lao month's vowel signs
    are marks, which a regular expression's \\w leaves out: សីហា (August) fell apart
    into pieces that other months share, and no Khmer or Lao date was read. A dot between
    letters keeps them one word (ก.ค., July: its pieces ก and ค begin other months' too)."""
    words: list[str] = []
    run: list[str] = []
    kind = ""
    for at, char in enumerate(text):
        now = "digit" if char.isdigit() else "word" if unicodedata.category(char)[0] in "LM" else ""
        if char == "." and kind == "word" and text[at + 1 : at + 2].isalpha():
            now = "word"  # a dotted abbreviation is one word: Thai ก.ค., Lao ກ.ລ., ค.ศ.
        if now != kind and run:
            words.append("".join(run))
            run = []
        kind = now
        if now:
            run.append(char)
    if run:
        words.append("".join(run))
    return words


def _date_hints(example: str, months: dict[str, int]) -> tuple[str, ...]:
    """The hint of a date not read: the other spellings a date cell is read in (the
    numeric ones, _date, and a month's name when `months` has names), in `example`'s day."""
    from babel import Locale

    y, m, d = (int(part) for part in example.split("-"))
    month = Locale("en").months["format"]["wide"][m]
    forms = [
        f"{d:02d}/{m:02d}/{y} (day first)",
        f"{m:02d}/{d:02d}/{y} (month first; with a day of 12 or less, only when another date "
        "of the column tells which comes first)",
    ]
    if months:
        forms.append(f"{d} {month} {y} (a month's name in English or the row's language)")
    numbered = [RAW_WORDS.get(w, w) for w, k in months.items() if k == MONTH_NUMBER]
    if numbered:  # vi: 30 tháng 7 năm 2027
        word = max(numbered, key=len)
        forms.append(f"{d} {word} {m} {y} (the month's number after its word)")
    if BUDDHIST_ERA in months.values():  # th: 2570 is 2027
        forms.append(f"a year of the Buddhist era ({y - BUDDHIST_ERA}, พ.ศ. {y - BUDDHIST_ERA})")
    if len(forms) == 2:  # the numeric forms alone
        return ("also read: " + ", ".join(forms),)
    return ("also read: " + ", ".join(forms[:-1]) + " and " + forms[-1],)


def _month_names(languages: Iterable[str], kit: Kit) -> dict[str, int]:
    """The months' names (folded: _folded) of `languages` and English, to the months'
    numbers: CLDR's (wide and abbreviated, as a date and alone) and a strings file's
    `months:`; a name two months share (pt's out. for outubro, ht's out for August) is
    left out, as is a name with digits (CLDR root's M07)."""
    own = tuple((c, kit.languages[c].months if c in kit.languages else ()) for c in languages)
    return _names_of_months((("en", ()), ("en-GB", ()), *own))  # en-GB: Sept


@functools.cache
def _names_of_months(languages: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, int]:
    from babel import Locale, UnknownLocaleError

    found: dict[str, set[int]] = {}
    joining: set[str] = set()
    numbered: set[str] = set()  # MONTH_NUMBER's words
    common: set[str] = set()  # COMMON_ERA's
    buddhist: set[str] = set()  # BUDDHIST_ERA's
    for code, own in languages:
        names: list[tuple[int, str]] = [(n + 1, name) for n, name in enumerate(own)]
        eras: list[str] = []
        try:
            locale = Locale.parse(code.replace("-", "_"))
            contexts = list(locale.months.values())
            patterns = [locale.date_formats[w].pattern for w in ("long", "medium")]
            eras = [locale.eras[w][1] for w in ("abbreviated", "wide")]  # ค.ศ., SCN
        except (UnknownLocaleError, ValueError, KeyError):
            contexts, patterns = [], []
        for context in contexts:
            for width in ("wide", "abbreviated"):
                names += list(context.get(width, {}).items())
        mine: dict[str, set[int]] = {}
        for month, name in names:
            words = _date_words(_folded(name))
            if len(words) > 1 and words[-1].isdigit() and int(words[-1]) == month:
                # tháng 7, thg 7 (CLDR vi's): the words before a month's number
                for word, raw in zip(words[:-1], _date_words(name.casefold()), strict=False):
                    if len(word) > 1 and word.isalpha():
                        numbered.add(word)
                        RAW_WORDS.setdefault(word, raw)  # tháng, for the hint
                continue
            for word in words:
                if not any(c.isdigit() for c in word):
                    mine.setdefault(word, set()).add(month)
        for era in eras:
            common.update(_date_words(_folded(era)))
        base = code.split("-")[0]
        buddhist.update(_date_words(_folded(ERA_WORDS.get(base, ""))))
        for word in OWN_DATE_WORDS.get(base, ()):
            joining.update(_date_words(_folded(word)))
        for word, months in mine.items():  # d' of Catalan's d'agost and d'abril: a joiner
            (joining.add(word) if len(months) > 1 else found.setdefault(word, set()).update(months))
        for pattern in patterns:  # CLDR's words of a date: ru's 'г'. (год), hy's թ.
            joining.update(_date_words(_folded(_pattern_words(pattern))))
    named = {word: next(iter(ms)) for word, ms in found.items() if len(ms) == 1}
    others = {
        **dict.fromkeys(joining, JOINING),
        **dict.fromkeys(numbered, MONTH_NUMBER),
        **dict.fromkeys(common, COMMON_ERA),
        **dict.fromkeys(buddhist, BUDDHIST_ERA),
    }
    return {**{w: k for w, k in others.items() if w not in named}, **named}


# What parts a row's language codes: commas (the Arabic comma ، and the ideographic 、 and
# ，, as an Arabic or Chinese keyboard types them: `ar، ur` was read as the code "ar،"),
# semicolons (`en;fr`, a spreadsheet's list separator in many countries) and spaces
LANGUAGE_LIST = re.compile(r"[,\u060c\u3001\uff0c;\uff1b\s]+")

# A time zone written after a time, as an online event's organiser writes it: UTC or GMT with
# an offset of -12:00 to +14:00 (UTC+2, GMT-05:00; FIRST_OFFSET), or one of ZONE_NAMES
# ("19:30 CEST" was "not a time": an organiser's trial). Other words stay part of the time,
# and are named.
ZONE = re.compile(
    r"\s+((?:UTC|GMT)(?:\s?([+\-\u2212])(\d{1,2})(?::?([0-5]\d))?)?|[A-Z]{2,5}"
    r"|[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+)$",  # an IANA zone's name: Europe/Paris
    re.IGNORECASE,
)
# Zone abbreviations as the IANA time zone database gives them (tzdata, its `northamerica`,
# `europe`, `africa`, `asia` and `australasia` files), and North America's generic ones (ET,
# CT, MT, PT) that events announce; a word such as TBC or NOON is none
ZONE_NAMES = frozenset(
    "UTC GMT WET WEST BST IST CET CEST EET EEST MSK TRT GST PKT NPT ICT WIB WITA WIT SGT "
    "HKT PHT CST JST KST AEST AEDT ACST ACDT AWST NZST NZDT EAT CAT WAT SAST EST EDT CDT "
    "MST MDT PST PDT AKST AKDT HST ET CT MT PT AST ADT NST NDT".split()
)
# North America's generic zone names, as organisers write them ("6 pm ET"), which the tz
# database does not abbreviate: the region's time in either season, read as the tz database's
# principal zone of the region (its zone1970.tab: America/New_York "Eastern (most areas)",
# Chicago "Central (most areas)", Denver "Mountain (most areas)", Los_Angeles "Pacific") on
# the event's day: ET is EDT (UTC-4) on 30 July, EST (UTC-5) on 30 January
GENERIC_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
GENERIC_NAMES = {
    "ET": "Eastern Time",
    "CT": "Central Time",
    "MT": "Mountain Time",
    "PT": "Pacific Time",
}
# The days on which the tz database's abbreviations are read (`zone_abbreviations`): winter
# and summer of the years around the kit's campaigns
ZONE_SAMPLES = tuple(datetime(y, m, 15, 12) for y in (2025, 2026, 2027) for m in (1, 7))


@functools.cache
def zone_abbreviations() -> dict[str, frozenset[int]]:
    """The time zone abbreviations of the IANA tz database (as Python's zoneinfo reads it:
    the system's, or the tzdata package's), written in letters (CEST, IST; not +0545), to
    the offsets from UTC, in minutes, that its zones give them in ZONE_SAMPLES: CEST is
    {120}; IST {60, 120, 330} (Ireland's summer, Israel's, India's); CST {-360, -300, 480}
    (North America's centre, Cuba, China). Empty where no tz database is found."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    found: dict[str, set[int]] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/")):
            continue
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        for when in ZONE_SAMPLES:
            local = when.replace(tzinfo=zone)
            abbreviation, offset = local.tzname(), local.utcoffset()
            if abbreviation and abbreviation.isalpha() and abbreviation.isupper() and offset:
                found.setdefault(abbreviation, set()).add(int(offset.total_seconds()) // 60)
            elif abbreviation in ("GMT", "UTC"):
                found.setdefault(abbreviation, set()).add(0)
    return {name: frozenset(offsets) for name, offsets in found.items()}


@functools.cache
def iana_zone(name: str) -> Any:
    """The IANA tz database's zone of `name` (Europe/Paris; its case aside: europe/paris), as
    a zoneinfo.ZoneInfo; None for no zone's name, or without a tz database."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    if "/" not in name:
        return None
    names = {n.casefold(): n for n in available_timezones()}
    try:
        return ZoneInfo(names[name.casefold()]) if name.casefold() in names else None
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone_offsets(zone: str) -> frozenset[int]:
    """The offsets from UTC, in minutes, that a zone's abbreviation has in the tz database
    (`zone_abbreviations`); empty for a name it has not (ET, GST) or a zone's own name."""
    return zone_abbreviations().get(zone.upper(), frozenset())


def said_offsets(offsets: Iterable[int]) -> str:
    """Offsets from UTC as a message names them: UTC+1, UTC+2 or UTC+5:30."""
    names = [utc_offset(m) for m in sorted(offsets)]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)


# what an organiser writes for a time not known yet: no time (the cell is left empty)
UNCONFIRMED = frozenset({"TBC", "TBA", "TBD"})


# A time as ISO 8601 writes it (its 5.3.1 to 5.3.4; RFC 3339's, as JSON exports, Google Forms
# and JavaScript's toISOString write it): HH:MM, its seconds and their fraction (dropped: a
# flyer shows minutes), then Z (UTC) or the offset from UTC (+02:00, -0500, +05)
ISO_TIME = re.compile(
    r"([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d(?:[.,]\d+)?)?"
    r"(?:(Z)|([+\-\u2212])(\d{2})(?::?([0-5]\d))?)?",
    re.IGNORECASE,
)
# The offsets from UTC that clocks keep: every zone of the IANA time zone database has been
# from -12:00 (Etc/GMT+12; Pacific/Kwajalein until 1993) to +14:00 (Etc/GMT-14; Pacific/
# Kiritimati since 1995, tzdata's `australasia` file) since 1980, as Python's zoneinfo reads
# tzdata 2025b over all its 599 zones, every third day. ISO 8601 writes others (+15:00,
# -13:00, +14:30), which no event's clock shows: a typo, or a time written as an offset.
FIRST_OFFSET, LAST_OFFSET = -12 * 60, 14 * 60


def iso_time(text: str, dated: bool = False) -> tuple[str, str] | None:
    """An ISO 8601 time (ISO_TIME) as HH:MM and its zone as the flyer shows it, as an
    organiser writes one (Z, +00:00: "UTC"; +02:00: "UTC+2"; -05:30: "UTC-5:30"; "" for
    none); None for a text that is not one, or that is HH:MM alone. An offset after a minus
    is one only after seconds, or in a `dated` text (the date, T, the time): 18:00-05:00
    alone is a range. An offset beyond -12:00 or +14:00 is no clock's: None (`stray_offset`
    names it)."""
    found = ISO_TIME.fullmatch(text.strip())
    if found is None or not (found[3] or found[4] or found[5]):
        return None
    clock = f"{int(found[1]):02d}:{found[2]}"
    if not found[5]:
        return clock, "UTC" if found[4] else ""
    minus = found[5] != "+"
    if minus and not (found[3] or dated):
        return None
    offset = _offset_minutes(found[5], found[6], found[7])
    if not FIRST_OFFSET <= offset <= LAST_OFFSET:
        return None
    return clock, utc_offset(offset)


def _offset_minutes(sign: str, hours: str, minutes: str | None) -> int:
    """An offset from UTC as written (its sign, "+" or a minus; its hours; its minutes or
    None), in minutes: "-", "05", "30" is -330."""
    return (int(hours) * 60 + int(minutes or 0)) * (1 if sign == "+" else -1)


def utc_offset(minutes: int) -> str:
    """An offset from UTC, in minutes, as an organiser writes a zone: UTC (-00:00 too: RFC
    3339's UTC), UTC+2, UTC-5:30."""
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours}" + (f":{rest:02d}" if rest else "")


def time_zone(text: str, dated: bool = False) -> tuple[str, str]:
    """A time cell's text without the time zone written after it, and the zone as written
    ("19:30 CEST": "19:30", "CEST"), or as an ISO 8601 time's shows it (`iso_time`, its
    seconds dropped: "18:30:00Z": "18:30", "UTC"); the text and "" when it has none."""
    iso = iso_time(text, dated)
    if iso is not None:
        return iso
    found = ZONE.search(text.strip())
    if found is None:
        return text, ""
    zone = found[1].upper()  # 19:30 cest, as typed in a hurry
    if _zone_offset(found) is False:
        return text, ""  # UTC+99: no offset of a clock (`stray_offset` names it)
    if "/" in zone:  # Europe/Paris: as the tz database names it
        named = iana_zone(found[1])
        if named is None:
            return text, ""
        zone = str(named.key)
    elif not zone.startswith(("UTC", "GMT")) and zone not in ZONE_NAMES and not zone_offsets(zone):
        return text, ""
    rest = text.strip()[: found.start()]
    # the zone after the start too (18:00 CEST-20:00 CEST): written once is enough
    before_dash = re.compile(rf"\s+{re.escape(found[1])}(?=\s*[-\u2010-\u2015\u2212~])", re.I)
    return before_dash.sub("", rest), zone


def _zone_offset(found: re.Match[str]) -> int | bool | None:
    """A ZONE match's offset from UTC in minutes (UTC+5:30: 330), None when it writes none
    (CEST, UTC), False when it is no clock's (UTC+15, GMT-13, UTC+14:30: beyond FIRST_OFFSET
    to LAST_OFFSET)."""
    if found[3] is None:
        return None
    offset = _offset_minutes(found[2], found[3], found[4])
    return offset if FIRST_OFFSET <= offset <= LAST_OFFSET else False


def stray_offset(text: str) -> tuple[str, str] | None:
    """The offset from UTC written after a time when it is no clock's (beyond FIRST_OFFSET to
    LAST_OFFSET), as written, and the text without it: ISO 8601's "10:00+25:00" ("+25:00",
    "10:00"), a minus one only after seconds ("10:00:00-13:00"; "10:00-13:00" is a range,
    with a date before it too, as `iso_time` reads one beyond -12:00); "19:30 UTC+15"
    ("UTC+15", "19:30"). None for a text with no offset, or one a clock keeps."""
    text = text.strip()
    found = ISO_TIME.fullmatch(text)
    if found is not None and found[5]:
        offset = _offset_minutes(found[5], found[6], found[7])
        if FIRST_OFFSET <= offset <= LAST_OFFSET or offset < 0 and not found[3]:
            return None  # without seconds, -13:00 is an end, as -20:00 is (`iso_time`)
        return text[found.start(5) :], text[: found.start(5)]
    zone = ZONE.search(text)
    if zone is not None and _zone_offset(zone) is False:
        return zone[1], text[: zone.start()]
    return None


def _stray_offset_problem(text: str, with_date: bool = False) -> tuple[str, str] | None:
    """The message and hint for a cell's time whose offset from UTC no clock keeps
    (`stray_offset`), None for any other: `text` is a time cell's, or `with_date` a date
    and a time (2027-07-30T10:00+25:00)."""
    text = text.strip()
    clock = _date_then_time(text)[1] if with_date else text
    stray = stray_offset(clock)
    if stray is None:
        return None
    offset, before = stray
    kept = text[: len(text) - len(clock)] + before  # the date and the time, the offset gone
    iso = offset[:1] in "+-\u2212"
    return (
        f"'{text}' has the offset {offset}, which no time zone has: offsets from UTC "
        "run from -12:00 to +14:00",
        f"write the offset of the event's place (e.g. {'+02:00' if iso else 'UTC+2'} or "
        f"{'-05:00' if iso else 'UTC-5'}), or its local time without one: {kept.strip()}",
    )


# What joins a range's start and end (18:00-20:00, 18:00 – 20:00, 18時～20時 as typed): a hyphen,
# an en or em dash, a minus sign, a tilde (CJK ranges: a wave dash or a fullwidth tilde)
RANGE = re.compile(r"\s*[-\u2010-\u2015\u2212~\u301c\uff5e]\s*")
TIME_HINT = "write it as HH:MM (24 h), e.g. 18:30, or a range, e.g. 18:00-20:00"
Hours = tuple[time, time | None]  # an event's start, and its end when it has one


def _said(cell: Cell) -> str | None:
    """Whether a time cell's text says am or pm ("am", "pm"), is written as a 24-hour time
    ("": 6:30, which an end's pm may still move) or is an hour alone (None); "24" for a
    spreadsheet's time cell, a time of the day as it is."""
    if isinstance(cell.value, (time, datetime)):
        return "24"  # a spreadsheet's time: never read in another half of the day
    found = _clock(_ascii_digits(_text(cell)).strip(), bare=True)
    return "" if found is None else found[1]


def _time(cell: Cell, bad: Bad, hint: str = TIME_HINT, at_end: bool = False) -> Hours | None:
    """A time cell's start and end: a spreadsheet's time, a time as people write it
    (`_clock`), or a range of two (18:00-20:00, 6-8 pm: a first half without am or pm takes
    the second's, unless that would put it after the end, 11-1 pm). An end before the start
    is the next day's (22:00-02:00), and so is 24:00, the day's end (an `at_end` cell's
    too: the end_time column's).
    Each other spelling is named with what to write."""
    value = cell.value
    if isinstance(value, datetime):
        return value.time(), None
    if isinstance(value, time):
        return value, None
    text = _text(cell)
    if not text:
        return None
    plain = _ascii_digits(text).strip()
    one = _clock(plain)
    if one is not None:
        return one[0], None
    if END_OF_DAY.fullmatch(plain):
        if at_end:
            return END_OF_DAY_TIME, None
        bad(
            cell,
            f"'{text}' is the end of a day, not a start",
            MIDNIGHT_START,
        )
        return None
    if UNCONFIRMED & set(re.findall(r"[A-Z]+", plain.upper())):  # 19:30 TBC, 19:30 (TBC)
        bad(
            cell,
            f"'{text}' is a time still to be confirmed",
            "leave the time empty until it is known (the flyer shows the date alone), then "
            "write it and merge again",
        )
        return None
    halves = RANGE.split(arabic_script.ranged(plain))  # fa: ۱۸:۳۰ تا ۲۰:۰۰
    if len(halves) != 2:
        bad(cell, *(arabic_script.refused(text, plain) or (f"'{text}' is not a time: {hint}",)))
        return None
    if END_OF_DAY.fullmatch(halves[0]):  # 24:00-02:00: the day's end as a start
        bad(
            cell,
            f"'{text}' starts at 24:00, the end of a day",
            MIDNIGHT_START,
        )
        return None
    first, second = _clock(halves[0], bare=True), _clock(halves[1])
    if second is None and END_OF_DAY.fullmatch(halves[1]):  # 24:00, the day's end (ISO 8601):
        second = (END_OF_DAY_TIME, "")  # the next day's 00:00, as 22:00-02:00 ends then
    if first is None or second is None or first[1] is None and not second[1]:
        bad(
            cell,
            f"'{text}' is not a time range: write it as HH:MM-HH:MM (24 h), e.g. 18:00-20:00",
        )
        return None
    if _pm_before(halves[0]) and second[1] == "" and second[0].hour < 12:
        # 오후 1:00-3:00, 午後1時-3時: the day period before the range is its end's too,
        # where that ends it after its start (오후 11:00-1:00 ends the next day, at 01:00)
        later = second[0].replace(hour=second[0].hour + 12)
        second = (later, "pm") if first[0] < later else second
    (start, said), (end, end_said) = first, second
    shifted = _start_by_end(start, said, end, end_said)
    if shifted is None:
        bad(cell, *_ambiguous_noon(text))
        return None
    start = shifted
    if start == end and isinstance(end, EndOfDay):  # 00:00-24:00
        bad(cell, f"'{text}' is the whole day", "leave the time empty: the date says the day")
        return None
    if start == end:
        bad(cell, f"'{text}' ends when it starts", "write its start and end, e.g. 18:00-20:00")
        return None
    return start, end


def _ambiguous_noon(text: str) -> tuple[str, str]:
    """The message and hint for a range that ends at 12 am, its start saying neither."""
    return (
        f"'{text}' may end at noon or at midnight: 12 am is midnight, and is often written "
        "for noon",
        "write it in 24 hours: 10:00-12:00 for a morning, 22:00-00:00 for a night",
    )


def _start_by_end(start: time, said: str | None, end: time, end_said: str | None) -> time | None:
    """A range's start written without am or pm (6, 6:30) read in the end's half of the day
    when the end has one: 6-8 pm is 18:00-20:00, and 11-1 pm 11:00-13:00 (the end's pm would
    put the start after the end). A start that says am, pm or a 24-hour hour past 12 is
    kept. None when the end is 12 am and the start says nothing: 10-12 am is written for a
    morning, and reads as a night (22:00-00:00)."""
    if not end_said or said or not 1 <= start.hour <= 12:
        return start
    if end_said == "am" and end.hour == 0:
        return None
    pm = end_said == "pm"
    moved = time(start.hour % 12 + (12 if pm else 0), start.minute)
    if moved > end:  # 11-1 pm: 11 am
        moved = time(start.hour % 12 + (0 if pm else 12), start.minute)
    return moved


# An event that ends before it starts ends the next day (22:00-02:00); one that would last
# longer than this is more likely a range written end first (20:00-18:00)
NIGHT_HOURS = 12


def _next_day(hours: Hours, cells: dict[str, Cell], table: Table, errs: Collector) -> None:
    """A `merge.time` warning for a range that ends the next day more than NIGHT_HOURS after
    it starts, at the cell that gave the end (end_time's, else time's)."""
    start, end = hours
    assert end is not None
    minutes = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)
    if minutes <= NIGHT_HOURS * 60:
        return
    cell = cells["end_time"] if _text(cells.get("end_time")) else cells["time"]
    shown = f"{start:%H:%M} to {end:%H:%M}"
    midnight = ("12 am is midnight: for noon write 12 pm or 12:00",) if end == time(0) else ()
    errs.warn(
        "merge.time",
        f"{cell.where}: the event ends before it starts ({shown}): it is read as ending the "
        f"next day, {minutes // 60} h {minutes % 60:02d} later",
        table.mark(cell),
        *midnight,
        "if the start and the end are swapped, write the start first",
    )


# what to write for an event that starts at midnight (where 24:00 was written as its start)
MIDNIGHT_START = "for an event that starts at midnight, write 00:00 with the next day's date"


class EndOfDay(time):
    """24:00 as an event's end: the next day's 00:00 (equal to it, formatted as it), told
    apart from an end written 00:00 only where that matters: a range that ends then does
    not end "before it starts" (`_next_day`), and 00:00-24:00 is the whole day."""


END_OF_DAY_TIME = EndOfDay(0, 0)

# The end of a day written as ISO 8601 allows (its 4.2.3): 24:00, as an organiser writes "until
# midnight" (22:00-24:00 was "not a time range")
END_OF_DAY = re.compile(r"24(?:[:.]00(?::00)?|\s?h(?:\s?00)?)")


def _clock(text: str, bare: bool = False) -> tuple[time, str | None] | None:
    """One time as people write it, and its am or pm: HH:MM (and HH:MM:00, as a spreadsheet
    writes a time cell into a CSV), 20h00 and 20h (French), 9.30 ("" for these 24-hour
    times); 8am, 8:30 pm, 8.30 p.m., 8:00:00 AM (Google Sheets' CSV in English) ("am",
    "pm"); with `bare`, an hour alone, 6 (None: the
    start of a range, 6-8 pm). None for anything else."""
    # French writes "20 h", "20 h 30" too (a space each side of the h: an organiser's trial)
    match = re.fullmatch(r"([01]?\d|2[0-3])(?:[:.]([0-5]\d)(?::00)?|\s?h(?:\s?([0-5]\d))?)", text)
    if match is not None:
        return time(int(match[1]), int(match[2] or match[3] or 0)), ""
    twelve = re.fullmatch(
        r"(1[0-2]|0?[1-9])(?:[:.]([0-5]\d)(?::00)?)?\s*([ap])\.?\s*m\.?", text, re.IGNORECASE
    )
    if twelve is not None:
        pm = twelve[3].lower() == "p"
        return time(int(twelve[1]) % 12 + (12 if pm else 0), int(twelve[2] or 0)), (
            "pm" if pm else "am"
        )
    if bare and re.fullmatch(r"1[0-2]|0?[1-9]", text):
        return time(int(text), 0), None
    return _cjk_clock(text) or arabic_script.clock(text)  # 6:30 م, ۶ عصر, شام 6 بجے


# A time as Japanese, Korean and Chinese write it, with an hour's and a minute's character:
# CLDR ja's full time "H時mm分ss秒" and ko's "a h시 m분 s초" (13時, 13時30分, 1시 30분), the
# half hour as 半 or 반 (13時半, 1시 반); Chinese 点 (3点, as 下午3点 is written). Its half
# of the day, before it, is a CJK_LOCALES day period as CLDR names it (ko 오후, ja 午後, zh
# 下午: `_day_periods`), before a 12-hour time (ko's short time "a h:mm": 오후 1:00).
CJK_CLOCK = re.compile(r"(\d{1,2})\s*[時时시点點](?:\s*(?:([0-5]?\d)\s*[分분]|([半반])))?")
CJK_LOCALES = ("ja", "ko", "zh", "zh_Hant")


@functools.cache
def _day_periods() -> dict[str, str]:
    """The CJK_LOCALES' names of the two halves of a day (CLDR's day periods, format
    context, every width Babel gives), to "am" or "pm": 午前, 오후, 下午."""
    from babel import Locale

    found: dict[str, str] = {}
    for code in CJK_LOCALES:
        for names in Locale.parse(code).day_periods["format"].values():
            for half in ("am", "pm"):
                if names.get(half):
                    found[names[half]] = half
    return found


def _pm_before(text: str) -> bool:
    """Whether `text` begins with an afternoon's day period of `_day_periods` (오후, 午後)."""
    return any(text.startswith(n) for n, half in _day_periods().items() if half == "pm")


def _cjk_clock(text: str) -> tuple[time, str | None] | None:
    """A time with CJK_CLOCK's characters (13時30分: a 24-hour time, ""), or a time after a
    day period of `_day_periods` (오후 1:00, 午後1時, 下午3点: 0 to 12 hours, "am" or "pm");
    None for anything else."""
    half = next((name for name in _day_periods() if text.startswith(name)), None)
    rest = text[len(half) :].strip() if half else text
    found = CJK_CLOCK.fullmatch(rest)
    if found:
        hour, minute = int(found[1]), 30 if found[3] else int(found[2] or 0)
    elif half and (numeric := re.fullmatch(r"(\d{1,2})[:.]([0-5]\d)", rest)):
        hour, minute = int(numeric[1]), int(numeric[2])
    else:
        return None
    if half is None:
        return (time(hour, minute), "") if hour < 24 else None
    if hour > 12:  # 오후 13:00: a 24-hour time after a day period, not read
        return None
    pm = _day_periods()[half] == "pm"
    return time(hour % 12 + (12 if pm else 0), minute), _day_periods()[half]


def _end_time(cell: Cell, hours: Hours | None, time_cell: Cell | None, bad: Bad) -> Hours | None:
    """The `end_time` column's end joined to the time cell's start, the start read in the
    end's half of the day as in a range (`_start_by_end`: time 6:00, end_time 8 pm is
    18:00-20:00). An end without a start, or a range in the time cell as well, is named at
    the end_time cell."""
    if not _text(cell) and not isinstance(cell.value, (time, datetime)):
        return hours
    ends = _time(cell, bad, "write it as HH:MM (24 h), e.g. 20:00", at_end=True)
    if ends is None:
        return hours
    end, also = ends
    if also is None and hours is not None and hours[1] is None and time_cell is not None:
        start = _start_by_end(hours[0], _said(time_cell), end, _said(cell))
        if start is None:
            bad(cell, *_ambiguous_noon(f"{_text(time_cell)}-{_text(cell)}"))
            return hours
        hours = (start, None)
    if also is not None:
        bad(cell, f"'{_text(cell)}' is a range; end_time is the end alone, e.g. 20:00")
    elif hours is None:
        if time_cell is None or not _text(time_cell):
            bad(cell, "the event has an end_time but no time", "write its start in the time column")
    elif hours[1] is not None:
        bad(
            cell,
            f"the time cell's range ({_text(time_cell)}) has an end already",
            "keep the end in one of the two cells",
        )
    elif hours[0] == end and isinstance(end, EndOfDay):  # time 00:00, end_time 24:00
        bad(cell, "the event lasts the whole day", "leave the time and end_time empty")
        return hours
    elif hours[0] == end:
        bad(cell, f"the event ends when it starts ({end:%H:%M})", "write the end of the event")
    else:
        return hours[0], end
    return hours


def _photo(cell: Cell | None, images: Path | None, bad: Bad) -> Path | None:
    """The photo cell's file in the images folder: a JPEG or PNG inside it. A name written
    with Windows' backslashes (sub\\walk.jpg) is read with slashes. A file that is missing is
    named with the file of the same name in other capitals, or a near name; a HEIC or other
    image with the format to export it to."""
    name = _text(cell).replace("\\", "/")
    if not name or cell is None:
        return None
    if images is None:
        bad(cell, f"the photo '{name}' needs an images folder", "pass --images DIR")
        return None
    root = images.resolve()
    path = resolved(root / name)  # "bolívar" typed, its decomposed form on disk
    if not path.is_relative_to(root):
        bad(
            cell,
            f"the photo '{name}' is outside the images folder {images}",
            "name a file inside it",
        )
        return None
    if not path.is_file():
        bad(cell, f"no file '{name}' in {images}", *_near_names(path))
        return None
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        kind = "an iPhone's HEIC photo" if path.suffix.lower() in (".heic", ".heif") else None
        what = kind or f"a {path.suffix.lstrip('.').upper() or 'file without an ending'}"
        bad(
            cell,
            f"the photo '{name}' is {what}: a photo is a JPEG or PNG",
            "export it as JPEG (or PNG), and name that file here",
        )
        return None
    try:
        stat = path.stat()
    except OSError:
        return path  # gone meanwhile: the layout's check names it
    problem = _photo_problem(path, stat.st_mtime_ns, stat.st_size)
    if problem is not None:
        bad(cell, f"the photo '{name}' {problem[0]}", problem[1])
        return None
    return path


@lru_cache(maxsize=256)
def _photo_problem(path: Path, mtime_ns: int, size: int) -> tuple[str, str] | None:
    """(what is wrong, the fix) with a photo file, or None: empty or not an image, too many
    pixels to open safely, or cut short (`assets.cut_short`: an interrupted download or
    copy, which failed only while drawing, as an internal error), named at the row's cell.
    By the file's state: a photo that many rows name is read once."""
    from PIL import Image, UnidentifiedImageError

    from ..assets import cut_short

    again = "export or copy it again, as JPEG or PNG"
    try:
        with Image.open(path):
            pass
    except Image.DecompressionBombError as exc:
        return f"is too large to open safely ({exc})", "scale it down (300 ppi is enough)"
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        return ("is empty" if size == 0 else f"cannot be read ({exc})"), again
    cut = cut_short(path)
    if cut is not None:
        return cut, again
    if _invisible(path):
        return (
            "is transparent all over: nothing of it would print",
            "export it again with its picture (a PNG's layers flattened), or as JPEG",
        )
    return None


def _invisible(path: Path) -> bool:
    """Whether an image with transparency has no pixel that shows (alpha 0 everywhere): its
    frame printed empty, without a word (an organiser's trial)."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            if "A" not in im.getbands() and "transparency" not in im.info:
                return False
            alpha = im.convert("RGBA").getchannel("A")
    except (OSError, ValueError):
        return False  # _photo_problem names a file that cannot be read
    return alpha.getextrema()[1] == 0


# A folder's files are compared with a missing name's by a near match only up to this many:
# difflib over 10,000 names took 0.4 s a row, an hour for a merge of 10,000 rows
NEAR_NAMES_MAX = 500


def _near_names(path: Path) -> tuple[str, ...]:
    """A hint naming the file `path` likely means: the same name in other capitals (Walk2.JPG
    for walk2.jpg: one file on Windows and macOS, two names here), or a near one (in a folder
    of at most NEAR_NAMES_MAX files). The folder is listed once per state (`_listed`)."""
    try:
        stamp = path.parent.stat().st_mtime_ns
    except OSError:
        return ()
    by_case, names = _listed(path.parent, stamp)
    same = by_case.get(path.name.casefold())
    if same:
        return (f"did you mean '{same}'? the names differ in capitals",)
    return did_you_mean(path.name, names) if len(names) <= NEAR_NAMES_MAX else ()


@lru_cache(maxsize=8)
def _listed(folder: Path, stamp: int) -> tuple[dict[str, str], tuple[str, ...]]:
    """The files of `folder` (as of modification time `stamp`): by their casefold name, and
    all of them."""
    try:
        names = tuple(sorted(p.name for p in folder.iterdir() if p.is_file()))
    except OSError:
        names = ()
    return {n.casefold(): n for n in names}, names


# A merge reads its rows again at each pass (Records: check, plan, draw, stamp), and its events
# share dates and times: each (value, language) is formatted once per process, the 1,024 most
# recent kept (Babel's formatting was 80 of a row's 140 us, at each of five passes).
@lru_cache(maxsize=1024)
def _format(
    value: date | time | tuple[time, time],
    what: str,
    code: str,
    digits: str,
    months: tuple[str, ...] = (),
    region: str = "",
    clock: int | None = None,
) -> str:
    """A date (`what` "date", long: 30 July 2024), a time ("time", short: 18:30) or a range
    of two ("interval": 18:00–20:00, 6:00–8:00 PM, 18:00 – 20:00 as CLDR's interval formats
    write the language's hours) as `code` writes it, in `digits` (`_digits`); a date with the
    language's own month names (`months`, Language.months: CLDR's in their place). With a
    `region` (the row's, ISO 3166), as the language is written there where CLDR has it
    (en and US: July 30, 2024, 6:00–8:00 PM), else as the language's own. A time or a range
    counts the hours `clock` gives (12 or 24: Language.clock), where it gives them, in the
    locale's own form of such a time (`_clock_pattern`)."""
    from babel import Locale
    from babel.core import UnknownLocaleError
    from babel.dates import format_date, format_interval, format_time

    locale = _locale(code, region)
    clock = clock or _own_script_clock(locale)
    try:
        if what == "date":
            # a locale whose CLDR data has no month names writes the root's placeholders in
            # its long form (ht: "2026 M07 30"); its short form is the root's ISO date
            # (the language's own `months` then give a date day, month, year, as the UN
            # writes dates: 30 jiyè 2024)
            if isinstance(value, date) and solar_calendar(code, region):  # ۸ مرداد ۱۴۰۵
                return localise_digits(solar_long_date(value, code, region), digits, False)
            bare = _no_month_names(locale)
            long = "d MMMM y" if bare and months else "short" if bare else "long"
            if _buddhist_calendar(code, region) and isinstance(value, date):
                long = _buddhist_pattern(locale, value.year, code)
            text = format_date(value, format=long, locale=locale)  # type: ignore[arg-type]
            if months and isinstance(value, date):
                text = _own_month(text, value.month, locale, months[value.month - 1])
        elif what == "interval":
            assert isinstance(value, tuple)
            start, end = value
            skeleton = {12: "hm", 24: "Hm"}.get(clock or 0) or _hour_skeleton(locale)
            if end < start and skeleton == "hm":  # past midnight, 12-hour
                # clock: CLDR's interval shares a half-day mark its two times have alike (10
                # am to 0:30 am: "10:00 - 12:30 AM", a morning), though the end is the next
                # day's (an organiser's trial); each time is written whole
                joined = Locale.parse(locale).interval_formats.get(None) or "{0} - {1}"
                short = _clock_pattern(locale, clock) if clock else "short"
                text = joined.format(
                    format_time(start, format=short, locale=locale),
                    format_time(end, format=short, locale=locale),
                )
            else:
                text = format_interval(start, end, skeleton=skeleton, locale=locale)
        else:
            short = _clock_pattern(locale, clock) if clock else "short"
            text = format_time(value, format=short, locale=locale)  # type: ignore[arg-type]
    except (UnknownLocaleError, ValueError):
        if isinstance(value, tuple):
            text = f"{value[0]:%H:%M}\u2013{value[1]:%H:%M}"
        else:
            text = value.isoformat()[:10] if what == "date" else value.strftime("%H:%M")
    return localise_digits(text, digits, latin_text=False)  # CLDR's: its PM is no text


# The calendar a date is printed in: Thailand's is the Buddhist (CLDR supplementalData.xml's
# calendarPreferenceData gives TH "buddhist gregorian"; Thai public materials date so). A
# Thai row's dates are printed in it (พ.ศ. 2570), and any row's whose date_region is TH; a
# Thai row with another country's date_region in the Gregorian. Babel loads the Gregorian
# calendar alone: its long pattern is taken, its era and year written in (CLDR th.xml's
# buddhist eraAbbr พ.ศ.; root.xml's BE for the other languages), as CLDR's buddhist
# dateFormats do (th's long "d MMMM G y", the generic "d MMMM y G" of en-GB).
BUDDHIST_REGIONS = frozenset({"TH"})
BUDDHIST_ERA_NAMES = {"th": "พ.ศ."}
BUDDHIST_ERA_NAME = "BE"  # CLDR root's


def _buddhist_calendar(code: str, region: str) -> bool:
    """Whether a row's date in language `code` is printed in the Buddhist era: its
    `region` (date_region) is BUDDHIST_REGIONS', or it has none and the language is Thai."""
    base = code.replace("-", "_").split("_")[0]
    return region in BUDDHIST_REGIONS if region else base == "th"


def _buddhist_pattern(locale: str, year: int, code: str) -> str:
    """`locale`'s long date pattern with the Buddhist era's year (`year` of the common era
    plus 543) and era's name as quoted literals: its era field (G, ค.ศ. in th) becomes the
    era's name; a pattern without one has the name after the year."""
    from babel import Locale
    from babel.dates import tokenize_pattern, untokenize_pattern

    era = BUDDHIST_ERA_NAMES.get(code.replace("-", "_").split("_")[0], BUDDHIST_ERA_NAME)
    tokens = tokenize_pattern(Locale.parse(locale).date_formats["long"].pattern)
    has_era = any(kind == "field" and value[0] == "G" for kind, value in tokens)
    out: list[tuple[str, Any]] = []
    for kind, value in tokens:
        if kind == "field" and value[0] == "G":
            out.append(("chars", era))
        elif kind == "field" and value[0] in "yY":
            out.append(("chars", str(year - BUDDHIST_ERA)))
            if not has_era:
                out.append(("chars", f"\u00a0{era}"))
        else:
            out.append((kind, value))
    return str(untokenize_pattern(out))


def _locale(code: str, region: str = "") -> str:
    """The CLDR locale a language's dates and times are written in: the language as `region`
    writes it where CLDR has that locale (en_US, fr_CA, es_US), else the kit's choice for
    the language (LOCALES: British English for en) or the language's own."""
    return _regional(code, region) or LOCALES.get(code, code.replace("-", "_"))


def _regional(code: str, region: str) -> str | None:
    """The CLDR locale of language `code` as `region` writes it (en_US, ar_MA), where CLDR
    has it; None without a region, or for a language CLDR does not write there (ar_US)."""
    from babel import localedata

    base = code.replace("-", "_").split("_")[0]
    return f"{base}_{region}" if region and localedata.exists(f"{base}_{region}") else None


def _digits(code: str, own: str, region: str = "") -> str:
    """The digits a row's dates and times are written in for language `code`: as its
    `region` writes them where CLDR has the language there (its default numbering system:
    ar in MA, DZ or TN Latin digits, ar in SA Arabic-Indic ones, bn in IN Latin ones), else
    the language's own (`own`: its strings file's `digits:`). The language's home region
    (CLDR's likely subtags: ar_EG, km_KH, ur_PK) keeps the language's own digits: they are
    the translators' choice for the language where it is most written, and a Cambodian
    event would otherwise print its date in Latin digits beside the flyer's Khmer ones (CLDR
    gives km_KH latn). ar and MA printed ٣٠ (the kit's Arabic digits) where Morocco writes
    30."""
    regional = _regional(code, region)
    if regional is None or _home(code) == region:
        return own
    return cldr_digits(regional) or own


def _home(code: str) -> str | None:
    """The region a language is most written in (CLDR's likely subtags: ar -> EG, km -> KH,
    en -> US), or None where CLDR does not say."""
    from babel.core import get_global

    base = code.replace("-", "_").split("_")[0]
    likely = get_global("likely_subtags").get(base)
    return str(likely).split("_")[-1] if likely else None


# CLDR's two-letter codes that name no country (the European Union, the eurozone, the
# United Nations, outlying Oceania, unknown): no locale writes dates "as there"
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})
# ISO 3166's exceptional reservation: UK is written for GB (the United Kingdom)
COUNTRY_ALIASES = {"UK": "GB"}


def _region(cell: Cell | None, table: Table, errs: Collector, languages: Iterable[str] = ()) -> str:
    """A row's `date_region` cell: a country's code (ISO 3166-1 alpha-2, as CLDR knows it: US,
    CA; UK for GB), upper case; "" when empty. Anything else (Europe) is a `merge.region`
    warning at the cell, and the row's dates are written as its languages' own: the column
    is named for what it does, as a sheet's own `Region` column holds other things. A
    country's name (Peru, or Perú in the row's `languages`) is told its code in the hint."""
    text = _text(cell).strip() if cell is not None else ""
    if not text or cell is None:
        return ""
    from babel import Locale

    code = COUNTRY_ALIASES.get(text.upper(), text.upper())
    if len(code) == 2 and code in Locale("en").territories and code not in NOT_COUNTRIES:
        return code
    named = country_code(text, languages)
    errs.warn(
        "merge.region",
        f"{cell.where}: '{text}' is not a country's code: the row's dates and times are "
        "written as its languages' own",
        table.mark(cell),
        f"write {named[0]}, the code of {named[1]} (ISO 3166), or leave it empty"
        if named
        else "write the country's two-letter code (ISO 3166: US, CA, GB), or leave it empty",
    )
    return ""


def country_code(name: str, languages: Iterable[str] = ()) -> tuple[str, str] | None:
    """(ISO 3166 code, English name) of the country CLDR names `name` in English or in one of
    `languages` (case and accents aside: Peru, perú, Pérou), or None."""
    wanted = _folded(name)
    for code in ("en", *languages):
        found = _country_names(code).get(wanted)
        if found is not None:
            return found, _country_names_en()[found]
    return None


def _folded(text: str) -> str:
    """`text` with case, accents and spacing aside, as a country's name is matched."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())


@functools.cache
def _country_names_en() -> dict[str, str]:
    from babel import Locale

    return {c: n for c, n in Locale("en").territories.items() if _a_country(c)}


def _a_country(code: str) -> bool:
    return len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES


@functools.cache
def _country_names(language: str) -> dict[str, str]:
    """CLDR's names of the countries in `language`, folded (_folded), to their codes; {} for
    a language CLDR does not name them in."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {_folded(n): c for c, n in names.items() if _a_country(c)}


def _own_month(text: str, month: int, locale: str, name: str) -> str:
    """A date CLDR wrote with its month name in `locale`'s long form, with `name` in its
    place (the form a date takes, format context; CLDR root's M07 where the locale has no
    names of its own, as Babel's data gives it)."""
    from babel import Locale

    cldr = Locale.parse(locale).months["format"]["wide"][month]
    return text.replace(cldr, name, 1) if cldr in text else text


@lru_cache(maxsize=64)
def _clock_pattern(locale: str, clock: int) -> str:
    """The CLDR pattern of a time of `clock` hours (12 or 24) in `locale`: its own short
    time where that counts them so, else its available format for the skeleton (hm: en_GB's
    h:mm a; Hm: en_US's HH:mm; Babel 2.19's data), else h:mm a or HH:mm. Babel's
    `format_skeleton` is not used: for Amharic's Hm it wrote "14:30 ከሰዓት"."""
    from babel import Locale

    loc = Locale.parse(locale)
    short: str = loc.time_formats["short"].pattern
    if _hour_skeleton(locale) == ("hm" if clock == 12 else "Hm"):
        return short
    skeleton = "hm" if clock == 12 else "Hm"
    found = loc.datetime_skeletons.get(skeleton)
    pattern: str = found.pattern if found is not None else ("h:mm a" if clock == 12 else "HH:mm")
    return pattern


@lru_cache(maxsize=64)
def _own_script_clock(locale: str) -> int | None:
    """24 where `locale`'s short time names its half of the day in Latin letters and the
    language is written in another script (CLDR's likely subtags: km_Khmr, bn_Beng, hi_Deva,
    ur_Arab), else None (CLDR's own clock). CLDR km, bn, hi and ur have only abbreviated
    day periods, AM and PM in Latin (Babel 2.19's data: no wide name in their script), and a
    Khmer time printed "២:០០ PM" (a regional office's trial); their own Hm format, the
    24-hour clock that Cambodian, Bangladeshi and Indian print also uses, has no Latin word.
    A strings file's `clock: 12` keeps CLDR's 12 hours."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.dates import tokenize_pattern

    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return None
    fields = {v[0] for k, v in tokenize_pattern(loc.time_formats["short"].pattern) if k == "field"}
    if not fields & {"a", "b", "B"}:
        return None
    likely = str(get_global("likely_subtags").get(loc.language, ""))
    script = likely.split("_")[1] if likely.count("_") >= 2 else ""
    names = [loc.day_periods["format"]["abbreviated"].get(h, "") for h in ("am", "pm")]
    latin = all(n.isascii() and n.isalpha() for n in names if n)
    return 24 if script and script != "Latn" and latin else None


@lru_cache(maxsize=64)
def _hour_skeleton(locale: str) -> str:
    """The CLDR skeleton of hours and minutes as `locale` writes a short time: "hm" where its
    clock counts 12 hours (en-US, ar: h:mm a), "Hm" where it counts 24 (en-GB, fr: HH:mm)."""
    from babel import Locale

    pattern = Locale.parse(locale).time_formats["short"].pattern
    symbols = re.sub(r"'[^']*'", "", pattern)  # not a quoted literal: fr_CA's "HH 'h' mm"
    return "hm" if "h" in symbols or "K" in symbols else "Hm"


@lru_cache(maxsize=64)
def _no_month_names(locale: str) -> bool:
    """Whether Babel's data for `locale` lacks month names: its July is CLDR root's "M07"
    (Babel 2.19: Haitian Creole, among 40 locales). False for a locale Babel does not know
    (`_format` falls back on its own)."""
    from babel import Locale, UnknownLocaleError

    try:
        return bool(Locale.parse(locale).months["format"]["wide"].get(7) == "M07")
    except (UnknownLocaleError, ValueError, KeyError):
        return False


__all__ = ["COLUMNS", "FIELDS", "REQUIRED", "Record", "Records", "check_events", "read_events"]
