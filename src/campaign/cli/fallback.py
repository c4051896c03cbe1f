"""This repository's own kit, read when no kit is in the working folder or above it
(`cli.default_kit`, the fallback): a command that writes into a kit refuses it, and what
a command asked for that it lacks is looked for in the kits below the working folder.

From beside an office's kit (`/work/trial55`, holding `kit/`), `new office mombasa2` wrote
into this repository's materials/offices/ with a note only, and `check --office nairobi`
said `unknown office 'nairobi'` with this repository's offices, though `kit/` had it (a
user's trial). Both now name the kits below (one or two folders down) and the command
that reads one (`--kit kit`)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import click

from .. import commands
from ..diagnostics import ASKED, NO_BUILD, Diagnostic, DiagnosticsError, failure
from ..manifest_reader import MANIFEST
from ..program import join as join_words
from ..program import quote
from . import FELL_BACK

# How far below the working folder kits are looked for: its sub-folders and theirs
DEPTH = 2
# How many of the kits found a message names
NAMED = 4
# What a kit below must hold to have what a `ref.*` error asked for: the file of its id
HELD = {
    "ref.office": ("the office", "materials/offices/{}.yaml"),
    "ref.language": ("the language", "materials/strings/{}.yaml"),
    "ref.material": ("the material", "materials/layouts/{}.yaml"),
}


def kits_below(folder: Path, depth: int = DEPTH) -> list[Path]:
    """The kits (folders holding materials/) in `folder`'s sub-folders, down to `depth`
    levels, in name order; a kit's own sub-folders are not looked in, nor hidden folders
    (.git) or ones that cannot be read."""
    found: list[Path] = []
    for child in _subfolders(folder):
        if (child / "materials").is_dir():
            found.append(child)
        elif depth > 1:
            found += kits_below(child, depth - 1)
    return found


def _subfolders(folder: Path) -> list[Path]:
    """`folder`'s sub-folders, not hidden, by name (none when it cannot be read)."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if not e.name.startswith(".") and _dir(e))
    except OSError:
        return []
    return [folder / name for name in names]


def _dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def shown(kit: Path) -> str:
    """A kit below the working folder as a message names it: `./kit`."""
    return f"./{_relative(kit)}"


def _relative(kit: Path) -> str:
    return kit.relative_to(Path.cwd()).as_posix()


def with_kit(kit: Path) -> str:
    """The command line running, as typed, with `--kit` to `kit` (a folder below the
    working folder, given relative to it): before a `--`, after which words are
    arguments."""
    return with_option("--kit", kit)


def with_option(option: str, folder: Path) -> str:
    """The command line running, as typed, with `option` (`--kit`, `--from`) to `folder` (a
    folder below the working folder, given relative to it) in place of the one it gave, if
    any: before a `--`, after which words are arguments."""
    ctx = click.get_current_context(silent=True)
    argv = list(ctx.meta.get("kit.argv", [])) if ctx is not None else []
    at = argv.index("--") if "--" in argv else len(argv)
    words, rest = argv[:at], argv[at:]
    given = [n for n, w in enumerate(words) if w == option and n + 1 < len(words)]
    for n in reversed(given):  # `--from out`: the value after it too
        del words[n : n + 2]
    words = [w for w in words if not w.startswith(f"{option}=")]
    return f"python generate.py {join_words([*words, option, _relative(folder), *rest])}"


def refused(root: Path, action: str = "write into") -> DiagnosticsError:
    """The `cli.repository-kit` error of a command that would write into this repository's
    own kit at `root` (or, `action` "export from", give a translator its texts), reached by
    the fallback: the kits below the working folder, each with the command as typed and
    --kit to it, else how to name or make one."""
    from .report import command_path

    cwd = Path.cwd()
    words = command_path() or "this command"
    hints = kits_hints()
    if hints:
        hints.append("another kit: give it with --kit DIR, or run the command in its folder")
    else:
        hints += [
            f"give the kit to {action} with --kit DIR, or run the command in its folder (no "
            "folder holding materials/ is in the working folder's sub-folders either)",
            "no kit of your own yet: python generate.py new kit my-kit, then run the command "
            "in my-kit",
        ]
    hints.append(f"to {action} this repository's own kit, name it: --kit {root}")
    return failure(
        "cli.repository-kit",
        f"no kit to {action}: neither {cwd} nor a folder above it holds materials/, and "
        f"`{words}` does not {action} this repository's own kit ({root}) unless --kit "
        "names it; nothing was written",
        None,
        *hints,
    )


def kits_hints() -> list[str]:
    """A hint per kit below the working folder (NAMED of them, then how many more), each
    with the command running as typed and `--kit` to it; none when there is none."""
    cwd = Path.cwd()
    below = kits_below(cwd)
    hints = [f"the kit in {shown(k)}: {with_kit(k)}" for k in below[:NAMED]]
    if len(below) > NAMED:
        hints.append(f"{len(below) - NAMED} more kit(s) below {cwd}: give one with --kit DIR")
    return hints


def builds_hints(build: Path) -> list[str]:
    """A hint per kit below the working folder (NAMED of them, then how many more) for a
    command that reads a finished build (`package`, `sheet`) and found none in `build`: the
    kit's own build of that name (`./kit/out`, of a `build` run in the kit's folder), with
    the command running as typed reading it (`--from`), else how to build the kit into
    `build` first, then the command as typed (the build's kit is the one it reads); none
    when no kit is below."""
    ctx = click.get_current_context(silent=True)
    typed = join_words(ctx.meta.get("kit.argv", [])) if ctx is not None else ""
    below = kits_below(Path.cwd())
    hints = []
    for kit in below[:NAMED]:
        own = kit / build
        if not build.is_absolute() and (own / MANIFEST).is_file():
            hints.append(
                f"the kit in {shown(kit)} has a build in {shown(own)}: {with_option('--from', own)}"
            )
            continue
        made = f"python generate.py build --kit {quote(_relative(kit))}{commands.out(build)}"
        hints.append(f"the kit in {shown(kit)}: {made}, then python generate.py {typed}")
    if len(below) > NAMED:
        hints.append(
            f"{len(below) - NAMED} more kit(s) below {Path.cwd()}: give one with --kit DIR"
        )
    return hints


def elsewhere(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """`diagnostics` with, first among the hints of an unknown office, language or material
    (`ref.office`, `ref.language`, `ref.material`, its name the fact ASKED), the kits below
    the working folder that have its file, each with the command that reads it, and first
    among those of a build folder without a manifest (`package.manifest`, the fact
    NO_BUILD), every kit below with its own build or how to make one (`builds_hints`), when
    the command read this repository's own kit by the fallback (FELL_BACK); as they were
    otherwise. The kits below are looked for once, and only for such an error. `package`
    run beside an office's kit said only "run build first" (a review)."""
    items = list(diagnostics)
    ctx = click.get_current_context(silent=True)
    if ctx is None or not ctx.meta.get(FELL_BACK):
        return items
    below: list[Path] | None = None
    out = []
    for d in items:
        build = dict(d.facts).get(NO_BUILD)
        if isinstance(build, Path):
            out.append(replace(d, hints=(*builds_hints(build), *d.hints)))
            continue
        held = HELD.get(d.code)
        name = dict(d.facts).get(ASKED)
        if held is not None and isinstance(name, str) and _plain(name):
            below = kits_below(Path.cwd()) if below is None else below
            what, file = held
            having = [k for k in below if (k / file.format(name)).is_file()][:NAMED]
            told = tuple(
                f"{what} '{name}' is in the kit in {shown(k)}, not read: no kit is in the "
                f"working folder or above it, so this repository's own was; read that kit: "
                f"{with_kit(k)}"
                for k in having
            )
            d = replace(d, hints=(*told, *d.hints))
        out.append(d)
    return out


def _plain(name: str) -> bool:
    """Whether `name` can be a file's name in a kit's folder (no path of its own)."""
    return bool(name) and "/" not in name and "\\" not in name and not name.startswith(".")
