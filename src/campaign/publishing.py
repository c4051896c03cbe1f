"""Publishing as one transaction: a build's files, the removal of its stale files, the manifest
and the gallery go into the output folder all together or not at all.

Everything happens inside the output folder, so every rename stays on one file system (an
output folder that is its own mount point works): the build stages its files in
`out/.staging-<pid>/`, then `transact` checks that every destination can be written, writes
the journal `out/.publish-journal.json` ("pending": each step, the folders it makes), moves
each old file into `.staging-<pid>/.backup/` and each staged file into place, then switches
the journal to "committed" (the commit point) and deletes the backups and the journal.

A publish that fails (an OSError) is rolled back at once. A build that was killed is
recovered by the next command that opens the folder (`recover`): a pending journal is rolled
back (the backups restored, the new files removed), a committed one finished (the backups
deleted). Either way the folder holds the old output or the new one, and its manifest matches
its files. Builds into one folder are serialised by `BuildLock` (flock on `out/.build.lock`,
deleted when the build ends): a second build fails at once, naming the first one's process.

SIGINT and SIGTERM are held while the files move (`held_signals`), and raised as `Interrupted`
once the transaction is over (committed or rolled back). Files are renamed, not fsynced: a
kill at any moment is covered, a power cut is not.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import signal
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from types import FrameType

from .diagnostics import DiagnosticsError, failure

JOURNAL = ".publish-journal.json"
LOCK = ".build.lock"
STAGING = ".staging-"  # out/.staging-<pid>: a build's own staging folder
BACKUP = ".backup"  # inside the staging folder: the files a publish replaced or removed
NOT_PUBLISHED = "nothing was published; the previous output is unchanged"


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM, raised where a KeyboardInterrupt would be; `published`: the signal
    came while the files moved and was held until the new output was complete; `left`: what
    the command had still to do after publishing and did not (said after "complete")."""

    def __init__(
        self, signum: int = signal.SIGINT, published: bool = False, left: str = ""
    ) -> None:
        super().__init__(signum, published)
        self.signum = signum
        self.published = published
        self.left = left


@contextmanager
def held_signals() -> Iterator[list[int]]:
    """Hold SIGINT and SIGTERM (record them, do not act) inside the block; the list holds
    those that came. Only the main thread can handle signals: elsewhere nothing is held."""
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous = {s: signal.signal(s, hold) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield caught
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@dataclass(frozen=True)
class Step:
    """One path of the output folder: the file there now (`old`) goes to the backup; a staged
    file (`new`) takes its place. Neither: nothing to do; old only: a file removed."""

    path: str  # relative to the output folder, with forward slashes
    old: bool
    new: bool


@dataclass(frozen=True)
class Journal:
    state: str  # pending | committed
    staging: str  # the staging folder's name in the output folder
    folders: tuple[str, ...]  # folders the publish makes, parents first
    steps: Sequence[Step]  # a merge's are many: a spool.Spool, not held in memory

    @staticmethod
    def read(path: Path) -> Journal:
        doc = json.loads(path.read_text(encoding="utf-8"))
        steps = tuple(Step(s["path"], bool(s["old"]), bool(s["new"])) for s in doc["steps"])
        return Journal(doc["state"], doc["staging"], tuple(doc["folders"]), steps)

    def write(self, out: Path) -> None:
        """Replace the journal atomically (written beside it, flushed to disk, renamed)."""
        part = out / self.staging / f"{JOURNAL}.part"
        with part.open("w", encoding="utf-8") as f:
            f.writelines(self.chunks())
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, out / JOURNAL)
        sync_folder(out)

    def chunks(self) -> Iterator[str]:
        """The journal's text in pieces, one per step: the bytes of
        `json.dumps(asdict(self), indent=1)`, without every step's dict at once."""
        head = {"state": self.state, "staging": self.staging, "folders": list(self.folders)}
        start, end = json.dumps({**head, "steps": []}, indent=1).rsplit('"steps": []', 1)
        yield start + '"steps": ['
        first = True
        for step in self.steps:  # as json.dumps(asdict(step), indent=1), indented twice
            old, new = ("true" if flag else "false" for flag in (step.old, step.new))
            item = (
                f'{{\n   "path": {json.dumps(step.path)},\n   "old": {old},\n   "new": {new}\n  }}'
            )
            yield ("\n  " if first else ",\n  ") + item
            first = False
        yield ("]" if first else "\n ]") + end


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def cannot(message: str, hint: str) -> DiagnosticsError:
    return failure("build.output", f"cannot publish: {message}; {NOT_PUBLISHED}", None, hint)


def reason(exc: OSError) -> str:
    """'no space left on device' for OSError(ENOSPC): the system's words, lower case; an error
    without words is named by its class, as it is spelt ('PermissionError')."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:] if text else type(exc).__name__


def remedy(exc: OSError | None) -> str:
    """The hint of a `build.output` error that `exc` caused (None: a cause not known), by its
    errno: a full disk or quota, a folder the user may not write, a read-only disk, a file
    where a folder should be; else what to check. Each ends with the other way out (another
    -o) and running the command again: the previous output is unchanged."""
    number = exc.errno if exc is not None else None
    if number in (errno.ENOSPC, errno.EDQUOT):
        fix = "free space on its disk (or in your quota)"
    elif number in (errno.EACCES, errno.EPERM):
        fix = "let your user write in the folder (its owner, or chmod u+w)"
    elif number == errno.EROFS:
        fix = "its disk is read-only: remount it writable"
    elif number == errno.ENOTDIR:
        fix = "move the file that stands where one of its folders should be"
    else:
        fix = "check that the folder can be written and its disk has room"
    return f"{fix}, or give -o a folder elsewhere; then run the command again"


def shown(base: Path, rel: str = "") -> str:
    """A path of the output folder as the user named it."""
    return f"{base}/{rel}" if rel else f"{base}"


def check_destinations(out: Path, base: Path, steps: Iterable[Step]) -> None:
    """Raise `cannot publish` for the first destination that cannot be written: a file where a
    folder is needed, a folder where a file goes, a folder the build may not write in."""
    writable: dict[Path, bool] = {}
    for step in steps:
        parts = PurePosixPath(step.path).parts
        for i in range(1, len(parts)):
            folder = out.joinpath(*parts[:i])
            if folder.exists() and not folder.is_dir():
                raise cannot(
                    f"{shown(base, '/'.join(parts[:i]))} is a file, not a folder",
                    "move or rename that file (the build puts a folder there), or give -o "
                    "another folder",
                )
        dest = out / step.path
        if dest.is_dir() and not dest.is_symlink():
            raise cannot(
                f"{shown(base, step.path)} is a folder, not a file",
                "move or rename that folder (the build puts a file there), or give -o another "
                "folder",
            )
        parent = dest.parent
        while not parent.exists():
            parent = parent.parent
        if parent not in writable:
            writable[parent] = os.access(parent, os.W_OK | os.X_OK)
        if not writable[parent]:
            rel = parent.relative_to(out).as_posix()
            raise cannot(
                f"{shown(base, '' if rel == '.' else rel)} is not writable",
                remedy(PermissionError(errno.EACCES, "not writable")),
            )


def folders_to_make(out: Path, steps: Iterable[Step]) -> tuple[str, ...]:
    """The folders the new files need that do not exist yet, parents first."""
    made: dict[str, None] = {}  # a set in order: a merge's 100,000 steps share a few folders
    for step in steps:
        if not step.new:
            continue
        for parent in reversed(PurePosixPath(step.path).parents):
            rel = parent.as_posix()
            if rel != "." and rel not in made and not (out / rel).is_dir():
                made[rel] = None
    return tuple(made)


def transact(out: Path, base: Path, staging: Path, steps: Sequence[Step]) -> None:
    """Publish `steps` (new files staged under `staging`, in `out`) all or nothing: read
    several times, backwards too when rolling back (a list, or a spool.Spool). Raises
    `cannot publish` (rolled back) on an OSError, Interrupted after a held signal."""
    check_destinations(out, base, steps)
    journal = Journal("pending", staging.name, folders_to_make(out, steps), steps)
    committed = False
    with held_signals() as caught:
        try:
            journal.write(out)
            apply(out, journal)
            journal = replace(journal, state="committed")
            journal.write(out)
            committed = True
        except BaseException as exc:
            undo(out, base, journal, exc)
        finish(out, journal)
    if caught:
        raise Interrupted(caught[0], published=committed)


def apply(out: Path, journal: Journal) -> None:
    """The moves, in order: the folders made, then per step the old file to the backup and
    the staged file into place."""
    staging = out / journal.staging
    for folder in journal.folders:
        (out / folder).mkdir(exist_ok=True)
    for step in journal.steps:
        if step.old:
            backup = staging / BACKUP / step.path
            backup.parent.mkdir(parents=True, exist_ok=True)
            os.replace(out / step.path, backup)
        if step.new:
            os.replace(staging / step.path, out / step.path)


def undo(out: Path, base: Path, journal: Journal, exc: BaseException) -> None:
    """Roll a failed publish back, then raise: `cannot publish` for an OSError, else `exc`."""
    if (out / JOURNAL).exists():  # else it failed before the journal: nothing moved
        try:
            roll_back(out, journal)
        except OSError as again:
            raise failure(
                "build.output",
                f"cannot publish: {reason_of(exc)}; rolling back failed too ({reason(again)}): "
                f"the next build into {shown(base)}/ restores the previous output",
                None,
                "run the command again into the same folder: it restores the previous output first",
            ) from None
    if isinstance(exc, OSError):
        raise cannot(reason_of(exc), remedy(exc)) from None
    raise exc


def reason_of(exc: BaseException) -> str:
    if not isinstance(exc, OSError):
        return f"{type(exc).__name__}: {exc}"
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{reason(exc)}{where}"


def roll_back(out: Path, journal: Journal) -> None:
    """Put every old file back and remove the new ones, then the journal. Safe to run again
    after a kill at any point (a step not done yet and a step undone look the same)."""
    staging = out / journal.staging
    for step in reversed(journal.steps):
        backup = staging / BACKUP / step.path
        if step.old:
            if backup.exists() or backup.is_symlink():
                os.replace(backup, out / step.path)
        elif step.new:
            try:
                (out / step.path).unlink()
            except (FileNotFoundError, NotADirectoryError):
                pass  # not moved yet
    for folder in reversed(journal.folders):
        try:
            (out / folder).rmdir()
        except OSError:
            pass  # not made yet, or not empty
    (out / JOURNAL).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def finish(out: Path, journal: Journal) -> None:
    """After the commit point: delete the backups and the journal, and the folders that the
    removal of stale files emptied. An error here is left for the next build to finish."""
    if journal.state != "committed":
        return
    try:
        shutil.rmtree(out / journal.staging, ignore_errors=True)
        for step in journal.steps:
            if step.old and not step.new:
                remove_empty_parents(out, out / step.path)
        (out / JOURNAL).unlink(missing_ok=True)
    except OSError:
        pass


def remove_empty_parents(out: Path, path: Path) -> None:
    folder = path.parent
    while folder != out and folder.is_relative_to(out):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def recover_locked(out: Path, base: Path) -> None:
    """Finish or roll back a publish that was interrupted (the caller holds the lock)."""
    path = out / JOURNAL
    if not path.exists():
        return
    try:
        journal = Journal.read(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise failure(
            "build.output",
            f"{shown(base, JOURNAL)} cannot be read ({exc}): an interrupted publish cannot be "
            "finished",
            None,
            "restore the output folder from a copy, or delete it and build again",
        ) from None
    try:
        if journal.state == "committed":
            finish(out, journal)
        else:
            roll_back(out, journal)
    except OSError as exc:
        raise failure(
            "build.output",
            f"an interrupted publish in {shown(base)}/ cannot be rolled back ({reason(exc)})",
            None,
            "make the folder writable again (its permissions, its disk's space), then run the "
            "command again: it finishes or undoes the publish",
        ) from None


def recover(out: Path, base: Path | None = None) -> None:
    """Before reading an output folder: finish or roll back a publish that was interrupted
    there, under the folder's lock. Nothing to do (and nothing written) without a journal."""
    out = out.resolve()
    if not (out / JOURNAL).exists():
        return
    with BuildLock(out, base or out):
        recover_locked(out, base or out)


# users that read the folder (and write outside its manifest): a package, a gang sheet, and
# `manifest merge` reading a shard's folder; what each is doing, and what to do after a build
READERS = {
    "package": ("a package is being made", "package it"),
    "sheet": ("a gang sheet is being made", "make the sheet"),
    "join": ("shards are being joined", "join it"),
}
USERS = ("build", "merge", *READERS)  # what a lock's owner may be doing


class BuildLock:
    """The output folder's lock: flock on `out/.build.lock`, which holds the owner's pid and
    what it is doing (USERS: "build", "merge", or "package", which reads the folder while it
    packs it) and is deleted when the owner is done (a killed owner's stays, unlocked, until
    the next one deletes it). One at a time: another fails at once, naming the owner's pid. `user`
    says what this one is doing (the message names both); a package (`optional`) of a folder
    it cannot write reads it without the lock."""

    def __init__(self, out: Path, base: Path, user: str = "build", optional: bool = False) -> None:
        self.out, self.base = out, base
        self.user, self.optional = user, optional
        self.fd: int | None = None

    def __enter__(self) -> BuildLock:
        while self.fd is None:
            fd = self._open()
            if fd is None:  # optional, and the folder cannot be written: no lock
                return self
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").split()
                os.close(fd)
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                    raise
                pid = holder[0] if holder else "unknown"
                them = holder[1] if len(holder) > 1 and holder[1] in USERS else "build"
                raise failure(
                    "package.busy" if self.user in READERS else "build.output",
                    busy(self.user, them, self.base, pid),
                    None,
                    "wait until it ends (the pid above), then run the command again",
                ) from None
            if self._still_there(fd):
                self.fd = fd
            else:  # its owner deleted it between our open and our lock: take a new one
                os.close(fd)
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{os.getpid()} {self.user}\n".encode(), 0)
        return self

    def _open(self) -> int | None:
        try:
            return os.open(self.out / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            if self.optional:
                return None
            message = f"{shown(self.base)}/ is not writable ({reason(exc)}); {NOT_PUBLISHED}"
            raise failure("build.output", message, None, remedy(exc)) from None

    def _still_there(self, fd: int) -> bool:
        try:
            return os.stat(self.out / LOCK).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            return False

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            try:
                (self.out / LOCK).unlink(missing_ok=True)  # still ours: we hold the lock
            except OSError:
                pass
            os.close(self.fd)
            self.fd = None


def busy(user: str, holder: str, base: Path, pid: str) -> str:
    """Why `user` (one of USERS) cannot use the folder `holder` (one of USERS) holds."""
    where = f"{shown(base)}/"
    if holder in READERS:
        doing = f"{READERS[holder][0]} from {where} (pid {pid})"
    else:
        one = "another" if holder == user else "a"
        doing = f"{one} {holder} is writing to {where} (pid {pid})"
        if user in READERS:
            return f"{doing}; {READERS[user][1]} when the {holder} is done"
    return f"{doing}; wait for it" + ("" if user in READERS else " or use another -o")


def alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def sweep(out: Path) -> None:
    """Delete the staging folders killed builds left (the caller holds the lock, after
    recover_locked): every `out/.staging-*`, and the older `.<out>.staging-<pid>` beside the
    output folder whose process is gone (or is this one: this code never stages there)."""
    for child in list_folder(out):
        if child.name.startswith(STAGING) and child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
    prefix = f".{out.name}.staging-"
    for child in list_folder(out.parent):
        pid = child.name[len(prefix) :]
        if not (child.name.startswith(prefix) and pid.isdigit()):
            continue
        if int(pid) == os.getpid() or not alive(int(pid)):  # ours: older code's, killed
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)


def list_folder(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
