"""Reading a manifest one entry at a time, so that publishing a merge of 100,000 files never
holds every entry (nor the stamp's job per record): the JSON text is walked in pieces of
CHUNK characters, each entry of the top-level "files" list parsed on its own
(`json.JSONDecoder.raw_decode`), and the stamp's "jobs" list summarised (a count and a
sha256) instead of kept.

`head` walks the whole file first (every value parses, no top-level key twice, nothing after
the document) and returns the document without its entries; `items` then yields the entries,
`jobs` the stamp's jobs.
A file the walk refuses (a key twice, where json.loads keeps the last; malformed; not an
object) gives None: the caller reads it whole with `json.loads`, as before, so both readings
give the same entries."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

MANIFEST = "manifest.json"  # a build's (a merge's, a join's) list of its files, in its folder
# The first key of every manifest, and its value (output.manifest_doc)
GENERATOR = "Blue Heart campaign kit"
# How a manifest begins (json.dumps with indent, or without): what `is_output` looks for
OPENING = re.compile(rb'\{\s*"generator":\s*"' + GENERATOR.encode() + rb'"')
CHUNK = 1 << 16
SPACE = re.compile(r"[ \t\n\r]*")  # JSON's white space, as json.loads skips it
DECODER = json.JSONDecoder()


def is_output(folder: Path) -> bool:
    """Whether `folder` is the output of a build, a merge or a join of shards: it holds their
    manifest (MANIFEST), which begins with its generator (OPENING); its first bytes alone are
    read. Not by the folder's name: `out/` is a build's default, and `-o` takes any other."""
    try:
        with (folder / MANIFEST).open("rb") as f:
            head = f.read(256)
    except OSError:  # none, a folder of that name, unreadable: not one we can tell
        return False
    return OPENING.match(head) is not None


class LayoutError(ValueError):
    """The manifest cannot be walked (then it is read whole)."""


@dataclass(frozen=True)
class Jobs:
    """The stamp's list of jobs, summarised: how many, and the sha256 of their JSON."""

    count: int
    sha256: str

    @staticmethod
    def of(jobs: Iterable[object]) -> Jobs:
        tally = _Tally()
        for job in jobs:
            tally.add(job)
        return tally.jobs()


class _Tally:
    """Jobs.of, one job at a time."""

    def __init__(self) -> None:
        self.digest, self.count = hashlib.sha256(), 0

    def add(self, job: object) -> None:
        self.digest.update(json.dumps(job).encode() + b"\n")
        self.count += 1

    def jobs(self) -> Jobs:
        return Jobs(self.count, self.digest.hexdigest())


def summarised(build: dict[str, Any]) -> dict[str, Any]:
    """A stamp with its "jobs" list summarised (Jobs), as `head` gives a manifest's."""
    jobs = build.get("jobs")
    if isinstance(jobs, Iterable) and not isinstance(jobs, str | dict):
        return {**build, "jobs": Jobs.of(jobs)}
    return build


def head(path: Path) -> dict[str, Any] | None:
    """The manifest with `"files": []` and its stamp's jobs summarised (Jobs), when the walk
    reads the whole file; None when it does not (or the file cannot be read)."""
    try:
        f = path.open(encoding="utf-8")
    except OSError:
        return None
    with f:
        try:
            key = _identity(f.fileno(), path)
        except OSError:
            return None
        found = _head(f)
    _WALKED[:] = [(key, found is not None)]
    return found


def _head(f: TextIO) -> dict[str, Any] | None:
    try:
        walk = _walk(f)
        while True:
            next(walk)
    except StopIteration as done:
        found: dict[str, Any] = done.value
        return found
    except (OSError, ValueError):
        return None


def walkable(path: Path) -> bool:
    """Whether `head` reads the manifest at `path`: the answer of the last walk in this
    process when the file is the one it walked (the same inode, size and modification time),
    else a walk. A build that has work walks the manifest for its stamp and then asks this
    (output.manifest_problem): a second walk took 35 ms a 1,000 records' manifest here."""
    try:
        key = _identity(None, path)
    except OSError:
        return False
    for walked, answer in _WALKED:
        if walked == key:
            return answer
    return head(path) is not None


# The last walk: ((path, inode, size, mtime in ns), whether it read the whole file).
_WALKED: list[tuple[tuple[str, int, int, int], bool]] = []


def _identity(fd: int | None, path: Path) -> tuple[str, int, int, int]:
    st = os.fstat(fd) if fd is not None else os.stat(path)
    return (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)


def items(path: Path) -> Iterator[object]:
    """Each entry of the manifest's "files" list, parsed one at a time (after `head` said
    the file can be walked)."""
    with path.open(encoding="utf-8") as f:
        yield from _walk(f)


def jobs(path: Path) -> Iterator[object]:
    """Each job of the stamp's "jobs" list, parsed one at a time (after `head` said the file
    can be walked and its stamp has a list of jobs: a Jobs); the entries are read past."""
    with path.open(encoding="utf-8") as f:
        yield from _walk(f, want="jobs")


def _walk(f: TextIO, want: str = "files") -> Generator[object, None, dict[str, Any]]:
    """Yield the entries (`want` "files") or the stamp's jobs ("jobs"); return the document
    without the entries."""
    r = _Reader(f)
    doc: dict[str, Any] = {}
    for key in r.members():
        if key in doc:
            raise LayoutError(f"{key!r} twice")
        if key == "files":
            r.take("[")
            for item in r.items():
                if want == "files":
                    yield item
            doc[key] = []
        elif key == "build" and r.peek() == "{":
            doc[key] = yield from _build(r, want == "jobs")
        else:
            doc[key] = r.value()
    if r.peek():
        raise LayoutError("more after the document")
    if not isinstance(doc.get("files"), list):
        raise LayoutError("no files list")
    return doc


def _build(r: _Reader, yielding: bool) -> Generator[object, None, dict[str, Any]]:
    """The stamp, its jobs summarised (Jobs); each job yielded too when `yielding`."""
    build: dict[str, Any] = {}
    for key in r.members():
        if key in build:
            raise LayoutError(f"{key!r} twice")
        if key == "jobs" and r.peek() == "[":
            r.take("[")
            tally = _Tally()
            for job in r.items():
                tally.add(job)
                if yielding:
                    yield job
            build[key] = tally.jobs()
        else:
            build[key] = r.value()
    return build


class _Reader:
    """JSON text read CHUNK characters at a time; values parsed where they start."""

    def __init__(self, f: TextIO) -> None:
        self.f, self.buf, self.pos, self.eof = f, "", 0, False

    def _more(self) -> bool:
        if self.eof:
            return False
        more = self.f.read(CHUNK)
        if not more:
            self.eof = True
            return False
        self.buf, self.pos = self.buf[self.pos :] + more, 0  # what was read goes
        return True

    def peek(self) -> str:
        """The next character that is not white space; "" at the end."""
        while True:
            self.pos = SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise LayoutError(f"{char!r} expected")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                found, end = DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                found, end = None, -1
            if end >= 0 and end < len(self.buf):
                self.pos = end
                return found
            if not self._more():  # the value may go on in the next read (a number)
                if end < 0:
                    raise LayoutError("a value does not parse")
                self.pos = end
                return found

    def members(self) -> Iterator[str]:
        """An object's keys, each followed by its value (which the caller reads)."""
        self.take("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise LayoutError("a key that is not a string")
            self.take(":")
            yield key
            if not self._another("}"):
                return

    def items(self) -> Iterator[Any]:
        """A list's items, after its `[`."""
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if not self._another("]"):
                return

    def _another(self, close: str) -> bool:
        """After a member or an item: True past a ",", False past `close`."""
        char = self.peek()
        self.pos += 1
        if char == close:
            return False
        if char != ",":
            raise LayoutError(f"',' or {close!r} expected")
        return True


def stamp_place(path: Path, key: str) -> tuple[int, int]:
    """(line, column), 1-based, of `key` in the stamp of the manifest at `path` (written one
    key a line, the stamp before the files: read a line at a time until it), else (0, 0):
    the place a warning about what the stamp says of the build points to."""
    quoted = json.dumps(key)
    try:
        with path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                col = line.find(quoted + ":")
                if col >= 0:
                    return number, col + 1
                if line.startswith('  "files"'):
                    break
    except (OSError, UnicodeDecodeError):
        pass
    return 0, 0
