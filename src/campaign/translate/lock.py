"""One writer of a kit's strings files at a time.

`strings import` reads a language's strings file, merges the translator's texts into it and
writes it back; `new language` writes a new one. Two of them at once on one language (two
translators' files imported by a script, an import while another is running) would each
write what it read before the other wrote: the first one's texts would be lost without a
word. `strings_lock` serialises them: an exclusive `flock` on the kit's
`materials/strings/` folder itself (Linux and macOS lock a folder's descriptor as they lock
a file's), so no lock file is left in the kit, not even by a killed process (the kernel
releases its locks). The caller loads the kit under the lock, so the second writer reads
what the first one wrote.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..diagnostics import failure


@contextmanager
def strings_lock(root: Path, waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold the kit at `root`'s strings lock for the block; another holder is waited for,
    after `waiting` is called once with a line saying so. Without the folder, nothing is
    locked (the kit's loading reports what is missing). Raises DiagnosticsError
    (translate.read) when the folder is there and cannot be opened."""
    folder = root / "materials" / "strings"
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except FileNotFoundError:  # no kit there, or a broken one: loading it says which
        yield
        return
    except OSError as exc:
        raise failure(
            "translate.read",
            f"cannot open {folder}: {exc.strerror}",
            None,
            "give the kit folder with --kit (it has materials/strings/)",
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting(f"waiting for another import or new language in {folder} to finish...")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
