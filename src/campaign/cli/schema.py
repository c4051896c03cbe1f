"""`schema`: write the JSON Schemas of the kit's YAML files (and the reference pages)."""

from __future__ import annotations

from pathlib import Path

import click

from . import out_option


@click.command()
@out_option(
    "Folder for campaign/strings/layout/fonts/office .schema.json.",
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
    """Write JSON Schemas (draft 2020-12) for campaign.yaml, strings, layouts and fonts.yaml.

    Editors with a YAML language server check and complete the kit's files with them (each
    shipped file names its schema on its first line). They come from the same declarations
    as the kit reader, so keys, types, ranges and choices agree with `check`; names that point
    into other files (colours, strings, links) are checked by `check` only.

    \b
    Examples:
      python generate.py schema -o schemas/
      python generate.py schema -o schemas/ --docs docs/reference/
    """
    from ..kit.jsonschema import write_schemas
    from ..kit.reference import write_reference

    for path in write_schemas(out):
        click.echo(f"wrote {path}")
    for path in write_reference(docs) if docs else ():
        click.echo(f"wrote {path}")
