"""A kit read once: `cached_kit` keeps a kit that loaded without errors in the user's cache
(`campaign.cache`), named by every kit file's digest, the code's version and digest, the
Python version, the kit's path and the `--kit` the commands its hints quote carry
(commands.arguments). Reading the default kit's 56 YAML files and checking
them takes about 170 ms; reading the pickle about 6 ms (bench/README.md). Any change of a
kit file, of the code or of the interpreter names another entry, so a kept kit is never
stale; a kit with errors is never kept (its errors are found again on the next run), but for
a kit read with `isolate` whose only errors are in strings files (load_kit): those errors
are in the kit kept, and shown again from it."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .. import cache
from ..commands import arguments
from ..fonts import FontBook, load_fontbook
from ..model import Kit
from .fingerprint import code_version, folder_files, kit_files


def kit_digests(root: Path) -> dict[str, str]:
    """Every kit file's sha256 (hex), by its name relative to the kit (`kit_files`); the
    digests come from the cache of file digests. A file that cannot be read (a link to a
    file that is gone) has the reason in place of its digest: reading the kit names it
    (`load.outside`, `load.read`), where the build stopped with an internal error."""
    files = {}
    for name, path in kit_files(root).items():
        try:
            files[name] = cache.digest(path)
        except OSError as exc:
            files[name] = f"unreadable: {exc.strerror}"
    cache.DIGESTS.save()
    return files


def cached_kit(
    root: Path,
    digests: dict[str, str] | None = None,
    code: str | None = None,
    isolate: bool = False,
) -> Kit:
    """load_kit(root, isolate=isolate), from the cache when the same files were read before
    by the same code. `digests` (kit_digests) and `code` (code_version) when the caller has
    them already. Raises DiagnosticsError as load_kit does. The YAML loader and the kit's
    readers are imported only when the kit is read (40 ms of start-up here, PyYAML's among
    them)."""
    files = digests if digests is not None else kit_digests(root)  # unreadable: load_kit says
    name = cache.key(
        code or code_version(),
        sys.version,
        str(root),
        os.path.abspath(root),
        json.dumps(files, sort_keys=True),
        "isolate" if isolate else "whole",
        arguments(""),  # the kit its hints' commands carry (`--kit kit`, commands.arguments)
    )
    return cache.pickled(f"kit-{name}", lambda: _load(root, isolate))


def _load(root: Path, isolate: bool = False) -> Kit:
    from ..kit import load_kit  # the YAML loader and every file kind's reader

    return load_kit(root, isolate=isolate)


def cached_fontbook(folder: Path, code: str) -> FontBook:
    """load_fontbook(folder), from the user's cache when every file in the folder (fonts.yaml
    and the font files, by their digests and the paths their links lead to) was read before
    by the same code (`code`: code_version) and Python. A build's workers, `package`,
    `check`, `frame` and the preview each read fonts.yaml, which costs the YAML loader's and
    the kit readers' imports (35 to 55 ms a process here; 0.2 s for a `frame` that needs
    neither otherwise) and 10 ms of parsing; the cached book has no faces open yet, as a new
    one. Raises DiagnosticsError as load_fontbook does (a book with errors is never kept).
    A file's real path is in the name: load_fontbook refuses a file that links out of the
    folder (`load.outside`, `ref.font`), and a font replaced by a link to the same bytes
    elsewhere read from the cache as the kept file it was."""
    try:
        # walked as kit_files walks it: the digests the parent knows are by these paths (a
        # kit's fonts/ is often a link to a shared folder)
        files = [
            (name, cache.digest(path), os.path.realpath(path))
            for name, path in folder_files(folder).items()
        ]
        where = folder.resolve()
    except OSError:  # load_fontbook says what cannot be read
        return load_fontbook(folder)
    name = cache.key(code, sys.version, str(where), json.dumps(files))
    return cache.pickled(f"fontbook-{name}", lambda: load_fontbook(folder))


__all__ = ["cached_fontbook", "cached_kit", "kit_digests"]
