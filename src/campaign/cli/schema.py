"""`schema`: write the JSON Schemas of the kit's YAML files (and the reference pages)."""

from __future__ import annotations

from pathlib import Path

import click

from ..program import echo
from . import out_option


@click.command()
@out_option(
    "Folder for campaign/strings/layout/fonts/office/press .schema.json, and "
    "report.schema.json (the --json reports').",
    default=Path("schemas"),
)
@click.option(
    "--docs",
    "docs",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also write the reference pages (one Markdown file per file kind) into this folder.",
)
def schema(out: Path, docs: Path | None) -> None:
    """Write JSON Schemas (draft 2020-12) for campaign.yaml, strings, layouts and fonts.yaml,
    and for the commands' --json reports (report.schema.json).

    Editors with a YAML language server check and complete the kit's files with them (each
    shipped file names its schema on its first line). They come from the same declarations
    as the kit reader, so keys, types, ranges and choices agree with `check`; names that point
    into other files (colours, strings, links) are checked by `check` only. A CI job or a
    form that reads a --json report can check it with report.schema.json: one object of the
    same keys whether the command succeeds or fails.

    \b
    Examples:
      python generate.py schema -o schemas/
      python generate.py schema -o schemas/ --docs docs/reference/
    """
    from ..kit.jsonschema import render, write_files, write_schemas
    from ..kit.reference import write_reference
    from .report_schema import NAME, report_schema

    for path in [*write_schemas(out), *write_files(out, [(NAME, render(report_schema()))])]:
        echo(f"wrote {path}")
    for path in write_reference(docs) if docs else ():
        echo(f"wrote {path}")
