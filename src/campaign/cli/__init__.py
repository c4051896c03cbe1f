"""Command line: click only, one module per command; no logic lives here."""

from __future__ import annotations

import os
import signal
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

import click

from .. import codecache
from ..program import join as join_words

# The command line, not the package, makes dataclasses take their methods' code from the
# user's cache (codecache): before the first of ours is made, and only in a process that runs
# a command (a program that imports the package as a library keeps dataclasses as it was).
codecache.install()

from ..commands import REPO_ROOT as REPO_ROOT  # noqa: E402
from ..dates import LAST_EPOCH, epoch_seconds  # noqa: E402
from ..diagnostics import Diagnostic, DiagnosticsError, failure  # noqa: E402
from ..pipeline.options import DEFAULT_PNG_PPI, MAX_PREVIEW_PIXELS  # noqa: E402
from ..program import as_invoked, echo, program, set_program  # noqa: E402
from ..publishing import NOT_PUBLISHED, Interrupted  # noqa: E402

F = TypeVar("F", bound=Callable[..., Any])


# What `--kit`'s help says of the kit read without it (default_kit)
DEFAULT_KIT = (
    "the nearest folder holding materials/: the working folder or one of its parents, as "
    "git finds its repository; else this repository's own"
)


def default_kit() -> Path:
    """The kit read without --kit: the nearest folder holding `materials/`, the working folder
    or one of its parents (as git finds the repository a folder is in), else the repository
    this package came from (`REPO_ROOT`). Only the working folder was looked at, and only
    when it held materials/campaign.yaml: from a subfolder of an office's own kit (`tr/`),
    `check --office americas-test` read this repository's kit (`unknown office`), and
    `strings import` would have written into its materials/strings/ (a user's trial)."""
    return found_kit() or REPO_ROOT


def found_kit() -> Path | None:
    """The nearest folder holding `materials/`, the working folder or one of its parents;
    None when there is none (the default kit is then this repository's own: `fell_back`)."""
    cwd = Path.cwd()
    return next((d for d in (cwd, *cwd.parents) if (d / "materials").is_dir()), None)


def fell_back(kit: Path | None) -> bool:
    """Whether a command given `kit` (--kit, None when not given) reads this repository's
    own kit only because no kit is in the working folder or above it (`default_kit`)."""
    return kit is None and found_kit() is None


def written_kit(kit: Path | None, root: Path) -> str | None:
    """For a command that writes into the kit `root` (`strings import`, `new language`): a
    line naming it when it was not given with --kit (`kit` None), and how it was found
    (DEFAULT_KIT), so that a file written into a kit the user did not mean is seen at once;
    None when --kit named it. (Such a command refuses the kit reached by the fallback,
    `kit_to_write`: the kit is the working folder's or above it.)"""
    if kit is not None:
        return None
    cwd = Path.cwd().resolve()
    if root == cwd:
        how = "the working folder's"
    else:
        how = "the nearest folder holding materials/ above the working folder"
    return f"written into the kit in {root} ({how}; --kit PATH for another)"


# ctx.meta's key: the command reads this repository's own kit by the fallback (`fell_back`)
FELL_BACK = "kit.fell-back"


def kit_root(kit: Path | None) -> Path:
    """The kit a command reads, resolved: `kit` (--kit), else the default kit. The commands
    its messages quote carry `--kit` to it when it is not the default kit (`quote_kit`).
    Whether it was reached by the fallback is kept for the command's report (FELL_BACK:
    `fallback.elsewhere` looks for an office it lacks in the kits below the working
    folder)."""
    root = (kit or default_kit()).resolve()
    quote_kit(root)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta[FELL_BACK] = fell_back(kit)
    return root


def kit_to_write(kit: Path | None, action: str = "write into") -> Path:
    """`kit_root` for a command that writes into the kit (`new office`, `new language`,
    `strings import`), which refuses this repository's own kit when it was reached only by
    the fallback (`fell_back`: no kit in the working folder or above it, no --kit): `new
    office mombasa2`, run beside an office's kit rather than in it, wrote into this
    repository's materials/offices/ (a user's trial).

    `action` says what it does with the kit in the refusal ("export from": `strings export`,
    whose file a translator works on: the repository's texts in place of the kit's own).

    Raises DiagnosticsError (`cli.repository-kit`, `fallback.refused`): nothing written."""
    root = kit_root(kit)
    if fell_back(kit):
        from .fallback import refused

        raise refused(root, action)
    return root


def quote_kit(root: Path) -> None:
    """Have the commands that messages quote carry `--kit ROOT` (commands.command) until the
    command in progress ends, or carry none when `root` is the default kit: a hint's
    `python generate.py merge ... --office dakar`, run as written by an office with its own
    kit, read the default kit and failed (`unknown office 'dakar'`, an office's trial)."""
    from ..commands import quoting

    restore = quoting(None if root == default_kit().resolve() else root)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(restore)


def write_whole(target: Path, data: bytes) -> None:
    """`data` to `target`, whole or not at all: a failure leaves an earlier file of that name
    as it was. Its folders are made as `build` makes its output folder (`strings export -o
    tr/fa.xlsx` stopped at "No such file or directory": a translator's trial); one that
    cannot be made or written is a usage error naming the file (strings export wrote to it
    directly: an internal error with a traceback's words)."""
    part = target.with_name(f".{target.name}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        os.replace(part, target)
    except OSError as exc:
        with suppress(OSError):  # its folder may be a file: unlink fails too
            part.unlink(missing_ok=True)
        # mkdir's word for a file where a folder should be is "File exists"
        why = "a file, not a folder, is in its place" if _file_above(target) else exc.strerror
        raise click.ClickException(
            f"cannot write {target}: {why}: give -o a file in a folder you can write"
        ) from None


def _file_above(target: Path) -> bool:
    """Whether one of the folders `target` would be written in is a file."""
    return any(p.exists() and not p.is_dir() for p in target.parents)


def _listed(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The values of a list option, comma-separated and repeatable, as one list: `--only a
    --only b,c` is `--only a,b,c`, each name once, in the order given; none (or empty ones
    only) is None (all). Given twice, a list option kept its last value alone, without a word
    (`build --only poster-a3 --only flyer-a5` built the flyer only: a user's trial)."""
    names = (v.strip() for value in values for v in value.split(","))
    return tuple(dict.fromkeys(n for n in names if n)) or None


def _office_ids(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...] | None:
    """`_listed`, each office id in lower case (`office_id`)."""
    listed = _listed(ctx, param, values)
    return None if listed is None else tuple(dict.fromkeys(n.lower() for n in listed))


def office_id(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An office id given on the command line, in lower case: an office's id is its file's
    name, which is lower case (kit.load.MATERIAL_ID: it names output folders, the same on a
    file system that ignores case), so `--office US-Chicago` can mean us-chicago alone and
    is read so, as `--lang EN` is en (Kit.language_code). It was "unknown office
    'US-Chicago'", the kit's offices listed (a print shop's trial)."""
    return None if value is None else value.lower()


def list_option(*decls: str, metavar: str, help: str, offices: bool = False) -> Callable[[F], F]:
    """An option that takes a list: comma-separated, and repeatable (`_listed`); the command
    gets a tuple of names, or None when it was not given; with `offices`, office ids, each
    in lower case (`office_id`)."""
    read = _office_ids if offices else _listed
    return click.option(*decls, metavar=metavar, multiple=True, callback=read, help=help)


kit_option = click.option(
    "--kit",
    "kit",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=f"Kit folder with materials/, fonts/ and assets/ (default: {DEFAULT_KIT}).",
)
# `build` and `merge`: the PNG previews' --png-ppi
PNG_PPI_HELP = (
    f"Resolution of the PNG previews, pixels per inch. Default: {DEFAULT_PNG_PPI:g}, but a page "
    f"that would have more than {MAX_PREVIEW_PIXELS // 1_000_000} million pixels at it (a "
    "banner) is drawn at the highest ppi that keeps it within, and the build says so; a "
    "resolution given here is drawn as asked."
)
# `package`, `sheet`: a build is read with the kit its manifest names (cli.buildkit)
build_kit_option = click.option(
    "--kit",
    "kit",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Kit folder with materials/, fonts/ and assets/ (default: the kit that made the "
    f"build, as its manifest names it; else {DEFAULT_KIT}).",
)
lang_option = list_option(
    "--lang",
    "langs",
    metavar="CODES",
    help="Only these languages, comma-separated (e.g. en,fr) or repeated (--lang en --lang fr).",
)
only_option = list_option(
    "--only",
    "only",
    metavar="MATERIALS",
    help="Only these materials, comma-separated (e.g. poster-a3,badge-58) or repeated "
    "(--only poster-a3 --only badge-58).",
)
office_option = list_option(
    "--office",
    "offices",
    offices=True,
    metavar="IDS",
    help="For these offices (ids of materials/offices/<id>.yaml, comma-separated or repeated, "
    "or 'all'): each office's languages (or --lang) with its fields, links, logos and press "
    "profile. Without it: the campaign-level kit.",
)


def out_option(
    help: str, *, file: bool = False, default: Path | None = None, required: bool = False
) -> Callable[[F], F]:
    """`-o/--out`: an output folder (or, with `file`, a file to write) with this command's
    help text; its default is shown when there is one. No default is given to click when it
    is None: click 8.3 and later take an explicit `default=None` as a value given, and a
    required -o left out (`manifest merge`) reached the command as None, an internal error."""
    given: dict[str, Any] = {} if default is None else {"default": default}
    return click.option(
        "-o",
        "--out",
        "out",
        type=click.Path(dir_okay=not file, file_okay=file, path_type=Path),
        **given,
        required=required,
        show_default=default is not None,
        help=help,
    )


from_build_option = click.option(
    "--from",
    "build_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="The finished build to read (the folder with manifest.json); it is never rebuilt.",
)


def _shard(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[int, int] | None:
    """`K/N` -> (K, N), 1 <= K <= N, in ASCII digits (shardspec.parse_shard)."""
    from ..shardspec import parse_shard

    if value is None:
        return None
    shard = parse_shard(value)
    if shard is None:
        raise click.BadParameter(f"'{value}' is not K/N with 1 <= K <= N (e.g. 2/8)")
    return shard


shard_option = click.option(
    "--shard",
    metavar="K/N",
    callback=_shard,
    help="Only shard K of N: the documents whose key hashes to K (all renditions of a "
    "document in one shard; the same split on every machine). Join the shards' folders with "
    "'manifest merge'.",
)
force_option = click.option(
    "--force",
    is_flag=True,
    help="Rebuild every job (default: incremental, only what changed since the previous "
    "build into OUT).",
)
quiet_option = click.option(
    "-q", "--quiet", is_flag=True, help="No progress and no summary; problems only (no notes)."
)
strict_option = click.option("--strict", is_flag=True, help="Treat warnings as errors.")
jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(0),
    default=0,
    help="Worker processes (0, the default: one per core the process may use; 1 draws in "
    "this process).",
)
json_option = click.option(
    "--json", "json_report", is_flag=True, help="Print a JSON report instead of text."
)


# Exit codes (docs/errors.md, "Exit codes"): 0 done; 1 problems found in the kit, the files
# or the build (diagnostics printed); 2 a command line that click cannot parse; 70 an internal
# error (a bug: EX_SOFTWARE, BSD sysexits.h); 130 interrupted (Ctrl-C: 128 + SIGINT); 143
# terminated (SIGTERM: 128 + 15).
EXIT_INTERNAL = 70
EXIT_PIPE = 141  # 128 + SIGPIPE, as a shell reports a program a closed pipe ended
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (a timeout, a CI cancel, `docker stop`) stops a command as Ctrl-C does: its
    staging folder removed, its output unchanged; in the main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def interrupted(exc: KeyboardInterrupt) -> tuple[str, int]:
    """What an interrupted command says, and its exit code."""
    terminated = isinstance(exc, Interrupted) and exc.signum == signal.SIGTERM
    code = EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    what = "terminated" if terminated else "interrupted"
    if isinstance(exc, Interrupted) and exc.published:
        left = f"; {exc.left}" if exc.left else ""
        return f"{what} after publishing: the new output is complete{left}", code
    return f"{what}; {NOT_PUBLISHED}", code


def given_twice(command: click.Command, args: list[str]) -> tuple[str, list[str]] | None:
    """The first option of `command` that takes one value (not a flag, not a list option)
    and is given more than once in `args` (before a `--`), with the values given; None when
    there is none. Click keeps the last such value without a word: `sheet --material
    flyer-a5 --material badge-58` made badge sheets alone."""
    takes: dict[str, click.Option] = {}  # an option's every name -> it
    for param in command.params:
        if isinstance(param, click.Option) and not (param.is_flag or param.count):
            for name in param.opts + param.secondary_opts:
                takes[name] = param
    seen: dict[str, list[str]] = {}
    i = 0
    while i < len(args):
        token = args[i]
        i += 1
        if token == "--":
            break
        name, value = token, None
        if token.startswith("--") and "=" in token:
            name, value = token.split("=", 1)
        elif token not in takes and token[:2] in takes and token[1:2] != "-":
            name, value = token[:2], token[2:]  # -ofile
        option = takes.get(name)
        if option is None:
            continue
        if value is None and i < len(args):
            value, i = args[i], i + 1
        if not option.multiple:
            seen.setdefault(max(option.opts, key=len), []).append(value or "")
    return next(((name, vs) for name, vs in seen.items() if len(vs) > 1), None)


# Words other tools use for what a command of ours does: a user who types one is told ours.
# Click's own suggestion compares spellings only ('serve' gave "merge" or "sheet").
SYNONYMS = {
    "serve": "preview",
    "server": "preview",
    "watch": "preview",
    "live": "preview",
    "gallery": "preview",
    "render": "build",
    "make": "build",
    "compile": "build",
    "generate": "build",
    "lint": "check",
    "validate": "check",
    "verify": "check",
    "preflight": "check",
    "impose": "sheet",
    "imposition": "sheet",
    "gang": "sheet",
    "translate": "strings",
    "po": "strings",
    "mailmerge": "merge",
    "events": "merge",
    "zip": "package",
    "bundle": "package",
}


class ProgramContext(click.Context):
    """A command's context whose help (`--help`) quotes its examples with the program as it
    was run (program.as_invoked): `campaign-kit build -o out/`, `python ../kit-tool/generate.py
    build -o out/`, where the docstrings say `python generate.py`."""

    def get_help(self) -> str:
        return as_invoked(super().get_help())


class OnceGroup(click.Group):
    """A group whose commands refuse an option of one value given twice (`given_twice`): a
    usage error naming the option and its values, where click kept the last. A command name
    it does not have but another tool's word for one of its commands (SYNONYMS: `serve`) is
    a usage error naming that command. It and its commands show their help with the program
    as run (`ProgramContext`)."""

    context_class = ProgramContext

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        cmd.context_class = ProgramContext
        super().add_command(cmd, name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        given = args[0] if args else ""
        ours = SYNONYMS.get(given.lower())
        if ours is not None and self.get_command(ctx, given) is None and ours in self.commands:
            raise click.UsageError(
                f"No such command '{given}'. The command for that is '{ours}': "
                f"{ctx.command_path} {ours} --help",
                ctx,
            )
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and not isinstance(command, click.Group):
            twice = given_twice(command, rest)
            if twice:
                option, values = twice
                raise click.UsageError(
                    f"{option} was given {len(values)} times ({', '.join(values)}); it takes "
                    "one value: give it once",
                    click.Context(command, info_name=name, parent=ctx),
                )
        return name, command, rest


class KitSubGroup(OnceGroup):
    """A group of commands under the main one (`new`, `manifest`, `strings`)."""


class KitGroup(OnceGroup):
    """The command group with a last-resort handler: anything a command did not turn into a
    diagnostic is one line naming the command and the error, the traceback only with
    `--debug`; Ctrl-C is one line and exit code 130. The output folder is never half
    written: builds publish in one transaction (publishing.py). SIGTERM is handled as Ctrl-C,
    with exit code 143."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # the command line as given, for `usage_as_json`; kept when click reads what is
        # left of it again to name an unknown command (Group.resolve_command: `-- --json`)
        ctx.meta.setdefault("kit.argv", list(args))
        try:
            return self._parse_args(ctx, args)
        except click.UsageError as exc:  # before any command ran: `--json build`, `--jsn`
            usage_as_json(exc, ctx.meta["kit.argv"])
            exc.message = as_invoked(exc.message)  # as click shows it: the program as run
            raise

    def _parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            moved = _options_after_command(self, ctx.meta["kit.argv"])  # click ate `args`
            if moved is None or exc.option_name not in moved[1]:
                raise
            raise click.NoSuchOption(
                exc.option_name,
                f"No such option '{exc.option_name}' before the command: a command's options "
                f"go after it: python generate.py {join_words(moved[0])}",
                ctx=ctx,
            ) from exc

    def invoke(self, ctx: click.Context) -> object:
        # Pillow's DecompressionBombWarning (an image of 89 to 179 million pixels) is a
        # Python warning on stderr, outside our messages: the kit names such an image itself,
        # at its line (assets.image_size, image.large). By its text: PIL is not imported here.
        warnings.filterwarnings("ignore", message=r"Image size \(\d+ pixels\) exceeds limit")
        try:
            with sigterm_as_interrupt():
                return super().invoke(ctx)
        except click.UsageError as exc:
            usage_as_json(exc, ctx.meta.get("kit.argv", []))
            exc.message = as_invoked(exc.message)  # as click shows it: the program as run
            raise
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt as exc:
            message, code = interrupted(exc)
            echo(message, err=True)
            stopped = Diagnostic("cli.interrupted", message, hints=(AGAIN,))
            failure_as_json(ctx.meta.get("kit.argv", []), message, [stopped])
            ctx.exit(code)
        except DiagnosticsError as exc:  # a command that did not report its own
            from ..diagnostics import count_line
            from .report import show

            said = count_line(exc.diagnostics) or "failed"
            if not failure_as_json(ctx.meta.get("kit.argv", []), said, exc.diagnostics):
                show(exc.diagnostics)
            ctx.exit(1)
        except BrokenPipeError:
            # the reader of the output went away (`| head -1`): stop as a program that SIGPIPE
            # ends (128 + 13), nothing more written; it was "an internal error", a bug report
            # to file for a closed pipe
            ctx.exit(EXIT_PIPE)
        except Exception as exc:
            command = ctx.invoked_subcommand or "generate.py"
            said = f"{command} stopped on an internal error ({type(exc).__name__}: {exc})"
            bug = Diagnostic("build.internal", said, hints=(BUG,))
            argv = ctx.meta.get("kit.argv", [])
            if ctx.params.get("debug"):  # the report, then the traceback on standard error
                failure_as_json(argv, "stopped on an internal error", [bug])
                raise
            echo(f"error[build.internal]: {said}\n  hint: {BUG}", err=True)
            failure_as_json(argv, "stopped on an internal error", [bug])
            ctx.exit(EXIT_INTERNAL)


# What the last resort's internal error (build.internal) and interruption (cli.interrupted) say
BUG = (
    "this is a bug in the kit's code, not in your files: run the command again with --debug "
    "after generate.py for the traceback, and report it"
)
AGAIN = "it was stopped from outside (Ctrl-C, or SIGTERM: a timeout, a CI cancel): run it again"


def _options_after_command(
    group: click.Group, args: list[str]
) -> tuple[list[str], set[str]] | None:
    """`args` (a command line that gave options before its command: `--kit . new language
    it`, which click refuses as "No such option '--kit'") with those options after the
    command's words (`new language it --kit .`), and the options the command has; None
    when no command of `group` is named. A trial's translator wrote --kit first and was
    told only that there is no such option."""
    named = _command_named(group, args)
    if named is None:
        return None
    at, _, path = named
    command = path[-1]  # `new language`: the subcommand's options
    opts = {o for param in command.params for o in (*param.opts, *param.secondary_opts)}
    return [*args[at:], *args[:at]], opts


def _command_named(
    group: click.Group, args: list[str]
) -> tuple[int, list[str], list[click.Command]] | None:
    """Where the command line `args` (up to its `--`) names a command of `group`, the words
    that name it (["manifest", "merge"]) and the commands they name, `group`'s first: a
    group's command is the next word that is no option (the group alone where that word
    names none of its commands: `strings --json`, `strings imprt`). The command is the
    first word that is neither an option nor an option's value (`_values`), as click reads
    a line, of `group`'s options and the command's, which click refuses before it though a
    user gives them there (`--kit . new language it`, `--json build`). None when that word
    names no command of `group` (`bild build --json`: click's "No such command 'bild'"), or
    there is none."""
    for at, word in enumerate(args):
        if word not in group.commands:
            continue
        names, path = [word], [group.commands[word]]
        rest = (w for w in args[at + 1 :] if not w.startswith("-"))
        while isinstance(path[-1], click.Group):
            name = next(rest, "")
            inner = path[-1].commands.get(name)
            if inner is None:
                break
            names.append(name)
            path.append(inner)
        values = _values(args[: at + 1], [group, *path])
        before = (i in values or w.startswith("-") for i, w in enumerate(args[:at]))
        if at not in values and all(before):
            return at, names, path
    return None


def _values(words: list[str], commands: list[click.Command]) -> set[int]:
    """The indices of the words of `words` that are an option's value, as click reads them:
    the words after an option of `commands` that takes a value, as many as it takes (`--only
    badge`; `-o --json`, a folder of that name)."""
    takes = {
        opt: param.nargs
        for command in commands
        for param in command.params
        if isinstance(param, click.Option) and not (param.is_flag or param.count)
        for opt in param.opts
    }
    found: set[int] = set()
    at = 0
    while at < len(words):
        count = takes.get(words[at], 0)
        found.update(range(at + 1, at + 1 + count))
        at += 1 + count
    return found


def usage_as_json(exc: click.UsageError, argv: list[str]) -> None:
    """A command line that cannot be read, given with --json (before any `--`): its JSON
    report on standard output, with one error, `cli.usage` (`usage_problem`), so that a
    script reading the report is not handed click's text. The report has the keys of the
    command's other reports when the line names a command that has --json, wherever --json
    stands (`--json build`, given before the command, is refused as any option there is);
    else (`bild --json`, `schema --json`) the keys USAGE_KEYS, its `command` the command
    named (`schema`), or null when none is. click's usage message still goes to standard
    error, and the exit code stays 2. Said once: an error of the main group's options can be
    raised twice on its way out (click reads them again to name an unknown command)."""
    if getattr(exc, "kit_json_told", False):
        return
    given = _before_dashes(argv)
    failing, names = _failing_command(exc, given)
    keys = _json_keys(given, failing, names, usage=True)
    if keys is None:
        return
    exc.kit_json_told = True  # type: ignore[attr-defined]
    from .report import emit_failure

    problem = usage_problem(exc, keys[0], isinstance(failing, click.Group) or failing is None)
    emit_failure(keys[1], "the command line could not be read", [problem], command=keys[0])


def usage_problem(exc: click.UsageError, command: str | None, group: bool) -> Diagnostic:
    """The `cli.usage` error of usage error `exc`, of the command named `command` (None:
    the main group's own line), a `group` of commands or not: click's message, and as hints
    the names click offers for a word it does not know ("did you mean build?", where its
    message ends with "Did you mean 'build'?") and where the options or commands are
    listed."""
    offered = sorted(getattr(exc, "possibilities", None) or [])
    message = exc.message if offered else exc.format_message()
    hints = [f"did you mean {' or '.join(offered)}?"] if offered else []
    line = " ".join(w for w in ("python generate.py", command, "--help") if w)
    hints.append(f"the {'commands' if group else 'options'}: {line}")
    return Diagnostic("cli.usage", message, hints=tuple(hints))


def failure_as_json(argv: list[str], summary: str, problems: list[Diagnostic]) -> bool:
    """The JSON report of a command that stopped where it reports nothing of its own (an
    internal error, Ctrl-C, a SOURCE_DATE_EPOCH refused before any command ran), when its
    command line `argv` asked for one (`json_keys`): the keys of its other reports, `ok`
    false, `summary` and `problems`. Whether one was printed (such a command printed nothing
    on standard output: a script reading its report was handed an empty document)."""
    keys = json_keys(argv)
    if keys is None:
        return False
    from .report import emit_failure

    emit_failure(keys[1], summary, problems, command=keys[0])
    return True


def _before_dashes(argv: list[str]) -> list[str]:
    """`argv` up to its `--`: after it, words are arguments, never options."""
    return argv[: argv.index("--")] if "--" in argv else argv


def json_keys(argv: list[str]) -> tuple[str | None, tuple[str, ...]] | None:
    """(the command's words, `manifest merge`; the keys of its --json report, as
    `report.report_keys` gives them for the options given) of the command line `argv`, read
    by click, when it gives the option --json (`_gives_json`) to a command that has it;
    None otherwise (`_json_keys`)."""
    given = _before_dashes(argv)
    return _json_keys(given, *_failing_command(None, given))


def _json_keys(
    given: list[str], failing: click.Command | None, names: list[str], usage: bool = False
) -> tuple[str | None, tuple[str, ...]] | None:
    """`json_keys` of the command line `given` (up to its `--`), whose command is `failing`
    of the words `names` (`_failing_command`; None for none). With `usage` (a line click
    cannot read), a line that gives --json but names no command that has it (`bild
    --json`, `schema --json`) has the keys USAGE_KEYS, and the command it names (None for
    none)."""
    from .report import USAGE_KEYS, report_keys

    if not _gives_json(given, names):
        return None
    command = " ".join(names) if failing is not None else None
    if failing is not None and any("--json" in p.opts for p in failing.params):
        keys = report_keys(" ".join(names), given)
        if keys is not None:
            return command, keys
    return (command, USAGE_KEYS) if usage else None


def _gives_json(given: list[str], names: list[str]) -> bool:
    """Whether the command line `given` (up to its `--`) gives the option --json, not as
    the value of another option (`_values`) of the main group or of the commands `names`
    (["manifest", "merge"], as `_failing_command` gives them): `build --only --json` builds
    a material named "--json"; `schema -o --json` writes into a folder of that name. Such a
    line printed a JSON report of its usage error or internal one."""
    command: click.Command = main
    commands = [command]
    for name in names:
        inner = command.commands.get(name) if isinstance(command, click.Group) else None
        if inner is None:
            break
        command = inner
        commands.append(command)
    values = _values(given, commands)
    return any(word == "--json" and i not in values for i, word in enumerate(given))


def _failing_command(
    exc: click.UsageError | None, given: list[str]
) -> tuple[click.Command | None, list[str]]:
    """The command whose command line failed and its names under the main group
    (["manifest", "merge"]); None when the line names none. From the context `exc` names,
    when it is a command's (`report.command_path`); else (no `exc`, or a group's own error:
    `--json build`, an option before the command, `manifest --json merge`) read off `given`
    (`_command_named`)."""
    from .report import command_path

    known = exc.ctx if exc is not None else None
    if (
        known is not None
        and known.parent is not None
        and not isinstance(known.command, click.Group)
    ):
        return known.command, (command_path(known) or "").split()
    named = _command_named(main, given)
    if named is None:
        return None, []
    _, names, path = named
    return path[-1], names


@click.group(cls=KitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="blueheart-campaign-kit")
@click.option(
    "--debug", is_flag=True, help="Show the traceback of an internal error (for a bug report)."
)
def main(debug: bool) -> None:
    """Blue Heart campaign kit: print-ready posters, flyers and badges from YAML.

    \b
    Examples:
      python generate.py build                      # the whole default kit into out/
      python generate.py build --lang fr --only poster-a3
      python generate.py check                      # validate everything, write nothing
      python generate.py schema -o schemas/         # JSON Schemas for editors
      python generate.py frame me.jpg --lang fr     # a photo in the photo-challenge frame
      python generate.py package                    # ZIPs for print shops, contact sheets
      python generate.py preview                    # live gallery with guides, in a browser
      python generate.py new kit ../my-kit          # your own copy of the kit, to edit

    \b
    Exit codes: 0 done, 1 problems found (listed), 2 a command line it cannot read,
    70 an internal error (a bug), 130 interrupted (Ctrl-C), 141 its output's reader went
    away (| head), 143 terminated (SIGTERM).
    """
    check_source_date_epoch(os.environ.get("SOURCE_DATE_EPOCH"))


def check_source_date_epoch(value: str | None) -> None:
    """SOURCE_DATE_EPOCH, the date every output carries, is whole seconds since 1970 as
    `date +%s` prints them (reproducible-builds.org/specs/source-date-epoch: a malformed value
    should stop the build). Unset or empty: the campaign's day is used.

    Raises DiagnosticsError (`env.source-date-epoch`) for anything else."""
    if not value or epoch_seconds(value) is not None:
        return
    raise failure(
        "env.source-date-epoch",
        f"SOURCE_DATE_EPOCH is '{value[:40]}', not a number of seconds since 1 January 1970 "
        f"between 0 and {LAST_EPOCH:,} (the year 9999)",
        None,
        "set it to the output of `date +%s` (or of `git log -1 --format=%ct`), or unset it",
    )


class LazyCommands(dict[str, Any]):
    """The main group's commands by name (`click.Group.commands`), each command's module
    imported when the command is first looked up (`[name]`, `get`, `values`, `items`: its
    name alone when the group lists its names). A build imported every command's module
    first (check, sheet, package, preview, strings, ...): about 37 ms of CPU before the
    build began, of the 0.3 s of the imports it needs (measured with time.process_time on
    this machine kind), and as much in every other command. Values are a module name of
    this package until looked up."""

    def __getitem__(self, name: str) -> click.Command:
        value = super().__getitem__(name)
        if isinstance(value, str):
            from importlib import import_module

            value = getattr(import_module(f"{__name__}.{value}"), name)
            value.context_class = ProgramContext  # as OnceGroup.add_command sets it
            super().__setitem__(name, value)
        return value  # type: ignore[no-any-return]

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self else default

    def values(self) -> Any:
        return [self[name] for name in self]

    def items(self) -> Any:
        return [(name, self[name]) for name in self]


# each command of the main group: its name, the module of this package that defines it
main.commands = LazyCommands(
    (name, name)
    for name in (
        "build",
        "check",
        "colour",
        "frame",
        "manifest",
        "merge",
        "new",
        "package",
        "preview",
        "schema",
        "sheet",
        "strings",
    )
)


def run() -> None:
    """The command line as a program (`generate.py`, the `campaign-kit` script): `main`, then
    the exit handlers (atexit: temporary files, finalizers), the output flushed, and the
    process ended without tearing the interpreter down. Freeing every module, font face and
    cached object one by one took 0.1 to 0.16 s after a build here, about a tenth of a small
    build's time; nothing of ours needs it (files are written in `with` blocks, caches are
    saved explicitly). Tests call `main` in their own process, which keeps Python's exit.
    The collector's thresholds are the batch program's (`garbage.collect_less`) from the
    start. click's own usage lines ("Usage: ...", "Try '... --help' for help.") name the
    program as run (`program.program`), as our messages do: click took `generate.py` from
    `sys.argv[0]`, which no shell runs as typed, whatever folder the user ran it from."""
    import atexit
    import sys

    from ..garbage import collect_less

    collect_less()  # a command allocates objects by the ten thousand (garbage.BATCH_GC)
    set_program(sys.argv[0])  # the commands messages quote, as this one was run
    try:
        main(prog_name=program())  # standalone: click ends it with SystemExit
        code = 0
    except SystemExit as exc:
        code = exit_code(exc.code)
    atexit._run_exitfuncs()  # what Python's own exit would run first
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`), a closed stream
            pass
    os._exit(code)


def exit_code(code: object) -> int:
    """A process exit code from SystemExit's: None is 0, a number is itself, anything else
    (a message) is printed to stderr and is 1, as Python's own exit does."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    echo(str(code), err=True)
    return 1
