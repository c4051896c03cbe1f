"""Publish outputs atomically: a build writes every file into its staging folder inside the
output folder (`out/.staging-<pid>/`), then publishes them, the removal of its stale files,
the manifest and the gallery in one transaction (publishing.py: a journal, backups, a commit
point). A build that fails, or is killed, at any moment leaves the previous output or the new
one, never a mix, with a manifest that matches the files; a killed build's publish is rolled
back or finished by the next build. Builds into one folder take turns (a lock file). The
manifest lists files, never the dot-folders and dot-files of staging, journal and lock.

Every file is named by `file_name`: what it is and for whom, unique across the whole build, so
files from many folders can go into one print shop's hot folder (and `package` uses the same
names).

The output folder is the build's: the manifest lists the files it wrote. Files of jobs no longer
in the kit are removed on publish, and files a rebuilt job no longer makes (a page less); files
the manifest does not list, or that changed since, are never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath
from typing import Any

from . import manifest_reader
from .cache import digest
from .diagnostics import failure
from .publishing import (
    JOURNAL,
    NOT_PUBLISHED,
    STAGING,
    BuildLock,
    Step,
    cannot,
    reason,
    reason_of,
    recover_locked,
    remedy,
    sweep,
    transact,
)
from .spool import Spool

MANIFEST = manifest_reader.MANIFEST
# manifests written before renditions were named: variant -> rendition
LEGACY_RENDITIONS = {"print": "print_pdf", "digital": "digital_pdf", "screen": "preview_png"}

JobId = tuple[
    str, str, str | None, str | None, str
]  # material, language, office, record, rendition

PNG_KINDS = {"screen": "preview", "social": "social"}  # variant -> what a PNG's name says


def file_name(
    material: str,
    language: str,
    variant: str,
    *,
    office: str | None = None,
    record: str | None = None,
    page: str = "",
) -> str:
    """`<material>-<lang>[-<office>][-<record>]` and what the file is: `.pdf` (print),
    `-digital.pdf`, `-preview[-<page>].png` or `-social[-<page>].png` (`page` for a material of
    several pages, which has a PNG per page)."""
    return with_ending(
        "-".join(p for p in (material, language, office, record) if p), variant, page
    )


def with_ending(base: str, variant: str, page: str) -> str:
    """`base` and what the file is: `.pdf`, `-digital.pdf`, `-preview[-<page>].png` or
    `-social[-<page>].png`."""
    if variant == "print":
        return f"{base}.pdf"
    if variant == "digital":
        return f"{base}-digital.pdf"
    return f"{base}-{PNG_KINDS[variant]}{'-' + page if page else ''}.png"


NAME_FIELDS = ("event_id", "lang", "template")


def named(pattern: str, material: str, language: str, record: str, variant: str, page: str) -> str:
    """A merge's own file name (`--name "{event_id}-{lang}"`): the pattern with the record's
    id, the language and the template filled in, then what the file is (as file_name)."""
    return with_ending(
        pattern.format(event_id=record, lang=language, template=material), variant, page
    )


def file_path(
    material: str,
    language: str,
    variant: str,
    *,
    office: str | None = None,
    record: str | None = None,
    page: str = "",
) -> str:
    """Where the file goes in the output folder: `<material>/`, or `<office>/<material>/` for an
    office, then its file_name."""
    folder = f"{office}/{material}" if office else material
    name = file_name(material, language, variant, office=office, record=record, page=page)
    return f"{folder}/{name}"


@dataclass(frozen=True, slots=True)  # slots: a merge's parent keeps one per file (10,000)
class OutputFile:
    path: str  # relative to the output folder, with forward slashes
    material: str
    language: str
    format: str  # pdf | png
    variant: str  # print | digital | screen | social
    trim_mm: tuple[float, float]
    pages: int
    sha256: str
    bytes: int
    badge: dict[str, float] | None = None
    extra: dict[str, object] = field(default_factory=dict)
    rendition: str = ""  # the job that wrote it: material, language, office, record, rendition
    office: str | None = None
    record: str | None = None
    fingerprint: str = ""  # sha256 of every input the job read
    page: str | None = None  # "" or the page a PNG shows; None: written before names said it

    @property
    def job(self) -> JobId:
        rendition = self.rendition or LEGACY_RENDITIONS.get(self.variant, self.variant)
        return (self.material, self.language, self.office, self.record, rendition)

    @property
    def page_name(self) -> str:
        """The page this PNG shows, of a material of several pages; "" for any other file."""
        if self.page is not None:
            return self.page
        # written before files were named by file_name: <folder>/<lang>[-<page>].png
        stem = PurePosixPath(self.path).stem
        if self.format == "png" and stem.startswith(self.language + "-"):
            return stem[len(self.language) + 1 :]
        return ""

    @property
    def name(self) -> str:
        """The file's name, unique in the build (file_name): the basename of `path`, but for
        files of older builds."""
        return PurePosixPath(self._where).name

    @property
    def has_current_name(self) -> bool:
        """The file is where this code writes it (older builds named files <lang>.pdf...)."""
        return self.path == self._where

    @property
    def _where(self) -> str:
        return file_path(
            self.material,
            self.language,
            self.variant,
            office=self.office,
            record=self.record,
            page=self.page_name,
        )


# the build folder's folder of the sheets `sheet` makes (sheets.record), which `package` and
# a build or merge read (pipeline.building: a sheet of files made again)
SHEETS_DIR = "sheets"


@dataclass(frozen=True)
class Published:
    files: Sequence[OutputFile]  # every file of the output folder's manifest (a Spool)
    removed: Sequence[str]  # files of ours deleted (their jobs left the kit or stopped making them)
    manifest: bool = False  # the manifest was written (files, or only its stamp, changed)


class Staging:
    """A private folder inside `out` (`out/.staging-<pid>`) whose files become part of `out`
    only on publish(), all together. Entering it takes the folder's lock, finishes or rolls
    back a publish a killed build left, and deletes stale staging folders; leaving it deletes
    the staging folder, and `out` itself when the build made it and published nothing."""

    def __init__(self, out: Path, user: str = "build") -> None:
        self.user = user  # "build" or "merge", for the lock (publishing.BuildLock)
        self.shown = out  # as the user named it, for messages
        self.out = out.resolve()
        self.dir = self.out / f"{STAGING}{os.getpid()}"
        self.published = False
        self._made: list[Path] = []  # folders made for `out`, parents first
        self._lock: BuildLock | None = None

    def __enter__(self) -> Staging:
        self._made = make_output_folder(self.out, self.shown)
        try:
            self._lock = BuildLock(self.out, self.shown, self.user).__enter__()
            recover_locked(self.out, self.shown)
            sweep(self.out)
            self.dir.mkdir()
        except OSError as exc:
            self._leave()
            raise failure(
                "build.output",
                f"{self.shown}/ is not writable ({reason(exc)}); {NOT_PUBLISHED}",
                None,
                remedy(exc),
            ) from None
        except BaseException:
            self._leave()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if not (self.out / JOURNAL).exists():  # else a publish that could not roll back
            shutil.rmtree(self.dir, ignore_errors=True)
        self._leave()

    def _leave(self) -> None:
        """Release the lock; remove the output folder the build made if it published nothing."""
        if self._lock is not None:
            self._lock.__exit__()
            self._lock = None
        if not self.published:
            for folder in reversed(self._made):
                try:
                    folder.rmdir()
                except OSError:
                    break  # not empty

    def write(self, rel: str, data: bytes, meta: dict[str, Any]) -> OutputFile:
        """Write one file into the staging folder (from any worker process); the entry it
        returns is published only if passed to publish(). An OSError (a full disk) stops the
        build: nothing is published."""
        target = (self.dir / rel).resolve()
        if not target.is_relative_to(self.dir):
            raise AssertionError(f"output path escapes the output folder: {rel}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            raise failure(
                "build.output",
                f"{reason(exc)} while writing {rel} (in {self.shown}); {NOT_PUBLISHED}",
                None,
                remedy(exc),
            ) from None
        digest = hashlib.sha256(data).hexdigest()
        return OutputFile(path=rel, sha256=digest, bytes=len(data), **meta)

    def publish(
        self,
        files: Iterable[OutputFile],
        in_kit: Callable[[OutputFile], bool] = lambda f: True,
        build: dict[str, object] | None = None,
        extras: Callable[[Sequence[OutputFile]], Mapping[str, str | Iterable[str]]] | None = None,
        kept: Callable[[OutputFile], OutputFile] = lambda f: f,
        failed: dict[str, object] | None = None,
    ) -> Published:
        """Publish the staged `files` into `out` in one transaction (publishing.transact):
        them, the deletion of our files whose job is not `in_kit` any more (or was rebuilt
        without them), the manifest with the build's stamp `build` (pipeline.incremental;
        None: a build in which a job failed, which leaves the manifest as it was when it
        publishes nothing), and the top-level files `extras` makes of the manifest's entries
        (the gallery: a text, or its text in pieces); an earlier entry kept is listed as
        `kept` gives it; `failed`: what a build in which a job failed was asked for, kept in the
        manifest in place of a stamp (`manifest_doc`). Raises `cannot publish` with the
        output folder unchanged.

        `files` is read once, and nothing here holds every entry (a merge of 100,000 files):
        the entries, the steps and the files removed are spooled to temporary files, sorted
        by a temporary SQLite database (merge_manifest)."""
        steps: Spool[Step] = Spool()
        made = [0]

        def staged(f: OutputFile) -> None:
            made[0] += 1
            steps.append(Step(f.path, exists(self.out / f.path), True))

        try:
            listed, stale = merge_manifest(self.out, files, in_kit, staged, kept)
            removed: Spool[str] = Spool()
            for f in stale:
                if unchanged(self.out, f):
                    steps.append(Step(f.path, True, False))
                    removed.append(f.path)
        except OSError as exc:
            raise cannot(reason_of(exc), remedy(exc)) from None
        tops = {} if extras is None else extras(listed)
        for name, text in tops.items():
            if self.stage_top(name, text):
                steps.append(Step(name, exists(self.out / name), True))
        # a build in which a job failed and that publishes nothing leaves the manifest as it
        # was, its last stamp too: `failed` is written only with what it publishes
        manifest = bool(made[0] or stale or not self._same_stamp(build))
        manifest = manifest and self.stage_manifest(listed, build, failed=failed)
        if manifest:
            steps.append(Step(MANIFEST, exists(self.out / MANIFEST), True))  # moved last
        if steps:
            transact(self.out, self.shown, self.dir, steps)
        self.published = True
        return Published(listed, removed, manifest)

    def _same_stamp(self, build: dict[str, object] | None) -> bool:
        """A manifest is published, and with the stamp `build` (None: any stamp, or none)."""
        return (self.out / MANIFEST).is_file() and (build is None or same_stamp(self.out, build))

    def stage_top(self, name: str, text: str | Iterable[str]) -> bool:
        """Stage a top-level file (the gallery), a text or its text in pieces; False, and
        nothing staged, when the published one has the same text."""
        if isinstance(text, str):
            if same_text(self.out / name, text):
                return False
            self.stage_text(name, text)
            return True
        staged = self.dir / name
        try:
            with staged.open("w", encoding="utf-8") as f:  # as stage_text writes
                f.writelines(text)
            current = self.out / name
            if current.is_file() and same_bytes(staged, current):  # as same_text reads it
                staged.unlink()
                return False
        except OSError as exc:
            raise failure(
                "build.output",
                f"{reason(exc)} while writing {name} (in {self.shown}); {NOT_PUBLISHED}",
                None,
                remedy(exc),
            ) from None
        return True

    def stage_manifest(
        self,
        entries: Iterable[OutputFile],
        build: dict[str, object] | None,
        always: bool = False,
        failed: Failed | None = None,
    ) -> bool:
        """Stage the manifest of `entries` (written entry by entry: a merge's manifest of
        10,000 files is never one string); False, and nothing staged, when the published
        one has the same bytes (unless `always`). Raises build.output on an OSError: nothing
        is published."""
        staged = self.dir / MANIFEST
        try:
            with staged.open("w", encoding="utf-8") as f:  # as stage_text writes
                f.writelines(manifest_chunks(entries, build, failed))
            current = self.out / MANIFEST
            if not always and current.is_file() and same_bytes(staged, current):
                staged.unlink()
                return False
        except OSError as exc:
            raise failure(
                "build.output",
                f"{reason(exc)} while writing {MANIFEST} (in {self.shown}); {NOT_PUBLISHED}",
                None,
                remedy(exc),
            ) from None
        return True

    def stage_text(self, name: str, text: str) -> None:
        """Stage a text file (the manifest, the gallery) as `name`. Raises build.output on an
        OSError: nothing is published."""
        try:
            (self.dir / name).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise failure(
                "build.output",
                f"{reason(exc)} while writing {name} (in {self.shown}); {NOT_PUBLISHED}",
                None,
                remedy(exc),
            ) from None

    def stage_copy(self, source: Path, rel: str) -> None:
        """Stage a copy of a finished file (`manifest merge`) as `rel`. Raises build.output on
        an OSError: nothing is published."""
        staged = self.dir / rel
        try:
            staged.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, staged)
        except OSError as exc:
            raise failure(
                "build.output",
                f"{reason(exc)} while copying {rel} (into {self.shown}); {NOT_PUBLISHED}",
                None,
                remedy(exc),
            ) from None


def make_output_folder(out: Path, base: Path) -> list[Path]:
    """Make the output folder (and its parents) if need be; the folders made, parents first.
    Raises `cannot publish` when it is a file, or cannot be made."""
    if out.exists() and not out.is_dir():
        kind = "a file, not a folder" if out.is_file() else "not a folder"
        raise failure(
            "build.output",
            f"cannot publish: {base} is {kind}; {NOT_PUBLISHED}",
            None,
            "move or rename that file, or give -o another folder",
        )
    missing = [p for p in (out, *out.parents) if not p.exists()]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise failure(
            "build.output",
            f"cannot create the output folder {base} ({reason(exc)})",
            None,
            remedy(exc),
        ) from None
    return list(reversed(missing))


def exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def same_bytes(a: Path, b: Path) -> bool:
    """Two files hold the same bytes (read a megabyte at a time)."""
    if a.stat().st_size != b.stat().st_size:
        return False
    with a.open("rb") as fa, b.open("rb") as fb:
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


def same_text(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


def write_manifest(
    out: Path, entries: list[OutputFile], build: dict[str, object] | None, tmp_dir: Path
) -> None:
    """`out/manifest.json`, written in `tmp_dir` (on the same file system) and renamed."""
    tmp = tmp_dir / f".{MANIFEST}.part"
    tmp.write_text(manifest_text(entries, build), encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def manifest_text(entries: list[OutputFile], build: dict[str, object] | None) -> str:
    return "".join(manifest_chunks(entries, build))


def manifest_chunks(
    entries: Iterable[OutputFile],
    build: dict[str, object] | None,
    failed: Failed | None = None,
) -> Iterator[str]:
    """The manifest's text in pieces, one per entry (and one per job of the stamp): the bytes
    of `json.dumps(manifest_doc(entries, build), indent=2, ensure_ascii=False) + "\n"`,
    without every entry's dict and the whole text in memory at once."""
    jobs = None if build is None else build.get("jobs")
    if isinstance(jobs, Sequence) and not isinstance(jobs, str):  # a list, or a Spool
        head = json.dumps(manifest_doc([], {**build, "jobs": JOBS}), indent=2, ensure_ascii=False)  # type: ignore[dict-item]
        before, head = head.split(json.dumps(JOBS), 1)
        yield before
        yield from _list_chunks(jobs, 2)
    else:
        head = json.dumps(manifest_doc([], build, failed), indent=2, ensure_ascii=False)
    start, empty = head.rsplit('"files": []', 1)
    yield start + '"files": '
    yield from _list_chunks((entry_fields(entry) for entry in entries), 1)
    yield empty + "\n"


def entry_fields(entry: OutputFile) -> dict[str, object]:
    """An entry's fields by name, for JSON: what dataclasses.asdict gives, without the deep
    copy of every value (the preflight facts), which took a 1,000-record merge's parent 0.2 s
    to make and drop at once."""
    return {f.name: getattr(entry, f.name) for f in fields(entry)}


JOBS = "(the stamp's jobs, written one at a time)"  # stands for them in the stamp's text


def _list_chunks(items: Iterable[object], depth: int) -> Iterator[str]:
    """A list at `depth` as `json.dumps(..., indent=2, ensure_ascii=False)` writes it
    there, one piece per item."""
    inner = "\n" + "  " * (depth + 1)
    first = True
    for item in items:
        text = json.dumps(item, indent=2, ensure_ascii=False).replace("\n", inner)
        yield ("[" if first else ",") + inner + text
        first = False
    yield "[]" if first else "\n" + "  " * depth + "]"


def read_manifest(out: Path) -> list[OutputFile]:
    """The entries of the manifest in `out`; none when it is missing or unreadable."""
    return read_build_manifest(out)[1]


def manifest_problem(out: Path) -> str | None:
    """Why the manifest in `out` cannot be read (there is a file, but not JSON, or JSON that is
    not a manifest: no list of files), or None: none there, or one that reads."""
    path = out / MANIFEST
    if not path.is_file() or manifest_reader.walkable(path):
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return f"it cannot be read: {exc.strerror}"
    except json.JSONDecodeError as exc:
        return f"it is not JSON (line {exc.lineno}, column {exc.colno})"
    except ValueError:  # UnicodeDecodeError
        return "it is not UTF-8 text"
    if not isinstance(doc, dict) or not isinstance(doc.get("files", []), list):
        return "it is JSON, but not a manifest: no list of files"
    return None


def read_build_manifest(out: Path) -> tuple[dict[str, object] | None, list[OutputFile]]:
    """The manifest in `out`: the stamp of the build that wrote it (None: none recorded) and
    its entries; (None, []) when it is missing or unreadable. Read whole: publishing reads
    it entry by entry instead (iter_manifest)."""
    try:
        doc = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        old = doc.get("files", [])
    except (OSError, ValueError, AttributeError):
        return None, []
    if not isinstance(old, list):  # "files": null, or a number: unreadable too
        return None, []
    build = doc.get("build")
    entries = [e for e in map(_entry, old) if e is not None]
    return (build if isinstance(build, dict) else None), entries


def _entry(item: Any) -> OutputFile | None:
    """A manifest entry read back; None when it does not describe a file: a field missing,
    unknown or not of the type this module writes (an entry edited by hand: a path of 5 was
    a build's internal error). Its job, if any, is then made again."""
    try:
        entry = OutputFile(**{**item, "trim_mm": tuple(item["trim_mm"])})
    except (TypeError, KeyError):
        return None
    return entry if _well_typed(entry) else None


_TEXTS = ("path", "material", "language", "format", "variant", "sha256", "rendition")


def _well_typed(f: OutputFile) -> bool:
    def number(v: object) -> bool:
        return isinstance(v, int | float) and not isinstance(v, bool)

    return (
        all(isinstance(getattr(f, name), str) for name in (*_TEXTS, "fingerprint"))
        and bool(f.path)
        and all(v is None or isinstance(v, str) for v in (f.office, f.record, f.page))
        and isinstance(f.pages, int)
        and not isinstance(f.pages, bool)
        and isinstance(f.bytes, int)
        and not isinstance(f.bytes, bool)
        and len(f.trim_mm) == 2
        and all(number(v) for v in f.trim_mm)
        and (f.badge is None or isinstance(f.badge, dict))
        and isinstance(f.extra, dict)
    )


def iter_manifest(out: Path, walked: bool = False) -> Iterator[OutputFile]:
    """The entries of the manifest in `out` (as read_manifest), one at a time: parsed entry
    by entry (manifest_reader) unless the walk refuses it (a key twice...): then read whole.
    `walked`: the caller has just walked it (manifest_stamp), which is not done again."""
    path = out / MANIFEST
    if not walked and not manifest_reader.walkable(path):
        yield from read_manifest(out)
        return
    for item in manifest_reader.items(path):
        entry = _entry(item)
        if entry is not None:
            yield entry


def manifest_stamp(out: Path) -> tuple[dict[str, object] | None, bool]:
    """The stamp of the manifest in `out` (read_build_manifest's first value; None: none, or
    no manifest that reads), its list of jobs summarised (manifest_reader.Jobs), not held:
    `iter_stamp_jobs` gives them one at a time; and whether the manifest was walked
    (manifest_reader.head: every value parses), else read whole."""
    doc = manifest_reader.head(out / MANIFEST)
    if doc is None:  # not walked: read whole, as before
        build = read_build_manifest(out)[0]
        return (None if build is None else manifest_reader.summarised(build)), False
    found = doc.get("build")
    return (found if isinstance(found, dict) else None), True


def manifest_failed_build(out: Path) -> list[dict[str, object]] | None:
    """What the builds that made the folder `out` were asked for when a job of them failed and
    its manifest kept no stamp (`FAILED_BUILD`: manifest_doc): the build's, or a join's of
    shards, each failed build's (shards.failed_builds); None when the manifest has a stamp,
    none of it, or cannot be read."""
    doc = manifest_reader.head(out / MANIFEST)
    if doc is None:
        try:
            doc = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
    if not isinstance(doc, dict) or doc.get("build") is not None:
        return None
    found = doc.get(FAILED_BUILD)
    builds = [found] if isinstance(found, dict) else found if isinstance(found, list) else []
    return builds if builds and all(isinstance(b, dict) for b in builds) else None


def iter_stamp_jobs(out: Path, walked: bool = False) -> Iterator[object]:
    """The jobs of the manifest's stamp in `out`, one at a time, as its JSON has them (lists
    of 5); nothing when the stamp has no list of jobs. `walked`: as iter_manifest's."""
    path = out / MANIFEST
    if not walked and not manifest_reader.walkable(path):  # not walked: read whole, as before
        build = read_build_manifest(out)[0]
        jobs = build.get("jobs") if build is not None else None
        yield from jobs if isinstance(jobs, list) else ()
        return
    yield from manifest_reader.jobs(path)


def same_stamp(out: Path, build: dict[str, object]) -> bool:
    """The manifest in `out` has the stamp `build` (as read_build_manifest reads it), its
    jobs compared by their summary (manifest_reader.Jobs), not held."""
    doc = manifest_reader.head(out / MANIFEST)
    if doc is None:  # not walked: read whole, as before
        return read_build_manifest(out)[0] == build
    old = doc.get("build")
    return isinstance(old, dict) and old == manifest_reader.summarised(build)


def merge_manifest(
    out: Path,
    new: Iterable[OutputFile],
    in_kit: Callable[[OutputFile], bool],
    each_new: Callable[[OutputFile], None] = lambda f: None,
    kept: Callable[[OutputFile], OutputFile] = lambda f: f,
) -> tuple[Spool[OutputFile], Spool[OutputFile]]:
    """(entries to list, sorted by path; earlier entries whose files are to go): earlier
    entries are kept when their file still exists, was not rebuilt now, and their job is in
    the kit and did not run; a kept entry is listed as `kept` gives it (a skipped job's
    entry with the kit's state now). `new` is read once (`each_new` sees each entry); the earlier
    manifest entry by entry; the paths and jobs are looked up, and the entries sorted, in a
    temporary SQLite database (on disk past its page cache), so memory does not grow with
    the number of entries."""
    with closing(sqlite3.connect("")) as db:  # "": a private temporary database
        db.execute("CREATE TABLE entry (path TEXT NOT NULL, new INTEGER NOT NULL, data BLOB)")
        db.execute("CREATE TABLE job (id TEXT PRIMARY KEY) WITHOUT ROWID")
        for f in new:
            each_new(f)
            db.execute("INSERT INTO entry VALUES (?, 1, ?)", (f.path, pickled(f)))
            db.execute("INSERT OR IGNORE INTO job VALUES (?)", (job_text(f.job),))
        db.execute("CREATE INDEX entry_path ON entry (path, new)")
        stale: Spool[OutputFile] = Spool()
        for entry in iter_manifest(out):
            fresh = "SELECT 1 FROM entry WHERE path = ? AND new = 1"
            if db.execute(fresh, (entry.path,)).fetchone() or not (out / entry.path).is_file():
                continue
            rebuilt = db.execute("SELECT 1 FROM job WHERE id = ?", (job_text(entry.job),))
            if rebuilt.fetchone() or not in_kit(entry):
                stale.append(entry)
            else:
                db.execute("INSERT INTO entry VALUES (?, 0, ?)", (entry.path, pickled(kept(entry))))
        # kept before new on one path (never both), then in the order read: as sorted() did
        listed: Spool[OutputFile] = Spool()
        for (data,) in db.execute("SELECT data FROM entry ORDER BY path, new, rowid"):
            listed.append_pickled(data)
    return listed, stale


def still_listed(
    parts: Iterable[tuple[str, str]], listed: Callable[[str], OutputFile | None]
) -> list[OutputFile] | str:
    """The manifest's files of `parts` ((path, sha256) as a file made from them recorded
    them: a merge's combined file, a sheet), each by `listed` (the manifest's file at a
    path), in order; or the first path `listed` no longer gives with that sha256 (a later
    build or merge changed or removed it)."""
    files = []
    for path, sha256 in parts:
        f = listed(path)
        if f is None or f.sha256 != sha256:
            return path
        files.append(f)
    return files


def pickled(entry: OutputFile) -> bytes:
    """An entry as a temporary index keeps it (merge_manifest, incremental.Previous)."""
    return pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)


def job_text(job: JobId) -> str:
    """A job id as a temporary index's key: its JSON array."""
    return json.dumps(job)


def remove_ours(out: Path, entry: OutputFile) -> bool:
    """Delete a file we wrote, unless it changed since (then it is not ours any more)."""
    path = out / entry.path
    if not unchanged(out, entry):
        return False
    path.unlink()
    if path.parent != out:
        try:
            path.parent.rmdir()  # the material's folder, once empty
        except OSError:
            pass
    return True


def unchanged(out: Path, entry: OutputFile) -> bool:
    """The file in `out` is still the one the manifest entry describes."""
    path = out / entry.path
    if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(out):
        return False
    return path.stat().st_size == entry.bytes and digest(path) == entry.sha256


# a manifest's key: what a build with a failed job was asked for (a join of shards of builds
# asked for different things: a list of them, shards.failed_builds)
FAILED_BUILD = "failed_build"
Failed = dict[str, object] | list[dict[str, object]]


def manifest_doc(
    entries: list[OutputFile],
    build: dict[str, object] | None = None,
    failed: Failed | None = None,
) -> dict[str, object]:
    """The manifest: the build's stamp (`build`), or, without one, what the build in which a
    job failed was asked for (`failed`: its `selection`, a merge's `merge`, its `shard`, as
    a stamp keeps them: incremental.failed_build; a join of shards: shards.failed_builds),
    so that `package` quotes the command that made the folder (package.build.built_with);
    and the entries."""
    doc: dict[str, object] = {"generator": manifest_reader.GENERATOR}
    if build is not None:
        doc["build"] = build
    elif failed is not None:
        doc[FAILED_BUILD] = failed
    doc["files"] = [entry_fields(e) for e in entries]
    return doc
