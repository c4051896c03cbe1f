"""The shapes a merge's event rows become, shared by the modules of `merge`: the event
columns (COLUMNS, REQUIRED, WORDED: a language's own `title_fr`; SAMPLE, a made-up event's
mark), the fields a template shows (FIELDS, FORMATTED), a Record and the keys of its files
(RecordKey, event_label), a refused row (RefusedRow), and the small readings of a cell every
part uses (`_text`, `_ascii_digits`, `_folded`) and of a row's own-language columns
(`language_column`, `own_language`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ..diagnostics import Diagnostic, Mark
from ..langnames import language_names
from ..model import Kit
from ..resolve import Layer
from .data import Cell

COLUMNS = (
    "event_id",
    "language",
    "title",
    "date",
    "end_date",
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
# The column that marks an event made only to try the kit, never printed (examples/'s: true),
# as `sample: true` marks an office or campaign.yaml: its contact and link cells may hold the
# project's samples (example.org, +00 ...: contacts.SAMPLE_DOMAINS). No template shows it.
SAMPLE = "sample"
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
    # made only to try the kit, never printed: its `sample` cell true (values._sample);
    # its files' manifest entries say so, and `package` warns of them (package.sample)
    sample: bool = False
    # the last day of an event of several days (its date cell's range, or end_date); None
    # for an event of one day
    end: date | None = None


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


class SlugFacts(NamedTuple):
    """What a good record's print PDFs print of their own on their slug (pipeline.renditions.
    print_slug): its id (the `event` field), its languages (each file's code, and DRAFT for
    a draft's), its `sample` cell (SAMPLE DATA first), and where its id is written (its
    `event_id` cell; None where it is not known), which merge.slug_room names."""

    id: str
    languages: tuple[str, ...]
    sample: bool
    mark: Mark | None


class RefusedRow(NamedTuple):
    """A row `check_events` refused for a problem: it made no files. The merge's stamp keeps
    these (pipeline.incremental.stamp), and `package` names them to the print shop, which was
    not told that an event was missing (an office's trial: `isb-talk`, its time 'شام 6 بجے')."""

    row: int  # as the sheet shows it (a YAML or JSON record's number)
    event: str | None  # its event id, when it has one that reads
    line: int  # where its first problem is, in the data file (0: the file's)
    col: int
    problem: str  # its first problem, as the merge said it
    # its other problems, each (line, col, as the merge said it), in the order of their
    # places after the first (a row with a bad date, an empty venue and a phone number typed
    # as a number: the job sheet named the date alone)
    more: tuple[tuple[int, int, str], ...] = ()


class RecordKey(NamedTuple):
    """What names a record's documents: its id and its languages. The passes over a merge's
    records that only list its jobs (the plan, the manifest's stamp, the stale files) read
    these, kept as the rows are checked, instead of making every record again from its row
    (36 us a record here, 0.36 s a pass over 10,000)."""

    id: str
    languages: tuple[str, ...]


# The photo's alternative text: what it shows, read by screen readers in the digital PDF
# (a Figure with it as /Alt; without one the photo is decoration), shared by the row's
# languages or a language's own (`photo_alt_fr`, as `title_fr`). Not a field: no template
# prints it.
PHOTO_ALT = "photo_alt"


def photo_alt_column(key: str) -> str | None:
    """The language a photo's alternative text column is for: "" for the shared
    `photo_alt`, the code as written for `photo_alt_fr`; None for any other key."""
    if key == PHOTO_ALT:
        return ""
    code = key[len(PHOTO_ALT) + 1 :] if key.startswith(PHOTO_ALT + "_") else ""
    return code if LANGUAGE_TAG.fullmatch(code) else None


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
    return language_names(code) is not None


def _name(kit: Kit, code: str) -> str:
    """The language's name (`fr`: French), or its code when its strings file cannot be read."""
    return kit.languages[code].name if code in kit.languages else code


def _text(cell: Cell | None) -> str:
    """A cell's value as text: a number as the workbook shows it, where it tells (an ODS
    sheet: +41 22 917 1234, not 41229171234)."""
    if cell is None or cell.value is None:
        return ""
    if cell.shown and isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
        return cell.shown.strip()
    return str(cell.value).strip()


def _ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script (২০২৬, ٣٠, ២០២៦) as 0-9: a date or time
    typed in the language's digits is read as its value."""
    return "".join(
        str(unicodedata.decimal(c))
        if not c.isascii() and unicodedata.decimal(c, None) is not None
        else c
        for c in text
    )


def _folded(text: str) -> str:
    """`text` with case, accents and spacing aside, as a country's name is matched."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())
