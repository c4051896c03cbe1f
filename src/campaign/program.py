"""The program's name in the commands our messages quote, as the user runs it.

Messages quote commands to run next (`python generate.py build --lang fr`, commands.command).
That form runs in this repository's folder only: a translator working in a kit of their
own outside it ran `python generate.py strings import fr.po` as a hint said, and Python
found no generate.py there (a translator's trial). The program is run as `python
PATH/generate.py` (PATH as typed) or as the `campaign-kit` console script that `pip
install` puts on the PATH, and the commands quoted should run as typed in the same place.

So messages are written with `PROGRAM` (`python generate.py`), the form of the README and
of the tests, and `as_invoked` puts the program as it was run in its place where a message
is shown: diagnostics.Diagnostic.render and as_json; `echo`, which prints every line of the
command line's output; the commands' help and click's usage errors (cli.ProgramContext).
click's own "Usage:" and "Try ... --help" lines name the program `program` gives (cli.run
passes it to click as the program's name; click took `generate.py` from sys.argv[0]).
Written the other way round, a kit's warnings kept in the user's cache (pipeline.kitcache)
would quote the program of the run that cached them. The command line's entry (cli.run)
sets the program from `sys.argv[0]`; a program that uses the package as a library, or calls
`cli.main` (the tests), keeps `PROGRAM`."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import PurePosixPath, PureWindowsPath

PROGRAM = "python generate.py"  # how messages are written; the README's form
SCRIPT = "campaign-kit"  # the console script (pyproject.toml [project.scripts])

_program: list[str] = [PROGRAM]  # as run: set once, by the command line's entry


def invoked_as(argv0: str) -> str:
    """The program as a user would type it again, from `argv0` (`sys.argv[0]`): `python
    generate.py` run in the repository's folder (by any path); `python ../tool/generate.py`
    run elsewhere (the path as typed, quoted for the shell where it needs it: `quote`);
    `campaign-kit` for the console script when that name is on the PATH, else the script's
    path. Anything else (`-c`, an interpreter embedding the package): `PROGRAM`."""
    path = PureWindowsPath(argv0) if os.name == "nt" else PurePosixPath(argv0)
    if path.name == "generate.py":
        if os.path.realpath(argv0) == os.path.realpath("generate.py"):  # the working folder's
            return PROGRAM
        return f"python {quote(argv0)}"
    if path.stem == SCRIPT:  # `campaign-kit`, or `campaign-kit.exe` on Windows
        return SCRIPT if shutil.which(SCRIPT) else quote(argv0)
    return PROGRAM


def quote(word: str) -> str:
    """`word` (a path) as the user's shell reads it back as one word: on Windows (os.name
    "nt") in double quotes where it needs them, as cmd.exe and the programs it starts read
    a command line (subprocess.list2cmdline: `"C:\\Program Files\\kit\\generate.py"`; a
    POSIX shell's single quotes are part of the word there); elsewhere for a POSIX shell
    (shlex.quote)."""
    if os.name == "nt":
        return subprocess.list2cmdline([word])
    return shlex.quote(word)


def join(words: Iterable[str]) -> str:
    """`words` (a command's arguments) as one command line the user's shell splits back into
    them: each `quote`d, joined by spaces (shlex.join, on Windows in cmd.exe's quoting)."""
    return " ".join(quote(w) for w in words)


def set_program(argv0: str) -> None:
    """Quote the program as `argv0` runs it (`invoked_as`) from now on (cli.run)."""
    _program[0] = invoked_as(argv0)


def program() -> str:
    """The program as run (`PROGRAM` unless the command line's entry set it): the name
    cli.run gives click for its usage lines."""
    return _program[0]


def as_invoked(text: str) -> str:
    """`text` with each `python generate.py` it quotes written as the program was run
    (`program`); unchanged when it was run as `python generate.py`."""
    shown = _program[0]
    return text if shown == PROGRAM else text.replace(PROGRAM, shown)


def echo(message: str | None = None, *, err: bool = False, nl: bool = True) -> None:
    """`click.echo` of a command's output line, the commands it quotes written as the
    program was run (`as_invoked`): every line the command line prints goes through it."""
    import click  # the command line's; the package alone does not need it here

    click.echo(None if message is None else as_invoked(message), err=err, nl=nl)
