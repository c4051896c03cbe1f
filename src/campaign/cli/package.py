"""`package`: hand a finished build off to a print shop and to the web team."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import commands
from ..diagnostics import Collector, Diagnostic, Mark, display_path, listed
from ..program import echo, quote
from . import (
    build_kit_option,
    from_build_option,
    json_option,
    lang_option,
    only_option,
    out_option,
    quiet_option,
    strict_option,
)
from .report import (
    PACKAGE_KEYS,
    as_json,
    counts,
    emit_json,
    note,
    reporting,
    show,
    steps_shown,
    unlabelled,
    unreadable_warning,
)

if TYPE_CHECKING:  # the package module loads when the command runs
    from collections.abc import Sequence

    from ..model import Kit
    from ..output import OutputFile
    from ..package import Older, Outdated, Unlisted
    from ..package.select import LeftOut, Selection


@click.command()
@from_build_option
@out_option("Where to write the package (default: <BUILD_DIR>/package).")
@build_kit_option
@click.option(
    "--order",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A print order (CSV, XLSX, JSON or YAML: material, language, office, copies, stock, "
    "finishing): the job sheets say how many copies of each print file, on what. A line's "
    "copies are each file's it covers: a line without a language gives them to every "
    "language's file.",
)
@click.option(
    "--ordered-only",
    is_flag=True,
    help="With --order: pack only the print files the order gives copies, and their screen "
    "files (digital PDF, previews); the others are left out, listed at the head of the job "
    "sheet. Without it, every print file is packed, those without copies marked.",
)
@only_option
@lang_option
@click.option(
    "--blank-templates",
    is_flag=True,
    help="Package the event templates built without an event too (blank event slots; left "
    "out by default: `merge` makes the events' files).",
)
@click.option(
    "--job",
    metavar="NAME",
    help="A name for this package (letters, digits, '.', '_', '-'), at the start of every "
    "file's name and in the job sheets: 2026-07-flyers-east-africa-print.zip. Two packages of "
    "one office arrived at a print shop under the same names.",
)
@click.option(
    "--allow-outdated",
    is_flag=True,
    help="Pack the files the kit changed since the build folder's last build outdates (made "
    "from a kit file edited since, or by an earlier version of the generator) as they are: "
    "a warning (package.outdated) where it is an error, and nothing is written.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Write the package into a folder that holds the package of another build folder, "
    "replacing it (refused without it: package.other-build).",
)
@strict_option
@quiet_option
@json_option
def package(
    build_dir: Path,
    out: Path | None,
    kit: Path | None,
    order: Path | None,
    ordered_only: bool,
    only: tuple[str, ...] | None,
    langs: tuple[str, ...] | None,
    blank_templates: bool,
    job: str | None,
    allow_outdated: bool,
    replace: bool,
    strict: bool,
    quiet: bool,
    json_report: bool,
) -> None:
    """Package a finished build: per group (the campaign kit and each office built), a ZIP
    of the print PDFs with a job sheet, a ZIP of the screen files, contact sheets (PNG: a row
    per material and per merged event, eight rows a sheet) and a PDF index (the sheets, then
    every file). Never rebuilds: every file is checked against the manifest's sha256. Files
    the kit changed since the folder's last build outdates (made from a kit file edited
    since) are an error: nothing is written (--allow-outdated packs them, with a warning).
    What else should stop a hand-off (a build with a failed job, files older than the
    folder's last build or merge, files of a language the kit no longer lists, a sheet or
    combined file left out, low-resolution images) is a warning, counted; --strict makes
    them errors: exit code 1, and the last package is left as it was.

    \b
    Examples:
      python generate.py build && python generate.py package
      python generate.py package --from /tmp/kit -o /tmp/handoff
      python generate.py package --order print-order.csv
      python generate.py package --order print-order.csv --ordered-only
      python generate.py package --only poster-letter,flyer-letter --lang en,es
      python generate.py package --job 2026-07-flyers
      python generate.py package --strict   # for a print shop: nothing stale goes out
      python generate.py package --json > package.json
    """
    from ..package import BlankTemplates, build_package, job_name
    from ..package.copies import Tally
    from ..package.select import LeftOut, Selection
    from ..pipeline.kitcache import cached_kit
    from .buildkit import build_kit

    bad = job_name(job) if job is not None else None
    if bad:
        raise click.BadParameter(bad, param_hint="--job")
    if ordered_only and order is None:
        raise click.UsageError(
            "--ordered-only packs the print files a print order gives copies: give the order "
            "with --order FILE"
        )

    target = out if out is not None else build_dir / "package"
    start = time.monotonic()
    errs = Collector()
    with (
        reporting(json_report, PACKAGE_KEYS, strict=strict, quiet=quiet),
        steps_shown("package", quiet=quiet or json_report) as tick,
    ):
        chosen = build_kit(build_dir, kit, "package.kit")
        loaded = cached_kit(chosen.root, isolate=True)
        removed: list[Path] = []
        blank = None if blank_templates else BlankTemplates(loaded)
        selection = Selection(only, langs, ordered_only).checked(loaded)
        left = LeftOut()
        tally = Tally()  # the copies the order gives the packed files: the summary's
        written = build_package(
            loaded,
            build_dir,
            target,
            tick,
            order,
            errs,
            removed,
            blank,
            job,
            strict=strict,
            selection=selection,
            left=left,
            replace=replace,
            tally=tally,
            handoff=lambda folder: [
                *([chosen.warning] if chosen.warning else []),
                *handoff_warnings(
                    folder, loaded if chosen.judged else None, allow_outdated, selection
                ),
                # a strings file that cannot be read now: counted by --strict as the others
                *([unreadable] if (unreadable := unreadable_warning(loaded)) else []),
            ],
        )
    said = ""  # the summary opens the ZIPs to count their files: not for --quiet
    if json_report or not quiet:
        said = "\n".join(
            [*tally.summary(), summary(build_dir, target, written, time.monotonic() - start)]
        )
    said_too = (  # notes, diagnostics of severity note: before the warnings, as they were
        chosen.note,
        blank_note(blank.left_out) if blank is not None and blank.left_out else None,
        withdrawn_note(build_dir),
        left_out_note(selection, left),
    )
    lines: list[str] = []  # a --json report's `notes`: every note is a diagnostic now
    told = [*(n for n in said_too if n), *errs.warnings]  # `show` puts the notes first
    if json_report:
        emit_json(
            {
                "ok": True,
                "summary": said,
                "counts": counts(told, len(lines), made=len(written)),
                "written": [str(p) for p in written],
                "removed": [str(p) for p in removed],
                "diagnostics": as_json(told),
                "notes": unlabelled(lines),
            }
        )
        return
    if not quiet:  # the files written; problems and warnings either way
        for path in written:
            echo(f"wrote {path}")
        for path in removed:
            echo(f"removed {path} (the last package's, not made now)")
    for line in lines:
        echo(line, err=True)
    # notes first, then warnings, and their count (cli.report.show); --quiet: problems only
    show([d for d in told if not d.is_note] if quiet else told)
    if not quiet:  # last, as a build's and a check's that succeed
        echo(said)


def left_out_note(selection: Selection, left: LeftOut) -> Diagnostic | None:
    """The `package.left-out` note saying how many files of the build --only, --lang or
    --ordered-only left out of the package (the job sheets list them), and how to include
    them; None when none."""
    if not left.count:
        return None
    from ..package.select import Selection

    parts = []
    if len(left.chosen):
        chosen = Selection(selection.only, selection.langs).words()
        parts.append(f"{len(left.chosen)} not of {chosen}")
    if len(left.unordered):
        parts.append(f"{len(left.unordered)} given no copies by the print order")
    context = click.get_current_context(silent=True)
    argv = context.meta.get("kit.argv", []) if context is not None else []
    # this package as typed, without them: "package again without --only X" was words alone
    typed = commands.typed(argv, "package", drop=("--only", "--lang"), flags=("--ordered-only",))
    return note(
        "package.left-out",
        f"{left.count} file(s) of the build are left out of the package "
        f"({'; '.join(parts)}): the job sheets list them; to include them, package again "
        f"without {selection.words()}" + (f" ({typed})" if typed else ""),
    )


def withdrawn_note(build_dir: Path) -> Diagnostic | None:
    """The `package.withdrawn` note naming the sheets deleted from the build folder's sheets/
    after `sheet` made them (sheets.record.withdrawn): withdrawn, not packed; a note, not a
    warning (--strict passes), as deleting the sheets not wanted is what the package.sheet
    warning's hint says to do. None when none was."""
    from ..sheets.record import recorded_command, withdrawn

    names = withdrawn(build_dir)
    if not names:
        return None
    one = len(names) == 1
    it = "it" if one else "them"
    made = [recorded_command(build_dir, name) for name in names]  # as their records keep them
    if all(made):
        how = f"with `{made[0]}`" if one else "with " + "; ".join(f"`{m}`" for m in made)
    else:  # a record keeps no command (an earlier version's): not known
        how = "with the same `python generate.py sheet` command"
    return note(
        "package.withdrawn",
        f"{', '.join(f'sheets/{name}' for name in names)} {'was' if one else 'were'} "
        f"deleted after `sheet` made {it}: withdrawn, not in the package (make {it} again "
        f"{how} to pack {it})",
    )


def handoff_warnings(
    build_dir: Path,
    kit: Kit | None,
    allow_outdated: bool = False,
    selection: Selection | None = None,
) -> list[Diagnostic]:
    """What in the build folder should stop its hand-off, found before anything is packed
    (so that --strict writes nothing): `package.unstamped` (its last build had a failed job,
    or it was joined from incomplete shards), `package.stale` (merged files of an earlier
    state of their data file: stale_warning), `package.unlisted` (files of a language the kit
    no longer lists), `package.older` (files made before its last build, which made only
    part of them) and `package.outdated` (files made from kit files changed since its last
    build: an error, unless `allow_outdated`). Each at the folder's manifest. They were
    lines printed after the package was written, and the command exited 0 whatever they
    said. `kit` None: the kit read is not the build's (cli.buildkit), and neither the
    languages it lists nor its changes are judged."""
    from ..manifest_reader import MANIFEST
    from ..package import judge

    at = Mark.file(build_dir / MANIFEST)
    found = Collector()
    stamped, changes, older = judge(build_dir, kit)  # the stamp read once, the files in one pass
    if changes is not None and changes.made:
        outdated_diagnostic(build_dir, changes, at, found, allow_outdated, stamped)
    if not stamped:
        found.warn(
            "package.unstamped",
            f"{build_dir}'s manifest has no build stamp: its last build had a failed job "
            "(or the folder was joined from shards of which some are missing or of other "
            "builds); the package may lack files or hold earlier versions of them",
            at,
            _failed_again(build_dir),
        )
    refused_warnings(build_dir, found, selection)
    if older.stale:
        stale_warning(build_dir, older, at, found)
    unlisted_warnings(build_dir, older.unlisted, at, found, older.options)
    if older.files > older.stale:
        steps = []
        options = "".join(f" {word}" for word in older.options)  # the last build's
        if older.campaign:
            build = commands.command(f"build{options}{commands.out(build_dir)}")
            steps.append(f"build everything again ({build})")
        if older.offices:
            offices = ",".join(older.offices)
            build = commands.command(f"build --office {offices}{options}{commands.out(build_dir)}")
            steps.append(f"build the offices again ({build})")
        if older.merged > older.stale:
            steps.append(
                "merge each data file into it again "
                f"({commands.command(f'merge TEMPLATE DATA{merged_into(build_dir)}')})"
            )
        again = listed(steps)
        shown = "; ".join(older.named[:6]) + (" and more" if len(older.named) > 6 else "")
        found.warn(
            "package.older",
            f"{older.files - older.stale} of {older.total} files in {build_dir} were made "
            f"before its last build ({shown}), which made only part of them: if the kit "
            "changed since, they show its earlier state",
            at,
            f"{again} before sending them",
        )
    return found.items  # package.outdated an error (unless --allow-outdated), the others warnings


def unlisted_warnings(
    build_dir: Path,
    unlisted: Sequence[Unlisted],
    at: Mark,
    found: Collector,
    options: tuple[str, ...] = (),
) -> None:
    """`package.unlisted` into `found`: files of a language their group's file (campaign.yaml,
    an office's) does not list, made before the kit changed. When some were made while it
    listed the language, it "no longer lists" it, and no build makes them again (a warning
    per language). When each was made by `build --lang` of a language it did not list then
    either (their entries' `unlisted`: a translator's trial of pt-BR), one warning for the
    group's such languages whose files were made from what changed since (`Unlisted.changed`:
    package.outdated's judgement), naming it, and quoting the build that makes them again;
    none for those made from nothing that changed, as current as the files of a kit that has
    not changed at all, of which nothing was ever said. It said "campaign.yaml no longer
    lists pt-BR" of a language it never listed; then, after `build --lang si,hy,ti` and an
    edit of fr.yaml, a warning for each of si, hy and ti ending "and the kit changed since",
    though no file of theirs was made from fr.yaml (an office's trial).
    `options`: the last build's (Older.options), which the builds are quoted with."""
    trials: dict[str | None, list[Unlisted]] = {}
    for u in unlisted:
        if u.listed:
            _no_longer_listed(build_dir, u, at, found, options)
        elif u.changed:
            trials.setdefault(u.office, []).append(u)
    for office, langs in trials.items():
        _trial_files(build_dir, office, langs, at, found, options)


def _no_longer_listed(
    build_dir: Path, u: Unlisted, at: Mark, found: Collector, options: tuple[str, ...]
) -> None:
    where = f"{u.office}.yaml" if u.office else "campaign.yaml"
    files = f"{u.files} file(s) in {u.language}{_of(u.office)} in {build_dir}"
    found.warn(
        "package.unlisted",
        f"{files} are in the package though {where} no longer lists {u.language}: no build "
        "makes them again",
        at,
        f"add {u.language} to `languages:` in {where}, or remove them with "
        f"{_prune(build_dir, u.office, options)}",
    )


def _trial_files(
    build_dir: Path,
    office: str | None,
    langs: list[Unlisted],
    at: Mark,
    found: Collector,
    options: tuple[str, ...],
) -> None:
    """The one `package.unlisted` warning of a group's files made by `build --lang` of
    languages it did not list (`langs`, each made from a change since)."""
    where = f"{office}.yaml" if office else "campaign.yaml"
    codes = [u.language for u in langs]
    files = f"{sum(u.files for u in langs)} file(s) in {listed(codes)}{_of(office)} in {build_dir}"
    materials = sorted({m for u in langs for m in u.materials})
    changes = sorted({c for u in langs for c in u.changed})
    more = [f"{len(changes) - MAX_CHANGES} more"] if len(changes) > MAX_CHANGES else []
    named = listed(changes[:MAX_CHANGES] + more)
    group = f" --office {office}" if office else ""
    given = "".join(f" {word}" for word in options)  # the last build's: --no-png...
    again = commands.command(
        f"build{group} --lang {quote(','.join(codes))} --only {','.join(materials)}"
        f"{given}{commands.out(build_dir)}"
    )
    if len(codes) == 1:
        lang = codes[0]
        said = (
            f"{where} does not list {lang}, nor did it when they were made (by a build given "
            f"--lang {lang})"
        )
        add = f"add {lang} to `languages:` in {where} to build it with the others"
    else:
        said = (
            f"{where} lists none of them, nor did it when they were made (by builds given "
            "them with --lang)"
        )
        add = f"add them to `languages:` in {where} to build them with the others"
    found.warn(
        "package.unlisted",
        f"{files} are in the package though {said}: only such a build makes them again, and "
        f"they were made before {named} changed",
        at,
        f"make them again ({again}), {add}, or remove them with "
        f"{_prune(build_dir, office, options)}",
    )


MAX_CHANGES = 3  # the kit files a package.unlisted warning names, as package.outdated's


def _of(office: str | None) -> str:
    return f" of office {office}" if office else ""


def _prune(build_dir: Path, office: str | None, options: tuple[str, ...]) -> str:
    """The build that removes a group's files of languages it does not list."""
    group = f" --office {office}" if office else ""
    given = "".join(f" {word}" for word in options)
    return commands.command(f"build{group} --prune{given}{commands.out(build_dir)}")


def outdated_diagnostic(
    build_dir: Path,
    changes: Outdated,
    at: Mark,
    found: Collector,
    allow: bool,
    stamped: bool = True,
) -> None:
    """`package.outdated` into `found`: the kit files changed since the folder's last build
    that its files were made from, and those files; an error (nothing is packed: a print
    shop was sent the old logo with exit code 0, a user's trial), a warning with `allow`
    (--allow-outdated). Not `stamped` (the last build had a failed job): the files made
    from an earlier state of the kit than today's, which files changed not being known. The
    hint quotes the build that made them all (`changes.remade`: its --office, --only and
    --lang and the options that change its files, from the stamp; a merge's: `merge` with
    its data file and options), with the folder's -o (a merge's: unless it is out-events);
    else the builds of the outdated files alone (`changes.again`: per office and set of
    languages, their --only and --lang, and the last build's options; `build -o out1` was
    told of a folder of three sizes of a bookmark in five languages, which would build the
    whole kit into it, a user's trial, and `build -o o7, with its --office` of two offices');
    else, for the events of several merges, a merge of each data file (`changes.merges`);
    else the generic words (`remade`). Not `stamped`: the build of the outdated files alone,
    or the merges, with the options of the build that failed, as its manifest keeps them
    (package.build.unstamped_changes), with the folder's -o and the kit's --kit; it said
    "python generate.py build -o OUT, with its --office" of an office's folder built with
    --kit (run as written: `unknown office`, a regional office's trial)."""
    more = changes.made - len(changes.files)
    which = ", ".join(changes.files) + (f" and {more} more" if more else "")
    if stamped:
        from ..package.outdated import GENERATOR, KIT

        # some made before the last build, from a kit changed before it: "since made"
        since = f"{build_dir}'s files were made" if changes.earlier else f"{build_dir}'s last build"
        code_only = all(n in (GENERATOR, KIT) for n in changes.changes) and (
            GENERATOR in changes.changes
        )
        made = "by its earlier version" if code_only else "from it as it was"
        message = f"{_what_changed(changes.changes, since)}: {changes.made} of its " + (
            f"{changes.total} files were made {made} ({which})"
        )
    else:
        message = (
            f"{changes.made} of the {changes.total} files in {build_dir} were made from an "
            f"earlier state of the kit than today's ({which}); its last build had a failed "
            "job and kept no record of which kit files changed since"
        )
    if changes.remade:  # the build (or merge) that made them all, from the stamp
        merge = changes.remade.startswith("merge ")
        made = commands.made_again(build_dir, changes.remade)
        again = (
            f"{'merge' if merge else 'build'} again with the command that made the folder "
            f"({made}) before sending the package"
        )
    elif changes.again and changes.merges:  # a folder of built and merged files: both
        built = "; ".join(commands.command(a + commands.out(build_dir)) for a in changes.again)
        merged = "; ".join(commands.made_again(build_dir, m) for m in changes.merges)
        again = (
            f"build again the files a build made ({built}) and merge again each data file the "
            f"others were made from ({merged}{_guessed(changes)}) before sending the package"
        )
    elif changes.again:  # files of several builds: builds of them alone, with their options
        made = "; ".join(commands.command(a + commands.out(build_dir)) for a in changes.again)
        again = (
            f"build again the files made from it, with the folder's options ({made}) before "
            "sending the package"
            if stamped
            else f"build those files again, with the options of the build that failed ({made}) "
            "before sending the package"
        )
    elif changes.merges:  # files of several merges: each data file merged again
        made = "; ".join(commands.made_again(build_dir, m) for m in changes.merges)
        again = (
            f"merge again each data file they were made from ({made}{_guessed(changes)}) "
            "before sending the package"
        )
    else:
        again = f"build again ({remade(build_dir)}) before sending the package"
    if allow:
        found.warn("package.outdated", message, at, again)
    else:
        found.error(
            "package.outdated",
            message,
            at,
            again,
            "or pass --allow-outdated to pack them as they are",
        )


def _guessed(changes: Outdated) -> str:
    """What the merges' hint adds when some merge is quoted without the options it was run
    with (`merges_guessed`: the folder's stamp does not keep them)."""
    return "; an earlier merge with the options it was run with" if changes.merges_guessed else ""


def remade(build_dir: Path) -> str:
    """The commands that make the files of the build folder again, as a hint gives them in
    parentheses: its build (`build -o FOLDER`, with its --office) or its merge (`merge TEMPLATE
    DATA -o FOLDER`), each with -o when the folder is not that command's default
    (commands.out); for `out/` the words as they were. For when the command is not known
    (`Outdated.remade` None: files of earlier builds, a merge's). Before, a folder built with
    `-o out-dakar` was told `python generate.py build`, which wrote to out/ and left
    out-dakar outdated."""
    build = commands.command(f"build{commands.out(build_dir)}")
    if not commands.out(build_dir):  # build's default folder: as before
        return f"the command that made the folder: {build}, with its --office, or merge"
    merge = commands.command(f"merge TEMPLATE DATA{merged_into(build_dir)}")
    return (
        f"the command that made the folder, into {display_path(build_dir)}: {build}, "
        f"with its --office, or {merge}"
    )


def _failed_again(build_dir: Path) -> str:
    """The `package.unstamped` hint: the command that made the folder, quoted from what its
    manifest keeps of the build in which a job failed (output.manifest_failed_build, as
    package.build.built_with quotes a stamp's), with the folder's -o and --kit; a folder
    joined from shards of builds asked for different things that failed: each of them, one
    after the other (shards.failed_builds); else (`unrecorded`) what it must be given, saying
    that the folder records none of it. The hint quoted `python generate.py build -o out-t`
    of a folder built with `--lang fr --only badge-58`: run as typed, it built every
    language (a user's trial)."""
    from ..output import manifest_failed_build
    from ..package.build import built_with

    failed = manifest_failed_build(build_dir) or []
    words = [built_with(one) for one in failed]
    if not words or None in words:
        return f"run {unrecorded(build_dir)} again until it succeeds, before sending the package"
    made, verbs = [], []
    for said in filter(None, words):
        made.append(commands.made_again(build_dir, said))
        verbs.append("merge" if said.startswith("merge ") else "build")
    verb = " and ".join(dict.fromkeys(verbs))
    if len(made) == 1:
        return (
            f"{verb} again with the command that made the folder ({made[0]}) until it "
            "succeeds, before sending the package"
        )
    return (
        f"{verb} again with the commands that made the folder ({', then '.join(made)}) until "
        "each succeeds, before sending the package"
    )


def unrecorded(build_dir: Path) -> str:
    """The command that made a build folder whose manifest has no stamp and keeps nothing of
    the build that failed (a manifest written before it did, a folder joined from shards),
    as a hint names it: not quoted, as the folder records none of its arguments, but named
    with what it must be given again (its --office, --only, --lang and options; the
    folder's -o unless it is `build`'s default, --kit when the kit is not the default
    one, quoted)."""
    known = commands.arguments(commands.out(build_dir).lstrip()).strip()
    return (
        "the build (or merge) that made the folder, with the same --office, --only, --lang "
        "and options (the folder records none of them: its manifest has no build stamp)"
        + (f" and {known}" if known else "")
    )


def merged_into(build_dir: Path) -> str:
    """` -o FOLDER` of a merge into the build folder; "" for merge's default (out-events)."""
    return commands.out(build_dir, commands.MERGE_OUT)


def refused_warnings(build_dir: Path, found: Collector, selection: Selection | None = None) -> None:
    """A `package.refused` warning into `found` per data file and template whose last merge
    into the folder refused rows (package.refused_rows: the last merge of each template; of
    the templates `selection`'s --only packs), at the first row's first problem in the data
    file (where the merge read it, when it is still there; else at the stamp's `refused`):
    each row, its event and its problems at their places in the data file
    (package.Refused.problems), and the merge to run once they are mended. The package
    lacks those events (or holds their files of an earlier merge), and neither it nor its
    job sheet said so (an office's trial: `isb-talk`); at the stamp, the warning was
    nowhere near the cell to mend (an organiser's trial). The merge quoted is the one the
    stamp keeps (package.build.built_with: the data file where it is, the
    options), else one of the data file's name: `merge event-flyer-a5 e.csv` of a data file
    in another folder, without the merge's --no-png, made another set of files, or none."""
    from ..manifest_reader import MANIFEST, stamp_place
    from ..output import manifest_stamp
    from ..package import Refused, refused_rows
    from ..package.build import built_with
    from ..package.jobsheet import rows_refused

    by_data: dict[tuple[str, str, str | None], list[Refused]] = {}
    for r in refused_rows(build_dir):
        if selection is None or selection.takes_material(r.template):
            by_data.setdefault((r.data, r.template, r.office), []).append(r)
    if not by_data:
        return
    manifest = build_dir / MANIFEST
    stamp = manifest_stamp(build_dir)[0]
    last = built_with(stamp) if stamp is not None else None  # the merge that refused them
    # its own rows' (an earlier merge's of another template: `refused_earlier`)
    own = {(r.data, r.template, r.office) for r in rows_refused((stamp or {}).get("refused"))}
    for (data, template, office), rows in by_data.items():
        line, _, col = rows[0].at.partition(":")
        path = last_merged(stamp, data)  # where it was merged from
        at = (
            Mark(path, int(line), int(col))
            if path is not None and line.isdigit() and col.isdigit() and int(line) > 0
            else Mark(manifest, *stamp_place(manifest, "refused"))
        )
        named = "; ".join(
            f"{r.named}, {r.problems}" if r.more else f"{r.named} at {r.problems}" for r in rows[:5]
        )
        more = f"; and {len(rows) - 5} more" if len(rows) > 5 else ""
        if last is not None and last.startswith("merge ") and (data, template, office) in own:
            command = commands.command(last + merged_into(build_dir))
        else:
            command = commands.command(
                # the data file where the folder's last merge read it, when it is this one
                f"merge {template} {quote(str(path) if path else data)}{merged_into(build_dir)}"
                + (f" --office {office}" if office else "")
            )
        found.warn(
            "package.refused",
            f"the last merge of {data} into {template} refused {len(rows)} row(s), which made "
            f"no files: the package has no file of their events as {data} gives them "
            f"({named}{more})",
            at,
            f"mend the rows in {data}, then merge it again ({command}) and package; or tell "
            "the print shop these events are not in it (its job sheet lists them as not made)",
        )


def blank_note(left_out: list[OutputFile]) -> Diagnostic:
    """The `package.blank-templates` note naming the event templates' files built without an
    event that the package left out: the materials and languages, and how to pack them
    anyway."""
    by_material: dict[str, list[str]] = {}
    for f in left_out:
        langs = by_material.setdefault(f.material + (f" ({f.office})" if f.office else ""), [])
        if f.language not in langs:
            langs.append(f.language)
    named = "; ".join(f"{m}: {', '.join(sorted(c))}" for m, c in sorted(by_material.items()))
    return note(
        "package.blank-templates",
        f"{len(left_out)} file(s) of event templates built without an event are not in "
        f"the package ({named}): their event slots are blank; `merge` makes each event's "
        "files (package --blank-templates packs these too)",
    )


def last_merged(stamp: Mapping[str, object] | None, name: str) -> Path | None:
    """The data file named `name` (a manifest entry's `data`: the file's name alone) where
    the folder's last merge read it (its `stamp`'s `merge`), when that file is named `name`
    and is there; else None."""
    merged = stamp.get("merge") if stamp is not None else None
    path = merged.get("data") if isinstance(merged, dict) else None
    if isinstance(path, str) and Path(path).name == name and Path(path).is_file():
        return Path(path)
    return None


def merged_data_path(build_dir: Path, name: str) -> str:
    """The data file named `name` as a command typed here reaches it: where the folder's
    last merge read it (`last_merged`), from the current folder; else `name`. A hint said
    `merge event-flyer-a5 ev7.csv` of data/ev7.csv, which failed as typed (a review)."""
    from ..output import manifest_stamp

    path = last_merged(manifest_stamp(build_dir)[0], name)
    return display_path(path) if path is not None else name


def stale_warning(build_dir: Path, older: Older, at: Mark, errs: Collector) -> None:
    """`package.stale` into `errs`: merged files of other templates that the folder's last
    merge of their data file did not make again (`package.NotLastBuild`): their events,
    and the merge to run for each template."""

    def named(events: tuple[str, ...]) -> str:
        return ", ".join(events[:5]) + (f" and {len(events) - 5} more" if len(events) > 5 else "")

    what = []
    if older.changed:
        what.append(
            f"{len(older.changed)} event(s) whose row it merged with other values "
            f"({named(older.changed)})"
        )
    if older.gone:
        what.append(
            f"{len(older.gone)} event(s) whose row it did not merge, removed or refused "
            f"({named(older.gone)})"
        )
    data = older.data or "its data file"
    into = ", ".join(older.templates)
    # the command as it is typed: the template when there is one, and the folder packed (a
    # command without -o merged into out-events, not the folder the warning is about), its -o
    # left out only when it is out-events
    template = older.templates[0] if len(older.templates) == 1 else "TEMPLATE"
    typed = merged_data_path(build_dir, data)
    command = commands.command(f"merge {template} {quote(typed)}{merged_into(build_dir)}")
    errs.warn(
        "package.stale",
        f"{older.stale} file(s) of {into} in {build_dir} were merged from an earlier state of "
        f"{data} than its last merge: {'; '.join(what)}",
        at,
        f"merge {data} into {into} again ({command}"
        f"{', for each' if template == 'TEMPLATE' else ''}) before sending them",
    )


# the package's own files in its ZIPs, not the build's: the job sheets, ACCESSIBILITY.txt
OWN = ("JOB-SHEET", "ACCESSIBILITY")


def summary(build_dir: Path, target: Path, written: list[Path], seconds: float) -> str:
    """The package's last line: how many of the build's files went into it (the ZIPs' entries
    but their job sheets and ACCESSIBILITY.txt), for how many groups (an index each), and
    what it weighs."""
    packed = 0
    for path in written:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as z:
                packed += sum(1 for name in z.namelist() if not name.startswith(OWN))
    groups = sum(1 for path in written if path.name.endswith("-index.pdf"))
    size = sum(path.stat().st_size for path in written)
    return (
        f"packaged {packed} file(s) of {build_dir} for {groups} group(s): {len(written)} "
        f"file(s) in {target}/ ({size / 1e6:.1f} MB, {seconds:.1f} s)"
    )


def _what_changed(named: tuple[str, ...], since: str) -> str:
    """The first words of `package.outdated`'s message: what changed since `since` ("out's
    last build"). The kit files by name; the generator (a newer version of this program
    made nothing yet) said as such: "the kit changed since out's last build (the generator)"
    read as if a kit file were called so (a print shop's trial)."""
    from ..package.outdated import GENERATOR, KIT

    files = [n for n in named if n not in (GENERATOR, KIT)]
    shown = ", ".join(files[:6]) + (f" and {len(files) - 6} more" if len(files) > 6 else "")
    code = GENERATOR in named
    if not files:
        if code:
            return f"this program (the generator) was updated since {since}"
        return f"the kit changed since {since}"
    if code:
        return f"the kit changed since {since} ({shown}), and this program was updated"
    return f"the kit changed since {since} ({shown})"
