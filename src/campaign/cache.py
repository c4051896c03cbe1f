"""The user's cache: work that depends only on the bytes of files, kept between runs.

- **File digests** (`digest`): the sha256 of a file, remembered with the file's stat
  signature (size, mtime, ctime, inode, device). A file whose signature is the one
  remembered is not read again. A file changed less than `RACY_NS` before it was hashed is
  not remembered: a second write within the file system's timestamp resolution could keep
  its size and mtime (Git's "racy clean" problem, Documentation/technical/racy-git.txt in
  git.git). The ctime cannot be set by a program (`utime` sets it to now), so a copy that
  keeps the old mtime (`cp -p`, `rsync -t`) still reads as changed. They are kept per
  folder (`Digests`).
- **Parsed kits** (`pickled`): a kit read and checked once is kept as a pickle, named by
  the digest of every kit file, the code and the Python version (`pipeline.kitcache`).
- **Parsed fonts** (`pickled`): what reportlab reads from a font file (cmap, widths, glyph
  offsets), named by the file's digest and reportlab's version (`render.pdffonts.parsed_face`).
- **Drawn SVG art** (`pickled`): the PDF operators renderPDF writes for an SVG, named by the
  file's digest, the palette, the press profile's digest and the code that draws it
  (`render.items.svg.art`).
- **CLDR answers** (`record`): the parentLocales exceptions, likely subtags and list
  patterns a build asks Babel for, named by Babel's data file (`cldr`).
- **Fonts converted to TrueType** (`stored`): a kit's .otf font (PostScript outlines) as the
  TrueType font reportlab embeds, a plain `.ttf` file named by the source file's sha256, the
  conversion and fontTools' version (`otf.truetype`).

The folder is `$CAMPAIGN_KIT_CACHE`, else `$XDG_CACHE_HOME/campaign-kit`, else
`~/.cache/campaign-kit` (the XDG Base Directory Specification's default).
`CAMPAIGN_KIT_CACHE=off` turns the cache off. The cache saves time, and keeps what each
export's file wrote when imported (`record`, `import-<export id>`: the same file imported
again after a fix is then no conflict with itself, translate.store); a folder that
cannot be made, read or written, or a damaged entry, is ignored (the work is done again),
never an error. Pickles run code when read: the folder is made private to the user (mode
0700), as the Python installation that reads it is.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

OFF = ("off", "0", "no", "false")
RACY_NS = 2_000_000_000  # 2 s: coarser than any timestamp resolution in use (FAT: 2 s)
MAX_FOLDERS = 4_096  # folders whose files' digests are remembered (the default kit: 9)
# pickles kept of each kind (the name's first word), the most recently used: a few kits; the
# fonts of several kits (the default kit has 55 font files, 3.6 MB of parsed fonts); drawn
# art of several kits (the default kit: 2 SVG files x (3 press profiles + screen), 1 to 2 KB
# each)
MAX_PICKLES = {"kit": 8, "font": 128, "svg": 64, "import": 64}
MAX_OTHER = 8
# plain files (`stored`) kept of each kind: the .otf fonts of a few kits, converted (a font of
# a Latin alphabet is 0.1 to 0.6 MB, a subset CJK font 4 MB, a whole one about 20 MB)
MAX_FILES = {"truetype": 32}


def folder() -> Path | None:
    """The cache folder, or None when the cache is off (read from the environment at each
    call: tests and the preview change it; worked out once per value, as every file digest
    asks for it)."""
    env = os.environ
    return _folder(env.get("CAMPAIGN_KIT_CACHE", ""), env.get("XDG_CACHE_HOME"), env.get("HOME"))


@lru_cache(maxsize=8)
def _folder(chosen: str, xdg: str | None, home: str | None) -> Path | None:
    if chosen.strip().lower() in OFF:
        return None
    if chosen:
        return Path(chosen)
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "campaign-kit"


def _ready(path: Path) -> bool:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(path, os.W_OK | os.X_OK)


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


Signature = tuple[int, int, int, int, int]


class Digests:
    """File digests by stat signature, remembered per folder: `digests/<name>.json` in the
    cache (the name a digest of the folder's path) holds the folder's path and the
    signatures and digests of its files, read the first time a file of that folder is asked
    for. A build reads the tables of its kit's folders and of its output folder only,
    however many folders the cache knows: one file of every digest took 10 ms to read at
    4,000 files on this machine kind, and grew with every output folder a build or a merge
    wrote. The MAX_FOLDERS most recently used tables are kept. One per process
    (`DIGESTS`); forked workers inherit what the parent knew."""

    def __init__(self) -> None:
        self._tables: dict[str, dict[str, tuple[Signature, str]]] = {}
        self._where: Path | None = None  # the cache folder the tables are from
        self._dirty: set[str] = set()

    def _table(self, directory: str) -> dict[str, tuple[Signature, str]]:
        where = folder()
        if where != self._where:  # another cache folder (tests, the preview): start again
            self._tables, self._dirty, self._where = {}, set(), where
        table = self._tables.get(directory)
        if table is None:
            table = self._tables[directory] = _read_table(where, directory) if where else {}
        return table

    def of(self, path: Path) -> str:
        """The sha256 (hex) of the file's bytes; raises OSError when it cannot be read."""
        st = os.stat(path)
        sig: Signature = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        directory, name = os.path.split(os.path.abspath(path))
        table = self._table(directory)
        hit = table.get(name)
        if hit is not None and hit[0] == sig:
            return hit[1]
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        newest = max(st.st_mtime_ns, st.st_ctime_ns)
        if time.time_ns() - newest > RACY_NS:
            table[name] = (sig, digest)
            self._dirty.add(directory)
        elif name in table:
            del table[name]
            self._dirty.add(directory)
        return digest

    def save(self) -> None:
        """Write the tables this process changed (nothing when it changed none), then keep
        the MAX_FOLDERS most recently used. The single file of every digest that earlier
        versions wrote (`digests.json`) is removed."""
        where = self._where
        if not self._dirty or where is None or where != folder():
            return
        tables = where / "digests"
        if not _ready(tables):
            return
        for directory in sorted(self._dirty):
            files = {k: [list(sig), d] for k, (sig, d) in self._tables[directory].items()}
            doc = {"folder": directory, "files": files}
            try:
                _write(tables / _table_name(directory), json.dumps(doc).encode())
            except OSError:
                return
        self._dirty.clear()
        _prune_tables(tables)
        with suppress(OSError):
            (where / "digests.json").unlink(missing_ok=True)


def _table_name(directory: str) -> str:
    return hashlib.sha256(directory.encode("utf-8", "surrogatepass")).hexdigest()[:32] + ".json"


def _read_table(where: Path, directory: str) -> dict[str, tuple[Signature, str]]:
    """A folder's remembered digests, or none when its table is missing, damaged or names
    another folder; a table read is marked as used (its mtime, for `_prune_tables`)."""
    path = where / "digests" / _table_name(directory)
    try:
        doc = json.loads(path.read_text("utf-8"))
        if doc["folder"] != directory:
            return {}
        known: dict[str, tuple[Signature, str]] = {}
        for name, (numbers, hexdigest) in doc["files"].items():
            sig = tuple(int(n) for n in numbers)
            if len(sig) == 5 and isinstance(hexdigest, str):
                known[str(name)] = (sig, hexdigest)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    with suppress(OSError):
        os.utime(path)
    return known


def _prune_tables(tables: Path) -> None:
    """Keep the MAX_FOLDERS most recently used folders' tables."""
    try:
        names = os.listdir(tables)
    except OSError:
        return
    if len(names) <= MAX_FOLDERS:
        return
    found = []
    for name in names:
        with suppress(OSError):
            found.append((os.stat(tables / name).st_mtime_ns, name))
    for _, name in sorted(found, reverse=True)[MAX_FOLDERS:]:
        with suppress(OSError):  # another process's prune, or a folder made read-only
            (tables / name).unlink(missing_ok=True)


DIGESTS = Digests()


def digest(path: Path) -> str:
    """The sha256 (hex) of a file's bytes, from the cache when its stat is unchanged."""
    return DIGESTS.of(path)


def pickled(name: str, make: Callable[[], T]) -> T:
    """The object cached under `name` (a digest of everything it depends on), else `make()`,
    then cached. An entry that cannot be read is made again; an exception from `make` is
    not cached."""
    where = folder()
    if where is None:
        return make()
    path = where / f"{name}.pickle"
    if path.is_file():
        try:
            found: T = _loads(path.read_bytes())
        except Exception:  # noqa: BLE001, S110 (a damaged or foreign entry: made again below)
            pass
        else:
            with suppress(OSError):
                os.utime(path)  # most recently used
            return found
    made = make()
    if _ready(where):
        try:
            _write(path, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
            _prune(where)
        except (OSError, pickle.PicklingError):
            pass
    return made


def _loads(data: bytes) -> Any:
    """pickle.loads with the garbage collector paused: a font face's parse is tens of
    thousands of containers (NotoSansSC: 4.3 ms to load here, 7.2 ms with the collector
    running in a build's worker, which scans the new objects at every 10,000 made; bench/
    README.md, twentieth session). Loading makes no garbage to collect."""
    running = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if running:
            gc.enable()


def _prune(where: Path, ending: str = ".pickle") -> None:
    """Keep the most recently used pickles of each kind: MAX_PICKLES of a kind named there
    (`kit-...`, `font-...`), MAX_OTHER of any other; of the files `stored` with another
    `ending` (`truetype-....ttf`), MAX_FILES of a kind, MAX_OTHER of any other."""
    limits = MAX_PICKLES if ending == ".pickle" else MAX_FILES
    found: dict[str, list[tuple[int, Path]]] = {}
    for path in where.glob(f"*{ending}"):
        try:
            found.setdefault(path.name.split("-")[0], []).append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for kind, paths in found.items():
        for _, path in sorted(paths, reverse=True)[limits.get(kind, MAX_OTHER) :]:
            path.unlink(missing_ok=True)


def stored(name: str, make: Callable[[], bytes], good: Callable[[bytes], bool]) -> bytes:
    """The bytes of the file `name` in the cache (`kind-<digest>.<ending>`: a plain file, which
    runs no code when read, unlike a pickle), else `make()`, then kept. An entry that `good`
    refuses (damaged, or not what `make` makes) is made again. Written through a temporary
    file and a rename (`_write`): two processes that make the same entry at once (a build's
    workers) each rename a whole file over it, and a reader never sees half of one. An
    exception from `make` is not kept."""
    where = folder()
    if where is None:
        return make()
    path = where / name
    try:
        found = path.read_bytes()
    except OSError:
        pass
    else:
        if good(found):
            with suppress(OSError):
                os.utime(path)  # most recently used
            return found
    made = make()
    if _ready(where):
        with suppress(OSError):
            _write(path, made)
            _prune(where, path.suffix)
    return made


def record(name: str) -> dict[str, str]:
    """The record kept under `name` (`save_record`), or {} when there is none, the cache is
    off or the entry cannot be read."""
    where = folder()
    if where is None:
        return {}
    try:
        found = pickle.loads((where / f"{name}.pickle").read_bytes())
    except Exception:  # noqa: BLE001 (none, damaged or foreign: as none)
        return {}
    return found if isinstance(found, dict) else {}


def save_record(name: str, value: dict[str, str]) -> None:
    """Keep `value` under `name` (a `kind-...` name, pruned by kind); nothing when the cache
    is off or cannot be written."""
    where = folder()
    if where is None or not _ready(where):
        return
    try:
        _write(where / f"{name}.pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        _prune(where)
    except OSError:
        pass


def key(*parts: str) -> str:
    """A cache name from the strings it depends on."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()
