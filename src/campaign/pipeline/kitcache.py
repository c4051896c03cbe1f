"""A kit read once: `cached_kit` keeps a kit that loaded without errors in the user's cache
(`campaign.cache`), named by every kit file's digest, where each file reached through a link
leads (`kit_links`), the code's version and digest, the Python version, the kit's path and the
`--kit` the commands its hints quote carry (commands.arguments). Reading the default kit's 56
YAML files and checking them takes about 170 ms; reading the pickle about 6 ms
(bench/README.md). Any change of a kit file (a file replaced by a link out of the kit to the
same bytes too: reading the kit refuses it), of the code or of the interpreter names another
entry, so a kept kit is never stale; a kit with errors is never kept (its errors are found
again on the next run), but for a kit read with `isolate` whose only errors are in strings
files (load_kit): those errors are in the kit kept, and shown again from it."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import cache
from ..commands import arguments
from ..fonts import FontBook, load_fontbook
from ..model import Kit
from .fingerprint import code_version, folder_files, kit_files


def kit_digests(root: Path, paths: dict[str, Path] | None = None) -> dict[str, str]:
    """Every kit file's sha256 (hex), by its name relative to the kit (`kit_files`, or
    `paths` when the caller has walked the kit already); the digests come from the cache of
    file digests. A file that cannot be read (a link to a file that is gone) has the reason in
    place of its digest: reading the kit names it (`load.outside`, `load.read`), where the
    build stopped with an internal error."""
    files = {}
    for name, path in (kit_files(root) if paths is None else paths).items():
        try:
            files[name] = cache.digest(path)
        except OSError as exc:
            files[name] = f"unreadable: {exc.strerror}"
    cache.DIGESTS.save()
    return files


KIT_FOLDERS = ("materials", "fonts", "assets")  # kit_files': each may be a link elsewhere
OUTSIDE = "outside"  # kit_links: where a link out of the kit leads, whatever its path


def kit_links(root: Path, paths: dict[str, Path] | None = None) -> dict[str, str]:
    """Each kit file reached through a link, by its name relative to the kit (`kit_files`, or
    `paths`): where it leads, relative to the kit, never as an absolute path: the name of the
    kit file it is (its real path inside the real path of materials/, fonts/ or assets/,
    that folder's name first: "materials/layouts/boxes.yaml"), else its real path relative
    to the kit's own ("shared/logo.svg"), else OUTSIDE (POSIX). Empty for a kit of plain files
    (a folder that is a link, as a kit's shared fonts/, is not one), and the same for the
    kit's copy in another folder, or reached through another link (a parent folder that is
    one): the build's fingerprint covers these (fingerprint.build_fingerprint), and a copy's
    absolute paths made the shards of one build on two machines two builds that do not
    join (`manifest.mismatch`). A file replaced by a link out of the kit to the same bytes
    has the same digest (`kit_digests`) but not the same entry here: reading the kit refuses
    it (`load.outside`, `ref.font`), where the kit kept in the cache (`cached_kit`) and the
    stamp of a build with nothing to do (incremental.stamp) did not. A realpath a folder and
    a link, an lstat a file: 0.5 ms for the default kit's 129 files (1.2 ms with a realpath a
    file)."""
    folders = {  # materials/, fonts/, assets/: their real paths
        label: os.path.join(os.path.realpath(root / label), "") for label in KIT_FOLDERS
    }
    kit = os.path.join(os.path.realpath(root), "")
    parents: dict[str, str] = {}  # each folder's real path, found once
    out: dict[str, str] = {}
    for name, given in (kit_files(root) if paths is None else paths).items():
        label = name.partition("/")[0]
        parent, base = os.path.split(path := os.fspath(given))
        if parent not in parents:
            parents[parent] = os.path.realpath(parent)
        # a plain file is where its folder is: one lstat, not one a part of its path
        real = (
            os.path.realpath(path) if os.path.islink(path) else os.path.join(parents[parent], base)
        )
        if real.startswith(folders[label]):
            inside = f"{label}/{real[len(folders[label]) :]}"
        else:
            inside = next(
                (
                    f"{other}/{real[len(top) :]}"
                    for other, top in folders.items()
                    if real.startswith(top)
                ),
                real[len(kit) :] if real.startswith(kit) else OUTSIDE,
            )
        if (inside := inside.replace(os.sep, "/")) != name:
            out[name] = inside
    return out


def cached_kit(
    root: Path,
    digests: dict[str, str] | None = None,
    code: str | None = None,
    isolate: bool = False,
    links: dict[str, str] | None = None,
    layouts_isolated: bool = False,
) -> Kit:
    """load_kit(root, isolate=isolate, layouts_isolated=layouts_isolated), from the cache
    when the same files, reached through the same links, were read before by the same code.
    `digests` (kit_digests), `code` (code_version) and `links` (kit_links) when the caller
    has them already: a materials/ file replaced by a link out of the kit to the same bytes
    was read from the cache as the kept file it was, without the `load.outside` error a first
    reading gives. Raises DiagnosticsError as load_kit does. The YAML loader and the kit's
    readers are imported only when the kit is read (40 ms of start-up here, PyYAML's among
    them)."""
    paths = kit_files(root) if digests is None or links is None else None
    files = digests if digests is not None else kit_digests(root, paths)  # unreadable: load_kit
    where = links if links is not None else kit_links(root, paths)
    name = cache.key(
        code or code_version(),
        sys.version,
        str(root),
        os.path.abspath(root),
        json.dumps(files, sort_keys=True),
        json.dumps(where, sort_keys=True),
        "isolate" if isolate else "whole",
        "layouts apart" if layouts_isolated else "layouts with the kit",
        arguments(""),  # the kit its hints' commands carry (`--kit kit`, commands.arguments)
    )
    return cache.pickled(f"kit-{name}", lambda: _load(root, isolate, layouts_isolated))


def _load(root: Path, isolate: bool = False, layouts_isolated: bool = False) -> Kit:
    from ..kit import load_kit  # the YAML loader and every file kind's reader

    return load_kit(root, isolate=isolate, layouts_isolated=layouts_isolated)


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
    held = (name, str(folder), str(cache.folder()))
    book = _held_books.get(held) if _held_books is not None else None
    if book is None:
        book = cache.pickled(f"fontbook-{name}", lambda: load_fontbook(folder))
        if _held_books is not None:
            _held_books[held] = book
    return book


# The font books read in a `one_font_book` block, by the user's cache entry, the folder as
# named and the cache folder; None outside one.
_held_books: dict[tuple[str, str, str], FontBook] | None = None


@contextmanager
def one_font_book() -> Iterator[None]:
    """For the block, `cached_fontbook` gives the book it read first for the same files
    again, its faces already open: `strings import` checks its language in the campaign's
    materials, then in the offices', and `check` reads the book for its warnings, then to
    lay out; a second book read from the cache opened every face again and set every text
    again (its faces are other objects, and `text.fit`'s memo keys by identity). One
    command's block, not the process's: a face reads its file when first used, so a book
    kept while a font file is changed and put back (the live preview) would hold a face of
    the changed bytes under the first bytes' digests. A block inside another is the outer
    one."""
    global _held_books
    if _held_books is not None:
        yield
        return
    _held_books = {}
    try:
        yield
    finally:
        _held_books = None


__all__ = ["cached_fontbook", "cached_kit", "kit_digests", "kit_links", "one_font_book"]
