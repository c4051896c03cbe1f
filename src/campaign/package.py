"""Hand-off: package a finished build (its manifest) for print shops and screens.

Per group (the campaign-level kit, and each office in the manifest): `<group>-print.zip`
(print PDFs under their names in the build, `<material>-<lang>[-<office>].pdf`, unique across
it, plus JOB-SHEET.csv and JOB-SHEET.txt), `<group>-screen.zip` (digital PDFs, previews and
social images, likewise), `<group>-contact-sheet.png` and `<group>-index.pdf`. Nothing is
rebuilt: every listed file is checked against its sha256 first, and everything is written to
temporary names and moved into place with os.replace only when all of it is ready. The ZIPs
are deterministic (fixed timestamps, sorted entries). Labels are Latin-only (material ids,
language codes, English names) in the kit's Noto Sans, so every script's language is labelled
correctly.

Nothing here holds every entry or every file's bytes (a merge's build lists 10,000 files or
more): the manifest is read entry by entry into a spool (`load_manifest`), the groups and
their entries in path or name order come from a temporary SQLite database (`Plan`), each file
is read (and checked again) when it is packed, and each product is written to its temporary
name as it is made (a ZIP member at a time).
"""

from __future__ import annotations

import csv
import hashlib
import heapq
import io
import itertools
import json
import math
import os
import pickle
import re
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, NamedTuple, cast

from PIL import Image, ImageDraw, ImageFont

from . import manifest_reader
from .dates import source_date_epoch
from .diagnostics import Collector, Diagnostic, DiagnosticsError, Subject, display_path, failure
from .merge.combine import Combined, combined_files
from .model import Kit
from .output import MANIFEST, OutputFile, pickled
from .printorder import PrintOrder, read_order
from .publishing import BuildLock, recover, recover_locked
from .render.png import save_png
from .sheets.record import SHEETS_DIR, MadeSheet, made_sheets
from .spool import Spool

CAMPAIGN_GROUP = "campaign"
PRINT_VARIANTS = ("print",)
SCREEN_VARIANTS = ("digital", "screen", "social")
DRAFT_LABEL = "DRAFT \u2013 not reviewed"

# contact sheet geometry (pixels); tests count tiles with it
MARGIN = 40
HEADER = 130
ROW_LABEL = 170
TILE_W = 168
TILE_H = 226
GAP = 12
THUMB = 148  # the thumbnail's box inside the tile
BACKGROUND = (0x04, 0x50, 0x96)  # Blue Heart blue (campaign.yaml "blue")
CARD = (0xFF, 0xFF, 0xFF)
DRAFT_BAND = (0xFC, 0xBB, 0x1B)  # the campaign's accent
INK = (0x21, 0x35, 0x55)  # navy
PAPER_TINT = (0xEE, 0xF5, 0xFC)  # "light": behind transparent previews
DRAFT_BAND_H = 20

REBUILD = "rebuild it with the same build command (its --kit, --office and -o)"
REMERGE = "merge its data file into the folder again (the same merge command)"


@dataclass(frozen=True)
class Entry:
    """One manifest file and its name in the package."""

    file: OutputFile
    name: str  # unique in the whole package
    page: str  # "" or the page name of a multi-page PNG


def load_manifest(
    build: Path, command: str = "package", recovered: bool = False
) -> Spool[OutputFile]:
    """The build's manifest entries, in its order, read one at a time into a spool (8 bytes
    of memory each; manifest_reader), after a publish a killed build left there is finished
    or rolled back (unless the caller holds the folder's lock and did it: `recovered`).
    Raises DiagnosticsError `package.manifest` when it is missing (naming `command`, the one
    that reads it), unreadable, or an entry is not a file's."""
    path = build / MANIFEST
    if not recovered:
        recover(build, build)
    try:
        items: Iterable[Any]
        if manifest_reader.head(path) is None:  # missing, malformed, a key twice: read whole,
            items = json.loads(path.read_text(encoding="utf-8"))["files"]  # which says why
        else:
            items = cast("Iterable[Any]", manifest_reader.items(path))
        return Spool(OutputFile(**{**item, "trim_mm": tuple(item["trim_mm"])}) for item in items)
    except FileNotFoundError:
        raise failure(
            "package.manifest",
            f"no manifest at {display_path(path)}; {command} reads a finished build",
            None,
            "run `python generate.py build` first, or pass --from BUILD_DIR",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise failure("package.manifest", f"cannot read {display_path(path)}: {exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise failure(
            "package.manifest",
            f"{display_path(path)} is not a build manifest ({type(exc).__name__}: {exc})",
            None,
            REBUILD + " to write a fresh one",
        ) from None


def verify(build: Path, files: Iterable[OutputFile], user: str = "package") -> dict[str, bytes]:
    """Every listed file's bytes, checked against the manifest's sha256 (`checked`), by path.
    For the files a product needs at once (a sheet's: `user` "sheet", whose errors are
    `sheet.missing` and `sheet.changed`); `build_package` checks every file first and reads
    each again as it packs it."""
    return {f.path: checked(build, f, user) for f in files}


def _again(f: OutputFile) -> str:
    """How to make a file of the build again: its merge, naming its data file where the
    manifest tells (an organiser's trial: "merge its data file" named none), or the build."""
    data = f.extra.get("data") if f.record else None
    if data:
        return f"merge {data} into the folder again (the same merge command)"
    return REMERGE if f.record else REBUILD


def checked(build: Path, f: OutputFile, user: str = "package") -> bytes:
    """The bytes of the file `f` lists in `build`. Raises DiagnosticsError
    `package.manifest` (a path outside the build), `package.missing` (it cannot be read) or
    `package.changed` (its sha256 is not the manifest's); `sheet.missing` and
    `sheet.changed` for `user` "sheet" (the command that reads it)."""
    path = build / f.path
    subject = Subject(office=f.office, material=f.material, language=f.language)
    if not path.resolve().is_relative_to(build.resolve()):
        raise failure("package.manifest", f"{f.path} points outside {display_path(build)}")
    try:
        raw = path.read_bytes()
    except OSError:
        raise DiagnosticsError(
            Diagnostic(
                f"{user}.missing",
                f"{display_path(path)} is listed in the manifest but missing",
                None,
                (f"{_again(f)}, then {user}",),
                subject=subject,
            )
        ) from None
    if hashlib.sha256(raw).hexdigest() != f.sha256:
        raise DiagnosticsError(
            Diagnostic(
                f"{user}.changed",
                f"{display_path(path)} changed since the build (its sha256 is not the manifest's)",
                None,
                (_again(f) + "; never edit built files",),
                subject=subject,
            )
        )
    return raw


# How many files that fail their check a package names before it stops looking (a folder
# whose every file changed is one cause)
MAX_NAMED = 50


def group_of(f: OutputFile) -> str:
    return f.office or CAMPAIGN_GROUP


class Plan:
    """The package's entries by group in a temporary SQLite database (`db`, on disk past its
    page cache), names unique across the package: raises AssertionError (an internal error)
    naming the first two paths, in path order, that would share a name. `files` is read
    once; nothing here holds them all."""

    def __init__(
        self, db: sqlite3.Connection, files: Iterable[OutputFile], kit: Kit | None = None
    ) -> None:
        self.db = db
        db.execute(
            "CREATE TABLE entry (grp TEXT, name TEXT, path TEXT, variant TEXT, data BLOB, "
            "row_order TEXT)"
        )
        for f in files:
            # its name in the build (older builds: what it would be named now), and its
            # contact-sheet row's place (row_order): rows read back in order, a sheet at a time
            order = sortable(row_order(kit, row_key(Entry(f, "", f.page_name)))) if kit else ""
            row = (group_of(f), f.name, f.path, f.variant, pickled(f), order)
            db.execute("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?)", row)
        db.execute("CREATE INDEX entry_path ON entry (grp, path)")
        db.execute("CREATE INDEX entry_name ON entry (grp, name)")
        db.execute("CREATE TABLE seen (name TEXT PRIMARY KEY, path TEXT) WITHOUT ROWID")
        for name, path in db.execute("SELECT name, path FROM entry ORDER BY path, rowid"):
            first = db.execute("SELECT path FROM seen WHERE name = ?", (name,)).fetchone()
            if first is not None:
                raise AssertionError(f"two files would be {name}: {first[0]} and {path}")
            db.execute("INSERT INTO seen VALUES (?, ?)", (name, path))

    def file(self, path: str) -> OutputFile | None:
        """The manifest's file at `path` (its first, as `entries` reads them), or None."""
        found = self.db.execute(
            "SELECT data FROM entry WHERE path = ? ORDER BY rowid LIMIT 1", (path,)
        ).fetchone()
        return None if found is None else cast("OutputFile", pickle.loads(found[0]))

    def groups(self) -> list[str]:
        """The groups (the campaign's, each office's), sorted."""
        return [g for (g,) in self.db.execute("SELECT DISTINCT grp FROM entry ORDER BY grp")]

    def entries(
        self, group: str, variants: Sequence[str] | None = None, by_name: bool = False
    ) -> Iterator[Entry]:
        """The group's entries (of `variants`: all when None) by path (as sorted() keeps
        equal paths: in the manifest's order), or by name."""
        where, args = "grp = ?", [group]
        if variants is not None:
            where += f" AND variant IN ({', '.join('?' * len(variants))})"
            args += variants
        order = "name" if by_name else "path, rowid"
        for (data,) in self.db.execute(
            f"SELECT data FROM entry WHERE {where} ORDER BY {order}", args
        ):
            f: OutputFile = pickle.loads(data)
            yield Entry(f, f.name, f.page_name)

    def has(self, group: str, variants: Sequence[str]) -> bool:
        return next(self.entries(group, variants), None) is not None

    def rows(self, group: str) -> int:
        """How many contact-sheet rows the group's previews make."""
        found = self.db.execute(
            "SELECT COUNT(DISTINCT row_order) FROM entry WHERE grp = ? "
            "AND variant IN ('screen', 'social')",
            (group,),
        ).fetchone()
        return int(found[0])

    def previews(self, group: str) -> Iterator[Entry]:
        """The group's previews in contact-sheet row order (material, record, page), each row's
        in the manifest's order."""
        variants = ("screen", "social")
        for (data,) in self.db.execute(
            "SELECT data FROM entry WHERE grp = ? AND variant IN (?, ?) ORDER BY row_order, rowid",
            (group, *variants),
        ):
            f: OutputFile = pickle.loads(data)
            yield Entry(f, f.name, f.page_name)


def epoch(year: int) -> tuple[int, int, int, int, int, int]:
    """SOURCE_DATE_EPOCH, else the campaign's day (30 July of its year), as a ZIP date."""
    value = source_date_epoch()
    if value is not None:
        t = time.gmtime(max(value, 315532800))  # ZIP dates start in 1980
        return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    return (year, 7, 30, 0, 0, 0)


def zip_bytes(members: Iterable[tuple[str, bytes]], date: tuple[int, ...]) -> bytes:
    """A deterministic ZIP: sorted entries, fixed dates and permissions."""
    buf = io.BytesIO()
    write_zip(buf, sorted(members), date)
    return buf.getvalue()


def write_zip(
    target: BinaryIO, members: Iterable[tuple[str, bytes]], date: tuple[int, ...]
) -> None:
    """zip_bytes's ZIP written into `target` (seekable) one member at a time: `members`
    must come sorted (by name, then bytes), and only one is held at a time."""
    with zipfile.ZipFile(target, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=date)  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data, compresslevel=9)


# ---- job sheet ------------------------------------------------------------------------------

JOB_COLUMNS = (
    "file",
    "material",
    "language",
    "language_name",
    "event",  # a merged file's event: "<id>: <title>, <date>" as the file shows them
    "status",
    "trim_mm",
    "bleed_mm",
    "output_condition",
    "pages",
    "sides",
    "sha256",
    "bytes",
    "badge_face_mm",
    "badge_cut_mm",
    "badge_live_mm",  # the art's safe circle, and the wrap round the shell (manifest `badge`)
    "badge_wrap_mm",
    "badge_press",  # "verified", or "not verified" with the press profile's source
    "copies",  # from the print order (`package --order`); empty without one
    "stock",
    "finishing",
    "note",  # a combined file: which files of the package it holds
)


def event_of(f: OutputFile) -> str:
    """A merged file's event as the job sheet names it, "<id>: <title>, <date>" in the file's
    language (its manifest entry's `event`, merge.events.event_label); its id alone for a
    file merged before entries named the event; "" for any other file. A print shop with
    300 event flyers told them apart by file name only."""
    if not f.record:
        return ""
    event = f.extra.get("event")
    if not isinstance(event, dict):
        return f.record
    title, day = str(event.get("title") or ""), str(event.get("date") or "")
    words = ", ".join(w for w in (title, day) if w)
    return f"{f.record}: {words}" if words else f.record


def status_of(kit: Kit, lang: str) -> str:
    language = kit.languages.get(lang)
    return language.status if language else "draft"


def press_status(kit: Kit, material: str) -> str:
    """Whether the badge press profile of `material` is verified: "verified", or "not
    verified: <its source note>, print one and check it on the press first"; "" when the
    kit no longer has the material."""
    layout = kit.layouts.get(material)
    press = layout.badge if layout is not None else None
    if press is None:
        return ""
    if press.verified:
        return "verified"
    return (
        f"not verified ({press.source or 'no source given'}): print one badge and check it "
        "on the press first"
    )


def job_rows(
    kit: Kit, entries: Iterable[Entry], order: PrintOrder | None = None
) -> Iterator[dict[str, str]]:
    """A row of the job sheet per entry, as they come; with `order`, its copies, stock and
    finishing (printorder.PrintOrder.line_for)."""
    for e in entries:
        f = e.file
        pre = f.extra.get("preflight")
        bleed = pre.get("bleed_mm") if isinstance(pre, dict) else None
        language = kit.languages.get(f.language)
        line = order.line_for(f) if order is not None else None
        yield (
            {
                "file": e.name,
                "material": f.material,
                "language": f.language,
                "language_name": language.name if language else "",
                "event": event_of(f),
                "status": status_of(kit, f.language),
                "trim_mm": f"{mm(f.trim_mm[0])} x {mm(f.trim_mm[1])}",
                "bleed_mm": mm(bleed) if isinstance(bleed, int | float) else "",
                "output_condition": str(f.extra.get("output_condition", "")),
                "pages": str(f.pages),
                "sides": sides(kit, f),
                "sha256": f.sha256,
                "bytes": str(f.bytes),
                "badge_face_mm": mm(f.badge["face_mm"]) if f.badge else "",
                "badge_cut_mm": mm(f.badge["cut_mm"]) if f.badge else "",
                "badge_live_mm": mm(f.badge["live_mm"]) if f.badge and "live_mm" in f.badge else "",
                "badge_wrap_mm": mm(f.badge["wrap_mm"]) if f.badge and "wrap_mm" in f.badge else "",
                "badge_press": press_status(kit, f.material) if f.badge else "",
                "copies": str(line.copies) if line else "",
                "stock": line.stock if line else "",
                "finishing": line.finishing if line else "",
                "note": "; ".join(
                    note for note in (DIE_LINE if _kiss_cut(kit, f) else "", low_ppi(f)) if note
                ),
            }
        )


def low_ppi(f: OutputFile) -> str:
    """A print file's image below GOOD_PPI, as its job-sheet note says it (the build's
    preflight recorded the least resolution of its images in the manifest); else "". Print
    shops' preflight fails such a file (../shared/tools/preflight.py: 300 ppi), and the
    build only warned (`image.ppi-warning`): a banner's logo at 237 ppi went to the shop
    without a word on the job sheet (an office's trial)."""
    from .layout.items.image import GOOD_PPI

    pre = f.extra.get("preflight")
    ppi = pre.get("min_image_ppi") if isinstance(pre, dict) else None
    if not isinstance(ppi, int | float) or ppi >= GOOD_PPI:
        return ""
    return (  # floored: 299.6 ppi is not "300 ppi, below the 300"
        f"an image prints at {math.floor(ppi)} ppi, below the {GOOD_PPI:.0f} ppi print shops' "
        "preflight asks for: agree it with the print shop, or replace the image"
    )


# A kiss-cut piece's and a gang or sticker sheet's own die line, for the job sheet: RIPs
# that do not know the spot colour print its alternate (a print shop's trial: the job sheet
# never named it, and only a PDF's Subject did)
DIE_LINE = (
    "die line in the spot colour CutContour (0.25 pt, overprinting, alternate 100 % "
    "magenta): map it to the cutter; it must not print"
)


def _kiss_cut(kit: Kit, f: OutputFile) -> bool:
    """Whether a print file is kiss-cut along its own die line (its layout's `cut_contour`
    mark: sticker-50)."""
    layout = kit.layouts.get(f.material)
    return bool(layout is not None and layout.marks.cut_contour)


def languages_columns(kit: Kit, parts: Sequence[OutputFile]) -> dict[str, str]:
    """The job sheet's language columns of a file made of several (a combined file, a
    sheet): their languages' codes and names, and which of them are drafts."""
    codes = sorted({f.language for f in parts})
    names = [kit.languages[code].name if code in kit.languages else code for code in codes]
    drafts = [code for code in codes if status_of(kit, code) != "reviewed"]
    return {
        "language": " ".join(codes),
        "language_name": ", ".join(names),
        "status": f"draft ({', '.join(drafts)})" if drafts else "reviewed",
    }


def combined_row(
    kit: Kit, c: Combined, outside: Sequence[str] = (), order: PrintOrder | None = None
) -> dict[str, str]:
    """The job sheet's row of a merge's combined file (merge.combine): its languages, its
    first part's trim, bleed and press condition (one template's: the same for all), its
    own pages, sha256 and bytes, and a note that it holds the package's print PDFs of its
    material, to print instead of them (or them instead of it), never both; `outside`: the
    names of that material's merged print PDFs in the package it does not hold (an earlier
    merge's file of a row refused now), named in the note. With a print `order`, the note
    says how many times to print the combined file when every event it holds has the same
    copies, or to print the single files when their copies differ (one file cannot be run
    at 300 for one event and 100 for another). Its own copies stay empty: they are its
    parts', counted once in the totals."""
    first = next(job_rows(kit, [Entry(c.parts[0], c.name, "")]))
    each = "" if c.parts[0].pages < 2 else f"; {sides(kit, c.parts[0])} for each event"
    return {
        **first,
        "file": c.name,
        **languages_columns(kit, c.parts),
        "event": "",  # its events are its parts'
        "pages": str(c.pages),
        "sides": "single-sided" if c.parts[0].pages < 2 else f"{c.parts[0].pages} pages a file",
        "sha256": c.sha256,
        "bytes": str(c.bytes),
        "copies": "",
        "stock": "",
        "finishing": "",
        "note": (
            f"the {len(c.parts)} print PDF(s) of {c.material} in this package, one after "
            f"another by event id{each}: print either them or this file, not both"
            if not outside
            else f"{len(c.parts)} of the {len(c.parts) + len(outside)} print PDF(s) of "
            f"{c.material} in this package, one after another by event id{each}, not "
            f"{', '.join(outside[:5])}{' and more' if len(outside) > 5 else ''}: print "
            "either those or this file, not both"
        )
        + (_combined_copies(c, order) if order is not None else ""),
    }


# a badge's columns of the job sheet (job_rows)
BADGE_COLUMNS = ("badge_face_mm", "badge_cut_mm", "badge_live_mm", "badge_wrap_mm", "badge_press")
SHEET_KINDS = {
    "gang": "gang sheet of badges (cut circles in CutContour)",
    "sticker": "sticker sheet (kiss-cut in CutContour)",  # render.marks.CUT_CONTOUR
    "press": "press sheet",
    "home": "sheet for an office printer",
}


def _sheet_kind(m: MadeSheet, first: Mapping[str, str]) -> str:
    """What a sheet is, for its job-sheet note: a round sticker sheet with the diameter its
    circles are kiss-cut at (the badge's face: its row has no badge columns); a press sheet
    with its size with marks and the press stock that holds it, as `sheet` said it (a
    trial: the job sheet did not say which stock to print it on)."""
    if m.mode == "sticker" and first.get("badge_face_mm"):
        return f"sticker sheet ({first['badge_face_mm']} mm circles kiss-cut in CutContour)"
    if m.mode == "press":
        from .sheets.geometry import paper_name, press_media, size_text, stock_for

        media = press_media(m.sheet_mm, m.bleed_mm)
        stock = stock_for(media)
        size = f"{size_text(media)} mm with its marks"
        on = f"for {paper_name(stock)}" if stock else "larger than SRA3 and 13 x 19 in"
        return f"press sheet ({size}, {on})"
    return SHEET_KINDS[m.mode]


def sheet_row(
    kit: Kit, m: MadeSheet, order: PrintOrder | None = None, also: Sequence[str] = ()
) -> dict[str, str]:
    """The job sheet's row of a sheet `sheet` made from the package's files (sheets.record):
    the sheet's own trim, bleed, press condition, pages, sha256 and bytes; its pieces'
    material, languages and badge sizes; a note naming the files it places, to print
    instead of them (or them instead of it), never both. A press sheet of a two-sided flyer
    is printed work-and-turn. Its copies stay empty (a print order's lines are the single
    files', counted once in the totals); with an `order`, the note says how many times to
    print the sheet for every file's ordered copies (`_sheet_runs`). `also`: the other
    sheets of the package that place some of its files (`overlapping`), which the note
    names: print one of them."""
    first = next(job_rows(kit, [Entry(m.parts[0], m.name, "")]))
    turn = m.mode == "press" and m.parts[0].pages == 2
    placed = ", ".join(PurePosixPath(f.path).name for f in m.parts[:4])
    more = f" and {len(m.parts) - 4} more" if len(m.parts) > 4 else ""
    return {
        **first,
        "file": f"{SHEETS_DIR}/{m.name}",
        **languages_columns(kit, m.parts),
        "event": "",  # its pieces'
        "trim_mm": f"{mm(m.sheet_mm[0])} x {mm(m.sheet_mm[1])}",
        "bleed_mm": mm(m.bleed_mm),
        "output_condition": m.output_condition,
        "pages": str(m.pages),
        "sides": "work-and-turn: each page on both sides of its sheet, turned left to right"
        if turn
        else "single-sided",
        "sha256": m.sha256,
        "bytes": str(m.bytes),
        "copies": "",
        "stock": "",
        "finishing": "",
        # stickers are kiss-cut, not pressed: a badge's face, wrap and press are not theirs
        **({k: "" for k in BADGE_COLUMNS} if m.mode == "sticker" else {}),
        "note": f"{_sheet_kind(m, first)} made by `sheet` from {placed}{more} (in this "
        "package): print either it or those files, not both"
        + (
            f"; {', '.join(f'{SHEETS_DIR}/{n}' for n in also)} place some of them too: print "
            "each file once, from one sheet or another"
            if also
            else ""
        )
        + (f"; {DIE_LINE}" if m.mode in ("gang", "sticker") else "")
        + _cut_pages(m)
        + (_sheet_runs(m, order) if order is not None else ""),
    }


def _pages(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}-{last}"


def _cut_pages(m: MadeSheet) -> str:
    """A sheet's cut pages, as part of its note: which pages are its cut lines alone, for
    the cutter and not printed ("; pages 3-4 are its cut lines alone, ..."). The job sheet
    said to print a gang sheet's 2 pages 30 times, its page of cut lines too (a print
    shop's trial)."""
    if not m.cut_pages:
        return ""
    which = _pages(m.printed_pages + 1, m.pages)
    verb = "is" if m.cut_pages == 1 else "are"
    return f"; {which} {verb} its cut lines alone, for the cutter: not printed"


def _sheet_runs(m: MadeSheet, order: PrintOrder) -> str:
    """What a print order means for a sheet, as the end of its note: how many times to print
    it so that every file it places reaches its ordered copies, and what that makes of each
    ("; for the order, print it 38 times: badge-58-en.pdf 150 ordered, 190 made; ..."). A
    gang sheet of 5 English and 4 Swahili badges, each ordered 150 times, gave the print
    shop no count: the single files' copies are not the sheet's. A press sheet, a page per
    file, is counted page by page (`_page_runs`)."""
    ordered = _ordered(m, order)
    if m.mode == "press" and len(m.parts) == m.printed_pages > 1:
        return _page_runs(ordered)
    said = [o for o in ordered if o is not None]
    if not said:
        return "; the order gives none of its files copies"
    runs = max(o.runs for o in said)
    made = "; ".join(f"{o.name} {o.copies:,} ordered, {runs * o.each:,} made" for o in said)
    printed = m.printed_pages
    if m.cut_pages:
        what = _pages(1, printed) if printed == 1 else f"each of {_pages(1, printed)}"
    else:
        what = f"each of its {printed} pages" if printed > 1 else "it"
    return f"; for the order, print {what} {_times(runs)} ({made})"


class _Ordered(NamedTuple):
    """A file a sheet places, as a print order counts it: its name, the copies ordered, and
    how many of it one printing of the sheet makes."""

    name: str
    copies: int
    each: int

    @property
    def runs(self) -> int:
        """The printings of the sheet that make at least the copies ordered."""
        return -(-self.copies // self.each)


def _ordered(m: MadeSheet, order: PrintOrder) -> list[_Ordered | None]:
    """Each file a sheet places, in order, as the order counts it; None for a file the
    order gives no copies (or the sheet none of)."""
    out: list[_Ordered | None] = []
    for f in m.parts:
        line = order.line_for(f)
        each = m.copies.get(f.path, 0)
        if line is None or not line.copies or each < 1:
            out.append(None)
        else:
            out.append(_Ordered(PurePosixPath(f.path).name, line.copies, each))
    return out


def _page_runs(ordered: list[_Ordered | None]) -> str:
    """A press sheet's runs page by page, from `_ordered` of its files (each page is one
    file's plate, `up` pieces a printing), pages of one count together: "; for the order,
    print page 1 100 times, pages 2-4 500 times (flyer-a5-ar.pdf 200 ordered, 200 made;
    ...)". Every page printed as often as the largest order made five times the Arabic
    flyers ordered (a print shop's trial)."""
    said = [f"{o.name} {o.copies:,} ordered, {o.runs * o.each:,} made" for o in ordered if o]
    if not said:
        return "; the order gives none of its files copies"
    parts = []
    pages = enumerate((o.runs if o else None for o in ordered), 1)
    for runs, same in itertools.groupby(pages, key=lambda page: page[1]):  # pages in a row
        numbers = [n for n, _ in same]
        which = _pages(numbers[0], numbers[-1])
        parts.append(f"{which} {_times(runs)}" if runs else f"{which} not at all")
    return f"; for the order, print {', '.join(parts)} ({'; '.join(said)})"


def _combined_copies(c: Combined, order: PrintOrder) -> str:
    """What the print order means for a combined file, as the end of its note: "; the
    order's copies: 100 of each event, so 100 of this file", or that they differ."""
    copies = {}
    for f in c.parts:
        line = order.line_for(f)
        copies[f"{f.record} ({f.language})" if f.record else f.name] = (
            line.copies if line is not None else None
        )
    counts = set(copies.values())
    if counts == {None}:
        return ""
    if len(counts) == 1:
        (n,) = counts
        return f"; the order's copies: {n:,} of each event, so {n:,} of this file"
    shown = ", ".join(f"{k} {'-' if v is None else f'{v:,}'}" for k, v in list(copies.items())[:5])
    more = " and more" if len(copies) > 5 else ""
    return (
        f"; the order gives its events different copies ({shown}{more}): print the single "
        "files, not this one"
    )


def sides(kit: Kit, f: OutputFile) -> str:
    """How a print file's pages are printed, for the press operator: one side, or a two-page
    material's front and back (its layout's page names) double-sided, head to head: turned
    on the long edge of a portrait trim, the short edge of a landscape one. A job sheet that
    said only "2 page(s)" left the flyer's duplexing to a guess."""
    if f.pages < 2:
        return "single-sided"
    layout = kit.layouts.get(f.material)
    names = [p.name for p in layout.pages] if layout is not None else []
    named = ", ".join(names) if len(names) == f.pages else f"{f.pages} pages"
    if f.pages != 2:
        return named
    w, h = f.trim_mm
    edge = "long" if h >= w else "short"
    return f"double-sided ({named}), head to head: turn on the {edge} edge"


def mm(value: float) -> str:
    return f"{value:g}"


def job_csv(rows: Iterable[dict[str, str]]) -> bytes:
    """The job sheet as CSV, UTF-8 with a byte order mark: Excel reads a CSV without one in
    the computer's own encoding (135 g/m² became 135 g/mÂ²)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, JOB_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def job_txt(title: str, rows: Iterable[dict[str, str]], ordered: bool = False) -> bytes:
    """The job sheet as text: the title, the draft languages, with a print order (`ordered`)
    the copies ordered per material and the files it gives none, then a paragraph per row."""
    lines: list[str] = []
    drafts: set[str] = set()
    copies: dict[str, int] = {}
    none: list[str] = []  # files the order gives no copies (a print shop reads only the ZIP)
    for r in rows:
        if r["status"] != "reviewed" and not r["note"]:  # a combined file's are its parts'
            drafts.add(r["language"])
        if r["copies"]:
            copies[r["material"]] = copies.get(r["material"], 0) + int(r["copies"])
        elif not r["note"]:  # a combined file is its parts: their copies are its
            none.append(r["file"])
        lines.append(r["file"])
        lines.append(f"  {r['material']}, {r['language']} ({r['language_name']}), {r['status']}")
        if r["event"]:
            lines.append(f"  event {r['event']}")
        lines.append(
            f"  trim {r['trim_mm']} mm, bleed {r['bleed_mm'] or '-'} mm, "
            f"{r['output_condition'] or '-'}, {r['pages']} page(s), {r['sides']}"
        )
        if r["badge_face_mm"]:
            more = "".join(
                f", {what} {r[key]} mm"
                for what, key in (("live", "badge_live_mm"), ("wrap", "badge_wrap_mm"))
                if r[key]
            )
            lines.append(
                f"  badge: face {r['badge_face_mm']} mm, cut {r['badge_cut_mm']} mm{more}"
                + (f"; press {r['badge_press']}" if r["badge_press"] else "")
            )
        if r["copies"]:
            extra = "".join(f", {r[k]}" for k in ("stock", "finishing") if r[k])
            n = int(r["copies"])
            lines.append(f"  {n:,} cop{'y' if n == 1 else 'ies'}{extra}")
        lines.append(f"  sha256 {r['sha256']}, {r['bytes']} bytes")
        if r["note"]:
            lines.append(f"  NOTE: {r['note']}")
        lines.append("")
    head = [title, "=" * len(title), ""]
    if drafts:
        head += [
            f"DRAFT translations (not reviewed by a native speaker): {', '.join(sorted(drafts))}",
            "",
        ]
    if copies:
        each = ", ".join(f"{m} {n:,}" for m, n in sorted(copies.items()))
        head += [f"Copies ordered: {sum(copies.values()):,} ({each})", ""]
    if ordered and none:
        head += [f"NOT IN THE PRINT ORDER (no copies given): {', '.join(none)}", ""]
    return "\n".join(head + lines).encode("utf-8")


# ---- contact sheet --------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    title: str
    subtitle: str
    rows: list[str]  # material[/page]
    columns: list[str]  # language codes
    tiles: dict[tuple[int, int], Entry]  # (row, column) -> preview


def previews(entries: Iterable[Entry]) -> Iterator[Entry]:
    return (e for e in entries if e.file.variant in ("screen", "social"))


SHEET_ROWS = 8  # rows (material[/page] and record) on one contact sheet


def sheets_of(
    kit: Kit, group: str, entries: Iterable[Entry], rows_in_all: int = 0
) -> Iterator[Sheet]:
    """The group's contact sheets: a tile per row (material[/page], and a merge's record) and
    language, the last preview of it in `entries` (in row order: `Plan.previews`), at most
    SHEET_ROWS rows a sheet. One sheet's tiles are held at a time: a merge's folder of
    10,000 records makes 1,250 sheets, never all at once (each record was one row; before,
    one preview stood for every record of a material and language). With `rows_in_all`
    (`Plan.rows`) and more than one sheet, each sheet's subtitle says which of how many it
    is."""
    ordered = list(kit.campaign.languages)
    campaign = kit.campaign
    who = "Campaign kit" if group == CAMPAIGN_GROUP else office_title(kit, group)
    count = -(-rows_in_all // SHEET_ROWS)
    made = 0
    rows: list[str] = []
    last: dict[tuple[str, str], Entry] = {}  # (row, language) -> preview, first seen first

    def sheet() -> Sheet:
        nonlocal made
        made += 1
        langs = {lang for _, lang in last}
        columns = [c for c in ordered if c in langs] + sorted(langs - set(ordered))
        tiles = {(rows.index(row), columns.index(lang)): e for (row, lang), e in last.items()}
        sub = f"{who}  \u00b7  sheet {made} of {count}" if count > 1 else who
        return Sheet(f"{campaign.name} {campaign.year}", sub, list(rows), columns, tiles)

    for e in previews(entries):
        key = row_key(e)
        if key not in rows:
            if len(rows) == SHEET_ROWS:
                yield sheet()
                rows.clear()
                last.clear()
            rows.append(key)
        last[(key, e.file.language)] = e
    if rows:
        yield sheet()


JOB_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def job_name(name: str) -> str | None:
    """Why `name` cannot begin a package's file names (None: it can): letters, digits, `.`,
    `_` and `-`, starting with a letter or digit, at most 64 characters, so that it is a
    file name on every system and in every ZIP tool, and no path."""
    if JOB_NAME.fullmatch(name):
        return None
    return (
        f"'{name}' cannot begin a file name everywhere: use letters, digits, '.', '_' and "
        "'-' (starting with a letter or digit, at most 64), e.g. 2026-07-flyers"
    )


def sheet_names(group: str, count: int) -> list[str]:
    """The contact sheets' file names: `<group>-contact-sheet.png`, then `-2.png`, `-3.png`."""
    return [
        f"{group}-contact-sheet.png" if n == 1 else f"{group}-contact-sheet-{n}.png"
        for n in range(1, count + 1)
    ]


def office_title(kit: Kit, group: str) -> str:
    """The office's name and id on its contact sheets and index; the id alone when the name
    is not in Latin letters (the sheets' font has no others: an Arabic name was empty boxes,
    and the index failed preflight; `check` warns, office.name)."""
    from .kit.offices import latin_text

    office = kit.offices.get(group)
    if office is None or not latin_text(office.name):
        return group
    return f"{office.name} ({group})"


RECORD = " \u00b7 "  # between a row's material[/page] and its merged record


def row_key(e: Entry) -> str:
    """A contact-sheet row: `material[/page]`, with ` · record` for a merged record's file."""
    key = f"{e.file.material}/{e.page}" if e.page else e.file.material
    return f"{key}{RECORD}{e.file.record}" if e.file.record else key


def page_order(kit: Kit, key: str) -> tuple[str, int, str]:
    """Rows by material (`material_order`), then its pages in the layout's order (front
    before back)."""
    material, _, page = key.split(RECORD)[0].partition("/")
    layout = kit.layouts.get(material)
    names = [p.name for p in layout.pages] if layout else []
    return (material_order(kit, material), names.index(page) if page in names else len(names), page)


def material_order(kit: Kit, material: str) -> str:
    """A material's place among the rows, as text: by its design (a size's, the one it is
    made from), then by size (a badge's face, else the trim's area), then by name. Badge
    sizes sorted as text put badge-1-25in (31.75 mm) before badge-1in (25.4 mm)."""
    layout = kit.layouts.get(material)
    if layout is None:
        return f"{material}\x01{0:012.3f}\x01{material}"
    size = layout.badge.face if layout.badge else layout.trim[0] * layout.trim[1]
    return f"{layout.sized_from or layout.id}\x01{size:012.3f}\x01{material}"


def sortable(order: tuple[str, str, int, str]) -> str:
    """`row_order` as text that sorts as the tuple does (SQLite compares text byte by byte:
    UTF-8's order is the code points'); no id holds a NUL."""
    material, record, index, page = order
    return f"{material}\x00{record}\x00{index:06d}\x00{page}"


def row_order(kit: Kit, key: str) -> tuple[str, str, int, str]:
    """Rows by material, then record (a merge's: every page of a record together; its
    numbers as numbers, walk-2 before walk-10), then the layout's page order."""
    material, index, page = page_order(kit, key)
    record = key.split(RECORD, 1)[1] if RECORD in key else ""
    return (material, natural(record), index, page)


def natural(name: str) -> str:
    """`name` with each run of digits zero-padded to 12, so that text order is number order
    (ev2 before ev10; an id has at most 40 characters)."""
    return re.sub(r"\d+", lambda m: m[0].zfill(12), name)


def product_order(name: str) -> tuple[str, str]:
    """The order the package's products are listed in: by name, numbers as numbers, a
    contact sheet before its -2 (as a user counts them)."""
    stem, _, suffix = name.rpartition(".")
    return natural(stem), suffix


def band_top(y: int) -> int:
    """The top of a tile's draft band, for the tile whose top is `y`: at the tile's foot, in
    place of the status line, below the thumbnail (it covered the thumbnail's lowest 15 %,
    where the QR code and the call to act are that the shop is to look at)."""
    return y + TILE_H - DRAFT_BAND_H - 2


def tile_origin(row: int, col: int) -> tuple[int, int]:
    """Top-left pixel of a tile on the contact sheet."""
    return (MARGIN + ROW_LABEL + col * (TILE_W + GAP), MARGIN + HEADER + row * (TILE_H + GAP))


def sheet_size(sheet: Sheet) -> tuple[int, int]:
    cols, rows = max(len(sheet.columns), 1), max(len(sheet.rows), 1)
    width = max(2 * MARGIN + ROW_LABEL + cols * (TILE_W + GAP) - GAP, 900)
    return width, 2 * MARGIN + HEADER + rows * (TILE_H + GAP) - GAP + 30


def fonts(kit: Kit) -> tuple[Path, Path]:
    return kit.fonts_dir / "NotoSans-Regular.ttf", kit.fonts_dir / "NotoSans-Bold.ttf"


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled (up or down) to fit `box`, keeping its proportions."""
    scale = min(box[0] / size[0], box[1] / size[1])
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


class Thumbs(NamedTuple):
    """A preview's thumbnails: `small` fitted to the contact sheet's box (THUMB x THUMB + 20
    px), `large` to twice it (the index's, drawn at half size)."""

    small: Image.Image
    large: Image.Image


# A large preview is first reduced by whole factors (a box filter) to within this factor of
# its thumbnail's size, then resampled with Lanczos: Pillow's `reducing_gap`, at the value
# its own `Image.thumbnail` uses. Resampled whole with Lanczos, each preview took about 17
# ms, and each was made twice (the contact sheet's and the index's), 16 of the default
# kit's 21 s of `package` (bench/README.md, eighteenth session).
REDUCING_GAP = 2.0


def thumbnails(data: bytes) -> Thumbs:
    """A preview (PNG bytes) fitted to the contact sheet's box and to the index's, decoded
    once, flattened on the light tint (a transparent preview, as social frames are)."""
    with Image.open(io.BytesIO(data)) as src:
        im = src if src.mode in ("RGB", "RGBA") else src.convert("RGBA")
        small, large = (
            im.resize(fit(im.size, box), Image.Resampling.LANCZOS, reducing_gap=REDUCING_GAP)
            for box in ((THUMB, THUMB + 20), (THUMB * 2, (THUMB + 20) * 2))
        )
    return Thumbs(_flat(small), _flat(large))


def _flat(im: Image.Image) -> Image.Image:
    if im.mode == "RGB":
        return im
    flat = Image.new("RGB", im.size, PAPER_TINT)
    flat.paste(im, (0, 0), im)
    return flat


def sized_font(path: Path, size: int, text: str, width: int) -> ImageFont.FreeTypeFont:
    """The font at `size`, or smaller until `text` fits `width` pixels (not below 10)."""
    font = ImageFont.truetype(str(path), size)
    while size > 10 and font.getlength(text) > width:
        size -= 1
        font = ImageFont.truetype(str(path), size)
    return font


def contact_sheet(kit: Kit, sheet: Sheet, thumbs: Mapping[str, Thumbs]) -> bytes:
    regular, bold = fonts(kit)
    width = sheet_size(sheet)[0] - 2 * MARGIN
    drafts = sum(1 for e in sheet.tiles.values() if status_of(kit, e.file.language) != "reviewed")
    sub = f"{sheet.subtitle}  \u00b7  {len(sheet.tiles)} preview(s)"
    if drafts:
        sub += f"  \u00b7  {drafts} marked DRAFT (translation not reviewed)"
    f_title = sized_font(bold, 34, sheet.title, width)
    f_sub = sized_font(regular, 20, sub, width)
    f_label = ImageFont.truetype(str(regular), 13)
    f_label_b = ImageFont.truetype(str(bold), 14)
    f_band = ImageFont.truetype(str(bold), 11)
    img = Image.new("RGB", sheet_size(sheet), BACKGROUND)
    draw = ImageDraw.Draw(img)
    draw.text((MARGIN, MARGIN), sheet.title, font=f_title, fill=CARD)
    draw.text((MARGIN, MARGIN + 48), sub, font=f_sub, fill=DRAFT_BAND if drafts else CARD)
    for c, code in enumerate(sheet.columns):
        x, y = tile_origin(0, c)
        language = kit.languages.get(code)
        draw.text((x + 4, y - 30), code, font=f_label_b, fill=CARD)
        if language:
            draw.text(
                (x + 12 + f_label_b.getlength(code), y - 29), language.name, font=f_label, fill=CARD
            )
    for r, key in enumerate(sheet.rows):
        x, y = tile_origin(r, 0)
        for n, part in enumerate(key.split(RECORD)):  # a merged record's id below its material
            font = sized_font(bold, 14, part, ROW_LABEL - 12) if n else f_label_b
            draw.text((MARGIN, y + 8 + 22 * n), part, font=font, fill=CARD)
    for (r, c), e in sorted(sheet.tiles.items()):
        x, y = tile_origin(r, c)
        draw.rectangle((x, y, x + TILE_W - 1, y + TILE_H - 1), fill=CARD)
        thumb = thumbs[e.file.path].small
        tx = x + (TILE_W - thumb.width) // 2
        ty = y + 10 + (THUMB + 20 - thumb.height) // 2
        img.paste(thumb, (tx, ty))
        draw.rectangle(
            (tx - 1, ty - 1, tx + thumb.width, ty + thumb.height), outline=(200, 208, 220)
        )
        label = f"{tile_label(e)} \u00b7 {e.file.language}"
        draw.text((x + 8, y + TILE_H - 40), label, font=f_label, fill=INK)  # above the band
        status = status_of(kit, e.file.language)
        if status == "reviewed":
            draw.text((x + 8, y + TILE_H - 20), status, font=f_label, fill=INK)
        else:  # the band says it, in the status line's place
            top_y = band_top(y)
            draw.rectangle((x, top_y, x + TILE_W - 1, top_y + DRAFT_BAND_H), fill=DRAFT_BAND)
            draw.text((x + 8, top_y + 3), DRAFT_LABEL.upper(), font=f_band, fill=INK)
    # our own encoder (render.png): Pillow's optimize=True took 0.94 s a sheet, 2 % smaller;
    # at the index's scale (SCALE pt a pixel)
    return save_png(img, 72 / SCALE)


# ---- one-page PDF index ---------------------------------------------------------------------


LIST_LINES = 100  # file names in a column of a page of the index's list
LIST_LINE = 7.5  # pt between them
LIST_COLUMN = 260  # pt a column of names: a merged event's file name of 60 characters


class IndexPdf:
    """The group's index: a page per contact sheet (its grid, as vector and images), then the
    list of every file, LIST_LINES names a column, as many columns as the page is wide, on as
    many pages as it takes (one page held all of them, 75,000 pt tall for a merge of 10,000
    records, past the 14,400 pt PDF readers draw)."""

    def __init__(self, kit: Kit, title: str, subtitle: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        regular, bold = fonts(kit)
        pdfmetrics.registerFont(TTFont("PkgSans", str(regular)))
        pdfmetrics.registerFont(TTFont("PkgSans-Bold", str(bold)))
        self.kit, self.title, self.subtitle = kit, title, subtitle
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, invariant=1, pageCompression=1)
        self.c.setTitle(f"{title} \u2013 {subtitle} \u2013 index")
        self.c.setAuthor("Blue Heart campaign kit")
        self.width = 0.0  # the widest grid's, pt (the list pages take it)

    def grid(self, sheet: Sheet, thumbs: Mapping[str, Thumbs]) -> None:
        """One contact sheet's grid on a page of its own size."""
        from reportlab.lib.utils import ImageReader

        c, kit = self.c, self.kit
        grid_w, grid_h = sheet_size(sheet)
        width, height = grid_w * SCALE, grid_h * SCALE
        self.width = max(self.width, width)
        c.setPageSize((width, height))

        def top(y_px: float) -> float:
            return height - y_px * SCALE

        c.setFillColorRGB(*rgb(BACKGROUND))
        c.rect(0, 0, width, height, stroke=0, fill=1)
        c.setFillColorRGB(*rgb(CARD))
        c.setFont("PkgSans-Bold", 17)
        c.drawString(MARGIN * SCALE, top(MARGIN + 30), sheet.title)
        c.setFont("PkgSans", 10)
        c.drawString(
            MARGIN * SCALE, top(MARGIN + 70), f"{sheet.subtitle} \u2013 index of the package"
        )
        for col, code in enumerate(sheet.columns):
            x, y = tile_origin(0, col)
            c.setFont("PkgSans-Bold", 7)
            language = kit.languages.get(code)
            name = f"{code}  {language.name}" if language else code
            c.drawString((x + 4) * SCALE, top(y - 16), name)
        for r, key in enumerate(sheet.rows):
            x, y = tile_origin(r, 0)
            c.setFont("PkgSans-Bold", 7)
            for n, part in enumerate(key.split(RECORD)):  # a record's id below its material
                c.drawString(MARGIN * SCALE, top(y + 20 + 12 * n), part)
        for (r, col), e in sorted(sheet.tiles.items()):
            x, y = tile_origin(r, col)
            c.setFillColorRGB(*rgb(CARD))
            c.rect(x * SCALE, top(y + TILE_H), TILE_W * SCALE, TILE_H * SCALE, stroke=0, fill=1)
            thumb = thumbs[e.file.path].large
            tw, th = thumb.width / 2, thumb.height / 2
            tx = x + (TILE_W - tw) / 2
            ty = y + 10 + (THUMB + 20 - th) / 2
            c.drawImage(ImageReader(thumb), tx * SCALE, top(ty + th), tw * SCALE, th * SCALE)
            c.setFillColorRGB(*rgb(INK))
            c.setFont("PkgSans", 6.5)
            c.drawString(
                (x + 8) * SCALE, top(y + TILE_H - 27), f"{tile_label(e)} \u00b7 {e.file.language}"
            )
            status = status_of(kit, e.file.language)
            if status == "reviewed":
                c.drawString((x + 8) * SCALE, top(y + TILE_H - 8), status)
            else:  # the band says it, in the status line's place
                top_y = band_top(y)
                c.setFillColorRGB(*rgb(DRAFT_BAND))
                c.rect(
                    x * SCALE,
                    top(top_y + DRAFT_BAND_H),
                    TILE_W * SCALE,
                    DRAFT_BAND_H * SCALE,
                    stroke=0,
                    fill=1,
                )
                c.setFillColorRGB(*rgb(INK))
                c.setFont("PkgSans-Bold", 5.5)
                c.drawString((x + 8) * SCALE, top(top_y + 14), DRAFT_LABEL.upper())
        c.showPage()

    def files(
        self,
        entries: Sequence[Entry],
        combined: Sequence[Combined] = (),
        sheets: Sequence[MadeSheet] = (),
    ) -> bytes:
        """The list of files on pages of their own (the build's, then the merges' combined
        files the print ZIP holds: "files (60)" was listed of 61 packed, then the sheets
        `sheet` made), then the whole index's bytes."""
        c, kit = self.c, self.kit
        count = len(entries) + len(combined) + len(sheets)

        def line(i: int) -> str:  # read one at a time: a merge's entries are many
            if i >= len(entries) + len(combined):
                m = sheets[i - len(entries) - len(combined)]
                where = "screen" if m.mode == "home" else "print"
                return f"{SHEETS_DIR}/{m.name}  ({where}: {SHEET_KINDS[m.mode]})"
            if i >= len(entries):
                k = combined[i - len(entries)]
                return f"{k.name}  (print: the {len(k.parts)} files of {k.material} in one)"
            e = entries[i]
            mark = "" if status_of(kit, e.file.language) == "reviewed" else "  [DRAFT]"
            return f"{e.name}  ({'print' if e.file.variant == 'print' else 'screen'}){mark}"

        width = self.width or 900 * SCALE
        columns = max(1, int((width - 2 * MARGIN * SCALE) // LIST_COLUMN))
        per_page = columns * LIST_LINES
        height = 2 * MARGIN * SCALE + 40 + LIST_LINES * LIST_LINE
        pages = max(1, -(-count // per_page))
        col_w = (width - 2 * MARGIN * SCALE) / columns
        for page in range(pages):
            c.setPageSize((width, height))
            y0 = height - MARGIN * SCALE
            c.setFillColorRGB(*rgb(INK))
            c.setFont("PkgSans-Bold", 9)
            more = f", page {page + 1} of {pages}" if pages > 1 else ""
            c.drawString(
                MARGIN * SCALE,
                y0,
                f"{self.title} \u2013 {self.subtitle}: files ({count}){more}",
            )
            c.setFont("PkgSans", 5.5)
            first = page * per_page
            for i in range(first, min(first + per_page, count)):
                col, row = divmod(i - first, LIST_LINES)
                c.drawString(MARGIN * SCALE + col * col_w, y0 - 20 - row * LIST_LINE, line(i))
            c.showPage()
        c.save()
        return self.buf.getvalue()


SCALE = 0.5  # pt of the index per contact-sheet pixel


def rgb(col: tuple[int, int, int]) -> tuple[float, float, float]:
    return (col[0] / 255, col[1] / 255, col[2] / 255)


def tile_label(e: Entry) -> str:
    """A tile's own label: its material[/page] (its row names the record)."""
    return row_key(e).split(RECORD)[0]


# ---- the whole package ----------------------------------------------------------------------


def _nothing() -> None:
    pass


class BlankTemplates:
    """Which files are an event template's built without an event (`build` of
    event-flyer-a5 alone): the template's event slots (merge.events.event_fields) are all
    empty in the document's content (the campaign's, its office's and its language's
    fields), so it shows the campaign's art under no event's details. A print shop got them
    beside the events' flyers, with copies from a material-wide order line. Judged once per
    material, language and office; a file whose layout or language the kit no longer has is
    not blank."""

    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        self.judged: dict[tuple[str, str, str | None], bool] = {}
        self.left_out: list[OutputFile] = []

    def __call__(self, f: OutputFile) -> bool:
        if f.record is not None:
            return False
        key = (f.material, f.language, f.office)
        if key not in self.judged:
            self.judged[key] = self._blank(*key)
        return self.judged[key]

    def _blank(self, material: str, language: str, office: str | None) -> bool:
        from .merge.events import event_fields
        from .resolve import resolve_kit

        layout, lang = self.kit.layouts.get(material), self.kit.languages.get(language)
        fields = event_fields(layout) if layout is not None else set()
        if not fields or lang is None or (office and office not in self.kit.offices):
            return False
        content = resolve_kit(self.kit, lang, office=self.kit.offices[office] if office else None)
        return not any(content.value(name).text for name in fields)

    def keep(self, files: Iterable[OutputFile]) -> Iterator[OutputFile]:
        """`files` but the blank templates' (those are added to `left_out`)."""
        for f in files:
            if self(f):
                self.left_out.append(f)
            else:
                yield f


def build_package(
    kit: Kit,
    build: Path,
    out: Path,
    tick: Callable[[], None] = _nothing,
    order: Path | None = None,
    errs: Collector | None = None,
    removed: list[Path] | None = None,
    blank: BlankTemplates | None = None,
    job: str | None = None,
) -> list[Path]:
    """Verify the build's files, then write every group's ZIPs, contact sheet and index into
    `out` (all or nothing); returns the paths written, by name (numbers as numbers, a sheet
    before its -2). With `job` (a name checked by `job_name`), every product's name begins
    with it (`<job>-<group>-print.zip`) and the job sheets and indexes name it: two packages
    of one office (this week's flyers, next week's posters) no longer arrive at a print shop
    under the same names. `tick` is called for each step done (a file checked, a file packed, a
    preview's thumbnails made), for a progress display. The products the folder's last
    package wrote (its LISTING) and this one did not are removed, and added to `removed`.

    The build folder's lock is held while it is read (publishing.BuildLock: a build that
    published into it meanwhile made its files differ from the manifest read first, a
    `package.changed` halfway), unless the folder cannot be written (another user's build:
    read without it).

    Raises DiagnosticsError `package.busy` when a build (or another package) holds the
    folder, `package.manifest`, `package.missing` or `package.changed` before anything is
    written (every file is checked first, and again as it is packed), and `package.output`
    when `out` cannot be written (then nothing is moved into place), and `package.order` for
    a print order (`order`: printorder.read_order) with errors, before anything is written;
    the order's warnings go to `errs`. With `blank`, the files it finds blank event
    templates are left out of every product (and listed in its `left_out`)."""
    # a folder that is missing or cannot be written: no lock (load_manifest names what is
    # missing)
    with BuildLock(build, build, user="package", optional=True) as lock:
        held = lock.fd is not None
        if held:  # a publish a killed build left is seen to here, under the lock held
            recover_locked(build, build)
        return _build_package(
            kit, build, out, tick, held, order, errs or Collector(), removed, blank, job
        )


def _low_resolution(files: Iterable[OutputFile], errs: Collector) -> None:
    """A `package.resolution` warning naming the print files with an image below the
    resolution print shops' preflight asks for (`low_ppi`), which their job sheet rows name
    too."""
    low = [
        (f.path.rsplit("/", 1)[-1], note)
        for f in files
        if f.variant in PRINT_VARIANTS and (note := low_ppi(f))
    ]
    if not low:
        return
    from .layout.items.image import GOOD_PPI

    shown = ", ".join(name for name, _ in low[:MAX_NAMED])
    more = f" and {len(low) - MAX_NAMED} more" if len(low) > MAX_NAMED else ""
    errs.warn(
        "package.resolution",
        f"{len(low)} print file(s) hold an image below {GOOD_PPI:.0f} ppi, which print shops' "
        f"preflight refuses: {shown}{more}; their job sheet rows say so",
        None,
        "replace the image with a larger one (the build's image.ppi-warning gives the pixels "
        "needed), or agree the resolution with the print shop (a banner seen from afar)",
    )


def _build_package(
    kit: Kit,
    build: Path,
    out: Path,
    tick: Callable[[], None],
    recovered: bool,
    order_file: Path | None,
    errs: Collector,
    removed: list[Path] | None = None,
    blank: BlankTemplates | None = None,
    job: str | None = None,
) -> list[Path]:
    files = load_manifest(build, recovered=recovered)
    if blank is not None:
        files = Spool(blank.keep(files))
    broken: list[Diagnostic] = []  # every file that fails, not the first only
    for f in files:
        try:
            checked(build, f)  # the bytes are dropped, and read again when packed
        except DiagnosticsError as exc:
            broken += exc.diagnostics
            if len(broken) >= MAX_NAMED:
                break
        tick()
    if broken:
        raise DiagnosticsError(broken)
    prints = (f for f in files if f.variant in PRINT_VARIANTS)
    order = read_order(order_file, prints, errs) if order_file is not None else None
    _low_resolution(files, errs)
    date = epoch(kit.campaign.year)
    with closing(sqlite3.connect("")) as db, Products(out) as products:  # "": temporary
        plan = Plan(db, files, kit)
        combined = _combined_files(build, plan, errs)
        left_out = {f.path: f for f in blank.left_out} if blank is not None else {}
        made = _made_sheets(build, plan, errs, left_out)
        for group in plan.groups():
            together = [c for c in combined if group_of(c.parts[0]) == group]  # print files
            mine = [m for m in made if group_of(m.parts[0]) == group]
            pressed = [m for m in mine if m.mode != "home"]  # for a print shop
            overlap = overlapping(pressed)
            _overlap_warning(group, overlap, errs)
            stem = f"{job}-{group}" if job else group  # the products' names begin with it
            if plan.has(group, PRINT_VARIANTS):
                label = "job sheet" + (f" {job}" if job else "")
                title = f"{kit.campaign.name} {kit.campaign.year} \u2013 {label} \u2013 {group}"
                outside = {c.name: _not_held(plan, group, c) for c in together}
                rows = [
                    itertools.chain(
                        job_rows(kit, plan.entries(group, PRINT_VARIANTS), order),
                        (combined_row(kit, c, outside[c.name], order) for c in together),
                        (sheet_row(kit, m, order, overlap.get(m.name, ())) for m in pressed),
                    )
                    for _ in range(2)
                ]
                sheets = [
                    ("JOB-SHEET.csv", job_csv(rows[0])),
                    ("JOB-SHEET.txt", job_txt(title, rows[1], order is not None)),
                ]
                packed = _packed(build, plan.entries(group, PRINT_VARIANTS, by_name=True), tick)
                whole = sorted((c.name, _combined_bytes(build, c)) for c in together)
                imposed = _sheet_members(build, pressed)
                members = heapq.merge(packed, sheets, whole, imposed, key=lambda member: member[0])
                products.zip(f"{stem}-print.zip", members, date)
            if plan.has(group, SCREEN_VARIANTS):
                packed = _packed(build, plan.entries(group, SCREEN_VARIANTS, by_name=True), tick)
                home = _sheet_members(build, [m for m in mine if m.mode == "home"])
                products.zip(
                    f"{stem}-screen.zip",
                    heapq.merge(packed, home, key=lambda member: member[0]),
                    date,
                )
            campaign = kit.campaign
            who = "Campaign kit" if group == CAMPAIGN_GROUP else office_title(kit, group)
            who += f" \u2013 job {job}" if job else ""
            index = IndexPdf(kit, f"{campaign.name} {campaign.year}", who)
            found = sheets_of(kit, group, plan.previews(group), plan.rows(group))
            for n, sheet in enumerate(found, 1):
                shown = {}
                for e in sheet.tiles.values():
                    shown[e.file.path] = thumbnails(checked(build, e.file))
                    tick()
                products.write(sheet_names(stem, n)[-1], contact_sheet(kit, sheet, shown))
                index.grid(sheet, shown)
            entries = Spool(plan.entries(group))
            products.write(f"{stem}-index.pdf", index.files(entries, together, mine))
    if removed is not None:
        removed += products.removed
    return products.written


def _combined_files(build: Path, plan: Plan, errs: Collector) -> list[Combined]:
    """The merges' combined files (merge.combine) that hold the manifest's files as they are,
    for the print ZIP of their parts' group; a `package.combined` warning for each other one
    (left out of the package)."""
    found = []
    for c in combined_files(build, plan.file):
        if isinstance(c, str):
            errs.warn(
                "package.combined",
                f"{c}: it is left out of the package",
                None,
                "merge the data again with --combined (the same merge command) to make it "
                "again from the files as they are"
                + ("" if " is missing " in c else ", or delete it"),
            )
        else:
            found.append(c)
    return found


def overlapping(sheets: Sequence[MadeSheet]) -> dict[str, tuple[str, ...]]:
    """Per sheet, the other sheets that place some of its files: an A4 and a Letter gang
    sheet and a sticker sheet of the same badges each said "print either it or those
    files", and a print shop that followed every note printed the badges three times (an
    organiser's trial)."""
    paths = {m.name: {f.path for f in m.parts} for m in sheets}
    out = {}
    for m in sheets:
        others = tuple(n for n, placed in paths.items() if n != m.name and placed & paths[m.name])
        if others:
            out[m.name] = others
    return out


def _overlap_warning(group: str, overlap: Mapping[str, Sequence[str]], errs: Collector) -> None:
    """A `package.sheet` warning naming the sheets of a group that place the same files."""
    if not overlap:
        return
    names = ", ".join(sorted(overlap))
    errs.warn(
        "package.sheet",
        f"{group}: the sheets {names} place some of the same files: printed each as its job "
        "sheet note says, those files print more than once",
        None,
        "keep one sheet for each set of files in sheets/ (delete the others), then package; "
        "or tell the print shop which to print (the job sheet's notes name them)",
    )


def _made_sheets(
    build: Path, plan: Plan, errs: Collector, left_out: Mapping[str, OutputFile]
) -> list[MadeSheet]:
    """The sheets `sheet` made in the build folder's sheets/ that place the manifest's files
    as they are (sheets.record), for their group's ZIPs (a home sheet: the screen ZIP, which
    is the office's own; any other: the print ZIP) and job sheet; a `package.sheet` warning
    for each other one (left out of the package). A sheet of blank event templates
    (`left_out`: BlankTemplates) is left out with them, without a warning: it was told that
    a later build had changed its files."""
    found = []

    def listed(path: str) -> OutputFile | None:
        return plan.file(path) or left_out.get(path)

    for m in made_sheets(build, listed):
        if isinstance(m, str):
            errs.warn(
                "package.sheet",
                f"{m}: it is left out of the package",
                None,
                "make it again from this build with the same `python generate.py sheet` "
                "command" + ("" if " is missing " in m else ", or delete it"),
            )
        elif not any(f.path in left_out for f in m.parts):  # blank templates: the package's
            found.append(m)  # note names them
    return found


def _sheet_members(build: Path, sheets: Sequence[MadeSheet]) -> list[tuple[str, bytes]]:
    """The sheets as ZIP members (sheets/<name>), by name, each checked again as it is
    packed. Raises DiagnosticsError `package.changed` when one is no longer as recorded."""
    fix = "make the sheet again, then package"
    return [
        (f"{SHEETS_DIR}/{m.name}", _as_found(build / SHEETS_DIR / m.name, m.sha256, fix))
        for m in sorted(sheets, key=lambda m: m.name)
    ]


def _as_found(path: Path, sha256: str, fix: str) -> bytes:
    """A file's bytes, checked again as it is packed. Raises DiagnosticsError
    `package.changed` (with `fix` as the hint) when their sha256 is no longer `sha256`."""
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise failure(
            "package.changed",
            f"{display_path(path)} changed while the package was made",
            None,
            fix,
        )
    return raw


def _not_held(plan: Plan, group: str, c: Combined) -> list[str]:
    """The names of the group's merged print PDFs of `c`'s material that `c` does not hold."""
    held = {f.path for f in c.parts}
    return [
        e.name
        for e in plan.entries(group, PRINT_VARIANTS, by_name=True)
        if e.file.material == c.material and e.file.record and e.file.path not in held
    ]


def _combined_bytes(build: Path, c: Combined) -> bytes:
    """A combined file's bytes, checked again as it is packed. Raises DiagnosticsError
    `package.changed` when they are no longer those `combined_files` found."""
    return _as_found(build / c.name, c.sha256, REMERGE + " with --combined, then package")


class Older(NamedTuple):
    """The files of a build folder that its last build did not make (`not_last_build`)."""

    files: int  # of them
    total: int  # files in the folder's manifest
    merged: int  # of them a merge made (a record's: made again by merging its data)
    campaign: int  # of them the campaign kit's build made (`build`)
    offices: tuple[str, ...]  # the offices whose builds made the others (`build --office`)
    # of the merged ones, those of the data file the last build merged (`data`): events whose
    # row it merged with other values (`changed`) or not at all (`gone`: the row removed, or
    # refused), by event id, and the templates they were merged into
    data: str = ""
    stale: int = 0  # files of `changed` and `gone` events
    changed: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()
    # files (not merged ones) of a language their group's file no longer lists, by (office or
    # None, language): no build makes them again; `build --prune` removes them
    unlisted: tuple[tuple[str | None, str, int], ...] = ()
    # the older files (but `stale` ones) by material, with their languages ("rollup-850
    # (th)"; an office's: "poster-a3 of brussels (fr)"): the warning said how many, not which
    # (a designer's trial)
    named: tuple[str, ...] = ()


def stamped(build: Path) -> bool:
    """Whether the build's manifest has a build stamp. A build that publishes with a failed
    job writes none (pipeline.api: the failed jobs keep their earlier files, or have none),
    and `package` packed such a folder without a word: a print shop was sent a kit lacking
    the languages that failed. A failed build that publishes nothing leaves the manifest,
    and its stamp, as the earlier build left them (a whole build of the kit as it was); a
    folder joined from shards has none when some are missing or of other builds."""
    from .output import manifest_stamp

    return manifest_stamp(build)[0] is not None


def not_last_build(build: Path, kit: Kit | None = None) -> Older:
    """The files of the build's manifest that its last build did not make: a build of one
    language into the folder of a whole build keeps the other languages' files, made before
    it, perhaps from an earlier state of the kit (another colour): `package` packed them
    beside the new ones without a word. The last build's jobs are its stamp's
    (output.iter_stamp_jobs); none counted when the manifest has no stamp to tell. Each is
    counted by what makes it again: a merge, the campaign kit's build or an office's.

    A file made from the kit as it was at the last build (its entry's `kit`, the stamp's:
    fingerprint.kit_state) is not older: a build and a merge into one folder, in either
    order, counted every file of the one before ("build everything again", then after that
    "merge again"). A merged file of the data file the last build merged (a merge into
    another template of the same rows: event-flyer-a4 beside event-flyer-a5) is current
    only when the last build merged its row, in its language, with the same values
    (entries' `row` digest); one whose row the last merge had with other values, or did not
    have, is counted and named. After the kit changed (a theme edited), every file the last
    build did not make is counted, as it may show the kit's earlier state; of them, those of
    a language that `kit` no longer lists for their group (campaign.yaml's or the office's
    `languages:`) are counted apart (`unlisted`), as building again never makes them: only
    `build --prune` removes them (the advice to build again changed nothing)."""
    from .output import iter_manifest, iter_stamp_jobs, manifest_stamp
    from .pipeline.incremental import group_states

    none = Older(0, 0, 0, 0, ())
    stamp, walked = manifest_stamp(build)
    if stamp is None:
        return none
    made = {tuple(job) for job in iter_stamp_jobs(build, walked) if isinstance(job, list)}
    if not made:
        return none
    rows: dict[tuple[object, ...], object] = {}  # (data, place, record, language): row digest
    for f in iter_manifest(build, walked):
        if f.job in made and f.record is not None and "data" in f.extra:
            rows[_row_key(f)] = f.extra.get("row")
    merged_data = {key[:2] for key in rows}
    states = group_states(stamp)  # each group's kit state at the last build
    total = older = merged = campaign = stale = 0
    offices: set[str] = set()
    changed: set[str] = set()
    gone: set[str] = set()
    templates: set[str] = set()
    unlisted: dict[tuple[str | None, str], int] = {}
    by_material: dict[str, set[str]] = {}
    for f in iter_manifest(build, walked):
        total += 1
        if f.job in made:
            continue
        kit_now = states.get(f.office)
        same_kit = kit_now is not None and f.extra.get("kit") == kit_now
        key = _row_key(f) if f.record is not None else None
        if same_kit and (key is None or key[:2] not in merged_data):
            continue  # made earlier from the kit as the last build had it
        if kit is not None and f.record is None and not _listed(kit, f):
            # of an earlier kit, whose group listed the language then (`--lang tr` of a kit
            # that never listed tr, unchanged since, is current: above)
            unlisted[(f.office, f.language)] = unlisted.get((f.office, f.language), 0) + 1
            continue
        if key is not None and same_kit:
            row = f.extra.get("row")
            if key in rows and row is not None and rows[key] == row:
                continue  # the last merge's row, merged into another template, same kit
            (changed if key in rows else gone).add(f.record or "")
            templates.add(f.material)
            stale += 1
        else:
            what = f.material + (f" of {f.office}" if f.office else "")
            by_material.setdefault(what, set()).add(f.language)
        older += 1
        if f.record is not None:
            merged += 1
        elif f.office:
            offices.add(f.office)
        else:
            campaign += 1
    data = str(next(iter(merged_data))[0]) if len(merged_data) == 1 else ""
    return Older(
        older,
        total,
        merged,
        campaign,
        tuple(sorted(offices)),
        data,
        stale,
        tuple(sorted(changed)),
        tuple(sorted(gone)),
        tuple(sorted(templates)),
        tuple((o, lang, n) for (o, lang), n in sorted(unlisted.items(), key=_unlisted_order)),
        tuple(f"{m} ({', '.join(sorted(langs))})" for m, langs in sorted(by_material.items())),
    )


def _unlisted_order(item: tuple[tuple[str | None, str], int]) -> tuple[str, str]:
    return (item[0][0] or "", item[0][1])


def _listed(kit: Kit, f: OutputFile) -> bool:
    """Whether the kit lists the language of `f` for its group (an office's `languages:`, or
    campaign.yaml's); an office the kit no longer has lists it (it is not for this to say)."""
    if f.office is None:
        return f.language in kit.campaign.languages
    office = kit.offices.get(f.office)
    return office is None or f.language in office.languages


def _row_key(f: OutputFile) -> tuple[object, ...]:
    """A merged file's row, as `not_last_build` matches files of several templates."""
    return (f.extra.get("data"), f.extra.get("data_place"), f.record, f.language)


def _packed(
    build: Path, entries: Iterable[Entry], tick: Callable[[], None]
) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of each entry as it comes, each file read and checked again."""
    for e in entries:
        yield e.name, checked(build, e.file)
        tick()


class Products:
    """The package's products, each written to a temporary name in `out` as it is made and
    all moved into place when the `with` block ends without an error; on an error every
    temporary file is removed. Raises DiagnosticsError `package.output` on an OSError."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.parts: list[tuple[Path, Path]] = []  # (temporary, target): a few per group
        self.written: list[Path] = []
        self.removed: list[Path] = []  # an earlier package's products not made now

    def __enter__(self) -> Products:
        return self

    def _part(self, name: str) -> Path:
        if not self.parts:
            self.out.mkdir(parents=True, exist_ok=True)
        part = self.out / f".{name}.part-{os.getpid()}"
        self.parts.append((part, self.out / name))
        return part

    def write(self, name: str, blob: bytes) -> None:
        self._part(name).write_bytes(blob)

    def _remove_earlier(self) -> None:
        """Remove the products the folder's last package wrote (LISTING) that this one did
        not write, into `removed`, and list this one's: no other file of the folder is ever
        removed (a first package, or a folder whose listing cannot be read, removes none)."""
        listing = self.out / LISTING
        try:
            earlier = json.loads(listing.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            earlier = []
        written = {p.name for p in self.written}
        for name in earlier if isinstance(earlier, list) else ():
            if not isinstance(name, str) or name in written or Path(name).name != name:
                continue
            path = self.out / name
            if name != LISTING and path.is_file():
                path.unlink()
                self.removed.append(path)
        listing.write_text(json.dumps(sorted(written), indent=1) + "\n", encoding="utf-8")

    def zip(self, name: str, members: Iterable[tuple[str, bytes]], date: tuple[int, ...]) -> None:
        """A ZIP of `members`, sorted by name, written one member at a time (write_zip)."""
        with self._part(name).open("wb") as target:
            write_zip(target, members, date)

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        try:
            if exc is None:
                self.out.mkdir(parents=True, exist_ok=True)  # an empty build's package too
                for part, target in sorted(self.parts, key=lambda p: product_order(p[1].name)):
                    os.replace(part, target)
                    self.written.append(target)
                self._remove_earlier()
                return
        except OSError as error:
            exc = error
        for part, _ in self.parts:
            part.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise failure(
                "package.output",
                f"cannot write the package into {display_path(self.out)} ({exc.strerror})",
                None,
                "check that the folder is writable and the disk not full",
            ) from None


# The products the last package wrote into its folder, by name (JSON), so that the next one
# removes those it does not make again (a third contact sheet of a build that now has two
# was left beside them, "sheet 3 of 3", and sent with the package) and nothing else
LISTING = ".package-products.json"


def write_all(out: Path, products: dict[str, bytes]) -> list[Path]:
    """Each product to a temporary name first, then all moved into place (Products)."""
    with Products(out) as made:
        for name, blob in sorted(products.items()):
            made.write(name, blob)
    return made.written


def _times(n: int) -> str:
    """`n` printing runs in words: once, twice, 3 times."""
    return {1: "once", 2: "twice"}.get(n, f"{n:,} times")
