"""`build`: the kit's print PDFs, digital PDFs and PNG previews into the output folder."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import commands
from ..diagnostics import Diagnostic, count_line
from ..manifest_reader import MANIFEST
from ..program import echo
from . import (
    PNG_PPI_HELP,
    force_option,
    jobs_option,
    json_option,
    kit_option,
    kit_root,
    lang_option,
    office_option,
    only_option,
    out_option,
    quiet_option,
    shard_option,
    strict_option,
)
from .report import (
    BUILD_KEYS,
    as_json,
    badge_size_notes,
    counts,
    documents,
    draft_notes,
    emit_json,
    family_size_notes,
    left_out_notes,
    lowered_ppi_notes,
    merged_left_out_notes,
    press_notes,
    progress,
    progress_mode,
    reporting,
    script_notes,
    show,
)

if TYPE_CHECKING:
    from ..pipeline.api import BuildResult


@click.command()
@kit_option
@lang_option
@only_option
@out_option("Output folder.", default=commands.BUILD_OUT)
@click.option(
    "--png-ppi",
    type=click.FloatRange(10, 1200),
    default=None,
    help=PNG_PPI_HELP,
)
@click.option("--png-bleed", is_flag=True, help="Show bleed and crop marks in the PNG previews.")
@click.option(
    "--publish-anyway",
    is_flag=True,
    help="Publish print PDFs even when preflight finds a problem (formerly --force).",
)
@force_option
@click.option(
    "--digital/--no-digital",
    default=True,
    show_default=True,
    help="Also write <material>-<lang>-digital.pdf: sRGB, trim size, tagged, QR code linked.",
)
@click.option(
    "--png/--no-png",
    default=True,
    show_default=True,
    help="Also write the PNG previews (--no-png: PDFs only, the fastest build).",
)
@jobs_option
@click.option(
    "--all-or-nothing",
    is_flag=True,
    help="If any job fails, publish nothing and leave the output folder as it was "
    "(default: publish the jobs that succeeded, keep the failed jobs' previous files).",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Also remove from OUT the files of languages that campaign.yaml (or an office's "
    "file) no longer lists, though their strings files are still there (kept otherwise, "
    "with a warning).",
)
@click.option("--incremental", is_flag=True, hidden=True, help="The default now; no effect.")
@office_option
@shard_option
@strict_option
@quiet_option
@json_option
def build(
    kit: Path | None,
    langs: tuple[str, ...] | None,
    only: tuple[str, ...] | None,
    out: Path,
    png_ppi: float | None,
    png_bleed: bool,
    publish_anyway: bool,
    force: bool,
    digital: bool,
    png: bool,
    jobs: int,
    all_or_nothing: bool,
    prune: bool,
    incremental: bool,
    offices: tuple[str, ...] | None,
    shard: tuple[int, int] | None,
    strict: bool,
    quiet: bool,
    json_report: bool,
) -> None:
    """Build PDFs (print) and PNG previews into OUT/<material>/<material>-<lang>.pdf and
    -preview.png (with --office, OUT/<office>/<material>/<material>-<lang>-<office>...).

    Each material x language x rendition is a job; a job that fails (a character no font has,
    a text that does not fit, preflight) is listed with its place and the others are published;
    the exit code is then 1. Warnings of every stage are printed and counted; --strict makes
    them errors. Files of materials or languages no longer in the kit are removed from OUT;
    a language whose strings file is still there but that `languages:` no longer lists keeps
    its files, with a warning, until --prune; files the build did not write are never
    touched.

    Builds are incremental: a job whose inputs and files did not change since the previous
    build into OUT is skipped (its earlier warnings are not repeated), and a build with
    nothing to do composes nothing; --force rebuilds everything. --shard K/N builds one
    part of the documents, for a job runner spread over N machines.

    \b
    Examples:
      python generate.py build -o out/
      python generate.py build --lang en,fr,es --only poster-a3,badge-58 --jobs 2
      python generate.py build --kit ../my-office-kit --png-ppi 300 --png-bleed
      python generate.py build --all-or-nothing --json > report.json
      python generate.py build --office east-africa,brussels --strict
      python generate.py build --office all --only poster-a3
      python generate.py build --shard 2/8 -o out-2    # then: manifest merge out-* -o out
    """
    from ..pipeline.api import build as run_build
    from ..pipeline.options import Options

    start = time.perf_counter()
    opts = Options(
        out,
        langs,
        only,
        png_ppi=png_ppi,
        png_bleed=png_bleed,
        publish_anyway=publish_anyway,
        jobs=jobs,
        digital=digital,
        png=png,
        strict=strict,
        all_or_nothing=all_or_nothing,
        prune=prune,
        incremental=not force,
        offices=offices,
        shard=shard,
    )
    with (
        reporting(json_report, BUILD_KEYS, langs, strict, quiet=quiet),
        progress(progress_mode(json_report, quiet)) as listener,
    ):
        root = kit_root(kit)
        result = run_build(root, opts, listener)
    shown = told_out(out, root)
    summary = summarise(result, shown, time.perf_counter() - start, shard, opts.offices)
    tell(result, summary, json_report, quiet, only=bool(opts.only))
    if result.failed:
        raise click.exceptions.Exit(1)


def told_out(out: Path, root: Path) -> Path:
    """The output folder `out` as the finished line names it: as given when it is absolute
    or the working folder is the kit's `root`; else in full. Run in kit/materials/offices/,
    a build said only `in out/nairobi/`, and its user looked for it in kit/out/ (a user's
    trial): -o's default is out/ in the working folder, wherever that is in the kit."""
    if out.is_absolute() or Path.cwd().resolve() == root:
        return out
    return Path(os.path.abspath(out))


def tell(
    result: BuildResult,
    summary: str,
    json_report: bool,
    quiet: bool = False,
    ok: bool = True,
    gone: str = "no job of the kit makes it any more",
    only: bool = False,
) -> None:
    """The build's diagnostics and summary, or its --json report; `ok` False: the command
    fails for more than its jobs (a merge's refused rows); `gone`: why a removed file went,
    where the build does not know it in the user's terms (BuildResult.removed_why);
    `only`: the build chose its materials (`--only`), whose notes alone are told. Its notes
    (a badge press not verified, draft translations: `notes`) are diagnostics of severity
    note after the build's own, printed and counted with them, in a --json report's
    `diagnostics` (they were lines of their own, left out of it); --quiet leaves them out of
    the text, as it did."""
    told = notes(result, only)
    if json_report:
        found = [*result.diagnostics, *told]
        emit_json(
            {
                "ok": ok and not result.failed,
                "summary": summary,
                "counts": counts(found, 0, *documents(result.jobs)),
                "jobs": [j.as_json() for j in result.jobs],
                "removed": list(result.removed),
                "diagnostics": as_json(found),
                "notes": [],  # every note is in `diagnostics`: the key kept for tools reading it
            }
        )
        return
    # --quiet: "problems only": no note, the layout's (text.short-variant) or the build's
    shown = [d for d in result.diagnostics if not d.is_note] if quiet else result.diagnostics
    shown = [*shown, *([] if quiet else told)]
    # a command that fails ends with its count, as one its kit stops does (cli.report.reporting);
    # one that succeeds with its summary
    failing = not ok or bool(result.failed) or any(d.is_error for d in result.diagnostics)
    show(shown, counted=not failing)
    if not quiet:
        for path in result.removed:
            echo(f"removed {path} ({result.removed_why.get(path, gone)})", err=True)
        echo(summary)
    count = count_line(shown)
    if failing and count:
        echo(count, err=True)


def made_drafts(result: BuildResult) -> set[str]:
    """The draft translations the files a build made (or kept unchanged) print
    (serve.described.drafts_of), which its `strings.draft` note names: a badge with no
    words, built in a draft language, prints none of it."""
    from ..serve.described import drafts_of

    kit = result.kit
    if kit is None:
        return set()
    return {
        code
        for j in result.jobs
        if j.status != "failed"
        for f in j.files
        for code in drafts_of(kit, f)
    }


def notes(result: BuildResult, only: bool = False) -> list[Diagnostic]:
    """A build's or merge's notes (`tell`), in the order they are told: the badge presses not
    verified, an office's badge built in every press size of its paper, the sizes of no A
    size every office of a paper builds (of `only`'s materials alone), PNG previews drawn at
    a lower ppi, draft translations, what a size leaves out of an office's, an office's field
    in another script than a page's, and what a merge's template has no place for."""
    made = [j.key for j in result.jobs if j.status != "failed"]
    found = press_notes(result.kit, {k.material for k in made})
    found += badge_size_notes(result.kit, [(k.office, k.material) for k in made])
    found += family_size_notes(result.kit, {j.key.material for j in result.jobs} if only else None)
    found += lowered_ppi_notes(f for j in result.jobs for f in j.files)
    # the draft translations the files made print (a badge with no words prints none)
    found += draft_notes(result.kit, made_drafts(result))
    found += left_out_notes(result.kit, [(k.office, k.material) for k in made])
    found += script_notes(
        result.kit, [(k.office, k.material, k.language) for k in made if k.record is None]
    )
    found += merged_left_out_notes(
        result.kit, [(k.office, k.material) for k in made if k.record is not None]
    )
    return found


def summarise(
    result: BuildResult,
    out: Path,
    seconds: float,
    shard: tuple[int, int] | None = None,
    offices: tuple[str, ...] | None = None,
) -> str:
    """What this run built, what failed, what it removed; of a `shard` (K, N) that has none of
    the documents, that it has none (its folder's manifest is still written, for the join).
    An office's files are said to be in its folder (out/<office>/: "built ... in out/", of
    `build --office mekong`, sent an office's user looking in out/: a trial)."""
    skipped = sum(result.counts.get("skipped", {}).values())
    # the jobs (a document's renditions) and the documents whose every job was skipped (a
    # --json report's `counts.kept`), each named: "skipped 598 unchanged job(s)" stood beside
    # `kept` 286, and a CI check compared the two (a CI engineer's trial)
    kept = f"skipped {skipped} unchanged job(s) ({documents(result.jobs)[1]} document(s) kept)"
    if shard and not result.jobs and not result.removed:
        return (
            f"nothing to build in shard {shard[0]}/{shard[1]}: none of the selected documents "
            f"falls in it ({seconds:.1f} s); its manifest, for 'manifest merge': "
            f"{out}/{MANIFEST}"
        )
    if skipped == len(result.jobs) and skipped and not result.removed:
        if result.manifest:  # its stamp only: another shard or other options, the same jobs
            return (
                f"nothing rebuilt in {out}/: {kept} ({seconds:.1f} s); the manifest's build "
                f"stamp is this build's now: {out}/{MANIFEST}"
            )
        # (without the renditions' labels, whose import costs a build with nothing to do)
        return f"nothing to do in {out}/: {kept} ({seconds:.1f} s); manifest: {out}/{MANIFEST}"
    from ..kinds import PRINT_RENDITIONS
    from ..pipeline.renditions import RENDITIONS

    built = result.counts.get("done", {})
    parts = [  # the print kinds' renditions always; others (social images) when made
        f"{built.get(name, 0)} {r.label}"
        for name, r in RENDITIONS.items()
        if name in PRINT_RENDITIONS or built.get(name, 0)
    ]
    failed = result.failed
    docs = sorted(
        {
            " / ".join(filter(None, (j.key.office, j.key.material, j.key.record)))
            + f" [{j.key.language}]"
            for j in failed
        }
    )
    if failed and not result.manifest and not (out / MANIFEST).exists():
        return (  # output.Staging.publish: nothing made, no earlier build: nothing written
            f"nothing published ({seconds:.1f} s): {len(failed)} job(s) failed: "
            f"{', '.join(docs)}; {out}/ was not written"
        )
    where = f"{out}/"
    if offices and "all" not in offices:
        where = (
            f"{out}/{offices[0]}/"
            if len(offices) == 1
            else f"{out}/ ({', '.join(f'{o}/' for o in offices)})"
        )
    elif offices:
        where = f"{out}/, a folder for each office"
    text = f"built {', '.join(parts[:-1])} and {parts[-1]} in {where} ({seconds:.1f} s)"
    if skipped:
        text += f"; {kept}"
    if failed:
        text += f"; {len(failed)} job(s) failed: {', '.join(docs)}"
    if result.removed:
        text += f"; removed {len(result.removed)} stale file(s)"
    return f"{text}; manifest: {out}/{MANIFEST}"
