"""The build's manifest read for a package: its entries spooled, checked against their sha256
(`checked`, `verify`), grouped (the campaign and each office) and put in contact-sheet row
order in a temporary SQLite database (`Plan`)."""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from .. import commands, manifest_reader
from ..diagnostics import NO_BUILD, Diagnostic, DiagnosticsError, Subject, display_path, failure
from ..model import Kit
from ..model.language import listed_first
from ..output import MANIFEST, OutputFile, pickled
from ..publishing import recover
from ..spool import Spool
from .folders import what_folder

CAMPAIGN_GROUP = "campaign"


PRINT_VARIANTS = ("print",)


SCREEN_VARIANTS = ("digital", "screen", "social")


DRAFT_LABEL = "DRAFT \u2013 not reviewed"


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
        raise DiagnosticsError(_no_manifest(build, command)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise failure(
            "package.manifest",
            f"cannot read {display_path(path)}: {exc}",
            None,
            REBUILD + " (and check that your user may read it)",
        ) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise failure(
            "package.manifest",
            f"{display_path(path)} is not a build manifest ({type(exc).__name__}: {exc})",
            None,
            REBUILD + " to write a fresh one",
        ) from None


def _no_manifest(build: Path, command: str) -> Diagnostic:
    """`package.manifest` for a `build` folder without a manifest: what it is when the kit
    wrote it (a package, a folder inside a build: folders.what_folder), else the build to run
    first."""
    told = what_folder(build, command)
    if told is not None:
        message, hints = told
        return Diagnostic("package.manifest", message, None, hints)
    return Diagnostic(
        "package.manifest",
        f"no manifest at {display_path(build / MANIFEST)}; {command} reads a finished build",
        None,
        (
            f"run `{commands.command(f'build{commands.out(build)}')}` first, "
            "or pass --from BUILD_DIR",
        ),
        facts=((NO_BUILD, build),),  # the kits below, of the command line's fallback
    )


def verify(build: Path, files: Iterable[OutputFile], user: str = "package") -> dict[str, bytes]:
    """Every listed file's bytes, checked against the manifest's sha256 (`checked`), by path.
    For the files a product needs at once (a sheet's: `user` "sheet", whose errors are
    `sheet.missing` and `sheet.changed`); `build_package` checks every file first and reads
    each again as it packs it."""
    return {f.path: checked(build, f, user) for f in files}


def _again(build: Path, f: OutputFile) -> str:
    """How to make a file of the build again: the command that made the folder when it made
    the file (`_made_by_last`), quoted; else its merge, naming its data file where the
    manifest tells (an organiser's trial: "merge its data file" named none), or the build,
    in words (the command is not known: the file is of an earlier build, or the folder has
    no stamp)."""
    made = _made_by_last(build, f)
    if made is not None:
        kind = "merge" if f.record else "build"
        return f"{kind} again with the command that made the folder ({made})"
    data = f.extra.get("data") if f.record else None
    if data:
        return f"merge {data} into the folder again (the same merge command)"
    return REMERGE if f.record else REBUILD


def _made_by_last(build: Path, f: OutputFile) -> str | None:
    """The command of the folder's last build (or merge), as a hint quotes it (its stamp's,
    package.build.built_with, with -o unless the folder is the command's default, and
    --kit), when that build made `f` (its job is among the stamp's, and a merge's file is of
    a merge); None when not, or not known. Read when a file fails its check: "rebuild it with
    the same build command (its --kit, --office and -o)" did not say which."""
    from ..output import iter_stamp_jobs, manifest_stamp
    from .build import built_with

    stamp, walked = manifest_stamp(build)
    words = built_with(stamp) if stamp is not None else None
    if words is None:
        return None
    if (f.record is not None) != words.startswith("merge "):
        return None
    job = list(f.job)
    if not any(made == job for made in iter_stamp_jobs(build, walked)):
        return None
    return commands.made_again(build, words)


def checked(build: Path, f: OutputFile, user: str = "package") -> bytes:
    """The bytes of the file `f` lists in `build`. Raises DiagnosticsError
    `package.manifest` (a path outside the build), `package.missing` (it cannot be read) or
    `package.changed` (its sha256 is not the manifest's); `sheet.missing` and
    `sheet.changed` for `user` "sheet" (the command that reads it)."""
    path = build / f.path
    subject = Subject(office=f.office, material=f.material, language=f.language)
    if not path.resolve().is_relative_to(build.resolve()):
        raise failure(
            "package.manifest",
            f"{f.path} points outside {display_path(build)}",
            None,
            REBUILD + " to write a fresh one",
        )
    try:
        raw = path.read_bytes()
    except OSError:
        raise DiagnosticsError(
            Diagnostic(
                f"{user}.missing",
                f"{display_path(path)} is listed in the manifest but missing",
                None,
                (f"{_again(build, f)}, then {user}",),
                subject=subject,
            )
        ) from None
    if hashlib.sha256(raw).hexdigest() != f.sha256:
        raise DiagnosticsError(
            Diagnostic(
                f"{user}.changed",
                f"{display_path(path)} changed since the build (its sha256 is not the manifest's)",
                None,
                (_again(build, f) + "; never edit built files",),
                subject=subject,
            )
        )
    return raw


# How many files that fail their check a package names before it stops looking (a folder
# whose every file changed is one cause)
MAX_NAMED = 50


def group_of(f: OutputFile) -> str:
    return f.office or CAMPAIGN_GROUP


def group_languages(kit: Kit, group: str) -> tuple[str, ...]:
    """The languages of a group in the order its file lists them (Kit.languages_of), the
    order the package lists the group's files in (contact sheets' columns, the job sheets'
    rows, the index's list of files)."""
    return kit.languages_of(None if group == CAMPAIGN_GROUP else group)


# a language's place in its group's order, as sortable text (model.language.listed_first)
language_key = listed_first


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
            "row_order TEXT, folder TEXT, lang_order TEXT)"
        )
        orders: dict[str, tuple[str, ...]] = {}  # each group's languages (group_languages)
        for f in files:
            # its name in the build (older builds: what it would be named now), and its
            # contact-sheet row's place (row_order): rows read back in order, a sheet at a time
            order = sortable(row_order(kit, row_key(Entry(f, "", f.page_name)))) if kit else ""
            group = group_of(f)
            if kit is not None and group not in orders:
                orders[group] = group_languages(kit, group)
            # its language's place in its group's languages (`entries`' order)
            lang = language_key(orders.get(group, ()), f.language)
            folder = f.path.rpartition("/")[0]
            row = (group, f.name, f.path, f.variant, pickled(f), order, folder, lang)
            db.execute("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
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
        """The group's entries (of `variants`: all when None) as the package lists them
        (the job sheet's rows, the index's list): by folder (a material's), then language in
        the group's order (group_languages), then path (as sorted() keeps equal paths: in
        the manifest's order); or by name (the ZIPs' members)."""
        where, args = "grp = ?", [group]
        if variants is not None:
            where += f" AND variant IN ({', '.join('?' * len(variants))})"
            args += variants
        order = "name" if by_name else "folder, lang_order, path, rowid"
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
