"""`manifest merge`: join the folders of a build made in shards (`build --shard K/N`)."""

from __future__ import annotations

from pathlib import Path

import click

from ..manifest_reader import MANIFEST
from ..program import echo
from . import KitSubGroup, json_option, kit_option, kit_root, out_option
from .report import JOIN_KEYS, as_json, counts, emit_json, reporting


@click.group(cls=KitSubGroup)
def manifest() -> None:
    """Work with the manifests of finished builds."""


@manifest.command("merge")
@click.argument("shards", nargs=-1, required=True, type=click.Path(file_okay=False, path_type=Path))
@out_option("The joined folder (it may be one of the shards' folders).", required=True)
@kit_option
@click.option(
    "--strict",
    is_flag=True,
    help="Treat warnings as errors: a missing shard or a folder without a stamp fails the "
    "join (exit code 1) and nothing is written.",
)
@json_option
def merge(
    shards: tuple[Path, ...], out: Path, kit: Path | None, strict: bool, json_report: bool
) -> None:
    """Join SHARDS (the output folders of `build --shard K/N` or `merge --shard K/N`, for K =
    1..N) into OUT: every shard's files and one manifest.json, as one build of everything
    would have written them, and the gallery index.html. Folders of different builds (other
    kit files, code or options) or splits are refused; missing shards are named in a warning
    (an error with --strict, for a pipeline whose exit code must say so).

    \b
    Examples:
      python generate.py build --shard 1/2 -o out-1     # on one machine
      python generate.py build --shard 2/2 -o out-2     # on another
      python generate.py manifest merge out-1 out-2 -o out
      python generate.py manifest merge out-1 out-2 -o out --json > join.json
    """
    import tempfile

    from ..kit import load_kit
    from ..serve.described import KitNames, sample_of
    from ..serve.static_gallery import write_gallery
    from ..shards import merge_shards
    from .report import show

    with reporting(json_report, JOIN_KEYS):
        joined = merge_shards(list(shards), out, strict)
        read = load_kit(kit_root(kit), isolate=True)
        title = f"{read.campaign.name} {read.campaign.year}"
        # inside the joined folder: the rename never crosses file systems (a mount point)
        with tempfile.TemporaryDirectory(prefix=".join-", dir=out) as tmp:
            names, source = KitNames(read.languages), read.campaign.source_language
            marked = lambda f: sample_of(read, f)  # noqa: E731
            write_gallery(out.resolve(), joined.files, title, Path(tmp), names, source, marked)
    whole = "the whole build's stamp" if joined.build else "no build stamp"
    said = (
        f"joined {len(shards)} shard(s): {len(joined.files)} file(s), {joined.copied} copied, "
        f"{whole}; manifest: {out}/{MANIFEST}"
    )
    if json_report:
        there = len(joined.files) - joined.copied
        emit_json(
            {
                "ok": True,
                "summary": said,
                # its files: copied into the joined folder, or there as they were
                "counts": counts(joined.warnings, 0, joined.copied, there),
                "manifest": str(out / MANIFEST),
                "diagnostics": as_json(joined.warnings),
                "notes": [],
            }
        )
        return
    if joined.warnings:
        show(joined.warnings)
    echo(said)
