"""The commands a message tells the user to run, as they would type them.

A hint quoted `python generate.py merge event-flyer-a5 ev4.csv -o out-ev4 --office dakar`
to an office working with its own copy of the kit (`--kit kit`): run as written, it read
the default kit and failed with `unknown office 'dakar'` (an office's trial). While a
command reads a kit that is not the default one (cli.default_kit: the nearest folder
holding materials/, the working folder or one of its parents, else the repository's own),
the commands its messages quote carry `--kit PATH`, the
path as `display_path` shows it (relative to the working folder when inside it); with the
default kit they are quoted as before. The command line sets the kit (`quoting`) once it
has resolved it; a program that uses the package as a library quotes without `--kit`.

Worker processes are forked (pipeline.execute) and the preview serves from threads, so
the kit is kept for the process, not for a context."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from .diagnostics import display_path
from .program import join as join_words
from .program import quote

# this repository, whose own kit is the default one where no folder holds materials/ (cli.
# default_kit): the README asks users to make a kit of their own (`new kit DIR`), not to edit it
REPO_ROOT = Path(__file__).resolve().parents[2]

_quoted: list[Path | None] = [None]  # the kit the commands quoted carry, None: the default


def command(words: str) -> str:
    """`python generate.py WORDS`, with `--kit PATH` after WORDS when the command in progress reads
    a kit that is not the default one (`arguments`)."""
    return f"python generate.py {arguments(words)}"


def arguments(words: str) -> str:
    """WORDS (a command's name and arguments, `strings export --lang fr`) with ` --kit PATH`
    appended while a kit that is not the default one is read, PATH quoted for the user's shell
    (program.quote) when it needs it (a folder with a space). Without the program, they run nowhere
    as typed: a command a message tells the user to run is `command`'s; these are for options a
    sentence names (cli.package.unrecorded) and the kit cache's name."""
    kit = _quoted[0]
    return words if kit is None else f"{words} --kit {quote(display_path(kit))}"


BUILD_OUT = Path("out")  # `build`'s folder when no -o is given (cli.build)
MERGE_OUT = Path("out-events")  # `merge`'s (cli.merge)


def out(folder: Path, default: Path = BUILD_OUT) -> str:
    """` -o FOLDER`, for a command that writes into `folder` and writes into `default` when
    given no -o (BUILD_OUT: `build`, MERGE_OUT: `merge`); "" when `folder` is that default
    (both resolved against the working folder). FOLDER as `display_path` shows it (relative to
    the working folder when inside it), quoted for the user's shell when it needs it. A hint
    told a build folder `out-dakar` to run `python generate.py build`, which wrote to out/
    and left out-dakar as it was (the package found it outdated again)."""
    if folder.resolve() == default.resolve():
        return ""
    return f" -o {quote(display_path(folder))}"


def made_again(folder: Path, words: str) -> str:
    """A build's or merge's arguments (`build --lang fr`, `merge event-flyer-a5 e.csv`: the
    last one into `folder`, as package.build.built_with gives them) as a hint quotes them,
    to run again: with `folder`'s -o unless it is that command's default (`out`: out/ for
    a build, out-events/ for a merge), and --kit (`command`)."""
    merge = words.split(" ", 1)[0] == "merge"
    return command(words + out(folder, MERGE_OUT if merge else BUILD_OUT))


def quoted_kit() -> Path | None:
    """The kit the commands quoted carry (None: the default kit, no `--kit`)."""
    return _quoted[0]


def quoting(kit: Path | None) -> Callable[[], None]:
    """Quote commands with `--kit kit` from now on (None: without `--kit`, the default kit);
    returns what puts back the kit quoted before."""
    before = _quoted[0]
    _quoted[0] = kit

    def restore() -> None:
        _quoted[0] = before

    return restore


def typed(
    argv: Sequence[str],
    name: str,
    add: str = "",
    drop: Sequence[str] = (),
    flags: Sequence[str] = (),
) -> str | None:
    """The command in progress as a hint quotes it, to run again: `python generate.py` and
    its command line as typed (`argv`: cli.KitGroup keeps it, `kit.argv`) from the
    command's `name` on (the options before it are the program's: --debug), its --kit with
    it when it was given; without the options `drop` (each with its value: `--only X`,
    `--only=X`) and the flags `flags`; `add` (an option) appended when it is not there;
    quoted for the user's shell (program.join). None when `name` is not in `argv` (a program
    that calls the command)."""
    words = [str(word) for word in argv]
    if name not in words:
        return None
    kept: list[str] = []
    value = False  # the word is the value of an option dropped
    for word in words[words.index(name) :]:
        if value:
            value = False
        elif word in drop:
            value = True
        elif word not in flags and not word.startswith(tuple(f"{o}=" for o in drop)):
            kept.append(word)
    if add and add not in kept:
        kept.append(add)
    return f"python generate.py {join_words(kept)}"
